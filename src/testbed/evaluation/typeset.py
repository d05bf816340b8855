"""The development set's PDFs: blocks set on A4 pages with reportlab's canvas, line by line,
so the renderer knows the page and box of every value it draws (the evidence labels).

A ``("break", None)`` block starts a new page: packets put each bundled document on pages of
its own, and the page each one starts on is reported with the file.
"""

from __future__ import annotations

import io
from typing import Any

from testbed.evaluation.corpus import Block
from testbed.evaluation.truth import Evidence, Ink, spans, unbreakable, unmark

_W, _H = 595.2756, 841.8898  # A4 in points
_LEFT, _TOP, _BOTTOM = 56.0, 60.0, 60.0
_TEXT_WIDTH = _W - 2 * _LEFT
_BODY = ("Helvetica", 10.0)
_BOLD = "Helvetica-Bold"
_STYLE = {"title": (_BOLD, 17.0), "heading": (_BOLD, 12.5)}


class _Page:
    """A canvas with a cursor: draws strings top-down and notes marked values' boxes."""

    def __init__(self) -> None:
        from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415 - bench only

        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=(_W, _H), invariant=1)
        self.canvas.setTitle("Document")
        self.page = 1
        self.y = _TOP
        self.ink = Ink()
        self.starts = [1]

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y = _TOP

    def need(self, height: float) -> None:
        if self.y + height > _H - _BOTTOM:
            self.new_page()

    def line(self, cells: list[tuple[float, str, tuple[str, float]]]) -> None:
        """Draw one line's cells (left edge, text, font) at the cursor as one text object,
        so a text layer reads the line as one line; note each marked value's box."""
        from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

        size = max(font[1] for _, _, font in cells)
        baseline = self.y + size
        text = self.canvas.beginText()
        for x, cell, (name, points) in cells:
            printed, marked = spans(cell.replace("\u00a0", " "))
            text.setTextOrigin(x, _H - baseline)
            text.setFont(name, points)
            text.textOut(printed)
            for figure, start, end in marked:
                x0 = x + stringWidth(printed[:start], name, points)
                x1 = x0 + stringWidth(printed[start:end], name, points)
                top, bottom = baseline - points * 0.78, baseline + points * 0.22
                self.ink.note(figure, self.page, (x0 / _W, top / _H, x1 / _W, bottom / _H))
        self.canvas.drawText(text)

    def advance(self, size: float, factor: float = 1.35) -> None:
        self.y += size * factor


def _wrapped(text: str, font: tuple[str, float], width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    lines: list[str] = []
    line = ""
    for word in unbreakable(text).split(" "):
        candidate = f"{line} {word}".strip()
        if line and stringWidth(unmark(candidate), *font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def _text_lines(page: _Page, lines: list[str], font: tuple[str, float]) -> None:
    for line in lines:
        for part in _wrapped(line, font, _TEXT_WIDTH):
            page.need(font[1] * 1.35)
            page.line([(_LEFT, part, font)])
            page.advance(font[1])


def _rows(page: _Page, rows: list[list[str]], widths: list[float], bold_first: bool) -> None:
    size = _BODY[1]
    for index, row in enumerate(rows):
        page.need(size * 1.5)
        x = _LEFT
        font = (_BOLD, size) if bold_first and index == 0 else _BODY
        cells = []
        for cell, width in zip(row, widths, strict=True):
            if cell:
                cells.append((x, cell, font))
            x += width
        if cells:
            page.line(cells)
        page.advance(size, 1.5)


def _column_widths(rows: list[list[str]]) -> list[float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    columns = len(rows[0])
    return [
        max(stringWidth(unmark(row[i]), _BOLD, _BODY[1]) for row in rows) + 14
        for i in range(columns)
    ]


def as_pdf(
    blocks: tuple[Block, ...] | list[Block],
) -> tuple[bytes, dict[str, Evidence], list[int], int]:
    """The PDF's bytes, each marked value's evidence, the page each document starts on (the
    first, then one per ``break``), and the page count."""
    page = _Page()
    for kind, value in blocks:
        _block(page, kind, value)
        page.advance(_BODY[1], 0.8)
    page.canvas.save()
    return page.buffer.getvalue(), page.ink.found, page.starts, page.page


def _block(page: _Page, kind: str, value: Any) -> None:
    if kind == "break":
        page.new_page()
        page.starts.append(page.page)
    elif kind in _STYLE:
        page.advance(_BODY[1], 0.6)
        _text_lines(page, [value], _STYLE[kind])
    elif kind == "para":
        _text_lines(page, [value], _BODY)
    elif kind in ("lines", "bullets"):
        _text_lines(page, [f"- {v}" if kind == "bullets" else v for v in value], _BODY)
    elif kind == "kv":
        labels = _column_widths([[f"{a}:"] for a, _ in value])
        _rows(page, [[f"{a}:", b] for a, b in value], [*labels, 0.0], False)
    elif kind == "kv_below":
        _text_lines(page, [line for pair in value for line in pair], _BODY)
    elif kind == "columns":
        _rows(page, [list(pair) for pair in value], [260.0, 200.0], False)
    elif kind == "table":
        _rows(page, value, _column_widths(value), True)
