"""Item tables printed without a header row, read by their arithmetic.

A hand-made invoice or an order e-mail often lists its items as bare lines: a description,
then a count, a unit price and the row's amount ("Hex bolts M8   3   12.00   36.00"), or the
count first ("3   Hex bolts M8   12.00   36.00"). No word names the columns, but the numbers
do: one is a count, one a price, and the amount that ends the line is their product. A run of
two or more such lines (a description wrapped onto a line of its own may stand between them)
is a table; one line alone is taken only when the totals follow it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import permutations

from workflow.analyzers.lineitem import CARRIED, MAX_LINE_ITEMS, PAGE_MARK, TOTALS, LineItem
from workflow.analyzers.numbers import close, is_number_cell, parse_money, parse_quantity
from workflow.analyzers.rows import Row

#: Longest line taken as a wrapped description between two rows.
_MAX_WRAPPED_CHARS = 60
#: Most numbers a row's end is searched for its count, price and amount.
_MAX_NUMBERS = 4


def unheaded_items(rows: Sequence[Row]) -> list[LineItem]:
    """Every run of lines whose count x price = amount, in order."""
    items: list[LineItem] = []
    run: list[LineItem] = []
    for index, row in enumerate(rows):
        item = _multiplied(row)
        if item is not None:
            run.append(item)
            continue
        if run and _wrapped(row, run[-1]):
            last = run[-1]
            run[-1] = LineItem(f"{last.description} {row.text}", last.quantity,
                               last.unit_price, last.amount, last.currency, last.row)  # fmt: skip
            continue
        if len(run) > 1 or (run and _totals(rows, index)):
            items.extend(run)
        run = []
    if len(run) > 1:
        items.extend(run)
    return items[:MAX_LINE_ITEMS]


def _multiplied(row: Row) -> LineItem | None:
    """The line as a count, a unit price and their product (the last number), when it is."""
    cells = [cell.text for cell in row.cells] if len(row.cells) > 1 else row.text.split()
    if not cells or PAGE_MARK.match(row.text.strip()) or TOTALS.match(cells[0]):
        return None
    numbers: list[str] = []
    while cells and is_number_cell(cells[-1]) and len(numbers) < _MAX_NUMBERS:
        numbers.insert(0, cells.pop())
    lead = [cells.pop(0)] if cells and is_number_cell(cells[0]) else []
    description = " ".join(cells).strip()
    if not re.search(r"[^\W\d_]{2}", description) or CARRIED.match(description):
        return None
    if len(numbers) < 2 or description.rstrip().endswith(":"):
        return None
    amount = parse_money(numbers[-1])
    if amount is None or not re.search(r"\d[.,]\d{2}(?!\d)", numbers[-1]):
        return None  # an amount prints its cents
    for count, price in permutations([*lead, *numbers[:-1]], 2):
        quantity, unit = parse_quantity(count), parse_money(price)
        if quantity and unit and close(round(quantity * unit.amount, 2), amount.amount):
            currency = amount.currency or unit.currency
            return LineItem(description, quantity, unit.amount, amount.amount, currency, row)
    return None


def _wrapped(row: Row, last: LineItem) -> bool:
    """A description's next line: short text, no numbers, on the same page."""
    if row.page != last.row.page or len(row.text) > _MAX_WRAPPED_CHARS or row.gap_before:
        return False
    if any(is_number_cell(cell.text) for cell in row.cells) or ":" in row.text:
        return False
    return not (TOTALS.match(row.text) or PAGE_MARK.match(row.text.strip()))


def _totals(rows: Sequence[Row], index: int) -> bool:
    return (
        index < len(rows)
        and bool(rows[index].cells)
        and bool(TOTALS.match(rows[index].cells[0].text))
    )


__all__ = ["unheaded_items"]
