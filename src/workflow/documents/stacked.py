"""Table cells that stand side by side as columns of lines: a label column beside its value
column ("Invoice No.<br>Date<br>Due date" beside "4711<br>05.10.2026<br>04.11.2026"), a
Bill To block beside a Ship To block, the totals' labels beside their amounts, as Word and
HTML templates lay out a document's header in one table row.

A reader takes such a row line by line across its cells, as a PDF's text layer or a scan
gives it; joining each cell's lines into one would put every label before every value. A row
is read so when two or more of its cells hold several lines each; a row with one cell of
several lines (a product over its options, a header's "Unit<br>price") is one row as before.
"""

from __future__ import annotations

#: Most lines a cell of such a row holds; more is a layout cell holding a page's text.
MAX_STACK_LINES = 12
#: Longest line of such a cell: labels, values and address lines are short; a longer line is
#: prose (two columns of a newsletter's or an e-mail's layout are read one after the other).
_MAX_STACK_CHARS = 80


def side_by_side(cells: list[list[str]]) -> list[list[str]] | None:
    """The row's lines, the *i*-th line of each cell side by side (``""`` where a cell has
    fewer lines), when two or more of ``cells`` (each its lines) hold several lines; else
    ``None``."""
    if sum(len(lines) > 1 for lines in cells) < 2:
        return None
    if any(len(lines) > MAX_STACK_LINES for lines in cells):
        return None
    if any(len(line) > _MAX_STACK_CHARS for lines in cells for line in lines):
        return None
    depth = max(len(lines) for lines in cells)
    return [[lines[i] if i < len(lines) else "" for lines in cells] for i in range(depth)]


__all__ = ["MAX_STACK_LINES", "side_by_side"]
