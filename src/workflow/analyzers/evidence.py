"""Where a value came from: its page, the text as it stands there, and its box on the page.

A value is cited from the offset it was read at in the analysed text: the page is the page
whose part of the text holds that offset; the box, where the page has word boxes, is the
union of the words that spell the quoted text. Words are matched on their characters with
spacing and case ignored (a text layer and OCR split "US$ 1,200.00" differently), and when the
quote occurs more than once on the page the occurrence that matches the offset's is taken.
Formats without geometry cite a page and no box.

The Bedrock analyzer has no offsets, only the quote a model gives; :func:`cite_quote` finds
the quote in the text and cites it the same way.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from docpipe.layout import BBox
from workflow.analyzers.entities import date_spans
from workflow.analyzers.money import find_amounts, parse_number
from workflow.analyzers.paging import PagedText, PageSpan
from workflow.analyzers.rows import union_box

#: Characters after a figure's label searched for its printed value (the line, the next).
_VALUE_WINDOW = 240
#: Longest quote cited (a model may quote a paragraph).
MAX_QUOTE_CHARS = 200
_SPACE = re.compile(r"\s+")
#: A number as printed in a column: digits grouped by separators, the decimals after a point.
_BARE_NUMBER = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[.,'\u00a0 ]\d{3})+|\d+)(?:[.,]\d{1,2})?(?!\w|[.,]\d)"
)
#: A label ending right before a mention on its line ("From:", "Bill to:", "Attn.:").
_LABEL_BEFORE = re.compile(r"[^\W\d_][\w .'/-]{0,30}:\s*$")
#: Mentions of a name looked at before the first one is taken.
_MAX_MENTIONS = 20
#: A gap between table cells (a label's currency in its own cell, the number in the next).
_CELL_GAP = re.compile(r"\s{2,}")


@dataclass(frozen=True, slots=True)
class Citation:
    """``{page, text, bbox}`` as the analysis states it."""

    page: int
    text: str
    bbox: BBox | None

    def to_json(self) -> dict[str, Any]:
        box = None if self.bbox is None else [round(v, 4) for v in self.bbox]
        return {"page": self.page, "text": self.text, "bbox": box}


def _fold(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).casefold()


@dataclass
class Citer:
    """Cites spans of one analysed text; each page's word index is built once, when needed."""

    paged: PagedText
    _pages: dict[int, tuple[str, list[int]]] = field(default_factory=dict)

    def cite(self, start: int, end: int) -> Citation:
        """The span ``text[start:end]``: its page, its text, and its box where there is one."""
        span = self.paged.span_at(start)
        quote = " ".join(self.paged.text[start:end].split())[:MAX_QUOTE_CHARS]
        return Citation(span.page, quote, self._box(span, start, quote))

    def cite_figure(self, name: str, value: object, offset: int) -> Citation | None:
        """A key figure read at ``offset``: the value as printed near it, else the line."""
        text = self.paged.text
        window_end = min(len(text), offset + _VALUE_WINDOW)
        located = _printed(text, name, value, offset, window_end)
        if located is None:
            line_end = text.find("\n", offset)
            located = (offset, line_end if line_end != -1 else len(text))
        return self.cite(*located)

    def cite_row(self, page: int, quote: str, span: tuple[int, int], bbox: BBox | None) -> Citation:
        """A table row: read from word boxes, the row as read and its box; read from the
        text, its span cited (and boxed from the words that spell it)."""
        if bbox is not None or span[0] < 0:
            return Citation(page, " ".join(quote.split())[:MAX_QUOTE_CHARS], bbox)
        return self.cite(*span)

    def _box(self, span: PageSpan, start: int, quote: str) -> BBox | None:
        layout = span.layout
        if layout is None or not layout.words or not quote:
            return None
        joined, owners = self._index(span)
        needle = _fold(quote)
        if not needle:
            return None
        before = _fold(self.paged.text[span.start : start]).count(needle)
        position = -1
        for _ in range(before + 1):
            found = joined.find(needle, position + 1)
            if found == -1:
                break
            position = found
        if position == -1:
            return None
        words = sorted(set(owners[position : position + len(needle)]))
        return union_box([layout.words[index].bbox for index in words])

    def _index(self, span: PageSpan) -> tuple[str, list[int]]:
        cached = self._pages.get(span.page)
        if cached is None:
            parts: list[str] = []
            owners: list[int] = []
            for index, word in enumerate(span.layout.words if span.layout else ()):
                folded = _fold(word.text)
                parts.append(folded)
                owners.extend([index] * len(folded))
            cached = ("".join(parts), owners)
            self._pages[span.page] = cached
        return cached


