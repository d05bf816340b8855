"""Papers from the people who look after the household: the doctor's or dentist's bill, the
daycare's or school's invoice, the landlord's rent invoice and lease, and the plumber's or
electrician's invoice written in a duplicate book (photographed or scanned).

How they are read (the author's own reading): the medical bill's own number is its invoice
or statement number, not the patient account or the claim number; after the insurer has paid
its share it bills the patient's balance (what the paper asks this reader to pay). A rent
invoice is due on the day the rent is due. A lease is a ``contract`` numbered by its
agreement reference, effective from the start of the term to its last day, dated the day it
was made. A tradesman's invoice with only "payment within 14 days" has no due date (none is
printed).
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
    qty_text,
)
from testbed.evaluation.truth import Labels
from testbed.evaluation.variety_dues_print import Sheet


def _day(rng: random.Random) -> dt.date:
    return dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))


def medical(rng: random.Random) -> tuple[Sheet, Labels]:
    """A US clinic's patient statement after insurance, or a UK/AU dentist's invoice."""
    place = PLACES[rng.choice(("us", "us", "uk", "au"))]
    p = Paper(place, rng, "invoice")
    patient = p.who(person(rng))
    seen = _day(rng)
    issued = seen + dt.timedelta(
        days=rng.randint(20, 45) if place.code == "us" else rng.randint(0, 3)
    )
    due = issued + dt.timedelta(days=rng.choice((14, 21, 30)))
    if place.code == "us":
        vendor = rng.choice(("Riverside Family Medicine, P.C.", "Oak Hollow Pediatrics LLC"))
        services = [
            ("Office visit, established patient (99214)", 245.00),
            ("Venipuncture (36415)", 28.00),
            ("Lipid panel (80061)", 86.00),
        ]
    else:
        vendor = rng.choice(("Kingsway Dental Practice", "Harbour Smiles Dental Clinic"))
        services = [
            ("Examination", 45.00),
            ("Scale and polish", 68.00),
            ("Bitewing X-rays (2)", 36.00),
            ("Composite filling", 145.00),
        ]
    services = services[: rng.randint(2, len(services))]
    charges = round(sum(a for _, a in services), 2)
    rows = [["Date", "Description", "Charge"]]
    for text, amount in services:
        p.row(text, None, None, amount)
        rows.append(
            [
                p.day(seen, style="us_short" if place.code == "us" else "uk_short"),
                text,
                plain(amount, place),
            ]
        )
    number = (
        f"{rng.choice(('ST', ''))}{digits(rng, 7)}"
        if place.code == "us"
        else f"{rng.choice(('INV', 'D', ''))}{digits(rng, 5)}"
    )
    if place.code == "us":
        paid = round(charges * rng.uniform(0.5, 0.7), 2)
        adjust = round(charges * rng.uniform(0.1, 0.2), 2)
        balance = round(charges - paid - adjust, 2)
        panel = [
            ("Statement #", p.own_number(number)),
            ("Statement date", p.day(issued, "issue")),
            ("Patient account #", digits(rng, 8)),
            ("Claim #", f"{digits(rng, 4)}-{digits(rng, 6)}"),
            ("Pay by", p.day(due, "due")),
        ]
        summary = [
            ("Total charges", p.money(charges)),
            ("Insurance paid (BlueRiver PPO)", p.money(-paid)),
            ("Contractual adjustment", p.money(-adjust)),
            ("Patient balance due", p.money(balance, total=True)),
        ]
        p.org("BlueRiver PPO")
        note = (
            "Your insurance has processed this claim. The balance above is your "
            "responsibility. Pay online with your account # and statement #."
        )
    else:
        balance = charges
        panel = [
            ("Invoice no.", p.own_number(number)),
            ("Invoice date", p.day(issued, "issue")),
            ("Patient ID", digits(rng, 5)),
            ("Date of treatment", p.day(seen)),
            ("Payment due", p.day(due, "due")),
        ]
        summary = [("Total", p.money(balance, total=True))]
        note = "Thank you. Payment may be made at reception, by card, or by bank transfer."
    body = [
        ("title", "PATIENT STATEMENT" if place.code == "us" else "INVOICE"),
        ("lines", [f"Patient: {patient}", f"Guarantor: {patient}"]),
        ("table", rows),
        ("kv", summary),
        ("para", note),
    ]
    sheet = Sheet(
        head=[
            p.seller(vendor),
            f"Billing office {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}",
        ],
        panel=panel,
        address=address(rng, place, patient),
        body=body,
        panel_style=rng.choice(("box", "stack", "band")),
        text_panel=rng.choice(("kv", "kv_below")),
    )
    return sheet, p.labels()


def childcare(rng: random.Random) -> tuple[Sheet, Labels]:
    """A daycare's monthly fee invoice or a school's term tuition invoice."""
    place = PLACES[rng.choice(("us", "uk", "eu", "au"))]
    p = Paper(place, rng, "invoice")
    parent = p.who(person(rng))
    child = p.who(
        f"{rng.choice(('Ava', 'Noah', 'Isla', 'Leo', 'Mila', 'Finn'))} {parent.split()[-1]}"
    )
    daycare = rng.random() < 0.5
    vendor = (
        rng.choice(("Little Acorns Daycare", "Sunflower Kids Childcare Centre"))
        if daycare
        else rng.choice(("St Brigid's Primary School", "Maplewood Montessori Academy"))
    )
    issued = dt.date(2026, rng.randint(1, 11), rng.randint(20, 28))
    due = dt.date(issued.year, issued.month + 1, rng.choice((1, 5, 7)))
    if daycare:
        days = rng.randint(15, 21)
        rate = rng.choice((62.0, 78.5, 95.0))
        rows_in = [
            (f"Full day care ({days} days)", float(days), rate),
            ("Late pick-up fee", float(rng.randint(0, 2)), 15.0),
            ("Nappies and wipes", 1.0, 12.0),
        ]
        term = f"{issued.strftime('%B')} {issued.year}"
    else:
        rows_in = [
            ("Tuition fee", 1.0, rng.choice((3450.0, 4120.0))),
            ("Lunch programme", 1.0, 380.0),
            ("Excursion levy", 1.0, 65.0),
        ]
        term = f"Term {rng.randint(1, 3)} {issued.year}"
    rows = [["Description", "Qty", "Rate", "Amount"]]
    total = 0.0
    for text, qty, rate in rows_in:
        if not qty:
            continue
        amount = round(qty * rate, 2)
        total = round(total + amount, 2)
        p.row(text, qty, rate, amount)
        rows.append([text, qty_text(qty), plain(rate, place), plain(amount, place)])
    number = rng.choice(
        (f"{digits(rng, 5)}", f"LA-{issued.year}-{digits(rng, 4)}", f"#{digits(rng, 4)}")
    )
    number_text = number.lstrip("#")
    family = f"FAM{digits(rng, 4)}"
    kv = [
        (
            "Invoice",
            p.own_number(number_text)
            if not number.startswith("#")
            else "#" + p.own_number(number_text),
        ),
        ("Date", p.day(issued, "issue")),
        ("Family account", family),
        ("Child", child),
        ("For", term),
    ]
    pay = rng.choice(
        (
            f"Fees are payable in advance. Please pay {p.money(total)} by {p.day(due, 'due')}.",
            f"Amount due {p.money(total)} - due date {p.day(due, 'due')}. "
            f"Reference your family account {family}.",
        )
    )
    body = [
        ("title", "Fee invoice" if daycare else "Tuition invoice"),
        ("kv", kv),
        ("table", rows),
        ("kv", [("Total", p.money(total, total=True))]),
        ("para", pay),
        (
            "para",
            "Childcare subsidy, where approved, is shown on a separate statement. "
            "Bank: account " + digits(rng, 8),
        ),
    ]
    sheet = Sheet(
        head=[p.seller(vendor), address(rng, place, "")[1], "accounts@school.example"],
        address=address(rng, place, parent),
        body=body,
    )
    return sheet, p.labels()


def rent_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A letting agent's monthly rent invoice for a flat."""
    place = PLACES[rng.choice(("uk", "eu", "au"))]
    p = Paper(place, rng, "invoice")
    tenant = p.who(person(rng))
    agent = {
        "uk": "Castle Lettings Ltd",
        "eu": "Grachtenhuis Verhuur B.V.",
        "au": "Bayside Property Management",
    }[place.code]
    due = dt.date(2026, rng.randint(2, 12), 1)
    issued = due - dt.timedelta(days=rng.randint(10, 16))
    period_end = dt.date(due.year + due.month // 12, due.month % 12 + 1, 1) - dt.timedelta(days=1)
    rent = float(rng.choice((1150, 1375, 1620, 2050)))
    service = rng.choice((0.0, 45.0, 85.0))
    rows = [["Description", "Period", "Amount"]]
    lines = [(f"Rent - {address(rng, place, '')[1]}, Flat {rng.randint(1, 12)}", rent)]
    if service:
        lines.append(("Service charge", service))
    for text, amount in lines:
        p.row(text, None, None, amount)
        rows.append([text, f"{p.day(due)} - {p.day(period_end)}", plain(amount, place)])
    total = round(rent + service, 2)
    number = f"R{due.year}{due.month:02d}-{digits(rng, 3)}"
    bank = {
        "uk": f"sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}, "
        f"account {digits(rng, 8)}",
        "eu": f"IBAN NL{digits(rng, 2)} RABO {digits(rng, 10)}",
        "au": f"BSB {digits(rng, 3)}-{digits(rng, 3)}, account {digits(rng, 9)}",
    }[place.code]
    panel = [
        ("Invoice number", p.own_number(number)),
        ("Invoice date", p.day(issued, "issue")),
        ("Tenancy ref", f"T{digits(rng, 5)}"),
        ("Rent due", p.day(due, "due")),
    ]
    body = [
        ("title", "Rent invoice"),
        ("table", rows),
        ("kv", [("Total due", p.money(total, total=True))]),
        (
            "para",
            f"Please pay by standing order to {bank}, quoting your tenancy reference. "
            "Rent not received within 14 days of the due date may incur interest.",
        ),
    ]
    sheet = Sheet(
        head=[p.seller(agent), "Lettings and property management"],
        panel=panel,
        address=address(rng, place, tenant),
        body=body,
        panel_style=rng.choice(("box", "band")),
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, p.labels()


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


__all__ = ["childcare", "lease", "medical", "rent_invoice", "tradesman"]
