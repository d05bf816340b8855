"""A table row read into its header's columns every way its layout allows: cell by cell in
order (one cell per column), by where each cell sits (character columns of aligned text, x
positions of word boxes), numbers from the right (the amount ends a row), or, for a row
whose cells run together (OCR's single-spaced text), its words cut into a description and
the numbers that end it. The reading that fills the most number columns wins, then one that
adds up."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workflow.analyzers.entities import date_spans
from workflow.analyzers.lineitem import LineItem
from workflow.analyzers.numbers import is_number_cell, parse_money, parse_quantity, value_tokens
from workflow.analyzers.row_values import consistent, item_of
from workflow.analyzers.rows import Cell, Row
from workflow.analyzers.table_headers import NUMERIC_ROLES, Column

#: Money printed with its cents ("642.00", "1.234,50 EUR").
_CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")


def row_item(row: Row, columns: list[Column], lead: str = "") -> LineItem | None:
    """The row read every way its layout allows; the reading that fills the most of the
    header's number columns wins, then one that adds up, then the earlier (by order, by
    position): a row that does not add up is then reported, not read another way. ``lead``:
    the description's first lines, printed above the row's numbers."""
    readings: list[dict[str, list[str]]] = []
    if len(row.cells) == len(columns):
        readings.append(_by_order(row.cells, columns))
    if row.positional:
        readings.append(_by_position(row.cells, columns))
    readings.append(_from_right(row.cells, columns))
    readings.extend(_split_tokens(row, columns))  # cells run together (OCR, tight columns)
    if row.bbox is not None:  # on a page, a number stands in its column
        readings = [r for r in readings if _numbers_placed(r, row, columns)]
    best: tuple[tuple[int, bool, int], LineItem] | None = None
    counted = any(column.role == "quantity" for column in columns)
    for rank, read in enumerate(readings):
        reading = {**read, "description": [lead, *read.get("description", [])]} if lead else read
        item = item_of(reading, row, counted=counted)
        if item is None:
            continue
        filled = sum(1 for role in NUMERIC_ROLES if _filled(reading, role))
        if _filled(reading, "debit") and _filled(reading, "credit"):
            filled -= 1  # a statement's row moves money one way: one of the two is misread
        score = (filled, consistent(item), -rank)
        if best is None or score > best[0]:
            best = (score, item)
    return best[1] if best else None


def _filled(reading: dict[str, list[str]], role: str) -> bool:
    """The reading puts one value in the role's column (or several in a table's amount
    columns: net and gross): a number, even one OCR broke ("1.560,0 0"); words read into a
    count column ("(box of 100)") fill none."""
    values = reading.get(role, ())
    parse = parse_quantity if role == "quantity" else parse_money
    readable = all(
        parse(value) is not None or not re.search(r"[^\W\d_]", value) for value in values
    )
    return readable and (len(values) == 1 or (role == "amount" and len(values) > 1))


def _numbers_placed(reading: dict[str, list[str]], row: Row, columns: list[Column]) -> bool:
    """Every number the reading takes stands in a number column of the page, or prints its
    cents in a column docpipe cannot name (a numeric article code, a "1500" inside a wrapped
    description, is no amount)."""
    numeric = [
        c.text
        for c in row.cells
        if (role := column_of(c, columns).role) in NUMERIC_ROLES
        or (role == "other" and _CENTS.search(c.text))
    ]
    return all(
        any(value in text for text in numeric)
        for role in NUMERIC_ROLES
        for value in reading.get(role, ())
    )


def _by_order(cells: Sequence[Cell], columns: list[Column]) -> dict[str, list[str]]:
    reading: dict[str, list[str]] = {}
    for cell, column in zip(cells, columns, strict=True):
        reading.setdefault(column.role, []).append(cell.text)
    return reading


def _by_position(cells: Sequence[Cell], columns: list[Column]) -> dict[str, list[str]]:
    reading: dict[str, list[str]] = {}
    for cell in cells:
        reading.setdefault(column_of(cell, columns).role, []).append(cell.text)
    return reading


def column_of(cell: Cell, columns: list[Column]) -> Column:
    """The column a cell overlaps most, else the nearest one."""

    def fit(column: Column) -> tuple[float, float]:
        overlap = min(cell.x1, column.x1) - max(cell.x0, column.x0)
        distance = abs((cell.x0 + cell.x1) / 2 - (column.x0 + column.x1) / 2)
        return (max(0.0, overlap), -distance)

    return max(columns, key=fit)


def _from_right(cells: Sequence[Cell], columns: list[Column]) -> dict[str, list[str]]:
    """Leading text cells describe; trailing numbers fill the numeric columns, the last one
    the amount (merged or empty cells leave a row shorter than its header)."""
    numbers: list[str] = []
    index = len(cells)
    while index > 0 and is_number_cell(cells[index - 1].text):
        index -= 1
        numbers.insert(0, cells[index].text)
    text = [cell.text for cell in cells[:index]]
    roles = [column_of(cell, columns).role for cell in cells[:index]]
    if "description" in roles and len(text) > 1 and roles[-1] != "description":
        # a description cut in two at a wide gap ("M8 hex bolts  (box of 100)"): the text
        # after its column's cell standing under no column is more of its words
        first = roles.index("description")
        if not any(_under(cell, columns) for cell in cells[first + 1 : index]):
            text = [" ".join(text[first:])]
    return _fill(text, numbers, columns)


def _under(cell: Cell, columns: list[Column]) -> bool:
    """The cell overlaps a column's header."""
    return any(min(cell.x1, c.x1) > max(cell.x0, c.x0) for c in columns)


