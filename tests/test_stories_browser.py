"""Stories in Debian's Chromium: a story's entry on the home page opens its other outlets'
headlines (with or without JavaScript), and its page lists the coverage; axe finds nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from site_builder import config, site
from tests.conftest import REPO, static_server
from tests.test_stories import LAUNCH, WEBTOON

pytestmark = pytest.mark.browser
pytest.importorskip("playwright.sync_api")  # the whole module needs the browser


@pytest.fixture(scope="module")
def story_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Three outlets on one launch and an unrelated article, served from 127.0.0.1."""
    top = tmp_path_factory.mktemp("stories")
    root = top / "site"
    (root / "content" / "articles").mkdir(parents=True)
    (root / "site.yaml").write_text((REPO / "site.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "content" / "tags.yaml").write_text(
        (REPO / "content" / "tags.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for name, (date, publisher, title, summary, tags) in [*LAUNCH.items(), ("d_webtoon.md", WEBTOON)]:
        front = f"title: {json.dumps(title, ensure_ascii=False)}\ndate: {date}\npublisher: {publisher}\n"
        front += f"tags: {tags}\nsummary: {json.dumps(summary, ensure_ascii=False)}\n"
        (root / "content" / "articles" / name).write_text(f"---\n{front}---\n본문 문단입니다.\n", encoding="utf-8")
    with static_server(top / "web") as origin:
        site.build(config.load(root, {"base_url": origin + "/", "output": str(top / "web")}))
        yield origin + "/"


def _open_story(page: object, url: str) -> None:
    page.goto(url)
    cards = page.locator(".card")
    assert cards.count() == 2  # the story is one entry
    card = page.locator(".card", has=page.locator(".story-more"))
    assert "하이퍼클로바X 2" in card.locator(".card-title").inner_text()
    others = card.locator(".story-more li a")
    assert others.count() == 2 and not others.first.is_visible()
    card.locator(".story-more summary").click()
    assert card.locator(".story-more summary").inner_text() == "외 2개 매체"
    assert others.first.is_visible() and others.nth(1).is_visible()
    assert [others.nth(i).inner_text() for i in range(2)] == [LAUNCH["b_etnews.md"][2], LAUNCH["c_hankyung.md"][2]]
    card.locator(".story-all a").click()
    page.wait_for_url("**/stories/a_yonhap/")


@pytest.mark.parametrize("javascript", [True, False])
def test_a_story_entry_opens_its_outlets_and_leads_to_the_story_page(
    browser: object, story_site: str, javascript: bool
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=javascript)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _open_story(page, story_site)
    titles = page.locator(".story-coverage .card-title").all_inner_texts()
    assert titles == [LAUNCH[name][2] for name in ("a_yonhap.md", "b_etnews.md", "c_hankyung.md")]
    assert page.locator(".story-coverage .publisher").all_inner_texts() == ["연합뉴스", "전자신문", "한국경제"]
    page.locator(".story-coverage .card-title a").nth(1).click()  # an outlet's article links back to the story
    assert page.locator(".story-box .story-all a").get_attribute("href").endswith("/stories/a_yonhap/")
    context.close()
    assert not errors, errors


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_story_entries_and_pages(browser: object, story_site: str, scheme: str) -> None:
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    context = browser.new_context(viewport={"width": 1366, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for path in ["", "stories/a_yonhap/", "2025/03/05/b_etnews/", "tags/naver/"]:
        page.goto(story_site + path)
        page.wait_for_load_state("networkidle")
        for summary in page.locator(".story-more summary").all():
            summary.click()  # open, so the outlets' links are checked too
        result = axe.run(page)
        found[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
    context.close()
    assert {path: v for path, v in found.items() if v} == {}
