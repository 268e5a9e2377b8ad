"""Tags through aliases and particles without false hits; spam phrases repaired and reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import REPO, article_path, body, front_matter, make_project, run_ingest

from site_builder.datafiles import load_tags
from site_builder.ingest.spam import find_and_fix
from site_builder.ingest.tags import find_tags

TAGS, _ = load_tags(REPO / "content" / "tags.yaml", REPO)


def tags_in(text: str) -> list[str]:
    return find_tags(TAGS, "", [], [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("딥시크가 새 모델을 냈다.", "DeepSeek"),
        ("엔비디아의 주가가 올랐다.", "Nvidia"),
        ("오픈AI는 반박했다.", "OpenAI"),
        ("마이크로소프트(MS)와 손잡았다.", "Microsoft"),
        ("MS는 투자를 늘렸다.", "Microsoft"),
        ("스케일 AI의 대표가 말했다.", "Scale AI"),
        ("'딥시크'를 두고 논란이 일었다.", "DeepSeek"),
        ("SK하이닉스(000660)가 올랐다.", "SK hynix"),
        ("업체들은 01.AI의 모델을 주목했다.", "01.AI"),
    ],
)
def test_aliases_match_with_particles(text: str, expected: str) -> None:
    assert expected in tags_in(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("메타버스 플랫폼이 성장했다.", "Meta"),
        ("메타데이터를 정리했다.", "Meta"),
        ("MSCI 지수에 편입됐다.", "Microsoft"),
        ("AMS 센서와 DMS 시스템을 쓴다.", "Microsoft"),
        ("새 애플리케이션을 출시했다.", "Apple"),
        ("구글링으로 찾았다.", "Google"),
        ("서울 강남구 삼성동에서 열렸다.", "Samsung"),
        ("카카오뱅크가 대출을 늘렸다.", "Kakao"),
    ],
)
def test_no_false_hits_inside_words(text: str, not_expected: str) -> None:
    assert not_expected not in tags_in(text)


def test_most_central_tag_first() -> None:
    ranked = find_tags(
        TAGS, "엔비디아, 새 칩 공개", [], ["엔비디아가 칩을 냈다.", "구글도 관심을 보였다.", "엔비디아는 밝혔다."]
    )
    assert ranked == ["Nvidia", "Google"]


def test_a_region_is_tagged_only_when_the_article_is_about_it() -> None:
    about = find_tags(TAGS, "경기도, AI 클러스터 입주기업 모집", [], ["경기도는 24일 밝혔다.", "엔비디아 칩을 쓴다."])
    assert about[0] == "Gyeonggi Province"
    lede = find_tags(TAGS, "AI 클러스터 출범", [], ["경남도가 창원에 AI 클러스터를 연다.", "엔비디아 칩을 쓴다."])
    assert "Gyeongsangnam-do" in lede
    passing = ["공항공사가 AI 허브를 연다.", "엔비디아와 손잡았다.", "인천시와 협의했다."]
    assert find_tags(TAGS, "인천공항, AI 허브 청사진", [], passing) == ["Nvidia"]
    # The bare place is where something happened, not the government.
    assert find_tags(TAGS, "", [], ["부산 강서구에 데이터센터가 들어선다."]) == []


def test_a_city_named_with_its_province_is_not_the_metropolitan_city() -> None:
    """'광주시' is Gwangju Metropolitan City, but '경기 광주시' is the Gyeonggi city of that name."""
    metro = ["광주시가 AI 집적단지 2단계 사업을 시작한다.", "광주시는 기업 30곳을 모은다."]
    assert find_tags(TAGS, "광주시, AI 집적단지 2단계 착수", [], metro) == ["Gwangju Metropolitan City"]
    gyeonggi = [line.replace("광주시", "경기 광주시") for line in metro]
    assert find_tags(TAGS, "경기도 광주시, AI 집적단지 2단계 착수", [], gyeonggi) == ["Gyeonggi Province"]


def test_an_event_is_tagged_only_when_the_article_is_about_it() -> None:
    """Where a product was shown ('CES에서 공개한') is context; a story about the show names it up top or twice."""
    passing = ["크래프톤이 AI 동료 캐릭터를 선보였다.", "엔비디아 기술을 썼다.", "올해 초 CES에서 처음 공개했다."]
    assert find_tags(TAGS, "크래프톤, AI 동료 출시", [], passing) == ["Krafton", "Nvidia"]
    about = find_tags(TAGS, "CES 2026 개막…로봇이 주인공", [], ["전시장에는 로봇이 가득했다."])
    assert about == ["CES"]


def test_a_name_glossed_in_brackets_is_one_mention() -> None:
    """'세계개발자회의(WWDC)' names the show once: counted twice, one passing mention tagged it."""
    passing = ["오픈AI가 새 모델을 공개했다.", "업계가 주목했다.", "애플은 다음 달 세계개발자회의(WWDC)를 앞두고 있다."]
    assert "WWDC" not in find_tags(TAGS, "오픈AI, 새 모델 공개", [], passing)
    twice = [*passing, "WWDC에서 새 시리도 나온다."]
    assert "WWDC" in find_tags(TAGS, "오픈AI, 새 모델 공개", [], twice)


def test_an_organisation_is_tagged_only_when_the_article_is_about_it() -> None:
    """A ministry that funded the research or a speaker's university, named in passing, is no tag;
    one in the headline, or in the lede and again, is."""
    funded = ["가상대 연구팀이 새 반도체를 개발했다.", "엔비디아 칩보다 빠르다.", "과기정통부 지원을 받았다."]
    assert find_tags(TAGS, "새 AI 반도체 개발", [], funded) == ["Nvidia"]
    twice = ["업계가 우려했다.", "개인정보위는 조사했다.", "개인정보위는 결과를 낸다.", "딥시크가 반박했다."]
    assert "Personal Information Protection Commission" not in find_tags(TAGS, "딥시크 조사", [], twice)
    headline = find_tags(TAGS, "과기정통부, AI 컴퓨팅센터 사업자 선정", [], ["사업자를 뽑았다고 밝혔다."])
    assert headline == ["Ministry of Science and ICT"]
    lede = ["KAIST 연구팀이 새 모델을 공개했다.", "KAIST는 내년 상용화를 목표로 한다."]
    assert find_tags(TAGS, "한국어 추론 모델 공개", [], lede) == ["KAIST"]


def test_spam_replacing_a_word_is_restored_through_the_gloss() -> None:
    phrase = "카지노사이트 럭키 추천"
    text = (
        f"인공지능({phrase}) 경쟁이 뜨겁다. 오픈{phrase}와 스케일{phrase}, 01.{phrase}가 경쟁한다. "
        f"{phrase} 칩 수요도 늘었다."
    )
    fixed, fixes = find_and_fix(text)
    assert fixed == "인공지능(AI) 경쟁이 뜨겁다. 오픈AI와 스케일AI, 01.AI가 경쟁한다. AI 칩 수요도 늘었다."
    assert [(f.phrase, f.replacement, f.count) for f in fixes] == [(phrase, "AI", 5)]


def test_another_terms_gloss_is_no_spam() -> None:
    """'범용인공지능(AGI)' ends in 인공지능 and glosses its own term: AGI, said three times, was
    taken for spam in the place of AI and every one of them replaced (set 48). Nor is a term's
    gloss in Latin letters, said as often, any spam."""
    whole = "범용인공지능(범용지능)이 온다고 했다. 다만 범용지능은 아직 멀다. '범용지능'은 먼 얘기다."
    assert find_and_fix(whole) == (whole, [])
    latin = "생성 인공지능(GenAI) 시대다. GenAI는 빠르게 퍼졌다. 기업들도 GenAI를 쓴다."
    assert find_and_fix(latin) == (latin, [])


@pytest.mark.parametrize(
    ("term", "spam"), [("생성형인공지능", "슬롯사이트 추천"), ("인공지능", "MAXWIN88"), ("인공지능", "slot gacor")]
)
def test_spam_in_a_compound_terms_gloss_or_in_latin_letters_is_restored(term: str, spam: str) -> None:
    text = f"{term}({spam}) 경쟁이 뜨겁다. 기업들은 {spam}를 도입했다. {spam} 시대다."
    fixed, _ = find_and_fix(text)
    assert fixed == f"{term}(AI) 경쟁이 뜨겁다. 기업들은 AI를 도입했다. AI 시대다."


def test_spam_without_a_gloss_is_dropped() -> None:
    fixed, fixes = find_and_fix("새 모델이 나왔다 바카라 사이트. 업계는 주목했다.")
    assert "바카라" not in fixed and fixes and fixes[0].replacement == ""


def test_spam_never_reaches_title_summary_or_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    phrase = "슬롯사이트 무지개 메이저"
    seed = (
        f"{phrase} 기업들, 새 모델 경쟁\n"
        f"입력 2025.05.01 09:00\n"
        f"인공지능({phrase}) 기업 오픈{phrase}가 새 모델을 공개했다고 밝혔다.\n"
        f"업계는 {phrase} 경쟁이 더 치열해질 것으로 본다.\n"
    )
    root = make_project(tmp_path, {"s.txt": seed})
    code, out, _ = run_ingest(root, capsys)
    assert code == 0
    path = article_path(root, "s.txt")
    fm = front_matter(path)
    for text in (fm["title"], fm["summary"], body(path)):
        assert "슬롯" not in text and "메이저" not in text
    assert fm["title"] == "AI 기업들, 새 모델 경쟁"
    assert "OpenAI" in fm["tags"]
    assert f"spam phrase '{phrase}' replaced by 'AI' 4x" in out


def test_report_lists_each_seed_and_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ingest_helpers import ARTICLE

    root = make_project(tmp_path, {"x.txt": ARTICLE, "e.txt": ""})
    code, out, _ = run_ingest(root, capsys)
    header, _, *rows = out.splitlines()
    for column in ("seed", "status", "date", "date source", "publisher", "author", "tags", "title"):
        assert column in header
    row = next(r for r in rows if r.startswith("x.txt"))
    for cell in ("written", "2025-03-05T10:20:00+09:00", "byline", "AI타임스", "홍길동", "Nvidia, OpenAI", "가상의 AI"):
        assert cell in row
    assert "warning: dropped" in out
    assert out.rstrip().splitlines()[-1].startswith("ingest: 2 seeds: 1 written, 0 updated, 0 unchanged")
