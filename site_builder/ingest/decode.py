"""Seed bytes to clean text: UTF-8 (with or without BOM), UTF-16 with BOM, CP949/EUC-KR."""

from __future__ import annotations

import codecs
import re
import unicodedata

from .text import KOREAN

# Zero-width characters and soft hyphens carry no text but break matching of names and dates;
# bidirectional marks and overrides, pasted with a quote, would turn the text after them around.
_INVISIBLE = dict.fromkeys(
    map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    None,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Every line break Unicode knows: a word processor's manual one (VT), a page break (FF), NEL and
# the line and paragraph separators, beside CR LF and CR.
_BREAK = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")


class DecodeError(ValueError):
    """The seed is not text in any encoding Korean pages use; `line`: where it stops being UTF-8."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name); text is NFC with '\\n' line ends and no trailing spaces."""
    if raw.startswith(codecs.BOM_UTF8):
        text, encoding = _try(raw[3:], "utf-8"), "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _try(raw, "utf-16"), "utf-16"
    else:
        if b"\x00" in raw:
            # UTF-16 puts a NUL beside each ASCII letter: told apart from a binary file by reading as text.
            as_utf16 = (_try(raw, wide) for wide in ("utf-16-le", "utf-16-be"))
            if any(text and _odd_share(text) < 0.05 and not _CONTROL.search(text) for text in as_utf16):
                raise DecodeError("UTF-16 text without a byte order mark: save it as UTF-8")
            raise DecodeError("binary file (contains NUL bytes), not text")
        text, encoding = _try(raw, "utf-8"), "utf-8"
        if text is None:
            # CP949 is a superset of EUC-KR, so one attempt covers both.
            text, encoding = _try(raw, "cp949"), "cp949"
    if text is None:
        # Mostly UTF-8 with a line pasted from a CP949 page, often: the line where UTF-8 fails.
        start = _utf8_error(raw) if encoding != "utf-16" else None
        line = raw[:start].count(b"\n") + 1 if start is not None else None
        where = f" (not UTF-8 from byte {start})" if start is not None else ""
        raise DecodeError(f"cannot decode as UTF-8 or CP949/EUC-KR text{where}; save it as UTF-8", line)
    text = unicodedata.normalize("NFC", _BREAK.sub("\n", text))  # (decomposed Hangul reads as Hangul)
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


def _utf8_error(raw: bytes) -> int | None:
    """The offset in `raw` where UTF-8 decoding fails (after a byte order mark), if it does."""
    body = raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start + len(raw) - len(body)
    return None


def _try(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


# Full-width Latin letters, digits and signs, and the ideographic space: what a Korean IME types
# by accident ('２２일（현지시간）', '［가상뉴스＝홍길동 기자］'), read as the ASCII they stand for. (A
# Japanese or Chinese page sets its brackets and spaces so by rule: its text is kept as it is.)
_HALF_WIDTH = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: ord(" ")}
_KANA_OR_HAN = re.compile("[\u3041-\u30ff\u4e00-\u9fff]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", _BREAK.sub("\n", text))
    text = _CONTROL.sub("", text.translate(_INVISIBLE)).replace("\u00a0", " ")
    if len(KOREAN.findall(text)) > 2 * len(_KANA_OR_HAN.findall(text)):
        text = text.translate(_HALF_WIDTH)
    # str.rstrip() also removes the no-break spaces some pages end every paragraph with.
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
