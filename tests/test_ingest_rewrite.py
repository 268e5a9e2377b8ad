"""Re-running ingest: idempotent, hand edits survive, --force rewrites after a diff."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import REPO, run_cli
from ingest_helpers import ARTICLE, article_path, front_matter, ledger_names, make_project, run_ingest

from site_builder import ingest as ingest_package
from site_builder.datafiles import KST


def test_rerun_is_byte_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE.replace("홍길동", "김철수")})
    run_ingest(root, capsys)
    first = {p.name: p.read_bytes() for p in (root / "content" / "articles").iterdir()}
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "2 unchanged" in out
    assert {p.name: p.read_bytes() for p in (root / "content" / "articles").iterdir()} == first


def test_changed_seed_updates_unedited_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    (root / "seeds" / "x.txt").write_text(ARTICLE.replace("두 배", "세 배"), encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "1 updated" in out
    assert "세 배" in article_path(root, "x.txt").read_text(encoding="utf-8")


def test_a_byte_order_mark_alone_is_no_hand_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An editor on Windows may save an article with a BOM and nothing else changed: the article is
    ingest's still, left as it is while its seed is, and updated when the seed changes."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    path = article_path(root, "x.txt")
    marked = "\ufeff" + path.read_text(encoding="utf-8")
    path.write_text(marked, encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "1 unchanged" in out and "edited by hand" not in out, out
    assert path.read_text(encoding="utf-8") == marked
    (root / "seeds" / "x.txt").write_text(ARTICLE.replace("두 배", "세 배"), encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "1 updated" in out and "세 배" in path.read_text(encoding="utf-8"), out


def test_hand_edit_survives_reingest_and_force_rewrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    path = article_path(root, "x.txt")
    edited = path.read_text(encoding="utf-8").replace("가상의 AI 연구소, 새 추론 모델 공개", "편집자가 고친 제목")
    path.write_text(edited, encoding="utf-8")

    code, out, _ = run_ingest(root, capsys)
    assert code == 0
    assert path.read_text(encoding="utf-8") == edited
    assert "content/articles/x.md was edited by hand; left as is (use --force to rewrite)" in out
    assert "1 kept (hand-edited)" in out

    code, out, _ = run_ingest(root, capsys, force=True)
    assert code == 0
    assert "--- content/articles/x.md (edited)" in out and "+++ content/articles/x.md (ingest)" in out
    assert "-title: 편집자가 고친 제목" in out
    assert front_matter(path)["title"] == "가상의 AI 연구소, 새 추론 모델 공개"
    assert "1 rewritten (--force)" in out


def test_article_without_ingest_hash_counts_as_hand_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    path = article_path(root, "x.txt")
    path.parent.mkdir(parents=True)
    path.write_text("---\ntitle: 손으로 쓴 글\ndate: 2025-01-01\n---\n\n본문.\n", encoding="utf-8")
    run_ingest(root, capsys)
    assert front_matter(path)["title"] == "손으로 쓴 글"


def test_slug_is_stable_and_kept_on_reingest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE})
    run_ingest(root, capsys)
    x, y = front_matter(article_path(root, "x.txt")), front_matter(article_path(root, "y.txt"))
    assert x["slug"] != y["slug"]
    for slug in (x["slug"], y["slug"]):
        assert isinstance(slug, str) and slug.replace("-", "").isalnum() and slug.isascii() and slug == slug.lower()
    # Rules change (here: the seed now names other companies), the slug of an existing article does not.
    (root / "seeds" / "x.txt").write_text(ARTICLE.replace("엔비디아와 오픈AI가", "구글과 메타가"), encoding="utf-8")
    run_ingest(root, capsys)
    assert front_matter(article_path(root, "x.txt"))["slug"] == x["slug"]


def test_removing_a_seed_keeps_its_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE})
    run_ingest(root, capsys)
    (root / "seeds" / "y.txt").unlink()
    code, _, _ = run_ingest(root, capsys)
    assert code == 0 and article_path(root, "y.txt").exists()


# Names a ledger line could lose: a comment's mark, a leading blank, the mark that keeps a '#'.
@pytest.mark.parametrize("seed", ["#1 속보.txt", " 앞.txt", "\\역.txt", "# 주석.txt"])
def test_an_article_deleted_by_hand_stays_deleted_whatever_its_seeds_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: str
) -> None:
    root = make_project(tmp_path, {seed: ARTICLE, "y.txt": ARTICLE.replace("홍길동", "김철수")})
    run_ingest(root, capsys)
    article_path(root, seed).unlink()
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and not article_path(root, seed).exists(), out
    assert f"content/articles/{article_path(root, seed).name} was deleted by hand; not written again" in out


def test_an_article_deleted_by_hand_is_not_written_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Deleting an article takes it off the site: the publishing workflow's ingest, or a preview's,
    must not bring it back while its seed is still there."""
    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE.replace("홍길동", "김철수")})
    run_ingest(root, capsys)
    assert ledger_names(root) == ["x.txt", "y.txt"]
    article_path(root, "y.txt").unlink()
    for _ in range(2):
        code, out, _ = run_ingest(root, capsys)
        assert code == 0 and not article_path(root, "y.txt").exists()
        assert (
            "warning: content/articles/y.md was deleted by hand; not written again (delete seeds/y.txt too; "
            "to get the article back, delete its line in content/articles/.ingested)"
        ) in out
        assert "1 unchanged, 1 kept (hand-edited)" in out
    code, out, _ = run_ingest(root, capsys, force=True)  # as for any hand edit, --force undoes it
    assert code == 0 and article_path(root, "y.txt").exists() and "1 written" in out
    # A seed that is gone keeps its line: put back (another branch checked out, a file moved aside
    # and back), its article stays deleted; so under a new name (build tester 11).
    article_path(root, "y.txt").unlink()
    seed = (root / "seeds" / "y.txt").read_bytes()
    (root / "seeds" / "y.txt").unlink()
    run_ingest(root, capsys)
    assert "y.txt" in ledger_names(root)
    (root / "seeds" / "y2.txt").write_bytes(seed)
    code, out, _ = run_ingest(root, capsys)
    assert not article_path(root, "y2.txt").exists() and "seeds/y2.txt is y.txt renamed" in out, out
    (root / "seeds" / "y2.txt").rename(root / "seeds" / "y.txt")
    run_ingest(root, capsys)
    assert not article_path(root, "y.txt").exists()
    # Its line deleted, as the warning says, the article is written again.
    ledger = root / "content" / "articles" / ".ingested"
    ledger.write_text(re.sub(r"^y2?\.txt.*\n", "", ledger.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    run_ingest(root, capsys)
    assert article_path(root, "y.txt").exists()


def test_articles_ingest_wrote_without_their_ledger_get_no_missing_one_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without its ledger, a folder of articles ingest wrote cannot tell an article deleted by hand
    from a new seed: none is written until the ledger is back, or --force says to (build tester 11)."""
    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE.replace("홍길동", "김철수")})
    run_ingest(root, capsys)
    ledger = root / "content" / "articles" / ".ingested"
    kept = ledger.read_bytes()
    article_path(root, "y.txt").unlink()
    ledger.unlink()
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and not article_path(root, "y.txt").exists(), out
    assert "content/articles/y.md: not written, as content/articles/.ingested is missing" in out
    ledger.write_bytes(kept)  # restored from git: still deleted by hand
    code, out, _ = run_ingest(root, capsys)
    assert not article_path(root, "y.txt").exists() and "y.md was deleted by hand" in out
    ledger.unlink()
    code, out, _ = run_ingest(root, capsys, force=True)
    assert code == 0 and article_path(root, "y.txt").exists(), out


@pytest.mark.parametrize("cut", ["at a line's end", "empty"])
def test_a_ledger_cut_short_stops_ingest_before_it_writes(tmp_path: Path, cut: str) -> None:
    """A ledger cut at a line's end (a failed copy) reads as one naming fewer seeds: it would bring
    back their articles deleted by hand (build tester 11)."""
    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE.replace("홍길동", "김철수")})
    assert run_cli("ingest", root=root).returncode == 0
    article_path(root, "y.txt").unlink()
    ledger = root / "content" / "articles" / ".ingested"
    lines = ledger.read_text(encoding="utf-8").splitlines(keepends=True)
    ledger.write_text("" if cut == "empty" else "".join(lines[:-2]), encoding="utf-8")
    result = run_cli("ingest", root=root)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result
    assert (
        "content/articles/.ingested:" in result.stderr and "cut short (its last line is not '# end')" in result.stderr
    )
    assert not article_path(root, "y.txt").exists()


def test_an_article_deleted_while_ingest_runs_is_neither_written_again_nor_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleted between ingest's look and its read (a preview's ingest on a save), an article stays
    deleted, and the other seeds' updates are written (build tester 11)."""
    from site_builder.ingest import copies

    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE.replace("홍길동", "김철수")})
    run_ingest(root, capsys)
    (root / "seeds" / "x.txt").write_text(ARTICLE.replace("두 배", "세 배"), encoding="utf-8")
    mark = copies.mark

    def deleting(*args: object, **kwargs: object) -> object:
        article_path(root, "y.txt").unlink()
        return mark(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(copies, "mark", deleting)
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and not article_path(root, "y.txt").exists(), out
    assert "세 배" in article_path(root, "x.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", ["not UTF-8", "unreadable"])
def test_a_ledger_that_cannot_be_read_stops_ingest_before_it_writes(tmp_path: Path, damage: str) -> None:
    """Taken for no ledger, a damaged one would bring back every article deleted by hand."""
    root = make_project(tmp_path, {"x.txt": ARTICLE, "새 기사.txt": ARTICLE.replace("홍길동", "김철수")})
    assert run_cli("ingest", root=root).returncode == 0
    article_path(root, "새 기사.txt").unlink()
    ledger = root / "content" / "articles" / ".ingested"
    if damage == "not UTF-8":  # saved by an editor in the system's code page
        ledger.write_bytes(ledger.read_text(encoding="utf-8").encode("cp949"))
        lines = ledger.read_bytes().split(b"\n")
        hangul = next(n for n, line in enumerate(lines, 1) if not line.isascii())
        expected = f"content/articles/.ingested:{hangul}: not UTF-8 text; save it as UTF-8"
    else:  # (a folder in its place: a mode would not stop root, who runs the tests here)
        ledger.unlink()
        ledger.mkdir()
        expected = "content/articles/.ingested: cannot read (Is a directory)"
    result = run_cli("ingest", root=root)
    assert result.returncode != 0 and expected in result.stderr + result.stdout, result
    assert "Traceback" not in result.stderr
    assert not article_path(root, "새 기사.txt").exists()


def test_the_review_list_names_only_articles_that_are_still_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An editor who settles a draft by hand, as the list asks, is not told to settle it again."""
    undated = ARTICLE.replace("입력 2025.03.05 10:20\n", "").replace("수정 2025.03.05 11:45\n", "")
    root = make_project(tmp_path, {"x.txt": undated})
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "검토 목록: 1 drafts to review" in out and "  x.txt: " in out, out
    path = article_path(root, "x.txt")
    text = path.read_text(encoding="utf-8")
    assert "draft: true" in text
    settled = re.sub(r"^date: .*$", "date: 2025-03-05", text.replace("draft: true\n", ""), count=1, flags=re.M)
    path.write_text(re.sub(r"^review:\n(?:- .*\n)+", "", settled, flags=re.M), encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "edited by hand; left as is" in out and "검토 목록" not in out, out
    # Edited by hand but still a draft, it is still listed.
    path.write_text(path.read_text(encoding="utf-8").replace("---\n", "---\ndraft: true\n", 1), encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "검토 목록: 1 drafts to review" in out, out


UNDATED = (
    "가상의 AI 연구소, 새 추론 모델 공개…성능 크게 향상\n\n"
    "가상의 AI 연구소가 새로운 추론 모델을 공개했다. 연구소는 이번 모델이 수학과 코딩에서 나아졌다고 설명했다.\n\n"
    "업계에서는 이번 모델이 경쟁사들의 가격 정책에도 영향을 줄 것으로 본다. 연구소는 모델을 무료로 공개할 계획이다.\n"
)


def test_a_checkout_leaves_an_undated_drafts_day_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A seed printing no date dates its draft by the day it was saved. A clone, a checkout or a
    copy gives the file the day it was made: the ledger keeps the first, so a committed article
    comes out the same from any checkout (tester 10)."""
    root = make_project(tmp_path, {"x.txt": UNDATED})
    seed = root / "seeds" / "x.txt"
    saved = dt.datetime(2025, 3, 1, 12, 0, tzinfo=KST).timestamp()
    os.utime(seed, (saved, saved))
    run_ingest(root, capsys)
    article = article_path(root, "x.txt")
    written = article.read_bytes()
    assert front_matter(article)["date"] == dt.date(2025, 3, 1) and front_matter(article)["draft"] is True
    assert "x.txt\t2025-03-01T12:00:00+09:00" in (root / "content" / "articles" / ".ingested").read_text("utf-8")
    # A clone: every file as new, the seed's time the day of the clone.
    clone = tmp_path / "clone"
    shutil.copytree(root, clone, copy_function=shutil.copyfile)
    code, out, _ = run_ingest(clone, capsys)
    assert code == 0 and "1 unchanged" in out, out
    assert article_path(clone, "x.txt").read_bytes() == written


def test_a_bad_time_in_the_ledger_is_named_with_its_line(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    assert run_cli("ingest", root=root).returncode == 0
    ledger = root / "content" / "articles" / ".ingested"
    text = ledger.read_text("utf-8")
    line = text[: text.index("x.txt")].count("\n") + 1
    ledger.write_text(text.replace("+09:00", " 어제"), encoding="utf-8")
    result = run_cli("ingest", root=root)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert re.search(rf"content/articles/\.ingested:{line}: '[^']+ 어제' is not a time", result.stderr + result.stdout)


def test_a_seed_renamed_from_a_macs_spelling_keeps_its_one_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Mac spells a Hangul name decomposed (NFD); renamed to the composed spelling, the seed
    is the same seed, with the same article, not a second one held as its duplicate (tester 10)."""
    decomposed = unicodedata.normalize("NFD", "딥시크.txt")
    root = make_project(tmp_path, {decomposed: ARTICLE})
    run_ingest(root, capsys)
    (root / "seeds" / decomposed).rename(root / "seeds" / "딥시크.txt")
    code, out, err = run_ingest(root, capsys)
    assert code == 0 and "1 seeds: 0 written, 1 updated" in out, out
    articles = sorted(p.name for p in (root / "content" / "articles").glob("*.md"))
    assert articles == [unicodedata.normalize("NFD", "딥시크.md")], articles
    assert ledger_names(root) == ["딥시크.txt"]


def test_a_seed_saved_again_with_a_new_capture_is_dated_by_its_own_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The ledger's time is of the bytes it was read from: a newer capture saved over the seed
    (its stamp later than the first capture's day) is not refused as later than the seed."""
    root = make_project(tmp_path, {"x.txt": UNDATED})
    seed = root / "seeds" / "x.txt"
    first = dt.datetime(2025, 3, 6, 12, 0, tzinfo=KST).timestamp()
    os.utime(seed, (first, first))
    run_ingest(root, capsys)
    seed.write_text(UNDATED.replace("\n\n", "\n입력 2025.06.10 09:00\n\n", 1), encoding="utf-8")
    later = dt.datetime(2025, 6, 11, 8, 0, tzinfo=KST).timestamp()
    os.utime(seed, (later, later))
    code, out, _ = run_ingest(root, capsys)
    fm = front_matter(article_path(root, "x.txt"))
    assert code == 0 and fm["date"] == dt.datetime(2025, 6, 10, 9, 0, tzinfo=KST), out
    assert str(fm["date_source"]).startswith("byline") and "later than the day the seed was saved" not in out
    assert "x.txt\t2025-06-11T08:00:00+09:00\t" in (root / "content" / "articles" / ".ingested").read_text("utf-8")


def test_a_deleted_articles_seed_keeps_its_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": UNDATED, "y.txt": ARTICLE})
    saved = dt.datetime(2025, 3, 6, 12, 0, tzinfo=KST).timestamp()
    os.utime(root / "seeds" / "x.txt", (saved, saved))
    run_ingest(root, capsys)
    ledger = root / "content" / "articles" / ".ingested"
    line = next(line for line in ledger.read_text("utf-8").splitlines() if line.startswith("x.txt\t"))
    article_path(root, "x.txt").unlink()
    now = time.time()
    os.utime(root / "seeds" / "x.txt", (now, now))  # (a checkout since)
    run_ingest(root, capsys)
    assert line in ledger.read_text("utf-8").splitlines()
    code, _, _ = run_ingest(root, capsys, force=True)  # brought back: dated by the kept time
    assert code == 0 and front_matter(article_path(root, "x.txt"))["date"] == dt.date(2025, 3, 6)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("x.txt 2025-03-06T12:00:00+09:00", "'x.txt 2025-03-06T12:00:00+09:00' is no seed's name"),
        ("x.txt\t2025-03-06T12:00:00+09:00\tnot-hex", "'not-hex' is not a seed's digest (16 hex digits)"),
    ],
)
def test_a_ledger_line_typed_by_hand_is_read_or_refused(tmp_path: Path, typed: str, message: str) -> None:
    """A line read as no seed's would bring the seed's deleted article back: it is an error."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    assert run_cli("ingest", root=root).returncode == 0
    article_path(root, "x.txt").unlink()
    (root / "content" / "articles" / ".ingested").write_text(f"{typed}\n", encoding="utf-8")
    result = run_cli("ingest", root=root)
    assert result.returncode != 0 and f"content/articles/.ingested:1: {message}" in result.stderr + result.stdout
    assert not article_path(root, "x.txt").exists()


def test_a_ledger_time_in_another_zone_is_the_sites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": UNDATED})
    (root / "content" / "articles").mkdir(parents=True, exist_ok=True)
    (root / "content" / "articles" / ".ingested").write_text("x.txt\t2025-03-06T20:00:00-05:00\n", encoding="utf-8")
    run_ingest(root, capsys, force=True)
    assert front_matter(article_path(root, "x.txt"))["date"] == dt.date(2025, 3, 7)  # 10:00 on the 7th in Seoul


# An ingest that kills itself, as SIGKILL would, when it reaches the Nth call of one of its steps.
KILLED_INGEST = """
import os, signal, sys
from pathlib import Path
from site_builder import cli
from site_builder import ingest
root, step, nth = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
original, calls = getattr(ingest, step), []
def killing(*args, **kwargs):
    calls.append(1)
    if len(calls) == nth:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args, **kwargs)
