"""Held-out invoices (European and US conventions), credit notes, purchase orders, till
receipts and order-confirmation e-mails."""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.truth import Labels
from testbed.heldout.ledger import Ledger, some_day
from testbed.heldout.sheet import Element, Sheet
from testbed.heldout.vocab import FIRMS, GOODS, SERVICES, SHOPS, STREETS, TOWNS

type Made = tuple[Sheet, Labels]


def _firms(
    rng: random.Random, *, us: bool | None
) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    sellers = [f for f in FIRMS if us is None or (f[2] == "us") == us]
    seller = rng.choice(sellers)
    buyer = rng.choice([f for f in FIRMS if f != seller])
    return seller, buyer


def _street(rng: random.Random, style: str) -> list[str]:
    street = rng.choice(STREETS)
    house = rng.randint(3, 212)
    line = f"{house} {street}" if style in ("us", "uk") else f"{street} {house}"
    return [line, TOWNS[style]]


def _rows(
    w: Ledger, rng: random.Random, count: int, *, units: bool
) -> tuple[list[list[str]], float]:
    rows, net = [], 0.0
    for position, (name, unit, list_price) in enumerate(rng.sample(SERVICES, count), start=1):
        quantity = rng.choice((1, 2, 3, 4, 6, 8, 12, 20))
        price = round(list_price * rng.choice((0.9, 1.0, 1.15)), 2)
        amount = round(quantity * price, 2)
        net += amount
        w.row(name, quantity, price, amount)
        cells = [str(position), name, str(quantity)]
        if units:
            cells.append(unit)
        rows.append([*cells, w.bare(price), w.bare(amount)])
    return rows, round(net, 2)


def invoice_eu(rng: random.Random, fmt: str) -> Made:
    seller, buyer = _firms(rng, us=False)
    w = Ledger(rng, seller[2] if seller[2] != "uk" else "de")
    issued = some_day(rng)
    days = rng.choice((14, 30, 30, 45))
    number = rng.choice(
        (
            f"RE-{issued.year}-{rng.randint(1, 99999):05d}",
            f"{issued.year}{rng.randint(1, 999999):06d}",
            f"F{rng.randint(100, 9999)}/{issued.year % 100}",
        )
    )
    seller_name = w.seller(w.firm(seller))
    head_right = [
        f"Invoice no. {w.doc_number(number)}",
        f"Date: {w.day(issued, 'issue')}",
        f"Customer no. {rng.randint(10000, 99999)}",
    ]
    due = issued + dt.timedelta(days=days)
    if rng.random() < 0.5:
        terms = f"Payment terms: {w.key('dueDate', f'Net {days}')} days from the invoice date."
        w.dates.append(("due", due.isoformat()))
    else:
        terms = f"Please pay by {w.day(due, 'due')} without deduction."
    rows, net = _rows(w, rng, rng.randint(2, 5), units=True)
    rate = rng.choice((19, 20, 21, 25, 22))
    vat = round(net * rate / 100, 2)
    ordered = [
        ("Net amount", w.money(net)),
        (f"VAT {rate} %", w.money(vat)),
        (rng.choice(("Total", "Invoice total", "Amount payable")), w.grand_total(net + vat)),
    ]
    body: list[Element] = [
        (
            "head",
            [
                seller_name,
                *_street(rng, seller[2]),
                f"VAT ID {seller[2].upper()}{rng.randint(100000000, 999999999)}",
            ],
            head_right,
        ),
        ("lines", [w.firm(buyer), f"Attn. {w.person()}", *_street(rng, buyer[2])]),
        ("title", rng.choice(("Invoice", "INVOICE", "Tax invoice"))),
        (
            "grid",
            ["Pos.", "Description", "Qty", "Unit", "Unit price", "Amount"],
            rows,
            [False, False, True, False, True, True],
        ),
        ("sums", ordered),
        ("text", terms),
        (
            "lines",
            [
                f"IBAN DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
                "Thank you for your custom.",
            ],
        ),
    ]
    return Sheet.of(body), w.labels("invoice", items=True)


