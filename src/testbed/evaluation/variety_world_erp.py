"""Invoices of mid-sized firms' ERP systems and a shop platform's order e-mail, for the
world generators (:mod:`testbed.evaluation.variety_world`).

NetSuite (the invoice number and a bare, unpadded date "3/4/2026" under the title at the
top right with no label, "Terms", "Due Date", "PO #", "Sales Rep" as a row of labels over
values, the quantity first in the item table), an Oracle-style British invoice (dates as
"04-Mar-26", "Payment Due Date", "Invoice Amount GBP" over a bare number) and a Shopify
order confirmation ("Order #1042", a multiplication sign and the count beside the product,
"Total $123.45 USD"). The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_world_style import (
    CUSTOMERS,
    brand,
    firm,
    items,
    qty,
    sheet,
    someday,
    sum_of,
    when,
)

_STOCK = (
    ("Insulated water bottle 750ml", 14.5),
    ("Trail pack 28L", 62.0),
    ("Merino beanie", 11.75),
    ("Headlamp 400 lumen", 23.9),
    ("Camp mug enamel", 6.25),
)
_WORKS = (
    ("Planned maintenance visit - HVAC", 385.0),
    ("Reactive call-out (hours)", 68.0),
    ("Filter replacement set", 42.5),
    ("Emergency lighting test", 150.0),
)


def netsuite(rng: random.Random) -> tuple[list[Block], Writer]:
    """A NetSuite invoice: the date unlabelled under "Invoice" and its number at the top
    right, the terms and due date in a row of labels over values beside the sales rep,
    "Quantity Item Description Rate Amount", "Total"."""
    s, _ = sheet(rng, "us")
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    vendor = firm(
        s, rng.choice(("Great Plains Outfitters", "Bitterroot Supply Co.")), "Inc.", vendor=True
    )
    client = firm(s, *rng.choice(CUSTOMERS))
    rep = s.w.person(rng.choice(("Kyle Brennan", "Dana Castillo")))
    rows = items(s, rng, _STOCK, (2, 4))
    net = sum_of(rows)
    shipping = rng.choice((12.0, 18.5, 0.0))
    tax = round(net * 0.0725, 2)
    total = round(net + shipping + tax, 2)
    table = [["Quantity", "Item", "Description", "Rate", "Amount"]]
    for name, count, price, amount in rows:
        table.append(
            [qty(count), f"SKU-{rng.randint(1000, 9999)}", name, f"{price:,.2f}", f"{amount:,.2f}"]
        )
    blocks: list[Block] = [
        (
            "columns",
            [
                (vendor, "Invoice"),
                (
                    "1800 W Broadway, Missoula, MT 59808",
                    f"#{s.number(f'INV{rng.randint(10000, 99999)}')}",
                ),
                ("", s.day(issued, "issue", when(issued, "us_plain"))),
            ],
        ),
        (
            "columns",
            [("Bill To", "Ship To"), (client, client), ("41 Cannery Row", "41 Cannery Row")],
        ),
        (
            "table",
            [
                ["Terms", "Due Date", "PO #", "Sales Rep", "Ship Via"],
                [
                    "Net 30",
                    s.day(due, "due", when(due, "us_plain")),
                    f"PO-{rng.randint(1000, 9999)}",
                    rep,
                    "UPS Ground",
                ],
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", f"{net:,.2f}"),
                ("Shipping", f"{shipping:,.2f}"),
                ("Tax Total (7.25%)", f"{tax:,.2f}"),
                ("Total", s.total(total)),
            ],
        ),
        ("para", "Remit to: PO Box 7781, Missoula, MT 59807. Thank you for your business."),
    ]
    return blocks, s.w


def oracle(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Oracle-style British invoice: the header a row of labels over values with dates
    as "04-Mar-26", the items with a unit of measure, "Invoice Amount GBP" over a bare
    number, remittance details."""
    s, _ = sheet(rng, "uk")
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((30, 60)))
    vendor = firm(
        s,
        rng.choice(("Castlegate Facilities Management", "Redfern Building Services")),
        "Ltd",
        vendor=True,
    )
    client = s.w.plain_org(rng.choice(("Northumbria Housing Partnership", "Severnside College")))
    rows = items(s, rng, _WORKS, (2, 3))
    net = sum_of(rows)
    vat = round(net * 0.2, 2)
    total = round(net + vat, 2)
    table = [["Line", "Description", "Quantity", "UOM", "Unit Price", "Line Amount"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        table.append(
            [
                str(index),
                name,
                qty(count),
                "EA" if "(hours)" not in name else "HR",
                f"{price:,.2f}",
                f"{amount:,.2f}",
            ]
        )
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Castle House, 2 Quayside, Newcastle upon Tyne NE1 3DX",
                f"VAT Reg No: GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} 21",
            ],
        ),
        ("title", "INVOICE"),
        (
            "table",
            [
                ["Invoice Number", "Invoice Date", "Customer Number", "Payment Due Date"],
                [
                    s.number(str(rng.randint(5000000, 5999999))),
                    s.day(issued, "issue", when(issued, "dmy_dash")),
                    f"C{rng.randint(10000, 99999)}",
                    s.day(due, "due", when(due, "dmy_dash")),
                ],
            ],
        ),
        ("lines", ["Bill To:", client, "Attention: Accounts Payable"]),
        ("table", table),
        (
            "kv",
            [
                ("Total Excluding VAT", f"{net:,.2f}"),
                ("VAT @ 20%", f"{vat:,.2f}"),
                ("Invoice Amount GBP", s.total(total, mark=False)),
            ],
        ),
        (
            "para",
            "Please quote the invoice number on your remittance. BACS: Sort Code 40-11-62, "
            f"Account {rng.randint(10**7, 10**8 - 1)}.",
        ),
    ]
    return blocks, s.w


