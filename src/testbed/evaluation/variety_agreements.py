"""Agreements, minutes, US invoices and credit notes of the development set (issue #18).

A contract amendment effective on one date and extending the term to another (the original
agreement's date is only mentioned), leases in English and German (a US residential lease in
prose, a UK commercial lease's particulars, a German "Mietvertrag"), minutes whose date sits
in a table or in a heading in Italian and Spanish, US invoices with "Bill To" and "Ship To"
side by side and "Terms: Net 30" (a PO number beside the invoice's), and credit notes that
name the invoice they credit. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Case, Template, Writer, labelled_cases
from testbed.evaluation.figure_locale import Money, Sheet, numeric, spelled

_GOODS = (
    ("Pallet racking bay", 289.0), ("Wire mesh deck", 41.5), ("Forklift inspection", 175.0),
    ("Safety barrier 2m", 96.0), ("Floor marking tape (roll)", 12.4),
)  # fmt: skip


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 5, 1) + dt.timedelta(days=rng.randrange(0, 540))


def _items(s: Sheet, rng: random.Random, header: list[str]) -> tuple[list[list[str]], float]:
    rows, total = [header], 0.0
    for name, price in rng.sample(_GOODS, 3):
        qty = rng.randint(1, 12)
        amount = round(qty * price, 2)
        total = round(total + amount, 2)
        rows.append([name, str(qty), f"{price:,.2f}", f"{amount:,.2f}"])
        s.item(name, qty, price, amount)
    return rows, total


def net30_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US invoice: "Bill To" and "Ship To" side by side, "Terms: Net 30" and no printed due
    date, the customer's "P.O. No." beside the invoice number, "Balance Due"."""
    s = Sheet(Writer(rng), Money("USD", "${n}"))
    issued = _day(rng)
    vendor = s.vendor(("Great Lakes Storage Systems", "Inc."))
    customer = s.w.org(("Badger State Distributors", "LLC"))
    rows, total = _items(s, rng, ["Description", "Qty", "Unit Price", "Amount"])
    blocks: list[Block] = [
        ("lines", [vendor, "1200 Industrial Pkwy, Racine, WI 53403"]),
        ("title", "INVOICE"),
        (
            "columns",
            [
                ("BILL TO", "SHIP TO"),
                (customer, "Badger State Distributors - Dock 4"),
                ("PO Box 2219", "5100 S Howell Ave"),
                ("Milwaukee, WI 53201", "Milwaukee, WI 53207"),
            ],
        ),
        (
            "kv",
            [
                ("Invoice No", s.number(str(rng.randint(10000, 19999)))),
                ("Invoice Date", s.day(issued, "issue", numeric(issued, "us"))),
                ("P.O. No.", str(rng.randint(4000, 4999))),
                ("Terms", "Net 30"),
            ],
        ),
        ("table", rows),
        ("columns", [("Subtotal", s.money(total)), ("Balance Due", s.total(total))]),
    ]
    return "pdf", blocks, s.w


