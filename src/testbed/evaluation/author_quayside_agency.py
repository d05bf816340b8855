"""A print shop's or marketing agency's invoice: a job (proof and delivery dates) or a monthly
retainer (a service period), its terms and conditions on a second page, where the late-payment
clause speaks of "the due date" without giving one.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_quayside_paper import Paper, end_of_month, panel_layout, terms
from testbed.evaluation.author_quayside_style import (
    Locale,
    bank,
    company,
    quantity,
    reference,
    tax_id,
)
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet


def _issued(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(rng.randrange(330))


def agency_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A print shop's or marketing agency's invoice for a job or a monthly retainer, with its
    terms and conditions on a second page."""
    paper = Paper("agency_invoice", "invoice", loc, rng.choice(loc.dates))
    printer = rng.random() < 0.5
    seller = company(rng, loc, "Print" if printer else rng.choice(("Creative", "Media", "Digital")))
    client = company(rng, loc, rng.choice(("Hotels", "Retail", "Motors")), seller)
    paper.orgs.append(client)
    issued = _issued(rng)
    number = reference(rng, rng.choice(("", "A", "INV-")), 5)
    panel = [
        ("Invoice number", paper.doc_number(number)),
        ("Date of issue", paper.day(issued, "issue")),
        ("Job no." if printer else "Campaign", reference(rng, "J", 5)),
        ("Client order", reference(rng, "", 7)),
    ]
    extra, notes = terms(rng, paper, issued, label=rng.choice(("Due Date", "Payment due")))
    panel += extra
    sheet = Sheet(
        head=[paper.seller(seller), rng.choice(loc.cities), f"{loc.tax_id} {tax_id(rng, loc)}"],
        panel=panel,
        address=[client, "Marketing Department", rng.choice(loc.cities)],
        running="{page}/{pages}",
    )
    panel_layout(rng, sheet, len(panel))
    if printer:
        catalogue = (
            ("Brochure A4 16pp 170gsm", 0.8, 2.6),
            ("Business cards 400gsm", 0.04, 0.12),
            ("Poster A2 gloss", 2.5, 7.0),
            ("Folder with pocket", 1.1, 3.2),
        )
        rows = [
            LineItem(d, float(q), round(rng.uniform(lo, hi), 2), 0.0)
            for (d, lo, hi), q in zip(
                rng.sample(catalogue, 2),
                (rng.choice((500, 1000, 2500)), rng.choice((250, 500))),
                strict=True,
            )
        ]
        proof, delivered = paper.day(issued - dt.timedelta(9)), paper.day(issued - dt.timedelta(2))
        period = f"Proof approved {proof}, delivered {delivered}."
    else:
        first = (issued - dt.timedelta(28)).replace(day=1)
        rows = [
            LineItem(
                "Monthly retainer - social media", 1.0, round(rng.uniform(1500, 6000), -1), 0.0
            ),
            LineItem(
                "Paid media management (hours)",
                float(rng.randrange(4, 20)),
                round(rng.uniform(90, 160), 2),
                0.0,
            ),
        ]
        period = f"Services for the period {paper.day(first)} to {paper.day(end_of_month(first))}."
    paper.rows = [
        LineItem(
            r.description,
            r.quantity,
            r.unit_price,
            round((r.quantity or 0) * (r.unit_price or 0), 2),
        )
        for r in rows
    ]
    table = [["Description", "Qty", "Unit price", "Amount"]]
    table += [
        [
            r.description,
            quantity(r.quantity),
            f"{r.unit_price:.2f}"
            if loc.digits == "en"
            else f"{r.unit_price:.2f}".replace(".", ","),
            paper.plain(r.amount),
        ]
        for r in paper.rows
    ]
    net = round(sum(r.amount for r in paper.rows), 2)
    tax = round(net * loc.rate, 2)
    sheet.body = [
        ("title", "INVOICE"),
        ("para", period),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", paper.money(net)),
                (f"{loc.tax} @ {loc.rate * 100:g}%", paper.money(tax)),
                ("Total", paper.money(net + tax, total=True)),
            ],
        ),
        ("para", " ".join(notes) or "Thank you for your business."),
        ("break", None),
        ("heading", "Terms and conditions"),
        (
            "para",
            "1. Quotations are valid for 30 days. 2. Late payments incur interest at 2% per "
            "month from the due date. 3. Artwork remains our property until paid in full. "
            "4. Claims for defects must be made within 7 days of delivery.",
        ),
    ]
    sheet.footer = [bank(rng, loc)]
    return sheet, paper


__all__ = ["agency_invoice"]