setattr(ingest, step, killing)
sys.exit(cli.main(["ingest", "--root", str(root)]))
"""


@pytest.mark.parametrize(
    ("step", "nth"),
    [("stage_article", 2), ("write_ledger", 1), ("place_article", 1), ("place_article", 2), ("table", 1)],
)
@pytest.mark.parametrize("then", ["the editor deletes what was written", "nothing"])
def test_an_ingest_killed_at_any_step_brings_back_no_deleted_article_and_loses_no_new_one(
    tmp_path: Path, step: str, nth: int, then: str
) -> None:
    """Killed anywhere while it writes new articles (in another process, as SIGKILL does), ingest
    leaves each article either in place with its seed in the ledger, or not yet placed: an article
    the editor deletes afterwards stays deleted, and one never placed is written by the next run
    (build tester: an article written before the ledger named its seed came back after its
    deletion)."""
    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE.replace("홍길동", "김철수")})
    command = [sys.executable, "-c", KILLED_INGEST, str(root), step, str(nth)]
    killed = subprocess.run(command, capture_output=True, timeout=300, cwd=REPO)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    placed = [name for name in ("x.txt", "y.txt") if article_path(root, name).exists()]
    if then != "nothing":
        for name in placed:
            article_path(root, name).unlink()
    proc = run_cli("ingest", root=root)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    expected = {"x.txt", "y.txt"} - (set(placed) if then != "nothing" else set())
    assert {name for name in ("x.txt", "y.txt") if article_path(root, name).exists()} == expected, proc.stdout
    assert not [p.name for p in (root / "content" / "articles").glob(".*.new")]  # no article left waiting


@pytest.mark.parametrize("swap", ["one step (renameat2)", "none on this system"])
def test_an_edit_saved_while_ingest_rewrites_the_article_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, swap: str
) -> None:
    """An editor's save that lands after ingest found the article unedited, just before its rename,
    is kept and reported as a hand edit (build tester: it was overwritten without a word)."""
    from site_builder.ingest import write

    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    path = article_path(root, "x.txt")
    edited = path.read_text(encoding="utf-8").replace("title: ", "title: 편집자가 고친 ")
    (root / "seeds" / "x.txt").write_text(ARTICLE.replace("두 배", "세 배"), encoding="utf-8")
    renameat2, saves = write._renameat2, []

    def saved_first(first: Path, second: Path, flags: int) -> bool:
        if second == path and not saves:
            saves.append(path.write_text(edited, encoding="utf-8"))  # the editor's save, a moment before
        return renameat2(first, second, flags) if swap.startswith("one") else False

    monkeypatch.setattr(write, "_renameat2", saved_first)
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and saves, out
    assert path.read_text(encoding="utf-8") == edited
    assert re.search(r"^x\.txt\s+kept", out, re.M), out
    assert not list(path.parent.glob(".*.tmp"))


def test_an_article_that_is_a_link_stays_a_link_and_its_file_is_updated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An article may be a link to a file elsewhere: ingest updates that file and keeps the user's link
    (build tester: the link became a file of its own, the file elsewhere left stale)."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    path, elsewhere = article_path(root, "x.txt"), tmp_path / "shared drive" / "x.md"
    elsewhere.parent.mkdir()
    shutil.move(path, elsewhere)
    path.symlink_to(elsewhere)
    (root / "seeds" / "x.txt").write_text(ARTICLE.replace("두 배", "세 배"), encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and re.search(r"^x\.txt\s+updated", out, re.M), out
    assert path.is_symlink() and Path(os.readlink(path)) == elsewhere
    assert "세 배" in elsewhere.read_text(encoding="utf-8")


def test_new_articles_wait_while_the_ledger_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ledger that cannot be written (a full disk) leaves the new articles unplaced, said so: placed
    without their seeds in the ledger, one deleted by hand would come back (review 61)."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ingest_package, "write_ledger", full)
    code, out, err = run_ingest(root, capsys)
    assert code == 1 and not article_path(root, "x.txt").exists(), out
    assert "x.md: not written, as content/articles/.ingested cannot be" in err
    monkeypatch.undo()
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and article_path(root, "x.txt").exists(), out
    article_path(root, "x.txt").unlink()
    run_ingest(root, capsys)
    assert not article_path(root, "x.txt").exists()


def test_a_users_file_under_the_staged_name_is_no_article_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file of the user's named as ingest stages an article (`.x.md.new`) neither brings back the
    article deleted by hand nor is overwritten (review 61)."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    article_path(root, "x.txt").unlink()
    mine = root / "content" / "articles" / ".x.md.new"
    mine.write_text("내 메모\n", encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and not article_path(root, "x.txt").exists(), out
    assert mine.read_text(encoding="utf-8") == "내 메모\n"


# An ingest held, in another process, as it is about to write its ledger, until a file appears.
HELD_INGEST = """
import os, sys, time
from pathlib import Path
from site_builder import cli
from site_builder import ingest
root, flag = Path(sys.argv[1]), Path(sys.argv[2])
write_ledger = ingest.write_ledger
def held(*args, **kwargs):
    flag.with_suffix(".reached").touch()
    while not flag.exists():
        time.sleep(0.02)
    return write_ledger(*args, **kwargs)
