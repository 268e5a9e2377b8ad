"""Issue 14, reader experience: what the built pages say about sources, repetition, milestones,
feeds, tags, archives, pagination and share images. Read from the HTML a reader receives."""

from __future__ import annotations

import re
import shutil
import struct
import time
from pathlib import Path

import pytest

from site_builder import config, share, site, yamlio
from site_builder.errors import SiteError
from tests.conftest import REPO, differences, run_cli, write_article
from tests.test_theme import make_theme_project, read

ESTIMATED = (
    "title: 중국, 딥시크 띄우기 한창\ndate: 2025-01-21\npublisher: AI타임스\nauthor: 임소영 기자\n"
    "tags: [DeepSeek, 화웨이]\nsummary: 중국의 딥시크 띄우기가 한창입니다.\n"
    "date_source: 'text: 21일 + deepseek-r1-release'"
)
ESTIMATED_BODY = "".join(f"문단 {i}번입니다. 딥시크 이야기가 이어집니다.\n\n" for i in range(1, 7))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The theme project, plus an article whose date ingest inferred and whose tag is not in tags.yaml."""
    root = make_theme_project(tmp_path_factory.mktemp("reader") / "site")
    write_article(root, "guess.md", ESTIMATED, ESTIMATED_BODY)
    write_article(
        root,
        "printed.md",
        "title: 인쇄된 날짜\ndate: 2025-01-22T09:00:00+09:00\ntags: [OpenAI]\n"
        "date_source: \"byline '입력 2025.01.22 09:00'\"\nsummary: 오픈AI가 새 요금제를 내놓았다.",
        "오픈AI가 새 요금제를 내놓았다. 가격은 그대로다.\n\n둘째 문단.\n",
    )
    return root


@pytest.fixture(scope="module")
def built(project: Path) -> config.Config:
    cfg = config.load(project)
    site.build(cfg)
    return cfg


def card(html: str, title: str) -> str:
    start = html.rindex('<article class="card"', 0, html.index(f">{title}</a>"))
    return html[start : html.index("</article>", start)]


# -- 2. where things come from ---------------------------------------------------------------


def test_an_inferred_date_is_marked_estimated_with_its_evidence(built: config.Config) -> None:
    home = read(built, "index.html")
    guessed = card(home, "중국, 딥시크 띄우기 한창")
    # The evidence names the milestone by its title, not ingest's slug.
    assert (
        '<span class="estimated" title="날짜 추정 근거: 본문의 ‘21일’, '
        '주요 사건 ‘딥시크, 추론 모델 R1 공개’">추정</span>' in guessed
    )
    assert "추정" not in card(home, "인쇄된 날짜") and "추정" not in card(home, "반도체주 급락, 시가총액 증발")
    page = read(built, "2025/01/21/guess/index.html")
    note = re.search(r'<p class="date-note"[^>]*>(.*?)</p>', page).group(1)
    assert "추정" in note and "21일" in note and "딥시크, 추론 모델 R1 공개" in note
    assert 'class="date-note"' not in read(built, "2025/01/22/printed/index.html")


def test_every_article_says_where_it_comes_from(built: config.Config) -> None:
    linked = read(built, "2025/01/20/r1/index.html")
    assert (
        '<dt>출처</dt><dd><a class="outlet" href="https://www.aitimes.com/news/articleView.html?idxno=1" '
        'rel="noopener">AI타임스</a></dd>'
    ) in linked
    assert "<dt>출처</dt><dd>AI타임스</dd>" in read(built, "2025/01/21/guess/index.html")  # no source_url
    assert "<dt>출처</dt><dd>적히지 않음</dd>" in read(built, "2025/01/22/printed/index.html")  # nothing known


def test_excerpt_setting_shows_summary_first_paragraphs_and_a_link_to_the_original(
    project: Path, tmp_path: Path
) -> None:
    cfg = config.load(project, {"article_body": "excerpt", "output": str(tmp_path / "out")})
    site.build(cfg)
    page = read(cfg, "2025/01/21/guess/index.html")
    body = page[page.index('<div class="article-body">') : page.index('<footer class="article-footer">')]
    assert "문단 3번" in body and "문단 4번" not in body
    assert "기사 전문은 AI타임스에서 볼 수 있습니다." in body  # no source_url to link to
    linked = read(cfg, "2025/01/20/r1/index.html")
    assert (
        '<a href="https://www.aitimes.com/news/articleView.html?idxno=1" rel="noopener">AI타임스에서 기사 전문 읽기 →'
        in linked
    )
    assert '<p class="article-summary">딥시크가 오픈 소스 추론 모델을 내놓았다.</p>' in linked


def test_full_body_is_the_default(built: config.Config) -> None:
    page = read(built, "2025/01/21/guess/index.html")
    assert "문단 6번" in page and 'class="read-original"' not in page


def test_articles_older_than_full_text_show_an_excerpt_and_a_new_article_moves_the_line(
    project: Path, tmp_path: Path
) -> None:
    """Pages and search index alike, built again in another process after a newer article comes:
    the article it pushes past the newest `full_text` becomes an excerpt, as a clean build has it."""
    root = tmp_path / "site"
    shutil.copytree(project, root)
    with (root / "site.yaml").open("a", encoding="utf-8") as f:
        f.write("full_text: 6\n")  # of 8 articles: 'guess', of six paragraphs, is the sixth newest
    built = run_cli("build", root=root)
    assert built.returncode == 0, built.stderr
    assert "2 articles older than the newest 6 show an excerpt" in built.stdout
    out = root / "public"

    def body(rel: str) -> str:
        page = (out / rel / "index.html").read_text(encoding="utf-8")
        return page[page.index('<div class="article-body">') : page.index('<footer class="article-footer">')]

    def indexed() -> str:
        return "".join(p.read_text(encoding="utf-8") for p in sorted((out / "search").rglob("*.json")))

    assert "문단 6번" in body("2025/01/21/guess") and 'class="read-original"' not in body("2025/01/21/guess")
    assert "6번" in indexed()
    assert 'class="read-original"' in body("2025/01/20/r1")  # the seventh

    write_article(root, "later.md", "title: 새 기사\ndate: 2025-02-05T09:00:00+09:00\ntags: [OpenAI]", "새 소식.\n")
    again = run_cli("build", root=root)
    assert again.returncode == 0, again.stderr
    guess = body("2025/01/21/guess")
    assert "문단 3번" in guess and "문단 4번" not in guess and 'class="read-original"' in guess
    assert "3번" in indexed() and "6번" not in indexed()  # the search finds no more than the page shows
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("public", ".*"))
    assert run_cli("build", "--no-cache", root=clean).returncode == 0
    assert differences(out, clean / "public") == []


def test_drafts_shown_in_the_preview_do_not_move_the_full_text_line(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The preview shows drafts; the published site does not. Ranks count published articles
    only, so a newer draft leaves the sixth newest in full, in its page and in the search, as the
    site will have it. The command line's count is of the articles shown as excerpts."""
    root = tmp_path / "site"
    shutil.copytree(project, root)
    with (root / "site.yaml").open("a", encoding="utf-8") as f:
        f.write("full_text: 6\n")  # of 8 articles: 'guess', of six paragraphs, is the sixth newest
    for n in (1, 2):
        front = f"title: 초안 {n}\ndate: 2025-03-0{n}T09:00:00+09:00\ndraft: true"
        write_article(root, f"draft{n}.md", front, "초안.\n")
    built = run_cli("build", "--drafts", root=root)
    assert built.returncode == 0, built.stderr
    assert "2 articles older than the newest 6 show an excerpt" in built.stdout
    out = root / "public"
    guess = (out / "2025/01/21/guess/index.html").read_text(encoding="utf-8")
    assert "문단 6번" in guess and 'class="read-original"' not in guess
    assert 'class="read-original"' in (out / "2025/01/20/r1/index.html").read_text(encoding="utf-8")
    assert "6번" in "".join(p.read_text(encoding="utf-8") for p in (out / "search").rglob("*.json"))
    # With nothing to do, the count is the one the last build left. (The clock goes forward: a
    # file read just after its save is read again, content.RACY_NS, and would spare no build.)
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + 120 * 10**9)
    for _ in range(2):
        assert site.build_command(config.load(root, {"drafts": True})) == 0
        said = capsys.readouterr().out
        assert "2 articles older than the newest 6 show an excerpt" in said and "0 rendered" in said


