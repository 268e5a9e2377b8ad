"""The default theme, read from the built HTML: what a reader and a crawler receive."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import re
from pathlib import Path

import pytest

from site_builder import check, config, datafiles, site
from site_builder.check import scan
from site_builder.content import Article, load_articles
from site_builder.library import build_library
from site_builder.search import DOC_CHUNK, VERSION, build_search, term_shard
from site_builder.taxonomy import Tag, build_taxonomy
from site_builder.words import stem, stems, tokens

TAGS_YAML = """\
DeepSeek:
  slug: deepseek
  label: 딥시크
  kind: company
  description: 중국 항저우의 인공지능 스타트업.
  aliases: [딥시크, Deepseek AI]
OpenAI:
  slug: openai
  label: 오픈AI
  kind: company
  aliases: [오픈AI, 오픈에이아이]
Nvidia:
  slug: nvidia
  label: 엔비디아
  kind: company
  aliases: [엔비디아, NVIDIA, 앤비디아]
Sam Altman:
  slug: sam-altman
  label: 샘 올트먼
  kind: person
R1:
  slug: deepseek-r1
  label: 딥시크 R1
  kind: product
"""

MILESTONES_YAML = """\
- date: 2025-01-20
  slug: deepseek-r1-release
  title: 딥시크, 추론 모델 R1 공개
  tags: [DeepSeek, R1]
  description: 오픈AI o1에 견줄 만한 추론 모델을 오픈 소스로 내놓았다.
