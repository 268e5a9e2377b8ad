"""content/articles/*.md: front matter + Markdown body, validated into Article dataclasses.

Every problem in every file is collected, each as `path:line: message`, so one build
reports them all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import operator
import os
import pickle
import re
import stat
import sys
import tempfile
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import Any

from . import parallel, yamlio
from .config import Config, article_names
from .datafiles import DATE_RANGE, earlier, out_of_range, parse_datetime, skipped_time
from .errors import Problem, SiteError, display_path, name_problem, too_big
from .urls import (
    UNSAFE_FILE_NAME,
    is_web_address,
    normalise_slug,
    slug_problem,
    too_long,
    unsafe_path_part,
    visible,
)

REQUIRED_KEYS = ("title", "date")
TEXT_KEYS = ("title", "subtitle", "summary", "publisher", "slug", "source_url", "seed", "date_source")
# Bidi embeddings, overrides and isolates: one left open turns around what follows it on the
# line that shows the value (the tab's title after a headline: '… - AI 타임라인').
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SHOWN_KEYS = ("title", "subtitle", "summary", "publisher")  # the text fields a page shows as they are


OPTIONAL_KEYS = (
    "updated",
    "publisher",
    "author",
    "tags",
    "summary",
    "slug",
    "draft",
    "source_url",
    "seed",
    "subtitle",
    "date_source",
    "ingest_hash",
    "review",
    "story",
    "duplicate_of",
    "also_at",
)
KNOWN_KEYS = REQUIRED_KEYS + OPTIONAL_KEYS


@dataclass(frozen=True)
class Article:
    source: str  # path shown in messages, relative to the project root
    title: str
    date: dt.datetime  # aware, in the site's time zone
    body: str | None  # Markdown; None in a cached copy that was stored without it
    has_time: bool = True  # False when the front matter gave a day only
    updated: dt.datetime | None = None
    updated_has_time: bool = True  # False when the front matter gave a day only
    publisher: str = ""
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    summary: str = ""
    subtitle: str = ""
    slug: str = ""  # normalised (see normalise_slug)
    written_slug: str = field(default="", compare=False)  # the slug as written, when normalising changed it
    draft: bool = False
    review: tuple[str, ...] = ()  # open points an editor must settle, one line each (set by ingest)
    source_url: str = ""
    seed: str = ""
    date_source: str = ""
    story: str = ""  # an editor's story id, NO_STORY to keep it out of every story, "" to let grouping decide
    duplicate_of: str = ""  # set by ingest on a copy: the file name of the article it copies
    also_at: tuple[str, ...] = ()  # set by ingest on an original: the outlets its copies came from
    url: str = ""  # output path such as '2025/01/28/slug/', from the permalink pattern
    digest: str = field(default="", compare=False)  # hash of the whole file, for change detection
    meta_digest: str = field(default="", compare=False)  # hash of the front matter alone

    def __reduce__(self) -> tuple[Callable[..., Article], tuple[Any, ...]]:
        # Pickled as its values alone: a large site's saved articles then load three times faster.
        return _article, _values(self)


_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_values = operator.attrgetter(*_FIELDS)


def _article(*values: Any) -> Article:
    """An Article from its pickled values, in field order (see Article.__reduce__). Its outlet,
    bylines and tags recur across thousands of articles: each is kept once (sys.intern), which
    spares a large site a quarter of its articles' memory (166 MB -> 126 MB at 100,000)."""
    article = object.__new__(Article)
    fields = article.__dict__
    fields.update(zip(_FIELDS, values, strict=True))
    fields["publisher"] = sys.intern(fields["publisher"])
    fields["authors"] = tuple(map(sys.intern, fields["authors"]))
    fields["tags"] = tuple(map(sys.intern, fields["tags"]))
    return article


def permalink(config: Config, when: dt.datetime, slug: str) -> str:
    path = config.permalink.format(year=f"{when.year:04d}", month=f"{when.month:02d}", day=f"{when.day:02d}", slug=slug)
    return path.lstrip("/")