def invoice_us(rng: random.Random, fmt: str) -> Made:
    seller, buyer = _firms(rng, us=True)
    w = Ledger(rng, "us")
    issued = some_day(rng)
    days = rng.choice((15, 30, 30, 60))
    number = rng.choice(
        (
            f"{rng.randint(1000, 99999)}",
            f"INV{rng.randint(100000, 999999)}",
            f"{issued.year % 100}-{rng.randint(100, 999)}",
        )
    )
    seller_name = w.seller(w.firm(seller))
    contact = w.person()
    rows, net = _rows(w, rng, rng.randint(2, 4), units=False)
    rate = rng.choice((0.0, 7.25, 8.5, 6.0))
    tax = round(net * rate / 100, 2)
    sums = [("Subtotal", w.money(net))]
    if rate:
        sums.append((f"Sales Tax ({rate:g}%)", w.money(tax)))
    sums.append((rng.choice(("Total", "TOTAL", "Balance Due")), w.grand_total(net + tax)))
    right = [
        f"Invoice # {w.doc_number(number)}",
        f"Invoice Date: {w.day(issued, 'issue')}",
        f"Terms: Net {days}",
        f"Due Date: {w.day(issued + dt.timedelta(days=days), 'due')}",
    ]
    if rng.random() < 0.5:
        right.append(f"P.O. # {rng.randint(4500, 9999)}")
    buyer_name = w.firm(buyer)
    body: list[Element] = [
        ("title", "INVOICE"),
        (
            "head",
            [
                seller_name,
                *_street(rng, "us"),
                f"({rng.randint(200, 989)}) 555-0{rng.randint(100, 199)}",
            ],
            right,
        ),
        (
            "head",
            ["Bill To:", buyer_name, *_street(rng, buyer[2])],
            ["Ship To:", buyer_name, *_street(rng, buyer[2])],
        ),
        (
            "grid",
            ["#", "Description", "Qty", "Rate", "Amount"],
            rows,
            [False, False, True, True, True],
        ),
        ("sums", sums),
        ("text", f"Make all checks payable to {seller[0]}. Questions? Call {contact}."),
    ]
    return Sheet.of(body), w.labels("invoice", items=True)


def credit_note(rng: random.Random, fmt: str) -> Made:
    seller, buyer = _firms(rng, us=None)
    w = Ledger(rng, seller[2])
    issued = some_day(rng)
    number = f"CN-{issued.year}-{rng.randint(1, 9999):04d}"
    original = f"{rng.randint(20000, 29999)}"
    seller_name = w.seller(w.firm(seller))
    rows, net = _rows(w, rng, rng.randint(1, 3), units=False)
    reason = rng.choice(
        ("goods returned damaged", "duplicate billing", "price agreed after delivery")
    )
    title = rng.choice(("CREDIT NOTE", "Credit Memo", "Credit note"))
    body: list[Element] = [
        (
            "head",
            [seller_name, *_street(rng, seller[2])],
            [
                f"{title.title()} No: {w.doc_number(number)}",
                f"Date: {w.day(issued, 'issue')}",
                f"Against invoice {original}",
            ],
        ),
        ("title", title),
        ("lines", ["Credited to:", w.firm(buyer), *_street(rng, buyer[2])]),
        ("text", f"We have credited your account for the items below ({reason})."),
        (
            "grid",
            ["Line", "Description", "Qty", "Price", "Credit"],
            rows,
            [False, False, True, True, True],
        ),
        ("sums", [("Total credit", w.grand_total(net))]),
        ("text", f"Issued by {w.person()}, {rng.choice(('Accounts', 'Customer Service'))}."),
    ]
    return Sheet.of(body), w.labels("invoice", items=True)


def purchase_order(rng: random.Random, fmt: str) -> Made:
    buyer, supplier = _firms(rng, us=None)
    w = Ledger(rng, buyer[2])
    ordered = some_day(rng)
    number = rng.choice(
        (
            f"PO{rng.randint(2026000, 2026999)}",
            f"4700{rng.randint(100000, 999999)}",
            f"PUR-{rng.randint(100, 999)}-{rng.randint(10, 99)}",
        )
    )
    buyer_name = w.firm(buyer)
    supplier_name = w.seller(w.firm(supplier))
    rows, net = _rows(w, rng, rng.randint(2, 4), units=True)
    body: list[Element] = [
        (
            "head",
            [buyer_name, *_street(rng, buyer[2])],
            [
                "PURCHASE ORDER",
                f"Order No. {w.doc_number(number)}",
                f"Order date {w.day(ordered, 'issue')}",
                f"Buyer: {w.person()}",
            ],
        ),
        (
            "head",
            ["Supplier", supplier_name, *_street(rng, supplier[2])],
            ["Deliver to", buyer_name, f"Goods-in, {rng.choice(STREETS)}"],
        ),
        (
            "grid",
            ["Line", "Description", "Qty", "UoM", "Unit price", "Net"],
            rows,
            [False, False, True, False, True, True],
        ),
        ("sums", [("Order value", w.grand_total(net))]),
        (
            "fields",
            [
                ("Terms", "Net 30"),
                ("Delivery by", w.day(ordered + dt.timedelta(days=rng.choice((10, 21))), "due")),
                ("Incoterms", "DAP"),
            ],
        ),
        ("text", "Please quote the order number on every delivery note and invoice."),
    ]
    return Sheet.of(body), w.labels("purchase_order", items=True)


