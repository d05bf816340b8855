"""Receipts without a table header: the run of priced lines right above the subtotal or
total is their items, a quantity written into the line ("2 x Coffee", "Coffee 2 @ 4.50",
"Desk lamp  x 2", "Qty: 2" among a web shop's product lines) or on a line of its own above
it ("2 x 1.29") read from it; a product's options printed on a line under it ("Size: M")
join its description.

The lines between the items and the total belong to the totals, not the items: a line whose
amount is the items' sum (a subtotal, however it is worded: "Merchandise"), and the charges
and reductions printed there (shipping, a promo code, a tip), labelled "Label:" or not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workflow.analyzers.entities import date_spans
from workflow.analyzers.lineitem import CHARGE, TENDER, TOTALS, LineItem, page_furniture
from workflow.analyzers.numbers import Money, close, parse_money, parse_quantity, value_tokens
from workflow.analyzers.rows import Row

#: Lines above a receipt's totals that are not items: payment and bookkeeping lines.
_NOT_ITEM = re.compile(
    r"^\W{0,3}(?:cash|change|visa|mastercard|amex|debit|credit|tendered|paid|payment"
    r"|card(?!\s+(?:price|saving|offer|discount))"  # a loyalty card's price is a reduction
    r"|tel\b|phone|date|time|receipt|trans|order|invoice|table|server|cashier|store)\b",
    re.IGNORECASE,
)
#: The VAT class a till prints after each price ("2,49 A", "1.50 *"; a US till's tax flag
#: "6.28 N", "2.94 T", "9.48 X").
_TAX_CLASS = re.compile(r"[ \t]+(?:[A-Z]|\*{1,2})[ \t]*$")
#: A currency mark the price's cell left at the end of the description ("Banana bread USD").
_TRAILING_MARK = re.compile(r"[ \t]+[-\u2212]?(?:US\$|[$€£¥₹]|[A-Z]{3})$")  # "-£0.75"
#: A till's article code (a UPC or EAN) printed after the item's name: not its description.
_ITEM_CODE = re.compile(r"[ \t]+\d{8,14}$")
#: "2 x Coffee" at the start of a receipt line; "Coffee 2 @ 4.50" / "2 x 4.50" at its end.
_LEADING_COUNT = re.compile(r"^(?P<qty>\d{1,3})(?:\s*[x\u00d7*]\s+|\s+)(?=[^\W\d_])", re.IGNORECASE)
#: "Wireless mouse x1", "HDMI cable 2x": a count written after the item.
_TRAILING_COUNT = re.compile(r"\s+(?:[x\u00d7]\s?(?P<a>\d{1,3})|(?P<b>\d{1,3})\s?[x\u00d7])$", re.I)
#: A line holding only a count and a unit price, printed above its item ("2 x 1.29"; a US
#: till's "2 AT 1 FOR 4.49").
_COUNT_LINE = re.compile(
    r"(?P<qty>\d{1,3})\s*(?:[^\W\d_]{1,4}\.?\s*(?=[x\u00d7*@]))?"  # "2 Stk x 3,29"
    r"(?:[x\u00d7*@]|pcs?\s*[x\u00d7@]?|at(?:\s+1\s+for)?\s)\s*(?P<unit>\S+)",
    re.IGNORECASE,
)
#: A weighed item's line under or over it, no amount of its own ("0,812 kg x 2,20 EUR/kg",
#: "1.235 kg @ £1.99/kg", "0.45 lb @ $3.99 / lb").
_WEIGHED_LINE = re.compile(
    r"(?P<qty>\d{1,4}[.,]\d{1,3})\s*(?:kg|g|lbs?|l)\s*[x\u00d7@*]\s*(?:[$€£]\s*)?(?P<unit>\d+[.,]\d{2})"
    r"\s*(?:[$€£]|[A-Z]{3})?\s*/\s*(?:kg|g|lbs?|l)",
    re.IGNORECASE,
)
#: A measure's unit ("l", "kg", "Stk."), or a litre's "l" as OCR reads it on a slip ("1",
#: "I", "|", and "11" for "/l" run into what follows it).
_MEASURE = r"(?:[^\W\d_]{1,4}\.?|[1I|])"
#: A measure at a rate and its amount, the item named on the line above ("45.23 l @ 1.759/l
#: 79.56", "3 kg x 2,49  7,47").
_RATE_LINE = re.compile(
    rf"(?P<qty>\d{{1,5}}(?:[.,]\d{{1,3}})?)\s*(?:{_MEASURE})?\s*[x\u00d7@*]\s*"
    rf"(?P<unit>\S+?)(?:\s*(?:[$€£]|[A-Z]{{3}}|(?P<minor>p|c|ct))?\s*/\s*"
    rf"(?:[^\W\d_]{{1,4}}|[1I|]{{1,2}}))?\s+(?P<amount>\S+(?:\s?(?:[$€£]|[A-Z]{{3}}))?)",
    re.IGNORECASE,
)
#: A unit price on a line of its own under its counted item ("à 0,85", "@ 4.60", "je 1,95",
#: "a 2,50 cad.", "each 0.85").
_EACH_LINE = re.compile(
    r"(?:[àa@]|je|pro\s+st(?:ü|ue?)ck|per\s+st(?:uk|k)|each|ea\.?|l.unit[ée])\s*"
    r"(?P<unit>(?:[$€£]\s*)?\d{1,5}[.,]\d{2}(?:\s*(?:[$€£]|[A-Z]{3}))?)(?:\s*(?:cad|c/u|each|ea)\.?)?",
    re.IGNORECASE,
)
#: A count written among a product's words ("Qty: 2", "Quantity 3", "Menge: 2").
_COUNT_LABEL = re.compile(
    r"\s*\b(?:qty|quantity|menge|anzahl|qt[ée]|quantit[ée]|cantidad|cant\.|quantit[àa]|aantal)"
    r"\.?:?\s*(?P<qty>\d{1,4})\b",
    re.IGNORECASE,
)
#: A till's count of the items sold ("5 ARTIKELEN", "Anzahl Artikel: 5", "3 items").
_ITEM_COUNT = re.compile(
    r"^\W{0,3}(?:\d{1,3}\s+(?:artikel(?:en)?|items?|articles?|art[íi]culos?|articoli|st[üu]ck)\b"
    r"|(?:anzahl\s+artikel|items?\s+sold|number\s+of\s+items|nombre\s+d.articles)\b)",
    re.IGNORECASE,
)
#: A rule drawn under or over a table ("-----", "=====").
_RULE = re.compile(r"^[-=_*\u2500\u2014\s]{3,}$")
#: Longest line read as a product's options under it.
_MAX_DETAIL_CHARS = 60
#: Most lines a product printed over lines of its own takes, its amount's included.
_MAX_BLOCK_LINES = 6
#: "Coffee 2 @ 8.99", "Usage 315 kWh at 0.31": a count or measure at a rate, ending the item.
_TRAILING_RATE = re.compile(
    r"\s+(?P<qty>\d{1,5}(?:[.,]\d{1,3})?)\s*(?:[^\W\d_]{1,4}\.?\s+(?=at\s|à\s|zu\s|@))?"
    r"(?:[x\u00d7@]|pcs?\s*[x\u00d7@]?|(?:at|à|zu)(?=\s))\s*(?P<unit>\S+)\s*$",
    re.IGNORECASE,
)


def headerless_items(rows: Sequence[Row]) -> list[LineItem]:
    """The run of "item  price" lines right above the first subtotal or total line (the
    charges printed between them and the total left out, and a line above those that sums
    the run, in a table of its own or not)."""
    for index, row in enumerate(rows):
        if not row.cells or not TOTALS.match(row.cells[0].text):
            continue
        back = index - 1
        while back >= 0 and rows[back].page == row.page and _among_totals(rows[back]):
            back -= 1  # "Shipping: 4.95", "Promo code SPRING15  -5.00", "5 ITEMS" above it
        subtotal = _priced_line(rows[back]) if back >= 0 else None
        if subtotal is not None and subtotal.quantity is None:
            above = _run_above(rows, back - 1, row.page)  # "Merchandise  45.90" over the sums
            if above and close(round(sum(i.amount for i in above), 2), subtotal.amount):
                return above
        run = _run_above(rows, back, row.page)
        if run:
            return _without_subtotal(run)
    return []


def _run_above(  # noqa: PLR0912 - one branch per kind of line above the totals
    rows: Sequence[Row], back: int, page: int
) -> list[LineItem]:
    """The priced lines that end at ``back``, read upwards."""
    run: list[LineItem] = []
    details: list[str] = []  # a product's option lines, under it
    block: tuple[LineItem, int] | None = None
    if back >= 0 and _RULE.match(rows[back].text):
        back -= 1
    while back >= 0:
        if rows[back].page != page or page_furniture(rows[back]):
            above = _over_page_break(rows, back, page)
            if not run or above is None:
                break
            back, page = above, rows[above].page
        item = _priced_line(rows[back])
        block = None
        if (below := _counted_below(rows, back, run)) is not None:
            run.insert(0, below)  # "Gouda jung 400g  6,58" over "2 Stk x 3,29"
            back -= 1
        elif item is None and run and (counted := _counted(rows[back], run[0])) is not None:
            run[0] = counted  # "2 x 1.29" printed above its item
        elif back > 0 and (rated := _rated(rows[back - 1], rows[back])):
            run.insert(0, rated)  # "Pump 4 Diesel" over "45.23 l @ 1.759  79.56"
            back -= 1  # (a rate line reads as a priced line too: "56,11 l x 1,803 EUR/l")
        elif item is None and back > 0 and _detail(rows[back]) and _priced_line(rows[back - 1]):
            details.insert(0, rows[back].text.strip())  # "Size: M" under its product
        elif item is None and (block := _block(rows, back)) is not None:
            run.insert(0, block[0])  # a product over its indented count and amount
            back = block[1]
        elif item is None:
            break
        elif run and (counted := _counted(rows[back], run[0])) is not None:
            run[0] = counted  # a count line that reads as a priced line ("2 x 2.65")
        else:
            if details:
                item = replace(item, description=" ".join([item.description, *details]))
                details = []
            run.insert(0, item)
        if rows[back].gap_before and not (block and back > 0 and _amount_alone(rows[back - 1])):
            break  # a blank line ends the items, unless another product's block ends above
        back -= 1
    return run


def _over_page_break(rows: Sequence[Row], back: int, page: int) -> int | None:
    """The index of the priced line that ends the page before, when only the page's running
    footer and header (its number) stand between it and ``page``'s rows; else ``None``."""
    while back >= 0 and page_furniture(rows[back]):
        back -= 1
    if back < 0 or rows[back].page >= page or _priced_line(rows[back]) is None:
        return None
    return back


