"""The household's service papers: the internet or mobile bill and the insurer's renewal
letter.

How they are read (the author's own reading): the phone or internet bill is an ``invoice``
numbered by its bill number; a US cable bill that prints only the account number has no
number of its own; the AutoPay day is its due date. The renewal letter is a ``letter``
whose number is the policy number it is about, billing the new annual premium, effective
from the day the cover renews to the day it ends.
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


def telecom(rng: random.Random) -> tuple[Sheet, Labels]:
    """An internet or mobile bill: a US cable bill that prints no bill number (only the
    account), or a UK mobile bill with one."""
    place = PLACES[rng.choice(("us", "uk"))]
    p = Paper(place, rng, "invoice")
    customer = p.who(person(rng))
    start = dt.date(2026, rng.randint(1, 11), rng.choice((5, 12, 19)))
    end = start + dt.timedelta(days=29)
    issued = start - dt.timedelta(days=rng.randint(3, 8))
    due = start + dt.timedelta(days=rng.randint(10, 16))
    if place.code == "us":
        vendor = rng.choice(("Skyline Cable & Internet", "Prairie Fiber Communications LLC"))
        services = [
            ("Internet 500 Mbps", 65.00),
            ("WiFi equipment rental", 15.00),
            ("TV Choice package", rng.choice((39.99, 49.99))),
        ]
        taxes = round(rng.uniform(3, 9), 2)
    else:
        vendor = rng.choice(("Kestrel Mobile Ltd", "Beacon Broadband plc"))
        services = [
            ("Airtime plan 30GB", 18.00),
            ("Handset instalment 12 of 24", 24.50),
            ("Roaming add-on", rng.choice((2.00, 6.00))),
        ]
        taxes = 0.0
    total = round(sum(a for _, a in services) + taxes, 2)
    account = (
        f"{digits(rng, 4)} {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 7)}"
        if place.code == "us"
        else digits(rng, 9)
    )
    panel = [
        ("Account number", account),
        ("Statement date" if place.code == "us" else "Bill date", p.day(issued, "issue")),
    ]
    if place.code == "uk":
        panel.insert(
            1, ("Bill number", p.own_number(f"{digits(rng, 2)}{rng.choice('KMX')}{digits(rng, 7)}"))
        )
        panel.append(("Mobile number", f"07{digits(rng, 3)} {digits(rng, 6)}"))
    panel += [
        ("Service period", f"{p.day(start)} - {p.day(end)}"),
        ("Total due", p.money(total, total=True)),
    ]
    table = [["Service", "Amount"]]
    for text, amount in services:
        p.row(text, None, None, amount)
        table.append([text, plain(amount, place)])
    previous = round(total + rng.uniform(-6, 6), 2)
    kv = [
        ("Previous balance", p.money(previous)),
        ("Payment - thank you", p.money(-previous)),
        ("New charges", p.money(total)),
    ]
    if taxes:
        kv.insert(2, ("Taxes, surcharges and fees", p.money(taxes)))
    auto = rng.random() < 0.5
    pay = (
        f"AutoPay is on: {p.money(total)} will be charged to your card ending {digits(rng, 4)} "
        f"on {p.day(due, 'due')}. No action needed."
        if auto
        else f"Please pay {p.money(total)} by {p.day(due, 'due')}."
    )
    body = [
        ("heading", "Your monthly bill"),
        ("table", table),
        ("kv", kv),
        ("para", pay),
        (
            "para",
            f"Questions? Call us or visit the account page. Order {digits(rng, 8)} "
            "for your equipment return is still open.",
        ),
    ]
    sheet = Sheet(
        head=[p.seller(vendor), "PO Box " + digits(rng, 4)],
        panel=panel,
        address=address(rng, place, customer),
        body=body,
        panel_style=rng.choice(("box", "stack")),
        running=f"Account {account}  Page {{page}} of {{pages}}",
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, p.labels()


def insurance_renewal(rng: random.Random) -> tuple[Sheet, Labels]:
    """The insurer's renewal letter: this year's premium beside last year's, the period of
    cover, and the instalments by direct debit."""
    place = PLACES[rng.choice(("uk", "au"))]
    p = Paper(place, rng, "letter")
    vendor = rng.choice(
        ("Harbourside Mutual Insurance", "Greenfield Home & Motor Insurance Ltd")
        if place.code == "uk"
        else ("Southern Cross General Insurance", "Harbourside Mutual Insurance Pty Ltd")
    )
    customer = p.who(person(rng))
    renews = dt.date(2026, rng.randint(2, 12), rng.choice((1, 9, 15, 24)))
    ends = dt.date(renews.year + 1, renews.month, renews.day) - dt.timedelta(days=1)
    written = renews - dt.timedelta(days=rng.randint(21, 30))
    cover = rng.choice(("Home buildings and contents", "Car - comprehensive", "Landlord buildings"))
    last, this = round(rng.uniform(280, 900), 2), 0.0
    this = round(last * rng.uniform(1.03, 1.22), 2)
    monthly = round(this / 12, 2)
    policy = f"{rng.choice(('HH', 'MC', 'PH'))}{digits(rng, 8)}"
    first_debit = renews + dt.timedelta(days=rng.randint(5, 14))
    signer = p.who(person(rng))
    body = [
        (
            "kv",
            [
                ("Date", p.day(written, "issue")),
                ("Policy number", p.own_number(policy)),
                ("Customer number", digits(rng, 7)),
            ],
        ),
        ("para", f"Dear {customer.split()[0]},"),
        (
            "para",
            f"Your {cover.lower()} policy renews on {p.day(renews, 'effective')}. "
            "We have reviewed your cover and your new premium is shown below. "
            "If you are happy with it, you do not need to do anything.",
        ),
        (
            "table",
            [
                ["", "Last year", "This year"],
                ["Annual premium", p.money(last), p.money(this, total=True)],
                [
                    "Insurance premium tax (included)",
                    p.money(round(last * 0.12, 2)),
                    p.money(round(this * 0.12, 2)),
                ],
            ],
        ),
        (
            "kv",
            [
                ("Period of insurance", f"{p.day(renews)} to {p.day(ends, 'end')}"),
                (
                    "Payment",
                    f"12 monthly instalments of {p.money(monthly)}, the first on "
                    f"{p.day(first_debit)}",
                ),
            ],
        ),
        (
            "para",
            "Please check your policy schedule carefully and tell us about any changes. "
            "You have 14 days after the renewal date to cancel and receive a full refund.",
        ),
        ("lines", ["Yours sincerely,", "", signer, "Renewals Team"]),
    ]
    head = [
        p.seller(vendor),
        "Renewals, PO Box " + digits(rng, 3),
        f"Tel {digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)}",
    ]
    sheet = Sheet(
        head=head,
        address=address(rng, place, customer),
        body=[("title", "Your renewal invitation"), *body],
        footer=[f"{vendor} is authorised and regulated. Firm ref {digits(rng, 6)}."],
    )
    return sheet, p.labels()


__all__ = ["insurance_renewal", "telecom"]
