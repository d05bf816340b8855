"""Key-figure documents of the development set: numbers, dates by role and totals the way
business software and hand-made documents of several countries print them (issue #18).

Labels in Dutch, Spanish, Italian, German and French as well as English ("Factuurnummer",
"Nº Factura", "Fattura n.", "Bestell-Nr.", "Avoir N°", "Inv #", "Document no."); label and
value in separate columns with no colon, a row of boxed labels over their values, values under
their labels; dates with weekdays, ordinals, two-digit years and month names in the document's
language, month-first or day-first slashes as its country writes them, dates in a heading;
payment terms with no printed due date; totals as "Totaal", "Totale documento", "Net à
payer", "Rechnungsbetrag", "New balance", negative in parentheses or with a trailing minus; a
delivery date beside the payment due date; and invoices and bills whose total is on their
last page. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Case, Template, Writer, labelled_cases
from testbed.evaluation.figure_locale import Money, Sheet, numeric, spelled
from testbed.evaluation.variety_figure_docs import (
    bestellung,
    card_statement,
    dutch_bank,
    german_contract,
    minutes_heading,
    notulen,
    odoo_purchase_order,
    sage_invoice,
    us_contract,
    utility_bill,
)
from testbed.evaluation.variety_figure_pages import (
    card_statement_yy,
    carried_invoice,
    facture_du,
    insurance_schedule,
    scanned_po,
    weekday_letter,
    xero_invoice,
)

_GOODS = (
    ("Hydraulic pump seal kit", 86.4), ("Conveyor belt 5m", 412.0), ("Torque wrench 1/2in", 129.9),
    ("Pallet of printer paper", 238.5), ("Thermal camera rental (week)", 360.0),
    ("Field service hours", 92.0), ("Stainless sink unit", 545.0), ("Label printer ribbon", 18.75),
)  # fmt: skip


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(0, 600))


def _items(
    s: Sheet, rng: random.Random, header: list[str], count: int = 3, *, unit_mark: bool = False
) -> tuple[list[list[str]], float]:
    """An item table (description, quantity, unit price, amount) and its sum."""
    rows = [header]
    subtotal = 0.0
    for name, price in rng.sample(_GOODS, count):
        qty = rng.randint(1, 6)
        line = round(qty * price, 2)
        subtotal = round(subtotal + line, 2)
        rows.append([name, str(qty), s.money(price, mark=unit_mark), s.money(line, mark=unit_mark)])
        s.item(name, qty, price, line)
    return rows, subtotal


def _dutch_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A Dutch invoice: "Factuurnummer", dates in Dutch words, "Totaal te betalen € 1.234,56"."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "€ {n}", ",", "."))
    issued = _day(rng)
    due = issued + dt.timedelta(days=30)
    vendor = s.vendor(("Waterland Installatietechniek", "B.V."))
    customer = s.w.org(("Dommelsch Bouwbedrijf", "B.V."))
    rows, subtotal = _items(s, rng, ["Omschrijving", "Aantal", "Prijs", "Bedrag"])
    vat = round(subtotal * 0.21, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Havenweg 12, 1131 AB Volendam", "KvK 34123456"]),
        ("title", "Factuur"),
        (
            "kv",
            [
                ("Factuurnummer", s.number(f"{issued.year}{rng.randint(1000, 9999)}")),
                ("Factuurdatum", s.day(issued, "issue", spelled(issued, "nl"))),
                ("Vervaldatum", s.day(due, "due", spelled(due, "nl"))),
                ("Klant", customer),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Subtotaal", s.money(subtotal)),
                ("BTW 21%", s.money(vat)),
                ("Totaal te betalen", s.total(round(subtotal + vat, 2))),
            ],
        ),
    ]
    return "pdf", blocks, s.w


def _spanish_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A Spanish invoice: "Nº Factura", "Fecha de emisión" day-first, "TOTAL FACTURA"."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "{n} €", ",", "."))
    issued = _day(rng)
    due = issued + dt.timedelta(days=rng.choice((30, 60)))
    vendor = s.vendor(("Talleres Albacete", "S.L."))
    customer = s.w.org(("Conservas del Cantábrico", "S.A."))
    rows, subtotal = _items(s, rng, ["Concepto", "Uds.", "Precio", "Importe"], unit_mark=True)
    iva = round(subtotal * 0.21, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Polígono Campollano, calle B 14, 02007 Albacete", "CIF B02123456"]),
        ("title", "FACTURA"),
        (
            "columns",
            [
                ("Nº Factura", s.number(f"A{issued.year % 100}/{rng.randint(100, 999)}")),
                ("Fecha de emisión", s.day(issued, "issue", numeric(issued, "eu"))),
                ("Fecha de vencimiento", s.day(due, "due", numeric(due, "eu"))),
                ("Cliente", customer),
            ],
        ),
        ("table", rows),
        (
            "columns",
            [
                ("Base imponible", s.money(subtotal)),
                ("IVA 21%", s.money(iva)),
                ("TOTAL FACTURA", s.total(round(subtotal + iva, 2))),
            ],
        ),
    ]
    return "docx", blocks, s.w


def _italian_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An Italian invoice: the number and date in one line ("Fattura n. 118/2026 del
    05/12/2026"), "Scadenza", "Totale documento € 1.234,56"."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "€ {n}", ",", "."))
    issued = _day(rng)
    due = issued + dt.timedelta(days=rng.choice((30, 60, 90)))
    vendor = s.vendor(("Officine Meccaniche Brembate", "S.r.l."))
    customer = s.w.org(("Cantina Colli Euganei", "S.p.A."))
    rows, subtotal = _items(s, rng, ["Descrizione", "Q.tà", "Prezzo unitario", "Importo"])
    iva = round(subtotal * 0.22, 2)
    number = f"{rng.randint(10, 999)}/{issued.year}"
    blocks: list[Block] = [
        ("lines", [vendor, "Via dei Mille 21, 24041 Brembate (BG)", "P.IVA 01234567890"]),
        ("lines", ["Spett.le", customer, "Via Roma 3, 35031 Abano Terme"]),
        (
            "heading",
            f"Fattura n. {s.number(number)} del {s.day(issued, 'issue', numeric(issued, 'eu'))}",
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Imponibile", s.money(subtotal)),
                ("IVA 22%", s.money(iva)),
                ("Totale documento", s.total(round(subtotal + iva, 2))),
                ("Scadenza", s.day(due, "due", numeric(due, "eu"))),
            ],
        ),
    ]
    return "html", blocks, s.w


def _quickbooks_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US invoice over two pages: boxed labels over their values (DATE, INVOICE #, TERMS,
    DUE DATE), month-first dates, and the balance due on the last page."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "${n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=30)
    vendor = s.vendor(("Cedar Hollow Landscaping", "LLC"))
    customer = s.w.org(("Brookfield Townhomes HOA", "Inc."))
    rows, subtotal = _items(s, rng, ["ACTIVITY", "QTY", "RATE", "AMOUNT"], count=6)
    boxes = [
        ["DATE", "INVOICE #", "TERMS", "DUE DATE"],
        [
            s.day(issued, "issue", numeric(issued, "us")),
            s.number(str(rng.randint(1001, 1999))),
            "Net 30",
            s.day(due, "due", numeric(due, "us")),
        ],
    ]
    blocks: list[Block] = [
        ("lines", [vendor, "88 Millbrook Rd, Hartford, CT 06105", "(860) 555-0143"]),
        ("title", "INVOICE"),
        ("lines", ["BILL TO", customer, "12 Brookfield Ct, Hartford, CT 06106"]),
        ("table", boxes),
        ("table", rows[:4]),
        ("lines", ["Continued on next page", "Page 1 of 2"]),
        ("break", None),
        ("table", [rows[0], *rows[4:]]),
        ("columns", [("SUBTOTAL", s.money(subtotal, mark=False)), ("TAX", "0.00")]),
        ("columns", [("BALANCE DUE", s.total(subtotal))]),
        ("lines", ["Page 2 of 2"]),
    ]
    return "pdf", blocks, s.w


def _stripe_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A SaaS invoice: labels and values in two columns with no colon, the currency code
    after the amount, "$1,200.00 USD due January 4, 2027" as a headline."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "${n} USD"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=rng.choice((14, 30)))
    vendor = s.vendor(("Lattice Metrics", "Inc."))
    customer = s.w.org(("Orchard Lane Bakery", "LLC"))
    seats = rng.randint(3, 20)
    price = 24.0
    amount = seats * price
    s.item("Team plan (per seat)", seats, price, amount)
    prefix = f"{rng.choice('ABCDEF')}{rng.randint(1000, 9999)}C{rng.randint(10, 99)}"
    number = f"{prefix}-000{rng.randint(1, 9)}"
    blocks: list[Block] = [
        ("title", "Invoice"),
        (
            "columns",
            [
                ("Invoice number", s.number(number)),
                ("Date of issue", s.day(issued, "issue", numeric(issued, "us_long"))),
                ("Date due", s.day(due, "due", f"{numeric(due, 'us_long')}")),
            ],
        ),
        ("lines", [vendor, "2261 Market Street #4120", "San Francisco, CA 94114"]),
        ("lines", ["Bill to", customer]),
        ("heading", f"{s.money(amount)} due {numeric(due, 'us_long')}"),
        (
            "table",
            [
                ["Description", "Qty", "Unit price", "Amount"],
                ["Team plan (per seat)", str(seats), s.money(price, mark=False), f"${amount:,.2f}"],
            ],
        ),
        ("columns", [("Subtotal", f"${amount:,.2f}"), ("Total", f"${amount:,.2f}")]),
        ("columns", [("Amount due", s.total(amount))]),
    ]
    return "pdf", blocks, s.w


def _datev_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German invoice: "Rechnung Nr. ... vom 05.12.26" (two-digit year), a delivery date
    before the terms, "zahlbar innerhalb von 14 Tagen", "Rechnungsbetrag"."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "{n} EUR", ",", "."))
    issued = _day(rng)
    delivered = issued - dt.timedelta(days=rng.randint(2, 9))
    vendor = s.vendor(("Elektro Hufnagel", "GmbH & Co. KG"))
    customer = s.w.org(("Bäckerei Lindemann", "GmbH"))
    rows, subtotal = _items(s, rng, ["Bezeichnung", "Menge", "E-Preis", "Gesamt"])
    vat = round(subtotal * 0.19, 2)
    number = f"{issued.year}-{rng.randint(1000, 9999)}"
    blocks: list[Block] = [
        ("lines", [vendor, "Gewerbering 7, 86316 Friedberg"]),
        ("lines", [customer, "Hauptstraße 40, 86150 Augsburg"]),
        (
            "heading",
            f"Rechnung Nr. {s.number(number)} vom "
            f"{s.day(issued, 'issue', numeric(issued, 'dot2'))}",
        ),
        ("lines", [f"Lieferdatum: {numeric(delivered, 'dot2')}", "Kundennummer: 10442"]),
        ("table", rows),
        (
            "kv",
            [
                ("Nettobetrag", s.money(subtotal)),
                ("zzgl. 19 % USt.", s.money(vat)),
                ("Rechnungsbetrag", s.total(round(subtotal + vat, 2))),
            ],
        ),
        ("para", "Zahlbar innerhalb von 14 Tagen ohne Abzug."),
    ]
    return "txt", blocks, s.w


def _french_credit_note(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A French credit note: "Avoir N°", the date with its weekday, "Net à payer" negative."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "{n} €", ",", " "))
    issued = _day(rng)
    vendor = s.vendor(("Menuiserie Garnier", "SARL"))
    customer = s.w.org(("Hôtel du Lac d'Annecy", "SAS"))
    amount = -round(rng.uniform(300, 2400), 2)
    s.item("Remise commerciale sur facture FA-2291", None, None, amount)
    blocks: list[Block] = [
        ("lines", [vendor, "3 rue des Artisans, 74000 Annecy"]),
        ("title", f"AVOIR N° {s.number(f'AV-{issued.year}-{rng.randint(10, 99)}')}"),
        ("kv", [("Date", s.day(issued, "issue", spelled(issued, "fr", weekday=True)))]),
        ("lines", ["Client :", customer]),
        (
            "table",
            [
                ["Désignation", "Montant"],
                ["Remise commerciale sur facture FA-2291", s.money(amount)],
            ],
        ),
        ("kv", [("Net à payer", s.total(amount))]),
    ]
    return "pdf", blocks, s.w


def _credit_memo(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US credit memo: "Memo #", amounts in parentheses, "Total credit (USD)"."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "${n}", negative="()"))
    issued = _day(rng)
    vendor = s.vendor(("Ridgeback Outdoor Supply", "Co."))
    rows = [["Item", "Qty", "Amount"]]
    total = 0.0
    for name, price in rng.sample(_GOODS, 2):
        line = -price
        total = round(total + line, 2)
        rows.append([name, "1", s.money(line)])
        s.item(name, 1, None, line)
    blocks: list[Block] = [
        ("lines", [vendor, "501 Canyon Rd, Boise, ID 83702"]),
        ("title", "CREDIT MEMO"),
        (
            "kv",
            [
                ("Memo #", s.number(f"CM-{rng.randint(10000, 99999)}")),
                ("Date", s.day(issued, "issue", numeric(issued, "us_abbr"))),
            ],
        ),
        ("table", rows),
        ("kv", [("Total credit", s.total(total))]),
    ]
    return "txt", blocks, s.w


def _scanned_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A scanned UK invoice: values in a column of their own, day-first slashes, "Our ref."."""
    s = Sheet(Writer(rng, currency="GBP"), Money("GBP", "£{n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=14)
    vendor = s.vendor(("Pennine Scaffolding", "Ltd"))
    customer = s.w.org(("Holmfirth Builders", "Ltd"))
    rows, subtotal = _items(s, rng, ["Description", "Qty", "Price", "Total"], count=2)
    vat = round(subtotal * 0.2, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Unit 4, Dale Mill, Huddersfield HD9 7AB"]),
        ("title", "TAX INVOICE"),
        (
            "columns",
            [
                ("Invoice No.", s.number(f"PS{rng.randint(10000, 99999)}")),
                ("Invoice Date", s.day(issued, "issue", numeric(issued, "eu"))),
                ("Our ref.", f"QU-{rng.randint(100, 999)}"),
                ("Payment due", s.day(due, "due", numeric(due, "eu"))),
            ],
        ),
        ("lines", ["Invoice to:", customer]),
        ("table", rows),
        (
            "columns",
            [
                ("Net", s.money(subtotal)),
                ("VAT @ 20%", s.money(vat)),
                ("Total due", s.total(round(subtotal + vat, 2))),
            ],
        ),
    ]
    return "png", blocks, s.w


#: (kind, template) in case order.
_DOCS: tuple[tuple[str, Template], ...] = (
    ("invoice", _dutch_invoice),
    ("invoice", _spanish_invoice),
    ("invoice", _italian_invoice),
    ("invoice", _quickbooks_invoice),
    ("invoice", _stripe_invoice),
    ("invoice", _datev_invoice),
    ("invoice", _french_credit_note),
    ("invoice", _credit_memo),
    ("invoice", _scanned_invoice),
    ("invoice", sage_invoice),
    ("purchase_order", odoo_purchase_order),
    ("purchase_order", bestellung),
    ("invoice", utility_bill),  # a utility's bill (docs/analysis-schema.md, Conventions)
    ("statement", card_statement),
    ("statement", dutch_bank),
    ("contract", german_contract),
    ("contract", us_contract),
    ("minutes", minutes_heading),
    ("minutes", notulen),
    ("letter", weekday_letter),
    ("invoice", carried_invoice),
    ("invoice", xero_invoice),
    ("statement", card_statement_yy),
    ("contract", insurance_schedule),
    ("invoice", facture_du),
    ("purchase_order", scanned_po),
)


def build_variety_figures(seed: str) -> list[Case]:
    """The key-figure documents, labelled and drawn once for their evidence."""
    return labelled_cases(seed, "figures", _DOCS)