def test_full_text_zero_is_every_article_as_an_excerpt_of_about_300_characters(project: Path, tmp_path: Path) -> None:
    """An excerpt is its first paragraphs up to about 300 characters, at most three: an outlet
    writing long paragraphs shows fewer of them, and a first paragraph is shown however long."""
    root = tmp_path / "site"
    shutil.copytree(project, root)
    sentence = "엔비디아가 새 칩을 내놓으며 데이터센터 시장의 판도가 바뀌고 있다는 분석이 나온다. "  # 47 characters
    paragraphs = "".join(f"{i}문단. {sentence * 3}\n\n" for i in range(1, 5))
    write_article(root, "long.md", "title: 긴 문단\ndate: 2025-01-10", paragraphs)
    write_article(root, "huge.md", "title: 한 문단\ndate: 2025-01-11", f"{sentence * 12}\n\n둘째 문단.\n")
    cfg = config.load(root, {"full_text": 0})
    site.build(cfg)
    assert 'class="read-original"' in read(cfg, "2025/02/01/o3/index.html")
    long = read(cfg, "2025/01/10/long/index.html")
    assert "1문단." in long and "2문단." in long and "3문단." not in long
    huge = read(cfg, "2025/01/11/huge/index.html")
    assert (sentence * 12).strip() in huge and "둘째 문단" not in huge


