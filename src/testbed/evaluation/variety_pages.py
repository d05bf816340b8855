"""Pages of the variety packets (:mod:`testbed.evaluation.variety_packets`), drawn one by one
into a single PDF: a page is typeset with a text layer, or drawn as a picture of paper (a
scanned page, no text layer, read back by OCR), so one packet mixes both as a claims office's
scanner bundles them.

A page is a list of :class:`Line` (cells at their left edges, a style) and an
optional footer ("Page 1 of 2"). The renderer measures every marked value where it draws it,
on either kind of page, so the evidence labels say where the value really is.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from testbed.evaluation.truth import Evidence, Ink, spans

_W, _H = 595.2756, 841.8898  # A4 in points
_LEFT, _RIGHT_CELL, _TOP = 56.0, 330.0, 60.0
#: Font (reportlab name, DejaVu file) and size in points per style.
_STYLES = {
    "title": ("Helvetica-Bold", "DejaVuSans-Bold.ttf", 16.0),
    "bold": ("Helvetica-Bold", "DejaVuSans-Bold.ttf", 11.0),
    "body": ("Helvetica", "DejaVuSans.ttf", 10.0),
}
_FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
#: Scanned pages at 150 dpi, as an office scanner produces them.
_DPI = 150


#: Left edges (points) of a table's columns: description, quantity, unit price, amount.
TABLE = (_LEFT, 300.0, 370.0, 460.0)


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: its cells (left edge in points, text) and a style."""

    cells: tuple[tuple[float, str], ...]
    style: str = "body"


@dataclass
class Page:
    """One page of a packet: its lines top down, a footer, and whether it is a scan."""

    lines: list[Line] = field(default_factory=list)
    footer: str = ""
    scanned: bool = False

    def add(self, text: str = "", right: str = "", style: str = "body") -> None:
        """A line: ``text`` at the left margin, ``right`` in the right-hand column."""
        self.lines.append(Line(((_LEFT, text), (_RIGHT_CELL, right)), style))

    def row(self, cells: list[str], style: str = "body") -> None:
        """A table row, its cells in the columns of :data:`TABLE`."""
        self.lines.append(Line(tuple(zip(TABLE, cells, strict=False)), style))


def draw_pages(pages: list[Page]) -> tuple[bytes, dict[str, Evidence]]:
    """The pages as one PDF, and the page and box of every marked value."""
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415 - bench only

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(_W, _H), invariant=1)
    canvas.setTitle("Scan")
    ink = Ink()
    for number, page in enumerate(pages, start=1):
        if page.scanned:
            _scanned(canvas, page, number, ink)
        else:
            _typeset(canvas, page, number, ink)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), ink.found


def _placed(page: Page) -> list[tuple[float, float, str, str]]:
    """Every cell of the page as (x, baseline, text, style) in points from the top left."""
    cells: list[tuple[float, float, str, str]] = []
    y = _TOP
    for line in page.lines:
        size = _STYLES[line.style][2]
        baseline = y + size
        cells += [(x, baseline, text, line.style) for x, text in line.cells if text]
        y += size * (1.6 if line.style == "title" else 1.45)
    if page.footer:
        cells.append((_LEFT, _H - 40.0, page.footer, "body"))
    return cells


def _typeset(canvas: Any, page: Page, number: int, ink: Ink) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    for x, baseline, cell, style in _placed(page):
        font, _, size = _STYLES[style]
        printed, marked = spans(cell)
        text = canvas.beginText()
        text.setTextOrigin(x, _H - baseline)
        text.setFont(font, size)
        text.textOut(printed)
        canvas.drawText(text)
        for name, start, end in marked:
            x0 = x + stringWidth(printed[:start], font, size)
            x1 = x0 + stringWidth(printed[start:end], font, size)
            top, bottom = baseline - size * 0.78, baseline + size * 0.22
            ink.note(name, number, (x0 / _W, top / _H, x1 / _W, bottom / _H))


def _scanned(canvas: Any, page: Page, number: int, ink: Ink) -> None:
    """The page drawn as a greyscale picture at 150 dpi and placed over the whole page."""
    from PIL import Image, ImageDraw, ImageFont  # noqa: PLC0415
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415

    scale = _DPI / 72
    width, height = int(_W * scale), int(_H * scale)
    image = Image.new("L", (width, height), color=244)
    draw = ImageDraw.Draw(image)
    for x, baseline, cell, style in _placed(page):
        _, file, size = _STYLES[style]
        font = ImageFont.truetype(_FONT_DIR + file, int(size * scale))
        printed, marked = spans(cell)
        origin = (x * scale, (baseline - size * 0.9) * scale)
        draw.text(origin, printed, fill=25, font=font)
        for name, start, end in marked:
            x0 = origin[0] + draw.textlength(printed[:start], font=font)
            _, top, x1, bottom = draw.textbbox((x0, origin[1]), printed[start:end], font=font)
            ink.note(name, number, (x0 / width, top / height, x1 / width, bottom / height))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    canvas.drawImage(ImageReader(buffer), 0, 0, width=_W, height=_H)
