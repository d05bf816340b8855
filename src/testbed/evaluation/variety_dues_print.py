"""The page of a recurring bill (:mod:`testbed.evaluation.variety_dues`): where its parts stand,
and the two ways it is drawn.

A :class:`Sheet` has a letterhead, a panel of the bill's details (a box at the right beside
the address window, or a band of labels over values across the page), the addressee, the
body (the shared blocks, plus ``side``: two columns set beside each other), a payment slip
to tear off at the foot of the last page, a running header repeated on every page and a
footer. :func:`sheet_pdf` sets it with reportlab at positions, as billing systems print it,
and reports where each marked value landed; :func:`sheet_blocks` gives the same words as the
shared blocks, for the formats that carry no positions (text, HTML, DOCX, e-mail, scans).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from testbed.evaluation.corpus import Block
from testbed.evaluation.truth import Evidence, Ink, spans, unbreakable, unmark

_W, _H = 595.2756, 841.8898  # A4 in points
_LEFT, _RIGHT, _TOP, _BOTTOM = 50.0, 545.0, 44.0, 58.0
_FONTS = {
    "Dues": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Dues-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
#: Where the slip's cut line is printed.
CUT = "- " * 55


@dataclass
class Sheet:
    """A bill's parts by where they stand on its page."""

    head: list[str] = field(default_factory=list)
    panel: list[tuple[str, str]] = field(default_factory=list)
    #: ``box`` (beside the address), ``band`` (labels over values across the page),
    #: ``stack`` (each label over its value, in the box).
    panel_style: str = "box"
    address: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    slip: list[Block] = field(default_factory=list)
    #: Printed at the top of every page; ``{page}`` and ``{pages}`` are filled in.
    running: str | None = None
    footer: list[str] = field(default_factory=list)
    #: How the panel reads without positions: ``kv``, ``kv_below`` or ``columns``.
    text_panel: str = "kv"


def sheet_blocks(sheet: Sheet) -> list[Block]:
    """The sheet's words as shared blocks, in reading order, its panel as its
    ``text_panel`` says (``columns``: the address at the left, the panel at the right)."""
    panel_as = sheet.text_panel
    blocks: list[Block] = []
    if sheet.running:
        blocks.append(("lines", [sheet.running.format(page=1, pages=_pages_of(sheet))]))
    if sheet.head:
        blocks.append(("lines", sheet.head))
    if panel_as == "columns" and sheet.address and sheet.panel:
        rows = max(len(sheet.address), len(sheet.panel))
        left = [*sheet.address, *[""] * rows][:rows]
        right = [f"{a}  {b}" if a else b for a, b in sheet.panel] + [""] * rows
        blocks.append(("columns", list(zip(left, right[:rows], strict=True))))
    else:
        if sheet.address:
            blocks.append(("lines", sheet.address))
        if sheet.panel:
            blocks.append((panel_as, sheet.panel))
    for kind, value in sheet.body:
        if kind == "side":
            left, right = value
            blocks.extend([*left, *right])
        elif kind != "break":
            blocks.append((kind, value))
    if sheet.slip:
        blocks.append(("lines", [CUT]))
        blocks.extend(sheet.slip)
    if sheet.footer:
        blocks.append(("lines", sheet.footer))
    return blocks


def _pages_of(sheet: Sheet) -> int:
    return 1 + sum(1 for kind, _ in sheet.body if kind == "break")


