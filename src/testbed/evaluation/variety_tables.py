"""Item tables of the development set as ERP, trade, accounting and shop software prints
them, unlike the other generators' tables: descriptions wrapped over two or three lines (the
numbers on the first line or the last), article-number and unit-of-measure columns, tax-rate,
tax-amount, gross and discount columns, columns in unusual orders (the amount before the
quantity, the unit price last, the quantity first), headers over two lines or no header at
all, currency marks in every cell or only in the header, returns, discounts and deposits as
lines of their own, sub-headings with group sub-totals, a table running over two pages with
its header repeated and the sum carried forward, statements with a balance brought forward,
in English, German, French, Spanish, Dutch and Italian, and US and European number formats.

The truth is what a person keys in from the table: one row per item, return, deposit or
discount line (its amount is quantity x unit price, less its discount), never a heading,
a sub-total or a carried-forward line; a wrapped description is the whole description.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.commerce_style import Printer
from testbed.evaluation.corpus import Block, Case, Writer
from testbed.evaluation.table_items import (
    AMOUNT_FIRST,
    ERP,
    HOURS,
    PLAIN,
    QTY_FIRST,
    SKU_PLAIN,
    TAX_GRID,
    TRADE,
    Profile,
    item_table,
    printer,
)
from testbed.evaluation.table_layouts import PAGE_LINES, Column, Doc, Table, TableRow, render_doc
from testbed.evaluation.table_words import (
    BILL_TO,
    CARRIES,
    CUSTOMERS,
    META,
    ORDER_META,
    SUMS,
    SUPPLIER,
    TITLES,
    VENDORS,
)


def _party(p: Printer, firm: tuple[str, str]) -> str:
    return p.w.org(firm)


def document(rng: random.Random, profile: Profile) -> tuple[Doc, Writer]:
    """An invoice or purchase order around one item table, in one of the profile's layouts."""
    lang = rng.choice(profile.langs)
    p = printer(rng, lang)
    w = p.w
    vendor, customer = rng.choice(VENDORS), rng.choice(CUSTOMERS)
    order = profile.kind == "purchase_order"
    seller = _party(p, vendor)
    w.vendor = f"{vendor[0]} {vendor[1]}".rstrip(".")
    buyer = _party(p, customer)
    w.number = rng.choice(
        (
            f"{rng.randint(2025, 2026)}-{rng.randint(10, 9999):04d}",
            f"45{rng.randint(10**7, 10**8 - 1)}",
            f"F{rng.randint(2025, 2026)}/{rng.randint(100, 999)}",
            f"RE-{rng.randint(10000, 99999)}",
        )
    )
    issued = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    due = issued + dt.timedelta(days=rng.choice((14, 30, 60)))
    rate = {"en": 20, "de": 19, "fr": 20, "es": 21, "nl": 21, "it": 22}[lang]
    rate = 10 if p.style.name == "au" else (0 if p.style.name == "us" else rate)
    table, net = item_table(
        p, lang, profile, rng.choice(profile.layouts), vat_rate=rate, day=issued
    )
    labels = (ORDER_META if order else META)[lang]
    meta = [
        (labels[0], w.key("documentNumber", w.number)),
        (labels[1], p.day(issued, "issue")),
        (labels[2], p.day(due, "due")),
    ]
    title = rng.choice(TITLES[profile.kind][lang])
    if order:  # the buyer's letterhead, the supplier addressed
        head: list[Block] = [
            ("lines", [buyer]),
            ("title", title),
            ("kv", meta),
            ("lines", [f"{SUPPLIER[lang]}:", w.key("vendor", seller)]),
        ]
    else:
        head = [
            ("lines", [w.key("vendor", seller)]),
            ("title", title),
            ("kv", meta),
            ("lines", [f"{BILL_TO[lang]}:", buyer]),
        ]
    sums = SUMS[lang]
    tax = round(net * rate / 100, 2)
    totals = [(rng.choice(sums[0]), p.money(net))] if rate else []
    if rate:
        totals.append((rng.choice(sums[1]).format(rate=rate), p.money(tax)))
    totals.append((rng.choice(sums[2]), p.total(round(net + tax, 2))))
    if profile.long:
        _split(rng, table, head, lang, p)
    return Doc(head, table, [("kv", totals)]), w


