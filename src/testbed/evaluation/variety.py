"""Variety documents of the development set: the conventions the generated templates rarely
print, each written once with its own names (issue #18).

European numbers and dates ("12.450,00 EUR", "05.10.2026", "1 234,56 €", "CHF 12'450.00"),
"Net 30" terms, two-column headers with the details flush right, an order-confirmation
e-mail, bank and card statements (account numbers, signed rows, a balances column), a credit
note, minutes with "Present: A (Chair), B" and the meeting date in the heading, legal
suffixes (PLLC, PC, S.à r.l., Oy, AB, ApS, KG, sp. z o.o.), people printed next to their
addresses, and slashed dates read day-first or month-first by the document's currency.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Case, Template, Writer, labelled_cases
from testbed.evaluation.variety_marks import (
    chf_number,
    eu_number,
    record_day,
    record_item,
    record_money,
    record_total,
)
from testbed.evaluation.variety_payments import (
    bank_statement,
    card_statement,
    order_email,
    restaurant_check,
    till_receipt,
)

_MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def _eu_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German-style invoice: dotted dates and thousands, details flush right, Net 30."""
    w = Writer(rng, currency="EUR", european=True)
    w.vendor = w.org(("Brennholt Maschinenbau", "KG"))
    customer = w.org(("Fjordvik Instrument", "Oy"))
    w.number = f"RE-{rng.randint(10000, 99999)}"
    issued = dt.date(2026, 10, 5)
    due = issued + dt.timedelta(days=30)
    rows = [["Pos.", "Beschreibung", "Menge", "Einzelpreis", "Betrag"]]
    subtotal = 0.0
    for pos, (name, unit) in enumerate(
        (("Spindle bearing set", 1240.0), ("Gear housing", 3150.0), ("Assembly hours", 95.0)),
        start=1,
    ):
        qty = rng.randint(2, 9)
        line = qty * unit
        subtotal += line
        rows.append([str(pos), name, str(qty), eu_number(unit), eu_number(line)])
        record_item(w, name, qty, unit, line)
    vat = round(subtotal * 0.19, 2)
    total = round(subtotal + vat, 2)
    blocks: list[Block] = [
        (
            "columns",
            [
                (w.key("vendor", w.vendor), "INVOICE"),
                (
                    "Werkstraße 14, 70173 Stuttgart",
                    f"Invoice no.: {w.key('documentNumber', w.number)}",
                ),
                (
                    "Contact: Ulrike Dannhauer",
                    f"Date: {record_day(w, issued, 'issue', issued.strftime('%d.%m.%Y'))}",
                ),
                ("", "Terms: Net 30"),
            ],
        ),
        ("lines", ["Bill to:", customer, "Sahakatu 3, 00100 Helsinki"]),
        ("table", rows),
        (
            "kv",
            [
                ("Net amount", record_money(w, subtotal, f"{eu_number(subtotal)} EUR")),
                ("VAT 19 %", record_money(w, vat, f"{eu_number(vat)} EUR")),
                ("Total", record_total(w, total, f"{eu_number(total)} EUR")),
            ],
        ),
        (
            "para",
            f"Payable Net 30, by {record_day(w, due, 'due', due.strftime('%d.%m.%Y'))}, to "
            "IBAN DE44 6005 0101 0002 3344 55.",
        ),
    ]
    w.person("Ulrike Dannhauer")
    return "pdf", blocks, w


