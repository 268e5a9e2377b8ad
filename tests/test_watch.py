"""The preview's watching: a look only where file-system events point must find what a look at
every source finds, and a save must be seen from its event, without a full look."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from site_builder import serve, watch
from tests.conftest import write_article

# What a project's folders hold: nested folders, hidden and scratch names, the output folder
# (src/out), a watched folder made and removed (later).
FILES = ["a.md", "b.html", "sub/c.md", "sub/deep/d.css", "sub/.hidden/e.md", ".f.md", "g.md~", "h.swp", "out/i.html"]
FILES = [f"src/{name}" for name in FILES] + ["later/x.md", "later/y/z.md"]
FOLDERS = ["src/sub", "src/sub/deep", "src/sub/.hidden", "src/out", "later", "later/y"]


class SourceTree(RuleBasedStateMachine):
    """A watched folder (with the output folder inside it), a watched file and a watched folder
    not made yet; each edit reports the paths an event would name, no more."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="watch-"))
        (self.root / "src").mkdir()
        self.paths = [self.root / "src", self.root / "later", self.root / "site.yaml"]
        self.skip = (self.root / "src" / "out").resolve()
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
        if not old.exists() or new.exists() or old in new.parents or not new.parent.is_dir():
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
        assert events.follow(paths)
        article = content / "articles" / "a.md"
        article.write_text("x")
        (tmp_path / "site.yaml").write_text("title: x\n")
        assert {str(article), str(tmp_path / "site.yaml")} <= wait_for(events, {str(article)})
        templates.mkdir()  # seen through the project folder, then watched itself
        assert str(templates) in wait_for(events, {str(templates)})
        assert events.follow(paths)
        (templates / "base.html").write_text("<html>")
        assert str(templates / "base.html") in wait_for(events, {str(templates / "base.html")})
    finally:
        events.stop()


def test_a_save_is_found_from_its_event_without_a_full_look(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    preview = serve.Preview(root=empty_project, overrides={}, host="127.0.0.1", port=8000)
    preview.watching = serve.local_config(empty_project, {}, "127.0.0.1", 8000)
    preview.seen = watch.snapshot(serve.watched_paths(empty_project, preview.watching), None)
    assert serve.rebuild(preview, [])
    watcher = serve.SourceWatcher(preview)
    try:
        watcher.poll()  # the first poll looks at everything and starts the events
        full_looks: list[int] = []
        full = serve.snapshot
        monkeypatch.setattr(serve, "snapshot", lambda *args: full_looks.append(1) or full(*args))
        watcher.next_full_look = float("inf")
        reloads: list[str] = []
        monkeypatch.setattr(serve.LiveReloadHandler, "reload_waiters", reloads.append)
        write_article(empty_project, "2025-01-28-r1.md", "title: 딥시크 R1 공개\ndate: 2025-01-28T09:00:00+09:00")
        page = preview.config.output_dir / "2025" / "01" / "28"
        deadline = time.monotonic() + 15
        while not any(page.rglob("index.html")) and time.monotonic() < deadline:
            time.sleep(serve.POLL_SECONDS)
            watcher.poll()
        assert any("딥시크 R1 공개" in p.read_text(encoding="utf-8") for p in page.rglob("index.html"))
        assert "2025-01-28-r1.md" in capsys.readouterr().out
        assert reloads == ["*"]
        assert not full_looks
    finally:
        watcher.events.stop()


def test_without_events_the_full_look_finds_the_save(empty_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the system will not watch (inotify's limits), every poll looks at every source."""
    monkeypatch.setattr(watch.Events, "_observe", lambda self, paths: None)
    preview = serve.Preview(root=empty_project, overrides={}, host="127.0.0.1", port=8000)
    preview.watching = serve.local_config(empty_project, {}, "127.0.0.1", 8000)
    preview.seen = watch.snapshot(serve.watched_paths(empty_project, preview.watching), None)
    watcher = serve.SourceWatcher(preview)
    watcher.next_full_look = float("inf")
    article = write_article(empty_project, "a.md", "title: x\ndate: 2025-01-28")
    assert str(article) in watch.changed_files(preview.seen, watcher.look())


def test_settings_that_name_other_folders_are_followed_by_a_full_look(empty_project: Path) -> None:
    """`content: 원고` in site.yaml: the folder was never looked at, so events alone cannot say what it holds."""
    other = empty_project / "원고"
    shutil.copytree(empty_project / "content", other)
    (other / "articles" / "a.md").write_text("---\ntitle: x\ndate: 2025-01-28\n---\n본문\n", encoding="utf-8")
    preview = serve.Preview(root=empty_project, overrides={}, host="127.0.0.1", port=8000)
    preview.watching = serve.local_config(empty_project, {}, "127.0.0.1", 8000)
    watcher = serve.SourceWatcher(preview)
    try:
        preview.seen = watcher.look()
        watcher.next_full_look = float("inf")
        (empty_project / "site.yaml").write_text("content: 원고\n", encoding="utf-8")
        preview.watching = serve.local_config(empty_project, {}, "127.0.0.1", 8000)
        paths = serve.watched_paths(empty_project, preview.watching)
        assert watcher.look() == watch.snapshot(paths, preview.watching.output_dir)
    finally:
        watcher.events.stop()
