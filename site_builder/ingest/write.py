"""Writing articles without ever losing a person's edits.

Each file carries `ingest_hash`, a hash of its own text as ingest wrote it (without that
line). If the file still hashes to it, nobody touched it and ingest may rewrite it; if not,
a person edited it and ingest leaves it alone unless told to --force, which keeps the edited
file beside it as NAME.md.orig (the build reads only *.md).

Every file is written whole or not at all (a temporary file renamed over it): an article cut
short by a full disk or a crash would otherwise pass for a hand edit ever after.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import difflib
import errno
import fcntl
import functools
import hashlib
import itertools
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem, SiteError

_HASH_LINE = re.compile(r"^ingest_hash: *(\S*) *\n", re.M)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def with_hash(text: str) -> str:
    """Insert `ingest_hash` as the last front-matter key."""
    head, sep, rest = text.partition("\n---\n")
    return f"{head}\ningest_hash: {digest(text)}{sep}{rest}"


def stored_hash(text: str) -> tuple[str | None, str]:
    """(hash written in the file, the file's text without that line)."""
    m = _HASH_LINE.search(text)
    if not m:
        return None, text
    return m.group(1), text[: m.start()] + text[m.end() :]


def hand_edited(text: str) -> bool:
    # (Not for a byte-order mark alone, which an editor on Windows may add when it saves the file.)
    written, rest = stored_hash(text.removeprefix("\ufeff"))
    return written is None or written != digest(rest)


# In content/articles, hidden: neither the build nor the preview's watcher reads it. Committed with
# the articles, so the publishing workflow's ingest knows of a deletion made on another machine,
# and of the time each seed was saved: a checkout gives every file the time it was checked out,
# which would move an undated draft to that day (the day a seed was saved dates a story that
# prints none, and no stamp can be later). The time holds while the seed's bytes do (their
# digest beside it): a new capture saved over the seed is dated by its own file.
LEDGER = ".ingested"
# Its first line names its format; its last, '# end', shows it is whole: a ledger cut short at a
# line's end (a copy or a disk that failed) would read as one naming fewer seeds, and bring back
# the articles of the others that were deleted by hand.
_FORMAT = "# ai-timeline's ingest ledger, format 2.\n"
_END = "# end\n"
_LEDGER_HEAD = (
    _FORMAT + "# The seeds whose articles ingest has written, one file name a line, then a tab, the seed file's time\n"
    "# when ingest first read it, and its bytes' digest. An article deleted by hand is not written again while\n"
    "# its seed is named here; delete the line, or `ingest --force`, to get it back.\n"
)
_DIGEST = re.compile(r"[0-9a-f]{16}")


@contextlib.contextmanager
def one_at_a_time(folder: Path) -> Iterator[None]:
    """Hold the lock of the project's content folder (the folder itself: no file of the lock's is left in
    it) while ingest reads the ledger and writes the articles; a folder not there yet needs none."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another ingest into {folder.name}/ to finish", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # (which lets the lock go)


def nfc(name: str) -> str:
    """A file name as the ledger compares it: a Mac spells Hangul names decomposed."""
    return unicodedata.normalize("NFC", name)


def read_ledger(folder: Path, shown: str) -> dict[str, str] | None:
    """The seeds named in `folder`'s ledger (by nfc()), each with what its line gives after the
    name ("" for none, as before it kept times: see saved_at); None without one (a project from
    before it kept one: a missing article is then taken for a new one, as it was). A ledger there
    that cannot be read whole is a SiteError naming it (`shown`), and its line: taken for none,
    or a line for no seed, it would bring back articles deleted by hand."""
    path = folder / LEDGER
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SiteError([Problem(shown, None, f"cannot read ({exc.strerror or exc})")]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SiteError([Problem(shown, line, "not UTF-8 text; save it as UTF-8")]) from None
    if _FORMAT.startswith(text.split("\n", 1)[0]) and not text.endswith(_END):  # (an empty one too: ingest writes none)
        lines = text.count("\n") + 1
        reason = (
            f"cut short (its last line is not '{_END.strip()}'); restore it (git checkout -- {shown}), or delete it"
        )
        raise SiteError([Problem(shown, lines, reason)])
    seeds: dict[str, str] = {}
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip()  # a name ends in .txt: trailing blanks are not its own
        if not line or line == "#" or line.startswith("# "):
            continue
        name, _, saved = line.removeprefix("\\").partition("\t")  # (a seed's name holds no tab)
        if not name.endswith(".txt"):
            reason = f"'{name}' is no seed's name (a name ending in .txt, then a tab and the time)"
            raise SiteError([Problem(shown, number, reason)])
        time, _, digest = saved.partition("\t")
        if saved and _saved_time(time) is None:
            raise SiteError([Problem(shown, number, f"'{time}' is not a time (YYYY-MM-DDTHH:MM:SS+09:00)")])
        if digest and not _DIGEST.fullmatch(digest):
            raise SiteError([Problem(shown, number, f"'{digest}' is not a seed's digest (16 hex digits)")])
        seeds[nfc(name)] = saved
    return seeds


def _saved_time(text: str) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def seed_digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()[:16]


def saved_at(ledger: dict[str, str] | None, name: str, data: bytes, tz: dt.tzinfo) -> dt.datetime | None:
    """The time the ledger gives for the seed `name` whose bytes are `data`, in `tz`; None
    when it gives none, or gives it for other bytes."""
    time, _, digest = (ledger or {}).get(nfc(name), "").partition("\t")
    when = _saved_time(time) if time and digest in ("", seed_digest(data)) else None
    return when.astimezone(tz) if when else None


def entry_digest(entry: str) -> str:
    """The digest of the seed's bytes a ledger's entry (ledger_entry) names; '' when it names none."""
    return entry.partition("\t")[2]


def ledger_entry(saved: dt.datetime, data: bytes) -> str:
    """What a seed's line gives after its name: the time, and the digest of the bytes it is of."""
    return f"{saved.isoformat(timespec='seconds')}\t{seed_digest(data)}"


def _ledger_line(name: str, saved: str) -> str:
    # A seed may be named '#1 속보.txt': a backslash keeps such a name from reading as a comment.
    shown = f"\\{name}" if name.startswith(("#", "\\")) else name
    return f"{shown}\t{saved}\n" if saved else f"{shown}\n"


def write_ledger(folder: Path, seeds: dict[str, str]) -> None:
    """`seeds`: name -> the time it was saved (ISO 8601), as read_ledger gives them."""
    text = _LEDGER_HEAD + "".join(_ledger_line(name, seeds[name]) for name in sorted(seeds)) + _END
    path = folder / LEDGER
    with contextlib.suppress(OSError):
        if path.read_text(encoding="utf-8") == text:
            return
    replace_file(path, text.encode("utf-8"))


@dataclass(frozen=True)
class Outcome:
    status: str  # written | updated | unchanged | kept | forced
    diff: str = ""
    backup: str = ""  # forced: where the edited file was kept, as the user knows the path


def replace_file(path: Path, data: bytes, expected: bytes | None = None) -> bool:
    """Write `data` to `path` in one rename, keeping the file's permissions; through a link to an
    article elsewhere (a file of the same kind, `.md` for an article), which is the user's and stays.
    With `expected`, only over a file that still holds it: False, and the file as it is, when someone
    saved it since it was read (an editor's save is never lost to a rename that came a moment after it)."""
    if path.is_symlink() and path.exists() and (real := Path(os.path.realpath(path))).suffix == path.suffix:
        path = real
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    # Hidden, and not ending in .md: a left-over temporary file is never read as an article.
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(temp, mode)
        return _put(Path(temp), path, expected)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)  # (gone after a rename; after a swap, the old text or ours put back)


