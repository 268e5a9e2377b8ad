"""Publication date from the evidence a page prints, never from a known layout.

`collect` finds every date on the page (labelled stamps such as 입력/승인/수정, date lines beside
a name or program, dates in captions and printed addresses, dates in the body) and notes where
each stands: above the headline (header), between headline and body (byline), in the body, after
it (trailer), or in a caption. `decide` takes a labelled stamp, else a date line in the byline or
trailer, and drops capture-time traps: the site header and weekday/weather strips, and a lone
date later than every other date on the page. `infer` resolves a relative day ('27일(현지시간)')
only against what the same text prints: a photo's or address's date, an event's year with a
printed month, or a milestone from content/milestones.yaml the text ties to a day. What none of
these settles is left to an editor: `candidate` and `unresolved` fill the draft's front matter.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..datafiles import KST, Milestone
from ..lexicon import Lexicon, packaged, phrase_pattern
from .clean import (
    BOARD_POST,
    CIRCLED,
    COMMENTS_HEADING,
    FIELDS,
    POST_COUNT,
    REPORTED_DAY,
    WEEKDAY_MARK,
    Cleaned,
    clock_places,
    is_fact,
    weather_widget,
)
from .tags import alias_pattern
from .text import DATE, EMAIL, ENGLISH_DATE, ENGLISH_DAY_FIRST, FEED_DATE, MONTHS, bylines, is_sentence, sentences

# One date parser for every printed form: 2025.01.28, 2025-01-28, 2025/1/28, 2025년 1월 28일,
# 25.01.28, each optionally followed by a weekday ('(월)', '월요일', '(月)'), 오전/오후 and HH:MM(:SS) or (HH:MM).
_FULL = re.compile(DATE + r"\s*[일日]?")
_ENGLISH = re.compile(ENGLISH_DATE)
# A British page's time may take a dot ('19.30 BST'); an American one puts 'at' before the time ('April 16, 2025
# at 1:17 PM PDT').
_DAY_FIRST = re.compile(ENGLISH_DAY_FIRST)
_DOTTED_TIME = re.compile(r"(\s+\d{1,2})\.(\d{2}\s*(?:[AP]\.?M\b|BST|GMT|UTC|CES?T))")
# America's order, the month first: '기사입력 05/13/2024 07:42 PM', as a site there prints its stamp.
_US_DAY = re.compile(r"(?<![\d./])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>20\d{2})(?![\d/])")
_AT = re.compile(r"\s+at(?=\s+\d{1,2}:\d{2})")
_SHORT_YEAR = re.compile(r"(?<![\d.,])(?P<y>\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d%,]|\.\d)")
_TIME = re.compile(
    # A dash straight before a time that ends the line (or its field, the next set wide apart or
    # after a bar) joins the two: 'Mar. 4, 2025 - 15:12', as English editions print it (not a
    # schedule's '2025.10.20 - 10:00 오픈').
    r"(?:T(?=\d{2}:\d{2}))?[./]?,?\s*(?:[-–]\s*(?=\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*(?:KST|E[SD]?T|P[SD]?T|CDT|M[SD]T|BST|(?:GMT|UTC)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?)?(?:\s*$|\s{3,}|\s*[|｜])))?(?:(?:[(\[（]?\s*(?:[월화수목금토일](?:요일)?|[月火水木金土日]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)\s*[)\]）]|[월화수목금토일]요일|[月火水木金土日]曜日?|[월화수목금토일](?=\s+\d{1,2}:\d{2}))\s*)?"
    # (A slash may end the day, as AERA's '2025/04/14/ 07:00' does.)
    # (A day's weekday in brackets, '2025.04.22 [화] 14:37', '(Wed) 11:00', '（火）17時20分', or bare
    # before the time, '2025.04.23 수 14:07'; or a dot between day and a time of the day, '2025년 12월
    # 01일 · 오전 10:00', not a clip's length, '가상TV · 2025.06.24 · 02:31'.)
    r"(?:·\s*(?=(?:오전|오후)\s*\d{1,2}:\d{2}))?[(\[]?\s*(?P<ampm>오전|오후|午前|午後|AM|PM)?\s*"
    # English pages print the half of the day after the time: 'Mar 12, 2025, 10:41 AM'; Japanese ones
    # write hours and minutes in kanji: '12時07分'.
    r"(?P<h>\d{1,2})\s*(?::|[시時]\s*)(?P<min>\d{2})(?::\d{2})?(?:\s*[분分])?(?:\s*(?P<after>[AP]\.?M\b\.?))?\s*[)\]]?",
    re.I,
)
# (Not a zone naming another time or a basis: '14:00 (UTC 05:00)', '07:35 GMT 기준 시세'.)
_TIME_ALONE = re.compile(r"(?:오전|오후)?\s?\d{1,2}:\d{2}(?::\d{2})?")
_ZONE = re.compile(
    r"\s*\(?(?:UTC|GMT)(?:\s?(?P<sign>[+-])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?\)?(?![A-Za-z])(?!\s*(?:\d|기준))"
)
# A zone named after a time, as foreign outlets' Korean editions and trade shows print it: '오후 2:05 ET',
# '09:14 (베이징시간)', '10:11 (PST)', '09:00 AM 미국 동부 일광 절약 시간'. The time is that zone's wall
# clock, summer time included.
_NAMED_ZONE = re.compile(
    r"\s*\(?\s*(?P<name>KST|JST|E[SD]?T|P[SD]?T|CDT|M[SD]T|CES?T|BST|(?:한국|서울|베이징|중국|도쿄|일본)\s?(?:표준)?시간"
    # (A US wire's spelled out: '09:00 AM Eastern Daylight Time'.)
    r"|(?:Eastern|Pacific|Central|Mountain)\s(?:Daylight|Standard)\sTime"
    r"|(?:首尔|韩国|北京|东京|日本)时间"  # (a page in Chinese: '20:00 首尔时间')
    r"|(?:미국?\s?)?(?:동부|서부|중부)\s?(?:(?:표준|일광\s?절약|하계)?\s?시간|표준\s?시))\s*\)?(?![A-Za-z가-힣])"
    # (Nor a zone naming another time, '07:05 (미 동부시간 11월 19일 오후 5:05)', nor a name: '14:31 ET News',
    # '14:20 ET 전자신문': nothing but a bracket follows it on its line.)
    r"(?![ \t]*\w)"
)
_ZONES = {
    "KST": "Asia/Seoul",
    "한국": "Asia/Seoul",
    "서울": "Asia/Seoul",
    "JST": "Asia/Tokyo",
    "도쿄": "Asia/Tokyo",
    "일본": "Asia/Tokyo",
    "베이징": "Asia/Shanghai",
    "중국": "Asia/Shanghai",
    "E": "America/New_York",
    "동부": "America/New_York",
    "P": "America/Los_Angeles",
    "서부": "America/Los_Angeles",
    "C": "America/Chicago",  # (summer's 'CDT'; not 'CST', China's as often as Chicago's)
    "M": "America/Denver",
    "중부": "America/Chicago",
    "CE": "Europe/Paris",
    "BST": "Europe/London",
    "首尔时间": "Asia/Seoul",
    "韩国时间": "Asia/Seoul",
    "北京时间": "Asia/Shanghai",
    "东京时间": "Asia/Tokyo",
    "日本时间": "Asia/Tokyo",
}
_ISO_OFFSET = re.compile(r"(?:\.\d{1,6})?(?:Z|(?P<sign>[+-])(?P<oh>[01]\d):?(?P<om>[0-5]\d))(?![\w:])")
_URL_DATE = re.compile(r"/(20\d{2})/(\d{2})/(\d{2})/|(?<=[/=_A-Za-z])(20\d{2})(\d{2})(\d{2})(?=\d{0,12}(?:\D|$))")
_URL = re.compile(r"(?:https?://|www\.|[A-Za-z0-9-]+\.(?:com|kr|net|co\.kr)/)\S+")


@functools.lru_cache(maxsize=4)  # one lexicon per site; a preview may see a few
def _labels(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a stamp label just before a date, an update label, capture-time words beside a date)."""
    label = re.compile(
        # (An English board's 'Date' only first on its line, right before the day, or after a bar: 'Date
        # 2025-12-10', 'Writer : Admin | Date : 2025-12-10'; not a product's 'Release Date : …' nor an event's
        # 'Date: May 22'.) So is a board's '날짜' field, not a saved chat's '저장한 날짜 : …'.
        r"(?<![가-힣])(?P<label>"
        + phrase_pattern(lex.published + lex.updated)
        + r"|^Date(?=\s+$)|(?<=[|｜]\s)Date(?=\s*[:：]\s*$)|^날짜(?=\s*[:：]?\s*$))"
        # (In a release's table a bar follows a day's label, '배포일 | 2024년 …'; after a stamp's date
        # it ends that stamp, '… 10:05 송고 | 2025-10-28 14:20 최종수정'.)
        # (Or an edition named between, as a release's embargo is set: '보도시점 (온라인) 2025. 6. 10.'.)
        r"\s*(?:(?:일시|일자|시간|시각|날짜|일|on)?\s*[:：]?|(?:일시|일자|일)?(?<=[일시자])\s*[|｜])"
        r"\s*(?:\((?:온라인|인터넷|웹)\)\s*)?$",
        re.I,
    )
    updated = re.compile("(?:" + phrase_pattern(lex.updated) + ")", re.I)
    # Pages print the capture day at the top: the site header's last edit, a weekday strip with
    # weather or market widgets. None of these is the article's date.
    header = re.compile(phrase_pattern(lex.header), re.I)
    return label, updated, header


