"""`build.py new "제목"`: a hand-written article that builds, never overwriting one."""

from __future__ import annotations

import datetime as dt
import shutil
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
    slug = make_slug("딥시크 R1, 오픈AI o1 따라잡아", unique="딥시크 R1, 오픈AI o1 따라잡아")
    assert slug.startswith("r1-ai-o1-") and len(slug) == len("r1-ai-o1-") + 8
    assert path.name in (f"{before:%Y-%m-%d}-{slug}.md", f"{after:%Y-%m-%d}-{slug}.md")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["---", 'title: "딥시크 R1, 오픈AI o1 따라잡아"', lines[2]]
    assert lines[2].startswith("date: ") and lines[2].endswith("+09:00")
    assert lines[3:8] == [f"slug: {slug}", "tags: []", "summary: ''", "draft: false", "---"]

    [article], problems = load_articles(config.load(empty_project))
    assert problems == []
    assert before <= article.date <= after and article.date.utcoffset() == dt.timedelta(hours=9)
    assert (article.title, article.slug, article.tags, article.draft) == (
        "딥시크 R1, 오픈AI o1 따라잡아",
        slug,
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


def test_new_outside_a_project_writes_nothing(empty_project: Path) -> None:
    """Run from inside content/articles, it would make content/articles/content/articles/…,
    which no build reads."""
    articles = empty_project / "content" / "articles"
    result = run_cli("new", "하위 폴더에서", root=articles)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        f"{articles}: not a project folder (no site.yaml, content/ or seeds/ in it): run the command in the project's"
        " folder, or give --root DIR"
    )
    assert not any(articles.iterdir())


def test_new_in_a_project_without_content_yet_starts_it(empty_project: Path) -> None:
    shutil.rmtree(empty_project / "content")
    result = run_cli("new", "첫 글", root=empty_project)
    assert result.returncode == 0, result.stderr
    assert len(list((empty_project / "content" / "articles").glob("*.md"))) == 1


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


def test_titles_alike_in_latin_letters_get_their_own_files(empty_project: Path) -> None:
    """'오픈AI 발표' and '오픈AI 반박' share their Latin words; an English title keeps its words alone."""
    for title in ("오픈AI 발표", "오픈AI 반박", "Hello World"):
        made = run_cli("new", title, root=empty_project)
        assert made.returncode == 0, made.stderr
    names = sorted(p.name[11:] for p in (empty_project / "content" / "articles").glob("*.md"))
    assert len(names) == 3 and "hello-world.md" in names, names
    assert all(name.startswith("ai-") for name in names if name != "hello-world.md"), names


def test_new_refuses_a_url_another_article_has(empty_project: Path) -> None:
    """A hand-written article dated today with 'slug: hello-world' has the URL the new one would get."""
    today = dt.datetime.now(KST).replace(microsecond=0)
    hand = empty_project / "content" / "articles" / "hand.md"
    hand.parent.mkdir(parents=True, exist_ok=True)
    hand.write_text(f"---\ntitle: 손으로 쓴 글\ndate: {today.isoformat()}\nslug: hello-world\n---\n\n본문\n", "utf-8")
    refused = run_cli("new", "Hello World", root=empty_project)
    if refused.returncode == 0 and dt.datetime.now(KST).date() != today.date():
        return  # (midnight passed between the two: the URLs differ)
    assert refused.returncode == 1 and "content/articles/hand.md" in refused.stderr, refused.stderr
    assert "--slug" in refused.stderr and [p.name for p in hand.parent.glob("*.md")] == ["hand.md"]


def test_an_argument_that_is_not_utf8_is_refused_in_one_line(empty_project: Path) -> None:
    """A title typed in another encoding (EUC-KR bytes) reaches Python as surrogates: no traceback, no file."""
    title = "딥시크 공개".encode("cp949").decode("utf-8", "surrogateescape")
    for args in (("new", title), ("new", title, "--slug", "euckr")):
        refused = run_cli(*args, root=empty_project)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
        assert "not UTF-8" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert not list((empty_project / "content" / "articles").glob("*"))


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
