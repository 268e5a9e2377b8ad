"""Injected spam: gambling phrases pasted into the text, often in place of a word ('AI').

A phrase is found either through a lexicon of gambling/spam words, or because the article's
own gloss shows a word was replaced: '인공지능(X)' where X should be 'AI'. The phrase is
grown to the longest run of words that every occurrence shares, so '슬롯사이트 소닉 메이저'
is removed whole. Where a gloss tells what the phrase replaced, that word is restored
(also inside words: '오픈슬롯사이트 소닉 메이저' -> '오픈AI'); otherwise the phrase is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..lexicon import Lexicon, packaged


@dataclass(frozen=True)
class SpamFix:
    phrase: str
    replacement: str  # '' when the phrase was dropped
    count: int

    def describe(self) -> str:
        if self.replacement:
            return f"spam phrase '{self.phrase}' replaced by '{self.replacement}' {self.count}x (gloss shows it)"
        return f"spam phrase '{self.phrase}' removed {self.count}x"


def _grow(text: str, seed: str) -> str:
    """Extend `seed` word by word while every occurrence is followed (or preceded) by the same word."""
    phrase = seed
    while True:
        starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
        if len(starts) < 2:
            break
        nexts = {re.match(r" ?[^\s()\[\].,'\"‘’“”]+", text[s + len(phrase) :]) for s in starts}
        words = {m.group(0) if m else None for m in nexts}
        if len(words) == 1 and None not in words:
            word = words.pop()
            if not word.startswith(" "):
                break  # a glued particle or word belongs to the article, not the phrase
            phrase += word
            continue
        prevs = {re.search(r"[^\s()\[\].,'\"‘’“”]+ $", text[max(0, s - 20) : s]) for s in starts}
        words = {m.group(0) if m else None for m in prevs}
        if len(words) == 1 and None not in words:
            phrase = words.pop() + phrase
            continue
        break
    return phrase


def _spells(inside: str, abbr: str) -> bool:
    """Whether `inside` is a longer abbreviation holding `abbr`'s letters in order: another term's
    gloss ('범용인공지능(AGI)', '생성형 인공지능(GenAI)', '소형 거대언어모델(sLLM)'), no spam ('SLOT88')."""
    letters = iter(inside.upper())
    return bool(re.fullmatch(r"[A-Za-z]{2,6}", inside)) and all(ch in letters for ch in abbr)


def _gloss_replacements(text: str, glosses: tuple[tuple[str, str], ...], spam_words: tuple[str, ...]) -> dict[str, str]:
    """Phrases that sit where a gloss expects its abbreviation: '인공지능(슬롯…)' -> {'슬롯…': 'AI'}.
    Not another term's gloss: '범용인공지능(AGI)' is no '인공지능(AI)'."""
    found: dict[str, str] = {}
    for term, abbr in glosses:
        for m in re.finditer(re.escape(term) + r"\(([^()\n]{2,30})\)", text):
            inside = m.group(1).strip()
            if inside == abbr or abbr in inside.split() or _spells(inside, abbr):
                continue
            # The end of a longer term ('범용인공지능(범용지능)') glosses that term, unless with spam's words.
            longer = "가" <= text[m.start() - 1 : m.start()] <= "힣"
            if longer and not any(word in inside for word in spam_words):
                continue
            # A real alternative gloss appears once; an injected phrase is pasted all over.
            if text.count(inside) >= 3:
                found[inside] = abbr
    return found


_TOKEN = r"[^\s'\"‘’“”()\[\].,]*"


# A web address as spam prints it, with or without its scheme: 'vip-bac88.com', 'https://…'.
_ADDRESS = r"(?:https?://|www\.)\S+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|kr|io|co|me|top|xyz|site|vip|bet|club|win)\b\S*"


def _run_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A spam word with the token it is glued to, then any spam words, companions and web
    addresses after it (arrows such as '▷' between them)."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(lex.spam_words, key=len, reverse=True))
    spam = rf"{_TOKEN}(?:{words}){_TOKEN}"
    more = "|".join(re.escape(w) for w in sorted(lex.spam_companions, key=len, reverse=True))
    follow = rf"{_ADDRESS}|{spam}" + (rf"|(?:{more})(?![^\s.,])" if more else "")
    return re.compile(rf"{spam}(?:[ \t]+(?:[▷▶►→☞:]+[ \t]*)?(?:{follow}))*")


