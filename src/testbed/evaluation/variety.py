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
from collections.abc import Callable

from testbed.evaluation.corpus import Block, Case, Writer, with_evidence
from testbed.evaluation.truth import LineItem

type _Doc = Callable[[random.Random], tuple[str, list[Block], Writer]]

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


def _money(w: Writer, amount: float, text: str) -> str:
    """``text`` (``amount`` printed in a style :class:`Writer` has no name for), recorded."""
    if (round(amount, 2), w.currency) not in w.amounts:
        w.amounts.append((round(amount, 2), w.currency))
    return text


def _eu(amount: float, group: str = ".") -> str:
    whole, cents = f"{abs(amount):,.2f}".split(".")
    sign = "-" if amount < 0 else ""
    return f"{sign}{whole.replace(',', group)},{cents}"


def _chf(amount: float) -> str:
    return f"{amount:,.2f}".replace(",", "'")


def _day(w: Writer, day: dt.date, role: str | None, text: str) -> str:
    """``text`` (``day`` printed in an explicit style), recorded under ``role``."""
    if role is None:
        return text
    if (role, day.isoformat()) not in w.dates:
        w.dates.append((role, day.isoformat()))
    figure = {"issue": "issueDate", "due": "dueDate", "effective": "effectiveDate"}.get(role)
    return w.key(figure, text) if figure else text


def _item(w: Writer, name: str, qty: int | None, unit: float | None, amount: float) -> None:
    w.line_items.append(LineItem(name, qty, unit, round(amount, 2)))


def _total(w: Writer, amount: float, text: str) -> str:
    w.total = (round(amount, 2), w.currency)
    return w.key("total", _money(w, amount, text))


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
        rows.append([str(pos), name, str(qty), _eu(unit), _eu(line)])
        _item(w, name, qty, unit, line)
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
                    f"Date: {_day(w, issued, 'issue', issued.strftime('%d.%m.%Y'))}",
                ),
                ("", "Terms: Net 30"),
            ],
        ),
        ("lines", ["Bill to:", customer, "Sahakatu 3, 00100 Helsinki"]),
        ("table", rows),
        (
            "kv",
            [
                ("Net amount", _money(w, subtotal, f"{_eu(subtotal)} EUR")),
                ("VAT 19 %", _money(w, vat, f"{_eu(vat)} EUR")),
                ("Total", _total(w, total, f"{_eu(total)} EUR")),
            ],
        ),
        (
            "para",
            f"Payable Net 30, by {_day(w, due, 'due', due.strftime('%d.%m.%Y'))}, to "
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
                _money(w, unit, f"{_eu(unit, ' ')} €"),
                _money(w, line, f"{_eu(line, ' ')} €"),
            ]
        )
        _item(w, name, qty, unit, line)
    subtotal = round(subtotal, 2)
    blocks: list[Block] = [
        ("lines", [w.key("vendor", w.vendor), "12 rue des Tanneurs, L-1212 Luxembourg"]),
        ("title", "FACTURE / INVOICE"),
        (
            "kv",
            [
                ("Invoice number", w.key("documentNumber", w.number)),
                ("Date", _day(w, issued, "issue", issued.strftime("%d/%m/%Y"))),
                ("Due", _day(w, due, "due", due.strftime("%d/%m/%Y"))),
                ("Client", customer),
            ],
        ),
        ("table", rows),
        ("kv", [("Total TTC", _total(w, subtotal, f"{_eu(subtotal, ' ')} €"))]),
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
                _money(w, unit, f"CHF {_chf(unit)}"),
                _money(w, unit, f"CHF {_chf(unit)}"),
            ]
        )
        _item(w, name, qty, unit, unit)
    blocks: list[Block] = [
        ("title", f"Invoice from {w.key('vendor', w.vendor)}"),
        (
            "kv",
            [
                ("Invoice", w.key("documentNumber", w.number)),
                ("Issued", _day(w, issued, "issue", issued.strftime("%d.%m.%Y"))),
                ("Customer", customer),
                ("Payment terms", "Net 30"),
            ],
        ),
        ("table", rows),
        ("kv", [("Amount due", _total(w, subtotal, f"CHF {_chf(subtotal)}"))]),
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
        rows.append([name, _money(w, value, f"${value:,.2f}")])
        _item(w, name, None, None, value)
    blocks: list[Block] = [
        (
            "columns",
            [
                (w.key("vendor", w.vendor), f"Invoice # {w.key('documentNumber', w.number)}"),
                (
                    "Attn: Rosalind Achebe, 410 Sycamore Blvd",
                    f"Date: {_day(w, issued, 'issue', issued.strftime('%m/%d/%Y'))}",
                ),
                ("Tulsa, OK 74103", f"Due: {_day(w, due, 'due', due.strftime('%m/%d/%Y'))}"),
            ],
        ),
        ("lines", ["Bill to:", customer, "Bertram Osei, 88 Quarry Lane, Tulsa, OK 74105"]),
        ("table", rows),
        ("kv", [("Terms", "Net 30"), ("Balance due", _total(w, total, f"${total:,.2f}"))]),
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
                ("Date", _day(w, issued, "issue", issued.strftime("%d.%m.%Y"))),
                ("Customer", customer),
                ("Reference invoice", "FV/2026/0871"),
            ],
        ),
        (
            "table",
            [
                ["Description", "Amount"],
                ["Returned linen bales", _money(w, amount, f"{_eu(amount)} EUR")],
            ],
        ),
        ("kv", [("Total credit", _total(w, amount, f"{_eu(amount)} EUR"))]),
    ]
    _item(w, "Returned linen bales", None, None, amount)
    return "docx", blocks, w


