"""Documents whose headers and detail blocks stand in columns, written without reading the
analyzer's rules (issue #18): the development set's check of the layouts billing software
and word-processor templates print.

Invoices, credit notes naming the invoice they credit, purchase orders, order confirmations
(an order acknowledged before it is invoiced: ``other``), supplier statements of account and
a few receipts, from the US, the UK, Germany, Austria, Switzerland, France, the Netherlands,
Spain and Italy, each written the country's way (:mod:`testbed.evaluation.variety_columns_style`,
:mod:`testbed.evaluation.variety_columns_words`) in one of several head layouts
(:mod:`testbed.evaluation.variety_columns_docs`), and drawn as a typeset PDF, a scan, a
photograph, a Word file of tables, a web page of tables or CSS grid and flex boxes, or aligned
text (:mod:`testbed.evaluation.variety_columns_sheet`,
:mod:`testbed.evaluation.variety_columns_print`).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.corpus import Case, Labels
from testbed.evaluation.truth import Evidence, printed_values
from testbed.evaluation.variety_columns_docs import (
    NUMBERS,
    Doc,
    footer,
    head,
    ident,
    item_rows,
    meta_fields,
    parties,
    sheet,
    start,
    terms_for,
    totals,
)
from testbed.evaluation.variety_columns_print import as_pdf, as_picture
from testbed.evaluation.variety_columns_sheet import (
    Band,
    Col,
    Grid,
    Items,
    Part,
    Sheet,
    Text,
    as_docx,
    as_html,
    text_lines,
)

type Built = tuple[Sheet, Doc]

#: Head layouts each country's software favours.
_LAYOUTS = {
    "US": ("grid", "twogrid", "split"),
    "UK": ("split", "grid", "twogrid"),
    "DE": ("din", "split", "grid"),
    "AT": ("din", "split"),
    "CH": ("din", "grid"),
    "FR": ("split", "grid"),
    "NL": ("split", "grid", "twogrid"),
    "ES": ("split", "grid"),
    "IT": ("split", "grid"),
}


def _layout(doc: Doc) -> str:
    return doc.rng.choice(_LAYOUTS[doc.country])


def invoice(rng: random.Random, country: str) -> Built:
    doc = start(rng, country, "invoice")
    doc.pen.seller(doc.seller)
    terms, days = terms_for(doc)
    due = doc.issued + dt.timedelta(days=days) if days else None
    hidden = due is not None and country in ("US", "UK") and rng.random() < 0.25
    number = ident(rng, rng.choice(NUMBERS["invoice"]), doc.issued.year)
    fields = meta_fields(doc, number, None if hidden else due, terms, terms_due=hidden)
    if hidden and due is not None:  # "Net 30" and no date printed: due 30 days after issue
        doc.pen.writer.dates.append(("due", due.isoformat()))
    layout = _layout(doc)
    parts = head(doc, doc.words("invoice"), fields, layout) + parties(doc, layout=layout)
    items, net = item_rows(doc, rng.randint(2, 6))
    block, _ = totals(doc, net, paid_share=rng.choice((0, 0, 0, 0.5, 0.3)))
    parts += [items, block]
    if rng.random() < 0.6:
        parts.append(Text(doc.words("thanks")))
    return _finished(doc, parts), doc


def credit_note(rng: random.Random, country: str) -> Built:
    doc = start(rng, country, "credit")
    doc.pen.seller(doc.seller)
    number = ident(rng, rng.choice(NUMBERS["credit"]), doc.issued.year)
    fields = meta_fields(doc, number, None, None)
    original = ident(rng, rng.choice(NUMBERS["invoice"]), doc.issued.year)
    was = doc.pen.when(doc.issued - dt.timedelta(days=rng.randrange(8, 60)))
    layout = _layout(doc)
    parts = head(doc, doc.words("credit"), fields, layout) + parties(doc, layout=layout)
    parts.append(Text(doc.words("credits_invoice", no=original, date=was), bold=True))
    items, net = item_rows(doc, rng.randint(1, 3), credit=True)
    block, _ = totals(doc, net)
    return _finished(doc, [*parts, items, block]), doc


def purchase_order(rng: random.Random, country: str) -> Built:
    doc = start(rng, country, "po")
    doc.pen.seller(doc.seller)  # the supplier the order is placed with
    terms, _ = terms_for(doc)
    number = ident(rng, rng.choice(NUMBERS["po"]), doc.issued.year)
    fields = meta_fields(doc, number, None, terms if rng.random() < 0.6 else None)
    fields.append((doc.words("delivery"), doc.pen.when(doc.issued + dt.timedelta(days=21))))
    fields.append((doc.words("buyer"), doc.pen.person(set())))
    layout = rng.choice(("split", "grid", "twogrid"))
    parts = head(doc, doc.words("po"), fields, layout) + parties(doc, layout=layout)
    items, net = item_rows(doc, rng.randint(2, 5))
    block, _ = totals(doc, net)
    return _finished(doc, [*parts, items, block]), doc


def order_confirmation(rng: random.Random, country: str) -> Built:
    doc = start(rng, country, "confirm")
    number = ident(rng, rng.choice(NUMBERS["confirm"]), doc.issued.year)
    fields = meta_fields(doc, number, None, terms_for(doc)[0])
    fields.append((doc.words("delivery"), doc.pen.when(doc.issued + dt.timedelta(days=14))))
    layout = _layout(doc)
    parts = head(doc, doc.words("confirm"), fields, layout) + parties(doc, layout=layout)
    items, net = item_rows(doc, rng.randint(2, 5))
    block, _ = totals(doc, net)
    return _finished(doc, [*parts, items, block]), doc


def receipt(rng: random.Random, country: str) -> Built:
    doc = start(rng, country, "receipt")
    doc.pen.seller(doc.seller)
    number = ident(rng, rng.choice(NUMBERS["receipt"]), doc.issued.year)
    fields = meta_fields(doc, number, None, None)
    fields.append((doc.words("cash"), rng.choice(doc.words.all("card"))))
    parts = head(doc, doc.words("receipt"), fields, rng.choice(("split", "grid")))
    parts.append(
        Band((Col((doc.words("bill_to"), doc.buyer, *_customer_lines(doc)), 0, 0.5, head=True),))
    )
    items, net = item_rows(doc, rng.randint(1, 4))
    block, _ = totals(doc, net)
    return _finished(doc, [*parts, items, block]), doc


def statement(rng: random.Random, country: str) -> Built:
    doc = start(rng, country, "statement")
    w, pen = doc.words, doc.pen
    pen.seller(doc.seller)
    customer = rng.choice(("C", "")) + str(rng.randrange(10000, 99999))
    fields: list[tuple[str, str]] = []
    if rng.random() < 0.5:
        fields.append(
            (
                w("statement_no"),
                pen.ident(ident(rng, rng.choice(NUMBERS["statement"]), doc.issued.year)),
            )
        )
        fields.append((w("customer"), customer))
    else:
        fields.append((w("customer"), pen.ident(customer)))
    fields.insert(1, (w("doc_date"), pen.date(doc.issued, "issue")))
    fields.append(("", w("page")))
    balance = round(rng.uniform(200, 3000), 2)
    rows = [
        (
            pen.when(doc.issued - dt.timedelta(days=60)),
            w("opening"),
            "",
            "",
            pen.money(balance, bare=True),
        )
    ]
    day = doc.issued - dt.timedelta(days=55)
    pattern = rng.choice(NUMBERS["invoice"])
    for _ in range(rng.randint(3, 7)):
        day += dt.timedelta(days=rng.randrange(2, 9))
        ref = ident(rng, pattern, day.year)
        roll = rng.random()
        amount = round(rng.uniform(80, 2400), 2)
        if roll < 0.55 or balance < amount:
            text, debit = f"{w('st_invoice')} {ref}", True
        else:
            text, debit = (
                (f"{w('st_payment')}", False)
                if roll < 0.85
                else (f"{w('st_creditnote')} {ref}", False)
            )
        balance = round(balance + amount if debit else balance - amount, 2)
        cell = pen.money(amount, bare=True)
        pen.item(text, None, None, amount)
        rows.append(
            (
                pen.when(day),
                text,
                cell if debit else "",
                "" if debit else cell,
                pen.money(balance, bare=True),
            )
        )
    header = (w("st_date"), w("st_desc"), w("st_debit"), w("st_credit"), w("st_bal"))
    table = Items(
        header, tuple(rows), (False, False, True, True, True), (0.15, 0.4, 0.15, 0.15, 0.15)
    )
    due = doc.issued + dt.timedelta(days=14)
    parts: list[Part] = head(doc, w("statement"), fields, rng.choice(("split", "grid")))
    parts += [Band((Col((w("bill_to"), doc.buyer, *(_customer_lines(doc))), 0, 0.5, head=True),))]
    parts.append(table)
    current = round(min(balance, balance * rng.uniform(0.4, 0.8)), 2)
    older = round(balance - current, 2)
    aging = w.all("aging")
    parts.append(
        Grid(
            (
                (aging[0], pen.money(current, bare=True)),
                (aging[1], pen.money(older, bare=True)),
                (aging[2], pen.money(0, bare=True)),
                (aging[3], pen.money(0, bare=True)),
                (aging[4], pen.money(0, bare=True)),
            )
        )
    )
    closing = [(w("closing"), pen.total(balance))]
    if rng.random() < 0.5:
        closing.append((w("due"), pen.date(due, "due")))
    parts.append(
        Band(
            (
                Col(tuple(a for a, _ in closing), 0.52, 0.26),
                Col(tuple(b for _, b in closing), 0.78, 0.22, "r"),
            )
        )
    )
    return _finished(doc, parts), doc


def _customer_lines(doc: Doc) -> tuple[str, ...]:
    from testbed.evaluation.variety_columns_style import CUSTOMER_STREETS  # noqa: PLC0415

    return CUSTOMER_STREETS[doc.country]


def _finished(doc: Doc, parts: list[Part]) -> Sheet:
    if doc.rng.random() < 0.85:
        parts.append(footer(doc))
    return sheet(doc, parts)


type Builder = Callable[[random.Random, str], Built]

#: (document type, builder, country, formats; ``pdf-scan``: a scanned PDF, ``jpg``: a photo).
PLAN: tuple[tuple[str, Builder, str, tuple[str, ...]], ...] = (
    ("invoice", invoice, "US", ("pdf", "png", "html", "docx", "pdf", "txt")),
    ("invoice", invoice, "UK", ("pdf", "pdf-scan", "docx", "html")),
    ("invoice", invoice, "DE", ("pdf", "pdf", "pdf-scan", "docx", "html")),
    ("invoice", invoice, "AT", ("pdf", "jpg")),
    ("invoice", invoice, "CH", ("pdf", "html")),
    ("invoice", invoice, "FR", ("pdf", "docx", "html", "md")),
    ("invoice", invoice, "NL", ("pdf", "html", "txt")),
    ("invoice", invoice, "ES", ("pdf", "pdf-scan", "docx")),
    ("invoice", invoice, "IT", ("pdf", "png", "html")),
    ("invoice", credit_note, "UK", ("pdf", "docx")),
    ("invoice", credit_note, "DE", ("pdf", "html")),
    ("invoice", credit_note, "FR", ("pdf",)),
    ("invoice", credit_note, "US", ("pdf-scan",)),
    ("purchase_order", purchase_order, "US", ("pdf", "html", "docx")),
    ("purchase_order", purchase_order, "UK", ("pdf",)),
    ("purchase_order", purchase_order, "DE", ("pdf", "md")),
    ("purchase_order", purchase_order, "NL", ("pdf-scan",)),
    ("other", order_confirmation, "DE", ("pdf", "docx")),
    ("other", order_confirmation, "UK", ("pdf",)),
    ("other", order_confirmation, "US", ("html",)),
    ("other", order_confirmation, "IT", ("pdf",)),
    ("statement", statement, "UK", ("pdf", "txt")),
    ("statement", statement, "US", ("pdf", "jpg")),
    ("statement", statement, "DE", ("pdf", "html")),
    ("statement", statement, "NL", ("pdf",)),
    ("receipt", receipt, "US", ("jpg", "pdf")),
    ("receipt", receipt, "DE", ("png",)),
    ("receipt", receipt, "FR", ("pdf",)),
)


def build_variety_columns(seed: str) -> list[Case]:
    """The column documents, named ``columns-<builder>-<country>-NN``, labelled by their
    pens and drawn once for their evidence."""
    cases = []
    for kind, builder, country, formats in PLAN:
        name = f"{builder.__name__.replace('_', '-')}-{country.lower()}"
        for index, plan_fmt in enumerate(formats):
            rng = random.Random(f"{seed}-columns-{name}-{index}")  # noqa: S311 - not secrets
            page, doc = builder(rng, country)
            fmt = "pdf" if plan_fmt == "pdf-scan" else plan_fmt
            data, evidence = _drawn(page, plan_fmt, rng, doc.words.chosen.get(doc.kind, "Document"))
            labels = doc.pen.writer.labels(kind)
            lines = text_lines(page)
            labels = _with(labels, evidence)
            cases.append(
                Case(
                    case_id=f"columns-{name}-{index + 1:02d}",
                    kind=kind,
                    fmt=fmt,
                    layout=name,
                    blocks=(("lines", lines),),
                    labels=labels,
                    data=data,
                    scanned=plan_fmt == "pdf-scan",
                )
            )
    return cases


def _drawn(
    page: Sheet, fmt: str, rng: random.Random, title: str
) -> tuple[bytes, dict[str, Evidence]]:
    if fmt == "pdf":
        return as_pdf(page)
    if fmt in ("pdf-scan", "png", "jpg"):
        return as_picture(page, rng, fmt="pdf" if fmt == "pdf-scan" else fmt)
    lines = text_lines(page, markdown=fmt == "md")
    names = printed_values([lines])
    flat = {name: Evidence(1, None) for name in names}
    if fmt == "html":
        return as_html(page, title, flex=rng.random() < 0.5).encode(), flat
    if fmt == "docx":
        return as_docx(page, footer_in_footer=rng.random() < 0.5), flat
    from testbed.evaluation.truth import unmark  # noqa: PLC0415

    return unmark("\n".join(lines)).encode() + b"\n", flat


def _with(labels: Labels, evidence: dict[str, Evidence]) -> Labels:
    return replace(labels, evidence=tuple(sorted(evidence.items())))


__all__ = ["PLAN", "build_variety_columns"]