def _put(temp: Path, path: Path, expected: bytes | None) -> bool:
    if expected is None:
        os.replace(temp, path)
        return True
    if _exchange(temp, path):
        # Swapped in one step: `temp` now holds what `path` held at that instant.
        if temp.read_bytes() == expected:
            return True
        _exchange(temp, path)  # an edit saved meanwhile: put it back
        return False
    if path.read_bytes() != expected:  # (no swap on this system: checked a moment before)
        return False
    os.replace(temp, path)
    return True


def _exchange(first: Path, second: Path) -> bool:
    """Swap two files in one step; False where the system or its file system cannot (nothing changed)."""
    return _renameat2(first, second, 2)  # RENAME_EXCHANGE


def _rename_new(first: Path, second: Path) -> bool:
    """Rename `first` to `second` where no file is; FileExistsError where one is. False where the system or
    its file system cannot (nothing changed)."""
    return _renameat2(first, second, 1)  # RENAME_NOREPLACE


@functools.cache
def _libc_renameat2() -> Callable[..., int] | None:
    """The C library's renameat2, looked up once; None off Linux or where the library lacks it."""
    if not sys.platform.startswith("linux"):
        return None
    return getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)


def _renameat2(first: Path, second: Path, flags: int) -> bool:
    # Linux's renameat2, which Python's os module lacks; other systems fall back to a check first.
    call = _libc_renameat2()
    if call is None:
        return False
    at_cwd = -100
    if call(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), flags) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(second))


