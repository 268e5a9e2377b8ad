"""A site too big for one sitemap file: the index and its files keep the protocol's limits and list every page once."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pytest

from site_builder import config, site
from site_builder import state as state_mod
from site_builder.check import check_site
from site_builder.errors import SiteError
from tests.conftest import write_article

BASE = "https://example.github.io/ai-timeline/"
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# W3C Datetime as the protocol allows it: a day, or a time with seconds and a zone.
LASTMOD = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")
SITEMAP_SIZE = 7


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> config.Config:
    root = tmp_path_factory.mktemp("scale") / "site"
    (root / "site.yaml").parent.mkdir(parents=True)
    (root / "site.yaml").write_text(f"base_url: {BASE}\npage_size: 3\nsitemap_size: {SITEMAP_SIZE}\n", encoding="utf-8")
    tags = ["OpenAI", "Nvidia", "DeepSeek"]
    for i in range(24):
        updated = f"\nupdated: 2025-02-{i + 1:02d}T09:30:00+09:00" if i % 5 == 0 else ""
        write_article(
            root,
            f"a{i:02d}.md",
            f"title: 기사 {i}\ndate: 2025-01-{i + 1:02d}T10:00:00+09:00{updated}\ntags: [{tags[i % 3]}]",
        )
    cfg = config.load(root)
    site.build(cfg)
    return cfg


def _urlset(path: Path) -> list[ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    assert root.tag == NS + "urlset"
    return root.findall(NS + "url")


def test_sitemap_index_and_files_keep_the_protocol_limits_and_list_every_page_once(big_site: config.Config) -> None:
    out = big_site.output_dir
    index = ElementTree.parse(out / "sitemap.xml").getroot()
    assert index.tag == NS + "sitemapindex"
    locs = [e.findtext(NS + "loc") or "" for e in index.findall(NS + "sitemap")]
    assert len(locs) >= 2
    assert (out / "sitemap.xml").stat().st_size < 50 * 1024 * 1024 and len(locs) <= 50_000

    listed: Counter[str] = Counter()
    for loc in locs:
        assert loc.startswith(BASE + "sitemaps/sitemap-") and loc.endswith(".xml")
        part = out / loc.removeprefix(BASE)
        urls = _urlset(part)
        assert 0 < len(urls) <= SITEMAP_SIZE <= 50_000
        assert part.stat().st_size <= 50 * 1024 * 1024
        for url in urls:
            loc_url = url.findtext(NS + "loc") or ""
            assert loc_url.startswith(BASE), loc_url
            listed[loc_url] += 1
            lastmod = url.findtext(NS + "lastmod")
            assert lastmod is None or LASTMOD.match(lastmod), lastmod
    pages = {
        BASE + p.relative_to(out).as_posix().removesuffix("index.html")
        for p in out.rglob("*.html")
        if p.name != "404.html"
    }
    assert set(listed) == pages
    assert max(listed.values()) == 1
    # An updated article is listed with the day it changed.
    assert any(
        (u.findtext(NS + "lastmod") or "").startswith("2025-02-01")
        for loc in locs
        for u in _urlset(out / loc.removeprefix(BASE))
    )
    assert f"Sitemap: {BASE}sitemap.xml" in (out / "robots.txt").read_text(encoding="utf-8")
    assert check_site(big_site) == []


def test_check_names_a_page_the_sitemap_files_miss_or_repeat(big_site: config.Config, tmp_path: Path) -> None:
    out = tmp_path / "public"
    shutil.copytree(big_site.output_dir, out)
    first, second = sorted((out / "sitemaps").glob("sitemap-*.xml"))[:2]
    text = first.read_text(encoding="utf-8")
    entry = re.search(r"<url><loc>([^<]*)</loc>.*?</url>\n", text)
    assert entry
    first.write_text(text.replace(entry.group(0), "", 1), encoding="utf-8")
    repeat = re.search(r"<url><loc>([^<]*)</loc>.*?</url>\n", second.read_text(encoding="utf-8"))
    assert repeat
    edit = first.read_text(encoding="utf-8").replace("</urlset>", repeat.group(0) + "</urlset>")
    first.write_text(edit, encoding="utf-8")
    problems = check_site(big_site, out)
    missing = entry.group(1)
    kind = "article" if re.search(r"/\d{4}/\d{2}/\d{2}/", missing) else "page"
    assert f"sitemap.xml: does not list {kind} {missing}" in problems
    assert f"sitemap.xml: lists {repeat.group(1)} 2 times" in problems


def test_small_sites_keep_one_sitemap_file(big_site: config.Config, tmp_path: Path) -> None:
    cfg = config.load(big_site.root, {"sitemap_size": 50_000, "output": str(tmp_path / "one")})
    site.build(cfg)
    assert len(_urlset(cfg.output_dir / "sitemap.xml")) == len(list(cfg.output_dir.rglob("*.html"))) - 1
    assert not (cfg.output_dir / "sitemaps").exists()
    assert check_site(cfg) == []


@pytest.mark.parametrize("value", [0, 50_001])
def test_sitemap_size_outside_the_protocol_is_named_with_its_line(tmp_path: Path, value: int) -> None:
    (tmp_path / "site.yaml").write_text(f"title: 타임라인\nsitemap_size: {value}\n", encoding="utf-8")
    with pytest.raises(SiteError) as error:
        config.load(tmp_path)
    assert [str(p) for p in error.value.problems] == [
        "site.yaml:2: 'sitemap_size' must be a number of URLs from 1 to 50,000 (the sitemap protocol's limit)"
    ]


def _apparent_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and p.name != ".ai-timeline-output"]
    return sum(p.stat().st_size for p in files), len(files)


def test_build_prints_the_site_size_and_warns_past_the_limit(
    big_site: config.Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = config.load(big_site.root, {"output": str(tmp_path / "sized")})
    site.build_command(cfg, size_limit=100_000)
    size, count = _apparent_size(cfg.output_dir)
    out, err = capsys.readouterr()
    assert f"{count} files in site ({size / 1_000_000:,.1f} MB)" in out
    assert f"warning: the site is {size / 1_000_000:,.1f} MB, over the 0.1 MB GitHub Pages publishes" in err
    assert "docs/publishing.md" in err
    assert f", {err.count('warning: ')} warnings, " in out  # the summary counts the size warning too

    # Sizes are kept from build to build: a rebuild that renders little still counts every file.
    site.build_command(cfg, size_limit=size)
    assert f"{count} files in site ({size / 1_000_000:,.1f} MB), 0 rendered" in capsys.readouterr().out
    article = cfg.content_dir / "articles" / "a03.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n" + "덧붙인 문단. " * 4000, encoding="utf-8")
    try:
        site.build_command(cfg, size_limit=size)
        grown, _ = _apparent_size(cfg.output_dir)
        out, err = capsys.readouterr()
        assert grown > size + 40_000 and f"({grown / 1_000_000:,.1f} MB)" in out
        assert "GitHub Pages" in err
    finally:
        article.write_text(article.read_text(encoding="utf-8").split("\n덧붙인")[0], encoding="utf-8")


def test_listings_stay_bounded_and_every_article_is_still_reachable(tmp_path: Path) -> None:
    """The home timeline stops after `home_pages` and leads to the archive; tag pages hold
    `tag_page_size` compact cards (no summary, no chips) and offer the tags found with theirs once."""
    root = tmp_path / "site"
    root.mkdir()
    settings = "page_size: 3\nhome_pages: 2\ntag_page_size: 4\n"
    (root / "site.yaml").write_text(f"base_url: {BASE}\n{settings}", encoding="utf-8")
    for i in range(15):
        tags = "[OpenAI, Nvidia]" if i % 3 == 0 else "[OpenAI]"
        meta = f"title: 기사 {i}\ndate: 2025-01-{i + 1:02d}T10:00:00+09:00\ntags: {tags}\nsummary: 요약 {i}번 문장."
        write_article(root, f"a{i:02d}.md", meta)
    cfg = config.load(root)
    site.build(cfg)
    out = cfg.output_dir
    assert (out / "page" / "2" / "index.html").is_file() and not (out / "page" / "3").exists()
    last = (out / "page" / "2" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{cfg.base_path}archive/">보관함</a>' in last and last.count('class="card"') == 3
    first = (out / "index.html").read_text(encoding="utf-8")
    assert "보관함</a>에서" not in first and '<p class="card-summary">요약 14번 문장.</p>' in first

    tag = (out / "tags" / "openai" / "index.html").read_text(encoding="utf-8")
    assert tag.count('class="card"') == 4 and (out / "tags" / "openai" / "page" / "4" / "index.html").is_file()
    assert "card-summary" not in tag and 'class="chip" href' not in tag.split('class="filter-status"')[1]
    cotags = tag.split('<ul class="chips cotags"')[1].split("</ul>")[0]
    assert f'href="{cfg.base_path}tags/nvidia/?tag=openai" data-tag="nvidia">Nvidia</a>' in cotags
    assert 'data-tag="openai"' not in cotags  # the page's own tag is not offered
    month = (out / "archive" / "2025" / "01" / "index.html").read_text(encoding="utf-8")
    assert month.count('class="card"') == 15 and "card-summary" not in month
    # Articles past the home timeline are reached through their month and tags: nothing is orphaned.
    assert check_site(cfg) == []


def test_a_body_edit_looks_only_at_the_pages_that_show_the_body(
    big_site: config.Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tag, month, neighbour and related pages that list an article show its title, date and
    tags: after an edit of its body their inputs are not worked out again (a large site's edit
    would unpack the plan of every listing naming it), yet the pages that show the body follow it."""
    root = tmp_path / "site"
    shutil.copytree(big_site.root, root, ignore=shutil.ignore_patterns("public", ".cache"))
    cfg = config.load(root, {"feed_size": 3})
    first = site.build(cfg)
    assert first.state.plan is not None
    article = root / "content" / "articles" / "a05.md"  # an old one: in no feed
    source = next(s for s in first.state.sources if s.endswith("a05.md"))
    naming = {first.state.plan.paths[i] for i, _ in first.state.plan.pages_naming(source)}
    assert any(p.startswith("tags/") for p in naming) and any(p.startswith("archive/") for p in naming)
    looked: list[str] = []
    named = state_mod.Plan.named

    def spy(plan: state_mod.Plan, index: int) -> state_mod.Named:
        looked.append(plan.paths[index])
        return named(plan, index)

    monkeypatch.setattr(state_mod.Plan, "named", spy)
    article.write_text(article.read_text(encoding="utf-8") + "\n덧붙인 양자얽힘 문장.\n", encoding="utf-8")
    edited = site.build(cfg, first.state)
    assert not [p for p in looked if p.startswith(("tags/", "archive/"))], looked
    page = next(cfg.output_dir.glob("2025/01/06/*/index.html")).read_text(encoding="utf-8")
    assert "덧붙인 양자얽힘 문장." in page and edited.written > 0
    clean = config.load(root, {"feed_size": 3, "output": str(tmp_path / "clean")})
    site.build(clean)
    assert _files(cfg.output_dir) == _files(clean.output_dir)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
