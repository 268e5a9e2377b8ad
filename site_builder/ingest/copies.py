"""Copies at ingest: a seed whose cleaned body is essentially an article already in content/.

The same text saved in another encoding or line-ending style, a portal's re-publication
under its own header and footer, a version whose injected spam was repaired: once decoded,
repaired and stripped of chrome, their bodies are nearly the same text, which an exact hash
would still tell apart by one byte. Bodies are compared as sets of character 4-grams of their
letters and digits (spaces, punctuation and Markdown escapes dropped): four Hangul syllables
are about a word, so this holds for Korean without a word splitter. Two bodies are copies
when the Jaccard similarity of those sets is at least THRESHOLD.

Every body gets a bottom-k MinHash sketch (its SKETCH smallest 4-gram hashes); only pairs
whose sketches share at least half their values are compared exactly. Two bodies with
similarity J share about SKETCH * J sketch values, so a true copy (J >= 0.8, ~51 shared) is
never missed and unrelated bodies (a handful shared) are never compared: one pass over
content/, no comparison of every pair. Sketch hashes are Python's own string hash: they only
choose what to compare, the decision is the exact similarity.

A copy is still written, nothing lost: a draft with `duplicate_of: <original file>` and a
review point saying so. The original lists the copy's outlet (its portal, else its publisher)
under `also_at`. Which article is the original is decided by rule, in this order: a page from
the outlet over a portal's copy; then a printed date over a guessed one, and the earliest;
then the most complete body (within 5 % of the longest); then the article already in
content/; then a text that needed no spam repair; then the file name.

Hand edits win: an article edited by hand (or written by hand, or whose seed is gone) is not
written again, so it is never made a copy; its own `duplicate_of` is taken as it stands, and
when it is the original and still as ingest wrote it, only its `also_at` line is updated.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .. import yamlio
from ..config import article_names
from ..datafiles import parse_datetime
from .render import Article, body, with_key
from .write import hand_edited, replace_file, stored_hash, with_hash

THRESHOLD = 0.8
SHINGLE = 4
SKETCH = 64
COMPLETE = 0.95  # a body at least this share of the longest one counts as complete
_NOT_LETTER = re.compile(r"[\W_]+")


@dataclass
class Fresh:
    """An article this run writes from a seed; `mark` changes its fields in place."""

    name: str  # file name in content/articles
    article: Article
    portal: str = ""  # the portal the seed was captured from, "" for the outlet's own page
    repaired: bool = False  # spam was repaired in the seed
    existed: bool = False  # the file was in content/ before this run


@dataclass
class _Member:
    name: str
    letters: str
    fresh: Fresh | None = None  # None: a file this run does not write (see the module's last paragraph)
    text: str = ""  # the file's text as it is in content/; "" for a new one, or until it is read
    publisher: str = ""
    portal: str = ""
    when: tuple[bool, str, str] = (True, "", "")  # (date only guessed, day, time): smaller is earlier
    duplicate_of: str = ""  # what the file in content/ says
    slug: str = ""  # what the file in content/ says
    also_at: tuple[str, ...] = ()  # what the file in content/ says

    @property
    def outlet(self) -> str:
        return self.portal or self.publisher

    @property
    def last_ties(self) -> tuple[bool, bool, str]:
        """An article in content/ that is no copy first (the original stays the original from
        one run to the next), then one that needed no spam repair."""
        return (not self.text or bool(self.duplicate_of), bool(self.fresh and self.fresh.repaired), self.name)


def letters(markdown: str) -> str:
    return _NOT_LETTER.sub("", unicodedata.normalize("NFKC", markdown).lower())


def shingles(text: str) -> set[str]:
    return {text[i : i + SHINGLE] for i in range(max(1, len(text) - SHINGLE + 1))}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of two texts' 4-gram sets (texts as `letters` gives them)."""
    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y)


def _sketch(text: str) -> list[int]:
    return heapq.nsmallest(SKETCH, map(hash, shingles(text)))


def _when(value: object, date_source: str, tz: dt.tzinfo) -> tuple[bool, str, str]:
    parsed, has_time = parse_datetime(value, tz)
    if parsed is None:
        return (True, "", "")
    # A day without a time sorts after that day's timed articles: the timed one says more.
    clock = parsed.time().isoformat() if has_time else "~"
    return (date_source.startswith("candidate"), parsed.date().isoformat(), clock)


def _front(text: str) -> tuple[dict[str, object], str]:
    """(front matter, body) of an article file; an empty mapping when it has none that parses."""
    split = yamlio.split_front_matter(text)
    if split is None:
        return {}, text
    data, problem = yamlio.parse(split[0], "")
    return (data if isinstance(data, dict) and not problem else {}), split[1]


def _read(member: _Member, text: str, tz: dt.tzinfo) -> _Member:
    """`member` with what its file in content/ says; for a file this run does not write, all of it."""
    data, markdown = _front(text)
    member.text = text
    member.duplicate_of = str(data.get("duplicate_of") or "")
    member.slug = str(data.get("slug") or "")
    if member.fresh is None:
        also_at = data.get("also_at") or []
        member.letters = member.letters or letters(markdown)
        member.publisher = str(data.get("publisher") or "")
        member.when = _when(data.get("date"), str(data.get("date_source") or ""), tz)
        member.also_at = tuple(str(a) for a in also_at) if isinstance(also_at, list) else (str(also_at),)
    return member


def _primary(members: list[_Member]) -> _Member:
    pool = [m for m in members if not m.portal] or members
    first = min(m.when for m in pool)
    pool = [m for m in pool if m.when == first]
    longest = max(len(m.letters) for m in pool)
    pool = [m for m in pool if len(m.letters) >= COMPLETE * longest]
    return min(pool, key=lambda m: m.last_ties)


