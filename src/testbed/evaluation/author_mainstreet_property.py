"""Main street's landlords and insurers: a property manager's rent invoice and tenant ledger,
and a health insurer's explanation of benefits (which says it is not a bill). They print
unit, lease, member and claim numbers and periods beside the paper's own date.
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

_MANAGERS = (
    "Keystone Property Management",
    "Harbour View Realty Ltd",
    "Oakridge Rentals LLC",
    "Southern Lettings & Property",
    "Parkside Property Managers",
)


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def rent_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """Next month's rent billed ahead: invoice date, the rent period, and its due date."""
    paper = Paper.start(rng)
    manager = paper.org(rng.choice(_MANAGERS))
    tenant = paper.who(person(rng))
    first = day_between(rng, dt.date(2025, 7, 1), dt.date(2026, 12, 1)).replace(day=1)
    issued = first - dt.timedelta(days=rng.choice((10, 14, 15)))
    last = _month_end(first)
    rent = float(rng.choice((1150, 1425, 1680, 2100, 2450)))
    rows = [(f"Monthly rent - Unit {rng.randint(1, 30)}{rng.choice('ABCD')}", rent)]
    for text, amount in (
        ("Parking space", 75.0),
        ("Water/sewer recharge", 42.18),
        ("Pet rent", 35.0),
        ("Late fee (prior month)", 50.0),
    ):
        if rng.random() < 0.35:
            rows.append((text, amount))
    total = round(sum(a for _, a in rows), 2)
    number = rng.choice((f"R-{rng.randint(10000, 99999)}", f"{rng.randint(300000, 399999)}"))
    panel = [
        ("Invoice #", mark("documentNumber", number)),
        ("Invoice Date", paper.day(issued, "issue")),
        ("Due Date", paper.day(first, "due")),
        ("Lease ID", f"L{rng.randint(1000, 9999)}"),
        ("Tenant ID", f"T{rng.randint(10000, 99999)}"),
    ]
    late = first + dt.timedelta(days=4)
    body: list[Block] = [
        ("title", "RENT INVOICE"),
        (
            "kv",
            [
                ("Rental period", f"{paper.day(first)} to {paper.day(last)}"),
                ("Property", f"{rng.randint(10, 900)} {rng.choice(('Elm', 'Cedar', 'Bay'))} Court"),
            ],
        ),
        ("table", [["Description", "Amount"], *[[t, paper.bare(a)] for t, a in rows]]),
        ("kv", [("Total Due", mark("total", paper.money(total, code=True)))]),
        (
            "para",
            f"Rent received after {paper.day(late)} incurs a late fee of "
            f"{paper.money(50.0)}. Pay online through the tenant portal or by bank "
            f"transfer quoting your Tenant ID.",
        ),
    ]
    sheet = Sheet(
        head=[mark("vendor", manager), *paper.address(), phone(rng, paper.place)],
        panel=panel,
        address=[tenant, *paper.address()],
        body=body,
        panel_style=rng.choice(("box", "band", "stack")),
        text_panel=rng.choice(("kv", "columns", "kv_below")),
        footer=[bank_line(rng, paper.place)] if rng.random() < 0.5 else [],
    )
    items = [LineItem(t, None, None, a) for t, a in rows]
    return sheet, labelled(
        paper, "invoice", number=number, vendor=manager, total=total, items=items
    )


