"""Labels above their values in columns: a row of labels ("Invoice No.  Date  Due date") over
one row of values, as invoices and orders print their details in a small table.

Every extractor lays such a table out as lines of cells two or more spaces or a tab apart;
the value of a label is the cell in the same column of the next non-blank line: the cell at
the same index when both lines have as many cells, else the one whose characters overlap the
label's (aligned text).
"""

from __future__ import annotations

import re

#: Tab, or two or more spaces: what separates cells in a text line.
_CELL_GAP = re.compile(r"\t|[ ]{2,}")
#: Cells of a line that is a table's row, not a "Label  value" field.
_ROW_CELLS = 3
#: Blank lines allowed between the labels and their values (HTML puts one between rows).
_MAX_BLANK_LINES = 2


def cells(line: str) -> list[tuple[str, int, int]]:
    """The cells of ``line`` with their start and end in it (surrounding spaces dropped)."""
    found = []
    position = 0
    for gap in [*_CELL_GAP.finditer(line), None]:
        end = gap.start() if gap else len(line)
        raw = line[position:end]
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            found.append((raw.strip(), position + lead, position + lead + len(raw.strip())))
        position = gap.end() if gap else end
    return found


def is_row(line: str) -> bool:
    """Whether ``line`` is a table's row ("Widget  2  37.00  74.00"), three cells or more, not
    a "Label  value" field."""
    return len(_CELL_GAP.split(line.strip())) >= _ROW_CELLS


def value_below(text: str, start: int) -> tuple[str, int] | None:
    """The value under the label cell holding offset ``start``, and its offset in ``text``;
    ``None`` when the label's line is not a row of cells or no cell stands below it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, start)
    above = cells(text[line_start:line_end])
    column = next((i for i, (_, s, e) in enumerate(above) if s <= start - line_start < e), None)
    if len(above) < 2 or column is None:  # a row of labels has two or more
        return None
    below_start = line_end + 1
    for _ in range(_MAX_BLANK_LINES + 1):
        if below_start >= len(text):
            return None
        below_end = _line_end(text, below_start)
        if text[below_start:below_end].strip():
            break
        below_start = below_end + 1
    else:
        return None
    below = cells(text[below_start:below_end])
    if len(below) == len(above):
        value, offset, _ = below[column]
        return _joined_cells(above[column], start - line_start, value, offset, below_start)
    _, left, right = above[column]
    overlapping = [
        (min(e, right) - max(s, left), value, s)
        for value, s, e in below
        if min(e, right) > max(s, left)
    ]
    if not overlapping or "\t" in text[below_start:below_end]:
        return None
    _, value, offset = max(overlapping)
    return value, below_start + offset


#: A number's series printed apart from it ("RE 0417", "FT 2025A/874").
_SERIES = re.compile(r"[A-Z]{1,4}")


def _joined_cells(
    label_cell: tuple[str, int, int], label_at: int, value: str, offset: int, below_start: int
) -> tuple[str, int]:
    """The value under a label printed one space after another label, both lines' cells
    joined alike ("Kundenummer Ordrenr." over "262352 BE/2025/12/418"): the value's last
    word when the value holds one word more than the labels before the label; else the
    cell whole."""
    _, cell_start, _ = label_cell
    before = label_cell[0][: max(0, label_at - cell_start)].split()
    words = value.split(" ")
    if not before or len(words) != len(before) + 1 or not all(words):
        return value, below_start + offset
    if _SERIES.fullmatch(words[-2]):  # "Our Invoice No." over "RE 0417": a series, whole
        return value, below_start + offset
    return words[-1], below_start + offset + len(value) - len(words[-1])


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end


__all__ = ["cells", "is_row", "value_below"]
