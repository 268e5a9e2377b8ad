"""The default theme in Debian's Chromium: what a reader clicks, types and sees."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from site_builder import config, site
from site_builder import search as search_module
from site_builder.content import load_articles
from site_builder.datafiles import load_all
from site_builder.library import build_library
from site_builder.taxonomy import build_taxonomy
from tests.conftest import REPO, static_server
from tests.test_theme import make_theme_project

pytestmark = pytest.mark.browser
pytest.importorskip("playwright.sync_api")  # the whole module needs the browser

BASES = {"root": "/", "repo": "/ai-timeline/"}


@pytest.fixture(scope="module", params=list(BASES), ids=list(BASES))
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo site built for a base path and served from 127.0.0.1 at that path; yields its URL."""
    base_path = BASES[request.param]
    top = tmp_path_factory.mktemp("served")
    root = make_theme_project(top / "project")
    web = top / "web"
    output = web / base_path.strip("/") if base_path != "/" else web
    with static_server(web) as origin:
        url = origin + base_path
        site.build(config.load(root, {"base_url": url, "output": str(output)}))
        yield url


@pytest.fixture
def page(browser: object, served: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1200, "height": 900}, color_scheme="light")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not errors, errors


def visible_titles(page: object) -> list[str]:
    return page.eval_on_selector_all(".card:not([hidden]) .card-title", "els => els.map(e => e.textContent.trim())")


def test_a_chip_leads_to_its_tag_where_other_chips_narrow_and_the_url_keeps_the_filter(
    page: object, served: str
) -> None:
    page.goto(served)
    assert len(visible_titles(page)) == 6
    page.click(".card >> nth=1 >> .chip[data-tag=deepseek]")
    page.wait_for_url(served + "tags/deepseek/")  # the filter spans the tag's whole timeline
    deepseek = visible_titles(page)
    assert sorted(deepseek) == sorted(
        ["AI 규모의 전쟁 끝?", "반도체주 급락, 시가총액 증발", "실리콘밸리 뒤흔든 중국 AI", "딥시크, 추론 모델 R1 출시"]
    )
    assert page.is_visible(".milestone")  # the tag's own milestone

    page.click(".cotags .chip[data-tag=nvidia]")  # a tag found with DeepSeek narrows to both
    page.wait_for_url(served + "tags/deepseek/?tag=nvidia")
    both = ["AI 규모의 전쟁 끝?", "반도체주 급락, 시가총액 증발"]
    page.wait_for_function("document.querySelectorAll('.card:not([hidden])').length === 2")
    assert visible_titles(page) == both
    assert "‘딥시크’ 기사 중 ‘엔비디아’ 태그 기사 2건" in page.inner_text("#filter-status")
    assert page.is_hidden(".milestone")  # the R1 milestone is not about Nvidia
    assert page.get_attribute(".chip[data-tag=nvidia] >> nth=0", "aria-current") == "true"

    page.reload()  # a shared link opens with the same filter
    page.wait_for_function("document.querySelectorAll('.card:not([hidden])').length === 2")
    assert visible_titles(page) == both
    page.click("#filter-status button")
    assert page.url == served + "tags/deepseek/" and len(visible_titles(page)) == 4
    assert page.is_hidden("#filter-status") and page.is_visible(".milestone")


def test_chips_are_links_to_tag_pages_without_javascript(browser: object, served: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served)
    page.click(".chip[data-tag=nvidia] >> nth=0")
    page.wait_for_url(served + "tags/nvidia/")
    assert "엔비디아" in page.inner_text("h1")
    context.close()


def search(page: object, query: str) -> list[str]:
    page.fill("#q", query)
    page.wait_for_selector("#search-panel .search-status")
    page.wait_for_function(
        "q => document.querySelector('#search-panel .search-status').textContent.includes(q)", arg=query
    )
    return page.eval_on_selector_all("#search-panel .results > li > a", "els => els.map(e => e.textContent)")


