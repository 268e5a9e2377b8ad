"""The words ingest and search know about Korean news pages, as data.

site_builder/data/lexicon.yaml ships the defaults; a site adds to the chrome, spam, dates and
bylines lists in content/lexicon.yaml (same keys). Ingest builds its patterns from a Lexicon.
The particles are one shipped list for tagging, search and the browser's search alike, so a
site does not change them (the search index and its client would disagree).
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import yamlio
from .errors import Problem, display_path

PACKAGED = Path(__file__).resolve().parent / "data" / "lexicon.yaml"
FILE = "lexicon.yaml"
# section -> keys; every key is a list of phrases except spam.glosses and dates.clocks, mappings
SECTIONS: dict[str, tuple[str, ...]] = {
    "particles": (),
    "countries": (),
    "chrome": (
        "widgets",
        "widget_phrases",
        "sections",
        "section_words",
        "topics",
        "languages",
        "related",
        "adverts",
        "notices",
    ),
    "spam": ("words", "companions", "glosses"),
    "dates": ("published", "updated", "header", "clocks"),
    "bylines": ("roles", "not_names", "posts", "fields"),
}

SITE_SECTIONS = ("chrome", "spam", "dates", "bylines")


@dataclass(frozen=True)
class Lexicon:
    particles: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    widgets: tuple[str, ...] = ()
    widget_phrases: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    section_words: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    adverts: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    spam_words: tuple[str, ...] = ()
    spam_companions: tuple[str, ...] = ()
    glosses: tuple[tuple[str, str], ...] = ()  # (term, abbreviation): '인공지능' -> 'AI'
    published: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    # (place, IANA zone): a site's weather widget naming a place abroad ('LA 72°F 맑음') tells the clock
    # its pages print their times in.
    clocks: tuple[tuple[str, str], ...] = ()
    roles: tuple[str, ...] = ()
    not_names: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()  # where a correspondent is posted: '홍길동 워싱턴 특파원'
    fields: tuple[str, ...] = ()  # what a specialist reporter covers: '홍길동 반도체 전문기자'


def _field(section: str, key: str) -> str:
    return {"spam.words": "spam_words", "spam.companions": "spam_companions"}.get(f"{section}.{key}", key or section)


def _merge(
    base: Lexicon, data: dict[str, Any], shown: str, text: str, sections: tuple[str, ...]
) -> tuple[Lexicon, list[Problem]]:
    lines = yamlio.key_lines(text)
    values = {name: getattr(base, name) for name in Lexicon.__dataclass_fields__}
    problems: list[Problem] = []
    for section, entry in data.items():
        line = lines.get(str(section))
        if section not in sections:
            hint = yamlio.did_you_mean(str(section), list(sections))
            problems.append(Problem(shown, line, f"unknown section '{section}'{hint}"))
            continue
        keys = SECTIONS[section]
        items = {"": entry} if not keys else entry
        if keys and not isinstance(items, dict):
            problems.append(Problem(shown, line, f"'{section}' must map {', '.join(keys)} to lists"))
            continue
        for key, value in items.items():
            line = yamlio.key_line(text, (str(section), str(key))) if keys else line
            if keys and key not in keys:
                hint = yamlio.did_you_mean(str(key), list(keys))
                problems.append(Problem(shown, line, f"'{section}' has no list '{key}'{hint}"))
                continue
            name = _field(section, key)
            if name in ("glosses", "clocks"):
                if wrong := _bad_mapping(name, value):
                    problems.append(Problem(shown, line, wrong))
                    continue
                values[name] = tuple((dict(values[name]) | {str(k): str(v) for k, v in value.items()}).items())
            elif not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
                problems.append(Problem(shown, line, f"'{section}.{key}' must be a list of words or phrases"))
            else:
                values[name] = tuple(dict.fromkeys([*values[name], *(str(v) for v in value if str(v).strip())]))
    return Lexicon(**values), problems


def _bad_mapping(name: str, value: Any) -> str | None:
    """What is wrong with a site's spam.glosses or dates.clocks, or None."""
    pairs = [(str(k), str(v)) for k, v in value.items()] if isinstance(value, dict) else None
    if name == "glosses":
        # An empty term or abbreviation would match everywhere: 'AI' went from every body.
        if pairs is None or not all(k.strip() and v.strip() for k, v in pairs):
            return "'spam.glosses' must map terms to abbreviations"
        return None
    bad = [zone for _, zone in pairs or () if not _is_zone(zone)]
    if pairs is None or bad or not all(k.strip() for k, _ in pairs):
        why = f": no zone '{bad[0]}' (an IANA name such as America/Los_Angeles)" if bad else ""
        return f"'dates.clocks' must map places to time zones{why}"
    return None


def _is_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _load(path: Path, shown: str, base: Lexicon, sections: tuple[str, ...]) -> tuple[Lexicon, list[Problem]]:
    if yamlio.absent(path):
        return base, []
    data, text, problems = yamlio.load_file(path, shown)
    if problems or data is None:
        return base, problems
    if not isinstance(data, dict):
        return base, [Problem(shown, yamlio.value_line(text), f"expected a mapping of {', '.join(sections)}")]
    return _merge(base, data, shown, text, sections)


@functools.cache
def packaged() -> Lexicon:
    lexicon, problems = _load(PACKAGED, str(PACKAGED), Lexicon(), tuple(SECTIONS))
    if problems:  # a broken install, not a user's mistake
        raise RuntimeError("; ".join(str(p) for p in problems))
    return lexicon


def load(content_dir: Path, root: Path) -> tuple[Lexicon, list[Problem]]:
    """The shipped lexicon extended by the site's content/lexicon.yaml."""
    path = content_dir / FILE
    return _load(path, display_path(path, root), packaged(), SITE_SECTIONS)


def phrase_pattern(phrases: tuple[str, ...], any_spacing: bool = False) -> str:
    """A regex alternation of phrases, longest first; a space matches any spacing. `any_spacing`:
    so does the gap between any two characters (a button's label: '공유하기', '공유 하기')."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    if any_spacing:
        return "|".join(r"\s*".join(map(re.escape, p.replace(" ", ""))) for p in ordered)
    return "|".join(re.escape(p).replace(r"\ ", r"\s*") for p in ordered)
