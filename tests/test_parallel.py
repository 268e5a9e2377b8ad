"""Work spread over forked workers (site_builder.parallel): results come back in order, each
worker runs its start first, and a build's workers keep small caches of their own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from site_builder import config, parallel, search, site
from site_builder.errors import SiteError
from site_builder.session import WORKER_CACHE, Session
from tests.conftest import REPO, write_article

_started = {"here": False}


def _start() -> None:
    _started["here"] = True


def _where(item: int) -> tuple[int, int, bool]:
    return item, os.getpid(), _started["here"]


def test_start_runs_in_every_worker_before_its_items_and_never_in_the_caller() -> None:
    results = list(parallel.fork_iter(_where, range(300), 2, _start))
    assert [item for item, _, _ in results] == list(range(300))
    assert all(started for _, _, started in results)
    assert os.getpid() not in {pid for _, pid, _ in results}
    assert _started["here"] is False


def test_a_workers_caches_stay_small_while_the_callers_keep_their_bound() -> None:
    session = Session()

    def fill(i: int) -> int:
        session.html.put(str(i), "<p>본문</p>")
        return len(session.html)

    sizes = list(parallel.fork_iter(fill, range(1000), 2, session.in_worker))
    assert max(sizes) == WORKER_CACHE
    assert len(session.html) == 0 and session.html.limit > WORKER_CACHE
    for i in range(WORKER_CACHE + 10):
        fill(i)
    assert len(session.html) == WORKER_CACHE + 10


def test_a_builds_rendering_workers_start_with_small_caches(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(40):
        write_article(empty_project, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-02-{i % 28 + 1:02d}\ntags: [DeepSeek]")
    marks = tmp_path / "workers"
    marks.mkdir()
    in_worker = Session.in_worker

    def noted(self: Session) -> None:
        in_worker(self)
        (marks / str(os.getpid())).write_text(f"{self.html.limit} {self.bodies.limit}")

    monkeypatch.setattr(Session, "in_worker", noted)
    result = site.build(config.load(empty_project), jobs=2)
    assert result.rendered >= parallel.PARALLEL_MIN
    found = [path.read_text() for path in marks.iterdir()]
    assert found and set(found) == {f"{WORKER_CACHE} {WORKER_CACHE}"}


def test_the_search_files_are_made_by_the_build_process_not_its_workers(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SHARD_DOCS", 0)  # shipped as shards, as a large site's index is
    for i in range(40):
        write_article(empty_project, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-03-{i % 28 + 1:02d}\ntags: [Nvidia]")
    marks = tmp_path / "makers"
    marks.mkdir()
    texts = search._texts

    def noted(state: search.SearchState, only: set[str] | None) -> dict[str, str]:
        (marks / f"{os.getpid()}-{len(list(marks.iterdir()))}").write_text("\n".join(sorted(only or ["*"])))
        return texts(state, only)

    monkeypatch.setattr(search, "_texts", noted)
    live = config.load(empty_project)
    result = site.build(live, jobs=2)
    assert result.rendered >= parallel.PARALLEL_MIN
    makers = {path.name.split("-")[0] for path in marks.iterdir()}
    assert makers == {str(os.getpid())}
    made = {line for path in marks.iterdir() for line in path.read_text().splitlines()}
    assert result.state.search is not None and set(result.state.search.hashes) <= made


PRESSED_WHILE_FORKING = """
import os, signal, subprocess, sys, time
from site_builder import parallel

# As Python's default handler would in a worker not yet told to ignore Ctrl-C; the parent
# itself (a build handles Ctrl-C elsewhere) goes on making pools.
parent = os.getpid()
def interrupted(*_):
    if os.getpid() != parent:
        raise KeyboardInterrupt
signal.signal(signal.SIGINT, interrupted)
presser = subprocess.Popen(
    [sys.executable, "-c", "import os, signal, sys, time\\nwhile True:\\n"
     "    os.killpg(int(sys.argv[1]), signal.SIGINT); time.sleep(0.0005)", str(os.getpgrp())],
    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
)
try:
    deadline = time.monotonic() + float(sys.argv[1])
    while time.monotonic() < deadline:
        assert parallel.fork_map(abs, range(-parallel.PARALLEL_MIN, 0), 2) == list(range(parallel.PARALLEL_MIN, 0, -1))
        assert parallel.in_background(lambda: 7)() == 7
finally:
    presser.kill()
"""


def test_ctrl_c_while_workers_are_forked_never_reaches_them(tmp_path: Path) -> None:
    """Ctrl-C reaches the terminal's whole group, pressed again and again while pools fork:
    a worker between its fork and ignoring SIGINT once printed 'Exception ignored in …
    _after_fork' with a traceback, and a pool could wait for good on a worker it lost."""
    script = tmp_path / "press.py"
    script.write_text(PRESSED_WHILE_FORKING, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script), "3"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        start_new_session=True,
    )
    assert run.returncode == 0 and run.stderr == "", run.stderr[-2000:]