def keep_backup(path: Path) -> Path:
    """Copy `path` to NAME.orig, or NAME.2.orig, ... when an earlier backup holds other text:
    a backup is never overwritten. The copy's path."""
    data = path.read_bytes()
    for n in itertools.count(1):
        backup = path.with_name(f"{path.name}.orig" if n == 1 else f"{path.name}.{n}.orig")
        if not backup.exists():
            replace_file(backup, data)
            return backup
        if backup.read_bytes() == data:
            return backup
    raise AssertionError("unreachable")


def staged(path: Path) -> Path:
    """Where a new article waits while the ledger is written (hidden, and not .md: never built). The
    ledger names its seed before the article is in place: a run killed between the two leaves it
    here, and the next run tells an article never placed from one deleted by hand."""
    return path.with_name(f".{path.name}.new")


def waiting(path: Path) -> bool:
    """Whether an article ingest staged for `path` waits there: a file of that name that is not
    ingest's own (unedited, its hash in it) is someone else's, and proves nothing."""
    try:
        text = staged(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return stored_hash(text)[0] is not None and not hand_edited(text)


def stage_article(path: Path, text: str) -> None:
    """Stage a new article (see staged); never over a file of that name that is not ingest's."""
    if staged(path).exists() and not waiting(path):
        raise FileExistsError(
            errno.EEXIST, "a file of someone else's has the name ingest stages it under", str(staged(path))
        )
    replace_file(staged(path), with_hash(text).encode("utf-8"))


def place_article(path: Path, text: str, *, force: bool, shown: str) -> Outcome:
    """Put the article stage_article left for `path` in place; never over a file that came there
    since (a user's, or another run's): that one is written as write_article says."""
    ready = staged(path)
    try:
        # One step that takes the staged file away: a run stopped after it leaves none behind to
        # pass the article, deleted by hand since, for one never placed.
        if not _rename_new(ready, path):
            if path.exists() or path.is_symlink():
                raise FileExistsError(path)
            os.replace(ready, path)  # (no such step on this system: checked a moment before)
    except FileExistsError:
        # (The user's link there, its drive not mounted: kept, and the article left staged.)
        if path.is_symlink() and not path.exists():
            raise FileNotFoundError(errno.ENOENT, "a link to a file that is not there", str(path)) from None
        ready.unlink(missing_ok=True)
        return write_article(path, text, force=force, shown=shown)
    except FileNotFoundError:
        if path.exists():  # (another ingest, run at once, placed it first)
            return write_article(path, text, force=force, shown=shown)
        raise
    return Outcome("written")


def write_article(path: Path, text: str, *, force: bool, shown: str) -> Outcome:
    """Rewrite the article at `path` unless a person edited it (or --force); an edit saved while
    this runs is kept too (replace_file's `expected`)."""
    new = with_hash(text)
    raw = path.read_bytes()
    old = raw.decode("utf-8", errors="replace")
    if old.removeprefix("\ufeff") == new:
        return Outcome("unchanged")
    if hand_edited(old):
        if not force:
            return Outcome("kept")
        diff = "".join(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                new.splitlines(keepends=True),
                fromfile=f"{shown} (edited)",
                tofile=f"{shown} (ingest)",
            )
        )
        backup = keep_backup(path)
        if not replace_file(path, new.encode("utf-8"), expected=raw):
            return Outcome("kept")
        return Outcome("forced", diff, shown + backup.name[len(path.name) :])
    if not replace_file(path, new.encode("utf-8"), expected=raw):
        return Outcome("kept")
    return Outcome("updated")
