"""seeds/seeds.yaml: per-seed corrections that win over anything ingest finds."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any

from .. import yamlio
from ..datafiles import KST, earlier, parse_datetime
from ..errors import Problem, display_path
from ..urls import slug_problem

FILE = "seeds.yaml"
FIELDS = ("title", "subtitle", "date", "updated", "publisher", "author", "tags", "summary", "slug", "source_url", "url")


def load(seeds_dir: Path, root: Path, tz: dt.tzinfo = KST) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    path = seeds_dir / FILE
    if yamlio.absent(path):
        return {}, []
    shown = display_path(path, root)
    data, text, problems = yamlio.load_file(path, shown)
    if problems:
        return {}, problems
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [Problem(shown, 1, "expected a mapping of seed file names to fields")]
    lines = yamlio.key_lines(text)
    out: dict[str, dict[str, Any]] = {}
    for seed, fields in data.items():
        line = lines.get(str(seed))
        if not isinstance(fields, dict):
            problems.append(Problem(shown, line, f"'{seed}' must map field names to values, e.g. date: 2025-01-28"))
            continue
        entry: dict[str, Any] = {}
        for key, value in fields.items():
            if key not in FIELDS:
                hint = yamlio.did_you_mean(str(key), list(FIELDS))
                problems.append(Problem(shown, line, f"'{seed}': unknown field '{key}'{hint}"))
                continue
            if key in ("date", "updated"):
                parsed = parse_date(value, tz)
                if parsed is None:
                    problems.append(Problem(shown, line, f"'{seed}': {key} '{value}' is not a date (YYYY-MM-DD)"))
                    continue
                value = parsed
            elif key in ("tags", "author"):
                value = [value] if isinstance(value, str) else value
                if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                    problems.append(Problem(shown, line, f"'{seed}': {key} must be a name or a list of names"))
                    continue
            else:
                # A number is text here ('title: 2025'); a list, a mapping or yes/no is not.
                if isinstance(value, bool) or not isinstance(value, str | int | float):
                    problems.append(Problem(shown, line, f"'{seed}': {key} must be text, not {_kind(value)}"))
                    continue
                value = str(value)
                if key == "title" and not value.strip():
                    problems.append(Problem(shown, line, f"'{seed}': title must not be empty"))
                    continue
                if key == "slug" and (problem := slug_problem(value)):
                    problems.append(Problem(shown, line, f"'{seed}': {problem}"))
                    continue
            entry["source_url" if key == "url" else key] = value
        if "date" in entry and "updated" in entry and earlier(entry["updated"], entry["date"]):
            problems.append(Problem(shown, line, f"'{seed}': updated is earlier than date"))
            continue
        # A name typed here is NFC; the file's may be NFD (saved on a Mac): compared as NFC.
        out[unicodedata.normalize("NFC", str(seed))] = entry
    return out, problems


def _kind(value: Any) -> str:
    if isinstance(value, dt.date):
        return "a date"
    return {list: "a list", dict: "a mapping", bool: "yes/no"}.get(type(value), "empty")


def parse_date(value: Any, tz: dt.tzinfo = KST) -> dt.datetime | dt.date | None:
    """A seeds.yaml date: a day stays a day, a time keeps its offset (the site's zone if none)."""
    parsed, has_time = parse_datetime(value, tz)
    if parsed is None:
        return None
    return parsed if has_time else parsed.date()
