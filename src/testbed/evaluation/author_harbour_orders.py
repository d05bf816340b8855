"""Orders before the invoice: a purchase order a buyer sends its supplier, and a pro-forma
invoice a supplier sends before it ships against payment in advance.

On a purchase order the vendor is the supplier it is addressed to (the firm that will sell),
not the buyer whose letterhead it is printed on; its delivery date is when the goods are
wanted, not a day to pay. A pro-forma's "valid until" is the day its offer ends.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_harbour_bills import goods, qty
from testbed.evaluation.author_harbour_world import (
    Draft,
    address,
    company,
    date_style,
    land_of,
    person,
    phone,
    plain,
)
from testbed.evaluation.variety_dues_print import Sheet


def purchase_order(rng: random.Random) -> tuple[Sheet, Draft]:
    """A purchase order: PO number and date, the vendor's box with its vendor number, ship-to,
    requisitioner, delivery date, terms, an item table and an authorising signature."""
    land = land_of(rng, "US US UK AU CA IN SG NZ")
    d = Draft("purchase_order", land)
    style = date_style(rng, land)
    buyer = d.org(company(rng, land))
    supplier = company(rng, land, avoid=buyer)
    issued = dt.date(2025, 8, 1) + dt.timedelta(days=rng.randrange(450))
    wanted = issued + dt.timedelta(days=rng.randint(5, 30))
    rows = goods(rng, land, rng.randint(2, 5))
    d.items = rows
    net = sum(r.amount for r in rows)
    freight = float(rng.choice((0, 25, 40, 75))) * (80 if land.code == "IN" else 1)
    tax = round(net * land.rate, 2)
    code = rng.randint(100, 999)
    shelf = rng.choice(("HW", "OF", "EL", "SV"))
    table = [["Item #", "Description", "Qty", "Unit Price", "Total"]]
    table += [
        [
            f"{shelf}-{code}-{i + 1:02d}",
            r.description,
            qty(r.quantity),
            plain(r.unit_price or 0, land),
            plain(r.amount, land),
        ]
        for i, r in enumerate(rows)
    ]
    number = rng.choice(
        (
            f"PO-{rng.randint(10000, 99999)}",
            f"{rng.randint(4500000000, 4500999999)}",
            f"P{rng.randint(100000, 999999)}",
        )
    )
    signer = d.who(person(rng))
    requisitioner = d.who(person(rng))
    panel = [
        ("PO Number", d.num(number)),
        ("PO Date", d.date("issue", issued, style)),
        ("Requisitioner", requisitioner),
        ("Delivery Date", d.date(None, wanted, style)),
        ("Terms", rng.choice(("Net 30", "Net 45", "30 days EOM"))),
    ]
    body = [
        ("title", "PURCHASE ORDER"),
        (
            "side",
            (
                [
                    (
                        "lines",
                        [
                            "VENDOR",
                            d.seller(supplier),
                            *address(rng, land),
                            f"Vendor No. V{rng.randint(1000, 9999)}",
                        ],
                    )
                ],
                [("lines", ["SHIP TO", buyer, "Receiving Dock B", *address(rng, land)])],
            ),
        ),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", d.money(net)),
                (land.tax, d.money(tax)),
                ("Shipping", d.money(freight) if freight else "Included"),
                ("TOTAL", d.money(net + tax + freight, key="total")),
            ],
        ),
        (
            "para",
            "Please quote the PO number on all invoices, packing lists and correspondence. "
            "Goods delivered without a PO number may be refused.",
        ),
        (
            "lines",
            [f"Authorised by: {signer}", rng.choice(("Purchasing Manager", "Operations Lead"))],
        ),
    ]
    sheet = Sheet(
        head=[buyer, *address(rng, land), f"Ph {phone(rng, land)}"],
        panel=panel,
        panel_style=rng.choice(("box", "band", "stack")),
        body=body,
        text_panel=rng.choice(("kv", "kv_below")),
    )
    return sheet, d


def proforma(rng: random.Random) -> tuple[Sheet, Draft]:
    """A pro-forma invoice for payment in advance: its number, date, the quotation it follows,
    a validity date, the bank details, and the note that it is not a tax invoice."""
    land = land_of(rng, "UK AU IN SG IE US")
    d = Draft("invoice", land)
    style = date_style(rng, land)
    seller = company(rng, land)
    buyer = company(rng, land, avoid=seller)
    issued = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(420))
    valid = issued + dt.timedelta(days=rng.choice((14, 30)))
    quoted = issued - dt.timedelta(days=rng.randint(3, 20))
    rows = goods(rng, land, rng.randint(1, 3))
    d.items = rows
    net = sum(r.amount for r in rows)
    tax = round(net * land.rate, 2)
    table = [["Description", "Qty", "Rate", "Amount"]]
    table += [
        [r.description, qty(r.quantity), plain(r.unit_price or 0, land), plain(r.amount, land)]
        for r in rows
    ]
    panel = [
        ("Pro-forma No.", d.num(f"PF-{rng.randint(100, 9999):04d}")),
        ("Date", d.date("issue", issued, style)),
        ("Quotation Ref", f"Q{rng.randint(1000, 9999)} of {d.date(None, quoted, style)}"),
        ("Valid until", d.date("end", valid, style)),
    ]
    body = [
        ("title", "PRO FORMA INVOICE"),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", d.money(net)),
                (f"{land.tax} {land.rate * 100:g}%", d.money(tax)),
                ("Total payable in advance", d.money(net + tax, key="total")),
            ],
        ),
        (
            "para",
            "This is not a tax invoice. Goods will be dispatched on receipt of cleared funds; "
            "a tax invoice will be issued with the delivery.",
        ),
        (
            "lines",
            [
                "Bank transfer to:",
                seller,
                f"Account {rng.randint(10000000, 99999999)}",
                "Reference: the pro-forma number",
            ],
        ),
    ]
    sheet = Sheet(
        head=[d.seller(seller), *address(rng, land)],
        panel=panel,
        panel_style=rng.choice(("box", "band")),
        address=["Customer:", d.org(buyer), f"Attn: {d.who(person(rng))}", *address(rng, land)],
        body=body,
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, d


__all__ = ["proforma", "purchase_order"]