def _written(value: Any) -> str:
    """A date as the front matter gives it (YAML reads 2025-01-28T15:54:00+09:00 as a datetime)."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _date_problem(key: str, value: Any, tz: dt.tzinfo, example: str = "") -> str:
    if skipped_time(value, tz):
        return f"'{key}' {_written(value)} is a time the clocks of {tz} skip (moving forward); write it with its offset"
    if out_of_range(value):
        shown = _written(value)
        return f"'{key}' {shown} is too close to the ends of the calendar: use a date {DATE_RANGE}"
    return f"'{key}' is not an ISO 8601 date: {yamlio.as_written(value)}{example}"


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def parse_review(value: Any) -> tuple[str, ...] | None:
    """`review` as a tuple of lines; None when it is neither a string nor a list of strings."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        return None
    return tuple(line for line in (item.strip() for item in items) if line)


NO_STORY = "none"


def parse_story(value: Any) -> tuple[str, str | None]:
    """(story id, problem) for `story`: a URL-safe id (normalised like a slug) or `none`."""
    if value is None:
        return "", None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return "", f"'story' must be a story id such as deepseek-r1-launch, or none, not {yamlio.as_written(value)}"
    story = normalise_slug(str(value).strip())
    if story == NO_STORY:
        return story, None
    problem = slug_problem(story)
    return story, problem and problem.replace("slug", "story id", 1)


def parse_duplicate_of(value: Any, own_name: str) -> tuple[str, str | None]:
    """(file name, problem) for `duplicate_of`: another article's file name in the same folder."""
    if value is None:
        return "", None
    name = str(value).strip() if isinstance(value, str) else ""
    if not name.endswith(".md") or unsafe_path_part(name, UNSAFE_FILE_NAME):
        written = yamlio.as_written(value)
        return "", f"'duplicate_of' must be the file name of another article, e.g. 001_abc.md, not {written}"
    if name == own_name:
        return "", "'duplicate_of' names this article itself"
    return name, None


def parse_also_at(value: Any) -> tuple[str, ...] | None:
    """`also_at` as a tuple of outlet names; None when it is neither a name nor a list of names."""
    items = parse_review(value)  # the same shape: one string or a list of strings
    return None if items is None else tuple(dict.fromkeys(items))


def _decoded(raw: bytes) -> str:
    """A file's text as articles are read: UTF-8 with or without a byte order mark, Unix line ends
    (from Windows's CRLF, or an old Mac editor's CR alone, as ingest reads seeds)."""
    return raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def _body_text(body: str) -> str:
    """The body after the front matter, as an Article holds it: one final newline, and no control
    character (invalid in HTML: the page, its search record and its word count read the same text)."""
    if yamlio.CONTROL.search(body):
        body = yamlio.CONTROL.sub("", body)
    return body.strip("\n") + "\n"


# Python-Markdown reads a list inside a list by recursion, several calls a level: nested some
# hundreds of levels deep (which no article means) it fails the page's rendering. So do items
# and quotes opened one inside another on one line: '1. 1. 1. …', '> > > …'.
MAX_LIST_DEPTH = 100
_INDENTED_ITEM = re.compile(r"^( +)(?:[-*+]|\d{1,9}[.)])[ \t]", re.MULTILINE)
_OPENED_ON_ONE_LINE = re.compile(
    rf"^[ \t]*(?:(?:>|(?:[-*+]|\d{{1,9}}[.)])(?=[ \t]))[ \t]*+){{{MAX_LIST_DEPTH + 1}}}", re.MULTILINE
)
# Python-Markdown looks for the closing bracket of each '[' through the rest of its paragraph, in a
# time that grows with the square of the paragraph's count of them: past this sum of squares
# (one paragraph of 1,000; an article has some dozens) one article would hold up the build.
MAX_BRACKET_WORK = 1_000_000


