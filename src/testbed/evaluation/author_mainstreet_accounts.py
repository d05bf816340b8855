"""Main street's accounts receivable: a wholesaler's month-end statement of account (a table of
the invoices it covers, each with its own number and date, and the amount due) and a
reminder letter about an overdue invoice (the invoice's number, date and old due date beside
the letter's own reference, date and new pay-by date).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_mainstreet_kit import (
    Paper,
    bank_line,
    day_between,
    labelled,
    person,
    phone,
)
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

_SUPPLIERS = (
    "Coastal Restaurant Supply",
    "Benchmark Building Supplies",
    "Hillside Print & Copy",
    "Prairie Farm & Feed Co-op",
    "Tasman Wholesale Foods Ltd",
)
_CUSTOMERS = (
    "Blue Door Bistro",
    "Kettle & Crumb Bakery",
    "Summit Roofing LLC",
    "Riverbend Veterinary Hospital",
    "Harbour Lights Motel",
)


def supplier_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A statement of account: it has no number of its own (the invoice numbers in its table
    are the invoices'), it bills the amount due, and it is due by its pay-by date if printed."""
    paper = Paper.start(rng)
    supplier = paper.org(rng.choice(_SUPPLIERS))
    customer = paper.org(rng.choice(_CUSTOMERS))
    issued = _month_end(day_between(rng, dt.date(2025, 5, 1), dt.date(2026, 10, 31)))
    opening = issued.replace(day=1)
    forward = round(rng.choice((0.0, rng.uniform(200, 1500))), 2)
    rows: list[tuple[dt.date, str, str, float]] = []
    if forward:
        rows.append((opening, "", "Balance brought forward", forward))
        rows.append(
            (opening + dt.timedelta(days=rng.randint(3, 12)), "", "Payment - thank you", -forward)
        )
    for _ in range(rng.randint(2, 5)):
        day = day_between(rng, opening, issued)
        rows.append(
            (day, f"INV {rng.randint(40000, 49999)}", "Invoice", round(rng.uniform(60, 900), 2))
        )
    if rng.random() < 0.3:
        day = day_between(rng, opening, issued)
        rows.append(
            (
                day,
                f"CN {rng.randint(500, 999)}",
                "Credit note - returned goods",
                -round(rng.uniform(20, 80), 2),
            )
        )
    rows.sort()
    balance, cells, items = 0.0, [], []
    for day, ref, text, amount in rows:
        balance = round(balance + amount, 2)
        cells.append([paper.day(day), ref, text, paper.bare(amount), paper.bare(balance)])
        items.append(LineItem(f"{ref} {text}".strip(), None, None, amount))
    dated = rng.random() < 0.6
    due = (
        _month_end(issued + dt.timedelta(days=5))
        if rng.random() < 0.5
        else issued + dt.timedelta(days=30)
    )
    terms = rng.choice(("30 days EOM", "Net 30", "20th of following month"))
    panel = [
        ("Statement Date", paper.day(issued, "issue")),
        ("Account No.", f"{customer[:3].upper()}{rng.randint(100, 999)}"),
        ("Terms", terms),
    ]
    body: list[Block] = [
        ("title", rng.choice(("STATEMENT", "Statement of Account", "Monthly Statement"))),
        ("table", [["Date", "Reference", "Details", "Amount", "Balance"], *cells]),
        (
            "table",
            [
                ["Current", "30 Days", "60 Days", "90+ Days"],
                [paper.bare(balance), "0.00", "0.00", "0.00"],
            ],
        ),
        ("kv", [("Amount Due", mark("total", paper.money(balance, code=True)))]),
    ]
    if dated:
        body.append(
            (
                "para",
                f"Please pay by {paper.day(due, 'due')}. Accounts unpaid after "
                "the due date may be placed on stop.",
            )
        )
    else:
        body.append(("para", f"Terms: {terms}. Please advise us promptly of any query."))
    slip: list[Block] = [
        (
            "kv",
            [
                ("Remittance advice - account", customer),
                ("Statement date", paper.day(issued)),
                ("Amount due", paper.money(balance)),
                ("Amount paid", "__________"),
            ],
        )
    ]
    sheet = Sheet(
        head=[mark("vendor", supplier), *paper.address(), phone(rng, paper.place)],
        panel=panel,
        address=[customer, *paper.address()],
        body=body,
        slip=slip,
        footer=[bank_line(rng, paper.place)],
        panel_style=rng.choice(("box", "band")),
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, labelled(
        paper, "statement", number=None, vendor=supplier, total=balance, items=items
    )


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def payment_reminder(rng: random.Random) -> tuple[Sheet, Labels]:
    """A reminder letter: its own reference is its number; it asks for the amount now owed
    (with the late fee) by a new date; the invoice's old dates are history, not its dates."""
    paper = Paper.start(rng)
    sender = paper.org(
        rng.choice(
            (
                "Bright Smile Dental",
                "Corner Hardware & Timber",
                "Alpine Heating & Cooling",
                "Lakeview Veterinary Clinic",
            )
        )
    )
    debtor = paper.who(person(rng))
    issued = day_between(rng, dt.date(2025, 5, 1), dt.date(2026, 11, 20))
    invoiced = issued - dt.timedelta(days=rng.choice((45, 60, 75)))
    old_due = invoiced + dt.timedelta(days=30)
    pay_by = issued + dt.timedelta(days=rng.choice((7, 10, 14)))
    invoice = f"{rng.randint(1000, 9999)}"
    owed = round(rng.uniform(90, 1400), 2)
    fee = rng.choice((0.0, 15.0, 25.0))
    now = round(owed + fee, 2)
    ref = rng.choice((f"AR/{rng.randint(1000, 9999)}", f"REM-{invoice}-{rng.randint(1, 3)}"))
    us = paper.place.country == "US"
    date_line = paper.day(issued, "issue")
    fee_text = (
        f" A late fee of {paper.money(fee)} has been added, so the amount now due is "
        f"{mark('total', paper.money(now, code=True))}."
        if fee
        else f" The amount due is {mark('total', paper.money(now, code=True))}."
    )
    body: list[Block] = [
        (
            "columns",
            [
                ("", date_line),
                ("", f"Our ref: {mark('documentNumber', ref)}"),
                ("", f"Account: {rng.randint(10000, 99999)}"),
            ],
        ),
        ("lines", [debtor, *paper.address()]),
        ("para", f"Dear {debtor}{':' if us else ','}"),
        ("heading", f"Re: Overdue account - invoice {invoice}"),
        (
            "para",
            f"Our records show that invoice {invoice} dated {paper.day(invoiced)} for "
            f"{paper.money(owed)}, which was due on {paper.day(old_due)}, remains unpaid."
            + fee_text,
        ),
        (
            "para",
            f"Please arrange payment by {paper.day(pay_by, 'due')}. If you have already "
            "paid, please disregard this letter. If you are having difficulty paying, call "
            f"us on {phone(rng, paper.place)} to arrange a payment plan.",
        ),
        (
            "lines",
            [
                "Yours sincerely," if not us else "Sincerely,",
                "",
                paper.who(person(rng)),
                "Accounts Receivable",
            ],
        ),
    ]
    sheet = Sheet(
        head=[sender, *paper.address(), phone(rng, paper.place)],
        body=body,
        footer=[bank_line(rng, paper.place)] if rng.random() < 0.5 else [],
    )
    return sheet, labelled(paper, "letter", number=ref, vendor=None, total=now)