"""

ARTICLES = {
    "r1.md": (
        "title: 딥시크, 추론 모델 R1 출시\ndate: 2025-01-20T18:30:00+09:00\npublisher: AI타임스\nauthor: 임대준\n"
        "tags: [DeepSeek, R1]\nsummary: 딥시크가 오픈 소스 추론 모델을 내놓았다.\n"
        "source_url: https://www.aitimes.com/news/articleView.html?idxno=1",
        "중국 스타트업 딥시크가 20일 추론 모델 R1을 공개했다.\n\n딥시크의 모델은 오픈 소스다.\n",
    ),
    "shock.md": (
        "title: 실리콘밸리 뒤흔든 중국 AI\ndate: 2025-01-25\npublisher: AI타임스\nauthor: 임대준\n"
        "tags: [DeepSeek, OpenAI, Sam Altman]\nsummary: 기술 거물들이 일제히 경고의 목소리를 냈다.",
        "미국에 본격적인 경계령이 내려졌다. 딥시크의 모델이 미국을 따라잡았다는 평가다.\n\n"
        "샘 올트먼 오픈AI 최고경영자는 '인상적'이라고 말했다.\n",
    ),
    "stocks.md": (
        "title: 반도체주 급락, 시가총액 증발\ndate: 2025-01-27T22:10:00+09:00\npublisher: 연합뉴스\nauthor: 권수현\n"
        "tags: [Nvidia, DeepSeek]\nsummary: 저비용 모델 충격에 미국 증시가 흔들렸다.",
        "엔비디아는 하루 만에 17% 떨어졌다. 딥시크 충격이 증시로 번졌다.\n",
    ),
    "scale.md": (
        "title: AI 규모의 전쟁 끝?\ndate: 2025-01-28T15:54:00+09:00\nupdated: 2025-01-30T21:52:00+09:00\n"
        "publisher: 테크월드뉴스\nauthor: 김동원\ntags: [DeepSeek, Nvidia, OpenAI]\n"
        "summary: 적은 자원으로 만든 모델이 판도를 바꿀까.",
        "딥시크는 적은 GPU로 모델을 훈련했다고 밝혔다. 엔비디아의 고성능 칩 없이도 가능했다는 주장이다.\n",
    ),
    "o3.md": (
        "title: 오픈AI, o3-mini 무료 공개\ndate: 2025-02-01T09:00:00+09:00\npublisher: 전자신문\n"
        "tags: [OpenAI, Sam Altman]\nsummary: 추론 모델을 무료 사용자에게도 연다.",
        "오픈AI가 새 추론 모델을 내놓았다. 올트먼은 경쟁을 반긴다고 말했다.\n",
    ),
    "gpu.md": (
        "title: 차세대 GPU 로드맵 발표\ndate: 2024-12-10T11:00:00+09:00\npublisher: 전자신문\n"
        "tags: [Nvidia]\nsummary: 블랙웰 후속 제품을 예고했다.",
        "NVIDIA가 차세대 데이터센터 칩 계획을 공개했다. 매우긴영문단어처럼붙어있는문자열도줄바꿈되어야한다"
        "https://example.com/a/very/long/path/that/should/wrap/on/small/screens/without/scrolling\n",
    ),
}


def make_theme_project(root: Path) -> Path:
    """A small project with tags, a milestone and articles whose text uses particles."""
    (root / "content" / "articles").mkdir(parents=True, exist_ok=True)
    (root / "site.yaml").write_text(
        "title: AI 타임라인\ndescription: 인공지능 뉴스를 날짜와 태그로 엮은 타임라인\n"
        "base_url: http://127.0.0.1:8000/\npage_size: 20\n",
        encoding="utf-8",
    )
    (root / "content" / "tags.yaml").write_text(TAGS_YAML, encoding="utf-8")
    (root / "content" / "milestones.yaml").write_text(MILESTONES_YAML, encoding="utf-8")
    for name, (front, body) in ARTICLES.items():
        (root / "content" / "articles" / name).write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    return root


@pytest.fixture(params=["http://127.0.0.1:8000/", "https://example.github.io/ai-timeline/"], ids=["root", "repo"])
def built(request: pytest.FixtureRequest, tmp_path: Path) -> config.Config:
    root = make_theme_project(tmp_path / "site")
    cfg = config.load(root, {"base_url": request.param})
    site.build(cfg)
    return cfg


def read(cfg: config.Config, rel: str) -> str:
    return (cfg.output_dir / rel).read_text(encoding="utf-8")


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def test_every_page_passes_the_site_check_and_every_internal_url_has_the_base_path(built: config.Config) -> None:
    assert check.check_site(built) == []
    base = built.base_path
    for page in built.output_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        facts = scan(html)
        assert facts.lang == "ko"
        for tag, *_, url in facts.urls:  # (tag, url) or (tag, attribute, url)
            if url.startswith(("http:", "https:")):
                # Only the canonical/feed-style absolute links and original sources may be absolute.
                assert tag == "a" or url.startswith(built.absolute_url("")), (page, url)
            elif not url.startswith("#"):
                assert url.startswith(base), (page, tag, url)
        # No asset from another host: the site must work offline.
        assert not re.search(
            r'<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?//(?!127\.0\.0\.1|example\.github\.io)', html
        )
        assert 'data-base="' + base + '"' in html


def test_home_is_a_vertical_timeline_with_day_markers_cards_and_a_distinct_milestone(built: config.Config) -> None:
    home = read(built, "index.html")
    assert home.index("2025년 2월") < home.index("2025년 1월") < home.index("2024년 12월")
    assert '<time datetime="2025-01-28">2025년 1월 28일 (화)</time>' in home
    card = home[home.index('<article class="card" data-tags="deepseek nvidia openai') :]
    card = card[: card.index("</article>")]
    base = built.base_path
    assert f'<a href="{base}2025/01/28/scale/">AI 규모의 전쟁 끝?</a>' in card
    assert "테크월드뉴스" in card and "적은 자원으로" in card and "2025년 1월 28일 (화) 15:54" in card
    # Chips are plain links to tag pages, so the filter degrades to navigation without JavaScript.
    assert f'<a class="chip" href="{base}tags/deepseek/" data-tag="deepseek">딥시크</a>' in card
    milestone = home[home.index('class="milestone"') :]
    assert "딥시크, 추론 모델 R1 공개" in milestone[: milestone.index("</div>")]
    assert "주요 사건" in milestone[:400]
    assert 'class="filter-status"' in home and f'src="{base}static/site.js" defer' in home
    head = home[: home.index("</head>")]
    assert len(head.encode()) < 2000, "keep the head small: livereload injects before </head>"


def test_article_page_has_typography_meta_source_neighbours_related_and_share_metadata(built: config.Config) -> None:
    page = read(built, "2025/01/20/r1/index.html")
    base = built.base_path
    assert "<h1>딥시크, 추론 모델 R1 출시</h1>" in page
    assert '<dt>출처</dt><dd><a class="outlet" href="https://www.aitimes.com/news/articleView.html?idxno=1"' in page
    assert "<dd>임대준</dd>" in page
    assert "2025년 1월 20일 (월) 18:30" in page
    assert (
        'href="https://www.aitimes.com/news/articleView.html?idxno=1" rel="noopener">AI타임스에서 원문 보기</a>' in page
    )
    assert f'rel="prev" href="{base}2024/12/10/gpu/"' in page and f'rel="next" href="{base}2025/01/25/shock/"' in page
    assert 'class="related"' in page
    url = built.absolute_url("2025/01/20/r1/")
    assert f'<link rel="canonical" href="{url}">' in page
    assert f'<meta property="og:url" content="{url}">' in page
    assert '<meta property="og:type" content="article">' in page
    assert '<meta property="og:title" content="딥시크, 추론 모델 R1 출시">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert f'<meta property="og:image" content="{url}share.png">' in page
    assert '<meta property="article:published_time" content="2025-01-20T18:30:00+09:00">' in page
    ld = json_ld(page)
    assert ld["@type"] == "NewsArticle" and ld["headline"] == "딥시크, 추론 모델 R1 출시"
    assert ld["datePublished"] == "2025-01-20T18:30:00+09:00" == ld["dateModified"]
    assert ld["author"] == [{"@type": "Person", "name": "임대준"}] and ld["url"] == url
    assert "\\u" not in page, "Hangul is written as itself in JSON-LD, not escaped"
    updated = json_ld(read(built, "2025/01/28/scale/index.html"))
    assert updated["dateModified"] == "2025-01-30T21:52:00+09:00"
    day_only = json_ld(read(built, "2025/01/25/shock/index.html"))
    assert day_only["datePublished"] == "2025-01-25T00:00:00+09:00"
    css = (built.output_dir / "static/style.css").read_text(encoding="utf-8")
    assert "word-break: keep-all" in css and "@media print" in css and "prefers-color-scheme: dark" in css
    assert re.search(r"\.article \{ max-width: 4\drem", css) and "line-height: 1.9" in css


def test_json_ld_cannot_be_broken_out_of_by_a_title(tmp_path: Path) -> None:
    root = make_theme_project(tmp_path / "site")
    (root / "content/articles/evil.md").write_text(
        "---\ntitle: '</script><script>alert(1)</script>'\ndate: 2025-03-01\n---\n본문\n", encoding="utf-8"
    )
    cfg = config.load(root)
    site.build(cfg)
    page = read(cfg, "2025/03/01/evil/index.html")
    assert "<script>alert(1)" not in page
    assert json_ld(page)["headline"] == "</script><script>alert(1)</script>"


def test_tag_page_shows_label_kind_description_count_feed_and_its_milestones(built: config.Config) -> None:
    page = read(built, "tags/deepseek/index.html")
    base = built.base_path
    assert '<p class="tag-kind">기업</p>' in page
    assert '<h1>딥시크 <span class="tag-name" lang="en">DeepSeek</span></h1>' in page
    assert "중국 항저우의 인공지능 스타트업." in page and "기사 <strong>4</strong>건" in page
    assert f'href="{base}tags/deepseek/atom.xml"' in page
    assert "딥시크, 추론 모델 R1 공개" in page  # the milestone tagged DeepSeek
    assert "o3-mini" not in page
    assert '<p class="tag-kind">인물</p>' in read(built, "tags/sam-altman/index.html")
    assert "딥시크, 추론 모델 R1 공개" not in read(built, "tags/openai/index.html")


def test_tag_index_groups_tags_by_kind_with_counts(built: config.Config) -> None:
    page = read(built, "tags/index.html")
    main = page[page.index("<main") :]
    headings = re.findall(r"<h2>(.*?) <span", main)
    assert headings == ["기업", "인물", "제품·모델"]
    base = built.base_path
    assert f'<a href="{base}tags/nvidia/">엔비디아</a> <span class="count">3</span>' in main
    assert f'<a href="{base}tags/sam-altman/">샘 올트먼</a> <span class="count">2</span>' in main


def test_home_page_weighs_under_60_kb_with_its_assets(built: config.Config) -> None:
    out = built.output_dir
    files = ["index.html", "static/style.css", "static/site.js", "static/favicon.svg"]
    total = sum((out / f).stat().st_size for f in files)
    assert total < 60_000, total


# -- the search index -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("딥시크가", "딥시크"),
        ("딥시크의", "딥시크"),
        ("딥시크에서는", "딥시크"),
        ("엔비디아는", "엔비디아"),
        ("엔비디아", "엔비디아"),
        ("효과", "효과"),  # a one-syllable stem would match far too much
        ("nvidia", "nvidia"),
    ],
)
def test_stem_strips_particles(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_tokens_split_scripts_and_fold_case() -> None:
    # A mixed-script name is one word (오픈AI never matches 오픈소스), its particle stripped.
    assert tokens("오픈AI의 GPT-4o, 美 DeepSeek가 o1-preview.") == ["오픈ai", "gpt-4o", "美", "deepseek", "o1-preview"]


def test_stems_are_the_distinct_tokens() -> None:
    # A particle-only run, a word said twice with two particles, a stem two words share.
    text = "오픈AI의 의 딥시크가 딥시크는 딥시크 GPT-4o. 엔비디아의 엔비디아는"
    assert stems(text) == set(tokens(text)) == {"오픈ai", "딥시크", "gpt-4o", "엔비디아"}


def _index(cfg: config.Config) -> dict:
    return json.loads(read(cfg, "search/index.json"))


def _find(index: dict, query: str) -> set[str]:
    """The browser's algorithm: every query stem (or, for a tag's name or label, one of its spellings)
    must prefix some stem of the document. A gap's sign only ranks."""
    found = None
    for word in tokens(query):
        ids: set[int] = set()
        spellings = next((group for triggers, group in index["aliases"] if word in triggers), [word])
        for term, gaps in index["terms"].items():
            if any(term.startswith(w) for w in spellings):
                doc = -1
                for gap in gaps:
                    doc += abs(gap)
                    ids.add(doc)
        found = ids if found is None else found & ids
    return {index["docs"][i][0].split("/")[-2] for i in found or ()}


