"""Invoices and purchase orders of the development set in the layouts the world uses, not
ours: drawn from a seed, each with its own column order and header words ("Qty", "Menge",
"Units", "Hours"), with or without a unit price, codes, units, tax and discount columns,
discount and credit rows, descriptions wrapped over two lines, totals under the table or
inside it, thousands separators and currency marks of both conventions, and the document's
details in labelled lines, a two-column header, labels above values or a one-row table.

The truth is the generator's: every row, total, number and date is labelled as it is
printed (:mod:`testbed.evaluation.commerce_style`), never read back from a file.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.commerce_style import Printer, pick_style, quantity_text
from testbed.evaluation.commerce_words import (
    CUSTOMERS,
    DETAILS,
    GOODS,
    HEADERS,
    SERVICES,
    STREETS,
    UNITS,
    VENDORS,
)
from testbed.evaluation.corpus import Block, Writer

#: Column layouts of an item table, by role, in printed order.
LAYOUTS = (
    ("description", "qty", "unit", "amount"),
    ("qty", "description", "unit", "amount"),
    ("code", "description", "qty", "uom", "unit", "amount"),
    ("description", "unit", "qty", "amount"),
    ("description", "qty", "amount"),
    ("pos", "description", "qty", "unit", "vat", "amount"),
    ("description", "hours", "rate", "amount"),
    ("description", "amount"),
    ("code", "description", "qty", "unit", "disc", "amount"),
    ("description", "qty", "uom", "unit", "amount"),
)


def _lang(rng: random.Random, style: str) -> str:
    if style == "de" and rng.random() < 0.5:
        return "de"
    if style == "fr" and rng.random() < 0.5:
        return "fr"
    return "en"


def _header(rng: random.Random, role: str, lang: str, code: str) -> str:
    return rng.choice(HEADERS[role][lang]).replace("{cur}", code)


def item_table(p: Printer, lang: str, *, services: bool) -> tuple[list[list[str]], float, int]:
    """An item table in a layout of its own; returns its rows, the items' sum and the index
    of the amount column."""
    rng = p.rng
    layout = rng.choice(LAYOUTS[6:8] if services else LAYOUTS)
    if "hours" in layout and not services:
        layout = LAYOUTS[0]
    header = [_header(rng, role, lang, p.code()) for role in layout]
    marked_cells = rng.random() < 0.5
    pool = SERVICES if services or "hours" in layout else GOODS
    rows = [header]
    total = 0.0
    for number, (name, base) in enumerate(rng.sample(pool, rng.randint(2, 6)), start=1):
        qty = float(rng.choice((1, 2, 3, 4, 5, 8, 10, 12, 25, 40)))
        if "hours" in layout:
            qty = rng.choice((1.5, 2.0, 3.5, 6.0, 7.5, 12.0))
        unit = round(base * rng.choice((1, 1, 1.1, 0.9)), 2)
        discount = rng.choice((0, 0, 5, 10)) if "disc" in layout else 0
        amount = round(qty * unit * (1 - discount / 100), 2)
        detail = rng.choice(DETAILS) if rng.random() < 0.25 else None
        shown = f"{name}\n{detail}" if detail else name
        cells = _cells(p, layout, number, shown, qty, unit, amount, discount, marked_cells)
        rows.append(cells)
        total += amount
        has_qty = any(role in layout for role in ("qty", "hours"))
        has_unit = any(role in layout for role in ("unit", "rate"))
        p.item(
            name,  # its first line: the scorer takes a description that holds it too
            qty if has_qty else None,
            unit if has_unit else None,
            amount,
        )
    if rng.random() < 0.3:  # a credit or discount row, its amount negative
        label = rng.choice(
            ("Discount", "Loyalty discount", "Credit: returned item", "Early payment discount")
        )
        amount = -round(total * rng.choice((0.05, 0.1)), 2)
        cells = [""] * len(layout)
        cells[layout.index("description")] = label
        cells[layout.index("amount")] = p.money(amount, mark=marked_cells)
        rows.append(cells)
        p.item(label, None, None, amount)
        total += amount
    return rows, round(total, 2), layout.index("amount")


def _cells(  # noqa: PLR0917 - one value per column role
    p: Printer,
    layout: tuple[str, ...],
    number: int,
    name: str,
    qty: float,
    unit: float,
    amount: float,
    discount: int,
    marked: bool,
) -> list[str]:
    european = p.style.european
    by_role = {
        "description": name,
        "qty": quantity_text(qty, european),
        "hours": quantity_text(qty, european),
        "unit": p.money(unit, mark=marked),
        "rate": p.money(unit, mark=marked),
        "amount": p.money(amount, mark=marked),
        "code": f"{p.rng.choice('ABKMT')}{p.rng.randint(100, 999)}-{p.rng.randint(10, 99)}",
        "pos": str(number),
        "uom": p.rng.choice(UNITS),
        "vat": p.rng.choice(("20%", "19 %", "7%", "0%")),
        "disc": f"{discount}%" if discount else "",
    }
    return [by_role[role] for role in layout]


def totals(
    p: Printer, lang: str, items: float, *, tax_rate: int, kind: str
) -> list[tuple[str, str]]:
    """Subtotal, tax and total lines, labelled the document's way."""
    rng = p.rng
    tax = round(items * tax_rate / 100, 2)
    total = round(items + tax, 2)
    words = {
        "en": (
            ("Subtotal", "Net total", "Sub-total", "Total net"),
            (f"VAT {tax_rate}%", f"Sales tax ({tax_rate}%)", f"GST {tax_rate}%", "Tax"),
            (
                "Total",
                "Total due",
                "Amount due",
                "Balance due",
                "Grand total",
                "TOTAL",
                f"Total ({p.code()})",
                "Amount payable",
            )
            if kind == "invoice"
            else ("Total", "Order total", "Total amount", "TOTAL"),
        ),
        "de": (
            ("Zwischensumme", "Nettobetrag"),
            (f"MwSt. {tax_rate} %", f"USt. {tax_rate}%"),
            ("Gesamtbetrag", "Rechnungsbetrag", "Summe", "Endbetrag"),
        ),
        "fr": (("Total HT", "Sous-total"), (f"TVA {tax_rate} %",), ("Total TTC", "Montant total")),
    }[lang]
    lines: list[tuple[str, str]] = []
    if tax_rate:
        lines += [(rng.choice(words[0]), p.money(items)), (rng.choice(words[1]), p.money(tax))]
    label = rng.choice(words[2])
    lines.append((label, p.total(total)))
    return lines


