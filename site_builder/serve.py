"""`build.py serve`: build, serve the site under its base path, rebuild on save, reload the tab.

livereload provides the HTTP server, the injected livereload.js and the WebSocket. Watching
is our own, for three reasons found in livereload 2.7.1's source:
- its poller drops a reload that comes less than 3 s after the previous one, so a quick
  second save would rebuild but never reach the browser; we send reloads ourselves;
- its watcher runs one callback per changed task and knows no debounce; an editor saving
  several files must give one rebuild;
- a seed change must be ingested and then built as one step, not as two rebuilds.

The tab reloads when the site's files changed or when the error state changed. A failed
build writes nothing (site.build raises before writing), so the last good pages stay
served, and every HTML page carries an overlay with the problems until a good save.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import gc
import html
import io
import json
import mimetypes
import operator
import os
import socket
import sys
import time
import traceback
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import Any

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher
from tornado import ioloop, web

from . import config as config_mod
from . import site, watch, write
from . import state as state_mod
from .config import Config
from .content import CHANGED, RACY_NS, VANISHED, Listing, Relisted, article_names, broken_links, unread
from .errors import Problem, SiteError, display_path
from .session import Session
from .watch import Snapshot, Stat, changed_files, snapshot

DEFAULT_OUTPUT = ".cache/serve"  # never `public/`: a preview build has local URLs and must not be deployed
POLL_SECONDS = 0.2  # between looks when no event wakes the server first (events lost or not trusted)
FULL_LOOK_SHARE = 20  # a full look at the sources runs at most every 20 times what it takes
CONFIRMED = 20  # of the changes a full look found, how many are checked to have had their events
CONFIRM_SECONDS = 1.0  # how long an event may take to arrive, a busy machine included
GIVE_UP_SECONDS = 10.0  # how long saves' events may keep putting off a full look
QUIET_SECONDS = 0.05  # a burst of saves closer together than this gives one rebuild (an editor's save takes a few ms)
IDLE_COLLECT_SECONDS = 30.0  # with no save for this long, the collector goes once through what rebuilds froze
COLLECT_SECONDS = 600.0  # and at most this long after the last time, between saves, however often they come
SOURCE_DIRS = (
    "seeds",
    "content",
    "themes",
    "templates",
    "static",
    "root_files",
)  # seeds and content as site.yaml names them
HEAD_END = b"</head>"


@dataclass
class Preview:
    """The server's one piece of mutable state: what was last built and what went wrong."""

    root: Path
    overrides: dict[str, Any]
    host: str
    port: int
    config: Config | None = None  # of the last good build; its base path is what is served
    watching: Config | None = None  # the last settings that loaded, good build or not: their folders are watched
    state: site.BuildState | None = None
    session: Session = field(default_factory=Session)  # the caches every rebuild reuses
    problems: list[str] = field(default_factory=list)  # `path:line: message` lines, empty when good
    # The seeds the last ingest could not read: shown with every build until an ingest reads them,
    # though a build of what the others wrote succeeds.
    seed_problems: list[str] = field(default_factory=list)
    fields_problems: list[str] = field(default_factory=list)  # seeds.yaml's, when the last ingest stopped on them
    seen: Snapshot = field(default_factory=dict)  # the sources the last build started from
    listed: tuple[dict[str, Stat], Listing] | None = None  # an articles folder's snapshot and its listing
    frozen_at: float | None = None  # time.monotonic() of the last rebuild that froze what it left (_frozen_after)
    collected_at: float = field(default_factory=time.monotonic)  # of the last collect_frozen
    recheck_at: float | None = None  # time.monotonic() when articles read too soon after a save are read again
    lock: io.TextIOWrapper | None = None  # state.preview_lock on `output`, held while the server runs
    output: Path | None = None
    lost: bool = False  # the lock went to another preview: the server stopped
    generation: int = 0  # how many times the tabs were told to reload: each page says which one it is of
    # What in content/articles is never read ('sub/', '003.MD'), as content.unread said it at the
    # last save that could change it: said with every rebuild's warnings, as `build` says it.
    unread: list[str] | None = None
    unread_in: Path | None = None  # the articles' folder `unread` is of (site.yaml's `content:` may move it)
    broken: list[str] = field(default_factory=list)  # articles found to be links leading nowhere, looked at again

    @property
    def base_path(self) -> str:
        # (With no good build yet, where the settings say the site will be: the tab waits there.)
        config = self.config or self.watching
        return config.base_path if config else "/"


