"""The preview's watching: a look only where file-system events point must find what a look at
every source finds, and a save must be seen from its event, without a full look."""

from __future__ import annotations

import asyncio
import gc
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from site_builder import serve, watch
from tests.conftest import write_article
from tests.ingest_helpers import ARTICLE

# What a project's folders hold: nested folders, hidden and scratch names, the output folder
# (src/out), a watched folder made and removed (later).
FILES = ["a.md", "b.html", "sub/c.md", "sub/deep/d.css", "sub/.hidden/e.md", ".f.md", "g.md~", "h.swp", "out/i.html"]
FILES += ["static/.well-known/x.txt", "static/.DS_Store", "static/a/.b.css"]  # hidden names published there
FILES = [f"src/{name}" for name in FILES] + ["later/x.md", "later/y/z.md"]
FOLDERS = ["src/sub", "src/sub/deep", "src/sub/.hidden", "later", "later/y"]  # src/out stays a folder


class SourceTree(RuleBasedStateMachine):
    """A watched folder (with the output folder inside it), a watched file and a watched folder
    not made yet; each edit reports the paths an event would name, no more."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="watch-"))
        (self.root / "src").mkdir()
        # src/sub/.hidden is watched on its own: a hidden name inside another watched folder.
        self.paths = [self.root / name for name in ("src", "later", "site.yaml", "src/sub/.hidden")]
        self.skip = (self.root / "src" / "out").resolve()
        self.skip.mkdir()
        (self.root / "elsewhere").mkdir()  # not watched; never changed: what a symlink may point to
        (self.root / "elsewhere" / "j.md").write_text("j")
        self.seen = watch.snapshot(self.paths, self.skip)
        self.touched: set[str] = set()
        self.counter = 0

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    @rule(place=st.sampled_from(FILES))
    def write(self, place: str) -> None:
        path = self.root / place
        for folder in reversed(path.parents):  # a file where a folder must go: replaced
            if folder.is_file():
                folder.unlink()
        if path.is_dir():
            shutil.rmtree(path)
        path.parent.mkdir(parents=True, exist_ok=True)  # new folders: only the file's event is reported
        self.counter += 1
        path.write_text("x" * self.counter)
        self.touched.add(str(path))

    @rule(place=st.sampled_from(FILES + FOLDERS))
    def remove(self, place: str) -> None:
        path = self.root / place
        if path.is_dir():
            shutil.rmtree(path)  # one event for the folder stands for what it held
        elif path.exists():
            path.unlink()
        self.touched.add(str(path))

    @rule(source=st.sampled_from(FILES + FOLDERS), dest=st.sampled_from(FILES + FOLDERS))
    def move(self, source: str, dest: str) -> None:
        old, new = self.root / source, self.root / dest
        if not old.exists() or new.exists() or old in new.parents or not new.parent.is_dir() or new.is_symlink():
            return
        old.rename(new)
        self.touched.update((str(old), str(new)))

    @rule(place=st.sampled_from(FOLDERS))
    def folder_becomes_file(self, place: str) -> None:
        path = self.root / place
        if not path.parent.is_dir():
            return
        if path.is_dir():
            shutil.rmtree(path)
        path.write_text("now a file")
        self.touched.add(str(path))

    @rule(target_=st.sampled_from(["itself", "src/out", "elsewhere", "elsewhere/j.md", "missing"]))
    def symlink(self, target_: str) -> None:
        """A link in a watched folder: a loop, into the output folder, out of the project, broken."""
        link = self.root / "src" / "link"
        if link.is_symlink() or link.is_file():
            link.unlink()
        elif link.is_dir():
            shutil.rmtree(link)
        link.symlink_to(link if target_ == "itself" else self.root / target_)
        self.touched.add(str(link))

    @rule(present=st.booleans())
    def settings_file(self, present: bool) -> None:
        path = self.root / "site.yaml"
        if present:
            self.counter += 1
            path.write_text(f"title: {self.counter}\n")
        elif path.exists():
            path.unlink()
        self.touched.add(str(path))

    @rule()
    def unrelated(self) -> None:
        """Files beside the sources (README.md) and events for them change nothing."""
        (self.root / "README.md").write_text(str(self.counter))
        self.touched.add(str(self.root / "README.md"))

    @invariant()
    def a_look_where_events_point_finds_what_a_full_look_finds(self) -> None:
        before = {folder: dict(files) for folder, files in self.seen.items()}
        after = watch.refreshed(self.seen, self.touched, self.paths, self.skip)
        assert after == watch.snapshot(self.paths, self.skip), sorted(self.touched)
        assert self.seen == before, "the earlier snapshot was changed"
        self.seen, self.touched = after, set()


SourceTree.TestCase.settings = settings(
    max_examples=60, stateful_step_count=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestSourceTree = SourceTree.TestCase


def wait_for(events: watch.Events, wanted: set[str], seconds: float = 10) -> set[str]:
    got: set[str] = set()
    deadline = time.monotonic() + seconds
    while not wanted <= got and time.monotonic() < deadline:
        time.sleep(0.05)
        got |= events.take()
    return got


def test_the_system_reports_saves_and_folders_that_appear(tmp_path: Path) -> None:
    content, templates = tmp_path / "content", tmp_path / "templates"
    (content / "articles").mkdir(parents=True)
    paths = [content, templates, tmp_path / "site.yaml"]
    events = watch.Events()
    try:
        assert not events.follow(paths)  # started now: what came before is a full look's to find
        assert events.follow(paths)
        article = content / "articles" / "a.md"
        article.write_text("x")
        (tmp_path / "site.yaml").write_text("title: x\n")
        assert {str(article), str(tmp_path / "site.yaml")} <= wait_for(events, {str(article)})
        templates.mkdir()  # seen through the project folder, then watched itself
        assert str(templates) in wait_for(events, {str(templates)})
        assert not events.follow(paths)  # watched afresh, templates/ now with all it holds
        assert events.follow(paths)
        (templates / "base.html").write_text("<html>")
        assert str(templates / "base.html") in wait_for(events, {str(templates / "base.html")})
    finally:
        events.stop()


@pytest.fixture
def watcher(empty_project: Path) -> Iterator[serve.SourceWatcher]:
    """The preview's watcher over a project, its settings loaded as `serve` loads them; no look taken yet."""
    preview = serve.Preview(root=empty_project, overrides={}, host="127.0.0.1", port=8000)
    preview.watching = serve.local_config(empty_project, {}, "127.0.0.1", 8000)
    found = serve.SourceWatcher(preview)
    yield found
    found.events.stop()


