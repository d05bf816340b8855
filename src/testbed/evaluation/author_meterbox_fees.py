"""Fees: a tuition invoice, a club's annual subscription and a patient statement.

How this author reads them: the invoice number is the number, never the student or member
number; the "due date" printed on the invoice is the due date, even when an instalment plan
is offered beside it. A patient statement is a statement of account: its total is the
balance the patient is asked to pay after the insurer's share.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meterbox_style import (
    Notebook,
    day_between,
    digits,
    labelled,
    letters,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


def tuition(rng: random.Random) -> tuple[Sheet, Labels]:
    """A university or school fee invoice: student id, term, fees less a bursary, a due date
    and an optional three-instalment plan with its own dates."""
    place = rng.choice(["uk", "us", "au"])
    nb = Notebook(
        {"uk": "gbp", "us": "usd", "au": "aud"}[place],
        {"uk": "uk_long", "us": "us_long", "au": "uk_num"}[place],
    )
    school = {
        "uk": "University of Wexcombe",
        "us": "Lakeshore Community College",
        "au": "St Brigid's College",
    }[place]
    student = rng.choice(["Ella Marsh", "Jordan Kim", "Tariq Hassan", "Olivia Reyes"])
    issued = day_between(rng)
    due = issued + dt.timedelta(days=rng.choice([14, 21, 30]))
    number = rng.choice([f"SF{digits(rng, 7)}", f"INV{issued.year}-{digits(rng, 5)}"])
    fees = {
        "uk": [
            ("Tuition fee (Semester 1)", 4625.0),
            ("Accommodation - Halls, 14 weeks", rng.uniform(2100, 2900)),
        ],
        "us": [
            ("Tuition, 12 credit hours", 12 * 186.0),
            ("Student activity fee", 85.0),
            ("Technology fee", 120.0),
        ],
        "au": [
            ("Term tuition", rng.uniform(3800, 6200)),
            ("Excursions and camps", 340.0),
            ("Building fund (voluntary)", 150.0),
        ],
    }[place]
    rows = [["Description", "Amount"]]
    for name, raw in fees:
        amount = round(raw, 2)
        nb.row(name, None, None, amount)
        rows.append([name, nb.bare(amount)])
    if rng.random() < 0.5:
        bursary = -round(rng.choice([250.0, 500.0, 1000.0]), 2)
        nb.row("Bursary award", None, None, bursary)
        rows.append(["Bursary award", nb.bare(bursary)])
    total = round(sum(item.amount for item in nb.items), 2)
    term_start = issued + dt.timedelta(days=rng.randint(10, 40))
    panel = [
        ("Invoice number", mark("documentNumber", number)),
        ("Invoice date", nb.date(issued, "issue")),
        ("Student ID", digits(rng, 8)),
        ("Due date", nb.date(due, "due")),
    ]
    body: list[Block] = [
        ("title", "Fee Invoice" if place != "us" else "Tuition Statement of Charges"),
        (
            "kv",
            [
                ("Student", student),
                ("Term begins", nb.date(term_start)),
                ("Course", rng.choice(["BSc Computer Science", "Year 9", "Associate of Arts"])),
            ],
        ),
        ("table", rows),
        ("kv", [("Total amount due", nb.money(total, "total"))]),
    ]
    if rng.random() < 0.6:
        third = round(total / 3, 2)
        plan = [
            nb.date(due),
            nb.date(due + dt.timedelta(days=90)),
            nb.date(due + dt.timedelta(days=180)),
        ]
        body.append(
            (
                "para",
                f"Instalment plan available: three payments of {nb.money(third)} on "
                f"{plan[0]}, {plan[1]} and {plan[2]}. Apply in the student portal "
                f"before the due date.",
            )
        )
    body.append(
        (
            "para",
            f"Pay by bank transfer: sort code 20-{digits(rng, 2)}-{digits(rng, 2)}, "
            f"account {digits(rng, 8)}, quoting your student ID.",
        )
    )
    sheet = Sheet(
        head=[
            mark("vendor", school),
            {
                "uk": "Student Finance Office, Wexcombe WX1 4AB · fees@wexcombe.example",
                "us": "Bursar's Office, 900 College Ave, Lakeshore MI 49401",
                "au": f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
                " · 12 Church Street, Hawthorn VIC 3122",
            }[place],
        ],
        panel=panel,
        panel_style=rng.choice(["box", "stack", "band"]),
        address=[
            student,
            {
                "uk": "Flat 6, 31 Albion Street, Leeds LS2 8JS",
                "us": "2218 Maple Court, Holland MI 49423",
                "au": "7 Wattle Grove, Kew VIC 3101",
            }[place],
        ],
        body=body,
        footer=["Fees are payable in advance of each term."],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return sheet, labelled(nb, "invoice", number, (school,), (student,), school, total)


def club_subscription(rng: random.Random) -> tuple[Sheet, Labels]:
    """A gym's or sports club's membership dues: member number, invoice number, the
    membership year, levies, and "payable by"."""
    money = rng.choice(["gbp", "eur_ie", "nzd"])
    nb = Notebook(money, rng.choice(["uk_long", "uk_num"]))
    club = rng.choice(["Fernhill Lawn Tennis Club", "Quayside Fitness", "Kilbride Golf Club"])
    member = rng.choice(["Graham Pollock", "Aoife Byrne", "Tane Wiremu", "Ruth Ellison"])
    issued = day_between(rng)
    year_start = (issued + dt.timedelta(days=40)).replace(day=1)
    year_end = year_start.replace(year=year_start.year + 1) - dt.timedelta(days=1)
    due = year_start - dt.timedelta(days=1)
    number = f"{rng.choice(['', 'M', 'SUB'])}{digits(rng, 5)}"
    rows = [["Item", "Qty", "Price", "Total"]]
    items = [
        (
            rng.choice(["Full adult membership", "Family membership", "Off-peak membership"]),
            1,
            rng.choice([395.0, 560.0, 720.0]),
        ),
        ("Locker rental", 1, 45.0),
        ("Affiliation levy", rng.randint(1, 3), 18.5),
    ]
    for name, qty, price in items:
        nb.row(name, qty, price, qty * price)
        rows.append([name, str(qty), nb.bare(price), nb.bare(qty * price)])
    total = round(sum(item.amount for item in nb.items), 2)
    panel = [
        ("Membership no.", digits(rng, 4)),
        ("Invoice no.", mark("documentNumber", number)),
        ("Invoice date", nb.date(issued, "issue")),
    ]
    body: list[Block] = [
        ("title", "Annual Subscription Invoice"),
        ("para", f"Membership year {nb.date(year_start)} to {nb.date(year_end)}."),
        ("table", rows),
        ("kv", [("Total payable", nb.money(total, "total")), ("Payable by", nb.date(due, "due"))]),
        (
            "para",
            f"Members who have not paid by {nb.date(year_start + dt.timedelta(days=30))} will be "
            f"charged a late fee of {nb.money(25.0)}. "
            "Monthly direct debit is available on request.",
        ),
    ]
    sheet = Sheet(
        head=[
            mark("vendor", club),
            {
                "gbp": "Membership Secretary · Otley Road, Harrogate HG2 0DX",
                "eur_ie": "Membership Secretary · Kilbride, Co. Wicklow, Ireland",
                "nzd": "Membership Secretary · PO Box 311, Nelson 7040 · GST 112-304-556",
            }[money],
        ],
        panel=panel,
        address=[member],
        body=body,
        text_panel=rng.choice(["kv", "columns"]),
        footer=[f"{club} · charity no. {digits(rng, 6)}"],
    )
    return sheet, labelled(nb, "invoice", number, (club,), (member,), club, total)


def patient_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A US clinic's patient statement: account number, statement date, patient's date of
    birth, dates of service, charges, insurance payments and adjustments, balance due."""
    nb = Notebook("usd", rng.choice(["us_num", "us_short"]))
    clinic = rng.choice(
        ["Bayview Family Medicine", "Pinecrest Dental Group", "Lakeside Pediatrics"]
    )
    patient = rng.choice(["Daniel Ruiz", "Emily Stone", "Grace Whitaker"])
    issued = day_between(rng)
    due = issued + dt.timedelta(days=rng.choice([21, 30]))
    seen = issued - dt.timedelta(days=rng.randint(25, 60))
    rows = [["Date", "Description", "Charges", "Payments/Adj."]]
    charges = [
        ("Office visit, established patient", rng.choice([145.0, 210.0])),
        ("Laboratory panel", rng.choice([86.0, 120.0])),
        ("X-ray, 2 views", 95.0),
    ]
    gross = 0.0
    for name, amount in charges[: rng.randint(2, 3)]:
        gross += amount
        nb.row(name, None, None, amount)
        rows.append([nb.date(seen), name, nb.bare(amount), ""])
    paid = round(gross * rng.uniform(0.45, 0.7), 2)
    adjust = round(gross * 0.12, 2)
    rows.append(
        [
            nb.date(seen + dt.timedelta(days=19)),
            "Insurance payment - BlueHarbor PPO",
            "",
            nb.bare(-paid),
        ]
    )
    rows.append(
        [nb.date(seen + dt.timedelta(days=19)), "Contractual adjustment", "", nb.bare(-adjust)]
    )
    nb.row("Insurance payment - BlueHarbor PPO", None, None, -paid)
    nb.row("Contractual adjustment", None, None, -adjust)
    balance = round(gross - paid - adjust, 2)
    number = f"{digits(rng, 7)}" if rng.random() < 0.4 else None
    panel = [
        ("Statement date", nb.date(issued, "issue")),
        ("Account number", f"{digits(rng, 6)}"),
        ("Please pay by", nb.date(due, "due")),
        ("Amount due", nb.money(balance, "total")),
    ]
    if number:
        panel.insert(0, ("Statement #", mark("documentNumber", number)))
    body: list[Block] = [
        ("title", "Patient Statement"),
        (
            "kv",
            [
                ("Patient", patient),
                (
                    "Date of birth",
                    nb.date(
                        dt.date(rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28))
                    ),
                ),
                ("Insurance", f"BlueHarbor PPO · member ID {letters(rng, 3)}{digits(rng, 9)}"),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Total charges", nb.money(gross)),
                ("Insurance paid", nb.money(-paid)),
                ("Adjustments", nb.money(-adjust)),
                ("Your balance", nb.money(balance)),
            ],
        ),
        (
            "para",
            f"Pay online at pay.{clinic.split()[0].lower()}.example or call "
            f"(555) {digits(rng, 3)}-{digits(rng, 4)}. "
            f"Balances over 60 days may be sent to collections.",
        ),
    ]
    sheet = Sheet(
        head=[mark("vendor", clinic), f"{rng.randint(100, 999)} Harbor Blvd, Suite 200"],
        panel=panel,
        panel_style=rng.choice(["box", "band"]),
        address=[f"Guarantor: {patient}", f"{rng.randint(10, 99)} Linden Ave"],
        body=body,
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return sheet, labelled(nb, "statement", number, (clinic,), (patient,), clinic, balance)