def _order_email(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An order confirmation sent as an e-mail: headers, the order, a total, a UK date."""
    w = Writer(rng, currency="GBP", european=False)
    w.vendor = w.org(("Pebblecombe Outdoor", "Ltd"))
    buyer = w.person("Imogen Falconer")
    w.number = f"PB{rng.randint(1000000, 9999999)}"
    sent = dt.date(2026, 5, 4)
    rows = [["Item", "Qty", "Price"]]
    total = 0.0
    for name, unit, qty in (("Trail tent 2P", 189.0, 1), ("Sleeping mat", 42.5, 2)):
        total += qty * unit
        rows.append([name, str(qty), _money(w, qty * unit, f"£{qty * unit:,.2f}")])
        _item(w, name, qty, None, qty * unit)
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", "Pebblecombe Outdoor <orders@pebblecombe.example>"),
                ("To", f"{buyer} <imogen.f@mailbox.example>"),
                ("Date", _day(w, sent, "issue", sent.strftime("%d/%m/%Y"))),
                ("Subject", f"Order confirmation {w.key('documentNumber', w.number)}"),
            ],
        ),
        (
            "para",
            f"Hi Imogen, thanks for shopping with {w.key('vendor', w.vendor)}. "
            "We have received your order and will let you know when it ships.",
        ),
        ("table", rows),
        ("kv", [("Order total", _total(w, total, f"£{total:,.2f}"))]),
    ]
    return "html", blocks, w


def _bank_statement(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Signed rows and a running balance column; the account number identifies it."""
    w = Writer(rng, currency="EUR", european=True)
    bank = w.org(("Marrowind Sparkasse", "AG"))
    holder = w.person("Wendelin Østergaard")
    account = f"DE{rng.randint(10, 99)} 5001 0517 {rng.randint(1000, 9999)} 0042 88"
    w.number = account
    issued = dt.date(2026, 8, 31)
    balance = 2410.15
    rows = [["Date", "Description", "Amount", "Balance"]]
    for day, name, value in (
        (3, "Rent Ahornweg 7", -950.0),
        (15, "Salary Quellbrunn", 3120.0),
        (22, "Card Baumarkt Fendt", -86.35),
    ):
        balance = round(balance + value, 2)
        shown = f"+{_eu(value)}" if value > 0 else _eu(value)
        rows.append([dt.date(2026, 8, day).strftime("%d.%m.%Y"), name, shown, _eu(balance)])
        _item(w, name, None, None, value)
    w.vendor = None
    blocks: list[Block] = [
        ("lines", [bank, "Kontoauszug / Account statement"]),
        (
            "kv",
            [
                ("Account holder", holder),
                ("Account number", w.key("documentNumber", account)),
                ("Statement date", _day(w, issued, "issue", issued.strftime("%d.%m.%Y"))),
                ("Opening balance", _money(w, 2410.15, "2.410,15 EUR")),
            ],
        ),
        ("table", rows),
        ("kv", [("Closing balance", _total(w, balance, f"{_eu(balance)} EUR"))]),
    ]
    return "pdf", blocks, w


def _card_statement(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A credit-card statement: masked card number, charges and a payment, a due date."""
    w = Writer(rng, currency="USD", european=False)
    issuer = w.plain_org("Bluecrest Card Services")
    holder = w.person("Desmond Yarrow")
    w.number = f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    issued = dt.date(2026, 7, 12)
    due = dt.date(2026, 8, 6)
    rows = [["Posted", "Merchant", "Amount"]]
    balance = 0.0
    for day, name, value in (
        (2, "Quillfeather Books", 64.2),
        (5, "Payment - thank you", -500.0),
        (9, "Harrowgate Fuel", 51.75),
    ):
        balance += value
        rows.append(
            [
                dt.date(2026, 7, day).strftime("%m/%d/%Y"),
                name,
                _money(w, value, f"-${-value:,.2f}" if value < 0 else f"${value:,.2f}"),
            ]
        )
        _item(w, name, None, None, value)
    new_balance = 1320.6
    blocks: list[Block] = [
        ("title", f"{issuer} - Card statement"),
        (
            "kv",
            [
                ("Cardholder", holder),
                ("Card number", "XXXX XXXX XXXX 3317"),
                ("Statement no.", w.key("documentNumber", w.number)),
                ("Statement date", _day(w, issued, "issue", issued.strftime("%m/%d/%Y"))),
                ("Payment due", _day(w, due, "due", due.strftime("%m/%d/%Y"))),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("New balance", _total(w, new_balance, f"${new_balance:,.2f}")),
                ("Minimum payment", _money(w, 35.0, "$35.00")),
            ],
        ),
    ]
    return "txt", blocks, w


def _minutes(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Minutes whose heading carries the meeting date; "Present: A (Chair), B, C"."""
    w = Writer(rng, currency="EUR", european=True)
    body = w.org(("Kettleborough Housing Cooperative", "Ltd"))
    present = [w.person(n) for n in ("Philippa Ormsby", "Tobias Rautenberg", "Lucinda Mbeki")]
    held = dt.date(2026, 4, 21)
    title = f"Minutes of the committee meeting, {held.day} {held.strftime('%B')} {held.year}"
    blocks: list[Block] = [
        ("title", _day(w, held, "issue", title)),
        ("lines", [body, f"Present: {present[0]} (Chair), {present[1]}, {present[2]}"]),
        ("heading", "1. Roof repairs"),
        (
            "para",
            "The committee approved the tender of "
            f"{_money(w, 18750.0, '18.750,00 EUR')} for the east block.",
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
        ("lines", [_day(w, written, "issue", text)]),
        ("lines", ["Dear Ms Strothmann,"]),
        ("para", f"our fee for the annual accounts is {_money(w, 1234.56, '1 234,56 €')}."),
        ("lines", ["Yours sincerely,", author]),
    ]
    return "txt", blocks, w


def _till_receipt(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German supermarket till slip: "SUMME EUR", a receipt number, dotted date and time."""
    w = Writer(rng, currency="EUR", european=True)
    w.vendor = w.plain_org("Frischmarkt Auenwald")
    w.number = f"{rng.randint(1000, 9999)}"
    day = dt.date(2026, 2, 14)
    lines = [w.key("vendor", w.vendor), "Auenstraße 12, 01067 Dresden"]
    total = 0.0
    for name, price in (("Vollkornbrot", 2.49), ("Bergkäse 200g", 3.79), ("Äpfel 1kg", 2.99)):
        total += price
        lines.append(f"{name}  {_eu(price)} A")
        _item(w, name, None, None, price)
    lines += [
        f"SUMME EUR  {_total(w, total, _eu(round(total, 2)))}",
        "Kartenzahlung girocard",
        f"Bon-Nr. {w.key('documentNumber', w.number)}  "
        f"{_day(w, day, 'issue', day.strftime('%d.%m.%Y'))} 18:22",
        "Vielen Dank für Ihren Einkauf!",
    ]
    return "txt", [("lines", lines)], w


def _restaurant_check(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US restaurant check: server and table, a tip line, a month-first date."""
    w = Writer(rng, currency="USD", european=False)
    w.vendor = w.plain_org("Saltmarsh Oyster House")
    w.number = f"{rng.randint(1000, 9999)}"
    day = dt.date(2026, 3, 4)
    lines = [w.key("vendor", w.vendor), "19 Wharf Row, Portland, ME 04101"]
    lines.append(f"Check #{w.key('documentNumber', w.number)}  Table 12  Server: Marcy")
    lines.append(_day(w, day, "issue", f"{day.month}/{day.day}/{day.year} 7:41 PM"))
    subtotal = 0.0
    for name, price in (("Chowder bowl", 11.5), ("Lobster roll", 32.0), ("Iced tea", 3.75)):
        subtotal += price
        lines.append(f"{name}  {price:.2f}")
        _item(w, name, None, None, price)
    tax = round(subtotal * 0.055, 2)
    tip = 9.0
    total = round(subtotal + tax + tip, 2)
    lines += [
        f"Subtotal  {subtotal:.2f}",
        f"Tax  {tax:.2f}",
        f"Tip  {tip:.2f}",
        f"Total  {_total(w, total, f'${total:,.2f}')}",
        "Thanks for dining with us!",
    ]
    return "txt", [("lines", lines)], w


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
        _money(w, rate, "")
        _money(w, qty * rate, "")
        _item(w, name, qty, rate, qty * rate)
    vat = round(subtotal * 0.2, 2)
    total = subtotal + vat
    blocks: list[Block] = [
        ("lines", [w.key("vendor", w.vendor), "4 Tanner's Yard, York YO1 7HH"]),
        ("title", "Invoice"),
        (
            "kv",
            [
                ("Invoice ref", w.key("documentNumber", w.number)),
                ("Tax point", _day(w, issued, "issue", issued.strftime("%d/%m/%Y"))),
                ("Payment due", _day(w, due, "due", due.strftime("%d/%m/%Y"))),
                ("Client", customer),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Net", _money(w, subtotal, f"£{subtotal:,.2f}")),
                ("VAT @ 20%", _money(w, vat, f"£{vat:,.2f}")),
                ("Amount payable", _total(w, total, f"£{total:,.2f}")),
            ],
        ),
    ]
    return "pdf", blocks, w


#: (kind, template) in case order.
_DOCS: tuple[tuple[str, _Doc], ...] = (
    ("invoice", _eu_invoice),
    ("invoice", _french_invoice),
    ("invoice", _swiss_invoice),
    ("invoice", _us_invoice),
    ("invoice", _credit_note),
    ("receipt", _order_email),
    ("statement", _bank_statement),
    ("statement", _card_statement),
    ("minutes", _minutes),
    ("letter", _german_letter),
    ("receipt", _till_receipt),
    ("receipt", _restaurant_check),
    ("invoice", _uk_invoice),
)


def build_variety(seed: str) -> list[Case]:
    """The variety documents, labelled and drawn once for their evidence."""
    cases = []
    for index, (kind, doc) in enumerate(_DOCS):
        rng = random.Random(f"{seed}-variety-{index}")  # noqa: S311 - not for secrets
        fmt, blocks, writer = doc(rng)
        case = Case(
            case_id=f"variety-{index + 1:02d}",
            kind=kind,
            fmt=fmt,
            layout=doc.__name__.lstrip("_").replace("_", "-"),
            blocks=tuple(blocks),
            labels=writer.labels(kind),
        )
        cases.append(with_evidence(case))
    return cases
