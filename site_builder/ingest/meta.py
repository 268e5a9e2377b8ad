"""Publisher and author from the structured parts of a page: reporter prefixes, bylines,
sign-offs, copyright lines and outlet names printed alone, through content/outlets.yaml.

Photo captions are never used: '사진=연합뉴스' names the photo agency, not the publisher,
and body text naming a news agency ('로이터 보도에 따르면') is a source, not the publisher.
"""

from __future__ import annotations

import re

from ..datafiles import Outlet
from .clean import Cleaned
from .text import EMAIL, HANGUL, NAME, NAMES, ROLE, fold, split_names

# Reasons (from clean) of lines whose outlet names and e-mails are the publisher's own.
_OWN_LINES = ("copyright", "sign-off", "byline", "outlet name", "portal notice", "after article end", "byline date")
_NOT_NAMES = {"기자명", "사진", "입력", "수정", "영상", "편집", "취재", "기자", "특파원", "디자인", "그래픽"}


def _alias_in(alias: str, text: str) -> bool:
    # Latin aliases must not sit inside longer Latin words; a Korean particle may follow.
    pattern = rf"(?<![A-Za-z0-9{HANGUL}]){re.escape(alias)}(?![A-Za-z0-9])"
    return re.search(pattern, text) is not None


def outlet_by_name(text: str, outlets: tuple[Outlet, ...]) -> str | None:
    best: tuple[int, str] | None = None
    for outlet in outlets:
        for alias in (outlet.name, *outlet.aliases):
            if _alias_in(alias, text) and (best is None or len(alias) > best[0]):
                best = (len(alias), outlet.name)
    return best[1] if best else None


def outlet_by_domain(domain: str, outlets: tuple[Outlet, ...]) -> str | None:
    domain = domain.lower()
    best: tuple[int, str] | None = None
    for outlet in outlets:
        for d in outlet.domains:
            if (domain == d or domain.endswith("." + d)) and (best is None or len(d) > best[0]):
                best = (len(d), outlet.name)
    return best[1] if best else None


def find_publisher(cleaned: Cleaned, text: str, outlets: tuple[Outlet, ...]) -> tuple[str | None, str]:
    """(publisher, how it was found)."""
    for dateline in cleaned.datelines:
        name = outlet_by_name(dateline.outlet, outlets)
        if name:
            return name, f"dateline '{dateline.text}'"
    own = [(line, reason) for _, line, reason in cleaned.chrome if reason in _OWN_LINES]
    for line, _reason in own:
        for m in EMAIL.finditer(line):
            name = outlet_by_domain(m.group(1), outlets)
            if name:
                return name, f"e-mail domain {m.group(1)}"
    for line, reason in own:
        name = outlet_by_name(line, outlets)
        if name:
            return name, f"{reason} line"
    for outlet in outlets:
        for marker in outlet.markers:
            if marker in text:
                return outlet.name, f"page marker '{marker}'"
    return None, ""


def find_authors(cleaned: Cleaned, outlets: tuple[Outlet, ...]) -> list[str]:
    outlet_words = {fold(a) for o in outlets for a in (o.name, *o.aliases)}

    def keep(names: list[str]) -> list[str]:
        return [n for n in names if n not in _NOT_NAMES and fold(n) not in outlet_words]

    for dateline in cleaned.datelines:
        if dateline.names:
            names = keep(split_names(dateline.names))
            if names:
                return names
    for _, line, reason in cleaned.chrome:
        if reason not in ("byline", "sign-off", "after article end"):
            continue
        core = re.sub(r"^[-–•·\s]*(기자명\s*)?", "", line)
        m = re.match(rf"({NAMES})\s*{ROLE}(?![가-힣])", core)
        if m:
            names = keep(split_names(m.group(1)))
            if names:
                return names
        first, _, rest = fold(core).rpartition(" ")
        if first in outlet_words and re.fullmatch(NAME, rest):
            return [rest]  # 'SBS Biz 홍길동'
    # Broadcast transcripts introduce the reporter in the anchor's lead-in.
    for _, para in cleaned.paragraphs:
        m = re.match(rf"^(?:\S+에서\s+)?({NAME})\s*{ROLE}(?:입니다|이 보도합니다|가 보도합니다)\.?$", para)
        if m:
            return keep([m.group(1)])
    return []
