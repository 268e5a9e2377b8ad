"""What a build leaves for the next one: the plan, each file's input fingerprint and hash,
and the parsed articles. Kept in memory by `serve`, pickled to .cache/ by `build`."""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import functools
import hashlib
import io
import operator
import os
import pickle
import sys
import tempfile
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain, compress, count
from pathlib import Path
from typing import Any

from . import code_digest
from .config import CACHE_DIR, Config
from .content import ParseCache
from .errors import Problem
from .library import Dated, Mention, Ref
from .search import SearchState
from .stories import Story
from .taxonomy import Tag
from .write import Shadow, Stat

CHUNK = 64  # pages per pickle: an edit unpickles the few chunks holding the pages it renders
OPEN_CHUNKS = 2  # unpickled chunks kept at once: pages are taken in plan order, and a chunk of listings holds 100 MB


@dataclass
class Plan:
    """The site's pages with what each depends on; reused while the site's structure stands.

    The pages' contexts, and apart from them the articles each names, are kept pickled, CHUNK
    pages to a pickle (pages near each other in the plan share their article Refs and tags,
    which pickle's memo then writes once), and unpickled only when a page's inputs must be
    worked out again or it renders: a large site's contexts take several times the memory
    unpickled, and an edit needs a few. A plan just made in this process may hold them as they
    are instead (`live`), pickled only when saved."""

    structure: str  # hash of everything the plan was made from
    paths: list[str]
    templates: list[str]
    contexts: list[str]  # per page: fingerprint of its context, with articles by name
    warnings: list[Problem]
    tags: dict[str, Tag]  # every tag with a page: the search index shows their labels
    packed: list[bytes]  # per CHUNK pages: their contexts
    packed_named: list[bytes]  # per CHUNK pages: the articles each names, as (source, shows body)
    users: dict[str, bytes]  # article source -> the pages that name it, as an array("i")'s bytes (see pages_naming)
    live: tuple[list[dict[str, Any]], list[Named]] | None = None  # (contexts, named) not packed yet
    ahead: Dated = field(default_factory=list)  # warnings said while they hold: library.dated_ahead
    # The plan this one was made after, whose packed chunks it may take (pack_pages) until it is packed.
    base: Plan | None = field(default=None, repr=False)
    _open: dict[int, list[dict[str, Any]]] = field(default_factory=dict, repr=False)
    _named: dict[int, list[Named]] = field(default_factory=dict, repr=False)
    _positions: dict[str, int] | None = field(default=None, repr=False)

    def positions(self) -> dict[str, int]:
        """Each page's path -> its position; made once per plan in a process (the preview reuses
        a plan for many rebuilds, and 100,000 pages take a few hundredths of a second)."""
        if self._positions is None:
            self._positions = dict(zip(self.paths, range(len(self.paths)), strict=True))  # in C
        return self._positions

    def context(self, index: int) -> dict[str, Any]:
        if self.live is not None:
            return self.live[0][index]
        return _unpacked(self._open, self.packed, index)

    def pages_naming(self, source: str) -> list[tuple[int, bool]]:
        """The pages that name the article `source`, each with whether it shows the article's body.
        Kept as bytes, a page i as 2i + shows body: a list of numbers per article would make
        loading a large site's plan take most of a second."""
        found = array("i")
        found.frombytes(self.users.get(source, b""))
        return [(code >> 1, bool(code & 1)) for code in found]

    def named(self, index: int) -> Named:
        """The articles page `index` names: (source, shows body)."""
        if self.live is not None:
            return self.live[1][index]
        sources, shows = _unpacked(self._named, self.packed_named, index)
        return tuple(zip(sources.split("\0"), map(bool, shows), strict=True)) if shows else ()

    def __getstate__(self) -> dict[str, Any]:
        if self.live is not None:
            self.packed, self.packed_named = pack_pages(self, *self.live)
            self.live = None
        self.base = None
        return {**self.__dict__, "_open": {}, "_named": {}, "_positions": None}


Named = tuple[tuple[str, bool], ...]


