"""The sharded search index, updated in place after edits, equals one built from scratch."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder import config, search, site
from tests.conftest import write_article

WORDS = ["딥시크가", "엔비디아의", "오픈AI는", "반도체", "추론", "모델을", "공개했다", "투자", "규제", "메타버스"]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_edits_rewrite_only_touched_shards_and_match_a_clean_build(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SHARD_DOCS", 0)  # shard even this small site
    monkeypatch.setattr(search, "DOC_CHUNK", 3)
    for i in range(8):
        body = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(6)) + ".\n"
        write_article(empty_project, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-01-{i + 1:02d}\ntags: [DeepSeek]", body)
    live = config.load(empty_project)
    state = site.build(live).state
    assert len(list((live.output_dir / "search").glob("terms-*.json"))) > 1

    edits = [
        ("a2.md", "완전히 새로운 단어들 양자컴퓨터 등장.\n"),
        ("a5.md", "엔비디아의 반도체 투자.\n"),
        ("a2.md", "딥시크가 돌아왔다.\n"),
    ]
    for name, body in edits:
        path = empty_project / "content" / "articles" / name
        head = path.read_text(encoding="utf-8").split("---\n")[1]
        path.write_text(f"---\n{head}---\n{body}", encoding="utf-8")
        result = site.build(live, state)
        state = result.state
        assert 0 < result.written < result.outputs
        clean = config.load(empty_project, {"output": str(tmp_path / f"clean-{name}-{len(body)}")})
        site.build(clean)
        assert _files(live.output_dir) == _files(clean.output_dir)
