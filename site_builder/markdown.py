"""Markdown to HTML with Python-Markdown, raw HTML escaped, cached by a hash of the source.

Python-Markdown rather than a CommonMark parser: CommonMark's flanking rules break bold
text followed by a Hangul particle (`**오픈AI(OpenAI)**는`), which Korean text does constantly.
"""

from __future__ import annotations

import functools
import hashlib
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

import markdown as md
from markdown import inlinepatterns
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString, Registry

from .session import Cache
from .urls import is_safe_url
from .yamlio import CONTROL

EXTENSIONS = ["tables", "fenced_code", "sane_lists"]
# Part of every cache key: a change here must invalidate cached HTML.
SETTINGS = f"python-markdown {md.__version__} {EXTENSIONS} raw-html-escaped safe-links focusable-code v4"


class SafeLinks(Treeprocessor):
    """Drops link and image URLs with any scheme but http, https and mailto (`javascript:`,
    however encoded: see urls.py), and puts the site's base path in front of root-relative
    ones, so `/tags/x/` works under /REPO/."""

    base_path = "/"

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attr in ("href", "src"):
                value = element.get(attr)
                if value is None:
                    continue
                # A browser reads a backslash as '/' up to a web address's query, so '\\\\evil.example'
                # opens another site ('//evil.example'): the site reads it so too, to judge it.
                cut = re.search(r"[?#]", value)
                end = cut.start() if cut else len(value)
                value = value[:end].replace("\\", "/") + value[end:]
                element.set(attr, value)
                if not is_safe_url(value):
                    element.set(attr, "#")
                elif value.startswith("/") and not value.startswith("//") and not value.startswith(self.base_path):
                    element.set(attr, self.base_path + value[1:])


class FocusableCode(Postprocessor):
    """A code block wider than a phone's screen scrolls sideways: `tabindex` lets a keyboard
    reach it to scroll (axe's scrollable-region-focusable). Fenced blocks reach the page as
    stashed HTML, so this runs on the text; no other `<pre>` is in it, the source's HTML being
    escaped."""

    def run(self, text: str) -> str:
        return text.replace("<pre>", '<pre tabindex="0">')


