"""Writing the output folder safely.

Pages are rendered into a staging folder beside the output. A full build swaps the staging
folder in only when complete, so a failed build leaves the previous site as it was; a
rebuild moves only the files whose bytes changed into place and removes the files that no
longer belong to the site.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from .config import Config
from .errors import Problem, SiteError, display_path


def file_hash(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def check_output_dir(config: Config) -> None:
    """Refuse an output folder whose replacement would destroy the user's own files."""
    out, root = config.output_dir, config.root.resolve()
    shown = display_path(config.root / "site.yaml", root)
    reason = None
    if out == root or out in root.parents:
        reason = "is the project folder or one of its parents"
    elif (
        (out / "content").exists() or out == config.content_dir.resolve() or config.content_dir.resolve() in out.parents
    ):
        reason = "holds or sits inside content/"
    elif out == config.seeds_dir.resolve() or out == config.theme_dir.resolve() or out.name in ("themes", "seeds"):
        reason = "is a source folder"
    if reason:
        raise SiteError([Problem(shown, None, f"refusing output folder {out}: it {reason}")])


def swap_in(staging: Path, out: Path) -> None:
    """Replace the output folder by a completely written staging folder."""
    os.chmod(staging, 0o755)  # mkdtemp makes 0700; web servers and checkers need to read it
    if out.exists():
        retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.replace(out, retired / out.name)
        os.replace(staging, out)
        shutil.rmtree(retired)
    else:
        os.replace(staging, out)


def move_into(staging: Path, out: Path, paths: list[str]) -> None:
    """Move rebuilt files into the live output, each in one atomic rename."""
    for rel in paths:
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / rel, target)


def remove_stale(config: Config, stale: list[str]) -> int:
    out = config.output_dir
    removed = 0
    for rel in stale:
        target = out / rel
        if target.is_file():
            target.unlink()
            removed += 1
        parent = target.parent
        while parent != out and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return removed
