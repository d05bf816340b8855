"""Turning bytes that claim to be text into ``str``, and telling text from binary.

Detection and extraction share this so they agree: whatever detection called text,
extraction can decode. Order of evidence: a byte-order mark, then the UTF-16 shape (NULs in
every other byte), then strict UTF-8, then Windows-1252 and Latin-1 as a last resort — the
fallbacks are flagged with a warning because they always "succeed" on any byte string.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

#: BOMs, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Control characters that ordinary text contains.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
#: Share of unexpected control characters above which decoded "text" is really binary.
_MAX_CONTROL_RATIO = 0.01
#: Share of NULs in odd (or even) positions that marks BOM-less UTF-16.
_UTF16_NUL_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes, the codec that did it, and a warning if it was a guess."""

    text: str
    encoding: str
    warning: str | None = None


def decode_text(data: bytes, *, partial: bool = False) -> DecodedText | None:
    """Decode ``data`` as text, or return ``None`` if it looks like binary.

    With ``partial`` the bytes are a prefix of a larger document, so a multi-byte sequence
    cut at the end is not held against it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data[len(bom) :], encoding, partial=partial), encoding)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked(_decode(data, utf16, partial=partial), utf16)
    if b"\x00" in data:
        return None
    text = _decode(data, "utf-8", partial=partial)
    if text is not None:
        return _checked(text, "utf-8")
    for fallback in ("cp1252", "latin-1"):
        text = _decode(data, fallback, partial=partial)
        if text is not None:
            warning = f"not valid UTF-8; decoded as {fallback}"
            return _checked(text, fallback, warning)
    return None  # pragma: no cover - latin-1 decodes every byte string


def _decode(data: bytes, encoding: str, *, partial: bool) -> str | None:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        return str(decoder.decode(data, final=not partial))
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin script has a NUL in every other byte."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    if odd_nuls / pairs >= _UTF16_NUL_SHARE and even_nuls == 0:
        return "utf-16-le"
    if even_nuls / pairs >= _UTF16_NUL_SHARE and odd_nuls == 0:
        return "utf-16-be"
    return None


def _checked(text: str | None, encoding: str, warning: str | None = None) -> DecodedText | None:
    if text is None or not _looks_like_text(text):
        return None
    return DecodedText(text=text, encoding=encoding, warning=warning)


def _looks_like_text(text: str) -> bool:
    """Reject decodings full of control characters (what binary turns into under Latin-1)."""
    sample = text[:8192]
    if not sample.strip():
        return bool(sample)  # whitespace-only is text, empty is not
    controls = sum(
        1 for ch in sample if ch not in _TEXT_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs")
    )
    return controls / len(sample) <= _MAX_CONTROL_RATIO
