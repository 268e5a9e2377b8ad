"""Publication date: an explicit byline date, a page date strip, or inference.

Inference resolves day-of-month mentions ('27일', '24일(현지시간)', '지난 20일') against
anchors: dates printed in captions and image URLs, and milestones from
content/milestones.yaml whose cues appear in the text. A milestone counts only when the
text ties it to a day (a mention of its day of month) or to a relative time in the same
sentence ('지난달', '출시된 지 2주', '지난밤'). Nothing is guessed beyond that.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..datafiles import KST, Milestone
from .clean import Cleaned
from .tags import alias_pattern
from .text import sentences

_SEP = r"\s*[.\-/]\s*"
_FULL = re.compile(
    r"(?<!\d)(20\d{2}|19\d{2})(?:" + _SEP + r"|\s*년\s*)(\d{1,2})(?:" + _SEP + r"|\s*월\s*)(\d{1,2})(?!\d)"
)
_TIME = re.compile(r"\s*\.?\s*(?:\(\s*)?(?:[월화수목금토일]\)\s*)?(?:오전|오후)?\s*(\d{1,2}):(\d{2})")
_PUBLISHED = r"입력|등록|승인|송고|게재|발행|기사입력|작성"
_UPDATED = r"수정|최종수정|업데이트|기사수정"
_STAMP = re.compile(rf"(?P<kind>{_PUBLISHED}|{_UPDATED})\s*(?:일시|시간)?\s*[:：]?\s*(?=\d{{4}})")
_URL_DATE = re.compile(r"/(20\d{2})/(\d{2})/(\d{2})/")
_DAY = re.compile(
    r"(?<![\d~\-.])(?:(?P<prefix>지난달|지난|오는|이달|이번 달)\s*)?(?:(?P<month>\d{1,2})월\s*)?"
    r"(?P<day>\d{1,2})일(?!\s*(?:간|동안|만|째|치|분|가량|이내|부터|~))(?=(?P<after>[^.\n]{0,25}))"
)
_LOCAL = re.compile(r"^\s*(?:[^()]{0,15})?\(현지\s*(?:시간|시각)\)")
_RELATIVE = [
    (re.compile(r"지난밤|어젯밤|어제|전날"), 1, True),
    (re.compile(r"이날|오늘|당일"), 0, True),
    (re.compile(r"지난주|일주일"), 7, False),
    (re.compile(r"(\d+|한|두|세|네)\s*주\s*(?:만|밖에|째|가|전)"), 7, False),
    (re.compile(r"(\d+|한|두|세|네)\s*(?:달|개월)\s*(?:만|밖에|째|가|전)"), 30, False),
    (re.compile(r"(\d+)\s*일\s*만"), 1, False),
]
_COUNT = {"한": 1, "두": 2, "세": 3, "네": 4}


@dataclass(frozen=True)
class DateFound:
    value: dt.datetime | dt.date
    source: str


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _stamp(text: str, start: int) -> dt.datetime | dt.date | None:
    m = _FULL.match(text, start)
    if not m:
        return None
    day = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if day is None:
        return None
    t = _TIME.match(text, m.end())
    if t and int(t.group(1)) < 24 and int(t.group(2)) < 60:
        hour = int(t.group(1))
        if "오후" in t.group(0) and hour < 12:
            hour += 12
        return dt.datetime(day.year, day.month, day.day, hour, int(t.group(2)), tzinfo=KST)
    return day


def explicit(cleaned: Cleaned) -> tuple[DateFound | None, DateFound | None]:
    """(published, updated) from '입력 … 수정 …' stamps, else a date strip."""
    published = updated = None
    for _, line, reason in cleaned.chrome:
        if reason != "byline date":
            continue
        for m in _STAMP.finditer(line):
            value = _stamp(line, m.end())
            if value is None:
                continue
            if re.fullmatch(_UPDATED, m.group("kind")):
                updated = updated or DateFound(value, "byline")
            else:
                published = published or DateFound(value, "byline")
    if published is None:
        for _, line, reason in cleaned.chrome:
            if reason == "date strip":
                m = _FULL.search(line)
                if m:
                    value = _stamp(line, m.start())
                    if value is not None:
                        published = DateFound(value, "date strip")
                        break
    if published is None:
        updated = None
    return published, updated


@dataclass(frozen=True)
class _Mention:
    text: str
    day: int
    month: int | None
    prefix: str
    local: bool


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
        shown = m.group(0)
        if local:
            shown += "(현지시간)"
        month = int(m.group("month")) if m.group("month") else None
        out.append(_Mention(shown.strip(), day, month, m.group("prefix") or "", local))
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


def infer(
    body: str,
    chrome_text: str,
    cleaned: Cleaned,
    milestones: tuple[Milestone, ...],
    tags_found: set[str],
) -> DateFound | None:
    mentions = _mentions(body)
    anchors: list[tuple[dt.date, str]] = []
    estimates: list[tuple[dt.date, bool]] = []

    # Dates printed with the page's photos and image URLs are the page's own dates.
    for m in list(_FULL.finditer(chrome_text)) + list(_URL_DATE.finditer(chrome_text)):
        day = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            anchors.append((day, f"page date {day.isoformat()}"))

    sents = sentences(body.replace("\n", " "))
    for ms in milestones:
        if ms.tags and not set(ms.tags) & tags_found:
            continue
        if not ms.cues:
            continue
        cue = alias_pattern(ms.cues)
        cue_sents = [s for s in sents if cue.search(s)]
        if not cue_sents:
            continue
        near_day = any(
            mn.day in (ms.date.day, (ms.date + dt.timedelta(days=1)).day)
            and (mn.month is None or mn.month == ms.date.month)
            and mn.prefix not in ("오는",)
            for mn in mentions
        )
        rel = next((r for r in (_relative(s, ms.date) for s in cue_sents) if r), None)
        if near_day or rel:
            anchors.append((ms.date, ms.slug))
            estimates.append(rel if rel else (ms.date, False))
    if not anchors:
        return None

    lower = max(a for a, _ in anchors)
    label = next(name for a, name in anchors if a == lower)
    estimate = max([e for e, _ in estimates] + [lower])
    report = _report_day(mentions, cleaned)
    if report is None:
        exact = [e for e, ok in estimates if ok]
        if exact:
            return DateFound(max(exact), f"text: relative to {label}")
        return None

    best: tuple[int, dt.date] | None = None
    for offset in range(-1, 76):
        event = lower + dt.timedelta(days=offset)
        if event.day != report.day or (report.month and event.month != report.month):
            continue
        distance = abs((event - estimate).days)
        if best is None or distance < best[0]:
            best = (distance, event)
    if best is None:
        return None
    day = best[1] + dt.timedelta(days=1 if report.local else 0)
    return DateFound(day, f"text: {report.text} + {label}")


def _report_day(mentions: list[_Mention], cleaned: Cleaned) -> _Mention | None:
    """The day the story reports on: a wire dateline, else the first plain 'N일'."""
    for dateline in cleaned.datelines:
        if dateline.day:
            return _Mention(f"{dateline.month}월{dateline.day}일", dateline.day, dateline.month, "", False)
    for mn in mentions:
        if not mn.prefix and mn.month is None:
            return mn
    return None
