"""The build, end to end: what a reader finds in the output folder."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest

from site_builder import check, config, site
from site_builder.check import scan
from site_builder.content import load_articles
from tests.conftest import run_cli, staging_left, write_article
from tests.test_build_property import set_setting

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def build(root: Path, **overrides: object) -> site.BuildResult:
    return site.build(config.load(root, overrides))


@pytest.mark.parametrize("base_url", ["https://example.github.io/", "https://example.github.io/ai-timeline/"])
def test_seed_site_has_every_page_and_every_reference_resolves(seed_project: Path, base_url: str) -> None:
    result = build(seed_project, base_url=base_url)
    cfg = config.load(seed_project, {"base_url": base_url})
    out = cfg.output_dir
    articles, problems = load_articles(cfg)
    assert not problems and len(articles) == result.articles >= 5

    expected = [
        "index.html",
        "tags/index.html",
        "archive/index.html",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        ".nojekyll",
        "search/index.html",
        "static/style.css",
    ]
    for article in articles:
        day = article.date
        expected.append(f"{day.year:04d}/{day.month:02d}/{day.day:02d}/{article.slug}/index.html")
        expected.append(f"archive/{day.year:04d}/{day.month:02d}/index.html")
        expected.append(f"archive/{day.year:04d}/index.html")
    tag_slugs = {tag.slug for tag in _tags(cfg) if tag.name in {t for a in articles for t in a.tags}}
    assert {"deepseek", "openai", "nvidia"} <= tag_slugs
    for slug in tag_slugs:
        expected += [f"tags/{slug}/index.html", f"tags/{slug}/atom.xml"]
    missing = [rel for rel in expected if not (out / rel).is_file()]
    assert not missing
    assert not (out / "CNAME").exists()

    # Every internal link, image, stylesheet and script, parsed out of every page, resolves.
    assert check.check_site(cfg) == []
    base_path = cfg.base_path
    home = scan((out / "index.html").read_text(encoding="utf-8"))
    hrefs = [url for _, url in home.urls]
    assert f"{base_path}static/style.css" in hrefs
    assert all(u.startswith(base_path) for u in hrefs if not u.startswith(("http", "#")))


def _tags(cfg: config.Config) -> list:
    from site_builder.datafiles import load_tags

    return list(load_tags(cfg.content_dir / "tags.yaml", cfg.root)[0].values())


def test_feeds_and_sitemap_parse_and_list_every_article(seed_project: Path) -> None:
    cfg = config.load(seed_project, {"base_url": "https://example.github.io/ai-timeline/"})
    site.build(cfg)
    articles, _ = load_articles(cfg)
    out = cfg.output_dir
    feed = ElementTree.parse(out / "atom.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(articles)
    ids = {e.findtext(f"{ATOM}id") for e in entries}
    assert all(i.startswith("https://example.github.io/ai-timeline/20") for i in ids)
    for entry in entries:
        assert entry.findtext(f"{ATOM}published").endswith("+09:00")
        assert entry.findtext(f"{ATOM}updated").endswith("+09:00")
    sitemap = ElementTree.parse(out / "sitemap.xml").getroot()
    locs = {u.findtext(f"{SITEMAP}loc") for u in sitemap.findall(f"{SITEMAP}url")}
    assert ids <= locs
    assert "https://example.github.io/ai-timeline/tags/" in locs
    lastmods = [u.findtext(f"{SITEMAP}lastmod") for u in sitemap.findall(f"{SITEMAP}url")]
    assert all(m.endswith("+09:00") for m in lastmods if m)
    deepseek = ElementTree.parse(out / "tags/deepseek/atom.xml").getroot()
    tagged = [a for a in articles if "DeepSeek" in a.tags]
    assert len(deepseek.findall(f"{ATOM}entry")) == len(tagged)
    robots = (out / "robots.txt").read_text()
    assert "Sitemap: https://example.github.io/ai-timeline/sitemap.xml" in robots


def _timeline_project(root: Path) -> None:
    write_article(
        root,
        "a.md",
        "title: 첫 기사\ndate: 2025-01-20T10:00:00+09:00\ntags: [DeepSeek]\n"
        "summary: 딥시크가 R1을 공개했다.\npublisher: AI타임스\nauthor: 임대준",
    )
    write_article(
        root,
        "b.md",
        "title: 둘째 기사\ndate: 2025-01-28T15:54:00+09:00\n"
        "updated: 2025-01-30T21:52:00+09:00\ntags: [DeepSeek, Nvidia]\nauthor: 김동원",
    )
    write_article(root, "c.md", "title: 셋째 기사\ndate: 2025-02-04\ntags: [OpenAI]")


def test_home_is_a_paginated_timeline_newest_first(empty_project: Path) -> None:
    _timeline_project(empty_project)
    (empty_project / "content" / "milestones.yaml").write_text(
        "- date: 2025-01-22\n  title: 딥시크-V3 공개\n  tags: [DeepSeek]\n", encoding="utf-8"
    )
    cfg = config.load(empty_project, {"page_size": 2})
    site.build(cfg)
    out = cfg.output_dir
    home = (out / "index.html").read_text(encoding="utf-8")
    assert home.index("셋째 기사") < home.index("둘째 기사")
    assert "2025년 2월" in home and "2025년 1월" in home  # month headings
    assert 'href="/page/2/"' in home
    both_pages = "".join((out / p).read_text() for p in ["index.html", "page/2/index.html"])
    assert all(title in both_pages for title in ("첫 기사", "둘째 기사", "셋째 기사"))
    # Milestones are timeline entries, on the page whose articles surround them.
    assert "딥시크-V3 공개" in (out / "page/2/index.html").read_text() and "딥시크-V3 공개" not in home
    page_numbers = sorted(p.parent.name for p in out.glob("page/*/index.html"))
    assert page_numbers and page_numbers[0] == "2"
    second = (out / "page/2/index.html").read_text(encoding="utf-8")
    assert 'href="/"' in second and 'rel="prev"' in second
    assert check.check_site(cfg) == []


def test_article_page_shows_korean_dates_neighbours_and_related(empty_project: Path) -> None:
    _timeline_project(empty_project)
    cfg = config.load(empty_project)
    site.build(cfg)
    page = (cfg.output_dir / "2025/01/28/b/index.html").read_text(encoding="utf-8")
    assert "2025년 1월 28일 15:54" in page
    assert "수정" in page and "2025년 1월 30일 21:52" in page
    assert "김동원" in page
    assert 'href="/2025/01/20/a/"' in page  # older neighbour, and related by DeepSeek
    assert 'href="/2025/02/04/c/"' in page  # newer neighbour
    related = page[page.index('class="related"') :]
    assert "첫 기사" in related and "셋째 기사" not in related
    assert 'href="/tags/deepseek/"' in page


def test_tag_pages_index_and_undefined_tag_warning(empty_project: Path) -> None:
    _timeline_project(empty_project)
    write_article(empty_project, "d.md", "title: 새 태그\ndate: 2025-03-01T09:00:00+09:00\ntags: [양자컴퓨팅]")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 0, proc.stderr
    assert "content/articles/d.md: tag '양자컴퓨팅' is not defined in content/tags.yaml" in proc.stderr
    out = empty_project / "public"
    assert (out / "tags/양자컴퓨팅/index.html").is_file()
    index = (out / "tags/index.html").read_text(encoding="utf-8")
    assert re.search(r'href="/tags/deepseek/">딥시크</a> <span class="count">2</span>', index)
    tag_page = (out / "tags/deepseek/index.html").read_text(encoding="utf-8")
    assert "딥시크" in tag_page and "첫 기사" in tag_page and "셋째 기사" not in tag_page
    assert "articles read" in proc.stdout and "ms" in proc.stdout


def test_a_tag_written_as_its_label_alias_or_other_case_is_refused_at_its_line(empty_project: Path) -> None:
    """'딥시크' (DeepSeek's label) made a second 딥시크 page; 'openai' took OpenAI's page name and
    was dropped, the article missing from the OpenAI page, with a warning at most."""
    _timeline_project(empty_project)
    write_article(
        empty_project, "d.md", "title: 새 기사\ndate: 2025-03-01T09:00:00+09:00\ntags: [딥시크, openai, Nvidia]"
    )
    write_article(
        empty_project, "e.md", "title: 또 기사\ndate: 2025-03-02T09:00:00+09:00\nsummary: 요약\ntags: [오픈AI]"
    )
    # Full-width letters, a space inside a label: the same tag, written otherwise.
    write_article(
        empty_project, "f.md", "title: 셋째 기사\ndate: 2025-03-03T09:00:00+09:00\ntags: [ＯｐｅｎＡＩ, 딥 시크]"
    )
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[:5] == [
        "content/articles/d.md:4: tag 'openai' is tag 'OpenAI' (the same in other case); write 'OpenAI'",
        "content/articles/d.md:4: tag '딥시크' is tag 'DeepSeek' (its label in content/tags.yaml); write 'DeepSeek'",
        "content/articles/e.md:5: tag '오픈AI' is tag 'OpenAI' (its label in content/tags.yaml); write 'OpenAI'",
        "content/articles/f.md:4: tag '딥 시크' is tag 'DeepSeek' (its label in content/tags.yaml); write 'DeepSeek'",
        "content/articles/f.md:4: tag 'ＯｐｅｎＡＩ' is tag 'OpenAI' (the same, written otherwise); write 'OpenAI'",
    ], proc.stderr
    assert not (empty_project / "public").exists()  # no site, half or whole
    (empty_project / "content/articles/d.md").write_text(
        "---\ntitle: 새 기사\ndate: 2025-03-01T09:00:00+09:00\ntags: [DeepSeek, OpenAI, Nvidia]\n---\n본문.\n",
        encoding="utf-8",
    )
    (empty_project / "content/articles/e.md").unlink()
    (empty_project / "content/articles/f.md").unlink()
    assert run_cli("build", root=empty_project).returncode == 0


def test_tags_that_would_share_one_page_are_refused_and_a_slash_is_a_tags_letter(empty_project: Path) -> None:
    """'LLM' and 'llm' (neither in tags.yaml) made one page tags/llm/, and the article of the
    spelling that lost was dropped from it, with a warning; which one lost changed with the
    next article. The spelling kept is the defined tag's, else the one used most (then the
    first in code-point order). 'AI/ML' was refused, though its page is tags/ai-ml/."""
    _timeline_project(empty_project)
    spellings = {"c.md": "[llm, AI/ML]", "d.md": "[LLM]", "e.md": "[llm, 'Nvidia!']", "f.md": "['C++']"}
    spellings |= {"h.md": "['Foo  Bar']", "i.md": "[Foo Bar]"}  # (used as often: the one with single spaces)
    spellings |= {"j.md": "['ＡＩ칩']", "k.md": "['AI칩']"}  # (full width: the same letters; build tester 3)
    for name, tags in spellings.items():
        write_article(empty_project, name, f"title: 기사 {name}\ndate: 2025-03-01T09:00:00+09:00\ntags: {tags}")
    write_article(empty_project, "g.md", "title: 기사 g\ndate: 2025-03-02T09:00:00+09:00\ntags: ['C#']")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1
    hint = "or give each its own slug in content/tags.yaml"
    assert [line for line in proc.stderr.splitlines() if "would have the page" in line] == [
        f"content/articles/d.md:4: tag 'LLM' would have the page of tag 'llm' (tags/llm/); write 'llm', {hint}",
        f"content/articles/e.md:4: tag 'Nvidia!' would have the page of tag 'Nvidia' (tags/nvidia/); "
        f"write 'Nvidia', {hint}",
        f"content/articles/f.md:4: tag 'C++' would have the page of tag 'C#' (tags/c/); write 'C#', {hint}",
        f"content/articles/h.md:4: tag 'Foo  Bar' would have the page of tag 'Foo Bar' (tags/foo-bar/); "
        f"write 'Foo Bar', {hint}",
        f"content/articles/j.md:4: tag 'ＡＩ칩' would have the page of tag 'AI칩' (tags/ai칩/); write 'AI칩', {hint}",
    ], proc.stderr
    for name in ("d.md", "e.md", "f.md", "h.md", "j.md"):
        (empty_project / "content/articles" / name).unlink()
    assert run_cli("build", root=empty_project).returncode == 0
    page = (empty_project / "public/tags/ai-ml/index.html").read_text(encoding="utf-8")
    assert "AI/ML" in page and "기사 c.md" in page


def test_a_local_time_the_clocks_skip_is_refused_and_one_they_repeat_is_kept(empty_project: Path) -> None:
    """New York's 02:30 on its spring-forward day does not exist: given the hour before's offset, it
    was an instant an hour off, on every page and feed. Its 01:30 in the autumn exists (twice)."""
    _timeline_project(empty_project)
    set_setting(empty_project, "timezone", "America/New_York")
    write_article(empty_project, "spring.md", "title: 봄\ndate: 2025-03-09T02:30:00\ntags: [DeepSeek]")
    write_article(empty_project, "autumn.md", "title: 가을\ndate: 2025-11-02T01:30:00\ntags: [DeepSeek]")
    # A day alone, quoted, on a day whose midnight the clocks skip (Santiago's, and Cairo's): that day.
    write_article(empty_project, "day.md", 'title: 하루\ndate: "2025-03-09"\ntags: [DeepSeek]')
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and proc.stderr.splitlines() == [
        "content/articles/spring.md:3: 'date' 2025-03-09T02:30:00 is a time the clocks of America/New_York skip"
        " (moving forward); write it with its offset"
    ], proc.stderr
    (empty_project / "content/articles/spring.md").unlink()
    assert run_cli("build", root=empty_project).returncode == 0
    assert "2025-11-02T01:30:00-04:00" in (empty_project / "public/atom.xml").read_text(encoding="utf-8")


def test_a_date_before_the_zone_kept_standard_time_keeps_the_time_written(empty_project: Path) -> None:
    """Asia/Seoul was +08:27:52 (local mean time) until 1908: '10:00+09:00' showed as 09:27 and
    every feed, sitemap and page date held an offset with seconds, which none of them allows."""
    _timeline_project(empty_project)
    write_article(empty_project, "old.md", "title: 옛 기사\ndate: 1905-03-01T10:00:00+09:00\ntags: [DeepSeek]")
    write_article(empty_project, "older.md", "title: 더 옛 기사\ndate: 1904-03-01T10:00:00\ntags: [DeepSeek]")
    write_article(empty_project, "day.md", "title: 날만 있는 옛 기사\ndate: 1906-03-01\ntags: [DeepSeek]")
    assert run_cli("build", root=empty_project).returncode == 0
    out = empty_project / "public"
    written = {path: path.read_text(encoding="utf-8") for path in out.rglob("*") if path.suffix in (".xml", ".html")}
    stamps = {stamp for text in written.values() for stamp in re.findall(r"190[45]-03-01T[\d:]+[+-][\d:]+", text)}
    assert stamps == {"1905-03-01T10:00:00+09:00", "1904-03-01T10:00:00+08:28"}, stamps
    days = {stamp for text in written.values() for stamp in re.findall(r"1906-03-01T[\d:]+[+-][\d:]+", text)}
    assert days == {"1906-03-01T00:00:00+08:28"}, days
    assert run_cli("check", root=empty_project).returncode == 0
    page = written[out / "1905/03/01/old/index.html"]
    assert "10:00" in page and "09:27" not in page


def test_an_article_dated_ahead_is_published_with_a_warning_naming_its_date_line(empty_project: Path) -> None:
    """A mistyped year ('2052' for '2025') put the article atop the timeline and every feed, and no
    build said a word; an embargoed story dated hours ahead, or a draft, is no mistake."""
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=9)))
    soon = (now + dt.timedelta(hours=6)).isoformat(timespec="seconds")
    write_article(empty_project, "soon.md", f"title: 곧 풀릴 기사\ndate: {soon}")
    write_article(empty_project, "draft.md", "title: 먼 초안\ndate: 2053-01-01T09:00:00+09:00\ndraft: true")
    write_article(empty_project, "typo.md", "title: 연도 오타\nsummary: 요약\ndate: 2052-03-05T09:00:00+09:00")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 0, proc.stderr
    said = [line for line in proc.stderr.splitlines() if "in the future" in line]
    assert said == [
        "warning: content/articles/typo.md:4: dated 2052-03-05 09:00, in the future: it heads the timeline and"
        " the feeds until then; check its year"
    ], proc.stderr
    assert ", 1 warnings," in proc.stdout
    assert (empty_project / "public" / "2052" / "03" / "05" / "typo" / "index.html").is_file()


def test_an_articles_date_once_past_is_no_longer_warned_of(empty_project: Path) -> None:
    """A rebuild that keeps the plan (nothing changed, or a body edited) said the warning its plan was made
    with, days after the date had passed, where a clean build says nothing."""
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=9)))
    close = now + dt.timedelta(days=1, seconds=10)
    write_article(empty_project, "a.md", "title: 기사\nsummary: 요약\ndate: 2025-03-10T09:00:00+09:00")
    write_article(empty_project, "close.md", f"title: 곧 오는 날\nsummary: 요약\ndate: {close.isoformat()}")
    first = run_cli("build", root=empty_project)
    assert "close.md:4: dated" in first.stderr and ", 1 warnings," in first.stdout, first.stderr
    time.sleep(max(0.0, (close - dt.timedelta(days=1) - dt.datetime.now(close.tzinfo)).total_seconds()) + 1)
    unchanged = run_cli("build", root=empty_project)
    write_article(empty_project, "a.md", "title: 기사\nsummary: 요약\ndate: 2025-03-10T09:00:00+09:00", "고친 본문")
    edited = run_cli("build", root=empty_project)
    for proc in (unchanged, edited):
        assert proc.returncode == 0 and "in the future" not in proc.stderr, proc.stderr
        assert ", 0 warnings," in proc.stdout, proc.stdout
    assert "0 rendered" in unchanged.stdout


def test_a_domain_on_another_host_than_the_base_urls_is_warned_of_at_its_line(empty_project: Path) -> None:
    """'domain:' given before GitHub knew it: the workflow still builds for USER.github.io/REPO, whose links
    the CNAME's domain would serve, and nothing said so. A local build (127.0.0.1) is no mistake."""
    write_article(empty_project, "a.md", "title: 기사\ndate: 2025-03-10T09:00:00+09:00")
    with (empty_project / "site.yaml").open("a", encoding="utf-8") as handle:
        handle.write("domain: timeline.example.kr\n")
    line = (empty_project / "site.yaml").read_text(encoding="utf-8").count("\n")
    warned = [
        f"warning: site.yaml:{line}: domain timeline.example.kr is not the base URL's host (user.github.io)",
        "",
        "",
    ]
    for base, said in zip(["https://user.github.io/REPO/", "https://timeline.example.kr/", ""], warned, strict=True):
        proc = run_cli("build", *(["--base-url", base] if base else []), root=empty_project)
        assert proc.returncode == 0, proc.stderr
        found = [line for line in proc.stderr.splitlines() if "domain" in line]
        assert [said] == [found[0][: len(said)]] if said else found == [], proc.stderr


