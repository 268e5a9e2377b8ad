"""Problems in user files, reported as `path:line: message`, never as tracebacks."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

_ESCAPED = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        # One problem, one line: a control character in a file's name or a value it quotes is shown
        # escaped ('new\\nline.md'), as root_files' names are, never as a line break or a terminal's code.
        return _ESCAPED.sub(lambda m: repr(m.group())[1:-1], f"{where}: {self.message}")


class SiteError(Exception):
    """Raised with every problem found, so one run reports them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line or 0, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[SiteError], tuple[list[Problem]]]:
        # Raised in a forked child, it reaches the parent pickled: rebuilt from its problems.
        return SiteError, (self.problems,)


def display_path(path: Path, root: Path | None = None) -> str:
    """A path as the user knows it: relative to the project root when inside it."""
    if root is not None:
        # A file by the name its folder lists: a link ('seeds/a.txt' -> a folder, a file elsewhere,
        # nothing, itself) is what the user knows, not where it leads.
        try:
            full = path.resolve() if path.name in ("", "..") else path.parent.resolve() / path.name
        except (RuntimeError, OSError):
            full = path
        try:
            return full.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)


def _size(size: int, exact: bool) -> str:
    """Bytes as MB, or as bytes when small; `exact` for a limit (2 MB), else rounded (2.1 MB)."""
    if size < 100_000:
        return f"{size:,} bytes"
    return f"{size / 1_000_000:g} MB" if exact else f"{size / 1_000_000:.1f} MB"


def too_big(size: int, limit: int) -> str | None:
    """The problem with a file of `size` bytes under the `max_file_size` setting, or None.
    Checked before reading, so a huge file costs nothing."""
    if size <= limit:
        return None
    return f"file is {_size(size, False)}, over the {_size(limit, True)} limit (max_file_size in site.yaml)"


# What an editor or the system leaves beside a file: swap, backup and lock files, macOS's and
# Windows's folder notes. Never part of a site, and no edit.
_SCRATCH_SUFFIXES = (".swp", ".swx", ".tmp", "~")
_SCRATCH_NAMES = (".DS_Store", "Thumbs.db", "desktop.ini")


def scratch(name: str) -> bool:
    return name.endswith(_SCRATCH_SUFFIXES) or name in _SCRATCH_NAMES or name.startswith((".#", "._"))


# A repository's own folders: never a site's files, and its config may hold a token.
_REPOSITORY = (".git", ".hg", ".svn")


def _kept_aside(target: Path, project: Path | None, published: Path | None) -> bool:
    """Whether `target` is in a hidden folder of the project (the build's '.cache', a tool's) or in a
    copy of the site the build keeps beside the output (its shadow '.public.prev', its staging)."""

    def first_part(folder: Path) -> str:  # (of `target` under `folder`; '' when not under it)
        return target.relative_to(folder).parts[0] if target.is_relative_to(folder) and target != folder else ""

    hidden = project is not None and first_part(project).startswith(".")
    return hidden or published is not None and first_part(published.parent).startswith(f".{published.name}.")


def files_under(folder: Path, root: Path | None = None, output: Path | None = None) -> list[Path]:
    """Every file under `folder`, sorted; none when it does not exist. A folder in it that cannot
    be read is an error naming it: Path.rglob would pass it over, and the site would be published
    without its files (a theme's style sheet, a template override) and without a word. Folders
    reached through links are walked, as Jinja and a copy would follow them (not a link back to
    a folder around it: a loop); a link to the project's folder or one around it, or into the
    `output` folder, is an error: the site would publish the whole project (its .git, its cache)
    and itself again on every build. A file name that is not UTF-8 is an error naming it.
    Scratch files (`scratch`) and a repository's folders are passed over."""
    if not folder.is_dir():
        return []

    def unreadable(exc: OSError) -> None:
        where = display_path(Path(exc.filename or folder), root)
        raise SiteError([Problem(where, None, f"cannot read this folder ({exc.strerror or exc})")])

    project = Path(os.path.realpath(root)) if root is not None else None
    published = Path(os.path.realpath(output)) if output is not None else None
    found = []
    for here, folders, names in os.walk(folder, onerror=unreadable, followlinks=True):
        inside = Path(here)
        around = {os.path.realpath(p) for p in [inside.parent, *inside.parent.parents] if p.is_relative_to(folder)}
        if inside != folder and os.path.realpath(here) in around:
            folders.clear()
            continue
        folders[:] = [name for name in folders if name not in _REPOSITORY]
        for name in [*folders, *names]:
            if not (inside / name).is_symlink():
                continue
            target = Path(os.path.realpath(inside / name))
            if published is not None and target.is_relative_to(published):
                why = f"a link into the site's output folder ({target}): the site would publish itself again"
            elif project is not None and project.is_relative_to(target):
                why = f"a link to {target}, which holds the whole project: the site would publish all of it"
            elif any(part in _REPOSITORY for part in target.parts):
                why = f"a link to {target}, in a repository's own folder (history, settings): the site would publish it"
            elif _kept_aside(target, project, published):
                why = f"a link to {target}, a hidden folder (the build's cache or last site): the site would publish it"
            else:
                continue
            raise SiteError(
                [
                    Problem(
                        display_path(inside / name, root),
                        None,
                        f"{why} on every build; link a folder inside the project instead",
                    )
                ]
            )
        found += [inside / name for name in names if not scratch(name)]
    # A link whose file was moved away (or that leads back to itself): the site would go without
    # that file, as without an unreadable folder's.
    broken = [
        Problem(
            display_path(path, root),
            None,
            f"a link to {os.readlink(path)}, which leads to no file: the site would be published without it;"
            " restore the file or remove the link",
        )
        for path in sorted(found)
        if path.is_symlink() and not path.exists()
    ]
    files = sorted(path for path in found if path.is_file())
    # A pipe, a socket or a device: reading one could wait forever, and passed over, the site
    # would go without a file the folder seems to hold.
    special = [
        Problem(
            display_path(path, root), None, "not a file (a pipe or a device): the site cannot publish it; remove it"
        )
        for path in sorted(found)
        if path.exists() and not path.is_file()
    ]
    bad = broken + special + [problem for path in files if (problem := name_problem(path, root))]
    if bad:
        raise SiteError(bad)
    return files


def name_problem(path: Path, root: Path | None = None) -> Problem | None:
    """A file name that is not UTF-8 (a Windows zip's CP949 names, say), which no page, feed or
    address can hold, or that holds a line break or another control character, which no list
    of names one to a line can: named, its bytes shown as escapes."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(display_path(path, root)).decode("utf-8", "backslashreplace")
        return Problem(shown, None, "the file name is not UTF-8 (as a Windows zip may leave it): rename the file")
    if _CONTROL_CHARACTER.search(path.name):
        shown = _CONTROL_CHARACTER.sub(lambda m: ascii(m.group())[1:-1], display_path(path, root))
        return Problem(shown, None, "the file name holds a line break or another control character: rename the file")
    return None


_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