# Letters spelled out in jamo to dodge filters: 'ㅋㅏ지노' for '카지노', with Latin letters
# standing in for the vowel ('ㅋr지노', 'ㅂr카라'), or spaced apart ('온 ㄹr 인 ㅋr 지 노').
_VOWEL = "[ㅏ-ㅣrlI]"
_LOOKALIKES = {"r": "ㅏ", "l": "ㅣ", "I": "ㅣ"}
_JAMO_PAIR = re.compile(f"([ㄱ-ㅎ])({_VOWEL})")
_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_LETTER = f"(?:[가-힣]|[ㄱ-ㅎ]{_VOWEL})"
# (Spaced with the ideographic space too: '온　라　인　바　카　라'. A word is tried from its start only:
# from every letter, a long run without spaces would take time as the square of its length.)
_SPELLED = re.compile(rf"(?<!\S){_LETTER}(?:[ \u3000]{_LETTER}){{2,}}(?!\S)|(?<!\S)\S*[ㄱ-ㅎ]{_VOWEL}\S*")


def _syllable(pair: re.Match[str]) -> str:
    lead, vowel = pair.group(1), _LOOKALIKES.get(pair.group(2), pair.group(2))
    if lead not in _LEADS:
        return pair.group(0)
    return chr(0xAC00 + (_LEADS.index(lead) * 21 + ord(vowel) - ord("ㅏ")) * 28)


def _spelled_out(text: str, lex: Lexicon) -> str:
    """`text` with spam words spelled in jamo put together, where putting them together makes one."""

    def joined(token: re.Match[str]) -> str:
        word = _JAMO_PAIR.sub(_syllable, token.group(0))
        word = re.sub("[ \u3000]", "", word)  # letters spaced apart, each a word: the whole run is one
        return word if any(w in word for w in lex.spam_words) else token.group(0)

    return _SPELLED.sub(joined, text)


# An advert's web address, also in full-width letters ('ｍａｊｏｒ－ｓｌｏｔ．ｃｏｍ') or with an
# ideographic full stop ('bk77-vip。com'), once those are folded to ASCII.
_PITCH_ADDRESS = re.compile(r"https?://|www\.|\.(?:com|net|kr)\b")


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("。", ".")


# Where a line's story ends: after its last Korean sentence ('…밝혔다.', '…했다”.').
_STORY_END = re.compile(r"[가-힣][\"'”’)]?[.!?][\"'”’)]?")