def _split(rng: random.Random, table: Table, head: list[Block], lang: str, p: Printer) -> None:
    """Page 1 takes the rows that fit under the document's head; the running sum is carried
    to page 2 (PDF only; the other formats run on)."""
    used = 4 + sum(len(v) + 1 if k in ("lines", "kv") else 2 for k, v in head)
    used += max(len(c.head) for c in table.columns)
    running = 0.0
    for index, row in enumerate(table.rows):
        depth = max(len(cell) for cell in row.cells)
        if used + depth > PAGE_LINES - 3:
            foot, top = rng.choice(CARRIES[lang])
            table.carry = (foot, top, p.money(round(running, 2), mark=False))
            table.split_at = index
            return
        used += depth
        running += row.value


def statement(rng: random.Random) -> tuple[Doc, Writer]:
    """A supplier's statement of account: the balance brought forward as the table's first
    line, invoices as debits, payments and credit notes as credits, a running balance."""
    lang = rng.choice(("en", "fr", "nl"))
    p = printer(rng, lang)
    w = p.w
    vendor, customer = rng.choice(VENDORS), rng.choice(CUSTOMERS)
    seller = _party(p, vendor)
    buyer = _party(p, customer)
    words = {
        "en": (
            "Statement of Account",
            "Statement date",
            "Account no.",
            ("Date", "Reference", "Details", "Debit", "Credit", "Balance"),
            "Balance brought forward",
            "Invoice",
            "Payment received, thank you",
            "Credit note",
            "Amount now due",
        ),
        "fr": (
            "Relevé de compte",
            "Date du relevé",
            "N° de compte",
            ("Date", "Référence", "Libellé", "Débit", "Crédit", "Solde"),
            "Solde reporté",
            "Facture",
            "Règlement reçu",
            "Avoir",
            "Solde dû",
        ),
        "nl": (
            "Rekeningoverzicht",
            "Datum",
            "Klantnummer",
            ("Datum", "Referentie", "Omschrijving", "Debet", "Credit", "Saldo"),
            "Saldo vorige periode",
            "Factuur",
            "Betaling ontvangen",
            "Creditnota",
            "Openstaand saldo",
        ),
    }[lang]
    title, date_label, number_label, heads, brought, invoice, paid, credit, due = words
    w.number = f"C{rng.randint(10000, 99999)}"
    issued = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    balance = round(rng.uniform(200, 4000), 2)
    columns = [Column((text,), index >= 3) for index, text in enumerate(heads)]
    blank: list[str] = []
    rows = [
        TableRow(
            [
                [p.day(issued - dt.timedelta(days=40), None)],
                blank,
                [brought],
                blank,
                blank,
                [p.number(balance)],
            ],
            "carried",
        )
    ]
    for step in range(rng.randint(4, 8)):
        day = p.day(issued - dt.timedelta(days=35 - 4 * step), None)
        kind = rng.choice(("invoice", "invoice", "payment", "credit"))
        value = (
            round(rng.uniform(80, 2400), 2) if kind != "credit" else round(rng.uniform(20, 300), 2)
        )
        prefix = "CN" if kind == "credit" else rng.choice(("INV", "F"))
        reference = f"{prefix}-{rng.randint(1000, 9999)}"
        text = {"invoice": invoice, "payment": paid, "credit": credit}[kind]
        if kind == "invoice":
            balance = round(balance + value, 2)
            money = [[p.number(value)], blank]
        else:
            balance = round(balance - value, 2)
            money = [blank, [p.number(value)]]
            reference = "" if kind == "payment" else reference
        label = f"{text} {reference}".strip() if kind != "payment" else text
        rows.append(
            TableRow(
                [[day], [reference] if reference else blank, [text], *money, [p.number(balance)]],
                value=value,
            )
        )
        p.item(label, None, None, value)
    meta = [(number_label, w.key("documentNumber", w.number)), (date_label, p.day(issued, "issue"))]
    head: list[Block] = [
        ("lines", [w.key("vendor", seller)]),
        ("title", title),
        ("kv", meta),
        ("lines", [buyer]),
    ]
    w.vendor = f"{vendor[0]} {vendor[1]}".rstrip(".")
    table = Table(columns, rows, tabs=rng.random() < 0.4)
    return Doc(head, table, [("kv", [(due, p.total(balance))])]), w


