"""Pages that are two pages side by side: read the left one, then the right one.

A copier printing two-up puts two pages on one landscape sheet; scanned or photographed, it
is one picture and one page. Read line by line across the sheet, every line would join the
left page's line to whatever stands at its height on the right page: an address to an item
row, a table header to a total. Such a page has a gutter: a band down its middle that no
word crosses, with a page of its own on each side (text lines of words on both, from top to
bottom).

Only a landscape page is taken for two: two-up printing sets two portrait pages on a
landscape sheet. A portrait page whose item table has its figures right of the middle (short
descriptions at the left, quantities and amounts at the right) also has a band no word
crosses, and lines of words on both sides of it, but it is one page: its rows run across.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence

from docpipe.layout import Word

#: The narrowest gutter, as a share of the page's width (two-up sheets leave ~10%).
_MIN_GUTTER = 0.03
#: Where the gutter's centre may lie across the page (two halves, not a margin note).
_MIDDLE = (0.3, 0.7)
#: Each side holds at least this share of the page's words...
_MIN_SHARE = 0.2
#: ...at least this many lines holding two or more words of letters...
_MIN_TEXT_LINES = 4
#: ...and runs down at least this share of the height the page's text covers.
_MIN_REACH = 0.4
#: Fewer words than this make no two pages.
_MIN_WORDS = 30


def halves(words: Sequence[Word], *, landscape: bool) -> list[list[Word]]:
    """The words as the blocks to read one after the other: ``[left, right]`` when the
    (``landscape``) page is two pages side by side, else all of them as one block."""
    if not landscape or len(words) < _MIN_WORDS:
        return [list(words)]
    gutter = _widest_gap(words)
    if gutter is None:
        return [list(words)]
    cut = (gutter[0] + gutter[1]) / 2
    left = [word for word in words if word.bbox[2] <= cut]
    right = [word for word in words if word.bbox[0] >= cut]
    top = min(word.bbox[1] for word in words)
    bottom = max(word.bbox[3] for word in words)
    if all(_a_page(side, len(words), bottom - top) for side in (left, right)):
        return [left, right]
    return [list(words)]


def _widest_gap(words: Sequence[Word]) -> tuple[float, float] | None:
    """The widest band across the page's middle that no word's box overlaps."""
    spans = sorted((word.bbox[0], word.bbox[2]) for word in words)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        wide = x0 - reach >= max(_MIN_GUTTER, best[1] - best[0] if best else 0.0)
        if wide and _MIDDLE[0] <= (x0 + reach) / 2 <= _MIDDLE[1]:
            best = (reach, x0)
        reach = max(reach, x1)
    return best


def _a_page(side: list[Word], total: int, height: float) -> bool:
    """Enough words, lines of words (not a column of figures) from top to bottom."""
    if len(side) < _MIN_SHARE * total or height <= 0:
        return False
    tall = statistics.median(word.bbox[3] - word.bbox[1] for word in side) or 1e-6
    wordy = Counter(
        round((word.bbox[1] + word.bbox[3]) / 2 / tall)
        for word in side
        if sum(ch.isalpha() for ch in word.text) >= 2
    )
    text_lines = sum(1 for count in wordy.values() if count >= 2)
    reach = max(w.bbox[3] for w in side) - min(w.bbox[1] for w in side)
    return text_lines >= _MIN_TEXT_LINES and reach >= _MIN_REACH * height


__all__ = ["halves"]
