"""Issue 14, reader experience, in Debian's Chromium: the seed site and a generated 300-article
site, on a phone (390 px) and a laptop (1366 px)."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bench.corpus import write_corpus
from site_builder import config, site, stories
from site_builder.content import load_articles
from site_builder.datafiles import load_all
from site_builder.library import build_library
from site_builder.serve import overlay_script
from site_builder.taxonomy import build_taxonomy
from tests.conftest import LONG, REPO, static_server

pytestmark = pytest.mark.browser
pytest.importorskip("playwright.sync_api")  # the whole module needs the browser

WIDTHS = {"phone": (390, 844), "laptop": (1366, 900)}


def _serve(root: Path, web: Path) -> Iterator[tuple[str, config.Config]]:
    with static_server(web) as origin:
        cfg = config.load(root, {"base_url": origin + "/", "output": str(web)})
        site.build(cfg)
        yield origin + "/", cfg


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, config.Config]]:
    """The project's own content: the articles ingested from seeds/, with their milestones."""
    top = tmp_path_factory.mktemp("seed")
    shutil.copytree(REPO / "content", top / "site" / "content")
    shutil.copy(REPO / "site.yaml", top / "site" / "site.yaml")
    yield from _serve(top / "site", top / "web")


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, config.Config]]:
    """bench/corpus.py's 300 articles over 2019-2025, with the project's milestone calendar."""
    top = tmp_path_factory.mktemp("big")
    write_corpus(top / "site", 300)
    shutil.copy(REPO / "content" / "milestones.yaml", top / "site" / "content" / "milestones.yaml")
    yield from _serve(top / "site", top / "web")


def _page(browser: object, width: str, scheme: str = "light", javascript: bool = True) -> object:
    w, h = WIDTHS[width]
    context = browser.new_context(
        viewport={"width": w, "height": h},
        color_scheme=scheme,
        is_mobile=width == "phone",
        java_script_enabled=javascript,
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    return page


def _close(page: object) -> None:
    errors = page.errors
    page.context.close()
    assert not errors, errors


def visible_cards(page: object) -> list[str]:
    return page.eval_on_selector_all(".card:not([hidden])", "els => els.map(e => e.dataset.tags)")


# -- the header ---------------------------------------------------------------------------------


@pytest.mark.parametrize("width", list(WIDTHS))
def test_header_is_compact_on_a_phone_with_search_behind_an_icon(browser: object, seed_site: tuple, width: str) -> None:
    url, _ = seed_site
    page = _page(browser, width)
    page.goto(url)
    height = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
    if width == "phone":
        assert height <= 64, height
        assert page.is_hidden("#q") and page.is_visible(".search-toggle")
        page.click(".search-toggle")
        assert page.is_visible("#q") and page.evaluate("document.activeElement.id") == "q"
        assert page.get_attribute(".search-toggle", "aria-expanded") == "true"
        # The box lies over the page: the header keeps its height.
        assert page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height") == height
        page.fill("#q", "딥시크")
        page.wait_for_selector("#search-panel .results")
        page.keyboard.press("Escape")
        page.keyboard.press("Escape")
        assert page.is_hidden("#q") and page.evaluate("document.activeElement.className") == "search-toggle"
        page.goto(url + "search/?q=딥시크")  # the search page opens with its box in place
        page.wait_for_selector("#search-results .results")
        assert page.is_visible("#q")
    else:
        assert page.is_visible("#q") and page.is_hidden(".search-toggle")
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width][0]
    _close(page)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_without_javascript_the_search_icon_is_a_link_to_the_search_page(
    browser: object, seed_site: tuple, width: str
) -> None:
    url, _ = seed_site
    page = _page(browser, width, javascript=False)
    page.goto(url)
    assert page.query_selector("#theme-toggle") is None and page.query_selector("#q") is None  # they need script
    page.click(".search-toggle")
    page.wait_for_url(url + "search/")
    _close(page)


LAYOUT_SHIFT = """() => new Promise(done => {
  let shift = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) shift += e.value; })
    .observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(shift), 300);
})"""


@pytest.mark.parametrize("width", [390, 776, 1366])
def test_the_header_controls_script_adds_move_nothing(browser: object, seed_site: tuple, width: int) -> None:
    """The theme button and the search box come with site.js, after the first paint: their places
    are held from the start, so the page does not jump (no layout shift at all). At 776 px the
    box has no room beside the menu and takes a row of its own."""
    url, _ = seed_site
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.errors = []
    # A slow network: the page is painted well before the script comes.
    page.route("**/static/site.js", lambda route: (time.sleep(0.5), route.continue_()))
    page.goto(url)
    page.wait_for_selector("#theme-toggle")
    assert page.evaluate(LAYOUT_SHIFT) == 0
    assert page.get_attribute(".search-toggle", "aria-controls") == "search-form"
    _close(page)


# -- 2. where things come from ---------------------------------------------------------------------