def _deepest_list_item(body: str) -> tuple[int, str] | None:
    """(the line, from the body's first, 0; how) of the first list item nested deeper than MAX_LIST_DEPTH."""
    if opened := _OPENED_ON_ONE_LINE.search(body):
        return body.count("\n", 0, opened.start()), "items or quotes opened one inside another on a line"
    if "\t" not in body and " " * (4 * MAX_LIST_DEPTH) not in body:  # (most bodies: no scan, no copy)
        return None
    body = body.expandtabs(4)
    deep = next((m for m in _INDENTED_ITEM.finditer(body) if len(m.group(1)) // 4 > MAX_LIST_DEPTH), None)
    return (body.count("\n", 0, deep.start()), "four spaces a level") if deep else None


def _bracket_heavy(body: str) -> tuple[int, int] | None:
    """(the line, from the body's first, 0; its count of '[') of the paragraph past MAX_BRACKET_WORK."""
    if body.count("[") ** 2 <= MAX_BRACKET_WORK:  # (fewer than 1,000 in all: no paragraph can pass it)
        return None
    work = count = 0
    start: int | None = None
    for i, line in enumerate([*body.split("\n"), ""]):
        if line.strip():
            start = i if start is None else start
            count += line.count("[") - line.count("\\[")
        elif start is not None:
            work += count * count
            if work > MAX_BRACKET_WORK:
                return start, count
            start, count = None, 0
    return None


def parse_article(
    path: Path, raw: bytes, config: Config, shown: str | None = None
) -> tuple[Article | None, list[Problem]]:
    """One Markdown file into an Article (without its URL), or the problems that prevent it."""
    shown = shown or display_path(path, config.root)
    try:
        text = _decoded(raw)
    except UnicodeDecodeError as exc:
        return None, [yamlio.not_utf8(shown, raw, exc)]
    split = yamlio.split_front_matter(text)
    if split is None:
        if text.lstrip("\ufeff").split("\n", 1)[0].rstrip() == "---":
            return None, [Problem(shown, 1, "the front matter opened here is never closed: add a '---' line after it")]
        return None, [Problem(shown, 1, "missing front matter: the file must start with a '---' line")]
    fm_text, body, first = split
    # An impossible date is said with the file's other problems, not alone: one run names them all.
    data, problem = yamlio.parse(fm_text, shown, first_line=2, keep_undated=True)
    if problem:
        return None, [problem]
    if not isinstance(data, dict):
        return None, [Problem(shown, 2, "front matter must be a mapping of keys to values")]
    lines: dict[str, int] = {}  # key -> line, worked out only when a problem needs one
    problems = [Problem(shown, 2 + value.line, value.why) for value in yamlio.undated(data)]

    def bad(key: str, message: str) -> None:
        if not lines:
            lines.update(yamlio.key_lines(fm_text, first_line=2))
        problems.append(Problem(shown, lines.get(key, 1), message))

    if "#" in fm_text:
        for key, value in yamlio.cut_by_comments(fm_text, ("title", "subtitle", "summary", "publisher", "author")):
            bad(
                key,
                f"'{key}' is cut at ' #' (YAML reads the rest as a comment): '{value}'; put the whole value in quotes",
            )
    for key in data:
        if key not in KNOWN_KEYS:
            bad(str(key), f"unknown front-matter key '{key}'{yamlio.did_you_mean(str(key), list(KNOWN_KEYS))}")
    for key in REQUIRED_KEYS:
        if key not in data:
            problems.append(Problem(shown, 1, f"missing required key '{key}'"))
        elif data[key] in (None, ""):  # ('title: ""', or one of control characters, which are dropped)
            bad(key, f"'{key}' must not be empty")
        elif isinstance(data[key], str) and not visible(data[key]).strip():  # (a page titled with spaces shows none)
            bad(key, f"'{key}' must not be blank (it holds only spaces or invisible characters)")
    for key in TEXT_KEYS:
        # (A slug drops its format characters, as a URL's path must: urls.normalise_slug.)
        shown_text = key in _SHOWN_KEYS and isinstance(data.get(key), str)
        if shown_text and (control := _BIDI_CONTROL.search(data[key])):
            bad(
                key,
                f"'{key}' holds a bidi control character (U+{ord(control.group()):04X}), which turns the text "
                "after it around wherever the page shows it; remove it",
            )
        if kind := yamlio.not_text(data.get(key)):
            bad(key, f"'{key}' must be text, not {kind}")

    date, has_time = parse_datetime(data.get("date"), config.tz)
    if data.get("date") not in (None, "") and date is None and not isinstance(data["date"], yamlio.Undated):
        bad("date", _date_problem("date", data["date"], config.tz, " (use e.g. 2025-01-28T15:54:00+09:00)"))
    updated, updated_has_time = parse_datetime(data.get("updated"), config.tz)
    if data.get("updated") not in (None, "") and updated is None and not isinstance(data["updated"], yamlio.Undated):
        bad("updated", _date_problem("updated", data["updated"], config.tz))
    elif updated is not None and date is not None:
        shown_updated = updated if updated_has_time else updated.date()
        if earlier(shown_updated, date if has_time else date.date()):
            bad("updated", f"'updated' {_written(data['updated'])} is earlier than 'date' {_written(data['date'])}")

    tags = data.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, (str, int, float)) for t in tags):
        bad("tags", "'tags' must be a list of names, e.g. tags: [DeepSeek, OpenAI]")
        tags = []
    # One spelling per tag: '카카오' typed on a Mac may arrive decomposed (NFD), and would make a tag of its own.
    tags = [unicodedata.normalize("NFC", str(t).strip()) for t in tags]
    for tag in dict.fromkeys(tags):
        if not tag:
            bad("tags", "a tag is empty; remove it")
        elif length := too_long(tag):  # it names a folder too (its slug, made of it: 'AI/ML' makes ai-ml)
            bad("tags", f"tag '{tag[:40]}…' {length}")

    authors = data.get("author") or []
    authors = [authors] if isinstance(authors, str) else authors
    # (A list inside the list, or a mapping, would reach feeds as Python's "['김기자', '박기자']".)
    if not isinstance(authors, list) or not all(isinstance(name, str) for name in authors):
        bad("author", "'author' must be a name or a list of names")
        authors = []

    written_slug = _text(data.get("slug")) or path.stem
    slug = normalise_slug(written_slug)
    problem = slug_problem(slug)
    if problem and not _text(data.get("slug")) and (length := too_long(slug)):
        # No 'slug:' line to shorten: the name to fix is the file's, or a line to add.
        problem = f"slug (the file name) {length}: add a shorter 'slug:' line"
    if problem:
        bad("slug", problem)

    source_url = _text(data.get("source_url"))
    # A list or a mapping is named above; a number, a truth value or a date YAML read is no address either.
    if source_url and not is_web_address(source_url) and not yamlio.not_text(data.get("source_url")):
        written = yamlio.as_written(data["source_url"])
        bad("source_url", f"'source_url' must be an http(s) address (https://…), not {written}")

    draft = data.get("draft", False)
    if not isinstance(draft, bool):
        bad("draft", "'draft' must be true or false")

    review = parse_review(data.get("review"))
    if review is None:
        # The usual slip is an unquoted `- date: ...` item, which YAML reads as a mapping.
        bad("review", "'review' must be a list of strings; quote an item holding ': ', e.g. - \"date: not printed\"")

    story, problem = parse_story(data.get("story"))
    if problem:
        bad("story", problem)
    duplicate_of, problem = parse_duplicate_of(data.get("duplicate_of"), path.name)
    if problem:
        bad("duplicate_of", problem)
    also_at = parse_also_at(data.get("also_at"))
    if also_at is None:
        bad("also_at", "'also_at' must be an outlet name or a list of them, e.g. also_at: [연합뉴스, Daum]")

    if (deep := _deepest_list_item(body)) is not None:
        problems.append(
            Problem(
                shown,
                first + deep[0],
                f"a list nested more than {MAX_LIST_DEPTH} levels deep ({deep[1]}), which Markdown cannot"
                " render: nest it less",
            )
        )
    if (heavy := _bracket_heavy(body)) is not None:
        problems.append(
            Problem(
                shown,
                first + heavy[0],
                f"a paragraph with {heavy[1]:,} '[' (Markdown's mark of a link), whose rendering time grows with"
                " the square of their count (ten thousand take minutes): write them as '\\[' or split the paragraph",
            )
        )
    if problems or date is None:
        return None, problems
    return (
        Article(
            source=shown,
            title=_text(data["title"]),
            date=date,
            has_time=has_time,
            body=_body_text(body),
            updated=updated,
            updated_has_time=updated_has_time,
            publisher=_text(data.get("publisher")),
            authors=tuple(_text(a) for a in authors if _text(a)),
            tags=tuple(dict.fromkeys(tags)),
            summary=_text(data.get("summary")),
            subtitle=_text(data.get("subtitle")),
            slug=slug,
            written_slug=written_slug if written_slug != slug else "",
            draft=draft,
            review=review or (),
            source_url=source_url,
            seed=_text(data.get("seed")),
            date_source=_text(data.get("date_source")),
            story=story,
            duplicate_of=duplicate_of,
            also_at=also_at or (),
            url=permalink(config, date, slug),
            digest=hashlib.sha1(raw).hexdigest(),
            meta_digest=hashlib.sha1(fm_text.encode()).hexdigest(),
        ),
        [],
    )


