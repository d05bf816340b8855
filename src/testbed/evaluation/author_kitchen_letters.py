"""The drawer's official papers: a homeowners' association's or club's meeting minutes with
those present, a tax office's letter and the council's letters (a permit renewal and the
yearly council tax bill with its instalments).

How they are read (the author's own reading): minutes are dated the day of the meeting and
have no number. The tax office's letter is a ``letter`` numbered by its own reference ("Our
reference"), not the taxpayer's reference; when it asks for money it bills that amount, due on
the pay-by date. The permit letter likewise. The council tax bill is an ``invoice`` from the
council; it prints account and property references but no bill number of its own, so it has
none, and its ten instalment dates leave it without one due date.
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
    town,
)
from testbed.evaluation.truth import Labels
from testbed.evaluation.variety_dues_print import Sheet


def _day(rng: random.Random) -> dt.date:
    return dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))


def minutes(rng: random.Random) -> tuple[Sheet, Labels]:
    """Board minutes of a homeowners' association (US) or a residents' or tennis club (UK,
    AU): those present and absent, the treasurer's figures, motions, the next meeting."""
    place = PLACES[rng.choice(("us", "uk", "au"))]
    p = Paper(place, rng, "minutes")
    body_name = p.org(
        rng.choice(
            ("Maple Grove Homeowners Association", "Cedar Ridge HOA")
            if place.code == "us"
            else ("Elmfield Lawn Tennis Club", "Wattle Court Residents' Association")
        )
    )
    held = _day(rng)
    previous = held - dt.timedelta(days=rng.choice((28, 35, 91)))
    following = held + dt.timedelta(days=rng.choice((28, 35, 91)))
    names = [person(rng) for _ in range(rng.randint(4, 6))]
    names = list(dict.fromkeys(names))
    present, absent = names[:-1], names[-1:]
    for name in names:
        p.who(name)
    chair, secretary = present[0], present[1]
    manager = p.who(person(rng))
    firm = p.org(rng.choice(("Summit Community Management", "Keystone Estates Ltd")))
    contractor = p.org(
        rng.choice(("GreenScape Landscaping LLC", "Ace Court Resurfacing Ltd", "BrightPath Paving"))
    )
    operating, reserve = round(rng.uniform(8000, 40000), 2), round(rng.uniform(50000, 200000), 2)
    quote = float(rng.choice((4800, 7250, 12400)))
    body = [
        ("title", f"{body_name}"),
        ("heading", f"Minutes of the board meeting held on {p.day(held, 'issue')}"),
        (
            "kv",
            [
                (
                    "Place",
                    f"{rng.choice(('Clubhouse', 'Community room'))}, {town(rng, place)}",
                ),
                ("Present", ", ".join(present)),
                ("Apologies / absent", ", ".join(absent)),
                ("Also present", f"{manager}, {firm}"),
            ],
        ),
        (
            "para",
            f"1. Call to order. {chair} (chair) opened the meeting at 7:0{rng.randint(0, 9)} pm; a "
            "quorum was present.",
        ),
        (
            "para",
            f"2. Minutes. The minutes of the meeting of {p.day(previous)} were approved "
            "without changes.",
        ),
        (
            "para",
            f"3. Treasurer's report. Operating account {p.money(operating)}; reserve fund "
            f"{p.money(reserve)}. Delinquent dues: {rng.randint(1, 6)} accounts.",
        ),
        (
            "para",
            f"4. Contracts. The board reviewed the quote from {contractor} for "
            f"{p.money(quote)}. Motion to accept made by {present[2]}, seconded by "
            f"{present[1]}; carried {len(present) - 1}-0, one abstention.",
        ),
        (
            "para",
            f"5. Next meeting: {p.day(following)} at the same place. The meeting was "
            "adjourned at 8:4"
            f"{rng.randint(0, 9)} pm.",
        ),
        ("lines", [f"Minutes taken by {secretary}, secretary"]),
    ]
    return Sheet(body=body), p.labels()


