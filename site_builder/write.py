"""Writing the output folder safely.

Pages are rendered into a staging folder beside the output. A full build swaps the staging
folder in only when complete, so a failed build leaves the previous site as it was.

A rebuild must not move files into the live folder one by one: killed halfway, it would leave
a mix of two sites. Beside the output a build keeps a second copy of the site, the shadow
(`.public.prev`), made of hard links to the files the two share. A rebuild brings the shadow
up to date (only the files that differ), then exchanges it with the output in one atomic
rename, so a reader, or a build killed at any moment, sees the old site or the new one. The
folder that was the output becomes the next shadow. The preview server's private folder,
which nobody else reads while it builds, is updated in place.

The output folder is the build's alone: a build uses an existing folder only when it is empty
or carries the MARKER file an earlier build wrote there, never a source folder, the project or
a folder that holds one, never through a symbolic link; links found inside it are dropped with
the old folder, never followed.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import gzip
import hashlib
import itertools
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from .config import CONFIG_FILE, Config, setting_line
from .content import file_system_now
from .errors import Problem, SiteError

MARKER = ".ai-timeline-output"  # in every folder a build wrote: only such a folder (or an empty one) is reused
MARKER_TEXT = (
    "This folder is the output of ai-timeline (python build.py build).\n"
    "Every build replaces what it made here; a file of your own belongs in static/ (published\n"
    "under static/) or root_files/ (published at the site's root), and the build copies it here.\n"
    "This file tells the build that the folder is its own; without it a non-empty folder is refused.\n"
)
# What a project is made of, its tools and its history: never an output folder, nor inside one.
SOURCE_FOLDERS = (
    "content",
    "seeds",
    "themes",
    "templates",
    "static",
    "root_files",
    "site_builder",
    "docs",
    "tests",
    "bench",
    "scripts",
    ".git",
    ".github",
    ".ci",
    ".cache",
    ".venv",
    "node_modules",
)
PREVIEW_OUTPUT = ".cache/serve"  # serve's own output (serve.DEFAULT_OUTPUT): the one folder in .cache a build may use
PROJECT_FILES = ("site.yaml", ".git")  # a folder holding one of these is a project or a repository, never a site
PACKAGE = Path(__file__).resolve().parent


class WriteError(Exception):
    """Writing one output file failed (a full disk, no permission). Raised in a forked worker,
    it reaches the parent whole: it pickles as its two arguments."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path, self.reason = path, reason

    def problem(self) -> Problem:
        return Problem(self.path, None, f"cannot write ({self.reason}); nothing in the output folder was changed")


