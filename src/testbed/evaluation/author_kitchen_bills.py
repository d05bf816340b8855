"""The household's utility bills: electricity and water, each as its utility prints it (a
bill number beside an account number, a meter number and a customer number; the bill date
among the period's dates, the reading dates and the day the direct debit is taken).

How they are read (the author's own reading): a utility bill is an ``invoice``; its own
number is the bill or invoice number, never the account or meter number; its total is what
it asks to be paid; the day the direct debit is collected is its due date when no other is
printed.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_kitchen_style import (
    PLACES,
    Paper,
    Place,
    address,
    digits,
    person,
    plain,
    qty_text,
)
from testbed.evaluation.truth import Labels
from testbed.evaluation.variety_dues_print import Sheet


def _start(rng: random.Random) -> dt.date:
    return dt.date(2026, rng.randint(1, 10), 1)


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _rate(rate: float, place: Place) -> str:
    text = f"{rate:.4f}"
    return text.replace(".", ",") if place.code == "eu" else text


def electricity(rng: random.Random) -> tuple[Sheet, Labels]:
    """A monthly electricity bill (UK or euro area) with a giro slip at its foot."""
    place = PLACES[rng.choice(("uk", "eu"))]
    p = Paper(place, rng, "invoice")
    vendor = rng.choice(
        ("Brightwell Energy Ltd", "Northern Lantern Power plc", "Ecopulse Supply Ltd")
        if place.code == "uk"
        else ("Helder Stroom B.V.", "Emerald Grid Energy DAC", "Stadtlicht Energie GmbH")
    )
    customer = p.who(person(rng))
    start = _start(rng)
    end = _month_end(start)
    issued = end + dt.timedelta(days=rng.randint(2, 6))
    due = issued + dt.timedelta(days=rng.choice((14, 14, 21)))
    units = rng.randint(140, 520)
    rate = rng.choice((0.2448, 0.2671, 0.3012))
    days = (end - start).days + 1
    standing = rng.choice((0.5322, 0.4807, 0.6150))
    energy, fixed = round(units * rate, 2), round(days * standing, 2)
    vat_rate = 5 if place.code == "uk" else 9
    vat = round((energy + fixed) * vat_rate / 100, 2)
    total = round(energy + fixed + vat, 2)
    account = (
        digits(rng, 10)
        if place.code == "uk"
        else f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    )
    bill_no = rng.choice(
        (f"B{digits(rng, 8)}", digits(rng, 11), f"INV-{start.year}-{digits(rng, 6)}")
    )
    meter = f"{rng.choice('KSLE')}{digits(rng, 2)}{rng.choice('ABC')}{digits(rng, 5)}"
    debit = rng.random() < 0.5
    number_label = rng.choice(("Bill number", "Invoice no.", "Bill reference"))
    panel = [
        ("Account number", account),
        (number_label, p.own_number(bill_no)),
        ("Bill date", p.day(issued, "issue")),
        ("Billing period", f"{p.day(start)} - {p.day(end)}"),
    ]
    if rng.random() < 0.5:
        panel.append(("Customer number", f"{rng.choice(('C', 'K', ''))}{digits(rng, 7)}"))
    if not debit:
        panel.append(("Please pay by", p.day(due, "due")))
    rng.shuffle(panel)
    p.row(f"Electricity used {units} kWh", units, rate, energy)
    p.row(f"Standing charge {days} days", days, standing, fixed)
    table = [
        ["Description", "Quantity", "Rate", "Amount"],
        [
            f"Electricity used {units} kWh",
            qty_text(units),
            _rate(rate, place),
            plain(energy, place),
        ],
        [
            f"Standing charge {days} days",
            qty_text(days),
            _rate(standing, place),
            plain(fixed, place),
        ],
    ]
    previous = round(rng.uniform(60, 180), 2)
    pay_line = (
        f"We will collect {p.money(total)} by Direct Debit on or after {p.day(due, 'due')} "
        f"from the account ending {digits(rng, 4)}."
        if debit
        else f"Please pay {p.money(total)} by {p.day(due)}. Pay online, by phone or at any "
        "bank with the slip below."
    )
    read_on = end - dt.timedelta(days=rng.randint(0, 2))
    body = [
        ("heading", "Your electricity bill"),
        (
            "para",
            f"Previous bill {p.money(previous)}, payment received "
            f"{p.money(previous)} - thank you. Balance brought forward {p.money(0)}.",
        ),
        ("table", table),
        (
            "kv",
            [
                ("Charges before VAT", p.money(energy + fixed)),
                (f"VAT at {vat_rate}%", p.money(vat)),
                ("Total charges for this period", p.money(total, total=True)),
            ],
        ),
        ("para", pay_line),
        (
            "kv",
            [
                ("Meter serial number", meter),
                ("Meter point (MPAN)" if place.code == "uk" else "EAN code", digits(rng, 13)),
                ("Reading", f"{rng.randint(10000, 40000)} (actual) on {p.day(read_on)}"),
            ],
        ),
    ]
    slip = [
        (
            "kv",
            [
                ("Bank giro credit - account", account),
                ("Amount due", p.money(total)),
                ("Payee", vendor),
            ],
        ),
    ]
    head = [
        p.seller(vendor),
        f"Customer service {digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)}",
        f"www.{vendor.split()[0].lower()}.example",
    ]
    sheet = Sheet(
        head=head,
        panel=panel,
        address=address(rng, place, customer),
        body=body,
        slip=slip if not debit else [],
        panel_style=rng.choice(("box", "box", "stack")),
        text_panel=rng.choice(("kv", "columns", "kv_below")),
        footer=[f"{vendor}, registered office as above. VAT reg. {digits(rng, 9)}."],
    )
    return sheet, p.labels()


def water(rng: random.Random) -> tuple[Sheet, Labels]:
    """A quarterly water bill (Australia or the US) whose figures stand in a band across the
    page: account, invoice number, issue date, due date, amount."""
    place = PLACES[rng.choice(("au", "us"))]
    p = Paper(place, rng, "invoice")
    vendor = rng.choice(
        ("Riverbend Water", "Coastal Catchment Water Corporation")
        if place.code == "au"
        else ("City of Lakeside Water Utility", "Granite Valley Water District")
    )
    customer = p.who(person(rng))
    start = _start(rng)
    end = start + dt.timedelta(days=rng.choice((89, 90, 91)))
    issued = end + dt.timedelta(days=rng.randint(3, 9))
    due = issued + dt.timedelta(days=rng.choice((21, 28, 30)))
    kl = rng.randint(28, 95)
    usage_rate, sewer_rate = rng.choice(((3.31, 1.12), (2.95, 1.46)))
    usage, sewer = round(kl * usage_rate, 2), round(kl * sewer_rate, 2)
    service = rng.choice((71.80, 64.25, 88.10))
    total = round(usage + sewer + service, 2)
    account = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    invoice = digits(rng, 9)
    unit = "kL" if place.code == "au" else "kgal"
    rows = [
        (f"Water usage {kl} {unit}", kl, usage_rate, usage),
        (f"Sewer disposal {kl} {unit}", kl, sewer_rate, sewer),
        ("Service charge", None, None, service),
    ]
    table = [["Charge", "Quantity", "Price", "Amount"]]
    for text, qty, price, amount in rows:
        p.row(text, qty, price, amount)
        table.append(
            [
                text,
                qty_text(qty) if qty else "",
                f"{price:.2f}" if price else "",
                plain(amount, place),
            ]
        )
    panel = [
        ("Account number", account),
        ("Invoice number", p.own_number(invoice)),
        ("Issue date", p.day(issued, "issue")),
        ("Due date", p.day(due, "due")),
        ("Amount due", p.money(total, total=True)),
    ]
    previous = round(rng.uniform(150, 320), 2)
    body = [
        ("title", "Water and sewer account"),
        (
            "para",
            f"For the period {p.day(start)} to {p.day(end)} ({(end - start).days + 1} days). "
            f"Meter {digits(rng, 8)} read on {p.day(end)}.",
        ),
        (
            "kv",
            [
                ("Last bill", p.money(previous)),
                ("Payments received", p.money(-previous)),
                ("Balance carried forward", p.money(0)),
            ],
        ),
        ("table", table),
        ("kv", [("Total new charges", p.money(total))]),
        (
            "para",
            "Your average daily use was "
            f"{kl * 1000 // ((end - start).days + 1)} "
            f"{'litres' if place.code == 'au' else 'gallons'}. "
            "Concession holders may be eligible for a rebate.",
        ),
    ]
    slip_ref = digits(rng, 10)
    slip = [
        (
            "kv",
            [
                ("Biller code", digits(rng, 5)) if place.code == "au" else ("Account", account),
                ("Ref", slip_ref),
                ("Amount due", p.money(total)),
                ("Due", p.day(due)),
            ],
        )
    ]
    sheet = Sheet(
        head=[
            p.seller(vendor),
            f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
            if place.code == "au"
            else "Customer Care (555) 014-2020",
        ],
        panel=panel,
        panel_style="band",
        address=address(rng, place, customer),
        body=body,
        slip=slip,
        text_panel=rng.choice(("kv", "kv_below")),
    )
    return sheet, p.labels()


__all__ = ["electricity", "water"]
