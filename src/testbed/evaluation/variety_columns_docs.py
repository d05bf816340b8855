"""Invoices, credit notes, purchase orders, order confirmations, receipts and supplier
statements whose headers and detail blocks stand in columns, as billing software and
word-processor templates print them (:mod:`testbed.evaluation.variety_columns`).

Each builder draws one document of one country in one of several head layouts: the seller's
address left and a label column and a value column flush right on the same lines; a boxed
grid of header cells; a German letter's address window beside its information block; two
grids of cells under a letterhead. Then Bill To / Ship To / Remit To side by side, the item
table, the totals block at the right and a three-column footer of contacts, registration
numbers and bank details.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.variety_columns_sheet import Band, Col, Grid, Items, Part, Sheet, Text
from testbed.evaluation.variety_columns_style import (
    COUNTRIES,
    CUSTOMER_STREETS,
    STREETS,
    Pen,
    bank_lines,
    registration,
    some_day,
)
from testbed.evaluation.variety_columns_words import GOODS, TERMS, Words

#: Tax rates by country (percent); the US's is a sales tax some invoices do not charge.
RATES = {
    "US": 8.25,
    "UK": 20,
    "DE": 19,
    "AT": 20,
    "CH": 8.1,
    "FR": 20,
    "NL": 21,
    "ES": 21,
    "IT": 22,
}
#: Document numbers by kind: patterns with {y} the year and {n} digits.
NUMBERS = {
    "invoice": ("INV-{n5}", "{n5}", "RE-{y}-{n5}", "{y}-{n4}", "F{y}-{n4}", "{n3}/{y}", "SI-{n6}"),
    "credit": ("CN-{n5}", "GS-{y}-{n4}", "AV{n6}", "CR{n5}", "NC {n3}/{y}"),
    "po": ("PO-{n5}", "4500{n6}", "BE-{y}-{n4}", "PO{y}{n4}"),
    "confirm": ("SO-{n5}", "AB-{n6}", "OC{y}-{n4}", "{n6}"),
    "receipt": ("R-{n6}", "{n4}-{n4}", "{n5}"),
    "statement": ("ST-{n5}", "{y}/{n3}"),
}


def ident(rng: random.Random, pattern: str, year: int) -> str:
    n = rng.randrange
    return pattern.format(
        y=year, n3=n(100, 999), n4=n(1000, 9999), n5=n(10000, 99999), n6=n(100000, 999999)
    )


@dataclass
class Doc:
    """What one document's builder has drawn so far."""

    rng: random.Random
    country: str
    kind: str  # invoice credit po confirm receipt statement
    pen: Pen
    words: Words
    seller: str
    buyer: str
    issued: dt.date

    @property
    def lang(self) -> str:
        return COUNTRIES[self.country].lang


def start(rng: random.Random, country: str, kind: str) -> Doc:
    pen = Pen(rng, country)
    taken: set[str] = set()
    seller = pen.firm(taken)
    buyer = pen.firm(taken)
    return Doc(
        rng, country, kind, pen, Words(rng, COUNTRIES[country].lang), seller, buyer, some_day(rng)
    )


def address(doc: Doc, *, ours: bool) -> tuple[str, ...]:
    return STREETS[doc.country] if ours else CUSTOMER_STREETS[doc.country]


def letterhead(doc: Doc) -> tuple[str, ...]:
    """The issuer's name over its address and contacts (the buyer's on a purchase order)."""
    name = doc.buyer if doc.kind == "po" else doc.seller
    if doc.kind not in ("confirm", "po"):
        name = doc.pen.writer.key("vendor", name)
    phone = "+1 (217) 555-0147" if doc.country == "US" else "+44 116 496 0123"
    if doc.country not in ("US", "UK"):
        phone = {
            "DE": "+49 511 123456-0",
            "AT": "+43 1 5223344",
            "CH": "+41 44 271 00 10",
            "FR": "+33 4 78 00 11 22",
            "NL": "+31 30 123 4567",
            "ES": "+34 91 123 45 67",
            "IT": "+39 059 123456",
        }[doc.country]
    return (name, *address(doc, ours=True), f"Tel. {phone}")


