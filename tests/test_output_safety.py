"""Safe with any command: the output folder is the build's alone, an empty site is refused, a
full disk leaves the old site as it was, and ingest never half-writes or loses a hand edit.

The --output cases run the command line as a user would, beside a "canary" folder (and
inside folders the user owns) whose every byte must survive each of them.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from site_builder import cli, config, serve, write
from site_builder import state as state_mod
from site_builder.content import load_articles
from tests.conftest import REPO, differences, run_cli, staging_left, write_article
from tests.ingest_helpers import ARTICLE, article_path, front_matter, make_project, run_ingest

MARKER = ".ai-timeline-output"  # the file that says a folder is a build's output


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every file's bytes, every link's target and every folder under `folder`; links are not followed."""
    found: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[rel] = "link to " + os.readlink(path)
            elif path.is_dir():
                found[rel] = "folder"
            else:
                found[rel] = path.read_bytes()
    return found


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


@pytest.fixture
def project(empty_project: Path) -> Path:
    """Two articles, the folders and files of a real checkout, and a canary folder beside it."""
    root = empty_project
    write_article(root, "a.md", "title: 첫 기사\ndate: 2025-01-20T09:00:00+09:00\ntags: [DeepSeek]\nsummary: 요약")
    write_article(root, "b.md", "title: 둘째 기사\ndate: 2025-01-28T10:00:00+09:00\ntags: [OpenAI]\nsummary: 요약")
    own = {
        ".git/HEAD": "ref: refs/heads/main\n",
        ".git/objects/ab/cdef": "blob",
        "docs/publishing.md": "# 게시\n",
        "site_builder/__init__.py": '__version__ = "0"\n',
        "tests/test_x.py": "def test_x(): pass\n",
        "README.md": "# ai-timeline\n",
    }
    for rel, text in own.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "templates").mkdir()  # an empty source folder: nothing to lose today, still not the output's
    canary = root.parent / "canary"
    (canary / "sub").mkdir(parents=True)
    (canary / "empty").mkdir()
    (canary / "notes.txt").write_text("내 메모\n", encoding="utf-8")
    (canary / "sub" / "data.bin").write_bytes(bytes(range(256)))
    (canary / "project").mkdir()  # someone else's project, marked as if a build had written there
    (canary / "project" / "site.yaml").write_text("title: 다른 사이트\n", encoding="utf-8")
    (canary / "project" / MARKER).write_text("made by ai-timeline\n", encoding="utf-8")
    (root / "link").symlink_to(canary / "empty", target_is_directory=True)
    return root


# (argument to --output, how the message names it), from the project root and the canary folder.
Case = Callable[[Path, Path], tuple[str, str]]
REFUSED: dict[str, Case] = {
    "non-empty-folder": lambda root, canary: (str(canary), str(canary)),
    "symlink-to-a-folder-outside": lambda root, canary: ("link", "link"),
    "docs": lambda root, canary: ("docs", "docs"),
    ".git": lambda root, canary: (".git", ".git"),
    "inside-.git": lambda root, canary: (".git/public", ".git/public"),
    "site_builder": lambda root, canary: ("site_builder", "site_builder"),
    "empty-source-folder": lambda root, canary: ("templates", "templates"),
    "content": lambda root, canary: ("content", "content"),
    "inside-content": lambda root, canary: ("content/articles", "content/articles"),
    "README.md": lambda root, canary: ("README.md", "README.md"),
    "site.yaml": lambda root, canary: ("site.yaml", "site.yaml"),
    "project-root": lambda root, canary: (".", str(root)),
    "parent": lambda root, canary: ("..", str(root.parent)),
    "a-file": lambda root, canary: (str(canary / "notes.txt"), str(canary / "notes.txt")),
    "a-marked-folder-holding-a-project": lambda root, canary: (str(canary / "project"), str(canary / "project")),
    # The shadow of the site the project just built: a build there would mix two sites.
    "the-shadow": lambda root, canary: (".public.prev", ".public.prev"),
}


@pytest.mark.parametrize("case", REFUSED.values(), ids=REFUSED.keys())
def test_build_refuses_an_output_that_is_not_its_own(project: Path, case: Case) -> None:
    assert run_cli("build", root=project).returncode == 0  # a site exists: the refusal must not touch it either
    argument, shown = case(project, project.parent / "canary")
    before = snapshot(project.parent)
    proc = run_cli("build", "--output", argument, root=project)
    assert proc.returncode != 0
    assert one_line(proc.stderr).startswith(f"{shown}: refusing"), proc.stderr
    assert snapshot(project.parent) == before


@pytest.mark.parametrize("built_before", [False, True])
@pytest.mark.parametrize("mount", ["volume", "bind"])
def test_an_output_folder_that_is_a_mount_point_is_refused_with_what_to_do(
    project: Path, tmp_path: Path, built_before: bool, mount: str
) -> None:
    """A Docker volume or a bind mount cannot be moved aside for the new site."""
    out = project / "public"
    if built_before:
        assert run_cli("build", root=project).returncode == 0
    else:
        out.mkdir()
    (tmp_path / "shared").mkdir()  # a bind mount's folder on the same disk: no mount point to os.path.ismount
    how = ["-t", "tmpfs", "tmpfs"] if mount == "volume" else ["--bind", str(tmp_path / "shared")]
    if subprocess.run(["mount", *how, str(out)], capture_output=True).returncode != 0:
        pytest.skip("mounting a file system needs root")
    try:
        result = run_cli("build", root=project)
        assert result.returncode == 1
        assert one_line(result.stderr) == (
            "public: is a mount point (a volume or a bind mount), which the build cannot replace with the new "
            "site; mount the folder around it instead, or set `output:` to a folder inside it; "
            "nothing in the output folder was changed"
        )
        assert not any(out.iterdir()) and not staging_left(project)
    finally:
        subprocess.run(["umount", str(out)], check=True)


