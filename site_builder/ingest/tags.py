"""Tags from the taxonomy's aliases, with Korean particles, ranked most central first.

An alias matches only as a whole word: not inside a longer Hangul or Latin word ('메타버스'
is not 메타, 'MSCI' is not MS), but with a particle attached ('딥시크가', '엔비디아의').
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..datafiles import TagDef
from ..lexicon import packaged
from .text import HANGUL

_WORD = f"{HANGUL}A-Za-z0-9"
# Kinds often named in passing, tagged only from this score up: where or at what something
# happened (a region, an event: in the headline, deck or lede, or twice), who funded it or where a
# speaker works (an organisation: in the headline, or in the lede and again, or three times).
_MIN_SCORE = {"region": 2.0, "organization": 3.0, "event": 2.0}
_ONE_LETTER = ("중", "일", "영")
# The word before a name ('요구…중국 외교부' -> '중국'; '9일 교육부' -> '9일', no country).
_LAST_WORD = re.compile(r"([^\W_]+)\s*$")
_GLOSS = re.compile(r"\s*[(\[（]\s*")


def alias_pattern(aliases: Iterable[str]) -> re.Pattern[str]:
    """Regex for any alias as a whole word, optionally followed by one particle.

    Longest aliases come first so '카카오뱅크' wins over '카카오'. A decimal point after
    the alias ('라마 3.1') also ends the match, so versions are not cut in half."""
    alts = sorted({a for a in aliases if a}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s*") for a in alts)
    ends = "|".join(sorted(packaged().particles, key=len, reverse=True))
    return re.compile(rf"(?<![{_WORD}])(?P<alias>{body})(?:{ends})?(?![{_WORD}]|\.\d)")


class _Matcher:
    def __init__(self, tags: dict[str, TagDef]) -> None:
        self.owner = {alias: t.name for t in tags.values() for alias in (*t.aliases, t.name)}
        self.pattern = alias_pattern(self.owner)
        self.provinces = _provinces(tags.values())

    def find(self, text: str) -> list[tuple[str, int]]:
        """(tag, where) of each name in `text`; a name glossed in brackets right after it is one
        mention: '세계개발자회의(WWDC)', '오픈AI(OpenAI)'."""
        found: list[tuple[str, int]] = []
        glossed = -1  # where the last match ended, when it may open a gloss
        for m in self.pattern.finditer(text):
            alias = m.group("alias")
            name = self.owner.get(alias) or self.owner.get(re.sub(r"\s+", " ", alias))
            if name is None:  # matched with different spacing than listed
                squeezed = re.sub(r"\s", "", alias)
                name = next((n for a, n in self.owner.items() if re.sub(r"\s", "", a) == squeezed), None)
            if name and not (found and found[-1][0] == name and _GLOSS.fullmatch(text, glossed, m.start())):
                found.append((name, m.start()))
            glossed = m.end()
        return found


def _matcher(tags: dict[str, TagDef]) -> _Matcher:
    return _matcher_for(tuple(tags.values()))


# One tag list per run (a few while tests run): every seed of a run shares its matcher.
@functools.lru_cache(maxsize=4)
def _matcher_for(tags: tuple[TagDef, ...]) -> _Matcher:
    return _Matcher({t.name: t for t in tags})


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(packaged().countries)


def _foreign(text: str, pos: int) -> bool:
    """Whether the name at `pos` is another country's body of that name: '미 법무부', '중국
    외교부', '미국의 법무부'."""
    before = _LAST_WORD.search(text, max(0, pos - 20), pos)
    if not before:
        return False
    word = before.group(1)
    # A headline's one-letter country opens it or a clause ('중 외교부 "…"'), where '이 중' and
    # '회의 중' follow a word.
    opens = not text[: before.start()].rstrip()[-1:].isalnum()
    return word in _countries() or word[-1:] == "의" and word[:-1] in _countries() or opens and word in _ONE_LETTER


def _provinces(tags: Iterable[TagDef]) -> frozenset[str]:
    """The provinces' names as a city's address opens with them: '경기도', and short, '경기'
    (from the aliases '경기도', '충북도')."""
    names = {a for t in tags if t.kind == "region" for a in t.aliases if len(a) == 3 and a.endswith("도")}
    return frozenset(names | {name[:-1] for name in names})


def _in_province(text: str, pos: int, provinces: frozenset[str]) -> bool:
    """Whether the region named at `pos` is a city of a province named just before it: '경기
    광주시' is Gyeonggi's Gwangju, not the metropolitan city."""
    before = _LAST_WORD.search(text, max(0, pos - 10), pos)
    return bool(before) and before.group(1) in provinces


def find_tags(
    tags: dict[str, TagDef], title: str, deck: list[str], paragraphs: list[str], limit: int = 10
) -> list[str]:
    """Canonical tag names found in the article, most central first.

    Centrality: mentions in the headline count 3, in the deck and lede 2, elsewhere 1;
    ties go to the tag mentioned first. Regions, events and organisations need more (_MIN_SCORE): a
    province or a ministry named in passing is where something happened or who paid for it, not
    what the article is about."""
    matcher = _matcher(tags)
    provinces = matcher.provinces
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    offset = 0
    parts = [(title, 3.0)] + [(d, 2.0) for d in deck]
    parts += [(p, 2.0 if i == 0 else 1.0) for i, p in enumerate(paragraphs)]
    for text, weight in parts:
        for name, pos in matcher.find(text):
            if tags[name].kind == "organization" and _foreign(text, pos):
                continue
            if tags[name].kind == "region" and _in_province(text, pos, provinces):
                continue
            scores[name] = scores.get(name, 0.0) + weight
            first.setdefault(name, offset + pos)
        offset += len(text) + 1
    central = [n for n in scores if scores[n] >= _MIN_SCORE.get(tags[n].kind, 0)]
    ranked = sorted(central, key=lambda n: (-scores[n], first[n]))
    return ranked[:limit]


def mentions(tags: dict[str, TagDef], text: str) -> set[str]:
    matcher = _matcher(tags)
    return {name for name, _ in matcher.find(text)}
