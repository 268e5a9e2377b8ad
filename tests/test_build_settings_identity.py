"""A rebuild after a change of settings or templates equals a clean build (issue 12, repros 1-3).

Each build is the command line in its own process, as a user runs it: the earlier build's
caches (.cache/jinja, the parsed articles, the plan) are on disk, and the output must still be
byte for byte what a fresh copy of the project builds from nothing.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jinja2
import markdown
import PIL
import pytest
import yaml

import site_builder
from site_builder import serve, state, templates
from tests.conftest import LONG, REPO, run_cli, staging_left, write_article
from tests.test_build_identity import ARTICLES as FORKED
from tests.test_build_identity import build, copy_project, differences, write_corpus

ARTICLES = 12
PAGES_URL = "https://example.github.io/ai-timeline/"


@pytest.fixture
def site(empty_project: Path) -> Path:
    return write_corpus(empty_project, ARTICLES)


def clean_build(root: Path, tmp_path: Path, *args: str, output: str = "public") -> Path:
    fresh = copy_project(root, tmp_path / "fresh")
    result = run_cli("build", "--no-cache", *args, root=fresh)
    assert result.returncode == 0, result.stderr
    return fresh / output


def set_setting(root: Path, key: str, value: str) -> None:
    path = root / "site.yaml"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith(f"{key}:")]
    path.write_text("\n".join([*lines, f"{key}: {value}"]) + "\n", encoding="utf-8")


def test_base_url_and_output_from_the_command_line(site: Path, tmp_path: Path) -> None:
    build(site)
    result = run_cli("build", "--base-url", PAGES_URL, "--output", "other", root=site)
    assert result.returncode == 0, result.stderr
    expected = clean_build(site, tmp_path, "--base-url", PAGES_URL, "--output", "other", output="other")
    assert differences(site / "other", expected) == []
    assert "/ai-timeline/static/" in (site / "other" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("base_url", PAGES_URL),
        ("permalink", "/news/{slug}/"),
        ("timezone", "America/New_York"),
        ("title", "다른 제목"),
        ("page_size", "3"),
        ("article_body", "excerpt"),  # the pages show less, and so does the search index
        ("full_text", "3"),  # so do all but the newest three
    ],
)
def test_settings_edit_then_rebuild(site: Path, tmp_path: Path, key: str, value: str) -> None:
    # Longer than an excerpt, whose last paragraph only the whole body shows, and the search finds.
    long_body = "".join(f"{i}번째 문단의 낱말{i}은 여기에만 있다.\n\n" for i in range(1, 7))
    write_article(site, "long.md", "title: 긴 기사\ndate: 2025-01-05T09:00:00+09:00", long_body)
    build(site)
    set_setting(site, key, value)
    build(site)
    assert differences(site / "public", clean_build(site, tmp_path)) == []


def test_two_edits_within_one_tick_of_a_coarse_clock_are_both_built(site: Path, tmp_path: Path) -> None:
    """A file system with whole-second times (ext3, FAT, network mounts) gives two saves within
    one second, of one size, one Stat. Here both saves get the same time, a minute ahead as a
    server's clock may be: the second is still built, in a process of its own."""
    build(site)
    path = site / "content" / "articles" / "a000.md"
    tick = (int(time.time()) + 60) * 10**9
    text = path.read_text(encoding="utf-8")
    for title in ("가나다 제목", "라마바 제목"):
        text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M)
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(tick, tick))
        build(site)
    assert differences(site / "public", clean_build(site, tmp_path)) == []
    assert "라마바 제목" in (site / "public" / "index.html").read_text(encoding="utf-8")


def test_an_article_dated_ahead_of_the_clock_is_named_in_a_warning(site: Path) -> None:
    """Read again by every build until the clock passes it: the user is told which and why."""
    ahead = (int(time.time()) + 3600) * 10**9
    os.utime(site / "content" / "articles" / "a003.md", ns=(ahead, ahead))
    result = run_cli("build", root=site)
    assert result.returncode == 0, result.stderr
    assert "content/articles/a003.md: modified later than now" in result.stderr
    back = time.time_ns() - 10 * 10**9
    os.utime(site / "content" / "articles" / "a003.md", ns=(back, back))
    assert "modified later than now" not in run_cli("build", root=site).stderr


