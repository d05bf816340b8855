"""Trade papers for the bundle generators (:mod:`testbed.evaluation.variety_bundles`): a
supplier's invoice in the layouts accounts software prints (a US layout with Bill To and
Terms, a UK one with VAT, a German Rechnung), a buyer's purchase order, the supplier's order
acknowledgement, an export's commercial invoice and packing list, a carrier's delivery note.
Each may run over several pages, numbered or not.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_bundles_style import Doc, address, bare, firm, footer, later, qty

GOODS = (
    ("Hex bolt M10x60 zinc (box 100)", 18.4), ("Pallet stretch film 500mm", 21.75),
    ("Safety gloves nitrile, size L (pk 50)", 9.9), ("Cable ties 300mm black (pk 100)", 4.35),
    ("Corrugated carton 600x400x400", 1.82), ("Bearing 6204-2RS", 6.1),
    ("Hydraulic hose 1/2in x 2m", 38.0), ("Ink cartridge HP 912XL", 29.99),
    ("Copy paper A4 80gsm (box 5 reams)", 24.5), ("LED panel 600x600 40W", 44.0),
    ("Stainless worktop 1500mm", 265.0), ("Cotton twill, navy (metre)", 7.45),
    ("Label roll 100x150 thermal", 12.6), ("Gear motor 0.37kW", 312.0),
)  # fmt: skip


def _rows(
    rng: random.Random, w: Writer, count: int, header: list[str]
) -> tuple[list[list[str]], float]:
    rows = [header]
    net = 0.0
    picks = rng.sample(GOODS, count) if count <= len(GOODS) else rng.choices(GOODS, k=count)
    for index, (text, price) in enumerate(picks, 1):
        units = rng.choice((1, 2, 4, 5, 10, 12, 20, 25))
        amount = round(units * price, 2)
        net += amount
        w.line_item(text, units, price, amount)
        code = f"{rng.choice('ABCHKP')}{rng.randint(1000, 9999)}"
        cells = {
            "#": str(index),
            "Item": code,
            "Code": code,
            "Description": text,
            "Qty": qty(units),
            "Quantity": qty(units),
            "Unit Price": bare(w, price),
            "Rate": bare(w, price),
            "Amount": bare(w, amount),
            "Net": bare(w, amount),
            "Pos.": str(index),
            "Artikel": code,
            "Bezeichnung": text,
            "Menge": qty(units),
            "Einzelpreis": bare(w, price),
            "Gesamt": bare(w, amount),
        }
        rows.append([cells[h] for h in header])
    return rows, round(net, 2)


def invoice(
    rng: random.Random, vendor: tuple[str, str], customer: tuple[str, str], day: dt.date,
    number: str, *, style: str = "us", pages: int = 1, footers: str | None = "of",
    order: str | None = None, items: int = 4, currency: str | None = None,
) -> Doc:  # fmt: skip
    """A supplier's invoice (``style``: us, uk or de), over ``pages`` pages with the item
    table split between them, numbered in ``footers``' style (``None``: not numbered)."""
    currency = currency or {"us": "USD", "uk": "GBP", "de": "EUR"}[style]
    w = Writer(rng, currency=currency, european=style == "de")
    w.number = number
    terms = rng.choice((14, 30, 45))
    due = later(day, terms)
    de = style == "de"
    header = (
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"]
        if de
        else rng.choice(
            (
                ["Item", "Description", "Qty", "Rate", "Amount"],
                ["Code", "Description", "Quantity", "Unit Price", "Net"],
            )
        )
    )
    rows, net = _rows(rng, w, items, header)
    rate = {"us": 0.0, "uk": 0.2, "de": 0.19}[style]
    tax = round(net * rate, 2)
    seller = firm(w, vendor, vendor=True)
    buyer = firm(w, customer)
    if de:
        head: list[Block] = [
            ("lines", [seller, *address(rng, "EUR"), "USt-IdNr. DE 281 774 093"]),
            ("lines", [buyer, *address(rng, "EUR")]),
            ("title", f"Rechnung Nr. {w.key('documentNumber', number)}"),
            (
                "kv",
                [
                    ("Rechnungsdatum", w.date(day, "issue")),
                    ("Kundennummer", f"{rng.randint(10000, 99999)}"),
                    *([("Ihre Bestellung", order)] if order else []),
                ],
            ),
        ]
        sums: list[Block] = [
            (
                "kv",
                [
                    ("Nettobetrag", w.money(net)),
                    ("zzgl. 19 % USt.", w.money(tax)),
                    ("Rechnungsbetrag", w.total_money(net + tax)),
                ],
            ),
            ("para", f"Zahlbar bis {w.date(due, 'due')} ohne Abzug."),
        ]
    else:
        details = [
            ("Invoice No.", w.key("documentNumber", number)),
            ("Invoice Date", w.date(day, "issue")),
            ("Due Date", w.date(due, "due")),
        ]
        if order:
            details.append(("PO Number", order))
        if style == "us":
            details.insert(2, ("Terms", f"Net {terms}"))
        head = [
            ("lines", [seller, *address(rng, currency)]),
            (
                "title",
                rng.choice(("INVOICE", "Invoice", "TAX INVOICE" if style == "uk" else "INVOICE")),
            ),
            (
                "columns",
                [("Bill To:", ""), (buyer, ""), *((line, "") for line in address(rng, currency))],
            ),
            ("kv", details),
        ]
        sums = [
            (
                "kv",
                [
                    ("Subtotal", w.money(net)),
                    *([("VAT 20%", w.money(tax))] if rate else []),
                    ("Total", w.total_money(net + tax)),
                ],
            )
        ]
        if style == "uk":
            sums.append(("para", "Please pay by BACS to Sort Code 40-11-62 Account 51077392."))
    table_pages = _split(rows, pages)
    out: list[list[Block]] = []
    for page, part in enumerate(table_pages, 1):
        blocks: list[Block] = (
            list(head) if page == 1 else [("lines", [_running(w, style, number, page)])]
        )
        blocks.append(("table", part if page == 1 else [rows[0], *part]))
        if page == pages:
            blocks.extend(sums)
        if footers:
            blocks.append(footer(rng, "seite" if de and footers == "of" else footers, page, pages))
        out.append(blocks)
    return Doc("invoice", out, w)