def test_index_finds_korean_words_whatever_particle_follows_and_english_names(built: config.Config) -> None:
    index = _index(built)
    assert index["v"] == VERSION and index["particles"] and index["minStem"] == 2
    deepseek = {"r1", "shock", "stocks", "scale"}
    assert _find(index, "딥시크") == deepseek
    assert _find(index, "딥시크의") == deepseek
    assert _find(index, "DeepSeek") == deepseek
    assert _find(index, "엔비디아") == {"stocks", "scale", "gpu"}
    assert _find(index, "nvidia") == {"stocks", "scale", "gpu"}
    assert _find(index, "샘 올트먼") == {"shock", "o3"}
    assert _find(index, "딥시크 엔비디아") == {"stocks", "scale"}
    assert _find(index, "양자컴퓨터") == set()


def test_aliases_are_searchable_when_passed(built: config.Config) -> None:
    data, _ = datafiles.load_all(built.content_dir, built.root)
    articles, _ = load_articles(built)
    library, _ = build_library(articles, built)
    taxonomy, _ = build_taxonomy(library, data, built)
    plain = json.loads(build_search(library.articles, taxonomy.tags)["search/index.json"])
    assert _find(plain, "앤비디아") == set()
    aliases = {name: d.aliases for name, d in data.tags.items()}
    files = build_search(library.articles, taxonomy.tags, aliases)
    assert _find(json.loads(files["search/index.json"]), "앤비디아") == {"stocks", "scale", "gpu"}