def test_overrides_drafts_cname_and_template_override(empty_project: Path, tmp_path: Path) -> None:
    _timeline_project(empty_project)
    write_article(empty_project, "draft.md", "title: 초안\ndate: 2025-03-01T09:00:00+09:00\ndraft: true")
    (empty_project / "site.yaml").write_text(
        (empty_project / "site.yaml").read_text() + "domain: timeline.example.kr\n", encoding="utf-8"
    )
    (empty_project / "templates").mkdir()
    (empty_project / "templates" / "404.html").write_text(
        '{% extends "base.html" %}{% set canonical = "404.html" %}{% block main %}<p>직접 만든 404</p>{% endblock %}'
    )
    out = tmp_path / "elsewhere"
    proc = run_cli("build", "--base-url", "https://u.github.io/repo/", "--output", str(out), root=empty_project)
    assert proc.returncode == 0, proc.stderr
    assert (out / "CNAME").read_text() == "timeline.example.kr\n"
    assert "직접 만든 404" in (out / "404.html").read_text(encoding="utf-8")
    assert 'href="/repo/static/style.css"' in (out / "index.html").read_text(encoding="utf-8")
    assert not (out / "2025/03/01/draft").exists()
    assert run_cli("build", "--drafts", "--output", str(out), root=empty_project).returncode == 0
    assert (out / "2025/03/01/draft/index.html").is_file()


