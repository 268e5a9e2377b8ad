"""Stories on the built site (issue 15, phase 2): one timeline entry and one feed entry per
story, a page per story, article pages linking to their story, and incremental builds that
equal clean ones when an article joins or leaves a story."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markupsafe import escape

from site_builder import config, site, stories, taxonomy
from tests.conftest import run_cli
from tests.test_build_identity import build, copy_project, differences
from tests.test_build_property import set_setting
from tests.test_stories import LAUNCH, WEBTOON, _stories, _write

STORY = "stories/a_yonhap/index.html"
# A fourth outlet on the launch, a day after the first: it joins the story.
LATER = (
    "2025-03-06T15:00:00+09:00",
    "지디넷코리아",
    "네이버, '하이퍼클로바X 2' 공개…한국어 성능 1위",
    "네이버가 초거대 AI 하이퍼클로바X 2를 공개했다. 한국어 성능이 가장 높다고 밝혔다.",
    "[Naver]",
)


@pytest.fixture
def launch(empty_project: Path) -> Path:
    for name, fields in LAUNCH.items():
        _write(empty_project, name, fields)
    _write(empty_project, "d_webtoon.md", WEBTOON)
    return empty_project


def page(public: Path, rel: str) -> str:
    return (public / rel).read_text(encoding="utf-8")


def card_titles(html: str) -> list[str]:
    return re.findall(r'class="card-title"><a href="[^"]*">([^<]*)</a>', html)


def story_box(html: str) -> str:
    """An article page's story box, '' when it has none."""
    box = re.search(r'<section class="related story-box".*?</section>', html, re.S)
    return box.group() if box else ""


def feed_titles(xml: str) -> list[str]:
    return re.findall(r"<entry>\s*<title>([^<]*)</title>", xml)


def title(fields: tuple[str, ...]) -> str:
    """An article's headline as the page writes it."""
    return str(escape(fields[2]))


def test_a_story_is_one_entry_that_opens_its_other_outlets(launch: Path) -> None:
    public = build(launch)
    home = page(public, "index.html")
    assert card_titles(home) == [title(WEBTOON), title(LAUNCH["a_yonhap.md"])]
    (more,) = re.findall(r'<details class="story-more">.*?</details>', home, re.S)
    assert "<summary>외 2개 매체</summary>" in more
    assert title(LAUNCH["b_etnews.md"]) in more and "전자신문" in more
    assert title(LAUNCH["c_hankyung.md"]) in more and "한국경제" in more
    assert 'href="/stories/a_yonhap/"' in more
    # The month's archive is a timeline too.
    assert card_titles(page(public, "archive/2025/03/index.html")) == card_titles(home)


def test_the_lead_of_reports_of_one_time_heads_the_story_everywhere(launch: Path) -> None:
    """Reports of the same time: the story orders them by file, and its lead (the story page's
    headline) is the one every timeline and feed shows for it."""
    a_time = LAUNCH["a_yonhap.md"][0]
    _write(launch, "b_etnews.md", (a_time, *LAUNCH["b_etnews.md"][1:]))
    (story,) = [s for s in _stories(launch) if len(s["members"]) > 1]
    assert story["lead"] == "content/articles/a_yonhap.md", story
    public = build(launch)
    lead = title(LAUNCH["a_yonhap.md"])
    assert f"<h1>{lead}</h1>" in page(public, STORY)
    for listing in ("index.html", "tags/naver/index.html", "archive/2025/03/index.html"):
        assert lead in card_titles(page(public, listing)), listing
    for feed in ("atom.xml", "tags/naver/atom.xml"):
        assert lead in feed_titles(page(public, feed)), feed


def test_tag_pages_show_a_story_once_under_an_article_with_the_tag(launch: Path) -> None:
    public = build(launch)
    naver = page(public, "tags/naver/index.html")
    assert card_titles(naver) == [title(WEBTOON), title(LAUNCH["a_yonhap.md"])]
    assert "기사 <strong>4</strong>건" in naver  # the count is of articles, not of entries
    assert card_titles(page(public, "tags/llm/index.html")) == [title(LAUNCH["a_yonhap.md"])]


def article_links(html: str) -> list[str]:
    """The article pages a listing links to, in order: a card's headline and the story's other
    articles listed under it (not the links of the box that opens the other outlets)."""
    cards = re.findall(r'<article class="card".*?</article>', html, re.S)
    listed = (re.sub(r'<details class="story-more">.*?</details>', "", card, flags=re.S) for card in cards)
    return [url for card in listed for url in re.findall(r'href="(/\d{4}/[^"]+)"', card)]


def test_a_month_and_a_tag_list_every_article_they_count(launch: Path) -> None:
    """A story is one card, and the story's other articles of the month or tag are listed under
    it: a member was on no month or tag page (the archive's promise: every month lists all its
    articles), while the page counted it."""
    public = build(launch)
    urls = sorted(f"/{p.parent.relative_to(public).as_posix()}/" for p in public.glob("2025/03/*/*/index.html"))
    assert len(urls) == 4  # the story's three articles and the webtoon's
    month = page(public, "archive/2025/03/index.html")
    assert sorted(article_links(month)) == urls
    assert '<span class="count">4</span>' in page(public, "archive/2025/index.html")
    naver = page(public, "tags/naver/index.html")
    assert sorted(article_links(naver)) == urls
    assert "기사 <strong>4</strong>건" in naver
    assert title(LAUNCH["b_etnews.md"]) in naver and title(LAUNCH["c_hankyung.md"]) in naver


