"""The ledger documents' pages (:mod:`testbed.evaluation.variety_ledger`): a small document
model (:class:`Doc` of blocks, :class:`Table` of :class:`Row`) set on A4 sheets the way
office software sets an item table: amounts flush right, descriptions wrapped inside their
column, ruled as a grid, with header rules only or not at all, and a table too long for its
page continued on the next under its header repeated, with the running sum carried forward
at the foot and brought forward at the head. Documents number their own pages ("Page 2 of
3") and may repeat a running header; a packet is documents and blank separator pages in
one file. The sheets become a text PDF or a scan (:mod:`testbed.evaluation.scan_sheet`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from testbed.evaluation.ocr_pages import font_path
from testbed.evaluation.scan_sheet import (
    FAMILIES,
    Sheet,
    as_text_pdf,
    degraded,
    raster,
)
from testbed.evaluation.truth import Evidence, unmark

A4 = (8.27, 11.69)
_SIZE = 9.0
_LEAD = 1.32


@dataclass
class Row:
    """A table row: its cells (a cell's lines split at ``\\n``), what it is (``item``, a
    ``group`` heading, a ``sum`` of a group, a ``note`` under an item) and what it adds to
    a sum carried to the next page."""

    cells: list[str]
    kind: str = "item"
    value: float = 0.0


@dataclass
class Table:
    """An item table: header, rows, which columns stand flush right, relative widths, the
    column whose text wraps, how it is ruled (``grid``, ``lines``, ``none``) and the words a
    page break carries its sum with (``("Carried forward", "Brought forward")``)."""

    header: list[str]
    rows: list[Row]
    right: frozenset[int]
    widths: list[float]
    wrap: int = 1
    rules: str = "lines"
    carry: tuple[str, str] | None = None
    carry_at: int = -1
    #: Whether the carry lines print the running sum (else only their words).
    carry_sum: bool = True
    #: How the carried sum is written (the document's number format).
    figure: Callable[[float], str] | None = None


@dataclass
class Doc:
    """One document: its blocks, its page footer (``{page}``/``{pages}``), the running head
    of its later pages, its typeface and its paper (``height`` 0: as long as it needs)."""

    blocks: list[tuple[str, Any]]
    footer: str | None = None
    running: str | None = None
    family: str = "sans"
    width: float = A4[0]
    height: float = A4[1]
    margin: float = 0.75
    size: float = _SIZE
    sheets: list[Sheet] = field(default_factory=list)


def _font(family: str, bold: bool) -> str:
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415 - bench only
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415

    file = FAMILIES[family][int(bold)]
    name = file.removesuffix(".ttf")
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, font_path(file)))
    return name


def width_of(text: str, family: str, size: float, bold: bool = False) -> float:
    """The printed width of ``text`` in inches."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    return float(stringWidth(unmark(text), _font(family, bold), size)) / 72


