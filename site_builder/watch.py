"""What the preview watches: a snapshot of the source files, and the file-system events that say
where to look again between full looks.

A full look stats every source file: more than half a second for a site of 100,000 articles, which
a poll every 0.2 s would repeat back to back, a core always busy. The operating system's watcher
(inotify, FSEvents, ReadDirectoryChangesW, through watchdog) names the paths that changed, so a save
is seen at once and only those paths are looked at again. Events can be lost (a full kernel queue,
a network or container file system, a folder past the system's limit of watches), so the full look
stays the truth: it still runs, as often as its own cost allows.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

from .content import FileStat, file_stat
from .errors import scratch

# Folders whose every file is published, hidden ones too ('.well-known/'): a hidden name is
# watched there, and passed over elsewhere (an editor's '.a.md', a theme's '.git').
PUBLISHED = ("static", "root_files")

Stat = FileStat
Snapshot = dict[str, dict[str, Stat]]  # folder -> the names of its files -> their Stats

# A folder's own "modified" event comes with every file event inside it, and looking again at a
# folder of 100,000 articles is a full look; opening and reading files are no change.
EVENTS = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileAttribEvent,
    FileDeletedEvent,
    FileMovedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]


def _ignored(name: str, published: bool) -> bool:
    return scratch(name) or name.startswith(".") and not published


def _published(root: str, parts: tuple[str, ...] | list[str]) -> bool:
    """Whether the path `parts` under the watched path `root` lies in a PUBLISHED folder."""
    return any(step in PUBLISHED for step in (os.path.basename(root), *parts))


def within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder + os.sep)


def _looked_into(folder: str, skip: Path | None) -> bool:
    """Never the output folder, nor anything in it, however reached: the build's own writes are no edits.
    (realpath, not Path.resolve: a symlink loop must not stop the preview.)"""
    return skip is None or not Path(os.path.realpath(folder)).is_relative_to(skip)


class LookGivenUp(Exception):
    """A look at every source given up, as its `stop` asked (see snapshot)."""


ASK_EVERY = 1000  # files between two asks whether to give up: a look at 100,000 takes most of a second


def _visit(folder: str, skip: Path | None, found: Snapshot, stop: Callable[[], bool] | None, published: bool) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    files = found.setdefault(folder, {})
    for i, entry in enumerate(entries, 1):
        if stop is not None and i % ASK_EVERY == 0 and stop():
            raise LookGivenUp
        if _ignored(entry.name, published):
            continue
        try:
            if entry.is_dir():
                if _looked_into(entry.path, skip):
                    _visit(entry.path, skip, found, stop, published or entry.name in PUBLISHED)
            elif entry.is_file():
                info = entry.stat()
                files[entry.name] = file_stat(info)
        except OSError:
            continue  # deleted while we looked; the next look sees it gone


def snapshot(paths: list[Path], skip: Path | None, stop: Callable[[], bool] | None = None) -> Snapshot:
    """(mtime, size) of every source file, by folder; `skip` (the output folder) is never looked
    into, so writing the site cannot trigger another build. Raises LookGivenUp when `stop`, asked
    every ASK_EVERY files of a folder, says so."""
    found: Snapshot = {}
    for path in paths:
        if path.is_dir():
            _visit(str(path), skip, found, stop, _published(str(path), ()))
        elif path.is_file():
            info = path.stat()
            found.setdefault(str(path.parent), {})[path.name] = file_stat(info)
    return found


def changed_files(before: Snapshot, after: Snapshot) -> list[str]:
    changed: set[str] = set()
    for folder in before.keys() | after.keys():
        old, new = before.get(folder, {}), after.get(folder, {})
        if old != new:  # in C: a folder of 100,000 articles is compared in milliseconds
            changed.update(os.path.join(folder, name) for name, _ in old.items() ^ new.items())
    return sorted(changed)


def refreshed(before: Snapshot, touched: Iterable[str], paths: list[Path], skip: Path | None) -> Snapshot:
    """What `snapshot(paths, skip)` finds now, given `before` and every path changed since it was
    taken (a folder standing for all it holds): only those paths are looked at. `before` is not
    changed; the folders that did not change are shared with it."""
    after = dict(before)
    roots = [str(path) for path in paths]
    own: set[str] = set()  # the folders of `after` copied already: a burst of saves in one folder copies it once
    for path in set(touched):
        holders = [root for root in roots if within(path, root)]
        if not holders:  # a folder above watched ones (moved or removed whole) stands for them
            for root in roots:
                if within(root, path):
                    _look_again(after, root, root, skip, roots, own)
            continue
        for root in holders:  # each watched path it is in: watched folders may nest
            # A hidden file is not looked at, but the folders it was made in may be new.
            parts = Path(os.path.relpath(path, root)).parts
            hidden = next((i for i, part in enumerate(parts) if _ignored(part, _published(root, parts[:i]))), None)
            shown = path if hidden is None else os.path.join(root, *parts[:hidden])
            if hidden is None or shown not in after:
                _look_again(after, shown, root, skip, roots, own)
    return after


def _look_again(after: Snapshot, path: str, root: str, skip: Path | None, roots: list[str], own: set[str]) -> None:
    """Bring `after` up to date with `path` (in the watched `root`), a file, a folder or gone."""
    folder, name = os.path.split(path)
    while path != root and folder not in after:  # in a folder not seen yet: all of that folder is new
        path, (folder, name) = folder, os.path.split(folder)
    try:
        info: os.stat_result | None = os.stat(path)  # through symlinks, as scandir's is_dir and is_file
    except OSError:
        info = None
    for gone in [f for f in after if within(f, path)]:
        del after[gone]
    files = after.get(folder, {})
    seen = file_stat(info) if info is not None and stat.S_ISREG(info.st_mode) else None
    if files.get(name) != seen:
        if folder not in own:  # copied on write: the snapshot it came from shares it
            files = dict(files)
            own.add(folder)
        if seen is None:
            del files[name]
        else:
            files[name] = seen
        # A watched file's folder (site.yaml's) is in a snapshot only while the file is.
        if files or any(within(folder, r) and os.path.isdir(r) for r in roots):
            after[folder] = files
        else:
            del after[folder]
    if info is not None and stat.S_ISDIR(info.st_mode) and (path == root or _looked_into(path, skip)):
        _visit(path, skip, after, None, _published(root, Path(os.path.relpath(path, root)).parts))
    for inner in roots:  # a watched path inside this one is looked at on its own, as snapshot() does
        if inner != path and within(inner, path):
            _look_again(after, inner, inner, skip, roots, own)


class _Collect(FileSystemEventHandler):
    def __init__(self, add: Callable[[str, str], None]) -> None:
        self.add = add

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.add(str(event.src_path), str(event.dest_path))


Watched = tuple[tuple[str, bool, tuple[int, int] | None], ...]  # (folder, recursive, identity)


def _watched(paths: list[Path]) -> Watched:
    """The folders that watch `paths`, each with its identity (device, inode): a watch follows a
    folder, not its name, so a folder replaced by another of the same name (`rm -rf content;
    mkdir content`, a `git checkout`) must be watched afresh. A file, or a folder not made yet,
    is watched through its folder, which says when it appears."""
    folders = set()
    for path in paths:
        recursive = path.is_dir()
        folder = str(path) if recursive else str(path.parent)
        try:
            info = os.stat(folder)
        except OSError:
            folders.add((folder, recursive, None))
        else:
            folders.add((folder, recursive, (info.st_dev, info.st_ino)))
    return tuple(sorted(folders, key=str))


class Events:
    """The paths the operating system reported changed under the watched paths, since last taken."""

    def __init__(self, wake: Callable[[], None] = lambda: None) -> None:
        self._wake = wake  # called, from the watcher's thread, on the first path reported since the last take
        self._lock = threading.Lock()
        self._paths: set[str] = set()
        self._observer: BaseObserver | None = None
        self._watched: Watched = ()
        self._linked = False  # a symlink to a folder appeared

    def follow(self, paths: list[Path]) -> bool:
        """Watch `paths`. True when they were watched already, so the events taken since cover
        them; False when watching starts now (events from before are lost) or cannot start (the
        system's limits): then only a full look knows what changed."""
        watched, observer = _watched(paths), self._observer
        # A watched folder deleted ends its watch, though a new one may take its name and inode; a
        # symlink to a folder made since is not watched through.
        ended = observer is not None and (self._linked or not all(e.is_alive() for e in observer.emitters))
        if watched != self._watched or ended:
            self.stop()
            self._watched, self._linked = watched, False
            self._observer = self._observe(watched)
            return False
        return observer is not None and observer.is_alive()

    def waiting(self) -> bool:
        """Whether a path was reported since the last take."""
        with self._lock:
            return bool(self._paths)

    def take(self) -> set[str]:
        with self._lock:
            taken, self._paths = self._paths, set()
        return taken

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer = None

    def _add(self, *paths: str) -> None:
        linked = any(os.path.islink(path) and os.path.isdir(path) for path in paths if path)
        with self._lock:
            first = not self._paths
            self._paths.update(path for path in paths if path)
            self._linked = self._linked or linked
        if first:
            self._wake()

    def _observe(self, watched: Watched) -> BaseObserver | None:
        if any(identity is None for _, _, identity in watched):
            return None
        observer = Observer()
        handler = _Collect(self._add)
        try:
            for folder, recursive, _ in watched:
                observer.schedule(handler, folder, recursive=recursive, event_filter=EVENTS, follow_symlink=True)
            observer.start()
        except OSError:  # inotify's limit of watches reached: full looks only
            observer.stop()
            return None
        return observer