def file_hash(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def shown(path: Path, root: Path) -> str:
    """A path as the user knows it: relative to the project when inside it, else absolute."""
    return path.relative_to(root).as_posix() if path != root and path.is_relative_to(root) else str(path)


# The folders a build keeps beside an output: its shadow, and staging, new and retired copies.
_WORK_FOLDER = re.compile(r"\..+\.(?:prev|(?:new|old)-.+)")


def check_output_dir(config: Config, own_output: bool = False) -> None:
    """Refuse an output folder whose replacement could destroy anything but an earlier build's
    files. `own_output`: the preview server's private folder, used even without the marker
    (one an older version wrote has none)."""
    root = config.root.resolve()
    given = Path(os.path.normpath(config.folder(config.output)))  # as named: links not resolved
    reason = _refusal(config, root, given, own_output)
    if reason:
        refusal = f"refusing to use this as the output folder: {reason}"
        # A folder no build may use, named in site.yaml, is a bad setting: said there, as any other.
        line = setting_line(root, "output", config.output) if not _OUTPUT_STATE.search(reason) else None
        if line is None:
            problem = Problem(shown(given, root), None, refusal)
        else:
            problem = Problem(CONFIG_FILE, line, f"'output' {config.output}: {refusal}")
        raise SiteError([problem])


# Refusals for what an existing folder holds now, not for what the setting names.
_OUTPUT_STATE = re.compile(r"^(?:it (?:is not empty|holds )|beside it)")


def _refusal(config: Config, root: Path, given: Path, own_output: bool) -> str | None:
    out = config.output_dir
    another = "choose another folder" if out.name == "public" else "choose a folder such as public"
    link = _link_on_the_way(given, root)
    if link is not None:
        return f"{shown(link, root)} is a symbolic link (to {os.readlink(link)}); name the folder itself"
    if out.exists() and not out.is_dir():
        return f"it is a file, not a folder; {another}"
    if out == root or out in root.parents:
        return f"it is the project folder or one of its parents; {another}"
    if _WORK_FOLDER.fullmatch(out.name):
        return f"builds keep their own copies of a site under such names; {another}"
    found = _source_folder(config, out, own_output)
    if found is not None:
        source, role = found
        where = "it is" if out == source else "it holds" if out in source.parents else "it is inside"
        return f"{where} {role} {shown(source, root)}/; {another}"
    # A folder inside a site: the site's next build would publish it ('--output public/preview').
    site = next((folder for folder in out.parents if (folder / MARKER).is_file()), None)
    if site is not None:
        return f"it is inside {shown(site, root)}/, a build's output, which would publish it; choose one outside it"
    beside = None if own_output else _not_ours_beside(out, root)
    if beside or not out.is_dir():
        return beside
    held = next((name for name in PROJECT_FILES if os.path.lexists(out / name)), None)
    if held:
        return f"it holds {held}, so it is a project or a repository; choose another folder"
    if not own_output and not is_own(out):
        return "it is not empty and was not made by ai-timeline; choose an empty folder, or move this one away"
    return None


def _not_ours_beside(out: Path, root: Path) -> str | None:
    """What stands beside the output where a build keeps its second copy of the site (the shadow),
    made by no build: a build would replace it. (A file in the record's place is kept: record_made.)"""
    prev = shadow_dir(out)
    if prev.is_symlink():
        return None  # (a link is replaced, never followed: what it leads to stays)
    if prev.exists() and not (prev.is_dir() and is_own(prev)):
        return (
            f"beside it, {shown(prev, root)} holds what no build made (a build keeps its second copy of the site "
            "there); move it away"
        )
    return None


def _link_on_the_way(given: Path, root: Path) -> Path | None:
    """The first symbolic link among the folders from the project down to `given` (or `given`
    itself, when it lies outside the project): a build must not write through one."""
    steps = [given]
    if given.is_relative_to(root):
        parts = given.relative_to(root).parts
        steps = [root.joinpath(*parts[: i + 1]) for i in range(len(parts))]
    return next((step for step in steps if step.is_symlink()), None)


def _source_folder(config: Config, out: Path, own_output: bool = False) -> tuple[Path, str] | None:
    """The source folder `out` is, lies inside or holds (the theme and this package too, wherever
    they are), with what it is to the user. (The preview's own folder is inside .cache, but the
    preview's: another build must not publish there, under the running preview.)"""
    if own_output and out == (config.root / PREVIEW_OUTPUT).resolve():
        return None
    # The folders settings name first: `seeds: public` is best told as the seeds folder.
    folders = [(config.seeds_dir, "the seeds folder"), (config.content_dir, "the content folder")]
    folders += [(config.theme_dir, "the theme's folder"), (PACKAGE, "ai-timeline's own code")]
    folders += [(config.root / name, "the source folder") for name in SOURCE_FOLDERS]
    for folder, role in folders:
        folder = folder.resolve()
        if out == folder or folder in out.parents or out in folder.parents:
            return folder, role
    return None


def is_own(out: Path) -> bool:
    """An empty folder, or one a build wrote: its marker is a file (not a link to one) or, the
    marker deleted, the record beside it names a file the folder holds (the next build makes the
    site afresh there, keeping the user's files as ever)."""
    marker = out / MARKER
    if _regular(marker) or not any(out.iterdir()):
        return True
    record = None if os.path.lexists(marker) else read_record(out)
    return record is not None and any(_regular(out / rel) for rel in record.made - {MARKER})


def _regular(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def marker_text(config: Config, site: str = "") -> str:
    """The marker's text, which also records the base URL the site was built for and whether
    with drafts (`check` reads them), and the digest of the site's files (`site_digest`)."""
    drafts = "drafts: true\n" if config.drafts else ""  # (a site without: its marker as it always was)
    return MARKER_TEXT + f"base_url: {config.base_url}\n{drafts}site: {site}\n"


def site_digest(
    hashes: Mapping[str, str], since: str = "", old: Mapping[str, str] | None = None, changed: Iterable[str] = ()
) -> str:
    """A digest of every file of a site but the marker, by path and hash: two builds that make
    the same files write the same marker, and a site of other files another. It is the XOR of
    each file's fingerprint, so a rebuild finds it from the last one (`since`, of the files `old`)
    and the files it `changed`, not from 100,000 (a fifth of a second)."""
    if re.fullmatch(r"[0-9a-f]{16}", since) and old is not None:  # (a marker damaged by hand: counted again)
        value = int(since, 16)
        for path in changed:
            for side in (old, hashes):
                if path != MARKER and path in side:
                    value ^= _fingerprint(path, side[path])
    else:
        value = 0
        for path, digest in hashes.items():
            if path != MARKER:
                value ^= _fingerprint(path, digest)
    return f"{value:016x}"


def _fingerprint(path: str, digest: str) -> int:
    return int.from_bytes(hashlib.sha1(f"{path}\t{digest}".encode()).digest()[:8], "big")


def read_marker(out: Path) -> bytes | None:
    """`out`'s marker, None without one: a rebuild trusts the output's files only when it is the
    one the last build published (`file_hash` of it is the hash the build recorded)."""
    try:
        return (out / MARKER).read_bytes()
    except OSError:
        return None


def _recorded(marker: bytes, label: str, errors: str = "replace") -> str | None:
    lines = marker.decode("utf-8", errors).splitlines()
    return next((line.removeprefix(label) for line in lines if line.startswith(label)), None)


def recorded_site(marker: bytes) -> str:
    """The digest of the site a marker names; "" when it names none."""
    return _recorded(marker, "site: ") or ""


def recorded_base_url(out: Path) -> str | None:
    """The base URL the build in `out` was made for; None for a folder without a record."""
    marker = read_marker(out)
    try:
        return None if marker is None else _recorded(marker, "base_url: ", "strict")
    except UnicodeDecodeError:  # a damaged marker records nothing
        return None


def recorded_drafts(out: Path) -> bool | None:
    """Whether the build in `out` published drafts; None for a folder without a record."""
    marker = read_marker(out)
    return None if marker is None else _recorded(marker, "drafts: ") == "true"


def mark(folder: Path, text: str = MARKER_TEXT) -> None:
    (folder / MARKER).write_text(text, encoding="utf-8")


def remove_leftovers(out: Path) -> list[Path]:
    """Staging folders a killed build left beside the output (`.public.new-*`, `.public.old-*`),
    and a record of what builds made that it was writing; the folders where a user's files found in
    an old copy of the site were set aside first (set_aside_strays).
    Builds of one output run one at a time (state.locked), so none of them is in use; each is
    removed only when it holds a build's marker, as it would had the build ended, or no file at
    all (a build killed while it linked a new shadow leaves only its folders)."""
    if not out.parent.is_dir():
        return []
    asides = []
    for kind in ("new", "old"):
        for folder in out.parent.glob(f".{out.name}.{kind}-*"):
            if not _MADE_NAME.fullmatch(folder.name.rpartition("-")[2]):
                continue  # (a user's copy so named, '.public.old-backup': tempfile names eight letters)
            inner = folder / out.name  # (its marker trusted only in a folder of its own, not through a link)
            marked = (folder / MARKER, *([inner / MARKER] if inner.is_dir() and not inner.is_symlink() else []))
            if folder.is_dir() and not folder.is_symlink() and (any(map(_regular, marked)) or _holds_no_file(folder)):
                if inner.is_dir() and not inner.is_symlink():
                    # An old copy of the site a killed build was removing, or had just exchanged with the
                    # output (publish): a user's file saved into it is kept.
                    asides.append(_set_aside_safely(inner, out, known_files(out, inner)))
                discard(folder, out.name)
    for temp in out.parent.glob(f"{record_path(out).name}.*.tmp"):  # a record being written when killed
        if temp.name.split(".")[-2].isdigit() and _regular(temp):
            temp.unlink(missing_ok=True)
    return [aside for aside in asides if aside is not None]


_MADE_NAME = re.compile(r"[a-z0-9_]{8}")  # what tempfile.mkdtemp puts after the prefix


def discard(folder: Path, inner: str) -> None:
    """Delete a folder a build made beside the output (staging, a new site's, a retired one), the
    marker at its top last (moved there from the site in `inner` when it has none): one that
    holds a file no one may delete (an immutable one) keeps the marker by which the next build
    knows it may remove it (remove_leftovers). Links inside are unlinked, never followed."""
    top, site = folder / MARKER, folder / inner
    if not top.exists() and site.is_dir() and not site.is_symlink():  # (a link: what it leads to is not ours)
        with contextlib.suppress(OSError):
            os.replace(site / MARKER, top)
    with contextlib.suppress(FileNotFoundError), os.scandir(folder) as entries:
        for entry in list(entries):
            if entry.name == MARKER:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
    with contextlib.suppress(OSError):
        if os.listdir(folder) in ([], [MARKER]):
            top.unlink(missing_ok=True)
            folder.rmdir()


def _holds_no_file(folder: Path) -> bool:
    """Nothing but folders in `folder`, however deep (links are not followed)."""
    return all(not files for _, _, files in os.walk(folder))


def _make_parents(root: Path, rel: str, made: set[str]) -> None:
    """Make the folders of the file `rel` under `root` that are not in `made` (those this process
    made for this build), adding them. Each is made by one mkdir, top down, and never tried again:
    `mkdir -p` for each file tried most folders twice, at 0.1 ms a try on this VM's file system."""
    missing = []
    folder = os.path.dirname(rel)
    while folder and (path := os.path.join(root, folder)) not in made:
        missing.append(path)
        folder = os.path.dirname(folder)
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by another worker
            os.mkdir(path)
        made.add(path)


def make_staging(out: Path, marker: str = MARKER_TEXT) -> Path:
    """A new, marked folder beside the output, on the same file system (renames stay atomic).
    Its marker (`marker`) is the one the new site is published with."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    mark(staging, marker)
    return staging


def make_twin(out: Path, staging: Path) -> Path | None:
    """A folder to hold hard links to every file staged for a full build: the new site's
    shadow. It shares the staging folder's marker, so the two copies are alike. None when the
    file system has no hard links."""
    try:
        return _linked_folder(out, staging)
    except NoHardLinks:
        return None


def _linked_folder(out: Path, staging: Path) -> Path:
    """A new folder beside the output, named like a staging folder, marked by a hard link to the
    staging folder's marker. The link tells whether the file system makes them (NoHardLinks when
    not) apart from a file that cannot be placed, later."""
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        os.link(staging / MARKER, folder / MARKER)
    except OSError as exc:
        folder.rmdir()
        if exc.errno in NO_LINKS:
            raise NoHardLinks(exc.errno, exc.strerror, exc.filename, None, exc.filename2) from None
        raise
    return folder


def stage(staging: Path, rel: str, data: bytes, out_shown: str, twin: Path | None, made: set[str]) -> None:
    """Write one file into the staging folder, and hard-link it into `twin` (a full build's
    new shadow) when given. `made`: the folders this process has made in either for this build,
    which grows."""
    target = staging / rel
    try:
        _make_parents(staging, rel, made)
        target.write_bytes(data)
        if twin is not None:
            _make_parents(twin, rel, made)
            os.link(target, twin / rel)
    except OSError as exc:
        raise WriteError(f"{out_shown}/{rel}", exc.strerror or str(exc)) from None


def scan_output(out: Path) -> tuple[set[str], list[str], set[str]]:
    """(every regular file in `out`, relative; anything else it holds: a link, a pipe; every
    folder in it, relative, '' for `out`). Links are listed, never followed."""
    files: set[str] = set()
    seen: set[str] = set()
    odd: list[str] = []
    folders = [("", str(out))]
    while folders:
        prefix, folder = folders.pop()
        seen.add(prefix.removesuffix("/"))
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_symlink():
                    odd.append(prefix + entry.name)
                elif entry.is_dir(follow_symlinks=False):
                    folders.append((f"{prefix}{entry.name}/", entry.path))
                elif entry.is_file(follow_symlinks=False):
                    files.add(prefix + entry.name)
                else:
                    odd.append(prefix + entry.name)
    return files, sorted(odd), seen


def folders_of(paths: Iterable[str]) -> set[str]:
    """Every folder holding one of `paths` (relative), with their parents; '' is the output itself."""
    found = {""}
    # Each file's folder once (most of a large site's pages have one of their own), and each
    # walk up stops at a folder found already.
    for folder in {path.rpartition("/")[0] for path in paths}:
        while folder not in found:
            found.add(folder)
            folder = folder.rpartition("/")[0]
    return found


# A folder's modification time comes from a clock that ticks every few milliseconds (a kernel
# jiffy): a change made in the same tick as the build's last one would leave it as it was.
STAMP_SETTLE_NS = 30_000_000


Stat = tuple[int, int, int]  # a folder's inode, modification and change times (ns)


def folder_stats(out: Path, folders: list[str], known: Mapping[str, Stat] | None = None) -> list[Stat] | None:
    """The Stat of each of `folders` of `out`, as `known` holds it or else looked up; None when
    one is missing or not a real folder."""
    known = known or {}
    try:
        # Looked up from the open output folder: the kernel need not walk its path 100,000 times.
        fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
        try:
            found = [
                known.get(folder) or (os.lstat(folder, dir_fd=fd) if folder else os.lstat(out)) for folder in folders
            ]
        finally:
            os.close(fd)
    except OSError:
        return None
    stats = []
    for info in found:
        # os.stat_result is a tuple too: a known Stat is told apart by its type, not by being a tuple.
        if type(info) is os.stat_result:
            if not stat.S_ISDIR(info.st_mode):
                return None
            info = info.st_ino, info.st_mtime_ns, info.st_ctime_ns
        stats.append(info)
    return stats


def stamp_of(folders: list[str], stats: list[Stat] | None, out: Path | None = None) -> str:
    """A hash of `folders` and their Stats ('' for None). Adding, removing or renaming anything
    in a folder changes its modification time, so an equal stamp later says the folders still
    hold the same names: what `scan_output` would find, without opening 100,000 folders. Waits,
    when a folder changed a moment ago, until a change made after this returns is sure to
    change the stamp (by the clock of `out`'s file system, when given)."""
    if stats is None:
        return ""
    newest = max(map(itemgetter(2), stats), default=0)  # a change sets both; ctime is never older
    digest = hashlib.sha1(stats_key(folders, stats))
    tick = _tick(stats)
    # (By the clock of the output's file system, when known: a network mount's server may run behind.)
    wait = newest + tick - (file_system_now(out.parent) if out else time.time_ns())
    if wait > tick:
        # A folder changed after now: the clock was set back since (a correction, a snapshot restored).
        # No wait makes this stamp sure, and one could last hours: none, and the next build looks.
        return ""
    if wait > 0:
        time.sleep(wait / 1e9)
    return digest.hexdigest()


def _tick(stats: list[Stat]) -> int:
    """How long a change may leave a folder's times as they were: a file system that keeps whole seconds
    (ext3, HFS+, some network mounts) or even ones (FAT) keeps them for that second; others for a tick of
    the kernel's clock (STAMP_SETTLE_NS)."""
    if any(mtime % 1_000_000_000 or ctime % 1_000_000_000 for _, mtime, ctime in stats):
        return STAMP_SETTLE_NS
    return 2_000_000_000 if all(mtime % 2_000_000_000 == 0 for _, mtime, _ in stats) else 1_000_000_000


def stats_key(names: Iterable[str], stats: Iterable[tuple[int, ...]]) -> bytes:
    """`names` and their Stats as bytes to hash, the Stats by Python's own hash of a tuple of ints:
    the same in every process (only strings' hashes are salted), in C, a tenth of the time of
    formatting 100,000 of them. 64 bits, as a change is only ever compared with the last build's
    record of them, not sought."""
    return "\0".join(names).encode() + b"\0\0" + hash(tuple(stats)).to_bytes(8, "big", signed=True)


def stamp(out: Path, folders: list[str]) -> str:
    """stamp_of `folders` of `out` as they are now."""
    return stamp_of(folders, folder_stats(out, folders), out)


def swap_in(staging: Path, out: Path, known: set[str] | None = None) -> Path | None:
    """Replace the output folder by a completely written staging folder. `known`: the files the
    build found in the output (None: not looked); any other it holds now, saved there while the build
    ran, is set aside (set_aside_strays): the folder it went to, or None."""
    os.chmod(staging, 0o755)  # mkdtemp makes 0700; web servers and checkers need to read it
    if not out.exists():
        os.replace(staging, out)
        return None
    retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    try:
        os.replace(out, retired / out.name)
    except OSError:
        retired.rmdir()  # (the output is a mount point, say: it stays as it was, and so does its folder)
        raise
    try:
        os.replace(staging, out)
    except OSError:
        os.replace(retired / out.name, out)  # the old site goes back where it was
        retired.rmdir()
        raise
    return _retire(retired, out, known)


def _retire(retired: Path, out: Path, known: set[str] | None) -> Path | None:
    """Delete `retired`, an old copy of the site in a folder of its own, once the files of it that
    `known` does not name are set aside (set_aside_strays): the folder they went to, or None. (Killed
    before, the next build's remove_leftovers sets them aside as it removes the folder.)"""
    aside = _set_aside_safely(retired / out.name, out, known)
    # The new site is in place: an old one left over (a file in use) only wastes space.
    discard(retired, out.name)
    return aside


def _set_aside_safely(old: Path, out: Path, known: set[str] | None) -> Path | None:
    """set_aside_strays; where they cannot be linked or copied, the old copy is set aside whole, by a
    rename. None: `known` is None (nothing to judge by), or no stray."""
    if known is None:
        return None
    try:
        return set_aside_strays(old, out, known)
    except OSError:
        aside = _aside_folder(out)
        os.replace(old, aside / out.name)
        return aside


def set_aside_strays(old: Path, out: Path, known: set[str]) -> Path | None:
    """Set aside beside `out` the files of `old` (an old copy of the site, about to be deleted) that
    `known` does not name: a user's, saved into the output while a build ran, after the build had
    looked (which the exchange then carried off with the old site). The folder, or None."""
    if not old.is_dir() or old.is_symlink():
        return None
    strays = scan_output(old)[0] - known - {MARKER}
    return set_aside(out, strays, old) if strays else None


def known_files(out: Path, old: Path) -> set[str] | None:
    """The files of `old` (an old copy of the site) the record names: made by builds, a user's files
    builds kept, and former pages with the bytes last written there (a user's redirect at a former
    page's address is no former page); None without a record."""
    record = read_record(out)
    if record is None:
        return None
    former = {
        path
        for path, digest in record.former.items()
        if not digest or not (old / path).is_file() or file_hash((old / path).read_bytes()) == digest
    }
    return record.made | record.kept | former


def move_into(staging: Path, out: Path, paths: list[str]) -> None:
    """Move rebuilt files into the live output, each in one atomic rename. Folders are made
    first: making one is what can fail on a full disk, before any file has moved."""
    for folder in sorted({(out / rel).parent for rel in paths}):
        folder.mkdir(parents=True, exist_ok=True)
    for rel in sorted(paths, key=lambda rel: (rel == MARKER, rel)):  # the marker last, as publish does
        os.replace(staging / rel, out / rel)
    if not (out / MARKER).is_file():
        mark(out)


def remove_stale(config: Config, stale: list[str]) -> int:
    out = config.output_dir
    removed = 0
    for rel in stale:
        target = out / rel
        if target.is_file():
            target.unlink()
            removed += 1
        parent = target.parent
        while parent != out and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return removed


def replace_shadow(twin: Path, out: Path, extras: Iterable[str] | None = ()) -> Path | None:
    """`twin` (a folder whose files are links to the new output's) becomes the output's shadow,
    replacing any earlier one. A file of the earlier one that no build made (the record) and that is
    none of `extras` (the user's files in the output) is set aside first, where it stands (a build
    killed meanwhile leaves the shadow to the next): the folder, or None. `extras` None: the record
    cannot judge the shadow (it was missing), which goes as it is."""
    prev = shadow_dir(out)
    aside = None
    if prev.exists() or prev.is_symlink():
        if extras is not None and (known := known_files(out, prev)) is not None:
            aside = _set_aside_safely(prev, out, known.union(extras))
        retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.replace(prev, retired / out.name)
        discard(retired, out.name)
    os.chmod(twin, 0o755)
    os.replace(twin, prev)
    return aside


# -- the shadow: a second copy of the site, exchanged with the output in one step ----------------


@dataclass(frozen=True)
class Shadow:
    """What the shadow folder holds, relative to the output it was exchanged with."""

    differs: dict[str, str | None] = field(default_factory=dict)  # path -> hash in the shadow (None: absent)
    extras: frozenset[str] = frozenset()  # files a user put in the output, which the shadow holds too


# Failures that say "this file system cannot": the build then updates the output in place.
NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}


class NoHardLinks(OSError):
    """The output's file system makes no hard links: publish cannot keep a shadow there."""


class ShadowNotKept(OSError):
    """The new site is published, but the old one could not become its shadow."""


def as_published(path: Path, out: Path) -> Path:
    """A path in a build's working folder beside the output, as the same file in the output."""
    parts = path.parts
    for i, part in enumerate(parts):
        if part.startswith((f".{out.name}.new-", f".{out.name}.old-")) or part == f".{out.name}.prev":
            rest = parts[i + 1 :]
            return out.joinpath(*(rest[1:] if rest[:1] == (out.name,) else rest))
    return path


def shadow_dir(out: Path) -> Path:
    return out.parent / f".{out.name}.prev"


# Beside the output, what builds made in it (`.public.files`): a build that cannot trust its
# cache (--no-cache, a damaged or deleted .cache/, a new version) still tells a user's own files
# in the output from a former build's pages, and keeps them, as a rebuild does.
def record_path(out: Path) -> Path:
    return out.parent / f".{out.name}.files"


def recorded(out: Path) -> bool:
    return record_path(out).is_file()


class Record(NamedTuple):
    """What the record says of the files in the output."""

    made: set[str]  # the files builds made there
    former: dict[str, str]  # pages builds made that left the site since: path -> hash
    kept: set[str]  # a user's files builds found there and kept


def read_record(out: Path) -> Record | None:
    """The record of `out`, or None when there is no readable record. A made file is a line of its
    path. A former page is a line of its path, a tab and the hash of the bytes last written there,
    so that such a page found again (an older copy of the site put back) is no user's file, while
    a user's own at its address (a redirect: other bytes) is. A kept file is a tab, then its path:
    one found in a copy of the site (the shadow) after the user deleted it from the output is no
    stray (set_aside_strays)."""
    try:
        lines = gzip.decompress(record_path(out).read_bytes()).decode("utf-8").split("\n")
    except (OSError, EOFError, UnicodeDecodeError, gzip.BadGzipFile):
        return None
    found = Record(set(), {}, set())
    for line in lines:
        path, tab, digest = line.partition("\t")
        if tab and not path:
            found.kept.add(digest)
        elif tab:
            found.former[path] = digest
        elif path:
            found.made.add(path)
    return found if MARKER in found.made else None  # a record always holds the marker: an empty one is damaged


def record_made(
    out: Path, paths: Iterable[str], gone: Mapping[str, str] | None = None, users: Iterable[str] = ()
) -> Path | None:
    """Record `paths` as made by builds, replacing the record in one rename, with the former pages
    recorded and `gone` (path -> hash: pages that left the site) added to them, and the kept files
    recorded and `users` (a user's files found in the output) added to them. Written before the
    files are published, with the old site's too: a build killed after it leaves a record that
    holds every file either site has, so no page of a build is ever taken for a user's. A file in
    the record's place that is no record (damaged, or the user's) is kept under a name of its own,
    returned."""
    made = set(paths)
    found = read_record(out)
    kept = None
    if found is None and record_path(out).is_file() and record_path(out).stat().st_size:
        kept = _free_name(record_path(out).with_name(record_path(out).name + ".unreadable"))
        os.replace(record_path(out), kept)
    # A file the last record named that leaves without its hash given ('gone') is a former page all the
    # same: an old copy of the site that still holds it (the shadow) holds no stray there.
    left = {path: "" for path in (found.made if found else set()) - made}
    former = {**left, **(found.former if found else {}), **(gone or {})}
    users = (found.kept if found else set()).union(users) - made
    lines = sorted(made) + sorted(f"{path}\t{digest}" for path, digest in former.items() if path not in made)
    lines += sorted(f"\t{path}" for path in users)
    data = gzip.compress("\n".join(lines).encode("utf-8"), compresslevel=1, mtime=0)
    temp = record_path(out).with_name(f"{record_path(out).name}.{os.getpid()}.tmp")
    try:
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # never an empty record after a crash
        os.replace(temp, record_path(out))
    except OSError:
        temp.unlink(missing_ok=True)  # (a folder in the record's place: the build fails, leaving nothing)
        raise
    return kept


def _free_name(path: Path) -> Path:
    """`path`, or the first of `path`.2, `path`.3… that nothing has."""
    names = itertools.chain([path], (path.with_name(f"{path.name}.{n}") for n in itertools.count(2)))
    return next(name for name in names if not os.path.lexists(name))


def shadow_intact(out: Path, found: tuple[int, list[str], list[Stat]] | None) -> bool:
    """Whether the shadow's folders are as the build that made it found them (`found`: the
    inode of the shadow, its folders, their Stats; state.ShadowStats). A file removed or added
    there, a link put in it or a folder of the user's own in its place would otherwise be
    published with the next edit. The shadow itself was renamed since, which changed its
    change time: its inode and modification time are compared."""
    if found is None:
        return False
    _, folders, stats = found
    now = folder_stats(shadow_dir(out), folders)
    return now is not None and now[0][:2] == stats[0][:2] and now[1:] == stats[1:]


def _libc_exchange() -> object | None:
    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # not Linux, or a C library without renameat2
        return None


_RENAMEAT2 = _libc_exchange()
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def exchange(a: Path, b: Path) -> None:
    """Swap two folders. On Linux this is one atomic rename (renameat2 RENAME_EXCHANGE), so
    `b` always names a whole folder; elsewhere three renames, with `b` missing for a moment."""
    if _RENAMEAT2 is not None:
        done = _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)  # type: ignore[operator]
        if done == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):  # a file system without it
            raise OSError(code, os.strerror(code), str(a), None, str(b))
    middle = a.with_name(a.name + ".swap")
    os.replace(a, middle)
    os.replace(b, a)
    os.replace(middle, b)