def wrapped(text: str, family: str, size: float, room: float) -> list[str]:
    lines: list[str] = []
    for part in text.split("\n"):
        line = ""
        for word in part.split(" "):
            candidate = f"{line} {word}".strip()
            if line and width_of(candidate, family, size) > room:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class _Setter:
    """Sets one document's blocks on its sheets, top to bottom."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lead = doc.size * _LEAD / 72
        self.left, self.right = doc.margin, doc.width - doc.margin
        self.bottom = (doc.height or 40.0) - 0.95
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.page()

    def page(self) -> None:
        self.sheets.append(Sheet(self.doc.width, self.doc.height or 40.0, self.doc.family))
        self.y = 0.55 if self.doc.height == 0 else 0.7
        if self.doc.running and len(self.sheets) > 1:
            text = self.doc.running.format(page=len(self.sheets))
            self.sheet.put(self.left, self.y, text, self.doc.size - 1)
            self.y += self.lead * 2

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def need(self, height: float) -> None:
        if self.doc.height and self.y + height > self.bottom:
            self.page()

    def lines(self, lines: list[str], size: float | None = None, *, bold: bool = False) -> None:
        size = size or self.doc.size
        for line in lines:
            self.need(self.lead)
            self.sheet.put(self.left, self.y, line, size, bold=bold)
            self.y += size * _LEAD / 72

    def block(self, kind: str, value: Any) -> None:  # noqa: PLR0912 - one branch a kind
        size = self.doc.size
        if kind == "title":
            self.need(self.lead * 2)
            self.sheet.put(self.left, self.y, value, size + 6, bold=True)
            self.y += (size + 6) * 1.6 / 72
        elif kind == "rtitle":  # the title flush right, beside a letterhead set before it
            self.sheet.put(
                self.right, self.y - self.lead * 3, value, size + 6, bold=True, right=True
            )
        elif kind in ("text", "bold"):
            self.lines(value, bold=kind == "bold")
        elif kind == "small":
            self.lines(value, size - 1.5)
        elif kind == "para":
            self.lines(wrapped(value, self.doc.family, size, self.right - self.left))
        elif kind == "side":
            left, right = value
            self.need(self.lead * max(len(left), len(right)))
            top = self.y
            self.sheet.stack(self.left, top, left, size, bold_first=True, leading=_LEAD)
            self.sheet.stack(self.right, top, right, size, right=True, leading=_LEAD)
            self.y = top + self.lead * max(len(left), len(right))
        elif kind in ("kv", "rkv"):
            x = self.left if kind == "kv" else self.left + (self.right - self.left) * 0.55
            tab = max(width_of(label, self.doc.family, size) for label, _ in value) + 0.15
            for label, text in value:
                self.need(self.lead)
                self.sheet.put(x, self.y, label, size)
                self.sheet.put(x + tab, self.y, text, size)
                self.y += self.lead
        elif kind == "totals":
            self.need(self.lead * (len(value) + 0.3))
            for index, (label, text) in enumerate(value):
                last = index == len(value) - 1
                self.need(self.lead * 1.3)
                self.sheet.put(self.right - 1.3, self.y, label, size, bold=last, right=True)
                self.sheet.put(self.right, self.y, text, size, bold=last, right=True)
                self.y += self.lead * (1.3 if last else 1.0)
        elif kind == "gap":
            self.y += self.lead * value
        elif kind == "page":
            self.page()
        elif kind == "rule":
            self.sheet.rule(self.left, self.y, self.right, self.y)
            self.y += self.lead * 0.4
        elif kind == "table":
            self.table(value)

    def table(self, table: Table) -> None:  # noqa: PLR0915 - one pass over the rows reads best
        size, family = self.doc.size - 0.5, self.doc.family
        lead = size * _LEAD / 72
        total = sum(table.widths)
        edges = [self.left]
        for share in table.widths:
            edges.append(edges[-1] + (self.right - self.left) * share / total)
        pad = 0.05
        carried = 0.0
        top = self.y

        def cell(col: int, y: float, text: str, bold: bool = False) -> None:
            if col in table.right:
                self.sheet.put(edges[col + 1] - pad, y, text, size, bold=bold, right=True)
            else:
                self.sheet.put(edges[col] + pad, y, text, size, bold=bold)

        def grid_down(bottom: float) -> None:
            if table.rules == "grid":
                for x in edges:
                    self.sheet.rule(x, top, x, bottom)

        def header() -> None:
            nonlocal top
            top = self.y
            if table.rules != "none":
                self.sheet.rule(self.left, self.y, self.right, self.y)
            self.y += 0.04
            heads = [wrapped(text, family, size, edges[i + 1] - edges[i] - 2 * pad)
                     for i, text in enumerate(table.header)]  # fmt: skip
            for i, lines in enumerate(heads):
                for n, line in enumerate(lines):
                    cell(i, self.y + n * lead, line, bold=True)
            self.y += lead * max(len(h) for h in heads) + 0.03
            if table.rules != "none":
                self.sheet.rule(self.left, self.y, self.right, self.y)
            self.y += 0.05

        def carry_line(label: str) -> None:
            at = table.carry_at % len(table.header)
            by_sum = table.carry_sum and at - 1 in table.right
            cell(at - 1 if by_sum else table.wrap, self.y, label, bold=True)
            if table.carry_sum:
                cell(at, self.y, (table.figure or "{:,.2f}".format)(carried), bold=True)
            self.y += lead * 1.2

        header()
        for index, row in enumerate(table.rows):
            texts = [
                wrapped(c, family, size, edges[i + 1] - edges[i] - 2 * pad)
                if i == table.wrap else c.split("\n")
                for i, c in enumerate(row.cells)
            ]  # fmt: skip
            height = lead * max(len(t) for t in texts) + 0.05
            reserve = lead * 1.5 if table.carry and index < len(table.rows) - 1 else 0.0
            if self.doc.height and self.y + height + reserve > self.bottom:
                if table.carry:
                    carry_line(table.carry[0])
                grid_down(self.y)
                self.page()
                header()
                if table.carry:
                    carry_line(table.carry[1])
            bold = row.kind in ("group", "sum")
            for i, lines in enumerate(texts):
                for n, line in enumerate(lines):
                    cell(i, self.y + n * lead, line, bold=bold)
            self.y += height
            carried += row.value
            if table.rules == "grid" or (table.rules == "lines" and row.kind == "sum"):
                self.sheet.rule(self.left, self.y - 0.03, self.right, self.y - 0.03)
        grid_down(self.y - 0.03)
        if table.rules == "lines":
            self.sheet.rule(self.left, self.y, self.right, self.y)
        self.y += lead * 0.8


def set_doc(doc: Doc) -> list[Sheet]:
    """The document's sheets, its blocks set and its pages numbered."""
    setter = _Setter(doc)
    for kind, value in doc.blocks:
        setter.block(kind, value)
    sheets = setter.sheets
    if doc.height == 0:
        sheets[-1].height = setter.y + 0.5
    if doc.footer:
        for index, sheet in enumerate(sheets, start=1):
            text = doc.footer.format(page=index, pages=len(sheets))
            sheet.put(doc.width - doc.margin, sheet.height - 0.6, text, doc.size - 1.5, right=True)
    return sheets