ingest.write_ledger = held
sys.exit(cli.main(["ingest", "--root", str(root)]))
"""


def test_two_ingests_at_once_run_one_after_the_other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A preview's ingest (on a seed's save) and one from the command line at once: the second waits for
    the first, and the ledger names every seed either wrote (review 61: each wrote the ledger of the
    seeds it had read, and the other's article, deleted by hand, came back)."""
    root = make_project(tmp_path, {"w.txt": ARTICLE})
    run_ingest(root, capsys)
    flag = tmp_path / "go"
    first = subprocess.Popen(
        [sys.executable, "-c", HELD_INGEST, str(root), str(flag)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    while not flag.with_suffix(".reached").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    (root / "seeds" / "x.txt").write_text(ARTICLE.replace("홍길동", "김철수"), encoding="utf-8")
    second = subprocess.Popen(
        [sys.executable, str(REPO / "build.py"), "ingest", "--root", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    assert second.poll() is None  # waiting for the first
    flag.touch()
    assert first.wait(timeout=120) == 0
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0 and "waiting for another ingest" in err, err
    assert {"w.txt", "x.txt"} <= set(ledger_names(root))
    article_path(root, "x.txt").unlink()
    run_ingest(root, capsys)
    assert not article_path(root, "x.txt").exists()


def test_links_an_article_cannot_be_written_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A link where a new article goes that leads nowhere (its drive not mounted) is kept, said so; a link
    to another kind of file (a seed) is never written through, even with --force (review 61)."""
    root = make_project(tmp_path, {"x.txt": ARTICLE, "y.txt": ARTICLE.replace("홍길동", "김철수")})
    folder = root / "content" / "articles"
    folder.mkdir()
    article_path(root, "x.txt").symlink_to(tmp_path / "unmounted" / "x.md")
    article_path(root, "y.txt").symlink_to(root / "seeds" / "y.txt")
    seed = (root / "seeds" / "y.txt").read_bytes()
    code, _, err = run_ingest(root, capsys, force=True)
    assert code == 1 and "x.md: cannot write (a link to a file that is not there)" in err, err
    assert article_path(root, "x.txt").is_symlink() and (root / "seeds" / "y.txt").read_bytes() == seed


def test_a_temporary_file_a_stopped_ingest_left_is_named_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    left = root / "content" / "articles" / ".x.md.k2j9a1.tmp"
    left.write_text("편집하던 글\n", encoding="utf-8")
    _, out, _ = run_ingest(root, capsys)
    assert "content/articles/.x.md.k2j9a1.tmp: left by an ingest that was stopped" in out and left.exists(), out
