"""Invoices as English-speaking small businesses' software prints them, for the world
generators (:mod:`testbed.evaluation.variety_world`).

QuickBooks (labels in capitals, "BALANCE DUE", "Terms Net 30"), Xero ("TAX INVOICE", the
details stacked label over value beside the customer, "TOTAL AUD" over a bare number, a
payment advice to cut off), Sage 50 ("Invoice/Tax Date", terms in days and no due date) and
an invoice a freelancer typed in Word. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_world_style import (
    CUSTOMERS,
    SERVICES,
    firm,
    items,
    qty,
    sheet,
    someday,
    sum_of,
    when,
)

_GOODS = (
    ("Stainless shelving unit 180cm", 219.0),
    ("Nitrile gloves (box of 100)", 8.75),
    ("Thermal labels 100x150 (roll)", 14.2),
    ("Pallet wrap 500mm", 18.5),
    ("Barcode scanner USB", 89.0),
    ("Packing tape 48mm x 66m", 2.95),
)


def quickbooks(rng: random.Random) -> tuple[list[Block], Writer]:
    """QuickBooks Online: the seller's block, "BILL TO"/"SHIP TO" side by side, the invoice
    details in capitals (beside their values or as a row of labels over values), "DATE
    ACTIVITY DESCRIPTION QTY RATE AMOUNT", "BALANCE DUE"."""
    s, _ = sheet(rng, "us")
    issued = someday(rng)
    terms = rng.choice((15, 30, 45))
    due = issued + dt.timedelta(days=terms)
    seller = rng.choice(("Lakeshore Web Works", "Foxglove IT Services"))
    vendor = firm(s, seller, "LLC", vendor=True)
    client = firm(s, *rng.choice(CUSTOMERS))
    contact = s.w.person(rng.choice(("Dana Whitaker", "Luis Ferreira", "Karen O'Neill")))
    rows = items(s, rng, SERVICES, hours=rng.random() < 0.4)
    total = sum_of(rows)
    number = s.number(str(rng.randint(1001, 1999)))
    table = [["DATE", "ACTIVITY", "DESCRIPTION", "QTY", "RATE", "AMOUNT"]]
    for name, count, price, amount in rows:
        activity = "Services" if "(" not in name else "Subscription"
        table.append(
            [when(issued, "us"), activity, name, qty(count), f"{price:,.2f}", f"{amount:,.2f}"]
        )
    details = [
        ("INVOICE #", number),
        ("DATE", s.day(issued, "issue", when(issued, "us"))),
        ("DUE DATE", s.day(due, "due", when(due, "us"))),
        ("TERMS", f"Net {terms}"),
    ]
    head: Block = (
        ("table", [[a for a, _ in details], [b for _, b in details]])
        if rng.random() < 0.5
        else ("kv", details)
    )
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "1450 Commerce Dr Suite 210",
                "Dayton, OH 45402",
                f"billing@{seller.split()[0].lower()}.example  (937) 555-0142",
            ],
        ),
        ("title", "INVOICE"),
        (
            "columns",
            [
                ("BILL TO", "SHIP TO"),
                (contact, contact),
                (client, client),
                ("88 Harbor View Rd", "88 Harbor View Rd"),
            ],
        ),
        head,
        ("table", table),
        (
            "columns",
            [("Thank you for your business!", ""), ("BALANCE DUE", s.total(total))],
        ),
    ]
    return blocks, s.w


def xero(rng: random.Random) -> tuple[list[Block], Writer]:
    """Xero: "TAX INVOICE", the customer left and the details stacked label over value on
    the right, the seller's name under them, "TOTAL AUD" (or GBP) over a bare number, the
    due date under the totals and a payment advice to cut off."""
    country = rng.choice(("au", "uk"))
    s, loc = sheet(rng, country)
    tax, tax_id = ("GST", "ABN") if country == "au" else ("VAT", "VAT Number")
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((7, 14, 20)))
    client = firm(s, *rng.choice(CUSTOMERS))
    seller = rng.choice((("Saltbush Supply Co", "Pty Ltd"), ("Kittiwake Packaging", "Ltd")))
    rows = items(s, rng, _GOODS, (3, 5))
    net = sum_of(rows)
    vat = round(net * (0.1 if country == "au" else 0.2), 2)
    total = round(net + vat, 2)
    code = loc.money.currency
    table = [["Description", "Quantity", "Unit Price", tax, f"Amount {code}"]]
    for name, count, price, amount in rows:
        table.append(
            [
                name,
                f"{count:.2f}",
                f"{price:.2f}",
                "10%" if country == "au" else "20%",
                f"{amount:,.2f}",
            ]
        )
    number = f"INV-{rng.randint(1, 9999):04d}"
    date = s.day(issued, "issue", when(issued, "dmy"))
    blocks: list[Block] = [
        ("title", "TAX INVOICE"),
        (
            "columns",
            [
                (client, "Invoice Date"),
                ("Attention: Accounts Payable", date),
                ("12 Wharf Street", "Invoice Number"),
                ("", s.number(number)),
                ("", "Reference"),
                ("", f"PO {rng.randint(1000, 9999)}"),
                ("", firm(s, *seller, vendor=True)),
                ("", "4 Industrial Ave"),
                (
                    "",
                    f"{tax_id}: {rng.randint(10, 99)} {rng.randint(100, 999)} "
                    f"{rng.randint(100, 999)} {rng.randint(100, 999)}",
                ),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", f"{net:,.2f}"),
                (f"TOTAL {tax} {'10' if country == 'au' else '20'}%", f"{vat:,.2f}"),
                (f"TOTAL {code}", s.total(total, mark=False)),
            ],
        ),
        (
            "lines",
            [
                f"Due Date: {s.day(due, 'due', when(due, 'dmy'))}",
                "Please pay by direct deposit quoting the invoice number.",
            ],
        ),
        ("lines", ["- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"]),
        ("heading", "PAYMENT ADVICE"),
        (
            "kv",
            [
                ("To", f"{seller[0]} {seller[1]}"),
                ("Customer", client),
                ("Invoice Number", number),
                ("Amount Due", f"{total:,.2f}"),
                ("Due Date", when(due, "dmy")),
                ("Amount Enclosed", ""),
            ],
        ),
    ]
    return blocks, s.w