def local_config(root: Path, overrides: dict[str, Any], host: str, port: int) -> Config:
    """site.yaml with the build overrides, its base URL moved to this server, so canonical
    and absolute links resolve in the preview. The base path is kept: /REPO/ stays /REPO/.
    Drafts are built, with the review page, unless the overrides turn them off."""
    # The preview is where editors review drafts, so only an explicit `--no-drafts` leaves them out.
    drafts = True if overrides.get("drafts") is None else overrides["drafts"]
    settings = {**overrides, "output": overrides.get("output") or DEFAULT_OUTPUT, "drafts": drafts}
    published = config_mod.load(root, settings)
    shown_host = "127.0.0.1" if host in ("", "0.0.0.0", "::") else host
    netloc = f"[{shown_host}]:{port}" if ":" in shown_host else f"{shown_host}:{port}"
    return dataclasses.replace(published, base_url=f"http://{netloc}{published.base_path}")


def watched_paths(root: Path, config: Config | None) -> list[Path]:
    """The sources, plus the theme when it is the one bundled outside the project."""
    paths = [root / name for name in SOURCE_DIRS] + [root / config_mod.CONFIG_FILE]
    if config is not None:
        paths[:2] = [config.seeds_dir, config.content_dir]
    if config is not None and not config.theme_dir.resolve().is_relative_to(root.resolve()):
        paths.append(config.theme_dir)
    return paths


def articles_listing(
    preview: Preview, config: Config, changed: Iterable[str] = (), before: Snapshot | None = None
) -> Listing | Relisted | None:
    """content.list_articles's answer, from the snapshot the rebuild starts from: the poll that
    found the change has looked at every article already, which a large site's build would do
    again (a third of a second for 100,000). None when the snapshot does not hold the folder.
    Sorting the names is kept from the last rebuild while the folder holds the same files.
    `changed`: every path that differs between `before`, an earlier snapshot, and this one;
    when the last listing was made from `before`, only those are looked at. With the same files
    as the last listing, the answer is a Relisted, naming the files looked at again."""
    folder = str(config.content_dir / "articles")
    files = preview.seen.get(folder)
    if files is None:
        return None
    last = preview.listed
    names: set[str] | None = None  # the files looked at again, while the folder holds the same ones
    if last is not None and before is not None and before.get(folder) is last[0]:
        names = {os.path.basename(path) for path in changed if os.path.dirname(path) == folder}
        if not all(name in files and name in last[0] for name in names):
            names = None
    elif last is not None and files.keys() == last[0].keys():
        names = set(compress(files, map(operator.ne, files.values(), map(last[0].get, files))))  # in C
    if last is None or names is None:
        listing = {name: files[name] for name in config_mod.article_names(files)}
        preview.listed = files, listing
        return listing
    listing = dict(last[1])
    names.intersection_update(listing)
    for name in names:
        listing[name] = files[name]
    preview.listed = files, listing
    return Relisted(listing, last[1], frozenset(names))


def _ingest_input(path: Path, config: Config) -> bool:
    """A seed, or a data file ingest reads (tags.yaml's aliases, outlets.yaml…): as `ingest` then
    `build` would, the preview ingests again."""
    data_file = path.parent.resolve() == config.content_dir.resolve() and path.suffix in (".yaml", ".yml")
    return data_file or path.resolve().is_relative_to(config.seeds_dir.resolve())


def describe(paths: list[str], root: Path) -> str:
    shown = [display_path(Path(p), root) for p in paths]
    if len(shown) > 3:
        return f"{', '.join(shown[:3])} and {len(shown) - 3} more"
    return ", ".join(shown) or "start"


