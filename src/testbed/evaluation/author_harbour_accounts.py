"""Papers of an account: a bank statement, a credit-card statement, and a utility or phone bill
with its payment slip.

A bank statement bills nothing, so it has no total; its date is its statement date, or, when
it prints only the period, the day the period closes. A card statement bills its new balance
(the minimum payment is a smaller option, not the bill) by its payment due date. A utility
bill bills its total amount due, arrears included, by its due date, or by the day a direct
debit will be taken when that is the only date to pay by.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_harbour_world import (
    Country,
    Draft,
    address,
    date_style,
    land_of,
    money,
    person,
    plain,
)
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet

_BANKS = {
    "UK": ("Albion Bank plc", "Northern Counties Building Society"),
    "IE": ("Bank of Leinster",),
    "US": ("First Prairie Bank, N.A.", "Bayview Credit Union"),
    "CA": ("Maple Trust Bank",),
    "AU": ("Southern Cross Bank Limited",),
    "NZ": ("Kiwi Savings Bank",),
    "IN": ("Deccan Bank Ltd.",),
    "SG": ("Straits Bank",),
}
_PAYEES = (
    "TESCO STORES 2291",
    "WOOLWORTHS 3310",
    "AMAZON MKTPLACE",
    "NETFLIX.COM",
    "SHELL 0442",
    "COUNCIL TAX DD",
    "TFL TRAVEL CH",
    "UBER *TRIP",
    "BUNNINGS 412",
    "SALARY ACME LTD",
    "TRANSFER FROM SAVINGS",
    "ATM WITHDRAWAL",
    "SPOTIFY",
    "WATER CORP DD",
)
_INCOME = ("SALARY ACME LTD", "TRANSFER FROM SAVINGS")


def _month_end(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def bank_statement(rng: random.Random) -> tuple[Sheet, Draft]:
    """A current-account statement: sort code / BSB and account number, the period, money
    out and money in with a running balance; sometimes a sheet number, sometimes no
    statement date but the period's."""
    land = land_of(rng, "UK UK IE US AU NZ CA")
    d = Draft("statement", land)
    bank = rng.choice(_BANKS[land.code])
    holder = d.who(person(rng))
    style = date_style(rng, land)
    start = (
        dt.date(2025, rng.randint(6, 12), 1)
        if rng.random() < 0.5
        else dt.date(2026, rng.randint(1, 10), 1)
    )
    end = _month_end(start)
    balance = round(rng.uniform(300, 6000), 2)
    opening = balance
    rows = [["Date", "Description", "Paid out", "Paid in", "Balance"]]
    items = []
    days = sorted(rng.sample(range(start.day, end.day + 1), rng.randint(5, 9)))
    for n in days:
        payee = rng.choice(_PAYEES)
        amount = round(rng.uniform(1500, 4200) if payee in _INCOME else rng.uniform(4, 260), 2)
        balance = round(balance + (amount if payee in _INCOME else -amount), 2)
        out, inn = ("", plain(amount, land)) if payee in _INCOME else (plain(amount, land), "")
        rows.append([day_short(start.replace(day=n), land), payee, out, inn, plain(balance, land)])
        items.append(LineItem(payee, None, None, amount))
    d.items = items
    dated = rng.random() < 0.6
    period_end = d.date(None if dated else "issue", end, style)
    panel = [
        ("Account name", holder),
        (
            "Sort code" if land.code == "UK" else "BSB" if land.code == "AU" else "Branch",
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        ),
        ("Account number", f"{rng.randint(10000000, 99999999)}"),
        ("Statement period", f"{d.date(None, start, style)} to {period_end}"),
    ]
    if dated:
        panel.append(
            ("Statement date", d.date("issue", end + dt.timedelta(days=rng.randint(1, 3)), style))
        )
    if rng.random() < 0.5:
        panel.append(
            (
                "Sheet number" if land.code == "UK" else "Statement no.",
                d.num(str(rng.randint(12, 240))),
            )
        )
    body = [
        ("title", "Statement of account"),
        ("kv", [("Opening balance", d.money(opening)), ("Closing balance", d.money(balance))]),
        ("table", rows),
        (
            "para",
            "Please check this statement and tell us about any entry you do not recognise. "
            "Deposits are protected up to the limit of the national guarantee scheme.",
        ),
    ]
    sheet = Sheet(
        head=[d.seller(bank), rng.choice(address(rng, land))],
        panel=panel,
        panel_style=rng.choice(("box", "stack")),
        address=[holder.upper(), *address(rng, land)],
        body=body,
        running="Page {page} of {pages}",
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, d


def day_short(d: dt.date, land: Country) -> str:
    """A transaction's day as statements print it (the year is the period's)."""
    return f"{d:%b} {d.day:02d}" if not land.day_first else f"{d.day:02d} {d:%b}"


def card_statement(rng: random.Random) -> tuple[Sheet, Draft]:
    """A credit-card statement: account ending, statement closing date, previous balance,
    payments, purchases, new balance, minimum payment and payment due date, transactions with
    posting dates."""
    land = land_of(rng, "US US CA UK AU SG IN")
    d = Draft("statement", land)
    bank = rng.choice(_BANKS[land.code])
    holder = d.who(person(rng))
    style = date_style(rng, land)
    closing = dt.date(2025, 7, 1) + dt.timedelta(days=rng.randrange(480))
    due = closing + dt.timedelta(days=rng.choice((21, 25, 28)))
    scale = 80 if land.code == "IN" else 1
    previous = round(rng.uniform(200, 2500) * scale, 2)
    paid = previous if rng.random() < 0.6 else round(previous * rng.uniform(0.1, 0.9), 2)
    rows = [["Trans date", "Post date", "Description", "Amount"]]
    items = [LineItem("PAYMENT - THANK YOU", None, None, -paid)]
    rows.append(
        [
            _md(closing - dt.timedelta(days=20), land),
            _md(closing - dt.timedelta(days=19), land),
            items[0].description,
            plain(-paid, land),
        ]
    )
    spending = sorted(
        (
            closing - dt.timedelta(days=rng.randint(1, 29)),
            rng.choice([p for p in _PAYEES if p not in _INCOME]),
            round(rng.uniform(6, 300) * scale, 2),
        )
        for _ in range(rng.randint(3, 7))
    )
    for when, payee, spent in spending:
        rows.append(
            [_md(when, land), _md(when + dt.timedelta(days=1), land), payee, plain(spent, land)]
        )
        items.append(LineItem(payee, None, None, spent))
    d.items = items
    purchases = round(sum(i.amount for i in items[1:]), 2)
    interest = round((previous - paid) * 0.018, 2)
    new = round(previous - paid + purchases + interest, 2)
    minimum = max(round(new * 0.03, 2), min(new, 25.0 * scale))
    summary = [
        ("Previous balance", d.money(previous)),
        ("Payments and credits", d.money(-paid)),
        ("Purchases", d.money(purchases)),
        ("Interest charged", d.money(interest)),
        ("New balance", d.money(new, key="total")),
    ]
    box = [
        ("Account ending", str(rng.randint(1000, 9999))),
        ("Statement closing date", d.date("issue", closing, style)),
        ("Minimum payment due", d.money(minimum)),
        ("Payment due date", d.date("due", due, style)),
        ("Credit limit", d.money(rng.choice((5000, 8000, 12000)) * scale)),
    ]
    late = (
        "If we do not receive your minimum payment by the date above, "
        "you may have to pay a late fee."
    )
    sheet = Sheet(
        head=[d.seller(bank), f"{rng.choice(('Platinum', 'Rewards', 'Classic'))} Card statement"],
        panel=box,
        panel_style=rng.choice(("box", "stack", "band")),
        address=[holder, *address(rng, land)],
        body=[("kv", summary), ("para", late), ("heading", "Transactions"), ("table", rows)],
        slip=[
            (
                "kv",
                [
                    ("Account ending", box[0][1]),
                    ("New balance", money_plain(d, new)),
                    ("Amount enclosed", "______________"),
                ],
            )
        ],
        text_panel=rng.choice(("kv", "kv_below")),
    )
    return sheet, d


def _md(d: dt.date, land: Country) -> str:
    return f"{d:%d/%m}" if land.day_first else f"{d:%b} {d.day:02d}"


def money_plain(d: Draft, value: float) -> str:
    """An amount printed again (a slip, a summary): already noted where it was first printed."""
    return money(value, d.land)


def utility_bill(rng: random.Random) -> tuple[Sheet, Draft]:
    """An electricity, gas, water, phone or broadband bill: account and bill numbers, meter or
    service number, the billing period, charges, the amount due and the date to pay (or the
    direct debit date), and a payment slip repeating them."""
    land = land_of(rng, "UK AU NZ US IE CA IN")
    d = Draft("invoice", land)
    service = rng.choice(("Electricity", "Gas", "Water", "Mobile", "Broadband"))
    firm = {
        "Electricity": "Brightspark Energy",
        "Gas": "Hearth Gas",
        "Water": "Clearwater Utilities",
        "Mobile": "Skyline Mobile",
        "Broadband": "FibreNet",
    }[service]
    firm = f"{firm} {rng.choice(land.suffixes)}"
    style = date_style(rng, land)
    start = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(450))
    end = start + dt.timedelta(days=rng.choice((29, 30, 90)))
    issued = end + dt.timedelta(days=rng.randint(2, 6))
    due = issued + dt.timedelta(days=rng.choice((14, 21, 28)))
    scale = 80 if land.code == "IN" else 1
    holder = d.who(person(rng))
    charges = []
    if service in ("Mobile", "Broadband"):
        charges = [
            (f"{service} plan (monthly)", round(rng.uniform(25, 95) * scale, 2)),
            ("Calls and data beyond plan", round(rng.uniform(0, 20) * scale, 2)),
        ]
    else:
        used = rng.randint(180, 1400)
        rate = round(rng.uniform(0.18, 0.38) * scale, 4)
        charges = [
            (
                f"Usage {used} {'kWh' if service != 'Water' else 'kL'} @ {rate}",
                round(used * rate, 2),
            ),
            (
                f"Daily supply charge {(end - start).days} days",
                round((end - start).days * rng.uniform(0.8, 1.3) * scale, 2),
            ),
        ]
    new = round(sum(a for _, a in charges), 2)
    tax = round(new * land.rate, 2)
    arrears = round(rng.uniform(20, 150) * scale, 2) if rng.random() < 0.3 else 0.0
    total = round(new + tax + arrears, 2)
    d.items = [LineItem(name, None, None, amount) for name, amount in charges]
    debit = rng.random() < 0.3
    meter = "Meter" if service in ("Electricity", "Gas", "Water") else "Service"
    pay_label = "Direct debit on" if debit else rng.choice(("Due date", "Please pay by", "Pay by"))
    panel = [
        ("Account number", f"{rng.randint(100000, 999999)}{rng.randint(10, 99)}"),
        (
            rng.choice(("Bill number", "Invoice number", "Tax invoice no.")),
            d.num(f"{rng.randint(10000000, 99999999)}"),
        ),
        ("Issue date", d.date("issue", issued, style)),
        ("Total amount due", d.money(total, key="total")),
        (pay_label, d.date("due", due, style)),
    ]
    rows = [["Charge", "Amount"]] + [[n, plain(a, land)] for n, a in charges]
    account_lines = (
        [
            ("Previous bill", d.money(rng.uniform(40, 300) * scale)),
            ("Balance carried forward", d.money(arrears)),
        ]
        if arrears or rng.random() < 0.5
        else []
    )
    body = [
        ("title", f"Your {service.lower()} bill"),
        (
            "lines",
            [
                f"Billing period: {d.date(None, start, style)} - {d.date(None, end, style)}",
                f"{meter} no. {rng.randint(1000000, 9999999)}",
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                *account_lines,
                ("New charges", d.money(new)),
                (f"{land.tax}", d.money(tax)),
                ("Total amount due", money_plain(d, total)),
            ],
        ),
        (
            "para",
            "We will collect this amount from your nominated account. No action is needed."
            if debit
            else "Pay online, by phone or at any post office. A late payment fee may apply.",
        ),
    ]
    slip = [
        (
            "kv",
            [
                ("Customer", holder),
                ("Account number", panel[0][1]),
                ("Amount due", money_plain(d, total)),
                ("Due by", d.date(None, due, style) if not debit else "Paid by direct debit"),
            ],
        )
    ]
    sheet = Sheet(
        head=[d.seller(firm), *address(rng, land)],
        panel=panel,
        panel_style=rng.choice(("box", "stack", "band")),
        address=[holder, *address(rng, land)],
        body=body,
        slip=slip if rng.random() < 0.7 else [],
        text_panel=rng.choice(("kv", "columns", "kv_below")),
        footer=[f"{firm.rstrip('.')}. Faults and emergencies 24/7. Complaints: see our website."],
    )
    return sheet, d


__all__ = ["bank_statement", "card_statement", "utility_bill"]