def test_feeds_have_one_entry_per_story_linking_to_its_page(launch: Path) -> None:
    """The story's entry is its first report, dated by its last (c_hankyung, the next morning):
    a report joining a story brings its entry up, where a feed reader sees it."""
    public = build(launch)
    last = LAUNCH["c_hankyung.md"][0]
    for feed in ("atom.xml", "tags/naver/atom.xml"):
        xml = page(public, feed)
        assert feed_titles(xml) == [title(LAUNCH["a_yonhap.md"]), title(WEBTOON)], feed
        assert '<link rel="related" type="text/html" href="http://127.0.0.1:8000/stories/a_yonhap/"' in xml
        entry = xml[xml.index("<entry>") : xml.index("</entry>")]
        assert f"<published>{LAUNCH['a_yonhap.md'][0]}</published>" in entry
        assert f"<updated>{last}</updated>" in entry
        assert xml.index(f"<updated>{last}</updated>") < xml.index("<entry>")  # the feed's own


def test_a_report_joining_an_old_story_reaches_a_short_feed(launch: Path) -> None:
    """With one entry a feed, the story a new report joins, not the newer article it outdates."""
    set_setting(launch, "feed_size", "1")
    _write(launch, "e_later.md", LATER)
    public = build(launch)
    xml = page(public, "atom.xml")
    assert feed_titles(xml) == [title(LAUNCH["a_yonhap.md"])]
    assert f"<updated>{LATER[0]}</updated>" in xml
    assert run_cli("check", root=launch).returncode == 0


def test_story_page_lists_coverage_in_time_order_with_headlines_and_ledes(launch: Path) -> None:
    public = build(launch)
    story = page(public, STORY)
    assert card_titles(story) == [title(LAUNCH[name]) for name in ("a_yonhap.md", "b_etnews.md", "c_hankyung.md")]
    for _, publisher, _, lede, _ in LAUNCH.values():
        assert f'<span class="publisher">{publisher}</span>' in story
        assert f'<p class="card-summary">{escape(lede)}</p>' in story
    assert "stories/" not in page(public, "2025/03/05/d_webtoon/index.html")  # no story, no link
    assert "http://127.0.0.1:8000/stories/a_yonhap/" in page(public, "sitemap.xml")


def test_article_pages_link_to_their_story(launch: Path) -> None:
    public = build(launch)
    article = page(public, "2025/03/05/b_etnews/index.html")
    box = story_box(article)
    assert box
    assert 'href="/stories/a_yonhap/">보도 3건 모아 보기' in box
    assert title(LAUNCH["a_yonhap.md"]) in box and title(LAUNCH["b_etnews.md"]) not in box


def test_a_large_story_lists_the_coverage_nearest_each_article_and_counts_it_all(
    empty_project: Path, tmp_path: Path
) -> None:
    """Cards and article pages list at most STORY_SHOWN other articles (the story's page lists
    all): every member listing every other grows as the square of the story's size."""
    size = taxonomy.STORY_SHOWN + 4
    for i in range(size):
        fields = (f"2025-03-05T{10 + i:02d}:00:00+09:00", f"매체{i}", f"보도 제목 {i}", f"요약 {i}.", "[Naver]")
        _write(empty_project, f"m{i}.md", fields, "story: big\n")
    public = build(empty_project)
    story = page(public, "stories/big/index.html")
    assert sorted(card_titles(story)) == sorted(f"보도 제목 {i}" for i in range(size))

    middle = page(public, "2025/03/05/m4/index.html")
    box = story_box(middle)
    assert re.findall(r">보도 제목 (\d+)<", box) == ["3", "5", "6"]  # the nearest, oldest first
    assert f"보도 {size}건 모아 보기" in box
    first = page(public, "2025/03/05/m0/index.html")
    box = story_box(first)
    assert re.findall(r">보도 제목 (\d+)<", box) == ["1", "2", "3"]

    (more,) = re.findall(r'<details class="story-more">.*?</details>', page(public, "index.html"), re.S)
    assert f"<summary>외 {size - 1}개 매체</summary>" in more
    assert len(re.findall(r"<li>", more)) == taxonomy.STORY_SHOWN
    assert re.search(f'href="[^"]*/stories/big/" title="외 {size - 1}개 매체"', page(public, "atom.xml"))

    # A member's new title re-renders the pages that list it, and only those show it.
    _write(
        empty_project, "m8.md", ("2025-03-05T18:00:00+09:00", "매체8", "새 제목", "요약 8.", "[Naver]"), "story: big\n"
    )
    public = build(empty_project)
    assert "새 제목" in page(public, "2025/03/05/m6/index.html") and "새 제목" not in page(
        public, "2025/03/05/m0/index.html"
    )
    assert differences(public, build(copy_project(empty_project, tmp_path / "clean"), "--no-cache")) == []


