"""What an editor waits for in `build.py serve`: from a save to the rebuilt site, and the CPU the
server takes while nothing happens.

Writes a bench corpus (bench/corpus.py) of N articles, starts the real server on it as a separate
process (127.0.0.1 only), waits for its first build, then:

  idle CPU   the server's user + system time over 10 s with no save, as a share of one core
  save       a sentence appended to one article's body, timed until the server prints the line
             of the rebuild it caused (so: noticing the save, the quiet time that gathers a burst
             of saves into one rebuild, and the rebuild); the rebuild's own time is what the line
             says

    python bench/preview.py --n 20000 --saves 5
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.corpus import write_corpus  # noqa: E402
from bench.rebuild import edit_body  # noqa: E402

REBUILT = re.compile(r"(\S+\.md): .*, (\d+) ms$")  # serve.rebuild's line for a save


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def wait_for_line(log: Path, seen: int, pattern: re.Pattern[str], timeout: float) -> tuple[re.Match[str], int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        for number in range(seen, len(lines)):
            found = pattern.search(lines[number])
            if found:
                return found, number + 1
        time.sleep(0.01)
    raise SystemExit(f"no line matching {pattern.pattern} in {timeout:.0f} s:\n" + log.read_text()[-2000:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="articles (default 20000)")
    parser.add_argument("--saves", type=int, default=5, help="saves to time (default 5)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix=f"bench-preview-{args.n}-"))
    log = root.parent / f"{root.name}.log"
    server = None
    try:
        write_corpus(root, args.n)
        articles = sorted((root / "content" / "articles").glob("*.md"))
        port = free_port()
        with log.open("w") as out:
            server = subprocess.Popen(
                [sys.executable, str(REPO / "build.py"), "serve", "--root", str(root), "--port", str(port)],
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        started = time.monotonic()
        _, seen = wait_for_line(log, 0, re.compile(r"^serving "), 3600)
        print(
            f"bench/preview.py: Python {platform.python_version()}, {os.cpu_count()} cores, N = {args.n}, "
            f"first build {time.monotonic() - started:.0f} s"
        )
        time.sleep(3)  # the first polls after the first build
        before = cpu_seconds(server.pid)
        time.sleep(10)
        print(f"  idle CPU   {(cpu_seconds(server.pid) - before) / 10:6.0%} of a core")
        waits, rebuilds = [], []
        for round_ in range(args.saves):
            path = articles[(round_ * 7919) % args.n]
            saved = time.monotonic()
            edit_body(path, round_)
            found, seen = wait_for_line(log, seen, REBUILT, 120)
            waits.append(time.monotonic() - saved)
            rebuilds.append(int(found.group(2)) / 1000)
            time.sleep(1)
        print(
            f"  save       {statistics.median(waits) * 1000:6.0f} ms to the rebuilt site "
            f"(worst {max(waits) * 1000:.0f}), of which the rebuild {statistics.median(rebuilds) * 1000:.0f} ms"
        )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)
        log.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
