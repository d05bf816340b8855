"""Held-out bank and card statements: account numbers, signed transactions, balances."""

from __future__ import annotations

import datetime as dt
import random

from testbed.heldout.commerce import Made
from testbed.heldout.ledger import Ledger, some_day
from testbed.heldout.sheet import Element, Page, Sheet
from testbed.heldout.vocab import BANKS, CARD_ISSUERS, SHOPS, STREETS, TOWNS

#: Counterparties of transactions: named in a row, not parties to the statement.
_PAYEES = SHOPS


def bank_statement(rng: random.Random, fmt: str, *, pages: int = 1) -> Made:
    style = rng.choice(("de", "nl", "uk", "us", "fr"))
    w = Ledger(rng, style)
    bank = w.org(rng.choice(BANKS))
    holder = w.person()
    end = some_day(rng)
    start = end - dt.timedelta(days=29)
    account = rng.choice(
        (
            f"{rng.randint(10000000, 99999999)}",
            f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
            f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        )
    )
    opening = round(rng.uniform(300, 9000), 2)
    balance = opening
    rows: list[list[str]] = []
    for index in range(rng.randint(5, 8) * pages):
        day = start + dt.timedelta(days=min(28, 1 + index * 27 // (8 * pages)))
        credit = rng.random() < 0.25
        value = round(rng.uniform(900, 3200) if credit else rng.uniform(4, 420), 2)
        signed = value if credit else -value
        balance = round(balance + signed, 2)
        if credit:
            text = rng.choice(("Salary payment", "Transfer from savings", "Refund"))
        else:
            kind = rng.choice(("Card payment", "Direct debit", "Standing order"))
            text = f"{kind} {rng.choice(_PAYEES)}"
        w.row(text, None, None, signed)
        rows.append(
            [
                w.day(day, form="iso" if style == "us" else None),
                text,
                ("+" if credit else "") + w.bare(signed),
                w.bare(balance),
            ]
        )
    header: list[Element] = [
        (
            "head",
            [bank, *_address(rng, style)],
            [
                rng.choice(("Account statement", "Statement of account")),
                f"Statement date: {w.day(end, 'issue')}",
                f"Page 1 of {pages}",
            ],
        ),
        ("lines", [holder, *_address(rng, style)]),
        (
            "fields",
            [
                (rng.choice(("Account number", "Account No.", "Acct no.")), w.doc_number(account)),
                ("Period", f"{w.day(start)} - {w.day(end)}"),
                ("Opening balance", w.money(opening)),
            ],
        ),
    ]
    cut = len(rows) // pages
    grid = ["Date", "Details", f"Amount ({w.currency})", "Balance"]
    numeric = [False, False, True, True]
    first: Page = [*header, ("grid", grid, rows[:cut] if pages > 1 else rows, numeric)]
    rest: list[Page] = []
    if pages > 1:
        rest = [
            [
                ("lines", [f"{bank} - {holder}", f"Page {n + 1} of {pages}"]),
                (
                    "grid",
                    grid,
                    rows[cut * n : cut * (n + 1)] if n + 1 < pages else rows[cut * n :],
                    numeric,
                ),
            ]
            for n in range(1, pages)
        ]
    closing: list[Element] = [
        ("sums", [("Closing balance", w.grand_total(balance))]),
        ("text", "Please check your statement and tell us about any entry you do not recognise."),
    ]
    (rest[-1] if rest else first).extend(closing)
    return Sheet.of(first, *rest), w.labels("statement", items=True)


def long_statement(rng: random.Random, fmt: str) -> Made:
    """A bank statement whose transactions run over two pages."""
    return bank_statement(rng, fmt, pages=2)


def card_statement(rng: random.Random, fmt: str) -> Made:
    style = rng.choice(("us", "uk"))
    w = Ledger(rng, style)
    issuer = w.org(rng.choice(CARD_ISSUERS))
    holder = w.person()
    closing_day = some_day(rng)
    due = closing_day + dt.timedelta(days=25)
    account = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    previous = round(rng.uniform(100, 2500), 2)
    rows, purchases = [], 0.0
    for index in range(rng.randint(4, 7)):
        shop = rng.choice(SHOPS)
        value = round(rng.uniform(6, 380), 2)
        purchases += value
        w.row(shop, None, None, value)
        day = closing_day - dt.timedelta(days=27 - index * 4)
        rows.append(
            [w.day(day, form="us_slash" if style == "us" else "uk_slash")[:5], shop, w.bare(value)]
        )
    payment = round(previous, 2)
    new_balance = round(previous - payment + purchases, 2)
    minimum = round(max(25.0, new_balance * 0.03), 2)
    body: list[Element] = [
        (
            "head",
            [issuer, "Card services", *_address(rng, style)],
            [
                f"Card account no. {w.doc_number(account)}",
                f"Statement closing date {w.day(closing_day, 'issue')}",
                f"Card ending 4{rng.randint(100, 999)}",
            ],
        ),
        ("lines", [holder, *_address(rng, style)]),
        (
            "fields",
            [
                ("Previous balance", w.money(previous)),
                ("Payments received", w.money(payment)),
                ("Purchases", w.money(purchases)),
                ("New balance", w.grand_total(new_balance)),
                ("Minimum payment", w.money(minimum)),
                ("Payment due date", w.day(due, "due")),
            ],
        ),
        ("grid", ["Date", "Merchant", "Amount"], rows, [False, False, True]),
        ("text", "Paying only the minimum will take longer and cost more in interest."),
    ]
    return Sheet.of(body), w.labels("statement", items=True)


def _address(rng: random.Random, style: str) -> list[str]:
    street = rng.choice(STREETS)
    number = rng.randint(2, 140)
    return [f"{number} {street}" if style in ("us", "uk") else f"{street} {number}", TOWNS[style]]
