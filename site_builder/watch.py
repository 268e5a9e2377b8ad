"""What the preview watches: a snapshot of the source files, and the file-system events that say
where to look again between full looks.

A full look stats every source file: more than half a second for a site of 100,000 articles, which
a poll every 0.2 s would repeat back to back, a core always busy. The operating system's watcher
(inotify, FSEvents, ReadDirectoryChangesW, through watchdog) names the paths that changed, so a save
is seen at once and only those paths are looked at again. Events can be lost (a full kernel queue,
a network file system, a folder reached through a symlink), so the full look stays the truth: it
still runs, as often as its own cost allows.
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

IGNORED_SUFFIXES = (".swp", ".swx", ".tmp", "~")  # editor scratch files are not edits

Stat = tuple[int, int]  # (mtime_ns, size)
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


def _ignored(name: str) -> bool:
    return name.startswith(".") or name.endswith(IGNORED_SUFFIXES)


def _visit(folder: str, skip: Path | None, found: Snapshot) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    files = found.setdefault(folder, {})
    for entry in entries:
        if _ignored(entry.name):
            continue
        try:
            if entry.is_dir():
                if skip is None or Path(entry.path).resolve() != skip:
                    _visit(entry.path, skip, found)
            elif entry.is_file():
                stat = entry.stat()
                files[entry.name] = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            continue  # deleted while we looked; the next look sees it gone


def snapshot(paths: list[Path], skip: Path | None) -> Snapshot:
    """(mtime, size) of every source file, by folder; `skip` (the output folder) is never looked
    into, so writing the site cannot trigger another build."""
    found: Snapshot = {}
    for path in paths:
        if path.is_dir():
            _visit(str(path), skip, found)
        elif path.is_file():
            stat = path.stat()
            found.setdefault(str(path.parent), {})[path.name] = (stat.st_mtime_ns, stat.st_size)
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
    folder_roots = [root for root in roots if os.path.isdir(root)]

    def root_of(path: str, among: list[str]) -> str | None:
        return next((root for root in among if path == root or path.startswith(root + os.sep)), None)

    def drop_tree(path: str) -> None:
        for folder in [f for f in after if f == path or f.startswith(path + os.sep)]:
            del after[folder]

    def set_file(folder: str, name: str, seen: Stat | None) -> None:
        files = after.get(folder, {})
        if files.get(name) == seen:
            return
        files = dict(files)  # copied on write: `before` shares it
        if seen is None:
            files.pop(name, None)
        else:
            files[name] = seen
        if files or root_of(folder, folder_roots):
            after[folder] = files
        else:  # the folder of a watched file (site.yaml) is only there while the file is
            after.pop(folder, None)

    def look(path: str, root: str, resolved: Path) -> None:
        folder, name = os.path.split(path)
        if path != root and folder not in after:  # a new folder: all of it is new
            look(folder, root, Path(folder).resolve())
            return
        try:
            info: os.stat_result | None = os.stat(path)  # through symlinks, as scandir's is_dir and is_file
        except OSError:
            info = None
        drop_tree(path)
        if info is not None and stat.S_ISDIR(info.st_mode):
            set_file(folder, name, None)
            if path == root or skip is None or resolved != skip:
                _visit(path, skip, after)
        elif info is not None and stat.S_ISREG(info.st_mode):
            set_file(folder, name, (info.st_mtime_ns, info.st_size))
        else:
            set_file(folder, name, None)

    for path in set(touched):
        root = root_of(path, roots)
        if root is None:
            continue
        # A hidden file, or a file in the output folder, is not looked at, but the folders it was
        # made in may be new: looked at from the last one that counts, if it is not known.
        parts = Path(os.path.relpath(path, root)).parts
        hidden = next((i for i, part in enumerate(parts) if _ignored(part)), None)
        if hidden is not None:
            path = os.path.join(root, *parts[:hidden])
            if path in after:
                continue
        resolved = Path(path).resolve()
        if skip is not None and resolved != skip and resolved.is_relative_to(skip):
            output = next((p for p in Path(path).parents if p.resolve() == skip), None)
            if output is None or root_of(str(output), [root]) is None:
                continue
            path, resolved = str(output), skip
        look(path, root, resolved)
    return after


class _Collect(FileSystemEventHandler):
    def __init__(self, add: Callable[[str, str], None]) -> None:
        self.add = add

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.add(str(event.src_path), str(event.dest_path))


class Events:
    """The paths the operating system reported changed under the watched paths, since last taken."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._paths: set[str] = set()
        self._observer: BaseObserver | None = None
        self._watching: tuple[tuple[str, bool], ...] | None = None

    def follow(self, paths: list[Path]) -> bool:
        """Watch `paths` (watching again when they, or which of them exist, changed). Whether every
        path is watched; when not, only full looks find changes."""
        watching = tuple((str(path), path.exists()) for path in paths)
        if watching != self._watching:
            self.stop()
            self._watching = watching
            self._observer = self._observe(paths)
        return self._observer is not None and self._observer.is_alive()

    def take(self) -> set[str]:
        with self._lock:
            taken, self._paths = self._paths, set()
        return taken

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer = None

    def _add(self, *paths: str) -> None:
        with self._lock:
            self._paths.update(path for path in paths if path)

    def _observe(self, paths: list[Path]) -> BaseObserver | None:
        # A file, or a folder not made yet, is watched through its folder, which says when it appears.
        wanted = {(str(path), True) if path.is_dir() else (str(path.parent), False) for path in paths}
        if not all(os.path.isdir(folder) for folder, _ in wanted):
            return None
        observer = Observer()
        handler = _Collect(self._add)
        try:
            for folder, recursive in sorted(wanted):
                observer.schedule(handler, folder, recursive=recursive, event_filter=EVENTS)
            observer.start()
        except OSError:  # e.g. inotify's limit of watches reached: full looks only
            observer.stop()
            return None
        return observer