@pytest.mark.parametrize("width", list(WIDTHS))
def test_estimated_dates_and_sources_show_on_the_seed_site(browser: object, seed_site: tuple, width: str) -> None:
    url, cfg = seed_site
    articles, _ = load_articles(cfg)
    guessed = next(a for a in articles if a.date_source.startswith("text:"))
    printed = next(a for a in articles if a.date_source.startswith("byline"))
    page = _page(browser, width)
    page.goto(url)
    badge = page.locator(f".card:has(a[href='/{guessed.url}']) .estimated")
    assert badge.is_visible() and badge.inner_text() == "추정"
    assert badge.get_attribute("title").startswith("날짜 추정 근거: 본문의")
    assert page.locator(f".card:has(a[href='/{printed.url}']) .estimated").count() == 0
    page.goto(url + guessed.url)
    assert page.is_visible(".date-note") and "추정" in page.inner_text(".date-note")
    source = page.inner_text(".article-meta div:first-child")
    assert source.startswith("출처") and guessed.publisher in source
    # Its share image is a real 1200x630 picture.
    image = page.get_attribute('meta[property="og:image"]', "content")
    size = page.evaluate(
        "src => new Promise(ok => { const i = new Image(); i.onload = () => ok([i.naturalWidth, i.naturalHeight]);"
        " i.src = src; })",
        image,
    )
    assert size == [1200, 630]
    _close(page)


# -- 4. milestones in proportion -----------------------------------------------------------------


@pytest.mark.parametrize("which", ["seed_site", "big_site"])
def test_the_timeline_opens_on_articles_with_milestones_only_within_them(
    browser: object, request: pytest.FixtureRequest, which: str
) -> None:
    url, cfg = request.getfixturevalue(which)
    page = _page(browser, "phone")
    page.goto(url)
    first = page.eval_on_selector(".timeline .day", "d => d.querySelector('.card, .milestone').className")
    assert first == "card"
    days = page.eval_on_selector_all(".card time[datetime]", "els => els.map(e => e.dateTime.slice(0, 10))")
    events = page.eval_on_selector_all(".milestone time", "els => els.map(e => e.dateTime)")
    assert all(min(days) <= day <= max(days) for day in events), (events, min(days), max(days))
    _close(page)


# -- 5. filters across the timeline --------------------------------------------------------------


@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_tag_filter_covers_the_whole_timeline(browser: object, big_site: tuple, width: str) -> None:
    url, cfg = big_site
    articles, _ = load_articles(cfg)
    page = _page(browser, width)
    page.goto(url)
    page.click(".chip[data-tag=openai] >> nth=0")
    page.wait_for_url(url + "tags/openai/")  # the filter moves to the tag's own pages
    assert page.is_visible(".pagination")

    # A story is one card, under its earliest article with the page's tag: cards, not articles, are counted.
    library, _ = build_library(articles, cfg)
    data, _ = load_all(cfg.content_dir, cfg.root)
    taxonomy, _ = build_taxonomy(library, data, cfg, stories.group(library.articles, cfg, data.tags))
    entries = taxonomy.collapse(taxonomy.tag_articles["OpenAI"])[0]
    both = [a for a in entries if "Nvidia" in a.tags]
    assert any("Nvidia" in a.tags for a in entries[cfg.tag_page_size :]), "some matches are past the first page"
    page.click(".cotags .chip[data-tag=nvidia]")  # the tags found with OpenAI, offered once above the cards
    page.wait_for_function("document.querySelector('#filter-status').textContent.includes('건')")
    assert page.url == url + "tags/openai/?tag=nvidia"
    tags = visible_cards(page)
    assert len(tags) == len(both), "the filter must reach every page of the tag"
    assert all({"openai", "nvidia"} <= set(t.split()) for t in tags)
    assert page.is_hidden(".pagination")  # every match is on this page now: no link can drop the filter
    assert f"기사 {len(both)}건" in page.inner_text("#filter-status")
    shown_events = page.eval_on_selector_all(".milestone:not([hidden])", "els => els.map(e => e.dataset.tags)")
    assert all("nvidia" in t.split() for t in shown_events)

    page.reload()  # a shared link opens with the same filter
    page.wait_for_function("document.querySelector('#filter-status').textContent.includes('건')")
    assert len(visible_cards(page)) == len(both)
    page.click("#filter-status button")
    assert page.url == url + "tags/openai/" and page.is_visible(".pagination")
    assert len(visible_cards(page)) == cfg.tag_page_size
    _close(page)


def test_an_old_filtered_home_link_moves_to_the_tag_pages(browser: object, big_site: tuple) -> None:
    url, _ = big_site
    page = _page(browser, "laptop")
    page.goto(url + "?tag=openai,nvidia")
    page.wait_for_url(url + "tags/openai/?tag=nvidia")
    page.wait_for_function("document.querySelector('#filter-status').textContent.includes('건')")
    _close(page)


