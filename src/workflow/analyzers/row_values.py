"""A row's reading (its cells by the column each was read into) as a line item's values:
the quantity, unit price and amount parsed, the amount checked against quantity x unit price
(less a discount), and a character OCR misread in the quantity or unit price fixed by that
arithmetic."""

from __future__ import annotations

import re

from workflow.analyzers.lineitem import PAGE_CELL, PAGE_MARK, TOTALS, LineItem
from workflow.analyzers.misread import misread_fixed
from workflow.analyzers.numbers import Money, close, parse_money, parse_percent, parse_quantity
from workflow.analyzers.rows import Row

#: A count written before the item in its description cell ("2 of: Mug", "3 x Coffee").
_COUNT_FIRST = re.compile(
    r"(?P<qty>[1-9]\d{0,2})\s*(?:of\s*:|[x\u00d7*](?=\s))\s*(?=[^\W\d_])", re.IGNORECASE
)

#: A count printed bare before the item's words ("2 PAN DE BARRA").
_BARE_COUNT = re.compile(r"(?P<qty>[1-9]\d{0,2})\s+(?=[^\W\d_]{2})")


def item_of(reading: dict[str, list[str]], row: Row, *, counted: bool = False) -> LineItem | None:
    """The reading's values as a line item, or ``None`` when it holds no amount or no words;
    ``counted``: the table has a count column (a count OCR lost in it is the amount over the
    unit price, when that is whole or a half)."""
    description = " ".join(reading.get("description", [])).strip()
    if not re.search(r"[^\W\d_]{2}", description) or TOTALS.match(description):
        return None
    if PAGE_MARK.match(row.text.strip()) or any(PAGE_CELL.match(c.text) for c in row.cells):
        return None  # a page's footer, or a running header ending in its page number
    quantity = _one(reading.get("quantity"), parse_quantity)
    if "quantity" not in reading:
        quantity, description = _count_first(description)
    unit = _one(reading.get("unitPrice"), parse_money)
    price: Money | None = _one(reading.get("price"), parse_money)
    unit = unit or price
    discount: float | None = _one(reading.get("discount"), parse_percent)
    amount = _amount_of(reading.get("amount", []), quantity, unit, discount)
    if amount is not None and quantity is not None and unit is not None and discount is None:
        quantity, unit = _slips_fixed(reading, quantity, unit, amount)
    if amount is None:
        amount = _ledger_amount(reading)
    if quantity is None:
        quantity, description = _count_of(reading, description, unit, amount)
    if quantity is None and counted and "price" not in reading:
        quantity = _lost_count(unit, amount)
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


def _ledger_amount(reading: dict[str, list[str]]) -> Money | None:
    """A statement row's debit, else its credit: as printed (the column, not a sign, says
    money went out)."""
    debit = _one(reading.get("debit"), parse_money)
    return debit if debit is not None else _one(reading.get("credit"), parse_money)


def _count_first(description: str) -> tuple[float | None, str]:
    """A count written before the item in its description cell ("2 of: Kitchen scale", "3 x
    Coffee") under a header with no count column, and the description without it."""
    counted = _COUNT_FIRST.match(description)
    if counted is None:
        return None, description
    return float(counted.group("qty")), description[counted.end() :]


def _count_of(
    reading: dict[str, list[str]], description: str, unit: Money | None, amount: Money | None
) -> tuple[float | None, str]:
    """A count no count column holds: in a column docpipe cannot name, else printed bare
    before the item's words; and the description without it."""
    quantity = _counted(reading.get("other", []), unit, amount)
    if quantity is None and "quantity" not in reading and amount is not None:
        return _bare_count(description, unit, amount)
    return quantity, description


def _bare_count(description: str, unit: Money | None, amount: Money) -> tuple[float | None, str]:
    """A till's count printed bare before the item under a header with no count column
    ("2 PAN DE BARRA  0,74  1,48", "1 HUEVOS FRESCOS  2,36"), and the description without it:
    when the count times the unit price makes the amount, or, no unit price printed, it is 1
    ("12 EGGS  3,49" may be the pack's size)."""
    counted = _BARE_COUNT.match(description)
    if counted is None:
        return None, description
    quantity = float(counted.group("qty"))
    if unit is not None and close(round(quantity * unit.amount, 2), amount.amount):
        return quantity, description[counted.end() :]
    if quantity == 1 and (unit is None or close(unit.amount, amount.amount)):
        return quantity, description[counted.end() :]
    return None, description


def _counted(cells: list[str], unit: Money | None, amount: Money | None) -> float | None:
    """The count in a column docpipe cannot name ("Visits", "Nights", "Seats"): the cell
    that times the unit price makes the amount."""
    if unit is None or amount is None:
        return None
    for cell in cells:
        quantity = parse_quantity(cell)
        if quantity and close(round(quantity * unit.amount, 2), amount.amount):
            return quantity
    return None


def _lost_count(unit: Money | None, amount: Money | None) -> float | None:
    """The count a row's unit price makes its amount with ("Thermostat  19,90  119,40" under
    "Qty  Unit price  Amount", its count lost or misread): whole or a half, up to 9999."""
    if unit is None or amount is None or unit.amount <= 0 or amount.amount <= 0:
        return None
    halves = round(amount.amount / unit.amount * 2)
    if not 0 < halves < 20000 or not close(round(halves / 2 * unit.amount, 2), amount.amount):
        return None
    return halves / 2


def _amount_of(
    cells: list[str], quantity: float | None, unit: Money | None, discount: float | None
) -> Money | None:
    """The row's amount; with several amount columns (net and gross, amount and total), the
    one that is quantity x unit price (less the discount), else the first (the net amount: a
    later one adds the tax)."""
    amounts = [money for money in map(parse_money, cells) if money is not None]
    if len(amounts) != len(cells) or not amounts:
        return None
    if quantity is not None and unit is not None:
        product = round(quantity * unit.amount * (1 - (discount or 0) / 100), 2)
        for money in amounts:
            if close(product, money.amount):
                return money
    return amounts[0]


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


def consistent(item: LineItem) -> bool:
    expected = item.expected
    return expected is None or close(expected, item.amount)


__all__ = ["consistent", "item_of"]
