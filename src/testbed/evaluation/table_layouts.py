"""Item tables laid out the way accounting, ERP and shop software prints them, in every
format docpipe reads (:mod:`testbed.evaluation.variety_tables` writes the documents).

A :class:`Table` holds its columns (a header of one or two lines per column, or none at
all), its rows (each cell a list of lines: a wrapped description takes two or three) and
how it is printed: numbers on a wrapped row's first line or its last, split over two pages
with the header repeated and the running sum carried forward, tab-separated in plain text.
The rest of a document is the shared renderer's blocks, above and below the table.

- **PDF**: cells at their column's edge, numbers flush right (measured in the font), pages
  drawn by :func:`testbed.evaluation.variety_pages.draw_pages` (typeset, or scanned and
  read back by OCR), so every marked value's page and box is where it was drawn.
- **Text**: columns padded with spaces (numbers flush right), or cells a tab apart.
- **Markdown**: a pipe table with its alignment row; a wrapped cell's lines joined by
  ``<br>``; a sub-heading in bold.
- **HTML**: ``<thead>`` and ``<tbody>``, a sub-heading spanning the row.
- **DOCX**: a Word table, a sub-heading's cells merged across the row.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field

from testbed.evaluation.corpus import Block
from testbed.evaluation.render import as_docx, as_html, as_markdown, as_text
from testbed.evaluation.truth import Evidence, printed_values, unmark
from testbed.evaluation.variety_pages import Line, Page, draw_pages

#: Left and right edges of the printed area in points (A4).
_LEFT, _RIGHT = 42.0, 553.0
#: Lines a page holds below its top margin (body lines of 14.5 points).
PAGE_LINES = 50
#: Stands for the table in the shared renderer's output until the table replaces it.
_SLOT = "\ue010"


@dataclass
class Column:
    head: tuple[str, ...]  # header lines (one or two; "" where a column has none)
    numeric: bool


@dataclass
class TableRow:
    cells: list[list[str]]  # per column, its printed lines
    kind: str = "item"  # item | heading | subtotal
    value: float = 0.0  # an item's amount (what a page carries forward)


@dataclass
class Table:
    columns: list[Column]
    rows: list[TableRow]
    header: bool = True
    numbers_last: bool = False
    tabs: bool = False
    #: (label at the foot of page 1, label at the head of page 2, the sum carried): PDF only.
    carry: tuple[str, str, str] | None = None
    split_at: int | None = None


@dataclass
class Doc:
    before: list[Block]
    table: Table
    after: list[Block]
    footer_pages: bool = False
    scanned: bool = False
    extra: list[Block] = field(default_factory=list)


def render_doc(doc: Doc, fmt: str) -> tuple[bytes, dict[str, Evidence]]:
    """The document's bytes in ``fmt`` and the evidence of its marked values."""
    if fmt == "pdf":
        return draw_pages(pdf_pages(doc))
    blocks = [*doc.before, ("para", _SLOT), *doc.after]
    if fmt == "txt":
        text = as_text(blocks).replace(_SLOT, "\n".join(text_lines(doc.table)))
        data = text.encode()
    elif fmt == "md":
        data = as_markdown(blocks).replace(_SLOT, markdown_table(doc.table)).encode()
    elif fmt == "html":
        data = as_html(blocks).replace(f"<p>{_SLOT}</p>", html_table(doc.table)).encode()
    else:
        data = docx_table(as_docx(tuple(blocks)), doc.table)
    found = printed_values([value for _, value in [*doc.before, *doc.after]])
    return data, {name: Evidence(1, None) for name in found}


# -- plain text --------------------------------------------------------------------------------


def _numbers_line(row: TableRow, table: Table) -> int:
    depth = max(len(cell) for cell in row.cells)
    return depth - 1 if table.numbers_last else 0


