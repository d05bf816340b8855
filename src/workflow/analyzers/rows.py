"""Rows of cells, the shape tables are read from, built from either source a document offers.

- **Text lines.** Every extractor lays a table row out as one line with its cells separated
  by a tab (DOCX, tab-separated text), a table rule (Markdown) or two or more spaces
  (aligned plain text, HTML, PDF text layers). In space-aligned lines a cell's character
  columns say which column it sits in; in tab- or rule-separated lines the separators
  before it do (an empty cell still takes its column), so a cell's position is its column's
  index there.
- **Word boxes.** Where the page has geometry (PDF text layers, OCR) words are grouped into
  visual rows by their vertical position and cut into cells where the gap between two words
  is wider than a couple of characters, so a scanned table that OCR turned into single-spaced
  text still has its columns; cell positions are fractions of the page width, and every row
  carries its box.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass

from docpipe.layout import BBox, PageLayout, Word
from workflow.analyzers.paging import PagedText

#: Tab, two or more spaces, or a table rule: what separates cells in a text line.
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*|[ ]{2,}|[ \t]*[|│][ \t]*")
#: One separator of a tab- or rule-separated line (each one starts a column).
_SEPARATOR = re.compile(r"\t|[|│]")
#: A line break written into a Markdown table's cell.
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
#: Width of a column-index cell: cells in one column overlap, neighbours never do.
_INDEX_WIDTH = 0.9
#: Words further apart than this many characters' widths stand in different cells.
_CELL_GAP_CHARS = 1.6
#: Rows further apart than this many of the page's usual line steps have a blank line between.
_BLANK_LINE_PITCHES = 1.6


# Not frozen: a long document makes one of each per line, and frozen records cost twice as
# much to build; nothing changes them after they are made.
@dataclass(slots=True)
class Cell:
    """A table cell's text and where it sits across the row (character columns or page
    fractions, whichever the row counts in)."""

    text: str
    x0: float
    x1: float


@dataclass(slots=True)
class Row:
    """One line of a page, cut into cells."""

    cells: tuple[Cell, ...]
    page: int
    #: The row as it stands on the page.
    text: str
    #: Offsets of the row in the analysed text; -1 for a row read from word boxes.
    start: int
    end: int
    #: The row's box on the page; ``None`` without geometry.
    bbox: BBox | None
    #: Cell positions say which column a cell is in (aligned text, word boxes), not only its
    #: order (tab-separated cells).
    positional: bool
    #: A blank line (or a wide vertical gap) separates it from the row above.
    gap_before: bool


def text_rows(paged: PagedText, start: int = 0, end: int | None = None) -> Iterator[Row]:
    """Every non-blank line of ``paged.text[start:end]`` as a row, in order; linear in the
    length read."""
    blank = False
    offset = start
    single = len(paged.pages) == 1
    page = paged.pages[0].page
    for line in paged.text[start:end].splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        stripped = line.rstrip("\r\n")
        if not stripped.strip():
            blank = True
            continue
        cells = tuple(_split_cells(stripped))
        yield Row(
            cells,
            page if single else paged.span_at(line_start).page,
            cells[0].text if len(cells) == 1 else "  ".join(cell.text for cell in cells),
            line_start,
            line_start + len(stripped),
            None,
            True,
            blank,
        )
        blank = False


def _split_cells(line: str) -> Iterator[Cell]:
    if "\t" in line or (("|" in line or "│" in line) and line.lstrip()[:1] in "|│"):
        yield from _indexed_cells(line)
        return
    if "  " not in line and "|" not in line and "│" not in line:
        stripped = line.strip()  # most lines are prose: one cell, no pattern run
        lead = len(line) - len(line.lstrip())
        yield Cell(stripped, float(lead), float(lead + len(stripped)))
        return
    position = 0
    for gap in _CELL_GAP.finditer(line):
        if gap.start() > position:
            yield _cell(line, position, gap.start())
        position = gap.end()
    if position < len(line.rstrip()):
        yield _cell(line, position, len(line.rstrip()))


def _indexed_cells(line: str) -> Iterator[Cell]:
    """The cells of a tab- or rule-separated line, each at its column's index (a Markdown
    row's leading rule opens the first column)."""
    body = line.strip(" ")
    if body[:1] in "|│":
        body = body[1:]
    for column, part in enumerate(_SEPARATOR.split(body.rstrip(" |│"))):
        text = " ".join(_LINE_BREAK.sub(" ", part).split())
        if text:
            yield Cell(text, float(column), column + _INDEX_WIDTH)