def full_look(watcher: serve.SourceWatcher) -> watch.Snapshot:
    config = watcher.preview.watching
    return watch.snapshot(serve.watched_paths(watcher.preview.root, config), config.output_dir)


def test_a_save_is_found_from_its_event_without_a_full_look(
    watcher: serve.SourceWatcher, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    preview = watcher.preview
    preview.seen = full_look(watcher)
    assert serve.rebuild(preview, [])
    watcher.poll()  # the first poll looks at everything and starts the events
    full_looks: list[int] = []
    full = serve.snapshot
    monkeypatch.setattr(serve, "snapshot", lambda *args: full_looks.append(1) or full(*args))
    watcher.next_full_look = float("inf")
    reloads: list[str] = []
    monkeypatch.setattr(serve.LiveReloadHandler, "reload_waiters", reloads.append)
    write_article(preview.root, "2025-01-28-r1.md", "title: 딥시크 R1 공개\ndate: 2025-01-28T09:00:00+09:00")
    page = preview.config.output_dir / "2025" / "01" / "28"
    deadline = time.monotonic() + 15
    while not any(page.rglob("index.html")) and time.monotonic() < deadline:
        time.sleep(serve.POLL_SECONDS)
        watcher.poll()
    assert any("딥시크 R1 공개" in p.read_text(encoding="utf-8") for p in page.rglob("index.html"))
    assert "2025-01-28-r1.md" in capsys.readouterr().out
    assert reloads == ["*"]
    assert not full_looks


def test_a_save_wakes_the_watcher_without_waiting_for_a_poll(
    watcher: serve.SourceWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save's event starts the look, and the end of its burst is looked for when due: with the
    periodic poll an hour apart, the rebuild still follows the save."""
    preview = watcher.preview
    preview.seen = full_look(watcher)
    assert serve.rebuild(preview, [])
    monkeypatch.setattr(serve, "POLL_SECONDS", 3600)
    reloads: list[str] = []
    monkeypatch.setattr(serve.LiveReloadHandler, "reload_waiters", reloads.append)

    async def save_and_wait() -> None:
        watcher.start(lambda: None)
        watcher.poll()  # the first poll looks at everything and starts the events
        write_article(preview.root, "2025-01-28-r1.md", "title: 딥시크 R1 공개\ndate: 2025-01-28T09:00:00+09:00")
        deadline = time.monotonic() + 15
        while not reloads and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    asyncio.run(save_and_wait())
    assert reloads == ["*"]
    page = preview.config.output_dir / "2025" / "01" / "28"
    assert any("딥시크 R1 공개" in p.read_text(encoding="utf-8") for p in page.rglob("index.html"))


def test_without_events_the_full_look_finds_the_save(
    watcher: serve.SourceWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the system will not watch (inotify's limits), every poll looks at every source."""
    monkeypatch.setattr(watch.Events, "_observe", lambda self, paths: None)
    seen = full_look(watcher)
    watcher.next_full_look = float("inf")
    article = write_article(watcher.preview.root, "a.md", "title: x\ndate: 2025-01-28")
    assert str(article) in watch.changed_files(seen, watcher.look(seen))


def test_settings_that_name_other_folders_are_followed_by_a_full_look(watcher: serve.SourceWatcher) -> None:
    """`content: 원고` in site.yaml: the folder was never looked at, so events alone cannot say what it holds."""
    root = watcher.preview.root
    shutil.copytree(root / "content", root / "원고")
    (root / "원고" / "articles" / "a.md").write_text("---\ntitle: x\ndate: 2025-01-28\n---\n본문\n", encoding="utf-8")
    seen = watcher.look({})
    watcher.next_full_look = float("inf")
    (root / "site.yaml").write_text("content: 원고\n", encoding="utf-8")
    watcher.preview.watching = serve.local_config(root, {}, "127.0.0.1", 8000)
    assert watcher.look(seen) == full_look(watcher)


def looks_until_all_seen(watcher: serve.SourceWatcher, seen: watch.Snapshot) -> watch.Snapshot:
    """Looks as the poll does until a look finds all a full look finds (an event may take a moment
    on a busy machine), for at most 5 s."""
    deadline = time.monotonic() + 5
    seen = watcher.look(seen)
    while seen != full_look(watcher) and time.monotonic() < deadline:
        time.sleep(serve.POLL_SECONDS)
        seen = watcher.look(seen)
    return seen


def test_a_folder_replaced_by_another_of_its_name_is_watched_afresh(watcher: serve.SourceWatcher) -> None:
    """`rm -rf content; mkdir content` or a `git checkout`: the old watch follows the folder that went."""
    root = watcher.preview.root
    seen = watcher.look({})
    watcher.next_full_look = float("inf")
    shutil.move(root / "content", root / "content.old")
    shutil.copytree(root / "content.old", root / "content")
    time.sleep(0.5)  # the poll comes later: the watch on the folder that went has ended by then
    seen = looks_until_all_seen(watcher, seen)
    write_article(root, "a.md", "title: x\ndate: 2025-01-28")
    assert looks_until_all_seen(watcher, seen) == full_look(watcher)


def test_when_events_do_not_arrive_every_poll_looks_at_every_source(
    watcher: serve.SourceWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A network or container file system: the watcher runs, but no event comes. The first change
    a full look finds without its event ends the trust in events."""
    seen = watcher.look({})
    monkeypatch.setattr(watch._Collect, "on_any_event", lambda self, event: None)  # events that never come
    write_article(watcher.preview.root, "a.md", "title: x\ndate: 2025-01-28")
    watcher.next_full_look = 0  # time for the full look: it finds a.md
    seen = watcher.look(seen)
    assert seen == full_look(watcher)
    time.sleep(serve.CONFIRM_SECONDS + 0.2)
    watcher.next_full_look = float("inf")  # a large site's: the next full look is far
    seen = watcher.look(seen)  # a.md's event never came
    assert not watcher.trusted
    write_article(watcher.preview.root, "b.md", "title: y\ndate: 2025-01-29")
    assert watcher.look(seen) == full_look(watcher)


def test_events_that_arrive_keep_the_trust(watcher: serve.SourceWatcher) -> None:
    seen = watcher.look({})
    for round_ in range(2):
        write_article(watcher.preview.root, f"{round_}.md", "title: x\ndate: 2025-01-28")
        watcher.next_full_look = 0  # a full look at once, before the event is taken
        seen = watcher.look(seen)
        time.sleep(serve.CONFIRM_SECONDS + 0.2)
        watcher.next_full_look = float("inf")
        seen = watcher.look(seen)
    assert watcher.trusted


def test_a_saves_event_during_a_long_full_look_gives_the_look_up(
    watcher: serve.SourceWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100,000 articles a look at every source takes most of a second, and a save whose event
    came in it waited that long: the look is given up, and runs again at a later poll; once long
    overdue, it runs to its end whatever arrives."""
    folder = watcher.preview.root / "content" / "articles"
    for i in range(2 * watch.ASK_EVERY):  # enough files for the look to ask
        (folder / f"n{i}.md").write_text(f"---\ntitle: 기사 {i}\ndate: 2025-01-28\n---\n본문\n", encoding="utf-8")
    seen = watcher.look({})  # the first look: a full one, which starts the events
    monkeypatch.setattr(watcher.events, "waiting", lambda: True)  # an event always just in
    due = watcher.next_full_look = time.monotonic() - 1
    write_article(watcher.preview.root, "a.md", "title: x\ndate: 2025-01-28")
    seen = looks_until_all_seen(watcher, seen)
    assert "a.md" in seen[str(folder)]  # the save is seen, from its event
    assert watcher.next_full_look == due  # each full look was given up: still due
    watcher.next_full_look = time.monotonic() - serve.GIVE_UP_SECONDS - 1
    assert watcher.look(seen) == full_look(watcher)
    assert watcher.next_full_look > time.monotonic()  # run to its end: the next is far


def test_a_save_that_wakes_the_server_when_a_full_look_is_due_waits_for_no_look(
    watcher: serve.SourceWatcher,
) -> None:
    seen = watcher.look({})  # the first look: a full one, which starts the events
    due = watcher.next_full_look = time.monotonic() - 1
    write_article(watcher.preview.root, "a.md", "title: x\ndate: 2025-01-28")
    deadline = time.monotonic() + 5
    while not watcher.events.waiting() and time.monotonic() < deadline:
        time.sleep(0.01)  # the event wakes the server: it is in before the poll looks
    seen = watcher.look(seen)
    assert "a.md" in seen[str(watcher.preview.root / "content" / "articles")]
    assert watcher.next_full_look == due  # put off while events come


def test_the_overlay_follows_every_change_of_the_problems_and_a_fixed_data_file_leaves_it(
    watcher: serve.SourceWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad seed stays on the page until it is fixed; another problem comes and goes with the
    builds, a reload each time the list changes; a data file's problem found by ingest goes
    once the data file is fixed, whatever becomes of the seeds."""
    preview, root = watcher.preview, watcher.preview.root

    def rebuild(path: Path) -> bool:  # as the poll does, once it has seen the save
        before, preview.seen = preview.seen, full_look(watcher)
        return serve.rebuild(preview, [str(path)], before=before)

    seeds = root / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / "bad.txt").write_bytes(b"\x00binary")
    (seeds / "good.txt").write_text(ARTICLE, encoding="utf-8")
    assert rebuild(seeds / "bad.txt")
    bad_seed = preview.problems
    assert len(bad_seed) == 1 and bad_seed[0].startswith("seeds/bad.txt: ")
    article = write_article(root, "x.md", "title: 기사\ndate: 2025-01-28")
    assert rebuild(article) and preview.problems == bad_seed
    assert not rebuild(article)  # nothing changed, the same problems: no reload
    article.write_text("---\ntitle: [\n---\n", encoding="utf-8")
    assert rebuild(article) and len(preview.problems) == 2
    write_article(root, "x.md", "title: 기사 다시\ndate: 2025-01-28")
    assert rebuild(article) and preview.problems == bad_seed  # a reload: the overlay changed
    tags = root / "content" / "tags.yaml"
    good_tags = tags.read_text(encoding="utf-8")
    tags.write_text("OpenAI: [\n", encoding="utf-8")
    assert rebuild(seeds / "good.txt")
    assert any(p.startswith("content/tags.yaml") for p in preview.problems), preview.problems
    tags.write_text(good_tags, encoding="utf-8")
    assert rebuild(tags) and preview.problems == bad_seed


class _Cycle:
    """An object in a reference cycle: only the collector can free it."""

    def __init__(self) -> None:
        self.me = self


def test_what_a_rebuild_leaves_is_kept_from_the_collector_until_the_server_is_idle(
    watcher: serve.SourceWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full pass of the collector over a large site's state takes most of a second at a random
    moment, often a save's rebuild: rebuilds freeze what they leave. The collector still goes
    through it all once the server has been idle a while, so a cycle made anyway is freed."""
    preview = watcher.preview
    preview.seen = full_look(watcher)
    gc.collect()  # so that no pass of the collector comes before the rebuild turns it off
    cycle = _Cycle()
    ref = weakref.ref(cycle)
    del cycle  # garbage from here on, but only a collection can see it
    assert serve.rebuild(preview, [])
    assert gc.isenabled() and gc.get_freeze_count() > 0
    gc.collect()
    assert ref() is not None, "the collector went through what the rebuild froze"
    watcher.poll()  # not idle long enough yet
    assert ref() is not None and preview.frozen_at is not None
    monkeypatch.setattr(serve, "IDLE_COLLECT_SECONDS", 0.0)
    monkeypatch.setattr(serve.LiveReloadHandler, "reload_waiters", lambda _: None)
    write_article(preview.root, "2025-01-28-r1.md", "title: 딥시크 R1 공개\ndate: 2025-01-28T09:00:00+09:00")
    watcher.next_full_look = 0.0  # this look is a full one: it finds the save without its event
    watcher.poll()  # finds the save, which must not wait for a collection
    assert watcher.pending is not None and ref() is not None
    time.sleep(serve.QUIET_SECONDS * 2)
    watcher.poll()  # the save's rebuild
    assert watcher.pending is None and ref() is not None
    watcher.poll()  # nothing changed: idle
    assert ref() is None and preview.frozen_at is None
    # Saves that never leave 30 s of quiet: the collection still comes, between two of them.
    monkeypatch.setattr(serve, "IDLE_COLLECT_SECONDS", 3600.0)
    gc.collect()
    cycle = _Cycle()
    ref = weakref.ref(cycle)
    del cycle
    serve.rebuild(preview, [])  # nothing changed: nothing written, but what it left is frozen
    watcher.poll()
    assert ref() is not None
    monkeypatch.setattr(serve, "COLLECT_SECONDS", 0.0)
    watcher.poll()
    assert ref() is None


def test_a_save_whose_event_is_still_on_its_way_is_built_once(
    watcher: serve.SourceWatcher, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The re-read of an article saved just before its build (content.RACY_NS) falls due while a
    new save's event is still on its way: that save is built once, in one line, not by the
    re-read and then again, unchanged, when its event lands."""
    preview = watcher.preview
    article = write_article(preview.root, "a.md", "title: 첫 제목\ndate: 2025-01-28T09:00:00+09:00")
    preview.seen = full_look(watcher)
    assert serve.rebuild(preview, [])
    assert preview.recheck_at is not None  # read within a tick of its save
    watcher.poll()  # the first poll looks at everything and starts the events
    monkeypatch.setattr(serve.LiveReloadHandler, "reload_waiters", lambda *args: None)
    capsys.readouterr()
    article.write_text(article.read_text(encoding="utf-8").replace("첫 제목", "고친 제목"), encoding="utf-8")
    watcher.recheck()  # due before the save's event has been taken
    page = next((preview.config.output_dir / "2025").rglob("index.html"))
    deadline = time.monotonic() + 15
    while "고친 제목" not in page.read_text(encoding="utf-8") and time.monotonic() < deadline:
        time.sleep(serve.POLL_SECONDS)
        watcher.poll()
    for _ in range(10):  # the event, when it lands, finds nothing left to build
        time.sleep(serve.POLL_SECONDS)
        watcher.poll()
    assert "고친 제목" in page.read_text(encoding="utf-8")
    said = [line for line in capsys.readouterr().out.splitlines() if " rendered, " in line]
    assert len(said) == 1 and said[0].startswith("content/articles/a.md:"), said


def test_an_article_deleted_during_a_rebuild_shows_no_error_and_the_next_rebuild_drops_it(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview showed a 'cannot write' error in the browser for a file only read, deleted meanwhile."""
    from site_builder import parallel, site

    for i in range(parallel.PARALLEL_MIN + 10):
        write_article(empty_project, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-02-{i % 28 + 1:02d}\ntags: [DeepSeek]")
    preview = serve.Preview(root=empty_project, overrides={}, host="127.0.0.1", port=8000)
    log: list[str] = []
    assert serve.rebuild(preview, [], log=log.append) and preview.problems == [], log
    settings = empty_project / "site.yaml"  # every page renders again, each body read again
    settings.write_text(settings.read_text(encoding="utf-8").replace("AI 타임라인", "새 제목", 1), "utf-8")
    gone = empty_project / "content/articles/a0.md"
    render = site.render_outputs

    def deleted_first(*args: object, **kwargs: object) -> object:
        gone.unlink(missing_ok=True)  # after the rebuild listed it
        return render(*args, **kwargs)

    monkeypatch.setattr(site, "render_outputs", deleted_first)
    assert not serve.rebuild(preview, [str(settings)], log=log.append)
    assert preview.problems == [] and log[-1].endswith("a source changed while building; building again"), log
    monkeypatch.setattr(site, "render_outputs", render)
    assert serve.rebuild(preview, [str(settings), str(gone)], log=log.append) and preview.problems == [], log
    pages = "".join(p.read_text(encoding="utf-8") for p in preview.config.output_dir.rglob("index.html"))
    assert "새 제목" in pages and "기사 0<" not in pages