def _row_lines(row: TableRow, table: Table) -> list[list[str]]:
    """A row as printed lines of cells: text cells top down, number cells on one line."""
    depth = max(len(cell) for cell in row.cells)
    at = _numbers_line(row, table)
    lines = [["" for _ in row.cells] for _ in range(depth)]
    for index, (cell, column) in enumerate(zip(row.cells, table.columns, strict=True)):
        if column.numeric and len(cell) == 1:
            lines[at][index] = cell[0]
        else:
            for depth_index, part in enumerate(cell):
                lines[depth_index][index] = part
    return lines


def _header_lines(table: Table) -> list[list[str]]:
    if not table.header:
        return []
    depth = max(len(column.head) for column in table.columns)
    return [[c.head[i] if i < len(c.head) else "" for c in table.columns] for i in range(depth)]


def text_lines(table: Table) -> list[str]:
    grid = _header_lines(table)
    for row in table.rows:
        grid += _row_lines(row, table)
    plain = [[unmark(cell) for cell in line] for line in grid]
    if table.tabs:
        return ["\t".join(line).rstrip("\t") for line in plain]
    widths = [max(len(line[i]) for line in plain) for i in range(len(table.columns))]
    out = []
    for line in plain:
        cells = [
            cell.rjust(width) if column.numeric else cell.ljust(width)
            for cell, width, column in zip(line, widths, table.columns, strict=True)
        ]
        out.append("   ".join(cells).rstrip())
    return out


# -- Markdown, HTML, DOCX ----------------------------------------------------------------------


def _joined(cell: list[str], glue: str) -> str:
    return glue.join(unmark(part) for part in cell)


def markdown_table(table: Table) -> str:
    head = [
        " ".join(part for part in c.head if part) if table.header else "" for c in table.columns
    ]
    lines = [
        f"| {' | '.join(head)} |",
        "|" + "".join("---:|" if c.numeric else "---|" for c in table.columns),
    ]
    for row in table.rows:
        cells = [_joined(cell, "<br>") for cell in row.cells]
        if row.kind == "heading":
            cells = [f"**{cell}**" if cell else "" for cell in cells]
        lines.append(f"| {' | '.join(cells)} |")
    return "\n".join(lines)


def html_table(table: Table) -> str:
    e = html.escape
    out = ["<table>"]
    if table.header:
        heads = "".join(
            f"<th>{'<br>'.join(e(part) for part in c.head if part)}</th>" for c in table.columns
        )
        out.append(f"<thead><tr>{heads}</tr></thead>")
    out.append("<tbody>")
    for row in table.rows:
        if row.kind == "heading":
            text = e(_joined([part for cell in row.cells for part in cell], " "))
            out.append(f"<tr><td colspan='{len(row.cells)}'><b>{text}</b></td></tr>")
            continue
        cells = "".join(
            f"<td{' align=right' if c.numeric else ''}>{e(_joined(cell, ' '))}</td>"
            for cell, c in zip(row.cells, table.columns, strict=True)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def docx_table(data: bytes, table: Table) -> bytes:
    """``data`` (a DOCX holding the slot paragraph) with the table put in the slot's place."""
    import docx  # noqa: PLC0415 - bench only

    document = docx.Document(io.BytesIO(data))
    slot = next(p for p in document.paragraphs if p.text == _SLOT)
    rows = [[[part] for part in line] for line in _header_lines(table)] if table.header else []
    header_rows = len(rows)
    rows += [row.cells for row in table.rows]
    grid = document.add_table(rows=len(rows), cols=len(table.columns))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            grid.cell(r, c).text = _joined(cell, " ")
        if r >= header_rows and table.rows[r - header_rows].kind == "heading":
            text = grid.cell(r, 0).text or grid.cell(r, 1).text
            merged = grid.cell(r, 0).merge(grid.cell(r, len(table.columns) - 1))
            merged.text = text
    slot._p.addnext(grid._tbl)
    slot._p.getparent().remove(slot._p)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """``data`` (a DOCX) with fixed times inside, so one seed gives the same bytes on every
    run (python-docx stamps the time of saving)."""
    import re  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", blob)
            target.writestr(
                zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0)),
                blob,
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return out.getvalue()


