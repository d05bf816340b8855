"""Main street's meetings and agreements: an HOA's, club's or school board's minutes (who was
present, absent, also in attendance; the meeting's date beside the last and the next
meeting's) and a lease or service agreement (the day it is made, its commencement and expiry).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_mainstreet_kit import (
    Paper,
    day_between,
    labelled,
    person,
    street,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

_BODIES = (
    "Willow Creek Homeowners Association",
    "Lakeside Rowing Club",
    "Pine Hill Elementary School Board",
    "Rosebank Residents' Association",
    "Thornbury Bowls Club",
    "Cedar Point Condominium Corporation No. 412",
)


def minutes(rng: random.Random) -> tuple[Sheet, Labels]:
    """A board's minutes: dated by the meeting; no number, vendor or total."""
    paper = Paper.start(rng)
    board = paper.org(rng.choice(_BODIES))
    held = day_between(rng, dt.date(2025, 5, 1), dt.date(2026, 11, 25))
    last = held - dt.timedelta(days=rng.choice((28, 30, 35, 91)))
    following = held + dt.timedelta(days=rng.choice((28, 30, 35, 91)))
    names = list(dict.fromkeys(person(rng) for _ in range(8)))
    present, absent = names[:5], names[5:6]
    guests = names[6:7]
    for name in names[:7]:
        paper.who(name)
    chair, secretary = present[0], present[-1]
    owners = any(word in board for word in ("Homeowners", "Residents", "Condominium"))
    guest_role = "property manager" if owners else rng.choice(("guest", "auditor", "member"))
    repair = float(rng.choice((2800, 4500, 6250, 11900)))
    reserve = round(rng.uniform(20000, 140000), 2)
    operating = round(rng.uniform(3000, 30000), 2)
    style = rng.random() < 0.5
    town = f"{street(rng)}, {paper.city()}"
    when = paper.day(held, "issue")
    head = [
        ("Date", when),
        ("Time", rng.choice(("7:00 p.m.", "6:30 pm", "19:30"))),
        ("Location", f"{rng.choice(('Clubhouse', 'Library meeting room B'))}, {town}"),
    ]
    body: list[Block] = [
        (
            "title",
            f"Minutes of the {rng.choice(('Regular', 'Monthly', 'Quarterly'))} Meeting "
            "of the Board of Directors",
        ),
        ("lines", [board]),
        ("kv", head)
        if style
        else ("para", f"Held on {when} at 7:00 p.m. in the clubhouse, {town}."),
        (
            "kv",
            [
                ("Present", ", ".join(present)),
                ("Absent", ", ".join(absent)),
                ("Also in attendance", f"{guests[0]} ({guest_role})"),
            ],
        ),
        ("heading", "1. Call to order"),
        (
            "para",
            f"{chair}, President, called the meeting to order at 7:04 p.m. A quorum was present.",
        ),
        ("heading", "2. Approval of minutes"),
        ("para", f"The minutes of the meeting of {paper.day(last)} were approved as circulated."),
        ("heading", "3. Treasurer's report"),
        (
            "para",
            f"Operating account balance {paper.money(operating)}; reserve fund "
            f"{paper.money(reserve)}."
            + (" Two owners are more than 60 days in arrears." if owners else ""),
        ),
        ("heading", "4. New business"),
        (
            "para",
            f"Motion to accept the quote of {paper.money(repair)} for roof and gutter "
            f"repairs, work to be completed by {paper.day(following - dt.timedelta(days=7))}. "
            "Moved, seconded, carried unanimously.",
        ),
        ("heading", "5. Next meeting and adjournment"),
        (
            "para",
            f"The next meeting will be held on {paper.day(following)}. "
            "The meeting was adjourned at 8:41 p.m.",
        ),
        ("lines", [f"Recorded by: {secretary}, Secretary"]),
    ]
    sheet = Sheet(body=body, footer=[f"{board} - minutes - page 1"] if rng.random() < 0.4 else [])
    return sheet, labelled(paper, "minutes", number=None, vendor=None, total=None)