def test_a_comment_after_a_quoted_title_or_a_setting_is_no_problem(empty_project: Path) -> None:
    front_matter = "title: '딥시크 #1 등극'  # 고칠 것\ndate: 2025-01-01\ndraft: false  # 검토 끝"
    write_article(empty_project, "a.md", front_matter)
    assert run_cli("build", root=empty_project).returncode == 0
    page = (empty_project / "public/2025/01/01/a/index.html").read_text(encoding="utf-8")
    assert "<h1>딥시크 #1 등극</h1>" in page


def test_titles_summaries_and_tags_are_escaped(empty_project: Path) -> None:
    write_article(
        empty_project,
        "x.md",
        "title: '<script>alert(1)</script> 제목'\ndate: 2025-01-01\n"
        "summary: '<img src=x onerror=alert(1)>'\ntags: ['<b>태그']",
        body="<script>alert(2)</script>\n\n본문 <img src=x onerror=alert(3)>\n",
    )
    cfg = config.load(empty_project)
    site.build(cfg)
    for page in cfg.output_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<img src=x" not in text and "<b>태그" not in text
    article = (cfg.output_dir / "2025/01/01/x/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 제목" in article
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in article


# -- bad input ---------------------------------------------------------------------------

BAD_CASES = {
    "yaml.md": (
        "title: [unclosed\ndate: 2025-01-01",
        "content/articles/yaml.md:3: YAML syntax error: did not find expected ',' or ']' "
        "(while parsing a flow sequence started on line 2)",
    ),
    # Headlines typed unquoted: a ': ' in one, a kicker's brackets opening one, a ' #' cutting one.
    "colon.md": (
        "title: 딥시크: 중국의 반격\ndate: 2025-01-01",
        "content/articles/colon.md:2: YAML syntax error: mapping values are not allowed in this context; "
        "to write it as text, put the whole value in quotes: title: '딥시크: 중국의 반격'",
    ),
    "kicker.md": (
        "title: [속보] 딥시크, R1 공개\ndate: 2025-01-01",
        "content/articles/kicker.md:2: YAML syntax error: did not find expected key; "
        "to write it as text, put the whole value in quotes: title: '[속보] 딥시크, R1 공개'",
    ),
    "hash.md": (
        "title: 딥시크 앱, 美 앱스토어 #1 등극\ndate: 2025-01-01",
        "content/articles/hash.md:2: 'title' is cut at ' #' (YAML reads the rest as a comment): "
        "'딥시크 앱, 美 앱스토어'; put the whole value in quotes",
    ),
    "nodate.md": ("title: 날짜 없음", "content/articles/nodate.md:1: missing required key 'date'"),
    "blanktitle.md": (
        'title: "   "\ndate: 2025-01-01',
        "content/articles/blanktitle.md:2: 'title' must not be blank (it holds only spaces or invisible characters)",
    ),
    # (Both were said as a 'missing' key on line 1, the second because its control characters are dropped.)
    "emptytitle.md": ('title: ""\ndate: 2025-01-01', "content/articles/emptytitle.md:2: 'title' must not be empty"),
    "controltitle.md": (
        'title: "\\x01\\x02"\ndate: 2025-01-01',
        "content/articles/controltitle.md:2: 'title' must not be empty",
    ),
    # (Advised to quote the value, which is quoted.)
    "surrogate.md": (
        'title: "홀로 \\ud800 남은"\ndate: 2025-01-01',
        "content/articles/surrogate.md:2: YAML syntax error: found invalid Unicode character escape code\n",
    ),
    # (A title of zero-width spaces showed an empty headline; an override left open turned the tab's
    # title around, the site's name after it.)
    "invisibletitle.md": (
        'title: "\u200b\u200b"\ndate: 2025-01-01',
        "content/articles/invisibletitle.md:2: 'title' must not be blank "
        "(it holds only spaces or invisible characters)",
    ),
    "bidititle.md": (
        'title: "오픈AI \u202e발표"\ndate: 2025-01-01',
        "content/articles/bidititle.md:2: 'title' holds a bidi control character (U+202E), which turns the text "
        "after it around wherever the page shows it; remove it",
    ),
    "baddate.md": (
        "title: 잘못된 날짜\ndate: 어제",
        "content/articles/baddate.md:3: 'date' is not an ISO 8601 date: '어제' (use e.g. 2025-01-28T15:54:00+09:00)",
    ),
    "listdate.md": (
        "title: 목록 날짜\ndate: [2025-01-08]",
        "content/articles/listdate.md:3: 'date' is not an ISO 8601 date: [2025-01-08] (use e.g.",
    ),
    "offset.md": (
        "title: 시차\ndate: 2025-01-08T10:00:00+25:00",
        "content/articles/offset.md:3: '2025-01-08T10:00:00+25:00' is not a date on the calendar "
        "(its UTC offset must be less than 24 hours, e.g. +09:00)",
    ),
    "tags.md": (
        "title: 태그\ndate: 2025-01-01\ntags: DeepSeek",
        "content/articles/tags.md:4: 'tags' must be a list of names, e.g. tags: [DeepSeek, OpenAI]",
    ),
    "listtitle.md": (
        "date: 2025-01-01\ntitle: [딥시크, 오픈AI]",
        "content/articles/listtitle.md:3: 'title' must be text, not a list",
    ),
    # (A line break in a file's name was printed as one, splitting the problem over two lines.)
    "new\nline.md": (
        "title: 줄바꿈\ndate: 2025-01-01",
        "content/articles/new\\nline.md:1: slug 'new\\nline' cannot be used in a URL (it holds '\\n')",
    ),
    # (A set was shown as Python spells it, in an order that changed from one build to the next.)
    "settitle.md": (
        "date: 2025-01-01\ntitle: !!set {alpha, beta, gamma}",
        "content/articles/settitle.md:3: 'title' must be text, not a set (!!set)",
    ),
    "binarysummary.md": (
        "title: 요약\ndate: 2025-01-01\nsummary: !!binary aGVsbG8=",
        "content/articles/binarysummary.md:4: 'summary' must be text, not binary data (!!binary)",
    ),
    # (A list in the list reached the feeds as Python's "['김기자', '박기자']".)
    "listauthor.md": (
        "title: 기자들\ndate: 2025-01-01\nauthor: [홍길동, [김기자, 박기자], {x: 1}]",
        "content/articles/listauthor.md:4: 'author' must be a name or a list of names",
    ),
    "twice.md": (
        "title: 두 번\ndate: 2025-01-01\ntags: [OpenAI]\ntags: [Nvidia]",
        "content/articles/twice.md:5: 'tags' is given twice; keep one",
    ),
    "typo.md": (
        "title: 오타\ndate: 2025-01-01\nsumary: 요약",
        "content/articles/typo.md:4: unknown front-matter key 'sumary' (did you mean 'summary'?)",
    ),
    "slug.md": (
        "title: 경로\ndate: 2025-01-01\nslug: ../../etc",
        "content/articles/slug.md:4: slug '../../etc' cannot be used in a URL "
        "(it holds '/'; it starts with '.'); use letters, digits and '-'",
    ),
    "dup1.md": (
        "title: 중복 1\ndate: 2025-01-01\nslug: same",
        "content/articles/dup1.md: URL /2025/01/01/same/ is claimed by more than one article: "
        "content/articles/dup1.md, content/articles/dup2.md",
    ),
    "dup2.md": ("title: 중복 2\ndate: 2025-01-01T12:00:00+09:00\nslug: same", None),
}


def test_every_bad_file_is_reported_in_one_run_and_old_output_survives(empty_project: Path) -> None:
    _timeline_project(empty_project)
    assert run_cli("build", root=empty_project).returncode == 0
    out = empty_project / "public"
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    for name, (front_matter, _) in BAD_CASES.items():
        write_article(empty_project, name, front_matter)
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines(keepends=True)
    for _, message in BAD_CASES.values():
        if message:
            assert any(line.startswith(message) for line in lines), (message, lines)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not staging_left(empty_project)  # no staging folder left behind


def test_an_impossible_date_is_said_with_the_files_other_problems(empty_project: Path) -> None:
    # YAML refuses the day as it reads the file: the build still reads the rest of it, so the
    # editor fixes every problem after one run, not one a run.
    _timeline_project(empty_project)
    write_article(
        empty_project, "two.md", "title: 둘\ndate: 2025-13-01\nupdated: 2025-02-30\nslug: a b\ntags: [2025-02-30]"
    )
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    said = [line for line in proc.stderr.splitlines() if line.startswith("content/articles/two.md")]
    assert said == [
        "content/articles/two.md:3: '2025-13-01' is not a date on the calendar (month must be in 1..12)",
        "content/articles/two.md:4: '2025-02-30' is not a date on the calendar (day is out of range for month)",
        "content/articles/two.md:5: slug 'a b' cannot be used in a URL (it holds a space); use letters, digits and '-'",
        "content/articles/two.md:6: '2025-02-30' is not a date on the calendar (day is out of range for month)",
    ], said


def test_template_error_names_template_and_line_and_keeps_old_site(empty_project: Path) -> None:
    _timeline_project(empty_project)
    assert run_cli("build", root=empty_project).returncode == 0
    index = (empty_project / "public" / "index.html").read_bytes()
    (empty_project / "templates").mkdir()
    (empty_project / "templates" / "tags.html").write_text(
        '{% extends "base.html" %}{% set canonical = "tags/" %}\n{% block main %}\n{{ nope }}\n{% endblock %}\n'
    )
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1
    assert "templates/tags.html:3: template error: 'nope' is undefined" in proc.stderr
    assert (empty_project / "public" / "index.html").read_bytes() == index
    # One that does not parse is found before anything renders: one line, no traceback.
    (empty_project / "templates" / "tags.html").unlink()
    (empty_project / "templates" / "404.html").write_text("<!doctype html>\n{% if %}\n", encoding="utf-8")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "templates/404.html:2: template syntax: Expected an expression" in proc.stderr
    assert (empty_project / "public" / "index.html").read_bytes() == index


@pytest.mark.parametrize(
    ("name", "template", "line"),
    [
        ("robots.txt", "{{ 1 / 0 }}", "templates/robots.txt:1: template error: division by zero"),
        (
            "robots.txt",
            '{% include "robots.txt" %}',
            "templates/robots.txt:1: template error: maximum recursion depth exceeded",
        ),
        ("robots.txt", b"User-agent: *\n\xff\xfe\n", "templates/robots.txt:2: template is not UTF-8 text"),
        # A loop that does not end (Python's range is lazy) is stopped, where a build would hang.
        (
            "robots.txt",
            "User-agent: *\n{% for i in range(10**12) %}{% endfor %}",
            "templates/robots.txt:2: template error: rendering took over 10 s of CPU",
        ),
        # (Python's own message is empty.)
        (
            "robots.txt",
            "User-agent: *\n{{ range(10**15) | list }}",
            "templates/robots.txt:2: template error: out of memory",
        ),
        # (The article's template is also read for whether it shows excerpts.)
        (
            "article.html",
            '{% extends "base.html" %}{% block main %}{{ body }}{% endblock %}\n{% if x %}\n',
            "templates/article.html:2: template syntax: Unexpected end of template",
        ),
        (
            "article.html",
            '{% extends "base.html" %}{% block main %}\n{{ body | nosuchfilter }}{% endblock %}\n',
            "templates/article.html:2: template syntax: No filter named 'nosuchfilter'",
        ),
    ],
    ids=["raises", "includes-itself", "not-utf8", "loops", "out-of-memory", "article-does-not-parse", "unknown-filter"],
)
def test_a_template_that_fails_any_way_is_one_line_and_keeps_the_old_site(
    empty_project: Path, name: str, template: str | bytes, line: str
) -> None:
    _timeline_project(empty_project)
    assert run_cli("build", root=empty_project).returncode == 0
    before = {p: p.read_bytes() for p in (empty_project / "public").rglob("*") if p.is_file()}
    (empty_project / "templates").mkdir()
    target = empty_project / "templates" / name
    target.write_bytes(template if isinstance(template, bytes) else template.encode())
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert any(said.startswith(line) for said in proc.stderr.splitlines()), proc.stderr
    assert {p: p.read_bytes() for p in (empty_project / "public").rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        (".", "it is the project folder or one of its parents"),
        ("..", "it is the project folder or one of its parents"),
        ("content", "it is the content folder content/; choose a folder such as public"),
        ("content/articles", "it is inside the content folder content/"),
        ("themes", "it is the source folder themes/"),
        ("public", "it is the seeds folder public/; choose another folder"),  # with `seeds: public`
        # (the preview's own folder: published there, a build would mix its site into a running preview's)
        (".cache/serve", "it is inside the source folder .cache/"),
    ],
)
def test_build_refuses_dangerous_output_folders(empty_project: Path, output: str, reason: str) -> None:
    _timeline_project(empty_project)
    if output == "public":
        with (empty_project / "site.yaml").open("a", encoding="utf-8") as handle:
            handle.write("seeds: public\n")
    proc = run_cli("build", "--output", output, root=empty_project)
    assert proc.returncode == 1
    assert "refusing to use this as the output folder" in proc.stderr and reason in proc.stderr
    assert (empty_project / "content" / "articles" / "a.md").is_file()