def test_an_article_template_of_the_sites_own_that_ignores_excerpt_is_searched_as_it_shows(
    project: Path, tmp_path: Path
) -> None:
    """An article.html written before full_text shows every article in full: the search must find
    all it shows, and the build says why full_text does nothing rather than count excerpts."""
    root = tmp_path / "site"
    shutil.copytree(project, root)
    shipped = (REPO / "themes" / "default" / "templates" / "article.html").read_text(encoding="utf-8")
    (root / "templates").mkdir()
    (root / "templates" / "article.html").write_text(
        shipped.replace("{% if excerpt %}", "{% if site.article_body == 'excerpt' %}"), encoding="utf-8"
    )
    with (root / "site.yaml").open("a", encoding="utf-8") as f:
        f.write("full_text: 0\n")
    built = run_cli("build", root=root)
    assert built.returncode == 0, built.stderr
    assert "templates/article.html does not read 'excerpt'" in built.stderr and "show an excerpt" not in built.stdout
    assert "문단 6번" in (root / "public" / "2025/01/21/guess/index.html").read_text(encoding="utf-8")
    assert "6번" in "".join(p.read_text(encoding="utf-8") for p in (root / "public" / "search").rglob("*.json"))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("full_text: -1", "site.yaml:2: 'full_text' must be 0 or more"),
        ("full_text: all", "site.yaml:2: 'full_text' must be a whole number, not 'all'"),
        ("article_body: summary", "site.yaml:2: 'article_body' must be full or excerpt, not 'summary'"),
        ("feed_size: 0", "site.yaml:2: 'feed_size' must be at least 1"),
        ("share_images: yes please", "site.yaml:2: 'share_images' must be a whole number"),
        ("share_images: -1", "site.yaml:2: 'share_images' must be 0 or more"),
        ("feed_size: 5\nfeed_size: 7", "site.yaml:3: 'feed_size' is given twice; keep one"),
    ],
)
def test_new_settings_are_validated_with_the_line(tmp_path: Path, line: str, message: str) -> None:
    (tmp_path / "site.yaml").write_text(f"title: 시험\n{line}\n", encoding="utf-8")
    with pytest.raises(SiteError) as caught:
        config.load(tmp_path)
    assert any(str(p).startswith(message) for p in caught.value.problems), caught.value.problems


# -- 3. no repetition ------------------------------------------------------------------------


def test_summary_box_only_when_it_differs_from_the_first_paragraph(built: config.Config) -> None:
    # printed.md's summary is its first sentence: no box. r1's summary says something else: a box.
    assert 'class="article-summary"' not in read(built, "2025/01/22/printed/index.html")
    assert '<p class="article-summary">딥시크가 오픈 소스 추론 모델을 내놓았다.</p>' in read(
        built, "2025/01/20/r1/index.html"
    )


def test_a_card_never_repeats_its_title_as_its_summary(built: config.Config) -> None:
    home = read(built, "index.html")
    assert 'class="card-summary"' not in card(home, "중국, 딥시크 띄우기 한창")  # 중국의 딥시크 띄우기가 한창입니다.
    assert '<p class="card-summary">저비용 모델 충격에 미국 증시가 흔들렸다.</p>' in card(
        home, "반도체주 급락, 시가총액 증발"
    )


# -- 4. milestones in proportion -------------------------------------------------------------

MANY_MILESTONES = "".join(
    f"- date: {year}-{month:02d}-15\n  slug: event-{year}-{month}\n  title: 사건 {year}년 {month}월\n  tags: [OpenAI]\n"
    for year in (2023, 2024, 2025, 2026)
    for month in range(1, 13)
)


