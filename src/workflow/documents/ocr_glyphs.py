"""Letters and digits that look alike, told apart by the page's own sure glyphs.

Tesseract's line model reads a glyph in the context of its neighbours. In a document
number that mixes letters and digits (``SI538087``, ``PO727496``, ``CI73316``) the context
pulls both ways, and in wide-set (monospace) type it goes wrong in two ways:

* **one glyph read twice**: a capital I comes out as ``1I``, an O as ``O0`` -- two symbols
  whose boxes cover the same glyph (the second starts well inside the first);
* **one glyph read as the other class**: ``I`` as ``1``, ``O`` as ``0``, ``T`` as ``1``,
  ``S`` as ``$`` -- and the other way round (the zero of ``B0270`` as an ``O``). Its
  alternatives (``lstm_choice_mode`` 2) then hold the right character close behind.

Context cannot settle it (real numbers have ``SI`` and ``S1``, ``PO`` and ``P0``
prefixes alike), the ink can: the same page prints the same characters elsewhere, read
surely ("TOTAL", "100.00"). So a doubled glyph is read once, and a glyph in a word with a
digit whose alternatives include a character of another class (letter, digit, sign) is
compared, pixel by pixel at a common size, with the page's sure glyphs of each candidate at
its own height; the nearest wins. Without a sure glyph of every candidate the reading stays
as it was.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

#: An alternative at least this sure (Tesseract's 0-100 choice confidence) is a candidate.
MIN_ALTERNATIVE = 30.0
#: A glyph is an example of its character when read at least this surely, with no other
#: choice above :data:`_EXAMPLE_RIVAL`.
_EXAMPLE_CONFIDENCE = 85.0
_EXAMPLE_RIVAL = 10.0
#: Examples are taken from words whose height is within this share of the glyph's word's.
_SAME_SIZE = 0.2
#: At most this many examples per character make its prototype.
_EXAMPLES = 12
#: A candidate is compared only with a prototype of at least this many examples.
_MIN_EXAMPLES = 3
#: A glyph is taken for an alternative only when their mean pixel difference (0..1) is
#: below this (a glyph and its own character's prototype differ by 0.00-0.06; a 1 and a T's
#: prototype by 0.1, an O and a zero's by 0.14) ...
_NEAR = 0.08
#: ... and it leans at least this far toward the alternative on the pixels where the two
#: prototypes differ (:func:`_leaning`; read glyphs measure 0.6-1.0 toward what they are).
#: Leaning less far either way, the glyph is not settled: the digits rule of
#: :func:`workflow.documents.ocr.digits_fixed` applies as for any engine.
_CLEAR = 0.5
#: Two neighbouring symbols are one glyph read twice when the second starts this far (a
#: share of the narrower one's width) inside the first.
_DOUBLED = 0.4
#: Glyphs are compared at this size (columns, rows).
_CELL = (20, 16)


def char_class(text: str) -> str:
    """``letter``, ``digit`` or ``sign``: the classes a lookalike confuses."""
    if text.isdigit():
        return "digit"
    if text.isalpha():
        return "letter"
    return "sign"


@dataclass(frozen=True, slots=True)
class Glyph:
    """One symbol Tesseract read: its text, box (pixels), and choices (text, 0-100) best
    first."""

    text: str
    box: tuple[int, int, int, int]
    choices: tuple[tuple[str, float], ...] = ()

    @property
    def sure(self) -> bool:
        """Read surely enough to serve as an example of its character."""
        if not self.choices or self.choices[0][0] != self.text:
            return False
        rivals = [conf for text, conf in self.choices[1:] if text != self.text]
        return self.choices[0][1] >= _EXAMPLE_CONFIDENCE and max(rivals, default=0.0) < (
            _EXAMPLE_RIVAL
        )

    def candidates(self) -> tuple[str, ...]:
        """The text, then each close alternative of another class than the text's."""
        own = char_class(self.text)
        others = [
            text
            for text, conf in self.choices
            if conf >= MIN_ALTERNATIVE
            and len(text) == 1
            and text != self.text
            and char_class(text) != own
            and (text.isalnum() or text == "$")
        ]
        return (self.text, *dict.fromkeys(others))


