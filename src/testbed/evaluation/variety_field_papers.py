"""Minutes, a memo, a report and a claim form for the field generators
(:mod:`testbed.evaluation.variety_field`).

A company's board minutes (the meeting's date in the heading's sentence, directors present
and in attendance, resolutions with amounts), a residents' association's minutes in German
("Protokoll der Mitgliederversammlung vom ..."), an internal memo (To/From/Date/Re), a short
facilities report dated under its title, and an insurance claim form (the claim number, the
policy number, the date of loss and the amount claimed). Names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, someday

_PEOPLE = (
    "Eleanor Whitby",
    "Rashid Karimi",
    "Fiona McCabe",
    "Tobias Lindgren",
    "Ngozi Eze",
    "Hamish Laird",
    "Petra Novotná",
    "Gareth Pryce",
    "Yuki Morimoto",
    "Sunita Rao",
)


def board_minutes(rng: random.Random) -> tuple[list[Block], Writer]:
    """Board minutes: "Minutes of a meeting of the Board of Directors of X Limited held at
    ... on <weekday, date>", "Present:", "In attendance:", numbered items, a resolution
    approving a sum, "Date of next meeting", "Signed ... Chair"."""
    s = Sheet(rng, "uk")
    met = someday(rng)
    nxt = met + dt.timedelta(days=rng.choice((28, 42, 91)))
    people = rng.sample(_PEOPLE, 5)
    for name in people:
        s.person(name)
    company = s.org(s.pick(("Fellside Outdoor Gear Limited", "Brigantine Software Limited")))
    budget = round(rng.uniform(40000, 250000), -3)
    weekday = met.strftime("%A")
    blocks: list[Block] = [
        (
            "para",
            f"Minutes of a meeting of the Board of Directors of {company} held at 10 Lowther "
            f"Street, Carlisle on {weekday} {s.day(met, 'issue', 'uk_long')} at 10.00 am",
        ),
        (
            "kv",
            [
                ("Present", f"{people[0]} (Chair), {people[1]}, {people[2]}"),
                (
                    "In attendance",
                    f"{people[3]} (Company Secretary), {people[4]} (Finance Manager)",
                ),
            ],
        ),
        ("heading", "1. Apologies and declarations of interest"),
        (
            "para",
            "There were no apologies. No director declared an interest in the business of "
            "the meeting.",
        ),
        ("heading", "2. Minutes of the previous meeting"),
        (
            "para",
            "The minutes of the previous meeting were approved as a true record and signed "
            "by the Chair.",
        ),
        ("heading", "3. Capital expenditure"),
        (
            "para",
            f"{people[4]} presented the proposal to replace the warehouse racking. IT WAS RESOLVED "
            f"that capital expenditure of {s.money(budget)} be approved.",
        ),
        ("heading", "4. Date of next meeting"),
        ("para", f"The next meeting will be held on {s.day(nxt, None, 'uk_long')}."),
        ("lines", ["Signed ............................ Chair", people[0]]),
    ]
    return blocks, s.w


def verein_protokoll(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German residents' association's minutes: "Protokoll der Mitgliederversammlung vom
    <date>", "Ort", "Beginn", "Anwesend", "Protokoll", TOPs, a budget agreed, signatures."""
    s = Sheet(rng, "de")
    met = someday(rng)
    names = rng.sample(
        (
            "Ursula Petzold",
            "Dieter Kranz",
            "Ayşe Demir",
            "Helga Wirth",
            "Stefan Pohl",
            "Ingrid Vogt",
        ),
        4,
    )
    for name in names:
        s.person(name)
    club = s.org(s.pick(("Bürgerverein Südstadt e.V.", "Mieterverein Am Lindenhof e.V.")))
    budget = round(rng.uniform(800, 6000), -1)
    blocks: list[Block] = [
        (
            "title",
            "Protokoll der Mitgliederversammlung vom "
            f"{s.day(met, 'issue', s.pick(('dot', 'de_long')))}",
        ),
        (
            "kv",
            [
                ("Verein", club),
                ("Ort", "Gemeindesaal, Kirchstraße 4"),
                ("Beginn", "19:00 Uhr"),
                ("Versammlungsleitung", names[0]),
                ("Protokoll", names[1]),
                (
                    "Anwesend",
                    f"{names[0]}, {names[1]}, {names[2]}, {names[3]} sowie 23 weitere Mitglieder",
                ),
            ],
        ),
        ("heading", "TOP 1 Begrüßung und Feststellung der Beschlussfähigkeit"),
        (
            "para",
            "Die Versammlungsleitung begrüßt die Anwesenden und stellt die "
            "Beschlussfähigkeit fest.",
        ),
        ("heading", "TOP 2 Haushalt"),
        (
            "para",
            f"Für das Sommerfest und die Spielplatzpflege wird ein Budget von {s.money(budget)} "
            "einstimmig beschlossen.",
        ),
        ("heading", "TOP 3 Verschiedenes"),
        ("para", "Die nächste Versammlung findet im Frühjahr statt. Ende der Sitzung: 21:10 Uhr."),
        (
            "columns",
            [("gez. " + names[0], "gez. " + names[1]), ("Versammlungsleitung", "Protokoll")],
        ),
    ]
    return blocks, s.w