def _among_totals(row: Row) -> bool:
    """A charge or reduction printed between the items and the total, or a labelled amount
    ("Delivery:  GBP 4.95", "Versand  kostenlos"), or a rule."""
    first = row.cells[0].text if row.cells else ""
    if _RULE.match(row.text):
        return False
    if _ITEM_COUNT.match(row.text):
        return True  # "5 ITEMS": the till's count of what it sold
    return bool(CHARGE.match(first)) or (first.rstrip().endswith(":") and len(row.cells) > 1)


def _without_subtotal(run: list[LineItem]) -> list[LineItem]:
    """The run up to a line whose amount is the sum of the items above it (a subtotal,
    whatever its words) and that prints no count."""
    for index in range(1, len(run)):
        item = run[index]
        above = round(sum(i.amount for i in run[:index]), 2)
        if (
            item.quantity is None
            and close(item.amount, above)
            and (index > 1 or index == len(run) - 1)
        ):
            return run[:index]
    return run


def _block(rows: Sequence[Row], end: int) -> tuple[LineItem, int] | None:
    """A product printed over lines of its own, its amount alone on the last one and that
    indented under it with the product's options and count ("Dot grid notebook A5" over
    "  Pack of 3", "  Qty: 2", "  20.90"), or not indented, each product's block after a
    blank line (an order e-mail's "Filter papers" over "Qty: 3" over "$17.85"): the item and
    the index of its first line."""
    if not _amount_alone(rows[end]):
        return None
    amount = parse_money(rows[end].text.strip())
    if amount is None:
        return None
    indent = rows[end].cells[0].x0
    margin = 0.5 if rows[end].start >= 0 else 0.005  # characters, or page fractions
    quantity: float | None = None
    details: list[str] = []
    for top in range(end - 1, max(-1, end - _MAX_BLOCK_LINES), -1):
        row = rows[top]
        if not row.cells or row.page != rows[end].page or not _detail(row):
            return None
        count = _COUNT_LABEL.fullmatch(row.text.strip())
        # its block's head, over its count or options
        first = row.gap_before and count is None and ":" not in row.text and top < end - 1
        if row.cells[0].x0 < indent - margin or first:  # the product's own line
            text = " ".join([row.text.strip(), *details])
            return LineItem(text, quantity, None, amount.amount, amount.currency, rows[end]), top
        if count is not None:
            quantity = float(count.group("qty"))
        else:
            details.insert(0, row.text.strip())
        if row.gap_before:
            return None
    return None