@pytest.mark.parametrize("command", ["build", "serve"])
def test_an_output_folder_inside_a_built_site_is_refused(empty_project: Path, command: str) -> None:
    """`--output public/preview` beside a site built in public/: its files, shadow and lock
    would be published with that site by its next build."""
    _timeline_project(empty_project)
    assert run_cli("build", root=empty_project).returncode == 0
    before = sorted(p.name for p in (empty_project / "public").iterdir())
    proc = run_cli(command, "--output", "public/preview", root=empty_project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "public/preview: refusing to use this as the output folder: it is inside public/" in proc.stderr
    assert sorted(p.name for p in (empty_project / "public").iterdir()) == before


def test_an_output_folder_site_yaml_names_is_refused_at_its_line(empty_project: Path) -> None:
    _timeline_project(empty_project)
    (empty_project / "site.yaml").write_text("title: 제목\noutput: content\n", encoding="utf-8")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("site.yaml:2: 'output' content: refusing to use"), proc.stderr


@pytest.mark.parametrize("command", ["build", "ingest", "check", "serve"])
def test_a_root_that_is_no_folder_is_named_and_not_made(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "no-such-project"
    proc = run_cli(command, root=missing)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"{missing}: no such project folder"), proc.stderr
    assert not missing.exists()


def test_bad_site_yaml_is_reported_with_its_line(empty_project: Path) -> None:
    (empty_project / "site.yaml").write_text("title: 제목\npage_sise: 10\nbase_url: ftp://x\n", encoding="utf-8")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1
    assert "site.yaml:2: unknown setting 'page_sise' (did you mean 'page_size'?)" in proc.stderr


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("base_url: 'http://a b/'", "'base_url' must be an absolute http(s) URL"),
        # A bracket that opens no IPv6 address: urlsplit itself refuses it.
        ("base_url: https://example.github.io]/", "'base_url' is no web address (Invalid IPv6 URL)"),
        # A port no server has, written into every canonical link, feed and sitemap.
        ("base_url: https://example.com:99999/", "'base_url' has a port no server can listen on"),
        ("base_url: https://example.com:0/", "'base_url' has a port no server can listen on"),
        ("theme: ''", "'theme' must name a folder in themes/, not ''"),
        ("theme: ../elsewhere", "'theme' must name a folder in themes/, not '../elsewhere'"),
        ("title: ''", "'title' must not be empty"),
        ("language: ''", "'language' must be a language tag such as ko or ko-KR, not ''"),
        ("language: 한국어", "'language' must be a language tag such as ko or ko-KR, not '한국어'"),
        # In YAML's words, as the user wrote them, not Python's ['full'] or {'x': 1}
        ("article_body: [full]", "'article_body' must be text, not [full]"),
        ("page_size: {x: 1}", "'page_size' must be a whole number, not {x: 1}"),
        ("permalink: '/../{slug}/'", "'permalink' must not hold '..'"),
        ("permalink: '/%2e%2e/{slug}/'", "'permalink' must not hold '%': its parts are folders' names"),
        ("permalink: '/a b/{slug}/'", "'permalink' must not hold a space"),
        ("permalink: '/{slug}/?x/'", "'permalink' must not hold '?'"),
        ("related_count: -1", "'related_count' must be 0 or more"),
        ("base_url: https://x.kr/%zz/", "'base_url' has a '%' that encodes no character"),
        # Python's format language beyond the bare fields: an object's address or quotes in URLs.
        ("permalink: '/{year.upper}/{slug}/'", "'permalink' may only use {year}, {month}, {day}, {slug}"),
        ("permalink: '/{year!r}/{slug}/'", "'permalink' may only use {year}, {month}, {day}, {slug}"),
        ("permalink: '/{year!s:>8}/{slug}/'", "'permalink' may only use {year}, {month}, {day}, {slug}"),
        ("permalink: '/{year[0]}/{slug}/'", "'permalink' may only use {year}, {month}, {day}, {slug}"),
        # CNAME holds a host name: GitHub Pages takes nothing else there
        ("domain: https://timeline.example.kr/", "'domain' must be a host name such as timeline.example.kr, not "),
        ("domain: timeline example.kr", "'domain' must be a host name such as timeline.example.kr, not "),
        ("domain: timeline.example.kr:8080", "'domain' must be a host name such as timeline.example.kr, not "),
    ],
)
def test_a_setting_no_page_can_hold_is_refused_with_its_line(empty_project: Path, line: str, message: str) -> None:
    """A space in the host would reach every feed's links; an empty theme was reported as a
    missing template; an empty title or language made `<title>` and `lang=""`."""
    first = "title: 제목" if line.startswith("base_url") else "base_url: http://127.0.0.1:8000/"
    (empty_project / "site.yaml").write_text(f"{first}\n{line}\n", encoding="utf-8")
    write_article(empty_project, "a.md", "title: 가\ndate: 2025-01-01")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"site.yaml:2: {message}" in proc.stderr
    assert not (empty_project / "public").exists()