def agreement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A lease or service agreement: dated the day it is made, running from its commencement
    to its expiry; the rent or fee is an amount, not a total (it bills nothing)."""
    paper = Paper.start(rng)
    lease = rng.random() < 0.55
    made = day_between(rng, dt.date(2025, 3, 1), dt.date(2026, 11, 1))
    start = (made + dt.timedelta(days=rng.randint(5, 40))).replace(day=1)
    if start <= made:
        start = (start + dt.timedelta(days=32)).replace(day=1)
    months = rng.choice((6, 12, 12, 24))
    year, month = divmod(start.month - 1 + months, 12)
    end = dt.date(start.year + year, month + 1, 1) - dt.timedelta(days=1)
    if lease:
        owner = paper.org(
            rng.choice(("Greystone Holdings LLC", "Kowhai Properties Ltd", "Marlow Estates Ltd"))
        )
        other = paper.who(person(rng))
        roles, title = (
            ("Landlord", "Tenant"),
            rng.choice(("Residential Lease Agreement", "Residential Tenancy Agreement")),
        )
        fee = float(rng.choice((1250, 1675, 2200, 2890)))
        rent = paper.money(fee, code=True)
        what = f"rent of {rent} per month, payable in advance on the first of the month"
        extra = f"Security deposit (bond): {paper.money(fee * rng.choice((1, 1.5, 2)))}"
    else:
        owner = paper.org(
            rng.choice(
                (
                    "Spotless Commercial Cleaning Inc.",
                    "ClearPath IT Services",
                    "Evergreen Grounds Maintenance",
                )
            )
        )
        other = paper.org(
            rng.choice(
                ("Hillcrest Medical Centre", "Old Mill Brewing Co.", "Westview Montessori School")
            )
        )
        roles, title = ("Provider", "Client"), "Service Agreement"
        fee = float(rng.choice((480, 950, 1800, 3200)))
        what = f"a monthly fee of {paper.money(fee, code=True)}, invoiced monthly, payment Net 30"
        extra = f"Early termination: 60 days' written notice; fee {paper.money(fee)}."
    seat = ", ".join(paper.address())
    numbered = rng.random() < 0.45
    number = f"{'LA' if lease else 'SA'}-{made.year}-{rng.randint(10, 999):03d}"
    day = f"{paper.day(made)}"
    made_text = mark("issueDate", day)
    paper.dates.append(("issue", made.isoformat()))
    terms = [
        ("Commencement Date", paper.day(start, "effective")),
        ("Expiry Date" if rng.random() < 0.6 else "Termination Date", paper.day(end, "end")),
        ("Term", f"{months} months"),
    ]
    body: list[Block] = [("title", title)]
    if numbered:
        body.append(("kv", [("Agreement No.", mark("documentNumber", number))]))
    body += [
        (
            "para",
            f"This Agreement is made on {made_text} between {owner} of {seat} "
            f'(the "{roles[0]}") and '
            f'{other} (the "{roles[1]}").',
        ),
        ("heading", "1. Term"),
        ("kv", terms),
        ("heading", "2. Payment"),
        ("para", f"The {roles[1]} shall pay {what}."),
        ("para", extra),
        ("heading", "3. Renewal"),
        (
            "para",
            "Unless either party gives notice at least 30 days before the expiry date, this "
            "agreement continues month to month on the same terms.",
        ),
        (
            "columns",
            [
                (f"For the {roles[0]}: ______________", f"For the {roles[1]}: ______________"),
                (
                    f"Date: {paper.day(made)}",
                    f"Date: {paper.day(made + dt.timedelta(days=rng.randint(0, 4)))}",
                ),
            ],
        ),
    ]
    if lease:
        body.insert(
            2 if numbered else 1, ("kv", [("Premises", f"{paper.address()[0]}, {paper.city()}")])
        )
    sheet = Sheet(body=body, footer=["Initials: ______  ______"] if rng.random() < 0.5 else [])
    return sheet, labelled(
        paper, "contract", number=number if numbered else None, vendor=None, total=None
    )
