"""The ingest report: one table row per seed, its warnings under it, and a counts line."""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import cells


@dataclass
class SeedReport:
    seed: str
    status: str  # written | updated | unchanged | kept | forced | skipped | failed
    title: str = ""
    date: str = ""
    date_source: str = ""
    publisher: str = ""
    author: str = ""
    tags: str = ""
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    review: list[str] = field(default_factory=list)  # open points of an article written as a draft


COLUMNS = (
    ("seed", 24),
    ("status", 9),
    ("date", 25),
    ("date source", 28),
    ("publisher", 12),
    ("author", 12),
    ("tags", 30),
    ("title", 40),
)


def fit(text: str, size: int) -> str:
    """Pad or cut to `size` terminal columns (Hangul takes two)."""
    out, used = "", 0
    for ch in text:
        w = cells(ch)
        if used + w > size - (1 if cells(text) > size else 0):
            out += "…"
            used += 1
            break
        out += ch
        used += w
    return out + " " * max(0, size - used)


def table(reports: list[SeedReport]) -> str:
    header = " ".join(fit(name, size) for name, size in COLUMNS).rstrip()
    lines = [header, "-" * cells(header)]
    for r in reports:
        fields = (r.seed, r.status, r.date, r.date_source, r.publisher, r.author, r.tags, r.title)
        lines.append(" ".join(fit(c, size) for c, (_, size) in zip(fields, COLUMNS, strict=True)).rstrip())
        for w in r.warnings:
            lines.append(f"    warning: {w}")
        if r.error:
            lines.append(f"    error: {r.error.splitlines()[0]}")
    return "\n".join(lines)


def counts(reports: list[SeedReport]) -> str:
    order = ("written", "updated", "unchanged", "kept", "forced", "skipped", "failed")
    labels = {"kept": "kept (hand-edited)", "forced": "rewritten (--force)"}
    parts = [f"{sum(r.status == s for r in reports)} {labels.get(s, s)}" for s in order]
    warnings = sum(len(r.warnings) for r in reports)
    return f"ingest: {len(reports)} seeds: " + ", ".join(parts) + f"; {warnings} warnings"


def review_list(reports: list[SeedReport], articles: str) -> str:
    """The drafts ingest wrote, each with what an editor must settle before it is published."""
    held = [r for r in reports if r.review]
    if not held:
        return ""
    lines = [f"검토 목록: {len(held)} drafts to review (fix the field in {articles}/<seed>.md, then delete 'draft')"]
    for r in held:
        lines.append(f"  {r.seed}: {r.title}")
        lines += [f"    - {point}" for point in r.review]
    return "\n".join(lines)
