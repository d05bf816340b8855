"""Deciding what a document is from its bytes.

Extensions and declared content types lie (a PDF uploaded as ``scan.jpg``, everything
uploaded as ``application/octet-stream``), so binary formats are recognised by their magic
numbers and structure only. The filename and declared type serve one purpose: breaking ties
between text dialects that the bytes cannot settle (a Markdown file with no Markdown syntax).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable

from docpipe.errors import CorruptDocument, UnsupportedDocument
from workflow.documents.encoding import decode_text
from workflow.documents.types import DocumentType
from workflow.documents.ziputil import ZIP_OPEN_FAILURES

PDF = DocumentType("application/pdf", "pdf")
DOCX = DocumentType(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"
)
HTML = DocumentType("text/html", "html")
PLAIN = DocumentType("text/plain", "text")
MARKDOWN = DocumentType("text/markdown", "text")
CSV = DocumentType("text/csv", "text")
TSV = DocumentType("text/tab-separated-values", "text")
JSON = DocumentType("application/json", "text")
XML = DocumentType("application/xml", "text")

#: Bytes of the head we look at for text sniffing; enough for any dialect's tell-tales.
_SNIFF_BYTES = 64 * 1024
#: PDF readers accept the header anywhere in the first kilobyte (junk before it is common).
_PDF_HEADER_WINDOW = 1024
#: The DIB header sizes a real BMP can have; "BM" alone is too weak (it starts words too).
_BMP_DIB_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})


def detect_type(data: bytes, *, filename: str, declared: str | None) -> DocumentType:
    """Return the document's type, decided from ``data``.

    Raises ``UnsupportedDocument`` for anything we cannot read (with what we think it is),
    and ``CorruptDocument`` for a container that is recognisably broken.
    """
    if not data:
        raise UnsupportedDocument("the document is empty")
    image = _image_type(data)
    if image is not None:
        return image
    if _is_pdf(data):
        return PDF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_type(data)
    if data.startswith(b"{\\rtf"):
        raise UnsupportedDocument("a Rich Text Format (RTF) file is not a supported document type")
    text_type = _text_type(data, hint=f"{filename} {declared or ''}".lower())
    if text_type is not None:
        return text_type
    # Only now, so a text that happens to start with "MZ" or "ID3" is still text.
    for signature, description in _KNOWN_BINARIES:
        if data.startswith(signature):
            raise UnsupportedDocument(f"{description} is not a supported document type")
    raise UnsupportedDocument("binary data of unknown type")


#: Image signatures at offset 0: (magic bytes, media type).
_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def _is_pdf(data: bytes) -> bool:
    """A PDF header at the start, or after junk that is not text (a text that merely
    mentions "%PDF-" stays text)."""
    index = data.find(b"%PDF-", 0, _PDF_HEADER_WINDOW)
    if index < 0:
        return False
    junk = data[:index]
    return not junk.strip() or decode_text(junk, partial=True) is None


def _image_type(data: bytes) -> DocumentType | None:
    for magic, media_type in _IMAGE_SIGNATURES:
        if data.startswith(magic):
            return DocumentType(media_type, "image")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return DocumentType("image/webp", "image")
    if (
        data.startswith(b"BM")
        and len(data) >= 18
        and int.from_bytes(data[14:18], "little") in _BMP_DIB_SIZES
    ):
        return DocumentType("image/bmp", "image")
    return None


#: Binary formats people upload by mistake, named so the failure says what the file was.
_KNOWN_BINARIES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file (.doc/.xls/.ppt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
)

#: Non-DOCX members that identify other ZIP-based formats, for a helpful refusal.
_ZIP_SIBLINGS: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "an Excel workbook (XLSX)"),
    ("ppt/presentation.xml", "a PowerPoint presentation (PPTX)"),
    ("META-INF/container.xml", "an EPUB e-book"),
    ("content.xml", "an OpenDocument file"),
)


def _zip_type(data: bytes) -> DocumentType:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except ZIP_OPEN_FAILURES as exc:
        raise CorruptDocument(f"damaged ZIP container: {exc}") from exc
    if "word/document.xml" in names:
        return DOCX
    for member, description in _ZIP_SIBLINGS:
        if member in names:
            raise UnsupportedDocument(f"{description} is not a supported document type")
    raise UnsupportedDocument("ZIP archive that is not a DOCX")


def _text_type(data: bytes, *, hint: str) -> DocumentType | None:
    head = data[:_SNIFF_BYTES]
    decoded = decode_text(head, partial=len(data) > len(head))
    if decoded is None:
        return None
    text = decoded.text.lstrip("\ufeff").lstrip()
    whole = len(data) <= len(head)
    for sniff in _TEXT_SNIFFERS:
        found = sniff(text, whole, hint)
        if found is not None:
            return found
    return PLAIN


_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_HTML_TAGS = re.compile(r"<(head|body|div|p|table|title|h[1-6])[\s>]", re.IGNORECASE)
_XML_START = re.compile(r"<\?xml[\s?]|<[A-Za-z_][\w.:-]*[\s/>]")


def _sniff_markup(text: str, whole: bool, hint: str) -> DocumentType | None:
    if not text.startswith("<"):
        return None
    head = text[:2048]
    if _HTML_START.search(head) or len(_HTML_TAGS.findall(head)) >= 2:
        return HTML
    if _XML_START.match(head):
        return XML
    return None


def _sniff_json(text: str, whole: bool, hint: str) -> DocumentType | None:
    if not text.startswith(("{", "[")):
        return None
    if whole:
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            return None
        return JSON
    return JSON if re.match(r"[\[{]\s*[\"{\[\d\-]", text) else None


#: Features of Markdown; two different ones (or one plus a Markdown name) make it Markdown.
_MARKDOWN_FEATURES = (
    re.compile(r"^#{1,6} \S", re.MULTILINE),
    re.compile(r"^\s*[-*+] \S", re.MULTILINE),
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),
    re.compile(r"^```", re.MULTILINE),
    re.compile(r"\*\*[^*\n]+\*\*"),
    re.compile(r"^\|.*\|\s*$\n^\|[\s:|-]+\|\s*$", re.MULTILINE),
    re.compile(r"^> \S", re.MULTILINE),
)


def _sniff_markdown(text: str, whole: bool, hint: str) -> DocumentType | None:
    found = sum(1 for feature in _MARKDOWN_FEATURES if feature.search(text[:_SNIFF_BYTES]))
    named = any(marker in hint for marker in (".md", ".markdown", "markdown"))
    if found >= 2 or (found and named):
        return MARKDOWN
    return None


def _sniff_delimited(text: str, whole: bool, hint: str) -> DocumentType | None:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not whole and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut mid-row
    # A header and one row is a CSV only when it is also called one; prose has commas too.
    if len(lines) < (2 if "csv" in hint else 3):
        return None
    for delimiter, found in ((",", CSV), (";", CSV), ("\t", TSV), ("|", CSV)):
        try:
            widths = {len(row) for row in csv.reader(lines, delimiter=delimiter)}
        except csv.Error:
            continue
        if len(widths) == 1 and widths.pop() >= 2:
            return found
    return None


_TEXT_SNIFFERS: tuple[Callable[[str, bool, str], DocumentType | None], ...] = (
    _sniff_markup,
    _sniff_json,
    _sniff_delimited,
    _sniff_markdown,
)