@dataclass
class GlyphWord:
    """A word's glyphs and its box (pixels)."""

    box: tuple[int, int, int, int]
    glyphs: list[Glyph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(glyph.text for glyph in self.glyphs)

    @cached_property
    def band(self) -> tuple[int, int]:
        """The rows its letters and digits stand in (the median glyph's top and bottom: a
        word's box is sometimes drawn far taller than its text)."""
        boxes = [glyph.box for glyph in self.glyphs if glyph.text.isalnum()] or [self.box]
        return (
            round(statistics.median(box[1] for box in boxes)),
            round(statistics.median(box[3] for box in boxes)),
        )

    @property
    def height(self) -> int:
        top, bottom = self.band
        return max(1, bottom - top)


def undoubled(glyphs: list[Glyph]) -> list[Glyph]:
    """``glyphs`` with each glyph read twice read once: of two neighbours the second of which
    starts inside the first, the wider stays (the other is a sliver of it), carrying the
    narrower's choices among its own."""
    out: list[Glyph] = []
    for glyph in glyphs:
        if out and _doubled(out[-1], glyph):
            first = out.pop()
            wide, narrow = (first, glyph) if _width(first) >= _width(glyph) else (glyph, first)
            out.append(Glyph(wide.text, wide.box, (*wide.choices, *narrow.choices)))
            continue
        out.append(glyph)
    return out


def _width(glyph: Glyph) -> int:
    return max(1, glyph.box[2] - glyph.box[0])


def _doubled(first: Glyph, second: Glyph) -> bool:
    """The second symbol starts inside the first, and each is the other's alternative (two
    real glyphs whose boxes Tesseract drew wide are not)."""
    if first.text == second.text or not (first.text.isalnum() and second.text.isalnum()):
        return False
    if not (_offers(first, second.text) and _offers(second, first.text)):
        return False
    overlap = first.box[2] - second.box[0]
    return overlap >= _DOUBLED * min(_width(first), _width(second))


def _leaning(
    shape: NDArray[np.float64], toward: NDArray[np.float64], away: NDArray[np.float64]
) -> float:
    """Where ``shape`` stands between two prototypes, on the pixels where they differ (a
    zero's dot, a one's flag, a T's bar): 1 is ``toward`` itself, -1 ``away``, 0 halfway."""
    difference = toward - away
    spread = float((difference * difference).sum())
    if spread == 0:
        return 0.0
    middle = (toward + away) / 2
    return float(((shape - middle) * difference).sum()) / (spread / 2)


def _offers(glyph: Glyph, text: str) -> bool:
    return any(choice == text and conf >= MIN_ALTERNATIVE for choice, conf in glyph.choices)


def mixes_classes(text: str) -> bool:
    """A word worth a second look: it has a digit, and a letter or more than one digit."""
    return any(ch.isdigit() for ch in text) and sum(ch.isalnum() for ch in text) > 1


class GlyphShapes:
    """The page's sure glyphs, as prototypes per character and size; compares a doubtful
    glyph with them. ``ink``: the page's thresholded pixels, True where ink is."""

    def __init__(self, ink: NDArray[np.bool_], words: list[GlyphWord]) -> None:
        self._ink = ink
        self._prototypes: dict[tuple[str, int], NDArray[np.float64] | None] = {}
        self._examples: dict[str, list[tuple[int, GlyphWord, Glyph]]] = {}
        for word in words:
            for glyph in word.glyphs:
                if glyph.sure and len(glyph.text) == 1:
                    self._examples.setdefault(glyph.text, []).append((word.height, word, glyph))

    def resolved(self, word: GlyphWord) -> tuple[str, frozenset[int]]:
        """``word``'s text, doubled glyphs read once and lookalikes settled by shape, and
        the positions of the lookalikes it could not settle (no example to compare with)."""
        text: list[str] = []
        unsettled: set[int] = set()
        for glyph in undoubled(word.glyphs):
            prefix = all(ch.isalpha() for ch in text)
            settled = self._settled(word, glyph, prefix=prefix)
            if settled is None and text and prefix and glyph.text.isalpha():
                settled = glyph.text  # a letter after letters: the identifier's prefix
            if settled is None:
                unsettled.add(len(text))
            text.append(glyph.text if settled is None else settled)
        return "".join(text), frozenset(unsettled)

    def _settled(self, word: GlyphWord, glyph: Glyph, *, prefix: bool) -> str | None:
        """The glyph's character: Tesseract's, or a lookalike its shape is clearly nearer
        to; ``None`` when there is nothing to compare with. A digit becomes a letter only
        at the head of the word (``prefix``: only letters before it), where identifiers
        keep their letters -- never inside an amount, a date or an account number."""
        candidates = glyph.candidates()
        if not prefix and glyph.text.isdigit():
            candidates = tuple(text for text in candidates if not text.isalpha())
        if len(candidates) < 2:
            return glyph.text  # no lookalike close behind: Tesseract is sure
        shape = self._shape(word, glyph)
        if shape is None:
            return None
        prototypes = {}
        for text in candidates:
            prototype = self._prototype(text, word.height)
            if prototype is None:
                return None  # too few examples of a candidate to compare with
            prototypes[text] = prototype
        own = prototypes[glyph.text]
        settled = True
        for text in candidates[1:]:
            leaning = _leaning(shape, prototypes[text], own)
            if leaning >= _CLEAR and float(np.abs(shape - prototypes[text]).mean()) <= _NEAR:
                return text
            settled = settled and leaning <= -_CLEAR
        return glyph.text if settled else None

    def _prototype(self, text: str, height: int) -> NDArray[np.float64] | None:
        key = (text, height)
        if key not in self._prototypes:
            self._prototypes[key] = self._averaged(text, height)
        return self._prototypes[key]

    def _averaged(self, text: str, height: int) -> NDArray[np.float64] | None:
        """The mean shape of the page's sure ``text`` glyphs of about ``height``."""
        shapes = []
        for example_height, word, glyph in self._examples.get(text, []):
            if abs(example_height - height) > _SAME_SIZE * height:
                continue
            shape = self._shape(word, glyph)
            if shape is not None:
                shapes.append(shape)
            if len(shapes) >= _EXAMPLES:
                break
        if len(shapes) < _MIN_EXAMPLES:
            return None
        return np.mean(shapes, axis=0)

    def _shape(self, word: GlyphWord, glyph: Glyph) -> NDArray[np.float64] | None:
        """The glyph's ink, trimmed to itself, at :data:`_CELL` size (0..1). Tesseract's
        symbol boxes are where the line model fired, not the glyph's outline (a 1's box may
        hold its stem alone): the box is widened while the column beside it has ink, by up
        to half the text's height each way."""
        from PIL import Image as PILImage  # noqa: PLC0415

        y0, y1 = word.band
        band = self._ink[y0:y1]
        inked = band.any(axis=0)
        reach = (y1 - y0) // 2
        x0, x1 = glyph.box[0], glyph.box[2]
        floor, ceiling = max(0, x0 - reach), min(band.shape[1], x1 + reach)
        while x0 > floor and inked[x0 - 1]:
            x0 -= 1
        while x1 < ceiling and inked[x1]:
            x1 += 1
        part = band[:, x0:x1]
        ys, xs = np.nonzero(part)
        if ys.size == 0:
            return None
        # Trimmed left and right only, and scaled by its height alone: a zero is narrower
        # than an O, an I than a 1 with its flag -- stretching each to a square would lose it.
        trimmed = part[:, xs.min() : xs.max() + 1]
        width = min(_CELL[0], max(1, round(trimmed.shape[1] * _CELL[1] / trimmed.shape[0])))
        picture = PILImage.fromarray((trimmed * 255).astype(np.uint8))
        scaled = picture.resize((width, _CELL[1]), PILImage.Resampling.BILINEAR)
        cell = np.zeros((_CELL[1], _CELL[0]))
        start = (_CELL[0] - width) // 2
        cell[:, start : start + width] = np.asarray(scaled, dtype=np.float64) / 255
        return cell