# -- 6. polish ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", list(WIDTHS))
def test_tag_index_by_count_with_a_switch_to_korean_order(browser: object, big_site: tuple, width: str) -> None:
    url, _ = big_site
    page = _page(browser, width)
    page.goto(url + "tags/")
    counts = page.eval_on_selector_all(".tag-group:first-of-type .tag-list li", "els => els.map(e => +e.dataset.count)")
    assert counts == sorted(counts, reverse=True) and len(counts) > 3
    page.click("text=가나다순")
    names = page.eval_on_selector_all(".tag-group:first-of-type .tag-list a", "els => els.map(e => e.textContent)")
    assert names == page.evaluate("n => [...n].sort((a, b) => a.localeCompare(b, 'ko'))", names)
    assert page.url.endswith("?sort=name") and page.get_attribute("[data-sort=name]", "aria-pressed") == "true"
    page.reload()
    assert page.get_attribute("[data-sort=name]", "aria-pressed") == "true"
    _close(page)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_numbered_pagination_and_linked_archive_months(browser: object, big_site: tuple, width: str) -> None:
    url, _ = big_site
    page = _page(browser, width)
    page.goto(url)
    assert page.inner_text(".page-numbers [aria-current=page]") == "1"
    page.click(".page-numbers a[aria-label='3쪽']")
    page.wait_for_url(url + "page/3/")
    assert page.inner_text(".page-numbers [aria-current=page]") == "3"
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width][0]
    page.goto(url + "archive/")
    page.click(".month-list a >> nth=1")
    page.wait_for_url(re.compile(r".*/archive/\d{4}/\d{2}/$"))
    month = page.inner_text("h1")
    assert month not in page.eval_on_selector_all("h2", "els => els.map(e => e.textContent.trim())")
    shown = page.url
    page.click(".month-neighbours .newer")
    page.wait_for_url(lambda url: url != shown)
    newer = page.inner_text("h1")
    assert newer != month
    page.click(".month-neighbours .older")
    page.wait_for_url(shown)
    assert page.inner_text("h1") == month
    _close(page)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_error_overlay_is_korean_and_wraps(browser: object, width: str) -> None:
    page = _page(browser, width)
    long_problem = "content/articles/" + "very-long-file-name-" * 6 + ".md:2: YAML syntax error: " + "x" * 200
    head = '<meta name="viewport" content="width=device-width"><title>t</title>'
    html = f"<!doctype html><html lang=ko><head>{head}</head><body><p>페이지</p></body></html>"
    page.set_content(html.replace("</head>", overlay_script([long_problem]).decode() + "</head>"))
    assert page.inner_text("#build-error-overlay h2").startswith("빌드 오류")
    assert page.evaluate("document.getElementById('build-error-overlay').scrollWidth") <= WIDTHS[width][0]
    _close(page)


def test_home_page_transfer_stays_under_60_kb_on_the_seed_site(browser: object, seed_site: tuple) -> None:
    url, _ = seed_site
    page = _page(browser, "phone")
    sizes: dict[str, int] = {}
    page.on(
        "requestfinished",
        lambda r: sizes.__setitem__(r.url, r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]),
    )
    page.goto(url)
    page.wait_for_load_state("networkidle")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
    assert sizes and all(u.startswith(origin) for u in sizes)
    assert sum(sizes.values()) < 60_000, sizes
    _close(page)


# -- accessibility on every page kind ------------------------------------------------------------

PAGE_KINDS = [
    "",
    "page/2/",
    "tags/",
    "tags/openai/",
    "tags/openai/?tag=nvidia",
    "archive/",
    "search/?q=엔비디아",
    "404.html",
]


# Both widths and both schemes in two runs; AI_TIMELINE_LONG=1 runs all four pairs.
AXE_RUNS = [(w, c) for w in WIDTHS for c in ("light", "dark")] if LONG else [("phone", "light"), ("laptop", "dark")]


@pytest.mark.parametrize(("width", "scheme"), AXE_RUNS)
def test_axe_finds_no_violations_on_any_page_kind(browser: object, big_site: tuple, width: str, scheme: str) -> None:
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    url, cfg = big_site
    article = next(cfg.output_dir.glob("20*/*/*/*/index.html")).parent.relative_to(cfg.output_dir).as_posix() + "/"
    month = next(cfg.output_dir.glob("archive/20*/*/index.html")).parent.relative_to(cfg.output_dir).as_posix() + "/"
    year = month.rsplit("/", 2)[0] + "/"
    page = _page(browser, width, scheme)
    found = {}
    for path in [*PAGE_KINDS, article, month, year]:
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
        if "q=" in path:
            page.wait_for_selector("#search-results .results")
        if "tag=" in path:
            page.wait_for_function("document.querySelector('#filter-status').textContent.includes('건')")
        result = axe.run(page)
        found[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width][0], path
    _close(page)
    assert {path: v for path, v in found.items() if v} == {}
