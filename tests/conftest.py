"""Shared fixtures: throw-away projects and a way to run the command line."""

from __future__ import annotations

import contextlib
import filecmp
import functools
import gc
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# The long versions of the property, kill and browser runs (README: Tests); the suite runs short ones.
LONG = bool(os.environ.get("AI_TIMELINE_LONG"))
# Debian's Chromium, never Playwright's download; without the background-networking flags it
# keeps trying to reach hosts this machine cannot.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def _collectable() -> Iterator[None]:
    """A preview rebuild freezes what it leaves out of the collector's passes (serve._frozen_after):
    the next test starts with everything collectable again."""
    yield
    gc.unfreeze()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium through Playwright, one per test module; skipped where either is missing."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def run_cli(*args: str, root: Path, script: Path = REPO / "build.py") -> subprocess.CompletedProcess[str]:
    """Run `python build.py ARGS --root ROOT` as a user would, capturing its output (`script`:
    another copy of build.py and its package)."""
    return subprocess.run(
        [sys.executable, str(script), *args, "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def staging_left(folder: Path) -> list[Path]:
    """Staging folders a build left beside its output (`.public.new-*`, `.public.old-*`); the
    shadow `.public.prev` is kept on purpose."""
    return [p for p in folder.glob(".*") if ".new-" in p.name or ".old-" in p.name]


def differences(a: Path, b: Path) -> list[str]:
    """Files in only one of two folders, then files whose bytes differ."""
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    differ = sorted(files_a ^ files_b)
    return differ + [rel for rel in sorted(files_a & files_b) if not filecmp.cmp(a / rel, b / rel, shallow=False)]


def write_article(root: Path, name: str, front_matter: str, body: str = "본문 문단입니다.\n") -> Path:
    path = root / "content" / "articles" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front_matter.strip()}\n---\n{body}", encoding="utf-8")
    return path


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    """A project with the real site.yaml and data files but no articles."""
    root = tmp_path / "site"
    (root / "content" / "articles").mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    for name in ("tags.yaml", "milestones.yaml", "outlets.yaml"):
        if (REPO / "content" / name).exists():
            shutil.copy(REPO / "content" / name, root / "content" / name)
    return root


@pytest.fixture
def seed_project(empty_project: Path) -> Path:
    """A project holding the articles ingested from the seeds, as committed in content/."""
    articles = sorted((REPO / "content" / "articles").glob("*.md"))
    assert articles, "content/articles is empty: run `python build.py ingest` first"
    for path in articles:
        shutil.copy(path, empty_project / "content" / "articles" / path.name)
    return empty_project


@contextlib.contextmanager
def served_seed_site() -> Iterator[tuple[Path, str]]:
    """The project's own seed site, built for and served from 127.0.0.1 while the block runs:
    (the built folder, its origin). For the bench scripts that look at it in a browser."""
    from site_builder import config, site

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        shutil.copytree(REPO / "content", root / "content")
        shutil.copy(REPO / "site.yaml", root / "site.yaml")
        web = Path(tmp) / "web"
        with static_server(web) as origin:
            site.build(config.load(root, {"base_url": origin + "/", "output": str(web)}))
            yield web, origin


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def static_server(folder: Path) -> Iterator[str]:
    """Serve `folder` from 127.0.0.1 on a free port while the block runs; yields the origin
    ('http://127.0.0.1:PORT'), so a site can be built for it before its files exist."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
