"""Writing articles without ever losing a person's edits.

Each file carries `ingest_hash`, a hash of its own text as ingest wrote it (without that
line). If the file still hashes to it, nobody touched it and ingest may rewrite it; if not,
a person edited it and ingest leaves it alone unless told to --force.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

_HASH_LINE = re.compile(r"^ingest_hash: *(\S*) *\n", re.M)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def with_hash(text: str) -> str:
    """Insert `ingest_hash` as the last front-matter key."""
    head, sep, rest = text.partition("\n---\n")
    return f"{head}\ningest_hash: {digest(text)}{sep}{rest}"


def stored_hash(text: str) -> tuple[str | None, str]:
    """(hash written in the file, the file's text without that line)."""
    m = _HASH_LINE.search(text)
    if not m:
        return None, text
    return m.group(1), text[: m.start()] + text[m.end() :]


def hand_edited(text: str) -> bool:
    written, rest = stored_hash(text)
    return written is None or written != digest(rest)


@dataclass(frozen=True)
class Outcome:
    status: str  # written | updated | unchanged | kept | forced
    diff: str = ""


def write_article(path: Path, text: str, *, force: bool, shown: str) -> Outcome:
    new = with_hash(text)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new, encoding="utf-8", newline="\n")
        return Outcome("written")
    old = path.read_text(encoding="utf-8", errors="replace")
    if old == new:
        return Outcome("unchanged")
    if hand_edited(old):
        if not force:
            return Outcome("kept")
        diff = "".join(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                new.splitlines(keepends=True),
                fromfile=f"{shown} (edited)",
                tofile=f"{shown} (ingest)",
            )
        )
        path.write_text(new, encoding="utf-8", newline="\n")
        return Outcome("forced", diff)
    path.write_text(new, encoding="utf-8", newline="\n")
    return Outcome("updated")
