"""Line-by-line separation of article text from page chrome.

Each seed line is one paragraph of the page as captured. A line is chrome when it is a
site header, widget, byline, caption, credit, copyright notice or a list of related links;
the headline and deck above the body become title and subtitle. Reporter prefixes glued to
the first paragraph ('(서울=연합뉴스) 홍길동 기자 = ') are cut off and kept for meta.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import html
import itertools
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from .. import yamlio
from ..datafiles import KST, Outlet
from ..lexicon import Lexicon, packaged, phrase_pattern
from .spam import is_advert
from .text import (
    CLOSERS,
    DATE,
    DESK_BYLINE,
    EMAIL,
    ENGLISH_DATE,
    ENGLISH_DAY_FIRST,
    ENGLISH_TIME,
    ENGLISH_WEEKDAY,
    FEED_DATE,
    HANGUL,
    KOREAN,
    ROMAN_SURNAMES,
    SURNAMES,
    bylines,
    cells,
    correspondents,
    family_named,
    fold,
    is_sentence,
    japanese_family_named,
    name_alone,
    names_alone,
    sentences,
)


@dataclass(frozen=True)
class Dateline:
    """A reporter prefix cut from the start of a paragraph."""

    line: int
    text: str
    outlet: str = ""  # as printed, e.g. '연합뉴스'
    names: str = ""
    month: int | None = None
    day: int | None = None
    # The day a release service's dateline prints (year, month, day): the release's, which is not
    # the day a paper reprinting it reports (`month`, `day`: a wire's, the story's own).
    issued: tuple[int, int, int] | None = None
    service: str = ""  # the release service a press release went out by: '뉴스와이어'


@dataclass
class Cleaned:
    title: str = ""
    title_line: int | None = None
    deck: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)
    chrome: list[tuple[int, str, str]] = field(default_factory=list)  # (line number, text, reason)
    datelines: list[Dateline] = field(default_factory=list)
    # The outlet as the page's sender names it: a newsletter's mail, an app's share text.
    masthead: str = ""
    # The outlet's correction of this story printed over it, kept with the story after its end,
    # where a correction is read: '[바로잡습니다] 본 기사 3번째 문단의 … 바로잡습니다.'
    corrections: list[str] = field(default_factory=list)
    # Names standing alone over the headline that may be the outlet's own, folded: an outlet the
    # registry does not know is known by them ('가상경제' there, '[가상경제] …' in the lede).
    own_names: set[str] = field(default_factory=set)
    forwarded: bool = False  # a mail forwarded by someone ('---------- Forwarded message ---------')


_WEEKDAY = r"\(?[월화수목금토일](?:요일)?\)?"
# A weekday printed with a date: '(목)', '목요일'.
WEEKDAY_MARK = re.compile(r"\(\s*[월화수목금토일](?:요일)?\s*\)|[월화수목금토일]요일")

Rules = list[tuple[str, re.Pattern[str]]]


# A correction's label and its sentence, on one line: '[바로잡습니다] 본 기사 3번째 문단의 …', '[정정보도] …'.
_CORRECTION = re.compile(
    r"[\[［【<〈]\s*(?:바로잡습니다|바로잡음|정정(?:\s?보도(?:문)?)?|알려드립니다|(?:반론|추후)\s?보도(?:문)?)\s*[\]］】>〉]\s*(?P<text>\S.*)"
)
# (or this paper's story of a day, which the page prints: '본지는 2024년 12월 9일자 '…' 기사에서 …')
_THIS_STORY = re.compile(
    r"(?:본|이|해당)\s?기사(?:의|에서|는|가|\s)|본지[는가]\s(?:\d{4}년\s?)?\d{1,2}월\s?\d{1,2}일자\s"
)
_EDITION_STORY = re.compile(r"\d{1,2}월\s?\d{1,2}일자\s")  # ('10월 9일자 2면 「…」 기사 중 …')


def _corrects_this(text: str, below: str) -> bool:
    """Whether a correction's text corrects the story it is printed with: 'this story', or, right over
    its headline (`below`, the next line), the story of a day's paper, said in a sentence ('10월 9일자
    2면 「…」 기사 중 '…'를 '…'로 바로잡습니다.'; not a correction's own headline, '3월 4일자 보도 관련',
    nor a correction page's text, a sentence under it)."""
    printed = bool(_EDITION_STORY.match(text)) and is_sentence(text)
    return bool(_THIS_STORY.match(text) or printed and _headline_candidate(below) and not is_sentence(below))


# A rule across the page: '━━━━━━━━', '* * *' without its spaces.
_DIVIDER = re.compile(r"^[^\w\s]{3,}$")


# A community's classified: its kind in brackets ('[렌트]', '[구인]', '[교민 광고]'), its phone number last (not a
# paper's notice of its own event, '[알림] … 문의 02-724-0000', nor a story's line of contact).
# (Its tag names its kind alone, '[교민 광고]', not a help line's '[임대보증금 반환] … 콜센터 1566-9009'; its number
# may be a nationwide one: '▶[분양] … ☎1800-7979'.)
_CLASSIFIED = re.compile(
    r"[▶►▷☞]?\s*\[\s*(?:[가-힣]{1,4}\s?)?(?:광고|구인|구직|렌트|매매|사고팔기|벼룩시장|분양|임대)(?:\s*[/·]\s*[가-힣]{2,4})?\s*\]"
    r"\s*\S.*"
    r"[\s☎☏](?:(?:\(\d{2,4}\)\s?|\d{2,4}[-.\s])\d{3,4}[-.\s]\d{3,4}|1[5-9]\d{2}[-\s]\d{4})"
)
# A link to more of the outlet's news or a writer's: '가상방송 뉴스 더보기', '기사 더보기', '홍길동 가상대
# 교수 기고 더보기' (not a subheading's '한 걸음 더보기'), or a portal's to the source's: MSN's '가상일보에서 더 보기'.
_MORE_LINK = re.compile(
    r"^(?=.{0,50}$)[^.!?]*?(?:뉴스|기사|기고|칼럼|글|포토|영상|콘텐츠)\s?더\s?보기\s*[>›→▶+]?$"
    r"|^(?:[^\s.!?]{1,15}\s)?[^\s.!?]{2,15}에서 더 보기$"
)
# A temperature as a weather widget prints it, in Celsius or (a site in America) Fahrenheit.
TEMPERATURE = r"-?\d+(?:\.\d+)?\s*(?:℃|℉|°\s?[CF](?![A-Za-z]))"
# (A place may follow, glued: '구름조금인천 -3.5℃'.)
_WEATHER_WORD = (
    r"(?:맑음|흐림|구름(?:조금|많음)?|소나기|안개|황사|미세먼지|날씨|기온|체감|(?<![가-힣])[비눈](?![가-힣]))"
)


@functools.lru_cache(maxsize=4)  # one lexicon per site
def clock_places(lex: Lexicon) -> re.Pattern[str]:
    """The places of the lexicon's clocks, each as a word: 'LA', '토론토'."""
    return re.compile(r"(?<!\w)(" + phrase_pattern(tuple(dict(lex.clocks))) + r")(?![A-Za-z])")


@functools.lru_cache(maxsize=4)  # one lexicon per site
def weather_widget(lex: Lexicon) -> re.Pattern[str]:
    """A weather widget's line: a temperature with the weather's word ('LA 72°F 맑음', '구름조금 서울 -3.5℃'), or
    with a place on a short line ('토론토 -3°C', 'LA 68°F | 03/04 (화)'); not a spec ('동작 온도 -40°C~105°C'),
    nor a headline on a city's heat ('두바이 50°C 사막에 AI 데이터센터 짓는다')."""
    places = clock_places(lex).pattern
    return re.compile(rf"(?=.*{TEMPERATURE})(?:(?=.*{_WEATHER_WORD})|(?=.{{0,20}}$)(?=.*{places}))")


@functools.lru_cache(maxsize=4)  # one lexicon per site; a preview may see a few
def _chrome_rules(lex: Lexicon) -> tuple[Rules, Rules]:
    """(whole-line chrome whatever its length, chrome only as a short line), the words from
    the lexicon; a short-line rule holds words that also occur in running text."""
    stamp = phrase_pattern(lex.published + lex.updated)
    by = bylines(lex)
    always = [
        ("site header", re.compile(r"^최종\s*(편집|업데이트)\s*[:：]?")),
        # (Or after the time, as a site's top bar prints it: '2026.01.05 (월) 18:22 최종편집'.)
        (
            "site header",
            re.compile(r"^[^가-힣]*" + DATE + r"[^가-힣]*(?:\([월화수목금토일]\))?[^가-힣]*최종\s*(?:편집|업데이트)$"),
        ),
        # A portal's box of the outlet's picks, its heading run into the notice under it (as copied
        # from a phone): '가상MBC 주요 뉴스해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 …'.
        ("related", re.compile(r"^\S{1,12}\s?주요\s?뉴스\s?해당 언론사에서 선정")),
        (
            "date strip",
            re.compile(r"^[|\s]*" + DATE + r"\.?\s*(" + _WEEKDAY + r")?\s*(\d{1,2}:\d{2}(:\d{2})?)?[|\s]*$"),
        ),
        ("date strip", re.compile(r"^\d{1,2}[./]\d{1,2}\.?\s*" + _WEEKDAY + r"$")),
        # (or in words with its edition, as a release prints when it may run: '3월 5일(수) 조간')
        ("date strip", re.compile(r"^\d{1,2}월\s?\d{1,2}일\s?" + _WEEKDAY + r"\s?[조석]간$")),
        # A print page's running head, its parts set wide apart: '2025년 9월 24일 수요일    가상일보    5',
        # the issue's number beside the day ('… 월요일  제2987호    가상신문    7'), or the page's number
        # first: '12    2025년 2월 5일 수요일    경 제'.
        (
            "print head",
            re.compile(
                r"^" + DATE + r"[.일]?\s*(?:" + _WEEKDAY + r")?(?:\s+제?\s?[\d,]+\s?호)?"
                r"\s{3,}\S.{0,30}?\s{3,}[A-Z]?\d{1,3}면?$"
            ),
        ),
        (
            "print head",
            re.compile(
                r"^(?:제\s?)?[A-Z]?\d{1,3}면?(?:\s{3,}|\t+)"
                + DATE
                + r"[.일]?\s*(?:\([월화수목금토일]\)|[월화수목금토일]요일)"  # (its weekday, not the day's '일')
                + r"(?:\s+제?\s?[\d,]+\s?호)?(?:\s{3,}|\t+)\S.{0,30}$"
            ),
        ),
        # A section's or series' strip with its month or week, not a story's day: '글로벌 브리핑 |
        # 2025년 2월 넷째 주', '인터뷰 > 이달의 인물 | 2025년 10월'; or with its issue: '스마트 제조의
        # 모든 것 | 제214호', '… | Vol. 600'.
        (
            "issue strip",
            re.compile(
                r"^[^|｜]{2,30}[|｜]\s*(?:(?:19|20)\d{2}년\s?\d{1,2}월(?:\s?(?:첫째|둘째|셋째|넷째|다섯째|마지막)\s?주|\s?호)?"
                r"|제\s?\d{1,5}\s?호|(?:Vol|No)\.\s?\d{1,5})$"
                # ... or its number first: 'No.414 | 2025년 4월 Issue 1'.
                r"|^(?:Vol|No)\.\s?\d{1,5}\s*[|｜]\s*(?:19|20)\d{2}년\s?\d{1,2}월(?:\s?(?:Issue\s?\d{1,2}|호))?$"
            ),
        ),
        # The date the story first ran elsewhere, over its translation: '원문 게재 May 19, 2025 · 번역 …'.
        (
            "source date",
            re.compile(
                r"^(?:원문|원\s?기사|원글)\s*(?:게재|발행|작성|입력|게시)(?:일자?|일시)?\s*[:：]?\s*(?:"
                + DATE
                + "|"
                + ENGLISH_DATE
                + ")"
            ),
        ),
        # A stamp's label and its day, not after a sentence of the story: '… 국제학술지에 실렸다. (온라인 게시
        # 2025년 2월 27일)'.
        (
            "byline date",
            re.compile(r"^(?:(?!다\.).)*?(?:" + stamp + r")\s*[:：]?\s*(?:" + DATE + "|" + ENGLISH_DATE + ")"),
        ),
        # The labels a page prints for screen readers before a photo's source and description, and
        # the writer's post ('이미지 설명, …', '작성자 직함, BBC 코리아').
        ("caption", re.compile(r"^(?:이미지|사진|영상)\s?출처, \S.{0,40}$")),
        # A photo's credit alone on its line, the photo not copied: '사진 제공: 가상연구소', '사진=가상협회'.
        # (Not a table's source under it, which is the table's: '자료: 가상전자'; but a release's credit
        # set in angle brackets under the story is no table's: '<자료제공=가상시교육청>'.)
        (
            "caption",
            re.compile(
                r"^(?:사진|이미지)\s?(?:제공|출처)?\s*[:：=]\s*[^\s.]{2,20}(?:\s[^\s.]{1,20})?$"
                r"|^<(?:사진|자료)\s?제공\s*[:：=]\s*[^<>]{2,20}>$"
            ),
        ),
        ("writer's post", re.compile(r"^작성자\s?직함, \S")),
        # A print edition's note: '이 기사는 2025년 2월 5일자 가상일보 지면 B1면에 게재됐습니다.'
        # ... or a partnership's: '이 기사는 중앙일보와 뉴욕타임스의 콘텐트 제휴에 따라 번역·게재한 것입니다.'
        # ... or a paid service's, which had the story first:
        # '이 기사는 2025년 04월 07일 16:12 가상벨 에 표출된 기사입니다.'
        ("print note", re.compile(r"^[※*]?\s*이 기사는 .{0,40}(?:지면.{0,20}게재|제휴에 따라|에\s?표출된 기사)")),
        # ... or a translation's: '※ 이 기사는 가상 리뷰 미국판 원문(2025년 7월 10일 게재)을 번역한 것입니다.'
        ("print note", re.compile(r"^[※*]?\s*(?:이|본) 기사는 .{0,60}(?:원문|영문|기사).{0,30}번역\S*\s?것입니다\.?$")),
        # An AI summary's notice under it: '※ AI가 기사를 요약한 내용입니다. 정확한 내용은 본문을 …'
        # and a release's disclaimer: '※ 이 보도자료는 해당 기관이 제공한 것으로 … 편집 방향과 무관합니다.'
        (
            "disclaimer",
            re.compile(
                # (Or unmarked, ending so, as no story's sentence does: '이 콘텐츠는 가상일보에서 제공하며, … 투자
                # 의견과 무관합니다.')
                r"^[※*]\s*(?:이|본)\s*(?:기사|보도자료|글|콘텐츠)(?:는|은)\s"
                r"[^.]{0,60}(?:편집 방향|무관|투자 권유|투자 판단)[^.]*\.?$"
                r"|^(?:이|본)\s*(?:기사|보도자료|글|콘텐츠)(?:는|은)\s[^.]{0,60}무관합니다\.?$"
            ),
        ),
        ("portal notice", re.compile(r"^※?\s*AI가 (?:기사를 |본문을 )?요약한 (?:내용|것)입니다")),
        # ... or an app's heading over its summary: '가상증권 AI가 뉴스를 요약했어요'.
        ("portal notice", _AI_SUMMARY_HEADING),
        # ... or of the summary in its own words, marked ('※ AI 요약은 기사 본문을 바탕으로 자동 생성됐습니다.'), in
        # an app's casual form ('AI 요약은 부정확할 수 있어요') or a notice's ('AI 요약은 기사 원문을 바탕으로 자동
        # 생성됐습니다.'); a story's sentence about them stays ('AI 요약은 부정확할 수 있다는 점에서 …').
        (
            "portal notice",
            re.compile(
                r"^※\s*AI\s?요약(?:은|의 내용은)\s.{0,30}(?:부정확|정확하지|자동\s?생성|바탕으로|다를\s수)"
                r"|^AI\s?요약은\s.{0,20}수\s있어요\.?$|^AI\s?요약은\s.{0,25}자동\s?(?:생성|작성)(?:됐|되었|됩)습니다\.?$"
            ),
        ),
        # ... or of a machine translation offered: '이 기사는 AI 번역 서비스를 제공합니다.', '※ AI 번역 결과는
        # 원문과 다를 수 있으며 …'.
        (
            "portal notice",
            re.compile(
                r"^(?:※\s*)?이 기사는\sAI\s?번역\s?서비스를\s제공합니다\.?$|^※\s*AI\s?번역\s?결과(?:는|가)\s.{0,20}원문"
            ),
        ),
        # A note that the story waited for an embargo: '※ 이 기사는 … 보도 유예(엠바고) 시점인 … 이후 게재했습니다.'
        ("print note", re.compile(r"^[※*]\s*이 기사는\s.{0,80}(?:엠바고|보도\s?유예).{0,60}(?:게재|보도)\S*\.?$")),
        # A blog's advert slot by its size or kind, and a channel's count of subscribers: '728x90', '반응형',
        # '8,412 subscribers'.
        (
            "advert",
            re.compile(r"^(?:728x90|300x250|336x280|320x50|320x100|160x600|300x600|970x90|970x250|468x60|반응형)$"),
        ),
        ("widget", re.compile(r"^[\d,.]+\s?[KkM]?\s+(?:subscribers|members)$")),
        # A quote of a share's price in its currency's code, its change beside it: '181.60 USD -0.09%'.
        ("widget", re.compile(r"^[\d,]+(?:\.\d+)?\s?(?:USD|KRW|JPY)\s*[+\-−▲▼]\s?[\d,.]+%$")),
        # A web address alone on a line: 'weekly.donga.com', 'https://…'.
        (
            "address",
            re.compile(
                r"^(?:(?:웹사이트|홈페이지|Website)\s*[:：]\s*)?(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?$",
                re.I,
            ),
        ),
        # A magazine's issue: '호수 907', '제1488호'.
        # ... or a monthly's, with its name and its running number: '가상월간 2025년 3월호 (통권 641호)'.
        (
            "issue",
            re.compile(
                r"^(?:호수\s*\d+|제\s*\d+\s*호|(?:\S{1,12}\s)?\d{4}년\s?\d{1,2}월호(?:\s*\(통권\s?\d+\s?호\))?"
                r"|\(?통권\s?\d+\s?호\)?)$"
            ),
        ),
        # ... or by its volume, with its months: '가상저널 Vol.217 (2025년 1·2월호)', 'Vol. 38'.
        (
            "issue",
            re.compile(r"^(?:\S{1,12}\s)?Vol\.?\s?\d{1,4}(?:\s*\(\d{4}년\s?\d{1,2}(?:[·~-]\d{1,2})?월호?\))?$", re.I),
        ),
        # Where the story ran in print, under it: '이 기사는 가상주간 제910호에 실렸습니다.', '본 기사는
        # 가상월간 2025년 3월호에 게재됐습니다.': a note to the reader, in these polite words on a line of its own.
        (
            "issue",
            re.compile(
                r"^[※*ⓘℹ]?\s*(?:이|본)\s?(?:기사|글)(?:는|은)\s.{0,30}?(?:(?:제\s?)?\d+\s?(?:호|면)|\d{1,2}월호|지면)"
                r"(?:\s?\([^()]{1,25}\))?에\s?(?:실렸습니다|실린 기사입니다|(?:게재|수록)(?:됐|되었)습니다)\.?$"
            ),
        ),
        # A share's quotes with their moves, no sentence: '가상전자(GSE) 181.60달러 ▲0.24% (27일 종가) │ 시간외
        # 175.95달러 ▼3.11%' (not a story's one price, '71,200원 ▲1.2%'); and a box drawn around a quote, its lines
        # led by the box's edge: '┌ 가상전자 005930 │ KOSPI', '│ 70,400원 ▲4,500 (+6.83%)'.
        (
            "widget",
            re.compile(
                r"^(?=.{0,100}$)(?!.*다\.)(?!.*…)(?=.*\s[│|｜]\s)(?:.*\d\s?(?:원|달러|엔|위안|포인트)?\s*[▲▼△▽]\s?[\d,.]+%){2}"
            ),
        ),
        (
            "widget",
            re.compile(
                r"^[┌┏│┃├┣]\s*(?!.*다\.$)(?=.*(?:\d{6}|\d\s?원|[▲▼]|시가|고가|저가|거래량|KOSPI|KOSDAQ|코스피|코스닥)).{2,80}$"
            ),
        ),
        # A paid page's badge over its headline: 'PREMIUM ★ 프리미엄 리포트', '🔒 유료 회원 전용'.
        (
            "widget",
            re.compile(
                r"^[🔒★☆\s]*(?:PREMIUM|Premium|프리미엄|유료)"
                r"(?:[\s★☆·|/🔒]+(?:PREMIUM|Premium|프리미엄|유료|회원\s?전용|리포트|기사|콘텐츠|전용))*[\s★☆]*$"
            ),
        ),
        # A site's menu in English, its items each a capitalised word: 'Professionals Practices Insights About Careers'.
        ("menu", _ENGLISH_MENU),
        # A print viewer's heading of the stories of a page: '3면 경제 | 이 면의 기사 4건'.
        ("related", re.compile(r"(?:^|[|｜]\s*)이\s?면의\s(?:다른\s)?기사(?:\s*\d+\s?건)?$")),
        # A chart's title with its unit, as market pages set it: '[그래프] 코스피 지수 추이 (…, 단위: 포인트)'.
        ("caption", re.compile(r"^\[(?:그래프|차트)\]\s*[^.]{2,60}\(.{0,30}단위\s*[:：].{1,20}\)$")),
        # A market strip: two indices or more with their figures ('코스피 2,501.12 ▲0.84% 코스닥 712.40').
        ("widget", re.compile(r"(?:(?:코스피|코스닥|KOSPI|KOSDAQ|나스닥|다우|원/달러|환율)\s*[\d,.]+.*){2,}")),
        # One linked headline led by its label, anywhere in the body: '[관련기사]딥시크, …', '▶ [관련기사] …',
        # the outlet's other news: '[가상일보 주요 기사] …', '[추천기사] …' (not a digest's item, a
        # sentence: '[주요 뉴스] 오픈AI는 … 공개했다.').
        (
            "related link",
            re.compile(
                r"^(?:[▶▷]\s*)?(?:[\[【<]\s*관련\s*(?:기사|뉴스)\s*[\]】>]|[▶▷]\s*관련\s*(?:기사|뉴스)\s*[:：]?"
                r"|[\[【<]\s*(?:\S{1,10}\s+)?(?:주요|추천|인기)\s*(?:기사|뉴스)\s*[\]】>](?!.*[.。]$)"
                # (or a wire's in-story link, as written or translated: 'Read more: …', '더 읽어보기: …', or
                # a portal's to a video beside the story: MSN's '관련 비디오: …')
                r"|(?:Read [Mm]ore|더 읽어보기|함께 읽기|관련\s?(?:비디오|동영상)|Related [Vv]ideo)\s*[:：])\s*\S"
            ),
        ),
        # A site's language switch: 'English 中文 日本語 Tiếng Việt'.
        # (A language's name may carry its script: '中文(简体)'.)
        (
            "menu",
            re.compile(
                r"^(?:(?:" + phrase_pattern(lex.languages) + r")(?:\s?\([^()]{1,4}\))?(?:\s*[|｜·/]\s*|\s+|$)){3,}$"
            ),
        ),
        ("byline", re.compile(r"^기자명\s")),
        # (The role before the name, as a translated page has it: '기자 홍길동', from 'Reporter …'.)
        ("byline", _ROLE_FIRST),
        # A writer's label, the name alone after it: '작성자, 홍길동' (as BBC's Korean service prints it).
        ("byline", WRITER_LABEL),
        ("byline", CJK_WRITER),
        ("byline", JP_BYLINE),
        # A Japanese site's name in Latin letters with its reading in katakana: 'AERA dot. (アエラドット)'.
        ("outlet name", re.compile(r"^[A-Za-z][A-Za-z0-9 .&'-]{1,30}\s?[（(][ァ-ヺー・]{2,20}[)）]$")),
        # A browser's print header, the time the page was printed ('25. 12. 11. 오후 3:12'), alone on its
        # line or before the page's title, a tab apart, as a PDF's text copies it.
        ("print header", re.compile(r"^\d{2}\. \d{1,2}\. \d{1,2}\. (?:오전|오후) \d{1,2}:\d{2}(?:\t.*)?$")),
        # Google's cache banner over a page it kept.
        (
            "cache banner",
            re.compile(
                r"^(?:이 페이지는 \S+의 Google 캐시입니다|Google 캐시\. .{0,200}의 스냅샷입니다"
                r"|현재 페이지는 그 사이에 변경되었을 수 있습니다"
                r"|전체 버전(?:\s+텍스트 전용 버전)?$|텍스트 전용 버전$|소스 보기$"
                r"|도움말: 이 페이지에서 검색어를|Translate this page\?)"
            ),
        ),
        ("menu", _MENU),
        # A viewer's pager, between its arrows: '◀ 이전면   5 / 20   다음면 ▶', '이전호 다음호'.
        (
            "widget",
            re.compile(
                r"^[◀◁<«]?\s*이전\s?(?:면|호|페이지|기사|사진)\s.{0,20}다음\s?(?:면|호|페이지|기사|사진)\s*[▶▷>»]?$"
            ),
        ),
        (
            "copyright",
            re.compile(
                # ('저작권자' alone is also the body's word: '저작권자가 학습 거부 의사를 밝힌 …'; some
                # sites print the story's day in it: '저작권자 2023.11.20 ⓒ 가상타임즈'.)
                r"무단\s*전재|재배포\s*금지|저작권자\s*(?:\d{4}\.\d{1,2}\.\d{1,2}\s*)?(?:[ⓒ©:：]|\(c\))|<\s*저작권자"
                # (and a copyright line translated: '저작권 2025 가상 LP')
                r"|^저작권\s+(?:[ⓒ©]\s*)?(?:19|20)\d{2}\s+\S{1,20}(?:\s\S{1,10})?(?<!다)\.?$"
                # (Not a name quoted in a story: '저작권 방패(Copyright Shield)'.)
                # (Capitalised, as the mark's word is, and not a sentence's first word, 'Copyright holders …',
                # nor, after a word, one of a name, 'Korea Copyright Commission' (a footer's 'Privacy Policy
                # Copyright © 2025 …' has its mark);
                # in any case before the mark, a year or 'by': prose says 'copyright law'.)
                r"|(?<![(‘'\"“\w])(?:(?<![a-z]\s)(?-i:Copyright|COPYRIGHT)(?!\s+(?-i:[a-z]))|copyright(?=\s*(?:ⓒ|©|\(c\)|(?:19|20)\d\d|by\s)))"
                r"(?!.*[가-힣]다[.!?]?\s*$)|All rights reserved"
                r"|저작권법의 보호|AI\s*학습\s*이용\s*금지|^<?\s*[ⓒ©]"
                # (and a site's note whose the stories are: '가상IT의 모든 콘텐츠는 작가와 가상IT에 저작권이 있습니다.')
                r"|^[가-힣A-Za-z0-9]{2,12}의\s(?:모든\s)?(?:콘텐츠|기사|저작물)[은는]\s.{0,20}저작권이\s있습니다",
                re.I,
            ),
        ),
        # A line of markup alone: '<br>', '<div class="photo"><img …></div>', '<script>…</script>'; not a
        # subhead in angle brackets ('<EU AI법 단계별 시행 일정>'), whose words are no tag's attributes (a tag's
        # are 'name=value' or bare lower-case names: '<video controls muted>').
        (
            "markup",
            re.compile(
                r"^(?:<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*=[^<>]*|(?:\s+(?-i:[a-z][a-z-]*))*\s*/?)|![^<>]*)>\s*)+$"
                r"|^<(script|style)\b[^<>]*>.*</\1>$",
                re.I,
            ),
        ),
        # (A mail's text shows an image by its alt text, '[image: 가상일보]', or its part's name, '[cid:…]'.)
        (
            "image",
            re.compile(r"^!\[.*\]\(.*\)\s*\|?$|^\S*\.(jpe?g|png|gif|webp)\)?$|^\]\(|^\[(?:image|cid):[^\]]*\]$", re.I),
        ),
        ("table", re.compile(r"^\||\|$")),
        ("link", re.compile(r"^https?://\S+$")),
        # An address with a few words and no sentence: '기사 원문: https://…', an archive's
        # 'The Wayback Machine - https://web.archive.org/…'.
        ("link", re.compile(r"^(?!.*[가-힣][.!?](?:\s|$))(?:\S+\s+){0,4}https?://\S+(?:\s+\S+){0,2}$")),
        # A link's button: '▶ 자세히 보기', '▶ 기보 보기   ▶ AI 형세 분석 보기', '▶ 기사 전문 보기 👉 https://…',
        # '▶ 실시간 시세 한눈에 보기'.
        (
            "link",
            re.compile(
                r"^[▶▷►]\s*[^.!?▶▷►]{0,30}(?:자세히|전문|원문|더|바로|한눈에) 보기$"
                r"|^(?:[▶▷►]\s*[^.!?▶▷►]{0,30}보기\s*){2,}$|^[▶▷►]\s*[^.!?▶▷►]{0,30}보기\s*\S{0,2}\s*https?://\S+$"
            ),
        ),
        # A firm's or a university's news site by its name: 'Gasang News Center', 'Gasang Newsroom'.
        # (Its name in a word or three, each capitalised, or any in front of the word in capitals, 'SK gasang
        # NEWSROOM': not a headline, 'Welcome to the AI Newsroom', 'Gasang launches AI Newsroom'.)
        (
            "outlet name",
            re.compile(
                r"^[A-Z][A-Za-z0-9&.'-]*\s[A-Za-z0-9&.'-]+\s(?:[A-Za-z0-9&.'-]+\s)?NEWS\s?(?:CENTER|ROOM)$"
                r"|^(?:[A-Z][A-Za-z0-9&.'-]*\s){1,3}(?:News\s?(?:Center|Centre|room)|NEWS\s?(?:CENTER|ROOM)"
                r"|Press\s?(?:Room|Center)|Media\s?Center)$"
            ),
        ),
        # A portal's line of whose story it is and its day: '가상뉴스 님의 스토리 • 7월 3일' (MSN's).
        ("outlet name", re.compile(r"^.{1,30}\s?님의 스토리(?:\s*[•·]\s*.{1,30})?$")),
        # A newsletter's or blog's note of whose story it reprints, and of when that ran: '이 글은 가상일보
        # 2025년 10월 12일자 기사를 허락을 받아 전재합니다.', '※ 이 글은 가상타임스(GasangTimes)에 2025.02.14
        # 게재된 필자의 칼럼을 … 옮겨 온 것입니다.'
        ("reprint note", REPRINT_NOTE),
        ("reprint note", CLIPPING_SOURCE),
        ("story source", CLIPPING_FIELDS),
        ("portal notice", re.compile(r"^We use cookies\b")),  # a site's cookie banner
        # A press-coverage board's note over the stories it reposts (not a story quoting it: '약관에는 "기사의
        # 저작권은 해당 언론사에 있습니다"라는 …').
        ("portal notice", re.compile(r"^[^\"“”'‘’]*저작권은 (?:해당|각) 언론사에 있(?:습니다|으며)")),
        # A mailed letter's sender under it: '이 메일은 letter@… 에서 발송되었습니다.'
        ("portal notice", re.compile(r"^이 (?:메일|편지|뉴스레터)[은는] .{1,60}에서 발송되었습니다\.?$")),
        # An app's banner, whoever's app ('가상맵 앱에서 더 편하게 보기'), and a newsletter site's pop-up.
        ("widget", re.compile(r"^[^\s,]{2,15}\s(?:앱|App|APP)에서\s더\s?(?:편하게|빠르게|쉽게)\s(?:보세요|보기)$")),
        ("widget", re.compile(r"^Discover more from \S.{0,40}$")),
        # A browser's translation bar: '이 페이지는 영어에서 한국어로 번역되었습니다.'
        ("portal notice", re.compile(r"^이 페이지[는가,]?\s?\S{1,10}에서 한국어로 번역(?:되었습니다|됨)?\.?$")),
        # A site's link to what it sells: 'Business Wire 서비스 알아보기'.
        ("link", re.compile(r"^[A-Za-z][A-Za-z0-9 .&'-]{1,30}\s서비스\s?알아보기$")),
        ("credit", re.compile(r"^\[(영상|촬영|편집|그래픽|CG|취재|디자인|자료|사진|화면)[^\]]*\]$")),
        # '출처: 과학기술정보통신부'; not a credit line naming its writer too, a byline
        # ('출처: 가상일보 | 작성: 홍길동 기자').
        ("credit", re.compile(r"^[*※]?\s*(?:자료\s*)?출처\s*[:：](?!.*[|｜]\s*(?:작성|글)\s*[:：])\s*[^.!?]{1,60}$")),
        # A wire's note of who helped, under the story, as written or translated: '— With assistance
        # from Jane Doe.', '— Jane Doe의 도움으로.'
        (
            "credit",
            re.compile(r"^[—–-]\s*(?:With assistance from [^.]{2,60}|[^.]{2,40}의 도움(?:으로|을 받아))\.?$"),
        ),
        # A broadcast's record over its transcript: '■ 방송일 : 2025년 6월 10일(화) 오후 6시 10분', '■ 출연 : 홍길동 …'.
        (
            "credit",
            re.compile(
                r"^[■□▶▷◆◇●○]\s*(?:방송(?:일시?|\s?시간|\s?날짜)?|프로그램|채널|진행|출연자?|대담|연출|제작)\s*[:：]\s*[^.!?]{1,40}$"
            ),
        ),
        # ... and an English site's photo credit: 'Credit: Anthropic', 'Image credit: Getty Images'.
        # (Not a list's item, 'Credit: 대출 상환 이력', nor a thanks, 'Credit: @karpathy for …'.)
        ("credit", re.compile(r"^(?:(?:Image|Photo)\s)?Credit\s*[:：]\s*(?!.*\bfor\b)[A-Z][\w&.,/ -]{1,40}$", re.I)),
        # ... or 'Photo: OpenAI', 'Source: Kakao', a stock library's 'Photo by Jane Doe on Unsplash' (not
        # a list's 'Image: Imagen 4', nor a quoted answer's 'Source: Wikipedia, Reuters').
        (
            "credit",
            re.compile(
                r"^(?:Photo|Source)\s*[:：]\s*(?!.*\bfor\b)[A-Z][A-Za-z0-9&./ -]{1,40}$"
                r"|^(?:Photo|Image) by [^.!?]{2,40} on (?:Unsplash|Pexels|Pixabay|Freepik)$"
            ),
        ),
        ("divider", _DIVIDER),
        # A document's own furniture, as a report of clippings or a PDF prints it: its page numbers ('- 3 -',
        # '- 1 / 3 -'), its contents ('목  차', an entry led by dots to its page) and its note on who may read it
        # ('※ 본 자료는 내부 업무 참고용으로 외부 배포를 금합니다.', a clipping service's '… 구독 기관 내부 열람용으로
        # 제공됩니다.', not quoted in a story).
        ("page number", re.compile(r"^[-–—]\s*\d{1,3}(?:\s?/\s?\d{1,3})?\s*[-–—]$")),
        ("contents", re.compile(r"^목\s*차$|[·.…]{5,}\s*\d{0,3}$")),
        (
            "document note",
            re.compile(
                r"^[※*]\s*본\s?자료는.{0,40}(?:외부\s?배포|무단\s?배포|대외비|참고용)"
                r"|^[^\"“”'‘’]*내부 열람용으로만? 제공"
            ),
        ),
        # (A tag may hold a space, which leaves a loose word among two or more: '#AI반도체 #HBM 수출 #엔비디아';
        # not a numbered subheading, '#1 오픈AI와 카카오의 협력', nor a card's number alone, '#6'.)
        (
            "hashtags",
            re.compile(r"^(?!#\d{1,3}$)#\S+(?:\s+#\S+)*$|^#\S+(?:\s+(?:[^\s#.!?]+\s+)?#\S+)+(?:\s+[^\s#.!?]+)?$"),
        ),
        # A list of the article's tags under a label: 'Tags: 뤼튼 크랙 일본진출', '태그 : AI, 반도체'. (Not
        # '키워드:', which heads a paragraph as often: '키워드 : 신뢰와 투명성'.)
        ("hashtags", re.compile(r"^(?:Tags?|태그|관련\s*태그)\s*[:：]\s*[^\s.!?]+(?:[\s,]+[^\s.!?]+)+$", re.I)),
        # ... or alone over them: '태그(Tag)', 'Tags'.
        ("hashtags", re.compile(r"^(?:Tags?|태그|관련\s*태그)(?:\s*\((?:Tags?|태그)\))?\s*[:：]?$", re.I)),
        # A count alone under the story, its views' or its comments': '(1873)', '(1,204)'.
        ("widget", re.compile(r"^\(\d{1,3}(?:,?\d{3})*\)$")),
        # A board's way to the next or the last post: '이전글 포스텍, 입학식 개최', '다음 기사 ▶'.
        (
            "related",
            re.compile(r"^[◀▶▲▼△▽<>\s]*(?:이전|다음)\s?(?:글|기사|게시물|포스트)(?=\s|[:：▶▷>]|$)(?!.*다\.\s*$)"),
        ),
        # ... as an English-language site prints it: 'Prev FSC Announces …', 'Next Article', 'Previous Post'.
        (
            "related",
            # ('Prev' only ever stands for the link; 'Previous' and 'Next' begin sentences too: 'Next Monday …'.)
            re.compile(
                r"^[◀▶<>‹›«»\s]*(?:Prev\s[A-Z0-9\'\"‘“]|(?:Prev|Previous|Next)(?:\s(?:Article|Post|Story))?(?:\s*[:：]|$))"
            ),
        ),
        # A site's postal address in its footer: '37673 경북 포항시 남구 청암로 77', '(우)04513 서울 …'.
        ("address", re.compile(r"^(?:\(우\)\s*|우\s*)?\(?\d{5}\)?\s+" + _PROVINCE + r"\S*\s+\S+")),
        # ... or under its label, a footer's: '주소 : 울산광역시 남구 | 대표전화 052-'.
        # (Not a venue's in the story, '주소: 서울 강남구 테헤란로 152': the footer's has its numbers beside.)
        (
            "address",
            re.compile(r"^(?:주소|본사)\s*[:：]\s*" + _PROVINCE + r"\S*\s+\S+.*(?:[|｜]|전화|TEL|팩스|FAX|등록)"),
        ),
        # ... or as one of the footer's parts set apart by bars: '가상타파 | 서울특별시 중구 | 비영리 독립언론'.
        # (Not a story's table, each row a place: '1위 | 서울 강남구 | 8.2%'; the footer names the outlet's kind.)
        (
            "address",
            re.compile(
                r"^(?=.*(?:언론|신문|뉴스|방송|미디어|등록번호|발행|대표))[^|｜]{1,20}[|｜]\s*"
                + _PROVINCE
                + r"\S*\s+\S{1,6}[구군시]\s*(?:[|｜]|$)"
            ),
        ),
        # A company's footer: its name, its head, its address ('(주)가상에이아이 | 대표 홍길동 | 광주광역시 …').
        (
            "footer",
            re.compile(
                r"^(?:\(주\)|㈜|주식회사\s?)\S{2,20}\s*[|｜]\s*대표(?:이사)?\s*[:：]?\s*[가-힣]{2,4}(?:\s*[|｜].*)?$"
            ),
        ),
        # A paywall's link to the whole story under its part: '가상사이트 플러스 유료 기사 전체보기'.
        ("link", re.compile(r"^(?=.{0,40}$)[^.!?]*(?:기사|본문)\s?(?:전체|전문)\s?보기\s*[>›▶→]?$")),
        # A short line closed by a button: '좋은 기사는 독자가 만듭니다. 시사IN 후원하기', '▶ 가상뉴스 경제
        # 뉴스레터 무료 구독 신청하기', '※ … 가상뉴스를 후원해주세요 [후원하기]'. (An interview's '… 많이
        # 응원해 주세요!' is the story's.)
        (
            "widget",
            re.compile(
                r"^.{0,30}(?:(?:후원|구독|정기구독\s*신청)(?:회원\s*가입)?\s?하기|후원해\s*주세요)\s*[>›→!▶►]?"
                r"(?:\s*\[(?:후원|구독|신청)(?:하기)?\])?$|^[▶►▷☞]\s*.{0,30}\s구독\s*신청하기$"
            ),
        ),
        # ... and its plea, in the polite form no news sentence takes: '가상뉴스는 광고 없이 후원회원의
        # 회비로만 운영됩니다.', '여러분의 후원이 큰 힘이 됩니다.', and what it asks after it ('… 만듭니다.
        # 후원회원이 되어 주세요.'); or its note under the story: '이 기사는 후원회원의 회비로 제작됐습니다.'
        (
            "widget",
            re.compile(
                r"^[^.!?]{0,40}(?:후원|회비)[^.!?]{0,30}(?:운영됩니다|만들어집니다|만듭니다|힘이 됩니다)"
                r"(?:[.!]?$|\.\s[^.!?]{0,20}(?:후원|회원)[^.!?]{0,20}(?:주세요|바랍니다)[.!]?$)"
                # (Of the story itself: a broadcast says '… 후원으로 제작됐습니다' of a statue.)
                r"|^(?:이|본)\s?(?:기사|보도|콘텐츠)[는은]\s[^.!?]{0,30}(?:후원|회비)[^.!?]{0,20}제작(?:됐|되었)습니다[.]?$"
            ),
        ),
        # Who translated or edited an English page: 'Translated by 홍길동'.
        (
            "credit",
            re.compile(
                r"^(?:Translated|Translation|Edited|Photo|Photos)\s+by\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|[가-힣]{2,4})$"
            ),
        ),
        # Who reported, before who drew the charts: '취재: 홍길동, 김철수 / 데이터 시각화: 이영희'.
        ("byline", REPORTED_BY),
        ("byline", MAGAZINE_CREDITS),
        ("desk byline", DESK_BYLINE),
        # (With the office between them after a colon, and nothing after the number: '문의 : 서울시
        # 디지털정책과 02-2133-0000', '(02-2133-0000)', not '…, 신청은 이달 30일까지 …'.)
        (
            "contact",
            re.compile(
                r"^[▷▶■•·-]?\s*(?:전화|팩스|문의)\s*(?:[:：]?\s*\d{2,4}-\d{3,4}-\d{4}"
                r"|[:：]\s*[^\d:：()]{1,30}\s\(?\d{2,4}-\d{3,4}-\d{4}\)?\s*$)"
            ),
        ),
        # A feed reader's words ('Mark all as read'); its buttons, see chrome_reason.
        ("widget", re.compile(r"^(?:Mark all as read|All articles(?:\s+\d+)?|Visit website)$")),
        # A reader's list of a feed's items, each by its feed's name and age: '가상일보 — 오늘 09:12', '… — 2h'.
        (
            "widget",
            re.compile(
                r"^\S.{0,30}\s—\s(?:오늘|어제|\d{1,2}\s?[hmd]|\d{1,2}\s?(?:분|시간|일)\s?전)(?:\s\d{1,2}:\d{2})?$"
            ),
        ),
        # A chart's embed with its button: 'Flourish로 만든 그래프 · 확대해서 보기'.
        ("widget", re.compile(r"^.{0,30}\s·\s(?:확대해서|크게)\s?보기$")),
        # A social post's counters under it ('♡ 1,204   ↻ 318   💬 95'); its account line is
        # known by the post's time under it (clean).
        ("embed", _COUNTERS),
        # An app's share text ends with where it came from: 'YES24 앱에서 공유함'; and a shop's
        # button under a review: '이 책을 YES24에서 보기'.
        (
            "widget",
            re.compile(rf"{_SHARED.pattern}|^이\s?\S{{1,4}}[을를] .{{1,15}}에서 보기$"),
        ),
        # The site's footer menu: 'NHK에 대하여 | 이용 규약 | 개인정보 보호정책' (two of its links, not
        # one in a table's row).
        ("footer", _FOOTER),
        # Notices anchored at a line's start: a newsletter's on whom it is sent to, a briefing's on
        # its transcript, a site's on its funding.
        (
            "portal notice",
            re.compile(
                r"^(?:이|본)\s?(?:메일|뉴스레터)[은는] .{0,40}수신에 동의하신|^※\s*브리핑 내용은 실제 발언과"
                r"|^[가-힣A-Za-z]{2,12}[은는] 광고와 협찬을 받지 않습니다"
            ),
        ),
        # A photo's caption under its label: '[사진설명] 가상전자 사장이 …'.
        # ... or after a colon: '사진설명: 서울 강남의 한 데이터센터.', or numbered, short, as a caption ends
        # ('[사진 1] 연구진이 로봇을 시연하고 있다.', '<그림 2> 모델의 구조'; not the story's sentence about
        # it: '<그림 1> 고용률 비교를 보면 한국은 OECD 평균보다 낮았다.').
        (
            "caption",
            re.compile(
                r"^[\[<(]\s*사진\s?설명\s*[\]>)]|^사진\s?설명\s*[:：]"
                r"|^[\[<(]\s*(?:사진|그림)\s?\d{1,2}\s*[\]>)]\s+(?=\S.{0,80}$)(?!.*(?<!있)다\.?$)"
            ),
        ),
        # A release's files to download: '보도자료 원문 다운로드 (HWP)', '사진 다운로드 (ZIP)'.
        (
            "attachment",
            re.compile(r"^.{0,20}다운로드\s*[(\[]\s*(?:HWPX?|PDF|ZIP|JPE?G|PNG|DOCX?|XLSX?|PPTX?)\s*[)\]]$", re.I),
        ),
        # A wire's editor in charge, credited under the story: '[책임편집: 王英]'.
        ("credit", re.compile(r"^[\[(]?\s*책임\s?편집\s*[:：]\s*\S{1,12}\s*[\])]?$")),
        # A press release's table of whom to call: '담당 부서 | 인공지능정책과 | 과장 | 홍길동 | (044-202-6310)'.
        # (Its days keep their dots: '배포: 2026. 2. 9.(월) | 담당부서: … | 팀장 홍길동 (043-931-5410)'.)
        ("contact", re.compile(r"^(?=(?:[^|]*\|){2})(?=.*\b0\d{1,2}-\d{3,4}-\d{4}\b)(?!.*[다요][.!?])[^!?。]*$")),
        # A release's table over its headline, row by row: '자료 | 본문 4매, 사진 2매', '문의 | 가상전자 홍보팀'.
        (
            "release table",
            re.compile(r"^(?:자료|매수|분량|문의|담당|담당자|담당\s?부서|연락처)\s*[|｜]\s*[^.!?|]{1,40}$"),
        ),
        # (Or by tabs, as copied from a word processor's table, naming whom to call: a story's own
        # table of offices and numbers is no contact, 'A센터\t02-123-4567'.)
        (
            "contact",
            re.compile(
                r"^(?=(?:[^\t]*\t){2})(?=.*(?:담당|책임자|연락처|문의|과\s*장|팀\s*장|사무관|주무관|연구관))"
                # (its number masked on some sites: '…-8xxx', '…-8***')
                r"(?=.*\b0\d{1,2}-\d{3,4}-[\dxX*]{4}(?![\dxX*]))[^.!?。]*$"
            ),
        ),
        # (Or by wide gaps, its label first: '책임자  과장 홍길동 (044-202-6281)'.)
        (
            "contact",
            re.compile(r"^(?:담당자?|책임자|연락처|문의)\s{2,}[^.!?。]{0,40}\(?\b0\d{1,2}-\d{3,4}-[\dxX*]{4}\)?$"),
        ),
        (
            "contact",
            re.compile(
                r"^(?:구분|부서명?|직위|직급|성명|연락처|담당자?)(?:\t+(?:구분|부서명?|직위|직급|성명|이름|연락처|담당자?|전화|이메일)){2,}$"
            ),
        ),
        ("copyright", PUBLIC_LICENCE),
        # ... and in a sentence: '이 자료는 ‘공공누리 제1유형: 출처표시’ 조건에 따라 이용할 수 있습니다.'
        (
            "copyright",
            re.compile(
                r"^(?:이|본)\s?(?:보도\s?)?(?:자료|저작물|콘텐츠)[는은]\s.{0,5}공공누리.{0,10}(?:제\s?[1-4]\s?유형|출처\s?표시).{0,40}수\s?있습니다\.?$"
            ),
        ),
        # Or on lines of their own, each under its label: '[담당 부서] 인공지능정책과', '[문의] 044-202-6310'.
        ("contact", re.compile(r"^\[(?:담당\s?부서|담당자|문의|연락처)\]\s*\S[^.!?。]*$")),
        # ... or after a colon, with the number: '담당 : 가상본부 가상팀 팀장 홍길동 (053-000-0000)'.
        (
            "contact",
            re.compile(r"^(?:담당(?:\s?부서|자)?|문의|연락처)\s*[:：]\s*[^.!?]{2,80}0\d{1,2}-\d{3,4}-[\dxX*]{4}\)?$"),
        ),
        # ... or in one bracket: '[담당: 가상부 가상정책과(044-000-0000)]'.
        ("contact", re.compile(r"^\[\s*(?:담당\s?부서|담당자?|문의)\s*[:：]\s*[^\]]{2,60}\]$")),
        # Or a post's record naming the office that wrote it: '작성자 의료기기안전국 디지털의료제품허가과',
        # '담당부서: 인공지능정책과' (an office's name runs longer than a person's: '작성자 이상국' is a name).
        (
            "contact",
            re.compile(
                r"^(?:작성자|작성\s?부서|담당\s?부서|부서명?)\s*[:：]?\s*"
                r"(?:[가-힣·]{2,14}(?:과|국|팀|부|실|처|관|센터|본부|단)\s)*[가-힣·]{4,14}(?:과|국|팀|부|실|처|관|센터|본부|단)$"
            ),
        ),
        # ... or a newsroom's desk as the post's writer: '작성자 : 가상TV 보도국', '작성자 편집부'.
        (
            "credit",
            re.compile(
                r"^작성자\s*[:：]?\s*(?:[가-힣A-Za-z0-9]{2,14}\s)?(?:보도|편집|취재|뉴스|온라인|디지털)\s?(?:국|팀|부)$"
            ),
        ),
        # Files attached to a release: '붙임 1. 사업 개요 1부.', '첨부파일 자료.hwpx', 'release.pdf'.
        # ('붙임 자료에 따르면 …' is the story's: a number, a colon or brackets follow the label.)
        ("attachment", re.compile(r"^(?:[<\[]붙\s*임[>\]]|붙\s*임\s*(?:\d+\s*[.)]?|[.:：]))")),
        (
            "attachment",
            re.compile(
                # (or a picture's, with its size: '대표이미지.jpg (1.4MB)')
                r"^(?:첨부\s*(?:파일)?\s*[:：]?\s*)?(?:\S[^\n]{0,80}?\.(?:hwpx?|pdf|zip|docx?|xlsx?|pptx?|jpe?g|png)"
                r"(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?\s*)+$",
                re.I,
            ),
        ),
        ("wire ref", re.compile(r"^원문\s*기사|^\(끝\)$")),
        # A blog's feed signs each item it sends: 'The post <title> appeared first on <site>.' (Yoast's).
        ("feed footer", re.compile(r"^The post .{5,300} appeared first on [^,.]{2,60}\.?$")),
        # A whole line in brackets with no speaker is the site's note ('[이 기사의 … 볼 수 있습니다.]');
        # quotes of a speaker or a video keep their colon ('[홍길동/교수 : …]').
        ("note", re.compile(r"^\[[^\[\]:：]{41,}\]$")),
        ("portal notice", re.compile(phrase_pattern(lex.notices) + r"|^\(예시\)")),
        # What a portal, a paywall or a reader app says to the reader, on a short line of its own,
        # unquoted ('이미 회원이신가요? 로그인', 'Open in Pocket · View original'); a story may say
        # as much in a sentence of its own, or quote it.
        ("reader notice", _TO_THE_READER_LINE),
        # A video player's own: 'Flash Player 설치 안내 / HTML5 환경에서 재생이 원활하지 않을 경우 …'.
        ("widget", re.compile(r"^(?:Flash Player 설치 안내|HTML5 환경에서 재생이 원활하지 않을 경우)")),
        ("portal notice", _READER_BUTTONS),
        # (A credit at a caption's end may name the photographer: '… ⓒ가상오늘 홍길동 기자'.)
        ("caption", re.compile(r"재판매 및 DB ?금지|게티이미지|ⓒ\s*\S+(?:\s+[가-힣]{2,4}\s?(?:기자|특파원))?\s*$")),
        ("credit", _AGENCY),
        ("widget", re.compile(r"^(?:사진|이미지|포토)\s*\d+\s*/\s*\d+$")),  # a gallery's counter: '사진 2 / 6'
        ("label", re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]$")),  # a transcript's timecode: '[01:15]'
        # A button with its count: '구독 128,441', '좋아요 312', '조회수 1.2만회' (not a list's 'TOP 10'); a few in a
        # row: '추천 0 | 조회수 1,284'.
        ("counter", re.compile(rf"^{_COUNT}(?:\s*[|｜]\s*{_COUNT})*$")),
        # A partner's story, said so under it: '※ 이 기사는 제휴사인 가상가제트가 제공한 기사입니다.'; or a story
        # updated: '※ 이 기사는 2023년 7월 25일 오전 11시 40분 … 추가해 업데이트됐습니다.'
        (
            "portal notice",
            re.compile(
                r"^※?\s*이\s?기사는\s(?:제휴사(?:인)?\s)?\S{2,20}(?:이|가|에서)\s제공한\s기사입니다\.?$"
                # (not a correction's note, which says what was changed: '… 삭제하고 수정됐습니다.')
                r"|^※\s?이\s?기사는\s.{0,80}업데이트(?:됐|되었)습니다\.?$"
            ),
        ),
        # The outlet's own box, its label framed by marks naming what it offers, then bidding: '■ 가상저널 독자
        # 이벤트 ■ 뉴스레터 구독하고 … 받아가세요', '▣ 가상경제 프리미엄 ▣ … 첫 달 무료로 받아보세요'; or framed whole,
        # bidding: '** … 후원회원이 되어주세요 **'. (Not a story's subheading so framed, '◆ 광고 도입 배경 ◆ 오픈AI는
        # …다.', '◆ 무료 이용자 8억명…광고로 비용 메운다 ◆', nor a timeline's '■ 2022년 11월 ■ 챗GPT 무료 공개 …'.)
        (
            "advert",
            re.compile(
                rf"^(?P<mark>[{_FRAMES}]{{1,2}})\s?[^{_FRAMES}]{{0,20}}{_OFFERS}[^{_FRAMES}]{{0,10}}"
                rf"\s?(?P=mark)\s?\S.*{_BID}"
                rf"|^(?P<whole>[{_FRAMES}]{{1,2}})\s(?=.*{_OFFERS}).{{4,80}}(?:세요[!.]?|{_OFFERS})\s?(?P=whole)$"
            ),
        ),
        # A poll's question under the story: '이 기사에 대한 당신의 생각은?', '이 기사를 읽은 느낌은?'.
        ("widget", re.compile(r"^이\s?기사(?:에\s?대한|를\s?읽은)\s.{0,12}(?:생각|의견|느낌|기분)은\?$")),
        # An advert that says so, first or last: '[AD] 비상금 대출 … ▶ …', '… 한도 확인 (광고)'.
        # ('알츠하이머병(AD)' is a term and its abbreviation.)
        # (A link's too, '▶[AD] …', or a note's that is no sentence: '※ [AD] … 수강료 0원 ▶ 바로가기', not '※ [광고]
        # 표시 없이 … 과징금 대상입니다.')
        (
            "advert",
            # (or a sponsor's: '[스폰서] … 월 19,900원 ▶ 첫 달 무료 체험')
            re.compile(
                r"^[▶►▷☞]?\s*\[\s*(?:광고|AD|스폰서|Sponsored)\s*\]|^※\s*\[\s*(?:광고|AD)\s*\](?!.*다\.$)"
                # (one the outlet names, with what to press: '[gasang 광고] … 할인 ▶ 지금 상담 예약'; not a series',
                # '[화제의 광고] …', nor a roundup's item, '[AI 광고] … 제작했다.')
                r"|^\[\s*[A-Za-z]{2,8}\s광고\s*\]\s.*▶\s*\S.{0,20}$"
                r"|[(\[]\s*광고\s*[)\]]$"
            ),
        ),
        # ... or its label bare, before an offer and its button: 'AD 지금 가입하면 첫 달 무료…혜택 확인하기 ▶'.
        ("advert", re.compile(r"^AD\s(?=.*(?:무료|할인|혜택|특가|쿠폰|이벤트|가입|신청)).{4,70}[▶►▷→»]$")),
        ("widget", _MORE_LINK),
        # A broadcast's note on quoting its interview, over or under it: '* 인터뷰를 인용보도할 때는
        # 프로그램명 …을 정확히 밝혀주시기 바랍니다.'
        ("portal notice", re.compile(r"^[^\"“”'‘’]{0,30}인용\s?보도.{0,60}밝혀\s?주시기\s?바랍니다")),
        # A newsletter's pitch, unquoted and alone on its line: '매주 화요일, 꼭 알아야 할 AI 뉴스를 보내드립니다.'
        # (not a story's sentence with its topic: '모닝 브리핑은 매일 아침 … 뉴스를 보내드립니다.').
        (
            "portal notice",
            re.compile(
                r"^(?=.{0,60}$)(?!.*\S[은는]\s)[^\"“”'‘’]*(?:뉴스|소식|뉴스레터)를\s?(?:메일로\s?)?보내\s?드립니다\.?$"
            ),
        ),
        # A release's or an edition's note on its translation: '이 보도자료는 … 원문이 공식 버전입니다.', '이 기사는
        # 미국 가상지의 원문을 번역·편집한 것입니다.'
        (
            "portal notice",
            re.compile(
                r"^[※*]?\s*이\s(?:보도자료|기사)는\s.{0,60}(?:원문이 공식 버전입니다|원문을 번역·?편집한 것입니다)"
            ),
        ),
        # A note on where the story came from: '※ 본 기사는 기업이 제공한 보도자료를 바탕으로 작성되었습니다.'
        ("portal notice", re.compile(r"^[※*]?\s*(?:본|이)\s?기사는\s.{0,30}보도자료를\s(?:바탕|토대)으로\s작성")),
        # A flat's advert printed beside the story: '분양문의 1588-0000'.
        ("advert", re.compile(r"^분양\s?문의\s*[:：]?\s*(?:☎\s*)?\d{2,4}-\d{3,4}(?:-\d{4})?$")),
    ]
    short = [
        # A box of readers' reactions, its question: '이 기사 어떠셨나요?', '이 뉴스, 어떻게 보셨나요?'.
        (
            "widget",
            re.compile(r"^이\s?(?:기사|뉴스|글|콘텐츠)[,는은]?\s?(?:어떠셨나요|어떻게\s?보셨나요|어땠나요)\s?[?？]?$"),
        ),
        # A phone page's hint to swipe, led by its arrow: '▶ 슬라이드를 넘겨 보세요 (1/8)', '← 옆으로 밀면 다음 기사'
        # (not a review's step, '카드를 옆으로 넘겨 보세요').
        (
            "widget",
            re.compile(
                r"^[▶►▷←→<>«»]\s*(?:(?:슬라이드|카드|화면|사진)[을를]\s*)?(?:옆으로|좌우로|왼쪽으로|오른쪽으로)?\s*"
                r"(?:넘겨|밀어|밀면|스와이프(?:하면|해)?)\s*(?:보세요|주세요|다음\s?(?:기사|카드|장|사진))"
            ),
        ),
        # A magazine's banner of its issue and its link: '월간 가상해양 2025년 11월호 (통권 제626호) 발행 · 목차보기'
        # (not a headline on an issue's contents, '가상과학 5월호 목차로 본 AI 트렌드').
        ("widget", re.compile(r"(?=.*(?:통권|제\s?\d+\s?호|\d\s?월호))(?=.*목차\s?보기)")),
        # a counter, or a paged article's links: '1 2 3 다음', '페이지 1 / 3'
        ("counter", re.compile(r"^(?:페이지\s*)?[\d\s/]+(?:이전|다음)?$")),
        ("counter", _VIEWS_AND_AGE),  # a listed video's views and age: '조회수 31만회 • 6일 전'
        # A post's reactions and shares: '홍길동 외 486명', '12 퍼감', '👍 12', '♥ 3' (not a table's '▲ 12').
        (
            "counter",
            re.compile(
                r"^[가-힣A-Za-z]{2,10} 외 [\d,]+명$|^[\d,]+\s?퍼감$|^[\U0001F300-\U0001FAFF♥♡❤]\ufe0f?\s?[\d,]+$"
            ),
        ),
        # A page's question about itself: '이 기사가 도움이 됐나요?'.
        ("widget", re.compile(r"^(?:이\s?)?(?:기사|글|콘텐츠|정보)[가이]?\s?도움이\s?(?:됐|되었|되셨)나요\??$")),
        # A menu entry with its count: '전체보기 (1,284개의 글)', '인공지능 (52)', a reader's folder: 'Tech · KR (38)'.
        ("counter", re.compile(r"^\S{1,10}(?:\s[·/&]\s\S{1,10}){0,2}\s*\(\s*[\d,]+\s*(?:개의 글|개|건|편)?\s*\)$")),
        ("section label", re.compile(r"^(?:" + phrase_pattern(lex.sections) + r")$")),
        # A section's name after its source's: 'PRNewswire 보도자료', '가상일보 오피니언' (not a list's
        # heading: '관련 포토').
        ("section label", re.compile(r"^(?!관련\s)\S{2,20}\s+(?:" + phrase_pattern(lex.sections) + r")$")),
        # A section's path, the section then its part named in two: 'IT·과학 인터넷·SNS', '경제 금융/증권' (not a
        # label over two names, '인터뷰 홍길동·김철수', nor a kicker over a headline's words, '단독 네이버·카카오').
        (
            "section label",
            re.compile(
                r"^(?!(?:단독|속보|인터뷰|사설|기고|칼럼|포토|영상)\s)(?:" + phrase_pattern(lex.sections) + r")\s+"
                rf"(?!{_SURNAME_FIRST}·{_SURNAME_FIRST}$)[^\s·/]{{1,8}}[·/][^\s·/]{{1,8}}$"
            ),
        ),
        ("widget", weather_widget(lex)),
        # A byline in brackets, at the story's end as some trade papers print it: '[홍길동 기자 /
        # gildong@gasang.co.kr]', '[홍길동 기자]', or with the outlet first: '[가상게임즈닷컴 홍길동 기자]',
        # '[가상포커스 / 홍길동 기자]';
        # or in angle brackets: '<홍길동 기자>'.
        (
            "byline",
            re.compile(
                rf"^(?:\[\s*(?:[^\s\[\]=/|]{{2,15}}(?:\s?[/|])?\s+)?{by.names}\s?{by.role}\s*(?:[/|·,]?\s*[\w.+-]+@[\w.-]+)?\s*\]"
                rf"|<\s*{by.names}\s?{by.role}\s*>)$"
            ),
        ),
        # A cue or series name alone: '[앵커]', '[이주의 칼럼]' (not a list's heading: '[많이 본 기사]', '[이 시각
        # 많이 본 기사]').
        ("label", re.compile(r"^\[(?!\s*(?:" + phrase_pattern(lex.related) + r")(?:\s[^\]]*)?\]$)[^\]:：]{1,40}\]$")),
        ("label", re.compile(r"^◀\s*[^◀▶]{1,12}?\s*▶$")),  # a broadcaster's cue alone: '◀ 리포트 ▶', '◀ END ▶'
        # A button, also one that shares to a service: '카카오톡 공유', '페이스북 공유하기'.
        (
            "widget",
            re.compile(
                # (a reaction's with its count glued on: '후속 원해요0'; not a subheading's 'TOP10'; a link's
                # with its arrow: '▶ 기사 보기', '기사 보기 ▸')
                r"^(?:[▶▷►▸]\s?)?(?:"
                + phrase_pattern(lex.widgets, any_spacing=True)
                + r")(?:\s*(?:공유(?:하기)?|보내기|퍼가기))?"
                r"(?:(?<=요)\d[\d,]*)?(?:\s?[▶▷►▸›])?$",
                re.I,
            ),
        ),
        (
            "widget",
            # A counter under a label: '조회수 1,662', a portal's reporter card's '구독자 5,120', a board's '비추천 0'.
            re.compile(
                r"^(?:조회\s*수?|구독자\s*수?|응원\s*수?|공감\s*수?|비추천)\s*[:：]?\s*[\d,]*$|"
                # (and a paywall's count of what it hides: '남은 분량 약 3,900자')
                r"^남은\s?분량\s*(?:약\s*)?[\d,]+\s?자$|" + phrase_pattern(lex.widget_phrases, any_spacing=True)
            ),
        ),
        # '많이 본 뉴스', also after the outlet's or the series' name, or the week's: '블로터 많이 본 뉴스',
        # '[AI 시대의 풍경] 연재 목록', '이번 주 추천 기사'
        (
            "related",
            re.compile(
                r"^(?:\[[^\]]{1,20}\]\s*|(?:이번|지난|다음)\s?주\s+|\S{1,10}\s+)?[\[【]?\s*(?:"
                + phrase_pattern(lex.related)
                + r")",
                re.I,  # ('Related articles', 'Most viewed')
            ),
        ),
        # ... and one alone: '관련 뉴스', '관련 포토', a game site's '관련 게임', a business paper's
        # '관련종목', a blog's '관련 글' (a line going on is a subheading: '관련 뉴스 신뢰도').
        (
            "related",
            # (and a writer's others, however they are named: '홍길동 노동정책 연구자의 다른 기사')
            re.compile(
                r"^관련\s?(?:뉴스|기사|영상|동영상|사진|포토|콘텐츠|게임|종목|보고서|자료|리포트|글|포스트)\s*[>›]?$|^(?:오늘의\s)?다른\s?소식$"
                r"|^(?:RELATED|Related|에디터\s?(?:추천|픽))$"
                r"|^(?:함께|같이)\s?읽으면\s?좋은\s?(?:글|기사)$"
                r"|^(?:다음|추천)\s?동영상$"  # a video page's list of others to watch
                # (a magazine's contents of the issue, a video page's and a podcast's lists of others, alone)
                r"|^이번\s?호\s?목차$|^이 영상과 함께 본 영상$|^이 에피소드에 나온 기사$|^(?:이전|지난)\s?에피소드$"
                r"|^재생\s?목록\s*[:：]"
                r"|^[^.!?]{2,30}의\s?다른\s?(?:기사|글)(?:\s?보기)?$"
            ),
        ),
        ("advert", re.compile(phrase_pattern(lex.adverts) + rf"|^{_ADVERT_LABEL}$")),
    ]
    return always, short


_CAPTION = re.compile(
    r"^[\[<]?(?:그림|사진|표)\s*\d+\s*[.:\]>]|사진\s*[=/|｜]|/\s*사진|[(\[]\s*사진|캡[처쳐]\s*$|(자료|그래픽|영상|일러스트)\s*=|제공\s*\)?\s*$"
    # (its source last, on a short line, no sentence's: '… 시연 장면 (출처: 가상 유튜브)')
    r"|^(?!.*다\s?[.(\[]).{2,50}[(\[]\s*(?:출처|자료)\s*[:：]\s*[^()\[\]]{2,30}[)\]]$"
)
# Photo credits that end a caption: '… 본사. /연합뉴스', '… 있다. AP뉴시스', '… 있다. 워싱턴=AP 뉴시스',
# '… 발표하고 있다. 회사 제공.'
# (Not a headline's blueprint: '… 미래산업 청사진'; nor an editor's note's signature: '… 들어봤다. /편집자'.)
_PLACE = r"(?!출처|자료|사진|그래픽|영상)[가-힣]{2,8}\s?"
_WIRE = "(?:AP|AFP|EPA|UPI|로이터|블룸버그|신화|교도|dpa|타스)"
_KOREAN_WIRE = "연합뉴스|뉴시스|뉴스1"
_CAPTION_TAIL = re.compile(
    r"(?:제공|(?<!청)사진|촬영|캡처|캡쳐|(?:화면|홈페이지|누리집|영상|방송|유튜브|SNS|계정|게시물|사이트|앱|페이지)\s?갈무리)\s*[.)\]]?\s*$|[.)]\s*/\s*(?!편집자)[^/.]{2,20}$|\.\s*(?:사진\s*)?제공\s*[=:]\s*[^.=]{1,20}$"
    # (Or a photo's, marked '▲', its source in angle brackets: '▲ 가상전자가 개발한 칩. < 가상전자 >'.)
    r"|^[▲△].{4,200}\.\s*<\s*(?![^<>]*(?:참조|참고))[^<>]{2,20}\s*>$"
    # (Or its owner's mark after what the photo shows: '… 표시되고 있다. ⓒAP Photo'; not the outlet's after a
    # story's sentence, '… 강조했다. © 가상일보', nor its ban, 'ⓒ 가상일보 무단 전재 …'.)
    r"|(?:있다|모습|전경|장면)\.\s*[ⓒ©]\s?(?!\d)(?!.*(?:무단|전재|금지|[Rr]ights|저작권))[^.]{1,20}$"
    # (Or an English caption's: 'Ghibli style image created with ChatGPT. Photo: OpenAI'.)
    r"|^[^가-힣]{10,200}\.\s*(?:Photo|Image)\s*[:：]\s*[A-Z][A-Za-z0-9&.,/ -]{1,40}$"
    # (Or in brackets after it, as Korea's English papers credit: '… in Seoul on Thursday. (Yonhap)';
    # not a wire's last paragraph, credited so too, which says who said what: '… the ministry said. (Yonhap)'.)
    r"|^(?![^가-힣]*\b(?:said|says|told|according)\b)[^가-힣\"“”]{10,250}\.\s\((?:[A-Z][A-Za-z&.-]*(?:\s[A-Z][A-Za-z&.-]*){0,3}"
    r"|[A-Z][A-Za-z]+ [Bb]y [A-Z][\w .-]{2,30})\)$"
    # (Where the photographer stood may come first, '… 있다. 워싱턴=AP 뉴시스', or in Yonhap's form,
    # '뉴욕 AP=연합뉴스', or all in brackets, '(뉴욕=AP/뉴시스)'; not a source, '… 보였다. 출처 로이터'.)
    rf"|\.\s*(?:{_PLACE}=\s?)?{_WIRE}\s*[/=]?\s*(?:{_KOREAN_WIRE})?$|\.\s*{_PLACE}\s{_WIRE}\s*[=/]?\s*(?:{_KOREAN_WIRE})$"
    rf"|\.\s*\((?:{_PLACE}=?\s?)?{_WIRE}\s*[/=]\s*(?:{_KOREAN_WIRE})\)$|(?<!^\d)(?<!^\d\d)\.\s*\[?[^.\s]{{0,8}}\s?DB\]?$"
    # (Or in square brackets, as some dailies set it: '… 연설하고 있다. [AP=연합뉴스]', '[AP 연합뉴스]'.)
    rf"|\.\s*\[(?:{_PLACE}=?\s?)?{_WIRE}\s*[/= ]\s*(?:{_KOREAN_WIRE})\]$"
    # (An English wire's own credit: '… Nvidia chips. (AP Photo/Ng Han Guan)'.)
    r"|\.\s*\((?:AP|AFP|Reuters|EPA|Bloomberg)\s(?:Photo|via Getty Images)[^()]{0,40}\)$"
    # '… 맺고 있다(사진 제공: 가상회사).', '… 작동 방식(사진 출처: 가상 블로그 갈무리).', one sentence (a
    # paragraph may cite its source so: '…(자료: 통계청).')
    r"|^[^.!?]*\(\s*(?:사진|그래픽|영상)\s*(?:제공|출처)?\s*[:=]\s*[^()]{1,20}\)\.?$"
    # A photo named, then where it came from: '… 플레이 장면(출처=가상게임즈)' (not a sentence
    # citing its source, '…늘었다(출처=통계청)', '…넘어설 전망(출처=IDC)').
    r"|^[^.!?]{0,60}(?:장면|모습|사진|이미지|화면|전경|로고|포스터|일러스트|캡처)\s?\(\s*출처\s*=\s*[^()]{1,20}\)$"
    # (or after a slash: '… 게임 화면 / 출처=가상소프트')
    r"|^[^.!?]{0,60}(?:장면|모습|사진|이미지|화면|전경|로고|포스터|일러스트|캡처)\s?/\s?(?:출처|사진)\s*=\s*[^/=]{1,20}$"
)
# A caption's credit alone in square brackets, a photo desk's or a photo bank's: '샘 올트먼 CEO.
# [중앙포토]', '… [셔터스톡]'. (Not a wire's alone: a story's paragraph cites its wire so, '… 시행하고
# 있다.[연합뉴스]'.) Only a caption's one sentence counts, what a photo shows ('…하고 있다.', '… 떠
# 있다.') or names (no '…다.').
_BRACKET_CREDIT = re.compile(
    r"\.\s*\[(?:[가-힣A-Za-z]{2,8}\s?포토|셔터스톡|픽사베이|언스플래시|게티이미지(?:뱅크)?|Getty Images|Shutterstock)"
    r"\]$"
)
_SHOWN_OR_NAMED = re.compile(r"(?<!수)\s있다\.$|(?<!다)\.$")  # (not what may be: '… 할 수 있다.')
# The writer's credit, with what else the reporter made: '/글·그래픽=홍길동 기자', '글·사진=…'.
# It names the author, though '그래픽=' or '사진=' alone would make it a caption.
_ALSO_BY = r"\s*[·/,]\s*(?:사진|그래픽|영상|편집|디자인|구성)"
# '글=홍길동 기자', '글·사진=홍길동 기자', and with a space after what was made: '글·사진 홍길동 기자'.
# ... or '글 | 홍길동(도서 MD)', a writer with the post in brackets.
_SURNAME_FIRST = rf"[{''.join(sorted(SURNAMES))}][가-힣]{{1,3}}"  # a name led by a family name
# A poster writing of themself, as a blogger's diary does: '나도 …', '제가 …'.
_FIRST_PERSON = re.compile(r"(?:^|\s)(?:나도|나는|내가|제가|저는|저도|나에게|우리 집)\s")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_PULL_QUOTE = re.compile(r"[\"“][^\"“”]{10,120}[\"”]")


def _in_own_words(line: str) -> bool:
    """Whether a line speaks in the first person outside quotes: a poster's, not a story quoting one."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", line)))


# A book's fields on a Chinese page: its title, its publisher, its price.
_BOOK_FIELD = re.compile(r"(?:书名|書名|出版社|出版时间|出版時間|ISBN|定价|定價)\s*[:：]")
# A Chinese page's writer after its label: '作者：李梦琪', '记者 王芳'.
# (Not '佚名' (anonymous) nor the house's '本报评论员'.)
CJK_WRITER = re.compile(
    r"^(?:作者|记者|記者)\s*[:：]?\s*(?P<name>(?!佚名|本报|本報|本刊|本网|本網|编辑部|編輯部|综合|綜合)"
    r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7})$"
)
# A Japanese page's writer: a name in Han characters, a space between the family and the given
# name or none ('佐藤 由紀', '山田航平'), or a foreigner's in katakana, its parts joined by '・'
# ('チェ・ジウォン'); several set apart by '、', or by a wide space with a bureau before a name
# ('中野遼　サンフランシスコ=佐藤仁').
_KATAKANA_NAME = r"[ァ-ヺー]{1,8}(?:・[ァ-ヺー]{1,8}){1,3}"
_JP_PERSON = rf"(?:[一-龥々ヶ]{{1,3}} ?[一-龥々ヶぁ-ゖ]{{1,3}}|{_KATAKANA_NAME})"
JP_NAMES = rf"{_JP_PERSON}(?:(?:[、，]\s*|　(?:[^\s=＝]{{1,10}}[=＝])?){_JP_PERSON}){{0,3}}"
JP_BYLINE = re.compile(
    # (in brackets with the outlet, as ITmedia's sites print it: '[吉川大貴，ITmedia]')
    rf"^[\[［](?P<bracketed>{JP_NAMES})[，,]\s*[^\]］]{{2,30}}[\]］]$"
    # (after a label, maybe with the editor after a wide space: '著者：小川 浩一', '文● 小林剛史　編集●ASCII')
    rf"|^(?:著者|筆者|執筆|文|取材・文|文・写真|取材・執筆|ライター)\s*[:：●／/|｜]\s*(?:[记記]者\s*)?(?P<labelled>{JP_NAMES})"
    r"(?:[ 　]+(?:編集|写真|撮影|構成|イラスト|図版)\s*[:：●／/|｜=＝].*)?$"
    # (with the post in brackets, maybe the stamp after it: '河合 由紀 (編集部)', '岡田直樹（本誌記者）')
    rf"|^(?P<posted>{JP_NAMES})\s*[（(](?:本誌|[^()（）]{{0,12}}(?:編集部|記者|編集委員|論説委員|特派員|ライター))[)）]"
    r"(?:\s*\d{4}.*)?$"
    # (with the outlet and the post after a colon: '高橋 玲央 : 東洋経済 記者')
    rf"|^(?P<titled>{JP_NAMES})\s*[:：]\s*\S{{1,15}}?\s*(?:記者|編集部|ライター|特派員)$"
    # (after the desk: 'ダイヤモンド編集部 片山 亮')
    rf"|^[^\s:：]{{0,15}}編集部\s+(?P<desk>{JP_NAMES})$"
    # (before '記者', as Korean outlets' Japanese editions print it: 'チェ・ジウォン記者 jwc')
    rf"|^(?P<reporter>{_KATAKANA_NAME})\s?記者(?:\s+[\w.@-]+)?$"
)
_KANA = re.compile(r"[ぁ-ゖァ-ヺ]")
# A name alone, or in brackets as a Japanese paper signs its story under it: '（原田拓真）'.
JP_ALONE = re.compile(rf"(?P<open>[（(]?)(?P<names>{JP_NAMES})[)）]?")
# ... or at its last paragraph's end: '… 相次いでいる。（高野健太）'.
_JP_SIGNED_END = re.compile(rf"(?<=[。」])\s*[（(](?P<names>{JP_NAMES})[)）]$")


def japanese_names(names: str) -> list[str]:
    """The writers in a Japanese byline's names (JP_NAMES), each without the bureau before it."""
    return [re.sub(r"^[^=＝]*[=＝]", "", name) for name in re.split(r"[、，]\s*|　", names)]


def _japanese(lines: list[tuple[int, str]]) -> bool:
    """Whether a page is in Japanese: kana on a quarter of its lines (a Korean page's language switch,
    '日本語', has none)."""
    return sum(1 for _, line in lines if _KANA.search(line)) >= max(3, len(lines) // 4)


# What a name-like word of Han characters ends with when it is no one's name: an outlet or an agency
# ('毎日新聞', '（時事通信）'), a credit or a note ('（同大提供）', '（予定）').
_NOT_A_PERSON = re.compile(r"(?:通信|新聞|新報|日報|放送|社|提供|撮影|時間|予定|写真|資料|部|局)$")


def _persons(names: str) -> bool:
    """Whether Japanese names (JP_NAMES) read as people's: each a Japanese name (a common family name
    first) or a foreigner's in katakana."""
    return all(
        not _NOT_A_PERSON.search(name) and (japanese_family_named(name) or re.fullmatch(_KATAKANA_NAME, name))
        for name in japanese_names(names)
    )


def japanese_writers(byline: re.Match[str]) -> list[str]:
    """The writers a JP_BYLINE match names. Without a writer's label or post, in brackets with a source
    or after a desk, they must read as people's: not a photo's credit ('[写真，ソニーグループ提供]')."""
    names = byline[byline.lastgroup or ""]
    return japanese_names(names) if byline.lastgroup not in ("bracketed", "desk") or _persons(names) else []


WRITER_LABEL = re.compile(
    # (A portal's label of who wrote the story it carries, a person's name alone after it, or with the
    # story's age and reading time: MSN's '스토리: 홍길동 • 1일', '스토리 작성자 홍길동'; not a review's
    # field, '스토리: 탄탄'.)
    rf"^(?:(?:(?:작성자?|스토리(?=\s*[:：]\s*{_SURNAME_FIRST}"
    r"(?:\s?기자)?\s*(?:[•·]|$))|Author)\s*[:：,]\s*|스토리 작성자\s*[:：]?\s*"
    # (A board's field without its colon, the name all its value: '작성일 2025.10.30   작성자 홍길동   조회수 …'.)
    r"|작성자\s+(?=[가-힣]{2,4}(?:\s{2,}|\s*[|｜]|$)))"
    r"(?P<name>[가-힣]{2,5}(?: (?!기자|특파원|에디터)[가-힣]{1,5})?)"
    # (One name after '글': not a desk's, '글 | 편집부', nor a name and a title, '글 : 박영수 시인'.)
    # (Or after a space when the role follows: '글 홍길동 에디터'; after '·' or '_' when nothing but the
    # writer's team follows: '글 · 홍길동', '글_홍길동 (웹진 편집팀)'.)
    # (Or with the writer's office before the name: '글 = 대외협력처 홍길동', '글 : 홍보팀 홍길동'.)
    r"|글(?:\s*[|｜:：=]\s*(?:[가-힣]{2,10}(?:팀|처|실)\s(?!제공))?|\s(?=[가-힣]{2,4}\s(?:(?:객원|선임|수석|전문)?기자|에디터)$)|\s*[·_]\s*(?!사진|영상|그림|그래픽|구성|정리|기획|취재|편집|번역|디자인|일러스트)(?=[가-힣]{2,4}\s*(?:\(|$))"
    # (or after a space with the post in brackets, ending the line: '글 홍길동 (가상대 학생기자)')
    r"|\s(?=[가-힣]{2,4}\s?\([^()]{2,20}\)$))"
    r"(?P<writer>[가-힣]{2,4})(?<![팀부국실])"
    # (A foreign writer's name in Hangul, given name first, with the post in brackets: '글 로렌 마틴(가상위크 기자)'.)
    r"|글\s+(?P<foreign>[가-힣]{2,5} [가-힣]{1,5})(?=\s*\([^()]{0,20}(?:기자|특파원|에디터|칼럼니스트)\))"
    # (A name in Latin letters after its label, with the outlet it wrote for: 'Reporter : Kim Min-ji',
    # '저자 : Rachel Osborne, EE Times'.)
    r"|(?:저자|작성자|필자|Author|Writer|Reporter|Correspondent|Written by|Reported by)\s*[:：]\s*"
    # (Two of them, joined as a translation tool joins them: 'Minji Seo 및 Peter Hall'.)
    r"(?P<latin>[A-Z][a-z]+(?:[- ][A-Z]?[a-z]+){1,3}(?:\s(?:및|and|&)\s[A-Z][a-z]+(?:[- ][A-Z]?[a-z]+){1,3})?)"
    r"(?:\s*,\s*[A-Za-z가-힣][\w .&]{1,30})?)"
    # (The name may be glossed in Han characters before the post: '작성: 류신위(劉欣雨) 기자'.)
    r"\s*(?:\([^()@]{1,12}\))?\s*(?:(?:객원|선임|수석|전문)?기자|특파원|에디터)?\s*(?:\([^()@]{1,20}\))?\s*(?:[(\[]?[\w.+-]+@[\w.-]+[)\]]?)?"
    # (and who helped, after the writer: '글 : 홍길동 / 디자인 : 김철수', a card news's)
    r"(?:\s*[/|｜]\s*(?:디자인|사진|그래픽|영상|편집|일러스트)\s*[:：=]?\s*[가-힣]{2,4})*"
    # (and on a portal, the story's age and reading time: MSN's '스토리 작성자: 홍길동 기자 • 1일 • 2분 읽기')
    r"(?:\s*•\s*(?:\d{1,2}\s?(?:분|시간|일|주|개월|년)(?:\s?전)?|\d{1,2}\s?분(?:\s?동안)?\s?읽기))*$"
)
# (Not a desk or team: '취재: 데이터팀'.)
# A magazine's credits, the writer's among the others: '에디터 홍길동 | 요리·스타일링 김영희 | 사진 이철수'.
# (Each name may carry its post: '글 홍길동 부국장 | 사진 김철수 기자'.)
_POST = r"(?:\s(?:[가-힣]{1,3}기자|기자|에디터|[가-힣]{0,2}(?:국장|부장|차장)))?"
_CREDITED = rf"[가-힣·]{{1,10}}\s+[가-힣]{{2,4}}{_POST}"
MAGAZINE_CREDITS = re.compile(
    rf"^(?:{_CREDITED}\s*\|\s*)*(?:에디터|글)\s+(?P<name>[가-힣]{{2,4}}){_POST}(?:\s*\|\s*{_CREDITED})+$"
)
# Or on lines of their own under the story: '에디터 홍길동', '사진 OpenAI', '스타일리스트 김철수'.
_STAFF_NAME = rf"(?!제공|출처|자료|설명|편집|합성|캡처|보기){_SURNAME_FIRST}|[A-Z][A-Za-z0-9&.' -]{{1,30}}"
# (An editor after the first with her own rank and role, named in Hangul: '…, 인턴 에디터 김철수'.)
_STAFF_RANK = r"(?:(?:인턴|수습|객원|선임|수석|시니어|주니어)\s?)?(?:에디터|리포터)\s+"
# ... in Korean or in English: 'EDITOR 홍길동', 'PHOTOGRAPHER 김철수', 'Illustration 이영희'.
STAFF_LINE = re.compile(
    # (after the title the writer writes for: '가상레터 에디터 홍길동', as in '글 | 가상레터 에디터 홍길동')
    r"(?:[가-힣A-Za-z]{2,12}\s(?=에디터|리포터))?"
    # (or the rank, its role and a slash: '객원 에디터 / 홍길동')
    r"(?:(?:인턴|수습|객원|선임|수석|시니어|주니어)\s?(?=에디터|리포터))?"
    r"(?P<role>에디터|리포터|글|사진|포토그래퍼|스타일리스트|헤어|메이크업|어시스턴트|일러스트"
    r"|(?i:editor|photographer|photo|illustration|illustrator|art designer|designer|stylist|hair|makeup|assistant))"
    r"\s*[:：/]?\s+"
    # (each name after the first with its own rank and role, or none: '에디터 홍길동, 인턴 에디터 김철수')
    rf"(?P<name>{_STAFF_NAME})(?:\s*[,·]\s*(?:{_STAFF_NAME}|{_STAFF_RANK}{_SURNAME_FIRST}))*"
    # (and the title the writer writes for, with the post: '글 홍길동 · 가상피드 에디터')
    r"(?:\s*[·|]\s*[가-힣A-Za-z]{2,12}\s?(?:에디터|기자|리포터))?"
)


def staff_names(line: str) -> list[str]:
    """The names a staff line credits, the first and those after it with their own role: '에디터 홍길동, 인턴
    에디터 김철수' (not a name bare after it, '에디터 홍길동, 김철수', the photographer's as often)."""
    staff = STAFF_LINE.fullmatch(line)
    if staff is None:
        return []
    rest = line[staff.end("name") :]
    return [staff["name"], *re.findall(rf"[,·]\s*{_STAFF_RANK}({_SURNAME_FIRST})", rest)]


def staff_writer(line: str) -> bool:
    """Whether `line` credits the writer among a magazine's staff: '에디터 홍길동', 'EDITOR 홍길동', '글 홍길동',
    or a local paper's: '리포터 홍길동'."""
    staff = STAFF_LINE.fullmatch(line)
    return staff is not None and staff["role"].casefold() in ("에디터", "리포터", "글", "editor")


# Also in brackets under a broadcaster's post: '(취재: 홍길동 기자 / 영상취재: 김철수)', or labelled
# with the role: '취재기자 : 홍길동', '기자 : 홍길동' (a name, not an interview's '기자: 그렇군요').
REPORTED_BY = re.compile(
    rf"^\(?(?:취재|(?:취재\s?기자|기자)(?=\s*[:：]\s*[{''.join(SURNAMES)}]))\s*[:：]\s*"
    r"(?P<names>[가-힣]{2,4}(?<![팀부국실])(?:\s*[,·]\s*[가-힣]{2,4}(?<![팀부국실]))*)\s*(?:기자)?\s*(?:/.*)?$"
)
# Also after who planned it: '기획·글 홍길동 기자', and with the title he writes for: '글 홍길동 가상매거진 기자'
# ('글 : 홍길동 가상월간 기자').
# ... or after who took the pictures ('사진·글 = 홍길동 기자'), with a bar ('글 | 홍길동 기자 · 김철수
# 기자'), or an interview's: '대담 = 홍길동 기자 / 사진 = 김철수 기자'.
WRITER_CREDIT = re.compile(
    # ('글 · 홍길동 기자'; not '글 · 사진 홍길동 기자', the same writer's photos)
    rf"^/?\s*(?:(?:(?:기획|취재|구성|사진)\s*[·/]\s*)?글(?:\s*[:：]\s*|\s+·\s+(?!사진|영상|그래픽|촬영)|\s+)"
    rf"(?=[가-힣]{{2,4}}(?:\s*[·,]\s*[가-힣]{{2,4}})*\s*(?:[가-힣A-Za-z]{{2,12}}\s)?[가-힣A-Za-z]{{0,8}}기자(?:\s|$|[\w.+-]+@))"
    # (Card news credits who planned and wrote its cards: '기획·구성 = 홍길동 기자 | 디자인 = 김철수'.)
    rf"|(?:(?:기획|취재|구성|사진)\s*[·/]\s*)?(?:글|정리|대담)(?:(?:{_ALSO_BY})*\s*[=|｜]\s*|(?:{_ALSO_BY})+\s+)"
    r"|기획\s*[·/]\s*구성\s*[=:：|｜]\s*)"
    # (and the writer's office before the name alone: '글 = 대외협력처 홍길동')
    r"(?:[가-힣]{2,10}(?:팀|처|실)\s(?=(?!제공)[가-힣]{2,4}$))?"
)
# A column signed '글 홍길동 가상대학교 교수': the writer with a position, after '글'.
COLUMN_BY = re.compile(r"^글(?:\s*[/.:：]\s*|\s+)")


@functools.lru_cache(maxsize=4)
def _stamp_label(lex: Lexicon) -> re.Pattern[str]:
    """A stamp's label at a line's start: '입력', 'Updated'."""
    return re.compile(rf"(?:{phrase_pattern(lex.published + lex.updated)})\b")


@functools.lru_cache(maxsize=4)
def _label_last(lex: Lexicon) -> re.Pattern[str]:
    stamp = phrase_pattern(lex.published + lex.updated)
    return re.compile(DATE + r"\.?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:" + stamp + r")(?![가-힣])")


# An English-style byline: 'By 홍길동 · 6 min read', 'By Lee Seo-hyun', 'By Lee Seo-hyun - 2024.05.08 3:00pm'.
BY_LINE = re.compile(
    r"(?:Written |Posted |Words )?(?:By|by|BY)\s+"
    # (not a wire's desk: 'By Reuters Staff')
    r"(?P<name>[가-힣]{2,4}(?![가-힣])|(?![A-Z][a-z]+ Staff\b)"
    r"(?:[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}|[A-Z]{2,}(?:[ -][A-Z]{2,}){1,3})"
    r"(?=\s*(?:[·|,]|$)|\s+[-–—]\s|\s*\[[\w.+-]+@|\s+and\s+[A-Z]))"  # (in capitals: 'BY LEE HO-JEONG [lee@…]')
    r"(?P<more>(?:\s*[,·]\s*[가-힣]{2,4}(?![가-힣])(?!\s*\d))*)"  # ('Written by 홍길동, 김철수')
    # ('By Jane Doe and John Roe')
    r"(?P<others>(?:,?\s+and\s+[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}(?=\s*(?:[·|,]|$)))?)"
)
# An English edition's writers over their post: 'KENJI MORITA and SHIN HYE-JIN, Nikkei staff writers',
# 'Kim Min-su, Staff Reporter'.
_LATIN_NAME = r"[A-Z][A-Za-z]+(?:[ -][A-Z]?[A-Za-z]+){1,3}"
STAFF_BYLINE = re.compile(
    rf"(?i:by\s+)?(?P<names>(?!(?i:by)\s){_LATIN_NAME}(?:(?:,\s|\sand\s){_LATIN_NAME})*),\s(?:[A-Z][\w.]*\s){{0,3}}"
    r"(?i:staff\s(?:writer|reporter)s?|correspondents?|contributing\swriters?)"
)
# A romanized name over its outlet, as the Korean editions of foreign titles sign: 'Jihoon Kim |
# ITWorld' (not a slogan's or section's words: 'Tech Review | ZDNet Korea').
LATIN_BYLINE = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})\s*[|｜]\s*(?P<outlet>[^|｜]{2,40})")
_MASTHEAD_WORD = re.compile(
    r"\b(?:News|Korea|Tech|Times|Daily|Review|Weekly|Media|Network|World|Digital|Business|Science|Economy"
    r"|Insight|Report|Online|Magazine|Journal|Post|Herald|Today|Home|Latest|Top|More|Opinion|Column)\b"
)
_RELATED_LINK = re.compile(r"^[-–·•▶▷]\s*(\[[^\]]{1,12}\]|[\"'‘“])")
_BULLET = re.compile(r"^[•·∙◦]\s*")


@functools.lru_cache(maxsize=4)  # one lexicon per site; a preview may see a few
def _byline_rules(lex: Lexicon) -> tuple[re.Pattern[str], list[re.Pattern[str]], re.Pattern[str]]:
    """(a byline line, reporter prefixes glued to a paragraph, a byline glued to its end), with
    the lexicon's roles."""
    by = bylines(lex)
    names, role = by.names, by.role
    # '홍길동 기자', '- 홍길동 특파원', '/홍길동·김철수 기자', '뉴욕=홍길동 특파원', '가상일보 | 홍길동·김철수 기자',
    # and with the outlet or the credit after the place: '워싱턴=가상뉴스 홍길동 특파원', '포항=글·사진 홍길동 기자',
    # or the outlet's name before a reporter's alone: '메디가상뉴스 홍길동 기자' (not a desk's, '… 기술 에디터');
    # before '=' a place, with its country, or an outlet, whose name runs longer: '뉴욕(미국)=홍길동 특파원',
    # '아시아가상뉴스통신=홍길동 기자'; or the wires' dateline before the reporter: '(뉴욕=가상뉴스) 홍길동 특파원'
    byline = re.compile(
        r"^[-–/]?\s*(?:(?:[가-힣]{2,6}(?:\([가-힣]{1,6}\))?|[가-힣A-Za-z]{2,12}(?:통신|" + _OUTLET_WORDS + r"))\s*=\s*"
        r"(?:글·사진\s+|[^\s=|｜]{2,15}\s+(?=" + names + r"\s*" + role + r"\s*$))?"
        r"|[^\s|｜]{2,20}\s*[|｜]\s*"
        r"|[(\[【]\s*[^=)\]】]{1,20}=\s*[^()\[\]【】=]{1,20}[)\]】]\s*"
        # (the outlet before its desk's place: '가상뉴스 광주=홍길동 기자·김철수 기자')
        r"|[^\s|｜=]{2,20}\s+[가-힣]{2,6}\s*=\s*"
        rf"|[가-힣A-Za-z]{{1,15}}(?:{_OUTLET_WORDS}|투데이|데일리|저널)\s+(?=" + names + r"\s*기자\s*$)"
        # (a site's writer by the account's name, the person's after it: '가상닉 (홍길동 기자)'; not a
        # caption's person and photographer, '김철수 (홍길동 기자)')
        rf"|(?!{_SURNAME_FIRST}\s?\()[^\s()]{{1,15}}\s?\((?=" + names + r"\s*" + role + r"\)$)"
        r")?(" + names + r")\s*" + role + r"(?![가-힣])"
    )
    # The same at the end of a paragraph, after its last sentence.
    signed = re.compile(
        r"(?<=[.!?'\"”’])\s*/?\s*(?:[가-힣]{2,6}\s*=\s*)?(?:"
        + names
        + r")\s*"
        + role
        + r"(?:\s*[(<]?\s*(?:[✉📧]\s*)?(?:[\w.%+-]+@[\w.-]+|\[email\s*protected\])\s*[)>]?)?$"
    )
    listed = rf"{names}(?:\s*{role}\s*[,·]\s*{names})*"  # ('홍길동 기자, 김철수' before the last role)
    datelines = [
        # [뉴욕=가상일보 홍길동 특파원]    (not [가상일보=홍길동, 김철수 기자]: no outlet's name ends in a comma)
        re.compile(
            r"^[(\[【]\s*[^=)\]】]{1,20}=\s*(?P<outlet>[^)\]】\s]{0,19}[^)\]】\s,])\s+(?P<names>"
            + names
            + r")\s*"
            + role
            + r"\s*[)\]】]\s*=?\s*"
        ),
        # [가상일보=홍길동 칼럼]: the outlet, then its columnist (not a place, then an outlet, as below)
        re.compile(
            r"^[(\[【]\s*(?P<outlet>[^=)\]】\s]{2,20})\s*=\s*(?P<names>"
            + names
            + r")(?<!객원)\s*(?P<column>칼럼|칼럼니스트|(?:객원\s?)?논설위원)\s*[)\]】]\s*"
        ),
        # (서울=연합뉴스) 홍길동 기자 =    [뉴욕=뉴스핌] 홍길동 특파원 =   (not [가상일보=홍길동 기자])
        # (새너제이, 캘리포니아주 2025년 6월 12일 PRNewswire=연합뉴스), a press release's
        re.compile(
            r"^[(\[【]\s*(?:[^=)\]】]{1,20}|[^=)\]】]{1,40}\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*[A-Za-z가-힣]+)=\s*"
            r"(?![^)\]】]*" + role + r"\s*[)\]】])(?P<outlet>[^()\]】]{1,20})[)\]】]\s*"
            r"(?:(?P<names>" + names + r")\s*" + role + r")?\s*=?\s*"
        ),
        # [디지털투데이 홍길동 기자]    【파이낸셜뉴스 라스베이거스(미국)=홍길동 기자】    [더팩트ㅣ홍길동 기자]
        # (가상스포츠 홍길동 기자)    (some sites set a bar with the letter ㅣ; not a photo's '(사진=…')
        # [가상뉴스=홍길동 기자, 김철수 기자] (each reporter with the role)    [가상뉴스_홍길동 기자]
        # [가상뉴스-홍길동 기자]    [가상일보 / 홍길동 기자 / gildong@gasang.co.kr]
        re.compile(
            r"^(?:[\[【]\s*(?P<outlet>[^\]】]{1,40}?)|\((?!사진|전\s)(?P<paren>[^()=\s][^()=]{1,19}?))(?:\s+|\s*[=|｜ㅣ_-]\s*)(?P<names>"
            + listed
            + r")\s*"
            + role
            + r"(?:\s*[/|｜·,]?\s*"
            + EMAIL.pattern
            + r")?\s*[\]】)]\s*"
        ),
        # 투데이e코노믹 = 홍길동 기자 |    가상일보 (지역판) 홍길동 기자 |    가상뉴스 홍길동 기자ㅣ
        # [가상뉴스통신] 홍길동 기자, 김철수 기자 =
        re.compile(
            r"^[\[【]?(?P<outlet>[^\s\[\]【】]{2,20}(?: \([^)]{1,15}\)| \S{1,10})?)[\]】]?\s*(?:=\s*|\s)(?P<names>"
            + listed
            + r")\s*"
            + role
            + r"\s*[|｜ㅣ=]\s*"
        ),
        # A release service's: '서울--(뉴스와이어) 2023년 05월 16일 --', '서울--(뉴스와이어)--2025년 …'. It
        # sent the release out; the page is the outlet's that printed it, so no outlet is read from it.
        re.compile(
            r"^[가-힣A-Za-z .,]{2,30}--\s*\((?P<service>[^)]{2,20})\)\s*(?:--\s*)?"
            r"(?P<year>\d{4})년\s*(?P<issued_month>\d{1,2})월\s*(?P<issued_day>\d{1,2})일\s*--\s*"
        ),
        # ... and with no day, as Business Wire's reads, sent on by another: '새너제이, 캘리포니아--(Business
        # Wire / 뉴스와이어)--'.
        re.compile(r"^[가-힣A-Za-z .,]{2,30}--\s*\((?P<service>[^)/]{2,20}?)(?:\s*/\s*[^)/]{2,20})?\)\s*--\s*"),
        # ... or a wire's that sends companies' releases worldwide: '싱가포르 2025년 11월 12일 /PRNewswire/ --',
        # '2025년 11월 12일 /비즈니스와이어/ --'.
        re.compile(
            r"^(?:[가-힣A-Za-z .,]{2,30}\s)?(?P<year>\d{4})년\s*(?P<issued_month>\d{1,2})월\s*(?P<issued_day>\d{1,2})일"
            r"\s*/\s*(?P<service>[^/\s][^/]{1,19})\s*/\s*(?:--|—)\s*"
        ),
        # An English edition's, its place in capitals: 'SEOUL --', 'SAN JOSE, California --', 'SEOUL, Jan. 5
        # (Yonhap) --', a sentence after it (not an aside between dashes: 'KAIST -- which runs … --').
        re.compile(
            r"^[A-Z][A-Z.'-]{2,}(?:\s[A-Z][A-Z.'-]+){0,2}(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?"
            r"(?:,?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2})?"
            r"(?:\s\((?P<outlet>[A-Za-z][A-Za-z ]{1,20})\))?\s*(?:--|—|–)\s*(?=[A-Z\"“'‘])"
        ),
        # 워싱턴, 10월29일 (로이터) -
        re.compile(
            r"^[가-힣A-Za-z ]{2,20},\s*(?P<month>\d{1,2})월\s*(?P<day>\d{1,2})일\s*"
            r"\((?P<outlet>[^)]{2,15})\)\s*[-–—=]\s*"
        ),
    ]
    return byline, datelines, signed


# Copyright and trailer lines name the outlet right after the mark: '저작권자 ⓒ 가상일보',
# 'Copyright ⓒ 가상일보. All rights reserved', 'ⓒ 가상일보 무단전재 및 재배포 금지' (typed with an
# at sign by some sites: 'Copyright @2024 GSTV Corp.').
# The outlet's name, of Hangul or of words (one Latin word may be long: 'BusinessKorea'); an
# address after it ('www.hangyo.com', 'http://…') is none.
_COPYRIGHT_NAME = re.compile(
    r"(?:ⓒ|©|\(c\)|(?<![\w.])Copyright\s*(?:ⓒ|©|\(c\)|@(?=\s*\d{4}))?|저작권자\s*(?:ⓒ|©)?)\s*(?:\d{4}\s*)?(?:(?i:by)\s+(?:(?i:the)\s+)?|(?P<provided>제공\s*[:：]\s*))?(?:['‘\"“][^'’\"”]*['’\"”]\s*)?"
    # (Whom it is by, after the mark: 'Copyright by Gasang Sunday.', '© 2025 by the Gasang Institute', a
    # portal's partner: '© 제공: 가상이코노믹스'.)
    # (A name of Hangul words ends at a stop, at the ban or at the line's end: 'ⓒ 르몽드 디플로마티크
    # 한국어판. 무단 전재 …', '저작권자 © 가상데스크 코리아 무단전재 …', 'ⓒ 캠퍼스 잡앤조이, 무단전재 …',
    # 'ⓒ 르몽드 디플로마티크 한국어판'.)
    r"(?P<name>(?:(?:(?!無斷|轉載)[가-힣一-鿿A-Za-z0-9]){2,12}(?:\s(?!무단|저작|재배포|배포|금지|전재|기사|제공|뉴스제공)[가-힣]{2,12}){1,3}"
    r"(?=\.|,?\s(?:무단|All\s)|\s*$)"
    # ('ⓒ TECH+.', "© Gasang's Review")
    r"|[A-Za-z][A-Za-z0-9]{12,24}(?:-(?i:do|si|gun|gu))?(?![가-힣A-Za-z0-9])"  # ('Gyeongsangnam-do')
    # (A name may hold a Chinese character: '제주新보'.)
    r"|(?:(?!無斷|轉載)[가-힣一-鿿A-Za-z0-9]){2,12}(?:['’]s(?![A-Za-z])|-(?i:do|si|gun|gu)(?![A-Za-z]))?(?:\+(?![\w+]))?)"
    # (A Latin name's words may be joined by '&': 'Software Policy & Research Institute'; a ministry's
    # name runs long: 'Ministry of Food and Drug Safety'.)
    # (or a comma in a list of what it runs, 'MINISTRY OF TRADE, INDUSTRY AND ENERGY'; not 'Gasang, Co., Ltd.'.)
    # (or a hyphen before a capital, 'SAMSUNG ELECTRO-MECHANICS', 'Gasang Bio-Tech'; not 'Gasang-All Rights',
    # 'TechWire-Unauthorized …', 'Gasang Daily-Powered by WordPress'.)
    r"(?:(?:,\s(?=[A-Za-z]{2,14}\s(?:and|&)\s))?(?:\s|(?<=[A-Za-z])-(?-i:(?=[A-Z]))(?!(?:all|unauthorized|powered|reproduction|prohibited|no)\b))?"
    r"(?:&\s)?[A-Za-zÀ-ÿ]{2,14}"  # (with its accents: 'Gasang Exposé')
    # ('ARENA HOMME+'; a letter alone last, 'Channel i.')
    r"(?:\+(?![\w+]))?(?![A-Za-z0-9À-ÿ]|(?-i:\.[a-z]{2,})|:)){0,6}(?-i:\s[a-z](?=\.|\s*$))?)",
    re.I,
)
_COPYRIGHT_SENTENCE = re.compile(
    r"\s*(?:(?P<owner>[가-힣A-Za-z0-9]{2,12})의\s(?:모든\s)?(?:콘텐츠|기사|저작물)[은는]\s.{0,20}저작권"
    r"|(?:이|본)\s?(?:콘텐츠|기사)의\s저작권은\s(?P<holder>[가-힣A-Za-z0-9]{2,12})에\s?있)"
)
# (Nor the start of a site's address: 'Copyright @ 2024 www.gasang.co.kr'.)
# A Korean edition's name ends with its edition: '르몽드 디플로마티크 한국어판', '가상 리뷰 코리아'.
_EDITION = re.compile(r"한국어판|한국판|코리아|Korea", re.I)
# (A template's line with the name left out, '저작권자 © 무단전재 및 재배포 금지', names none.)
_NOT_OUTLET = {"무단", "무단전재", "All", "all", "저작권", "저작권자", "Copyright", "by", "By", "AI", "www"}
# What a ban names that is no outlet: '[영상] 무단 전재 …', '이미지 무단 전재 …'.
_BANNED_WORK = {
    *("기사", "콘텐츠", "사진", "이미지", "영상", "동영상", "그래픽", "자료", "자료사진", "뉴스", "글", "포토"),
    *("일러스트", "인포그래픽", "본지", "본사", "본기사", "블로그", "게시물", "게시글", "카페", "홈페이지"),
    *("사이트", "게티이미지", "게티이미지뱅크", "Getty Images", "셔터스톡", "Shutterstock"),
}
# Or with no mark, the name before the ban: '[인벤] 무단 전재 및 재배포 금지'.
_NAMED_BAN = re.compile(r"^[\[<(]?\s*(?P<name>[가-힣A-Za-z0-9]{2,12}(?: [A-Za-z0-9]{2,12})?)\s*[\]>)]?\s*무단\s*전재")
# Where a Latin name ends: 'SAMSUNG ELECTRONICS CO., LTD. All rights reserved.'
# (And a photo's credit from the outlet's archive: 'ⓒ가상일보 DB'.)
_NAME_END = re.compile(
    r"\s(?:co|corp|corporation|inc|ltd|all|rights|reserved|redistribution|reproduction|unauthorized|db)\b.*", re.I
)
_NAME_JOIN = re.compile(r"\s(?:of|and|the|for|&)$", re.I)


def banned_outlet(text: str) -> str | None:
    """The name a ban with no mark starts with ('[인벤] 무단 전재 및 재배포 금지'), not a work's or a
    photo agency's ('[영상] 무단 전재', '게티이미지뱅크 무단 전재'): under the story, an outlet."""
    ban = _NAMED_BAN.match(text)
    return ban.group("name") if ban and ban.group("name") not in _BANNED_WORK else None


# An English date with what stands around it in a stamp (the two forms' groups unnamed, to be one pattern).
_ENGLISH_STAMP = re.compile(
    # (The day first only with its time, or its weekday in full: '1 November 2023' alone is a timeline's,
    # 'Tuesday 12 November 2024' a page's strip.)
    re.sub(
        r"\(\?P<\w+>",
        "(?:",
        rf"(?:{ENGLISH_WEEKDAY}\s*)?(?:{ENGLISH_DATE}(?:{ENGLISH_TIME})?|{ENGLISH_DAY_FIRST}{ENGLISH_TIME})"
        rf"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:{ENGLISH_DATE}|{ENGLISH_DAY_FIRST})$",
    )
)


def _english_stamp(core: str, outlets: set[str], lex: Lexicon) -> bool:
    """Whether a line holding an English date is a stamp: the date alone ('Sep. 14, 2023'), or
    ending a line set apart by '·' or '|' beside a reporter's role or a known outlet ('… · by
    홍길동 기자 · Mar 12, 2025, 10:41 AM'). Not a headline, a timeline's entry or a caption holding
    one ('WWDC June 9, 2025 키노트 총정리', 'OpenAI founded · Dec 11, 2015', '기자간담회')."""
    rest = _ENGLISH_STAMP.sub("", core).strip(" ·|,")
    if not rest:
        return True
    at_end = re.search(rf"{ENGLISH_DATE}(?:{ENGLISH_TIME})?\s*$", core) and re.search(r"[·|]", core)
    role = re.search(rf"(?:{bylines(lex).role})(?![가-힣])", core)
    return bool(at_end and (role or fold(rest.split(" · ")[0]) in outlets))


_LICENSED = re.compile(
    r"(?P<name>(?!COPYRIGHTS?\b|ALL\b|PHOTO\b)[A-Z][A-Z0-9'’.&]+(?: [A-Z][A-Z0-9'’.&]+){0,3})\s*(?:ⓒ|©)\s*"
    r"(?:\d{4}\s*)?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}\.?,?\s*(?i:All rights reserved)\.?"
)


def printed_outlet(text: str) -> str | None:
    """An outlet's name as a copyright line prints it, for outlets the registry does not know."""
    # (Or before its mark, the ban after it: '가상스토리 © 무단전재-재배포 금지'.)
    if before := re.match(r"\s*[<\[]?([가-힣A-Za-z0-9]{2,12})\s*(?:ⓒ|©)\s*(?:무단|All\s)", text):
        return before.group(1) if before.group(1) not in _NOT_OUTLET else None
    # (Or in a sentence, with no mark: '가상신문의 모든 콘텐츠는 저작권법의 보호를 받으며 …', '… 저작권은
    # 가상신문에 있으며 …'.)
    # (Or a magazine's name in capitals before the mark, its licensee's after: 'GASANG KOREA © Gasang Media.
    # All rights reserved.')
    if licensed := _LICENSED.fullmatch(text.strip()):
        return licensed["name"]
    if said := _COPYRIGHT_SENTENCE.match(text):
        return said.group("owner") or said.group("holder")
    m = _COPYRIGHT_NAME.search(text)
    if not m:
        return None
    name = _NAME_END.sub("", m.group("name").strip())
    # At the line's end, a Korean edition's name is whole; other words may be a photo's credit or the
    # rights ('ⓒ 가상일보 김철수', 'ⓒ 가상일보 그래픽', 'ⓒ 2025 가상테크 모든 권리 보유'): the outlet is the first.
    words = name.split()
    hangul = len(words) > 1 and all(re.fullmatch("[가-힣]+", word) for word in words[1:])
    if hangul and not text[m.end("name") :].strip() and not _EDITION.fullmatch(words[-1]) and not m["provided"]:
        name = words[0]
    # (The outlet and its section, joined: 'ⓒ 가상코트라 & 가상코트라 해외시장뉴스', the outlet.)
    first, _, other = name.partition(" & ")
    name = first if other.split()[:1] == [first] else name
    # (A Korean name with its Latin one after it, 'ⓒ 가상뉴스 GASANG NEWS': the name it calls itself in Korean.)
    latin = r"(?=(?:[^A-Za-z]*[A-Za-z]){4})[A-Za-z][A-Za-z0-9 .&'-]{2,30}"  # (not a channel's 'TV')
    if bilingual := re.fullmatch(rf"([가-힣][가-힣0-9]{{1,14}})\s+{latin}", name):
        name = bilingual.group(1)
    # A name cut within ('Ministry of …' past four words) is no name.
    return None if name in _NOT_OUTLET or name.isdigit() or _NAME_JOIN.search(name) else name


# What clean may call an outlet's name standing alone over the page.
MASTHEAD_REASONS = ("outlet name", "section label")
_MENU_REASONS = ("section label", "menu")


# What an outlet's own box offers or asks ('구독', '후원', '이벤트', '제보'), how it is framed ('■ … ■'), and
# how it bids ('받아보세요', '증정', '▷ 클릭').
_OFFERS = r"(?:구독|후원|이벤트|쿠폰|제보|프리미엄|광고)"
_FRAMES = "■▣▒━※◆◇□*‣"
_BID = r"(?:세요|주세요|십시오|증정|클릭|바로\s?가기)"
_COUNT = (
    r"(?:구독자?|좋아요|공유|추천|비?공감|댓글|조회수?|재생수?|팔로워|스크랩"
    # (and a portal's reactions: '후속기사 원해요 3', '팬이에요 14')
    r"|훈훈해요|슬퍼요|화나요|(?:후속기사|추가\s?취재)\s?원해요|팬이에요|응원해요|쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추)"
    r"\s*[:：|｜]?\s*\d[\d,.]*\s*[KkM만천]?\s*[회명개건]?"
)
# An advert's slot, labelled: 'AD', '광고', 'ADVERTISEMENT'.
_ADVERT_LABEL = "(?:광고|AD|ADVERTISEMENT|Advertisement)"


def _outlet_names(outlets: tuple[Outlet, ...]) -> set[str]:
    return {fold(n) for o in outlets for n in (o.name, *o.aliases)}


# A fact box's dated events, inside the story: the month written out or dotted, then what happened in
# some words ('2025년 2월 2일 금지 AI 조항 시행', '2024년 10월 66억 달러 투자 유치', a timeline's '2025.01.21
# 대통령 권한대행, 재의요구권 행사'). A stamp has a time, a weekday, an issue or page, a label, a source or
# a person beside its date instead.
_DATED_EVENT = re.compile(
    r"(?:19|20)\d{2}(?:년\s?\d{1,2}월(?:\s?\d{1,2}일)?|\.\d{1,2}(?:\.\d{1,2})?\.?)\s+(?P<what>\S.*)"
)
# Nor is an event's span ('신청 기간: 2025. 5. 26.(월) ~ 6. 13.(금)', '… 4일부터'): no stamp spans days but a
# magazine issue's ('통권 556호 (2024.09.02 ~ 2024.09.08)').
_EVENT_SPAN = re.compile(r"[~∼〜]|\d일?\s?(?:까지|부터)")
_ISSUE = re.compile(r"\d\s?호|통권|(?i:vol)")
_BESIDE_A_STAMP = re.compile(
    r"\d:\d\d|\d\s?시|오[전후]|[(（][월화수목금토일][)）]|요일|제\s?\d+\s?호|\d+\s?면\b"
    # (a stamp's label as a word of its own, not a word it begins: '수정안 가결', '등록금', '발행인')
    r"|(?:입력|수정|등록|승인|송고|발행)(?:일시?|시간)?(?![가-힣])|업데이트|출처|사진|KST|GMT|UTC|@|[|ㅣ/]"
    # (or a board's fields beside its day of posting: '2025.05.14 작성자 홍보팀', '… 조회수 1,108')
    r"|작성|게시|배포|조회|댓글|추천"
    # (or a broadcast's program, a link to it, the paper's page or the weather: '… KBS 뉴스광장 전체보기')
    r"|뉴스|방송|보기|지면|날씨|미세먼지|" + TEMPERATURE
)


def _dated_event(core: str, lex: Lexicon) -> bool:
    m = _DATED_EVENT.fullmatch(core)
    if m is None or _BESIDE_A_STAMP.search(m["what"]) or re.search(bylines(lex).role, m["what"]):
        return False
    words = m["what"].split()
    # (Nor a stamp's outlet and writer, a name of three syllables last: '2026.01.21 정책브리핑 홍길동'; not an
    # event's last word, '… 공개'.)
    named = len(words) == 2 and len(words[-1]) == 3 and family_named(words[-1])
    return len(words) >= 2 and bool(KOREAN.search(m["what"])) and not any(map(_OUTLET_LIKE.search, words)) and not named


def _is_outlet(folded: str, outlets: set[str]) -> bool:
    # Mastheads print Latin names in capitals ('BYLINE NETWORK' for 'Byline Network').
    return folded in outlets or folded.isupper() and any(folded == o.upper() for o in outlets)


# An app's icon: an arrow, a symbol or an emoji ('↗', '☆', '＋', '🔍'); not a transcript's cue
# ('◀ INT ▶', '<인터뷰>') or a byline's marks ('/홍길동·김철수 기자').
_ICON = "[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff＋+⋯]"
_MAIL_LABEL = (
    r"(?:보낸\s?사람|받는\s?사람|보낸\s?날짜|날짜|제목|참조|숨은\s?참조|From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)"
)
_MAIL_HEADER = re.compile(r"^" + _MAIL_LABEL + r"\s*[:：]\s*\S", re.I)
# A web mail's headers as copied from its page: the label, then a space ('보낸사람 홍길동 <…>').
_MAIL_HEADER_SPACED = re.compile(r"^" + _MAIL_LABEL + r"\s+\S", re.I)
# (Or a web mail's line for the reader as its recipient: Gmail's '나에게', 'to me'.)
_RECIPIENT = re.compile(r"(?:받는\s?사람|To)\s*(?:[:：]|\s\S*<)|(?:나에게|to me)\s*▾?$", re.I)
MAIL_SENDER = re.compile(r"^(?:보낸\s?사람|From)\s*[:：]?\s*\"?([^<\"@]{2,30}?)\"?\s*<[^<>\s]+@[^<>\s]+>", re.I)
# A messenger's chat line: '[홍길동 팀장] [오후 7:51] 네 내일 회의 때 봐요'.
_CHAT = re.compile(r"^\[[^\]]{1,20}\]\s*\[(?:오전|오후|AM|PM)\s?\d{1,2}:\d{2}\]")
# KakaoTalk's saved chat opens with its room and the time it was saved ('저장한 날짜 : …').
_CHAT_SAVED = re.compile(r"^.{1,50}\s?님과 카카오톡 대화$")
# Its own dates: the saving, and each day's divider over the messages ('----- 2025년 3월 17일 월요일 -----').
_CHAT_DATE = re.compile(r"^(?:저장한 날짜\s*[:：]|-{3,}\s*\d{4}년.*-{3,}$)")
# A notes app's properties of a page: its name alone, or its name and value ('URL: https://…').
_CLIP_TIME = r"(?:생성\s?일시|생성일|최종\s?편집\s?일시|Created time|Last edited time)"
_NOTE_PROPERTY = re.compile(
    rf"(?P<name>{_CLIP_TIME}|URL|태그|Tags|출처|Source|상태|Status)(?:\s*[:：]\s*(?P<value>\S.*))?", re.I
)
# Telegram's copy of a channel's posts: each opens with the channel and its time, day first
# ('가상 브리핑 📊, [14.01.26 07:31]'), not a date of the story's.
_CHANNEL_POST = re.compile(r"^.{1,40}, \[\d{2}\.\d{2}\.\d{2} \d{1,2}:\d{2}\]$")
# A social post's author and account ('가상게임즈 @gasang_games'; not a reporter's: '홍길동 기자 @gildong'),
# the post's time ('오후 9:12 · 2024년 8월 13일') and its counters ('♡ 1,204   ↻ 318').
_ACCOUNT = re.compile(r"^(?![^@]*(?:기자|특파원|에디터)\s*@)[^\s@][^@]{0,30}\s@[A-Za-z0-9_]{2,15}$")
_POST_TIME = re.compile(r"(?:오전|오후|AM|PM)\s?\d{1,2}:\d{2}\s*·")
# Chrome that divides a page into parts (a photo's caption or credit inside a story does not).
_SECTIONING = ("divider", "widget", "related", "menu", "section label", "newsletter note", "advert")
# Polite speech, a letter's to its reader ('…보내드립니다.', '안녕하세요'); a story is written plain.
_POLITE = re.compile(r"(?:니다|세요|시오|어요|해요|에요)[.!~]?$|^안녕하세요")


# Quotation marks: a headline quoting a letter's or a message's words ('"메일이 잘 보이지 않나요?" …').
_QUOTED = re.compile(r"[\"“”'‘’]")


def _in_browser(line: str) -> bool:
    """A newsletter's line offering itself on the web, as a line of its own (not a headline quoting it)."""
    return len(line) <= 40 and bool(_IN_BROWSER.search(line)) and not _QUOTED.search(line)


_EDITED_BY = re.compile(r"영상\s?편집\s+[가-힣]{2,4}")
# A video's or an investigation's closing credits, a role to a line and no colon: '취재 홍길동 김철수'
# over '촬영 이영희' and '편집 박민수'. (Alone, '취재 현장' or '편집 방향' may be a subhead.)
CREW_LINE = re.compile(
    r"(?P<role>취재|글|촬영|영상\s?취재|편집|영상\s?편집|디자인|그래픽|CG|구성|연출|자료\s?조사|데이터|개발)"
    r"\s+(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}|\s[가-힣]{2,4})*)"
)
CREW_WRITERS = ("취재", "글")  # the others made the pictures
# A page of a print edition with its section: '16면 국제', '[A16면] 경제', '국제 16면' (not a menu's
# pages, '1면' over '2면').
_EDITION_PAGE = re.compile(
    r"\[?(?:제\s?)?[A-Z]?\d{1,3}\s?면\]?\s+[가-힣·/]{1,8}|[가-힣·/]{1,8}\s+(?:제\s?)?[A-Z]?\d{1,3}\s?면"
)
_ON_PAGE = re.compile(r"\s(?:제\s?)?[A-Z]?\d{1,3}\s?면(?:\s+[가-힣·/]{1,8})?$")  # ('… 제5면 경제')
_ISSUE_NUMBER = re.compile(r"제\s?[\d,]{1,7}\s?호")
_PAGER = re.compile(r"(?:이전|다음)\s?(?:면|호)(?![가-힣])")  # an edition viewer's arrows
_OUTLET_BANNER = re.compile(
    r"^(\S{2,12}(?:\s(?!PDF)\S{2,6})?)\s+(?:(?:앱|App|APP)(?:에서|으로)\s"
    r"(?:더\s?(?:편하게|빠르게|쉽게)\s보세요|보면\s더\s(?:빠릅니다|편합니다)|보기"
    r"|더\s?많은\s(?:뉴스|기사|소식)[을를]\s(?:확인|만나|보)(?:하)?세요)\.?"
    r"|(?:PDF\s*)?지면\s?(?:보기|PDF))(?:\s*[>›»])?$"  # (with its arrow: '가상일보 앱에서 보기 >')
)
# An outlet's call to follow it, wherever it stands ('▶ 가상일보 구독하고 주요 뉴스 알림 받기', '▶ 가상스포츠
# 구독하고 경품 받자! 바로가기', '▶ 가상M 텔레그램 채널 구독하고 IT 속보 받아보기', '☞ 가상일보 유튜브 '가상머니'
# 구독하고 시황 받아보기', a portal's
# '가상일보 구독하고 메인에서 바로 보세요!',
# '가상뉴스 채널 추가하고 혜택 받아보세요', '가상일보 구독 신청하고 … 받아보세요. [구독 신청]'), or to
# pass the story on ('이 뉴스, 친구에게도 알려주세요 🔗'): a bidding line, no sentence of a story. And a
# portal's word once its button is pressed: '가상주간 언론사 구독 되었습니다. 메인 뉴스판에서 가상주간
# 뉴스를 만나보세요.'
_FOLLOW_US = re.compile(
    r"^\S{2,12}(?:\s\S{1,8})?\s언론사\s?구독\s?(?:되었습니다|됐습니다|해지되었습니다)\.?(?:\s.{0,40}만나보세요\.?)?$|"
    r"^[▶►▷☞👉]?\s*\S{2,12}(?:\s\S{1,8})?(?:\s(?:유튜브|텔레그램|카카오톡|인스타그램)\s?['‘\"“][^'’\"”]{1,15}['’\"”])?"
    r"(?:\s채널)?\s(?:구독|팔로우|추가)(?:\s?신청)?하고\s.{0,24}"
    # (Not a story's advice: '넷플릭스 구독하고 주말엔 AI 다큐를 보세요.')
    r"(?:받기|받자|받아\s?보(?:기|세요)|받으세요|(?:메인|앱|채널)에서\s(?:바로\s)?보세요)[!.]?(?:\s*(?:\[[^\]]{1,10}\]|바로\s?가기))?$"
    # (Or, pointed at, with no name: '▶ 구독하고 주요 뉴스 아침마다 받아보세요'.)
    r"|^[▶►▷☞👉]\s*(?:구독|팔로우)하고\s.{0,30}(?:받기|받아\s?보(?:기|세요)|받으세요)[!.]?$"
    # (Or to read it in its app or its channel, or to pass it on for a gift: '▶ 가상일보 앱에서 현장 소식을 가장
    # 빠르게 받아보세요', '▶ 가상뉴스 텔레그램 채널에서 실시간 속보 받기',
    # '👉 친구에게 가상레터 추천하고 커피 쿠폰 받기'.)
    r"|^[▶►▷☞👉]\s*\S{2,12}\s?(?:앱|App|APP)(?:에서|으로)\s.{0,40}(?:받아\s?보세요|만나\s?보세요)[!.]?$"
    # (Its channel's, to take news there, only named by an outlet's name: a how-to's list item may tell
    # where to get a service's alerts, '▶ 가상비서 카카오톡 채널에서 알림 받기'.)
    r"|^[▶►▷☞👉]\s*\S{0,10}(?:뉴스|일보|신문|방송|미디어|타임즈|타임스|투데이|데일리|저널|TV)\s?"
    r"(?:앱|App|APP|(?:(?:유튜브|텔레그램|카카오톡|인스타그램)\s?)?채널)(?:에서|으로)\s.{0,40}"
    r"(?:받기|받아\s?보세요|만나\s?보세요)[!.]?$"
    # (Or its messenger's channel for its news, under a notice's label: '[공지] 가상뉴스 공식 카카오톡 채널 추가하고
    # 속보 알림 받아보세요!'; not a how-to's step, '[1단계] 가상청 카카오톡 채널 추가하고 … 알림 받기'.)
    r"|^(?:\[(?:공지|알림|안내|이벤트)\]\s?)?\S{2,12}(?:\s공식)?\s(?:유튜브|텔레그램|카카오톡)\s?채널\s(?:추가|구독)하고\s"
    r".{0,10}(?:속보|뉴스|기사).{0,10}받아\s?보세요[!.]?$"
    # (Or to take the news there, whoever's channel: '▶ 가상리더스 텔레그램 채널에서 실시간 속보 받기'.)
    r"|^[▶►▷☞👉]\s*\S{2,12}\s?(?:유튜브|텔레그램|카카오톡)\s?채널에서\s(?:실시간\s)?(?:속보|뉴스|기사)\s?(?:받기|받아\s?보세요)[!.]?$"
    r"|^[▶►▷☞👉]\s*(?:친구|지인)(?:에게|한테)\s?.{0,30}(?:추천|공유|소개)하고\s.{0,30}(?:받기|받자|받아\s?보(?:기|세요)|받으세요)[!.]?$"
    r"|^(?:\S{1,10}(?:다면|시면),?\s)?(?:이|이번)\s?(?:뉴스|기사|글|소식|레터|뉴스레터)[,을를가]?\s?(?:\S{1,10}(?:다면|시면),?\s)?(?:친구|지인|주변|동료)\S{0,4}\s?"
    r"(?:(?:알려|공유해|전해)\s?주세요|공유하세요)"
    r"[!.]?\s*[^\w\s]{0,3}$"
    # (Or to take its newsletter, or its app: '[가상뉴스 뉴스레터] … 매주 화요일 아침 메일함으로 받아보세요', '가상주간
    # 뉴스레터 '위클리'를 받아보세요. 매주 금요일 … 보내드립니다.', '가상투데이 앱 설치하고 … 가장 먼저 받아보세요'.)
    r"|^(?:\[[^\]]{1,20}\]\s?)?\S{0,12}\s?(?:뉴스레터\b.{0,80}|앱\s?(?:설치|다운로드)하고\s.{0,40})받아\s?보세요[!.]?"
    r"(?:\s.{0,60}보내\s?드립니다\.)?$"
)
# The outlet's own offer set in the story as a link, pointed at and ending in what to press: '▶ 개원 준비
# 중이라면? 가상 세미나 사전등록 바로가기(클릭)', '▶ 스타트업 지원사업 무료 진단 받기 ◀'.
_PROMO_LINK = re.compile(
    r"[▶►▷☞👉]\s*.{4,70}?\s*(?:바로\s?가기|클릭(?:하세요)?)\s*(?:\(클릭\)|\[클릭\])?\s*[◀◄◁☜👈]?"
    # (Framed, as a button, or marked to click: a list's item may end in what it tells to do, '▶ 소득공제 혜택
    # 받기'; '▶ 무료 리포트 받기 (클릭)' is a link. Or pointing on
    # under the outlet's label: '[가상게임 추천] 신작 사전예약 이벤트 참여하고 한정 칭호 받기 ▶'.)
    r"|[▶►▷☞👉]\s*.{4,70}?\s*(?:받기|받아\s?보기|신청하기|참여하기|보러\s?가기|확인(?:하기)?)\s*(?:[◀◄◁☜👈]|\(클릭\)|\[클릭\])"
    r"|\[[^\[\]]{2,15}\]\s*.{4,70}?\s*(?:받기|받아\s?보기|신청하기|참여하기|보러\s?가기|바로\s?가기|한눈에\s?보기)\s*[▶►]"
    # (Or the outlet's drive for support under its label: '[가상데스크 후원] … 월 5000원 정기후원 ▶'.)
    r"|\[[^\[\]]{2,15}\s(?:후원|이벤트)\]\s*.{4,70}?\s*[▶►]"
)
# A writer's account on the site after the name: '홍길동(gildong7)'; before a comma, in lower case (not a
# firm's name, '홍길동(Reuters), 김철수(gd7)'): '홍길동(gd7), 김철수(cs)'.
_SITE_ACCOUNT = re.compile(r"\s*\((?=[^)]*[a-z0-9])[A-Za-z][\w.-]{1,19}\)$|\s*\([a-z][a-z0-9_.-]{1,19}\)(?=\s*[,·])")


def without_accounts(line: str) -> str:
    """A byline's names without the site's accounts after them: '홍길동(gd7), 김철수(cs)' -> '홍길동, 김철수'."""
    return _SITE_ACCOUNT.sub("", line)


# An address after a paragraph's last sentence, after a slash or bare: '… 출시된다. /gildong@…'.
_END_ADDRESS = re.compile(rf"(?<=[.!?'\"”’])\s*(?P<slash>/\s?)?{EMAIL.pattern}$")
NICKNAME = re.compile(r"\s*\([^()\s]{1,20}\)$")  # an account's name of any letters: '(카이)'
# A newsletter's link to itself on the web, at the top of the mail.
_IN_BROWSER = re.compile(
    r"메일이\s?(?:잘\s?|제대로\s?)?보이지\s?않|(?:메일|레터).{0,20}웹(?:에서|으로)\s?보기|^(?:웹|브라우저)(?:에서|으로)\s?(?:보기|열기)$"
    r"|View (?:this (?:email|newsletter) )?in (?:your )?browser",
    re.I,
)
# A letter's word to its reader under the story: '수신을 원하지 않으시면 …', '매주 월요일 발송됩니다',
# '이 레터가 유용했다면 친구에게 공유해 주세요.'
_TO_THE_READER = re.compile(
    r"수신\s?(?:거부|동의|을 원하지)|구독\s?(?:해지|취소|설정|신청)|발송(?:됩니다|합니다)|(?:공유|추천)해\s?주세요"
)
# A spoken line sharing what follows with someone: '부장님 공유드립니다~', '기사 보내드려요 ^^'.
_FORWARD_NOTE = re.compile(
    r"(?:공유|전달|보내)\s?드(?:립니다|려요)(?=.*(?:[~^]|ㅎㅎ|님))|님[,\s].{0,20}(?:공유|전달|보내)\s?드(?:립니다|려요)"
)
# A reader's own note, led by an arrow, under the address of a story clipped into a notes app
# ('→ 우리 학교는 수학만 채택').
_ARROW_NOTE = re.compile(r"^(?:→|⇒|➡|->|=>)\s*\S")
# A poster's note that the post carries a story whole ('나중에 다시 보려고 기사 전문 옮겨둡니다.',
# '…기사 펌'): a blog's, a board's or a social network's post around a copied story. (Not a
# paper's courtesy to its reader, '본문을 아래에 옮겨 드릴게요': it prints a text in its story.)
_REPOST = re.compile(
    r"기사\s?전문|(?:전문|본문)[을를]?\s?(?:아래에?\s?)?(?:옮겨|붙여|퍼\s?왔|가져)(?!\s?드)"
    r"|(?:기사|뉴스)\s?(?:펌|퍼\s?왔|퍼\s?옵니다|퍼\s?와요|스크랩|옮겨)|(?:기사|뉴스)[를를]?\s?공유(?:합니다|드립니다|해요|드려요)"
    r"|(?:기사|뉴스)\S*\s.{0,12}퍼\s?옴$"
    # (or a post that says it copied what follows: '… 정리가 잘 돼 있어서 퍼왔습니다.', '아래는 기사 원문
    # 그대로 옮깁니다.', '… 스크랩해 둡니다')
    r"|퍼\s?왔(?:습니다|어요|음|다)|원문\s?그대로\s?옮(?:깁니다|겨\s?(?:둠|둡니다|놓음|왔음))|스크랩해\s?(?:둡니다|둬요|놓|왔)"
    # (or says it in a poster's words of copying a story, all or part, or pointing down to it: '유료 기사라
    # 앞부분만 옮깁니다', '기사 본문 일부 붙여둡니다', '관련 기사를 아래와 같이 공유합니다', '요점만 옮겨둡니다 👇'; not
    # a story's own note on what it prints, '… 발언 요지를 옮깁니다', '[편집자주] … 아래에 붙여 둡니다')
    r"|(?:(?=.*(?:기사|뉴스|원문))|(?=.*[👇⬇↓]$)).*(?:옮겨\s?(?:둡니다|둬요|놓습니다|놓아요|왔습니다|왔어요)|옮깁니다|옮겨요"
    r"|퍼\s?옵니다|퍼\s?와요|붙여\s?(?:둡니다|둬요|놓습니다|놓아요))"
    r"|(?:기사|뉴스)[을를]?\s(?:\S+\s){0,3}공유(?:합니다|드립니다|해요|드려요)"
)
# The poster speaks to readers, a sentence ended ('…옮겨둡니다.', '…옮겨요 ㅎㅎ', '…펌 ㅋㅋ', '…퍼옴'); a story's
# sentence ends '…다.', a headline without its full stop ('…알아봐요').
# (Or in a note's clipped form, no story's: '원문 그대로 옮겨 둠. …')
_POSTERS_VOICE = re.compile(
    r"(?:요|니다)[.!~]+(?:\s*[ㅠㅜㅎㅋ]+)?$|(?:요|니다)[.!~]*\s?[👇⬇↓🧵]+$|습니다\s[가-힣]|[ㅠㅜㅎㅋ]{2,}$|(?:요|니다)[.!~]+\s+\S|퍼\s?옴$|(?:둠|놓음|왔음)\.(?:\s|$)"
)
# A post's time: '2025. 10. 14. 오후 4:12', '2025년 4월 2일 오전 8:14', '03/18 14:22'.
_POST_TIME_LINE = re.compile(DATE + r"|\d{1,2}:\d{2}")
# Under a reposted story's headline (and its deck): its stamp, its reporter's name alone, or its
# lede opening with the reporter's tag ('[가상일보=홍길동 기자]', '[가상일보] 홍길동 기자 =').
# A post's count of its views or its readers' reactions: '조회 1,842', '좋아요 86', '추천수: 37'.
POST_COUNT = r"(?:조회|추천|반대|공감|댓글|좋아요)(?:수)?\s*[:：]?\s*[\d,]+"
# A post's lines under its title: its time, its counters, its poster's name ('2023-05-25 10:12:33',
# '조회 1,842 추천 37 반대 4', '하닉장기홀더').
_POST_META = re.compile(rf"(?=.*\d)[\d\s.:/-]{{8,24}}|(?:{POST_COUNT}\s*){{1,5}}|[^\s\d]{{2,15}}")
_STORY_OPENS = re.compile(
    # (its stamp and its reporter may follow the outlet's name: '가상일보 | 기사입력 2025.07.21 14:05',
    # '가상일보 홍길동 기자')
    r"^.{0,30}기자\s*[\]=】)]|^(?:\S{2,12}\s)?[가-힣]{2,4}\s?기자$"
    r"|^\D{0,24}" + DATE + r"[\d\s:.()월화수목금토일오전후]*"
    r"(?:[|·]\s*[가-힣]{2,4}\s?(?:기자|에디터|특파원))?$"
)
# A sentence that introduces what follows it.
_INTRODUCES = re.compile(r"[:：]$|같(?:다|았다|습니다)\.$|(?:아래|다음)[와과]\s?같이")
# A news page's own stamp, its label first ('입력 2025.03.04 14:22', '기사입력 : …'); a post's time
# has none ('2025.02.21. 13:47') or its own ('작성일', '수정일').
_NEWS_STAMP = re.compile(r"^(?:기사\s?)?(?:입력|승인|게재|송고|발행|등록)(?:일시|시간)?\s*[:：]?\s*" + DATE)
_FORWARDED = re.compile(r"^-{2,}\s*(?:Forwarded message|Original Message|전달된 메시지|원본 메시지)\s*-{2,}$", re.I)
_FOOTER_LINK = (
    r"(?:개인정보|이용\s?약관|이용\s?규약|회사\s?소개|청소년\s?보호|저작권\s?정책|광고\s?문의|제휴\s?문의|에\s?대하여)"
)
_FOOTER = re.compile(
    rf"^(?=(?:[^|]*\|){{2}})(?=.*{_FOOTER_LINK}.*{_FOOTER_LINK})[^|.!?。:：]{{1,14}}(?:\|[^|.!?。:：]{{1,14}})+$"
)
_SHARED = re.compile(r"^.{1,20}앱에서 공유함$|^Shared (?:from|via) \S.{0,20}$")
_BAN = re.compile(r"무단\s*전재|재배포|All rights reserved|Copyright", re.I)
_ICON_BAR = re.compile(rf"(?:{_ICON}{{1,2}}\s*[A-Za-z가-힣]+(?: [A-Za-z가-힣]+)?\s*){{2,}}")
_COUNTERS = re.compile(r"^(?:[♡♥❤💬🗨↻🔁🔄👍👎👁]\ufe0f?\s*[\d,.]+\s*[KkM만천]?\s*){2,}$")
# A public body's licence for its stories, naming it: '내 손안에 서울 콘텐츠는 출처를 밝히면 자유롭게
# 이용할 수 있습니다.', '경기도뉴스포털의 콘텐츠는 출처를 밝히고 이용할 수 있습니다.'
# A public body's licence mark for what it publishes (the Korea Open Government Licence):
# '공공누리 제1유형 출처표시'.
PUBLIC_LICENCE = re.compile(
    r"^공공누리\s?(?:\(KOGL\)\s?)?(?:공공저작물\s?자유이용\s?허락\s?)?(?:제\s?)?[1-4]\s?유형"
    r"(?:\s*[:：|+]?\s*(?:출처\s?표시|상업\S{0,2}\s?(?:이용\s?)?금지|변경\s?금지)){0,3}$"
    # (Or its mark's words with no type: '공공누리 공공저작물 자유이용허락 출처표시'.)
    r"|^공공누리\s?(?:\(KOGL\)\s?)?공공저작물\s?자유이용\s?허락"
    r"(?:\s*[:：|+]?\s*(?:출처\s?표시|상업\S{0,2}\s?(?:이용\s?)?금지|변경\s?금지)){1,3}$"
)
_LICENCE = re.compile(r"^(?P<owner>.{0,30}?)(?:의)?\s?콘텐츠[은는] 출처를 (?:밝히|표시하)[면고] .{0,20}수 있습니다\.?$")


def licence_owner(line: str) -> str | None:
    """Who a licence line says owns the page's stories: not 'this' or 'every' ('이 콘텐츠는 …')."""
    m = _LICENCE.match(line)
    owner = m.group("owner").strip() if m else ""
    return owner if len(owner) >= 2 and owner.split()[0] not in ("이", "본", "모든", "해당", "위") else None


# Section names joined by separators: 'IT·과학', '전체기사 | 정치·사회 | 경제·금융 | 국제'.
_PROVINCE = "(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|충청|전북|전남|전라|경북|경남|경상|제주)"
_MENU = re.compile(r"^(?:전체\s*기사|HOME|홈)(?:\s+(?:/\s+)?[^\s|｜·/>]{1,8}){2,}$")  # ('HOME 뉴스 정치 / 행정')
_MENU_PATH = re.compile(r"^[^\s|｜·/>]{1,8}(?:\s*[|｜·/>]\s*[^\s|｜·/>]{1,8})+$")
# A breadcrumb's names may be of words: '라디오 > 김현정의 뉴스쇼'.
_CRUMB = re.compile(r"^[^\s|｜>]{1,10}(?: [^\s|｜>]{1,10}){0,2}(?:\s*>\s*[^\s|｜>]{1,10}(?: [^\s|｜>]{1,10}){0,2})+$")
_STEP = r"[^\s>›/|｜]{1,12}(?: [^\s>›/|｜]{1,12}){0,3}"
_APP_PATH = re.compile(rf"{_STEP}(?:\s*›\s*{_STEP})+|[\U0001F300-\U0001FAFF]\ufe0f?\s*{_STEP}(?: / {_STEP})+")
# An outlet's masthead: its name after a slogan, set apart by spaces ('… · 중도일보'; a headline
# joins names without them: '네이버·카카오'), or before its Latin name ('전자신문 etnews').
_MASTHEAD = re.compile(r"^.+\s[·|｜–—]\s(?P<last>[^·|｜–—]+)$|^(?P<first>\S+)\s+[A-Za-z]+$")


# Who made a broadcast's pictures: '영상취재 : 김철수', '그래픽: 홍길동·김영희'.
_CREDIT_ROLE = r"(?:영상\s*취재|영상\s*편집|촬영\s*기자|촬영|편집|그래픽|디자인|CG|자료\s*조사|번역)"
_CREDIT_ONE = (
    rf"(?:{_CREDIT_ROLE}\s*[:：=]\s*[가-힣]{{2,4}}(?:[·\s]+[가-힣]{{2,4}})*"
    # a broadcast's camera credit needs no colon: '영상취재 홍길동' (not '영상 편집 자동화 경쟁')
    r"|(?:영상\s*취재|촬영\s*기자)\s+[가-힣]{2,4}(?:·[가-힣]{2,4})*(?:\s?기자)?"  # ('영상취재 홍길동 기자')
    # where the pictures came from: '화면출처 : 엑스(X)'
    r"|(?:화면|영상|자료)\s*출처\s*[:：]\s*[^,/:：()]{1,20}(?:\([^()]{1,12}\))?)"
)
_CREDITS = rf"{_CREDIT_ONE}(?:\s*[,/]\s*{_CREDIT_ONE})*"
# (In brackets; in angle ones a broadcast's pictures' credits, '<영상취재: 홍길동 / 영상편집: 김철수>', not a book's.)
_PHOTO_CREDIT = re.compile(r"[/(\[]?\s*(?:사진|촬영)\s*[:=：]")
_STAFF_CREDIT = re.compile(rf"^\(?{_CREDITS}\)?$|^[<〈](?=[^<>〈〉]*영상){_CREDITS}[>〉]$")
# After a broadcast's last words: its camera's credit, or the script's closing cue ('… 홍길동입니다.◀ END ▶').
_TRAILING_CREDIT = re.compile(rf"\s\({_CREDITS}\)$|(?<=[.!?\"”'’])\s*◀\s*[^◀▶]{{1,12}}?\s*▶$")
_PHOTO_MARK = re.compile(
    r"\[\s*(?:포토|사진|화보|PHOTO|Photo|\S{1,4}포토)(?:\s?뉴스)?\s*\]|포토(?:\s?뉴스)?|화보|PHOTO"
)
# Where a caption's photo came from, after its last sentence: '… 했다. 사진=가상기관 제공', '… 있다. /가상시'.
_PHOTO_SOURCE = re.compile(r"(?<=[.!?])\s*(?:사진\s*[=:：]\s*[^.=]{1,30}|/\s?[^/.]{2,20})$")
_PHOTO_HEADLINE = re.compile(r"\s\[(?:사진|포토)\]$")  # (at a photo story's headline's end)
# (A columnist's byline, columnist_name's: not a book's details, '‹홍길동 지음, 가상출판사, 1만8000원>', nor
# a note, '‹다음 회에 계속>'.)
_GLUED_TAG = re.compile(r"(?<=[.?!。\"”])\s*[<＜‹〈]\s*(?P<inside>[^<>＜＞‹›〈〉]{4,40}?)\s*[>＞›〉]$")
# A columnist's byline: '강석진 | 가상대학교 컴퓨터공학과 교수'.
# The post may be followed by its firm in brackets: '홍길동 공인노무사(노무법인 가상)'.
POSITION = (
    r"(?:교수|대표|연구원|연구위원|연구자|활동가|위원|소장|원장|센터장|변호사|박사|이사|칼럼니스트|논설위원|평론가|작가"
    r"|회장|의원|사장|CEO|CTO|노무사|회계사|세무사|변리사|법무사|전문의|교사|총장|실장|본부장|팀장"
    r"|목사|신부|스님)"  # (a religious paper's contributors)
    # Where the post is held ('(가상연구소)'), or the writer's field ('교수·과학철학').
    r"(?:\s*\([^()]{1,30}\)|·[가-힣A-Za-z]{2,10})?"
)


def columnist_name(line: str, lex: Lexicon, spaced: bool = False) -> str:
    """The name in a columnist's byline ('홍길동 | 가상대학교 교수'), or ''. `spaced`: also
    without the bar ('홍길동 가상대학교 교수'), which only a line printed above and below the
    column shows to be a byline rather than a caption."""
    bar = r"\s*[|｜/]\s*|\s+" if spaced else r"\s*[|｜/]\s*"
    line = re.sub(r"^[<〈《]\s*(.+?)\s*[>〉》]$", r"\1", line.strip())  # (a magazine's: '<홍길동 IT칼럼니스트>')
    m = re.fullmatch(rf"({bylines(lex).name})(?:{bar})[^|｜/]{{0,40}}{POSITION}", line)
    # ... or, so printed, the post in brackets after the name: '홍길동 (가상대 교수·센터장)'.
    if spaced and not m:
        m = re.fullmatch(rf"({bylines(lex).name})\s*\([^()|｜/]{{0,40}}{POSITION}\)", line)
    return m.group(1) if m else ""


def columnist_record(line: str, lex: Lexicon) -> str:
    """The name in a writer's line of the post, then what else the writer is: '홍길동 칼럼니스트 | 前 가상포털
    기획자 · 『AI 이후』 저자'; or ''."""
    m = re.fullmatch(rf"({bylines(lex).name})\s?{POSITION}\s*[|｜]\s*([^|｜]{{2,60}})", line)
    return m.group(1) if m and not is_sentence(m.group(2)) else ""


# Endings of words that run in a sentence, not in a name and its post: particles and the
# endings of verbs that qualify a noun ('AI에', '쓰는', '밀려난').
_RUNNING_WORD = re.compile(r"(?:에|의|을|를|는|던|된|난|운)$")


# (Not '저자 :' or '연구진 :', which a story's body uses for the book or the research it reports.)
WRITERS_LABEL = re.compile(r"^(?:작성자|필자|집필진?)\s*[:：]\s*")


def posted_writers(line: str, lex: Lexicon) -> list[str]:
    """The names of a report's writers, two or more, each with a post: '홍길동 선임연구원, 김철수
    연구원'; else []."""
    names = [columnist_name(part, lex, spaced=True) for part in re.split(r"\s*,\s*", line)]
    return names if len(names) > 1 and all(names) else []


def account_credit(line: str, lex: Lexicon) -> tuple[str, str] | None:
    """(role, name) of a site's credit with the account's name: '글: 홍길동(gildong7)',
    '편집: 김철수(kcs)'; None for any other line."""
    m = re.fullmatch(rf"(글|편집|사진|그래픽)\s*[:：]\s*({bylines(lex).name})\s*(?:\([\w.-]+\))?", line.strip())
    return (m.group(1), m.group(2)) if m else None


def column_writer(line: str, lex: Lexicon) -> str:
    """The writer of '글 홍길동 가상대학교 교수', or '' (not for '글 쓰는 AI에 밀려난 작가')."""
    m = COLUMN_BY.match(line)
    return writer_line(line[m.end() :], lex) if m else ""


def writer_line(line: str, lex: Lexicon) -> str:
    """The name in '홍길동 가상대학교 교수': a name, then a post, and no word a sentence would hold,
    nor a deck's ellipsis ('내일 시행 앞둔 AI기본법…홍길동 변호사(…)' tells the story, then who speaks)."""
    name = columnist_name(line, lex, spaced=True)
    words = line.split()[1:-1]
    told = "…" in line or "..." in line or any(_RUNNING_WORD.search(w) for w in words)
    return name if name and not _RUNNING_WORD.search(name) and not told else ""


_ACCOUNT_BUTTONS = ("로그인", "로그아웃", "회원가입", "마이페이지", "전체메뉴", "구독신청")


def _section_menu(line: str, lex: Lexicon) -> bool:
    """A line of a site's section names ('경제 금융 부동산 산업 IT 국제 정치 사회', 'IT·과학',
    '정치·사회 | 경제·금융 | 국제'), not of company names ('삼성전자/SK하이닉스/마이크론')."""
    # A breadcrumb whose arrows were pictures, lost in the copy: 'HOME 문화 출판·책'.
    crumb = re.fullmatch(r"(?:HOME|홈)((?:\s+[^\s.,!?…'\"‘’“”]{1,10}){1,4})", line)
    if crumb and any(step in lex.sections for word in crumb.group(1).split() for step in (word, *word.split("·"))):
        return True
    if _MENU_PATH.match(line) or _CRUMB.match(line):
        if line.count(">") >= 2 or re.match(r"(?i)(?:home|홈)\s*>", line):
            return True  # a breadcrumb: 'HOME > IT > 컴퓨팅'
        # In a breadcrumb a name may hold a '·' ('알림·소식 > 보도자료').
        names = re.split(r"\s*>\s*" if ">" in line else r"\s*[|｜·/]\s*", line)
        bars = len(re.findall(r"\s[|｜]\s", line)) >= 2  # 'a | b | c': a site's links, not a list in a sentence
        # Section words count in a path, as an English-language site prints it: 'Tech > Telecom'.
        listed = lex.sections + lex.section_words + lex.topics
        known = sum(name in listed for name in names)
        return bars or known * 2 >= len(names)
    # A bar of links set apart by bars: 'National | Business | Tech | Opinion', '커버스토리 | … | 지난호 보기'.
    parts = re.split(r"\s+[|｜]\s+", line)
    short = all(len(part) <= 10 for part in parts) and not is_sentence(line)
    if short and (len(parts) >= 4 or len(parts) == 3 and any(part in lex.widgets for part in parts)):
        return True
    # (Or a story's topics, an English site's section named among them: 'Artificial Intelligence | 생성형 AI |
    # 개발자'; not a headline's or a subheading's words, '반도체 | 데이터 센터 | 인재 양성'.)
    phrases = all(len(part) <= 25 and len(part.split()) <= 3 and not _marked(part) for part in parts)
    english = any(part in lex.section_words and part.isascii() for part in parts)
    if len(parts) >= 3 and phrases and english and not is_sentence(line):
        return True
    # A bar of buttons: '로그인  회원가입  마이페이지', 'LIVE  편성표  VOD' (one unknown among three or more),
    # or a section with its subsection, whose name may join two ('경제 기업·산업').
    buttons = re.split(r"\s{2,}", line.strip()) if re.search(r"\S\s{2,}\S", line) else line.split()
    if 2 <= len(buttons) <= 8 and not is_sentence(line):
        named = lex.widgets + lex.sections

        # (A button's label may end in what it does, after a space: '유료회원 안내', '지면 보기'; the
        # word it does goes with the one before it, among buttons the lexicon knows two of: not a
        # subheading's 'AI 교육 신청 안내'.)
        def unknown_in(items: list[str]) -> int:
            return sum(b not in named and not all(part in named for part in re.split(r"[·/]", b)) for b in items)

        labels = buttons[:1] + [b for b in buttons[1:] if b not in _BUTTON_ACTIONS]
        unknown = unknown_in(labels) if len(labels) - unknown_in(labels) >= 2 else unknown_in(buttons)
        if unknown == 0 or len(buttons) >= 3 and unknown == 1:
            return True
        # (The subsection may be a topic's name, or join two: 'IT·과학 모바일', '산업 IT·전자'; so may
        # the section: 'IT·전자 반도체'.)
        topical = lex.sections + lex.topics
        joined = re.split(r"[·/]", buttons[0])
        if (
            len(buttons) == 2
            and (buttons[0] in lex.sections or len(joined) > 1 and all(t in topical for t in joined))
            and all(t in topical for t in re.split(r"[·/]", buttons[1]))
        ):
            return True
    words = re.split(r"\s*[|｜]\s*|\s+", line)
    short = all(len(word) <= 8 for word in words) and not is_sentence(line)
    # A path from the home page without its marks, its section's name joining two: 'HOME IT·과학 방송통신'
    # (not a headline's '홈 6연승 LG·두산 …', a home game's).
    joined = words[1].split("·") if len(words) >= 3 else []
    if short and words[0] in ("HOME", "홈") and len(joined) > 1 and all(w in lex.sections for w in joined):
        return True
    if not short or len(words) < 4:
        return False

    def known(names: tuple[str, ...]) -> int:
        return sum(word in names or all(w in names for w in re.split(r"[/·&]", word)) for word in words)

    # Topic names ('AI', '반도체', '보안') are headline words too: a line of them is a menu only
    # when all its words, five or more, are such names.
    # (Or all but one, the site's own name, with an account's button among them, no headline's word:
    # 'AI 테크 비즈 가상TV 로그인'; not '반도체 AI 로봇 다음 먹거리는', 'AI 데이터 보안 솔루션 추천'.)
    return (
        known(lex.sections + lex.section_words) >= max(3, len(words) / 3)
        or len(words) >= 5
        and known(lex.sections + lex.topics) == len(words)
        or len(words) >= 5
        and known(lex.sections + lex.topics) >= 3
        and known(_ACCOUNT_BUTTONS) >= 1
        and known(lex.sections + lex.topics + _ACCOUNT_BUTTONS) >= len(words) - 1
    )


def on_air_name(line: str, outlets: set[str], lex: Lexicon) -> str:
    """The reporter in a broadcaster's sign-off ('MBC뉴스 홍길동입니다.', 'KNN 정지윤입니다.', from where
    the report was made: '워싱턴에서 가상방송 홍길동입니다.'), or ''. A news programme the registry does not
    know signs so too: '가상방송 뉴스 홍길동입니다.'."""
    m = re.fullmatch(rf"(?:\S+에서\s+)?(\S+(?:\s\S+)?)\s+({bylines(lex).name})입니다\.?", line.strip())
    if m is None:
        return ""
    outlet = fold(m.group(1))
    # (Then the name is a person's, after a programme's name with no particle: not '핵심은 가짜뉴스 문제입니다.')
    person = len(m.group(2)) == 3 and family_named(m.group(2))
    unknown = outlet.endswith("뉴스") and person and not re.search(r"[은는이가을를의에도]\s", outlet)
    return m.group(2) if outlet in outlets or unknown else ""


# A bulleted fact with a date in running text: '▲일시: 2025년 10월 22일(수)', '■ 시행일 : …'.
_FACT = re.compile(r"^[▲■●◆◇○□※▶▷•·-]\s*(?P<label>[가-힣A-Za-z ]{1,12}?)\s*[:：]\s*(?=.*\d)")


def is_fact(line: str, lex: Lexicon) -> bool:
    """Whether `line` is a bulleted fact of the story (an event's day, a law's effective date):
    body text, and its date none of the page's stamps. A bulleted stamp ('· 입력 : …') is not one."""
    m = _FACT.match(line.strip())
    label = re.sub(r"\s*(?:일시|일자|시간|시각|날짜|일)$", "", m.group("label").strip()) if m else ""
    # ('▶ 관련기사: … (2025.03.05)' is a linked headline with its day.)
    linked = re.fullmatch(r"관련\s*(?:기사|뉴스)", label)
    # (Nor a broadcast's record over its transcript, the day it aired: '■ 방송일 : 2025년 6월 10일(화)'.)
    aired = label in ("방송", "방영")
    return (
        bool(m)
        and bool(re.search(DATE, line))
        and label not in lex.published + lex.updated
        and not linked
        and not aired
    )


# A column's series label over its headline ('[신문로] …', '[기고] …'), and the sections columns run in.
_COLUMN_KICKER = re.compile(r"\[[^\]]{1,20}\]")
# What a bracket before a headline or deck may call the story: '[단독]', '[분석]'.
_STORY_KINDS = (
    "단독",
    "속보",
    "종합",
    "분석",
    "기획",
    "르포",
    "인터뷰",
    "현장",
    "포토",
    "영상",
    "해설",
    "팩트체크",
    "특징주",
)
_SERIES_PART = re.compile(r"\s(?:[①-⑳]|\(\d{1,2}\)|<\d{1,2}>|〈\d{1,2}〉)$")  # a part's number, last
# A series' kind, in brackets or before a bar: '[연중기획] ', '연재 | '.
_SERIES_KIND = "연재|기획연재|시리즈|기획|연중기획|창간기획|신년기획|특별기획|특집"
_SERIES_LABEL = re.compile(rf"(?:\[\s?(?:{_SERIES_KIND})\s?\]|(?:{_SERIES_KIND})\s?[|｜])\s?")
_PACKAGE = re.compile(
    r"(?:\[\s?(?:커버\s?스토리|COVER STORY|Cover Story|특집)\s?\]|(?:커버\s?스토리|COVER STORY|특집)\s?[|｜])"
    r"\s?(?P<name>[^,…!?\"“”]{2,16})(?<![다요까나])"
)
_COLUMN_SECTIONS = ("오피니언", "칼럼", "기고", "사설", "시론", "논단", "opinion", "Opinion")


# When the outlet was founded, as its masthead prints it: 'Since 1995', '1947년 창간'.
_FOUNDED = re.compile(
    r"(?i)[^·|｜]{2,40}\s[·|｜]\s(?:since\s(?:19|20)\d{2}|(?:19|20)\d{2}년\s?창간|창간\s(?:19|20)\d{2})"
)
# What a masthead's slogan says the outlet is: '… 교육전문지', '… 든든한 동반자'.
_SLOGAN_END = re.compile(r"(?:신문|일보|전문지|매체|언론|미디어|뉴스|동반자|저널|잡지|방송|정론지|경제지)$")
# An outlet's English name under its Korean one: 'The Yonsei Chunchu', 'Gasang Daily News'
# (not a headline: 'OpenAI Opens Seoul Office').
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?")
_ENGLISH_NAME = re.compile(
    r"The(?: [A-Z][A-Za-z]+){1,3}"
    r"|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2} (?:Daily|Times|Herald|News|Ilbo|Sinmun|Journal|Post|Review|Press|Weekly)"
    # A company's newsroom, with its edition: 'Samsung Newsroom Korea', 'SK hynix Newsroom'.
    r"|[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2} Newsroom(?: Korea)?"
)
# How an outlet's Korean name ends, where a person's does not: 'JIBS 제주방송' names no reporter.
_OUTLET_WORDS = "방송|일보|신문|뉴스|미디어|타임스"
# ... or the name of the body that owns an outlet, printed beside it: '가상뉴스 함께재단'.
_OWNER_WORDS = "재단|협회|학회|센터|위원회|연합회|협의회|공단|조합|그룹|법인|연구소"
BODY_NAME_END = re.compile(rf"(?:{_OUTLET_WORDS}|{_OWNER_WORDS})$")
OUTLET_NAME = re.compile(rf"[{HANGUL}A-Za-z0-9]{{1,12}}(?:{_OUTLET_WORDS})")  # '가상톡뉴스', '가상일보
# ... and a name a banner gives, which may be a small daily's: '가상투데이', '가상데일리'.
_OUTLET_LIKE = re.compile(rf"(?:{_OUTLET_WORDS}|투데이|데일리|저널)$")
# A copied story's source under it, an outlet's name alone: '출처 : 가상일보'.
BARE_SOURCE = re.compile(
    rf"(?:\[\s*출처\s*\]|출처\s*[:：])\s*(?P<name>[^\s()\[\]:：]{{1,16}}?(?:{_OUTLET_WORDS}|투데이|데일리|저널))"
)
# An outlet's English name, ending in a masthead's word, and its Korean one spelled out, or its
# edition's: 'Korea Shipping Gazette 코리아쉬핑가제트', 'BBC News, 코리아' (not 'Reuters Institute
# 디지털뉴스리포트', 'OpenAI GPT-5 공개'); or its Korean name with the English one in brackets:
# '가상비즈뉴스(GasangBizNews)'.
_BILINGUAL_NAME = re.compile(
    r"(?:[A-Z][A-Za-z&.'-]*\s+){0,3}(?i:daily|times|herald|news|ilbo|sinmun|journal|post|review|press|weekly"
    r"|gazette|tribune|economy|today|media),?\s+[가-힣]{1,11}[^다요\W]"
    rf"|[가-힣A-Za-z0-9]{{1,15}}{_OUTLET_LIKE.pattern.removesuffix('$')}\s?\([A-Za-z][A-Za-z0-9 .&'-]{{1,30}}\)"
    # (or a public body's, its initials before its name: 'KISTI 한국과학기술정보연구원', 'UNIST 울산과학기술원')
    r"|[A-Z]{2,8}\s+[가-힣]{2,20}(?:연구원|연구소|과학기술원|대학교|진흥원|재단|공사|공단|위원회)"
)
# A writer's box's heading under a column: '필자 소개', '저자 약력'.
_PROFILE_HEADING = re.compile(r"(?:필자|글쓴이|저자|기고자)\s?(?:소개|약력|프로필)|About the author", re.I)
# How a line on a reporter ends: '… 담당하는 기자다.', '… 편집장이다.', '… AI를 담당한다.'
_PROFILE_END = (
    r"(?:(?:기자|에디터|작가|교수|연구원|편집장|편집자|칼럼니스트|특파원|저널리스트|리포터)(?:이)?(?:다|입니다)"
    r"|(?:담당|취재)한다|(?:담당|취재)합니다)\.$"
)
# A writer's record, the post now held last: '가상대 졸업, 전 가상전자 연구원, 현 가상대 교수'.
_CREDENTIALS = re.compile(rf"(?=.*(?:^|,\s*)[전현前現]\s)[^.!?]{{2,200}},\s*[^.!?]{{2,60}}{POSITION}")
# Or in English: 'Jane Doe is a senior editor at ITWorld Korea. jane@…'
_ENGLISH_PROFILE = r" is (?:an?|the) [^.]{0,60}\b(?:editor|reporter|writer|journalist|correspondent|columnist)\b"
# A Markdown export's fields ('**Source:** …'), a feed reader's ('Feed: …', 'Link: …'), and the
# reader app's own bar over them ('Inoreader - 내 피드 > IT 보안').
_EXPORT_FIELD = re.compile(r"\*\*[A-Za-z][A-Za-z ]{1,20}:\*\*\s|(?:Feed|Link|URL|Source|Tags|Category|Saved):\s+\S")
_GREETING = re.compile(r"(?:[^,!.?]{1,15},\s*)?안녕(?:하세요|하십니까)?\s*[!~.,]")
_TICKER_ITEM = re.compile(r"\S.{0,20}?\s[\d,]+(?:\.\d+)?\s?(?:원|달러|엔|위안|유로|%)(?:/[A-Za-z가-힣]+)?")
# A live score's, its league first: 'K리그1 | 울산 2 : 1 포항 (종료)', 'KBO | LG 5 : 3 두산 (7회말)'.
_SCORE_ITEM = re.compile(r"(?:[^|｜]{1,12}\s?[|｜]\s?)?\S{1,12}\s\d{1,3}\s?:\s?\d{1,3}\s\S{1,12}(?:\s\([^()]{1,10}\))?")
# A note's fields over a story kept in it: where it came from, its folder, the keeper's memo.
_NOTE_FIELD = re.compile(r"(?:분류|카테고리|폴더|출처|링크|메모|태그|스크랩일|저장일)\s*[:：]\s*\S")
_KEEPER_FIELD = re.compile(r"(?:폴더|메모|스크랩일|저장일)\s*[:：]")
_READER_APP = re.compile(
    r"(?:Inoreader|Feedly|Pocket|Instapaper|Raindrop|Readwise|NewsBlur|Omnivore)(?:\s[-·|>]\s.{1,40})?"
)
_SLASH_CREDIT = re.compile(r"/\s?[가-힣A-Za-z·]{2,15}")  # a photo's source under its caption: '/ 충북도'
# What a photo's caption says the people in it are doing: '… 확인하고 있다.'
_SHOWN = re.compile(r"고\s?있다\.$")
# ... or the thing a photo shows, named after what it does: '… 충전소로 돌아가는 로봇.', '… 부르는 화면.'
# (not an item, '… 250만 원으로 인상.', nor a question, '창업하게 된 계기는.').
_SHOWN_THING = re.compile(r"[는던된운린한인진]\s[가-힣]{1,6}(?<![은는이가을를])\.$")
# Who stands where in a photo, as only a caption says it: '홍길동 회장(오른쪽)과 …', '(앞줄 왼쪽 세 번째)'.
# (Not a figure's: '그래프(오른쪽)에서 보듯', '도표(왼쪽)', '매출(좌)' are the text's.)
_PLACED = re.compile(
    r"(?<!그래프)(?<!도표)(?<!차트)(?<!그림)(?<!사진)"
    r"\((?:앞줄|뒷줄|맨)?\s?(?:왼쪽|오른쪽|가운데)(?:\s?부터)?(?:\s?(?:첫|두|세|네|다섯|여섯|일곱|여덟)\s?번째)?\)"
)
# Who a photo shows doing something, as its caption names them: '가상청 관계자가 …', '연구진이 …'.
_PEOPLE_SHOWN = re.compile(
    r"(?:관계자|연구진|연구원|참석자|참가자|직원|임직원|학생|어린이|시민|관람객|방문객|이용자|개발자|모델|어르신|농업인|농민|의료진|장병|선수"
    r"|대표|회장|장관|사장|원장|총장|시장|지사|교수|의원|청장|위원장|CEO)들?(?:\([^)]{1,12}\))?(?:[이가과와]|는|은)\s"
)
# ... and what they do before a camera: '… 시연하고 있다.', '기념촬영을 하고 있다.' (not a trend:
# '투자를 늘리고 있다.', '예의주시하고 있다.').
_SCENE = re.compile(
    r"(?:시연|기념촬영을\s?|촬영|서명|악수|포즈를\s?취|참석|둘러보|살펴보|관람|체험|점검|설명|소개|발표|시청|대화를\s?나누)"
    r"(?:하)?고\s?있다\.$"
)
_SHOWN_CREDITED = re.compile(r"(.{10,150}고\s?있다\.)\s*[가-힣]{2,4}\s?기자")
_READING_TIME = re.compile(r"\s[·|]\s\d{1,2}\s?(?:min read|분 분량|분 읽기)$", re.I)
# A page's reading time on a line of its own: 'READ TIME 6 MIN', '읽는 시간 3분', '5 min read'.
_READING_TIME_LINE = re.compile(
    r"(?:(?:예상\s?)?(?:read(?:ing)?\s?time|읽는\s?시간|읽기\s?시간)\s*[:：]?\s*(?:약\s?)?\d{1,3}\s?(?:min(?:ute)?s?|분)"
    r"|\d{1,3}\s?(?:min(?:ute)?s? read|분\s?(?:분량|읽기)))"
    # (after the story's age, as a portal sets it: '16시간 • 2분 동안 읽기')
    r"|\d{1,2}\s?(?:분|시간|일)\s*[•·]\s*\d{1,3}\s?분\s?(?:분량|읽기|동안\s?읽기)",
    re.I,
)
# A reader app's line of the story's source: '가상신문 · gasang.co.kr'.
_SOURCE_SITE = re.compile(r"(?P<name>[^·|]{2,30}?)\s[·|]\s(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|kr)")
# A portal's line of the source over the story: MSN's '가상일보의 스토리 • 6시간'.
_PORTAL_SOURCE = re.compile(r"(?P<name>[^•]{2,20})의 스토리(?:\s*•\s*\d+\s?(?:분|시간|일))?")
# Under a story reposted whole, where it ran, with its address: '출처 : 가상일보(https://…)', or
# its site's name alone: '출처: 가상일보 (gasang.co.kr)'.
STORY_SOURCE = re.compile(
    # (Or under its label in brackets, the outlet's slogan after its name: '[출처] 가상일보 - 가상인의 신문 (https://…)'.)
    r"(?:\[\s*출처\s*\]|(?:출처|원문|기사\s?원문)\s*[:：])\s*(?P<name>[^()\s:：][^():：]{0,20}?)"
    r"(?:\s[-–|]\s[^():：]{1,20}?)?\s*"
    r"(?:\(?\s*https?://\S+?\)?|\(\s*(?P<site>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*\))"
)
# A print view's credit of the site, its home's address in brackets: '가상일보(http://www.gasang.com)'.
# (An outlet's: '과학기술정보통신부(https://www.msit.go.kr)' under a story points readers to it.)
_NAMED_HOME = re.compile(r"(?P<name>[^()\s:：][^():：]{0,20}?)\s*\(\s*https?://[\w.-]+/?\s*\)")
_SHARE = re.compile(r"카카오톡|페이스북|트위터|링크\s*복사|URL\s*복사|공유")
# Topics set apart by spaced dots over a headline, a word or two each: 'AI · 협업 · 엔터프라이즈
# 애플리케이션' (a headline joins its words without spaces, '제조·물류', or runs on: '삼성 · SK ·
# LG 배터리 적자 1조').
_TOPICS = re.compile(r"[^·ㆍ•\s]{1,12}(?: [^·ㆍ•\s]{1,12})?(?: [·ㆍ•] [^·ㆍ•\s]{1,12}(?: [^·ㆍ•\s]{1,12})?){2,}")
# An address after a byline, as pages print it ('gildong@…', '<…@…>', '[email protected]').
_ADDRESSED = re.compile(r"@|\[email\s*protected\]")
# A broadcast transcript's cue before the anchor's or the reporter's words.
# A speaker's turn in an interview's transcript: '▷ 홍길동 : 질문이 있습니까?' (spoken text, even a question).
# Its spoken text ends as a sentence or a question; a programme's labels ('▶ 진행 : 홍길동 앵커',
# '▶ 특집 : 2025 AI 대전환') are no turns.
_SPEAKER = re.compile(
    r"^[▷▶►]\s*(?!(?:진행|출연|방송|대담|특집|사회|정리|연출|제작|관련|일시|장소)\s*[:：])[가-힣]{2,4}\s*[:：]"
    r"\s*\S.{10,}[.?!][\"'”’]?$"
)
_TRANSCRIPT_CUE = re.compile(r"\[\s*(?:앵커|리포트|기자)(?:\s*멘트)?\s*\]|◀\s*(?:앵커|리포트)\s*▶")


# A headline's punctuation, which menus, slogans and toolbars lack.
_MARKS = ",…‘’“”'\"?"
# An entry of a menu bar: a word or two, with none of a headline's or a sentence's marks.
_MENU_ITEM = re.compile(rf"[^\s{_MARKS}!.:;()\[\]]{{1,12}}(?: [^\s{_MARKS}!.:;()\[\]]{{1,12}})?")
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|kr|co\.kr|or\.kr|go\.kr)")
_CLOCK = re.compile(r"(?:오전|오후)\s?\d{1,2}:\d{2}|\d{1,2}:\d{2}")
_NETWORK = re.compile(r"(?:5G|LTE|4G|3G|Wi-?Fi)\+?\s+\d{1,3}%?")
# A headline's first line that is a quotation trailing off: '"내 얼굴이 왜 여기에"…'.
_QUOTE_TRAILED = re.compile(r"[\"“'‘][^\"“”'‘’]{2,30}[\"”'’]\s?(?:…|\.{3})")
# A link to another story, led by a pointing hand, its headline with an ellipsis: '☞ 가상전자, … 돌파…HBM 판매 호조'.
_LINKED_HEADLINE = re.compile(r"[☞👉]\s*\S.{4,80}….*")
# A line of running text cut at a narrow column's width: Hangul words, no item's mark before them.
_COLUMN_WIDTH = 32
_ITEM_MARKS = "■□▶▷►◆◇●○•·-–—※▲△▼*#[<(0123456789"
_COLUMN_LINE = re.compile(rf"(?=.*[가-힣].*[가-힣].*[가-힣]).{{10,{_COLUMN_WIDTH}}}(?<![?!:…])")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # a numbered list's marks
NUMBERED = re.compile(rf"[{CIRCLED}]|\d{{1,2}}\.\s")  # a numbered item's start: '① …', '2. …'
# ... or its label and a few words set apart by a bar: 'COVER STORY | AI 교과서 한 학기'.
# (Its label in capitals or a label's word, or the series' number at the end; not a headline
# written with a bar: 'AI 교과서 도입 1년 | 교실은 달라졌나'.)
# A portal's labels of the topic a story belongs to ('이슈 엔비디아 GPU 26만장').
_TOPIC_LABELS = ("이슈", "핫이슈", "화제", "키워드", "토픽")
_KICKER = re.compile(
    rf"\[\s*(?P<tag>[^\]]{{2,16}}?)\s*\]\s*[^{_MARKS}!.]{{2,12}}"
    rf"|(?P<label>[A-Z][A-Z &]+|[^|｜{_MARKS}]{{0,10}}(?:기획|특집|연재|시리즈|리포트|인터뷰|칼럼|포커스|분석))"
    rf"\s*[|｜]\s*[^|｜{_MARKS}!.]{{2,20}}"
    rf"|[^|｜{_MARKS}]{{2,14}}?\s*[|｜]\s*[^|｜{_MARKS}!.]{{2,18}}[{CIRCLED}]"
)


_WRITERS_OTHERS = re.compile(r"(?:이\s)?필자의\s?(?:다른|최신)\s?(?:기사|글|칼럼)")


def _opinion_path(line: str) -> bool:
    """A path ending in an opinion section, or in a column's own name under it ('홈 > 오피니언 > 법조광장');
    not in an interview there ('홈 > 오피니언 > 인터뷰'), whose subject stands under the headline."""
    steps = re.split(r"\s*>\s*", line)
    return any(step in _COLUMN_SECTIONS for step in steps[-2:]) and not _INTERVIEW_CUE.match(steps[-1])


def _column(title: str, header: list[tuple[int, str]], reasons: dict[int, str | None], named: bool = False) -> bool:
    """Whether the page is a column: headed by its series' label ('[신문로] …'), or under an
    opinion section ('오피니언', the path '오피니언 > 칼럼', or '오피니언 > 시론' to a column's name).
    `named`: only a label that names a column or its writer's series ('[기고] …', '[홍길동의 AI 산책]
    …'), not any label ('[인터뷰]', whose interviewee stands under the headline with a post, as a
    columnist would)."""
    kicker = _COLUMN_KICKER.match(title)
    if kicker and (not named or re.search(rf"{'|'.join(_COLUMN_SECTIONS)}|^\[\s*[가-힣]{{2,4}}의\s", kicker.group())):
        return True
    return any(
        reasons[n] == "section label" and line in _COLUMN_SECTIONS or ">" in line and _opinion_path(line)
        for n, line in header
    )


def _marked(line: str) -> bool:
    return any(mark in line for mark in _MARKS)


def _reads_as_headline(rest: str) -> bool:
    """Whether what a line holds besides a widget's words is a headline's: words set apart by
    a headline's punctuation, which toolbars and counters lack."""
    return len(re.findall("[가-힣]", rest)) >= 8 and _marked(rest)


HELPERS = "사진|영상|그래픽|편집|디자인|촬영"  # who made the pictures, not the text
_WITH_HELPERS = re.compile(rf"(.+?)(?:\s*/\s*(?:{HELPERS})\s*=\s*[가-힣]{{2,4}}(?:\s?(?:기자|PD|피디|작가|에디터))?)+")
_CHAPTER = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\S.{0,50}")
_VIEWS = re.compile(r"조회수\s*[\d.,]+\s*[만천]?\s*회")
SUBSCRIBERS = re.compile(r"구독자\s*[\d.,]+\s*[만천]?\s*명")
_BOARD_FIELDS = frozenset(
    ("번호", "제목", "작성자", "글쓴이", "작성일", "등록일", "날짜", "조회", "조회수", "첨부", "파일", "부서")
    + ("담당부서", "No", "No.", "Title", "Author", "Date", "Views", "Hits")
)
REPRINT_NOTE = re.compile(
    r"^[※*]?\s*(?:이|본)\s?(?:글|기사|칼럼)은\s(?P<outlet>[^\s()]{2,20}(?:\s[A-Za-z&]{2,12})?)(?:\([^()]{1,20}\))?(?:에)?\s"
    r"(?P<date>\d{4}(?:년\s?\d{1,2}월\s?\d{1,2}일|[.\-]\s?\d{1,2}[.\-]\s?\d{1,2}\.?))\s?(?:자|에)?\s.{0,40}?"
    r"(?:전재|게재|옮겨)"
)
# A clipping board's line of whose story it reposts and of the edition it ran in: '출처 : 가상일보 2024년 6월
# 11일자 12면', '[출처] 가상일보 2024.06.11자' ('자': the edition's day; unlabelled, a photo's caption of a
# front page may say so: '가상일보 2025년 3월 11일자 1면').
CLIPPING_SOURCE = re.compile(
    r"^(?:\[\s*(?:기사\s?)?출처\s*\]|(?:기사\s?)?출처\s*[:：])\s*(?P<outlet>[^\s()\[\]:：]{2,20})\s"
    r"(?P<date>\d{4}(?:년\s?\d{1,2}월\s?\d{1,2}일|[.\-]\s?\d{1,2}[.\-]\s?\d{1,2}\.?))\s?자(?:\s*(?:제\s?)?[A-Z]?\d{1,3}\s?면)?$"
)
# A board's post fields: its poster, and its views after its day: '작성자 대외협력팀 등록일 2024-05-23 조회수 418'.
BOARD_POST = re.compile(r"(?:작성자|글쓴이)\s*[:：]?\s*\S.*(?:조회|views?)\s*(?:수)?\s*[:：]?\s*\d", re.I)
# ... or its fields naming the outlet and the day it ran: '언론사 가상일보 보도일자 2024-05-22' (not a portal's
# button, '언론사 구독', nor a field of a story's list, '언론사 : 가상일보').
# ... or on lines of their own, the day it reported the story: '보도일 : 2023-12-19', '보도일자 2025. 11. 5.(수)'.
REPORTED_DAY = re.compile(r"\s*보도\s?일(?:자)?\s*[:：]?\s*\d")
_OUTLET_FIELD = r"\s*[:：]?\s*(?P<name>[^\s|｜:：]{2,20})"  # the outlet after its field's label
CLIPPING_FIELDS = re.compile(
    rf"^언론사{_OUTLET_FIELD}"
    r"\s*[|｜]?\s*(?:보도|게재|기사)\s?(?:일자|일)\s*[:：]?\s*[\d.\-/ ]{6,14}$"
)
# ... or alone on its line, beside the day it reported the story (REPORTED_DAY): '보도매체 가상일보'.
MEDIUM_FIELD = re.compile(rf"(?:보도\s?매체|언론사|매체명?){_OUTLET_FIELD}")
# ... or a clipping service's row of fields, the day the story ran and its outlet among them: '게재일 2024.05.22 |
# 매체 가상월간 2024년 6월호 | 지면 62~67' (`clipping_row`).
_RAN_FIELD = re.compile(r"(?:게재|보도)\s?일(?:자)?\s*[:：]?\s*\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?")
_PAGES_FIELD = re.compile(r"(?:지면|게재면)\s*[:：]?\s*[A-Z]?\d{1,3}(?:\s?[~\-]\s?\d{1,3})?\s?면?")
_MEDIUM_CELL = re.compile(rf"(?:보도\s?매체|언론사|매체명?){_OUTLET_FIELD}(?:\s.*)?")


def clipping_row(line: str) -> str | None:
    """The outlet a clipping service's row of fields names beside the day the story ran and its pages ('지면
    62~67'): not a ministry's note on a story ('… | 언론사 가상일보 | 담당부서 …'), nor a story's table."""
    cells = _BAR.split(line.strip())
    medium = next((m for cell in cells if (m := _MEDIUM_CELL.fullmatch(cell))), None)
    ran = any(_RAN_FIELD.fullmatch(cell) for cell in cells)
    pages = any(_PAGES_FIELD.fullmatch(cell) for cell in cells)
    return medium["name"] if ran and pages and medium else None


_BAR = re.compile(r"\s*[|｜]\s*")
_FIELD = r"[가-힣]{1,4}\s?[:：]\s?[^|｜:：]{2,30}"  # 'label: value'
_FIELD_CREDITS = re.compile(rf"{_FIELD}(?:\s*[|｜]\s*{_FIELD}){{1,5}}")
# Credits of a card's makers, each its role and name, set apart by dots or bars: '기획=가상넷 편집국 · 글·구성=홍길동
# 기자 · 디자인=김철수 디자이너'.
_MAKER = r"(?:기획|글|구성|취재|정리|제작|디자인|그래픽|사진|영상|편집|일러스트|자료)"
_CREDIT = re.compile(rf"{_MAKER}(?:\s*[·/]\s*{_MAKER})*\s*[=:：]\s*[^=:：|｜]{{2,25}}")
_CREDITS_APART = re.compile(r"\s+[·|｜]\s+")
# Where a carried story came from, beside its reporter's byline: '로이터 번역 | 홍길동 인턴기자', '외신 종합'.
_TRANSLATED_FROM = re.compile(r"(?:[^\s|｜]{2,12}\s?)?(?:번역|번역·정리|종합)")


def without_source_credit(line: str) -> str:
    """A byline without the credit of the source its story was carried from: '로이터 번역 | 홍길동 인턴기자'
    -> '홍길동 인턴기자' (the wire named there did not publish the page)."""
    return " | ".join(part for part in _BAR.split(line) if not _TRANSLATED_FROM.fullmatch(part))


def _video_channel(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> int | None:
    """The line of a video page's channel: the first line over a count of subscribers with a count
    of views under them, unless it holds a reporter's role (a portal's reporter card) or is chrome."""
    for i, ((m, above), (_, line)) in enumerate(itertools.pairwise(lines)):
        counted = SUBSCRIBERS.fullmatch(line) and len(above) <= 30 and not _running_text(above)
        if counted and any(_VIEWS.match(text) for _, text in lines[i + 2 : i + 8]):
            card = re.search(r"기자|특파원|에디터", above) or reasons[m] not in (None, "widget")
            return None if card else m
    return None


def _board_list(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> None:
    """A board's list copied with its post: the header row of field names, tab apart ('번호	제목	작성자
    작성일	조회'), and the rows under it, as many cells each ('412	가상재단, … 첫 조사	홍보팀	2025-10-15	836')."""
    for i, (n, line) in enumerate(lines):
        fields = line.count("\t")
        if fields >= 2 and all(cell.strip() in _BOARD_FIELDS for cell in line.split("\t")):
            reasons[n] = "widget"
            rows = list(itertools.takewhile(lambda entry, f=fields: entry[1].count("\t") == f, _from(lines, i + 1)))
            # (The post's own row alone holds its title, unless the page prints it again on a line of its own.)
            printed = {text.strip() for _, text in lines}
            if len(rows) >= 2 or any(cell.strip() in printed for _, row in rows for cell in row.split("\t")):
                for m, _row in rows:
                    reasons[m] = "related"


_BOXED = re.compile(r"\[\s*([^\[\]]{4,80}?)\s*\]")


# (Not the heading of a list of the reporter's others: '홍길동 기자 다른기사보기'.)
# (Or a count of the story's comments or views after a bar, as mobile pages set it: '홍길동 기자 | 댓글 0'.)
_BYLINE_BUTTON = re.compile(
    r"\s+(?:기사\s?더\s?보기|기자\s?구독|구독(?:하기)?|\+\s?구독|팔로우)$"
    r"|\s*[|｜]\s*(?:댓글|조회(?:수)?|공감|좋아요)\s*[:：]?\s*[\d,]+$"
)


def without_motto(line: str, lex: Lexicon) -> str:
    """A sign-off without the reporter's motto run on after the address: '홍길동 기자 (gildong@gasang.com)더
    나은 내일을 쓰겠습니다' -> '홍길동 기자 (gildong@gasang.com)'; any other line as it is."""
    by = bylines(lex)
    signed = re.match(rf"(?:{by.names})\s*{by.role}\s*[(<]?\s*{EMAIL.pattern}\s*[)>]?", line)
    rest = line[signed.end() :].strip() if signed else ""
    # (Not another writer after the first: '홍길동 기자 gildong@… · 김철수 인턴기자'.)
    # (Nor the lede run on after the byline: '홍길동 기자 (a@b.kr)SK하이닉스가 … 공급했다.')
    polite = re.search(r"(?:니다|[요!])[.!]?$", rest) is not None
    motto = len(rest) <= 40 and polite and len(sentences(rest)) == 1 and not re.search(rf"^[·,/|｜]|{by.role}", rest)
    return line[: signed.end()] if signed and rest and motto else line


def boxed_byline(line: str, lex: Lexicon) -> str:
    """What a byline in square brackets says, as a broadcaster's site sets it under the story: '[홍길동
    기자 gildong@gasang.co.kr · 김철수 인턴기자]'; '' for another line in them (a label, '[인터뷰]', or a
    Japanese writer's, '[吉川大貴，ITmedia]', read as such)."""
    boxed = _BOXED.fullmatch(line.strip())
    return boxed[1] if boxed and re.search(bylines(lex).role, boxed[1]) else ""


def chrome_reason(line: str, outlets: set[str], lex: Lexicon) -> str | None:
    if is_fact(line, lex):
        return None
    core = _BULLET.sub("", line).strip()
    if (boxed := boxed_byline(core, lex)) and (inside := chrome_reason(boxed, outlets, lex)) in ("byline", "sign-off"):
        return inside
    # ... or with its button beside it: '홍길동·김철수 기자 기사 더보기', '홍길동 기자 구독'.
    if (button := _BYLINE_BUTTON.search(core)) and chrome_reason(core[: button.start()], outlets, lex) == "byline":
        return "byline"
    always, short = _chrome_rules(lex)
    for reason, pattern in always:
        if pattern.search(core):
            return reason
    # A credit line of labelled fields, the writer's among them: '출처: 가상일보 | 작성: 홍길동 기자 | 편집: 김철수'.
    parts = _BAR.split(core)
    if _FIELD_CREDITS.fullmatch(core) and any(WRITER_LABEL.match(part) for part in parts):
        return "byline"
    # A card's makers, each credited apart, a writer among them: '기획=… · 글·구성=홍길동 기자 · 디자인=…'.
    credits = _CREDITS_APART.split(core)
    made = len(credits) >= 2 and all(map(_CREDIT.fullmatch, credits))
    if made and any(chrome_reason(credit, outlets, lex) in ("byline", "sign-off") for credit in credits):
        return "byline"
    # A byline beside the source its story was carried from: '로이터 번역 | 홍길동 인턴기자'.
    reported = [part for part in parts if not _TRANSLATED_FROM.fullmatch(part)]
    if len(parts) == 2 and len(reported) == 1 and chrome_reason(reported[0], outlets, lex) == "byline":
        return "byline"
    # A report's writers after their label, each with a post: '작성자 : 홍길동 연구위원, 김철수 선임연구원'.
    if (label := WRITERS_LABEL.match(core)) and posted_writers(core[label.end() :], lex):
        return "byline"
    # An advert pasted as a line of its own (spam.is_advert), or a community's classified: '[렌트] 코리아타운
    # 1베드룸 $2,100 213-555-0166'.
    if (is_advert(core) or _CLASSIFIED.fullmatch(core)) and not is_sentence(core):
        return "advert"
    # The wires' order, label last ('… | 2025-07-10 10:05 송고'), on a line that is no sentence.
    if len(core) <= 100 and not _running_text(core) and _label_last(lex).search(core):
        return "byline date"
    # Words such as 댓글, 구독 or 이 시각 make a short line a widget, but not a sentence of the
    # story, nor a headline about them ('[기자수첩] AI가 쓴 댓글, 가려낼 수 있나'); an advert's words ('무료 체험'),
    # not a deck about adverts ('카드사도 ‘난감’…무료체험 뒤 자동결제 전환 불만 최다').
    if len(core) <= 40 and not _running_text(core):
        for reason, pattern in short:
            # (An advert's price, button, label or bidding: '… 29,900원 ▶ 구매하기', 'AD …, 지금 무료 체험 신청하세요'.)
            priced = reason == "advert" and re.search(r"\d[\d,]*\s?원|[▶►]|%|^(?:AD|광고)\s|하세요", core)
            # (An advert's own words besides: '고객님', '지금 바로', '특가', '선착순', '!', '무료 체험:'.)
            pitched = reason == "advert" and re.search(r"고객님|지금\s?바로|특가|선착순|한정|[!:]", core)
            marked = reason == "widget" or reason == "advert" and re.search(r"[…‘’\"“”]", core)
            headline = marked and not priced and not pitched and _reads_as_headline(pattern.sub("", core))
            if pattern.search(core) and not headline:
                return reason
        # A share bar of nothing but buttons and services in capitals: '링크 복사 카카오톡 공유', '공유 X LINE'.
        if not re.search(r"\b(?![A-Z]{1,4}\b)\w{2,}", _buttons(lex).sub("", core)) and _SHARE.search(core):
            return "widget"
    if _section_menu(core, lex):
        return "menu"
    # A mobile page's banner for the outlet's app ('가상일보 앱에서 더 편하게 보세요', '가상뉴스 앱으로
    # 보면 더 빠릅니다') and a print viewer's link ('가상일보 PDF 지면 보기'), the outlet named first.
    if (m := _OUTLET_BANNER.match(core)) and (fold(m.group(1)) in outlets or _OUTLET_LIKE.search(m.group(1))):
        return "widget"
    if _FOLLOW_US.match(core):
        return "widget"
    if _PROMO_LINK.fullmatch(core) and not is_sentence(core):
        return "advert"
    # An app's buttons each led by its icon, one of them a known button's: '🔍 Search   ＋ Add new'
    # (not a list's marks: '✔ Python ✔ SQL', '↑ Nvidia ↓ Intel').
    if _ICON_BAR.fullmatch(core) and _buttons(lex).search(core):
        return "widget"
    # A reader app's bar, its items set apart by wide gaps, a button among them ('Today   Read Later
    # Catholic Times 가톨릭신문'), and its line of the source's reading time ('가상신문 · 6 min read').
    bar = len(core) <= 80 and not is_sentence(core) and _toolbar_bar(core, lex)
    if (
        bar
        or _READING_TIME_LINE.fullmatch(core)
        or (_READING_TIME.search(core) and len(core) <= 40 and not BY_LINE.match(core))
    ):
        return "widget"
    home = _NAMED_HOME.fullmatch(core)
    credited = home is not None and _is_outlet(fold(home["name"]), outlets)
    if _SOURCE_SITE.fullmatch(core) or _PORTAL_SOURCE.fullmatch(core) or credited:
        return "outlet name"
    # (A site's name alone may follow a chart's source in the story: '출처: 가상통계청 (kostat.go.kr)';
    # under it only an outlet's does.)
    if source := STORY_SOURCE.fullmatch(core):
        name = source["name"]
        if not source["site"] or _is_outlet(fold(name), outlets) or _OUTLET_LIKE.search(name):
            return "story source"
    if clipping_row(core):
        return "story source"
    if re.fullmatch(r"(?:오전|오후)?\s?\d{1,2}:\d{2}(?::\d{2})?", core):
        return "update time"  # a live page's time over each update: '15:40'
    if WRITER_CREDIT.match(core) and len(core) <= 60:
        return "sign-off"
    # The outlet credited as the writer, over the reporter's own sign-off: '글. 가상네트워크'.
    if (m := re.fullmatch(r"(?:글|정리)\s*[.:：=|｜]\s*(.{2,30})", core)) and _is_outlet(fold(m.group(1)), outlets):
        return "sign-off"
    # A letter's close from its newsroom, not a person: '가상일보 편집국 드림', '뉴스레터팀 드림', '에디터 일동
    # 드림'; or from its editor by name: '에디터 하늘 드림'. (Not a letter a story quotes: '가상전자 고객지원팀 드림'.)
    desk = r"(?:편집국|편집부|편집팀|(?:뉴스)?레터\s?팀|에디터(?:\s?일동)?)"
    if re.fullmatch(rf".{{0,30}}{desk}\s?드림\.?", core) or EDITORS_CLOSE.fullmatch(core):
        return "sign-off"
    if credit := account_credit(core, lex):
        return "byline" if credit[0] == "글" else "credit"
    if _STAFF_CREDIT.match(core):
        return "credit"
    if len(core) <= 60 and columnist_name(core, lex):
        return "byline"
    if columnist_record(core, lex):
        return "byline"
    # ... or the writer and the post alone, a column's, under its headline: '홍길동 논설위원'.
    if re.fullmatch(rf"{bylines(lex).name}\s?(?:객원\s?)?(?:논설위원|칼럼니스트|편집위원)", core):
        return "byline"
    if len(core) <= 60 and column_writer(core, lex):
        return "byline"
    if len(core) <= 40 and BY_LINE.match(core) or len(core) <= 80 and STAFF_BYLINE.fullmatch(core):
        return "byline"  # 'By 홍길동 · 6 min read', 'By Lee Seo-hyun', 'Kim Min-su, Staff Reporter'
    # A reporter's byline with who filmed or photographed beside it: '가상뉴스 홍길동 기자 / 영상 = 김철수 PD'.
    # (Or a sign-off so: '가상뉴스 홍길동 기자 gildong@… / 사진=김철수 기자'.)
    if (credited := _WITH_HELPERS.fullmatch(core)) and (beside := chrome_reason(credited[1], outlets, lex)) in (
        "byline",
        "sign-off",
    ):
        return beside
    mark = _BRACKET_CREDIT.search(core)
    shown = mark is not None and _SHOWN_OR_NAMED.search(core[: mark.start() + 1].rstrip())
    bracketed = bool(shown) and len(sentences(core[: mark.start()])) == 1
    # (A photo page's headline may end so too: '[포토] … 각국 대표 기념촬영'.)
    tail = _CAPTION_TAIL.search(core) and not re.match(r"\[(?:포토|화보)\]\s[^.]*$", core)
    if _CAPTION.search(core) and not is_sentence(core) or tail or bracketed:
        # (A photo page's story is its one long caption, credited at its end: body, its credit cut below.)
        story = len(core) >= 150 and len(sentences(core)) >= 3 and bool(_byline_rules(lex)[2].search(core))
        if not story:
            return "caption"
    if len(core) <= 2 and not core.isalnum() or len(core) == 1:
        return "fragment"  # a cut-off credit or stray mark carries no article text
    signed = bool(re.search(ENGLISH_DATE, core) or re.search(ENGLISH_DAY_FIRST, core)) and _english_stamp(
        core, outlets, lex
    )
    # (A feed's time stands beside its writer: 'by 홍길동 기자 | Tue, 03 Mar 2026 23:40:00 GMT'.)
    fed = FEED_DATE.search(core) and (re.search(bylines(lex).role, core) or core.lower().startswith("by "))
    # (Not a sentence with a day noted after it: '… 학술지에 실렸다. (온라인 게재 2025년 2월 27일)'.)
    dated = re.search(DATE, core) or signed or fed
    stamp = dated and len(core) <= 60 and not is_sentence(core) and "다. " not in core
    spans = stamp and _EVENT_SPAN.search(core) and not _ISSUE.search(core)
    if stamp and not spans and not _dated_event(core, lex):
        return "date line"  # a date with a program name, reporter or e-mail beside it
    # (Two reporters with their addresses run long: then the addresses do not count.)
    addresses = len(EMAIL.findall(core))
    signs = addresses > 1 and bool(re.search(bylines(lex).role, core))
    if addresses and len(EMAIL.sub("", core) if signs else core) <= 60 and not is_sentence(core):
        return "sign-off"
    if without_motto(core, lex) != core:
        return "sign-off"
    if len(core) <= 40 and _byline_rules(lex)[0].search(core) and not is_sentence(core):
        return "byline"
    folded = fold(core)
    # A feed reader's folder of an outlet's stories, with its count: 'HelloT - 헬로티 (27)'.
    counted = re.fullmatch(r"(.+)\s\(\d{1,4}\)", folded)
    if counted and any(_is_outlet(part, outlets) for part in re.split(r"\s[-·|]\s", counted.group(1))):
        return "widget"
    latin = LATIN_BYLINE.fullmatch(core)
    if latin and _is_outlet(fold(latin.group("outlet")), outlets) and not _MASTHEAD_WORD.search(latin.group("name")):
        return "latin byline"  # a byline over the story; in it, a quote's card ('Fareed Zakaria | CNN')
    if _is_outlet(folded.strip("<>《》〈〉【】[]"), outlets):  # also '<바이라인네트워크>'
        return "outlet name"
    # Its slogan set between stars, naming it: '★정보보호 전문 미디어 가상시큐 / Gasangsecu, …!★'.
    starred = re.fullmatch(r"([★☆◆◇■□◈])(.{4,120})\1", folded)
    if starred and any(_is_outlet(word, outlets) for word in re.split(r"[\s/,|·]+", starred.group(2))):
        return "outlet name"
    masthead = _MASTHEAD.match(folded) if len(core) <= 40 else None
    if masthead and (masthead.group("last") or masthead.group("first")) in outlets:
        return "outlet name"
    # (Or first, its slogan after a dash, as a browser's tab shows it, ending in a paper's word: '가상일보 -
    # 굿데이 가상신문'; not a list's item, 'KBS - AI 앵커', nor a headline, '가상일보 - 네이버, AI 뉴스 …
    # 도입'.)
    slogan = re.fullmatch(rf"(.+?)\s[-–—|｜]\s(.*(?:{_OUTLET_WORDS}))", folded) if len(core) <= 40 else None
    if slogan and slogan.group(1) in outlets:
        return "outlet name"
    first, _, rest = folded.rpartition(" ")
    if first in outlets and re.fullmatch(rf"[가-힣]{{0,6}}(?:{_OWNER_WORDS})", rest):
        return "outlet name"  # the body that owns the outlet: '가상일보 함께재단'
    # (Not its programme: 'KNN 뉴스아이'; its logo's alt text names it: '가상팜 로고'.)
    if first in outlets and rest in lex.not_names:
        return "outlet name"
    if first in outlets and re.fullmatch(r"[A-Za-z]{2,10}", rest) and first.isascii():
        return "outlet name"  # one of its sites, named in Latin letters: 'Gasang Herald Edu'
    if first in outlets and family_named(rest) and not BODY_NAME_END.search(rest):
        return "byline"  # 'SBS Biz 홍길동'
    # 'OUTLET NAME ROLE' and 'NAME OUTLET ROLE', the outlet's name of Latin letters and Hangul
    # ('한국경제TV 홍길동 기자') or long ('홍길동 글로벌가상코노믹 해외통신원').
    outlet, _, name = first.rpartition(" ")  # 'OUTLET NAME'
    name_first, _, outlet_after = first.partition(" ")  # 'NAME OUTLET'
    if re.fullmatch(bylines(lex).role, rest) and any(
        part in outlets and len(who) == 3 and family_named(who)  # (not '워싱턴 특파원', '기술 에디터')
        for part, who in ((outlet, name), (outlet_after, name_first))
    ):
        return "outlet byline"
    # ... with more reporters after the first, each with a role: '가상TV 홍길동 기자·김철수 인턴기자'.
    lead, *others = re.split(r"\s*[·,]\s*", core)
    first_credit = chrome_reason(lead, outlets, lex) if others else None
    if first_credit in ("byline", "outlet byline") and all(chrome_reason(o, outlets, lex) == "byline" for o in others):
        return first_credit
    return None


def _story_goes_on(later: list[tuple[int, str]], reasons: dict[int, str | None]) -> bool:
    """Whether running text follows before the page's end matter (a copyright line, a sign-off,
    readers' comments): a footer's blurb or a comment is no story. A list of related headlines
    may stand in the story."""
    for m, rest in later:
        if reasons[m] in ("copyright", "sign-off") or COMMENTS_HEADING.match(rest):
            return False
        if reasons[m] is None and _running_text(rest):
            return True
    return False


def _unsigned(line: str, lex: Lexicon) -> str:
    """The line without a reporter's byline and address glued after its last sentence ('… 밝혔다.
    홍길동 기자 gildong@…'); a photographer's credit after a caption has no address."""
    m = _byline_rules(lex)[2].search(line)
    return line[: m.start()].strip() if m and m.start() > 0 and _ADDRESSED.search(m.group(0)) else line


def _terminal(reason: str | None, line: str, above: str = "") -> bool:
    """Lines after which a page usually has only sign-offs, links and widgets. (A quote under a
    dash right under an interview's cue is what was said, not a linked headline: '▶ 인터뷰 : 홍길동
    / 업계 관계자' over '- "메모리 업체에도 호재입니다."'.)"""
    linked = bool(_RELATED_LINK.match(line)) and not _INTERVIEW_CUE.search(above)
    paywall = reason == "portal notice" and bool(_PAYWALL.search(line))  # the rest is for members
    # A mail's or an app's link to the whole story under its part ('기사 원문 보기 >'): what follows is
    # the sender's, unless the story goes on (a portal prints '기사원문' over it).
    read_on = bool(_READ_ON.fullmatch(line))
    return reason in ("copyright", "related", "sign-off", "attachment", "hashtags") or linked or paywall or read_on


# Where a story ends, a newsletter's too: a link to read it on ('기사 전문 보기 →', '원문 보기 ▶').
_READ_ON = re.compile(r"(?:기사\s?)?(?:원문|전문)\s?(?:보기|읽기)\s*[>›▶→〉»]?")
# A stamp's label, which a name alone by the stamp may look like: '보도일시', '배포일자' (not '정일자').
DAY_LABEL = re.compile(r"(?:일시|[가-힣]{2}일자)$")
# A letter's close by its editor, who is its author: '에디터 하늘 드림'.
EDITORS_CLOSE = re.compile(r"(?:에디터|기자)\s([가-힣]{2,4})\s?드림\.?")
_SOURCE_ADDRESS = re.compile(r"\((?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/[^\s()]*)?\)")
_CONTACT_HEADING = re.compile(
    r"(?:[■□●○◆◇▶▷※]\s?)?"
    r"(?:(?:보도|미디어|언론|홍보)?\s?(?:문의|문의처|연락처)\s*[:：]?|Media [Cc]ontacts?|Press [Cc]ontacts?)"
)
# A telephone number, as written at home or abroad: '02-1234-5678', '1588-0000', '+82-2-1234-5678'.
_PHONE = r"0\d{1,2}-\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4}"  # a number as Korea prints it: '02-000-0000', '1588-0000'
_NUMBER = re.compile(rf"\b(?:{_PHONE})\b|\+82[-\s]?\d{{1,2}}[-\s]\d{{3,4}}[-\s]\d{{4}}\b")
_CONTACT_ROW = re.compile(rf"\s\(?(?:{_PHONE})\)?(?:\s*\([^()]{{1,30}}\))?$")
_AGE = r"\d{1,2}\s?(?:초|분|시간|일|주|개월|달|년)\s?전"  # how long ago: '3일 전'
_COMMENT_HEAD = re.compile(rf"[A-Za-z0-9_.-]{{2,20}}\s{_AGE}")
_VIEWS_AND_AGE = re.compile(rf"조회수\s*[\d.,]+\s*(?:만|천)?\s*회\s*[•·]\s*{_AGE}")
_FOLLOW_BUTTON = re.compile(r"\+?\s?(?:팔로우|팔로우하기|구독하기|Follow)", re.I)
_WRITERS_LABEL = re.compile(r"(?:저자|작성자|글쓴이|필자|연구진|집필진)\s*[:：]?")
_BUTTON_ACTIONS = ("안내", "보기", "신청", "하기", "바로가기", "더보기", "가입")
_ACCOUNT_BAR = ("로그인", "회원가입", "로그인 회원가입", "Log in", "Login", "Sign in")
_SITE_LINES = ("widget", "outlet name", "date strip", "date line", "section label")
_NEIGHBOUR = re.compile(r"(?:이전|다음)\s?(?:기사|글|카드뉴스|뉴스|포토|영상)")
_TO_THE_READER_LINE = re.compile(
    # What a portal, a paywall or a public body's licence says to the reader, politely and unquoted
    # ('이미 회원이신가요? 로그인', '… 출처를 표시하면 자유롭게 이용할 수 있습니다.'); a story's
    # headline or sentence on the same things is no such line.
    r"^(?=.{0,200}$)(?![QA]\.|[-―])(?!.*[\"'‘’“”])"  # (not an interview's answer, unquoted)
    r".*(?:회원\s?전용\s?콘텐츠|회원을 위해 작성된|유료\s?회원이(?:시면|\s?아니시면)"
    r"|유료\s?회원\s?가입\s?(?:신청|문의)|멤버십에 가입하고|이미 회원이신가요|해당 언론사로 연결됩니다"
    # (and a paywall's offer: '유료 서비스 가입 시 가상벨의 모든 기사를 보실 수 있습니다.')
    r"|유료\s?(?:서비스|회원|구독)\S{0,2}\s?(?:가입|이용|신청)\s?시 .{0,40}(?:보실|이용하실|읽으실) 수 있"
    # (and a magazine's: '※ 이 기사의 전문은 가상월간 2024년 6월호에서 보실 수 있습니다.')
    r"|전문은 .{0,40}(?:호|지면|앱|홈페이지)에서 (?:보실|볼|확인하실|확인할|읽으실|읽을) 수 있"
    r"|언론사 페이지\(아웃링크\)|공공누리 제1유형|다음뉴스를 만나보세요"
    # (and a paywall's, a portal's reprint's and a report's: '전체 기사를 보시려면 로그인 …', '이 보도자료는
    # … 원문을 그대로 게재한 것으로 …', '본 보고서의 내용은 … 공식 견해가 아님을 밝힙니다.')
    r"|기사를 보시려면|구독자만 (?:읽을|보실) 수 있|유료\s?회원\s?가입이 필요|원문을 그대로 게재한 것으로"
    # (and a paywall's over the rest: '이하 내용은 프리미엄 회원 전용입니다.', '이 리포트는 … 멤버십 전용
    # 콘텐츠입니다', '… 전체 내용은 … 구독 후 확인하실 수 있습니다.')
    r"|(?:멤버십|회원|구독자)\s?전용\s?(?:콘텐츠|기사|리포트)(?=입니)|이하\s?(?:내용|기사)[은는] .{0,20}전용(?=입니)"
    r"|구독\s?후 (?:확인|이용|열람)하실 수 있"
    # (and a robot's story's note, and an investment page's disclaimer: '이 기사는 AI가 작성했습니다. …', '투자 판단의
    # 최종 책임은 투자자 본인에게 있으며 …')
    r"|^(?:이|본)\s?기사는\s(?:AI|인공지능|로봇\s?기자)[가이는]?\s.{0,40}(?:작성|생성)|투자\s?판단의\s(?:최종\s)?책임은\s투자자"
    # (and one that keeps the rest to its members: '▶ 이 기사의 나머지 내용은 가상 프리미엄 회원에게만 제공됩니다.')
    r"|(?:나머지|이하|전체)\s?(?:내용|기사)[은는] .{0,30}(?:회원|구독자)(?:에게만|만) (?:제공|공개|보실 수 있)"
    r"|^[※*]?\s*(?:이|본)\s?(?:보고서|자료|글|칼럼|기고|리포트|콘텐츠)\S{0,3}\s.{0,80}공식\s?(?:견해|입장)"
    # (and a release's: '이 보도자료와 관련하여 … 취재를 원하시면 … 연락주시기 바랍니다.')
    r"|^(?:이|본)\s?(?:보도\s?)?자료와 관련하여 .{0,100}(?:연락|문의).{0,20}바랍"
    # (and a letter's way out: '더 이상 받지 않으려면 수신거부를 눌러주세요.')
    r"|받지 않으려면|수신\s?거부를 (?:눌러|클릭)|수신을 원하지 않으시면).*(?:니다|세요|가요|나요|로그인)[.?!]?$"
    r"|^(?=.{80,})(?!.*[\"'‘’“”]).*다음뉴스를 만나보세요"  # (the portal's footer, a long line of its own)
    # (A public body's licence may quote its name: '… 본 저작물은 "공공누리" 제1유형 : 출처표시 조건에 …')
    r"|^.{0,60}저작물은\s?[\"“'‘「]?공공누리[\"”'’」]?\s?제\s?\d\s?유형.{0,80}니다\.?$"
)
# ... and their buttons, wherever they stand: 'Open in Pocket · View original', '유료 회원 가입 문의 02-…'.
_READER_BUTTONS = re.compile(
    r"^(?=.{0,60}$)(?:.*\s·\s)?(?:Open in Pocket|View original|Open original article)(?:\s·\s.*)?$|^KOGL 공공누리"
    r"|^유료\s?회원\s?가입\s?(?:신청|문의)(?:\s*[\d-]{7,})?$"
    # (and the number it gives its readers: '가상벨 서비스 문의 02-724-4102', '구독 문의: 1588-0000'; not a
    # number a story gives, '가상은행 고객센터 1588-1234')
    r"|^(?=.{0,40}$)[^.!?]{0,20}(?:서비스|구독|독자)\s?문의\s*[:：]?\s*(?:\d{2,4}-)?\d{3,4}-\d{4}$"
)
_PAYWALL = re.compile(
    r"(?:회원|멤버십)\s?전용|회원을 위해 작성된|유료\s?회원이|멤버십에 가입|구독자\s?전용|구독\s?후 확인"
    r"|(?:회원|구독자)에게만"
)


# A photo agency's or a stock library's name alone: the credit of the photo it stands by.
_AGENCY = re.compile(r"^(?:Getty Images(?: Bank)?|게티이미지(?:뱅크|코리아)?|Shutterstock|셔터스톡|AP|AFP|EPA|UPI)$")
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
_WRITER_BIO = re.compile(
    r"[가-힣]{2,6}(?: [가-힣]{1,6})?[은는] [^.!?]{4,100}"
    r"(?:기자|에디터|칼럼니스트|작가|교수|연구원|편집자|편집장|특파원|기고가)(?:다|이다)\."
)
# Or the post first, then the record: '테크 칼럼니스트. 가상전자 연구소에서 … 개발했다.'
_POST_FIRST_BIO = re.compile(
    r"(?:[가-힣A-Za-z]+\s){0,3}(?:기자|에디터|칼럼니스트|작가|교수|연구원|편집자|편집장|특파원|기고가|변호사|박사)\.\s.{10,300}"
)
_PASTED_FROM = re.compile(r"(?:출처|원문|기사\s?원문|원문\s?(?:링크|보기|주소))\s*[:：]\s*\S")


def _pasted_from(line: str) -> bool:
    return bool(_PASTED_FROM.match(line) or _POSTERS_VOICE.search(line) and _REPOST.search(line))


_WIDE_TABS = re.compile(r"[가-힣A-Za-z]{2,8}(?:\s{3,}[가-힣A-Za-z]{2,8}){2,}")
_FEED_COUNT = re.compile(r"\S.{1,40}?\S\s{2,}\d{1,4}\+?")
# An interview's question, dashed or marked 'Q': '-센터를 소개해 달라.', 'Q. 왜 지금인가?'.
_QUESTION = re.compile(r"(?:[-―—]\s?|Q[.:]\s?)[가-힣].{2,60}[.?]")
_INTERVIEW_CUE = re.compile(r"^(?:[▶▷►\[<【◀]\s*)?(?:인터뷰|INT|녹취|싱크)\b")


# Lines after which any paragraph of running text, not only a long one, means the article goes
# on: a list of headlines, one linked headline, tags or attachments may stand between paragraphs
# ('#AI #구글', '▶ [관련기사] …').
_LISTS = ("related", "related link", "hashtags", "attachment")


_WRAPPED = re.compile(r"^<(p|b|strong|em|span|div|h[1-6])\b[^<>]*>([^<>]*)</\1>$", re.I)


def _screenshot_frame(lines: list[tuple[int, str]]) -> set[int]:
    """Text read off a phone's screenshots: each one's status bar (the clock, the network and the
    battery) and the browser's bar under it, which break the story wherever a screenshot ends.
    Only where the page opens with the clock over the network's indicator (a live page's first
    entry may open with its time alone)."""
    if not lines or not _CLOCK.fullmatch(lines[0][1]) or not any(_NETWORK.fullmatch(line) for _, line in lines[1:3]):
        return set()
    # The browser's bar, with the site's address, is printed again on every screenshot.
    seen = collections.Counter(fold(line) for _, line in lines)
    bars = {fold(line) for _, line in lines[:3] if seen[fold(line)] > 1 and _DOMAIN.search(line)}
    return {n for n, line in lines if _CLOCK.fullmatch(line) or _NETWORK.fullmatch(line) or fold(line) in bars}


def _reflowed(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Paragraphs cut into lines at a narrow width, as text read off a phone's screenshots or a
    printed page's columns holds them, joined again: three lines or more of about one width, as
    short as a column's, none but the last ending a sentence ('당진시가 읍면 행정복지센터 민원창구에' /
    '인공지능(AI) 서류 안내 키오스크를' / '설치했다.'). Only on a page cut so throughout, four such
    paragraphs at least: a page's widgets make a run of short lines now and then ('이 기사에 대해
    어떻게 생각하시나요?' / '추천해요 3 좋아요 5 …' / '해당 언론사로 연결됩니다.')."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _COLUMN_LINE.fullmatch(lines[j][1]) and not is_sentence(lines[j][1]):
            j += 1
        widths = [len(line) for _, line in lines[i:j]]
        ends = j < len(lines) and len(lines[j][1]) <= _COLUMN_WIDTH and is_sentence(lines[j][1])
        if ends and j - i >= 2 and max(widths) - min(widths) <= 8 and lines[i][1][:1] not in _ITEM_MARKS:
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    # Most of the page's text lines, at a column's width: a story quoting a poem has long paragraphs
    # beside it, and a poem's lines are its own, most of them shorter ('나 하늘로 돌아가리라').
    cut = [line for i, j in runs for _, line in lines[i:j]]
    texts = sum(len(line) >= 10 for _, line in lines)
    if len(runs) < 4 or len(cut) * 2 < texts or sum(map(len, cut)) < 15 * len(cut):
        return lines
    out, at = [], 0
    for i, j in runs:
        out += lines[at:i]
        out.append((lines[i][0], " ".join(line for _, line in lines[i : j + 1])))
        at = j + 1
    return out + lines[at:]


# A page printed to PDF and copied back: the browser heads each sheet with the time it was printed
# and the tab's title ('25. 2. 24. 오전 10:05 제목 - 가상일보', '2/24/25, 10:05 AM Title'), and
# foots it with the page's address and the sheet's number ('https://… 1/2').
_PRINT_HEADER = re.compile(
    r"\d{2}\. \d{1,2}\. \d{1,2}\. (?:오전|오후) \d{1,2}:\d{2}\s+\S.*"
    r"|\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}\s?[AP]M\s+\S.*"
)
_PRINT_FOOTER = re.compile(r"(?:https?|file)://\S+\s+\d{1,3}/\d{1,3}")


def printed_page(text: str) -> str:
    """A printed page's text without the browser's header and footer on every sheet: the print
    time is not the story's and the tab's title is not its headline. Any other page is returned
    as it is."""
    lines = text.split("\n")
    first = next((line.strip() for line in lines if line.strip()), "")
    if not _PRINT_HEADER.fullmatch(first) or not any(_PRINT_FOOTER.fullmatch(line.strip()) for line in lines):
        return text
    return "\n".join(line for line in lines if line.strip() != first and not _PRINT_FOOTER.fullmatch(line.strip()))


_FEED_ITEM = re.compile(r"\s*<(item|entry)\b[^>]*>.*</\1>\s*", re.S)


def feed_item_page(text: str) -> str:
    """A feed's item pasted whole, as RSS or Atom XML ('<item><title><![CDATA[…]]></title>…'): its
    fields laid out as a page shows them (headline, byline and time, address, then the text, a
    paragraph to a line). Any other page, or an item that does not parse, is returned as it is."""
    if not _FEED_ITEM.fullmatch(text) or "<!DOCTYPE" in text or "<!ENTITY" in text:  # (no entity expansion)
        return text
    # Prefixed names ('dc:creator', 'content:encoded') without their namespace declarations.
    bare = re.sub(r"<(/?)([A-Za-z]+):([A-Za-z]+)", r"<\1\2_\3", text.strip())
    try:
        item = ElementTree.fromstring(bare)
    except ElementTree.ParseError:
        return text
    fields = {re.sub(r"^\{[^}]*\}", "", child.tag).replace("_", ":"): child for child in item}

    def field(*names: str) -> str:
        found = next((fields[name] for name in names if name in fields), None)
        if found is None:
            return ""
        return (found.text or found.get("href") or "".join(found.itertext())).strip()

    title, when = field("title"), field("pubDate", "published", "updated")
    writer = field("author", "dc:creator")
    body = field("content:encoded", "content", "description")
    paragraphs = [html.unescape(re.sub(r"<[^>]+>", "", part)).strip() for part in re.split(r"</p>|<br\s*/?>", body)]
    byline = " | ".join(part for part in (f"by {writer}" if writer else "", when) if part)
    return "\n".join([title, byline, field("link"), "", *(part for part in paragraphs if part)]) + "\n"


# A byline's labels, as a table's row prints one: '| 기자명 | 홍길동 기자 |'.
_BYLINE_FIELDS = ("기자명", "기자", "작성자", "글쓴이")
_TWO_CELLS = re.compile(r"^[ \t]*\|[ \t]*([^|\n]+?)[ \t]*\|[ \t]*([^|\n]+?)[ \t]*\|[ \t]*$")


@functools.lru_cache(maxsize=4)  # one lexicon per site
def _stamp_field(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_pattern((*lex.published, *lex.updated))})$")


def field_rows(text: str, lex: Lexicon) -> str:
    """A page that prints its stamp and byline in a table, a field to a row ('| 입력 | 2025.03.05
    17:40 |', '| 기자명 | 홍길동 기자 |'), with each of those rows read as the line it stands for: '입력 :
    2025.03.05 17:40'. Only in a table that holds both, a day and a reporter: a story's own table of
    figures or of a timetable ('| 기자 | 2만 8,120명 |', '| 등록 | 2026.02.09 |') stays as it is."""
    lines = text.split("\n")
    rows = [(i, m.groups()) for i, line in enumerate(lines) if (m := _TWO_CELLS.match(line))]
    stamp, by = _stamp_field(lex), bylines(lex)
    reporter = re.compile(rf"{by.name}(?:\s?{by.role})?")
    # The tables: runs of rows on consecutive lines (a row's line less its place among the rows).
    for _, run in itertools.groupby(enumerate(rows), key=lambda placed: placed[1][0] - placed[0]):
        table = [row for _, row in run]
        stamps = [(i, cells) for i, cells in table if stamp.match(cells[0]) and re.search(DATE, cells[1])]
        names = [(i, cells) for i, cells in table if cells[0] in _BYLINE_FIELDS and reporter.fullmatch(cells[1])]
        if stamps and names:
            for i, cells in (*stamps, *names):
                lines[i] = " : ".join(cells)
    return "\n".join(lines)


def clipped_page(text: str) -> str:
    """A clipper's Markdown page: its properties (title, source, author, published) laid out as a
    page shows them, as a feed's item is, over its text; the clipping's own day ('created') and
    tags go, and Markdown's image lines. Any other page is returned as it is."""
    # (Split and read as an article's front matter is: no aliases, which a few hundred bytes can
    # expand to gigabytes, and an impossible date refused rather than raised.)
    found = yamlio.split_front_matter(text)
    props, refused = yamlio.parse(found[0], "") if found else (None, None)
    if refused or not isinstance(props, dict) or not found:
        return text
    body = found[1].lstrip("\n")
    # A clipper whose properties leave the headline out puts it first, as the text's heading
    # (MarkDownload's '# …' under 'created', 'source', 'author').
    heading = re.match(r"#\s+(.+)\n", body) if not props.get("title") else None
    title = _unescaped([heading.group(1)])[0] if heading else props.get("title")
    if not isinstance(title, str) or not title.strip() or not {"source", "url", "published", "date"} & set(props):
        return text
    title = title.strip()
    body = body[heading.end() :] if heading else body

    def prop(*names: str) -> str:
        value = next((props[name] for name in names if props.get(name)), "")
        if isinstance(value, dt.datetime):  # (YAML reads an ISO time: written as a stamp reads)
            value = value.astimezone(KST) if value.tzinfo else value
            return value.strftime("%Y-%m-%d %H:%M")
        values = value if isinstance(value, list) else [value]
        # (Names and words only: a mapping or a list inside is no property a page shows.)
        shown = [str(v) for v in values if isinstance(v, str | int | float | dt.date) and not isinstance(v, bool)]
        return ", ".join(re.sub(r"^\[\[|\]\]$", "", v).strip() for v in shown)

    when, writer = prop("published", "date"), prop("author", "authors", "byline")
    # (A Korean name is signed as a reporter signs, another as an English byline.)
    signed = f"{writer} 기자" if re.fullmatch(r"[가-힣]{2,4}", writer) else f"by {writer}" if writer else ""
    byline = " | ".join(part for part in (signed, when) if part)
    # (The headline again as the text's first heading, '# …', goes too, and the lede quoted over
    # the text as its excerpt, '> ## Excerpt', down to the rule under it.)
    image_or_title = re.compile(rf"!\[[^\]]*\]\(\S+\)|#\s+{re.escape(title)}")
    lines = body.split("\n")
    excerpt = next((i for i, line in enumerate(lines[:3]) if re.fullmatch(r">\s*#+\s*Excerpt", line.strip())), None)
    if excerpt is not None:
        end = next((i for i in range(excerpt + 1, len(lines)) if not lines[i].startswith(">")), len(lines))
        end += lines[end : end + 3].index("---") + 1 if "---" in lines[end : end + 3] else 0
        lines = lines[:excerpt] + lines[end:]
    rest = [line for line in lines if not image_or_title.fullmatch(line.strip())]
    rest = [re.sub(r"^#{1,6}\s+", "", line) for line in rest]  # a subhead, as a page shows it
    rest = _unescaped(rest)
    # (The address first, as a copy with the browser's bar starts: not a poster's under the headline.)
    return "\n".join([prop("source", "url"), title, byline, "", *rest])


# Markdown's escape of a character it would read as a mark ('\[바로잡습니다\]'), or code, where a
# backslash is the code's own ('`C:\Users`').
_MARKDOWN_ESCAPE = re.compile(r"(`[^`]*`)|\\([\\`*_{}\[\]()#+\-.!|>~])")


def _unescaped(lines: list[str]) -> list[str]:
    """The lines with Markdown's escapes undone, but in code: a fenced block's lines, or a span."""
    out, fenced = [], False
    for line in lines:
        if re.match(r"\s*(?:```|~~~)", line):
            fenced = not fenced
        out.append(line if fenced else _MARKDOWN_ESCAPE.sub(lambda m: m.group(1) or m.group(2), line))
    return out


# A social network's post as a timeline prints it: the account's name, its handle ('@newstapa'),
# '·' and the post's time or age, on lines of their own or on one; then the text, then counters.
_HANDLE = re.compile(r"(?P<name>.{0,40}?)\s*@(?P<handle>[A-Za-z0-9_]{1,30})(?:\s*·\s*(?P<time>.+))?")
_POST_AGE = re.compile(r"\d+\s?(?:초|분|시간|일|주)(?:\s?전)?|(?:\d{4}년\s?)?\d{1,2}월\s?\d{1,2}일|\d+[smhd]")
_COUNTER_LINE = re.compile(r"[\d.,]+\s?[만천]?|[\d.,]+[KkMm]?")
# A thread's post numbered at its end ('… 확인했다. (2/9)', '🧵(1/9)', '1/9').
_THREAD_NUMBER = re.compile(r"\s*🧵?\s*\(?(?P<k>\d{1,2})/(?P<n>\d{1,2})\)?$")


def _posts(lines: list[str]) -> list[tuple[str, str, list[str]]]:
    """The posts of a timeline: (account name, handle, the text's lines), in order."""
    posts: list[tuple[str, str, list[str]]] = []
    i = 0
    while i < len(lines):
        head = _HANDLE.fullmatch(lines[i])
        name = head and (head.group("name") or (lines[i - 1] if i else ""))
        after = lines[i + 1 : i + 3]
        if head and (head.group("time") or after[:1] == ["·"] and len(after) > 1 and _POST_AGE.fullmatch(after[1])):
            if posts and not head.group("name") and posts[-1][2][-1:] == [name]:
                posts[-1][2].pop()  # the name over the handle is this post's, not the last one's text
            posts.append((name or "", head.group("handle"), []))
            i += 1 if head.group("time") else 3
            continue
        if posts:
            posts[-1][2].append(lines[i])
        i += 1
    return posts


def thread_page(text: str) -> str:
    """A thread copied off a social network's timeline, its posts numbered ('(2/9)'): the
    account's name, the first post as the headline and the others' text, in order. The account's
    other posts (a pinned one, a newer one), the replies, the counters and the numbers go. Any
    other page is returned as it is."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    posts = _posts(lines)
    # A story quoting a thread has told its own news first ('…밝혔다.'); a timeline has not.
    opening = itertools.takewhile(lambda line: not _HANDLE.fullmatch(line), lines)
    if any(len(line) >= 60 and re.search(r"다[.!?][\"'”’)]?$", line) for line in opening):
        return text
    numbered: dict[tuple[str, int], list[str]] = {}
    for _name, handle, said in posts:
        # (The number ends the post's last line that has one: its card may follow.)
        found = next(((k, m) for k in reversed(range(len(said))) if (m := _THREAD_NUMBER.search(said[k]))), None)
        if found is not None:
            end, m = found
            numbered[(handle, int(m.group("k")))] = [*said[:end], said[end][: m.start()].strip(), *said[end + 1 :]]
    owner, count = collections.Counter(handle for handle, _ in numbered).most_common(1)[0] if numbered else ("", 0)
    if count < 3:
        return text
    name = next(name for name, handle, _ in posts if handle == owner)
    parts = [numbered[(owner, k)] for k in sorted(k for handle, k in numbered if handle == owner)]
    headline = re.sub(r"^\[(?:스레드|thread|타래)\]\s*", "", parts[0][0], flags=re.I).strip()
    said = [line for part in parts for line in (part[1:] if part is parts[0] else part)]
    # What follows the last post's text is its link's card: the address and the headline cut short.
    said = [line for line in said if not _COUNTER_LINE.fullmatch(line) and not line.startswith(headline[:20])]
    return "\n".join([name, headline, "", *said]) + "\n"


# A browser tab's title: the headline, then the site's name ('… 가동 - 가상일보', '… | 가상뉴스').
_TAB_TITLE = re.compile(r"(.+?)\s+[-|–]\s+\S.{0,20}")


def chat_page(text: str) -> str:
    """A messenger's copy ('[홍길동] [오전 8:48] …' a message) in which a message is the story's
    paragraph, or its headline over the rest pasted without the chat's marks: each such message
    on a line of its own under its sender and time, which go as the chat's. Any other page is
    returned as it is."""
    lines = text.split("\n")
    if sum(bool(_CHAT.match(line.strip())) for line in lines) < 2:
        return text
    out = []
    for i, line in enumerate(lines):
        head = _CHAT.match(line.strip())
        if head is None:
            out.append(line)
            continue
        said = line.strip()[head.end() :].strip()
        # (The next line with text is looked for from a message only: a page of blank lines is no square of its length.)
        below = next((rest.strip() for rest in lines[i + 1 :] if rest.strip()), "")
        headline = _headline_candidate(said) and _marked(said) and below != "" and not _CHAT.match(below)
        out += [head.group(), said] if _running_text(said) or headline else [line]
    return "\n".join(out)


# (Blanks of its own line only: '\s' would run over every blank line under each one, as their number squared.)
_REFERENCES = re.compile(r"^[ \t]*References[ \t]*$", re.M)
_REFERENCE = re.compile(r"^\s*\d+\. (?:https?|ftp|file|mailto):\S*$")
_LINK_NUMBER = re.compile(r"#?\[\d+\]|\[IMG\]")
_WRAP_CELLS = 60  # a text browser wraps at 79 columns: a line this wide went on in the next


# A screen reader's log of a page, each element read with its role ('링크, 뉴스', '제목 수준 1, …',
# 'heading level 1, …') and its lists opened and closed ('목록, 8개 항목', '목록 끝').
_SPOKEN_ROLE = re.compile(
    r"^(?:링크|방문한 링크|버튼|텍스트|그래픽|이미지|머리말(?: 수준 \d)?|제목 수준 \d"
    r"|link|visited link|button|text|graphic|image|heading level \d), (?=\S)",
    re.I,
)
_SPOKEN_LEVEL = re.compile(r"^(?:제목 수준|머리말 수준|heading level) \d, ", re.I)
_SPOKEN_LIST = re.compile(r"^(?:목록, \d+개 항목|목록 끝|list, \d+ items?|out of list)$", re.I)


def screen_reader_page(text: str) -> str:
    """A page as a screen reader read it out: each line without its role, the lists' marks gone (blank
    lines in their place: the lines keep their numbers). Any other page is returned as it is."""
    lines = text.split("\n")
    # (Four roles and a heading's level or a list's mark: a story on multimodal AI may list '텍스트, 이미지, …'.)
    structure = any(_SPOKEN_LIST.match(line.strip()) or _SPOKEN_LEVEL.match(line.strip()) for line in lines)
    if sum(bool(_SPOKEN_ROLE.match(line.strip())) for line in lines) < 4 or not structure:
        return text
    return "\n".join("" if _SPOKEN_LIST.match(line.strip()) else _SPOKEN_ROLE.sub("", line.strip()) for line in lines)


def text_browser_page(text: str) -> str:
    """A page saved by a text browser (`lynx -dump`, w3m): every link numbered where it stands
    ('[12]로그인'), their addresses listed under 'References' at the end, and each paragraph
    wrapped at 79 columns, a Hangul letter taking two. The numbers and the list go; wrapped lines
    are joined again. Any other page is returned as it is."""
    found = list(_REFERENCES.finditer(text))
    listed = text[found[-1].end() :].split("\n") if found else []
    addresses = [line for line in listed if line.strip()]
    if not addresses or not all(_REFERENCE.match(line) for line in addresses[:5]):
        return text
    # Its numbers stand before the links' words, menus' lines opening with them ('[4]로그인'),
    # where an essay's citations follow the words they support ('…했다[1].').
    if len(re.findall(r"^\s*\[\d+\]\S", text, re.M)) < 3:
        return text
    out: list[str] = []
    # The line being joined to, and the width and margin of the line just read: a centred
    # headline is no paragraph's first line.
    joining, width, margin = None, 0, 0
    for line in text[: found[-1].start()].split("\n"):
        line = _LINK_NUMBER.sub("", line).rstrip()
        indent = len(line) - len(line.lstrip())
        goes_on = not re.search(r"[.?!\"”’]$", out[joining].rstrip()) if joining is not None else False
        new_block = re.match(r"\s*(?:[-―*•·▶■◆▲●]|[QA]\.|\d+[.)]\s)", line) or re.search(
            r"\d[./-]\d{1,2}[./-]\d|기자", line
        )
        if line.strip() and goes_on and not new_block and width >= _WRAP_CELLS and indent == margin:
            out[joining] += " " + line.strip()
            out.append("")  # (a line still: the page's other lines keep their numbers)
        else:
            out.append(line)
            joining = len(out) - 1 if line.strip() else None
        width, margin = cells(line), indent
    return "\n".join(out)


# A line that ends a sentence, a quote or a bracket, and one that opens a block of its own: neither
# is a line a width broke in two.
_CLOSED = re.compile(r"(?:[.!?。…\"”’')」』>\]]|다)$")
_SENTENCE_CLOSED = re.compile(r"(?:[.!?。…]|다)[\"”’')」』]*$")  # (a quote alone closes none: '… 'AI 안내'')
_OPENS_BLOCK = re.compile(r"\s*(?:[-―*•·▶■◆▲●☞※△]|[QA][.:]|\d+[.)]\s|\[|【|<)")
_LONGEST_WORD = 12  # past this, a next line's first word is a link or a name run together, not a word that did not fit


def hard_wrapped_page(text: str) -> str:
    """A page whose paragraphs were broken at a width (pasted through an editor or a mail program,
    an e-paper's text view): each line of a paragraph but its last is as full as the width lets
    it be, the next line's first word not fitting on it. Read at the width (in letters, or in
    columns where a Hangul letter takes two) at which most such runs of lines end a sentence, and
    only when three or more do: a list of headlines or a footer's fields end none. Their lines are
    joined again; any other page is returned as it is."""
    lines = text.split("\n")
    # (A width of 30 letters or 60 columns at least: a poem's lines, a phone's narrow screen, are shorter.)
    runs = max(
        (_wrapped_runs(lines, measure, narrowest) for measure, narrowest in ((len, 30), (cells, 60))),
        key=lambda r: (len(r), _joins(r)),
    )
    if len(runs) < 3 or _joins(runs) < 4:
        return text
    # (From the last run up, so the runs above keep their places.)
    for first, last in reversed(runs):
        lines[first : last + 1] = [" ".join(line.strip() for line in lines[first : last + 1])]
    return "\n".join(lines)


_LONGEST_COPY = 400  # lines of a block pasted twice: a whole page's


def doubled_page(text: str) -> str:
    """A page with a run of its lines pasted twice over, the second copy right after the first (its
    headline, byline and lede again, or a caption and two paragraphs): the second copy goes, its
    lines left blank. Runs of one line, or with no paragraph of prose (a refrain), stay."""
    lines = text.split("\n")
    shown = [n for n, line in enumerate(lines) if line.strip()]
    keys = [lines[n].strip() for n in shown]
    seen: dict[str, int] = {}  # a line -> where it last stood, counted in shown lines
    at = 0
    while at < len(keys):
        before = seen.get(keys[at])
        size = at - before if before is not None else 0
        # (A page's worth at most: compared whole, runs as long as the page would take time as its square.)
        copied = 2 <= size <= _LONGEST_COPY and keys[at : at + size] == keys[before:at]
        # (Prose, a paragraph of it: a poem's or a song's lines may say a stanza twice.)
        if copied and any(len(key) >= 40 and is_sentence(key) for key in keys[before:at]):
            for n in shown[at : at + size]:
                lines[n] = ""
            at += size
            continue
        seen[keys[at]] = at
        at += 1
    return "\n".join(lines)


def _joins(runs: list[tuple[int, int]]) -> int:
    return sum(last - first for first, last in runs)


def _wrapped_runs(lines: list[str], measure: Callable[[str], int], narrowest: int) -> list[tuple[int, int]]:
    """(first, last) line of each run broken at the width that gives the most runs ending a sentence."""
    sizes = [measure(line.strip()) for line in lines]
    words = [line.split() for line in lines]
    end = max((n for n, line in enumerate(lines) if line.strip()), default=0)
    # A page broken at a width holds no sentence wider than it: a story that quotes a poem, an
    # interview's questions or a list without its marks, its lines all alike, has other paragraphs.
    widest = max((sizes[n] for n in range(len(lines)) if len(words[n]) >= 3 and is_sentence(lines[n])), default=0)

    def widths(n: int) -> range:
        """The widths at which line n is full: within a fifth of the width, the next line's first word
        past it, the next line no wider."""
        if len(words[n]) < 3 or not words[n + 1] or _CLOSED.search(lines[n].rstrip()):
            return range(0)
        if _OPENS_BLOCK.match(lines[n + 1]):
            return range(0)
        first = measure(words[n + 1][0])
        if first > _LONGEST_WORD:
            return range(0)
        return range(max(sizes[n], sizes[n + 1], narrowest, widest), min(sizes[n] + first, sizes[n] * 5 // 4) + 1)

    full_at = [widths(n) for n in range(len(lines) - 1)]
    # (Each line counts at a few widths: the likeliest are found in one pass, whatever the page's length.)
    counts = collections.Counter(width for found in full_at for width in found)
    best: list[tuple[int, int]] = []
    for width, _ in counts.most_common(3):
        runs, n = [], 0
        while n < len(full_at):
            last = n
            while last < len(full_at) and width in full_at[last]:
                last += 1
            if last > n and (_SENTENCE_CLOSED.search(lines[last].rstrip()) or last == end):
                runs.append((n, last))
            n = last + 1
        best = max(best, runs, key=lambda r: (len(r), _joins(r)))
    return best


def _unwrapped(line: str) -> str:
    """A line copied with the element around it ('<p>…</p>') as its text: ingest escapes
    markup anyway, and the text is the article's."""
    m = _WRAPPED.match(line)
    return m.group(2).strip() if m else line


def _cells_parted(line: str) -> str:
    """A line whose cells were copied glued or labelled, as two elements of a page become one line:
    a reporter's role glued to the stamp after it ('홍길동 기자입력 2024-05-17 07:30') is set apart,
    and '공개' (made public) there read as '입력' (elsewhere it ends headlines, '… 비서 공개
    2026.12.03.'); a board's field of the post's title is the title alone ('제목 | 가상전자, …'), as is a
    letter's title after its issue's number ('제37호 | …')."""
    line = _ROLE_STAMP.sub(r"\1 ", line)
    line = _ROLE_OPENED.sub(r"\1 입력", line)
    # (Not a mail's header, '제목: …', nor a table's row, '제1호\t에너지 공급\t…'.)
    return re.sub(r"^(?:제목\s*(?:[|｜]|\t)|제\s?\d{1,4}\s?호\s*[|｜])\s*(?=\S)", "", line)


# An issue's number before a letter's headline, after a bar or a spaced dash: 'Vol.37 | …', '제37호 - …'
# (not '제3호-2 안건', nor a ranked item's '#1 - …'); cut off the headline only, as a story may list
# a series' issues so ('Vol.52 | 오픈소스 모델의 반격').
ISSUE_BEFORE_TITLE = re.compile(
    r"^(?:제\s?\d{1,4}\s?호|(?:Vol|Issue)\.?\s?\d{1,4})\s*(?:[|｜]|\s[-–—]\s)\s*(?=\S)"
    # (Or a report series' tag with the issue's number: '[경제주평 24-08 (통권 1,002호)] …'.)
    r"|^\[[^\[\]]{2,20}?\s\d{2}-\d{1,3}(?:\s?\((?:통권\s?)?[\d,]+호\))?\]\s*(?=\S)"
    # (Or a clipping service's mark: '[스크랩] …'.)
    r"|^\[스크랩\]\s*(?=\S)",
    re.I,
)


_ROLE = r"((?:(?:선임|수석|객원|전문)?기자|특파원|에디터))"
_DAY_AFTER = r"\s*[:：]?\s*\d{2,4}[-./]\s?\d"  # (a stamp's day follows: not '기자 공개 1부와 …')
_ROLE_STAMP = re.compile(rf"(?<=[가-힣]\s){_ROLE}(?=(?:기사)?(?:입력|승인|등록|송고|게재|발행){_DAY_AFTER})")
_ROLE_OPENED = re.compile(rf"(?<=[가-힣]\s){_ROLE}\s?공개(?={_DAY_AFTER})")


_Item = TypeVar("_Item")


def _from(items: list[_Item], start: int) -> Iterator[_Item]:
    """`items[start:]` read one at a time, not copied: a takewhile from every line of a page copied
    the rest of it at each (a seed of 100,000 one-letter lines took 40 s)."""
    return map(items.__getitem__, range(start, len(items)))


def _at(n: int, header: list[tuple[int, str]]) -> int:
    """Where line `n` stands in the header."""
    return next(i for i, (m, _) in enumerate(header) if m == n)


# A reader view's reading time under the byline: '4–5 minutes', '5분'.
_READING_TIME_ALONE = re.compile(r"(?:약\s?)?\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s?(?:minutes?|분)")


def _over_date(n: int, header: list[tuple[int, str]], reasons: dict[int, str | None]) -> bool:
    """Whether the line stands right over a date alone (or a reader view's reading time), and is
    not a column's label ('뉴스분석', '팩트체크', '기자수첩'), which stands there too."""
    at = _at(n, header)
    label = re.search(r"(?:뉴스|분석|체크|수첩|칼럼|기획|리포트|포커스|브리핑|인터뷰)$", header[at][1])
    under = header[at + 1] if at + 1 < len(header) else None
    return (
        not label
        and under is not None
        and (reasons[under[0]] == "date strip" or bool(_READING_TIME_ALONE.fullmatch(under[1])))
    )


def _headline_to_come(header: list[tuple[int, str]], n: int, reasons: dict[int, str | None]) -> bool:
    """Whether a line that reads as a headline stands under line `n`: a masthead's line is never the page's only one."""
    return any(reasons[m] is None and _headline_candidate(rest) for m, rest in header[_at(n, header) + 1 :])


def _headline_over_byline(
    header: list[tuple[int, str]], reasons: dict[int, str | None], title_line: int | None, lex: Lexicon
) -> int | None:
    """Where in `header` the story's headline stands when the line taken for it (`title_line`) is not
    over the story's byline: the first of the decks right over a byline that names a reporter,
    one with a headline's marks, when more than a toolbar stands between it and the line taken
    (a headline over its toolbar, or printed again, and its deck keeps its place)."""
    if title_line is None:
        return None
    at = _at(title_line, header)
    if at + 1 < len(header) and reasons[header[at + 1][0]] == "byline date":
        return None  # the headline with its own stamp: '입력 …' under it
    role = bylines(lex).role
    signed = next(
        (
            i
            for i in range(at + 1, len(header))
            if reasons[header[i][0]] in ("byline", "byline date")
            and any(
                reasons[m] == "byline" or re.search(role, rest)
                for m, rest in itertools.takewhile(
                    lambda entry: reasons[entry[0]] in ("byline", "byline date"), header[i:]
                )
            )
        ),
        None,
    )
    if signed is None:
        return None
    top = signed
    while top - 1 > at and reasons[header[top - 1][0]] == "deck" and _story_headline(header[top - 1][1]):
        top -= 1
    if top == signed and not _marked(header[at][1]):
        # (Under a line with no headline's marks, an app's header over its bar ('가상동 소식' over '<' /
        # '공유' / the outlet's name), the headline may stand over its stamps over the byline: '2025.10.01.
        # 오후 2:17' over '홍길동 기자 ✉'. Not a photo's caption under its credit.)
        stamps = signed
        while stamps - 1 > at and reasons[header[stamps - 1][0]] in ("date line", "byline date"):
            stamps -= 1
        under = stamps
        while (
            under - 1 > at and reasons[header[under - 1][0]] in (None, "deck") and _story_headline(header[under - 1][1])
        ):
            under -= 1
        if {reasons[n] for n, _ in header[at + 1 : under]} <= {"fragment", "widget", "outlet name", "section label"}:
            signed, top = stamps, under
    # (A path printed under the headline sets nothing apart: '홈 > 산업 > AI' over its deck.)
    between = {reasons[n] for n, line in header[at + 1 : top] if not (reasons[n] == "menu" and ">" in line)}
    # (Printed again over its decks, or twice in a row, the headline is the line taken, whatever
    # stands between.)
    again = "title repeated" in between or fold(header[at + 1][1]) == fold(header[at][1])
    # (A banner in Latin letters over a Korean headline, a series' or a section's ('Korean Company
    # ‘Credit Story’'), is no headline of the story, whatever stands between.)
    banner = not KOREAN.search(header[at][1]) and bool(KOREAN.search(header[top][1]))
    # (Nor does a photo's caption under the headline, over its deck: '[르포] "…"' / '지난 17일 … (사진=…)' / '…'.)
    if top == signed or top - 1 == at or again or between <= {"widget", "deck", "caption"} and not banner:
        return None
    return top if _marked(header[top][1]) else None


_COPYRIGHT_MARK = re.compile(r"ⓒ|©|\(c\)|copyright", re.I)


def _bare_name(name: str) -> str:
    """An outlet's name as compared: 'The Korea Bizwire' is 'Korea Bizwire'."""
    return re.sub(r"^the\s+", "", fold(name).strip(" .").casefold()) if name else ""


def _headline_under_outlet(
    header: list[tuple[int, str]], reasons: dict[int, str | None], title_line: int
) -> tuple[int, str] | None:
    """The headline under the outlet's name taken for it: of the lines reading as one (not a path, 'Insight
    > 기술·산업', nor a date), those right over the byline or stamp when some are: the first of two (the
    headline over its deck), the last of three or more (a list of other stories over the headline)."""
    found = {
        n: line
        for n, line in header
        if n > title_line
        and reasons[n] in (None, "deck")
        and " > " not in line
        and _headline_candidate(line)
        and _story_headline(line)
        and not re.search(DATE, line)
        and not re.search(ENGLISH_DATE, line)
    }
    stamped = {n for n, _ in header if reasons[n] in ("byline", "byline date", "date line")}
    top = next((n for n in found if n + 1 in stamped), next(iter(found), None))
    run = [top] if top is not None else []
    while run and run[0] - 1 in found:
        run.insert(0, run[0] - 1)
    top = run[0] if len(run) == 2 else top
    return (top, found[top]) if top is not None else None


def _retitle(
    out: Cleaned, entry: tuple[int, str], header: list[tuple[int, str]], reasons: dict[int, str | None]
) -> None:
    """Take the header's line `entry` for the headline in place of the one taken before, with the
    decks under it. What stood between the two with no reason yet is the site's, as over any headline: a
    newsletter's name ('Legal Update | TMT·AI')."""
    for n, _line in header:
        if out.title_line is not None and out.title_line < n < entry[0]:
            reasons[n] = reasons[n] or "section label"
    out.title_line, out.title = entry
    reasons[entry[0]] = "title"
    out.deck = [line for n, line in header if n > entry[0] and reasons[n] == "deck"]


def _pasted_headline(
    header: list[tuple[int, str]], reasons: dict[int, str | None], title_line: int, title: str
) -> tuple[int, str] | None:
    """The story's own headline in a board's post of it, under the post's title (`title_line`): the first line
    under where the post names the story's source ('출처 : 가상포커스', '원문 : http://…') or says it pastes one
    ('기사 퍼옵니다.'); or, under the post's counters ('조회 1204' / '추천 38' / '댓글 27'), the one with a
    headline's marks right over the story's own stamp or reporter. (Not under a clipping's source naming its
    edition, which stands under the story's headline: see CLIPPING_SOURCE.)"""
    at = _at(title_line, header)
    near = range(at + 1, min(at + 7, len(header)))
    source = next((i for i in near if _pasted_from(header[i][1]) and reasons[header[i][0]] != "reprint note"), None)
    if source is not None:
        under = [entry for entry in header[source + 1 :] if reasons[entry[0]] in (None, "deck")]
        if under and _headline_candidate(under[0][1]) and fold(under[0][1]) != fold(title):
            return under[0]
    counted = [i for i in range(at + 1, len(header)) if reasons[header[i][0]] == "counter"]
    if len(counted) < 2:
        return None
    stamps = ("byline", "byline date", "date line")
    stamp = next((i for i in range(counted[-1] + 1, len(header)) if reasons[header[i][0]] in stamps), None)
    if stamp is None:
        return None
    first = stamp
    while first - 1 > counted[-1] and reasons[header[first - 1][0]] in (None, "deck"):
        first -= 1
    return next((entry for entry in header[first:stamp] if _headline_candidate(entry[1]) and _marked(entry[1])), None)


def _headline_under_menu(
    header: list[tuple[int, str]], reasons: dict[int, str | None], title_line: int | None, lex: Lexicon
) -> int | None:
    """Where in `header` the story's headline stands when the line taken for it is the site's: a few
    words in Latin letters with no headline's marks (its name or slogan, 'Orbit Cloud Meetup!', 'The
    Gasang Press since 1950') over a menu printed an item a line, four items or more, one of them a
    section ('전체', '뉴스', 'HOME'; not a share bar's '공유' / '스크랩', nor a blog post's few tags), and
    only the site's lines between it and a Korean line reading as a headline. A slogan in Korean is known
    by its place, right under the site's name at the top of the page, and by what it calls the site ('군민과
    함께 걸어온 지역 언론', '… 정론지'; not a short headline over the menu, '가상전자 AI 비서 정식 출시')."""
    at = _at(title_line, header) if title_line is not None else None
    if at is None or _marked(header[at][1]) or len(re.findall(r"[^\s·]+", header[at][1])) > 6:
        return None
    slogan = at == 1 and reasons[header[0][0]] in ("section label", "outlet name") and _PRESS_WORD.search(header[at][1])
    if KOREAN.search(header[at][1]) and not slogan:
        return None
    run: list[tuple[int, str]] = []
    buttons = 0
    menu = False
    # (A slogan needs no menu under it, only the site's lines: '가상일보' / '충북 · 세종 대표 언론' / '☰ 전체메뉴'
    # / '청주' over the headline; a headline and its deck stand together.)
    apart = False
    for i in range(at + 1, len(header)):
        n, line = header[i]
        story = reasons[n] in (None, "deck", "byline", "byline date", "title repeated")
        apart = apart or not story
        if not story and _MENU_ITEM.fullmatch(line):
            # (A site's buttons among its menu count, as 'English' / '로그인'; not a share bar's alone,
            # '공유' / '스크랩'.)
            if _buttons(lex).search(line):
                buttons += 1
            else:
                run.append((n, line))
            menu = menu or (
                len(run) >= 2
                and len(run) + buttons >= 4
                and any(reasons[m] == "section label" or item in lex.sections for m, item in run)
            )
            continue
        buttons = 0
        run = []
        if not story:
            continue
        headline = _headline_candidate(line) and _story_headline(line) and KOREAN.search(line)
        taken = (menu or slogan and apart) and reasons[n] in (None, "deck") and headline
        return i if taken else None  # (else the line taken stands)
    return None


_PRESS_WORD = re.compile(rf"(?:언론|정론지?|매체|저널|{_OUTLET_WORDS})$")


def _story_headline(line: str) -> bool:
    """A headline or deck over a story's byline: not a note's sentences ('… 정리할 것. 음저협 …'), a
    labelled note ('메모: …') or a series' label with its number ('… 동료 시대 ①')."""
    labelled = re.match(r"[^:：\s]{1,6}\s?[:：]", line)
    return _headline_over(line) and not re.search(r"[.。]\s", line) and not labelled and line[-1:] not in CIRCLED


def _beside_stamp(
    n: int,
    header: list[tuple[int, str]],
    reasons: dict[int, str | None],
    stamps: tuple[str, ...] = ("byline date", "date line"),
) -> bool:
    at = _at(n, header)
    near = header[max(0, at - 1) : at] + header[at + 1 : at + 2]
    # (A stamp below, read later in the header's pass: '25.04.24 11:02최종 업데이트 25.04.24 11:47'.)
    return any(reasons[m] in stamps or reasons[m] is None and _stamp_shaped(text) for m, text in near)


def _stamp_shaped(line: str) -> bool:
    """A day and a time no date pattern reads ('등록 25.03.04 14:22'): a stamp all the same."""
    return bool(re.search(r"\d:\d\d", line) and re.search(r"\d[./-]\d{1,2}[./-]\d{1,2}", line))


# The heading of the readers' comments: '댓글 3', '댓글', '로그인하고 댓글을 남겨주세요'.
# (Its count bare, or set apart, as a board prints it: '댓글 12', '댓글 • [23]', '댓글 (5)'; or '댓글목록'.)
COMMENTS_HEADING = re.compile(
    r"^(?:(?:댓글|의견|comments?)\s*(?:[•·:|]\s*)?(?:\d+|\[\d+\]|\(\d+\)|목록)?|로그인하고 댓글을.*)$", re.I
)
_SUMMARY_MARKS = ("AI 요약", "요약")  # not the toolbars' 요약봇 buttons: no summary follows them
# (An app's casual form, no story's sentence: '가상증권 AI가 뉴스를 요약했어요'.)
_AI_SUMMARY_HEADING = re.compile(r"^(?:\S{1,12}\s)?AI가\s?(?:뉴스|기사|본문)[을를]?\s?요약했어요$")
_STAMP_REASONS = ("byline date", "date line", "date strip", "byline")
_DAY_REASONS = _STAMP_REASONS[:3]  # a day's, not a byline's
# What the next story's headline may have been read as: a link's, under a bar or the site's '다른기사 보기',
# or a line past the story's end.
_NEXT_FREE = (None, "related", "after article end")


def _next_story(body: list[tuple[int, str]], j: int, reasons: dict[int, str | None], bar: bool) -> bool:
    """Whether line j of `body` is the headline of the next story a page ran on into: its own stamp
    under it, within three lines (a box story under the story has its byline alone), and its
    paragraphs under that. (Read as a link's and not under a bar, a labelled stamp: a list of
    related headlines may date each one.)"""
    n, headline = body[j]
    if reasons[n] not in _NEXT_FREE:
        return False
    stamps = _DAY_REASONS if bar or reasons[n] != "related" else ("byline date",)
    stamped = any(reasons[k] in stamps for k, _ in body[j + 1 : j + 4])
    # (Unless a bar says so, its own story goes on under it, past its stamps and its toolbar's buttons: a
    # story may print its stamp under a link.)
    story = bar or any(reasons[k] in _NEXT_FREE and _running_text(text) for k, text in body[j + 2 : j + 12])
    return stamped and story and _headline_candidate(headline) and not _running_text(headline)


# A bar over the next story a site's scroll loads under this one: '다음 기사', '▶ 다음 뉴스', 'NEXT'.
_NEXT_BAR = re.compile(
    r"[▶▷>»\s]*(?:다음\s?(?:기사|뉴스)|NEXT(?: (?:ARTICLE|STORY))?|Next(?: [Aa]rticle| [Ss]tory)?|Up [Nn]ext)[▶▷>»\s]*"
)


def _list_item(line: str) -> bool:
    """A line that can be an item of a list of headlines: no running text, no subheading ('■ …')
    and no interview question ('Q. …?')."""
    return not (_running_text(line) or re.match(r"[■◆●▲□◇]|[QA][.:]\s", line) or line.rstrip().endswith("?"))


def _running_text(line: str) -> bool:
    """A body line: a sentence with its final period, or a long one. Headlines often end in a
    quotation ('…“월가는 하품했다”') but without the period running text carries. A long line of
    sentences may end in a question, or a quoted one ('… 글을 보냅니다. … 그림이 아닌가요?', '… 흘러나왔다.
    "… 걸어 보시겠어요?"')."""
    parts = sentences(line)
    asks = bool(parts) and parts[-1].rstrip(CLOSERS).endswith("?")
    if len(line) >= 60 and asks and any(map(is_sentence, parts[:-1])):
        return True
    return is_sentence(line) and (len(line) >= 60 or len(line) >= 25 and bool(re.search(r"[.。][^.。]{0,3}$", line)))


def _substantial(line: str) -> bool:
    return is_sentence(line) and len(line) >= 60


def _crumb(n: int, header: list[tuple[int, str]], reasons: dict[int, str | None]) -> bool:
    """Whether the header's line `n` is a path of short steps whose first is a name the page prints
    over it, its site's or its menu's: 'Bio통신원 > 연구 트렌드' under 'Bio통신원', '가상망 한국어판>>과학기술'
    under '가상망 한국어판', '스토리 · 일하는 방식' under '스토리' (not a headline's 'Gemini > ChatGPT',
    'HBM4 >> HBM3E 대역폭 두 배')."""
    at = _at(n, header)
    line = header[at][1]
    # (Or from the home page without marks, each step the menu's over it: 'HOME 반도체·부품' under '반도체·부품';
    # not a headline's '홈 6연승 LG·두산 …', a home game's.)
    home, _, path = line.partition(" ")
    if home in ("HOME", "Home", "홈") and path:
        return all(any(rest == step for _, rest in header[:at]) for step in path.split())
    # (Or a section and its part, a space apart, the section printed alone over them: '유통 IT·가전' under '유통'.)
    section, _, part = line.partition(" ")
    pair = part and _MENU_ITEM.fullmatch(section) and _MENU_ITEM.fullmatch(part) and " " not in part
    over = pair and any(rest == section for _, rest in header[:at])
    if over and any(reasons[m] is None and _headline_candidate(rest) for m, rest in header[at + 1 :]):
        return True
    steps = re.split(r"\s*>>?\s*|\s[·|]\s", line)
    # (A path's last step may be a programme's name of a few words: '오디오 > 포스트잇 테크 수다'.)
    last = ">" in line and re.fullmatch(
        rf"[^\s{_MARKS}!.:;()\[\]]{{1,12}}(?: [^\s{_MARKS}!.:;()\[\]]{{1,12}}){{0,3}}", steps[-1]
    )
    if not 2 <= len(steps) <= 4 or any(not _MENU_ITEM.fullmatch(step) for step in steps[:-1]):
        return False
    if not (_MENU_ITEM.fullmatch(steps[-1]) or last):
        return False
    # (Steps set apart by a dot or a bar are a headline's too, '엔비디아 · 오픈AI 동맹', unless one stands under them.)
    headed = ">" in line or any(reasons[m] is None and _headline_candidate(rest) for m, rest in header[at + 1 :])
    # (The first step printed over it alone, or as an item of the menu: '뉴스 | 테크 | 오디오 | 영상'.)
    return headed and any(
        rest == steps[0] or reasons[m] == "menu" and steps[0] in re.split(r"\s*[|｜]\s*|\s+", rest)
        for m, rest in header[:at]
    )


def _menu_over_its_path(n: int, header: list[tuple[int, str]], lex: Lexicon) -> bool:
    """Whether the header's line `n` is a short menu of sections over the path to the story's, whose steps are
    among its words: '정책 학교 대학 에듀테크 오피니언' over 'HOME 에듀테크' (or 'HOME > 에듀테크')."""
    at = _at(n, header)
    words = header[at][1].split()
    below = next((line for _, line in header[at + 1 :] if line.strip()), "")
    home, _, path = below.strip().partition(" ")
    steps = [step for step in re.split(r"\s*[>›]\s*|\s+", path) if step]
    homed = home in ("HOME", "Home", "홈") and bool(steps)
    known = sum(word in lex.sections or word in lex.topics or word in lex.section_words for word in words)
    menu = len(words) >= 3 and known >= 2 and not _marked(header[at][1])
    return homed and menu and all(step in words for step in steps)


def _listed(line: str, header: list[tuple[int, str]]) -> bool:
    """A list's numbered item, the number before or after it on another line ('1. [가상신문] …',
    '2. …', a newsletter's '① …' over '② …'): a numbered headline stands alone ('1. 대학 입시,
    무엇이 바뀌나')."""
    number = re.match(r"(\d{1,2})\.\s", line)
    near = tuple(f"{int(number.group(1)) + step}. " for step in (-1, 1)) if number else ()
    if line[:1] in CIRCLED:
        at = CIRCLED.index(line[0])
        near = tuple(CIRCLED[at + step] for step in (-1, 1) if 0 <= at + step < len(CIRCLED))
    return bool(near) and any(rest.startswith(near) for _, rest in header)


def _captioned(line: str) -> bool:
    """A photo's caption by its credit or by whom it shows from the left ('… 왼쪽부터 홍길동, 김철수. ⓒ가상재단'): no
    headline, though it may read as one, the story's deck under it."""
    return re.search(r"[ⓒ©]\s?[A-Za-z가-힣]|(?:^|\.\s)왼쪽부터\s", line) is not None


def _roundup_item(
    n: int, line: str, lines: list[tuple[int, str]], title_line: int | None, reasons: dict[int, str | None]
) -> bool:
    """A roundup's first item, the item's story under it before the next ('① …' over its paragraph, then '② …'):
    not a deck, as a summary's points are, one under another, nor a numbered deck right under the headline over
    the story's stamp or byline."""
    if not _listed(line, lines):
        return False
    under = next((m for m, text in lines if m > (title_line or 0) and text.strip()), None)
    following = (m for m, text in lines if m > n and (NUMBERED.match(text) or reasons[m] in _STAMP_REASONS))
    if n == under and reasons.get(next(following, -1)) in _STAMP_REASONS:
        return False
    before = next((text for m, text in reversed(lines) if m < n and text.strip()), "")
    after = next((text for m, text in lines if m > n and text.strip()), "")
    # (Nothing under it, no item's story.)
    return bool(before and after) and not any(NUMBERED.match(side) for side in (before, after))


def _headline_over(line: str) -> bool:
    """A headline over what follows it: one that ends with a quoted sentence too ('…"돈 번다"'),
    but with no full stop, which the paragraph before a story's next part has."""
    return _headline_candidate(line) and not re.search(r"[.。]$", line)


# A body's name in English: its words (no figures), one of them a body's ('Ministry of Science and
# ICT', 'Seoul Metropolitan Government'); a headline in English names no such word ('OpenAI Unveils …').
_BODY_IN_ENGLISH = re.compile(
    r"(?=.*\b(?i:Ministry|Agency|Office|Government|Council|Commission|Institute|Administration|Service|Bureau"
    r"|Department|Authority|Foundation|Corporation|Board)\b)[A-Z][A-Za-z&.'-]*(?:\s(?:of|and|for|the|on|in|&"
    r"|[A-Z][A-Za-z&.'-]*)){1,11}"
)


_BODY_IN_HANGUL = re.compile(
    r"(?:[가-힣·()]{1,14}\s)?[가-힣·()]{0,14}(?:법률사무소|법무법인|회계법인|연구원|연구소|협회|재단|진흥원|학회|컨설팅)"
)
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z&.'-]+(?: [A-Z][A-Z&.'-]+){1,3}")
LATIN_WRITER = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")  # 'Jane Doe', 'Kim Min-ji'
_ENGLISH_POST = re.compile(
    r"(?:(?:Senior|Staff|Contributing|Chief|Managing|Associate|Deputy)\s)?(?:Writer|Editor|Reporter|Correspondent|Columnist"
    r"|Contributor)"
)


def _reports_writer(
    line: str, n: int, header: list[tuple[int, str]], reasons: dict[int, str | None], title: str
) -> bool:
    """Whether `line` is a research report's writer with a researcher's post, beside the report's
    day, under a headline with no label ('[인터뷰]' names whom a researcher spoke to)."""
    researcher = re.search(r"(?:책임|선임|수석|전임|객원)?연구(?:원|위원)$", line)
    return bool(researcher) and not _COLUMN_KICKER.match(title) and _beside_stamp(n, header, reasons, _STAMP_REASONS)


def _writers_box(n: int, header: list[tuple[int, str]], reasons: dict[int, str | None], lex: Lexicon) -> int | None:
    """The line of the writer's name alone in a box whose posts line `n` is one of ('홍길동' over
    '가상대 정보보호학과 교수', '가상대 공학 박사'), or None: the school there names no writer. (The box
    stands under the headline, not over it: '인사이트' over the headline boxes no post under it.)"""
    words = {*lex.widgets, *lex.not_names, *lex.sections}  # ('공유' over it is a button)
    at = _at(n, header)
    for i in range(at - 1, max(at - 6, -1), -1):
        above = header[i][1]
        if reasons[header[i][0]] == "title":
            return None
        if family_named(above) and name_alone(above, lex) and above not in words:
            return header[i][0]
        if len(above) > 40 or is_sentence(above):  # (the posts run on, short: '가상교원대 교육과 교수')
            return None
    return None


_PUBLICATION_IN_ENGLISH = re.compile(
    r"(?:(?:[A-Z][A-Za-z'’&.]*|&)\s){1,3}"
    r"(?:Newspaper|NEWSPAPER|News|NEWS|Times|TIMES|Daily|DAILY|Herald|HERALD|Journal|JOURNAL|Weekly|WEEKLY|Korea|KOREA)"
)


_TODAY = re.compile(
    r"(?:\d{4}년\s*\d{1,2}월\s*\d{1,2}일|\d{4}[.-]\s?\d{1,2}[.-]\s?\d{1,2}\.?)\s*\(?[월화수목금토일](?:요일)?\)?"
)


def _name_in_english(line: str, n: int, header: list[tuple[int, str]], reasons: dict[int, str | None]) -> bool:
    """Whether `line` is a body's name in English, as its logo prints it right under the Korean
    one ('과학기술정보통신부' over 'Ministry of Science and ICT'), over a headline in Hangul."""
    at = _at(n, header)
    above = header[at - 1] if at > 0 else (0, "")
    # ... or a publication's, under its Korean name atop the page ('The Gasang Newspaper') or atop the page
    # over its menu in capitals ('GASANG HEALTH KOREA' over 'FITNESS'; not a headline, 'Nvidia Eyes Korea').
    publication = bool(_PUBLICATION_IN_ENGLISH.fullmatch(line))
    named = re.fullmatch(f"[{HANGUL}]{{2,20}}", above[1]) is not None
    menu = at == 0 and at + 1 < len(header) and re.fullmatch(r"[A-Z][A-Z&]{1,11}", header[at + 1][1]) is not None
    # ... or a firm's or institute's Korean name under its logo's capitals atop the page ('KIM & CHANG' over
    # '김·장 법률사무소').
    logo = at == 1 and re.fullmatch(r"[A-Z][A-Z&.,' -]{2,40}", above[1]) is not None and _BODY_IN_HANGUL.fullmatch(line)
    body = named and bool(_BODY_IN_ENGLISH.fullmatch(line)) or publication and (named and at == 1 or menu) or bool(logo)
    return body and any(
        m > n and reasons[m] is None and re.search(f"[{HANGUL}]", later) and _headline_candidate(later)
        for m, later in header
    )


def _headline_candidate(line: str) -> bool:
    # (Nor a note: '※ 원내 배포용', '(연수 자료용 - 관련 기사)', nor an account's handle: 'womennews_official'.)
    if re.fullmatch(r"\[[^\]]{1,10}\]|[a-z0-9_.]+|\([^()]*\)", line) or line.startswith(("-", "■", "▶", "※")):
        return False
    # (Nor a menu's item, one word with its kind in brackets: '연구보고서(정책·연차)', '보도자료(국문)'.)
    if re.fullmatch(r"[가-힣A-Za-z]+\([^()\s]+\)", line):
        return False
    # (Nor a letter's greeting: '안녕하세요, 구독자 여러분', '뉴니커, 안녕! 오늘은 …'.)
    if _GREETING.match(line):
        return False
    # (Nor a breadcrumb from the home page, the story's headline its last step: '홈 > 바이오 > 제약사 …',
    # a series' label, its name alone ('연재 | 홍길동의 테크 돋보기', '칼럼 | 홍길동의 육아 읽기'; not '시리즈 |
    # 반도체 전쟁 ② 삼성의 승부수'),
    # or a story's categories in capitals: 'TECH · AI · CHIPS'; for a path of short steps, see `_crumb`.)
    if _NOT_HEADLINE.match(line):
        return False
    # (Nor a market ticker's item, listed: '• SMP(육지) 118.42원/kWh', '• 원/달러 1,391.5원'.)
    if (item := _BULLET.sub("", line)) != line and _TICKER_ITEM.fullmatch(item):
        return False
    # (Nor a writer's post on a column's card: '가상학회 인공지능위원회 위원', or a reporter's beat: '철도
    # 운영·차량 정비 담당'; nor a release's contact, its telephone number last: '센터장 홍길동 (02-000-0000)'.)
    if _writers_post(line) or _CONTACT_ROW.search(line):
        return False
    # (Nor a live score, nor a menu's item joined by '&': 'WATCH & JEWELRY', 'Tech & Science'; nor a
    # section's path of single words: 'Chips / Foundry'.)
    if _SCORE_ITEM.fullmatch(line) or re.fullmatch(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? & [A-Z][A-Za-z]+", line):
        return False
    if re.fullmatch(r"[A-Z가-힣][A-Za-z가-힣]*(?: / [A-Z가-힣][A-Za-z가-힣]*){1,3}", line):
        return False
    # (Nor one English word, a section's or topic's over an English headline: 'Semiconductors'.)
    if re.fullmatch(r"[A-Za-z][A-Za-z-]*", line):
        return False
    # (Nor a quote's move, no word in it: '▲ 1,500 (+2.15%)'; nor a figure under its label alone:
    # '거래량 18,442,310', 'KOSPI 2,650.12 ▲12.30'.)
    if len(_LETTER.findall(line)) < 2 or _quote_figure(line):
        return False
    punct = _marked(line) or "!" in line or "·" in line
    return 8 <= len(line) <= 120 and (len(line) >= 14 or punct)


def _writers_post(line: str) -> bool:
    """A line ending in a writer's post with no headline's marks nor anyone's name: '가상학회 인공지능위원회
    위원' on a columnist's card (not an appointment's headline, '가상위원회 부위원장에 홍길동 가상대 교수')."""
    named = any(len(word) == 3 and family_named(word) for word in re.findall(r"[가-힣]+", line))
    return re.search(rf"\s(?:{POSITION}|담당)$", line) is not None and not _marked(line) and not named


_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script
_REGION = "(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주|호남|영남|충청|전국)"
# A story's fields, three or more set apart by spaced dots: '인공지능(AI) · 개인정보·데이터 · TMT'.
FIELDS = re.compile(r"[^\s·]+(?:·[^\s·]+)*(?: · [^\s·]+(?:·[^\s·]+)*){2,}")
_NOT_HEADLINE = re.compile(
    rf"[ㆍ·]?{_REGION}(?:\s?[·/ㆍ]\s?{_REGION}){{1,5}}$|"  # a regional section: '부산·울산·경남', 'ㆍ대전 ㆍ세종'
    r"(?:홈|HOME|Home)\s*[>›»]|(?:연재|시리즈|기획연재|코너)\s*[|｜:：>]\s*[^,…'\"‘’“”①-⑳]{1,15}$"
    r"|(?:칼럼|기고|인터뷰)\s*[|｜:：>]\s*[가-힣]{2,4}의\s[^,…'\"‘’“”①-⑳]{1,12}$"
    r"|[A-Z0-9&]{2,15}(?:\s*[·|]\s*[A-Z0-9&]{2,15}){2,}$"
    # (nor a story's fields, `FIELDS`; nor a newsletter's English name over its field: 'Legal Update | TMT·AI')
    rf"|{FIELDS.pattern}$|(?:[A-Z][A-Za-z]*\s){{0,2}}[A-Z][A-Za-z]+\s?[|｜]\s?[A-Z0-9&]{{1,6}}(?:·[A-Z0-9&]{{1,6}})+$"
    r"|Vol\.?\s?\d{1,4}\s.{0,16}호$"  # (nor a webzine's issue: 'Vol.112 2025 여름호')
    # (nor a monthly's issue under its name: 'HR Insight 2024년 6월호'; not a new issue's notice, '[신간] …')
    r"|[^|｜\[\]]{0,20}\d{4}년\s?\d{1,2}월호$"
    # (nor a story's category, a commentary's byline, or a section with the story's age: '기사 분류 : 경제 > 금융',
    # 'Commentary by Jane Kim', '사회 · 3시간 전')
    r"|기사\s?분류\s*[:：]|(?:Commentary|Analysis|Opinion) by [A-Z]|\S{1,10} · \d{1,2}\s?(?:분|시간|일) 전$"
    r"|.{1,30}에\s플립함"  # (nor a curation app's note of who picked the story: '홍길동님이 '가상 매거진'에 플립함')
    # (nor a monthly's issue over the story's section or series: '2025년 12월호 | 기술', '[2025년 7월호] 특집 | …')
    r"|\[?\d{4}년\s?\d{1,2}월호\]?(?:\s*[|｜]\s*[^|｜…'\"‘’“”?,]{1,25}|\s*[^|｜\s][^|｜]{0,11}[|｜]\s*[^|｜]{1,30})$"
)
_QUOTE_FIGURE = re.compile(
    r"[^\d\s\[\]【】][^\d\[\]【】]{0,11}\s(?P<figure>[\d,]+(?:\.\d+)?)(?P<unit>\s?(?:원|달러|엔|%|주|배))?"
    r"(?P<move>(?:\s*[▲▼△▽]|\s+[+\-−])[\d,.%()+\-−\s]*)?"
)


def _quote_figure(line: str) -> bool:
    """A quote box's figure under its label: a price or a volume, bare, or with its move ('거래량
    18,442,310', 'KOSPI 2,650.12', '시간외 거래: 172.10 +0.44 (+0.26%)'). Not a count a subheading holds
    ('TOP 10'), a phone number ('고객센터 1588-1234'), nor a figure with its unit, which a headline or a
    story's list may be ('[속보] 환율 1,480원', '점유율 35.2%')."""
    m = _QUOTE_FIGURE.fullmatch(line)
    return m is not None and not m["figure"].isdigit() and (m["move"] is not None or m["unit"] is None)


@functools.lru_cache(maxsize=4)  # one lexicon per site
def _buttons(lex: Lexicon) -> re.Pattern[str]:
    """A toolbar's words in a line: whole buttons ('인쇄', 'Print') and phrases ('글씨 키우기')."""
    words = phrase_pattern(lex.widgets)
    return re.compile(rf"(?<!\S)(?:{words})(?!\S)|{phrase_pattern(lex.widget_phrases, any_spacing=True)}", re.I)


# A particle's ending (a long word ending in 이 is as often a loan: '디스플레이', '플레이').
_PARTICLE = re.compile("[가을를은는의에도로와과]$|^.{1,2}이$")


def _menu_like(line: str, lex: Lexicon, least: int = 6) -> bool:
    """`least` names or more (four, before a phone's button for more, '···'), two of them a section's (one,
    of seven or more, or before that button), each of two to seven
    letters (a pair joined by '·' or '/' counts as two): no punctuation or figure a headline
    would hold, and no particle or one-letter word a sentence would ('AI가 가야 할 길', '모델과
    대등한 성능'). Plain nouns are a headline's too: '삼성전자 엔비디아 HBM 공급 협상 최종 타결'."""
    line = line.replace("ㆍ", "·")  # the letter many sites print for a middle dot
    line = line.replace("오시는 길", "오시는길")  # (an about-menu's one item of two words, its second one letter)
    # A phone's menu, cut short by its button for more: '뉴스 제약 유통 약국 병원 ···'.
    more = re.search(r"\s+(?:·{2,}|⋯)$", line)
    if more:
        line, least = line[: more.start()], min(least, 4)
    words = line.split()
    parts = [p for w in words for p in re.split(r"[·/&]", w)]
    sections = sum(w in lex.sections for w in words)
    # (A long menu of known sections may hold a noun ending as a particle would: '전문가 칼럼'.)
    spared = 1 if len(words) >= 8 and sections >= 2 else 0
    # (A trade site's menu may name its beats alone, half of them topics or more: '반도체 디스플레이
    # 전기전자 AI·SW 모빌리티 에너지 라이브'.)
    beats = len(words) >= 7 and 2 * sum(p in lex.topics for p in parts) >= len(parts)
    return (
        len(words) >= least
        and (sections >= (1 if len(words) >= 7 or more else 2) or beats)
        and all(2 <= len(p) <= 7 or p in lex.sections for p in parts)  # ('홈', the home page's link)
        and sum(bool(_PARTICLE.search(p)) for p in parts) <= spared
        # (A figure fast to a name is a menu's too: '웹3', '5G'; not a headline's '11억원', '3분기'.)
        and not re.search(r"[^\w\s·/&]|\d", _NAMED_FIGURE.sub("", line))
    )


_NAMED_FIGURE = re.compile(r"\b(?:[A-Za-z가-힣]+\d|\d[A-Z])\b")


def _menu_words(words: list[str], longest: int) -> bool:
    """A menu's names have two letters or more and no particle, where a headline has '황' or '가'
    ('엔비디아 젠슨 황 방한 삼성 회동')."""
    return all(2 <= len(word) <= longest and not _PARTICLE.search(word) for word in words)


def _toolbar_bar(line: str, lex: Lexicon) -> bool:
    """Items set apart by wide gaps, a button among them: '프린트  글자크게  글자작게'."""
    return len(re.split(r"\s{2,}", line.strip())) >= 3 and bool(_buttons(lex).search(line)) and not _marked(line)


def _toolbar(line: str, lex: Lexicon) -> bool:
    """A bar of buttons (`_toolbar_bar`), or buttons with next to no other letter ('페이스북 트위터
    카카오톡 링크 복사', 'add remove print link'). Buttons' words are a deck's too: '다음 검색 점유율 추월 목표'."""
    rest = _buttons(lex).sub("", line)
    if _toolbar_bar(line, lex) or rest != line and len(re.findall("[가-힣]", rest)) <= 3 and not _marked(rest):
        return True
    # The same button for each service, each named in front: '페이스북(으)로 기사보내기 트위터(으)로
    # 기사보내기 …' (not a deck naming a few: '유튜브 LIVE 다시보기 VOD 모두 AI 자막 지원').
    between = _buttons(lex).split(line)
    buttons = collections.Counter(re.sub(r"\s", "", m.group(0)).casefold() for m in _buttons(lex).finditer(line))
    repeated = max(buttons.values(), default=0) >= 3
    return repeated and all(len(part.strip()) <= 12 for part in between) and not _marked(line)


def _menu_bar(line: str, reason: str | None) -> bool:
    """The site's menu across the page ('정치 경제 사회 …', not a path '경제 > 산업'), or its
    button alone with the search's ('≡  🔍')."""
    buttons = re.fullmatch(rf"[≡☰]\s*(?:{_ICON}\s*)*", line.strip())
    # (Not the page's path of a few sections, which may stand under a headline: '경제 | 산업 | IT'.)
    names = len(re.split(r"\s*[|｜]\s*|\s+", line.strip()))
    return reason == "menu" and ">" not in line and names >= 5 or bool(buttons)


def _deck_line(line: str, lex: Lexicon) -> bool:
    """A line under the headline that reads as one (a deck), not as a toolbar, a stamp
    ('Updated 2 hours ago'), a player's time ('동영상 재생 시간 01:58') or a gallery's arrows
    ('◀ 이전 사진 | 다음 사진 ▶')."""
    core = re.sub(r"^[-–•·]\s*", "", line)  # a release's bulleted deck: '- 1TB 모듈 개발…'
    return (
        _headline_candidate(core)
        and not core.startswith("◀")
        # A deck may carry its event's or series' tag ('[DAN 24] 최수연 대표 “…”'), not a paragraph
        # opening with an outlet's dateline ('[서울=뉴스1] …') or a transcript's cue ('[앵커] …').
        and not (core.startswith("[") and _running_text(core))
        and len(re.findall(r"\w", core)) >= 6
        and not (re.search(r"\d:\d\d", core) and not _marked(core))  # not '경쟁률 1:15 기록…'
        and not _toolbar(core, lex)
        and not _stamp_label(lex).match(core)
    )


# A photo's credit: 'ⓒ가상해양'.
_CREDITED = re.compile(r"[ⓒ©]\s?(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})(?![가-힣A-Za-z0-9])")
_OUTLET_TAG = re.compile(r"^[\[【]\s*(?P<inside>[^\]】=]{2,40}?)\s*[\]】]\s*")


# Words a sentence about a reporter goes on with ('연합뉴스 홍길동 기자 출신인 …', '… 기자 보도로 알려진',
# '… 기자 등 3명', 'YTN 홍길동 기자 연결해 …'): no byline ends there.
_ABOUT_A_REPORTER = re.compile(r"출신|보도|연결|취재|시절|재직|당시|(?:등|외|에게|와|과)(?![가-힣])")


def _after_byline(rest: str) -> bool:
    """Whether `rest`, after an outlet's name and a reporter's, is the lede a byline stands before."""
    return is_sentence(rest) and not _ABOUT_A_REPORTER.match(rest)


@functools.lru_cache(maxsize=4)
def _bare_byline(lex: Lexicon) -> re.Pattern[str]:
    """A byline with no brackets glued before the lede, as a portal copies some outlets' pages:
    'CBS노컷뉴스 홍길동 기자 중앙선거관리위원회는 …'. Its first word must be an outlet's name."""
    by = bylines(lex)
    return re.compile(
        rf"^(?P<outlet>[^\s\[\]()【】=]{{2,20}})\s+(?P<names>{by.names})\s*(?P<role>{by.role})(?![가-힣])\s+"
    )


def _outlet_alone(written: str) -> str:
    """The outlet of a reporter's tag, not the place after its comma, '=' or a space, nor a bar or slash set
    apart: '[가상뉴스,광주=…', '[가상뉴스=라스베이거스(미국) 홍길동 기자]', '[가상통신 세종=…', '가상신문 = 홍길동
    기자 |', '[가상뉴스 / 홍길동 기자]'."""
    parts = re.split(r"\s*[,=]\s*", written.strip())
    outlet = parts[0].rstrip(" =/")
    if re.fullmatch(r"\S{1,15}\([가-힣]{1,6}\)", outlet):
        # a place with its country, '[뉴욕(미국)=홍길동 기자]', before the outlet if any: '[뉴욕(미국)=가상뉴스 …'
        return parts[1].rstrip(" =/") if len(parts) == 2 else ""
    # (The place after a space only after a name that says it is an outlet: not '굿모닝 충청', '뉴스 경남'.)
    placed = re.fullmatch(rf"(\S{{2,}}(?:뉴스|통신|일보|신문|방송|미디어|타임즈|투데이|저널|경제))\s+{_REGION}", outlet)
    return placed[1] if placed else outlet


# A Chinese paper's dateline, its reporters in brackets: '新京报贝壳财经讯（记者 许诺）…', '本报讯（记者 王芳 李明）…'.
# (Its correspondents after theirs are none of its writers: '（记者 许诺 通讯员 李明）'.)
_CN_REPORTER = r"(?!通讯员)[\u4e00-\u9fff]{2,4}"
_CN_DATELINE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{1,14}?讯\s*[（(]\s*记者\s*"
    rf"(?P<names>{_CN_REPORTER}(?:[\s、]{_CN_REPORTER}){{0,3}})(?:\s*通讯员[^()（）]{{0,20}})?\s*[)）]"
)


def _cut_dateline(
    text: str,
    line: int,
    lex: Lexicon,
    outlets: set[str] | None = None,
    lede: bool = False,
    tagged: Collection[str] = (),
) -> tuple[str, Dateline | None]:
    """(`text` without the dateline or byline glued before it, the Dateline); `lede`: `text` opens the
    story; `tagged`: names the page prints elsewhere, which a tag alone before the lede is ('[가상해양] …')."""
    if chinese := _CN_DATELINE.match(text):
        return text[chinese.end() :].strip(), Dateline(line=line, text=chinese.group(0), names=chinese["names"])
    # '[가상일보]' or '[가상일보 AI리포터]' glued to the first sentence is the outlet's tag only
    # when it starts with an outlet's name.
    tag = _OUTLET_TAG.match(text)
    if tag and (outlets or tagged) and tag.end() < len(text):
        words = fold(tag.group("inside")).split(" ")
        known = {*(outlets or ()), *(tagged if lede and len(words) == 1 else ())}
        outlet = next((" ".join(words[:k]) for k in range(len(words), 0, -1) if " ".join(words[:k]) in known), "")
        rest = text[tag.end() :].strip()
        # (Over a headline it is a kicker naming a source: '[블룸버그] 소프트뱅크, … 추진'.)
        if outlet and is_sentence(rest) and not any(pattern.match(text) for pattern in _byline_rules(lex)[1]):
            return rest, Dateline(line=line, text=tag.group(0).strip(), outlet=outlet)
    for pattern in _byline_rules(lex)[1]:
        m = pattern.match(text)
        # A tag in round brackets only before a sentence of the lede ('(가상스포츠 홍길동 기자) …했다.'),
        # not an aside over a headline ('(전 가상일보 홍길동 기자) 언론계 원로의 회고록 출간').
        if m and m.groupdict().get("paren") and not is_sentence(text):
            continue
        # '(서울=뉴스1) 홍길동 기자 | 2025-07-10 10:05 송고' is a byline line, not a dateline and its lede.
        if m and m.end() < len(text) and not text[m.end() :].lstrip().startswith(("|", "｜")):
            groups = m.groupdict()
            month, day = groups.get("month"), groups.get("day")
            issued = (groups.get("year"), groups.get("issued_month"), groups.get("issued_day"))
            outlet = _outlet_alone(groups.get("outlet") or groups.get("paren") or "")
            names = (groups.get("names") or "").strip()
            # (A correspondent's post after the name: '[가상타임스=홍길동 도쿄 특파원]'. Before '=' the outlet, or
            # a label or a place, which names none: '[르포=홍길동 베이징 특파원]', '[서울=…]'.)
            if names in lex.posts and re.fullmatch("[가-힣]{2,4}", outlet):
                before = re.sub(r"^[(\[【]\s*|\s*=.*$", "", text[: m.start("outlet")])
                latin = re.fullmatch(r"[A-Za-z][\w.]{1,15}", before)
                named = before in (outlets or ()) or _OUTLET_LIKE.search(before) or latin
                names, outlet = outlet, _outlet_alone(before) if named else ""
            # (Before a column's '=' may stand a label or a place: '[특별기고=…]', '[서울=…]'; before a
            # correspondent's, the post: '[뉴욕=홍길동 특파원]'.)
            # (Nor a place after its country: '[미국 라스베이거스=홍길동 기자]'.)
            country, _, place = outlet.partition(" ")
            abroad = outlet in lex.posts + lex.countries or bool(place) and country in lex.countries
            if groups.get("column") and outlet not in (outlets or ()) or abroad:
                outlet = ""
            found = Dateline(
                line=line,
                text=text[: m.end()].strip(),
                outlet=outlet,
                names=_without_venue(names) if groups.get("paren") else _without_region(names),
                month=int(month) if month else None,
                day=int(day) if day else None,
                issued=(int(issued[0]), int(issued[1]), int(issued[2])) if all(issued) else None,
                service=groups.get("service") or "",
            )
            return text[m.end() :].strip(), found
    bare = _bare_byline(lex).match(text) if lede else None
    if bare and outlets and fold(bare["outlet"]) in outlets and _after_byline(text[bare.end() :]):
        names = " ".join(correspondents(bare["names"].split(), bare["role"]))  # ('… 워싱턴 홍길동 특파원 …')
        text_of = text[: bare.end()].strip()
        return text[bare.end() :].strip(), Dateline(line=line, text=text_of, outlet=bare["outlet"], names=names)
    return text, None


def _without_region(names: str) -> str:
    """The names of '[가상일보=부산, 홍길동 기자]', '[가상일보=광주, 전남 홍길동 기자]', whose bureau is named
    after the outlet, before a comma."""
    return re.sub(rf"^{_REGION}(?:\s*[,·]\s*{_REGION})*,\s*(?:{_REGION}\s+)?", "", names)


def _without_venue(names: str) -> str:
    """A sports desk prints the venue before its reporter, in round brackets: '(가상스포츠 잠실,
    홍길동 기자)'. The word before the comma is a place when it is no one's name: two syllables (a
    name of two is rare; 잠실, 상암, 용산) or opening with no family name. ('홍길동, 김철수' stay two
    names, and so do '(서울=가상뉴스) 김솔, 홍길동 기자', '[가상일보 이준, 홍길동 기자]'.)"""
    place, comma, name = names.partition(", ")
    if comma and " " not in place + name and (len(place) == 2 or place[0] not in SURNAMES):
        return name
    return names


_ASSISTANT = re.compile(r"(?:ChatGPT|Claude|Gemini|Copilot|Perplexity|뤼튼|CLOVA X|클로바X)(?:\s+[\w.\-]{1,12}){0,2}")
_REQUEST = re.compile(r"(?:줘|주세요|줄래|줄 수 있어)[.?!]?$")
_YOUR_TURN = re.compile(r"(?:나의 말|You said)\s?:?")
_ASSISTANTS_TURN = re.compile(rf"{_ASSISTANT.pattern}(?:의 말| said)\s?:?")
_POSTER = re.compile(r"(?:[가-힣]{2,4}|[A-Za-z][A-Za-z. ]{1,20})\s{2,}(?:오전|오후)\s?\d{1,2}:\d{2}")
_ADDRESS_LINE = re.compile(r"https?://\S+$")
# (Not a button to the reporter's page: '기자 프로필', '기자 구독'.)
# (Or after the outlet's name, the kind of reporter too: '가상과학자 객원기자 홍길동'.)
_ROLE_FIRST = re.compile(
    r"^(?:(?!(?:사진|영상|그래픽|촬영)\s)[^\s\d]{2,15}\s)?(?:객원|인턴|수습)?기자\s(?!(?:프로필|소개|정보|구독|페이지|채널|홈)(?:하기)?$)[가-힣]{2,4}$"
)
_MASKED_IP = re.compile(r"IP\s?\d{1,3}\.(?:[♡▲*xX]|\d{1,3})\.(?:[♡▲*xX]|\d{1,3})\.(?:[♡▲*xX]|\d{1,3})")
# A board's field for where a post is from, which the story under it names: '출처 : 가상일보' over '[가상일보] …'
# (not a photo's or a chart's source: '출처 : 가상이미지뱅크').
_SOURCE_FIELD = re.compile(r"출처\s*[:：]\s*(?P<name>\S{2,20})$")
_FORWARDED_FROM = re.compile(r"[^.!?]{1,40}에서 전달됨|\[?Forwarded from [^.!?\]]{1,40}\]?")
_RESULTS_COUNT = re.compile(r"(?:검색\s?결과\s*(?:약\s*)?[\d,]+\s*개|About [\d,]+ results)\b", re.I)
_RESULT_ADDRESS = re.compile(r"(?:https?://)?[\w.-]+\.[a-z]{2,}(?: › \S+)+$")
# A site's own search over the story opened from it: "'AI 튜터' 검색결과 총 48건", then the results
# and their pager ('1', '2', … '다음').
_SITE_RESULTS = re.compile(r".{0,40}검색\s?결과\s*(?:총\s*)?[\d,]+\s*(?:건|개)")


def _story_start(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> int:
    """Where the story starts in `lines`: its first line of running text that is no chrome."""
    return next((i for i, (n, line) in enumerate(lines) if reasons[n] is None and _running_text(line)), len(lines))


# An event's call to register, a button last on its line after the event's day: '6월 12일(목) 서울
# 프레스센터 | 사전등록 바로가기', '… 11월 5일 코엑스 | 참가신청 >' (not a headline's or a deck's '… 12일
# 개최…사전등록', '… 온라인 참가 신청하기').
_CALL_TO_REGISTER = r"(?:사전\s?등록|참가\s?신청|등록\s?신청|신청|등록)"
_EVENT_CALL = re.compile(
    rf"\d{{1,2}}월\s?\d{{1,2}}일.*(?:[|｜]\s*{_CALL_TO_REGISTER}(?:\s?(?:하기|바로\s?가기))?\s*[>▶»]?"
    rf"|\s{_CALL_TO_REGISTER}\s?(?:바로\s?가기\s*[>▶»]?|하기\s*[>▶»]))$"
)
# The event's name, atop its banner: '2025 가상 AI 포럼', 'AI 서밋 2025' (not a headline on it, '… 서밋 개최').
_EVENT_NAME = re.compile(
    r"(?:포럼|서밋|콘퍼런스|컨퍼런스|세미나|심포지엄|페스티벌|엑스포|박람회|어워드|어워즈|데모데이"
    r"|Forum|Summit|Conference|Expo|Awards|Festival)(?:\s?20\d{2})?$"
)


def _event_banner(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> None:
    """An outlet's banner for its own event, over or under the headline: the event's day and the call to
    register, under its name and a slogan ('2025 가상 AI 포럼' / "'AI와 일자리'를 묻다" / '6월 12일(목) … |
    사전등록 바로가기'), with no blank line between. A story's own lines about an event are sentences."""
    for i, (n, line) in enumerate(lines[: _story_start(lines, reasons)]):
        if not _EVENT_CALL.search(line):
            continue
        reasons[n] = "advert"
        above = [(m, text) for m, text in lines[max(0, i - 2) : i] if reasons[m] in (None, "menu", "section label")]
        # The name, and the slogan between it and the call: the lines from the name down.
        top = next((k for k, (_, text) in enumerate(above) if _EVENT_NAME.search(text)), None)
        banner = above[top:] if top is not None else []
        if [m for m, _ in banner] == list(range(n - len(banner), n)):  # (one block, no blank line)
            for m, _ in banner:
                reasons[m] = "advert"


# An outlet's line for tips, by phone or messenger: '가상MBC 뉴스 제보 051-000-0000', '제보 전화 02-000-0000 |
# 카카오톡 '가상MBC 제보'', "카카오톡 '가상MBC 제보' 채널 추가".
_TIP_LINE = re.compile(r"(?=.{0,60}$)(?=.*제보)(?=.*(?:\d{2,4}-\d{3,4}-\d{4}|카카오톡|채널\s?추가))(?!.*[다요]\.)")


def _tip_lines(lines: list[tuple[int, str]], reasons: dict[int, str | None], outlets: set[str]) -> None:
    """An outlet's call for tips under the story, naming the outlet: not a story's own appeal for
    witnesses ('목격자 제보: 가상경찰서 043-…'), nor a headline on tip lines."""
    story = [i for i, (n, line) in enumerate(lines) if reasons[n] is None and _running_text(line)]
    for n, line in lines[story[-1] + 1 :] if story else ():
        if _TIP_LINE.match(line) and any(name in fold(line) for name in outlets):
            reasons[n] = "portal notice"


# A strip of quotes, two with their change at least: 'BTC 83,912달러 (+1.4%) · ETH 1,931달러 (+0.8%) · 김프 2.1%'.
_CHANGE = r"[+\-−▲▼△▽]\s?[\d.]+%"
_QUOTE = rf"[A-Za-z가-힣/]{{2,12}}\s?[\d,.]+\s?(?:달러|원|엔|pt|%)?(?:\s?\(?{_CHANGE}\)?)?"
_QUOTES = re.compile(rf"(?=(?:.*?{_CHANGE}){{2}}){_QUOTE}(?:\s*[·|｜/]\s*{_QUOTE})+")


def _quote_strip(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> None:
    """A site's strip of market quotes over the story. Not one right over the byline or stamp: a market
    story's headline may be its quotes; nor one among the story's lines, which may list them too."""
    for (n, line), (m, _below) in itertools.pairwise(lines[: _story_start(lines, reasons) + 1]):
        if reasons[n] is None and reasons[m] not in (*_STAMP_REASONS, "sign-off") and _QUOTES.fullmatch(line):
            reasons[n] = "widget"


_MENU_LINES = ("menu", "section label")


def _reactions_heading(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> None:
    """The heading of a box of readers' reactions, two counters right under it ('이 기사에 대한 반응' over '좋아요 12'
    and '훈훈해요 3'): a short line that is no sentence."""
    for i, (n, line) in enumerate(lines):
        if reasons[n] is not None or len(line) > 20 or is_sentence(line):
            continue
        under = lines[i + 1 : i + 3]
        if len(under) == 2 and all(m == n + k and reasons[m] == "counter" for k, (m, _) in enumerate(under, 1)):
            reasons[n] = "widget"


def _items_under_heading(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> None:
    """The headlines listed under a heading of other articles ('이 면의 다른 기사'), up to the blank
    line that ends the list: on a print edition's page they stand over the story's own headline.
    Only a list the page sets apart so (without blank lines, where it ends is not known), or one
    that ranks its items ('많이 본 뉴스' over '1 …', '2 …', '3 …', ended by the first line out of
    turn), and over the story: under it, a list of headlines is one of the page's last things. Not
    the last item of a menu with a blank line under it ('… 해외연예 / 포토 / 최신뉴스'), over the story's
    own headline."""
    listed: set[int] = set()
    for i, (n, _line) in enumerate(lines[: _story_start(lines, reasons)]):
        if reasons[n] != "related" or n in listed or n + 1 not in reasons and reasons.get(n - 1) in _MENU_LINES:
            continue
        items: list[int] = []
        for j, (m, item) in enumerate(lines[i + 1 : i + 11], i + 1):
            rank = _RANK.match(item)
            if len(items) >= 2 and (rank is None or int(rank[1]) != len(items) + 1) and _ranked(lines[i + 1 : j]):
                ended = True  # a ranked list, and this line is not its next item
            elif reasons[m] is not None or _running_text(item):
                break
            else:
                items.append(m)
                ended = m + 1 not in reasons  # the next line was blank
            if ended:
                for item in items:
                    reasons[item] = "related"
                listed.update(items)
                reasons[n] = "related heading"  # and no more lines are its
                break


# ... that names whose news: '가상MBC 뉴스 더보기', '관련 기사 더 보기', '가상일보 다른 기사 더보기'.
_MORE_NEWS = re.compile(
    r"(?!(?:본문|기사|전문|전체)\s?(?:뉴스|기사)?\s?더)\S.{0,30}\s?(?:뉴스|기사)\s?더\s?보기\s*[>›→▶+]?"
)
# The items of an English menu, case and all: in a sentence they are words ('excited about agents').
_ENGLISH_MENU = re.compile(
    r"(?:(?:About|Careers|Insights|Practices|Professionals|Expertise|Publications|Industries|Newsroom|Contact|People"
    r"|Events|Services)\s*){3,}$"
)
# A print viewer's list of an edition's pages, in their order: '1면 종합' / '2면 정치·행정' / '3면 경제'.
_EDITION_PAGE = re.compile(r"[AB]?(\d{1,2})\s?면\s+[가-힣·/]{2,10}")
# A broker's compliance notice under its heading: '- 당사는 … 사전 제공한 사실이 없습니다.'
_COMPLIANCE_ITEM = re.compile(r"[-·•]\s*(?:당사는|동\s?자료).{10,160}")
# A public body's notice, as regional sites run it between a story's paragraphs, a banner with its numbered
# tag: on one line, its fields after bars ('[가상시 공고 제2025-1406호] … 교육생 모집 | 접수 9. 8.~9. 26.'), or over
# its title and one line of its fields ('신청기간: 2025. 3. 4. ~ 3. 21. / 문의 031-…'), maybe its link under them
# ('▶ 공고 전문 보기'); or, tagged without its number, with its button: '[가상도 고시] … 참여기업 모집 ▶ 바로가기'.
# (Not a story's sentence led by the tag, nor a city's release giving the notice's fields each on its line.)
_NOTICE_TAG = r"\[[^\[\]]{2,20}?\s?(?:공고|고시)\s?제?\s?\d{4}\s?-\s?\d{1,5}\s?호\]"
_NOTICE = re.compile(
    rf"{_NOTICE_TAG}\s*[^|｜]+(?:\s[|｜]\s[^|｜]+)+"
    r"|\[[^\[\]]{2,20}?\s?(?:공고|고시)\]\s*\S.*\s[▶►>]?\s*(?:바로\s?가기|자세히\s?보기|전문\s?보기)"
)
# ... or over its text, signed with its day by the head of the body that gives it: '2025. 9. 26.  세종특별자치시장'.
_NOTICE_SIGNED = re.compile(
    r"20\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s+[가-힣]{2,20}(?:시장|도지사|군수|구청장|교육감|장관|청장|위원장)"
)
_NOTICE_FIELDS = re.compile(r"[^/|｜]{2,40}(?:\s[/|｜]\s[^/|｜]{2,40})+")
_NOTICE_LINK = re.compile(r"[▶►>]\s*.{0,10}(?:바로\s?가기|보기)")


def _notice_boxes(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> None:
    """A public notice's banner set between a story's paragraphs (_NOTICE): an advert. Only between lines
    of running text: a notice that is the page itself is its story."""
    for i, (n, line) in enumerate(lines):
        box = [n] if _NOTICE.fullmatch(line) and not is_sentence(line) else []
        if re.fullmatch(_NOTICE_TAG, line):
            under = [(m, item) for m, item in lines[i + 1 : i + 7] if m - n <= 6]
            # (Each line right under the one before: a blank line ends the banner.)
            under = [entry for k, entry in enumerate(under) if entry[0] == n + k + 1]
            signed = next((k for k, (_, item) in enumerate(under) if _NOTICE_SIGNED.fullmatch(item)), None)
            if signed is not None:
                box = [n] + [m for m, _ in under[: signed + 1]]
            elif len(under) >= 2 and _NOTICE_FIELDS.fullmatch(under[1][1]) and not is_sentence(under[0][1]):
                box = [n, under[0][0], under[1][0]]
                if len(under) >= 3 and _NOTICE_LINK.fullmatch(under[2][1]):
                    box.append(under[2][0])
                if box[-1] + 1 in reasons:
                    box = []  # (more of it under: a notice's text, not a banner)
        if not box:
            continue
        after = [line for m, line in lines[i + 1 :] if m > box[-1]]
        if any(_running_text(line) for _, line in lines[:i]) and any(map(_running_text, after)):
            reasons.update(dict.fromkeys(box, "advert"))


def _listed_under(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> None:
    """A print viewer's list of an edition's pages, three or more in their order (not a story's courts, '6면
    테니스장' / '2면 풋살장'), and a broker's compliance items under their heading ('Compliance Notice' over '- 당사는
    …'; not a company's statement a story prints): chrome."""
    for i, (_, line) in enumerate(lines):
        # (Looked at from a line that is one: a page of thousands of lines is read in one pass.)
        if _EDITION_PAGE.fullmatch(line):
            run = list(itertools.takewhile(lambda entry: _EDITION_PAGE.fullmatch(entry[1]), lines[i:]))
            numbers = [int(_EDITION_PAGE.fullmatch(entry)[1]) for _, entry in run]  # type: ignore[index]
            if len(run) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(run))):
                reasons.update(dict.fromkeys((m for m, _ in run), "section label"))
        if line.strip().casefold() == "compliance notice":
            items = itertools.takewhile(lambda entry: _COMPLIANCE_ITEM.fullmatch(entry[1]), lines[i + 1 :])
            reasons.update(dict.fromkeys((m for m, _ in items), "portal notice"))


# A column's series named after its writer, in the headline's kicker: '[홍길동의 글로벌 투자 노트] …'.
_WRITERS_SERIES = re.compile(r"[\[【<]\s*([가-힣]{2,4})의\s[^\]】>]{2,20}[\]】>]")


def _series_writer(
    lines: list[tuple[int, str]], reasons: dict[int, str | None], title_line: int | None, lex: Lexicon
) -> None:
    """The writer of a column whose series bears the writer's name, signing it at its end by the name
    alone over a line of the writer's post ('홍길동' over '가상자산운용 글로벌주식운용본부장'): both lines a
    sign-off, which names the author."""
    headline = next((line for n, line in lines if n == title_line), "")
    series = _WRITERS_SERIES.search(headline)
    if series is None:
        return
    for i, ((n, line), (m, post)) in enumerate(itertools.pairwise(lines)):
        alone = n > (title_line or 0) and line == series[1] and reasons[n] is None and name_alone(line, lex)
        if not alone or m != n + 1 or len(post) > 40 or is_sentence(post):
            continue
        # (Last: a kicker may name the story's subject, '[가상전자 회장의 승부수]', profiled between paragraphs.
        # Its writer's bio may follow, a sentence on the name: '홍길동 교수는 가상대에서 … 가르친다.')
        if not any(
            reasons[k] is None and _running_text(rest) and not rest.startswith(line) for k, rest in lines[i + 2 :]
        ):
            reasons[n] = reasons[m] = "sign-off"
            return


# A ranked list's item: '1 가상전자, 2분기 …', '2. …', '3 2025 수능 …' (not a year or an amount: '2024년 …', '3억 …').
_RANK = re.compile(r"(\d{1,2})[.)]?\s+(?=\S)")


def _ranked(lines: list[tuple[int, str]]) -> bool:
    return all((rank := _RANK.match(line)) and int(rank[1]) == k for k, (_, line) in enumerate(lines, 1))


_MAILBOX = re.compile(r"\"?([^<\"@]{2,30}?)\"?\s*<[^<>\s]+@[^<>\s]+>(?:\s*(?:수신\s?거부|Unsubscribe|구독\s?취소))?")


def _mailbox(lines: list[tuple[int, str]]) -> str:
    """The name a web mail shows its sender by, alone on a line with the address."""
    return next((m.group(1).strip() for _, line in lines if (m := _MAILBOX.fullmatch(line))), "")


def _captured_pages(lines: list[tuple[int, str]], reasons: dict[int, str | None], out: Cleaned) -> None:
    """What a page captured another way than from its site puts around the story, only where the
    page is such a capture: a mail's headers (the page opens with them), a messenger's chat (it
    opens before the story does), a social post's account line (the post's time or counters
    under it), and a public body's licence naming it (among the page's last lines). A story may
    quote a mail, print a chat as evidence, or name a licence itself."""
    opening = [line for _, line in lines[:5]]
    addressed = any(MAIL_SENDER.match(line) or _RECIPIENT.match(line) for line in opening)
    # Headers copied without colons are taken only as the block the page opens with. A forwarded
    # mail's headers follow the forwarder's own (web mail's '이름 <주소>', its day, '받는사람:')
    # and note, under '---------- Forwarded message ---------'.
    # (A web mail shows the subject over them, without its label.)
    subject = len(lines) > 2 and not _MAIL_HEADER_SPACED.match(lines[0][1]) and _MAIL_HEADER_SPACED.match(lines[1][1])
    spaced = list(itertools.takewhile(lambda line: _MAIL_HEADER_SPACED.match(line[1]), lines[1 if subject else 0 :]))
    forwarded = next((i for i, (_, line) in enumerate(lines[:12]) if _FORWARDED.match(line)), None)
    headed = opening + ([line for _, line in lines[forwarded + 1 : forwarded + 6]] if forwarded is not None else [])
    newsletter = addressed and sum(bool(_MAIL_HEADER.match(line)) for line in headed) + len(spaced) >= 2
    forward = next((i for i, (_, line) in enumerate(lines) if _FORWARDED.match(line)), None)
    # (The forwarded letter's sender, not the forwarder: '보낸사람: 가상레터 <hello@…>'.)
    sender = next((m.group(1).strip() for _, line in lines[forward or 0 :] if (m := MAIL_SENDER.match(line))), "")
    out.forwarded = forward is not None
    if newsletter:
        for n, _ in lines[:1] + spaced if subject and spaced else spaced:
            reasons[n] = "mail header"
        for i, (n, line) in enumerate(lines):
            if _MAIL_HEADER.match(line) or _FORWARDED.match(line):
                reasons[n] = "mail header"
            elif forward is not None and i < forward:
                reasons[n] = reasons[n] or "forward note"  # what the forwarder wrote over the mail
        # A newsletter's greeting over the story it sends ('안녕하세요, … 뉴스레터입니다.') and its
        # issue's date ('#212 | 발행일 2025/10/14'): under the headers, up to three sentences and
        # date lines, then the story's headline (no sentence) and its text.
        top = next((i for i, (n, _) in enumerate(lines) if reasons[n] != "mail header"), len(lines))
        note: list[int] = []
        for i, (n, line) in enumerate(lines[top:], top):
            if reasons[n] is None and not is_sentence(line) and len(line) >= 10:  # (not a button: '웹에서 보기')
                said = sum(reasons[lines[j][0]] is None for j in note)
                story = any(reasons[m] is None and _running_text(rest) for m, rest in lines[i + 1 : i + 6])
                if 1 <= said <= 3 and story:
                    for j in note:
                        reasons[lines[j][0]] = "newsletter note" if reasons[lines[j][0]] is None else "mail header"
                break
            if reasons[n] is None and not is_sentence(line):
                continue  # a button: '웹에서 보기'
            if reasons[n] is None and (len(line) > 80 or not _POLITE.search(line)):
                break  # the story itself, written plain ('…했다.'), not a greeting ('…보내드립니다.')
            if reasons[n] in (None, "date line"):
                note.append(i)
        # A newsletter's sender is the outlet whose name is printed over what it sent ('보낸사람:
        # 디지털인사이트 <newsletter@…>' over 'DIGITAL iNSIGHT 디지털인사이트'); a person is not.
        for n, line in lines:
            words = line.split()
            latin = [w for w in words if w != sender]
            if sender and reasons[n] is None and sender in words and latin and all(w.isascii() for w in latin):
                reasons[n], out.masthead = "outlet name", sender
                break
    # A newsletter's own page ('이 메일이 잘 보이지 않나요? 웹에서 보기' at its top): its subject,
    # greeting and sections stand over the story it sends, the run of lines (none of them chrome)
    # with the most running text; its headline opens that run.
    web_view = [n for n, line in lines[:15] if _in_browser(line)]  # (under a web mail's own header lines)
    letter = bool(web_view)
    if letter:
        for n in web_view:
            reasons[n] = "newsletter note"
        # Over it, a web mail's own lines: the time the letter was sent ('2025년 2월 5일 (수) 오전 7:30').
        for n, _line in itertools.takewhile(lambda entry: entry[0] < web_view[0], lines):
            if reasons[n] in ("date line", "date strip"):
                reasons[n] = "newsletter note"
        runs: list[list[int]] = [[]]
        stamped: set[int] = set()  # headlines over a story's stamp, each opening a run
        for i, (n, _) in enumerate(lines):
            if reasons[n] is None:
                runs[-1].append(i)
            elif runs[-1] and reasons[n] in _SECTIONING:  # (a photo's caption or credit splits no story)
                runs.append([])
            elif runs[-1] and runs[-1][-1] == i - 1 and reasons[n] in _STAMP_REASONS[:2]:
                # A story's stamp under its headline, under the letter's greeting and short items
                # ('오늘의 심층 기사', the headline, '2025.09.18 | 홍길동 기자'): the story opens there.
                above = lines[i - 1][1]
                if _headline_over(above) and not _POLITE.search(above):
                    runs.append([runs[-1].pop()])
                    stamped.add(i - 1)
        story = max(runs, key=lambda run: sum(len(lines[i][1]) for i in run if _running_text(lines[i][1])))

        # Its headline: the first of the lines, none a sentence, right over its text (a deck may
        # follow it; the issue's title and a greeting may open the run: '오늘의 레터: …').
        # (The letter's word to its reader over it is polite, '…실렸습니다.'; a story is written plain,
        # or, if polite too, stands under its headline: '올트먼은 왜 카카오를 택했나' / '오픈AI와 … 잡았습니다.')
        def opens(k: int) -> bool:
            line, above = lines[story[k]][1], lines[story[k - 1]][1] if k else ""
            headed = _headline_candidate(above) and not is_sentence(above) and not _POLITE.search(above)
            greeting = line.startswith("안녕하세요")  # (under the letter's own name: 'VENTURESQUARE WEEKLY')
            return _running_text(line) and (not _POLITE.search(line) or headed and not greeting)

        text = next((k for k in range(len(story)) if opens(k)), None)

        # (A greeting without its full stop is the letter's: '안녕하세요, 가상레터 구독자 여러분'.)
        # (A deck may end as a sentence does, unstopped, set with a headline's marks: '… 함께 만든다'.)
        # (A numbered head is a section of the letter, not a story's headline: '① 물리학상: …'.)
        def heading(line: str) -> bool:
            unstopped = _marked(line) and not line.rstrip().endswith((".", "。"))
            numbered = re.match(r"[①-⑳]|\d{1,2}[.)]\s", line)
            return (not is_sentence(line) or unstopped) and not _POLITE.search(line) and not numbered

        block = list(itertools.takewhile(lambda i: heading(lines[i][1]), reversed(story[:text])))
        # (A stamp under the letter's own title, its greeting under them, is the issue's: '제312호'.)
        greeted = text is not None and any(_POLITE.search(lines[i][1]) for i in story[:text])
        head = story[0] if story and story[0] in stamped and not greeted else block[-1] if text and block else None
        if len(story) >= 3 and head is not None:
            for n, _ in lines[:head]:  # (the letter's name is no byline: '가상일보 테크레터')
                reasons[n] = "newsletter note" if reasons[n] in (None, "byline") else reasons[n]
    # A letter's sender named as a company on it too: its subject's tag ('[가상레터] 오늘은 …', '[가상레터
    # 위클리] …') or its footer ('(주)가상레터 | 서울특별시 …'), as a person sending mail is not. (A web
    # mail may show the sender alone, as under its label: '가상레터 <hello@…> 수신거부'.)
    sent = (newsletter or letter) and not out.masthead
    company_name = (sender or _mailbox(lines[:12])) if sent else ""
    company = (f"[{company_name}]", f"[{company_name} ", f"(주){company_name}", f"(주) {company_name}")
    # (Not a person's: '[홍길동 칼럼] …'.)
    if company_name and not family_named(company_name) and any(line.startswith(company) for _, line in lines):
        out.masthead = company_name
    if newsletter or letter:
        # ... and where the story has visibly ended (its last long paragraph, then a link to it, a
        # divider or a list's heading), the letter's other headlines and its notes to the reader.
        last = max((i for i, (n, line) in enumerate(lines) if reasons[n] is None and _substantial(line)), default=None)
        end = next(
            (
                i
                for i, (n, line) in enumerate(lines)
                if last is not None and i > last and (reasons[n] in _SECTIONING or _READ_ON.search(line))
            ),
            None,
        )
        for n, line in lines[end:] if end is not None else ():
            notice = is_sentence(line) and _TO_THE_READER.search(line) and _POLITE.search(line)
            if reasons[n] is None and (not is_sentence(line) or line.startswith("[") or notice):
                reasons[n] = "newsletter note"
        # Its footer names who sent it: the sender's name over its address, then the way to
        # unsubscribe ('가상일보' / 'newsletter@…' / (postal address) / '수신거부 Unsubscribe').
        footer = len(lines) if end is None else end
        for i, ((n, name), (_, address)) in enumerate(itertools.pairwise(lines[footer:]), footer):
            after = [line for _, line in lines[i + 2 : i + 5]]
            alone = EMAIL.fullmatch(address.strip())
            if alone and len(name) <= 30 and not is_sentence(name) and any(map(_TO_THE_READER.search, after)):
                reasons[n], out.masthead = "outlet name", out.masthead or name
                break
    # What the forwarder wrote over a story shared in a messenger: a spoken line of its own on
    # top ('부장님 공유드립니다~ … 있어서요').
    shared = len(lines) > 2 and _FORWARD_NOTE.search(lines[0][1]) and not _QUOTED.search(lines[0][1])
    if shared and not _running_text(lines[1][1]):
        reasons[lines[0][0]] = reasons[lines[0][0]] or "forward note"
    # A clip's notes: the last lines, after the clipped story's address (a page's, with its path:
    # not a site a story names, 'www.gasang.kr', over its own arrowed items), all led by arrows.
    closing = max((i for i, (n, _) in enumerate(lines) if reasons[n] == "address"), default=len(lines))
    notes_at_end = lines[closing + 1 :]
    clipped = closing < len(lines) and bool(re.match(r"https?://[^/\s]+/\S", lines[closing][1]))
    if clipped and len(notes_at_end) <= 3 and all(_ARROW_NOTE.match(line) for _, line in notes_at_end):
        for n, _line in notes_at_end:
            reasons[n] = reasons[n] or "forward note"
    # A post that reposts a story: above the poster's note, which says so, the post's own title,
    # name and time (when it was posted, not when the story ran); the story's headline follows.
    # (Not a story that says it prints a text whole, '…담화문 전문을 옮겨드립니다.', nor one about
    # reposting told politely, as broadcasts and children's news are: no headline with its stamp
    # or tagged lede follows those.)
    # (A gallery's or a board's post may give the story's address alone, then paste it.) The note
    # stands over the story: no paragraph told plain ('…했다.') and no news page's stamp is above
    # it, as they are above a statement, an old story or a video's card that a story prints.
    told = next(
        (i for i, (_, line) in enumerate(lines) if _running_text(line) and re.search(r"(?<!니)다[.!][\"'”’)]?$", line)),
        len(lines),
    )
    stamp = next((i for i, (_, line) in enumerate(lines) if _NEWS_STAMP.match(line)), len(lines))
    notes = [
        i
        for i, (_, line) in enumerate(lines[1 : min(30, told + 1, stamp)], 1)
        if _POSTERS_VOICE.search(line)
        and _REPOST.search(line)
        or _ADDRESS_LINE.match(line)
        or (source := _SOURCE_FIELD.match(line)) is not None
        and source["name"] in " ".join(text for _, text in lines[i + 1 : i + 4])
    ]
    for reposted in reversed(notes):  # (the lowest, right over the story: a board's source field, then its note)
        if reposted + 1 < len(lines) and _DIVIDER.match(lines[reposted + 1][1]):
            reposted += 1  # (the note's rule under it: '────────')
        # (The note may be the post's title, its poster, time and counters under it: '… 기사 퍼옵니다' over
        # '홍길동' over '2023-05-25 10:12:33' over '조회 1,842 추천 37'.)
        said = bool(_REPOST.search(lines[reposted][1]))
        meta = reposted + 1
        # (Or the story's card a link makes: its address and its outlet's name.)
        card = ("address", "outlet name")
        while (
            said
            and meta < min(reposted + 4, len(lines) - 2)
            and (_POST_META.fullmatch(lines[meta][1]) or reasons[lines[meta][0]] in card)
        ):
            meta += 1
        # (... or a letter's heading and the story's source: the story's headline is over its stamp, '📰 이번 주
        # 기사' over '(출처: 가상타임스)' over the headline over '기사입력 2025-01-23 08:10'.)
        stamped = next((k for k in range(meta + 1, min(meta + 4, len(lines))) if _NEWS_STAMP.match(lines[k][1])), 0)
        if said and stamped - 1 > meta and _headline_over(lines[stamped - 1][1]):
            meta = stamped - 1
        # (not a source's field right over the story's stamp, '출처: 가상일보 (원문 보기)' over '[가상일보]
        # 2025-04-08 14:30 입력': the post's title is the story's headline then)
        headline = meta + 1 < len(lines) and _headline_over(under := lines[meta][1])
        headline = headline and not (under.startswith("출처") and re.search(DATE, lines[meta + 1][1]))
        opens = any(_STORY_OPENS.match(line) or _NEWS_STAMP.match(line) for _, line in lines[meta + 1 : meta + 3])
        # ... or the lede right under it (or under its deck), the post's time over the note: a chat's, a
        # board's, a message's. (Not an address alone under the story's own headline and stamp: an app's clip.)
        timed = said and any(_POST_TIME_LINE.search(line) for _, line in lines[max(0, reposted - 3) : meta])
        lede = any(_running_text(line) for _, line in lines[meta + 1 : meta + 3])
        # (and a story under it, not the poster's own heading over their diary: '… 내 생각' over '나는 …')
        own = any(_in_own_words(line) for _, line in lines[meta + 1 : meta + 4])
        if headline and (opens or timed and lede) and not own:
            reposted = meta - 1
            for n, _line in lines[: reposted + 1]:
                reasons[n] = "repost note"  # (its dates too: the post's time is no story's stamp)
            break
        # ... or the story's lede right under it, opening with its reporter's tag, under the post's title
        # (the story's headline) and time: a blog's ('2024. 3. 21. 8:47' over '… 스크랩해둡니다.' over
        # '[가상일보 홍길동 기자] …'). The note and the post's stamps over it are the post's.
        tagged = reposted + 1 < len(lines) and re.match(r"[\[【(]", lines[reposted + 1][1])
        # (and goes on as the story: not the poster's own diary after one line of it quoted, '… 나도 …')
        after = [line for _, line in lines[reposted + 2 : reposted + 4]]
        goes_on = tagged and bool(after) and _running_text(after[0]) and not any(map(_FIRST_PERSON.search, after))
        if said and goes_on and _STORY_OPENS.match(lines[reposted + 1][1]):
            for n, _line in lines[:reposted]:
                if reasons.get(n) in ("date strip", "date line", "byline date"):
                    reasons[n] = "repost note"
            reasons[lines[reposted][0]] = "repost note"
            break
    # A board's post header under the post's title, which is the story's headline: the poster, the
    # post's time, the poster's masked address ('IP 211.♡.45.103') and the views, down to the
    # story's address pasted over its text, which opens with its tag ('[가상일보] …'). None of it is
    # the story's: the time is the post's. (A post of the poster's own text is no story's.)
    masked = next((i for i, (_, line) in enumerate(lines[:40]) if _MASKED_IP.fullmatch(line.strip())), None)
    pasted = range(masked, min(masked + 4, len(lines) - 1)) if masked is not None else range(0)
    end = next((i for i in pasted if _ADDRESS_LINE.match(lines[i][1])), None)
    if end is not None and re.match(r"[\[(【]", lines[end + 1][1]):
        start = masked
        above = lines[start - 1][1] if start else ""
        while start > 1 and len(above) <= 40 and (re.search(DATE, above) or not _headline_candidate(above)):
            start -= 1
            above = lines[start - 1][1]
        for n, _line in lines[start : end + 1]:
            reasons[n] = "repost note"
    # A search engine's results over the page opened from them ('검색결과 약 2,140개 (0.38초)', then
    # each result: its site, its address as a path 'https://www.…kr › news', its title, its
    # snippet): every line down to the last result's snippet.
    # (The count stands under the engine's tabs, one a line as a phone copies them: '전체', '뉴스', …)
    if any(_RESULTS_COUNT.match(line) for _, line in lines[:15]):
        results = [i for i, (_, line) in enumerate(lines[:40]) if _RESULT_ADDRESS.match(line)]
        end = results[-1] + 2 if results else 0  # the last address and its title
        if end and end < len(lines) and re.search(r"(?:\.\.\.|…)$|^\S.{0,20} — ", lines[end][1]):
            end += 1  # and its snippet, cut short, after its date
        # (and the searches it suggests under them: '관련 검색어', then a few words a line)
        if (
            end
            and end < len(lines)
            and re.fullmatch(r"관련\s?검색어|Related searches|People also search for", lines[end][1])
        ):
            # (Not the page's masthead, a result's site again, nor its headline, over its stamp.)
            listed = {line for _, line in lines[:end]}
            start = end = end + 1
            while end < min(len(lines), start + 10) and len(lines[end][1]) <= 20 and lines[end][1] not in listed:
                if reasons[lines[end][0]] is not None:
                    break
                if end + 1 < len(lines) and re.search(DATE, lines[end + 1][1]):
                    break
                end += 1
        for n, _line in lines[:end]:
            reasons[n] = "search results"
    searched = next((i for i, (_, line) in enumerate(lines[:30]) if _SITE_RESULTS.fullmatch(line)), None)
    pager = (
        None
        if searched is None
        else next((i for i in range(searched, len(lines) - 1) if lines[i][1] == "1" and lines[i + 1][1] == "2"), None)
    )
    if pager is not None:  # (the pager's other buttons are widgets as ever)
        for n, _line in lines[: pager + 1]:
            reasons[n] = "search results"
    # A messenger's mark on a message forwarded from a channel ('가상 뉴스 모아보기에서 전달됨'),
    # over the channel's card (a story may quote the mark).
    for i, (n, line) in enumerate(lines[:5]):
        card = i + 1 < len(lines) and bool(re.match(rf"{_ICON}|\[", lines[i + 1][1]))  # '📰 [가상신문] …'
        if _FORWARDED_FROM.fullmatch(line) and card:
            reasons[n] = "forward note"
    story = next((i for i, (_, line) in enumerate(lines) if _running_text(line)), len(lines))
    # A work messenger's posts over the story (Slack's 'Name  오전 9:14', the message under it):
    # who shared it and what they said, not a headline.
    channel = bool(lines) and lines[0][1].startswith("# ")  # the page opens with the channel's name
    for i, (n, line) in enumerate(lines[:story] if channel else []):
        if _POSTER.fullmatch(line):
            reasons[n] = "chat"
            if i + 1 < story and not _ADDRESS_LINE.match(lines[i + 1][1]):
                reasons[lines[i + 1][0]] = "chat"
    chat = False
    for posted in (_CHAT, _CHANNEL_POST, _CHAT_SAVED):
        if any(posted.match(line) for _, line in lines[:story]):
            chat = True
            for n, line in lines:
                if posted.match(line):
                    reasons[n] = "chat"
    for n, line in lines if chat else []:
        if reasons[n] in ("date line", "date strip") and _CHAT_DATE.match(line):
            reasons[n] = "chat"  # when it was sent or saved: after the story ran (dates.infer)
    # A notes app's page of a clipped story (Notion's): its properties over the text, each name
    # with its value after it or under it; the day it was clipped ('생성 일시') is not the story's.
    # (Each with a value of its kind: not a list of a watermark's fields, '생성 일시' over '모델 이름'.)
    # (Over the story's byline: not a story showing a page's properties.)
    signed = next((i for i, (n, _) in enumerate(lines) if reasons[n] in ("byline", "byline date")), len(lines))
    head = lines[: min(12, signed)]
    found: dict[int, tuple[bool, bool]] = {}  # a property's line -> (whether the clip time, its value under it)
    for i, (_, line) in enumerate(head):
        if not (m := _NOTE_PROPERTY.fullmatch(line)):
            continue
        value = m["value"] or (head[i + 1][1] if i + 1 < len(head) else "")
        clip = bool(re.fullmatch(_CLIP_TIME, m["name"], re.I))
        url = m["name"].upper() == "URL"
        if clip and not re.search(DATE, value) or url and not value.startswith(("http://", "https://")) or not value:
            continue
        # (A value under its name: the time's, the address', or a short one, the tags' or the status': '검토 중'.)
        found[i] = (clip, not m["value"] and (clip or url or len(value) <= 40))
    clipped = any(clip for clip, _ in found.values()) and len(found) >= 2
    for i, (_, under) in found.items() if clipped else ():
        reasons[head[i][0]] = "clip property"
        if under:
            reasons[head[i + 1][0]] = "clip property"  # (the value under its name)
    # ... and the clipper's notes: a quoted callout led by its icon, in the text ('> 📝 …'), or one right under
    # the properties ('💡 미팅 전에 읽을 것.'); not the story's own bullets ('✅ …', '📌 …').
    last = max((i + under for i, (_, under) in found.items()), default=-1) if clipped else -1
    for i, (n, line) in enumerate(lines if clipped else []):
        if re.match(rf">\s?{_ICON}\s", line) or i == last + 1 and re.match(rf"{_ICON}\s", line):
            reasons[n] = "clip property"
    for i, (n, line) in enumerate(lines):
        if reasons[n] is None and _ACCOUNT.match(line):
            below = [rest for _, rest in lines[i + 1 : i + 4]]
            if any(_POST_TIME.search(rest) or _COUNTERS.match(rest) for rest in below):
                reasons[n] = "embed"
    # A screen reader's description of a photo, beside its source's label ('이미지 출처, …').
    if any(line.startswith("이미지 출처, ") for _, line in lines):
        for n, line in lines:
            if re.match(r"(?:이미지|사진|영상)\s?설명, \S", line):
                reasons[n] = reasons[n] or "caption"
    top = " ".join(line for _, line in lines[:3])
    for n, line in lines[-5:]:
        if reasons[n] is None and (owner := licence_owner(line)) and owner in top:
            reasons[n] = "licence"  # ... the site's own, as its masthead names it too


MAX_DECK = 4  # (three, and the one a page prints twice)
# (Of two words at least: not a transcript's cue, '<앵커>', '【기자】', nor a photo's credit, '<AP=연합뉴스>'.)
_BRACKETED_SUBHEAD = re.compile(r"[<【〈《]\s*[^<>【】〈〉《》=\s]+(?:\s+[^<>【】〈〉《》=\s]+)+\s*[>】〉》]")


def _japanese_bylines(lines: list[tuple[int, str]], reasons: dict[int, str | None]) -> None:
    """A Japanese page's writer named alone: by the stamp under the headline ('宇野 修平' over
    '2024年6月2日 21:35'), or in brackets under the story, as its papers sign it ('（原田拓真）')."""
    for i, (n, line) in enumerate(lines):
        alone = JP_ALONE.fullmatch(line)
        if not alone or reasons[n] not in (None, "widget", "section label"):
            continue
        above = lines[i - 1][1] if i else ""
        if alone["open"]:
            # (The story's end: no running text under it, as under a caption's place, '（東京都港区）'.)
            last = not any(reasons[m] is None and _running_text(rest) for m, rest in lines[i + 1 :])
            if line[-1] in ")）" and _persons(alone["names"]) and above.endswith(("。", "」")) and last:
                reasons[n] = "sign-off"
            continue
        stamped = any(reasons[m] in ("date line", "date strip") for m, _ in lines[max(0, i - 1) : i + 2] if m != n)
        # (One name of Han characters only, unspaced, may be a section's ('国際経済'): by the stamp only
        # when under the headline or its deck.)
        spaced = re.search(r"[ 　、，]", line)
        headed = i and reasons[lines[i - 1][0]] is None and len(above) >= 15
        if stamped and (spaced or headed) and _persons(alone["names"]):
            reasons[n] = "byline"


def clean(text: str, outlets: tuple[Outlet, ...], lex: Lexicon | None = None) -> Cleaned:
    lex = lex or packaged()
    names = _outlet_names(outlets)
    lines = [(i + 1, _cells_parted(_unwrapped(line.strip()))) for i, line in enumerate(text.split("\n"))]
    lines = [(n, line) for n, line in lines if line]
    out = Cleaned()
    frame = _screenshot_frame(lines)
    out.chrome += [(n, line, "status bar") for n, line in lines if n in frame]
    framed = [(n, line) for n, line in lines if n not in frame]
    lines = _reflowed(framed)
    wrapped = len(lines) < len(framed)
    reasons = {n: chrome_reason(line, names, lex) for n, line in lines}
    _board_list(lines, reasons)
    japanese = _japanese(lines)
    if japanese:
        _japanese_bylines(lines, reasons)
    # A video's page: its channel named over its count of subscribers, its views under them ('CGN' over
    # '구독자 58.2만명', then '조회수 12,408회 …'; not a portal's reporter card, '홍길동 기자' over '구독자 …').
    channel = _video_channel(lines, reasons)
    if channel is not None:
        reasons[channel] = "outlet name"
        # ... and its chapters, from its start on: '00:00 인트로' / '01:12 …'.
        for i, (_, line) in enumerate(lines):
            if line.startswith(("00:00 ", "0:00 ")) and _CHAPTER.fullmatch(line):
                for m, _chapter in itertools.takewhile(lambda entry: _CHAPTER.fullmatch(entry[1]), _from(lines, i)):
                    reasons[m] = "widget"
    # A line the story introduces ('… 이벤트 내용은 아래와 같다.', '… 문구는 이렇다:') is what it
    # quotes, though it reads as an advert: an offer's terms, a scam's text.
    for (m, above), (n, _line) in itertools.pairwise(lines):
        if reasons[n] == "advert" and reasons[m] is None and _INTRODUCES.search(above):
            reasons[n] = None
    # An advert's button under it ('지금 확인하기 ▶', '자세히 보기 >'), or its pitch under its label
    # alone ('AD' over '이번 주말 최대 70% 할인'; an empty slot's label may stand over the headline).
    for (m, above), (n, line) in itertools.pairwise(lines):
        button = len(line) <= 20 and re.search(r"[▶►▷→>»〉]$", line)
        offer = re.search(r"\d%|할인|무료|특가|혜택|쿠폰|이벤트|구매|가입|상담|신청", line)
        pitch = re.fullmatch(_ADVERT_LABEL, above) and offer and len(line) <= 60 and not is_sentence(line)
        if reasons[m] == "advert" and reasons[n] is None and (button or pitch):
            reasons[n] = "advert"
    # A reader app's list of feeds over the story, each with its count of unread items after a wide gap:
    # '가상일보 - 전체기사  37' over '가상일보 - 포토뉴스  4' (under the story, a table's rows may be so).
    top = list(itertools.takewhile(lambda entry: not _running_text(entry[1]), lines))
    for counted, run in itertools.groupby(top, lambda entry: bool(_FEED_COUNT.fullmatch(entry[1]))):
        feeds = list(run)
        for n, _line in feeds if counted and len(feeds) >= 2 else ():
            reasons[n] = reasons[n] or "menu"
    # ... and a site's tabs there, a word each, set wide apart: '공지사항   언론보도   블로그' (under the story, a
    # table's row may be so).
    for n, line in top:
        if reasons[n] is None and _WIDE_TABS.fullmatch(line):
            reasons[n] = "menu"
    # A plea over the button to support the outlet ('이 기사를 응원해 주세요' over '가상일보 후원하기'); alone,
    # an interview's '많이 응원해 주세요!' is the story's.
    for (m, above), (n, line) in itertools.pairwise(lines):
        plea = len(above) <= 30 and re.search(r"응원(?:해\s?주세요|해\s?주십시오|하기)[.!]?$", above)
        if plea and reasons[m] is None and reasons[n] == "widget" and "후원" in line:
            reasons[m] = "widget"
    _event_banner(lines, reasons)
    _tip_lines(lines, reasons, names)
    _quote_strip(lines, reasons)
    _reactions_heading(lines, reasons)
    # What a portal, paywall or licence says to the reader stands where the story has ended (its
    # prompts, its footer): with the story going on under it, such a sentence is the story's own
    # (a release telling members where to download, a report on paywalls).
    for i, (n, _line) in enumerate(lines):
        if reasons[n] == "reader notice":
            later = any(reasons[m] is None and _running_text(rest) for m, rest in lines[i + 1 :])
            reasons[n] = None if later else "portal notice"

    # A portal's machine summary ('AI 요약', '자동요약') stands above the headline or the body: up
    # to three short sentences, each a line of its own, before the headline or a reporter's dateline.
    # (Or under the summary's notice alone, its mark a button: '… 본문 보기를 권장합니다.')
    for i, (_, line) in enumerate(lines):
        marked = line in _SUMMARY_MARKS or "자동요약" in line or _AI_SUMMARY_HEADING.match(line)
        if marked or re.search(r"본문\s?보기를\s?권장", line):
            summary: list[int] = []
            for j, (m, following) in enumerate(lines[i + 1 :], i + 1):
                # (A mark among a toolbar's buttons or over the photo opens no summary: the story's
                # lede under them is the story's, 'AI 요약' / '글자 크기' / '공유' / a caption.)
                if reasons[m] in ("widget", "caption") and not summary:
                    break
                if reasons[m] is not None and not summary:
                    continue  # the portal's notice under the mark
                if reasons[m] is not None:
                    break  # its notice under the summary: '… 요약은 부정확할 수 있어요'
                single = is_sentence(following) and len(sentences(following)) == 1 and len(following) <= 100
                if len(summary) == 3 or not single or _cut_dateline(following, m, lex)[1]:
                    break
                summary.append(j)
            # Only with the article still to come: a page that is all summary keeps it.
            if summary and any(reasons[m] is None and _running_text(rest) for m, rest in lines[summary[-1] + 1 :]):
                for j in summary:
                    reasons[lines[j][0]] = "portal summary"

    # A reader app names the story's source with its site over the headline: '가톨릭신문 · catholictimes.org'.
    # So does a portal's ('가상일보의 스토리 • 6시간').
    sources = (
        _SOURCE_SITE.fullmatch(line) or _PORTAL_SOURCE.fullmatch(line)
        for n, line in lines[:10]
        if reasons[n] == "outlet name"
    )
    out.masthead = next((m.group("name") for m in sources if m), "")
    _captured_pages(lines, reasons, out)
    _items_under_heading(lines, reasons)
    _notice_boxes(lines, reasons)
    _listed_under(lines, reasons)
    # A print edition's viewer ('가상일보 PDF 지면 보기') over the day of the edition it shows, or
    # that day over the page of the edition shown ('2024년 3월 14일 목요일' over '16면 국제').
    # (A viewer's, whose button names the edition: not a site's strip of today over its menu's '1면'.)
    # (Its button may read as the site's menu, '가상일보 PDF 지면보기', when its pager shows it a viewer: '◀ 이전면',
    # '이전호 다음호'. A site's menu may hold '지면보기' too, over today's strip and its issue's number.)
    paged = any(_PAGER.search(line) for _, line in lines[:10])
    buttons = ("widget", "menu") if paged else ("widget",)
    viewer = any(reasons[n] in buttons and "지면" in line for n, line in lines[:10])
    for i, ((n, line), (m, _)) in enumerate(itertools.pairwise(lines[:10])):
        dated = ("date line", "date strip")
        # (The page shown may stand a few lines under the day, past the viewer's arrows: '◀ 이전면' / '14면 경제'.)
        page_under = any(_EDITION_PAGE.fullmatch(other) for _, other in lines[i + 1 : i + 4])
        issue = paged and _ISSUE_NUMBER.search(line)
        if reasons[n] == "widget" and "지면" in line and _OUTLET_BANNER.match(line) and reasons[m] in dated:
            reasons[m] = "print head"
        elif viewer and reasons[n] in dated and (page_under or issue or _ON_PAGE.search(line)):
            reasons[n] = "print head"  # (or with the page or, paged, the issue beside it: '… (화) 3면')
    # A document's running head, printed on each of its pages with its own day ('가상원 일일 언론
    # 스크랩  2025. 11. 4.(화)', three times or more): the document's day, none of its stories'.
    printed = collections.Counter(fold(line) for _, line in lines)
    for n, line in lines:
        if printed[fold(line)] >= 3 and reasons[n] in ("date line", "date strip"):
            reasons[n] = "running head"
    # A broadcast's editor credited beside its camera ('영상취재 홍길동' then '영상편집 김철수'); alone,
    # '영상편집 자동화' may be a subhead.
    for i, (n, line) in enumerate(lines):
        beside = [reasons[m] for m, _ in lines[max(0, i - 1) : i + 2] if m != n]
        if reasons[n] is None and _EDITED_BY.fullmatch(line) and "credit" in beside:
            reasons[n] = "credit"
    # A broadcaster's page prints its reporter's name alone under the transcript's sign-off
    # ('MBC뉴스 홍길동입니다.' over '홍길동').
    for (_, above), (n, line) in itertools.pairwise(lines):
        if (
            reasons[n] is None
            and name_alone(line, lex)
            and re.search(rf"(?<![가-힣]){re.escape(line)}(?:입니다|\s?기자)", above)
        ):
            reasons[n] = "sign-off"
    crews = ((n, CREW_LINE.fullmatch(line)) for n, line in lines)
    for credited, group in itertools.groupby(crews, key=lambda entry: entry[1] is not None):
        run = [(n, crew) for n, crew in group if crew]
        crew_names = {name for _, crew in run for name in re.split(r"[\s·,]+", crew.group("names"))}
        if credited and len({crew.group("role") for _, crew in run}) > 1 and not crew_names & set(lex.not_names):
            for n, crew in run:
                reasons[n] = reasons[n] or ("byline" if crew.group("role") in CREW_WRITERS else "credit")
    # An AI assistant's conversation around a pasted story ('ChatGPT 4o' over it): the user's
    # request over the story ('… 세 줄로 요약해 줘') is no headline, the answer under its sign-off
    # no part of it.
    named = bool(lines) and bool(_ASSISTANT.fullmatch(lines[0][1]))  # its name alone, not a headline's word
    asked = next(((n, line) for n, line in lines[1:6] if reasons[n] is None and _REQUEST.search(line)), None)
    assistant = named and asked is not None and not _running_text(asked[1])
    if assistant:
        reasons[asked[0]] = "chat"
    # Its copy labels each turn ('나의 말:', 'ChatGPT의 말:'): the user's request under the user's
    # label, however long, and all from the assistant's label on (its summary may misdate the story).
    for i, (n, line) in enumerate(lines):
        if _YOUR_TURN.fullmatch(line) and reasons[n] is None:
            reasons[n] = "chat"
            if i + 1 < len(lines) and _REQUEST.search(lines[i + 1][1]):
                reasons[lines[i + 1][0]] = "chat"
        elif _ASSISTANTS_TURN.fullmatch(line):
            for m, _rest in lines[i:]:
                reasons[m] = "assistant's answer"
            break

    # Consecutive identical lines are photo captions printed twice (or a doubled headline).
    for (n1, a), (n2, b) in zip(lines, lines[1:], strict=False):
        if fold(a) == fold(b) and (not is_sentence(a) or _CAPTION_TAIL.search(a)):
            reasons[n1] = reasons[n1] or "repeated line"
            reasons[n2] = reasons[n2] or "repeated line"

    # '/홍길동 기자' with the story going on under it credits the photo above it; only at the end
    # is it the reporters' closing byline.
    for i, (n, line) in enumerate(lines):
        if reasons[n] == "byline" and line.startswith("/") and _story_goes_on(lines[i + 1 :], reasons):
            reasons[n] = "credit"

    # A photo's caption between paragraphs, credited to who took it: '… 연수를 받고 있다. 홍길동
    # 기자'. At the story's end the same shape is its last paragraph, signed, though a line or
    # two may follow it (a newsletter's call, the reporter's blurb): the story goes on for two
    # paragraphs at least under a caption.
    for i, (n, line) in enumerate(lines):
        credited = _SHOWN_CREDITED.fullmatch(line) if reasons[n] is None and line[:1].isalnum() else None
        if credited is None or len(sentences(credited.group(1))) != 1:  # (not an item: '▶ …')
            continue
        above = any(reasons[m] is None and _running_text(rest) for m, rest in lines[:i])  # not the lede
        later = itertools.takewhile(
            lambda entry: reasons[entry[0]] not in ("copyright", "sign-off"), _from(lines, i + 1)
        )
        under = sum(reasons[m] is None and _running_text(rest) for m, rest in later)
        if above and under >= 2 and _story_goes_on(lines[i + 1 :], reasons):
            reasons[n] = "caption"

    # A photo's caption under its mark, uncredited, between paragraphs: one sentence of what the
    # photo shows ('▲ 로봇 앞에서 한 어르신이 질문을 건네고 있다.', '▲ … 충전소로 돌아가는 로봇.'). A
    # list's items under the same mark stand together, or say what is planned ('▲ … 지원한다.').
    for i, (n, line) in enumerate(lines):
        marked = [rest.startswith(("▲", "△")) for _, rest in lines[max(0, i - 1) : i + 2]]
        core = re.sub(r"\s사진\s?[=:]?\s?[^\s.]{2,12}(?: (?:DB|기자|제공))?$", "", line[1:].strip())  # its credit
        shown = bool(_SHOWN.search(core) or _SHOWN_THING.search(core))
        alone = line.startswith(("▲", "△")) and sum(marked) == 1 and len(core) <= 150
        if reasons[n] is None and alone and shown and len(sentences(core)) == 1 and "▲" not in core:
            reasons[n] = "caption"
        # ... or with no mark nor credit, placing the people it shows: '홍길동 회장(오른쪽)과 … 서명하고 있다.'
        placed = _PLACED.search(line) and len(line) <= 150 and len(sentences(line)) == 1
        if reasons[n] is None and placed and _SHOWN.search(line) and not _cut_dateline(line, n, lex)[1]:
            reasons[n] = "caption"
    # ... or under its agency's credit, as the BBC's pages set them: 'Getty Images' over '… 들고 있다',
    # without the full stop a sentence of the story under a credit has.
    for (k, above), (n, line) in itertools.pairwise(lines):
        shows = len(line) <= 150 and not line.endswith(".") and bool(_SHOWN.search(line + "."))
        if reasons[k] in ("credit", "caption") and _AGENCY.fullmatch(above) and reasons[n] is None and shows:
            reasons[n] = "caption"
    # ... or over its credit on the line under it, between paragraphs: '… 챗GPT를 이용하고 있다.' over '사진:
    # 홍길동 사진기자' (not the lede, which may end so).
    story_above = False
    for (n, line), (k, below) in itertools.pairwise(lines):
        credited = reasons[k] in ("credit", "caption") and bool(_PHOTO_CREDIT.match(below))
        shows = credited and len(line) <= 150 and bool(_SHOWN.search(line)) and len(sentences(line)) == 1
        if reasons[n] is None and shows and story_above:
            reasons[n] = "caption"
        story_above = story_above or reasons[n] is None and _running_text(line)
    # A story's last paragraph signed after a slash ('… 계획이다. /홍길동기자') has a photo credit's
    # shape; of two sentences or more, signed by the reporter its byline names, with no running
    # text under it, it is the story's end (its sign-off is cut off it below).
    bylined = " ".join(line for n, line in lines if reasons[n] == "byline")
    for i, (n, line) in enumerate(lines):
        signer = _byline_rules(lex)[2].search(line) if reasons[n] == "caption" else None
        if signer is None or signer.start() == 0 or len(sentences(line[: signer.start()])) < 2:
            continue
        name = re.match(rf"({bylines(lex).names})\s*{bylines(lex).role}", signer.group(0).lstrip(" /"))
        later = itertools.takewhile(
            lambda entry: reasons[entry[0]] not in ("copyright", "sign-off"), _from(lines, i + 1)
        )
        story_after = any(reasons[m] is None and _running_text(rest) for m, rest in later)
        if name and name.group(1) in bylined and not story_after:
            reasons[n] = None
    # The outlet's correction of this story, over its headline or under it ('[바로잡습니다] 본 기사 3번째
    # 문단의 … 바로잡습니다.'); not a correction's own page, whose headline names no story of its own
    # ('[정정보도] 가상일보 3월 4일자 보도 관련', '[알려드립니다] … 새 단장합니다').
    for (n, line), (k, below) in zip(lines, [*lines[1:], (0, "")], strict=True):
        ours = reasons[n] in (None, "byline date", "date line")  # (its own stamp may end it)
        if (
            ours
            and (m := _CORRECTION.match(line))
            and _corrects_this(m["text"], below if reasons.get(k) is None else "")
        ):
            reasons[n] = "correction"
    # Body starts at the first running-text line that is not chrome, or under a broadcast
    # transcript's first cue ('[앵커]', '◀ 앵커 ▶'), where the anchor's short first line is spoken text.
    body_start = len(lines)
    for i, (n, line) in enumerate(lines):
        story = _running_text(line) or _running_text(_unsigned(line, lex))
        if reasons[n] is None and (story or _cut_dateline(line, n, lex)[1] or _SPEAKER.match(line)):
            body_start = i
            break
        if _TRANSCRIPT_CUE.fullmatch(line) and i + 1 < len(lines) and reasons[lines[i + 1][0]] is None:
            body_start = i + 1
            break
    # A deck of one sentence, as English pages print it, over the story's byline and stamp: the story
    # starts under them ('… would add three factories.' over 'By Jane Doe' over 'March 3, 2025 2:05 pm ET').
    # (Not a Korean lede over its reporter: '… 밝혔다.' over '홍길동 기자' over '입력 …'.)
    english = body_start < len(lines) and not KOREAN.search(lines[body_start][1])
    if english and len(sentences(lines[body_start][1])) == 1:
        under = [reasons[n] for n, _ in lines[body_start + 1 : body_start + 5]]
        if under[:1] == ["byline"] and {"date line", "byline date"} & set(under):
            stamp = body_start + 1 + max(i for i, reason in enumerate(under) if reason in _STAMP_REASONS)
            later = (
                i for i in range(stamp + 1, len(lines)) if reasons[lines[i][0]] is None and _running_text(lines[i][1])
            )
            body_start = next(later, body_start)
    # A Chinese writer's field is the story's over it; under it, or among a book's fields ('书名：《呐喊》' /
    # '作者：鲁迅' / '出版社：…'), a work's.
    for i, (n, line) in enumerate(lines):
        if reasons[n] == "byline" and CJK_WRITER.fullmatch(line):
            near = " ".join(text for _, text in lines[max(0, i - 2) : i + 3])
            if i >= body_start or _BOOK_FIELD.search(near):
                reasons[n] = None
    # A story of short sentences only ('쟁점은 고영향 AI의 범위다.'): it starts at the first two in a row.
    if body_start == len(lines):
        said = [reasons[n] is None and is_sentence(line) for n, line in lines]
        body_start = next((i for i in range(len(lines) - 1) if said[i] and said[i + 1]), body_start)
    # A column's writer box over its headline, its bio read as the story's first line, the headline
    # with the column's label over the stamp: '홍길동' / '가상대 교수. … 박사학위를 받았다.' /
    # '[홍길동의 테크 리포트] …' / '승인 2025.07.08 06:00'.
    unheaded = not any(reasons[k] is None and _headline_candidate(text) for k, text in lines[:body_start])
    for i in range(body_start, min(body_start + 2, len(lines) - 2) if unheaded else body_start):
        (n, line), (m, _) = lines[i + 1], lines[i + 2]
        labelled = re.match(r"\[[가-힣]{2,4}의\s", line) and _headline_candidate(line) and reasons[n] is None
        if labelled and reasons[m] in _STAMP_REASONS and not _running_text(line):
            for k, _ in lines[body_start : i + 1]:
                reasons[k] = "profile"
            # (The box's name, alone or with the post, is the writer's the label names: '[홍길동의 …]'.)
            for k, boxed in lines[max(0, body_start - 3) : body_start]:
                name = name_alone(boxed, lex) and boxed or writer_line(boxed, lex)
                if name and line.startswith(f"[{name}의 "):
                    reasons[k] = "byline"
            body_start = i + 3
            break
    # A summary in note form, its lines ending in nouns ('… 파라미터만 활성화함', '… 공개'), has no
    # sentence to start the body at: four long lines in a row, no headline's ellipsis in any (a list
    # of headlines has), are no deck (a deck has three at most), but the story; unless a stamp
    # follows them, under which a deck or a list of headlines over the page stands.
    run = 0
    last_stamp = max((i for i, (k, _) in enumerate(lines[:body_start]) if reasons[k] in _STAMP_REASONS), default=-1)
    for i, (n, line) in enumerate(lines[:body_start]):
        noted = reasons[n] is None and len(line) >= 40 and not re.search(r"…|\.{3}", line)
        run = run + 1 if noted else 0
        if run == 4 and i > last_stamp:
            body_start = i - 3
            break
    # A post's summary in one sentence under its headline, its day and writers under it ('Gemini 3는
    # … 모델로, …' over '2025년 11월 19일'): a deck, the stamp where a story's lede has none.
    # (Not a lede under the story's own stamp: '입력 …' over '… 정리했다.' over a date in the story.)
    above = [reasons[k] for k, _ in lines[:body_start]]
    headed = any(r is None and _headline_candidate(line) for r, (_, line) in zip(above, lines, strict=False))
    headed = headed and not any(r in _STAMP_REASONS for r in above)
    if headed and body_start + 1 < len(lines) and len(sentences(lines[body_start][1])) == 1:
        (n, _), (m, _) = lines[body_start], lines[body_start + 1]
        if reasons[m] in ("date strip", "date line", "byline date") and reasons[n] is None:
            reasons[n] = "deck"
            later = (i for i, (k, line) in enumerate(lines[body_start + 2 :], body_start + 2) if reasons[k] is None)
            body_start = next((i for i in later if _running_text(lines[i][1])), len(lines))
    # A photo's caption above the story, with no credit: one sentence of what the photo shows
    # ('… 확인하고 있다.'), over the lede that opens with the reporter's tag, or over a deck with a
    # headline's marks. A lede ending so has the story, not a deck or the reporter's tag, under it.
    # So is one over the photo's credit ('[사진=가상전자]', '/ 가상시청'), over the lede.
    if body_start + 1 < len(lines):
        (n, line), (m, following) = lines[body_start], lines[body_start + 1]
        shows = len(line) <= 150 and len(sentences(line)) == 1 and bool(_SHOWN.search(line))
        credited = reasons[m] in ("credit", "caption") or bool(_SLASH_CREDIT.fullmatch(following))
        # (... over the lede that opens with the reporter's tag: a lede may end '…하고 있다.' too.)
        tagged = body_start + 2 < len(lines) and bool(_cut_dateline(lines[body_start + 2][1], 0, lex, names)[1])
        if shows and credited and tagged and not _cut_dateline(line, n, lex)[1]:
            reasons[n], reasons[m] = "caption", reasons[m] or "credit"
            body_start += 2
            (n, line), (m, following) = lines[body_start - 1], lines[body_start]
        lede = bool(_cut_dateline(following, m, lex)[1])
        deck = reasons[m] is None and not is_sentence(following) and _marked(following) and len(following) >= 20
        # ... or set right over the lede where the story's paragraphs stand a blank line apart: a
        # photo's caption copied with the text under it.
        # (Of people in the picture: a lede's '…기업들이 속도를 내고 있다.' tells a trend.)
        spaced = [later for later, _ in lines[body_start + 2 : body_start + 5]]
        glued = (
            m == n + 1
            and len(spaced) >= 2
            and all(b - a >= 2 for a, b in itertools.pairwise([m, *spaced]))
            and bool(_PEOPLE_SHOWN.search(line) and _SCENE.search(line))
        )
        lede = lede or glued and _running_text(following)
        if shows and (lede or deck) and not _cut_dateline(line, n, lex)[1] and not credited:
            reasons[n] = "caption"
            body_start += 1
            while body_start < len(lines) and not (lede or _running_text(lines[body_start][1])):
                body_start += 1

    # A romanized name over its outlet signs the story above it, or over the story's stamp under its
    # standfirst ('Jane Doe | InfoWorld' over '2025.05.21'); in it, a quote's card. A desk's
    # head signs above it or at its end; in it, a list of appointments or a panel's speakers.
    for i, (n, line) in enumerate(lines):
        if reasons[n] == "latin byline":
            stamped = i + 1 < len(lines) and reasons[lines[i + 1][0]] in ("date strip", "byline date", "date line")
            reasons[n] = "byline" if i < body_start or stamped else None
        elif reasons[n] in ("desk byline", "outlet byline"):
            # (In the story, a list of people with their outlets: '홍길동 가상일보 기자' among winners;
            # over it, one the story names is whom an interview is with.)
            later = _story_goes_on(lines[i + 1 :], reasons)
            outlets_byline = reasons[n] == "outlet byline"
            named = outlets_byline and any(line in rest and line != rest for _, rest in lines[body_start:])
            neighbours = [m for m, _ in lines[max(0, i - 1) : i + 2] if m != n]
            listed = outlets_byline and any(reasons[m] in ("outlet byline", "byline") for m in neighbours)
            if named or listed:
                reasons[n] = None
            else:
                reasons[n] = "byline" if i < body_start else None if later else "sign-off"

    # Under a script's interview cue, alone on its line, stands who speaks, not who wrote: '[인터뷰]'
    # over '홍길동 / 가상대 교수' (not a paragraph that opens '인터뷰 말미에 …' over the sign-off).
    for (_, above), (n, _line) in itertools.pairwise(lines):
        cue = _INTERVIEW_CUE.search(above) and len(above) <= 12
        if cue and reasons[n] in ("byline", "sign-off"):
            reasons[n] = None
    # ... and, right between the headline and the story (or its stamp), over an outlet the registry
    # does not know: a Korean edition's byline of the original's writer ('Jane Doe | CIO').
    at = body_start - 1
    while at > 0 and reasons[lines[at][0]] in _DAY_REASONS and body_start - at < 3:
        at -= 1
    if 1 <= at < body_start < len(lines):
        (m, above), (n, line) = lines[at - 1], lines[at]
        latin = LATIN_BYLINE.fullmatch(line)
        person = latin is not None and not _MASTHEAD_WORD.search(latin.group("name"))
        if person and reasons[n] is None and reasons[m] is None and _headline_candidate(above):
            reasons[n] = "byline"
    # A subhead in brackets right over the story's first paragraph opens the story, under its header
    # and headline: '<시장 규모 및 전망>', '【연구 배경】'.
    if 1 < body_start < len(lines):
        n, line = lines[body_start - 1]
        headed = any(reasons[k] is None and _headline_candidate(text) for k, text in lines[: body_start - 1])
        if reasons[n] is None and _BRACKETED_SUBHEAD.fullmatch(line) and headed:
            body_start -= 1
    # Header: headline, deck; before the headline only navigation and section labels.
    header = [(n, line) for n, line in lines[:body_start]]
    # A clipping's source over the story is a board's (CLIPPING_SOURCE); in the story's text, it is a citation of
    # another edition: a source's credit, as any other.
    for n, line in lines[body_start:]:
        if reasons[n] == "reprint note" and CLIPPING_SOURCE.match(line) and not REPRINT_NOTE.match(line):
            reasons[n] = "credit"
    # A quote box over the story, or beside its headline: a price, its move, the day's volume.
    for n, line in header:
        if reasons[n] is None and _quote_figure(line):
            reasons[n] = "widget"
    # A Markdown export's fields over the story ('**Source:** [site](…)', '**Reading time:** 4 min'),
    # or a note's ('출처: 가상일보 https://…', '메모: …'), one of them the keeper's own (a site's
    # story may print its section and tags so: '분류: IT/과학', '태그: 카카오, AI').
    markdown = {i for i, (_, line) in enumerate(header) if _EXPORT_FIELD.match(line)}
    fields = sorted(markdown | {i for i, (_, line) in enumerate(header) if _NOTE_FIELD.match(line)})
    exported = len(fields) >= 2 and any(i in markdown or _KEEPER_FIELD.match(header[i][1]) for i in fields)
    for i, (n, line) in enumerate(header):
        note = exported and (i in fields or _READER_APP.fullmatch(line))
        if reasons[n] is None and (i in markdown or note):
            reasons[n] = "export field"
    # Over a note's fields stands the note's own title ('📌 AI 업계 동향 스크랩 (2월 1주차)'), when the
    # story's headline, with its marks, stands under them (an export's headline has its fields under it).
    under = header[fields[-1] + 1 :] if exported else []
    if any(reasons[n] is None and _headline_candidate(line) and _marked(line) for n, line in under):
        for n, _line in header[: fields[0]]:
            reasons[n] = reasons[n] or "container"
    # An app's share text, or an outlet's post, heads the page with the outlet's or the
    # programme's tag and the title, which the page prints again under it ('[채널예스] 기계가
    # 문장을 … - 『…』' over '기계가 문장을 …', '[ubc 프라임뉴스] 울산 …' over '울산 …').
    for i, ((tagged_n, tagged), (_, below)) in enumerate(itertools.pairwise(header)):
        tag = re.fullmatch(r"(?:[^\w\s\[\]]\s*)?\[([^\]]{2,12})\]\s*(.+)", tagged)  # ('📰 [가상신문] …')
        shared = tag and fold(tag.group(2)).startswith(fold(below)) and _headline_candidate(below)
        # (Not a section's tag over the headline printed again: '[단독] …' heads the headline.)
        label = shared and tag.group(1) in (*lex.sections, *lex.section_words)
        if shared and not label and reasons[tagged_n] is None:
            reasons[tagged_n] = "share heading"
            # The tag is the outlet's when the app's trailer ends the page ('YES24 앱에서 공유함'),
            # not a series' ('[르포]', '[AI 리포트]').
            if i == 0 and any(_SHARED.search(line) for _, line in lines[-3:]):
                out.masthead = tag.group(1)
            break
    # A Korean headline with a headline's marks, below other lines.
    korean = [
        i
        for i, (n, line) in enumerate(header)
        if reasons[n] is None and KOREAN.search(line) and _headline_candidate(line) and _marked(line)
    ]
    first_n, first = header[0] if header else (0, "")
    # An outlet's English and Korean names as the first line over it ('Korea Shipping Gazette
    # 코리아쉬핑가제트'): the masthead, set aside before the menus under it are looked for.
    if korean and korean[0] > 0 and reasons[first_n] is None and _BILINGUAL_NAME.fullmatch(first):
        reasons[first_n] = "outlet name"
    # Lines of short names without punctuation ('정치 대통령실 국회 정당 선거 북한 외교 국방')
    # above the first line that reads as a headline are menus of names the lexicon does not
    # know (unless one stands by the stamp, as a headline would). Under it they may be a deck.
    free = [(n, line) for n, line in header if reasons[n] is None and _headline_candidate(line)]
    menus = list(itertools.takewhile(lambda entry: _menu_like(entry[1], lex), free))
    if len(menus) < len(free):
        for n, _ in menus:
            if not _beside_stamp(n, header, reasons):
                reasons[n] = "menu"
    # Among the page's first lines, five such names are its menu too, with a headline with its
    # marks to come: '대학 입시 교육정책 인터뷰 오피니언' under the outlet's name and slogan.
    # (Over more of the site, not right over a deck: '글로벌 증권 시장 변동성 확대' is a headline.)
    for i, (n, line) in enumerate(header[:3]):
        to_come = any(reasons[m] is None and _marked(rest) for m, rest in header[i + 1 :])
        over_site = i + 1 < len(header) and reasons[header[i + 1][0]] is not None
        if reasons[n] is None and _menu_like(line, lex, least=5) and to_come and over_site:
            reasons[n] = "menu"
    # A row of links copied off a menu bar keeps the bar's wide gaps: four names or more, each of a
    # word or two without a headline's marks, set apart by two spaces or more ('Home   Archive
    # Liked   Notes', '법원·검찰   사건사고   법률정보   로스쿨'). A headline's words stand one space apart.
    # So does a phone browser's address bar, the site's domain between its buttons ('가가   djtimes.co.kr   ↻').
    for n, line in header:
        items = re.split(r"\s{2,}", line.strip())
        domains = sum(bool(_DOMAIN.fullmatch(item)) for item in items)
        # (One entry of a single letter at most, '홈': a table's head row has '팀  승  패'.)
        single = sum(len(item) == 1 and not re.match(_ICON, item) for item in items)
        bar = single <= 1 and all(_MENU_ITEM.fullmatch(item) or _DOMAIN.fullmatch(item) for item in items)
        icons = all(re.match(_ICON, item) for item in items)  # an app's counters: '👥 9   📌 2   🔍 검색'
        if reasons[n] is None and bar and len(items) >= (3 if domains == 1 or icons else 4):
            reasons[n] = "menu"
    # A menu whose current section the page prints again under it, alone ('보도자료 테크 인사이트
    # ESG 미디어' over '보도자료'): a menu, however few of its names the lexicon knows.
    for i, (n, line) in enumerate(header):
        words = line.split()
        plain = len(words) >= 3 and not _marked(line) and not re.search(r"\d", line)
        # (A keyword line under a headline is no menu's echo: '엔비디아 젠슨 황 방한 삼성 회동' over '엔비디아'.)
        if reasons[n] is None and plain and _menu_words(words, 12):
            items = {fold(word) for word in words}
            echoed = any(fold(other) in items for _, other in header[i + 1 : i + 4])
            if echoed and any(reasons[m] is None and _headline_candidate(rest) for m, rest in header[i + 1 :]):
                reasons[n] = "menu"
    # A second row of the menu, right under the first: plain names, four or more ('뉴스 리뷰 프리뷰 인터뷰'
    # over 'PC 모바일 콘솔 업계 하드웨어'), over a line that opens with a kicker ('[CES 2025] …'). A kicker
    # heads a headline, never its deck: the plain line over it is no headline.
    for (above, _), (n, line), (under, below) in zip(header, header[1:], header[2:], strict=False):
        words = line.split()
        plain = len(words) >= 4 and not _marked(line) and not re.search(r"\d", line) and _menu_words(words, 7)
        kicker = _COLUMN_KICKER.match(below)
        # (An event's or a topic's, '[CES 2025]'; a story's kind may lead its deck under a plain headline: '[단독] …'.)
        named = kicker and kicker.group(0)[1:-1].strip() not in (*lex.sections, *lex.section_words, *_STORY_KINDS)
        kicked = reasons[under] is None and named and _headline_candidate(below)
        if reasons[n] is None and reasons[above] == "menu" and plain and kicked:
            reasons[n] = "menu"
    # A line of names under the site's name, over more of its navigation (its login bar, the
    # page's section) and a line that reads as a headline, with a headline's marks ('e4ds news' /
    # '반도체 AI 전장 IoT 디스플레이 이벤트' / '로그인 회원가입' / '딥엑스, CES 2026서 …'): the site's
    # menu. A headline's deck stands right under it, or under its stamp, never under the menus.
    free_at = [i for i, (n, line) in enumerate(header) if reasons[n] is None and _headline_candidate(line)]
    for i, following in itertools.pairwise(free_at):
        (n, line), (_, later) = header[i], header[following]
        words = line.split()
        between = [reasons[m] for m, _ in header[i + 1 : following]]
        if (
            i == 1
            and not _headline_candidate(header[0][1])
            and len(words) >= 5
            and not _marked(line)
            and all(2 <= len(word) <= 12 and not _PARTICLE.search(word) for word in words)
            and _marked(later)
            and "menu" in between
            and not any(reason in _STAMP_REASONS for reason in between)
        ):
            reasons[n] = "menu"
    # A path right over a longer Korean line with a headline's marks is the page's breadcrumb
    # ('블록체인·가상자산 > 거래소', 'BUSINESS > 마케팅'), though the lexicon knows none of its names.
    above: set[str] = set()  # the lines over this one
    for (n, line), (m, below) in zip(header, header[1:], strict=False):
        parts = re.split(r"\s*>\s*", line)
        # One word each, of Hangul, capitals or a capitalised word ('Investment'): not a comparison
        # ('GPT-5 > o3', '삼성 > 애플', 'GPT-5 > 제미나이 벤치마크 역전'), unless the line under it
        # names its last step as its series ('팟캐스트 > 씨네21 영화수다' over '[씨네21 영화수다] EP.87 …').
        sections = all(re.fullmatch(r"[가-힣·]+|[A-Z&]+|[A-Z][a-z]+", part) for part in parts)
        series = len(parts) > 1 and f"[{fold(parts[-1])}]" in fold(below)
        # (Or a path of any words into a section the lexicon knows: '2025년 11월 제주 소식 모아보기 > 경제'.)
        known = len(parts) > 1 and parts[-1] in lex.sections
        # (Or a path of the names the page prints over it: its masthead and a menu's item,
        # '헬로tv뉴스' and '부산·김해' over '헬로tv뉴스 > 부산·김해'.)
        printed = len(parts) > 1 and all(fold(part) in above for part in parts)
        above.add(fold(line))
        path = (
            ">" in line
            and not _marked(line)
            and (bool(_CRUMB.match(line)) and (sections or series) or known or printed)
        )
        over = reasons[n] is None and reasons[m] is None and _marked(below) and bool(KOREAN.search(below))
        # A path no headline writes, over whatever line: steps set apart by '›' or '»', or a note
        # app's path under its page icon ('내 라이브러리 › 중국 도시 교통 AI', '📥 스크랩 / 약국·AI 자료').
        app_path = reasons[n] is None and bool(_APP_PATH.fullmatch(line)) and not _marked(line)
        if over and path and len(below) > len(line) or app_path:
            reasons[n] = "menu"
        elif over and _TOPICS.fullmatch(line) and not _marked(line):
            reasons[n] = "section label"
    # A browser's print header: the page's title, the headline cut short with its section ('… < 모빌리티').
    headlines = {fold(line) for n, line in header if reasons[n] is None}
    for n, line in header:
        cut = line.split(" < ")[0]
        if " < " in line and _headline_candidate(cut) and fold(cut) in headlines - {fold(line)}:
            reasons[n] = "print header"
    # Over the site's menu bar stands its masthead: a wordmark ('데일리임팩트 DAILY IMPACT'), a
    # slogan ('국방 정론지 | 1920년대부터 이어온 군의 목소리'), a capture service's bar. A headline
    # stands under the menu, with a headline's marks; over it only as the tab's title, which the
    # page prints again (or with its own stamp between it and the bar).
    # (Or its sections one under another, four or more: '뉴스' / '정책' / '병원' / '제약·바이오'.)
    # (Not a toolbar's buttons one under another: '기사듣기' / '글자크기' / '공유' / '인쇄'.)
    section_like = [len(line) <= 10 and reasons[n] in (None, "section label", "menu") for n, line in header]
    stacked = [len(section_like[i : i + 4]) == 4 and all(section_like[i : i + 4]) for i in range(len(header))]
    menu_at = next((i for i, (n, line) in enumerate(header) if _menu_bar(line, reasons[n]) or stacked[i]), len(header))
    headline_under = any(
        reasons[n] is None and _headline_candidate(line) and _marked(line) for n, line in header[menu_at + 1 :]
    )
    # (A day with its weekday alone over the menu is the site's strip of the day, no story's stamp.)
    stamped = any(reasons[n] in _STAMP_REASONS and not _TODAY.fullmatch(line) for n, line in header[:menu_at])
    if headline_under and not stamped:
        for n, line in header[:menu_at]:
            if reasons[n] is None and _headline_candidate(line):
                reasons[n] = "outlet name"
    # Under the outlet's name at the page's top, a line naming the outlet again ('진실을 향한 60년,
    # 가상일보'), and over the headline the outlet's name with the year it was founded ('GASANG TIMES
    # · Since 1995'), with a headline with its marks under them: the masthead's. (A slogan in
    # words alone reads as a plain headline does: '서울 아파트값 다시 오른다'.)
    top = header[:6]
    marked_below = [any(reasons[m] is None and _marked(rest) for m, rest in header[i + 1 :]) for i in range(len(top))]
    # (Or under the outlet's name further down, with a portal's button: '비즈한국 구독 | 언론사 편집 기사'.)
    for i, (n, line) in enumerate(top):
        above_n, above = header[i - 1] if i else (0, "")
        named = i == 1 and reasons[above_n] is None or reasons.get(above_n) == "outlet name"
        again = named and len(above) >= 2 and above in line
        masthead = again or bool(_FOUNDED.fullmatch(line))
        if reasons[n] is None and _headline_candidate(line) and masthead and marked_below[i]:
            reasons[n] = "outlet name"
    # A series' kicker over the headline: its label and a few words ('[커버스토리] AI PC 전쟁')
    # above a longer line that reads as a headline. A section's label ('[포토] 로봇 전시회 개막',
    # '[단독] …') begins a headline itself.
    free = [(n, line) for n, line in free if reasons[n] is None]
    kicker = _KICKER.fullmatch(free[0][1]) if len(free) >= 2 else None
    longer = len(free) >= 2 and _marked(free[1][1]) and len(free[1][1]) > len(free[0][1])
    if kicker and (kicker.group("tag") or kicker.group("label")) not in lex.sections and longer:
        reasons[free[0][0]] = "label"
    # A portal's topic over the headline: its label and the story's key words, each of them in the
    # headline under it ('이슈 엔비디아 GPU 26만장' over '엔비디아, 韓에 GPU 26만장 푼다…'), or its
    # section's names ('이슈 통신·플랫폼').
    label, _, topic = free[0][1].partition(" ") if len(free) >= 2 else ("", "", "")
    # (Each a word of the headline, or its start: '엔비디아' in '엔비디아,', not '된' inside '전환된'.)
    headline_words = re.findall(r"\w+", free[1][1]) if topic else []
    in_headline = bool(topic) and all(any(w.startswith(word) for w in headline_words) for word in topic.split())
    named = bool(topic) and all(part in (*lex.sections, *lex.topics) for part in re.split(r"[·/]", topic))
    if label in _TOPIC_LABELS and (in_headline or named) and longer and not _marked(topic):
        reasons[free[0][0]] = "label"
    # A line between the outlet's name and a menu is the masthead's slogan ('경기·인천의 든든한 동반자'),
    # and so is one saying what the outlet is between the page's first line and a menu with a
    # headline under it: the name of an outlet the registry does not know ('한국교육신문' over
    # '한국교총이 발행하는 교육전문지'; not '테크플러스' over the headline '갤럭시S26 AI폰 출격 임박').
    for i in range(1, len(header) - 1):
        (above, _), (n, line), (below, _) = header[i - 1 : i + 2]
        masthead = reasons[above] == "outlet name" or (
            i == 1
            and reasons[above] is None
            and bool(_SLOGAN_END.search(line) or _ENGLISH_NAME.fullmatch(line) and KOREAN.search(header[0][1]))
            and any(reasons[m] is None and _headline_candidate(rest) for m, rest in header[i + 2 :])
        )
        # ... and so is any short line over the site's account bar at the page's top ('IT로 만나는
        # 새로운 세상' over '로그인'): a headline has its stamp, byline or deck under it, never the login.
        bar = i <= 2 and header[i + 1][1] in _ACCOUNT_BAR and len(line) <= 30
        bar = bar and _headline_to_come(header, header[i + 1][0], reasons)
        if reasons[n] is None and (masthead and reasons[below] == "menu" or bar) and not _marked(line):
            reasons[n] = "outlet name"
    # The outlet's name in Latin letters under its Korean one, among the site's navigation
    # ('가상이코노믹' over 'Gasang Economic' over '로그인'), or in capitals as its logo prints it,
    # a mailed letter's too ('가상포스트 코리아' over 'GASANG POST KOREA'); not a headline in English.
    for (above, _), (n, line), (below, _) in zip(header, header[1:], header[2:], strict=False):
        navigation = reasons[below] in ("widget", "menu", "section label") and _headline_to_come(header, n, reasons)
        latin = reasons[above] == "outlet name" and _LATIN_NAME.fullmatch(line) and navigation
        logo = reasons[above] in ("outlet name", "newsletter note") and _CAPITALS_NAME.fullmatch(line)
        if reasons[n] is None and (latin or logo):
            reasons[n] = "outlet name"
    # The outlet's name and its slogan at the page's top or among its navigation ('헬로디디 - 과학이
    # 세상을 바꾼다', a feed's or a tab's title); not a headline naming an outlet ('가상TV - 2분기
    # 영업익 …'), nor a list of outlets in the story.
    for i, (n, line) in enumerate(header):
        name, dash, slogan = line.partition(" - ")
        plain = dash and len(slogan) <= 20 and not re.search(r"[\d,…'\"‘’“”]", slogan)
        amid = 0 < i < len(header) - 1 and reasons[header[i - 1][0]] and reasons[header[i + 1][0]]
        if (
            reasons[n] is None
            and plain
            and fold(name) in names
            # (A first line over a deck is the headline: '가상TV - 카카오 AI 동맹 결성'.)
            and (0 < i < 3 or amid or i == 0 and len(header) > 1 and reasons[header[1][0]] is not None)
            and _headline_to_come(header, n, reasons)
        ):
            reasons[n] = "outlet name"
    # A breadcrumb ('프레스센터 > 보도자료') is the path to the article under it: what stands
    # above it is the site's navigation, when a headline can stand below. A line that reads as
    # a headline right above it is one (some pages print the path under the headline), unless
    # the site's name or menu stands between them (a browser tab's title, above the site).
    # The section the path ends in, printed alone over it ('경제일반' over '경제 > 경제일반'), is the
    # site's too, and so printed under it as the page's heading, over the headline ('Home > News >
    # Press Releases' over 'Press Releases' over the release's title).
    crumbs = [i for i, (n, line) in enumerate(header) if reasons[n] == "menu" and ">" in line]
    if crumbs and any(reasons[n] is None and _headline_candidate(line) for n, line in header[crumbs[-1] :]):
        steps = {fold(step) for step in re.split(r"\s*>\s*", header[crumbs[-1]][1])}
        under = [(n, line) for n, line in header[crumbs[-1] + 1 :] if reasons[n] is None]
        if len(under) >= 2 and fold(under[0][1]) in steps and _headline_candidate(under[1][1]):
            reasons[under[0][0]] = "section label"
        site_between = False
        for n, line in reversed(header[: crumbs[-1]]):
            if reasons[n] is None and fold(line) in steps:
                reasons[n] = "section label"
            site_between = site_between or reasons[n] in ("outlet name", "menu", "section label")
            if site_between or not _marked(line):
                reasons[n] = reasons[n] or "menu"
    # A foreign title's Korean edition: its English name as the first line over the Korean
    # headline ('MIT Technology Review'), and its section in English ('Artificial intelligence').
    if korean and korean[0] > 0:
        # ... or a known outlet's Latin name with its service's: 'NHK WORLD-JAPAN'.
        words = re.split(r"[ -]", first) if re.fullmatch(r"[A-Za-z][A-Za-z&. -]*", first) else []
        words = words if len(words) <= 3 else []  # not a kicker: 'CNN Business Korea Forum 2025'
        # (Its service in capitals: 'NHK WORLD-JAPAN', not a kicker 'SBS D Forum', 'AI Times Awards'.)
        service = any(
            " ".join(words[:k]) in names and all(w.isupper() for w in words[k:]) for k in range(1, len(words))
        )
        if reasons[first_n] is None and (_ENGLISH_NAME.fullmatch(first) or service):
            reasons[first_n] = "outlet name"
        english_sections = {w.casefold() for w in lex.section_words if w.isascii()}
        for n, line in header[: korean[0]]:
            if reasons[n] is None and line.casefold() in english_sections:
                reasons[n] = "section label"
    seen_title = False
    writer = ""  # a column's writer, named under its headline
    # The headline stands right above the byline or date line; a short one ('…에 혼났습니다')
    # is recognised by that position when nothing above or under the stamp (where some layouts
    # print the headline) looks like a headline. A date with a weekday and no label is as often
    # the site's strip of the day the page was read ('오늘의 뉴스데스크 2026.11.29 (일)'): it
    # marks no headline's place.
    marks = [
        (i, reasons[n])
        for i, (n, line) in enumerate(header)
        if reasons[n] in _STAMP_REASONS
        and not (reasons[n] != "byline date" and WEEKDAY_MARK.search(line) and not re.search(r"\d:\d\d", line))
    ]
    stamp = next((i for i, reason in marks if reason in _DAY_REASONS), marks[0][0] if marks else None)
    # The site's menu of sections runs across the page between its masthead and the story: what
    # reads as a headline above it, among the site's own lines (its name, buttons, today's date),
    # is the site's (a slogan, an account's buttons), when a headline stands under it and no stamp
    # over it (a story printed above the menu has its stamp there; a headline over a menu and its
    # deck, no site line over it, stays).
    # (Not a path: '경제 > 산업', '경제 | 산업 | IT'.)
    menus = [
        i
        for i, (n, line) in enumerate(header)
        if reasons[n] == "menu" and ">" not in line and len(re.findall(r"[^\s|｜]+", line)) >= 5
    ]
    site_above = menus and any(reasons[n] in _SITE_LINES for n, _ in header[: menus[-1]])
    under_menu = header[menus[-1] + 1 :] if site_above and (stamp is None or stamp > menus[-1]) else []
    if any(reasons[n] is None and _headline_candidate(line) for n, line in under_menu):
        for n, _line in header[: menus[-1]]:
            reasons[n] = reasons[n] or "outlet name"
    headlines = (
        line for n, line in header if reasons[n] is None and _headline_candidate(line) and not _captioned(line)
    )
    if stamp is not None and not any(headlines):
        # (A headline printed twice, under a ticker's item of it, is one; the ticker's time, '3시간 전', none.)
        above = [
            (n, line)
            for n, line in header[:stamp]
            if reasons[n] in (None, "repeated line") and len(line) >= 4 and not re.fullmatch(_AGE, line)
        ]
        if above:
            out.title, out.title_line, seen_title = above[-1][1], above[-1][0], True
            reasons[above[-1][0]] = "title"
            for n, _ in header[:stamp]:
                reasons[n] = reasons[n] or "section label"
    for n, line in header:
        if reasons[n] == "repeated line" and not seen_title and _headline_candidate(line):
            reasons[n] = None  # a headline printed twice is still the headline
        elif (
            reasons[n] == "repeated line"
            and seen_title
            and writer_line(line, lex)
            and _column(out.title, header, reasons)
        ):
            reasons[n] = None  # so is a column's writer with the post ('홍길동 가상대 교수', under it and in a box)
        if reasons[n]:
            continue
        if not seen_title:
            named = _name_in_english(line, n, header, reasons)
            # A magazine's short headline, words of Hangul right over its deck, the stamp under the deck:
            # '옷장을 읽는 알고리즘' (a section's name is no headline, nor is a line with no stamp to follow).
            short = (
                n == header[-1][0]
                and body_start + 1 < len(lines)
                and reasons[lines[body_start + 1][0]] in _STAMP_REASONS
                and re.fullmatch(r"[가-힣]+(?: [가-힣]+){1,4}", line) is not None
                and line not in lex.sections + lex.section_words + lex.topics
            )
            candidate = (_headline_candidate(line) or short) and not _captioned(line)
            # (Nor a series' label with its part's number last, over the part's headline that opens with
            # a quote: '[AI 대전환] 신약개발, 어디까지 왔나 ③' over '"…"…'; or one that says it is a series,
            # over a headline joined by '…' too: '[연중기획] 디지털 농업 현장을 가다 ⑤', '연재 | 통영 바다, AI를
            # 만나다 ③'. '[연재] ② 이주노동자 곁의 AI 통역사' is a headline, '[AI 대전환] … ③' over '…' too.)
            below = next((text for k, text in header if k > n and reasons[k] is None), "")
            quoted = below[:1] in "\"“'‘"
            series = _SERIES_LABEL.match(line) and (quoted or "…" in below)
            part = _SERIES_PART.search(line) and (_COLUMN_KICKER.match(line) and quoted or series)
            # (Nor a magazine's package, its short name under its kind, over the story's own headline: '[커버스토리]
            # 반도체 3.0 전쟁', '특집 | 생성형 AI와 뉴스 저작권'.)
            package = (kind := _PACKAGE.fullmatch(line)) and len(below) > len(kind["name"])
            candidate = candidate and not ((part or package) and _headline_candidate(below))
            # (Nor a contributor's name and post, over a column copied without its headline: '홍길동
            # 가상대학교 정보학부 교수'; under a reporter's byline it is an appointment's headline.)
            reported = any(reasons[k] == "byline" and text != line for k, text in header)
            contributor = not reported and bool(columnist_name(line, lex, spaced=True))
            if (
                candidate
                and not contributor
                and not _listed(line, header)
                and not named
                and not _crumb(n, header, reasons)
                and not _menu_over_its_path(n, header, lex)
            ):
                out.title, out.title_line, seen_title = line, n, True
                reasons[n] = "title"
            elif contributor:
                reasons[n] = "byline"
            elif not re.fullmatch(r"\[[^\]]{1,10}\]", line):
                reasons[n] = "section label"
            continue
        if fold(line) == fold(out.title):
            reasons[n] = "title repeated"
        elif name_alone(line, lex) and re.match(rf"\[\s*{re.escape(line)}의\s", out.title):
            # The writer the column's label names ('[홍길동의 AI 산책] …'), alone on a line, with
            # the post on the next ('가상대 정보학과 교수'), which names no second writer.
            reasons[n], writer = "byline", line
            at = _at(n, header)
            if at + 1 < len(header) and re.search(POSITION, header[at + 1][1]):
                reasons[header[at + 1][0]] = "writer's post"
        elif (
            (name := without_accounts(line))
            and (writers := names_alone(name, lex))
            and not set(writers) & set(lex.not_names)
            and not any(DAY_LABEL.search(writer) for writer in writers)
            # (by a day's strip too, with no reporter's byline under the headline, when each reads as a person's
            # name of three syllables, as most are: '2025-09-25 (목) 14:03' over '홍길동', not '이웃추가')
            and (
                _beside_stamp(n, header, reasons)
                or all(len(w) == 3 and family_named(w) for w in writers)
                and _beside_stamp(n, header, reasons, ("date strip",))
                and not any(re.search(bylines(lex).role, text) for _, text in header)
            )
            # (not the story's section, printed in the menu too: '농업' over '입력 …')
            and fold(name) not in {fold(item) for m, item in header if reasons[m] in _MENU_REASONS}
        ):
            # a reporter's name alone, or a few ('홍길동, 김철수'), right above or below the stamp,
            # or with the site's account for it: '홍길동(gildong)'
            reasons[n] = "byline"
        elif staff_writer(line) and (
            _beside_stamp(n, header, reasons) or (at := _at(n, header)) > 0 and header[at - 1][0] == out.title_line
        ):
            # the writer's role before the name, by the stamp or right under the headline: '에디터 홍길동',
            # '리포터 홍길동'
            reasons[n] = "byline"
        elif (
            name_alone(alone := NICKNAME.sub("", line), lex)
            and alone not in (*lex.not_names, *lex.sections)
            and _over_date(n, header, reasons)
        ):
            # a reader mode's: the name alone, then the day alone; a community's, with the
            # writer's nickname: '홍길동(카이)'
            reasons[n] = "byline"
        elif writer_line(line, lex) and (box := _writers_box(n, header, reasons, lex)) is not None:
            reasons[n] = "writer's post"  # under the name alone: '홍길동' over '가상대 정보학과 교수'
            # A column's writer, the name taken for a button when nothing beside it told ('[기고] …' over
            # '홍길동' over '가상대 약학대학 교수' over the stamp).
            if reasons[box] in (None, "widget") and _column(out.title, header, reasons, named=True):
                reasons[box] = "byline"
        elif (
            len(line) <= 60
            and writer_line(line, lex)
            and not is_sentence(line)
            and (
                _column(out.title, header, reasons, named=True) or _reports_writer(line, n, header, reasons, out.title)
            )
        ):
            # A columnist's name and post under the headline: '홍길동 가상대 교수'; a report's writer
            # by its day: '2025.06.10' over '홍길동 책임연구원'.
            reasons[n] = "byline"
            writer = writer_line(line, lex)
        elif (m := re.fullmatch(rf"\S{{2,12}}\s({bylines(lex).name})\s?{bylines(lex).role}", line)) and (
            m.group(1)[0] in SURNAMES  # (not a post: 'KBS 워싱턴 특파원')
        ):
            reasons[n] = "byline"  # the reporter after an outlet the registry does not know: '가상스포츠 홍길동 기자'
        elif _deck_line(line, lex) and not _roundup_item(n, line, lines, out.title_line, reasons):
            out.deck.append(line)
            reasons[n] = "deck"
        elif _writers_post(line):
            reasons[n] = "writer's post"  # a writer's card under the headline: '가상전자 CEO'
        elif re.search(r"\d:\d\d", line):
            reasons[n] = "date line" if _stamp_shaped(line) else "widget"  # (or a player's time)
        elif (len(line) <= 20 or _toolbar(line, lex)) and not _QUESTION.fullmatch(line):
            reasons[n] = "widget"  # a toolbar's ('크게 작게', '기사 스크랩', '음성으로 듣기')
    # The story's headline stands over its reporter's byline; a line taken first, set apart from it
    # by a date, a menu or a label, is what holds the story: a note's or a clip's title over its
    # time, a board's post, a phone's status bar, a news ticker's latest item.
    if (story := _headline_over_byline(header, reasons, out.title_line, lex)) is not None:
        for n, _line in header[:story]:
            reasons[n] = "container" if reasons[n] in ("title", "deck") else reasons[n]
        _retitle(out, header[story], header, reasons)
    # A board's post of a story under the post's own title: the story's headline is under it.
    # (Not the poster's own heading over their own text: '… 내 생각' over '나는 …'.)
    pasted = _pasted_headline(header, reasons, out.title_line, out.title) if out.title_line is not None else None
    own = pasted is not None and any(_in_own_words(line) for n, line in lines if 0 < n - pasted[0] <= 3)
    if pasted is not None and not own:
        reasons[out.title_line] = "container"
        _retitle(out, pasted, header, reasons)
    # A release's table (its day, its pages, whom to ask) stands between the site's lines and its
    # headline: a line taken above it with no headline's marks is the site's ('가상전자 뉴스센터 Korea'),
    # when one with them stands under the table and the release does not print the first again there.
    # (A headline over its own table, a deck under it: '가상전자, …' over '자료 | …' over '- …'.)
    table = [i for i, (n, _) in enumerate(header) if reasons[n] == "release table"]
    taken = _at(out.title_line, header) if out.title_line is not None and table else None
    if taken is not None and taken < table[0] and not _marked(out.title):
        under = header[table[-1] + 1 :]
        candidates = (entry for entry in under if reasons[entry[0]] in (None, "deck") and _headline_candidate(entry[1]))
        headline = next(candidates, None)
        if headline and _marked(headline[1]) and "title repeated" not in {reasons[n] for n, _ in under}:
            reasons[out.title_line] = "outlet name"
            _retitle(out, headline, header, reasons)
    # A section's name among the menu's items, printed again as the heading over the story ('Case Study'
    # / 'Special Report' / 'Interview' … 'Special Report' over 'AI 에이전트가 일하는 회사, …'): the headline
    # is the first line with a headline's marks under the second.
    at = _at(out.title_line, header) if out.title_line is not None else None
    site = ("section label", "menu", "widget")
    if at is not None and 0 < at < len(header) - 1 and _MENU_ITEM.fullmatch(out.title):
        in_menu = reasons[header[at - 1][0]] in site and reasons[header[at + 1][0]] in site
        again = next((i for i, (n, _) in enumerate(header) if i > at and reasons[n] == "title repeated"), None)
        under = header[again + 1 :] if in_menu and again is not None else []
        headline = next((entry for entry in under if reasons[entry[0]] in (None, "deck")), None)
        if headline and _headline_candidate(headline[1]) and _marked(headline[1]):
            reasons[out.title_line] = reasons[header[again][0]] = "section label"
            _retitle(out, headline, header, reasons)
    # A site's name, slogan or tab in Latin letters among its menu printed an item a line: the headline
    # is under it (after the menu's section printed again is set right, above).
    if (story := _headline_under_menu(header, reasons, out.title_line, lex)) is not None:
        reasons[out.title_line] = "section label"
        _retitle(out, header[story], header, reasons)
    # The outlet's name over the page that its copyright line prints ('The Seoul Times' over the menu,
    # 'Copyright © The Seoul Times') is no headline: a line under it that reads as one is.
    if out.title_line is not None:
        marked = (line for _, line in lines[body_start:] if _COPYRIGHT_MARK.search(line))
        owner = next(filter(None, map(printed_outlet, marked)), "")
        named = owner and _bare_name(out.title) == _bare_name(owner)
        if named and (story := _headline_under_outlet(header, reasons, out.title_line)):
            reasons[out.title_line] = "outlet name"
            _retitle(out, story, header, reasons)
    # The browser tab's title over the page, the site's name after the headline ('… 가동 - 가상일보'):
    # the headline is the page's line that the tab's title begins with.
    tab = _TAB_TITLE.fullmatch(out.title)
    bare = tab and next((n for n, line in header if n > (out.title_line or 0) and fold(line) == fold(tab[1])), None)
    if bare:
        reasons[out.title_line] = "print header"
        _retitle(out, (bare, dict(header)[bare]), header, reasons)
    # The tab's title with the site's name first ('가상시민신문 :: 삼성 평택캠퍼스 …', as some sites'
    # software writes it) where the page prints no other headline: the headline is what follows.
    site_first = re.fullmatch(r"(?P<site>[^:|｜]{2,20}?)\s::\s(?P<head>\S.{7,})", out.title)
    if site_first and any(site_first["site"] in line for n, line in lines if n != out.title_line):
        out.title = site_first["head"]
    # A share's text heads the copy with the outlet's name before the headline ('가상신문 - …'), the
    # headline printed again alone below it: the headline is that line.
    named_first = re.fullmatch(r"(?P<name>[^-|｜:]{2,20}?)\s[-|｜]\s(?P<head>\S.{7,})", out.title)
    outlet = named_first and (fold(named_first["name"]) in names or _OUTLET_LIKE.search(named_first["name"]))
    again = outlet and next(
        (n for n, line in header if n != out.title_line and fold(line) == fold(named_first["head"])), None
    )
    if again and out.title_line is not None:
        reasons[out.title_line] = "title repeated"
        _retitle(out, (again, dict(header)[again]), header, reasons)
    # A headline with its subheads in one line, as some copies join them ('AI가 짠 광고, 사람이
    # 고른다 - 광고대행사 AI 제작 비중 30% 넘어 - …'): the first part is the headline.
    parts = re.split(r"\s[-–—]\s", out.title)
    if len(parts) >= 3 and all(_headline_candidate(part) for part in parts):
        out.title, out.deck = parts[0], [*parts[1:], *out.deck]
    # A headline set in brackets whole, as a post's caption sets it ('[딥페이크, 이제 …]'), on a page
    # with no other: a series' label ('[AI 시대, 일자리를 묻다]') has its headline under it.
    caption = next(
        (n for n, line in header if reasons[n] == "label" and re.fullmatch(r"\[[^\[\]]{2,}, [^\[\]]{6,}\]", line)), None
    )
    if not out.title and caption is not None:
        out.title, out.title_line, reasons[caption] = dict(header)[caption][1:-1].strip(), caption, "title"
    # A photo story's headline, marked at its end ('AI NPC와 대화하는 관람객 [사진]'), right over its stamp,
    # on a page with no other (a photo's caption so marked stands over a headline, not over the stamp).
    photo = not out.title and next(
        (
            n
            for (n, line), (m, _) in itertools.pairwise(header)
            if reasons[n] == "caption" and _PHOTO_HEADLINE.search(line) and reasons[m] in ("byline date", "date line")
        ),
        None,
    )
    if photo:
        out.title, out.title_line, reasons[photo] = dict(header)[photo], photo, "title"
    # A board's post printing each field under its label, a line each ('제목' / the headline / '작성자' /
    # '홍보팀'): the line under '제목' is the headline, not the board's note over it ('… 안내해 드립니다.').
    # (A run of a board's fields: the next label under the headline, '작성자', '등록일'; not a film's box, '제목' /
    # its title / '감독'.)
    labelled = next(
        (
            entry
            for (_, line), entry, (_, label) in zip(header, header[1:], header[2:], strict=False)
            if line.strip() in ("제목", "글제목", "Title") and label.strip() in _BOARD_FIELDS
        ),
        None,
    )
    if labelled and labelled[0] != out.title_line and _headline_candidate(labelled[1]):
        _retitle(out, labelled, header, reasons)
    # (Or the label and the headline on one line, the post's next field under it: '제목 가상전자, …' over
    # '작성자 홍보팀'.)
    # (Not a headline of its own, '제목 미정 신작 …': the release prints the headline again alone.)
    labelled_in = re.match(r"(?:제목|글제목)\s+(?=[^\s:：])", out.title) if out.title_line is not None else None
    below = next((line for n, line in header if n > (out.title_line or 0)), "")
    repeated = labelled_in and any(line.strip() == out.title[labelled_in.end() :] for _, line in lines)
    if repeated and below.split(" ")[0] in _BOARD_FIELDS:
        out.title = out.title[labelled_in.end() :]
    # A letter's name taken for its headline ('Axios AI+'), its mail's subject the name and the story's
    # headline ('Axios AI+: Apple's AI pitch is privacy'): the subject is the headline.
    subject_n, subject = header[0] if header else (0, "")
    mailed = reasons.get(subject_n) in ("newsletter note", "mail header")
    if out.title and out.title_line is not None and mailed and subject.startswith(f"{out.title}: "):
        reasons[out.title_line], reasons[subject_n] = "title repeated", "title"
        out.title, out.title_line = subject, subject_n
    # A headline cut short over the whole one (a sticky header's, '인천항, AI로 … 화물차 대기 …'):
    # the whole one is the headline.
    stem = re.sub(r"\s*(?:…|\.{3})$", "", out.title)
    if out.title_line is not None and stem != out.title and len(stem) >= 10:
        below = ((n, line) for n, line in header if n > out.title_line and line.startswith(stem))
        if whole := next(((n, line) for n, line in below if len(line) > len(out.title)), None):
            reasons[out.title_line], reasons[whole[0]] = "title repeated", "title"
            out.title, out.title_line = whole[1], whole[0]
            out.deck = [line for line in out.deck if line != out.title]
    # On a page cut at a column's width throughout, the headline is cut too: the line right under
    # it, as short, is its end ('농기계 자율주행, AI가' over '논 모양 보고 길 찾는다').
    # (A short one the header took for a widget: '논 모양 보고 길 찾는다'.)
    under_n, under = next(((n, line) for n, line in header if n > (out.title_line or len(text))), (0, ""))
    cut = reasons.get(under_n) in ("deck", "widget") and bool(KOREAN.search(under)) and not re.search(r"\d", under)
    # A headline set over two lines, its first ending where no headline ends: on a comma ('… NPU '레니게이드','
    # over 'LG 엑사원 추론 인프라로 첫 상용 공급'), or a quotation's ellipsis ('"내 얼굴이 왜 여기에"…' over '아이돌
    # 노린 AI 딥페이크, …'). (A headline may end on an ellipsis, its deck under it: '가상닉스 40만 가나…'.)
    dangling = out.title.endswith((",", "，")) or bool(_QUOTE_TRAILED.fullmatch(out.title))
    next_to = out.title_line is not None and under_n == out.title_line + 1 and reasons.get(under_n) in (None, "deck")
    broken = dangling and next_to and _headline_candidate(under) and not is_sentence(under)
    if wrapped and cut and max(len(out.title), len(under)) <= _COLUMN_WIDTH or broken:
        out.title, reasons[under_n] = f"{out.title} {under}", "title"
        out.deck = [line for line in out.deck if line != under]
    if out.title:
        for n, line in lines[body_start:]:
            if fold(line) == fold(out.title):
                reasons[n] = "title repeated"
            elif (
                fold(out.title) in fold(line)
                and (" < " in line or _TAB_TITLE.fullmatch(line))
                and not is_sentence(line)
            ):
                # A printout's running head on each page: its time, the page's title and path
                # ('25. 12. 4. 오후 3:41 {headline} < 병원 < 기사본문 - 청년의사', '{headline} - 가상일보').
                reasons[n] = "print header"

    # A columnist's byline without a bar, printed under the headline and again after the column
    # (under the headline after its writer's label, maybe: '글 홍길동 가상연구소 연구위원').
    if out.title_line is not None:
        later = {fold(line) for n, line in lines[body_start:]}
        for n, line in header:
            credit = COLUMN_BY.sub("", line)
            if n > out.title_line and fold(credit) in later and columnist_name(credit, lex, spaced=True):
                reasons[n] = "byline"
                for m, again in lines[body_start:]:
                    if fold(again) == fold(credit):
                        reasons[m] = "sign-off"

    # A release's table stands over its story: a row of a table in the story is the story's ('문의 | …').
    for n, _line in lines[body_start:]:
        if reasons[n] == "release table":
            reasons[n] = None
    # A report's writers under their label: '저자' over '홍길동 선임연구원, 김철수 연구원'. (Not a book's a
    # review names, its reporter's byline or sign-off elsewhere: '저자' over '김철수, 이영희' over '출판사'.)
    reported = any(reasons[k] in ("byline", "byline date", "sign-off") for k, _ in lines)
    for (m, label), (n, line) in itertools.pairwise(lines[:body_start]):
        writers = posted_writers(line, lex) or names_alone(line, lex)  # (or without posts: '홍길동, 김철수')
        if _WRITERS_LABEL.fullmatch(label) and reasons[n] in (None, "deck") and writers and not reported:
            reasons[m], reasons[n] = "byline", "byline"
            out.deck = [d for d in out.deck if d != line]
    # The role before the name is a byline over the story only: in it, a list of people by their roles
    # ('대상' / '기자 홍길동' / '우수상' / '기자 김철수').
    for n, line in lines[body_start:]:
        if reasons[n] == "byline" and _ROLE_FIRST.fullmatch(line):
            reasons[n] = None
    # A writer named in Latin letters over the post, as foreign titles' Korean editions print them:
    # 'Jane Doe' over 'Senior Writer'.
    for (m, name), (n, post) in itertools.pairwise(lines[:body_start]):
        if reasons[m] in (None, "deck") and LATIN_WRITER.fullmatch(name) and _ENGLISH_POST.fullmatch(post):
            reasons[m], reasons[n] = "byline", reasons[n] or "widget"
            out.deck = [d for d in out.deck if d != name]
    # ... or a Korean's, alone under the headline right over the story's day, on a page that credits
    # no writer otherwise: 'Daniel Hur' over 'March 27, 2025' (not a section's name, 'Human Rights').
    credited = any(reasons[k] in ("byline", "sign-off") for k, _ in lines)
    for (m, name), (n, _stamp) in itertools.pairwise(lines[:body_start]):
        stamped = reasons[n] in ("date line", "byline date") and m > (out.title_line or len(lines) + 1)
        words = name.split()
        korean = LATIN_WRITER.fullmatch(name) and {words[0], words[-1]} & ROMAN_SURNAMES
        if stamped and korean and not credited and reasons[m] in (None, "deck", "widget"):
            reasons[m] = "byline"
            out.deck = [d for d in out.deck if d != name]
    # A deck has three lines at most: more under the headline, none ending as a sentence does, and no
    # story under them, are the story told in notes or cards ('1위 자료 조사·검색 (58.4%)', '… 추론
    # 기능을 기본 탑재할 계획'). (Over a story, they are what its header holds: a list of its parts, a
    # toolbar, its stamps; past its end, a list of other stories.)
    # (A story of short sentences is told too, two of them, not counting a note's '※ …', under its stamp:
    # a card's lines go on as sentences under the cards that read as decks.)
    said = [line for n, line in lines[body_start:] if reasons[n] is None and not line.startswith("※")]
    decks = [i for i, (n, _) in enumerate(lines) if reasons[n] == "deck"]
    stamped = decks and any(reasons[n] in _STAMP_REASONS for n, _ in lines[decks[-1] + 1 : body_start])
    told = any(_running_text(line) and len(line) >= 60 for line in said) or (
        stamped and sum(map(is_sentence, said)) >= 2
    )
    ended = decks and {reasons[n] for n, _ in lines[decks[0] : decks[-1]]} & {"copyright", "after article end", *_LISTS}
    if len(out.deck) > MAX_DECK and decks and not told and not ended:
        for n, _line in lines[decks[0] : body_start]:
            reasons[n] = None if reasons[n] == "deck" else reasons[n]
        out.deck, body_start = [], decks[0]
    _series_writer(lines, reasons, out.title_line, lex)
    # The neighbouring story's headline under its link ('이전 기사' over '[카드뉴스] …'), or its label ('[다음기사]').
    for (n, line), (m, below) in itertools.pairwise(lines[body_start:]):
        headline = len(below) <= 80 and not re.search(r"[.!?]$", below)  # (no full stop: '…이렇게 달라집니다')
        link = (
            reasons[n] == "widget"
            and _NEIGHBOUR.fullmatch(line)
            or reasons[n] == "label"
            and _NEIGHBOUR.fullmatch(line[1:-1])
        )
        if link and reasons[m] is None and headline:
            reasons[m] = "related"
    # The headlines right under a link to more of the outlet's news ('가상MBC 뉴스 더보기'), up to the blank line,
    # where nothing of the story follows them: its box of other stories, in the page's last lines. (Not under a
    # phone page's button that opens the rest of the story, '기사 더보기', over the list the story ends with.)
    for i, (n, line) in enumerate(lines[body_start:], body_start):
        if reasons[n] != "widget" or not _MORE_LINK.fullmatch(line) or not _MORE_NEWS.fullmatch(line):
            continue
        items: list[int] = []
        for m, item in lines[i + 1 :]:
            if m != (items[-1] if items else n) + 1 or reasons[m] is not None or len(item) > 80 or not _list_item(item):
                break
            items.append(m)
        # (Not a box between paragraphs of a copy cut short: '… 그대로 보여준다. 사용자들은 이 기능이' under it.)
        rest = [rest for m, rest in lines[i + 1 + len(items) :] if reasons[m] is None]
        ended = not any(_running_text(line) or any(map(is_sentence, sentences(line))) for line in rest)
        if ended and len(items) >= 2:
            reasons.update(dict.fromkeys(items, "related"))
    # Links to other stories between paragraphs, a line each led by a pointing hand, two or more in a row, each a
    # headline with its ellipsis ('☞ 가상전자, 2분기 영업이익 9조원 돌파…HBM 판매 호조'). (A story's own points are
    # led by arrows, with ellipses too: '▶ 반도체(DS) 부문: 영업이익 7조원…HBM3E 판매 두 배'.)
    run: list[int] = []
    for n, line in [*lines[body_start:], (-1, "")]:
        linked = reasons.get(n) is None and bool(_LINKED_HEADLINE.fullmatch(line)) and not is_sentence(line)
        if linked and run and n == run[-1] + 1:
            run.append(n)
            continue
        if len(run) >= 2:
            reasons.update(dict.fromkeys(run, "related"))
        run = [n] if linked else []
    # An app's box names the stores to get it from, each on a line of its own by the box's other lines ('가상투데이
    # 앱 설치하고 …' / 'App Store' / 'Google Play'); a story's table may head its rows with them.
    for n, line in lines[body_start:]:
        boxed = reasons.get(n - 1) == "widget" or reasons.get(n + 1) == "widget"
        if reasons[n] is None and line.strip() in ("App Store", "Google Play", "앱스토어", "구글플레이") and boxed:
            reasons[n] = "widget"
    # A shared link's source, its address in brackets, right under its title: '(github.com/gasang-ai)'.
    if out.title_line is not None:
        under, address = next(((n, line) for n, line in lines if n > out.title_line), (None, ""))
        if under is not None and reasons[under] is None and _SOURCE_ADDRESS.fullmatch(address):
            reasons[under] = "link"
    # Readers' comments without a heading, each under its writer's handle and how long ago
    # ('gasang_dev 2일전'): two of them under the story and all from the first are theirs.
    body = lines[body_start:]
    # (Not a story quoting posts, its reporting going on under them; nor its timeline's '공개 3일 전'.)
    heads = [i for i, (n, line) in enumerate(body) if i and reasons[n] is None and _COMMENT_HEAD.fullmatch(line)]
    after = [rest for m, rest in body[heads[-1] + 1 :] if reasons[m] is None and _running_text(rest)] if heads else []
    for m, _rest in body[heads[0] :] if len(heads) >= 2 and len(after) <= 2 else ():
        reasons[m] = reasons[m] or "after article end"
    # Past a copyright line, sign-off or related-links heading only chrome remains,
    # unless real paragraphs follow (then only the line itself goes).
    signed = False  # past the sign-off or copyright line
    for i, (n, line) in enumerate(body):
        # Readers' comments after the sign-off or copyright line may be long, but none is the
        # article's; a '댓글 0' of a share bar between paragraphs cuts nothing.
        comments = reasons[n] is not None and bool(COMMENTS_HEADING.match(line))
        # Under a list of related headlines (not after a sign-off), any paragraph of running
        # text means the article goes on; elsewhere only a long one.
        # (After a paywall's prompt too: a story that speaks to its reader politely goes on.)
        listed = reasons[n] in _LISTS or reasons[n] == "portal notice" and bool(_PAYWALL.search(line))
        article_goes_on = _running_text if listed and not signed else _substantial
        if (
            comments
            and signed
            or (
                (comments or _terminal(reasons[n], line, body[i - 1][1] if i else ""))
                and not any(reasons[m] is None and article_goes_on(rest) for m, rest in body[i + 1 :])
            )
        ):
            for m, _rest in body[i:]:
                reasons[m] = reasons[m] or "after article end"
            break
        if reasons[n] == "related":
            # A list of headlines between paragraphs: its items up to the next running text.
            for m, _item in itertools.takewhile(lambda entry: _list_item(entry[1]), _from(body, i + 1)):
                reasons[m] = reasons[m] or "related"
        signed = signed or reasons[n] in ("copyright", "sign-off")

    # A page that runs on into the next story right under this one's sign-off (with an address)
    # or copyright line (a ban, not a photo's '© 게티이미지'), or under a bar saying so ('다음 기사',
    # 'NEXT'): its headline over its own stamp and its paragraphs (_next_story). None of it is this article's.
    for i, (n, line) in enumerate(body):
        closing = reasons[n] == "sign-off" and EMAIL.search(line) or reasons[n] == "copyright" and _BAN.search(line)
        bar = bool(_NEXT_BAR.fullmatch(line))
        if not closing and not bar:
            continue
        nxt = next((j for j in range(i + 1, min(i + 5, len(body))) if _next_story(body, j, reasons, bar)), None)
        if nxt is not None:
            for k, _rest in body[nxt:]:
                reasons[k] = "next article" if reasons[k] in _NEXT_FREE else reasons[k]
            reasons[n if bar else body[nxt][0]] = "next article"  # (where it starts: past it no stamp is ours)
            break
    signs = [i for i, (n, line) in enumerate(body) if reasons[n] == "sign-off" and EMAIL.search(line)]
    for k, _rest in body[signs[0] + 1 :] if assistant and signs else []:
        reasons[k] = reasons[k] or "assistant's answer"

    # A column ends with its writer and post on a line of their own ('홍길동 가상대학교 교수'),
    # after the last paragraph. Only on a column: elsewhere the last line may end a list of
    # names and posts, or a quote's attribution.
    column = _column(out.title, header, reasons)
    # Its writer's line printed twice under its headline (a print view's) is its byline.
    under = [(n, line) for n, line in lines if out.title_line is not None and n > out.title_line][:2]
    if (
        column
        and len(under) == 2
        and all(reasons[n] == "repeated line" for n, _ in under)
        and writer_line(under[0][1], lex)
    ):
        reasons[under[0][0]] = "byline"
    story = [(n, line) for n, line in body if reasons[n] is None]
    signer, last = story[-1] if story else (0, "")
    before = story[-2][1] if len(story) >= 2 else ""
    # (Set off by a slash, as a paper signs a contributor's piece: '/홍길동 가상대 교수'.)
    signed = len(last) <= 60 and bool(writer_line(last.lstrip("/ "), lex)) and not is_sentence(last)
    # Or with a few words on the writer named under its headline ('홍길동 교수는 … 연구한다.'), or on
    # the reporter of its byline, saying what they are ('By Jane Doe' … 'Jane Doe는 … 기자다.').
    reporter = next(
        (
            m.group("name")
            for n, line in lines
            if n < signer and reasons[n] == "byline" and (m := BY_LINE.match(line) or LATIN_BYLINE.fullmatch(line))
        ),
        "",
    )
    # (Where the copy lost its top, a column is told by the link to its writer's others, '필자의 다른
    # 기사', on a page no reporter signs, its last line under no quote it would attribute.)
    linked = any(_WRITERS_OTHERS.match(line) for _, line in lines) and not any(
        reasons[n] in ("byline", "sign-off") for n, _ in lines
    )
    quoted = before.startswith(('"', "“", "'", "‘"))
    if (column or linked and not quoted) and signed and not writer_line(before, lex):
        reasons[signer] = "sign-off"
    elif (
        len(story) >= 2
        and (name_alone(before, lex) or _FULL_NAME.fullmatch(before))
        and (_CREDENTIALS.fullmatch(last) or _WRITER_BIO.fullmatch(last) or _POST_FIRST_BIO.fullmatch(last))
    ):
        # ... or with the name alone over the writer's record: '홍길동' over '가상대 졸업, 전 … 연구원, 현 … 교수',
        # or over a sentence on who they are: 'Kelly Matthews' over '켈리 매튜스는 … 선임 기자다.'.
        reasons[story[-2][0]], reasons[signer] = "sign-off", "profile"
    elif len(last) <= 150 and (
        writer
        and re.match(rf"{re.escape(writer)}\s?\S{{0,12}}?[은는]\s", last)
        or reporter
        and re.match(rf"{re.escape(reporter)}(?:(?:\s?기자)?[은는]\s.*{_PROFILE_END}|{_ENGLISH_PROFILE})", last)
    ):
        reasons[signer] = "profile"

    # The way to the next or the last story under this one, its label alone over its headline
    # ('다음 뉴스' over '울산 조선업 인력난 여전…'): the headline is that story's.
    for i, ((k, label), (n, _)) in enumerate(itertools.pairwise(lines)):
        if _NEIGHBOUR.fullmatch(label) and reasons[n] is None and not _story_goes_on(lines[i + 2 :], reasons):
            reasons[k], reasons[n] = reasons[k] or "related", "related"

    # A video's channel in a list of others to watch, over its views and age ('가상뉴스TV' over
    # '조회수 31만회 • 6일 전'), is that video's, not the page's.
    for (n, _), (_, below) in itertools.pairwise(lines):
        if reasons[n] == "outlet name" and _VIEWS_AND_AGE.fullmatch(below):
            reasons[n] = "related"

    # A group's bar of its family's sites over the page ('매일경제' / 'MBN' / '매경이코노미' / '가상경제TV'):
    # three outlets' names or more in a row are links to them; the page's own masthead stands apart.
    i = 0
    while i < len(lines):
        run = list(itertools.takewhile(lambda entry: reasons[entry[0]] == "outlet name", _from(lines, i)))
        if len({fold(name) for _, name in run}) >= 3:
            for n, _ in run:
                reasons[n] = "section label"
        i += max(1, len(run))

    # An outlet's name in a run of a menu's sections is one of them: a crypto site's '인사이트' between
    # '기술' and '리서치' is its section, not the outlet 인사이트 (a masthead stands apart from its
    # menu); so is a word that reads as a byline, a children's paper's '어린이기자'. Below the page's
    # top the menu may end in its buttons ('테크' / '인사이트' / '뉴스레터 구독'), where a masthead's
    # name stands over its own ('포브스코리아' / '구독신청'); not over a button naming it, a portal's
    # ('가상경제' / '가상경제 언론사 구독하기').
    for i, ((k, _), (n, line), (m, below)) in enumerate(zip(lines, lines[1:], lines[2:], strict=False)):
        named = reasons[n] == "outlet name" or reasons[n] == "byline" and " " not in line
        own_button = reasons[m] == "widget" and below.startswith(f"{line} ")
        menu_below = reasons[m] in _MENU_REASONS or reasons[m] == "widget" and i >= 3 and not own_button
        if named and reasons[k] in _MENU_REASONS and menu_below:
            reasons[n] = "section label"

    # A name after the outlet's over the headline ('KNN 이슈픽') is its programme's when a reporter
    # is credited, with a role, under the headline.
    role = bylines(lex).role
    top = out.title_line
    if top is not None and any(n > top and reasons[n] == "byline" and re.search(role, line) for n, line in lines):
        for n, line in lines:
            if n < top and reasons[n] == "byline" and not re.search(role, line):
                reasons[n] = "section label"

    # A writer's box under the story, under its heading ('필자 소개' over '홍길동', '가상대 교수', …):
    # its lines, and the writer's name and post right over the heading, which sign the story.
    for i, (n, line) in enumerate(lines):
        if reasons[n] is None and _PROFILE_HEADING.fullmatch(line):
            box = list(
                itertools.takewhile(
                    lambda entry: (
                        reasons[entry[0]] in (None, "sign-off", "byline")
                        and len(entry[1]) <= 40
                        and not is_sentence(entry[1])
                    ),
                    lines[i + 1 :],
                )
            )
            if box and name_alone(box[0][1], lex):
                for m in (n, *(m for m, _ in box)):
                    reasons[m] = "profile"
                k, above = lines[i - 1] if i else (0, "")
                if reasons.get(k) is None and above.startswith(box[0][1] + " ") and not is_sentence(above):
                    reasons[k] = "sign-off"

    # The reporter's name alone over the address under the story, as the byline gives it ('By Lee
    # Min-ji' on top, 'Lee Min-ji' over 'minji.lee@…'), or over a letter's close ('홍길동 드림').
    bylined = " ".join(line for n, line in lines if reasons[n] == "byline")

    def in_byline(name: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", bylined) is not None

    for (m, above), (n, line) in itertools.pairwise(lines):
        signed = reasons[n] == "sign-off" and len(above) <= 30 and not is_sentence(above)
        if signed and reasons[m] is None and in_byline(above):
            reasons[m] = "sign-off"
        if (close := re.fullmatch(r"([가-힣]{2,4})\s?드림", line)) and reasons[n] is None and in_byline(close[1]):
            reasons[n] = "sign-off"  # (not a subheading: '코리안 드림', '차이나 드림')
    # A release's contact under its heading: '문의' over '가상전자 커뮤니케이션팀' over 'press@…'.
    # (Not a story's heading over its sentence or its table: '문의' over '자세한 사항은 … 하면 된다.'.)
    # (Under the story's end too, as a release prints it: its lines would read as a list after the story.)
    after_end = (None, "after article end", "related")
    for i, (n, line) in enumerate(lines):
        if reasons[n] in after_end and _CONTACT_HEADING.fullmatch(line):
            box = lines[i + 1 : i + 4]
            reach = next((j for j, (_, text) in enumerate(box) if EMAIL.search(text) or _NUMBER.search(text)), None)
            rows = box[: reach + 1] if reach is not None else []
            plain = all(len(text) <= 40 and not is_sentence(text) and "\t" not in text for _, text in rows)
            ended = not any(reasons[m] is None and _running_text(text) for m, text in lines[i + len(rows) + 1 :])
            if rows and plain and ended:
                for m, _text in [(n, line), *box[: reach + 1]]:
                    reasons[m] = "contact" if reasons[m] in after_end else reasons[m]
    # ... or over a line about the writer and a button to follow them: the writer's card.
    for (k, name), (m, bio), (n, button) in zip(lines, lines[1:], lines[2:], strict=False):
        card = _FOLLOW_BUTTON.fullmatch(button) and len(bio) <= 150 and reasons[m] is None
        if card and reasons[k] is None and name_alone(name, lex) and in_byline(name):
            reasons[k], reasons[m], reasons[n] = "profile", "profile", "widget"

    # A magazine's credits under its story, each on a line of its own: '에디터 홍길동' over '사진 OpenAI'
    # (the writer's sign it, the others credit), with no running text under them.
    for i, (n, _) in enumerate(lines):
        run = list(itertools.takewhile(lambda entry: STAFF_LINE.fullmatch(entry[1]), _from(lines, i)))
        if not run or reasons[n] is not None or i and STAFF_LINE.fullmatch(lines[i - 1][1]):
            continue
        after = lines[i + len(run) :]
        # (A list's items may read so, '헤어 추천' / '사진 AI 보정': credits name their writer.) Or
        # over the story, by its day: 'EDITOR 홍길동' / 'PHOTOGRAPHER 김철수' / '2025.11.03'.
        writer = any(staff_writer(rest) for _, rest in run)
        dated = any(reasons[m] in ("date strip", "byline date") for m, _ in [*lines[max(0, i - 1) : i], *after[:1]])
        dated = dated and sum(reasons[m] is None for m, _ in lines[:i]) <= 2  # (not a teaser's, under the story)
        if writer and (dated or not any(reasons[m] is None and _running_text(rest) for m, rest in after)):
            for m, rest in run:
                reasons[m] = reasons[m] or ("sign-off" if staff_writer(rest) else "credit")

    # ... or under the name alone by the byline, as a column's box prints it on top ('홍길동' over
    # '테크 칼럼니스트. 가상전자 연구소에서 … 개발했다.').
    for (k, name), (m, bio) in itertools.pairwise(lines):
        if reasons[k] == "byline" and reasons[m] is None and name_alone(name, lex) and _POST_FIRST_BIO.fullmatch(bio):
            reasons[m] = "profile"

    # A photo page's story may be its captions alone, each credited ('… 판별하고 있다. /홍길동 기자'):
    # where nothing else is left under a photo page's headline ('[포토] …', under its section '포토'),
    # the captions there are its text. (A story cut before its text leaves only captions too.)
    photo_page = bool(_PHOTO_MARK.search(out.title)) or any(
        _PHOTO_MARK.fullmatch(line) for n, line in lines if n < (out.title_line or 0) and reasons[n] in _MENU_REASONS
    )
    # A photo page that credits no writer is signed by its photographer, under the photo: '사진=홍길동 기자 …@…'.
    if photo_page and not any(reasons[n] in ("byline", "sign-off") for n, _ in lines):
        by = bylines(lex)
        signed = re.compile(rf"(?:사진|포토)\s*[=:：]\s*{by.name}\s*{by.role}(?:\s*\(?[\w.+-]+@[\w.-]+\)?)?")
        taken = [n for n, line in lines if reasons[n] == "caption" and signed.fullmatch(line.strip())]
        if len(taken) == 1:
            reasons[taken[0]] = "sign-off"
    # (The headline printed again is no text.)
    left = any(reasons[n] is None and fold(line) not in fold(out.title) for n, line in lines)
    photos = False
    if not left and out.title_line is not None:
        end = next((n for n, _ in lines if n > (out.title_line or 0) and reasons[n] == "copyright"), lines[-1][0] + 1)
        texts: dict[int, str] = {}
        for n, line in lines:
            credit = _byline_rules(lex)[2].search(line)
            text = _PHOTO_SOURCE.sub("", line[: credit.start()] if credit else line)
            if reasons[n] == "caption" and (out.title_line or 0) < n < end and is_sentence(text):
                texts[n] = text
        # (So is an unmarked page's one caption that tells the story beyond its photo, all that is left: a
        # board's copy of a photo story, '… 기념촬영을 하고 있다. 양 기관은 …했다. 사진=가상기관 제공'.)
        told = len(texts) == 1 and len(sentences(next(iter(texts.values())))) >= 2
        photos = photo_page or told
        if photos:
            for n in texts:
                reasons[n] = None

    # Short non-sentence lines at the very end are adverts or widgets only when marked so;
    # otherwise they may be the captured text cut short, which is still body.
    kept: list[tuple[int, str]] = []
    for n, line in lines:
        reason = reasons[n]
        if reason in ("title", "deck", "title repeated"):
            if reason == "title repeated":
                out.chrome.append((n, line, reason))
            continue
        if reason == "correction":
            out.corrections.append(line)
            continue
        if reason:
            out.chrome.append((n, line, reason))
            continue
        kept.append((n, line))

    # Reporter prefixes glued to the first paragraphs (a live page's first report may stand
    # under a dozen updates), and, further down, a registry outlet's ('[가상일보 = 홍길동 기자]'
    # opening each update of a live page).
    # An outlet the registry does not know tags its lede too ('[가상뉴스] …'), as its copyright line names it.
    own = names | {fold(name) for n, line in lines if reasons[n] == "copyright" and (name := printed_outlet(line))}
    # ... or as its masthead names it, alone over the headline ('가상경제' there, '[가상경제] …' in the lede).
    vocabulary = {*lex.sections, *lex.section_words, *lex.topics, *lex.widgets, *lex.not_names}
    headline_at = out.title_line or 0
    # (A portal prints it under the headline, over the stamp: '가상경제' / '기사전송 2023-11-21 10:21'.)
    under = [n for n, _ in lines if n > headline_at][:1]
    out.own_names = {
        fold(line)
        for n, line in lines
        if (n < headline_at and reasons[n] in MASTHEAD_REASONS or n in under and reasons[n] == "widget")
        and line not in vocabulary
    }
    own |= out.own_names
    # ... or as the page's first line names it, over its menu ('가상트리뷴' / '뉴스홈' / '증권' …), or a
    # photo's credit (ⓒ가상해양): names a tag glued to the lede may match, where a kicker would not.
    first = next((line.strip() for _, line in lines if line.strip()), "")
    credited = [m["name"] for _, line in lines for m in _CREDITED.finditer(line)]
    alone = len(first) <= 20 and len(first.split()) <= 2 and first not in vocabulary
    tagged = {fold(name) for name in ([first] if alone else []) + credited}
    # (Not a headline's under a list of other stories: '[가상 리포트] … 실리콘밸리=김철수 특파원'.)
    listed = min((n for n, _, reason in out.chrome if reason in _LISTS), default=None)
    for i, (n, line) in enumerate(kept):
        rest, found = _cut_dateline(line, n, lex, own, tagged=tagged, lede=i == 0)
        early = i < 12 and (i < 4 or not out.datelines) and (listed is None or n < listed)
        if found and (early or fold(found.outlet) in own and found.names):
            out.datelines.append(found)
            kept[i] = (n, rest)
            if fold(found.outlet) in tagged:  # (the page names itself twice: its own name)
                out.own_names.add(fold(found.outlet))

    # A photo page signs its one paragraph at its end: '… 밝혔다. 부산=홍길동 기자'; a broadcaster's
    # page may sign its lede so, with the reporter's address ('… 밝혔습니다. 홍길동 기자 gildong@…').
    for i, (n, line) in enumerate(kept):
        # (Or with the address alone after a slash: '… 출시된다. /gildong@…', or, at the story's end,
        # without one: '… 분명하다. editor@…'.)
        last = i >= len(kept) - 2
        address = _END_ADDRESS.search(line)
        m = _byline_rules(lex)[2].search(line) or (address if address and (address["slash"] or last) else None)
        signs = last or photos or _ADDRESSED.search(m.group(0)) if m else False
        if m and m.start() > 0 and signs and is_sentence(line[: m.start()].strip()):
            kept[i] = (n, line[: m.start()].strip())
            out.chrome.append((n, m.group(0).strip(), "sign-off"))
        # A broadcast credits its camera in brackets after the reporter's last words:
        # '… 홍길동입니다. (영상취재 김철수)' (and a copied script may end in its cue: '…입니다.◀ END ▶').
        elif (credit := _TRAILING_CREDIT.search(line)) and is_sentence(line[: credit.start()].strip()):
            kept[i] = (n, line[: credit.start()].strip())
            out.chrome.append((n, credit.group(0).strip(), "credit"))
        # A photo page's caption keeps its words, not where the photo came from: '… 했다. 사진=가상기관 제공'.
        elif photos and (source := _PHOTO_SOURCE.search(line)):
            kept[i] = (n, line[: source.start()].strip())
            out.chrome.append((n, source.group(0).strip(), "credit"))
        # A Japanese paper signs it with the writer's name in brackets: '… 相次いでいる。（高野健太）'.
        elif (
            last
            and japanese
            and (signed := _JP_SIGNED_END.search(line))
            and _persons(signed["names"])
            and is_sentence(line[: signed.start()].strip())
        ):
            kept[i] = (n, line[: signed.start()].strip())
            out.chrome.append((n, signed.group(0).strip(), "sign-off"))
        # A column signs its last paragraph with its writer and post in brackets: '… 기대한다.
        # <홍길동 가상대학교 교수>'.
        elif (
            last
            and (tag := _GLUED_TAG.search(line))
            and columnist_name(tag["inside"], lex, spaced=True)
            and is_sentence(line[: tag.start()].strip())
        ):
            kept[i] = (n, line[: tag.start()].strip())
            out.chrome.append((n, tag.group(0).strip(), "sign-off"))

    # A portal summary repeats body paragraphs above the body: keep the later copy. A magazine sets a quote
    # from the story apart in large type, a pull quote, next to the paragraph that says it: '“HBM4부터는 …
    # 가깝다”' alone (not a quote a story sets alone, said again further on, nor one the paragraph before
    # leads to: '… 이렇게 말했다.').
    last_seen = {fold(line): idx for idx, (_, line) in enumerate(kept)}
    for idx, (n, line) in enumerate(kept):
        led = idx > 0 and re.search(r"(?:[:：]|(?:이렇게|다음과 같이)\s.{0,20}다\.)$", kept[idx - 1][1])
        quote = _PULL_QUOTE.fullmatch(line) if not led else None
        near = kept[max(0, idx - 1) : idx + 2]
        if last_seen[fold(line)] != idx:
            out.chrome.append((n, line, "duplicate paragraph"))
        elif quote and any(quote[0] in other and other != line for _, other in near):
            out.chrome.append((n, line, "pull quote"))
        else:
            out.paragraphs.append((n, line))
    out.chrome.sort()
    return out
