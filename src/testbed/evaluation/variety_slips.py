"""Receipts and statements of the development set as shops, banks and web shops print them:
till receipts (items with a tax letter, "2 x 1.29" lines, quantities and unit prices, a
German "SUMME"), card-terminal slips (no items, an approval code, a masked card), order
confirmations (an e-mail with the order's table, shipping and tax), bank statements (debit
and credit columns or one signed column, a running balance) and card statements.

The truth is the generator's, labelled as each value is printed (see
:mod:`testbed.evaluation.commerce_style`).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.commerce_style import Printer, pick_style
from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_commerce import item_table, totals

SHOPS = (
    "Hollyhock Deli",
    "Brennecke Getränke",
    "Marlow Home & Garden",
    "Pinehurst Pharmacy",
    "Copperkettle Bakery",
    "Tallis Stationers",
    "Fjellstua Kiosk",
    "Lantern Street Books",
)
SHOP_ITEMS = (
    ("Sourdough loaf", 3.8),
    ("Oat milk 1L", 1.89),
    ("Free-range eggs x6", 2.65),
    ("AA batteries 4pk", 5.49),
    ("Greek yoghurt 500g", 2.29),
    ("Notebook A5", 3.1),
    ("Ibuprofen 200mg", 2.99),
    ("Sparkling water 1.5L", 0.89),
    ("Pasta fusilli", 1.35),
    ("Basil plant", 2.5),
    ("Cheddar 400g", 4.75),
    ("Gift card sleeve", 0.5),
)
WEB_SHOPS = (
    ("Northgale Outfitters", "Ltd"),
    ("Cascadia Audio", "Inc."),
    ("Pixelforge Store", "GmbH"),
)
BANKS = (
    ("Aldercrest Bank", "plc"),
    ("Sparkasse Mittelfranken-Süd", ""),
    ("Meridian Credit Union", ""),
    ("Banque Lorraine", "SA"),
)
PEOPLE = (
    "Oona Castellanos",
    "Bartholomew Ng",
    "Ingrid Sæther",
    "Kwame Asante",
    "Delphine Roux",
    "Tomasz Wróbel",
    "Harriet Quayle",
    "Yusuf Demir",
)
TRANSACTIONS = (
    ("Direct debit Cityline Energy", -84.2),
    ("Salary Orrin Logistics", 2875.0),
    ("Card payment Hollyhock Deli", -23.45),
    ("Transfer to savings", -300.0),
    ("Standing order rent", -950.0),
    ("ATM withdrawal", -100.0),
    ("Refund Cascadia Audio", 59.99),
    ("Interest", 1.12),
    ("Mobile phone bill", -29.99),
    ("Council tax", -132.0),
)

#: A card statement's rows: charges positive, payments and refunds negative.
CARD_ROWS = (
    ("Lantern Street Books", 42.6),
    ("Payment - thank you", -400.0),
    ("Skyway Airlines", 318.4),
    ("Refund Cascadia Audio", -59.99),
    ("Cityline Energy", 84.2),
    ("Harbour Fuel", 61.05),
    ("Streaming subscription", 12.99),
)


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))


def till_receipt(rng: random.Random) -> tuple[list[Block], Writer]:
    """A shop's till receipt: its items one per line, some with a count line above them."""
    style = pick_style(rng, ("us", "uk", "de", "ie", "nl", "au"))
    p = Printer(rng, style)
    w = p.w
    shop = rng.choice(SHOPS)
    w.vendor = shop
    w.plain_org(shop)
    german = style.name == "de" and rng.random() < 0.6
    lines = [
        w.key("vendor", shop.upper() if rng.random() < 0.5 else shop),
        rng.choice(("12 High Street", "Hauptstraße 3", "88 Quay Road")),
        f"Tel. 0{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
    ]
    w.number = rng.choice(
        (
            f"{rng.randint(1000, 9999)}",
            f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            f"R{rng.randint(100000, 999999)}",
        )
    )
    label = (
        rng.choice(("Bon-Nr.", "Beleg-Nr."))
        if german
        else rng.choice(("Receipt #", "Receipt No.", "Trans #", "Receipt:", "Txn"))
    )
    day = _day(rng)
    head = [
        f"{label} {w.key('documentNumber', w.number)}",
        f"{p.day(day, 'issue')} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
    ]
    if rng.random() < 0.5:
        head.reverse()
    items_at = len(lines)
    total = 0.0
    tax_letter = rng.random() < 0.5
    for name, price in rng.sample(SHOP_ITEMS, rng.randint(2, 7)):
        qty = rng.choice((1, 1, 1, 2, 3))
        amount = round(qty * price, 2)
        total += amount
        letter = f" {rng.choice('AB')}" if tax_letter else ""
        if qty > 1 and rng.random() < 0.5:  # the count on a line of its own, above the item
            lines.append(f"  {qty} x {p.number(price)}")
            lines.append(f"{name}  {p.number(amount)}{letter}")
        elif qty > 1:
            lines.append(f"{qty} x {name}  {p.number(amount)}{letter}")
        else:
            lines.append(f"{name}  {p.number(amount)}{letter}")
        p.item(name, qty if qty > 1 else None, price if qty > 1 else None, amount)
    total = round(total, 2)
    lines[items_at:items_at] = head
    total_label = (
        rng.choice(("SUMME", "Summe EUR", "Gesamt"))
        if german
        else rng.choice(("TOTAL", "Total", "TOTAL DUE", "Amount due"))
    )
    lines.append(f"{total_label}  {p.total(total)}")
    paid = rng.choice(("VISA ****", "Mastercard ending ", "Debit card ", "Kartenzahlung girocard "))
    if paid.startswith(("VISA", "Master", "Debit")):
        paid = f"{paid}{rng.randint(1000, 9999)}"
    lines.append(paid if rng.random() < 0.7 else f"Cash  {p.money(round(total + 5, 0))}")
    lines.append(
        rng.choice(
            (
                "Thank you for shopping with us!",
                "Vielen Dank für Ihren Einkauf",
                "Please keep your receipt",
                "See you again soon",
            )
        )
    )
    return [("lines", lines)], w


