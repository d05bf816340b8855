"""The text as it reads on the page, and where each piece of it was printed.

Text layers and OCR give words with boxes; the extraction's text flattens them, often one
drawn string per line, so a form's label and its value (side by side on the page) or a table's
cells (a row on the page) end up on separate lines. :func:`reading_text` rebuilds the page's
lines from the layout's words instead: words of one line in left-to-right order, a single
space between words of one phrase and two where the gap is wider than a few characters (a
table cell or a form's value column, as the text extractors lay tables out). Every piece of
that text remembers its page and box, so a value found in it cites exactly the words that
printed it. Pages without words (plain text, HTML, DOCX) keep their extraction text and cite
their page without a box.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docpipe.layout import BBox, Layout, PageLayout, Word

#: A gap wider than this many average character widths separates cells, not words.
_CELL_GAP_CHARS = 1.6


@dataclass(frozen=True, slots=True)
class Piece:
    """``text[start:end]`` of a reading text: one word (with its box) or a page's text."""

    start: int
    end: int
    page: int
    bbox: BBox | None


@dataclass(frozen=True, slots=True)
class ReadingText:
    text: str
    pieces: tuple[Piece, ...]
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts.extend(piece.start for piece in self.pieces)

    def evidence(self, start: int, end: int) -> dict[str, Any]:
        """``{page, text, bbox}`` of ``text[start:end]``: the page it starts on and the box
        around its words there (fractions of the page; ``None`` without geometry)."""
        printed = " ".join(self.text[start:end].split())[:200]
        if not self.pieces:
            return {"page": 1, "text": printed, "bbox": None}
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        page = self.pieces[first].page
        boxes: list[BBox] = []
        for piece in self.pieces[first:]:
            if piece.start >= end:
                break
            if piece.page == page and piece.end > start and piece.bbox is not None:
                boxes.append(piece.bbox)
        if not boxes:
            return {"page": page, "text": printed, "bbox": None}
        bbox = [
            round(min(b[0] for b in boxes), 5),
            round(min(b[1] for b in boxes), 5),
            round(max(b[2] for b in boxes), 5),
            round(max(b[3] for b in boxes), 5),
        ]
        return {"page": page, "text": printed, "bbox": bbox}


def reading_text(text: str, layout: Layout | None) -> ReadingText:
    """``text`` read line by line as the pages print it (see the module's docstring)."""
    if layout is None or not layout.pages:
        return ReadingText(text, (Piece(0, len(text), 1, None),))
    parts: list[str] = []
    pieces: list[Piece] = []
    at = 0
    for page in layout.pages:
        if page.words:
            for line in _lines(page):
                for index, word in enumerate(line):
                    if index:
                        gap = "  " if _is_cell_gap(line[index - 1], word) else " "
                        parts.append(gap)
                        at += len(gap)
                    pieces.append(Piece(at, at + len(word.text), page.page, word.bbox))
                    parts.append(word.text)
                    at += len(word.text)
                parts.append("\n")
                at += 1
        else:
            own = text[page.text_start : page.text_end]
            pieces.append(Piece(at, at + len(own), page.page, None))
            parts.append(own + "\n")
            at += len(own) + 1
        parts.append("\n")  # pages end paragraphs
        at += 1
    return ReadingText("".join(parts), tuple(pieces))


def _lines(page: PageLayout) -> list[list[Word]]:
    by_line: dict[int, list[Word]] = defaultdict(list)
    for word in page.words:
        by_line[word.line].append(word)
    return [sorted(by_line[line], key=lambda w: w.bbox[0]) for line in sorted(by_line)]


def _is_cell_gap(before: Word, after: Word) -> bool:
    width = (before.bbox[2] - before.bbox[0]) / max(1, len(before.text))
    return after.bbox[0] - before.bbox[2] > _CELL_GAP_CHARS * width
