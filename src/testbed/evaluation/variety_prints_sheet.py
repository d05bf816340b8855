"""A business document as invoicing software lays it out, for
:mod:`testbed.evaluation.variety_prints`: the parts a :class:`Sheet` holds (letterhead,
addressee, reference panel, a ruled band of labels over values, the item table, totals,
footer columns, a running header from page 2) set at fixed places on A4 pages the way each
kind of software places them (:func:`sheet_pdf`), or as the plain blocks the other formats
are written from (:func:`sheet_blocks`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from testbed.evaluation.corpus import Block
from testbed.evaluation.truth import Evidence, Ink, spans, unmark

_W, _H = 595.2756, 841.8898
_L, _R = 50.0, 545.0
_FOOT = 92.0  # room kept at the foot of every page for the footer
_NUMERIC = (*"0123456789-($€£", "CHF", "EUR", "kr", "DKK", "NOK", "USD", "GBP", "SEK")


@dataclass
class Sheet:
    """What a document prints, by part; :func:`sheet_pdf` places the parts by ``layout``."""

    layout: str  # panel | band | stacked | din
    head: list[str]  # letterhead: the sender's name first, then address and contacts
    title: str
    to: list[str] = field(default_factory=list)
    to_label: str = ""
    ship: list[str] = field(default_factory=list)
    ship_label: str = ""
    sender_line: str = ""  # the small return-address line over a window envelope's address
    refs: list[tuple[str, str]] = field(default_factory=list)  # the panel beside the address
    band: list[tuple[str, str]] = field(default_factory=list)  # labels over values, ruled
    lead: list[str] = field(default_factory=list)  # lines between the title and the table
    table: list[list[str]] = field(default_factory=list)  # header row first
    totals: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    foot: list[list[str]] = field(default_factory=list)  # footer columns
    running: str = ""  # page 2+ header; {page} and {pages} filled in
    pager: str = ""  # every page's foot, e.g. "Page {page} of {pages}"
    font: str = "Helvetica"
    boxed: bool = False  # the reference panel drawn in a frame


def sheet_blocks(sheet: Sheet) -> list[Block]:
    """The sheet as the blocks of a flowing document (DOCX, HTML, Markdown, text, scans)."""
    blocks: list[Block] = [("lines", sheet.head)]
    first = [("title", sheet.title)]
    if sheet.layout in ("stacked", "band"):
        blocks = [*first, *blocks]
        first = []
    addresses: list[Block] = []
    if sheet.to and sheet.ship:
        rows = max(len(sheet.to), len(sheet.ship))
        left = [sheet.to_label, *sheet.to] + [""] * rows
        right = [sheet.ship_label, *sheet.ship] + [""] * rows
        pairs = [(a, b) for a, b in zip(left, right, strict=False) if a or b]
        addresses.append(("columns", pairs))
    elif sheet.to:
        addresses.append(("lines", [x for x in [sheet.to_label, *sheet.to] if x]))
    blocks += addresses
    if sheet.refs:
        blocks.append(("kv", [(a.rstrip(":"), b.replace("\n", " ")) for a, b in sheet.refs]))
    blocks += first
    if sheet.band:
        blocks.append(("table", [[a for a, _ in sheet.band], [b for _, b in sheet.band]]))
    if sheet.lead:
        blocks.append(("lines", sheet.lead))
    if sheet.table:
        blocks.append(("table", sheet.table))
    if sheet.totals:
        blocks.append(("kv", [(a.rstrip(":"), b) for a, b in sheet.totals]))
    if sheet.notes:
        blocks.append(("lines", sheet.notes))
    if sheet.foot:
        blocks.append(("lines", [line for column in sheet.foot for line in column]))
    return blocks


class _Layout:
    """Pages of drawing operations; drawn once the page count is known."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.pages: list[list[tuple[object, ...]]] = [[]]
        self.y = 0.0

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        align: str = "l",
    ) -> None:
        font = f"{self.sheet.font}-Bold" if bold else self.sheet.font
        font = font.replace("Times-Roman-Bold", "Times-Bold")
        self.pages[-1].append(("t", x, y, text, font, size, align))

    def rule(self, y: float, x0: float = _L, x1: float = _R) -> None:
        self.pages[-1].append(("r", x0, y, x1))

    def frame(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pages[-1].append(("b", x0, y0, x1, y1))

    def lines(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: float = 9,
        *,
        bold_first: bool = False,
        align: str = "l",
    ) -> float:
        for index, line in enumerate(lines):
            self.text(x, y, line, size, bold=bold_first and index == 0, align=align)
            y += size * 1.3
        return y

    def need(self, height: float) -> bool:
        """Start a new page when ``height`` does not fit; True when it did."""
        if self.y + height <= _H - _FOOT:
            return False
        self.pages.append([])
        self.y = 58.0
        if self.sheet.running:
            self.text(_L, 34, self.sheet.running, 8)
            self.rule(47)
        return True


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415 - bench only

    return float(stringWidth(unmark(text), font, size))


def _top(lay: _Layout) -> None:  # noqa: PLR0912, PLR0915 - one branch per layout
    s = lay.sheet
    kind = s.layout
    if kind == "din":
        lay.lines(_R, 40, [s.head[0]], 15, bold_first=True, align="r")
        lay.lines(_R, 60, s.head[1:], 7.5, align="r")
        if s.sender_line:
            lay.text(_L, 128, s.sender_line, 6.5)
            lay.rule(131, _L, 300)
        end = lay.lines(_L, 144, [x for x in [s.to_label, *s.to] if x], 10)
        panel = lay.lines(340, 136, [], 8.5)
        for label, value in s.refs:
            lay.text(340, panel, label, 8.5)
            panel = lay.lines(440, panel, value.split("\n"), 8.5)
        lay.y = max(end, panel, 250.0) + 10
        lay.text(_L, lay.y, s.title, 12.5, bold=True)
        lay.y += 26
    elif kind == "panel":
        end = lay.lines(_L, 48, s.head[:1], 14, bold_first=True)
        end = lay.lines(_L, end + 2, s.head[1:], 8)
        panel = 50.0
        for label, value in s.refs:
            lay.text(345, panel, label, 8.5, bold=True)
            panel = lay.lines(_R, panel, value.split("\n"), 8.5, align="r")
        if s.boxed and s.refs:
            lay.frame(338, 40, _R + 6, panel + 3)
        y = max(end, panel) + 22
        left = lay.lines(
            _L, y, [x for x in [s.to_label, *s.to] if x], 9.5, bold_first=bool(s.to_label)
        )
        right = lay.lines(
            300, y, [x for x in [s.ship_label, *s.ship] if x], 9.5, bold_first=bool(s.ship_label)
        )
        lay.y = max(left, right) + 18
        lay.text(_L, lay.y, s.title, 16, bold=True)
        lay.y += 28
    else:  # band, stacked: the title first, in large type
        lay.text(_L, 52, s.title, 20, bold=True)
        if kind == "band":
            end = lay.lines(_R, 44, s.head[:1], 11, bold_first=True, align="r")
            end = lay.lines(_R, end, s.head[1:], 8, align="r")
        else:
            end = lay.lines(_L, 80, s.head[:1], 11, bold_first=True)
            end = lay.lines(_L, end, s.head[1:], 8)
        panel = 80.0
        if kind == "stacked":
            for label, value in s.refs:
                lay.text(380, panel, label, 7.5, bold=True)
                panel = lay.lines(380, panel + 10, value.split("\n"), 9.5) + 4
        y = max(end, 80.0 if kind == "band" else end) + 18
        left = lay.lines(
            _L, y, [x for x in [s.to_label, *s.to] if x], 9.5, bold_first=bool(s.to_label)
        )
        right = lay.lines(
            220, y, [x for x in [s.ship_label, *s.ship] if x], 9.5, bold_first=bool(s.ship_label)
        )
        lay.y = max(left, right, panel) + 14
        if kind == "band" and s.refs:
            for label, value in s.refs:
                lay.text(_L, lay.y, f"{label} {value}", 9)
                lay.y += 12
    if s.band:
        _band(lay)
    for line in s.lead:
        lay.text(_L, lay.y, line, 9.5)
        lay.y += 13
    lay.y += 6


def _band(lay: _Layout) -> None:
    """Labels over values in cells across the page, ruled above and below."""
    s = lay.sheet
    lay.rule(lay.y)
    step = (_R - _L) / len(s.band)
    deepest = lay.y
    for index, (label, value) in enumerate(s.band):
        x = _L + index * step + 3
        lay.text(x, lay.y + 4, label, 7, bold=True)
        deepest = max(deepest, lay.lines(x, lay.y + 16, value.split("\n"), 9))
    lay.y = deepest + 2
    lay.rule(lay.y)
    lay.y += 12


def _table(lay: _Layout) -> None:
    s = lay.sheet
    rows = s.table
    if not rows:
        return
    bold = f"{s.font}-Bold".replace("Times-Roman-Bold", "Times-Bold")
    count = len(rows[0])
    numeric = [
        i > 0 and all(not r[i] or unmark(r[i]).lstrip().startswith(_NUMERIC) for r in rows[1:])
        for i in range(count)
    ]
    widths = [
        max(_width(line, bold, 8.5) for r in rows for line in r[i].split("\n")) + 12
        for i in range(count)
    ]
    # The columns before the first numeric one stand from the left margin, the rest (numbers
    # flush right, a unit column between them) from the right margin, in the header's order.
    first = next((i for i in range(count) if numeric[i]), count)
    edges: list[float] = [0.0] * count
    x = _L
    for i in range(first):
        edges[i] = x
        x += widths[i]
    right = _R
    for i in reversed(range(first, count)):
        edges[i] = right if numeric[i] else right - widths[i] + 10
        right -= widths[i]

    def row(cells: list[str], size: float, header: bool) -> None:
        height = max(len(c.split("\n")) for c in cells) * size * 1.3 + 4
        if lay.need(height) and not header:  # a new page repeats the header row
            row(rows[0], 8.5, True)
        for i, cell in enumerate(cells):
            align = "r" if numeric[i] else "l"
            lay.lines(edges[i], lay.y, cell.split("\n"), size, bold_first=header, align=align)
        lay.y += height
        if header:
            lay.rule(lay.y - 3)

    lay.y += 8
    lay.rule(lay.y - 6)
    row(rows[0], 8.5, True)
    for cells in rows[1:]:
        row(cells, 9, False)
    lay.rule(lay.y - 2)
    lay.y += 8


def _rest(lay: _Layout) -> None:
    s = lay.sheet
    for index, (label, value) in enumerate(s.totals):
        last = index == len(s.totals) - 1
        lay.need(14)
        lay.text(380, lay.y, label, 9.5, bold=last)
        lay.text(_R, lay.y, value, 9.5, bold=last, align="r")
        lay.y += 14
    lay.y += 10
    for line in s.notes:
        lay.need(12)
        lay.text(_L, lay.y, line, 8.5)
        lay.y += 12


def sheet_pdf(sheet: Sheet) -> tuple[bytes, dict[str, Evidence]]:
    """The sheet set on A4 pages: its bytes and where each marked value landed."""
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415 - bench only

    lay = _Layout(sheet)
    _top(lay)
    _table(lay)
    _rest(lay)
    pages = len(lay.pages)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(_W, _H), invariant=1)
    ink = Ink()
    for number, ops in enumerate(lay.pages, start=1):
        foot = list(ops)
        step = (_R - _L) / max(1, len(sheet.foot))
        for index, column in enumerate(sheet.foot):
            for row, line in enumerate(column):
                foot.append(("t", _L + index * step, _H - 70 + row * 9, line, sheet.font, 6.5, "l"))
        if sheet.pager:
            text = sheet.pager.format(page=number, pages=pages)
            foot.append(("t", _R, _H - 80, text, sheet.font, 7.5, "r"))
        for op in foot:
            _draw(canvas, ink, number, op, pages)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), ink.found