# An advert's call: a messenger, a phone, or an arrow to its address after its pitch ('☎ 카톡
# 상담', '무료가입 ▶ site.com'; not a bullet '▶ 상담 신청: www.…'), and what it sells. Public
# addresses (.go.kr, .or.kr) are no advert's, nor a firm's (.co.kr); a bare .kr one may be ('loan24.kr').
_CALL = re.compile(r"☎|카톡|오픈\s*채팅|오픈톡|텔레그램|텔레\s*문의|\S\s*[▶☞👉→]\s*(?:https?://)?[\w-]+\.")
_PITCH = re.compile(r"상담|대출|승인|가입|입금|출금")
_WEB_ADDRESS = re.compile(
    r"(?<![@\w.-])(?:https?://)?(?:(?:[\w-]+\.)+(?:com|net|xyz|top|site|club|vip)\b|(?!(?:go|gov|or|ac|co|ne|re|pe|mil)\.kr)[\w-]+\.kr\b(?!\.)|t\.me/\w"
    # (or a link shortener's: 'bit.ly/3xAdUlt')
    r"|open\.kakao\.com/|(?:bit\.ly|han\.gl|me2\.do)/\w)",
    re.I,
)
# ... or, in place of the address, a mobile number ('대출 ☎ 상담 010-1234-5678 카톡 gasang77').
_MONEY = re.compile(r"대출|입금|출금|수익|충전|환전|머니|현금화")
# ... and a messenger's account to write to ('카톡 gasang77', '텔레그램 @loan24'): a public office's
# hotline may be a mobile, and may say '카톡 상담 가능', but names no account.
_MESSENGER_ID = re.compile(
    r"(?:카톡|카카오톡|텔레그램|텔레)\s*(?:문의|상담)?\s*(?:ID|아이디)?\s*[:：]?\s*@?[A-Za-z][A-Za-z0-9_]{2,}"
)
_SIDE_JOB = re.compile(r"알바|부업|건당|당일\s?지급")  # paid reviews and side jobs ('후기 작성 알바 모집 건당 3만원')
_QUOTATION = re.compile(r"[\"'‘’“”]")  # a quotation's mark: what a story quotes is not pasted in
_POINTED_AT = re.compile(r"\s*(?:같은|따위의|등의|등과|라는|이라는|라고|이라고|처럼|식의|식으로|이런|같이)")
_MARKED_ADVERT = re.compile(r" ?(?P<mark>[★☆◆◇♥♡■□])(?P<inside>[^★☆◆◇♥♡■□\n]{4,80}?)(?P=mark) ?")
# A mobile number, its digits masked or not ('010-8xx3-2xx1', as an advert pasted from a page that
# masks them prints it). (Not a business's eight digits, '1600-5500': a public body's helpline, or a
# year's span, '1876-1910년'.)
_MOBILE = re.compile(r"(?<!\d)01[016789]-?[\dXx*]{3,4}-?[\dXx*]{4}(?![\dA-Za-z])")
# A loan advert's own pitch to those no bank lends to ('급전 무직자 주부 신용불량 당일대출 010-…
# 상담가능'): two of these with a mobile number and money's words need no messenger to tell it,
# nor with its button instead ('무직자·주부 대출 OK 당일 입금 - 지금 한도 조회하기'). A public
# office's line names one at most ('저신용자·신용불량자 채무조정 상담 010-…').
_LOAN_PITCH = re.compile(
    r"급전|무직자|신용\s?불량|당일\s?(?:\S{1,5}\s){0,2}?(?:대출|입금)|무서류|무담보|비상금|한도\s?조회"
    # (a private lender's: '개인돈 월변 소액대출', '신용조회 없이 승인'; a cash-out's, buying a phone's micropayments
    # or gift cards for cash: '소액결제 현금화 90% 최고가 매입', '상품권 현금화 즉시 입금')
    r"|개인돈|월변|소액\s?대출|신용\s?조회\s?(?:없이|무관)|현금화|최고가\s?매입|즉시\s?입금"
    # (a stock tipster's: '급등 예상 종목 무료 공개', '수익률 300% 보장', '무료 주식 리딩방', '선착순 300명',
    # '오늘의 AI 대장주 3종목 받기', '[무료공개] 가상 수혜주 TOP3 … 카톡 친구추가 시 즉시 발송')
    r"|급등\s?(?:예상\s?)?(?:종목|주)|종목\s?(?:무료\s?)?추천|리딩방|(?:수익률?|원금)\s?(?:\d+\s?%\s?)?보장|선착순\s?\d+\s?명"
    r"|대장주|\d+\s?종목|수혜주\s?(?:TOP\s?\d|\d+\s?선)|무료\s?공개|친구\s?추가"
    # (a betting tipster's: '무료 스포츠분석 픽 공유방', '적중률 92%')
    r"|픽\s?공유방?|적중률\s?\d+\s?%|스포츠\s?분석"
)
_LOAN_BUTTON = re.compile(r"\bOK\b|(?:조회하기|신청하기|입장하기|바로\s?가기)\W*$")  # (its button ends the line)
# What an advert offers beside its address, with no call to make ('▶▶ 무료 스포츠중계 고화질
# 실시간 시청 - site.net ◀◀'): three such words. A story's line of facts may hold as many, but it
# is labelled, or gives the address in brackets ('▲중계: 매주 토요일 실시간 무료 중계(site.com)').
_OFFER = re.compile(
    r"무료|실시간|고화질|시청|중계|즉시|당일|첫충|보너스|할인|최저가|정품|배송|만남|채팅|성인|19금|익명"
)
_FACTS = re.compile(r"^\W*[가-힣A-Za-z ]{1,12}[:：]|\([^()]*\.(?:com|net|xyz|top|site|club|vip|kr)\b")
# An advert in brackets, glued to a paragraph, its mobile number for the call ('[흥신소 24시 … 상담 010-…]').
_BRACKETED = re.compile(r"[\[(【〔<][^\[\]()【】〔〕<>]+[\])】〕>]")
# A block of links to other sites under a label, as link farms paste it ('추천 사이트: 광주 원룸
# 이사 | 광주 포장이사 견적 | 상무지구 오피 | …'): four or more names after the label.
_SITE_LIST = re.compile(r"\W*추천\s?(?:사이트|업체|링크)\s*[:：][^|·\n]+(?:[|·][^|·\n]+){3,}")


