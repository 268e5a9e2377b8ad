"""`build.py check`: a sound seed site passes; each kind of breakage is named as `page: problem`."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest

from site_builder import config, site
from site_builder.check import check_site
from site_builder.content import load_articles
from site_builder.library import build_library
from site_builder.search import VERSION
from tests.conftest import REPO, run_cli, write_article

BASE = "https://example.github.io/ai-timeline/"


def add_seed_articles(root: Path) -> None:
    """The committed seed articles; while content/ is still empty, a small hand-written stand-in."""
    committed = sorted((REPO / "content" / "articles").glob("*.md"))
    for path in committed:
        shutil.copy(path, root / "content" / "articles" / path.name)
    if not committed:
        for day, tag in zip(range(21, 27), ["DeepSeek", "OpenAI", "Nvidia"] * 2, strict=True):
            write_article(
                root,
                f"2025-01-{day}-seed-{day}.md",
                f"title: 딥시크 기사 {day}\ndate: 2025-01-{day}T10:00:00+09:00\ntags: [{tag}]\nsummary: 요약 {day}",
                "본문입니다.\n\n## 소제목\n\n[외부 링크](https://example.com/x)\n",
            )


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> config.Config:
    """The seed site built once under the project path /ai-timeline/; tests break copies of it."""
    root = tmp_path_factory.mktemp("seed") / "site"
    (root / "content" / "articles").mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    for name in ("tags.yaml", "milestones.yaml", "outlets.yaml"):
        if (REPO / "content" / name).exists():
            shutil.copy(REPO / "content" / name, root / "content" / name)
    add_seed_articles(root)
    cfg = config.load(root, {"base_url": BASE})
    site.build(cfg)
    return cfg


@pytest.fixture
def broken(seed_site: config.Config, tmp_path: Path) -> Path:
    """A copy of the built seed site, free to break."""
    out = tmp_path / "public"
    shutil.copytree(seed_site.output_dir, out)
    return out


def newest_article(cfg: config.Config):
    articles, _ = load_articles(cfg)
    return build_library(articles, cfg)[0].articles[0]


def edit(path: Path, old: str | re.Pattern[str], new: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed = old.sub(new, text, count=1) if isinstance(old, re.Pattern) else text.replace(old, new, 1)
    assert changed != text, f"nothing to change in {path}"
    path.write_text(changed, encoding="utf-8")


def test_seed_site_has_zero_problems(seed_site: config.Config) -> None:
    assert check_site(seed_site) == []


def test_removed_page_is_named_from_the_content_and_from_every_link(seed_site: config.Config, broken: Path) -> None:
    article = newest_article(seed_site)
    (broken / article.url / "index.html").unlink()
    problems = check_site(seed_site, broken)
    assert f"{article.source}: article has no page (expected {article.url}index.html)" in problems
    link = f'index.html: <a href="/ai-timeline/{article.url}"> does not resolve to a file'
    assert f"{link} ({article.url}index.html is not in the output)" in problems
    assert f"sitemap.xml: <loc>{BASE}{article.url}</loc> does not resolve to a file on this site" in problems


def test_a_broken_link_on_an_articles_page_names_the_articles_file(seed_site: config.Config, broken: Path) -> None:
    """An article's page is named by its address, which the editor never wrote (the slug need not be
    the file's name): the article's file is named beside it."""
    article = newest_article(seed_site)
    edit(broken / article.url / "index.html", "</main>", '<a href="/ai-timeline/no-such-page/">x</a></main>')
    link = f'{article.url}index.html: <a href="/ai-timeline/no-such-page/"> does not resolve to a file'
    assert f"{link} (no-such-page/index.html is not in the output) (the page of {article.source})" in check_site(
        seed_site, broken
    )


def test_broken_anchor_is_named_and_good_anchors_pass(seed_site: config.Config, broken: Path) -> None:
    edit(
        broken / "index.html",
        "</main>",
        '<a href="/ai-timeline/tags/#no-such-id">x</a> <a href="#main">본문</a> <a href="#top">위로</a></main>',
    )
    assert check_site(seed_site, broken) == [
        'index.html: <a href="/ai-timeline/tags/#no-such-id"> names a missing anchor #no-such-id in tags/index.html'
    ]


def test_percent_encoded_korean_anchor_resolves(seed_site: config.Config, broken: Path) -> None:
    edit(
        broken / "index.html",
        "</main>",
        '<h2 id="딥시크">딥시크</h2><a href="#%EB%94%A5%EC%8B%9C%ED%81%AC">x</a></main>',
    )
    assert check_site(seed_site, broken) == []


def test_feed_with_a_missing_entry_is_named(seed_site: config.Config, broken: Path) -> None:
    article = newest_article(seed_site)
    edit(broken / "atom.xml", re.compile(r"<entry>.*?</entry>", re.S), "")
    assert check_site(seed_site, broken) == [f"atom.xml: does not list article {BASE}{article.url}"]


def test_tag_feed_with_a_missing_entry_is_named(seed_site: config.Config, broken: Path) -> None:
    feed = sorted(broken.glob("tags/*/atom.xml"))[0]
    rel = feed.relative_to(broken).as_posix()
    edit(feed, re.compile(r"<entry>.*?</entry>", re.S), "")
    problems = check_site(seed_site, broken)
    assert len(problems) == 1 and problems[0].startswith(f"{rel}: does not list article {BASE}")


def test_malformed_feed_and_sitemap_are_named(seed_site: config.Config, broken: Path) -> None:
    article = newest_article(seed_site)
    edit(broken / "atom.xml", "</feed>", "")
    edit(broken / "sitemap.xml", re.compile(rf"<url><loc>{re.escape(BASE + article.url)}</loc>.*?</url>", re.S), "")
    problems = check_site(seed_site, broken)
    assert len(problems) == 2
    assert problems[0].startswith("atom.xml: not well-formed XML (no element found: line ")
    assert problems[1] == f"sitemap.xml: does not list article {BASE}{article.url}"


def _search_index(out: Path, change: Callable[[dict], None]) -> None:
    index = json.loads((out / "search" / "index.json").read_text(encoding="utf-8"))
    change(index)
    (out / "search" / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")


def _cut_in_half(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda out: edit(out / "atom.xml", re.compile(r"<id>[^<]*</id>"), ""), "atom.xml: feed has no <id>"),
        (
            lambda out: edit(out / "atom.xml", re.compile(r"<updated>[^<]*</updated>"), "<updated>어제</updated>"),
            "atom.xml: feed's <updated> 어제 is not an RFC 3339 time",
        ),
        (
            lambda out: edit(out / "atom.xml", re.compile(r"(<entry>.*?</entry>)", re.S), r"\1\1"),
            "atom.xml: entry id ",
        ),
        (
            lambda out: edit(out / "atom.xml", re.compile(r"(<entry>\s*)<title>[^<]*</title>", re.S), r"\1"),
            "atom.xml: entry 1 has no <title>",
        ),
        (
            lambda out: _search_index(out, lambda index: index["docs"][0].__setitem__(0, "2025/12/14/gone/")),
            "search/index.json: the result 2025/12/14/gone/ does not resolve to a page",
        ),
        (
            lambda out: _search_index(out, lambda index: index["terms"].__setitem__("엔비디아", [9999])),
            "search/index.json: the word 엔비디아 names result 9998",
        ),
        (lambda out: _cut_in_half(out / "index.html"), "index.html: ends before </html>"),
        (
            lambda out: edit(next(out.glob("20*/*/*/*/index.html")), re.compile(r'("@type":"[^"]+")'), r"\1,,"),
            "/index.html: its JSON-LD is not JSON (Expecting property name",
        ),
    ],
    ids=["feed-id", "feed-updated", "entry-twice", "entry-title", "result-gone", "posting-past-end", "cut", "json-ld"],
)
def test_a_feed_search_index_or_page_damaged_inside_is_named(
    seed_site: config.Config, broken: Path, damage: Callable[[Path], None], problem: str
) -> None:
    """What a broken upload or a bad template leaves inside files that still parse or exist."""
    damage(broken)
    problems = check_site(seed_site, broken)
    assert any(problem in p for p in problems), problems


def test_page_without_title_lang_description_or_canonical_is_named(seed_site: config.Config, broken: Path) -> None:
    page = broken / "archive" / "index.html"
    edit(page, re.compile(r"<title>.*?</title>", re.S), "")
    edit(page, re.compile(r'<html lang="[^"]*"'), "<html")
    edit(page, re.compile(r'<meta name="description"[^>]*>'), "")
    edit(page, re.compile(r'<link rel="canonical"[^>]*>'), "")
    assert check_site(seed_site, broken) == [
        "archive/index.html: no <title>",
        'archive/index.html: no lang on <html> (e.g. <html lang="ko">)',
        'archive/index.html: no meta description (<meta name="description" content="...">)',
        'archive/index.html: no canonical URL (<link rel="canonical" href="...">)',
    ]


def test_duplicate_id_is_named(seed_site: config.Config, broken: Path) -> None:
    edit(broken / "tags" / "index.html", "</main>", '<p id="main">x</p></main>')
    assert check_site(seed_site, broken) == ['tags/index.html: duplicate id "main"']


def test_missing_stylesheet_is_named_on_every_page(seed_site: config.Config, broken: Path) -> None:
    (broken / "static" / "style.css").unlink()
    problems = check_site(seed_site, broken)
    line = (
        '<link href="/ai-timeline/static/style.css"> does not resolve to a file (static/style.css is not in the output)'
    )
    pages = sorted(p.relative_to(broken).as_posix() for p in broken.rglob("*.html"))
    assert [problem.partition(" (the page of ")[0] for problem in problems] == [f"{page}: {line}" for page in pages]


def test_missing_image_script_and_css_reference_are_named(seed_site: config.Config, broken: Path) -> None:
    edit(
        broken / "index.html",
        "</main>",
        '<img src="../ai-timeline/static/logo.png" alt="로고">'
        '<script src="/ai-timeline/static/gone.js"></script></main>',
    )
    with (broken / "static" / "style.css").open("a", encoding="utf-8") as css:
        css.write('\nbody { background: url("fonts/none.woff2"); }\n')
    assert check_site(seed_site, broken) == [
        'index.html: <img src="../ai-timeline/static/logo.png"> does not resolve to a file '
        "(static/logo.png is not in the output)",
        'index.html: <script src="/ai-timeline/static/gone.js"> does not resolve to a file '
        "(static/gone.js is not in the output)",
        "static/style.css: url(fonts/none.woff2) does not resolve to a file "
        "(static/fonts/none.woff2 is not in the output)",
    ]


def test_link_that_forgot_the_base_path_is_named_but_external_links_are_not(
    seed_site: config.Config, broken: Path
) -> None:
    edit(
        broken / "index.html",
        "</main>",
        '<a href="/tags/">태그</a><a href="https://example.com/x">밖</a>'
        '<a href="https://example.github.io/other-project/">다른 사이트</a><a href="mailto:a@b.kr">메일</a></main>',
    )
    assert check_site(seed_site, broken) == ['index.html: <a href="/tags/"> is outside the base path /ai-timeline/']


def test_unreachable_page_is_named(seed_site: config.Config, broken: Path) -> None:
    (broken / "orphan").mkdir()
    text = (broken / "tags" / "index.html").read_text(encoding="utf-8")
    (broken / "orphan" / "index.html").write_text(text.replace(f"{BASE}tags/", f"{BASE}orphan/"), encoding="utf-8")
    assert check_site(seed_site, broken) == [
        "orphan/index.html: not reachable by links from the home page",
        f"sitemap.xml: does not list page {BASE}orphan/",
    ]


def test_check_with_another_base_url_than_the_build_says_so_first(seed_site: config.Config) -> None:
    other = config.load(seed_site.root, {"base_url": "https://example.github.io/"})
    problems = check_site(other, seed_site.output_dir)
    assert problems[0] == (
        f"index.html: built for base URL {BASE}, checked with https://example.github.io/: "
        "give build and check the same --base-url"
    )


def test_cli_exit_code_and_output(seed_site: config.Config, broken: Path) -> None:
    good = run_cli("check", "--base-url", BASE, root=seed_site.root)
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.strip().endswith(f"check: 0 problems in {seed_site.output_dir}")

    (broken / "404.html").write_text("<p>nothing</p>", encoding="utf-8")
    bad = run_cli("check", "--base-url", BASE, "--output", str(broken), root=seed_site.root)
    assert bad.returncode == 1
    assert bad.stdout.splitlines() == [
        "404.html: no <title>",
        '404.html: no lang on <html> (e.g. <html lang="ko">)',
        '404.html: no meta description (<meta name="description" content="...">)',
        '404.html: no canonical URL (<link rel="canonical" href="...">)',
        f"check: 4 problems in {broken}",
    ]
    assert "Traceback" not in bad.stderr


def test_check_before_any_build_says_what_to_do(empty_project: Path) -> None:
    result = run_cli("check", root=empty_project)
    assert result.returncode == 1
    assert "no index.html here (build the site first" in result.stdout
    assert "Traceback" not in result.stderr


def _write(rel: str, text: str) -> Callable[[Path], None]:
    return lambda out: (out / rel).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda out: (out / "search" / "index.json").unlink(), "search/index.json: missing"),
        (_write("search/index.json", '{"v": 3, "docs": ['), "search/index.json: not JSON"),
        (_write("search/index.json", "[1, 2]"), "search/index.json: not a search index"),
        (
            _write("search/index.json", f'{{"v": {VERSION}, "tags": [], "docs": {{}}}}'),
            "search/index.json: not a search index",
        ),
        (_write("search/index.json", '{"v": 1, "tags": [], "docs": [], "terms": {}}'), "search/index.json: format"),
        (
            _write("search/index.json", f'{{"v": {VERSION}, "tags": [], "docs": [], "terms": {{}}}}'),
            "search/index.json: lists 0",
        ),
        (
            _write(
                "search/index.json",
                f'{{"v": {VERSION}, "tags": [], "count": 1, "chunk": 1, "shards": 3, "bounds": ["나", "가"]}}',
            ),
            "search/index.json: bounds must list the first stem of every term shard",
        ),
        (
            _write(
                "search/index.json",
                f'{{"v": {VERSION}, "tags": [], "count": 1, "chunk": 1, "shards": 2, "bounds": ["가"],'
                ' "names": ["0", "1"]}',
            ),
            "search/index.json: names must give every term shard's file name",
        ),
        (lambda out: (out / "404.html").unlink(), "404.html: missing"),
    ],
    ids=[
        "no-index",
        "not-json",
        "not-an-object",
        "wrong-shape",
        "old-format",
        "no-documents",
        "bounds",
        "names",
        "no-404",
    ],
)
def test_a_missing_or_broken_search_index_or_404_page_is_named(
    seed_site: config.Config, broken: Path, damage: Callable[[Path], None], problem: str
) -> None:
    damage(broken)
    problems = check_site(seed_site, broken)
    assert len(problems) == 1 and problems[0].startswith(problem), problems


def test_check_reads_the_base_url_the_site_was_built_for(empty_project: Path) -> None:
    """A site built with --base-url (a GitHub Pages project path) checks clean without the flag;
    a different --base-url is one clear line, not a problem per link."""
    add_seed_articles(empty_project)
    built = run_cli("build", "--base-url", BASE, "--output", "pages", root=empty_project)
    assert built.returncode == 0, built.stderr
    plain = run_cli("check", "--output", "pages", root=empty_project)
    assert plain.returncode == 0, plain.stdout
    assert "check: 0 problems" in plain.stdout
    # The same base URL without its last '/' (the build makes the same site of either) is the same.
    same = run_cli("check", "--output", "pages", "--base-url", BASE.rstrip("/"), root=empty_project)
    assert same.returncode == 0 and "check: 0 problems" in same.stdout, same.stdout
    other = run_cli("check", "--output", "pages", "--base-url", "https://other.example/", root=empty_project)
    assert other.returncode == 1
    lines = [line for line in other.stdout.splitlines() if not line.startswith("check:")]
    assert lines == [
        f"pages: built for base URL {BASE}, not https://other.example/; build with that --base-url, or drop it"
    ]
    # Rebuilt for another base URL in the same folder, the record follows (the site is exchanged whole).
    assert (
        run_cli("build", "--base-url", "https://other.example/", "--output", "pages", root=empty_project).returncode
        == 0
    )
    again = run_cli("check", "--output", "pages", root=empty_project)
    assert again.returncode == 0 and "check: 0 problems" in again.stdout, again.stdout


def test_check_reads_whether_the_site_was_built_with_drafts(empty_project: Path) -> None:
    """After `build --drafts` a plain check counted the draft's page as one too many; after a plain
    build, `check --drafts` found the draft missing everywhere. Like the base URL, the build
    records it; asking for drafts the site lacks is one clear line."""
    add_seed_articles(empty_project)
    write_article(empty_project, "wip.md", "title: 검토 중\ndate: 2025-02-01T09:00:00+09:00\ndraft: true")
    assert run_cli("build", "--drafts", root=empty_project).returncode == 0
    plain = run_cli("check", root=empty_project)
    assert plain.returncode == 0 and "check: 0 problems" in plain.stdout, plain.stdout
    assert "note: built with --drafts: its drafts would be published with it" in plain.stdout
    assert run_cli("build", root=empty_project).returncode == 0
    asked = run_cli("check", "--drafts", root=empty_project)
    assert asked.returncode == 1
    assert [line for line in asked.stdout.splitlines() if not line.startswith("check:")] == [
        "public: built without drafts; build with --drafts, or drop it"
    ]
    plain = run_cli("check", root=empty_project)
    assert plain.returncode == 0 and "--drafts" not in plain.stdout, plain.stdout


def test_a_capped_feed_passes_and_a_missing_newest_entry_is_named(empty_project: Path) -> None:
    """Feeds hold the newest `feed_size` entries: check asks for those, not for the whole archive."""
    add_seed_articles(empty_project)
    cfg = config.load(empty_project, {"feed_size": 2})
    site.build(cfg)
    assert check_site(cfg) == []
    feed = cfg.output_dir / "atom.xml"
    text = feed.read_text(encoding="utf-8")
    first = text.index("<entry>")
    feed.write_text(text[:first] + text[text.index("</entry>", first) + len("</entry>") :], encoding="utf-8")
    assert any(line.startswith("atom.xml: does not list article") for line in check_site(cfg))


@pytest.mark.parametrize(
    "url",
    [
        "https://example.github.io/ai%20timeline/",  # an escaped space
        "https://example.github.io/ai.timeline",  # a repository with a dot, as configure-pages gives it
    ],
)
def test_base_paths_pages_may_have_check_clean(empty_project: Path, url: str) -> None:
    add_seed_articles(empty_project)
    built = run_cli("build", "--base-url", url, root=empty_project)
    assert built.returncode == 0, built.stderr
    checked = run_cli("check", root=empty_project)
    assert "check: 0 problems" in checked.stdout, checked.stdout[-2000:]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/", "--base-url: 'base_url' must be an absolute http(s) URL"),
        ("https://x.github.io//R//", "--base-url: 'base_url' must be a plain folder address"),
        ("https://x.github.io/R/../S/", "--base-url: 'base_url' must be a plain folder address"),
        ("https://x.github.io/R/%2e%2e/S/", "--base-url: 'base_url' must be a plain folder address"),
        ("https://x.github.io/my repo/", "--base-url: 'base_url' must be a plain folder address"),
        ('https://x.github.io/a"b<c>/', "--base-url: 'base_url' must be a plain folder address"),
        (
            "https://x.github.io/R/index.html",
            "--base-url: 'base_url' names a file; give its folder: https://x.github.io/R/",
        ),
        ("https://user:secret@x.github.io/R/", "--base-url: 'base_url' must not hold a user name or password"),
        ("https://[x]/", "--base-url: 'base_url' is no web address"),
    ],
)
def test_a_bad_base_url_on_the_command_line_is_named_as_such(empty_project: Path, url: str, message: str) -> None:
    add_seed_articles(empty_project)
    for command in ("build", "check"):
        proc = run_cli(command, "--base-url", url, root=empty_project)
        assert proc.returncode != 0 and "Traceback" not in proc.stderr
        assert proc.stderr.startswith(message), proc.stderr


def test_the_sitemap_escapes_hangul_addresses_and_check_asks_for_it(empty_project: Path) -> None:
    """A Hangul slug or tag makes a Hangul address; the sitemap protocol wants it %-encoded
    (RFC 3986), as search engines read it. Pages and feeds keep the address as it reads."""
    write_article(empty_project, "a.md", "title: 딥시크 충격\ndate: 2025-01-30\nslug: 딥시크-충격\ntags: [양자컴퓨팅]")
    cfg = config.load(empty_project, {"base_url": "https://user.github.io/REPO/"})
    site.build(cfg)
    sitemap = (cfg.output_dir / "sitemap.xml").read_text(encoding="utf-8")
    encoded = "https://user.github.io/REPO/2025/01/30/%EB%94%A5%EC%8B%9C%ED%81%AC-%EC%B6%A9%EA%B2%A9/"
    assert f"<loc>{encoded}</loc>" in sitemap and "딥시크" not in sitemap
    assert "<loc>https://user.github.io/REPO/tags/%EC%96%91%EC%9E%90" in sitemap
    assert check_site(cfg) == []
    (cfg.output_dir / "sitemap.xml").write_text(sitemap.replace(encoded, unquote(encoded)), encoding="utf-8")
    assert check_site(cfg) == [
        f"sitemap.xml: <loc>{unquote(encoded)}</loc> is not escaped (the protocol wants %-encoding)"
    ]
