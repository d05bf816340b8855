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

from workflow.analyzers.lineitem import (
    CHARGE,
    MAX_LINE_ITEMS,
    PAGE_MARK,
    TENDER,
    TOTALS,
    LineItem,
    carried,
    group_total,
    page_furniture,
)
from workflow.analyzers.numbers import close, is_number_cell, parse_money
from workflow.analyzers.receipts import headerless_items
from workflow.analyzers.row_readings import column_of, row_item
from workflow.analyzers.row_values import consistent
from workflow.analyzers.rows import Row, union_box
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
#: Rows read under one header that are neither items nor continuations before giving up.
_MAX_STRAY_ROWS = 1
#: Lines a page's head (letterhead, title, number, date) may take above a repeated header.
_MAX_PAGE_HEAD_ROWS = 12
#: A tax or a payment named in a row's words: a line among the totals, never an item.
_TAX_OR_PAYMENT = re.compile(
    r"\b(?:vat|tax|iva|mwst|ust|tva|btw|gst|hst|pst|payment|paid|pagamento|pagato|zahlung"
    r"|bezahlt|paiement|pay[ée]|pago|pagado|betaling|betaald)\b",
    re.IGNORECASE,
)


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
            found = _priced_by_totals(found, rows[index] if index < len(rows) else None)
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


def _priced_by_totals(items: list[LineItem], totals: Row | None) -> list[LineItem]:
    """Rows under a bare "Price" beside a count read as each row's price, not the unit's,
    when the totals line that ends the table ("Subtotal  66.00") is their sum only so."""
    if totals is None or not totals.cells or not any(item.as_amount for item in items):
        return items
    amounts = [m for m in (parse_money(cell.text) for cell in totals.cells) if m is not None]
    if not amounts or not TOTALS.match(totals.cells[0].text):
        return items
    other = [item.as_amount or item for item in items]
    total = amounts[-1].amount
    if close(round(sum(item.amount for item in items), 2), total):
        return items
    return other if close(round(sum(item.amount for item in other), 2), total) else items


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
    #: The first row's description began above its numbers: so do the others' (the text
    #: between two rows leads the next, it does not finish the last).
    leads = False
    group = 0  # where the current group of rows (under a sub-heading) starts
    index = start
    while index < len(rows):
        row = rows[index]
        first = row.cells[0].text if row.cells else ""
        if carried(row, items, rows) or page_furniture(row):
            index += 1
            continue  # a sum carried over a page break, a page's number: the table goes on
        if items and index > start and row.page != rows[index - 1].page:
            resumed = _resumed(rows, index, columns)
            if resumed is not None:  # the next page's head, then the header repeated
                index, pending = resumed, []
                continue
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
            leads = leads or (not items and bool(pending) and _finishes(item, columns))
            items.append(item)
            pending = []
            stray = 0
        elif len(items) > group and not (stray or leads) and _continues(row, columns, items[-1]):
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


def _resumed(rows: Sequence[Row], start: int, columns: list[Column]) -> int | None:
    """Where the table goes on when the page starting at ``start`` repeats its header under
    the page's head (letterhead, title, number, date: never rows): the index after it;
    ``None`` when no such header comes first on the page."""
    roles = {column.role for column in columns}
    for index in range(start, min(len(rows), start + _MAX_PAGE_HEAD_ROWS)):
        row = rows[index]
        if row.page != rows[start].page or (row.cells and TOTALS.match(row.cells[0].text)):
            return None
        header = _header_at(rows, index)
        if header is not None:
            return header[1] if {c.role for c in header[0]} == roles else None
    return None


def _finishes(item: LineItem, columns: list[Column]) -> bool:
    """The row's description goes on from the text above it ("Tree surgery: crown reduction"
    over "of two mature oaks  CHF 1'211.25"): its words start in lower case, mid-phrase. A
    sub-heading ("Consumables") stands over a description of its own."""
    cells = item.row.cells
    own = [cell.text for cell in cells if column_of(cell, columns).role == "description"]
    return bool(own) and own[0][:1].islower()


def _read_row(
    rows: Sequence[Row], index: int, columns: list[Column], lead: str
) -> tuple[LineItem | None, int]:
    """The row at ``index`` read (``lead``: its description's lines above it), and the index
    of its last line (a description on a line of its own, its numbers on the next)."""
    item = row_item(rows[index], columns, lead)
    if item is None and index + 1 < len(rows) and _numbers_only(rows[index + 1]):
        item = row_item(_joined(rows[index], rows[index + 1]), columns, lead)
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
        item = row_item(row, columns)
        if item is not None:
            return (
                consistent(item)
                and re.search(r"[.,]\d{2}\b", row.text) is not None
                and (item.quantity is not None or not counted)
                and not CHARGE.match(item.description)
                and not TENDER.match(item.description)  # "TARJETA BANCARIA  38,23"
                and not _TAX_OR_PAYMENT.search(item.description)
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
        words += [c.text for c in line.cells if column_of(c, columns).role == "description"]
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
    if row.bbox is not None and last is None and len(row.cells) > 1 and not row.gap_before:
        roles = [column_of(cell, columns).role for cell in row.cells]  # code and description
        return "description" in roles and not set(roles) & set(NUMERIC_ROLES)
    if row.gap_before or any(is_number_cell(cell.text) for cell in row.cells):
        return False  # a blank line ends a description: what follows it is not one
    if last is not None and row.page != last.row.page:
        return False
    if not row.positional or len(row.cells) != 1 or len(row.text) > _MAX_WRAPPED_CHARS:
        return False
    if row.text.endswith((".", ":", "!", "?")) or PAGE_MARK.match(row.text):
        return False  # a sentence, a label or a page's footer, not a wrapped description
    # a rule drawn under the rows ("-----") is no description either
    worded = re.search(r"[^\W\d_]", row.text) is not None
    return worded and column_of(row.cells[0], columns).role == "description"


__all__ = ["MAX_LINE_ITEMS", "LineItem", "header_role", "read_line_items"]
