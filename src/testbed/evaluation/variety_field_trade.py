"""Credit notes, pro formas, progress invoices and purchase orders for the field generators
(:mod:`testbed.evaluation.variety_field`).

A credit note naming the invoice it credits (its own number and date apart from the
invoice's), an exporter's pro forma ("Valid until", a deposit asked), a contractor's AIA-style
application for payment (retainage held, previous certificates taken off, "CURRENT PAYMENT
DUE"), and purchase orders as Dynamics 365, Coupa (e-mailed) and Ariba print them: the
buyer issues them and the supplier they are sent to is the vendor. Names are this module's
own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, priced, qty, someday, total_of

_PARTS = (
    ("Hydraulic hose 1/2in x 2m", 38.4),
    ("Bearing 6205-2RS", 6.15),
    ("Gear pump GP-20", 412.0),
    ("Proximity sensor M18", 54.9),
    ("V-belt SPA 1250", 17.8),
    ("Safety relay 24V DC", 129.0),
)


def credit_note(rng: random.Random) -> tuple[list[Block], Writer]:
    """A credit note: "CREDIT NOTE" with its number and date in a grid, "Against invoice"
    with the invoice's number and date, negative amounts, "Total credit"."""
    s = Sheet(rng, "uk")
    issued = someday(rng)
    invoiced = issued - dt.timedelta(days=rng.randint(10, 40))
    rows = priced(rng, _PARTS, (1, 2))
    net = -total_of(rows)
    vat = round(net * 0.2, 2)
    total = round(net + vat, 2)
    seller = s.pick(("Pennine Fluid Power Ltd", "Mallow Industrial Supplies Ltd"))
    table = [["Description", "Qty", "Unit price", "Net"]]
    for name, count, price, amount in rows:
        s.item(f"Returned: {name}", -count, price, -amount)
        table.append([f"Returned: {name}", qty(-count), s.num(price), s.num(-amount)])
    blocks: list[Block] = [
        (
            "lines",
            [s.vendor(seller), "Unit 9, Canal Wharf, Bradford BD1 4SJ", "VAT Reg. GB 318 4402 17"],
        ),
        ("title", "CREDIT NOTE"),
        (
            "table",
            [
                ["Credit note no.", "Date", "Account"],
                [
                    s.number(code(rng, "CN-99999")),
                    s.day(issued, "issue", "uk"),
                    code(rng, "AAA999"),
                ],
            ],
        ),
        (
            "kv",
            [
                (
                    "Against invoice",
                    f"{code(rng, 'INV-99999')} dated {s.day(invoiced, None, 'uk')}",
                ),
                (
                    "Customer",
                    s.org(s.pick(("Aire Valley Packaging Ltd", "Calder Bottling Co. Ltd"))),
                ),
            ],
        ),
        ("table", table),
        (
            "table",
            [["Net", s.money(net)], ["VAT 20%", s.money(vat)], ["Total credit", s.total(total)]],
        ),
        ("para", "This credit will be set against your next payment. No payment is due."),
    ]
    return blocks, s.w