# ParseCache: pickles per cache, whatever the site's size. A page names a dozen articles (its
# neighbours, related ones), each most often in another bucket: at 100,000 articles a bucket of
# 50 unpickles in half a millisecond.
BUCKETS = 2048


FileStat = tuple[int, int, int, int]  # a file's last change (ns), size, inode and device: file_stat()


@dataclass
class ParseCache:
    """Parsed articles by file name, each trusted while its file keeps the modification time and
    size it was parsed at (`stats`). A large site's 100,000 articles take seconds to pickle and
    unpickle, and a rebuild after an edit needs few of them: so they are kept pickled in BUCKETS
    pickles by a hash of the name, a bucket unpickled when one of its articles is asked for, and
    saving pickles again only the buckets that changed. Bodies are never pickled."""

    stats: dict[str, FileStat] = field(default_factory=dict)  # file name -> file_stat()
    packed: dict[int, bytes] = field(default_factory=dict)  # bucket -> pickled {name: article}
    opened: dict[int, dict[str, Article]] = field(default_factory=dict, repr=False)
    dirty: set[int] = field(default_factory=set, repr=False)  # opened buckets changed since packed
    # Not pickled: the listing `refresh` last brought this cache up to date with, in this process,
    # and its names left out (files with problems), for a Relisted made from that listing.
    listed: Listing | None = field(default=None, repr=False, compare=False)
    unparsed: tuple[str, ...] = field(default=(), repr=False, compare=False)
    racy: frozenset[str] = field(default=frozenset(), repr=False, compare=False)  # read too soon after a change

    def get(self, name: str) -> Article | None:
        return self._bucket(_bucket_of(name)).get(name)

    def put(self, name: str, stat: FileStat, article: Article) -> None:
        bucket = _bucket_of(name)
        self._bucket(bucket)[name] = article
        self.stats[name] = stat
        self.dirty.add(bucket)

    def drop(self, name: str) -> None:
        bucket = _bucket_of(name)
        self._bucket(bucket).pop(name, None)
        self.stats.pop(name, None)
        self.dirty.add(bucket)

    def copy(self) -> ParseCache:
        """A copy to change while this one stays as it is (a failed rebuild keeps the last state)."""
        opened = {bucket: dict(items) for bucket, items in self.opened.items()}
        return ParseCache(
            dict(self.stats), dict(self.packed), opened, set(self.dirty), self.listed, self.unparsed, self.racy
        )

    def _bucket(self, bucket: int) -> dict[str, Article]:
        items = self.opened.get(bucket)
        if items is None:
            packed = self.packed.get(bucket)
            items = self.opened[bucket] = pickle.loads(packed) if packed else {}
        return items

    def __getstate__(self) -> dict[str, Any]:
        for bucket in self.dirty:
            items = {
                name: a if a.body is None else dataclasses.replace(a, body=None)
                for name, a in self.opened[bucket].items()
            }
            self.packed[bucket] = pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL)
        self.dirty = set()
        return {"stats": self.stats, "packed": self.packed, "opened": {}, "dirty": set()}