def tax_letter(rng: random.Random) -> tuple[Sheet, Labels]:
    """A tax office's letter: a balancing payment to make, or the assessment's outcome."""
    place = PLACES[rng.choice(("uk", "eu", "au"))]
    p = Paper(place, rng, "letter")
    office = p.org(
        {
            "uk": "Revenue & Taxation Office - Self Assessment",
            "eu": "Belastingkantoor Amsterdam",
            "au": "National Taxation Office",
        }[place.code]
    )
    taxpayer = p.who(person(rng))
    written = _day(rng)
    due = written + dt.timedelta(days=rng.choice((30, 31, 42)))
    owed = round(rng.uniform(180, 4200), 2)
    income_year = written.year - 1
    own_ref = f"{rng.choice(('SA', 'TX', 'NOA'))}/{digits(rng, 6)}/{rng.choice('ABCK')}"
    their = {
        "uk": ("Unique taxpayer reference", f"{digits(rng, 5)} {digits(rng, 5)}"),
        "eu": ("Citizen service number (BSN)", digits(rng, 9)),
        "au": ("Tax file number", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"),
    }[place.code]
    refs = [("Our reference", p.own_number(own_ref)), their, ("Date", p.day(written, "issue"))]
    rng.shuffle(refs)
    officer = p.who(person(rng))
    year_end = {
        "uk": dt.date(income_year, 4, 5),
        "eu": dt.date(income_year, 12, 31),
        "au": dt.date(income_year, 6, 30),
    }[place.code]
    body = [
        ("lines", [office, "PO Box " + digits(rng, 4)]),
        ("kv", refs),
        ("lines", address(rng, place, taxpayer)),
        ("title", f"Tax return {income_year}: amount to pay"),
        ("para", f"Dear {taxpayer},"),
        (
            "para",
            f"We have processed your tax return for the year ended {p.day(year_end)}. "
            f"Tax due for the year is {p.money(owed + 1200)}; payments on account already "
            f"made were {p.money(1200.0)}.",
        ),
        ("kv", [("Amount you owe", p.money(owed, total=True)), ("Pay by", p.day(due, "due"))]),
        (
            "para",
            "If you do not pay by this date we will charge interest from the day after. "
            f"Pay by bank transfer using reference {own_ref.replace('/', '')}. "
            "If you think this is wrong, contact us within 30 days.",
        ),
        ("lines", ["Yours faithfully,", officer, "for the Tax Office"]),
    ]
    return Sheet(
        body=body, footer=[f"Please quote our reference in all correspondence. {office}."]
    ), p.labels()


def permit_letter(rng: random.Random) -> tuple[Sheet, Labels]:
    """The council's letter inviting a resident to renew a parking permit (or a garden waste
    subscription) for a fee, by a date."""
    place = PLACES[rng.choice(("uk", "au"))]
    p = Paper(place, rng, "letter")
    council = p.org(
        rng.choice(("Riverside District Council", "City of Port Ellis", "Hartmoor Borough Council"))
    )
    resident = p.who(person(rng))
    written = _day(rng)
    pay_by = written + dt.timedelta(days=rng.choice((21, 28)))
    expires = pay_by + dt.timedelta(days=rng.randint(3, 12))
    what, fee = rng.choice(
        (
            ("residents' parking permit", rng.choice((85.0, 120.0))),
            ("garden waste collection subscription", rng.choice((52.0, 65.0))),
        )
    )
    ref = f"{rng.choice(('PP', 'GW', 'RES'))}/{written.year}/{digits(rng, 5)}"
    home = address(rng, place, resident)
    body = [
        ("lines", [council, "Customer Services", "Town Hall"]),
        (
            "columns",
            [
                (home[0], f"Reference number: {p.own_number(ref)}"),
                (home[1], f"Date: {p.day(written, 'issue')}"),
                (home[2], f"Account no.: {digits(rng, 8)}"),
            ],
        ),
        ("title", f"Renew your {what}"),
        ("para", f"Dear {resident},"),
        (
            "para",
            f"Your {what} expires on {p.day(expires)}. To keep it, please pay the annual "
            f"fee of {p.money(fee, total=True)} by {p.day(pay_by, 'due')} online or by phone, "
            "quoting the reference number above.",
        ),
        ("para", "If you no longer need it, you do not need to do anything."),
        ("lines", ["Yours sincerely,", p.who(person(rng)), "Parking and Waste Services"]),
    ]
    return Sheet(body=body), p.labels()


def council_tax(rng: random.Random) -> tuple[Sheet, Labels]:
    """The yearly council tax bill: the band's charge, a discount, ten instalments."""
    place = PLACES["uk"]
    p = Paper(place, rng, "invoice")
    council = rng.choice(("Hartmoor Borough Council", "Riverside District Council"))
    payer = p.who(person(rng))
    issued = dt.date(2026, 3, rng.randint(2, 14))
    band = rng.choice(("B", "C", "D"))
    annual = {"B": 1689.37, "C": 1930.71, "D": 2172.05}[band]
    discount = round(annual * 0.25, 2) if rng.random() < 0.5 else 0.0
    total = round(annual - discount, 2)
    p.row(f"Band {band} charge 1 April 2026 to 31 March 2027", None, None, annual)
    rows = [
        ["", "Amount"],
        [f"Band {band} charge 1 April 2026 to 31 March 2027", plain(annual, place)],
    ]
    if discount:
        p.row("Single person discount 25%", None, None, -discount)
        rows.append(["Single person discount 25%", plain(-discount, place)])
    instalment = round(total / 10, 2)
    first = round(total - 9 * instalment, 2)
    schedule = []
    for index in range(10):
        due = dt.date(2026 + (index + 3) // 12, (index + 3) % 12 + 1, 1)
        schedule.append(
            (p.day(due, "due", cite=False), p.money(first if index == 0 else instalment))
        )
    panel = [
        ("Account reference", digits(rng, 8)),
        ("Property reference", f"{digits(rng, 5)}{digits(rng, 4)}"),
        ("Date of bill", p.day(issued, "issue")),
        ("Valuation band", band),
    ]
    body = [
        ("title", "Council Tax Bill 2026/27"),
        ("table", rows),
        ("kv", [("Amount payable for 2026/27", p.money(total, total=True))]),
        ("heading", "Your instalments"),
        ("kv", schedule),
        (
            "para",
            "Instalments are due on the dates shown. Pay by Direct Debit to spread the "
            "cost; quote your account reference when you pay by other means.",
        ),
    ]
    sheet = Sheet(
        head=[p.seller(council), "Council Tax Section, PO Box " + digits(rng, 3)],
        panel=panel,
        address=address(rng, place, payer),
        body=body,
        panel_style="box",
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, p.labels()


__all__ = ["council_tax", "minutes", "permit_letter", "tax_letter"]