def card_slip(rng: random.Random) -> tuple[list[Block], Writer]:
    """A card terminal's slip: merchant, sale amount, approval; no items."""
    style = pick_style(rng, ("us", "uk", "de", "ch", "ie"))
    p = Printer(rng, style)
    w = p.w
    shop = rng.choice(SHOPS)
    w.vendor = shop
    w.plain_org(shop)
    w.number = f"{rng.randint(100000, 999999)}"
    day = _day(rng)
    w.line_items = []
    lines = [
        w.key("vendor", shop.upper()),
        rng.choice(("CUSTOMER COPY", "MERCHANT COPY", "KUNDENBELEG")),
        rng.choice(("SALE", "PURCHASE", "KAUF")),
        f"{rng.choice(('VISA', 'MASTERCARD', 'MAESTRO'))}  ************{rng.randint(1000, 9999)}",
        f"TID {rng.randint(10000000, 99999999)}   MID {rng.randint(1000000, 9999999)}",
        f"{p.day(day, 'issue')}  {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
        f"{rng.choice(('RECEIPT NO', 'TRANS NO', 'Beleg-Nr.'))} "
        f"{w.key('documentNumber', w.number)}",
        f"AUTH CODE {rng.choice('ABCDEFGHJK')}{rng.randint(10000, 99999)}",
        f"{rng.choice(('AMOUNT', 'TOTAL', 'BETRAG'))}  {p.total(round(rng.uniform(4, 240), 2))}",
        rng.choice(("APPROVED", "PIN VERIFIED", "CONTACTLESS")),
        "PLEASE RETAIN FOR YOUR RECORDS",
    ]
    return [("lines", lines)], w


def order_email(rng: random.Random) -> tuple[list[Block], Writer]:
    """An order confirmation as a web shop sends it: headers, a greeting, the order."""
    style = pick_style(rng, ("us", "uk", "de", "ca", "au"))
    p = Printer(rng, style)
    w = p.w
    shop = rng.choice(WEB_SHOPS)
    w.vendor = f"{shop[0]} {shop[1]}".rstrip(".")
    buyer = rng.choice(PEOPLE)
    w.person(buyer)
    w.number = rng.choice(
        (
            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
            f"{rng.randint(100000, 999999)}",
            f"NG{rng.randint(10000000, 99999999)}",
        )
    )
    day = _day(rng)
    rows, items, _ = item_table(p, "en", services=False)
    shipping = rng.choice((0.0, 4.95, 9.99))
    sums = totals(
        p, "en", round(items + shipping, 2), tax_rate=rng.choice((0, 0, 8)), kind="receipt"
    )
    if shipping:
        sums.insert(0, ("Shipping", p.money(shipping)))
    first = buyer.split()[0]
    headers = [
        ("From", f"{shop[0]} <orders@{shop[0].split()[0].lower()}.example>"),
        ("To", f"{buyer} <{first.lower()}@mail.example>"),
        (
            "Subject",
            rng.choice(
                (
                    "Your order {n} is confirmed",
                    "Order confirmation {n}",
                    "Thanks for your order! ({n})",
                )
            ).format(n=w.key("documentNumber", w.number)),
        ),
        ("Date", p.day(day, "issue")),
    ]
    blocks: list[Block] = [
        ("kv", headers),
        (
            "para",
            f"Hi {first}, thank you for your order with "
            f"{w.key('vendor', w.org(shop))}. We'll e-mail you again when it ships.",
        ),
        ("table", rows),
        ("kv", sums),
        ("para", "Paid with Visa ending in 4417. Questions? Reply to this e-mail."),
    ]
    return blocks, w