def memo(rng: random.Random) -> tuple[list[Block], Writer]:
    """An internal memo: "MEMORANDUM", To/From/CC/Date/Re in a block, three paragraphs, a
    figure, initials at the foot."""
    s = Sheet(rng, rng.choice(("us", "uk")))
    day = someday(rng)
    writer, reader, copy = rng.sample(_PEOPLE, 3)
    style = "us_long" if s.loc.currency == "USD" else "uk_long"
    amount = round(rng.uniform(5000, 60000), -2)
    blocks: list[Block] = [
        ("title", "MEMORANDUM"),
        (
            "kv",
            [
                ("TO", f"{s.person(reader)}, Operations"),
                ("FROM", f"{s.person(writer)}, Finance"),
                ("CC", s.person(copy)),
                ("DATE", s.day(day, "issue", style)),
                ("RE", "Travel budget for the second half"),
            ],
        ),
        (
            "para",
            f"Following the review of travel spending, the budget for the second half is set at "
            f"{s.money(amount)} across all teams.",
        ),
        (
            "para",
            "Please route every booking through the travel desk and submit receipts within ten "
            "working days of your return.",
        ),
        ("lines", [" ".join(part[0] for part in writer.split())]),
    ]
    return blocks, s.w


def facilities_report(rng: random.Random) -> tuple[list[Block], Writer]:
    """A short report: title, "Prepared by ... for ...", its date under the title, a summary,
    a table of figures, recommendations."""
    s = Sheet(rng, rng.choice(("uk", "ie")))
    day = someday(rng)
    author = s.person(rng.choice(_PEOPLE))
    client = s.org(s.pick(("Westmere Housing Association", "Glenfield Leisure Trust")))
    costs = [
        ("Roof repairs", round(rng.uniform(8000, 30000), 2)),
        ("Boiler replacement", round(rng.uniform(12000, 45000), 2)),
        ("Fire door upgrades", round(rng.uniform(3000, 12000), 2)),
    ]
    blocks: list[Block] = [
        ("title", "Planned Maintenance Report"),
        (
            "lines",
            [
                f"Prepared by {author} for {client}",
                s.day(day, "issue", s.pick(("uk_long", "uk_short"))),
            ],
        ),
        ("heading", "Summary"),
        (
            "para",
            "The survey of the three residential blocks found the building fabric in fair "
            "condition. "
            "Three items need work within the next twelve months.",
        ),
        ("table", [["Item", "Estimated cost"], *[[name, s.money(cost)] for name, cost in costs]]),
        ("heading", "Recommendations"),
        (
            "bullets",
            [
                "Tender the roof and boiler works together to reduce preliminaries.",
                "Inspect the fire doors again after the upgrade.",
            ],
        ),
    ]
    return blocks, s.w


def claim_form(rng: random.Random) -> tuple[list[Block], Writer]:
    """An insurance claim form as filled in: "Claim number" in the office box, the policy
    number, the policyholder, "Date of loss", a description, the amount claimed, the date
    signed (the form's date)."""
    s = Sheet(rng, rng.choice(("uk", "us")))
    signed = someday(rng)
    loss = signed - dt.timedelta(days=rng.randint(2, 20))
    style = "uk" if s.loc.currency == "GBP" else "us"
    holder = s.person(rng.choice(_PEOPLE))
    insurer = s.org(
        s.pick(("Thistledown Mutual Insurance Society", "Granite State Casualty Company"))
    )
    items = [
        ("Laptop computer", round(rng.uniform(600, 1600), 2)),
        ("Mobile phone", round(rng.uniform(300, 900), 2)),
    ]
    total = round(sum(a for _, a in items), 2)
    blocks: list[Block] = [
        (
            "columns",
            [
                (insurer, "FOR OFFICE USE"),
                ("HOME CONTENTS CLAIM FORM", f"Claim number {s.number(code(rng, 'CLM-999999'))}"),
            ],
        ),
        (
            "kv",
            [
                ("Policy number", code(rng, "HC/9999999/AA")),
                ("Policyholder", holder),
                (
                    "Address",
                    "3 Orchard Close, Taunton TA1 4RB"
                    if style == "uk"
                    else "88 Birch Lane, Concord, NH 03301",
                ),
                ("Date of loss", s.day(loss, None, style)),
                ("Type of loss", "Theft from a vehicle"),
            ],
        ),
        (
            "para",
            "Describe what happened: the items below were taken from the locked boot of my car "
            "while it was parked outside our house overnight. The theft was reported to the "
            "police.",
        ),
        (
            "table",
            [
                ["Item", "Amount claimed"],
                *[[name, s.money(amount)] for name, amount in items],
                ["Total claimed", s.total(total)],
            ],
        ),
        ("para", "I declare that the information given on this form is true and complete."),
        ("kv", [("Signature", holder), ("Date", s.day(signed, "issue", style))]),
    ]
    return blocks, s.w