@pytest.mark.parametrize("permalink", ["/{year}/{slug}.html", "/{slug}", "/{year}//{slug}/", "/{slug}/index.html"])
def test_a_permalink_that_names_no_folder_is_refused_with_its_line(empty_project: Path, permalink: str) -> None:
    (empty_project / "site.yaml").write_text(f"title: 제목\npermalink: '{permalink}'\n", encoding="utf-8")
    write_article(empty_project, "a.md", "title: 가\ndate: 2025-01-01")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "site.yaml:2: 'permalink' names a folder: it must end with '/'" in proc.stderr
    assert not (empty_project / "public").exists()


def test_template_edit_rewrites_only_files_whose_bytes_changed(empty_project: Path) -> None:
    _timeline_project(empty_project)
    cfg = config.load(empty_project)
    first = site.build(cfg)
    out = cfg.output_dir
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    (empty_project / "templates").mkdir()
    (empty_project / "templates" / "404.html").write_text(
        '{% extends "base.html" %}{% set canonical = "404.html" %}{% block main %}<p>새 404</p>{% endblock %}'
    )
    second = site.build(cfg, first.state)
    assert second.rendered == second.outputs  # a template changed: every page is rendered again
    assert second.written == 1  # but only the page whose bytes changed is written
    after = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    # ... and the marker, whose digest of the site's files names the new site.
    assert sorted(p.name for p in after if after[p] != before[p]) == [".ai-timeline-output", "404.html"]


