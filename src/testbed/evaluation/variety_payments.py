"""Variety documents about money paid (:mod:`testbed.evaluation.variety`): an order
confirmation e-mail, a bank and a card statement, a German till slip, a US restaurant check."""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_marks import (
    eu_number,
    record_day,
    record_item,
    record_money,
    record_total,
)


def order_email(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An order confirmation sent as an e-mail: headers, the order, a total, a UK date."""
    w = Writer(rng, currency="GBP", european=False)
    w.vendor = w.org(("Pebblecombe Outdoor", "Ltd"))
    buyer = w.person("Imogen Falconer")
    w.number = f"PB{rng.randint(1000000, 9999999)}"
    sent = dt.date(2026, 5, 4)
    rows = [["Item", "Qty", "Price"]]
    total = 0.0
    for name, unit, qty in (("Trail tent 2P", 189.0, 1), ("Sleeping mat", 42.5, 2)):
        total += qty * unit
        rows.append([name, str(qty), record_money(w, qty * unit, f"£{qty * unit:,.2f}")])
        record_item(w, name, qty, None, qty * unit)
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", "Pebblecombe Outdoor <orders@pebblecombe.example>"),
                ("To", f"{buyer} <imogen.f@mailbox.example>"),
                ("Date", record_day(w, sent, "issue", sent.strftime("%d/%m/%Y"))),
                ("Subject", f"Order confirmation {w.key('documentNumber', w.number)}"),
            ],
        ),
        (
            "para",
            f"Hi Imogen, thanks for shopping with {w.key('vendor', w.vendor)}. "
            "We have received your order and will let you know when it ships.",
        ),
        ("table", rows),
        ("kv", [("Order total", record_total(w, total, f"£{total:,.2f}"))]),
    ]
    return "html", blocks, w


def bank_statement(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Signed rows and a running balance column; the account number identifies it."""
    w = Writer(rng, currency="EUR", european=True)
    bank = w.org(("Marrowind Sparkasse", "AG"))
    holder = w.person("Wendelin Østergaard")
    account = f"DE{rng.randint(10, 99)} 5001 0517 {rng.randint(1000, 9999)} 0042 88"
    w.number = account
    issued = dt.date(2026, 8, 31)
    balance = 2410.15
    rows = [["Date", "Description", "Amount", "Balance"]]
    for day, name, value in (
        (3, "Rent Ahornweg 7", -950.0),
        (15, "Salary Quellbrunn", 3120.0),
        (22, "Card Baumarkt Fendt", -86.35),
    ):
        balance = round(balance + value, 2)
        shown = f"+{eu_number(value)}" if value > 0 else eu_number(value)
        rows.append([dt.date(2026, 8, day).strftime("%d.%m.%Y"), name, shown, eu_number(balance)])
        record_item(w, name, None, None, value)
    w.vendor = None
    blocks: list[Block] = [
        ("lines", [bank, "Kontoauszug / Account statement"]),
        (
            "kv",
            [
                ("Account holder", holder),
                ("Account number", w.key("documentNumber", account)),
                ("Statement date", record_day(w, issued, "issue", issued.strftime("%d.%m.%Y"))),
                ("Opening balance", record_money(w, 2410.15, "2.410,15 EUR")),
            ],
        ),
        ("table", rows),
        ("kv", [("Closing balance", record_total(w, balance, f"{eu_number(balance)} EUR"))]),
    ]
    return "pdf", blocks, w


def card_statement(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A credit-card statement: masked card number, charges and a payment, a due date."""
    w = Writer(rng, currency="USD", european=False)
    issuer = w.plain_org("Bluecrest Card Services")
    holder = w.person("Desmond Yarrow")
    w.number = f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    issued = dt.date(2026, 7, 12)
    due = dt.date(2026, 8, 6)
    rows = [["Posted", "Merchant", "Amount"]]
    balance = 0.0
    for day, name, value in (
        (2, "Quillfeather Books", 64.2),
        (5, "Payment - thank you", -500.0),
        (9, "Harrowgate Fuel", 51.75),
    ):
        balance += value
        rows.append(
            [
                dt.date(2026, 7, day).strftime("%m/%d/%Y"),
                name,
                record_money(w, value, f"-${-value:,.2f}" if value < 0 else f"${value:,.2f}"),
            ]
        )
        record_item(w, name, None, None, value)
    new_balance = 1320.6
    blocks: list[Block] = [
        ("title", f"{issuer} - Card statement"),
        (
            "kv",
            [
                ("Cardholder", holder),
                ("Card number", "XXXX XXXX XXXX 3317"),
                ("Statement no.", w.key("documentNumber", w.number)),
                ("Statement date", record_day(w, issued, "issue", issued.strftime("%m/%d/%Y"))),
                ("Payment due", record_day(w, due, "due", due.strftime("%m/%d/%Y"))),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("New balance", record_total(w, new_balance, f"${new_balance:,.2f}")),
                ("Minimum payment", record_money(w, 35.0, "$35.00")),
            ],
        ),
    ]
    return "txt", blocks, w


def till_receipt(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German supermarket till slip: "SUMME EUR", a receipt number, dotted date and time."""
    w = Writer(rng, currency="EUR", european=True)
    w.vendor = w.plain_org("Frischmarkt Auenwald")
    w.number = f"{rng.randint(1000, 9999)}"
    day = dt.date(2026, 2, 14)
    lines = [w.key("vendor", w.vendor), "Auenstraße 12, 01067 Dresden"]
    total = 0.0
    for name, price in (("Vollkornbrot", 2.49), ("Bergkäse 200g", 3.79), ("Äpfel 1kg", 2.99)):
        total += price
        lines.append(f"{name}  {eu_number(price)} A")
        record_item(w, name, None, None, price)
    lines += [
        f"SUMME EUR  {record_total(w, total, eu_number(round(total, 2)))}",
        "Kartenzahlung girocard",
        f"Bon-Nr. {w.key('documentNumber', w.number)}  "
        f"{record_day(w, day, 'issue', day.strftime('%d.%m.%Y'))} 18:22",
        "Vielen Dank für Ihren Einkauf!",
    ]
    return "txt", [("lines", lines)], w


def restaurant_check(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US restaurant check: server and table, a tip line, a month-first date."""
    w = Writer(rng, currency="USD", european=False)
    w.vendor = w.plain_org("Saltmarsh Oyster House")
    w.number = f"{rng.randint(1000, 9999)}"
    day = dt.date(2026, 3, 4)
    lines = [w.key("vendor", w.vendor), "19 Wharf Row, Portland, ME 04101"]
    lines.append(f"Check #{w.key('documentNumber', w.number)}  Table 12  Server: Marcy")
    lines.append(record_day(w, day, "issue", f"{day.month}/{day.day}/{day.year} 7:41 PM"))
    subtotal = 0.0
    for name, price in (("Chowder bowl", 11.5), ("Lobster roll", 32.0), ("Iced tea", 3.75)):
        subtotal += price
        lines.append(f"{name}  {price:.2f}")
        record_item(w, name, None, None, price)
    tax = round(subtotal * 0.055, 2)
    tip = 9.0
    total = round(subtotal + tax + tip, 2)
    lines += [
        f"Subtotal  {subtotal:.2f}",
        f"Tax  {tax:.2f}",
        f"Tip  {tip:.2f}",
        f"Total  {record_total(w, total, f'${total:,.2f}')}",
        "Thanks for dining with us!",
    ]
    return "txt", [("lines", lines)], w
