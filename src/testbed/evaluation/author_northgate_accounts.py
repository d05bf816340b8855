"""Bank and card statements from the Nordics, Poland, the Baltics, the Gulf and India: a bank
statement prints its period, its date, an account number and an IBAN (and, in some countries,
a statement number), a card statement its new balance beside the minimum payment, the
statement period and the day to pay by.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_northgate_style import (
    Book,
    a_day,
    cents,
    day_text,
    digits,
    grouped,
    money,
    panel_style,
)
from testbed.evaluation.author_northgate_trade import slug
from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet

#: Banks: name, country, currency, money style, date style, statement title, number label.
BANKS = (
    ("Skärgårdsbanken AB", "SE", "SEK", "space", "iso", "Kontoutdrag / Account statement",
     "Utdrag nr / Statement no."),
    ("Vistula Bank Polska S.A.", "PL", "PLN", "space", "dots", "Wyciąg bankowy / Bank statement",
     "Wyciąg nr / Statement no."),
    ("Fjordbank ASA", "NO", "NOK", "space", "dots", "Kontoutskrift / Account statement", None),
    ("Emirates Falcon Bank PJSC", "AE", "AED", "en", "mon", "Statement of Account", None),
    ("Coromandel Bank Ltd.", "IN", "INR", "in", "mon", "Statement of Account", "Statement No."),
)  # fmt: skip
#: A transaction's text, its sign, its range in kronor (scaled by the country's currency).
_MOVES = (
    ("Incoming payment {ref}", 1, 800, 45000), ("Card purchase {shop}", -1, 12, 900),
    ("Transfer to supplier {ref}", -1, 300, 22000), ("Bank charges", -1, 5, 60),
    ("Salary batch {ref}", -1, 9000, 60000), ("Interest", 1, 1, 40),
    ("Direct debit electricity", -1, 90, 1400),
)  # fmt: skip
_SHOPS = ("Clas Ohlson", "Rema 1000", "Biedronka", "Carrefour Mall of the Emirates", "Croma")
_SCALE = {"SE": 1.0, "PL": 0.4, "NO": 1.0, "AE": 0.35, "IN": 8.0}
_HOLDERS = ("Brightwell Instruments Ltd", "Harrow & Kent Engineering Ltd",
            "Blue Finch Analytics Ltd")  # fmt: skip


def bank_statement(rng: random.Random) -> tuple[Sheet, Book]:
    """A business account's monthly statement: transactions, opening and closing balances.
    It bills nothing, so it has no total; its bank is the vendor."""
    name, country, currency, style, days, title, number_label = rng.choice(BANKS)
    book = Book("statement")
    end = a_day(rng).replace(day=1) - dt.timedelta(days=1)
    start = end.replace(day=1)
    issued = end + dt.timedelta(days=rng.randint(1, 3))
    factor = _SCALE[country]
    balance = opening = round(cents(rng, 150000, 900000) * factor, 2)
    head = ["Date", "Description", "Debit", "Credit", "Balance"]
    rows = [head]
    day = start
    long = rng.random() < 0.3  # a busy month runs onto a second page
    carried = ""
    for index in range(rng.randint(34, 44) if long else rng.randint(4, 9)):
        day = min(end, day + dt.timedelta(days=rng.randint(0, 1) if long else rng.randint(1, 5)))
        if index == 26:
            carried = money(balance, style)
        text, sign, low, high = rng.choice(_MOVES)
        amount = round(cents(rng, low, high) * factor, 2)
        description = text.format(ref=digits(rng, 8), shop=rng.choice(_SHOPS))
        balance = round(balance + sign * amount, 2)
        cell = money(amount, style)
        debit, credit = (cell, "") if sign < 0 else ("", cell)
        rows.append([day_text(day, days), description, debit, credit, money(balance, style)])
        book.row(description, None, None, amount)
    holder = book.org(rng.choice(_HOLDERS))
    panel = []
    if number_label:
        number = {"PL": f"{end.month}/{end.year}", "SE": digits(rng, 3)}.get(country)
        panel.append((number_label, book.num(number or digits(rng, 6))))
    domestic = digits(rng, 11) if country in ("IN", "AE") else grouped(rng, "", 4, 2, 5)
    panel += [
        ("Statement date", book.day("issue", issued, day_text(issued, days))),
        ("Period", f"{day_text(start, days)} – {day_text(end, days)}"),  # noqa: RUF001
        ("Account no.", domestic),
        ("IBAN", grouped(rng, country, 2, 4, 4, 4, 4)),
        ("Currency", currency),
    ]
    book.cash(opening, currency)
    book.cash(balance, currency)
    tables: list[Block] = [("table", rows)]
    if long:
        tables = [("table", rows[:27]), ("kv", [("Balance carried forward", carried)]),
                  ("break", None), ("kv", [("Balance brought forward", carried)]),
                  ("table", [head, *rows[27:]])]  # fmt: skip
    body: list[Block] = [
        ("title", title),
        ("kv", [("Opening balance", f"{money(opening, style)} {currency}")]),
        *tables,
        ("kv", [("Closing balance", f"{money(balance, style)} {currency}")]),
        ("para", "Please examine this statement and report any discrepancy within 30 days of the "
                 "statement date. Deposits are covered by the national deposit guarantee scheme."),
    ]  # fmt: skip
    service = grouped(rng, f"+{rng.randint(30, 99)} ", 3, 4)
    swift = f"{slug(name)[:4].upper()}{country}XX"
    sheet = Sheet(
        head=[book.seller(name), f"SWIFT/BIC {swift} · Customer service {service}"],
        panel=panel, panel_style=panel_style(rng, panel),
        address=[holder, rng.choice(["Finance Department", "Accounts Payable"]),
                 rng.choice(["14 Chapel Street, Leeds LS1 4DY", "3 Dock Road, Dublin D02 X285"])],
        body=body, running="Page {page} of {pages}", text_panel=rng.choice(["kv", "columns"]),
    )  # fmt: skip
    return sheet, book


#: Card issuers: name, currency, money style, date style, title.
ISSUERS = (
    ("Nordkort Bank AB", "SEK", "space", "iso", "Kortfaktura / Card statement"),
    ("Baltic Card Services AS", "EUR", "space", "dots", "Corporate card statement"),
    ("Desert Rose Bank PJSC", "AED", "en", "slash", "Credit Card Statement"),
    ("Deccan Credit Cards Ltd.", "INR", "in", "mon", "Corporate Card Statement"),
)
_MERCHANTS = ("SAS Airlines", "Scandic Hotels", "Uber Trip", "Amazon Web Services", "Careem",
              "IndiGo", "Circle K", "Wolt")  # fmt: skip
_THANKS = "Payment received - thank you"


def card_statement(rng: random.Random) -> tuple[Sheet, Book]:
    """A corporate card's monthly statement: its total is the new balance (what it asks to be
    paid), the minimum payment beside it; the payment due date is its due date."""
    issuer, currency, style, days, title = rng.choice(ISSUERS)
    book = Book("statement")
    issued = a_day(rng)
    start = issued - dt.timedelta(days=30)
    due = issued + dt.timedelta(days=rng.choice([14, 18, 20, 25]))
    factor = {"SEK": 10.0, "EUR": 1.0, "AED": 3.7, "INR": 40.0}[currency]
    previous = round(cents(rng, 100, 3000) * factor, 2)
    paid = previous if rng.random() < 0.7 else round(previous * rng.choice([0.25, 0.5]), 2)
    received = day_text(start + dt.timedelta(days=3), days)
    rows = [["Trans. date", "Posting date", "Description", f"Amount ({currency})"],
            [received, "", _THANKS, money(-paid, style)]]  # fmt: skip
    book.row(_THANKS, None, None, -paid)
    spent = 0.0
    moves = sorted((start + dt.timedelta(days=rng.randint(4, 29)),
                    round(cents(rng, 8, 600) * factor, 2), rng.choice(_MERCHANTS))
                   for _ in range(rng.randint(3, 8)))  # fmt: skip
    for when, amount, shop in moves:
        posted = day_text(when + dt.timedelta(days=1), days)
        rows.append([day_text(when, days), posted, shop, money(amount, style)])
        book.row(shop, None, None, amount)
        spent += amount
    new = round(previous - paid + spent, 2)
    minimum = round(max(new * 0.05, 10 * factor), 2)
    holder = book.person(rng.choice(["Sarah Whitfield", "Tomasz Zielinski", "Priya Raman"]))
    book.org("Brightwell Instruments Ltd")
    book.cash(minimum, currency)
    summary = [
        ("Previous balance", money(previous, style)),
        ("Payments and credits", money(-paid, style)),
        ("Purchases and charges", money(spent, style)),
        ("New balance / Total amount due",
         f"{book.pay(new, currency, money(new, style))} {currency}"),
        ("Minimum payment due", f"{money(minimum, style)} {currency}"),
    ]  # fmt: skip
    limit = float(rng.choice([5000, 10000, 15000]) * factor)
    panel = [
        ("Statement date", book.day("issue", issued, day_text(issued, days))),
        ("Payment due date", book.day("due", due, day_text(due, days))),
        ("Card number", f"XXXX XXXX XXXX {digits(rng, 4)}"),
        ("Statement period", f"{day_text(start, days)} - {day_text(issued, days)}"),
        ("Credit limit", money(limit, style)),
    ]
    interest = rng.choice(["19.9", "24", "36"])
    body: list[Block] = [
        ("title", title),
        ("kv", summary),
        ("table", rows),
        ("para", "Pay at least the minimum payment by the payment due date to avoid a late fee. "
                 f"Interest {interest}% p.a. applies to balances not paid in full."),
    ]  # fmt: skip
    if currency == "SEK":
        ocr = digits(rng, 16)
        body.append(("para", f"Betala till bankgiro {digits(rng, 3)}-{digits(rng, 4)}, OCR {ocr}"))
    sheet = Sheet(
        head=[book.seller(issuer), f"Card services · cards@{issuer.split()[0].lower()}.example"],
        panel=panel, panel_style=panel_style(rng, panel),
        address=[holder, "Brightwell Instruments Ltd", "14 Chapel Street, Leeds LS1 4DY"],
        body=body, text_panel=rng.choice(["kv", "kv_below"]),
    )  # fmt: skip
    return sheet, book


__all__ = ["bank_statement", "card_statement"]
