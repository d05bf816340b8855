"""Ink Tesseract's page pass left unread: a lone table cell, read on its own.

Tesseract's layout analysis sometimes takes a short, isolated piece of text for noise: the
quantity "7" alone in its column between "Consulting services" and "517.07", an "11" in a
table of amounts. Nothing of it reaches the words, and a number is lost whole.

So after the pass: the page's ink as Tesseract thresholded it, minus every word's box, is
gathered into blobs (on a grid a quarter of a text line high, letters of one word merged
side by side); a blob of text's height and shape -- not a speck, not a rule line, not a
picture -- is cropped and read as one line of text, or failing that as one word of digits
(a lone digit is where line reading is weakest). What it reads surely joins the page's
words. A page with more such blobs than
:data:`MAX_BLOBS` is a page of specks or drawings, and is left as read.
"""

from __future__ import annotations

import statistics
from collections import deque
from typing import TYPE_CHECKING, Any

import numpy as np

from workflow.documents.ocr_reread import NumberRereader, PageWord

if TYPE_CHECKING:
    from PIL.Image import Image

#: A leftover reading is kept from this confidence (0-100) up.
MIN_CONFIDENCE = 70.0
#: A leftover the line reader cannot make out is read as one word of digits (a lone "7"
#: reads as "ri" to it); that reading is kept from this confidence up.
MIN_DIGITS_CONFIDENCE = 80.0
#: More blobs than this on a page: specks or a drawing, not lost cells.
MAX_BLOBS = 40
#: A blob's height, in the page's median word heights (a digit is ~0.75, a capital ~1).
_HEIGHT = (0.55, 1.6)
#: Ink near a word's box (this share of its height around it) belongs to that word.
_WORD_PAD = 0.2
#: The share of a blob's box that is ink (a rule line or a filled block is more).
_MAX_INK = 0.6
#: Words sure enough to tell the page's text height.
_SURE = 60.0


def leftover_boxes(ink: Any, words: list[PageWord]) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) of blobs of ``ink`` (a boolean array, True where ink is) that no word
    covers and that are shaped like text."""

    heights = [w.box[3] - w.box[1] for w in words if w.confidence >= _SURE]
    if len(heights) < 3:
        return []
    text = max(4.0, float(statistics.median(heights)))
    left = ink.copy()
    rows, cols = left.shape
    for word in words:
        pad = round(_WORD_PAD * (word.box[3] - word.box[1]))
        x0, y0, x1, y1 = word.box
        left[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = False
    cell = max(2, round(text / 4))
    grid_rows, grid_cols = rows // cell, cols // cell
    grid = left[: grid_rows * cell, : grid_cols * cell]
    grid = grid.reshape(grid_rows, cell, grid_cols, cell).any(axis=(1, 3))
    reach = max(1, round(0.5 * text / cell))  # letters of one word: merged side by side
    spread = grid.copy()
    for shift in range(1, reach + 1):
        spread[:, shift:] |= grid[:, :-shift]
    boxes = []
    for top, bottom, first, last in _blobs(spread, MAX_BLOBS * 4):
        x0, x1 = first * cell, min(cols, (last + 1) * cell)
        y0, y1 = top * cell, min(rows, (bottom + 1) * cell)
        part = left[y0:y1, x0:x1]
        ys, xs = np.nonzero(part)
        if ys.size == 0:
            continue
        x0, x1 = x0 + int(xs.min()), x0 + int(xs.max()) + 1
        y0, y1 = y0 + int(ys.min()), y0 + int(ys.max()) + 1
        tall = y1 - y0
        if not _HEIGHT[0] * text <= tall <= _HEIGHT[1] * text:
            continue
        if (x1 - x0) < 0.25 * tall or ys.size > _MAX_INK * tall * (x1 - x0):
            continue
        boxes.append((x0, y0, x1, y1))
    return boxes if len(boxes) <= MAX_BLOBS else []


def _blobs(grid: Any, limit: int) -> list[tuple[int, int, int, int]]:
    """Connected blobs of ``grid`` (4-neighbours) as (top, bottom, first, last) cells; none
    at all when there are more than ``limit`` (a page of specks is not worth the walk)."""

    seen = np.zeros_like(grid, dtype=bool)
    rows, cols = grid.shape
    found: list[tuple[int, int, int, int]] = []
    for start_row, start_col in zip(*np.nonzero(grid), strict=True):
        if seen[start_row, start_col]:
            continue
        if len(found) >= limit:
            return []
        seen[start_row, start_col] = True
        queue = deque([(int(start_row), int(start_col))])
        top = bottom = int(start_row)
        first = last = int(start_col)
        while queue:
            row, col = queue.popleft()
            top, bottom = min(top, row), max(bottom, row)
            first, last = min(first, col), max(last, col)
            for r, c in ((row - 1, col), (row + 1, col), (row, col - 1), (row, col + 1)):
                if 0 <= r < rows and 0 <= c < cols and grid[r, c] and not seen[r, c]:
                    seen[r, c] = True
                    queue.append((r, c))
        found.append((top, bottom, first, last))
    return found


class LeftoverReader:
    """A single-line Tesseract instance for the ink the page's pass left unread."""

    def __init__(
        self, tesserocr: Any, path: str | None, languages: str, numbers: NumberRereader
    ) -> None:
        self._numbers = numbers
        self._api = tesserocr.PyTessBaseAPI(
            path=path, lang=languages, psm=tesserocr.PSM.SINGLE_LINE, oem=tesserocr.OEM.LSTM_ONLY
        )

    def read(self, image: Image, thresholded: Image, words: list[PageWord]) -> list[PageWord]:
        """The words read in leftover ink of ``image`` (``thresholded``: Tesseract's black
        and white copy of it, the same size)."""

        ink = np.asarray(thresholded.convert("L")) < 128
        if ink.shape != (image.height, image.width):
            return []
        found: list[PageWord] = []
        for x0, y0, x1, y1 in leftover_boxes(ink, words):
            pad = round(0.2 * (y1 - y0))
            left, top = max(0, x0 - pad), max(0, y0 - pad)
            crop = image.crop((left, top, min(image.width, x1 + pad), min(image.height, y1 + pad)))
            self._api.SetImage(crop)
            tokens = self._api.GetUTF8Text().split()
            confidence = float(self._api.MeanTextConf())
            if any(ch.isalnum() for t in tokens for ch in t) and confidence >= MIN_CONFIDENCE:
                found.extend(_spread(tokens, (x0, y0, x1, y1), confidence))
                continue
            digits, sure = self._numbers.digits(crop)
            if any(ch.isdigit() for ch in digits) and sure >= MIN_DIGITS_CONFIDENCE:
                found.append(PageWord(digits, (x0, y0, x1, y1), sure, -1))
        return found


def _spread(tokens: list[str], box: tuple[int, int, int, int], confidence: float) -> list[PageWord]:
    """The tokens of one reading, each with its share of the box's width."""
    x0, y0, x1, y1 = box
    step = (x1 - x0) / max(1, sum(len(t) for t in tokens) + len(tokens) - 1)
    words, start = [], 0
    for token in tokens:
        left = x0 + round(start * step)
        words.append(
            PageWord(token, (left, y0, left + round(len(token) * step), y1), confidence, -1)
        )
        start += len(token) + 1
    return words
