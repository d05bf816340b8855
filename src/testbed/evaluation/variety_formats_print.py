"""Printouts and pictures of :mod:`testbed.evaluation.variety_formats`: an ERP's invoice
exported as 80-column text (two-digit years, "TERMS: NET 30 DAYS"), an EDI translator's
printout of an INVOIC message (dates as CCYYMMDD), a supplier's statement of account, till
rolls of the US, Britain and Germany, a shop app's order screen captured as a screenshot and
a small trader's invoice photographed on a desk. The names are this module's own.
"""

# ruff: noqa: RUF001 - documents print en dashes and multiplication signs

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_formats_style import LOCALES, Kit, code, priced, qty_text, someday

_SUPPLIERS = (
    "Hartwell Industrial Supply",
    "Brenner Werkzeuge",
    "Calloway Paper Mills",
    "Northgate Electrical Wholesale",
)
_CUSTOMERS = ("Pellham Joinery", "Oaken Loft Cafe", "Radley Print Works", "Seaton Marine")
_STOCK = (
    ("Cordless drill 18V", 129.0),
    ("Drill bit set HSS 19pc", 24.5),
    ("Extension reel 25m", 48.9),
    ("LED floodlight 50W", 39.95),
    ("Cable 2.5mm 100m", 74.0),
    ("Junction box IP65", 6.4),
    ("Copier paper A4 (5 reams)", 21.75),
)
_TILL = (
    ("Whole milk 2L", 1.65),
    ("Sourdough loaf", 3.2),
    ("Bananas", 1.09),
    ("Cheddar 400g", 3.75),
    ("Free range eggs 12", 3.1),
    ("Orange juice 1L", 2.2),
    ("Ground coffee 250g", 4.49),
    ("Tomatoes on vine", 1.95),
    ("Greek yoghurt 500g", 2.35),
)


def _stock_table(k: Kit, rng: random.Random, heads: list[str]) -> list[list[str]]:
    table = [heads]
    for name, qty, unit, amount in priced(rng, _STOCK, rng.randint(2, 5)):
        table.append(
            [
                code(rng, "99999"),
                name,
                qty_text(qty),
                k.money(unit, sign=""),
                k.money(amount, sign=""),
            ]
        )
        k.item(name, qty, unit, amount)
    return table


def _sum(k: Kit) -> float:
    return round(sum(item.amount for item in k.writer.line_items), 2)


