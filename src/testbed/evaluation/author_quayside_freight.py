"""Papers of the waterfront: a forwarder's freight invoice, a customs broker's invoice of fees
and disbursed duties, and a shipping line's debit note for detention.

Each prints the numbers a shipment collects (job, B/L or AWB, container, entry, HS codes, the
customer's account and PO) beside its own number, and the shipment's dates (ETD, ETA, entry,
free time) beside its own issue and due dates. The paper's number is the one its title names.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_quayside_paper import Paper, panel_layout, terms
from testbed.evaluation.author_quayside_style import (
    Locale,
    bank,
    company,
    container,
    phone,
    quantity,
    reference,
    tax_id,
)
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet

_PORTS = (
    "Shanghai, CN",
    "Ningbo, CN",
    "Singapore, SG",
    "Jebel Ali, AE",
    "Rotterdam, NL",
    "Hamburg, DE",
    "Felixstowe, GB",
    "Los Angeles, US",
    "Savannah, US",
    "Sydney, AU",
    "Busan, KR",
    "Port Klang, MY",
    "Nhava Sheva, IN",
)
_CHARGES = (
    ("Ocean freight", 650.0, 2400.0),
    ("Terminal handling charge", 120.0, 380.0),
    ("Documentation fee", 35.0, 95.0),
    ("Bunker adjustment factor (BAF)", 80.0, 420.0),
    ("Customs clearance", 90.0, 260.0),
    ("Delivery to door", 180.0, 690.0),
    ("ISPS surcharge", 10.0, 25.0),
    ("Fumigation", 60.0, 140.0),
    ("Port security fee", 15.0, 45.0),
    ("Container seal", 8.0, 20.0),
)


def _issued(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(rng.randrange(330))


def _charges(rng: random.Random, paper: Paper, count: int) -> tuple[list[list[str]], float]:
    rows: list[LineItem] = []
    for description, low, high in rng.sample(_CHARGES, count):
        units = float(rng.choice((1, 1, 1, 2, 3)))
        rate = round(rng.uniform(low, high), 2)
        rows.append(LineItem(description, units, rate, round(units * rate, 2)))
    paper.rows = rows
    table = [["Description", "Qty", "Rate", f"Amount {paper.loc.currency}"]]
    table += [
        [r.description, quantity(r.quantity), paper.plain(r.unit_price or 0), paper.plain(r.amount)]
        for r in rows
    ]
    return table, round(sum(r.amount for r in rows), 2)


def _totals(paper: Paper, net: float, rate: float) -> list[tuple[str, str]]:
    tax = round(net * rate, 2)
    lines = [("Subtotal", paper.money(net))]
    if rate:
        lines.append((f"{paper.loc.tax} {rate * 100:g}%", paper.money(tax)))
    lines.append(("Total due", paper.money(net + tax, code=True, total=True)))
    return lines


def freight_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A forwarder's invoice for one ocean shipment."""
    paper = Paper("freight_invoice", "invoice", loc, rng.choice(loc.dates))
    issued = _issued(rng)
    seller = company(rng, loc, rng.choice(("Logistics", "Freight", "Shipping Agencies")))
    buyer = company(rng, loc, rng.choice(("Trading", "Imports", "Distribution")), seller)
    paper.orgs.append(buyer)
    etd = issued - dt.timedelta(rng.randrange(12, 40))
    eta = etd + dt.timedelta(rng.randrange(9, 30))
    title = rng.choice(("TAX INVOICE", "INVOICE", "FREIGHT INVOICE"))
    number = reference(rng, rng.choice(("INV", "FI", "SIN", "")), 7)
    panel = [
        ("Invoice No.", paper.doc_number(number)),
        ("Invoice Date", paper.day(issued, "issue")),
        ("Account No.", reference(rng, "C", 5)),
        ("Job No.", reference(rng, "JOB-", 6)),
        ("Your Ref", reference(rng, "PO ", 5)),
    ]
    extra, notes = terms(rng, paper, issued)
    panel += extra
    sheet = Sheet(
        head=[
            paper.seller(seller),
            f"Unit 4, {rng.choice(loc.cities)}",
            f"Tel {phone(rng, loc)}   {loc.tax_id} {tax_id(rng, loc)}",
        ],
        panel=panel,
        address=["Bill to:", buyer, rng.choice(loc.cities)],
        running="Page {page} of {pages}",
    )
    panel_layout(rng, sheet, len(panel))
    pol, pod = rng.sample(_PORTS, 2)
    shipment = [
        (
            "Vessel / Voyage",
            f"{rng.choice(('MSC AURORA', 'MAERSK KENSINGTON', 'CMA CGM RHONE'))} "
            f"{rng.randrange(100, 999)}{rng.choice('EWNS')}",
        ),
        ("B/L No.", reference(rng, rng.choice(("MEDU", "MAEU", "CMDU")), 8)),
        ("Container", f"{container(rng)} 40HC"),
        ("Port of loading", pol),
        ("Port of discharge", pod),
        ("ETD", paper.day(etd)),
        ("ETA", paper.day(eta)),
        ("Packages / weight", f"{rng.randrange(10, 900)} CTNS / {rng.randrange(800, 24000)} KGS"),
    ]
    table, net = _charges(rng, paper, rng.randrange(3, 7))
    rate = loc.rate if rng.random() < 0.7 else 0.0
    sheet.body = [
        ("title", title),
        ("side", ([("kv", shipment[:4])], [("kv", shipment[4:])])),
        ("table", table),
        ("kv", _totals(paper, net, rate)),
    ]
    if rate == 0.0:
        sheet.body.append(("para", f"Zero-rated: international transport ({loc.tax} 0%)."))
    if notes:
        sheet.body.append(("para", " ".join(notes)))
    sheet.footer = [bank(rng, loc), f"Please quote invoice number {number} with your payment."]
    return sheet, paper