def meta_fields(
    doc: Doc, number: str, due: dt.date | None, terms: str | None, *, terms_due: bool = False
) -> list[tuple[str, str]]:
    """The header's label/value pairs: the number, dates, terms and the other references
    (customer number, the customer's order, a contact) that look like numbers too."""
    w, pen, rng = doc.words, doc.pen, doc.rng
    kind_no = {
        "invoice": "invoice_no",
        "credit": "credit_no",
        "po": "po_no",
        "confirm": "confirm_no",
        "receipt": "receipt_no",
        "statement": "statement_no",
    }
    fields = [(w(kind_no[doc.kind]), pen.ident(number))]
    label = w("date") if doc.kind == "invoice" else w("doc_date")
    fields.append((label, pen.date(doc.issued, "issue")))
    extras = []
    if doc.kind != "po":
        extras.append(
            (w("customer"), rng.choice(("C", "K-", "10", "")) + str(rng.randrange(1000, 99999)))
        )
    if doc.kind in ("invoice", "confirm", "credit") and rng.random() < 0.7:
        extras.append((w("your_order"), ident(rng, rng.choice(NUMBERS["po"]), doc.issued.year)))
    if terms:  # with ``terms_due`` the terms are the due date's evidence ("Net 30")
        extras.append((w("terms"), pen.writer.key("dueDate", terms) if terms_due else terms))
    if due is not None:
        fields.append((w("due"), pen.date(due, "due")))
    if rng.random() < 0.4:
        taken: set[str] = set()
        extras.append((w("rep"), pen.person(taken)))
    rng.shuffle(extras)
    return fields + extras