def link_or_copy(source: Path, target: Path) -> None:
    """Hard-link `source` at `target`, or copy it when this one file may not be linked: a file of
    another owner that this user cannot write, which Linux's fs.protected_hardlinks refuses to
    link (a user's file put in the output with `sudo cp`). A file system without hard links
    still raises (NO_LINKS), for the caller to do without them."""
    try:
        os.link(source, target)
    except PermissionError:
        if os.access(source, os.W_OK) or source.stat().st_uid == os.geteuid():
            raise
        shutil.copy2(source, target)


def link_tree(source: Path, target: Path, paths: set[str]) -> None:
    """Hard-link `paths` of `source` into the existing folder `target` (see link_or_copy)."""
    for folder in sorted({(target / rel).parent for rel in paths}):
        folder.mkdir(parents=True, exist_ok=True)
    for rel in paths:
        link_or_copy(source / rel, target / rel)


def _aside_folder(out: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = Path(tempfile.mkdtemp(prefix=f"{out.name}.unclaimed-{stamp}-", dir=out.parent))
    os.chmod(folder, 0o755)
    return folder


def set_aside(out: Path, paths: set[str], source: Path | None = None) -> Path:
    """Hard-link (or, where links cannot be made, copy) `paths` of `source` (else `out`) into a
    new folder beside `out`, named for the moment (`public.unclaimed-20261202-151500-…`), and return it."""
    source = source or out
    folder = _aside_folder(out)
    for rel in sorted(paths):
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source / rel, folder / rel)
        except OSError as exc:
            if exc.errno not in NO_LINKS:
                raise
            shutil.copy2(source / rel, folder / rel)
    return folder