def test_search_as_you_type_finds_korean_words_with_particles_and_english_names(page: object, served: str) -> None:
    page.goto(served + "tags/")  # the search box answers on every page
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if "/search/" in r.url else None)
    deepseek = {
        "AI 규모의 전쟁 끝?",
        "반도체주 급락, 시가총액 증발",
        "실리콘밸리 뒤흔든 중국 AI",
        "딥시크, 추론 모델 R1 출시",
    }
    assert set(search(page, "딥시크")) == deepseek  # shock.md says only 딥시크의, r1.md 딥시크가
    assert requests == [served + "search/index.json"]  # loaded once, lazily, from this site
    assert set(search(page, "딥시크의")) == deepseek
    assert set(search(page, "DeepSeek")) == deepseek
    nvidia = {"AI 규모의 전쟁 끝?", "반도체주 급락, 시가총액 증발", "차세대 GPU 로드맵 발표"}
    assert set(search(page, "nvidia")) == nvidia
    assert set(search(page, "엔비디아")) == nvidia  # stocks.md says 엔비디아는
    assert search(page, "딥시크 엔비디아") == ["AI 규모의 전쟁 끝?", "반도체주 급락, 시가총액 증발"]  # newest first
    assert search(page, "양자컴퓨터") == []
    assert "맞는 기사가 없습니다" in page.inner_text("#search-panel")

    search(page, "엔비디아")
    marks = page.eval_on_selector_all("#search-panel mark", "els => els.map(e => e.textContent)")
    assert marks and set(marks) == {"엔비디아"}  # the term is highlighted, its particle is not
    snippet = page.inner_text("#search-panel .results li:has-text('반도체주') .result-snippet")
    assert "엔비디아는" in snippet

    page.keyboard.press("ArrowDown")  # from the box into the results
    assert page.evaluate("document.activeElement.closest('#search-panel') !== null")
    page.keyboard.press("Escape")
    assert page.is_hidden("#search-panel")
    page.keyboard.press("Enter")  # the form goes to the search page with the query
    page.wait_for_url(served + "search/?q=%EC%97%94%EB%B9%84%EB%94%94%EC%95%84")
    page.wait_for_selector("#search-results .results")
    titles = page.eval_on_selector_all("#search-results .results > li > a", "els => els.map(e => e.textContent)")
    assert set(titles) == nvidia
    page.click("#search-results .results a >> text=차세대 GPU")
    page.wait_for_url(lambda url: urlsplit(url).path.endswith("/2024/12/10/gpu/"))


def test_theme_toggle_follows_the_system_and_is_remembered(browser: object, served: str) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(served)
    background = "getComputedStyle(document.body).backgroundColor"
    dark = page.evaluate(background)
    assert page.get_attribute("#theme-toggle", "aria-pressed") == "true"
    page.click("#theme-toggle")
    light = page.evaluate(background)
    assert light != dark and page.get_attribute("#theme-toggle", "aria-pressed") == "false"
    page.reload()
    assert page.evaluate(background) == light  # remembered, against the system setting
    page.goto(served + "tags/")
    assert page.evaluate(background) == light and page.get_attribute("html", "data-theme") == "light"
    page.click("#theme-toggle")
    page.reload()
    assert page.evaluate(background) == dark
    context.close()