# A file read within this long of its last change may change again within one tick of a coarse
# clock (a second on ext3 and network mounts, two on FAT) and keep its Stat: such a Stat is not
# trusted (git's "racy clean" rule), and the next build reads the file again.
RACY_NS = 2_000_000_000
UNTRUSTED = -1  # the size of an untrusted Stat: no file's


def clock(config: Config) -> int:
    """Now, for the racy rule: the earlier of this process's clock and the one that dates the articles'
    files, read in the cache folder when it is on their file system. A network mount's server may run
    behind: a file saved twice in one of its seconds, read between, is then racy still."""
    try:
        same = config.cache_dir.stat().st_dev == (config.content_dir / "articles").stat().st_dev
    except OSError:  # (no cache folder yet: this process's clock)
        same = False
    return file_system_now(config.cache_dir) if same else time.time_ns()


def file_system_now(folder: Path) -> int:
    """The earlier of this process's clock and the clock of the file system `folder` is on (a new file's
    time there), which dates what changes on it; this process's alone when no file can be made there."""
    now = time.time_ns()
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            return min(now, os.fstat(probe.fileno()).st_mtime_ns)
    except OSError:
        return now


def _trusted(found: FileStat, read_at: int) -> FileStat:
    return found if read_at - found[0] >= RACY_NS else (found[0], UNTRUSTED, *found[2:])


