"""Credit notes, pro-forma invoices, purchase orders and an Indian GST invoice, for the world
generators (:mod:`testbed.evaluation.variety_world`).

A British credit note against an invoice and a German "Stornorechnung" (negative amounts,
the credited invoice named beside the note's own number), an exporter's pro-forma invoice
with Incoterms and "Valid until" (no due date), purchase orders from an American
procurement system ("PO Number" over its value, "Ship To", "Deliver By") and an SAP
"Bestellung" ("Liefertermin", the supplier in the address window), and a Zoho tax invoice
from India (amounts in lakhs, "Balance Due" at the top, CGST and SGST, the total in words).
The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.figure_locale import Money
from testbed.evaluation.variety_world_style import (
    CUSTOMERS,
    eu_number,
    firm,
    items,
    qty,
    rupees_in_words,
    sheet,
    someday,
    sum_of,
    when,
)

_PARTS = (
    ("Servo motor 400W", 312.0),
    ("Linear guide rail 600mm", 86.5),
    ("Proximity sensor M12", 24.9),
    ("Cable carrier 25x38", 41.0),
    ("Control cabinet fan", 58.75),
    ("Safety relay", 129.0),
)


def credit_note(rng: random.Random) -> tuple[list[Block], Writer]:
    """A credit note, British ("CREDIT NOTE", "Credit Note Number", "Original Invoice",
    "Total Credit") or German ("Stornorechnung" / "Gutschrift", "zu Rechnung Nr."); the
    amounts negative as the software prints them."""
    german = rng.random() < 0.5
    s, _ = sheet(rng, "de" if german else "uk")
    if not german:  # "GBP -239.04": the code before the signed number
        s.m = Money("GBP", "GBP {n}")
    issued = someday(rng)
    seller = ("Brandt Zerspanungstechnik", "GmbH") if german else ("Ashdown Trade Supplies", "Ltd")
    vendor = firm(s, *seller, vendor=True)
    client = firm(s, *(("Weigl Sondermaschinen", "GmbH") if german else rng.choice(CUSTOMERS)))
    rows = items(s, rng, _PARTS, (1, 2))
    s.w.line_items.clear()
    table = [
        ["Pos.", "Artikel", "Menge", "Einzelpreis", "Betrag"]
        if german
        else ["Item", "Description", "Qty", "Unit Price", "Amount"]
    ]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        s.item(name, count, price, -amount)
        shown = eu_number(-amount) if german else f"{-amount:,.2f}"
        table.append(
            [str(index), name, qty(count), eu_number(price) if german else f"{price:.2f}", shown]
        )
    net = sum_of(rows)
    vat = round(net * (0.19 if german else 0.2), 2)
    total = -round(net + vat, 2)
    original = f"{'RE' if german else 'INV'}-{rng.randint(10000, 19999)}"
    if german:
        head = [
            ("Gutschrift-Nr.", s.number(f"GS-{rng.randint(1000, 4999)}")),
            ("Datum", s.day(issued, "issue", when(issued, "dot"))),
            ("zu Rechnung Nr.", f"{original} vom {when(issued - dt.timedelta(days=20), 'dot')}"),
        ]
        sums = [
            ("Nettobetrag", s.money(-net)),
            ("USt. 19 %", s.money(-vat)),
            ("Gutschriftsbetrag", s.total(total)),
        ]
        title, note = (
            rng.choice(("Stornorechnung", "Gutschrift")),
            ("Der Betrag wird mit Ihrer nächsten Zahlung verrechnet."),
        )
    else:
        head = [
            ("Credit Note Number", s.number(f"CN-{rng.randint(100, 999)}")),
            ("Credit Note Date", s.day(issued, "issue", when(issued, "dmy"))),
            ("Original Invoice", original),
        ]
        sums = [
            ("Net", s.money(-net)),
            ("VAT 20%", s.money(-vat)),
            ("Total Credit", s.total(total)),
        ]
        title, note = "CREDIT NOTE", "This credit will be applied to your account."
    blocks: list[Block] = [
        (
            "columns",
            [
                (vendor, title),
                ("Unit 4, Riverside Park" if not german else "Am Hafen 9, 28217 Bremen", ""),
            ],
        ),
        ("lines", [client, "Werkstraße 2, 94469 Deggendorf" if german else "77 Park Row, Leeds"]),
        ("kv", head),
        ("table", table),
        ("kv", sums),
        ("para", note),
    ]
    return blocks, s.w


def proforma(rng: random.Random) -> tuple[list[Block], Writer]:
    """An exporter's pro-forma invoice: "PRO FORMA INVOICE", "Proforma No.", Incoterms,
    "Valid until" (an offer's end, not a due date), payment "100% in advance", amounts in
    euros with the ISO code."""
    s, _ = sheet(rng, "ie")
    s.m = Money("EUR", "EUR {n}")
    issued = someday(rng)
    vendor = firm(
        s, rng.choice(("Keelwater Marine Equipment", "Bannow Agritech")), "Ltd", vendor=True
    )
    buyer = firm(s, rng.choice(("Al Noor Trading", "Marítima Valparaíso")), "LLC")
    contact = s.w.person(rng.choice(("Omar Haddad", "Camila Rojas")))
    rows = items(s, rng, _PARTS, (2, 4))
    net = sum_of(rows)
    freight = rng.choice((180.0, 420.0, 95.0))
    total = round(net + freight, 2)
    table = [["Item", "Description", "HS Code", "Qty", "Unit Price EUR", "Total EUR"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        table.append(
            [
                str(index),
                name,
                f"8501.{rng.randint(10, 99)}",
                qty(count),
                f"{price:,.2f}",
                f"{amount:,.2f}",
            ]
        )
    valid = issued + dt.timedelta(days=30)
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Unit 12, Harbour Business Park, Wexford Y35 K2X2, Ireland",
                f"VAT: IE{rng.randint(1000000, 9999999)}W",
            ],
        ),
        ("title", "PRO FORMA INVOICE"),
        (
            "kv",
            [
                ("Proforma No.", s.number(f"PI-{issued.year}-{rng.randint(1, 300):03d}")),
                ("Date", s.day(issued, "issue", when(issued, "DMY_DASH"))),
                ("Valid until", when(valid, "DMY_DASH")),
                ("Incoterms", rng.choice(("FOB Dublin", "CIF Jebel Ali", "EXW Wexford"))),
            ],
        ),
        ("lines", ["Consignee:", buyer, f"Attn: {contact}"]),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", s.money(net)),
                ("Freight & insurance", s.money(freight)),
                ("Total amount payable", s.total(total)),
            ],
        ),
        (
            "para",
            "Payment terms: 100% in advance by bank transfer. Goods will be dispatched on "
            "receipt of funds. This is not a tax invoice.",
        ),
    ]
    return blocks, s.w


def purchase_order_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """A procurement system's purchase order: "PO Number", "PO Date", "Deliver By" as a row
    of labels over values, the supplier under "Vendor", "Ship To" beside it, "Extended"
    prices, "PO Total"."""
    s, _ = sheet(rng, "us")
    ordered = someday(rng)
    deliver = ordered + dt.timedelta(days=rng.choice((10, 14, 21)))
    buyer = s.w.plain_org(rng.choice(("Cedar Ridge Health System", "Tri-County Transit Authority")))
    supplier = firm(
        s, rng.choice(("Midstate Industrial Supply", "Keystone Lab Products")), "Inc.", vendor=True
    )
    requester = s.w.person(rng.choice(("Brenda Kowalczyk", "Marcus Tillman")))
    rows = items(s, rng, _PARTS, (2, 4))
    total = sum_of(rows)
    table = [["Line", "Item / Description", "Qty", "UOM", "Unit Cost", "Extended"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        table.append([str(index), name, qty(count), "EA", s.money(price), s.money(amount)])
    number = f"PO-{rng.randint(100000, 999999)}"
    blocks: list[Block] = [
        ("lines", [buyer, "Purchasing Department", "2200 Lakeview Pkwy, Rockford, IL 61107"]),
        ("title", "PURCHASE ORDER"),
        (
            "table",
            [
                ["PO Number", "PO Date", "Deliver By", "Payment Terms", "Requester"],
                [
                    s.number(number),
                    s.day(ordered, "issue", when(ordered, "us")),
                    s.day(deliver, "due", when(deliver, "us")),
                    "Net 45",
                    requester,
                ],
            ],
        ),
        (
            "columns",
            [
                ("Vendor:", "Ship To:"),
                (supplier, buyer),
                ("4100 Industrial Blvd", "Receiving Dock B"),
                ("Peoria, IL 61604", "Rockford, IL 61107"),
            ],
        ),
        ("table", table),
        ("columns", [("", f"PO Total: {s.total(total)}")]),
        (
            "para",
            f"Reference PO {number} on all invoices and packing slips. Invoices without a valid "
            "PO number will be returned unpaid.",
        ),
    ]
    return blocks, s.w


def bestellung(rng: random.Random) -> tuple[list[Block], Writer]:
    """An SAP purchase order in German: the supplier in the address window, "Bestellnummer",
    "Bestelldatum", "Liefertermin", positions numbered 10, 20, "Gesamtnettowert"."""
    s, _ = sheet(rng, "de")
    ordered = someday(rng)
    deliver = ordered + dt.timedelta(days=rng.choice((14, 21, 28)))
    buyer = firm(s, rng.choice(("Voss Verpackungswerke", "Albrecht Landtechnik")), "GmbH & Co. KG")
    supplier = firm(s, rng.choice(("Lindner Elektronik", "Hagemann Antriebe")), "GmbH", vendor=True)
    clerk = s.w.person(rng.choice(("Sabine Voigt", "Thomas Kessler")))
    rows = items(s, rng, _PARTS, (2, 4))
    total = sum_of(rows)
    table = [["Pos.", "Material", "Kurztext", "Menge", "Preis", "Wert"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        table.append(
            [
                f"{index * 10:05d}",
                str(rng.randint(10**7, 10**8)),
                name,
                f"{qty(count, ',')} ST",
                eu_number(price),
                eu_number(amount),
            ]
        )
    blocks: list[Block] = [
        ("lines", [f"{buyer} · Postfach 2140 · 33311 Gütersloh"]),
        ("columns", [(supplier, "Bestellung"), ("Gewerbering 8", ""), ("42781 Haan", "")]),
        (
            "kv",
            [
                ("Bestellnummer", s.number(str(rng.randint(4500000000, 4500999999)))),
                ("Bestelldatum", s.day(ordered, "issue", when(ordered, "dot"))),
                ("Ansprechpartner", clerk),
                (
                    "Liefertermin",
                    s.day(
                        deliver, "due", f"KW {deliver.isocalendar()[1]} / {when(deliver, 'dot')}"
                    ),
                ),
            ],
        ),
        ("table", table),
        ("kv", [("Gesamtnettowert ohne Mwst EUR", s.total(total, mark=False))]),
        (
            "para",
            "Bitte geben Sie bei Rückfragen und auf allen Lieferpapieren unsere "
            "Bestellnummer an. Es gelten unsere Allgemeinen Einkaufsbedingungen.",
        ),
    ]
    return blocks, s.w


def zoho(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Zoho tax invoice from India: "# INV-000123" and "Balance Due" at the top right,
    "Invoice Date : 04/03/2026", "Terms : Net 15", amounts in lakhs, CGST and SGST, "Total
    In Words"."""
    s, loc = sheet(rng, "in")
    issued = someday(rng)
    due = issued + dt.timedelta(days=15)
    vendor = firm(
        s, rng.choice(("Sahyadri Cloud Solutions", "Tanvi Textiles")), "Pvt. Ltd.", vendor=True
    )
    client = firm(s, rng.choice(("Kaveri Agro Foods", "Mehta Diagnostics")), "Pvt. Ltd.")
    goods = (
        ("Annual software subscription", 84000.0),
        ("Implementation services", 45000.0),
        ("Training (per day)", 18000.0),
        ("Support hours", 2500.0),
    )
    rows = items(s, rng, goods, (2, 3))
    net = sum_of(rows)
    cgst = round(net * 0.09, 2)
    total = round(net + 2 * cgst, 2)
    table = [["#", "Item & Description", "HSN/SAC", "Qty", "Rate", "Amount"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        table.append(
            [
                str(index),
                name,
                "998314",
                f"{count:.2f}",
                loc.money.number(price),
                loc.money.number(amount),
            ]
        )
    blocks: list[Block] = [
        (
            "columns",
            [
                (vendor, "TAX INVOICE"),
                (
                    "Plot 14, Hinjawadi Phase 2, Pune 411057",
                    f"# {s.number(f'INV-{rng.randint(1, 999999):06d}')}",
                ),
                (
                    f"GSTIN {rng.randint(10, 36)}AAB{rng.choice('CFHP')}"
                    f"{rng.randint(1000, 9999)}K1Z5",
                    "Balance Due",
                ),
                ("", s.total(total)),
            ],
        ),
        ("lines", ["Bill To", client, "Kochi, Kerala 682016"]),
        (
            "kv",
            [
                ("Invoice Date", s.day(issued, "issue", when(issued, "eu"))),
                ("Terms", "Net 15"),
                ("Due Date", s.day(due, "due", when(due, "eu"))),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Sub Total", loc.money.number(net)),
                ("CGST9 (9%)", loc.money.number(cgst)),
                ("SGST9 (9%)", loc.money.number(cgst)),
                ("Total", s.money(total)),
                ("Balance Due", s.money(total)),
            ],
        ),
        ("para", f"Total In Words: {rupees_in_words(total)}"),
        ("para", "Thanks for your business."),
    ]
    return blocks, s.w


__all__ = ["bestellung", "credit_note", "proforma", "purchase_order_us", "zoho"]
