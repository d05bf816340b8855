"""Held-out PDFs with a text layer: serif type, each held-out page starting a new PDF page
(running onto another when it is full), every marked value's box noted where it is drawn."""

from __future__ import annotations

import io

from testbed.evaluation.truth import Evidence, Ink, spans
from testbed.heldout.layout import Line, set_lines
from testbed.heldout.sheet import Sheet

_W, _H = 595.2756, 841.8898
_LEFT, _TOP, _BOTTOM = 56.0, 64.0, 56.0
_FONTS = {False: "Times-Roman", True: "Times-Bold"}


def measure(text: str, size: float, bold: bool) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415 - bench only

    return float(stringWidth(text, _FONTS[bold], size))


def write_pdf(sheets: list[Sheet]) -> tuple[bytes, dict[str, Evidence], list[int], int]:
    """The PDF of ``sheets`` (one document each, in order), each marked value's evidence
    (marks must be unique across sheets), the page each sheet starts on, the page count."""
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(_W, _H), invariant=1)
    canvas.setTitle("Scan" if not sheets else "Document")
    ink = Ink()
    page, starts = 0, []
    for sheet in sheets:
        for index, elements in enumerate(sheet.pages):
            if page:
                canvas.showPage()
            page += 1
            if index == 0:
                starts.append(page)
            y = _TOP
            for line in set_lines(elements, measure):
                height = line.size * 1.45
                if y + height > _H - _BOTTOM:
                    canvas.showPage()
                    page += 1
                    y = _TOP
                _draw(canvas, line, y, page, ink)
                y += height + line.space_after
    canvas.save()
    return buffer.getvalue(), ink.found, starts, page


def _draw(canvas: object, line: Line, y: float, page: int, ink: Ink) -> None:
    baseline = y + line.size
    text = canvas.beginText()  # type: ignore[attr-defined]
    for cell in line.cells:
        printed, marked = spans(cell.text)
        width = measure(printed, line.size, cell.bold)
        left = _LEFT + (cell.x - width if cell.right else cell.x)
        text.setTextOrigin(left, _H - baseline)
        text.setFont(_FONTS[cell.bold], line.size)
        text.textOut(printed)
        for name, start, end in marked:
            x0 = left + measure(printed[:start], line.size, cell.bold)
            x1 = x0 + measure(printed[start:end], line.size, cell.bold)
            top, bottom = baseline - line.size * 0.75, baseline + line.size * 0.22
            ink.note(name, page, (x0 / _W, top / _H, x1 / _W, bottom / _H))
    canvas.drawText(text)  # type: ignore[attr-defined]