def _place(target: Path, make: Path, link: bool) -> None:
    """Put `make` at `target`, replacing what is there: by renaming it, or by a new hard link to
    it. Never by writing into `target`, which may be a hard link to a file of the live site."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not link:
        os.replace(make, target)
        return
    temp = target.with_name(f".{target.name}.link")
    temp.unlink(missing_ok=True)
    link_or_copy(make, temp)
    os.replace(temp, target)
    # When `target` is a link to that file already (a user's file kept at each build), rename(2)
    # does nothing and leaves the new link, which would be published with the site.
    temp.unlink(missing_ok=True)


def prune_emptied(out: Path, gone: Iterable[str]) -> set[str]:
    """Remove the folders left empty in `out` by files of a user's that are gone from it (`gone`,
    relative): a folder the build made for a page since removed, kept only while it held them. A
    clean build never makes an empty folder. Returns the folders removed (relative)."""
    return {folder for rel in gone for folder in _prune_parents(out, rel)}


def _prune_parents(root: Path, rel: str) -> list[str]:
    """Remove the folders over `rel` (relative to `root`) that are empty, from the deepest up;
    return them. One gone already (a user's, removed with its files) is passed over."""
    removed = []
    folder = os.path.dirname(rel)
    while folder:
        try:
            os.rmdir(root / folder)  # (only an empty folder; a link to one is no folder: it fails)
            removed.append(folder)
        except FileNotFoundError:
            pass
        except OSError:
            break
        folder = os.path.dirname(folder)
    return removed


def _remove(folder: Path, rel: str) -> None:
    """Remove one file, then every folder it leaves empty."""
    (folder / rel).unlink(missing_ok=True)
    _prune_parents(folder, rel)


def publish(
    out: Path,
    staging: Path,
    new: dict[str, str],
    old: dict[str, str],
    written: set[str],
    stale: set[str],
    shadow: Shadow | None,
    extras: set[str],
    before_exchange: Callable[[], None],
) -> tuple[Shadow, set[str] | None, Path | None]:
    """Make the output the site `new` (path -> hash) in one atomic exchange, and return the
    new shadow (raises ShadowNotKept when the old site could not become one). `old`: the hashes of the files in
    the output; `written`: the files whose new bytes are in `staging`; `stale`: those of `old`
    that `new` lacks; `shadow`: what the shadow folder holds (None: there is none to trust);
    `extras`: files a user put in the output, kept; `before_exchange` runs just before the
    output changes. Also returns the files changed in the shadow to make it the new output, or
    None when it was made afresh, and the folder where replace_shadow set files aside. Raises
    NoHardLinks when the file system has none, and OSError when a file cannot be placed (an
    immutable one), with the output unchanged, unless the exchange itself failed."""
    # In a folder of its own, named like a staging folder and marked: a build killed while changing
    # it leaves it to be removed, and the next build never trusts it.
    holder = _linked_folder(out, staging)
    work = holder / out.name
    try:
        touched = _update_shadow(out, work, staging, new, old, written, stale, shadow, extras)
        before_exchange()
        exchange(work, out)
    except BaseException:
        discard(holder, out.name)  # links and staged files only: the output is untouched
        raise
    try:
        aside = replace_shadow(work, out, extras)  # `work` holds the old site now
    except OSError as exc:
        # The new site is published; the old one could not become its shadow, and stays in the
        # marked holder for the next build to remove. That build makes a shadow afresh.
        raise ShadowNotKept(exc.errno, exc.strerror, exc.filename) from None
    (holder / MARKER).unlink()
    holder.rmdir()
    return Shadow({rel: old.get(rel) for rel in written | stale}, frozenset(extras)), touched, aside


def _update_shadow(
    out: Path,
    work: Path,
    staging: Path,
    new: dict[str, str],
    old: dict[str, str],
    written: set[str],
    stale: set[str],
    shadow: Shadow | None,
    extras: set[str],
) -> set[str] | None:
    """Make `work` the new site: from the shadow, changing only the files that differ, or from
    hard links to every file of the output when there is no shadow to trust. (The files it
    changed in the shadow; None when it made the site afresh.)"""
    prev = shadow_dir(out)
    touched: set[str] | None = set()
    if shadow is not None and prev.is_dir() and not prev.is_symlink():
        os.replace(prev, work)  # first: a build killed while changing it never trusts it again
        differs, stale_extras = shadow.differs, shadow.extras - extras
    else:
        work.mkdir()
        link_tree(out, work, set(old) | extras | {MARKER})
        differs, stale_extras, touched = {}, frozenset(), None
    # The marker last: it names the finished site, and until it goes the staging folder holds it,
    # so that a build killed on the way leaves a folder the next one knows to remove. Removals
    # first: a file may take the place of a folder the old site had ('static/img/' -> 'static/img').
    order = sorted(set(differs) | written | stale, key=lambda rel: (rel == MARKER, rel in new, rel))
    for rel in order:
        have = differs[rel] if rel in differs else old.get(rel)
        want = new.get(rel)
        if have == want:
            continue
        if touched is not None:
            touched.add(rel)
        if want is None:
            _remove(work, rel)
        elif rel in written:
            _place(work / rel, staging / rel, link=False)
        else:  # changed by the last build, not this one: the output holds it
            _place(work / rel, out / rel, link=True)
    for rel in stale_extras - set(new):
        _remove(work, rel)
    for rel in extras:
        _place(work / rel, out / rel, link=True)
    os.chmod(work, 0o755)
    return None if touched is None else touched | (stale_extras - set(new)) | extras
