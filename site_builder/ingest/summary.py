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

    It never repeats the headline or the whole first paragraph: of a lede of several sentences
    it takes fewer than all; a one-sentence lede takes the next paragraph's first sentence with
    it, and when that does not fit the summary is left empty rather than say again what the
    page already shows."""
    first = lede(paragraphs)
    parts = sentences(first)
    if not parts:
        return ""
    out = parts[0]
    for extra in parts[1:2]:
        if len(out) + 1 + len(extra) <= SUMMARY_MAX and len(parts) > 2:
            out += " " + extra
    out = _cut(out, SUMMARY_MAX)
    if fold(out) == fold(first):
        later = paragraphs[paragraphs.index(first) + 1 :]
        extra = next((sentences(p)[0] for p in later if is_sentence(p)), "")
        out = f"{out} {extra}" if extra and len(out) + 1 + len(extra) <= SUMMARY_MAX else ""
    return "" if fold(out) == fold(title) else out


# Predicate endings of a lede, and what a headline says instead: '공개했다' -> '공개',
# '내려졌다' -> '내려져', '탑재된다' -> '탑재', '한창입니다' -> '한창'.
_ENDINGS = [
    (re.compile(r"(?:이|가)?\s*한창(?:입니다|이다)\.?$"), " 한창"),
    (re.compile(r"(?:했|하였)(?:습니다|다)\.?$"), ""),
    (re.compile(r"(?:한다|합니다)\.?$"), ""),
    (re.compile(r"(?:됐|되었|된다|됩니다)(?:습니다|다)?\.?$"), ""),
    (re.compile(r"졌(?:습니다|다)\.?$"), "져"),
    (re.compile(r"났(?:습니다|다)\.?$"), "나"),
    (re.compile(r"(?:왔|봤|갔|냈|섰|렸|켰|혔|췄|웠|쳤|겼|셨|랐|줬|았|었)(?:습니다|다)\.?$"), ""),
    (re.compile(r"(?:이|가)?\s*있(?:습니다|다)\.?$"), ""),
    (re.compile(r"(?:이|가)?\s*없(?:습니다|다)\.?$"), " 없어"),
    (re.compile(r"(?:이었|였)(?:습니다|다)\.?$"), ""),
    (re.compile(r"(?:입니다|이다|다)\.?$"), ""),
]
# Past forms whose stem a headline keeps in its -아/-어 form ('왔다' -> '와', '냈다' -> '내').
_STEMS = {"왔": "와", "봤": "봐", "갔": "가", "냈": "내", "섰": "서", "렸": "려", "켰": "켜", "혔": "혀"}
_STEMS |= {"췄": "춰", "웠": "워", "쳤": "쳐", "겼": "겨", "셨": "셔", "랐": "라", "줬": "줘", "았": "아", "었": "어"}
# A word that can qualify a subject ('반도체 기업 엔비디아가'): no particle of place, object or genitive.
_QUALIFIER = re.compile(r"[가-힣A-Za-z0-9·]+(?<![의에을를로도는])")  # (not a verb's '-는': '바꾸는 법안이')
_SET_PHRASE = re.compile(
    r"비롯한|비롯해|둘러싼|둘러싸고|앞두고|앞둔|통해|위해|위한|중심으로|대상으로|계기로|맞아|맞은|두고|놓고|향한|향해"
)
_SUBJECT = re.compile(r"([가-힣A-Za-z0-9·]{2,12}?)(?:은|는|이|가)")
_DATELINE = re.compile(r"^(?:[(\[][^)\]]{1,20}[)\]]\s*)?(?:[가-힣]{2,4}(?:\s+[가-힣]{2,4})*\s*(?:기자|특파원)\s*=\s*)?")
_REPORTED = re.compile(r"(?:다|했다|한다)고\s*(?:밝혔|전했|말했|설명했|보도했|발표했|강조했)(?:다|습니다)\.?$")
_DAYS = re.compile(r"(?:(?<=\s)|^)(?:이날|지난\s*)?\d{1,2}일(?:\s*\(현지\s*시[간각]\))?\s+")
# Where a lede joins a background clause to the main one: '…하는 가운데 ', '…만난 뒤, '.
_CLAUSE = re.compile(r"(?:가운데|뒤|후|데다|반면)\s*,?\s+|,\s+")


def _predicate(text: str) -> str:
    for pattern, replacement in _ENDINGS:
        m = pattern.search(text)
        if m:
            stem = m.group(0)[0]
            return text[: m.start()] + (_STEMS.get(stem, replacement) if stem in _STEMS else replacement)
    return text


def _subject(words: list[str]) -> tuple[str, int] | None:
    """The sentence's subject when it comes first, with up to two words that qualify it
    ('반도체 기업 엔비디아가 …' -> '반도체 기업 엔비디아'), and the index of its word."""
    for i, word in enumerate(words[:8]):
        # Past an object the words tell of it, up to the noun they qualify: '지위를 … 바꾸는 법안이' has
        # no subject '바꾸', nor '짓는 사업이' one '사업'. (Not an object a set phrase takes, '오픈AI를
        # 비롯한 미국 기업들이', '총선을 앞두고 정부가'; nor a noun ending so, '올가을', '마을', '노을'.)
        if re.search(r"(?<!가|마|노)[을를]['’\"”]?$", word) and not _SET_PHRASE.fullmatch(
            words[i + 1] if i + 1 < len(words) else ""
        ):
            break
        m = _SUBJECT.fullmatch(word)
        if m:
            head: list[str] = []
            for before in reversed(words[max(0, i - 2) : i]):
                if (
                    not _QUALIFIER.fullmatch(before)
                    or _SET_PHRASE.fullmatch(before)
                    or len(" ".join([before, *head])) > 12
                ):
                    break
                head.insert(0, before)
            return " ".join([*head, m.group(1)]), i
    if words and re.fullmatch(r"[가-힣A-Za-z0-9]{2,12}의", words[0]):  # '중국의 딥시크 띄우기 한창'
        return words[0][:-1], 0
    return None


def headline_from_lede(paragraphs: list[str]) -> str:
    """A headline in Korean news style written from the lede's first sentence: the subject, a
    comma, the event, no final '다.', at most HEADLINE_MAX characters ('중국의 딥시크 띄우기가
    한창입니다.' -> '중국, 딥시크 띄우기 한창'). A long lede keeps its main (last) clause."""
    parts = sentences(lede(paragraphs))
    if not parts:
        return ""
    text = _DATELINE.sub("", parts[0].strip())
    text = re.sub(r"\s*\([^()]*\)", "", text)  # glosses and tickers: '인공지능(AI)', 'SK(034730)'
    text = _DAYS.sub("", _REPORTED.sub("다.", text))
    text = re.sub(r"[\s,.]+$", "", _predicate(text.rstrip()))
    words = text.split()
    found = _subject(words)
    if found is None:
        return _fit(text)
    subject, at = found
    rest = " ".join(words[at + 1 :])
    if len(subject) + 2 + len(rest) > HEADLINE_MAX:
        clauses = _CLAUSE.split(rest)
        rest = clauses[-1] if len(clauses[-1]) >= 8 else rest
    # The event is told at the end of a Korean sentence: drop words from the front until it fits.
    kept = rest.split()
    while len(kept) > 2 and len(subject) + 2 + len(" ".join(kept)) > HEADLINE_MAX:
        kept.pop(0)
    return _fit(f"{subject}, {' '.join(kept)}")


def _fit(text: str) -> str:
    """At most HEADLINE_MAX characters, cut before a word."""
    if len(text) <= HEADLINE_MAX:
        return text
    cut = text[: HEADLINE_MAX - 1]
    return cut[: cut.rfind(" ")].rstrip(" ,·") + "…" if " " in cut else cut + "…"


def article_slug(seed_name: str, tags: list[str], taxonomy: dict[str, TagDef]) -> str:
    """Readable words from the two most central tags plus a hash of the seed's file name.

    The hash keeps slugs unique per seed; existing articles keep whatever slug they have,
    so later rule changes do not move published URLs."""
    words = " ".join(taxonomy[t].slug for t in tags[:2] if t in taxonomy)
    return make_slug(words, unique=seed_name, prefix="article", digits=6)