def test_an_output_folder_named_from_the_home_folder_is_there(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'~/…' in site.yaml is the user's home folder, as a shell reads it: not a folder named '~' in
    the project, which `rm -rf ~` would then be typed to remove."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    settings = project / "site.yaml"
    text = settings.read_text(encoding="utf-8")
    assert "\noutput: public\n" in text
    settings.write_text(text.replace("\noutput: public\n", "\noutput: ~/timeline-site\n"), encoding="utf-8")
    result = run_cli("build", root=project)
    assert result.returncode == 0, result.stderr
    assert (home / "timeline-site" / "index.html").is_file() and not (project / "~").exists()


@pytest.mark.parametrize("setting", ["output", "seeds", "content"])
def test_a_folder_from_a_home_folder_that_is_not_there_is_a_bad_setting(project: Path, setting: str) -> None:
    with (project / "site.yaml").open("a", encoding="utf-8") as handle:
        handle.write("" if setting == "output" else f"{setting}: ~nosuchuser-zz/{setting}\n")
    if setting == "output":
        text = (project / "site.yaml").read_text(encoding="utf-8")
        (project / "site.yaml").write_text(text.replace("\noutput: public\n", "\noutput: ~nosuchuser-zz/site\n"))
    result = run_cli("build", root=project)
    assert result.returncode == 1
    assert re.fullmatch(
        rf"site\.yaml:\d+: '{setting}' ~nosuchuser-zz/\w+: no home folder for '~nosuchuser-zz'", one_line(result.stderr)
    )


def test_an_output_folder_from_the_home_folder_through_a_link_is_refused(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "real").mkdir(parents=True)
    (home / "site").symlink_to(home / "real", target_is_directory=True)
    monkeypatch.setenv("HOME", str(home))
    text = (project / "site.yaml").read_text(encoding="utf-8")
    (project / "site.yaml").write_text(text.replace("\noutput: public\n", "\noutput: ~/site\n"), encoding="utf-8")
    result = run_cli("build", root=project)
    assert result.returncode == 1 and "is a symbolic link" in one_line(result.stderr)
    assert not any((home / "real").iterdir())


def test_a_non_empty_folder_is_refused_with_what_to_do(project: Path) -> None:
    (project / "public").mkdir()
    (project / "public" / "mine.txt").write_text("내 파일\n", encoding="utf-8")
    proc = run_cli("build", root=project)
    assert proc.returncode != 0
    assert one_line(proc.stderr) == (
        "public: refusing to use this as the output folder: it is not empty and was not made by ai-timeline; "
        "choose an empty folder, or move this one away"
    )
    assert os.listdir(project / "public") == ["mine.txt"]


def test_a_folder_whose_marker_is_a_link_is_not_the_builds(project: Path) -> None:
    # A marker linked in from a folder the build did write proves nothing of this one's files.
    assert run_cli("build", root=project).returncode == 0
    (project / "public").rename(project / "built")
    (project / "public").mkdir()
    (project / "public" / "mine.txt").write_text("내 파일\n", encoding="utf-8")
    (project / "public" / ".ai-timeline-output").symlink_to(project / "built" / ".ai-timeline-output")
    proc = run_cli("build", root=project)
    assert proc.returncode != 0 and "was not made by ai-timeline" in one_line(proc.stderr)
    assert sorted(os.listdir(project / "public")) == [".ai-timeline-output", "mine.txt"]


def test_build_rebuild_and_a_new_output_folder_all_work(project: Path) -> None:
    public, newdir, empty = project / "public", project / "newdir", project.parent / "empty-out"
    empty.mkdir()
    for args, out in [
        ((), public),
        ((), public),  # a rebuild
        (("--no-cache",), public),  # a full build over the last one: the folder is swapped whole
        (("--output", "newdir"), newdir),
        (("--output", "newdir"), newdir),
        (("--output", str(empty)), empty),  # an empty folder may be taken over
    ]:
        proc = run_cli("build", *args, root=project)
        assert proc.returncode == 0, proc.stderr
        assert (out / "index.html").is_file() and (out / MARKER).is_file()
        assert "ai-timeline" in (out / MARKER).read_text(encoding="utf-8")
    checked = run_cli("check", "--output", "newdir", root=project)
    assert checked.returncode == 0, checked.stdout  # the marker is not a file of the site
    assert MARKER not in (newdir / "sitemap.xml").read_text(encoding="utf-8")
    assert not staging_left(project)


def test_serve_builds_into_its_own_folder_again_and_again(project: Path) -> None:
    stale = project / ".cache" / "serve"
    stale.mkdir(parents=True)
    (stale / "index.html").write_text("an older preview, from before the marker", encoding="utf-8")
    preview = serve.Preview(project, {}, "127.0.0.1", 8000)
    log: list[str] = []
    for _ in range(2):
        serve.rebuild(preview, [], log=log.append)
        assert preview.problems == [], log
    assert (stale / MARKER).is_file() and (stale / "2025/01/28").is_dir()
    # The preview's folder is the preview's: a build published there mixed its site into a running
    # preview's (build tester 13).
    proc = run_cli("build", "--output", ".cache/serve", root=project)
    assert proc.returncode == 1 and "it is inside the source folder .cache/" in proc.stderr, proc.stderr


def test_the_preview_refuses_the_folder_build_publishes(project: Path) -> None:
    """Preview pages link to 127.0.0.1: written into the published folder, an upload of it before
    the next build would put them online."""
    assert run_cli("build", root=project).returncode == 0
    before = snapshot(project / "public")
    for spelled in ("public", "./public/", str(project / "public")):
        command = [sys.executable, str(REPO / "build.py"), "serve", "--output", spelled, "--port", "0"]
        # A preview that starts serves until stopped: the timeout is the failure.
        proc = subprocess.run([*command, "--root", str(project)], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 1
        assert one_line(proc.stderr).startswith(f"--output {spelled}: that is the folder 'build' publishes")
    assert snapshot(project / "public") == before
    # ... nor another project's, or a copy's (build tester, round 3): a site built there without drafts.
    other = project.parent / "other"
    shutil.copytree(project, other, ignore=shutil.ignore_patterns("public", ".cache"))
    command = [sys.executable, str(REPO / "build.py"), "serve", "--output", str(project / "public"), "--port", "0"]
    proc = subprocess.run([*command, "--root", str(other)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "holds a site 'build' made without drafts" in one_line(proc.stderr), proc.stderr
    assert snapshot(project / "public") == before


def test_a_symlink_planted_in_the_output_is_removed_not_followed(project: Path) -> None:
    assert run_cli("build", root=project).returncode == 0
    public, canary = project / "public", project.parent / "canary"
    # The folder of both articles' pages now leads outside; the files are all still "there".
    shutil.copytree(public / "2025", canary / "pages")
    shutil.rmtree(public / "2025")
    (public / "2025").symlink_to(canary / "pages", target_is_directory=True)
    (public / "notes.txt").symlink_to(canary / "notes.txt")
    before = snapshot(canary)
    # A rebuild that writes one page and removes another.
    write_article(project, "a.md", "title: 첫 기사 (고침)\ndate: 2025-01-20T09:00:00+09:00\ntags: [DeepSeek]")
    (project / "content" / "articles" / "b.md").unlink()
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-02-01T10:00:00+09:00")
    proc = run_cli("build", root=project)
    assert proc.returncode == 0, proc.stderr
    assert snapshot(canary) == before
    # ... and named, once, as they go.
    said = "a link or special file in the output folder, not kept: a build publishes files; put yours in root_files/"
    assert (
        f"public/2025: {said}" in proc.stdout + proc.stderr and f"public/notes.txt: {said}" in proc.stdout + proc.stderr
    )
    assert said not in run_cli("build", root=project).stdout
    assert not (public / "2025").is_symlink() and not (public / "notes.txt").is_symlink()
    assert not (public / "notes.txt").exists()
    assert "첫 기사 (고침)" in (public / "2025/01/20/a/index.html").read_text(encoding="utf-8")
    assert not (public / "2025/01/28/b").exists()


# -- an empty site ---------------------------------------------------------------------------


def _no_articles(root: Path) -> str:
    for path in (root / "content" / "articles").glob("*.md"):
        path.unlink()
    return "content/articles: no articles to publish; add some, or use --allow-empty to build an empty site"


_WHAT_TO_DO = "run ingest, or set 'content' in site.yaml to the folder of your articles"


def _no_content(root: Path) -> str:
    shutil.rmtree(root / "content")
    return f"content: no such folder (the default 'content'): {_WHAT_TO_DO}"


def _content_elsewhere(root: Path) -> str:
    with (root / "site.yaml").open("a", encoding="utf-8") as handle:
        handle.write("content: articles-typo\n")
    return f"articles-typo: no such folder (site.yaml's 'content'): {_WHAT_TO_DO}"


def _all_drafts(root: Path) -> str:
    for path in (root / "content" / "articles").glob("*.md"):
        path.write_text(path.read_text(encoding="utf-8").replace("---\n", "---\ndraft: true\n", 1), encoding="utf-8")
    return "content/articles: all 2 articles are drafts; use --drafts or --allow-empty"


@pytest.mark.parametrize(
    "emptied",
    [_no_articles, _no_content, _content_elsewhere, _all_drafts],
    ids=["no-articles", "no-content", "content-elsewhere", "drafts"],
)
def test_an_empty_site_is_an_error_unless_asked_for(project: Path, emptied: Callable[[Path], str]) -> None:
    assert run_cli("build", root=project).returncode == 0
    before = snapshot(project / "public")
    message = emptied(project)
    proc = run_cli("build", root=project)
    assert proc.returncode != 0
    assert one_line(proc.stderr) == message
    assert snapshot(project / "public") == before
    proc = run_cli("build", "--allow-empty", root=project)
    assert proc.returncode == 0, proc.stderr
    assert (project / "public" / "index.html").is_file() and not (project / "public" / "2025").exists()


@pytest.mark.parametrize("command", [["build"], ["ingest"], ["stories"], ["check"], ["new", "제목"], ["serve"]])
def test_a_command_in_a_folder_that_is_no_project_says_so_and_leaves_nothing(project: Path, command: list[str]) -> None:
    """Run in the wrong folder (the project's content/, or downloads/), each command says so and
    leaves no lock or cache behind: `ingest` and `stories` exited 0 there having done nothing, and
    `build` sent the user to run ingest, which did nothing either."""
    for elsewhere in (project / "content", project.parent / "downloads"):
        elsewhere.mkdir(exist_ok=True)
        before = snapshot(elsewhere)
        proc = subprocess.run(
            [sys.executable, str(REPO / "build.py"), *command],
            cwd=elsewhere,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 1, proc.stdout + proc.stderr
        assert one_line(proc.stderr) == (
            f"{elsewhere}: not a project folder (no site.yaml, content/ or seeds/ in it): run the command in the"
            " project's folder, or give --root DIR"
        )
        assert snapshot(elsewhere) == before


def test_allow_empty_is_in_the_readme() -> None:
    assert "--allow-empty" in (REPO / "README.md").read_text(encoding="utf-8")


# -- a full disk -----------------------------------------------------------------------------


def _no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _build_in_process(root: Path, *args: str) -> int:
    return cli.main(["build", "--root", str(root), "--jobs", "1", *args])


@pytest.fixture
def built(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The project built once, then an article edited: the next build has pages to write."""
    monkeypatch.setattr(gc, "disable", lambda: None)  # the build command turns the collector off for good
    assert _build_in_process(project) == 0
    write_article(project, "a.md", "title: 첫 기사 (고침)\ndate: 2025-01-20T09:00:00+09:00\ntags: [DeepSeek]")
    return project


@pytest.mark.parametrize("args", [(), ("--no-cache",)], ids=["rebuild", "full-build"])
def test_a_full_disk_names_the_file_and_leaves_the_old_site(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    before = snapshot(built / "public")
    capsys.readouterr()
    monkeypatch.setattr(Path, "write_bytes", _no_space)
    assert _build_in_process(built, *args) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith("public/") and "cannot write" in line and os.strerror(errno.ENOSPC) in line, line
    assert snapshot(built / "public") == before
    assert not staging_left(built)


def test_a_failed_swap_puts_the_old_site_back(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    public = built / "public"
    before = snapshot(public)
    capsys.readouterr()
    real = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)) == public and ".public.new-" in str(src):  # the new site cannot take the old one's place
            _no_space()
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    assert _build_in_process(built, "--no-cache") == 1
    assert "public" in one_line(capsys.readouterr().err)
    assert snapshot(public) == before
    assert not staging_left(built)


def test_a_file_that_cannot_be_replaced_is_named_and_what_it_leaves_goes_later(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A page the rebuild may not replace (made immutable with chattr +i, shared with the shadow):
    the message names it and its reason, the old site stays, and the folder the build could not
    delete whole keeps its marker, so a later build removes it."""
    public = built / "public"
    before = snapshot(public)
    capsys.readouterr()
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        target = Path(str(dst))
        if target.name == "index.html" and target.parent.name == "public" and ".public.new-" in str(target):
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(target))
        real_replace(src, dst)  # type: ignore[arg-type]

    def stubborn_rmtree(path: object, ignore_errors: bool = False, **kwargs: object) -> None:
        """Deletes all it can but a site's home page, as with an immutable file."""
        for root, folders, files in os.walk(str(path), topdown=False):
            for name in files:
                if not (name == "index.html" and Path(root).name == "public"):
                    os.unlink(os.path.join(root, name))
            for name in folders:
                with contextlib.suppress(OSError):
                    os.rmdir(os.path.join(root, name))
        with contextlib.suppress(OSError):
            os.rmdir(str(path))

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(shutil, "rmtree", stubborn_rmtree)
    assert _build_in_process(built) == 1
    line = one_line(capsys.readouterr().err)
    assert line == (
        f"public/index.html: cannot write ({os.strerror(errno.EPERM)}); nothing in the output folder was changed"
    ), line
    assert snapshot(public) == before
    left = staging_left(built)
    assert left and all((folder / ".ai-timeline-output").is_file() for folder in left), left
    monkeypatch.undo()
    assert _build_in_process(built) == 0
    assert not staging_left(built)
    _same_as_a_clean_build(built, tmp_path)


def _same_as_a_clean_build(project: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns("public", ".public*", ".cache"))
    assert _build_in_process(clean, "--no-cache") == 0
    assert differences(project / "public", clean / "public") == []


def test_a_shadow_a_user_replaced_by_a_link_is_dropped_never_followed(built: Path, tmp_path: Path) -> None:
    """`.public.prev` made a link to the output: the rebuild drops the link and takes nothing
    from where it leads (the output's marker moved out of it made every later build refuse)."""
    shadow = built / ".public.prev"
    shutil.rmtree(shadow)
    shadow.symlink_to(built / "public")
    assert _build_in_process(built) == 0
    assert (built / "public" / ".ai-timeline-output").is_file()
    assert not shadow.is_symlink() and not staging_left(built)
    write_article(built, "a.md", "title: 첫 기사 (또 고침)\ndate: 2025-01-20T09:00:00+09:00\ntags: [DeepSeek]")
    assert _build_in_process(built) == 0
    _same_as_a_clean_build(built, tmp_path)


def test_a_file_system_without_hard_links_is_updated_in_place(
    built: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))  # as FAT and some network drives say

    monkeypatch.setattr(os, "link", no_links)
    assert _build_in_process(built) == 0
    assert not staging_left(built)
    _same_as_a_clean_build(built, tmp_path)


@pytest.mark.parametrize("args", [(), ("--no-cache",)], ids=["rebuild", "full-build"])
def test_an_old_site_that_cannot_become_the_shadow_leaves_the_new_one_published(
    built: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: tuple[str, ...],
) -> None:
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)).name == ".public.prev":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(dst))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    capsys.readouterr()
    assert _build_in_process(built, *args) == 0
    out, err = capsys.readouterr()
    assert f"warning: .public.prev: the old site could not be kept here ({os.strerror(errno.EACCES)})" in err, err
    assert ", 1 warnings, " in out, out
    assert "첫 기사 (고침)" in (built / "public" / "index.html").read_text(encoding="utf-8")
    monkeypatch.undo()
    write_article(built, "a.md", "title: 첫 기사 (또 고침)\ndate: 2025-01-20T09:00:00+09:00\ntags: [DeepSeek]")
    assert _build_in_process(built) == 0
    assert not staging_left(built)
    _same_as_a_clean_build(built, tmp_path)


def test_a_leftover_reaching_the_output_through_a_link_is_not_the_builds(built: Path) -> None:
    """A folder named like a build's leftover whose site is a link to the output holds the
    output's marker only through the link: it is not the build's to delete."""
    mine = built / ".public.new-mine"
    mine.mkdir()
    (mine / "public").symlink_to(built / "public")
    (mine / "notes.txt").write_text("mine", encoding="utf-8")
    assert _build_in_process(built) == 0
    assert (mine / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_users_file_on_another_file_system_is_named_with_what_to_do(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user's file in a folder mounted inside the output cannot be linked into the new site."""
    media = built / "public" / "media"
    media.mkdir()
    (media / "clip.mp4").write_bytes(b"\0" * 16)
    real_link = os.link

    def link(src: object, dst: object, **kwargs: object) -> None:
        if Path(str(src)).name == "clip.mp4":
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(src), None, str(dst))
        real_link(src, dst, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "link", link)
    before = snapshot(built / "public")
    capsys.readouterr()
    assert _build_in_process(built) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith("public/media/clip.mp4: is on another file system"), line
    assert "mount it outside the output folder" in line
    assert snapshot(built / "public") == before
    assert not staging_left(built)


def test_a_state_that_cannot_be_saved_is_reported_and_forgotten(
    built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(state_mod, "_write", _no_space)
    assert _build_in_process(built) == 0  # (published: a warning, as when .cache/ cannot be written at all)
    assert one_line(capsys.readouterr().err).startswith("warning: .cache/")
    # The site changed but the state could not say so: the next build must not trust the old one.
    assert state_mod.load(config.load(built)) is None


# -- ingest ----------------------------------------------------------------------------------


def test_ingest_force_keeps_the_hand_edited_file_as_orig(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    path = article_path(root, "x.txt")
    first = path.read_text(encoding="utf-8").replace("가상의 AI 연구소, 새 추론 모델 공개", "편집자가 고친 제목")
    path.write_text(first, encoding="utf-8")
    code, out, _ = run_ingest(root, capsys, force=True)
    assert code == 0 and "content/articles/x.md.orig" in out
    assert (path.parent / "x.md.orig").read_text(encoding="utf-8") == first
    assert front_matter(path)["title"] == "가상의 AI 연구소, 새 추론 모델 공개"

    second = first.replace("편집자가 고친 제목", "두 번째로 고친 제목")
    path.write_text(second, encoding="utf-8")
    run_ingest(root, capsys, force=True)
    # An earlier backup is never overwritten by a later one.
    assert (path.parent / "x.md.orig").read_text(encoding="utf-8") == first
    assert (path.parent / "x.md.2.orig").read_text(encoding="utf-8") == second
    articles, problems = load_articles(config.load(root))
    assert not problems and [a.source for a in articles] == ["content/articles/x.md"]


def _small_files_only(limit: int) -> Callable[[], None]:
    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_file_size


def test_ingest_never_leaves_a_half_written_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    path = article_path(root, "x.txt")
    old = path.read_bytes()
    (root / "seeds" / "x.txt").write_text(ARTICLE.replace("두 배", "세 배"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "ingest", "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_small_files_only(200),  # the disk "fills up" 200 bytes into any file
    )
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "content/articles/x.md: cannot write" in proc.stderr
    assert path.read_bytes() == old
    assert sorted(os.listdir(path.parent)) == [".ingested", "x.md"]  # no temporary file left behind
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "1 updated" in out  # not mistaken for a hand edit


@pytest.mark.parametrize("uncached", ["--no-cache", "deleted cache", "damaged cache"])
def test_a_users_file_in_the_output_survives_a_build_without_its_cache(project: Path, uncached: str) -> None:
    """A rebuild keeps a file the user put in the output; so does a build that cannot trust the
    cache, which tells it from a former build's pages by the record beside the output. Each
    build says it is there; a page the site no longer has goes all the same."""
    assert run_cli("build", root=project).returncode == 0
    (project / "content" / "articles" / "b.md").unlink()
    (project / "public" / "google123.html").write_text("google-site-verification\n", encoding="utf-8")
    (project / "public" / "2025" / "notes").mkdir()
    (project / "public" / "2025" / "notes" / "mine.txt").write_text("내 파일\n", encoding="utf-8")
    args: list[str] = []
    if uncached == "--no-cache":
        args = ["--no-cache"]
    elif uncached == "deleted cache":
        shutil.rmtree(project / ".cache")
    else:
        for state in (project / ".cache").glob("*.pickle"):
            state.write_bytes(b"garbage")
    proc = run_cli("build", *args, root=project)
    assert proc.returncode == 0, proc.stderr
    for rel in ("google123.html", "2025/notes/mine.txt"):
        assert f"warning: public/{rel}: not made by the build: kept" in proc.stderr
    assert (project / "public" / "google123.html").read_text(encoding="utf-8") == "google-site-verification\n"
    assert (project / "public" / "2025" / "notes" / "mine.txt").read_text(encoding="utf-8") == "내 파일\n"
    pages = [p.read_text(encoding="utf-8") for p in (project / "public").rglob("*.html")]
    assert any("첫 기사" in page for page in pages) and not any("둘째 기사" in page for page in pages)
    # The next rebuild, and the next look at an unchanged site, still keep and name it.
    for _ in range(2):
        proc = run_cli("build", root=project)
        assert "warning: public/google123.html: not made by the build" in proc.stderr
    assert (project / "public" / "google123.html").is_file()


def test_a_record_left_half_written_goes_and_a_users_file_beside_it_stays(project: Path) -> None:
    assert run_cli("build", root=project).returncode == 0
    left = project / ".public.files.4242.tmp"  # a build killed while writing its record
    mine = project / ".public.files.backup"
    left.write_bytes(b"\x1f\x8b half")
    mine.write_text("내 백업\n", encoding="utf-8")
    assert run_cli("build", root=project).returncode == 0
    assert not left.exists() and mine.read_text(encoding="utf-8") == "내 백업\n"


def test_a_users_file_where_a_gone_page_was_is_kept_without_the_cache(project: Path) -> None:
    """The record lists the site a build published, not the page it removed: a file the user
    puts at that page's address (a redirect) is theirs, kept by a build without its cache."""
    assert run_cli("build", root=project).returncode == 0
    pages = {p.parent for p in (project / "public" / "2025").rglob("index.html")}
    (project / "content" / "articles" / "b.md").unlink()
    assert run_cli("build", root=project).returncode == 0
    gone = next(p for p in pages if not p.exists())
    gone.mkdir(parents=True)
    (gone / "index.html").write_text('<meta http-equiv="refresh" content="0; url=/">\n', encoding="utf-8")
    for args in ((), ("--no-cache",)):
        proc = run_cli("build", *args, root=project)
        assert proc.returncode == 0 and "not made by the build: kept" in proc.stderr, proc.stderr
        assert (gone / "index.html").read_text(encoding="utf-8").startswith("<meta http-equiv")


@pytest.mark.parametrize("name", [".public.prev/notes.txt", ".public.prev"])
@pytest.mark.parametrize("built", [False, True])
def test_a_users_file_under_a_name_builds_keep_beside_the_output_is_refused_not_replaced(
    project: Path, name: str, built: bool
) -> None:
    """The shadow beside the output is the build's; a file or folder of the user's there (an output
    set to a folder among the user's own) is named, never replaced."""
    if built:
        assert run_cli("build", root=project).returncode == 0
        shutil.rmtree(project / ".public.prev", ignore_errors=True)
        (project / ".public.files").unlink()
    mine = project / name
    mine.parent.mkdir(exist_ok=True)
    mine.write_text("내 메모\n", encoding="utf-8")
    proc = run_cli("build", "--no-cache", root=project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"beside it, {name.split('/')[0]} " in one_line(proc.stderr)
    assert mine.read_text(encoding="utf-8") == "내 메모\n"


@pytest.mark.parametrize("built", [False, True])
def test_a_file_where_builds_keep_their_record_is_kept_under_a_name_of_its_own(project: Path, built: bool) -> None:
    """What stands where the record goes and is none (the user's file, or a damaged record) is never
    written over: it is kept beside it under a name of its own, which a warning gives."""
    if built:
        assert run_cli("build", root=project).returncode == 0
    (project / ".public.files").write_text("내 메모\n", encoding="utf-8")
    (project / ".public.files.unreadable").write_text("먼저 둔 것\n", encoding="utf-8")
    proc = run_cli("build", "--no-cache", root=project)
    assert proc.returncode == 0, proc.stderr
    assert (project / ".public.files.unreadable.2").read_text(encoding="utf-8") == "내 메모\n"
    assert (project / ".public.files.unreadable").read_text(encoding="utf-8") == "먼저 둔 것\n"
    assert "warning: .public.files.unreadable.2: stood where builds keep their record" in proc.stderr
    assert run_cli("build", root=project).returncode == 0  # a record again, kept as any


@pytest.mark.parametrize("moved", [(), ("--no-cache",)])
@pytest.mark.parametrize("uncached", [(), ("--no-cache",)])
def test_an_older_copy_of_the_site_put_back_loses_the_pages_that_left_it(
    project: Path, tmp_path: Path, moved: tuple[str, ...], uncached: tuple[str, ...]
) -> None:
    """A backup or a checkout of an older site put back holds a page an article had before it moved:
    the record names the bytes a build wrote there, so the page leaves as in a clean build, and is
    no file of the user's to keep and warn about."""
    out = project / "public"
    assert run_cli("build", root=project).returncode == 0
    older = tmp_path / "older"
    shutil.copytree(out, older, symlinks=True)
    write_article(project, "b.md", "title: 둘째 기사\ndate: 2025-03-05T10:00:00+09:00\ntags: [OpenAI]\nsummary: 요약")
    assert run_cli("build", *moved, root=project).returncode == 0  # (without its cache: the pages' bytes say)
    shutil.rmtree(out)
    shutil.copytree(older, out, symlinks=True)
    proc = run_cli("build", *uncached, root=project)
    assert proc.returncode == 0 and "not made by the build" not in proc.stderr, proc.stderr
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns("public", ".public*", ".cache"))
    assert run_cli("build", "--no-cache", root=clean).returncode == 0
    assert differences(out, clean / "public") == []


@pytest.mark.parametrize("uncached", [False, True])
def test_a_page_is_never_written_over_a_users_file(project: Path, uncached: bool) -> None:
    assert run_cli("build", root=project).returncode == 0
    target = project / "public" / "2025" / "01" / "03" / "third"
    target.mkdir(parents=True)
    (target / "index.html").write_text("내 메모\n", encoding="utf-8")
    assert run_cli("build", root=project).returncode == 0
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-03T10:00:00+09:00\nslug: third")
    before = snapshot(project / "public")
    proc = run_cli("build", *(["--no-cache"] if uncached else []), root=project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert (
        "public/2025/01/03/third/index.html: a file not made by the build stands where the site now puts a page"
        in proc.stderr
    )
    assert snapshot(project / "public") == before


@pytest.mark.parametrize("uncached", [False, True])
def test_a_users_file_where_the_site_has_a_folder_is_named(project: Path, uncached: bool) -> None:
    """A folder of the site replaced by a file of the user's ('archive' for archive/) stopped every
    build with 'cannot write (File exists)', naming neither the cause nor what to do."""
    assert run_cli("build", root=project).returncode == 0
    shutil.rmtree(project / "public" / "archive")
    (project / "public" / "archive").write_text("내 메모\n", encoding="utf-8")
    before = snapshot(project / "public")
    proc = run_cli("build", *(["--no-cache"] if uncached else []), root=project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "public/archive: a file not made by the build stands where the site now puts a folder; move it away" in (
        proc.stderr
    ), proc.stderr
    assert snapshot(project / "public") == before


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
@pytest.mark.parametrize("cache", ["--no-cache", "deleted cache"])
def test_without_a_record_old_files_leave_the_site_but_are_set_aside(
    project: Path, damage: bytes | None, cache: str
) -> None:
    """An empty, garbled or missing record (a copy that left dotfiles behind) is no record: what
    the old output holds that the new site does not, a gone article's page or the user's own
    file, leaves the output, which equals a clean build; but nothing is deleted. It is set aside
    in a folder beside the output, which a warning names."""
    assert run_cli("build", root=project).returncode == 0
    (project / "content" / "articles" / "b.md").unlink()
    (project / "public" / "google123.html").write_text("google-site-verification\n", encoding="utf-8")
    record = project / ".public.files"
    if damage is None:
        record.unlink()
    else:
        record.write_bytes(damage)
    if cache == "deleted cache":
        shutil.rmtree(project / ".cache")
    proc = run_cli("build", *([cache] if cache.startswith("--") else []), root=project)
    assert proc.returncode == 0, proc.stderr
    pages = [p.read_text(encoding="utf-8") for p in (project / "public").rglob("*.html")]
    assert not any("둘째 기사" in page for page in pages)
    assert not (project / "public" / "google123.html").exists()
    [aside] = project.glob("public.unclaimed-*")
    assert (aside / "google123.html").read_text(encoding="utf-8") == "google-site-verification\n"
    assert any("둘째 기사" in p.read_text(encoding="utf-8") for p in aside.rglob("index.html"))
    assert f"warning: {aside.name}: no record of what earlier builds made in public" in proc.stderr
    assert "put back any of yours (into root_files/ to publish them where they were)" in proc.stderr
    clean = project.parent / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns("public*", ".public*", ".cache"))
    assert run_cli("build", root=clean).returncode == 0
    assert snapshot(project / "public") == snapshot(clean / "public")
    # The warning told what that build did: a build that changes nothing does not say it again.
    proc = run_cli("build", root=project)
    assert proc.returncode == 0 and "no record" not in proc.stderr and " 0 warnings" in proc.stdout, proc.stderr
    # With the record written again, the next build sets nothing aside.
    proc = run_cli("build", "--no-cache", root=project)
    assert proc.returncode == 0 and "no record" not in proc.stderr
    assert len(list(project.glob("public.unclaimed-*"))) == 1


# A build run as the command line runs it, but in which the user saves a file into the output at
# the worst moment: after the build looked at the output, before the new site takes its place.
RACING_BUILD = """
import os, sys
from pathlib import Path
from site_builder import cli, write
root, step = Path(sys.argv[1]), sys.argv[2]
original = getattr(write, step)
saved = root / "public" / os.environ.get("RACE_PATH", "google123.html")

def saved_first(*args, **kwargs):
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text(os.environ.get("RACE_TEXT", "google-site-verification\\n"), encoding="utf-8")
    return original(*args, **kwargs)

setattr(write, step, saved_first)
sys.exit(cli.main(["build", "--root", str(root), *sys.argv[3:]]))
"""


# A build that kills itself, as SIGKILL would at that moment, when it reaches one of write's steps.
KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
from site_builder import cli, write
root, step = Path(sys.argv[1]), sys.argv[2]
setattr(write, step, lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL))
sys.exit(cli.main(["build", "--root", str(root)]))
"""


@pytest.mark.parametrize("how", ["rebuild", "--no-cache"])
def test_a_file_saved_into_the_output_while_a_build_replaces_it_is_set_aside_never_deleted(
    project: Path, how: str
) -> None:
    """The file leaves the output with the old site (the build had listed what to keep before the
    user saved it). A rebuild exchanges the old site into the shadow, and the next build that
    publishes sets the file aside from there; a full build sets it aside at once. Either way it is
    kept, beside the output, and a warning names where; later builds set nothing more aside."""
    assert run_cli("build", root=project).returncode == 0
    (project / "site.yaml").write_text("title: 새 제목\n", encoding="utf-8")  # every page changes
    step, flags = ("exchange", []) if how == "rebuild" else ("swap_in", ["--no-cache"])
    racing = racing_build(project, step, *flags)
    assert racing.returncode == 0 and "Traceback" not in racing.stderr, racing.stderr
    assert not (project / "public" / "google123.html").exists()
    if how == "rebuild":
        assert not list(project.glob("public.unclaimed-*"))
        write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약")
        proc = run_cli("build", root=project)
    else:
        proc = racing
    assert proc.returncode == 0, proc.stderr
    [aside] = project.glob("public.unclaimed-*")
    assert sorted(p.name for p in aside.rglob("*") if p.is_file()) == ["google123.html"]
    assert (aside / "google123.html").read_text(encoding="utf-8") == "google-site-verification\n"
    said = f"warning: {aside.name}: files no build made, saved into public while a build was replacing it"
    assert said in proc.stderr
    for args in (["build"], ["build", "--no-cache"]):
        later = run_cli(*args, root=project)
        assert later.returncode == 0 and "saved into public" not in later.stderr, later.stderr
    assert len(list(project.glob("public.unclaimed-*"))) == 1


def test_a_file_saved_into_the_shadow_is_set_aside_when_the_shadow_is_replaced(project: Path) -> None:
    """The shadow (.public.prev) is the build's, but a file a user saves there is not deleted with it."""
    assert run_cli("build", root=project).returncode == 0
    (project / ".public.prev" / "notes.txt").write_text("내 메모\n", encoding="utf-8")
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약")
    proc = run_cli("build", root=project)
    assert proc.returncode == 0, proc.stderr
    [aside] = project.glob("public.unclaimed-*")
    assert (aside / "notes.txt").read_text(encoding="utf-8") == "내 메모\n"
    assert not (project / "public" / "notes.txt").exists()
    assert f"warning: {aside.name}: files no build made" in proc.stderr and "(or into .public.prev)" in proc.stderr


def test_an_old_site_whose_strays_cannot_be_linked_aside_is_set_aside_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no link or copy can be made beside the output (the disk full), the old copy holding a
    user's file is not deleted: it is renamed aside whole."""
    out, staging = tmp_path / "public", tmp_path / "staging"
    old_site = {MARKER: "old", "index.html": "옛 사이트", "mine.txt": "내 파일"}
    for folder, files in ((out, old_site), (staging, {MARKER: "new"})):
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")

    def full(*args: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write, "set_aside", full)
    aside = write.swap_in(staging, out, known={MARKER, "index.html"})
    assert aside is not None and (aside / "public" / "mine.txt").read_text(encoding="utf-8") == "내 파일"
    assert (out / MARKER).read_text(encoding="utf-8") == "new"
    assert not staging_left(tmp_path)


def test_builds_of_every_kind_set_nothing_aside(project: Path) -> None:
    """What builds made is never taken for a stray: edits, a removed article, new settings, a build
    without the cache, a user's file kept in the output and then deleted from it."""
    articles = project / "content" / "articles"
    steps: list[Callable[[], object]] = [
        lambda: (articles / "a.md").write_text((articles / "a.md").read_text(encoding="utf-8") + "\n추가 문단.\n"),
        lambda: (articles / "b.md").unlink(),
        lambda: (project / "site.yaml").write_text("title: 새 제목\n", encoding="utf-8"),
        lambda: (project / "public" / "mine.txt").write_text("내 파일\n", encoding="utf-8"),
        lambda: write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약"),
        lambda: (project / "public" / "mine.txt").unlink(),
        lambda: write_article(project, "d.md", "title: 넷째 기사\ndate: 2025-01-30T10:00:00+09:00\nsummary: 요약"),
    ]
    assert run_cli("build", root=project).returncode == 0
    for step in steps:
        step()
        for args in (["build"], ["build", "--no-cache"]):
            proc = run_cli(*args, root=project)
            assert proc.returncode == 0 and "saved into public" not in proc.stderr, proc.stderr
    assert not list(project.glob("public.unclaimed-*"))


def racing_build(project: Path, step: str, *flags: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RACING_BUILD, str(project), step, *flags],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={**os.environ, **env},
    )


def test_an_output_deleted_or_a_record_lost_sets_no_page_aside(project: Path) -> None:
    """Pages a build removed are still in the shadow: an output deleted for a clean build, or a record
    deleted before a build without the cache, does not make them strays."""
    articles = project / "content" / "articles"
    assert run_cli("build", root=project).returncode == 0
    (articles / "b.md").unlink()
    shutil.rmtree(project / "public")
    proc = run_cli("build", root=project)
    assert proc.returncode == 0 and "no build made" not in proc.stderr, proc.stderr
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약")
    assert run_cli("build", root=project).returncode == 0
    (articles / "c.md").unlink()
    assert run_cli("build", root=project).returncode == 0
    (project / ".public.files").unlink()
    proc = run_cli("build", "--no-cache", root=project)
    assert proc.returncode == 0 and "no build made" not in proc.stderr, proc.stderr
    assert not list(project.glob("public.unclaimed-*"))


def test_a_users_file_deleted_from_the_output_stays_deleted(project: Path) -> None:
    """A file of the user's kept by a full build, then deleted by the user, is not published again
    from the shadow by the next rebuild."""
    assert run_cli("build", root=project).returncode == 0
    (project / "public" / "verify.html").write_text("verify\n", encoding="utf-8")
    assert run_cli("build", "--no-cache", root=project).returncode == 0
    (project / "public" / "verify.html").unlink()
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약")
    assert run_cli("build", root=project).returncode == 0
    assert not (project / "public" / "verify.html").exists()


def test_a_build_killed_while_it_sets_strays_aside_leaves_them_to_the_next(project: Path) -> None:
    """Killed as it sets aside a file saved into the shadow, a build leaves the file where the next
    build finds it and sets it aside."""
    assert run_cli("build", root=project).returncode == 0
    (project / ".public.prev" / "notes.txt").write_text("내 메모\n", encoding="utf-8")
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약")
    command = [sys.executable, "-c", KILLED_BUILD, str(project), "set_aside_strays"]
    killed = subprocess.run(command, capture_output=True, timeout=300, cwd=REPO)
    assert killed.returncode == -signal.SIGKILL
    proc = run_cli("build", root=project)
    assert proc.returncode == 0, proc.stderr
    [aside] = project.glob("public.unclaimed-*")
    assert (aside / "notes.txt").read_text(encoding="utf-8") == "내 메모\n"


def test_a_file_saved_as_a_rebuild_publishes_is_kept_though_the_build_is_killed_then(project: Path) -> None:
    """The file leaves the output with the old site, which the exchange left in the build's own
    folder; killed before that folder becomes the shadow, the build leaves it to the next, which
    sets the file aside before it removes the folder."""
    assert run_cli("build", root=project).returncode == 0
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약")
    saved_then_killed = RACING_BUILD.replace(
        "setattr(write, step, saved_first)",
        "setattr(write, step, saved_first)\n"
        "setattr(write, 'replace_shadow', lambda *args, **kwargs: os.kill(os.getpid(), 9))",
    )
    command = [sys.executable, "-c", saved_then_killed, str(project), "exchange"]
    killed = subprocess.run(command, capture_output=True, timeout=300, cwd=REPO)
    assert killed.returncode == -signal.SIGKILL
    assert not (project / "public" / "google123.html").exists()
    proc = run_cli("build", root=project)
    assert proc.returncode == 0, proc.stderr
    [aside] = project.glob("public.unclaimed-*")
    assert (aside / "google123.html").read_text(encoding="utf-8") == "google-site-verification\n"
    assert not list(project.glob(".public.new-*")) and not list(project.glob(".public.old-*"))


# A build whose clock is an hour behind the file system's, as after the clock was set back.
BEHIND_BUILD = """
import sys, time
from pathlib import Path
real_ns, real = time.time_ns, time.time
time.time_ns = lambda: real_ns() - 3600 * 10**9
time.time = lambda: real() - 3600
from site_builder import cli
sys.exit(cli.main(["build", "--root", sys.argv[1]]))
"""


def test_a_build_after_the_clock_was_set_back_does_not_wait_for_it(project: Path) -> None:
    """The output's folders changed 'in the future': the build waited until the clock caught up with
    them (an hour here, silently), to make sure of its record of them. It publishes at once, and the
    next build, with no such record, looks at the output and finds what a clean build makes."""
    assert run_cli("build", root=project).returncode == 0
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약")
    command = [sys.executable, "-c", BEHIND_BUILD, str(project)]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    (project / "public" / "index.html").unlink()  # a hand's change the record must not hide
    assert run_cli("build", root=project).returncode == 0
    fresh = project.parent / "fresh"
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns("public", ".public*", ".cache"))
    assert run_cli("build", root=fresh).returncode == 0
    assert snapshot(project / "public") == snapshot(fresh / "public")


def test_a_redirect_saved_at_a_former_pages_address_during_a_rebuild_is_set_aside(project: Path) -> None:
    """A page that left the site is a former page in the record; a user's own file at its address,
    saved while a rebuild replaces the output, is no former page: set aside, not deleted."""
    assert run_cli("build", root=project).returncode == 0
    [page] = (project / "public").glob("2025/01/28/*/index.html")  # b.md's
    rel = page.relative_to(project / "public").as_posix()
    (project / "content" / "articles" / "b.md").unlink()
    assert run_cli("build", root=project).returncode == 0
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-29T10:00:00+09:00\nsummary: 요약")
    redirect = '<meta http-equiv="refresh" content="0; url=/new/">\n'
    assert racing_build(project, "exchange", RACE_PATH=rel, RACE_TEXT=redirect).returncode == 0
    write_article(project, "d.md", "title: 넷째 기사\ndate: 2025-01-30T10:00:00+09:00\nsummary: 요약")
    proc = run_cli("build", root=project)
    assert proc.returncode == 0, proc.stderr
    [aside] = project.glob("public.unclaimed-*")
    assert (aside / rel).read_text(encoding="utf-8") == redirect


def test_a_record_that_cannot_be_written_fails_the_build_before_anything_is_set_aside(project: Path) -> None:
    """A folder where the record goes: each build without its cache fails naming it, and sets
    nothing aside (it says nothing in the output changed); once it is gone, one build sets the
    files of no record aside, and a build with the cache has nothing to set aside."""
    assert run_cli("build", root=project).returncode == 0
    (project / "public" / "google123.html").write_text("google-site-verification\n", encoding="utf-8")
    (project / ".public.files").unlink()
    (project / ".public.files").mkdir()
    before = snapshot(project / "public")
    for _ in range(2):
        proc = run_cli("build", "--no-cache", root=project)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        assert one_line(proc.stderr).startswith(".public.files: cannot write"), proc.stderr
        assert "nothing in the output folder was changed" in proc.stderr
    assert snapshot(project / "public") == before
    assert not list(project.glob("public.unclaimed-*"))
    assert sorted(p.name for p in project.glob(".public.files*")) == [".public.files"]  # no temporary file left
    (project / ".public.files").rmdir()
    assert run_cli("build", "--no-cache", root=project).returncode == 0
    [aside] = project.glob("public.unclaimed-*")
    assert (aside / "google123.html").exists()


def test_a_cache_file_that_cannot_be_saved_is_the_one_named(project: Path) -> None:
    """The plan's cache file replaced by a folder: the build publishes, then names that file, not
    another, in a warning (the site was published: a deploy must not fail for the cache alone; build
    tester 12), leaves no temporary file, and builds again once the folder is gone."""
    assert run_cli("build", root=project).returncode == 0
    [plan] = (project / ".cache").glob("plan-*.pickle")
    plan.unlink()
    plan.mkdir()
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-03T10:00:00+09:00")
    proc = run_cli("build", root=project)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr and "built " in proc.stdout
    assert one_line(proc.stderr).startswith(f"warning: .cache/{plan.name}: cannot save the build state"), proc.stderr
    assert any("셋째 기사" in page.read_text(encoding="utf-8") for page in (project / "public").rglob("*.html"))
    assert not [p.name for p in (project / ".cache").glob(".*.tmp")]
    plan.rmdir()
    assert run_cli("build", root=project).returncode == 0
    proc = run_cli("build", root=project)
    assert proc.returncode == 0 and " 0 rendered" in proc.stdout, proc.stdout


def test_a_file_of_the_users_where_the_site_needs_a_folder_is_named_in_the_output(project: Path) -> None:
    assert run_cli("build", root=project).returncode == 0
    (project / "public" / "2025" / "01" / "03").mkdir(parents=True)
    (project / "public" / "2025" / "01" / "03" / "third").write_text("메모\n", encoding="utf-8")
    assert run_cli("build", root=project).returncode == 0
    write_article(project, "c.md", "title: 셋째 기사\ndate: 2025-01-03T10:00:00+09:00\nslug: third")
    proc = run_cli("build", root=project)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("public/2025/01/03/third"), proc.stderr
    assert ".public.new-" not in proc.stderr


def _protected_hardlinks() -> bool:
    try:
        return Path("/proc/sys/fs/protected_hardlinks").read_text().strip() == "1"
    except OSError:
        return False


AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def nobodys_project() -> Iterator[Path]:
    """The real content in a project owned by another user, who builds it: root's permissions
    would let every write through. Skipped where the checkout is out of that user's reach."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to build as another user")
    folder = Path(tempfile.mkdtemp(dir="/tmp"))
    try:
        folder.chmod(0o755)
        root = folder / "site"
        shutil.copytree(REPO / "content", root / "content")
        shutil.copy(REPO / "site.yaml", root / "site.yaml")
        subprocess.run(["chown", "-R", "65534:65534", str(root)], check=True)
        reach = subprocess.run([*AS_NOBODY, sys.executable, str(REPO / "build.py"), "--help"], capture_output=True)
        if reach.returncode:
            pytest.skip("the checkout or its Python is out of another user's reach")
        yield root
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def build_as_nobody(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [*AS_NOBODY, sys.executable, str(REPO / "build.py"), "build", *args, "--root", str(root)]
    return subprocess.run(command, capture_output=True, text=True)


@pytest.mark.skipif(not _protected_hardlinks(), reason="needs fs.protected_hardlinks")
def test_a_users_file_the_builder_may_not_link_is_kept_and_the_site_still_updates(nobodys_project: Path) -> None:
    """A file put in the output with `sudo cp` belongs to root: Linux refuses to hard-link it for
    the user who builds. Every build failed from then on; it is now kept (a copy) and the site
    updates."""
    root = nobodys_project
    assert build_as_nobody(root).returncode == 0
    mine = root / "public" / "google123.html"
    mine.write_text("google-site-verification: x\n", encoding="utf-8")  # root's, as with `sudo cp`
    site_yaml = root / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8").replace("title: ", "title: 새 "), encoding="utf-8")
    for _ in range(2):
        proc = build_as_nobody(root)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr
    assert mine.read_text(encoding="utf-8") == "google-site-verification: x\n"
    assert "새 " in (root / "public" / "index.html").read_text(encoding="utf-8")


def test_a_cache_folder_the_builder_may_not_write_is_built_without(nobodys_project: Path, tmp_path: Path) -> None:
    """A .cache left by a build run as root (a container), or a read-only checkout: the build
    stopped with "Permission denied" even with --no-cache. It now builds without the cache, says
    so, and once the cache can be written again the next build still equals a clean one."""
    root = nobodys_project
    assert build_as_nobody(root).returncode == 0
    cache = root / ".cache"
    subprocess.run(["chown", "-R", "0:0", str(cache)], check=True)
    cache.chmod(0o755)
    article = next((root / "content" / "articles").glob("*.md"))
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("title: ", "title: 고친 ", 1), encoding="utf-8")
    for args in ((), ("--no-cache",)):
        proc = build_as_nobody(root, *args)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr
        assert ".cache/ cannot be written: built without it" in proc.stderr
        assert f", {proc.stderr.count('warning: ')} warnings, " in proc.stdout  # the summary counts it
    assert "고친 " in "".join(p.read_text(encoding="utf-8") for p in (root / "public").rglob("index.html"))
    subprocess.run(["chown", "-R", "65534:65534", str(cache)], check=True)
    article.write_text(text, encoding="utf-8")
    assert build_as_nobody(root).returncode == 0
    fresh = tmp_path / "fresh"
    shutil.copytree(root, fresh, ignore=shutil.ignore_patterns(".cache", "public", ".public.*"))
    assert run_cli("build", root=fresh).returncode == 0
    assert differences(root / "public", fresh / "public") == []


def test_a_read_only_checkout_says_where_to_build_and_builds_there(nobodys_project: Path) -> None:
    """A project the builder may read but not write (a checkout of another user's): the build said
    only ".public.build.lock: Permission denied". It now names the output, the folder it cannot
    write and what to do, writes nothing, and builds into the folder `--output` names."""
    root = nobodys_project
    subprocess.run(["chown", "-R", "0:0", str(root)], check=True)
    proc = build_as_nobody(root)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr
    assert proc.stderr.startswith("public: cannot write in the project folder (Permission denied)")
    assert "--output DIR" in proc.stderr
    assert sorted(p.name for p in root.iterdir()) == ["content", "site.yaml"]
    elsewhere = root.parent / "out"
    elsewhere.mkdir()
    subprocess.run(["chown", "65534:65534", str(elsewhere)], check=True)
    proc = build_as_nobody(root, "--output", str(elsewhere / "site"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (elsewhere / "site" / "index.html").is_file()


def test_a_staging_folder_left_with_only_its_folders_is_removed(project: Path) -> None:
    """A build killed while it linked a new shadow leaves `.public.new-*/public/` with folders and
    no file, not even its marker; the next build removes it. A folder there with a file of
    anyone's and no marker stays, and so does a user's copy of the site named like a leftover but
    not as the build names them (eight letters after the dash), though it holds the marker."""
    assert run_cli("build", root=project).returncode == 0
    bare = project / ".public.new-killed01" / "public" / "2025" / "01"
    bare.mkdir(parents=True)
    kept = project / ".public.new-other_01" / "notes.txt"
    kept.parent.mkdir()
    kept.write_text("mine\n", encoding="utf-8")
    backup = project / ".public.old-backup"
    shutil.copytree(project / "public", backup)
    (backup / "my-notes.txt").write_text("mine\n", encoding="utf-8")
    assert run_cli("build", root=project).returncode == 0
    assert not (project / ".public.new-killed01").exists() and kept.is_file()
    assert (backup / "my-notes.txt").is_file() and (backup / "index.html").is_file()


def _folders(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir() and not p.is_symlink()}


def test_the_folders_a_users_deleted_file_held_go_as_a_clean_build_never_has_them(
    project: Path, tmp_path: Path
) -> None:
    """A file the user put in a page's folder keeps that folder when the page goes; the user then
    deletes it with its folder. Builds that change nothing, then builds that change a page, leave
    no folder a clean build of the same project lacks, in the output or its shadow (they took
    turns publishing the empty folders that once held the file)."""
    # The page alone in its year's folder: the folders over it hold nothing else.
    write_article(project, "b.md", "title: 둘째 기사\ndate: 2024-06-01T10:00:00+09:00\ntags: [OpenAI]\nsummary: 요약")
    assert run_cli("build", root=project).returncode == 0
    page = next((project / "public" / "2024").rglob("index.html")).parent
    (page / "note.txt").write_text("내 메모\n", encoding="utf-8")
    assert run_cli("build", root=project).returncode == 0
    (project / "content" / "articles" / "b.md").unlink()
    assert run_cli("build", root=project).returncode == 0
    assert (page / "note.txt").is_file()
    shutil.rmtree(page)
    fresh = project.parent / "fresh"
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns(".cache", "public", ".public.*"))
    assert run_cli("build", "--no-cache", root=fresh).returncode == 0
    article = project / "content" / "articles" / "a.md"
    for step in range(4):  # two builds that change nothing, then two that change a page
        if step >= 2:
            article.write_text(article.read_text("utf-8") + f"\n덧붙임 {step}\n", encoding="utf-8")
            (fresh / "content" / "articles" / "a.md").write_text(article.read_text("utf-8"), encoding="utf-8")
            assert run_cli("build", "--no-cache", root=fresh).returncode == 0
        assert run_cli("build", root=project).returncode == 0
        assert _folders(project / "public") == _folders(fresh / "public"), step
        assert differences(project / "public", fresh / "public") == []
        # (The shadow holds the site before, which the next build publishes after changing it.)
        shadow = project / ".public.prev"
        assert not [folder for folder in _folders(shadow) if not any((shadow / folder).iterdir())], step


@pytest.mark.parametrize("lost", ["marker", "marker and cache"])
def test_an_output_whose_marker_was_deleted_is_known_by_its_record_and_the_users_file_stays(
    project: Path, lost: str
) -> None:
    """The marker deleted, the record beside the output still names the site's files there: the
    build takes the folder as its own, makes the site afresh and keeps the user's file, where a
    refusal left only 'remove it', which would lose that file. A folder the record names nothing
    of is refused as before."""
    assert run_cli("build", root=project).returncode == 0
    (project / "public" / "mine.txt").write_text("내 파일\n", encoding="utf-8")
    (project / "public" / MARKER).unlink()
    if lost == "marker and cache":
        shutil.rmtree(project / ".cache")
    proc = run_cli("build", root=project)
    assert proc.returncode == 0, proc.stderr
    assert "warning: public/mine.txt: not made by the build: kept" in proc.stderr
    assert (project / "public" / "mine.txt").read_text(encoding="utf-8") == "내 파일\n"
    assert (project / "public" / MARKER).is_file()
    fresh = project.parent / "fresh"
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns(".cache", "public", ".public.*"))
    assert run_cli("build", "--no-cache", root=fresh).returncode == 0
    assert differences(project / "public", fresh / "public") == ["mine.txt"]
    other = project / "other"  # another folder of the user's beside it, the record naming none of its files
    other.mkdir()
    (other / "notes.txt").write_text("내 메모\n", encoding="utf-8")
    shutil.copy(project / ".public.files", project / ".other.files")
    proc = run_cli("build", "--output", "other", root=project)
    assert proc.returncode != 0 and "was not made by ai-timeline" in proc.stderr
    assert os.listdir(other) == ["notes.txt"]


def test_a_preview_into_a_folder_of_its_own_builds_without_a_cache_it_may_not_write(nobodys_project: Path) -> None:
    """`serve --output DIR` in a project whose .cache/ its user may not write (root's, or a read-only
    checkout) printed a traceback and served only an error page; `build --output` built there. The
    preview now builds too, without the cache, as build does."""
    root = nobodys_project
    cache = root / ".cache"
    cache.mkdir()
    cache.chmod(0o755)  # (root's: the user who previews may not write in it)
    out = root / "preview"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [*AS_NOBODY, sys.executable, str(REPO / "build.py"), "serve", "--root", str(root)]
    proc = subprocess.Popen(
        [*command, "--port", str(port), "--output", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (out / "index.html").exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        built = (out / "index.html").exists()
    finally:
        proc.send_signal(signal.SIGTERM)
        printed = proc.communicate(timeout=20)[0]
    assert built and "Traceback" not in printed, printed
