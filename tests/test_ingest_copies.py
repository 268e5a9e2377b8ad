"""Copies at ingest: the same article again (another encoding, line ends, a portal's page, spam
repaired) becomes a draft with duplicate_of, and the original lists the copy's outlet."""

from __future__ import annotations

import codecs
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_cli
from ingest_helpers import REPO, article_path, front_matter, make_project, run_ingest

from site_builder.ingest.write import hand_edited

# One of the project's own seeds: a Yonhap article (dateline, sign-off, a related-links footer).
SEED = (REPO / "seeds" / "003_b6c538f2a112a1ce.txt").read_text(encoding="utf-8")


def _portal_page(text: str) -> str:
    """The same article as a portal shows it: the portal's header and footer instead of the
    outlet's sign-off and related links."""
    lines = [line for line in text.split("\n") if "@" not in line and "같이 보면" not in line]
    header = ["본문 바로 가기", "https://v.daum.net/v/20250127103000123"]
    footer = ["(예시) 다음뉴스에서 더 많은 뉴스를 만나보세요. 전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다."]
    return "\n".join(header + lines + footer) + "\n"


def _spammed(text: str) -> str:
    """Gambling spam pasted in place of 'AI', as scraped pages carry it."""
    return text.replace("AI", "슬롯사이트 소닉 메이저")


COPIES: dict[str, Callable[[str], bytes]] = {
    "cp949": lambda text: text.encode("cp949"),
    "crlf_bom": lambda text: codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"),
    "portal": lambda text: _portal_page(text).encode("utf-8"),
    "spam": lambda text: _spammed(text).encode("utf-8"),
}


@pytest.fixture
def ingested(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A project whose seed `orig.txt` is already ingested into content/."""
    root = make_project(tmp_path, {"orig.txt": SEED})
    code, _, _ = run_ingest(root, capsys)
    assert code == 0
    return root


@pytest.mark.parametrize("kind", sorted(COPIES))
def test_copy_of_an_ingested_seed_is_a_draft_duplicate(
    ingested: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    (ingested / "seeds" / f"{kind}.txt").write_bytes(COPIES[kind](SEED))
    code, out, _ = run_ingest(ingested, capsys)
    assert code == 0
    copy = front_matter(article_path(ingested, f"{kind}.txt"))
    assert copy["duplicate_of"] == "orig.md"
    assert copy["draft"] is True
    assert any(str(point).startswith("duplicate_of: a copy of orig.md") for point in copy["review"])
    assert "duplicate_of: a copy of orig.md" in out.split("검토 목록")[1]  # the review list says so
    original = front_matter(article_path(ingested, "orig.txt"))
    assert "duplicate_of" not in original and "draft" not in original
    # Nothing lost: the copy keeps its whole body.
    assert "스푸트니크" in article_path(ingested, f"{kind}.txt").read_text(encoding="utf-8")


def test_original_lists_the_portal_and_stays_original_on_rerun(
    ingested: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, make in COPIES.items():
        (ingested / "seeds" / f"{kind}.txt").write_bytes(make(SEED))
    run_ingest(ingested, capsys)
    assert front_matter(article_path(ingested, "orig.txt"))["also_at"] == ["Daum"]
    files = {p.name: p.read_bytes() for p in (ingested / "content" / "articles").iterdir()}
    code, out, _ = run_ingest(ingested, capsys)
    assert code == 0 and "5 unchanged" in out
    assert {p.name: p.read_bytes() for p in (ingested / "content" / "articles").iterdir()} == files


def test_outlet_page_is_the_original_over_an_earlier_portal_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_project(tmp_path, {"a_portal.txt": COPIES["portal"](SEED)})
    run_ingest(root, capsys)
    assert "duplicate_of" not in front_matter(article_path(root, "a_portal.txt"))
    (root / "seeds" / "b_outlet.txt").write_text(SEED, encoding="utf-8")
    run_ingest(root, capsys)
    assert front_matter(article_path(root, "a_portal.txt"))["duplicate_of"] == "b_outlet.md"
    assert front_matter(article_path(root, "b_outlet.txt"))["also_at"] == ["Daum"]


def test_hand_edited_original_is_left_alone(ingested: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = article_path(ingested, "orig.txt")
    edited = original.read_text(encoding="utf-8").replace("스푸트니크 같은 순간", "스푸트니크 모멘트", 1)
    original.write_text(edited, encoding="utf-8")
    (ingested / "seeds" / "portal.txt").write_bytes(COPIES["portal"](SEED))
    code, out, _ = run_ingest(ingested, capsys)
    assert code == 0
    assert original.read_text(encoding="utf-8") == edited
    assert "add 'also_at: [Daum]' to it yourself" in out
    assert front_matter(article_path(ingested, "portal.txt"))["duplicate_of"] == "orig.md"


def test_original_without_seed_gains_also_at_and_stays_unedited(
    ingested: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (ingested / "seeds" / "orig.txt").unlink()
    (ingested / "seeds" / "portal.txt").write_bytes(COPIES["portal"](SEED))
    code, out, _ = run_ingest(ingested, capsys)
    assert code == 0
    original = article_path(ingested, "orig.txt")
    assert front_matter(original)["also_at"] == ["Daum"]
    assert not hand_edited(original.read_text(encoding="utf-8"))  # still ingest's to update
    assert "content/articles/orig.md: the original of portal.md; also_at set to Daum" in out
    assert front_matter(article_path(ingested, "portal.txt"))["duplicate_of"] == "orig.md"


def test_different_articles_on_one_event_are_no_copies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = {p.name: p.read_bytes() for p in sorted((REPO / "seeds").glob("*.txt"))}
    root = make_project(tmp_path, seeds)  # five outlets on the DeepSeek shock
    run_ingest(root, capsys)
    for name in seeds:
        assert "duplicate_of" not in front_matter(article_path(root, name))


def test_stories_command_lists_copies_with_their_files(ingested: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ingested / "seeds" / "portal.txt").write_bytes(COPIES["portal"](SEED))
    run_ingest(ingested, capsys)
    shutil.copy(REPO / "site.yaml", ingested / "site.yaml")
    result = run_cli("stories", "--json", root=ingested)
    assert result.returncode == 0, result.stderr
    copies = json.loads(result.stdout)["copies"]
    assert [(c["source"], c["duplicate_of"]) for c in copies] == [
        ("content/articles/portal.md", "content/articles/orig.md")
    ]
    text = run_cli("stories", root=ingested).stdout
    assert "copy content/articles/portal.md of content/articles/orig.md (also_at: Daum)" in text


def test_a_copy_an_editor_made_an_article_of_its_own_leaves_the_original_published(
    ingested: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (ingested / "seeds" / "again.txt").write_bytes(COPIES["crlf_bom"](SEED))
    assert run_ingest(ingested, capsys)[0] == 0
    again = article_path(ingested, "again.txt")
    # What the copy's review point offers: delete duplicate_of and draft.
    kept = [
        line
        for line in again.read_text(encoding="utf-8").split("\n")
        if not line.startswith(("duplicate_of:", "draft:"))
    ]
    again.write_text("\n".join(kept), encoding="utf-8")
    code, out, _ = run_ingest(ingested, capsys)
    assert code == 0
    original = front_matter(article_path(ingested, "orig.txt"))
    assert "duplicate_of" not in original and "draft" not in original, out
    assert "draft" not in front_matter(again)
    assert "both stay published" in out
    assert "the original of" not in out  # (of no copy: each stays published)