def test_a_site_with_stories_passes_the_checker(launch: Path) -> None:
    build(launch)
    result = run_cli("check", root=launch)
    assert result.returncode == 0, result.stdout + result.stderr


def test_stories_off_gives_every_article_its_own_entry(launch: Path) -> None:
    set_setting(launch, "stories", "false")
    public = build(launch)
    assert len(card_titles(page(public, "index.html"))) == 4
    assert not (public / "stories").exists()
    assert "stories/" not in page(public, "atom.xml")


def test_a_fourth_article_joins_keeping_the_url_and_equals_a_clean_build(launch: Path, tmp_path: Path) -> None:
    public = build(launch)
    before = page(public, STORY)
    _write(launch, "e_zdnet.md", LATER)
    public = build(launch)
    story = page(public, STORY)
    assert story != before and title(LATER) in story
    assert card_titles(story)[-1] == title(LATER)  # the newest report comes last
    assert "<summary>외 3개 매체</summary>" in page(public, "index.html")
    assert "외 3개 매체 보도 모아 보기" in page(public, "tags/naver/index.html")  # a compact card links the story
    assert 'href="/stories/a_yonhap/">보도 4건 모아 보기' in page(public, "2025/03/05/b_etnews/index.html")
    assert differences(public, build(copy_project(launch, tmp_path / "clean"), "--no-cache")) == []


def test_leaving_a_story_rebuilds_exactly(launch: Path, tmp_path: Path) -> None:
    build(launch)
    _write(launch, "b_etnews.md", LAUNCH["b_etnews.md"], "story: none\n")
    public = build(launch)
    home = page(public, "index.html")
    assert title(LAUNCH["b_etnews.md"]) in card_titles(home)
    assert "<summary>외 1개 매체</summary>" in home
    assert "stories/" not in page(public, "2025/03/05/b_etnews/index.html")
    assert differences(public, build(copy_project(launch, tmp_path / "clean"), "--no-cache")) == []


def test_a_headline_edit_that_breaks_a_story_removes_its_page(launch: Path, tmp_path: Path) -> None:
    """Grouping reads headlines, which decide no URL, date or tag: the plan must still change."""
    build(launch)
    unrelated = {
        "b_etnews.md": ("반도체 수출 석 달째 감소", "반도체 수출이 줄었다."),
        "c_hankyung.md": ("새 대표 선임", "이사회가 새 대표를 뽑았다."),
    }
    for name, (headline, lede) in unrelated.items():
        _write(launch, name, (*LAUNCH[name][:2], headline, lede, LAUNCH[name][4]))  # tags kept
    public = build(launch)
    assert not (public / STORY).exists()
    assert len(card_titles(page(public, "index.html"))) == 4
    assert differences(public, build(copy_project(launch, tmp_path / "clean"), "--no-cache")) == []


def test_only_an_edit_of_what_grouping_reads_groups_again(
    launch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Grouping a large site takes seconds, so a build groups again only when what it reads
    changed (stories.inputs): not for a third tag, yes for the first two, which decide the
    pairs compared. Either way the site equals a clean build."""
    calls: list[int] = []
    group = stories.group
    monkeypatch.setattr(stories, "group", lambda *args: calls.append(1) or group(*args))
    live = config.load(launch)
    state = site.build(live).state
    steps = [
        ("a_yonhap.md", "[Naver, LLM, Samsung]", False),  # a third tag: grouping does not read it
        ("b_etnews.md", "[Samsung, Meta, Naver]", True),  # Naver no longer central: it leaves the story
        ("a_yonhap.md", "[Naver, LLM]", False),
    ]
    for n, (name, tags, regroups) in enumerate(steps):
        _write(launch, name, (*LAUNCH[name][:4], tags))
        calls.clear()
        state = site.build(live, state).state
        assert bool(calls) == regroups, (name, tags)
        clean = config.load(launch, {"output": str(tmp_path / f"clean{n}")})
        site.build(clean)
        assert differences(live.output_dir, clean.output_dir) == [], (name, tags)
    assert "b_etnews" not in page(live.output_dir, STORY) and "c_hankyung" in page(live.output_dir, STORY)


def test_reordered_tags_reach_a_story_page_that_renders_later(launch: Path, tmp_path: Path) -> None:
    """A story page lists its members' tags in their order. Reordering one member's tags makes
    the plan again with a page whose context differs only in that order: the plan saved must hold
    the new context, which a later edit of another member renders (each build its own process)."""
    build(launch)
    _write(launch, "a_yonhap.md", (*LAUNCH["a_yonhap.md"][:4], "[LLM, Naver]"))
    build(launch)
    b = LAUNCH["b_etnews.md"]
    _write(launch, "b_etnews.md", (b[0], "전자신문 온라인", *b[2:]))
    public = build(launch)
    assert differences(public, build(copy_project(launch, tmp_path / "clean"), "--no-cache")) == []