def test_milestones_show_only_within_the_pages_articles_and_the_site_opens_on_articles(tmp_path: Path) -> None:
    root = make_theme_project(tmp_path / "site")
    (root / "content/milestones.yaml").write_text(MANY_MILESTONES, encoding="utf-8")
    cfg = config.load(root, {"page_size": 3})
    site.build(cfg)
    home = read(cfg, "index.html")
    # Page 1 lists 2025-01-27 … 2025-02-01: no event of the 15th falls within, and none of the
    # 40 later ones pushes its articles down.
    timeline = home[home.index('<div class="timeline"') :]
    assert 'class="card"' in timeline and "사건 " not in timeline
    # Page 2 lists 2024-12-10 … 2025-01-25, and takes the days up to page 1's oldest article.
    second = read(cfg, "page/2/index.html")
    assert re.findall(r"<p class=\"milestone-title\">(사건 [^<]+)</p>", second) == [
        "사건 2025년 1월",
        "사건 2024년 12월",
    ]


def test_tag_pages_and_archive_months_show_their_milestones(built: config.Config) -> None:
    assert "딥시크, 추론 모델 R1 공개" in read(built, "tags/deepseek/index.html")
    assert "딥시크, 추론 모델 R1 공개" not in read(built, "tags/nvidia/index.html")
    month = read(built, "archive/2025/01/index.html")
    assert "딥시크, 추론 모델 R1 공개" in month
    assert "딥시크, 추론 모델 R1 공개" not in read(built, "archive/2024/12/index.html")
    # The month's name is the H1 alone, not again as an H2 over the list.
    assert month.count("2025년 1월</h") == 1
    assert '<a class="older" rel="prev" href="/archive/2024/12/">' in month
    assert '<a class="newer" rel="next" href="/archive/2025/02/">' in month


# -- 6. polish --------------------------------------------------------------------------------


def test_feeds_are_capped_and_carry_korean_labels(project: Path, tmp_path: Path) -> None:
    cfg = config.load(project, {"feed_size": 2, "output": str(tmp_path / "out")})
    site.build(cfg)
    feed = read(cfg, "atom.xml")
    assert feed.count("<entry>") == 2
    assert '<category term="딥시크"/>' in feed and 'term="DeepSeek"' not in feed
    assert read(cfg, "tags/deepseek/atom.xml").count("<entry>") == 2
    assert read(config.load(project), "atom.xml").count("<entry>") == 8  # default 50 holds all 8


def test_tag_index_is_sorted_by_count_and_lists_undefined_tags_as_written(built: config.Config) -> None:
    tags = read(built, "tags/index.html")
    companies = tags[tags.index("<h2>기업") : tags.index("</section>", tags.index("<h2>기업"))]
    order = re.findall(r'<a href="/tags/[^"]+/">([^<]+)</a>', companies)
    assert order == ["딥시크", "오픈AI", "엔비디아"]  # 5, 4, 3 articles
    assert '<button type="button" data-sort="name" aria-pressed="false">가나다순</button>' in tags
    undefined = tags[tags.index("<h2>미분류") :]
    assert '<a href="/tags/화웨이/">화웨이</a>' in undefined[: undefined.index("</section>")]
    assert "미분류" in read(built, "tags/화웨이/index.html")


def test_undefined_tag_warns(project: Path, tmp_path: Path) -> None:
    result = site.build(config.load(project, {"output": str(tmp_path / "out")}))
    assert any("tag '화웨이' is not defined" in p.message for p in result.warnings)


def test_bylines_do_not_double_the_word_reporter(built: config.Config) -> None:
    page = read(built, "2025/01/21/guess/index.html")
    assert "<dt>기자</dt><dd>임소영</dd>" in page and "임소영 기자" not in page