def head(doc: Doc, title: str, fields: list[tuple[str, str]], layout: str) -> list[Part]:
    """The head in one of the layouts real templates use."""
    rng = doc.rng
    lh = letterhead(doc)
    colon = ":" if rng.random() < 0.5 else ""
    labels = tuple(label + colon if label else "" for label, _ in fields)
    values = tuple(value for _, value in fields)
    right = "r" if rng.random() < 0.5 else "l"
    if layout == "split":
        parts: list[Part] = []
        if rng.random() < 0.5:
            parts.append(Text(title, 20, bold=True, align="r"))
        parts.append(
            Band(
                (
                    Col(lh, 0, 0.45, head=True),
                    Col(labels, 0.52, 0.22),
                    Col(values, 0.74, 0.26, right),
                ),
                size=9.5,
            )
        )
        if len(parts) == 1:
            parts.insert(0, Text(title, 18, bold=True))
        return parts
    if layout == "grid":
        cells = tuple(fields[: rng.choice((3, 4, 5))])
        rest = fields[len(cells) :]
        parts = [
            Band((Col(lh, 0, 0.5, head=True), Col((title,), 0.6, 0.4, "r")), size=10),
            Grid(cells),
        ]
        if rest:
            parts.append(
                Band(
                    (
                        Col(tuple(a for a, _ in rest), 0, 0.2),
                        Col(tuple(b for _, b in rest), 0.2, 0.3),
                    )
                )
            )
        return parts
    if layout == "din":
        sender = f"{lh[0]} · {lh[1]} · {lh[2]}"
        window = (sender, "", _party(doc)[0], *_party(doc)[1:])
        return [
            Band(
                (Col(window, 0, 0.5), Col(labels, 0.58, 0.2), Col(values, 0.78, 0.22, right)),
                size=9,
            ),
            Text(title, 16, bold=True),
        ]
    half = max(2, len(fields) // 2)
    return [
        Band((Col(lh, 0, 0.5, head=True), Col((title,), 0.55, 0.45, "r")), size=10),
        Grid(tuple(fields[:half])),
        Grid(tuple(fields[half:])) if len(fields) > half else Text(""),
    ]


def _party(doc: Doc) -> tuple[str, ...]:
    """The other party's address block (the supplier's on a purchase order)."""
    name = doc.seller if doc.kind == "po" else doc.buyer
    return (name, *address(doc, ours=False))


def parties(doc: Doc, *, layout: str) -> list[Part]:
    """Bill To / Ship To (and Remit To) side by side, each heading over its block."""
    w, rng = doc.words, doc.rng
    if doc.kind == "po":
        first = (w("vendor"), doc.pen.writer.key("vendor", doc.seller), *address(doc, ours=False))
        second = (w("ship_to"), *letterhead(doc)[:3])
    else:
        first = (w("bill_to"), *_party(doc)) if layout != "din" else ()
        second = (
            w("ship_to"),
            doc.buyer,
            "Goods-in / Dock 3" if doc.lang == "en" else "Wareneingang",
            *address(doc, ours=False),
        )
        if doc.lang != "de":
            second = (w("ship_to"), doc.buyer, *address(doc, ours=False))
    cols = [first, second] if first else [second]
    if doc.kind in ("invoice", "statement") and rng.random() < 0.4:
        cols.append((w("remit_to"), *bank_lines(rng, doc.country, doc.pen.bank())))
    if not first and rng.random() < 0.5:
        return []
    share = 1 / len(cols)
    return [
        Band(tuple(Col(tuple(c), i * share, share - 0.02, head=True) for i, c in enumerate(cols)))
    ]


def footer(doc: Doc) -> Band:
    """Three columns at the foot: contacts, registrations (and the managing director), bank."""
    rng = doc.rng
    name = letterhead(doc)[0]
    first = (name, *address(doc, ours=True), f"www.{name.split()[0].lower()}.example")
    reg = registration(rng, doc.country)
    if doc.lang == "de" and rng.random() < 0.7:
        reg = [f"Geschäftsführer: {doc.pen.person(set())}", *reg]
    third = bank_lines(rng, doc.country, doc.pen.bank())
    cols = (Col(first, 0, 0.32), Col(tuple(reg), 0.34, 0.36), Col(tuple(third), 0.72, 0.28))
    return Band(cols, size=7, footer=True)


def item_rows(doc: Doc, count: int, *, credit: bool = False) -> tuple[Items, float]:
    """The item table and its sum; every row labelled."""
    w, pen, rng = doc.words, doc.pen, doc.rng
    goods = list(GOODS[doc.lang])
    rng.shuffle(goods)
    numbered = rng.random() < 0.5
    head = ("Pos." if doc.lang == "de" else "#",) if numbered else ()
    header = (*head, w("desc"), w("qty"), w("unit"), w("amount"))
    rows = []
    total = 0.0
    for index, name in enumerate(goods[:count]):
        hours = "(" in name and rng.random() < 0.5
        qty = (
            rng.choice((1, 2, 3, 4, 5, 6, 10, 12, 25)) if not hours else rng.choice((1.5, 2.5, 7.5))
        )
        unit = round(rng.uniform(4, 480), 2)
        if credit:
            qty = min(qty, 3)
        amount = round(qty * unit, 2)
        total = round(total + amount, 2)
        shown = f"{qty:g}" if doc.lang in ("en",) or not hours else f"{qty:g}".replace(".", ",")
        pen.item(name, float(qty), unit, amount)
        cells = (name, shown, pen.money(unit, bare=True), pen.money(amount, bare=True))
        rows.append(((str(index + 1),) if numbered else ()) + cells)
    numeric = ((False,) if numbered else ()) + (False, True, True, True)
    widths = ((0.06,) if numbered else ()) + (
        (0.5, 0.1, 0.17, 0.17) if numbered else (0.56, 0.1, 0.17, 0.17)
    )
    return Items(header, tuple(rows), numeric, widths), total


def totals(doc: Doc, net: float, *, paid_share: float = 0.0) -> tuple[Band, float]:
    """The totals block at the right: subtotal, discount, shipping, tax, total (the labelled
    total), amount paid and balance due."""
    w, pen, rng = doc.words, doc.pen, doc.rng
    pairs: list[tuple[str, str]] = [(w("subtotal"), pen.money(net))]
    base = net
    if rng.random() < 0.3:
        off = round(net * rng.choice((0.03, 0.05, 0.1)), 2)
        base = round(base - off, 2)
        pairs.append((w("discount"), pen.less(off)))
    if doc.kind in ("invoice", "po", "confirm") and rng.random() < 0.5:
        ship = rng.choice((12.5, 25.0, 45.0, 89.9))
        base = round(base + ship, 2)
        pairs.append((w("shipping"), pen.money(ship)))
    rate = RATES[doc.country]
    taxed = not (doc.country == "US" and rng.random() < 0.3)
    tax = round(base * rate / 100, 2) if taxed else 0.0
    if taxed:
        pairs.append(
            (
                w(
                    "vat" if doc.country == "UK" else "tax",
                    rate=f"{rate:g}".replace(".", "," if doc.lang != "en" else "."),
                ),
                pen.money(tax),
            )
        )
    total = round(base + tax, 2)
    label = w("credit_total") if doc.kind == "credit" else w("total")
    pairs.append((label, pen.total(total)))
    if paid_share:
        paid = round(total * paid_share, 2)
        pairs.append((w("paid"), pen.money(paid)))
        pairs.append((w("balance"), pen.money(round(total - paid, 2))))
    labels = tuple(a for a, _ in pairs)
    values = tuple(b for _, b in pairs)
    return Band((Col(labels, 0.52, 0.26), Col(values, 0.78, 0.22, "r")), size=9.5), total


def terms_for(doc: Doc) -> tuple[str, int | None]:
    key = doc.country if doc.country in ("US", "UK") else doc.lang
    return doc.rng.choice(TERMS[key])


def sheet(doc: Doc, parts: list[Part]) -> Sheet:
    return Sheet(tuple(parts), letter=COUNTRIES[doc.country].letter)


__all__ = [
    "NUMBERS",
    "Doc",
    "footer",
    "head",
    "ident",
    "item_rows",
    "meta_fields",
    "parties",
    "sheet",
    "start",
    "terms_for",
    "totals",
]