def _draw(canvas: object, ink: Ink, page: int, op: tuple[object, ...], pages: int) -> None:
    c = canvas  # a reportlab Canvas
    if op[0] == "r":
        _, x0, y, x1 = op
        c.setLineWidth(0.5)  # type: ignore[attr-defined]
        c.line(x0, _H - y, x1, _H - y)  # type: ignore[attr-defined, operator]
        return
    if op[0] == "b":
        _, x0, y0, x1, y1 = op
        c.rect(x0, _H - y1, x1 - x0, y1 - y0)  # type: ignore[attr-defined, operator]
        return
    _, x, y, raw, font, size, align = op
    assert isinstance(raw, str)
    assert isinstance(font, str)
    assert isinstance(x, float | int)
    assert isinstance(y, float | int)
    assert isinstance(size, float | int)
    raw = raw.replace("{page}", str(page)).replace("{pages}", str(pages))
    printed, marked = spans(raw)
    width = _width(printed, font, size)
    left = x - width if align == "r" else x
    c.setFont(font, size)  # type: ignore[attr-defined]
    c.drawString(left, _H - y - size, printed)  # type: ignore[attr-defined]
    for name, start, end in marked:
        x0 = left + _width(printed[:start], font, size)
        x1 = x0 + _width(printed[start:end], font, size)
        top, bottom = y + size * 0.22, y + size * 1.22
        ink.note(name, page, (x0 / _W, top / _H, x1 / _W, bottom / _H))


__all__ = ["Sheet", "sheet_blocks", "sheet_pdf"]
