"""DOCX text via python-docx: body paragraphs and tables in document order, then headers
and footers.

The ZIP container's declared sizes are checked before python-docx inflates anything
(:mod:`workflow.documents.ziputil`). python-docx parses parts with lxml with entity
resolution off, so an XML entity bomb inside the package does not expand.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table

from docpipe.errors import CorruptDocument, UnsupportedDocument
from workflow.documents.stacked import side_by_side
from workflow.documents.types import Extraction, ExtractionLimits, build_extraction
from workflow.documents.ziputil import ZIP_OPEN_FAILURES, ZIP_READ_FAILURES, check_budget

#: What python-docx raises on a package that is a ZIP but not a sound DOCX (a missing part
#: is a ``KeyError``, broken XML an lxml ``XMLSyntaxError``, itself a ``SyntaxError``).
_PACKAGE_FAILURES: tuple[type[Exception], ...] = (
    *ZIP_READ_FAILURES,
    PackageNotFoundError,
    KeyError,
    SyntaxError,
    AttributeError,
    TypeError,
    IndexError,
)


def extract_docx(data: bytes, limits: ExtractionLimits) -> Extraction:
    """Text of a Word document, refusing decompression bombs before parsing."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_budget(archive, max_total_bytes=limits.max_unzipped_bytes)
    except ZIP_OPEN_FAILURES as exc:
        raise CorruptDocument(f"damaged DOCX container: {exc}") from exc
    try:
        document = docx.Document(io.BytesIO(data))
        parts = list(_document_text(document, limits.max_text_chars))
    except ValueError as exc:
        if "is not a Word file" in str(exc):
            raise UnsupportedDocument(f"not a Word document: {exc}") from exc
        raise CorruptDocument(f"DOCX could not be parsed: {exc}") from exc
    except _PACKAGE_FAILURES as exc:
        raise CorruptDocument(f"DOCX could not be parsed: {exc or type(exc).__name__}") from exc
    return build_extraction(["\n".join(parts)], method="docx", pages=1, limits=limits)


def _document_text(document: Any, max_chars: int) -> Iterator[str]:
    """Paragraphs and table rows in body order, then distinct header/footer lines; stops
    once ``max_chars`` is passed (the caller truncates exactly)."""
    size = 0
    for block in document.iter_inner_content():
        lines = list(_table_rows(block)) if isinstance(block, Table) else [block.text]
        for line in lines:
            yield line
            size += len(line) + 1
        if size > max_chars:
            return
    seen: set[str] = set()
    for section in document.sections:
        for part in (section.header, section.footer):
            # A letterhead's or footer's table too (bank details, registration, address in
            # three columns), not only its paragraphs.
            for block in part.iter_inner_content():
                rows = list(_table_rows(block)) if isinstance(block, Table) else [block.text]
                for line in rows:
                    text = line.strip()
                    if text and text not in seen:
                        seen.add(text)
                        yield text


def _table_rows(table: Any) -> Iterator[str]:
    """One line per row, cells separated by tabs, or, where two or more cells hold several
    paragraphs (a label column beside its values), one line per paragraph across the cells
    (:mod:`workflow.documents.stacked`); a merged cell repeats in python-docx (the same
    element under each grid column it spans), so a repeat of the element is dropped, never a
    neighbour that merely holds the same text (a unit price equal to its row's amount, two
    empty cells)."""
    for row in table.rows:
        cells: list[list[str]] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # python-docx's element: a merged cell repeats it
                continue
            previous = cell._tc
            cells.append([" ".join(line.split()) for line in cell.text.split("\n") if line.strip()])
        stacked = side_by_side(cells)
        for line in stacked or [[" ".join(lines) for lines in cells]]:
            yield "\t".join(line)