def tenant_ledger(rng: random.Random) -> tuple[Sheet, Labels]:
    """A tenant's statement of account: months of charges and payments, a running balance,
    the balance owed as of the statement date; a long one runs onto a second page."""
    paper = Paper.start(rng)
    manager = paper.org(rng.choice(_MANAGERS))
    tenant = paper.who(person(rng))
    months = rng.randint(3, 9)
    start = day_between(rng, dt.date(2025, 1, 1), dt.date(2026, 3, 1)).replace(day=1)
    rent = float(rng.choice((980, 1325, 1590, 1875)))
    balance, rows, items = 0.0, [], []
    month = start
    for _ in range(months):
        entries = [(month, "Rent", rent)]
        if rng.random() < 0.3:
            entries.append((month.replace(day=6), "Late fee", 50.0))
        short = rng.choice((0.0, 0.0, 0.0, 100.0, rent))
        if short < rent:
            paid = (month.replace(day=rng.randint(1, 5)), "Payment - thank you", -(rent - short))
            entries.append(paid)
        for day, text, amount in sorted(entries, key=lambda entry: entry[0]):
            balance = round(balance + amount, 2)
            rows.append([paper.day(day), text, paper.bare(amount), paper.bare(balance)])
            items.append(LineItem(text, None, None, amount))
        month = _month_end(month) + dt.timedelta(days=1)
    balance = round(balance + rent, 2)
    rows.append([paper.day(month), "Rent", paper.bare(rent), paper.bare(balance)])
    items.append(LineItem("Rent", None, None, rent))
    issued = month + dt.timedelta(days=rng.randint(0, 6))
    lease_start = start - dt.timedelta(days=rng.choice((31, 92, 181)))
    panel = [
        ("Statement Date", paper.day(issued, "issue")),
        ("Tenant", tenant),
        ("Unit", f"{rng.randint(1, 40)}{rng.choice('ABC')}"),
        ("Lease start", paper.day(lease_start)),
        ("Lease end", paper.day(lease_start + dt.timedelta(days=364))),
    ]
    table = [["Date", "Description", "Amount", "Balance"], *rows]
    body: list[Block] = [("title", rng.choice(("TENANT LEDGER", "STATEMENT OF ACCOUNT")))]
    if len(rows) > 18:
        body += [("table", table[:16]), ("break", None), ("table", [table[0], *table[16:]])]
    else:
        body.append(("table", table))
    body.append(("kv", [("Balance Due", mark("total", paper.money(balance, code=True)))]))
    due = None
    if rng.random() < 0.6:
        due = issued + dt.timedelta(days=10)
        body.append(
            (
                "para",
                f"Please remit the balance by {paper.day(due, 'due')} to avoid further late fees.",
            )
        )
    else:
        body.append(("para", "Thank you for being a valued resident."))
    sheet = Sheet(
        head=[mark("vendor", manager), *paper.address(), phone(rng, paper.place)],
        panel=panel,
        address=[tenant, *paper.address()],
        body=body,
        running="Page {page} of {pages}" if len(rows) > 18 else None,
    )
    return sheet, labelled(
        paper, "statement", number=None, vendor=manager, total=balance, items=items
    )


def explanation_of_benefits(rng: random.Random) -> tuple[Sheet, Labels]:
    """An insurer's account of a claim: not a bill, so no total and no vendor; its number is
    the claim number, its date the statement date."""
    paper = Paper.start(rng, ("US",))
    insurer = paper.org(
        rng.choice(
            (
                "Cascade Health Plan",
                "Heartland Mutual Insurance",
                "Evergreen Benefit Administrators",
            )
        )
    )
    provider = paper.org(
        rng.choice(
            ("Valley Orthopedic Clinic", "Riverbend Imaging Center", "Prairie Pediatrics PC")
        )
    )
    member = paper.who(person(rng))
    issued = day_between(rng, dt.date(2025, 6, 1), dt.date(2026, 11, 20))
    served = issued - dt.timedelta(days=rng.randint(15, 45))
    received = served + dt.timedelta(days=rng.randint(3, 10))
    claim = f"{rng.randint(10, 99)}{rng.choice('ABEK')}{rng.randint(1000000, 9999999)}"
    rows, owe = [], 0.0
    for text in rng.sample(
        (
            "Office visit",
            "X-ray, knee 3 views",
            "Physical therapy eval",
            "Lab services",
            "Injection, joint",
        ),
        2,
    ):
        billed = float(rng.choice((180, 240, 395, 610)))
        allowed = round(billed * 0.62, 2)
        you = round(allowed * 0.2, 2)
        owe += you
        rows.append(
            [
                paper.day(served),
                text,
                paper.bare(billed),
                paper.bare(allowed),
                paper.bare(allowed - you),
                paper.bare(you),
            ]
        )
    panel = [
        ("Statement Date", paper.day(issued, "issue")),
        ("Member ID", f"XHM{rng.randint(100000000, 999999999)}"),
        ("Group #", f"{rng.randint(10000, 99999)}"),
        ("Claim Number", mark("documentNumber", claim)),
    ]
    body: list[Block] = [
        ("title", "EXPLANATION OF BENEFITS"),
        ("para", "THIS IS NOT A BILL. Keep this notice for your records."),
        (
            "kv",
            [("Patient", member), ("Provider", provider), ("Claim received", paper.day(received))],
        ),
        (
            "table",
            [["Date of Service", "Service", "Billed", "Allowed", "Plan Paid", "You Owe"], *rows],
        ),
        ("kv", [("Total you may owe the provider", paper.money(owe))]),
        (
            "para",
            "If you disagree with this decision you may appeal within 180 days of the date "
            f"of this statement. Member services: {phone(rng, paper.place)}.",
        ),
    ]
    sheet = Sheet(
        head=[insurer, "PO Box " + str(rng.randint(1000, 9999)), paper.city()],
        panel=panel,
        address=[member, *paper.address()],
        body=body,
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, labelled(paper, "other", number=claim, vendor=None, total=None)
