"""The ground-truth records both generators label with (cases, labels, line items, evidence,
sections), and the marks that tie a labelled value to the place it is printed.

A template wraps the printed text of a key figure in a *mark* (:func:`mark`): private-use
characters no document contains, naming the figure. Every renderer strips the marks before
writing a character; the renderers with geometry (PDF, scanned image) measure the marked
span where they draw it and report its page and box, so the evidence labels say where the
renderer really put the value, not where a search of the output happens to find it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

#: The key figures a reader looks for first, as ``analysis.keyFigures`` names them.
KEY_FIGURES = (
    "documentNumber", "vendor", "total", "issueDate", "dueDate", "effectiveDate", "endDate",
)  # fmt: skip
#: Date roles and the key figure each one fills.
DATE_FIGURES = {
    "issue": "issueDate",
    "due": "dueDate",
    "effective": "effectiveDate",
    "end": "endDate",
}
#: Document types that carry line items.
LINE_ITEM_TYPES = frozenset({"invoice", "receipt", "purchase_order", "statement"})

_OPEN, _SEP, _CLOSE = "\ue000", "\ue001", "\ue002"
_MARK = re.compile(f"{_OPEN}([^{_SEP}]*){_SEP}([^{_CLOSE}]*){_CLOSE}")

#: A box as fractions of the page: left, top, right, bottom (origin top left).
type Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class LineItem:
    """One row of a document's item table, as printed (``None`` where a column is absent)."""

    description: str
    quantity: float | None
    unit_price: float | None
    amount: float


#: A format-neutral block of a development-set document; see :mod:`testbed.evaluation.render`.
type Block = tuple[str, Any]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a key figure is printed: 1-based page, its box (``None`` without geometry)."""

    page: int
    bbox: Box | None


@dataclass(frozen=True, slots=True)
class Labels:
    """What a careful reader takes from one document (the scorer's ground truth)."""

    document_type: str
    number: str | None
    organizations: tuple[str, ...]
    people: tuple[str, ...]
    vendor: str | None
    total: tuple[float, str] | None
    amounts: tuple[tuple[float, str], ...]
    dates: tuple[tuple[str, str], ...]  # (role, ISO date)
    #: The item table's rows, in order (invoices, receipts, purchase orders, statements);
    #: ``None``: not labelled (the hand-labelled samples), so not scored.
    line_items: tuple[LineItem, ...] | None = None
    #: Key figure -> where the renderer printed it (PDF and scans: with its box).
    evidence: tuple[tuple[str, Evidence], ...] = ()
    #: The documents a packet bundles, in page order (empty for a single document).
    sections: tuple[Section, ...] = ()

    def key_figures(self) -> dict[str, Any]:
        """The key figures these labels fix: number, vendor, total, and each date role that
        has exactly one date (a role printed with several dates has no single answer)."""
        figures: dict[str, Any] = {}
        if self.number:
            figures["documentNumber"] = self.number.casefold()
        if self.vendor:
            figures["vendor"] = self.vendor
        if self.total:
            figures["total"] = (round(self.total[0], 2), self.total[1])
        for role, name in DATE_FIGURES.items():
            days = {day for r, day in self.dates if r == role}
            if len(days) == 1:
                figures[name] = days.pop()
        return figures


@dataclass(frozen=True, slots=True)
class Section:
    """One document of a packet: its pages (1-based, inclusive) and its own labels."""

    pages: tuple[int, int]
    labels: Labels


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled document: its blocks, the format it is rendered in, its labels."""

    case_id: str
    kind: str
    fmt: str  # pdf | png | docx | html | md | txt
    layout: str
    blocks: tuple[Block, ...]
    labels: Labels
    #: The file itself, for documents that are not generated (the bundled samples).
    data: bytes | None = None
    #: Pages that are pictures of paper (read by OCR), whatever the container format.
    scanned: bool = False

    @property
    def filename(self) -> str:
        """A neutral name: nothing about the document can be read from it."""
        return f"document.{self.fmt}"


def mark(name: str, text: str) -> str:
    """``text`` tagged as the printed value of key figure ``name``."""
    return f"{_OPEN}{name}{_SEP}{text}{_CLOSE}"


def unmark(text: str) -> str:
    """``text`` as printed: marks removed, the values kept."""
    return _MARK.sub(lambda m: m.group(2), text)


def spans(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The printed text and each marked value's ``(name, start, end)`` in it."""
    out: list[str] = []
    found: list[tuple[str, int, int]] = []
    position = 0
    length = 0
    for match in _MARK.finditer(text):
        before = text[position : match.start()]
        out.append(before)
        length += len(before)
        value = match.group(2)
        found.append((match.group(1), length, length + len(value)))
        out.append(value)
        length += len(value)
        position = match.end()
    out.append(text[position:])
    return "".join(out), found


def unbreakable(text: str) -> str:
    """Spaces inside marked values as no-break spaces, so wrapping never splits a value."""
    return _MARK.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)


class Ink:
    """Records the box of every marked value a renderer draws, first occurrence wins."""

    def __init__(self) -> None:
        self.found: dict[str, Evidence] = {}

    def note(self, name: str, page: int, box: Box) -> None:
        if name not in self.found:
            x0, y0, x1, y1 = (min(1.0, max(0.0, v)) for v in box)
            self.found[name] = Evidence(
                page, (round(x0, 5), round(y0, 5), round(x1, 5), round(y1, 5))
            )


def prefixed[T](value: T, prefix: str) -> T:
    """``value`` (a block's text, or lists and tuples of it) with every mark's name prefixed:
    a packet keeps each bundled document's key figures apart."""
    if isinstance(value, str):
        return cast("T", _MARK.sub(lambda m: mark(prefix + m.group(1), m.group(2)), value))
    if isinstance(value, list | tuple):
        return cast("T", type(value)(prefixed(item, prefix) for item in value))
    return value


def printed_values(value: object) -> dict[str, str]:
    """Each marked key figure's printed text, first occurrence, from blocks (or any nesting of
    lists and strings): what its evidence's box should contain."""
    found: dict[str, str] = {}
    if isinstance(value, str):
        printed, marked = spans(value)
        for name, start, end in marked:
            found.setdefault(name, printed[start:end])
    elif isinstance(value, list | tuple):
        for item in value:
            for name, text in printed_values(item).items():
                found.setdefault(name, text)
    return found