def rebuild(
    preview: Preview,
    changed: list[str],
    ingest: bool = False,
    log: Callable[[str], None] = print,
    before: Snapshot | None = None,
) -> bool:
    """Ingest (when a seed changed), build with the previous state, record the outcome.
    Returns True when the browser should reload: the site's files or the error state changed.
    `before`: the snapshot `changed` was found against (the one preview.seen now replaces)."""
    started = time.perf_counter()
    shown = list(preview.problems)
    what = describe(changed, preview.root)
    try:
        config = preview.watching = local_config(preview.root, preview.overrides, preview.host, preview.port)
        ingested = ""
        if ingest or any(_ingest_input(Path(p), config) for p in changed):
            try:
                ingested, preview.seed_problems, kept = _ingest(config)
            except SiteError as exc:
                # Ingest stopped before reading the seeds (seeds.yaml or a data file is bad): what
                # the last ingest said of them stands. seeds.yaml's problems are said until an
                # ingest passes; a data file's by every build until it is fixed, like any other.
                seeds = display_path(config.seeds_dir, config.root)
                preview.fields_problems = [str(p) for p in exc.problems if p.path.startswith(f"{seeds}/")]
                raise
            preview.fields_problems = []
            # A seed just saved whose article is a hand edit: its change reaches no page, so say why.
            for name in dict.fromkeys(Path(p).name for p in changed):
                if name in kept:
                    log(kept[name])
            # What ingest wrote to content/ belongs to this rebuild, not to the next poll's.
            preview.seen = snapshot(watched_paths(preview.root, config), config.output_dir)
            before = None  # `changed` does not name what ingest wrote
        # A new base URL or output folder is a different site: build it afresh.
        previous = preview.state if preview.config and _same_site(preview.config, config) else None
        listing = articles_listing(preview, config, changed, before)
        # A link leading nowhere is no file to the snapshot: `build` stops on it, and so does the
        # preview (all are looked at when it starts, then the saved ones and those still broken).
        folder = str(config.content_dir / "articles")
        saved = [os.path.basename(p) for p in changed if os.path.dirname(p) == folder]
        looked = None if previous is None or listing is None else dict.fromkeys([*saved, *preview.broken])
        broken = broken_links(config, looked)
        preview.broken = [problem.path.rpartition("/")[2] for problem in broken]
        if broken:
            raise SiteError(broken)
        # The default preview folder is the server's alone; one named with --output may be shared.
        # (A project whose .cache/ cannot be written has no lock there: the output's keeps builds apart.)
        cached = state_mod.locked(config) if state_mod.cache_writable(config) else contextlib.nullcontext()
        with cached, _frozen_after(preview):
            result = site.build(
                config,
                previous,
                own_output=not preview.overrides.get("output"),
                session=preview.session,
                listing=listing,
            )
    except SiteError as exc:
        if all(p.message in (VANISHED, CHANGED) for p in exc.problems):
            # An article saved, deleted or renamed while this rebuild read it: the change that did it is
            # the next rebuild's, which follows at once. No error to show in the browser meanwhile.
            log(f"{what}: a source changed while building; building again")
            return False
        problems = [*preview.seed_problems, *preview.fields_problems, *(str(p) for p in exc.problems)]
        preview.problems = list(dict.fromkeys(problems))
        ms = (time.perf_counter() - started) * 1000
        count = f"{len(preview.problems)} problem" + ("s" if len(preview.problems) > 1 else "")
        log(f"{what}: build failed ({count}); {_still_served(preview)} ({ms:.0f} ms)")
        for line in preview.problems:
            log(line)
        return True
    except Exception as exc:  # a bug in a build stage must not take the preview down either
        traceback.print_exc()
        preview.problems = [f"{what}: internal error while building: {type(exc).__name__}: {exc}"]
        log(f"{what}: build crashed; {_still_served(preview)}")
        return True
    preview.problems = [*preview.seed_problems, *preview.fields_problems]
    preview.config, preview.state = config, result.state
    # An article read just after its save may be saved again, unseen, within one tick of a
    # coarse clock (content.RACY_NS): once that tick is past, a rebuild reads it again.
    preview.recheck_at = time.monotonic() + RACY_NS / 1e9 if result.state.parsed.racy else None
    folder = config.content_dir / "articles"
    if preview.unread is None or preview.unread_in != folder or any(_may_be_unread(Path(p), config) for p in changed):
        preview.unread, preview.unread_in = [str(problem) for problem in unread(config)], folder
    said = [*preview.unread, *map(str, result.all_warnings())]
    ms = (time.perf_counter() - started) * 1000
    warnings = f", {len(said)} warnings" if said else ""
    failed = f", {len(preview.problems)} seed problems" if preview.problems else ""
    log(
        f"{what}{ingested}: {result.rendered} rendered, {result.written} written, {result.removed} removed"
        f"{warnings}{failed}, {ms:.0f} ms"
    )
    for line in said:
        log(f"warning: {line}")
    for line in preview.problems:
        log(line)
    return preview.problems != shown or result.written > 0 or result.removed > 0