def _cell(line: str, start: int, end: int) -> Cell:
    raw = line[start:end]
    lead = len(raw) - len(raw.lstrip())
    return Cell(" ".join(raw.split()), float(start + lead), float(start + len(raw.rstrip())))


def word_rows(layout: PageLayout) -> list[Row]:
    """The page's words as visual rows, in reading order, each cut into cells at wide gaps:
    the extraction's own lines (:mod:`workflow.documents.lines` chains a tilted line and
    reads two pages printed side by side one after the other), else rows by height."""
    if not layout.words:
        return []
    height = statistics.median(w.bbox[3] - w.bbox[1] for w in layout.words) or 0.01
    lines = _extracted_lines(layout.words, height) or _lines_by_height(layout.words, height)
    boxes = [_union([w.bbox for w in line]) for line in lines]
    # A blank line is a step from one row to the next well over the page's usual line pitch
    # (OCR'd pages are often set wide: a plain step is more than a line's height).
    steps = [b[1] - a[1] for a, b in itertools.pairwise(boxes)]
    pitch = statistics.median(steps) if steps else height
    rows: list[Row] = []
    for index, (line, box) in enumerate(zip(lines, boxes, strict=True)):
        cells = tuple(_word_cells(line))
        gap = index > 0 and steps[index - 1] > pitch * _BLANK_LINE_PITCHES
        rows.append(
            Row(
                cells=cells,
                page=layout.page,
                text="  ".join(cell.text for cell in cells),
                start=-1,
                end=-1,
                bbox=box,
                positional=True,
                gap_before=gap,
            )
        )
    return rows


def _extracted_lines(words: tuple[Word, ...], height: float) -> list[list[Word]] | None:
    """The words grouped by their ``line``, or ``None`` when the layout numbers no lines (one
    "line" running down the page)."""
    lines = [list(run) for _, run in itertools.groupby(words, key=lambda w: w.line)]
    if len(lines) == 1 and max(w.bbox[3] for w in words) - min(w.bbox[1] for w in words) > (
        2 * height
    ):
        return None
    return lines


def _lines_by_height(words: tuple[Word, ...], height: float) -> list[list[Word]]:
    """Words at one height (within half a word's height) as one line, top to bottom."""
    lines: list[list[Word]] = []
    centre = -1.0
    for word in sorted(words, key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0])):
        middle = (word.bbox[1] + word.bbox[3]) / 2
        if lines and abs(middle - centre) <= height * 0.5:
            lines[-1].append(word)
        else:
            lines.append([word])
            centre = middle
    for line in lines:
        line.sort(key=lambda w: w.bbox[0])
    return lines


def _word_cells(line: list[Word]) -> Iterator[Cell]:
    widths = [(w.bbox[2] - w.bbox[0]) / max(1, len(w.text)) for w in line]
    char = statistics.median(widths) if widths else 0.0
    group: list[Word] = [line[0]]
    for previous, word in itertools.pairwise(line):
        if word.bbox[0] - previous.bbox[2] > char * _CELL_GAP_CHARS:
            yield _word_cell(group)
            group = []
        group.append(word)
    yield _word_cell(group)


def _word_cell(words: list[Word]) -> Cell:
    box = _union([w.bbox for w in words])
    return Cell(" ".join(w.text for w in words), box[0], box[2])


def _union(boxes: list[BBox]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def union_box(boxes: list[BBox]) -> BBox | None:
    """The box around ``boxes`` (``None`` for none)."""
    return _union(boxes) if boxes else None


__all__ = ["Cell", "Row", "text_rows", "union_box", "word_rows"]