@functools.lru_cache(maxsize=4)
def _label_after(lex: Lexicon) -> re.Pattern[str]:
    """A stamp's label right after its date ('… 10:05 송고 |'), not a word that goes on ('등록된')."""
    return re.compile(r"\s*(?P<label>" + phrase_pattern(lex.published + lex.updated) + r")(?![가-힣A-Za-z])", re.I)


_CAPTION = re.compile(
    r"사진\s*=|/\s*사진|[(\[]\s*사진|제공\s*[)\]]?|(?:자료|그래픽|영상)\s*=|\bⓒ|=\s*연합뉴스|뉴스1\s*$"
)


# The legal footer every Korean news site prints: its registration number and day, its
# publisher and editor. Its dates are the outlet's, years before any story.
# (Or its registration day, a day alone, after the publisher's name or telephone: '… | 발행인 홍길동 | 등록일
# 2010.01.01'; not a post's stamp with its time, '김발행 발행인 | 등록일 2025.05.01 09:00 | 조회수 312'.)
# A field of an outlet's licence in its footer, on a line of its own: '등록번호 : 서울 아 01268', '발행·편집인 : …'.
_LICENCE_FIELD = re.compile(
    r"\s*(?:등록\s*번호|제호|발행\s?[·ㆍ]?\s?편집인|발행인|편집인|청소년\s*보호\s*책임자)\s*[:：]"
)
_REGISTRATION = re.compile(
    r"등록\s*번호|청소년\s*보호\s*책임자"
    r"|(?:발행인|대표\s?전화).{0,80}등록일\s*[:：]?\s*\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s*(?:$|[|｜])"
)


# After a date: the end or start of a period ('30일까지', '1일부터', '1일 ~ 5일').
_PERIOD = re.compile(r"\s*(?:까지|부터|~|∼|〜|-\s*\d)")
# After a day: that a reader saved the story in an app then ('… 2025년 9월 15일 저장').
_SAVED = re.compile(r"\s*(?:저장(?:됨|함|했음)?|saved|bookmarked)\s*", re.I)
# A photo from the archive: its date is the photo's, taken long before the story.
_ARCHIVE_PHOTO = re.compile(r"자료\s*사진|파일\s*사진|資料寫眞|file photo", re.I)


@dataclass(frozen=True)
class DateFound:
    value: dt.datetime | dt.date
    source: str
    zone: str = ""  # where an unlabelled date line stood (see zones)


@dataclass(frozen=True)
class Evidence:
    """A full date printed somewhere on the page, with what stands around it."""

    value: dt.datetime | dt.date
    line: int
    text: str  # the date as printed, with its label
    label: str  # '입력', '수정', … or '' when unlabelled
    zone: str  # header | byline | body | trailer | listing | caption | archive | url | mail | path


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _with_time(day: dt.date, text: str, end: int, tz: dt.tzinfo) -> tuple[dt.datetime | dt.date, int]:
    t = _TIME.match(text, end)
    if t is None:
        return day, end
    hour, minute = int(t.group("h")), int(t.group("min"))
    ampm = (t.group("ampm") or t.group("after") or "").upper().replace(".", "")  # ('p.m.')
    if ampm in ("오후", "午後", "PM") and hour < 12:
        hour += 12
    elif ampm in ("오전", "午前", "AM") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day, end
    when = dt.datetime(day.year, day.month, day.day, hour, minute)
    zone = _ZONE.match(text, t.end())
    # (ISO 8601's: '…T09:30:45+09:00'; not a span of time, '09:00-10:30'.)
    if zone is None and t.group(0).startswith("T") and (offset := _ISO_OFFSET.match(text, t.end())):
        return _zoned(when, offset["sign"] or "+", offset["oh"] or "0", offset["om"] or "0", tz), offset.end()
    if zone is None and (named := _NAMED_ZONE.match(text, t.end())):
        return when.replace(tzinfo=_named_zone(named["name"])).astimezone(tz), named.end()
    places, clocks = _place_times()
    if zone is None and (place := places.match(text, t.end())):
        return when.replace(tzinfo=zoneinfo.ZoneInfo(clocks[place["name"]])).astimezone(tz), place.end()
    if zone is None:
        return when.replace(tzinfo=tz), t.end()
    # A time with its zone written ('05:05:00 UTC', a feed's): in that zone, shown in the site's.
    return _zoned(when, zone.group("sign") or "+", zone.group("oh") or "0", zone.group("om") or "0", tz), zone.end()


@functools.cache
def _place_times() -> tuple[re.Pattern[str], dict[str, str]]:
    """A time's zone named by a place the lexicon's clocks know, as papers abroad print it ('09:40 (시드니 시간)',
    '09:12 (북경시간)'), and each place's zone."""
    clocks = dict(packaged().clocks)
    places = phrase_pattern(tuple(clocks))
    return re.compile(rf"\s*\(?\s*(?P<name>{places})\s?(?:표준)?시간\s*\)?(?![ \t]*\w)"), clocks


def _named_zone(name: str) -> zoneinfo.ZoneInfo:
    """The zone a printed name stands for: 'EST', 'ET' and 'EDT' all read as New York's clock."""
    key = re.sub(r"(?:\s?(?:표준|일광\s?절약|하계)?\s?시간|\s?표준\s?시|[SD]?T)$", "", re.sub(r"^미국?\s?", "", name))
    spelled = {"Eastern": "E", "Pacific": "P", "Central": "C", "Mountain": "M"}.get(name.split()[0], "")
    return zoneinfo.ZoneInfo(_ZONES.get(key) or _ZONES.get(spelled) or _ZONES[name])


def _zoned(when: dt.datetime, sign: str, hours: str, minutes: str, tz: dt.tzinfo) -> dt.datetime:
    """`when`, a time written in the zone `sign` `hours`:`minutes` from UTC, in the site's zone."""
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes)) * (-1 if sign == "-" else 1)
    return when.replace(tzinfo=dt.timezone(offset)).astimezone(tz)


def parse_dates(
    text: str, tz: dt.tzinfo = KST, short_years: bool = False
) -> list[tuple[int, int, dt.datetime | dt.date]]:
    """Every full date in `text` as (start, end, value); a printed time makes it a datetime."""
    found = []
    patterns = (_FULL, _SHORT_YEAR) if short_years else (_FULL,)
    taken: set[int] = set()
    for pattern in patterns:
        for m in pattern.finditer(text):
            if m.start() in taken:
                continue
            year = int(m.group("y"))
            day = _valid(year + 2000 if year < 100 else year, int(m.group("m")), int(m.group("d")))
            if day is None:
                continue
            value, end = _with_time(day, text, m.end(), tz)
            taken.update(range(m.start(), end))
            found.append((m.start(), end, value))
    for m in itertools.chain(_ENGLISH.finditer(text), _DAY_FIRST.finditer(text)):
        day = _valid(int(m.group("my")), MONTHS.index(m.group("mon").lower()) + 1, int(m.group("md")))
        if day is not None:
            at = _AT.match(text, m.end())
            after = text[: m.end()] + _DOTTED_TIME.sub(r"\1:\2", text[m.end() :], count=1)  # (as long)
            value, end = _with_time(day, after, at.end() if at else m.end(), tz)
            found.append((m.start(), end, value))
    # Read so only in a page printed on America's clock (site_clock): elsewhere the day comes first, and
    # Australia's '05/06/2024 07:42 PM' is the 5th of June.
    for m in _US_DAY.finditer(text) if str(getattr(tz, "key", "")).startswith("America/") else ():
        day = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if day is not None:
            value, end = _with_time(day, text, m.end(), tz)
            found.append((m.start(), end, value))
    for m in FEED_DATE.finditer(text):  # a feed's time, in its own zone: the page's day is Korea's
        day = _valid(int(m.group("y")), MONTHS.index(m.group("mon").lower()) + 1, int(m.group("d")))
        if day is not None and int(m.group("h")) < 24 and int(m.group("mi")) < 60:
            zone = m.group("zone")
            sign, hours, minutes = ("+", "0", "0") if zone in ("GMT", "UTC", "Z") else (zone[0], zone[1:3], zone[3:])
            when = dt.datetime(day.year, day.month, day.day, int(m.group("h")), int(m.group("mi")))
            found.append((m.start(), m.end(), _zoned(when, sign, hours, minutes, tz)))
    return sorted(found, key=lambda f: f[0])