def mark(fresh: list[Fresh], folder: Path, *, force: bool, tz: dt.tzinfo) -> dict[str, list[str]]:
    """Find the copies among this run's articles and the other files in `folder`: set
    `duplicate_of`, `draft`, `review` and `also_at` on the fresh ones, and `also_at` in a file
    this run does not write when it is the original and still as ingest wrote it. Returns the
    warnings for the report, by file name."""
    members: list[_Member] = []
    for item in fresh:
        path = folder / item.name
        try:
            text = path.read_text(encoding="utf-8", errors="replace") if item.existed else ""
        except FileNotFoundError:  # deleted by hand while ingest ran: not written again (run)
            text = ""
        if text and not force and hand_edited(text):
            members.append(_read(_Member(item.name, ""), text, tz))  # ingest keeps it: what it says counts
            continue
        when = _when(item.article.date, item.article.date_source, tz)
        member = _Member(item.name, letters(body(item.article)), item, text, item.article.publisher, item.portal, when)
        members.append(member)
    fresh_count = len(members)
    writing = {item.name for item in fresh}
    for name in article_names(p.name for p in folder.glob("*.md") if p.is_file()):
        if name not in writing:
            try:
                text = (folder / name).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue  # compared with nothing: the build names a file it cannot read
            members.append(_Member(name, letters(_front(text)[1])))

    sketches = [_sketch(m.letters) for m in members]
    index: dict[int, list[int]] = defaultdict(list)
    for i, sketch in enumerate(sketches):
        for value in sketch:
            index[value].append(i)
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked: set[int] = set()
    for i in range(fresh_count):
        if members[i].fresh is None:
            continue  # a kept file: its links to other files are not this run's business
        shared = Counter(j for value in sketches[i] for j in index[value] if j != i)
        for j, count in shared.items():
            close = count * 2 >= min(len(sketches[i]), len(sketches[j])) and root(i) != root(j)
            if close and similarity(members[i].letters, members[j].letters) >= THRESHOLD:
                parent[root(i)] = root(j)
                linked |= {i, j}
    groups: dict[int, list[_Member]] = defaultdict(list)
    for k in sorted(linked):
        member = members[k]
        if member.fresh is not None and member.text:
            _read(member, member.text, tz)  # whether it was a copy decides a tie
        elif member.fresh is None and not member.text:
            _read(member, (folder / member.name).read_text(encoding="utf-8", errors="replace"), tz)
        groups[root(k)].append(member)
    warnings: dict[str, list[str]] = defaultdict(list)
    for group in groups.values():
        _settle(group, folder, warnings)
    return warnings


def _settle(group: list[_Member], folder: Path, warnings: dict[str, list[str]]) -> None:
    standing = [m for m in group if m.fresh is None and not m.duplicate_of]
    fresh = [m for m in group if m.fresh is not None]
    # A file ingest keeps (edited by hand) that is no copy is the original, unless ingest wrote
    # another member as the original before: then an editor took the kept file out of the group
    # (deleting its duplicate_of), and it stands beside the original without making it a copy.
    already = any(m.text and not m.duplicate_of for m in fresh)
    primary = _primary(fresh if already else standing or fresh)
    copies: list[_Member] = []
    for member in group:
        if member is primary:
            continue
        if member.fresh is None:
            if member.duplicate_of == primary.name:
                copies.append(member)
            elif not member.duplicate_of:
                warnings[member.name].append(f"the same text as {primary.name}; both stay published (edited by hand)")
            continue
        article = member.fresh.article
        article.duplicate_of, article.also_at, article.draft = primary.name, [], True
        # A copy of an article renamed by hand, its `seed:` deleted, comes with the article's
        # slug: the two would claim one URL, and no build with drafts would pass.
        taken = {m.slug or (m.fresh.article.slug if m.fresh else "") for m in group if m is not member}
        base, number = article.slug, 2
        while article.slug in taken:
            article.slug, number = f"{base}-{number}", number + 1
        share = similarity(member.letters, primary.letters)
        article.review.append(
            f"duplicate_of: a copy of {primary.name} ({share:.0%} of the body the same); delete this file and"
            f" its seed {article.seed} (ingest writes it again while the seed is there), or delete duplicate_of"
            " and draft if it is an article of its own"
        )
        warnings[member.name].append(f"a copy of {primary.name} ({share:.0%} the same): written as a draft")
        copies.append(member)
    also_at = sorted({m.outlet for m in copies if m.outlet and m.outlet != primary.publisher})
    names = ", ".join(m.name for m in copies)
    if primary.fresh is not None:
        primary.fresh.article.also_at = also_at
        listed = f"; also_at: {', '.join(also_at)}" if also_at else ""
        if copies:  # (none when every other member was edited by hand: each stays published)
            warnings[primary.name].append(f"the original of {names}{listed}")
    elif also_at and tuple(also_at) != primary.also_at:
        if hand_edited(primary.text):
            warnings[primary.name].append(
                f"the original of {names}, edited by hand: add 'also_at: [{', '.join(also_at)}]' to it yourself"
            )
        else:
            _, text = stored_hash(primary.text)
            marked = with_hash(with_key(text, "also_at", also_at)).encode("utf-8")
            if replace_file(folder / primary.name, marked, expected=primary.text.encode("utf-8")):
                warnings[primary.name].append(f"the original of {names}; also_at set to {', '.join(also_at)}")
            else:  # (saved by an editor since it was read)
                warnings[primary.name].append(f"the original of {names}, edited by hand just now: left as is")