# -- PDF ---------------------------------------------------------------------------------------


def _width(text: str, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    return float(stringWidth(unmark(text), "Helvetica-Bold" if bold else "Helvetica", 10.0))


def _edges(table: Table) -> list[tuple[float, float]]:
    """Each column's left and right edge: widest cell plus a gap, the description column
    taking what is left of the line."""
    lines = [*_header_lines(table)] + [
        line for row in table.rows for line in _row_lines(row, table)
    ]
    widths = [max(_width(line[i], True) for line in lines) + 12 for i in range(len(table.columns))]
    text = [i for i, c in enumerate(table.columns) if not c.numeric]
    spare = max(0.0, (_RIGHT - _LEFT) - sum(widths))
    if text:
        widest = max(text, key=lambda i: widths[i])
        widths[widest] += spare
    edges, x = [], _LEFT
    for width in widths:
        edges.append((x, x + width - 10))
        x += width
    return edges


def _placed(cells: list[str], table: Table, edges: list[tuple[float, float]], bold: bool) -> Line:
    out = []
    for cell, column, (left, right) in zip(cells, table.columns, edges, strict=True):
        if cell:
            out.append((right - _width(cell, bold) if column.numeric else left, cell))
    return Line(tuple(out), "bold" if bold else "body")


def pdf_pages(doc: Doc) -> list[Page]:
    """The document on one page, or two when its table is split: the header repeated and the
    running sum carried from the foot of the first page to the head of the second."""
    table = doc.table
    edges = _edges(table)
    pages = [Page(scanned=doc.scanned)]
    for kind, value in doc.before:
        _block(pages[-1], kind, value, (_LEFT + 130, _LEFT + 130))
    header = [_placed(line, table, edges, True) for line in _header_lines(table)]
    pages[-1].lines += header
    amount_edge = edges[-1]
    for index, row in enumerate(table.rows):
        if table.carry is not None and index == table.split_at:
            foot, head, carried = table.carry
            pages[-1].lines.append(_label_line(foot, carried, amount_edge))
            pages.append(Page(scanned=doc.scanned))
            pages[-1].lines += header
            pages[-1].lines.append(_label_line(head, carried, amount_edge))
        bold = row.kind in ("heading", "subtotal")
        pages[-1].lines += [_placed(line, table, edges, bold) for line in _row_lines(row, table)]
    for kind, value in doc.after:
        _block(pages[-1], kind, value, edges[-1])
    if doc.footer_pages or len(pages) > 1:
        for number, page in enumerate(pages, start=1):
            page.footer = f"Page {number} of {len(pages)}"
    return pages


def _label_line(label: str, amount: str, edge: tuple[float, float]) -> Line:
    return Line(((edge[0] - 150, label), (edge[1] - _width(amount), amount)))


def _block(page: Page, kind: str, value: object, edge: tuple[float, float]) -> None:
    """A block above or below the table; a label's value flush right at ``edge`` (the amount
    column's, under the table), else at its left."""
    if kind == "title":
        page.lines.append(Line(((_LEFT, str(value)),), "title"))
    elif kind == "lines":
        page.lines += [Line(((_LEFT, str(line)),)) for line in value]  # type: ignore[attr-defined]
    elif kind == "para":
        page.lines.append(Line(((_LEFT, str(value)),)))
    elif kind == "kv":
        for label, text in value:  # type: ignore[attr-defined]
            if edge[0] == edge[1]:
                page.lines.append(Line(((_LEFT, f"{label}:"), (edge[0], text))))
            else:
                page.lines.append(_label_line(f"{label}:", text, edge))
    elif kind == "columns":
        page.lines += [Line(((_LEFT, a), (330.0, b))) for a, b in value]  # type: ignore[attr-defined]
    page.lines.append(Line(()))


__all__ = ["PAGE_LINES", "Column", "Doc", "Table", "TableRow", "render_doc", "text_lines"]
