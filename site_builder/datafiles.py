"""The editor-maintained data files in content/: tags, milestones, outlets and the lexicon.

They sit below both ingest (which finds tags, dates and publishers with them) and the
build (which shows tag labels and milestones), so both stages read them from here.
Outlets start from the registry of the Korean press shipped in site_builder/data/outlets.yaml,
which content/outlets.yaml extends.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yamlio
from .config import is_time_zone
from .errors import Problem, display_path
from .lexicon import Lexicon, packaged
from .lexicon import load as load_lexicon

KST = dt.timezone(dt.timedelta(hours=9), "KST")
TAG_KINDS = ("company", "person", "product", "topic", "organization", "region", "event")
SAFE_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
OUTLET_KINDS = (
    "national",
    "economic",
    "broadcast",
    "wire",
    "it",
    "regional",
    "internet",
    "foreign",
    "portal",
    "newsroom",
    "trade",
    "overseas",
)
OUTLET_KEYS = ("kind", "domains", "aliases", "markers", "word", "zone")
TAG_KEYS = ("slug", "label", "kind", "description", "aliases")
MILESTONE_KEYS = ("slug", "date", "title", "tags", "description", "cues")
OUTLET_REGISTRY = Path(__file__).parent / "data" / "outlets.yaml"


@dataclass(frozen=True)
class TagDef:
    name: str  # canonical display name, the value articles use in `tags`
    slug: str
    label: str  # Korean label shown to readers
    kind: str
    description: str = ""
    aliases: tuple[str, ...] = ()  # spellings ingest looks for in article text


@dataclass(frozen=True)
class Milestone:
    slug: str
    date: dt.date
    title: str
    tags: tuple[str, ...] = ()
    description: str = ""
    cues: tuple[str, ...] = ()  # phrases that name this event in article text (e.g. "R1")


@dataclass(frozen=True)
class Outlet:
    name: str  # the publisher name written to front matter
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other spellings printed on pages
    markers: tuple[str, ...] = ()  # page text only this outlet's site prints (when its name is absent)
    kind: str = ""  # one of OUTLET_KINDS, or "" when not given; a "portal" only republishes
    # Its name is an ordinary word too ('인사이트': insight), matched only where it stands as a name.
    word: bool = False
    # A foreign outlet's clock, which its own pages print their times in ('Asia/Shanghai'): "" for Korea's.
    zone: str = ""


@dataclass(frozen=True)
class DataFiles:
    tags: dict[str, TagDef]
    milestones: tuple[Milestone, ...]
    outlets: tuple[Outlet, ...]
    lexicon: Lexicon = field(default_factory=packaged)

    def tag_meant(self, name: str) -> tuple[str, str] | None:
        """(the defined tag, how `name` spells it) when `name` is not a tag's name but its label,
        an alias or its name in other case, width or spacing ('딥시크', '오픈AI', 'openai',
        'ＯｐｅｎＡＩ', '딥 시크'); None otherwise."""
        return None if name in self.tags else self._spellings.get(_spelling(name))

    @functools.cached_property
    def _spellings(self) -> dict[str, tuple[str, str]]:
        """Every tag's name, label and aliases as `_spelling` leaves them -> (the tag, which it is);
        made once, as each name the articles use is asked of it."""
        table: dict[str, tuple[str, str]] = {}
        for tag in self.tags.values():
            for kind, spellings in (("name", (tag.name,)), ("label", (tag.label,)), ("alias", tag.aliases)):
                for spelling in spellings:
                    table.setdefault(_spelling(spelling), (tag.name, kind))  # (the first tag's, as before)
        return table


def _spelling(name: str) -> str:
    """What is left of a tag's name when its case, its letters' width and its spaces are not."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).casefold()


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


# Python's datetime ends at years 1 and 9999, and time-zone shifts, feeds and ingest's day
# arithmetic (up to months around a milestone) step past a date: a year of room at each end.
FIRST_DAY, LAST_DAY = dt.date(2, 1, 1), dt.date(9998, 12, 31)
DATE_RANGE = f"between {FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}"


