"""The home's papers: the first page of a lease and the plumber's or electrician's invoice
written in a duplicate book (photographed or scanned).

How they are read (the author's own reading): a lease is a ``contract`` numbered by its
agreement reference, dated the day it was made, effective from the start of the term to its
last day. A tradesman's invoice with only "payment within 14 days" has no due date (none is
printed); its number is the book's running number.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_kitchen_style import (
    PLACES,
    Paper,
    address,
    digits,
    person,
    plain,
)
from testbed.evaluation.truth import Labels
from testbed.evaluation.variety_dues_print import Sheet


def _day(rng: random.Random) -> dt.date:
    return dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))


def lease(rng: random.Random) -> tuple[Sheet, Labels]:
    """The first page of a residential tenancy agreement."""
    place = PLACES[rng.choice(("uk", "us", "au"))]
    p = Paper(place, rng, "contract")
    landlord, tenant = p.who(person(rng)), p.who(person(rng))
    made = _day(rng)
    start = made + dt.timedelta(days=rng.randint(7, 30))
    months = rng.choice((6, 12, 12, 24))
    end_month = start.month - 1 + months
    end = dt.date(
        start.year + end_month // 12, end_month % 12 + 1, min(start.day, 28)
    ) - dt.timedelta(days=1)
    rent = float(rng.choice((950, 1240, 1580, 2100)))
    deposit = rent * rng.choice((1, 1.5, 2))
    ref = f"{rng.choice(('AST', 'LSE', 'RTA'))}-{made.year}-{digits(rng, 4)}"
    prop = address(rng, place, "")
    name = {
        "uk": "Assured Shorthold Tenancy Agreement",
        "us": "Residential Lease Agreement",
        "au": "Residential Tenancy Agreement",
    }[place.code]
    body = [
        ("title", name),
        (
            "kv",
            [
                ("Agreement ref", p.own_number(ref)),
                ("Date of this agreement", p.day(made, "issue")),
            ],
        ),
        (
            "para",
            f"This agreement is made between {landlord} (the Landlord) and {tenant} "
            f"(the Tenant) for the property at {prop[1]}, {prop[2]}.",
        ),
        (
            "kv",
            [
                ("Term", f"{months} months"),
                ("Start date", p.day(start, "effective")),
                ("End date", p.day(end, "end")),
                (
                    "Rent",
                    f"{p.money(rent)} per month, payable in advance on the "
                    f"{start.day}{'st' if start.day in (1, 21) else 'th'} of each month",
                ),
                ("Deposit", f"{p.money(deposit)}, protected in a government-approved scheme"),
            ],
        ),
        (
            "para",
            "1. The Tenant will pay the rent on time, keep the property clean and tell "
            "the Landlord promptly about repairs. 2. The Landlord will keep the structure "
            "and installations for water, gas and electricity in repair. 3. Either party "
            "may end the agreement after the fixed term by giving two months' notice.",
        ),
        (
            "columns",
            [
                ("Signed by the Landlord", "Signed by the Tenant"),
                (landlord, tenant),
                (p.day(made), p.day(made)),
            ],
        ),
    ]
    return Sheet(body=body, running=f"{ref}  page {{page}}"), p.labels()


def tradesman(rng: random.Random) -> tuple[Sheet, Labels]:
    """A plumber's or electrician's invoice from a duplicate book: few words, the work done,
    parts and labour, 'payment within 14 days'."""
    place = PLACES[rng.choice(("uk", "au", "us"))]
    p = Paper(place, rng, "invoice", date_style="uk_short" if place.code != "us" else "us_short")
    trade = rng.choice(("Plumbing & Heating", "Electrical Services", "Gas & Plumbing"))
    owner = person(rng)
    vendor = f"{owner.split()[-1]} {trade}"
    customer = p.who(person(rng))
    issued = _day(rng)
    jobs = rng.sample(
        [
            ("Replace kitchen tap + washers", 1, 85.0),
            ("Labour (hrs)", rng.choice((2, 3)), 55.0),
            ("Call-out charge", 1, 60.0),
            ("Fit new RCD to consumer unit", 1, 120.0),
            ("Copper pipe 15mm (m)", rng.randint(2, 5), 6.5),
        ],
        3,
    )
    rows = [["Qty", "Description", "Price", "Total"]]
    total = 0.0
    for text, qty, price in jobs:
        amount = round(qty * price, 2)
        total = round(total + amount, 2)
        p.row(text, qty, price, amount)
        rows.append([str(qty), text, plain(price, place), plain(amount, place)])
    number = f"{rng.randint(100, 999):04d}"
    lines = [
        p.seller(vendor),
        f"Mob. 0{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        f"{'ABN' if place.code == 'au' else 'Lic.'} {digits(rng, 8)}",
    ]
    body = [
        ("lines", lines),
        (
            "columns",
            [
                (f"INVOICE  No. {p.own_number(number)}", f"Date {p.day(issued, 'issue')}"),
                (f"To: {customer}", f"Job: {address(rng, place, '')[1]}"),
            ],
        ),
        ("table", rows),
        (
            "lines",
            [
                f"TOTAL {p.money(total, total=True)}",
                "Payment within 14 days please. Cash/transfer.",
                f"BSB/Acc {digits(rng, 6)} {digits(rng, 8)}"
                if place.code == "au"
                else f"Acc {digits(rng, 8)}",
                "Thank you!",
            ],
        ),
    ]
    return Sheet(body=body), p.labels()


__all__ = ["lease", "tradesman"]
