"""A supplier's accounts-receivable papers as they reach our AP desk: a first payment
reminder, a final notice with interest and a compensation fee, and a statement of account
with its ageing. Each lists other invoices' numbers, dates and due dates beside its own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_backoffice_orders import SUPPLIERS
from testbed.evaluation.author_backoffice_style import (
    Paper,
    address,
    buyer,
    digits,
    later,
    letters,
    person,
    some_day,
)
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet


def _overdue(p: Paper, today: dt.date, count: int) -> list[tuple[str, dt.date, dt.date, float]]:
    """Invoices long past due: number, issued, due, outstanding."""
    rows = []
    for _ in range(count):
        issued = later(today, -p.rng.randint(45, 120))
        rows.append((f"{digits(p.rng, 6)}", issued, later(issued, 30), p.price(150, 6000)))
    return sorted(rows, key=lambda r: r[1])


def _reminder(rng: random.Random, *, final: bool) -> tuple[Sheet, Labels]:
    p = Paper.of(rng)
    supplier, client, clerk = rng.choice(SUPPLIERS), buyer(rng, p.place), person(rng)
    today = some_day(rng)
    rows = _overdue(p, today, rng.randint(1, 4))
    owed = round(sum(r[3] for r in rows), 2)
    pay_by = later(today, rng.choice((7, 10, 14)))
    reference = rng.choice(
        (f"R{today.year % 100}-{digits(rng, 5)}", f"AR/{letters(rng, 2)}/{digits(rng, 4)}")
    )
    numbered = rng.random() < 0.7
    ref_label = "Our ref" if reference.startswith("AR") else "Reminder no."
    panel = [("Date", mark("issueDate", p.day(today))), ("Customer no.", digits(rng, 6))]
    if numbered:
        panel.insert(1, (ref_label, mark("documentNumber", reference)))
    table = [
        ["Invoice no.", "Invoice date", "Due date", "Days overdue", f"Outstanding {p.currency}"]
    ]
    for number, issued, due, amount in rows:
        table.append([number, p.day(issued), p.day(due), str((today - due).days), p.num(amount)])
    sums: list[tuple[str, str]] = [("Total overdue", p.money(owed))]
    total = owed
    if final:
        interest = round(owed * rng.choice((0.08, 0.1, 0.12)) * 30 / 365, 2)
        fee = rng.choice((40.0, 70.0, 100.0)) * (1 if p.place.scale < 2 else 10)
        total = round(owed + interest + fee, 2)
        sums += [
            ("Interest", p.money(interest)),
            ("Late payment compensation", p.money(fee)),
            ("Total now payable", mark("total", p.money(total))),
        ]
    else:
        sums[0] = ("Total overdue", mark("total", p.money(owed)))
    dated = final or rng.random() < 0.7
    if final:
        ask = (
            f"Unless we receive {p.money(total)} by {mark('dueDate', p.day(pay_by))}, we will "
            "place your account on stop and pass the debt to our collection agency without "
            "further notice."
        )
    elif dated:
        ask = (
            f"Please arrange payment by {mark('dueDate', p.day(pay_by))}. If you have "
            "already paid, please ignore this letter and accept our thanks."
        )
    else:
        ask = (
            "Please arrange payment within 7 days. If you have already paid, please ignore "
            "this letter and accept our thanks."
        )
    title = "FINAL NOTICE" if final else rng.choice(("Payment reminder", "Friendly reminder"))
    body: list[Block] = [
        ("title", title),
        ("para", "Dear Sir or Madam,"),
        (
            "para",
            "Our records show that the following invoices are overdue. "
            + (
                "This is our final reminder before legal action."
                if final
                else "We would be grateful for your prompt payment."
            ),
        ),
        ("table", table),
        ("kv", sums),
        ("para", ask),
        ("lines", ["Yours faithfully,", clerk, "Credit Control", supplier]),
    ]
    sheet = Sheet(
        head=[
            mark("vendor", supplier),
            address(rng, p.place),
            f"credit.control@{supplier.split()[0].lower()}.example",
        ],
        panel=panel,
        address=[client, "Accounts Payable", address(rng, p.place)],
        body=body,
        footer=[f"Bank details: {p.place.bank[0]}"],
        text_panel=rng.choice(("kv", "columns")),
    )
    dates = [("issue", today)] + ([("due", pay_by)] if dated else [])
    return sheet, p.labels(
        "letter",
        reference if numbered else None,
        organizations=(supplier, client),
        people=(clerk,),
        vendor=supplier,
        total=total,
        dates=tuple(dates),
    )


def dunning_first(rng: random.Random) -> tuple[Sheet, Labels]:
    """A first reminder: the overdue invoices with their own due dates, and (mostly) the day
    the supplier now asks to be paid by, which is this letter's due date."""
    return _reminder(rng, final=False)