def in_range(day: dt.date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def _in_zone(value: dt.datetime, tz: dt.tzinfo) -> dt.datetime | None:
    """`value` in `tz` (its own zone when it has one), or None past the calendar's ends or at a
    local time the zone's clocks skip."""
    if skipped_time(value, tz):
        return None
    try:
        moved = _whole_minutes((value if value.tzinfo else value.replace(tzinfo=tz)).astimezone(tz), value)
    except OverflowError:
        return None
    return moved if in_range(moved.date()) else None


def _whole_minutes(moved: dt.datetime, value: dt.datetime) -> dt.datetime:
    """`value` in its zone as `moved`, unless that offset has seconds: a zone's local mean time
    before it kept standard time (Seoul's +08:27:52 until 1908) has seconds no feed, sitemap or
    HTML date may hold. Then the time as written, in its own offset, else in the offset rounded
    to the minute."""
    offset = moved.utcoffset() or dt.timedelta()
    if offset.seconds % 60:
        minute = dt.timezone(dt.timedelta(minutes=round(offset.total_seconds() / 60)))
        moved = value if value.tzinfo else value.replace(tzinfo=minute)
    return moved


def skipped_time(value: Any, tz: dt.tzinfo) -> bool:
    """A local time written without an offset that `tz`'s clocks skip (02:30 on a spring's
    daylight-saving day): Python would give it the offset of the hour before, an instant an hour off.
    A day alone is no time: its midnight skipped (Santiago's), it starts when the day does."""
    if isinstance(value, str) and _ISO.match(value.strip()) and len(value.strip()) > 10:
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return False
    if not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return False
    try:
        back = value.replace(tzinfo=tz).astimezone(dt.UTC).astimezone(tz)
    except OverflowError:
        return False
    return back.replace(tzinfo=None) != value


def out_of_range(value: Any) -> bool:
    """True for a real date or time that parse_datetime refused only for lying past either end
    of FIRST_DAY..LAST_DAY, so the message can say that instead of "not a date"."""
    if isinstance(value, str):
        if not _ISO.match(value.strip()):
            return False
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return False
    return isinstance(value, dt.date)


def earlier(updated: dt.datetime | dt.date, date: dt.datetime | dt.date) -> bool:
    """Whether an update is earlier than the article's date; with a day alone on either side,
    days are compared ('updated: 2025-01-30' of 2025-01-30 15:00 is not earlier)."""
    if isinstance(updated, dt.datetime) and isinstance(date, dt.datetime):
        return updated < date
    day = updated.date() if isinstance(updated, dt.datetime) else updated
    return day < (date.date() if isinstance(date, dt.datetime) else date)


def parse_datetime(value: Any, tz: dt.tzinfo) -> tuple[dt.datetime | None, bool]:
    """(aware datetime, has_time) from a YAML value; (None, False) when it is not a date or
    falls outside FIRST_DAY..LAST_DAY."""
    if isinstance(value, dt.datetime):
        moved = _in_zone(value, tz)
        return moved, moved is not None
    if isinstance(value, dt.date):
        if not in_range(value):
            return None, False
        day = dt.datetime(value.year, value.month, value.day)
        return _whole_minutes(day.replace(tzinfo=tz), day), False
    if isinstance(value, str) and _ISO.match(value.strip()):
        text = value.strip().replace("Z", "+00:00")
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            return None, False
        if len(text) <= 10:  # a day alone, quoted: as YAML's date is read
            return parse_datetime(parsed.date(), tz)
        moved = _in_zone(parsed, tz)
        return moved, moved is not None
    return None, False


MAX_SLUG = 60


def slugify_ascii(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_slug(words: str, unique: str = "", prefix: str = "post", digits: int = 8) -> str:
    """The one slug helper: the Latin words and digits of `words`, lower-cased and joined by '-'
    (at most MAX_SLUG characters), then a short hash of `unique` when given. With no Latin word,
    '<prefix>-<hash>'. The hash is stable, so the same input always gets the same slug."""
    slug = slugify_ascii(words)[:MAX_SLUG].strip("-")
    digest = hashlib.sha1((unique or words.strip()).encode("utf-8")).hexdigest()[:digits]
    if unique:
        return f"{slug}-{digest}" if slug else f"{prefix}-{digest}"
    return slug or f"{prefix}-{digest}"


def _str_tuple(value: Any) -> tuple[str, ...]:
    """A list of names, or one name, as a tuple (see _not_names)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _not_text(entry: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of `keys` whose value in `entry` is no text where text is meant ('label: [에이, 비]',
    'description: {k: v}', 'label: !!set {a, b}'), with what it is instead (yamlio.not_text)."""
    return next(((key, kind) for key in keys if (kind := yamlio.not_text(entry.get(key)))), None)


def _not_names(entry: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of `keys` whose value in `entry` is neither a name nor a list of names
    ('aliases: 3', 'cues: {a: b}'), or holds an empty one, which every text contains (an outlet's
    alias '' named the publisher of every page), or None."""
    for key in keys:
        value = entry.get(key)
        if value is None:
            continue
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else [None]
        if not all(isinstance(v, str | int | float) and not isinstance(v, bool) and str(v).strip() for v in names):
            return key
    return None


def _unknown_keys(entry: dict[Any, Any], known: tuple[str, ...]) -> list[tuple[str, str]]:
    """(key, "unknown key '…' (did you mean '…'?)") for each key of `entry` not in `known`: a
    misspelt 'lable:' or 'tag:' would otherwise be dropped without a word (the tag shown under its
    English name, the milestone missing from its tags' pages)."""
    return [
        (str(key), f"unknown key '{key}'{yamlio.did_you_mean(str(key), list(known))}")
        for key in entry
        if key not in known
    ]


def _mapping_file(path: Path, root: Path | None) -> tuple[dict[str, Any], str, str, list[Problem]]:
    """(entries by name, the file's text, its path as shown, problems)."""
    shown = display_path(path, root)
    if yamlio.absent(path):
        return {}, "", shown, []
    data, text, problems = yamlio.load_file(path, shown)
    if problems:
        return {}, "", shown, problems
    if data is None:
        return {}, "", shown, []
    if not isinstance(data, dict):
        return {}, "", shown, [Problem(shown, yamlio.value_line(text), "expected a mapping of names to entries")]
    return data, text, shown, []


def load_tags(path: Path, root: Path) -> tuple[dict[str, TagDef], list[Problem]]:
    data, text, shown, problems = _mapping_file(path, root)
    lines = yamlio.key_lines(text)
    tags: dict[str, TagDef] = {}
    slugs: dict[str, str] = {}
    shown_as: dict[str, str] = {}  # each tag's name and label, as _spelling leaves them -> the tag
    read_as: dict[str, str] = {}  # each tag's name and aliases, as ingest finds them in text -> the tag
    for written, entry in data.items():
        line = lines.get(str(written))
        name = unicodedata.normalize("NFC", str(written))  # as articles' tags are (content.py)
        if name in tags:
            problems.append(Problem(shown, line, f"tag '{name}' is defined twice (spelled composed and decomposed)"))
            continue
        entry = entry or {}
        if not isinstance(entry, dict):
            problems.append(Problem(shown, line, f"tag '{name}' must be a mapping"))
            continue
        if unknown := _unknown_keys(entry, TAG_KEYS):
            for key, message in unknown:
                at = yamlio.key_line(text, (str(written), key)) or line
                problems.append(Problem(shown, at, f"tag '{name}' has {message}"))
            continue
        if bad := _not_text(entry, ("slug", "label", "kind", "description")):
            at = yamlio.key_line(text, (str(written), bad[0])) or line
            problems.append(Problem(shown, at, f"tag '{name}': '{bad[0]}' must be text, not {bad[1]}"))
            continue
        slug = str(entry.get("slug") or slugify_ascii(name))
        if not SAFE_SLUG.match(slug):
            problems.append(Problem(shown, line, f"tag '{name}' has an unsafe slug '{slug}'"))
            continue
        if slug in slugs:
            problems.append(Problem(shown, line, f"tag '{name}' reuses slug '{slug}' of '{slugs[slug]}'"))
            continue
        if bad := _not_names(entry, ("aliases",)):
            at = yamlio.key_line(text, (str(written), bad)) or line
            problems.append(Problem(shown, at, f"tag '{name}': '{bad}' must be a list of names, none empty"))
            continue
        kind = str(entry.get("kind") or "topic")
        if kind not in TAG_KINDS:
            problems.append(
                Problem(
                    shown, line, f"tag '{name}' has unknown kind '{kind}'{yamlio.did_you_mean(kind, list(TAG_KINDS))}"
                )
            )
            continue
        label = str(entry.get("label") or name)
        # Tag pages and chips show the label: two tags shown alike cannot be told apart, and an
        # article's tag written so would be the first one's.
        clash = next((what for what in (label, name) if _spelling(what) in shown_as), None)
        if clash is not None:
            which = "its label" if clash == label and "label" in entry else "its name"
            twin = shown_as[_spelling(clash)]
            message = f"tag '{name}': {which} '{clash}' is how tag '{twin}' is shown; give each its own label"
            problems.append(Problem(shown, line, message))
            continue
        # Ingest tags an article by the words it finds: one word of two tags would be either's.
        aliases = _str_tuple(entry.get("aliases"))
        shared = next((word for word in (name, *aliases) if read_as.get(word, name) != name), None)
        if shared is not None:
            message = f"tag '{name}': '{shared}' already names tag '{read_as[shared]}'; keep it on one tag"
            problems.append(Problem(shown, line, message))
            continue
        slugs[slug] = name
        shown_as.update({_spelling(label): name, _spelling(name): name})
        read_as.update(dict.fromkeys((name, *aliases), name))
        tags[name] = TagDef(
            name=name,
            slug=slug,
            label=label,
            kind=kind,
            description=str(entry.get("description") or ""),
            aliases=aliases,
        )
    return tags, problems


def load_milestones(path: Path, root: Path) -> tuple[tuple[Milestone, ...], list[Problem]]:
    shown = display_path(path, root)
    if yamlio.absent(path):
        return (), []
    data, text, problems = yamlio.load_file(path, shown)
    if problems or data is None:
        return (), problems
    if not isinstance(data, list):
        return (), [Problem(shown, 1, "expected a list of milestones")]
    lines = yamlio.item_lines(text)
    out = []
    for i, entry in enumerate(data):
        line = lines[i] if i < len(lines) else None
        if isinstance(entry, dict) and (unknown := _unknown_keys(entry, MILESTONE_KEYS)):
            what = f"milestone '{entry['title']}'" if entry.get("title") else "a milestone"
            for key, message in unknown:
                problems.append(Problem(shown, yamlio.key_line(text, (i, key)) or line, f"{what} has {message}"))
            continue
        if not isinstance(entry, dict) or not entry.get("title") or not entry.get("date"):
            problems.append(Problem(shown, line, "a milestone needs at least 'date' and 'title'"))
            continue
        if bad := _not_text(entry, ("slug", "title", "description")):
            at = yamlio.key_line(text, (i, bad[0])) or line
            problems.append(Problem(shown, at, f"a milestone's '{bad[0]}' must be text, not {bad[1]}"))
            continue
        if bad := _not_names(entry, ("tags", "cues")):
            at = yamlio.key_line(text, (i, bad)) or line
            message = f"milestone '{entry['title']}': '{bad}' must be a list of names, none empty"
            problems.append(Problem(shown, at, message))
            continue
        when = entry["date"]
        if isinstance(when, dt.datetime):
            when = when.date()
        if not isinstance(when, dt.date) or not in_range(when):
            written = yamlio.as_written(entry["date"])  # (YAML's words: '[2022-11-30]', not Python's)
            problems.append(Problem(shown, line, f"milestone date {written} is not a date (YYYY-MM-DD) {DATE_RANGE}"))
            continue
        slug = str(entry.get("slug") or slugify_ascii(str(entry["title"])) or f"milestone-{i + 1}")
        if not SAFE_SLUG.match(slug):
            problems.append(Problem(shown, line, f"milestone has an unsafe slug '{slug}'"))
            continue
        if any(m.slug == slug for m in out):  # (an article's date names its milestone by the slug)
            problems.append(Problem(shown, line, f"milestone '{entry['title']}' reuses slug '{slug}'; give it its own"))
            continue
        out.append(
            Milestone(
                slug=slug,
                date=when,
                title=str(entry["title"]),
                tags=_str_tuple(entry.get("tags")),
                description=str(entry.get("description") or ""),
                cues=_str_tuple(entry.get("cues")),
            )
        )
    return tuple(sorted(out, key=lambda m: (m.date, m.slug))), problems


def _outlet_problem(name: str, entry: Any) -> tuple[str | None, str] | None:
    """(the key at fault, if one is, and why) an outlets.yaml entry cannot be read, or None."""
    if not isinstance(entry, dict):
        return None, f"outlet '{name}' must be a mapping"
    if unknown := _unknown_keys(entry, OUTLET_KEYS):
        return unknown[0][0], f"outlet '{name}' has {unknown[0][1]}"
    if bad := _not_names(entry, tuple(key for key in OUTLET_KEYS if key not in ("kind", "word"))):
        return bad, f"outlet '{name}': '{bad}' must be a list of strings, none empty"
    if not isinstance(entry.get("word", False), bool):
        return "word", f"outlet '{name}': 'word' must be true or false"
    if "zone" in entry and not is_time_zone(entry["zone"]):
        return "zone", f"outlet '{name}': zone {entry['zone']!r} is not a time zone (an IANA name: 'Asia/Shanghai')"
    kind = str(entry.get("kind") or "")
    if kind and kind not in OUTLET_KINDS:
        return "kind", f"outlet '{name}' has unknown kind '{kind}'{yamlio.did_you_mean(kind, list(OUTLET_KINDS))}"
    return None


def load_outlets(path: Path, root: Path | None) -> tuple[tuple[Outlet, ...], list[Problem]]:
    data, text, shown, problems = _mapping_file(path, root)
    lines = yamlio.key_lines(text)
    out = []
    for name, entry in data.items():
        name, entry = str(name), entry or {}
        if problem := _outlet_problem(name, entry):
            key, message = problem
            at = key and yamlio.key_line(text, (name, key))
            problems.append(Problem(shown, at or lines.get(name), message))
            continue
        out.append(
            Outlet(
                name=name,
                domains=_str_tuple(entry.get("domains")),
                aliases=_str_tuple(entry.get("aliases")),
                markers=_str_tuple(entry.get("markers")),
                kind=str(entry.get("kind") or ""),
                word=entry.get("word", False),
                zone=str(entry.get("zone") or ""),
            )
        )
    return tuple(out), problems


def extend_outlets(base: tuple[Outlet, ...], site: tuple[Outlet, ...]) -> tuple[Outlet, ...]:
    """The site's outlets over the registry's: a same-named entry replaces, a new name is added."""
    merged = {outlet.name: outlet for outlet in base}
    merged.update((outlet.name, outlet) for outlet in site)
    return tuple(merged.values())


@functools.lru_cache(maxsize=2)
def _registry(path: Path) -> tuple[tuple[Outlet, ...], tuple[Problem, ...]]:
    # The shipped registry cannot change while a process runs: parsed once, not on every
    # rebuild of the preview server.
    outlets, problems = load_outlets(path, None)
    return outlets, tuple(problems)


def load_all_outlets(content_dir: Path, root: Path) -> tuple[tuple[Outlet, ...], list[Problem]]:
    registry, p1 = _registry(OUTLET_REGISTRY)
    site, p2 = load_outlets(content_dir / "outlets.yaml", root)
    return extend_outlets(registry, site), [*p1, *p2]


def load_all(content_dir: Path, root: Path) -> tuple[DataFiles, list[Problem]]:
    tags, p1 = load_tags(content_dir / "tags.yaml", root)
    milestones, p2 = load_milestones(content_dir / "milestones.yaml", root)
    outlets, p3 = load_all_outlets(content_dir, root)
    words, p4 = load_lexicon(content_dir, root)
    return DataFiles(tags, milestones, outlets, words), p1 + p2 + p3 + p4