class _Canvas:
    """A reportlab canvas that notes the box of every marked value it draws."""

    def __init__(self, pages: int) -> None:
        from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415 - bench only
        from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415
        from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

        for name, path in _FONTS.items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, path))
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=(_W, _H), invariant=1)
        self.canvas.setTitle("Bill")
        self.page, self.pages, self.y = 1, pages, _TOP
        self.ink = Ink()

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

        return float(stringWidth(unmark(text), "Dues-Bold" if bold else "Dues", size))

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float = 9.0,
        *,
        bold: bool = False,
        right: bool = False,
    ) -> None:
        """``value`` with its baseline at ``y`` (from the top), starting (or ending) at ``x``."""
        printed, marked = spans(value.replace("\u00a0", " "))
        font = "Dues-Bold" if bold else "Dues"
        if right:
            x -= self.width(printed, size, bold=bold)
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, _H - y, printed)
        for name, start, end in marked:
            x0 = x + self.width(printed[:start], size, bold=bold)
            x1 = x0 + self.width(printed[start:end], size, bold=bold)
            box = (x0 / _W, (y - size * 0.8) / _H, x1 / _W, (y + size * 0.25) / _H)
            self.ink.note(name, self.page, box)

    def rect(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.canvas.rect(x0, _H - y1, x1 - x0, y1 - y0)

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        lines: list[str] = []
        line = ""
        for word in unbreakable(text).split(" "):
            candidate = f"{line} {word}".strip()
            if line and self.width(candidate, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        return [*lines, line] if line else lines


def sheet_pdf(sheet: Sheet) -> tuple[bytes, dict[str, Evidence]]:
    """The sheet set on A4 pages, and where each marked value was drawn."""
    c = _Canvas(_pages_of(sheet))
    _furniture(c, sheet)
    y = _TOP + (16 if sheet.running else 0)
    for index, line in enumerate(sheet.head):
        size = 13.0 if index == 0 else 8.0
        y += size * 1.3
        c.text(_LEFT, y, line, size, bold=index == 0)
    y = max(y + 18, 130.0)
    top = y
    for index, line in enumerate(sheet.address):
        c.text(_LEFT, top + 11 * index, line, 9.5)
    low = top + 11 * len(sheet.address)
    if sheet.panel and sheet.panel_style == "band":
        y = low + 20
        step = (_RIGHT - _LEFT) / len(sheet.panel)
        c.rect(_LEFT - 4, y - 10, _RIGHT + 4, y + 18)
        for index, (label, value) in enumerate(sheet.panel):
            c.text(_LEFT + index * step, y, label, 7.0, bold=True)
            c.text(_LEFT + index * step, y + 12, value, 8.5)
        low = y + 30
    elif sheet.panel:
        x0 = 318.0
        y = _TOP + 20 if sheet.panel_style == "stack" else top - 8
        step = 22.0 if sheet.panel_style == "stack" else 12.5
        c.rect(x0 - 8, y - 4, _RIGHT + 4, y + step * len(sheet.panel) + 4)
        for index, (label, value) in enumerate(sheet.panel):
            row = y + 10 + index * step
            if sheet.panel_style == "stack":
                c.text(x0, row, label, 7.0)
                c.text(x0, row + 10, value, 9.5, bold=True)
            else:
                c.text(x0, row, label, 8.5)
                c.text(_RIGHT, row, value, 8.5, bold=True, right=True)
        low = max(low, y + step * len(sheet.panel) + 10)
    c.y = low + 22
    for kind, value in sheet.body:
        _block(c, sheet, kind, value)
    if sheet.slip:
        _slip(c, sheet)
    c.canvas.showPage()
    c.canvas.save()
    return c.buffer.getvalue(), c.ink.found


def _furniture(c: _Canvas, sheet: Sheet) -> None:
    """The running header and the footer of the current page."""
    if sheet.running:
        line = sheet.running.format(page=c.page, pages=c.pages)
        c.text(_RIGHT, _TOP, line, 7.5, right=True)
    for index, line in enumerate(sheet.footer):
        c.text(_LEFT, _H - _BOTTOM + 22 + 9 * index, line, 6.5)


def _new_page(c: _Canvas, sheet: Sheet) -> None:
    c.canvas.showPage()
    c.page += 1
    _furniture(c, sheet)
    c.y = _TOP + 30


def _need(c: _Canvas, sheet: Sheet, height: float) -> None:
    if c.y + height > _H - _BOTTOM - 10 * len(sheet.footer):
        _new_page(c, sheet)


def _block(  # noqa: PLR0912, PLR0917 - one branch per kind of block
    c: _Canvas,
    sheet: Sheet,
    kind: str,
    value: Any,
    x: float = _LEFT,
    width: float = _RIGHT - _LEFT,
) -> None:
    if kind == "break":
        _new_page(c, sheet)
    elif kind in ("title", "heading"):
        size = 15.0 if kind == "title" else 11.0
        _need(c, sheet, size * 2)
        c.y += size * 0.6
        c.text(x, c.y + size, value, size, bold=True)
        c.y += size * 1.6
    elif kind == "para":
        for line in c.wrap(value, 9.0, width):
            _need(c, sheet, 12)
            c.text(x, c.y + 9, line)
            c.y += 12
        c.y += 5
    elif kind in ("lines", "bullets"):
        for line in value:
            _need(c, sheet, 12)
            c.text(x, c.y + 9, f"• {line}" if kind == "bullets" else line)
            c.y += 12
        c.y += 5
    elif kind in ("kv", "columns"):
        label_w = max(c.width(a, 9.0) for a, _ in value) + 14
        for label, text in value:
            _need(c, sheet, 12)
            c.text(x, c.y + 9, f"{label}" if kind == "columns" or not label else f"{label}:")
            c.text(x + (label_w if kind == "kv" else width / 2), c.y + 9, text)
            c.y += 12
        c.y += 5
    elif kind == "kv_below":
        for label, text in value:
            _need(c, sheet, 24)
            c.text(x, c.y + 8, label, 7.5)
            c.text(x, c.y + 19, text, 9.5, bold=True)
            c.y += 24
        c.y += 4
    elif kind == "table":
        _table(c, sheet, value, x, width)
    elif kind == "side":
        left, right = value
        start, page = c.y, c.page
        for k, v in left:
            _block(c, sheet, k, v, x, width / 2 - 12)
        end = c.y
        if c.page == page:
            c.y = start
        for k, v in right:
            _block(c, sheet, k, v, x + width / 2 + 6, width / 2 - 6)
        c.y = max(c.y, end)


def _table(c: _Canvas, sheet: Sheet, rows: list[list[str]], x: float, width: float) -> None:
    plain = [[unmark(cell) for cell in row] for row in rows]
    count = len(rows[0])
    numeric = [
        all(not row[i] or row[i].lstrip("-$£€(").rstrip(")")[:1].isdigit() for row in plain[1:])
        for i in range(count)
    ]
    widths = [max(c.width(row[i], 8.5) for row in plain) + 12 for i in range(count)]
    widths[0] += max(0.0, width - sum(widths))
    for index, row in enumerate(rows):
        _need(c, sheet, 13)
        left = x
        for cell, cw, right in zip(row, widths, numeric, strict=True):
            if cell:
                edge = left + cw - 6 if right and index else left
                c.text(edge, c.y + 9, cell, 8.5, bold=index == 0, right=right and index > 0)
            left += cw
        c.y += 13
    c.y += 6


def _slip(c: _Canvas, sheet: Sheet) -> None:
    """The payment slip at the foot of the last page, under a cut line."""
    height = 40.0 + sum(14 * len(v) if k != "para" else 26 for k, v in sheet.slip)
    floor = _H - _BOTTOM - 10 * len(sheet.footer)
    if c.y + height > floor:
        _new_page(c, sheet)
    c.y = floor - height
    c.text(_LEFT, c.y, CUT, 8.0)
    c.y += 16
    for kind, value in sheet.slip:
        _block(c, sheet, kind, value)


__all__ = ["CUT", "Sheet", "sheet_blocks", "sheet_pdf"]