def _fill(text: list[str], numbers: list[str], columns: list[Column]) -> dict[str, list[str]]:
    numeric = [c.role for c in columns if c.role in NUMERIC_ROLES]
    reading: dict[str, list[str]] = {"description": text[-1:] if len(text) > 1 else text}
    if not numbers or not numeric:
        return reading
    if 1 < len(numbers) <= numeric.count("amount"):  # a discount's net and gross, no count
        return {**reading, "amount": numbers}
    last_role = "amount" if "amount" in numeric else numeric[-1]
    reading.setdefault(last_role, []).append(numbers[-1])
    others = [role for role in numeric if role != last_role]
    for role, value in zip(others, numbers[:-1], strict=False):
        reading.setdefault(role, []).append(value)
    return reading


def _split_tokens(row: Row, columns: list[Column]) -> list[dict[str, list[str]]]:
    """OCR's single-spaced row: words, then the numbers that end it, tried with each count of
    trailing numbers the numeric columns allow."""
    tokens = value_tokens(row.text)
    trailing = 0
    while trailing < len(tokens) and is_number_cell(tokens[len(tokens) - 1 - trailing]):
        trailing += 1
    numeric = sum(1 for c in columns if c.role in NUMERIC_ROLES)
    leading = _leading_other(columns)
    readings = []
    for take in range(min(trailing, numeric), 0, -1):
        words = _without_leading(tokens[: len(tokens) - take], leading)
        if words:
            readings.append(_fill([" ".join(words)], tokens[len(tokens) - take :], columns))
    return readings


def _leading_other(columns: list[Column]) -> int:
    """Columns before the description (a position number, a date, a code)."""
    for count, column in enumerate(columns):
        if column.role == "description":
            return count
    return 0


def _without_leading(words: list[str], columns: int) -> list[str]:
    """The description's words once the cells of the columns before it are dropped: a date
    (in any of its written forms) or a token each."""
    for _ in range(columns):
        line = " ".join(words)
        spans = date_spans(line[:40])
        if spans and spans[0][0] == 0:
            words = line[spans[0][1] :].split()
        elif len(words) > 1:
            words = words[1:]
    return words


__all__ = ["column_of", "row_item"]