def _unpacked(open_chunks: dict[int, list[Any]], packed: list[bytes], index: int) -> Any:
    """Item `index` of a packed list, its chunk kept among the OPEN_CHUNKS most recently used."""
    chunk = index // CHUNK
    items = open_chunks.pop(chunk, None)
    if items is None:
        items = pickle.loads(zlib.decompress(packed[chunk]))
        if len(open_chunks) >= OPEN_CHUNKS:
            del open_chunks[next(iter(open_chunks))]
    open_chunks[chunk] = items  # the most recently used last
    return items[index % CHUNK]


def pack(items: list[Any]) -> list[bytes]:
    """Plan.packed or Plan.packed_named for these pages' contexts or named articles, their Refs as
    Mentions. Compressed: pages repeat the same names, tags and dates, and 100,000 articles' plan
    is otherwise half a gigabyte to hold, save and load."""
    packed = []
    for at in range(0, len(items), CHUNK):
        out = io.BytesIO()
        _Packer(out, pickle.HIGHEST_PROTOCOL).dump(items[at : at + CHUNK])
        packed.append(zlib.compress(out.getbuffer(), 1))
    return packed


class _Packer(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is Ref:
            return Mention, ((obj.source, obj.body),)
        return NotImplemented


def pack_pages(plan: Plan, contexts: list[dict[str, Any]], named: list[Named]) -> tuple[list[bytes], list[bytes]]:
    """(packed, packed_named) for `plan`'s pages. A chunk whose pages are those of the same chunk
    of `plan.base` (paths, templates, context fingerprints and the articles each names) takes
    that chunk's bytes: rendering reads of a Ref only the article's name and whether the page
    shows its body, so those contexts render alike. After an edit of one article's tags the
    plan is made again, but few of its chunks change, and pickling every context is most of
    the cost of saving a large site's plan."""
    base = plan.base
    packed, packed_named = [], []
    for chunk, at in enumerate(range(0, len(contexts), CHUNK)):
        pages = range(at, min(at + CHUNK, len(contexts)))
        if (
            base is not None
            and chunk < len(base.packed)
            and min(at + CHUNK, len(base.paths)) == pages.stop
            and all(
                (plan.paths[i], plan.templates[i], plan.contexts[i])
                == (base.paths[i], base.templates[i], base.contexts[i])
                for i in pages
            )
            and [named[i] for i in pages] == [base.named(i) for i in pages]
        ):
            packed.append(base.packed[chunk])
            packed_named.append(base.packed_named[chunk])
        else:
            packed += pack(contexts[at : pages.stop])
            # A listing names a thousand articles: kept as one string and one bytes a page, so
            # that finding the pages an edit renders unpickles 64 of them, not 64,000 tuples.
            packed_named += pack([("\0".join(s for s, _ in n), bytes(b for _, b in n)) for n in named[at : pages.stop]])
    return packed, packed_named


def users(named: list[Named]) -> dict[str, bytes]:
    """Plan.users: article source -> the pages that name it (see Plan.pages_naming)."""
    found: dict[str, array] = defaultdict(lambda: array("i"))
    for i, sources in enumerate(named):
        for source, body in sources:
            found[source].append(i * 2 + body)
    return {source: pages.tobytes() for source, pages in found.items()}


@dataclass
class BuildState:
    key: str = ""  # hash of config, templates and code: every page depends on all of it
    inputs: dict[str, str] = field(default_factory=dict)  # output path -> fingerprint of its inputs
    hashes: dict[str, str] = field(default_factory=dict)  # output path -> hash of the bytes written
    sizes: dict[str, int] = field(default_factory=dict)  # output path -> bytes written
    parsed: ParseCache = field(default_factory=ParseCache)  # articles by file, to skip re-reading them
    parsed_for: str = ""  # digest of the settings `parsed` was made under
    digests: dict[str, tuple[str, str]] = field(default_factory=dict)  # source -> (front matter, file) hashes
    plan: Plan | None = None
    stories: tuple[str, tuple[Story, ...]] = ("", ())  # (key of what grouping read, its stories): site.group_stories
    plan_structure: str = ""  # structure of the plan saved beside this state (set by `save`)
    sources: list[str] = field(default_factory=list)  # published articles, newest first (site.Made)
    places: list[str] = field(default_factory=list)  # per source: "url:date:tags with a page" (site.Made)
    ranks: list[int] = field(default_factory=list)  # per source: its place among the published (site.Made)
    parts: tuple[str, str] = ("", "")  # library structure and grouping hash (site.Made)
    search_key: str = ""  # search.layout_key() of the sources (site.Made)
    search_hashes: dict[str, str] = field(default_factory=dict)  # search file -> hash of its text
    # The search index's own state is large and only needed when an article changed, so the
    # command line keeps it in a file of its own and loads it on demand (see load_search).
    search: SearchState | None = None
    search_updated: bool = False
    bodies: dict[str, bool] = field(default_factory=dict)  # template -> whether it shows bodies, under `key`
    shadow: Shadow | None = None  # what the output's shadow folder holds (write.publish); None: no shadow to trust
    extras: frozenset[str] = frozenset()  # files a user put in the output, kept there (write.publish)
    folders: list[str] = field(default_factory=list)  # the output's folders, relative ('' itself), as stamped
    site_folders: list[str] = field(default_factory=list)  # those of the site's files (write.folders_of), sorted
    stamp: str = ""  # write.stamp of `folders` after the build ('': look into the output next time)
    # Where the command line loaded this state and the search index from: saving writes only
    # what changed since (see Journal). Not saved.
    journal: Journal | None = None
    search_loaded: tuple[SearchState, Journal] | None = None  # the index as loaded, `search` made from it
    shadow_stats: ShadowStats | None = None  # the shadow's folders as last found (site._known_stats): a file of its own

    def same_as(self, other: BuildState | None) -> bool:
        """Nothing a later build needs differs: saving this state again would be wasted work."""
        return (
            other is not None
            and self.key == other.key
            and self.plan is other.plan
            and self.stories[0] == other.stories[0]
            and self.inputs == other.inputs
            and self.hashes == other.hashes
            and not self.search_updated
            and self.shadow == other.shadow
            and self.stamp == other.stamp
            and self.parsed.stats == other.parsed.stats
        )


@dataclass
class Quick:
    """What a command-line build with nothing to do needs, in a file of its own: the key of
    every input (site.inputs_key) and the output's stamp (write.stamp) the last build left, and
    what it reported. Loading the whole state would cost seconds on a large site."""

    key: str
    folders: list[str]
    stamp: str
    articles: int
    outputs: int
    size: int
    warnings: list[Problem]
    excerpts: int  # BuildResult's
    ahead: Dated = field(default_factory=list)  # BuildResult's


# The shadow's folders as a build found them when they were the output: (the inode of the
# folder, its folders, their Stats). Written whole by every build that changes them: they
# change whole, as the output and the shadow change places.
ShadowStats = tuple[int, list[str], list[Stat]]


@dataclass
class Journal:
    """A state file as `_load_journaled` found it. A large site's state is some 200 MB and an
    article edit changes a few hundred KB of it, so a state is kept as a base file, written
    whole now and then, and a journal of the changes made since, rewritten by every save. The
    journal names its base by a random token, and only a base its journal names is trusted:
    removing the journal (`forget`) is enough to distrust the state."""

    token: bytes
    size: int  # bytes of the base file
    records: list[bytes]  # pickled changes (see _changes), oldest first


COMPACT = 4  # the base is written whole again once the journal outgrows a quarter of it


def state_file(config: Config, kind: str = "build") -> Path:
    """One state per output folder, so builds to different folders never mix."""
    name = hashlib.sha1(str(config.output_dir).encode()).hexdigest()[:16]
    return config.cache_dir / f"{kind}-{name}.pickle"


# Every cache file: MAGIC, the code_digest, a CRC-32 of the digest and the payload, then the
# pickled payload. A file that fails any check (a flipped bit, a cut-off write, other code) is not
# trusted. The checksum covers the digest, so a flipped bit there is not taken for an upgrade.
MAGIC = b"ai-timeline-cache 2\n"
OLD_MAGIC = (b"ai-timeline-cache\n",)  # files of older formats: another version's, not damaged


@contextlib.contextmanager
def locked(config: Config) -> Iterator[None]:
    """Hold the output folder's lock: two builds of one project to one folder run one after
    the other, never interleaved (each would trust a state the other is replacing)."""
    with _held(state_file(config).with_suffix(".lock"), config.output_dir):
        yield


def cache_writable(config: Config) -> bool:
    """Whether the cache folder can be written (made if missing). A read-only checkout, or a
    .cache another user's build made (a container run as root), cannot: a build then goes
    without its state rather than stopping."""
    folder = config.cache_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK | os.X_OK)


