"""Kinds of page that misled ingest, each on a small page written for this test: dates of
comments, lists and events that are not the article's, mastheads and menus above the headline,
sentences that hold a widget's word, spam pasted once. A date the page does not settle is held
as a draft, never published wrong."""

from __future__ import annotations

import datetime as dt
import os
import re
import textwrap
from pathlib import Path

import pytest
from ingest_helpers import article_path, front_matter, ingest_page, make_project, run_ingest

from site_builder import datafiles
from site_builder.ingest import clean, meta
from site_builder.lexicon import packaged
from site_builder.templates import date_note

KST = dt.timezone(dt.timedelta(hours=9))
HELD = None  # the date is not settled: a draft


def ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[dict[str, object], str]:
    fm, text_body, _ = ingest_page(tmp_path, capsys, text)
    return fm, text_body


def published(fm: dict[str, object]) -> object:
    """The date the article would be published with, or HELD."""
    return HELD if fm.get("draft") and str(fm["date_source"]).startswith("candidate") else fm["date"]


DATES = {
    # A reader's comment after the article carries its own time.
    "comment": (
        "엔비디아, 1분기 매출 440억달러…시장 예상 상회\n"
        "엔비디아는 28일(현지시간) 1분기 매출이 440억달러로 전년 동기 대비 69% 증가했다고 밝혔다.\n"
        "데이터센터 부문 매출은 391억달러로 전체 매출의 89%를 차지했다.\n"
        "박지훈 특파원 jhpark@asiae.co.kr\n댓글 1\nAI돌이\n2025.05.30 08:14\n역시 대단하네요\n",
        HELD,
    ),
    # A most-read list under the article, each headline with its day.
    "most read": (
        "삼성전자, HBM4 샘플 엔비디아에 공급\n"
        "삼성전자가 6세대 고대역폭메모리 HBM4 샘플을 엔비디아에 공급했다고 29일 밝혔다.\n"
        "업계에서는 삼성전자가 반격의 발판을 마련했다는 평가가 나온다.\n"
        "정민호 기자 mhjung@sedaily.com\n많이 본 뉴스\n· SK하이닉스 HBM 독주 2025.06.02\n",
        HELD,
    ),
    # An event's day in a bulleted fact; the sign-off's date is the article's.
    "event bullet": (
        "광주시, AI 집적단지 사업 설명회 연다\n"
        "광주시는 다음 달 국가AI데이터센터에서 2단계 사업 설명회를 열 계획이라고 밝혔다.\n"
        "▲일시: 2025년 10월 22일(수) 오후 2시\n"
        '광주시 관계자는 "AI 중심 도시로 도약하는 발판이 될 것"이라고 말했다.\n'
        "김민수 기자 minsu@kwangju.co.kr 2025-09-30 17:40\n",
        dt.datetime(2025, 9, 30, 17, 40, tzinfo=KST),
    ),
    # '등록' inside '사전 등록', and a deadline ('…까지'), are no stamps.
    "deadline": (
        "'AI 서울 2025' 내달 코엑스서 개막…200개 기업 참가\n박수빈 기자 2025.09.01 10:00\n"
        "국내 최대 규모 생성형 AI 전시회 'AI 서울 2025'가 다음 달 코엑스에서 개막한다고 주최 측이 1일 밝혔다.\n"
        "▲사전 등록: 2025년 9월 30일까지\n저작권자 © AI타임스 무단전재 및 재배포 금지\n",
        dt.datetime(2025, 9, 1, 10, 0, tzinfo=KST),
    ),
    # A masthead with the outlet's slogan, and the day the page was read, above the headline.
    "masthead and today": (
        "충청의 힘, 내일을 여는 신문 · 중도일보\n2025년 3월 7일 금요일\n"
        "대전 대덕특구, '국가 AI 반도체 실증단지' 최종 선정\n홍길동 기자 | 2025.03.04 14:22\n"
        "과학기술정보통신부는 4일 대전을 AI 반도체 실증단지 사업 대상지로 확정하고 총 1200억원을 투입한다고 밝혔다.\n"
        "저작권자 © 중도일보 무단전재 및 재배포 금지\n",
        dt.datetime(2025, 3, 4, 14, 22, tzinfo=KST),
    ),
    # An old photo's date (GTC 2024's) says nothing of the story's day: the event it reports
    # (GTC 2025's keynote on the 18th in California, a milestone) does, the next day in Korea.
    "archive photo": (
        '젠슨 황 "블랙웰 울트라 하반기 출시"…GTC서 로드맵 공개\n'
        "젠슨 황 엔비디아 CEO가 2024년 3월 18일(현지시간) 'GTC 2024'에서 기조연설을 하고 있다. 자료사진. /AFP연합뉴스\n"
        "젠슨 황 엔비디아 CEO는 18일(현지시간) 미국 새너제이에서 열린 'GTC 2025' 기조연설에서 로드맵을 공개했다.\n"
        '황 CEO는 "AI 추론 수요가 폭발적으로 늘고 있다"고 강조했다.\n저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지\n',
        dt.date(2025, 3, 19),
    ),
    # 'Next year's 6 January' is the event's day, not the report's ('17일 밝혔다').
    "next year": (
        "LG전자, CES 2026서 'AI 홈 허브' 첫선\n"
        "LG전자가 내년 1월 6일(현지시간) 미국 라스베이거스에서 개막하는 'CES 2026'에서 "
        "AI 홈 허브를 처음 공개한다고 17일 밝혔다.\n"
        "신제품은 온디바이스 AI 칩을 탑재해 인터넷 연결 없이도 가전을 제어한다.\nⓒ 전자신문, 무단전재 및 재배포 금지\n",
        HELD,
    ),
    # 'Two months and more since R1': the report is two months after the milestone, not days.
    "months after a milestone": (
        '딥시크, V3 업데이트 깜짝 공개…"코딩 성능 대폭 개선"\n'
        "[서울=뉴스핌] 오영상 기자 = 중국 AI 스타트업 딥시크가 24일 기존 V3 모델을 업데이트한 새 모델을 공개했다.\n"
        "딥시크가 지난 1월 20일 추론 모델 R1을 공개해 전 세계에 충격을 준 지 두 달여 만이다.\n",
        dt.date(2025, 3, 24),
    ),
    # A successor ('소라 2') is not the milestone of the product it is named after (2024-02-15): its
    # own is (30 September 2025 in California, 1 October in Korea).
    "successor": (
        "오픈AI, '소라 2' 공개…소리까지 만드는 영상 AI\n"
        "오픈AI가 30일(현지시간) 차세대 동영상 생성 AI 모델 '소라 2'를 공개했다.\n"
        "오픈AI는 이날 소라 2로 만든 영상을 공유하는 소셜 앱 '소라'도 출시했다.\n정유진 기자 yjjung@news1.kr\n",
        dt.date(2025, 10, 1),
    ),
    # A roundup that reports a later day than the milestone's runs after it: its day is in doubt ...
    "a roundup of the milestone's day and the next": (
        "오픈AI vs 구글, 'AI 비서' 정면승부\n"
        "오픈AI가 13일(현지시간) 새 AI 모델 'GPT-4o'를 공개했다.\n"
        "바로 다음 날인 14일(현지시간), 구글이 연례 개발자 회의에서 AI 비서 '프로젝트 아스트라'를 공개했다.\n",
        HELD,
    ),
    # ... not one that names a day still to come.
    "the milestone's day and one to come": (
        "오픈AI, 새 AI 모델 'GPT-4o' 공개\n"
        "오픈AI가 13일(현지시간) 새 AI 모델 'GPT-4o'를 공개했다.\n"
        "구글은 14일(현지시간) 열리는 연례 개발자 회의에서 AI 비서를 공개할 예정이다.\n정유진 기자 yjjung@news1.kr\n",
        dt.date(2024, 5, 14),
    ),
    "the milestone's day and a deadline after it": (
        "오픈AI, 새 AI 모델 'GPT-4o' 공개\n"
        "오픈AI가 13일(현지시간) 새 AI 모델 'GPT-4o'를 공개했다.\n"
        "기업용 신청 마감은 20일이다. 신규 가입자는 20일 동안 무료 체험을 받을 수 있다.\n"
        "정유진 기자 yjjung@news1.kr\n",
        dt.date(2024, 5, 14),
    ),
    "the milestone's day and a later day reported in the past tense": (
        "오픈AI, 새 AI 모델 'GPT-4o' 공개\n"
        "오픈AI가 13일(현지시간) 새 AI 모델 'GPT-4o'를 공개했다.\n"
        "구글도 15일 비슷한 기능을 선보였다고 한다.\n",
        HELD,
    ),
    "the milestone's day and a show opening the next": (
        "오픈AI, 'GPT-4o' 전격 공개\n"
        "오픈AI가 13일(현지시간) 새 AI 모델 'GPT-4o'를 공개했다.\n"
        "시장에서는 이번 발표가 14일(현지시간) 개막하는 '구글 I/O'를 겨냥한 것이라는 해석이 나온다.\n"
        "정유진 기자 yjjung@news1.kr\n",
        dt.date(2024, 5, 14),
    ),
    # ... and one without a milestone of its own (a '소라 3' to come) is not dated by its namesake's.
    "successor without a milestone": (
        "오픈AI, '소라 3' 공개…장편 영상까지\n"
        "오픈AI가 21일(현지시간) 차세대 동영상 생성 AI 모델 '소라 3'를 공개했다.\n"
        "오픈AI는 이날 소라 3로 만든 10분 길이의 영상도 함께 선보였다.\n정유진 기자 yjjung@news1.kr\n",
        HELD,
    ),
    # A milestone's product or figure named in another event's story does not date it: a later
    # Unpacked of the same year, a committee's vote a month before the plenary's, a successor's
    # launch, a service built on the model, another buyer's count of GPUs.
    "another event of a milestone's year": (
        "삼성전자, 파리서 갤럭시 Z 폴드6 공개\n"
        "삼성전자가 10일(현지시간) 프랑스 파리에서 '갤럭시 언팩 2024'를 열고 갤럭시 Z 폴드6를 공개했다.\n"
        "사전 판매는 18일 마감한다.\n정유진 기자 yjjung@news1.kr\n",
        HELD,
    ),
    "a committee's vote before the plenary's": (
        "EU AI법, 유럽의회 상임위 통과\n"
        "유럽의회 상임위원회가 13일(현지시간) AI법을 찬성 71표로 가결했다.\n"
        "EU AI법은 본회의 표결을 남겨두고 있다.\n정유진 기자 yjjung@news1.kr\n",
        HELD,
    ),
    "a successor's launch named after the milestone's": (
        "구글, '제미나이 3 플래시' 공개\n"
        "구글이 17일(현지시간) 가볍고 빠른 모델 '제미나이 3 플래시'를 공개했다.\n"
        "구글은 지난달 제미나이 3 프로를 내놓은 바 있다.\n정유진 기자 yjjung@news1.kr\n",
        HELD,
    ),
    "a service built on a milestone's model": (
        "뤼튼, 클로드 4 탑재한 AI 비서 출시\n"
        "뤼튼이 10일 새 AI 비서 서비스를 출시했다.\n"
        "뤼튼은 이날 앤트로픽의 클로드 4를 탑재한 유료 요금제도 선보였다.\n정유진 기자 yjjung@news1.kr\n",
        HELD,
    ),
    "another buyer's count of GPUs": (
        "xAI, 엔비디아 GPU 26만개 데이터센터 가동\n"
        "일론 머스크의 xAI가 1일(현지시간) 엔비디아 GPU 26만개를 갖춘 데이터센터를 가동했다.\n"
        "엔비디아는 이번 공급으로 매출이 늘 전망이다.\n정유진 기자 yjjung@news1.kr\n",
        HELD,
    ),
    # A feature's day further down is an event it looks back on, not the day it ran.
    "a feature looking back": (
        "HBM 전쟁, 삼성은 왜 뒤처졌나\n"
        "메모리 반도체 업계의 오랜 공식이 깨지고 있다.\n"
        "HBM은 D램 여러 개를 수직으로 쌓은 메모리다.\n"
        "엔비디아의 AI 가속기 한 개에는 HBM이 6~8개씩 들어간다.\n"
        "SK하이닉스는 4월 25일 발표한 1분기 실적에서 2조8860억원의 영업이익을 거뒀다고 밝혔다.\n"
        "젠슨 황 CEO는 GTC 2024 행사장에서 삼성 부스를 찾았다.\n글 홍길동 가상월간 기자\n",
        HELD,
    ),
    # ... but a wire's dateline tells the day of the story it opens, with the year of the event.
    "a wire's dateline and an event's year": (
        "엔비디아, 워싱턴서 새 AI 칩 공개\n"
        "워싱턴, 10월29일 (로이터) - 엔비디아가 GTC 2025 워싱턴 행사에서 새 AI 칩을 공개했다.\n"
        "젠슨 황 CEO는 미국 내 AI 인프라 투자를 늘리겠다고 밝혔다.\n",
        dt.date(2025, 10, 29),
    ),
    # A magazine's issue right over the headline, with the day it came out, dates its feature,
    # whatever days the feature looks back on ...
    "a magazine's issue line over the headline": (
        "가상월간\n최신호\n지난호\n202406호 (2024.05.17)\n'AI 반도체 심장' HBM 전쟁, 삼성은 왜 뒤처졌나\n"
        "글 홍길동 가상월간 기자\n"
        "메모리 반도체 업계의 오랜 공식이 깨지고 있다. 고대역폭메모리(HBM) 시장의 주도권은 SK하이닉스에 있다.\n"
        "SK하이닉스는 4월 25일 발표한 1분기 실적에서 2조8860억원의 영업이익을 거뒀다.\n",
        dt.date(2024, 5, 17),
    ),
    # ... but the site's strip of the day the page was read, with its weekday, does not.
    "the day's strip with the edition's number": (
        "가상신문\n제2987호 (2024년 5월 17일 금요일)\n'AI 반도체 심장' HBM 전쟁, 삼성은 왜 뒤처졌나\n"
        "메모리 반도체 업계의 오랜 공식이 깨지고 있다. 고대역폭메모리(HBM) 시장의 주도권은 SK하이닉스에 있다.\n"
        "SK하이닉스는 4월 25일 발표한 1분기 실적에서 2조8860억원의 영업이익을 거뒀다.\n",
        HELD,
    ),
    # A broadcaster's stamp right over the headline, with the weekday and the time it aired.
    "a broadcast's stamp with its weekday and time over the headline": (
        "가상방송\n뉴스\n경제\n2025.06.23 (월) 20:11\n전북 '피지컬 AI' 실증 본궤도…정부 추경에 300억 반영\n"
        "홍길동 기자\n[앵커]\n전북자치도가 공들여 온 피지컬 AI 실증사업 예산이 추가경정예산안에 반영됐습니다.\n"
        "[리포트]\n정부가 지난 19일 국무회의에서 의결한 추경안에 실증사업 예산 300억 원이 반영됐습니다.\n",
        dt.datetime(2025, 6, 23, 20, 11, tzinfo=KST),
    ),
    # ... not when the story reports another day: a site's clock, over a story of the day before.
    "a time over the headline, the story reporting another day": (
        "가상방송\n뉴스\n경제\n2025.06.23 (월) 20:11\n전북 '피지컬 AI' 실증 본궤도…정부 추경에 300억 반영\n"
        "홍길동 기자\n전북자치도는 피지컬 AI 실증사업 예산 300억 원이 추경안에 반영됐다고 22일 밝혔다.\n"
        "도는 완주와 새만금 일대에 실증 공간을 마련할 계획이다.\n",
        HELD,
    ),
    # The stamp printed above the headline, under a section name.
    "stamp above the headline": (
        "IT·과학\n입력 2025.03.04 14:22\n카카오, AI 메이트 '카나나' 베타 출시\n"
        "카카오가 AI 메이트 서비스 '카나나'의 비공개 베타 테스트를 시작했다고 4일 밝혔다.\n"
        "김하늘 기자 sky@hankyung.com\n",
        dt.datetime(2025, 3, 4, 14, 22, tzinfo=KST),
    ),
}


@pytest.mark.parametrize("kind", list(DATES))
def test_only_the_articles_own_date_is_published(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    text, want = DATES[kind]
    fm, _ = ingest(tmp_path, capsys, text)
    assert published(fm) == want, fm


def test_a_section_name_above_the_stamp_is_not_the_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, _ = ingest(tmp_path, capsys, DATES["stamp above the headline"][0])
    assert fm["title"] == "카카오, AI 메이트 '카나나' 베타 출시" and "subtitle" not in fm


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (
            "충청의 힘, 내일을 여는 신문 · 중도일보\n2025년 3월 7일 금요일",
            "대전 대덕특구, '국가 AI 반도체 실증단지' 최종 선정",
        ),
        ("전체기사 | 정치·사회 | 경제·금융 | 산업·IT | 국제", "대전 대덕특구, '국가 AI 반도체 실증단지' 최종 선정"),
        (
            "전체기사 | 정치·사회 | 경제·금융 | 산업·IT | 국제 | 라이프·엔터",
            "대전 대덕특구, '국가 AI 반도체 실증단지' 최종 선정",
        ),
        ("전체기사 정치 경제 사회 교육 과학 문화", "대전 대덕특구, '국가 AI 반도체 실증단지' 최종 선정"),
    ],
)
def test_mastheads_and_menus_are_not_headlines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, title: str
) -> None:
    text = DATES["masthead and today"][0].split("\n", 2)[2]
    fm, _ = ingest(tmp_path, capsys, f"{top}\n{text}")
    assert fm["title"] == title and "subtitle" not in fm
    assert fm["publisher"] == "중도일보"


def test_sentences_with_a_widgets_word_stay_in_the_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kept = [
        "이 시각 현재 엔비디아 시총은 3조6000억달러다.",
        "유료 구독자는 무료 체험 없이 바로 이용할 수 있다.",
        "출시 직후 커뮤니티에는 호평 댓글이 쏟아졌다.",
    ]
    text = (
        '엔비디아 4% 급등…"AI 수요 꺾이지 않았다"\n입력2025.06.25 07:02\n'
        "엔비디아 주가가 24일(현지시간) 뉴욕증시에서 4% 넘게 올라 사상 최고가를 다시 썼다.\n"
        + "\n".join(kept)
        + "\n월가에서는 하반기 실적 개선 폭이 더 커질 것이란 관측이 나온다.\n정다운 기자 dw@hankyung.com\n"
    )
    _, text_body = ingest(tmp_path, capsys, text)
    assert all(line in text_body for line in kept)
    assert "월가에서는" in text_body


def test_spam_pasted_once_goes_with_its_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "삼성전자, 생성형 AI '가우스2' 공개\n2024.11.21 15:30\n"
        "삼성전자가 생성형 AI 모델 에볼루션카지노 '삼성 가우스2'를 21일 공개했다.\n"
        "가우스2는 다양한 언어를 지원하며 전작 대비 응답 속도가 빨라졌다.\n"
        "삼성전자는 가우스2를 사내 업무에 적용했다. 라이브바카라 추천 https://bet.example.com 가입머니 즉시지급\n"
        "김민지 기자 mjkim@edaily.co.kr\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert "삼성전자가 생성형 AI 모델 '삼성 가우스2'를 21일 공개했다." in text_body
    assert "삼성전자는 가우스2를 사내 업무에 적용했다.\n" in text_body
    for spam in ("에볼루션", "카지노", "바카라", "추천", "example.com", "가입머니", "즉시지급"):
        assert spam not in text_body


LEDE = "KT가 엔비디아 최신 GPU 2000장을 확보하고 국내 기업 대상 AI 클라우드 서비스를 확대한다고 10일 밝혔다."

HEADERS = {
    # A portal's copy: its toolbar under the stamp.
    "portal toolbar": (
        "입력2025.02.10. 오후 3:41  수정2025.02.10. 오후 4:05 기사원문\n박정현 기자\n추천\n본문 요약봇\n"
        "텍스트 음성 변환 서비스 사용하기\nSNS 보내기",
        "박정현",
    ),
    # The other portal: the reporter's name alone above the stamp, then its toolbar.
    "name beside the stamp": ("박정현\n입력 2025. 2. 10. 15:41\n번역 설정\n글씨크기 조절하기\n인쇄하기", "박정현"),
    # A correspondent's dateline on its own line.
    "correspondent": ("입력2025.02.10 15:41\n뉴욕=박정현 특파원", "박정현"),
    # A column's byline: the writer and their position.
    "columnist": ("등록 2025-02-10 15:41\n박정현 | 가상대학교 컴퓨터공학과 교수", "박정현"),
    # An English stamp, as some sites print it.
    "english stamp": ("Posted : Feb. 10, 2025 15:41\n박정현 기자", "박정현"),
    # A button for each service, copied into one line.
    "share buttons": (
        "기자명 박정현 기자\n입력 2025.02.10 15:41\nSNS 기사보내기\n"
        "페이스북(으)로 기사보내기 트위터(으)로 기사 보내기 카카오스토리(으)로 기사보내기",  # (spaced once)
        "박정현",
    ),
}


def test_a_deck_of_buttons_words_is_a_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'다시보기', 'VOD' are buttons' words too; a deck naming a few, each once, is no share bar."""
    deck = "유튜브 LIVE 다시보기 VOD 모두 AI 자막 지원"
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n{deck}\n입력 2025.02.10 15:41\n박정현 기자\n\n{STORY}")
    assert fm.get("subtitle") == deck, fm


@pytest.mark.parametrize("kind", list(HEADERS))
def test_what_stands_under_the_headline_is_no_deck(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    header, author = HEADERS[kind]
    text = (
        f'"한국형 GPU 클라우드" KT, 엔비디아 B200 2000장 확보\n{header}\n{LEDE}\nⓒ 전자신문, 무단전재 및 재배포 금지\n'
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["title"] == '"한국형 GPU 클라우드" KT, 엔비디아 B200 2000장 확보'
    assert "subtitle" not in fm, fm
    assert fm["author"] == author
    assert published(fm) == dt.datetime(2025, 2, 10, 15, 41, tzinfo=KST)
    assert text_body.strip() == LEDE


def test_a_portals_machine_summary_is_not_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "Daum\n머니투데이\nAI 요약\nSK하이닉스가 HBM4 12단 샘플을 세계 최초로 엔비디아에 공급했다.\n"
        "양산 준비도 하반기 안에 마칠 계획이다.\nSK하이닉스, HBM4 12단 샘플 세계 최초 공급…엔비디아 '루빈' 겨냥\n"
        "최경민 기자\n입력 2025. 3. 19. 09:31\n"
        "SK하이닉스가 6세대 고대역폭메모리 'HBM4' 12단 샘플을 세계 최초로 주요 고객사에 공급했다고 19일 밝혔다.\n"
        "업계에서는 이 고객사를 엔비디아로 보고 있다.\n최경민 기자 brown@mt.co.kr\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["title"] == "SK하이닉스, HBM4 12단 샘플 세계 최초 공급…엔비디아 '루빈' 겨냥"
    assert "세계 최초로 엔비디아에 공급했다." not in text_body and "양산 준비도" not in text_body
    assert text_body.strip().startswith("SK하이닉스가 6세대")


def test_a_broadcasts_sign_off_names_the_reporter_and_its_credits_go(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        '"AI가 면접 본다"…공공기관 AI 채용 확산\n등록일시 : 2025-06-12 20:31\n'
        "공공기관 채용에 인공지능 면접을 도입하는 곳이 늘고 있습니다.\n지원자들은 공정성을 걱정합니다.\n"
        "MBC뉴스 홍길동입니다.\n영상취재 : 김철수\nMBC 뉴스는 24시간 여러분의 제보를 기다립니다.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == "홍길동" and fm["publisher"] == "MBC"
    # The sign-off is the transcript's last line, as the anchor's lead-in is its first.
    assert text_body.strip().endswith("지원자들은 공정성을 걱정합니다.\n\nMBC뉴스 홍길동입니다.")
    assert "영상취재" not in text_body and "제보" not in text_body


@pytest.mark.parametrize(
    "fields",
    [
        "| 기자명 | 홍길동 기자 |\n| 입력 | 2025.10.28 14:31 |\n| 댓글 | 0 |\n",  # a table's rows, a field to each
        "2025.10.28 (火) 14:31\n홍길동 기자\n",  # the weekday in Chinese characters
    ],
    ids=["table", "hanja"],
)
def test_a_stamp_in_a_table_row_or_with_its_weekday_in_hanja(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fields: str
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n{fields}{STORY}")
    assert published(fm) == dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST) and fm["author"] == "홍길동"
    assert text_body.split() == STORY.split(), text_body


def test_a_storys_table_of_a_stamps_word_stays_a_table() -> None:
    # Its rows name a stamp's or a byline's field, but it holds no day with a reporter (reviewer 20's).
    for rows in [
        "| 입력 | 출력 |\n| 텍스트 | 이미지 |\n",
        "| 기자 | 2만 8,120명 |\n| 작성자 | 1,230명 |\n",
        "| 원서접수 | 2026.01.05 |\n| 등록 | 2026.02.09 |\n",
        "| 작성 | 2단계 |\n| 승인 | 1단계 완료 |\n",
        "| 기자 | 홍길동 |\n| 작성 | 2단계 |\n",  # a reporter beside a step, not a day
    ]:
        assert clean.field_rows(rows, packaged()) == rows


@pytest.mark.parametrize(
    ("headline", "under"),
    [
        ("기획연재: 저출산 20년 ③ 아이 울음 끊긴 마을", "전국 농촌 마을 10곳 중 4곳, 5년간 출생아 '0명'"),
        ("시리즈 | 반도체 전쟁 ② 삼성의 승부수, HBM4에 건다", "차세대 메모리 주도권 놓고 정면 승부"),
    ],
)
def test_a_headline_led_by_its_series_stays_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], headline: str, under: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{headline}\n{under}\n입력 2025.10.28 14:31\n홍길동 기자\n{STORY}")
    assert fm["title"] == headline and fm["subtitle"] == under


def test_a_reporters_word_in_an_interview_and_a_paragraph_on_one_stay_the_storys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    qa = '기자: 그렇군요\n인터뷰 말미에 그는 "한국 학생들의 열정은 대단하다"며 웃었다.\n'
    top = "카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n입력 2025.10.28 14:31\n"
    text = f"{top}{STORY}{qa}홍길동 기자 hong@gasang.com\n"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == "홍길동" and "기자: 그렇군요" in text_body
    assert text_body.strip().endswith("며 웃었다."), text_body


def test_a_scripts_interviewee_is_no_author_and_its_credit_names_the_reporter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "공공기관 AI 채용 확산\n2025년 06월 12일 20시 31분\n[앵커]\n공공기관 채용에 AI 면접이 늘고 있습니다.\n"
        "[기자]\n지원자들은 공정성을 걱정합니다.\n[인터뷰]\n김철수 / 가상대 경영학과 교수\n"
        '"평가 기준을 공개해야 합니다."\n가상사이언스 홍길동입니다.\n[인터뷰] 이영수 / 서울 마포구 : "좋아요."\n'
        "취재기자 : 홍길동\n촬영기자 : 이영희\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == "홍길동"
    assert "김철수 / 가상대 경영학과 교수" in text_body and "취재기자" not in text_body


def test_a_print_editions_note_is_not_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "카카오, 오픈AI와 손잡고 '카톡 속 챗GPT' 연내 출시\n이민아 기자 | 2025-02-04 14:20\n"
        "카카오가 오픈AI와 전략적 제휴를 맺고 카카오톡에 챗GPT를 연내 도입한다고 4일 밝혔다.\n"
        "이 기사는 2025년 2월 5일자 동아일보 지면 B1면에 게재됐습니다.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert "지면" not in text_body
    assert published(fm) == dt.datetime(2025, 2, 4, 14, 20, tzinfo=KST)


STORY = (
    "카카오가 카카오톡 채팅 탭에서 오픈AI의 챗GPT를 바로 쓸 수 있는 서비스를 28일 출시했다고 밝혔다.\n"
    "별도 앱을 설치하거나 새로 가입할 필요 없이 카카오 계정으로 이용할 수 있다.\n"
)


def test_a_menu_of_section_names_is_not_the_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "뉴스 반도체 모바일 SW ICT 전자·모빌리티 산업 경제 오피니언\n"
        "카카오톡 안에서 바로 챗GPT…카카오, 오픈AI 협업 서비스 출시\n입력 2025.10.28 14:31\n"
        + STORY
        + "이은지 기자 eunji@etnews.com\n"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["title"] == "카카오톡 안에서 바로 챗GPT…카카오, 오픈AI 협업 서비스 출시"


def test_a_quote_box_over_the_headline_is_no_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A trading app's or a finance page's quote over the story: the price's move and the day's volume.
    quote = "가상전자\n005930\nKOSPI\n71,400\n▲ 1,500 (+2.15%)\n거래량 18,442,310\n시간외 거래: 71,500 +100 (+0.14%)\n"
    fm, text_body = ingest(
        tmp_path, capsys, f"{quote}카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n2025.10.28\n{STORY}"
    )
    assert fm["title"] == "카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재"
    assert text_body.split() == STORY.split(), text_body


def test_a_quote_under_the_headline_is_neither_deck_nor_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = "거래량 18,442,310\n시간외 거래: 71,500 +100 (+0.14%)\n"
    headline = "카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재"
    fm, text_body = ingest(tmp_path, capsys, f"{headline}\n2025.10.28\n{quote}{STORY}")
    assert "subtitle" not in fm and text_body.split() == STORY.split(), (fm, text_body)


@pytest.mark.parametrize(
    "above",
    [
        # a newsroom's menu
        "가상전자 뉴스룸\n기업소식 제품소식 미디어센터 뉴스룸 소개\n미디어센터 > 보도자료 > 2025\n",
        # a paper's slogan
        "새벽을 여는 든든한 이웃 신문\nHOME > 오피니언 > 기고\n",
        # a slogan under the paper's name and over its menu
        "한국경제\n새벽을 여는 든든한 이웃 신문\n전체기사 정치 경제 사회 문화 스포츠 오피니언\n경제\n",
        # a ministry's menu, and a path of one step whose names hold a '·'
        "가상기술부\n알림·소식 정책·정보 기관소개 국민참여\n알림·소식 > 보도자료\n",
        # a path from the home page to the story, its headline the last step
        "가상뉴스\n홈 > IT > 플랫폼 > 카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n",
        # a series' label, and a story's categories in capitals
        "가상투데이\n연재 | 홍길동의 테크 돋보기\n",
        "가상타임즈\nVIDEO\nARTICLE\nTECH · AI · SEMICONDUCTOR\n",
    ],
)
def test_what_stands_above_a_breadcrumb_is_no_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], above: str
) -> None:
    text = f"{above}카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n2025.10.28\n{STORY}"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["title"] == "카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재"
    assert "소개" not in text_body and "신문" not in text_body and "subtitle" not in fm


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("© 2025 GASANG ELECTRONICS CO., LTD. All rights reserved.", "GASANG ELECTRONICS"),
        ("Copyright © Ministry of Imaginary Affairs. All rights reserved.", "Ministry of Imaginary Affairs"),
        # Its web address is no part of its name.
        ("ⓒ 가상미디어 Gasangmedia.net 무단전재 및 재배포 금지", "가상미디어"),
        # Nor its name in Latin letters after the Korean one, which is the name it calls itself (the labels').
        ("ⓒ 가상미디어 Gasang Media 무단전재 및 재배포 금지", "가상미디어"),
        ("Copyright © Gasang Tech Times.All rights reserved.", "Gasang Tech Times"),
        # A name of several words ends at the line's end, or at a comma before the ban; a photo's
        # credit after it is no part of it.
        ("ⓒ 가상 디플로마티크 한국어판", "가상 디플로마티크 한국어판"),
        ("ⓒ 가상 잡앤조이, 무단전재 및 재배포 금지", "가상 잡앤조이"),
        ("ⓒ 가상매거진 김철수", "가상매거진"),
        ("ⓒ 가상매거진 사진부", "가상매거진"),
        ("ⓒ 2025 가상매거진 모든 권리 보유", "가상매거진"),
        ("ⓒ 가상 리뷰 코리아", "가상 리뷰 코리아"),
    ],
)
def test_an_unknown_outlet_is_named_whole_from_its_copyright_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, want: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n2025.10.28\n{STORY}{line}\n")
    assert fm["publisher"] == want


@pytest.mark.parametrize(
    "end",
    [
        # a ministry's release: attachments, the table of whom to call, the files
        "붙임 1. 서비스 개요 1부.\n2. 참여 기업 현황 1부. 끝.\n"
        "담당 부서 | 인공지능정책과 | 책임자 | 과 장 | 홍길동 | (044-202-6310)\n"
        "<총괄> | | 담당자 | 서기관 | 김영희 | (044-202-6312)\n첨부파일\n251028_카카오_챗GPT_출시.hwpx\n",
        # a newsroom's or university's: a figure's caption, the tags, an archive of images
        "그림 1. 카카오톡 채팅 탭의 챗GPT 화면\n태그\n#카카오 #챗GPT #카카오톡\n언론 문의\n첨부파일 이미지.zip\n",
    ],
    ids=["ministry", "newsroom"],
)
def test_a_releases_attachments_contacts_and_tags_are_no_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], end: str
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n2025.10.28\n{STORY}{end}")
    assert text_body.split() == STORY.split(), text_body


def test_a_blogs_category_count_and_news_label_are_no_headline_or_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    top = "블로그\n이웃추가\n전체보기 (1,284개의 글)\nNAVER 소식\n"
    fm, text_body = ingest(
        tmp_path, capsys, f"{top}카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n2025. 10. 28. 10:00\n{STORY}"
    )
    assert fm["title"] == "카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재"
    assert "author" not in fm and "전체보기" not in text_body


def test_a_short_headline_about_comments_is_no_widget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    top = "오피니언 > 기자수첩\n[기자수첩] AI가 쓴 댓글, 가려낼 수 있나\n윤서진 기자\n기사 공유\n"
    fm, _ = ingest(tmp_path, capsys, f"{top}입력 2025.10.28 14:31\n{STORY}")
    assert fm["title"] == "[기자수첩] AI가 쓴 댓글, 가려낼 수 있나"


def test_a_fortune_strip_under_the_byline_is_no_stamp(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    top = "카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n윤서진 기자\n2025.10.30 (목) 오늘의 운세 보기\n"
    fm, _ = ingest(tmp_path, capsys, top + STORY)
    assert published(fm) == HELD


def test_a_deck_that_tells_the_story_then_who_speaks_is_no_writers_line() -> None:
    """'내일 시행 앞둔 AI기본법…홍길동 변호사(…)' under an interview's headline: its first word was
    published as the author ('내일'; set 49)."""
    lex = packaged()
    assert clean.writer_line("내일 시행 앞둔 AI기본법…홍길동 변호사(법무법인 가상 AI·데이터팀장)", lex) == ""
    assert clean.writer_line("홍길동 가상대학교 교수", lex) == "홍길동"


def test_a_clock_over_the_headline_on_the_day_the_seed_was_saved_is_no_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broadcaster's stamp over its headline tells the weekday and the time it aired; so may a
    site's clock over the page, on the day the page was read (a reviewer's page)."""
    story = "카카오가 새 AI 서비스를 내놓았다.\n업계는 이번 서비스가 시장을 바꿀 것으로 본다.\n"
    text = f"가상일보\n홈 경제 사회 IT 국제 문화\n2025.10.28 (화) 04:15\n{HEADLINE}\n{story}저작권자 © 가상일보\n"
    found = {}
    for day in (28, 31):  # read that day, or days after it aired
        root = make_project(tmp_path / str(day), {"a.txt": text})
        saved = dt.datetime(2025, 10, day, 4, 20, tzinfo=KST).timestamp()
        os.utime(root / "seeds" / "a.txt", (saved, saved))
        assert run_ingest(root, capsys)[0] == 0
        found[day] = published(front_matter(article_path(root, "a.txt")))
    assert found == {28: HELD, 31: dt.datetime(2025, 10, 28, 4, 15, tzinfo=KST)}


def test_a_date_later_than_the_day_the_seed_was_saved_is_no_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n2025.10.29\n{STORY}"
    root = make_project(tmp_path, {"a.txt": text})
    saved = dt.datetime(2025, 10, 28, 20, 0, tzinfo=KST).timestamp()  # the evening before that date
    os.utime(root / "seeds" / "a.txt", (saved, saved))
    code, out, err = run_ingest(root, capsys)
    assert code == 0, err
    assert published(front_matter(article_path(root, "a.txt"))) == HELD
    assert "later than the day the seed was saved (2025-10-28)" in out + err


@pytest.mark.parametrize(
    ("under", "deck"),
    [
        # a paper's toolbar and a stamp of two-digit years between the headline and its deck
        (
            "크게 작게\n기사 스크랩\n음성으로 듣기\n등록 25.10.28 14:22 | 수정 25.10.28 15:10\n"
            "• 작게보기\n• 크게보기\n카카오톡 안에서 바로 챗GPT…별도 앱 필요 없어\n"
            "페이스북 트위터 카카오톡 링크 복사\nSNS 기사보내기  바로가기 복사하기  본문 글씨 키우기\n",
            ["카카오톡 안에서 바로 챗GPT…별도 앱 필요 없어"],
        ),
        # a broadcaster's player and a gallery's arrows; no deck
        (
            "재생\n00:00 / 02:14\n자막뉴스\n◀ 이전 사진 | 다음 사진 ▶\n가 가\n등록 25.10.28 14:22\n"
            "Updated 2 hours ago\nShare  Print  Font size\n",
            [],
        ),
        # a release's bulleted deck
        (
            "2025.10.28 14:22\n- 카카오 계정만 있으면 누구나 무료로 이용\n- 연말까지 그룹 채팅방으로 확대\n",
            [
                "카카오 계정만 있으면 누구나 무료로 이용",
                "연말까지 그룹 채팅방으로 확대",
            ],  # (the subtitle drops the marks)
        ),
    ],
    ids=["toolbar", "player", "release"],
)
def test_the_deck_holds_only_lines_that_read_as_headlines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], under: str, deck: list[str]
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n{under}{STORY}")
    assert [line for line in str(fm.get("subtitle", "")).split(" / ") if line] == deck
    assert fm["date"] == dt.datetime(2025, 10, 28, 14, 22, tzinfo=KST) and "author" not in fm
    assert text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    "above",
    [
        "가상뉴스.network\n",  # a reader view's site line
        "The Wayback Machine - https://web.archive.org/web/20251028/https://example.kr/news/1\n",
        "정치 대통령실 국회 정당 선거 북한 외교 국방\n경제 금융 산업 부동산 기업 증권\n",  # names it does not know
        "라디오 > 김현정의 뉴스쇼\n",
        "뉴스 컴퓨팅 인터넷 반도체ㆍ디스플레이 디지털경제 방송/통신 카테크 과학 금융 유통 게임\n",
        "반도체 디스플레이 배터리 전장 IT·모바일 오피니언 전체기사\n",
        "전체 메뉴\n스토리 인사이트 미디어 갤러리\n스토리\n",  # the menu, then its current section alone
        "Startup Investment Global Event Column\nSearch\nStartup\n",
    ],
    ids=["site", "archive", "menu", "breadcrumb", "menu-of-pairs", "menu-of-loans", "menu-section", "menu-en"],
)
def test_a_sites_address_and_menus_of_unknown_names_are_no_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], above: str
) -> None:
    headline = "카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재"
    fm, text_body = ingest(tmp_path, capsys, f"{above}{headline}\n입력 2025.10.28 14:31\n{STORY}")
    assert fm["title"] == headline
    assert text_body.split() == STORY.split(), text_body


def test_a_headline_of_short_words_is_no_menu(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"인터뷰\n딥시크 이후 한국 AI가 가야 할 길\n[인터뷰] 홍길동 가상대 AI대학원 교수\n김철수 기자\n{STORY}"
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["title"] == "딥시크 이후 한국 AI가 가야 할 길"


def test_a_headline_of_plain_words_over_one_of_them_stays_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A keyword line under the headline repeats one of its words: no menu and its section."""
    fm, _ = ingest(tmp_path, capsys, f"카카오 챗GPT 서비스 출시\n카카오\n입력 2025.10.28 14:31\n{STORY}")
    assert fm["title"] == "카카오 챗GPT 서비스 출시"


def test_a_deck_of_short_words_is_no_menu(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = ["카카오 챗GPT 서비스 출시 국내 이용자 확대", "한국어 추론·코딩 평가서 해외 모델과 대등한 성능"]
    top = "카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n등록 2025.10.28 15:21\n기사내용 요약\n"
    fm, _ = ingest(tmp_path, capsys, top + "\n".join(deck) + f"\n{STORY}")
    assert fm["subtitle"] == " / ".join(deck)


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("경주=홍길동 기자 / 산업부 김철수 기자 / 경제부 이영희 기자", ["홍길동", "김철수", "이영희"]),  # desks
        ("정리=홍길동 에디터", "홍길동"),  # a newsletter's or interview's compiler
        ("By Dana Whitfield\n번역=홍길동 기자", "Dana Whitfield"),  # a translator is no author
        ("글: 홍길동(gildong7)\n편집: 김철수(kcs)", "홍길동"),  # a citizen-journalism site's credits
        ("글=홍길동 기자 / 사진=김철수 기자 / 그래픽=이영희 디자이너", "홍길동"),  # a reportage's team
        ("기사입력 2025-10-28 19:04\n홍길동 기자", "홍길동"),  # 기사 is no name
        ("가상일보 구독신청\n홍길동 기자", "홍길동"),  # nor a button
        ("글 · 홍길동", "홍길동"),  # a magazine's contributor
        ("글_홍길동 (웹진 편집팀)", "홍길동"),  # a webzine's writer and team
        ("글·사진\n홍길동 기자", "홍길동"),  # a credit's label over the writer
        ("글·구성\n홍길동 기자", "홍길동"),
        ("기자 : 홍길동", "홍길동"),  # a broadcaster's label
    ],
    ids=[
        "desks",
        "compiler",
        "translator",
        "account",
        "team",
        "stamp",
        "button",
        "dot",
        "underscore",
        "photos",
        "edited",
        "label",
    ],
)
def test_bylines_name_the_writers_not_their_desks_or_helpers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], byline: str, want: object
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n{byline}\n{STORY}")
    assert fm["author"] == want
    assert text_body.split() == STORY.split(), text_body


def test_a_credits_label_alone_names_no_writer() -> None:
    # '글 · 사진' over a photo essay's credits says what was made, not who made it.
    for line in ["글 · 사진", "글·영상", "글_그림", "글·구성", "글 · 그래픽", "글·정리", "글_디자인", "글·일러스트"]:
        label = clean.WRITER_LABEL.match(line)
        assert label is None or label.group("writer") is None, line


def test_a_transcripts_speaker_marks_stay_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'◇ 김현정> …': a '>' opens no tag, and the Markdown an editor opens shows it as written."""
    lines = ["◇ 진행자> 카카오톡에 챗GPT가 들어왔다고요?", "◆ 홍길동> 네, 채팅 탭에서 바로 쓸 수 있습니다."]
    text = f"카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n입력 2025.10.28 14:31\n{STORY}" + "\n".join(lines) + "\n"
    _, text_body = ingest(tmp_path, capsys, text)
    assert all(line in text_body for line in lines), text_body


LEDE = "카카오가 카카오톡 채팅 탭에서 오픈AI의 챗GPT를 바로 쓸 수 있는 서비스를 28일 출시했다고 밝혔다."
STAMP = "홍길동 기자\n입력 2025.10.28 14:31\n"


@pytest.mark.parametrize(
    ("page", "title", "deck", "kept"),
    [
        # a headline of plain nouns over its deck
        (
            f"가상일보\n삼성전자 엔비디아 HBM 공급 협상 최종 타결\n퀄테스트 통과…내년 물량 확정\n{STAMP}{LEDE}",
            0,
            [1],
            [],
        ),
        # a breadcrumb printed under the headline
        (
            f"가상일보\n카카오, 챗GPT 품은 카카오톡 출시\n홈 > 산업 > AI\n별도 앱 없이…대화 한 번에\n{STAMP}{LEDE}",
            0,
            [2],
            [],
        ),
        # decks with a ratio, a portal's name, copy-paste's double spaces
        (
            f"가상일보\nAI 인재 양성 사업, 경쟁률 역대 최고\n선발 경쟁률 1:15 기록…비전공자 절반\n{STAMP}{LEDE}",
            0,
            [1],
            [],
        ),
        (f"가상일보\n네이버, 생성형 AI 검색 정식 출시\n다음 검색 점유율 추월 목표\n{STAMP}{LEDE}", 0, [1], []),
        (
            f"가상일보\n반도체 수출, 석 달 연속 증가\nAI 서버용 메모리  수요 급증에  HBM 수출  두 배로\n{STAMP}{LEDE}",
            0,
            [1],
            [],
        ),
        # the story's own '붙임', hashtag and address lines
        (
            f"가상일보\n카카오, 챗GPT 품은 카카오톡 출시\n{STAMP}{LEDE}\n붙임 자료에 따르면 이용자는 100만 명이다.\n"
            "#카카오 #챗GPT\n회사는 이용자를 계속 늘릴 계획이다.\n"
            "모델은 허깅페이스(https://huggingface.co/x)에서 받을 수 있다\n논문은 깃허브에 공개했다 (https://github.com/x).\n",
            0,
            [],
            [3, 4, 6, 7, 8],
        ),
    ],
    ids=["nouns", "path-under", "ratio", "portal", "spaces", "story-lines"],
)
def test_ordinary_headlines_decks_and_sentences_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, title: int, deck: list[int], kept: list[int]
) -> None:
    """Pages a rule about menus, breadcrumbs, toolbars, attachments, tags or links could take
    apart (a reviewer's counter-examples): each line stays what it is."""
    lines = page.strip().split("\n")[1:]
    fm, text_body = ingest(tmp_path, capsys, page)
    assert fm["title"] == lines[title]
    assert [line for line in str(fm.get("subtitle", "")).split(" / ") if line] == [lines[i] for i in deck]
    for i in kept:
        assert lines[i] in text_body.replace("&lt;", "<").replace("\\", ""), lines[i]


def test_a_portals_transfer_stamp_and_a_newsrooms_masthead(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nate's '기사전송 … 최종수정 …' is the stamp; a company newsroom names the publisher."""
    stamp = "기사전송 2025-10-28 11:05 최종수정 2025-10-28 14:26"
    text = f"삼성전자 뉴스룸\n카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 탑재\n{stamp}\n{STORY}"
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["date"] == dt.datetime(2025, 10, 28, 11, 5, tzinfo=KST)
    assert fm["updated"] == dt.datetime(2025, 10, 28, 14, 26, tzinfo=KST)
    assert fm["publisher"] == "삼성전자 뉴스룸"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("[커버스토리] AI 메신저 전쟁\n", "카카오톡 안에서 바로 챗GPT…카카오, 오픈AI 협업 서비스 출시"),  # a kicker
        ("[포토] 카카오톡 새 화면 공개\n", "[포토] 카카오톡 새 화면 공개"),  # a section's label begins a headline
    ],
)
def test_a_series_kicker_is_no_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, title: str
) -> None:
    headline = "카카오톡 안에서 바로 챗GPT…카카오, 오픈AI 협업 서비스 출시"
    fm, _ = ingest(tmp_path, capsys, f"가상일보\n{top}{headline}\n입력 2025.10.28 14:31\n{STORY}")
    assert fm["title"] == title


def test_readers_comments_are_cut_with_their_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    comment = (
        "결국 성능이 문제지 말만 앞세우면 무슨 소용인가. 세금으로 만든 서비스라면 더 꼼꼼히 검증해야 한다고 생각합니다."
    )
    text = (
        "[정동칼럼] 카카오톡 속 챗GPT의 무게\n한서윤 서울대 과학학연구소 연구교수\n글자크기\n"
        + STORY
        + "한서윤 서울대 과학학연구소 연구교수\n기사 읽어주기\n댓글 3\n로그인하고 댓글을 남겨주세요\n"
        f"ai***\n{comment}\n2025.08.21 09:12\n신고\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert comment not in text_body and "연구교수" not in text_body
    assert fm["author"] == "한서윤"  # printed above and below the column
    assert published(fm) == HELD  # the only date is a comment's


@pytest.mark.parametrize(
    ("trailer", "author"),
    [
        # An outlet's name, the reporter and an address in brackets.
        ("YTN 이은지 (eunji@ytn.co.kr)\n※ '당신의 제보가 뉴스가 됩니다'\n[카카오톡] YTN 검색해 채널 추가", "이은지"),
        # A broadcast's credits in brackets, the call for tips.
        ("SBS 이은지입니다.\n(영상취재 : 김태훈, 영상편집 : 이소영, 디자인 : 최하늘)\n카카오톡 @SBS제보", "이은지"),
    ],
)
def test_broadcast_trailers(tmp_path: Path, capsys: pytest.CaptureFixture[str], trailer: str, author: str) -> None:
    text = (
        "카카오톡 안에서 바로 챗GPT…카카오, 오픈AI 협업 서비스 출시\n2025.10.28. 오후 2:31\n" + STORY + trailer + "\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == author
    signed = [line for line in trailer.split("\n") if line.endswith("입니다.")]
    assert text_body.strip() == "\n\n".join([*STORY.strip().split("\n"), *signed])
    assert "Kakao" in fm["tags"]


def test_a_latin_masthead_in_capitals_is_not_the_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "BYLINE NETWORK\n바이라인네트워크\n카카오, 챗GPT 품은 카카오톡 출시\n" + STORY + "이은지 기자\n"
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["title"] == "카카오, 챗GPT 품은 카카오톡 출시" and fm["publisher"] == "바이라인네트워크"


def test_markup_lines_portal_widgets_and_summaries_are_chrome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "카카오, 챗GPT 품은 카카오톡 출시\n입력 2025. 10. 28. 14:31\n요약보기\n"
        "요약보기 자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.\n"
        "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n카카오가 카톡에 챗GPT를 넣었다.\n"
        '<div class="article-photo"><img src="https://example.com/a.jpg" alt="카카오 로고"></div>\n'
        + STORY
        + "<br>\n이은지 기자 eunji@hankyung.com\n기자 프로필\n구독중\n순공감순\n최신순\n답글0\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert text_body.strip() == STORY.strip().replace("\n", "\n\n")


def test_an_advert_line_for_a_gambling_site_goes_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    glued = "카카오는 이용자 동의 없이 대화를 학습에 쓰지 않는다고 밝혔다.[파워볼사이트 추천]"
    text = (
        "카카오, 챗GPT 품은 카카오톡 출시\n입력 2025.10.28 14:31\n"
        + STORY
        + "바카라사이트 추천 ▶ 신규가입 첫충 30% 지급 ◀ 안전한 메이저사이트 bet.example.com\n"
        + glued
        + "\n이은지 기자 eunji@hankyung.com\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert "바카라" not in text_body and "첫충" not in text_body and "bet.example" not in text_body
    assert "카카오는 이용자 동의 없이 대화를 학습에 쓰지 않는다고 밝혔다." in text_body
    assert "파워볼" not in text_body


def test_a_reporters_other_articles_with_their_dates_are_a_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "전북자치도, AI 데이터센터 유치전\n하윤석 기자\n"
        "전북특별자치도가 인공지능 데이터센터 유치에 나섰다. 새만금 부지와 재생에너지를 앞세웠다.\n"
        "저작권자 © 전북일보 무단전재 및 재배포 금지\n하윤석 기자 다른기사보기\n"
        "전북자치도, 피지컬AI 실증 예산 통과 2025-12-03 17:10\n"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert published(fm) == HELD and fm["author"] == "하윤석"


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # The outlet and the reporter in the dateline's brackets.
        (["[헤럴드경제=박세린 기자] " + STORY], "박세린"),
        # A live page: updates above the first report, which carries the dateline.
        (
            ["[08:05 업데이트]", "크레스 CFO는 중국 매출이 없었다고 밝혔다.", "[07:10 업데이트]"]
            + ["황 CEO는 수요가 계속 강하다고 강조했다.", "[06:12 최초 보도]"]
            + ["[뉴욕=뉴스핌] 김현영 특파원 = " + STORY],
            "김현영",
        ),
        # Reporters one under the other.
        (["김준혁 기자", "최아영 기자", STORY], ["김준혁", "최아영"]),
    ],
)
def test_reporters_wherever_the_page_names_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str], authors: object
) -> None:
    text = "\n".join(["카카오, 챗GPT 품은 카카오톡 출시", "입력 2025.10.28 14:31", *lines]) + "\n"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == authors
    assert "기자" not in text_body and "특파원" not in text_body


def test_hashtags_contacts_and_calls_for_tips_are_chrome(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "카카오, 챗GPT 품은 카카오톡 출시\n입력 2025.10.28 14:31\n"
        + STORY
        + "#카카오 #챗GPT #오픈AI\n■ 제보하기\n▷ 전화 : 02-781-1234, 4444\n"
        + "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23\n"
    )
    _, text_body = ingest(tmp_path, capsys, text)
    assert text_body.strip() == STORY.strip().replace("\n", "\n\n")


@pytest.mark.parametrize(("day", "want"), [("28일", dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)), ("27일", HELD)])
def test_a_bare_stamp_above_the_headline_counts_when_the_story_reports_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], day: str, want: object
) -> None:
    text = (
        "2025-10-28 14:31\n카카오, 챗GPT 품은 카카오톡 출시\n"
        f"카카오가 카카오톡 채팅 탭에서 챗GPT를 바로 쓸 수 있는 서비스를 {day} 출시했다고 밝혔다.\n"
        "이은지 기자 eunji@hankyung.com\n"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert published(fm) == want


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (
            "네이버·카카오, AI 에이전트 경쟁 본격화",
            "네이버·카카오, AI 에이전트 경쟁 본격화",
        ),  # names of outlets, joined
        ("AI 스타트업 대표 '먹튀' 논란…정부 지원금 받고 폐업", "논란…정부 지원금 받고 폐업"),  # a spam word as news
    ],
)
def test_headlines_that_look_like_chrome_stay_headlines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, kept: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{title}\n입력 2025.10.28 14:31\n단독\n{STORY}이은지 기자 eunji@etnews.com\n")
    assert kept in fm["title"]
    assert "subtitle" not in fm and fm["author"] == "이은지"  # '단독' under the stamp is a label


def test_lines_like_chrome_inside_the_body_stay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kept = [
        "<p>별도 앱 없이 카카오 계정으로 쓸 수 있다.</p>",  # a paragraph copied with its element
        "참여 기업은 다음과 같다.",
        "삼성전자/SK하이닉스/마이크론",  # a list, not a menu
        "댓글 0",  # a share bar's count between paragraphs
        "회사는 이 기능이 협업 도구 시장에서 경쟁력을 높일 것으로 기대한다고 밝혔으며 업계도 결과에 주목하고 있다.",
        "이용자 반응도 좋은 편이다.",
        # A story's figures, each on a line of its own: a share, a score, a rate, a poll, a volume.
        *("삼성전자 23.1%", "MMLU 88.7", "기준금리 연 2.50%", "찬성 52.3%", "거래량 18,442,310", "A. 약 35.2%"),
        # Its lines about a figure, a sponsor's gift, a table of places (reviewer 19's).
        "<그림1> 청년층 고용률 국제 비교를 보면 한국의 고용률은 OECD 평균보다 낮았다.",
        "[그림 1]은 연구진이 개발한 인공 근육의 구조를 보여준다.",
        "이 평화의 소녀상은 시민 3천여 명의 후원으로 제작됐습니다.",
        "급식소에는 이런 안내문이 붙어 있다. 이 밥상은 이웃들의 후원으로 만들어집니다. 후원 회원이 되어 주세요.",
        "1위 | 서울 강남구 | 8.2%",
    ]
    text = "카카오, 챗GPT 품은 카카오톡 출시\n· 입력일 : 2025.10.28 14:31\n" + STORY + "\n".join(kept) + "\n"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert published(fm) == dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)  # a bulleted stamp, '입력일'
    for line in kept:
        if line != "댓글 0":
            assert re.sub(r"</?p>", "", line) in text_body, line


HEADLINE = "카카오톡 안에서 바로 챗GPT…카카오, 오픈AI 협업 서비스 출시"
# A headline with none of a headline's marks (quotes, an ellipsis), as a blog's post may have.
PLAIN_HEADLINE = "GPU 한 장도 놀리지 않기: 학습 플랫폼의 스케줄러 개선기"
QUOTED_HEADLINE = '카카오, 카톡에 챗GPT 품었다…"앱 설치 필요 없다"'  # (a quoted sentence ends it)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("AI 테크 비즈 컬처 게임 오피니언", HEADLINE),
        ("플랫폼 모빌리티 클라우드 보안 커머스 스타트업 피플", HEADLINE),
        # Topic words in a headline of their own: not a menu, as most of its words are not topics.
        ("AI 반도체 클라우드 보안 투자 확대", "AI 반도체 클라우드 보안 투자 확대"),
    ],
)
def test_a_menu_of_topic_names_is_not_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, title: str
) -> None:
    text = f"{top}\n{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}"
    fm, _ = ingest(tmp_path, capsys, text + "이은지 기자 eunji@etnews.com\n")
    assert fm["title"] == title


def test_the_days_strip_above_a_headline_does_not_mark_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    top = "뉴스광장\n오늘의 뉴스광장 2026.11.29 (일)\n경제\n"
    text = f"{top}카카오톡 안에서 바로 챗GPT…오픈AI 협업\n이은지 기자\n공유 하기\n{STORY}"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["title"] == "카카오톡 안에서 바로 챗GPT…오픈AI 협업"
    assert fm["author"] == "이은지"
    assert "공유" not in text_body  # a button's label, however spaced
    assert published(fm) is HELD  # the strip is the day the page was read


def test_a_wire_stamp_with_its_label_after_the_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "카카오, 오픈AI 협업 서비스 출시\n"
        "(서울=가상통신) 이은지 기자 | 2025-10-28 10:05 송고 | 2025-10-28 14:20 최종수정\n"
        f"{STORY}"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert published(fm) == dt.datetime(2025, 10, 28, 10, 5, tzinfo=KST)
    assert fm["updated"] == dt.datetime(2025, 10, 28, 14, 20, tzinfo=KST)
    assert fm["author"] == "이은지"
    assert "송고" not in text_body and text_body.lstrip().startswith("카카오가 카카오톡")


@pytest.mark.parametrize(
    ("top", "want"),
    [
        ("2025년 10월 28일\n", dt.date(2025, 10, 28)),  # right above the headline: the stamp
        ("2025년 10월 28일\n뉴스레터 구독\n", HELD),  # higher up: as often the day the page was read
    ],
)
def test_a_day_right_above_the_headline_is_its_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, want: object
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"가상네트워크\n{top}카카오, 챗GPT 품은 카카오톡 출시\n{STORY}")
    assert fm["title"] == "카카오, 챗GPT 품은 카카오톡 출시"
    assert published(fm) == want
    assert "뉴스레터" not in text_body


def test_spam_spelled_in_jamo_or_with_a_bare_address_goes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "카카오, 챗GPT 품은 카카오톡 출시\n입력 2025.10.28 14:31\n"
        "카카오가 카카오톡 채팅 탭에서 챗GPT를 바로 쓸 수 있는 서비스를 28일 출시했다.ㅋㅏ지노사이트 바로가기 "
        "https://casino.example.top\n"
        "별도 앱을 설치할 필요 없이 카카오 계정으로 이용할 수 있다.바카라사이트 추천 ▷ bac-example88.com\n"
        "이은지 기자 eunji@hankyung.com\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert "서비스를 28일 출시했다.\n" in text_body and "카카오 계정으로 이용할 수 있다.\n" in text_body
    for spam in ("ㅋㅏ", "지노", "바로가기", "casino", "바카라", "추천", "▷", "example88"):
        assert spam not in text_body, spam


@pytest.mark.parametrize(
    ("first", "advert"),
    [
        # Latin letters for vowels ('ㅋr지노' reads 카지노), an address with an ideographic full
        # stop, glued after the story's sentence on its line.
        (
            "출시했다고 밝혔다. ▶bk99-vip。com◀ ㅂr카라 ㅅl롯",
            "★ㅋr지노★ 첫충 20% 당일 환전 ▶ bk99-vip。com ◀ 문의 텔레 @bk99",
        ),
        # Letters spaced apart, an address in full-width letters.
        (
            "출시했다고 밝혔다. 메이저사이트 토토사이트 검증 완료",
            "온 ㄹr 인 ㅋr 지 노 ★ ｂｅｔ－ｓｌｏｔ．ｃｏｍ ★ 가입즉시 5만P 지급",
        ),
        # Full-width letters and ideographic spaces.
        (
            "출시했다고 밝혔다.",
            "ＳＬＯＴ７７７\u3000신규가입\u3000３만\u3000즉시지급\u3000★\u3000온\u3000라\u3000인\u3000바\u3000카\u3000라",
        ),
    ],
    ids=["latin-vowels", "spaced-letters", "ideographic-spaces"],
)
def test_spam_spelled_with_lookalike_letters_goes_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, advert: str
) -> None:
    lede, second = STORY.splitlines()
    lede = lede.replace("출시했다고 밝혔다.", first)
    text = f"카카오, 챗GPT 품은 카카오톡 출시\n입력 2025.10.28 14:31\n{lede}\n{advert}\n{second}\n"
    _, text_body = ingest(tmp_path, capsys, text)
    assert text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    "line",
    [
        "(영상취재 : 김철수, 영상편집 : 이영희, 화면출처 : 유튜브(YouTube))",
        "[관련기사]카카오, 오픈AI와 전략적 제휴",
        "<한국경제>",
        "※ 외부 필자의 칼럼은 본지의 편집 방향과 다를 수 있습니다.",
        "구독자 5,120",
        "━━━━━━━━━━━━━━━━",
        "출처: 과학기술정보통신부, 국가법령정보센터",
        "1 2 3 다음",
        "페이지 1 / 3",
        "이 기사는 가상일보와 뉴욕타임스(NYT)의 콘텐트 제휴에 따라 번역·게재한 것입니다.",
        "* 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 정확한 내용은 방송으로 확인하시기 바랍니다.",
        "카카오톡 채팅 탭의 챗GPT 화면. 사진 제공=카카오",
        "▶관련기사 구글, 내일 I/O 개막…'제미나이' 새 기능 공개 전망",
        "▷ 전화 02-784-4000",
        "정신아 카카오 대표. 가상일보DB",
        "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.",
        "[사진 2] 로봇이 식기 건조대에서 그릇을 꺼내 선반에 정리하는 모습.",
        "<그림1> 파운데이션 모델의 학습 구조 개념도",
        "가상타파는 광고 없이 시민의 후원으로 만듭니다. 후원회원이 되어 주세요.",
        "이 기사는 가상타파 후원회원의 회비로 제작됐습니다.",
        "가상타파 | 서울특별시 중구 | 비영리 독립언론",
    ],
)
def test_credits_related_links_and_notices_between_paragraphs_are_chrome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    first, second = STORY.splitlines()
    text = f"카카오, 챗GPT 품은 카카오톡 출시\n입력 2025.10.28 14:31\n{first}\n{line}\n{second}\n이은지 기자\n"
    _, text_body = ingest(tmp_path, capsys, text)
    assert text_body.split() == f"{first} {second}".split()


def test_a_column_signed_with_its_writer_and_a_portals_reporter_card(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = [
        "글 정하나 가상대학교 교육학과 교수",
        "Copyright ⓒ 한국경제. 무단 전재 및 재배포 금지.",
        "기사 섹션 분류 안내",
        "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. "
        "언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.",
        "한국경제 정하나 기자",
        "응원수 1,203",
    ]
    fm, text_body = ingest(tmp_path, capsys, f"카카오, 챗GPT 품은 카카오톡 출시\n{STORY}" + "\n".join(card) + "\n")
    assert fm["author"] == "정하나"
    assert text_body.split() == STORY.split()


def test_share_buttons_under_the_byline_are_no_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"카카오, 챗GPT 품은 카카오톡 출시\n이은지 기자 | 입력 2025.10.28 14:31\n페이스북 공유\n밴드 공유하기\n{STORY}"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert "subtitle" not in fm and "Meta" not in fm["tags"]


def test_a_list_of_related_headlines_and_a_newsletters_date_are_not_the_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    kept = "저작권자가 학습 거부 의사를 밝힌 콘텐츠는 학습에서 빼야 한다."  # a body sentence, no copyright line
    text = (
        f"카카오, 챗GPT 품은 카카오톡 출시\n{first}\n관련기사\n오픈AI, 한국 법인 설립\n구글, 제미나이 새 버전 공개\n"
        f"{second}\n{kept}\n이은지 기자 eunji@hani.co.kr\nⓒ 한겨레신문사 : 무단 전재 및 재배포 금지\n"
        "[뉴스레터] 한겨레 AI 브리핑 — 2026년 11월 28일 발송\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert text_body.split() == f"{first} {second} {kept}".split()
    assert published(fm) is HELD


def test_a_newsmagazine_of_a_daily_is_its_own_publisher(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"매경이코노미\n카카오, 챗GPT 품은 카카오톡 출시\n입력 : 2025.10.28 14:31:05\n{STORY}"
    text += "저작권자 ⓒ 매경이코노미 무단전재 및 재배포 금지\n"
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["publisher"] == "매경이코노미"


@pytest.mark.parametrize(
    "top",
    ["English 中文 日本語 Tiếng Việt", "HOME > IT > 컴퓨팅", "홈 > 산업", "PRNewswire 보도자료", "가상일보 오피니언"],
)
def test_language_switches_breadcrumbs_and_section_names_are_not_headlines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"가상일보\n{top}\n{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}")
    assert fm["title"] == HEADLINE and "subtitle" not in fm


def test_a_press_release_carried_by_a_wire(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = STORY.splitlines()
    text = (
        f"{HEADLINE}\n2025-10-28 08:00 송고\n"
        f"(새너제이, 캘리포니아주 2025년 10월 27일 PRNewswire=연합뉴스) {first}\n"
        "[관련 기사] 카카오, 오픈AI와 손잡고 카카오톡에 챗GPT 붙인다…연내 출시 목표로 개발 착수\n"
        f"{second}\n"
        "※ 이 보도자료는 PRNewswire 측이 제공한 것으로 연합뉴스는 내용에 대해 어떠한 편집도 하지 않았으며, "
        "연합뉴스 편집방향과는 무관함을 밝혀 드립니다.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert text_body.split() == f"{first} {second}".split()
    assert fm["publisher"] == "연합뉴스"
    assert published(fm) == dt.datetime(2025, 10, 28, 8, 0, tzinfo=KST)


SIGNED = "홍길동 기자 hong@example.co.kr\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"


@pytest.mark.parametrize(
    ("page", "title", "kept"),
    [
        # '글 …' opening a headline is no column's credit.
        ("글 쓰는 AI에 일자리 잃는 작가\n입력 2025.07.10 10:05\n", "글 쓰는 AI에 일자리 잃는 작가", ""),
        # A date and a stamp's word inside sentences are no stamp.
        (
            "AI 투자 늘린다\n입력 2025.07.10 10:05\n",
            "AI 투자 늘린다",
            "보고서(2025.07.09 발행)에 따르면 AI 투자는 늘었다. 회사는 2025-07-01 업데이트 이후 기능을 열었다.",
        ),
        # A headline and a sentence about newsletters.
        (
            "스티비, AI 뉴스레터 제작 도구 공개…요약·제목 추천\n입력 2025.07.10 10:05\n",
            "스티비, AI 뉴스레터 제작 도구 공개…요약·제목 추천",
            "뉴스레터 구독자는 5만 명이다.",
        ),
        # A headline of topic words, with one that is not.
        ("AI 반도체 로봇 바이오 전망\n입력 2025.07.10 10:05\n", "AI 반도체 로봇 바이오 전망", ""),
        # Items of a digest are the article.
        (
            "[AI 브리핑] 오늘의 소식\n입력 2025.07.10 10:05\n",
            "[AI 브리핑] 오늘의 소식",
            "[주요 뉴스] 오픈AI는 차세대 모델 GPT-5를 공개했다.",
        ),
        # '저작권자' before a bracket in a sentence.
        (
            "AI 학습과 저작권\n입력 2025.07.10 10:05\n",
            "AI 학습과 저작권",
            "저작권자(언론사)들은 동의 없는 학습을 막을 수 있게 됐다.",
        ),
        # An interview's last answer ends with a plea, not a button.
        (
            'AI 스타트업 대표 "세계로 간다"\n입력 2025.07.10 10:05\n',
            'AI 스타트업 대표 "세계로 간다"',
            "앞으로도 한국 AI 스타트업이 세계 무대에서 활약할 수 있도록 많이 응원해 주세요!",
        ),
        # A paragraph citing its source in brackets, a subheading on video editing, one led by '키워드'.
        (
            "생성형 AI 이용률 38%…1년 새 두 배\n입력 2025.07.10 10:05\n",
            "생성형 AI 이용률 38%…1년 새 두 배",
            "회사는 지난해 매출 120억원을 기록했다. 이용률은 38%로 늘어난 것으로 나타났다(자료: 과학기술정보통신부).\n"
            "영상 편집 자동화 경쟁\n편집 도구 시장에서는 AI 경쟁이 한창이다.\n"
            "키워드 : 신뢰와 투명성\n기업들은 신뢰를 강조했다.",
        ),
        # A list of names and posts ends the story: no column's signature.
        (
            "삼성, AI 전략 회의 개최\n입력 2025.07.10 10:05\n",
            "삼성, AI 전략 회의 개최",
            "참석자는 다음과 같다.\n이재용 삼성전자 회장\n전영현 삼성전자 부회장",
        ),
        # A headline of plain words over a keyword line that repeats one of them, then a deck.
        (
            '엔비디아 젠슨 황 방한 삼성 회동\n엔비디아\nHBM 공급 논의 주목…"협력 확대"\n입력 2025.07.10 10:05\n',
            "엔비디아 젠슨 황 방한 삼성 회동",
            "",
        ),
        # Set M's review: a paragraph ending with a source in brackets is no caption.
        (
            f"{HEADLINE}\n입력 2025.07.10 10:05\n",
            HEADLINE,
            "오픈AI는 한국 사용자가 두 배 이상 늘어날 것으로 기대한다고 밝혔다. (OpenAI Korea)",
        ),
        # A series' kicker '[기획]' over its headline; section words in a headline over its deck,
        # and as a subheading in the body.
        (
            "[기획] AI 반도체 전쟁\n삼성·SK하이닉스, HBM4 주도권 놓고 정면승부\n입력 2025.07.10 10:05\n",
            "삼성·SK하이닉스, HBM4 주도권 놓고 정면승부",
            "",
        ),
        (
            "구글 딥마인드 AI 날씨 예측 모델 공개\n기존 수치예보보다 8배 빨라…15일 앞 예측\n입력 2025.07.10 10:05\n",
            "구글 딥마인드 AI 날씨 예측 모델 공개",
            "내일 날씨\n기상청은 내일 전국이 맑겠다고 예보했다.",
        ),
        # Company names set apart by '>' are a headline's comparison, not a site's path.
        ("Gemini > ChatGPT\n구글 제미나이, 챗GPT 첫 추월\n입력 2025.07.10 10:05\n", "Gemini > ChatGPT", ""),
    ],
)
def test_review_counterexamples_stay_read_right(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, title: str, kept: str
) -> None:
    fm, text_body = ingest(tmp_path, capsys, page + STORY + (kept + "\n" if kept else "") + SIGNED)
    assert fm["title"] == title
    assert fm["author"] == "홍길동"
    assert published(fm) == dt.datetime(2025, 7, 10, 10, 5, tzinfo=KST)
    assert text_body.split() == (STORY + kept).split()


def test_a_stamp_with_a_weekday_and_a_time_under_a_short_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"오픈AI에 혼났습니다\n홍길동 기자 | 2025.07.10(목) 15:20\n{STORY}")
    assert fm["title"] == "오픈AI에 혼났습니다"
    assert published(fm) == dt.datetime(2025, 7, 10, 15, 20, tzinfo=KST)


def test_a_photo_caption_in_brackets_is_no_press_release_dateline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    caption = "(왼쪽부터 홍길동 가상AI 대표와 김영희 가상대 총장=가상AI 제공) "
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.07.10 10:05\n{caption}{STORY}")
    assert fm.get("publisher") != "가상AI 제공"


def test_a_day_alone_above_the_headline_is_kept_for_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, _ = ingest(tmp_path, capsys, f"2025.10.28\n{HEADLINE}\n{STORY}")
    assert fm["date"] == dt.date(2025, 10, 28) and fm["draft"] is True
    assert any("check its month" in point for point in fm["review"])


def test_a_list_of_related_headlines_ends_at_a_subheading_or_a_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    listed = "관련 기사\n▶ 오픈AI, 한국 법인 설립\n■ 남은 과제는 반도체"
    text = f"{HEADLINE}\n입력 2025.07.10 10:05\n{first}\n{listed}\n{second}\nQ. 경쟁사와 차이는?\n"
    _, text_body = ingest(tmp_path, capsys, text + SIGNED)
    assert "■ 남은 과제는 반도체" in text_body and "Q. 경쟁사와 차이는?" in text_body
    assert "한국 법인 설립" not in text_body


@pytest.mark.parametrize(
    "top",
    [
        "로그인  회원가입  마이페이지",
        "LIVE  편성표  VOD",
        "IT > 인터넷·플랫폼",
        "코스피 2,501.12 ▲0.84%  코스닥 712.40 ▼0.22%",
        "커버스토리 | 비즈니스 | 인터뷰 | 테크 | 머니 | 칼럼 | 지난호 보기",
        "National | Business | Tech | Opinion | Lifestyle | 한국어",
        "weekly.example.com",
        "오늘의 편성표 12월 3일(목)",
    ],
)
def test_button_and_link_bars_breadcrumbs_strips_and_addresses_are_not_headlines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"가상일보\n{top}\n{HEADLINE}\n기사입력 2025/08/28 [19:20]\n{STORY}{SIGNED}")
    assert fm["title"] == HEADLINE
    assert published(fm) == dt.datetime(2025, 8, 28, 19, 20, tzinfo=KST)  # a time in square brackets


@pytest.mark.parametrize(
    ("byline", "lede", "authors"),
    [
        ("홍길동 기자 · 김철수 기자", "", ["홍길동", "김철수"]),
        ("홍길동·김철수 기자, 실리콘밸리=이영희 특파원", "[가상경제=홍길동 기자] ", ["홍길동", "김철수", "이영희"]),
        ("By 홍길동 · 6 min read", "", ["홍길동"]),
        ("글 / 홍길동 가상연구원 선임연구위원", "", ["홍길동"]),
        ("송고시간 2025-07-10 10:05", "", None),
    ],
)
def test_every_reporter_a_byline_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], byline: str, lede: str, authors: list[str] | None
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n{byline}\n입력 2025.07.10 10:05\n{lede}{STORY}")
    got = fm.get("author")
    assert (got if isinstance(got, list) or got is None else [got]) == authors


def test_a_sign_off_glued_to_the_last_sentence_and_a_commenters_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    comment = "댓글 1\n제주사랑 2025-07-11 10:12\n"
    text = f"{HEADLINE}\n입력 2025.07.10 10:05\n{first}\n{second}홍길동 기자 hong@example.com\n{comment}"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split()


def test_a_date_line_later_than_every_year_the_story_names_is_not_its_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = "오픈AI는 o3-미니를 2025년 첫 신제품으로 내세웠다고 31일 밝혔다.\n가격은 크게 낮췄다.\n"
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\nBy 홍길동\n{story}밀크레터 Vol.412 · 2026년 12월 5일\n")
    assert published(fm) is HELD


def test_spam_glued_to_a_sentence_takes_the_rest_of_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    text = f"{HEADLINE}\n입력 2025.07.10 10:05\n{first}슬롯사이트 추천 ☞ 첫충 20% 매일 지급\n{second}\n{SIGNED}"
    _, text_body = ingest(tmp_path, capsys, text)
    assert text_body.split() == STORY.split()


def test_a_photo_pages_one_long_caption_is_its_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = (
        "15일 대구 엑스코에서 개막한 로봇산업전을 찾은 관람객들이 바리스타 로봇을 지켜보고 있다. "
        "올해로 18회째인 이번 전시회에는 국내외 로봇 기업 230곳이 참가해 협동로봇과 휴머노이드 등 650여 점을 "
        "선보인다. 전시는 17일까지 사흘간 이어지며 구매상담회도 열린다."
    )
    text = f"[포토] 바리스타 로봇에 휴머노이드까지\n승인 2025-10-15 16:22\n{story}/사진=김정호 기자 kjh@example.com\n"
    fm, text_body = ingest(tmp_path, capsys, text + "저작권자 © 대구일보 무단전재 및 재배포 금지\n")
    assert text_body.split() == story.split() and fm["author"] == "김정호"


def test_a_groups_magazine_is_the_publisher_though_its_reporters_use_the_groups_addresses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trailer = "이한결 기자 hklee@donga.com\nⓒ 주간동아, 무단 전재 및 재배포 금지\n"
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.07.10 10:05\n{STORY}{trailer}")
    assert fm["publisher"] == "주간동아" and fm["author"] == "이한결"


def test_newsletter_boxes_profiles_notices_and_an_english_byline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    box = "매주 목요일, 반도체·IT 핵심 뉴스를 메일로 받아보세요\n이메일 주소 입력\n이 기사가 도움이 되셨나요?"
    trailer = (
        "가상경제 테크팀 기자. 반도체와 AI를 취재합니다.\n기자 페이지 바로가기 +\n"
        "※ 이 기사는 AI 번역 후 편집자 감수를 거쳤습니다.\n"
    )
    top = "Sign in  Subscribe\n"
    text = f"{top}{HEADLINE}\nBy Lee Seo-hyun\n입력 2025.07.10 10:05\n{first}\n{box}\n{second}\n{trailer}"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["title"] == HEADLINE and fm["author"] == "Lee Seo-hyun"
    assert text_body.split() == STORY.split()


def test_a_sign_off_with_its_address_in_brackets_and_a_desk_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    fm, text_body = ingest(
        tmp_path, capsys, f"{HEADLINE}\n입력 2025.07.10 10:05\n{first}\n{second}/박지은 기자(pje@example.com)\n"
    )
    assert fm["author"] == "박지은" and text_body.split() == STORY.split()
    fm, _ = ingest(tmp_path / "desk", capsys, f"{HEADLINE}\n뉴스센터\n입력 2025.07.10 10:05\n{STORY}")
    assert fm.get("author") is None


def test_a_live_pages_updates_each_open_with_the_outlets_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    updates = [f"[데일리안 = 조하은 기자] {n}번째 소식이다. 구글이 새 기능을 공개했다고 밝혔다." for n in range(1, 16)]
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.05.21 04:12\n" + "\n".join(updates) + "\n")
    assert "데일리안 =" not in text_body and "15번째 소식이다." in text_body
    assert fm["author"] == "조하은"


def test_a_masthead_names_the_publisher_whose_reporters_write_from_the_groups_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fm, _ = ingest(
        tmp_path, capsys, f"동아사이언스\n{HEADLINE}\n입력 2025.07.10 10:05\n{STORY}오세윤 기자 syoh@donga.com\n"
    )
    assert fm["publisher"] == "동아사이언스"


def test_a_press_releases_contact_block_and_a_magazines_issue_are_chrome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trailer = "웹사이트: https://example.ai\n\n연락처\n가상AI\n홍보팀\n김은지 매니저\n이메일 보내기\n• 호수 907\n"
    _, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n2025-05-20 09:00\n{STORY}{trailer}")
    assert text_body.split() == STORY.split()


def test_a_paywall_a_trending_list_and_an_anchors_lead_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lead = "현장에 나가 있는 취재기자 연결합니다. 홍길동 기자!"
    trailer = (
        "이 기사는 유료회원 전용입니다.\n유료회원 가입하기\n[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]\n"
        "지금 뜨는 뉴스\n애플, 새 AI 비서 공개 2026.12.03. 오전 9:12\n"
    )
    text = f"로그인 | 회원가입 | 유료회원 안내\n{HEADLINE}\n[앵커]\n{lead}\n[기자]\n{STORY}{trailer}"
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["title"] == HEADLINE and fm["author"] == "홍길동"
    assert published(fm) is HELD


def test_a_boards_post_links_its_postal_address_tags_and_a_donation_button_are_chrome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = f"{STORY}다음 글에서 카카오의 다른 서비스를 자세히 다루겠다.\n"
    trailer = (
        "좋은 기사는 독자가 만듭니다. 가상IN 후원하기\nTags: 카카오 챗GPT 카카오톡\n"
        "이전글 가상대, 2026학년도 입학식 개최\n다음글 가상대-가상시, 'AI 클러스터' 협약\n목록\n"
        "37673 경북 포항시 남구 가상로 77 가상대학교\nRelated Posts\n카카오, 새 AI 서비스 공개\n"
    )
    _, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n2025-10-28 14:31\n{story}{trailer}")
    assert text_body.split() == story.split(), text_body


def test_a_columns_writer_signs_its_last_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    top = "[신문로] 국가 AI컴퓨팅센터, 전기요금부터 따져봐야\n2025-09-23 13:00:02 게재\n"
    fm, text_body = ingest(tmp_path, capsys, f"{top}{STORY}홍길동 가상과학기술대 인공지능응용학과 교수\n")
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split(), text_body


def test_a_transcripts_first_cue_starts_the_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The anchor's short first line under '[앵커]' is spoken text, not a deck."""
    spoken = "요즘 챗GPT 쓰시는 분들 많으시죠.\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n채널A | 2023-11-07 19:52\n[앵커]\n{spoken}{STORY}")
    assert "subtitle" not in fm and text_body.split() == (spoken + STORY).split(), text_body


@pytest.mark.parametrize("order", ["print first", "online first"])
def test_the_online_stamp_wins_over_the_print_editions_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], order: str
) -> None:
    """'발행일 … 제12면' is the day the paper was printed, often the day after the story went
    online: the article's date is its 입력 time, and its 수정 time is kept."""
    stamps = ["발행일 2024-06-12 제12면", "입력 2024-06-11 오후 7:38\n수정 2024-06-11 오후 9:02"]
    top = "\n".join(stamps if order == "print first" else reversed(stamps))
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n{top}\n{STORY}")
    assert fm["date"] == dt.datetime(2024, 6, 11, 19, 38, tzinfo=KST)
    assert fm["updated"] == dt.datetime(2024, 6, 11, 21, 2, tzinfo=KST)
    related = "관련기사\n삼성전자, HBM3E 12단 양산 돌입 입력 2024-05-01 10:00\n"
    fm, _ = ingest(tmp_path / "print only", capsys, f"{HEADLINE}\n{stamps[0]}\n{STORY}홍길동 기자\n{related}")
    assert fm["date"] == dt.date(2024, 6, 12)  # not the related article's, further down


def test_a_bar_set_with_the_letter_i_a_camera_credit_a_donation_plea_and_a_photo_credit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'[더팩트ㅣ홍길동 기자]' opens the first paragraph; '영상취재 김철수' has no colon."""
    first, second = STORY.splitlines()
    caption = "카카오와 오픈AI 관계자들이 협약을 맺고 있다(사진 제공: 카카오)."
    text = (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n[가상팩트ㅣ홍길동 기자] {first}\n{caption}\n"
        f"가상오늘을 후원해주세요\n{second}\n영상취재 김철수\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize("menu", ["정치 경제 사회 문화 IT 국제", "정치 | 경제 | 사회 | 문화 | IT"])
def test_a_headline_over_the_menu_and_its_deck_with_no_site_line_above_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], menu: str
) -> None:
    deck = "가입 없이 카톡에서 바로 챗GPT 함께 쓴다"
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n{menu}\n{deck}\n입력 2025.10.28 14:31\n홍길동 기자\n\n{STORY}")
    assert fm["title"] == HEADLINE and fm.get("subtitle") == deck, fm


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # A menu of names over the login bar and the page's section, then the headline.
        ("가상전자신문\n반도체 AI 전장 IoT 디스플레이 전자부품 이벤트\n로그인 회원가입\nAI 반도체", HEADLINE),
        # An outlet the registry does not know, its slogan between its name and its menu.
        ("가상교육신문\n교사들이 함께 만드는 교육전문지\n뉴스 정책 교원 학교 오피니언 교육자료\n정책", HEADLINE),
        # A headline of plain names over its marked deck stays the headline: no menu between them,
        ("로그인 회원가입\n카카오 오픈AI 챗GPT 협업 서비스 출시", "카카오 오픈AI 챗GPT 협업 서비스 출시"),
        # nor when the page starts with it and its section stands between them,
        ("카카오 오픈AI 챗GPT 협업 서비스 대거 출시\n경제 | 산업 | IT", "카카오 오픈AI 챗GPT 협업 서비스 대거 출시"),
        # and a short one under the site's name says nothing of what the outlet is: no slogan.
        ("가상플러스\n카카오톡 챗GPT 출격 임박\n뉴스 | IT | 모바일", "카카오톡 챗GPT 출격 임박"),
        # Account buttons over the masthead and a trade paper's menu of its beats,
        (
            "2025.06.16 (월)\n로그인 회원가입 뉴스레터 신청\n가상헬로\n산업 전문 미디어\n"
            "스마트제조 AI·SW 로봇 반도체 전기전자 자동차 에너지 기획특집 전시회\nAI·SW",
            HEADLINE,
        ),
        # and a slogan with a comma between the site's name and its menu.
        (
            "2025년 10월 22일(수)\n로그인 회원가입 모바일웹\n가상매일\n전남의 목소리, 도민의 신문\n"
            "정치 경제 사회 문화 스포츠 교육 지역 오피니언 기획 포토\n경제",
            HEADLINE,
        ),
    ],
)
def test_a_menu_or_a_slogan_over_the_sites_navigation_is_not_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, title: str
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"{top}\n{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}홍길동 기자\n")
    assert fm["title"] == title
    assert text_body.split() == STORY.split(), text_body


def test_self_labelled_adverts_an_op_eds_signature_and_a_copyrights_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'[AD] …' and '… (광고)' say they are adverts; a contributor signs '… 공인노무사(노무법인 …)';
    the address after the outlet's name in its copyright line is no part of the name."""
    first, second = STORY.splitlines()
    adverts = "[AD] 신용점수 낮아도 OK! 비상금 대출 최대 300만원 ▶ loan.example.com\n주부 대출 한도 조회 (광고)\n"
    caption = "카카오 판교 사옥. 가상교육신문 DB\n"
    text = (
        f"[기고] 카카오와 오픈AI의 협업, 노동자는 어디에 있나\n입력 2025.10.28 14:31\n{caption}{first}\n{adverts}"
        f"{second}\n김하진 공인노무사(노무법인 가상)\nⓒ 가상교육신문 www.gasang-edu.kr 무단전재 및 재배포 금지\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == "김하진" and fm["publisher"] == "가상교육신문"
    assert text_body.split() == STORY.split(), text_body


def test_a_writer_with_the_accounts_name_beside_the_stamp(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A game or community site prints its writer with the account's name: '홍길동(루미너스) …'."""
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n홍길동(루미너스) 2025-10-28 14:31:02\n댓글 3\n{STORY}")
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split(), text_body


def test_a_weekday_spelled_out_and_an_outlets_bar_before_its_reporters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'2024년 10월 21일 월요일 오전 7:00' keeps its time; '가상스쿠프 | 홍길동·김철수 기자' is the byline."""
    top = f"{HEADLINE}\n가상스쿠프 | 홍길동·김철수 기자\n2024년 10월 21일 월요일 오전 7:00\n"
    fm, text_body = ingest(tmp_path, capsys, top + STORY)
    assert fm["date"] == dt.datetime(2024, 10, 21, 7, 0, tzinfo=KST) and "subtitle" not in fm
    assert fm["author"] == ["홍길동", "김철수"] and text_body.split() == STORY.split(), text_body


def test_a_korean_editions_interview_dated_under_its_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A story naming only earlier years ('2021년 창업한') keeps the date line under its headline;
    포브스코리아 is not 포브스, and owns its page though its reporter writes from its group's address;
    '홍길동 포브스코리아 기자' signs it."""
    story = "2021년 창업한 가상로보틱스는 물건을 집는 로봇 팔을 만든다. 류서진 대표를 만났다.\n"
    end = "홍길동 포브스코리아 기자 hong@joongang.co.kr\n〈 Copyright ⓒ 포브스코리아 무단전재 및 재배포 금지 〉\n"
    page = 'Forbes Korea\n포브스코리아\n[인터뷰] 류서진 가상로보틱스 대표 "로봇의 눈이 경쟁력"\n'
    page += "2025.06.23 08:00 | 202507호\n"
    fm, _ = ingest(tmp_path, capsys, page + story + STORY + end)
    assert fm["date"] == dt.datetime(2025, 6, 23, 8, 0, tzinfo=KST)
    assert fm["publisher"] == "포브스코리아" and fm["author"] == "홍길동"


def test_a_press_release_sent_out_by_a_release_service_and_printed_by_a_trade_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    text = (
        f"{HEADLINE}\n등록일 2023.05.16 11:05\n서울--(뉴스와이어) 2023년 05월 16일 -- {first}\n{second}\n"
        "이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다.\n"
        "저작권자 © 가상전자신문 무단전재 및 재배포 금지\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["publisher"] == "가상전자신문" and text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    ("kicker", "author"),
    [
        ("[홍길동의 AI 산책]", "홍길동"),  # a writer's series: the name and post under it are the writer's
        ("[인터뷰]", None),  # an interviewee's name and post under the headline: no author
    ],
)
def test_a_columnists_name_and_post_under_the_headline_and_the_few_words_on_them_at_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kicker: str, author: str | None
) -> None:
    profile = "홍길동 교수는 알고리즘과 사회를 연구한다. 저서로 『기계의 얼굴』이 있다.\n"
    top = f"{kicker} AI 면접관은 누구의 얼굴을 배웠나\n홍길동 가상외국어대 미디어학부 교수\n기사입력 2024.07.06 09:00\n"
    fm, text_body = ingest(tmp_path, capsys, top + STORY + profile)
    assert fm.get("author") == author
    assert ("연구한다" in text_body) is (author is None), text_body  # a column's words on its writer go


@pytest.mark.parametrize(
    "under",
    [
        "[가상농민신문 홍길동 기자] ",  # the lede opens with the reporter's tag
        "야간에도 고무보트 침투 조기 포착…경계병은 판단·대응에 집중\n",  # a deck with a headline's marks
    ],
)
def test_a_photos_caption_above_the_story_without_a_credit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], under: str
) -> None:
    caption = "장병들이 해안 감시 카메라 화면을 보며 대응 절차를 점검하고 있다.\n"
    top = f"{HEADLINE}\n입력 2024. 08. 21   17:10\n글·사진 홍길동 기자\n페이스북 트위터 카카오스토리 URL복사\n"
    fm, text_body = ingest(tmp_path, capsys, top + caption + under + STORY)
    assert fm["author"] == "홍길동" and "점검하고" not in text_body and "카카오가" in text_body, text_body


@pytest.mark.parametrize("where", ["over the lede", "between paragraphs"])
@pytest.mark.parametrize(
    "caption",
    [
        "정신아 카카오 대표(오른쪽)와 오픈AI 관계자들이 협약서에 서명한 뒤 기념촬영을 하고 있다.\n",
        "홍길동 가상전자 대표이사(오른쪽)와 김철수 가상AI 대표가 협약서에 서명하고 있다.\n",
        "(왼쪽부터) 홍길동 가상전자 대표, 김철수 가상AI 대표가 협약서에 서명하고 있다.\n",
    ],
)
def test_a_caption_placing_the_people_in_its_photo_needs_no_credit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, caption: str
) -> None:
    """'홍길동 대표(오른쪽)와 … 기념촬영을 하고 있다.': who stands where is a caption's to say."""
    first, second = STORY.splitlines(keepends=True)
    story = caption + STORY if where == "over the lede" else first + caption + second
    top = f"{HEADLINE}\n입력 2025.10.28 14:31\n"
    fm, text_body = ingest(tmp_path, capsys, top + story + "카카오는 연내 서비스를 넓히고 있다.\n홍길동 기자\n")
    assert text_body.split() == (STORY + "카카오는 연내 서비스를 넓히고 있다.").split(), text_body


def test_a_sentence_pointing_at_a_figure_is_no_caption(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figure = "아래 그래프(오른쪽)에서 보듯 카카오톡 이용 시간은 해마다 크게 늘고 있다.\n"
    first, second = STORY.splitlines(keepends=True)
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.10.28 14:31\n{first}{figure}{second}홍길동 기자\n")
    assert text_body.split() == (first + figure + second).split(), text_body


def test_list_items_terms_and_a_currency_that_look_like_chrome_or_a_tag_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'2. 벡터 DB' is a list item, not a caption's credit; '(AD)' after a disease is its
    abbreviation, not an advert; '(한화 약 58조원)' is a sum in won, not Hanwha."""
    items = "핵심 기술은 다음과 같다.\n1. 거대언어모델\n2. 벡터 DB\n▲알츠하이머병(AD)\n"
    sums = "투자 규모는 400억 달러(한화 약 58조원)다. 카카오는 400억 달러(한화 약 58조원)를 더 쓴다.\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}{items}{sums}")
    assert "2. 벡터 DB" in text_body and "알츠하이머병(AD)" in text_body, text_body
    assert "Hanwha" not in fm["tags"]


@pytest.mark.parametrize("line", ["운영자(admin) 2025-10-28 14:31:02", "산업(IT) 2025-10-28 14:31"])
def test_a_word_with_a_bracket_beside_the_stamp_is_no_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n{line}\n{STORY}")
    assert "author" not in fm


def test_a_korean_news_sites_english_edition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An English-language outlet: its section path ('Tech > Telecom') is no headline, its
    reporter's romanized name alone by the stamp is the byline, a photo credited '(Company)' is
    a caption, and a name of one long word ('© GasangBizKorea.') is read whole."""
    story = (
        "Gasang Telecom has begun using an artificial intelligence model that predicts failures in "
        "base stations before they occur, the company said on Sept. 16.\n"
        "The model analyzes temperature and traffic data collected every minute from 30,000 stations.\n"
    )
    text = (
        "Home | Industry | Tech | Finance | Policy | Opinion\nTech > Telecom\n"
        "Gasang Telecom Deploys AI to Predict Base Station Failures Before They Happen\n"
        "Choi Ha-eun\nPublished 2025.09.16 14:05\nShare  Print  A+ A-\n"
        "Engineers review alerts generated by the failure prediction system in Seoul. (Gasang Telecom)\n\n"
        f"{story}\nChoi Ha-eun hechoi@gasangbiz.example\n"
        "© GasangBizKorea. Unauthorized reproduction and redistribution prohibited.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["title"].startswith("Gasang Telecom Deploys AI") and fm["author"] == "Choi Ha-eun"
    assert fm["publisher"] == "GasangBizKorea" and fm["date_source"].startswith("byline 'Published ")
    assert text_body.split() == story.split(), text_body


@pytest.mark.parametrize(
    "top",
    [
        # A broadcaster's menu: its programmes and the sections 시사 and 날씨.
        "가상방송\n뉴스 뉴스와이드 8뉴스 시사 날씨 제보\n로그인\n사회\n",
        # An outlet's English name under its Korean one, over its menu.
        "가상춘추\nThe Gasang Chunchu\n보도 학술 사회 문화 여론 사진 기획\n로그인\n보도\n",
    ],
)
def test_the_mastheads_and_menus_above_a_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"{top}{HEADLINE}\n홍길동 기자\n입력 2025.03.09 22:10\n{STORY}")
    assert fm["title"] == HEADLINE and "subtitle" not in fm and fm["author"] == "홍길동"
    assert text_body.split() == STORY.split(), text_body


def test_two_reporters_after_one_label_and_a_translated_releases_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = (
        "이 보도자료는 해당 기업에서 원하는 언어로 작성한 원문을 한국어로 번역한 것이다. "
        "그러므로 번역문의 정확한 사실 확인을 위해서는 원문 대조 절차를 거쳐야 한다.\n"
    )
    top = f"{HEADLINE}\n기자명 홍길동 기자, 김철수 기자\n승인 2025.02.18 17:42\n"
    fm, text_body = ingest(tmp_path, capsys, top + STORY + notice)
    assert fm["author"] == ["홍길동", "김철수"] and text_body.split() == STORY.split(), text_body


def test_a_columnists_post_with_a_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'홍길동 가상대 철학과 교수·과학철학' under a column's headline is its writer and post."""
    profile = "홍길동 교수는 가상대에서 과학철학으로 박사학위를 받았다.\n"
    top = "오피니언 > 칼럼\n[강단 너머] 노벨상이 AI에 간 해, 리포트는 누가 쓰는가\n"
    top += "홍길동 가상대 철학과 교수·과학철학\n입력 2024.10.14 10:30\n"
    fm, text_body = ingest(tmp_path, capsys, top + STORY + profile)
    assert fm["author"] == "홍길동" and "subtitle" not in fm
    assert text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        # A slash before the closing byline, two names joined by '·'.
        ("/홍길동·김철수 기자\n", ["홍길동", "김철수"]),
        # A specialist's field glued to the role.
        ("홍길동 의학전문기자 gildong@gasang.example\n", "홍길동"),
        # Each reporter with an address in brackets, after a writer's credit and the outlet, long
        # with both addresses.
        (
            "글 / 가상IT 홍길동 (gildong@gasangit.example), 김철수 (cheolsu@gasangit.example) 기자\n",
            ["홍길동", "김철수"],
        ),
        # Who planned and wrote a card-news page, and who drew it.
        ("기획·글 홍길동 기자 / 디자인 가상신문 디자인팀\n", "홍길동"),
        # A closing '/' byline, then the copyright line and the site's blurb, which is no story.
        (
            "/홍길동 기자\nⓒ 가상일보 무단전재 및 재배포 금지\n"
            "가상일보는 1945년 창간된 이래 지역의 목소리를 전해 왔다.\n",
            "홍길동",
        ),
        # Two writers before the photographer.
        ("기획·글 홍길동·이영희 기자 / 사진 김철수 기자\n", ["홍길동", "이영희"]),
    ],
)
def test_closing_bylines_of_other_kinds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tail: str, author: object
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.03.09 22:10\n\n{STORY}\n{tail}")
    assert fm["author"] == author and text_body.split() == STORY.split(), text_body


def test_a_live_page_of_an_outlet_the_registry_does_not_know(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The site's name over the page and again in the sign-off names the publisher; its refresh
    button is no reporter, and its slogan under the sign-off no story."""
    top = (
        f"가상IT\n뉴스 리뷰 비즈니스 AI 게임 모빌리티 칼럼\n로그인\n[실시간] {HEADLINE}\n"
        "입력 2026-01-22 오전 8:50\n새로고침\n"
    )
    tail = "글 / 가상IT 홍길동 (gildong@gasangit.example) 기자\n사용자 중심의 IT 저널 - 가상IT\n"
    fm, text_body = ingest(tmp_path, capsys, f"{top}{STORY}\n{tail}")
    assert fm["publisher"] == "가상IT" and fm["author"] == "홍길동"
    assert text_body.split() == STORY.split(), text_body


def test_a_foreign_magazines_korean_edition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Its English name over the page and its section in English are no headline; the translator's
    credit, the note on the original and the reporter's profile line are not the story."""
    top = (
        "Gasang Tech Review\n한국판\n인공지능 컴퓨팅 비즈니스 구독하기\nArtificial intelligence\n"
        f"{HEADLINE}\nBy Jane Doe\n2025.07.14\n번역 : 홍길동\n\n"
    )
    tail = (
        "이 기사는 가상 테크 리뷰 미국판 원문(2025년 7월 10일 게재)을 번역한 것입니다.\n"
        "Jane Doe는 가상 테크 리뷰에서 AI와 소비자 기술을 담당하는 기자다.\n"
        "© Gasang Tech Review Korea. All rights reserved.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, top + STORY + tail)
    assert fm["title"] == HEADLINE and fm["author"] == "Jane Doe" and "subtitle" not in fm
    assert text_body.split() == STORY.split(), text_body


def test_a_radio_interviews_first_question_is_its_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A transcript's turns are its text, the first one too, though it asks a question."""
    top = f"가상방송\n라디오 > 아침저널\n{HEADLINE}\n홍길동 기자\n승인 2023.11.16 10:42\n■ 진행 : 김철수 앵커\n\n"
    turns = (
        "▷ 김철수 : 가족 목소리를 흉내 낸 보이스피싱 피해가 잇따르고 있다는데요. 정말 가능합니까?\n"
        "▶ 이영희 : 네, 몇 초 분량의 음성만 있으면 AI가 목소리를 상당히 비슷하게 흉내 낼 수 있습니다.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, top + turns)
    assert "subtitle" not in fm and text_body.split() == turns.split(), text_body


def test_a_lead_tag_of_an_outlet_the_registry_does_not_know(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    top = f"{HEADLINE}\n입력 2025.03.09 22:10\n\n"
    fm, text_body = ingest(
        tmp_path, capsys, f"{top}[가상에너지뉴스] {STORY}저작권자 © 가상에너지뉴스 무단전재 및 재배포 금지\n"
    )
    assert fm["publisher"] == "가상에너지뉴스" and text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    ("advert", "tail"),
    [
        # A loan advert as a line of its own; a newsletter's share bar.
        (
            "무직자·신불자 당일 비상금대출 100% 승인 ☎ 카톡 상담 easyloan-0.example.com",
            "링크 복사 카카오톡 공유\n뉴스레터 무료 구독하기\n",
        ),
        # (From set O) an adult advert with an arrow to its address; a release's disclaimer.
        (
            "💋 성인 19 실시간 화상채팅 무료가입 즉시 만남 ▶ gasangcam19.net",
            "※ 이 보도자료는 해당 기관이 제공한 것으로 가상경제의 편집 방향과 무관합니다.\n",
        ),
        # (From set Y) a streaming site's banner, with no call to make: what it offers, and its address.
        ("▶▶ 해외축구·MLB 무료 스포츠중계 고화질 실시간 시청 - gasang-tv365.net ◀◀", ""),
        # (From set Y) an advert in brackets glued to a paragraph, a mobile number its call.
        ("[흥신소 24시 외도 증거 수집 상담 010-1234-5678]", ""),
    ],
)
def test_adverts_share_bars_and_disclaimers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], advert: str, tail: str
) -> None:
    first, second = STORY.splitlines()
    glued = advert.startswith("[")  # pasted onto the paragraph's end, not a line of its own
    fm, text_body = ingest(
        tmp_path,
        capsys,
        f"{HEADLINE}\n입력 2025.03.09 22:10\n\n{first}{'' if glued else chr(10)}{advert}\n{second}\n{tail}",
    )
    assert text_body.split() == STORY.split(), text_body


# A reviewer's pages against the rules above: each passed wrongly on their first version.
@pytest.mark.parametrize(
    "story",
    [
        # Finance words of the news, not an advert's.
        "금융당국은 이른바 신불자로 분류된 20대가 10만명을 넘었다고 밝혔다.\n"
        "금융당국은 무직자 대출을 내세운 불법 광고를 AI로 잡겠다는 계획이다.\n",
        # A notice's words quoted in a sentence.
        "카카오 관계자는 \"답변 아래에 'AI가 원문을 요약한 내용입니다'라는 문구를 붙인다\"고 설명했다.\n"
        "'사람이 번역한 것입니다'라는 표시도 붙이도록 했다고 밝혔다.\n",
        # A share bar's words in the story; a line listing two addresses is no sign-off.
        "카카오톡 채팅 탭에서 링크 복사 한 번이면 챗GPT와 나눈 대화를 친구에게 보낼 수 있다.\n"
        "▲문의: 가상연구소 김영희 책임연구원(yh@gasang.example), 이철수 선임연구원(cs@gasang.example)\n"
        "카카오는 다음 달 이 기능을 카카오톡 채널과 오픈채팅으로 확대할 계획이다.\n",
        # A story's facts of a free stream: labelled, with the address in brackets, or a list's
        # entry of two offers; and a helpline's mobile number in brackets with no pitch.
        "가상스포츠는 AI 해설을 붙인 경기 중계를 시작했다고 밝혔다.\n"
        "▲중계: 매주 토요일 실시간 무료 중계 gasang-sports.com\n"
        "· 가상TV 실시간 중계 gasang-tv.com\n"
        "AI 해설 고화질 실시간 무료 중계(gasang-sports.com)\n"
        "가상스포츠는 시청자 반응을 보고 중계를 늘릴 계획이다.[고객센터 010-1234-5678]\n",
    ],
)
def test_words_of_the_new_chrome_rules_in_a_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], story: str
) -> None:
    fm, text_body = ingest(
        tmp_path, capsys, f"{HEADLINE}\n입력 2025.03.09 22:10\n\n{story}홍길동 기자 gildong@gasang.example\n"
    )
    assert fm["title"] == HEADLINE and fm["author"] == "홍길동"
    assert text_body.split() == story.split(), text_body


@pytest.mark.parametrize(
    ("first", "sign_off"),
    [
        ("홍길동 기자", "홍길동 기자 gildong@gasang.example"),
        ("산업부", "산업부 홍길동 기자 gildong@gasang.example"),
        ("IT", "IT 홍길동 기자 gildong@gasang.example"),
        # (A second reviewer's) a team, a longer desk, a writer signing with a role of their own.
        ("디지털뉴스팀", "디지털뉴스팀 홍길동 기자 gildong@gasang.example"),
        ("온라인뉴스부", "온라인뉴스부 홍길동 기자 gildong@gasang.example"),
        ("Jane Doe", "Jane Doe 에디터 jane@gasang.example"),
    ],
)
@pytest.mark.parametrize("menu", ["", "로그인 회원가입\n"])
def test_a_first_line_repeated_in_the_sign_off_that_is_no_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, sign_off: str, menu: str
) -> None:
    top = f"{first}\n{menu}{HEADLINE}\n입력 2025.03.09 22:10\n\n"
    fm, _ = ingest(tmp_path, capsys, f"{top}{STORY}\n{sign_off}\n")
    assert fm.get("publisher") != first


def test_programme_labels_over_a_transcript_are_no_turns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    top = f"가상방송\n▶ 특집 : 2025 AI 대전환\n{HEADLINE}\n입력 2025.03.09 22:10\n▶ 진행 : 김철수 앵커\n\n"
    fm, text_body = ingest(tmp_path, capsys, top + STORY)
    assert fm["title"] == HEADLINE and text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        # A photo's credit under its caption, the story going on under it.
        ("", "홍길동"),
        # A field of five letters; who took the photos beside the writer's credit.
        ("기획·글 김철수 바이오헬스전문기자 / 사진 이영희 기자\n", "김철수"),
    ],
)
def test_photo_credits_are_no_authors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tail: str, author: str
) -> None:
    first, second = STORY.splitlines()
    photo = "정신아 카카오 대표가 서울 본사에서 새 서비스를 발표하고 있다\n/이영희 기자\n"
    sign_off = tail or "홍길동 기자 gildong@gasang.example\n"
    fm, text_body = ingest(
        tmp_path, capsys, f"{HEADLINE}\n입력 2025.03.09 22:10\n\n{first}\n{photo}{second}\n{sign_off}"
    )
    assert fm["author"] == author, fm


def test_another_countrys_ministry_is_no_tag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "미 법무부, 구글 크롬 매각 요구…중국 외교부 '수출 통제 반대'\n입력 2025.03.09 22:10\n\n"
        "미 법무부가 구글에 크롬 브라우저를 팔라고 법원에 요구했다고 밝혔다.\n"
        "중국 외교부는 미국의 AI 칩 수출 통제에 반대한다고 말했다.\n"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert "Google" in fm["tags"] and not {"Ministry of Justice", "Ministry of Foreign Affairs"} & set(fm["tags"])


# A second reviewer's pages against the narrowed rules: each failed on 1c3f9c9.
def test_a_headline_naming_a_messenger_and_an_address_and_an_events_contact_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headline = "텔레그램 맞서는 X.com 메신저…머스크 'XChat' 출시, 카톡 상담 기능도"
    story = STORY + "참가 신청과 상담은 누리집에서 받는다.\n문의 ☎ 02-1234-5678, www.gasang-ai.kr\n"
    fm, text_body = ingest(
        tmp_path, capsys, f"{headline}\n입력 2025.03.09 22:10\n\n{story}홍길동 기자 gildong@gasang.example\n"
    )
    assert fm["title"] == headline and text_body.split() == story.split(), text_body


@pytest.mark.parametrize("lede", ["9일 교육부에 따르면", "이 중 교육부 몫은 크지 않지만"])
def test_a_date_or_a_phrase_before_a_ministry_is_no_country(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lede: str
) -> None:
    text = (
        f"AI 디지털교과서 지위 재검토\n입력 2025.03.09 22:10\n\n"
        f"{lede} 정부는 AI 디지털교과서를 교육자료로 바꾸는 방안을 검토하고 있다.\n"
        "교육부 관계자는 현장 의견을 더 듣겠다고 말했다.\n"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert "Ministry of Education" in fm["tags"]


def test_a_marked_translation_note_goes_and_a_last_quote_of_the_reporter_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "※ 이 기사는 가상 리뷰 미국판 원문(2025년 7월 10일 게재)을 번역한 것입니다.\n"
    last = 'Jane Doe는 "AI 쇼핑의 승자는 데이터를 가진 쪽"이라고 덧붙였다.\n'
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\nBy Jane Doe\n2025.07.14\n\n{STORY}{last}{note}")
    assert text_body.split() == (STORY + last).split(), text_body


# From held-out set O (scored once first).
def test_a_trade_papers_bilingual_masthead_over_its_own_menu(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its English and Korean names on one line, over a menu of the trade's own sections (which
    the lexicon does not know), are neither headline nor deck."""
    top = "Gasang Shipping Gazette 가상쉬핑가제트\n해운 항만 물류 조선 항공 인사·동정 오피니언\n항만 > 국내항만\n"
    fm, text_body = ingest(tmp_path, capsys, f"{top}{HEADLINE}\n기사입력 2024/07/22 14:38\n홍길동 대기자\n\n{STORY}")
    assert fm["title"] == HEADLINE and "subtitle" not in fm and fm["author"] == "홍길동"
    assert text_body.split() == STORY.split(), text_body


# A third reviewer's pages against the rules from sets N and O: each failed on 0d4cc28.
def test_people_waiting_are_no_senior_reporter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    headline = '임대주택 입주 대기자 3만명…"AI로 배정 투명하게"'
    story = STORY + "신장 이식 대기자 2만8천명\n"
    fm, text_body = ingest(
        tmp_path, capsys, f"{headline}\n입력 2025.03.09 22:10\n\n{story}홍길동 기자 gildong@gasang.example\n"
    )
    assert fm["title"] == headline and fm["author"] == "홍길동" and text_body.split() == story.split(), text_body


@pytest.mark.parametrize(
    "first",
    [
        # A report's name over the page: no masthead, and no outlet to take from it.
        "Reuters Institute 디지털뉴스리포트",
        # A kicker over the headline, naming a product.
        "Apple Vision Pro 국내출시",
    ],
)
def test_an_english_and_korean_first_line_that_is_no_masthead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    headline = '"AI가 쓴 뉴스 못 믿어"…독자 10명 중 6명 불신'
    note = "※ 이 기사는 블룸버그 보도를 바탕으로 작성했습니다.\n"
    text = (
        f"{first}\n{headline}\n입력 2025.03.09 22:10\n\n{STORY}{note}홍길동 기자\nⓒ 전자신문 무단전재 및 재배포 금지\n"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["publisher"] == "전자신문" and first in (fm["title"], fm.get("subtitle", "")), fm


def test_bullets_to_public_addresses_are_no_adverts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = STORY + (
        "▶ 상담은 서민금융콜센터 1397, 누리집 www.gasang-kinfa.or.kr\n"
        "▶ 사전예약·요금제 가입 안내: www.gasangtel.com/event\n"
    )
    fm, text_body = ingest(
        tmp_path, capsys, f"{HEADLINE}\n입력 2025.03.09 22:10\n\n{story}홍길동 기자 gildong@gasang.example\n"
    )
    assert text_body.split() == story.split(), text_body


def test_a_photo_credit_before_a_related_list_in_the_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = STORY.splitlines()
    middle = "정신아 카카오 대표가 새 서비스를 발표하고 있다\n/홍길동 기자\n관련기사\n카카오, AI 메이트 베타 출시\n"
    text = f"{HEADLINE}\n입력 2025.03.09 22:10\n\n{first}\n{middle}{second}\n김철수 기자 kim@gasang.example\n"
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["author"] == "김철수"


def test_a_headlines_one_letter_country_before_a_ministry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        '중 외교부 "美 AI 칩 수출통제, 단호히 반대"\n입력 2025.03.09 22:10\n\n'
        "중국 외교부는 미국의 AI 칩 수출 통제에 단호히 반대한다고 밝혔다.\n대변인은 정례 브리핑에서 이같이 말했다.\n"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert "Ministry of Foreign Affairs" not in fm.get("tags", [])


def test_a_profile_line_saying_what_the_reporter_covers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = "Jane Doe 기자는 가상 테크 리뷰에서 AI와 소비자 기술을 담당한다.\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\nBy Jane Doe\n2025.07.14\n\n{STORY}{profile}")
    assert text_body.split() == STORY.split(), text_body


# From held-out set P (scored once first).
@pytest.mark.parametrize("path", ["블록체인·가상자산 > 거래소", "BUSINESS > 마케팅"])
def test_a_breadcrumb_of_unknown_names_right_over_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    fm, text_body = ingest(
        tmp_path, capsys, f"가상뉴스\n전체메뉴 구독신청 로그인\n{path}\n{HEADLINE}\n입력 2023.09.14 16:48\n\n{STORY}"
    )
    assert fm["title"] == HEADLINE and "subtitle" not in fm and text_body.split() == STORY.split(), text_body


def test_pages_captured_through_a_print_preview_a_cache_or_a_translate_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the browser or the cache put over the page: the print header with the page's title,
    Google's cache banner and its translate bar; and a byline labelled '작성자,'."""
    top = (
        f"2026. 4. 9. 오전 10:12\n{HEADLINE} < 모빌리티\n"
        "이 페이지는 https://gasang.example/245117의 Google 캐시입니다. "
        "2023년 6월 9일 02:41:17 GMT에 표시된 페이지의 스냅샷입니다.\n"
        "현재 페이지는 그 사이에 변경되었을 수 있습니다. 자세히 알아보기.\n전체 버전 텍스트 전용 버전 소스 보기\n"
        "도움말: 이 페이지에서 검색어를 빠르게 찾으려면 Ctrl+F 또는 ⌘-F(Mac)를 누르고 찾기 창을 사용하세요.\n"
        "Google Translate\nKorean   English\nTranslate this page?   Translate   Never translate Korean   ✕\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{top}가상뉴스\n{HEADLINE}\n작성자, 홍길동\n2025년 3월 18일\n\n{STORY}")
    assert fm["title"] == HEADLINE and fm["author"] == "홍길동" and text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize("outlet", ["VOA 한국어", "JIBS 가상방송"])
def test_an_outlets_latin_and_korean_name_names_no_reporter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], outlet: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{outlet}\n{HEADLINE}\n입력 2025.03.09 22:10\n홍길동\n\n{STORY}")
    assert fm.get("author") == "홍길동"


def test_topics_over_the_headline_and_an_advert_glued_to_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    advert = " 급전 필요하신 분 무직자·주부 당일 300만원 즉시대출 ☎ 카톡 money365 ▶ gasang-daechul.com"
    text = f"AI · 협업 · 엔터프라이즈 애플리케이션\n{HEADLINE}\n입력 2024.11.20 09:00\n\n{first}{advert}\n{second}\n"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["title"] == HEADLINE and text_body.split() == STORY.split(), text_body


def test_a_broadcasters_lede_signed_with_the_reporters_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines()
    text = f"{HEADLINE}\n등록일 2023.08.24 17:10\n\n{first} 홍길동 기자 gildong@gasang.example\n{second}\n"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == "홍길동" and "subtitle" not in fm and text_body.split() == STORY.split(), text_body


def test_a_reader_modes_name_over_the_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"gasang.example\n{HEADLINE}\n홍길동\n2023년 10월 31일\n읽는 데 5분\n\n{STORY}"
    fm, text_body = ingest(tmp_path, capsys, text)
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split(), text_body


# A fourth reviewer's pages against the rules from set P: each failed on 202f19f.
def test_story_lines_naming_a_writer_a_cache_or_a_translate_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = (
        "작성자 불명의 글이 온라인 커뮤니티에 퍼지면서 수험생들의 문의가 빗발쳤다.\n"
        "예전에는 문서를 연 뒤 Ctrl+F 또는 맥의 경우 Command+F를 눌러 단어를 찾아야 했다.\n"
        "주소창 아래 'Translate this page' 안내가 뜨고 'Never translate' 옵션도 고를 수 있다.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.03.09 22:10\n\n{story}홍길동 기자\n")
    assert fm["author"] == "홍길동" and text_body.split() == story.split(), text_body


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("가상뉴스\n", "스마트폰 점유율 삼성 > 애플"),
        ("가상뉴스\n수출\n", "수출 < 수입…무역수지 석 달째 적자"),
    ],
)
def test_headlines_with_a_comparison(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, headline: str
) -> None:
    deck = '갤럭시 S25 흥행에 "애플 제쳤다"…중저가폰 판매도 호조'
    fm, _ = ingest(tmp_path, capsys, f"{top}{headline}\n{deck}\n입력 2025.04.15 10:00\n\n{STORY}")
    assert fm["title"] == headline, fm


def test_a_writers_label_before_a_foreign_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n작성자, 프랜시스 마오\n2025년 3월 18일\n\n{STORY}")
    assert fm["author"] == "프랜시스 마오"


# A fifth reviewer's pages against the later rules from set P: each failed on 8fa1412.
def test_a_headline_with_spaced_dots_over_its_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    headline = "삼성 · SK · LG 배터리 적자 1조"
    fm, _ = ingest(
        tmp_path,
        capsys,
        f'가상뉴스\n{headline}\n"중국산 공세 못 버텨"…감산 검토 착수\n입력 2025.08.10 09:00\n\n{STORY}',
    )
    assert fm["title"] == headline


def test_a_columns_label_over_the_day_is_no_author(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n뉴스분석\n2025년 8월 10일\n\n{STORY}")
    assert "author" not in fm


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A clause running on to an address is the story's, not an advert's.
        (
            "신규 가입 고객은 카톡 알림으로 승인 결과를 받으며 자세한 내용은 gasangbank.com 참조",
            "홍길동",
        ),
        # A lede signed with a hidden address, or one in angle brackets.
        ("홍길동 기자 [email protected]", "홍길동"),
        ("홍길동 기자 <gildong@gasang.example>", "홍길동"),
    ],
)
def test_text_glued_after_the_ledes_last_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, author: str
) -> None:
    first, second = STORY.splitlines()
    # An advert's test is made on the story's second line, the byline's on its lede.
    top, bottom = (first, f"{second} {line}") if "gasangbank" in line else (f"{first} {line}", second)
    text = f"{HEADLINE}\n입력 2025.03.09 22:10\n\n{top}\n{bottom}\n홍길동 기자\n"
    fm, text_body = ingest(tmp_path, capsys, text)
    kept = f"{first}\n{bottom}" if "gasangbank" in line else STORY
    assert fm["author"] == author and text_body.split() == kept.split(), text_body


def test_a_writers_label_before_a_name_and_role(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, _ = ingest(
        tmp_path, capsys, f"{HEADLINE}\n작성자 : 홍길동 기자 (gildong@gasang.example)\n2025년 3월 18일\n\n{STORY}"
    )
    assert fm["author"] == "홍길동"


def test_a_columns_writer_and_post_on_lines_of_their_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """(Set P) the writer the column's label names, alone under the headline, then the post."""
    headline = "[홍길동의 AI 리포트] AI가 쓴 보고서, 틀리면 누가 책임지나"
    top = f"가상월간\n오피니언 > 칼럼\n{headline}\n홍길동\n가상대 정보시스템학과 교수\n입력 2026-02-25 09:00\n\n"
    fm, text_body = ingest(tmp_path, capsys, top + STORY)
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split(), text_body


# From held-out set P, after it was scored.
@pytest.mark.parametrize(
    ("byline", "author"), [("Mina Park | CIO Korea", "Mina Park"), ("Tech Review | CIO Korea", None)]
)
def test_a_romanized_byline_over_its_outlet_its_share_bar_and_its_english_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], byline: str, author: str | None
) -> None:
    """The Korean editions of foreign titles sign 'Mina Park | CIO Korea' and end with a line on
    the writer in English; a section's words over the outlet are no writer's name."""
    bar = "공유 페이스북 트위터 링크드인 이메일\n"
    profile = "Mina Park is a senior editor at CIO Korea. mina_park@example.com\n" if author else ""
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n{byline}\n2024.11.20\n{bar}\n{STORY}{profile}")
    assert fm.get("author") == author and "subtitle" not in fm and "Meta" not in fm["tags"]
    assert fm["publisher"] == "CIO Korea" and text_body.split() == STORY.split(), text_body


def test_a_foreign_services_korean_edition_and_its_labels_for_screen_readers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'BBC News, 코리아' over the skip link is the masthead; the labels the page prints for screen
    readers before the writer's post and a photo's source and description are no deck."""
    top = "BBC News, 코리아\n콘텐츠로 건너뛰기\n홈 한국 국제 경제 과학기술 비디오\n"
    labels = (
        "작성자, 홍길동\n작성자 직함, BBC 코리아\n2025년 3월 18일\n이미지 출처, Getty Images\n"
        "이미지 설명, 한 이용자가 카카오톡에서 챗GPT를 쓰고 있다\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{top}{HEADLINE}\n{labels}\n{STORY}")
    assert fm["title"] == HEADLINE and "subtitle" not in fm and fm["author"] == "홍길동"
    assert fm["publisher"] == "BBC News 코리아" and text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    ("line", "title", "subtitle"),
    [
        (
            f"{HEADLINE} - 채팅 탭에서 바로 쓰는 챗GPT - 카카오 계정으로 가입 없이 이용",
            HEADLINE,
            "채팅 탭에서 바로 쓰는 챗GPT / 카카오 계정으로 가입 없이 이용",
        ),
        # One dash is the headline's own: 'A - B' may be a name and its words.
        (f"{HEADLINE} - 카카오 계정으로 이용", f"{HEADLINE} - 카카오 계정으로 이용", None),
    ],
)
def test_a_headline_with_its_subheads_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, title: str, subtitle: str | None
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"{line}\n기자명 홍길동 기자\n입력 2024.06.25 09:00\n\n{STORY}")
    assert fm["title"] == title and fm.get("subtitle") == subtitle and text_body.split() == STORY.split()


def test_another_countrys_body_of_the_same_name_is_not_the_us_commerce_department(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "미 상무부, AI 칩 수출 규정 발표…중국 상무부 '강력 반발'\n입력 2025.01.14 08:10\n\n"
        "미 상무부가 AI 칩 수출을 세 등급으로 나누는 규정을 발표했다고 밝혔다.\n"
        "중국 상무부는 이에 강하게 반발했다. 미국 상무부 산업안보국은 120일간 의견을 받는다.\n"
    )
    fm, _ = ingest(tmp_path, capsys, text)
    assert fm["tags"] == ["US Department of Commerce"], fm["tags"]


def test_a_credited_caption_between_paragraphs_and_a_public_bodys_end_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A photo's caption credited to its taker between paragraphs; an office's contact line, the
    body's licence for its stories and a list of related photos after the story."""
    first, second = STORY.splitlines(keepends=True)
    caption = "지난 7일 서울 성수동 카카오 사옥에서 직원들이 새 서비스를 시험하고 있다. 홍길동 기자\n"
    end = (
        "문의 : 가상시 디지털정책과 02-2133-0000\n가상시 콘텐츠는 출처를 밝히면 자유롭게 이용할 수 있습니다.\n"
        "관련 포토\n한강공원 AI 안전요원, 여름철 물놀이 사고 막는다\n"
    )
    third = "카카오는 연말까지 다른 서비스에도 챗GPT를 붙일 계획이라고 덧붙였다.\n"
    page = f"가상시\n{HEADLINE}\n홍길동 기자\n입력 2024. 12. 14. 09:00\n\n{first}{caption}{second}{third}{end}"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert text_body.split() == (STORY + third).split() and "subtitle" not in fm, text_body


@pytest.mark.parametrize(
    "box",
    [
        "관련 게임\n가상배틀\n가상온라인: 리마스터\n",  # a game site's
        "관련종목\n가상전자 71,200 ▲1.2%\n가상하이닉스\n",  # a business paper's stocks
    ],
)
def test_a_box_of_related_games_or_stocks_under_the_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], box: str
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.01.07 14:12\n\n{STORY}{box}목록\n이전 기사\n")
    assert text_body.split() == STORY.split(), text_body


def test_a_last_paragraph_of_that_shape_is_the_story_signed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    last = "카카오는 다른 서비스에도 챗GPT를 붙이는 방안을 검토하고 있다. 홍길동 기자\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2024. 12. 14. 09:00\n\n{STORY}{last}")
    assert "검토하고 있다." in text_body and fm["author"] == "홍길동", text_body


@pytest.mark.parametrize(
    ("licence", "publisher"),
    [
        ("가상도뉴스포털의 콘텐츠는 출처를 밝히고 이용할 수 있습니다.", "가상도뉴스포털"),
        ("내 손안에 가상시 콘텐츠는 출처를 밝히면 자유롭게 이용할 수 있습니다.", "내 손안에 가상시"),
        ("이 콘텐츠는 출처를 밝히면 자유롭게 이용할 수 있습니다.", None),
    ],
)
def test_a_public_bodys_news_site_named_by_its_licence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], licence: str, publisher: str | None
) -> None:
    """Its site prints no copyright line but a licence naming it, as its masthead does; 'this
    content' names no one."""
    masthead = publisher or "가상도뉴스포털"
    page = f"{masthead}\n{HEADLINE}\n등록일 2025.05.16   조회수 1,832\n\n{STORY}홍길동 news@example.go.kr\n{licence}\n"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert fm.get("publisher") == publisher and text_body.split() == STORY.split(), text_body


def test_a_page_running_on_into_the_next_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Under the sign-off and copyright line, the next story's headline over its own stamp and byline:
    none of it is this article's, not even its paragraphs of running text."""
    nxt = (
        '기상청, AI 단기예보 보조 모델 시험 운영…"소나기 예측 돕는다"\n2024.09.12(목) 16:05\n김철수 기자\n'
        "기상청이 AI 기상예측 모델을 단기예보 과정에 보조 자료로 쓰는 시험 운영을 이달부터 시작했다고 밝혔습니다.\n"
        "예보관은 기존 수치예보 모델과 AI 모델의 결과를 비교해 좁은 지역에 내리는 비를 예측하는 데 참고합니다.\n"
        "김철수 기자 cs@example.com\n"
    )
    end = "홍길동 기자 gildong@example.com\n[저작권자(c) 가상 사이언스 무단전재, 재배포 금지]\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n2024.09.12(목) 17:40\n홍길동 기자\n\n{STORY}{end}{nxt}")
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split(), text_body


# From held-out set Q (scored once first).
def test_a_feed_readers_view_with_an_english_stamp_and_jamo_spam(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A feed reader's buttons, folders and counts over the headline; its stamp in English with the
    half of the day after the time; an advert spelled in jamo."""
    top = "Inoreader\n🔍 Search   ＋ Add new\nAll articles 312\n가상테크 (27)\nMark all as read\n"
    stamp = "가상테크 · by 홍길동 기자 · Mar 12, 2025, 2:41 PM\n☆ Save   ↗ Share   ⋯\n"
    spam = "ㅂㅣㄷㅐㅁㅕㄴ ㄷㅐㅊㅜㄹ ㅎㅏㄴㄷㅗㅈㅗㅎㅚ ▶ ㅋㅏㅌㅗㄱ dc7942\n"
    first, second = STORY.splitlines(keepends=True)
    page = f"{top}{HEADLINE}\n{stamp}\n{first}{spam}{second}Visit website\n"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert fm["title"] == HEADLINE and fm["author"] == "홍길동" and "subtitle" not in fm
    assert str(fm["date"]) == "2025-03-12 14:41:00+09:00" and text_body.split() == STORY.split(), text_body


def test_a_forwarded_newsletter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The mail's headers and the forwarder's note are no story, nor their dates; the newsletter
    that sent it, named over what it sent, is the publisher."""
    mail = (
        "보낸사람: 김영희 <yh@company.example>\n날짜: 2024. 9. 30. 오후 2:11\n제목: Fwd: [가상 데일리] 오늘의 소식\n"
        "팀 여러분, 아래 기사 참고 부탁드립니다. 4분기 캠페인에 쓸 수 있는지 검토해 주세요.\n"
        "---------- Forwarded message ---------\n보낸사람: 가상인사이트 <newsletter@example.com>\n"
        "Date: 2024년 9월 26일 (목) 오전 8:02\nSubject: [가상 데일리] 오늘의 소식\nTo: <yh@company.example>\n"
        "GASANG iNSIGHT 가상인사이트\n"
    )
    page = f"{mail}{HEADLINE}\n홍길동 에디터 | 2024-09-25 16:30\n\n{STORY}"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert fm["title"] == HEADLINE and fm["publisher"] == "가상인사이트" and fm["author"] == "홍길동"
    assert str(fm["date"]) == "2024-09-25 16:30:00+09:00" and text_body.split() == STORY.split(), text_body


def test_a_foreign_broadcasters_korean_service(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A known outlet's Latin name with its service's over the menu ('NHK WORLD-JAPAN'); its share
    bar of services in capitals, its notice on a broadcast's date, a related list and its footer."""
    top = "NHK WORLD-JAPAN\n≡ 메뉴\n뉴스 | 일본 | 비즈니스 | 아시아 | 과학·문화\n"
    end = (
        "이 기사의 내용은 방송 시점의 정보입니다.\n공유 X LINE Facebook\n관련 뉴스\n"
        "일본 정부, AI 관련 법 시행 앞두고 전략본부 설치 준비 6월 3일 19시 05분\n"
        "NHK에 대하여 | 이용 규약 | 개인정보 보호정책\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{top}{HEADLINE}\n2025년 6월 4일 17시 20분\n\n{STORY}{end}")
    assert fm["title"] == HEADLINE and fm["publisher"] == "NHK" and text_body.split() == STORY.split(), text_body


def test_a_readers_letter_answered_by_a_desk_head(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The answer's writer signs with the desk he heads ('디지털뉴스부장'); the letter's first paragraph,
    ending in a question, is the story's, not a deck."""
    letter = (
        "지난주 경제면 기사에 실린 삽화를 보고 궁금한 점이 생겨 글을 보냅니다. 그림 속 사람의 손가락이 여섯 개로 "
        "보였습니다. 혹시 생성형 AI로 만든 그림이 아닌가요?\n"
    )
    top = f"{HEADLINE}\n홍길동 디지털뉴스부장\n발행 2026-01-16 07:00:00\n독자의 편지\n\n"
    fm, text_body = ingest(tmp_path, capsys, f"{top}{letter}{STORY}홍길동 디지털뉴스부장 gildong@example.com\n")
    assert fm["author"] == "홍길동" and "subtitle" not in fm and text_body.split() == (letter + STORY).split()


def test_a_company_title_at_a_lines_end_is_no_desk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = "김철수 삼성전자 반도체사업부장\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2026-01-16 07:00\n홍길동 기자\n\n{STORY}{line}")
    assert fm["author"] == "홍길동", fm


def test_a_data_desks_credits_and_a_sites_ban_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'취재: 홍길동, 김철수 / 데이터 시각화: …' names the reporters; '[가상게임] 무단 전재 …' the site
    the registry does not know; a chart's button, a call for support and a translator's credit go."""
    credits = "취재: 홍길동, 김철수 / 데이터 시각화: 이영희\n"
    first, second = STORY.splitlines(keepends=True)
    chart = "Flourish로 만든 그래프 · 확대해서 보기\n"
    end = (
        "Translated by 박영수\n가상게임은 광고와 협찬을 받지 않습니다. 시민 후원으로 만들어집니다.\n후원회원 가입하기\n"
        "[가상게임] 무단 전재 및 재배포 금지\n"
    )
    fm, text_body = ingest(
        tmp_path, capsys, f"{HEADLINE}\n2026년 03월 04일 09시 00분\n{credits}\n{first}{chart}{second}{end}"
    )
    assert fm["author"] == ["홍길동", "김철수"] and fm["publisher"] == "가상게임" and "subtitle" not in fm
    assert text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize("shared", [True, False])
def test_a_story_shared_in_a_messengers_chat(tmp_path: Path, capsys: pytest.CaptureFixture[str], shared: bool) -> None:
    """Chat lines around a story pasted into a chat are none of it; a story that prints a chat as
    its evidence keeps them."""
    chat = "[김영희 주무관] [오후 7:43] 기사 전문 붙여요 내일 회의 자료로 쓰세요\n"
    reply = "[홍길동 팀장] [오후 7:51] 네 내일 아침 회의 때 같이 봐요\n"
    story = f"{HEADLINE}\n입력 2026.04.14 10:00\n홍길동 기자\n\n{STORY}"
    fm, text_body = ingest(tmp_path, capsys, f"{chat}{story}{reply}" if shared else f"{story}{chat}{reply}")
    kept = STORY if shared else STORY + chat + reply
    assert text_body.split() == kept.split(), text_body


def test_an_embedded_post_and_a_newsletters_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A social post quoted in the story keeps its words, not its account line or counters; a
    newsletter ends with its other items and the notice on who it is sent to."""
    first, second = STORY.splitlines(keepends=True)
    post = (
        '가상게임즈 @gasang_games\n"상점 그림 3점은 생성형 AI로 만든 이미지를 다듬어 쓴 것이 맞습니다."\n'
        "오후 9:12 · 2024년 8월 13일 · 조회수 4.2만회\n♡ 1,204   ↻ 318   💬 95\n"
    )
    end = (
        "오늘의 다른 소식\n· 숏폼 광고 단가, 1년 새 얼마나 올랐나\n"
        "이 메일은 가상인사이트 뉴스레터 수신에 동의하신 분께 발송됩니다. 수신거부 | 구독 설정\n"
    )
    page = f"{HEADLINE}\n입력 2024.08.14 14:33\n홍길동 기자\n\n{first}{post}{second}{end}"
    fm, text_body = ingest(tmp_path, capsys, page)
    quote = '"상점 그림 3점은 생성형 AI로 만든 이미지를 다듬어 쓴 것이 맞습니다."\n'
    assert text_body.split() == (first + quote + second).split() and str(fm["date"]).startswith("2024-08-14")


def test_an_apps_share_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The share text heads the page with the outlet's tag and the title printed again under it; the
    writer signs '글 | 홍길동(도서 MD)'; a shop's button and the app's trailer end it."""
    tag = publisher = "가상예스"
    top = f"[{tag}] {HEADLINE} - 『기계는 어떻게 읽는가』 서하람\n{HEADLINE}\n글 | 홍길동(도서 MD)\n2025.05.28\n\n"
    end = "이 책을 가상서점에서 보기\n가상서점 앱에서 공유함\n"
    fm, text_body = ingest(tmp_path, capsys, f"{top}{STORY}{end}")
    assert fm["title"] == HEADLINE and fm["author"] == "홍길동" and fm.get("publisher") == publisher
    assert text_body.split() == STORY.split(), text_body


# A reviewer's pages against the rules from sets P and Q: each failed on dcfa4e7.
PAGE_END = "홍길동 기자 gildong@gasangnews.co.kr\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"


@pytest.mark.parametrize(
    "lines",
    [
        # A story quoting a mail it obtained, with the forward's mark and the subject.
        "---------- Forwarded message ---------\n제목: 학습 데이터 관련 대외 응대 지침\n",
        '재단은 "위키백과는 광고 없이 전 세계 이용자의 후원으로 운영됩니다"라며 비용 분담을 요구했다.\n',
        "통계청 자료는 출처를 밝히면 누구나 자유롭게 이용할 수 있습니다.\n",
        "주요 일지\nJan 20, 2025: 딥시크 R1 공개\nFeb 3, 2025: 미 상무부 추가 규제 검토\n",
        "이미지 설명, 즉 대체 텍스트를 AI가 자동으로 써 주는 기능은 시각장애인에게 특히 유용하다는 평가를 받는다.\n",
        "문의 : 가상구청 일자리경제과 02-2600-1234, 신청은 이달 30일까지 구청 홈페이지에서 받는다.\n",
        "행사 일정은 주최 측 공식 X 계정 @aichipweek\n",
        "[A 팀장] [오후 11:02] 이거 외부에 나가면 안 됩니다\n",
        "보관 항목 | 개인정보 | 보관 기간 3년\n",
        # A second reviewer's, against the rules as of 12edfb6:
        "Fareed Zakaria | CNN\n",  # a quote's card: '… 자카리아는 말했다.' above it
        '"가상독립언론은 광고와 협찬을 받지 않습니다. 독자의 후원이 전부입니다." 김영희 대표는 이렇게 말했다.\n',
        "김철수 가상신문 디지털뉴스부장 / 이영희 가상방송 보도국장\n",
        "AI허브 콘텐츠는 출처를 밝히면 누구나 자유롭게 이용할 수 있습니다.\n",
        "챗GPT | 이용약관 제5조 | 개인정보를 학습에 활용할 수 있음\n",
        "Nov 30, 2022 ChatGPT launched\n",
        # A third reviewer's, against the rules as of e5b3e6a:
        "인사 발령\n김철수 정치부장\n이영희 경제부장\n",
        "OpenAI founded · Dec 11, 2015\n",
        "↑ Nvidia ↓ Intel ↑ AMD\n",
        "✔ Python ✔ SQL ✔ 데이터 분석\n",
    ],
)
def test_story_lines_shaped_like_a_captures_chrome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: str
) -> None:
    first, second = STORY.splitlines(keepends=True)
    page = f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.03.12 10:20\n\n{first}{lines}{second}{PAGE_END}"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert fm["title"] == HEADLINE and fm["author"] == "홍길동" and fm["publisher"] == "가상일보"
    assert text_body.replace("\\", "").split() == (first + lines + second).split(), text_body


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("가상일보\n[연재] AI 반도체 전쟁의 승자는 (3)\n", "[연재] AI 반도체 전쟁의 승자는 (3)"),
        ("가상일보\nWWDC June 9, 2025 키노트 총정리…애플 인텔리전스 한국어 지원\n", None),
        # (The kicker is its title, as before; its publisher is not CNN.)
        ('CNN Business Korea Forum 2025\n엔비디아 "한국 AI 인프라 투자 확대"\n', "CNN Business Korea Forum 2025"),
    ],
)
def test_headlines_shaped_like_a_captures_chrome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, title: str | None
) -> None:
    """A headline ending in a count, one holding an English date, and a kicker naming a known outlet."""
    fm, text_body = ingest(
        tmp_path, capsys, f"{top}홍길동 기자 @gildong_ai\n입력 2025.06.10 08:00\n\n{STORY}{PAGE_END}"
    )
    wanted = title or top.splitlines()[1]
    assert fm["title"] == wanted and fm["author"] == "홍길동" and fm["publisher"] == "가상일보", fm


def test_a_last_paragraph_signed_then_a_promo_and_a_photo_credit_then_a_subheading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = STORY.splitlines(keepends=True)
    signed = "과기정통부는 상반기 중 세부 시행계획을 확정하기 위해 업계 의견을 듣고 있다. 홍길동 기자\n"
    promo = "가상일보 뉴스레터를 구독하시면 매일 아침 AI 업계 소식을 가장 먼저 받아보실 수 있습니다. 지금 신청하세요.\n"
    credit = "ⓒ 게티이미지코리아\n"
    sub = "딥시크 충격 이후 한 달, 무엇이 달라졌나\n2025.01.27\n"
    later = "이날 엔비디아 주가는 17% 급락했고 시가총액 약 5900억달러가 하루 만에 사라졌다고 업계는 전했다.\n"
    page = f"가상일보\n{HEADLINE}\n입력 2025.03.12 10:20\n\n{first}{credit}{second}{sub}{later}{signed}{promo}"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert "하루 만에 사라졌다" in text_body and "의견을 듣고 있다." in text_body and fm["author"] == "홍길동"


# From held-out set Q (scored once first).
@pytest.mark.parametrize(
    ("top", "day", "note"),
    [
        # A chat's strip of the day it was read: the story's '14일' is the latest 14th on or before it.
        ("가상시청 민원팀 5\n2026년 4월 15일 수요일\n", "2026-04-14", "본문의 ‘14일’, 페이지에 찍힌 ‘2026년 4월 15일"),
        # No strip, or a date over the page that is none ('창간 2005.03.02'): the day the seed was saved.
        ("", "2025-10-28", "기사를 저장한 날"),
        ("가상일보 창간 2005.03.02\n", "2025-10-28", "기사를 저장한 날"),
    ],
)
def test_a_drafts_day_is_the_reported_day_before_the_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, day: str, note: str
) -> None:
    """Held for review either way; the guess shown to an editor, and on the site in Korean."""
    story = (
        "가상시는 주 4일 근무하는 민원콜센터에 AI 상담원을 시범 도입한다고 14일 밝혔다. 밤 전화를 AI가 먼저 받는다.\n"
    )
    root = make_project(tmp_path, {"chat.txt": f"{top}가상시, 민원콜센터에 'AI 상담원' 시범 도입\n\n{story}"})
    saved = dt.datetime(2025, 10, 28, 12, 0).timestamp()
    os.utime(root / "seeds" / "chat.txt", (saved, saved))
    run_ingest(root, capsys)
    fm = front_matter(article_path(root, "chat.txt"))
    assert fm["draft"] is True and str(fm["date"]) == day, fm
    assert date_note(str(fm["date_source"]), {}).startswith(note), fm["date_source"]


# A second reviewer's pages against the rules as of 12edfb6: each failed on it (and story lines in
# test_story_lines_shaped_like_a_captures_chrome).
@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("가상일보\n", "애플, WWDC 기자간담회 June 9, 2025 · 애플 인텔리전스 한국어 지원"),
        ("가상일보\n", "Edited by AI…편집국에 들어온 생성형 AI"),
        ("SBS D Forum\n", '엔비디아 "한국 AI 인프라 투자 확대"'),
    ],
)
def test_headlines_shaped_like_the_narrowed_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, title: str
) -> None:
    """An English date beside a word holding a role's ('기자간담회'); a translator's credit's words
    in a headline; a broadcaster's forum over the headline, which names no outlet."""
    page = f"{top}{title}\n홍길동 기자\n입력 2025.06.10 08:00\n\n{STORY}{PAGE_END}"
    fm, _ = ingest(tmp_path, capsys, page)
    assert fm["title"] == title and fm["publisher"] == "가상일보" and fm["author"] == "홍길동", fm


@pytest.mark.parametrize(
    "ban", ["게티이미지뱅크 무단 전재 및 재배포 금지", "[일러스트] 무단 전재 금지", "본기사 무단 전재 및 재배포 금지"]
)
def test_a_photo_agencys_or_a_works_ban_names_no_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ban: str
) -> None:
    first, second = STORY.splitlines(keepends=True)
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{first}{ban}\n{second}홍길동 기자\n{ban}\n")
    assert "publisher" not in fm and fm["draft"] is True, fm


@pytest.mark.parametrize(
    ("line", "author"), [("글 | 편집부", "홍길동"), ("글 : 박영수 시인", "홍길동"), ("취재: 데이터팀", "홍길동")]
)
def test_a_writers_label_before_a_desk_or_a_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, author: str
) -> None:
    fm, _ = ingest(
        tmp_path, capsys, f"{HEADLINE}\n{line}\n입력 2025.06.10 08:00\n\n{STORY}홍길동 기자 gildong@example.com\n"
    )
    assert fm["author"] == author, fm


def test_an_english_stamp_alone_under_the_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Sep. 14, 2023' under the headline is the page's stamp, not its deck."""
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n홍길동 기자\nSep. 14, 2023\n\n{STORY}")
    assert "subtitle" not in fm and str(fm["date"]) == "2023-09-14" and text_body.split() == STORY.split(), fm


# From held-out set R (scored once first).
@pytest.mark.parametrize(
    "bar",
    [
        "Home   Archive   Liked   Notes\n← Back      Aa      ♡ Like      ⇩ Archive      ⋯",
        "가상로이슈\n법원·검찰   사건사고   법률정보   로스쿨   기업법무   오피니언",
        "facebook\n검색   홈   동영상   마켓플레이스   그룹   알림",
        "오후 3:42\n가가   example.co.kr   ↻",
    ],
)
def test_a_row_of_links_set_apart_by_wide_gaps_is_no_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bar: str
) -> None:
    """A menu bar, a read-later app's bar or a phone browser's address bar, copied with its gaps."""
    fm, text_body = ingest(tmp_path, capsys, f"{bar}\n{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}")
    assert fm["title"] == HEADLINE and "subtitle" not in fm and text_body.split() == STORY.split(), fm


@pytest.mark.parametrize(
    "path",
    [
        "📥 스크랩 / 약국·AI 자료\n{h}",
        "내 라이브러리 › 중국 도시 교통 AI\n정보\n제목\n{h}",
        "가상21\n팟캐스트 > 가상21 영화수다\n[가상21 영화수다] {h}",
    ],
)
def test_an_apps_or_a_series_path_is_no_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str) -> None:
    """A note app's path under its page icon, a reference manager's path ('›'), and a breadcrumb
    whose last step the headline names as its series."""
    top = path.format(h=HEADLINE)
    fm, text_body = ingest(tmp_path, capsys, f"{top}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}")
    assert fm["title"] == top.splitlines()[-1] and text_body.split() == STORY.split(), fm


def test_a_comparison_over_its_deck_stays_the_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'>' with words on both sides is a comparison unless the line under it names its last step."""
    title, deck = "GPT-5 > 제미나이 벤치마크 역전", "오픈AI, '추론 점수' 1위…구글 \"재측정 필요\""
    fm, _ = ingest(tmp_path, capsys, f"{title}\n{deck}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}")
    assert fm["title"] == title, fm


def test_an_outlets_post_tagged_with_its_programme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A social post's '[programme] title' over the title printed again: the title alone."""
    top = f"facebook\n가상울산방송\n2일 · 🌏\n[가상 프라임뉴스] {HEADLINE}\n{HEADLINE}\n"
    fm, text_body = ingest(tmp_path, capsys, f"{top}\n{STORY}2025.06.10 08:00 가상울산방송 홍길동 기자\n")
    assert fm["title"] == HEADLINE and text_body.split() == STORY.split(), fm


def test_search_results_over_the_page_name_no_publisher(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A search engine's results copied over the page: another outlet's result is not the page's."""
    results = (
        "Google\n카카오 챗GPT 출시\n전체   뉴스   이미지   동영상   쇼핑   더보기   도구\n"
        "검색결과 약 2,140개 (0.38초)\n"
        f"가상일보\nhttps://www.gasang.example.kr › news › articleView\n{HEADLINE[:20]} ...\n"
        "2025. 6. 10. — 카카오가 카카오톡 채팅 탭에서 오픈AI의 챗GPT를 바로 쓸 수 있는 ...\n"
        "뉴스1\nhttps://www.news1.kr › it\n카카오톡, 채팅 탭 개편…이용자 반응 엇갈려\n"
        "2025. 5. 2. — 카카오가 채팅 탭을 개편했다. ...\n"
    )
    end = "<저작권자 © 가상일보 무단전재 및 재배포금지>\n"
    page = f"{results}가상일보\n{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}{end}"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert fm["title"] == HEADLINE and fm["publisher"] == "가상일보" and text_body.split() == STORY.split(), fm


@pytest.mark.parametrize(
    "credit", ["글=홍길동  |  등록일 2025.06.10 08:00  |  조회 2,318", "글=홍길동 (가상포커스 브랜드콘텐츠팀)"]
)
def test_a_writers_credit_with_more_after_the_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], credit: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n{credit}\n입력 2025.06.10 08:00\n\n{STORY}")
    assert fm["author"] == "홍길동", fm


def test_a_programmes_credits_name_only_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'진행 … | 정리 홍길동 기자': the labels of a podcast's credits are no names."""
    credits = "게시일 2025.06.10\n진행 홍길동 기자·김철수 영화평론가 | 정리 홍길동 기자\n"
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n{credits}\n{STORY}")
    assert fm["author"] == "홍길동", fm


WRAPPED = (
    "가상시가 읍면 행정복지센터 민원창구에\n인공지능(AI) 서류 안내 키오스크를\n설치했다.\n\n"
    "시는 합덕읍과 송악읍 등 6개 읍면\n행정복지센터에 'AI 서류 안내'\n키오스크를 한 대씩 설치해 지난\n"
    "3일부터 운영하고 있다고 9일 밝혔다.\n\n"
    '키오스크에 "기초연금 신청하려면 뭐가\n필요해요?"처럼 말로 물으면 AI가\n필요한 서류와 발급 방법을 화면과\n'
    "음성으로 알려 준다.\n\n"
    "시는 6개월 동안 이용 기록을 분석해\n자주 묻는 질문을 보완하고, 하반기에는\n나머지 읍면으로 설치를 늘릴 계획이다.\n"
)


def test_paragraphs_cut_at_a_phones_width_are_joined(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Text read off a phone's screenshots: every paragraph cut into lines of about one width, and
    the next screenshot's status bar and browser bar in the middle of one."""
    frame = "오후 3:42\n5G  78\n가가   example.co.kr   ↻\n"
    top = f"{frame}가상시대\n사회 > 행정\n"
    cut = WRAPPED.replace("화면과\n", f"화면과\n{frame.replace('3:42', '3:43')}")
    fm, text_body = ingest(tmp_path, capsys, f"{top}{HEADLINE}\n홍길동 기자\n등록 2026-03-09 10:20\n\n{cut}")
    paragraphs = [" ".join(p.split("\n")) for p in WRAPPED.strip().split("\n\n")]
    assert fm["title"] == HEADLINE and text_body.strip().split("\n\n") == paragraphs, text_body


def test_a_few_short_lines_ending_a_sentence_are_not_joined(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A widget's short lines above a sentence, once on an ordinary page, stay lines of their own."""
    widget = (
        "이 기사에 대해 어떻게 생각하시나요\n추천해요 3 좋아요 5 감동이에요 0\n가상투데이 주요 뉴스\n"
        "해당 언론사로 연결됩니다.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}{widget}")
    assert "추천해요 3 좋아요 5 감동이에요 0 가상투데이" not in text_body, text_body


def test_a_related_link_after_an_arrow_is_no_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'▶ [관련기사] …' between paragraphs, and an advert dressed as one, go."""
    first, second = STORY.splitlines(keepends=True)
    advert = "▶ [관련기사] 퇴근 후 하루 2시간, 월 300 부수입…AI 자동매매 무료체험 open.kakao.com/o/gAi7Kx2\n"
    link = "▶ [관련기사] 가상청, 스마트폰 병해충 진단 앱 대상 작물 20종으로 늘린다\n"
    last = "카카오는 연내 이용자 1000만명 확보를 목표로 하고 있다.\n"
    story = f"{first}{advert}{second}{link}{last}홍길동 기자 gildong@example.com\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{story}")
    assert text_body.split() == (STORY + last).split(), text_body


def test_a_headline_printed_twice_under_a_phones_clock_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the browser's bar, with the site's address, is a screenshot's frame when printed again."""
    page = (
        f"오후 3:42\n5G  78\n{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}오후 3:43\n5G  78\n{HEADLINE}\n"
    )
    fm, text_body = ingest(tmp_path, capsys, page)
    assert fm["title"] == HEADLINE and text_body.split() == STORY.split(), (fm, text_body)


def test_a_channels_forward_in_a_messenger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'… 에서 전달됨' over the channel's '📰 [outlet] title' and the title printed again."""
    top = f"저장한 메시지\n9월 23일\n가상 뉴스 모아보기에서 전달됨\n📰 [가상신문] {HEADLINE}\n{HEADLINE}\n"
    fm, text_body = ingest(tmp_path, capsys, f"{top}\n{STORY}2025.06.10 08:00 홍길동 기자\n")
    assert fm["title"] == HEADLINE and text_body.split() == STORY.split(), fm


@pytest.mark.parametrize("line", ["(취재: 홍길동 기자 / 영상취재: 김철수)"])
def test_a_broadcasters_bracketed_credit(tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{STORY}{line}\n")
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split(), (fm, text_body)


def test_an_unknown_outlets_name_of_several_words_ends_at_a_stop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    end = "ⓒ 가상 디플로마티크 한국어판. 무단 전재 및 재배포 금지\n"
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}{end}")
    assert fm["publisher"] == "가상 디플로마티크 한국어판", fm


def test_a_headline_cut_at_a_columns_width(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A printed page's text: the headline's two lines are one headline; its real deck stays one."""
    top = "가상중앙신문\n농기계 자율주행, AI가\n논 모양 보고 길 찾는다\n"
    top += "전북도·전북대, 김제서 트랙터 자율주행 실증 착수\n홍길동 기자\n"
    fm, text_body = ingest(tmp_path, capsys, f"{top}입력 2025.06.10 08:00\n\n{WRAPPED}")
    assert fm["title"] == "농기계 자율주행, AI가 논 모양 보고 길 찾는다", fm
    assert fm["subtitle"] == "전북도·전북대, 김제서 트랙터 자율주행 실증 착수", fm


@pytest.mark.parametrize(
    "button", ["▶ 자세히 보기", "▶ 기보 보기   ▶ AI 형세 분석 보기", "▶ 기사 전문 보기 👉 http://example.com/1"]
)
def test_a_links_button_between_paragraphs_is_no_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], button: str
) -> None:
    first, second = STORY.splitlines(keepends=True)
    page = (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{first}{button}\n{second}홍길동 기자 gildong@example.com\n"
    )
    fm, text_body = ingest(tmp_path, capsys, page)
    assert text_body.split() == STORY.split(), text_body


# From held-out set S (scored once first).
def test_a_menu_with_an_editors_pick_names_no_author(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'에디터 추천' in a menu row: its entries, set wide apart, are no reporters' names."""
    top = "가상비\n여행   호텔·리조트   항공   에디터 추천   매거진   구독\n국내여행\n"
    fm, _ = ingest(tmp_path, capsys, f"{top}{HEADLINE}\n홍길동 기자   게재 2025.05.07 10:00\n\n{STORY}")
    assert fm["author"] == "홍길동", fm


def test_a_lede_ending_in_a_quoted_question_is_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lede = (
        "통영항에서 배로 한 시간. 연화도 선착장에 내리자 휴대전화에서 안내 음성이 흘러나왔다. "
        '"연화도에 오신 걸 환영합니다. 오늘은 어느 길을 걸어 보시겠어요?"\n'
    )
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n홍길동 기자 | 2025.05.07 10:00\n\n{lede}{STORY}")
    assert "subtitle" not in fm and text_body.split() == (lede + STORY).split(), (fm, text_body)


@pytest.mark.parametrize(
    "line",
    [
        "▶ 관련기사: '헬멧 안 쓰면 출발 못 해'…가상구 공유킥보드 AI 인증 시범 (2025.03.05)",
        "본 콘텐츠의 저작권은 제공처에 있으며, 이를 무단 이용하는 경우 저작권법 등에 따라 법적 책임을 질 수 있습니다.",
        "후속기사 원해요 3",  # a portal's reactions with their counts
        "팬이에요 14",
        "[01:15]",  # a transcript's timecode
        "Copy Link",  # a share bar's buttons, one a line
        "Pinterest",
        "이 기사를 추천합니다",
        "이 보도자료는 해당 기업에서 원하는 언어로 작성한 원문이 공식 버전입니다.",  # a wire's translation notice
        "이 기사는 미국 Gasang의 원문을 번역·편집한 것입니다. 원문 저작권은 Gasang Media에 있습니다.",
    ],
)
def test_a_related_link_and_a_portals_notice_are_no_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    first, second = STORY.splitlines(keepends=True)
    page = f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{first}{line}\n{second}홍길동 기자 gildong@example.com\n"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    "line",
    [
        "에디터 홍길동 | 요리·스타일링 김영희 | 사진 이철수",
        "2024-11-05    출처: CRI    글: 홍길동",
        "출처: 가상일보 | 작성: 홍길동(洪吉童) 기자 | 편집: 김철수 | 번역: 이영희",
        "가상뉴스 홍길동 기자 / 영상 = 김철수 PD",
        "홍길동 기자 / 사진 = 김철수 기자",
    ],
)
def test_a_writers_credit_among_others_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    """A magazine's credits; a stamp, a source and the writer set wide apart, or by bars; a reporter
    with who filmed or photographed."""
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n{line}\n2024.11.05\n\n{STORY}")
    assert fm["author"] == "홍길동" and "subtitle" not in fm, fm


def test_an_unknown_outlets_long_latin_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    end = "가상 국제방송국 한국어부 | Copyright © Gasang Broadcasting International\n"
    fm, _ = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}{end}")
    assert fm["publisher"] == "Gasang Broadcasting International", fm


def test_a_work_messengers_posts_over_a_shared_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Slack: the channel's counters, who posted and what they said, then the link's card."""
    top = (
        "# 대외협력-언론모니터링\n👥 9   📌 2   🔍 검색\n3월 12일 수요일\n김영희  오전 9:14\n"
        "가상 시범사업 기사 공유드립니다. 허가팀 참고 부탁드려요 🙏\nhttps://www.example.com/news/1\n"
        f"가상뉴스\n{HEADLINE}\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{top}\n{STORY}홍길동 기자 gildong@example.com\n")
    assert fm["title"] == HEADLINE and text_body.split() == STORY.split(), (fm, text_body)


def test_a_clipping_reports_notes_list_and_source_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A PR team's report: its notice ('※ …') and its list of items are no headline; the source line
    over the story, with its reporter, dates it."""
    top = (
        "언론보도 모니터링\n2024. 10. 8.(화)   |   가상대학교병원 홍보팀\n※ 원내 배포용 · 외부 유출 금지\n"
        f"■ 주요 보도 (2건)\n1. [가상신문] {HEADLINE} (10.7 온라인)\n"
        "2. [가상뉴스] 복지부, 평가 기준 개편 추진 (10.8 06:00)\n"
        f"──────────────────────\n[1] 가상신문 | 2024.10.07(월) 17:22 | 온라인 | 홍길동 기자\n{HEADLINE}\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{top}\n{STORY}홍길동 기자 gildong@example.com\n")
    assert fm["title"] == HEADLINE and published(fm) == dt.datetime(2024, 10, 7, 17, 22, tzinfo=KST), fm
    assert fm["publisher"] == "가상신문", fm


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("가상위크 한국판 | 2025.09.15 06:00", "가상위크 한국판"),
        ("경제 | 2025.09.15 06:00", None),
        ("홍길동 | 2025.09.15 06:00", None),
    ],
)
def test_an_unknown_outlets_name_before_the_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, publisher: str | None
) -> None:
    """A reader view's source line names the outlet; a section or a reporter before the stamp does not."""
    fm, _ = ingest(tmp_path, capsys, f"example.com\n{HEADLINE}\n홍길동 기자\n{line}\n\n{STORY}")
    assert fm.get("publisher") == publisher, fm


@pytest.mark.parametrize(
    ("site", "mail", "publisher"),
    [
        ("www.gasangdaily.example.kr", "gildong@gasangdaily.example.kr", "gasangdaily.example.kr"),
        ("gasangdaily.example.kr", "gildong@other.example.kr", None),  # a reporter writing from elsewhere
        ("n.news.naver.com", "gildong@news.naver.com", None),  # a portal names no publisher
    ],
)
def test_an_unknown_outlet_known_only_by_its_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], site: str, mail: str, publisher: str | None
) -> None:
    """A reader view prints the site over the story; its reporter writing from there makes it the publisher's."""
    fm, _ = ingest(tmp_path, capsys, f"{site}\n{HEADLINE}\n홍길동 기자\n약 4분\n\n{STORY}홍길동 기자 {mail}\n")
    assert fm.get("publisher") == publisher, fm


def test_an_unknown_outlets_name_by_the_headline_in_a_reader_view_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reader view prints the site's address on top and its name under the headline: the name wins."""
    page = f"gasangtalk.example.kr\n{HEADLINE}\n가상톡뉴스\n\n{STORY}홍길동 기자 gildong@gasangtalk.example.kr\n"
    fm, _ = ingest(tmp_path, capsys, page)
    assert fm.get("publisher") == "가상톡뉴스", fm


def test_a_trade_papers_site_alone_names_it_and_its_logo_no_reporter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reader view of a pharmacy trade paper prints only its address; a page's logo is alt text
    ('데일리팜 로고'), no byline naming '로고'."""
    fm, _ = ingest(tmp_path, capsys, f"www.dailypharm.com\n{HEADLINE}\n홍길동 기자\n약 4분\n\n{STORY}")
    assert fm.get("publisher") == "데일리팜", fm
    fm, _ = ingest(tmp_path / "logo", capsys, f"데일리팜 로고\n로그인\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}")
    assert "author" not in fm and fm.get("publisher") == "데일리팜", fm


def test_an_assistants_conversation_around_a_pasted_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The user's request over the story is no headline; the answer under its sign-off is no body."""
    top = "ChatGPT 4o\n공유하기\n가상신문 기사인데 세 줄로 요약해 줘. 우리 동네도 해당되는지 알려 줘\n"
    answer = (
        "세 줄 요약\n1. 카카오가 카카오톡 채팅 탭에서 챗GPT를 바로 쓸 수 있는 서비스를 출시했습니다.\n"
        "2. 별도 앱 설치나 가입 없이 카카오 계정으로 이용할 수 있습니다.\n"
        "기사에는 지역별 제공 여부가 나오지 않아 해당되는지는 확인할 수 없습니다. "
        "카카오 고객센터에서 확인해 보시는 걸 권합니다.\n"
        "무엇이든 물어보세요\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{top}{HEADLINE}\n\n{STORY}홍길동 기자 gildong@example.com\n{answer}")
    assert fm["title"] == HEADLINE and text_body.split() == STORY.split(), (fm, text_body)


def test_an_outlet_and_reporter_in_brackets_before_the_lede(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'(가상스포츠 홍길동 기자) 한국프로축구연맹이 …': the lede's tag goes; the reporter is the author."""
    lede = "한국프로축구연맹이 경기가 끝나자마자 인공지능(AI)으로 하이라이트 영상을 만들어 구단에 나눠 준다.\n"
    fm, text_body = ingest(
        tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n(가상스포츠 홍길동 기자) {lede}{STORY}"
    )
    assert fm["author"] == "홍길동" and text_body.split() == (lede + STORY).split(), (fm, text_body)


@pytest.mark.parametrize(
    ("tag", "authors"),
    [
        ("(가상스포츠 잠실, 홍길동 기자)", "홍길동"),  # the venue before the reporter
        ("(가상스포츠 상암, 김철수 기자)", "김철수"),
        ("(가상스포츠 홍길동, 김철수 기자)", ["홍길동", "김철수"]),  # two reporters
        ("(서울=가상뉴스) 김솔, 홍길동 기자 =", ["김솔", "홍길동"]),  # a wire's, one name of two syllables
        ("[가상일보 이준, 홍길동 기자]", ["이준", "홍길동"]),
    ],
)
def test_a_sports_desks_venue_before_its_reporter_is_no_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tag: str, authors: str | list[str]
) -> None:
    """'(가상스포츠 잠실, 홍길동 기자) …': a sports desk's tag names the venue, then the reporter."""
    lede = "프로야구 구단이 인공지능(AI)으로 상대 타자의 약점을 분석하는 시스템을 올 시즌부터 도입했다.\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{tag} {lede}{STORY}")
    assert fm["author"] == authors and text_body.split() == (lede + STORY).split(), (fm, text_body)


LONG_STORY = STORY + (
    "회사 측은 이 서비스가 대화 내용을 학습에 쓰지 않으며 이용자가 언제든 기록을 지울 수 있다고 설명했다. "
    "업계는 메신저 안에서 인공지능을 쓰는 이용자가 빠르게 늘 것으로 보고 있다.\n"
)


def test_a_web_mails_newsletter_names_its_story_under_its_greeting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newsletter copied from a web mail's page, headers without colons: the mail's date and the
    issue's are the sending's, the greeting is no body, and the story's stamp and writer are its."""
    page = (
        "보낸사람 가상테크 <letter@gasang.example>\n받는사람 <me@example.kr>\n날짜 2025년 10월 14일 (화) 오전 7:30\n"
        f"제목 [가상 위클리] {HEADLINE}\n가상 위클리 #12 | 발행일 2025/10/14\n"
        "안녕하세요, 가상테크 뉴스레터 '가상 위클리'입니다.\n지난 한 주 많이 읽힌 기사를 보내드립니다.\n\n"
        f"{HEADLINE}\nPublished 2025.10.13\n글 | 홍길동 객원기자\n\n{LONG_STORY}\n기사 전문 보기 →\n"
        "이번 주 추천 기사\n[단독] 가상 데이터센터 입찰 윤곽 드러났다\n"
        "수신을 원하지 않으시면 여기를 눌러 구독을 해지할 수 있습니다.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, page)
    assert (fm["title"], published(fm), fm["author"]) == (HEADLINE, dt.date(2025, 10, 13), "홍길동"), fm
    assert text_body.split() == LONG_STORY.split(), text_body


def test_a_web_mails_letter_under_its_subject_is_dated_by_its_issue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A web mail shows the subject over the sender and the recipient, without labels; the
    letter's issue, over the story, is when it was sent: the story's '28일' is the last before it."""
    page = (
        f"[가상 뉴스레터] {HEADLINE} 외\n보낸사람 가상일보 <letter@gasang.example>\n받는사람 <me@example.kr>\n"
        "이 메일이 잘 보이지 않으면 웹에서 보기\n가상일보 위클리 | 2025.11.03 (월)\n이번 주 헤드라인\n"
        f"{HEADLINE}\n{STORY}홍길동 기자\n"
    )
    fm, text_body = ingest(tmp_path, capsys, page)
    assert (fm["title"], published(fm), fm["author"]) == (HEADLINE, dt.date(2025, 10, 28), "홍길동"), fm
    assert "뉴스레터" not in text_body and "2025.11.03" not in text_body, text_body


def test_a_newsletters_own_page_sends_the_story_under_its_sections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'이 메일이 잘 보이지 않나요? 웹에서 보기' on top: the subject, the letter's name and greeting are
    no headline, author or body, nor are the other headlines and notes under the story."""
    page = (
        "[가상 테크레터] 메신저 속 인공지능, 어디까지 왔나\n이 메일이 잘 보이지 않나요? 웹에서 보기\n"
        "가상뉴스 테크레터\n"
        "구독자님, 좋은 월요일 아침입니다\n이번 호에서는 메신저 속 인공지능을 짚어봤습니다. 끝까지 읽어 주세요.\n"
        f"──────\n오늘의 픽\n──────\n{HEADLINE}\n\n{LONG_STORY}\n기사 원문 보기 ▶\n──────\n"
        "이번 주 많이 본 기사\n· 가상전자, 2나노 고객 확보\n테크레터는 매주 월요일 아침 발송됩니다.\n"
    )
    fm, text_body = ingest(tmp_path, capsys, page)
    assert (fm["title"], fm.get("author")) == (HEADLINE, None), fm
    assert text_body.split() == LONG_STORY.split(), text_body


def test_a_newsletters_footer_names_its_sender(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A newsletter service's footer: the sender's name over its address and the way out, the
    only place the outlet is named; over it, the letter's plea to share it."""
    page = (
        f"웹에서 보기\n가상 모닝브리핑\nNo.12\n구독자님, 좋은 아침입니다. 오늘의 소식을 전해드립니다.\n"
        f"{HEADLINE}\n홍길동 기자\n{LONG_STORY}\n기사 원문 보기\n함께 읽으면 좋은 기사\n· 가상전자, 2나노 고객 확보\n"
        "이 레터가 유용했다면 친구에게 공유해 주세요.\n구독하기\n"
        "가상테크뉴스\nletter@gasangtech.example\n서울특별시 가상구 가상로 1, 5층\n수신거부 Unsubscribe\n"
    )
    fm, text_body = ingest(tmp_path, capsys, page)
    assert (fm["title"], fm.get("publisher"), fm.get("author")) == (HEADLINE, "가상테크뉴스", "홍길동"), fm
    assert text_body.split() == LONG_STORY.split(), text_body


def test_a_forwarders_note_over_a_shared_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = f"팀장님 공유드립니다~ 오늘자 가상신문 기사인데 참고하시면 좋겠어요\n{HEADLINE}\n\n{STORY}"
    fm, text_body = ingest(tmp_path, capsys, page)
    assert fm["title"] == HEADLINE and text_body.split() == STORY.split(), (fm, text_body)


@pytest.mark.parametrize(
    "banner", ["가상일보 앱에서 더 편하게 보세요", "가상뉴스 앱으로 보면 더 빠릅니다", "가상일보 PDF 지면 보기"]
)
def test_an_apps_banner_or_a_print_viewers_link_is_no_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], banner: str
) -> None:
    fm, _ = ingest(tmp_path, capsys, f"{banner}\n{HEADLINE}\n입력 2025.06.10 08:00\n\n{STORY}")
    assert fm["title"] == HEADLINE, fm


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("워싱턴=가상노컷뉴스 홍길동 특파원", "홍길동"),  # the outlet after the place
        ("홍길동(gildong7)", "홍길동"),  # the name with the site's account
        ("가상일보 편집부", None),  # a desk
    ],
)
def test_a_byline_under_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, author: str | None
) -> None:
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n{line}\n입력 2025.06.10 08:00\n\n{STORY}")
    assert fm.get("author") == author and text_body.split() == STORY.split(), (fm, text_body)


def test_a_columnists_post_in_brackets_over_and_under_the_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    writer = "홍길동 (가상대 법학전문대학원 교수·기술법센터장)"
    fm, text_body = ingest(tmp_path, capsys, f"[기술과 사회]\n{HEADLINE}\n{writer}\n\n{STORY}\n{writer}\n")
    assert fm.get("author") == "홍길동" and text_body.split() == STORY.split(), (fm, text_body)


def test_a_closing_credit_with_the_place_and_the_camera_is_no_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    closing = "포항=글·사진 홍길동 기자\n영상취재 이영희\n영상편집 김철수\n가상방송 뉴스 더보기\n"
    closing += "이 기사가 마음에 드셨나요?\n좋아요\n싫어요\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{STORY}{closing}")
    assert fm["author"] == "홍길동" and text_body.split() == STORY.split(), (fm, text_body)


def test_a_broadcasts_interview_bite_under_a_dash_is_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'- "…입니다."' is what the interviewee said, not a linked headline: the report goes on."""
    bite = '▶ 인터뷰 : 김철수 / 업계 관계자\n- "메모리 업체에도 호재입니다."\n\n다만 전력 확보는 숙제로 남았습니다.\n'
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{STORY}{bite}")
    assert "다만 전력 확보는 숙제로 남았습니다." in text_body, text_body


def test_a_loan_advert_with_a_mobile_number_is_no_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    advert = "▶무직자·주부 비상금 대출 당일 입금 가능 ☎ 상담 010-1234-5678 카톡 gasang77\n"
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{FIRST}{advert}{SECOND}")
    assert text_body.split() == STORY.split(), text_body


@pytest.mark.parametrize(
    "advert",
    [
        # A loan's pitch with a mobile number, glued after the paragraph's last sentence.
        "{first}급전필요하신분 무직자 주부 신용불량 당일대출 010-0000-7979 24시간 상담가능\n{second}",
        # A 리딩방's call to an open chat, on a line of its own.
        "{first}[Sponsored] 코인 리딩방 VIP 무료입장 ▶ 하루 수익 30% 보장 오픈채팅 open.kakao.com/o/coin77\n{second}",
        # A link farm's block of sites under its label, the links lost in the copy.
        "{first}{second}추천 사이트: 부산 원룸 이사 | 부산 포장이사 견적 | 서면 마사지 | 해운대 입주청소\n",
        # A cash-out's, buying a phone's micropayments for cash (set 166).
        "{first}소액결제 현금화 90% 최고가 매입 24시 상담 ☎ 010-0000-1190\n{second}",
        "{first}상품권 현금화 95% 즉시 입금 카톡 gift77\n{second}",
    ],
    ids=["loan", "open-chat", "link-farm", "cash-out", "gift-card-cash-out"],
)
def test_loan_pitches_open_chat_calls_and_link_farms_are_no_body(
    advert: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = advert.format(first=FIRST, second=SECOND)
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{page}")
    assert text_body.split() == STORY.split(), text_body


def test_a_storys_lines_about_loan_adverts_stay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Near misses of the rules above: a story's own sentences about the same things."""
    facts = (
        "▲ 가상시 서민금융센터 저신용자·신용불량자 채무조정 대출 상담: 010-0000-1397\n"
        "서민금융진흥원은 저신용자 대출 상담을 1397과 010-0000-1397에서 받는다고 밝혔다.\n"
        "금감원은 '무직자 당일대출 010-0000-7979' 같은 문자를 받으면 신고해 달라고 당부했다.\n"
        "경찰은 '소액결제 현금화, 즉시 입금'을 내건 업체를 수사하고 있다고 밝혔다. 문의 ☎ 112\n"
    )
    fm, text_body = ingest(tmp_path, capsys, f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{FIRST}{facts}{SECOND}")
    assert text_body.split() == (FIRST + facts + SECOND).split(), text_body


def test_a_translators_credit_and_an_editions_label_are_no_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'번역·정리 홍길동 기자' credits one reporter; '코리아타임스 한국어판' is an outlet's edition."""
    page = f"코리아타임스 한국어판\n{HEADLINE}\n입력 2025.06.10 08:00\n번역·정리 홍길동 기자\n\n{STORY}"
    fm, _ = ingest(tmp_path, capsys, page)
    assert fm["author"] == "홍길동", fm


def test_a_print_pages_head_and_other_stories_over_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A print edition's text: the running head dates the story, the page's other headlines listed
    under their heading (up to the blank line) are none of it."""
    page = (
        "2025년 6월 10일 화요일          가상일보          12\n이 면의 다른 기사\n코스피 외국인 순매수 8거래일째\n"
        f"반도체주 신고가 행진\n\n{HEADLINE}\n\n{STORY}"
    )
    fm, text_body = ingest(tmp_path, capsys, page)
    assert (fm["title"], published(fm)) == (HEADLINE, dt.date(2025, 6, 10)), fm
    assert text_body.split() == STORY.split(), text_body


STRIPS = {
    # A print edition's PDF: its running head with the issue's number, and no stamp.
    "print-head": (
        "가상신문_20250610_지면.pdf\n1 / 16\n"
        "2025년 6월 10일 화요일  제2987호                    가상신문                    7\n네트워크\n"
        f"{HEADLINE}\n기존 챗봇과 달리 대화 흐름 유지\n{STORY}"
    ),
    # A magazine's series strip with its week over the headline, a translator's credit under it.
    "series-week": (
        "GASANG BIZ\n가상비즈\n2026.03.05 THU\n비즈니스\n테크\n파이낸스\n글로벌 브리핑 | 2025년 6월 둘째 주\n"
        f"{HEADLINE}\n기존 챗봇과 달리 대화 흐름 유지\n번역·정리 홍길동 기자\n{STORY}"
    ),
    # A section's breadcrumb with its month over an interview's headline ending in a quotation.
    "section-month": (
        "가상일보\nGASANG ILBO\n충북 | 세종 | 대전 | 경제 | 인터뷰\n인터뷰 > 이달의 인물 | 2025년 6월\n"
        '[인터뷰] 홍길동 가상AI센터장 "지역 기업도 GPU 쓰게 만들 것"\n대담=김철수 기자\n글자크기 | 인쇄 | 공유\n'
        f"{STORY}"
    ),
}


@pytest.mark.parametrize("page", list(STRIPS.values()), ids=list(STRIPS))
def test_a_strip_with_an_issue_or_a_month_over_the_headline_is_no_headline(
    page: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fm, text_body = ingest(tmp_path, capsys, page)
    headline = HEADLINE if HEADLINE in page else '[인터뷰] 홍길동 가상AI센터장 "지역 기업도 GPU 쓰게 만들 것"'
    assert fm["title"] == headline and text_body.split() == STORY.split(), (fm, text_body)


# A reviewer's pages for the rules above (each broke on a first version of them).
FIRST, SECOND = STORY.splitlines(keepends=True)
LIVE = "09:00\n[실시간] 수능 1교시 국어 시작\n입력 2025.11.13 09:00 가상교육 속보팀\n\n"
LIVE_BODY = (
    "2026학년도 대학수학능력시험 1교시 국어영역이 오전 8시 40분 시작됐다.\n10:00\n"
    "수험생들이 긴장한 표정으로 문제를 풀고 있다.\n"
)
SIGN_UP = "▶ 참여 방법: 앱 쿠폰 받기 후 선착순 1000명 → gasangmart.com"
POEM = "나 하늘로 돌아가리라\n새벽빛 와 닿으면 스러지는\n이슬 더불어 손에 손을 잡고.\n\n"
GUARDS = {
    "assistant's name in a headline": (
        f'Gemini 3 공개…구글 "추론 성능 역대 최고"\n구글이 차세대 인공지능 모델을 내놨다.\n'
        f"홍길동 기자 gildong@example.com\n2025.11.19 08:30\n\n{STORY}",
        {"body": STORY},
    ),
    "a ban after a name": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}ⓒ 가상시티뉴스 전재, 재배포 금지\n",
        {"publisher": "가상시티뉴스"},
    ),
    "a credit after a name": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}ⓒ 가상시민일보 기사 제공. 무단 전재 금지\n",
        {"publisher": "가상시민일보"},
    ),
    "an earlier story's line": (
        f"이전 기사 | 2019.03.02 | 박옛날 기자\n{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}",
        {"publisher": None},
    ),
    "two reporters two spaces apart": (
        f"{HEADLINE}\n홍길동  김철수 기자\n입력 2025.06.10 08:00\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "an aside over a headline": (
        f"(전 가상일보 김원로 기자) 언론계 원로의 회고록 출간\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}",
        {"title": "(전 가상일보 김원로 기자) 언론계 원로의 회고록 출간"},
    ),
    "» in a headline": (
        f"고속도로 통행료 » 내년 동결 확정\n설 연휴 사흘간 면제\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}",
        {"title": "고속도로 통행료 » 내년 동결 확정"},
    ),
    "an event's sign-up line": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}{SIGN_UP}\n",
        {"body": f"{STORY}{SIGN_UP}"},
    ),
    "a message quoted by the story": (
        f"{HEADLINE}\n홍길동 기자\n김과장  오후 11:40\n미안한데 이것만 봐줄 수 있어요?\n{STORY}",
        {"title": HEADLINE},
    ),
    "a forward mark quoted by the story": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{FIRST}가족 단톡방에서 전달됨\n이런 문구가 메시지 위에 붙는다\n{SECOND}",
        {"body": f"{FIRST}가족 단톡방에서 전달됨\n이런 문구가 메시지 위에 붙는다\n{SECOND}"},
    ),
    "a poem's lines": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}{POEM}{POEM}{POEM}{POEM}",
        {"lines": POEM},
    ),
    # (The time over an update is no text of it: three held-out sets' editors dropped it.)
    "a live page's times": (f"{LIVE}{LIVE_BODY}", {"body": LIVE_BODY.replace("10:00\n", "")}),
    "a subhead ending in 보기": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{FIRST}▶ 주말에 몰아보기\n{SECOND}",
        {"body": f"{FIRST}▶ 주말에 몰아보기\n{SECOND}"},
    ),
    "a numbered headline": (
        f"1. 대학 입시, 무엇이 바뀌나\n[2026 교육 대전환] 첫 번째 이야기\n입력 2025.06.10 08:00\n\n{STORY}",
        {"title": "1. 대학 입시, 무엇이 바뀌나"},
    ),
    # ... and for this stop's rules (a reviewer's pages against their first version).
    "a mail's story with its deck": (
        "보낸사람: 홍길동 <gildong@gasang.example>\n받는사람: desk@gasang.example\n"
        "날짜: 2025년 3월 5일 (수) 오전 9:12\n"
        f"제목: [송고] {HEADLINE}\n\n{HEADLINE}\n메신저 안에서 바로 쓰는 AI…가입 없이 무료\n홍길동 기자\n"
        f"입력 2025.03.04 17:21\n\n{STORY}",
        {"title": HEADLINE, "subtitle": "메신저 안에서 바로 쓰는 AI…가입 없이 무료"},
    ),
    "a headline that speaks politely": (
        f"AI 면접 앞둔 취준생, 이것만 참고하면 돼요\n입력 2025.06.10 08:00\n홍길동 기자\n\n{STORY}",
        {"title": "AI 면접 앞둔 취준생, 이것만 참고하면 돼요"},
    ),
    "a ticker under the stamp": (
        f"{HEADLINE}\n입력 2025.10.30 06:10\n가상전자(GSNG)\n\n{STORY}뉴욕=홍길동 특파원 gildong@example.com\n",
        {"author": "홍길동"},
    ),
    "an interviewee's post in brackets": (
        '[인터뷰] 카카오 AI 책임자 "메신저가 AI의 관문"\n입력 2025.03.10 05:00\n\n'
        "김영희 (가상대 법학전문대학원 교수)\n\n"
        f"{STORY}정리=홍길동 기자 gildong@example.com\n",
        {"author": "홍길동"},
    ),
    "a story about press releases": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n홍길동 기자\n\n{FIRST}"
        "재단은 AI가 보도자료를 바탕으로 작성한 기사가 늘었다고 밝혔다.\n"
        f"{SECOND}",
        {"lines": "재단은 AI가 보도자료를 바탕으로 작성한 기사가 늘었다고 밝혔다."},
    ),
    "a mobile bar's web view and a subscription's price": (
        f"가상일보\n앱 설치 | 웹에서 보기\n{HEADLINE}\n입력 2025.05.15 09:30\n\n{STORY}"
        "국내 요금제 구독료는 월 5500원이다.\n",
        {"lines": "국내 요금제 구독료는 월 5500원이다."},
    ),
    "a fact box at the end of a mailed story": (
        f"보낸사람 홍길동 <gildong@example.com>\n받는사람 <team@example.kr>\n날짜 2025년 12월 1일 (월) 오전 8:55\n"
        f"제목 참고 기사\n\n{HEADLINE}\n입력 2025.11.30 18:00\n\n{STORY}"
        "▶ 시행일: 2026년 1월 22일\n▶ 대상: 생성형 AI 사업자\n",
        {"lines": "▶ 시행일: 2026년 1월 22일\n▶ 대상: 생성형 AI 사업자"},
    ),
    "a public service's mobile hotline": (
        f"{HEADLINE}\n입력 2025.02.17 14:00\n\n{FIRST}▶ 가입 상담: ☎ 010-4821-3307 (카톡 상담 가능)\n{SECOND}",
        {"lines": "▶ 가입 상담: ☎ 010-4821-3307 (카톡 상담 가능)"},
    ),
    "quoted related links without a heading": (
        f'{HEADLINE}\n입력 2025.11.12 15:00\n\n{STORY}- "AI 기본법, 스타트업엔 족쇄다."\n- 美 EU 규제 비교해보니\n',
        {"body": STORY},
    ),
    "subheads about video editing, flats and apps": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{FIRST}영상편집 자동화\n분양문의 80%는 AI가 처리\n"
        f"토스 앱에서 환급액 바로 보기\n{SECOND}",
        {"lines": "영상편집 자동화\n분양문의 80%는 AI가 처리\n토스 앱에서 환급액 바로 보기"},
    ),
    # ... and a second reviewer's, against the narrowed rules.
    "a newsletter's story with its deck": (
        "이 메일이 잘 보이지 않나요? 웹에서 보기\n가상일보 테크레터\n안녕하세요, 구독자님. 이번 주 레터입니다.\n\n"
        f"{HEADLINE}\n메신저 안에서 바로 쓰는 AI…가입 없이 무료\n\n{LONG_STORY}",
        {"title": HEADLINE, "subtitle": "메신저 안에서 바로 쓰는 AI…가입 없이 무료"},
    ),
    "a photo's credit inside a newsletter's story": (
        f"이 메일이 잘 보이지 않나요? 웹에서 보기\n\n{HEADLINE}\n\n{FIRST}사진=가상전자 제공\n"
        + LONG_STORY[len(FIRST) :],
        {"title": HEADLINE, "body": LONG_STORY},
    ),
    "a headline quoting a newsletter's line": (
        f'"메일이 잘 보이지 않나요?" 클릭 유도…뉴스레터 사칭 피싱 주의보\n입력 2025.06.10 08:00\n\n{STORY}',
        {"title": '"메일이 잘 보이지 않나요?" 클릭 유도…뉴스레터 사칭 피싱 주의보'},
    ),
    "a headline quoting a smishing message": (
        f'"엄마, 사진 보내드려요~" 가족 사칭 스미싱 급증\n입력 2025.06.10 08:00\n\n{STORY}',
        {"title": '"엄마, 사진 보내드려요~" 가족 사칭 스미싱 급증'},
    ),
    "a site's print button over its date widget": (
        f"가상일보\n지면보기\n2025.12.08\n{HEADLINE}\n\n{STORY}홍길동 기자\n2025.12.05 17:40\n",
        {"date": dt.datetime(2025, 12, 5, 17, 40, tzinfo=dt.timezone(dt.timedelta(hours=9)))},
    ),
    "a community board's notices with mobile numbers": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{STORY}"
        "▲가상군 농협 청년 창업 대출 설명회=12일 오후 2시 농협 회의실. 문의 ☎010-1234-5678\n"
        "▲가상초 총동문회 자선바자회=14일 운동장. 수익금은 장학금으로 쓰인다. 문의 ☎010-2345-6789\n",
        {"lines": "▲가상군 농협 청년 창업 대출 설명회=12일 오후 2시 농협 회의실. 문의 ☎010-1234-5678"},
    ),
    "a headline about a 'more news' button": (
        f"'뉴스 더보기' 버튼 사라진다\n포털, 언론사 구독 화면 개편\n입력 2025.06.10 08:00\n\n{STORY}",
        {"title": "'뉴스 더보기' 버튼 사라진다"},
    ),
    "a mailed story's last sentences on consent": (
        "보낸사람 홍길동 <gildong@example.com>\n받는사람 <desk@example.kr>\n날짜 2025년 6월 10일 (화) 오전 9:00\n"
        f"제목 [송고] 스팸 문자 과태료\n\n{HEADLINE}\n입력 2025.06.10 08:00\n\n{LONG_STORY}[표] 과태료 기준\n"
        "수신 동의 없이 광고 문자를 보내면 과태료 대상이다.\n",
        {"lines": "수신 동의 없이 광고 문자를 보내면 과태료 대상이다."},
    ),
    "how-to subheads naming a TV's app": (
        f"{HEADLINE}\n입력 2025.06.10 08:00\n\n{FIRST}가상 스마트TV 앱에서 보기\n{SECOND}",
        {"lines": "가상 스마트TV 앱에서 보기"},
    ),
    "a series label over a headline cut at a column's width": (
        f"가상신문\nAI 강국 프로젝트\n정부, AI 인재 10만명 키운다\n입력 2025.06.10 08:00\n\n{WRAPPED}",
        {"title": "정부, AI 인재 10만명 키운다"},
    ),
}


@pytest.mark.parametrize("case", GUARDS)
def test_what_the_capture_rules_leave_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    page, expected = GUARDS[case]
    fm, text_body = ingest(tmp_path, capsys, page)
    expect(fm, text_body, expected)


def expect(fm: dict[str, object], text_body: str, expected: dict[str, object]) -> None:
    """Each field as `expected` has it: 'body' the whole body (spacing aside), 'lines' lines it
    holds, 'published' the date it would be published with, any other a front-matter field."""
    for field, value in expected.items():
        if field == "body":
            assert text_body.split() == str(value).split(), text_body
        elif field == "lines":
            assert all(line in text_body.splitlines() for line in str(value).split("\n") if line), text_body
        elif field == "published":
            assert published(fm) == value, fm
        else:
            assert fm.get(field) == value, fm


# Capture kinds a held-out set brought (each case an invented page of that kind): a feed reader's
# export, a read-later app's Markdown, Telegram's copy of a channel, a text browser's dump, a
# portal's reactions, and site layouts whose crumbs, captions, stamps and footers misled.
LYNX_WRAPPED = (
    "카카오가 카카오톡 채팅 탭에서 오픈AI의 챗GPT를 바로 쓸 수 있는 서비스를 28일 출시했다고\n"
    "   밝혔다.\n\n   별도 앱을 설치하거나 새로 가입할 필요 없이 카카오 계정으로 이용할 수 있다.\n"
)
SOURCE = "출처=가상리서치"  # a figure's source, cited in a sentence
CAPTURES = {
    "a header word beside the stamp": (
        f"뉴스 > IT\n{HEADLINE}\n기사입력시간 25.10.28 14:31 | 최종편집 25.10.28 16:02\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "the outlet's registration in the footer": (
        f"{HEADLINE}\n\n{STORY}관련기사\n카카오 AI 메이트 출시\n"
        "인터넷신문 등록번호 서울 아 01234 | 등록일 2013.12.09 | 발행·편집인 홍길동\n",
        {"title": HEADLINE, "published": HELD},
    ),
    "a read-later app's Markdown": (
        f"# {HEADLINE}\n\n**Source:** [gasang.co.kr](https://www.gasang.co.kr/view.php?key=20251028010007215)\n"
        f"**Saved:** 2025-10-30\n**Reading time:** 2 min\n\n---\n\n{STORY}\n"
        "Saved to Pocket · Open in Pocket · View original\n",
        # (the day the address and '28일' give, not the day it was saved)
        {"title": HEADLINE, "date": dt.date(2025, 10, 28), "body": STORY, "subtitle": None},
    ),
    "Telegram's copy of a channel's posts": (
        "가상 브리핑 📊, [28.10.25 07:31]\n[Forwarded from 가상 뉴스 모음]\n"
        f"[한국경제] {HEADLINE}\nhttps://www.hankyung.com/article/2025102812345\n\n{STORY}\n"
        "가상 브리핑 📊, [28.10.25 07:40]\n📌 매일 아침 주요 뉴스 요약 | 채널 구독 👉 t.me/gasang_brief\n",
        {"title": HEADLINE, "publisher": "한국경제"},
    ),
    "a feed reader's export, its time in GMT": (
        f"Inoreader\n헬로디디 - 과학이 세상을 바꾼다\n{HEADLINE}\nby 홍길동 기자 | Tue, 28 Oct 2025 05:31:00 GMT\n"
        f"https://www.hellodd.com/news/articleView.html?idxno=109352\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST), "author": "홍길동"},
    ),
    "a text browser's dump": (
        f"   #[1]가상뉴스 RSS\n   [2]본문 바로가기\n   [3]로그인 [4]회원가입\n\n              {HEADLINE}\n"
        f"   [5]홍길동 기자 | 2025.10.28 14:31\n   [6][IMG]\n\n   {LYNX_WRAPPED}\nReferences\n\n"
        "   1. https://news.gasang.co.kr/rss\n   2. https://news.gasang.co.kr/view/1#content\n"
        "   3. https://news.gasang.co.kr/login\n   4. https://news.gasang.co.kr/join\n   5. https://news.gasang.co.kr/r/1\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST), "body": STORY},
    ),
    "a ticker under the top news, the section over the crumb": (
        "가상일보\n오늘의 주요뉴스\n충북도, 정부예산 9조 원 확보 총력 ㆍ 청주공항 활주로 용역 착수\n"
        "경제일반\n경제 > 경제일반\n"
        f"{HEADLINE}\n등록 2025.10.28 14:31:05\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a banner over a section label and a crumb": (
        f"월간 가상월드 2025년 11월호 발간 - 특집: AI 에이전트, 업무를 바꾸다\n뉴스\n소프트웨어\n뉴스 > 소프트웨어\n"
        f"{HEADLINE}\n기사입력 2025년 10월 28일 14시 31분\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a crumb of capitalised words": (
        f"Deal\nFinance\nInvestment\nInvestment > 벤처캐피탈\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a caption over its credit over the lede": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n"
        "홍길동 카카오 대표가 28일 경기 성남시 본사에서 서비스를 소개하고 있다.\n/ 카카오\n\n"
        f"[한국경제] {STORY}",
        {"body": STORY},
    ),
    "a portal's reactions and a byline of a Latin-lettered outlet": (
        f"{HEADLINE}\n입력 2025. 10. 28. 14:31\n\n{STORY}한국경제TV 홍길동 기자\nhong@wowtv.co.kr\n"
        "이 기사에 대해 어떻게 생각하시나요?\n추천해요\n14\n감동이에요\n1\n"
        "한국경제TV에서 직접 확인하세요. 해당 언론사로 연결됩니다.\n타임톡\n",
        {"body": STORY, "author": "홍길동"},
    ),
    "a feed reader's fields, the time in UTC": (
        "Inoreader - 내 피드 > IT\nExported from Inoreader on 2026-01-08 21:44 (GMT+09:00)\n-----\n"
        f"{HEADLINE}\nFeed: 가상데일리 - 전체기사 (https://www.gasang.kr/rss/allArticle.xml)\nAuthor: 홍길동 기자\n"
        f"Published: 2025-10-28 05:31:00 UTC\nLink: https://www.gasang.kr/news/articleView.html?idxno=1\n-----\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST), "author": "홍길동"},
    ),
    "a wire's kicker under a masthead in two scripts, the correspondent after the outlet": (
        f"글로벌이코노믹\nGlobal Economic\n로그인\n[블룸버그] {HEADLINE}\n홍길동 글로벌이코노믹 해외통신원\n"
        f"기사입력 2025-10-28 14:31\n\n{STORY}",
        {"title": f"[블룸버그] {HEADLINE}", "publisher": "글로벌이코노믹", "author": "홍길동", "subtitle": None},
    ),
    "an advert set off by stars inside a sentence": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n"
        "카카오가 카카오톡 채팅 탭에서 ★USDT 코인 리딩방 수익 인증 텔레그램 @gasang77★ "
        "오픈AI의 챗GPT를 바로 쓸 수 있는 서비스를 28일 출시했다고 밝혔다.\n"
        "별도 앱을 설치하거나 새로 가입할 필요 없이 카카오 계정으로 이용할 수 있다.\n",
        {"body": STORY},
    ),
    "a card news's credits, its neighbours and the most viewed": (
        f"[카드뉴스] {HEADLINE}\n조회수 1,482\n공유하기\n글 : 홍길동 / 디자인 : 김철수\n1/2\n{FIRST}2/2\n{SECOND}"
        "이전 카드뉴스\n[카드뉴스] 설 명절, 이렇게 달라집니다\n"
        "많이 본 정책 콘텐츠\n[쇼츠] 1분 만에 보는 경제정책방향\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a paywall's prompt and what it offers": (
        f"{HEADLINE}\n글 | 홍길동 기자\n\n{STORY}이 글은 가상스탠딩 멤버십 회원 전용 콘텐츠입니다.\n"
        "멤버십에 가입하고 모든 콘텐츠를 자유롭게 읽어보세요.\n첫 달 무료로 시작하기\n모든 유료 기사 무제한 열람\n"
        "업계 리포트 PDF 다운로드\n",
        {"body": STORY},
    ),
    "a read-later app's day of saving in Korean": (
        f"# {HEADLINE}\n\n**gasang.co.kr** · 원문 보기: https://www.gasang.co.kr/news/view?ud=2025102814302512345\n"
        f"저장: 2026년 1월 2일 · 읽는 시간 약 4분\n\n---\n\n{STORY}",
        {"title": HEADLINE, "date": dt.date(2025, 10, 28)},
    ),
    "a mail forwarded under the forwarder's own headers and note": (
        "Fwd: [보도 모니터링] 가상경제 - 카카오 협업\n받은편지함\n이서연 <sy.lee@gasang.ai>\n"
        "2025년 10월 31일 (금) 오전 8:51\n받는사람: 정민호 <mh.jung@gasang.ai>\n"
        "팀장님, 지난주 나온 기사 공유드립니다.\n---------- Forwarded message ---------\n"
        "보낸사람: 김하늘 <haneul@prone.co.kr>\nDate: 2025년 10월 28일 (화) 오전 10:03\n"
        "Subject: [보도 모니터링] 가상경제 - 카카오 협업\nTo: 이서연 <sy.lee@gasang.ai>\n"
        "이서연 매니저님, 안녕하세요.\n오늘 아래 기사가 게재되어 공유드립니다.\n=====\n"
        f"{HEADLINE}\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a slogan over the site's account bar": (
        f"가상IT\nIT로 만나는 새로운 세상\n로그인\n회원가입\n뉴스\n리뷰\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a paid review job set off by stars at a paragraph's end": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST.rstrip()} "
        f"★실구매 후기 작성 알바 모집 건당 3만원 당일지급 카톡 gasang82★\n{SECOND}",
        {"body": STORY},
    ),
    "a feed's item pasted as XML": (
        f"<item>\n<title><![CDATA[{HEADLINE}]]></title>\n<link>https://www.hankyung.com/article/2025102812345</link>\n"
        f"<description><![CDATA[<p>{FIRST.strip()}</p>\n<p>{SECOND.strip()}</p>]]></description>\n"
        "<author>홍길동 기자</author>\n<pubDate>Tue, 28 Oct 2025 14:31:00 +0900</pubDate>\n</item>\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST), "author": "홍길동", "body": STORY},
    ),
    "a blog post reposting a story": (
        f"블로그\n카테고리 이동\n하루기록\n카카오톡에서 챗GPT를? (기사 전문)\n하루기록\n2025. 10. 30. 21:14\n이웃추가\n"
        f"회사 단톡방에 이 얘기가 나와서 찾아봤어요.\n나중에 다시 보려고 기사 전문 옮겨둡니다.\n{HEADLINE}\n"
        f"2025-10-28 14:31\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST), "body": STORY},
    ),
    "a board post reposting a story, the post's time labelled": (
        "모두의공원\n로그인\n카카오톡에서 챗GPT 된다네요\n달빛고양이\n작성일 2025-10-30 09:41\n조회 3,412\n"
        f"출근길에 봤는데 신기하네요. 기사 옮겨요.\n{HEADLINE}\n2025-10-28 14:31\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a board post whose note runs over lines of its own": (
        "클리앙\n모두의공원\n챗GPT가 카톡에 들어왔다는 기사네요\n별밤지기\n등록일 2025-10-30 13:02\n조회수 1,877\n"
        "요즘 주변에서 챗GPT 쓰는 사람이 정말 늘었다는 얘기를 많이 듣는데, 이제 카톡에서도 된다니 놀랐습니다.\n"
        f"기사 전문 퍼왔습니다.\n{HEADLINE}\n입력 2025.10.28 14:31\n홍길동 기자\n{STORY}댓글 42\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a social post sharing a story, the story's day unprinted": (
        f"Facebook\n홈\n알림\n이정민\n2025년 10월 30일 오전 7:41  · \n"
        f"써보니 편하네요. 기사 전문 붙여둡니다.\n{HEADLINE}\n[가상일보] 홍길동 기자 = {STORY}좋아요 128\n댓글 23개\n",
        # ('28일' read against the post's time: the story ran before it was posted.)
        {"title": HEADLINE, "published": dt.date(2025, 10, 28)},
    ),
    "a ministry's release, posted the day before its embargo": (
        "과학기술정보통신부\n보도자료\n홈 > 소식 > 보도자료\n"
        f"{HEADLINE}\n담당부서 인공지능정책과\n등록일 2025-10-27\n조회수 1,204\n"
        f"보도시점 2025. 10. 28.(화) 12:00 이후 (10. 29.(수) 조간)\n배포 2025. 10. 27.(월) 10:00\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 12, 0, tzinfo=KST)},
    ),
    "an English edition's stamp, its time after a dash": (
        "The Korea Herald\nBusiness\nTech\nKakao brings ChatGPT into KakaoTalk\nBy Hong Gil-dong\n"
        "Published : Oct. 28, 2025 - 14:31\nUpdated : Oct. 28, 2025 - 18:40\n"
        "Kakao said Tuesday it had launched ChatGPT inside its KakaoTalk messenger.\n"
        "Users can reach it from the chat tab without installing another app.\n"
        "Most Popular\n1\nSamsung unveils new phones\nFeb. 25, 2026\n",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    # Set Y's titles, second round: a section with its subsection, a sticky header's headline
    # cut short, a digest mail's one full story, a newsroom's English name, a repost whose
    # headline ends in a quoted sentence.
    "a section and its joined subsection over the headline": (
        f"가상일보\n로그인\n경제 기업·산업\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a sticky header's headline cut short over the whole one": (
        f"가상일보\n정치\n경제\n{HEADLINE[:24]} …\n로그인\n회원가입\n{HEADLINE}\n홍길동 기자\n"
        f"입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a digest mail's one full story under its greeting and short items": (
        "보낸사람: 가상레터 <letter@gasang.example>\n받는사람: reader@example.com\n"
        "날짜: 2025년 10월 30일 (목) 오전 7:00\n제목: [가상레터] 카톡에 챗GPT 외 2건\n"
        "메일이 잘 보이지 않나요? 웹에서 보기\n안녕하세요, 가상레터 구독자 여러분.\n"
        "이번 주에는 카카오 소식을 심층 기사로 전해 드리고, 짧은 뉴스 두 건을 골랐습니다.\n"
        "① 네이버, 일본에 AI 데이터센터 (10/27)\n② 업스테이지, 새 모델 공개 (10/27)\n오늘의 심층 기사\n"
        f"{QUOTED_HEADLINE}\n2025.10.28 | 홍길동 기자\n{STORY}기사 원문 보기 ›\n",
        {"title": QUOTED_HEADLINE, "author": "홍길동"},
    ),
    "a company newsroom's English name over its Korean one": (
        f"Gasang Newsroom Korea\n가상전자 뉴스룸\n기업뉴스\n제품뉴스\n{HEADLINE}\n뉴스\n2025/10/28\n공유하기\n{STORY}",
        {"title": HEADLINE},
    ),
    "a board post reposting a story whose headline ends in a quote": (
        "모두의공원\n로그인\n카톡에서 챗GPT 된다네요\n달빛고양이\n2025-10-30 09:41:22\n조회 3,412\n"
        f"출근길에 봤는데 신기하네요. 기사 옮겨요.\n{QUOTED_HEADLINE}\n[가상일보=홍길동 기자]{STORY}",
        {"title": QUOTED_HEADLINE, "author": "홍길동"},
    ),
    # Set Z's: a clipper's Markdown, a thread off a timeline, a cafe's repost with its reporter
    # alone under the deck, and two adverts.
    "a web clipper's Markdown with its properties": (
        f'---\ntitle: "{HEADLINE}"\nsource: "https://gasang.example/news/1"\nauthor:\n  - "[[홍길동]]"\n'
        'published: 2025-10-28T14:31:00+09:00\ncreated: 2026-01-12\ndescription: "요약"\ntags:\n'
        f'  - "clippings"\n---\n# {HEADLINE}\n![](https://gasang.example/photo.jpg)\n'
        f"{FIRST}## 가입 없이 쓴다\n{SECOND}",
        {
            "title": HEADLINE,
            "author": "홍길동",
            "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST),
            "body": f"{FIRST}가입 없이 쓴다\n{SECOND}",
        },
    ),
    "a thread off a timeline, a pinned post of another year above it": (
        "X\n홈\n가상뉴스\n@gasangnews\n가입일: 2012년 1월\n고정됨\n가상뉴스\n@gasangnews\n·\n2024년 12월 3일\n"
        "[후원 안내] 가상뉴스는 시민 후원으로 운영됩니다.\n41\n1,022\n가상뉴스\n@gasangnews\n·\n10월 28일\n"
        f"[스레드] {HEADLINE} 🧵(1/3)\n128\n4.2만\n가상뉴스\n@gasangnews\n·\n10월 28일\n{FIRST.strip()} (2/3)\n12\n"
        f"가상뉴스\n@gasangnews\n·\n10월 28일\n{SECOND.strip()} (3/3)\ngasangnews.com\n{HEADLINE[:25]}…\n9\n2.4만\n"
        "독자\n@reader1\n·\n10월 29일\n"
        "좋은 기사 고맙습니다\n3\n",
        {"title": HEADLINE, "body": STORY, "published": HELD},
    ),
    "a cafe's repost, the reporter's name alone under the deck": (
        "NAVER\n카페\n상담사랑\nsince 2012.03.05.\n뉴스 스크랩\n카톡에 챗GPT 들어왔네요\n상담7년차\n2025.10.30. 13:47\n"
        f"조회 842\n저희 얘기 같아요. 가상일보 기사 전문 옮깁니다.\n{HEADLINE}\n가입 없이 카카오 계정으로 이용\n"
        f"홍길동 기자\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "date": dt.date(2025, 10, 28)},
    ),
    "an advert set off by stars, a messenger's account after '문의'": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST.strip()}"
        f"★무직자 비상금대출 당일승인 카톡 문의 loan7979★\n{SECOND}",
        {"body": STORY},
    ),
    "an advert dressed as a recommended story, a messenger's link its address": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}"
        "[추천] AI 코인 자동매매 봇, 한 달 수익률 38% 인증…무료 리딩방 선착순 입장 ▶ t.me/gasang_vip77\n"
        f"{SECOND}",
        {"body": STORY},
    ),
    # ... and its second round: a font size's buttons under the stamp, a post's caption with its
    # headline in brackets, a professional network's post and a gallery's carrying a story, a
    # site's own search over the story opened from it.
    "a font size's buttons under the stamp, the byline at the end": (
        f"{HEADLINE}\n등록일 2025-10-28 14:31:00\n크게\n작게\n프린트\n{STORY}홍길동 기자 gildong@gasang.example\n",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "an outlet's long name before the byline": (
        f"{HEADLINE}\n가입 없이 카카오 계정으로 이용\n메디가상뉴스 홍길동 기자\n등록일 2025-10-28 14:31:00\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a post's caption, its account's handle over the headline in brackets": (
        f"Instagram\n홈\n검색\ngasang_official\n팔로우\n1/6\ngasang_official\n[{HEADLINE}]\n{STORY}",
        {"title": HEADLINE},
    ),
    "a professional network's post pasting an interview under a rule": (
        "LinkedIn\n홈\n홍지민 • 1촌\n가상AI 대표 | 변호사 | 계약서 검토를 AI로 바꿉니다\n3주 • 수정됨 •\n팔로우\n"
        "가상벤처에 저희 인터뷰가 실렸습니다. 링크가 안 열린다는 분들이 계셔서 본문을 아래에 옮겨 둡니다.\n"
        f"────────────\n{QUOTED_HEADLINE}\n가상벤처 | 2025년 10월 28일 | 홍길동 에디터\n{STORY}",
        {"title": QUOTED_HEADLINE, "author": "홍길동", "date": dt.date(2025, 10, 28)},
    ),
    "a gallery's post giving the story's address, then the story": (
        "디시인사이드\n갤러리\n로그인\n특이점이 온다 마이너 갤러리\n글쓰기\n[정보/뉴스] 카톡에서 챗GPT 되네\n"
        "ㅇㅇ(118.235)\n2025.10.30 00:14:52\n조회 1931\nhttps://www.gasang.example/news/articleView.html?idxno=1\n"
        f"{HEADLINE}\n기자명 홍길동 기자\n입력 2025.10.28 14:31\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a photo page's gallery, each photo counted and credited to its photographer": (
        f"{HEADLINE}\n기자명 홍길동 기자\n입력 2025.10.28 14:31\n사진 1 / 3\n"
        "▲ 28일 서울 강남구에서 열린 행사에서 관람객이 서비스를 체험하고 있다. ⓒ가상오늘 홍길동 기자\n"
        f"{FIRST}사진 2 / 3\n▲ 카카오 부스에서 관계자가 서비스를 소개하고 있다. ⓒ가상오늘 홍길동 기자\n{SECOND}"
        "사진 3 / 3\n▲ 전시장 입구에 관람객들이 줄을 서 있다. ⓒ가상오늘 홍길동 기자\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a report of clippings: its note, contents, page numbers and running head": (
        "일일 언론 스크랩\n2025년 10월 29일(수)\n가상원 대외협력실\n"
        "※ 본 자료는 내부 업무 참고용으로 외부 배포를 금합니다.\n"
        "가상원 일일 언론 스크랩\t2025. 10. 29.(수)\n목  차\n"
        f"1. {HEADLINE} (가상일보, 10.28, 6면) ·························· 2\n- 1 -\n"
        f"가상원 일일 언론 스크랩\t2025. 10. 29.(수)\n가상일보 | 2025. 10. 28.(화) | 6면\n{HEADLINE}\n{FIRST}- 2 -\n"
        f"가상원 일일 언론 스크랩\t2025. 10. 29.(수)\n{SECOND}홍길동 기자\n",
        {"title": HEADLINE, "body": STORY, "published": HELD},
    ),
    "a site's own search over the story opened from it": (
        "가상교육신문\n로그인\n전체기사\n챗GPT\n검색\n'챗GPT' 검색결과 총 48건\n정렬 최신순\n"
        '"챗GPT가 숙제 대신 해줘"…학부모 우려 커져\n방과후 시범학교 학부모 일부가 민원을 제기하고 있다.\n'
        f"박하늘 기자 | 2025.11.12 16:15\n{HEADLINE[:30]}…\n카카오가 카카오톡에서 챗GPT를 쓸 수 있게 했다.\n"
        "홍길동 기자 | 2025.10.28 14:31\n1\n2\n3\n다음\n"
        f"IT\n{HEADLINE}\n홍길동 기자\n기사입력 2025.10.28 14:31\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    # Set 39's: a slogan between stars, a photo's source after what it shows, a magazine's
    # columnist in angle brackets, reporters joined by the Hangul letter ㆍ.
    "the outlet's slogan between stars under the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}★IT 전문 미디어 전자신문 / etnews, Korea's IT news!★\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a photo named with its source between paragraphs": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}카카오톡 채팅 탭의 챗GPT 화면(출처=카카오)\n{SECOND}",
        {"body": STORY},
    ),
    "a story citing its source is no caption": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}이용자는 한 달 새 두 배로 늘었다({SOURCE})\n"
        f"시장 규모는 올해 10조원을 넘어설 전망({SOURCE})\n{SECOND}",
        {"lines": f"이용자는 한 달 새 두 배로 늘었다({SOURCE})\n시장 규모는 올해 10조원을 넘어설 전망({SOURCE})"},
    ),
    "a story's own arrowed items under a site it names": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}www.gasang-voucher.kr\n→ 신청 기간: 3월 31일까지\n"
        "→ 지원 대상: 중소·벤처기업\n",
        {"lines": "→ 신청 기간: 3월 31일까지\n→ 지원 대상: 중소·벤처기업"},
    ),
    "a column signed in angle brackets": (
        f"[IT칼럼]{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}<홍길동 IT칼럼니스트>\n",
        {"author": "홍길동", "body": STORY},
    ),
    "two reporters joined by the letter ㆍ": (
        f"{HEADLINE}\n박성은ㆍ이효정 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": ["박성은", "이효정"], "body": STORY},
    ),
    # Set 40's: a joined section over its subsection, a monthly's issue, a writer after '글 :', an app's
    # share text and footer, a broadcaster's call for tips, a group's publication, a print view's column.
    "a joined section with its subsection over the headline": (
        f"가상리뷰\n산업\nIT·전자\n금융\nIT·전자 반도체\n{HEADLINE}\n기자명 홍길동 기자\n"
        f"입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a monthly's issue over the headline, its writer after '글 :'": (
        f"가상월간\n로그인\n가상월간 2025년 3월호\n입력 : 2025.02.14\n{HEADLINE}\n글 : 홍길동 가상월간 기자\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "an app's share text with the broadcaster's name spaced, and its footer": (
        f"[KNN 부산경남방송] {HEADLINE}\nhttps://www.knn.co.kr/news/1\n\n{STORY}"
        "KNN 앱에서 더 많은 뉴스를 확인하세요.\n",
        {"title": HEADLINE, "publisher": "KNN", "body": STORY},
    ),
    "a broadcaster's call for tips over its English copyright": (
        f"{HEADLINE}\n홍길동\n\n{STORY}대구MBC 뉴스는 시청자 여러분의 제보를 기다립니다.\n"
        "Copyright © Daegu Munhwa Broadcasting Corporation. All rights reserved.\n",
        {"publisher": "대구MBC", "body": STORY},
    ),
    "a group's publication, named under its story, over the group's footer": (
        f"가상어린이\n{HEADLINE}\n\n{STORY}▶가상어린이 홍길동 기자 hong@donga.com\n"
        "[Copyright © 가상어린이. All rights reserved.]\n회사소개\nCopyright © 동아일보. All rights reserved.\n",
        {"publisher": "가상어린이", "author": "홍길동", "body": STORY},
    ),
    "a print view's column, its writer printed twice": (
        f"인쇄하기\n닫기\n가상타임즈\n[시론] {HEADLINE}\n홍길동 가상정책연구소장\n홍길동 가상정책연구소장\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    # Set 41's: an outlet's word among a menu's sections, or in the series of headlines listed under
    # the story; a Hangul name of two words before the ban; a name before its mark; a web mail's
    # letter and its issue; a group's publication named atop its page, the group in Latin letters.
    "an outlet's word among the menu's sections": (
        f"가상데스크 코리아\n뉴스\n마켓\n정책\n인사이트\n리서치\n이벤트\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}"
        "홍길동 기자 hong@gasangdesk.example\n저작권자 © 가상데스크 코리아 무단전재 및 재배포 금지\n",
        {"publisher": "가상데스크 코리아"},
    ),
    "a column's series naming an outlet's word in the list under it": (
        f"[홍길동의 테크 인사이트] {HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}이 기자의 다른 기사\n"
        "[홍길동의 테크 인사이트] AI 거품론, 닷컴버블과 다른 세 가지\nCopyright © 가상오늘 All rights reserved.\n",
        {"publisher": "가상오늘", "title": f"[홍길동의 테크 인사이트] {HEADLINE}"},
    ),
    "the outlet's name before its copyright mark": (
        f"가상스토리\n{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}가상스토리 © 무단전재-재배포 금지\n",
        {"publisher": "가상스토리"},
    ),
    "a web mail's letter, its link to the web, its issue over the story": (
        "보낸사람 가상금융신문 <letter@gasang.example>\n받는사람 나\n제목 [가상 모닝레터] 오늘의 소식\n"
        "메일이 제대로 보이지 않으면 여기를 클릭하세요\n가상금융신문 모닝레터\n2025년 10월 29일 수요일 | 제412호\n"
        f"오늘의 TOP 뉴스\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE, "published": dt.date(2025, 10, 28)},
    ),
    "a group's publication named atop its page, the group's footer in Latin letters": (
        f"가상소년일보\n뉴스\n어린이기자\n문화\n{HEADLINE}\n글=홍길동 기자 | 2025.10.28 (화)\n\n{STORY}"
        "<저작권자 ⓒ 가상소년일보, 무단 전재 및 재배포 금지>\nCopyright © Sonyeon Hankook Ilbo. All rights reserved.\n",
        {"publisher": "가상소년일보", "author": "홍길동"},
    ),
    # Set 42's: a photo credited to the outlet's archive.
    "a photo credited to the outlet's archive": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\nⓒ가상의학신문 DB\n{STORY}"
        "저작권자 © 가상의학신문 무단전재 및 재배포 금지\n",
        {"publisher": "가상의학신문", "body": STORY},
    ),
}


# A tenth set's containers: a note, a clip, a company's board, a group's post, a text message, a
# portal's source line, a cookie banner, each around a story with its own headline and byline.
BOARD = "(주)가상테크\n회사소개  제품  언론보도  채용  고객지원\nHOME > 홍보센터 > 언론보도\n"
PAGES_OF_THE_TENTH_SET = {
    "a note app's note over the story": (
        "Samsung Notes\n모든 노트 › 기사 스크랩 › IT\n카카오 챗GPT 기사 (가상일보) - 회의용\n2026년 1월 5일 오전 9:12\n"
        f"메모: 쟁점 정리할 것. 입장 따로 확인 필요\n{HEADLINE}\n{QUOTED_HEADLINE}\n가상일보 홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "subtitle": QUOTED_HEADLINE, "author": "홍길동", "published": HELD},
    ),
    "a clipper's tab title and clip time over the story": (
        f"{HEADLINE} - 가상일보\n2026년 1월 8일 목요일\n오후 3:12\n클리핑 원본: https://www.gasang.co.kr/news/1\n"
        f"가상일보\n회의 전에 읽어 볼 것. 수치 확인 필요\n{HEADLINE}\n{QUOTED_HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "published": HELD},
    ),
    "a company's board reposting a story with its source": (
        f"{BOARD}[가상일보] {HEADLINE}\n등록일 2025.10.30   조회 88\n{HEADLINE}\n{QUOTED_HEADLINE}\n"
        f"가상일보 홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}출처 : 가상일보(https://www.gasang.co.kr/news/1)\n"
        "© 2025 GASANGTECH Inc. All rights reserved.\n",
        {
            "title": HEADLINE,
            "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST),
            "publisher": "가상일보",
            "author": "홍길동",
            "body": STORY,
        },
    ),
    "a group's post sharing a story, its poster's note over it": (
        "BAND\n가상 소상공인 모임\n게시글  사진  일정  첨부  멤버\n공지 2025년 하반기 정기모임 안내\n바다향기  리더\n"
        "2025년 10월 29일 오전 8:14\n어제 뉴스가상에 난 기사 공유합니다. 거래처 있으신 분들 참고하세요 👍\n"
        f"{HEADLINE}\n{STORY}뉴스가상 홍길동 기자\n",
        # (an outlet the registry does not know, named as a reporter might be: not an author)
        {"title": HEADLINE, "date": dt.date(2025, 10, 28), "publisher": "뉴스가상", "author": "홍길동"},
    ),
    "a workplace board's post of a story, the poster's note in internet speech": (
        "blind\n홈  토픽  기업리뷰  채용  글쓰기\nIT 라운지\n우리 회사도 챗GPT 쓰게 되려나\n가상전자 · qMv28x\n"
        f"2025.10.29  조회 3,204  댓글 4\n어제 가상일보 뉴스에 나온 거 퍼옴\n{HEADLINE}\n가상일보 홍길동 기자\n"
        f"입력 2025.10.28 18:40\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 18, 40, tzinfo=KST), "body": STORY},
    ),
    "an outlet's mail sending a story on a reader's behalf": (
        "NAVER 메일\n메일쓰기  받은메일함 128  보낸메일함  내게쓴메일함  스팸메일함\n"
        "[가상일보] 이수진님이 보낸 기사입니다\n"
        "보낸사람 가상일보 <noreply@gasang.co.kr>\n2025년 10월 29일 (수) 오후 6:41\n가상일보\n"
        "이수진님께서 박정민님께 아래 기사를 보내셨습니다.\n보내는 분의 메시지 : 부장님, 회의 때 참고하세요.\n"
        f"{HEADLINE}\n가상일보 홍길동 기자\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a text message sharing a story, under the messenger's day": (
        "휴대폰과 연결\n메시지    통화    사진    앱\n가상시청 스마트도시과\n2025년 10월 28일 화요일\n[Web발신]\n"
        "안녕하세요 기자님, 스마트도시과입니다. 오늘자 가상일보 기사 공유드립니다. 참고 부탁드립니다.\n"
        f"{HEADLINE}\n{STORY}",
        {"title": HEADLINE, "date": dt.date(2025, 10, 28), "publisher": "가상일보"},
    ),
    "a portal's source line over the story": (
        f"Microsoft Start\n뉴스  스포츠  머니  날씨  연예\n가상스포츠의 스토리 • 6시간\n팔로우\n{HEADLINE}\n"
        f"가상스포츠 홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "publisher": "가상스포츠", "author": "홍길동"},
    ),
    "an assistant's conversation, each turn labelled, its answer misdating the story": (
        "ChatGPT\n새 채팅  채팅 검색  라이브러리\n나의 말:\n아래 기사 세 줄로 요약해 줘. 제목도 하나 뽑아 줘.\n"
        f"{HEADLINE}\n가상일보 홍길동 기자\n{STORY}ChatGPT의 말:\n"
        "요약 (2024년 10월 28일 가상일보 보도)\n1. 카카오가 카카오톡에서 챗GPT를 쓰게 했습니다.\n",
        {"title": HEADLINE, "body": STORY, "published": HELD},
    ),
    "a cookie banner over the page": (
        "이 웹사이트는 이용 환경 개선을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 "
        f"간주됩니다.\n동의    설정    자세히 보기\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a reader view's byline over its reading time": (
        f"gasang.kr\n{HEADLINE}\n홍길동\n4–5 minutes\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a reader view's byline over its reading time, in Korean": (
        f"gasang.kr\n{HEADLINE}\n홍길동\n5분\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a broadcaster's reporter named alone under the sign-off": (
        f"{HEADLINE}\n홍길동 기자\n◀ 앵 커 ▶\n{STORY}MBC뉴스 홍길동입니다.\n홍길동\n"
        "Copyright © Gasang Munhwa Broadcasting Corporation. All rights reserved.\n",
        {"title": HEADLINE, "author": "홍길동", "body": f"{STORY}MBC뉴스 홍길동입니다."},
    ),
    "an unknown outlet's name over the page and before its reporter's": (
        f"가상벤\n전체 메뉴\n로그인\n{HEADLINE}\n가상벤 홍길동 기자 (gildong@gasangben.co.kr)\n2025-10-28 14:31\n"
        f"{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "an unknown journal's reporter in a note's copy": (
        f"2025.10.30 스크랩\n\n{HEADLINE}\n가상저널 홍길동 기자\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "publisher": "가상저널", "body": STORY},
    ),
    "a Korean edition's topics over the date, the original's writer under the headline": (
        f"Gasang Korea\n뉴스\n칼럼\n검색\n인공지능 | 디지털 트랜스포메이션 | 예산\n2024.11.21\n{HEADLINE}\n"
        f"Jane Doe | Gasang\n{STORY}",
        {"title": HEADLINE, "author": "Jane Doe", "date": dt.date(2024, 11, 21), "body": STORY},
    ),
    "a Korean edition's writer of the original over the day, the editors' address ending the story": (
        f"Gasang Korea\n뉴스\n칼럼\n검색\n{HEADLINE}\nJane Doe | Gasang\n2024.05.21\n"
        f"{STORY.rstrip()} editor@gasang.example\n",
        {"title": HEADLINE, "author": "Jane Doe", "date": dt.date(2024, 5, 21), "body": STORY},
    ),
    "a broadcaster's transcript, its cues alone on their lines": (
        f"{HEADLINE}\n홍길동 기자\n◀ 앵 커 ▶\n{FIRST}\n◀ 리포트 ▶\n{SECOND}\n◀ END ▶\n",
        {"title": HEADLINE, "author": "홍길동", "body": f"{FIRST}\n{SECOND}"},
    ),
    "a science site's trailer: the views, the copyright with the story's day, the tags' heading": (
        f"{HEADLINE}\n홍길동 객원기자\n{STORY}(1873)\n태그(Tag)\n#인공지능\n저작권자 2023.11.20 ⓒ GasangTimes\n",
        {"published": dt.date(2023, 11, 20), "author": "홍길동", "body": STORY},
    ),
    "an advert's pitch under its label in the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}AD\n공연장 뒤편 비밀 통로, 이번 주말 최대 70% 할인\n{SECOND}",
        {"body": STORY},
    ),
    "an advert's slot in the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}ADVERTISEMENT\n{SECOND}",
        {"body": STORY},
    ),
    "a reporter's tag set apart by the letter ㅣ": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n가상뉴스 홍길동 기자ㅣ{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "an unknown outlet's name over the page, its tag on the lede": (
        f"가상경제\n메뉴\n검색\n{HEADLINE}\n\n[가상경제] {STORY}",
        {"title": HEADLINE, "publisher": "가상경제", "body": STORY},
    ),
    "a column signed with the name alone over the writer's record": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}홍길동\n"
        "가상대 전자공학과, 미국 가상대 박사, 전 가상전자 연구원, 현 가상대 교수\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a story on the AI Basic Act's first day in force": (
        "AI기본법 시행 첫날…기업들 '눈치보기'\n\n인공지능(AI) 기본법이 22일 본격 시행됐지만 현장 기업들은 혼란스럽다는 "
        "반응이다.\n정부는 1년간 과태료 부과를 유예하는 계도기간을 운영한다.\n",
        {"published": dt.date(2026, 1, 22)},
    ),
    "a site's strip of the reading day, a month after the event the story names": (
        "2025년 3월 3일 월요일\n로그인\n엔비디아 4분기 매출 서프라이즈에도 주가 8% 급락\n가상미디어 홍길동 기자\n\n"
        "엔비디아는 26일(현지시간) 4분기 매출이 393억 달러라고 밝혔다.\n"
        "27일 뉴욕증시에서 엔비디아 주가는 8% 넘게 떨어졌다. 딥시크 쇼크 이후 AI 투자 과열 논란이 이어지고 있다.\n",
        {"published": HELD},
    ),
    "an unknown outlet's tag with its place after a comma": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n[가상프리존,광주=홍길동 기자] {STORY}",
        {"publisher": "가상프리존", "author": "홍길동", "body": STORY},
    ),
    "an unknown outlet's tag with a bar set apart": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n가상감신문 = 홍길동 기자 | {STORY}",
        {"publisher": "가상감신문", "author": "홍길동", "body": STORY},
    ),
    "a portal's listen and font-size controls over the story": (
        "NAVER\n가상조선\n구독\n가상조선 언론사 구독 설정\n"
        f"{HEADLINE}\n입력2024.05.14. 오후 9:28\n홍길동 기자\n텍스트 음성 변환 서비스 사용하기\n"
        "이동 통신망을 이용하여 음성을 재생하면 별도의 데이터 통화료가 부과될 수 있습니다.\n본문듣기 시작\n닫기\n"
        "글자 크기 변경하기\n가1단계\n작게\n가2단계\n보통\n가3단계\n크게\n가4단계\n아주크게\n가5단계\n최대크게\n"
        f"{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a headline printed twice in a row over its decks and byline": (
        f"가상위크\n정치\n경제\n{HEADLINE}\n{HEADLINE}\n매출 17조6391억원, 영업이익률 42%\n"
        "“HBM 올해 공급 물량 고객과 협의 완료… 관세 영향 제한적”\n  • 기자명 홍길동 기자\n  • 입력 2025.04.24 11:32\n"
        f"{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a game site's writer with a nickname over the date": (
        f"가상게임\n뉴스 > 업계동향\n{HEADLINE}\n홍길동(카이)\n2025-01-07 14:12:03\n페이스북\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "the reporter's address alone after a slash, closing the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}{SECOND.strip()} /gildong@gasang.co.kr\n",
        {"body": STORY},
    ),
    "a broadcaster's tabs of its news programmes over the headline": (
        f"가상MBC\n메뉴\n뉴스 TV 라디오\n뉴스\n전체 뉴스데스크 뉴스투데이 이슈 기획취재\n{HEADLINE}\n홍길동\n공유\n"
        f"{STORY}",
        {"title": HEADLINE},
    ),
    "an investigation's closing credits, its plea for members and its owner's name": (
        f"가상타파\n후원하기\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}\n취재 홍길동 김철수\n촬영 이영희\n"
        "편집 박민수\n디자인 최지우\n가상타파는 광고나 협찬 없이 오직 후원회원들의 회비로만 운영됩니다.\n"
        "후원회원 가입하기\n한겨레 가상재단\n",
        {"title": HEADLINE, "author": ["홍길동", "김철수"], "body": STORY},
    ),
}
KEPT_IN_THE_TENTH_SET = {
    "a headline over its toolbar, its deck and its reporter": (
        f"{HEADLINE}\n가 가 인쇄 공유\n{QUOTED_HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "subtitle": QUOTED_HEADLINE},
    ),
    "a headline over its stamp, its deck and its reporter": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{QUOTED_HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "subtitle": QUOTED_HEADLINE},
    ),
    "a source of figures under the story names no publisher": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}출처 : 통계청\n",
        {"publisher": None},
    ),
}


# A ninth set's kinds: mastheads over the site's menu, strips and kickers over the headline,
# a newsletter's digest, a reader app, credits naming the writer, a live page's signed updates.
UNDATED = STORY.replace("서비스를 28일 출시했다고 밝혔다", "서비스를 출시했다")
PAGES_OF_THE_NINTH_SET = {
    "a slogan over the site's menu": (
        f"가상일보\n세상을 읽는 정론지 | 1990년 창간\n정치 경제 사회 IT 국제 오피니언\n{HEADLINE}\n"
        f"홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a wordmark over the site's menu": (
        f"가상투데이 GASANG TODAY\n홈 경제 산업 글로벌 ESG 오피니언\n{QUOTED_HEADLINE}\n\n{STORY}",
        {"title": QUOTED_HEADLINE},
    ),
    "a slogan naming the outlet again": (
        f"가상일보\n진실을 향한 60년, 가상일보\n뉴스 > IT\n{HEADLINE}\n홍길동 기자 | 입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a wordmark with the year the outlet was founded": (
        f"GASANG TIMES · Since 1995\n{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a capture service's bar over the page it saved": (
        "webpage capture\nAll snapshots from host www.gasang.co.kr\n가상일보 The GASANG\n"
        f"뉴스 경제 산업 유통 IT 인사이트 오피니언\n{HEADLINE}\n홍길동 기자 | 입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "the outlet's name, its slogan and five sections over the headline": (
        "가상저널\n교육의 내일을 읽다\n대학 입시 교육정책 인터뷰 오피니언\n이달의 교육 리더 | 2025년 10월\n"
        f"{HEADLINE}\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a kicker set apart by a bar, over the headline and the writer's credit": (
        f"COVER STORY | 챗GPT 한 달\n{HEADLINE}\n글 홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a menu's button and a path into a section over the headline": (
        f"가상제주\n제주의 목소리, 가상제주\n≡  🔍\n2025년 10월 제주 소식 모아보기 > 경제\n{HEADLINE}\n"
        f"홍길동 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "the path to the article with its day, right over the headline": (
        f"가상일보\n정치 경제 사회 IT 국제 오피니언\n뉴스 > IT | 2025.10.28\n{HEADLINE}\n\n{UNDATED}",
        {"title": HEADLINE, "date": dt.date(2025, 10, 28)},
    ),
    "a newsletter's digest: its issue, its numbered list, then the story": (
        "보낸사람: 가상테크 뉴스레터 <news@gasangtech.co.kr>\n날짜: 2025년 10월 30일 (목) 오전 8:30\n"
        "제목: [가상테크 Weekly #120] 카카오 챗GPT 외 2건\n가상테크 Weekly\n스마트 산업의 모든 것 | 제120호\n"
        f"이번 주 주요 뉴스\n① {HEADLINE}\n② 반도체 장비 국산화율 30% 돌파 (2025.10.26)\n"
        f"③ 물류센터 로봇 도입 1년 (2025.10.24)\nTOP STORY\n{HEADLINE}\n{STORY}",
        # (the story's '28일', within the week before the mail; not the digest's other items' days)
        {"title": HEADLINE, "date": dt.date(2025, 10, 28)},
    ),
    "other stories with their days, numbered, under the headline": (
        f"{HEADLINE}\n함께 읽을 기사\n① 반도체 장비 국산화율 30% 돌파 (2025.10.26)\n"
        f"② 물류센터 로봇 도입 1년 (2025.10.24)\n{STORY}",
        {"title": HEADLINE, "published": HELD},
    ),
    "a portal's subscribe button beside the outlet's name, over the headline": (
        "NAVER 뉴스\n언론사별 정치 경제 사회 생활/문화 IT/과학 세계 랭킹 신문보기 오피니언\n비즈한국\n"
        f"비즈한국 구독 | 언론사 편집 기사\n{HEADLINE}\n기사입력 2025.10.28. 오후 2:31\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "publisher": "비즈한국"},
    ),
    "a reader app's bar, source and reading time": (
        f"Today   Read Later   가상매거진\n가상매거진 · gasangmag.com\n{HEADLINE}\n가상매거진 · 4 min read\n"
        f"Visit Website\n{STORY}Open in new tab   Save to Board   Mark as read\n",
        {"title": HEADLINE, "publisher": "가상매거진", "body": STORY, "subtitle": None},
    ),
    "an interview's credit, and a photographer's beside it": (
        f"{HEADLINE}\n대담 = 홍길동 기자 / 사진 = 김철수 기자\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "two writers credited after a bar": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n글 | 홍길동 기자 · 김철수 기자\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a photo essay's credit": (
        f"[포토에세이] {HEADLINE}\n사진·글 = 홍길동 기자\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a live page's updates, each signed, under their times": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n14:30\n{FIRST.strip()} (홍길동)\n10:00\n{SECOND.strip()} (김철수)\n",
        {"body": f"{FIRST.strip()} (홍길동)\n{SECOND.strip()} (김철수)"},
    ),
    "an uncredited caption under its mark, between paragraphs": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}▲ 홍길동 대표가 서비스를 소개하고 있다.\n{SECOND}",
        {"body": STORY},
    ),
    "a caption under its mark, credited after it": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}▲ 채팅 탭에서 챗GPT를 부르는 화면. 사진 가상일보 DB\n{SECOND}",
        {"body": STORY},
    ),
    "a release's contact, its number in brackets": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}문의: 과학기술정보통신부 인공지능정책과 (044-000-0000)\n",
        {"body": STORY},
    ),
    "an AI summary's disclaimer": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}"
        "※ AI 요약은 기사 내용을 바탕으로 자동 생성됐으며, 실제 기사와 다를 수 있습니다.\n",
        {"body": STORY},
    ),
    "a printout's running head on its second page": (
        f"25. 10. 29. 오후 3:41 {HEADLINE} < IT < 기사본문 - 가상일보\n가상일보\n정치 경제 사회 IT 국제 오피니언\n"
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}"
        f"25. 10. 29. 오후 3:41 {HEADLINE} < IT < 기사본문 - 가상일보\n{SECOND}",
        {"title": HEADLINE, "body": STORY},
    ),
}
# ... and what those rules leave alone.
GAPPED = "회사는 다음 달 기업용 서비스를 공개한다.  가격은 아직 정하지 않았다.  업계는 500만 명을 넘길 것으로 본다."
MARKED_ITEMS = "▲ 채팅 탭에서 바로 실행\n▲ 카카오 계정으로 로그인\n▲ 카카오는 내년까지 서비스를 다른 앱으로 넓힌다.\n"
KEPT_IN_THE_NINTH_SET = {
    "a list's items under the mark, and a plan under it": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}{MARKED_ITEMS}{SECOND}",
        {"lines": MARKED_ITEMS},
    ),
    "a path with the day the page was read, a weekday beside it, over the headline": (
        f"가상일보\n정치 경제 사회 IT 국제 오피니언\n뉴스 > IT | 2025.10.30 (목)\n{HEADLINE}\n\n{UNDATED}",
        {"title": HEADLINE, "published": HELD},
    ),
    "a headline with its marks under the outlet's name, over its deck": (
        f"가상일보\n{HEADLINE}\n{QUOTED_HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    # (A reviewer's pages: a slogan in words alone reads as a plain headline does.)
    "a plain headline ending in a verb under the outlet's name": (
        f"가상일보\n서울 아파트값 다시 오른다\n{QUOTED_HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "서울 아파트값 다시 오른다"},
    ),
    "a plain headline of five names, two a section's, over its deck": (
        f"가상경제\n글로벌 증권 시장 변동성 확대\n{QUOTED_HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "글로벌 증권 시장 변동성 확대"},
    ),
    "a headline over a toolbar's buttons one under another": (
        f"가상일보\nIT·과학\n카카오 새 AI 서비스 카나나 출시\n기사듣기\n글자크기\n공유\n인쇄\n{QUOTED_HEADLINE}\n"
        f"홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "카카오 새 AI 서비스 카나나 출시"},
    ),
    "a paragraph with wide gaps": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}{GAPPED}\n{SECOND}",
        {"lines": GAPPED},
    ),
    "a founding year in a headline": (
        f"가상일보\n1970년 창간 월간지 '샘터' 무기한 휴간\n독자 감소에 광고 급감, 55년 만에 멈춰\n홍길동 기자\n"
        f"입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "1970년 창간 월간지 '샘터' 무기한 휴간"},
    ),
    "a headline written with a bar, over its deck": (
        f"AI 교과서 도입 1년 | 교실은 달라졌나\n{QUOTED_HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "AI 교과서 도입 1년 | 교실은 달라졌나"},
    ),
    "an interview's questions under the mark": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}▲ 창업하게 된 계기는.\n{SECOND}▲ 앞으로의 계획은.\n"
        '"내년에는 동남아 시장에 진출할 계획이다."\n',
        {"lines": "▲ 창업하게 된 계기는.\n▲ 앞으로의 계획은."},
    ),
    "a path's day over the headline that is not the day the story reports": (
        f"가상일보\n정치 경제 사회 IT 국제 오피니언\n홈 > IT | 2026.01.07\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"published": HELD},
    ),
    "a path's day over the headline, a date line under it": (
        f"가상일보\n정치 경제 사회 IT 국제 오피니언\n홈 > IT | 2025.11.03\n{HEADLINE}\n홍길동 기자 | 2025.10.28 14:31\n"
        f"\n{STORY}",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a headline of plain Hangul under the outlet's name, over its deck": (
        f"가상일보\n반도체 수출 석 달 연속 증가\n{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "반도체 수출 석 달 연속 증가"},
    ),
    "a section's name and a headline after a bar, over its deck": (
        f"경제 | 카카오 챗GPT 품었다\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": "경제 | 카카오 챗GPT 품었다"},
    ),
    "a headline at the top, with its stamp, over the menu": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n정치 경제 사회 IT 국제 오피니언\n{QUOTED_HEADLINE}\n\n{STORY}",
        {"title": HEADLINE},
    ),
}


# An eleventh set's kinds: a deck carrying its event's tag, a recommendation widget between
# paragraphs, a portal's summary under its notice alone, the outlet credited as the writer, and
# stamps printed apart from their labels or only as an update.
TAGGED_DECK = "[가상 콘퍼런스 2025] 김영희 대표 “AI로 일상 바꾼다”"
PAGES_OF_THE_ELEVENTH_SET = {
    "a deck with its event's tag under the headline": (
        f"{HEADLINE}\n{TAGGED_DECK}\n{QUOTED_HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE, "subtitle": f"{TAGGED_DECK} / {QUOTED_HEADLINE}", "body": STORY},
    ),
    "a recommendation widget between paragraphs": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}AD\n당신이 좋아할 만한 콘텐츠\n"
        f"“무릎 통증, 계단 오를 때 꼭 확인하세요” 관절 영양제 1+1\n50대 남성 필수템, 이것 하나로\nDable\n{SECOND}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a portal's summary under its notice, its mark a button": (
        f"{HEADLINE}\n홍길동 기자 2025. 10. 28. 14:31\n음성재생 설정\n번역beta Translated by kaka i\n"
        "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n카카오톡에서 챗GPT를 바로 쓴다.\n"
        f"카카오 계정으로 바로 이용할 수 있다.\n앱 설치가 필요 없다.\n{STORY}",
        {"title": HEADLINE, "body": STORY, "subtitle": None},
    ),
    "the outlet credited as the writer over the reporter's sign-off": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}글. 바이라인네트워크\n<홍길동 기자>gildong@byline.network\n",
        {"title": HEADLINE, "body": STORY, "author": "홍길동"},
    ),
    "stamps set on two lines each, the label over the date": (
        f"{HEADLINE}\n입력\n2025.10.28 14:31\n수정\n2025.10.28 16:02\n홍길동 기자\n\n{STORY}",
        {
            "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST),
            "updated": dt.datetime(2025, 10, 28, 16, 2, tzinfo=KST),
        },
    ),
    "an update stamp alone": (
        f"{HEADLINE}\n업데이트 2025.10.28 16:02\n홍길동 기자\n\n{STORY}",
        {"updated": dt.datetime(2025, 10, 28, 16, 2, tzinfo=KST)},
    ),
    "a broadcast's camera credit after the reporter's last words": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}가상방송 뉴스 홍길동입니다. (영상취재 김철수)\n",
        {"lines": "가상방송 뉴스 홍길동입니다.", "body": f"{STORY}가상방송 뉴스 홍길동입니다."},
    ),
    "a paid service's note of when it had the story first": (
        f"{HEADLINE}\n홍길동 기자\n공개 2025-10-29 07:30:21\n"
        f"이 기사는 2025년 10월 28일 16:12 가상벨 에 표출된 기사입니다.\n\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "an outlet's call to follow it between paragraphs": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}▶ 가상경제 구독하고 주요 뉴스 알림 받기\n{SECOND}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a group's magazine at its address, its reporter on the group's mail": (
        f"magazine.hankyung.com\n{HEADLINE}\n홍길동 기자\n\n{STORY}홍길동 기자 gildong@hankyung.com\n",
        {"publisher": "한경비즈니스"},
    ),
    "a section and its topic over the headline": (
        f"가상경제\n경제 기업 IT·과학 오피니언\nIT·과학 모바일\n{HEADLINE}\n{QUOTED_HEADLINE}\n홍길동 기자\n"
        f"입력 : 2025-10-28 14:31:00\n\n{STORY}",
        {"title": HEADLINE, "subtitle": QUOTED_HEADLINE},
    ),
    "a citizen reporters' section over a column": (
        f"가상뉴스\n시민기자\n{HEADLINE}\n25.10.28 14:31\n글: 홍길동(gildong7)\n편집: 김철수(cs)\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "the writer with the title he writes for, then the photographer": (
        f"{HEADLINE}\n\n{STORY}- 글 홍길동 가상매거진 기자 gildong@gasang.co.kr  사진 김철수 기자\n",
        {"author": "홍길동"},
    ),
    "a newsletter's other items under its link to the whole story": (
        f"[가상일보] 주간 브리핑\n받은편지함\n가상일보 <news@gasang.co.kr>\n{HEADLINE}\n홍길동 기자\n\n{STORY}"
        "기사 원문 보기 >\n이번 주 브리핑\n· 반도체 스타트업 투자 유치\n자세히 보기 >\n"
        "더 이상 받지 않으시려면 수신거부를 눌러주세요.\n",
        {"title": HEADLINE, "body": STORY},
    ),
}
KEPT_IN_THE_ELEVENTH_SET = {
    "a portal's link to the original over the story": (
        f"{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n기사원문\n\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a citizen reporter's byline": (
        f"{HEADLINE}\n홍길동 시민기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a link to another of the group's sites under the story": (
        f"{HEADLINE}\n홍길동 기자\n\n{STORY}홍길동 기자 gildong@hankyung.com\nhttps://tenasia.hankyung.com/article/1\n",
        {"publisher": "한국경제"},
    ),
    "a story's sentence on following a channel": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}이용자는 채널을 구독하고 알림을 받기만 하면 된다.\n{SECOND}",
        {"lines": "이용자는 채널을 구독하고 알림을 받기만 하면 된다."},
    ),
    "a transcript's cue in brackets opens the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n[앵커] {STORY}",
        {"title": HEADLINE, "lines": f"[앵커] {FIRST.strip()}"},
    ),
    "a credit to a writer who is no outlet stays": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}글. 가상대학교 학생들의 이야기\n",
        {"lines": "글. 가상대학교 학생들의 이야기"},
    ),
}
# A twelfth held-out set's kinds of page (invented pages of each kind).
CHAT_SAVED = (
    "나와의 채팅 님과 카카오톡 대화\n저장한 날짜 : 2025-10-29 09:12:40\n\n"
    "--------------- 2025년 10월 29일 수요일 ---------------\n"
    "[홍길동] [오전 8:47] https://www.gasang.co.kr/article/1\n[홍길동] [오전 8:47] \n"
)
LONG_PARAGRAPH = (
    "카카오는 연말까지 이용자 반응을 살핀 뒤 기업용 서비스에도 같은 기능을 넣고, "
    "내년에는 다른 AI 모델도 고를 수 있게 할 계획이다."
)
PAGES_OF_THE_TWELFTH_SET = {
    "an update stamp alone, the deck telling the day of an earlier event": (
        f"{HEADLINE}\n26일 오후 6시부터 앱마켓서 내려…웹은 유지\n최종수정 2025.10.28 16:42\n홍길동 기자\n\n{STORY}",
        {"published": dt.date(2025, 10, 28), "updated": dt.datetime(2025, 10, 28, 16, 42, tzinfo=KST)},
    ),
    "a broadcast telling the day before as '어제(28일)'": (
        f"{HEADLINE}\n최종수정 2025-10-29 21:03\n홍길동 기자\n\n어제(28일) {FIRST.replace(' 28일', '')}{SECOND}",
        {"published": dt.date(2025, 10, 29)},
    ),
    "a stamp labelled 기사작성일 under the story": (
        f"{HEADLINE}\n\n{STORY}카카오는 2011년부터 AI를 연구해 왔다.\n홍길동 기자\n기사작성일 2025-10-28 14:31:07\n",
        {"published": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a saved chat in which the story was pasted as messages": (
        f"{CHAT_SAVED}{HEADLINE}\n[홍길동] [오전 8:48] {FIRST}{SECOND}/김철수기자 cs@gasang.co.kr\n"
        "[홍길동] [오전 8:49] 회의 자료에 인용할 것\n",
        {"title": HEADLINE, "body": STORY, "author": "김철수", "published": dt.date(2025, 10, 28)},
    ),
    "a chat's day over the messages that shared the story": (
        "--------------- 2025년 10월 29일 수요일 ---------------\n[홍길동] [오후 9:12] 이 기사 보셨어요?\n"
        f"[홍길동] [오후 9:13] https://www.gasang.co.kr/article/1\n{HEADLINE}\n\n{STORY}",
        {"title": HEADLINE, "published": dt.date(2025, 10, 28)},
    ),
    "a newsletter opening '웹에서 보기', its word to the reader polite": (
        "웹에서 보기\n가상 레터\n2025년 10월 31일 금요일\n구독자님, 안녕하세요. 가상 레터입니다.\n"
        "이번 주에는 홍길동 기자가 취재한 기사를 전해드립니다. 지난 28일 홈페이지에 먼저 공개된 기사로, "
        f"이번 주 잡지에도 실렸습니다.\n오늘의 기사\n{HEADLINE}\n홍길동 기자\n{STORY}{LONG_PARAGRAPH}\n"
        "▶ 가상 홈페이지에서 기사 전문 보기\n이번 주 함께 읽을 기사\n· 데이터센터가 들어선 마을에서는\n"
        "이 메일은 가상 레터 구독을 신청하신 분들께 발송됩니다.\n",
        {"title": HEADLINE, "author": "홍길동", "body": f"{STORY}{LONG_PARAGRAPH}"},
    ),
    "a heading over the story's hashtags": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}키워드\n#카카오\n#챗GPT\n",
        {"body": STORY},
    ),
}
# A thirteenth held-out set's kinds of page (invented pages of each kind).
OPUS = "앤트로픽은 지난달 22일 클로드 오퍼스 4를 발표했다.\n"  # a milestone's day, a month before
PAGES_OF_THE_THIRTEENTH_SET = {
    "an outlet's name among a menu's sections, the menu ending in its buttons": (
        f"가상그린\n기후\n에너지\n정책\n테크\n인사이트\n뉴스레터 구독\n검색\n{HEADLINE}\n김지현 에디터\n"
        f"업데이트 2025.02.11 09:02\n{STORY}",
        {"title": HEADLINE, "publisher": None},
    ),
    "a masthead's name over its own button at the page's top": (
        f"JoongAng\n포브스코리아\n구독신청\n전체메뉴\n검색\nCOVER STORY\nTECH\n{HEADLINE}\n입력 2025.10.28 14:31\n"
        f"{STORY}홍길동 기자\n",
        {"publisher": "포브스코리아"},
    ),
    "a reporter's tag with a slash between the outlet and the reporter": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n[가상헬스뉴스 / 홍길동 기자] {STORY}",
        {"publisher": "가상헬스뉴스", "author": "홍길동", "body": STORY},
    ),
    # A reviewer's pages, each the edge of one of the thirteenth set's rules.
    "a story's sentence under an agency's credit set after a caption": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}젠슨 황 CEO가 연설을 하고 있다\nAFP\n"
        f"업계는 이번 협업이 시장을 바꿀 것으로 보고 있다.\n{SECOND}홍길동 기자\n",
        {"lines": "업계는 이번 협업이 시장을 바꿀 것으로 보고 있다."},
    ),
    "a story's sentences on a player and on Flash": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}"
        "카카오는 영상 재생이 원활하지 않을 경우 앱을 새로 설치하라고 안내했다.\n"
        f"어도비는 Flash Player 설치 파일을 모두 삭제하라고 권고했다.\n{SECOND}홍길동 기자\n",
        {
            "body": f"{FIRST}카카오는 영상 재생이 원활하지 않을 경우 앱을 새로 설치하라고 안내했다.\n"
            f"어도비는 Flash Player 설치 파일을 모두 삭제하라고 권고했다.\n{SECOND}"
        },
    ),
    "a person's name and who they are, inside the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}홍길동\n"
        f"홍길동은 카카오에서 이번 서비스 개발을 이끈 AI 연구원이다.\n{SECOND}김철수 기자\n",
        {"lines": "홍길동은 카카오에서 이번 서비스 개발을 이끈 AI 연구원이다."},
    ),
    "a region's label beside the stamp": (
        f"{HEADLINE}\n대구·경북\n입력 2025.10.28 14:31\n{STORY}저작권자 © 가상일보 무단전재 및 재배포 금지\n",
        {"author": None},
    ),
    "a copyright office's address under the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}홍길동 기자\n저작권 문의 copyright@gasang.co.kr\n",
        {"publisher": None},
    ),
    "a web mail's letter from a person, tagged with the person's name": (
        "Gmail\n받은편지함\n[홍길동 칼럼] 카카오, 오픈AI와 협업\n홍길동 <gildong@mail.example> 수신거부\n나에게\n"
        "이 메일이 제대로 보이지 않으면 웹에서 보기\n"
        f"안녕하세요, 홍길동입니다. 이번 주 칼럼을 보내드립니다.\n{HEADLINE}\n{STORY}{LONG_PARAGRAPH}\n",
        {"publisher": None},
    ),
    "a video player's notice over a broadcast's story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n"
        "Flash Player 설치 안내 / HTML5 환경에서 재생이 원활하지 않을 경우 다른 브라우저를 이용해 주세요.\n"
        f"{STORY}홍길동 기자\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a letter copied from a web mail's page, its sender shown alone with the address": (
        "Gmail\n메일 검색\n받은편지함\n[가상레터 위클리] 카카오, 오픈AI와 협업\n받은편지함\n"
        "가상레터 <newsletter@gasang.example> 수신거부\n나에게\n오전 8:00 (2시간 전)\n별표 표시되지 않음\n"
        "답장\n더보기\n"
        "이 메일이 제대로 보이지 않으면 웹에서 보기\n가상레터\n가상레터 위클리 #178\n"
        "안녕하세요, 가상레터입니다. 이번 주에는 카카오와 오픈AI 이야기로 시작합니다.\n📱 이번 주 메인 글\n"
        f"{HEADLINE}\n글. 홍길동 (IT 칼럼니스트)\n{STORY}{LONG_PARAGRAPH}\n원문 보기 →\n",
        {"title": HEADLINE, "publisher": "가상레터", "body": f"{STORY}{LONG_PARAGRAPH}"},
    ),
    "a translated story's lone date under it as a candidate, and the writer's box": (
        f"{HEADLINE}\nBy Kelly Matthews\n{FIRST}2023년 3월 GPT-4를 내놓은 지 2년 5개월 만이다.\n{SECOND}2025.08.12\n"
        "태그\n#GPT-5\n공유하기\nKelly Matthews\n"
        "켈리 매튜스는 가상 테크 리뷰에서 인공지능 분야를 담당하는 선임 기자다.\n"
        "관련 기사\n",
        {
            "title": HEADLINE,
            "date": dt.date(2025, 8, 12),
            "published": HELD,
            "body": f"{FIRST}2023년 3월 GPT-4를 내놓은 지 2년 5개월 만이다.\n{SECOND}",
        },
    ),
    "a portal's foreign outlet, writers named alone, a photo agency over its caption": (
        f"가상 코리아\n{HEADLINE}\n이서윤, 정호원\n입력 2024. 9. 27. 08:14\n{FIRST}\n음성재생 설정\nGetty Images\n"
        f"시위 참가자들이 서울 도심에서 손팻말을 들고 있다\n\n{SECOND}",
        {"title": HEADLINE, "author": ["이서윤", "정호원"], "body": STORY},
    ),
    "a copyright line typed with an at sign, naming a company": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}gildong@gstv.example\n"
        "Copyright @2024 GSTV Corp. All rights reserved.\n",
        {"publisher": "GSTV"},
    ),
    "a column's tag: its outlet, then its columnist": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n[한겨레=홍길동 칼럼] {STORY}",
        {"publisher": "한겨레", "author": "홍길동", "body": STORY},
    ),
    "a column's tag: a label, then a guest editorialist": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n[특별기고=홍길동 객원논설위원] {STORY}",
        {"publisher": None, "author": "홍길동", "body": STORY},
    ),
    "a photo's caption between paragraphs, credited as a file photo ('자료사진')": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}"
        f"젠슨 황 엔비디아 CEO가 미국 새너제이에서 기조연설을 하고 있다. 자료사진\n{SECOND}홍길동 기자\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a headline ending in a word that ends in 사진 (청사진)": (
        f"가상일보\n전북자치도, 피지컬 AI로 제조 혁신…미래산업 청사진\n입력 2025.10.28 14:31\n{STORY}홍길동 기자\n",
        {"title": "전북자치도, 피지컬 AI로 제조 혁신…미래산업 청사진"},
    ),
    "a letter's sender, its label over its name, named on the letter as a company too": (
        "[가상레터] 오늘은 딥다이브 데이!\n보낸사람\n가상레터 <hello@gasangletter.example>\n받는사람\n나\n"
        f"웹에서 보기\n{HEADLINE}\n\n{STORY}\n(주)가상레터 | 서울특별시 마포구\n",
        {"title": HEADLINE, "publisher": "가상레터"},
    ),
    "a letter's sender who is a person": (
        "오늘 본 기사 공유해요\n보낸사람\n홍길동 <gildong@mail.example>\n받는사람\n나\n"
        f"웹에서 보기\n{HEADLINE}\n\n{STORY}\n",
        {"title": HEADLINE, "publisher": None},
    ),
    "a magazine's note that the whole feature is in its print issue": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}\n※ 이 기사의 전문은 가상월간 2024년 6월호에서 보실 수 있습니다.\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a letter's greeting in plain speech over its story's headline": (
        "보낸사람\n가상레터 <hello@gasang.example>\n받는사람\n나\n웹에서 보기\nGASANGLETTER\n"
        "구독자, 안녕! 오늘은 이슈 하나를 깊게 파보는 날이야. 이번 주 소식, 정리해왔어\n📱 테크\n"
        f"{HEADLINE}\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "an agency's name in brackets before its reporter's, then '='": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n[가상뉴스통신] 홍길동 기자 = {STORY}",
        {"publisher": "가상뉴스통신", "author": "홍길동", "body": STORY},
    ),
    "an agency's name in brackets before two reporters, each with the role": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n[가상뉴스통신] 홍길동 기자, 김철수 기자 = {STORY}",
        {"publisher": "가상뉴스통신", "author": ["홍길동", "김철수"], "body": STORY},
    ),
    "the outlet's other news linked inside the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}\n"
        f"[가상일보 주요 기사] 가을 이사철 전세대출 한도 축소…실수요자 '발 동동'\n\n{SECOND}홍길동 기자\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a portal's topic label naming the story's section": (
        f"컨텐츠 바로가기\n10.04 (금)\n이슈 통신·플랫폼\n{HEADLINE}\n댓글 첫 댓글을 작성해보세요\n"
        f"[가상경제=홍길동 기자] {STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "an outlet's English name ending in another's": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}홍길동 기자\nCopyright ⓒ 가상디지틀일보 무단전재 및 재배포 금지\n"
        "Copyright © Digital Chosun Ilbo. All rights reserved.\n",
        {"publisher": "가상디지틀일보"},
    ),
    "an outlet's English name after a credit's words": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}홍길동 기자\nCopyright Chosun Ilbo. All rights reserved.\n",
        {"publisher": "조선일보"},
    ),
    "a newsletter read on the web: its issue's day, a column signed '글.', the week's picks, a webinar": (
        "이메일이 제대로 보이지 않나요? 웹에서 보기\n가상소프트웨어\n가상 위클리 레터\n"
        "Vol.214 | 2025년 6월 17일 화요일\n이번 주 칼럼\n[가상 칼럼] AI 코딩 에이전트 시대, 주니어는 어디서 배우나\n"
        f"글. 홍길동 (소프트웨어 엔지니어·전 스타트업 CTO)\n\n{FIRST}{OPUS}"
        f'{SECOND}\n이번 주 추천 기사\n[리포트] 국내 개발자 10명 중 7명 "AI 코딩 도구 매일 쓴다"\n'
        "가상 웨비나 안내\n6월 26일(목) 오후 2시 | AI 에이전트 시대의 코드 리뷰 전략\n사전 신청하기\n"
        "본 메일은 뉴스레터 수신에 동의하신 분께 발송됩니다.\n더 이상 받지 않으려면 수신거부를 눌러주세요.\n",
        {"published": HELD, "author": "홍길동", "body": f"{FIRST}{OPUS}{SECOND}"},
    ),
    "a story kept in a note, under the note's title and its fields": (
        "📌 AI 업계 동향 스크랩 (2월 1주차)\n스크랩일: 2025.02.06 (목)\n분류: 국내 플랫폼 / 제휴\n"
        "출처: 가상경제 https://www.gasang.example/news/1\n메모: 우리 서비스와 겹치는지 다음 주 회의 때 공유\n\n"
        f"{HEADLINE}\n\n[가상경제=홍길동 기자] {STORY}",
        {"title": HEADLINE, "published": HELD, "body": STORY},
    ),
    "a site's section and tags under the headline, as fields": (
        f'{HEADLINE}\n분류: IT/과학\n태그: 카카오, AI\n"연내 1000만명 목표"…카카오톡에 순차 적용\n'
        f"입력 2025.10.28 14:31\n{STORY}",
        {"title": HEADLINE, "subtitle": '"연내 1000만명 목표"…카카오톡에 순차 적용'},
    ),
    "a roundup's subheading ending as a list's heading does": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}\n해외 AI 주요 뉴스\n\n{SECOND}\n{LONG_PARAGRAPH}\n홍길동 기자\n",
        {"title": HEADLINE, "lines": "해외 AI 주요 뉴스"},
    ),
    "a day and time alone under the site's path, a day abroad before it": (
        "가상팜뉴스\n제약\n바이오\n정책\n홈 > 글로벌 > 해외동향\n2025.01.14 06:00\n"
        f"{HEADLINE}\n[가상팜뉴스=홍길동 기자, 김철수 기자] "
        f"카카오가 13일(현지시간) 미국에서 새 서비스를 공개했다.\n{SECOND}",
        {
            "title": HEADLINE,
            "date": dt.datetime(2025, 1, 14, 6, 0, tzinfo=KST),
            "publisher": "가상팜뉴스",
            "author": ["홍길동", "김철수"],
        },
    ),
    "a market ticker's listed prices over the headline": (
        "2025.09.02 (화)\n  • SMP(육지) 118.42원/kWh\n  • 원/달러 1,391.5원\n  • REC 71,820원\n"
        f"에너지 시세 제공\n{HEADLINE}\n[가상에너지 홍길동 기자] {STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a story's listed figures stay in the body": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}• 매출 1조2000억원\n• 영업이익 3000억원\n홍길동 기자\n",
        {"title": HEADLINE, "lines": "• 매출 1조2000억원"},
    ),
    "a portal's topic label over the headline, its words all in the headline": (
        "컨텐츠 바로가기\n이슈 카카오 챗GPT 100만명\n카카오톡 챗GPT 이용자 100만명 돌파…카카오, 오픈AI 협업 순항\n"
        f"[가상경제 홍길동 기자]\n{STORY}",
        {"title": "카카오톡 챗GPT 이용자 100만명 돌파…카카오, 오픈AI 협업 순항", "body": STORY},
    ),
    "a headline beginning with a label's word, over a deck lacking its other words": (
        f"화제 모은 카카오 챗GPT\n{HEADLINE}\n[가상경제 홍길동 기자]\n{STORY}",
        {"title": "화제 모은 카카오 챗GPT"},
    ),
    "a column signed by a researcher under the headline, over the stamp": (
        f"오피니언\n칼럼\n[노동의 미래] {HEADLINE}\n홍길동 노동정책 연구자\n발행 2025-10-28 14:31:04\n{STORY}",
        {"title": f"[노동의 미래] {HEADLINE}", "author": "홍길동", "body": STORY},
    ),
    "the story's source under it: a paper's name and its site's, bare": (
        f"{HEADLINE}\n[가상경제신문 = 홍길동 기자]\n{STORY}────────────\n출처: 가상경제신문 (gasang.example.kr)\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "an address ending a paragraph in the story's middle": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}{SECOND.rstrip()} help@gasang.example\n{LONG_PARAGRAPH}\n"
        "카카오는 이용자 의견을 모아 다음 달 기능을 더 넓힐 계획이라고 덧붙였다.\n홍길동 기자\n",
        {"lines": f"{SECOND.rstrip()} help@gasang.example"},
    ),
    "a column's writer's other pieces, named with the writer's post": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}홍길동 노동정책 연구자의 다른 기사\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a public broadcaster's licence quoting its name": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}홍길동 기자\n"
        '가상TV가 창작한 본 저작물은 "공공누리" 제1유형 : 출처표시 조건에 따라 이용할 수 있습니다.\n',
        {"title": HEADLINE, "body": STORY},
    ),
    "a figure's source in the story, its site in brackets, under a paper's copyright": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}출처: 가상통계청 (kosis.example.kr)\n{SECOND}"
        "홍길동 기자 gildong@hankyung.com\nCopyright ⓒ 한국경제. All rights reserved.\n",
        {"publisher": "한국경제", "lines": "출처: 가상통계청 (kosis.example.kr)"},
    ),
    "a public body's licence quoting its name in single marks": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}홍길동 기자\n"
        "가상TV가 창작한 본 저작물은 ‘공공누리’ 제1유형 : 출처표시 조건에 따라 이용할 수 있습니다.\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a print view's credit of the site, its home's address in brackets": (
        f"인쇄하기\n닫기\n{HEADLINE}\n{STORY}홍길동 기자\n디지털데일리(http://www.ddaily.co.kr)\n"
        "Copyright © 디지털데일리 무단전재 및 재배포 금지\n",
        {"title": HEADLINE, "body": STORY, "author": "홍길동"},
    ),
    "a body line pointing readers to a ministry's site": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}자세한 내용은 아래 누리집에서 볼 수 있다.\n"
        "과학기술정보통신부(https://www.msit.go.kr)\n홍길동 기자\n",
        {"lines": "과학기술정보통신부(https://www.msit.go.kr)"},
    ),
    "a photo's caption copied right over the lede, the paragraphs a blank line apart": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n카카오 관계자가 새 서비스를 시연하고 있다.\n"
        f"{FIRST}\n{SECOND}\n{LONG_PARAGRAPH}\n",
        {"title": HEADLINE, "body": f"{STORY}{LONG_PARAGRAPH}"},
    ),
    "a lede on a chairman's plans ending as a caption does, glued to the paragraph under it": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n최태원 가상그룹 회장이 AI 반도체 투자를 크게 늘리고 있다.\n"
        f"{FIRST}\n{SECOND}\n{LONG_PARAGRAPH}\n",
        {"title": HEADLINE, "lines": "최태원 가상그룹 회장이 AI 반도체 투자를 크게 늘리고 있다."},
    ),
    "a lede of a trend ending as a caption does, glued to the paragraph under it": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n생성형 AI 열풍 속에 국내 기업들이 자체 모델 개발에 속도를 내고 있다.\n"
        f"{FIRST}\n{SECOND}\n{LONG_PARAGRAPH}\n",
        {"title": HEADLINE, "lines": "생성형 AI 열풍 속에 국내 기업들이 자체 모델 개발에 속도를 내고 있다."},
    ),
    "a lede ending as a caption does, its paragraphs not set apart": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n"
        f"카카오가 카카오톡 안에서 챗GPT를 바로 쓰는 서비스를 시험하며 이용자 반응을 살피고 있다.\n"
        f"{FIRST}{SECOND}{LONG_PARAGRAPH}\n",
        {
            "title": HEADLINE,
            "lines": "카카오가 카카오톡 안에서 챗GPT를 바로 쓰는 서비스를 시험하며 이용자 반응을 살피고 있다.",
        },
    ),
    "a section with a subsection joining two topics over the headline": (
        f"가상데일리\n로그인\n산업 IT·전자\n{HEADLINE}\n기자명 홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "two reporters in the lede's tag, a name ending as a particle does": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n[가상데일리=박성은·이효정 기자] {STORY}",
        {"author": ["박성은", "이효정"]},
    ),
    "a chat's message that is the headline, the story pasted under it": (
        f"{CHAT_SAVED}[홍길동] [오후 2:13] 지난주 기사예요\n[홍길동] [오후 2:14] {HEADLINE}\n김철수 기자\n"
        f"{STORY}[이영희] [오후 2:20] 감사합니다!\n[홍길동] [오후 2:23] 네 다음 주에 봐요\n",
        {"title": HEADLINE, "body": STORY, "author": "김철수"},
    ),
    "a printout's time and its tab's title over the page": (
        f"25. 10. 29. 오후 3:12\n{HEADLINE} - 가상일보\n가상일보\n인쇄하기\n닫기\n{HEADLINE}\n{TAGGED_DECK}\n"
        f"홍길동 기자 gildong@gasang.co.kr\n{STORY}https://www.gasang.co.kr/print.php?aid=1\n1/2\n"
        f"25. 10. 29. 오후 3:12\n{HEADLINE} - 가상일보\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a newsletter's title over its issue's date and its greeting": (
        "보낸사람 가상스퀘어 <newsletter@gasang.net>\n받는사람 <me@example.com>\n"
        "[가상스퀘어 위클리] 카톡 속 챗GPT 外\n웹에서 보기\nGASANGSQUARE WEEKLY\n"
        "2025년 10월 28일 (화) · 제312호\n안녕하세요, 가상스퀘어입니다. 이번 주 소식을 전해드립니다.\n"
        f"이번 주 톱 뉴스\n{HEADLINE}\n글 홍길동 기자\n{STORY}{LONG_PARAGRAPH}\n기사 전문 보기 →\n이번 주 다른 소식\n"
        "· 푸드테크 스타트업, 시리즈B 150억 유치\n",
        {"title": HEADLINE, "author": "홍길동", "body": f"{STORY}{LONG_PARAGRAPH}"},
    ),
    "a newsletter's page, its story's deck ending unstopped as a sentence does, over the tagged lede": (
        "GASANG POST WEEKLY\n가상포스트 뉴스레터 | 이번 주 꼭 읽어야 할 AI 소식\n메일이 잘 보이지 않으면 웹에서 보기\n"
        "안녕하세요, 구독자 여러분. 가상포스트 편집팀입니다.\n"
        "이번 주는 카카오 소식으로 시작합니다. 무엇이 달라지는지 아래 기사에서 확인해 보세요.\n\n[이번 주 톱뉴스]\n"
        f"{HEADLINE}\n가입 없이 카톡에서 바로…챗GPT 함께 쓴다\n\n[가상포스트 홍길동 기자] {STORY}{LONG_PARAGRAPH}\n"
        "기사 전문 보기 >\n",
        {"title": HEADLINE, "author": "홍길동", "body": f"{STORY}{LONG_PARAGRAPH}"},
    ),
    "a weekly of a daily's group, named over its page, the group's copyright under it": (
        f"본문 바로가기\n한겨레21\n한겨레\n{HEADLINE}\n등록 2025-10-28 14:31\n글 홍길동 가상연구소 연구위원\n\n{STORY}"
        "ⓒ 한겨레신문사 All Rights Reserved. 무단 전재, 재배포 금지\n",
        {"publisher": "한겨레21"},
    ),
    "a portal's subscription toast and its note on a pick, over the headline": (
        f"NAVER\n뉴스\n가상일보\n가상일보 구독\n가상일보 언론사 구독 해지되었습니다.\nPICK 안내\n"
        "언론사가 선정한 주요기사 혹은 심층기획 기사입니다.\n"
        "언론사 편집판에 바로 노출되며, 주요기사 한 줄 요약이 제공됩니다.\n"
        f"닫기\n{HEADLINE}\n입력2025.10.28. 오후 2:31\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a letter read in a web mail, written politely, its link to the whole story read on": (
        "[가상 모닝레터] 카톡 속 챗GPT\n받은편지함\n가상레터 <letter@gasang.kr> 구독 취소\n나에게\n"
        "2025년 10월 29일 (수) 오전 7:30\n이메일이 잘 보이지 않나요? 웹에서 보기\nGASANG\n가상 모닝레터\n"
        "안녕하세요, 가상레터 구독자 여러분. 오늘은 카카오 소식을 들여다봤습니다.\n오늘의 이야기\n"
        "카톡 속 챗GPT, 무엇이 달라지나\n홍길동 기자\n"
        "카카오가 어제(28일) 카카오톡 채팅 탭에서 챗GPT를 바로 쓰는 서비스를 내놓았습니다. "
        "별도 앱을 설치하지 않아도 됩니다.\n"
        "카카오는 연말까지 이용자 반응을 살핀 뒤 기업용 서비스에도 같은 기능을 넣을 계획이라고 밝혔습니다.\n"
        "▶ 전문 읽기\n함께 읽으면 좋은 글\n네이버는 왜 '소버린 AI'를 외치나\n",
        {
            "title": "카톡 속 챗GPT, 무엇이 달라지나",
            "author": "홍길동",
            "published": dt.datetime(2025, 10, 29, 7, 30, tzinfo=KST),  # (the letter's, as the mail shows it sent)
            "body": "카카오가 어제(28일) 카카오톡 채팅 탭에서 챗GPT를 바로 쓰는 서비스를 내놓았습니다. "
            "별도 앱을 설치하지 않아도 됩니다.\n"
            "카카오는 연말까지 이용자 반응을 살핀 뒤 기업용 서비스에도 같은 기능을 넣을 계획이라고 밝혔습니다.",
        },
    ),
    "a headline printed again over its decks, a progress bar between": (
        f"가상일보\n경제 IT·과학\n{HEADLINE}\n상태바\n{HEADLINE}\n판교·광교 잇는 AI 특화단지 청사진\n"
        f"카톡, 내년 1월 전담조직 신설·요금 정비\n  • 기자명 홍길동 기자\n  • 승인 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a note's own heading in brackets over a pasted story": (
        f"2025.10.29 스크랩\n(연수 자료용 - 관련 기사)\n\n{HEADLINE}\n홍길동 기자\n{STORY}",
        {"title": HEADLINE},
    ),
    "a note's own remark, led by an arrow, under the clipped story's address": (
        f"{HEADLINE}\n홍길동 기자\n{STORY}https://www.gasang.example.kr/news/articleView.html?idxno=1\n"
        "→ 우리 팀은 2분기 도입. 세부 일정 다음 회의에서 논의\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a column's writer under the headline after '글', and again after the column": (
        f"{HEADLINE}\n등록 2025-10-28 14:31\n글 홍길동 가상연구소 연구위원\n\n{STORY}"
        "홍길동 가상연구소 연구위원\n항목\n가상 연재\n더보기\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "an advert's button between paragraphs": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}AD\n[광고] 휴대폰 요금 반값? 한눈에 비교하기\n"
        f"지금 확인하기 ▶\n{SECOND}",
        {"body": STORY},
    ),
    "a government site's banner, menu, contacts and attachments": (
        "본문 바로가기\n이 누리집은 대한민국 공식 전자정부 누리집입니다.\n대한민국 정책브리핑\n로그인\n"
        "정책뉴스\n브리핑룸\n정책자료\n멀티미디어\n홈 > 브리핑룸 > 보도자료\n보도자료\n"
        f"{HEADLINE}\n2025.10.28 과학기술정보통신부\n인쇄하기\n\n{STORY}{LONG_PARAGRAPH}\n"
        "[담당 부서] 과학기술정보통신부 인공지능정책과\n[문의] 044-202-6711\n"
        "이 자료는 과학기술정보통신부의 보도자료를 전재하여 제공함을 알려드립니다.\n"
        "첨부파일\n(보도자료) 서비스 출시 안내.hwpx\n"
        "미리보기\n다운로드\n이 누리집은 대한민국 공식 전자정부 누리집입니다.\n개인정보처리방침\n정책브리핑 소개\n",
        {"title": HEADLINE, "body": f"{STORY}{LONG_PARAGRAPH}", "author": None},
    ),
}
# A fourteenth held-out set's kinds of page (invented pages of each kind).
DECK_ITEMS = (
    "채팅 탭에서 바로 쓰는 챗GPT, 카카오 계정만 있으면 이용 가능",
    "연말까지 반응 살핀 뒤 기업용 서비스에도 넣기로",
)
PAGES_OF_THE_FOURTEENTH_SET = {
    "a caption credited to a wire's photographer, where he stood first": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n"
        "27일(현지시간) 미국 뉴욕 증권거래소 전광판에 가상전자 주가가 표시돼 있다. 뉴욕=AP/뉴시스\n"
        f"{STORY}",
        {"body": STORY, "subtitle": None},
    ),
    "where the story ran in print, under it": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}이 기사는 가상주간 제910호에 실렸습니다.\n"
        "홍길동 기자 gildong@gasang.co.kr\n",
        {"body": STORY, "author": "홍길동"},
    ),
    "a print edition's day over the page of it shown": (
        f"가상신문\n지면보기\n2025년 10월 28일 화요일\n16면 국제\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "published": dt.date(2025, 10, 28)},
    ),
    "a site's day with its weekday, no page of an edition under it": (
        f"가상신문\n2025년 10월 28일 화요일\n국제\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "published": HELD},
    ),
    "a call to pass the story on, and one to subscribe": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}이 뉴스, 친구에게도 알려주세요 🔗\n"
        "가상레터 구독하고 매일 아침 세상 소식 받아보기\n",
        {"body": STORY},
    ),
    "a public body's name in English under its Korean one, over its release": (
        f"가상정보통신부\nMinistry of Gasang and ICT\n알림·소식\n보도자료\n{HEADLINE}\n등록일 2025-10-28\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a release's contacts in a table of tabs, its call for questions, its licence mark": (
        f"{HEADLINE}\n등록일 2025-10-28\n\n{STORY}"
        "담당 부서\t인공지능정책실\t책임자\t과  장\t홍길동 (044-202-6410)\n"
        "\t인공지능기반정책과\t담당자\t사무관\t김철수 (044-202-6413)\n"
        "이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 인공지능기반정책과 김철수 사무관"
        "(☎ 044-202-6413)에게 연락주시기 바랍니다.\n공공누리 제1유형 출처표시\n",
        {"body": STORY},
    ),
    "a public body's release under the public licence, its name atop, its deck a list": (
        f"가상정보통신부\n보도자료\n{HEADLINE}\n- {DECK_ITEMS[0]}\n- {DECK_ITEMS[1]}\n등록일 2025-10-28\n\n"
        f"{STORY}공공누리 제1유형 출처표시\n",
        {"publisher": "가상정보통신부", "subtitle": " / ".join(DECK_ITEMS), "body": STORY},
    ),
    "an outlet's byline with a second reporter, an intern": (
        f"{HEADLINE}\nCBS노컷뉴스 홍길동 기자·김철수 인턴기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": ["홍길동", "김철수"], "publisher": "CBS노컷뉴스"},
    ),
}
# A reviewer's pages at the edges of the fourteenth set's rules: what they must keep, and more forms.
STAMPED = f"{HEADLINE}\n입력 2025.10.28 14:31\n\n"
KEPT_IN_THE_FOURTEENTH_SET = {
    "a story's table of offices and their numbers, in tabs": (
        f"{STAMPED}{STORY}지역\t센터\t전화\n서울\t서울 AI 지원센터\t02-123-4567\n"
        "부산\t부산 AI 지원센터\t051-234-5678\n",
        {"lines": "서울\t서울 AI 지원센터\t02-123-4567"},
    ),
    "a story's sentence on a release and its questions": (
        f"{STAMPED}{STORY}금감원은 해당 보도자료와 관련하여 투자자 문의가 잇따르고 있다고 설명했습니다.\n",
        {"lines": "금감원은 해당 보도자료와 관련하여 투자자 문의가 잇따르고 있다고 설명했습니다."},
    ),
    "a headline in English over its Korean deck": (
        "OpenAI Unveils GPT-5 for Enterprise\n오픈AI, 기업용 GPT-5 공개…가격은 절반으로\n"
        f"입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "OpenAI Unveils GPT-5 for Enterprise"},
    ),
    "a site's day over its menu's pages, no viewer": (
        f"가상신문\n2025년 11월 3일 월요일\n1면\n2면\n3면\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"published": HELD},
    ),
    "a paragraph citing its source after its sentences": (
        f"{STAMPED}{FIRST}엔비디아 주가는 이날 4.2% 올랐다. 시장은 실적 발표를 앞두고 강세를 보였다. "
        f"출처=로이터\n{SECOND}",
        {"lines": "엔비디아 주가는 이날 4.2% 올랐다. 시장은 실적 발표를 앞두고 강세를 보였다. 출처=로이터"},
    ),
    "a byline with a trainee reporter": (
        f"{HEADLINE}\nCBS노컷뉴스 홍길동 기자·박영희 수습기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": ["홍길동", "박영희"]},
    ),
    "a caption credited in Yonhap's form, the place before the wire": (
        f"{STAMPED}27일(현지시간) 미국 뉴욕 증권거래소 전광판에 가상전자 주가가 표시돼 있다. 뉴욕 AP=연합뉴스\n{STORY}",
        {"body": STORY, "subtitle": None},
    ),
    "a body's name in capitals under its Korean one": (
        f"과학기술정보통신부\nMINISTRY OF SCIENCE AND ICT\n보도자료\n{HEADLINE}\n등록일 2025-10-28\n\n{STORY}",
        {"title": HEADLINE},
    ),
}
# A fifteenth held-out set's kinds of page (invented pages of each kind).
COLUMN_TOP = f"가상일보\n오피니언\n[포럼] {HEADLINE}\n게재 일자 : 2025년 10월 28일(火)\n공유\n"
PAGES_OF_THE_FIFTEENTH_SET = {
    "a column's writer box, the writer's schools under the name": (
        f"{COLUMN_TOP}홍길동\n고려대 정보보호대학원 교수\n서울대 전기공학 박사\n\n"
        f"{STORY}홍길동 고려대 정보보호대학원 교수\n[많이 본 기사]\n설 앞두고 사과·배 가격 고공행진\n"
        "한파 특보 확대…내일 아침 영하 15도\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a loan's advert with its button, and one with its number": (
        f"{STAMPED}{FIRST}▶ 무직자·주부 대출 OK 당일 입금 - 지금 한도 조회하기\n"
        f"★ 무직자·저신용자도 OK! 당일 비대면 대출 승인 ☎ 010-7731-9902 ★\n{SECOND}",
        {"body": STORY},
    ),
    "an outlet's call to subscribe, its button after it": (
        f"{STAMPED}{STORY}가상일보 구독 신청하고 대전·세종·충남 소식을 가장 먼저 받아보세요. [구독 신청]\n",
        {"body": STORY},
    ),
    "a newsletter's name in capitals under its masthead": (
        "이 메일이 잘 보이지 않나요? 웹에서 보기\n가상포스트 코리아\nGASANG POST KOREA\n"
        f"Vol.62 | 2025년 10월 28일 화요일\n{HEADLINE}\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a writer's label with a space, her role after the name": (
        f"{HEADLINE}\n글 홍길동 에디터\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "the byline's name alone over the address under the story": (
        f"{HEADLINE}\nBy Hong Gil-dong\n입력 2025.10.28 14:31\n\n{STORY}Hong Gil-dong\ngildong@gasang.co.kr\n",
        {"body": STORY},
    ),
    "a release's labelled caption, its files to download, a wire's editor": (
        f"{STAMPED}{STORY}[사진설명] 가상전자 사장이 27일 서울 본사에서 AI 전략을 발표하고 있다.\n"
        "보도자료 원문 다운로드 (HWP)\n사진 다운로드 (ZIP)\n[책임편집: 王英]\n",
        {"body": STORY},
    ),
    "a most-read list under its heading in brackets, over the copyright": (
        f"{STAMPED}{STORY}[많이 본 기사]\n설 앞두고 사과·배 가격 고공행진\n한파 특보 확대…내일 아침 영하 15도\n"
        "Copyright ⓒ 가상일보. All rights reserved.\n",
        {"body": STORY},
    ),
    "a wire's editor in charge under the story": (f"{STAMPED}{STORY}[책임편집: 王英]\n", {"body": STORY}),
    "a card news's writer, who also composed it, and its designer": (
        f"{HEADLINE}\n2025.10.28(화) 07:00\n글·구성 홍길동 기자 / 디자인 김영희 디자이너\n공유\n\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "a letter's close under the writer's name, a photo's button": (
        f"{HEADLINE}\n글 홍길동 에디터\n입력 2025.10.28 14:31\n\n{FIRST}사진 확대\n{SECOND}홍길동 드림\n",
        {"body": STORY},
    ),
}
# A reviewer's pages at the edges of the fifteenth set's rules: what they must keep.
CITED = "시장은 실적 발표를 앞두고 강세를 보였다. 출처 로이터\n그는 협정을 연장하지 않겠다고 말했다. (로이터)\n"
KEPT_IN_THE_FIFTEENTH_SET = {
    "a subheading ending in '드림'": (
        f"{STAMPED}{FIRST}코리안 드림\n{SECOND}",
        {"body": f"{FIRST}코리안 드림\n{SECOND}"},
    ),
    "a columnist whose name ends like a university's": (
        f"{COLUMN_TOP}김영대 경제학 박사\n\n{STORY}",
        {"author": "김영대"},
    ),
    "a columnist's bio naming real universities": (
        f"{COLUMN_TOP}홍길동\n서울대 의대 교수\n고려대 경영대 박사\n\n{STORY}홍길동 서울대 의대 교수\n",
        {"author": "홍길동"},
    ),
    "sentences citing their source after a stop": (
        f"{STAMPED}{FIRST}{CITED}{SECOND}",
        {"lines": CITED},
    ),
    "a story's subheading warning of loan adverts and their button": (
        f"{STAMPED}{FIRST}무직자 대상 당일 대출 광고에 속지 마세요…한도조회하기 버튼 누르지 말아야\n{SECOND}",
        {"lines": "무직자 대상 당일 대출 광고에 속지 마세요…한도조회하기 버튼 누르지 말아야"},
    ),
    "a site's day over its menu's pages, its print button among them": (
        f"가상신문\n지면보기\n2025년 11월 3일 월요일\n1면\n2면\n3면\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"published": HELD},
    ),
    "a site's day over a topic with a figure": (
        f"가상신문\n2025년 11월 3일 월요일\nG20 정상회의\n{HEADLINE}\n홍길동 기자\n지면보기\n\n{STORY}",
        {"published": HELD},
    ),
}
# A sixteenth held-out set's kinds of page (invented pages of each kind).
PAGES_OF_THE_SIXTEENTH_SET = {
    "a print page's running head, its page's number first": (
        f"12                    2025년 2월 5일 수요일                    경 제\n\n{HEADLINE}\n\n{STORY}홍길동 기자\n",
        {"published": dt.date(2025, 2, 5)},
    ),
    "a name in a story's quotes beginning with 'Copyright'": (
        f"{STAMPED}{FIRST}오픈AI가 법적 비용을 부담하는 '저작권 방패(Copyright Shield)' 제도다.\n{SECOND}"
        "홍길동 기자 gildong@gasang.co.kr\n저작권자 © 가상일보 무단전재 및 재배포 금지\n",
        {"lines": "오픈AI가 법적 비용을 부담하는 '저작권 방패(Copyright Shield)' 제도다.", "publisher": "가상일보"},
    ),
    "a broadcaster's programme by its name over the headline": (
        f"KNN\n뉴스\nKNN 뉴스아이\n전체뉴스\n{HEADLINE}\n입력 : 2024-03-12 오후 8:41:27\n홍길동 기자\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a writer's box under its heading, the writer's post over it": (
        f"{COLUMN_TOP}\n{STORY}홍길동 가상교대 교수·컴퓨터교육과\n필자 소개\n홍길동\n가상교육대학교 컴퓨터교육과 교수\n"
        "가상정보교육학회 이사\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a release's contacts, their numbers masked, and its licence in a sentence": (
        f"{STAMPED}{STORY}담당 부서\t특허심사기획국\t책임자\t과  장\t홍길동 (042-481-8xxx)\n"
        "이 자료는 ‘공공누리 제1유형: 출처표시’ 조건에 따라 이용할 수 있습니다.\n",
        {"body": STORY},
    ),
    "a release's files with their sizes": (
        f"{STAMPED}{STORY}첨부파일\n대표이미지.jpg (1.4MB)\n기술보고서_요약.pdf (820KB)\n"
        "가상연구원 커뮤니케이션팀 press@gasang.co.kr\n",
        {"body": STORY},
    ),
}
# A reviewer's pages at the edges of the sixteenth set's rules: what they must keep, and more forms.
KEPT_IN_THE_SIXTEENTH_SET = {
    "a caption credited in Yonhap's brackets": (
        f"{STAMPED}{FIRST}샘 올트먼 CEO가 27일 신제품을 발표하고 있다. (로이터=연합뉴스)\n{SECOND}",
        {"body": STORY},
    ),
    "a writer's box naming schools no list holds": (
        # (the column's writer, whose box it is)
        f"{COLUMN_TOP}홍길동\n가상교원대 컴퓨터교육과 교수\n가상대 컴퓨터공학 박사\n\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "a story's last sentence over the writer's box": (
        f"{COLUMN_TOP}\n{STORY}홍길동 교수는 이 문제를 오래 연구해 왔다.\n필자 소개\n홍길동\n가상대 교수\n",
        {"lines": "홍길동 교수는 이 문제를 오래 연구해 왔다."},
    ),
    "a story's sentence naming 'Copyright' in its words": (
        f"{STAMPED}{FIRST}오픈AI는 이른바 Copyright Shield 제도로 법적 비용을 부담한다.\n{SECOND}"
        "저작권자 © 가상일보 무단전재 및 재배포 금지\n",
        {"lines": "오픈AI는 이른바 Copyright Shield 제도로 법적 비용을 부담한다.", "publisher": "가상일보"},
    ),
    "a subheading ending in '드림' after a family name's syllable": (
        f"{STAMPED}{FIRST}차이나 드림\n{SECOND}",
        {"body": f"{FIRST}차이나 드림\n{SECOND}"},
    ),
    "a broadcaster's programme named like a person": (
        f"KNN\n뉴스\nKNN 이슈픽\n전체뉴스\n{HEADLINE}\n입력 : 2024-03-12 오후 8:41:27\n홍길동 기자\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a story's sentence on the public licence": (
        f"{STAMPED}{FIRST}이 자료는 공공누리 제도에 따라 누구나 자유롭게 활용할 수 있습니다.\n{SECOND}",
        {"lines": "이 자료는 공공누리 제도에 따라 누구나 자유롭게 활용할 수 있습니다."},
    ),
    "a print page's running head set by tabs, its page with '제'": (
        f"제16면\t2025년 2월 5일 수요일\t경제\n\n{HEADLINE}\n\n{STORY}홍길동 기자\n",
        {"published": dt.date(2025, 2, 5)},
    ),
    "a newsletter's call to share it, its condition after its subject": (
        f"{STAMPED}{STORY}이 뉴스레터가 유용했다면 동료에게 공유해 주세요!\n",
        {"body": STORY},
    ),
    "a contact's number masked with stars": (
        f"{STAMPED}{STORY}담당 부서\t특허심사기획국\t책임자\t과  장\t홍길동 (042-481-8***)\n",
        {"body": STORY},
    ),
}
# Forms a reviewer found the sixteenth set's rules missed.
LEFT_BY_THE_SIXTEENTH_SET = {
    "captions credited by wires in square brackets, after a wire's name, and in an English wire's form": (
        f"{STAMPED}{FIRST}젠슨 황 CEO가 연설하고 있다. [AP=연합뉴스]\n엔비디아 본사 전경. 블룸버그 연합뉴스\n"
        "엔비디아 칩을 살펴보는 방문객. [로이터 연합뉴스]\n"
        f"A visitor looks at Nvidia chips. (AP Photo/Ng Han Guan)\n{SECOND}",
        {"body": STORY},
    ),
    "captions credited by a photo desk or a photo bank alone in square brackets": (
        f"{STAMPED}{FIRST}샘 올트먼 오픈AI CEO. [중앙포토]\n"
        f"딥시크 로고가 스마트폰 화면에 떠 있다. [가상포토]\n엔비디아 칩을 든 연구원. [셔터스톡]\n{SECOND}",
        {"body": STORY},
    ),
    "a story's paragraph of two sentences citing its wire in square brackets": (
        f"{STAMPED}{FIRST}오픈AI는 31일 새 모델을 공개했다. 가격은 63% 낮다. [로이터]\n{SECOND}",
        {"lines": "오픈AI는 31일 새 모델을 공개했다. 가격은 63% 낮다. [로이터]"},
    ),
    "a caption after its label and a colon": (
        f"{STAMPED}{FIRST}사진설명: 서울 강남의 한 데이터센터 내부 모습.\n{SECOND}",
        {"body": STORY},
    ),
    "hashtags, one of them with a space": (
        f"{STAMPED}{STORY}#AI반도체 #HBM 수출 #엔비디아\n",
        {"body": STORY},
    ),
    "a numbered subheading beginning with '#'": (
        f"{STAMPED}{FIRST}#1 오픈AI와 카카오의 협력\n{SECOND}",
        {"body": f"{FIRST}#1 오픈AI와 카카오의 협력\n{SECOND}"},
    ),
    "the public licence's mark with its English initials": (
        f"{STAMPED}{STORY}공공누리(KOGL) 제1유형: 출처표시\n",
        {"body": STORY},
    ),
    "a newsletter's close from its desk": (
        f"{STAMPED}{STORY}가상일보 편집국 드림\n",
        {"body": STORY},
    ),
}
# The seventeenth set's kinds of page: trade papers, regional and student papers, a live blog.
PAYWALLED_TOP = (
    "가상벨\n로그인 회원가입 유료회원 안내\n"
    "뉴스 지배구조 IB&Deal 캐피탈마켓 크레딧 인사이트 전문가 칼럼 가상벨 플러스\n"
    f"Korean Company ‘Credit Story’\n크레딧\n{HEADLINE}\n4000억 모집에 10배 가까운 주문…최대 8000억 증액 검토\n"
)
PAGES_OF_THE_SEVENTEENTH_SET = {
    "a paywalled trade paper's top: a two-word button, a long menu, a banner in Latin letters, a glued stamp": (
        f"{PAYWALLED_TOP}홍길동 기자공개 2024-05-17 07:30:00\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "date": dt.datetime(2024, 5, 17, 7, 30, tzinfo=KST), "body": STORY},
    ),
    "the next story under its label, a paywall's offer and the readers' number": (
        f"{STAMPED}{STORY}[다음기사]\n[Company Watch]삼성전자, HBM ‘퀄 테스트’ 지연에 메모리 전략 재점검\n"
        "유료 서비스 가입 시 가상벨의 모든 기사를 보실 수 있습니다.\n",
        {"body": STORY},
    ),
    "the site's number for its readers under the story": (
        f"{STAMPED}{STORY}가상벨 서비스 문의 02-724-4102\n",
        {"body": STORY},
    ),
    "a live blog under a trade site's menu of its beats": (
        f"가상월드뉴스\n메뉴\n반도체 디스플레이 전기전자 AI·SW 모빌리티 에너지 라이브\nLIVE\n[라이브] {HEADLINE}\n"
        f"최초 입력 2025.03.19 01:50 | 최종 업데이트 2025.03.19 04:22\n홍길동 기자\n\n{STORY}",
        {"title": f"[라이브] {HEADLINE}", "author": "홍길동"},
    ),
    "a byline in brackets under an interview, with the address": (
        f"{STAMPED}{STORY}[홍길동 기자 / gildong@gasang.co.kr]\n",
        {"author": "홍길동", "body": STORY},
    ),
    "the photographer under the writer, and in a caption": (
        f"{STAMPED}{FIRST}학생들이 실습 교육을 받고 있다. 사진 | 김철수 기자\n{SECOND}"
        "글 | 홍길동 기자 gildong@gasang.ac.kr\n사진 | 김철수 기자\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a link to more of a writer's columns": (
        f"{STAMPED}{STORY}홍길동 가상대 교수 기고 더보기\n",
        {"body": STORY},
    ),
    "a print edition's day with its page beside it, under the viewer's button": (
        "가상도민일보\n지면보기\n지면기사\n2024년 06월 18일 (화) 3면\n< 이전면   다음면 >\n\n"
        f"{HEADLINE}\n홍길동 기자\n\n"
        "카카오가 카카오톡 채팅 탭에서 오픈AI의 챗GPT를 바로 쓸 수 있는 서비스를 출시했다고 밝혔다.\n",
        {"published": dt.date(2024, 6, 18)},
    ),
    "the owner named in a copyright sentence, and a share bar's label": (
        f"{HEADLINE}\n• 입력 2025.03.16 22:10\n기사공유 카카오톡 페이스북 X 링크복사\n\n{STORY}"
        "가상신문의 모든 콘텐츠는 저작권법의 보호를 받으며 무단 전재, 복사, 배포 등을 금합니다.\n",
        {"publisher": "가상신문", "body": STORY, "subtitle": None},
    ),
}
# The eighteenth set's kinds of page: portal views, releases, agencies' boards, reports, platforms.
NOTES = (
    "중국 AI 스타트업 가상시크가 12월 26일 공개한 새 모델의 가중치와 기술 보고서를 요약\n"
    "총 6,710억 파라미터의 MoE 모델로, 토큰마다 370억 파라미터만 활성화함\n"
    "14.8조 토큰의 다국어 데이터로 사전학습한 뒤, 지도 미세조정과 강화학습을 거침\n"
    "전체 학습에 H800 GPU 278만 8천 시간이 사용됨, 임대료로 약 557만 달러 수준\n"
)
PAGES_OF_THE_EIGHTEENTH_SET = {
    "a portal's call to subscribe over the outlet's headline": (
        f"NAVER\n뉴스\n가상리뷰\n구독\n가상리뷰 구독하고 메인에서 바로 보세요!\nPICK 안내\n{HEADLINE}\n"
        f"입력2025.01.28. 오후 3:12  기사원문\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a release's table between the newsroom's name and the headline": (
        "가상소프트 뉴스센터 Korea\n보도자료\n배포일 | 2024년 9월 30일(월)\n보도시점 | 배포 즉시\n"
        f"자료 | 본문 4매, 사진 2매\n문의 | 가상소프트 커뮤니케이션팀\n{HEADLINE}\n"
        "- 두 회사 대표, 본사에서 공동 발표\n\n"
        "가상소프트는 카카오톡 채팅 탭에서 챗GPT를 바로 쓸 수 있는 서비스를 30일 출시했다고 밝혔다.\n",
        {"title": HEADLINE, "date": dt.date(2024, 9, 30)},
    ),
    "a platform's show, its subscribers counted over the episode, the platform's copyright under it": (
        f"팟빵\n로그인\n팟캐스트\n가상경제TV\n구독 128,441\n에피소드\n{HEADLINE}\n좋아요 312\n\n{STORY}"
        "Copyright © Podbbang. All rights reserved.\n",
        {"title": HEADLINE, "publisher": None},
    ),
    "a report's writers under their label, each with a post, and its owner's Latin name with '&'": (
        f"{HEADLINE}\n2025.03.04\n조회 3,182\n저자\n홍길동 선임연구원, 김철수 연구원\n\n{STORY}"
        "COPYRIGHT© GASANG POLICY & RESEARCH INSTITUTE. ALL RIGHTS RESERVED.\n",
        {"author": ["홍길동", "김철수"], "publisher": "GASANG POLICY & RESEARCH INSTITUTE", "subtitle": None},
    ),
    "an agency's board: its post's title field, its counts, its buttons, its release's contact row": (
        f"홈 > 알림마당 > 보도자료\n제목 | {HEADLINE}\n작성자 | 홍보팀\n등록일 | 2026-02-09\n조회수 | 2,418\n"
        "첨부파일\n보도자료.pdf (540KB)\n다운로드\n미리보기\n보도시점: 2026. 2. 10.(화) 조간\n"
        "배포: 2026. 2. 9.(월) | 담당부서: AI인프라팀 | 팀장 홍길동 (043-931-5410) | 담당 김철수 (043-931-5417)\n"
        f"{HEADLINE}\n\n{STORY}",
        {"title": HEADLINE, "author": None, "body": STORY, "subtitle": None},
    ),
    "a summary in note form, no sentence in it, its source's address under the headline, the comments": (
        f"{HEADLINE}\n(github.com/gasang-ai)\n42P by gasang 3일전 | 댓글 12개\n{NOTES}"
        "gasang 3일전\n가상시크의 학습 비용이 정말 이 정도라면 업계 전체가 긴장해야 할 일이네요.\n답변달기\n"
        "dalbong 2일전\nMoE라서 로컬에서 돌리기는 여전히 어렵겠네요. 메모리만 수백 GB는 필요할 듯합니다.\n",
        {"body": NOTES},
    ),
    "a letter closed by its editor by name, then its call for feedback": (
        f"{STAMPED}{STORY}에디터 하늘 드림\n이번 레터 어떠셨나요?\n👍 좋았어요\n👎 아쉬웠어요\n지난 레터 보러 가기\n",
        {"author": "하늘", "body": STORY},
    ),
    "the day, the outlet and the writer's name in one line under the headline": (
        f"{HEADLINE}\n2026.01.21 정책브리핑 홍길동\n인쇄\n\n{STORY}",
        {"author": "홍길동", "published": dt.date(2026, 1, 21)},
    ),
    "a blog's writer's card and its readers' comments, under the site's copyright sentence": (
        f"{HEADLINE}\n홍길동\n2025.07.08\n조회 4,812\n\n{STORY}#클로드코드\n좋아요 56\n홍길동\n"
        "10년 차 백엔드 개발자. 결제 시스템을 만들고 있고, 요즘은 AI 에이전트와 일하는 법을 연구합니다.\n팔로우\n"
        "댓글 4\ndev_kim\n2025.07.09\n저도 비슷하게 느꼈어요. 무료 한도 때문에 제미나이 CLI를 더 자주 씁니다.\n"
        "답글 달기\n가상IT의 모든 콘텐츠는 작가와 가상IT에 저작권이 있습니다. 허락 없이 사용할 수 없습니다.\n",
        {"author": "홍길동", "publisher": "가상IT", "body": STORY},
    ),
    "a post's summary in one sentence over its day and writers": (
        "가상 한국 블로그\nAI\n가상 3: 지능의 새로운 시대를 열다\n"
        "가상 3는 지금까지 선보인 모델 중 가장 지능적인 모델로, 어떤 아이디어든 실현할 수 있도록 돕습니다.\n"
        "2025년 11월 19일\n·\n홍길동\n가상 CEO\n공유\n링크 복사\n\n{STORY}".replace("{STORY}", STORY),
        {"title": "가상 3: 지능의 새로운 시대를 열다", "body": STORY, "published": dt.date(2025, 11, 19)},
    ),
}
# A reviewer's pages at the edges of the seventeenth and eighteenth sets' rules: what they must keep.
QUOTED = (
    "넷플릭스 구독하고 주말엔 AI 다큐를 보세요.\n회사는 내년 상반기 한국어 전용 서비스를 출시할 계획이다. [연합뉴스]\n"
    "정부는 올해 6월부터 전력계통 영향평가 제도를 시행하고 있다.[연합뉴스]\n"
    "고객 여러분께 불편을 드려 죄송합니다. 더 나은 서비스로 보답하겠습니다.\n가상전자 고객지원팀 드림\n"
    "이날 간담회는 기자 공개 1부와 비공개 2부로 나뉘었다.\n"
)
ASIDES = "AI 교육 신청 안내\nTOP 10\n가상은행 고객센터 1588-1234\n문의 | 가상재단 사무국\n한 걸음 더보기\n"
KEPT_IN_THE_EIGHTEENTH_SET = {
    "a story's advice to subscribe, a wire's citation, a letter it quotes, a stamp's words in a sentence": (
        f"{STAMPED}{FIRST}{QUOTED}{SECOND}",
        {"body": f"{FIRST}{QUOTED}{SECOND}"},
    ),
    "a story's subheadings and figures that read like buttons, rows and links": (
        f"{STAMPED}{FIRST}{ASIDES}{SECOND}",
        {"body": f"{FIRST}{ASIDES}{SECOND}"},
    ),
    "four long decks over the byline": (
        f"{HEADLINE}\n"
        + "".join(
            f"- 가상전자와 가상소프트가 {i}년간 이어 온 협력 관계를 인공지능 분야로 넓힌다\n" for i in range(2, 6)
        )
        + f"홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a release's headline over its own table, a deck under the table": (
        f"{HEADLINE}\n자료 | 본문 4매\n문의 | 가상소프트 홍보팀\n두 회사, 공동 발표…국내 시장 겨냥\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a reporter's role glued to the stamp, a board's title field set by a tab, a count with its unit": (
        f"가상일보\n제목\t{HEADLINE}\n홍길동 기자입력 2026-11-20 10:30\n조회수 1,234회\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "date": dt.datetime(2026, 11, 20, 10, 30, tzinfo=KST), "body": STORY},
    ),
}
# The nineteenth set's kinds of page (scored at first contact after the eighteenth's rules).
PAGES_OF_THE_NINETEENTH_SET = {
    "a print view's day of printing over the headline, the story's stamp under it": (
        f"가상조선\n인쇄하기\n인쇄일시 2025.09.24 10:12\n{HEADLINE}\n홍길동 기자\n입력 2025.09.22 06:00\n\n{STORY}",
        {"author": "홍길동", "date": dt.datetime(2025, 9, 22, 6, 0, tzinfo=KST)},
    ),
    "a release's and a report's stamp labels over their days, the writers under theirs": (
        f"{HEADLINE}\n보도일시\n2024. 6. 10.(월) 12:00 이후\n발간일\n2024-04-29\n저자\n홍길동, 김철수\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a day's label alone over its day, no writer named": (
        f"{HEADLINE}\n발표일\n2024-04-29\n\n{STORY}",
        {"author": None},
    ),
    "a story's topics set apart by bars over the headline, a photo's English credit": (
        f"가상 CIO\n뉴스\n로그인\nArtificial Intelligence | 생성형 AI | 개발자\n{HEADLINE}\n"
        f"홍길동 | Computerworld\n2025.06.12\n\n{FIRST}Credit: Anthropic\n{SECOND}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a release's contact under its heading": (
        f"{STAMPED}{STORY}문의\n가상전자 커뮤니케이션팀\npress@gasang.co.kr\n",
        {"body": STORY},
    ),
    "a letter's title after its issue's number": (
        f"가상 한 스푼\n제37호 | {HEADLINE}\n2025.03.17\n\n{STORY}",
        {"title": HEADLINE},
    ),
}
# A reviewer's pages at the edges of the nineteenth set's rules, and again the eighteenth's: what they keep.
LOOKALIKES = (
    "문의\n자세한 사항은 민원과(02-123-4567)로 하면 된다.\n문의처\n서울\t서울 AI 지원센터\t02-123-4567\n"
    "Credit: 대출 상환 이력과 연체 여부\n반도체 | 데이터 센터 | 인재 양성\n제1호\t에너지 공급\t발전·송전 시스템\n"
    "모든 콘텐츠는 작가와 플랫폼에 공동으로 저작권이 있습니다.\n공개 3일 전\n오픈AI가 모델 카드를 먼저 올렸다.\n"
    "첫째 도구는 올라마\n(ollama.com)\n"
)
POSTS = (
    "transkim 3일 전\n“올해 들어 코딩 도구를 세 번 바꿨다.”\nlee_yeon 2일 전\n“결국 비용이 문제다.”\n"
    "전문가들은 개발자 도구 시장이 빠르게 재편되고 있다고 분석한다.\n업계는 내년까지 이런 흐름이 이어질 것으로 본다.\n"
)
KEPT_IN_THE_NINETEENTH_SET = {
    "a story's contact heading, credit, topics, table rows, terms, timeline and list that read like chrome": (
        f"{STAMPED}{FIRST}{LOOKALIKES}{SECOND}",
        {"body": f"{FIRST}{LOOKALIKES}{SECOND}"},
    ),
    "posts a story quotes under their handles, its reporting going on under them": (
        f"{STAMPED}{FIRST}{POSTS}{SECOND}",
        {"body": f"{FIRST}{POSTS}{SECOND}"},
    ),
    "a headline set with bars": (
        f"가상일보\nAI | 반도체 | 배터리 삼각 동맹\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "AI | 반도체 | 배터리 삼각 동맹"},
    ),
    "a book's writers under their label in a review with its reporter's byline": (
        f"[신간] AI 시대의 일하는 법\n입력 2025.10.28 14:31\n저자\n김철수, 이영희\n출판사\n가상북스\n\n{STORY}"
        "홍길동 기자 gildong@gasang.co.kr\n",
        {"author": "홍길동"},
    ),
    "a reporter whose name ends as a day's label would": (
        f"{HEADLINE}\n정일자 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "정일자"},
    ),
    "a lede under the story's stamp, a day of its timeline under the lede": (
        f"{HEADLINE}\n홍길동 기자\n입력 2025.12.01 10:00\n\n올해 주요 AI 기업들이 내놓은 모델을 날짜순으로 정리했다.\n"
        f"2025년 11월 19일\n{STORY}",
        {"lines": "올해 주요 AI 기업들이 내놓은 모델을 날짜순으로 정리했다."},
    ),
}
SIGNED_END = "별도 앱을 설치하거나 새로 가입할 필요 없이 카카오 계정으로 이용할 수 있다. 회사는 연내 기능을 넓힌다."
PAGES_OF_THE_TWENTIETH_SET = {
    "a magazine's section between its issue and the headline": (
        f"가상중앙\n메뉴\n202503호 (2025.02.17)\n이슈\n{HEADLINE}\n\n{STORY}"
        "- 글 홍길동 가상중앙 기자 gildong@gasang.com\n",
        {"date": dt.date(2025, 2, 17), "author": "홍길동"},
    ),
    "an outlet's name that is an ordinary word, as the word in a newsletter's call": (
        f"{STAMPED}{STORY}가상애즈 뉴스레터 구독하기\n매주 화요일, 마케팅 인사이트를 메일로 받아보세요\n",
        {"publisher": None, "body": STORY},
    ),
    "an outlet's name that is an ordinary word, as the name in its copyright line": (
        f"{STAMPED}{STORY}Copyright © 인사이트 All rights reserved\n",
        {"publisher": "인사이트"},
    ),
    "a story's last paragraph of two sentences signed after a slash by its reporter": (
        f"{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{FIRST}{SIGNED_END} /홍길동기자\n"
        "저작권자 © 가상일보 무단전재 및 재배포 금지\n",
        {"body": f"{FIRST}{SIGNED_END}", "author": "홍길동"},
    ),
    "a reporter's name of two syllables set apart": (
        f"{STAMPED}{STORY}홍 건 기자 honggun@gasang.com\n",
        {"author": "홍건", "body": STORY},
    ),
    "an outlet's call to subscribe with a prize and its button, over the story": (
        f"{STAMPED}▶ 가상스포츠 구독하고 경품 받자! 바로가기\n{STORY}",
        {"body": STORY},
    ),
    "a column's box on its writer under the byline, the post first": (
        f"{HEADLINE}\n홍길동 테크 칼럼니스트\n입력 2025.10.28 14:31\n홍길동\n"
        "테크 칼럼니스트. 가상전자 연구소에서 머신러닝 플랫폼을 개발했다. 저서로 ‘AI의 일’이 있다.\n\n"
        f"{STORY}",
        {"body": STORY, "author": "홍길동"},
    ),
    "a call for the readers' support and a note that a release made the story, under it": (
        f"{STAMPED}{STORY}독자님의 후원이 가상시사의 독립 언론을 지킵니다.\n"
        "본 콘텐츠는 보도자료를 기반으로 작성되었습니다.\n",
        {"body": STORY},
    ),
}
# A fifteenth reviewer's misses: English credits under photos, a contact box marked and dialled from abroad.
LEFT_BY_THE_FIFTEENTH_REVIEW = {
    "English photo credits between paragraphs, a stock library's among them": (
        f"{STAMPED}{FIRST}Photo by Jane Doe on Unsplash\n{SECOND}Photo: OpenAI\n회사는 연내 기능을 넓힐 계획이다.\n"
        "Source: Kakao\n이용자 반응도 좋다는 평가가 나온다.\n",
        {"body": f"{STORY}회사는 연내 기능을 넓힐 계획이다.\n이용자 반응도 좋다는 평가가 나온다.\n"},
    ),
    "letters' titles after their issue's number and a spaced dash or a bar": (
        f"가상 한 스푼\nVol.37 - {HEADLINE}\n2025.03.17\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a letter's title after its issue's number in Korean and a spaced dash": (
        f"가상 한 스푼\n제37호 - {HEADLINE}\n2025.03.17\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a release's contact under a marked heading, its number dialled from abroad": (
        f"{STAMPED}{STORY}■ 문의\n가상전자 홍보팀 +82-2-1234-5678\n",
        {"body": STORY},
    ),
}
# A day the milestones place (DeepSeek-R1's release), which a page's own stamp must win over.
R1_RECALLED = "딥시크가 지난 20일 공개한 R1도 다시 화제가 됐다.\n"
PAGES_OF_THE_TWENTY_FIRST_SET = {
    "a group's bar over its magazine's page, the magazine's name by the headline": (
        f"매일경제\n매경이코노미\n로그인\n매경이코노미\n{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}"
        "ⓒ 매일경제 무단전재 및 재배포 금지\n",
        {"publisher": "매경이코노미"},
    ),
    "a group's bar and copyright around its magazine's page, the magazine's reporter signing": (
        f"조선일보\n이코노미조선\n로그인\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}홍길동 이코노미조선 기자\n"
        "Copyright 조선일보 & Chosun.com\n",
        {"publisher": "이코노미조선", "author": "홍길동"},
    ),
    "a broadcaster's day over its time on the line under it": (
        f"{HEADLINE}\n홍길동\n2025년 07월 02일\n20:21\n홍길동 기자\n\n{STORY}",
        {"date": dt.datetime(2025, 7, 2, 20, 21, tzinfo=KST)},
    ),
    "a day with its dot alone under the headline": (
        f"{HEADLINE}\n2025. 10. 28.\n\n{SECOND}회사는 연내 기능을 넓힌다.\n",
        {"date": dt.date(2025, 10, 28)},
    ),
    "a video's page: its views beside its day, its buttons, other channels' videos beside it": (
        f"KR\n검색\n만들기\n로그인\n{HEADLINE}\n가상브리핑\n구독자 38.2만명\n구독\n공유\n저장\n"
        f"조회수 182,431회  2025. 10. 28.  #카카오 #챗GPT #오픈AI #AI비서\n{STORY}{R1_RECALLED}댓글 412개\n"
        "다음 동영상\n카카오톡 AI 기능 총정리\n연합뉴스TV\n조회수 31만회 • 6일 전\n",
        # (The channel publishes it, held for review: a creator's channel is the platform's.)
        {
            "date": dt.date(2025, 10, 28),
            "publisher": "가상브리핑",
            "draft": True,
            "author": None,
            "body": STORY + R1_RECALLED,
        },
    ),
    "a byline after a lowercase 'by', a photo's caption credited in English": (
        f"{HEADLINE}\n2025.10.28\nby 홍길동\n\n{FIRST}Ghibli style image created with ChatGPT. Photo: OpenAI\n{SECOND}",
        {"author": "홍길동", "body": STORY},
    ),
    "a magazine's credits under its story, each on a line of its own": (
        f"{HEADLINE}\n2025.10.28\n\n{STORY}에디터 홍길동\n사진 OpenAI\nCopyright © GASANG. All Rights Reserved.\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a group's bar of its family's sites over a channel's page, its reporter writing from the group's mail": (
        f"매일경제\nMBN\n매경이코노미\n매일경제TV\n패밀리사이트\n매일경제TV\nON AIR\n뉴스\n로그인\n{HEADLINE}\n"
        f"입력 2025-04-24 17:48\n홍길동 기자\n\n{STORY}홍길동 기자 hong@mk.co.kr\n",
        {"publisher": "매일경제TV"},
    ),
    "a post's buttons, reactions and shares under it": (
        f"{STAMPED}{STORY}…더보기\n번역 보기\n홍길동 외 486명\n12 퍼감\n",
        {"body": STORY},
    ),
    "a paywall's link to the whole story, the next and last stories' headlines, the footer's address": (
        f"{STAMPED}{STORY}가상사이트 플러스 유료 기사 전체보기\n다음 뉴스\n가상시 조선업 인력난 여전\n"
        "이전 뉴스\n가상시 올여름 첫 폭염주의보\n주소 : 울산광역시 남구 | 대표전화 052-\n",
        {"body": STORY},
    ),
}
PAGES_OF_THE_TWENTY_THIRD_SET = {
    "a byline in brackets with the outlet's name, readers' comments under their handles below": (
        f"{HEADLINE}\n[가상게임즈닷컴 홍길동 기자]\n2025-07-15 17:20:11\n\n{STORY}댓글 7\n최신순\n겜돌이99\n"
        "2025-07-15 17:48\n당연한 요구라고 봄. 목소리도 초상권 같은 거지\n",
        {"author": "홍길동"},
    ),
    "a series' kicker of a long name over the headline": (
        f"가상티\n로그인\n[피지컬 AI가 온다②] 제조 현장\n{QUOTED_HEADLINE}\n등록 2025.04.08 10:21:43\n\n{STORY}",
        {"title": QUOTED_HEADLINE},
    ),
    "a translated story's writer over its stamp, under its standfirst": (
        f"가상월드\n뉴스\n{HEADLINE}\n{FIRST}Jane Doe | InfoWorld\n2025.05.21\n\n{SECOND}회사는 연내 기능을 넓힌다.\n",
        {"author": "Jane Doe"},
    ),
}
PAGES_OF_THE_TWENTY_FOURTH_SET = {
    "a portal's stamp label beside its day, its footer's links, a broadcaster's sign-off": (
        f"NATE\n뉴스\n{HEADLINE}\n대전MBC\n기사전송 2025-05-08 19:52\n\n{STORY}MBC뉴스 홍길동입니다.\n"
        "네이트 뉴스 이용약관\n",
        {"author": "홍길동"},
    ),
    "a browser tab's title over a page copied from its byline down": (
        f"{HEADLINE} - 헤드라인제주\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}"
        "저작권자 © 헤드라인제주 무단전재 및 재배포금지\n",
        {"title": HEADLINE, "publisher": "헤드라인제주"},
    ),
    "the outlet's latest stories under the story": (
        f"{STAMPED}{STORY}가상MBC 최신뉴스\n가상 레고랜드 주변 도로 확장 착공\n가상 한우 축제 다음 달 개막\n",
        {"body": STORY},
    ),
}
KEPT_IN_THE_TWENTIETH_SET = {
    # A sixteenth reviewer's pages at the edges of the twentieth and twenty-first sets' rules.
    "a guest writer from another outlet on a page whose masthead and copyright line name its own": (
        f"AI타임스\n{HEADLINE}\n김철수 한겨레 객원기자\n입력 2025.03.05 10:20\n\n{STORY}"
        "저작권자 © AI타임스 무단전재 및 재배포 금지\n",
        {"publisher": "AI타임스"},
    ),
    "a list's items that read as a magazine's credits, with no writer credited": (
        f"{STAMPED}{STORY}앱의 주요 기능은 다음과 같다.\n메이크업 진단\n헤어 추천\n사진 AI 보정\n",
        {"lines": "앱의 주요 기능은 다음과 같다.\n메이크업 진단\n헤어 추천\n사진 AI 보정"},
    ),
    "a list's items that read as credits, one of them an editor's": (
        f"{STAMPED}{STORY}달라지는 점은 세 가지다.\n에디터 AI 어시스턴트\n글 요약\n사진 OCR 인식\n",
        {"lines": "에디터 AI 어시스턴트\n글 요약\n사진 OCR 인식", "author": None},
    ),
    "subheadings and list items that read as a video list's heading, a footer's address and English credits": (
        f"{STAMPED}{FIRST}추천 동영상 알고리즘의 그림자\n주소: 서울 강남구 테헤란로 152\nText: Gemini 2.5 Pro\n"
        f"Image: Imagen 4\nSource: Wikipedia, Reuters\n{SECOND}",
        {
            "lines": "추천 동영상 알고리즘의 그림자\n주소: 서울 강남구 테헤란로 152\nText: Gemini 2.5 Pro\n"
            "Image: Imagen 4\nSource: Wikipedia, Reuters"
        },
    ),
    "a sentence on a paper living on its readers' support, a series' issues listed in the story": (
        f"{STAMPED}{FIRST}가상탐사는 광고 없이 독자 여러분의 후원으로 운영되는 비영리 매체다.\n"
        f"Vol.37 - 에이전트의 시대\nVol.52 | 오픈소스 모델의 반격\n{SECOND}",
        {
            "lines": "가상탐사는 광고 없이 독자 여러분의 후원으로 운영되는 비영리 매체다.\n"
            "Vol.37 - 에이전트의 시대\nVol.52 | 오픈소스 모델의 반격"
        },
    ),
    "a count of people in the story": (
        f"{STAMPED}{FIRST}행사에는 홍길동 외 3명이 참석했다.\n{SECOND}",
        {"lines": "행사에는 홍길동 외 3명이 참석했다."},
    ),
    "a credit's words in the story, text under them": (
        f"{STAMPED}{FIRST}에디터 홍길동\n{SECOND}",
        {"body": f"{FIRST}에디터 홍길동\n{SECOND}"},
    ),
    "a ranked list's items numbered with a dash, and a bill's number": (
        f"{STAMPED}{FIRST}#1 - 딥시크가 선두를 지켰다.\n#2 - 오픈AI가 뒤를 이었다.\n제3호-2 안건은 보류됐다.\n{SECOND}",
        {"lines": "#1 - 딥시크가 선두를 지켰다.\n#2 - 오픈AI가 뒤를 이었다.\n제3호-2 안건은 보류됐다."},
    ),
    "a source line in Korean, and a sentence on a photo library": (
        f"{STAMPED}{FIRST}Source: 대출 상환 이력과 연체 여부\n사진은 Unsplash에서 내려받았다.\n{SECOND}",
        {"body": f"{FIRST}Source: 대출 상환 이력과 연체 여부\n사진은 Unsplash에서 내려받았다.\n{SECOND}"},
    ),
    "a photo's caption of one sentence signed by the reporter at the story's end, and a name in a story": (
        f"{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}"
        "홍길동 가상전자 대표가 신제품을 소개하고 있다. /홍길동 기자\n",
        {"body": STORY},
    ),
}
PAGES_OF_THE_TWENTY_FIFTH_SET = {
    # Kinds of page the twenty-fifth and twenty-sixth held-out sets brought (press releases, research
    # institutes, English-language trade press, live pages, cable news), each an invented page.
    "a stamp's label with its qualifier, a print view's day of printing, a player's button": (
        f"가상데일리\n인쇄하기\n출력일 : 2025-12-03 10:22\n{HEADLINE}\n최초 입력 2025.10.28 14:31\n재생\n\n{STORY}",
        {"title": HEADLINE, "author": None, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a stamp's label a colon follows, no name before a day": (
        f"가상데일리\n출력시간 : 2025-12-03 10:22\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": None},
    ),
    "a breadcrumb of the masthead and a menu's item over the headline": (
        f"가상tv뉴스\n전체\n경남\n부산·김해\n전북\n가상tv뉴스 > 부산·김해\n{HEADLINE}\n"
        f"기사입력 2025-10-28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a path's last step printed again under it as the page's heading": (
        "Gasang Commission\nAbout\nPress Releases\nSpeeches\nHome > News & Events > Press Releases\n"
        "Press Releases\nGasang Commission Issues Guidelines on Generative AI in Finance\nDate 2025-03-06\n\n"
        "The Gasang Commission announced on March 6 guidelines for financial companies using generative AI.\n"
        "Firms must designate an officer responsible for AI risk management.\n",
        {"title": "Gasang Commission Issues Guidelines on Generative AI in Finance"},
    ),
    "a registry's outlet as a section of a site whose masthead and copyright name another": (
        f"가상경영연구원\nGasang Business Research\n인사이트\n보고서\n인사이트 > 보고서\n{HEADLINE}\n"
        f"2025.06.10\n홍길동 책임연구원\n\n{STORY}Copyright © Gasang Business Research. All rights reserved.\n",
        {"publisher": "Gasang Business Research", "author": "홍길동"},
    ),
    "a writer credited in Latin letters after a label, with the outlet": (
        f"{HEADLINE}\n저자 : Rachel Gasang, Gasang Times\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "Rachel Gasang"},
    ),
    "an English page's reporter after a label, and its crew": (
        "Gasang Act takes effect, obliging firms to label AI content\nPosted : 2026-01-22 17:05 KST\n"
        "Reporter : Kim Min-gasang\nVideo Editing : Park Jun-gasang\n\n"
        "The Gasang Act came into force on Thursday.\nCompanies must now label AI-generated content.\n",
        {"author": "Kim Min-gasang"},
    ),
    "a long Latin name in a public body's copyright line": (
        f"{STAMPED}{STORY}Copyright © Ministry of Gasang Science and Digital Safety. All rights reserved.\n",
        {"publisher": "Ministry of Gasang Science and Digital Safety"},
    ),
    "a post's record naming the office that wrote it, and a person of that field's shape": (
        f"{HEADLINE}\n작성자 가상정책국 디지털가상제품과\n등록일 2025-10-28\n\n{STORY}",
        {"subtitle": None, "body": STORY},
    ),
    "lists under English and Korean headings, a board's way back, a report's disclaimer": (
        f"{STAMPED}{STORY}본 보고서에 수록된 내용은 연구자의 개인 의견이며 가상연구원의 공식 견해가 아님을 밝힙니다.\n"
        "사진 제공: 가상연구소\n이 콘텐츠가 좋았다면?\nList\nPrev Gasang Announces Measures for Startups\n"
        "Related articles\nGasang approves 12 AI devices\n관련 보고서\n생성형 AI 도입 2년의 성과\n",
        {"body": STORY},
    ),
    "a broadcast's record over its transcript": (
        f"{STAMPED}■ 방송일 : 2025년 6월 10일(화) 오후 6시 10분\n■ 출연 : 홍길동 가상테크노파크 팀장\n{STORY}",
        {"body": STORY},
    ),
    "a portal's box of the outlet's picks, its heading run into its notice": (
        f"{STAMPED}{STORY}좋아요\n후속 원해요\n가상MBC 주요 뉴스해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 "
        "이동해 볼 수 있습니다.\n가상 도심 싱크홀 또 발생\n",
        {"body": STORY},
    ),
    "a release service's own page: the day its dateline prints, the issuer over its profile": (
        f"뉴스와이어\n보도자료 배포\n{HEADLINE}\n서울--(뉴스와이어)--2025년 05월 20일 -- 가상에이아이(대표 홍길동)가 "
        f"{FIRST}{SECOND}가상에이아이 개요\n가상에이아이는 2019년 설립된 음성 인공지능 기업이다.\n"
        "이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다.\n"
        "Copyright © Korea Newswire. All rights reserved.\n",
        {"date": dt.date(2025, 5, 20), "publisher": "가상에이아이", "published": dt.date(2025, 5, 20)},
    ),
    "a release service's own page with no profile of the issuer": (
        f"뉴스와이어\n{HEADLINE}\n서울--(뉴스와이어) 2025년 05월 20일 -- {FIRST}{SECOND}"
        "이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다.\n",
        {"publisher": None, "draft": True},
    ),
    "a section's name among the menu's items, printed again over the story as its heading": (
        f"가상비즈니스리뷰\n로그인\n최신호\nTopic\nCase Study\nSpecial Report\nInterview\n가상리뷰 403호\n"
        f"Special Report\n{QUOTED_HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": QUOTED_HEADLINE},
    ),
}
PAGES_OF_THE_TWENTY_SEVENTH_SET = {
    # Kinds of page the twenty-seventh and twenty-eighth held-out sets brought (wires' desks, pages
    # through a translation tool, a screen reader or a search engine, portals' reprints, tech blogs).
    "a wire printing its name before its desk's place": (
        f"가상뉴스\n{HEADLINE}\n기사입력 2025-04-08 14:21\n\n[가상뉴스=전주] 홍길동 기자 = {FIRST}{SECOND}"
        "<저작권자 © 가상뉴스 무단전재 및 재배포 금지>\n",
        {"publisher": "가상뉴스", "author": "홍길동"},
    ),
    "the outlet before its desk's place and two reporters, each with the role": (
        f"{HEADLINE}\n가상뉴스 광주=홍길동 기자·김철수 기자\n기사입력 2025/06/10 [11:32]\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a foreign page through a translation tool": (
        "Google 번역\n원본\n번역: 영어 > 한국어\n원본 텍스트 평가\n이 번역 평가\n"
        "의견을 보내면 Google 번역을 개선하는 데 도움이 됩니다\nGasang News\n메뉴\n"
        f"{QUOTED_HEADLINE}\n작성자: Minji Gasang 및 Peter Gasang\n2025년 3월 4일 오후 9:00 UTC\n선물하기\n\n{STORY}"
        "더 읽어보기: 가상하이닉스, HBM 수요 강세로 분기 이익 사상 최대\n— Jane Gasang의 도움으로.\n"
        "저작권 2025 가상뉴스 LP\n이용약관\n",
        {"title": QUOTED_HEADLINE, "author": ["Minji Gasang", "Peter Gasang"], "body": STORY},
    ),
    "a foreign writer's name in Hangul, with the post in brackets": (
        f"{HEADLINE}\n글 로렌 가상(가상위크 기자)\n번역 홍길동\n입력 2025.03.19 08:00\n\n{STORY}",
        {"author": "로렌 가상"},
    ),
    "a broadcast's day labelled over the stamp, and an issue's months beside names": (
        f"{HEADLINE}\n방송일 2025-08-19 (화)\n등록 2025-08-19 20:41\n\n{STORY}",
        {"author": None},
    ),
    "an issue's months on a line of its own over the stamp": (
        f"{HEADLINE}\n2025년 11-12월호\n등록일 2025.10.30\n\n{STORY}",
        {"author": None},
    ),
    "a sign-off naming the group, its reporter writing from the title's own site": (
        f"{STAMPED}{STORY}동아닷컴 IT전문 홍길동 기자 (gildong@itgasang.com)\n"
        "Copyright © IT가상. All rights reserved.\n",
        {"publisher": "IT가상", "author": "홍길동"},
    ),
    "a screen reader's log of the page": (
        "본문 바로가기 링크\n링크, 그래픽, 가상MBC\n목록, 3개 항목\n링크, 뉴스\n링크, 다시보기\n목록 끝\n"
        f"제목 수준 1, {QUOTED_HEADLINE}\n텍스트, 홍길동 기자\n텍스트, 2025.09.16 20:12\n버튼, 공유하기\n\n{STORY}",
        {"title": QUOTED_HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a search engine's results over the page, its count under the tabs": (
        "Google\n카카오 챗GPT\n전체\n뉴스\n이미지\n동영상\n쇼핑\n더보기\n도구\n검색결과 약 8,430개 (0.34초)\n"
        f"가상일보\nhttps://www.gasang.co.kr › news › articleView\n{QUOTED_HEADLINE}\n1일 전 — 카카오가 …\n"
        f"관련 검색어\n카카오 챗GPT 요금\n카톡 AI\n가상일보\n{QUOTED_HEADLINE}\n승인 2025.10.28 15:12\n\n{STORY}",
        {"title": QUOTED_HEADLINE, "body": STORY},
    ),
    "a government portal's copy of a ministry's release": (
        f"대한민국 정책브리핑\nwww.korea.kr\n브리핑룸\n보도자료\n{HEADLINE}\n2025.11.04\n가상벤처기업부\n\n{STORY}"
        "[담당: 가상벤처기업부 가상혁신과(044-000-0000)]\n"
        "이 보도자료는 관계부처의 보도자료 원문을 그대로 게재한 것으로 정책브리핑의 편집 방향과 무관합니다.\n",
        {"publisher": "가상벤처기업부", "body": STORY},
    ),
    "a release's contact after a colon, and its desk as the writer": (
        f"{HEADLINE}\n작성자 : 홍보실\n등록일 : 2025-07-02\n"
        f"담당 : 가상본부 가상팀 팀장 홍길동 (053-000-0000)\n\n{STORY}",
        {"author": None, "subtitle": None},
    ),
    "the tab's title with the site's name first, and no other headline": (
        f"가상시민신문 :: {QUOTED_HEADLINE}\n기자명 홍길동 기자\n등록 2025.08.27 16:35\n\n{STORY}"
        "저작권자 © 가상시민신문 무단전재 및 재배포 금지\n",
        {"title": QUOTED_HEADLINE},
    ),
    "a journal's issue by its volume over the headline": (
        f"가상협회\n가상저널\n웹진 홈\n가상저널 Vol.217 (2025년 1·2월호)\n{QUOTED_HEADLINE}\n"
        f"등록일 2025-02-03\n\n{STORY}",
        {"title": QUOTED_HEADLINE},
    ),
    "a blog's writers after 'Written by'": (
        f"{HEADLINE}\nWritten by 홍길동, 김철수\nAug 5, 2025\n· 8 min read\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a guest column's writer with the post, printed twice under the headline": (
        f"[기고] 스마트농업 AI, 데이터 주권부터 지켜야\n입력 2025.12.04 10:00\n홍길동 가상대학교 농업경제학과 교수\n"
        f"홍길동 가상대학교 농업경제학과 교수\n\n{STORY}",
        {"author": "홍길동"},
    ),
}
LEFT_BY_THE_SEVENTEENTH_REVIEW = {
    # A seventeenth reviewer's pages on the wrong side of the twenty-fifth to twenty-eighth sets' rules.
    "a company's disclaimer quoted in the story": (
        f'{STAMPED}{FIRST}가상전자는 이날 "연구원 개인의 의견으로 회사의 공식 입장이 아님"을 분명히 했다.\n'
        "구독자만 읽을 수 있는 기사가 늘었다는 지적도 나왔다.\n"
        f"{SECOND}",
        {
            "lines": '가상전자는 이날 "연구원 개인의 의견으로 회사의 공식 입장이 아님"을 분명히 했다.\n'
            "구독자만 읽을 수 있는 기사가 늘었다는 지적도 나왔다."
        },
    ),
    "an event's details listed with colons, an interview's turns with none's marks": (
        f"{STAMPED}{FIRST}프로그램: 기조강연, 해커톤 본선, 네트워킹\n채널: 유튜브 가상시TV 생중계\n"
        f"진행: AI가 일자리를 줄일 거라는 걱정이 많습니다\n{SECOND}",
        {
            "lines": "프로그램: 기조강연, 해커톤 본선, 네트워킹\n채널: 유튜브 가상시TV 생중계\n"
            "진행: AI가 일자리를 줄일 거라는 걱정이 많습니다"
        },
    ),
    "a reporter signing from a mail service, the copyright in Latin letters": (
        f"{STAMPED}{STORY}전자신문 홍길동 기자 gildong@naver.com\n"
        "Copyright © Gasang Times Internet. All rights reserved.\n",
        {"publisher": "전자신문"},
    ),
    "a paper's reprint of a release under its own stamp": (
        f"가상IT뉴스\n2025.05.22 14:10\n{HEADLINE}\n서울--(뉴스와이어) 2025년 05월 20일 -- 가상에이아이가 중소기업용 "
        f"AI 비서를 22일 출시했다.\n{SECOND}"
        "가상에이아이 개요\n저작권자 © 가상IT뉴스 무단전재 및 재배포 금지\n",
        {"publisher": "가상IT뉴스", "date": dt.datetime(2025, 5, 22, 14, 10, tzinfo=KST)},
    ),
    "a paper's reprint of a ministry's release, saying so": (
        f"{STAMPED}가상과학부\n{STORY}※ 이 기사는 가상과학부 보도자료 원문을 그대로 게재한 것으로, 가상IT뉴스의 "
        "편집 방향과 무관합니다.\n저작권자 © 가상IT뉴스 무단전재 및 재배포 금지\n",
        {"publisher": "가상IT뉴스"},
    ),
    "a byline's name and role after a dot": (
        f"가상테크\n{HEADLINE}\nBy 홍길동 · 에디터\n2025.10.12 09:30\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "an English story's sentences opening with 'Previous' and 'Next'": (
        "The Gasang Times\nGasang unveils a model with longer memory\nBy Jane Doe | Oct 12, 2025\n\n"
        "Gasang on Sunday unveiled a model that can remember conversations for months.\n"
        "Previous models forgot everything once a chat was closed.\n"
        "Next Monday the company will open the model to paying subscribers.\n",
        {
            "lines": "Previous models forgot everything once a chat was closed.\n"
            "Next Monday the company will open the model to paying subscribers."
        },
    ),
    "a headline with a double colon of its own": (
        f"가상일보\nAI 시대 :: 우리는 무엇을 준비해야 하나\n입력 2025.10.12 09:30\n\n{STORY}",
        {"title": "AI 시대 :: 우리는 무엇을 준비해야 하나"},
    ),
    "a story's lines listing what a model reads, as a screen reader names roles": (
        f"{STAMPED}{FIRST}텍스트, 이미지, 음성을 한 번에 이해한다.\n이미지, 영상 생성 속도는 10배 빨라졌다.\n"
        f"링크, 버튼 같은 화면 요소를 누른다.\n텍스트, 코드, 표를 섞은 문서도 요약한다.\n{SECOND}",
        {"lines": "텍스트, 이미지, 음성을 한 번에 이해한다.\n링크, 버튼 같은 화면 요소를 누른다."},
    ),
    "a court's ruling on copyright by year, in the story": (
        f"{STAMPED}{FIRST}저작권 2019 이후 등록분에 한해 인정\n{SECOND}",
        {"lines": f"저작권 2019 이후 등록분에 한해 인정\n{SECOND.strip()}"},
    ),
    "a short headline under the search engine's suggestions and the masthead": (
        "전체\n뉴스\n이미지\n동영상\n검색결과 약 2,140개 (0.38초)\n가상일보\nhttps://www.gasang.co.kr › news\n"
        "AI 반도체 수출 사상 최대\n2025. 10. 12. — 정부가 12일 발표한 …\n관련 검색어\nAI 반도체 수출\nHBM 수출\n"
        f"가상일보\nAI 반도체 수출 사상 최대\n입력 2025.10.12 09:30\n\n{STORY}",
        {"title": "AI 반도체 수출 사상 최대"},
    ),
}
KEPT_IN_THE_TWENTY_FIFTH_SET = {
    # The same rules' edges: what they must leave alone.
    "a person's name of a desk's ending after a writer's label": (
        f"{HEADLINE}\n작성자: 이상국\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "이상국"},
    ),
    "a table's source under it, and a comparison in the headline": (
        f"GPT-5 > o3 벤치마크 역전…가상AI, 새 모델 공개\n입력 2025.10.28 14:31\n\n{FIRST}모델\t점수\n"
        f"가상-1\t91\n자료: 가상전자\n{SECOND}",
        {"title": "GPT-5 > o3 벤치마크 역전…가상AI, 새 모델 공개", "lines": "자료: 가상전자"},
    ),
    "a registry's outlet atop the page, another name in its masthead and copyright line": (
        f"AI타임스\nGASANG TIMES\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}"
        "ⓒ GASANG TIMES, 무단 전재 및 재배포 금지\n",
        {"publisher": "AI타임스"},
    ),
    "a plain headline printed twice among the site's lines, a deck with marks under the second": (
        "가상일보\n로그인\n카카오톡 안에서 바로 챗GPT 쓴다\n구독\n카카오톡 안에서 바로 챗GPT 쓴다\n"
        f"카카오, 오픈AI와 손잡고…'AI 메이트' 출시\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "카카오톡 안에서 바로 챗GPT 쓴다"},
    ),
    "a story's sentences on copyright in a year, a wire's help and reading more": (
        f"{STAMPED}{FIRST}저작권 2025 개정안이 국회를 통과했다.\n더 읽어보기는 앱에서만 된다.\n{SECOND}",
        {"lines": "저작권 2025 개정안이 국회를 통과했다.\n더 읽어보기는 앱에서만 된다."},
    ),
    "a story's sentences on a broadcast and a paywall": (
        f"{STAMPED}{FIRST}방송은 전국에 동시 중계됐고, 진행은 가상 아나운서가 맡았다.\n"
        f"전체 기사를 보려면 구독해야 한다는 비판도 나왔다.\n{SECOND}",
        {
            "lines": "방송은 전국에 동시 중계됐고, 진행은 가상 아나운서가 맡았다.\n"
            "전체 기사를 보려면 구독해야 한다는 비판도 나왔다."
        },
    ),
}
# Pages of the kinds the held-out sets 69 to 72 brought.
PAGES_OF_SETS_69_TO_72 = {
    "the outlet's correction of the story over its headline, kept after the story": (
        f"가상보험\n[바로잡습니다] 본 기사 3번째 문단의 '비중 40%'는 '14%'의 잘못이기에 바로잡습니다. "
        f"<2025.06.05 10:30 수정>\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}",
        {
            "title": HEADLINE,
            "body": f"{STORY}[바로잡습니다] 본 기사 3번째 문단의 '비중 40%'는 '14%'의 잘못이기에 바로잡습니다. "
            "<2025.06.05 10:30 수정>",  # (a bracket that opens no tag, as written)
        },
    ),
    "a standalone correction's headline stays the headline": (
        "[정정보도] 가상일보 10월 28일자 보도 관련\n입력 2025.10.28 14:31\n\n"
        "본지는 지난 10월 28일자 기사에서 가상전자의 매출을 잘못 보도했습니다. 바로잡습니다.\n"
        "확인 결과 가상전자의 3분기 매출은 1조 원이 아닌 1천억 원으로 확인됐습니다.\n",
        {"title": "[정정보도] 가상일보 10월 28일자 보도 관련"},
    ),
    "a stamp in New York's time, and its update": (
        f"{HEADLINE}\n2025년 3월 3일 오후 2:05 ET\n업데이트 2025년 3월 3일 오후 4:30 ET\n\n{STORY}",
        {"date": dt.datetime(2025, 3, 4, 4, 5, tzinfo=KST), "updated": dt.datetime(2025, 3, 4, 6, 30, tzinfo=KST)},
    ),
    "a stamp in Beijing's time, in brackets": (
        f"{HEADLINE}\n2025년 04월 10일 09:14 (베이징시간)\n\n{STORY}",
        {"date": dt.datetime(2025, 4, 10, 10, 14, tzinfo=KST)},
    ),
    "a trade show's stamp in its local time, then Korea's, named": (
        f"{HEADLINE}\nLAS VEGAS | 2026-01-07 10:11 (PST)\n한국시간 2026.01.08 03:11\n\n{STORY}",
        {"date": dt.datetime(2026, 1, 8, 3, 11, tzinfo=KST), "author": None},
    ),
    "a ticker's item and its time over the headline it repeats": (
        f"가상정경신문\n전체\n정치\n경제\n산업\n로그인\n실시간 뉴스\n3시간 전\n{HEADLINE}\n{HEADLINE}\n"
        f"가상정경신문 = 홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a blog's name over its menu, an item a line": (
        f"Orbit Cloud Meetup!\n전체\n클라우드\nAI\n개발\n보안\n검색\n{PLAIN_HEADLINE}\n\n{STORY}",
        {"title": PLAIN_HEADLINE},
    ),
    "a paper's slogan, its issue and its menu over the headline": (
        f"한빛대신문\nThe Hanbit Press since 1950\n제1652호\n2025년 10월 27일 (월)\nHOME\n보도\n학술\n사회\n문화\n"
        f"여론\n사진\n{PLAIN_HEADLINE}\n글 홍길동 기자\n승인 2025.10.28 14:31\n\n{STORY}",
        {"title": PLAIN_HEADLINE},
    ),
    "a headline over its share buttons, a line each, and its deck": (
        f'{PLAIN_HEADLINE}\n페이스북\n트위터\n카카오톡\n링크복사\n"GPU 대기 3시간→35분"…스케줄러가 바꾼 것\n'
        f"입력 2025.10.28 14:31\n\n{STORY}",
        {"title": PLAIN_HEADLINE},
    ),
    "a path of short steps over the headline": (
        f"가상망 한국어판\n>> 홈\n>> 중국\n>> 과학기술\n가상망 한국어판>>과학기술\n{HEADLINE}\n"
        f"2025년 10월 28일 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a board's path, its first step the menu's item": (
        f"BRIX\nBio통신원\n동향\n로그인\nBio통신원 > 연구 트렌드\n{PLAIN_HEADLINE}\n2025.10.28\n\n{STORY}",
        {"title": PLAIN_HEADLINE},
    ),
    "a foreign outlet's masthead in capitals, its owner in the copyright line": (
        "본문 바로가기\nTHE WALL STREET JOURNAL.\n한국어판\n홈\n세계\n비즈니스\n테크\n마켓\n구독하기\n로그인\n"
        f"{HEADLINE}\n2025년 10월 28일 오후 2:05 ET\n\n{STORY}"
        "로버트 맥킨지 robert.mckenzie@wsj.com\nCopyright ©2025 Dow Jones & Company, Inc. All Rights Reserved.\n",
        {"publisher": "월스트리트저널"},
    ),
    "a wire's own page of a company's release": (
        "PR Newswire: news distribution, targeting and monitoring\n보도자료 배포\n"
        "가상칩스, 한국 시장 진출…저전력 NPU 공개\n2025-10-28 10:00\n\n"
        "싱가포르 2025년 10월 28일 /PRNewswire/ -- 싱가포르의 AI 반도체 설계 기업 가상칩스가 한국 시장 진출을 "
        "공식 발표했다.\n회사는 스마트폰과 가전에서 생성형 AI를 구동하는 저전력 신경망처리장치를 공개했다.\n"
        "가상칩스 개요\n가상칩스는 2019년 설립된 AI 반도체 설계 기업이다.\n© 2025 Cision US Inc.\n",
        {"publisher": "가상칩스"},
    ),
    "a foreign writer's name spelt in Latin letters after it": (
        f"{HEADLINE}\n글 마르타 렌치 (Marta Renzi) 가상연방공대(GIT) 계산생물학과 교수\n번역 홍길동 편집위원\n"
        f"등록일 2025-10-28\n\n{STORY}",
        {"author": "마르타 렌치"},
    ),
    "a reporter's name and role, his name in Latin letters after them": (
        f"{HEADLINE}\n홍길동 기자 (Hong Gil-dong)\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a membership's paywall under the teaser, its offer and contents under it": (
        f"{HEADLINE}\n2025년 10월 28일 화요일\n\n{STORY}이 리포트는 가상스탠딩 멤버십 전용 콘텐츠입니다\n"
        "지금 가입하고 모든 리포트를 읽어보세요\n월 12,900원 · 첫 달 무료\n멤버십 시작하기\n이미 회원이신가요? 로그인\n"
        "이 리포트에서 다루는 내용\n1. 추론 수요, 학습의 몇 배인가\n2. 고객사가 말하는 진짜 장벽\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a premium paywall's two notices under the teaser": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}이하 내용은 프리미엄 회원 전용입니다.\n"
        "이 기사의 전체 내용은 가상데일리 프리미엄 구독 후 확인하실 수 있습니다.\n"
        "프리미엄 구독 월 19,900원\n구독하기\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a feedback box, reactions, a newsletter's sign-up and a list to read next under the story": (
        f"{HEADLINE}\n2025.10.28 09:15\n\n{STORY}이 기사가 도움이 됐나요?\n👍 12\n👎 0\n"
        "매주 화요일, 꼭 알아야 할 AI 정책·산업 뉴스를 보내드립니다.\n이메일 주소\n구독하기\n함께 읽으면 좋은 글\n"
        "AI기본법 Q&A: 우리 회사도 고영향 AI일까?\nEU AI법 시행 1년, 한국 기업이 챙겨야 할 것\n© 2025 가상매터스.\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a broadcaster's sign-off from where the report was made": (
        f"{HEADLINE}\n2025.10.28\n\n{STORY}워싱턴에서 MBC뉴스 홍길동입니다.\n",
        {"author": "홍길동"},
    ),
    "a campus paper's name in Latin letters over its menu, a news section first": (
        "한빛춘추\nTHE HANBIT CHUNCHU\n제1945호 2025년 9월 1일 월요일\n보도\n학술\n사회\n문화\n여론\n"
        f"{PLAIN_HEADLINE}\n"
        f"홍길동 기자\n김철수 기자\n승인 2025.10.28 14:31\n\n{STORY}",
        {"title": PLAIN_HEADLINE, "author": ["홍길동", "김철수"]},
    ),
    "a magazine's list of the issue's other stories, its cover story's label among them": (
        "Orbit Insight 오빗 인사이트\n커버스토리\n이슈\n칼럼\n"
        f"{HEADLINE}\n등록 2025-10-28 09:12\n\n{STORY}이번 호 다른 기사\n[커버스토리] 전력망이 AI 성장률을 결정한다\n"
        "[이슈] 관세 전쟁 2라운드\nCopyright ⓒ Orbit Insight. All Rights Reserved.\n",
        {"publisher": "Orbit Insight", "body": STORY},
    ),
    "a copyright line of a name ending in '+'": (
        f"{HEADLINE}\n2025.10.28 14:31\n\n{STORY}ⓒ ORBIT+. All rights reserved.\n",
        {"publisher": "ORBIT+"},
    ),
    "stamps in ISO 8601, with seconds and the offset": (
        f"{HEADLINE}\n게시 2025-10-28T09:30:45+09:00\n수정 2025-10-28T02:02:10Z\n\n{STORY}",
        {
            "date": dt.datetime(2025, 10, 28, 9, 30, tzinfo=KST),
            "updated": dt.datetime(2025, 10, 28, 11, 2, tzinfo=KST),
        },
    ),
    "a forum post's button and a footer's phone line, no names": (
        f"{HEADLINE}\n원본\n작성일 2025.10.28 (10:33:41)\n\n{STORY}의견\n대표전화 02-6788-0000\n",
        {"author": None},
    ),
    "a ministry's English name in the copyright line, its commas and all": (
        f"KOR\nENG\n검색\n산업통상자원부\n보도자료\n{HEADLINE}\n배포일시 2025.10.28\n\n{STORY}"
        "COPYRIGHT © MINISTRY OF TRADE, INDUSTRY AND ENERGY. ALL RIGHTS RESERVED.\n",
        {"publisher": "MINISTRY OF TRADE, INDUSTRY AND ENERGY"},
    ),
    "a copyright line naming the outlet and its section joined by '&'": (
        f"{HEADLINE}\n2025.10.28\n\n{STORY}<저작권자 : ⓒ ORBITRA & ORBITRA 해외시장뉴스 무단전재 재배포 금지>\n",
        {"publisher": "ORBITRA"},
    ),
    "a section and its sub-section by a dot over the headline, the section in the menu": (
        f"orbit\n오빗\n스토리\n스터디\n세미나\n로그인\n스토리 · 일하는 방식\n{PLAIN_HEADLINE}\n2025.10.28 (화)\n\n"
        f"{STORY}",
        {"title": PLAIN_HEADLINE},
    ),
    "a headline of two short phrases set apart by a dot": (
        f"가상경제\n뉴스\nAI 가전 · 반도체 호황\n가전 AI 경쟁 본격화\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "AI 가전 · 반도체 호황"},
    ),
    "a regional section's name over the headline, its regions set apart by dots": (
        f"가상뉴스통신\n로그인\n전국\n정치\n경제\n지역\n부산·울산·경남\n{HEADLINE}\n기사입력 2025.05.07 14:20\n\n"
        f"{STORY}",
        {"title": HEADLINE},
    ),
    "a path from the home page by '»', the headline its last step, the headline under it": (
        f"가상수다\nHome » 인터뷰 » {HEADLINE}\n{HEADLINE}\n2025.10.28\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a reading time on its own line under the deck, each way it is written": (
        f"{HEADLINE}\n구글 TPU, 아마존 트레이니엄, 메타 MTIA… GPU 독점에 금 가나\n2025.10.28\nREAD TIME 6 MIN\n"
        f"읽는 시간 3분\n5 min read\n\n{STORY}",
        {"title": HEADLINE, "subtitle": "구글 TPU, 아마존 트레이니엄, 메타 MTIA… GPU 독점에 금 가나", "body": STORY},
    ),
}

# What the rules the sets 69 and 70 brought must leave alone (a reviewer's pages).
LEFT_BY_THE_TWENTY_SECOND_REVIEW = {
    "a notice's own page, its headline a sentence": (
        "[알려드립니다] 가상일보 AI 뉴스레터 '주간 AI'가 새 단장합니다\n입력 2025.10.28 14:31\n\n"
        "가상일보의 AI 뉴스레터 '주간 AI'가 다음 달부터 새로운 모습으로 찾아갑니다. 매주 화요일 아침 발송됩니다.\n"
        "구독은 가상일보 홈페이지에서 신청할 수 있습니다.\n",
        {"title": "[알려드립니다] 가상일보 AI 뉴스레터 '주간 AI'가 새 단장합니다"},
    ),
    "a correction's own page, its headline a sentence": (
        "[정정보도] '가상AI 데이터 무단 학습' 보도를 바로잡습니다\n입력 2025.10.28 14:31\n\n"
        "본지는 지난 10월 20일자 기사에서 가상AI가 언론사 기사를 무단으로 학습했다고 보도했습니다.\n"
        "확인 결과 가상AI는 언론사와 계약을 맺고 데이터를 이용한 것으로 밝혀져 이를 바로잡습니다.\n",
        {"title": "[정정보도] '가상AI 데이터 무단 학습' 보도를 바로잡습니다"},
    ),
    "a headline over its tags, a line each, and its deck": (
        f"{PLAIN_HEADLINE}\nIT\nAI\n스타트업\n투자\n벤처캐피털\n기업용 언어모델과 AI 반도체 분야에 투자금 집중\n"
        f"홍길동 기자\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": PLAIN_HEADLINE},
    ),
    "a blog post's title over its categories, a line each": (
        f"{PLAIN_HEADLINE}\n전체\n개발\nAI\n인프라\n회고\n우리 팀이 GPU 대기 시간을 3시간에서 35분으로 줄인 과정\n"
        f"2025.10.28\n\n{STORY}",
        {"title": PLAIN_HEADLINE},
    ),
    "a headline whose '>>' says 'far above'": (
        f"가상경제\nHBM4 >> HBM3E 대역폭 두 배\n차세대 메모리 경쟁 본격화\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "HBM4 >> HBM3E 대역폭 두 배"},
    ),
    "a short headline under another story's item printed twice": (
        "가상정경신문\n전체\n정치\n경제\n산업\n로그인\n실시간 뉴스\n3시간 전\n반도체 수출 석 달 연속 증가세\n"
        "반도체 수출 석 달 연속 증가세\nAI 기본법 오늘 시행\n입력 2026.01.22 09:00\n"
        f"가상정경신문 = 홍길동 기자\n\n{STORY}",
        {"title": "AI 기본법 오늘 시행"},
    ),
    "a time in CST, China's as often as Chicago's": (
        f"{HEADLINE}\n2025-10-28 14:31 CST\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "Korea's time with New York's in brackets after it": (
        f"{HEADLINE}\n2025.11.20 07:05 (미 동부시간 11월 19일 오후 5:05)\n\n{STORY}",
        {"date": dt.datetime(2025, 11, 20, 7, 5, tzinfo=KST)},
    ),
    "a writer's name and post, his name romanised after them": (
        f"[칼럼] {HEADLINE}\n이수민 논설위원 (Lee Su-min)\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "이수민"},
    ),
    "a writer's name, his firm's name in Latin letters after it": (
        f"[기고] {HEADLINE}\n글 홍길동 가상전자 (Gasang Electronics) AI센터장\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a partner's masthead beside the foreign outlet's name": (
        "가상경제 × THE WALL STREET JOURNAL\n홈\n글로벌\n비즈니스\n테크\n마켓\n"
        f"{HEADLINE}\n2025년 10월 28일 14:31\n\n{STORY}로버트 맥킨지 robert.mckenzie@wsj.com\n"
        "번역 홍길동 기자\nⓒ 가상경제 무단전재 및 재배포 금지\n",
        {"publisher": "가상경제"},
    ),
    "an outlet's copy of a wire's release, the wire's tag on its headline": (
        "[PRNewswire] 가상칩스, 한국 시장 진출…저전력 NPU 공개\n기사입력 2025.11.13 09:00\n\n"
        "싱가포르 2025년 11월 12일 /PRNewswire/ -- 싱가포르의 AI 반도체 설계 기업 가상칩스가 한국 시장 진출을 "
        "공식 발표했다.\n회사는 스마트폰과 가전에서 생성형 AI를 구동하는 저전력 신경망처리장치를 공개했다.\n"
        "가상칩스 소개\n가상칩스는 2019년 설립된 AI 반도체 설계 기업이다.\n"
        "Copyright ⓒ 아시아투데이 All rights reserved.\n",
        {"publisher": "아시아투데이"},
    ),
    "a release's heading of its features, over the issuer's profile": (
        "뉴스와이어\n보도자료\nIT\n경제\n가상AI, 중소기업용 AI 비서 '가상메이트' 출시\n2025-10-28 10:00\n\n"
        "서울--(뉴스와이어)--2025년 10월 28일 -- 인공지능 전문기업 가상AI가 AI 비서를 출시하고 서비스 주요 기능을 "
        "공개했다.\n"
        "가상메이트는 이메일 분류, 회의록 작성 등 반복 업무를 돕는다.\n서비스 주요 기능 소개\n"
        "첫째, 메일함을 분석해 중요한 메일을 골라낸다.\n가상AI 개요\n가상AI는 2020년 설립된 인공지능 기업이다.\n",
        {"publisher": "가상AI"},
    ),
}


# What the rules the sets 69 to 72 brought must leave alone (a second reviewer's pages).
MENU = "가상테크뉴스\n로그인\n회원가입\n전체기사\nAI\n반도체\n모바일\n오피니언\n"
BYLINE = "홍길동 기자\n입력 2025.05.13 09:30\n\n"
LEFT_BY_THE_TWENTY_THIRD_REVIEW = {
    "a story's sentence that something is for members, short sentences after it": (
        f"{MENU}{HEADLINE}\n{BYLINE}{STORY}새 기능은 당분간 프리미엄 회원 전용입니다.\n"
        "구글은 연내 한국어 지원을 시작할 예정이다.\n요금은 월 1만4900원으로 동결된다.\n",
        {"lines": "새 기능은 당분간 프리미엄 회원 전용입니다.\n요금은 월 1만4900원으로 동결된다."},
    ),
    "a headline asking whether something helped": (
        f"{MENU}AI 상담 챗봇, 정말 도움이 됐나요?\n공공기관 챗봇 만족도 조사…응답자 절반 “다시 안 쓴다”\n"
        f"{BYLINE}{STORY}",
        {"title": "AI 상담 챗봇, 정말 도움이 됐나요?"},
    ),
    "a table's figures with their marks, a line each": (
        f"{MENU}{HEADLINE}\n{BYLINE}{FIRST}품목별 수출 증감률(전년 대비, %)\nHBM\n+ 30\n시스템반도체\n▲ 12\n"
        f"디스플레이\n▼ 3\n{SECOND}",
        {"lines": "▲ 12\n▼ 3"},
    ),
    "prices in dollars, a line each": (
        f"{MENU}{HEADLINE}\n{BYLINE}{FIRST}가격은 다음과 같다.\n256GB\n$3,499\n512GB\n$3,699\n{SECOND}",
        {"lines": "$3,499\n$3,699"},
    ),
    "a quoted sentence about sending the news": (
        f"{MENU}{HEADLINE}\n{BYLINE}{FIRST}가상AI 관계자는 “매일 오전 7시 AI가 요약한 뉴스를 보내드립니다”라고 "
        f"설명했다.\n{SECOND}",
        {"lines": "가상AI 관계자는 “매일 오전 7시 AI가 요약한 뉴스를 보내드립니다”라고 설명했다."},
    ),
    "a subheading beginning as a list's heading does": (
        f"{MENU}{HEADLINE}\n{BYLINE}{FIRST}함께 읽으면 좋은 글쓰기 도구 5선\n{SECOND}",
        {"lines": "함께 읽으면 좋은 글쓰기 도구 5선"},
    ),
    "an English headline under the menu, its Korean deck under it": (
        f"{MENU}Nvidia GTC 2026 Keynote Recap\n젠슨 황 “루빈 울트라 내년 출하”…AI 공장 청사진 공개\n{BYLINE}{STORY}",
        {"title": "Nvidia GTC 2026 Keynote Recap"},
    ),
    "a campus paper's sections as a story's subheadings": (
        f"{MENU}{HEADLINE}\n{BYLINE}{FIRST}보도\n취재기자들은 AI로 인터뷰 녹취를 정리한다.\n학술\n"
        f"학술면은 교수 논문을 AI로 요약한다.\n{SECOND}",
        {"lines": "보도\n학술"},
    ),
    "a stamp with a span of time after it": (
        f"{MENU}{HEADLINE}\n홍길동 기자\n입력 2025.05.13 09:00-10:30 라이브\n\n{STORY}",
        {"published": HELD},  # (not 10:30 hours off the day: the span's end is no offset)
    ),
    "a stamp in Chicago's summer time": (
        f"{MENU}{HEADLINE}\n홍길동 기자\nUpdated May 28, 2025 4:20 PM CDT\n\n{STORY}",
        {"updated": dt.datetime(2025, 5, 29, 6, 20, tzinfo=KST)},
    ),
}


# ... and a third reviewer's pages.
LEFT_BY_THE_TWENTY_FOURTH_REVIEW = {
    "a headline of two names by a dot, the first the menu's item, over the byline": (
        "가상AI타임즈\n전체\n엔비디아\n오픈AI\n삼성\n정책\n로그인\n엔비디아 · 오픈AI 동맹\n"
        f"홍길동 기자 입력 2025.09.23 07:40\n\n{STORY}",
        {"title": "엔비디아 · 오픈AI 동맹"},
    ),
    "an English headline over two share buttons and its Korean deck": (
        f"가상위클리\nHOME\n뉴스\n커버스토리\n테크\nData Center Wars\n공유\n스크랩\n전력망이 AI 성장률을 결정한다\n"
        f"홍길동 기자 2025.10.20\n\n{STORY}",
        {"title": "Data Center Wars"},
    ),
    "a blog's English title over its tags and its Korean subtitle": (
        "Orbit Dev Notes\n전체\nAI\n클라우드\n회고\nAbout\nBuilding with Claude\nAI\n개발\n"
        f"에이전트 개발 석 달, 우리가 배운 것들\n2025년 7월 3일\n\n{STORY}",
        {"title": "Building with Claude"},
    ),
    "a copyright line naming a firm with its legal form": (
        f"{HEADLINE}\n2025.10.28\n\n{STORY}Copyright © Orbit Media, Co., Ltd. All rights reserved.\n",
        {"publisher": "Orbit Media"},
    ),
    "a release's heading of its event, over its issuer's profile": (
        "뉴스와이어\n보도자료\nIT\n가상AI협회, 'AI 에이전트 엑스포 2025' 개최\n2025-10-28 10:00\n\n"
        "서울--(뉴스와이어)--2025년 10월 28일 -- 가상AI협회가 AI 에이전트 엑스포 행사를 연다.\n"
        "올해 행사에는 국내외 AI 기업 60여 곳이 참가해 에이전트 도입 사례를 소개한다.\n행사 소개\n"
        "행사는 사흘간 열린다.\n가상AI협회 개요\n가상AI협회는 2019년 설립된 단체다.\n",
        {"publisher": "가상AI협회"},
    ),
    "a story's sentence that a newsletter sends the news": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}모닝 브리핑은 매일 아침 7시 관심 분야 뉴스를 보내드립니다.\n"
        f"{SECOND}",
        {"lines": "모닝 브리핑은 매일 아침 7시 관심 분야 뉴스를 보내드립니다."},
    ),
    "an outlet's short name 'ET' after the stamp": (
        f"{HEADLINE}\n발행일 2025-08-12 14:20 ET 전자신문 홍길동 기자\n\n{STORY}",
        {"date": dt.datetime(2025, 8, 12, 14, 20, tzinfo=KST)},
    ),
    "an ISO stamp with milliseconds, in UTC": (
        f"{HEADLINE}\n게시 2025-08-12T20:30:00.000Z\n\n{STORY}",
        {"date": dt.datetime(2025, 8, 13, 5, 30, tzinfo=KST)},
    ),
}


NINTH_ON = {
    **PAGES_OF_THE_NINTH_SET,
    **KEPT_IN_THE_NINTH_SET,
    **PAGES_OF_THE_TENTH_SET,
    **KEPT_IN_THE_TENTH_SET,
    **PAGES_OF_THE_ELEVENTH_SET,
    **KEPT_IN_THE_ELEVENTH_SET,
    **PAGES_OF_THE_TWELFTH_SET,
    **PAGES_OF_THE_THIRTEENTH_SET,
    **PAGES_OF_THE_FOURTEENTH_SET,
    **KEPT_IN_THE_FOURTEENTH_SET,
    **PAGES_OF_THE_FIFTEENTH_SET,
    **KEPT_IN_THE_FIFTEENTH_SET,
    **PAGES_OF_THE_SIXTEENTH_SET,
    **KEPT_IN_THE_SIXTEENTH_SET,
    **LEFT_BY_THE_SIXTEENTH_SET,
    **PAGES_OF_THE_SEVENTEENTH_SET,
    **PAGES_OF_THE_EIGHTEENTH_SET,
    **KEPT_IN_THE_EIGHTEENTH_SET,
    **PAGES_OF_THE_NINETEENTH_SET,
    **KEPT_IN_THE_NINETEENTH_SET,
    **PAGES_OF_THE_TWENTIETH_SET,
    **KEPT_IN_THE_TWENTIETH_SET,
    **LEFT_BY_THE_FIFTEENTH_REVIEW,
    **PAGES_OF_THE_TWENTY_FIRST_SET,
    **PAGES_OF_THE_TWENTY_THIRD_SET,
    **PAGES_OF_THE_TWENTY_FOURTH_SET,
    **PAGES_OF_THE_TWENTY_FIFTH_SET,
    **KEPT_IN_THE_TWENTY_FIFTH_SET,
    **PAGES_OF_THE_TWENTY_SEVENTH_SET,
    **LEFT_BY_THE_SEVENTEENTH_REVIEW,
    **PAGES_OF_SETS_69_TO_72,
    **LEFT_BY_THE_TWENTY_SECOND_REVIEW,
    **LEFT_BY_THE_TWENTY_THIRD_REVIEW,
    **LEFT_BY_THE_TWENTY_FOURTH_REVIEW,
}


@pytest.mark.parametrize("case", NINTH_ON)
def test_pages_of_the_ninth_set_on(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    expect(*ingest(tmp_path, capsys, NINTH_ON[case][0]), NINTH_ON[case][1])


KEPT = {
    # A fifth reviewer's pages: what a story prints under its own text and stamp.
    "a video's card in an unstamped story: its address, its title, its day": (
        f"{HEADLINE}\n홍길동 기자\n\n{FIRST}https://www.youtube.com/watch?v=gasang01\n"
        f"[풀영상] 가상 개발자 콘퍼런스 2025 기조연설\n2025. 10. 27.\n{SECOND}",
        {"title": HEADLINE, "lines": FIRST.strip()},
    ),
    "a statement printed whole under the story's stamp, '전문을 옮겨 드립니다'": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n다음은 성명 전문을 옮겨 드립니다.\n"
        f"생성형 AI 시대, 창작자의 권리를 지켜야 합니다\n2025년 10월 27일\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a story quoting a thread's three numbered posts after its lede": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST.strip()} {SECOND}"
        "가상뉴스\n@gasangnews\n·\n10월 28일\n카카오톡에서 챗GPT를 써 봤습니다 (1/3)\n"
        "가상뉴스\n@gasangnews\n·\n10월 28일\n가입 없이 바로 됩니다 (2/3)\n"
        "가상뉴스\n@gasangnews\n·\n10월 28일\n대화 요약도 됩니다 (3/3)\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a children's paper printing a guide for its readers, politely": (
        f"가상어린이신문\n어린이 뉴스\n{HEADLINE}\n홍길동 기자\n2025.10.28\n"
        "요즘 많은 친구들이 AI 챗봇에게 물어봐요. 어린이 여러분을 위해 안내서 본문을 아래에 옮겨 드릴게요.\n"
        f"AI와 함께 공부할 때 지켜야 할 약속\n2025년 10월 27일\n{STORY}",
        {"title": HEADLINE, "published": dt.date(2025, 10, 28)},
    ),
    "a stamp printed again at the story's foot": (
        f"{HEADLINE}\n2025.10.28 14:31\n\n{STORY}2025.10.28 14:31\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a news page reading out a viewer's repost under its own stamp": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n홍길동 기자\n한 시청자가 보낸 글입니다. 기사 전문 퍼왔습니다.\n"
        f"{QUOTED_HEADLINE}\n[가상일보=김철수 기자] {STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a series' label with a comma over its headline": (
        f"[AI 시대, 일자리를 묻다]\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "an offer's terms the story introduces": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}모집 공고에는 아래와 같이 적혀 있었다.\n"
        f"참여 링크 gasang-study.com 무료 참여 매주 실시간 세션 녹화본 즉시 공유\n{SECOND}",
        {"lines": "참여 링크 gasang-study.com 무료 참여 매주 실시간 세션 녹화본 즉시 공유"},
    ),
    "a survey's answers in a table, '크게' and '작게' among them": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}AI가 일자리에 미칠 영향\n"
        f"크게\n38%\n조금\n41%\n작게\n21%\n{SECOND}",
        {"lines": "크게\n작게"},
    ),
    "a column's own paragraph over an old story it reprints, '본문을 아래에 옮겨 봅니다'": (
        f"[가상의 AI 산책] 알파고 10년\n\n{FIRST}그 기사 본문을 아래에 옮겨 봅니다.\n"
        f"'알파고 쇼크' 이세돌, 인공지능에 첫 판 내줘\n2016년 3월 9일\n{SECOND}",
        {"title": "[가상의 AI 산책] 알파고 10년", "lines": FIRST.strip()},
    ),
    "a clipper's properties with an impossible day and a mapping for its author": (
        f'---\ntitle: "{HEADLINE}"\nsource: https://gasang.example/1\npublished: 2025-13-45\n---\n{STORY}',
        {"published": HELD},
    ),
    "a clipper's properties with a mapping among its authors": (
        f'---\ntitle: "{HEADLINE}"\nsource: https://gasang.example/1\nauthor: [홍길동, {{x: 1}}]\n---\n{STORY}',
        {"title": HEADLINE, "author": "홍길동", "subtitle": None},
    ),
    "a page opening with a rule, not a clipper's properties": (
        f"---\n{HEADLINE}\n---\n입력 2025.10.28 14:31\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a reporter's copy filed to the desk by mail, before it runs": (
        "보낸사람 홍길동 <gildong@gasang.example>\n받는사람 데스크 <desk@gasang.example>\n"
        f"날짜 2025년 10월 30일 (목) 오전 8:05\n제목 [송고] 카카오 챗GPT 출시\n\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "published": HELD},
    ),
    "a story embedding two numbered posts, fewer than a thread's three": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}가상뉴스\n@gasangnews\n·\n10월 28일\n"
        "카카오톡에서 챗GPT를 써 봤습니다 (1/2)\n가상뉴스\n@gasangnews\n·\n10월 28일\n가입 없이 바로 됩니다 (2/2)\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a letter's greeting over its issue's date": (
        "보낸사람: 가상레터 <letter@gasang.example>\n받는사람: reader@example.com\n"
        "날짜: 2025년 10월 30일 (목) 오전 7:00\n메일이 잘 보이지 않나요? 웹에서 보기\n"
        f"안녕하세요, 가상레터 구독자 여러분\n2025.10.28 | 가상레터\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE},
    ),
    "a host reading a story out, a sentence under the note": (
        f"가상라디오\n{HEADLINE}\n입력 2025.10.28 14:31\n진행자: 오늘은 신문 기사 전문을 옮겨 왔어요.\n"
        f"청취자 여러분과 함께 읽어 보겠습니다.\n[가상일보=홍길동 기자] {STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a letter's story with its stamp at the foot": (
        "보낸사람: 가상레터 <letter@gasang.example>\n받는사람: reader@example.com\n"
        "날짜: 2025년 10월 30일 (목) 오전 7:00\n메일이 잘 보이지 않나요? 웹에서 보기\n"
        f"{HEADLINE}\n{STORY}회사는 이용자 반응을 보고 기능을 늘릴 계획이라고 밝혔다.\n2025.10.28 | 홍길동 기자\n",
        {"title": HEADLINE},
    ),
    "a wire's kicker on another outlet's headline": (
        f"[블룸버그] {HEADLINE}\n입력 2025.10.28 14:31\n\n(서울=연합뉴스) 홍길동 기자 = {STORY}",
        {"title": f"[블룸버그] {HEADLINE}"},
    ),
    "a sentence on paid members": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}"
        f"오픈AI는 유료 회원 가입자가 1000만명을 넘었다고 밝혔다.\n{SECOND}",
        {"lines": "오픈AI는 유료 회원 가입자가 1000만명을 넘었다고 밝혔다."},
    ),
    "a headline over its crumb": (
        f"{HEADLINE}\n뉴스 > IT\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "an advert quoted in the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}"
        '경찰은 "★고수익 보장 텔레그램 @gasang77★" 같은 광고를 조심하라고 밝혔다.\n'
        f"{SECOND}",
        {"lines": '경찰은 "★고수익 보장 텔레그램 @gasang77★" 같은 광고를 조심하라고 밝혔다.'},
    ),
    "a sentence on members' features": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}네이버는 유료 회원 전용 기능을 다음 달 공개한다.\n{SECOND}",
        {"lines": "네이버는 유료 회원 전용 기능을 다음 달 공개한다."},
    ),
    # A reviewer's pages against the first version of those rules (each broke on it).
    "a lede ending as a caption does, over a photo's credit": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n카카오가 오픈AI와 손잡고 카카오톡에 챗GPT를 넣는 작업을 하고 있다.\n"
        f"[사진=게티이미지뱅크]\n{SECOND}",
        {"lines": "카카오가 오픈AI와 손잡고 카카오톡에 챗GPT를 넣는 작업을 하고 있다."},
    ),
    "an essay's citations and its references": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n홍길동 가상대 교수\n\n{FIRST}이는 선행 연구와 같다[1].\n{SECOND}"
        "References\n\n   1. https://arxiv.org/abs/2501.00001\n   2. https://arxiv.org/abs/2501.00002\n",
        {"title": HEADLINE, "lines": "이는 선행 연구와 같다[1]."},
    ),
    "an English headline under the masthead": (
        f"글로벌이코노믹\nSamsung Unveils Gauss Two\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "Samsung Unveils Gauss Two"},
    ),
    "a list of outlets and their models in the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}네이버 - 하이퍼클로바X\nKBS - AI 앵커\n{SECOND}",
        {"lines": "네이버 - 하이퍼클로바X\nKBS - AI 앵커"},
    ),
    "an interview's subject under the headline, over the share buttons": (
        '[인터뷰] 이세돌 "AI와 다시 두고 싶다"\n이세돌\n공유하기\n\n'
        "이세돌 9단은 28일 서울에서 만나 AI 바둑을 이야기했다.\n그는 은퇴 뒤에도 AI와 대국을 이어 왔다고 밝혔다.\n",
        {"author": None},
    ),
    "a reporter the interview is with, with the outlet": (
        "[인터뷰] 딥페이크 조직 추적한 기자\n김민수 KBS 기자\n입력 2025.08.01 09:00\n이은솔 기자\n\n"
        "텔레그램 딥페이크 조직을 1년간 추적한 김민수 KBS 기자를 만났다.\n"
        "그는 얼굴 인식 AI로 출처를 찾아냈다고 밝혔다.\n",
        {"author": "이은솔"},
    ),
    "prize winners with their outlets": (
        f"{HEADLINE}\n입력 2025.07.24 16:00\n\n{FIRST}김민수 KBS 기자\n박지영 MBC 기자\n{SECOND}",
        {"lines": "김민수 KBS 기자\n박지영 MBC 기자"},
    ),
    "a board post registered by its editor": (
        f"{HEADLINE}\n등록일: 2025-10-28 14:22 | 작성자: 편집인 | 조회: 152\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 28, 14, 22, tzinfo=KST)},
    ),
    "a market ticker's update over the story": (
        f"코스피 2,651.30 ▲12.4 | 업데이트 2025.11.07 15:40\n{HEADLINE}\n기사입력 2025.10.28 14:31\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST), "updated": None},
    ),
    "a story about memberships": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}독자들은 멤버십에 가입하고 광고 없는 화면을 쓴다.\n{SECOND}",
        {"lines": "독자들은 멤버십에 가입하고 광고 없는 화면을 쓴다."},
    ),
    "a story quoting a scam's starred text": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n경찰은 AI 투자 리딩방 신고가 늘었다고 밝혔다. 이들은 글 중간에 "
        "★AI 자동매매 수익 인증 텔레그램 @gasang77★ 같은 문구를 넣는다. 수익을 보장한다는 말은 거짓이다.\n",
        {
            "lines": "경찰은 AI 투자 리딩방 신고가 늘었다고 밝혔다. 이들은 글 중간에 "
            "★AI 자동매매 수익 인증 텔레그램 @gasang77★ 같은 문구를 넣는다. 수익을 보장한다는 말은 거짓이다."
        },
    ),
    "a subhead, a question and a sentence with widgets' words": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}많이 본 AI 서비스 순위는\nQ. 학부모들은 어떻게 생각하시나요?\n"
        f"다음 기사에서는 요금제를 살펴본다.\n{SECOND}",
        {"lines": "많이 본 AI 서비스 순위는\nQ. 학부모들은 어떻게 생각하시나요?\n다음 기사에서는 요금제를 살펴본다."},
    ),
    "a log line with a feed's time in the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}Date: Tue, 28 Oct 2025 05:31:00 GMT\n{SECOND}",
        {"lines": "Date: Tue, 28 Oct 2025 05:31:00 GMT"},
    ),
    "a headline over a login button": (
        f"카카오톡 안에서 바로 챗GPT\n로그인\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "카카오톡 안에서 바로 챗GPT"},
    ),
    # ... and a second reviewer's, against the narrowed rules.
    "a kicker under the headline, over the share buttons": (
        f"{HEADLINE}\n팩트체크\n공유하기\n{STORY}",
        {"title": HEADLINE, "author": None},
    ),
    "a headline on members' content": (
        f"가상미디어, 회원 전용 콘텐츠 강화\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "가상미디어, 회원 전용 콘텐츠 강화"},
    ),
    "a headline on a rush of paid sign-ups": (
        f"유료회원 가입 신청 폭주…AI 뉴스레터 흥행\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "유료회원 가입 신청 폭주…AI 뉴스레터 흥행"},
    ),
    "a stamp with its offset after a space": (
        f"{HEADLINE}\n기사입력 2025-10-28 14:31 (UTC +9)\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a correspondent's post under the name": (
        f"{HEADLINE}\n홍길동 기자\nKBS 워싱턴 특파원\n입력 2025.10.28 14:31\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a round table's participants at the end": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}참석자(가나다순)\n김민수 연합뉴스 기자\n박지영 KBS 기자\n"
        "이도현 한겨레 기자\n",
        {"lines": "박지영 KBS 기자"},
    ),
    "a text browser's headline at the margin over its byline": (
        f"   [1]로그인 [2]회원가입\n   [3]뉴스 [4]IT\n\n   {HEADLINE} 가상 모델로 국내 기업 공략 나서\n"
        f"   홍길동 기자 | 2025.10.28 14:31\n\n   {LYNX_WRAPPED}\nReferences\n\n   1. https://gasang.kr/login\n"
        "   2. https://gasang.kr/join\n   3. https://gasang.kr/news\n   4. https://gasang.kr/it\n",
        {"author": "홍길동", "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a story showing a feed's item": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}<item><title>예시</title></item>\n{SECOND}",
        {"title": HEADLINE, "lines": "&lt;item>&lt;title>예시&lt;/title>&lt;/item>"},  # (escaped, as all markup)
    ),
    # ... and a third's, against the final rules.
    "a release telling members where to download, the story going on": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}"
        f"유료 회원이시면 리포트 원문을 추가 비용 없이 내려받으실 수 있습니다.\n{SECOND}",
        {"lines": "유료 회원이시면 리포트 원문을 추가 비용 없이 내려받으실 수 있습니다."},
    ),
    "a stamp with another zone's time beside it": (
        f"{HEADLINE}\n입력 2025-10-28 14:31 (UTC 05:31)\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a stamp with a note on its basis": (
        f"{HEADLINE}\n입력 2025.10.28 14:31 GMT 기준 시세 반영\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a first-line headline pairing an outlet and a company": (
        "네이버 - 엔비디아 AI 동맹 맺는다\n이해진 의장, 젠슨 황과 회동…소버린 AI 협력\n"
        f"입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "네이버 - 엔비디아 AI 동맹 맺는다"},
    ),
    "a desk after the outlet's name": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}파이낸셜타임스 기술 에디터\n",
        {"author": None},
    ),
    "a scam's starred example after a colon": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}"
        f"실제 신고된 문자 예시: ★당일 수익 인증 텔레그램 @gasang77★\n{SECOND}",
        {"lines": "실제 신고된 문자 예시: ★당일 수익 인증 텔레그램 @gasang77★"},
    ),
    "a story printing a statement whole": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}다음은 회사가 낸 입장문 전문이다.\n입장문\n{SECOND}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST), "lines": "입장문"},
    ),
    "a story saying a paper reposted another's in full": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n한 커뮤니티에 기사 전문을 옮긴 글이 올라왔다.\n반응\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    # The fourth reviewer's kinds: stories that speak of reposting politely, embargoes in a story
    # or over a news page's stamp, a schedule's time after a dash.
    "a children's headline on reposting, ending in 요": (
        f"어린이 뉴스\n기사 전문 베껴 쓰는 AI, 무엇이 문제인지 알아봐요\n입력 2025.10.28 14:31\n"
        f"[어린이가상=홍길동 기자] {STORY}",
        {
            "title": "기사 전문 베껴 쓰는 AI, 무엇이 문제인지 알아봐요",
            "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST),
        },
    ),
    "a headline on reposting as the page's first line": (
        f"AI가 기사 전문을 베낀다면? 함께 알아봐요!\n입력 2025.10.28 14:31\n[어린이가상=홍길동 기자] {STORY}",
        {"title": "AI가 기사 전문을 베낀다면? 함께 알아봐요!", "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a broadcast printing a statement whole, politely": (
        f"가상방송 뉴스\n정치\n{HEADLINE}\n입력 2025.10.28 (14:31)\n홍길동 기자\n[앵커]\n"
        f"대통령실이 오늘 담화를 냈습니다. 발표문 전문 옮겨드립니다.\n[발표문]\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a story on an embargo, its stamp above": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n"
        f"보도시점 2025. 10. 30.(목) 06:00 이전에 요약이 공개돼 기자단이 반발했다.\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a newswire's release, its 입력 before its 보도일시": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n보도일시 2025. 10. 30.(목) 06:00\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a release whose embargo names only a print day": (
        f"과학기술정보통신부\n보도자료\n{HEADLINE}\n등록일 2025-10-28 14:31\n"
        f"보도시점 2025. 10. 29.(수) 조간\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "an event page's schedule, a time after a dash": (
        f"{HEADLINE}\n\n{FIRST}온라인 등록 2025.10.20 - 10:00 오픈\n{SECOND}",
        {"published": HELD},
    ),
    "an English stamp, its time after a dash in p.m.": (
        "The Korea Herald\nKakao brings ChatGPT into KakaoTalk\nBy Hong Gil-dong\n"
        "Published : Oct. 28, 2025 - 2:31 p.m. KST\n"
        "Kakao said Tuesday it had launched ChatGPT inside its KakaoTalk messenger.\n"
        "Users can reach it from the chat tab without installing another app.\n",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "an English stamp, its time after a dash with its zone": (
        "The Gasang Post\nKakao brings ChatGPT into KakaoTalk\nBy Hong Gil-dong\n"
        "Published: Oct. 28, 2025 - 14:31 GMT +9\n"
        "Kakao said Tuesday it had launched ChatGPT inside its KakaoTalk messenger.\n"
        "Users can reach it from the chat tab without installing another app.\n",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a period, its end a day after a dash": (
        f"{HEADLINE}\n\n{FIRST}신청은 2025.10.28 - 11.30 받는다.\n{SECOND}",
        {"published": HELD},
    ),
    "a subhead on the reporting, then one on the camera": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}취재 뒷이야기\n{SECOND}촬영 현장\n",
        {"lines": "취재 뒷이야기\n촬영 현장"},
    ),
    "a foundation's word that it lives on donations, quoted": (
        f'{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}재단 관계자는 "우리는 후원금으로만 운영됩니다"라고 말했다.\n'
        f"{SECOND}",
        {"lines": '재단 관계자는 "우리는 후원금으로만 운영됩니다"라고 말했다.'},
    ),
    "an empty advert slot's label over the headline": (
        f"ADVERTISEMENT\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a story on the AI Basic Act before its day": (
        "AI기본법 22일 시행…기업들 '눈치보기'\n\n과학기술정보통신부는 20일 AI 기본법이 22일 시행된다고 "
        "밝혔다.\n정부는 1년간 과태료 부과를 유예하는 계도기간을 운영한다.\n",
        {"published": HELD},
    ),
    "a photo caption in the story": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{FIRST}홍길동 대표가 서비스를 소개하고 있다.\n{SECOND}",
        {"lines": "홍길동 대표가 서비스를 소개하고 있다."},
    ),
}


@pytest.mark.parametrize("case", [*CAPTURES, *KEPT])
def test_capture_kinds_and_layouts_of_the_held_out_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    page, expected = {**CAPTURES, **KEPT}[case]
    expect(*ingest(tmp_path, capsys, page), expected)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("PR Newswire: news distribution, targeting and monitoring", None),  # (another wire than 뉴스와이어)
        ("GLOBAL Newswire", None),
        ("ⓒ Newswire", "뉴스와이어"),
        ("Copyright Newswire", "뉴스와이어"),
        ("COPYRIGHT Newswire", "뉴스와이어"),
        ("The Newswire", "뉴스와이어"),
        ("MK 매일경제", "매일경제"),  # (a Korean name after its initials in capitals)
        ("SEN 서울경제TV", "서울경제TV"),
        ("Copyright © AP신문 무단전재 및 재배포 금지", None),  # (a paper's word joined to a wire's name)
        ("AP타임즈", None),
        ("AP통신", "AP"),  # (the wire's own Korean name)
        ("AP는 이날 보도했다", "AP"),  # (a particle after it)
    ],
)
def test_a_registry_name_inside_a_longer_latin_name_is_not_that_outlet(line: str, outlet: str | None) -> None:
    outlets, _ = datafiles.load_outlets(datafiles.OUTLET_REGISTRY, None)
    assert meta.outlet_by_name(line, outlets) == outlet


# Kinds of page sets 75 to 78 brought, each an invented page of that kind.
LEDE = "가상전자가 데이터센터용 AI 추론 칩을 공개했다고 16일 밝혔다. 회사는 내년 상반기 양산에 들어간다."
PAGES_OF_SETS_75_TO_78 = {
    "a broadcaster's day, its desk as the writer, then the time": (
        f"{HEADLINE}\n2025년 10월 28일 (화)\n작성자 : 가상TV 보도국\n19:05\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 28, 19, 5, tzinfo=KST), "subtitle": None},
    ),
    "the outlet's Korean name leading the byline, its Latin one in the copyright": (
        f"Gasangpen 가상펜\n조경뉴스\n{HEADLINE}\n가상펜 홍길동 기자 · 작성일 2025-05-07 10:20\n\n{STORY}"
        "Copyright © Gasangpen. All rights reserved.\n",
        {"publisher": "Gasangpen", "author": "홍길동"},
    ),
    "a desk between the outlet and the reporter": (
        f"{HEADLINE}\n기사입력 2026.01.08 10:44\n가상뉴스 라이프팀 홍길동 기자\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a wire's release with no day in its dateline, its time in a zone named in words": (
        "Gasang Wire\n보도자료 검색\n로그인\nGasang Wire 서비스 알아보기\n"
        f"{HEADLINE}\n2025년 09월 16일 09:00 AM 미국 동부 일광 절약 시간\n\n"
        f"새너제이, 캘리포니아--(Gasang Wire / 뉴스와이어)--{LEDE}\n"
        "가상전자 개요\n가상전자는 2019년 설립된 AI 반도체 설계 기업이다.\n"
        "연락처\n가상전자\n미디어 문의\n클레어 윈터스(Claire Winters)\npress@gasang.example.com\n"
        "© 2025 Gasang Wire, Inc.\n",
        {
            "title": HEADLINE,
            "publisher": "가상전자",
            "author": None,
            "date": dt.datetime(2025, 9, 16, 22, 0, tzinfo=KST),
        },
    ),
    "an interview's subject under the headline, its writer credited under that": (
        "뉴스\n인물\n오피니언\n인터뷰\nHOME > 인물 > 인터뷰\n"
        '[인터뷰] "AI 판독 보조, 의사를 대신하는 게 아니라 놓친 걸 다시 보게 하는 것"\n'
        "홍길동 가상병원 디지털헬스센터장\n"
        '영상의학과에 AI 10종 도입한 대형병원… "수가 없으면 확산 어려워"\n정리=김철수 기자 | 사진=이영희 기자\n'
        "승인 2025.09.30 06:00\n\n"
        "가상병원의 AI 도입을 이끈 홍길동 디지털헬스센터장을 만나 현장에서 본 의료 AI의 효과를 들었다.\n"
        f"{STORY}",
        {"author": "김철수"},
    ),
    "a column's series over its headline": (
        f"오피니언\n칼럼 | 홍길동의 디지털 육아 읽기\n[칼럼] {HEADLINE}\n홍길동 칼럼니스트\n"
        f"등록 2025.07.03 09:15\n\n{STORY}",
        {"title": f"[칼럼] {HEADLINE}", "author": "홍길동"},
    ),
    "a magazine's short headline over its deck and stamp": (
        "GASANG\nFASHION\nBEAUTY\nFEATURES\n옷장을 읽는 알고리즘\n"
        "AI 스타일리스트가 오늘의 옷을 골라주고, 디자이너는 생성형 AI로 첫 스케치를 그린다.\n"
        f"2025.02.11\nby 홍길동\n\n{STORY}",
        {"title": "옷장을 읽는 알고리즘", "author": "홍길동"},
    ),
    "a live page's last update over its reporters": (
        f"{HEADLINE}\n최초 작성 2025.08.28 05:30\n마지막 업데이트 2025.08.28 07:15\n홍길동·김철수 기자\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a magazine's credits in English under its story": (
        f"{HEADLINE}\n2025.02.11\n\n{STORY}EDITOR 홍길동\nPHOTOGRAPHER 김철수\nART DESIGNER 이영희\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a university's news site by its name over its menu": (
        f"GASANG\n가상과학기술원\nGASANG News Center\nResearch\nCampus\nPeople\n{HEADLINE}\n2025.05.29\n\n{STORY}",
        {"title": HEADLINE},
    ),
}


# ... and pages their rules must leave as they were (a reviewer's).
KEPT_BY_SETS_75_TO_78 = {
    "a column whose writer its last paragraph names, a most-read list under it": (
        f"오피니언 > 외부칼럼\n[기고] {HEADLINE}\n홍길동 가상대병원 디지털헬스센터장\n입력 2025.03.12 17:40\n\n{STORY}"
        "AI가 의료의 질을 높인다는 데는 이견이 없다. 다만 그 과실이 환자에게 돌아가려면 신뢰가 먼저다. "
        '홍길동 센터장은 "기술보다 원칙이 먼저 서야 한다"고 말해왔다.\n'
        "저작권자 © 가상경제 무단전재 및 재배포 금지\n많이 본 뉴스\n1\n삼성전자, HBM4 양산 돌입\n김철수 기자\n",
        {"author": "홍길동"},
    ),
    "a video's length under its day": (
        f"IT\n{HEADLINE}\n2025년 10월 28일 (화)\n02:31\n가상TV 홍길동 기자\n\n{STORY}",
        {"date": dt.date(2025, 10, 28)},
    ),
    "a player's clock under a day and its desk": (
        f"IT\n{HEADLINE}\n2025년 10월 01일 (수)\n작성자 : 가상방송 보도국\n0:00\n\n{STORY}",
        {"date": dt.date(2025, 10, 1)},
    ),
    "a blog's post introducing a library": (
        f"데브노트\n홈 카테고리 태그 소개\nLangChain 소개\n2025. 4. 3. 22:15 · 홍길동\n\n{STORY}",
        {"title": "LangChain 소개"},
    ),
    "an English headline ending in a newsroom's word": (
        f"Welcome to the AI Newsroom\n2025.03.04 10:00\n홍길동 기자\n\n{STORY}",
        {"title": "Welcome to the AI Newsroom"},
    ),
    "a column's headline after its kind and a bar": (
        f"여론\n칼럼 | 생성형 AI와 대학의 과제\n입력 2025.09.15 10:00\n홍길동 (컴퓨터공학과 교수)\n\n{STORY}",
        {"title": "칼럼 | 생성형 AI와 대학의 과제"},
    ),
}


def test_a_reporter_in_a_list_of_other_stories_did_not_write_an_interview(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The interview's subject under its headline gives way only to a reporter the story credits."""
    page = (
        "뉴스\n인물\n오피니언\n인터뷰\nHOME > 인물 > 인터뷰\n"
        '[인터뷰] "AI 판독 보조, 의사를 대신하는 게 아니라 놓친 걸 다시 보게 하는 것"\n'
        "홍길동 가상병원 디지털헬스센터장\n승인 2025.09.30 06:00\n\n"
        "가상병원의 AI 도입을 이끈 홍길동 디지털헬스센터장을 만나 현장에서 본 의료 AI의 효과를 들었다.\n"
        f"{STORY}저작권자 © 가상메디 무단전재 및 재배포 금지\n많이 본 뉴스\n1\n삼성전자, HBM4 양산 돌입\n김철수 기자\n"
    )
    fm, _ = ingest(tmp_path, capsys, page)
    assert fm.get("author") != "김철수", fm


QUOTE_LED = '"경쟁사 데이터에 손대지 않고 함께 학습"…제약사 연합학습 AI 첫 성적표'  # a headline opening with a quote
PAGES_OF_SETS_79_TO_82 = {
    "a ministry's release: its board's day, then its embargo online and in print": (
        f"홈 > 알림 > 보도자료\n{HEADLINE}\n부서\t가상정책과\n등록일\t2025-06-09\n첨부파일\t(보도자료) 가상 로봇.hwpx\n"
        "바로보기\n다운로드\n보도시점\t(온라인) 2025. 6. 10.(화) 12:00 / (지면) 2025. 6. 11.(수) 조간\n"
        f"배포\t2025. 6. 9.(월) 14:00\n\n{STORY}",
        {"date": dt.datetime(2025, 6, 10, 12, 0, tzinfo=KST), "author": None},
    ),
    "a board's list row copied over the post": (
        f"HOME > 알림마당 > 보도자료\n번호\t제목\t작성자\t작성일\t조회\n412\t{HEADLINE}\t홍보협력팀\t2025-10-15\t836\n"
        f"{HEADLINE}\n작성일 : 2025-10-15\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a magazine's name with an apostrophe in its copyright line": (
        f"{HEADLINE}\n2025.02.11\n\n{STORY}© 2025 Gasang's REVIEW Korea. All rights reserved.\n",
        {"publisher": "Gasang's REVIEW Korea"},
    ),
    "a magazine's name before the mark, its licensee's after it": (
        f"{HEADLINE}\n2025.02.11\n\n{STORY}(주)가상중앙 | 서울특별시 중구\n"
        "GASANG KOREA © Gasang JoongAng. All rights reserved.\n",
        {"publisher": "GASANG KOREA"},
    ),
    "a column's writer box over its labelled headline": (
        "오피니언 > 칼럼\n홍길동 가상공대 교수\n홍길동\n"
        "가상공대 AI소프트웨어학과 교수. 가상대 전기공학부에서 박사학위를 받았고, 2018년부터 강단에 섰다.\n"
        f"[홍길동의 테크 리포트] {HEADLINE}\n승인 2025.07.08 06:00\n\n{STORY}",
        {"title": f"[홍길동의 테크 리포트] {HEADLINE}", "author": "홍길동", "body": STORY},
    ),
    "Google's AMP viewer over the page": (
        "×\nwww.gasang.kr\n페이지 정보 보기\n공유\nGoogle에서 제공하는 AMP 페이지입니다.\n원본 페이지로 이동\n"
        f"가상뉴스\n☰\n경제\n{HEADLINE}\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a newsroom's video: its channel, its title with the channel's name, its chapters": (
        f"KR\n검색\n로그인\n{HEADLINE} | 가상TV 뉴스\n가상TV\n구독자 58.2만명\n구독\n공유\n"
        f"조회수 12,408회  2025. 3. 14.  #가상TV뉴스\n{STORY}홍길동 기자가 보도합니다.\n"
        "▶ 목차\n00:00 인트로\n01:12 현장 연결\n",
        {
            "title": HEADLINE,
            "publisher": "가상TV",
            "draft": True,
            "author": "홍길동",
            "body": f"{STORY}홍길동 기자가 보도합니다.\n▶ 목차",
        },
    ),
    "a series' label with its part's number over the part's headline": (
        f"HOME > 제약 > 제약일반\n[연중기획] AI 신약개발, 어디까지 왔나 ③\n{QUOTE_LED}\n홍길동 기자\n"
        f"입력 2025-06-17 17:42:08\n\n{STORY}",
        {"title": QUOTE_LED},
    ),
    "a series' part numbered before its own headline, over a deck": (
        f"기획\n[AI와 함께 사는 법] ② 이주노동자 곁의 AI 통역사\n{QUOTED_HEADLINE}\n홍길동 기자\n"
        f"발행 2025.11.05 07:00\n\n{STORY}",
        {"title": "[AI와 함께 사는 법] ② 이주노동자 곁의 AI 통역사"},
    ),
    "MSN's line of whose story it is over the headline": (
        f"MSN\n홈\n뉴스\n가상뉴스 님의 스토리 • 7월 3일\n가상뉴스\n팔로우\n{HEADLINE}\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a writer's credit with the post in brackets": (
        f"{HEADLINE}\n글 홍길동 (가상대 학생기자)\n2025.10.28\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a writer with a post among the credits": (
        f"{HEADLINE}\n글 홍길동 부국장 | 사진 김철수 기자\n2025.10.28\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a live page's start over its reporters": (
        f"{HEADLINE}\n최종 업데이트 2025.11.12 15:10\n시작 2025.11.12 09:00\n취재 : 홍길동·김철수 기자\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
}


PREFACE = '번역본 머리말에는 "이 문서는 EU 관보의 원문을 번역·편집한 것으로, 원문만이 법적 효력을 가진다"고 적혔다.'
# ... and pages their rules must leave as they were (reviewer 26's).
KEPT_BY_SETS_79_TO_82 = {
    "a headline's second half after a bar, starting with the outlet's first word": (
        "CIO Korea\n뉴스\n생성형 AI 도입, 무엇부터 시작할까 | CIO 10명에게 물었다\n홍길동 | CIO Korea\n"
        f"2025.07.08\n\n{STORY}"
        "Copyright © 2025 CIO Korea. All rights reserved.\n",
        {"title": "생성형 AI 도입, 무엇부터 시작할까 | CIO 10명에게 물었다"},
    ),
    "'Copyrights' before the mark": (
        f"{HEADLINE}\n입력 2025.04.17 11:00\n홍길동 기자\n\n{STORY}"
        "Copyrights © 2025 Gasang Tech. All rights reserved.\n",
        {"publisher": "Gasang Tech"},
    ),
    "a portal's reporter card with its subscribers": (
        f"홍길동 기자\n구독자 12,345명\n{QUOTED_HEADLINE}\n입력 2025.10.14 10:21\n\n{STORY}gildong@gasang.example.kr\n",
        {"author": "홍길동"},
    ),
    "a story's timeline from midnight": (
        f"{HEADLINE}\n입력 2025.11.03 14:20\n홍길동 기자\n\n{FIRST}시간대별 상황은 다음과 같다.\n"
        "00:00 정기 점검 시작\n00:42 UPS 이상 경보 발생\n06:10 전체 서비스 정상화\n"
        f"{SECOND}홍길동 기자 gildong@example.com\n",
        {"lines": "00:00 정기 점검 시작\n00:42 UPS 이상 경보 발생"},
    ),
    "a story quoting a translation's preface": (
        f"{HEADLINE}\n입력 2025.03.11 06:00\n홍길동 기자\n\n{FIRST}"
        f"{PREFACE}\n"
        f"{SECOND}홍길동 기자 gildong@example.com\n",
        {"lines": PREFACE},
    ),
    "a live page's short headline, its first entry labelled over its time": (
        f"가상뉴스\nLIVE\n가상 AI 데이 2025\n시작 2025.10.21 09:30\n{FIRST}"
        "[속보] 가상전자, 자체 LLM '가상원' 공개\n2025.10.21 10:02\n"
        f"{SECOND}홍길동 기자 gildong@example.com\n",
        {"date": dt.datetime(2025, 10, 21, 9, 30, tzinfo=KST), "lines": FIRST.strip()},
    ),
}


PAGES_OF_SETS_83_TO_86 = {
    "a province's name with its suffix in the copyright line": (
        f"{HEADLINE}\n작성일 2025-10-15\n\n{STORY}Copyright © Gasangbuk-do. All Rights Reserved.\n",
        {"publisher": "Gasangbuk-do"},
    ),
    "a government portal's copy of a body's release, the note naming the body": (
        f"대한민국 정책브리핑\n보도자료\n가상청\n{HEADLINE}\n2025.07.08 10:00\n\n{STORY}"
        "이 자료는 가상청의 보도자료를 전재하여 제공함을 알려드립니다.\n",
        {"publisher": "가상청"},
    ),
    "a reader app's buttons over the headline": (
        f"feedly\nToday\nRead Later\nFollow Sources\nMark as read\nSave for later\n{HEADLINE}\n"
        f"기사입력 : 2025.06.11 10:02\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a newsroom's tabs and its cookie banner over the headline": (
        "We use cookies to improve your experience. Accept\nNewsroom\nPress Releases\nMedia Coverage\n"
        f"{HEADLINE}\n2025.09.18\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a bureau before the reporter, the font buttons glued": (
        f"{HEADLINE}\n기사입력 2025-10-02 11:08:27\n글씨크게\n글씨작게\n\n{STORY}광주본부 홍길동 기자 다른기사 보기\n",
        {"author": "홍길동"},
    ),
    "a branch before a reporter whose name ends as a branch's does": (
        f"{HEADLINE}\n가상일보 부산지사 김지사 기자\n입력 2025.10.02 11:08\n\n{STORY}",
        {"author": "김지사"},
    ),
    "a weekly's English name with an ampersand under its Korean one": (
        f"가상레저신문\nGasang & Leisure Weekly\n발행일 2025.05.14 수요일\n골프\n투어\n레슨\n{QUOTED_HEADLINE}\n"
        f"글 | 홍길동 기자   사진 | 각 골프장 제공\n\n{STORY}",
        {"title": QUOTED_HEADLINE, "author": "홍길동"},
    ),
    "Google's text-only cache over the page": (
        "Google 캐시. 2024. 2. 20. 08:21:40 GMT에 표시된 https://www.gasang.example.com/news/1의 스냅샷입니다.\n"
        "현재 페이지는 그 사이에 변경되었을 수 있습니다. 자세히 알아보기.\n전체 버전\n텍스트 전용 버전\n소스 보기\n"
        f"가상뉴스\n{HEADLINE}\n입력 2024.02.06 11:30\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2024, 2, 6, 11, 30, tzinfo=KST)},
    ),
    "a report's table of fields, its publisher's among them": (
        f"{HEADLINE}\n발행일 | 2025-06-30\n발행처 | 가상연구원\n\n{STORY}",
        {"author": None},
    ),
    "a browser's translation bar over the page": (
        f"이 페이지는 영어에서 한국어로 번역되었습니다.\n원본 보기\n{HEADLINE}\n2025.06.10 14:45\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a print view's title field": (
        f"인쇄하기\n닫기\n제 목 : {HEADLINE}\n작성일 : 2025.06.10\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a weekday in square brackets between day and time": (
        f"{HEADLINE}\n홍길동 기자\n2025.04.22 [화] 14:37\n\n{STORY}",
        {"date": dt.datetime(2025, 4, 22, 14, 37, tzinfo=KST)},
    ),
    "an English weekday between day and time": (
        f"{HEADLINE}\nBy 홍길동 기자\nPublished 2025.04.09 (Wed) 11:00\n\n{STORY}",
        {"date": dt.datetime(2025, 4, 9, 11, 0, tzinfo=KST)},
    ),
    "a dot between day and time in a stamp box under the story": (
        f"{HEADLINE}\n\n{STORY}홍길동 기자\n제1234호 · 2025년 12월 01일 · 오전 10:00\n",
        {"date": dt.datetime(2025, 12, 1, 10, 0, tzinfo=KST)},
    ),
    "an outlet's registration day in its footer": (
        f"{HEADLINE}\n가상투데이 = 포항 / 홍길동 기자\n\n{STORY}"
        "가상투데이 | 대표전화 1600-0000 | 발행인 홍길순 | 등록일 2010.01.01\n",
        {"published": HELD},
    ),
    "an app's banner over the headline, whoever's app": (
        f"GMAP MOBILITY NEWSROOM\n☰\nGMAP 앱에서 더 편하게 보기\n열기\nSTORY\nTECH\n{HEADLINE}\n2025.06.10\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a webzine's issue over its headline": (
        f"가상원 웹진\nVol.112 2025 여름호\n{HEADLINE}\n2025.06.10\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a publisher's own column, its stamp beside the publisher's title": (
        f"{HEADLINE}\n홍길동 발행인 | 등록일 2025.05.01 09:00 | 조회수 312\n\n{STORY}",
        {"date": dt.datetime(2025, 5, 1, 9, 0, tzinfo=KST)},
    ),
    "a clip's length after a dot beside its day": (
        f"{HEADLINE}\n가상TV · 2025.06.24 · 02:31\n\n{STORY}",
        {"date": dt.date(2025, 6, 24)},
    ),
    "an advertorial's headline telling to use an app": (
        f"가상일보\n실시간 교통정보, 가상내비 앱에서 더 쉽게 보세요\n입력 2025.06.24 10:00\n\n{STORY}",
        {"title": "실시간 교통정보, 가상내비 앱에서 더 쉽게 보세요"},
    ),
    "a newsletter's note of whose story it reprints, and of its day": (
        f"maily\n가상레터 · 대학의 내일을 읽는 주간 뉴스레터\n{HEADLINE}\n가상레터\n2025.10.14\n"
        "이 글은 가상지성 In&Out 2025년 10월 12일자 기사를 허락을 받아 전재합니다.\n"
        f"{QUOTED_HEADLINE}\n홍길동 기자\n{STORY}",
        {"publisher": "가상지성 In&Out", "date": dt.date(2025, 10, 12), "author": "홍길동"},
    ),
    "a blog's note of the column it reposts": (
        f"brunch\n{HEADLINE}\n홍길동\nFeb 17. 2025\n\n{STORY}"
        "※ 이 글은 가상타임스(GasangTimes)에 2025.02.14 게재된 필자의 칼럼을 가상타임스의 허락을 받아 "
        "옮겨 온 것입니다.\n",
        {"publisher": "가상타임스", "date": dt.date(2025, 2, 14)},
    ),
    "a desk's head before the reporter's name": (
        f"Home > 산업 > IT\n{HEADLINE}\n산업부장 홍길동 선임기자\n2025. 10. 02 (목) 17:48\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a menu's section of young reporters": (
        f"가상소년일보\n뉴스\n교육\n어린이 기자\nNIE\n{HEADLINE}\n기사입력 2025.03.11 09:00\n"
        f"글 홍길동 기자 · 그림 김철수\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a publication's English name under its Korean one": (
        "가상불교신문\nThe Gasang Newspaper\n가상불교신문 3871호 / 2025년 04월 16일 (수)\n교계\n인터뷰\n"
        f"{QUOTED_HEADLINE}\n"
        f"입력 2025.04.14 17:20\n홍길동 기자\n\n{STORY}",
        {"title": QUOTED_HEADLINE},
    ),
    "a magazine's name in capitals over its menu in capitals": (
        "GASANG HEALTH KOREA\nFITNESS\nNUTRITION\nSTYLE\nSUBSCRIBE\nAI 코치한테 3주 동안 운동 배워 봤습니다\n"
        f"2025.02.14\nBY 홍길동\n\n{STORY}",
        {"title": "AI 코치한테 3주 동안 운동 배워 봤습니다"},
    ),
    "a time after a bar": (
        f"{HEADLINE}\nBy 홍길동 기자\nPosted: 2025-06-24 | 09:30\n\n{STORY}",
        {"date": dt.datetime(2025, 6, 24, 9, 30, tzinfo=KST)},
    ),
    "a slogan under the name, the day's strip over the menu": (
        "가상보험신문\n보험인의 내일을 여는 신문\n2025년 12월 05일 (금)\n로그인\n회원가입\n생명보험\n손해보험\nGA\n"
        "보험정책\n인슈어테크\n인물\n오피니언\n인슈어테크\n"
        "보험 심사도 AI로…생보사 '자동 언더라이팅' 승인율 80% 넘었다\n"
        "유병자 보험 심사 '3일→10분'…\"설명 가능한 AI가 관건\"\n입력 : 2025년 12월 05일 (금) 11:03:27\n"
        f"홍길동 기자 gildong@example.com\n{STORY}",
        {"title": "보험 심사도 AI로…생보사 '자동 언더라이팅' 승인율 80% 넘었다"},
    ),
}


# ... and pages their rules must leave as they were (reviewer 27's).
KEPT_BY_SETS_83_TO_86 = {
    "an English headline ending in 'Korea' under the menu": (
        f"가상테크\n뉴스\n리뷰\n인터뷰\nNvidia Eyes Korea\n{HEADLINE}\n입력 2025.11.03 09:12\n\n{STORY}",
        {"title": "Nvidia Eyes Korea", "subtitle": HEADLINE},
    ),
    "a video's length after a bar beside its day": (
        f"{HEADLINE}\n가상TV | 2025.06.24 | 02:31\n\n{STORY}",
        {"date": dt.date(2025, 6, 24)},
    ),
    "a copyright name before a hyphen and the rights": (
        f"{HEADLINE}\n입력 2025.06.24 10:00\n\n{STORY}Copyright ⓒ 가상일보-All Rights Reserved.\n",
        {"publisher": "가상일보"},
    ),
    "a story quoting a cookie banner": (
        f"{HEADLINE}\n입력 2025.06.24 10:00\n홍길동 기자\n\n{FIRST}"
        '"We use cookies to improve your experience"라는 배너를 AI 에이전트가 스스로 닫는다.\n'
        f"{SECOND}홍길동 기자 gildong@example.com\n",
        {"lines": '"We use cookies to improve your experience"라는 배너를 AI 에이전트가 스스로 닫는다.'},
    ),
}


ENGLISH_HEADLINE = "Korean Startup Unveils Real-time AI Interpreter for Hospitals"
ONE_SENTENCE = "가상전자가 데이터센터용 AI 추론 칩을 공개했다고 16일 밝혔다."
ENGLISH_DECK = "The commitment would add three factories and two packaging facilities in Arizona, the company said."
DOW_JONES = "Copyright ©2025 Dow Jones & Company, Inc. All Rights Reserved.\n"
ENGLISH_STORY = (
    "A Seoul startup unveiled an artificial intelligence interpreter for hospitals on Friday, saying it "
    "translates between doctors and foreign patients in 18 languages.\n"
    "The company said three general hospitals in Seoul will start using the service next month.\n"
)
# Kinds of page sets 95 to 98 brought (ordinary pages of outlets not used before) ...
PAGES_OF_SETS_95_TO_98 = {
    "an app's header over its buttons, the headline and its two stamps over the byline": (
        f"가상뉴스\n가상·디지털단지 소식\n<\n공유\n가상뉴스\n{HEADLINE}\n2025.10.01. 오후 2:17\n"
        f"2025.10.01. 오후 4:03 수정\n홍길동 기자 ✉\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 1, 14, 17, tzinfo=KST)},
    ),
    "a series' label before a bar, its part's number last, over the part's headline": (
        f"가상신문\n홈\n뉴스\n구독신청\n연재 | 가상 바다, AI를 만나다 ③\n{QUOTE_LED}\n2025년 06월 12일 (목) 14:05:22\n"
        f"홍길동 기자 gildong@example.com\n\n{STORY}",
        {"title": QUOTE_LED},
    ),
    "a series' label in brackets over a headline joined by an ellipsis": (
        f"가상영농신문\n홈\n정책\n[연중기획] 디지털 농업 현장을 가다 ⑤\n{HEADLINE}\n"
        f"홍길동 기자 | 2025.06.30 (월) 10:12\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a copyright line by its owner": (
        f"{HEADLINE}\n입력 2025.10.11 00:20\n\n{STORY}Copyright by Gasang Sunday. All rights reserved.\n",
        {"publisher": "Gasang Sunday"},
    ),
    "a stamp that spells out the day of the week": (
        f"가상경제21\n{HEADLINE}\n게재 2025.11.24 월요일 오전 10:12\n\n{STORY}",
        {"author": None, "date": dt.datetime(2025, 11, 24, 10, 12, tzinfo=KST)},
    ),
    "a writer's role before the name, by the stamp": (
        f"가상뉴스\n{HEADLINE}\n리포터 홍길동\n작성 2025.03.18 15:55:21\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a local paper's reporter ('리포터') beside the outlet": (
        f"{HEADLINE}\n입력 2025.03.18 15:55\n\n{STORY}가상로컬뉴스 홍길동 리포터 gildong@example.com\n",
        {"author": "홍길동"},
    ),
    "a writer's own post, its copyright line in the writer's name": (
        f"가상레터\n{HEADLINE}\n홍길동\n2025년 12월 2일\n\n{STORY}© 2025 홍길동\n",
        {"author": "홍길동", "draft": True},
    ),
    "a citizen reporter's byline, the role after the name": (
        f"{HEADLINE}\n홍길동 시민리포터\n2025.10.01 14:17\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a ministry's release for the morning paper, online the day before at its hour": (
        f"홈 > 알림 > 보도자료\n{HEADLINE}\n담당부서\n가상정책과\n등록일\n2025-10-14\n보도일시\n"
        f"2025. 10. 15.(수) 조간(온라인 10. 14.(화) 11:00 이후 보도 가능)\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 14, 11, 0, tzinfo=KST)},
    ),
    "a January paper's release, online on New Year's Eve": (
        f"{HEADLINE}\n보도시점 : 2026. 1. 2.(금) 조간 (온라인 : 12. 31.(수) 12:00 이후)\n\n{STORY}",
        {"date": dt.datetime(2025, 12, 31, 12, 0, tzinfo=KST)},
    ),
    "a copyright line's name of Latin words joined by a hyphen": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n\n{STORY}Copyright © GASANG ELECTRO-MECHANICS. All Rights Reserved.\n",
        {"publisher": "GASANG ELECTRO-MECHANICS"},
    ),
    "a research firm's name over its path and the report's title, printed again in its copyright line": (
        f"SAMSUNG GASANG RESEARCH\nInsight > 기술·산업\n{PLAIN_HEADLINE}\n2025.08.29\n\n{STORY}"
        "Copyright © SAMSUNG GASANG RESEARCH. All rights reserved.\n",
        {"title": PLAIN_HEADLINE},
    ),
    "an English outlet's name over its menu, printed again in its copyright line": (
        "The Gasang Times\nSunday, May 11, 2025\nHOME\nKorea\nWorld\nSearch\nEmail this page\n"
        f"{ENGLISH_HEADLINE}\nBy Choi Min-jae\nPosted : 2025-05-09 17:40\n\n{ENGLISH_STORY}"
        "© Gasang Times. All rights reserved.\n",
        {"title": ENGLISH_HEADLINE, "publisher": "Gasang Times"},
    ),
    "a radio bulletin's player buttons over the item": (
        f"가상라디오\n다시듣기\n{HEADLINE}\n2025년 8월 22일 금요일\n듣기\n\n{STORY}",
        {"author": None},
    ),
    "a wire's bureau after a space in its tag": (
        f"{HEADLINE}\n입력 2025.08.22 10:00\n\n[가상뉴스통신 세종=홍길동 기자] {STORY}",
        {"publisher": "가상뉴스통신", "author": "홍길동"},
    ),
    "a magazine's Latin name of two words ending in '+'": (
        f"{HEADLINE}\n2025.06.12\n\n{STORY}Copyright © GASANG HOMME+. All rights reserved.\n",
        {"publisher": "GASANG HOMME+"},
    ),
    "an outlet's name with a Chinese character in the copyright line": (
        f"{HEADLINE}\n입력 2025.07.10 09:00\n\n{STORY}저작권자 © 가상新보 무단전재 및 재배포 금지\n",
        {"publisher": "가상新보"},
    ),
    "live scores over the headline": (
        f"가상스포츠\n☰\nK리그1 | 울산 2 : 1 포항 (종료)\nKBO | LG 5 : 3 두산 (7회말)\n축구\n{HEADLINE}\n"
        f"입력 2025.08.30 오후 9:41\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a magazine's menu in capitals, one item joined by '&'": (
        f"Gasang\n가상\nART\nFASHION\nWATCH & JEWELRY\nLIVING\nPEOPLE\n{HEADLINE}\n2025. 9. 24.\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a board's line of its writer, day and views": (
        f"{HEADLINE}\n작성자 : 홍길동 (gildong@example.com) | 등록일 : 2025-05-14 | 조회수 : 3,210\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a reader's comment by name and time under the story": (
        f"{HEADLINE}\n2025.05.14\n\n{STORY}댓글 3\n김철수 | 2025-05-14 13:02\n잘 봤습니다\n",
        {"author": None},
    ),
    "an English outlet's name over the headline, its deck and the byline": (
        f"The Gasang Times\nTech & Science\n{ENGLISH_HEADLINE}\nDoctors and foreign patients talk through a tablet\n"
        f"By Choi Min-jae\nPosted : 2025-05-09 17:40\n\n{ENGLISH_STORY}© The Gasang Times. All rights reserved.\n",
        {"title": ENGLISH_HEADLINE},
    ),
    "a columnist's card over the column's headline": (
        f"가상병원신문\n오피니언\n칼럼\n홍길동 교수\n가상대학교병원 영상의학과\n가상영상의학회 인공지능위원회 위원\n"
        f"홍길동 교수의 다른 칼럼\n{QUOTED_HEADLINE}\n등록 2025.06.30 10:44\n\n{STORY}",
        {"title": QUOTED_HEADLINE},
    ),
    "a stamp with its views' count": (
        f"{HEADLINE}\n게재 2025.06.10 | 조회 312\n\n{STORY}",
        {"author": None},
    ),
    "the story's section printed in the menu and again over the stamp": (
        f"가상타임즈\n지역\n경제\n농업\n교육\n{HEADLINE}\n농업\n입력 2025.04.08 오후 2:15\n"
        f"홍길동 기자 · 김철수 인턴기자\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "an interview's writer and, after a bar, its photographer": (
        f"{HEADLINE}\n대담·정리 홍길동 기자 | 사진 김철수 기자\n입력 2025.09.07 10:00\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a correspondent's country between name and post": (
        f"{HEADLINE}\n홍길동 미국 통신원\n입력 2025.11.21 09:00\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a copyright name ending in a letter alone": (
        f"{HEADLINE}\n입력 2025.11.21 09:00\n\n{STORY}Copyright ⓒ Gasang i. All rights reserved.\n",
        {"publisher": "Gasang i"},
    ),
    "a board's writer field labelled '글쓴이'": (
        f"{HEADLINE}\n글쓴이 홍길동 기자\n2025.07.22 (화) 10:00\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a writer and, after a comma, the photographer": (
        f"{HEADLINE}\n글 홍길동 기자, 사진 김철수 기자\n승인 2025.09.02 00:05\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "the font buttons copied as one word by the byline": (
        f"{HEADLINE}\n가가\n홍길동 기자 | 2025-04-09 07:30 (수)\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a section's path of single words over the headline": (
        f"THE GASANG KOREA\nHome\nChips\nPolicy\nSubscribe\nChips / Foundry\n{HEADLINE}\nBy 홍길동 · 6 min read\n"
        f"Published 2025-09-30 08:00 KST\n\n{STORY}",
        {"title": HEADLINE},
    ),
}
# ... and pages their rules must leave as they were.
KEPT_BY_SETS_95_TO_98 = {
    "a breaking story's headline under the label '속보'": (
        f"가상일보\n속보\n[속보] 가상전자, AI 반도체 공장 착공\n홍길동 기자\n입력 2025.07.02 09:15\n\n{STORY}",
        {"title": "[속보] 가상전자, AI 반도체 공장 착공"},
    ),
    "a breaking story's headline over its deck, with no ticker's label over it": (
        f"가상일보\n[속보] 가상전자, AI 반도체 공장 착공\n{HEADLINE}\n홍길동 기자\n입력 2025.07.02 09:15\n\n{STORY}",
        {"title": "[속보] 가상전자, AI 반도체 공장 착공", "subtitle": HEADLINE},
    ),
    "a headline with a part's number last over a deck with no headline's marks": (
        "[기획] 가상 바다, AI를 만나다 ③\n어민들 고수온 피해 줄일 수 있을까 기대\n"
        f"홍길동 기자\n입력 2025.06.12 14:05\n\n{STORY}",
        {"title": "[기획] 가상 바다, AI를 만나다 ③"},
    ),
    "a headline over its toolbar and a deck over the byline": (
        f"{HEADLINE}\n공유\n인쇄\n{QUOTED_HEADLINE}\n2025.10.01. 오후 2:17\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a menu's '속보' over a breaking story's headline, its deck and its stamp": (
        f"가상일보\n속보\n[속보] 가상전자, AI 반도체 공장 착공\n{HEADLINE}\n기사입력 2025-10-01 14:17\n"
        f"홍길동 기자\n\n{STORY}",
        {"title": "[속보] 가상전자, AI 반도체 공장 착공", "subtitle": HEADLINE},
    ),
    "a series' headline with its part's number last over a deck joined by an ellipsis": (
        f"[AI 대전환] 병원 대기 줄이는 AI 의사 ③\n{HEADLINE}\n홍길동 기자\n입력 2025.06.12 14:05\n\n{STORY}",
        {"title": "[AI 대전환] 병원 대기 줄이는 AI 의사 ③"},
    ),
    "a headline over font buttons and a toolbar, its deck over the stamp and byline": (
        f"가상신문\n홈 > IT > AI\n{HEADLINE}\n가\n가\n공유\n스크랩\n{QUOTED_HEADLINE}\n2025.10.01. 오후 2:17\n"
        f"홍길동 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a headline with no marks over a photo's credit and caption over the stamp": (
        "가상IT뉴스\nIT\n정부 AI 반도체에 2조원 투입\n사진=과학기술정보통신부\n"
        "장관이 1일 정부서울청사에서 'AI 반도체 이니셔티브'를 발표하고 있다\n2025.10.01. 오후 2:17\n홍길동 기자\n\n"
        f"{STORY}",
        {"title": "정부 AI 반도체에 2조원 투입"},
    ),
    "an editorial signed by its paper, named in the copyright line": (
        f"[사설] 자치구 AI 민원상담, 책임 소재부터 분명히 하라\n한빛일보\n승인 2025.03.20 14:02\n\n{STORY}"
        "<저작권자 © 한빛일보 무단전재 및 재배포 금지>\n",
        {"publisher": "한빛일보", "draft": None},
    ),
    "an English headline over its byline, its outlet named only in the copyright line": (
        f"{ENGLISH_HEADLINE}\nBy Choi Min-jae\nPosted : 2025-05-09 17:40\n\n{ENGLISH_STORY}"
        "© The Gasang Times. All rights reserved.\n",
        {"title": ENGLISH_HEADLINE},
    ),
    "a reporter's sign-off under the comments' heading": (
        f"{HEADLINE}\n2025.05.14\n\n{STORY}댓글 3\n로그인 후 댓글을 남길 수 있습니다.\n홍길동 기자\n",
        {"author": "홍길동"},
    ),
    "an outlet named like a person, atop the page, as its byline and in its copyright line": (
        f"유니콘\n스타트업\n투자\n{HEADLINE}\n유니콘\n입력 2025.06.12 10:00\n\n{STORY}ⓒ 유니콘 All rights reserved.\n",
        {"publisher": "유니콘"},
    ),
    "a copyright line's name in mixed case before a hyphen and a ban": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n\n{STORY}Copyright © TechWire-Unauthorized reproduction prohibited\n",
        {"publisher": "TechWire"},
    ),
    "an outlet whose name ends in a region, in its reporter's tag": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n\n[굿모닝 충청=홍길동 기자] {STORY}",
        {"publisher": "굿모닝 충청"},
    ),
    "a headline ending in a post, with a headline's marks": (
        f"가상전자, 새 AI 연구소장에 홍길동 대표\n입력 2025.06.30 10:44\n\n{STORY}",
        {"title": "가상전자, 새 AI 연구소장에 홍길동 대표"},
    ),
    "a list of other stories over an English headline, its outlet's name over them": (
        "The Gasang Times\nHOME\nKorea\nLatest News\nSamsung shares jump on HBM4 supply deal\n"
        f"Kakao opens AI agent to outside developers\n{ENGLISH_HEADLINE}\nBy Choi Min-jae\n"
        f"Posted : 2025-05-09 17:40\n\n{ENGLISH_STORY}© The Gasang Times. All rights reserved.\n",
        {"title": ENGLISH_HEADLINE},
    ),
    "an English headline sharing no word with its story, over its deck": (
        "The Gasang Herald\nTech\nGasang bets big on sovereign AI\n"
        "Government to spend 1 trillion won on homegrown language models over five years\nBy Kim Min-ji\n"
        f"Published: Mar. 4, 2025 - 15:20\n\n{ENGLISH_STORY}Copyright © The Gasang Herald. All rights reserved.\n",
        {"title": "Gasang bets big on sovereign AI"},
    ),
    "an appointment's headline ending in the post, over its deck": (
        "가상일보\n가상위원회 부위원장에 홍길동 가상대 교수\n정부, 민간 전문가 중심으로 위원회 2기 출범\n"
        f"입력 2025.06.30 10:44\n\n{STORY}",
        {"title": "가상위원회 부위원장에 홍길동 가상대 교수"},
    ),
    "a byline's second writer credited for photos and text after a bar": (
        f"{HEADLINE}\n홍길동 기자 | 사진·글 김철수 기자\n입력 2025.06.30 10:44\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a reporter whose name reads as a country's": (
        f"{HEADLINE}\n이란 기자\n입력 2025.06.30 10:44\n\n{STORY}",
        {"author": "이란"},
    ),
    "a copyright name before a hyphen and a ban in English": (
        f"{HEADLINE}\n입력 2025.06.30 10:44\n\n{STORY}ⓒ Gasang Korea-Reproduction prohibited.\n",
        {"publisher": "Gasang Korea"},
    ),
    "a writer's label first in a line of fields": (
        f"{HEADLINE}\n글 : 홍길동 | 편집 : 김철수 | 2025-04-15\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a community's poster over a story its reporter signed": (
        f"{HEADLINE}\n작성자 : 김철수 | 작성일 2025.06.10 09:00 | 조회 120\n\n{STORY}홍길동 기자 hong@example.com\n",
        {"author": "홍길동"},
    ),
    "a writer's credit under the readers' comments": (
        f"{HEADLINE}\n2025-06-10 09:00\n\n{STORY}댓글 2\n김영호\n2025-06-10 15:01\n황당하네요.\n글 홍길동\n"
        "gildong@example.com\nⓒ 가상IT뉴스. 무단전재 및 재배포 금지\n",
        {"author": "홍길동"},
    ),
    "a copyright name of mixed case with a hyphen": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n\n{STORY}Copyright © Gasang Bio-Tech Daily.\n",
        {"publisher": "Gasang Bio-Tech Daily"},
    ),
    "a ban in Chinese characters after the copyright name": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n\n{STORY}ⓒ가상일보無斷轉載\n",
        {"publisher": "가상일보"},
    ),
    "an appointment's headline, the name first, over its deck": (
        "가상일보\n홍길동 가상전자 신임 대표\n구글 딥마인드 출신 AI 전문가\n입력 2025.06.30 10:44\n김철수 기자\n\n"
        f"{STORY}",
        {"title": "홍길동 가상전자 신임 대표"},
    ),
    "an appointment's headline ending in a post in Latin letters, over its deck": (
        f"가상일보\n가상AI 최고기술책임자에 홍길동 CTO\n구글 출신 AI 전문가 영입\n입력 2025.06.30 10:44\n\n{STORY}",
        {"title": "가상AI 최고기술책임자에 홍길동 CTO"},
    ),
    "two photographers after a bar": (
        f"{HEADLINE}\n글 홍길동 기자 | 사진 김철수, 이영희 기자\n입력 2025.06.30 10:44\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a second writer credited for photos and text, spaced": (
        f"{HEADLINE}\n홍길동 기자, 사진 · 글 김철수 기자\n입력 2025.06.30 10:44\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "'by' beginning an outlet's name in the copyright line": (
        f"{HEADLINE}\n입력 2025.10.11 00:20\n\n{STORY}Copyright 2025 Byline Gasang. All rights reserved.\n",
        {"publisher": "Byline Gasang"},
    ),
}


# Sets 111-114: kinds of page first met in blind sets of research institutes', magazines', wires' and
# local papers' pages (each case an invented page of that kind).
PAGES_OF_SETS_111_TO_114 = {
    "a research page's posting day over its headline, a paper's citation box with its day under the story": (
        "가상과학연구소\n연구성과\n게시일 2025-02-03\n조회수 517\n"
        f"{HEADLINE}\n\n{STORY}논문 정보\n논문명 : Uncertainty in Language Models\n저널 : Journal of AI (2025)\n"
        "게재일 : 2025년 1월 14일\n저자 : 홍길동(교신저자)\n",
        {"title": HEADLINE, "date": dt.date(2025, 2, 3)},
    ),
    "a release's embargo over a paper's citation": (
        f"가상과학원\n보도자료\n{HEADLINE}\n엠바고 : 2025년 08월 20일(수) 00시\n게재 저널 : Nature AI\n"
        f"논문명 : Sleep replay in networks\n교신저자 : 홍길동 단장\n\n{STORY}",
        {"date": dt.date(2025, 8, 20)},
    ),
    "a wire's tagline under its name, over a menu with its buttons": (
        "Gasang Wire\nA Gasang Holdings Company\n뉴스\n보도자료 배포\n로그인\n한국어\nEnglish\n"
        f"{HEADLINE}\n2025년 6월 10일 오전 09:00\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a local paper's slogan under its name, over its issue's day and a menu": (
        "가상군민신문\n군민과 함께 걸어온 지역 언론\n2025년 05월 22일 (목) 제1512호\n홈\n군정소식\n교육\n"
        f"사회\n오피니언\n{HEADLINE}\n\n{STORY}홍길동 기자\n입력 : 2025-05-20 17:11\n",
        {"title": HEADLINE},
    ),
    "a share bar's 'tweet' under the stamp": (
        f"{HEADLINE}\n2025년 06월 10일 08:00 AM 미 동부 일광 절약 시간\n트윗\n공유\n이메일\n인쇄\n\n{STORY}",
        {"title": HEADLINE, "author": None},
    ),
    "a portal's prompt to subscribe over the headline": (
        "NAVER\n뉴스\n가상시티투데이\n구독\n가상시티투데이 언론사 구독 후 기사보기\n"
        f"{HEADLINE}\n입력2025.11.12. 오후 2:47\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a monthly's issue over the story's section": (
        f"월간 가상과학\n최신호\n로그인\n2025년 12월호 | 기술\n{HEADLINE}\n게재 2025.12.03\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a monthly's issue in brackets over its feature's name": (
        f"월간 가상자동화\n[2025년 7월호] 특집 | 제조 AI, 현장에 내리다\n{HEADLINE}\n입력 2025년 07월 01일 09:00\n\n"
        f"{STORY}",
        {"title": HEADLINE},
    ),
    "a release's contacts over its headline": (
        "가상정책연구원\n보도자료\n배포일시\n2025. 3. 17.(월)\n담당부서\n가상정책센터\n책임자\n"
        f"센터장 홍길동 (043-000-0000)\n담당자\n연구위원 김철수 (043-000-0001)\n{HEADLINE}\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a stamp labelled as posted online under a credit's line": (
        f"{HEADLINE}\n인터뷰·정리 홍길동 기자 | 사진 김철수 사진기자\n온라인 게재 2025-04-24 08:00\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "the outlet's name short of its last word before the reporter's, a beat under": (
        f"가상경제신문\n철도\n정책\n가상경제 홍길동 기자\n철도 운영·차량 정비 담당\n기사입력 2025-07-24 오후 2:35:10\n"
        f"{HEADLINE}\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a release's embargo and its sending, their labels spaced, over its contacts": (
        "가상부\n보도자료\n보도 일시 2025. 10. 1.(수) 12:00\n배포 일시 2025. 9. 30.(화) 14:00\n"
        f"※ 보도일시 이후 보도 가능\n담당 부서 가상정책과\n{HEADLINE}\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 1, 12, 0, tzinfo=KST)},
    ),
    "a bilingual board's English label of its day": (
        f"가상연구원\nResearch News\nDate 2025-12-10\nHits 1,024\n{HEADLINE}\n\n{STORY}",
        {"date": dt.date(2025, 12, 10)},
    ),
    "a magazine's day alone under the story's section, over its headline": (
        f"1stGASANG\nFASHION\nBEAUTY\nCULTURE\nPEOPLE\nCULTURE\n2025.04.22\n{HEADLINE}\n\n{STORY}",
        {"date": dt.date(2025, 4, 22)},
    ),
    "a monthly's issue and its day under the section, over the headline and the web's stamp": (
        "월간 가상\n커버스토리\nIT·과학\n인터뷰\nIT·과학\n2025년 12월호 (통권 312호) | 발행일 2025.11.25\n"
        f"{HEADLINE}\n글 | 홍길동 객원기자\n승인 2025.12.01 09:00\n\n{STORY}",
        {"date": dt.datetime(2025, 12, 1, 9, 0, tzinfo=KST)},
    ),
    "a magazine's credits in capitals by the day, after its standfirst": (
        f'{HEADLINE}\n"우유가 이틀 남았어요." 장을 보러 가기 전 냉장고가 먼저 말을 건다. '
        "AI 가전이 바꾼 집의 풍경을 살폈다.\n"
        f"EDITOR 홍길동\nPHOTOGRAPHER 김철수\n2025.11.03\n\n{STORY}",
        {"author": "홍길동"},
    ),
}


BOARD_TOP = "가상커뮤니티\n로그인\n자유게시판\n글쓰기\n목록\n"
# Sets 115-118: a board's, a blog's or a café's post that reposts a story whole, keeping its headline,
# stamp and byline; a feed reader's page; a portal's partner's copyright; more writers' credits.
PAGES_OF_SETS_115_TO_118 = {
    "a board's post that says it copied the story, over a rule": (
        f"{BOARD_TOP}기사 펌) 가상전자 AI 비서 출시\n칩돌이\n등록일: 2025-02-20 09:41\n조회수: 2,318\n"
        "어제 올라온 기사인데 정리가 잘 돼 있어서 퍼왔습니다. 문제 되면 지울게요.\n"
        "-----------------------------------\n"
        f"[가상인사이트] {HEADLINE}\n입력 2025.02.19 17:20\n홍길동 기자\n\n{STORY}"
        "<저작권자 © 가상인사이트, 무단 전재 및 재배포 금지>\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 2, 19, 17, 20, tzinfo=KST), "author": "홍길동"},
    ),
    "a board's post with the story's source in its field": (
        f"{BOARD_TOP}카카오톡에서 챗GPT를 바로 쓸 수 있게 된다네요\n작성자 : 골목사진사\n"
        "작성일 : 2025-07-08 13:02\n조회 : 2,314\n"
        f"출처 : 가상타임스\n[가상타임스] {HEADLINE}\n입력 2025.07.08 10:31\n가상타임스 홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 7, 8, 10, 31, tzinfo=KST), "author": "홍길동"},
    ),
    "a café's post: its source's field, then the poster's note over the story": (
        f"가상 카페\n카페 홈\n자유게시판\n[펌] {HEADLINE}\n봄날의햇살\n25.01.21 11:48\n조회 312\n출처 : 가상인사이드\n"
        "저희 회사도 내년 도입 얘기 나와서 퍼왔어요. 같이 읽어 보시고 의견 나눠요~\n"
        f"{HEADLINE}\n가상인사이드 홍길동 기자\n"
        f"기사입력 2025-01-21 오전 8:30\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 1, 21, 8, 30, tzinfo=KST), "author": "홍길동"},
    ),
    "a blog's post that copies the story as it ran": (
        f"블로그\n카테고리 이동\n테크하는 직장인\n[스크랩] {HEADLINE}\n쭈니\n2025. 6. 14. 21:37\n이웃추가\n"
        "오늘 퇴근길에 읽은 기사인데 재밌어서 스크랩해 둡니다 ㅎㅎ\n아래는 기사 원문 그대로 옮깁니다.\n────────────\n"
        f"{HEADLINE}\n홍길동 기자\n입력 2025.06.13 10:24\n\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 6, 13, 10, 24, tzinfo=KST), "author": "홍길동"},
    ),
    "a blog's post whose title is the story's, its source right over the story's stamp": (
        f"블로그\n카테고리 이동\n농부의 하루\n{HEADLINE}\n햇살농부\n2025. 4. 9. 21:13\n이웃추가\n"
        "우리 동네 얘기라 스크랩해 둡니다. 올해 신청하실 분들 참고하세요~\n출처: 가상비즈 (원문 보기)\n"
        f"[가상비즈] 2025-04-08 14:30 입력\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a portal's partner named after its copyright's mark": (
        f"{HEADLINE}\n2025. 9. 3. 오후 4:20\n\n{STORY}© 제공: 가상 이코노믹스\n",
        {"publisher": "가상 이코노믹스"},
    ),
    "a feed reader's folders and its list of a feed's items": (
        "Inoreader\nDashboard\nFeeds\nTech · KR (38)\n가상코리아 (12)\nMark all as read\n가상코리아 — 오늘 09:12\n"
        f"{HEADLINE}\nPublished: Wed, 03 Sep 2025 23:40:00 GMT\nBy 홍길동\n\n{STORY}가상일보 — 2h\n",
        {"title": HEADLINE},
    ),
    "a feed reader's search button over the item": (
        "Inoreader\nDashboard\nFeeds\nMark all as read\nSearch in this feed\n"
        f"{HEADLINE}\n가상경제뉴스 / 홍길동 · 2025-11-12 14:20 · 4 min read\nOpen original\n\n"
        f"{STORY}© 2025 Innologica\n",
        {"title": HEADLINE, "publisher": None},
    ),
    "a photo story's stamp labelled as sent": (
        f"{HEADLINE}\n전송 2025-10-15 14:37\n홍길동 기자\n\n{STORY}",
        {"date": dt.datetime(2025, 10, 15, 14, 37, tzinfo=KST), "author": "홍길동"},
    ),
    "two reporters credited for reporting on the spot": (
        f"{HEADLINE}\n현장 취재 홍길동·김철수 기자\n입력 2025.10.14 10:00\n\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a portal's count of subscribers and its note on the outlet's picks": (
        "NAVER\n뉴스\n가상스토리\n가상스토리 구독자 수 1.2만\n구독\n주요뉴스\n"
        "해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.\n"
        f"{HEADLINE}\n입력2025.08.19. 오후 3:12\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a writer's office between '글 =' and the name": (
        f"{HEADLINE}\n2025-09-16\n\n{STORY}글 = 대외협력처 홍길동\n사진 = 홍보팀\n",
        {"author": "홍길동"},
    ),
    "a byline in angle brackets under the stamp": (
        f"가상건축신문\n{HEADLINE}\n기사입력 2025/04/24 [10:33]\n<홍길동 기자>\n트위터\n페이스북\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a news programme's sign-off the registry does not know": (
        f"{HEADLINE}\n방송일 2025.05.29 (목)\n\n{STORY}가상방송 뉴스 홍길동입니다.\n",
        {"author": "홍길동"},
    ),
    "a reporter's name alone under a day's strip, and a blog's button": (
        f"가상희망신문\n{HEADLINE}\n2025-09-25 (목) 14:03\n홍길동\n공유\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a blog's button under its day's strip": (
        f"블로그\n{HEADLINE}\n2025. 6. 14. 21:37\n이웃추가\n\n{STORY}",
        {"author": None},
    ),
}


# Kept: what reviewer 36 found the rules of sets 111-118 first did wrong.
KEPT_BY_SETS_115_TO_118 = {
    "a sentence of the story ending in a word for news": (
        f"{HEADLINE}\n입력 2025.06.30 10:44\n\n{STORY}핵심은 가짜뉴스 문제입니다.\n결국 가짜뉴스 문제입니다.\n",
        {"author": None},
    ),
    "a board member's grade under the post's day": (
        f"{BOARD_TOP}{HEADLINE}\n2025-09-25 (목) 14:03\n정회원\n조회 1,204 | 추천 38\n\n{STORY}",
        {"author": None},
    ),
    "a region's tag under the stamp, over the reporter's byline": (
        f"가상지역신문\n{HEADLINE}\n2025.11.04 15:22\n강원도\n가상지역신문 홍길동 기자\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "the outlet's name short of its last word, of three letters": (
        f"테크엠코리아\n뉴스 AI 모바일\n{HEADLINE}\n테크엠 홍길동 기자\n입력 2025.04.21 13:05\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a photo's source between the headline and its deck": (
        f"{HEADLINE}\n출처 : 가상이미지뱅크\n메신저 안에서 일정 관리부터 선물 추천까지 대화로 처리\n홍길동 기자\n"
        f"입력 2025.06.30 10:44\n\n{STORY}",
        {"publisher": None},
    ),
    "an office credited with the photo after '글 :'": (
        f"{HEADLINE}\n2025-09-16\n\n{STORY}글 : 홍보팀 제공\n",
        {"author": None},
    ),
    "an English board's 'Date' after a bar": (
        "Gasang AI School\nAbout People Research News\nNews\nGasang team wins best paper at an LLM workshop\n"
        "Writer : Admin | Date : 2025-12-10 | Hit : 412\n"
        "A research team led by Professor Kim Ji-ho won the best paper award at a workshop on efficient inference.\n"
        "The team proposed a decoding method that cuts the latency of large language models by 41 percent.\n"
        "Copyright (C) Gasang AI School. All rights reserved.\n",
        {"published": dt.date(2025, 12, 10)},
    ),
    "a call centre's number and hours over the headline": (
        f"고객센터 1588-0000 (평일 09:00~18:00)\n{HEADLINE}\n홍길동 기자\n입력 2025.06.30 10:44\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a monthly's issue over a long section's name": (
        f"월간 가상\n2025년 12월호 | 테크놀로지 & 이노베이션 리포트\n{HEADLINE}\n글 홍길동\n2025.12.01\n\n{STORY}",
        {"title": HEADLINE},
    ),
}


# Sets 119-122: a curation app's and a translation bar's chrome, English copyright owners, a story's category field.
PAGES_OF_SETS_119_TO_122 = {
    "a story's category field over its headline": (
        f"가상치과신문\n기사 분류 : 치의학 > 디지털치의학\n{HEADLINE}\n입력 2025.03.05 10:20\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a think tank's commentary, its writer over the headline, its owner after 'by the'": (
        "GIPS\nGasang Institute for Policy Studies\nTopics\nRegions\nPrograms\nEvents\nAnalysis\nKorea Chair\n"
        "Commentary by Sarah Kim\nPublished March 12, 2025\nKorea's AI Act Enters Its Rulemaking Phase\n\n"
        "Korea's AI Basic Act takes effect next January, and its decrees are now being written.\n"
        "The rules will decide which systems count as high-impact and what their makers must disclose.\n"
        "© 2025 by the Gasang Institute for Policy Studies. All rights reserved.\n",
        {"title": "Korea's AI Act Enters Its Rulemaking Phase", "publisher": "Gasang Institute for Policy Studies"},
    ),
    "an English outlet whose name has an accent": (
        f"{HEADLINE}\n입력 2025.08.05 10:00\n\n{STORY}<Copyright © Gasang Exposé, All rights reserved.>\n",
        {"publisher": "Gasang Exposé"},
    ),
    "a curation app's note of who picked the story": (
        "Flipboard\n홍길동님이 '가상 뉴스 매거진'에 플립함 · 2일\n"
        f"{HEADLINE}\n가상투데이 · 2025-11-03 09:12:44\n김철수 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a curation app's page, its copyright the app's": (
        "Flipboard\nFor You\n뉴스\n기술\n+ 팔로우\nAI와 게임의 만남\n가상게임\n2일\n"
        f"{HEADLINE}\nFlip\n\n{STORY}Flipboard 앱에서 더 보기\n© 2025 Flipboard\n",
        {"publisher": None},
    ),
    "a section with the story's age over its headline": (
        f"가상신문\n사회 · 3시간 전\n{HEADLINE}\n홍길동 기자\n\n{STORY}입력 2025.06.30 10:44\n",
        {"title": HEADLINE},
    ),
    "a stamp's weekday bare between its day and time": (
        f"{HEADLINE}\n등록 2025.04.23 수 14:07\n홍길동 기자\n\n{STORY}",
        {"date": dt.datetime(2025, 4, 23, 14, 7, tzinfo=KST)},
    ),
    "a board's 'date' field under its issue's day": (
        "가상군민신문\n가상의 오늘과 내일을 기록합니다\n[제512호] 2025-02-24 (월)\nHOME\n지역소식\n행정\n게시판\n"
        f"번호 3187\n제목 {HEADLINE}\n글쓴이 관리자\n날짜 2025-02-24 10:15\n조회 418\n{STORY}",
        {"date": dt.datetime(2025, 2, 24, 10, 15, tzinfo=KST)},
    ),
    "two bureaus' places joined in the reporters' tag": (
        f"{HEADLINE}\n등록 2025.04.23 14:07\n\n[수원·의정부=홍길동·김철수 기자] {STORY}"
        "<저작권자 © 가상도일보 무단전재 및 재배포금지>\n",
        {"publisher": "가상도일보", "author": ["홍길동", "김철수"]},
    ),
    "a translation bar's note over a translated page": (
        "Google 번역\n원본 보기\n이 페이지는 Google 번역에 의해 번역되었습니다.\n"
        f"{HEADLINE}\n작성자: 홍길동\n게시됨 2025년 4월 9일\n\n{STORY}",
        {"body": STORY},
    ),
}


# Kept: what reviewer 35 found the rules of sets 111-114 first did wrong.
KEPT_BY_SETS_111_TO_114 = {
    "a headline with a span of years in it": (
        "가상테크뉴스\n뉴스\nIT\n앨런 튜링(1912-1954)의 질문, AI 시대에 다시 읽다\n"
        f"'생각하는 기계' 논쟁 75년…LLM이 튜링 테스트를 넘었나\n홍길동 기자\n입력 2025.06.23 09:12\n\n{STORY}",
        {"title": "앨런 튜링(1912-1954)의 질문, AI 시대에 다시 읽다"},
    ),
    "a headline after a monthly's issue and a bar": (
        "월간가상테크\n커버스토리\n기술\n2025년 12월호 | AI 반도체 전쟁, 한국의 다음 수는\n"
        f"글 정민호\n2025.12.01\n\n{STORY}",
        {"title": "2025년 12월호 | AI 반도체 전쟁, 한국의 다음 수는"},
    ),
    "a short headline under the site's name, over a menu and its deck": (
        "가상일보\n가상전자 AI 비서 정식 출시\n전체메뉴\n뉴스\nIT\n경제\n로그인\nEnglish\n"
        f"메신저 안에서 일정 관리부터 선물 추천까지 대화로 처리\n홍길동 기자\n입력 2025.08.11 07:00\n\n{STORY}",
        {"title": "가상전자 AI 비서 정식 출시"},
    ),
    "a story's stamp over a paper's DOI": (
        f"{HEADLINE}\n홍길동 기자\n입력 2025.03.05 10:20\nDOI : 10.1038/s41467-025-00000-0\n\n{STORY}",
        {"date": dt.datetime(2025, 3, 5, 10, 20, tzinfo=KST)},
    ),
    "an update's English label ending in the letters of 'Date'": (
        f"{HEADLINE}\nLast Update : 2025.05.02\n\n{STORY}글 홍길동\nPosted 2025.04.28\n",
        {"date": dt.date(2025, 4, 28)},
    ),
    "a product's release date in a review's spec box": (
        f"{HEADLINE}\n홍길동 기자\n제품명 : 가상북 프로\nRelease Date : 2025.01.02\n가격 : 219만 원\n\n{STORY}"
        "홍길동 기자 gildong@example.com\n기사입력 2025.02.14 10:00\n",
        {"date": dt.datetime(2025, 2, 14, 10, 0, tzinfo=KST)},
    ),
    "a day a story's sentence reports with a stamp's word": (
        f"{HEADLINE}\n홍길동 기자\n\n{STORY}연구 결과는 국제학술지 '셀'에 실렸다. (온라인 게시 2025년 2월 27일)\n"
        "업계는 후속 연구에 주목하고 있다.\n홍길동 기자 gildong@example.com\n기사입력 2025.03.06 09:00\n",
        {
            "date": dt.datetime(2025, 3, 6, 9, 0, tzinfo=KST),
            "lines": "연구 결과는 국제학술지 '셀'에 실렸다. (온라인 게시 2025년 2월 27일)",
        },
    ),
    "two reporters, the second's name beginning the site's": (
        f"이상훈닷컴\n홈\n뉴스\n{HEADLINE}\n김하늘 이상훈 기자\n입력 2025.10.14 08:00\n\n{STORY}",
        {"author": ["김하늘", "이상훈"]},
    ),
    "a magazine's teaser of another story, its editor by its day, under the story": (
        f"가상매거진\nTECH\nLIFE\nTECH\n{HEADLINE}\n사진 이도윤\n2025.10.20\n\n{STORY}RELATED\n"
        "퇴근 후 AI로 배우는 새로운 취미\nEDITOR 박지민\n2025.10.02\n"
        "요즘 20~30대 사이에서는 생성형 AI를 활용해 그림을 그리거나 음악을 만드는 취미가 늘고 있다.\n",
        {"author": None},
    ),
}


# A broadcast's script, the reporter named by the anchor only (its sign-off was not copied).
ON_AIR = (
    "가상방송\n뉴스\n{headline}\n등록 2025-03-04 19:52\n[앵커]\n"
    "오늘 새 학기가 시작되면서 AI 교과서 수업이 열렸습니다.\n"
    "현장에선 기대와 혼란이 엇갈렸습니다.\n{handoff}\n[기자]\n초등학교 3학년 영어 시간.\n"
    "학생들이 태블릿PC에 대고 영어 문장을 따라 읽자, 화면 속 AI 튜터가 발음을 고쳐줍니다.\n"
)
# A reporter's own letter, pasted from a web mail: its subject is the headline, its sections numbered.
LETTER = (
    "[가상레터] 노벨상이 AI를 택한 이틀\n받은편지함\n가상네트워크 <letter@gasang.network> 수신거부\n나에게\n"
    "2024년 10월 10일 (목) 오전 7:02\n이메일이 잘 보이지 않으면 웹에서 보기\n가상네트워크\n2024.10.10 | 제 187호\n"
    "안녕하세요, 가상네트워크 홍길동 기자입니다.\n"
    "이번 주 과학계의 가장 큰 뉴스는 단연 노벨상이었습니다. 오늘 레터는 노벨상이 AI를 택한 이틀을 돌아봅니다.\n"
    "① 물리학상: 인공신경망의 아버지들\n"
    "스웨덴 왕립과학원은 8일(현지시간) 두 교수를 올해 노벨 물리학상 수상자로 발표했습니다.\n"
    "두 교수는 1980년대에 정보를 저장하고 다시 불러오는 신경망을 고안했습니다. 오늘날 딥러닝의 출발점입니다.\n"
    "② 화학상: 단백질 구조를 푼 AI\n"
    "하루 뒤인 9일에는 화학상이 발표됐습니다. 단백질 구조를 예측하는 AI를 만든 연구자들이 받았습니다.\n"
    "Copyright © 가상네트워크. All rights reserved.\n"
)
# An English edition's page: its site's name over the breadcrumb, both stamps on one line.
ENGLISH_EDITION = (
    "The Korea Herald\nSubscribe\nNational\nBusiness\nKorea Herald Edu\nBusiness\nTech\n"
    "Gasang Electronics unveils AI inference chip for data centers\nBy Kim Min-ji\n"
    "Published : Jan 18, 2024 - 03:00       Updated : Jan 18, 2024 - 09:41\n"
    "Gasang Electronics CEO Hong Gil-dong presents the chip in Seoul on Wednesday. (Gasang Electronics)\n"
    "SEOUL -- Gasang Electronics on Wednesday unveiled an AI inference chip for data centers.\n"
    "The company said the chip uses a third of the power of rival products and will be mass-produced next year.\n"
    "Analysts said the launch marks the firm's first attempt to sell chips outside its own group.\n"
)
# A letter carrying a story, under its greeting, a relative day the story's only date.
LETTER_CARRYING = (
    "가상레터 <letter@gasang.kr> 수신거부\n나에게\n2024년 10월 10일 (목) 오전 7:02\n"
    "이메일이 잘 보이지 않으면 웹에서 보기\n안녕하세요, 가상레터입니다. 이번 주에 읽을 기사를 보내드립니다.\n"
    "노벨 물리학상에 AI 선구자 두 명\n"
    "스웨덴 왕립과학원은 8일(현지시간) AI의 토대를 놓은 두 교수를 올해 노벨 물리학상 수상자로 발표했다.\n"
    "두 교수는 1980년대에 정보를 저장하고 다시 불러오는 신경망을 고안했다.\n"
    "과학계는 AI 연구가 물리학상을 받은 것을 이례적인 일로 평가했다.\nCopyright © 가상레터. All rights reserved.\n"
)
PAGES_OF_SETS_123_TO_126 = {
    "a broadcast's reporter whom the anchor hands over to, where he went": (
        ON_AIR.format(headline=HEADLINE, handoff="김하늘 기자가 교실에 가봤습니다."),
        {"author": "김하늘"},
    ),
    "a broadcast's reporter whom the anchor hands over to, with a scoop": (
        ON_AIR.format(headline=HEADLINE, handoff="김하늘 기자가 단독 보도합니다."),
        {"author": "김하늘"},
    ),
    "a portal's label of who wrote the story it carries": (
        f"MSN\n뉴스\n가상일보\n{HEADLINE}\n스토리: 홍길동\n•\n1일\n•\n읽는 시간 2분\n{STORY}"
        "관련 비디오: AI 비서 앞세운 통신사들…가입자 쟁탈전 (가상뉴스TV)\n업계는 후속 서비스에 주목하고 있다.\n"
        "가상일보에서 더 보기\n",
        {"author": "홍길동", "body": f"{STORY}업계는 후속 서비스에 주목하고 있다."},
    ),
    "a reporter's letter, its subject the headline and its greeting the writer": (
        LETTER,
        {
            "title": "[가상레터] 노벨상이 AI를 택한 이틀",
            "author": "홍길동",
            # (The time the mail shows it sent: the letter is the story, and says it sends no other.)
            "published": dt.datetime(2024, 10, 10, 7, 2, tzinfo=KST),
        },
    ),
    "a letter carrying a story whose day only the letter's bounds": (
        LETTER_CARRYING,
        {"publisher": "가상레터", "date": dt.date(2024, 10, 9), "draft": None},
    ),
    "a letter that is the story, a relative day its only date": (
        "[가상레터] 노벨상이 AI를 택한 이틀\n받은편지함\n"
        + LETTER_CARRYING.replace("노벨 물리학상에 AI 선구자 두 명\n", ""),
        {"publisher": "가상레터", "draft": True},
    ),
    "a column signed in brackets at the end of its last paragraph": (
        "가상일보\n[가상칼럼] AI 전환의 원년이 되려면\n입력 : 2026. 01. 06(화) 00:00\n\n"
        "새해 신년사마다 인공지능(AI)이 빠지지 않는다. 도 역시 올해를 AI 전환의 원년으로 삼겠다고 밝혔다.\n"
        "구호는 충분하다. 문제는 무엇을 AI로 바꿀 것인가다.\n"
        "원년이라는 말은 시작을 뜻한다. 연말 성적표가 변화이기를 기대한다. <홍길동 가상대학교 컴퓨터공학과 교수>\n"
        "관련기사\n",
        {
            "author": "홍길동",
            "lines": "원년이라는 말은 시작을 뜻한다. 연말 성적표가 변화이기를 기대한다.",
        },
    ),
    "an English edition's site over its breadcrumb, its stamps on one line, caption and dateline": (
        ENGLISH_EDITION,
        {
            "title": "Gasang Electronics unveils AI inference chip for data centers",
            "date": dt.datetime(2024, 1, 18, 3, 0, tzinfo=KST),
            "body": "Gasang Electronics on Wednesday unveiled an AI inference chip for data centers.\n"
            "The company said the chip uses a third of the power of rival products and will be "
            "mass-produced next year.\nAnalysts said the launch marks the firm's first attempt to sell chips outside "
            "its own group.",
        },
    ),
    "a Japanese page's stamp": (
        "ソフトバンクG、オープンAIと合弁 企業向けAIに年4500億円\n2025年2月3日 18:52 (2025年2月3日 20:15更新)\n"
        "ソフトバンクグループは3日、米オープンAIと企業向けのAIサービスを手がける合弁会社を設立すると発表した。\n"
        "企業の業務を自律的にこなすAIを日本の大企業向けに独占的に販売する。\n",
        {"date": dt.datetime(2025, 2, 3, 18, 52, tzinfo=KST)},
    ),
    "a loan advert between paragraphs, its address a bare .kr one": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}"
        "☞ 빠른 대출 당일 입금 ☎ 신용불량자·무직자 가능 ☞ loan-gasang24.kr\n"
        "업계는 후속 서비스에 주목하고 있다.\n",
        {"body": f"{STORY}업계는 후속 서비스에 주목하고 있다."},
    ),
    "a broadcast's note on quoting its interview": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}"
        "* 인터뷰를 인용보도할 때는 프로그램명 '가상라디오 <홍길동의 뉴스쇼>'를 정확히 밝혀주시기 바랍니다.\n"
        "업계는 후속 서비스에 주목하고 있다.\n",
        {"body": f"{STORY}업계는 후속 서비스에 주목하고 있다."},
    ),
}


# A photo page whose story is its captions, each credited.
PHOTO_CAPTIONS = (
    "19일 오후 한 부품 공장에서 AI 비전 검사 장비가 부품의 불량 여부를 판별하고 있다.",
    "이 공장은 AI 자율제조 실증 기업으로, 불량 검출 시간이 40% 줄었다.",
    "도는 올해 산업단지 입주 기업 10곳을 실증 기업으로 선정했다.",
)
PAGES_OF_SETS_127_TO_130 = {
    "a Japanese page's stamp, its hour and minute in kanji": (
        "AI法が成立 研究開発と活用を推進\n2025年5月28日 12時07分\nシェアする\n"
        "AIの研究開発と活用を推進するための新たな法律が、28日の参議院本会議で可決・成立しました。\n"
        "国が基本計画を策定するほか、悪質な事業者を調査することなどが盛り込まれています。\n",
        {"date": dt.datetime(2025, 5, 28, 12, 7, tzinfo=KST)},
    ),
    "a photo page whose story is its captions, each credited": (
        "가상도민일보\n포토\n[포토] 부품공장에 AI 자율제조 라인\n기자명 홍길동 기자\n입력 2024.06.19 17:21\n"
        + "".join(f"{caption} /홍길동 기자\n" for caption in PHOTO_CAPTIONS)
        + "저작권자 © 가상도민일보 무단전재 및 재배포 금지\n",
        {"author": "홍길동", "body": "\n".join(PHOTO_CAPTIONS)},
    ),
    "adverts to a messenger's account, with no address or number": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}"
        "【급전】 무직자 주부 대학생 당일 비대면 소액대출 상담 ☎ 카톡 LOAN8282 24시간\n"
        "★ 정품 가상약 당일배송 ★ 처방전 없이 익명 구매 ☎ 카톡 gasang24 ★\n"
        "19금 성인 무료채팅 ♥ 인증 없이 바로 만남 → gasang-talk.kr\n"
        "업계는 후속 서비스에 주목하고 있다.\n",
        {"body": f"{STORY}업계는 후속 서비스에 주목하고 있다."},
    ),
    "a company's newsroom, its name in capitals over the release": (
        f"GS gasang NEWSROOM\nPRESS\n{HEADLINE}\n2025.10.28\n{STORY}Copyright © GS gasang Inc. All Rights Reserved.\n",
        {"title": HEADLINE},
    ),
    "a portal's word that the outlet was followed, over the headline": (
        "NAVER\n뉴스\n가상주간\n구독\n가상주간 언론사 구독 되었습니다. 메인 뉴스판에서 가상주간 뉴스를 만나보세요.\n"
        f"PICK 안내\n{HEADLINE}\n입력2024.06.20. 오전 10:00\n홍길동 기자\n\n{STORY}",
        {"title": HEADLINE},
    ),
    "a writer in Latin letters over the post": (
        f"Gasang Korea\n{HEADLINE}\nJane Whitfield\nSenior Writer\n2026년 1월 13일\n\n{STORY}",
        {"author": "Jane Whitfield"},
    ),
    "a writer by the story's day, in words": (
        f"Gasangum\n{HEADLINE}\n홍길동 · 2024년 08월 21일\n공유\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a writer by the account's name, the person's after it": (
        f"가상게임\n{HEADLINE}\n루미너스 (홍길동 기자)\n2025-04-24 17:41:06\n조회 3,812\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a portal's copy, the outlet under the headline and in the lede's tag": (
        f"Nate\n뉴스\n{HEADLINE}\n가상이코노미\n기사전송 2023-11-21 10:21\n\n[가상이코노미] {STORY}",
        {"publisher": "가상이코노미"},
    ),
    "a portal's copy of an outlet named with a digit": (
        f"ZUM\n뉴스\n{HEADLINE}\n1가상뉴스\n2025.02.18 14:20\n\n[1가상뉴스=홍길동 기자] {STORY}",
        {"publisher": "1가상뉴스", "author": "홍길동"},
    ),
}


# Pages like those of sets 123-130 where the rules made for them must not fire (a reviewer's).
KEPT_BY_SETS_123_TO_130 = {
    "a story's sentence on a reporter is no anchor's hand-off": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}올해 가상언론상 대상은 탐사보도 팀에 돌아갔다.\n"
        "김하늘 기자가 올해 대상을 받았습니다.\n",
        {"author": None},
    ),
    "a broadcast's sign-off over the anchor's teaser of the next report": (
        "가상방송\n뉴스\n{HEADLINE}\n등록 2025-03-04 19:52\n[앵커]\n오늘 AI 교과서 수업이 열렸습니다.\n[기자]\n"
        "학생들이 태블릿PC로 영어 문장을 따라 읽었습니다.\n가상방송 뉴스 박준호입니다.\n[앵커]\n"
        "다음 소식입니다.\n김하늘 기자가 이어서 전합니다.\n".replace("{HEADLINE}", HEADLINE),
        {"author": "박준호"},
    ),
    "a review's field named like a portal's label": (
        f"가상게임즈\n{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}스토리: 탄탄\n그래픽: 화려함\n",
        {"author": None, "lines": "스토리: 탄탄"},
    ),
    "English asides between dashes": (
        "The Korea Herald\nNvidia's market value tops $4 trillion\nBy Kim Da-eun\nPublished : Jul 10, 2025 - 09:00\n"
        "NVIDIA -- the world's most valuable chipmaker -- saw its shares rise again on Wednesday.\n"
        "KAIST -- which already runs an AI graduate school -- said it would train chip designers.\n",
        {
            "body": "NVIDIA -- the world's most valuable chipmaker -- saw its shares rise again on Wednesday.\n"
            "KAIST -- which already runs an AI graduate school -- said it would train chip designers."
        },
    ),
    "a wire's last paragraph, credited in brackets": (
        "The Korea Herald\nKorea to fund GPUs for startups\nBy Kim Da-eun\nPublished : Jul 10, 2025 - 09:00\n"
        "SEOUL -- The government will fund 10,000 GPUs for startups this year.\n"
        "Applications open next month, the ministry said. (Yonhap)\n",
        {"lines": "Applications open next month, the ministry said. (Yonhap)"},
    ),
    "public and labelled help lines, addresses in brackets": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}▶신청·상담: 정부24(gov.kr) ☎ 국번 없이 120\n"
        "▶피해 상담: 카카오톡 gasang_help (24시간 무료·익명·실시간 상담)\n"
        "실시간 통역 30일 무료 체험, 연간 구독 할인 등 자세한 내용은 누리집(gasangtalk.kr) 참고\n",
        {
            "lines": "▶신청·상담: 정부24(gov.kr) ☎ 국번 없이 120\n"
            "▶피해 상담: 카카오톡 gasang_help (24시간 무료·익명·실시간 상담)\n"
            "실시간 통역 30일 무료 체험, 연간 구독 할인 등 자세한 내용은 누리집(gasangtalk.kr) 참고"
        },
    ),
    "a story's list of the adverts it reports": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}경찰이 공개한 광고 사례들에는 공통점이 있었다.\n"
        "▲무직자·신용불량자 당일 대출, 카톡 LOAN24\n두 광고 모두 불법 대부업체가 올린 것이다.\n",
        {"lines": "▲무직자·신용불량자 당일 대출, 카톡 LOAN24"},
    ),
    "a caption's person and photographer": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n박민수 기자\n김철수 (홍길동 기자)\n\n{STORY}",
        {"author": "박민수"},
    ),
    "a story quoting a broadcast's note on quoting": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}"
        '가상라디오는 "인터뷰를 인용보도할 때는 이름을 밝혀주시기 바랍니다"라는 문구를 붙여 왔다.\n',
        {"lines": '가상라디오는 "인터뷰를 인용보도할 때는 이름을 밝혀주시기 바랍니다"라는 문구를 붙여 왔다.'},
    ),
    "an English headline about a newsroom": (
        "The Korea Herald\nSubscribe\nNational\nBusiness\nTech\nGasang launches AI Newsroom\nBy Kim Da-eun\n"
        "Published : Jul 10, 2025 - 09:00\n"
        "SEOUL -- Gasang News on Thursday launched an AI newsroom that drafts market reports.\n",
        {"title": "Gasang launches AI Newsroom"},
    ),
    "a book's details in brackets after a review's last sentence": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n{STORY}"
        "AI 시대의 글쓰기가 궁금한 독자라면 읽어볼 만하다. <김영희 지음, 가상출판사, 1만8000원>\n",
        {"lines": "AI 시대의 글쓰기가 궁금한 독자라면 읽어볼 만하다. <김영희 지음, 가상출판사, 1만8000원>"},
    ),
}

PAGES_OF_SETS_131_TO_134 = {
    "a milestone's model named only to measure another against it": (
        "오픈AI, 'GPT-4.1' 공개…코딩 성능 대폭 개선\n"
        "오픈AI는 14일(현지시간) 온라인 생중계를 통해 개발자용 모델 GPT-4.1을 공개했다.\n"
        "GPT-4.1은 코딩 평가에서 GPT-4o보다 21%포인트 높은 점수를 받았다.\n"
        "기존 GPT-4o의 문맥 길이는 12만8000 토큰이었다.\nCopyright © 가상일보. All rights reserved.\n",
        {"published": HELD},
    ),
    "a model of a milestone's family by a name of its own": (
        "네이버, 경량 AI '하이퍼클로바X 시드' 오픈소스 공개\n"
        "네이버클라우드는 24일 '하이퍼클로바X 시드(SEED)' 3종을 허깅페이스에 공개했다고 밝혔다.\n"
        "연구 목적은 물론 상업적 용도로도 무료로 쓸 수 있다.\nCopyright © 가상일보. All rights reserved.\n",
        {"published": HELD},
    ),
    "a board's post of a story, its poster, time and masked address over the story's address": (
        "가상커뮤니티\n모두의공원\n새로운소식\n로그인\n"
        f"{HEADLINE}\n12\n가상닉네임\nIP 118.235.▲.▲\n2025-10-29 08:12:47 / 수정일: 2025-10-29 08:15:03\n조회 4,512\n"
        "https://www.gasangilbo.com/news/view/2025102816105421368\n\n[가상일보 / 홍길동 기자] " + STORY,
        {"author": "홍길동", "date": dt.date(2025, 10, 28)},
    ),
    "a portal's age and reading time over the headline, its writer's label unspaced": (
        f"MSN\n뉴스\n가상일보\n16시간 • 2분 동안 읽기\n{HEADLINE}\n스토리 작성자 홍길동\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a translated page's role before the name, its share button in words": (
        f"가상포스트\n소식\nLog in\n{HEADLINE}\n기자 홍길동\n2025년 2월 27일 오전 7:02 (KST)\n공유하다\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "an outlet's name before its desk's place in the dateline": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n\n[가상신문=대전] 홍길동 기자 = {STORY}",
        {"publisher": "가상신문", "author": "홍길동"},
    ),
    "the outlet's name and slogan as a browser's tab shows them": (
        f"강원일보 - 강원도를 여는 가상 신문\n메뉴 열기\n{HEADLINE}\n2025-10-28     홍길동 기자\n\n{STORY}",
        {"title": HEADLINE, "publisher": "강원일보"},
    ),
    "a columnist's name and post by the stamp": (
        f"가상한국\n{HEADLINE}\n홍길동 디지털마케팅 칼럼니스트 | 2024.09.12(목) 10:13:42\n\n{STORY}",
        {"author": "홍길동"},
    ),
    "a group's title atop the page, its reporter on the group's mail in square brackets": (
        f"코리아 중앙 데일리\n구독하다\n{HEADLINE}\n게시됨: 2025년 3월 18일 17:10\n"
        f"작성자: 홍길동 [gildong@joongang.co.kr]\n\n{STORY}",
        {"publisher": "코리아중앙데일리", "author": "홍길동"},
    ),
}

# Pages like those of sets 131-134 where the rules made for them must not fire (a reviewer's).
KEPT_BY_SETS_131_TO_134 = {
    "a milestone's launch, its name glossed in the quotation marks": (
        "오픈AI, 'GPT-4o' 공개…말하고 보는 AI\n"
        "오픈AI는 13일(현지시간) 새 AI 모델 'GPT-4o(옴니)'를 공개했다.\n"
        "새 모델은 음성과 이미지를 실시간으로 이해한다.\nCopyright © 가상일보. All rights reserved.\n",
        {"date": dt.date(2024, 5, 14)},
    ),
    "a board's post of the poster's own text": (
        "가상커뮤니티\n자유게시판\n로그인\n요즘 회사에서 챗GPT 쓰는 거 어디까지 허용되나요\nAI좋아\n"
        "2025-03-12 21:47:05\nIP 211.36.▲.▲\n조회 1,284\n"
        "저희 팀은 이번 달부터 사내에서 챗GPT 사용을 전면 허용했습니다.\n"
        "대신 고객 정보나 소스코드는 절대 넣지 말라는 보안 서약서를 따로 받더라고요.\n",
        {"date": dt.datetime(2025, 3, 12, 21, 47, tzinfo=KST)},
    ),
    "a board's post of the poster's own text, a related story's address under its header": (
        "가상커뮤니티\n자유게시판\n로그인\n요즘 회사에서 챗GPT 쓰는 거 어디까지 허용되나요\nAI좋아\n"
        "2025-03-12 21:47:05\nIP 211.36.▲.▲\n조회 1,284\nhttps://www.gasangilbo.com/news/view/2025031109153312345\n"
        "저희 팀은 이번 달부터 사내에서 챗GPT 사용을 전면 허용했습니다.\n"
        "대신 고객 정보나 소스코드는 절대 넣지 말라는 보안 서약서를 따로 받더라고요.\n",
        {"date": dt.datetime(2025, 3, 12, 21, 47, tzinfo=KST)},
    ),
    "a story's address under its headline, drafted the night before the date line": (
        f"가상일보\n{HEADLINE}\nhttps://www.gasangilbo.com/news/view/2025102718223412345\n2025.10.28 06:00\n{STORY}"
        "Copyright © 가상일보. All rights reserved.\n",
        {"draft": None, "date": dt.datetime(2025, 10, 28, 6, 0, tzinfo=KST)},
    ),
    "a story's list of winners by their roles": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n김영희 기자\n\n{STORY}수상자 명단은 다음과 같다.\n대상\n기자 홍길동\n"
        "우수상\n기자 박철민\n",
        {"author": "김영희", "lines": "기자 홍길동\n기자 박철민"},
    ),
    "an outlet's name before a headline that names the news": (
        f"전자신문 - 가상전자, AI 뉴스 요약 서비스 전면 도입\n입력 2025.10.28 14:31\n\n{STORY}",
        {"title": "전자신문 - 가상전자, AI 뉴스 요약 서비스 전면 도입"},
    ),
    "a list of related columns by their writers and days": (
        f"가상한국\n칼럼\n{HEADLINE}\n2024.09.12 10:13\n{STORY}홍길동 가상대 법학전문대학원 교수\n관련 칼럼\n"
        "김철수 AI정책 칼럼니스트 | 2024.08.29\nAI 기본법, 규제인가 진흥인가\n",
        {"author": None},
    ),
    "a sister title atop the page, the copyright line naming the group's paper": (
        f"뉴스 1\n머니투데이\nIT\n{HEADLINE}\n2025.03.12 14:05\n홍길동 기자 gildong@mt.co.kr\n{STORY}"
        "<저작권자 ⓒ 머니투데이, 무단전재 및 재배포 금지>\n",
        {"publisher": "머니투데이"},
    ),
}

PAGES_OF_SETS_135_TO_138 = {
    "a stamp glued to the next one's label": (
        f"가상뉴스\n{HEADLINE}\n홍길동(gildong)\n25.10.28 14:31최종 업데이트 25.10.28 15:02\n\n{STORY}",
        {
            "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST),
            "updated": dt.datetime(2025, 10, 28, 15, 2, tzinfo=KST),
            "author": "홍길동",  # (the name over it, with the site's account: a byline by a stamp)
        },
    ),
}

# Kinds of page from sets 143-146 (dates in every form).
PAGES_OF_SETS_143_TO_146 = {
    "a loan advert with a masked mobile number over the headline": (
        "가상펭귄\n기후변화\n☞ 당일 입금 무서류 대출 ☜ 신용등급 상관없이 최대 500만원 → 상담 010-8xx3-2xx1\n"
        f"{HEADLINE}\n"
        f"홍길동 기자\n입력 2024.08.21 10:00\n{STORY}",
        {"title": HEADLINE},
    ),
    "an English story that says 'copyright law'": (
        f"Gasang Weekly\n{ENGLISH_HEADLINE}\nBy Kim Min-su, Staff reporter\nMarch 4, 2025\n{ENGLISH_STORY}"
        "Developers will have to comply with EU copyright law. The rules apply from 2026.\n",
        {"lines": "Developers will have to comply with EU copyright law. The rules apply from 2026."},
    ),
    "a correction of the day's paper over the headline": (
        f"가상일보\nHOME > 국방\n[바로잡습니다] 10월 9일자 2면 「{HEADLINE}」 기사 중 "
        "'8개 대대'를 '8개 부대'로 바로잡습니다.\n"
        f"{HEADLINE}\n입력 2024.10.08 17:05\n홍길동 기자\n{STORY}",
        {"title": HEADLINE},
    ),
    "a print edition's day over the online stamp, neither labelled": (
        f"가상일보\n{HEADLINE}\n2024.10.09 지면 2면\n글자크기\n2024. 10. 08   17:05\n홍길동 기자\n{STORY}",
        {"date": dt.datetime(2024, 10, 8, 17, 5, tzinfo=KST)},
    ),
    "a photo story's headline, marked at its end, right over its stamp": (
        f"OSEN\n연예\n포토\nAI NPC와 대화하는 관람객 [사진]\n발행 2024.11.14 14:32\n[OSEN=부산, 홍길동 기자] {STORY}",
        {"title": "AI NPC와 대화하는 관람객 [사진]"},
    ),
    "a letter's name over its story, the mail's subject the name and the headline": (
        "Gasang AI+: Apple's AI pitch is privacy\n받은편지함\nGasang AI+ <ai@gasang.example> 수신거부\n나에게\n"
        f"2024년 6월 11일 (화) 오후 9:02\nView in browser\nGasang AI+\nBy Megan Rourke · Jun 11, 2024\n{ENGLISH_STORY}",
        {"title": "Gasang AI+: Apple's AI pitch is privacy"},
    ),
    # Their innocent look-alikes, from the review of the rules above.
    "a photo's caption so marked over the headline": (
        f"가상일보\n산업\nCES 2025 개막 앞둔 라스베이거스 컨벤션센터 전경 [사진]\n{HEADLINE}\n"
        f"입력 2025.01.05 10:00\n{STORY}",
        {"title": HEADLINE},
    ),
    "a span of years beside a bank's loans, in a bracket": (
        f"가상일보\n{HEADLINE}\n입력 2024.10.08 17:05\n{STORY}(1876-1910년 객주·은행의 대출·입금 장부 120여점 전시)\n",
        {"lines": "(1876-1910년 객주·은행의 대출·입금 장부 120여점 전시)"},
    ),
    "a copyright line in lower case before its mark": (
        f"가상테크\n{HEADLINE}\n입력 2024.10.08 17:05\n{STORY}copyright ⓒ 2024 가상테크\n",
        {"publisher": "가상테크"},
    ),
    "an English story's sentence that opens with 'Copyright'": (
        f"The Korea Herald\n{ENGLISH_HEADLINE}\nBy Kim Min-su\nPublished : March 4, 2025 - 15:30\n{ENGLISH_STORY}"
        "Copyright holders in Korea have struggled to prove that their works were used in training.\n",
        {"lines": "Copyright holders in Korea have struggled to prove that their works were used in training."},
    ),
    "a correction page, the correction its text": (
        "가상일보\nHOME > 오피니언 > 바로잡습니다\n[바로잡습니다] 10월 9일자 2면 「軍, 드론사령부 예하 8개 대대 창설」 "
        "기사 중 '8개 대대'를 '8개 부대'로 바로잡습니다.\n입력 2024.10.10 06:00\n"
        "ⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"date": dt.datetime(2024, 10, 10, 6, 0, tzinfo=KST)},  # (not refused: 'no article text found')
    ),
    "a print edition's day with the online stamp on its line, a bare day after the story": (
        f"가상일보\n{HEADLINE}\n2024.10.08 17:05 | 지면 A12면\n홍길동 기자\n{STORY}홍길동 기자 gdhong@gasang.example\n"
        "2024.10.07\nⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"date": dt.datetime(2024, 10, 8, 17, 5, tzinfo=KST)},
    ),
    "a print edition's day over the story, another stamp under its sign-off": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n2024.10.11 지면 1면\n{STORY}홍길동 기자 gdhong@gasang.example\n"
        "2024. 10. 10   09:12\nⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"date": dt.date(2024, 10, 11), "draft": None},
    ),
}

# Kinds of page from sets 139-142 (and 137's misses, mended with them).
PAGES_OF_SETS_139_TO_142 = {
    "a byline with no brackets glued before the lede": (
        f"가상뉴스\n{HEADLINE}\n입력 2025.10.28 14:31\n가상뉴스 홍길동·김철수 기자 {STORY}",
        {"author": ["홍길동", "김철수"], "lines": STORY.split("\n")[0]},
    ),
    "an English page's link to skip to its content, and a byline with its stamp after a dash": (
        f"Skip to content\nThe Korea Herald\nSubscribe\nNews\nPolitics\n{ENGLISH_HEADLINE}\n"
        f"By Kim Min-su - 2024.05.08 3:00pm\nShare\n{ENGLISH_STORY}",
        {"title": ENGLISH_HEADLINE, "author": "Kim Min-su", "date": dt.datetime(2024, 5, 8, 15, 0, tzinfo=KST)},
    ),
    "an English edition's writers in capitals over their post": (
        f"The Korea Herald\nNews\n{ENGLISH_HEADLINE}\nKENJI MORITA and SHIN HYE-JIN, Gasang staff writers\n"
        f"March 4, 2025 15:30 JST\n{ENGLISH_STORY}",
        {"author": ["Kenji Morita", "Shin Hye-jin"]},
    ),
    "an English edition's byline in capitals, the address in brackets": (
        f"The Korea Herald\nNews\n{ENGLISH_HEADLINE}\nBY LEE HO-JEONG [lee.hojeong@gasang.co.kr]\n"
        f"Published : March 4, 2025 - 15:30\n{ENGLISH_STORY}",
        {"author": "Lee Ho-jeong"},
    ),
    "one English word, a topic, over an English headline": (
        f"Gasang Asia\nLog in\nLatest\nBusiness\nTech\nSemiconductors\n{ENGLISH_HEADLINE}\n"
        f"March 4, 2025 15:30 JST\n{ENGLISH_STORY}",
        {"title": ENGLISH_HEADLINE},
    ),
    "a print view under the outlet's name with its English name in brackets": (
        f"가상비즈뉴스(GasangBizNews)\n{HEADLINE}\n카카오톡에서 바로 쓰는 챗GPT…별도 앱 설치 필요 없어\n"
        f"홍길동 기자 | 승인2024.07.17 15:21\n[가상비즈뉴스 홍길동 기자] {STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a correspondent's place before the name, signing the story": (
        f"가상일보\n{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}워싱턴 홍길동 특파원\n",
        {"author": "홍길동"},
    ),
    "a writer's credit set apart by a dot": (
        f"가상일보\n{HEADLINE}\n글 · 홍길동 객원기자\n입력 2025.10.28 14:31\n{STORY}",
        {"author": "홍길동"},
    ),
    # Their innocent look-alikes, from the review of the rules above.
    "a lede that opens with an outlet's reporter in its sentence": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n"
        "연합뉴스 김민석 기자 출신인 김 전 앵커는 28일 당 대변인에 내정됐다.\n그는 20년 가까이 방송 기자로 일했다.\n",
        {"author": "홍길동", "lines": "연합뉴스 김민석 기자 출신인 김 전 앵커는 28일 당 대변인에 내정됐다."},
    ),
    "a correspondent's place in a byline glued before the lede": (
        f"다음뉴스\n{HEADLINE}\nCBS노컷뉴스\n입력 2025.10.28 14:31\nCBS노컷뉴스 워싱턴 홍길동 특파원 {STORY}",
        {"author": "홍길동"},
    ),
    "two reporters set apart by a space, one's family name not a common one": (
        f"가상일보\n{HEADLINE}\n나현준 김지훈 기자\n입력 2025.10.28 14:31\n{STORY}",
        {"author": ["나현준", "김지훈"]},
    ),
    "a writer's credit with the same writer's photos": (
        f"가상매거진\n{HEADLINE}\n글 · 사진 김철수 기자\n입력 2025.10.28 14:31\n{STORY}",
        {"author": "김철수"},
    ),
    "a Korean wire's service in Chinese, named in Chinese": (
        "韩联社\n首页\n韩国\n韩国政府拟投入千亿韩元支持AI半导体研发\n2024-05-15 14:30\n"
        "韩联社首尔5月15日电 韩国科学技术信息通信部15日表示，"
        "为提升人工智能半导体竞争力，政府计划投入约1000亿韩元支持相关研发项目。\n"
        "据悉，该项目将重点支持神经网络处理器和存内计算芯片的设计与验证。\n",
        {"publisher": "연합뉴스", "date": dt.datetime(2024, 5, 15, 14, 30, tzinfo=KST)},
    ),
    "a page in Chinese that names Seoul's time": (
        "加商新闻\n韩国政府发布人工智能基本计划\n发布时间 : 2024.05.21 20:00 首尔时间\n"
        "韩国政府21日发布人工智能基本计划，提出到2027年跻身全球人工智能三强的目标。\n"
        "计划包括扩充算力基础设施、培养专业人才以及完善相关法律制度等内容。\n",
        {"date": dt.datetime(2024, 5, 21, 20, 0, tzinfo=KST)},
    ),
    "a letter forwarded with its headers under a rule, the forwarder's time over them": (
        "FW: [가상레터] 노벨상이 AI를 택한 이틀\n받은편지함\n김철수 <cskim@company.example>\n나에게\n"
        "2024년 10월 14일 (월) 오후 5:47\n팀원분들 참고하세요.\n________________________________\n"
        "보낸 사람: 가상네트워크 <letter@gasang.network>\n보낸 날짜: 2024년 10월 10일 목요일 오전 7:02\n"
        "받는 사람: 김철수\n제목: [가상레터] 노벨상이 AI를 택한 이틀\n이메일이 잘 보이지 않으면 웹에서 보기\n"
        "가상네트워크\n안녕하세요, 가상네트워크 홍길동 기자입니다.\n"
        "스웨덴 왕립과학원은 8일(현지시간) 두 교수를 올해 노벨 물리학상 수상자로 발표했습니다.\n"
        "두 교수는 1980년대에 정보를 저장하고 다시 불러오는 신경망을 고안했습니다.\n"
        "Copyright © 가상네트워크. All rights reserved.\n",
        {"publisher": "가상네트워크", "draft": True},  # (not published at the forwarder's time)
    ),
    "a letter whose story prints its own day under its headline": (
        "[가상레터] 딥시크, 엔비디아를 흔들다\n받은편지함\n가상레터 <letter@gasang.kr> 수신거부\n나에게\n"
        "2025년 1월 31일 (금) 오전 6:59\n이메일이 잘 보이지 않으면 웹에서 보기\n"
        "뉴니커, 오늘은 중국 AI 스타트업 이야기를 가져왔어.\n딥시크, 엔비디아를 흔들다\n2025.01.28\n"
        "중국 스타트업 딥시크가 내놓은 AI 모델이 미국 주식시장을 뒤흔들었어.\n"
        "지난 27일(현지시간) 엔비디아 주가는 하루 만에 17% 가까이 떨어졌어.\n",
        {"date": dt.date(2025, 1, 28)},
    ),
    "a page in Chinese, stamped with Beijing's time": (
        "财新网\n科技\nDeepSeek冲击波：英伟达市值单日蒸发近6000亿美元\n2025年01月28日 18:32\n"
        "中国人工智能公司深度求索发布的新模型引发市场震动，美国芯片巨头英伟达股价当日大幅下跌。\n"
        "分析人士认为，低成本训练方法的出现让投资者重新评估人工智能基础设施的投资前景。\n",
        {"date": dt.datetime(2025, 1, 28, 19, 32, tzinfo=KST)},
    ),
}


def test_a_seed_named_after_its_site_and_another_outlet_is_not_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A site the registry does not know, named first in the file name and atop the page, publishes a
    translation of a column of another outlet the file name names next: that outlet is not the publisher."""
    page = f"가상페퍼민트\nGasangPeppermint\n홈\n경제\n{HEADLINE}\n2025년 6월 2일\n원문 The New York Times\n{STORY}"
    fm, _, _ = ingest_page(tmp_path, capsys, page, "13904_gasangpeppermint_nyt_jobs.txt")
    assert fm.get("publisher") != "뉴욕타임스" and fm["draft"] is True, fm
    # A page kind or a section atop the page is no site's name: 'Print' over '…_print_etnews_….txt'.
    fm, _, _ = ingest_page(
        tmp_path / "print", capsys, f"Print\nClose\n{HEADLINE}\n{STORY}", "140_print_etnews_hbm4.txt"
    )
    assert fm["publisher"] == "전자신문", fm
    # The same file name over a page that prints no site: the outlet the file name names stands.
    fm, _, _ = ingest_page(tmp_path / "bare", capsys, f"{HEADLINE}\n2025년 6월 2일\n{STORY}", "139_nyt_jobs.txt")
    assert fm["publisher"] == "뉴욕타임스", fm


def test_a_date_line_later_than_the_storys_address_is_held(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A blog's post of a story stamps the post: the story's own address, pasted over it, is earlier."""
    page = (
        f"가상블로그\nAI 소식 모음\n{HEADLINE}\n2025. 10. 30. 9:12\n"
        f"https://www.gasangilbo.com/news/view/2025102814310012345\n{STORY}Copyright © 가상일보. All rights reserved.\n"
    )
    fm, _ = ingest(tmp_path, capsys, page)
    assert fm["draft"] is True
    assert "later than the day the story's address gives (2025-10-28)" in " ".join(map(str, fm["review"])), fm
    # A print view's labelled stamp follows its story's address by a night, and is the story's.
    page = (
        f"가상일보\n인쇄하기\n{HEADLINE}\n기사입력 2025-10-29 05:00:16\n{STORY}"
        "https://www.gasangilbo.com/news/view/2025102814310012345\nCopyright © 가상일보. All rights reserved.\n"
    )
    fm, _ = ingest(tmp_path / "print", capsys, page)
    assert "draft" not in fm and fm["date"] == dt.datetime(2025, 10, 29, 5, 0, tzinfo=KST), fm


def test_a_story_cut_before_its_text_is_refused_though_it_shows_credited_photos(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Captions are a story's text only on a photo page: a story cut before its text leaves captions too."""
    page = (
        f"가상일보\n경제\n{HEADLINE}\n홍길동 기자\n입력 2025.10.28 14:31\n"
        f"{PHOTO_CAPTIONS[0]} /김사진 기자\n{PHOTO_CAPTIONS[1]} /김사진 기자\n"
        "이 기사는 유료 회원만 볼 수 있습니다.\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    root = make_project(tmp_path, {"a.txt": page})
    code, out, err = run_ingest(root, capsys)
    assert "seeds/a.txt: no article text found" in out + err
    assert not article_path(root, "a.txt").exists()


# Kinds of page from sets 147-150, whose emphasis was headlines, outlets and bylines among the chrome.
PAGES_OF_SETS_147_TO_150 = {
    "a ranked list of the most read right over the headline": (
        "가상뉴스\nIT/과학\n많이 본 기사\n1 가상전자, 2분기 영업이익 5조원…HBM이 실적 견인\n"
        f'2 "통역까지 폰 하나로" 가상폰, 사전 판매 신기록\n3 가상연구원, 국내 첫 오픈소스 AI 공개\n{HEADLINE}\n'
        f"홍길동 기자 | 기사입력 : 2024-08-07 11:23\n{STORY}",
        {"title": HEADLINE},
    ),
    "a gambling advert over the headline, a messenger's account to write to": (
        f"★ 스포츠토토 분석 픽 무료제공 ★ 적중률 92% ★ 텔레그램 @toto_pick365\n{HEADLINE}\n"
        f"기자명 홍길동 기자\n입력 2025.05.20 15:02\n{STORY}",
        {"title": HEADLINE},
    ),
    "a reporter's tag naming two reporters after the outlet": (
        f"가상코리아\n{HEADLINE}\n입력 2024.09.23 06:00\n[가상코리아=홍길동, 김철수 기자] {STORY}",
        {"author": ["홍길동", "김철수"], "lines": STORY.split("\n")[0]},
    ),
    "a broadcast's sign-off with the script's closing cue on its line": (
        f"가상MBC\n뉴스데스크\n{HEADLINE}\n2024-08-21 20:05\n◀ 앵커 ▶\n{STORY}MBC뉴스 홍길동입니다.◀ END ▶\n",
        {"author": "홍길동", "body": f"{STORY}MBC뉴스 홍길동입니다."},
    ),
    "an outlet's event banner over the headline": (
        "가상포스트\n로그인\n2025 가상포스트 ESG 포럼\n'AI와 기후, 공존의 조건'을 묻다\n"
        f"6월 12일(목) 서울 프레스센터 | 사전등록 바로가기\n에너지\n{HEADLINE}\n홍길동 기자\n"
        f"입력 2025.06.02 10:00\n{STORY}",
        {"title": HEADLINE},
    ),
    "a letter's quotes over its story": (
        "받은편지함\n[가상레터] 딥시크, 엔비디아를 흔들다\n가상레터 <letter@gasang.kr> 수신거부\n나에게\n"
        "2025. 3. 17. 오전 7:02\n이메일이 보이지 않으면 웹에서 보기\nGASANG MORNING LETTER\n"
        "2025.03.17 (월) | Vol.418\n정리 = 가상레터 리서치팀\n"
        "BTC 83,912달러 (+1.4%) · ETH 1,931달러 (+0.8%) · 김치프리미엄 2.1%\n"
        "중국 스타트업 딥시크가 내놓은 AI 모델이 미국 주식시장을 뒤흔들었어.\n"
        "지난 27일(현지시간) 엔비디아 주가는 하루 만에 17% 가까이 떨어졌어.\n",
        {"title": "딥시크, 엔비디아를 흔들다"},  # (the subject, without the letter's name)
    ),
    "a magazine's issue strip and its section in English capitals over the headline": (
        "네이버 메일\n메일쓰기\n답장\n[가상레터] AI 에이전트가 '동료'가 되는 날\n"
        "보낸사람 가상리뷰 <letter@gasang.example>\n"
        "받는사람 <kim***@naver.com>\n2025년 4월 2일 (수) 오전 7:01\n메일이 잘 보이지 않으면 여기를 클릭하세요.\n"
        f"No.414 | 2025년 4월 Issue 1\nSPECIAL REPORT\n{HEADLINE}\n별도 앱 설치 없이 카카오 계정으로\n"
        f"홍길동 기자 gildong@gasang.example\n{STORY}",
        {"title": HEADLINE},
    ),
    "a contributor's byline naming the broadcaster the writer works for": (
        f"오피니언\n칼럼\n{HEADLINE}\n기자명 홍길동 SBS 시사교양PD\n입력 2024.04.23 10:05\n{STORY}",
        {"author": "홍길동", "draft": True},  # (SBS did not print it: the publisher is not known)
    ),
    "a photo page signed by its photographer alone": (
        f"가상스포츠\n포토\n[포토] {HEADLINE}\n입력 : 2025-04-23 14:12:36\n{STORY}"
        "사진=홍길동 기자 gildong@gasang.example\nⓒ 가상스포츠, 무단전재 및 재배포 금지\n",
        {"author": "홍길동"},
    ),
    "a photo page's sign-off with its photographer beside the writer": (
        f"가상데일리\n포토\n[가상포토] {HEADLINE}\n입력 2025.06.10 14:32\n{STORY}"
        "가상데일리 홍길동 기자 news@gasang.example / 사진=김철수 기자\n"
        "Copyright ⓒ 가상데일리. 무단 전재 및 재배포 금지\n",
        {"author": "홍길동"},
    ),
    "a broadcaster's script with its line for tips": (
        f"가상MBC\n뉴스\n{HEADLINE}\n2024.11.05\n◀ 앵커 ▶\n{STORY}MBC뉴스 홍길동입니다.\n◀ END ▶\n"
        "가상MBC 뉴스 제보 051-000-0000\nCopyright © 가상문화방송. All rights reserved.\n",
        {"body": f"{STORY}MBC뉴스 홍길동입니다."},
    ),
    "a regional broadcaster's script, its English name in the copyright line": (
        f"뉴스\n{HEADLINE}\n2024.11.05\n◀ 앵커 ▶\n{STORY}MBC뉴스 홍길동입니다.\n◀ END ▶\n"
        "Copyright © Busan Munhwa Broadcasting Corporation. All rights reserved.\n",
        {"publisher": "부산MBC"},
    ),
    "a group's publication atop its page, its reporter on the group's mail": (
        f"가상에듀\n교육정책\n입시\n{HEADLINE}\n가상에듀 홍길동 기자 gildong@chosun.com\n"
        f"기사입력 2025.02.26 09:47\n{STORY}",
        {"publisher": "가상에듀", "author": "홍길동"},
    ),
    "a group's publication sending its letter from the group's mail": (
        "[가상레터] AI 에이전트가 '동료'가 되는 날\n보낸사람 GBR <letter@donga.com>\n받는사람 <kim***@naver.com>\n"
        f"2025년 4월 2일 (수) 오전 7:01\n메일이 잘 보이지 않으면 여기를 클릭하세요.\n{HEADLINE}\n"
        f"홍길동 기자 gildong@donga.com\n{STORY}",
        {"publisher": "GBR"},
    ),
    "an app's share text, its stamp with no year, the address giving the year": (
        f"[가상신문] {HEADLINE}\n10.28 14:31 · 2일 전\n{STORY}홍길동 기자 gildong@gasang.example\n"
        "https://www.gasang.example/page/view/2025102814310012345\n",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "an English page of a Chinese paper, stamped in Beijing's time": (
        f"GLOBAL TIMES\nHOME\nBIZ / COMPANIES\n{ENGLISH_HEADLINE}\nBy Global Times Published: Aug 22, 2025 10:48 PM\n"
        f"{ENGLISH_STORY}",
        {"publisher": "환구시보", "date": dt.datetime(2025, 8, 22, 23, 48, tzinfo=KST)},
    ),
    # Their innocent look-alikes.
    "a Korean page carrying a Chinese agency's story, stamped in its own time": (
        f"가상경제\n국제\n{HEADLINE}\n입력 2025.08.22 22:48\n(베이징=신화통신) {STORY}",
        {"publisher": "신화통신", "date": dt.datetime(2025, 8, 22, 22, 48, tzinfo=KST)},
    ),
    "an app's share text, its stamp with no year another day's": (
        f"[가상신문] {HEADLINE}\n10.27 09:00 · 3일 전\n{STORY}홍길동 기자 gildong@gasang.example\n"
        "https://www.gasang.example/page/view/2025102814310012345\n",
        {"date": dt.date(2025, 10, 28)},
    ),
    "an outlet's letter, named as a letter, from the outlet's mail": (
        "[가상레터] AI 에이전트가 '동료'가 되는 날\n보낸사람 AI레터 <letter@donga.com>\n받는사람 <kim***@naver.com>\n"
        f"2025년 4월 2일 (수) 오전 7:01\n메일이 잘 보이지 않으면 여기를 클릭하세요.\n{HEADLINE}\n"
        f"홍길동 기자 gildong@donga.com\n{STORY}",
        {"publisher": "동아일보"},
    ),
    "a story's call for tips with a number, in a sentence": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.06.02 10:00\n{STORY}"
        "피해 사례는 경찰청 제보 전화 02-000-0000으로 신고하면 된다.\n",
        {"lines": "피해 사례는 경찰청 제보 전화 02-000-0000으로 신고하면 된다."},
    ),
    "a reporter's tag naming the bureau after the outlet": (
        f"가상일보\n{HEADLINE}\n입력 2024.11.14 14:32\n[가상일보=부산, 홍길동 기자] {STORY}",
        {"author": "홍길동"},
    ),
    "a headline that opens with a number, under a ranked list": (
        "가상뉴스\n많이 본 기사\n1 가상전자, 2분기 영업이익 5조원…HBM이 실적 견인\n"
        "2 가상연구원, 국내 첫 오픈소스 AI 공개\n10 대 1로 갈린 AI 규제 표결…EU 의회 통과\n"
        f"홍길동 기자 | 기사입력 : 2024-08-07 11:23\n{STORY}",
        {"title": "10 대 1로 갈린 AI 규제 표결…EU 의회 통과"},
    ),
    "a story's sentence on gambling adverts and their messenger accounts": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.05.20 15:02\n{STORY}"
        "불법 스포츠토토 광고는 텔레그램 @toto_pick365 같은 계정으로 퍼졌다.\n",
        # (The lexicon's spam word goes, as a word alone always has; the sentence stays.)
        {"lines": "불법 광고는 텔레그램 @toto_pick365 같은 계정으로 퍼졌다."},
    ),
    "a headline on an event that takes registrations": (
        "가상일보\n가상 AI 포럼 6월 12일 개최…온라인 사전등록\n홍길동 기자\n입력 2025.06.02 10:00\n"
        "가상일보가 주최하는 AI 포럼이 6월 12일 서울 프레스센터에서 열린다.\n"
        "참가 신청은 홈페이지에서 받는다.\n",
        {"title": "가상 AI 포럼 6월 12일 개최…온라인 사전등록"},
    ),
    "a market story's line of quotes in its body": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.03.17 07:02\n{STORY}"
        "비트코인은 8만3912달러(+1.4%), 이더리움은 1931달러(+0.8%)에 거래됐다.\n",
        {"lines": "비트코인은 8만3912달러(+1.4%), 이더리움은 1931달러(+0.8%)에 거래됐다."},
    ),
    "a reporter's byline naming the broadcaster": (
        f"{HEADLINE}\nSBS 홍길동 기자\n입력 2024.04.23 10:05\n{STORY}",
        {"author": "홍길동", "publisher": "SBS"},
    ),
    # ... and from the review of the rules above.
    "an outlet's notice of its own event, the call to register right under its headline": (
        "가상신문\n로그인 회원가입\n[알림] 가상신문 '2025 AI 서밋' 개최\n6월 12일(목) 서울 코엑스 | 사전등록 바로가기\n"
        "입력 2025-05-26 09:00\n가상신문이 주최하는 '2025 AI 서밋'이 다음 달 12일 서울 코엑스에서 열린다.\n"
        "올해 행사에서는 국내외 AI 기업 최고기술책임자 10여명이 발표한다.\n",
        {"title": "[알림] 가상신문 '2025 AI 서밋' 개최"},
    ),
    "a deck that ends in a call to register": (
        "디지털타임스\n홈 IT 과학 산업 경제 오피니언\n[알림] 가상타임스 제3회 AI 스타트업 데모데이\n"
        "6월 20일(금) 서울 강남 팁스타운…온라인 참가 신청하기\n"
        "홍길동 기자\n입력: 2025-06-02 10:00\n가상타임스가 주최하는 제3회 AI 스타트업 데모데이가 오는 20일 열린다.\n"
        "예선을 통과한 스타트업 12곳이 투자자 앞에서 서비스를 시연한다.\n",
        {"title": "[알림] 가상타임스 제3회 AI 스타트업 데모데이"},
    ),
    "an event banner under the headline": (
        f"가상데일리\n증권 산업 IT\n{HEADLINE}\n2025 가상데일리 K-바이오 포럼\n"
        "4월 23일(수) 여의도 | 사전등록 바로가기\n"
        f"홍길동 기자\n등록 2025-04-08 오전 6:00:00\n{STORY}",
        {"title": HEADLINE},
    ),
    "a market story whose headline is its quotes": (
        "가상경제TV\n증권\n비트코인 97,412달러(+2.3%)·이더리움 3,412달러(+4.1%)\n입력 2025-01-14 08:51\n"
        "비트코인 가격이 14일 오전 한때 9만7000달러를 넘어섰다.\n가상자산 시장 전반에 매수세가 몰렸다.\n",
        {"title": "비트코인 97,412달러(+2.3%)·이더리움 3,412달러(+4.1%)"},
    ),
    "a market story's closing prices on a line of their own": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.03.17 07:02\n{STORY}"
        "엔비디아 131.25달러 (+5.1%) · AMD 162.40달러 (+2.2%) · 브로드컴 221.10달러 (+3.4%)\n",
        {"lines": "엔비디아 131.25달러 (+5.1%) · AMD 162.40달러 (+2.2%) · 브로드컴 221.10달러 (+3.4%)"},
    ),
    "an advert the story quotes after a sentence, with its messenger's account": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.07.09 11:20\n{STORY}"
        '일당은 이런 광고로 회원을 모았다. 광고 문구: "스포츠토토 분석 픽 무료제공, 텔레그램 @toto_pick365"\n',
        {"lines": '일당은 이런 광고로 회원을 모았다. 광고 문구: " 분석 픽 무료제공, 텔레그램 @toto_pick365"'},
    ),
    "a ranked list set apart by a blank line, an item opening with a year": (
        "가상일보\n많이 본 기사\n1 가상전자, 2분기 영업이익 5조원…HBM이 실적 견인\n"
        "2 가상연구원, 국내 첫 오픈소스 AI 공개\n"
        f"3 2025 수능 국어 지문에 AI 등장\n\n{HEADLINE}\n홍길동 기자 | 기사입력 : 2024-08-07 11:23\n{STORY}",
        {"title": HEADLINE},
    ),
    "a contributor's byline naming the broadcaster whose page it is": (
        f"SBS 뉴스\n취재파일\n{HEADLINE}\n기자명 홍길동 SBS 보도본부 PD\n작성 2025.06.09 09:00\n{STORY}",
        {"publisher": "SBS", "author": "홍길동"},
    ),
    "a script's cue after a quotation closing its line": (
        f"가상MBC\n{HEADLINE}\n입력 2025-07-02 20:20\n{STORY}"
        '"교육청은 다음 주까지 결과를 발표하겠다고 밝혔습니다."◀ 그래픽 ▶\n',
        {"lines": '"교육청은 다음 주까지 결과를 발표하겠다고 밝혔습니다."'},
    ),
    "a reporter's tag naming two regions of the bureau": (
        f"가상일보\n{HEADLINE}\n입력 2024.11.14 14:32\n[가상일보=광주, 전남 홍길동 기자] {STORY}",
        {"author": "홍길동"},
    ),
    "a story page whose photo is credited under a byline": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.04.23 14:12\n{STORY}"
        "사진=김철수 기자 cskim@gasang.example\nⓒ 가상일보, 무단전재 및 재배포 금지\n",
        {"author": "홍길동"},
    ),
}


LOAN_WARNING = "무직자·저신용자 대상 당일 300만원 비대면 대출 광고에 속지 마세요 010-XXXX-XXXX 번호는 대부분 불법업체"

# Kinds of page from sets 151-154, made like an editor's week of pages.
PAGES_OF_SETS_151_TO_154 = {
    "a footer whose licence's fields stand a line each, its registration's day among them": (
        f"가상투어뉴스\n포토\n[포토] {HEADLINE}\n홍길동 기자\n{STORY}저작권자 © 가상투어뉴스 무단전재 및 재배포 금지\n"
        "제호 : 가상투어뉴스\n등록번호 : 서울 아 01268\n등록일 : 2010-06-21\n발행·편집인 : 김철수\n"
        "Copyright © 2023 가상투어뉴스. All rights reserved.\n",
        {"draft": True},  # (no date printed for the story: not published on the licence's day)
    ),
    "a broadcaster's lines for tips, by phone and by messenger": (
        f"가상MBC\n{HEADLINE}\n2024.11.05\n◀ 앵커 ▶\n{STORY}MBC뉴스 홍길동입니다.\n◀ END ▶\n"
        "제보 전화 061-000-0000 | 카카오톡 '가상MBC 제보'\n카카오톡 '가상MBC 제보' 채널 추가\n"
        "Copyright © 가상문화방송. All rights reserved.\n",
        {"body": f"{STORY}MBC뉴스 홍길동입니다."},
    ),
    "a loan advert between paragraphs, a masked number to call": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2024.03.27 10:00\n{STORY}"
        "★ 무직자·저신용자 OK 당일 300만원 비대면 대출 ☎ 1577-XXXX 카톡 상담 24시 ★\n"
        "광주시는 다음 달 사업 계획을 발표할 예정이다.\n",
        {"body": f"{STORY}광주시는 다음 달 사업 계획을 발표할 예정이다."},
    ),
    "a group's news channel signing off on the group's mail": (
        f"뉴스\n{HEADLINE}\n{STORY}연합뉴스TV 홍길동입니다. (gildong@yna.co.kr)\n[영상취재기자 김철수]\n",
        {"publisher": "연합뉴스TV"},
    ),
    "an English page's writer named alone over its day": (
        f"Skip to content\nGasang Korea\nPolitics\nMilitary\n{ENGLISH_HEADLINE}\nDaniel Hur\nMarch 27, 2025\n"
        f"{ENGLISH_STORY}",
        {"author": "Daniel Hur"},
    ),
    # Their innocent look-alikes.
    "an English page's section over its day": (
        f"Gasang Korea\nPolitics\n{ENGLISH_HEADLINE}\nHuman Rights\nMarch 27, 2025\n{ENGLISH_STORY}",
        {"author": None},
    ),
    # ... and from the review of the rules above.
    "a headline on a broadcaster's tip line": (
        "가상일보\n방송\nMBC 뉴스, 카카오톡 제보 채널 개설…24시간 접수\n홍길동 기자\n입력 2025.09.01 10:30\n"
        "MBC가 카카오톡으로 뉴스 제보를 받는 채널을 1일 열었다.\n시청자는 사진과 영상을 바로 보낼 수 있다.\n",
        {"title": "MBC 뉴스, 카카오톡 제보 채널 개설…24시간 접수"},
    ),
    "a paper's letter named like a product, under the paper's copyright line": (
        "받은편지함\n[The Edit] 이번 주말 볼 만한 전시 3\n보낸사람 The Edit <theedit@joongang.co.kr>\n나에게\n"
        f"2025년 9월 5일 (금) 오전 7:00\n{HEADLINE}\n홍길동 기자 gildong@joongang.co.kr\n{STORY}"
        "Copyright © 중앙일보. All rights reserved.\n",
        {"publisher": "중앙일보"},
    ),
    "a headline on tip lines by messenger": (
        "가상경제신문\n"
        "사회\n카카오톡 채널로 보이스피싱 제보 받는다…경찰 '채널 추가' 당부\n홍길동 기자\n입력 2025.09.01 10:30\n"
        "경찰청은 카카오톡 채널로 보이스피싱 제보를 받는다고 1일 밝혔다.\n채널을 추가하면 누구나 제보할 수 있다.\n",
        {"title": "카카오톡 채널로 보이스피싱 제보 받는다…경찰 '채널 추가' 당부"},
    ),
    "a story's appeal for witnesses, the police's number its last line": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.09.01 10:30\n{STORY}목격자 제보: 가상경찰서 043-000-0000\n",
        {"lines": "목격자 제보: 가상경찰서 043-000-0000"},
    ),
    "a letter forwarded from a personal mail, the reporter on the paper's": (
        "받은편지함\n"
        "Fwd: [뉴스레터] 이번 주 AI 뉴스 정리\n보낸사람 jsh <jsh1984@gmail.com>\n받는사람 <team@gasangcorp.com>\n"
        f"2025년 9월 3일 (수) 오전 9:12\n팀원분들 참고하세요.\n{HEADLINE}\n홍길동 기자 gildong@chosun.com\n{STORY}",
        {"publisher": "조선일보"},
    ),
    "a bureau's place as the page's first line, before its reporter on the paper's mail": (
        f"평택\n경제\n정책\n{HEADLINE}\n평택 홍길동 기자 gildong@donga.com\n입력 2025-09-01 10:30\n{STORY}",
        {"publisher": "동아일보"},
    ),
    "a channel's reporter signing off on the network's page": (
        "SBS 뉴스\n"
        f"8뉴스\n{HEADLINE}\n{STORY}SBS Biz 홍길동입니다. (gildong@sbs.co.kr)\nCopyright Ⓒ SBS. All rights reserved.\n",
        {"publisher": "SBS"},
    ),
    "a market widget's time over a share text's story": (
        f"[가상신문] {HEADLINE}\n코스피 2,612.30 ▲0.42% 코스닥 742.18 ▼0.31% 10.28 15:30 기준\n{STORY}"
        "홍길동 기자 gildong@gasang.example\nhttps://www.gasang.example/page/view/2025102809120012345\n",
        {"date": dt.date(2025, 10, 28)},
    ),
    "a Korean paper's English page carrying a Chinese agency's story": (
        "The Korea Herald\nWorld\nChina's factory activity shrinks for sixth month\nPublished : Oct. 31, 2025 - 11:20\n"
        "BEIJING, Oct. 31 (Xinhua) -- China's manufacturing purchasing managers' index came in at 49.0 in October.\n"
        "A reading below 50 indicates contraction, the National Bureau of Statistics said.\n",
        {"date": dt.datetime(2025, 10, 31, 11, 20, tzinfo=KST)},
    ),
    "a story's stamp right over its footer's licence": (
        f"가상농업신문\n{HEADLINE}\n"
        f"홍길동 기자\n{STORY}기사입력 : 2025-10-28 14:31\n제호 : 가상농업신문 | 등록번호 : 서울 아 00000\n",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a story's warning about loan adverts, with the number they give": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2025.09.01 10:30\n{STORY}{LOAN_WARNING}\n",
        {"lines": LOAN_WARNING},
    ),
    "a stamp under the story labelled like a registration's day": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n{STORY}등록일 : 2025-10-28 14:31\n"
        "저작권자 © 가상일보 무단전재 및 재배포 금지\n",
        {"date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST)},
    ),
    "a story on loans by video call, with a bank's number": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2024.03.27 10:00\n{STORY}"
        "가상은행은 비대면 대출 상담을 ☎ 1588-0000으로 받는다고 밝혔다.\n",
        {"lines": "가상은행은 비대면 대출 상담을 ☎ 1588-0000으로 받는다고 밝혔다."},
    ),
}

# Copies that went a little wrong (sets 155-158): hard-wrapped lines, a block pasted twice, full-width
# forms, an e-paper's viewer, a PDF's print header, a copy cut inside its copyright line.
HARD_WRAPPED_STORY = [
    "가상시가 공무원 업무용 생성형 인공지능 서비스를 이달부터 전 부서로 확대하자"
    " 시민단체가 개인정보 유출 우려를 제기하고 나섰다.",
    "시민단체 여섯 곳은 8일 오전 시청 앞에서 기자회견을 열고 민원인의 이름과 연락처가 담긴 문서가 아무런 검증 없이"
    " 외부 서버로 넘어가고 있다며 영향평가 결과부터 공개하라고 요구했다.",
    "시는 지난해 11월부터 네 개 부서에서 이 서비스를 시범 운영했다. 보도자료 초안 작성과 회의록 요약, 법령 검색 등에"
    " 쓰인다. 시는 이달 1일부터 사용 대상을 본청과 사업소 전 직원으로 넓혔다.",
    "시의회도 점검에 나선다. 기획행정위원회는 다음 달 임시회에서 서비스 운영 실태를 보고받기로 했다.",
]
HARD_WRAPPED = "\n".join(line for paragraph in HARD_WRAPPED_STORY for line in textwrap.wrap(paragraph, 38))
HARD_WRAPPED_LINES = "\n".join(HARD_WRAPPED_STORY).replace("운영했다. 보도자료", "운영했다.\n보도자료")
REPEATED_DECK = "보이스피싱 탐지·'보이는 전화'…아이폰 이용자도 통화 녹음"
POEM_LINES = "".join(
    f"{line}\n"
    for line in [
        "눈이 내리는 정류장에서 나는 오지 않을 버스를 오래 기다리고",
        "가로등 아래 쌓이는 눈송이마다 네가 남긴 말들이 하나씩 얹혀",
        "끝내 나는 아무 말도 하지 못한 채 하얗게 지워지고 있었다.",
        "두 번째 연은 이렇게 이어진다.",
        "얼어붙은 손끝으로 너의 이름을 유리창에 천천히 적어 보다가",
        "입김이 서린 자리마다 번져 가는 글자들을 그저 바라보면서",
        "나는 비로소 겨울이 오래 머물 것이라는 걸 알게 되었다.",
    ]
)
INTERVIEW = "".join(
    f"{line}\n"
    for line in [
        "올해 매출이 전년보다 세 배 늘었는데 가장 큰 요인은 무엇이라고 보나",
        "기업용 에이전트 수요가 예상보다 빨리 늘었습니다.",
        "대기업들이 자체 모델 대신 스타트업 제품을 고르는 이유는 뭐라고 생각하나",
        "도입 기간이 짧고 비용 부담이 훨씬 작기 때문입니다.",
        "해외 진출은 어느 지역부터 시작할 생각이며 현지 파트너는 이미 정해졌나",
        "내년 상반기 일본, 하반기 동남아 순으로 나갑니다.",
        "정부 규제가 사업에 걸림돌이 된다는 지적도 업계에서 꾸준히 나오고 있는데",
        "규제보다 데이터 확보가 더 큰 숙제라고 봅니다.",
    ]
)
LENDER = "개인돈 월변 소액대출 ▶ 신용조회 없이 승인 ◀ 카톡 상담 ID: gasang0909"
PAGES_OF_SETS_155_TO_158 = {
    "a story hard-wrapped at a width, its blank lines lost": (
        f"가상뉴스\n{HEADLINE}\n홍길동 기자\n입력 2025.04.08 17:32\n{HARD_WRAPPED}\n",
        # (A line the width filled to a sentence's end ends its paragraph there: no sentence is cut.)
        {"lines": HARD_WRAPPED_LINES, "date": dt.datetime(2025, 4, 8, 17, 32, tzinfo=KST)},
    ),
    "a story pasted twice over, its headline, deck and byline again": (
        f"가상일보\n{HEADLINE}\n{REPEATED_DECK}\n홍길동 기자\n3~4분\n{STORY}"
        f"{HEADLINE}\n{REPEATED_DECK}\n홍길동 기자\n3~4분\n{STORY}가상시는 다음 달 계획을 발표한다.\n",
        {"body": f"{STORY}가상시는 다음 달 계획을 발표한다.", "title": HEADLINE},
    ),
    "a Korean page typed in full-width digits and brackets": (
        f"가상데일리\n{HEADLINE}\n승인 ２０２５．０６．１１　１４：０５\n［가상데일리＝홍길동 기자］ {STORY}",
        {"date": dt.datetime(2025, 6, 11, 14, 5, tzinfo=KST), "author": "홍길동", "publisher": "가상데일리"},
    ),
    "the outlet's tag before the lede, its name over the page's menu": (
        "가상트리뷴\n뉴스홈\n증권\n금융\n산업\nIT·과학\n유통\n부동산\n피플\nIT·과학 > IT일반\n"
        f"{HEADLINE}\n[가상트리뷴] {STORY}",
        {"publisher": "가상트리뷴", "body": STORY},
    ),
    "the outlet's tag before the lede, its name in a photo's credit": (
        f"가상 연구소 홍길동 대표. ⓒ가상해양\n[가상해양] {STORY}",
        {"publisher": "가상해양"},
    ),
    "an outlet and its reporter in a tag, joined by an underscore": (
        f"{HEADLINE}\n입력 2024.08.13 17:25\n[가상워커_홍길동 기자] {STORY}",
        {"publisher": "가상워커", "author": "홍길동", "body": STORY},
    ),
    "an e-paper's viewer, the edition's day and page over the story": (
        f"가상매일신문 PDF 지면보기\n2025년 04월 08일 (화)\t제5면\t경제\n◀ 이전면   5 / 20   다음면 ▶\n"
        f"{HEADLINE}\n홍길동기자\n{STORY}",
        {"date": dt.date(2025, 4, 8), "title": HEADLINE},
    ),
    "an e-paper's viewer, the edition's day and number, its page under the pager": (
        f"가상일보\n지면보기\n2024년 6월 12일(수) 제10012호\n◀ 이전면\n14면 경제\n다음면 ▶\n{HEADLINE}\n"
        f"홍길동 기자\n{STORY}",
        {"date": dt.date(2024, 6, 12)},
    ),
    "an e-paper's viewer read as a menu, the edition's day and number over its pager": (
        f"가상기업뉴스\nPDF 지면보기\n기사보기\n2025년 03월 10일 월요일 제2451호\n이전호 다음호\n7면\nAI·디지털\n"
        f"{HEADLINE}\n{STORY}",
        {"date": dt.date(2025, 3, 10)},
    ),
    "a PDF's print header, the time printed and the page's title a tab apart": (
        f"24. 11. 25. 오후 3:12\t{HEADLINE} < IT·과학 < 기사본문 - 가상시안\n가상시안\n{HEADLINE}\n{STORY}"
        "홍길동 기자\n입력 2024.11.21 16:48\n저작권자 © 가상시안 무단전재 및 재배포 금지\n",
        {"title": HEADLINE, "date": dt.datetime(2024, 11, 21, 16, 48, tzinfo=KST)},
    ),
    "a copy cut inside its copyright line, the outlet's name atop the page": (
        f"가상방송뉴스\n전체메뉴\n{HEADLINE}\n기자명 홍길동 기자\n입력 2025.09.16 19:05\n{STORY}<저작권자 © 가상방",
        {"publisher": "가상방송뉴스"},
    ),
    "a pastor's column, his church after his post": (
        f"가상일보\n오피니언\n[기고] {HEADLINE}\n입력 2024.09.03 14:27\n홍길동 목사(가상교회 담임)\n{STORY}",
        {"author": "홍길동"},
    ),
    "a private lender's advert between paragraphs": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2024.03.27 10:00\n{STORY}{LENDER}\n"
        "가상시는 다음 달 사업 계획을 발표할 예정이다.\n",
        {"body": f"{STORY}가상시는 다음 달 사업 계획을 발표할 예정이다."},
    ),
    "an app's banner with its arrow over a shared story": (
        f"[가상신문] {HEADLINE}\n{STORY.splitlines()[0]}\nhttps://www.gasang.example/news/2024/05/14/2024051450010\n\n"
        f"가상신문 앱에서 보기 >\n\n가상 연구소장이 새 모델을 소개하고 있다. 가상 연구소 제공\n\n{STORY}",
        {"body": STORY},
    ),
    # Their innocent look-alikes.
    "a story quoting a poem, its long lines alike": (
        f"가상일보\n{HEADLINE}\n등록 2025-12-01 18:20\n홍길동 기자\n"
        f"인공지능이 쓴 시가 한 지역 신문사 신춘문예 본심에 오른 사실이 뒤늦게 알려졌다.\n{POEM_LINES}"
        '심사위원 김철수 시인은 "사람이 쓴 작품과 구별하기 어려웠다"고 말했다.\n',
        {"lines": POEM_LINES},
    ),
    "an interview's questions with no question mark, each over its answer": (
        f"가상신문\n{HEADLINE}\n입력 2025.12.03 07:00\n홍길동 기자\n"
        "김철수 가상에이아이 대표는 지난 1일 사무실에서 본지와 만나 내년 계획을 설명했다. 다음은 일문일답.\n"
        f"{INTERVIEW}",
        {"lines": INTERVIEW},
    ),
    "a story whose sentences stand a line each, of like length": (
        f"가상뉴스\n{HEADLINE}\n홍길동 기자\n입력 2025.04.08 17:32\n"
        "가상시는 8일 공무원 업무용 인공지능 서비스를 전 부서로 넓혔다고 밝혔다.\n"
        "시는 지난해 11월부터 네 개 부서에서 이 서비스를 시범 운영해 왔다.\n"
        "시민단체는 같은 날 개인정보 유출 우려가 있다며 영향평가 공개를 요구했다.\n"
        "시의회는 다음 달 임시회에서 서비스 운영 실태를 보고받기로 했다.\n",
        {"lines": "시는 지난해 11월부터 네 개 부서에서 이 서비스를 시범 운영해 왔다."},
    ),
    "a list of related headlines of like length under the story": (
        f"가상뉴스\n{HEADLINE}\n홍길동 기자\n입력 2025.04.08 17:32\n{STORY}"
        "가상시 인공지능 비서 도입 석 달, 민원 처리 속도 빨라져\n"
        "가상구 생성형 인공지능 행정 도입 앞두고 지침 마련 나서\n"
        "가상도 공무원 인공지능 교육 확대 하반기 전 직원 대상\n가상시의회 인공지능 조례 제정 추진 개인정보 보호 담아\n",
        {"title": HEADLINE},
    ),
    "a kicker before the lede, no outlet named elsewhere": (
        f"{HEADLINE}\n[단독] {STORY}",
        {"publisher": None},
    ),
    "a Japanese page's full-width brackets": (
        "ソフトバンクGとオープンAI、企業向けAIで合弁設立へ\n2025年2月3日 17:50 JST\n"
        "ソフトバンクグループと米オープンAIは3日、企業向けの人工知能（AI）を共同で開発・販売すると発表した。\n"
        "日本で合弁会社を設立し、出資比率は50％ずつとする。\n",
        {"lines": "日本で合弁会社を設立し、出資比率は50％ずつとする。"},
    ),
    "a copy cut inside a copyright line naming nothing atop the page": (
        f"전체메뉴\n{HEADLINE}\n기자명 홍길동 기자\n입력 2025.09.16 19:05\n{STORY}<저작권자 © 가상방",
        {"publisher": None},
    ),
    "a story on a bank's small loans, asked about by messenger": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\n입력 2024.03.27 10:00\n{STORY}"
        "가상은행은 소액대출 상품을 신용조회 없이 카톡으로 상담해 준다고 밝혔다.\n",
        {"lines": "가상은행은 소액대출 상품을 신용조회 없이 카톡으로 상담해 준다고 밝혔다."},
    ),
}


# Copies holding more than the one story (sets 159-162): the next article a site's scroll loaded,
# other stories' blocks under a portal's copy.
NEXT_STORY = (
    '네이버, 추론형 AI 모델 공개…"연내 검색에 적용"\n김철수 기자\n입력 2025.09.22 17:35\n'
    "네이버가 스스로 추론 과정을 거치는 인공지능 모델을 22일 공개했다.\n"
    "네이버는 이 모델을 연내 검색 서비스에 적용할 계획이다.\n"
)
PAGES_OF_SETS_159_TO_162 = {
    "the next article a site's scroll loaded under the story's copyright line": (
        f"{STORY}홍길동 기자 gildong@gasang.example\nⓒ 가상신문 무단전재 및 재배포 금지\n{NEXT_STORY}",
        {"published": HELD, "author": "홍길동", "body": STORY},
    ),
    "a bar over the next story, its stamp the only one on the page": (
        f"가상경제\n{HEADLINE}\n[가상경제=홍길동 기자] {STORY}다음 기사\n{NEXT_STORY}",
        {"published": HELD, "body": STORY, "title": HEADLINE},
    ),
    "two bars over the next story": (
        f"가상뉴스통신\n{HEADLINE}\n기사입력 2024-03-06 10:00\n{STORY}"
        f"Copyright © 가상뉴스통신 무단전재 및 재배포 금지\nNEXT\n다음 기사\n{NEXT_STORY}",
        {"date": dt.datetime(2024, 3, 6, 10, 0, tzinfo=KST), "body": STORY},
    ),
    "a reaction's count glued to its button under the story": (
        f"가상리포트\n{HEADLINE}\n입력 2025.11.05. 오전 9:12\n{STORY}응원해요0\n후속 원해요0\n",
        {"body": STORY},
    ),
    "the next article under the reporter's box and the site's links": (
        f"{STORY}저작권자 © 가상투데이 무단전재 및 재배포 금지\n홍길동 기자\ngildong@gasang.example\n"
        "다른기사 보기\n경제\n"
        "가상 감귤 선별장에 AI 검사기… 당도·결점 한 번에\n기자명 김철수 기자\n입력 2025.05.20 17:45\n댓글 0\n"
        "가상도는 올해 도내 감귤 유통센터에 인공지능 비파괴 검사기를 들인다고 밝혔다.\n",
        {"published": HELD, "author": "홍길동", "body": STORY},
    ),
    "two reporters, each with the site's account, under the stamp": (
        f"가상뉴스\n정치\n{HEADLINE}\n24.12.26 14:02l최종 업데이트 24.12.26 17:48l\n홍길동(gildong7), 김철수(cskim)\n"
        f"공유\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    # Their innocent look-alikes, from the review of the rules above.
    "the story's own stamp under its related list at the page's end": (
        f"가상신문\n{HEADLINE}\n{STORY}홍길동 기자 gildong@gasang.example\nⓒ 가상신문 무단전재 및 재배포 금지\n"
        "관련 기사\n카카오, 대화형 AI 서비스 정식 출시\n입력 2025.10.17 10:40\n",
        {"date": dt.datetime(2025, 10, 17, 10, 40, tzinfo=KST), "body": STORY},
    ),
    "a box story under the sign-off, the page's stamp under the copyright line": (
        f"가상신문\n{HEADLINE}\n홍길동 기자\n{STORY}홍길동 기자 gildong@gasang.example\n"
        "AI 학습용 데이터, 무엇이 문제인가\n김철수 기자\n공공 데이터를 AI 학습에 쓰려면 가명처리가 먼저다.\n"
        "ⓒ 가상신문 무단전재 및 재배포 금지\n입력 2025.06.23 06:00\n",
        {"date": dt.datetime(2025, 6, 23, 6, 0, tzinfo=KST)},
    ),
    "a firm in brackets after a name in a list, on the outlet's page": (
        f"가상뉴스\n{HEADLINE}\n입력 2025.03.05 10:00\n박민수(Reuters), 이영희(yhlee)\n{STORY}"
        "ⓒ 가상뉴스 무단전재 및 재배포 금지\n",
        {"publisher": "가상뉴스"},
    ),
    "a subheading of a top ten, its number glued": (
        f"가상신문\n{HEADLINE}\n홍길동 기자\n입력 2025.03.05 10:00\n{STORY}TOP10\n가상전자의 제품이 1위에 올랐다.\n",
        {"lines": "TOP10"},
    ),
    "a wire's block of related coverage inside the story": (
        f"{ENGLISH_HEADLINE}\nBy Kim Min-ji\nUpdated 10:05 AM GMT+9, March 27, 2025\n{ENGLISH_STORY}"
        "RELATED COVERAGE\nEU delays parts of its AI Act after pushback from tech companies\n"
        "Nvidia to supply AI chips to South Korea's government and companies\n",
        {"body": ENGLISH_STORY},
    ),
}

ENGLISH_STORY = (
    "Taiwan Semiconductor Manufacturing plans to invest an additional $100 billion in chip factories in the U.S., "
    "a major expansion announced at the White House on Monday.\n"
    "The new spending comes on top of the $65 billion the company has already pledged for three factories in Phoenix.\n"
)
# Bodies not in paragraphs of prose (sets 163 to 166): a fact box's timeline, subheads in brackets,
# a story told in notes, a photo's caption credited in brackets; and English stamps.
TIMELINE = "2024년 10월 66억 달러 투자 유치, 검색 기능 '챗GPT 서치' 출시\n2025년 2월 2일 금지 AI 조항 시행\n"
NOTES = [
    "구글이 생각하는 모델로 설계한 제미나이 2.5의 첫 버전을 공개",
    "응답하기 전에 추론 단계를 거쳐 정확도를 높이는 방식으로 설계",
    "LMArena 리더보드에서 큰 격차로 1위",
    "100만 토큰으로 출시, 200만 토큰 지원도 곧 추가",
    "API 요금은 몇 주 내 공개 예정",
]
PAGES_OF_SETS_163_TO_166 = {
    "a fact box's dated events in the story": (
        f"가상신문\n{HEADLINE}\n입력 2025.02.03 16:47\n{STORY}<주요 연혁>\n{TIMELINE}",
        {"date": dt.datetime(2025, 2, 3, 16, 47, tzinfo=KST), "lines": f"<주요 연혁>\n{TIMELINE}"},
    ),
    "a subhead in brackets that starts with a Latin letter, and one right over the lede": (
        f"가상신문\n{HEADLINE}\n입력 2025.02.03 16:47\n<시장 규모 및 전망>\n{STORY}"
        f"<EU AI법 단계별 시행 일정>\n{LEDE}\n",
        {"lines": "<시장 규모 및 전망>\n&lt;EU AI법 단계별 시행 일정>", "title": HEADLINE},
    ),
    "a story told in notes under its headline, no sentence ending any": (
        f"가상뉴스\n새글\n{HEADLINE}\n32P by gasang 2일전\n"
        + "\n".join(NOTES)
        + "\n가상뉴스는 홍길동 님이 운영합니다.\n",
        {"title": HEADLINE, "subtitle": None, "lines": "\n".join(NOTES)},
    ),
    "a section's path over the headline": (
        f"IT·과학 인터넷·SNS\n[LIVE] {HEADLINE}\n입력 2025.05.21 02:00\n{STORY}",
        {"title": f"[LIVE] {HEADLINE}"},
    ),
    "a photo's caption between paragraphs, its source in angle brackets": (
        f"가상포스트\n{HEADLINE}\n입력 2025.05.21 02:00\n{LEDE}\n"
        f"▲ 가상전자가 개발한 HBM3E 반도체. < 가상전자 >\n{STORY}",
        {"body": f"{LEDE}\n{STORY}"},
    ),
    "a US wire's stamp with its zone spelled out": (
        f"Business Wire\n{HEADLINE}\nOctober 15, 2024 09:00 AM Eastern Daylight Time\n{STORY}",
        {"date": dt.datetime(2024, 10, 15, 22, 0, tzinfo=KST), "body": STORY},
    ),
    "an American stamp with 'at' before its time": (
        f"Gasang Tech\n{HEADLINE}\nWed, April 16, 2025 at 1:17 PM PDT\n{STORY}",
        {"date": dt.datetime(2025, 4, 17, 5, 17, tzinfo=KST), "body": STORY},
    ),
    "a British stamp, the day first and the time with a dot": (
        f"The Gasang\n{HEADLINE}\nTue 10 Jun 2025 19.30 BST\n{STORY}",
        {"date": dt.datetime(2025, 6, 11, 3, 30, tzinfo=KST), "body": STORY},
    ),
    "a sentence taken for the headline holds the article": (
        f"가상신문\nGasang Tech logo.\n입력 2025.05.21 02:00\n{STORY}ⓒ 가상신문 무단전재 및 재배포 금지\n",
        {"title": "Gasang Tech logo.", "draft": True},
    ),
    "the reporter's tag with a hyphen after the outlet": (
        f"가상신문\n{HEADLINE}\n입력 2024.03.05 17:22\n[가상신문-홍길동 기자] {STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "a card's number alone between cards, the recap list under the last": (
        f"가상뉴스\n{HEADLINE}\n입력 2025.01.28 09:00\n#1\n{LEDE}\n#2\n{STORY}#3\n정리하면 이렇습니다.\n"
        "- 쟁점: 적은 돈으로 미국 수준 AI를 만들었나\n- 파장: 엔비디아 등 AI 반도체주 급락\n",
        {"lines": "정리하면 이렇습니다.\n\\- 쟁점: 적은 돈으로 미국 수준 AI를 만들었나"},
    ),
    "the writer's credit with the title written for, under the story": (
        f"가상피드\n{HEADLINE}\n입력 2025.05.14 10:00\n{STORY}글 홍길동 · 가상피드 에디터\n이 콘텐츠 공유하기\n",
        {"author": "홍길동", "body": STORY},
    ),
    # Sets 167 to 170.
    "a Japanese stamp with its weekday and the afternoon in kanji": (
        f"FNN\n{HEADLINE}\n2025年10月10日 金曜 午後7:05\n{STORY}",
        {"date": dt.datetime(2025, 10, 10, 19, 5, tzinfo=KST)},
    ),
    "an English writer and stamp after a bar, a dash before the time": (
        f"Gasang Mac\n{HEADLINE}\nJane Doe | Mar 7 2025 - 1:04 pm PT\n{STORY}",
        {"date": dt.datetime(2025, 3, 8, 6, 4, tzinfo=KST), "body": STORY},
    ),
    "two writers joined by 'and', a deck's sentence over them and their stamp": (
        "TSMC Plans $100 Billion Investment in U.S. Chip Plants\n"
        f"{ENGLISH_DECK}\nBy Jane Doe and John Roe\nMarch 3, 2025 2:05 pm ET\n{ENGLISH_STORY}{DOW_JONES}",
        {
            "author": ["Jane Doe", "John Roe"],
            "subtitle": ENGLISH_DECK,
            "body": ENGLISH_STORY,
        },
    ),
    "an English menu's words taken for the headline hold the article": (
        f"Personal Finance\nMarch 3, 2025 2:05 pm ET\n{ENGLISH_STORY}{DOW_JONES}",
        {"title": "Personal Finance", "draft": True},
    ),
    "an event's span in the story, a magazine issue's in the header": (
        f"가상매거진\n{HEADLINE}\n통권 556호 (2024.09.02 ~ 2024.09.08)\n입력 2024.09.02 06:00\n{STORY}"
        "신청 기간: 2025. 5. 26.(월) ~ 6. 13.(금)\n",
        {"body": f"{STORY}신청 기간: 2025. 5. 26.(월) ~ 6. 13.(금)", "subtitle": None},
    ),
    # (From the review of the rules above.)
    "a Korean lede of one sentence over its reporter and stamp": (
        f"가상경제\n{HEADLINE}\n{ONE_SENTENCE}\n홍길동 기자\n입력 2025.03.04 10:21\n{STORY}",
        {"body": f"{ONE_SENTENCE}\n{STORY}", "subtitle": None},
    ),
    "an English headline of three words that tells what happened": (
        f"Nvidia Beats Estimates\nBy Jane Doe\nAug 27, 2025 5:10 PM EDT\n{ENGLISH_STORY}{DOW_JONES}",
        {"title": "Nvidia Beats Estimates", "draft": None},
    ),
    "a wire's desk and a writer joined by 'and'": (
        f"Gasang Global\n{HEADLINE}\nBy Reuters Staff and Jane Doe\nSept 22, 2025 3:41 AM EDT\n{ENGLISH_STORY}",
        {"author": None},
    ),
    "an English timeline's entries, each a title and its day after a bar": (
        f"가상AI타임스\n{HEADLINE}\n입력 2025.12.11 08:00\n{STORY}"
        "Sam Altman Returns | Nov 22, 2023\nOpenAI Launches GPT-4o | May 13, 2024\n",
        {"lines": "Sam Altman Returns | Nov 22, 2023\nOpenAI Launches GPT-4o | May 13, 2024"},
    ),
    "a button under the reporter's stamp is no name": (
        f"가상안전신문\n{HEADLINE}\n기자명 홍길동 기자   입력 2024.07.08 15:12   댓글 0\n바로가기\n복사하기\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    # Their innocent look-alikes.
    "a stamp with a program's name beside its date": (
        f"가상방송\n{HEADLINE}\n2025년 1월 3일 가상뉴스 뉴스데스크\n{STORY}",
        {"date": dt.date(2025, 1, 3), "body": STORY},
    ),
    # (From the review of the rules above.)
    "a transcript's cue over the lede, a link to the program at the story's end": (
        f"가상방송\n{HEADLINE}\n2025년 3월 4일 홍길동 기자\n<앵커>\n{STORY}2025년 3월 5일 가상방송 뉴스광장 전체보기\n",
        {"body": STORY, "author": "홍길동"},
    ),
    "a wire's credit in angle brackets over the lede": (
        f"가상경제\n{HEADLINE}\n입력 2025.03.04 08:41\n<AP=연합뉴스>\n{STORY}",
        {"body": STORY},
    ),
    "five decks over a story of short sentences": (
        f"가상신문\n{HEADLINE}\n" + "\n".join(NOTES) + "\n입력 2025.03.04 05:30\n"
        "AI 기본법이 내년 1월 시행된다.\n정부는 하위법령 작업에 들어갔다.\n쟁점은 고영향 AI의 범위다.\n",
        {"subtitle": " / ".join(NOTES), "lines": "AI 기본법이 내년 1월 시행된다.\n쟁점은 고영향 AI의 범위다."},
    ),
    "a headline quoting a sentence with its full stop": (
        f'가상일보\n젠슨 황 "한국은 AI 팩토리의 최적지다."\n입력 2025.03.04 15:12\n{STORY}'
        "ⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"title": '젠슨 황 "한국은 AI 팩토리의 최적지다."', "draft": None},
    ),
    "an event's time in English in a release's body": (
        f"가상와이어\n{HEADLINE}\n{LEDE}\n기조연설 일정은 다음과 같다.\nTuesday, May 20, 2025 at 10:00 AM CST\n{STORY}",
        {"published": HELD, "lines": "Tuesday, May 20, 2025 at 10:00 AM CST"},
    ),
    "a list's items marked '▲', each with a note to see a chart": (
        f"가상경제\n{HEADLINE}\n입력 2025.03.04 10:00\n{LEDE}\n"
        "▲ 인공지능(AI) ▲ 반도체 등 3대 분야에 정책금융 7조원을 투입한다. <그래픽 참조>\n{STORY}",
        {"lines": "▲ 인공지능(AI) ▲ 반도체 등 3대 분야에 정책금융 7조원을 투입한다. <그래픽 참조>"},
    ),
    "a label over two names for a headline": (
        f"가상데일리\n인터뷰 홍길동·김철수\n입력 2025.03.04 06:00\n{STORY}",
        {"title": "인터뷰 홍길동·김철수"},
    ),
    "who planned and made a card, credited before the name": (
        f"가상일보\n[카드뉴스] {HEADLINE}\n입력 2025.01.02 09:00\n" + "\n".join(NOTES) + "\n기획·제작 홍길동 기자\n",
        {"author": "홍길동"},
    ),
    "an English page's strip, its weekday in full, over the headline": (
        f"GASANG ASIA\nTuesday 12 November 2024\nTSMC lifts its CoWoS target again\n{STORY}",
        {"title": "TSMC lifts its CoWoS target again"},
    ),
    "three decks over a story": (
        f"가상신문\n{HEADLINE}\n" + "\n".join(NOTES[:3]) + f"\n입력 2025.02.03 16:47\n{STORY}",
        {"subtitle": " / ".join(NOTES[:3]), "body": STORY},
    ),
}


# Sets 171-174 brought copies that came through a tool: a Markdown clipper's, a page printed to PDF,
# a newsletter forwarded from web mail, a notes app's clipped page.
PAGES_OF_SETS_171_TO_174 = {
    "a Markdown clipper's page whose headline is its first heading, its lede quoted over it": (
        "---\ncreated: 2026-01-12T21:14:37 (UTC +09:00)\ntags: []\nsource: https://www.gasang.co.kr/news/1\n"
        f"author: 홍길동 기자\n---\n\n# {HEADLINE}\n\n> ## Excerpt\n> {LEDE}\n\n---\n"
        "![](https://img.gasang.co.kr/1.jpg)\n\n\\[바로잡습니다\\] 최초 기사의 출시일을 바로잡습니다.\n\n"
        f"{FIRST}\n{SECOND}",
        {
            "title": HEADLINE,
            "author": "홍길동",
            "body": f"[바로잡습니다] 최초 기사의 출시일을 바로잡습니다.\n{STORY}",
        },
    ),
    "a page printed to PDF, the print time and tab title over each sheet": (
        "25. 10. 29. 오후 3:12 IT·과학 뉴스 | 가상일보\n가상일보\nIT·과학\n"
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST}https://www.gasang.co.kr/news/1 1/2\n"
        f"25. 10. 29. 오후 3:12 IT·과학 뉴스 | 가상일보\n{SECOND}https://www.gasang.co.kr/news/1 2/2\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 10, 28, 14, 31, tzinfo=KST), "body": STORY},
    ),
    "a clipper's properties with the headline, the excerpt first under them": (
        f'---\ntitle: "{HEADLINE}"\nsource: "https://www.gasang.co.kr/news/1"\n---\n> ## Excerpt\n> {LEDE}\n\n---\n'
        f"{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a clipper's properties over a photo's caption and the story's dateline": (
        f'---\ntitle: "{HEADLINE}"\nsource: "https://www.gasang.co.kr/news/1"\nauthor:\n  - "[[홍길동 기자]]"\n'
        'published:\ncreated: 2026-01-12\ntags:\n  - "clippings"\n---\n![](https://img.gasang.co.kr/1.jpg)\n\n'
        f"가상전자 로고. [사진=가상전자]\n\n[가상일보 홍길동 기자] {FIRST}\n{SECOND}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a newsletter forwarded from web mail, its logo's alt text over the headline": (
        f"Fwd: {HEADLINE}\n받은편지함\n\n김지훈 <jh.kim@example.com>\n2025년 10월 30일 (목) 오후 2:14\n나에게\n\n"
        "회의 때 참고하세요.\n\n---------- Forwarded message ---------\n보낸사람: 가상레터 <hello@gasang.co.kr>\n"
        f"Date: 2025년 10월 29일 (수) 오전 7:00\nSubject: {HEADLINE}\nTo: <jh.kim@example.com>\n\n\n"
        "View in browser\n[image: Gasang Letter]\nAI Agenda\nOct. 29, 2025\nBy Jane Doe\n\n"
        f"Inside Gasang's $3 Billion-a-Year Bet on AI\n{STORY}",
        {"title": "Inside Gasang's $3 Billion-a-Year Bet on AI", "author": "Jane Doe", "body": STORY},
    ),
    "a notes app's clipped page, the day it was clipped among its properties": (
        f"{HEADLINE}\nURL\nhttps://www.gasang.co.kr/news/1\n생성 일시\n2025년 10월 30일 오후 2:13\n태그\n"
        f"![](https://img.gasang.co.kr/1.jpg)\n{STORY}",
        {"title": HEADLINE, "date": dt.date(2025, 10, 28), "body": STORY},
    ),
    "a Japanese stamp, its weekday in full-width brackets, its time in kanji": (
        "ガソウ日本版\nメニュー\nテクノロジー\nガソウ電子、AI半導体の新工場を熊本に建設へ\n2025年2月4日（火）17時20分\n"
        "ガソウ電子は4日、AI向け半導体の新工場を熊本県に建設すると発表した。投資額は約3000億円で、2027年の稼働を目指す。\n"
        "同社は生成AIの普及でデータセンター向けの需要が急増しているとしている。\n",
        {"date": dt.datetime(2025, 2, 4, 17, 20, tzinfo=KST)},
    ),
    "a release's credit in angle brackets under the story": (
        f"가상뉴스\n{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}<자료제공=가상시교육청>\n홍길동 기자 hong@gasang.co.kr\n",
        {"body": STORY, "author": "홍길동"},
    ),
    "a blog feed's signature under the item": (
        f"Gasang Feed\n{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}The post {HEADLINE} appeared first on Gasang News.\n",
        {"body": STORY},
    ),
    # Sets 175-178: whose stamp and whose name.
    "a Chinese agency's own Korean page, its stamp in Beijing's time": (
        f"신화망 한국어판\n홈\n중국\n{HEADLINE}\n출처: 신화망 | 2025-01-21 10:48:12 | 편집: 진설화\n"
        f"(베이징=신화통신) {STORY}Copyright © 2000-2025 XINHUANET.com All rights reserved.\n",
        {"date": dt.datetime(2025, 1, 21, 11, 48, tzinfo=KST), "publisher": "신화통신"},
    ),
    "a photo page's headline ending with a group photo, under its section": (
        "포토뉴스\n[포토] 'AI 서울 정상회의' 장관 세션…각국 대표 기념촬영\n홍길동 기자\n입력 2024.05.22 17:10\n"
        f"{STORY}",
        {"title": "[포토] 'AI 서울 정상회의' 장관 세션…각국 대표 기념촬영"},
    ),
    "a broadcast's anchor handing over to a correspondent in a city": (
        f"가상TV\n{HEADLINE}\n등록 2024-06-06 19:48\n[앵커]\n엔비디아가 애플을 제치고 시가총액 2위에 올랐습니다.\n"
        f"뉴욕 홍길동 특파원입니다.\n[리포트]\n{STORY}",
        {"author": "홍길동"},
    ),
    "a broadcast's anchor handing over after what the report tries out": (
        f"가상TV\n{HEADLINE}\n2024-11-19 19:46\n[앵커]\n목소리를 흉내 내는 AI가 보이스피싱에 쓰이고 있습니다.\n"
        f"실제로 얼마나 비슷한지, 홍길동 기자가 직접 실험해봤습니다.\n[기자]\n{STORY}",
        {"author": "홍길동"},
    ),
    "a Korean wire carrying a Chinese agency's story, both named in its copyright line": (
        f"연합뉴스\n{HEADLINE}\n송고2025-05-29 00:20\n(베이징=신화/연합뉴스) {STORY}ⓒ 신화통신 · 연합뉴스\n",
        {"date": dt.datetime(2025, 5, 29, 0, 20, tzinfo=KST)},
    ),
    "a portal's copy of a Chinese paper's Korean editorial": (
        f"다음 뉴스\n글로벌타임스\n[사설] {HEADLINE}\n2025. 3. 11. 21:05\n(글로벌타임스) {STORY}"
        "ⓒ 글로벌타임스(globaltimes.cn). 무단전재 및 재배포 금지\n",
        {"date": dt.datetime(2025, 3, 11, 21, 5, tzinfo=KST)},
    ),
    "a sentence of the story about a post that appeared first elsewhere": (
        f"가상테크\n{HEADLINE}\n입력 2025.03.12 10:41\n{FIRST}"
        "The post that first showed them appeared first on Blind, a forum for tech workers.\n"
        f"{SECOND}",
        {"lines": "The post that first showed them appeared first on Blind, a forum for tech workers."},
    ),
    "a group photo's caption between paragraphs": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.18 11:05\n{FIRST}협약식 참석자들 기념촬영\n사진=가상시 제공\n{SECOND}",
        {"body": STORY},
    ),
    # Ordinary pages those rules must leave as they were (a review's look-alikes).
    "a brief's one paragraph ending with the wire's credit and its day": (
        f"가상뉴스\n{HEADLINE}\n입력 2025.10.28 14:31\n[서울=가상뉴스] 홍길동 기자 = {LEDE} "
        "회사는 올해 하반기 이 서비스를 넓힐 계획이다. ⓒ가상뉴스 2025.10.28.\n",
        {"author": "홍길동", "lines": f"{LEDE} 회사는 올해 하반기 이 서비스를 넓힐 계획이다. ⓒ가상뉴스 2025.10.28."},
    ),
    "a story listing a watermark's fields, one a line, a clip time's name among them": (
        f"가상일보\n{HEADLINE}\n입력 2025.03.04 14:40\n{LEDE}\n워터마크에 담아야 하는 정보는 세 가지다.\n생성 일시\n"
        f"사용한 AI 모델의 이름\n태그\n{STORY}",
        {"lines": "생성 일시\n사용한 AI 모델의 이름", "date": dt.datetime(2025, 3, 4, 14, 40, tzinfo=KST)},
    ),
    "a clipped blog post's code, its backslashes the code's own": (
        f'---\ntitle: "{HEADLINE}"\nsource: "https://blog.gasang.io/posts/1"\npublished: 2025-03-04\n---\n'
        f'{FIRST}\n```\npath = "C:\\\\Users\\\\app\\_2025.log"\n```\n\n{SECOND}',
        {"lines": 'path = "C:\\\\\\\\Users\\\\\\\\app\\\\_2025.log"'},  # (as Markdown writes it)
    ),
    "a machine translation's 'Follow' button under the byline": (
        f"가상저널\n{HEADLINE}\n~에 의해 John Doe\n따르다\n2025년 10월 28일 오후 2:31\n{STORY}",
        {"title": HEADLINE, "author": None},
    ),
}


# Sets 183-186 brought publishers a timeline meets less often: trade and campus papers, ministries'
# releases, research institutes, company newsrooms, Japanese editions.
JAPANESE_HEADLINE = "AI基本法が施行、「高影響AI」に告知義務…企業「基準があいまい」"
JAPANESE_STORY = (
    "人工知能（AI）産業の振興と安全性の確保を柱とする「AI基本法」が22日、施行された。\n"
    "ただし政府は、企業の負担を考慮して少なくとも1年間は過料を科さない「啓発期間」を設ける。\n"
)
PAGES_OF_SETS_183_TO_186 = {
    "a Japanese edition's menu of its sections over the headline": (
        f"가상일보\nログイン\n政治 経済 社会 国際 文化 スポーツ 芸能 社説・コラム\nホーム > 経済\n{JAPANESE_HEADLINE}\n"
        f"Posted January. 23, 2026 08:48\n{JAPANESE_STORY}",
        {"title": JAPANESE_HEADLINE},
    ),
    "a ministry's release on the government's portal, the ministry beside the day": (
        f"대한민국 정책브리핑\n브리핑룸\n보도자료\n{HEADLINE}\n2024.02.26 산림청\n{STORY}",
        {"title": HEADLINE, "author": None},
    ),
    "a report's writers after their label, each with a post": (
        f"가상경제연구원\n{HEADLINE}\n작성자 : 홍길동 연구위원, 김철수 선임연구원\n등록일 : 2024.04.15\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a writer after a label, the post and the lab after the name": (
        f"가상연구소\n{HEADLINE}\n작성자 : 홍길동 선임연구원 (AI정책연구실)\n{STORY}",
        {"author": "홍길동"},
    ),
    "a copy cut inside the copyright line's name, which the page prints whole nowhere": (
        f"{HEADLINE}\n{STORY}홍길동 기자(gildong@example.kr)\n지금 뜨는 기사\nZDNet Power Center\nCopyright © ZDNe",
        {"publisher": "ZDNet Korea"},
    ),
    "an outlet's tag with the place of a report abroad after '=', the country in brackets": (
        f"가상게임\n{HEADLINE}\n입력 5시간 전\n[가상게임=라스베이거스(미국) 홍길동 기자] {STORY}",
        {"publisher": "가상게임", "author": "홍길동"},
    ),
    "a body's name in English holding the word Copyright, over its menu": (
        f"가상저작권위원회\nGasang Copyright Commission\n로그인\n{HEADLINE}\n2023-12-27\n{STORY}",
        {"publisher": None},
    ),
    "a board's post, each field under its label, the board's note over them": (
        "보도자료\n위원회의 보도자료를 안내해 드립니다.\n제목\n"
        f"{HEADLINE}\n작성자\n홍보팀\n작성일\n2023-12-27\n조회수\n2,418\n{STORY}",
        {"title": HEADLINE},
    ),
    "a monthly's issue with its running number over the headline": (
        f"가상재단\n간행물\n가상월간 2024년 5월호 (통권 641호)\n[이슈] {HEADLINE}\n등록일 2024-05-02\n{STORY}",
        {"title": f"[이슈] {HEADLINE}"},
    ),
    "a blog's repost of a story, the post's time over the poster's note over the story's tagged lede": (
        f"블로그\n카테고리 이동\n{HEADLINE}\n칩돌이\n2025. 6. 13. 8:47\n이웃추가\n"
        "어제 나온 기사 스크랩해둡니다. 같이 보시죠.\n"
        "[가상일보 홍길동 기자] 카카오가 카카오톡 채팅 탭에서 오픈AI의 챗GPT를 바로 쓸 수 있는 서비스를"
        " 12일 출시했다고 밝혔다.\n별도 앱을 설치하거나 새로 가입할 필요 없이 카카오 계정으로 이용할 수 있다.\n",
        {"published": dt.date(2025, 6, 12), "publisher": "가상일보"},
    ),
    "a timeline's event whose words begin like a stamp's label ('수정안 가결')": (
        f"{HEADLINE}\n{STORY}■ 법제화 일지\n2023년 2월 14일 소위, 대안 의결\n"
        "2023년 6월 14일 유럽의회, AI법 수정안 가결\nⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"published": HELD},
    ),
    "a path from HOME without marks, a section's name joining two": (
        f"가상뉴스통신\n정치\n경제\nHOME IT·과학 방송통신\n{HEADLINE}\n입력 2025.06.19 14:32\n{STORY}",
        {"title": HEADLINE},
    ),
    "a city's own board of releases, its name atop under the skip links": (
        f"본문 바로가기\n주메뉴 바로가기\n가상광역시\n시정소식\n보도자료\nHOME > 시정소식 > 보도자료\n{HEADLINE}\n"
        f"작성일\n2025-05-12\n{STORY}",
        {"publisher": "가상광역시"},
    ),
    "a Chinese page's writer after its label": (
        f"{JAPANESE_HEADLINE}\n2025-09-18 15:42\n来源：环球网\n作者：李梦琪\n{JAPANESE_STORY}",
        {"author": "李梦琪"},
    ),
    "an adult chat's pitch set off by hearts, no address in it": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}"
        "♥ 19금 성인 화상채팅 무료체험 ♥ 실시간 1:1 매칭 ▶ 지금 바로 접속\n",
        {"body": STORY},
    ),
    "a release's embargo with its time under the board's day of posting": (
        f"가상청\n보도자료\n{HEADLINE}\n작성자\n대변인실\n작성일\n2025-05-14\n조회수\n1,482\n"
        f"보도시점 : 2025. 5. 14.(수) 12:00 이후 (5. 15.(목) 조간)\n{STORY}",
        {"published": dt.datetime(2025, 5, 14, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))},
    ),
    "a Chinese page's field of the outlet the story is from": (
        f"首页\n科技\n{JAPANESE_HEADLINE}\n2025-09-18 15:42\n来源：环球网\n分享到：\n{JAPANESE_STORY}",
        {"publisher": "环球网"},
    ),
    "a board's title field, its label and the headline on one line": (
        f"가상청\n보도자료\n제목 {HEADLINE}\n작성자 대변인실\n등록일 2025-04-30\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE},
    ),
    # Look-alikes of the rules above, from review 50.
    "a paper's desk atop a news page whose footer links to its releases": (
        f"사회부\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}기사제보 | 보도자료 | 광고문의\n",
        {"publisher": None},
    ),
    "a Chinese repost whose source field names no outlet": (
        f"{JAPANESE_HEADLINE}\n2025-09-18 15:42\n来源：网络\n作者：佚名\n{JAPANESE_STORY}",
        {"publisher": None, "author": None},
    ),
    "a book's fields over a review, its writer among them": (
        f"{JAPANESE_HEADLINE}\n2025-04-15 09:20\n书名：《呐喊》\n作者：鲁迅\n出版社：人民文学出版社\n{JAPANESE_STORY}",
        {"author": None},
    ),
    "a shop's promo with stars quoted in a story": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}"
        "★ 신규 가입 고객 첫 달 무료 ★ 유심 당일 배송 · 실시간 개통\n",
        {"lines": "★ 신규 가입 고객 첫 달 무료 ★ 유심 당일 배송 · 실시간 개통"},
    ),
    "a sports headline opening with '홈', a home game's": (
        f"가상스포츠\n야구\n홈 6연승 LG·두산 격차 4경기로 벌려\n입력 2025.06.12 22:10\n{STORY}",
        {"title": "홈 6연승 LG·두산 격차 4경기로 벌려"},
    ),
    "an app's share text, the outlet before the headline, the headline again below": (
        f"가상신문 - {HEADLINE}\nhttps://www.example.kr/news/2025/03/05/1\n가상신문 앱으로 더 많은 뉴스를 보세요\n"
        f"{HEADLINE}\n{STORY}",
        {"title": HEADLINE},
    ),
}

ENGLISH_LEDE = "Kakao has begun offering ChatGPT inside its messenger, the company said on Tuesday.\n"
CHINESE_STORY = (
    "春节假期后的首个工作周，多地政务云平台宣布接入DeepSeek大模型。\n业内人士指出，政务场景对准确性要求极高。\n"
)
# How Japanese pages name their writers (19 pages of sets 123-190 did so, none read), and their
# look-alikes: the outlet, a section, an agency or a note where a name would stand.
JP_STAMP = "2025年2月3日 19:12"
JP_MORE = "両社は企業向けのAIサービスを共同で開発し、日本の大企業向けに販売する。\n"
JAPANESE_BYLINES = {
    "a Japanese writer in brackets with the outlet": (
        f"ITmedia AI＋\n{JAPANESE_HEADLINE}\n{JP_STAMP} 公開\n[吉川大貴，ITmedia]\n{JAPANESE_STORY}",
        {"author": "吉川大貴", "body": JAPANESE_STORY},
    ),
    "a Japanese writer after a label, the editor after a wide space": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n文● 小林剛史\u3000編集●ASCII\n{JAPANESE_STORY}",
        {"author": "小林剛史", "body": JAPANESE_STORY},
    ),
    "a Japanese writer with the post in brackets, the stamp after it": (
        f"{JAPANESE_HEADLINE}\n山田拓也 (編集部){JP_STAMP}\n{JAPANESE_STORY}",
        {"author": "山田拓也", "body": JAPANESE_STORY},
    ),
    "a Japanese writer with the outlet and the post after a colon": (
        f"{JAPANESE_HEADLINE}\n高橋 玲央 : 東洋経済 記者\n{JP_STAMP}\n{JAPANESE_STORY}",
        {"author": "高橋 玲央", "body": JAPANESE_STORY},
    ),
    "a Japanese writer after the desk": (
        f"{JAPANESE_HEADLINE}\nダイヤモンド編集部 片山 亮\n{JP_STAMP}\n{JAPANESE_STORY}",
        {"author": "片山 亮"},
    ),
    "a Korean reporter in katakana on a Japanese edition, the mail's name after it": (
        f"{JAPANESE_HEADLINE}\nPosted January. 23, 2026 08:48\n{JAPANESE_STORY}チェ・ジウォン記者 jwc\n",
        {"author": "チェ・ジウォン", "body": JAPANESE_STORY},
    ),
    "Japanese writers alone over the stamp, set apart by a comma": (
        f"{JAPANESE_HEADLINE}\n竹内佳奈、小田翔子\n{JP_STAMP} JST\n{JAPANESE_STORY}",
        {"author": ["竹内佳奈", "小田翔子"], "body": JAPANESE_STORY},
    ),
    "a Japanese writer alone between the headline and the stamp": (
        f"ニュース\n{JAPANESE_HEADLINE}\n山田航平\n{JP_STAMP}\n{JAPANESE_STORY}",
        {"author": "山田航平", "body": JAPANESE_STORY},
    ),
    "a Japanese paper's writer in brackets under the story": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n{JAPANESE_STORY}\u3000（原田拓真）\n関連キーワード\n",
        {"author": "原田拓真", "body": JAPANESE_STORY},
    ),
    "a Japanese paper's writer in brackets at the last paragraph's end": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n{JAPANESE_STORY.rstrip()}（高野健太）\n",
        {"author": "高野健太", "body": JAPANESE_STORY},
    ),
    # Look-alikes (and from review 51).
    "a Japanese paper's own name where its writer's would stand": (
        f"{JAPANESE_HEADLINE}\n毎日新聞\n{JP_STAMP}\n{JAPANESE_STORY}",
        {"author": None},
    ),
    "a section's name of Han characters over the stamp, under the menu": (
        f"ホーム\nニュース\n国際経済\n{JP_STAMP}\n{JAPANESE_HEADLINE}\n{JAPANESE_STORY}",
        {"author": None},
    ),
    "an agency and a photo's credit in brackets after Japanese paragraphs": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n{JAPANESE_STORY.rstrip()}（時事通信）\n（同大提供）\n",
        {"author": None},
    ),
    "a section's name of Han characters right under a Japanese headline, over the stamp": (
        f"ニュース\n{JAPANESE_HEADLINE}\n経済\n{JP_STAMP}\n{JAPANESE_STORY}",
        {"author": None},
    ),
    "an interviewee's name alone under a Japanese headline": (
        f"{JAPANESE_HEADLINE}\n孫 正義\n{JP_STAMP}\n{JAPANESE_STORY}",
        {"author": None},
    ),
    "an editor's note in brackets under a Japanese story": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n{JAPANESE_STORY}（一部敬称略）\n",
        {"author": None},
    ),
    "'to be continued' in brackets ending a Japanese story": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n{JAPANESE_STORY.rstrip()}（以下次号）\n",
        {"author": None},
    ),
    "a photo's place in brackets in the middle of a Japanese story": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n{JAPANESE_STORY}記者会見する孫正義会長兼社長。\n（東京都港区）\n{JP_MORE}",
        {"author": None, "body": f"{JAPANESE_STORY}記者会見する孫正義会長兼社長。\n（東京都港区）\n{JP_MORE}"},
    ),
    "a photo's credit in brackets with its source, as ITmedia prints a writer": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP} 公開\n[写真，ソニーグループ提供]\n{JAPANESE_STORY}",
        {"author": None},
    ),
    "a chart's source naming a desk": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n{JAPANESE_STORY}出所：ダイヤモンド編集部 作成\n",
        {"author": None},
    ),
    "a Taiwanese agency's name before 記者": (
        f"{JAPANESE_HEADLINE}\n2025/04/14 10:30\n{CHINESE_STORY}中央社記者\n",
        {"author": None},
    ),
    "a Chinese paper's dateline naming a correspondent after the reporter": (
        f"{JAPANESE_HEADLINE}\n2025-02-10 14:32\n本报讯（记者 许诺 通讯员 李明）{CHINESE_STORY}",
        {"author": "许诺", "body": CHINESE_STORY},
    ),
    "a Chinese writer after '文/' with the post": (
        f"{JAPANESE_HEADLINE}\n2025-02-10 14:32\n文/记者 张三\n{CHINESE_STORY}",
        {"author": "张三"},
    ),
    "a note in brackets ending a Japanese timeline's row": (
        f"{JAPANESE_HEADLINE}\n{JP_STAMP}\n{JAPANESE_STORY}2026年8月 全面施行。（予定）\n",
        {"author": None},
    ),
}


PAGES_OF_SETS_191_TO_194 = {
    "a path from HOME without marks, its one step the menu's over it": (
        f"가상전자신문\n로그인\n반도체·부품\n가전·IT\n산업·정책\nHOME 반도체·부품\n{HEADLINE}\n"
        f"기자명 홍길동 기자\n입력 2024.06.02 19:40\n{STORY}",
        {"title": HEADLINE},
    ),
    "a public body's initials and name atop its board of releases": (
        f"GIRI 가상정보연구원\n알림마당\n보도자료\n{HEADLINE}\n"
        f"작성자 홍보팀 | 등록일 2025-11-20 | 조회수 1,108\n{STORY}",
        {"title": HEADLINE},
    ),
    "a Japanese site's name with its reading in katakana": (
        f"GASANG dot. (ガサンドット)\nログイン\nニュース\n{JAPANESE_HEADLINE}\n"
        f"川口遥\n2025/04/14/ 07:00\n{JAPANESE_STORY}",
        {"title": JAPANESE_HEADLINE, "date": dt.datetime(2025, 4, 14, 7, 0, tzinfo=KST)},
    ),
    "an English stamp, its day ordinal after the month": (
        "Weekly edition\nBusiness\nKakao brings ChatGPT into its messenger\n"
        f"Mar 6th 2025|SEOUL|4 min read\n{ENGLISH_LEDE}",
        {"date": dt.date(2025, 3, 6)},
    ),
    "an English stamp, its day ordinal before the month": (
        f"Kakao brings ChatGPT into its messenger\n4th March 2025\n{ENGLISH_LEDE}",
        {"date": dt.date(2025, 3, 4)},
    ),
    "a portal's writer with the story's age and reading time": (
        f"MSN\n뉴스\n가상일보\n팔로우\n{HEADLINE}\n스토리 작성자: 홍길동 기자 • 1일 • 2분 읽기\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "a contributor's name and post over a column copied without its headline": (
        f"홍길동 가상대학교 안보정책학부 교수\n홍길동 가상대학교 안보정책학부 교수\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "a Chinese paper's dateline, its reporter in brackets": (
        f"{JAPANESE_HEADLINE}\n新京报 2025-02-10 14:32\n新京报贝壳财经讯（记者 许诺）{CHINESE_STORY}",
        {"author": "许诺", "body": CHINESE_STORY},
    ),
    "a timeline's events, each a dotted day and what happened": (
        f"가상일보\n{HEADLINE}\n입력 2025.08.05 09:10\n{STORY}■ 주요 일지\n2024.11 검정 통과\n"
        "2024.12.26 개정안 국회 본회의 통과\n2025.01.21 대통령 권한대행, 재의요구권 행사\n",
        {
            "date": dt.datetime(2025, 8, 5, 9, 10, tzinfo=KST),
            "lines": "2024.12.26 개정안 국회 본회의 통과\n2025.01.21 대통령 권한대행, 재의요구권 행사",
        },
    ),
    "a day worked out from an event the text names, no day printed": (
        "가상일보\n오픈AI, 새 AI 모델 'GPT-4o' 공개\n오픈AI가 사람처럼 보고 듣고 말하는 새 AI 모델 GPT-4o를 공개했다.\n"
        "이날 오픈AI가 밝힌 GPT-4o의 주요 특징은 다음과 같다.\n무료 이용자에게도 순차적으로 제공된다.\n"
        "ⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"publisher": "가상일보", "date": dt.date(2024, 5, 13), "draft": True},
    ),
    # Look-alikes.
    "a board's day of posting with its count of views": (
        f"가상청\n보도자료\n{HEADLINE}\n2025.05.14 조회수 1,108\n{STORY}",
        {"date": dt.date(2025, 5, 14), "body": STORY},
    ),
    "a headline of a public body's initials and an act": (
        f"가상일보\n{HEADLINE}\n입력 2025.11.20 10:00\nKISTI 한국과학기술정보연구원 개원 기념식\n{STORY}",
        {"title": HEADLINE},
    ),
    "a headline naming a professor and what he said": (
        f'가상일보\n홍길동 가상대 교수 "AI는 도구일 뿐"…\n입력 2025.11.20 10:00\n{STORY}',
        {"title": '홍길동 가상대 교수 "AI는 도구일 뿐"…', "author": None},
    ),
}


# Held-out sets 199-202 (each case an invented page of the kind): calls to follow, plead and join
# with the words between them, stock tipsters' adverts, a screen's capture and a photo's owner
# ending a caption, a broadcast's credits in angle brackets, bylines in square brackets, a column
# known by its link to its writer's others, a headline signed after a slash, a portal's outlet over
# its own button, a menu of topics with a button, an update stamped with its time alone; and the
# look-alikes each rule must leave alone.
FIRST_LINE, SECOND_LINE = STORY.splitlines(keepends=True)
BROADCAST = "가상뉴스 홍길동입니다.\n"
# (A story goes on past an advert only with a paragraph of some length.)
LONG_LINE = (
    "카카오는 연내 이용자를 1000만 명으로 늘리고 기업용 요금제와 개발자용 도구도 "
    "새로 내놓는다는 목표를 세웠다고 설명했다.\n"
)
LAST_LINE = (
    "업계에서는 국내 메신저와 해외 AI 기업의 협업이 검색과 쇼핑 같은 다른 플랫폼으로도 빠르게 "
    "번질 것이라는 전망이 나온다.\n"
)
PAGES_OF_SETS_199_TO_202 = {
    "calls to follow, join and give, with words between the outlet and the call": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}▶ 가상M 텔레그램 채널 구독하고 IT 속보 받아보기\n"
        f"▶ 가상퀘스트 경제 뉴스레터 무료 구독 신청하기\n"
        f"※ 언론의 공정성을 지키는 힘, 가상오늘을 후원해주세요 [후원하기]\n{SECOND_LINE}",
        {"body": STORY},
    ),
    "a stock tipster's adverts pasted into the story": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}"
        "▶[단독] 지금 가입하면 수익률 300% 보장…무료 주식 리딩방 입장하기\n"
        f"{LONG_LINE}▶▶ 오늘의 급등 예상 종목 무료 공개 ◀◀ 선착순 300명 카톡 상담\n{LAST_LINE}",
        {"body": FIRST_LINE + LONG_LINE + LAST_LINE},
    ),
    "a warning about stock tipsters is the story's": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}"
        "금융당국은 '수익률 300% 보장'을 내건 리딩방 사기가 급증했다며 카톡 상담에 주의하라고 당부했다.\n"
        f"{SECOND_LINE}",
        {"lines": "금융당국은 '수익률 300% 보장'을 내건 리딩방 사기가 급증했다며 카톡 상담에 주의하라고 당부했다."},
    ),
    "captions ending in a screen's capture and in a photo's owner": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n"
        "▲가상 검색창에 질문을 입력하면 상단에 'AI 브리핑' 답변이 노출된다. 가상 검색 화면 갈무리.\n"
        f"{FIRST_LINE}1월27일(현지 시각) 미국 뉴욕증권거래소 전광판에 엔비디아 주가가 표시되고 있다. ⓒAP Photo\n"
        f"{SECOND_LINE}",
        {"body": STORY},
    ),
    "a sentence that wraps up with the word for a capture is the story's": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}회사는 올해 실적을 갈무리했다.\n",
        {"body": STORY + "회사는 올해 실적을 갈무리했다."},
    ),
    "a broadcast's credits in angle brackets after its last words": (
        f"가상TV\n{HEADLINE}\n입력 2025.02.17 20:10\n{STORY}{BROADCAST}<영상취재: 홍길동 / 영상편집: 김철수>\n",
        {"body": STORY + BROADCAST},
    ),
    "two writers in square brackets under the story, a mail beside the first": (
        f"{HEADLINE}\n{STORY}[홍길동 기자 gildong@gasang.co.kr · 김철수 인턴기자]\n",
        {"author": ["홍길동", "김철수"], "body": STORY},
    ),
    "a column copied without its top, its writer under it over the link to his others": (
        f"{STORY}홍길동 가상노동연구소 연구위원\n필자의 다른 기사\n가상 노동자에게 설명권을\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a column's headline signed after a slash by its writer": (
        f"가상일보\n[가상칼럼] AI 기본법, '최소 규제' 약속 지켜야 /홍길동\n홍길동 논설위원\n{STORY}",
        {"title": "[가상칼럼] AI 기본법, '최소 규제' 약속 지켜야", "author": "홍길동"},
    ),
    "a headline with a slash before a name that signs nothing": (
        f"가상일보\n{HEADLINE} /홍길동\n김철수 기자\n입력 2025.06.12 10:00\n{STORY}",
        {"title": f"{HEADLINE} /홍길동"},
    ),
    "a portal's copy, the outlet over its own button after the portal's menu": (
        f"NAVER\n뉴스\n정치\n경제\n사회\nIT/과학\n한국경제\n한국경제 언론사 구독하기\n{HEADLINE}\n"
        f"입력2025.03.18. 오후 2:41\n홍길동 기자\n{STORY}",
        {"publisher": "한국경제", "title": HEADLINE},
    ),
    "a menu of topics with the site's name and a button": (
        f"GTimes\n가상타임즈\nAI 테크 비즈 가상타임즈TV 로그인\n{HEADLINE}\n가상 '클로드 4' 공개…\"최고의 코딩 모델\"\n"
        f"Published 2025.05.23 AM 10:30\n{STORY}",
        {"title": HEADLINE},
    ),
    "a stock tipster's pitches set off by stars, by a link and its button, and tagged as an advert": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}"
        "▶ [무료] 오늘의 AI 대장주 3종목 받기 ☞ 카톡 친구추가\n"
        f"{LONG_LINE}★ 지금 가입하면 VIP 리딩방 1개월 무료 ★ 선착순 100명\n"
        f"▶[AD] AI 반도체 급등주 무료 리딩방 입장 ☞ 오픈채팅 검색 '반도체300'\n{LAST_LINE}",
        {"body": FIRST_LINE + LONG_LINE + LAST_LINE},
    ),
    "a story's line on the leading stocks is the story's": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}반도체 대장주 3종목이 일제히 올랐다.\n",
        {"lines": "반도체 대장주 3종목이 일제히 올랐다."},
    ),
    "captions over their credit, with their source in brackets, and with the giver's credit": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}"
        "지난 16일 가상도서관 열람실에서 한 학생이 노트북으로 챗GPT를 이용하고 있다.\n사진: 홍길동 사진기자\n"
        f"{LONG_LINE}가상전자가 공개한 AI 진단 도구의 작동 방식(사진 출처: 가상전자 블로그 갈무리).\n"
        f"가상전자 이천캠퍼스. 제공=가상전자\n{LAST_LINE}",
        {"body": FIRST_LINE + LONG_LINE + LAST_LINE},
    ),
    "notes that the story ran first behind the paywall or is to run in print, and an AI summary's disclaimer": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n"
        "AI 요약은 기사 이해를 돕기 위한 것으로, 전체 내용은 본문을 확인해 주세요.\n"
        f"{STORY}이 기사는 2025년 6월 11일 08:05 가상뉴스 유료 콘텐츠 'PRO'에 먼저 게재됐습니다.\n"
        "이 글은 월간 가상소프트웨어 2025년 7월호에 실릴 예정입니다.\n",
        {"body": STORY},
    ),
    "writers each over a line of their post, as a foreign outlet's Korean edition sets them": (
        f"{HEADLINE}\n기사 정보\n작성자, 홍길동\n기자, 기술 담당 기자\n작성자, 김철수\n기자, 비즈니스 기자\n"
        f"2025년 1월 28일\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a camera's credit with its role under the reporter's byline": (
        f"{HEADLINE}\n입력 2025.10.28 19:52\n{STORY}홍길동 기자\n영상취재 김철수 기자\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a section and its subsection over the headline, and three writers signed with their mails": (
        f"가상경제\nIT·과학 인공지능\n\n{HEADLINE}\n입력 : 2025.08.08 08:41:12\n"
        f"[실리콘밸리=홍길동 특파원] {STORY}"
        "홍길동 특파원(gildong@gasang.co.kr), 김철수 기자(cs@gasang.co.kr), 이영희 기자(yh@gasang.co.kr)\n",
        {"title": HEADLINE, "author": ["홍길동", "김철수", "이영희"]},
    ),
    # What review 52 found the first rules of these sets took (each kept as the rule before them did).
    "a headline on stock tipsters' fraud names their pitches and a messenger": (
        f"가상일보\nAI가 급등주 추천?…카톡 리딩방 피해 두 배\n홍길동 기자\n입력 2025.06.12 10:00\n{STORY}",
        {"title": "AI가 급등주 추천?…카톡 리딩방 피해 두 배"},
    ),
    "a headline of topic words and a common word that is also a button": (
        f"가상일보\n반도체 AI 로봇 다음 먹거리는\n홍길동 기자\n입력 2025.06.12 10:00\n{STORY}",
        {"title": "반도체 AI 로봇 다음 먹거리는"},
    ),
    "a quote's attribution over the link to the writer's others on a page no one signs": (
        f'{STORY}"고수익 약속은 100% 사기입니다"\n김철수 가상대학교 교수\n필자의 다른 기사\n가상 단속 강화\n',
        {"author": None, "lines": "김철수 가상대학교 교수"},
    ),
    "a reporter's page with the link to the writer's others": (
        f"{STORY}이번 조사를 이끈 책임자는 다음과 같다.\n김철수 가상금융원 부원장\n홍길동 기자\n필자의 다른 기사\n",
        {"author": "홍길동", "lines": "김철수 가상금융원 부원장"},
    ),
    "advice to subscribe in a story, and a step of a how-to": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}가족 요금제로 함께 구독하고 할인 받으세요.\n"
        f"유료 멤버십에서 가족 요금제 구독 신청하기\n{SECOND_LINE}",
        {"lines": "가족 요금제로 함께 구독하고 할인 받으세요.\n유료 멤버십에서 가족 요금제 구독 신청하기"},
    ),
    "an interview's answer with its laugh in brackets": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}많이 후원해주세요 [웃음]\n{SECOND_LINE}",
        {"lines": "많이 후원해주세요 [웃음]"},
    ),
    "a story's last sentence with the outlet's mark glued to it, and a program's wrap-up": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}▲3부: 종합 토론 및 갈무리\n"
        "금감원은 제도권 금융회사인지 반드시 확인해야 한다고 강조했다. © 가상일보\n",
        {"lines": "▲3부: 종합 토론 및 갈무리"},
    ),
    "a book's translators in angle brackets": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}〈번역: 김철수·이영희〉\n{SECOND_LINE}",
        {"lines": "〈번역: 김철수·이영희〉"},
    ),
    "a photographer beside the writer in square brackets": (
        f"{HEADLINE}\n{STORY}[홍길동 기자 gildong@gasang.co.kr · 사진 김철수 기자]\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a button to the reporter's page under the byline, and the byline with its button": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n홍길동·김철수·이영희 기자 기사 더보기\n{STORY}"
        "홍길동 기자·김철수 인턴기자\n기자 프로필\n",
        {"author": ["홍길동", "김철수", "이영희"], "body": STORY},
    ),
    "an update stamped with its time alone beside the day's stamp": (
        f"가상일보\n{HEADLINE}\n송고시간 2024-11-21 07:12 | 최종수정 08:30\n{STORY}",
        {"updated": dt.datetime(2024, 11, 21, 8, 30, tzinfo=KST)},
    ),
    "a time alone beside the stamp that is earlier is no update of that day": (
        f"가상일보\n{HEADLINE}\n입력 2024.11.21 07:12 수정 06:30\n{STORY}",
        {"updated": None},
    ),
}

# Blind sets 209-218 (120 pages of regional, trade, broadcast, magazine, app and repost layouts), each kind an invented
# page: writers in a label's line, after a dateline with the country or a wire's bracket, or with a
# long wire's name before '='; an outlet's offers, a writer's motto, a caption's source, a columnist's
# record, related links marked with a corner or headed as a blog heads them; an app's machine summary,
# its share price and its disclaimer; calls to read the outlet in its app, to follow its channel, to
# pass its letter on; a byline in brackets with the address, run into the lede; a column's writer with
# the post alone under its headline; an unknown outlet's Latin name after its Korean one in the
# copyright line; a translation's source date; a place with its country in a reporter's tag; notes on a
# machine summary or translation and on an embargo; a crew's credit with '='; a correspondent's post
# between name and role; three writers after a label; a blog's advert slots and its source under a
# label in brackets; a channel's count of subscribers and its pictographs; an investment disclaimer;
# and the look-alikes each rule must leave alone.
# Lines of real stories that look like what the rules of sets 209-218 drop (review 54's).
STORY_LOOK_ALIKES = (
    "실제로 AI가 기사를 요약했습니다.",
    "결과는 세 문장이었습니다.",
    "핵심은 대부분 담겼습니다.",
    "국내 AI 시장 규모는 지난해 4조1000억원으로 집계됐다. (출처: 가상IDC)",
    "AI 요약은 부정확할 수 있다는 점에서 이용자 주의가 필요하다고 전문가들은 말했다.",
    "AI 요약은 기사 본문을 바탕으로 자동 생성되는 만큼 오류 가능성이 있다는 지적이 나온다.",
    "이 기사는 AI 번역 기능의 정확도를 시험하기 위해 기자가 직접 원문과 비교해 봤다.",
    "AI 번역 결과는 원문과 대체로 일치했지만 고유명사에서 오류가 잦았다.",
    "ㄴ 이거 챗GPT가 쓴 거 아님? 말투가 너무 똑같은데",
    "└ 인공지능기반정책관 신설",
    "이 콘텐츠는 투자 권유 논란에 휩싸이며 결국 삭제됐습니다.",
    "원문 게재 이후 3년이 지난 2024년 4월 30일에야 학술지는 논문을 철회했다.",
    "480x480",
    "71,200원 ▲1.2%",
    "412만 구독자",
    "[1단계] 홈택스 접속해 간소화 자료 받기 >",
    "친구에게 앱을 추천하고 현금 5000원 받기",
    "홍길동 기자 (gildong@gasang.co.kr)SK하이닉스가 엔비디아에 HBM4를 처음 공급했다.",
)
PAGES_OF_SETS_209_TO_218 = {
    "two writers after a label, each with the role": (
        f"가상일보\n{HEADLINE}\n기자명 홍길동 기자 김철수 기자    입력 2025.06.12 10:00\n{STORY}",
        {"author": ["홍길동", "김철수"], "body": STORY},
    ),
    "a label's writer with a photographer's credit after it": (
        f"가상일보\n{HEADLINE}\n기자명 홍길동 기자 사진 김철수 기자\n입력 2025.06.12 10:00\n{STORY}",
        {"author": "홍길동"},
    ),
    "writers after a dateline with its country, at the end": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}뉴욕(미국)=홍길동 기자, 김철수 객원기자\n",
        {"author": ["홍길동", "김철수"], "body": STORY},
    ),
    "a wire's dateline in brackets before the correspondent, at the end": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}(워싱턴=가상뉴스TV) 홍길동 특파원\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a long wire's name before '=' in brackets, an intern beside the reporter": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n[아시아가상뉴스통신=홍길동 기자, 김철수 인턴기자]\n{STORY}",
        {"author": ["홍길동", "김철수"], "body": STORY},
    ),
    "the outlet's offers pointed at, with what to press": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}"
        "▶ 창업 준비 중이라면? 가상일보 창업 세미나 사전등록 바로가기(클릭)\n"
        f"{LONG_LINE}▶ 중소기업 정책자금 무료 진단 받기 ◀\n{LAST_LINE}",
        {"body": FIRST_LINE + LONG_LINE + LAST_LINE},
    ),
    "a list's items pointed at, ending in what to do, stay": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}"
        "▶ 연말정산 소득공제 혜택 받기\n▶ 정부는 중소기업이 지원을 더 쉽게 받기\n",
        {"lines": "▶ 연말정산 소득공제 혜택 받기\n▶ 정부는 중소기업이 지원을 더 쉽게 받기"},
    ),
    "a writer's address with the motto run on": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}"
        "홍길동 기자 (gildong@gasang.co.kr)더 나은 내일을 위한 기사를 쓰겠습니다\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a caption marked with its source last": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}▲ 카카오톡 챗GPT 시연 장면 (출처: 카카오 유튜브)\n"
        f"{SECOND_LINE}",
        {"body": STORY},
    ),
    "a columnist's post, then what else the columnist is": (
        f"가상일보\n{HEADLINE}\n홍길동 칼럼니스트\n입력 2025.06.12 10:00\n{STORY}"
        "홍길동 칼럼니스트 | 前 가상포털 서비스 기획자 · 『AI 이후』 저자\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a blog's heading over its related links": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n"
        f"{STORY}관련 글\n네이버, 하이퍼클로바X 기업용 출시\n가상 투자 리포트 3분기 AI 투자 동향\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "calls to read the outlet in its app, to follow its channel, to pass its letter on": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}▶ 가상일보 앱에서 현장 소식을 빠르게 받아보세요\n"
        f"{LONG_LINE}☞ 가상일보 유튜브 '가상머니' 구독하고 매일 아침 시황 받아보기\n"
        f"👉 친구에게 가상레터 추천하고 커피 쿠폰 받기\n{LAST_LINE}",
        {"body": FIRST_LINE + LONG_LINE + LAST_LINE},
    ),
    "a story's sentences about apps and referrals stay": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}"
        "카카오 앱에서 새 기능을 받아보세요.\n친구에게 추천하고 포인트를 받는 이벤트가 인기를 끌었다.\n",
        {"lines": "카카오 앱에서 새 기능을 받아보세요.\n친구에게 추천하고 포인트를 받는 이벤트가 인기를 끌었다."},
    ),
    "a byline in brackets with the address, run into the lede": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n[가상일보 / 홍길동 기자 / gildong@gasang.co.kr] {STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "a column's series run into its headline, the writer's post alone under it": (
        "가상일보\n오피니언\n가상여담\n\n[가상여담]치맥 회동\n\n홍길동 논설위원\n\n"
        f"게재 일자 : 2025년 11월 03일(月)\n\n{STORY}",
        {"title": "[가상여담]치맥 회동", "author": "홍길동", "body": STORY},
    ),
    "an unknown outlet's copyright with its name in Latin letters after the Korean": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}© 2023 가상뉴스 GASANG NEWS. All rights reserved.\n",
        {"publisher": "가상뉴스"},
    ),
    "an unknown outlet's copyright with its channel's letters after its name": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}ⓒ 가상뉴스 TV 무단전재 및 재배포 금지\n",
        {"publisher": "가상뉴스 TV"},
    ),
    "a translation's page, the day its source ran under the page's own": (
        f"가상월드\n{HEADLINE}\nJane Doe | GasangWorld\n2025.05.21\n"
        f"원문 게재 May 19, 2025 · 번역 홍길동 객원편집자\n{STORY}",
        {"published": dt.date(2025, 5, 21)},
    ),
    "a place with its country in the reporter's tag is no outlet": (
        f"{HEADLINE}\n입력 2024.05.21 09:47\n[뉴욕(미국)=홍길동 기자] {STORY}ⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"publisher": "가상일보", "author": "홍길동", "body": STORY},
    ),
    "notes on a machine summary, a translation and an embargo; a crew's credit; an offer under a label": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n※ AI 요약은 기사 본문을 바탕으로 자동 생성됐습니다.\n"
        f"※ 이 기사는 국제학술지의 보도 유예(엠바고) 시점인 오전 1시 이후 게재했습니다.\n{FIRST_LINE}"
        "※ AI 번역 결과는 원문과 다를 수 있으며, 정확한 내용은 한국어 원문을 확인해 주세요.\n"
        f"{LONG_LINE}[가상게임 추천] 신작 사전예약 이벤트 참여하고 한정 칭호 받기 ▶\n"
        "AI 요약은 기사 원문을 바탕으로 자동 생성됐습니다.\n"
        f"{LAST_LINE}영상편집 = 김철수\n",
        {"body": FIRST_LINE + LONG_LINE + LAST_LINE},
    ),
    "a machine translation's notices over the headline": (
        "가상뉴스통신\nAI 번역\n이 기사는 AI 번역 서비스를 제공합니다.\nEnglish 日本語 中文(简体) Tiếng Việt\n"
        f"※ AI 번역 결과는 원문과 다를 수 있으며, 정확한 내용은 한국어 원문을 확인해 주세요.\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a story's sentences about machine summaries and translations, and a headline pointing on, stay": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}AI 요약은 뉴스 소비를 바꾸고 있다.\n"
        "AI 번역 서비스 시장이 커지고 있다.\n[속보] 정부, 청년 지원금 신청하기 쉬워진다 ▶\n",
        {
            "lines": "AI 요약은 뉴스 소비를 바꾸고 있다.\nAI 번역 서비스 시장이 커지고 있다.\n"
            "[속보] 정부, 청년 지원금 신청하기 쉬워진다 ▶"
        },
    ),
    "an offer framed to check, and a call to subscribe with no outlet named": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}▶ 오늘의 운세 무료 확인 ◀\n"
        f"{LONG_LINE}▶ 구독하고 경기·인천 주요 뉴스 아침마다 받아보세요\n{LAST_LINE}",
        {"body": FIRST_LINE + LONG_LINE + LAST_LINE},
    ),
    "look-alikes of the rules of sets 209-218 that a story holds (review 54)": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}"
        + "".join(line + "\n" for line in STORY_LOOK_ALIKES)
        + "ⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"lines": "\n".join(STORY_LOOK_ALIKES), "publisher": "가상일보"},
    ),
    "a link to the story's subject under a label is no source of the page": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}"
        "[원문] 가상AI 블로그 - 새 모델 소개 (https://gasang-ai.com/blog/new)\nⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"publisher": "가상일보"},
    ),
    "a pictograph that ends the headline is part of it": (
        f"가상일보\n올해의 이모지 1위는 ❤️\n입력 2025.06.12 10:00\n{STORY}",
        {"title": "올해의 이모지 1위는 ❤️"},
    ),
    "a correspondent's post before '=' in the dateline is no outlet": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n[실리콘밸리=홍길동 특파원] {STORY}",
        {"publisher": None, "author": "홍길동", "body": STORY},
    ),
    "a correspondent's post between the name and the role": (
        f"가상일보\n{HEADLINE}\nBy 홍길동 뉴욕 특파원\n입력 2025.06.12 10:00\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "three writers after a label, joined by dots": (
        f"가상일보\n{HEADLINE}\n기자명 홍길동·김철수·이영희 기자    입력 2025.06.12 10:00\n{STORY}",
        {"author": ["홍길동", "김철수", "이영희"]},
    ),
    "a blog's copy of a story: its advert slots, the source under a label in brackets": (
        f"{HEADLINE}\n2025.06.12 10:00\n{FIRST_LINE}728x90\n반응형\n{SECOND_LINE}"
        "[출처] 가상일보 - 가상인의 신문 (https://www.gasang.co.kr)\n",
        {"publisher": "가상일보", "body": STORY},
    ),
    "a channel's post: its count of subscribers, a pin before the headline, a call and a disclaimer": (
        f"가상 브리핑\n8,412 subscribers\n📌 {HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}"
        f"👉 가상일보 텔레그램 채널 구독하고 실시간 속보 받기\n{SECOND_LINE}"
        "※ 본 기사는 투자 권유를 목적으로 하지 않으며, 투자 판단에 대한 책임은 투자자 본인에게 있습니다.\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "an app's machine summary under its heading, its share price and its disclaimer": (
        f"가상증권\n엔비디아 NVDA\n181.60 USD -0.09%\n{HEADLINE}\n가상일보 · 2025.06.12 10:00\n"
        "가상증권 AI가 뉴스를 요약했어요\n· 카카오가 챗GPT를 카카오톡에 넣었어요.\n"
        "· 카카오 계정만 있으면 바로 쓸 수 있어요.\nAI 요약은 부정확할 수 있어요\n원문 보기\n"
        f"{STORY}이 콘텐츠는 가상일보에서 제공하며, 가상증권의 투자 의견과 무관합니다.\n",
        {"title": HEADLINE, "body": STORY, "subtitle": None},
    ),
}

# Kinds of page first met in blind sets 219-222.
EDITORS_NOTE = (
    "정부가 AI 반도체에 9조원을 쏟아붓기로 하면서 지역 대학의 역할에도 관심이 쏠리고 있다. "
    "홍길동 센터장을 만나 계획을 들어봤다. /편집자"
)
CORRECTION = (
    "[정정보도] 본지는 2024년 12월 9일자 '카카오, 챗GPT 서비스 출시' 기사에서 무료로 쓸 수 있다고 "
    "보도했습니다. 확인 결과 일부 기능은 유료로 밝혀져 이를 바로잡습니다. (2024년 12월 11일)"
)
PAGES_OF_SETS_219_TO_222 = {
    "a place after its country in the reporter's tag is no outlet": (
        f"{HEADLINE}\n입력 2025.01.09 09:47\n[미국 라스베이거스=홍길동 기자] {STORY}"
        "ⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"publisher": "가상일보", "author": "홍길동", "body": STORY},
    ),
    "a summary's mark among a toolbar's buttons over the photo and the lede": (
        f"가상일보\n{HEADLINE}\n홍길동 기자\nAI 요약\n글자 크기\n공유\n"
        "행사장 전경. 사진=홍길동 기자\n"
        f"{FIRST_LINE}{SECOND_LINE}{LONG_LINE}{LAST_LINE}ⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"body": FIRST_LINE + SECOND_LINE + LONG_LINE + LAST_LINE},
    ),
    "offers marked to click, of the outlet's channel or its magazine, and a plea over its support button": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}"
        "▶ 주식 초보도 OK! 오늘의 급등주 무료 리포트 받기 (클릭)\n"
        "▶ 가상뉴스 텔레그램 채널에서 실시간 반도체 속보 받기\n"
        f"{LONG_LINE}GASANG KOREA 매거진 정기구독 신청하기 ▶\n{LAST_LINE}"
        "이 기사를 응원해 주세요\n가상일보 후원하기\n",
        {"body": FIRST_LINE + LONG_LINE + LAST_LINE},
    ),
    "a list of other news under its heading": (
        f"가상방송\n{HEADLINE}\n등록 2024.09.10 19:35\n{STORY}가상방송 홍길동입니다.\n"
        '다른 뉴스 보기\n추석 연휴 하늘길 30만 명 찾는다\n전기차 충전기 고장 잦아…"관리 주체 명확히"\n',
        {"lines": FIRST_LINE, "body": STORY + "가상방송 홍길동입니다.\n"},
    ),
    "a clipping board's copy of an interview, its source with the edition's day": (
        "가상대학교\nHOME > 열린광장 > 언론에 비친 가상대\n[가상일보] [인터뷰] 홍길동 가상대 센터장\n"
        "작성자 대외협력홍보과   작성일 2024-06-13   조회수 187\n[인터뷰] 홍길동 가상대 센터장\n"
        '"설계부터 검증까지 지역에서"\n\n출처 : 가상일보 2024년 6월 11일자 12면\n\n'
        f"{EDITORS_NOTE}\n\n"
        '-센터를 소개해 달라.\n"지난해 문을 연 센터는 설계와 검증을 함께 가르치는 곳이다."\n\n'
        '-앞으로의 목표는.\n"2027년까지 석·박사 100명을 배출하는 것이 목표다."\n\n'
        "대담=김철수 기자\nCopyright ⓒ Gasang University. All rights reserved.\n",
        {
            "publisher": "가상일보",
            "date": dt.date(2024, 6, 11),
            "title": "[인터뷰] 홍길동 가상대 센터장",
            "lines": f"-센터를 소개해 달라.\n{EDITORS_NOTE}",
        },
    ),
    "a clipping's source between the story's headline and its deck": (
        "가상대학교\n언론에 비친 가상대\n[인터뷰] 홍길동 가상대 센터장\n작성일 2024-06-13\n"
        '출처 : 가상일보 2024년 6월 11일자 12면\n"설계부터 검증까지 지역에서"\n'
        f"{STORY}Copyright ⓒ Gasang University. All rights reserved.\n",
        {"title": "[인터뷰] 홍길동 가상대 센터장", "publisher": "가상일보"},
    ),
    "an interview opening with its first question under the stamp": (
        f"가상일보\n{HEADLINE}\n입력 2024.06.11 10:00\n홍길동 기자\n-왜 지금 AI반도체인가.\n"
        '"생성형 AI가 확산하면서 연산을 맡는 칩의 수요가 폭발적으로 늘고 있다."\n-청주의 강점은.\n'
        '"메모리 생산 기반이 탄탄하다."\n',
        {"lines": "-왜 지금 AI반도체인가.\n-청주의 강점은."},
    ),
    "a board's copy of a photo story, its one caption telling the story": (
        "가상테크노파크\nHOME > 알림마당 > 언론보도\n제목  가상TP-가상클라우드, AI 생태계 조성 '맞손'\n"
        "작성자  기업성장지원단   등록일  2024-09-05   조회  96\n가상TP-가상클라우드, AI 생태계 조성 '맞손'\n"
        "가상테크노파크와 가상클라우드가 4일 업무협약을 맺고 기념촬영을 하고 있다. 양 기관은 도내 중소기업의 "
        "AI 활용 지원에 힘을 모으기로 했다. 사진=가상테크노파크 제공\n홍길동 기자\n"
        "출처 : 가상일보(http://www.gasang.com)\n목록\n",
        {
            "body": "가상테크노파크와 가상클라우드가 4일 업무협약을 맺고 기념촬영을 하고 있다. 양 기관은 도내 "
            "중소기업의 AI 활용 지원에 힘을 모으기로 했다.",
            "publisher": "가상일보",
        },
    ),
    "a slogan under the outlet's name over its menu button and section": (
        f"가상일보\n충북 · 세종 · 대전 대표 언론\n☰ 전체메뉴\n청주\n{HEADLINE}\n"
        f"입력 : 2023. 11. 16. 오후 5:47\n{STORY}",
        {"title": HEADLINE},
    ),
    "a reader app's feeds with their counts over the story": (
        "Inoreader\n대시보드\n읽지 않은 글  999+\n가상일보 - 전체기사  37\n가상일보 - 포토뉴스  4\n"
        f"가상일보 - 포토뉴스\n홍길동 기자 · 2시간 전\n원문 보기\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE},
    ),
    "a board's post of a story under the post's own title, its source named": (
        "가상웹\n게임  하드웨어  모바일  커뮤니티\n[그래픽카드] 5070이 4090급이라네요\n"
        "픽셀고양이 | 추천 38 | 조회 9021 | 2025.01.07 (13:45:12)\n출처 : 가상포커스\n"
        f"원문 : http://gasangfocus.co.kr/detail.php?number=152316\n{HEADLINE}\n{STORY}"
        "댓글 • [23]\n몽글몽글\n2025-01-07 14:52\n무료도 된다니 일단 써봐야겠네요\n",
        {"title": HEADLINE, "body": STORY},
    ),
    "a board's post that says it pastes a story": (
        "가상커뮤니티\n모두의공원\nGPT-5 드디어 나왔네요\n파란하늘77\n2025-08-08 09:41:22\n조회수 4,218\n"
        f"오늘 새벽에 발표됐네요. 기사 퍼옵니다.\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE},
    ),
    "a release's contacts set wide apart, its licence's mark in words": (
        f"가상브리핑\n보도자료\n{HEADLINE}\n보도시점 2025. 11. 12.(수) 조간\n{STORY}"
        "담당 부서  가상부 인공지능정책과\n책임자  과장 홍길동 (044-202-6281)\n담당자  사무관 김철수 (044-202-6287)\n"
        "공공누리 공공저작물 자유이용허락 출처표시\n이전다음기사\n이전 2026년 연구개발 예산 설명회 개최\n"
        "다음 '국가 AI컴퓨팅센터' 사업자 공모 결과 발표\n",
        {"body": STORY},
    ),
    "a letter's writer after the letter's name and post": (
        f"가상바이트\n지난 뉴스레터  구독하기\n{HEADLINE}\n웹에서 보기 | 친구에게 공유하기\n"
        f"글 | 가상바이트 에디터 홍길동\n{STORY}",
        {"publisher": "가상바이트", "author": "홍길동", "body": STORY},
    ),
    "an advert's bare label before its offer and button": (
        f"가상일보\n{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}"
        f"AD 지금 가입하면 첫 달 무료…가상 프리미엄 혜택 확인하기 ▶\n{LONG_LINE}",
        {"body": FIRST_LINE + LONG_LINE},
    ),
    "a company's newsroom copy: tabs set wide apart, the headline twice, the source bare, the footer": (
        "GASANG AI\n회사소개\n솔루션\nNEWSROOM\n공지사항   언론보도   블로그\n언론보도\n"
        f"{HEADLINE}\n\n{HEADLINE}\n{STORY}홍길동 객원기자\n출처 : 가상매일신문\n목록\n"
        "(주)가상에이아이 | 대표 김철수 | 광주광역시 북구 첨단과기로 176번길\n"
        "© GASANG AI. All rights reserved.\n",
        {"title": HEADLINE, "publisher": "가상매일신문", "body": STORY},
    ),
    "the outlet after a place with its country in the reporter's tag": (
        f"가상테크뉴스\n≡\n{HEADLINE}\n발행일 : 2025-01-07 15:21:40\n"
        f"[라스베이거스(미국)=가상테크뉴스 홍길동 기자] {STORY}",
        {"publisher": "가상테크뉴스", "author": "홍길동", "body": STORY},
    ),
    "a print edition's note marked for information": (
        f"가상코리아\n{HEADLINE}\n입력 2025.02.24 09:00\n{STORY}"
        "ⓘ 이 기사는 가상코리아 매거진 2025년 3월호에 실린 기사입니다.\n",
        {"body": STORY},
    ),
    "a correction of this paper's story under the sign-off": (
        f"가상뉴스\n{HEADLINE}\n2024년 12월 09일 11시 47분\n{STORY}홍길동 기자 gildong@gasang.net\n"
        f"{CORRECTION}\n<저작권자 ⓒ 가상뉴스 무단전재-재배포금지>\n이 기사와 관련된 기사\n"
        '가상전자, 자체 LLM 공개…"국내 첫 오픈소스"\n가상포털·가상톡, 자체 LLM 경쟁 본격화\n',
        {"lines": CORRECTION, "date": dt.datetime(2024, 12, 9, 11, 47, tzinfo=KST)},
    ),
    "a contributor's piece signed after a slash": (
        f"가상신문\n오피니언\n[가상시론] AI, 지역이 먼저 깃발 꽂아야\n{STORY}/홍길동 가상대학교 기계공학부 교수\n"
        "저작권자 © 가상신문 무단전재 및 재배포 금지\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a masthead's logo in Latin letters that spell the reporter's mail": (
        f"GASANGDAILY\n가상데일리\n뉴스\n통신\n{HEADLINE}\n홍길동 기자 | gildong@gasangdaily.co.kr\n"
        f"Published 2023.08.14 10:21\n{STORY}",
        {"publisher": "가상데일리"},
    ),
    "a read-later app's day the story was saved": (
        f"가상북마크\n모든 북마크\n{HEADLINE}\ngasang.co.kr\nAI 반도체 · 2025년 9월 15일 저장\n원본 열기\n{STORY}"
        "홍길동 기자 gildong@gasang.co.kr\n",
        {"published": HELD},
    ),
    "a clipping board's post fields over the story's own stamp and the outlet's field": (
        "가상과학기술원\nHOME > 홍보센터 > 언론보도\n언론보도\n"
        f"{HEADLINE}\n작성자 대외협력팀 등록일 2024-05-23 조회수 418\n언론사 가상매일 보도일자 2024-05-22\n"
        f"{HEADLINE}\n입력 2024.05.21. 19:05\n{STORY}홍길동 기자 gildong@gasang.com\n"
        "COPYRIGHT (C) GASANG. ALL RIGHTS RESERVED.\n",
        {"date": dt.datetime(2024, 5, 21, 19, 5, tzinfo=KST), "publisher": "가상매일"},
    ),
    "a portal's button to subscribe to the outlet names no outlet": (
        f"가상포털\n언론사 구독\n{HEADLINE}\n입력 2025.06.12 10:00\n{STORY}ⓒ 가상일보 무단전재 및 재배포 금지\n",
        {"publisher": "가상일보"},
    ),
    "a blog's post that notes it copies the story, in a note's clipped form": (
        "가상로그\n트렌딩\n최신\nkimdev.log\n[AI 뉴스 스크랩] 솔라 프로 2 공개\nkimdev·2025년 7월 14일\n팔로우\n"
        f"원문 그대로 옮겨 둠. 주말에 API로 직접 비교해 볼 예정.\n\n{HEADLINE}\n\n[가상뉴스=홍길동 기자] {STORY}",
        {"title": HEADLINE, "published": HELD},
    ),
    "a board's post of a story under the post's time and counters": (
        "가상인사이드\n갤러리\n특이점이 온다 마이너 갤러리\n이 갤러리는 마이너 갤러리입니다.\n전체글\n"
        "[정보/뉴스] 딥시크 V3.2 떴다 api 가격 반토막\nㅇㅇ(211.234)\n2025.09.30 10:21:37\n조회 1204\n추천 38\n"
        f"댓글 27\n요약하면 긴 문맥 싸게 돌리는 실험 모델임\n\n{QUOTED_HEADLINE}\n"
        "희소 어텐션 첫 적용…긴 문맥 비용 절감\n"
        f"기사입력 2025.09.30 09:47\n가상뉴스 홍길동 기자\n\n{STORY}",
        {"title": QUOTED_HEADLINE, "date": dt.datetime(2025, 9, 30, 9, 47, tzinfo=KST)},
    ),
    # Review 55's look-alikes: lines of a news page's own story that this round's rules must leave alone.
    "a citation of another paper's edition in the story, and a photo of a front page": (
        f"가상타임스\n{HEADLINE}\n입력 2025.03.12 09:30\n가상일보 2025년 3월 11일자 1면\n{FIRST_LINE}"
        "출처 : 가상일보 2024년 6월 11일자 12면\n"
        f"{LONG_LINE}홍길동 기자 gildong@gasangtimes.com\n저작권자 © 가상타임스 무단전재 및 재배포 금지\n",
        {"date": dt.datetime(2025, 3, 12, 9, 30, tzinfo=KST), "publisher": "가상타임스"},
    ),
    "a page's own stamp over a clipping's source line": (
        f"{HEADLINE}\n입력 2025.03.12 09:30\n출처 : 가상일보 2024년 6월 11일자 12면\n{STORY}",
        {"date": dt.datetime(2025, 3, 12, 9, 30, tzinfo=KST)},
    ),
    "a fact-check's field of the outlet it checks, under the page's byline": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n홍길동 기자\n언론사 가상일보 보도일자 2025-06-11\n{STORY}"
        "저작권자 © 가상타임스 무단전재 및 재배포 금지\n",
        {"publisher": "가상타임스"},
    ),
    "a stamp with its time before the page's buttons": (
        f"가상타임스\n{HEADLINE}\n기사입력 2025-08-08 07:20 스크랩 프린트\n{STORY}",
        {"date": dt.datetime(2025, 8, 8, 7, 20, tzinfo=KST)},
    ),
    "a chart's source over the byline, and a story's list of winners' outlets": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}수상작 : AI 시대의 저널리즘\n언론사 : 가상일보\n"
        f"{LONG_LINE}출처 : 가상경제신문\n홍길동 기자\n저작권자 © 가상타임스 무단전재 및 재배포 금지\n",
        {"publisher": "가상타임스", "lines": "언론사 : 가상일보"},
    ),
    "a how-to's list of where to get a service's alerts": (
        f"{HEADLINE}\n입력 2025.06.12 10:00\n{FIRST_LINE}이용 방법은 다음과 같다.\n"
        f"▶ 가상비서 카카오톡 채널에서 건강검진 알림 받기\n▶ 가상비서 앱에서 세금 납부 기한 알림 받기\n{LONG_LINE}",
        {"lines": "▶ 가상비서 카카오톡 채널에서 건강검진 알림 받기\n▶ 가상비서 앱에서 세금 납부 기한 알림 받기"},
    ),
    "a board's buttons and its list of comments under a pasted story": (
        f"가상커뮤니티\n하드웨어 뉴스\n{HEADLINE}\n작성일 25-10-16 16:05\n조회 2,104\n{STORY}"
        "추천 12\n비추천 0\n목록\n글쓰기\n댓글목록\nRTX존버 25-10-16 16:12\n"
        "메모리 128GB에 저 가격이면 맥스튜디오랑 비교해봐야겠네요\n",
        {"body": STORY},
    ),
}

# Kinds of page of blind sets 225-228: phones' pages, reposts, transcripts and columns, trade weeklies.
# (A company's statement a story prints whole, in its words.)
STATEMENT = "당사는 해당 실적 자료를 특정 기관투자가에게 사전 제공한 사실이 없으며, 법적 대응을 검토하고 있습니다."
# (A paragraph of a copy cut short.)
CUT_SHORT = "가상 앱은 모델이 답을 내놓기 전에 추론 과정을 그대로 보여준다. 사용자들은 이 기능이"
PAGES_OF_SETS_225_TO_228 = {
    "a menu led by the home page's link, over the stamp and the story's section": (
        f"가상보험신문\n홈 생명보험 손해보험 GA·설계사 정책·감독 디지털 오피니언\nPosted 2025.04.21 06:00\n디지털\n"
        f"{HEADLINE}\n홍길동 기자 gildong@gasang.co.kr\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a column's writer with the post and the firm, under the path to the column's name": (
        f"가상법조신문\n홈 > 오피니언 > 법조광장\n[법조광장] {HEADLINE}\nPosted : 2025-02-10 09:00\n"
        f"홍길동 변호사 (법무법인 가상)\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "a column's writer alone over the post, under '[기고]'": (
        f"가상약업신문\nHOME > 오피니언 > 기고\n[기고] {HEADLINE}\n홍길동\n가상대 약학대학 교수·AI신약연구센터장\n"
        f"입력 2024-07-15 09:32\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    # (Review 56: ledes that read like captions, a story's own notes on what it prints, an interview under
    # the opinion section, a blog's own text under its note.)
    "a lede opening with its day and place and ending '…하고 있다', over a photo's credit": (
        f"{HEADLINE}\n입력 2025.10.03 17:20\n홍길동 기자\n"
        "3일 서울 코엑스에서 개막한 로봇 전시회에는 200여 개 기업이 참가해 기술 경쟁을 벌이고 있다.\n(사진=가상뉴스)\n"
        f"{STORY}",
        {"lines": "3일 서울 코엑스에서 개막한 로봇 전시회에는 200여 개 기업이 참가해 기술 경쟁을 벌이고 있다."},
    ),
    "an interview under the opinion section, its subject under the headline with a post": (
        f"가상일보\n홈 > 오피니언 > 인터뷰\n[인터뷰] {HEADLINE}\n홍길동 가상대 AI대학원 교수\n"
        f"입력 2025.03.04 10:00\n{STORY}김철수 기자 kim@gasang.co.kr\n",
        {"author": "김철수"},
    ),
    "a story's own note that it prints a briefing's words, over its subheading": (
        f"가상일보\n{HEADLINE}\n2025.03.04 15:20 | 홍길동 기자\n다음은 가상부 장관의 브리핑 발언 요지를 옮깁니다.\n"
        f"AI 기본법 시행령 주요 내용\n{STORY}홍길동 기자 gildong@gasang.co.kr\n",
        {"title": HEADLINE, "date": dt.datetime(2025, 3, 4, 15, 20, tzinfo=KST)},
    ),
    "a blog's note over the poster's own heading and text": (
        "가상블로그\n인공지능 기본법, 내가 본 쟁점\n2025. 3. 4. 21:12\n오늘 본 기사 요점만 옮겨둡니다.\n"
        "인공지능 기본법 시행령에 대한 내 생각\n나는 시행령 초안을 읽고 나서 기준이 너무 넓다고 느꼈다.\n"
        "그래서 다음 주 설명회에 직접 가서 질문해 볼 생각이다.\n",
        {"title": "인공지능 기본법, 내가 본 쟁점", "date": dt.datetime(2025, 3, 4, 21, 12, tzinfo=KST)},
    ),
    "a lede under a photo's credit, its day told by whom": (
        f"{HEADLINE}\n입력 2024.11.15 10:00\n사진=가상전자\n"
        f"3일 업계에 따르면 가상전자는 서울 본사에서 AI 칩 생산을 늘리고 있다.\n{STORY}",
        {"body": f"3일 업계에 따르면 가상전자는 서울 본사에서 AI 칩 생산을 늘리고 있다.\n{STORY}"},
    ),
    "reporters one to a line, the lede's tag naming one": (
        f"{HEADLINE}\n기자명 홍길동 기자\n기자명 김철수 객원기자\n입력 2025.03.19 01:52\n"
        f"[새너제이=김철수 객원기자] {STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "a sign-off naming the reporter under the headline and one more": (
        f"{HEADLINE}\n기자명 홍길동 기자\n입력 2025.06.17 16:52\n{STORY}/홍길동 기자·김철수 인턴기자\n",
        {"author": ["홍길동", "김철수"], "body": STORY},
    ),
    "a card story's editors right under its headline, each with a rank and role": (
        f"가상내일\n카드뉴스\n{HEADLINE}\n에디터 홍길동, 인턴 에디터 김철수\n1 / 8\n{STORY}",
        {"author": ["홍길동", "김철수"], "body": STORY},
    ),
    "a board's post of a story under its own notice, the story's source named under the story": (
        "가상교회\n교회소식 > 주보\n2023년 6월 18일 주일예배 주보\n등록일 2023-06-17 | 작성자 교회사무실 | 조회 96\n"
        f"이번 주는 기사 한 편을 옮겨 싣습니다.\n{HEADLINE}\n{STORY}글=홍길동 객원기자\n"
        "출처: 가상일보 (www.gasang.co.kr)\n",
        {"published": HELD},
    ),
    "a letter to parents pasting a wire's story under its own text, the letter's day sent": (
        "가상클래스\n가정통신문\n2학기 AI 교과서 운영 안내\n발송일 2025. 8. 20. (수) 오후 4:30\n"
        "무더운 여름 방학 동안 가정에 평안이 가득하셨기를 바랍니다. 2학기 운영 방식을 아래와 같이 안내드립니다.\n"
        f"관련 보도를 공유드립니다. (출처: 가상통신)\n{HEADLINE}\n[세종=가상통신]홍길동 기자 = {STORY}",
        {"published": HELD},
    ),
    "a news page on a board's system, its footer naming itself for a copy of its text": (
        f"가상의학신문\n{HEADLINE}\n작성자 홍길동 기자 | 등록일 2025-10-28 | 조회수 512\n{STORY}"
        "출처 : 가상의학신문(http://www.gasang.co.kr)\n저작권자 © 가상의학신문 무단전재 및 재배포 금지\n",
        {"date": dt.date(2025, 10, 28), "published": dt.date(2025, 10, 28)},
    ),
    # (Review 57: a board's system and a letter that are the outlet's own, credits after the editor, 'Home'.)
    "a news page on a board's system, a wire's story under its deck, its footer naming the company": (
        f"가상남도일보\n{HEADLINE}\n작성자 : 편집부 | 등록일 : 2025-03-05 09:10 | 조회 : 88\n"
        f"정부가 국산 AI 반도체 개발에 5년간 1조원을 투입한다.\n[세종=가상통신]홍길동 기자 = {STORY}"
        "출처 : 가상남도일보(http://www.gasangnamdo.co.kr)\nCopyright © (주)가상남도미디어 All rights reserved.\n",
        {"published": dt.datetime(2025, 3, 5, 9, 10, tzinfo=KST)},
    ),
    "an outlet's own letter citing a figure's source": (
        f"가상밀크\n{HEADLINE}\n발송일 2025. 5. 29. (목) 오전 7:00\n{STORY}"
        "출처 : 가상통신(https://www.gasang.com/tech)\nCopyright © 가상밀크\n",
        {"published": dt.datetime(2025, 5, 29, 7, 0, tzinfo=KST)},
    ),
    "an editor's credit with a name bare after it, the photographer's": (
        f"가상매거진\n{HEADLINE}\n에디터 홍길동, 김철수\n입력 2025.05.01 10:00\n{STORY}",
        {"author": "홍길동"},
    ),
    "a headline opening with 'Home' and a section's word": (
        "가상뉴스\nHome 교육·돌봄 로봇 시대\n2025-04-02 10:00\n홍길동 기자\n" + STORY,
        {"title": "Home 교육·돌봄 로봇 시대"},
    ),
    "a bureau's place before the reporter, the paper named by its copyright line": (
        f"{HEADLINE}\n입력 2025.04.08 17:51\n[내포=홍길동 기자] {STORY}Copyright © 가상일보 무단전재 및 재배포 금지\n",
        {"publisher": "가상일보", "author": "홍길동"},
    ),
    "a clipping board's fields of the outlet and the day it reported the story, under the board's day": (
        "가상시청\nHOME > 가상소식 > 언론보도\n제목 [가상드림] 가상시에 AI 데이터센터 증설\n담당부서 인공지능산업실\n"
        f"등록일 2025-11-06\n조회수 97\n보도매체 가상드림\n보도일자 2025. 11. 5.(수)\n{STORY}",
        {"publisher": "가상드림", "date": dt.date(2025, 11, 5)},
    ),
    "a channel's post, its day over its counters, over the story's own strip under its byline": (
        "가상 프리미엄콘텐츠\n가상 노트\n무료 콘텐츠\n가상 노트 · 2025.08.08. 오후 12:40\n조회 4,218\n좋아요 86\n"
        "아침부터 질문이 많아 기사 하나 먼저 공유드립니다.\n[원문] 가상센터\n"
        f"{HEADLINE}\n홍길동 기자\n2025-08-08 08:47:12\n{STORY}",
        {"date": dt.datetime(2025, 8, 8, 8, 47, tzinfo=KST)},
    ),
    "a board's title field with the outlet's tag before the headline": (
        f"가상시청\nHOME > 가상소식 > 언론보도\n제목 [가상드림] {HEADLINE}\n등록일 2025-11-06\n조회수 97\n"
        f"보도매체 가상드림\n보도일자 2025. 11. 5.(수)\n{STORY}",
        {"title": HEADLINE},
    ),
    "a messenger's note run on without a stop, over the story's card and its pasted text": (
        "가상 스터디\n# ai-뉴스\n고양이개발자 — 2025.01.08. 오전 10:14\n카카오 발표 기사 퍼왔습니다 원문은 가상게임스\n"
        f"https://www.gasanggames.co.kr/news/articleView.html?idxno=226731\n가상게임스\n{HEADLINE}\n"
        f"[라스베이거스=홍길동 기자] {STORY}",
        {"title": HEADLINE},
    ),
    "a stamp's update label in capitals": (
        f"{HEADLINE}\nPosted 2025.04.21 06:00 · UPDATE 2025.04.21 09:14\n홍길동 기자\n{STORY}",
        {"updated": dt.datetime(2025, 4, 21, 9, 14, tzinfo=KST)},
    ),
    "a phone's menu cut short by its button for more": (
        f"가상팜\n≡\n로그인\n뉴스 제약 유통 약국 병원 ···\n제약·바이오\n{HEADLINE}\n홍길동 기자 gildong@gasang.com\n"
        f"기사입력 : 24.10.10 06:00:40\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a broadcaster's request to name its programme, a link to prices at a glance, a markets disclaimer": (
        f"{STAMPED}{FIRST_LINE}▶ 실시간 AI 코인 시세 한눈에 보기\n{SECOND_LINE}"
        "본 기사는 정보 제공 목적으로 작성됐으며 투자 권유가 아닙니다. 투자 판단의 책임은 투자자 본인에게 있습니다.\n"
        "※ 이 인터뷰 내용을 인용할 때는 가상MBC 라디오 '가상현장'으로 출처를 밝혀주시기 바랍니다.\n",
        {"body": STORY},
    ),
    "a post's note that it copies the main points, over the story's headline and stamp": (
        "홈\n가상유저\n@gasang_user\n젠슨 황 키노트, 가상벤치가 제일 빨리 정리했네요. 요점만 옮겨둡니다 👇\n\n"
        f"{HEADLINE}\n등록 2025.05.19 14:20\n[타이베이=홍길동 기자] {STORY}",
        {"title": HEADLINE, "author": "홍길동", "date": dt.datetime(2025, 5, 19, 14, 20, tzinfo=KST)},
    ),
    "a board's post titled with its note, its poster, time and counters over the story": (
        "가상풀\n종목토론\n엔비디아 실적 미쳤네요. 수혜 기사 퍼옵니다\n장기홀더\n2023-05-25 10:12:33\n"
        f"조회 1,842 추천 37 반대 4\n\n{HEADLINE}\n{STORY}홍길동 기자 gildong@gasang.kr\n",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a cafe's post whose note copies a story's start, over its headline, deck and lede": (
        "가상카페\n★ 종목 뉴스 공유\n가상개미\n2025.06.23. 07:41 조회 2,318\n"
        "유료 기사라 앞부분만 옮깁니다. 문제 되면 바로 내릴게요.\n\n"
        f"{HEADLINE}\n내년 물량 대부분 선점…격차 유지 관측\n{STORY}홍길동 기자\n",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a letter's note, its heading and the story's source over the headline and its stamp": (
        "가상레터\n가상 한 스푼 #37 | AI 폰 2라운드\n2025.01.27\n안녕하세요, 구독자님!\n"
        "이번 호에서는 기사 한 편을 통째로 옮겨 왔어요. 천천히 읽어 보세요.\n📰 이번 주 기사 한 편\n"
        f"(출처: 가상타임스, 2025-01-23)\n{HEADLINE}\n기사입력 2025-01-23 08:10 | 최종수정 2025-01-23 09:02\n"
        f"[가상타임스=홍길동 기자] {STORY}",
        {"title": HEADLINE, "date": dt.datetime(2025, 1, 23, 8, 10, tzinfo=KST)},
    ),
    # (Set 236: an entertainment site's menu, its last item the name of a list.)
    "a menu ending in a list's name ('최신뉴스'), a blank line over the headline": (
        f"가상스타\nSTAR\n연예\n스포츠\n해외연예\n포토\n최신뉴스\n\n{HEADLINE}\n\n"
        f"홍길동 기자 | 2025.03.28 17:12\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "date": dt.datetime(2025, 3, 28, 17, 12, tzinfo=KST)},
    ),
    # (Set 237: papers of Koreans abroad print their own city's time, and carry the community's classifieds.)
    "a paper abroad, its weather widget naming its city, its stamp in that city's time": (
        f"가상한인신문\nLA 72°F 맑음 · 05/21(화)\n뉴스 | 미국 | 한국\n{HEADLINE}\n입력 2024.05.13 19:42\n"
        f"홍길동 기자\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2024, 5, 14, 11, 42, tzinfo=KST)},  # (PDT, UTC-7)
    ),
    "a paper abroad printing its stamp in America's order, with a 12-hour clock": (
        f"가상한인신문\n뉴욕 41°F 흐림\n{HEADLINE}\n기사입력 01/09/2025 08:15 PM\n홍길동 기자\n{STORY}",
        {"date": dt.datetime(2025, 1, 10, 10, 15, tzinfo=KST)},  # (EST, UTC-5)
    ),
    "a paper abroad printing its stamp day first, which America's order cannot tell from its own": (
        f"가상유럽신문\n파리 18°C 맑음\n{HEADLINE}\n입력 05/06/2024 19:42\n홍길동 기자\n{STORY}",
        {"published": HELD},
    ),
    "a Korean site's widget of the world's weather, Seoul's among it": (
        f"가상일보\n서울 5℃ | 뉴욕 41°F\n{HEADLINE}\n입력 2025.01.09 20:15\n홍길동 기자\n{STORY}",
        {"date": dt.datetime(2025, 1, 9, 20, 15, tzinfo=KST)},
    ),
    "a paper abroad the registry knows, its masthead atop and its copyright under": (
        f"한호일보\n뉴스 | 호주 | 한인사회\n{HEADLINE}\n등록 2024년 08월 22일 (목) 오전 10:30\n홍길동 기자\n{STORY}"
        "Copyright ⓒ 한호일보. All rights reserved.\n",
        {"publisher": "한호일보", "date": dt.datetime(2024, 8, 22, 9, 30, tzinfo=KST)},  # (AEST, UTC+10)
    ),
    # (Review 58: weather, lists and contact lines on Korean pages, which keep Korea's clock and their lines.)
    "a Korean paper's caption of a cold wave abroad, under its stamp": (
        f"가상경제\n경제 | IT | 국제\n{HEADLINE}\n입력 2025.01.21 17:42\n홍길동 기자\n뉴욕 영하 12°C 한파\n{STORY}",
        {"date": dt.datetime(2025, 1, 21, 17, 42, tzinfo=KST)},
    ),
    "a headline on a city's heat, with its temperature": (
        f"가상신문\n두바이 50°C 사막에 AI 데이터센터 짓는다\n발행일 : 2025-06-16 20:30\n홍길동 기자\n{STORY}",
        {"title": "두바이 50°C 사막에 AI 데이터센터 짓는다", "date": dt.datetime(2025, 6, 16, 20, 30, tzinfo=KST)},
    ),
    "a Korean site's box of the weather there, during games abroad": (
        f"가상스포츠\n파리올림픽 | 파리 현지 날씨 31°C 맑음\n{HEADLINE}\n기사입력 2024-07-29 19:42\n"
        f"홍길동 기자\n{STORY}",
        {"title": HEADLINE, "date": dt.datetime(2024, 7, 29, 19, 42, tzinfo=KST)},
    ),
    "a Korean outlet's page with a city's weather abroad atop it": (
        f"한국경제\n뉴욕 41°F 흐림\n{HEADLINE}\n입력 2025.01.09 20:15\n홍길동 기자\n{STORY}ⓒ 한국경제신문 무단전재\n",
        {"publisher": "한국경제", "date": dt.datetime(2025, 1, 9, 20, 15, tzinfo=KST)},
    ),
    "a paper's copy on a portal, the paper abroad named atop and under it": (
        f"미주한국일보\n\n{HEADLINE}\n\n입력 2024. 5. 14. 11:42\n\n{STORY}\n"
        "Copyright © 미주한국일보. 무단전재 및 재배포 금지.\n"
        "Daum 뉴스 | 홈 | 사회 | 경제\n",
        {"date": dt.datetime(2024, 5, 14, 11, 42, tzinfo=KST)},
    ),
    "a paper in Australia printing its stamp day first with a 12-hour clock": (
        f"가상호주신문\n시드니 24°C 맑음\n{HEADLINE}\n입력 05/06/2024 07:42 PM\n홍길동 기자\n{STORY}",
        {"published": HELD},
    ),
    "a ranked list of the most read, a blank line under its heading, over the headline": (
        f"가상일보\n많이 본 뉴스\n\n1 가상전자, AI 칩 공개 임박\n2 가상반도체 시총 돌파\n3 가상포털, 새 모델 공개\n\n"
        f"{HEADLINE}\n입력 2025.03.28 17:12\n홍길동 기자\n{STORY}",
        {"title": HEADLINE},
    ),
    "a paper's notice of its own event as the headline, its contact last": (
        f"가상일보\n[알림] 제3회 가상일보 AI 아이디어 공모전…문의 02-724-1234\n입력 2025.04.10 06:00\n{STORY}",
        {"title": "[알림] 제3회 가상일보 AI 아이디어 공모전…문의 02-724-1234"},
    ),
    "a release's contact lines and a spec of temperatures, kept in the story": (
        f"{HEADLINE}\n입력 2025.04.10 06:00\n홍길동 기자\n{STORY}동작 온도 -40°C~105°C\n"
        "▶ 체험관 운영: 5월 14일부터 가상 쇼룸, 문의 02-2255-0114\n",
        {"lines": "동작 온도 -40°C~105°C\n▶ 체험관 운영: 5월 14일부터 가상 쇼룸, 문의 02-2255-0114"},
    ),
    # (Set 238: a broadcaster abroad, its page unsigned; set 239: trade magazines.)
    "a broadcaster abroad with a clock of its own, signing its page but not heading it": (
        f"접근성 링크\n본문 바로가기\n{HEADLINE}\n2025년 2월 11일 오후 5:42\n홍길동\n{STORY}"
        "VOA 뉴스 홍길동입니다.\n© 2025 Voice of America\n",
        {"publisher": "미국의소리", "draft": True},
    ),
    "a magazine's banner of its issue and its buttons over the headline": (
        "가상해양\n해운 | 조선 | 항만\n월간 가상해양 2025년 11월호 (통권 제626호) 발행 · 목차보기\n"
        "정기구독 신청    광고 문의\n"
        f"{HEADLINE}\n홍길동 기자\n등록일 2025년 11월 05일 (수)\n{STORY}",
        {"title": HEADLINE},
    ),
    "an editorial writer's column, his post after his name": (
        f"[가상칼럼] {HEADLINE}\n홍길동 논설위원\n입력 2025.11.05 18:00\n{STORY}",
        {"author": "홍길동"},
    ),
    "a guest editorial writer's column, his post after his name": (
        f"[가상칼럼] {HEADLINE}\n홍길동 객원논설위원\n입력 2025.11.05 18:00\n{STORY}"
        "홍길동 가상투데이 객원논설위원·경영학 박사\n",
        {"author": "홍길동"},
    ),
    # (Review 59: buttons to follow an outlet on a portal, headlines on subscriptions and an issue's contents, a
    # company's 전문위원 in a caption.)
    "a paper abroad with a button to follow it on a portal, its masthead atop and its copyright under": (
        f"미주한국일보\n뉴스 | 경제 | 한인사회\n네이버 뉴스스탠드 구독\n{HEADLINE}\n입력 2024-05-14 11:42\n"
        f"홍길동 기자\n{STORY}"
        "Copyright © 미주한국일보. 무단전재 및 재배포 금지.\n",
        {"date": dt.datetime(2024, 5, 15, 3, 42, tzinfo=KST)},  # (PDT, UTC-7)
    ),
    "a headline on a subscription's price": (
        f"가상신문\n넷플릭스 정기구독료 또 오른다\n입력 2025.03.05 10:20\n김철수 기자\n{STORY}",
        {"title": "넷플릭스 정기구독료 또 오른다"},
    ),
    "a headline on a magazine issue's contents": (
        f"가상신문\n가상과학 5월호 목차로 본 AI 트렌드\n입력 2025.03.05 10:20\n김철수 기자\n{STORY}",
        {"title": "가상과학 5월호 목차로 본 AI 트렌드"},
    ),
    "a company's expert in a caption, the reporter signing under the story": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n{STORY}홍길동 가상전자 전문위원\n"
        "홍 위원은 AI 칩 수요가 내년까지 이어질 것이라고 말했다.\n김철수 기자 kim@gasang.co.kr\n",
        {"author": "김철수"},
    ),
    "a box of readers' reactions under the story, its heading over its counters": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n홍길동 기자\n{STORY}\n"
        "이 기사에 대한 반응\n좋아요 12\n훈훈해요 3\n화나요 1\n",
        {"body": STORY},
    ),
    "community classifieds over the headline, each ending in its phone number": (
        "가상한인신문\n[구인] 가상타운 회계사무실 경력 직원 구함 310-555-0187\n"
        "[렌트] 가상타운 1베드룸 $2,100 (213) 555-0166\n"
        f"{HEADLINE}\n입력 2025.01.09 20:15\n홍길동 기자\n{STORY}[광고] 가상타운 세탁소 급매 – 연락 718-555-0199\n",
        {"title": HEADLINE, "body": STORY},
    ),
    # (Set 241: regional papers' mobile pages.)
    "a mobile page's donation banner over the headline, and the byline beside the count of comments": (
        f"가상민\n앱으로 보기\n가상민을 지켜주세요 | 정기후원 하기 →\n\n{HEADLINE}\n\n홍길동 기자  | 댓글 0\n\n{STORY}",
        {"title": HEADLINE, "author": "홍길동", "body": STORY},
    ),
    "a flat's advert with a nationwide number in the story": (
        f"가상제주\n{HEADLINE}\n입력 2025.02.13 14:00\n"
        f"홍길동 기자\n\n{STORY}\n▶[분양] 가상시 역세권 신축 오피스텔 선착순 계약 중 ☎1800-7979\n\n{LONG_LINE}",
        {"title": HEADLINE, "body": f"{STORY}{LONG_LINE}"},
    ),
    "a province's notice between the story's paragraphs, under its numbered tag or on one line": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n홍길동 기자\n\n"
        + STORY.replace(
            "\n",
            "\n\n[가상시 공고 제2025-321호]\n반도체클러스터 주변지역 주민지원사업 신청 안내\n"
            "신청기간: 2025. 3. 4. ~ 3. 21. / 문의 031-000-0000\n\n"
            "[가상도 고시] 2025년 디지털 청년 일자리 지원사업 참여기업 모집 ▶ 바로가기\n\n",
            1,
        ),
        {"body": STORY},
    ),
    "a broadcast's box of the outlet's other news under the story, past its reactions' prompt": (
        f"{HEADLINE}\n입력 2025.05.21 20:40\n홍길동 기자\n\n{STORY}\n이 기사 어떠셨나요?\n좋아요 0\n"
        "가상MBC 뉴스 더보기\n가상 신항 자동차 수출 물량 역대 최대\n가상국제공항 국제선 재개 언제쯤\n"
        "\n홈\n전체기사\n맨위로\n",
        {"body": STORY},
    ),
    "a phone page's link back to its top, last under the story": (
        f"{HEADLINE}\n입력 2025.04.08 19:20\n홍길동 기자\n\n{STORY}\n맨위로\n",
        {"body": STORY},
    ),
    # (Set 240: less common kinds of page.)
    "card news credited to who planned its cards, with a hint to swipe and an advert between cards": (
        f"가상소비자신문\n홈 > 카드뉴스\n[카드뉴스] {HEADLINE}\n기획·구성 = 홍길동 기자 | 디자인 = 김철수\n"
        f"▶ 슬라이드를 넘겨 보세요 (1/8)\n\n{STORY}\n※ [AD] AI 활용 능력 자격증, 지금 신청하면 수강료 0원 ▶ 바로가기\n"
        f"\n{LONG_LINE}← 옆으로 밀면 다음 카드\n\n{LAST_LINE}",
        {"author": "홍길동", "body": f"{STORY}{LONG_LINE}{LAST_LINE}"},
    ),
    "a wire's story a paper translated: the paper last in the dateline, the source beside the byline": (
        f"{HEADLINE}\n로이터 번역 | 홍길동 인턴기자\n기사입력 2025.09.03 09:10\n"
        f"[샌프란시스코=로이터/가상타임스] {STORY}저작권자 © 가상타임스 무단전재 및 재배포 금지\n",
        {"author": "홍길동", "publisher": "가상타임스"},
    ),
    "a live blog's first post and its last update, the update's time alone": (
        f"{HEADLINE}\n홍길동 기자\n최초 게시 2025-03-19 오전 1:50 | 마지막 업데이트 오전 4:12\n{STORY}",
        {"date": dt.datetime(2025, 3, 19, 1, 50, tzinfo=KST), "updated": dt.datetime(2025, 3, 19, 4, 12, tzinfo=KST)},
    ),
    # (Review 60 of those rules: look-alikes that stay the story's.)
    "a story's headline quoting a reactions box, and a bracketed help line with a nationwide number": (
        '언론사들, AI로 독자 반응 분석…"이 기사 어떠셨나요?" 버튼 확산\n입력 2025.03.05 10:20\n홍길동 기자\n'
        f"{STORY}[임대보증금 반환] 가상보증공사 콜센터 1566-0000\n",
        {
            "title": '언론사들, AI로 독자 반응 분석…"이 기사 어떠셨나요?" 버튼 확산',
            "lines": "[임대보증금 반환] 가상보증공사 콜센터 1566-0000",
        },
    ),
    "a city's release giving its notice's fields, and a story's sentence led by a notice's tag": (
        f"가상시청 > 시정소식 > 보도자료\n{HEADLINE}\n등록일 2025-03-05 10:20 | 담당부서 복지정책과\n\n{LONG_LINE}\n"
        "[가상시 공고 제2025-321호]\nAI 돌봄로봇 보급사업 참여자 모집\n신청기간: 3월 10일(월)~28일(금)\n"
        "신청자격: 관내 65세 이상 홀몸 어르신\n\n"
        "[가상부 고시 제2025-48호] 「고영향 인공지능의 판단 기준」은 10개 영역을 고영향 AI로 규정했다.\n\n"
        f"{LAST_LINE}",
        {
            "lines": "AI 돌봄로봇 보급사업 참여자 모집\n신청기간: 3월 10일(월)~28일(금)\n"
            "[가상부 고시 제2025-48호] 「고영향 인공지능의 판단 기준」은 10개 영역을 고영향 AI로 규정했다."
        },
    ),
    "a footnote on adverts, a review's step to swipe, and the list a phone page's 'more' button opens": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n홍길동 기자\n\n{LONG_LINE}\n"
        "※ [광고] 표시 없이 대가를 받고 쓴 후기는 표시광고법 위반으로 과징금 대상입니다.\n\n"
        "카드를 옆으로 넘겨 보세요\n\n"
        "선정된 기업 목록은 다음과 같다.\n기사 더보기\n가상랩스 - 의료영상 AI\n가상로보틱스 - 물류 로봇\n",
        {
            "lines": "※ [광고] 표시 없이 대가를 받고 쓴 후기는 표시광고법 위반으로 과징금 대상입니다.\n"
            "카드를 옆으로 넘겨 보세요\n"
            "가상랩스 - 의료영상 AI\n가상로보틱스 - 물류 로봇"
        },
    ),
    "a traffic story's headline listing the roads' states": (
        f"가상일보\n[도로] 1100도로 대형차 통제 · 5·16도로 체인 필수\n입력 2025.01.09 07:10\n홍길동 기자\n{STORY}",
        {"title": "[도로] 1100도로 대형차 통제 · 5·16도로 체인 필수"},
    ),
    "a wire named after the Korean outlet in the dateline": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n[서울=뉴스1/로이터] {STORY}",
        {"publisher": "뉴스1"},
    ),
    # (Sets 242-243: those kinds of page on other sites; market pages.)
    "a public notice signed with its day by the mayor, between paragraphs of an undated story": (
        f"가상티앤티\n{HEADLINE}\n[가상티앤티=세종] 홍길동 기자\n\n{LONG_LINE}\n[가상특별자치시 고시 제2025-212호]\n"
        "가상 도시관리계획 결정(변경) 및 지형도면 고시\n"
        "「국토의 계획 및 이용에 관한 법률」 제30조에 따라 도시관리계획을 고시합니다.\n"
        f"2025. 9. 26.  가상특별자치시장\n\n{LAST_LINE}저작권자 © 가상티앤티 무단전재 및 재배포 금지\n",
        {"body": f"{LONG_LINE}{LAST_LINE}", "published": HELD},
    ),
    "card news' credits set apart by dots, each its role and name": (
        f"[카드뉴스] {HEADLINE}\n기획=가상넷 편집국 · 글·구성=홍길동 기자 · 디자인=김철수 디자이너\n{STORY}",
        {"author": "홍길동", "body": STORY},
    ),
    "a breaking page's last update in words of its own, and an update's time after a dot": (
        f"{HEADLINE}\n첫 보도 2025-01-27 23:41 | 최종 갱신 2025-01-28 06:27\n홍길동 기자\n{STORY}",
        {"updated": dt.datetime(2025, 1, 28, 6, 27, tzinfo=KST)},
    ),
    "a phone page's stamp with its update's time alone after a dot": (
        f"{HEADLINE}\n홍길동 기자\n2025.08.08 오전 10:42 · 수정 오전 11:05\n{STORY}",
        {"updated": dt.datetime(2025, 8, 8, 11, 5, tzinfo=KST)},
    ),
    "a wire's story carried by an outlet named after the wire, in the dateline and the byline": (
        f"GasangK 가상K\n{HEADLINE}\nAP=가상K  |  홍길동 기자  |  조회 312\n[AP=가상K] {STORY}Copyright © GasangK.\n",
        {"publisher": "가상K", "author": "홍길동"},
    ),
    "a paid page's badge over the headline, an expert's field in the byline, and its paywall": (
        f"가상리브스\nPREMIUM ★ 프리미엄 리포트\n[홍길동의 칩워치] {HEADLINE}\n홍길동 반도체 전문기자\n"
        f"Published 2024.11.18 PM 02:30\n{STORY}▶ 이 기사의 나머지 내용은 가상리브스 프리미엄 회원에게만 제공됩니다.\n"
        "· 엔비디아 HBM3E 품질 테스트, 어디까지 왔나\n프리미엄 구독하기 (월 9,900원 · 첫 달 무료)\n",
        {"title": f"[홍길동의 칩워치] {HEADLINE}", "author": "홍길동", "body": STORY},
    ),
    "a robot's market story, its note, a quote's box, a chart's title and the disclaimer": (
        f"{HEADLINE}\n가상봇 로봇기자 robot@gasang.co.kr\n입력 2024.11.21 10:07\n{FIRST_LINE}"
        "┌ 가상전자 005930 │ KOSPI\n│ 70,400원 ▲4,500 (+6.83%)\n│ 시가 67,300 · 고가 70,900 · 저가 67,000\n"
        "[그래프] 코스피 지수 추이 (2025년 1월~10월, 단위: 포인트)\n"
        f"{SECOND_LINE}이 기사는 AI가 작성했습니다. 가상봇은 시세 데이터를 바탕으로 기사를 자동 생성합니다.\n"
        "투자 판단의 최종 책임은 투자자 본인에게 있으며, 본 기사는 투자 권유를 목적으로 하지 않습니다.\n",
        {"body": STORY, "published": dt.datetime(2024, 11, 21, 10, 7, tzinfo=KST), "author": None},
    ),
    "a broker's research page, its writer in the board's fields, its compliance notice": (
        f"{HEADLINE}\n작성일 2025.10.30   작성자 홍길동   조회수 2,417\n{STORY}Compliance Notice\n"
        "- 당사는 자료 작성일 현재 동 종목 발행주식을 1% 이상 보유하고 있지 않습니다.\n"
        "- 당사는 동 자료를 기관투자가 또는 제3자에게 사전 제공한 사실이 없습니다.\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a stock tipster's advert between paragraphs": (
        f"{HEADLINE}\n입력 2025.01.30 10:00\n홍길동 기자\n{LONG_LINE}"
        f"▶▶ [무료공개] 가상 수혜주 TOP3, 지금 확인하세요 ◀◀ 카톡 친구추가 시 즉시 발송\n{LAST_LINE}",
        {"body": f"{LONG_LINE}{LAST_LINE}"},
    ),
    "a column whose series names its writer, signed by the name over the post; an illustrator's credit": (
        f"가상조선\n[홍길동의 글로벌 투자 노트] {HEADLINE}\n일러스트=김철수 기자\n{STORY}홍길동\n"
        "가상자산운용 글로벌주식운용본부장\n\n이 호의 다른 기사\n"
        "[실리콘밸리 리포트] 오픈AI 상장설의 진실  실리콘밸리=이영희 특파원\n",
        {"author": "홍길동", "body": STORY},
    ),
    "two reporters in a tag glued to the lede, each after the city of their desk": (
        f"{HEADLINE}\n[가상파워=뉴욕 홍길동 객원기자, 서울 김철수 기자] {STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    # (Review 62 of those rules: look-alikes that stay the story's, and writers kept.)
    "an outlet or a desk before an expert reporter, and an expert reporter beside another": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n전자신문 홍길동 전문기자, 김철수 의학전문기자\n{STORY}",
        {"author": ["홍길동", "김철수"]},
    ),
    "an anonymous poster in a board's fields": (
        f"{HEADLINE}\n작성일 2025.03.05   작성자 비회원   조회수 1,204\n{STORY}",
        {"author": None},
    ),
    "a company's denial quoted in words a broker's compliance notice uses": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n홍길동 기자\n{LONG_LINE}"
        '가상전자는 공시에서 "당사는 가상AI 지분을 5% 이상 보유하고 있지 않습니다"라고 밝혔다.\n',
        {"lines": '가상전자는 공시에서 "당사는 가상AI 지분을 5% 이상 보유하고 있지 않습니다"라고 밝혔다.'},
    ),
    "a market story's headline with two shares' moves, an agent's folders drawn as a tree, a panel's credits": (
        "가상일보\n가상전자 142달러 ▲3.1%, 가상랩스 88달러 ▼2.4%…AI주 희비\n입력 2025.03.05 10:20\n홍길동 기자\n"
        f"{LONG_LINE}에이전트의 작업 폴더는 다음과 같이 구성된다.\n├ memory: 대화 기록과 장기 기억\n"
        "├ tools: 검색·코드 실행 도구\n"
        f"좌장=김철수 가상대 교수 · 발제=이영희 가상연구원 연구위원 · 토론=박민수 가상일보 기자\n{LAST_LINE}",
        {
            "title": "가상전자 142달러 ▲3.1%, 가상랩스 88달러 ▼2.4%…AI주 희비",
            "author": "홍길동",
            "lines": "├ memory: 대화 기록과 장기 기억\n├ tools: 검색·코드 실행 도구\n"
            "좌장=김철수 가상대 교수 · 발제=이영희 가상연구원 연구위원 · 토론=박민수 가상일보 기자",
        },
    ),
    "a kicker naming the story's subject, profiled by name and post between paragraphs": (
        f"[김철수의 반도체 승부수] {HEADLINE}\n입력 2025.03.05 10:20\n홍길동 기자\n{LONG_LINE}김철수\n가상전자 회장\n"
        f"{LAST_LINE}",
        {"author": "홍길동", "lines": "김철수\n가상전자 회장"},
    ),
    # (Sets 244-245: print viewers and institutions' sites.)
    "a print viewer's list of the edition's pages and of a page's stories over the story": (
        "가상매일 e-Paper\n지면보기\n로그인\nPDF 내려받기\n◀ 이전 호\n2024년 09월 26일 (목) 제5127호\n"
        "다음 호 ▶\n면 선택\n"
        "1면 종합\n2면 정치·행정\n3면 경제\n4면 사회\n5면 수원·용인\n3면 경제 | 이 면의 기사 2건\n"
        f"· {HEADLINE}\n· 가상시, 하반기 공공일자리 참여자 280명 모집\n기사 보기\n닫기 ✕\n{HEADLINE}\n"
        f"입력 : 2024-09-25 오후 6:41:00\n홍길동 기자 | 사진=가상도 제공\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "an institution's toolbar and English menu over its release": (
        "KIM & GASANG\nProfessionals Practices Insights About Careers\n"
        f"글자 크게 글자 작게 프린트 페이스북 트위터 블로그\n보도자료\n2025.08.11\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a report series' tag with the issue's number before the headline": (
        f"가상경제연구원\n[가상주평 24-08 (통권 1,002호)] {HEADLINE}\n작성자 : 홍길동 연구위원\n"
        f"등록일 : 2024.04.19\n{STORY}",
        {"title": HEADLINE},
    ),
    # (Review 63 of those rules.)
    "an expert reporter's field the lexicon does not know": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n홍길동 재난 전문기자\n{STORY}",
        {"author": "홍길동"},
    ),
    "an English subtitle with a menu's word in it, and a company's statement printed whole": (
        f"{HEADLINE}\nOpenAI chief says he is most excited about agents that can work for hours\n"
        f"입력 2025.03.05 10:20\n홍길동 기자\n{LONG_LINE}입장문 전문은 다음과 같다.\n"
        f"{STATEMENT}\n{LAST_LINE}",
        {
            "subtitle": "OpenAI chief says he is most excited about agents that can work for hours",
            "lines": STATEMENT,
        },
    ),
    "a story's list of courts counted in 면, out of order": (
        f"{HEADLINE}\n입력 2025.03.05 10:20\n홍길동 기자\n{LONG_LINE}공원에 들어서는 시설은 다음과 같다.\n"
        f"6면 테니스장\n2면 풋살장\n4면 족구장\n{LAST_LINE}",
        {"lines": "6면 테니스장\n2면 풋살장\n4면 족구장"},
    ),
    "a law firm's newsletter, the kind of its page beside its day": (
        "GASANG & LEE\n가상 법률사무소\n업무분야 구성원 인사이트 소개 채용 오시는 길\n한국어 English 日本語 中文\n"
        "인사이트\n뉴스레터\n"
        f"Legal Update\n세미나\n보도자료\n뉴스레터\n2025.08.11\n{HEADLINE}\n{STORY}",
        {"author": None},
    ),
    "a box of other news between paragraphs of a copy cut short is no end of the story": (
        f"{HEADLINE}\n입력 2025.01.28 10:00\n홍길동 기자\n\n{STORY}\n관련 기사 더 보기\n가상전자, 시총 1위 내줘\n"
        f"\n가상 모델은 어떻게 다른가\n\n{CUT_SHORT}",
        {"lines": CUT_SHORT},
    ),
    # (Sets 245-247: institutes' and law firms' pages, magazines, newsletters, podcasts.)
    "an institute's menu of report kinds, one with its kind in brackets, over the report's title": (
        "가상연구원\n이슈리포트\n연구보고서\n연구보고서(정책·연차)\n산업 실태조사\n"
        f"{HEADLINE}\n발간일 2025.05.28\n{STORY}",
        {"title": HEADLINE, "date": dt.date(2025, 5, 28)},
    ),
    "a law firm's Korean name under its logo's capitals, its day over the story's fields": (
        "GASANG & LEE\n가상 법률사무소\n업무분야 구성원 인사이트 소개 채용 오시는 길\n인사이트\n뉴스레터\n"
        f"2025.08.11\n인공지능(AI) · 개인정보·데이터 · TMT\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE, "date": dt.date(2025, 8, 11), "body": STORY},
    ),
    "a newsletter's English name over its field, under the firm's menu": (
        "법무법인 가상\nGASANG LAW LLC\nProfessionals Practices Insights About Careers\nKOR ENG CHN\nInsights\n"
        f"Newsletter\nLegal Update | TMT·AI\n{HEADLINE}\n2025. 11. 18.\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a magazine's cover story, its package's name over the story's headline": (
        f"가상주간\n경제 > 커버스토리\n[커버스토리] 반도체 3.0 전쟁\n{HEADLINE}\n홍길동 기자\n"
        f"입력 2025-03-22 10:00\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a monthly's feature under its kind and a bar, over the story's headline with no marks": (
        "목록 | 이전글 | 다음글\n특집 | 생성형 AI와 뉴스 저작권\nAI는 뉴스를 공짜로 배워도 되는가\n"
        f"홍길동 변호사·법무법인 가상\n카카오톡 공유 페이스북 공유 URL 복사 인쇄\n\n{STORY}",
        {"title": "AI는 뉴스를 공짜로 배워도 되는가"},
    ),
    "a monthly's issue under its name, over a column's headline": (
        f"가상 인사이트\n칼럼 > HR 테크\n가상 인사이트 2024년 6월호\n[HR 테크 칼럼] {HEADLINE}\n"
        f"입력 2025.03.04 10:00\n{STORY}",
        {"title": f"[HR 테크 칼럼] {HEADLINE}"},
    ),
    "a podcast's path from its section in the menu to the show's name of three words": (
        "가상포스트\n뉴스 | 테크 | 비즈 | 라이프 | 오디오 | 영상 | 오피니언\n오디오 > 가상 테크 수다\n\n"
        f"[가상 테크 수다 EP.58] {HEADLINE}\n입력 2025.01.31 10:00\n{STORY}",
        {"title": f"[가상 테크 수다 EP.58] {HEADLINE}"},
    ),
    "a magazine's pull quote, said in a paragraph of the story too": (
        f"{HEADLINE}\n입력 2025.03.22 10:00\n홍길동 기자\n{FIRST_LINE}“메모리가 아니라 시스템 반도체에 가깝다”\n"
        "한 업계 관계자는 “메모리가 아니라 시스템 반도체에 가깝다”며 “설계부터 함께 움직여야 한다”고 말했다.\n"
        f"{SECOND_LINE}",
        {
            "body": f"{FIRST_LINE}한 업계 관계자는 “메모리가 아니라 시스템 반도체에 가깝다”며 “설계부터 함께 움직여야 "
            f"한다”고 말했다.\n{SECOND_LINE}"
        },
    ),
    "a paywall's notes and a magazine's sale where the story is cut, the issue's contents under it": (
        f"{HEADLINE}\n입력 2025.11.02 06:00\n홍길동 기자\n{STORY}이 기사는 유료 회원만 읽을 수 있습니다.\n"
        "남은 분량 약 3,900자\n정기구독 신청 | 낱권 구매 12,000원\n이번 호 목차\n"
        "[특집] 양자컴퓨터, 어디까지 왔나\n[우주] 가장 먼 은하를 찾다\n",
        {"body": STORY},
    ),
    "a roundup's compiler under its items, one item's dateline naming its reporter": (
        f"[AI 단신] {HEADLINE}\n입력 2024.03.19 17:00\n① 가상전자, 차세대 AI 칩 공개…추론 성능 30배\n"
        f"[새너제이=김철수 객원기자] {STORY}"
        "② 가상닉스, 양산 시작\n가상닉스는 19일 새 메모리 양산에 들어갔다고 밝혔다.\n"
        "정리=홍길동 기자 hong@gasang.co.kr\n",
        {"author": ["홍길동", "김철수"], "lines": "① 가상전자, 차세대 AI 칩 공개…추론 성능 30배"},
    ),
    # (Sets 248-249: trade sites, and stories carried by boards, notes apps and clipping services.)
    "a short menu of sections over the path to the story's": (
        f"가상교육\n정책 학교 대학 에듀테크 오피니언\nHOME 에듀테크\n\n{HEADLINE}\n홍길동 기자\n"
        f"기사입력 2025-08-05 오후 3:12:40\n{STORY}",
        {"title": HEADLINE, "author": "홍길동"},
    ),
    "a short headline over the stamp, a guest reporter's byline after the site, a caption": (
        "가상과학자\n기술 > 인공지능\n\n알파폴드의 노벨상\n\n기사입력 2024년 10월 09일 오후 9시 40분\n"
        "가상과학자 객원기자 홍길동\n\n공유하기\n\n2024년 노벨화학상 수상자. 왼쪽부터 김철수, 이영희. ⓒ가상재단\n"
        f"{STORY}",
        {"title": "알파폴드의 노벨상", "author": "홍길동"},
    ),
    "a ministry's board of press coverage, its note on copyright over the post": (
        "가상부\n홈 > 알림·뉴스 > 언론보도 > 언론에 비친 가상부\n언론에 비친 가상부\n"
        "주요 언론에 보도된 정책 관련 기사를 소개합니다. 게시 기사의 저작권은 해당 언론사에 있습니다.\n"
        f"[가상방송] {HEADLINE}\n담당부서 반도체과\n등록일 2025-10-29\n매체명 가상방송\n보도일자 2025.10.28\n"
        f"조회수 271\n첨부파일 없음\n{HEADLINE}\n{STORY}",
        {"title": HEADLINE, "publisher": "가상방송", "date": dt.date(2025, 10, 28)},
    ),
    "a notes app's page of a clipped story, its path, properties and the clipper's callouts": (
        "홍길동의 워크스페이스 / 리서치 / AI 리서치\n공유\nAI 리서치\n생성일\n2025년 12월 23일 오전 11:05\n태그\n"
        "AI 고객미팅\n출처\nhttps://gasang.co.kr/article/1\n상태\n검토 중\n💡 미팅 전에 읽을 것.\n"
        f"{HEADLINE}\n가상뉴스 김철수 기자\n{FIRST_LINE}> 📝 우리 고객에 해당 가능성 높음.\n{SECOND_LINE}",
        {"title": HEADLINE, "author": "김철수", "body": STORY},
    ),
    "a clipping service's copy of a monthly's pages, its row of fields and the pages' numbers": (
        f"[스크랩] {HEADLINE}\n게재일 2024.05.22 | 매체 가상월간 2024년 6월호 | 지면 62~67 | 분류 반도체\n"
        "가상클립 스크랩 서비스 · 본 자료는 저작권 위탁 계약에 따라 구독 기관 내부 열람용으로 제공됩니다.\n- 1 / 2 -\n"
        f"{HEADLINE}\n홍길동 기자\n{FIRST_LINE}- 2 / 2 -\n{SECOND_LINE}",
        {"title": HEADLINE, "publisher": "가상월간", "date": dt.date(2024, 5, 22), "body": STORY},
    ),
    # (Sets 250-251: hard dates and writers.)
    "a monthly's menu of its issues over the story's section": (
        "가상월간\n月刊假想\n최신호 지난호 기사검색 뉴스룸 구독신청\n2026년 2월호\n경제·산업\n"
        f"{HEADLINE}\n글 : 홍길동 가상월간 선임기자\n입력 : 2026.01.21\n{STORY}",
        {"title": HEADLINE},
    ),
    "a regional paper's menu of regions, each led by a dot": (
        f"ㆍ대전 ㆍ세종 ㆍ충남 ㆍ충북 ㆍ전국\n{HEADLINE}\n가상뉴스 홍길동 기자\n{STORY}",
        {"title": HEADLINE},
    ),
    "a stamp written abroad in its zone's standard time": (
        f"{HEADLINE}\n작성 2025.03.03 21:47 (미 동부 표준시)\n홍길동 특파원\n{STORY}",
        {"date": dt.datetime(2025, 3, 4, 11, 47, tzinfo=KST)},
    ),
    # (Sets 252-253: older layouts; a control set of ordinary pages.)
    "a paper abroad's stamp in its city's time": (
        f"{HEADLINE}\n기사입력 : 2025-02-05 09:40 (시드니 시간)\t|\t조회 : 3,102\n{STORY}",
        {"date": dt.datetime(2025, 2, 5, 7, 40, tzinfo=KST)},
    ),
    "a section beside the day over the headline, the byline in brackets after the outlet and a slash": (
        f"가상포커스\n산업 | 2024.02.27\n{HEADLINE}\n{STORY}[가상포커스 / 홍길동 기자]\n",
        {"author": "홍길동", "body": STORY},
    ),
    "a newsletter's links to the stories it picks, with their arrows": (
        f"{HEADLINE}\n입력 2025.02.11 07:00\n{FIRST_LINE}▶ 기사 보기\n{SECOND_LINE}기사 보기 ▸\n"
        "이 메일은 letter@gasang.co.kr 에서 발송되었습니다.\n",
        {"body": STORY},
    ),
    # (Sets 253-257: the titles, publishers and noise of pages never seen.)
    "a menu's second row of plain names over a kicker; a name with its mail in brackets": (
        "GAMESHOT\n뉴스 리뷰 프리뷰 인터뷰 e스포츠 이벤트 커뮤니티\n"
        f"PC 모바일 콘솔 업계 하드웨어\n[CES 2025] {HEADLINE}\n"
        f"등록일 2025-01-07 13:22:41\n홍길동 (gildong@gasang.net)\n{STORY}",
        {"title": f"[CES 2025] {HEADLINE}", "author": "홍길동", "body": STORY},
    ),
    "a headline set over two lines, the first ending on a comma": (
        f"가상팬\n카카오톡 안에서 바로 챗GPT,\n카카오, 오픈AI 협업 서비스 출시\n입력 2025.10.28 14:31\n{STORY}",
        {"title": "카카오톡 안에서 바로 챗GPT, 카카오, 오픈AI 협업 서비스 출시", "body": STORY},
    ),
    "a short headline ending on an ellipsis, its end on the next line": (
        '가상패치\n"내 얼굴이 왜 여기에"…\n'
        f"아이돌 노린 AI 딥페이크, 소속사들 '무관용' 선언\n사진=가상패치DB\n\n{STORY}",
        {"title": "\"내 얼굴이 왜 여기에\"… 아이돌 노린 AI 딥페이크, 소속사들 '무관용' 선언", "body": STORY},
    ),
    "a menu whose names hold a figure, '웹3', over a kicker": (
        f"가상스트리트\n뉴스 마켓 정책 피플 리서치 이벤트 오피니언\n전체 블록체인 가상자산 AI 웹3 규제 글로벌\n"
        f"블록체인 인사이트\n{HEADLINE}\n홍길동 기자 gildong@gasang.co.kr\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "a photo's caption between the headline and its deck": (
        f'가상시대\nHOME > 경제 > 산업\n[르포] "전기는 당진이 만들고, AI는 서울이 쓰나"\n'
        "지난 17일 주민설명회에서 한 주민이 질문하고 있다. (사진=홍길동 기자)\n"
        "데이터센터 유치 주민설명회…송전선로·소음·일자리 놓고 질문 쏟아져\n"
        f"홍길동 기자\n입력 2025.04.21 오전 10:05\n{STORY}",
        {"title": '[르포] "전기는 당진이 만들고, AI는 서울이 쓰나"', "author": "홍길동"},
    ),
    "a stamp with the half of the day after the time, and its update '업데이트됨'": (
        f"{HEADLINE}\nBy 홍길동 에디터\n"
        f"2023년 03월 15일 09:12 AM KST | 업데이트됨 2023년 03월 15일 11:40 AM KST\n{STORY}",
        {"date": dt.datetime(2023, 3, 15, 9, 12, tzinfo=KST), "updated": dt.datetime(2023, 3, 15, 11, 40, tzinfo=KST)},
    ),
    "the site's last edit over the page, its time first": (
        f"2026.01.05 (월) 18:22 최종편집\n가상뉴스\n{HEADLINE}\n"
        f"홍길동·김철수 기자 | 기사입력 2025/12/29 [11:20]\n{STORY}",
        {"author": ["홍길동", "김철수"], "date": dt.datetime(2025, 12, 29, 11, 20, tzinfo=KST), "body": STORY},
    ),
    "a copyright line with the name left out": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n"
        f"{STORY}홍길동 기자 gildong@gasangnuri.net\n저작권자 © 무단전재 및 재배포 금지\n",
        {"publisher": None, "author": "홍길동", "body": STORY},
    ),
    "a dateline with the correspondent's post after the name": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n[가상타임스=홍길동 도쿄 특파원] {STORY}",
        {"author": "홍길동", "publisher": "가상타임스"},
    ),
    "a group's site in its sign-off, on the group's mail, over the group's copyright": (
        "동아닷컴 | IT동아 | 게임동아 | 스포츠동아\n게임동아\n뉴스\n리뷰\n인터뷰\n"
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}"
        "게임동아 홍길동 객원기자 gildong@donga.com\n동아닷컴과 게임동아의 모든 콘텐츠는 저작권법의 보호를 받습니다.\n"
        "Copyright © DONGA.COM. All rights reserved.\n",
        {"publisher": "게임동아", "author": "홍길동"},
    ),
    "a section and its part a space apart, the section printed alone over them": (
        f"가상소비자신문\n소비자\n유통\n금융\n생활경제\n\n유통 IT·가전\n{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "links to other stories between paragraphs, a line each led by an arrow": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}\n☞ 가상전자, 2분기 영업이익 9조원 돌파…HBM 판매 호조\n"
        f'☞ "HBM 없으면 AI도 없다"…메모리 3사 차세대 경쟁 본격화\n\n{SECOND_LINE}',
        {"body": STORY},
    ),
    "a list of the hour's most read under its heading in brackets, between paragraphs": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}\n"
        "[이 시각 많이 본 기사]\n주 4.5일제 시범사업 참여 기업 모집…최대 1억 지원\n"
        f"최저임금위, 업종별 차등적용 놓고 또 충돌\n\n{SECOND_LINE}",
        {"body": STORY},
    ),
    "a betting tipster's room between paragraphs": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}\n"
        "무료 스포츠분석 픽 공유방 ▶ 텔레그램 t.me/gasang_pick ◀ 적중률 92%\n\n"
        f"{SECOND_LINE}",
        {"body": STORY},
    ),
    "a player's buttons, the app's and the newsletter's boxes, a poll, a sponsor, counts in a row": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n추천 0 | 조회수 1,284\n{FIRST_LINE}\n설정\n전체화면\n\n"
        "가상투데이 앱 설치하고 투자 유치 소식을 가장 먼저 받아보세요\nApp Store\nGoogle Play\n\n"
        "[가상뉴스 뉴스레터] 혼자 사는 당신을 위한 생활·경제 정보, 매주 화요일 아침 메일함으로 받아보세요\n"
        "이메일 주소를 입력하세요\n\n[스폰서] 프리미엄 종목진단 리포트 월 19,900원 ▶ 첫 달 무료 체험\n\n"
        f"{SECOND_LINE}\n이 기사에 대한 당신의 생각은?\n공감 3 | 비공감 0\n추가취재 원해요\n",
        {"body": STORY},
    ),
    "an outlet's advert, its breaking-news channel, a slash-credited caption, a partner's note": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}\n"
        "[gasang 광고] 봄맞이 피부과 시술 최대 70% 할인 ▶ 지금 상담 예약\n\n"
        "가상 서비스 화면 / 출처=가상소프트\n\n▶ 가상리더스 텔레그램 채널에서 실시간 속보 받기\n\n"
        f"{SECOND_LINE}※ 이 기사는 제휴사인 가상가제트가 제공한 기사입니다.\n",
        {"body": STORY},
    ),
    "the editor's picks and a list headed 'RELATED' under the story, over the footer's links": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{STORY}\n"
        "에디터 추천\n챗GPT가 쓴 자기소개서, 인사담당자들은 알아챌 수 있을까?\n"
        '빌 게이츠가 챗GPT를 두고 "인터넷만큼 중요한 발명"이라고 말했다\n\n'
        "RELATED\nAI 밴드 논란 이후, 스트리밍은 무엇을 표기해야 하나\n"
        "\n회사소개\n개인정보처리방침\n",
        {"body": STORY},
    ),
    # (Sets 258-261: many dates, the worst pages, control sets.)
    "a deck about adverts' words over the byline, under the headline": (
        f"가상소비자신문\n{HEADLINE}\n해외 결제라 카드사도 ‘난감’…무료체험 뒤 자동결제 전환 불만 최다\n"
        f"지난 2월 개정법 시행에도 해외 사업자는 ‘사각지대’\n홍길동 기자\n기사승인 2025.05.27 06:00\n{STORY}",
        {"title": HEADLINE, "body": STORY},
    ),
    "two reporters after '기자명', set apart by a slash": (
        f"{HEADLINE}\n기자명 홍길동 기자 / 김철수 기자\n입력 2025.09.05 10:11\n{STORY}",
        {"author": ["홍길동", "김철수"], "body": STORY},
    ),
    "a magazine's credits, each role with a slash before the name": (
        f"{HEADLINE}\n{STORY}\n에디터 / 홍길동\n객원 에디터 / 김철수\n포토그래퍼 / 이영희\n2025.06.12\n",
        {"author": ["홍길동", "김철수"], "body": STORY},
    ),
    "the outlet's own boxes between paragraphs, framed by marks or labelled": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}\n"
        "■ 가상저널21 독자 이벤트 ■ 뉴스레터 구독하고 커피 쿠폰 받아가세요\n\n"
        "▣ 가상경제 프리미엄 ▣ 월가 애널리스트 리포트 원문 요약, 지금 첫 달 무료로 받아보세요\n\n"
        "** 독립언론은 독자의 후원으로 지켜집니다. 월 1만원 후원회원이 되어주세요 **\n\n"
        "[가상데스크 후원] 광고 없는 탐사보도, 독자 여러분의 후원으로 만들어집니다. 월 5000원 정기후원 ▶\n\n"
        "[공지] 가상뉴스 공식 카카오톡 채널 추가하고 속보 알림 받아보세요!\n\n"
        f"{SECOND_LINE}※ 이 기사는 2023년 7월 25일 오전 11시 40분 거래소 입장을 추가해 업데이트됐습니다.\n",
        {"body": STORY},
    ),
}


SETS_75_TO_174 = {
    **PAGES_OF_SETS_75_TO_78,
    **KEPT_BY_SETS_75_TO_78,
    **PAGES_OF_SETS_79_TO_82,
    **KEPT_BY_SETS_79_TO_82,
    **PAGES_OF_SETS_83_TO_86,
    **KEPT_BY_SETS_83_TO_86,
    **PAGES_OF_SETS_95_TO_98,
    **KEPT_BY_SETS_95_TO_98,
    **PAGES_OF_SETS_111_TO_114,
    **KEPT_BY_SETS_111_TO_114,
    **PAGES_OF_SETS_115_TO_118,
    **KEPT_BY_SETS_115_TO_118,
    **PAGES_OF_SETS_119_TO_122,
    **PAGES_OF_SETS_123_TO_126,
    **PAGES_OF_SETS_127_TO_130,
    **KEPT_BY_SETS_123_TO_130,
    **PAGES_OF_SETS_131_TO_134,
    **KEPT_BY_SETS_131_TO_134,
    **PAGES_OF_SETS_135_TO_138,
    **PAGES_OF_SETS_139_TO_142,
    **PAGES_OF_SETS_143_TO_146,
    **PAGES_OF_SETS_147_TO_150,
    **PAGES_OF_SETS_151_TO_154,
    **PAGES_OF_SETS_155_TO_158,
    **PAGES_OF_SETS_159_TO_162,
    **PAGES_OF_SETS_163_TO_166,
    **PAGES_OF_SETS_171_TO_174,
    **PAGES_OF_SETS_183_TO_186,
    **JAPANESE_BYLINES,
    **PAGES_OF_SETS_191_TO_194,
    **PAGES_OF_SETS_199_TO_202,
    **PAGES_OF_SETS_209_TO_218,
    **PAGES_OF_SETS_219_TO_222,
    **PAGES_OF_SETS_225_TO_228,
}


# Review 64: lines of real pages the rules of sets 245-247 must leave as they are.
KEPT_BY_THE_RULES_OF_SETS_245_TO_247 = {
    "a supply story's '남은 분량'": (
        f"{HEADLINE}\n입력 2025.03.04 10:00\n홍길동 기자\n{FIRST_LINE}남은 분량은 HBM3E 12단 제품이 중심이다.\n"
        f"{SECOND_LINE}",
        {"lines": "남은 분량은 HBM3E 12단 제품이 중심이다."},
    ),
    "a price story's subheading of a subscription per month": (
        f"{HEADLINE}\n입력 2025.03.04 10:00\n홍길동 기자\n{FIRST_LINE}챗GPT 플러스 구독 월 20달러\n{SECOND_LINE}",
        {"lines": "챗GPT 플러스 구독 월 20달러"},
    ),
    "a headline about playlists": (
        f"가상경제\n유튜브, 재생목록 AI 자동 생성 기능 도입\n입력 2025.03.04 10:00\n{STORY}",
        {"title": "유튜브, 재생목록 AI 자동 생성 기능 도입"},
    ),
    "a headline opening with an issue's contents": (
        f"가상경제\n이번 호 목차 공개한 가상과학, AI 특집\n입력 2025.03.04 10:00\n{STORY}",
        {"title": "이번 호 목차 공개한 가상과학, AI 특집"},
    ),
    "a story's sentences on sharing links and on a message's sender": (
        f"{HEADLINE}\n입력 2025.03.04 10:00\n{FIRST_LINE}회사는 독자가 친구에게 구독 링크를 공유하면 리포트를 준다.\n"
        '문자는 "본 메시지는 가상 고객센터에서 발송되었습니다"라고 적었다.\n',
        {
            "lines": "회사는 독자가 친구에게 구독 링크를 공유하면 리포트를 준다.\n"
            '문자는 "본 메시지는 가상 고객센터에서 발송되었습니다"라고 적었다.'
        },
    ),
    "a weekly roundup's name and its topic over a deck": (
        f"Weekly AI | 딥시크쇼크\n{HEADLINE}\n입력 2025.03.04 10:00\n{STORY}",
        {"title": "Weekly AI | 딥시크쇼크"},
    ),
    "a new issue's notice over a deck": (
        f"가상경제\n[신간] 월간 가상소프트웨어 2025년 3월호\n{HEADLINE}\n입력 2025.03.04 10:00\n{STORY}",
        {"title": "[신간] 월간 가상소프트웨어 2025년 3월호"},
    ),
    "a headline ending in an institute's word under the site's logo in capitals": (
        "GASANG TIMES\n가상카카오 판교에 인공지능 연구소\n석박사급 200명 배치…자체 모델 개발 속도\n"
        f"입력 2025.03.04 10:00\n{STORY}",
        {"title": "가상카카오 판교에 인공지능 연구소"},
    ),
    "a quote's 'today', said on another day": (
        "가상방송\n오픈AI, 새 모델 공개\n홍길동 기자\n오픈AI가 15일 새 AI 모델 GPT-4o를 국내에 출시했습니다.\n"
        '무라티 최고기술책임자는 지난 13일(현지시간) 발표에서 "오늘(13일)부터 무료로 쓸 수 있다"고 말했습니다.\n',
        {"date": dt.date(2024, 5, 15)},
    ),
    "a quote a story leads to, set alone and said again": (
        f"{HEADLINE}\n입력 2025.01.20 09:00\n{FIRST_LINE}협회장은 발표에서 이렇게 말했다.\n"
        '"AI 기본법은 규제가 아니라 진흥법이 돼야 한다"\n'
        '공청회는 결국 "AI 기본법은 규제가 아니라 진흥법이 돼야 한다"는 주장과 맞섰다.\n',
        {"lines": '"AI 기본법은 규제가 아니라 진흥법이 돼야 한다"'},
    ),
}


# Review 65: ... and those of sets 247-249.
TIPS = "이들은 텔레그램 방에서 AI 스포츠 분석으로 적중률 92%를 낸다고 홍보했지만 실제 적중률은 절반도 안 됐다."
KEPT_BY_THE_RULES_OF_SETS_253_TO_257 = {
    # (Review 67.)
    "a series' tag naming adverts over the headline, and a roundup's items so tagged": (
        "가상마케팅\n[화제의 광고] 코카콜라, 올해 크리스마스 광고도 AI로 만들었다\n입력 2025.12.01 09:00\n홍길동 기자\n"
        "[AI 광고] 코카콜라는 올해도 크리스마스 광고를 생성형 AI로 제작했다.\n"
        "[TV 광고] 현대차는 AI로 만든 첫 TV 광고를 공개했다.\n",
        {
            "title": "[화제의 광고] 코카콜라, 올해 크리스마스 광고도 AI로 만들었다",
            "lines": "[AI 광고] 코카콜라는 올해도 크리스마스 광고를 생성형 AI로 제작했다.",
        },
    ),
    "the story's own points led by arrows, each with an ellipsis": (
        f"{HEADLINE}\n입력 2025.10.31 08:12\n{FIRST_LINE}부문별 실적은 다음과 같다.\n"
        "▶ 반도체(DS) 부문: 영업이익 7조원…HBM3E 판매 전 분기 대비 두 배\n"
        "▶ 모바일(MX) 부문: 영업이익 3조원…AI폰 판매 호조\n",
        {"lines": "▶ 반도체(DS) 부문: 영업이익 7조원…HBM3E 판매 전 분기 대비 두 배"},
    ),
    "sentences naming a login form's field and a note on stories an AI wrote": (
        f"{HEADLINE}\n입력 2025.11.03 10:20\n{FIRST_LINE}"
        "공격자는 가짜 로그인 화면을 띄워 이메일 주소를 입력하도록 유도한 뒤 계정 정보를 빼돌린다.\n"
        '일부 언론사는 "이 기사는 AI가 작성하고 편집자가 검수해 제공한 기사입니다"라는 문구를 붙인다.\n',
        {"lines": "공격자는 가짜 로그인 화면을 띄워 이메일 주소를 입력하도록 유도한 뒤 계정 정보를 빼돌린다."},
    ),
    "a story's table headed by the app stores, and its gift guide's headings": (
        f"{HEADLINE}\n입력 2025.11.03 10:20\n{FIRST_LINE}\nApp Store\n1위 챗GPT 2위 제미나이 3위 뤼튼\n\n"
        "Google Play\n1위 챗GPT 2위 뤼튼 3위 제미나이\n\n에디터 추천 AI 노트북\n가상북 AI는 NPU를 갖춘 첫 제품이다.\n",
        {"lines": "App Store\nGoogle Play\n에디터 추천 AI 노트북"},
    ),
    "a release's contact under it, a name with its mail in brackets": (
        f"{HEADLINE}\n등록 2025.10.28 14:31\n{STORY}■ 문의: 가상테크 홍보팀\n김영희 (pr@gasangtech.co.kr)\n",
        {"author": None},
    ),
    "a short headline ending on an ellipsis, over its deck": (
        "가상증권\nSK하이닉스 40만닉스 가나…\nHBM4 공급 확대에 증권가 목표가 줄상향\n"
        f"입력 2025.10.28 14:31\n홍길동 기자\n{STORY}",
        {"title": "SK하이닉스 40만닉스 가나…"},
    ),
    # (Review 68.)
    "a story's subheadings and timeline framed by marks, holding an offer's words": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}◆ 무료 이용자 8억명…광고로 비용 메운다 ◆\n"
        "◆ 광고 도입 배경 ◆ 가상AI는 올해 추론 인프라에만 200억달러 이상을 쓸 것으로 알려졌다.\n"
        "■ 2022년 11월 ■ 챗GPT 무료 공개, 닷새 만에 가입자 100만명\n◆ 인재 모집 계획은 ◆\n"
        f"{SECOND_LINE}",
        {
            "lines": "◆ 무료 이용자 8억명…광고로 비용 메운다 ◆\n"
            "■ 2022년 11월 ■ 챗GPT 무료 공개, 닷새 만에 가입자 100만명\n◆ 인재 모집 계획은 ◆"
        },
    ),
    "a how-to's step naming a messenger's channel, and a correction's note": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}"
        "[1단계] 가상청 카카오톡 채널 추가하고 간소화 자료 알림 받기\n"
        '※ 이 기사는 가상AI 측이 "구독료 인상 계획은 없다"고 알려와 해당 부분을 삭제하고 수정됐습니다.\n'
        f"{SECOND_LINE}",
        {"lines": "[1단계] 가상청 카카오톡 채널 추가하고 간소화 자료 알림 받기"},
    ),
    "adverts between paragraphs that read like headlines": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}\n고객님, 신용점수 걱정 없이 비상금 한도 확인!\n\n"
        "지금 바로 AI 자산관리 시작…첫 3개월 수수료 면제\n\n특가! 가상 AI폰, 선착순 한정 판매 '오늘만'\n\n"
        f"{SECOND_LINE}",
        {"body": STORY},
    ),
    "a subheading framed by marks, no offer in it": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}■ 반도체 업계 동향 ■\n{SECOND_LINE}",
        {"lines": "■ 반도체 업계 동향 ■"},
    ),
    "an advert's words in a deck with its price": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}\n"
        f"[오늘만 특가] 노이즈캔슬링 무선 이어폰 29,900원 ▶ 구매하기\n\n{SECOND_LINE}",
        {"body": STORY},
    ),
    "a correspondent's post after the name, a label before '='": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n[르포=홍길동 베이징 특파원] {STORY}",
        {"author": "홍길동", "publisher": None},
    ),
}
KEPT_BY_THE_RULES_OF_SETS_247_TO_249 = {
    "a story's own bullets led by icons, under a page's properties": (
        f"{HEADLINE}\n입력 2025.09.08 11:00\n홍길동 기자\n생성일: 2025-09-08\n태그: AI기본법, 과기정통부\n{FIRST_LINE}"
        "📌 고영향 AI: 의료, 채용, 대출 심사 등 10개 영역이 대상이다.\n"
        "📌 생성형 AI 표시: 결과물에 AI가 만들었다는 사실을 알려야 한다.\n"
        f"{SECOND_LINE}",
        {"lines": "📌 고영향 AI: 의료, 채용, 대출 심사 등 10개 영역이 대상이다."},
    ),
    "a story quoting a portal's note on copyright": (
        f"{HEADLINE}\n입력 2025.09.08 11:00\n{FIRST_LINE}"
        '뉴스 약관에는 "기사의 저작권은 해당 언론사에 있습니다"라는 문구가 명시돼 있다.\n',
        {"lines": '뉴스 약관에는 "기사의 저작권은 해당 언론사에 있습니다"라는 문구가 명시돼 있다.'},
    ),
    "a ministry's note on a story, the outlet among its fields": (
        "가상부\n홈 > 알림·소식 > 보도설명\n보도일자 2025.03.11 | 언론사 가상일보 | 담당부서 인공지능정책과\n"
        '"정부 AI 예산 절반 삭감" 보도 관련 설명\n가상부는 3월 11일자 가상일보 보도에 대해 다음과 같이 설명드립니다.\n'
        "내년 AI 예산은 삭감되지 않았으며, 오히려 전년 대비 12% 늘어난 규모로 편성될 예정입니다.\n",
        {"publisher": None},
    ),
    "a headline with its section's name over the path to it": (
        f"가상경제\nAI 에이전트 시대 연 오픈AI\nHOME AI\n홍길동 기자\n기사입력 2025-08-05 오후 3:12:40\n{STORY}",
        {"title": "AI 에이전트 시대 연 오픈AI"},
    ),
    "one correspondent's story a desk tidied": (
        "[워싱턴=김철수 특파원] 엔비디아, 중국向 H20 수출 재개\n입력 2025.07.15 07:00\n가상일보\n"
        f"{STORY}정리=홍길동 기자\n",
        {"author": "김철수"},
    ),
    # (Review 66.)
    "a roundup's first item right under its headline": (
        "가상뉴스\n[AI 위클리] 이번 주 꼭 알아야 할 AI 뉴스 3\n① 오픈AI, GPT-5 공개…추론 성능 대폭 향상\n"
        f"[샌프란시스코=김철수 특파원] {FIRST_LINE}② 엔비디아, 차세대 칩 조기 양산\n{SECOND_LINE}"
        "정리=박민수 기자 minsu@gasang.co.kr\n",
        {"lines": "① 오픈AI, GPT-5 공개…추론 성능 대폭 향상"},
    ),
    "a photographer's credit under the story, the role first": (
        f"{HEADLINE}\n입력 2025.03.19 07:00\n김철수 기자\n{STORY}사진 기자 홍길동\n",
        {"author": "김철수", "body": STORY},
    ),
    # (Sets 253-257.)
    "a long headline ending on an ellipsis, over its deck": (
        f'가상리더스\n엔비디아 분기 매출 또 신기록…젠슨 황 "루빈, 이미 없어서 못 판다"…\n데이터센터 매출 80% 넘어\n'
        f"입력 2026.02.26 07:10\n{STORY}",
        {"title": '엔비디아 분기 매출 또 신기록…젠슨 황 "루빈, 이미 없어서 못 판다"…'},
    ),
    "the story's own points, each led by an arrow, with no headline's ellipsis": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n"
        f"{FIRST_LINE}▶ 송전선로 지중화 요구\n▶ 소음 측정 결과 공개 요청\n{SECOND_LINE}",
        {"lines": "▶ 송전선로 지중화 요구\n▶ 소음 측정 결과 공개 요청"},
    ),
    "a story on betting tips sold on a messenger": (
        f"{HEADLINE}\n입력 2025.10.28 14:31\n{FIRST_LINE}{TIPS}\n",
        {"lines": TIPS},
    ),
    "a headline of plain nouns under the menu, over a deck led by the story's kind": (
        f"가상경제\n정치 경제 사회 국제 증권 부동산 오피니언\n글로벌 증권 시장 변동성 확대\n"
        f"[분석] 미 금리 동결에도 AI주 급락…'버블' 논쟁 재점화\n입력 2025.10.28 14:31\n홍길동 기자\n{STORY}",
        {"title": "글로벌 증권 시장 변동성 확대", "body": STORY},
    ),
    "a headline of plain nouns under the menu, over its deck": (
        f"가상경제\n정치 경제 사회 국제 증권 부동산 오피니언\n글로벌 증권 시장 변동성 확대\n"
        f"미 금리 동결에도 AI주 급락…'버블' 논쟁 재점화\n입력 2025.10.28 14:31\n홍길동 기자\n{STORY}",
        {"title": "글로벌 증권 시장 변동성 확대"},
    ),
}


KEPT_BY_THE_RULES_OF_SETS_245_TO_257 = {
    **KEPT_BY_THE_RULES_OF_SETS_245_TO_247,
    **KEPT_BY_THE_RULES_OF_SETS_247_TO_249,
    **KEPT_BY_THE_RULES_OF_SETS_253_TO_257,
}


@pytest.mark.parametrize("case", KEPT_BY_THE_RULES_OF_SETS_245_TO_257)
def test_what_the_rules_of_sets_245_to_257_leave(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    page, expected = KEPT_BY_THE_RULES_OF_SETS_245_TO_257[case]
    expect(*ingest(tmp_path, capsys, page), expected)


def test_a_notes_apps_properties_under_a_memo_of_a_sentence_stay_out_of_the_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 66: the properties were looked for only over the first sentence, a memo's here."""
    page = (
        "홍길동의 워크스페이스 / 리서치 / AI 리서치\n공유\nAI 리서치\n메모\n"
        "고객사 회의 전에 읽어 둘 것, 지원 사업 부분은 영업팀과 공유하기로 했다.\n"
        "생성일\n2025년 12월 23일 오전 11:05\n출처\nhttps://gasang.co.kr/article/1\n상태\n"
        f"검토 중\n{HEADLINE}\n가상뉴스 김철수 기자\n입력 2025.03.04 09:12\n{STORY}"
    )
    _, text_body = ingest(tmp_path, capsys, page)
    assert not {"생성일", "출처", "상태", "검토 중"} & set(text_body.splitlines()), text_body
    assert STORY.splitlines()[0] in text_body


def test_a_bureaus_place_in_an_outlets_tag_is_no_reporter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'【가상뉴스 대구】홍길동 기자=' names a bureau, then the reporter; '[가상뉴스 남양주]' and '[가상뉴스 전망대]'
    name a bureau and a series, no reporter."""
    fm, _ = ingest(
        tmp_path, capsys, f"가상뉴스\n{HEADLINE}\n입력 2024.06.18 16:47\n【가상뉴스 대구】홍길동 기자={STORY}"
    )
    assert fm.get("author") != "대구" and fm.get("publisher") == "가상뉴스", fm
    for tag in ("[가상뉴스 남양주]", "[가상뉴스 전망대]"):
        fm, _ = ingest(tmp_path / tag, capsys, f"가상뉴스\n{HEADLINE}\n입력 2024.06.18 16:47\n{tag} {STORY}")
        assert fm.get("author") is None and fm["title"] == HEADLINE, fm


@pytest.mark.parametrize("case", SETS_75_TO_174)
def test_kinds_of_page_of_sets_75_to_174(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    page, expected = SETS_75_TO_174[case]
    expect(*ingest(tmp_path, capsys, page), expected)