def test_compiled_templates_of_old_settings_are_pruned(site: Path, tmp_path: Path) -> None:
    """Each settings state compiles its own templates; only the folders used last are kept,
    the one in use among them, and a build after pruning still equals a clean one."""
    jinja_cache = site / ".cache" / "jinja"
    for n in range(templates.KEPT_BYTECODE_DIRS + 3):
        set_setting(site, "title", f"제목 {n}")
        build(site)
    folders = sorted(jinja_cache.iterdir(), key=lambda p: p.stat().st_mtime)
    assert len(folders) == templates.KEPT_BYTECODE_DIRS
    assert any(folders[-1].glob("*.cache"))
    set_setting(site, "title", "제목 0")  # its folder was pruned: compiled again
    build(site)
    assert differences(site / "public", clean_build(site, tmp_path)) == []


def _body_edit(site: Path, n: int) -> None:
    path = site / "content" / "articles" / "a003.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n편집 {n}.\n", encoding="utf-8")


@pytest.mark.parametrize("damage", ["files removed", "a link put in", "a folder of the users own"])
def test_a_damaged_shadow_is_never_published(site: Path, tmp_path: Path, damage: str) -> None:
    """The shadow (.public.prev/) becomes the output at the next edit; damage done to it in the
    meantime must not reach the site."""
    build(site)
    _body_edit(site, 1)
    build(site)  # the first site is the shadow now
    shadow = site / ".public.prev"
    assert (shadow / "atom.xml").is_file()
    private = tmp_path / "private"
    private.mkdir()
    (private / "secret.txt").write_text("비밀\n", encoding="utf-8")
    if damage == "files removed":
        (shadow / "atom.xml").unlink()
        shutil.rmtree(shadow / "tags")
        next(shadow.glob("20*/*/*/*/index.html")).unlink()  # deep in the tree, where only its folder changes
    elif damage == "a link put in":
        (shadow / "private").symlink_to(private)
    else:
        shutil.rmtree(shadow)
        shadow.mkdir()
        (shadow / "notes.txt").write_text("메모\n", encoding="utf-8")
    _body_edit(site, 2)
    if damage == "a folder of the users own":
        # No build made it: the build will not replace it, and says so; moved away, the build goes on.
        proc = run_cli("build", root=site)
        assert proc.returncode == 1 and "beside it, .public.prev holds what no build made" in proc.stderr
        assert (shadow / "notes.txt").read_text(encoding="utf-8") == "메모\n"
        shadow.rename(tmp_path / "notes")
    build(site)
    out = site / "public"
    assert not [p for p in out.rglob("*") if p.is_symlink()]
    assert differences(out, clean_build(site, tmp_path)) == []
    _body_edit(site, 3)  # and the build after it, from the shadow it made
    build(site)
    assert differences(out, clean_build(site, tmp_path / "again")) == []


def test_own_template_with_a_url_literal_follows_the_base_url(site: Path, tmp_path: Path) -> None:
    (site / "templates").mkdir()
    (site / "templates" / "404.html").write_text(
        '<!doctype html><html lang="ko"><title>없음</title><a href="{{ \'tags/\' | url }}">태그</a></html>\n',
        encoding="utf-8",
    )
    build(site)
    set_setting(site, "base_url", PAGES_URL)
    build(site)
    assert differences(site / "public", clean_build(site, tmp_path)) == []
    assert '/ai-timeline/tags/"' in (site / "public" / "404.html").read_text(encoding="utf-8")