def _word_start(line: str, at: int) -> int:
    """Where the Latin word around `at` begins: a stamp's shown text starts with its whole label
    ('Published 2025.09.16', not 'blished 2025.09.16')."""
    at = max(0, at)
    while at > 0 and line[at - 1].isascii() and line[at - 1].isalpha():
        at -= 1
    return at


_ONLINE_FIRST = re.compile(
    r"\.?\s*(?:\([월화수목금토일]\))?\s*(?:조간|석간)\s*[(（]?\s*(?:온라인|인터넷|웹)\s*[:：]?\s*(?P<m>\d{1,2})\s*\.\s*"
    r"(?P<d>\d{1,2})\s*\.?\s*(?:\([월화수목금토일]\))?\s*(?P<time>\d{1,2}:\d{2})"
)
_WRITER_FIELD = re.compile(r"(?:작성자|글쓴이|기자)\s?[:：]\s?\S.{0,30}")
_PLAYER_CLOCK = re.compile(r"0?0:00")
_CITATION = re.compile(
    r"(?:논문\s?(?:명|제목)|저널\s?명?|학술지\s?명?|게재지|DOI|교신\s?저자|제1\s?저자)\s*[:：]", re.I
)
_FIELD = re.compile(r"[^:：]{1,15}[:：]")
_PAPER_DAY = re.compile(r"\s*(?:온라인\s?)?(?:게재|출판|발행|발표|Published)", re.I)


def _paper_days(lines: list[tuple[int, str]]) -> set[int]:
    """The lines of a paper's citation box giving the paper's day: in a run of fields ('label : value'),
    one of them the paper's ('논문명 :', '저널 :', 'DOI :'), a field of its publication ('게재일 : 2025년 1월
    14일'): the journal's day, not the page's (a release's '엠바고 :' or '배포일 :' beside it is the page's)."""
    days: set[int] = set()
    run: list[tuple[int, str]] = []
    for n, line in [*lines, (0, "")]:
        if _FIELD.match(line):
            run.append((n, line))
            continue
        if any(_CITATION.match(field) for _, field in run):
            days.update(m for m, field in run if _PAPER_DAY.match(field))
        run = []
    return days


_SAME_DAY_UPDATE = re.compile(
    r"\s*[|｜·]?\s*(?P<label>[가-힣A-Za-z ]{2,8}?)\s*[:：]?\s*(?P<time>(?:오전|오후)?\s?\d{1,2}:\d{2})\s*$"
)
_BAR_TIME = re.compile(r"\s*[|｜]\s*(?P<time>\d{1,2}:\d{2})\s*")
_LABEL_FIRST = re.compile(r"\s*(?:Posted|Published|Updated|입력|등록|작성|발행|게시)\s*[:：]?\s", re.I)


def collect(
    lines: list[tuple[int, str]],
    zones: dict[int, str],
    tz: dt.tzinfo = KST,
    lex: Lexicon | None = None,
    wall: dt.tzinfo | None = None,
) -> list[Evidence]:
    """Every date on the page: labelled stamps, strips, captions, body mentions and URL dates, in
    `tz`; `wall`: the zone of the page's clock when another (page_zone)."""
    lex = lex or packaged()
    clock = wall or tz
    label_before, updated, header = _labels(lex)
    label_after = _label_after(lex)
    out: list[Evidence] = []
    above: list[Evidence] = []  # stamps over the headline (see below)
    prev = ""
    under = {n: below for (n, _), (_, below) in zip(lines, lines[1:], strict=False)}
    cited = _paper_days(lines)
    # ... and past a writer's field, as a broadcaster sets it between its day and its time.
    past_writer = {
        n: two_below
        for (n, _), (_, below), (_, two_below) in zip(lines, lines[1:], lines[2:], strict=False)
        if _WRITER_FIELD.fullmatch(below)
    }
    for n, line in lines:
        zone = zones.get(n, "body")
        label_above, prev = prev, line
        urls = [(u.start(), u.end()) for u in _URL.finditer(line)]
        for u_start, u_end in urls:
            for m in _URL_DATE.finditer(line, u_start, u_end):
                y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
                day = _valid(int(y), int(mo), int(d))
                if day:
                    out.append(Evidence(day, n, m.group(0), "", "url"))
        for start, end, value in parse_dates(line, clock, short_years=zone in ("byline", "trailer", "header", *_OVER)):
            if any(a <= start < b for a, b in urls):
                continue
            # A day's strip under the headline with its time alone on the line under it, as a
            # broadcaster's page sets them: '2025년 07월 02일' over '20:21'; or with its weekday, the
            # desk credited between them: '2025년 10월 28일 (화)' / '작성자 : 가상TV 보도국' / '19:05'
            # (not a video's length or its player's clock under a day: '02:31', '0:00').
            rest = line[end:]
            timed = ""
            if type(value) is dt.date and zone == "byline":
                if not rest.strip():
                    timed = under.get(n, "")
                elif not _WEEKDAY.sub("", rest).strip() and not _PLAYER_CLOCK.fullmatch(past_writer.get(n, "")):
                    timed = past_writer.get(n, "")
            # (Or after a bar on a labelled stamp's line: 'Posted: 2025-06-24 | 09:30'; not a video's
            # length beside its day, '가상TV | 2025.06.24 | 02:31'.)
            if type(value) is dt.date and (barred := _BAR_TIME.fullmatch(rest)) and _LABEL_FIRST.match(line):
                timed = barred["time"]
            if _TIME_ALONE.fullmatch(timed):
                value = _with_time(value, timed, 0, clock)[0]
            # A release's embargo for the morning paper, online the day before at its hour: '2025. 10.
            # 15.(수) 조간(온라인 10. 14.(화) 11:00 이후 보도 가능)' is out online on the 14th at 11:00.
            if type(value) is dt.date and (online := _ONLINE_FIRST.match(rest)):
                year = value.year - (int(online["m"]) > value.month)  # (a January paper's December eve)
                if day := _valid(year, int(online["m"]), int(online["d"])):
                    value = _with_time(day, online["time"], 0, clock)[0]
            m = label_before.search(line[max(0, start - 16) : start])
            if m is None and zone in ("byline", "trailer", "header") and not is_sentence(line):
                m = label_after.match(line, end)  # '2025-07-10 10:05 송고', the wires' order
                # (Not the next date's label, glued on: '25.04.24 11:02최종 업데이트 25.04.24 11:47'.)
                m = None if m and re.match(r"\s*[:：]?\s*\d", line[m.end() :]) else m
            if m is None and zone in ("byline", "trailer", "header") and not line[:start].strip():
                # A stamp set on two lines, its label alone over the date: '수정' over '2025.06.16 09:12'.
                above_is_label = label_before.search(label_above)
                m = above_is_label if above_is_label and above_is_label.start() == 0 else None
            label = m.group("label") if m else "게재" if zone == "reprint" else ""
            where = zone
            # (Nor is a day after a sentence of the story: '… 국제학술지에 실렸다. (온라인 게시 2025년 2월 27일)'.)
            if _PERIOD.match(line, end) or is_fact(line, lex) or n in cited or "다. " in line[:start]:
                # '9월 30일까지', '▲일시: 10월 22일': a deadline, a period or an event's day, not a stamp
                label, where = "", "body"
            elif (
                _REGISTRATION.search(line)
                or "등록일" in line
                and any(map(_LICENCE_FIELD.match, (label_above, under.get(n, ""))))
            ):
                # '등록번호 서울 아 02936 | 등록일 2013.12.09', or '등록일 : 2010-06-21' on its own line among
                # the licence's fields: the outlet's licence
                label, where = "", "footer"
            elif header.search(line) and not (label and not updated.fullmatch(label)):
                # (Not the story's stamp beside the word: '기사입력 25.03.17 07:08 | 최종편집 …'; a
                # ticker's '업데이트 15:40' beside '코스피' is the widget's.)
                where = "header"
            elif zone == "header" and (label or _signed(line, lex)):
                # '입력 …' above the headline, or the date beside the reporter there ('[1] 가상신문 |
                # 2024.10.07(월) 17:22 | 홍길동 기자', a clipping report's): some layouts print the stamp first
                where = "byline"
            elif type(value) is dt.date and _SAVED.fullmatch(line, end):
                # The day a reader saved the story in an app, last on its line: '… · 2025년 9월 15일 저장' (not a
                # stamp with its time before a page's buttons, '입력 2025.08.08 07:20 스크랩 프린트').
                where = "saved"
            elif zone == "caption" and _ARCHIVE_PHOTO.search(line):
                where = "archive"  # an old photo's date says nothing of the story's
            elif zone in ("byline", "trailer", "body") and not label and _CAPTION.search(line):
                where = "caption"
            found = Evidence(value, n, line[_word_start(line, start - 8) : end].strip(), label, where)
            (above if zone == "header" and where == "byline" and label else out).append(found)
            # Its update beside it with a time alone, that day's: '송고시간 2024-11-21 07:12 | 최종수정 08:30'.
            # (One earlier than the stamp is dropped with the others that are: ingest_bytes.)
            # (Or beside a stamp without its label, first on its line: '2025.08.08 오전 10:42 · 수정 오전 11:05'.)
            labelled = label and not updated.fullmatch(label) or not label and not line[:start].strip()
            stamped = where == "byline" and labelled and isinstance(value, dt.datetime)
            if stamped and (later := _SAME_DAY_UPDATE.match(line, end)) and updated.fullmatch(later["label"]):
                changed = _with_time(value.date(), later["time"], 0, clock)[0]
                out.append(Evidence(changed, n, later.group().strip(" |｜"), later["label"], where))
    # A labelled stamp under the headline is the story's before one over it: a board that reposts
    # a story prints its post's '등록일' over the story's headline and '입력'.
    found = out + above
    if wall is None:
        return found
    return [replace(ev, value=ev.value.astimezone(tz)) if isinstance(ev.value, dt.datetime) else ev for ev in found]