def _printed(text: str, name: str, value: object, start: int, end: int) -> tuple[int, int] | None:
    """Where the figure's value is printed in ``text[start:end]``."""
    window = text[start:end]
    if isinstance(value, dict) and "amount" in value:
        return _printed_amount(text, round(float(value["amount"]), 2), start, end)
    if name.endswith("Date") and isinstance(value, str):
        # The window is too short to learn the text's convention: either reading will do.
        for day_first in (False, True):
            for date_start, date_end, _raw, iso in date_spans(window, day_first=day_first):
                if iso == value:
                    return start + date_start, start + date_end
        return None
    if isinstance(value, str) and value:
        at = window.find(value)
        if at == -1:
            at = window.casefold().find(value.casefold())
        if at != -1:
            return start + at, start + at + len(value)
    return None


def _printed_amount(text: str, wanted: float, start: int, end: int) -> tuple[int, int] | None:
    """Where the amount ``wanted`` is printed in ``text[start:end]``: with its currency,
    else as a bare number (a total whose label or column names the currency)."""
    window = text[start:end]
    for amount in find_amounts(window):
        if round(float(amount["amount"]), 2) == wanted:
            # found amounts are written with single spaces; a column gap may be wider
            at = _find_spaced(window, amount["text"], 0, len(window))
            if at is not None:
                return _figures_cell(text, start + at[0], start + at[1])
    for match in _BARE_NUMBER.finditer(window):
        if parse_number(match.group()) == abs(wanted):
            return start + match.start(), start + match.end()
    return None


def _figures_cell(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` (an amount with its currency) cut to the cell holding its digits
    when the currency stands in a cell of its own ("Total GBP    2,662.95")."""
    at = start
    for cell in _CELL_GAP.split(text[start:end]):
        at = text.index(cell, at)
        if any(ch.isdigit() for ch in cell):
            return at, at + len(cell)
        at += len(cell)
    return start, end


def first_mention(text: str, value: str) -> int | None:
    """Offset of the first mention of ``value`` in ``text``, case folded; ``None`` if absent.
    A mention standing as a value of its own (a letterhead, a signature, a cell) comes before
    one after a label on its line ("From:  Acme Ltd" on a fax's cover sheet, "To: ..."):
    the name a sender prints on its own document is where a reader looks for it."""
    if not value:
        return None
    first: int | None = None
    # a whole name, not a piece of a word, an address or a domain ("a@acme.com")
    whole = rf"(?<![\w@./]){re.escape(value)}(?!\w|[.@]\w)"
    mentions = re.finditer(whole, text, re.IGNORECASE)
    for mention in itertools.islice(mentions, _MAX_MENTIONS):
        at = mention.start()
        if first is None:
            first = at
        if not _LABEL_BEFORE.search(text, text.rfind("\n", 0, at) + 1, at):
            return at
    if first is None:  # no whole mention: wherever the characters stand
        found = re.search(re.escape(value), text, re.IGNORECASE)
        first = found.start() if found else None
    return first


def cite_quote(citer: Citer, quote: str, page: int | None) -> Citation | None:
    """A model's quote, found in the text (on its page first): the citation of that span."""
    quote = " ".join(quote.split())[:MAX_QUOTE_CHARS]
    if not quote:
        return None
    text = citer.paged.text
    spans = [s for s in citer.paged.pages if s.page == page] + list(citer.paged.pages)
    for span in spans:
        at = _find_spaced(text, quote, span.start, span.end)
        if at is not None:
            return citer.cite(*at)
    return None


def ground(analysis: dict[str, Any], citer: Citer) -> dict[str, Any]:
    """``analysis`` (a model's, normalised) with every quoted citation found in the text: its
    page as the text says, its box from the page's words. A quote the text does not hold
    keeps the model's page and no box."""

    def grounded(item: dict[str, Any]) -> dict[str, Any]:
        found = cite_quote(citer, str(item.get("text") or ""), item.get("page"))
        return found.to_json() if found is not None else {**item, "bbox": None}

    out = dict(analysis)
    out["evidence"] = {name: grounded(item) for name, item in analysis["evidence"].items()}
    out["lineItems"] = _grounded_rows(analysis["lineItems"], grounded)
    if "sections" in analysis:
        out["sections"] = [
            {**section, "lineItems": _grounded_rows(section["lineItems"], grounded)}
            for section in analysis["sections"]
        ]
    return out


def _grounded_rows(rows: list[dict[str, Any]], grounded: Any) -> list[dict[str, Any]]:
    return [
        {**row, "evidence": grounded(row["evidence"])} if "evidence" in row else row for row in rows
    ]


def _find_spaced(text: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    """``quote`` in ``text[start:end]`` with any run of whitespace matching any other."""
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.compile(pattern, re.IGNORECASE).search(text, start, end)
    return (match.start(), match.end()) if match else None


__all__ = ["MAX_QUOTE_CHARS", "Citation", "Citer", "cite_quote", "first_mention", "ground"]