FULL_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{{ site.title }}</title>
{% for a in articles %}<entry><title>{{ a.title }}</title>
<content type="html">{{ a.body | markdown }}</content></entry>
{% endfor %}</feed>
"""
# The hash of each article's whole file, as a feed might give it for a version tag.
DIGEST_FEED = FULL_FEED.replace("{{ a.body | markdown }}", "{{ a.digest }}")


@pytest.mark.parametrize("feed", [FULL_FEED, DIGEST_FEED], ids=["body", "digest"])
def test_own_template_that_shows_bodies_follows_body_edits(site: Path, tmp_path: Path, feed: str) -> None:
    (site / "templates").mkdir()
    (site / "templates" / "atom.xml").write_text(feed, encoding="utf-8")
    build(site)
    before = (site / "public" / "atom.xml").read_text(encoding="utf-8")
    path = site / "content" / "articles" / "a003.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n편집: 전문 피드에 보일 문장.\n", encoding="utf-8")
    build(site)
    assert (site / "public" / "atom.xml").read_text(encoding="utf-8") != before
    assert differences(site / "public", clean_build(site, tmp_path)) == []


def test_damaged_cache_files_never_change_the_output(site: Path, tmp_path: Path) -> None:
    """A flipped bit anywhere in a cache file costs at most a full build (issue 12): the file's
    checksum fails, the build says so in one line and builds everything. (AI_TIMELINE_LONG=1 flips
    six places in every file; the suite one in each.)"""
    build(site)
    compiled = sorted((site / ".cache" / "jinja").rglob("*.cache"))
    caches = sorted((site / ".cache").glob("*.pickle")) + compiled[:3]
    assert {p.name.split("-")[0] for p in caches} >= {"build", "plan", "search"} and compiled
    shares = (0.0, 0.01, 0.05, 0.33, 0.5, 1.0)
    assert len(caches) >= len(shares)
    for n, cache in enumerate(caches):
        # One place in each file, each file another, every place some file's; the long run: all six.
        for share in shares if LONG else (shares[n % 6],):
            build(site)  # fresh, intact caches
            data = bytearray(cache.read_bytes())
            where = min(int(len(data) * share), len(data) - 1)
            data[where] ^= 1 << (where % 8)
            cache.write_bytes(bytes(data))
            path = site / "content" / "articles" / f"a00{n}.md"
            path.write_text(path.read_text(encoding="utf-8") + f"\n편집 {where}.\n", encoding="utf-8")
            result = run_cli("build", root=site)
            assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
            assert "damaged" in result.stdout
            assert differences(site / "public", clean_build(site, tmp_path / f"{n}-{share}")) == []


def test_a_folder_where_a_compiled_template_goes_costs_only_its_compiling(site: Path, tmp_path: Path) -> None:
    """A folder in the place of a compiled template's file (build tester 12) once failed every build,
    --no-cache too, blamed on the theme: the template is compiled, used, and not kept, with a warning."""
    assert run_cli("build", "--no-cache", root=site).returncode == 0  # (the command line's compiled templates)
    for compiled in sorted((site / ".cache" / "jinja").rglob("*.cache")):
        compiled.unlink()
        compiled.mkdir()
    result = run_cli("build", "--no-cache", root=site)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "cannot keep __ai_timeline_" in result.stderr and "(Is a directory)" in result.stderr
    assert differences(site / "public", clean_build(site, tmp_path / "cold")) == []
    path = site / "content" / "articles" / "a001.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n편집.\n", encoding="utf-8")
    assert run_cli("build", root=site).returncode == 0
    assert differences(site / "public", clean_build(site, tmp_path / "edited")) == []
    assert not list((site / ".cache" / "jinja").rglob("*.tmp"))


@pytest.mark.parametrize("cache", ["damage in the code's hash", "the format of an earlier version"])
def test_an_upgrade_is_told_from_damage(site: Path, tmp_path: Path, cache: str) -> None:
    """A cache file an earlier version wrote is not called damaged: after an upgrade the build says
    once that it makes everything. A flipped bit in the hash of the code that wrote a file is
    damage, not an upgrade."""
    build(site)
    plan = next((site / ".cache").glob("plan-*.pickle"))
    data = bytearray(plan.read_bytes())
    if cache == "the format of an earlier version":
        data[: len(state.MAGIC)] = b"ai-timeline-cache\n"
    else:
        data[len(state.MAGIC) + 3] ^= 0x10
    plan.write_bytes(bytes(data))
    path = site / "content" / "articles" / "a001.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n편집.\n", encoding="utf-8")
    result = run_cli("build", root=site)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    said = result.stdout + result.stderr  # the damage is a warning (stderr), the upgrade news
    damaged, upgraded = "plan-" in said and "is damaged; not used" in said, "another version of ai-timeline" in said
    assert (damaged, upgraded) == ((False, True) if "earlier" in cache else (True, False)), said
    # The damage is a note: the summary counts the warnings it printed, and a damaged cache is none.
    printed = sum(line.startswith("warning:") for line in result.stderr.splitlines())
    assert f", {printed} warnings," in result.stdout, said
    assert differences(site / "public", clean_build(site, tmp_path)) == []


def test_a_build_by_other_code_is_no_cache_for_this_code(site: Path, tmp_path: Path) -> None:
    """Caches hold pickled objects and pages this code made: after an upgrade or an edit of the
    package (a field added to a class the plan holds, a filter that writes other dates), the next
    build rebuilds everything rather than trust them, with no version number to remember."""
    tool = tmp_path / "tool"
    shutil.copytree(REPO / "site_builder", tool / "site_builder", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "themes", tool / "themes")
    shutil.copy(REPO / "build.py", tool / "build.py")

    def build_with_tool(root: Path, *args: str) -> str:
        result = run_cli("build", *args, root=root, script=tool / "build.py")
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        return result.stdout

    def edit(rel: str, old: str, new: str) -> None:
        path = tool / "site_builder" / rel
        assert old in path.read_text(encoding="utf-8")
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    build_with_tool(site)
    # A filter the pages call, and one compiling folds into the templates' code ('static/style.css' | url).
    edit(
        "templates.py",
        'text = f"{value.year}년 {value.month}월 {value.day}일"',
        'text = f"{value.year}년 ~ {value.month}월 {value.day}일"',
    )
    edit("config.py", 'return self.base_path + path.lstrip("/")', 'return self.base_path + "x/" + path.lstrip("/")')
    said = build_with_tool(site)
    assert said.count("written by another version of ai-timeline: not used") == 1 and "damaged" not in said, said
    home = (site / "public" / "index.html").read_text(encoding="utf-8")
    assert "년 ~ " in home and 'href="/x/static/style.css"' in home
    fresh = copy_project(site, tmp_path / "fresh")
    build_with_tool(fresh, "--no-cache")
    assert differences(site / "public", fresh / "public") == []


@pytest.mark.parametrize("library", [jinja2, markdown, yaml, PIL])
def test_an_upgraded_library_is_other_code_too(library: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new Jinja2 compiles, a new Python-Markdown converts, a new PyYAML parses, a new Pillow
    draws otherwise: caches made with the old one are not this code's."""
    before = site_builder.code_digest()
    monkeypatch.setattr(library, "__version__", "999.0")
    site_builder.code_digest.cache_clear()
    try:
        assert site_builder.code_digest() != before
    finally:
        site_builder.code_digest.cache_clear()