def _amount_alone(row: Row) -> bool:
    """A line holding only an amount with its cents ("$17.85", "20,90 €")."""
    text = row.text.strip()
    cents = re.search(r"[.,]\d{2}\b", text) is not None
    return bool(row.cells) and cents and parse_money(text) is not None


def _count_cell(row: Row) -> float | None:
    """A bare count in the cell before the price ("Desk lamp  2  $48.00")."""
    if len(row.cells) < 3 or parse_money(row.cells[-1].text) is None:
        return None
    count = row.cells[-2].text
    return float(count) if re.fullmatch(r"[1-9]\d{0,2}", count) else None


def _detail(row: Row) -> bool:
    """A product's options on a line under it ("Size: King / Colour: Sage"): short words,
    no amount."""
    text = row.text.strip()
    if len(text) > _MAX_DETAIL_CHARS or not re.search(r"[^\W\d_]{2}", text):
        return False
    if TOTALS.match(text) or _NOT_ITEM.match(text) or TENDER.match(text) or _RULE.match(text):
        return False
    if _ITEM_COUNT.match(text):
        return False  # "5 ARTIKELEN": the till counts the items under the last
    return not re.search(r"\d[.,]\d{2}\b", text)


def _counted(row: Row, item: LineItem) -> LineItem | None:
    """``item`` with the count and unit price of the line above it ("3 x 5,49"), when that
    line is only those and they make the item's amount."""
    text = row.text.strip()
    match = _COUNT_LINE.fullmatch(text) or _WEIGHED_LINE.fullmatch(text)
    if match is None:
        return None
    unit = parse_money(match.group("unit"))
    quantity = float(match.group("qty").replace(",", "."))  # "1,235 kg": a measure's grams
    if unit is None or not close(round(quantity * unit.amount, 2), item.amount):
        return None
    return replace(item, quantity=quantity, unit_price=unit.amount)


