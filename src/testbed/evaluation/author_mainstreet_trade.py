"""Main street's trade papers: a contractor's or plumber's invoice, the estimate before it and a
credit memo after it. Each prints the customer's and the job's numbers and several dates beside its
own; the labels are how a bookkeeper keying the paper in would read it.
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
    priced,
    tax_id,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

_TRADES = {
    "plumbing": (
        ("Replace water heater, 50 gal", 1, 1480.0),
        ("Labor - drain clearing", 2.5, 95.0),
        ("PEX fittings and valves", 6, 12.4),
        ("Service call", 1, 89.0),
        ("Shut-off valve, 3/4in", 2, 38.5),
    ),
    "electrical": (
        ("Panel upgrade 200A", 1, 2150.0),
        ("Labor (hrs)", 6, 88.0),
        ("GFCI receptacle", 4, 24.75),
        ("Permit fee", 1, 145.0),
        ("LED recessed fixture", 8, 42.0),
    ),
    "landscaping": (
        ("Spring clean-up", 1, 340.0),
        ("Mulch (cu yd)", 5, 46.0),
        ("Hedge trimming", 3, 55.0),
        ("Sod install (sq ft)", 400, 1.15),
        ("Dump fee", 1, 60.0),
    ),
    "painting": (
        ("Interior walls - living room", 1, 850.0),
        ("Trim & doors", 1, 420.0),
        ("Paint, eggshell (gal)", 7, 48.5),
        ("Drywall patch", 3, 35.0),
        ("Ceiling, 2 coats", 1, 390.0),
    ),
}
_NAMES = {
    "plumbing": ("{l} Plumbing & Heating", "Clearwater Plumbing Co.", "{l} & Sons Plumbing"),
    "electrical": ("{l} Electric LLC", "Brightline Electrical", "Volt & Wire Services"),
    "landscaping": ("Greenway Lawn & Garden", "{l} Landscapes", "Fernhill Grounds Care"),
    "painting": ("{l} Painting & Decorating", "True Colour Decorators", "Fresh Coat Pro Painters"),
}


def _trade(rng: random.Random) -> tuple[str, str, list[tuple[str, float, float]]]:
    trade = rng.choice(list(_TRADES))
    name = rng.choice(_NAMES[trade]).format(l=person(rng).split()[1])
    rows = rng.sample(_TRADES[trade], rng.randint(2, 4))
    return name, trade, [(t, float(q), u) for t, q, u in rows]


def _letterhead(paper: Paper, name: str) -> list[str]:
    rng, place = paper.rng, paper.place
    lines = [mark("vendor", paper.org(name)), *paper.address(), f"Tel {phone(rng, place)}"]
    if rng.random() < 0.6:
        lines.append(tax_id(rng, place))
    if place.country == "US" and rng.random() < 0.5:
        lines.append(f"License # {rng.choice('ABC')}{rng.randint(100000, 999999)}")
    return lines


#: How invoicing programs label the number, the date and the due date.
_WORDS = (
    ("Invoice #", "Date", "Due Date"),
    ("Invoice No.", "Invoice Date", "Payment Due"),
    ("Invoice Number", "Date of Issue", "Due Date"),
    ("INVOICE #", "DATE", "DUE DATE"),
    ("Inv. No.", "Issued", "Due"),
)


def contractor_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A tradesman's invoice: number and date box, Bill To / Job Site, terms."""
    paper = Paper.start(rng)
    name, _, rows = _trade(rng)
    issued = day_between(rng, dt.date(2025, 6, 1), dt.date(2026, 11, 20))
    number = rng.choice(
        (
            f"{rng.randint(1001, 9899)}",
            f"INV-{issued.year}-{rng.randint(10, 999):04d}",
            f"{rng.randint(20, 99)}{rng.randint(100, 999)}",
        )
    )
    customer = person(rng)
    cells, items, subtotal = priced(paper, rows)
    tax = round(subtotal * paper.place.tax_rate, 2) if rng.random() < 0.7 else 0.0
    total = round(subtotal + tax, 2)
    terms = rng.choice(("net", "net-dated", "receipt", "receipt-dated", "days"))
    days = rng.choice((15, 30)) if terms != "days" else rng.choice((7, 14, 20))
    words = rng.choice(_WORDS)
    panel = [(words[0], mark("documentNumber", number)), (words[1], paper.day(issued, "issue"))]
    if terms == "net-dated":
        panel.append((words[2], paper.day(issued + dt.timedelta(days=days), "due")))
    if terms == "receipt-dated":
        panel.append((words[2], paper.day(issued, "due")))
    panel.append(
        (
            "Terms",
            {
                "net": f"Net {days}",
                "net-dated": f"Net {days}",
                "receipt": "Due on receipt",
                "receipt-dated": "Due on receipt",
                "days": f"{days} days",
            }[terms],
        )
    )
    panel.append(("Customer ID", f"C{rng.randint(1000, 9999)}"))
    if rng.random() < 0.5:
        panel.append(("P.O. #", f"{rng.randint(4500, 4999)}{rng.randint(10, 99)}"))
    done = issued - dt.timedelta(days=rng.randint(1, 9))
    body: list[Block] = [
        ("title", "TAX INVOICE" if paper.place.country in ("AU", "NZ") else "INVOICE"),
        (
            "kv",
            [("Job site", _street(rng) + ", " + paper.city()), ("Work completed", paper.day(done))],
        ),
        ("table", [["Description", "Qty", "Rate", "Amount"], *cells]),
    ]
    sums = [("Subtotal", paper.money(subtotal))]
    if tax:
        sums.append((f"{paper.place.tax_label} {paper.place.tax_rate:.0%}", paper.money(tax)))
    sums.append(("Total", mark("total", paper.money(total, code=True))))
    deposit = round(total * 0.3, 0) if rng.random() < 0.3 else 0.0
    if deposit:
        sums += [
            ("Less deposit received", paper.money(-deposit)),
            ("Balance Due", paper.money(total - deposit, code=True)),
        ]
    body.append(("kv", sums))
    if terms == "days":
        due = issued + dt.timedelta(days=days)
        body.append(
            (
                "para",
                f"Payment is due within {days} days, by {paper.day(due, 'due')}. "
                "Please quote the invoice number with your payment.",
            )
        )
    else:
        cheque = "checks" if paper.place.country == "US" else "cheques"
        body.append(
            (
                "para",
                f"Make {cheque} payable to {name}. A finance charge of 1.5% per month "
                "applies to overdue balances. Thank you for your business!",
            )
        )
    sheet = Sheet(
        head=_letterhead(paper, name),
        panel=panel,
        address=["Bill To:", paper.who(customer), *paper.address()],
        body=body,
        panel_style=rng.choice(("box", "box", "band")),
        text_panel=rng.choice(("kv", "columns", "kv_below")),
        footer=[bank_line(rng, paper.place)] if rng.random() < 0.6 else [],
    )
    return sheet, labelled(paper, "invoice", number=number, vendor=name, total=total, items=items)


