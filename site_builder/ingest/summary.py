"""Summary (the lede), a fallback title, and the article slug."""

from __future__ import annotations

import re

from ..datafiles import TagDef, make_slug
from .text import fold, is_sentence, sentences

SUMMARY_MAX = 160
HEADLINE_MAX = 40


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,·") + "…"


def lede(paragraphs: list[str]) -> str:
    """The first paragraph of running text (skipping '[앵커]' cues and subheadings)."""
    for para in paragraphs:
        if is_sentence(para) and (len(para) >= 20 or para.rstrip().endswith(".")):
            return para
    return paragraphs[0] if paragraphs else ""


def summary(paragraphs: list[str], title: str = "") -> str:
    """One or two sentences of the lede, at most SUMMARY_MAX characters, cut at a sentence end.

    It never repeats the headline or the whole first paragraph alone: a one-sentence lede takes
    the next paragraph's first sentence with it, and when that does not fit the summary is left
    empty rather than say again what the page already shows."""
    first = lede(paragraphs)
    parts = sentences(first)
    if not parts:
        return ""
    out = parts[0]
    for extra in parts[1:2]:
        if len(out) + 1 + len(extra) <= SUMMARY_MAX:
            out += " " + extra
    out = _cut(out, SUMMARY_MAX)
    if fold(out) == fold(first):
        later = paragraphs[paragraphs.index(first) + 1 :]
        extra = next((sentences(p)[0] for p in later if is_sentence(p)), "")
        out = f"{out} {extra}" if extra and len(out) + 1 + len(extra) <= SUMMARY_MAX else ""
    return "" if fold(out) == fold(title) else out


# Sentence endings of a lede, and what a headline says instead ('…가 한창입니다.' -> '… 한창').
_ENDINGS = [
    (re.compile(r"(?:이|가)?\s*한창(?:입니다|이다)\.?$"), " 한창"),
    (re.compile(r"(?:했|하였)(?:습니다|다)\.?$"), ""),
    (re.compile(r"(?:났|왔|갔|냈|섰|졌|렸|켰|혔|췄|웠|쳤|겼)(?:습니다|다)\.?$"), ""),
    (re.compile(r"(?:한다|합니다)\.?$"), ""),
    (re.compile(r"(?:됐|되었)(?:습니다|다)\.?$"), "돼"),
    (re.compile(r"(?:된다|됩니다)\.?$"), "돼"),
    (re.compile(r"(?:있|없)(?:습니다|다)\.?$"), ""),
    (re.compile(r"(?:이었|였)(?:습니다|다)\.?$"), ""),
    (re.compile(r"(?:입니다|이다|다)\.?$"), ""),
]
_SUBJECT = re.compile(r"([^\s,]{2,12}?)(?:은|는|이|가)")
_TITLES = re.compile(r"최고경영자|대표|회장|사장|장관|대통령|CEO|위원장|총리|의장")
_DATELINE = re.compile(r"^(?:[(\[][^)\]]{1,20}[)\]]\s*)?(?:[가-힣]{2,4}(?:\s+[가-힣]{2,4})*\s*(?:기자|특파원)\s*=\s*)?")
_REPORTED = re.compile(r"(?:다|했다|한다)고\s*(?:밝혔|전했|말했|설명했|보도했|발표했|강조했)(?:다|습니다)\.?$")
_DAYS = re.compile(r"(?:(?<=\s)|^)(?:이날|지난\s*)?\d{1,2}일(?:\s*\(현지\s*시[간각]\))?\s+")


def headline_from_lede(paragraphs: list[str]) -> str:
    """A headline in Korean news style written from the lede's first sentence: subject, comma,
    the event, no final '다.', at most HEADLINE_MAX characters ('중국의 딥시크 띄우기가
    한창입니다.' -> '중국, 딥시크 띄우기 한창')."""
    parts = sentences(lede(paragraphs))
    if not parts:
        return ""
    text = _DATELINE.sub("", parts[0].strip())
    text = re.sub(r"\s*\([^()]*\)", "", text)  # glosses and tickers: '인공지능(AI)', 'SK(034730)'
    text = _REPORTED.sub("다.", text)
    text = _DAYS.sub("", text)
    for pattern, replacement in _ENDINGS:
        if pattern.search(text):
            text = pattern.sub(replacement, text).rstrip()
            break
    text = re.sub(r"[\s,.]+$", "", text)
    subject, rest = "", text
    words = text.split()
    for i, word in enumerate(words[:8]):
        m = _SUBJECT.fullmatch(word)
        if m:
            head = [words[i - 1]] if i and _TITLES.fullmatch(m.group(1)) else []
            subject, rest = " ".join([*head, m.group(1)]) + ", ", " ".join(words[i + 1 :])
            break
    else:
        if words and re.fullmatch(r"[^\s,]{2,12}의", words[0]):  # '중국의 딥시크 띄우기 한창'
            subject, rest = words[0][:-1] + ", ", " ".join(words[1:])
    words = rest.split()
    # The event is told at the end of a Korean sentence: keep the last words that fit.
    while words and len(subject) + len(" ".join(words)) > HEADLINE_MAX:
        words.pop(0)
    return (subject + " ".join(words)).strip(" ,") if words else text[:HEADLINE_MAX]
    return text


def article_slug(seed_name: str, tags: list[str], taxonomy: dict[str, TagDef]) -> str:
    """Readable words from the two most central tags plus a hash of the seed's file name.

    The hash keeps slugs unique per seed; existing articles keep whatever slug they have,
    so later rule changes do not move published URLs."""
    words = " ".join(taxonomy[t].slug for t in tags[:2] if t in taxonomy)
    return make_slug(words, unique=seed_name, prefix="article", digits=6)