def _may_be_unread(path: Path, config: Config) -> bool:
    """Whether a save of `path` may change what content.unread finds: anything in the articles'
    folder but an article straight in it (a folder, 'sub/x.md', '003.MD')."""
    folder = config.content_dir / "articles"
    return path.is_relative_to(folder) and not (path.parent == folder and article_names([path.name]))


def _still_served(preview: Preview) -> str:
    return "still serving the last good site" if preview.config else "no site built yet; fix it and the tab reloads"


@contextlib.contextmanager
def _frozen_after(preview: Preview) -> Iterator[None]:
    """The collector off while a rebuild runs, and what the rebuild leaves (the state the next
    one starts from: millions of objects at 100,000 articles) frozen after it: the collector's
    passes never go through it again. Otherwise a full pass, 0.13 s at 20,000 articles and
    growing with them, fell about once in twelve rebuilds on whatever ran next, often a save's rebuild.
    A rebuild makes no reference cycles (a full collection after each of eight, body and tag
    edits, found nothing), so the frozen objects are freed as usual when the next state replaces
    them; `collect_frozen` still goes through them once the server is idle, or every ten minutes
    between saves when they never stop that long."""
    gc.disable()  # site.build leaves the collector as it finds it
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
        preview.frozen_at = time.monotonic()