def _counted_below(rows: Sequence[Row], back: int, run: list[LineItem]) -> LineItem | None:
    """The item on the line above a count line ("2 Stk x 3,29" under "Gouda  6,58", as
    German and Dutch tills print it), counted, when the count makes its amount and not that
    of the item below; or above its unit price ("3 x Brezel  2,55" over "à 0,85")."""
    text = rows[back].text.strip()
    if back >= 1 and (each := _EACH_LINE.fullmatch(text)):
        return _priced_each(rows[back - 1], each.group("unit"))
    if back < 1 or not (_COUNT_LINE.fullmatch(text) or _WEIGHED_LINE.fullmatch(text)):
        return None
    if run and _counted(rows[back], run[0]) is not None:
        return None  # "2 x 1.29" over its item, as British and US tills print it
    above = _priced_line(rows[back - 1])
    if above is None or above.quantity is not None:
        return None
    return _counted(rows[back], above)


def _priced_each(row: Row, printed: str) -> LineItem | None:
    """The counted item on ``row`` at the unit price printed under it, when the two make its
    amount ("3 x Brezel  2,55" over "à 0,85")."""
    above = _priced_line(row)
    unit = parse_money(printed)
    if above is None or above.quantity is None or unit is None:
        return None
    if not close(round(above.quantity * unit.amount, 2), above.amount):
        return None
    return replace(above, unit_price=unit.amount)