def _french_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Space-grouped thousands with a decimal comma and a trailing euro sign."""
    w = Writer(rng, currency="EUR", european=True)
    w.vendor = w.org(("Atelier Maréchal", "S.à r.l."))
    customer = w.org(("Kvistgaard Design", "ApS"))
    w.number = f"F{rng.randint(2026, 2026)}-{rng.randint(100, 999)}"
    issued = dt.date(2026, 3, 17)
    due = dt.date(2026, 4, 16)
    rows = [["Désignation", "Qté", "Prix unitaire", "Montant"]]
    subtotal = 0.0
    for name, unit in (("Oak panelling", 1234.56), ("Site survey", 480.0)):
        qty = rng.randint(1, 4)
        line = round(qty * unit, 2)
        subtotal += line
        rows.append(
            [
                name,
                str(qty),
                record_money(w, unit, f"{eu_number(unit, ' ')} €"),
                record_money(w, line, f"{eu_number(line, ' ')} €"),
            ]
        )
        record_item(w, name, qty, unit, line)
    subtotal = round(subtotal, 2)
    blocks: list[Block] = [
        ("lines", [w.key("vendor", w.vendor), "12 rue des Tanneurs, L-1212 Luxembourg"]),
        ("title", "FACTURE / INVOICE"),
        (
            "kv",
            [
                ("Invoice number", w.key("documentNumber", w.number)),
                ("Date", record_day(w, issued, "issue", issued.strftime("%d/%m/%Y"))),
                ("Due", record_day(w, due, "due", due.strftime("%d/%m/%Y"))),
                ("Client", customer),
            ],
        ),
        ("table", rows),
        ("kv", [("Total TTC", record_total(w, subtotal, f"{eu_number(subtotal, ' ')} €"))]),
    ]
    return "txt", blocks, w


def _swiss_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Apostrophe thousands in Swiss francs; the customer a Swedish AB."""
    w = Writer(rng, currency="CHF", european=False)
    w.vendor = w.org(("Gletschwand Präzision", "AG"))
    customer = w.org(("Solvik Medicinteknik", "AB"))
    w.number = f"{rng.randint(700000, 799999)}"
    issued = dt.date(2026, 6, 2)
    rows = [["Item", "Qty", "Price", "Amount"]]
    subtotal = 0.0
    for name, unit in (("Calibration service", 2450.0), ("Sensor module", 10000.0)):
        qty = 1
        subtotal += unit
        rows.append(
            [
                name,
                str(qty),
                record_money(w, unit, f"CHF {chf_number(unit)}"),
                record_money(w, unit, f"CHF {chf_number(unit)}"),
            ]
        )
        record_item(w, name, qty, unit, unit)
    blocks: list[Block] = [
        ("title", f"Invoice from {w.key('vendor', w.vendor)}"),
        (
            "kv",
            [
                ("Invoice", w.key("documentNumber", w.number)),
                ("Issued", record_day(w, issued, "issue", issued.strftime("%d.%m.%Y"))),
                ("Customer", customer),
                ("Payment terms", "Net 30"),
            ],
        ),
        ("table", rows),
        ("kv", [("Amount due", record_total(w, subtotal, f"CHF {chf_number(subtotal)}"))]),
    ]
    return "md", blocks, w


def _us_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Month-first slashed dates (dollars), a PC and a PLLC, a person beside each address."""
    w = Writer(rng, currency="USD", european=False)
    w.vendor = w.org(("Tamarack Dental Associates", "PC"))
    customer = w.org(("Ferrell Quist", "PLLC"))
    w.number = f"TDA-{rng.randint(1000, 9999)}"
    issued = dt.date(2026, 2, 9)
    due = issued + dt.timedelta(days=30)
    rows = [["Service", "Amount"]]
    total = 0.0
    for name, value in (("Employee screening (group)", 1875.0), ("Records transfer", 240.0)):
        total += value
        rows.append([name, record_money(w, value, f"${value:,.2f}")])
        record_item(w, name, None, None, value)
    blocks: list[Block] = [
        (
            "columns",
            [
                (w.key("vendor", w.vendor), f"Invoice # {w.key('documentNumber', w.number)}"),
                (
                    "Attn: Rosalind Achebe, 410 Sycamore Blvd",
                    f"Date: {record_day(w, issued, 'issue', issued.strftime('%m/%d/%Y'))}",
                ),
                ("Tulsa, OK 74103", f"Due: {record_day(w, due, 'due', due.strftime('%m/%d/%Y'))}"),
            ],
        ),
        ("lines", ["Bill to:", customer, "Bertram Osei, 88 Quarry Lane, Tulsa, OK 74105"]),
        ("table", rows),
        ("kv", [("Terms", "Net 30"), ("Balance due", record_total(w, total, f"${total:,.2f}"))]),
    ]
    w.person("Rosalind Achebe")
    w.person("Bertram Osei")
    return "pdf", blocks, w


def _credit_note(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A credit note from a Polish sp. z o.o.: negative amounts, day-first dates."""
    w = Writer(rng, currency="EUR", european=True)
    w.vendor = w.org(("Wierzbowy Tekstylia", "sp. z o.o."))
    customer = w.org(("Lindqvarn Textil", "AB"))
    w.number = f"KOR/{rng.randint(10, 99)}/2026"
    issued = dt.date(2026, 11, 23)
    amount = -1980.4
    blocks: list[Block] = [
        ("title", "CREDIT NOTE"),
        ("lines", [w.key("vendor", w.vendor), "ul. Piotrkowska 90, 90-103 Łódź"]),
        (
            "kv",
            [
                ("Credit note no.", w.key("documentNumber", w.number)),
                ("Date", record_day(w, issued, "issue", issued.strftime("%d.%m.%Y"))),
                ("Customer", customer),
                ("Reference invoice", "FV/2026/0871"),
            ],
        ),
        (
            "table",
            [
                ["Description", "Amount"],
                ["Returned linen bales", record_money(w, amount, f"{eu_number(amount)} EUR")],
            ],
        ),
        ("kv", [("Total credit", record_total(w, amount, f"{eu_number(amount)} EUR"))]),
    ]
    record_item(w, "Returned linen bales", None, None, amount)
    return "docx", blocks, w