def terms_row_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US invoice whose details are one row of labels over values (Date, Invoice #, P.O. #,
    Terms, Due Date, Rep), "Payments/Credits" before "Balance Due"."""
    s = Sheet(Writer(rng), Money("USD", "${n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=45)
    vendor = s.vendor(("Sandhill Irrigation", "Co."))
    customer = s.w.org(("Mesa Verde Growers", "Inc."))
    rows, total = _items(s, rng, ["Item", "Quantity", "Rate", "Amount"])
    blocks: list[Block] = [
        ("lines", [vendor, "77 Canal Rd, Yuma, AZ 85364"]),
        ("title", "Invoice"),
        ("lines", ["Bill To", customer, "2 Orchard Way, Somerton, AZ 85350"]),
        (
            "table",
            [
                ["Date", "Invoice #", "P.O. #", "Terms", "Due Date", "Rep"],
                [
                    s.day(issued, "issue", numeric(issued, "us")),
                    s.number(f"{rng.randint(2000, 2999)}"),
                    f"MV-{rng.randint(100, 999)}",
                    "Net 45",
                    s.day(due, "due", numeric(due, "us")),
                    "JT",
                ],
            ],
        ),
        ("table", rows),
        (
            "columns",
            [
                ("Total", s.money(total)),
                ("Payments/Credits", s.money(0.0)),
                ("Balance Due", s.total(total)),
            ],
        ),
    ]
    return "txt", blocks, s.w


def credit_note_uk(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A UK credit note naming the invoice it credits ("Original invoice", its date), "Total
    credit" with VAT."""
    s = Sheet(Writer(rng), Money("GBP", "£{n}"))
    issued = _day(rng)
    original = issued - dt.timedelta(days=rng.randint(10, 40))
    vendor = s.vendor(("Cotswold Office Interiors", "Ltd"))
    customer = s.w.org(("Stroud Valley Surgery", "LLP"))
    net = float(rng.choice((180, 245, 390)))
    vat = round(net * 0.2, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Brunel Mill, Stroud GL5 3AA", "VAT No. GB 331 4410 27"]),
        ("title", "CREDIT NOTE"),
        (
            "kv",
            [
                ("Credit Note No", s.number(f"CN-{rng.randint(100, 999):05d}")),
                ("Date", s.day(issued, "issue", numeric(issued, "abbr"))),
                ("Original Invoice", f"INV-{rng.randint(4000, 4999)}"),
                ("Invoice Date", numeric(original, "abbr")),
                ("Customer", customer),
            ],
        ),
        ("para", "Returned: 2 x ergonomic chairs (damaged in transit)."),
        (
            "kv",
            [
                ("Net", s.money(net)),
                ("VAT 20%", s.money(vat)),
                ("Total credit", s.total(round(net + vat, 2))),
            ],
        ),
    ]
    return "docx", blocks, s.w


