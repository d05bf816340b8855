"""The account statements the packets of :mod:`testbed.evaluation.variety_accounts_packets`
bundle, set on pages of their own: a UK bank's statement over two pages (brought forward at the
top of the second, carried forward at the foot of the first) and a supplier's statement of
account with its remittance slip on a page of its own (a page of the statement, not a document).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_accounts_paper import cash
from testbed.evaluation.variety_accounts_style import Doc, cents, short, when
from testbed.evaluation.variety_pages import Line, Page


def bank_pages(  # noqa: PLR0917 - the account's facts
    d: Doc,
    rng: random.Random,
    bank: str,
    holder: str,
    start: dt.date,
    end: dt.date,
    moves: list[tuple[dt.date, str, float]],
    opening: float,
) -> list[Page]:
    """A UK bank statement over two pages: balance brought forward, Paid out / Paid in /
    Balance columns, carried forward at the foot of page 1 and brought forward on page 2."""
    x = (56.0, 100.0, 330.0, 400.0, 470.0)
    account = f"{rng.randint(10000000, 99999999)}"
    closing = round(opening + sum(m[2] for m in moves), 2)
    first = Page()
    first.add(d.org(bank), "Statement", style="bold")
    first.add(d.person(holder), f"Account number {d.number(account)}")
    first.add("12 Abbey Close", f"{when(start, 'abbr')} to {d.day(end, 'abbr', 'issue')}")
    first.add("Bath BA2 4QT", f"Closing balance {d.total(closing, cash(d, 'en', closing))}")
    first.add("")
    head = Line(
        tuple(zip(x, ("Date", "Description", "Paid out", "Paid in", "Balance"), strict=True)),
        "bold",
    )
    first.lines += [head, Line(((x[1], "Balance brought forward"), (x[4], d.num(opening))))]
    page, balance = first, opening
    for index, (day, name, amount) in enumerate(moves):
        if index == len(moves) // 2:
            page.lines.append(Line(((x[1], "Balance carried forward"), (x[4], d.num(balance)))))
            page.footer = "Page 1 of 2"
            page = Page()
            page.add(f"{holder}  Account number {account}", "Statement continued")
            page.lines += [head, Line(((x[1], "Balance brought forward"), (x[4], d.num(balance))))]
        balance = round(balance + amount, 2)
        cell = (x[2] if amount < 0 else x[3], d.num(abs(amount)))
        page.lines.append(
            Line(
                (
                    (x[0], short(day, "abbr")),
                    (x[1], d.item(name, abs(amount))),
                    cell,
                    (x[4], d.num(balance)),
                )
            )
        )
    page.lines.append(Line(((x[1], "Balance carried forward"), (x[4], d.num(balance)))))
    page.footer = "Page 2 of 2"
    return [first, page]


def account_statement(
    d: Doc, rng: random.Random, supplier: str, customer: str, day: dt.date, *, slip: bool
) -> list[Page]:
    """A supplier's statement of account: invoices, credit notes and payments with a running
    balance, the balance due and its ageing; the remittance slip to return on a second page."""
    account = f"{customer[:3].upper()}{rng.randint(1, 99):03d}"
    page = Page()
    page.add(d.vendor(supplier), "STATEMENT OF ACCOUNT", style="bold")
    page.add("Unit 9, Riverside Trading Estate, Leicester LE4 5BB")
    page.add("")
    page.add(d.org(customer), f"Account No: {d.number(account)}")
    page.add("Accounts Payable", f"Statement Date: {d.day(day, 'uk', 'issue')}")
    page.add("")
    x = (56.0, 120.0, 300.0, 380.0, 460.0)
    page.lines.append(
        Line(
            tuple(zip(x, ("Date", "Reference", "Debit", "Credit", "Balance"), strict=True)), "bold"
        )
    )
    balance = 0.0
    entries = []
    for step in range(rng.randint(4, 6)):
        when_ = day - dt.timedelta(days=60 - step * 11)
        kind = (
            "payment"
            if step in (2, 4)
            else "credit"
            if step == 3 and rng.random() < 0.5
            else "invoice"
        )
        value = (
            cents(rng, 80, 1400)
            if kind == "invoice"
            else -cents(rng, 30, max(31.0, balance * 0.9 or 40))
        )
        label = {
            "invoice": f"Invoice SI-{rng.randint(20000, 29999)}",
            "payment": "Payment received - thank you",
            "credit": f"Credit note SC-{rng.randint(3000, 3999)}",
        }[kind]
        entries.append((when_, label, round(value, 2)))
    for when_, label, value in entries:
        balance = round(balance + value, 2)
        cell = (x[2] if value > 0 else x[3], d.num(abs(value)))
        page.lines.append(
            Line(
                (
                    (x[0], when(when_, "uk")),
                    (x[1], d.item(label, abs(value))),
                    cell,
                    (x[4], d.num(balance)),
                )
            )
        )
    page.add("")
    page.add("BALANCE DUE", d.total(balance, cash(d, "en", balance)), style="bold")
    page.add("Current  30 days  60 days  90+ days")
    pages = [page]
    if slip:
        stub = Page()
        stub.add("REMITTANCE SLIP - please return with your payment", style="bold")
        stub.add(supplier, f"Account No: {account}")
        stub.add(customer, f"Statement Date: {when(day, 'uk')}")
        stub.add("Amount due", cash(d, "en", balance))
        stub.add("Amount enclosed  ______________")
        stub.add("Cheques payable to " + supplier + ". BACS: sort code 30-92-14 account 55120984")
        pages.append(stub)
    return pages


__all__ = ["account_statement", "bank_pages"]