def sage(rng: random.Random) -> tuple[list[Block], Writer]:
    """Sage 50 (UK): "Invoice No.", "Invoice/Tax Date", "Account Ref", the items' quantity
    first, "Total Net Amount", "Carriage", "Invoice Total"; the terms in days and no due
    date."""
    s, _ = sheet(rng, "uk")
    issued = someday(rng)
    seller = rng.choice((("Pennine Fasteners", "Ltd"), ("Calder Valley Electrical", "Ltd")))
    client = firm(s, *rng.choice(CUSTOMERS))
    rows = items(s, rng, _GOODS, (2, 4))
    net = sum_of(rows)
    carriage = rng.choice((0.0, 9.5, 15.0))
    vat = round((net + carriage) * 0.2, 2)
    total = round(net + carriage + vat, 2)
    table = [["Quantity", "Details", "Unit Price", "Disc %", "Net Amt", "VAT %"]]
    for name, count, price, amount in rows:
        table.append([f"{count:.2f}", name, f"{price:.2f}", "0.00", f"{amount:.2f}", "20.00"])
    blocks: list[Block] = [
        (
            "columns",
            [
                (firm(s, *seller, vendor=True), "Sales Invoice"),
                ("Unit 7, Mill Lane", ""),
                ("Halifax HX1 4PR", ""),
            ],
        ),
        (
            "kv",
            [
                ("Invoice No.", s.number(str(rng.randint(10000, 29999)))),
                ("Invoice/Tax Date", s.day(issued, "issue", when(issued, "eu"))),
                ("Your Order No.", f"PO{rng.randint(1000, 9999)}"),
                ("Account Ref", client.split()[0].upper()[:6] + "01"),
                ("Page", "1"),
            ],
        ),
        ("lines", ["Invoice Address", client, "14 Canal Wharf", "Leeds LS11 5PS"]),
        ("table", table),
        (
            "kv",
            [
                ("Total Net Amount", s.money(net)),
                ("Carriage Net", s.money(carriage)),
                ("Total VAT Amount", s.money(vat)),
                ("Invoice Total", s.total(total)),
            ],
        ),
        (
            "para",
            "Payment terms: strictly 30 days from date of invoice. VAT Reg No. "
            f"GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        ),
    ]
    return blocks, s.w


def word_invoice(rng: random.Random) -> tuple[list[Block], Writer]:
    """An invoice a freelancer typed in Word: her name as the letterhead, "Invoice no: 017",
    an ordinal date, the work with its amount only, "Total due" in a sentence, bank details
    and "within 14 days" (no due date)."""
    s, _ = sheet(rng, rng.choice(("uk", "ie")))
    issued = someday(rng)
    name = rng.choice(("Hannah Okoro", "Siobhan Kearney", "Rupert Vance"))
    s.w.person(name)
    s.w.vendor = name
    client = firm(s, *rng.choice(CUSTOMERS))
    contact = s.w.person(rng.choice(("Emily Hart", "Gareth Lloyd", "Niamh Walsh")))
    jobs = rng.sample(
        (
            ("Illustrations for spring catalogue", 1020.0),
            ("Copy editing, annual report", 640.0),
            ("Travel expenses (rail)", 86.4),
            ("Workshop facilitation, 1 day", 550.0),
        ),
        rng.randint(1, 3),
    )
    table = [["Description", "Amount"]]
    for job, amount in jobs:
        table.append([job, s.money(amount)])
        s.item(job, None, None, amount)
    total = round(sum(a for _, a in jobs), 2)
    blocks: list[Block] = [
        ("title", s.w.key("vendor", name)),
        (
            "lines",
            [
                "Illustration & Editorial",
                "Flat 3, 19 Ormeau Road, Belfast BT7 1EB",
                f"{name.split()[0].lower()}@post.example",
            ],
        ),
        ("heading", "INVOICE"),
        (
            "lines",
            [
                f"Invoice no: {s.number(f'{rng.randint(1, 60):03d}')}",
                f"Date: {s.day(issued, 'issue', when(issued, 'en_ord'))}",
            ],
        ),
        ("lines", ["To:", client, f"FAO {contact}"]),
        ("table", table),
        ("para", f"Total due: {s.total(total)}"),
        (
            "para",
            "Payment within 14 days by bank transfer please, to Sort code 20-45-77, "
            f"Account no. {rng.randint(10**7, 10**8 - 1)}, quoting the invoice number.",
        ),
        ("lines", ["Many thanks!", name.split()[0]]),
    ]
    return blocks, s.w


__all__ = ["quickbooks", "sage", "word_invoice", "xero"]
