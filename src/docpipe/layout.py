"""Where the text of a document sits on its pages: the records extraction fills and analysis
reads to cite where a value came from.

Every extractor returns, beside the text, one :class:`PageLayout` per page: the slice of the
text that page produced (``text_start``/``text_end``, offsets into the extraction's text, so
any match in the text maps back to a page) and, where the format has geometry (PDF text
layers, OCR), every word with its box and confidence. Formats without geometry (plain text,
HTML, DOCX) have one page with no words; their evidence carries a page and no box.

A page with words has its text built from them (``workflow.documents.lines``): lines in
reading order, words one space apart, columns and table cells two; so the page's
whitespace-separated tokens, ``text[text_start:text_end].split()``, are its words in order
(unless the text limit cut the page short).

Boxes are ``(x0, y0, x1, y1)`` as fractions of the page (0..1), origin top left, in the
page's upright orientation (after any rotation OCR corrected), so they mean the same whatever
the resolution the page was rendered or scanned at.

The layout is written beside ``text.txt`` as ``layout.json`` (see :func:`Layout.to_json`);
checkpoints hold its key, never the layout itself.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from typing import Any

#: A box as fractions of the page: left, top, right, bottom.
type BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Word:
    """One word on a page, as the text layer or the OCR engine gave it."""

    text: str
    bbox: BBox
    #: The OCR engine's confidence, 0..1; ``None`` for a text layer (it is what the file says).
    confidence: float | None = None
    #: The word's line on its page (0-based, in reading order): words of one line share it.
    line: int = 0

    def to_json(self) -> list[Any]:
        """Compact: ``[text, x0, y0, x1, y1, confidence, line]`` (a page holds hundreds)."""
        x0, y0, x1, y1 = self.bbox
        confidence = None if self.confidence is None else round(self.confidence, 3)
        box = [round(x0, 5), round(y0, 5), round(x1, 5), round(y1, 5)]
        return [self.text, *box, confidence, self.line]

    @classmethod
    def from_json(cls, raw: list[Any]) -> Word:
        text, x0, y0, x1, y1, confidence, line = raw
        return cls(
            text=str(text),
            bbox=(float(x0), float(y0), float(x1), float(y1)),
            confidence=None if confidence is None else float(confidence),
            line=int(line),
        )


@dataclass(frozen=True, slots=True)
class PageLayout:
    """One page: its size, the span of the extraction's text it produced, and its words."""

    #: 1-based page number in the document.
    page: int
    #: The page's size in its own units (PDF points, image pixels); boxes are fractions of it.
    width: float
    height: float
    #: ``text[text_start:text_end]`` is what this page contributed to the extraction's text.
    text_start: int
    text_end: int
    words: tuple[Word, ...] = ()
    #: Degrees (0, 90, 180, 270) the page was turned to read it upright; skew is not counted.
    rotation: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "width": self.width,
            "height": self.height,
            "textStart": self.text_start,
            "textEnd": self.text_end,
            "rotation": self.rotation,
            "words": [word.to_json() for word in self.words],
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> PageLayout:
        return cls(
            page=int(raw["page"]),
            width=float(raw["width"]),
            height=float(raw["height"]),
            text_start=int(raw["textStart"]),
            text_end=int(raw["textEnd"]),
            rotation=int(raw.get("rotation", 0)),
            words=tuple(Word.from_json(word) for word in raw.get("words", ())),
        )


@dataclass(frozen=True, slots=True)
class Layout:
    """The pages of one extraction, in order."""

    pages: tuple[PageLayout, ...] = ()
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts.extend(page.text_start for page in self.pages)

    @classmethod
    def single_page(cls, text: str) -> Layout:
        """A format without pages or geometry (text, HTML, DOCX): one page, no words."""
        return cls((PageLayout(page=1, width=1.0, height=1.0, text_start=0, text_end=len(text)),))

    def page_at(self, offset: int) -> int:
        """The 1-based page whose text holds ``offset`` (1 when there is no layout)."""
        if not self.pages:
            return 1
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.pages[index].page

    @property
    def has_geometry(self) -> bool:
        return any(page.words for page in self.pages)

    def to_json(self) -> bytes:
        return json.dumps(
            {"version": 1, "pages": [page.to_json() for page in self.pages]},
            separators=(",", ":"),
        ).encode()

    @classmethod
    def from_json(cls, data: bytes | str) -> Layout:
        raw = json.loads(data)
        return cls(tuple(PageLayout.from_json(page) for page in raw.get("pages", ())))


__all__ = ["BBox", "Layout", "PageLayout", "Word"]
