"""An Indian GST tax invoice and a credit note: the two invoices whose own number stands
beside another that looks like it (a delivery challan's, the credited invoice's).

A credit note is labelled an invoice, a negative one: it belongs in the same ledger and has
its own number and date; the invoice it credits is printed with its number and date too, and
neither is the note's. The credit is its total, as printed (without a sign).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_harbour_bills import goods, number, qty
from testbed.evaluation.author_harbour_world import (
    Draft,
    address,
    company,
    date_style,
    land_of,
    plain,
)
from testbed.evaluation.variety_dues_print import Sheet


def india_invoice(rng: random.Random) -> tuple[Sheet, Draft]:
    """An Indian GST tax invoice: GSTINs of both sides, Invoice No. with the financial year,
    a challan (delivery note) number and date, HSN/SAC codes, CGST and SGST at half the rate,
    amounts in rupees grouped by lakhs."""
    land = land_of(rng, "IN")
    d = Draft("invoice", land)
    style = rng.choice(("dash", "dash", "num", "short"))
    seller = company(rng, land)
    buyer = company(rng, land, avoid=seller)
    issued = dt.date(2025, 7, 1) + dt.timedelta(days=rng.randrange(420))
    challan = issued - dt.timedelta(days=rng.randint(0, 4))
    sym = rng.choice(land.symbols)
    rows = goods(rng, land, rng.randint(2, 4))
    d.items = rows
    taxable = sum(r.amount for r in rows)
    half = round(taxable * land.rate / 2, 2)
    table = [["Description of Goods/Services", "HSN/SAC", "Qty", "Rate", "Amount"]]
    table += [
        [
            r.description,
            str(rng.choice((998313, 8471, 4802, 998719))),
            qty(r.quantity),
            plain(r.unit_price or 0, land),
            plain(r.amount, land),
        ]
        for r in rows
    ]
    due_line = []
    if rng.random() < 0.5:
        due_line = [
            ("Due Date", d.date("due", issued + dt.timedelta(days=rng.choice((15, 30, 45))), style))
        ]
    panel = [
        ("Invoice No.", d.num(number(rng, land, rng.choice(("INV", "TI", "GST")), issued))),
        ("Dated", d.date("issue", issued, style)),
        ("Delivery Challan No.", f"DC-{rng.randint(100, 999)}"),
        ("Challan Date", d.date(None, challan, style)),
        ("Buyer's Order No.", f"PO/{rng.randint(1000, 9999)}"),
        *due_line,
    ]
    body = [
        ("title", "TAX INVOICE"),
        (
            "lines",
            [
                "Place of Supply: "
                + rng.choice(("Karnataka (29)", "Maharashtra (27)", "Tamil Nadu (33)"))
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Taxable Value", d.money(taxable, sym)),
                (f"CGST @ {land.rate * 50:g}%", d.money(half, sym)),
                (f"SGST @ {land.rate * 50:g}%", d.money(half, sym)),
                ("Grand Total", d.money(taxable + 2 * half, sym, key="total")),
            ],
        ),
        (
            "para",
            "Declaration: We declare that this invoice shows the actual price of the goods "
            "described and that all particulars are true and correct.",
        ),
        ("lines", [f"For {seller}", "", "Authorised Signatory"]),
    ]
    sheet = Sheet(
        head=[
            d.seller(seller),
            *address(rng, land),
            f"GSTIN: 29AAB{rng.randint(1000, 9999)}C1Z{rng.randint(1, 9)}",
        ],
        panel=panel,
        panel_style=rng.choice(("box", "stack")),
        address=[
            "Buyer (Bill to)",
            d.org(buyer),
            *address(rng, land),
            f"GSTIN: 27AAC{rng.randint(1000, 9999)}D1Z{rng.randint(1, 9)}",
        ],
        body=body,
        text_panel=rng.choice(("kv", "columns")),
        footer=["SUBJECT TO BENGALURU JURISDICTION", "This is a computer generated invoice."],
    )
    return sheet, d


def credit_note(rng: random.Random) -> tuple[Sheet, Draft]:
    """A credit note: its own number and date, the invoice it credits (number and date) and
    the reason; the credit as a positive total. Labelled as an invoice, a negative one: it
    belongs in the same ledger, with its own number."""
    land = land_of(rng, "UK AU US NZ IE")
    d = Draft("invoice", land)
    style = date_style(rng, land)
    seller = company(rng, land)
    buyer = company(rng, land, avoid=seller)
    issued = dt.date(2025, 8, 1) + dt.timedelta(days=rng.randrange(450))
    original = issued - dt.timedelta(days=rng.randint(6, 40))
    rows = goods(rng, land, rng.randint(1, 2))
    d.items = rows
    net = sum(r.amount for r in rows)
    tax = round(net * land.rate, 2)
    n = rng.randint(100, 999)
    panel = [
        ("Credit Note No.", d.num(rng.choice((f"CN-{n:05d}", f"CR{n}", f"C{n:04d}")))),
        ("Date", d.date("issue", issued, style)),
        ("Original Invoice", number(rng, land, "INV")),
        ("Invoice Date", d.date(None, original, style)),
    ]
    table = [["Description", "Qty", "Unit Price", "Credit"]]
    table += [
        [r.description, qty(r.quantity), plain(r.unit_price or 0, land), plain(r.amount, land)]
        for r in rows
    ]
    body = [
        ("title", "CREDIT NOTE"),
        (
            "para",
            "Reason: "
            + rng.choice(
                (
                    "goods returned damaged in transit.",
                    "duplicate billing.",
                    "price agreed was lower than invoiced.",
                    "service not delivered.",
                )
            ),
        ),
        ("table", table),
        (
            "kv",
            [
                ("Net credit", d.money(net)),
                (land.tax, d.money(tax)),
                ("Total credit", d.money(net + tax, key="total")),
            ],
        ),
        (
            "para",
            "This amount has been credited to your account and will be offset against "
            "your next invoice. No payment is due.",
        ),
    ]
    sheet = Sheet(
        head=[d.seller(seller), *address(rng, land)],
        panel=panel,
        panel_style=rng.choice(("box", "band")),
        address=[d.org(buyer), *address(rng, land)],
        body=body,
        text_panel=rng.choice(("kv", "kv_below")),
    )
    return sheet, d


__all__ = ["credit_note", "india_invoice"]