# Beijing's, Taipei's and Hong Kong's time (UTC+8), an hour behind Korea's: a page written in
# Chinese prints its clock. (Japan's is Korea's: a page in Japanese needs none.)
_CHINA = zoneinfo.ZoneInfo("Asia/Shanghai")


def page_zone(text: str) -> dt.tzinfo | None:
    """The zone the times of a story written in `text`'s language are printed in, when not Korea's."""
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    others = len(re.findall(r"[가-힣\u3041-\u30ff]", text))  # (Hangul, or Japanese kana)
    return _CHINA if han >= 50 and others * 20 < han else None


def site_clock(header: Iterable[str], lex: Lexicon) -> dt.tzinfo | None:
    """The clock of a site abroad, a paper of Koreans there, as the weather widget atop its page (the
    lines of `header`) tells it by naming its city ('LA 72°F 맑음', '토론토 -3°C 흐림 | 1월 15일 (수)'): its
    pages print their times in it, with no zone beside them. None when the widgets name no place the
    lexicon knows, or places of more than one clock (a Korean site's widget of the world's weather names
    Seoul too), or the weather 'there' (현지), a Korean site's box on a place abroad ('파리 현지 날씨 31°C')."""
    places = dict(lex.clocks)
    named = clock_places(lex)
    widget = weather_widget(lex)
    found = {places[m] for line in header if widget.match(line) and "현지" not in line for m in named.findall(line)}
    return zoneinfo.ZoneInfo(found.pop()) if len(found) == 1 else None


def _signed(line: str, lex: Lexicon | None) -> bool:
    by = bylines(lex)
    return bool(re.search(rf"(?<![가-힣]){by.names}\s*{by.role}(?![가-힣])", line))