def erp_invoice(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """An ERP's invoice as 80-column text: dotted leaders, two-digit years, item codes, the
    currency only beside the total, terms in days with or without the due date."""
    k = Kit(rng, LOCALES[rng.choice(("uk", "us", "de"))])
    de = k.loc.lang == "de"
    supplier, customer = rng.choice(_SUPPLIERS), k.org(rng.choice(_CUSTOMERS))
    issued = someday(rng)
    days = rng.choice((30, 60))
    tax_id = {
        "uk": "VAT Reg GB" + code(rng, "999 9999 99"),
        "us": "Tax ID 84-" + code(rng, "9999999"),
        "de": "USt-IdNr. DE" + code(rng, "999999999"),
    }[k.loc.name]
    blocks: list[Block] = [
        ("lines", [k.vendor(supplier), "Unit 9 Foundry Lane", tax_id]),
        ("title", "Rechnung" if de else "Sales invoice"),
    ]
    head = [
        ("Rechnung Nr." if de else "Invoice No", k.number(code(rng, "SI99999"))),
        ("Datum" if de else "Invoice date", k.day(issued, "issue", "yy")),
        ("Kunden-Nr." if de else "Account", code(rng, "C9999")),
        ("Ihre Bestellung" if de else "Your order ref", code(rng, "PO-9999")),
    ]
    blocks += [("kv", head), ("lines", [customer, "2 Wharf Street"])]
    heads = (
        ["Art.-Nr.", "Bezeichnung", "Menge", "Preis", "Betrag"]
        if de
        else ["Code", "Description", "Qty", "Price", "Net"]
    )
    blocks.append(("table", _stock_table(k, rng, heads)))
    net = _sum(k)
    rate = {"de": 0.19, "uk": 0.2, "us": 0.0725}[k.loc.name]
    vat = round(net * rate, 2)
    total = round(net + vat, 2)
    code3 = k.loc.currency
    tax_label = {"de": "MwSt. 19%", "uk": "VAT 20%", "us": "Sales tax 7.25%"}[k.loc.name]
    totals = [
        ("Netto" if de else "Goods", k.money(net, sign="")),
        (tax_label, k.money(vat, sign="")),
        (f"Gesamt {code3}" if de else f"Invoice total {code3}", k.total(total, sign="")),
    ]
    blocks.append(("kv", totals))
    due = issued + dt.timedelta(days=days)
    if rng.random() < 0.5:
        word = f"Zahlungsziel {days} Tage netto" if de else f"TERMS: NET {days} DAYS"
        blocks.append(("lines", [k.terms_due(due, word)]))
    else:
        word = "Fällig am" if de else "Due date"
        blocks.append(
            (
                "lines",
                [
                    f"{'Zahlungsziel' if de else 'Terms'} {days} {'Tage' if de else 'days'}  "
                    f"{word} {k.day(due, 'due', 'yy')}"
                ],
            )
        )
    blocks.append(
        (
            "lines",
            [f"Page 1 of 1   printed {k.day(issued + dt.timedelta(days=1), None, 'numeric')}"],
        )
    )
    return blocks, k


def edi_invoice(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """An EDI translator's printout of an INVOIC message: labels in capitals, dates as
    CCYYMMDD, the supplier and buyer by name and GLN, amounts without separators."""
    k = Kit(rng, LOCALES[rng.choice(("ie", "uk", "de"))])
    supplier, buyer = rng.choice(_SUPPLIERS), k.org(rng.choice(_CUSTOMERS))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((30, 45)))
    blocks: list[Block] = [
        ("title", "EDI Invoice Print (INVOIC D96A)"),
        (
            "kv",
            [
                ("Message ref", code(rng, "999999")),
                ("Document", "380 Commercial invoice"),
                ("Invoice number", k.number(code(rng, "99999999"))),
                ("Invoice date", k.day(issued, "issue", "compact")),
                ("Supplier", k.vendor(supplier)),
                ("Supplier GLN", code(rng, "5099999999999")),
                ("Buyer", buyer),
                ("Order number", code(rng, "PO9999999")),
                ("Payment due date", k.day(due, "due", "compact")),
                ("Currency", k.loc.currency),
            ],
        ),
    ]
    table = [["Line", "EAN", "Description", "Qty", "Price", "Amount"]]
    for index, (name, qty, unit, amount) in enumerate(priced(rng, _STOCK, rng.randint(2, 4)), 1):
        table.append(
            [
                str(index),
                code(rng, "5099999999999"),
                name,
                qty_text(qty),
                f"{unit:.2f}",
                f"{amount:.2f}",
            ]
        )
        k.item(name, qty, unit, amount)
    net = _sum(k)
    vat = round(net * 0.23, 2)
    total = round(net + vat, 2)
    k.writer.total = (total, k.loc.currency)
    blocks += [
        ("table", table),
        (
            "kv",
            [
                ("Total line amount", f"{net:.2f}"),
                ("Tax amount (VAT 23%)", f"{vat:.2f}"),
                ("Invoice total amount", k.writer.key("total", f"{total:.2f}")),
            ],
        ),
        ("lines", ["*** END OF MESSAGE ***"]),
    ]
    k.writer._add(k.writer.amounts, (total, k.loc.currency))
    return blocks, k


def account_statement(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A supplier's statement of account: its date, the customer's account number (the
    statement's number), invoices and payments as debit and credit rows, the balance due."""
    k = Kit(rng, LOCALES[rng.choice(("uk", "us"))])
    supplier, customer = rng.choice(_SUPPLIERS), k.org(rng.choice(_CUSTOMERS))
    dated = someday(rng)
    blocks: list[Block] = [
        ("lines", [k.vendor(supplier), "Accounts Receivable"]),
        ("title", "Statement of Account"),
        (
            "kv",
            [
                ("Statement date", k.day(dated, "issue", "numeric")),
                ("Account no.", k.number(code(rng, "99999"))),
                ("Customer", customer),
            ],
        ),
    ]
    table = [["Date", "Reference", "Debit", "Credit", "Balance"]]
    balance = 0.0
    day = dated - dt.timedelta(days=55)
    for _ in range(rng.randint(3, 5)):
        day += dt.timedelta(days=rng.randint(5, 12))
        if balance > 300 and rng.random() < 0.4:
            paid = round(balance * rng.choice((0.5, 1.0)), 2)
            balance = round(balance - paid, 2)
            reference = "Payment received – thank you"
            table.append(
                [
                    k.day(day, None, "numeric"),
                    reference,
                    "",
                    k.money(paid, sign=""),
                    k.money(balance, sign=""),
                ]
            )
            k.item(reference, None, None, paid)
        else:
            amount = round(rng.uniform(80, 900), 2)
            balance = round(balance + amount, 2)
            reference = f"Invoice {code(rng, 'SI99999')}"
            table.append(
                [
                    k.day(day, None, "numeric"),
                    reference,
                    k.money(amount, sign=""),
                    "",
                    k.money(balance, sign=""),
                ]
            )
            k.item(reference, None, None, amount)
    blocks += [
        ("table", table),
        ("kv", [("Balance due", k.total(balance))]),
        (
            "para",
            "Please remit payment to the account shown on your invoices. "
            "Queries: accounts@example.com",
        ),
    ]
    return blocks, k


def till_receipt(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A supermarket till roll of the US, Britain or Germany: the store on top, the
    transaction number beside the register, items with their prices, total and card."""
    place = rng.choice(("us", "uk", "de"))
    k = Kit(rng, LOCALES[place])
    store = {
        "us": "Hollister Fresh Market",
        "uk": "Pennyfield Grocers",
        "de": "Frischmarkt Lindner",
    }[place]
    when = someday(rng)
    blocks: list[Block] = [
        (
            "lines",
            [
                k.vendor(store),
                "221 Canal Street" if place != "de" else "Bahnhofstr. 12, 79098 Freiburg",
            ],
        )
    ]
    rows = [["Item", "Amount"]]
    for name, price in rng.sample(_TILL, rng.randint(3, 6)):
        rows.append([name.upper() if place == "us" else name, k.money(price, sign="")])
        k.item(rows[-1][0], None, None, price)
    total = _sum(k)
    blocks.append(("table", rows))
    label = {"us": "TOTAL", "uk": "BALANCE DUE", "de": "SUMME EUR"}[place]
    blocks.append(
        (
            "kv",
            [
                (label, k.total(total, sign="" if place == "de" else None)),
                ("VISA" if place != "de" else "Kartenzahlung", k.money(total, sign="")),
            ],
        )
    )
    number = code(rng, "9999")
    stamp = k.day(when, "issue", "yy" if place != "uk" else "numeric")
    if place == "de":
        foot = [
            f"Bon-Nr. {k.number(number)}   Kasse 2",
            f"{stamp} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
            "Vielen Dank für Ihren Einkauf!",
        ]
    else:
        foot = [
            f"{stamp} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}  REG 02  "
            f"TRANS {k.number(number)}",
            "THANK YOU FOR SHOPPING WITH US",
        ]
    blocks.append(("lines", foot))
    return blocks, k


def app_screenshot(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A shop app's order screen captured as a screenshot: status bar, "Order details", the
    number and date on one line, items as "2 x name", the order total."""
    k = Kit(rng, LOCALES[rng.choice(("us", "uk", "ie"))])
    shop = rng.choice(("Parcelpoint Market", "Hazelby Home"))
    placed = someday(rng)
    blocks: list[Block] = [
        ("lines", [f"{rng.randint(8, 11)}:{rng.randint(10, 59)}      5G  82%", "< Orders"]),
        ("title", "Order details"),
        (
            "lines",
            [
                f"Order #{k.number(code(rng, 'W999999999'))}",
                f"Placed on {k.day(placed, 'issue', 'short')}",
                f"Sold by {k.vendor(shop)}",
            ],
        ),
    ]
    lines = []
    for name, qty, _unit, amount in priced(rng, _TILL + _STOCK[:3], rng.randint(1, 3)):
        lines.append(f"{qty} x {name}   {k.money(amount)}")
        k.item(name, qty, None, amount)
    delivery = rng.choice((0.0, 2.99))
    blocks += [
        ("lines", lines),
        (
            "kv",
            [
                ("Items", k.money(_sum(k))),
                ("Delivery", "Free" if not delivery else k.money(delivery)),
                ("Order total", k.total(round(_sum(k) + delivery, 2))),
            ],
        ),
        ("lines", ["Delivered", "Return or replace items", "Get help with order"]),
    ]
    return blocks, k


def trader_invoice(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A small trader's invoice printed from a template and photographed: "INVOICE # 118",
    a slashed date, labour and materials, "Payment due within 14 days" or a printed due date."""
    k = Kit(rng, LOCALES[rng.choice(("us", "uk"))])
    trader = rng.choice(("Mendez Handyman Services", "Tillotson Garden Care"))
    client = k.person(rng.choice(("Harriet Osei", "Colm Reddan", "Beatrix Lowe")))
    issued = someday(rng)
    days = rng.choice((7, 14))
    blocks: list[Block] = [
        ("lines", [k.vendor(trader), "(555) 014-2231" if k.loc.name == "us" else "07700 900431"]),
        ("title", f"INVOICE # {k.number(str(rng.randint(100, 400)))}"),
        ("kv", [("Date", k.day(issued, "issue", "numeric")), ("Bill to", client)]),
    ]
    table = [["Description", "Amount"]]
    for name, price in rng.sample(
        (
            ("Labour – 6 hrs", 270.0),
            ("Materials", 84.3),
            ("Hedge trimming", 120.0),
            ("Green waste removal", 45.0),
            ("Fence panel repair", 160.0),
        ),
        3,
    ):
        table.append([name, k.money(price)])
        k.item(name, None, None, price)
    blocks += [("table", table), ("kv", [("TOTAL", k.total(_sum(k)))])]
    due = issued + dt.timedelta(days=days)
    if rng.random() < 0.5:
        blocks.append(
            ("para", k.terms_due(due, f"Payment due within {days} days.") + " Thank you!")
        )
    else:
        blocks.append(("para", f"Please pay by {k.day(due, 'due', 'numeric')}. Thank you!"))
    return blocks, k
