"""PDF text: the text layer's words, and OCR of the pages that have none.

pypdf opens the file and checks every limit; PDFium (:mod:`workflow.documents.pdfium_pages`)
reads the text layer with each word's box and renders pages for OCR. A page is read from its
text layer unless that layer is thinner than a line (:data:`_MIN_TEXT_CHARS_PER_PAGE`) and
the page holds images or text drawn as outlines: then it is a scanned page, OCR'd as one
image. So a scan with a typed cover page (or a report with a few scanned
appendix pages) loses none of its pages, and a text PDF with a logo is not OCR'd at all.

:func:`extract_pdf` does all of it in one call. A long scan is read in page ranges instead:
:func:`inspect_pdf` decides (and applies every limit) up front, then :func:`ocr_pages` reads
one range at a time, possibly on another worker.

pypdf is lenient, which is what we want for real-world files, but on malformed input it
raises a wide range of built-in exceptions besides its own; :data:`_PARSE_FAILURES` lists
them so that a broken file becomes ``CorruptDocument`` and nothing else escapes.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import FileNotDecryptedError, LimitReachedError, PyPdfError

from docpipe.errors import CorruptDocument, DocumentTooLarge, UnsupportedDocument
from workflow.documents import ocr, pdfium_pages
from workflow.documents.pages import PageText, join_pages
from workflow.documents.types import Extraction, ExtractionLimits, PageContent, build_extraction

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
#: A page whose text layer is thinner than this (after stripping) and that holds images is a
#: scanned page: its images are OCR'd. (A page number or a scanner's stamp is not content.)
_MIN_TEXT_CHARS_PER_PAGE = 16
#: A document with no scanned page needs this much text in all to be a text PDF.
_MIN_TEXT_CHARS_PER_DOC = 16
#: pypdf's own decoding bounds, tighter than its defaults: a stream inflating past 64 MiB is
#: a bomb in a document pipeline.
_PYPDF_LIMITS: dict[str, Any] = {
    "zlib_maximum_output_length": 64 * 1024 * 1024,
    "lzw_maximum_output_length": 64 * 1024 * 1024,
    "run_length_maximum_output_length": 64 * 1024 * 1024,
    "image_maximum_buffer_size": 64 * 1024 * 1024,
}


@dataclass(frozen=True, slots=True)
class ScannedPdf:
    """A PDF with scanned pages, which must be OCR'd (:func:`ocr_pages` reads the others from
    their text layer). Every scanned page's images have passed the pixel and count limits
    (read from the page dictionaries; nothing decoded)."""

    pages: int
    images: int
    warnings: tuple[str, ...] = ()
    #: How many of the pages are scanned (the rest have a text layer).
    scanned_pages: int = 0

    def extraction_warnings(self) -> tuple[str, ...]:
        """The warnings its extraction carries: the inspection's, and which pages OCR read."""
        if self.scanned_pages in (0, self.pages):
            return (*self.warnings, "PDF had no text layer; text was read by OCR")
        return (
            *self.warnings,
            f"{self.scanned_pages} of {self.pages} pages had no text layer; they were read by OCR",
        )


def extract_pdf(data: bytes, limits: ExtractionLimits) -> Extraction:
    """Text of a PDF, OCR'ing embedded page images if there is no text layer."""
    read = read_pdf(data, limits, inline_pages=None)
    assert isinstance(read, Extraction)  # nothing is deferred without ``inline_pages``
    return read


def read_pdf(
    data: bytes, limits: ExtractionLimits, *, inline_pages: int | None
) -> Extraction | ScannedPdf:
    """Text of a PDF, except a scan of more than ``inline_pages`` pages: that comes back as
    a :class:`ScannedPdf` for the caller to OCR in page ranges (``None``: never defer)."""
    inspected = inspect_pdf(data, limits)
    if isinstance(inspected, Extraction):
        return inspected
    if inline_pages is not None and inspected.pages > inline_pages:
        return inspected
    pages = ocr_pages(data, 1, inspected.pages, limits)
    return join_pages(
        pages, total_pages=inspected.pages, limits=limits, warnings=inspected.extraction_warnings()
    )


def inspect_pdf(data: bytes, limits: ExtractionLimits) -> Extraction | ScannedPdf:
    """The text-layer extraction when the PDF has one; else what OCR will face.

    Cheap next to OCR (no image is decoded), so it runs before any page is OCR'd and a
    hostile file (too many pages or images, an image past the pixel limit, a decoding bomb)
    is refused before work starts.
    """
    with _pypdf_errors():
        reader = _open(data, limits)
        warnings = ["PDF was encrypted with an empty password"] if reader.is_encrypted else []
        page_count = len(reader.pages)
        with pdfium_pages.opened(data) as document:
            contents: list[PageContent] = []
            size = 0
            truncated = False
            for number in range(1, page_count + 1):
                if size > limits.max_text_chars:
                    truncated = True
                    warnings.append("pages after the text limit were not read")
                    break
                content = pdfium_pages.text_layer(document, number)
                contents.append(content)
                size += len(content.text)
            images = scanned = 0
            for content in contents:
                if len(content.text.strip()) >= _MIN_TEXT_CHARS_PER_PAGE:
                    continue
                found = sum(1 for _ in _image_names(reader.pages[content.page - 1], limits))
                outlines = not found and _drawn_as_outlines(document, content.page)
                scanned += found > 0 or outlines
                images += found or outlines
                if images > limits.max_pages:
                    raise DocumentTooLarge(
                        f"PDF has more than {limits.max_pages} images to OCR"
                        f" (limit {limits.max_pages})"
                    )
        if scanned:
            return ScannedPdf(
                pages=page_count, images=images, warnings=tuple(warnings), scanned_pages=scanned
            )
        if sum(len(content.text.strip()) for content in contents) >= _MIN_TEXT_CHARS_PER_DOC:
            return build_extraction(
                contents,
                method="pdf-text",
                pages=page_count,
                limits=limits,
                truncated=truncated,
                warnings=tuple(warnings),
            )
        raise UnsupportedDocument("PDF has no text layer and no images to OCR")


