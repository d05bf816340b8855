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
from dataclasses import dataclass

from workflow.analyzers.entities import date_spans
from workflow.analyzers.numbers import (
    Money,
    close,
    is_number_cell,
    parse_money,
    parse_quantity,
    value_tokens,
)
from workflow.analyzers.rows import Cell, Row, union_box

#: Most line items kept per document: a long ledger keeps its first, and the analysis stays
#: within a checkpoint.
MAX_LINE_ITEMS = 100
#: Longest header cell ("Unit price (EUR, excl. VAT)").
_MAX_HEADER_CHARS = 40
#: A wrapped description's next line is short.
_MAX_WRAPPED_CHARS = 60
#: Most words in a header line, and what no header line holds (digits, a sentence's end).
_MAX_HEADER_WORDS = 16
_NOT_A_HEADER = re.compile(r"\d|[.,;!?]\s*$|\w[.,;]\s+\w")
#: Most columns a table is read with.
_MAX_COLUMNS = 12
#: Rows read under one header that are neither items nor continuations before giving up.
_MAX_STRAY_ROWS = 1


def _role_patterns(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((role, re.compile(rf"(?:{pattern})", re.IGNORECASE)) for role, pattern in pairs)


#: Header cell -> the column's role; tried in order, the whole (tidied) cell must match.
_HEADER_ROLES = _role_patterns(
    ("unitPrice", r"unit\s*(?:price|cost|rate)|price(?:\s*(?:per\s*unit|/\s*unit|each|/\s*unit))?"
                  r"|rate|each|cost|hourly\s*rate|einzelpreis|preis|prix(?:\s*unitaire)?"
                  r"|precio(?:\s*unitario)?|unit\s*price\s*\w{3}"),
    ("quantity", r"qty\.?|quantity|qnty|units?|hours|hrs\.?|pcs\.?|no\.\s*of\s*units|menge"
                 r"|anzahl|qt[ée]\.?|quantit[ée]|cantidad|count"),
    ("debit", r"debits?|withdrawals?|paid\s*out|money\s*out|out"),
    ("credit", r"credits?|deposits?|paid\s*in|money\s*in|in"),
    ("amount", r"amount|line\s*total|total|ext(?:ended|\.)?\s*(?:price|amount)?|net(?:\s*amount)?"
               r"|gross(?:\s*amount)?|sum|value|betrag|gesamt(?:preis|betrag)?|montant|importe"
               r"|total\s*price|subtotal|amount\s*\w{3}|total\s*\w{3}"),
    ("description", r"description|items?|products?|services?|details|particulars|articles?"
                    r"|designation|bezeichnung|beschreibung|leistung|libell[ée]|descripci[óo]n"
                    r"|transaction|narrative|memo|concept|task|work|item\s*description"
                    r"|product\s*(?:name|description)|service\s*description|name"),
    ("other", r"dates?|no\.?|#|sku|code|ref(?:erence)?\.?|item\s*(?:no\.?|#|code)"
              r"|part\s*(?:no\.?|#|number)|vat(?:\s*%)?|tax(?:\s*%)?|%|balance|pos\.?|unit|uom"
              r"|discount|rate\s*%|line|category|type|account|value\s*date|booking\s*date"
              r"|posted|period|currency"),
)  # fmt: skip
_NUMERIC_ROLES = ("quantity", "unitPrice", "price", "debit", "credit", "amount")
#: A price header that does not say whether it is per unit or for the row.
_BARE_PRICE = re.compile(r"(?:price|cost|prix|preis|precio)(?:\s*\(.{1,12}\))?", re.IGNORECASE)
#: A row that closes the table: its totals and taxes.
_TOTALS = re.compile(
    r"^\W{0,3}(?:(?:[^\W\d_]+\s+){0,2}(?:sub-?\s?total|total)\b|grand\s+total|tax\b|vat\b"
    r"|gst\b|sales\s+tax|(?:amount|balance)\s+(?:due|payable|paid)|balance\b"
    r"|(?:closing|new|opening|previous)\s+balance|zwischensumme|summe|gesamt|mwst|ust\b"
    r"|totale?\b)",
    re.IGNORECASE,
)
#: Lines above a receipt's totals that are not items: payment and bookkeeping lines.
_NOT_ITEM = re.compile(
    r"^\W{0,3}(?:cash|change|visa|mastercard|amex|debit|credit|card|tendered|paid|payment"
    r"|tel\b|phone|date|time|receipt|trans|order|invoice|table|server|cashier|store)\b",
    re.IGNORECASE,
)
#: "2 x Coffee" at the start of a receipt line; "Coffee 2 @ 4.50" / "2 x 4.50" at its end.
_LEADING_COUNT = re.compile(r"^(?P<qty>\d{1,4})\s*[x\u00d7*]\s+(?=\S)", re.IGNORECASE)
_TRAILING_RATE = re.compile(
    r"\s+(?P<qty>\d{1,4}(?:[.,]\d{1,3})?)\s*(?:[x\u00d7@]|pcs?\s*[x\u00d7@]?)\s*(?P<unit>\S+)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LineItem:
    """One row of a table, read."""

    description: str
    quantity: float | None
    unit_price: float | None
    amount: float
    currency: str | None
    row: Row
    #: Under a bare "Price" column beside a quantity, the price may be the unit's or the
    #: row's: the row read the other way (the totals decide which, see ``structured``).
    as_amount: LineItem | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "description": self.description,
            "quantity": self.quantity,
            "unitPrice": self.unit_price,
            "amount": self.amount,
        }


@dataclass(frozen=True, slots=True)
class _Column:
    role: str
    x0: float
    x1: float


def read_line_items(rows: Sequence[Row]) -> list[LineItem]:
    """Every table's rows, in order; a headerless receipt's item lines when no table has a
    header. Linear in the number of rows."""
    items: list[LineItem] = []
    index = 0
    while index < len(rows) and len(items) < MAX_LINE_ITEMS:
        columns = _header(rows[index])
        if columns is not None:
            found, index = _table_body(rows, index + 1, columns)
        else:
            stacked = _stacked_header(rows, index)
            if stacked is None:
                index += 1
                continue
            columns, body = stacked
            merged = _stacked_rows(rows, body, columns)
            found, used = _table_body(merged, 0, columns)
            index = body + max(1, sum(len(row.cells) for row in merged[:used]))
        items.extend(found)
    if not items:
        items = _headerless(rows)
    return items[:MAX_LINE_ITEMS]


def header_role(cell: str) -> str | None:
    """The role a header cell names, or ``None`` when it is not a header word."""
    if len(cell) > _MAX_HEADER_CHARS:
        return None
    tidy = " ".join(re.sub(r"\(.{0,12}\)|[:*]", " ", cell).split()).strip(" .")
    if not tidy:
        return None
    for role, pattern in _HEADER_ROLES:
        if pattern.fullmatch(tidy):
            return role
    return None


def _header(row: Row) -> list[_Column] | None:
    cells = list(row.cells)
    roles = [header_role(cell.text) for cell in cells]
    if len(cells) < 2 or any(role is None for role in roles):
        spaced = _spaced_header(row.text)  # single-spaced (a PDF's or OCR's text line)
        if spaced is None:
            return None
        cells, roles = spaced
    named = set(roles)
    money = named & {"amount", "unitPrice", "debit", "credit"}
    if not money or not named & {"description", "quantity"}:
        return None
    if "amount" not in named and "unitPrice" in named and "quantity" not in named:
        roles = ["amount" if role == "unitPrice" else role for role in roles]  # "Item  Price"
    elif "amount" not in named and "unitPrice" in named:  # "Item  Qty  Price": unit or row?
        roles = [
            "price"
            if role == "unitPrice" and _BARE_PRICE.fullmatch(cell.text.strip(" :"))
            else role
            for role, cell in zip(roles, cells, strict=True)
        ]
    if "description" not in named:  # "Item #  Qty  Price": the first text column describes
        return None
    pairs = zip(roles, cells, strict=True)
    return [_Column(role or "other", cell.x0, cell.x1) for role, cell in pairs]


def _spaced_header(text: str) -> tuple[list[Cell], list[str | None]] | None:
    """A header line whose cells are one space apart: its words cut, longest first, into
    header phrases ("Unit price"); every word must belong to one. Cells get their word
    positions (character offsets in the line)."""
    words = text.split()
    if not 2 <= len(words) <= _MAX_HEADER_WORDS or _NOT_A_HEADER.search(text):
        return None  # cheap tests first: most lines are prose or data
    cells: list[Cell] = []
    roles: list[str | None] = []
    index = 0
    position = 0
    while index < len(words):
        for size in range(min(4, len(words) - index), 0, -1):
            phrase = " ".join(words[index : index + size])
            role = header_role(phrase)
            if role is not None:
                start = text.find(words[index], position)
                position = start + len(phrase)
                cells.append(Cell(phrase, float(start), float(position)))
                roles.append(role)
                index += size
                break
        else:
            return None
    return (cells, roles) if len(cells) >= 2 else None


def _stacked_header(rows: Sequence[Row], start: int) -> tuple[list[_Column], int] | None:
    """A header laid out one cell per line (how PDF text layers give a table): single-cell
    lines that are all header words, at least one for the money. Returns the columns and the
    index of the first body line."""
    cells: list[Cell] = []
    index = start
    while index < len(rows) and len(rows[index].cells) == 1 and len(cells) < _MAX_COLUMNS:
        if header_role(rows[index].cells[0].text) is None:
            break
        cells.append(Cell(rows[index].cells[0].text, float(len(cells)), float(len(cells))))
        index += 1
    if len(cells) < 2:
        return None
    joined = Row(tuple(cells), rows[start].page, "", rows[start].start, rows[start].end, None,
                 positional=False, gap_before=False)  # fmt: skip
    columns = _header(joined)
    return (columns, index) if columns is not None else None


def _stacked_rows(rows: Sequence[Row], start: int, columns: list[_Column]) -> list[Row]:
    """Body lines of a one-cell-per-line table joined into rows, a line per column in the
    header's order (a number column with no number line is an empty cell). Stops at a line
    that cannot start a row: a number, a totals label or another header word."""
    merged: list[Row] = []
    index = start
    while index < len(rows) and len(merged) < MAX_LINE_ITEMS:
        head = rows[index]
        if len(head.cells) != 1 or is_number_cell(head.text) or _TOTALS.match(head.text):
            break
        group: list[Row] = []
        for column in columns:
            if index >= len(rows) or len(rows[index].cells) != 1:
                break
            number = is_number_cell(rows[index].text)
            if number != (column.role in _NUMERIC_ROLES):
                if number or not group:
                    break
                continue  # an empty number cell
            group.append(rows[index])
            index += 1
        if not group:
            break
        boxes = [row.bbox for row in group if row.bbox is not None]
        cells = tuple(Cell(row.text, float(i), float(i)) for i, row in enumerate(group))
        merged.append(
            Row(cells, head.page, "  ".join(row.text for row in group), head.start,
                group[-1].end, union_box(boxes), positional=False, gap_before=head.gap_before)
        )  # fmt: skip
    return merged


def _table_body(
    rows: Sequence[Row], start: int, columns: list[_Column]
) -> tuple[list[LineItem], int]:
    items: list[LineItem] = []
    stray = 0
    index = start
    while index < len(rows):
        row = rows[index]
        first = row.cells[0].text if row.cells else ""
        if _TOTALS.match(first):
            break
        if _header(row) is not None:
            if items:
                break  # a new table (or the header repeated on the next page) starts here
            index += 1
            continue
        item = _row_item(row, columns)
        if item is not None:
            items.append(item)
            stray = 0
        elif items and _continues(row, columns, items[-1]):
            last = items[-1]
            items[-1] = LineItem(
                f"{last.description} {row.text}", last.quantity, last.unit_price, last.amount,
                last.currency, last.row,
            )  # fmt: skip
        else:
            stray += 1
            if stray > _MAX_STRAY_ROWS or not items:
                break
        index += 1
    return items, index


def _continues(row: Row, columns: list[_Column], last: LineItem) -> bool:
    """A wrapped description: text only, in the description column, right under its row."""
    if row.page != last.row.page or any(is_number_cell(cell.text) for cell in row.cells):
        return False
    if not row.positional or len(row.cells) != 1 or len(row.text) > _MAX_WRAPPED_CHARS:
        return False
    if row.text.endswith((".", ":", "!", "?")):
        return False  # a sentence or a label under the table, not a wrapped description
    return _column_of(row.cells[0], columns).role == "description"


def _row_item(row: Row, columns: list[_Column]) -> LineItem | None:
    readings: list[dict[str, list[str]]] = []
    if len(row.cells) == len(columns):
        readings.append(_by_order(row.cells, columns))
    if row.positional:
        readings.append(_by_position(row.cells, columns))
    readings.append(_from_right(row.cells, columns))
    if len(row.cells) == 1:
        readings.extend(_split_tokens(row, columns))
    best: LineItem | None = None
    for reading in readings:
        item = _item(reading, row)
        if item is None:
            continue
        if _consistent(item):
            return item
        best = best or item
    return best


def _by_order(cells: Sequence[Cell], columns: list[_Column]) -> dict[str, list[str]]:
    reading: dict[str, list[str]] = {}
    for cell, column in zip(cells, columns, strict=True):
        reading.setdefault(column.role, []).append(cell.text)
    return reading


def _by_position(cells: Sequence[Cell], columns: list[_Column]) -> dict[str, list[str]]:
    reading: dict[str, list[str]] = {}
    for cell in cells:
        reading.setdefault(_column_of(cell, columns).role, []).append(cell.text)
    return reading


def _column_of(cell: Cell, columns: list[_Column]) -> _Column:
    """The column a cell overlaps most, else the nearest one."""

    def fit(column: _Column) -> tuple[float, float]:
        overlap = min(cell.x1, column.x1) - max(cell.x0, column.x0)
        distance = abs((cell.x0 + cell.x1) / 2 - (column.x0 + column.x1) / 2)
        return (max(0.0, overlap), -distance)

    return max(columns, key=fit)


def _from_right(cells: Sequence[Cell], columns: list[_Column]) -> dict[str, list[str]]:
    """Leading text cells describe; trailing numbers fill the numeric columns, the last one
    the amount (merged or empty cells leave a row shorter than its header)."""
    numbers: list[str] = []
    index = len(cells)
    while index > 0 and is_number_cell(cells[index - 1].text):
        index -= 1
        numbers.insert(0, cells[index].text)
    text = [cell.text for cell in cells[:index]]
    return _fill(text, numbers, columns)


def _fill(text: list[str], numbers: list[str], columns: list[_Column]) -> dict[str, list[str]]:
    numeric = [c.role for c in columns if c.role in _NUMERIC_ROLES]
    reading: dict[str, list[str]] = {"description": text[-1:] if len(text) > 1 else text}
    if not numbers or not numeric:
        return reading
    last_role = "amount" if "amount" in numeric else numeric[-1]
    reading.setdefault(last_role, []).append(numbers[-1])
    others = [role for role in numeric if role != last_role]
    for role, value in zip(others, numbers[:-1], strict=False):
        reading.setdefault(role, []).append(value)
    return reading


def _split_tokens(row: Row, columns: list[_Column]) -> list[dict[str, list[str]]]:
    """OCR's single-spaced row: words, then the numbers that end it, tried with each count of
    trailing numbers the numeric columns allow."""
    tokens = value_tokens(row.text)
    trailing = 0
    while trailing < len(tokens) and is_number_cell(tokens[len(tokens) - 1 - trailing]):
        trailing += 1
    numeric = sum(1 for c in columns if c.role in _NUMERIC_ROLES)
    leading = _leading_other(columns)
    readings = []
    for take in range(min(trailing, numeric), 0, -1):
        words = _without_leading(tokens[: len(tokens) - take], leading)
        if words:
            readings.append(_fill([" ".join(words)], tokens[len(tokens) - take :], columns))
    return readings


def _leading_other(columns: list[_Column]) -> int:
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
    if not re.search(r"[^\W\d_]{2}", description) or _TOTALS.match(description):
        return None
    quantity = _one(reading.get("quantity"), parse_quantity)
    unit = _one(reading.get("unitPrice"), parse_money)
    price: Money | None = _one(reading.get("price"), parse_money)
    unit = unit or price
    amount = _one(reading.get("amount"), parse_money)
    if amount is None:
        debit = _one(reading.get("debit"), parse_money)
        credit = _one(reading.get("credit"), parse_money)
        if debit is not None:
            amount = Money(-abs(debit.amount), debit.currency)
        elif credit is not None:
            amount = credit
    if amount is None and quantity is not None and unit is not None:
        amount = Money(round(quantity * unit.amount, 2), unit.currency)
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
    return LineItem(description, quantity, unit_price, amount.amount, currency, row, other)


def _one[T](cells: list[str] | None, parse: object) -> T | None:
    if not cells or len(cells) != 1:
        return None
    return parse(cells[0])  # type: ignore[operator,no-any-return]


def _consistent(item: LineItem) -> bool:
    if item.quantity is None or item.unit_price is None:
        return True
    return close(round(item.quantity * item.unit_price, 2), item.amount)


def _headerless(rows: Sequence[Row]) -> list[LineItem]:
    """The run of "item  price" lines right above the first subtotal or total line."""
    for index, row in enumerate(rows):
        if not row.cells or not _TOTALS.match(row.cells[0].text):
            continue
        run: list[LineItem] = []
        back = index - 1
        while back >= 0:
            item = _priced_line(rows[back])
            if item is None or rows[back].page != row.page:
                break
            run.insert(0, item)
            if rows[back].gap_before:
                break
            back -= 1
        if run:
            return run
    return []


def _priced_line(row: Row) -> LineItem | None:
    """ "Milk 1L  2.49", "2 x Coffee beans  17.98", "Coffee 2 @ 8.99  17.98"."""
    tokens = row.text.split()
    if len(tokens) < 2 or _NOT_ITEM.match(row.text) or _TOTALS.match(row.text):
        return None
    price = tokens[-1]
    money = parse_money(price)
    if money is None or not re.search(r"[.,]\d{2}\)?-?$", price):
        return None  # receipts print cents; "Tel 0123 456789" does not
    description = row.text[: row.text.rfind(price)].strip()
    quantity: float | None = None
    unit_price: float | None = None
    lead = _LEADING_COUNT.match(description)
    if lead:
        quantity = float(lead.group("qty"))
        description = description[lead.end() :]
    else:
        rate = _TRAILING_RATE.search(description)
        unit = parse_money(rate.group("unit")) if rate else None
        if rate and unit is not None:
            quantity = parse_quantity(rate.group("qty"))
            unit_price = unit.amount
            description = description[: rate.start()]
    description = description.strip(" .:-")
    if not re.search(r"[^\W\d_]{2}", description):
        return None
    if quantity and unit_price is None:
        unit_price = round(money.amount / quantity, 2)
    return LineItem(description, quantity, unit_price, money.amount, money.currency, row)


__all__ = ["MAX_LINE_ITEMS", "LineItem", "header_role", "read_line_items"]
