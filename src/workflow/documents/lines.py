"""A page's words (with boxes) into the page's text: lines in reading order.

Every source of words with geometry (a PDF text layer, every OCR engine) goes through
:func:`page_text`, so text reads the same whatever produced it:

* one line of text per visual line, top to bottom; a word joins the line it continues, at
  its height (so the two columns of a two-column page, or a table's cells, share a line
  when they sit side by side), except on a landscape sheet holding two pages side by side
  (:mod:`workflow.documents.gutter`), read left page first;
* words on a line left to right, one space apart, or **two** spaces where the gap is wider
  than a word space (a column, a table cell, a label and its value);
* the returned words are in the same order as the text's words, each with its line index:
  the *n*-th whitespace-separated token of the page's text is the *n*-th word.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from docpipe.layout import BBox, Word
from workflow.documents.gutter import halves

#: A gap wider than this many of the line's average character widths is a column or cell
#: gap, not a space (a space is ~0.5 of a character in proportional type, ~1.2 in monospace).
_COLUMN_GAP = 1.7
#: A word continues a line when its centre is within this share of a height of the line's
#: last word's centre (lines are ~1.2 heights apart).
_SAME_LINE = 0.5
#: An OCR engine sometimes splits a number or reference where its glyphs sit apart
#: (monospace type above all: "3." "49", "-39," "701.37", "CN-2026" "-3313"); OCR'd pieces
#: closer than this many character widths (measured: splits 0.8-0.96, word spaces in
#: monospace 1.1-1.5, in proportional type ~0.5 but no split rule fits prose) that fit one
#: of :data:`_SPLIT_NUMBERS` are one token again. A text layer's words are what the file
#: says, and "2, 2026" (a date) fits none: neither is glued.
_NUMBER_GAP = 1.02
#: (how the left piece ends, how the right piece starts) for the splits above.
_SPLIT_NUMBERS = (
    (re.compile(r"\d\.$"), re.compile(r"^\d\d\)?$")),
    (re.compile(r"\d$"), re.compile(r"^\.\d\d\)?$")),
    (re.compile(r"\d,$"), re.compile(r"^\d{3}(?:[.,]\d+)*\)?$")),
    (re.compile(r"[A-Za-z0-9]-$"), re.compile(r"^\d")),
    (re.compile(r"[A-Za-z0-9]$"), re.compile(r"^-\d")),
)
#: A minus or hyphen read on its own is glued to the number after it first, so that
#: "REF" "-" "2024-9480" becomes "REF-2024-9480" (and "-" "48806" a negative amount).
_LONE_DASH = ((re.compile(r"^-$"), re.compile(r"^\d")),)


def page_text(words: Iterable[Word], width: float, height: float) -> tuple[str, tuple[Word, ...]]:
    """The page's text and its words in text order (each with its ``line``).

    ``width``/``height`` are the page's size (any unit): boxes are fractions of it, and
    horizontal gaps are compared with vertical heights in the page's own units.

    Lines are chained left to right: a word joins the line whose last word ends before it
    and sits at its height, so a line that tilts (a photo taken at an angle, a page deskewed
    imperfectly) stays one line across the page.
    """
    kept = [w for w in (_clean(word) for word in words) if w is not None]
    # Two pages printed side by side on one landscape sheet are read one after the other.
    blocks = halves(kept, landscape=width > height)
    lines = _joined_labels([line for block in blocks for line in _chained(block)])
    texts: list[str] = []
    ordered: list[Word] = []
    for number, found in enumerate(lines):
        line = _glue_numbers(found)
        char_width = _char_width(line)
        parts: list[str] = []
        right = 0.0  # a wrapped label's end starts left of its first words' end
        for position, word in enumerate(line):
            if position:
                gap = word.bbox[0] - right
                parts.append("  " if gap > _COLUMN_GAP * char_width else " ")
            right = max(right, word.bbox[2]) if position else word.bbox[2]
            parts.append(word.text)
            ordered.append(replace(word, line=number))
        texts.append("".join(parts))
    return "\n".join(texts), tuple(ordered)


def _chained(words: list[Word]) -> list[list[Word]]:
    """The words as lines, top to bottom, each left to right (see :func:`page_text`)."""
    words.sort(key=lambda w: (w.bbox[0], _centre_y(w)))
    lines: list[list[Word]] = []
    for word in words:
        centre, tall = _centre_y(word), _height(word)
        best: list[Word] | None = None
        best_distance = 0.0
        for line in lines:
            last = line[-1]
            if last.bbox[2] > word.bbox[0] + 0.25 * (last.bbox[2] - last.bbox[0]):
                continue  # the line already reaches past this word's start
            distance = abs(centre - _centre_y(last))
            if distance <= _SAME_LINE * max(tall, _height(last)) and (
                best is None or distance < best_distance
            ):
                best, best_distance = line, distance
        if best is None:
            lines.append([word])
        else:
            best.append(word)
    lines.sort(key=lambda line: statistics.median(_centre_y(w) for w in line))
    return lines


def _joined_labels(lines: list[list[Word]]) -> list[list[Word]]:
    """The lines with a row of labels a narrow column wrapped ("Invoice" over "Number",
    "Nº de" over "factura") read as one row, each label whole in its cell, when the row of
    values under it has one cell per label (see :func:`_wrapped`)."""
    joined: list[list[Word]] = []
    index = 0
    while index < len(lines):
        if index + 2 < len(lines) and _wrapped(*lines[index : index + 3]):
            joined.append(_merged(_cells(lines[index]), _cells(lines[index + 1])))
            index += 2
        else:
            joined.append(lines[index])
            index += 1
    return joined


def _wrapped(labels: list[Word], tails: list[Word], values: list[Word]) -> bool:
    """Whether ``tails`` ends labels of the row above: both hold words only, it sits tight
    under them at their size, each of its cells under one label (aligned at its left or its
    centre), and the next row holds one value per label, figures in two or more."""
    if any(re.search(r"\d", word.text) for word in (*labels, *tails)):
        return False
    heads, ends, row = _cells(labels), _cells(tails), _cells(values)
    tall = statistics.median(_height(w) for w in labels)
    below = statistics.median(_height(w) for w in tails)
    gap = min(w.bbox[1] for w in tails) - max(w.bbox[3] for w in labels)
    if len(heads) < 2 or len(row) != len(heads) or not 0.75 <= below / tall <= 1.33:
        return False
    drop = min(w.bbox[1] for w in values) - max(w.bbox[3] for w in tails)
    # Each row below the one before (lines of the two halves of a landscape sheet are not).
    if not -0.5 * tall <= gap <= 0.5 * tall or not -0.5 * tall <= drop <= 3 * tall:
        return False
    if sum(any(re.search(r"\d", w.text) for w in cell) for cell in row) < 2:
        return False
    width = _char_width(labels)
    right = max(w.bbox[2] for w in (*labels, *tails, *values))
    return all(_wraps_one(end, heads, width, right) for end in ends)


def _wraps_one(end: list[Word], heads: list[list[Word]], width: float, right: float) -> bool:
    """Whether the cell ``end`` continues exactly one of ``heads``: it stands under it,
    aligned at its left or its centre, and its first word would not have fitted after it
    before the next label's column (so the line broke there; two addresses side by side,
    "Bill to" over a name, have the room)."""
    x0, x1 = end[0].bbox[0], end[-1].bbox[2]
    over = [k for k, h in enumerate(heads) if min(x1, h[-1].bbox[2]) > max(x0, h[0].bbox[0])]
    if len(over) != 1:
        return False
    head = heads[over[0]]
    h0, h1 = head[0].bbox[0], head[-1].bbox[2]
    if abs(x0 - h0) > 1.5 * width and abs((x0 + x1) - (h0 + h1)) > 3 * width:
        return False
    room = heads[over[0] + 1][0].bbox[0] if over[0] + 1 < len(heads) else right
    first = end[0].bbox[2] - end[0].bbox[0]
    return h1 + 0.5 * width + first > room - _COLUMN_GAP * width


def _merged(heads: list[list[Word]], ends: list[list[Word]]) -> list[Word]:
    """One line: each label's words followed by the words that end it."""
    line: list[Word] = []
    for head in heads:
        line.extend(head)
        line.extend(w for end in ends if _overlaps(end, head) for w in end)
    return line


