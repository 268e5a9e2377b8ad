"""Writing the output folder safely.

A full build is written to a temporary sibling folder and swapped in only when complete,
so a failed build leaves the previous site as it was. An incremental build has already
rendered everything in memory before this runs; it rewrites only files whose bytes
changed and removes files that no longer belong to the site.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .errors import Problem, SiteError, display_path


@dataclass
class WriteStats:
    written: int = 0
    removed: int = 0


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


def _write_tree(folder: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def write_full(config: Config, files: dict[str, bytes]) -> WriteStats:
    out = config.output_dir
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        _write_tree(staging, files)
        os.chmod(staging, 0o755)  # mkdtemp makes 0700; web servers and checkers need to read it
        if out.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, retired / out.name)
            os.replace(staging, out)
            shutil.rmtree(retired)
        else:
            os.replace(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return WriteStats(written=len(files))


def write_changes(config: Config, files: dict[str, bytes], previous: dict[str, str]) -> WriteStats:
    """Apply a rebuild in place: `files` holds the re-rendered outputs, `previous` maps each
    file the last build wrote to its hash, so identical bytes are not rewritten."""
    out = config.output_dir
    stats = WriteStats()
    for rel, data in files.items():
        target = out / rel
        if previous.get(rel) == file_hash(data) and target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.tmp")
        temp.write_bytes(data)
        os.replace(temp, target)  # readers never see a half-written page
        stats.written += 1
    return stats


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