def collect_frozen(preview: Preview) -> None:
    """One full collection over everything rebuilds froze, then frozen again: a cycle made despite
    all (a failed build's traceback) is freed, at a moment no save is waiting."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    preview.frozen_at, preview.collected_at = None, time.monotonic()


def _same_site(a: Config, b: Config) -> bool:
    return a.base_url == b.base_url and a.output_dir == b.output_dir


def _ingest(config: Config) -> tuple[str, list[str], dict[str, str]]:
    """Run ingest over seeds/: (what the summary line says of it, the error of each seed that
    failed, why a seed's article was left as it is). Its report is kept out of the terminal
    unless a seed fails."""
    shown = display_path(config.seeds_dir, config.root)
    try:
        from . import ingest
    except ImportError as exc:
        raise SiteError([Problem(shown, None, f"cannot ingest seeds: {exc}")]) from exc
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        ingested = ingest.ingest_seeds(config, force=False)
    if ingested.failed:
        sys.stdout.write(out.getvalue())
    return " (seeds ingested)", ingested.failed, ingested.kept


def overlay_script(problems: list[str]) -> bytes:
    """A script that lays the build problems over the page; the JSON is escaped so that no
    message can close the script element."""
    data = json.dumps(problems, ensure_ascii=False).replace("<", "\\u003c")
    return (
        "<script>(function(){var problems=" + data + ";"
        "function show(){var box=document.createElement('div');box.id='build-error-overlay';"
        "box.setAttribute('role','alert');box.lang='ko';"
        "box.style.cssText='position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;"
        "padding:clamp(1rem,4vw,2rem);background:rgba(20,0,0,.94);color:#fff;"
        "font:16px/1.6 system-ui,sans-serif;word-break:keep-all;overflow-wrap:anywhere';"
        "var h=document.createElement('h2');h.textContent='빌드 오류: 사이트를 만들지 못했습니다';"
        "h.style.cssText='margin:0 0 1rem;font-size:1.25rem';box.appendChild(h);"
        "var pre=document.createElement('pre');pre.textContent=problems.join('\\n');"
        "pre.style.cssText='margin:0 0 1rem;font:14px/1.6 monospace;white-space:pre-wrap;overflow-wrap:anywhere';"
        "box.appendChild(pre);var p=document.createElement('p');"
        "p.textContent='각 줄은 ‘파일:줄: 문제’입니다. 그 줄을 고쳐 저장하면 이 페이지가 다시 읽힙니다."
        " 아래에는 마지막으로 성공한 페이지가 있습니다.';"
        "box.appendChild(p);document.body.appendChild(box);}"
        "if(document.body){show();}else{document.addEventListener('DOMContentLoaded',show);}"
        "})();</script>"
    ).encode()


def reload_tabs(preview: Preview) -> None:
    """Tell the open tabs to reload. One reloading at that moment has no WebSocket yet and misses
    the word: the page it gets says its generation (catch_up_script), and reloads again if it is
    behind."""
    preview.generation += 1
    LiveReloadHandler.reload_waiters("*")


def catch_up_script(generation: int) -> bytes:
    """A script that reloads the page when the server has built since serving it, looked at
    every second: a save landing while the tab reloads after the one before is still shown."""
    return (
        f"<script>(function(){{var served={generation};function look(){{"
        "fetch('/__serve__/status.json',{cache:'no-store'}).then(function(r){return r.json();})"
        ".then(function(s){if(s.generation!==served){location.reload();}}).catch(function(){});}"
        "setInterval(look,1000);})();</script>"
    ).encode()


def waiting_page(preview: Preview) -> bytes:
    """Served where no good build exists yet, so the overlay and livereload still reach the tab."""
    return (
        "<!doctype html><html lang=ko><head><meta charset=utf-8><title>build.py serve</title></head>"
        f"<body><p>아직 만든 사이트가 없습니다. 빌드 오류를 고쳐 저장하면 이 페이지({html.escape(preview.base_path)})가"
        " 다시 읽힙니다.</p></body></html>"
    ).encode()


class SiteHandler(web.RequestHandler):
    """The output folder at the site's base path, like GitHub Pages: `/REPO/x/` serves
    x/index.html, `/REPO/x` redirects to `/REPO/x/`, a miss gets 404.html, and `/` redirects
    to the base path."""

    preview: Preview

    def get(self, path: str) -> None:
        self._serve(path, head=False)

    def head(self, path: str) -> None:
        self._serve(path, head=True)

    def _serve(self, path: str, head: bool) -> None:
        if "\x00" in path:  # no file name holds one, and the file system would raise on it
            self._send(400, b"bad request: NUL in the path", "text/plain; charset=utf-8", head)
            return
        try:
            self._serve_path(path, head)
        except OSError:  # a name longer than the file system allows, and the like: no such page
            self._send(404, self._not_found(), "text/html; charset=utf-8", head)

    def _serve_path(self, path: str, head: bool) -> None:
        preview = self.preview
        # `path` comes decoded; a base URL may be written encoded ('/%ED%95%9C%EA%B8%80/').
        base = urllib.parse.unquote(preview.base_path)
        url_path = "/" + path
        if not url_path.startswith(base):
            if url_path in ("/", base.rstrip("/")):
                self.redirect(preview.base_path)
                return
            self._send(404, self._not_found(), "text/html; charset=utf-8", head)
            return
        rel = url_path[len(base) :]
        if preview.config is None:
            self._send(200, waiting_page(preview), "text/html; charset=utf-8", head)
            return
        out = preview.config.output_dir
        target = (out / rel).resolve()
        if target != out and out not in target.parents:
            self._send(404, self._not_found(), "text/html; charset=utf-8", head)
            return
        if target.is_dir():
            if rel and not rel.endswith("/"):
                query = f"?{self.request.query}" if self.request.query else ""
                self.redirect(url_path + "/" + query, permanent=True)
                return
            target = target / "index.html"
        if not target.is_file():
            self._send(404, self._not_found(), "text/html; charset=utf-8", head)
            return
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/javascript", "application/json", "application/xml"):
            kind += "; charset=utf-8"
        self._send(200, target.read_bytes(), kind, head)

    def _not_found(self) -> bytes:
        config = self.preview.config
        page = config.output_dir / "404.html" if config else None
        return page.read_bytes() if page and page.is_file() else waiting_page(self.preview)

    def _send(self, status: int, body: bytes, kind: str, head: bool) -> None:
        if "html" in kind:
            added = catch_up_script(self.preview.generation)
            if self.preview.problems:
                added += overlay_script(self.preview.problems)
            body = body.replace(HEAD_END, added + HEAD_END, 1)
        self.set_status(status)
        self.set_header("Content-Type", kind)
        self.set_header("Cache-Control", "no-store")  # a reload must never show a stale page
        if head:
            self.set_header("Content-Length", str(len(body)))
            return
        self.write(body)

    def compute_etag(self) -> None:
        return None


class StatusHandler(web.RequestHandler):
    """`/__serve__/status.json`: the problems of the last build, for scripts and tests."""

    preview: Preview

    def get(self) -> None:
        self.set_header("Cache-Control", "no-store")
        preview = self.preview
        self.write({"ok": not preview.problems, "problems": preview.problems, "generation": preview.generation})


def _linked(path: str) -> bool:
    """Whether the file at `path` may be reached by another name: a symbolic link, or one of
    several hard links. Its changes that no event names are not taken for lost events: an edit
    through the other name has none here (at the cost of never finding events lost on it)."""
    try:
        return os.path.realpath(path) != path or os.stat(path).st_nlink > 1
    except OSError:  # gone since: its removal had an event
        return False


class SourceWatcher(Watcher):
    """Follows the sources (the system's file events between full looks, see watch.py) and
    rebuilds once a burst of saves has gone quiet."""

    def __init__(self, preview: Preview) -> None:
        super().__init__()
        self.preview = preview
        self._tasks = {"sources": {}}  # non-empty, or livereload starts watching the whole cwd
        self.pending: Snapshot | None = None  # latest snapshot while a burst lasts
        self.last_change = 0.0
        self.loop: ioloop.IOLoop | None = None
        self.events = watch.Events(self.wake)
        self.trusted = True  # False once events were seen not to arrive (a network or container file system)
        self.unconfirmed: list[str] = []  # changes a full look found that no event has named yet
        self.unconfirmed_since = 0.0
        self.next_full_look = 0.0  # time.monotonic() from which the next poll looks at every source

    def start(self, callback: Callable[[], None]) -> bool:
        self.loop = ioloop.IOLoop.current()
        ioloop.PeriodicCallback(self.poll, POLL_SECONDS * 1000).start()
        return True  # tells livereload not to run its own poller

    def wake(self) -> None:
        """A save's event: look at once, not at the next poll (from the watcher's thread)."""
        if self.loop is not None:
            self.loop.add_callback(self.poll)

    def look(self, latest: Snapshot) -> Snapshot:
        """The sources now, `latest` being the last look: where events say, or all of them when it
        is time, when the watched folders changed, or when events cannot be trusted."""
        config = self.preview.watching
        paths = watched_paths(self.preview.root, config)
        skip = config.output_dir if config else None
        covered = self.events.follow(paths) and self.trusted
        taken = self.events.take()
        # An event arrives within milliseconds of its change: a change a full look found that no
        # event names a second later means events are not arriving; only full looks see changes.
        self.unconfirmed = [p for p in self.unconfirmed if not any(watch.within(p, named) for named in taken)]
        if covered and self.unconfirmed and time.monotonic() - self.unconfirmed_since > CONFIRM_SECONDS:
            covered = self.trusted = False
            print("file events are not arriving (a network or container file system?): every source is looked at")
        started = time.monotonic()
        # A save waits for no full look (0.6 s at 100,000 articles): one due when a save's event
        # wakes the server, or given up when one comes while it runs, is put off to a later poll,
        # and once GIVE_UP_SECONDS overdue runs to its end whatever comes.
        put_off = covered and started - self.next_full_look < GIVE_UP_SECONDS
        if covered and (started < self.next_full_look or put_off and taken):
            return watch.refreshed(latest, taken, paths, skip)
        give_up = self.events.waiting if put_off else None
        try:
            now_seen = snapshot(paths, skip, give_up)
        except watch.LookGivenUp:
            return watch.refreshed(latest, taken, paths, skip)
        self.next_full_look = time.monotonic() + max(POLL_SECONDS, FULL_LOOK_SHARE * (time.monotonic() - started))
        if covered and not self.unconfirmed:
            # (A file reached through a link, or a hard link's other name, is edited outside the
            # watched folders: no event names it there, and none is missing.)
            found = changed_files(watch.refreshed(latest, taken, paths, skip), now_seen)
            self.unconfirmed = [path for path in found if not _linked(path)][:CONFIRMED]
            self.unconfirmed_since = time.monotonic()
        return now_seen

    def keep_lock(self) -> bool:
        """Whether this preview still holds its folder's lock, taken again if its file was
        deleted; when another preview took it meanwhile, this one stops: both would build there."""
        preview = self.preview
        if preview.lock is None or preview.output is None:
            return True
        preview.lock = state_mod.preview_lock_kept(preview.lock, preview.output)
        if preview.lock is not None:
            return True
        shown = display_path(preview.output, preview.root)
        print(f"another preview took {shown} when its lock was deleted; this one stops", file=sys.stderr, flush=True)
        preview.lost = True
        if self.loop is not None:
            self.loop.stop()
        return False

    def poll(self) -> None:
        preview = self.preview
        if not self.keep_lock():
            return
        latest = self.pending if self.pending is not None else preview.seen
        now_seen = self.look(latest)
        if now_seen != latest:
            self.pending, self.last_change = now_seen, time.monotonic()
            if self.loop is not None:  # the burst's end is looked for when it is due, not at the next poll
                self.loop.call_later(QUIET_SECONDS, self.poll)
            return
        if self.pending is None:
            built = preview.config.output_dir if preview.config and preview.state else None
            if built is not None and not (built / write.MARKER).is_file():
                # The preview's folder removed (or emptied) under it: what its state describes is
                # gone, so it is built afresh, once (a build that fails leaves no state to retry with).
                preview.state = None
                if rebuild(preview, [str(built)], before=preview.seen):
                    reload_tabs(preview)
                return
            if preview.recheck_at is not None and time.monotonic() >= preview.recheck_at:
                self.recheck()
                return
            # Nothing changed since the last look, so no save waits for the collection.
            now, frozen_at = time.monotonic(), preview.frozen_at
            if frozen_at is not None and (
                now - frozen_at > IDLE_COLLECT_SECONDS or now - preview.collected_at > COLLECT_SECONDS
            ):
                collect_frozen(preview)
            return
        if time.monotonic() - self.last_change < QUIET_SECONDS:
            return
        before, changed = preview.seen, changed_files(preview.seen, self.pending)
        preview.seen, self.pending = self.pending, None
        if changed and rebuild(preview, changed, before=before):
            reload_tabs(preview)

    def recheck(self) -> None:
        """Read again the articles the last rebuild read too soon after their saves; said and
        reloaded only when one had changed unseen."""
        preview = self.preview
        preview.recheck_at = None
        if preview.config is None or preview.state is None:
            return
        folder = preview.config.content_dir / "articles"
        changed = [str(folder / name) for name in sorted(preview.state.parsed.racy)]
        # A save of one of them whose event is still on its way would be built here, then again,
        # unchanged, when the event lands: a look at them first (not at every source, which at
        # 100,000 articles would hold the server up after every save) hands such a save to the
        # usual rebuild, which reads them all again too.
        config = preview.watching or preview.config
        now_seen = watch.refreshed(preview.seen, changed, watched_paths(preview.root, config), config.output_dir)
        if now_seen != preview.seen:
            self.pending, self.last_change = now_seen, time.monotonic()
            return
        said: list[str] = []
        if rebuild(preview, changed, log=said.append, before=preview.seen):
            print("\n".join(said), flush=True)
            reload_tabs(preview)


class PreviewServer(Server):
    def __init__(self, preview: Preview, watcher: SourceWatcher) -> None:
        super().__init__(watcher=watcher)
        self.preview = preview

    def get_web_handlers(self, script: bytes) -> list[tuple[str, type[web.RequestHandler], dict[str, Any]]]:
        preview = self.preview
        site_handler = type("BoundSiteHandler", (SiteHandler,), {"preview": preview})
        status_handler = type("BoundStatusHandler", (StatusHandler,), {"preview": preview})
        return [(r"/__serve__/status\.json", status_handler, {}), (r"/(.*)", site_handler, {})]

    def _setup_logging(self) -> None:
        # livereload logs every poll decision at INFO; our rebuild lines are the terminal output.
        import logging

        logging.getLogger("livereload").setLevel(logging.WARNING)
        logging.getLogger("tornado.access").setLevel(logging.ERROR)  # a 404 is `build.py check`'s business


def in_use(port: int) -> str:
    return f"port {port} is in use; try --port {port + 1}"


def listen_problem(host: str, port: int) -> str | None:
    """Why the server cannot listen on host:port, in one line, or None. Asked before the first
    build, so a taken port is said at once instead of as a traceback after building."""
    host = host or "127.0.0.1"  # what livereload listens on for an empty host
    try:
        # create_server sets SO_REUSEADDR as tornado does: a port in TIME_WAIT is free to both.
        with socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET):
            return None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            return in_use(port)
        return f"cannot listen on {host}:{port}: {exc.strerror or exc}"
    except OverflowError:
        return f"port {port} is not a port number (0-65535)"


def serve(root: Path, overrides: dict[str, Any], host: str = "127.0.0.1", port: int = 8000) -> int:
    if port == 0:
        # Any free port, chosen here: the preview's pages name it in their addresses, never ':0'.
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with contextlib.suppress(OSError), socket.create_server((host or "127.0.0.1", 0), family=family) as free:
            port = free.getsockname()[1]
    problem = listen_problem(host, port)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    preview = Preview(root=root.resolve(), overrides=overrides, host=host, port=port)
    watcher = SourceWatcher(preview)
    try:
        config = preview.watching = local_config(preview.root, overrides, host, port)
    except SiteError:
        config = None  # rebuild() reports the problems and the server waits for a fix
    output = config.output_dir if config else preview.root / (overrides.get("output") or DEFAULT_OUTPUT)
    shown = display_path(output, preview.root)
    if overrides.get("output") and output == _published_output(preview.root, overrides):
        print(
            f"--output {overrides['output']}: that is the folder 'build' publishes (site.yaml's output), and the "
            f"preview's pages link to http://{host}:{port}/; give it another folder, or none for {DEFAULT_OUTPUT}",
            file=sys.stderr,
        )
        return 1
    # (Nor a site 'build' published there, another project's or a copy's: its next deploy would carry the drafts.)
    drafts = config.drafts if config else overrides.get("drafts") is not False
    if overrides.get("output") and drafts and write.recorded_drafts(output) is False:
        print(
            f"--output {overrides['output']}: {shown} holds a site 'build' made without drafts; the preview would "
            f"put its drafts and links to http://{host}:{port}/ there. Give it another folder, or none for "
            f"{DEFAULT_OUTPUT}",
            file=sys.stderr,
        )
        return 1
    try:
        # A folder no build may use is a command-line mistake no save can fix: said once, not served.
        if config is not None:
            write.check_output_dir(config, own_output=not overrides.get("output"))
    except SiteError as exc:
        print("\n".join(map(str, exc.problems)), file=sys.stderr)
        return 1
    try:
        lock = state_mod.preview_lock(output)
    except OSError as exc:  # a folder it may not write beside, as the build could not either
        print(f"cannot build into {shown}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if lock is None:
        print(f"another preview is building into {shown}; stop it, or give this one --output FOLDER", file=sys.stderr)
        return 1
    preview.lock, preview.output = lock, output
    try:
        return _serve(preview, watcher, config, host, port)
    finally:
        if preview.lock is not None:
            preview.lock.close()


def _published_output(root: Path, overrides: dict[str, Any]) -> Path | None:
    """The folder `build` writes with the same settings; None while site.yaml has a problem."""
    try:
        return config_mod.load(root, {key: value for key, value in overrides.items() if key != "output"}).output_dir
    except SiteError:
        return None


def _serve(preview: Preview, watcher: SourceWatcher, config: Config | None, host: str, port: int) -> int:
    # Taken before the first build, so an edit saved while it runs is seen by the first poll.
    preview.seen = snapshot(watched_paths(preview.root, config), config.output_dir if config else None)
    has_seeds = config is not None and any(config.seeds_dir.glob("*.txt"))
    rebuild(preview, [], ingest=has_seeds)
    config = preview.config or config
    url = config.absolute_url("") if config else f"http://{host}:{port}/"
    where = display_path(config.output_dir, preview.root) if config else DEFAULT_OUTPUT
    watching = ", ".join(display_path(path, preview.root) for path in watched_paths(preview.root, preview.watching))
    print(f"serving {url} (built in {where}); watching {watching}; Ctrl+C stops", flush=True)
    server = PreviewServer(preview, watcher)
    try:
        server.serve(port=port, host=host, restart_delay=0)
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        print(in_use(port), file=sys.stderr)  # taken while the first build ran
        return 1
    return 1 if preview.lost else 0
