"""Publisher and author from the structured parts of a page: reporter prefixes, bylines,
sign-offs, copyright lines and outlet names printed alone, through content/outlets.yaml.

Photo captions are never used: '사진=연합뉴스' names the photo agency, not the publisher,
and body text naming a news agency ('로이터 보도에 따르면') is a source, not the publisher.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection

from ..datafiles import Outlet
from ..lexicon import Lexicon, packaged
from .clean import (
    BARE_SOURCE,
    BOARD_POST,
    BODY_NAME_END,
    BY_LINE,
    CJK_WRITER,
    CLIPPING_FIELDS,
    CLIPPING_SOURCE,
    COMMENTS_HEADING,
    CREW_LINE,
    CREW_WRITERS,
    DAY_LABEL,
    EDITORS_CLOSE,
    HELPERS,
    JP_ALONE,
    JP_BYLINE,
    LATIN_BYLINE,
    LATIN_WRITER,
    MAGAZINE_CREDITS,
    MAIL_SENDER,
    MASTHEAD_REASONS,
    MEDIUM_FIELD,
    NICKNAME,
    NUMBERED,
    OUTLET_NAME,
    POSITION,
    PUBLIC_LICENCE,
    REPORTED_BY,
    REPORTED_DAY,
    REPRINT_NOTE,
    STAFF_BYLINE,
    STORY_SOURCE,
    SUBSCRIBERS,
    WRITER_CREDIT,
    WRITER_LABEL,
    WRITERS_LABEL,
    Cleaned,
    account_credit,
    banned_outlet,
    boxed_byline,
    clipping_row,
    column_writer,
    columnist_name,
    columnist_record,
    japanese_names,
    japanese_writers,
    licence_owner,
    on_air_name,
    posted_writers,
    printed_outlet,
    staff_names,
    staff_writer,
    without_accounts,
    without_motto,
    without_source_credit,
)
from .text import (
    DESK_BYLINE,
    EMAIL,
    HANGUL,
    SURNAMES,
    bylines,
    correspondents,
    family_named,
    fold,
    name_alone,
    names_alone,
    split_names,
)

# Reasons (from clean) of lines whose outlet names and e-mails are the publisher's own.
_OWN_LINES = (
    "copyright",
    "licence",
    "sign-off",
    "byline",
    "outlet name",
    "portal notice",
    "after article end",
    "byline date",
)


# A public body's name: a ministry, an agency, a commission, a city or province and its office.
_PUBLIC_BODY = re.compile(
    r"[가-힣]{1,12}(?:부|처|청|위원회|진흥원|연구원|공단|공사|특별시|광역시|특별자치시|특별자치도|[시도군구]청)"
)


_PAPER_WORD = "신문|일보|저널|타임즈|타임스|투데이|미디어|매거진|데일리"
_ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z .&,'-]{5,}")  # a body's name in English: 'Ministry of Education'
_BOARD_FIELD = re.compile(r"(?:작성일|등록일|게시일|담당\s?부서|작성자|부서명|담당자)\s*[:：]?(?:\s|$)")
# (Not what names no outlet: '网络' (the web), '综合' (compiled), '本站' (this site), '网友' (a reader).)
_CN_SOURCE = re.compile(
    r"(?:来源|來源)\s*[:：]\s*(?P<name>(?!网络|網絡|互联网|综合|綜合|本站|本网|原创|网友|網友|转载|轉載|未知|其他)[^\s:：]{2,20})"
)


def _alias_in(alias: str, text: str, word: bool = False) -> bool:
    # Latin aliases must not sit inside longer Latin words; a Korean particle may follow. Most
    # aliases are not in the text at all: looking for them as patterns compiled every alias of
    # the registry (more than the re module keeps compiled) for every line, 0.7 s a page.
    if alias not in text:
        return False
    # Nor is a Korean edition the outlet it licenses: '포브스코리아', 'Forbes Korea'; nor a longer
    # name ending in it: 'Digital Chosun Ilbo' (but 'Copyright © …', 'The …', 'Photo by …').
    pattern = rf"(?<![A-Za-z0-9{HANGUL}]){re.escape(alias)}(?![A-Za-z0-9]|\s?(?:Korea|코리아))"
    # (Nor is a Latin name with a paper's word joined to it another's: 'AP신문' is not AP, 'AP통신' is.)
    if alias[-1:].isascii() and alias[-1:].isalnum():
        pattern += f"(?!{_PAPER_WORD})"
    if word:  # the word, not the name: after another ('마케팅 인사이트'), or with a particle ('인사이트를')
        pattern = rf"(?<![A-Za-z0-9{HANGUL}] ){pattern}(?![{HANGUL}])"
    before = _NAME_BEFORE if alias[:1].isascii() else _CAPITALISED_BEFORE  # ('MK 매일경제' is 매일경제)
    return any(not before.search(text, 0, m.start()) for m in re.finditer(pattern, text))


# A capitalised word right before a name, or one in capitals before a Latin name ('PR Newswire'),
# which makes it part of a longer one; not a credit's words.
_CREDIT_WORD = r"(?<![A-Za-z])(?i:(?!(?:the|copyright|by|from|source|photo|courtesy|via|credit|all)\s))"
_CAPITALISED_BEFORE = re.compile(rf"{_CREDIT_WORD}[A-Z][a-z]+\s$")
_NAME_BEFORE = re.compile(rf"{_CREDIT_WORD}(?:[A-Z][a-z]+|[A-Z]{{2,}})\s$")


def outlet_by_name(text: str, outlets: tuple[Outlet, ...]) -> str | None:
    best: tuple[int, str] | None = None
    for outlet in outlets:
        for alias in (outlet.name, *outlet.aliases):
            if _alias_in(alias, text, outlet.word) and (best is None or len(alias) > best[0]):
                best = (len(alias), outlet.name)
    return best[1] if best else None


def _outlet_named_in(name: str, text: str, outlets: tuple[Outlet, ...]) -> bool:
    """Whether `text` prints the outlet `name` by any of its names."""
    outlet = next((o for o in outlets if o.name == name), None)
    return any(alias in text for alias in (name, *(outlet.aliases if outlet else ())))


def _masthead_names(name: str, own: list[tuple[str, str]], outlets: tuple[Outlet, ...]) -> bool:
    """Whether a line of the outlet's name over the page is the registry's outlet `name`, by any of its
    names of four letters or more, whatever their case ('THE WALL STREET JOURNAL.'; not a partner's
    '가상경제 × THE WALL STREET JOURNAL')."""
    aliases = [a.casefold() for o in outlets if o.name == name for a in (o.name, *o.aliases) if len(a) >= 4]
    bare = (re.sub(r"^the\s|[.\s]+$", "", line.casefold()) for line, reason in own if reason == "outlet name")
    return any(line in aliases for line in bare)


def outlet_named(text: str, outlets: tuple[Outlet, ...]) -> str | None:
    """The outlet `text` is the name of, whole, whatever its spacing or case ('TJB 대전방송')."""
    squeezed = re.sub(r"\s+", "", text).casefold()
    return next(
        (o.name for o in outlets for a in (o.name, *o.aliases) if re.sub(r"\s+", "", a).casefold() == squeezed), None
    )


def outlet_by_domain(domain: str, outlets: tuple[Outlet, ...]) -> str | None:
    domain = domain.lower()
    best: tuple[int, str] | None = None
    for outlet in outlets:
        for d in outlet.domains:
            if (domain == d or domain.endswith("." + d)) and (best is None or len(d) > best[0]):
                best = (len(d), outlet.name)
    return best[1] if best else None


_FILE_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]{1,}")


def _portals(outlets: tuple[Outlet, ...]) -> tuple[tuple[Outlet, ...], tuple[Outlet, ...]]:
    """(publishers, portals): portals (Daum, Nate, Zum, Naver) carry other outlets' articles and
    are never the publisher."""
    return tuple(o for o in outlets if o.kind != "portal"), tuple(o for o in outlets if o.kind == "portal")


def _domain_label(domain: str) -> str:
    """'biz.chosun.com' -> 'chosun', 'news1.kr' -> 'news1': the name part of a domain."""
    parts = [p for p in domain.lower().split(".") if p not in ("www", "m", "co", "or", "kr", "com", "net", "tv")]
    return parts[-1] if parts else ""


# Words of domains and file names that name no one outlet ('byline.network', 'newstapa.org').
_GENERIC = {
    "news",
    "daily",
    "times",
    "korea",
    "org",
    "net",
    "network",
    "media",
    "biz",
    "tv",
    "economy",
    "ilbo",
    "seoul",
}


def outlet_by_file_name(
    seed_name: str, outlets: tuple[Outlet, ...], printed: frozenset[str] = frozenset()
) -> str | None:
    """Saved pages are often named after their site ('123_hankyung_ai.txt', '123_naver_hankyung_ai.txt'):
    one of the name's first two words (past a portal's and words such as 'news') that is one
    outlet's domain name or Latin name, and no other outlet's. (The words after them are the
    story's: '…_tunnel_ai_cctv' is about cameras.) None when the first is no outlet's and is
    `printed`, one of the page's top lines alone: the site the registry does not know
    ('NewsPeppermint' atop '123_newspeppermint_nyt_jobs.txt', a translation of a New York Times column)."""
    portals = {_domain_label(d) for o in outlets if o.kind == "portal" for d in o.domains}
    words = [t.lower() for t in _FILE_TOKEN.findall(seed_name.rsplit(".", 1)[0])]
    first = [t for t in words if t not in _GENERIC and t not in portals][:2]
    tokens = set(first)
    # token -> (length of the address or name it came from, outlet): 'chosun' is chosun.com's
    # before biz.chosun.com's, so the shortest source wins.
    owners: dict[str, set[tuple[int, str]]] = {}
    # A newsroom's domain is its company's name, which a file name holds as its topic ('…_samsung_hbm').
    for outlet in (o for o in outlets if o.kind != "newsroom"):
        names = {(_domain_label(d), len(d)) for d in outlet.domains}
        names |= {(re.sub(r"[^a-z0-9]", "", a.lower()), 0) for a in (outlet.name, *outlet.aliases) if a.isascii()}
        for name, size in names:
            if name in tokens and len(name) >= 3:
                owners.setdefault(name, set()).add((size, outlet.name))
    found = set()
    for candidates in owners.values():
        best = min(candidates)
        if sum(size == best[0] for size, _ in candidates) == 1:
            found.add(best[1])
    if first and first[0] not in owners and first[0] in printed:
        return None
    return found.pop() if len(found) == 1 else None


_HOST = r"((?:[a-z0-9-]+\.)+(?:com|kr|net))"
# (From the start of a host only: from each of its letters, '1.1.1.…' would take time as its length squared.)
_ADDRESS = re.compile(rf"(?:https?://)?(?<![a-z0-9.-]){_HOST}(?=[/\s]|$)", re.I)
_PAGE_ADDRESS = re.compile(rf"(?:https?://)?{_HOST}(?:/\S*)?", re.I)  # alone on its line


def _cut_in(line: str, text: str) -> bool:
    """`line` ends the text with a bracket it opened not closed: the copy stops inside it."""
    opened = sum(map(line.count, "<[(")) > sum(map(line.count, ">])"))
    return opened and text.rstrip().endswith(line.strip())


def _completed(printed: str, line: str, text: str, outlets: tuple[Outlet, ...]) -> str | None:
    """The registry's outlet whose name `printed` begins, where `line`, which printed it, ends the text
    and the page prints `printed` nowhere else: a capture cut at so many bytes stopped inside the name
    ('Copyright © ZDNe', its page elsewhere 'ZDNet Power Center'; not '유니콘' atop its own page)."""
    alone = len(re.findall(rf"(?<!\w){re.escape(printed)}(?!\w)", text)) == 1
    ends = line.rstrip().endswith(printed) and text.rstrip().endswith(line.strip())
    if not alone or not ends or len(printed) < 3:
        return None
    short = fold(printed)
    names = ((o.name, fold(name)) for o in outlets for name in (o.name, *o.aliases))
    return next((outlet for outlet, name in names if name.startswith(short) and name != short), None)


def _own_sites(text: str) -> list[str]:
    """The page's own address, alone on a line at its top as a reader mode prints it: a link
    further down may be to any site."""
    top = [line.strip() for line in text.splitlines() if line.strip()][:3]
    return [m.group(1).lower() for m in map(_PAGE_ADDRESS.fullmatch, top) if m]


def _unknown(line: str, outlets: tuple[Outlet, ...], portals: tuple[Outlet, ...]) -> str | None:
    """The outlet a copyright line names when the registry knows it neither as an outlet nor as a portal."""
    name = printed_outlet(line)
    return name if name and not outlet_by_name(name, outlets) and not outlet_by_name(name, portals) else None


@functools.lru_cache(maxsize=4)  # one lexicon per site
def _labels(lex: Lexicon) -> frozenset[str]:
    """The names of sections and topics, which stand where an outlet's or a reporter's would."""
    return frozenset(w.casefold() for w in (*lex.sections, *lex.section_words, *lex.topics))


def _signed_masthead(
    cleaned: Cleaned, outlets: tuple[Outlet, ...], portals: tuple[Outlet, ...], lex: Lexicon, byline: str = ""
) -> str | None:
    """An outlet the registry does not know, with no copyright line: the site's name printed as the
    page's first line, over its menu or toolbar, and again in the sign-off under the story before
    the reporters ('IT동아' over the page, '글 / IT동아 홍길동 기자' under it), or in `byline`, wherever
    it stands. Not a reporter, a desk or team ('산업부', '디지털뉴스팀'), a section or a portal, which a
    sign-off may repeat too."""
    lines = {n: line for n, line, _reason in cleaned.chrome}
    first = lines.get(1, "").strip()
    last = cleaned.paragraphs[-1][0] if cleaned.paragraphs else 0
    if 2 not in lines or not 2 <= len(first) <= 20 or len(first.split()) > 3 or re.search(r"\d", first):
        return None
    by = bylines(lex)
    labels = _labels(lex)
    if (
        outlet_by_name(first, outlets)
        or outlet_by_name(first, portals)
        # (Before a reporter's name and role a person's name may stand, a co-writer's, or a bureau's
        # place, '세종 홍길동 기자': a name of four syllables or more there is a publication's, '가상에듀'.)
        or name_alone(first, lex)
        and not (byline and len(first) >= 4)
        or re.search(by.role, first)
        or re.search(r"(?:부|팀|국|실|센터|본부|데스크)$", first)
        or first.casefold() in labels
        or first.isascii()
        and len(first) <= 3
    ):
        return None
    # The name, then the reporters with their role: not a writer signing with a role of their own.
    signed = rf"(?<!\w){re.escape(first)}\s*[/|｜·]?\s*{by.names}\s*{by.role}"
    if byline:
        return first if re.search(signed, _without_addresses(byline)) else None
    # (Or, wherever it stands, a magazine's or a letter's writer after its post there: '글 | 가상레터 에디터 홍길동'.)
    posted = rf"(?<!\w){re.escape(first)}\s(?:에디터|리포터)\s{by.names}"
    if any(
        reason in ("sign-off", "byline")
        and (n > last and re.search(signed, _without_addresses(line)) or re.search(posted, line))
        for n, line, reason in cleaned.chrome
    ):
        return first
    return None


# A source line: the outlet, then the stamp ('가상위크 한국판 | 2025.09.15 06:00', a clipping
# report's '[1] 가상신문 | 2024.10.07(월) 17:22 | 온라인 | 홍길동 기자').
_OUTLET_NAME_END = re.compile(
    r"(?:방송|일보|신문|뉴스|미디어|타임스|한국판|위크|저널|매거진|투데이|데일리|포스트|TV|tv)$"
)
_SOURCE = re.compile(r"^(?:\[\d{1,2}\]\s*)?(?P<name>[^|｜\d\[\]()]{2,20}?)\s*[|｜]\s*(?:19|20)\d{2}[.\-/년]")


def _source_line(cleaned: Cleaned, lex: Lexicon) -> str | None:
    """An outlet the registry does not know, named before the stamp over or under the headline:
    not a reporter ('홍길동 기자 | 2025…'), a section ('경제 | 2025…') or a stamp's label."""
    by = bylines(lex)
    labels = _labels(lex) | {w.casefold() for w in (*lex.published, *lex.updated)}
    title_line = cleaned.title_line or 0
    for n, line, _reason in cleaned.chrome:
        source = _SOURCE.match(line) if abs(n - title_line) <= 3 else None
        name = source.group("name").strip() if source else ""
        # (A name alone is a reporter's, unless the line names the reporter after the stamp.)
        signed = source is not None and re.search(rf"{by.names}\s*{by.role}", line[source.end() :])
        person = name_alone(name, lex) and not signed or re.search(by.role, name) or name.casefold() in labels
        # (And a name as outlets end theirs: not '이전 기사', nor a column's '김칼럼의 세상읽기'.)
        if name and not person and not name.isascii() and _OUTLET_NAME_END.search(name):
            return name
    return None


def _byline_outlet(cleaned: Cleaned, portals: tuple[Outlet, ...], lex: Lexicon) -> str | None:
    """An outlet the registry does not know, named before its reporter in the byline, as outlets'
    names end: '가상저널 홍길동 기자'."""
    by = bylines(lex)
    for _, line, reason in cleaned.chrome:
        m = re.match(rf"(\S{{2,15}})\s+{by.names}\s*{by.role}(?![가-힣])", line) if reason == "byline" else None
        if m and _OUTLET_NAME_END.search(m.group(1)) and not outlet_by_name(m.group(1), portals):
            return m.group(1)
    return None


# How a poster names where the story ran: '(출처 가상일보)', '가상일보에 난 기사', '오늘자 가상일보
# 기사', '가상대신문 이번 호에'.
_SHARED_FROM = re.compile(
    r"출처\s*[:：]?\s*(?P<a>[^\s():：]{2,15})|(?P<b>[^\s()]{2,15})에\s(?:난|실린|나온|올라온)\s기사"
    r"|오늘자\s(?P<c>[^\s()]{2,15})\s기사|(?P<d>[^\s()]{2,15})\s이번\s호"
)


def _shared_from(cleaned: Cleaned, portals: tuple[Outlet, ...], lex: Lexicon) -> str | None:
    """The outlet a poster's note over a shared story names, as the registry may not know it."""
    notes = (line for _, line, reason in cleaned.chrome if reason in ("repost note", "chat", "forward note"))
    for line in notes:
        for m in _SHARED_FROM.finditer(line):
            name = next(group for group in m.groups() if group)
            if not outlet_by_name(name, portals) and name not in lex.not_names and name.casefold() not in _labels(lex):
                return name
    return None


# The heading of a release's profile of whoever issued it, under the release: '가상에이아이 개요'.
_PROFILE = re.compile(r"(?P<name>\S.{0,24}?)\s?(?:개요|회사\s?소개|기업\s?소개)")


# A contributor's post, last in a byline, and a reporter's role anywhere in one.
_CONTRIBUTOR = re.compile(
    r"(?:PD|교수|연구원|연구위원|선임연구위원|변호사|변리사|회계사|대표|원장|소장|센터장|작가|평론가|박사|교사)$"
)
_REPORTER_WORD = re.compile(r"기자(?!명)|특파원|에디터|리포터|앵커")  # (not the label 기자명)
# Mail services anyone writes from: a reporter's address there names no site.
_MAILBOXES = frozenset(
    ("gmail.com", "naver.com", "hanmail.net", "daum.net", "nate.com", "kakao.com", "hotmail.com", "outlook.com")
    + ("yahoo.com", "yahoo.co.kr", "icloud.com", "korea.com", "empas.com", "paran.com", "chol.com", "hanafos.com")
)
# A portal's note that it printed a release as it came from the ministry, or naming whose it was.
_REPRINTED = re.compile(r"보도자료\s?원문을\s?그대로\s?(?:게재|옮긴|실은)")
_REPRINT_OF = re.compile(r"(?:이|본)\s?자료는\s(?P<body>[가-힣]{2,20})의\s보도자료를\s전재")


def _issuer(cleaned: Cleaned) -> str | None:
    """Who issued a press release, as its profile's heading names it and its lede does too."""
    lede = cleaned.paragraphs[0][1] if cleaned.paragraphs else ""
    for _, para in cleaned.paragraphs[1:]:
        if (m := _PROFILE.fullmatch(para.strip())) and m.group("name") in lede:
            return m.group("name")
    return None


def find_publisher(
    cleaned: Cleaned, text: str, outlets: tuple[Outlet, ...], seed_name: str = "", lex: Lexicon | None = None
) -> tuple[str | None, str, bool]:
    """(publisher, how it was found, whether the registry knows it), strongest evidence first."""
    found = _find_publisher(cleaned, text, outlets, seed_name, lex)
    # A government portal's copy of a ministry's release, which it says it printed as it came
    # ('이 보도자료는 관계부처의 보도자료 원문을 그대로 게재한 것으로 …'): the ministry named over the
    # release, by its day, issued it.
    reprinted = any(_REPRINTED.search(line) for _, line, _ in cleaned.chrome)
    first = cleaned.paragraphs[0][0] if cleaned.paragraphs else 0
    bodies = (line.strip() for n, line, _ in cleaned.chrome if n < first and _PUBLIC_BODY.fullmatch(line.strip()))
    newsroom = any(outlet.name == found[0] and outlet.kind == "newsroom" for outlet in outlets)
    if newsroom and reprinted and (ministry := next(bodies, None)):
        return ministry, "the ministry over the release a portal printed as it came", False
    # ... or which names it: '이 자료는 가상청의 보도자료를 전재하여 제공함을 알려드립니다.'
    if newsroom and (named := next(filter(None, (_REPRINT_OF.search(line) for _, line, _ in cleaned.chrome)), None)):
        return named["body"], "the body whose release a portal printed as it came", False
    # On a release service's own page the service only sent the release out ('서울--(뉴스와이어)--…'):
    # whoever issued it is its publisher, or no one the page names.
    service = next((line.service for line in cleaned.datelines if line.service), "")
    # (Its page names it atop, where its owner may sign the copyright line: 'PR Newswire: news
    # distribution …' over '© 2025 Cision US Inc.'; not an outlet's headline tagged with it, '[PRNewswire] …'.)
    top = next((line for line in text.split("\n") if line.strip()), "")
    atop = not top.startswith(("[", "(")) and re.sub(r"\s", "", fold(service)) in re.sub(r"\s", "", fold(top))
    sent = bool(found[0] and service) and (
        fold(service) in fold(found[0]) or outlet_by_name(service, outlets) == found[0] or atop
    )
    if sent:
        issuer = _issuer(cleaned)
        return (
            (issuer, f"the release's issuer, named over its profile (sent out by {service})", False)
            if issuer
            else (None, "", False)
        )
    return found


def _find_publisher(
    cleaned: Cleaned, text: str, outlets: tuple[Outlet, ...], seed_name: str = "", lex: Lexicon | None = None
) -> tuple[str | None, str, bool]:
    # A reprint's note names whose story it is ('이 글은 가상일보 2025년 10월 12일자 기사를 … 전재합니다').
    for _, line, reason in cleaned.chrome:
        if reason == "reprint note" and (note := REPRINT_NOTE.search(line) or CLIPPING_SOURCE.match(line)):
            name = outlet_by_name(note["outlet"], outlets)
            return name or note["outlet"], "the reprint's note", name is not None
    outlets, portals = _portals(outlets)
    # Other sites' results, which a search engine listed over the page, name no owner of it.
    listed = {line for _, line, reason in cleaned.chrome if reason == "search results"}
    if listed:
        text = "\n".join(line for line in text.split("\n") if line.strip() not in listed)
    foreign = {outlet.name for outlet in outlets if outlet.kind == "foreign"}
    for dateline in cleaned.datelines:
        # (A wire's story a Korean outlet carries names both, in either order: '[서울=가상뉴스/로이터]',
        # '[샌프란시스코=로이터/가상타임스]': the carrier is the Korean one, or, where the registry knows
        # only the wire, whoever the copyright line names.)
        parts = dateline.outlet.split("/")
        named = [name for part in parts if (name := outlet_by_name(part, outlets))]
        carriers = [name for name in named if name not in foreign] or (named if len(named) == len(parts) else [])
        if carriers:
            return carriers[-1], f"dateline '{dateline.text}'", True
    # A story reposted whole on another site (a company's, a board's) names where it ran under it: its
    # address given, or past the story and its writer's byline ('출처 : 가상일보'; over the byline, a chart's
    # credit), or in a board's fields under the post's ('작성자 … 조회수 418' over '언론사 가상일보 보도일자 …').
    last = cleaned.paragraphs[-1][0] if cleaned.paragraphs else 0
    signed = min((n for n, _, reason in cleaned.chrome if reason in ("byline", "sign-off") and n > last), default=0)
    posts = {n for n, line, _ in cleaned.chrome if BOARD_POST.search(line)}
    # (Or a clipping's fields on lines of their own, the outlet beside the day it reported the story:
    # '보도매체 가상일보' over '보도일자 2025. 11. 5.(수)'.)
    reported = {n for n, line, _ in cleaned.chrome if REPORTED_DAY.match(line)}
    for n, line, reason in cleaned.chrome:
        bare = n > max(last, signed) and reason in ("story source", "credit") and BARE_SOURCE.fullmatch(line)
        fields = bool(posts & {n - 1, n - 2}) and CLIPPING_FIELDS.fullmatch(line)
        given = reason == "story source" and (STORY_SOURCE.fullmatch(line) or fields)
        medium = bool(reported & {n - 1, n + 1}) and MEDIUM_FIELD.fullmatch(line)
        if source := given or bare or medium:
            name = outlet_by_name(source.group("name"), outlets)
            return name or source.group("name"), f"the story's source line '{line}'", bool(name)
        if reason == "story source" and (row := clipping_row(line)):  # ('게재일 … | 매체 가상월간 … | 지면 …')
            name = outlet_by_name(row, outlets)
            return name or row, f"the story's source line '{line}'", bool(name)
    own = [(line, reason) for _, line, reason in cleaned.chrome if reason in _OWN_LINES]
    # The copyright line or the masthead names who owns the page; a reporter's address may be
    # the group's (주간동아's reporters write from donga.com, 동아사이언스's too).
    mastheads = ("copyright", "outlet name")
    owner = next(
        (name for line, reason in own if reason in mastheads and (name := outlet_by_name(line, outlets))), None
    )
    # So does one the registry does not know, named by the copyright line: 포브스코리아, whose
    # reporters write from joongang.co.kr.
    printed = next(
        (name for line, reason in own if reason == "copyright" and (name := _unknown(line, outlets, portals))), None
    )
    # Or one a ban under the story names without a mark: '[인벤] 무단 전재 및 재배포 금지'.
    last = cleaned.paragraphs[-1][0] if cleaned.paragraphs else 0
    printed = printed or next(
        (
            name
            for n, line, reason in cleaned.chrome
            if reason == "copyright" and n > last and (name := banned_outlet(line))
        ),
        None,
    )
    top = next((line.strip() for line in text.split("\n") if line.strip()), "")
    # A copy that stops inside its copyright line may stop inside the name ('<저작권자 © 가상방' under a
    # page headed '가상방송뉴스'): the name atop the page it begins, or none.
    cut = next((line for line, reason in own if reason == "copyright" and _cut_in(line, text)), None)
    if printed and cut and printed in cut:
        printed = top if top.startswith(printed) and OUTLET_NAME.fullmatch(top) else None
    last = next((line for line, reason in reversed(own) if reason == "copyright"), "")
    if printed and printed in last and (whole := _completed(printed, last, text, outlets)):
        return whole, f"copyright line cut inside the name ('{last.strip()}')", True
    # (A writer's own post, '© 2025 홍길동' under its byline '홍길동', names no outlet; an editorial signed
    # by its paper, '가상일보', does, and so does an outlet named like a person atop its page.)
    person = printed and len(printed) <= 3 and family_named(printed) and printed != top
    if person and any(reason == "byline" and line.strip() == printed for _, line, reason in cleaned.chrome):
        printed = None
    # A group's publication, named under its story and in its reporter's sign-off or over the page,
    # over the group's footer: '[Copyright © 가상어린이 …]', '▶가상어린이 홍길동 기자' or '가상어린이'
    # atop the page, then 'Copyright © 가상일보' (or its name in Latin letters, 'Gasang Ilbo').
    signed = [EMAIL.sub("", line) for line, reason in own if reason in ("sign-off", "byline")]
    # (Or where the registry's name is a step of the page's path, neither atop the page nor in a
    # copyright line: a section of the site, '인사이트' of '인사이트 > 보고서' on a research institute's
    # page, 'Copyright © LG Business Research' under it.)
    steps = {
        fold(step)
        for _, line, why in cleaned.chrome
        if why == "menu" and ">" in line
        for step in re.split(r"\s*>\s*", line)
    }
    stepped = [line for line, reason in own if reason == "outlet name" and fold(line) in steps]
    claimed = bool(owner) and (owner == top or any(owner in line for line, reason in own if reason == "copyright"))
    section = not claimed and any(outlet_by_name(line, outlets) == owner for line in stepped)
    if printed and owner and (printed == top or section or any(printed in line for line in signed)):
        return (
            printed,
            f"copyright line under the story, named in its sign-off or masthead (the footer names {owner})",
            False,
        )
    sites = _own_sites(text)
    # (A group's title atop its page, however spaced, 'Gasang Daily' over a reporter on the group's
    # mail '@gasang.co.kr', where no copyright line names another: the title is the publisher.)
    titled = outlet_named(top, outlets)
    # (Or a newsletter's sender, a publication sending from the group's mail, '보낸사람 GBR <letter@gasang.com>',
    # where no copyright line names the owner: not a person, nor the outlet's letter by its name, '가상레터
    # <letter@gasang.com>', nor who forwarded it from another mail.)
    sent = next(((m, line) for _, line, _ in cleaned.chrome if (m := MAIL_SENDER.match(line))), None)
    sender = sent[0].group(1).strip() if sent and not cleaned.forwarded and not owner else ""
    sender_mail = (address.group(1).lower() if (address := EMAIL.search(sent[1])) else "") if sent else ""
    lettered = re.search(r"(?i)레터|letter|브리핑|briefing", sender) or name_alone(sender, lex or packaged())
    publication = "" if lettered else sender
    for line, reason in own:
        for m in EMAIL.finditer(line):
            name = outlet_by_domain(m.group(1), outlets)
            # (A sign-off naming the group's channel, on the group's mail, where no copyright line names
            # another: '가상뉴스TV 홍길동입니다. (…@gasang.co.kr)'.)
            channel = outlet_by_name(EMAIL.sub("", line), outlets) if reason == "sign-off" else None
            if name and channel and channel != name and fold(name) in fold(channel) and owner in (None, channel):
                return channel, f"the sign-off's outlet (its reporter writes from {m.group(1)})", True
            # (Or the group's site the registry places under the group's ('game.gasang.com'), named alone over the
            # page, though the group's copyright line closes it: '가상게임' … '가상게임 홍길동 기자 (…@gasang.com)'.
            # Not a channel's reporter on the network's news page, 'SBS 뉴스' … 'SBS Biz 홍길동입니다.')
            headed = channel and any(
                reason in MASTHEAD_REASONS and len(other) <= 20 and outlet_by_name(other, outlets) == channel
                for _, other, reason in cleaned.chrome
            )
            if name and headed and owner in (None, channel, name) and _site_of(channel, name, outlets):
                return (
                    channel,
                    f"the sign-off's outlet, a site of {name}'s (its reporter writes from {m.group(1)})",
                    True,
                )
            grouped = publication and outlet_by_domain(sender_mail, outlets) == name
            if name and grouped and (known := outlet_by_name(publication, outlets)) != name:
                return known or publication, f"the newsletter's sender (its mail is {m.group(1)})", known is not None
            # (A group's publication the registry does not know, named atop its page and before its reporter,
            # who writes from the group's mail: '가상에듀' over '가상에듀 홍길동 기자 gildong@gasang.com'.)
            signing = line if reason in ("sign-off", "byline") else ""
            if (
                name
                and signing
                and (own_title := _signed_masthead(cleaned, outlets, portals, lex or packaged(), signing))
            ):
                return (
                    own_title,
                    f"the page's first line, named before its reporter (who writes from {m.group(1)})",
                    False,
                )
            if name and titled and titled != name and owner in (None, titled):
                return titled, f"the title atop the page (its reporter writes from {m.group(1)})", True
            if name and owner and owner != name:
                return owner, f"copyright line (its reporter writes from {m.group(1)})", True
            # (Unless the page's masthead names the outlet of that mail, in capitals as it may be: the
            # copyright line then names its owner, 'THE WALL STREET JOURNAL.' over '© Dow Jones & Company'.)
            if name and not owner and printed and printed != name and not _masthead_names(name, own, outlets):
                return printed, f"copyright line (its reporter writes from {m.group(1)})", False
            # A group's title on its own site ('weekly.gasang.com'), its reporters on the group's mail ('@gasang.com').
            for site in sites:
                if site.endswith("." + m.group(1).lower()) and (brand := outlet_by_domain(site, outlets)):
                    return brand, f"address {site} (its reporter writes from {m.group(1)})", True
            if name:
                return name, f"e-mail domain {m.group(1)}", True
    for line, reason in own:
        name = outlet_by_name(without_source_credit(line) if reason == "byline" else line, outlets)
        if name in foreign and _wire_before_carrier(line, name, outlets):
            continue
        # (Nor a reporter's sign-off naming the group, '가상닷컴 IT전문 홍길동 기자 (…@itgasang.com)', who writes
        # from another site than the group's, under a copyright line naming an outlet the registry does not know.)
        domains = (
            [m.group(1) for m in EMAIL.finditer(line) if m.group(1).lower() not in _MAILBOXES]
            if reason == "sign-off"
            else []
        )
        if name and printed and domains and all(outlet_by_domain(d, outlets) != name for d in domains):
            continue
        # A contributor's byline names where the writer works, which printed the piece only if the page
        # names it elsewhere too: '김민정 가상방송 시사교양PD', '홍길동 가상대 교수' (a reporter's names the
        # outlet: '가상방송 홍길동 기자').
        contributor = reason == "byline" and _CONTRIBUTOR.search(line) and not _REPORTER_WORD.search(line)
        if name and contributor and not _outlet_named_in(name, text.replace(line, ""), outlets):
            continue
        # A notice naming the service that sent a release out ('이 뉴스는 … 뉴스와이어를 통해
        # 배포한 보도자료입니다') names no owner of the page, which its copyright line prints; its
        # call for tips does ('가상MBC 뉴스는 … 제보를 기다립니다', over 'Copyright © Gasang Munhwa …').
        # Nor does a list under the story, over a copyright line naming an outlet the registry does not
        # know: its headlines' series may hold an outlet's word ('[홍길동의 테크 인사이트] …').
        if name and not (printed and (reason == "portal notice" and "배포" in line or reason == "after article end")):
            masthead = _masthead_by_headline(cleaned, outlets, lex or packaged())
            if masthead and masthead != name:
                return masthead, "the masthead by the headline (a group's bar names the group first)", True
            return name, f"{reason} line", True
    for outlet in outlets:
        for marker in outlet.markers:
            if marker in text:
                return outlet.name, f"page marker '{marker}'", True
    # Weaker evidence: any reporter address or page address printed on the page.
    for m in EMAIL.finditer(text):
        name = outlet_by_domain(m.group(1), outlets)
        if name:
            return name, f"e-mail domain {m.group(1)}", True
    for m in _ADDRESS.finditer(text):
        name = outlet_by_domain(m.group(1), outlets)
        if name:
            return name, f"address {m.group(1)}", True
    # Outlets the registry does not know, as the page prints them: a tag naming a reporter, or its
    # masthead's name alone ('가상경제' over the page, '[가상경제] …' in the lede).
    for dateline in cleaned.datelines:
        named = dateline.names or "=" in dateline.text or fold(dateline.outlet) in cleaned.own_names
        # (A wire that prints its name before its desk's place, '[가상뉴스=전주] 홍길동 기자 =', names
        # itself where the copyright line does: the place is the other part.)
        if printed and named and printed in dateline.text and printed != dateline.outlet:
            return printed, f"copyright line, named in the dateline '{dateline.text}'", False
        # (Nor are places joined by '·' an outlet: '[수원·의정부=홍길동·김철수 기자]', two bureaus' reporters;
        # nor the place after an outlet's name, '[가상신문=대전] 홍길동 기자 =': the outlet is the name.)
        places = re.fullmatch(r"[가-힣]{2,4}(?:·[가-힣]{2,4})+", dateline.outlet)
        desk = _OUTLET_FIRST.match(dateline.text)
        if desk and desk["place"] == dateline.outlet and named:
            return desk["outlet"], f"dateline '{dateline.text}'", False
        # (A name with a digit is no outlet's, unless the page prints it alone too: '1가상뉴스'.)
        digits = re.search(r"\d", dateline.outlet) and fold(dateline.outlet) not in cleaned.own_names
        # (Nor is a short name no outlet ends with, where the copyright line names an outlet by its ending:
        # its bureau's place, '[내포=홍길동 기자]' over 'Copyright © 가상일보'; not another outlet's story on
        # a company's page, '[가상펜=홍길동 기자]' over 'Copyright © Gasang Corp.'.)
        short = re.fullmatch(r"[가-힣]{2,4}", dateline.outlet) and not _OUTLET_NAME_END.search(dateline.outlet)
        paper = bool(printed) and bool(_OUTLET_NAME_END.search(printed)) and printed != dateline.outlet
        if paper and short and fold(dateline.outlet) not in cleaned.own_names:
            continue
        if dateline.outlet and named and not digits and not places:
            return dateline.outlet, f"dateline '{dateline.text}'", False
    if printed:
        return printed, "copyright line", False
    if cleaned.masthead:
        return cleaned.masthead, "the page's sender: a newsletter's mail, an app's share text", False
    if shared := _shared_from(cleaned, portals, lex or packaged()):
        return shared, "the note of who shared the story ('오늘자 가상일보 기사 공유합니다')", False
    if source := _source_line(cleaned, lex or packaged()):
        return source, "the outlet's name before the stamp ('가상위크 한국판 | 2025.09.15 06:00')", False
    if source := _byline_outlet(cleaned, portals, lex or packaged()):
        return source, "the outlet's name before its reporter's ('가상저널 홍길동 기자')", False
    # A public body's news site prints no copyright line but a licence naming it, or the public
    # licence's mark under a page it names atop (a ministry's release: '과학기술정보통신부').
    if licensed := next((name for line, reason in own if reason == "licence" and (name := licence_owner(line))), None):
        return licensed, "licence line", False
    if _PUBLIC_BODY.fullmatch(top) and any(PUBLIC_LICENCE.match(line) for line, _ in own):
        return top, "the public body atop a page under the public licence ('공공누리')", False
    # A Chinese page's field of the outlet the story is from, over or under its stamp: '来源：环球网'.
    sourced = (_CN_SOURCE.fullmatch(line.strip()) for line in text.split("\n")[:40])
    if source := next((m["name"] for m in sourced if m), None):
        known = outlet_by_name(source, outlets)
        return known or source, f"the source field '来源：{source}'", known is not None
    # Or its name alone atop its own board of releases (under the skip links, '본문 바로가기'), its
    # '보도자료' in the menu or the path: the body, not what the seed file's name suggests ('busan_…').
    # (Its board's fields about the release, '작성일', '담당부서'; not a paper's desk, '사회부', nor a menu of
    # bodies, '경기도청' over '도의회'.)
    opening = [line.strip() for line in text.split("\n") if line.strip()][:5] + [""]
    desks = {f"{section}부" for section in (lex or packaged()).sections}
    # (A desk's name is a ministry's too, '교육부', when the body's name in English follows it.)
    bodies = (
        i
        for i, line in enumerate(opening[:-1])
        if _PUBLIC_BODY.fullmatch(line) and (line not in desks or _ENGLISH_NAME.fullmatch(opening[i + 1]))
    )
    at = next(bodies, None)
    over_story = [line for n, line, _ in cleaned.chrome if n < (cleaned.title_line or 0)]
    releases = any(re.fullmatch(r"(?:.*>\s*)?보도자료", line.strip()) for line in over_story)
    fields = any(_BOARD_FIELD.match(line) for _, line, _ in cleaned.chrome)
    if at is not None and releases and fields and not _PUBLIC_BODY.fullmatch(opening[at + 1]):
        return opening[at], "the public body atop its own page of releases ('보도자료')", False
    # (A portal's name atop its copy names the portal: 'NAVER' over '…_naver_womennews_….txt'; a
    # section's or a button's names none: 'Print' over '…_print_….txt', 'AI' over '…_ai_….txt'.)
    lexicon = lex or packaged()
    site_words = {*lexicon.sections, *lexicon.section_words, *lexicon.widgets, *lexicon.topics}
    heads = frozenset(re.sub(r"[^a-z0-9]", "", line.lower()) for line in text.split("\n")[:3] if line not in site_words)
    heads -= {_domain_label(domain) for portal in portals for domain in portal.domains}
    name = outlet_by_file_name(seed_name, (*outlets, *portals), heads)  # (it skips a portal's name)
    if name:
        return name, f"seed file name '{seed_name}'", True
    if masthead := _signed_masthead(cleaned, outlets, portals, lex or packaged()):
        return masthead, "the page's first line, named again in its sign-off", False
    # A video's channel, named over its count of subscribers ('CGN' over '구독자 58.2만명'): its
    # name, or the registry's outlet it names.
    for (_, channel, reason), (_, count, _) in itertools.pairwise(cleaned.chrome):
        if reason == "outlet name" and SUBSCRIBERS.fullmatch(count):
            own_name = outlet_by_name(channel, outlets) or channel.strip()
            return own_name, f"the video's channel '{channel.strip()}'", own_name != channel.strip()
    # A masthead's logo in Latin letters that spell its reporters' mail ('NEXTGASANG' over '넥스트가상', a
    # reporter on '@nextgasang.co.kr'): the outlet's name beside it, in Hangul, or the logo.
    mail = {m.group(1).lower() for m in EMAIL.finditer(text)}
    mailed = {_domain_label(domain) for domain in mail - _MAILBOXES} - _GENERIC
    opening = [line.strip() for line in text.split("\n") if line.strip()][:3]
    sections = lexicon.sections + lexicon.section_words
    for i, line in enumerate(opening):
        if len(line) >= 4 and re.sub(r"[^a-z0-9]", "", line.lower()) in mailed:
            beside = [
                o
                for o in opening[max(i - 1, 0) : i + 2]
                if re.fullmatch(f"[{HANGUL}]{{2,12}}", o) and o not in sections
            ]
            name = beside[0] if beside else line
            return name, f"the masthead's logo '{line}', its reporters' mail", False
    # Last, an outlet known only by its address: the site a reader view prints over the story,
    # its reporter writing from there ('nextdaily.co.kr' on top, '…@nextdaily.co.kr' under it).
    for site in sites:
        if not outlet_by_domain(site, portals) and any(site == d or site.endswith("." + d) for d in mail):
            # Its name, when the reader view prints it by the headline ('가상톡뉴스' under it), is the outlet's.
            chrome = ((n, line.strip()) for n, line, _ in cleaned.chrome)
            if named := next((line for n, line in chrome if n <= 6 and OUTLET_NAME.fullmatch(line)), ""):
                return named, f"the name by the headline, of address {site} (its reporter writes from there)", False
            return re.sub(r"^(?:www|m)\.", "", site), f"address {site} (its reporter writes from there)", False
    return None, "", False


def _wire_before_carrier(line: str, name: str, outlets: tuple[Outlet, ...]) -> bool:
    """Whether `line` names the wire `name` before the outlet that carried its story: 'AP=가상K | 홍길동 기자'."""
    outlet = next(outlet for outlet in outlets if outlet.name == name)
    return any(re.search(rf"(?<![\w]){re.escape(alias)}\s*=\s*\S", line) for alias in (outlet.name, *outlet.aliases))


def _site_of(brand: str, group: str, outlets: tuple[Outlet, ...]) -> bool:
    """Whether the registry places `brand` on a site under `group`'s domain ('game.gasang.com', 'gasang.com')."""
    found = {outlet.name: outlet.domains for outlet in outlets if outlet.name in (brand, group)}
    return brand != group and any(
        site.endswith("." + domain) for site in found.get(brand, ()) for domain in found.get(group, ())
    )


def _masthead_by_headline(cleaned: Cleaned, outlets: tuple[Outlet, ...], lex: Lexicon) -> str | None:
    """The outlet a group's publication prints by its headline (its name alone, right over or
    under it) or in its reporter's sign-off, where the group's bar over the page names the group
    first: '홍길동 매경이코노미 기자' under the story, or '매일경제' / '매경이코노미' / … / '매경이코노미'
    over the headline (the sign-off first: a group's bar may stand right over the headline). An
    outlet the page's mastheads never name is another's, whose reporter wrote or shared the story
    ('김철수 가상일보 객원기자' on a page whose masthead and copyright line name another)."""
    top = cleaned.title_line
    role = bylines(lex).role
    mastheads = [line for _, line, reason in cleaned.chrome if reason == "outlet name"]
    signed = (
        line
        for _, line, reason in cleaned.chrome
        if reason in ("sign-off", "byline") and re.search(rf"\S\s+{role}(?![가-힣])", line)
    )
    named = {name for line in mastheads if (name := outlet_by_name(line, outlets))}
    near = (
        line
        for n, line, reason in cleaned.chrome
        if reason == "outlet name" and top is not None and top - 3 <= n <= top + 2
    )
    by_signer = (name for line in signed if (name := outlet_by_name(line, outlets)) in named)
    by_headline = (name for line in near if (name := outlet_by_name(line, outlets)))
    return next(itertools.chain(by_signer, by_headline), None)


def find_portal(cleaned: Cleaned, outlets: tuple[Outlet, ...], source_url: str = "") -> str:
    """The portal (Daum, Nate, ZUM…) the page was captured from, or "": its address in the
    seed's source_url or in the page's chrome, or its name in a portal notice. The body is never
    read for this: an article about Naver names Naver."""
    _, portals = _portals(outlets)
    lines = [line for _, line, _ in cleaned.chrome]
    for line in [source_url, *lines]:
        # A reporter's hanmail.net or naver.com mailbox says nothing of where the page was.
        for m in _ADDRESS.finditer(EMAIL.sub(" ", line)):
            name = outlet_by_domain(m.group(1), portals)
            if name:
                return name
    for _, line, reason in cleaned.chrome:
        if reason == "portal notice":
            for portal in portals:
                if any(alias in line for alias in (portal.name, *portal.aliases)):
                    return portal.name
    return ""


_SITE_CHROME = ("menu", "section label", "portal notice", "widget", "copyright", "site header", "outlet name")


def portal_named(cleaned: Cleaned, outlets: tuple[Outlet, ...]) -> bool:
    """Whether a menu or notice of the page is led by a portal's news service, alone or before the portal's
    sections ('Daum 뉴스 | 홈 | 사회', '네이버뉴스'; not a share bar's '유튜브', nor an outlet's button to follow it
    there, '네이버 뉴스스탠드 구독', 'Daum 뉴스 채널 구독'), or find_portal finds one: a copy there is printed on
    Korea's clock, whoever wrote the story."""
    service = _portal_service(outlets)
    lines = (fold(line).replace(" ", "") for _, line, reason in cleaned.chrome if reason in _SITE_CHROME)
    return any(service.match(line) for line in lines) or bool(find_portal(cleaned, outlets))


@functools.lru_cache(maxsize=4)  # one registry per site
def _portal_service(outlets: tuple[Outlet, ...]) -> re.Pattern[str]:
    """A portal's news service as a line's start, its spaces gone: 'Daum뉴스|홈', '네이버뉴스'."""
    names = [re.escape(fold(name).replace(" ", "")) for o in _portals(outlets)[1] for name in (o.name, *o.aliases)]
    return re.compile(rf"(?:{'|'.join(names)})(?:뉴스|news)(?:[|｜>›·]|$)", re.I)


# The anchor's words handing over to the reporter: '가 단독 보도합니다', '가 현장에 가봤습니다',
# '가 직접 실험해봤습니다'.
_HANDED = (
    r"의 보도입니다|[이가](?:\s\S+){0,3}\s(?:보도합니다|전합니다|전해\s?드립니다|취재했습니다|다녀왔습니다"
    r"|(?:가|만나|알아|짚어|살펴|들어|\S+해)\s?봤습니다)"
)
# An outlet's name before its desk's place in a dateline: '[가상신문=대전]'.
_OUTLET_FIRST = re.compile(rf"[\[(【]\s*(?P<outlet>{OUTLET_NAME.pattern})\s*=\s*(?P<place>[가-힣]{{2,4}})\s*[\])】]")
_BYLINE_REASONS = ("byline", "sign-off", "after article end", "byline date", "date line")
_STAMP = re.compile(
    r"(?:(?:최초|최종|마지막)\s?)?(?:입력|수정|등록|승인|송고|게재|발행|작성|업데이트)|시작"
    r"|\d[\d.:\-/년월일 ]*\d(?:월호|일)?"  # (an issue's: '11-12월호')
    r"|오전|오후|\([월화수목금토일]\)"
)


_BRACKETED_MAIL = re.compile(rf"\s*\(\s*{EMAIL.pattern}\s*\)")  # a name's address after it: ' (gildong@…)'


def _without_addresses(line: str) -> str:
    """Each name with its address: '홍길동 (gildong@…), 김철수 (cs@…) 기자' is '홍길동, 김철수 기자'."""
    return _BRACKETED_MAIL.sub("", line)


_GLOSSED_NAME = re.compile(
    r"(?:글\s*[=:：|·]?\s*)?(?P<name>[가-힣]{1,6}(?: [가-힣]{1,6}){1,2})"
    r"\s?\((?P<latin>[A-Z][A-Za-z'’]+(?: [A-Z][A-Za-z'’-]+){1,2})\)"
)


# A firm's name in Latin letters: 'Gasang Electronics', 'Orbit Labs'.
_FIRM_WORD = re.compile(r"(?i)\b(?:Electronics|Inc|Corp|Co|Group|Labs?|Tech|Systems|University|Institute|Foundation)\b")


def _foreign_name(name: str, latin: str, lex: Lexicon) -> bool:
    """Whether `name` is a foreign person's name, spelt in Latin letters as `latin` word for word:
    not a Korean name and a post ('이수민 논설위원 (Lee Su-min)', romanised with its hyphen), nor a
    name and a firm's ('홍길동 가상전자 (Gasang Electronics)')."""
    words = name.split()
    post = re.search(rf"(?:{bylines(lex).role}|{POSITION})$", words[-1])
    return len(words) == len(latin.split()) and not post and "-" not in latin and not _FIRM_WORD.search(latin)


def _labelled(label: re.Match[str]) -> list[str]:
    """The names after a writer's label (WRITER_LABEL): one Hangul name, or Latin ones, two joined by
    '및' or 'and'."""
    if latin := label.group("latin"):
        return re.split(r"\s(?:및|and|&)\s", latin)
    name = label.group("name")
    if name and re.fullmatch(rf"\S+ [가-힣]*{POSITION}", name):
        return [name.split()[0]]  # the writer's post after the name: '작성자 : 홍길동 선임연구원'
    return [name or label.group("writer") or label.group("foreign")]


def _in_capitals(name: str) -> str:
    """A romanized name as its bearer writes it, not in a byline's capitals: 'LEE HO-JEONG' -> 'Lee Ho-jeong'."""
    return " ".join(word.capitalize() for word in name.split()) if name.isupper() else name


def _without_field(m: re.Match[str], lex: Lexicon) -> str:
    before, word = m.group(1), m.group(2)
    person = len(before) == 3 and family_named(before)
    named = len(word) == 3 and family_named(word)
    return f"{before} " if word in lex.fields or person and not named else m.group()


def _byline_names(line: str, lex: Lexicon) -> list[str]:
    """Names in a byline or sign-off: '홍길동 기자', '홍길동·김철수 기자', '가상일보 (지역) 홍길동 기자 |',
    '기자명 홍길동', or a name alone beside the date ('홍길동⁄ 2025.11.28 19:00')."""
    by = bylines(lex)
    line = without_motto(boxed_byline(line, lex) or line, lex)
    bare = re.sub(r"^[-–•·\s]*", "", line)
    core = _without_addresses(bare)
    written = bool(WRITER_CREDIT.match(core))
    core = WRITER_CREDIT.sub("", core)
    # Who planned and made a card or a video, credited before the name: '기획·제작 홍길동 기자'.
    core = re.sub(
        r"^(?:(?:기획|제작|구성|연출|진행)\s*[·/]\s*)*(?:기획|제작|구성|연출|진행)\s+(?=[가-힣]{2,4}\s)", "", core
    )
    # (Who took the photos, after a bar, a comma or a middle dot, took no part in the writing: '대담·정리 홍길동
    # 기자 | 사진 김철수 기자', '글 홍길동 기자, 사진 김철수 기자', '홍길동 기자 · 영상 김철수 기자';
    # not '| 사진·글 김철수 기자', nor '글·사진 홍길동 기자'.)
    photo = r"(?:사진|영상|촬영|그래픽)(?!\s*[·/]\s*글)\s*[:：=]?\s*"
    core = re.sub(rf"\s*[|｜]\s*{photo}[^|｜]*|\s+·\s*{photo}[^|｜]*|,\s*{photo}[^|｜,]*(?:,[^|｜,]*)*$", "", core)
    if label := WRITER_LABEL.match(core):
        return _labelled(label)
    if cjk := CJK_WRITER.fullmatch(core):
        return [cjk["name"]]
    if japanese := JP_BYLINE.fullmatch(core):
        return japanese_writers(japanese)
    # A foreign writer's name in Hangul, spelt in Latin letters after it, a word for a word: '글 마르타
    # 렌치 (Marta Renzi) 가상공대 교수', '로버트 맥킨지(Robert McKenzie) 기자'.
    if (glossed := _GLOSSED_NAME.match(core)) and _foreign_name(glossed["name"], glossed["latin"], lex):
        return [glossed["name"]]
    if credits := MAGAZINE_CREDITS.match(core):
        return [credits.group("name")]
    if staff_writer(core) and (staff := staff_names(core)):
        # a magazine's writer credited on a line of its own, '에디터 홍길동', or its editors: '에디터 홍길동,
        # 인턴 에디터 김철수'
        return staff
    if close := EDITORS_CLOSE.fullmatch(core):
        return [close.group(1)]  # a letter's close by its editor: '에디터 하늘 드림'
    # A stamp, a source and the writer in one line, set wide apart or by bars: '2024-11-05    출처: CRI    글: 홍길동',
    # '출처: 가상일보 | 작성: 홍길동 기자 | 편집: 김철수'; or first ('글 : 홍길동 | 편집 : 김철수 | …'), a board's
    # poster with the writer's mail ('작성자 : 홍길동 (gildong@gasang.kr) | 등록일 : …'; not a community's
    # poster reposting a story, '작성자 : 김철수 | …').
    parts = re.split(r"\s{3,}|\s*[|｜]\s*", core)
    mailed = bool(re.match(r"[^|｜]*\(\s*[\w.+-]+@[\w.-]+\s*\)", line))
    for part in parts if mailed or not parts[0].startswith("작성자") else parts[1:]:
        if label := WRITER_LABEL.match(part):
            return _labelled(label)
    if desk := DESK_BYLINE.match(core):
        return [desk.group("name")]
    if reported := REPORTED_BY.match(core):
        return split_names(reported.group("names"), lex)
    if (crew := CREW_LINE.fullmatch(core)) and crew.group("role") in CREW_WRITERS:
        return split_names(crew.group("names"), lex)
    # The role before the name, as a translated page has it, or a site after its name ('가상과학자 객원기자 홍길동').
    if translated := re.fullmatch(
        rf"(?:(?!(?:사진|영상|그래픽|촬영)\s)[^\s\d]{{2,15}}\s)?(?:객원|인턴|수습)?기자\s({by.name})", core
    ):
        return [translated.group(1)]
    m = re.match(rf"기자명\s*[:：]?\s*({by.name})(?![가-힣])", core)
    if m:
        # '기자명 홍길동 기자, 김철수 기자' names both, as do '기자명 홍길동 기자 김철수 기자' and '기자명 홍길동
        # 기자 / 김철수 기자', and '기자명 홍길동·김철수·이영희 기자' all three.
        more = re.findall(
            rf"(?:[,·/]|{by.role})\s*/?\s*({by.name})(?=\s*(?:[,·/]|{by.role}(?![가-힣])))", core[m.end() :]
        )
        return list(dict.fromkeys([m.group(1), *more]))
    if (credit := account_credit(core, lex)) and credit[0] == "글":
        return [credit[1]]  # a site's writer with an account: '글: 홍길동(gildong7)'
    # Who translated is no author ('번역=홍길동 기자'), nor who photographed or drew beside the
    # writer ('글=홍길동 기자 / 사진=김철수 기자'); a photo page's '사진=' alone names its author.
    # ('기획·글 홍길동 기자 / 사진 김철수 기자' credits the helper without '=').
    helpers, mark = ("번역|사진|그래픽|영상|편집|디자인|일러스트", r"(?:=|\s)") if written else ("번역", "=")
    core = re.sub(rf"(?:{helpers})\s*{mark}\s*{by.names}\s*(?:{by.role})?", " ", core)
    # ... nor who did, after a slash, beside a reporter's byline: '홍길동 기자 / 사진 = 김철수 기자'.
    core = re.sub(rf"(?<=\S)\s*/\s*(?:{HELPERS})\s*=\s*{by.names}\s*(?:{by.role})?", " ", core)
    if columnist := columnist_name(core, lex) or columnist_record(core, lex):
        return [columnist]
    # ... or with the post after a space, by the stamp and its time: '홍길동 디지털마케팅 칼럼니스트 |
    # 2024.09.12(목) 10:13' (not a list of columns by their days, '김철수 AI 칼럼니스트 | 2024.08.29').
    stamped = re.fullmatch(r"(.+?)\s*[|｜]\s*[^|｜]*\d{4}[.\-/년][^|｜]*\d{1,2}:\d{2}[^|｜]*", core)
    if stamped and (columnist := columnist_name(stamped.group(1), lex, spaced=True)):
        return [columnist]
    if writer := column_writer(core, lex):
        return [writer]
    # A name of two syllables set apart, as some papers print it: '김 건 기자' (김건).
    if spaced := re.match(rf"([{''.join(SURNAMES)}]) ([가-힣])\s*{by.role}(?![가-힣])", core):
        return [spaced.group(1) + spaced.group(2)]
    # A writer's field between the name and an expert's post is no second name: '홍길동 반도체 전문기자', '홍길동
    # 재난 전문기자' (a field the lexicon knows, or any word after a person's name that is no name of three
    # syllables; not the name after an outlet's or a desk's, '가상일보 홍길동 전문기자').
    core = re.sub(rf"(\S+)\s({by.name})\s?(?=전문(?:기자|위원))", lambda m: _without_field(m, lex), core)
    # Every name with its role: '홍길동 기자 · 김철수 기자', '홍길동·김철수 기자, 뉴욕=이영희 특파원',
    # '<홍길동 기자>gildong@…', '[홍길동 기자 / gildong@…]', a site's writer by the account's name,
    # '가상닉 (홍길동 기자)'.
    found = re.finditer(rf"(?:^|(?<=[\s|·/⁄()\[\]=,<]))({by.names})\s*({by.role})(?![가-힣])", core)
    named = [name for m in found for name in correspondents(split_names(m.group(1), lex), m.group(2))]
    if named:
        return list(dict.fromkeys(named))
    # A writer's credit names the writer first, whatever the page prints after the name ('글=홍길동
    # |  등록일 …', '글=홍길동 (가상포커스 브랜드콘텐츠팀)'); not a desk ('글=편집부').
    if written and (first := re.match(rf"({by.name})(?<![팀부국실])(?![가-힣])", core)):
        return [first.group(1)]
    # The outlet or a desk between the name and the role: '홍길동 가상코리아 기자 gildong@…'.
    m = re.match(rf"({by.name})\s+[^\s|｜]{{2,12}}\s+{by.role}(?![가-힣])", core)
    if m:
        return [m.group(1)]
    if staff := STAFF_BYLINE.fullmatch(core):
        return [_in_capitals(name) for name in re.split(r",\s|\sand\s", staff["names"])]
    m = BY_LINE.match(core)  # 'By 홍길동 · 6 min read', 'By Lee Seo-hyun', 'Written by 홍길동, 김철수'
    if m:
        more = re.findall(r"[가-힣]{2,4}", m.group("more"))  # (names only: not 'By 홍길동 · 에디터')
        others = re.sub(r"^,?\s+and\s+", "", m.group("others"))
        return [
            _in_capitals(m.group("name")),
            *([others] if others else []),
            *(n for n in more if family_named(n) and name_alone(n, lex) and n not in lex.not_names),
        ]
    rest = EMAIL.sub(" ", _STAMP.sub(" ", core))
    rest = re.sub(r"[|｜/⁄·:\s]+", " ", rest).strip()
    # A community's or game site's writer with the account's name: '홍길동(루미너스) 2025-08-21 17:11'.
    handle = NICKNAME.search(rest)
    if handle and rest[: handle.start()] not in lex.sections:
        rest = rest[: handle.start()]
    # (Not a stamp's label, which a colon follows: '출력시간 : 2025-12-03 10:22'.)
    labelled = re.match(rf"\s*{re.escape(rest)}\s*[:：]", core)
    # (A name alone is a writer's by a stamp or a mail beside it: '홍길동 (gildong@…)', '홍길동 gildong@…'.)
    if (rest != core.strip() or core != bare) and name_alone(rest, lex) and not labelled:
        return [rest]
    return []


def masthead_spellings(cleaned: Cleaned, publisher: str) -> set[str]:
    """The publisher's other names where its masthead prints them side by side ('Lafent 라펜트'): a
    byline may lead with one ('라펜트 홍길동 기자'), which is no reporter's name."""
    found = set()
    for _, line, reason in cleaned.chrome:
        words = line.split()
        if reason not in _BYLINE_REASONS and len(words) <= 4 and fold(publisher) in map(fold, words):
            found.update(words)
    return found


def reprinter_names(cleaned: Cleaned) -> set[str]:
    """The words a reprinting letter or blog names itself by over its reprint's note ('가상레터' in
    '가상레터 · 주간 뉴스레터'): its byline there is its own, not the reprinted story's writer's."""
    note = next((n for n, _, reason in cleaned.chrome if reason == "reprint note"), 0)
    lines = (line for n, line, reason in cleaned.chrome if n < note and reason not in _BYLINE_REASONS)
    title = [cleaned.title] if cleaned.title_line and cleaned.title_line < note else []
    return {word for line in [*lines, *title] for word in line.split()}


def _signs(line: str, reason: str, role: str) -> bool:
    """Whether a line is a writer's signature: a byline or sign-off, or a role, a mail or a writer's label in it."""
    bare = line.strip()
    return bool(
        reason in ("byline", "sign-off")
        or re.search(role, line)
        or EMAIL.search(line)
        or WRITER_LABEL.match(bare)
        or staff_writer(bare)
    )


_MAILED_NAME = re.compile(rf"[가-힣]{{2,4}}{_BRACKETED_MAIL.pattern}")
_COMPILED = re.compile(r"\s*(?:정리|취합)\s?[=:：]")


def find_authors(
    cleaned: Cleaned, outlets: tuple[Outlet, ...], lex: Lexicon | None = None, others: Collection[str] = ()
) -> list[str]:
    """The story's writers; `others`: names that are the publisher's or a reprinter's, no writer's."""
    lex = lex or packaged()
    by = bylines(lex)
    outlet_words = {fold(a) for o in outlets for a in (o.name, *o.aliases)}

    desks = {f"{section}부" for section in lex.sections}  # '산업부 홍길동 기자': a desk, no name

    def keep(names: list[str]) -> list[str]:
        # ('문화일보 구독신청' names no reporter, nor a stamp's label beside its day: '기사전송 2025-05-08 19:52'.)
        # (Nor a country, a correspondent's post or a desk's city beside a name: '홍길동 미국 통신원', '홍길동 워싱턴
        # 특파원', '뉴욕 홍길동 객원기자, 서울 김철수 기자'; a name alone may read as one, '이란 기자'.)
        places = (*lex.countries, *lex.posts, *dict(lex.clocks)) if len(names) > 1 else ()
        # (Nor a section beside the day, as a name alone may stand: '산업 | 2024.02.27'.)
        words = lex.not_names + lex.widgets + lex.published + lex.updated + lex.sections + places
        # (Nor a stamp's label beside or over its day: '인쇄일시 2025.09.24', '배포일자' over '2024. 6. 10.'.)
        return [
            n
            for n in names
            if n not in words
            and n not in desks
            and fold(n) not in outlet_words
            and not BODY_NAME_END.search(n)
            and not DAY_LABEL.search(n)
            and n not in others
            # (a desk or a bureau: '가상뉴스 라이프팀 홍길동 기자', '[가상통신] 광주본부 홍길동 기자')
            and not (len(n) > 2 and n.endswith("팀") or len(n) > 3 and n.endswith(("본부", "지사", "지국")))
            and not re.fullmatch(r"[가-힣]{1,4}(?:부장|국장|차장)", n)  # a desk's head: '산업부장 홍길동 선임기자'
            and not n.endswith("봇")  # (a robot that writes market news: '가상봇 로봇기자')
        ]

    for dateline in cleaned.datelines:
        if dateline.names:
            han = re.fullmatch(r"[\u4e00-\u9fff\s、]+", dateline.names)  # (a Chinese paper's: '王芳 李明')
            names = keep(re.split(r"[\s、]+", dateline.names) if han else split_names(dateline.names, lex))
            if names:
                # A dateline names one reporter; the byline under the headline may name them all, or
                # their signature with their mails ('홍길동 특파원(…@…), 김철수 기자(…@…)').
                # (One to a line, too: '기자명 홍길동 기자' over '기자명 김철수 객원기자'.)
                listed: list[str] = []
                previous = 0
                for n, line, reason in cleaned.chrome:
                    if reason not in ("byline", "sign-off"):
                        continue
                    if listed and n != previous + 1:
                        break
                    listed += [name for name in keep(_byline_names(line, lex)) if name not in listed]
                    previous = n
                # (A roundup's compiler writes it all, its items' datelines name a part's reporter: '정리=홍길동
                # 기자' under '① …' / '[워싱턴=김철수 특파원] …' / '② …'; one story's desk only tidied it.)
                items = sum(bool(NUMBERED.match(text)) for _, text in cleaned.paragraphs)
                compiled = [
                    name
                    for _, line, reason in cleaned.chrome
                    if items >= 2 and reason in ("byline", "sign-off") and _COMPILED.match(line)
                    for name in keep(_byline_names(line, lex))
                ]
                if compiled:
                    return compiled + [name for name in names if name not in compiled]
                return listed if set(names) < set(listed) else names

    # An outlet the registry does not know, its name alone over the page and again before its
    # reporter's: '가상인벤' over '가상인벤 홍길동 기자' names one reporter.
    # (Or the name short of its last word, not a person's: '가상경제' over '가상경제신문', '테크엠' over
    # '테크엠코리아', not '이상훈' over '이상훈닷컴'.)
    top = next((line.strip() for n, line, _ in cleaned.chrome if n == 1), "")

    def tops(word: str) -> bool:
        short = len(word) >= 3 and not (len(word) == 3 and family_named(word))
        return word == top or short and re.fullmatch(re.escape(word) + "[가-힣]{1,5}", top) is not None

    def named(line: str, reason: str) -> list[str]:
        names = keep(_byline_names(line, lex))
        if len(names) > 1 and (tops(names[0]) or tops(names[-1])):  # ('가상인벤 홍길동 기자', '홍길동 가상인벤 기자')
            names = names[1:] if tops(names[0]) else names[:-1]
        if not names and reason in ("byline", "sign-off"):
            # A name alone, which clean found right beside the stamp, or a columnist's byline
            # printed above and below the column, or a report's writers with their posts
            # ('홍길동 선임연구원, 김철수 연구원').
            alone = names_alone(without_accounts(line), lex) or list(
                filter(None, [columnist_name(line.lstrip("/ "), lex, spaced=True)])  # (set off: '/홍길동 …')
            )
            names = keep(posted_writers(WRITERS_LABEL.sub("", line), lex) or alone)
        if not names and reason in ("byline", "sign-off") and (japanese := JP_ALONE.fullmatch(line.strip())):
            names = keep(japanese_names(japanese["names"]))  # (clean found it by the stamp, or signing the story)
        if not names and reason == "byline" and (latin := LATIN_BYLINE.fullmatch(line)):
            names = [latin.group("name")]  # clean found the outlet after the bar: 'Jihoon Kim | ITWorld'
        if not names and reason == "byline" and LATIN_WRITER.fullmatch(line.strip()):
            names = [line.strip()]  # clean found the writer's post under the name: 'Jane Doe' / 'Senior Writer'
        return names

    chrome = cleaned.chrome
    story_lines = {n for n, _ in cleaned.paragraphs}
    lede = " ".join(para for _, para in cleaned.paragraphs[:2])
    story_end = cleaned.paragraphs[-1][0] if cleaned.paragraphs else 0
    # Under the readers' comments ('댓글 3'), a name by its time is a reader's ('홍길동 | 2025-05-14 13:02'),
    # not a writer's, signed with a role, a mail or a label ('홍길동 기자', '홍길동 gildong@…', '글 홍길동'),
    # which some pages print below them.
    comments = min(
        (n for n, line, _ in chrome if n > story_end and COMMENTS_HEADING.fullmatch(line.strip())), default=0
    )
    # Under a list of other stories, a line that does not open with the name is one of them, its writer
    # credited after its headline: '[가상 리포트] 오픈AI 상장설의 진실  실리콘밸리=김철수 특파원'.
    listed = min((n for n, _, reason in chrome if reason == "related" and n > story_end), default=0)
    subject: list[str] = []  # an interview's, under its headline by name and post (see below)
    for i, (n, line, reason) in enumerate(chrome):
        if reason not in _BYLINE_REASONS or comments and n > comments and not _signs(line, reason, by.role):
            continue
        names = named(line, reason)
        # (A name alone with its mail in brackets under the story is whom to ask, a release's contact: '■ 문의:
        # 가상테크 홍보팀' / '김영희 (pr@…)'. Over it, it is the writer's byline.)
        if names and n > story_end and _MAILED_NAME.fullmatch(line.strip()):
            continue
        if listed and n > listed and reason == "after article end" and names and line.find(names[0]) > 3:
            continue
        # A name with a post and no reporter's role ('홍길동 가상병원 디지털헬스센터장') whom the lede
        # names is whom the story interviews: a reporter credited on the story's own lines below
        # ('정리=김철수 기자'), not in a list of other stories, wrote it. (A column's writer is named
        # in a bio at its end, if at all.)
        posted = names and line.strip() not in names and not re.search(by.role, line)  # (not a name alone)
        if posted and not subject and all(name in lede for name in names):
            subject = names
            continue
        credits = reason in ("byline", "sign-off") and re.search(by.role, line) and n <= story_end + 2
        if names and subject and not credits:
            continue
        if names:
            # Reporters on lines of their own, one under the other: '홍길동 기자' / '김철수 기자', or each
            # over a line of their post, no story's: '작성자, 홍길동' / '기자, 기술 담당 기자' / '작성자, …'.
            last = n
            for after, more, why in chrome[i + 1 :]:
                near = after == last + 1 or after == last + 2 and last + 1 not in story_lines
                found = named(more, why) if near and why in _BYLINE_REASONS else []
                if not found:
                    break
                names += [name for name in found if name not in names]
                last = after
            # The sign-off under the story may name them all: '홍길동 기자' under the headline, '/홍길동
            # 기자·김철수 인턴기자' under the story.
            signed = (
                found
                for after, more, why in chrome[i + 1 :]
                if why in ("byline", "sign-off") and after <= story_end + 2
                for found in [named(more, why)]
            )
            return next((found for found in signed if set(names) < set(found)), names)
        # (The outlet and the name after the day: '2026.01.21 정책브리핑 홍길동'.)
        first, _, rest = fold(re.sub(r"[()\[\]<>]", " ", EMAIL.sub(" ", _STAMP.sub(" ", line)))).rpartition(" ")
        if first in outlet_words and re.fullmatch(by.name, rest) and keep([rest]):
            return [rest]  # 'SBS Biz 홍길동'
    if subject:
        return subject  # (no reporter credited: the page's only byline)
    # Broadcast transcripts introduce the reporter in the anchor's lead-in ('홍길동 기자가 보도합니다.',
    # a correspondent with the city: '뉴욕 홍길동 특파원입니다.', '워싱턴에서 홍길동 특파원입니다.'),
    # and the reporter signs off at the end ('MBC뉴스 홍길동입니다.'): both lines are the transcript's.
    # A letter's writer greets its reader first: '안녕하세요, 가상일보 홍길동 기자입니다.'.
    for _, para in cleaned.paragraphs:
        m = re.match(
            rf"^(?:[가-힣]{{2,6}}(?:에서)?\s+)?({by.name})\s*{by.role}(?:입니다|이 보도합니다|가 보도합니다)\.?$", para
        ) or re.match(rf"^안녕하세요[,.!]?\s*(?:\S+\s+)?({by.name})\s*{by.role}입니다\.?$", para)
        if m:
            return keep([m.group(1)])
    for _, para in reversed(cleaned.paragraphs):
        if name := on_air_name(para, outlet_words, lex):
            return keep([name])
    # Without a sign-off, the anchor hands over in other words: '… 기자가 단독 보도합니다.', '… 기자가
    # 현장에 가봤습니다.', '… 기자의 보도입니다.' (not a story's sentence on a reporter: '… 기자가 상을 받았습니다.').
    for _, para in cleaned.paragraphs:
        # (... after what the report is about, set off by a comma: '실제로 얼마나 비슷한지, 홍길동 기자가 …')
        if m := re.match(rf"^(?:[^.!?]{{2,60}},\s)?({by.name})\s*{by.role}(?:{_HANDED})\.?$", para):
            return keep([m.group(1)])
    return []