def _street(rng: random.Random) -> str:
    return f"{rng.randint(2, 2900)} {rng.choice(('Birch Ct', 'Lakeview Dr', 'Mill Rd', 'Park Pl'))}"


def estimate(rng: random.Random) -> tuple[Sheet, Labels]:
    """A quote before the work: its number, date and how long the price holds (the end)."""
    paper = Paper.start(rng)
    name, trade, rows = _trade(rng)
    issued = day_between(rng, dt.date(2025, 5, 1), dt.date(2026, 11, 1))
    word = rng.choice(("ESTIMATE", "QUOTATION", "QUOTE"))
    serial = rng.randint(1000, 4999)
    number = rng.choice((f"{serial}", f"Q-{serial}" if word != "ESTIMATE" else f"EST-{serial}"))
    customer = person(rng)
    cells, items, subtotal = priced(paper, rows)
    tax = round(subtotal * paper.place.tax_rate, 2)
    total = round(subtotal + tax, 2)
    valid = issued + dt.timedelta(days=rng.choice((30, 30, 60, 90)))
    start = issued + dt.timedelta(days=rng.randint(10, 40))
    label = {"ESTIMATE": "Estimate #", "QUOTATION": "Quotation No.", "QUOTE": "Quote #"}[word]
    panel = [
        (label, mark("documentNumber", number)),
        ("Date", paper.day(issued, "issue")),
        (rng.choice(("Valid until", "Expiration Date", "Quote valid to")), paper.day(valid, "end")),
        ("Prepared by", paper.who(person(rng))),
    ]
    body: list[Block] = [
        ("title", word),
        (
            "para",
            f"Re: proposed {trade} work at {_street(rng)}. Proposed start date "
            f"{paper.day(start)}, subject to acceptance.",
        ),
        ("table", [["Description", "Qty", "Unit Price", "Line Total"], *cells]),
        (
            "kv",
            [
                ("Subtotal", paper.money(subtotal)),
                (paper.place.tax_label, paper.money(tax)),
                (
                    "Estimate Total" if word == "ESTIMATE" else "Total",
                    mark("total", paper.money(total, code=True)),
                ),
            ],
        ),
        (
            "para",
            f"A deposit of 30% ({paper.money(round(total * 0.3, 2))}) is required to "
            "schedule the work; the balance is due on completion.",
        ),
        ("columns", [("Accepted by: ____________________", "Date: ____________")]),
    ]
    sheet = Sheet(
        head=_letterhead(paper, name),
        panel=panel,
        address=["Prepared for:", paper.who(customer), *paper.address()],
        body=body,
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, labelled(paper, "other", number=number, vendor=name, total=total, items=items)


def credit_memo(rng: random.Random) -> tuple[Sheet, Labels]:
    """A credit note against an earlier invoice, whose number and date it also prints."""
    paper = Paper.start(rng)
    name, _, rows = _trade(rng)
    issued = day_between(rng, dt.date(2025, 6, 1), dt.date(2026, 11, 20))
    original = issued - dt.timedelta(days=rng.randint(5, 60))
    us = paper.place.country in ("US", "CA")
    title, label = ("CREDIT MEMO", "Credit Memo #") if us else ("CREDIT NOTE", "Credit Note No.")
    number = rng.choice(
        (
            f"CM-{rng.randint(100, 999)}",
            f"CN{rng.randint(1000, 9999)}",
            f"{rng.randint(5000, 5999)}",
        )
    )
    returned = [
        (f"Returned: {t}" if q == int(q) else f"Adjustment: {t}", 1.0, u) for t, q, u in rows[:2]
    ]
    cells, items, subtotal = priced(paper, returned)
    tax = round(subtotal * paper.place.tax_rate, 2)
    total = round(subtotal + tax, 2)
    panel = [
        (label, mark("documentNumber", number)),
        ("Date", paper.day(issued, "issue")),
        ("Original Invoice #", f"{rng.randint(1001, 9899)}"),
        ("Invoice Date", paper.day(original)),
        ("Account No.", f"{rng.randint(10000, 99999)}"),
    ]
    body: list[Block] = [
        ("title", title),
        ("table", [["Description", "Qty", "Unit Price", "Credit"], *cells]),
        (
            "kv",
            [
                ("Subtotal", paper.money(subtotal)),
                (paper.place.tax_label, paper.money(tax)),
                ("Total Credit", mark("total", paper.money(total, code=True))),
            ],
        ),
        (
            "para",
            "This credit has been applied to your account and will be deducted from your "
            "next invoice. No payment is required.",
        ),
    ]
    customer = paper.org(
        rng.choice(
            (
                "Harlow Property Group",
                "Bayside Cafe Ltd",
                "Northgate Dental Care",
                "St. Brendan's Parish",
            )
        )
    )
    sheet = Sheet(
        head=_letterhead(paper, name),
        panel=panel,
        address=["Credit To:", customer, *paper.address()],
        body=body,
        text_panel=rng.choice(("kv", "columns", "kv_below")),
    )
    return sheet, labelled(paper, "invoice", number=number, vendor=name, total=total, items=items)
