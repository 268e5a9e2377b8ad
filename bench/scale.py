"""Issue 16's scale run: our command line on 10,000 to 100,000 articles.

    .venv/bin/python bench/scale.py                 # N = 10,000, 50,000 and 100,000
    .venv/bin/python bench/scale.py --n 10000 --keep

For each N it writes the synthetic corpus (bench/corpus.py) into a temporary folder and times
`build.py build` as bench/run.py measures a command (wall time, peak PSS of the process tree
sampled from /proc): cold (`--no-cache`, no output yet), again with nothing changed, then after a
sentence is appended to one article, for three articles in turn. The table gives the median edit
and prints the three: one sample on a shared VM can be a slow one. CPU time is the build's
children's rusage (user + system, every worker included). Output size is the apparent size of the
files (what a Pages artifact holds: the sum of their lengths, not the disk blocks of their
folders), with the file count and the largest search term shard, raw and gzipped.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write_corpus  # noqa: E402
from bench.run import body_edited, loadavg, measure, our_generator  # noqa: E402

EDITS = 3  # one-article edits timed at each N; an odd count has a median that is one of them


@dataclass
class Step:
    seconds: float
    cpu: float  # user + system seconds of the build's whole process tree
    pss_mb: float


@dataclass
class Row:
    n: int
    cold: Step
    no_change: Step
    edit: Step  # the median of the edits
    edits: list[float]  # every edit's seconds
    size: int
    files: int
    shards: int
    shard_raw: int  # the largest term shard, bytes
    shard_gz: int  # the largest term shard gzipped, bytes
    load: str


def timed(command: list[str]) -> Step:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.sync()  # the last step's writes must not be flushed during this one
    run = measure(command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Step(run.seconds, cpu, run.tree_pss_mb)


def output_size(folder: Path) -> tuple[int, int]:
    """(bytes in the files, file count) of a built site."""
    size = count = 0
    for path, _, names in os.walk(folder):
        for name in names:
            size += os.lstat(os.path.join(path, name)).st_size
            count += 1
    return size, count


def largest_shard(folder: Path) -> tuple[int, int, int]:
    """(term shards, bytes of the largest, its gzipped bytes)."""
    shards = [p.read_bytes() for p in (folder / "search").glob("terms-*.json")]
    if not shards:
        return 0, 0, 0
    return len(shards), max(len(s) for s in shards), max(len(gzip.compress(s)) for s in shards)


def scale_run(n: int, jobs: int | None, keep: bool, where: Path | None) -> Row:
    base = Path(tempfile.mkdtemp(prefix=f"ai-timeline-scale-{n}-", dir=where))
    project = base / "project"
    try:
        started = time.perf_counter()
        write_corpus(project, n)
        print(f"\n== N = {n:,} ({base}): corpus written in {time.perf_counter() - started:.0f} s", flush=True)
        load_before = loadavg()
        command = our_generator(project, jobs).command
        cold = timed(command(True))
        size, files = output_size(project / "public")
        shards, raw, gz = largest_shard(project / "public")
        no_change = timed(command(False))
        articles = sorted((project / "content" / "articles").glob("*.md"))
        edits = []
        for round_, article in enumerate(articles[n * k // (EDITS + 1)] for k in range(1, EDITS + 1)):
            article.write_text(body_edited(article.read_text(encoding="utf-8"), round_), encoding="utf-8")
            edits.append(timed(command(False)))
        edit = sorted(edits, key=lambda step: step.seconds)[EDITS // 2]
        samples = [e.seconds for e in edits]
        row = Row(n, cold, no_change, edit, samples, size, files, shards, raw, gz, f"{load_before} / {loadavg()}")
        print_table([row])
        return row
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)


def print_table(rows: list[Row]) -> None:
    print(
        f"{'N':>8} {'cold':>8} {'CPU':>8} {'peak PSS':>9} {'output':>9} {'files':>8} "
        f"{'no change':>9} {'one edit':>9} {'PSS edit':>9} {'term shards (largest, gz)':>27}  load before / after"
    )
    for r in rows:
        shard = f"{r.shards} ({r.shard_raw / 1000:.0f} KB, {r.shard_gz / 1000:.0f} KB)"
        print(
            f"{r.n:>8,} {r.cold.seconds:>6.1f} s {r.cold.cpu:>6.1f} s {r.cold.pss_mb:>6.0f} MB "
            f"{r.size / 1e6:>6.0f} MB {r.files:>8,} {r.no_change.seconds:>7.2f} s {r.edit.seconds:>7.2f} s "
            f"{r.edit.pss_mb:>6.0f} MB {shard:>27}  {r.load}  (edits: {', '.join(f'{s:.2f}' for s in r.edits)} s)",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10_000, 50_000, 100_000], help="corpus sizes")
    parser.add_argument("--jobs", type=int, help="our --jobs (default: one per core)")
    parser.add_argument("--dir", type=Path, help="where the temporary projects go (default: the system's)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    args = parser.parse_args(argv)
    print(f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}, load average {loadavg()}")
    rows = [scale_run(n, args.jobs, args.keep, args.dir) for n in args.n]
    print("\nall sizes:")
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