DYING = """
import os, signal, sys
from site_builder import parallel
from site_builder.errors import Problem, SiteError

def killed(item):
    if item == 70:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer does
    return item

def refused():
    raise SiteError([Problem("a.md", 3, "bad front matter")])

for run in (lambda: parallel.fork_map(killed, range(200), 2),
            lambda: parallel.in_background(lambda: killed(70))(),
            lambda: parallel.in_background(refused)()):
    try:
        run()
    except SiteError as exc:
        print(exc)
"""


def test_a_worker_that_dies_is_reported_and_a_childs_problem_reaches_the_parent(tmp_path: Path) -> None:
    """A pool waited for good on a worker the system killed, holding the build's lock."""
    script = tmp_path / "dying.py"
    script.write_text(DYING, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    died = "build: a worker process died (killed by the system, perhaps for lack of memory)"
    assert run.stdout.count(died) == 2 and "a.md:3: bad front matter" in run.stdout, run.stdout + run.stderr


def test_a_build_whose_workers_die_fails_and_leaves_the_site_as_it_was(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(parallel.PARALLEL_MIN + 10):
        write_article(empty_project, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-02-{i % 28 + 1:02d}\ntags: [DeepSeek]")
    conf = config.load(empty_project)
    assert site.build_command(conf, jobs=2) == 0
    before = {p: p.read_bytes() for p in conf.output_dir.rglob("*") if p.is_file()}
    write_article(empty_project, "a0.md", "title: 고친 기사\ndate: 2025-02-01\ntags: [DeepSeek]")

    def dies(self: Session) -> None:
        os.kill(os.getpid(), 9)

    monkeypatch.setattr(Session, "in_worker", dies)

    def hung(*_: object) -> None:
        raise TimeoutError("the build still waits for its dead workers")

    signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)  # (a pool waited for them for good)
    with pytest.raises(SiteError, match="a worker process died"):
        site.build_command(config.load(empty_project), use_cache=False, jobs=2)  # every page rendered
    signal.alarm(0)
    after = {p: p.read_bytes() for p in conf.output_dir.rglob("*") if p.is_file()}
    assert after == before


ORPHANED = """
import os, sys, time
from site_builder import parallel

def slow(item):
    os.write(1, f"{os.getpid()}\\n".encode())  # one write: the workers' lines never mix
    time.sleep(120)
    return item

if sys.argv[1] == "pool":
    parallel.fork_map(slow, range(parallel.PARALLEL_MIN), 2)
else:
    parallel.in_background(lambda: slow(0))()
"""


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended; only its entry waits to be reaped


@pytest.mark.parametrize(("kind", "workers"), [("pool", 2), ("child", 1)])
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_with_a_killed_parent(tmp_path: Path, kind: str, workers: int, how: signal.Signals) -> None:
    """A build killed alone (`kill PID`, the out-of-memory killer) left its workers waiting for good,
    holding the build's lock: every later build waited too."""
    script = tmp_path / "orphaned.py"
    script.write_text(ORPHANED, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen([sys.executable, str(script), kind], stdout=subprocess.PIPE, text=True, cwd=REPO, env=env)
    assert parent.stdout is not None
    pids: set[int] = set()
    try:
        while len(pids) < workers:
            pids.add(int(parent.stdout.readline()))
        parent.send_signal(how)
        parent.wait(10)
        deadline = time.monotonic() + 10
        while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [pid for pid in pids if _running(pid)]
        assert not left, f"{kind}: {len(left)} of its processes outlived the parent"
    finally:
        for pid in [parent.pid, *pids]:  # whatever this test started ends with it
            if _running(pid):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("kept", [True, False])
def test_a_ctrl_c_landing_in_a_finalizer_still_stops_the_command(kept: bool) -> None:
    """Python drops a KeyboardInterrupt raised while an object is freed (a pool's pipe as it
    ends) and prints a traceback; the command line has it delivered again, to stop on."""
    script = (
        "import signal, sys, time\n"
        # (As a terminal starts it: a shell's background job, as a CI runner may start the tests,
        # has Ctrl-C ignored, which Python then leaves ignored.)
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from site_builder import parallel\n"
        f"if {kept}: parallel.keep_interrupts()\n"
        "class Pipe:\n"
        "    def __del__(self):\n"
        "        raise KeyboardInterrupt\n"
        "try:\n"
        "    pipe = Pipe()\n"
        "    del pipe\n"
        "    for _ in range(40):  # up to 2 s: a loaded machine may run the re-sending thread late\n"
        "        time.sleep(0.05)\n"
        "    print('went on')\n"
        "except KeyboardInterrupt:\n"
        "    print('stopped')\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    if kept:
        assert run.stdout.strip() == "stopped" and "Traceback" not in run.stderr, (run.stdout, run.stderr)
    else:  # what Python does on its own: the case the hook is for
        assert run.stdout.strip() == "went on" and "Exception ignored" in run.stderr, (run.stdout, run.stderr)


def test_a_wait_for_a_child_interrupted_by_ctrl_c_can_be_waited_for_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build waits for its background child twice (once for its result, once to be sure it
    ended): a Ctrl-C in the first wait made the second crash with a traceback (TypeError)."""
    result = parallel.in_background(lambda: time.sleep(30))

    def pressed(receiving: object, process: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(parallel, "_receive", pressed)
    for _ in range(2):
        with pytest.raises(KeyboardInterrupt):
            result()