def _minutes(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Minutes whose heading carries the meeting date; "Present: A (Chair), B, C"."""
    w = Writer(rng, currency="EUR", european=True)
    body = w.org(("Kettleborough Housing Cooperative", "Ltd"))
    present = [w.person(n) for n in ("Philippa Ormsby", "Tobias Rautenberg", "Lucinda Mbeki")]
    held = dt.date(2026, 4, 21)
    title = f"Minutes of the committee meeting, {held.day} {held.strftime('%B')} {held.year}"
    blocks: list[Block] = [
        ("title", record_day(w, held, "issue", title)),
        ("lines", [body, f"Present: {present[0]} (Chair), {present[1]}, {present[2]}"]),
        ("heading", "1. Roof repairs"),
        (
            "para",
            "The committee approved the tender of "
            f"{record_money(w, 18750.0, '18.750,00 EUR')} for the east block.",
        ),
        ("heading", "2. Any other business"),
        ("para", "None. The meeting closed at 20:40."),
    ]
    return "docx", blocks, w


def _german_letter(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A letter dated in words the German way, the recipient's name above the address."""
    w = Writer(rng, currency="EUR", european=True)
    sender = w.org(("Hollerbach Steuerberatung", "GmbH"))
    recipient = w.person("Annelie Strothmann")
    author = w.person("Gregor Wischnewski")
    written = dt.date(2026, 9, 8)
    text = f"Stuttgart, {written.day}. {_MONTHS_DE[written.month - 1]} {written.year}"
    blocks: list[Block] = [
        ("lines", [sender, "Königstraße 40, 70173 Stuttgart"]),
        ("lines", [recipient, "Lindenallee 5", "71032 Böblingen"]),
        ("lines", [record_day(w, written, "issue", text)]),
        ("lines", ["Dear Ms Strothmann,"]),
        ("para", f"our fee for the annual accounts is {record_money(w, 1234.56, '1 234,56 €')}."),
        ("lines", ["Yours sincerely,", author]),
    ]
    return "txt", blocks, w


def _uk_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Day-first slashed dates decided by the pound sign; "Amount payable"; an LLP client."""
    w = Writer(rng, currency="GBP", european=False)
    w.vendor = w.org(("Harwick & Pryce Surveyors", "Ltd"))
    customer = w.org(("Colbeck Moray", "LLP"))
    w.number = f"HP{rng.randint(10000, 99999)}"
    issued = dt.date(2026, 10, 5)
    due = dt.date(2026, 11, 4)
    rows = [["Description", "Qty", "Rate", "Amount"]]
    subtotal = 0.0
    for name, qty, rate in (("Building survey", 1, 950.0), ("Drone roof inspection", 2, 175.0)):
        subtotal += qty * rate
        rows.append([name, str(qty), f"£{rate:,.2f}", f"£{qty * rate:,.2f}"])
        record_money(w, rate, "")
        record_money(w, qty * rate, "")
        record_item(w, name, qty, rate, qty * rate)
    vat = round(subtotal * 0.2, 2)
    total = subtotal + vat
    blocks: list[Block] = [
        ("lines", [w.key("vendor", w.vendor), "4 Tanner's Yard, York YO1 7HH"]),
        ("title", "Invoice"),
        (
            "kv",
            [
                ("Invoice ref", w.key("documentNumber", w.number)),
                ("Tax point", record_day(w, issued, "issue", issued.strftime("%d/%m/%Y"))),
                ("Payment due", record_day(w, due, "due", due.strftime("%d/%m/%Y"))),
                ("Client", customer),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Net", record_money(w, subtotal, f"£{subtotal:,.2f}")),
                ("VAT @ 20%", record_money(w, vat, f"£{vat:,.2f}")),
                ("Amount payable", record_total(w, total, f"£{total:,.2f}")),
            ],
        ),
    ]
    return "pdf", blocks, w


#: (kind, template) in case order.
_DOCS: tuple[tuple[str, Template], ...] = (
    ("invoice", _eu_invoice),
    ("invoice", _french_invoice),
    ("invoice", _swiss_invoice),
    ("invoice", _us_invoice),
    ("invoice", _credit_note),
    ("receipt", order_email),
    ("statement", bank_statement),
    ("statement", card_statement),
    ("minutes", _minutes),
    ("letter", _german_letter),
    ("receipt", till_receipt),
    ("receipt", restaurant_check),
    ("invoice", _uk_invoice),
)


def build_variety(seed: str) -> list[Case]:
    """The variety documents, labelled and drawn once for their evidence."""
    return labelled_cases(seed, "variety", _DOCS)
