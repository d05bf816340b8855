"""More pages of the scanned development documents (:mod:`testbed.evaluation.variety_scans`):
a purchase order with its supplier and delivery address boxed side by side, a business
letter, and an invoice of two A5 pages printed two-up on one landscape sheet (the way a
copier saves paper), its item table running from the left page into the right one.
"""

from __future__ import annotations

import random

from testbed.evaluation.commerce_style import Printer, pick_style, quantity_text
from testbed.evaluation.corpus import Writer
from testbed.evaluation.scan_sheet import Sheet
from testbed.evaluation.scan_words import (
    VOCABULARY,
    address,
    day_between,
    days_later,
    firm,
    items,
    items_sum,
    language,
    person,
)

_A4 = (8.27, 11.69)
_LETTER = (8.5, 11.0)
_RIGHT = 7.6


def purchase_order(rng: random.Random) -> tuple[Sheet, Writer]:
    """A purchase order: the buyer's letterhead, the order's number and date framed at the
    right, the supplier and the delivery address in boxes side by side, item codes, and the
    buyer's signature line."""
    p = Printer(rng, pick_style(rng, ("us", "uk", "de", "ch")))
    w = p.w
    sheet = Sheet(*_LETTER, family=rng.choice(("sans", "serif", "condensed")))
    taken: set[str] = set()
    buyer = firm(w, rng, taken)
    sheet.stack(0.7, 0.7, [buyer, *address(rng)], 10, bold_first=True)
    sheet.put(7.8, 0.7, "PURCHASE ORDER", 16, bold=True, right=True)
    w.number = f"{rng.choice(('PO', '45', 'P'))}{rng.randint(100000, 999999)}"
    sheet.frame(5.2, 1.05, 7.8, 1.6)
    sheet.put(5.3, 1.12, "PO Number", 9)
    sheet.put(7.7, 1.12, w.key("documentNumber", w.number), 9, bold=True, right=True)
    sheet.put(5.3, 1.36, "Order Date", 9)
    sheet.put(7.7, 1.36, p.day(day_between(rng), "issue"), 9, right=True)
    supplier = firm(w, rng, taken)
    w.vendor = supplier
    for x, title, lines in (
        (0.7, "Vendor", [w.key("vendor", supplier), *address(rng)]),
        (4.3, "Ship To", [buyer, "Goods Inwards", *address(rng)]),
    ):
        sheet.frame(x, 1.9, x + 3.4, 3.0)
        sheet.put(x + 0.1, 1.95, title, 9, bold=True)
        sheet.stack(x + 0.1, 2.2, lines, 9.5)
    headers = (
        ("Item", 0.7, False),
        ("Description", 1.5, False),
        ("Qty", 5.0, True),
        ("Unit Cost", 6.4, True),
        ("Line Total", 7.8, True),
    )
    for label, x, right in headers:
        sheet.put(x, 3.3, label, 9, bold=True, right=right)
    sheet.rule(0.7, 3.5, 7.8, 3.5)
    y = 3.6
    for name, qty, unit, amount in items(p, rng, rng.randint(2, 5), whole=True):
        sheet.put(0.7, y, f"{rng.choice('ABCKM')}{rng.randint(1000, 9999)}", 9.5)
        sheet.put(1.5, y, name, 9.5)
        sheet.put(5.0, y, f"{qty:g}", 9.5, right=True)
        sheet.put(6.4, y, p.number(unit), 9.5, right=True)
        sheet.put(7.8, y, p.number(amount), 9.5, right=True)
        y += 0.25
    sheet.rule(5.2, y + 0.05, 7.8, y + 0.05)
    sheet.put(5.3, y + 0.15, f"Total {p.code()}", 10.5, bold=True)
    sheet.put(7.8, y + 0.15, p.total(items_sum(p), mark=False), 10.5, bold=True, right=True)
    signer = person(w, rng, taken)
    sheet.rule(0.7, y + 1.1, 3.2, y + 1.1)
    sheet.stack(0.7, y + 1.15, [f"Authorised by: {signer}", "Purchasing"], 9)
    return sheet, w


def letter(rng: random.Random) -> tuple[Sheet, Writer]:
    """A business letter: the letterhead centred with a contact line under it, the
    recipient's address, the date flush right, a bold subject line, prose naming an amount,
    and the signature (name and function)."""
    p = Printer(rng, pick_style(rng, ("uk", "us", "ie", "au")))
    w = p.w
    sheet = Sheet(*_A4, family=rng.choice(("serif", "sans")))
    taken: set[str] = set()
    sender = firm(w, rng, taken)
    street, city = address(rng)
    sheet.put(4.13 - len(sender) * 0.055, 0.6, sender, 15, bold=True)
    contact = f"{street} | {city} | +44 1632 {rng.randint(100000, 999999)}"
    sheet.put(4.13 - len(contact) * 0.028, 0.95, contact, 8)
    sheet.rule(0.9, 1.15, _RIGHT, 1.15)
    reader = person(w, rng, taken)
    client = firm(w, rng, taken)
    sheet.stack(0.9, 1.6, [reader, client, *address(rng)], 10.5)
    sheet.put(_RIGHT, 2.6, p.day(day_between(rng), "issue"), 10.5, right=True)
    amount = round(rng.uniform(900, 48000), 2)
    sheet.put(
        0.9,
        3.0,
        f"Re: {rng.choice(('Renewal of your maintenance plan', 'Account review'))}",
        10.5,
        bold=True,
    )
    body = [
        f"Dear {reader.split()[0]},",
        "",
        "Thank you for meeting us last month. As agreed, we have reviewed the services",
        f"provided to {client} over the past year and propose an annual fee of",
        f"{p.money(amount)}, payable quarterly in advance, from the next renewal date.",
        "",
        "Please let us know if you would like to discuss any part of this proposal.",
        "",
        "Yours sincerely,",
    ]
    y = sheet.stack(0.9, 3.4, body, 10.5, leading=1.45)
    signer = person(w, rng, taken)
    sheet.stack(0.9, y + 0.55, [signer, rng.choice(("Client Director", "Head of Accounts"))], 10.5)
    return sheet, w


