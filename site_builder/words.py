"""Words as the search index and story grouping read them: Korean attaches particles to words
(딥시크가, 딥시크의, 엔비디아는), so a word is a run of one script with its trailing particle
stripped. `static/site.js` mirrors `tokens()` and `stem()` for the query: change both together.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from . import lexicon

# One token per run of Hangul/Latin/digits ('-' or '.' only between Latin/digits: gpt-4o, o1-preview;
# Latin with its accents: café), or per run of Han, of kana, or of Greek, Cyrillic, Arabic or Thai
# letters. The same source is shipped to the browser (`_rules`), which compiles it with flag g.
_LATIN = r"a-z0-9\u00df-\u00f6\u00f8-\u024f"
TOKEN_PATTERN = (
    rf"(?:[가-힣]|[{_LATIN}]+(?:[-.][{_LATIN}]+)*)+|[\u3400-\u4dbf\u4e00-\u9fff]+|[\u3041-\u30ff]+"
    r"|[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0e01-\u0e5b]+"
)
_TOKEN = re.compile(TOKEN_PATTERN)
# Longest first, so 에서는 is removed whole rather than leaving 에서 (the list is shared with tagging).
PARTICLES = sorted(lexicon.packaged().particles, key=len, reverse=True)
_PARTICLE_SET = frozenset(PARTICLES)
_PARTICLE_SIZES = sorted({len(p) for p in PARTICLES}, reverse=True)
MIN_STEM = 2  # 효과, 국가, 나이 keep their last syllable: a one-syllable stem matches too much


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


@functools.lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """딥시크가 -> 딥시크; 오픈AI의 -> 오픈ai; tokens not ending in Hangul unchanged."""
    if not ("가" <= token[-1] <= "힣"):
        return token
    # Longest particle first; a set look-up per length keeps this fast on 10,000 articles.
    for size in _PARTICLE_SIZES:
        if len(token) - size >= MIN_STEM and token[-size:] in _PARTICLE_SET:
            return token[:-size]
    return token


def tokens(text: str) -> list[str]:
    """Stems of a text. A Hangul run that is only a particle (the 의 of 오픈AI의) is dropped."""
    return [stem(t) for t in _TOKEN.findall(normalize(text)) if t not in _PARTICLE_SET]


def stems(text: str) -> set[str]:
    """set(tokens(text)), each distinct token stemmed once: a news body says most words many times."""
    return {stem(t) for t in set(_TOKEN.findall(normalize(text))) if t not in _PARTICLE_SET}
