"""The bank's and the card issuer's papers, and the shop's credit note: the statement of a
current account, a credit-card statement and a credit note or refund confirmation.

How they are read (the author's own reading): a bank statement is a ``statement`` issued by
the bank; it bills nothing (no total) and its own number is the statement number where one
is printed, never the account number or sort code; its rows are the transactions with the
amount as printed in its column. A card statement bills its new balance, due on the payment
due date; it prints no number of its own. A credit note is an ``invoice`` whose number is the
credit note's (not the invoice it credits) and whose total is the credit given, as printed.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_kitchen_style import PLACES, Paper, address, digits, person, plain
from testbed.evaluation.truth import Labels
from testbed.evaluation.variety_dues_print import Sheet

_PAYEES = (
    "TESCO STORES 2291",
    "AMAZON MKTPLACE",
    "TFL TRAVEL CH",
    "NETFLIX.COM",
    "SHELL 0442",
    "COUNCIL TAX DD",
    "BOOTS 1182",
    "CAFE NERO",
    "ALDI 0731",
    "HMRC SELF ASSESS",
    "DENTAL CARE LTD",
    "SPOTIFY",
)


def bank_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A month of a current account: opening and closing balance, the transactions."""
    place = PLACES[rng.choice(("uk", "eu", "au"))]
    p = Paper(place, rng, "statement")
    bank = rng.choice(
        {
            "uk": ("Thistle Bank plc", "Ashford Building Society"),
            "eu": ("Banque Lumière S.A.", "Noordkust Bank N.V."),
            "au": ("Wattle Savings Bank", "Great Southern Credit Union"),
        }[place.code]
    )
    holder = p.who(person(rng))
    start = dt.date(2026, rng.randint(1, 11), 1)
    end = dt.date(start.year, start.month + 1, 1) - dt.timedelta(days=1)
    issued = end + dt.timedelta(days=rng.randint(1, 4))
    balance = round(rng.uniform(400, 3000), 2)
    opening = balance
    rows = [["Date", "Description", "Paid out", "Paid in", "Balance"]]
    day = start
    for _ in range(rng.randint(6, 10)):
        day = min(end, day + dt.timedelta(days=rng.randint(1, 4)))
        if rng.random() < 0.2:
            text, amount = (
                rng.choice(("SALARY ACME LTD", "TRANSFER FROM SAVINGS")),
                round(rng.uniform(300, 2400), 2),
            )
            balance = round(balance + amount, 2)
            rows.append(
                [
                    f"{day:%a} {day.day:02d} {day:%b}",
                    text,
                    "",
                    plain(amount, place),
                    plain(balance, place),
                ]
            )
        else:
            text, amount = rng.choice(_PAYEES), round(rng.uniform(3, 140), 2)
            balance = round(balance - amount, 2)
            rows.append(
                [
                    f"{day:%a} {day.day:02d} {day:%b}",
                    text,
                    plain(amount, place),
                    "",
                    plain(balance, place),
                ]
            )
        p.row(text, None, None, amount)
    account_label = {"uk": "Sort code", "eu": "BIC", "au": "BSB"}[place.code]
    account_value = {
        "uk": f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}",
        "eu": "NKBANL2A",
        "au": f"{digits(rng, 3)}-{digits(rng, 3)}",
    }[place.code]
    number = place.code == "eu" or rng.random() < 0.5
    panel = [
        ("Account name", holder),
        (account_label, account_value),
        (
            "Account number" if place.code != "eu" else "IBAN",
            digits(rng, 8)
            if place.code != "eu"
            else f"NL{digits(rng, 2)} NKBA {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        ),
        ("Statement date", p.day(issued, "issue")),
        ("Period", f"{p.day(start)} to {p.day(end)}"),
    ]
    if number:
        panel.insert(3, ("Statement no.", p.own_number(f"{rng.randint(2, 140)}")))
    body = [
        ("heading", "Current account statement"),
        ("kv", [("Opening balance", p.money(opening)), ("Closing balance", p.money(balance))]),
        ("table", rows),
        (
            "para",
            "Please check this statement and tell us about any entry you do not "
            "recognise. Your deposits are protected up to the legal limit.",
        ),
    ]
    sheet = Sheet(
        head=[p.seller(bank), "Customer services: see our website"],
        panel=panel,
        address=address(rng, place, holder),
        body=body,
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, p.labels()


def card_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A US credit-card statement: the summary box (new balance, minimum, due date) and the
    transactions with their transaction and posting dates."""
    place = PLACES["us"]
    p = Paper(place, rng, "statement", date_style=rng.choice(("us_short", "us_abbr")))
    issuer = rng.choice(("Lakeshore Card Services", "Cobalt Rewards Visa - First Harbor Bank"))
    holder = p.who(person(rng))
    closing = dt.date(2026, rng.randint(1, 11), rng.choice((3, 14, 22)))
    opening = closing - dt.timedelta(days=30)
    due = closing + dt.timedelta(days=25)
    previous = round(rng.uniform(200, 1500), 2)
    rows = [["Trans date", "Post date", "Description", "Amount"]]
    purchases = 0.0
    days = sorted(rng.randint(1, 28) for _ in range(rng.randint(4, 8)))
    for offset in days:
        day = opening + dt.timedelta(days=offset)
        text, amount = rng.choice(_PAYEES).title(), round(rng.uniform(8, 220), 2)
        purchases = round(purchases + amount, 2)
        rows.append(
            [
                f"{day:%b} {day.day:02d}",
                f"{day + dt.timedelta(days=1):%b} {(day + dt.timedelta(days=1)).day:02d}",
                text,
                plain(amount, place),
            ]
        )
        p.row(text, None, None, amount)
    interest = round(rng.choice((0.0, rng.uniform(4, 22))), 2)
    new = round(previous - previous + purchases + interest, 2)
    minimum = max(35.0, round(new * 0.02, 2))
    summary = [
        ("Previous balance", p.money(previous)),
        ("Payments", p.money(-previous)),
        ("Purchases", p.money(purchases)),
        ("Interest charged", p.money(interest)),
        ("New balance", p.money(new, total=True)),
        ("Minimum payment due", p.money(minimum)),
        ("Payment due date", p.day(due, "due")),
    ]
    panel = [
        ("Account ending in", digits(rng, 4)),
        ("Statement closing date", p.day(closing, "issue")),
        ("Billing cycle", f"{p.day(opening)} - {p.day(closing)}"),
        ("Credit limit", p.money(rng.choice((3000, 5000, 8500)))),
    ]
    body = [
        ("heading", "Account summary"),
        ("kv", summary),
        (
            "para",
            "Late payment warning: if we do not receive your minimum payment by the "
            "date listed above, you may have to pay a late fee of up to $41.00.",
        ),
        *([("break", None)] if rng.random() < 0.4 else []),
        ("heading", "Transactions"),
        ("table", rows),
    ]
    p.money(41.0)
    sheet = Sheet(
        head=[p.seller(issuer), "P.O. Box 6500, Wilmington, DE 19850"],
        panel=panel,
        address=address(rng, place, holder),
        body=body,
        panel_style="box",
        text_panel=rng.choice(("kv", "columns")),
        running=f"Account ending in {panel[0][1]}    Page {{page}} of {{pages}}",
    )
    return sheet, p.labels()


def credit_note(rng: random.Random) -> tuple[Sheet, Labels]:
    """A web shop's credit note for returned goods, quoting the order and the invoice it
    credits."""
    place = PLACES[rng.choice(("uk", "eu", "au"))]
    p = Paper(place, rng, "invoice")
    shop = rng.choice(
        ("Nordhaus Home Store", "Pebble & Pine Kitchenware Ltd", "Outback Outdoor Supply")
    )
    customer = p.who(person(rng))
    credited = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    invoiced = credited - dt.timedelta(days=rng.randint(8, 30))
    goods = rng.sample(
        [
            ("Cast iron casserole 26 cm", 89.00),
            ("Linen tea towels (set of 3)", 18.50),
            ("Chef's knife 20 cm", 64.00),
            ("Bamboo chopping board", 24.90),
            ("Glass storage jars x6", 29.95),
        ],
        rng.randint(1, 2),
    )
    rows = [["Item", "Qty", "Unit price", "Credit"]]
    total = 0.0
    for text, price in goods:
        qty = rng.choice((1, 1, 2))
        amount = round(qty * price, 2)
        total = round(total + amount, 2)
        p.row(text, qty, price, amount)
        rows.append([text, str(qty), plain(price, place), plain(amount, place)])
    tax_name, rate = {"uk": ("VAT", 20), "eu": ("VAT", 21), "au": ("GST", 10)}[place.code]
    vat = round(total - total / (1 + rate / 100), 2)
    registration = (
        f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
        if place.code == "au"
        else f"VAT no. {digits(rng, 9)}"
    )
    note_no = rng.choice((f"CN-{digits(rng, 5)}", f"CR{digits(rng, 6)}"))
    invoice_no = f"INV-{digits(rng, 6)}"
    order_no = f"{digits(rng, 3)}-{digits(rng, 7)}"
    panel = [
        ("Credit note no.", p.own_number(note_no)),
        ("Date", p.day(credited, "issue")),
        ("Original invoice", invoice_no),
        ("Invoice date", p.day(invoiced)),
        ("Order number", order_no),
        ("Customer no.", digits(rng, 6)),
    ]
    body = [
        ("title", "CREDIT NOTE"),
        ("table", rows),
        (
            "kv",
            [(f"{tax_name} included", p.money(vat)), ("Total credit", p.money(total, total=True))],
        ),
        (
            "para",
            f"The amount of {p.money(total)} has been refunded to the card you paid "
            f"with. It may take 3-5 working days to appear. Returns reference RMA{digits(rng, 6)}.",
        ),
    ]
    sheet = Sheet(
        head=[p.seller(shop), registration, "returns@shop.example"],
        panel=panel,
        address=address(rng, place, customer),
        body=body,
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns", "kv_below")),
    )
    return sheet, p.labels()


__all__ = ["bank_statement", "card_statement", "credit_note"]