def invoice_two_up(rng: random.Random) -> tuple[Sheet, Writer]:
    """An invoice of two A5 pages side by side on one landscape A4 sheet: the letterhead,
    addresses, details and the first rows on the left page, the rest of the rows, the totals
    and the payment terms on the right one, each page with its own header row and number."""
    p = Printer(rng, pick_style(rng, ("de", "nl", "uk", "us", "fr")))
    w, words = p.w, VOCABULARY[language(p, rng)]
    sheet = Sheet(_A4[1], _A4[0], family=rng.choice(("sans", "serif", "condensed")))
    taken: set[str] = set()
    seller = firm(w, rng, taken)
    w.vendor = seller
    half = _A4[1] / 2
    sheet.put(0.55, 0.5, w.key("vendor", seller), 12, bold=True)
    sheet.stack(0.55, 0.75, address(rng), 7.5)
    sheet.put(5.3, 0.5, words["invoice"].upper(), 14, bold=True, right=True)
    sheet.stack(0.55, 1.45, [firm(w, rng, taken), person(w, rng, taken), *address(rng)], 9)
    issued = day_between(rng)
    w.number = f"{rng.randint(20, 26)}-{rng.randint(10000, 99999)}"
    details = [
        (words["number"], w.key("documentNumber", w.number)),
        (words["date"], p.day(issued, "issue")),
        (words["due"], p.day(issued + days_later(rng), "due")),
    ]
    for row, (label, value) in enumerate(details):
        sheet.put(3.2, 1.45 + row * 0.2, label, 8.5)
        sheet.put(5.3, 1.45 + row * 0.2, value, 8.5, right=True)
    rows = items(p, rng, rng.randint(6, 8))
    split = rng.randint(4, len(rows) - 2)
    y = _half_table(sheet, p, (0.0, 2.6), rows[:split], words)
    sheet.put(5.3, 7.6, f"{words['page']} 1/2", 7.5, right=True)
    sheet.put(half + 0.55, 0.5, f"{words['invoice']} {w.number}", 9, bold=True)
    y = _half_table(sheet, p, (half, 0.9), rows[split:], words)
    net = items_sum(p)
    rate = rng.choice((19, 20, 21))
    vat = round(net * rate / 100, 2)
    sheet.rule(half + 3.0, y, half + 5.3, y)
    for label, value in ((words["net"], p.money(net)), (f"{words['vat']} {rate}%", p.money(vat))):
        sheet.put(half + 3.0, y + 0.1, label, 9)
        sheet.put(half + 5.3, y + 0.1, value, 9, right=True)
        y += 0.22
    sheet.put(half + 3.0, y + 0.15, words["total"], 10, bold=True)
    sheet.put(half + 5.3, y + 0.15, p.total(round(net + vat, 2)), 10, bold=True, right=True)
    sheet.put(half + 0.55, y + 0.7, words["terms"], 8.5)
    sheet.put(half + 5.3, 7.6, f"{words['page']} 2/2", 7.5, right=True)
    return sheet, w


def _half_table(
    sheet: Sheet,
    p: Printer,
    at: tuple[float, float],
    rows: list[tuple[str, float, float, float]],
    words: dict[str, str],
) -> float:
    """An item table on an A5 page starting ``left`` inches across the sheet: its header,
    rule and rows; the ``y`` below it."""
    left, y = at
    columns = ((words["qty"], 3.3), (words["unit_price"], 4.3), (words["amount"], 5.3))
    sheet.put(left + 0.55, y, words["description"], 8.5, bold=True)
    for label, x in columns:
        sheet.put(left + x, y, label, 8.5, bold=True, right=True)
    sheet.rule(left + 0.55, y + 0.19, left + 5.3, y + 0.19)
    y += 0.28
    for name, qty, unit, amount in rows:
        sheet.put(left + 0.55, y, name, 8.5)
        cells = (quantity_text(qty, p.style.european), p.number(unit), p.number(amount))
        for text, (_, x) in zip(cells, columns, strict=True):
            sheet.put(left + x, y, text, 8.5, right=True)
        y += 0.22
    return y
