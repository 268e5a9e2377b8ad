"""Search quality, measured in Chromium: queries typed into the built search page of a small
Korean corpus, each with the exact set of articles it must return (any other is a wrong hit)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from site_builder import config, site
from site_builder.content import Article
from site_builder.search import make_record, plain_text
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, static_server, write_article

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api")

# Far past the 1,500 characters once indexed, and free of every query word.
FILLER = "국내 연구 생태계는 해마다 꾸준히 성장하고 있다. " * 80

# key -> (title, date, tags, body). Dates matter: results of equal rank come newest first.
ARTICLES: dict[str, tuple[str, str, str, str]] = {
    "ds1": ("딥시크, 추론 모델 R1 공개", "2025-01-20", "[DeepSeek]", "중국 딥시크가 새 추론 모델을 공개했다."),
    "ds2": ("중국 스타트업의 반격", "2025-01-27", "[]", "딥시크의 저비용 훈련 방식이 화제가 됐다."),
    "oa1": ("새 멀티모달 모델 공개", "2024-05-14", "[OpenAI]", "오픈AI는 새 모델 GPT-4o를 내놨다."),
    "oa2": ("샘 올트먼의 새 계획", "2024-11-02", "[]", "오픈AI의 최고경영자가 새 투자 계획을 밝혔다."),
    "os1": ("공개 모델의 확산", "2024-07-23", "[]", "누구나 쓰는 오픈소스 AI 모델이 빠르게 퍼지고 있다."),
    "os2": ("커뮤니티의 성장", "2024-09-10", "[]", "허깅페이스에 올라온 오픈소스 모델 수가 늘었다."),
    "nv1": ("엔비디아의 H100 품귀", "2023-08-01", "[Nvidia]", "엔비디아의 GPU H100이 부족하다."),
    "nv2": ("미국 칩 기업 실적 발표", "2024-08-28", "[]", "NVIDIA reported record revenue this quarter."),
    "nv3": ("반도체 시장 전망", "2025-02-01", "[]", "엔비디아는 올해도 강세를 이어갈 전망이다."),
    "lg1": ("유럽 연구소와 협력", "2024-03-03", "[]", f"{FILLER}\n\n막스플랑크 연구소와 공동 연구를 시작한다.\n"),
    "lg2": ("개인정보 규제 강화", "2024-04-04", "[]", f"{FILLER}\n\n프라이버시 보호가 이번 법의 핵심이다.\n"),
    "sc1": ("데이터 기업 투자 유치", "2024-05-21", "[]", "스케일AI가 데이터 라벨링으로 크게 성장했다."),
    "sc2": ("라벨링 스타트업 경쟁", "2024-06-02", "[]", "AI 데이터 스케일 경쟁에서 밀리지 않으려는 업체들이 늘었다."),
    "gp1": ("언어 모델 출시 1주년", "2024-03-14", "[]", "GPT-4는 1년 만에 업무 도구가 됐다."),
    "ko1": ("국내 AI 규제 논의", "2024-12-01", "[]", "국회가 인공지능 기본법을 논의했다."),
    "ko2": ("메모리 공급 확대", "2024-10-10", "[]", "삼성전자가 HBM 공급을 늘린다."),
    "ko3": ("카카오의 새 서비스", "2024-10-22", "[]", "카카오가 대화형 서비스를 내놨다."),
    "ko4": ("로봇 산업 동향", "2024-02-02", "[]", "산업용 로봇 수요가 늘고 있다."),
    "ko5": ("클라우드 요금 인상", "2024-01-15", "[]", "클라우드 업체들이 요금을 올렸다."),
    # A name ending as a particle does (하와이: 하와 and 이), bare and with a particle.
    "hw1": ("태평양 데이터센터", "2024-12-11", "[]", "새 데이터센터는 하와이 섬에 들어선다."),
    "hw2": ("해저 케이블 개통", "2024-12-12", "[]", "하와이가 아시아와 케이블로 이어졌다."),
    "cl1": ("클라우드 장애 복구", "2025-03-01", "[]", "업체들이 서비스를 되살렸다."),  # the newest: doc 0
    "jp1": ("해외 파트너 발표", "2024-07-07", "[]", "ソニー와 Яндекс가 Ελληνικά 번역 모델을 함께 시험한다."),
    "sn1": (
        "보안 기술 동향",
        "2024-06-30",
        "[]",
        "올해 보안 업계는 여러 기술을 시험했다. 금융권과 통신사가 함께 실증 사업을 벌였고 연구소도 참여했다. "
        "그 가운데 양자암호 통신이 가장 큰 관심을 모았다. 전문가들은 상용화까지 몇 년이 더 걸린다고 본다.",
    ),
}

# query -> the articles it must return, and no other.
QUERIES: dict[str, set[str]] = {
    "딥시크": {"ds1", "ds2"},
    "딥시크가": {"ds1", "ds2"},
    "gpt 4o": {"oa1"},  # a hyphenated name typed with a space, or run together
    "gpt4o": {"oa1"},
    "하와이": {"hw1", "hw2"},
    "하와이가": {"hw1", "hw2"},
    "오픈AI": {"oa1", "oa2"},
    "오픈소스": {"os1", "os2"},
    "엔비디아의": {"nv1", "nv2", "nv3"},
    "nvidia": {"nv1", "nv2", "nv3"},
    "NVIDIA": {"nv1", "nv2", "nv3"},
    "막스플랑크": {"lg1"},
    "프라이버시": {"lg2"},
    "스케일AI": {"sc1"},
    "GPT-4o": {"oa1"},
    "H100": {"nv1"},
    # Katakana, Cyrillic and Greek are words too.
    "ソニー": {"jp1"},
    "яндекс": {"jp1"},
    "Ελληνικά": {"jp1"},
}


@pytest.fixture
def served(empty_project: Path, tmp_path: Path) -> Iterator[str]:
    """The corpus built with the real tags.yaml and served at a root; yields the site's URL."""
    for key, (title, date, tags, body) in ARTICLES.items():
        write_article(empty_project, f"{key}.md", f"title: {title}\ndate: {date}\ntags: {tags}", body)
    web = tmp_path / "web"
    with static_server(web) as origin:
        site.build(config.load(empty_project, {"base_url": origin + "/", "output": str(web)}))
        yield origin + "/"