def test_pagination_is_numbered_with_the_current_page_marked(tmp_path: Path) -> None:
    root = make_theme_project(tmp_path / "site")
    cfg = config.load(root, {"page_size": 1})
    site.build(cfg)
    third = read(cfg, "page/3/index.html")
    nav = third[third.index('<nav class="pagination"') : third.index("</nav>", third.index('<nav class="pagination"'))]
    assert '<a href="/page/3/" aria-current="page" aria-label="3쪽, 현재 쪽">3</a>' in nav
    assert '<a href="/" aria-label="1쪽">1</a>' in nav and '<a href="/page/6/" aria-label="6쪽">6</a>' in nav
    assert "쪽</span>" not in nav  # no more '3 / 6쪽'


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_every_article_has_a_share_image_redrawn_only_when_its_headline_changes(tmp_path: Path) -> None:
    root = make_theme_project(tmp_path / "site")
    cfg = config.load(root)
    first = site.build(cfg)
    image = cfg.output_dir / "2025/01/20/r1/share.png"
    assert png_size(image.read_bytes()) == (1200, 630)
    page = read(cfg, "2025/01/20/r1/index.html")
    assert f'<meta property="og:image" content="{cfg.absolute_url("2025/01/20/r1/share.png")}">' in page
    assert '<meta property="og:image:width" content="1200">' in page

    again = site.build(cfg, first.state)
    assert again.rendered == 0  # a rebuild with no change draws nothing

    before = image.read_bytes()
    body_only = root / "content/articles/r1.md"
    body_only.write_text(body_only.read_text(encoding="utf-8") + "\n한 문장 더.\n", encoding="utf-8")
    third = site.build(cfg, again.state)
    assert image.read_bytes() == before and "2025/01/20/r1/share.png" not in _changed(again, third)

    body_only.write_text(body_only.read_text(encoding="utf-8").replace("R1 출시", "R1 정식 출시"), encoding="utf-8")
    fourth = site.build(cfg, third.state)
    assert image.read_bytes() != before and "2025/01/20/r1/share.png" in _changed(third, fourth)


def test_a_share_image_is_drawn_whatever_line_breaks_its_names_hold(tmp_path: Path) -> None:
    """Pillow's layout fails on U+2029, U+0085, '\\r' and the separators U+001C-U+001E, which a
    publisher or a site's title may hold: the image draws them as spaces, the build goes on."""
    root = make_theme_project(tmp_path / "site")
    article = root / "content/articles/r1.md"
    text = re.sub(r"(?m)^publisher:.*\n", "", article.read_text(encoding="utf-8"))
    article.write_text(
        text.replace("---\n", '---\npublisher: "전자\\u2029신문\\r\\x1c가상\\x85일보"\n', 1), encoding="utf-8"
    )
    cfg = config.load(root, {"title": "AI \u2029타임라인"})
    site.build(cfg)
    assert png_size((cfg.output_dir / "2025/01/20/r1/share.png").read_bytes()) == (1200, 630)


def _changed(old: site.BuildResult, new: site.BuildResult) -> set[str]:
    return {p for p, h in new.state.hashes.items() if old.state.hashes.get(p) != h}


def test_share_images_can_be_turned_off_and_a_missing_font_is_a_clear_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_theme_project(tmp_path / "site")
    off = config.load(root, {"share_images": 0, "output": str(tmp_path / "off")})
    site.build(off)
    assert not list(off.output_dir.rglob("*.png"))
    assert "og:image" not in read(off, "2025/01/20/r1/index.html")
    # Without the font the site is still built (the quick start must work on any machine),
    # without images, and the build says what to install.
    monkeypatch.setattr(share, "SYSTEM_FONTS", tmp_path / "no-fonts")
    on = config.load(root, {"output": str(tmp_path / "on")})
    warnings = [str(w) for w in site.build(on).warnings]
    assert not list(on.output_dir.rglob("*.png"))
    assert "og:image" not in read(on, "2025/01/20/r1/index.html")
    assert any("apt-get install fonts-nanum" in w and "share_images: 0" in w for w in warnings), warnings


def test_a_broken_yaml_quote_is_reported_where_it_opens() -> None:
    text = 'title: "깨진 따옴표\ndate: 2025-01-01\nsummary: 요약\ntags: [DeepSeek]\n'
    _, problem = yamlio.parse(text, "content/articles/x.md", first_line=2)
    assert problem is not None and problem.line == 2
    assert "opens on this line and is never closed" in problem.message


def test_share_images_are_drawn_for_the_newest_articles_only(tmp_path: Path) -> None:
    """`share_images: N` draws the newest N; older pages carry no og:image and no PNG."""
    root = make_theme_project(tmp_path / "site")
    cfg = config.load(root, {"share_images": 1, "output": str(tmp_path / "out")})
    site.build(cfg)
    pages = sorted(p for p in cfg.output_dir.rglob("index.html") if (p.parent / share.FILE).exists())
    articles = [
        p for p in cfg.output_dir.rglob("index.html") if 'property="og:type" content="article"' in p.read_text()
    ]
    assert len(pages) == 1 and len(articles) > 1
    assert len(list(cfg.output_dir.rglob("*.png"))) == 1
    with_image = [p for p in articles if "og:image" in p.read_text()]
    assert with_image == pages


