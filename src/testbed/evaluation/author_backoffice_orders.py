"""Buying papers: a purchase order printed by the ERP (PO number and revision, vendor number,
buyer, terms, vendor and ship-to blocks, delivery dates per line), a supplier's proforma
invoice asking for payment before dispatch, and the remittance advice AP sends when it pays.
"""

from __future__ import annotations

import random

from testbed.evaluation.author_backoffice_style import (
    Paper,
    address,
    buyer,
    digits,
    later,
    letters,
    person,
    some_day,
)
from testbed.evaluation.truth import Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

SUPPLIERS = (
    "Kessler Industrial Supply Inc.",
    "Brabant Fasteners B.V.",
    "Solent Electronics Ltd",
    "Vattern Bearings AB",
    "Great Lakes Packaging Co.",
    "Midland Cable & Wire Ltd",
    "Jutland Hydraulics A/S",
)
PARTS = (
    ("Hex bolt M8x40 A2, box of 100", 9, 30),
    ("Deep groove ball bearing 6204-2RS", 3, 11),
    ("Shielded cable 4x0.75mm2, 100 m", 60, 190),
    ("Corrugated carton 400x300x300", 0.8, 2.5),
    ("Pressure sensor 0-10 bar, 4-20 mA", 85, 260),
    ("Hydraulic hose 1/2in, 2 m", 22, 60),
    ("Stretch film 500 mm x 300 m", 11, 25),
    ("Terminal block 2.5mm2 grey", 0.4, 1.6),
    ("Stainless sheet 1.5mm 1000x2000", 90, 240),
    ("Safety gloves size 9, pair", 2, 7),
)
TERMS = ("2/10 Net 30", "Net 30", "Net 45", "30 days end of month", "Net 60")


def order_rows(p: Paper, count: int) -> list[tuple[str, str, float, float, float]]:
    rows = []
    for name, low, high in p.rng.sample(PARTS, count):
        quantity = float(p.rng.choice((5, 10, 12, 20, 24, 50, 100, 250)))
        unit = p.price(low, high)
        rows.append(
            (
                f"{letters(p.rng, 2)}-{digits(p.rng, 5)}",
                name,
                quantity,
                unit,
                round(quantity * unit, 2),
            )
        )
    return rows


def erp_po(rng: random.Random) -> tuple[Sheet, Labels]:
    """A purchase order as an ERP prints it: our letterhead, the supplier's block, a line table
    with material numbers and delivery dates, and sometimes a revision with its own date."""
    p = Paper.of(rng)
    ours, supplier, our_buyer = buyer(rng, p.place), rng.choice(SUPPLIERS), person(rng)
    ordered = some_day(rng)
    number = rng.choice(
        (f"45000{digits(rng, 5)}", f"PO-{ordered.year}-{digits(rng, 5)}", digits(rng, 7))
    )
    revision = rng.choice((0, 0, 1, 2, 3))
    rows = order_rows(p, rng.randint(2, 5))
    net = round(sum(r[4] for r in rows), 2)
    tax = round(net * p.place.rate, 2) if rng.random() < 0.6 else 0.0
    total = round(net + tax, 2)
    panel = [
        ("PO Number", mark("documentNumber", number)),
        ("Revision", str(revision)),
        ("PO Date", mark("issueDate", p.day(ordered))),
    ]
    if revision:
        panel.append(("Revision Date", p.day(later(ordered, rng.randint(2, 20)))))
    panel += [
        ("Vendor No.", digits(rng, 6)),
        ("Buyer", our_buyer),
        ("Payment Terms", rng.choice(TERMS)),
        ("Incoterms", f"FCA {rng.choice(('Rotterdam', 'Leeds', 'Toledo'))}"),
    ]
    table = [
        ["Item", "Material", "Description", "Deliv. date", "Qty", "UoM", "Unit price", "Net value"]
    ]
    for index, (sku, name, quantity, unit, amount) in enumerate(rows, 1):
        deliver = p.day(later(ordered, rng.randint(7, 40)))
        table.append(
            [
                f"{index * 10:05d}",
                sku,
                name,
                deliver,
                f"{quantity:g}",
                "EA",
                p.num(unit),
                p.num(amount),
            ]
        )
    sums = [("Total net value", p.money(net))]
    if tax:
        sums.append((p.place.tax, p.money(tax)))
    if tax:
        sums.append(("Total order value", mark("total", p.money(total))))
    else:
        sums.append((f"Total order value {p.currency}", mark("total", p.num(total))))
        p.seen.append((total, p.currency))
    plant = f"Goods receiving, dock {rng.randint(1, 6)}"
    sheet = Sheet(
        head=[
            ours,
            address(rng, p.place),
            f"Accounts payable: ap@{ours.split()[0].lower()}.example",
        ],
        panel=panel,
        panel_style="box",
        address=[
            "PURCHASE ORDER",
            f"Page 1 of 1 · Printed {p.day(later(ordered, 1 if not revision else 25))}",
        ],
        body=[
            (
                "side",
                (
                    [
                        ("kv_below", [("Vendor", mark("vendor", supplier))]),
                        ("lines", [address(rng, p.place), f"Contact: {person(rng)}"]),
                    ],
                    [("kv_below", [("Ship to", ours)]), ("lines", [plant, address(rng, p.place)])],
                ),
            ),
            ("table", table),
            ("kv", sums),
            (
                "para",
                f"Please quote PO number {number} on all invoices, delivery notes and "
                "packing lists. Invoices without a valid PO number will be returned unpaid. "
                f"Send invoices to the bill-to address: {ours}, Accounts Payable.",
            ),
        ],
        footer=[f"{ours} · standard terms and conditions of purchase apply · {p.place.bank[0]}"],
        text_panel=rng.choice(("kv", "columns")),
    )
    items = tuple(LineItem(name, q, unit, amount) for _, name, q, unit, amount in rows)
    return sheet, p.labels(
        "purchase_order",
        number,
        organizations=(ours, supplier),
        people=(our_buyer,),
        vendor=supplier,
        total=total,
        dates=(("issue", ordered),),
        items=items,
    )


