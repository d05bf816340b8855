"""A second look at the numbers Tesseract was unsure of.

Tesseract reads a page in one pass of layout analysis: a number in wide-set (monospace)
type is sometimes cut into pieces at its punctuation ("14046" ".53"), and a piece so cut is
read with little confidence, or not at all ("2102.25" as "210225", confidence 9). Read again
on its own, as one line of text, the same pixels give the number whole and sure.

So after the page's pass, every run of numeric-looking words on one of Tesseract's lines
(digits and the punctuation numbers are written with: amounts, dates, IBAN groups), touching
each other, of which one is below :data:`REREAD_BELOW` confidence, is cropped from the page
(with a margin) and read again as a single line, by an instance that knows only those
characters. The new reading replaces the run when it is surer than the run's best piece.
Words with letters are never re-read this way: a whitelist of digits would turn them into
numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL.Image import Image

#: Runs whose least sure piece is below this (Tesseract's 0-100) are read again; numbers
#: read right score 85-97 here, split or misread ones 4-40.
REREAD_BELOW = 80.0
#: The characters numbers are written with (the re-reading instance's whitelist).
NUMBER_CHARACTERS = "0123456789.,-/:+()%"
#: A word (or a piece of one) made of those characters, with at least one digit or a piece
#: of punctuation a split number leaves behind ("-", ".53").
_NUMERIC = re.compile(r"^[0-9.,\-/:+()%]+$")
#: Pieces of one run are less than this many heights apart (a split leaves ~0.5-0.9, a
#: column gap is several).
_RUN_GAP = 1.0
#: The crop's margin around the run, in the run's heights (horizontal, vertical).
_MARGIN = (0.6, 0.35)


@dataclass(frozen=True, slots=True)
class PageWord:
    """A word as Tesseract read it: text, box in pixels, confidence 0-100, its line."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float
    line: int


class NumberRereader:
    """A single-line Tesseract instance that knows only :data:`NUMBER_CHARACTERS`."""

    def __init__(self, tesserocr: Any, path: str | None, languages: str) -> None:
        self._tesserocr = tesserocr
        self._api = tesserocr.PyTessBaseAPI(
            path=path, lang=languages, psm=tesserocr.PSM.SINGLE_LINE, oem=tesserocr.OEM.LSTM_ONLY
        )
        self._api.SetVariable("tessedit_char_whitelist", NUMBER_CHARACTERS)

    def reread(self, image: Image, words: list[PageWord]) -> list[PageWord]:
        """``words`` with each unsure numeric run replaced by its second reading, when that
        is surer."""
        out: list[PageWord] = []
        runs = _runs(words)
        for index, run in enumerate(runs):
            if len(run) == 1 and not _is_number(run[0].text):
                out.extend(run)
                continue
            if min(word.confidence for word in run) >= REREAD_BELOW:
                out.extend(run)
                continue
            before = runs[index - 1][-1] if index else None
            after = runs[index + 1][0] if index + 1 < len(runs) else None
            again = self._read(image, run, _limits(run, before, after, image.width))
            out.extend(again if _better(again, run) else run)
        return out

    def _read(self, image: Image, run: list[PageWord], limits: tuple[int, int]) -> list[PageWord]:
        """The run's pixels (no further left or right than ``limits``) read as one line: its
        words, boxes on the page (none when no digit is seen)."""
        x0 = min(w.box[0] for w in run)
        y0 = min(w.box[1] for w in run)
        x1 = max(w.box[2] for w in run)
        y1 = max(w.box[3] for w in run)
        height = max(1, y1 - y0)
        left = max(limits[0], x0 - round(_MARGIN[0] * height))
        top = max(0, y0 - round(_MARGIN[1] * height))
        right = min(limits[1], x1 + round(_MARGIN[0] * height))
        bottom = min(image.height, y1 + round(_MARGIN[1] * height))
        self._api.SetImage(image.crop((left, top, right, bottom)))
        self._api.Recognize()
        tesserocr = self._tesserocr
        level = tesserocr.RIL.WORD
        iterator = self._api.GetIterator()
        found: list[PageWord] = []
        if iterator is None:
            return found
        for item in tesserocr.iterate_level(iterator, level):
            if item.Empty(level):
                continue
            text = (item.GetUTF8Text(level) or "").strip()
            box = item.BoundingBox(level)
            if not text or box is None:
                continue
            bx0, by0, bx1, by1 = box
            found.append(
                PageWord(
                    text,
                    (bx0 + left, by0 + top, bx1 + left, by1 + top),
                    float(item.Confidence(level)),
                    run[0].line,
                )
            )
        if not any(ch.isdigit() for word in found for ch in word.text):
            return []
        return found


def _better(again: list[PageWord], run: list[PageWord]) -> bool:
    """The second reading is surer than the first's least sure piece and keeps all its
    characters (a single line read from a crop sometimes drops a leading minus)."""
    if not again:
        return False
    if min(w.confidence for w in again) <= min(w.confidence for w in run):
        return False
    return sum(len(w.text) for w in again) >= sum(len(w.text) for w in run)


def _limits(
    run: list[PageWord], before: PageWord | None, after: PageWord | None, width: int
) -> tuple[int, int]:
    """How far left and right the run's crop may reach: halfway to its neighbours on the
    line (a sliver of the next word's letter reads as a bracket or a one)."""
    left, right = 0, width
    if before is not None and before.line == run[0].line:
        left = (before.box[2] + run[0].box[0] + 1) // 2
    if after is not None and after.line == run[-1].line:
        right = (run[-1].box[2] + after.box[0]) // 2
    return left, right


def _is_number(text: str) -> bool:
    return bool(_NUMERIC.match(text)) and any(ch.isdigit() for ch in text)


def _runs(words: list[PageWord]) -> list[list[PageWord]]:
    """``words`` in order, numeric pieces that touch on one line grouped into runs (every
    other word a run of its own)."""
    runs: list[list[PageWord]] = []
    for word in words:
        numeric = bool(_NUMERIC.match(word.text))
        if runs and numeric:
            last = runs[-1][-1]
            height = max(word.box[3] - word.box[1], last.box[3] - last.box[1], 1)
            if (
                last.line == word.line
                and _NUMERIC.match(last.text)
                and 0 <= word.box[0] - last.box[2] < _RUN_GAP * height
            ):
                runs[-1].append(word)
                continue
        runs.append([word])
    return runs