def ocr_pages(data: bytes, first: int, last: int, limits: ExtractionLimits) -> list[PageText]:
    """Read pages ``first``..``last`` (1-based, inclusive) of a scanned PDF: a page with a
    text layer from it, a scanned page (or one drawn as text outlines) by OCR of its image.

    A page whose image cannot be decoded comes back with its ``error`` set (see
    :mod:`workflow.documents.pages` for why that does not fail the document); a decoding
    bomb or an oversized image still refuses the whole document.
    """
    with _pypdf_errors():
        reader = _open(data, limits)
        if not 1 <= first <= last <= len(reader.pages):
            raise ValueError(f"pages {first}-{last} are outside 1-{len(reader.pages)}")
        with pdfium_pages.opened(data) as document:
            return [
                _read_page(reader.pages[number - 1], document, number, limits)
                for number in range(first, last + 1)
            ]


def _read_page(page: PageObject, document: Any, number: int, limits: ExtractionLimits) -> PageText:
    try:
        layer = pdfium_pages.text_layer(document, number)
    except CorruptDocument as exc:
        return PageText(page=number, error=exc.message[:300])
    if len(layer.text.strip()) >= _MIN_TEXT_CHARS_PER_PAGE:
        return PageText(
            page=number,
            text=layer.text,
            width=layer.width,
            height=layer.height,
            words=layer.words,
        )
    try:
        has_images = any(True for _ in _image_names(page, limits))
        if not has_images and not _drawn_as_outlines(document, number):
            return PageText(
                page=number,
                text=layer.text,
                width=layer.width,
                height=layer.height,
                words=layer.words,
            )
        image, width, height = pdfium_pages.page_image(document, number, limits.max_pixels)
    except (LimitReachedError, DocumentTooLarge):
        raise
    except CorruptDocument as exc:
        return PageText(page=number, error=exc.message[:300])
    try:
        read = ocr.recognize(image, limits.ocr)
    except (ValueError, OSError) as exc:
        # A fault in reading one page's pixels is that page's, not a malformed PDF's: it
        # must not be reported as "could not be parsed", nor lose the other pages.
        return PageText(page=number, error=f"OCR failed: {exc}"[:300])
    if read.rotation in (90, 270):
        width, height = height, width
    return PageText(
        page=number,
        text=read.text,
        confidence=read.confidence,
        width=width,
        height=height,
        words=read.words,
        rotation=read.rotation,
        warnings=read.warnings,
    )


def _drawn_as_outlines(document: Any, number: int) -> bool:
    """Whether a page without text or images draws enough curves to be text as outlines."""
    drawn = pdfium_pages.objects(document, number)
    return drawn.segments >= pdfium_pages.MIN_OUTLINE_SEGMENTS


def _open(data: bytes, limits: ExtractionLimits) -> PdfReader:
    """A reader over ``data``, decrypted if it only has an empty password, within the page
    limit."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    # Many PDFs are "encrypted" only to set permissions, with an empty user password.
    if reader.is_encrypted and not reader.decrypt(""):
        raise UnsupportedDocument("PDF is encrypted with a password")
    page_count = len(reader.pages)
    if page_count == 0:
        raise CorruptDocument("PDF has no pages")
    if page_count > limits.max_pages:
        raise DocumentTooLarge(f"PDF has {page_count} pages (limit {limits.max_pages})")
    return reader


@contextmanager
def _pypdf_errors() -> Iterator[None]:
    """pypdf under our decoding bounds, its failures turned into ``DocumentError``s."""
    with apply_configuration(**_PYPDF_LIMITS):
        try:
            yield
        except LimitReachedError as exc:
            raise DocumentTooLarge(f"PDF exceeds a decoding limit: {exc}") from exc
        except FileNotDecryptedError as exc:
            raise UnsupportedDocument("PDF is encrypted with a password") from exc
        except _PARSE_FAILURES as exc:
            raise CorruptDocument(f"PDF could not be parsed: {exc or type(exc).__name__}") from exc


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
                f"PDF image {name} has {pixels} pixels (limit {limits.max_pixels}, "
                "DOCPIPE_MAX_PIXELS)"
            )
        yield str(name)