def proforma_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A proforma invoice: payment in advance, a quotation and an order reference beside its
    own number, and a validity date (which is no due date)."""
    p = Paper.of(rng)
    supplier, client = rng.choice(SUPPLIERS), buyer(rng, p.place)
    issued = some_day(rng)
    number = rng.choice((f"PI-{issued.year}-{digits(rng, 4)}", f"PF{digits(rng, 6)}"))
    rows = order_rows(p, rng.randint(1, 4))
    net = round(sum(r[4] for r in rows), 2)
    freight = p.price(40, 300)
    tax = round((net + freight) * p.place.rate, 2)
    total = round(net + freight + tax, 2)
    sheet = Sheet(
        head=[mark("vendor", supplier), address(rng, p.place), f"Company reg. {digits(rng, 8)}"],
        panel=[
            ("Proforma Invoice No.", mark("documentNumber", number)),
            ("Date", mark("issueDate", p.day(issued))),
            ("Quotation", f"Q{digits(rng, 6)}"),
            ("Your order", f"45000{digits(rng, 5)}"),
            ("Valid until", p.day(later(issued, 30))),
            ("Customer no.", digits(rng, 5)),
        ],
        address=[client, address(rng, p.place)],
        body=[
            ("title", "PROFORMA INVOICE"),
            (
                "table",
                [
                    ["SKU", "Description", "Qty", "Unit price", "Amount"],
                    *[[s, n, f"{q:g}", p.num(u), p.num(a)] for s, n, q, u, a in rows],
                ],
            ),
            (
                "kv",
                [
                    ("Goods", p.money(net)),
                    ("Freight", p.money(freight)),
                    (p.place.tax, p.money(tax)),
                    ("Total", mark("total", p.money(total))),
                ],
            ),
            (
                "para",
                "Terms: 100% payment in advance by bank transfer. Goods are dispatched "
                "within 5 working days of receipt of funds. This is not a tax invoice.",
            ),
        ],
        footer=[f"{supplier} · {p.place.bank[0]}"],
        text_panel=rng.choice(("kv", "columns")),
    )
    items = tuple(LineItem(name, q, unit, amount) for _, name, q, unit, amount in rows)
    return sheet, p.labels(
        "invoice",
        number,
        organizations=(supplier, client),
        vendor=supplier,
        total=total,
        dates=(("issue", issued),),
        items=items,
    )


def remittance_advice(rng: random.Random) -> tuple[Sheet, Labels]:
    """Our remittance advice to a supplier: the payment's number and date, the invoices it
    settles (each with its own number and date) and the sum paid. Not a bill, so no vendor."""
    p = Paper.of(rng)
    ours, supplier = buyer(rng, p.place), rng.choice(SUPPLIERS)
    paid = some_day(rng)
    number = rng.choice((f"PAY{digits(rng, 7)}", digits(rng, 8), f"EFT-{digits(rng, 6)}"))
    rows = []
    for _ in range(rng.randint(1, 5)):
        gross = p.price(120, 9000)
        discount = round(gross * 0.02, 2) if rng.random() < 0.3 else 0.0
        rows.append(
            (
                f"{letters(rng, 2)}{digits(rng, 6)}",
                p.day(later(paid, -rng.randint(12, 60))),
                gross,
                discount,
                round(gross - discount, 2),
            )
        )
    total = round(sum(r[4] for r in rows), 2)
    method = rng.choice(("ACH", "BACS", "SEPA credit transfer", "EFT", "Wire"))
    sheet = Sheet(
        head=[ours, "Accounts Payable", address(rng, p.place)],
        panel=[
            ("Payment number", mark("documentNumber", number)),
            ("Payment date", mark("issueDate", p.day(paid))),
            ("Payment method", method),
            ("Supplier no.", digits(rng, 6)),
            ("Amount paid", mark("total", p.money(total))),
        ],
        panel_style=rng.choice(("box", "band")),
        address=[supplier, address(rng, p.place)],
        body=[
            ("title", "REMITTANCE ADVICE"),
            (
                "para",
                f"We have paid the invoices below by {method} to your account ending "
                f"{digits(rng, 4)}. Funds should reach you within two working days.",
            ),
            (
                "table",
                [
                    ["Your invoice", "Invoice date", "Gross", "Discount", "Paid"],
                    *[[n, d, p.num(g), p.num(x), p.num(a)] for n, d, g, x, a in rows],
                ],
            ),
            ("kv", [("Total", p.money(total))]),
        ],
        footer=[f"Queries: ap@{ours.split()[0].lower()}.example"],
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, p.labels(
        "other", number, organizations=(ours, supplier), total=total, dates=(("issue", paid),)
    )


__all__ = ["erp_po", "proforma_invoice", "remittance_advice"]
