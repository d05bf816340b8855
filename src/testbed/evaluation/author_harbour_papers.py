"""Papers that bill nothing: a service agreement, a tenancy agreement, a business letter with
its reference line, and the minutes of a meeting with its attendees.

An agreement is dated the day it is signed, takes effect on its commencement date and ends on
its expiry; its fees are terms, not a bill. A letter's number is the sender's reference ("Our
ref"), the one a reply quotes; a reminder's "please pay by" is its due date, but the invoice it
chases keeps its own number and amount. Minutes are dated by the meeting; the dates in their
action list are the actions', not the paper's.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_harbour_world import (
    Draft,
    address,
    company,
    date_style,
    land_of,
    person,
)
from testbed.evaluation.variety_dues_print import Sheet


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, 1)


def service_agreement(rng: random.Random) -> tuple[Sheet, Draft]:
    """A service agreement between a provider and a client: dated, a commencement date, an
    initial term ending on a stated day, a monthly fee, notice period, signatures."""
    land = land_of(rng)
    d = Draft("contract", land)
    style = rng.choice(("long", "long", "num", "short"))
    provider = d.org(company(rng, land))
    client = d.org(company(rng, land, avoid=provider))
    signed = dt.date(2025, 7, 1) + dt.timedelta(days=rng.randrange(450))
    start = _add_months(signed, 1)
    months = rng.choice((12, 24, 36))
    end = _add_months(start, months) - dt.timedelta(days=1)
    fee = d.money(rng.choice((450, 850, 1200, 2400, 3750)) * (80 if land.code == "IN" else 1))
    numbered = rng.random() < 0.6
    head = (
        f"Agreement No. {d.num(f'SA-{signed.year}-{rng.randint(10, 999):03d}')}"
        if numbered
        else f"Client ref. {rng.randint(1000, 9999)}"
    )
    a, b = d.who(person(rng)), d.who(person(rng))
    body = [
        (
            "title",
            rng.choice(("SERVICE AGREEMENT", "Master Services Agreement", "Maintenance Contract")),
        ),
        ("lines", [head]),
        (
            "para",
            f"This Agreement is dated {d.date('issue', signed, style)} and is made between "
            f'{provider} (the "Provider") and {client} (the "Client").',
        ),
        ("heading", "1. Term"),
        (
            "para",
            f"The services begin on the Commencement Date, {d.date('effective', start, style)}, "
            f"and continue for an initial term of {months} months ending on "
            f"{d.date('end', end, style)}, unless terminated earlier under clause 6.",
        ),
        ("heading", "2. Fees"),
        (
            "para",
            f"The Client shall pay the Provider {fee} per month plus {land.tax}, invoiced monthly "
            "in advance and payable within 14 days of the invoice date.",
        ),
        ("heading", "3. Notice"),
        (
            "para",
            "Either party may end this Agreement on 60 days' written notice after the initial "
            "term. Clauses 7 (Confidentiality) and 9 (Liability) survive termination.",
        ),
        (
            "columns",
            [
                (f"Signed for {provider}", f"Signed for {client}"),
                ("", ""),
                (a, b),
                ("Director", rng.choice(("Chief Financial Officer", "Director"))),
            ],
        ),
    ]
    return Sheet(body=body, footer=[f"{provider} - {client} - page 1 of 1"]), d


def tenancy(rng: random.Random) -> tuple[Sheet, Draft]:
    """A residential tenancy or lease: landlord, tenant, premises, start and end of the fixed
    term, rent per week or month, bond (and its lodgement number), signed at the foot."""
    land = land_of(rng, "AU NZ UK US IE CA")
    d = Draft("contract", land)
    style = date_style(rng, land)
    landlord, tenant = d.who(person(rng)), d.who(person(rng))
    agent = d.org(f"{rng.choice(('Ray', 'Harcourts', 'Belle', 'Foxtons'))} Property Management")
    start = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(450))
    end = start + dt.timedelta(days=rng.choice((182, 364, 365)))
    signed = start - dt.timedelta(days=rng.randint(5, 25))
    weekly = land.code in ("AU", "NZ")
    rent = rng.choice((450, 520, 680, 750)) if weekly else rng.choice((1150, 1600, 2250))
    bond = rent * (4 if weekly else 1.5)
    word = "week" if weekly else "month"
    title = {
        "AU": "RESIDENTIAL TENANCY AGREEMENT",
        "NZ": "Residential Tenancy Agreement",
        "UK": "Assured Shorthold Tenancy Agreement",
        "IE": "Letting Agreement",
    }.get(land.code, "LEASE AGREEMENT")
    body = [
        ("title", title),
        (
            "kv",
            [
                ("Landlord", landlord),
                ("Agent", agent),
                ("Tenant", tenant),
                ("Premises", ", ".join(address(rng, land))),
            ],
        ),
        (
            "kv",
            [
                ("Term", "Fixed term"),
                ("Start date", d.date("effective", start, style)),
                ("End date", d.date("end", end, style)),
                (
                    "Rent",
                    f"{d.money(rent)} per {word}, payable "
                    + rng.choice(("in advance", "fortnightly in advance")),
                ),
                ("Bond" if land.code != "US" else "Security deposit", d.money(bond)),
                ("Bond lodgement no.", f"{rng.randint(1000000, 9999999)}"),
            ],
        ),
        (
            "para",
            "The tenant must give at least 21 days' written notice to end the tenancy at the end "
            "of the fixed term. Rent is paid into the agent's trust account.",
        ),
        (
            "kv",
            [
                ("Signed by the landlord/agent", landlord),
                ("Signed by the tenant", tenant),
                ("Date", d.date("issue", signed, style)),
            ],
        ),
    ]
    return Sheet(body=body, footer=["Keep a copy of this agreement and the condition report."]), d


def letter(rng: random.Random) -> tuple[Sheet, Draft]:
    """A business letter: letterhead, date, addressee, "Our ref / Your ref", a subject line, and
    either a payment reminder (an invoice, its amount and a date to pay by) or a notice of new
    prices taking effect on a date."""
    land = land_of(rng, "UK IE AU NZ IN US CA SG")
    d = Draft("letter", land)
    style = rng.choice(("long", "long", "num"))
    sender = d.org(company(rng, land))
    to_firm = d.org(company(rng, land, avoid=sender))
    to_person = d.who(person(rng))
    writer = d.who(person(rng))
    dated = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(500))
    initials = (
        "".join(p[0] for p in writer.split()) + "/" + "".join(p[0] for p in to_person.split())
    )
    ours = f"{initials}/{rng.randint(100, 9999)}"
    refs = f"Our ref: {d.num(ours)}" + (
        f"    Your ref: {rng.choice(('PO', 'AC'))}{rng.randint(1000, 99999)}"
        if rng.random() < 0.6
        else ""
    )
    salutation = f"Dear {rng.choice(('Mr', 'Ms', 'Dr'))} {to_person.split()[-1]},"
    if rng.random() < 0.5:
        invoice = f"INV-{rng.randint(1000, 9999)}"
        billed = dated - dt.timedelta(days=rng.randint(35, 70))
        amount = d.money(rng.uniform(200, 9000) * (80 if land.code == "IN" else 1))
        subject = f"Re: Overdue account - invoice {invoice}"
        pay_by = dated + dt.timedelta(days=14)
        text = [
            f"Our records show that invoice {invoice} dated {d.date(None, billed, style)} "
            f"for {amount} remains unpaid, although it fell due some weeks ago.",
            f"Please arrange payment in full by {d.date('due', pay_by, style)}. "
            "If you have already paid, please accept our thanks and disregard this letter.",
            "If there is a problem with the invoice, please call our accounts team so we can "
            "resolve it.",
        ]
    else:
        subject = "Re: Changes to our price list"
        text = [
            f"We are writing to let you know that our prices will change with effect from "
            f"{d.date('effective', _add_months(dated, 1), style)}.",
            f"Orders placed before that date will be invoiced at the current prices. The new list "
            f"is enclosed; the average increase is {rng.randint(3, 7)}%.",
            "Thank you for your continued custom.",
        ]
    body = [
        ("lines", [d.date("issue", dated, style)]),
        ("lines", [to_person, to_firm, *address(rng, land)]),
        ("lines", [refs]),
        ("lines", [salutation]),
        ("heading", subject),
        *(("para", t) for t in text),
        (
            "lines",
            [
                rng.choice(("Yours sincerely,", "Kind regards,")),
                "",
                writer,
                rng.choice(("Credit Controller", "Accounts Manager", "Managing Director")),
            ],
        ),
    ]
    head = [sender, ", ".join(address(rng, land))]
    return Sheet(head=head, body=body, footer=[f"{sender} - registered office as above"]), d


def minutes(rng: random.Random) -> tuple[Sheet, Draft]:
    """Minutes of a board, committee or staff meeting: held on a date, present, apologies, the
    previous minutes approved (with their date), reports with figures, an action list with due
    dates, and the date of the next meeting."""
    land = land_of(rng)
    d = Draft("minutes", land)
    style = rng.choice(("long", "num", "short"))
    org = d.org(
        rng.choice(
            (
                company(rng, land),
                f"{rng.choice(('Riverside', 'Hillcrest', 'Bayside'))} "
                + rng.choice(("Rotary Club", "Tennis Club", "Residents Association", "School P&C")),
            )
        )
    )
    met = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(500))
    people = [d.who(person(rng)) for _ in range(rng.randint(4, 7))]
    present, apologies = people[:-1], people[-1:]
    chair = present[0]
    last = met - dt.timedelta(days=rng.choice((28, 30, 35)))
    nxt = met + dt.timedelta(days=rng.choice((28, 35, 42)))
    cash = d.money(round(rng.uniform(2000, 90000), 2))
    kind = rng.choice(
        ("Board Meeting", "Committee Meeting", "Staff Meeting", "Annual General Meeting")
    )
    tasks = (
        "Circulate revised budget",
        "Obtain three quotes for roof repairs",
        "Update the risk register",
        "Book venue for the AGM",
        "Chase outstanding subscriptions",
    )
    actions = [["Action", "Owner", "Due"]]
    actions += [
        [
            task,
            rng.choice(present).split()[0],
            d.date(None, met + dt.timedelta(days=rng.randint(7, 30)), "num"),
        ]
        for task in rng.sample(tasks, 3)
    ]
    body = [
        ("title", f"Minutes of the {kind}"),
        (
            "para",
            f"{org} - held on {met:%A} {d.date('issue', met, style)} at "
            f"{rng.choice(('10:00', '18:30', '7.30pm'))}, "
            f"{rng.choice(('Boardroom', 'Clubrooms', 'online (Teams)'))}.",
        ),
        (
            "kv",
            [
                ("Present", ", ".join(present)),
                ("Apologies", ", ".join(apologies)),
                ("Chair", chair),
            ],
        ),
        ("heading", "1. Minutes of the previous meeting"),
        (
            "para",
            f"The minutes of the meeting held on {d.date(None, last, style)} were accepted as a "
            f"true record. Moved {present[1]}, seconded {present[2]}. Carried.",
        ),
        ("heading", "2. Treasurer's report"),
        ("para", f"Cash at bank stands at {cash}. The report was received."),
        ("heading", "3. Actions"),
        ("table", actions),
        (
            "para",
            f"Next meeting: {d.date(None, nxt, style)}. The meeting closed at "
            f"{rng.choice(('11:40', '20:15', '9.05pm'))}.",
        ),
    ]
    return Sheet(body=body), d


__all__ = ["letter", "minutes", "service_agreement", "tenancy"]