def test_a_draft_in_the_preview_takes_no_share_image_from_a_published_article(tmp_path: Path) -> None:
    """The newest published article gets its share image in the preview too, however many newer
    drafts the preview shows: the line is drawn among published articles, as on the site."""
    root = make_theme_project(tmp_path / "site")
    write_article(root, "draft.md", "title: 초안\ndate: 2025-03-01T09:00:00+09:00\ndraft: true", "초안.\n")

    def with_image(drafts: bool) -> set[str]:
        """The pages with a share image that name it as their og:image."""
        cfg = config.load(root, {"share_images": 1, "drafts": drafts, "output": str(tmp_path / str(drafts))})
        site.build(cfg)
        drawn = {p.parent for p in cfg.output_dir.rglob(share.FILE)}
        return {str(d.relative_to(cfg.output_dir)) for d in drawn if "og:image" in (d / "index.html").read_text()}

    published = with_image(False)
    assert len(published) == 1
    assert published < with_image(True)  # and the draft, newest of all, has one in the preview


def test_an_update_of_a_day_alone_is_shown_without_a_time_and_one_before_the_date_is_refused(
    empty_project: Path,
) -> None:
    write_article(empty_project, "a.md", "title: 수정된 기사\ndate: 2025-01-30T15:00:00+09:00\nupdated: 2025-01-31")
    # (Of one time and alike, the two would be one story, led by a.md: b.md has the feed's entry of its own.)
    write_article(
        empty_project, "b.md", "title: 같은 날 수정\ndate: 2025-01-30T15:00:00+09:00\nupdated: 2025-01-30\nstory: none"
    )
    cfg = config.load(empty_project)
    site.build(cfg)
    page = (cfg.output_dir / "2025" / "01" / "30" / "a" / "index.html").read_text(encoding="utf-8")
    assert '<dt>수정</dt><dd><time datetime="2025-01-31T00:00:00+09:00">2025년 1월 31일</time>' in page
    assert '<dt>입력</dt><dd><time datetime="2025-01-30T15:00:00+09:00">2025년 1월 30일 15:00</time>' in page
    # Never updated, an article gives its date once, above its headline: no 입력 without a 수정.
    write_article(empty_project, "d.md", "title: 그대로\ndate: 2025-01-29T10:00:00+09:00")
    site.build(cfg)
    plain = (cfg.output_dir / "2025" / "01" / "29" / "d" / "index.html").read_text(encoding="utf-8")
    main = plain[plain.index("<main") : plain.index("</main>")]
    assert main.count("2025년 1월 29일") == 1 and "<dt>입력</dt>" not in main and 'class="article-kicker"' in main
    # Updated that same day, as a day: never before it was published, in the feed or the sitemap.
    feed = (cfg.output_dir / "atom.xml").read_text(encoding="utf-8")
    entry = feed[feed.index("<title>같은 날 수정</title>") : feed.index("</entry>", feed.index("같은 날 수정"))]
    assert "<updated>2025-01-30T15:00:00+09:00</updated>" in entry
    assert "<lastmod>2025-01-30T00:00:00+09:00</lastmod>" not in (cfg.output_dir / "sitemap.xml").read_text()
    write_article(
        empty_project, "c.md", "title: 거꾸로\ndate: 2025-01-30T15:00:00+09:00\nupdated: 2025-01-01T09:00:00+09:00"
    )
    with pytest.raises(SiteError) as caught:
        site.build(config.load(empty_project))
    assert [str(p) for p in caught.value.problems] == [
        "content/articles/c.md:4: 'updated' 2025-01-01T09:00:00+09:00 is earlier than 'date' 2025-01-30T15:00:00+09:00"
    ]


def test_the_search_index_holds_only_what_an_excerpt_page_shows(
    project: Path, built: config.Config, tmp_path: Path
) -> None:
    """With article_body: excerpt a page shows three paragraphs; a search must not find, or quote,
    the words the publisher chose not to show."""

    def indexed(cfg: config.Config) -> str:
        return "".join(p.read_text(encoding="utf-8") for p in sorted((cfg.output_dir / "search").rglob("*.json")))

    assert "6번" in indexed(built)  # the full body, as every page shows it by default
    cfg = config.load(project, {"article_body": "excerpt", "output": str(tmp_path / "out")})
    site.build(cfg)
    assert "3번" in indexed(cfg) and "4번" not in indexed(cfg) and "6번" not in indexed(cfg)