def _bucket_of(name: str) -> int:
    return zlib.crc32(name.encode()) % BUCKETS


def key_line(path: Path, key: str) -> int | None:
    """The line of `key` in an article's front matter, read again for a problem found after the
    article was parsed (a tag the site knows by another spelling)."""
    try:
        split = yamlio.split_front_matter(_decoded(path.read_bytes()))
    except (OSError, UnicodeDecodeError):
        return None
    return yamlio.key_lines(split[0], first_line=2).get(key) if split else None


# What a build says of a source saved again or deleted while it ran (an editor's save): the
# next build, which the preview starts on its own, reads it as it is then.
CHANGED = "changed while the site was built; nothing in the output folder was changed: build again"
VANISHED = "deleted or renamed while the site was built; nothing in the output folder was changed: build again"


def with_body(article: Article, config: Config) -> Article:
    """`article` with its body, read again from its file when it was kept without one. A file
    that changed since its fields were read fails the build: its new text on its own page, the
    old one on the pages listing it, would publish a site no build of one moment makes."""
    if article.body is not None:
        return article
    raw = (config.root / article.source).read_bytes()
    if hashlib.sha1(raw).hexdigest() != article.digest:  # (before decoding: the new bytes may be any)
        raise SiteError([Problem(article.source, None, CHANGED)])
    split = yamlio.split_front_matter(_decoded(raw))
    assert split is not None  # (these bytes were read as an article when the build began)
    return dataclasses.replace(article, body=_body_text(split[1]))


def load_articles(config: Config) -> tuple[list[Article], list[Problem]]:
    """Every article under content/articles, with its body, and the problems of the files that are bad."""
    cache = ParseCache()
    names, _, problems = refresh(config, cache, bodies=True)
    return [article for article in map(cache.get, names) if article is not None], problems


Listing = dict[str, FileStat]  # article file name -> file_stat(), in name order


def file_stat(info: os.stat_result) -> FileStat:
    """(last change, size, inode, device) of a file: the later of its mtime and ctime, so that an edit whose
    mtime was put back (`touch -d`, `cp -p`, a tar or a backup restored) still counts as one; and where it is,
    so that a link turned to another file as old and as long does too (or a drive swapped under it)."""
    return max(info.st_mtime_ns, info.st_ctime_ns), info.st_size, info.st_ino, info.st_dev


@dataclass(frozen=True)
class Relisted:
    """A listing made from the last one, `base`, by looking again at `names` alone (each in both):
    what the preview knows from its snapshots, so that a rebuild of 100,000 articles need not
    compare every file's stat with its parsed copy's (a twentieth of a second)."""

    listing: Listing
    base: Listing
    names: frozenset[str]


