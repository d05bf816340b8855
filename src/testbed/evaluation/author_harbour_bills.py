"""Invoices as small firms and companies send them: a US or Canadian trade invoice, a UK or
Irish VAT invoice, and an Australian, New Zealand or Singapore tax invoice (the Indian GST
invoice and the credit note are in :mod:`testbed.evaluation.author_harbour_ledger`).

Each prints the numbers and dates real ones carry beside its own (customer numbers, order
references, delivery dates, tax registrations), and says when to pay the way its country
does: a printed due date, or only terms ("Net 30", "Due on receipt", "within 14 days"). Terms
alone give no due date to cite, so those papers are labelled without one. An invoice with a
deposit already received still bills its total; the balance due is what is left to pay.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_harbour_world import (
    Country,
    Draft,
    address,
    company,
    date_style,
    land_of,
    person,
    phone,
    plain,
)
from testbed.evaluation.corpus import Block
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet

#: Things firms bill for: description, lowest and highest unit price (in dollars or pounds),
#: and whether the quantity is hours.
_GOODS = (
    ("Labour - call-out and diagnosis", 95, 140, False),
    ("Labour", 65, 120, True),
    ("Website maintenance - monthly retainer", 250, 900, False),
    ("Business cards, 500, double-sided", 45, 80, False),
    ("A4 copy paper, box of 5 reams", 28, 45, False),
    ("Copper pipe 15mm x 3m", 18, 32, False),
    ("Site visit and measure-up", 80, 150, False),
    ("USB-C docking station", 180, 260, False),
    ("Catering - working lunch per head", 18, 35, False),
    ("Pallet delivery, metro zone", 60, 120, False),
    ("Vinyl banner 3m x 1m", 110, 190, False),
    ("Office cleaning - weekly visit", 140, 260, False),
    ("Consulting", 120, 220, True),
    ("Cat6 cable, 305m box", 140, 210, False),
    ("Hardwood decking 140x19, per lin. m", 9, 16, False),
    ("Annual software licence (per seat)", 90, 240, False),
)
#: Price scale per currency (an Indian invoice in rupees).
_SCALE = {"INR": 80.0}


def goods(rng: random.Random, land: Country, count: int) -> list[LineItem]:
    """``count`` billed rows with quantities and unit prices that multiply out."""
    rows = []
    for desc, low, high, hours in rng.sample(_GOODS, count):
        scale = _SCALE.get(land.currency, 1.0)
        unit = round(rng.uniform(low, high) * scale, 0 if scale > 1 else rng.choice((0, 2)))
        qty = (
            rng.choice((0.5, 1, 1.5, 2, 3, 4, 6, 7.5))
            if hours
            else rng.choice((1, 1, 2, 3, 5, 10, 12))
        )
        rows.append(LineItem(desc + (" (hours)" if hours else ""), qty, unit, round(qty * unit, 2)))
    return rows


def qty(value: float | None) -> str:
    return "" if value is None else (f"{value:g}" if value != int(value) else str(int(value)))


def number(rng: random.Random, land: Country, prefix: str, when: dt.date | None = None) -> str:
    n = rng.randint(1000, 99999)
    if land.code == "IN":
        y = (when.year - (when.month < 4) - 2000) if when else rng.choice((24, 25))
        return f"{prefix}/{y}-{y + 1}/{n % 10000:04d}"
    return rng.choice(
        (f"{prefix}-{n}", str(n), f"{prefix}{n:06d}", f"{rng.randint(2025, 2026)}-{n % 1000:04d}")
    )


#: The conditions of sale some firms print on the back of every invoice.
_CONDITIONS = (
    "1. Payment. Unless agreed otherwise in writing, payment is due {days} days from the date "
    "of invoice. Interest may be charged on overdue amounts at 8% a year above base rate.",
    "2. Title. Goods remain our property until paid for in full; risk passes on delivery.",
    "3. Claims. Shortages and damage must be notified within 3 working days of delivery. "
    "Goods may be returned only with our written agreement and may carry a handling fee.",
    "4. Liability. Our liability is limited to the price of the goods or services concerned.",
)


def back_page(rng: random.Random, days: int) -> tuple[list[Block], str | None]:
    """The conditions of sale on a second page (one invoice in four), and the running head
    that numbers the pages; or nothing."""
    if rng.random() >= 0.25:
        return [], None
    paras: list[Block] = [("para", text.format(days=days)) for text in _CONDITIONS]
    return [("break", None), ("heading", "Conditions of sale"), *paras], "Page {page} of {pages}"


def deposit(d: Draft, total: float, rng: random.Random) -> list[tuple[str, str]]:
    """A deposit paid up front and the balance left due (one invoice in four): the invoice
    still bills its total; the deposit was a payment against it."""
    if rng.random() >= 0.25:
        return []
    paid = round(total * rng.choice((0.25, 0.3, 0.5)), 2)
    return [("Less deposit received", d.money(-paid)), ("BALANCE DUE", d.money(total - paid))]


def trade_invoice(rng: random.Random) -> tuple[Sheet, Draft]:
    """A US or Canadian small-business invoice: a box of Invoice #, Date, Customer ID, P.O. #
    and Terms beside the bill-to address, a ship-to block, and the due date printed or left to
    the terms."""
    land = land_of(rng, "US US US CA")
    d = Draft("invoice", land)
    style = date_style(rng, land)
    seller = company(rng, land)
    buyer = company(rng, land, avoid=seller)
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
    shipped = issued - dt.timedelta(days=rng.randint(1, 6))
    days = rng.choice((15, 30, 30, 45))
    terms = rng.choice(("net", "net+due", "receipt", "due"))
    panel = [
        ("Invoice #", d.num(number(rng, land, "INV"))),
        ("Invoice Date", d.date("issue", issued, style)),
        ("Customer ID", f"C{rng.randint(1000, 9999)}"),
        ("P.O. #", f"{rng.randint(4500000, 4599999)}"),
    ]
    if terms in ("net", "net+due"):
        panel.append(("Terms", f"Net {days}"))
    elif terms == "receipt":
        panel.append(("Terms", "Due on receipt"))
    if terms in ("net+due", "due"):
        panel.append(("Due Date", d.date("due", issued + dt.timedelta(days=days), style)))
    rows = goods(rng, land, rng.randint(2, 5))
    d.items = rows
    net = sum(r.amount for r in rows)
    tax = round(net * land.rate, 2)
    table = [[rng.choice(("DESCRIPTION", "ACTIVITY")), "QTY", "RATE", "AMOUNT"]]
    table += [
        [r.description, qty(r.quantity), plain(r.unit_price or 0, land), plain(r.amount, land)]
        for r in rows
    ]
    body = [
        ("title", "INVOICE"),
        (
            "side",
            (
                [("lines", ["SHIP TO", d.org(buyer), *address(rng, land)])],
                [
                    (
                        "kv",
                        [
                            ("Ship Date", d.date(None, shipped, style)),
                            ("Ship Via", rng.choice(("UPS Ground", "FedEx", "Customer pickup"))),
                        ],
                    )
                ],
            ),
        ),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", d.money(net)),
                (f"{land.tax} ({land.rate * 100:g}%)", d.money(tax)),
                ("TOTAL", d.money(net + tax, key="total")),
                *deposit(d, net + tax, rng),
            ],
        ),
        ("para", f"Make all checks payable to {seller.rstrip('.')}. Thank you for your business!"),
    ]
    contact = d.who(person(rng))
    back, running = back_page(rng, days)
    sheet = Sheet(
        head=[d.seller(seller), *address(rng, land), f"Phone {phone(rng, land)}"],
        panel=panel,
        panel_style=rng.choice(("box", "stack")),
        address=["BILL TO", buyer, f"Attn: {contact}", *address(rng, land)],
        body=[*body, *back],
        running=running,
        text_panel=rng.choice(("kv", "columns")),
        footer=[
            f"Questions about this invoice? Contact accounts@{seller.split()[0].lower()}.example"
        ],
    )
    return sheet, d


def vat_invoice(rng: random.Random) -> tuple[Sheet, Draft]:
    """A UK or Irish VAT invoice: a band of Invoice No / Date / Tax point / Account / Your
    order, a net table, VAT on the net, and bank details with the terms in the footer."""
    land = land_of(rng, "UK UK IE")
    d = Draft("invoice", land)
    style = date_style(rng, land)
    seller = company(rng, land)
    buyer = company(rng, land, avoid=seller)
    issued = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(400))
    point = issued - dt.timedelta(days=rng.choice((0, 0, 2, 5)))
    days = rng.choice((7, 14, 30))
    printed_due = rng.random() < 0.5
    band = [
        ("Invoice No.", d.num(number(rng, land, rng.choice(("SI", "INV"))))),
        ("Invoice date", d.date("issue", issued, style)),
        ("Tax point", d.date(None, point, style)),
        ("Account", f"{buyer.split()[0][:4].upper()}{rng.randint(1, 99):03d}"),
        ("Your order", f"PO{rng.randint(10000, 99999)}"),
    ]
    rows = goods(rng, land, rng.randint(1, 4))
    d.items = rows
    net = sum(r.amount for r in rows)
    vat = round(net * land.rate, 2)
    sym = land.symbols[0]
    table = [["Description", "Qty", f"Unit price {sym}", "VAT %", f"Net {sym}"]]
    table += [
        [
            r.description,
            qty(r.quantity),
            plain(r.unit_price or 0, land),
            f"{land.rate * 100:g}",
            plain(r.amount, land),
        ]
        for r in rows
    ]
    terms = rng.choice(
        (
            f"Payment terms: strictly {days} days from the date of invoice.",
            f"Payment due within {days} days.",
            f"Terms: {days} days net. Please pay promptly.",
        )
    )
    due_line = (
        f"Payment due by {d.date('due', issued + dt.timedelta(days=days), style)}."
        if printed_due
        else terms
    )
    body = [
        ("title", rng.choice(("VAT INVOICE", "Invoice", "TAX INVOICE"))),
        ("table", table),
        (
            "kv",
            [
                ("Total net", d.money(net)),
                (f"VAT @ {land.rate * 100:g}%", d.money(vat)),
                (
                    rng.choice(("Total due", "Invoice total", "Amount due")),
                    d.money(net + vat, key="total"),
                ),
            ],
        ),
        ("para", due_line),
        (
            "lines",
            [
                "BACS payment to:",
                seller,
                "Sort code 20-45-77  Account 53917284"
                if land.code == "UK"
                else "IBAN IE29 AIBK 9311 5212 3456 78  BIC AIBKIE2D",
                "Please quote the invoice number as your reference.",
            ],
        ),
    ]
    reg = (
        "Registered in England and Wales No. 0"
        if land.code == "UK"
        else "Registered in Ireland No. "
    )
    back, running = back_page(rng, days)
    sheet = Sheet(
        head=[d.seller(seller), ", ".join(address(rng, land)), f"Tel {phone(rng, land)}"],
        panel=band,
        panel_style="band",
        address=[d.org(buyer), f"FAO {d.who(person(rng))}", *address(rng, land)],
        body=[*body, *back],
        running=running,
        text_panel=rng.choice(("kv", "kv_below")),
        footer=[
            f"{seller}. {reg}{rng.randint(1000000, 9999999)}. "
            f"VAT Reg No. {'GB' if land.code == 'UK' else 'IE'} {rng.randint(100, 999)} "
            f"{rng.randint(1000, 9999)} {rng.randint(10, 99)}"
        ],
    )
    return sheet, d


def tax_invoice(rng: random.Random) -> tuple[Sheet, Draft]:
    """An Australian, New Zealand or Singapore tax invoice: ABN / GST number, prices
    including GST with the GST shown, direct-deposit details, a due date printed at the top or
    in the payment panel at the foot."""
    land = land_of(rng, "AU AU NZ SG")
    d = Draft("invoice", land)
    style = date_style(rng, land)
    seller = company(rng, land)
    buyer = company(rng, land, avoid=seller)
    issued = dt.date(2025, 10, 1) + dt.timedelta(days=rng.randrange(360))
    due = issued + dt.timedelta(days=rng.choice((7, 14, 20, 30)))
    job = dt.date.fromordinal(issued.toordinal() - rng.randint(2, 12))
    reg = {
        "AU": f"ABN {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
        f"{rng.randint(100, 999)}",
        "NZ": f"GST No. {rng.randint(100, 130)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
        "SG": f"GST Reg No. M{rng.randint(10000000, 99999999)}X",
    }[land.code]
    due_top = rng.random() < 0.6
    panel = [
        ("Invoice Number", d.num(number(rng, land, "INV"))),
        ("Issue Date", d.date("issue", issued, style)),
        ("Reference", f"Job {rng.randint(200, 999)} / {d.date(None, job, style)}"),
    ]
    if due_top:
        panel.append(("Due Date", d.date("due", due, style)))
    rows = goods(rng, land, rng.randint(2, 4))
    d.items = rows
    gross = sum(r.amount for r in rows)
    gst = round(gross * land.rate / (1 + land.rate), 2)
    table = [["Description", "Quantity", "Unit Price", "Amount " + land.currency]]
    table += [
        [r.description, qty(r.quantity), plain(r.unit_price or 0, land), plain(r.amount, land)]
        for r in rows
    ]
    pay = [
        ("Account name", seller),
        (
            "BSB" if land.code == "AU" else "Bank",
            "062-000" if land.code == "AU" else rng.choice(("ANZ", "DBS", "Westpac")),
        ),
        ("Account", f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"),
    ]
    if not due_top:
        pay.append(("Due Date", d.date("due", due, style)))
    body = [
        ("title", "TAX INVOICE"),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal (ex GST)", d.money(gross - gst)),
                (f"Total {land.tax}", d.money(gst)),
                ("TOTAL " + land.currency, d.money(gross, key="total")),
            ],
        ),
        ("heading", "How to pay"),
        ("kv", pay),
        (
            "para",
            "Please use the invoice number as your payment reference. Overdue accounts may "
            "incur a fee.",
        ),
    ]
    sheet = Sheet(
        head=[d.seller(seller), reg, *address(rng, land)],
        panel=panel,
        panel_style=rng.choice(("box", "band", "stack")),
        address=["To:", d.org(buyer), *address(rng, land)],
        body=body,
        text_panel=rng.choice(("kv", "columns", "kv_below")),
    )
    return sheet, d


__all__ = ["goods", "number", "qty", "tax_invoice", "trade_invoice", "vat_invoice"]
