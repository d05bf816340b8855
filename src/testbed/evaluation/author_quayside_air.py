"""Papers of the air and express trade: an airfreight forwarder's invoice, whose own number
stands in its title line while the panel holds the air waybills, flight and job, and a courier
account's weekly invoice, a reference strip across the page over a list of consignments.

The air waybill numbers (MAWB, HAWB) and consignment notes identify shipments, not the paper;
the courier's ``Amount due`` in the strip is its total and its ``Due date`` its due date, the
period it covers is neither.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_quayside_paper import Paper, panel_layout, terms
from testbed.evaluation.author_quayside_style import (
    Locale,
    bank,
    company,
    phone,
    reference,
    tax_id,
)
from testbed.evaluation.truth import LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

_AIRPORTS = ("PVG", "HKG", "SIN", "DXB", "FRA", "LHR", "AMS", "SYD", "LAX", "ORD", "BOM", "NRT")


def _issued(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(rng.randrange(330))


def _awb(rng: random.Random) -> str:
    return f"{rng.choice(('176', '618', '020', '157', '057'))}-{rng.randrange(10**7, 10**8)}"


def air_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """An airfreight invoice: per-kilo rates on the chargeable weight, its number in the title."""
    paper = Paper("air_invoice", "invoice", loc, rng.choice(loc.dates))
    issued = _issued(rng)
    seller = company(rng, loc, rng.choice(("Air Cargo", "Global Forwarding", "Airfreight")))
    buyer = company(rng, loc, rng.choice(("Electronics", "Fashion", "Medical")), seller)
    paper.orgs.append(buyer)
    flown = issued - dt.timedelta(rng.randrange(2, 12))
    origin, destination = rng.sample(_AIRPORTS, 2)
    number = reference(rng, rng.choice(("AI", "", "AF-")), 6)
    panel = [
        ("Date", paper.day(issued, "issue")),
        ("MAWB", _awb(rng)),
        ("HAWB", reference(rng, f"{origin}", 7)),
        (
            "Flight",
            f"{rng.choice(('EK', 'SQ', 'CX', 'LH', 'QF'))}{rng.randrange(10, 999)} / "
            f"{paper.day(flown)}",
        ),
        ("Shipper ref", reference(rng, "", 8)),
    ]
    extra, notes = terms(rng, paper, issued)
    panel += extra
    gross = round(rng.uniform(40, 1800), 1)
    volume = round(gross * rng.uniform(0.8, 1.9), 1)
    chargeable = max(gross, volume)
    rate = round(rng.uniform(2.1, 7.8), 2)
    freight = round(chargeable * rate, 2)
    paper.rows = [
        LineItem(f"Air freight {origin}-{destination} per kg", chargeable, rate, freight),
        LineItem("Fuel surcharge per kg", chargeable, 0.85, round(chargeable * 0.85, 2)),
        LineItem("Security screening", 1.0, 45.0, 45.0),
        LineItem("Airline handling", 1.0, 65.0, 65.0),
    ]
    net = round(sum(r.amount for r in paper.rows), 2)
    tax = round(net * loc.rate, 2) if rng.random() < 0.5 else 0.0
    title = f"{rng.choice(('TAX INVOICE', 'INVOICE'))} No. {paper.doc_number(number)}"
    sheet = Sheet(
        head=[
            paper.seller(seller),
            f"Cargo Terminal, {rng.choice(loc.cities)}",
            f"{loc.tax_id} {tax_id(rng, loc)}   {phone(rng, loc)}",
        ],
        panel=panel,
        address=["Invoice to", buyer, rng.choice(loc.cities)],
        running="Page {page} of {pages}",
    )
    panel_layout(rng, sheet, len(panel))
    table = [["Charge", "Qty", "Rate", "Amount"]]
    table += [
        [r.description, f"{r.quantity:g}", f"{r.unit_price:.2f}", paper.plain(r.amount)]
        for r in paper.rows
    ]
    sheet.body = [
        ("title", title),
        (
            "kv",
            [
                ("Route", f"{origin} - {destination}"),
                ("Pieces / gross", f"{rng.randrange(1, 40)} pcs / {gross} kg"),
                ("Volume weight", f"{volume} kg"),
                ("Chargeable", f"{chargeable} kg"),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", paper.money(net)),
                (
                    f"{loc.tax} {'0% (export)' if not tax else f'{loc.rate * 100:g}%'}",
                    paper.money(tax),
                ),
                ("Balance due", paper.money(net + tax, code=True, total=True)),
            ],
        ),
    ]
    if notes:
        sheet.body.append(("para", " ".join(notes)))
    sheet.footer = [
        bank(rng, loc),
        "All business is transacted under our standard trading conditions.",
    ]
    return sheet, paper


def courier_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A courier account's weekly invoice: a strip of references, then the consignments."""
    paper = Paper("courier_invoice", "invoice", loc, rng.choice(loc.dates))
    seller = company(rng, loc, rng.choice(("Express", "Couriers", "Parcel Services")))
    client = company(rng, loc, rng.choice(("Online", "Pharmacy", "Spares")), seller)
    paper.orgs.append(client)
    week_end = _issued(rng)
    week_start = week_end - dt.timedelta(6)
    issued = week_end + dt.timedelta(rng.randrange(1, 4))
    due = issued + dt.timedelta(rng.choice((7, 14)))
    rows = []
    for _ in range(rng.randrange(4, 10)):
        note = reference(rng, rng.choice(("CN", "")), 9)
        place = rng.choice(("Melbourne", "Leeds", "Jurong", "Al Ain", "Antwerp", "Dallas"))
        rows.append(LineItem(f"{note} {place}", None, None, round(rng.uniform(6, 95), 2)))
    paper.rows = rows
    net = round(sum(r.amount for r in rows), 2)
    tax = round(net * loc.rate, 2)
    total = round(net + tax, 2)
    number = reference(rng, "", 8)
    sheet = Sheet(
        head=[paper.seller(seller), rng.choice(loc.cities), f"{loc.tax_id} {tax_id(rng, loc)}"],
        panel=[
            ("Account", reference(rng, "", 6)),
            ("Invoice", paper.doc_number(number)),
            ("Invoice date", paper.day(issued, "issue")),
            ("Amount due", mark("total", paper.money(total))),
            ("Due date", paper.day(due, "due")),
        ],
        panel_style="band",
        address=[client, rng.choice(loc.cities)],
        text_panel=rng.choice(("kv", "kv_below")),
    )
    paper.total = (total, loc.currency)
    table = [["Consignment / destination", "Amount"]]
    table += [[r.description, paper.plain(r.amount)] for r in rows]
    sheet.body = [
        ("title", rng.choice(("TAX INVOICE", "ACCOUNT INVOICE"))),
        ("para", f"Consignments sent {paper.day(week_start)} to {paper.day(week_end)}."),
        ("table", table),
        (
            "kv",
            [
                ("Charges", paper.money(net)),
                (loc.tax, paper.money(tax)),
                ("Total", paper.money(total)),
            ],
        ),
    ]
    sheet.slip = [
        ("kv", [("Account", client), ("Invoice", number), ("Amount", paper.money(total))])
    ]
    sheet.footer = [bank(rng, loc), f"Invoice queries {phone(rng, loc)} within 14 days."]
    return sheet, paper


__all__ = ["air_invoice", "courier_invoice"]