# What the source must contain for an inline pattern to match anywhere in it. A pattern
# whose marks are all absent is not tried: on a news article, most of the inline processor's
# time goes to patterns that cannot match. Reference-style links render as text unless a
# definition (`[id]: url`) exists. Tabs become spaces before inline patterns run. Patterns
# not named here are always tried.
_NEEDS = {
    "backtick": ("`",),
    "escape": ("\\",),
    "reference": ("]:",),
    "link": ("[",),
    "image_link": ("![",),
    "image_reference": ("]:",),
    "short_reference": ("]:",),
    "short_image_ref": ("]:",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n", "  \r", "\t"),
    "entity": ("&",),
    "em_strong": ("*", "_"),
}
_MARKS = [mark for marks in _NEEDS.values() for mark in marks]
# What a block must hold for a block processor whose test searches all of it to claim it: each
# tests every block that nothing before it claimed, a paragraph's by all of them. (Python-Markdown
# gives a processor a block with '\n' line ends and tabs expanded.) The others test the block's start.
_BLOCK_NEEDS: dict[str, Callable[[str], object]] = {
    "table": lambda block: "|" in block,
    "hashheader": lambda block: "#" in block,
    "hr": re.compile(r"-[ \t]*-[ \t]*-|_[ \t]*_[ \t]*_|\*[ \t]*\*[ \t]*\*").search,
    "quote": lambda block: ">" in block,
    "reference": lambda block: "]:" in block,  # (its test says yes to every block; its run looks)
}
# Text with no mark's first character (nor a control character: Python-Markdown's own
# placeholders) is left as it is by every inline pattern; one character class scans fastest.
_INLINE = re.compile(
    "["
    + re.escape("".join(sorted({m[0] for m in _MARKS if not m[0].isspace()})))
    + r"\x00-\x08\x0b-\x1f\x7f]|"
    + "|".join(re.escape(m) for m in _MARKS if m[0].isspace())
)


class PlainText(Treeprocessor):
    """Marks text that no inline pattern can match as atomic, so the inline processor skips it.

    The inline processor tries each of its patterns on every text node, which is half the
    time of rendering a news article whose paragraphs are mostly plain Korean prose."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            text, tail = element.text, element.tail
            if text and type(text) is str and not _INLINE.search(text):
                element.text = AtomicString(text)
            if tail and type(tail) is str and not _INLINE.search(tail):
                element.tail = AtomicString(tail)


_BRACKET = re.compile(r"[\[\]]")


def bracket_ends(data: str) -> list[int | None]:
    """What Python-Markdown's LinkInlineProcessor._findBracketEnds gives (for each index of `data`,
    the index just past the `]` closing a bracket opened before it, or None), which it makes again
    for each link of a paragraph, a character at a time: a fifth of a news article's Markdown. Here
    the positions between two brackets, which share a depth and so an end, are filled at once."""
    ends: list[int | None] = [None] * (len(data) + 1)
    # Run k: the positions from starts[k] up to the next bracket, that bracket included, at depths[k].
    starts, depths, depth = [0], [0], 0
    for match in _BRACKET.finditer(data):
        depth += 1 if match.group() == "[" else -1
        starts.append(match.end())
        depths.append(depth)
    starts.append(len(data) + 1)
    open_runs: list[int] = []  # runs whose depth no later run has gone below yet
    for k, depth in enumerate(depths):
        while open_runs and depth < depths[open_runs[-1]]:
            j = open_runs.pop()
            ends[starts[j] : starts[j + 1]] = [starts[k]] * (starts[j + 1] - starts[j])
        open_runs.append(k)
    return ends


def _guarded(test: Callable[[etree.Element, str], bool], needs: Callable[[str], object]) -> Callable[..., bool]:
    return lambda parent, block: bool(needs(block)) and test(parent, block)


def _fenced(run: Callable[[list[str]], list[str]]) -> Callable[[list[str]], list[str]]:
    """The fenced-code preprocessor, which searches the whole text, only when a fence may be in it."""
    return lambda lines: run(lines) if any("```" in line or "~~~" in line for line in lines) else lines


def _make(shortcuts: bool = True) -> md.Markdown:
    """The converter; `shortcuts` off gives plain Python-Markdown, for tests to compare with."""
    converter = md.Markdown(extensions=EXTENSIONS, output_format="html")
    # Article text comes from scraped pages: never let its HTML through to readers.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    if shortcuts:
        # Above the inline processor (20), so it runs first.
        converter.treeprocessors.register(PlainText(converter), "plain_text", 25)
        for name, needs in _BLOCK_NEEDS.items():
            processor = converter.parser.blockprocessors[name]
            processor.test = _guarded(processor.test, needs)  # type: ignore[method-assign]
        fences = converter.preprocessors["fenced_code_block"]
        fences.run = _fenced(fences.run)  # type: ignore[method-assign]
        for pattern in converter.inlinePatterns:
            if hasattr(pattern, "_findBracketEnds"):  # (links, images and references; Python-Markdown 3.9 on)
                pattern._findBracketEnds = bracket_ends
    converter.treeprocessors.register(_links, "safe_links", 0)
    converter.postprocessors.register(FocusableCode(converter), "focusable_code", 0)  # after raw_html (30)
    return converter


# Bounded by the subsets of _NEEDS a document can leave out; few occur in practice.
@functools.lru_cache(maxsize=256)
def _patterns(unused: frozenset[str]) -> Registry[inlinepatterns.InlineProcessor]:
    patterns = _shared().inlinePatterns[:]
    for name in unused:
        patterns.deregister(name, strict=False)
    return patterns


def convert(source: str) -> str:
    """Python-Markdown's HTML for `source`, trying only the inline patterns that can match."""
    # Python-Markdown deletes STX and ETX before anything else, which can join two marks.
    text = source.replace("\x02", "").replace("\x03", "")
    unused = frozenset(name for name, marks in _NEEDS.items() if not any(mark in text for mark in marks))
    converter = _shared()
    converter.treeprocessors["inline"].inlinePatterns = _patterns(unused)
    # A text that nested too deep left the parser's stack of states where its RecursionError
    # stopped it ('list', 'detabbed', … hundreds deep), which reset() keeps: every later text would
    # be read inside those lists.
    converter.parser.state.clear()
    return converter.reset().convert(source)


_links = SafeLinks()


@functools.cache
def _shared() -> md.Markdown:
    # Made on first use, not on import: a build that converts nothing (no change) spares 0.1 s.
    return _make()


def cache_key(source: str, base_path: str) -> str:
    return hashlib.sha1(f"{SETTINGS}\0{base_path}\0{source}".encode()).hexdigest()


# Text with none of these characters, and no line that starts like a block construct,
# is nothing but paragraphs: the common case for news articles, rendered without the parser.
_SPECIAL = re.compile(
    r"[\\`*_\[\]!<>&#|~\x00-\x08\x0b-\x1f\x7f]|^[ \t]|^[-+=>:]|^\d+[.)]|[ \t]$|[^\S \n]", re.MULTILINE
)
_BLANK = re.compile(r"\n[ \t]*\n\s*")


def _plain_paragraphs(source: str) -> str | None:
    text = source.strip("\n")
    if _SPECIAL.search(text):
        return None
    return "\n".join(f"<p>{block}</p>" for block in _BLANK.split(text) if block)


def to_html(source: str, base_path: str = "/", known: Cache[str, str] | None = None) -> str:
    """The HTML of a body; `known` (a session's) keeps it for the next build."""
    key = cache_key(source, base_path)
    html = known.get(key) if known is not None else None
    if html is None:
        # Invalid in HTML, and Markdown's own marks: an article's body has none left, but a site's
        # template may pass any text.
        source = CONTROL.sub("", source)
        html = _plain_paragraphs(source)
        if html is None:
            _links.base_path = base_path
            try:
                html = convert(source)
            except RecursionError:  # (an article's deep list is refused as it is read: content.MAX_LIST_DEPTH)
                raise ValueError(
                    "a text nests too deep for Markdown to render (lists or quotes in each other)"
                ) from None
        if known is not None:
            known.put(key, html)
    return html