def _strip_like(line: str) -> bool:
    """A date standing on its own line, or with a name, program or e-mail beside it; not a
    numbered list's item with its day ('② 반도체 장비 국산화율 30% 돌파 (2025.11.17)')."""
    if line[:1] in CIRCLED:
        return False
    rest = line
    for start, end, _ in parse_dates(line, short_years=True):
        rest = rest.replace(line[start : end + (line[end : end + 1] == ".")], " ")  # (with a day's dot: '2025. 11. 1.')
    rest = re.sub(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|[|｜/⁄·•:\-\s]+", " ", rest).strip()
    # (Nor a post's count of views or its hashtags beside the day: '조회수 182,431회  2025. 11. 1.  #AI'.)
    rest = _COUNTS_AND_TAGS.sub(" ", rest).strip()
    return len(rest) <= 24 and not re.search(r"[.!?]$|다$", rest)


_COUNTS_AND_TAGS = re.compile(r"(?:조회수?|views?)\s*[\d,.]+\s*(?:만|천)?\s*회?|#[^\s#]+", re.I)


def decide(
    evidence: list[Evidence], lines: dict[int, str], lex: Lexicon | None = None
) -> tuple[DateFound | None, DateFound | None, list[str]]:
    """(published, updated, trap notes) from the explicit evidence on the page."""
    is_updated = _labels(lex or packaged())[1].fullmatch
    notes: list[str] = []
    published = updated = None
    printed = 0  # the line of `published` when it is a print edition's day
    published_line = 0
    on_board = False  # `published` is a board's post's day, its poster and views beside it
    label = ""  # the label of `published`'s stamp
    letters = [ev for ev in evidence if ev.zone == "letter" and isinstance(ev.value, dt.datetime)]
    for ev in evidence:
        if ev.zone == "header":
            notes.append(f"ignored '{ev.text}' (site header or date widget at the top of the page)")
            continue
        if ev.zone in ("mail", "letter"):
            if ev not in letters[:1]:
                notes.append(f"ignored '{ev.text}' (the date of the mail or message that sent the story)")
            continue
        if ev.zone not in ("byline", "trailer") and not ev.label:
            continue
        if ev.zone in ("caption", "archive", "url", "next", "source", "saved"):
            continue
        # A print edition's day ('발행일 2024-06-12 제12면') is often the day after the story went
        # online: an online stamp beside it ('입력 2024-06-11 오후 7:38') wins, not a related
        # article's date further down. A release's embargo, with its time, wins over the day the
        # release was posted ('등록일'), not over a news page's '입력'.
        beside_print = bool(printed) and abs(ev.line - printed) <= 3
        # (Posted on a board, '등록일', or any day alone the embargo gives the time of: '작성일 2025-05-14'; not a
        # news page's '작성일 : 2025-01-02 15:20' over a release quoted in its story.)
        posted = label.startswith("등록") or (
            published is not None and type(published.value) is dt.date and published.value == _day(ev.value)
        )
        embargo = bool(_EMBARGO.fullmatch(ev.label)) and posted and isinstance(ev.value, dt.datetime)
        # (A board's post of a story, its poster and views beside its day, '작성자 … 등록일 2024-05-23 조회수 418',
        # gives way to the story's own stamp under it.)
        if ev.label and is_updated(ev.label):
            updated = updated or DateFound(ev.value, f"byline '{ev.text}'")
        elif ev.label and (published is None or ev.zone == "byline" and (beside_print or embargo or on_board)):
            published, published_line = DateFound(ev.value, f"byline '{ev.text}'"), ev.line
            on_board = bool(BOARD_POST.search(lines.get(ev.line, "")))
            print_stamp = ev.label.startswith("발행") and bool(_PAGE.search(lines.get(ev.line, "")))
            printed = ev.line if print_stamp else 0
            label = ev.label
    # A clipping board's day the outlet reported the story ('보도일 : 2023-12-19', '보도일자 2025. 11. 5.(수)'),
    # over the day the board posted it ('등록일 : 2023-12-20'), where the story's own stamp is not printed.
    if published is not None and label.startswith(("등록", "작성", "게시")):
        reported = next((ev for ev in evidence if not ev.label and REPORTED_DAY.match(lines.get(ev.line, ""))), None)
        if reported is not None:
            published = DateFound(reported.value, f"the day the outlet reported it '{reported.text}'")
    # A story reposted whole names the day it ran ('이 글은 가상일보 2025년 10월 12일자 기사를 … 전재합니다',
    # '출처 : 가상일보 2024년 6월 11일자 12면'): the story's, over the day a board or letter posted it again
    # (its post's fields, or a day with no label of the story's, '입력'), not over the story's own stamp.
    reprinted = next((ev for ev in evidence if ev.zone == "reprint"), None)
    reposted = label in ("", "작성", "등록", "게시") or on_board
    if reprinted is not None and (published is None or reposted or reprinted.line < published_line):
        published = DateFound(reprinted.value, f"the reprint's note '{reprinted.text}'")
    if published is None:
        strips = [
            ev for ev in evidence if ev.zone in ("byline", "trailer") and not ev.label and _strip_like(lines[ev.line])
        ]
        # (A print edition's day, '2024.10.09 지면 2면', is often the day after the story went online: the
        # online strip a few lines under it wins, '2024. 10. 08   17:05'.)
        if strips and type(strips[0].value) is dt.date and _PAGE.search(lines[strips[0].line]):
            printed_at = strips[0].line
            online = [
                ev
                for ev in strips[1:]
                if ev.zone == "byline" and 0 < ev.line - printed_at <= 5 and not _PAGE.search(lines[ev.line])
            ]
            strips = online[:1] + strips
        # (A post's own day, its counters under it, '가상 노트 · 2025.08.08. 오후 12:40' over '조회 4,218', gives way
        # to the strip of the story it carries, '2025-08-08 08:47:12' under the story's byline.)
        posted = [ev for ev in strips if any(_COUNTER.fullmatch(lines.get(ev.line + k, "")) for k in (1, 2))]
        if posted and len(posted) < len(strips):
            strips = [ev for ev in strips if ev not in posted]
        strips = strips or [ev for ev in evidence if ev.zone in _OVER]
        if strips:
            published = DateFound(strips[0].value, f"date line '{strips[0].text}'", strips[0].zone)
    # A letter's mailed time, when it prints no other day of the story's own ('입력 …', a strip under its
    # headline): the letter's issue strip, '2024.10.10 | 제 187호', is the mail's day.
    strip_day = published is not None and not label and type(published.value) is dt.date
    if letters and (published is None or strip_day and published.value == _day(letters[0].value)):
        published = DateFound(letters[0].value, f"the letter's mail '{letters[0].text}'")
    if published is not None:
        later = _day(published.value) - max(
            (_day(ev.value) for ev in evidence if ev.zone in ("caption", "url") or ev.label),
            default=_day(published.value),
        )
        if not any(ev.label for ev in evidence if ev.zone in ("byline", "trailer")) and later.days > 2:
            notes.append(f"ignored '{published.source}': later than every other date on the page")
            published = None
    # (With no stamp of the story's posting, its update's is still the page's last change.)
    if published is not None and updated is not None and _day(updated.value) < _day(published.value):
        updated = None
    return published, updated, notes


# A press release's embargo ('보도시점 2025. 9. 24.(수) 12:00'): the news is out then, not on the
# day the release was posted or sent out ('등록일 2025-09-23', '배포 …') beside it.
_EMBARGO = re.compile(r"보도\s*(?:시점|일시)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*년")
_PAGE = re.compile(r"\d+\s*면(?![가-힣])")  # a page of the print edition: '제12면', 'A1면'


def after_the_capture(found: DateFound, captured: dt.datetime) -> str | None:
    """Why a date is not the story's, or None: it is later than the day the page was saved,
    so it is some widget's or strip's (a story is published before it is read)."""
    if _day(found.value) > captured.date():
        return f"ignored {found.source}: later than the day the seed was saved ({captured.date().isoformat()})"
    # (A time over the headline on the day the page was read may be the site's clock.)
    if found.zone == "aired" and _day(found.value) == captured.date():
        return f"ignored {found.source}: the day the seed was saved, which a site's clock over the page shows too"
    return None


def after_the_story(found: DateFound, body: str, cleaned: Cleaned) -> str | None:
    """Why a date line without a label under the story is not the story's, or None: the story
    names years, all earlier than the line's ('2025년 첫 신제품' under a newsletter's 'Vol.412 ·
    2026년 12월 5일'). A stamp's label (입력 …) is trusted whatever the years, and so is a line between the
    headline and the story: a company founded in 2021 is interviewed in 2025. Nor is a path's day
    over the headline that is not the day the story reports."""
    years = {int(y) for y in _YEAR.findall(body)}
    if found.zone == "trailer" and years and _day(found.value).year > max(years):
        return f"ignored {found.source}: later than every year the story names ({max(years)})"
    # A path's day over the headline is as often the day the page was read: it must be the day
    # the story reports ('28일 출시했다고 밝혔다'), when the story names one.
    reported = _report_day(_mentions(body), cleaned) if found.zone in ("path", "aired") else None
    # (In Korea a day abroad may be the next: '13일(현지시간)' is reported on the 14th.)
    day = _day(found.value)
    if reported is not None and reported.day not in (day.day, (day - dt.timedelta(days=reported.later)).day):
        return f"ignored {found.source}: not the day the story reports ('{reported.text}')"
    return None


_COUNTER = re.compile(rf"\s*{POST_COUNT}\s*")
# A letter's or a notice's day it was sent: '발송일 2025. 8. 20.', '보낸 날짜 …'.
_SENT = re.compile(r"\s*(?:발송\s?일(?:시|자)?|보낸\s?(?:날짜|시간)|전송\s?일시)\s*[:：]?\s*\d")
# A post's or a letter's note that it carries a story: '기사 한 편을 옮겨 싣습니다', '관련 보도를 공유드립니다'.
_PASTING = re.compile(r"(?:기사|보도|뉴스)[을를]?\s(?:\S+\s){0,3}(?:옮겨|공유|퍼\s?왔|퍼\s?옵니다|스크랩)")


def over_a_pasted_story(found: DateFound, evidence: list[Evidence], lines: dict[int, str]) -> str | None:
    """Why a board's or a letter's stamp is not the story's, or None: the page says under it that it carries
    a story ('기사 한 편을 옮겨 싣습니다', '관련 보도를 공유드립니다'); the stamp ('등록일 … | 작성자 … | 조회 96',
    '발송일 2025. 8. 20.') is the day it was posted or sent, after the story ran."""
    stamp = next((ev for ev in evidence if ev.value == found.value and ev.text in found.source), None)
    line = lines.get(stamp.line, "") if stamp is not None else ""
    if stamp is None or not (BOARD_POST.search(line) or _SENT.match(line)):
        return None
    # (Where the board or the letter says so, under its stamp: a news page on a board's system names its
    # source under its own story, '출처 : 가상일보(http://…)', and may carry a wire's under a deck.)
    if any(n > stamp.line and _PASTING.search(text) for n, text in lines.items()):
        return f"ignored {found.source}: the day a board or a letter posted the story it pastes, not the story's"
    return None


def _day(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def past_the_address(found: DateFound, evidence: list[Evidence], body: str, cleaned: Cleaned) -> str | None:
    """Why a date line without a label, later than the day the story's own address gives and not the
    day the story reports, is in doubt, or None: a blog reposting a story stamps the post ('2025. 10.
    30. 9:12' over '…/view/2025102814310012345' over '… 28일 출시했다'). (A labelled stamp is trusted:
    a print edition's '기사입력' follows its story's address by a night; so is the day reported, as a
    story drafted the night before has it.)"""
    own = {n for n, _line, reason in cleaned.chrome if reason == "address"}
    days = [_day(ev.value) for ev in evidence if ev.zone == "url" and ev.line in own]
    day = _day(found.value)
    if not found.zone or not days or day <= max(days):
        return None
    reported = _report_day(_mentions(body), cleaned)
    if reported is not None and reported.day in (day.day, (day - dt.timedelta(days=reported.later)).day):
        return None
    return f"{found.source}, later than the day the story's address gives ({max(days).isoformat()})"


_DAY = re.compile(
    r"(?<![\d~\-.])(?:(?P<prefix>지난달|지난\s*달|지난|오는|이달|이번\s*달|이르면|늦어도|내달|다음\s*달|내년)\s*)?"
    r"(?:(?P<month>\d{1,2})월\s*)?"
    r"(?P<day>\d{1,2})일(?!\s*(?:간|동안|만|째|치|분|가량|이내|부터|~|까지))(?=(?P<after>[^.\n]{0,25}))"
)
_FUTURE = ("오는", "이르면", "늦어도", "내달", "다음 달", "다음달", "내년")
_LOCAL = re.compile(r"^\s*(?:[^()]{0,15})?\(현지\s*(?:시간|시각)\)")
_RELATIVE = [
    (re.compile(r"지난밤|어젯밤|어제|전날"), 1, True),
    (re.compile(r"이날|오늘|당일"), 0, True),
    (re.compile(r"지난주|일주일"), 7, False),
    # '두 달여 만', '3주가량 만': about that long
    (re.compile(r"(\d+|한|두|세|네)\s*주\s*(?:여|가량|남짓)?\s*(?:만|밖에|째|가|전)"), 7, False),
    (re.compile(r"(\d+|한|두|세|네)\s*(?:달|개월)\s*(?:여|가량|남짓)?\s*(?:만|밖에|째|가|전)"), 30, False),
    (re.compile(r"(\d+)\s*일\s*만"), 1, False),
]
_COUNT = {"한": 1, "두": 2, "세": 3, "네": 4}


@dataclass(frozen=True)
class _Mention:
    text: str
    day: int
    month: int | None
    prefix: str
    later: int  # days from the day named to the story's in Korea: '27일(현지시간)' 1, '어제(4일)' 1, '그제(3일)' 2
    # Told as done: abroad ('14일(현지시간), 구글이 …') or in the past tense ('20일 공개했다'); not
    # as to come ('31일 열리는 서밋', '20일 출시할 예정'), nor a deadline ('마감은 20일이다').
    done: bool = False


_AHEAD = re.compile(
    r"예정|계획|방침|열리는|열릴|개막하는|개막할|개최되는|개최하는|개최할|시작되는|앞두|앞둔|할 것|될 것"
    r"|(?<!고 )한다|(?<!고 )된다"  # (not a report of it: '했다고 한다')
)


def _past(text: str) -> bool:
    """Whether `text` holds a verb in the past tense: a syllable closed by ㅆ ('했', '였', '밝혔'),
    not 있 ('수 있다') nor the future's 겠."""
    return any("가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 == 20 and ch not in "있겠" for ch in text)


# A broadcast's day told from the day it airs: '어제(4일) 국회 본회의에서', '그제 3일'.
_DAYS_BEFORE = re.compile(r"(?P<word>오늘|어제|그제|그저께)\s*\(?\s*$")
_DAYS_BACK = {"오늘": 0, "어제": 1}  # (그제, 그저께: 2)


def _mentions(text: str) -> list[_Mention]:
    out = []
    for m in _DAY.finditer(text):
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            continue
        # 'YYYY년 M월 D일' is a full date, not a day to resolve.
        if re.search(r"(19|20)\d{2}\s*년\s*$", text[max(0, m.start() - 8) : m.start()]):
            continue
        local = bool(_LOCAL.match(m.group("after")))
        before = _DAYS_BEFORE.search(text, max(0, m.start() - 6), m.start())
        shown = f"{before.group('word')}({m.group(0).strip()})" if before else m.group(0)
        if local:
            shown += "(현지시간)"
        later = _DAYS_BACK.get(before.group("word"), 2) if before else int(local)
        month = int(m.group("month")) if m.group("month") else None
        after = m.group("after")
        done = (local or _past(after)) and not _AHEAD.search(after)
        out.append(_Mention(shown.strip(), day, month, m.group("prefix") or "", later, done))
    return out


def _month_shift(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + y, m + 1, 1)


def _relative(sentence: str, anchor: dt.date) -> tuple[dt.date, bool] | None:
    """Estimated publication day from a relative phrase, and whether it is exact."""
    if "지난달" in sentence:
        return _month_shift(anchor, 1), False
    for pattern, unit, exact in _RELATIVE:
        m = pattern.search(sentence)
        if m:
            count = 1
            if m.groups():
                g = m.group(1)
                count = _COUNT.get(g) or int(g)
            return anchor + dt.timedelta(days=unit * count), exact
    return None


# A year printed with an event's name ('CES 2026', 'SK AI 서밋 2024') dates the event reported on.
_EVENT_YEAR = re.compile(
    r"(?:\b[A-Z][A-Za-z/]{1,12}|(?:서밋|포럼|콘퍼런스|컨퍼런스|박람회|엑스포|빌드|개발자\s*회의|어워드|페스티벌|위크))"
    r"\s?'?(?P<y>20\d{2})(?![\d년])"
)
_VERSION = re.compile(r"\s?[-.]?\d")
_COMPARED = re.compile(r"\s?(?:보다|대비|에\s?비해|[와과]\s?비교)")  # after the milestone's name
_FORMER = re.compile(r"(?:기존|이전|전작|종전)(?:의)?\s?$")  # before it
# ... or told as done already, earlier in its sentence: '오픈AI는 이미 … '스타게이트' …' is background to
# another story, whose day may be the milestone's by chance in another month.
_ALREADY = re.compile(r"(?<![가-힣])이미\s")
_QUOTES = str.maketrans("", "", "'\"‘’“”「」『』")


# A name in quotation marks: '하이퍼클로바X 시드(SEED)', "GPT-4o 미니" (a few words, no sentence).
_QUOTED_NAME = re.compile(r"['‘\"“「『]([^'’\"”」』\s]+(?:\s[^'’\"”」』\s]+){0,2})['’\"”」』]")


def _named_kin(sentence: str, cue: re.Pattern[str]) -> bool:
    """Whether the sentence names, in quotation marks, a model of the milestone's family by a name
    of its own: the milestone's name and more ('하이퍼클로바X 시드' for 하이퍼클로바X; not its gloss,
    'GPT-4o(옴니)')."""
    for quoted in _QUOTED_NAME.finditer(sentence):
        name = re.sub(r"\s*\([^()]*\)", "", quoted.group(1))
        if (m := cue.search(name)) and m.group(0) != name and not name.endswith(("다", "요")):
            return True
    return False


def _unquoted(sentence: str) -> str:
    """A sentence without its quotation marks, which set off a product's name ('소라 2'를 공개했다)
    inside the words that name its launch."""
    return sentence.translate(_QUOTES)


PAGE_WINDOW = 7  # days a story may follow a date printed with its own photos
# A mail's subject naming what is sent before a story runs: '[송고] …', '… 원고', '[보도자료] …'.
_FILED = re.compile(r"(?:제목|Subject)\s*:?.*(?:송고|원고|초고|보도\s?자료)", re.I)
MILESTONE_WINDOW = 75  # days a story may follow an event it refers to ('지난달', '두 달 만')
_LEDE = 3  # paragraphs that tell the news: a story's day is said there


def infer(
    body: str,
    evidence: list[Evidence],
    cleaned: Cleaned,
    milestones: tuple[Milestone, ...],
    tags_found: set[str],
    updated: DateFound | None = None,
) -> DateFound | None:
    """A relative day ('27일(현지시간)') resolved against dates the same text prints, or None."""
    mentions = _mentions(body)
    report = _report_day(mentions, cleaned)
    years = {int(m.group("y")) for m in _EVENT_YEAR.finditer(body)}
    if report is not None and report.month and len(years) == 1 and _told(report, cleaned):
        day = _valid(years.pop(), report.month, report.day)
        if day:
            day += dt.timedelta(days=report.later)
            return DateFound(day, f"text: {report.text} + year of the event named")

    # (anchor day, how far after it the story may run, name)
    anchors: list[tuple[dt.date, int, str]] = []
    estimates: list[tuple[dt.date, bool]] = []
    # Dates printed with the page's photos and in its image addresses are the page's own dates.
    for ev in evidence:
        if ev.zone in ("caption", "url"):
            anchors.append((_day(ev.value), PAGE_WINDOW, f"page date {_day(ev.value).isoformat()}"))
    # A mail, a chat or a post carrying the story was sent after it ran: its first time bounds the
    # story from above ('17일' in a story reposted on 2025.02.21. 13:47 is 02-17). (A day without
    # its time there may be the site's: a cafe's 'since 2012.03.05'.) Not a reporter's copy filed
    # to the desk, nor a release mailed out: those are sent before the story runs.
    # (A messenger's day over its messages is one too: '2025년 9월 3일 수요일' alone on its line; so
    # is a newsletter's issue, its day with its weekday: '가상 위클리 | 2024.04.15 (월)'.)
    shown = {n: line for n, line, _reason in cleaned.chrome}
    times = [
        _day(ev.value)
        for ev in evidence
        if ev.zone in ("mail", "letter")
        and (
            isinstance(ev.value, dt.datetime)
            or _day_alone(shown.get(ev.line, ""))
            or bool(WEEKDAY_MARK.search(shown.get(ev.line, "")))
        )
    ]
    filed = any(reason == "mail header" and _FILED.match(line) for _, line, reason in cleaned.chrome)
    sent = min(times) if times and not filed else None
    if sent is not None:
        anchors.append((sent - dt.timedelta(days=PAGE_WINDOW), PAGE_WINDOW, f"sent {sent.isoformat()}"))
    # So does the page's own stamp of its last change (`updated`, decide's), printed without the one of its posting.
    if updated is not None:
        last = _day(updated.value)
        anchors.append((last - dt.timedelta(days=PAGE_WINDOW), PAGE_WINDOW, f"updated {last.isoformat()}"))

    sents = sentences(body.replace("\n", " "))
    for ms in milestones:
        if ms.tags and not set(ms.tags) & tags_found:
            continue
        if not ms.cues:
            continue
        cue = alias_pattern(ms.cues)
        # A sentence naming a successor ('소라 2' for 소라) or a model of its family by a name of its
        # own ('하이퍼클로바X 시드') is about that one, not the milestone; so is one measuring another
        # against it ('GPT-4o보다 26% 저렴하다', '기존 GPT-4o의 문맥 길이는').
        cue_sents = [
            plain
            for s in sents
            if (found := list(cue.finditer(plain := _unquoted(s))))
            and not all(
                _VERSION.match(plain, m.end())
                or _COMPARED.match(plain, m.end())
                or _FORMER.search(plain, 0, m.start())
                or _ALREADY.search(plain, 0, m.start())
                for m in found
            )
            and not _named_kin(s, cue)
        ]
        if not cue_sents:
            continue
        near_day = any(
            mn.day in (ms.date.day, (ms.date + dt.timedelta(days=1)).day)
            and (mn.month is None or mn.month == ms.date.month)
            and mn.prefix not in _FUTURE
            for mn in mentions
        )
        rel = next((r for r in (_relative(s, ms.date) for s in cue_sents) if r), None)
        if near_day or rel:
            anchors.append((ms.date, MILESTONE_WINDOW, ms.slug))
            estimates.append(rel if rel else (ms.date, False))
    if not anchors:
        return None

    lower, window, label = max(anchors)
    estimate = max([e for e, _ in estimates] + [lower])
    if report is None:
        exact = [e for e, ok in estimates if ok]
        if exact:
            return DateFound(max(exact), f"text: relative to {label}")
        return None

    # A milestone dates no story by a day, with its month, that the story looks back on (`_opens`).
    if report.month is not None and label in {ms.slug for ms in milestones} and not _opens(report, body, cleaned):
        return None
    best: tuple[int, dt.date] | None = None
    events = []
    for offset in range(-1, window + 1):
        event = lower + dt.timedelta(days=offset)
        if event.day != report.day or (report.month and event.month != report.month):
            continue
        events.append(event)
        distance = abs((event - estimate).days)
        if best is None or distance < best[0]:
            best = (distance, event)
    if best is None:
        return None
    # The site's strip of the day the page was read ('2025년 3월 3일 월요일' over it) bounds the story:
    # a day past it is none, and a later day of the same number before it ('26일' of February, not
    # of January's event) leaves the month in doubt, for an editor to settle.
    read = next((_day(ev.value) for ev in evidence if ev.zone == "header" and _day_alone(shown.get(ev.line, ""))), None)
    if read is not None and (best[1] > read or any(best[1] < event <= read for event in events)):
        return None
    day = best[1] + dt.timedelta(days=report.later)
    # A story runs no earlier than the last day it reports: with a later one named too ('바로 다음
    # 날인 14일(현지시간)' after '13일(현지시간)'), a roundup's day is in doubt, for an editor to settle.
    after = [
        mn
        for mn in mentions
        if mn.done and not mn.prefix and mn.month in (None, best[1].month) and mn.day > best[1].day
    ]
    if any(dt.timedelta(0) < _in_month(best[1], mn.day) + dt.timedelta(days=mn.later) - day <= _LATER for mn in after):
        return None
    return DateFound(day, f"text: {report.text} + {label}")


_LATER = dt.timedelta(days=7)


def _opens(report: _Mention, body: str, cleaned: Cleaned) -> bool:
    """Whether a day named with its month is the one the story reports: one a dateline gives, one a stamp over
    the story prints ('1월 31일 (금) 공개'), or one the story opens with, as a wire's copy does ('= 2월 4일, …');
    not one its text looks back on ('네이버가 8월 24일 … 공개하자', in a column weeks later)."""
    if any(line.day for line in cleaned.datelines):
        return True
    told = report in _mentions("\n".join(text for _, text in cleaned.paragraphs))
    return not told or re.search(rf"(?:^|=\s?){re.escape(report.text)},", body, re.M) is not None


def _in_month(day: dt.date, number: int) -> dt.date:
    """The day `number` of `day`'s month (its last day when the month is shorter)."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=min(number, last))


def _day_alone(line: str) -> bool:
    """A day with its weekday alone on its line: '2025년 9월 3일 수요일'."""
    line = line.strip("- ")  # (a messenger's divider: '----- 2025년 9월 3일 수요일 -----')
    return bool(_STRIP_ALONE.fullmatch(line) and WEEKDAY_MARK.search(line))


def release_day(cleaned: Cleaned) -> DateFound | None:
    """The day a release service's dateline prints before the release's lede ('서울--(뉴스와이어)--2025년
    05월 20일 --'): the day the release went out, when no stamp says it."""
    for line in cleaned.datelines:
        if line.issued:
            try:
                return DateFound(dt.date(*line.issued), f"dateline '{line.text}'")
            except ValueError:
                return None
    return None


# A stamp with no year over the story, as an app or a portal prints it: '04.08 14:12 · 2일 전'.
# (The line is the stamp alone, or with its age: not a widget's, a listing's or a related story's time.)
_YEARLESS = re.compile(
    r"(?:(?:입력|등록|작성)\s*[:：]?\s*)?(\d{1,2})[./-](\d{1,2})\.?\s+(\d{1,2}):(\d{2})"
    r"(?:\s*[·|ㆍ]\s*\d{1,2}\s*(?:분|시간|일)\s*전)?"
)


def with_its_time(found: DateFound, lines: dict[int, str], cleaned: Cleaned, tz: dt.tzinfo) -> DateFound:
    """`found`, a day from the text or the address, at the time a stamp with no year prints over the
    story for that day's month and day ('04.08 14:12' over a story of 8 April 2025)."""
    if isinstance(found.value, dt.datetime):
        return found
    first = cleaned.paragraphs[0][0] if cleaned.paragraphs else 0
    for n in sorted(n for n in lines if n < first):
        if m := _YEARLESS.fullmatch(lines[n].strip()):
            month, day, hour, minute = map(int, m.groups())
            if (month, day) == (found.value.month, found.value.day) and hour < 24 and minute < 60:
                when = dt.datetime(found.value.year, month, day, hour, minute, tzinfo=tz)
                return DateFound(when, f"{found.source}, at the time of the stamp '{lines[n].strip()}'", found.zone)
    return found


def stamp_above(evidence: list[Evidence], lines: dict[int, str], body: str, cleaned: Cleaned) -> DateFound | None:
    """A date and time alone on a line above the headline ('2025-05-20 09:00'), or a date right
    above it, taken as the article's stamp only when the story reports on that very day ('20일
    밝혔다'): a strip at the top is as often the day the page was read."""
    report = _report_day(_mentions(body), cleaned)
    if report is None or report.later or report.prefix:
        return None
    title = cleaned.title_line
    above = max((n for n in lines if title is not None and n < title), default=None)
    for ev in evidence:
        line = lines[ev.line]
        strip = ev.zone == "header" and _strip_like(line) and not WEEKDAY_MARK.search(line)
        # A day without a time only right above the headline: the site's strip stands higher.
        timed = isinstance(ev.value, dt.datetime) or ev.line == above
        same = timed and _day(ev.value).day == report.day and report.month in (None, ev.value.month)
        if strip and same:
            return DateFound(ev.value, f"date line '{ev.text}' (its day is the one reported)")
    return None


def _told(report: _Mention, cleaned: Cleaned) -> bool:
    """Whether the story's day is told by a dateline or in the lede: further down a feature,
    '4월 25일 발표한 실적' is an event it looks back on."""
    lede = _mentions("\n".join(text for _, text in cleaned.paragraphs[:_LEDE]))
    return report in lede or any(dateline.day for dateline in cleaned.datelines)


def _report_day(mentions: list[_Mention], cleaned: Cleaned) -> _Mention | None:
    """The day the story reports on: a wire dateline, else the first plain 'N일' (not '지난 5일',
    '이르면 28일' or another event's day) of the story's paragraphs, else of its headline and deck
    (`mentions`): a deck tells the news in brief, often by the day of the event it follows
    ('15일 오후 6시부터 앱마켓서 내려'), where the lede tells the day it was told ('17일 브리핑을 열고')."""
    for dateline in cleaned.datelines:
        if dateline.day:
            return _Mention(f"{dateline.month}월{dateline.day}일", dateline.day, dateline.month, "", 0)
    text = "\n".join(text for _, text in cleaned.paragraphs)
    lede = _mentions(text)
    # (Unless the story names its own day: '이 글을 쓰는 오늘(16일)' after '13일(현지시간) 오픈AI가 …'; not a
    # quote's, said on another day: '… 발표에서 "오늘(13일)부터 무료로 …"'.)
    unquoted = re.sub(r"\"[^\"\n]*\"|“[^”\n]*”", "", text)
    today = next((mn for mn in _mentions(unquoted) if mn.text.startswith("오늘(")), None)
    return today or next((mn for mn in [*lede, *mentions] if not mn.prefix), None)


def unresolved(body: str) -> str:
    """Why a date could not be settled, for the review list."""
    days = [mn.text for mn in _mentions(body) if not mn.prefix][:2]
    if days:
        shown = ", ".join(f"'{d}'" for d in days)
        return f"date: only {shown} in the text, no month or year to place it"
    return "date: none printed in the text"


_WEEKDAY = re.compile(r"\(\s*[월화수목금토일](?:요일)?\s*\)")
# A day's strip alone on its line ('2026년 4월 15일 수요일'), and the day a story says it reports:
# '14일 밝혔다', not '주 4일제' or '20일 출시한다'.
_STRIP_ALONE = re.compile(r"\d{4}\s*[년.]\s*\d{1,2}\s*[월.]\s*\d{1,2}\s*일?\.?\s*(?:\(?[월화수목금토일](?:요일)?\)?)?")
_REPORTED = re.compile(r"(?<![\d.])(?P<day>[1-9]|[12]\d|3[01])일\s?(?:밝혔|발표했|전했|공개했|말했|보도했)")
_LETTER_REASONS = ("mail header", "newsletter note")
_CARRIES = re.compile(r"(?:기사|글|소식)[을를]?\s?(?:보내|전해|전하|소개해|골라)\s?드")
_PLACE_REASONS = {"caption": "caption", "image": "caption", "table": "caption", "repeated line": "caption"}


def zones(lines: list[tuple[int, str]], cleaned: Cleaned, lex: Lexicon | None = None) -> dict[int, str]:
    """Where each line stands: header (above the headline), byline (between headline and body),
    body, trailer (after the body) or caption (photos and their credits)."""
    body_lines = [n for n, _ in cleaned.paragraphs]
    first, last = (body_lines[0], body_lines[-1]) if body_lines else (0, 0)
    top = cleaned.title_line if cleaned.title_line is not None else None
    reasons = {n: reason for n, _, reason in cleaned.chrome}
    above_title = max((n for n, _ in lines if top is not None and n < top), default=None)
    # (A magazine may print its section between its issue and the headline: '202503호 (…)' / '이슈'.)
    unlabelled = (n for n, _ in lines if top is not None and n < top and reasons.get(n) != "section label")
    issue_at = max(unlabelled, default=None)
    # (Or the date alone there, under the story's topics set apart by bars: '인공지능 | 예산'.)
    topics_above = {n for (_, above), (n, _) in zip(lines, lines[1:], strict=False) if _TOPIC_BAR.fullmatch(above)}
    # (Or its day and time alone under the site's path: '홈 > 글로벌 > 해외동향' over '2025.01.14 06:00'.)
    path_above = {n for (m, above), (n, _) in zip(lines, lines[1:], strict=False) if ">" in above and reasons.get(m)}
    # (Or the day alone under the story's section, as a magazine prints them: 'CULTURE' over '2025.04.22'.)
    section_above = {n for (m, _), (n, _) in zip(lines, lines[1:], strict=False) if reasons.get(m) == "section label"}
    # (Or the day alone over the story's fields right over the headline: '2025.08.11' over '인공지능(AI) · TMT · …'.)
    over_fields = None
    if above_title is not None and FIELDS.fullmatch(dict(lines)[above_title]):
        over_fields = max((n for n, _ in lines if n < above_title), default=None)
    out: dict[int, str] = {}
    # (A letter read on the web has no mail header, only the letter's own notes: '웹에서 보기'.)
    mailed = "mail header" in reasons.values() or "newsletter note" in reasons.values()
    # A letter the outlet sent, read where it arrived (its own notes under the mail's headers), not
    # forwarded: the time the mail client shows it sent is when the letter, which is the story, ran.
    # (Not one that says it sends others' stories: '이번 주에 읽을 기사를 보내드립니다'.)
    carries = any(_CARRIES.search(line) for _, line in lines[:15])
    # (Nor one forwarded in a way the cleaning does not know, a second mail's headers and time under
    # the first's: Outlook's '보낸 날짜: …' under a line of underscores.)
    timed = [n for n, line in lines if reasons.get(n) in _LETTER_REASONS and re.search(r"\d:\d\d", line)]
    own_letter = "newsletter note" in reasons.values() and not cleaned.forwarded and not carries and len(timed) == 1
    listing = closed = following = False
    for n, line in lines:
        # Past a list of other articles or the comments, dates are theirs: only a labelled stamp
        # ('입력 …') still speaks for the article.
        listing = listing or n > last and (reasons.get(n) == "related" or bool(COMMENTS_HEADING.match(line)))
        closed = closed or n > last and reasons.get(n) == "copyright"
        # Past the next article a site's scroll loaded under the story, even a labelled stamp is its.
        following = following or n > last and reasons.get(n) == "next article"
        if following:
            out[n] = "next"
        elif n in reasons and reasons[n] in _PLACE_REASONS:
            out[n] = "caption"
        elif reasons.get(n) in ("mail header", "newsletter note", "chat", "repost note", "clip property") or (
            mailed and top is not None and n < top and reasons.get(n) in ("date line", "issue strip")
        ):
            # The mail's or messenger's own dates, and a mailed letter's over the story's headline
            # (its issue's: '가상 위클리 | 2024.04.15 (월)'): when it was sent, not when the story ran.
            out[n] = "letter" if own_letter and n in timed else "mail"
        elif reasons.get(n) == "reprint note":
            out[n] = "reprint"  # the day the reprinted story ran, which the note names
        elif reasons.get(n) == "source date":
            out[n] = "source"  # the day the story a translation is of ran: no stamp of this page
        elif reasons.get(n) == "running head":
            out[n] = "listing"  # a document's day on each of its pages: no story's stamp
        elif reasons.get(n) == "print head":
            out[n] = "byline"  # a print page's date over its stories is the edition's, theirs
        elif listing or n > last and _not_the_articles(line, reasons.get(n), closed, lex or packaged()):
            out[n] = "listing"
        elif top is not None and n < top:
            # The site's strip of the day stands higher than the line right over the headline.
            if n == above_title:
                out[n] = _over_headline(line, n in path_above, n in topics_above, n in section_above)
            elif n == over_fields:
                out[n] = _over_headline(line, False, True, False)
            else:
                out[n] = "issue" if n == issue_at and _issue_line(line) else "header"
        elif n < first and top is None and _WEEKDAY.search(line) and not _label_anywhere(line, lex or packaged()):
            out[n] = "header"  # a weekday date strip above an untitled page is the site's
        elif n < first or n == top:
            out[n] = "byline"
        elif n > last:
            out[n] = "trailer"
        elif n in reasons and reasons[n] in ("byline", "byline date", "date line", "date strip", "sign-off"):
            out[n] = "byline"
        else:
            out[n] = "body"
    return out


def _over_headline(line: str, under_path: bool, under_topics: bool, under_section: bool) -> str:
    """The zone of the line right over the headline: a magazine's issue with its day ('issue'), a
    broadcaster's stamp ('aired'), the path to the article with its day ('path': '국방 > 육군 |
    2025.07.03', or a day alone under the path, the story's topics or its section), or the site's ('header')."""
    if _issue_line(line):
        return "issue"
    if _AIRED.fullmatch(line):
        return "aired"
    alone = _strip_like(line) and not WEEKDAY_MARK.search(line)
    timed = under_path and alone and bool(re.fullmatch(r"[\d.\-/\s]+\d{1,2}:\d{2}", line))
    bare = under_section and bool(re.fullmatch(r"\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?", line))
    return "path" if _dated_path(line) or under_topics and alone or timed or bare else "header"


# A broadcaster's stamp right over its story's headline, with the weekday and the time it aired
# ('2025.06.23 (월) 20:11'); a site's clock may stand there too, showing the day the page was read.
_OVER = ("path", "issue", "aired")  # the zones of a date right over the headline
_AIRED = re.compile(r"\d{4}[.-]\s?\d{1,2}[.-]\s?\d{1,2}\.?\s*\([월화수목금토일]\)\s*\d{1,2}:\d{2}")
_TOPIC_BAR = re.compile(r"[^\W\d]+(?: [^\W\d]+){0,2}(?: [|｜] [^\W\d]+(?: [^\W\d]+){0,2}){2,}")


# A magazine's issue over the headline, with the day it came out: '202406호 (2024.05.17)'.
_ISSUE = re.compile(r"(?:제\s?)?(?:\d{1,6}|\d{4}년\s?\d{1,2}월)\s?호\s*[(（]\s*(?P<day>[^()（）]{6,20}?)\s*[)）]")


def _issue_line(line: str) -> bool:
    """An issue's number and its day right over the headline; not a site's strip of the day the
    page was read, which names its weekday ('제2987호 (2026년 1월 7일 수요일)')."""
    found = _ISSUE.fullmatch(line.strip())
    return bool(found and parse_dates(found["day"], short_years=True)) and not WEEKDAY_MARK.search(line)


def _dated_path(line: str) -> bool:
    """A path of sections, then a bar and a date alone: '국방 > 육군 | 2025.07.03' (not a weekday's,
    as the site's strip of the day the page was read prints it: '홈 > 뉴스 | 2026.01.07 (수)')."""
    path, bar, day = re.sub("｜", "|", line).rpartition("|")
    dated = bool(parse_dates(day, short_years=True)) and _strip_like(day) and not WEEKDAY_MARK.search(day)
    return bool(bar) and ">" in path and len(path) <= 40 and dated


def _not_the_articles(line: str, reason: str | None, closed: bool, lex: Lexicon) -> bool:
    """Whether a line under the article is a widget's, an advert's or (past the copyright line)
    another date line's: a newsletter's '— 2026년 11월 28일 발송'. A stamp has a time, a
    reporter or an e-mail beside its date."""
    stamp = re.search(r"\d:\d\d", line) or EMAIL.search(line) or re.search(bylines(lex).role, line)
    kinds = ("widget", "advert", "after article end", "assistant's answer", *(("date line",) if closed else ()))
    return reason in kinds and not stamp


def _label_anywhere(line: str, lex: Lexicon) -> bool:
    return any(label in line for label in lex.published)


def candidate(
    evidence: list[Evidence],
    captured: dt.datetime | None,
    tz: dt.tzinfo = KST,
    body: str = "",
    lines: dict[int, str] | None = None,
) -> tuple[dt.datetime | dt.date, str]:
    """The best guess for a draft, with where it came from: a date printed with the page's own
    photos or addresses; else the day the story says it reports ('14일 밝혔다') on or before a
    strip of the day standing alone over the page (a chat's, or a site's today); else the day
    the seed was saved (the story is no later)."""
    page = [ev for ev in evidence if ev.zone in ("caption", "url", "byline", "trailer", *_OVER)]
    if page:
        best = max(page, key=lambda ev: _day(ev.value))
        return _day(best.value), f"candidate: '{best.text}' printed on the page ({best.zone}); not confirmed"
    strip = next(
        (ev for ev in evidence if ev.zone == "header" and _STRIP_ALONE.fullmatch((lines or {}).get(ev.line, ""))), None
    )
    reported = _REPORTED.search(body)
    if strip is not None and reported:
        read, day = _day(strip.value), int(reported.group("day"))
        for back in range(62):  # the latest such day within two months before the reading
            found = read - dt.timedelta(days=back)
            if found.day == day:
                return found, f"candidate: '{day}일' on or before read on '{strip.text}'; not confirmed"
    when = captured or dt.datetime.now(tz)
    return when.date(), "candidate: the day the seed was saved; the text prints no date"
