"""Line items: the rows of an invoice's, receipt's, order's or statement's table, read by
their columns.

A table is found by its header row: cells that name what a column holds ("Description",
"Qty", "Unit price", "Amount", and the ways other documents and languages say it). Each row
under it is read cell by cell into the header's columns: by order when the row has one cell
per column, else by where each cell sits (character columns of aligned text, x positions of
word boxes), else numbers from the right (the amount column ends a row). A row whose cells
cannot be told apart (OCR's single-spaced text) is cut into a description and the numbers
that end it, and of the readings possible the one where quantity x unit price = amount wins.
The table ends at its totals ("Subtotal", "Total", "VAT"), at a blank line after its rows,
or at a row that is none of these.

Receipts often print no header: the run of "item  price" lines just above the subtotal or
total is their table. A quantity written into the line ("2 x Coffee", "Coffee 2 @ 4.50")
is read from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workflow.analyzers.entities import date_spans
from workflow.analyzers.lineitem import (
    CHARGE,
    MAX_LINE_ITEMS,
    PAGE_CELL,
    PAGE_MARK,
    TOTALS,
    LineItem,
    carried,
    group_total,
)
from workflow.analyzers.misread import misread_fixed
from workflow.analyzers.numbers import (
    Money,
    close,
    is_number_cell,
    parse_money,
    parse_percent,
    parse_quantity,
    value_tokens,
)
from workflow.analyzers.receipts import headerless_items
from workflow.analyzers.rows import Cell, Row, union_box
from workflow.analyzers.table_headers import (
    NUMERIC_ROLES,
    Column,
    header_columns,
    header_role,
    stacked_header,
    stacked_rows,
    two_line_header,
)
from workflow.analyzers.unheaded import unheaded_items

#: A wrapped description's next line is short.
_MAX_WRAPPED_CHARS = 60
#: Longest label of a "Label: amount" field under a table.
_MAX_LABEL_CHARS = 30
#: Money printed with its cents ("642.00", "1.234,50 EUR").
_CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")
#: Rows read under one header that are neither items nor continuations before giving up.
_MAX_STRAY_ROWS = 1


def read_line_items(rows: Sequence[Row]) -> list[LineItem]:
    """Every table's rows, in order; a headerless receipt's item lines when no table has a
    header. Linear in the number of rows."""
    items: list[LineItem] = []
    index = 0
    while index < len(rows) and len(items) < MAX_LINE_ITEMS:
        header = _header_at(rows, index)
        if header is not None:
            columns, body = header
            found, index = _table_body(rows, body, columns)
        else:
            stacked = stacked_header(rows, index)
            if stacked is None:
                index += 1
                continue
            columns, body = stacked
            merged = stacked_rows(rows, body, columns)
            found, used = _table_body(merged, 0, columns)
            index = body + max(1, sum(len(row.cells) for row in merged[:used]))
        items.extend(found)
    if not items:  # no header: lines whose numbers multiply out, or a receipt's priced lines
        unheaded, priced = unheaded_items(rows), headerless_items(rows)
        items = unheaded if len(unheaded) >= len(priced) else priced
    return items[:MAX_LINE_ITEMS]


def _header_at(rows: Sequence[Row], index: int) -> tuple[list[Column], int] | None:
    """The header starting at ``index`` (over one line or two) and where its body starts."""
    columns = two_line_header(rows, index)
    if columns is not None:
        return columns, index + 2
    columns = header_columns(rows[index])
    return (columns, index + 1) if columns is not None else None


def _table_body(  # noqa: PLR0912 - one branch per kind of line a table holds
    rows: Sequence[Row], start: int, columns: list[Column]
) -> tuple[list[LineItem], int]:
    items: list[LineItem] = []
    #: Text lines waiting for the numbers of their row (a description printed above them).
    pending: list[Row] = []
    stray = 0
    group = 0  # where the current group of rows (under a sub-heading) starts
    index = start
    while index < len(rows):
        row = rows[index]
        first = row.cells[0].text if row.cells else ""
        if carried(row, items, rows):
            index += 1
            continue  # a sum carried over a page break: the table goes on
        if TOTALS.match(first) or first.rstrip().endswith(":") or _labelled_money(first):
            above = items[group:]
            if group_total(row, above) and _rows_follow(rows, index + 1, columns, above):
                group, pending = len(items), []
                index += 1
                continue  # a group's sub-total, more groups below it
            break  # the totals, or labelled fields ("Net amount:", "Shipping: £4.95") under it
        header = _header_at(rows, index)
        if header is not None:
            if items:
                break  # a new table (or the header repeated on the next page) starts here
            index = header[1]
            continue
        item, index = _read_row(rows, index, columns, _described(pending, columns))
        if item is not None and _sums(item, items[group:], columns):  # a subtotal, in any words
            if not _rows_follow(rows, index + 1, columns, items[group:]):
                break
            group, pending = len(items), []
        elif item is not None:
            items.append(item)
            pending = []
            stray = 0
        elif len(items) > group and _continues(row, columns, items[-1]):
            last = items[-1]
            items[-1] = LineItem(
                f"{last.description} {row.text}", last.quantity, last.unit_price, last.amount,
                last.currency, last.row,
            )  # fmt: skip
        elif _continues(row, columns, None):
            pending.append(row)  # a sub-heading, or a description whose numbers come below
        else:
            stray += 1  # a row read wrongly (OCR), or the text under the table
            if stray > _MAX_STRAY_ROWS:
                break
        index += 1
    return items, index


def _read_row(
    rows: Sequence[Row], index: int, columns: list[Column], lead: str
) -> tuple[LineItem | None, int]:
    """The row at ``index`` read (``lead``: its description's lines above it), and the index
    of its last line (a description on a line of its own, its numbers on the next)."""
    item = _row_item(rows[index], columns, lead)
    if item is None and index + 1 < len(rows) and _numbers_only(rows[index + 1]):
        item = _row_item(_joined(rows[index], rows[index + 1]), columns, lead)
        return item, index + 1 if item is not None else index
    return item, index


def _rows_follow(
    rows: Sequence[Row], start: int, columns: list[Column], group: list[LineItem]
) -> bool:
    """More rows of the table below: within the next three lines, one reads as an item that
    adds up (quantity x unit price = amount, where it has both), prints its cents and, when
    the ``group`` above printed counts, a count too (a "Shipping  7.50" under an order's
    subtotal is one of its charges, not another group); a charge's words never start one."""
    counted = all(item.quantity is not None for item in group)
    for row in rows[start : start + 3]:
        first = row.cells[0].text if row.cells else ""
        if TOTALS.match(first) or first.rstrip().endswith(":") or _labelled_money(first):
            return False
        item = _row_item(row, columns)
        if item is not None:
            return (
                _consistent(item)
                and re.search(r"[.,]\d{2}\b", row.text) is not None
                and (item.quantity is not None or not counted)
                and not CHARGE.match(item.description)
            )
    return False


def _sums(item: LineItem, group: list[LineItem], columns: list[Column]) -> bool:
    """A row without a count or unit price whose amount is the sum of the rows above it
    ("Merchandise  218.52" under an order's items): two or more of them, or one that
    printed a count. Not in a ledger (debit and credit columns), where a payment settles
    the charges above it."""
    if item.quantity is not None or item.unit_price is not None or not group:
        return False
    if any(column.role in ("debit", "credit") for column in columns):
        return False
    if len(group) == 1 and group[0].quantity is None:
        return False
    return close(item.amount, round(sum(i.amount for i in group), 2))


def _described(lines: list[Row], columns: list[Column]) -> str:
    """The description's words on text lines printed above a row's numbers."""
    words = []
    for line in lines:
        words += [c.text for c in line.cells if _column_of(c, columns).role == "description"]
    return " ".join(words)


def _labelled_money(cell: str) -> bool:
    """A "Label: amount" field ("Shipping: £4.95"), not a row whose description holds a
    colon ("Credit: returned item")."""
    label, colon, value = cell.partition(": ")
    if not colon or len(label) > _MAX_LABEL_CHARS or re.search(r"\d", label):
        return False
    return re.search(r"[.,]\d{2}\b", value) is not None and parse_money(value) is not None


def _numbers_only(row: Row) -> bool:
    return bool(row.cells) and all(is_number_cell(cell.text) for cell in row.cells)


def _joined(text: Row, numbers: Row) -> Row:
    """Two lines read as one row: the first's cells, then the second's."""
    boxes = [box for box in (text.bbox, numbers.bbox) if box is not None]
    return Row(
        (*text.cells, *numbers.cells),
        text.page,
        f"{text.text}  {numbers.text}",
        text.start,
        numbers.end if numbers.end >= 0 else text.end,
        union_box(boxes),
        text.positional and numbers.positional,
        text.gap_before,
    )


def _continues(row: Row, columns: list[Column], last: LineItem | None) -> bool:
    """A wrapped description: text only, in the description column, right under its row
    (``last``; ``None``: text that will join the row below it)."""
    if row.bbox is not None and last is None and len(row.cells) > 1:
        roles = [_column_of(cell, columns).role for cell in row.cells]  # code and description
        return "description" in roles and not set(roles) & set(NUMERIC_ROLES)
    if any(is_number_cell(cell.text) for cell in row.cells):
        return False
    if last is not None and row.page != last.row.page:
        return False
    if not row.positional or len(row.cells) != 1 or len(row.text) > _MAX_WRAPPED_CHARS:
        return False
    if row.text.endswith((".", ":", "!", "?")) or PAGE_MARK.match(row.text):
        return False  # a sentence, a label or a page's footer, not a wrapped description
    return _column_of(row.cells[0], columns).role == "description"


def _row_item(row: Row, columns: list[Column], lead: str = "") -> LineItem | None:
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
    for rank, read in enumerate(readings):
        reading = {**read, "description": [lead, *read.get("description", [])]} if lead else read
        item = _item(reading, row)
        if item is None:
            continue
        filled = sum(1 for role in NUMERIC_ROLES if len(reading.get(role, ())) == 1)
        score = (filled, _consistent(item), -rank)
        if best is None or score > best[0]:
            best = (score, item)
    return best[1] if best else None


def _numbers_placed(reading: dict[str, list[str]], row: Row, columns: list[Column]) -> bool:
    """Every number the reading takes stands in a number column of the page, or prints its
    cents in a column docpipe cannot name (a numeric article code, a "1500" inside a wrapped
    description, is no amount)."""
    numeric = [
        c.text
        for c in row.cells
        if (role := _column_of(c, columns).role) in NUMERIC_ROLES
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
        reading.setdefault(_column_of(cell, columns).role, []).append(cell.text)
    return reading


def _column_of(cell: Cell, columns: list[Column]) -> Column:
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
    return _fill(text, numbers, columns)


def _fill(text: list[str], numbers: list[str], columns: list[Column]) -> dict[str, list[str]]:
    numeric = [c.role for c in columns if c.role in NUMERIC_ROLES]
    reading: dict[str, list[str]] = {"description": text[-1:] if len(text) > 1 else text}
    if not numbers or not numeric:
        return reading
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


def _item(reading: dict[str, list[str]], row: Row) -> LineItem | None:
    description = " ".join(reading.get("description", [])).strip()
    if not re.search(r"[^\W\d_]{2}", description) or TOTALS.match(description):
        return None
    if PAGE_MARK.match(row.text.strip()) or any(PAGE_CELL.match(c.text) for c in row.cells):
        return None  # a page's footer, or a running header ending in its page number
    quantity = _one(reading.get("quantity"), parse_quantity)
    unit = _one(reading.get("unitPrice"), parse_money)
    price: Money | None = _one(reading.get("price"), parse_money)
    unit = unit or price
    discount: float | None = _one(reading.get("discount"), parse_percent)
    amount = _amount_of(reading.get("amount", []), quantity, unit, discount)
    if amount is not None and quantity is not None and unit is not None and discount is None:
        quantity, unit = _slips_fixed(reading, quantity, unit, amount)
    if amount is None:
        debit = _one(reading.get("debit"), parse_money)
        credit = _one(reading.get("credit"), parse_money)
        if debit is not None:  # as printed: the column, not a sign, says money went out
            amount = debit
        elif credit is not None:
            amount = credit
    if amount is None and quantity is not None and unit is not None:
        amount = Money(round(quantity * unit.amount, 2), unit.currency)
    if amount is None and price is not None and quantity is None:
        amount, unit, price = price, None, None  # no count: a bare price is the row's
    if amount is None:
        return None
    unit_price = unit.amount if unit is not None else None
    if unit_price is None and quantity:
        unit_price = round(amount.amount / quantity, 2)
    currency = amount.currency or (unit.currency if unit else None)
    other = None
    if price is not None and quantity:
        per_unit = round(price.amount / quantity, 2)
        other = LineItem(description, quantity, per_unit, price.amount, currency, row)
    return LineItem(
        description, quantity, unit_price, amount.amount, currency, row, other, discount
    )


def _amount_of(
    cells: list[str], quantity: float | None, unit: Money | None, discount: float | None
) -> Money | None:
    """The row's amount; with several amount columns (net and gross, amount and total), the
    one that is quantity x unit price (less the discount), else the last (a row's total ends
    it)."""
    amounts = [money for money in map(parse_money, cells) if money is not None]
    if len(amounts) != len(cells) or not amounts:
        return None
    if quantity is not None and unit is not None:
        product = round(quantity * unit.amount * (1 - (discount or 0) / 100), 2)
        for money in amounts:
            if close(product, money.amount):
                return money
    return amounts[-1]


def _slips_fixed(
    reading: dict[str, list[str]], quantity: float, unit: Money, amount: Money
) -> tuple[float, Money]:
    """The quantity, else the unit price, the row's arithmetic says when OCR misread one
    character of it (:mod:`workflow.analyzers.misread`); both as read otherwise. A bare
    "Price" column may be the row's price: only a "Unit price" column is checked."""
    printed = reading.get("quantity", [""])[0]
    fixed = misread_fixed(printed, quantity, unit.amount, amount.amount, price=False)
    if fixed is not None:
        return fixed, unit
    if len(reading.get("unitPrice", ())) == 1:
        printed = reading["unitPrice"][0]
        fixed = misread_fixed(printed, unit.amount, quantity, amount.amount, price=True)
        if fixed is not None:
            return quantity, Money(fixed, unit.currency)
    return quantity, unit


def _one[T](cells: list[str] | None, parse: object) -> T | None:
    if not cells or len(cells) != 1:
        return None
    return parse(cells[0])  # type: ignore[operator,no-any-return]


def _consistent(item: LineItem) -> bool:
    expected = item.expected
    return expected is None or close(expected, item.amount)


__all__ = ["MAX_LINE_ITEMS", "LineItem", "header_role", "read_line_items"]
