"""A page laid out in columns, as billing software and word-processor templates print headers
and detail blocks, and the same page in each format it arrives in (issue #18's development
check of column layouts, :mod:`testbed.evaluation.variety_columns`).

A :class:`Sheet` is a list of parts: a :class:`Band` of columns side by side (a letterhead
left and a label column and a value column flush right; Bill To / Ship To / Remit To; a
three-column footer), a boxed :class:`Grid` of header cells (label on top, value beneath),
the :class:`Items` table and :class:`Text`. The PDF is typeset so each column stands at its
own x; scans and photographs are that PDF rasterised; DOCX and HTML put the columns in table
cells (or CSS grid and flex boxes); text and Markdown align them with spaces. Values wrapped
in :func:`testbed.evaluation.truth.mark` are measured where they are drawn.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from dataclasses import dataclass

from testbed.evaluation.truth import unmark


@dataclass(frozen=True, slots=True)
class Col:
    """One column of a band: its lines, its left edge and width as fractions of the text
    width, flush left or right; ``head``: its first line is a heading."""

    lines: tuple[str, ...]
    x: float
    w: float
    align: str = "l"
    head: bool = False


@dataclass(frozen=True, slots=True)
class Band:
    """Columns side by side; ``footer``: printed at the foot of the page, small."""

    cols: tuple[Col, ...]
    size: float = 9.0
    footer: bool = False


@dataclass(frozen=True, slots=True)
class Grid:
    """A row of boxed cells, each a label over its value."""

    cells: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Items:
    """The item table: header, rows, which columns are numbers, each column's width."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]
    widths: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Text:
    """A title or a paragraph."""

    text: str
    size: float = 9.0
    bold: bool = False
    align: str = "l"


type Part = Band | Grid | Items | Text


@dataclass(frozen=True, slots=True)
class Sheet:
    parts: tuple[Part, ...]
    letter: bool = False  # US Letter, else A4


# -- plain text --------------------------------------------------------------------------------

_WIDTH = 96


def _place(line: str, text: str, start: int) -> str:
    """``text`` set into ``line`` at character ``start`` (after what is there, two spaces)."""
    used = len(unmark(line))
    start = max(start, used + 2) if used else max(start, 0)
    return line + " " * (start - used) + text


def text_lines(sheet: Sheet, *, markdown: bool = False) -> list[str]:
    """The sheet as aligned text (marks kept): columns at their character positions."""
    out: list[str] = []
    for part in sheet.parts:
        if isinstance(part, Text):
            lead = "# " if markdown and part.size >= 14 else ""
            text = part.text
            if part.align == "r" and not lead:
                text = " " * max(0, _WIDTH - len(unmark(text))) + text
            out += [lead + text, ""]
        elif isinstance(part, Band):
            if part.footer:
                out.append("-" * _WIDTH)
            depth = max(len(col.lines) for col in part.cols)
            for row in range(depth):
                line = ""
                for col in part.cols:
                    cell = col.lines[row] if row < len(col.lines) else ""
                    if not cell:
                        continue
                    start = round(col.x * _WIDTH)
                    if col.align == "r":
                        start = round((col.x + col.w) * _WIDTH) - len(unmark(cell))
                    line = _place(line, cell, start)
                out.append(line.rstrip() + ("  " if markdown else ""))
            out.append("")
        elif isinstance(part, Grid):
            out += _grid_text(part, markdown=markdown)
        else:
            out += _items_text(part, markdown=markdown)
    return out


def _grid_text(grid: Grid, *, markdown: bool) -> list[str]:
    if markdown:
        return [
            "| " + " | ".join(label for label, _ in grid.cells) + " |",
            "|" + "---|" * len(grid.cells),
            "| " + " | ".join(value for _, value in grid.cells) + " |",
            "",
        ]
    widths = [max(len(unmark(a)), len(unmark(b))) + 2 for a, b in grid.cells]
    rule = "+" + "+".join("-" * w for w in widths) + "+"

    def row(texts: list[str]) -> str:
        return (
            "|"
            + "|".join(
                " " + t + " " * (w - 1 - len(unmark(t))) for t, w in zip(texts, widths, strict=True)
            )
            + "|"
        )

    return [rule, row([a for a, _ in grid.cells]), rule, row([b for _, b in grid.cells]), rule, ""]


