"""Injected spam: gambling phrases pasted into the text, often in place of a word ('AI').

A phrase is found either through a lexicon of gambling/spam words, or because the article's
own gloss shows a word was replaced: '인공지능(X)' where X should be 'AI'. The phrase is
grown to the longest run of words that every occurrence shares, so '슬롯사이트 소닉 메이저'
is removed whole. Where a gloss tells what the phrase replaced, that word is restored
(also inside words: '오픈슬롯사이트 소닉 메이저' -> '오픈AI'); otherwise the phrase is dropped.
"""

from __future__ import annotations

import re
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


def _gloss_replacements(text: str, glosses: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Phrases that sit where a gloss expects its abbreviation: '인공지능(슬롯…)' -> {'슬롯…': 'AI'}."""
    found: dict[str, str] = {}
    for term, abbr in glosses:
        for m in re.finditer(re.escape(term) + r"\(([^()\n]{2,30})\)", text):
            inside = m.group(1).strip()
            if inside == abbr or abbr in inside.split():
                continue
            # A real alternative gloss appears once; an injected phrase is pasted all over.
            if text.count(inside) >= 3:
                found[inside] = abbr
    return found


# The end of a Korean sentence anywhere in a line: '…밝혔다.', '…했나요?'
_KOREAN_SENTENCE = re.compile(r"[가-힣][.!?]")
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


# A run glued to the end of a sentence takes the rest of its line, when that is no sentence:
# '…방침이다.슬롯사이트 추천 ☞ 첫충 20% 매일 지급'.
def _glued_pattern(run: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<=[.!?。])(?:{run.pattern})(?:[ \t]+[^\n.!?。]{{0,40}})?(?=\n|$)")


# Letters spelled out in jamo to dodge filters: 'ㅋㅏ지노' for '카지노'.
_JAMO_PAIR = re.compile("([ㄱ-ㅎ])([ㅏ-ㅣ])")
_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def _spelled_out(text: str, lex: Lexicon) -> str:
    """`text` with spam words spelled in jamo put together, where putting them together makes one."""

    def joined(token: re.Match[str]) -> str:
        word = _JAMO_PAIR.sub(
            lambda m: (
                chr(0xAC00 + (_LEADS.index(m.group(1)) * 21 + ord(m.group(2)) - ord("ㅏ")) * 28)
                if m.group(1) in _LEADS
                else m.group(0)
            ),
            token.group(0),
        )
        return word if any(w in word for w in lex.spam_words) else token.group(0)

    return re.sub(r"\S*[ㄱ-ㅎ][ㅏ-ㅣ]\S*", joined, text) if _JAMO_PAIR.search(text) else text


def find_and_fix(text: str, lex: Lexicon | None = None) -> tuple[str, list[SpamFix]]:
    """The text with injected phrases repaired, and what was done. The spam words and glosses
    are the lexicon's (site_builder/data/lexicon.yaml, extended by content/lexicon.yaml)."""
    lex = lex or packaged()
    text = _spelled_out(text, lex)
    before = text
    replacements = _gloss_replacements(text, lex.glosses)
    runs: list[str] | None = None  # the text's runs, found once: the text does not change here
    for word in lex.spam_words:
        if word in text and not any(word in p for p in replacements):
            phrase = _grow(text, word)
            if phrase == word:
                # Pasted once or in varying runs: each run goes whole, with the word it is glued
                # to ('에볼루션카지노') and what follows it ('추천 https://… 가입머니').
                if runs is None:
                    run = _run_pattern(lex)
                    runs = [
                        m.group(0).strip() for pattern in (run, _glued_pattern(run)) for m in pattern.finditer(text)
                    ]
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
    # What is left of a line that only advertised a gambling site ('▶ 신규가입 첫충 30% 지급 ◀')
    # goes whole: no sentence of the story, and no word the spam had replaced. (Fixes stay within
    # a line, so the lines still pair up.)
    restored = [phrase for phrase, replacement in replacements.items() if replacement]
    lines = text.split("\n")
    for i, (line, was) in enumerate(zip(lines, before.split("\n"), strict=True)):
        # An advert: a web address, a companion word or two spam words. One word alone may be
        # the news ('먹튀 논란', '강원랜드 카지노'): then only the word went.
        words = sum(w in was for w in lex.spam_words) + sum(w in was for w in lex.spam_companions)
        pitch = words >= 2 or bool(re.search(r"https?://|www\.|\.(?:com|net|kr)\b", was))
        advert = pitch and line != was and not any(p in was for p in restored)
        if advert and line.strip() and not _KOREAN_SENTENCE.search(line):
            fixes.append(SpamFix(line.strip(), "", 1))
            lines[i] = ""
    return "\n".join(lines), fixes
