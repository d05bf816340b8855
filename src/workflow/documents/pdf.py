"""PDF text: the text layer via pypdf, or OCR of the page images when there is none.

pypdf is lenient, which is what we want for real-world files, but on malformed input it
raises a wide range of built-in exceptions besides its own; :data:`_PARSE_FAILURES` lists
them so that a broken file becomes ``CorruptDocument`` and nothing else escapes.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import FileNotDecryptedError, LimitReachedError, PyPdfError

from docpipe.errors import CorruptDocument, DocumentTooLarge, UnsupportedDocument
from workflow.documents import ocr
from workflow.documents.types import Extraction, ExtractionLimits, build_extraction

if TYPE_CHECKING:
    from pypdf import PageObject
    from pypdf.generic import DictionaryObject

#: What pypdf raises on malformed input, beyond its own errors (observed under fuzzing).
_PARSE_FAILURES: tuple[type[Exception], ...] = (
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    NotImplementedError,
    OSError,
    EOFError,
    OverflowError,
    ZeroDivisionError,
    SyntaxError,  # Pillow's verdict on some malformed embedded images
    struct.error,
    zlib.error,
)
#: A text layer this thin (after stripping) on every page means "scanned": try OCR.
_MIN_TEXT_CHARS_PER_DOC = 16
#: pypdf's own decoding bounds, tighter than its defaults: a stream inflating past 64 MiB is
#: a bomb in a document pipeline.
_PYPDF_LIMITS: dict[str, Any] = {
    "zlib_maximum_output_length": 64 * 1024 * 1024,
    "lzw_maximum_output_length": 64 * 1024 * 1024,
    "run_length_maximum_output_length": 64 * 1024 * 1024,
    "image_maximum_buffer_size": 64 * 1024 * 1024,
}


def extract_pdf(data: bytes, limits: ExtractionLimits) -> Extraction:
    """Text of a PDF, OCR'ing embedded page images if there is no text layer."""
    with apply_configuration(**_PYPDF_LIMITS):
        try:
            return _extract(data, limits)
        except LimitReachedError as exc:
            raise DocumentTooLarge(f"PDF exceeds a decoding limit: {exc}") from exc
        except FileNotDecryptedError as exc:
            raise UnsupportedDocument("PDF is encrypted with a password") from exc
        except _PARSE_FAILURES as exc:
            raise CorruptDocument(f"PDF could not be parsed: {exc or type(exc).__name__}") from exc


def _extract(data: bytes, limits: ExtractionLimits) -> Extraction:
    reader = PdfReader(io.BytesIO(data), strict=False)
    warnings: list[str] = []
    if reader.is_encrypted:
        # Many PDFs are "encrypted" only to set permissions, with an empty user password.
        if not reader.decrypt(""):
            raise UnsupportedDocument("PDF is encrypted with a password")
        warnings.append("PDF was encrypted with an empty password")
    page_count = len(reader.pages)
    if page_count == 0:
        raise CorruptDocument("PDF has no pages")
    if page_count > limits.max_pages:
        raise DocumentTooLarge(f"PDF has {page_count} pages (limit {limits.max_pages})")
    texts: list[str] = []
    size = 0
    truncated = False
    for page in reader.pages:
        if size > limits.max_text_chars:
            truncated = True
            warnings.append("pages after the text limit were not read")
            break
        text = page.extract_text() or ""
        texts.append(text)
        size += len(text)
    if sum(len(text.strip()) for text in texts) >= _MIN_TEXT_CHARS_PER_DOC:
        return build_extraction(
            texts,
            method="pdf-text",
            pages=page_count,
            limits=limits,
            truncated=truncated,
            warnings=tuple(warnings),
        )
    return _ocr_pages(reader, page_count, limits, warnings)


def _ocr_pages(
    reader: PdfReader, page_count: int, limits: ExtractionLimits, warnings: list[str]
) -> Extraction:
    """A scanned PDF: OCR each page's embedded images, at most ``max_pages`` of them."""
    texts: list[str] = []
    images = 0
    for page in reader.pages:
        page_text: list[str] = []
        for name in _image_names(page, limits):
            images += 1
            if images > limits.max_pages:
                raise DocumentTooLarge(
                    f"PDF has more than {limits.max_pages} images to OCR (limit {limits.max_pages})"
                )
            image = page.images[name].image
            if image is None:
                continue
            page_text.append(ocr.recognize(image))
        texts.append("\n".join(page_text))
    if images == 0:
        raise UnsupportedDocument("PDF has no text layer and no images to OCR")
    extraction = build_extraction(
        texts,
        method="pdf-ocr",
        pages=page_count,
        limits=limits,
        warnings=(*warnings, "PDF had no text layer; text was read by OCR"),
    )
    if not extraction.text:
        raise UnsupportedDocument("PDF has no text layer and OCR found no text in its images")
    return extraction


def _image_names(page: PageObject, limits: ExtractionLimits) -> Iterator[str]:
    """Names of the page's image XObjects, refusing any larger than the pixel limit before
    pypdf decodes it."""
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    if resources is None or "/XObject" not in resources:
        return
    xobjects: DictionaryObject = resources["/XObject"].get_object()
    for name, ref in xobjects.items():
        xobject = ref.get_object()
        if xobject.get("/Subtype") != "/Image":
            continue
        pixels = int(xobject.get("/Width", 0)) * int(xobject.get("/Height", 0))
        if pixels > limits.max_pixels:
            raise DocumentTooLarge(
                f"PDF image {name} has {pixels} pixels (limit {limits.max_pixels})"
            )
        yield str(name)
