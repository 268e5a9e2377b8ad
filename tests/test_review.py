"""Drafts that ingest could not settle: their `review` reasons, the 검토 필요 banner on their page
and the 검토 목록 page, all only where drafts are built (`build --drafts`, the preview)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from site_builder import config
from site_builder.content import parse_article
from site_builder.serve import local_config
from tests.conftest import run_cli, write_article
from tests.test_build_identity import build, copy_project, differences
from tests.test_serve import WAIT_MS, Served, _project, free_port

REASONS = [
    "date: only '16일(현지시간)' in the text, no month or year",
    "publisher: not printed",
    "title: written from the lede",
]
DRAFT_TITLE = "초안: 딥시크 새 모델"
DRAFT_URL = "2025/02/16/draft/"
BARE_TITLE = "검토 사항 없는 초안"
PUBLISHED_NOTE = "title: taken from the first paragraph"


def review_yaml(lines: list[str]) -> str:
    # JSON strings are YAML double-quoted strings: how ingest writes items holding ': '.
    return "review:\n" + "".join(f"- {json.dumps(line, ensure_ascii=False)}\n" for line in lines)


def add_review_articles(root: Path) -> None:
    """A published article with an informational note, a draft with reasons, a draft without."""
    write_article(
        root, "published.md", f"title: 발행된 기사\ndate: 2025-02-10T09:00:00+09:00\n{review_yaml([PUBLISHED_NOTE])}"
    )
    write_article(
        root,
        "draft.md",
        f"title: '{DRAFT_TITLE}'\ndate: 2025-02-16\npublisher: AI타임스\nseed: 016_abc.txt\ntags: [DeepSeek]\n"
        f"draft: true\n{review_yaml(REASONS)}",
    )
    write_article(root, "bare.md", f"title: {BARE_TITLE}\ndate: 2025-02-12T10:00:00+09:00\ndraft: true")


@pytest.fixture
def review_project(empty_project: Path) -> Path:
    add_review_articles(empty_project)
    return empty_project


def page_text(path: Path) -> str:
    return html.unescape(path.read_text(encoding="utf-8"))


def every_file_text(folder: Path) -> str:
    """Every text file of the site: share images are pictures, and a draft left out has none."""
    return "\n".join(page_text(p) for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix != ".png")


def test_build_leaves_out_drafts_the_review_page_and_its_link(review_project: Path) -> None:
    result = run_cli("build", root=review_project)
    assert result.returncode == 0, result.stderr
    out = review_project / "public"
    assert not (out / "review").exists() and not (out / DRAFT_URL).exists()
    everything = every_file_text(out)  # pages, feeds, sitemap and the search index
    for absent in ("review/", "검토 목록", "검토 필요", DRAFT_TITLE, BARE_TITLE, PUBLISHED_NOTE):
        assert absent not in everything, absent
    assert "발행된 기사" in page_text(out / "2025/02/10/published/index.html")
    assert run_cli("check", root=review_project).returncode == 0


def test_build_with_drafts_lists_every_draft_with_its_reasons(review_project: Path) -> None:
    result = run_cli("build", "--drafts", root=review_project)
    assert result.returncode == 0, result.stderr
    out = review_project / "public"
    review = page_text(out / "review/index.html")
    assert review.count('<li class="review-item">') == 2  # the two drafts, newest first; not the published article
    assert review.index(DRAFT_TITLE) < review.index(BARE_TITLE)
    assert f'<a href="/{DRAFT_URL}">{DRAFT_TITLE}</a>' in review
    for shown in ("2025년 2월 16일", "AI타임스", "016_abc.txt", "content/articles/draft.md", *REASONS):
        assert shown in review, shown
    assert "적힌 검토 사항은 없고" in review and PUBLISHED_NOTE not in review
    assert '<meta name="robots" content="noindex">' in review

    banner = page_text(out / DRAFT_URL / "index.html").split('<section class="review-banner"')[1].split("</section>")[0]
    assert '<h2 id="review-heading">검토 필요</h2>' in banner
    assert all(f"<li>{reason}</li>" in banner for reason in REASONS)
    assert "초안(draft)으로 표시된 글입니다" in page_text(out / "2025/02/12/bare/index.html")
    assert "review-banner" not in page_text(out / "2025/02/10/published/index.html")  # a note, not a draft

    assert 'href="/review/">검토 목록</a>' in page_text(out / "index.html")  # in the header of every page
    for feed in ("sitemap.xml", "atom.xml"):
        assert "review/" not in page_text(out / feed)
    checked = run_cli("check", "--drafts", root=review_project)
    assert checked.returncode == 0, checked.stdout


def test_review_page_says_when_there_is_no_draft(empty_project: Path) -> None:
    write_article(empty_project, "published.md", "title: 발행된 기사\ndate: 2025-02-10")
    assert run_cli("build", "--drafts", root=empty_project).returncode == 0
    assert "검토할 초안이 없습니다" in page_text(empty_project / "public/review/index.html")


@pytest.mark.parametrize(
    "value", ["{a: 1}", "[1, 2]", "\n- date: not printed", "true"], ids=["mapping", "numbers", "unquoted", "bool"]
)
def test_a_review_that_is_not_strings_is_named_with_file_and_line(empty_project: Path, value: str) -> None:
    write_article(empty_project, "bad.md", f"title: 고장\ndate: 2025-02-10\nreview: {value}")
    result = run_cli("build", root=empty_project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "content/articles/bad.md:4: 'review' must be a list of strings" in result.stderr
    assert not (empty_project / "public").exists()


def test_a_single_review_string_is_a_one_line_list(empty_project: Path) -> None:
    cfg = config.load(empty_project)
    raw = "---\ntitle: 제목\ndate: 2025-02-10\nreview: '  publisher: not printed '\n---\n본문\n".encode()
    article, problems = parse_article(empty_project / "content/articles/one.md", raw, cfg)
    assert problems == [] and article is not None
    assert article.review == ("publisher: not printed",)


def test_the_preview_builds_drafts_unless_told_not_to(empty_project: Path) -> None:
    assert local_config(empty_project, {}, "127.0.0.1", 8000).drafts is True
    assert local_config(empty_project, {"drafts": False}, "127.0.0.1", 8000).drafts is False


@pytest.mark.parametrize("edit", ["review", "publish"])
def test_rebuild_after_editing_only_a_draft_equals_a_clean_build(
    review_project: Path, tmp_path: Path, edit: str
) -> None:
    """Each build is its own command-line process: the second one starts from the saved state."""
    cached = copy_project(review_project, tmp_path / "cached")
    build(cached, "--drafts")
    path = cached / "content/articles/draft.md"
    text = path.read_text(encoding="utf-8")
    if edit == "review":  # the front matter's review list alone changes
        text = text.replace(review_yaml(REASONS), review_yaml([REASONS[0], "author: two bylines"]))
    else:  # published: same URL, date and tags, but no longer a draft
        text = text.replace("draft: true\n", "")
    path.write_text(text, encoding="utf-8")
    result = run_cli("build", "--drafts", root=cached)
    assert result.returncode == 0, result.stderr
    assert " 0 rendered" not in result.stdout
    review = page_text(cached / "public/review/index.html")
    if edit == "review":
        assert "author: two bylines" in review and REASONS[1] not in review
    else:
        assert DRAFT_TITLE not in review and "review-banner" not in page_text(
            cached / "public" / DRAFT_URL / "index.html"
        )
    fresh = copy_project(cached, tmp_path / "fresh")
    assert differences(cached / "public", build(fresh, "--drafts", "--no-cache")) == []


@pytest.mark.browser
def test_preview_shows_the_banner_and_the_review_list(empty_project: Path, browser: object) -> None:  # noqa: F811
    from playwright.sync_api import expect

    _project(empty_project, "https://example.github.io/REPO/")
    add_review_articles(empty_project)
    served = Served(empty_project, free_port(), "/REPO/")
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(served.url + DRAFT_URL)
        banner = page.get_by_role("region", name="검토 필요")
        expect(banner).to_be_visible(timeout=WAIT_MS)
        expect(banner.get_by_role("listitem")).to_have_text(REASONS)

        page.get_by_role("navigation", name="사이트 메뉴").get_by_role("link", name="검토 목록").click()
        assert page.url == served.url + "review/"
        expect(page.get_by_role("heading", name="검토 목록", level=1)).to_be_visible()
        item = page.locator(".review-item", has_text=DRAFT_TITLE)
        expect(item).to_contain_text("AI타임스")
        expect(item).to_contain_text("016_abc.txt")
        expect(item.locator(".review-reasons li")).to_have_text(REASONS)
        expect(page.locator(".review-item", has_text=BARE_TITLE)).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360  # the longer menu still fits

        item.get_by_role("link", name=DRAFT_TITLE).click()
        assert page.url == served.url + DRAFT_URL
        expect(page.get_by_role("heading", name=DRAFT_TITLE, level=1)).to_be_visible()
        expect(page.get_by_role("region", name="검토 필요")).to_be_visible()
        _no_axe_violations(context, [served.url + DRAFT_URL, served.url + "review/"])
    finally:
        context.close()
        served.stop()


def _no_axe_violations(context: object, urls: list[str]) -> None:
    """The banner and the list in both colour schemes: contrast, landmarks, names."""
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    page = context.new_page()
    found = {}
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for url in urls:
            page.goto(url)
            violations = axe.run(page).response["violations"]
            found[(scheme, url)] = [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    assert {key: v for key, v in found.items() if v} == {}
