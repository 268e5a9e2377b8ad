"""Issue 7's side-by-side benchmark: ai-timeline against Pelican and Hugo on the same articles.

    .venv/bin/python bench/run.py --n 1000 5000 10000 [--runs 3]

For each N it writes the synthetic corpus (bench/corpus.py), converts it into a Pelican and a
Hugo project (bench/peers.py) in a temporary folder, and times each generator's command line:

  cold       no cache, empty output folder
  no change  the same command again, nothing touched
  body edit  one article's body changed (a sentence appended), then the command again
  tag edit   one article's tags changed (its last tag swapped), then the command again

Generators take turns within a round and the order rotates between rounds; every figure is the
median of --runs rounds, and the ratios ours/Pelican and ours/Hugo come from the same rounds.
Peak memory is the largest single process (`/usr/bin/time -f %M`, which only sees one process
at a time) and the peak sum of PSS over the whole process tree (sampled from /proc every 0.1 s:
our build forks workers that share pages with their parent, so RSS would count those twice).
CPU is the user and system time of the command and of every process it waited for (getrusage):
steadier than wall time on a shared VM, where the file system's state moves wall times by
seconds (ext4 without a journal, as here, steps over recently deleted inodes as it makes new ones).
Pelican and Hugo are installed into bench/peers/venv on first use.

It ends with our output-identity check: the same corpus built with --jobs 1 and --jobs 2, cold and
cached after an edit, and with --no-cache, must give byte-identical trees.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUR_PYTHON = REPO / ".venv" / "bin" / "python"

try:
    import yaml  # noqa: F401  (peers.py needs it: the project's venv has it)
except ImportError:  # run with a bare python3: go again with the project's own
    if OUR_PYTHON.exists() and Path(sys.executable).resolve() != OUR_PYTHON.resolve():
        os.execv(str(OUR_PYTHON), [str(OUR_PYTHON), *sys.argv])
    raise

sys.path.insert(0, str(REPO))

from bench import peers  # noqa: E402
from bench.corpus import TAGS, write_corpus  # noqa: E402

SCENARIOS = ["cold", "no change", "body edit", "tag edit"]
GENERATORS = ["ours", "pelican", "hugo"]
TAG_LINE = re.compile(r"^tags: \[(.*)\]$", re.MULTILINE)
TIME = Path("/usr/bin/time")
SAMPLE_EVERY = 0.1  # seconds between /proc samples: often enough for builds of a second or more


# -- measuring one command -----------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    max_rss_mb: float  # the largest single process
    tree_pss_mb: float  # the whole process tree at its peak
    stdout: str
    cpu: float = 0.0  # user + system seconds of the command and the processes it waited for


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(p) for p in f.read().split()]
    except OSError:
        pass
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_pss_kb(root: int) -> int:
    total, todo = 0, _children(root)  # the root is /usr/bin/time itself: not the build
    while todo:
        pid = todo.pop()
        total += _pss_kb(pid)
        todo += _children(pid)
    return total


def measure(command: list[str], cwd: Path | None = None) -> Run:
    """Run `command`, returning its wall time and memory; exits the benchmark if it fails."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        wrapped = [str(TIME), "-f", "%M", "-o", rss_file.name, *command] if TIME.exists() else command
        peak = [0]
        done = threading.Event()

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        def sample() -> None:
            while not done.wait(SAMPLE_EVERY):
                peak[0] = max(peak[0], _tree_pss_kb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        stdout, stderr = proc.communicate()
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        done.set()
        sampler.join()
        if proc.returncode != 0:
            sys.exit(f"failed ({proc.returncode}): {' '.join(command)}\n{stdout[-2000:]}\n{stderr[-4000:]}")
        lines = Path(rss_file.name).read_text().split() if TIME.exists() else []
        max_rss = int(lines[-1]) / 1024 if lines else 0.0
    return Run(seconds, max_rss, peak[0] / 1024, stdout, cpu)


# -- the three generators --------------------------------------------------------------------------


def set_aside(paths: list[Path], trash: Path) -> None:
    """Empty a generator's output before a cold build by moving it into `trash`, deleted once
    the size is done. Deleting thousands of files just before a timed build would make this
    VM's ext4 (no journal) check every inode it allocates against the recently deleted ones
    (`recently_deleted()` in fs/ext4/ialloc.c), slowing whichever generator runs next."""
    for path in paths:
        if path.exists():
            trash.mkdir(exist_ok=True)
            path.rename(Path(tempfile.mkdtemp(dir=trash)) / path.name)


@dataclass
class Generator:
    name: str
    command: Callable[[bool], list[str]]  # cold? -> command line
    outputs: list[Path]  # what a cold build starts without: output, cache
    write: Callable[[Path], None]  # rewrites one article (given in our format) in its own format
    texts: dict[str, str] = field(default_factory=dict)  # article name -> its current text, our format


def our_generator(project: Path, jobs: int | None) -> Generator:
    def command(cold: bool) -> list[str]:
        line = [str(OUR_PYTHON), str(REPO / "build.py"), "build", "--root", str(project)]
        return line + (["--no-cache"] if cold else []) + (["--jobs", str(jobs)] if jobs else [])

    outputs = [project / ".cache", project / "public", project / ".public.prev"]
    return Generator("ours", command, outputs, lambda _: None)


def pelican_generator(project: Path, dest: Path) -> Generator:
    peers.make_pelican(project, dest)
    return Generator(
        "pelican",
        lambda cold: peers.pelican_build(dest, cold),
        peers.pelican_outputs(dest),
        lambda source: peers.write_pelican_article(dest, peers.read_article(source)),
    )


def hugo_generator(project: Path, dest: Path) -> Generator:
    peers.make_hugo(project, dest)
    slugs = peers.tag_slugs(project)
    return Generator(
        "hugo",
        lambda cold: peers.hugo_build(dest, cold),
        peers.hugo_outputs(dest),
        lambda source: peers.write_hugo_article(dest, peers.read_article(source), slugs),
    )


def body_edited(text: str, round_: int) -> str:
    return text + f"\n편집 {round_}: 기자가 기사 본문에 한 문장을 덧붙였다.\n"


def tags_edited(text: str, round_: int) -> str:
    match = TAG_LINE.search(text)
    assert match, "an article without a one-line `tags: [...]`"
    tags = [t.strip() for t in match.group(1).split(",") if t.strip()]
    spare = [name for name, *_ in TAGS if name not in tags]
    # A real change: the article leaves one tag page and joins another.
    tags[-1:] = [spare[round_ % len(spare)]]
    return TAG_LINE.sub(f"tags: [{', '.join(tags)}]", text, count=1)


def apply_edit(gen: Generator, project: Path, name: str, edit: Callable[[str, int], str], round_: int) -> None:
    """Change one article in `gen`'s own copy of the sources. Ours are the project's files; the
    peers' are converted from a scratch copy, so each generator sees the same edits, once."""
    gen.texts[name] = edit(gen.texts[name], round_)
    if gen.name == "ours":
        (project / "content" / "articles" / name).write_text(gen.texts[name], encoding="utf-8")
        return
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / name
        source.write_text(gen.texts[name], encoding="utf-8")
        gen.write(source)


# -- one corpus size -------------------------------------------------------------------------------


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def bench_size(n: int, runs: int, seed: int, jobs: int | None, keep: bool, only: list[str]) -> None:
    base = Path(tempfile.mkdtemp(prefix=f"ai-timeline-bench-{n}-"))
    project = base / "ours"
    print(f"\n== N = {n:,} ({base}) ==", flush=True)
    started = time.perf_counter()
    write_corpus(project, n, seed)
    makers = {
        "ours": lambda: our_generator(project, jobs),
        "pelican": lambda: pelican_generator(project, base / "pelican"),
        "hugo": lambda: hugo_generator(project, base / "hugo"),
    }
    gens = [makers[name]() for name in GENERATORS if name in only]
    names = sorted(p.name for p in (project / "content" / "articles").glob("*.md"))
    targets = [names[(round_ * 7919 + n // 2) % len(names)] for round_ in range(runs)]  # a new article each round
    # Every generator starts from the untouched text: ours edits the project's files in place.
    pristine = {name: (project / "content" / "articles" / name).read_text(encoding="utf-8") for name in targets}
    for gen in gens:
        gen.texts = dict(pristine)
    print(f"corpus and peer projects written in {time.perf_counter() - started:.1f} s", flush=True)
    load_before = loadavg()

    results: dict[str, dict[str, list[Run]]] = {g.name: {s: [] for s in SCENARIOS} for g in gens}
    for round_ in range(runs):
        order = gens[round_ % len(gens) :] + gens[: round_ % len(gens)]
        target = targets[round_]
        for gen in order:
            set_aside(gen.outputs, base / "trash")
            steps: list[tuple[str, Callable[[], None] | None, bool]] = [
                ("cold", None, True),
                ("no change", None, False),
                ("body edit", partial(apply_edit, gen, project, target, body_edited, round_), False),
                ("tag edit", partial(apply_edit, gen, project, target, tags_edited, round_), False),
            ]
            for scenario, edit, cold in steps:
                if edit:
                    edit()
                os.sync()  # the last run's writes must not be flushed during this one
                run = measure(gen.command(cold))
                results[gen.name][scenario].append(run)
                note = _our_note(run.stdout) if gen.name == "ours" else ""
                print(
                    f"  round {round_ + 1} {gen.name:8} {scenario:10} {run.seconds:8.2f} s {run.cpu:7.2f} s CPU  "
                    f"{run.max_rss_mb:6.0f} MB max RSS  {run.tree_pss_mb:6.0f} MB tree PSS  {note}",
                    flush=True,
                )
    print_table(n, results, load_before, loadavg())
    shutil.rmtree(base / "trash", ignore_errors=True)
    if not keep:
        shutil.rmtree(base, ignore_errors=True)


def _our_note(stdout: str) -> str:
    match = re.search(r"(\d+) rendered, (\d+) written", stdout)
    return f"({match.group(1)} rendered, {match.group(2)} written)" if match else ""


def print_table(n: int, results: dict[str, dict[str, list[Run]]], load_before: str, load_after: str) -> None:
    names = list(results)
    print(f"\nN = {n:,}: median of {len(next(iter(results.values()))['cold'])} runs (min-max); load average ", end="")
    print(f"{load_before} before, {load_after} after")
    header = f"{'':16}" + "".join(f"{name:>22}" for name in names)
    ratios = [p for p in ("pelican", "hugo") if p in results and "ours" in results]
    header += "".join(f"{'ours/' + p:>14}" for p in ratios)
    print(header)
    rows = [(scenario, scenario, "seconds") for scenario in SCENARIOS]
    rows += [(f"{scenario}, CPU", scenario, "cpu") for scenario in SCENARIOS]
    for label, scenario, attr in rows:
        figures = {name: [getattr(r, attr) for r in results[name][scenario]] for name in names}
        medians = {name: statistics.median(values) for name, values in figures.items()}
        row = f"{label:16}"
        for name in names:
            row += f"{medians[name]:>9.2f} s ({min(figures[name]):.2f}-{max(figures[name]):.2f})"
        row += "".join(f"{medians['ours'] / medians[p]:>14.2f}" if medians[p] else f"{'-':>14}" for p in ratios)
        print(row)
    for label, attr in (("peak RSS, 1 proc", "max_rss_mb"), ("peak PSS, tree", "tree_pss_mb")):
        peaks = {name: max(getattr(r, attr) for runs in results[name].values() for r in runs) for name in names}
        row = f"{label:16}" + "".join(f"{peaks[name]:>19.0f} MB" for name in names)
        row += "".join(f"{peaks['ours'] / peaks[p]:>14.2f}" if peaks[p] else f"{'-':>14}" for p in ratios)
        print(row)
    print("(memory: the highest of all runs of that generator at this N)", flush=True)


# -- our output identity ---------------------------------------------------------------------------


def tree_differences(a: Path, b: Path) -> list[str]:
    """Relative paths that are missing from one tree or differ in bytes."""
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    differ = sorted(files_a ^ files_b)
    differ += [rel for rel in sorted(files_a & files_b) if not filecmp.cmp(a / rel, b / rel, shallow=False)]
    return differ


def identity_check(n: int, seed: int) -> bool:
    base = Path(tempfile.mkdtemp(prefix=f"ai-timeline-identity-{n}-"))
    try:
        corpus = write_corpus(base / "corpus", n, seed)

        def build(name: str, *extra: str) -> Path:
            root = base / name
            if not root.exists():
                shutil.copytree(corpus, root)
            measure([str(OUR_PYTHON), str(REPO / "build.py"), "build", "--root", str(root), *extra])
            return root / "public"

        def edit(name: str) -> None:
            path = base / name / "content" / "articles" / sorted(os.listdir(corpus / "content" / "articles"))[n // 3]
            path.write_text(tags_edited(body_edited(path.read_text(encoding="utf-8"), 0), 0), encoding="utf-8")

        checks: list[tuple[str, Path, Path]] = []
        one = build("jobs1", "--no-cache", "--jobs", "1")
        two = build("jobs2", "--no-cache", "--jobs", "2")
        checks.append(("cold --jobs 1 vs cold --jobs 2", one, two))
        for name in ("jobs1", "jobs2", "corpus"):
            edit(name)
        cached1 = build("jobs1", "--jobs", "1")
        cached2 = build("jobs2", "--jobs", "2")
        fresh = build("fresh", "--no-cache")  # a copy of the edited corpus, never built before
        checks.append(("after an edit: cached --jobs 1 vs cold", cached1, fresh))
        checks.append(("after an edit: cached --jobs 2 vs cold", cached2, fresh))
        snapshot = base / "cached2-public"
        shutil.copytree(cached2, snapshot)
        rebuilt = build("jobs2", "--no-cache")  # over the existing output, ignoring the state
        checks.append(("--no-cache over a built site vs cached", rebuilt, snapshot))

        print(f"\n== output identity (N = {n:,}, byte for byte) ==")
        ok = True
        for label, a, b in checks:
            differ = tree_differences(a, b)
            count = sum(1 for p in a.rglob("*") if p.is_file())
            verdict = "identical" if not differ else f"{len(differ)} files differ, e.g. {differ[:3]}"
            print(f"  {label:42} {count} files: {verdict}")
            ok = ok and not differ
        return ok
    finally:
        shutil.rmtree(base, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 5000, 10000], help="corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="rounds per size; medians are taken (default 3)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, help="our --jobs (default: our own default, one per core)")
    parser.add_argument("--only", nargs="+", choices=GENERATORS, default=GENERATORS, help="generators to run")
    parser.add_argument("--identity-n", type=int, default=500, help="corpus size of the identity check (0: skip)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    args = parser.parse_args(argv)

    if {"pelican", "hugo"} & set(args.only):
        peers.ensure_installed()
    print(f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}, load average {loadavg()}")
    if "pelican" in args.only or "hugo" in args.only:
        hugo = subprocess.run([str(peers.hugo_binary()), "version"], capture_output=True, text=True).stdout.split()
        print(f"peers: {' '.join(peers.PACKAGES)} ({hugo[1] if len(hugo) > 1 else '?'})")
    if not TIME.exists():
        print(f"{TIME} not found (Debian package `time`): max RSS per process is not measured")
    identical = identity_check(args.identity_n, args.seed) if args.identity_n else True
    for n in args.n:
        bench_size(n, args.runs, args.seed, args.jobs, args.keep, args.only)
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