def shopify_mail(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Shopify order confirmation: "Order #1042" and the date under the shop's name,
    a multiplication sign and the count beside each product, "Total" with the symbol and the
    ISO code, the card's last digits with the amount charged."""
    country = rng.choice(("us", "ca", "au"))
    s, loc = sheet(rng, country)
    code = loc.money.currency
    placed = someday(rng)
    shop = rng.choice(("Fern & Fable Ceramics", "Moonlit Candle Co", "Kelpie Leatherworks"))
    buyer = rng.choice(("Jamie Holloway", "Priya Venkat", "Sam Whitford"))
    goods = (
        ("Ceramic mug - Sage", 24.0),
        ("Soy candle - Cedar", 32.0),
        ("Leather card wallet", 45.0),
        ("Linen tea towel", 16.0),
        ("Gift wrapping", 5.0),
    )
    rows = []
    for name, price in rng.sample(goods, rng.randint(2, 3)):
        count = rng.choice((1, 1, 2))
        amount = round(count * price, 2)
        rows.append([f"{name} \u00d7 {count}", s.money(amount)])
        s.item(name, float(count), None, amount)
    net = round(sum(row.amount for row in s.w.line_items), 2)
    shipping = rng.choice((0.0, 8.95, 12.5))
    tax = round(net * (0.1 if country == "au" else 0.13 if country == "ca" else 0.0), 2)
    total = round(net + shipping + (tax if country != "au" else 0.0), 2)
    number = f"{rng.randint(1001, 4999)}"
    s.w.person(buyer)
    domain = "".join(ch for ch in shop.lower() if ch.isalpha())[:16]
    sums = [("Subtotal", s.money(net)), ("Shipping", s.money(shipping) if shipping else "Free")]
    if country == "au":
        sums.append(("Including GST", s.money(tax)))
    elif tax:
        sums.append(("Taxes", s.money(tax)))
    sums.append(("Total", f"{s.total(total)} {code}"))
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{shop} <store+{rng.randint(10**7, 10**8)}@t.shopifyemail.example>"),
                ("To", f"{buyer} <{buyer.split()[0].lower()}@post.example>"),
                ("Subject", f"Order #{number} confirmed"),
            ],
        ),
        ("title", brand(s, shop)),
        ("lines", [f"ORDER #{s.number(number)}", s.day(placed, "issue", when(placed, "mdy"))]),
        ("heading", "Thank you for your purchase!"),
        (
            "para",
            f"Hi {buyer.split()[0]}, we're getting your order ready to be shipped. We will "
            "notify you when it has been sent.",
        ),
        ("heading", "Order summary"),
        ("table", rows),
        ("kv", sums),
        ("lines", ["Customer information", "Shipping address", buyer, "2 Banksia Street"]),
        (
            "lines",
            [f"Payment method: ending with {rng.randint(1000, 9999)} \u2014 {s.money(total)}"],
        ),
        (
            "para",
            "If you have any questions, reply to this email or contact us at "
            f"hello@{domain}.example",
        ),
    ]
    return blocks, s.w


__all__ = ["netsuite", "oracle", "shopify_mail"]