def bank_statement(rng: random.Random) -> tuple[list[Block], Writer]:
    """A bank statement: debit and credit columns, or one signed column, and a balance."""
    style = pick_style(rng, ("us", "uk", "de", "fr", "nl", "ch"))
    p = Printer(rng, style)
    w = p.w
    bank = rng.choice(BANKS)
    w.org(bank) if bank[1] else w.plain_org(bank[0])
    holder = w.person(rng.choice(PEOPLE))
    issued = _day(rng)
    opening = round(rng.uniform(300, 6000), 2)
    split = rng.random() < 0.6
    words = rng.choice(
        (
            ("Debit", "Credit"),
            ("Paid out", "Paid in"),
            ("Withdrawals", "Deposits"),
            ("Money out", "Money in"),
        )
    )
    header = ["Date", rng.choice(("Description", "Details", "Transaction"))]
    header += (
        [*words, "Balance"]
        if split
        else [rng.choice(("Amount", "Amount ({cur})")).replace("{cur}", p.code()), "Balance"]
    )
    rows = [header]
    balance = opening
    for offset, (name, base) in enumerate(rng.sample(TRANSACTIONS, rng.randint(3, 8))):
        value = round(base * rng.choice((1, 1.05, 0.9)), 2)
        balance = round(balance + value, 2)
        day = p.day(issued - dt.timedelta(days=28 - offset * 3), None)
        if split:
            out, inn = (p.number(-value), "") if value < 0 else ("", p.number(value))
            rows.append([day, name, out, inn, p.number(balance)])
            p.item(name, None, None, abs(value))
        else:
            signed = p.number(value) if value < 0 or rng.random() < 0.5 else f"+{p.number(value)}"
            rows.append([day, name, signed, p.number(balance)])
            p.item(name, None, None, value)
    numbered = rng.random() < 0.5
    account = rng.choice(
        (
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} "
            f"{rng.randint(10000000, 99999999)}",
            f"DE{rng.randint(10, 99)} 7605 0101 {rng.randint(1000, 9999)} 5521 09",
            f"{rng.randint(1000000000, 9999999999)}",
        )
    )
    meta: list[tuple[str, str]] = [("Account holder", holder)]
    if numbered:
        w.number = f"{rng.randint(1, 12)}/{issued.year}"
        meta.append(("Statement no.", w.key("documentNumber", w.number)))
        meta.append(("Account number", account))
    else:
        w.number = account
        meta.append(
            (
                rng.choice(("Account number", "Account no.", "IBAN"))
                if account.startswith("DE")
                else "Account number",
                w.key("documentNumber", account),
            )
        )
    meta.append((rng.choice(("Statement date", "Date", "Issued")), p.day(issued, "issue")))
    blocks: list[Block] = [
        (
            "lines",
            [
                f"{bank[0]} {bank[1]}".strip(),
                rng.choice(("Account statement", "Statement of account")),
            ],
        ),
        ("kv", meta),
        ("kv", [("Opening balance", p.money(opening))]),
        ("table", rows),
        (
            "kv",
            [
                (
                    rng.choice(("Closing balance", "Balance carried forward", "New balance")),
                    p.total(balance),
                )
            ],
        ),
    ]
    return blocks, w


def card_statement(rng: random.Random) -> tuple[list[Block], Writer]:
    """A credit-card statement: purchases and a payment, new balance, minimum and due date."""
    style = pick_style(rng, ("us", "uk", "ca", "au"))
    p = Printer(rng, style)
    w = p.w
    issuer = rng.choice(("Harbourlight Card Services", "Evergreen Rewards Card"))
    w.plain_org(issuer)
    holder = w.person(rng.choice(PEOPLE))
    issued = _day(rng)
    due = issued + dt.timedelta(days=25)
    w.number = f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"
    rows = [["Trans date", "Description", rng.choice(("Amount", f"Amount ({p.code()})"))]]
    balance = round(rng.uniform(50, 900), 2)
    for offset, (name, base) in enumerate(rng.sample(CARD_ROWS, 4)):
        value = round(base * rng.choice((1, 0.5)), 2)
        balance = round(balance + value, 2)
        rows.append(
            [p.day(issued - dt.timedelta(days=20 - offset * 4), None), name, p.number(value)]
        )
        p.item(name, None, None, value)
    blocks: list[Block] = [
        ("title", f"{issuer} - Statement"),
        (
            "kv",
            [
                ("Cardholder", holder),
                ("Card number", f"XXXX XXXX XXXX {rng.randint(1000, 9999)}"),
                ("Statement no.", w.key("documentNumber", w.number)),
                ("Statement date", p.day(issued, "issue")),
                ("Payment due date", p.day(due, "due")),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("New balance", p.total(balance)),
                ("Minimum payment", p.money(max(25.0, round(balance * 0.03, 2)))),
            ],
        ),
    ]
    return blocks, w


__all__ = ["bank_statement", "card_slip", "card_statement", "order_email", "till_receipt"]