def list_articles(config: Config) -> Listing:
    folder = config.content_dir / "articles"
    if not folder.is_dir():
        return {}
    # stat() relative to the open folder: a large site's 100,000 files in a third of a second,
    # where DirEntry.stat takes half a second more; which of them are files is found from it too.
    fd = os.open(folder, os.O_RDONLY)
    try:
        listing = {}
        broken = []
        names = article_names(os.listdir(fd))
        try:
            "".join(names).encode()  # one look at 100,000 names: a Path for each costs a fifth of a second
        except UnicodeEncodeError:
            raise SiteError(
                [problem for name in names if (problem := name_problem(folder / name, config.root))]
            ) from None
        for name in names:
            try:
                info = os.stat(name, dir_fd=fd)
            except OSError as exc:  # removed since the folder was read (an editor saving), or a link
                if problem := _broken_link(folder, name, fd, exc, config):
                    broken.append(problem)
                continue
            if stat.S_ISREG(info.st_mode):
                listing[name] = file_stat(info)
        if broken:
            raise SiteError(broken)
        return listing
    finally:
        os.close(fd)


def broken_links(config: Config, names: Iterable[str] | None = None) -> list[Problem]:
    """The articles among `names` (all in content/articles when None) that are links leading
    nowhere: the preview's snapshot has no file there, and must stop on them as `build` does."""
    folder = config.content_dir / "articles"
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # no articles folder: no link in it
        return []
    try:
        found = []
        for name in article_names(os.listdir(fd)) if names is None else names:
            try:
                os.stat(name, dir_fd=fd)
            except OSError as exc:
                if problem := _broken_link(folder, name, fd, exc, config):
                    found.append(problem)
        return found
    finally:
        os.close(fd)


def _broken_link(folder: Path, name: str, fd: int, exc: OSError, config: Config) -> Problem | None:
    """An article that is a link leading nowhere, which its stat (`exc`) failed to follow: an
    error, as its page would leave the site (a drive not mounted); None when the name is gone."""
    try:
        target = os.readlink(name, dir_fd=fd)
    except OSError:  # no link: removed since the folder was read
        return None
    if exc.errno == errno.ELOOP:
        return Problem(display_path(folder / name, config.root), None, "a loop of links; link it to the article's file")
    reason = f"a link to {target}, which is not there (a drive not mounted?); restore it, or delete the link"
    return Problem(display_path(folder / name, config.root), None, reason)


def _not_an_article(name: str) -> str | None:
    """Why a Markdown file that is not named *.md is not read ('003.MD', as Windows may save it,
    'x.markdown'), or None for any other name (an image, ingest's '*.md.orig')."""
    suffix = os.path.splitext(name)[1]
    if suffix.lower() == ".md" and suffix != ".md":
        return "not read: an article's name ends in .md (lower case)"
    if suffix.lower() == ".markdown":
        return "not read: an article's name ends in .md"
    return None


def _holds_articles(folder: str, depth: int = 3) -> bool:
    """Whether `folder` holds articles, or a folder in it does, `depth` folders down at most: a
    year's and a month's folders ('2025/01/'), a project's copied into it ('content/articles/'),
    not a walk through every folder of images."""
    with os.scandir(folder) as entries:
        listed = list(entries)
    if article_names(entry.name for entry in listed):
        return True
    return depth > 1 and any(
        _holds_articles(entry.path, depth - 1)
        for entry in listed
        if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
    )


def unread(config: Config) -> list[Problem]:
    """What in content/articles looks like an article but is never read, each named: a *.md that
    is no file (a folder, a broken link, a loop of links), a Markdown file named otherwise
    ('003.MD', 'x.markdown') and a folder holding *.md files."""
    folder = config.content_dir / "articles"
    shown = display_path(folder, config.root)
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    is_file, is_dir = entry.is_file(), entry.is_dir()
                    holds_articles = is_dir and _holds_articles(entry.path)
                    gone = entry.is_symlink() and not os.path.exists(entry.path)
                except OSError:  # a loop of links, or gone while looked at
                    is_file = is_dir = holds_articles = False
                    gone = True
                if article_names([entry.name]) and not is_file and not gone:  # (a link leading nowhere: an error)
                    reason = "a folder, not a file" if is_dir else "not a file (a pipe or a device)"
                    found.append(Problem(f"{shown}/{entry.name}", None, f"{reason}; not read"))
                elif holds_articles:
                    reason = f"articles in folders are not read; move them into {shown}/"
                    found.append(Problem(f"{shown}/{entry.name}/", None, reason))
                elif is_file and (reason := _not_an_article(entry.name)):
                    found.append(Problem(f"{shown}/{entry.name}", None, reason))
    except OSError:  # no articles folder: nothing passed over
        pass
    beside: list[str] = []
    if config.content_dir != config.root:  # (a project whose content is its own folder holds README.md)
        try:
            with os.scandir(config.content_dir) as entries:
                beside = [entry.name for entry in entries if article_names([entry.name]) and entry.is_file()]
        except OSError:
            pass
    above = display_path(config.content_dir, config.root)
    found += [Problem(f"{above}/{name}", None, f"not read: articles go in {shown}/") for name in beside]
    return sorted(found)