def till_receipt(rng: random.Random, fmt: str) -> Made:
    style = rng.choice(("uk", "de", "us", "nl"))
    w = Ledger(rng, style)
    shop = rng.choice(SHOPS)
    day = some_day(rng)
    number = f"{rng.randint(1, 9):04d}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    lines = [w.seller(w.org(shop.upper() if rng.random() < 0.5 else shop)), *_street(rng, style)]
    clock = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
    lines.append(f"{w.day(day, 'issue')}  {clock}  Till {rng.randint(1, 6)}")
    lines.append(f"Receipt {w.doc_number(number)}")
    total = 0.0
    for name, price in rng.sample(GOODS, rng.randint(2, 5)):
        quantity = rng.choice((1, 1, 1, 2, 3))
        amount = round(quantity * price, 2)
        total += amount
        if quantity > 1:
            lines += [name, f"  {quantity} x {w.bare(price)}    {w.bare(amount)}"]
            w.row(name, quantity, price, amount)
        else:
            lines.append(f"{name}    {w.bare(amount)}")
            w.row(name, None, None, amount)
    lines += [
        "-" * 24,
        f"TOTAL   {w.grand_total(total)}",
        rng.choice(("Paid by card ****7731", "CONTACTLESS DEBIT", "Cash")),
        rng.choice(("Thank you, see you soon", "Keep this receipt for returns")),
    ]
    return Sheet.of([("lines", lines)]), w.labels("receipt", items=True)


def order_email(rng: random.Random, fmt: str) -> Made:
    style = rng.choice(("us", "uk", "de"))
    w = Ledger(rng, style)
    shop = rng.choice(SHOPS)
    customer = w.person()
    day = some_day(rng)
    number = rng.choice(
        (
            f"{rng.randint(100000, 999999)}",
            f"BK-{rng.randint(100000, 999999)}",
            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
        )
    )
    domain = shop.split()[0].lower().replace("&", "")
    w.vendor = w.org(shop)
    items, total = [], 0.0
    for name, price in rng.sample(GOODS, rng.randint(1, 4)):
        quantity = rng.choice((1, 1, 2, 3))
        amount = round(quantity * price, 2)
        total += amount
        w.row(name, quantity, price if quantity > 1 else None, amount)
        items.append(
            f"{quantity} x {name} ({w.money(price)} each)  {w.money(amount)}"
            if quantity > 1
            else f"1 x {name}  {w.money(amount)}"
        )
    shipping = rng.choice((0.0, 4.95, 6.5))
    lines = [
        f"Order number: {w.doc_number(number)}",
        f"Order date: {w.day(day, 'issue')}",
        "",
        *items,
        "",
        f"Items: {w.money(total)}",
        f"Shipping: {w.money(shipping) if shipping else 'FREE'}",
        f"Order total: {w.grand_total(total + shipping)}",
    ]
    mail: Element = (
        "mail",
        [
            ("From", f"{w.key('vendor', shop)} <orders@{domain}.example>"),
            ("To", f"{customer} <{customer.split()[0].lower()}@post.example>"),
            ("Subject", f"Your {shop} order #{number} is confirmed"),
            (
                "Date",
                f"{day.strftime('%a')}, {day.day} {day.strftime('%b')} {day.year} "
                f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:00 +0000",
            ),
        ],
    )
    body: list[Element] = [
        mail,
        ("text", f"Hi {customer.split()[0]},"),
        (
            "text",
            "Thanks for shopping with us! We have received your order and will let you know "
            "when it ships.",
        ),
        ("lines", lines),
        ("lines", ["Shipping to:", customer, *_street(rng, style)]),
        ("text", f"The {shop} team"),
    ]
    return Sheet.of(body), w.labels("receipt", items=True)