@contextlib.contextmanager
def output_locked(output: Path) -> Iterator[None]:
    """Hold the lock beside the output folder: builds of two projects (or of two copies of one)
    to one folder run one after the other, never writing a mix of two sites."""
    output = output.resolve()
    with _held(output.parent / f".{output.name}.build.lock", output):
        yield


@contextlib.contextmanager
def _held(path: Path, output: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another build of {output} to finish", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def preview_lock(output: Path) -> io.TextIOWrapper | None:
    """The lock a preview holds on its output folder while it runs (closing it lets go), or
    None when another preview holds it: two would each take the folder for their own. It lies
    beside the folder, which previews of two projects may share (`--output /tmp/site`)."""
    path = _preview_lock_path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


def preview_lock_kept(handle: io.TextIOWrapper, output: Path) -> io.TextIOWrapper | None:
    """The preview's lock still in force: `handle` while its file is the one beside the folder.
    A file deleted (with the .cache folder that holds both) locks nothing a second preview can
    see, so it is taken again at once, `handle` let go; None when another preview took it first."""
    with contextlib.suppress(OSError):
        if os.path.samestat(_preview_lock_path(output).stat(), os.fstat(handle.fileno())):
            return handle
    try:
        renewed = preview_lock(output)
    except OSError:
        return handle  # a folder it cannot make again: the build that follows says so
    handle.close()
    return renewed


def _preview_lock_path(output: Path) -> Path:
    output = output.resolve()
    return output.parent / f".{output.name}.serve.lock"


def _checksum(digest: bytes, payload: bytes | memoryview) -> bytes:
    # CRC-32, as zip and PNG use against damage: a tenth of SHA-256's time, and a large site's
    # edit reads and writes some 300 MB of state.
    return zlib.crc32(payload, zlib.crc32(digest)).to_bytes(4, "big")


def _read(path: Path) -> Any:
    try:
        data = path.read_bytes()
    except OSError:
        return None  # no cache yet: build everything
    start = len(MAGIC)
    digest, checksum = data[start : start + 8], data[start + 8 : start + 12]
    # A view, not a copy: a large site's plan and index are 100 MB each.
    payload = memoryview(data)[start + 12 :]
    if data.startswith(OLD_MAGIC):
        _other_code()
        return None
    if not data.startswith(MAGIC) or _checksum(digest, payload) != checksum:
        # A note, not a warning: the build makes that part again, and the site comes out the same;
        # the summary's count of warnings is of the site's problems.
        print(f"note: {CACHE_DIR}/{path.name} is damaged; not used", file=sys.stderr)
        return None
    if digest != code_digest():
        _other_code()
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # noqa: BLE001 - a class that moved since: the cache is just stale
        return None


@functools.cache
def _other_code() -> None:
    # After an upgrade every cache file is another code's: one line says so, not one per file,
    # and it is no warning of damage.
    print(f"{CACHE_DIR}/ was written by another version of ai-timeline: not used; this build makes everything")


def _pickled(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _write(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = _pickled(value)
    # A name of this run's own, so two builds at once never write into each other's file.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + code_digest() + _checksum(code_digest(), payload) + payload)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):  # (a folder in the file's place: the save fails, leaving nothing)
            os.unlink(temp)
        raise


_SAME = ("same",)


def _changes(old: Any, new: Any) -> tuple[Any, ...]:
    """What turns `old` into `new` (see _apply): the items of a dict and the places of a list
    that differ, field by field through objects; anything else whole."""
    if old is new:
        return _SAME
    if type(old) is not type(new):
        return ("whole", new)
    if isinstance(new, dict):
        return _dict_changes(old, new)
    if isinstance(new, list) and len(new) == len(old):
        at = {i: new[i] for i in compress(range(len(new)), map(operator.ne, old, new))}
        return ("at", at) if at else _SAME
    if dataclasses.is_dataclass(new) and not new.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        before, after = old.__getstate__(), new.__getstate__()  # what pickling them would keep
        if before.keys() != after.keys():  # a class that gained a field since
            return ("whole", new)
        fields = {name: c for name, value in after.items() if (c := _changes(before[name], value)) != _SAME}
        return ("fields", fields) if fields else _SAME
    return _SAME if old == new else ("whole", new)


def changed_keys(old: Mapping[Any, Any], new: Mapping[Any, Any]) -> list[Any]:
    """The keys of `new` that `old` lacks or holds another value for, in `new`'s order. In C
    when both hold the same keys in the same order, as a rebuild's do: a large site's dicts hold
    100,000 items."""
    keys = list(new)
    if keys == list(old):
        # A value that is the same object is equal: only the others are compared, since comparing
        # reads each value's memory, which costs a large dict most of the time it takes.
        maybe = list(compress(keys, map(operator.is_not, old.values(), new.values())))
        return list(compress(maybe, map(operator.ne, map(old.__getitem__, maybe), map(new.__getitem__, maybe))))
    missing = object()
    return [k for k, v in new.items() if old.get(k, missing) != v]


def _dict_changes(old: dict[Any, Any], new: dict[Any, Any]) -> tuple[Any, ...]:
    keys = list(new)
    put = {k: new[k] for k in changed_keys(old, new)}  # in `new`'s order
    if keys == list(old):
        return ("items", put, [], []) if put else _SAME
    gone = [k for k in old if k not in new]
    # Keys must come back in `new`'s order, an order someone iterates being part of the value.
    # _apply leaves kept keys where they were and new ones last; from the first key where that
    # differs, the keys are moved to the end in order. A file added before the last (the build's
    # marker) moves two keys, where the whole dict is 100,000.
    order = [k for k in old if k in new] + [k for k in put if k not in old]
    start = next(compress(count(), map(operator.ne, order, keys)), len(keys))
    if (len(keys) - start) * 2 > len(keys):
        return ("whole", new)
    return ("items", put, gone, keys[start:])


def _apply(value: Any, change: tuple[Any, ...]) -> Any:
    """`value` changed by `change`, in place where it can be."""
    kind = change[0]
    if kind == "whole":
        return change[1]
    if kind == "items":
        value.update(change[1])
        for key in change[2]:
            del value[key]
        for key in change[3]:
            value[key] = value.pop(key)
    elif kind == "at":
        for index, item in change[1].items():
            value[index] = item
    elif kind == "fields":
        for name, inner in change[1].items():
            setattr(value, name, _apply(getattr(value, name), inner))
    return value


def _load_journaled(config: Config, kind: str) -> tuple[Any, Journal] | None:
    journal = _read(state_file(config, f"{kind}-journal"))
    if not (isinstance(journal, tuple) and len(journal) == 2):
        return None
    token, records = journal
    path = state_file(config, kind)
    base = _read(path)
    if not (isinstance(base, tuple) and len(base) == 2 and base[0] == token):
        return None  # a base written after the journal (a build stopped in between): neither is trusted
    value = base[1]
    try:
        for record in records:
            value = _apply(value, pickle.loads(record))
    except Exception:  # noqa: BLE001 - a record of another shape: the state is just stale
        return None
    return value, Journal(token, path.stat().st_size, records)


def _save_journaled(config: Config, kind: str, value: Any, loaded: Any, journal: Journal | None) -> None:
    """Save `value`, which was made from `loaded` (as `journal` found it on disk): one record
    more in the journal while it stays small beside its base, else a new base."""
    if journal is not None and loaded is not None:
        change = _changes(loaded, value)
        path = state_file(config, f"{kind}-journal")
        if change == _SAME and path.is_file():  # the journal on disk says it all (`forget` removes it)
            return
        records = journal.records if change == _SAME else [*journal.records, _pickled(change)]
        if sum(map(len, records)) * COMPACT <= journal.size:
            _write(path, (journal.token, records))
            return
    token = os.urandom(16)
    _write(state_file(config, kind), (token, value))
    _write(state_file(config, f"{kind}-journal"), (token, []))


def load(config: Config) -> BuildState | None:
    loaded = _load_journaled(config, "build")
    state = loaded[0] if loaded else None
    if not isinstance(state, BuildState):
        return None
    assert loaded is not None
    state.journal = loaded[1]
    state.shadow_stats = _unpacked_stats(_read(state_file(config, "stamps")))
    plan = _read(state_file(config, "plan"))
    # The plan has a file of its own, rewritten only when the site's structure changes; a
    # plan that is not the one this state was saved with is left out and made again.
    state.plan = plan if isinstance(plan, Plan) and plan.structure == state.plan_structure else None
    return state


def _packed_stats(stats: ShadowStats | None) -> tuple[int, str, bytes] | None:
    """ShadowStats as one string and one bytes: 115,000 tuples take a tenth of a second to pickle."""
    if not stats:
        return None
    try:
        return stats[0], "\0".join(stats[1]), array("Q", chain.from_iterable(stats[2])).tobytes()
    except OverflowError:  # a time before 1970: looked up again next time
        return None


def _unpacked_stats(packed: Any) -> ShadowStats | None:
    if not (isinstance(packed, tuple) and [type(part) for part in packed] == [int, str, bytes]):
        return None
    numbers = array("Q")
    if len(packed[2]) % (3 * numbers.itemsize):
        return None
    numbers.frombytes(packed[2])
    folders = packed[1].split("\0")
    stats = list(zip(numbers[0::3], numbers[1::3], numbers[2::3], strict=True))
    return (packed[0], folders, stats) if len(stats) == len(folders) else None


def load_quick(config: Config) -> Quick | None:
    """The last build's Quick, trusted only beside the state it was saved with."""
    if not state_file(config, "build-journal").is_file():
        return None
    quick = _read(state_file(config, "quick"))
    return quick if isinstance(quick, Quick) else None


def save_quick(config: Config, quick: Quick) -> None:
    _write(state_file(config, "quick"), quick)


def forget(config: Config) -> None:
    """Remove the saved state, its Quick first: a Quick never outlives the state it describes.
    The state describes the output as it is: before the output changes, it goes. A build killed
    after the change must not trust it next time (it would keep files of the old site); the next
    build, finding none, makes the whole site afresh."""
    for kind in ("quick", "build-journal"):
        with contextlib.suppress(OSError):
            state_file(config, kind).unlink(missing_ok=True)


def load_search(config: Config) -> tuple[SearchState, Journal] | None:
    loaded = _load_journaled(config, "search")
    return loaded if loaded and isinstance(loaded[0], SearchState) else None


def save(config: Config, state: BuildState, previous: BuildState | None = None) -> None:
    """Write the state for the next build; the plan only when it is not `previous`'s."""
    if state.plan is not None and (previous is None or state.plan is not previous.plan):
        _write(state_file(config, "plan"), state.plan)
    structure = state.plan.structure if state.plan else ""
    loaded = _saved(previous) if previous else None
    _save_journaled(config, "build", _saved(state, structure), loaded, previous.journal if previous else None)
    if previous is None or state.shadow_stats is not previous.shadow_stats:
        stamps = state_file(config, "stamps")
        packed = _packed_stats(state.shadow_stats)
        if packed:
            _write(stamps, packed)
        else:
            stamps.unlink(missing_ok=True)
    if state.search is not None and state.search_updated:
        loaded, journal = state.search_loaded or (None, None)
        _save_journaled(config, "search", state.search, loaded, journal)


def _saved(state: BuildState, structure: str | None = None) -> BuildState:
    """`state` as its file keeps it: without what is loaded on demand or kept in other files."""
    return dataclasses.replace(
        state,
        plan=None,
        plan_structure=state.plan_structure if structure is None else structure,
        search=None,
        search_updated=False,
        journal=None,
        search_loaded=None,
        shadow_stats=None,
    )