def test_large_sites_get_a_sharded_index_that_stays_small(tmp_path: Path) -> None:
    body = (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(body)] or [
        "딥시크가 모델을 공개했다. " * 200
    ]
    tz = dt.timezone(dt.timedelta(hours=9))
    start = dt.datetime(2025, 1, 1, tzinfo=tz)
    template = Article(source="x", title="", date=start, body="")
    tags = {"DeepSeek": Tag("DeepSeek", "deepseek", "딥시크", "company", "", True)}
    count = 2000
    articles = tuple(
        dataclasses.replace(
            template,
            title=f"기사 {i} 딥시크의 추론 모델",
            date=start + dt.timedelta(hours=i),
            body=texts[i % len(texts)],
            summary="요약 " * 20,
            tags=("DeepSeek",),
            url=f"2025/01/01/a{i}/",
        )
        for i in range(count)
    )
    files = build_search(articles, tags)
    manifest = json.loads(files["search/index.json"])
    assert manifest["count"] == count and manifest["chunk"] == DOC_CHUNK
    assert manifest["shards"] == len(manifest["bounds"]) + 1 == len([f for f in files if "/terms-" in f])
    assert manifest["bounds"] == sorted(manifest["bounds"])
    # Shards grow in number, not in size: each stays a small download.
    assert max(len(gzip.compress(t.encode())) for p, t in files.items() if "/terms-" in p) < 100_000
    assert len([f for f in files if "/docs-" in f]) == count // DOC_CHUNK
    shard = json.loads(files[f"search/terms-{manifest['names'][term_shard(manifest['bounds'], '딥시크')]}.json"])
    assert sum(shard["딥시크"]) == -count  # every article, gaps from -1, negative: a headline hit
    per_article = sum(len(t.encode()) for t in files.values()) / count
    largest = max(len(t.encode()) for t in files.values())
    assert per_article < 2500, per_article  # 10,000 articles stay well under 25 MB in total
    assert largest < 1_500_000, largest  # and no single download is huge
