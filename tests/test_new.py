"""`build.py new "제목"`: a hand-written article that builds, never overwriting one."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

from site_builder import config
from site_builder.check import check_site
from site_builder.content import load_articles
from site_builder.datafiles import make_slug
from tests.conftest import run_cli

KST = zoneinfo.ZoneInfo("Asia/Seoul")


def test_new_writes_front_matter_dated_now_in_kst(empty_project: Path) -> None:
    before = dt.datetime.now(KST).replace(microsecond=0)
    result = run_cli("new", "딥시크 R1, 오픈AI o1 따라잡아", root=empty_project)
    after = dt.datetime.now(KST)
    assert result.returncode == 0, result.stderr
    [path] = (empty_project / "content" / "articles").glob("*.md")
    assert result.stdout.strip() == f"created content/articles/{path.name}"
    assert path.name == f"{before:%Y-%m-%d}-r1-ai-o1.md" or path.name == f"{after:%Y-%m-%d}-r1-ai-o1.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["---", 'title: "딥시크 R1, 오픈AI o1 따라잡아"', lines[2]]
    assert lines[2].startswith("date: ") and lines[2].endswith("+09:00")
    assert lines[3:8] == ["slug: r1-ai-o1", "tags: []", "summary: ''", "draft: false", "---"]

    [article], problems = load_articles(config.load(empty_project))
    assert problems == []
    assert before <= article.date <= after and article.date.utcoffset() == dt.timedelta(hours=9)
    assert (article.title, article.slug, article.tags, article.draft) == (
        "딥시크 R1, 오픈AI o1 따라잡아",
        "r1-ai-o1",
        (),
        False,
    )


def test_new_article_builds_and_passes_check(empty_project: Path) -> None:
    assert run_cli("new", "엔비디아 주가 급락", root=empty_project).returncode == 0
    base = "https://example.github.io/ai-timeline/"
    built = run_cli("build", "--base-url", base, root=empty_project)
    assert built.returncode == 0, built.stderr
    assert "1 articles read" in built.stdout
    assert check_site(config.load(empty_project, {"base_url": base})) == []


def test_new_refuses_to_overwrite(empty_project: Path) -> None:
    assert run_cli("new", "OpenAI o3-mini", root=empty_project).returncode == 0
    [path] = (empty_project / "content" / "articles").glob("*.md")
    path.write_text(path.read_text(encoding="utf-8") + "내가 쓴 본문\n", encoding="utf-8")
    again = run_cli("new", "OpenAI o3-mini", root=empty_project)
    assert again.returncode == 1
    assert again.stderr.strip() == (
        f"new: content/articles/{path.name} already exists; edit it, or pick another name with --slug"
    )
    assert path.read_text(encoding="utf-8").endswith("내가 쓴 본문\n")


def test_slug_option_draft_and_bad_input(empty_project: Path) -> None:
    made = run_cli("new", "오픈AI 발표", "--slug", "openai-event", "--draft", root=empty_project)
    assert made.returncode == 0
    [path] = (empty_project / "content" / "articles").glob("*-openai-event.md")
    assert "draft: true" in path.read_text(encoding="utf-8")

    bad = run_cli("new", "x", "--slug", "Bad Slug", root=empty_project)
    assert bad.returncode == 1 and "slug 'Bad Slug' must be lowercase ASCII" in bad.stderr
    empty = run_cli("new", "  ", root=empty_project)
    assert empty.returncode == 1 and "the title is empty" in empty.stderr
    assert "Traceback" not in bad.stderr + empty.stderr


def test_slug_is_ascii_and_stable() -> None:
    assert make_slug("GPT-4o 출시: OpenAI의 새 모델") == "gpt-4o-openai"
    hangul_only = make_slug("엔비디아 주가 급락")
    assert hangul_only.startswith("post-") and hangul_only.isascii()
    assert hangul_only == make_slug("엔비디아 주가 급락") != make_slug("엔비디아 주가 반등")
