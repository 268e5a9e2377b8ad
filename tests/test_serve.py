"""`build.py serve` as an editor uses it: a real Chromium tab that updates itself on every save."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from site_builder import serve
from site_builder.content import RACY_NS
from site_builder.write import MARKER
from tests.conftest import REPO, write_article

WAIT_MS = 15_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


class Served:
    """A `build.py serve` subprocess and what it printed."""

    def __init__(self, root: Path, port: int, base_path: str) -> None:
        self.root, self.port = root, port
        self.url = f"http://127.0.0.1:{port}{base_path}"
        self.log = root.parent / "serve.log"
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, str(REPO / "build.py"), "serve", "--root", str(root), "--port", str(port)],
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.output()
            try:
                if fetch(self.url)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"server did not come up:\n{self.output()}")

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _project(root: Path, base_url: str) -> None:
    text = (root / "site.yaml").read_text(encoding="utf-8")
    lines = [f"base_url: {base_url}" if line.startswith("base_url:") else line for line in text.splitlines()]
    (root / "site.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "seeds").mkdir(exist_ok=True)
    write_article(root, "alpha.md", "title: 첫 번째 기사\ndate: 2025-01-20T10:00:00+09:00\ntags: [DeepSeek]")
    write_article(root, "beta.md", "title: 두 번째 기사\ndate: 2025-01-28T15:54:00+09:00\ntags: [OpenAI]")


def _connected(page: object) -> None:
    """Wait until livereload.js has finished its handshake, so the next reload reaches the tab."""
    page.wait_for_function(
        "() => window.LiveReload && window.LiveReload.connector && window.LiveReload.connector.protocol >= 7",
        timeout=WAIT_MS,
    )
    time.sleep(0.3)  # the `info` message that registers the tab follows the handshake


@pytest.mark.browser
@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8000/", "https://example.github.io/REPO/"])
def test_open_tab_follows_every_save(empty_project: Path, browser: object, base_url: str) -> None:
    from playwright.sync_api import expect

    root = empty_project
    _project(root, base_url)
    base_path = "/REPO/" if "REPO" in base_url else "/"
    served = Served(root, free_port(), base_path)
    page = browser.new_page()
    try:
        # The site sits at the published path; `/` leads there, and links resolve inside it.
        page.goto(f"http://127.0.0.1:{served.port}/")
        assert page.url == served.url
        expect(page.get_by_role("link", name="첫 번째 기사")).to_be_visible()
        canonical = page.locator("link[rel=canonical]").get_attribute("href")
        assert canonical == served.url
        page.get_by_role("link", name="첫 번째 기사").click()
        expect(page.get_by_role("heading", name="첫 번째 기사")).to_be_visible()
        assert page.url == f"{served.url}2025/01/20/alpha/"
        page.goto(served.url)
        _connected(page)

        # 1. A title edit shows up in the open tab by itself.
        page.evaluate("window.__before_reload = true")
        article = root / "content" / "articles" / "alpha.md"
        article.write_text(article.read_text(encoding="utf-8").replace("첫 번째 기사", "고친 제목"), encoding="utf-8")
        expect(page.get_by_role("link", name="고친 제목")).to_be_visible(timeout=WAIT_MS)
        assert page.evaluate("window.__before_reload === undefined")  # the page reloaded, not a stale DOM
        expect(page.get_by_role("link", name="첫 번째 기사")).to_have_count(0)

        # 2. A new seed is ingested, built, and appears on the timeline.
        _connected(page)
        seed = sorted((REPO / "seeds").glob("*.txt"))[0]
        shutil.copy(seed, root / "seeds" / seed.name)
        ingested = root / "content" / "articles" / f"{seed.stem}.md"
        deadline = time.monotonic() + WAIT_MS / 1000
        while not ingested.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert ingested.exists(), served.output()
        title = yaml.safe_load(ingested.read_text(encoding="utf-8").split("---\n")[1])["title"]
        expect(page.get_by_role("link", name=title, exact=True)).to_be_visible(timeout=WAIT_MS)

        # 3. Broken front matter: the terminal and the tab show the same `path:line: message`.
        _connected(page)
        good = article.read_text(encoding="utf-8")
        article.write_text(good.replace("title: 고친 제목", "title: [고친 제목"), encoding="utf-8")
        overlay = page.locator("#build-error-overlay")
        expect(overlay).to_be_visible(timeout=WAIT_MS)
        expect(overlay).to_contain_text(re.compile(r"content/articles/alpha\.md:\d+: YAML syntax error"))
        printed = [line for line in served.output().splitlines() if line.startswith("content/articles/alpha.md:")]
        assert printed, served.output()
        expect(overlay).to_contain_text(printed[-1])
        expect(page.get_by_role("link", name="두 번째 기사")).to_be_attached()  # the last good page underneath
        status = json.loads(fetch(f"http://127.0.0.1:{served.port}/__serve__/status.json")[1])
        assert status["problems"] == [printed[-1]]

        # 4. The fix clears the overlay and the page is back, with the fixed title.
        _connected(page)
        article.write_text(good.replace("고친 제목", "다시 고친 제목"), encoding="utf-8")
        expect(page.get_by_role("link", name="다시 고친 제목")).to_be_visible(timeout=WAIT_MS)
        expect(overlay).to_have_count(0)

        assert served.proc.poll() is None
        # One line per rebuild, each for a source the test changed, none for the site's own output.
        # (On a loaded machine a save's second event may come after the quiet window: its rebuild
        # finds nothing changed and renders nothing, which is no rebuild of the site.)
        rebuilds = [line for line in served.output().splitlines() if " rendered, " in line]
        assert all(line.startswith(("start:", "content/", "seeds/")) for line in rebuilds), served.output()
        assert len([line for line in rebuilds if ": 0 rendered, 0 written" not in line]) == 4, served.output()
    finally:
        page.close()
        served.stop()


@pytest.mark.browser
def test_a_tab_that_missed_the_reload_catches_up(empty_project: Path, browser: object) -> None:
    """A save landing while the tab reloads after the save before finds it with no WebSocket
    yet, and livereload's word is lost: the page itself asks whether it is behind. Here the tab
    never gets livereload.js at all, so only that question can bring the save to it."""
    from playwright.sync_api import expect

    root = empty_project
    _project(root, "http://127.0.0.1:8000/")
    served = Served(root, free_port(), "/")
    page = browser.new_page()
    try:
        page.route("**/livereload.js*", lambda route: route.abort())
        page.goto(served.url)
        expect(page.get_by_role("link", name="첫 번째 기사")).to_be_visible()
        article = root / "content" / "articles" / "alpha.md"
        article.write_text(article.read_text(encoding="utf-8").replace("첫 번째 기사", "고친 제목"), encoding="utf-8")
        expect(page.get_by_role("link", name="고친 제목")).to_be_visible(timeout=WAIT_MS)
    finally:
        page.close()
        served.stop()


def test_a_burst_of_saves_gives_one_rebuild(empty_project: Path) -> None:
    _project(empty_project, "http://127.0.0.1:8000/")
    served = Served(empty_project, free_port(), "/")
    try:
        before = served.output().count(" rendered, ")
        for i in range(5):  # an editor saving several files within a moment
            write_article(empty_project, f"burst{i}.md", f"title: 묶음 {i}\ndate: 2025-02-0{i + 1}")
            time.sleep(serve.QUIET_SECONDS / 5)
        deadline = time.monotonic() + 10
        while served.output().count(" rendered, ") == before and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.5)  # room for a wrongly split second rebuild to show up
        lines = [line for line in served.output().splitlines() if " rendered, " in line][before:]
        assert len(lines) == 1, served.output()
        assert "content/articles/burst0.md" in lines[0] and " ms" in lines[0]
        status, body = fetch(served.url)
        assert status == 200 and all(f"묶음 {i}" in body for i in range(5))
    finally:
        served.stop()


def test_the_preview_follows_the_content_folder_site_yaml_names(empty_project: Path) -> None:
    """With `content: 원고`, a save there rebuilds the preview; a hidden file there is no article."""
    _project(empty_project, "http://127.0.0.1:8000/")
    shutil.move(empty_project / "content", empty_project / "원고")
    with (empty_project / "site.yaml").open("a", encoding="utf-8") as f:
        f.write("content: 원고\n")
    served = Served(empty_project, free_port(), "/")
    try:
        articles = empty_project / "원고" / "articles"
        (articles / ".scratch.md").write_text("---\ntitle: 숨은 파일\ndate: 2025-02-02\n---\n본문\n", encoding="utf-8")
        (articles / "gamma.md").write_text("---\ntitle: 세 번째 기사\ndate: 2025-02-03\n---\n본문\n", encoding="utf-8")
        deadline = time.monotonic() + 15
        while "세 번째 기사" not in fetch(served.url)[1] and time.monotonic() < deadline:
            time.sleep(0.1)
        body = fetch(served.url)[1]
        assert "세 번째 기사" in body and "첫 번째 기사" in body, served.output()
        assert "숨은 파일" not in body
    finally:
        served.stop()


def test_a_fix_in_the_named_content_folder_is_seen_after_a_failed_first_build(empty_project: Path) -> None:
    """The folders watched are those of the settings that loaded, not of the last good build:
    with `content: 원고` and a bad article at start, the server waits quietly, then follows the fix."""
    _project(empty_project, "http://127.0.0.1:8000/")
    shutil.move(empty_project / "content", empty_project / "원고")
    with (empty_project / "site.yaml").open("a", encoding="utf-8") as f:
        f.write("content: 원고\n")
    bad = empty_project / "원고" / "articles" / "gamma.md"
    bad.write_text("---\ntitle: [깨진\ndate: 2025-02-03\n---\n본문\n", encoding="utf-8")
    served = Served(empty_project, free_port(), "/")
    try:
        time.sleep(2)  # polls enough to rebuild, if the watched folders were not the ones read
        assert served.output().count("build failed") == 1, served.output()
        bad.write_text("---\ntitle: 고친 기사\ndate: 2025-02-03\n---\n본문\n", encoding="utf-8")
        deadline = time.monotonic() + 15
        while "고친 기사" not in fetch(served.url)[1] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "고친 기사" in fetch(served.url)[1], served.output()
    finally:
        served.stop()


def test_a_failed_first_build_waits_at_the_sites_base_path_and_says_so(empty_project: Path) -> None:
    _project(empty_project, "https://example.github.io/REPO/")
    bad = empty_project / "content" / "articles" / "gamma.md"
    bad.write_text("---\ntitle: [깨진\ndate: 2025-02-03\n---\n본문\n", encoding="utf-8")
    served = Served(empty_project, free_port(), "/REPO/")
    try:
        status, page = fetch(f"http://127.0.0.1:{served.port}/")  # led to the base path, where the site will be
        assert status == 200 and "아직 만든 사이트가 없습니다" in page and "(/REPO/)" in page, page
        assert re.search(r"gamma\.md:\d+: YAML syntax error", page), page  # the overlay's problems
        assert "build failed (1 problem); no site built yet" in served.output(), served.output()
        assert "still serving" not in served.output()
    finally:
        served.stop()


def test_port_0_serves_on_a_free_port_and_its_pages_name_that_port(empty_project: Path) -> None:
    _project(empty_project, "http://127.0.0.1:8000/")
    log = empty_project.parent / "serve0.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, str(REPO / "build.py"), "serve", "--root", str(empty_project), "--port", "0"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        deadline = time.monotonic() + 60
        while not (said := re.search(r"serving http://127\.0\.0\.1:(\d+)/", log.read_text(encoding="utf-8"))):
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text(encoding="utf-8")
            time.sleep(0.1)
        port = int(said.group(1))
        assert port != 0
        while True:  # (it says where it serves a moment before it listens)
            try:
                status, page = fetch(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
                time.sleep(0.1)
        assert status == 200 and f'href="http://127.0.0.1:{port}/"' in page and "127.0.0.1:0/" not in page
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


def test_a_base_url_written_encoded_is_served_and_a_second_preview_is_refused(empty_project: Path) -> None:
    """A base URL as an address bar copies a Hangul path ('/%ED%95%9C%EA%B8%80/') is served
    at the address the server prints; a second preview of the project into the same folder
    stops with a line saying so, where it would take the folder from the first."""
    _project(empty_project, "https://example.github.io/%ED%95%9C%EA%B8%80/")
    served = Served(empty_project, free_port(), "/%ED%95%9C%EA%B8%80/")
    try:
        status, body = fetch(served.url)
        assert status == 200 and "첫 번째 기사" in body
        assert f"serving {served.url} " in served.output()
        second = subprocess.run(
            [sys.executable, str(REPO / "build.py"), "serve", "--root", str(empty_project), "--port", str(free_port())],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 1 and "Traceback" not in second.stderr
        assert "another preview is building into .cache/serve" in second.stderr
        assert fetch(served.url)[0] == 200
    finally:
        served.stop()


def _serve_command(root: Path, port: int, *extra: str) -> list[str]:
    return [sys.executable, str(REPO / "build.py"), "serve", "--root", str(root), "--port", str(port), *extra]


def test_a_preview_whose_cache_is_deleted_keeps_its_folder_from_a_second_preview(empty_project: Path) -> None:
    """`rm -rf .cache` under a running preview deletes its lock with its folder: it builds the
    folder again and takes the lock again, so a second preview is still refused. One that starts
    in between (the first held up, as on a busy machine) has the folder, and the first stops
    saying so, where the two would each build their own pages into it."""
    _project(empty_project, "https://example.github.io/")
    served = Served(empty_project, free_port(), "/")
    lock, marker = empty_project / ".cache" / ".serve.serve.lock", empty_project / ".cache" / "serve" / MARKER
    other: subprocess.Popen[bytes] | None = None
    try:
        shutil.rmtree(empty_project / ".cache")
        deadline = time.monotonic() + 15
        while not (lock.exists() and marker.exists()) and time.monotonic() < deadline:
            time.sleep(0.1)
        second = subprocess.run(_serve_command(empty_project, free_port()), capture_output=True, text=True, timeout=60)
        assert second.returncode == 1 and "another preview is building into .cache/serve" in second.stderr
        served.proc.send_signal(signal.SIGSTOP)
        shutil.rmtree(empty_project / ".cache")
        port = free_port()
        with (empty_project.parent / "other.log").open("w") as log:
            other = subprocess.Popen(_serve_command(empty_project, port), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while not marker.exists() and other.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        served.proc.send_signal(signal.SIGCONT)
        assert served.proc.wait(timeout=30) == 1, served.output()
        assert "another preview took .cache/serve when its lock was deleted; this one stops" in served.output()
        time.sleep(1)  # the other's first build, whatever the first did meanwhile
        assert other.poll() is None and f'href="http://127.0.0.1:{port}/"' in fetch(f"http://127.0.0.1:{port}/")[1]
    finally:
        served.proc.send_signal(signal.SIGCONT)
        served.stop()
        if other is not None:
            other.terminate()
            other.wait(timeout=10)


@pytest.mark.parametrize(("folder", "reason"), [("seeds", "it is the seeds folder"), ("mine", "it is not empty")])
def test_a_preview_into_a_folder_no_build_may_use_stops_at_once(empty_project: Path, folder: str, reason: str) -> None:
    (empty_project / "mine").mkdir()
    (empty_project / "mine" / "notes.txt").write_text("내 메모\n", encoding="utf-8")
    proc = subprocess.run(
        _serve_command(empty_project, free_port(), "--output", folder), capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1 and f"{folder}: refusing to use this as the output folder: {reason}" in proc.stderr
    assert "serving" not in proc.stdout and not list(empty_project.glob(f".{folder}.serve.lock"))


def test_a_second_save_within_one_tick_of_a_coarse_clock_reaches_the_preview(empty_project: Path) -> None:
    """Two saves of one size given one time, as a file system of whole seconds gives two saves
    in a second (here a minute ahead, as a server's clock may be): the watcher sees no change
    at the second, and the preview still shows it once the tick is past."""
    _project(empty_project, "http://127.0.0.1:8000/")
    served = Served(empty_project, free_port(), "/")
    try:
        tick = (int(time.time()) + 60) * 10**9
        path = empty_project / "content" / "articles" / "alpha.md"
        for title in ("가나다 기사", "라마바 기사"):
            text = re.sub(r"^title: .*$", f"title: {title}", path.read_text(encoding="utf-8"), count=1, flags=re.M)
            path.write_text(text, encoding="utf-8")
            os.utime(path, ns=(tick, tick))
            deadline = time.monotonic() + 15
            while title not in fetch(served.url)[1] and time.monotonic() < deadline:
                time.sleep(0.1)
            assert title in fetch(served.url)[1], served.output()
    finally:
        served.stop()


def test_an_output_folder_that_cannot_be_made_stops_the_preview_with_a_line(empty_project: Path) -> None:
    _project(empty_project, "http://127.0.0.1:8000/")
    (empty_project / "afile").write_text("not a folder\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "serve", "--root", str(empty_project)]
        + ["--port", str(free_port()), "--output", "afile/site"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "cannot build into afile/site" in result.stderr


def _status(served: Served) -> dict[str, object]:
    return json.loads(fetch(f"http://127.0.0.1:{served.port}/__serve__/status.json")[1])


def _until(condition: Callable[[], bool], served: Served, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, served.output()
        time.sleep(0.1)


def test_a_seed_ingest_cannot_read_is_named_until_it_is_fixed(empty_project: Path) -> None:
    """A bad seed saved with a good one: the good one's article is served, and the bad one is
    named, file and reason, on every page, until it is fixed, whatever rebuilds in between."""
    _project(empty_project, "http://127.0.0.1:8000/")
    served = Served(empty_project, free_port(), "/")
    try:
        seed = sorted((REPO / "seeds").glob("*.txt"))[0]
        (empty_project / "seeds" / "bad.txt").write_bytes(b"\x00\x01\x02binary")
        shutil.copy(seed, empty_project / "seeds" / seed.name)
        bad = ["seeds/bad.txt: binary file (contains NUL bytes), not text"]
        _until(lambda: _status(served)["problems"] == bad and f"{seed.stem}" in served.output(), served)
        assert "seeds/bad.txt" in fetch(served.url)[1]  # the overlay on the page
        # Another save's rebuild keeps it (one of what ingest wrote once cleared it).
        write_article(empty_project, "gamma.md", "title: 세 번째 기사\ndate: 2025-02-03")
        _until(lambda: "세 번째 기사" in fetch(served.url)[1], served)
        assert _status(served)["problems"] == bad, served.output()
        (empty_project / "seeds" / "bad.txt").unlink()
        _until(lambda: _status(served)["problems"] == [], served)
    finally:
        served.stop()


def test_the_preview_says_what_build_warns_of(empty_project: Path) -> None:
    """An article moved into a folder, or renamed '.MD', leaves the site: the preview says why, as
    `build` does, at its first build and at the save; so for any other warning (an unknown tag)."""
    _project(empty_project, "http://127.0.0.1:8000/")
    write_article(empty_project, "old/kept.md", "title: 옛 기사\ndate: 2025-01-02")
    served = Served(empty_project, free_port(), "/")
    try:
        _until(lambda: "warning: content/articles/old/: articles in folders are not read" in served.output(), served)
        articles = empty_project / "content" / "articles"
        (articles / "sub").mkdir()
        (articles / "alpha.md").rename(articles / "sub" / "alpha.md")
        _until(lambda: "warning: content/articles/sub/: articles in folders are not read" in served.output(), served)
        (articles / "beta.md").rename(articles / "beta.MD")
        _until(lambda: "warning: content/articles/beta.MD: not read" in served.output(), served)
        write_article(empty_project, "gamma.md", "title: 세 번째 기사\ndate: 2025-02-03\ntags: [없는태그]")
        warned = "warning: content/articles/gamma.md"
        _until(lambda: warned in served.output() and "없는태그" in served.output(), served)
    finally:
        served.stop()


def test_a_seed_saved_over_a_hand_edited_article_says_why_nothing_changed(empty_project: Path) -> None:
    """The editor fixes a seed whose article someone edited by hand: ingest keeps the edit, and
    the preview says so once, for that seed, instead of rebuilding in silence."""
    _project(empty_project, "http://127.0.0.1:8000/")
    seed = empty_project / "seeds" / "a.txt"
    story = "딥시크가 20일 새 추론 모델을 공개했다고 밝혔다. 실리콘밸리 업계가 주목했다.\n"
    seed.write_text(f"딥시크, 새 모델 공개\n\n{story}", encoding="utf-8")
    served = Served(empty_project, free_port(), "/")
    try:
        article = empty_project / "content" / "articles" / "a.md"
        _until(lambda: article.exists() and "새 모델 공개" in fetch(served.url)[1], served)
        article.write_text(article.read_text(encoding="utf-8").replace("새 모델 공개", "손본 제목"), encoding="utf-8")
        _until(lambda: "손본 제목" in fetch(served.url)[1], served)
        seed.write_text(f"딥시크, 새 모델 전격 공개\n\n{story}", encoding="utf-8")
        said = "content/articles/a.md was edited by hand; left as is (use --force to rewrite)"
        _until(lambda: said in served.output(), served)
        assert "손본 제목" in fetch(served.url)[1] and served.output().count(said) == 1, served.output()
    finally:
        served.stop()


def test_the_preview_follows_what_build_publishes_and_its_own_folder(empty_project: Path) -> None:
    """Three ways the preview fell behind a clean build: a hidden file of static/ or root_files/
    ('.well-known/') was not watched though published; a data file ingest reads (tags.yaml's
    aliases) was built without ingesting again; the preview's own folder removed under it
    served 404 with 'ok' until the next save."""
    _project(empty_project, "http://127.0.0.1:8000/")
    (empty_project / "seeds" / "a.txt").write_text(
        "실리콘밸리 기업 딥시크, 새 모델 공개\n\n"
        "딥시크가 20일 새 추론 모델을 공개했다고 밝혔다. 실리콘밸리 업계가 주목했다.\n"
        "회사는 성능이 크게 올랐다고 설명했다. 업계는 경쟁이 거세질 것으로 내다봤다.\n",
        encoding="utf-8",
    )
    known = empty_project / "root_files" / ".well-known" / "security.txt"
    known.parent.mkdir(parents=True)
    known.write_text("Contact: a@example.com\n", encoding="utf-8")
    served = Served(empty_project, free_port(), "/")
    try:
        address = f"{served.url}.well-known/security.txt"
        assert fetch(address) == (200, "Contact: a@example.com\n"), served.output()
        time.sleep(RACY_NS / 1e9 + 1)  # past the re-read of files saved just before a rebuild, which builds too
        known.write_text("Contact: b@example.com\n", encoding="utf-8")
        _until(lambda: fetch(address)[1] == "Contact: b@example.com\n", served)

        tags = empty_project / "content" / "tags.yaml"
        tags.write_text(
            tags.read_text(encoding="utf-8")
            + "\nSilicon Valley:\n  slug: silicon-valley\n  label: 실리콘밸리\n"
            + "  kind: topic\n  aliases: [실리콘밸리]\n",
            encoding="utf-8",
        )
        _until(lambda: fetch(f"{served.url}tags/silicon-valley/")[0] == 200, served)

        time.sleep(RACY_NS / 1e9 + 1)  # past the re-read of files saved just before a rebuild, which builds too
        shutil.rmtree(empty_project / ".cache" / "serve")
        _until(lambda: fetch(served.url)[0] == 200 and "첫 번째 기사" in fetch(served.url)[1], served)
        assert _status(served)["ok"] and _status(served)["problems"] == []
    finally:
        served.stop()


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_an_edit_through_a_link_keeps_file_events_trusted(empty_project: Path, tmp_path: Path, link: str) -> None:
    """site.yaml linked to a file elsewhere: its edit has no event where the preview watches, and
    was taken for lost events, after which every source was looked at on every poll for good
    (a hard link's: tester 10)."""
    _project(empty_project, "http://127.0.0.1:8000/")
    kept = tmp_path / "kept-site.yaml"
    shutil.move(empty_project / "site.yaml", kept)
    if link == "symbolic":
        (empty_project / "site.yaml").symlink_to(kept)
    else:
        os.link(kept, empty_project / "site.yaml")
    served = Served(empty_project, free_port(), "/")
    try:
        time.sleep(RACY_NS / 1e9 + 1)
        kept.write_text(kept.read_text(encoding="utf-8").replace("title: ", "title: 새 ", 1), encoding="utf-8")
        _until(lambda: "새 " in fetch(served.url)[1], served)
        time.sleep(serve.CONFIRM_SECONDS + 1)
        assert "file events are not arriving" not in served.output(), served.output()
    finally:
        served.stop()


def test_an_article_whose_link_breaks_stops_the_preview_as_a_build(empty_project: Path, tmp_path: Path) -> None:
    """A link to an article on a drive that goes away is no file to the preview's snapshot: it
    published the site without the article, where `build` stops on it (a reviewer's finding)."""
    _project(empty_project, "http://127.0.0.1:8000/")
    drive = tmp_path / "drive"
    drive.mkdir()
    (empty_project / "content" / "articles" / "alpha.md").rename(drive / "alpha.md")
    (empty_project / "content" / "articles" / "alpha.md").symlink_to(drive / "alpha.md")
    served = Served(empty_project, free_port(), "/")
    try:
        assert "첫 번째 기사" in fetch(served.url)[1]
        time.sleep(RACY_NS / 1e9 + 1)
        (drive / "alpha.md").rename(tmp_path / "unmounted.md")
        gone = f"content/articles/alpha.md: a link to {drive / 'alpha.md'}, which is not there"
        _until(lambda: any(gone in str(p) for p in _status(served)["problems"]), served)
        assert "첫 번째 기사" in fetch(served.url)[1]  # the last good site, with the article
        beta = empty_project / "content" / "articles" / "beta.md"
        beta.write_text(beta.read_text(encoding="utf-8").replace("두 번째", "고친 두 번째"), encoding="utf-8")
        time.sleep(2)  # (that save's rebuild: still stopped by the link)
        assert any(gone in str(p) for p in _status(served)["problems"]), served.output()
        (tmp_path / "unmounted.md").rename(drive / "alpha.md")
        _until(lambda: _status(served)["problems"] == [] and "고친 두 번째" in fetch(served.url)[1], served)
        assert "첫 번째 기사" in fetch(served.url)[1]
    finally:
        served.stop()
