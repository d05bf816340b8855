"""A wholesaler's order-to-cash papers: the buyer's purchase order, the seller's order
acknowledgement, pro-forma and commercial invoices, the delivery note and the credit note.

The same deal's numbers travel from paper to paper (the PO number on the acknowledgement, the
sales order on the invoice, the invoice on the credit note); each paper's own number is the
one its title names, and the PO's vendor is the supplier it is sent to. An acknowledgement and
a delivery note bill nothing; a pro-forma asks for payment in advance, so its total is what it
bills, and a credit note's total is the credit it grants.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_quayside_paper import Paper, panel_layout, terms
from testbed.evaluation.author_quayside_style import (
    Locale,
    bank,
    company,
    items,
    phone,
    quantity,
    reference,
    tax_id,
)
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet

_GOODS = (
    ("Stainless steel hinge 100mm (box of 20)", 18.0, 46.0),
    ("Nitrile gloves, large, carton 1000", 32.0, 75.0),
    ("Pallet wrap 500mm x 300m", 14.0, 29.0),
    ("LED panel light 600x600 40W", 22.0, 58.0),
    ("Copper pipe 15mm x 5.8m", 24.0, 61.0),
    ("Safety boots S3, size assorted", 39.0, 96.0),
    ("Printer paper A4 80gsm (5 reams)", 19.0, 34.0),
    ("Hydraulic hose 1/2in per metre", 6.0, 17.0),
    ("Cable tie 300mm black (pack 100)", 4.0, 11.0),
    ("Hi-vis vest class D/N", 7.0, 18.0),
    ("Corrugated carton 600x400x400", 1.1, 2.9),
    ("Forklift LPG cylinder 18kg exch.", 38.0, 72.0),
    ("Anchor bolt M12 x 120 (box 50)", 26.0, 55.0),
    ("Industrial degreaser 20L", 48.0, 110.0),
)


def _issued(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(rng.randrange(330))


def _table(paper: Paper, rows: list[LineItem], head: tuple[str, ...]) -> list[list[str]]:
    """The item table, description first (it takes the page's spare width), the stock code
    beside it."""
    table = [[head[1], head[0], *head[2:]]]
    for row in rows:
        code = f"{row.description[:2].upper()}-{int(row.unit_price or 0) * 7 % 9000 + 1000}"
        price, amount = paper.plain(row.unit_price or 0), paper.plain(row.amount)
        table.append([row.description, code, quantity(row.quantity), price, amount])
    return table


def _parties(rng: random.Random, loc: Locale, paper: Paper) -> tuple[str, str]:
    seller = company(rng, loc, rng.choice(("Industrial Supply", "Wholesale", "Distributors")))
    buyer = company(rng, loc, rng.choice(("Constructions", "Facilities", "Engineering")), seller)
    return seller, buyer


def _sum(paper: Paper, net: float, *, label: str) -> list[tuple[str, str]]:
    tax = round(net * paper.loc.rate, 2)
    return [
        ("Net amount", paper.money(net)),
        (f"{paper.loc.tax} {paper.loc.rate * 100:g}%", paper.money(tax)),
        (label, paper.money(net + tax, code=True, total=True)),
    ]


def commercial_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A distributor's invoice for goods shipped against the customer's PO."""
    paper = Paper("commercial_invoice", "invoice", loc, rng.choice(loc.dates))
    seller, buyer = _parties(rng, loc, paper)
    paper.orgs.append(buyer)
    issued = _issued(rng)
    ordered = issued - dt.timedelta(rng.randrange(5, 20))
    shipped = issued - dt.timedelta(rng.randrange(0, 3))
    number = reference(rng, rng.choice(("", "SI-", "IN")), 6)
    panel = [
        ("Invoice", paper.doc_number(number)),
        ("Invoice date", paper.day(issued, "issue")),
        ("Customer", reference(rng, "", 6)),
        ("Customer PO", reference(rng, rng.choice(("PO-", "4500")), 6)),
        ("Sales order", reference(rng, "SO", 6)),
        ("Order date", paper.day(ordered)),
    ]
    extra, notes = terms(rng, paper, issued)
    panel += extra
    sheet = Sheet(
        head=[
            paper.seller(seller),
            rng.choice(loc.cities),
            f"{loc.tax_id} {tax_id(rng, loc)}  |  {phone(rng, loc)}",
        ],
        panel=panel,
        address=["Sold to", buyer, rng.choice(loc.cities)],
        running="Page {page}/{pages}",
    )
    panel_layout(rng, sheet, len(panel))
    paper.rows = items(rng, _GOODS, rng.randrange(2, 7))
    net = round(sum(r.amount for r in paper.rows), 2)
    sheet.body = [
        ("title", rng.choice(("INVOICE", "TAX INVOICE", "COMMERCIAL INVOICE"))),
        (
            "kv",
            [
                ("Ship date", paper.day(shipped)),
                ("Ship via", rng.choice(("Own fleet", "TNT", "DHL Freight"))),
                ("Delivery note", reference(rng, "DN", 6)),
            ],
        ),
        (
            "table",
            _table(paper, paper.rows, ("Item", "Description", "Qty", "Unit price", "Amount")),
        ),
        ("kv", _sum(paper, net, label=rng.choice(("Invoice total", "Total", "Amount due")))),
    ]
    if notes:
        sheet.body.append(("para", " ".join(notes)))
    sheet.footer = [bank(rng, loc), "Goods remain our property until paid in full."]
    return sheet, paper


def proforma(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A pro-forma invoice asking for payment before goods are released."""
    paper = Paper("proforma", "invoice", loc, rng.choice(loc.dates))
    seller, buyer = _parties(rng, loc, paper)
    paper.orgs.append(buyer)
    issued = _issued(rng)
    number = reference(rng, rng.choice(("PF-", "PRO")), 5)
    valid = issued + dt.timedelta(rng.choice((14, 30)))
    panel = [
        ("Pro-forma No.", paper.doc_number(number)),
        ("Date", paper.day(issued, "issue")),
        ("Quotation ref.", reference(rng, "Q", 5)),
        ("Valid until", paper.day(valid)),
        ("Incoterms", rng.choice(("FOB", "CIF", "EXW", "DAP"))),
    ]
    sheet = Sheet(
        head=[paper.seller(seller), rng.choice(loc.cities), f"{loc.tax_id} {tax_id(rng, loc)}"],
        panel=panel,
        address=["Consignee:", buyer, rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    paper.rows = items(rng, _GOODS, rng.randrange(2, 6))
    net = round(sum(r.amount for r in paper.rows), 2)
    sheet.body = [
        ("title", "PRO FORMA INVOICE"),
        ("table", _table(paper, paper.rows, ("Code", "Goods", "Qty", "Price", "Total"))),
        ("kv", _sum(paper, net, label="Total payable in advance")),
        (
            "para",
            "Terms: 100% payment in advance by telegraphic transfer. Goods will be "
            "released on receipt of cleared funds. This is not a tax invoice.",
        ),
    ]
    sheet.footer = [bank(rng, loc)]
    return sheet, paper


def credit_note(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A credit note for returned goods, citing the invoice it corrects."""
    paper = Paper("credit_note", "invoice", loc, rng.choice(loc.dates))
    seller, buyer = _parties(rng, loc, paper)
    paper.orgs.append(buyer)
    issued = _issued(rng)
    original = issued - dt.timedelta(rng.randrange(10, 50))
    number = reference(rng, rng.choice(("CN", "CR-", "")), 6)
    panel = [
        ("Credit Note No.", paper.doc_number(number)),
        ("Credit date", paper.day(issued, "issue")),
        ("Account", reference(rng, "", 5)),
        ("Original invoice", reference(rng, "", 6)),
        ("Invoice date", paper.day(original)),
        ("RMA No.", reference(rng, "RMA", 5)),
    ]
    sheet = Sheet(
        head=[paper.seller(seller), rng.choice(loc.cities), f"{loc.tax_id} {tax_id(rng, loc)}"],
        panel=panel,
        address=[buyer, rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    paper.rows = items(rng, _GOODS, rng.randrange(1, 4))
    net = round(sum(r.amount for r in paper.rows), 2)
    sheet.body = [
        ("title", rng.choice(("CREDIT NOTE", "TAX CREDIT NOTE", "CREDIT MEMO"))),
        (
            "para",
            f"Reason: {rng.choice(('goods returned damaged', 'short delivery', 'pricing error'))}.",
        ),
        (
            "table",
            _table(paper, paper.rows, ("Item", "Description", "Qty", "Unit price", "Credit")),
        ),
        ("kv", _sum(paper, net, label="Total credit")),
        ("para", "This credit will be applied to your account against the next open invoice."),
    ]
    sheet.footer = [f"Queries: accounts@{seller.split()[0].lower()}.example  {phone(rng, loc)}"]
    return sheet, paper


def purchase_order(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A buyer's purchase order: the vendor is the supplier it is addressed to."""
    paper = Paper("purchase_order", "purchase_order", loc, rng.choice(loc.dates))
    seller, buyer = _parties(rng, loc, paper)
    paper.orgs.append(buyer)
    issued = _issued(rng)
    number = reference(rng, rng.choice(("4500", "PO-", "PO")), 6)
    deliver = issued + dt.timedelta(rng.randrange(7, 30))
    panel = [
        ("PO Number", paper.doc_number(number)),
        ("PO Date", paper.day(issued, "issue")),
        ("Supplier No.", reference(rng, "V", 5)),
        ("Requisition", reference(rng, "RQ", 5)),
        ("Delivery date", paper.day(deliver)),
        ("Payment terms", rng.choice(("Net 30", "Net 45", "30 days EOM", "2/10 Net 30"))),
    ]
    sheet = Sheet(
        head=[buyer, rng.choice(loc.cities), f"Purchasing  {phone(rng, loc)}"],
        panel=panel,
        address=["Supplier:", paper.seller(seller), rng.choice(loc.cities)],
        footer=["Please quote our PO number on all invoices, delivery notes and correspondence."],
    )
    panel_layout(rng, sheet, len(panel))
    paper.rows = items(rng, _GOODS, rng.randrange(2, 6))
    net = round(sum(r.amount for r in paper.rows), 2)
    buyer_person = rng.choice(loc.people)
    paper.people.append(buyer_person)
    sheet.body = [
        ("title", "PURCHASE ORDER"),
        (
            "kv",
            [
                ("Deliver to", f"Site store, {rng.choice(loc.cities)}"),
                ("Job / cost centre", reference(rng, "J", 4)),
            ],
        ),
        (
            "table",
            _table(paper, paper.rows, ("Part no.", "Description", "Qty", "Unit cost", "Ext.")),
        ),
        ("kv", _sum(paper, net, label="Order total")),
        ("lines", [f"Authorised by: {buyer_person}", "Procurement Officer"]),
    ]
    return sheet, paper


def order_ack(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """The seller's acknowledgement of a PO: its own order number, the customer's PO beside it,
    a promised dispatch date; it confirms a sale but bills nothing yet."""
    paper = Paper("order_ack", "purchase_order", loc, rng.choice(loc.dates))
    seller, buyer = _parties(rng, loc, paper)
    paper.orgs.append(buyer)
    issued = _issued(rng)
    number = reference(rng, rng.choice(("SO", "OA-", "ORD")), 6)
    panel = [
        ("Order Acknowledgement", paper.doc_number(number)),
        ("Date", paper.day(issued, "issue")),
        ("Your PO", reference(rng, "PO-", 5)),
        ("PO date", paper.day(issued - dt.timedelta(rng.randrange(1, 5)))),
        ("Est. dispatch", paper.day(issued + dt.timedelta(rng.randrange(3, 21)))),
    ]
    sheet = Sheet(
        head=[paper.seller(seller), rng.choice(loc.cities), phone(rng, loc)],
        panel=panel,
        address=[buyer, rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    paper.rows = items(rng, _GOODS, rng.randrange(2, 5))
    net = round(sum(r.amount for r in paper.rows), 2)
    sheet.body = [
        ("title", "ORDER CONFIRMATION"),
        ("para", "Thank you for your order, which we confirm on our standard terms of sale."),
        ("table", _table(paper, paper.rows, ("SKU", "Description", "Qty", "Price", "Value"))),
        ("kv", _sum(paper, net, label="Order value")),
        ("para", "An invoice will follow on dispatch. Payment terms: as per your credit account."),
    ]
    return sheet, paper


def delivery_note(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A delivery note: quantities only, signed for on receipt; no price, no total."""
    paper = Paper("delivery_note", "other", loc, rng.choice(loc.dates))
    seller, buyer = _parties(rng, loc, paper)
    paper.orgs += [seller, buyer]
    issued = _issued(rng)
    number = reference(rng, rng.choice(("DN", "DEL", "")), 7)
    panel = [
        ("Delivery Note", paper.doc_number(number)),
        ("Dispatch date", paper.day(issued, "issue")),
        ("Customer PO", reference(rng, "PO", 6)),
        ("Sales order", reference(rng, "SO", 6)),
        ("Carrier", rng.choice(("Own vehicle", "Toll", "Mainfreight", "DB Schenker"))),
    ]
    sheet = Sheet(
        head=[seller, rng.choice(loc.cities), phone(rng, loc)],
        panel=panel,
        address=["Deliver to:", buyer, rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    goods = items(rng, _GOODS, rng.randrange(2, 6))
    table = [["Item", "Description", "Ordered", "Supplied", "B/O"]]
    for row in goods:
        ordered = int(row.quantity or 0)
        back = ordered // 2 if rng.random() < 0.2 else 0
        table.append(
            [
                reference(rng, "", 5),
                row.description,
                str(ordered),
                str(ordered - back),
                str(back) if back else "",
            ]
        )
    sheet.body = [
        ("title", "DELIVERY NOTE"),
        ("table", table),
        (
            "kv",
            [
                ("Pallets", str(rng.randrange(1, 9))),
                ("Gross weight", f"{rng.randrange(40, 900)} kg"),
            ],
        ),
        (
            "lines",
            [
                "Received in good order and condition:",
                "Name: ________________  Signature: ______________  Date: ____/____/______",
            ],
        ),
    ]
    return sheet, paper


__all__ = [
    "commercial_invoice",
    "credit_note",
    "delivery_note",
    "order_ack",
    "proforma",
    "purchase_order",
]