@pytest.fixture
def page(served: str) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser.new_page()
        browser.close()


def results(page: object, served: str, query: str) -> list[tuple[str, str]]:
    """(article key, snippet HTML) of each result of the search page, in order."""
    page.goto(f"{served}search/?q={query}")
    page.wait_for_function(
        "q => (document.querySelector('#search-results .search-status') || {}).textContent?.includes(q)", arg=query
    )
    rows = page.eval_on_selector_all(
        "#search-results .results > li",
        "els => els.map(e => [e.querySelector('a').getAttribute('href'),"
        " e.querySelector('.result-snippet').innerHTML])",
    )
    by_url = {f"/{date[:4]}/{date[5:7]}/{date[8:]}/{key}/": key for key, (_, date, _, _) in ARTICLES.items()}
    return [(by_url.get(href, href), snippet) for href, snippet in rows]


def test_queries_find_exactly_the_right_articles(page: object, served: str) -> None:
    found = {query: [key for key, _ in results(page, served, query)] for query in QUERIES}
    hits = sum(len(set(found[q]) & want) for q, want in QUERIES.items())
    precision = hits / max(1, sum(len(keys) for keys in found.values()))
    recall = hits / sum(len(want) for want in QUERIES.values())
    print(f"\nsearch quality: precision {precision:.3f}, recall {recall:.3f} over {len(QUERIES)} queries")
    for query, want in QUERIES.items():
        if set(found[query]) != want:
            print(f"  {query}: got {sorted(found[query])}, want {sorted(want)}")
    assert precision >= 0.95 and recall >= 0.95


@pytest.mark.parametrize("name", ["하와이", "딥시크", "엔비디아"])
def test_a_name_typed_with_a_particle_finds_what_the_name_alone_finds(page: object, served: str, name: str) -> None:
    """하와이 is held bare as 하와 (이 reads as a particle): 하와이가, stripped of 가 alone, finds it too."""
    alone = {key for key, _ in results(page, served, name)}
    assert alone and {key for key, _ in results(page, served, name + "가")} == alone


def test_a_query_of_no_word_says_it_found_nothing(page: object, served: str) -> None:
    assert results(page, served, "!!") == []  # (results() waits for the status to name the query)
    assert "맞는 기사가 없습니다" in page.inner_text("#search-results")


def test_headline_and_tag_hits_rank_above_newer_body_hits(page: object, served: str) -> None:
    # nv1 is the oldest of the three, but the only one with 엔비디아 in its headline and tags.
    assert [key for key, _ in results(page, served, "엔비디아")][0] == "nv1"
    assert [key for key, _ in results(page, served, "딥시크")][0] == "ds1"
    # Of two headline hits the newer, even the newest of all, whose postings start the list.
    assert [key for key, _ in results(page, served, "클라우드")] == ["cl1", "ko5"]


def test_snippet_shows_the_hit_highlighted_and_cuts_between_words(page: object, served: str) -> None:
    [(key, snippet)] = results(page, served, "양자암호")
    assert key == "sn1"
    assert "<mark>양자암호</mark>" in snippet
    text = snippet.replace("<mark>", "").replace("</mark>", "")
    body_words = set(ARTICLES["sn1"][3].split())
    assert text.startswith("…")
    assert all(word in body_words for word in text.strip("…").split()), text


def test_the_search_text_is_what_a_reader_reads_without_markdowns_marks() -> None:
    """A table's separator row, a code fence's language, heading and quote marks are not words a
    reader sees, so no search finds them and no snippet quotes them; '>' and '#' inside a line are."""
    body = (
        "## 제목\n\n| 모델 | 점수 |\n|---|:--:|\n| R1 | 90 |\n\n```python\nif a > b: print('x->y')\n```\n\n"
        "> 인용문\n\n- 목록의 **굵은** 글씨와 C# 언어\n"
    )
    assert plain_text(body) == "제목 모델 점수 R1 90 if a > b: print('x->y') 인용문 목록의 굵은 글씨와 C# 언어"


def test_a_summary_the_body_opens_with_is_said_once_in_the_snippet() -> None:
    """Ingest's summary is the lede's start: the result shows it once, then the story goes on."""
    lede = "중국의 딥시크 띄우기가 한창이다. 딥시크가 세계적인 주목을 받자 중국 매체들이 앞다퉈 보도했다."
    article = Article(
        source="a.md",
        title="딥시크 띄우기",
        date=dt.datetime(2025, 1, 28, tzinfo=dt.UTC),
        summary=lede[:20],
        body=lede + "\n\n둘째 문단이다.\n",
    )
    row = make_record(article, {}, {}).row
    assert row[-1].count("딥시크 띄우기가") == 1, row
    other = dataclasses.replace(article, summary="요약: 중국 매체의 딥시크 보도")
    assert make_record(other, {}, {}).row[-1].startswith("요약: 중국 매체의 딥시크 보도 중국의 딥시크")