def _party_lines(p: Printer, company: tuple[str, str]) -> list[str]:
    name = p.w.org(company) if company[1] else p.w.plain_org(company[0])
    return [name, p.rng.choice(STREETS)]


def invoice(rng: random.Random) -> tuple[list[Block], Writer]:
    """An invoice: details in one of five layouts, an item table of its own."""
    style = pick_style(rng)
    p = Printer(rng, style)
    w = p.w
    lang = _lang(rng, style.name)
    vendor, customer = rng.sample(VENDORS, 1)[0], rng.choice(CUSTOMERS)
    w.vendor = f"{vendor[0]} {vendor[1]}".rstrip(".")
    vendor_lines = _party_lines(p, vendor)
    vendor_lines[0] = w.key("vendor", vendor_lines[0])
    customer_lines = _party_lines(p, customer)
    w.number = rng.choice(
        (
            f"INV-{rng.randint(2025, 2026)}-{rng.randint(1, 9999):04d}",
            f"{rng.randint(10000, 99999)}",
            f"{rng.randint(2025, 2026)}/{rng.randint(100, 999)}",
            f"RE{rng.randint(100000, 999999)}",
            f"A{rng.randint(1000, 9999)}-{rng.choice('BCX')}",
            f"F-{rng.randint(1000, 9999)}",
        )
    )
    number = w.key("documentNumber", w.number)
    issued = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    due = issued + dt.timedelta(days=rng.choice((7, 14, 30, 45, 60)))
    rows, items, _ = item_table(p, lang, services=rng.random() < 0.3)
    labels = {
        "en": (
            "INVOICE",
            rng.choice(("Invoice No.", "Invoice #", "Invoice Number", "Inv. No.", "Invoice no")),
            rng.choice(("Invoice Date", "Date", "Date of issue", "Issued")),
            rng.choice(("Due Date", "Payment due", "Due", "Pay by")),
        ),
        "de": (
            "RECHNUNG",
            rng.choice(("Rechnungsnummer", "Rechnung Nr.", "Rechnungs-Nr.")),
            rng.choice(("Rechnungsdatum", "Datum")),
            rng.choice(("Fällig am", "Zahlbar bis")),
        ),
        "fr": (
            "FACTURE",
            rng.choice(("Facture n°", "Numéro de facture")),
            rng.choice(("Date de facture", "Date")),
            rng.choice(("Échéance", "Date d'échéance")),
        ),
    }[lang]
    title, number_label, date_label, due_label = labels
    show_due = rng.random() < 0.75
    meta = [(number_label, number), (date_label, p.day(issued, "issue"))]
    if show_due:
        meta.append((due_label, p.day(due, "due")))
    bill_to = rng.choice(("Bill to", "Billed to", "Customer", "Invoice to", "Sold to"))
    if lang == "de":
        bill_to = "Rechnungsempfänger"
    layout = rng.randrange(5)
    blocks: list[Block]
    if layout == 0:
        blocks = [
            ("lines", vendor_lines),
            ("title", title),
            ("kv", meta),
            ("lines", [f"{bill_to}:", *customer_lines]),
        ]
    elif layout == 1:
        right = [title, *(f"{a}: {b}" for a, b in meta)]
        left = [*vendor_lines, "", ""][: len(right)]
        blocks = [
            ("columns", list(zip(left, right, strict=True))),
            ("lines", [f"{bill_to}:", *customer_lines]),
        ]
    elif layout == 2:
        blocks = [
            ("title", title),
            ("lines", vendor_lines),
            ("table", [[a for a, _ in meta], [b for _, b in meta]]),
            ("lines", [f"{bill_to}:", *customer_lines]),
        ]
    elif layout == 3:
        blocks = [
            ("lines", customer_lines),
            ("title", f"{title} - {vendor_lines[0]}"),
            ("kv_below", meta),
        ]
        blocks.append(("lines", [vendor_lines[1]]))
    else:
        blocks = [("title", title), ("kv", [*meta, (bill_to, customer_lines[0])])]
        blocks.append(("lines", ["From:", *vendor_lines]))
    rate = rng.choice((0, 7, 10, 19, 20, 21)) if rng.random() < 0.8 else 0
    sums = totals(p, lang, items, tax_rate=rate, kind="invoice")
    blocks += _table_with_totals(rng, rows, sums)
    if not show_due and rng.random() < 0.5:
        blocks.append(
            (
                "para",
                rng.choice(("Thank you for your business.", "Please pay within the agreed terms.")),
            )
        )
    blocks.append(
        (
            "lines",
            [
                f"IBAN GB{rng.randint(10, 99)} NWBK 6016 1331 9268 19",
                f"VAT reg. {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            ],
        )
    )
    return blocks, w


def _table_with_totals(
    rng: random.Random, rows: list[list[str]], sums: list[tuple[str, str]]
) -> list[Block]:
    """The totals as labelled lines under the table, or as its last rows (the label in the
    column before the amount)."""
    if rng.random() < 0.35 and len(rows[0]) >= 3:
        width = len(rows[0])
        inside = [["" for _ in range(width - 2)] + [label, value] for label, value in sums]
        return [("table", [*rows, *inside])]
    return [("table", rows), ("kv", sums)]


def purchase_order(rng: random.Random) -> tuple[list[Block], Writer]:
    """A purchase order: the buyer's letterhead, the supplier addressed, delivery date."""
    style = pick_style(rng)
    p = Printer(rng, style)
    w = p.w
    lang = "de" if style.name == "de" and rng.random() < 0.4 else "en"
    buyer, supplier = rng.choice(CUSTOMERS), rng.choice(VENDORS)
    buyer_lines = _party_lines(p, buyer)
    w.vendor = f"{supplier[0]} {supplier[1]}".rstrip(".")
    supplier_lines = _party_lines(p, supplier)
    supplier_lines[0] = w.key("vendor", supplier_lines[0])
    w.number = rng.choice(
        (
            f"PO-{rng.randint(10000, 99999)}",
            f"45{rng.randint(10000000, 99999999)}",
            f"PO{rng.randint(2025, 2026)}-{rng.randint(100, 999)}",
        )
    )
    ordered = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    deliver = ordered + dt.timedelta(days=rng.choice((5, 10, 14, 21)))
    rows, items, _ = item_table(p, lang, services=False)
    if lang == "de":
        title, number_label, date_label, due_label, to = (
            "BESTELLUNG",
            "Bestellnummer",
            "Bestelldatum",
            "Liefertermin",
            "Lieferant",
        )
    else:
        title = rng.choice(("PURCHASE ORDER", "Purchase Order"))
        number_label = rng.choice(("PO Number", "PO No.", "P.O. #", "Purchase order no."))
        date_label = rng.choice(("Order date", "Date", "PO date"))
        due_label = rng.choice(("Delivery date", "Required by", "Deliver by"))
        to = rng.choice(("Vendor", "Supplier", "To"))
    meta = [
        (number_label, w.key("documentNumber", w.number)),
        (date_label, p.day(ordered, "issue")),
        (due_label, p.day(deliver, "due")),
    ]
    blocks: list[Block] = [("lines", buyer_lines), ("title", title)]
    if rng.random() < 0.5:
        blocks += [("kv", meta), ("lines", [f"{to}:", *supplier_lines])]
    else:
        right = [f"{a}: {b}" for a, b in meta]
        blocks.append(("columns", list(zip([f"{to}:", *supplier_lines], right, strict=True))))
    sums = totals(p, lang, items, tax_rate=rng.choice((0, 0, 20)), kind="purchase_order")
    blocks += _table_with_totals(rng, rows, sums)
    blocks.append(("para", "Please quote the order number on every delivery note and invoice."))
    return blocks, w


__all__ = ["invoice", "item_table", "purchase_order", "totals"]