def _items_text(items: Items, *, markdown: bool) -> list[str]:
    if markdown:
        align = "|" + "".join("---:|" if n else "---|" for n in items.numeric)
        return [
            "| " + " | ".join(items.header) + " |",
            align,
            *("| " + " | ".join(row) + " |" for row in items.rows),
            "",
        ]
    table = [items.header, *items.rows]
    widths = [max(len(unmark(row[i])) for row in table) for i in range(len(items.header))]
    lines = []
    for index, row in enumerate(table):
        cells = [
            " " * (w - len(unmark(c))) + c if n else c + " " * (w - len(unmark(c)))
            for c, w, n in zip(row, widths, items.numeric, strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("-" * len(lines[0]))
    return [*lines, ""]


# -- HTML --------------------------------------------------------------------------------------


def as_html(sheet: Sheet, title: str, *, flex: bool) -> str:  # noqa: PLR0912 - a part each
    """Bands as table cells or (``flex``) flex boxes, grids as a bordered table or a CSS grid."""
    e = html.escape
    out = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(title)}</title>",
        "<style>body{font-family:Arial;font-size:12px}.cell{border:1px solid #999;padding:4px}"
        ".lbl{font-size:10px;color:#555}td{vertical-align:top;padding:2px 6px}</style>",
        "</head><body>",
    ]
    for part in sheet.parts:
        if isinstance(part, Text):
            tag = "h1" if part.size >= 14 else "p"
            style = " style='text-align:right'" if part.align == "r" else ""
            out.append(f"<{tag}{style}>{e(unmark(part.text))}</{tag}>")
        elif isinstance(part, Band):
            cells = []
            for col in part.cols:
                lines = [e(unmark(line)) for line in col.lines]
                if col.head and lines:
                    lines[0] = f"<strong>{lines[0]}</strong>"
                body = "<br>".join(lines)
                align = "text-align:right;" if col.align == "r" else ""
                if flex:
                    cells.append(f"<div style='{align}width:{col.w * 100:.0f}%'>{body}</div>")
                else:
                    cells.append(f"<td style='{align}width:{col.w * 100:.0f}%'>{body}</td>")
            wrap = "footer" if part.footer else "div"
            if flex:
                out.append(
                    f"<{wrap} style='display:flex;justify-content:space-between'>"
                    + "".join(cells)
                    + f"</{wrap}>"
                )
            else:
                out.append(
                    f"<{wrap}><table width='100%'><tr>{''.join(cells)}</tr></table></{wrap}>"
                )
        elif isinstance(part, Grid):
            if flex:
                n = len(part.cells)
                boxes = "".join(
                    f"<div class='cell'><div class='lbl'>{e(unmark(a))}</div>"
                    f"<div>{e(unmark(b))}</div></div>"
                    for a, b in part.cells
                )
                out.append(f"<div style='display:grid;grid-template-columns:repeat({n},1fr)'>")
                out.append(boxes + "</div>")
            else:
                heads = "".join(f"<th class='cell'>{e(unmark(a))}</th>" for a, _ in part.cells)
                values = "".join(f"<td class='cell'>{e(unmark(b))}</td>" for _, b in part.cells)
                out.append(f"<table border='1'><tr>{heads}</tr><tr>{values}</tr></table>")
        else:
            head = "".join(f"<th>{e(unmark(c))}</th>" for c in part.header)
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td{' align=right' if n else ''}>{e(unmark(c))}</td>"
                    for c, n in zip(row, part.numeric, strict=True)
                )
                + "</tr>"
                for row in part.rows
            )
            out.append(f"<table width='100%'><thead><tr>{head}</tr></thead>{rows}</table>")
    out.append("</body></html>")
    return "\n".join(out)


# -- DOCX --------------------------------------------------------------------------------------


def as_docx(sheet: Sheet, *, footer_in_footer: bool) -> bytes:  # noqa: PLR0912 - a part each
    """Bands, grids and items as Word tables; ``footer_in_footer``: the footer band in the
    section's footer, as letterhead templates keep it."""
    import docx  # noqa: PLC0415 - only the bench renders documents
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415

    document = docx.Document()

    def fill(cell: object, lines: tuple[str, ...], right: bool) -> None:
        first = True
        for line in lines or ("",):
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
            paragraph.text = unmark(line)
            if right:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            first = False

    for part in sheet.parts:
        if isinstance(part, Text):
            if part.size >= 14:
                document.add_heading(unmark(part.text), level=1)
            else:
                document.add_paragraph(unmark(part.text))
        elif isinstance(part, Band):
            n = len(part.cols)
            if part.footer and footer_in_footer:
                footer = document.sections[0].footer
                table = footer.add_table(rows=1, cols=n, width=docx.shared.Inches(6.5))
            else:
                table = document.add_table(rows=1, cols=n)
            for i, col in enumerate(part.cols):
                fill(table.cell(0, i), col.lines, col.align == "r")
        elif isinstance(part, Grid):
            table = document.add_table(rows=2, cols=len(part.cells))
            table.style = "Table Grid"
            for i, (label, value) in enumerate(part.cells):
                table.cell(0, i).text = unmark(label)
                table.cell(1, i).text = unmark(value)
        else:
            table = document.add_table(rows=len(part.rows) + 1, cols=len(part.header))
            table.style = "Table Grid"
            for r, row in enumerate([part.header, *part.rows]):
                for c, text in enumerate(row):
                    fill(table.cell(r, c), (text,), part.numeric[c] and r > 0)
    document.core_properties.created = document.core_properties.modified = _EPOCH
    buffer = io.BytesIO()
    document.save(buffer)
    return _stamped(buffer.getvalue())


_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _stamped(data: bytes) -> bytes:
    """The zip with every member dated alike, so one seed gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            stamped = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            stamped.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stamped, source.read(info.filename))
    return out.getvalue()


__all__ = ["Band", "Col", "Grid", "Items", "Part", "Sheet", "Text", "as_docx", "as_html"]
