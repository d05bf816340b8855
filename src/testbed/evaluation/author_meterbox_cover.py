"""Cover and civic bills: an insurance renewal notice, a council tax bill and a US property tax
bill.

How this author reads them: a renewal notice's number is its policy number (the only number
a policyholder quotes), its cover starts on the effective date and ends on the end date, and
its total is the year's premium with tax. A council tax bill's account reference is its
number and the year's net charge its total; a bill payable in instalments has as many due
dates as instalments, so it has no single due date. A property tax bill's bill number is
its number.
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


def insurance_renewal(rng: random.Random) -> tuple[Sheet, Labels]:
    """A home or motor insurance renewal: policy number, quote reference, the notice date,
    period of cover, the premium and either a pay-in-full date or a monthly schedule."""
    place = rng.choice(["uk", "ie", "au"])
    nb = Notebook(
        {"uk": "gbp", "ie": "eur_ie", "au": "aud"}[place],
        rng.choice(["uk_long", "uk_num", "uk_short"]),
    )
    vendor = rng.choice(
        {
            "uk": ["Harbourside Insurance", "Greystone Mutual"],
            "ie": ["Shannon General Insurance"],
            "au": ["Southern Cross Cover"],
        }[place]
    )
    person = rng.choice(["Alan Whitlock", "Nora Fitzgerald", "Chloe Bennett", "Sam Nguyen"])
    motor = rng.random() < 0.5
    issued = day_between(rng)
    start = issued + dt.timedelta(days=rng.randint(21, 30))
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    policy = rng.choice(
        [
            f"{letters(rng, 3)}{digits(rng, 7)}",
            f"HH-{digits(rng, 6)}-{digits(rng, 2)}",
            f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        ]
    )
    covers = (
        [
            ("Comprehensive cover", rng.uniform(380, 900)),
            ("Breakdown cover", 69.0),
            ("Legal expenses", 24.99),
        ]
        if motor
        else [
            ("Buildings cover", rng.uniform(180, 420)),
            ("Contents cover", rng.uniform(90, 260)),
            ("Accidental damage", 38.5),
        ]
    )
    rows = [["Cover", "Annual premium"]]
    for name, raw in covers:
        amount = round(raw, 2)
        nb.row(name, None, None, amount)
        rows.append([name, nb.bare(amount)])
    net = round(sum(item.amount for item in nb.items), 2)
    tax_rate, tax_name = {
        "uk": (0.12, "Insurance Premium Tax (12%)"),
        "ie": (0.03, "Government levy (3%)"),
        "au": (0.10, "GST"),
    }[place]
    tax = round(net * tax_rate, 2)
    total = round(net + tax, 2)
    last_year = round(total * rng.uniform(0.78, 0.95), 2)
    panel = [
        ("Policy number", mark("documentNumber", policy)),
        ("Date of notice", nb.date(issued, "issue")),
        ("Renewal date", nb.date(start)),
        ("Customer ID", digits(rng, 8)),
    ]
    monthly = rng.random() < 0.4
    body = [
        ("title", f"Your {'motor' if motor else 'home'} insurance renewal"),
        ("para", f"Dear {person}, your policy is due for renewal. Please check the details below."),
        (
            "kv",
            [
                ("Period of cover", f"{nb.date(start, 'effective')} to {nb.date(end, 'end')}"),
                (
                    "Insured " + ("vehicle" if motor else "address"),
                    f"{letters(rng, 2)}{digits(rng, 2)} {letters(rng, 3)}"
                    if motor
                    else "14 Quarry Hill",
                ),
                ("Last year's premium", nb.money(last_year)),
            ],
        ),
        ("table", rows),
        ("kv", [(tax_name, nb.money(tax)), ("Total annual premium", nb.money(total, "total"))]),
    ]
    if monthly:
        fee = round(total * 0.08, 2)
        each = round((total + fee) / 10, 2)
        first = start + dt.timedelta(days=rng.randint(3, 12))
        first = first.replace(day=min(first.day, 28))
        schedule = [["Collection date", "Amount"]]
        for month in range(10):
            day = (first.replace(day=1) + dt.timedelta(days=31 * month + 1)).replace(day=first.day)
            nb.also_due(day)
            schedule.append([nb.date(day), nb.money(each)])
        body += [
            (
                "para",
                f"You pay monthly by Direct Debit: 10 instalments of {nb.money(each)} "
                f"including a credit charge of {nb.money(fee)} (APR 19.9%).",
            ),
            ("table", schedule),
        ]
    else:
        due = start - dt.timedelta(days=rng.randint(1, 7))
        body.append(
            (
                "para",
                f"To renew, please pay {nb.money(total)} by {nb.date(due, 'due')}. "
                f"If you do nothing, your cover will end on "
                f"{nb.date(start - dt.timedelta(days=1))}.",
            )
        )
    body.append(
        (
            "para",
            f"Quote reference {letters(rng, 2)}{digits(rng, 8)}. To make a claim "
            f"call 0800 {digits(rng, 3)} {digits(rng, 4)}.",
        )
    )
    sheet = Sheet(
        head=[mark("vendor", vendor), "Renewals Department"],
        panel=panel,
        panel_style=rng.choice(["box", "stack"]),
        address=[
            person,
            "14 Quarry Hill",
            "Kendal LA9 4PT"
            if place == "uk"
            else "Galway H91 C2R6"
            if place == "ie"
            else "Geelong VIC 3220",
        ],
        body=body,
        running="Policy " + policy + " · page {page} of {pages}",
        footer=[f"{vendor} is authorised and regulated. Firm reference {digits(rng, 6)}."],
        text_panel=rng.choice(["kv", "kv_below", "columns"]),
    )
    return sheet, labelled(nb, "invoice", policy, (vendor,), (person,), vendor, total)


def council_tax(rng: random.Random) -> tuple[Sheet, Labels]:
    """A council tax demand for the year from 1 April: account reference, property reference,
    band, the precepts, a discount, and ten instalments (or one payment in full)."""
    nb = Notebook("gbp", rng.choice(["uk_long", "uk_short", "uk_num"]))
    council = rng.choice(
        ["Wyvern District Council", "Stanmoor Borough Council", "Calder Vale Metropolitan Council"]
    )
    person = rng.choice(["Mr Paul Greaves", "Ms Leanne Doyle", "Mrs Farah Iqbal"])
    issued = dt.date(2026, 3, rng.randint(2, 13))
    while issued.weekday() >= 5:
        issued += dt.timedelta(days=1)
    start, end = dt.date(2026, 4, 1), dt.date(2027, 3, 31)
    account = f"{digits(rng, 8)}{rng.choice(['', '/1', 'X'])}"
    band = rng.choice("ABCDEF")
    precepts = [
        (council, rng.uniform(210, 330)),
        ("County Council", rng.uniform(1150, 1500)),
        ("Police and Crime Commissioner", rng.uniform(230, 290)),
        ("Fire and Rescue Authority", rng.uniform(70, 95)),
    ]
    rows = [["Authority", "Band D charge", "Your charge"]]
    factor = {"A": 6 / 9, "B": 7 / 9, "C": 8 / 9, "D": 1.0, "E": 11 / 9, "F": 13 / 9}[band]
    gross = 0.0
    for name, raw in precepts:
        band_d = round(raw, 2)
        mine = round(band_d * factor, 2)
        gross += mine
        nb.row(name, None, None, mine)
        rows.append([name, nb.bare(band_d), nb.bare(mine)])
    gross = round(gross, 2)
    discount = round(gross * 0.25, 2) if rng.random() < 0.4 else 0.0
    net = round(gross - discount, 2)
    lines = [("Gross charge for the year", nb.money(gross))]
    if discount:
        lines.append(("Less single person discount (25%)", nb.money(-discount)))
    lines.append(("Amount payable for the year", nb.money(net, "total")))
    body = [
        ("title", f"Council Tax Bill {start.year}/{str(end.year)[2:]}"),
        ("table", rows),
        ("kv", lines),
    ]
    if rng.random() < 0.3:
        due = start
        body.append(
            (
                "para",
                f"Please pay the full amount of {nb.money(net)} on or before "
                f"{nb.date(due, 'due')}.",
            )
        )
    else:
        day = rng.choice([1, 15, 28])
        first_amount = round(net - 9 * round(net / 10, 2), 2)
        schedule = [["Instalment date", "Amount"]]
        for month in range(10):
            when = dt.date(2026 + (3 + month) // 12, (3 + month) % 12 + 1, day)
            nb.also_due(when)
            schedule.append(
                [nb.date(when), nb.money(first_amount if month == 0 else round(net / 10, 2))]
            )
        body += [("heading", "Your instalments"), ("table", schedule)]
    body.append(
        (
            "para",
            f"Pay online at www.{council.split()[0].lower()}.gov.uk/counciltax or "
            f"call 01{digits(rng, 3)} {digits(rng, 6)}, quoting your account reference.",
        )
    )
    panel = [
        ("Account reference", mark("documentNumber", account)),
        ("Date of bill", nb.date(issued, "issue")),
        ("Property reference", f"{digits(rng, 6)}{digits(rng, 4)}"),
        ("Valuation band", band),
        ("Period", f"{nb.date(start)} to {nb.date(end)}"),
    ]
    sheet = Sheet(
        head=[mark("vendor", council), "Revenues and Benefits, Civic Centre"],
        panel=panel,
        panel_style=rng.choice(["box", "band"]) if len(panel) < 6 else "box",
        address=[person, f"{rng.randint(1, 90)} Beech Avenue", "Stanmoor ST4 8RW"],
        body=body,
        footer=[
            "This is a demand notice under the Council Tax (Administration and Enforcement) "
            "Regulations 1992."
        ],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return sheet, labelled(nb, "invoice", account, (council,), (person,), council, net)


def property_tax_us(rng: random.Random) -> tuple[Sheet, Labels]:
    """A US county property tax bill: parcel number, bill number, tax year, levies by
    district, and either one due date or two halves due on different days."""
    nb = Notebook("usd", rng.choice(["us_long", "us_num", "us_short"]))
    county = rng.choice(["Marlow County Treasurer", "Cedar Falls County Tax Collector"])
    owner = rng.choice(["Robert and Linda Haines", "Keisha Moore", "Olsen Family Trust"])
    issued = dt.date(2026, rng.choice([10, 11]), rng.randint(1, 20))
    bill = f"{rng.randint(2026, 2026)}-{digits(rng, 6)}"
    parcel = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"
    assessed = rng.randint(180, 640) * 1000
    levies = [
        ("County general", 4.12),
        ("School district", 9.87),
        ("City", 3.05),
        ("Library", 0.61),
        ("Fire district", 1.44),
    ]
    rows = [["Taxing district", "Rate per $1,000", "Tax"]]
    for name, rate in levies:
        amount = round(assessed / 1000 * rate, 2)
        nb.row(name, None, None, amount)
        rows.append([name, f"{rate:.4f}", nb.bare(amount)])
    total = round(sum(item.amount for item in nb.items), 2)
    panel = [
        ("Bill number", mark("documentNumber", bill)),
        ("Parcel number", parcel),
        ("Tax year", "2026"),
        ("Mailing date", nb.date(issued, "issue")),
    ]
    body: list[Block] = [
        ("title", "2026 Real Property Tax Statement"),
        (
            "kv",
            [
                ("Assessed value", nb.money(float(assessed))),
                ("Homestead exemption", nb.money(-25000.0)),
            ],
        ),
        ("table", rows),
        ("kv", [("Total tax", nb.money(total, "total"))]),
    ]
    if rng.random() < 0.5:
        due = dt.date(2027, 1, 31)
        body.append(
            (
                "para",
                f"Full payment of {nb.money(total)} is due {nb.date(due, 'due')}. "
                f"A 1.5% monthly penalty applies if paid after that date.",
            )
        )
    else:
        half = round(total / 2, 2)
        first, second = dt.date(2026, 12, 10), dt.date(2027, 4, 10)
        nb.also_due(first)
        nb.also_due(second)
        body.append(
            (
                "table",
                [
                    ["Installment", "Due by", "Amount"],
                    ["First half", nb.date(first), nb.money(half)],
                    ["Second half", nb.date(second), nb.money(round(total - half, 2))],
                ],
            )
        )
    body.append(
        (
            "para",
            f"Questions: (555) {digits(rng, 3)}-{digits(rng, 4)}. Make checks payable to "
            f"{county.split(' County')[0]} County. Write your parcel number on your check.",
        )
    )
    sheet = Sheet(
        head=[mark("vendor", county), "Courthouse Annex, 200 Main Street"],
        panel=panel,
        panel_style=rng.choice(["box", "band", "stack"]),
        address=[owner, f"{rng.randint(100, 9999)} Prairie View Rd"],
        body=body,
        footer=["Keep this statement for your income tax records."],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return sheet, labelled(nb, "invoice", bill, (county,), (owner,), county, total)