def customs_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A customs broker's invoice: its own fees, then duty and tax paid on the importer's behalf."""
    paper = Paper("customs_invoice", "invoice", loc, rng.choice(loc.dates))
    issued = _issued(rng)
    seller = company(
        rng, loc, rng.choice(("Customs Brokers", "Clearing Agents", "Customs Services"))
    )
    buyer = company(rng, loc, rng.choice(("Wholesale", "Importers", "Supplies")), seller)
    paper.orgs.append(buyer)
    entry_day = issued - dt.timedelta(rng.randrange(1, 6))
    number = reference(rng, rng.choice(("CB-", "BRK", "")), 6)
    panel = [
        ("Invoice number", paper.doc_number(number)),
        ("Date", paper.day(issued, "issue")),
        ("Client code", reference(rng, "", 4)),
        ("Entry No.", reference(rng, rng.choice(("ENT", "")), 9)),
        ("Entry date", paper.day(entry_day)),
    ]
    extra, notes = terms(rng, paper, issued)
    panel += extra
    sheet = Sheet(
        head=[
            paper.seller(seller),
            f"Licensed customs broker  {rng.choice(loc.cities)}",
            f"{loc.tax_id}: {tax_id(rng, loc)}   Phone {phone(rng, loc)}",
        ],
        panel=panel,
        address=[buyer, f"Attn: {rng.choice(loc.people)}", rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    fees = [
        LineItem("Customs entry preparation", 1.0, round(rng.uniform(60, 180), 2), 0.0),
        LineItem(
            "Tariff classification per line",
            float(rng.randrange(2, 9)),
            round(rng.uniform(6, 15), 2),
            0.0,
        ),
        LineItem("Cartage advice and handling", 1.0, round(rng.uniform(25, 90), 2), 0.0),
    ]
    fees = [
        LineItem(
            f.description,
            f.quantity,
            f.unit_price,
            round((f.quantity or 1) * (f.unit_price or 0), 2),
        )
        for f in fees
    ]
    duty = round(rng.uniform(300, 6000), 2)
    import_tax = round(rng.uniform(200, 4000), 2)
    paper.rows = [
        *fees,
        LineItem("Import duty (disbursement)", None, None, duty),
        LineItem(f"Import {loc.tax} (disbursement)", None, None, import_tax),
    ]
    table = [["Description", "Qty", "Unit price", "Amount"]]
    table += [
        [
            r.description,
            quantity(r.quantity),
            paper.plain(r.unit_price) if r.unit_price is not None else "",
            paper.plain(r.amount),
        ]
        for r in paper.rows
    ]
    fee_total = round(sum(f.amount for f in fees), 2)
    fee_tax = round(fee_total * loc.rate, 2)
    total = round(fee_total + fee_tax + duty + import_tax, 2)
    hs = ", ".join(
        f"{rng.randrange(3901, 9619)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}"
        for _ in range(rng.randrange(2, 4))
    )
    sheet.body = [
        ("title", rng.choice(("TAX INVOICE", "INVOICE - CUSTOMS CLEARANCE"))),
        (
            "kv",
            [
                ("Master B/L", reference(rng, "OOLU", 10)),
                ("HS codes", hs),
                ("Arrived", paper.day(entry_day - dt.timedelta(rng.randrange(1, 4)))),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Professional fees", paper.money(fee_total)),
                (f"{loc.tax} on fees", paper.money(fee_tax)),
                ("Disbursements", paper.money(duty + import_tax)),
                ("Invoice total", paper.money(total, code=True, total=True)),
            ],
        ),
        (
            "para",
            "Disbursements are paid on your behalf to customs and are not subject to "
            f"{loc.tax}. " + " ".join(notes),
        ),
    ]
    sheet.footer = [bank(rng, loc), "Disputes must be raised within 7 days of invoice date."]
    return sheet, paper


def debit_note(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A shipping line's debit note for container detention past the free time; it cites the
    original invoice, whose number is not this paper's."""
    paper = Paper("debit_note", "invoice", loc, rng.choice(loc.dates))
    issued = _issued(rng)
    seller = company(rng, loc, rng.choice(("Container Lines", "Shipping", "Maritime")))
    buyer = company(rng, loc, rng.choice(("Forwarding", "Trading", "Projects")), seller)
    paper.orgs.append(buyer)
    number = reference(rng, "DN", 7)
    gate_out = issued - dt.timedelta(rng.randrange(20, 45))
    free = rng.choice((5, 7, 10, 14))
    back = gate_out + dt.timedelta(free + rng.randrange(3, 15))
    late = (back - gate_out).days - free
    rate = float(rng.choice((45, 60, 75, 90, 120)))
    paper.rows = [
        LineItem(f"Detention {container(rng)} 20GP", float(late), rate, round(late * rate, 2))
    ]
    panel = [
        ("Debit Note No.", paper.doc_number(number)),
        ("Date", paper.day(issued, "issue")),
        ("Customer ID", reference(rng, "", 7)),
        ("Orig. Invoice", reference(rng, "INV", 7)),
        ("B/L No.", reference(rng, "ONEY", 9)),
    ]
    extra, notes = terms(rng, paper, issued, label=rng.choice(("Due Date", "Pay by")))
    panel += extra
    sheet = Sheet(
        head=[paper.seller(seller), rng.choice(loc.cities), f"{loc.tax_id} {tax_id(rng, loc)}"],
        panel=panel,
        address=[buyer, rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    row = paper.rows[0]
    sheet.body = [
        ("title", "DEBIT NOTE"),
        (
            "para",
            f"Container picked up {paper.day(gate_out)}, returned empty {paper.day(back)}. "
            f"Free time {free} days; {late} chargeable days.",
        ),
        (
            "table",
            [
                ["Description", "Days", "Rate per day", "Amount"],
                [
                    row.description,
                    quantity(row.quantity),
                    paper.plain(rate),
                    paper.plain(row.amount),
                ],
            ],
        ),
        ("kv", [("Amount payable", paper.money(row.amount, code=True, total=True))]),
        ("para", " ".join(notes) or "Charges per the carrier's tariff in force at gate-out."),
    ]
    sheet.footer = [bank(rng, loc)]
    return sheet, paper


__all__ = ["customs_invoice", "debit_note", "freight_invoice"]