def _rated(description: Row, rate: Row) -> LineItem | None:
    """An item whose description stands alone on its line and whose measure, rate and amount
    stand on the next ("Pump 4 Diesel" over "45.23 l @ 1.759/l  79.56")."""
    match = _RATE_LINE.fullmatch(rate.text.strip())
    text = " ".join(description.text.split())
    if match is None or not re.search(r"[^\W\d_]{2}", text) or parse_money(text.split()[-1]):
        return None
    if _NOT_ITEM.match(text) or TOTALS.match(text):
        return None
    quantity = parse_quantity(match.group("qty"))
    amount = parse_money(match.group("amount"))
    if quantity is None or amount is None:
        return None
    # A rate may carry three decimals ("1,759" a litre): the reading that makes the amount.
    unit = parse_money(match.group("unit"))
    if unit is not None and match.group("minor"):  # "142.9 p/L": pence or cents a litre
        unit = Money(round(unit.amount / 100, 5), unit.currency)
    if unit is not None and close(round(quantity * unit.amount, 2), amount.amount):
        return LineItem(text, quantity, unit.amount, amount.amount, amount.currency, rate)
    fraction = re.fullmatch(r"(\d{1,3})[.,](\d{3})", match.group("unit"))
    per = float(".".join(fraction.groups())) if fraction else None
    if per is not None and close(round(quantity * per, 2), amount.amount):
        return LineItem(text, quantity, per, amount.amount, amount.currency, rate)
    return None


def _priced_line(row: Row) -> LineItem | None:
    """ "Milk 1L  2.49", "2 x Coffee beans  17.98", "Coffee 2 @ 8.99  17.98"."""
    text = _TAX_CLASS.sub("", row.text)
    tokens = value_tokens(text)  # "3,50 €", "USD 2.40": a price with its mark is one
    if len(tokens) < 2 or _NOT_ITEM.match(text) or TOTALS.match(text) or TENDER.match(text):
        return None  # "Gegeben  20,00", "Zurück  3,20": the cash given and the change
    price = tokens[-1]
    money = parse_money(price)
    if money is None or not re.search(r"[.,]\d{2}\)?-?(?:\s*\D{1,3})?$", price):
        return None  # receipts print cents; "Tel 0123 456789" does not
    number = re.search(r"\d[\d.,\u00a0 ']*", price)
    at = text.rfind(number.group().strip()) if number else -1
    description = _TRAILING_MARK.sub("", text[:at].strip()) if at > 0 else ""
    description = _ITEM_CODE.sub("", description)
    counted_cell = _count_cell(row)
    labelled = _COUNT_LABEL.search(description)
    if labelled is not None and not _LEADING_COUNT.match(description):
        description = f"{description[: labelled.start()]} {description[labelled.end() :]}"
        description = description.strip()
    dated = date_spans(description[:40])
    if dated and dated[0][0] == 0:  # a statement's row: its date first, never a count
        description = description[dated[0][1] :].strip()
    quantity: float | None = None
    unit_price: float | None = None
    lead = _LEADING_COUNT.match(description)
    if labelled is not None and not lead:
        quantity = float(labelled.group("qty"))
    elif counted_cell is not None and not lead:
        quantity = counted_cell  # "Desk lamp  2  $48.00": a count in a cell of its own
        cut = description.rfind(row.cells[-2].text)
        description = description[:cut] if cut >= 0 else description
    elif lead:
        quantity = float(lead.group("qty"))
        description = description[lead.end() :]
    elif counted := _TRAILING_COUNT.search(description):
        quantity = float(counted.group("a") or counted.group("b"))
        description = description[: counted.start()]
    else:
        rate = _TRAILING_RATE.search(description)
        unit = parse_money(rate.group("unit")) if rate else None
        measure = parse_quantity(rate.group("qty")) if rate else None
        # a size is no rate ("Screws 4x40", "Timber 2x4"): the count and rate make the amount
        if rate and unit is not None and measure and close(measure * unit.amount, money.amount):
            quantity, unit_price = measure, unit.amount
            description = description[: rate.start()]
    description = description.strip(" .:-")
    if not re.search(r"[^\W\d_]{2}", description):
        return None
    if quantity and unit_price is None:
        unit_price = round(money.amount / quantity, 2)
    return LineItem(description, quantity, unit_price, money.amount, money.currency, row)


__all__ = ["headerless_items"]
