"""Summary (the lede), a fallback title, and the article slug."""

from __future__ import annotations

import hashlib
import re

from ..datafiles import TagDef
from .text import is_sentence, sentences

SUMMARY_MAX = 160
TITLE_MAX = 80


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,·") + "…"


def lede(paragraphs: list[str]) -> str:
    """The first paragraph of running text (skipping '[앵커]' cues and subheadings)."""
    for para in paragraphs:
        if is_sentence(para) and len(para) >= 20:
            return para
    return paragraphs[0] if paragraphs else ""


def summary(paragraphs: list[str]) -> str:
    """One or two sentences of the lede, at most SUMMARY_MAX characters, cut at a sentence end."""
    parts = sentences(lede(paragraphs))
    if not parts:
        return ""
    out = parts[0]
    for extra in parts[1:2]:
        if len(out) + 1 + len(extra) <= SUMMARY_MAX:
            out += " " + extra
    return _cut(out, SUMMARY_MAX)


def fallback_title(paragraphs: list[str]) -> str:
    parts = sentences(lede(paragraphs))
    return _cut(parts[0], TITLE_MAX) if parts else ""


def make_slug(seed_name: str, tags: list[str], taxonomy: dict[str, TagDef]) -> str:
    """Readable words from the two most central tags plus a hash of the seed's file name.

    The hash keeps slugs unique per seed; existing articles keep whatever slug they have,
    so later rule changes do not move published URLs."""
    words = [taxonomy[t].slug for t in tags[:2] if t in taxonomy]
    digest = hashlib.sha1(seed_name.encode("utf-8")).hexdigest()[:6]
    slug = "-".join([*words, digest]) if words else f"article-{digest}"
    return re.sub(r"-{2,}", "-", slug)
