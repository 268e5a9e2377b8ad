"""Article text as it is written: YAML front matter in a fixed key order, escaped Markdown body."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

KEY_ORDER = (
    "title",
    "subtitle",
    "date",
    "updated",
    "publisher",
    "author",
    "tags",
    "summary",
    "slug",
    "source_url",
    "duplicate_of",
    "also_at",
    "seed",
    "date_source",
    "draft",
    "review",
)


@dataclass
class Article:
    seed: str
    title: str = ""
    subtitle: str = ""
    date: dt.datetime | dt.date | None = None
    updated: dt.datetime | dt.date | None = None
    publisher: str = ""
    author: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    slug: str = ""
    source_url: str = ""
    duplicate_of: str = ""  # a copy: the file name of the article it copies (see copies.py)
    also_at: list[str] = field(default_factory=list)  # an original: the outlets its copies came from
    date_source: str = ""
    draft: bool = False
    review: list[str] = field(default_factory=list)  # open points for an editor, one line each
    paragraphs: list[str] = field(default_factory=list)


def format_date(value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _scalar(value: Any) -> str:
    dumped = yaml.safe_dump(value, allow_unicode=True, width=100000, default_flow_style=True)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()


def front_matter(article: Article) -> str:
    values: dict[str, Any] = {
        "title": article.title,
        "subtitle": article.subtitle,
        "date": article.date,
        "updated": article.updated,
        "publisher": article.publisher,
        "author": article.author[0] if len(article.author) == 1 else article.author,
        "tags": article.tags,
        "summary": article.summary,
        "slug": article.slug,
        "source_url": article.source_url,
        "duplicate_of": article.duplicate_of,
        "also_at": article.also_at,
        "seed": article.seed,
        "date_source": article.date_source,
        "draft": article.draft or None,
        "review": article.review,
    }
    lines = []
    for key in KEY_ORDER:
        value = values[key]
        if value in (None, "", []) and key not in ("tags",):
            continue
        if key == "review":
            lines.append("review:")
            lines += [f"- {_scalar(point)}" for point in value]
        elif isinstance(value, (dt.date, dt.datetime)):
            lines.append(f"{key}: {format_date(value)}")
        else:
            lines.append(f"{key}: {_scalar(value)}")
    return "\n".join(lines)


_LEADING = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}[.)](?=\s)|={3,}|-{3,}|_{3,}|\*{3,}|\||~{3,}|`{3,})")
# '<' opens a tag, a comment or an autolink only before a letter, '/', '!' or '?' ('<p', '</p>',
# '<!--', '<https://…>'), or an e-mail's autolink ('<gildong@…>'): elsewhere it is text.
_OPENS_MARKUP = re.compile(r"<(?=[A-Za-z/!?]|[^<> !]+@[^@<> ]+>)")
# '[ref]: url' defines a link that every '[ref]' in the article then becomes (Python-Markdown
# allows spaces before the colon and lets the label run over lines).
_DEFINITION = re.compile(r"\[(?=[^\[\]]*\][ ]*:)")


def escape_markdown(text: str) -> str:
    """Make seed text inert in Markdown: no raw HTML, no scripts, no accidental syntax.

    '<' that could open a tag becomes '&lt;' ('<오징어 게임>', '<2025 결산>' stay as they are),
    entity-looking '&' becomes '&amp;', 'javascript:' loses its colon, and characters that
    would start lists, headings, emphasis, code or links are backslash-escaped. Seeds are plain
    text: neither '[x](url)' nor a '[ref]: url' definition may become a link."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text)
    # Only '<' opens a tag or an autolink; '>' stays as written ('◇ 진행자> …', 'A > B'), and a
    # line's leading '>' (a quote) is escaped below with the other markers.
    text = _OPENS_MARKUP.sub("&lt;", text)
    text = re.sub(r"(?i)(java|vb)script(\s*):", r"\1script\2&#58;", text)
    text = re.sub(r"(?i)\bdata(\s*):(?=\s*text/html)", r"data\1&#58;", text)
    text = re.sub(r"([*`])", r"\\\1", text)
    text = text.replace("](", "]\\(")
    text = _DEFINITION.sub(r"\\[", text)
    m = _LEADING.match(text)
    if m:
        text = "\\" + text
    return text


def with_key(text: str, key: str, value: Any) -> str:
    """`text` (an article as ingest writes it, without its ingest_hash) with front-matter `key`
    set to `value`, in its KEY_ORDER place: how ingest changes one field of an article it
    cannot write again from a seed."""
    head, sep, rest = text.removeprefix("---\n").partition("\n---\n")
    lines = [line for line in head.split("\n") if not line.startswith(f"{key}:")]
    after = set(KEY_ORDER[KEY_ORDER.index(key) + 1 :])
    at = next((i for i, line in enumerate(lines) if line.partition(":")[0] in after), len(lines))
    lines.insert(at, f"{key}: {_scalar(value)}")
    return "---\n" + "\n".join(lines) + sep + rest


def body(article: Article) -> str:
    return "\n\n".join(escape_markdown(p) for p in article.paragraphs)


def render(article: Article) -> str:
    """The file text without the ingest_hash line (which write.py adds)."""
    return f"---\n{front_matter(article)}\n---\n\n{body(article)}\n"