def proforma(rng: random.Random) -> tuple[list[Block], Writer]:
    """An exporter's pro forma invoice: "PROFORMA INVOICE No.", "Date", "Valid until",
    Incoterms, a 30 % deposit asked before shipment, the total in a currency code."""
    s = Sheet(rng, rng.choice(("us", "de")))
    issued = someday(rng)
    valid = issued + dt.timedelta(days=30)
    rows = priced(rng, _PARTS, (2, 4))
    total = total_of(rows)
    deposit = round(total * 0.3, 2)
    cur = s.loc.currency
    seller = s.pick(("Rheinmetallwaren Export GmbH", "Great Lakes Machine Parts Corp."))
    table = [["Item", "Description", "Qty", f"Unit price {cur}", f"Amount {cur}"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        s.item(name, count, price, amount)
        table.append([str(index * 10), name, qty(count), s.num(price), s.num(amount)])
    blocks: list[Block] = [
        (
            "lines",
            [
                s.vendor(seller),
                "Hafenstraße 18, 47119 Duisburg"
                if cur == "EUR"
                else "4100 Industrial Pkwy, Toledo, OH 43612",
            ],
        ),
        ("title", f"PROFORMA INVOICE No. {s.number(code(rng, 'PI-2999-999'))}"),
        (
            "kv",
            [
                ("Date", s.day(issued, "issue", "iso")),
                ("Valid until", s.day(valid, None, "iso")),
                (
                    "Consignee",
                    s.org(
                        s.pick(("Andes Mining Supplies S.A.", "Kwazulu Agri Equipment (Pty) Ltd"))
                    ),
                ),
                ("Incoterms", "FCA Duisburg" if cur == "EUR" else "FOB Toledo"),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                (f"TOTAL {cur}", s.total(total, s.num(total))),
                (
                    "Payment",
                    f"30% deposit ({cur} {s.bare(deposit)}) before shipment, "
                    "balance against documents",
                ),
            ],
        ),
        ("para", "This pro forma invoice is not a demand for payment for tax purposes."),
    ]
    return blocks, s.w


def progress_billing(rng: random.Random) -> tuple[list[Block], Writer]:
    """A contractor's application for payment in the AIA G702 layout: "APPLICATION NO:",
    "PERIOD TO:", the contract sum, work completed to date, retainage, previous
    certificates and "CURRENT PAYMENT DUE" (this application's amount: its total)."""
    s = Sheet(rng, "us")
    period = someday(rng)
    applied = period + dt.timedelta(days=rng.randint(0, 3))
    contract = round(rng.uniform(400_000, 2_500_000), 2)
    done = round(contract * rng.uniform(0.35, 0.8), 2)
    retain = round(done * 0.1, 2)
    earned = round(done - retain, 2)
    previous = round(earned * rng.uniform(0.6, 0.85), 2)
    current = round(earned - previous, 2)
    contractor = s.pick(("Bramblewood Builders, Inc.", "Ironvale General Contractors LLC"))
    owner = s.pick(("Cedar Point School District", "Larkspur Medical Partners LLC"))
    number = str(rng.randint(3, 14))
    blocks: list[Block] = [
        ("title", "APPLICATION AND CERTIFICATE FOR PAYMENT"),
        (
            "columns",
            [
                (
                    f"TO OWNER: {s.org(owner)}",
                    f"APPLICATION NO: {s.number(number)}",
                ),
                (
                    f"FROM CONTRACTOR: {s.vendor(contractor)}",
                    f"PERIOD TO: {s.day(period, None, 'us')}",
                ),
                (
                    f"VIA ARCHITECT: {s.org('Halvorsen Pike Architects')}",
                    f"APPLICATION DATE: {s.day(applied, 'issue', 'us')}",
                ),
                (
                    "PROJECT: North Wing Renovation",
                    f"CONTRACT DATE: {s.day(period - dt.timedelta(days=300), None, 'us')}",
                ),
            ],
        ),
        (
            "table",
            [
                ["1. ORIGINAL CONTRACT SUM", s.money(contract)],
                ["2. Net change by Change Orders", s.money(0.0)],
                ["3. CONTRACT SUM TO DATE", s.money(contract)],
                ["4. TOTAL COMPLETED & STORED TO DATE", s.money(done)],
                ["5. RETAINAGE 10% of Completed Work", s.money(retain)],
                ["6. TOTAL EARNED LESS RETAINAGE", s.money(earned)],
                ["7. LESS PREVIOUS CERTIFICATES FOR PAYMENT", s.money(previous)],
                ["8. CURRENT PAYMENT DUE", s.total(current)],
                ["9. BALANCE TO FINISH, INCLUDING RETAINAGE", s.money(round(contract - earned, 2))],
            ],
        ),
        (
            "para",
            "The undersigned Contractor certifies that to the best of the Contractor's knowledge "
            "the Work covered by this Application for Payment has been completed in accordance "
            "with the Contract Documents.",
        ),
        (
            "columns",
            [
                ("CONTRACTOR:", "By: " + s.person(s.pick(("Dale Ruckert", "Maureen Oyelaran")))),
                ("", f"Date: {s.day(applied, 'issue', 'us')}"),
            ],
        ),
    ]
    return blocks, s.w


def po_dynamics(rng: random.Random) -> tuple[list[Block], Writer]:
    """Dynamics 365's purchase order: "Purchase order" with the buyer's letterhead, the
    number as "PO000123", "Vendor account" and the supplier's address, "Delivery date" (no
    due date), "Total" in a currency code."""
    s = Sheet(rng, rng.choice(("us", "uk")))
    issued = someday(rng)
    delivery = issued + dt.timedelta(days=rng.randint(7, 21))
    rows = priced(rng, _PARTS, (2, 4))
    total = total_of(rows)
    cur = s.loc.currency
    style = "us_bare" if cur == "USD" else "uk"
    buyer = s.org(s.pick(("Fairhaven Foods Manufacturing Ltd", "Oakmont Bottling Company")))
    supplier = s.pick(("Brightline Industrial Supply Inc.", "Tern Valley Engineering Ltd"))
    table = [["Item number", "Description", "Quantity", "Unit", "Unit price", "Net amount"]]
    for name, count, price, amount in rows:
        s.item(name, count, price, amount)
        table.append([code(rng, "A-9999"), name, qty(count), "ea", s.num(price), s.num(amount)])
    blocks: list[Block] = [
        ("lines", [buyer, "2 Riverside Way, Norwich NR1 1SR"]),
        ("title", "Purchase order"),
        (
            "columns",
            [
                ("Vendor", f"Purchase order  {s.number(code(rng, 'PO999999'))}"),
                (s.vendor(supplier), f"Date  {s.day(issued, 'issue', style)}"),
                (
                    "Vendor account  " + code(rng, "V99999"),
                    f"Delivery date  {s.day(delivery, None, style)}",
                ),
                ("", f"Currency  {cur}"),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Total", f"{s.total(total, s.num(total))} {cur}"),
                ("Buyer", s.person(s.pick(("Glenn Ashworth", "Patrice Ndiaye")))),
            ],
        ),
    ]
    return blocks, s.w


def po_coupa(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Coupa purchase order e-mailed to the supplier: the PO number in the subject ("Purchase
    Order #4500012345 from ..."), "Supplier" and "Ship To", "Payment Terms Net 45" (no due date
    for an order), lines and "Total"."""
    s = Sheet(rng, "us")
    issued = someday(rng)
    rows = priced(
        rng,
        (
            ("Laptop docking station", 189.0),
            ("27in monitor", 229.99),
            ("Wireless keyboard and mouse", 59.5),
            ("Ergonomic chair", 412.0),
        ),
        (1, 3),
    )
    total = total_of(rows)
    buyer = s.pick(("Sagebrush Health System", "Northgate University"))
    supplier = s.pick(("Summit Office Technology Inc.", "Delta Workplace Solutions LLC"))
    number = code(rng, "45999999")
    table = [["Line", "Item", "Qty", "Unit", "Price", "Total"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        s.item(name, count, price, amount)
        table.append([str(index), name, qty(count), "EA", s.num(price), s.num(amount)])
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{buyer} <do_not_reply@buyer.example>"),
                ("To", "orders@supplier.example"),
                ("Subject", f"Purchase Order #{number} from {buyer}"),
            ],
        ),
        (
            "para",
            f"{s.org(buyer)} has sent you a purchase order. Please review and acknowledge it.",
        ),
        (
            "kv",
            [
                ("PO Number", s.number(number)),
                ("Order Date", s.day(issued, "issue", "us")),
                ("Supplier", s.vendor(supplier)),
                ("Payment Terms", "Net 45"),
                ("Requester", s.person(s.pick(("Alondra Reyes", "Trevor McAllister")))),
            ],
        ),
        ("table", table),
        ("kv", [("Total", f"{s.total(total)} USD")]),
    ]
    return blocks, s.w


def po_ariba(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Ariba purchase order: "Purchase Order" "(Version 1)", "PO1234567" under "Order
    Number", "Order submitted on:" with a weekday, the supplier under "To:", "Sub-total" and
    "Est. Grand Total"."""
    s = Sheet(rng, rng.choice(("us", "uk")))
    issued = someday(rng)
    rows = priced(rng, _PARTS, (2, 3))
    total = total_of(rows)
    buyer = s.pick(("Kingsbridge Water plc", "Arrowhead Chemicals Inc."))
    supplier = s.pick(("Fulcrum Automation Ltd", "Cobalt Bearing & Drive Inc."))
    table = [["Line #", "Part # / Description", "Qty", "Unit Price", "Subtotal"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        s.item(name, count, price, amount)
        table.append(
            [
                str(index),
                name,
                qty(count),
                s.money(price),
                s.money(amount),
            ]
        )
    weekday = issued.strftime("%A")
    blocks: list[Block] = [
        ("columns", [(s.org(buyer), "Purchase Order"), ("", "(Version 1)")]),
        ("kv_below", [("Order Number", s.number(code(rng, "PO9999999")))]),
        ("lines", [f"Order submitted on: {weekday} {s.day(issued, 'issue', 'uk_long')}"]),
        (
            "columns",
            [
                ("To:", "Ship To:"),
                (s.vendor(supplier), buyer),
                ("Unit 12, Tything Park", "Receiving Dock 3"),
            ],
        ),
        ("table", table),
        ("kv", [("Sub-total", s.money(total)), ("Est. Grand Total", s.total(total))]),
    ]
    return blocks, s.w
