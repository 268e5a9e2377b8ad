"""The five seeds reproduce the editor's labels; the dev set from other outlets scores high."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ingest_helpers import REPO, SHARED, make_project, run_ingest, scorer

SEED_LABELS = SHARED / "seed-labels"
DEV = SHARED / "dev-set"
LAYOUTS = REPO / "tests" / "data" / "layouts"


def _score_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: list[Path]) -> tuple[Path, int, str]:
    root = make_project(tmp_path)
    for path in raw:
        shutil.copy(path, root / "seeds" / path.name)
    code, out, _ = run_ingest(root, capsys)
    return root / "content", code, out


def _results(module, content: Path, labels: Path) -> dict[str, dict]:
    gens, problems = module.load_generated(str(content))
    assert not problems
    return {key: module.score_one(lab, gens.get(key)) for key, lab in module.load_labels(str(labels)).items()}


@pytest.fixture(scope="module")
def seed_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    if not SEED_LABELS.is_dir():
        pytest.skip(f"{SEED_LABELS} is absent")
    module = scorer()
    root = make_project(tmp_path_factory.mktemp("seeds"))
    for path in sorted((REPO / "seeds").glob("*.txt")):
        shutil.copy(path, root / "seeds" / path.name)
    from site_builder import config as config_mod
    from site_builder import ingest

    assert ingest.run(config_mod.load(root)) == 0
    return _results(module, root / "content", SEED_LABELS)


@pytest.mark.parametrize("field", ["date", "publisher", "author"])
def test_seed_fields_match_labels(seed_results: dict[str, dict], field: str) -> None:
    wrong = {key: r for key, r in seed_results.items() if r.get(field) is False or r.get("missing")}
    assert not wrong


def test_seed_titles_and_updated_match_labels(seed_results: dict[str, dict]) -> None:
    assert all(r.get("title_exact") is not False for r in seed_results.values())
    assert all(r.get("updated") is not False for r in seed_results.values())


def test_seed_tags_f1_at_least_090(seed_results: dict[str, dict]) -> None:
    tp_p = sum(r["tags_tp_p"] for r in seed_results.values())
    pred = sum(r["tags_pred"] for r in seed_results.values())
    tp_r = sum(r["tags_tp_r"] for r in seed_results.values())
    req = sum(r["tags_req"] for r in seed_results.values())
    precision, recall = tp_p / pred, tp_r / req
    assert 2 * precision * recall / (precision + recall) >= 0.9


def test_seed_body_kept_without_chrome_spam_or_html(seed_results: dict[str, dict]) -> None:
    for key, r in seed_results.items():
        assert r["body_lost"] == [], key
        assert r["chrome_leaked"] == [] and r["fragments_leaked"] == [] and r["title_dup"] == [], key
        assert r["spam"] == [] and r["xss"] == [] and not r["html"], key


def test_spam_seed_restores_the_replaced_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = REPO / "seeds" / "004_fc5c03d103ebd481.txt"
    if not seed.exists():
        pytest.skip("seed 004 is absent")
    content, code, out = _score_dir(tmp_path, capsys, [seed])
    text = (content / "articles" / "004_fc5c03d103ebd481.md").read_text(encoding="utf-8")
    for word in ("오픈AI", "스케일AI", "01.AI"):
        assert word in text
    assert "슬롯사이트" not in text and "소닉 메이저" not in text
    assert "spam phrase '슬롯사이트 소닉 메이저' replaced by 'AI'" in out


def _share(results: dict[str, dict], field: str) -> float:
    scored = [r[field] for r in results.values() if r.get(field) is not None]
    return sum(bool(v) for v in scored) / len(scored)


def _tags_f1(results: dict[str, dict]) -> float:
    precision = sum(r["tags_tp_p"] for r in results.values()) / sum(r["tags_pred"] for r in results.values())
    recall = sum(r["tags_tp_r"] for r in results.values()) / sum(r["tags_req"] for r in results.values())
    return 2 * precision * recall / (precision + recall)


def _scored(tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: Path, count: int) -> dict[str, dict]:
    """Every page of `folder`/raw ingested and scored against `folder`/labels, checked for what
    must hold on any set: every seed written, no wrong date published, every explicit date
    right, no spam, script or markup, no body lost."""
    module = scorer()
    content, _, out = _score_dir(tmp_path, capsys, sorted((folder / "raw").glob("*.txt")))
    labels = module.load_labels(str(folder / "labels"))
    results = _results(module, content, folder / "labels")
    assert len(results) == count
    assert not [k for k, r in results.items() if r.get("missing")]
    assert not [k for k, r in results.items() if r["date"] is False and not r["held"]], "wrong and published"
    explicit = {k: r for k, r in results.items() if labels[k].get("date_source") == "explicit"}
    assert all(r["date"] for r in explicit.values()), [k for k, r in explicit.items() if not r["date"]]
    for key, r in results.items():
        assert not (r["body_lost"] or r["spam"] or r["xss"] or r["html"]), key
        r["has_author"] = bool(labels[key].get("author"))
    assert "검토 목록:" in out  # the drafts are listed at the end of the run
    return results


def test_dev_set_meets_the_ingest_targets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 11's targets on all 55 dev-set pages (46 outlets): besides _scored's, publisher >= 90 %,
    author >= 85 %, printed headlines >= 75 % exact, tags F1 >= 0.9, no chrome."""
    if not (DEV / "raw").is_dir():
        pytest.skip(f"{DEV} is absent (the dev set is only on development machines)")
    results = _scored(tmp_path, capsys, DEV, 55)
    assert _share(results, "publisher") >= 0.90
    assert _share({k: r for k, r in results.items() if r["has_author"]}, "author") >= 0.85
    assert _share(results, "title_exact") >= 0.75
    assert _tags_f1(results) >= 0.9
    for key, r in results.items():
        assert not (r["chrome_leaked"] or r["fragments_leaked"]), key


def test_pages_in_sixty_more_layouts_stay_read_right(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """tests/data/layouts: 60 pages written for this project in the layouts of wire services,
    dailies, trade papers, broadcasters, portal copies, regional papers, a live page and a press
    release, labelled by hand (ingest was tuned on them: a floor, not a measure of new pages).
    Besides _scored's: publisher, author and headline >= 95 %, tags F1 >= 0.95, chrome in at
    most two pages (a press release's contact block, a magazine's issue number)."""
    results = _scored(tmp_path, capsys, LAYOUTS, 60)  # skipped without the scorer
    assert _share(results, "publisher") >= 0.95
    assert _share({k: r for k, r in results.items() if r["has_author"]}, "author") >= 0.95
    assert _share(results, "title_exact") >= 0.95
    assert _tags_f1(results) >= 0.95
    assert len([k for k, r in results.items() if r["chrome_leaked"] or r["fragments_leaked"]]) <= 2
