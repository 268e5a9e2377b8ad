"""Which URLs from content may become a link: http, https, mailto and relative ones only.

A browser decodes character references in an attribute (`javascript&#58;` is `javascript:`)
and drops tabs, newlines and leading control characters from a URL before it reads the
scheme, so the scheme is judged on the URL as the browser will see it, decoded further than a
browser would (percent-encoding too) to err on the safe side.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import quote, unquote, urlsplit

SAFE_SCHEMES = ("http", "https", "mailto")
# Whitespace, C0/C1 controls and format characters (zero-width, bidi): none belongs in a scheme.
_INVISIBLE = re.compile(
    r"[\s\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)
_ROUNDS = 5  # decoding stops changing anything long before this on any real URL


def decoded(url: str) -> str:
    """`url` with character references and percent-encoding undone (repeatedly, so a doubly
    encoded colon shows too) and every invisible character removed."""
    for _ in range(_ROUNDS):
        before = url
        url = _INVISIBLE.sub("", unquote(html.unescape(url)))
        if url == before:
            break
    return url


def escaped(url: str) -> str:
    """`url` with what a URI may not hold as itself (Hangul, spaces) percent-encoded, as the
    sitemap protocol asks; escapes already there and the URL's own punctuation are kept.
    Brackets stand only around a host's IPv6 address ('http://[::1]:8000/'): in a path they are
    escaped (RFC 3986)."""
    parts = urlsplit(url)
    head = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    ascii_head = f"{parts.scheme}://{ascii_netloc(parts.netloc)}" if parts.netloc else ""
    return ascii_head + quote(url[len(head) :], safe=":/?#@!$&'()*+,;=%~")


def ascii_netloc(netloc: str) -> str:
    """A host in Hangul ('한국.kr') as DNS has it ('xn--3e0b707e.kr'): how a URI writes it, and
    how a link to it is told to be the site's own. (Python's codec is IDNA 2003: 'faß.de' is
    'fass.de', where a browser asks for 'xn--fa-hia.de'.)"""
    host = urlsplit(f"//{netloc}").hostname or ""
    if host.isascii():
        return netloc
    try:
        return netloc.lower().replace(host, host.encode("idna").decode("ascii"), 1)
    except UnicodeError:  # no host DNS could hold ('한국..kr', a label over 63 letters): left as written
        return netloc


def is_safe_url(url: str) -> bool:
    """True for a relative URL or one whose scheme is http, https or mailto.

    Anything before the first ':' that comes ahead of any '/', '?' or '#' is taken as a
    scheme, which is stricter than a browser (it would call `a%3Ab` a relative path)."""
    head = re.split(r"[/?#]", decoded(url), maxsplit=1)[0]
    if ":" not in head:
        return True
    return head.split(":", 1)[0].lower() in SAFE_SCHEMES


def is_web_address(url: str) -> bool:
    """True for an http(s) address with a host ('https://www.aitimes.com/…'): what an article's
    `source_url` must be. 'www.aitimes.com', pasted without its scheme, would be a path under the
    article's own page."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # 'https://[x': a bracketed host left open
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and is_safe_url(url)


# -- slugs: a URL's path part, and a folder's name in the output ---------------------------

UNSAFE_SLUG = re.compile(r"[\\/\x00-\x1f<>:\"|?*#%\s]")
UNSAFE_FILE_NAME = re.compile(r"[\\/\x00-\x1f]")  # a file name another field names (duplicate_of)
# A slug is a folder name: file systems allow 255 bytes, and Hangul takes 3 bytes a letter.
MAX_SLUG_CHARS, MAX_SLUG_BYTES = 120, 200


def unsafe_path_part(value: str, pattern: re.Pattern[str] = UNSAFE_SLUG) -> bool:
    """True for a slug or tag that could name a path outside its folder (or break a URL)."""
    return not value.strip() or bool(pattern.search(value)) or value.startswith(".")


def visible(text: str) -> str:
    """`text` without its format characters (zero-width spaces, bidi controls), which show nothing."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def normalise_slug(slug: str) -> str:
    """NFC, lower case, without format characters (zero-width spaces, bidi controls): slugs
    that look alike become equal, so no article can pose under another's name. (Compatibility
    forms are not folded, as NFKC would: 'ｆｕｌｌ' stays apart from 'full', and 'ㄱ' a letter.)"""
    return unicodedata.normalize("NFC", visible(slug).lower())


def spelled(text: str) -> str:
    """`text` for a message about names that look alike: invisible characters as escapes
    ('a\\u200bb'), and a name in decomposed letters (NFD, as macOS writes Hangul) said so, or one
    with a letter NFC writes otherwise (the Kelvin sign 'K')."""
    shown = "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) == "Cf" else ch for ch in text)
    if unicodedata.is_normalized("NFC", text):
        return shown
    how = (
        "in decomposed letters, NFD" if unicodedata.is_normalized("NFD", text) else "with a letter NFC writes otherwise"
    )
    return f"{shown} [{how}]"


# Characters that look like a path separator or dot ('∕', '／', '⁄', '．'), and DEL: a slug
# holding one would read as another path to a person or, once folded, to a file system.
_CONFUSABLE = re.compile(r"[\x7f\u2044\u2215\u29f8\u2571\uff0f\uff3c\u2024\ufe52\uff0e]")


def too_long(name: str) -> str | None:
    """Why a slug or tag is too long to name a folder, in the limit it passes, or None. Hangul
    passes the bytes' first (3 a syllable): '70 characters; the limit is 120' would not say why."""
    chars, size = len(name), len(name.encode())
    if size > MAX_SLUG_BYTES:
        limit = f"{MAX_SLUG_CHARS} characters and " if chars > MAX_SLUG_CHARS else ""
        limit += f"{MAX_SLUG_BYTES} bytes (about {MAX_SLUG_BYTES // 3} Hangul syllables)"
        return f"is {size} bytes in UTF-8 ({chars} characters); the limit is {limit}"
    if chars > MAX_SLUG_CHARS:
        return f"is {chars} characters long; the limit is {MAX_SLUG_CHARS} characters"
    return None


def slug_problem(slug: str) -> str | None:
    if unsafe_path_part(slug) or _CONFUSABLE.search(slug) or unsafe_path_part(unicodedata.normalize("NFKC", slug)):
        return f"slug '{slug}' cannot be used in a URL ({_why_unsafe(slug)}); use letters, digits and '-'"
    length = too_long(slug)
    return f"slug {length}" if length else None


def _why_unsafe(slug: str) -> str:
    """What in a slug unsafe_path_part or _CONFUSABLE refuses, said: 'it holds '%' and a space'."""
    held = dict.fromkeys(
        ch
        for ch in slug
        if UNSAFE_SLUG.match(ch) or _CONFUSABLE.match(ch) or UNSAFE_SLUG.match(unicodedata.normalize("NFKC", ch))
    )
    named = [
        "a space" if ch == " " else f"'{ch}'" if ch.isprintable() and not ch.isspace() else f"'{ascii(ch)[1:-1]}'"
        for ch in held
    ]
    listed = f"{', '.join(named[:-1])} and {named[-1]}" if len(named) > 1 else "".join(named)
    reasons = [f"it holds {listed}"] if named else []
    if slug.startswith(".") or unicodedata.normalize("NFKC", slug).startswith("."):
        reasons.append("it starts with '.'")
    return "; ".join(reasons) or "it is empty"