@pytest.mark.parametrize(
    ("permalink", "file", "page"),
    [
        ("/{slug}/", "index.html", "static/index.html"),  # the page itself
        ("/{slug}/{year}/{month}/", "2025", "static/2025/01/index.html"),  # a file where a folder must be
    ],
)
def test_a_static_file_in_a_pages_place_is_an_error_and_its_removal_brings_the_page(
    empty_project: Path, permalink: str, file: str, page: str
) -> None:
    settings = empty_project / "site.yaml"
    kept = [line for line in settings.read_text(encoding="utf-8").splitlines() if not line.startswith("permalink:")]
    settings.write_text("\n".join([*kept, f"permalink: {permalink}"]) + "\n", encoding="utf-8")
    write_article(empty_project, "a.md", "title: 정적 파일과 같은 주소\ndate: 2025-01-01\nslug: static", "본문입니다.")
    assert run_cli("build", root=empty_project).returncode == 0
    built = empty_project / "public" / page
    assert "정적 파일과 같은 주소" in built.read_text(encoding="utf-8")
    (empty_project / "static").mkdir()
    (empty_project / "static" / file).write_text("STATIC\n", encoding="utf-8")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"static/{file}: takes the place of the page /{page} (the article content/articles/a.md)" in proc.stderr
    assert "정적 파일과 같은 주소" in built.read_text(encoding="utf-8")  # the old site stays
    (empty_project / "static" / file).unlink()
    assert run_cli("build", root=empty_project).returncode == 0
    assert "정적 파일과 같은 주소" in built.read_text(encoding="utf-8")