def gutschrift(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German credit note: "Gutschrift Nr.", "zu Rechnung Nr. ... vom ..." (another number
    and date), "Gutschriftsbetrag"."""
    s = Sheet(Writer(rng), Money("EUR", "{n} €", ",", "."))
    issued = _day(rng)
    original = issued - dt.timedelta(days=rng.randint(10, 40))
    vendor = s.vendor(("Holzbau Eberle", "GmbH"))
    customer = s.w.org(("Gasthof Kreuz", "KG"))
    net = float(rng.choice((200, 340, 515)))
    blocks: list[Block] = [
        ("lines", [vendor, "Sägewerkstraße 3, 88400 Biberach"]),
        ("lines", [customer, "Marktplatz 1, 88499 Riedlingen"]),
        ("title", f"Gutschrift Nr. {s.number(f'GS-{issued.year}-{rng.randint(10, 99):03d}')}"),
        (
            "kv",
            [
                ("Datum", s.day(issued, "issue", numeric(issued, "dot"))),
                (
                    "Bezug",
                    f"zu Rechnung Nr. {issued.year}-{rng.randint(100, 999)} vom "
                    f"{numeric(original, 'dot')}",
                ),
            ],
        ),
        ("para", "Wir schreiben Ihnen für die zurückgesandten Leimbinder gut:"),
        (
            "kv",
            [
                ("Nettobetrag", s.money(net)),
                ("USt. 19 %", s.money(round(net * 0.19, 2))),
                ("Gutschriftsbetrag", s.total(round(net * 1.19, 2))),
            ],
        ),
    ]
    return "txt", blocks, s.w


def contract_amendment(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An amendment effective on one date that extends the agreement's term "through" another;
    the original agreement's date is mentioned and has no role."""
    s = Sheet(Writer(rng), Money("USD", "${n}"))
    effective = dt.date(_day(rng).year + 1, rng.choice((2, 3, 6)), 1)
    end = dt.date(effective.year + 2, effective.month, 1) - dt.timedelta(days=1)
    original = dt.date(effective.year - 2, rng.randint(1, 12), rng.randint(1, 28))
    a = s.w.org(("Keystone Data Centers", "LLC"))
    b = s.w.org(("Allegheny Health Network", "Inc."))
    blocks: list[Block] = [
        ("title", "AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT"),
        (
            "para",
            f'This Amendment No. 2 (the "Amendment") is made effective as of '
            f'{s.day(effective, "effective", numeric(effective, "us_long"))} (the "Amendment '
            f'Effective Date") by and between {a} ("Provider") and {b} ("Customer"), and '
            f"amends the Master Services Agreement between the parties dated "
            f'{numeric(original, "us_long")} (the "Agreement").',
        ),
        ("heading", "1. Term"),
        (
            "para",
            "Section 3.1 of the Agreement is amended so that the term of the Agreement is "
            f"extended through {s.day(end, 'end', numeric(end, 'us_long'))}.",
        ),
        ("heading", "2. Fees"),
        ("para", f"The monthly colocation fee is increased to {s.money(18450.0)}."),
    ]
    return "pdf", blocks, s.w


def residential_lease(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US residential lease in prose: the term "begins on" and "ends on", rent per month."""
    s = Sheet(Writer(rng), Money("USD", "${n}"))
    begin = dt.date(_day(rng).year + 1, rng.choice((1, 6, 8)), 1)
    end = dt.date(begin.year + 1, begin.month, 1) - dt.timedelta(days=1)
    landlord, tenant = s.w.person("Harold Whitaker"), s.w.person("Simone Delacroix")
    blocks: list[Block] = [
        ("title", "RESIDENTIAL LEASE AGREEMENT"),
        (
            "para",
            f'This Lease is between {landlord} ("Landlord") and {tenant} ("Tenant") for the '
            "premises at 418 Alder Street, Apt 3, Eugene, OR 97401.",
        ),
        (
            "para",
            f"1. TERM. The lease term begins on "
            f"{s.day(begin, 'effective', numeric(begin, 'us_long'))} and ends on "
            f"{s.day(end, 'end', numeric(end, 'us_long'))}.",
        ),
        (
            "para",
            f"2. RENT. Tenant shall pay {s.money(1850.0)} per month, due on the first day of "
            f"each month. A security deposit of {s.money(1850.0)} is due at signing.",
        ),
    ]
    return "docx", blocks, s.w


def commercial_lease(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A UK commercial lease's particulars: "Date of Lease", "Term Commencement Date", a term
    "from and including" it, "Expiry Date"."""
    s = Sheet(Writer(rng), Money("GBP", "£{n}"))
    dated = _day(rng)
    begin = dated + dt.timedelta(days=rng.randint(5, 30))
    end = dt.date(begin.year + 5, begin.month, begin.day) - dt.timedelta(days=1)
    landlord = s.w.org(("Mercia Estates", "Ltd"))
    tenant = s.w.org(("Ludlow Craft Brewery", "Ltd"))
    blocks: list[Block] = [
        ("title", "LEASE PARTICULARS"),
        (
            "kv",
            [
                ("Date of Lease", s.day(dated, "issue", spelled(dated, "en"))),
                ("Landlord", landlord),
                ("Tenant", tenant),
                ("Premises", "Unit 7, Teme Business Park, Ludlow SY8 1XF"),
                ("Term Commencement Date", s.day(begin, "effective", spelled(begin, "en"))),
                ("Contractual Term", "5 years from and including the Term Commencement Date"),
                ("Expiry Date", s.day(end, "end", spelled(end, "en"))),
                ("Annual Rent", f"{s.money(48000.0)} exclusive of VAT"),
            ],
        ),
    ]
    return "txt", blocks, s.w


def mietvertrag(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German commercial lease: "Mietbeginn", "Das Mietverhältnis endet am", the rent."""
    s = Sheet(Writer(rng), Money("EUR", "{n} €", ",", "."))
    begin = dt.date(_day(rng).year + 1, rng.choice((1, 4, 10)), 1)
    end = dt.date(begin.year + 3, begin.month, 1) - dt.timedelta(days=1)
    landlord = s.w.org(("Immobilien Kranz", "GmbH"))
    tenant = s.w.person("Lena Vogt")
    blocks: list[Block] = [
        ("title", "Mietvertrag über Gewerberaum"),
        ("para", f"zwischen {landlord} (Vermieter) und {tenant} (Mieterin)"),
        ("heading", "§ 2 Mietzeit"),
        (
            "para",
            f"Mietbeginn ist der {s.day(begin, 'effective', numeric(begin, 'dot'))}. Das "
            f"Mietverhältnis endet am {s.day(end, 'end', numeric(end, 'dot'))}, ohne dass es "
            "einer Kündigung bedarf.",
        ),
        ("heading", "§ 3 Miete"),
        ("para", f"Die monatliche Miete beträgt {s.money(1450.0)} zuzüglich Nebenkosten."),
    ]
    return "md", blocks, s.w


def minutes_table(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Minutes whose date stands in a details table (Meeting, Date, Time, Location); the next
    meeting's date at the end has no role."""
    s = Sheet(Writer(rng), Money("USD", "${n}"))
    held = _day(rng)
    later = held + dt.timedelta(days=35)
    chair, clerk = s.w.person("Lorraine Abbott"), s.w.person("Felix Okonkwo")
    s.w.plain_org("Riverside Library Foundation")
    blocks: list[Block] = [
        ("title", "Riverside Library Foundation"),
        ("heading", "MINUTES"),
        (
            "table",
            [
                ["Meeting", "Date", "Time", "Location"],
                [
                    "Finance Committee",
                    s.day(held, "issue", spelled(held, "en", weekday=True)),
                    "2:00 pm",
                    "Room 4",
                ],
            ],
        ),
        ("lines", [f"Attendees: {chair} (Chair), {clerk} (Recorder)"]),
        ("heading", "1. Budget"),
        ("para", f"The committee approved a book budget of {s.money(22500.0)}."),
        ("heading", "2. Next meeting"),
        ("para", f"The next meeting will be held on {numeric(later, 'us_long')}."),
    ]
    return "docx", blocks, s.w


def verbale(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Italian minutes dated in their heading: "Verbale della riunione del ..."."""
    s = Sheet(Writer(rng), Money("EUR", "€ {n}", ",", "."))
    held = _day(rng)
    s.w.plain_org("Circolo Nautico Garda")
    chair, secretary = s.w.person("Giulia Ferrari"), s.w.person("Paolo Greco")
    date = s.day(held, "issue", spelled(held, "it"))
    blocks: list[Block] = [
        ("title", f"Verbale della riunione del consiglio direttivo del {date}"),
        ("lines", ["Circolo Nautico Garda"]),
        ("lines", [f"Presenti: {chair} (presidente), {secretary} (segretario)"]),
        ("heading", "1. Quote sociali"),
        ("para", f"La quota annuale è fissata in {s.money(240.0)} per socio."),
    ]
    return "txt", blocks, s.w


def acta(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Spanish minutes: "Acta de la reunión celebrada el ..."."""
    s = Sheet(Writer(rng), Money("EUR", "{n} €", ",", "."))
    held = _day(rng)
    s.w.plain_org("Comunidad de Propietarios Calle Mayor 12")
    chair, secretary = s.w.person("Carmen Ruiz"), s.w.person("Javier Molina")
    date = s.day(held, "issue", spelled(held, "es"))
    blocks: list[Block] = [
        ("title", "Comunidad de Propietarios Calle Mayor 12"),
        ("heading", f"Acta de la junta ordinaria celebrada el {date}"),
        ("lines", [f"Asistentes: {chair} (presidenta), {secretary} (secretario)"]),
        ("heading", "1. Cuentas"),
        ("para", f"Se aprueba la derrama de {s.money(3600.0)} para la fachada."),
    ]
    return "md", blocks, s.w


#: (kind, template) in case order.
_DOCS: tuple[tuple[str, Template], ...] = (
    ("invoice", net30_invoice),
    ("invoice", terms_row_invoice),
    ("invoice", credit_note_uk),
    ("invoice", gutschrift),
    ("contract", contract_amendment),
    ("contract", residential_lease),
    ("contract", commercial_lease),
    ("contract", mietvertrag),
    ("minutes", minutes_table),
    ("minutes", verbale),
    ("minutes", acta),
)


def build_variety_agreements(seed: str) -> list[Case]:
    """The agreements, minutes, invoices and credit notes, labelled and drawn once for their
    evidence."""
    return labelled_cases(seed, "agreements", _DOCS)


__all__ = ["build_variety_agreements"]