def is_advert(text: str) -> bool:
    """An advert pasted into a page: a web address with a call and a pitch ('무직자 당일 대출 ☎
    카톡 상담 gasang-loan.com') or with what it offers ('무료 중계 실시간 시청 site.net'), a
    mobile number with money's words and a messenger's account ('대출 ☎ 010-… 카톡 gasang77'),
    a loan's pitch ('급전 … 당일대출 010-…') or a pitch in brackets ('[… 상담 010-…]'), a
    labelled block of links ('추천 사이트: … | …'), or words spelled in jamo. Not an event's contact
    ('문의 ☎ 02-…, www.…'), nor a headline or an advert quoted in the story, which have quotation marks."""
    pitches = len(set(_LOAN_PITCH.findall(text)))
    found = (
        _CALL.search(text)
        and (
            (_PITCH.search(text) or _MONEY.search(text))
            and _WEB_ADDRESS.search(text)
            or _MONEY.search(text)
            and _MOBILE.search(text)
            and _MESSENGER_ID.search(text)
        )
        or _WEB_ADDRESS.search(text)
        and len(set(_OFFER.findall(text))) >= 3
        and not _FACTS.search(text)
        or _BRACKETED.fullmatch(text)
        and _MOBILE.search(text)
        and (_PITCH.search(text) or _MONEY.search(text) or _SIDE_JOB.search(text))
        or (_MOBILE.search(text) or _LOAN_BUTTON.search(text))
        and _MONEY.search(text)
        and pitches >= 2
        # (Or with a messenger to write to: '【급전】 무직자 … 당일 소액대출 ☎ 카톡 LOAN82', '★ 정품 … 당일배송 ★
        # 익명 구매 ☎ 카톡 gasang24 ★'; not a story's list of such adverts, '▲무직자 당일 대출, 카톡 …', nor a
        # labelled line of help, '▶피해 상담: 카카오톡 gasang_help (24시간 무료·익명 상담)'.)
        or not text.startswith("▲")
        and (
            _CALL.search(text)
            and pitches >= 2
            or _MESSENGER_ID.search(text)
            and len(set(_OFFER.findall(text))) >= 3
            and not _FACTS.search(text)
        )
    )
    # (A story's clause runs on: '… 승인 결과를 받으며 자세한 내용은 gasangbank.com 참조'.)
    # (Not a noun that ends like one: '비대면 대출'.)
    clause = re.search(r"[가-힣](?:다|며|고|(?<!대)면|서|는데)\s", text)
    # Or one spelled letter by letter to slip past filters ('ㅂㅣㄷㅐㅁㅕㄴ ㄷㅐㅊㅜㄹ'): no story does.
    spelled = len(_JAMO_PAIR.findall(text)) >= 3
    # A link farm's block is told by its label and its list, whatever its names ('서면 마사지').
    listed = bool(_SITE_LIST.fullmatch(text))
    # (A loan's pitch with its mobile number and its button runs on past a noun that ends like a
    # clause: '무직자도 OK! 당일 비대면 대출 승인 ☎ 010-…'.)
    pitched = bool(_MOBILE.search(text) and _MONEY.search(text)) and (
        pitches >= 3 or pitches >= 2 and bool(_LOAN_BUTTON.search(text))
    )
    # ('… 비대면 소액대출 ☎ 카톡 LOAN82')
    pitched = pitched or bool(_MESSENGER_ID.search(text)) and pitches >= 2 and not text.startswith("▲")
    # (Or a link: led by its arrow, closed by its button: '▶ 지금 가입하면 수익률 300% 보장…무료 주식 리딩방 입장하기';
    # or set off by its marks: '★ 지금 가입하면 VIP 리딩방 1개월 무료 ★ 선착순 100명'.)
    marks = len(re.findall(r"[♥♡★☆❤]", text))
    led = text.startswith(("▶", "☞", "👉")) and bool(_LOAN_BUTTON.search(text))
    pitched = pitched or (led or marks >= 2) and pitches >= 2
    # An adult chat's or a shop's pitch with no address, set off by its marks: '♥ 19금 성인 화상채팅 무료체험 ♥
    # 실시간 1:1 매칭 ▶ 지금 바로 접속'.
    # (Not a shop's or a festival's promo a story quotes: '★ 첫 달 무료 ★ 당일 배송 · 실시간 개통'.)
    adult = re.search(r"19금|성인|채팅|만남", text)
    decked = marks >= 2 and (
        len(set(_OFFER.findall(text))) >= 3
        and adult
        and not clause
        and not re.search(r"다[.!?]?$", text)
        or pitches >= 2
    )
    # (Nor a warning about such adverts: '… 비대면 대출 광고에 속지 마세요 010-XXXX-…'.)
    # (Nor a headline or a subheading on them, which names the fraud: '… 카톡 리딩방 피해 두 배'.)
    warned = re.search(
        r"광고(?:에|를|는|가|의)\s|속지\s?마|주의하|사기|피해|적발|검거|단속|주의보|경보|실체|미끼|조작|기승|속출|급증",
        text,
    )
    told = (
        bool(found or decked)
        and len(text) <= 100
        and not (clause and not pitched)
        and not _QUOTATION.search(text)
        and not warned
    )
    return spelled or listed or told