def _overlaps(end: list[Word], head: list[Word]) -> bool:
    return min(end[-1].bbox[2], head[-1].bbox[2]) > max(end[0].bbox[0], head[0].bbox[0])


def _cells(line: list[Word]) -> list[list[Word]]:
    """The line's words grouped in cells, split where the gap is a column's."""
    width = _char_width(line)
    cells = [[line[0]]]
    for before, word in pairwise(line):
        if word.bbox[0] - before.bbox[2] > _COLUMN_GAP * width:
            cells.append([word])
        else:
            cells[-1].append(word)
    return cells


def _char_width(line: list[Word]) -> float:
    """The line's average character width (fraction of the page's width)."""
    chars = sum(len(word.text) for word in line)
    return sum(word.bbox[2] - word.bbox[0] for word in line) / chars if chars else 0.0


def _glue_numbers(line: list[Word]) -> list[Word]:
    """The line with numbers and references OCR split joined again."""
    return _glued(_glued(line, _LONE_DASH), _SPLIT_NUMBERS)


def _glued(
    line: list[Word], rules: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
) -> list[Word]:
    glued: list[Word] = []
    for word in line:
        if glued:
            last = glued[-1]
            width = _char_width([last, word])
            if (
                last.confidence is not None
                and word.confidence is not None
                and word.bbox[0] - last.bbox[2] < _NUMBER_GAP * width
                and any(head.search(last.text) and tail.search(word.text) for head, tail in rules)
            ):
                glued[-1] = _joined(last, word)
                continue
        glued.append(word)
    return glued


def _joined(left: Word, right: Word) -> Word:
    scores = [s for s in (left.confidence, right.confidence) if s is not None]
    return Word(
        left.text + right.text,
        (
            left.bbox[0],
            min(left.bbox[1], right.bbox[1]),
            right.bbox[2],
            max(left.bbox[3], right.bbox[3]),
        ),
        min(scores) if scores else None,
    )


def split_box(text: str, bbox: BBox, confidence: float | None) -> list[Word]:
    """Words of a run of text whose box is known only as a whole (an OCR engine that
    reads line segments): each word gets a share of the width in proportion to its
    characters."""
    tokens = text.split()
    if not tokens:
        return []
    x0, y0, x1, y1 = bbox
    total = sum(len(token) for token in tokens) + len(tokens) - 1
    step = (x1 - x0) / total if total else 0.0
    words = []
    start = 0
    for token in tokens:
        left = x0 + start * step
        words.append(Word(token, (left, y0, left + len(token) * step, y1), confidence))
        start += len(token) + 1
    return words


def _clean(word: Word) -> Word | None:
    """The word with control characters and inner whitespace removed (the text's tokens
    must be the words), or ``None`` when nothing is left."""
    text = "".join(ch for ch in word.text if ch.isprintable() and not ch.isspace())
    if not text:
        return None
    return word if text == word.text else replace(word, text=text)


def _centre_y(word: Word) -> float:
    return (word.bbox[1] + word.bbox[3]) / 2


def _height(word: Word) -> float:
    return max(word.bbox[3] - word.bbox[1], 1e-6)
