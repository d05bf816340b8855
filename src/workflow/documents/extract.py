"""Extracting text from a document whose type :func:`~workflow.documents.detect.detect_type`
decided: one extractor per kind, each turning its library's failures into ours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docpipe.errors import UnsupportedDocument
from workflow.documents.types import DocumentType, Extraction, ExtractionLimits

if TYPE_CHECKING:
    from workflow.documents.pdf import ScannedPdf


def extract_text(data: bytes, doc_type: DocumentType, limits: ExtractionLimits) -> Extraction:
    """Text of ``data`` read as ``doc_type``, within ``limits``.

    Raises a ``DocumentError`` subclass for a document that cannot be read
    (``CorruptDocument``, ``UnsupportedDocument``, ``DocumentTooLarge``).
    """
    # Extractors import their libraries (pypdf, python-docx, Pillow, the OCR engine) only
    # when a document of their kind arrives.
    if doc_type.kind == "pdf":
        from workflow.documents.pdf import extract_pdf  # noqa: PLC0415

        return extract_pdf(data, limits)
    if doc_type.kind == "image":
        from workflow.documents.images import extract_image  # noqa: PLC0415

        return extract_image(data, limits)
    if doc_type.kind == "docx":
        from workflow.documents.wordprocessing import extract_docx  # noqa: PLC0415

        return extract_docx(data, limits)
    if doc_type.kind == "html":
        from workflow.documents.textual import extract_html  # noqa: PLC0415

        return extract_html(data, doc_type, limits)
    if doc_type.kind == "text":
        from workflow.documents.textual import extract_plain  # noqa: PLC0415

        return extract_plain(data, doc_type, limits)
    raise UnsupportedDocument(f"no extractor for {doc_type.media_type} ({doc_type.kind})")


def read_document(
    data: bytes, doc_type: DocumentType, limits: ExtractionLimits, *, inline_pages: int
) -> Extraction | ScannedPdf:
    """:func:`extract_text`, except that a scanned PDF of more than ``inline_pages`` pages is
    not OCR'd here: its :class:`~workflow.documents.pdf.ScannedPdf` (every limit already
    checked) comes back for the caller to read in page ranges. Everything else, including a
    PDF with a text layer however long, is extracted at once."""
    if doc_type.kind == "pdf":
        from workflow.documents.pdf import read_pdf  # noqa: PLC0415

        return read_pdf(data, limits, inline_pages=inline_pages)
    return extract_text(data, doc_type, limits)