_ERP = Profile("purchase_order", ("en", "de", "nl"), (ERP, QTY_FIRST), wrap=(20, 28))
_TRADE = Profile(
    "invoice", ("de", "nl", "it", "en"), (TRADE, QTY_FIRST), (4, 7), groups=True, extras=True
)
_TAX = Profile("invoice", ("en", "es", "fr", "it"), (TAX_GRID,), (2, 4), wrap=(16, 22), extras=True)
_ODD = Profile(
    "invoice", ("en", "fr", "es", "de"), (AMOUNT_FIRST, HOURS), services=True, wrap=(24, 34)
)
_LONG = Profile(
    "invoice",
    ("en", "de", "fr", "es", "nl", "it"),
    (SKU_PLAIN, TRADE),
    (26, 32),
    wrap=(34, 44),
    long=True,
)
_PLAIN = Profile(
    "invoice",
    ("en", "de", "fr"),
    (PLAIN, ("qty", "desc", "unit", "amount")),
    (2, 5),
    wrap=(40, 60),
    header=False,
)

type _Template = Callable[[random.Random], tuple[Doc, Writer]]


def _of(profile: Profile) -> _Template:
    return lambda rng: document(rng, profile)


#: (name, kind, template, formats); "pdf-scan": a PDF of scanned pages, read by OCR.
PLAN: tuple[tuple[str, str, _Template, tuple[str, ...]], ...] = (
    ("erp-order", "purchase_order", _of(_ERP), ("pdf", "docx", "txt", "html", "pdf")),
    ("trade-invoice", "invoice", _of(_TRADE), ("pdf", "md", "txt", "docx", "pdf-scan", "html")),
    ("tax-grid", "invoice", _of(_TAX), ("pdf", "html", "txt", "md", "pdf")),
    ("odd-columns", "invoice", _of(_ODD), ("pdf", "txt", "docx", "md")),
    ("long-invoice", "invoice", _of(_LONG), ("pdf", "pdf", "txt", "pdf-scan")),
    ("headerless", "invoice", _of(_PLAIN), ("txt", "docx", "pdf", "md")),
    ("account-statement", "statement", statement, ("pdf", "txt", "html")),
)


def build_variety_tables(seed: str) -> list[Case]:
    """The table documents, each drawn once: its bytes and the evidence of its key figures."""
    cases = []
    for name, kind, template, formats in PLAN:
        for index, plan_fmt in enumerate(formats):
            rng = random.Random(f"{seed}-tables-{name}-{index}")  # noqa: S311 - not for secrets
            doc, writer = template(rng)
            fmt = plan_fmt.removesuffix("-scan")
            doc.scanned = plan_fmt.endswith("-scan")
            data, evidence = render_doc(doc, fmt)
            labels = writer.labels(kind)
            cases.append(
                Case(
                    case_id=f"tables-{name}-{index + 1:02d}",
                    kind=kind,
                    fmt=fmt,
                    layout=f"tables-{name}",
                    blocks=(),
                    labels=replace(labels, evidence=tuple(sorted(evidence.items()))),
                    data=data,
                    scanned=doc.scanned,
                )
            )
    return cases


__all__ = ["PLAN", "build_variety_tables", "document", "item_table", "statement"]
