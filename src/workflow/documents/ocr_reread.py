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
Words with letters are never re-read this way (a whitelist of digits would turn them into
numbers), but for a table cell of a few letters digits are mistaken for ("i" for "11"),
standing alone in its column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PIL import Image as PILImage

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
#: Letters digits are misread as; a word of at most :data:`_LOOKALIKE_LENGTH` of them, at
#: least :data:`_LONE_GAP` heights from its neighbours on the line, is a table cell read
#: wrong ("11" as "i") and goes through the digit reader too.
_LOOKALIKES = frozenset("ilIoOsSzZB|!")
_LOOKALIKE_LENGTH = 3
_LONE_GAP = 2.0
#: The crop's margin around the run, in the run's heights (horizontal, vertical).
_MARGIN = (1.2, 0.35)
#: A crop whose text is shorter than this (pixels) is enlarged to it first: Tesseract reads
#: digits best some 20-30 pixels tall.
_MIN_TEXT_HEIGHT = 24


@dataclass(frozen=True, slots=True)
class PageWord:
    """A word as Tesseract read it: text, box in pixels, confidence 0-100, its line, and
    whether its lookalike letters and digits are settled (:mod:`.ocr_glyphs`)."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float
    line: int
    settled: bool = False


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
            before = runs[index - 1][-1] if index else None
            after = runs[index + 1][0] if index + 1 < len(runs) else None
            if len(run) == 1 and not (
                _is_number(run[0].text) or _lone_lookalike(run[0], before, after)
            ):
                out.extend(run)
                continue
            if min(word.confidence for word in run) >= REREAD_BELOW:
                out.extend(run)
                continue
            again = self._read(image, run, _limits(run, before, after, image.width))
            out.extend(again if _better(again, run) else run)
        return out

    def digits(self, crop: Image) -> tuple[str, float]:
        """``crop`` read as one word of :data:`NUMBER_CHARACTERS`, and how sure (0-100): a lone
        digit, which a line reader takes for a letter ("7" as "ri")."""
        tesserocr = self._tesserocr
        self._api.SetPageSegMode(tesserocr.PSM.SINGLE_WORD)
        try:
            self._api.SetImage(crop)
            return self._api.GetUTF8Text().strip(), float(self._api.MeanTextConf())
        finally:
            self._api.SetPageSegMode(tesserocr.PSM.SINGLE_LINE)

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
        crop = image.crop((left, top, right, bottom))
        factor = max(1, -(-_MIN_TEXT_HEIGHT // height))
        if factor > 1:
            crop = crop.resize(
                (crop.width * factor, crop.height * factor), PILImage.Resampling.BICUBIC
            )
        self._api.SetImage(crop)
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
            bx0, by0, bx1, by1 = (round(v / factor) for v in box)
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
    characters (a single line read from a crop sometimes drops a leading minus), and of a
    number, its punctuation: it may add a point OCR missed ("210225" -> "2102.25"), never
    drop or change one (a worn "18:21" is no surer as "18322")."""
    if not again:
        return False
    if min(w.confidence for w in again) <= min(w.confidence for w in run):
        return False
    if sum(len(w.text) for w in again) < sum(len(w.text) for w in run):
        return False
    first = "".join(w.text for w in run)
    if not _NUMERIC.match(first):
        return True  # a lookalike cell ("i" for "11"): its letters are what was wrong
    return _within(_punctuation(first), _punctuation("".join(w.text for w in again)))


def _punctuation(text: str) -> str:
    return "".join(ch for ch in text if not ch.isdigit())


def _within(part: str, whole: str) -> bool:
    """``part`` is ``whole`` with characters left out (in order)."""
    remaining = iter(whole)
    return all(ch in remaining for ch in part)


def _limits(
    run: list[PageWord], before: PageWord | None, after: PageWord | None, width: int
) -> tuple[int, int]:
    """How far left and right the run's crop may reach: halfway to its neighbours on the
    line (a sliver of the next word's letter reads as a bracket or a one), and never inside
    the run itself (OCR's boxes of neighbours on a skewed or photographed line overlap)."""
    left, right = 0, width
    if before is not None and before.line == run[0].line:
        left = min((before.box[2] + run[0].box[0] + 1) // 2, run[0].box[0])
    if after is not None and after.line == run[-1].line:
        right = max((run[-1].box[2] + after.box[0]) // 2, run[-1].box[2])
    return left, right


def _lone_lookalike(word: PageWord, before: PageWord | None, after: PageWord | None) -> bool:
    """A table cell of a few letters that digits look like ("i" for "11", "S" for "5"),
    standing alone on its line (a word of prose has neighbours a space away)."""
    if len(word.text) > _LOOKALIKE_LENGTH or not set(word.text) <= _LOOKALIKES:
        return False
    height = max(1, word.box[3] - word.box[1])
    for neighbour, gap in (
        (before, word.box[0] - before.box[2] if before else 0),
        (after, after.box[0] - word.box[2] if after else 0),
    ):
        if neighbour is not None and neighbour.line == word.line and gap < _LONE_GAP * height:
            return False
    return True


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
