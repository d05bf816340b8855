"""The small records that cross the document seam: what a document is, how far we may go
reading it, and what came out.

They are frozen and JSON-friendly because the pipeline checkpoints them (or their stats).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from docpipe.layout import Layout, PageLayout, Word
from docpipe.settings import (
    DEFAULT_MAX_PIXELS,
    DEFAULT_MAX_UNZIPPED_BYTES,
    OcrEngine,
    Settings,
)

#: The families of documents we can read; each has one extractor.
type DocumentKind = Literal["pdf", "image", "docx", "text", "html"]

#: How the text was obtained, recorded with every extraction.
type ExtractionMethod = Literal["pdf-text", "pdf-ocr", "ocr", "docx", "text", "html"]


@dataclass(frozen=True, slots=True)
class DocumentType:
    """A document's type as decided from its bytes: an IANA media type and the extractor kind."""

    media_type: str
    kind: DocumentKind

    def to_dict(self) -> dict[str, str]:
        return {"mediaType": self.media_type, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """Which engine reads scanned pages, in which languages (Tesseract's codes: ``eng``)."""

    engine: OcrEngine = "tesseract"
    languages: tuple[str, ...] = ("eng",)


@dataclass(frozen=True, slots=True)
class ExtractionLimits:
    """Resource bounds for one extraction; exceeding a hard bound raises ``DocumentTooLarge``,
    exceeding ``max_text_chars`` truncates the text and says so."""

    max_pages: int
    max_text_chars: int
    max_pixels: int = DEFAULT_MAX_PIXELS
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES
    #: How scanned pages are read (not a bound, but every extraction needs it where the
    #: bounds go).
    ocr: OcrOptions = OcrOptions()

    @classmethod
    def from_settings(cls, settings: Settings) -> ExtractionLimits:
        return cls(
            max_pages=settings.max_pages,
            max_text_chars=settings.max_text_chars,
            max_pixels=settings.max_pixels,
            max_unzipped_bytes=settings.max_unzipped_bytes,
            ocr=OcrOptions(engine=settings.ocr_engine, languages=settings.ocr_languages),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """Text pulled out of a document, with the facts a reader of the result needs to trust it."""

    text: str
    method: ExtractionMethod
    #: Pages (PDF), images (OCR) or 1 for single-flow formats (DOCX, text, HTML).
    pages: int
    words: int
    chars: int
    #: True when the text was cut at ``max_text_chars`` or pages were skipped.
    truncated: bool
    warnings: tuple[str, ...] = ()
    #: OCR'd PDFs: pages that could not be read (their text is missing; see ``warnings``).
    failed_pages: tuple[int, ...] = ()
    #: OCR'd PDFs: the engine's mean confidence over the pages it read.
    confidence: float | None = None
    #: Where the text sits on the pages (``None``: one page, no geometry).
    layout: Layout | None = None

    @property
    def page_layout(self) -> Layout:
        """The layout, or one page without geometry when the extractor gave none."""
        return self.layout if self.layout is not None else Layout.single_page(self.text)

    def with_pages(self, *, failed_pages: tuple[int, ...], confidence: float | None) -> Extraction:
        """This extraction with the per-page OCR facts attached."""
        return replace(self, failed_pages=failed_pages, confidence=confidence)

    def stats(self) -> dict[str, Any]:
        """Everything but the text, JSON-safe: small enough for a checkpoint."""
        stats: dict[str, Any] = {
            "method": self.method,
            "pages": self.pages,
            "words": self.words,
            "chars": self.chars,
            "truncated": self.truncated,
            "warnings": list(self.warnings),
        }
        if self.method == "pdf-ocr":
            stats["failedPages"] = list(self.failed_pages)
            stats["confidence"] = self.confidence
        return stats


@dataclass(frozen=True, slots=True)
class PageContent:
    """What one page gave: its text and, where the format has geometry, its words.

    ``width``/``height`` are the page's size in its own units, upright (after any turn of
    ``rotation`` degrees OCR made to read it)."""

    #: 1-based page number in the document.
    page: int
    text: str
    width: float = 1.0
    height: float = 1.0
    words: tuple[Word, ...] = ()
    rotation: int = 0


def build_extraction(
    parts: Sequence[str] | Sequence[PageContent],
    *,
    method: ExtractionMethod,
    pages: int,
    limits: ExtractionLimits,
    truncated: bool = False,
    warnings: tuple[str, ...] = (),
) -> Extraction:
    """Join extracted parts, tidy whitespace, and cut at the text limit (flagging the cut).

    Parts given as :class:`PageContent` also give the extraction its :class:`Layout`: each
    page's span is computed on the final text (tidied, joined, cut), so
    ``text[page.text_start:page.text_end]`` is exactly what that page contributed.
    """
    tidied = [_tidy(part.text if isinstance(part, PageContent) else part) for part in parts]
    text_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    size = 0
    for part in tidied:
        if part:
            if text_parts:
                size += 2  # the blank line between parts
            text_parts.append(part)
            spans.append((size, size + len(part)))
            size += len(part)
        else:
            spans.append((size, size))
    text = "\n\n".join(text_parts)
    if len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
        truncated = True
        warnings = (*warnings, f"text cut at {limits.max_text_chars} characters")
    layout = None
    if parts and all(isinstance(part, PageContent) for part in parts):
        end = len(text)
        layout = Layout(
            tuple(
                PageLayout(
                    page=part.page,
                    width=part.width,
                    height=part.height,
                    text_start=min(start, end),
                    text_end=min(stop, end),
                    words=part.words,
                    rotation=part.rotation,
                )
                for part, (start, stop) in zip(parts, spans, strict=True)
                if isinstance(part, PageContent)
            )
        )
    return Extraction(
        text=text,
        method=method,
        pages=pages,
        words=len(text.split()),
        chars=len(text),
        truncated=truncated,
        warnings=warnings,
        layout=layout,
    )


def _tidy(text: str) -> str:
    """Normalise line endings, strip trailing spaces and collapse runs of blank lines (so a
    tidied text tidies to itself, and tidied parts joined by a blank line stay as they are)."""
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    blank = 0
    for line in lines:
        blank = blank + 1 if not line else 0
        if blank <= 1:
            out.append(line)
    return "\n".join(out).strip()
