"""Per-page OCR results of a scanned PDF, and how they join into one extraction.

A scanned PDF is read page by page: inline for a short one, in page-range chunks spread over
the worker group for a long one (:mod:`workflow.chunks`). Either way each page becomes a
:class:`PageText`, and :func:`join_pages` turns them, in page order, into the document's
:class:`~workflow.documents.types.Extraction`.

**A page that cannot be read does not fail the document.** One damaged image in a 500-page
archive should not throw away the other 499 pages' text: the page is recorded with its
reason, its text is empty, and the extraction lists it (``failedPages``) with a warning that
names it. Only when no page at all yields text does the document fail, as
``corrupt_document`` naming the pages that could not be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from docpipe.errors import CorruptDocument, UnsupportedDocument
from docpipe.layout import Word
from workflow.documents.types import Extraction, ExtractionLimits, PageContent, build_extraction

#: At most this many unreadable pages are named one by one in the warnings.
MAX_NAMED_FAILURES = 20


@dataclass(frozen=True, slots=True)
class PageText:
    """One page's result: its text, words and mean OCR confidence, or why it could not be
    read. It travels through a chunk's stored results, words and all, so the joined
    extraction's layout is the same however the document was read."""

    #: 1-based page number in the document.
    page: int
    text: str = ""
    #: The OCR engine's mean confidence over the text it kept (``None``: no text found, or
    #: the page was read from its text layer).
    confidence: float | None = None
    #: Why the page could not be read; ``None`` for a page that was read.
    error: str | None = None
    #: The page's upright size (PDF points) and its words, boxes as fractions of it.
    width: float = 1.0
    height: float = 1.0
    words: tuple[Word, ...] = ()
    #: Degrees OCR turned the page to read it upright.
    rotation: int = 0
    #: What OCR wants the reader to know (a language that is not installed).
    warnings: tuple[str, ...] = ()

    def content(self) -> PageContent:
        """What this page adds to the extraction (nothing, for a page that was not read)."""
        return PageContent(
            page=self.page,
            text=self.text if self.error is None else "",
            width=self.width,
            height=self.height,
            words=self.words if self.error is None else (),
            rotation=self.rotation,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "text": self.text,
            "confidence": self.confidence,
            "error": self.error,
            "width": self.width,
            "height": self.height,
            "rotation": self.rotation,
            "words": [word.to_json() for word in self.words],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> PageText:
        confidence = raw.get("confidence")
        error = raw.get("error")
        return cls(
            page=int(raw["page"]),
            text=str(raw.get("text") or ""),
            confidence=None if confidence is None else float(confidence),
            error=None if error is None else str(error),
            width=float(raw.get("width", 1.0)),
            height=float(raw.get("height", 1.0)),
            words=tuple(Word.from_json(word) for word in raw.get("words", ())),
            rotation=int(raw.get("rotation", 0)),
            warnings=tuple(str(warning) for warning in raw.get("warnings", ())),
        )


def mean_confidence(pages: Iterable[PageText]) -> float | None:
    """Mean of the pages' confidences (pages without text left out), rounded for display."""
    scores = [page.confidence for page in pages if page.confidence is not None]
    return round(sum(scores) / len(scores), 4) if scores else None


def join_pages(
    pages: Iterable[PageText],
    *,
    total_pages: int,
    limits: ExtractionLimits,
    warnings: tuple[str, ...] = (),
) -> Extraction:
    """The extraction of a scanned PDF from its pages' results, in page order.

    Reading stops once the text limit is passed (the rest is flagged as truncated), so a
    caller that streams ``pages`` from storage holds at most the limit in memory.
    """
    contents: list[PageContent] = []
    read: list[PageText] = []
    failed: list[PageText] = []
    size = 0
    truncated = False
    expected = 1
    for page in pages:
        if page.page != expected:
            raise ValueError(f"page {page.page} arrived where page {expected} was due")
        expected += 1
        if size > limits.max_text_chars:
            truncated = True
            break
        contents.append(page.content())
        if page.error is not None:
            failed.append(page)
            continue
        read.append(page)
        size += len(page.text)
    notes = list(warnings)
    for page in read:
        notes.extend(warning for warning in page.warnings if warning not in notes)
    if truncated:
        notes.append("pages after the text limit were not read")
    notes.extend(_failure_warnings(failed))
    extraction = build_extraction(
        contents,
        method="pdf-ocr",
        pages=total_pages,
        limits=limits,
        truncated=truncated,
        warnings=tuple(notes),
    )
    if not extraction.text:
        if failed:
            raise CorruptDocument(
                f"no page of the PDF could be read by OCR; {_failure_warnings(failed)[0]}"
            )
        raise UnsupportedDocument("PDF has no text layer and OCR found no text in its images")
    return extraction.with_pages(
        failed_pages=tuple(page.page for page in failed),
        confidence=mean_confidence(read),
    )


def _failure_warnings(failed: list[PageText]) -> list[str]:
    named = [f"page {page.page} could not be read: {page.error}" for page in failed]
    if len(named) > MAX_NAMED_FAILURES:
        rest = len(named) - MAX_NAMED_FAILURES
        named = [*named[:MAX_NAMED_FAILURES], f"{rest} more pages could not be read"]
    return named