def _split(rows: list[list[str]], pages: int) -> list[list[list[str]]]:
    body = rows[1:]
    size = -(-len(body) // pages)
    parts = [body[i * size : (i + 1) * size] for i in range(pages)]
    return [[rows[0], *parts[0]], *parts[1:]]


def _running(w: Writer, style: str, number: str, page: int) -> str:
    if style == "de":
        return f"Rechnung {number} - Fortsetzung"
    return f"Invoice {number} (continued)"


def purchase_order(
    rng: random.Random, buyer: tuple[str, str], supplier: tuple[str, str], day: dt.date,
    number: str, *, currency: str = "USD", items: int = 4,
) -> Doc:  # fmt: skip
    """The buyer's purchase order: its letterhead, PO number and date, the vendor and the
    ship-to address, the items and the order total, the buyer's authorisation."""
    w = Writer(rng, currency=currency, european=currency == "EUR")
    w.number = number
    rows, net = _rows(rng, w, items, ["Item", "Description", "Qty", "Unit Price", "Amount"])
    head = firm(w, buyer)
    blocks: list[Block] = [
        ("lines", [head, *address(rng, currency)]),
        ("title", "PURCHASE ORDER"),
        (
            "kv",
            [
                ("PO Number", w.key("documentNumber", number)),
                ("Order Date", w.date(day, "issue")),
                ("Delivery by", w.date(later(day, 21), None)),
            ],
        ),
        (
            "columns",
            [
                ("Vendor:", "Ship To:"),
                (firm(w, supplier, vendor=True), head),
                *zip(address(rng, currency), ["Goods In, Dock 2", "Same as above"], strict=True),
            ],
        ),
        ("table", rows),
        ("kv", [("Order Total", w.total_money(net))]),
        (
            "lines",
            [
                "Authorised by: " + w.person("Helena Marsh"),
                "Please quote the PO number on all invoices.",
            ],
        ),
    ]
    return Doc("purchase_order", [blocks], w)


def acknowledgement(
    rng: random.Random, supplier: tuple[str, str], buyer: tuple[str, str], day: dt.date,
    order: str, *, currency: str = "USD",
) -> Doc:  # fmt: skip
    """The supplier's order acknowledgement: its own sales-order number, the customer's PO it
    confirms, the dispatch date; no total to pay."""
    w = Writer(rng, currency=currency, european=currency == "EUR")
    ref = f"SO-{rng.randint(200000, 299999)}"
    blocks: list[Block] = [
        ("lines", [firm(w, supplier), *address(rng, currency)]),
        ("title", rng.choice(("ORDER ACKNOWLEDGEMENT", "Sales Order Confirmation"))),
        (
            "kv",
            [
                ("Sales Order", ref),
                ("Date", w.date(day, "issue")),
                ("Your PO", order),
                ("Customer", firm(w, buyer)),
                ("Est. dispatch", w.date(later(day, 5), None)),
            ],
        ),
        (
            "para",
            "Thank you for your order. The goods listed on your purchase order are confirmed "
            "at the prices quoted and will be dispatched on the date above.",
        ),
    ]
    return Doc("other", [blocks], w)


def commercial_invoice(
    rng: random.Random, exporter: tuple[str, str], importer: tuple[str, str], day: dt.date,
) -> Doc:  # fmt: skip
    """An export's commercial invoice: exporter and consignee, Incoterms, HS codes, country
    of origin, the invoice value in dollars."""
    w = Writer(rng, currency="USD")
    w.number = f"CI-{day.year}-{rng.randint(1000, 9999)}"
    rows, net = _rows(
        rng, w, rng.randint(3, 5), ["Item", "Description", "Qty", "Unit Price", "Amount"]
    )
    freight = float(rng.choice((180, 240, 395)))
    blocks: list[Block] = [
        ("title", "COMMERCIAL INVOICE"),
        (
            "columns",
            [
                ("Exporter:", "Consignee:"),
                (firm(w, exporter, vendor=True), firm(w, importer)),
                *zip(address(rng, "USD"), address(rng, "EUR"), strict=True),
            ],
        ),
        (
            "kv",
            [
                ("Invoice No", w.key("documentNumber", w.number)),
                ("Date", w.date(day, "issue")),
                ("Incoterms", "FCA Chicago"),
                ("Country of origin", "United States"),
                ("HS code", "7318.15"),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Goods value", w.money(net)),
                ("Freight", w.money(freight)),
                ("Total invoice value", w.total_money(net + freight)),
            ],
        ),
        ("para", "I declare that the information on this invoice is true and correct."),
    ]
    return Doc("invoice", [blocks], w)


def packing_list(rng: random.Random, exporter: tuple[str, str], day: dt.date, ref: str) -> Doc:
    """The packing list beside it: cartons, weights and dimensions, no prices."""
    w = Writer(rng, currency="USD")
    rows = [["Carton", "Contents", "Net kg", "Gross kg", "Dimensions (cm)"]]
    rows.extend(
        [str(n), rng.choice(GOODS)[0], f"{rng.uniform(4, 20):.1f}", f"{rng.uniform(21, 26):.1f}",
         "60 x 40 x 40"]
        for n in range(1, rng.randint(3, 6))
    )  # fmt: skip
    blocks: list[Block] = [
        ("lines", [firm(w, exporter)]),
        ("title", "PACKING LIST"),
        (
            "kv",
            [
                ("Packing list no", f"PL-{rng.randint(10000, 99999)}"),
                ("Invoice ref", ref),
                ("Date", w.date(day, "issue")),
                ("Marks", "ORDER 5512 / MADE IN USA"),
            ],
        ),
        ("table", rows),
        ("lines", [f"Total cartons: {len(rows) - 1}"]),
    ]
    return Doc("other", [blocks], w)


def delivery_note(rng: random.Random, sender: tuple[str, str], receiver: str, day: dt.date) -> Doc:
    """A delivery note signed on receipt: consignment number, pieces, the signature box."""
    w = Writer(rng, currency="GBP")
    blocks: list[Block] = [
        ("lines", [firm(w, sender), *address(rng, "GBP")]),
        ("title", rng.choice(("DELIVERY NOTE", "Delivery Note / Proof of Delivery"))),
        (
            "kv",
            [
                ("Delivery note", f"DN{rng.randint(100000, 999999)}"),
                ("Dispatch date", w.date(day, "issue")),
                ("Deliver to", w.person(receiver)),
                ("Carrier", "DPD Parcel Next Day"),
                ("Pieces", str(rng.randint(2, 9))),
            ],
        ),
        (
            "lines",
            ["Received in good condition", "", "Signed: ____________  Print name: ____________"],
        ),
    ]
    return Doc("other", [blocks], w)


__all__ = [
    "acknowledgement",
    "commercial_invoice",
    "delivery_note",
    "invoice",
    "packing_list",
    "purchase_order",
]