def test_a_full_build_makes_each_folder_of_the_new_site_once(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full build stages every file, and links it into the new shadow: one mkdir for each
    folder of each copy, none tried twice (0.1 ms a try on a slow file system, 113,000 files)."""
    _timeline_project(empty_project)
    made: list[str] = []
    real = os.mkdir

    def counted(path: str | os.PathLike[str], *args: object, **kwargs: object) -> None:
        if ".public.new-" in str(path):
            made.append(str(path))
        real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "mkdir", counted)
    build(empty_project, drafts=False)
    out = empty_project / "public"
    folders = [p for p in out.rglob("*") if p.is_dir()]
    # and the staging folder and the shadow's themselves
    assert len(folders) > 10 and len(made) == 2 * len(folders) + 2, (len(made), len(folders))


def _deleted(article: Path) -> None:
    article.unlink()


def _saved_again(article: Path) -> None:
    article.write_text(article.read_text(encoding="utf-8").replace("기사 0", "기사 영"), encoding="utf-8")


def _saved_in_another_encoding(article: Path) -> None:
    article.write_bytes(article.read_text(encoding="utf-8").encode("cp949"))  # (the next build says so)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (_deleted, "deleted or renamed while the site was built"),
        (_saved_again, "changed while the site was built"),
        (_saved_in_another_encoding, "changed while the site was built"),
    ],
)
def test_an_article_deleted_or_saved_while_the_site_builds_is_said_so(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch, jobs: int, edit: Callable[[Path], None], said: str
) -> None:
    """An editor deleting an article while the preview rebuilt was told the build 'cannot write' it;
    one saving it again had its new text on its own page, its old one in the lists naming it."""
    from site_builder import parallel

    for i in range(parallel.PARALLEL_MIN + 10):
        write_article(empty_project, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-02-{i % 28 + 1:02d}\ntags: [DeepSeek]")
    conf = config.load(empty_project)
    assert site.build_command(conf, jobs=jobs) == 0
    before = {p: p.read_bytes() for p in conf.output_dir.rglob("*") if p.is_file()}
    settings = empty_project / "site.yaml"  # every page renders again, each body read again
    settings.write_text(re.sub(r"(?m)^title: .*$", "title: 새 제목", settings.read_text(encoding="utf-8")), "utf-8")
    render = site.render_outputs

    def edited_first(*args: object, **kwargs: object) -> object:
        edit(empty_project / "content/articles/a0.md")  # after the build read its fields
        return render(*args, **kwargs)

    monkeypatch.setattr(site, "render_outputs", edited_first)
    with pytest.raises(site.SiteError) as raised:
        site.build_command(config.load(empty_project), jobs=jobs)
    problems = [str(problem) for problem in raised.value.problems]
    assert problems == [f"content/articles/a0.md: {said}; nothing in the output folder was changed: build again"]
    assert {p: p.read_bytes() for p in conf.output_dir.rglob("*") if p.is_file()} == before
    if edit is _saved_in_another_encoding:
        return
    # The next build reads the article as it is now.
    monkeypatch.setattr(site, "render_outputs", render)
    assert site.build_command(config.load(empty_project), jobs=jobs) == 0
    pages = "".join(p.read_text(encoding="utf-8") for p in conf.output_dir.rglob("*.html"))
    assert ("기사 영" in pages) is (edit is _saved_again)


def test_root_files_are_published_at_the_root_and_may_not_take_a_pages_place(empty_project: Path) -> None:
    """A search engine's verification file, ads.txt or .well-known/ must keep the address a
    service asks for: root_files/ publishes them there (static/ puts files under /static/), and
    an editor's or the system's scratch files are published from neither."""
    _timeline_project(empty_project)
    own = empty_project / "root_files"
    (own / ".well-known").mkdir(parents=True)
    (own / "google123.html").write_text("google-site-verification: google123.html\n", encoding="utf-8")
    (own / ".well-known" / "security.txt").write_text("Contact: a@example.com\n", encoding="utf-8")
    (empty_project / "static").mkdir()
    for scratch in (".DS_Store", "site.css.swp", "site.css~", "Thumbs.db"):
        (own / scratch).write_bytes(b"x")
        (empty_project / "static" / scratch).write_bytes(b"x")
    assert run_cli("build", root=empty_project).returncode == 0
    out = empty_project / "public"
    assert (out / "google123.html").read_text(encoding="utf-8").startswith("google-site-verification")
    assert (out / ".well-known" / "security.txt").is_file()
    assert not [p for p in out.rglob("*") if p.name in (".DS_Store", "site.css.swp", "site.css~", "Thumbs.db")]
    check = run_cli("check", root=empty_project)
    assert check.returncode == 0, check.stdout
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    # (The search index's parts and the output's marker too, which the build writes beside its pages.)
    taken_names = ("index.html", "tags/index.html", "static", "tags", "static/style.css/x")
    for taken in (*taken_names, "search/index.json", "search/docs-7.json", ".ai-timeline-output"):
        path = own / taken
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine\n", encoding="utf-8")
        proc = run_cli("build", root=empty_project)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        assert f"root_files/{taken}: the site makes a file or folder of this name itself" in proc.stderr
        assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
        top = own / taken.split("/")[0]
        shutil.rmtree(top) if top.is_dir() else top.unlink()


def test_a_users_file_in_the_output_is_pointed_to_root_files(empty_project: Path) -> None:
    """The advice for a file put in public/ by hand keeps its address: root_files/, not static/."""
    _timeline_project(empty_project)
    assert run_cli("build", root=empty_project).returncode == 0
    (empty_project / "public" / "google123.html").write_text("google-site-verification\n", encoding="utf-8")
    proc = run_cli("build", root=empty_project)
    assert "public/google123.html: not made by the build" in proc.stderr and "root_files/" in proc.stderr
    (empty_project / "root_files").mkdir()
    shutil.move(empty_project / "public" / "google123.html", empty_project / "root_files" / "google123.html")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 0 and "not made by the build" not in proc.stderr
    assert (empty_project / "public" / "google123.html").read_text(encoding="utf-8") == "google-site-verification\n"


def test_a_systems_scratch_file_in_the_output_is_not_pointed_to_root_files(empty_project: Path) -> None:
    """root_files/ passes over '.DS_Store' as every source folder does: the advice for one that
    Finder left in public/ is to delete it, not to move it there."""
    _timeline_project(empty_project)
    assert run_cli("build", root=empty_project).returncode == 0
    (empty_project / "public" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 0
    assert (
        "warning: public/.DS_Store: an editor's or the system's scratch file, not made by the build: "
        "kept and published as it is; delete it"
    ) in proc.stderr
    assert "root_files/" not in proc.stderr
