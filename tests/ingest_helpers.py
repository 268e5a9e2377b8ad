"""Shared helpers for the ingest tests: a throw-away project with the real data files."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # until the project config puts the repo on pytest's path
    sys.path.insert(0, str(REPO))

from site_builder import config as config_mod  # noqa: E402
from site_builder import ingest  # noqa: E402

SHARED = REPO.parent / "shared"
DATA_FILES = ("tags.yaml", "milestones.yaml", "outlets.yaml")

# A synthetic article (written for these tests) with a headline, byline stamps and chrome.
ARTICLE = """최종편집:2030-01-01 00:00 (화)
가상의 AI 연구소, 새 추론 모델 공개
기자명 홍길동 기자
입력 2025.03.05 10:20
수정 2025.03.05 11:45
본문 글씨 키우기
엔비디아와 오픈AI가 함께 새로운 추론 모델을 시험하고 있다고 회사가 밝혔다.
이 모델은 기존 모델보다 두 배 빠르게 답을 내놓는 것으로 알려졌다.
회사는 다음 달 일반 사용자에게도 모델을 공개할 계획이다.
홍길동 기자 hong@aitimes.com
저작권자 © AI타임스 무단전재 및 재배포 금지
"""


def make_project(tmp_path: Path, seeds: dict[str, bytes | str] | None = None) -> Path:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "content").mkdir()
    for name in DATA_FILES:
        shutil.copy(REPO / "content" / name, root / "content" / name)
    for name, data in (seeds or {}).items():
        path = root / "seeds" / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    return root


def run_ingest(root: Path, capsys: pytest.CaptureFixture[str], *, force: bool = False) -> tuple[int, str, str]:
    code = ingest.run(config_mod.load(root), force=force)
    out, err = capsys.readouterr()
    return code, out, err


def ingest_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, name: str = "a.txt"
) -> tuple[dict[str, object], str, str]:
    """One page ingested in a new project: (its front matter, its body, what ingest printed)."""
    root = make_project(tmp_path, {name: text})
    code, out, err = run_ingest(root, capsys)
    assert code == 0, err
    path = article_path(root, name)
    return front_matter(path), body(path), out


def ledger_names(root: Path) -> list[str]:
    """The seeds content/articles/.ingested names, in its order (each line's name, before its time)."""
    text = (root / "content" / "articles" / ".ingested").read_text(encoding="utf-8")
    return [line.split("\t")[0] for line in text.splitlines() if not line.startswith("#")]


def article_path(root: Path, seed_name: str) -> Path:
    return root / "content" / "articles" / (Path(seed_name).stem + ".md")


def front_matter(path: Path) -> dict[str, object]:
    import yaml

    text = path.read_text(encoding="utf-8")
    _, fm, _ = text.split("---\n", 2)
    return yaml.safe_load(fm)


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n---\n", 1)[1]


def scorer() -> ModuleType:
    """The shared yardstick, ../shared/eval/score_ingest.py; the test is skipped without it."""
    path = SHARED / "eval" / "score_ingest.py"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared eval folder is not next to the repo)")
    spec = importlib.util.spec_from_file_location("score_ingest", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