def dunning_final(rng: random.Random) -> tuple[Sheet, Labels]:
    """A final notice: interest and a compensation fee on top; its total is what it demands."""
    return _reminder(rng, final=True)


def supplier_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A statement of account: invoices, credit notes and payments with a running balance,
    an ageing band under it, and the balance due as its total."""
    p = Paper.of(rng)
    supplier, client = rng.choice(SUPPLIERS), buyer(rng, p.place)
    dated = some_day(rng)
    opening = p.price(0, 4000)
    balance = opening
    split = rng.random() < 0.6
    table = [
        ["Date", "Details", "Due date", "Debit", "Credit", "Balance"]
        if split
        else ["Date", "Details", "Due date", "Amount", "Balance"]
    ]
    items: list[LineItem] = []
    start = later(dated, -60)
    for step in sorted(rng.sample(range(1, 58), rng.randint(3, 7))):
        day = later(start, step)
        kind = rng.choices(("Invoice", "Payment received", "Credit note"), (6, 3, 1))[0]
        amount = p.price(80, 4000) * (1 if kind == "Invoice" else -1)
        if kind != "Invoice" and balance + amount < 0:
            kind, amount = "Invoice", -amount
        balance = round(balance + amount, 2)
        details = (
            f"{kind} {digits(rng, 6)}" if kind != "Payment received" else f"{kind} - thank you"
        )
        due = p.day(later(day, 30)) if kind == "Invoice" else ""
        if split:
            debit, credit = (p.num(amount), "") if amount > 0 else ("", p.num(-amount))
            table.append([p.day(day), details, due, debit, credit, p.num(balance)])
        else:
            table.append([p.day(day), details, due, p.num(amount), p.num(balance)])
        items.append(LineItem(details, None, None, round(amount, 2)))
    total = round(balance, 2)
    current = round(min(total, total * rng.uniform(0.4, 1.0)), 2)
    older = round(total - current, 2)
    number = f"ST{digits(rng, 6)}" if rng.random() < 0.35 else None
    panel = [
        ("Statement date", mark("issueDate", p.day(dated))),
        ("Account no.", digits(rng, 6)),
        ("Currency", p.currency),
        ("Page", "1 of 1"),
    ]
    if number:
        panel.insert(0, ("Statement no.", mark("documentNumber", number)))
    remit = rng.random() < 0.5
    pay_by = later(dated, 14)
    closing = [("Balance due", mark("total", p.money(total)))]
    if remit:
        closing.append(("Please remit by", mark("dueDate", p.day(pay_by))))
    sheet = Sheet(
        head=[mark("vendor", supplier), address(rng, p.place), f"Sales ledger: {person(rng)}"],
        panel=panel,
        address=[client, "Accounts Payable", address(rng, p.place)],
        body=[
            ("title", "STATEMENT OF ACCOUNT"),
            ("kv", [("Balance brought forward", p.money(opening))]),
            ("table", table),
            ("kv", closing),
            (
                "table",
                [
                    ["Current", "31-60 days", "61-90 days", "Over 90 days", "Total"],
                    [p.num(current), p.num(older), p.num(0), p.num(0), p.num(total)],
                ],
            ),
            (
                "para",
                "Please check this statement against your records and tell us of any "
                "difference within 14 days. Payments received after the statement date "
                "are not shown.",
            ),
        ],
        footer=[f"{supplier} · {p.place.bank[0]}"],
        text_panel=rng.choice(("kv", "columns")),
    )
    dates = [("issue", dated)] + ([("due", pay_by)] if remit else [])
    return sheet, p.labels(
        "statement",
        number,
        organizations=(supplier, client),
        vendor=supplier,
        total=total,
        dates=tuple(dates),
        items=tuple(items),
    )


__all__ = ["dunning_final", "dunning_first", "supplier_statement"]