def test_two_builds_at_once_both_end_with_the_right_site(site: Path, tmp_path: Path) -> None:
    """Two command-line builds of one project start together after an edit: the lock makes the
    second wait for the first, and the site they leave equals a clean build."""
    build(site)
    path = site / "content" / "articles" / "a004.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n동시 편집.\n", encoding="utf-8")
    command = [sys.executable, str(REPO / "build.py"), "build", "--root", str(site)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert differences(site / "public", clean_build(site, tmp_path)) == []
    assert not staging_left(site) and not list((site / ".cache").glob("*.tmp"))


def test_a_build_waits_while_another_holds_the_output(site: Path) -> None:
    from site_builder import config as config_mod
    from site_builder import state as state_mod

    build(site)
    command = [sys.executable, str(REPO / "build.py"), "build", "--root", str(site)]
    with state_mod.locked(config_mod.load(site)):
        run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2)
        assert run.poll() is None  # still waiting for the lock
    out, err = run.communicate(timeout=300)
    assert run.returncode == 0 and "waiting for another build" in err, err


def test_a_build_of_another_project_to_the_same_folder_waits(site: Path, tmp_path: Path) -> None:
    """Two projects (or two checkouts of one) built to one folder at once would each publish
    into it: the lock beside the folder makes one wait, whatever project holds it."""
    from site_builder import state as state_mod

    out = tmp_path / "www"
    command = [sys.executable, str(REPO / "build.py"), "build", "--root", str(site), "--output", str(out)]
    with state_mod.output_locked(out):
        run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2)
        assert run.poll() is None  # still waiting for the lock
    _, err = run.communicate(timeout=300)
    assert run.returncode == 0 and "waiting for another build" in err, err
    assert differences(out, clean_build(site, tmp_path)) == []


