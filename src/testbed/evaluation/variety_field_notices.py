"""Fee notices and a patient's bill for the field generators
(:mod:`testbed.evaluation.variety_field`).

A German town's fee notice ("Gebührenbescheid": the "Kassenzeichen" as its number, "fällig
am"), a British council's licence fee invoice ("Due upon receipt": no due date), and a US
hospital's patient statement (the insurer's payments and adjustments taken off; its total is
the balance the patient owes). Names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, someday


def gebuehren(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German town's fee notice ("Gebührenbescheid"): the "Kassenzeichen" as its number, the
    fee "fällig am", the authority as the seller under its coat of arms' line."""
    s = Sheet(rng, "de")
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    town = s.pick(("Stadt Wolfsfelden", "Gemeinde Ebersbach am See"))
    fee = s.pick((45.0, 120.0, 236.5, 86.0))
    s.item("Verwaltungsgebühr gemäß Tarifstelle 12.3", None, None, fee)
    blocks: list[Block] = [
        ("lines", [s.vendor(town), "Ordnungsamt - Rathausplatz 1 - 71101 Wolfsfelden"]),
        (
            "lines",
            [
                f"Frau {s.person(s.pick(('Sabine Kretschmer', 'Monika Albrecht')))}",
                "Lerchenstraße 22",
                "71101 Wolfsfelden",
            ],
        ),
        (
            "columns",
            [
                ("", f"Datum: {s.day(issued, 'issue', 'dot')}"),
                ("", f"Kassenzeichen: {s.number(code(rng, '9.9999.999999.9'))}"),
            ],
        ),
        ("title", "Gebührenbescheid"),
        (
            "para",
            "Für die Erteilung der Sondernutzungserlaubnis werden folgende Gebühren festgesetzt:",
        ),
        (
            "table",
            [
                ["Gebühr", "Betrag"],
                ["Verwaltungsgebühr gemäß Tarifstelle 12.3", s.money(fee)],
            ],
        ),
        (
            "para",
            f"Zu zahlen: {s.total(fee)}. Der Betrag ist fällig am {s.day(due, 'due', 'dot')}. "
            "Bitte geben Sie bei der Zahlung unbedingt das Kassenzeichen an.",
        ),
        (
            "para",
            "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach "
            "Bekanntgabe Widerspruch erhoben werden.",
        ),
    ]
    return blocks, s.w


def licence_fee(rng: random.Random) -> tuple[list[Block], Writer]:
    """A British council's licence fee invoice: "Invoice number" and "Customer reference"
    in a grid, "Due upon receipt" (no due date), the council's name at the foot."""
    s = Sheet(rng, "uk")
    issued = someday(rng)
    council = s.pick(("Harlow Vale District Council", "Borough of Kingsmere Council"))
    fee = s.pick((98.0, 180.0, 355.0))
    s.item("Street trading consent (annual)", 1, fee, fee)
    blocks: list[Block] = [
        ("title", "INVOICE"),
        (
            "table",
            [
                ["Invoice number", "Invoice date", "Customer reference"],
                [
                    s.number(code(rng, "99999999")),
                    s.day(issued, "issue", "uk"),
                    code(rng, "C999999"),
                ],
            ],
        ),
        (
            "lines",
            [
                s.org(s.pick(("Papa Rico's Kitchen Ltd", "The Laughing Kettle Ltd"))),
                "Unit 3, Station Parade",
            ],
        ),
        (
            "table",
            [
                ["Description", "Qty", "Unit price", "Net", "VAT", "Gross"],
                [
                    "Street trading consent (annual)",
                    "1",
                    s.num(fee),
                    s.num(fee),
                    "0.00",
                    s.num(fee),
                ],
            ],
        ),
        ("kv", [("Total", s.total(fee)), ("Payment terms", "Due upon receipt")]),
        (
            "para",
            f"Please pay online quoting the invoice number. {s.vendor(council)}, Civic Centre, "
            "Water Lane, Harlow Vale CM20 1HE.",
        ),
    ]
    return blocks, s.w


def patient_statement(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US hospital's patient statement: "Statement Date", "Account #", charges less the
    insurer's payments and adjustments, "Please pay this amount" by "Due Date". A statement:
    its total is the balance the patient owes."""
    s = Sheet(rng, "us")
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    charges = [
        ("Emergency room visit level 3", 1240.0),
        ("Laboratory services", 312.75),
        ("X-ray, chest 2 views", 268.0),
    ]
    gross = round(sum(a for _, a in charges), 2)
    insurer_paid = round(gross * 0.52, 2)
    adjust = round(gross * 0.31, 2)
    balance = round(gross - insurer_paid - adjust, 2)
    visit = issued - dt.timedelta(days=rng.randint(20, 50))
    rows = [["Date", "Description", "Amount"]]
    for name, amount in charges:
        s.item(name, None, None, amount)
        rows.append([s.day(visit, None, "us"), name, s.num(amount)])
    s.item("Insurance payment - Bluestem Health Plan", None, None, -insurer_paid)
    s.item("Contractual adjustment", None, None, -adjust)
    rows += [
        [
            s.day(issued - dt.timedelta(days=6), None, "us"),
            "Insurance payment - Bluestem Health Plan",
            s.num(-insurer_paid),
        ],
        [
            s.day(issued - dt.timedelta(days=6), None, "us"),
            "Contractual adjustment",
            s.num(-adjust),
        ],
    ]
    patient = s.person(s.pick(("Rosalind Ybarra", "Curtis Pembrook")))
    s.org("Bluestem Health Plan")
    blocks: list[Block] = [
        (
            "lines",
            [
                s.org(s.pick(("St. Aldric Regional Medical Center", "Prairie Hills Hospital"))),
                "Patient Financial Services",
                "PO Box 9120, Wichita, KS 67277",
            ],
        ),
        ("title", "PATIENT STATEMENT"),
        (
            "table",
            [
                ["Statement Date", "Account #", "Due Date", "Please Pay This Amount"],
                [
                    s.day(issued, "issue", "us"),
                    s.number(code(rng, "H99999999")),
                    s.day(due, "due", "us"),
                    s.total(balance),
                ],
            ],
        ),
        ("kv", [("Patient", patient), ("Guarantor", patient)]),
        ("table", rows),
        (
            "table",
            [
                ["Total charges", s.money(gross)],
                ["Insurance payments", s.money(-insurer_paid)],
                ["Adjustments", s.money(-adjust)],
                ["Patient balance", s.money(balance)],
            ],
        ),
    ]
    return blocks, s.w
