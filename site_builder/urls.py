"""Which URLs from content may become a link: http, https, mailto and relative ones only.

A browser decodes character references in an attribute (`javascript&#58;` is `javascript:`)
and drops tabs, newlines and leading control characters from a URL before it reads the
scheme, so the scheme is judged on the URL as the browser will see it, decoded further than a
browser would (percent-encoding too) to err on the safe side.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

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


def is_safe_url(url: str) -> bool:
    """True for a relative URL or one whose scheme is http, https or mailto.

    Anything before the first ':' that comes ahead of any '/', '?' or '#' is taken as a
    scheme, which is stricter than a browser (it would call `a%3Ab` a relative path)."""
    head = re.split(r"[/?#]", decoded(url), maxsplit=1)[0]
    if ":" not in head:
        return True
    return head.split(":", 1)[0].lower() in SAFE_SCHEMES
