"""A column sheet (:mod:`testbed.evaluation.variety_columns_sheet`) typeset as a PDF, each
column at its own x, and that page scanned or photographed; with every marked value's box.
"""

from __future__ import annotations

import io
import math
import random

from testbed.evaluation.truth import Box, Evidence, Ink, spans
from testbed.evaluation.variety_columns_sheet import Band, Grid, Items, Sheet, Text

_MARGIN = 48.0


class _Pen:
    """Draws marked text on a reportlab canvas and notes each marked value's box."""

    def __init__(self, canvas: object, size: tuple[float, float]) -> None:
        self.canvas = canvas
        self.width, self.height = size
        self.ink = Ink()

    def text(self, x: float, y: float, line: str, size: float, *, bold: bool = False,
             right: bool = False) -> None:  # fmt: skip
        from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

        font = "Helvetica-Bold" if bold else "Helvetica"
        printed, marked = spans(line)
        width = stringWidth(printed, font, size)
        left = x - width if right else x
        c = self.canvas
        c.setFont(font, size)  # type: ignore[attr-defined]
        c.drawString(left, y, printed)  # type: ignore[attr-defined]
        for name, start, end in marked:
            x0 = left + stringWidth(printed[:start], font, size)
            x1 = x0 + stringWidth(printed[start:end], font, size)
            top, bottom = y + size * 0.8, y - size * 0.22
            self.ink.note(
                name,
                1,
                (x0 / self.width, 1 - top / self.height, x1 / self.width, 1 - bottom / self.height),
            )


def as_pdf(sheet: Sheet) -> tuple[bytes, dict[str, Evidence]]:
    """The sheet on one page: bands' columns at their x, grids boxed, footers at the foot."""
    from reportlab.lib.pagesizes import A4, LETTER  # noqa: PLC0415
    from reportlab.lib.utils import simpleSplit  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    size = LETTER if sheet.letter else A4
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1)
    pen = _Pen(canvas, size)
    width = size[0] - 2 * _MARGIN
    y = size[1] - _MARGIN
    footers = [part for part in sheet.parts if isinstance(part, Band) and part.footer]
    for part in sheet.parts:
        if isinstance(part, Text):
            for line in simpleSplit(part.text, "Helvetica", part.size, width) or [""]:
                y -= part.size * 1.25
                x = _MARGIN + width if part.align == "r" else _MARGIN
                pen.text(x, y, line, part.size, bold=part.bold, right=part.align == "r")
            y -= part.size * 0.6
        elif isinstance(part, Band) and not part.footer:
            y = _band(pen, part, y, width) - 10
        elif isinstance(part, Grid):
            y = _grid(pen, part, y, width) - 12
        elif isinstance(part, Items):
            y = _items(pen, part, y, width) - 8
    bottom = _MARGIN
    for band in reversed(footers):
        depth = max(len(col.lines) for col in band.cols)
        top = bottom + depth * band.size * 1.25 + 4
        canvas.setLineWidth(0.5)
        canvas.line(_MARGIN, top + 2, _MARGIN + width, top + 2)
        _band(pen, band, top, width)
        bottom = top + 10
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), pen.ink.found


def _band(pen: _Pen, band: Band, y: float, width: float) -> float:
    lead = band.size * 1.25
    deepest = y
    for col in band.cols:
        line_y = y
        for index, line in enumerate(col.lines):
            line_y -= lead
            if not line:
                continue
            right = col.align == "r"
            x = _MARGIN + (col.x + col.w) * width if right else _MARGIN + col.x * width
            pen.text(x, line_y, line, band.size, bold=col.head and index == 0, right=right)
        deepest = min(deepest, line_y)
    return deepest