def blank(words: str = "") -> Sheet:
    """A separator page: empty, or saying it is left blank."""
    sheet = Sheet(*A4)
    if words:
        sheet.put(A4[0] / 2 - 1.4, A4[1] / 2, words, 9.0)
    return sheet


@dataclass(frozen=True, slots=True)
class Printed:
    """A file of sheets: its bytes, each marked value's evidence, and the pages it has."""

    data: bytes
    evidence: dict[str, Evidence]
    pages: int


def printed(sheets: list[Sheet], rng: random.Random, scan: str | None = None) -> Printed:
    """The sheets as a text PDF, or (``scan``: a :func:`degraded` way) as a scanned image PDF."""
    if scan is None:
        data, evidence = as_text_pdf(sheets[0], *sheets[1:])
        return Printed(data, evidence, len(sheets))
    dpi = 200
    images = []
    found: dict[str, Evidence] = {}
    for page, sheet in enumerate(sheets, start=1):
        image, ink = raster(sheet, dpi, page)
        for name, where in ink.items():
            found.setdefault(name, where)
        images.append(degraded(image, scan, rng))
    return Printed(_jpeg_pdf(images, dpi), found, len(sheets))


def _jpeg_pdf(images: list[Any], dpi: int) -> bytes:
    """The pictures as an image-only PDF whose pages are JPEGs, as office scanners file them
    (and quick to write: the JPEG goes into the PDF as it is)."""
    import io  # noqa: PLC0415

    from reportlab.lib.utils import ImageReader  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for image in images:
        jpeg = io.BytesIO()
        image.convert("L").save(jpeg, format="JPEG", quality=70)
        size = (image.size[0] * 72 / dpi, image.size[1] * 72 / dpi)
        canvas.setPageSize(size)
        canvas.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, width=size[0],
                         height=size[1])  # fmt: skip
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def picture(sheet: Sheet, rng: random.Random, fmt: str, how: str) -> Printed:
    """One sheet as a photograph or a scan in a picture file (``jpg``, ``png``)."""
    from testbed.evaluation.scan_sheet import encoded  # noqa: PLC0415

    dpi = 200
    image, found = raster(sheet, dpi, 1)
    return Printed(encoded(degraded(image, how, rng), fmt, rng, dpi), found, 1)


__all__ = [
    "A4", "Doc", "Printed", "Row", "Table", "blank", "picture", "printed", "set_doc",
    "width_of", "wrapped",
]  # fmt: skip