def refresh(
    config: Config,
    cache: ParseCache,
    jobs: int = 1,
    bodies: bool = False,
    listing: Listing | Relisted | None = None,
) -> tuple[list[str], dict[str, Article | None], list[Problem]]:
    """Brings `cache` up to date with content/articles (as `listing` found it, when given),
    parsing on `jobs` cores only the files whose modification time or size changed. (every
    article's file name in order, the cached article each changed name had before (None: a new
    file), the problems found.) A file with problems leaves the cache; so does a file that is gone."""
    folder = config.content_dir / "articles"
    relisted = listing if isinstance(listing, Relisted) else None
    stats = relisted.listing if relisted else list_articles(config) if listing is None else listing
    if relisted and cache.listed is relisted.base:
        # Every other name's stat is the one the cache was brought up to date with; a file that
        # had problems then is read again, to say them again. (article_names sorts plainly.)
        maybe = sorted(relisted.names.union(cache.unparsed, cache.racy))
        fresh = [name for name in maybe if stats[name] != cache.stats.get(name)]
    else:
        # Compared in C: a loop in Python would cost a rebuild of 100,000 articles a tenth of a second.
        fresh = list(compress(stats, map(operator.ne, stats.values(), map(cache.stats.get, stats))))
    shown_folder = display_path(folder, config.root)

    def parse(name: str) -> tuple[Article | None, list[Problem]]:
        path, shown = folder / name, f"{shown_folder}/{name}"
        problem = too_big(stats[name][1], config.max_file_size)
        if problem:
            return None, [Problem(shown, None, problem)]
        try:
            raw = path.read_bytes()
        except FileNotFoundError:  # removed since it was listed (an editor saving): gone, as the next build will see
            return None, []
        article, problems = parse_article(path, raw, config, shown)
        return (article if bodies or article is None else dataclasses.replace(article, body=None)), problems

    read_at = clock(config)  # before the reads: the earlier, the more files counted as racy
    parsed = parallel.fork_map(parse, fresh, jobs)
    problems: list[Problem] = []
    before: dict[str, Article | None] = {}
    racy = set(cache.racy)
    for name, (article, found) in zip(fresh, parsed, strict=True):
        problems += found
        before[name] = cache.get(name)
        racy.discard(name)
        if article is not None:
            trusted = _trusted(stats[name], read_at)
            cache.put(name, trusted, article)
            if trusted[1] == UNTRUSTED:
                racy.add(name)
        else:
            cache.drop(name)
    # Every name listed but not parsed again is in the cache already (its Stat is the cache's):
    # when the cache holds no more than those and the new ones, no name is gone, found without
    # a set of 100,000 names.
    held = len(stats) - sum(name not in cache.stats for name in fresh)
    for gone in cache.stats.keys() - stats.keys() if len(cache.stats) != held else ():
        before[gone] = cache.get(gone)
        cache.drop(gone)
    # The cache holds no name the listing lacks: of equal size, it holds every one.
    names = list(stats) if len(cache.stats) == len(stats) else [name for name in stats if name in cache.stats]
    cache.listed = stats
    cache.racy = frozenset(name for name in racy if name in cache.stats)
    cache.unparsed = () if len(names) == len(stats) else tuple(name for name in stats if name not in cache.stats)
    return names, before, problems