def _grid(pen: _Pen, grid: Grid, y: float, width: float) -> float:
    canvas = pen.canvas
    cell = width / len(grid.cells)
    canvas.setLineWidth(0.6)  # type: ignore[attr-defined]
    for index, (label, value) in enumerate(grid.cells):
        x = _MARGIN + index * cell
        canvas.setFillGray(0.9)  # type: ignore[attr-defined]
        canvas.rect(x, y - 14, cell, 14, fill=1, stroke=1)  # type: ignore[attr-defined]
        canvas.setFillGray(0)  # type: ignore[attr-defined]
        canvas.rect(x, y - 32, cell, 18, fill=0, stroke=1)  # type: ignore[attr-defined]
        pen.text(x + 4, y - 10, label, 7.5, bold=True)
        pen.text(x + 4, y - 27, value, 9.5)
    return y - 32


def _items(pen: _Pen, items: Items, y: float, width: float) -> float:
    canvas = pen.canvas
    edges = [0.0]
    for share in items.widths:
        edges.append(edges[-1] + share * width)
    canvas.setFillGray(0.88)  # type: ignore[attr-defined]
    canvas.rect(_MARGIN, y - 16, width, 16, fill=1, stroke=0)  # type: ignore[attr-defined]
    canvas.setFillGray(0)  # type: ignore[attr-defined]
    for r, row in enumerate([items.header, *items.rows]):
        row_y = y - 11 - r * 15
        for c, text in enumerate(row):
            right = items.numeric[c]
            x = _MARGIN + (edges[c + 1] - 4 if right else edges[c] + 4)
            pen.text(x, row_y, text, 8.5, bold=r == 0, right=right)
    end = y - 16 - len(items.rows) * 15
    canvas.setLineWidth(0.5)  # type: ignore[attr-defined]
    canvas.line(_MARGIN, end, _MARGIN + width, end)  # type: ignore[attr-defined]
    return end


def as_picture(sheet: Sheet, rng: random.Random, *, fmt: str) -> tuple[bytes, dict[str, Evidence]]:
    """The typeset page as a scanner (``png``, ``pdf``: an image-only PDF) or a phone camera
    (``jpg``: turned, lit unevenly, blurred) gives it."""
    import pypdfium2  # noqa: PLC0415 - bench only
    from PIL import Image, ImageFilter  # noqa: PLC0415

    data, evidence = as_pdf(sheet)
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=2.0).to_pil().convert("L")
    tilt = rng.uniform(-1.0, 1.0) if fmt == "jpg" else rng.uniform(-0.4, 0.4)
    image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=250)
    width, height = image.size
    if fmt == "jpg":
        shade = Image.linear_gradient("L").resize((width, height)).point(lambda v: 255 - v // 5)
        image = Image.composite(image, Image.new("L", image.size, 0), shade)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    moved = {
        n: Evidence(e.page, _turned(e.bbox, tilt, width / height)) for n, e in evidence.items()
    }
    buffer = io.BytesIO()
    if fmt == "jpg":
        image.save(buffer, format="JPEG", quality=rng.randint(65, 85))
    elif fmt == "png":
        image.save(buffer, format="PNG", optimize=True)
    else:
        from reportlab.lib.utils import ImageReader  # noqa: PLC0415
        from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

        size = (width / 2.0, height / 2.0)
        canvas = Canvas(buffer, pagesize=size, invariant=1)
        canvas.drawImage(ImageReader(image), 0, 0, width=size[0], height=size[1])
        canvas.showPage()
        canvas.save()
    return buffer.getvalue(), moved


def _turned(box: Box | None, degrees: float, aspect: float) -> Box | None:
    """``box`` after the page is turned ``degrees`` counter-clockwise about its centre."""
    if box is None:
        return None
    angle = math.radians(degrees)
    points = []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = (x - 0.5) * aspect, y - 0.5
        tx = dx * math.cos(angle) + dy * math.sin(angle)
        ty = -dx * math.sin(angle) + dy * math.cos(angle)
        points.append((0.5 + tx / aspect, 0.5 + ty))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (max(0.0, min(xs)), max(0.0, min(ys)), min(1.0, max(xs)), min(1.0, max(ys)))


__all__ = ["as_pdf", "as_picture"]