def _tail(line: str) -> int:
    """Where the text after a line's last Korean sentence starts (0: the line has none)."""
    ends = [m.end() for m in _STORY_END.finditer(line)]
    return ends[-1] if ends else 0


def find_and_fix(text: str, lex: Lexicon | None = None) -> tuple[str, list[SpamFix]]:
    """The text with injected phrases repaired, and what was done. The spam words and glosses
    are the lexicon's (site_builder/data/lexicon.yaml, extended by content/lexicon.yaml)."""
    lex = lex or packaged()
    text = _spelled_out(text, lex)
    before = text
    replacements = _gloss_replacements(text, lex.glosses, lex.spam_words)
    runs: list[str] | None = None  # the text's runs, found once: the text does not change here
    for word in lex.spam_words:
        if word in text and not any(word in p for p in replacements):
            phrase = _grow(text, word)
            if phrase == word:
                # Pasted once or in varying runs: each run goes whole, with the word it is glued
                # to ('에볼루션카지노') and what follows it ('추천 https://… 가입머니').
                if runs is None:
                    runs = [m.group(0).strip() for m in _run_pattern(lex).finditer(text)]
                for found in runs:
                    replacements.setdefault(found, "")
            replacements.setdefault(phrase, "")
    fixes = []
    # Longest first, so a phrase is never half-removed by one of its own parts.
    for phrase in sorted(replacements, key=len, reverse=True):
        count = text.count(phrase)
        if not count:
            continue
        replacement = replacements[phrase]
        # Without a known original, drop the phrase with the space that set it apart.
        text = text.replace(phrase, replacement) if replacement else re.sub(r" ?" + re.escape(phrase), "", text)
        fixes.append(SpamFix(phrase, replacement, count))
    # What is left of an advert after the story's last sentence on its line goes whole ('▶
    # 신규가입 첫충 30% 지급 ◀', or a whole line without a sentence): no sentence of the story,
    # and no word the spam had replaced. (Fixes stay within a line, so the lines pair up.)
    restored = [phrase for phrase, replacement in replacements.items() if replacement]
    lines = text.split("\n")
    for i, (line, was) in enumerate(zip(lines, before.split("\n"), strict=True)):
        end = _tail(line)
        if was[:end] != line[:end] or not line[end:].strip() or line[end:] == was[end:]:
            continue
        advert = was[end:]
        # An advert: a web address, a messenger's account ('텔레그램 @gasang77'), a companion word or
        # two spam words. One word alone may be the news ('먹튀 논란', '강원랜드 카지노'): then only the word went.
        words = sum(w in advert for w in lex.spam_words) + sum(w in advert for w in lex.spam_companions)
        # (An advert the story quotes names its account too: '… 모았다. 광고 문구: "… 텔레그램 @gasang77"'.)
        quoted = _QUOTATION.search(advert)
        called = _PITCH_ADDRESS.search(_folded(advert)) or _MESSENGER_ID.search(advert) and not quoted
        if (words >= 2 or called) and not any(p in advert for p in restored):
            fixes.append(SpamFix(line[end:].strip(), "", 1))
            lines[i] = line[:end]
    # An advert set off by marks inside a sentence, selling money to a messenger's account or an
    # address ('… 한다면 ★USDT 코인 리딩방 수익 인증 텔레그램 @gasang77★ 도내 기업의 …'). One the
    # story quotes or points at ('★…★ 같은 문구를', a story about such scams) is the story's.
    for i, line in enumerate(lines):
        for m in reversed(list(_MARKED_ADVERT.finditer(line))):
            inside = m.group("inside")
            quoted = _QUOTATION.search(line[max(0, m.start() - 1) : m.end() + 1])
            told = _POINTED_AT.match(line, m.end()) or re.search(r"[:：]\s*$|예시\S{0,2}\s*$", line[: m.start()])
            sells = _MONEY.search(inside) or _PITCH.search(inside) or _SIDE_JOB.search(inside)
            if sells and (_MESSENGER_ID.search(inside) or _WEB_ADDRESS.search(inside)) and not quoted and not told:
                fixes.append(SpamFix(m.group(0).strip(), "", 1))
                line = line[: m.start()] + " " + line[m.end() :].lstrip()
        lines[i] = line
    # An advert glued after a line's last sentence, with no spam word ('…밝혔다. 급전 … 즉시대출
    # ☎ 카톡 ▶ site.com').
    for i, line in enumerate(lines):
        end = _tail(line)
        if end and is_advert(line[end:].strip()):
            fixes.append(SpamFix(line[end:].strip(), "", 1))
            lines[i] = line[:end]
    return "\n".join(lines), fixes
