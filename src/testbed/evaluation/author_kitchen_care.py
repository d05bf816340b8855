"""Papers from the people who look after the household: the doctor's or dentist's bill, the
daycare's or school's invoice and the letting agent's rent invoice.

How they are read (the author's own reading): the medical bill's own number is its invoice
or statement number, not the patient account or the claim number; after the insurer has paid
its share it bills the patient's balance (what the paper asks this reader to pay). A rent
invoice is due on the day the rent is due.
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
    rows = [["Description", "Date of service", "Charge"]]
    for text, amount in services:
        p.row(text, None, None, amount)
        rows.append(
            [
                text,
                p.day(seen, style="us_short" if place.code == "us" else "uk_short"),
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


__all__ = ["childcare", "medical", "rent_invoice"]