@pytest.fixture
def corpus(empty_project: Path) -> Path:
    """Enough articles to parse and render on forked workers."""
    return write_corpus(empty_project, FORKED)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# Kill points per kind of change; AI_TIMELINE_LONG=1 runs the long version (ten times as many).
KILLS = 60 if LONG else 6


def change_inputs(root: Path, kind: str, step: int) -> list[str]:
    """Change the project so its site differs from the built one; the build's extra arguments."""
    if kind == "template":  # a site's own base template: every page changes
        base = (REPO / "themes" / "default" / "templates" / "base.html").read_text(encoding="utf-8")
        (root / "templates").mkdir(exist_ok=True)
        (root / "templates" / "base.html").write_text(f"<!-- {step} -->\n{base}", encoding="utf-8")
        return []
    for name in (f"a{step % 30:03d}.md", f"a{40 + step % 30:03d}.md"):
        path = root / "content" / "articles" / name
        text = path.read_text(encoding="utf-8").replace("tags: [OpenAI", "tags: [Meta, OpenAI", 1)
        path.write_text(text + f"\n편집 {step}.\n", encoding="utf-8")
    return ["--no-cache"] if kind == "no-cache" else []


@pytest.mark.parametrize("kind", ["articles", "template", "no-cache"])
def test_a_killed_build_leaves_one_whole_site_and_the_next_repairs_it(corpus: Path, tmp_path: Path, kind: str) -> None:
    """SIGKILL of the build and its forked workers at points spread over a rebuild (parsing,
    rendering, publishing): at the moment of the kill the output is wholly the old site or
    wholly the new one, and the next build leaves exactly a clean build's site."""
    build(corpus)
    command = [sys.executable, str(REPO / "build.py"), "build", "--root", str(corpus)]
    started = time.perf_counter()
    build(corpus, *change_inputs(corpus, kind, 0))  # unkilled, to learn how long this kind takes
    whole = time.perf_counter() - started
    outcomes = set()
    for step in range(1, KILLS + 1):
        old = snapshot(corpus / "public")
        extra = change_inputs(corpus, kind, step)
        new = snapshot(clean_build(corpus, tmp_path / str(step)))
        assert new != old
        run = subprocess.Popen(
            [*command, *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        time.sleep(whole * 1.2 * step / KILLS)
        os.killpg(run.pid, signal.SIGKILL)  # the build and its forked workers
        run.wait()
        left = snapshot(corpus / "public")
        assert left in (old, new), f"step {step}: a mix of two sites"
        outcomes.add("old" if left == old else "new")
        build(corpus)
        assert not staging_left(corpus), step
        assert snapshot(corpus / "public") == new, step
    # Kills after the exchange leave the new site; how many depends on the machine's load.
    assert "old" in outcomes, "every kill fell after the build had finished"


def as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a test runner's worker may ignore SIGINT, which its
    children would inherit (Python then installs no KeyboardInterrupt handler)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def holds_a_lock(run: subprocess.Popen[str]) -> bool:
    """Wait until the process has its build's lock file open; False if it ended first."""
    fds = Path(f"/proc/{run.pid}/fd")
    while run.poll() is None:
        with contextlib.suppress(OSError):  # descriptors come and go while they are listed
            if any(os.readlink(fd).endswith(".lock") for fd in fds.iterdir()):
                return True
        time.sleep(0.005)
    return False


def test_ctrl_c_during_a_build_says_so_in_a_line_and_the_next_build_is_clean(corpus: Path, tmp_path: Path) -> None:
    """Ctrl-C reaches the build and its workers (the terminal's process group): no traceback
    from any of them, the output whole, and the next build a clean build's site."""
    build(corpus)
    command = [sys.executable, str(REPO / "build.py"), "build", "--root", str(corpus)]
    change_inputs(corpus, "articles", 0)
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert holds_a_lock(run)
    started = time.perf_counter()
    assert run.wait(timeout=120) == 0
    work = time.perf_counter() - started  # from holding the lock to the end, unkilled
    interrupted, codes = 0, []
    # On a loaded machine the build may end before the keys land: more steps, pressing at once,
    # until one lands (the spread steps still cover the build's phases).
    steps = itertools.chain(range(1, KILLS + 1), itertools.repeat(1, 10))
    for count, step in enumerate(steps, 1):
        if count > KILLS and interrupted:
            break
        old = snapshot(corpus / "public")
        change_inputs(corpus, "articles", count)
        new = snapshot(clean_build(corpus, tmp_path / str(count)))
        run = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            preexec_fn=as_from_a_terminal,
        )
        # A Ctrl-C while Python itself starts gets Python's own traceback, before any code of
        # ours runs: the keys are pressed once the build holds its lock (the first at once).
        if holds_a_lock(run):
            time.sleep(work * 0.8 * (step - 1) / KILLS)
            os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=120)
        assert "Traceback" not in err, err
        codes.append(run.returncode)
        if run.returncode == 130:
            interrupted += 1
            assert "interrupted: nothing half-written was kept" in err
        assert snapshot(corpus / "public") in (old, new), f"step {count}: a mix of two sites"
        build(corpus)
        assert not staging_left(corpus) and snapshot(corpus / "public") == new, count
    assert interrupted, f"every Ctrl-C fell after the build had finished (exit codes {codes})"


