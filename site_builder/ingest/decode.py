"""Seed bytes to clean text: UTF-8 (with or without BOM), UTF-16 with BOM, CP949/EUC-KR."""

from __future__ import annotations

import codecs
import re
import unicodedata

# Zero-width characters and soft hyphens carry no text but break matching of names and dates.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """The seed is not text in any encoding Korean pages use."""


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name); text is NFC with '\\n' line ends and no trailing spaces."""
    if raw.startswith(codecs.BOM_UTF8):
        text, encoding = _try(raw[3:], "utf-8"), "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _try(raw, "utf-16"), "utf-16"
    else:
        if b"\x00" in raw:
            raise DecodeError("binary file (contains NUL bytes), not text")
        text, encoding = _try(raw, "utf-8"), "utf-8"
        if text is None:
            # CP949 is a superset of EUC-KR, so one attempt covers both.
            text, encoding = _try(raw, "cp949"), "cp949"
    if text is None:
        raise DecodeError("cannot decode as UTF-8 or CP949/EUC-KR text")
    controls = len(_CONTROL.findall(text))
    if controls and controls > len(text) // 100:
        raise DecodeError(f"binary file ({controls} control characters), not text")
    if _odd_share(text) > 0.3:
        raise DecodeError(f"decodes as {encoding} but does not read as Korean or English text (binary?)")
    return normalise(text), encoding


def _odd_share(text: str) -> float:
    """Share of characters outside the scripts a Korean news page uses."""
    sample = [ch for ch in text[:20000] if not ch.isspace()]
    if not sample:
        return 0.0
    usual = sum(
        1
        for ch in sample
        if ch.isascii()
        or "\uac00" <= ch <= "\ud7a3"
        or "\u3000" <= ch <= "\u30ff"
        or "\u2000" <= ch <= "\u27bf"
        or "\u4e00" <= ch <= "\u9fff"
        or "\uff00" <= ch <= "\uffef"
        or "\u00a0" <= ch <= "\u00ff"
        or "\u3130" <= ch <= "\u318f"
    )
    return 1 - usual / len(sample)


def _try(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text.translate(_INVISIBLE)).replace("\u00a0", " ")
    # str.rstrip() also removes the no-break spaces some pages end every paragraph with.
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