def _inked(png: bytes) -> int:
    """Pixels of a screenshot unlike its commonest colour (the background behind an icon)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    counts = sorted(image.getcolors(image.width * image.height) or [], reverse=True)
    return sum(count for count, _ in counts[1:])


def test_icons_stay_visible_in_forced_colours(browser: object, served: str) -> None:
    # Windows' high-contrast themes repaint every background in the system's colours: the logo
    # and the search icon, drawn as a background through a mask, would vanish into the page.
    context = browser.new_context(viewport={"width": 390, "height": 700}, forced_colors="active")
    page = context.new_page()
    page.goto(served)
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    # The logo is the title link's start, before its text.
    logo = page.evaluate(
        """() => { const a = document.querySelector('.site-title'), r = document.createRange();
        r.selectNodeContents(a); const box = a.getBoundingClientRect(), text = r.getBoundingClientRect();
        return {x: box.left, y: box.top, width: text.left - box.left, height: box.height}; }"""
    )
    assert logo["width"] >= 22
    toggle = page.locator(".search-toggle").bounding_box()
    assert toggle and toggle["width"] >= 40  # the search button, shown at this width
    inset = 6  # inside its round border, which forced colours draw anyway
    magnifier = {k: toggle[k] + inset for k in ("x", "y")} | {k: toggle[k] - 2 * inset for k in ("width", "height")}
    for name, clip in (("logo", logo), ("search icon", magnifier)):
        assert _inked(page.screenshot(clip=clip)) >= 40, f"the {name} is not drawn in forced colours"
    context.close()


def test_a_sites_own_header_controls_are_kept_and_not_doubled(browser: object, tmp_path: Path) -> None:
    # A site's own base.html (an older copy of the theme's) may write the theme button and the
    # search box itself, named by id or by class: site.js then adds neither again.
    root = make_theme_project(tmp_path / "project")
    base = (REPO / "themes" / "default" / "templates" / "base.html").read_text(encoding="utf-8")
    button = '<button type="button" id="theme-toggle" aria-pressed="false" aria-label="어두운 화면">테마</button>'
    form = """<form class="search-form" role="search" action="{{ 'search/' | url }}"><input name="q"></form>"""
    own = base.replace('<a class="search-toggle"', f'{button}\n<a class="search-toggle"', 1)
    own = own.replace("</div>\n</div></header>", f"</div>\n{form}\n</div></header>", 1)
    assert own.count(button) == 1 and own.count(form) == 1
    (root / "templates").mkdir()
    (root / "templates" / "base.html").write_text(own, encoding="utf-8")
    web = tmp_path / "web"
    with static_server(web) as origin:
        site.build(config.load(root, {"base_url": origin + "/", "output": str(web)}))
        for width in (390, 1200):
            context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme="light")
            page = context.new_page()
            page.goto(origin + "/")  # after the load event: site.js, deferred, has run
            assert page.locator(".theme-toggle, #theme-toggle").count() == 1
            assert page.locator(".search-form, #search-form").count() == 1
            page.click("#theme-toggle")  # the site's own button does the theme's work
            assert page.get_attribute("html", "data-theme") == "dark"
            context.close()


def test_keyboard_reaches_every_control_in_order(page: object, served: str) -> None:
    for path in ("", "2025/01/28/scale/"):
        page.goto(served + path)
        # Number every control a keyboard user should reach, then Tab until focus comes round again.
        count = page.evaluate(
            """() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                 .filter(e => e.getClientRects().length && !e.closest('[hidden]') && e.tabIndex >= 0)
                 .map((e, i) => e.dataset.kb = i).length"""
        )
        controls = [str(i) for i in range(count)]
        reached: list[str] = []
        for _ in range(count + 5):
            page.keyboard.press("Tab")
            number = page.evaluate("document.activeElement.dataset.kb || document.activeElement.tagName")
            if number in reached or number == "BODY":  # focus went round, or out to the browser
                break
            reached.append(number)
            focus = page.evaluate(
                "(s => s.outlineStyle + ' ' + s.outlineWidth)(getComputedStyle(document.activeElement))"
            )
            assert focus.startswith("solid"), (number, focus)  # a visible focus ring on every control
        assert count > 15  # the page and its script loaded: menus, search box, cards, chips
        assert set(controls) <= set(reached), set(controls) - set(reached)
    page.goto(served + "tags/deepseek/")
    page.focus(".chip[data-tag=openai]")
    page.keyboard.press("Enter")  # chips filter from the keyboard too
    page.wait_for_url(served + "tags/deepseek/?tag=openai")


def test_a_control_reached_backwards_is_never_under_the_sticky_month_heading(browser: object, served: str) -> None:
    """Shift+Tab scrolls each control to the top of the view, where the month heading sticks."""
    context = browser.new_context(
        viewport={"width": 1366, "height": 500}, reduced_motion="reduce"
    )  # (no smooth scroll)
    page = context.new_page()
    page.goto(served)
    page.focus("footer a >> nth=-1")
    hidden = []
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        covered = page.evaluate(
            """() => {
                 const el = document.activeElement, box = el.getBoundingClientRect();
                 return [...document.querySelectorAll('.month-heading')].some(h => {
                   const r = h.getBoundingClientRect();
                   return getComputedStyle(h).position === 'sticky' && r.top <= 0 && box.top < r.bottom;
                 }) ? el.textContent.trim() : null;
               }"""
        )
        if covered:
            hidden.append(covered)
    context.close()
    assert hidden == [], hidden


def test_a_wide_table_scrolls_and_keeps_its_figures_whole(browser: object, tmp_path: Path) -> None:
    root = make_theme_project(tmp_path / "project")
    table = (
        "| 모델 이름 | 개발사 | 출시일 | 매개변수 | 학습 비용 | 라이선스 | 공개 여부 |\n|---|---|---|---|---|---|---|\n"
    )
    table += "| 딥시크 R1 | 딥시크 | 2025-01-20 | 671,000,000,000 | 5,600,000달러 | MIT | 공개 |\n"
    article = root / "content/articles/r1.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n" + table, encoding="utf-8")
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    with static_server(tmp_path / "out") as origin:
        site.build(config.load(root, {"output": str(tmp_path / "out"), "base_url": origin + "/"}))
        page.goto(origin + "/2025/01/20/r1/")
        page.wait_for_load_state("networkidle")
    lines = page.evaluate(
        """() => [...document.querySelectorAll('.article-body td, .article-body th')].map(c => {
             const r = document.createRange(); r.selectNodeContents(c);
             return [c.textContent, r.getClientRects().length];
           })"""
    )
    padded = page.evaluate("getComputedStyle(document.querySelector('.article-body th')).paddingLeft")
    context.close()
    assert [text for text, rects in lines if rects > 1 and " " not in text] == [], lines  # '2025-01-20' whole
    assert padded != "0px"  # header cells stand apart: not '모델 이름출시일'


@pytest.mark.parametrize("path", ["", "2024/12/10/gpu/", "tags/deepseek/", "tags/", "search/?q=딥시크"])
def test_no_horizontal_scroll_at_360_px(browser: object, served: str, path: str, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    page.goto(served + path)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(tmp_path / "360.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.evaluate("document.body.scrollWidth") <= 360
    context.close()


def test_home_transfer_is_small_and_never_leaves_the_site(browser: object, served: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    sizes: dict[str, int] = {}
    page.on(
        "requestfinished",
        lambda r: sizes.__setitem__(r.url, r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]),
    )
    page.goto(served)
    page.wait_for_load_state("networkidle")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(served))
    assert sizes and all(url.startswith(origin) for url in sizes), sizes
    assert sum(sizes.values()) < 60_000, sizes
    context.close()


def test_print_style_hides_the_chrome_and_shows_the_source(browser: object, served: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(served + "2025/01/20/r1/")
    page.emulate_media(media="print")
    assert page.is_hidden(".site-header") and page.is_hidden(".related")
    assert page.is_visible(".source-url") and page.is_visible(".article-body")
    context.close()


AXE_PAGES = ["", "2025/01/28/scale/", "tags/deepseek/", "tags/", "search/?q=딥시크", "?tag=deepseek"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(browser: object, served: str, scheme: str) -> None:
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    axe = axe_module.Axe()
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    found = {}
    for path in AXE_PAGES:
        page.goto(served + path)
        page.wait_for_load_state("networkidle")
        if "q=" in path:
            page.wait_for_selector("#search-results .results")
        result = axe.run(page)
        found[path] = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result.response["violations"]]
    context.close()
    assert {path: v for path, v in found.items() if v} == {}


def test_sharded_index_answers_the_same(browser: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large site's index is split into files; the box must find the same articles through them."""
    root = make_theme_project(tmp_path / "project")
    web = tmp_path / "web"
    with static_server(web) as origin:
        url = origin + "/"
        cfg = config.load(root, {"base_url": url, "output": str(web)})
        site.build(cfg)
        monkeypatch.setattr(search_module, "SHARD_DOCS", 0)
        monkeypatch.setattr(search_module, "DOC_CHUNK", 2)
        # Shards of a few stems each, so a prefix's stems run across several of them.
        monkeypatch.setattr(search_module, "SHARD_TARGET", 20)
        monkeypatch.setattr(search_module, "SHARD_MAX", 40)
        data, _ = load_all(cfg.content_dir, cfg.root)
        articles, _ = load_articles(cfg)
        library, _ = build_library(articles, cfg)
        taxonomy, _ = build_taxonomy(library, data, cfg)
        files = search_module.build_search(library.articles, taxonomy.tags)
        assert len([f for f in files if "/docs-" in f]) == 3
        for rel, text in files.items():
            (web / rel).write_text(text, encoding="utf-8")
        page = browser.new_page()
        fetched: list[str] = []
        page.on("request", lambda r: fetched.append(r.url.rsplit("/", 1)[-1]) if "/search/" in r.url else None)
        page.goto(url)
        nvidia = {"AI 규모의 전쟁 끝?", "반도체주 급락, 시가총액 증발", "차세대 GPU 로드맵 발표"}
        assert set(search(page, "nvidia")) == nvidia
        assert set(search(page, "엔비디아")) == nvidia
        assert "엔비디아는" in page.inner_text("#search-panel .results li:has-text('반도체주') .result-snippet")
        assert len(set(search(page, "딥시크의"))) == 4
        assert "index.json" in fetched and any(f.startswith("terms-") for f in fetched)
        shards = json.loads(files["search/index.json"])["shards"]
        assert 1 < len({f for f in fetched if f.startswith("terms-")}) < shards
        page.close()