def _lay_img(folder: Path, as_folder: bool) -> None:
    """`folder`/img as a folder holding a file, or as a file of that name."""
    img = folder / "img"
    if img.is_dir():
        shutil.rmtree(img)
    img.unlink(missing_ok=True)
    folder.mkdir(exist_ok=True)
    if as_folder:
        img.mkdir()
        (img / "logo.txt").write_text("a folder's file\n", encoding="utf-8")
    else:
        img.write_text("a file where a folder was\n", encoding="utf-8")


@pytest.mark.parametrize("source", ["static", "root_files"])
@pytest.mark.parametrize("folder_first", [True, False], ids=["folder becomes a file", "file becomes a folder"])
def test_a_folder_and_a_file_trading_places_then_rebuild(
    site: Path, tmp_path: Path, source: str, folder_first: bool
) -> None:
    _lay_img(site / source, as_folder=folder_first)
    build(site)
    _lay_img(site / source, as_folder=not folder_first)
    for _ in range(2):  # and the build after, from the state this one saved
        build(site)
        assert differences(site / "public", clean_build(site, tmp_path)) == []
        shutil.rmtree(tmp_path / "fresh")


@pytest.mark.parametrize("folder_first", [True, False], ids=["folder becomes a file", "file becomes a folder"])
def test_the_preview_takes_a_folder_and_a_file_trading_places(site: Path, folder_first: bool) -> None:
    """The preview updates its own folder in place: the old path goes before the new one comes."""
    _lay_img(site / "static", as_folder=folder_first)
    preview = serve.Preview(site, {}, "127.0.0.1", 8000)
    log: list[str] = []
    serve.rebuild(preview, [], log=log.append)
    _lay_img(site / "static", as_folder=not folder_first)
    serve.rebuild(preview, [], log=log.append)
    assert preview.problems == [], log
    now = "img" if folder_first else "img/logo.txt"
    assert (site / ".cache/serve/static" / now).read_bytes() == (site / "static" / now).read_bytes()
