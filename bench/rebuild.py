"""How fast `build.py serve` rebuilds: the figures behind issue 4's targets.

For each N it writes a synthetic corpus (bench/corpus.py) into a temporary project and, in a
fresh child process so memory and caches start empty, times the server's own rebuild
(serve.rebuild, which keeps the last build's state and is given the articles' listing its poll
found), after the look at the sources its poll takes every 0.2 s, timed apart: "event look" at
the paths the file-system events named, as the server finds a save; "full look" at every source,
as it does now and then to catch what events missed (the two must agree):

  cold       first build, nothing cached, empty output folder
  no change  a rebuild with no file touched
  body edit  one article's body changed (a sentence appended)
  tag edit   one article's tags changed (one tag swapped for another)

Every rebuild is repeated on different articles and the median and worst are printed, with
the pages rendered and files written, and the peak RSS of the child (and of its largest
worker process, when the build forks). Targets at N = 10,000 on the project's 2-core machine:
body edit < 300 ms, no change < 500 ms.

    python bench/rebuild.py                 # N = 1000 and 5000
    python bench/rebuild.py --n 10000       # or any list of sizes
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.corpus import TAGS, write_corpus  # noqa: E402

TARGETS_10K = {"body edit": 0.300, "no change": 0.500}
TAG_LINE = re.compile(r"^tags: \[(.*)\]$", re.MULTILINE)
DONE = re.compile(r"(\d+) rendered, (\d+) written, (\d+) removed")  # serve.rebuild's line


def edit_body(path: Path, round_: int) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(f"\n편집 {round_}: 기자가 기사 본문에 한 문장을 덧붙였다.\n")


def edit_tags(path: Path, round_: int) -> None:
    text = path.read_text(encoding="utf-8")
    tags = [t.strip() for t in TAG_LINE.search(text).group(1).split(",")]
    spare = [name for name, *_ in TAGS if name not in tags]
    tags[-1] = spare[round_ % len(spare)]  # a real change: the article leaves one tag page, joins another
    path.write_text(TAG_LINE.sub(f"tags: [{', '.join(tags)}]", text, count=1), encoding="utf-8")


def child(n: int, seed: int, repeats: int) -> dict:
    """Runs in a fresh process: corpus, then the timed rebuilds. Returns the figures."""
    from site_builder import serve, watch

    root = Path(tempfile.mkdtemp(prefix=f"bench-rebuild-{n}-"))
    try:
        write_corpus(root, n, seed)
        articles = sorted((root / "content" / "articles").glob("*.md"))
        preview = serve.Preview(root=root, overrides={}, host="127.0.0.1", port=8000)
        figures: dict[str, list[dict]] = {}

        def timed(label: str, touched: list[Path]) -> None:
            paths = serve.watched_paths(root, preview.watching)
            skip = preview.watching.output_dir
            started = time.perf_counter()
            seen = watch.refreshed(preview.seen, [str(p) for p in touched], paths, skip)
            event_look = time.perf_counter() - started
            started = time.perf_counter()
            full = watch.snapshot(paths, skip)
            full_look = time.perf_counter() - started
            if seen != full:
                raise SystemExit(f"{label}: the look at {touched} does not see what a full look sees")
            changed = watch.changed_files(preview.seen, seen)
            preview.seen = seen
            lines: list[str] = []
            started = time.perf_counter()
            serve.rebuild(preview, changed, log=lines.append)
            wall = time.perf_counter() - started
            done = DONE.search(lines[0])
            if done is None:
                raise SystemExit("\n".join(lines))
            rendered, written, removed = map(int, done.groups())
            figures.setdefault(label, []).append(
                dict(s=wall, event=event_look, full=full_look, rendered=rendered, written=written, removed=removed)
            )

        # As serve() starts: the settings loaded, and a full look before the first build.
        preview.watching = serve.local_config(root, {}, "127.0.0.1", 8000)
        preview.seen = watch.snapshot(serve.watched_paths(root, preview.watching), preview.watching.output_dir)
        timed("cold", [])
        assert preview.config is not None
        outputs = sum(1 for p in preview.config.output_dir.rglob("*") if p.is_file())
        for round_ in range(repeats):
            timed("no change", [])
            edit_body(body := articles[(round_ * 7919) % n], round_)
            timed("body edit", [body])
            edit_tags(tags := articles[(round_ * 104729 + 1) % n], round_)
            timed("tag edit", [tags])
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return {"n": n, "outputs": outputs, "figures": figures, "maxrss_kb": own, "worker_maxrss_kb": workers}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run_child(n: int, seed: int, repeats: int) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(n), "--seed", str(seed), "--repeats", str(repeats)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child for N={n} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def fmt(label: str, runs: list[dict]) -> str:
    times = [r["s"] * 1000 for r in runs]
    last = runs[-1]
    median = statistics.median(times)
    spread = f"{median:8.0f} ms  (worst {max(times):.0f})" if len(runs) > 1 else f"{median:8.0f} ms"
    return (
        f"  {label:<10} {spread:<28} rendered {last['rendered']:>6}  written {last['written']:>6}  "
        f"removed {last['removed']:>3}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 5000], help="corpus sizes (default 1000 5000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=5, help="rebuilds of each kind per N (default 5)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.seed, args.repeats)))
        return

    print(
        f"bench/rebuild.py: Python {platform.python_version()}, {os.cpu_count()} cores, "
        f"median of {args.repeats} rebuilds each"
    )
    for n in args.n:
        report = run_child(n, args.seed, args.repeats)
        print(f"\nN = {n}: {report['outputs']} files in the site")
        for label in ("cold", "no change", "body edit", "tag edit"):
            print(fmt(label, report["figures"][label]))
        kinds = (("event", "event look", "the paths events named"), ("full", "full look", "every source"))
        for key, label, what in kinds:
            ms = [r[key] * 1000 for runs in report["figures"].values() for r in runs]
            print(f"  {label:<10} {statistics.median(ms):8.1f} ms  (worst {max(ms):.1f})    a look at {what}")
        rss = report["maxrss_kb"] / 1024
        workers = report["worker_maxrss_kb"] / 1024
        print(f"  peak RSS   {rss:8.0f} MB" + (f"  (largest worker {workers:.0f} MB)" if workers else ""))
        if n >= 10_000:
            for label, limit in TARGETS_10K.items():
                median = statistics.median(r["s"] for r in report["figures"][label])
                verdict = "meets" if median < limit else "MISSES"
                print(f"  target     {label} < {limit * 1000:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
