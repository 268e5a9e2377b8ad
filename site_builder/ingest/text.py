"""Small shared helpers for Korean news text: sentence ends, names, quotes."""

from __future__ import annotations

import re

HANGUL = "가-힣ᄀ-ᇿ㄰-㆏"
CLOSERS = "'\"’”」』)）]〉》"
# A body sentence ends with a period (optionally inside quotes or brackets).
_SENTENCE_END = re.compile(r"[.。](?:[" + re.escape(CLOSERS) + r"]*)$|다[" + re.escape(CLOSERS) + r"]?$")
_SPLIT = re.compile(r"(?<=[.!?。])(?:[" + re.escape(CLOSERS) + r"]*)\s+")
# A reporter's name, not the first half of a role ('선임기자', '인턴기자').
NAME = r"(?!(?:선임|수석|인턴|객원|전문)기자)[가-힣]{2,4}"
NAMES = NAME + r"(?:(?:\s*[,·]\s*|\s+)" + NAME + r")*"
ROLE = r"(?:선임기자|수석기자|인턴기자|객원기자|전문기자|기자|특파원|통신원)"
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "″": '"', "`": "'"})


def is_sentence(line: str) -> bool:
    """True for a line that reads as running text rather than a headline or label."""
    return bool(_SENTENCE_END.search(line.strip()))


def sentences(text: str) -> list[str]:
    """Split on sentence-final punctuation, keeping closing quotes with their sentence."""
    parts, start = [], 0
    for m in _SPLIT.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        parts.append(text[start:end].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def fold(text: str) -> str:
    """Comparison key: straight quotes, single spaces."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


def split_names(names: str) -> list[str]:
    return [n for n in re.split(r"[\s,·]+", names) if re.fullmatch(NAME, n)]
