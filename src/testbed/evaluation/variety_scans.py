"""Scanned, faxed and photographed office documents of the development set, each beside its
text-PDF twin: the same page set from one :class:`~testbed.evaluation.scan_sheet.Sheet`, once
with a text layer and once as a picture of paper read back by OCR.

The pages are laid out as office software prints them, not as plain text: a letterhead
flush right, the recipient in an envelope window with a tiny sender line above it, label/value
boxes beside the address, tables with amounts flush right under their headers, totals in a
block at the right, bank details in three footer columns, "Bill to"/"Ship to" side by side,
labels in a band above their values, signature blocks in two columns, till receipts on a
narrow roll, two A5 pages printed two-up on one landscape sheet
(:mod:`testbed.evaluation.scan_pages` holds the purchase order, the letter and the two-up
invoice). Languages: English, German, French and Dutch. What a reader keys in from the
page is the label (:mod:`testbed.evaluation.commerce_style` prints and records each value).

A case whose twin finds a figure the scan misses shows a loss on the OCR path; comparing the
two is the diagnostic this module is for.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.commerce_style import Printer, pick_style, quantity_text
from testbed.evaluation.corpus import Writer
from testbed.evaluation.scan_pages import invoice_two_up, letter, purchase_order
from testbed.evaluation.scan_sheet import Sheet, as_text_pdf, degraded, encoded, raster
from testbed.evaluation.scan_words import (
    GOODS,
    SHOPS,
    VOCABULARY,
    address,
    day_between,
    days_later,
    firm,
    items,
    items_sum,
    language,
    person,
)
from testbed.evaluation.truth import Case

#: A page template: a seeded generator in, the sheet and the writer holding its labels out.
type Template = Callable[[random.Random], tuple[Sheet, Writer]]

_A4 = (8.27, 11.69)
_LETTER = (8.5, 11.0)
_RIGHT = 7.6


def invoice_window(rng: random.Random) -> tuple[Sheet, Writer]:
    """A European invoice: letterhead flush right, the address window with its sender line,
    a label/value block beside it, a numbered item table, totals at the right, bank details
    in three footer columns."""
    p = Printer(rng, pick_style(rng, ("de", "fr", "nl", "uk", "ie")))
    w, words = p.w, VOCABULARY[language(p, rng)]
    sheet = Sheet(*_A4, family=rng.choice(("sans", "serif", "condensed")))
    taken: set[str] = set()
    seller = firm(w, rng, taken)
    w.vendor = seller
    street, city = address(rng)
    sheet.put(_RIGHT, 0.7, w.key("vendor", seller), 14, bold=True, right=True)
    sheet.stack(
        _RIGHT,
        1.0,
        [
            street,
            city,
            f"Tel. +{rng.randint(30, 49)} {rng.randint(10, 99)} {rng.randint(100000, 999999)}",
        ],
        8,
        right=True,
    )
    sheet.put(0.9, 1.75, f"{seller} · {street} · {city}", 6.5)
    sheet.rule(0.9, 1.88, 4.0, 1.88)
    buyer = firm(w, rng, taken)
    contact = person(w, rng, taken)
    sheet.stack(0.9, 1.98, [buyer, f"{words['attn']} {contact}", *address(rng)], 10)
    issued = day_between(rng)
    w.number = (
        f"{rng.choice(('RE', 'F', 'INV', ''))}{rng.randint(2024, 2026)}{rng.randint(1000, 99999)}"
    )
    block = [
        (words["number"], w.key("documentNumber", w.number)),
        (words["date"], p.day(issued, "issue")),
        (words["customer"], str(rng.randint(10000, 99999))),
        (words["due"], p.day(issued + days_later(rng), "due")),
    ]
    for row, (label, value) in enumerate(block):
        sheet.put(5.0, 2.0 + row * 0.19, label, 9)
        sheet.put(_RIGHT, 2.0 + row * 0.19, value, 9, right=True)
    sheet.put(0.9, 3.35, f"{words['invoice']} {w.number}", 13, bold=True)
    y = _item_table(sheet, p, rng, 3.8, words, numbered=True)
    y = _totals(sheet, p, rng, y + 0.15, words)
    sheet.stack(0.9, y + 0.3, [words["terms"]], 9)
    bank = rng.choice(("Rheinland Volksbank", "Banque Atlantique", "Rabobank Utrecht"))
    footer = [
        [seller, street, city],
        [
            bank,
            f"IBAN DE{rng.randint(10, 99)} 3705 0198 {rng.randint(1000, 9999)} "
            f"{rng.randint(1000, 9999)} {rng.randint(10, 99)}",
            f"BIC {rng.choice(('COLSDE33', 'RABONL2U'))}",
        ],
        [
            f"{words['vat_id']} DE{rng.randint(100000000, 999999999)}",
            f"{words['register']} HRB {rng.randint(1000, 99999)}",
        ],
    ]
    sheet.rule(0.9, 10.45, _RIGHT, 10.45)
    for column, lines in enumerate(footer):
        sheet.stack(0.9 + column * 2.35, 10.55, lines, 7)
    return sheet, w


def invoice_band(rng: random.Random) -> tuple[Sheet, Writer]:
    """A small-business invoice as US accounting software prints it: the title top right,
    "Bill to" and "Ship to" side by side, a framed band of labels above their values, an
    activity table, the balance due large at the foot."""
    p = Printer(rng, pick_style(rng, ("us", "ca", "au")))
    w, words = p.w, VOCABULARY["en"]
    sheet = Sheet(*_LETTER, family=rng.choice(("sans", "condensed")))
    taken: set[str] = set()
    seller = firm(w, rng, taken)
    w.vendor = seller
    sheet.stack(
        0.7,
        0.7,
        [w.key("vendor", seller), *address(rng), f"{seller.split()[0].lower()}@mail.example"],
        10,
        bold_first=True,
    )
    sheet.put(7.8, 0.7, "INVOICE", 22, bold=True, right=True)
    buyer = firm(w, rng, taken)
    contact = person(w, rng, taken)
    sheet.stack(0.7, 1.9, ["BILL TO", contact, buyer, *address(rng)], 9, bold_first=True)
    sheet.stack(3.2, 1.9, ["SHIP TO", buyer, *address(rng)], 9, bold_first=True)
    issued = day_between(rng)
    w.number = str(rng.randint(1001, 9999))
    band = [
        ("INVOICE #", w.key("documentNumber", w.number)),
        ("DATE", p.day(issued, "issue")),
        ("TERMS", "Net 30"),
        ("DUE DATE", p.day(issued + days_later(rng, 30), "due")),
    ]
    sheet.frame(0.7, 3.0, 7.8, 3.5)
    sheet.rule(0.7, 3.22, 7.8, 3.22)
    for column, (label, value) in enumerate(band):
        x = 0.8 + column * 1.75
        sheet.put(x, 3.05, label, 8, bold=True)
        sheet.put(x, 3.28, value, 9.5)
    y = _item_table(sheet, p, rng, 3.8, words, numbered=False, right=7.8)
    total = items_sum(p)
    sheet.rule(4.5, y + 0.1, 7.8, y + 0.1)
    sheet.put(4.6, y + 0.25, "BALANCE DUE", 12, bold=True)
    sheet.put(7.8, y + 0.22, p.total(total), 15, bold=True, right=True)
    sheet.put(0.7, y + 0.9, rng.choice(("Thank you for your business!", "We appreciate it.")), 9)
    return sheet, w


def till_receipt(rng: random.Random) -> tuple[Sheet, Writer]:
    """A narrow till roll: shop centred, items with prices flush right, a quantity line under
    a multi-bought item, the sum in bold, the card payment and a VAT breakdown."""
    p = Printer(rng, pick_style(rng, ("de", "nl", "fr", "uk", "us")))
    w, words = p.w, VOCABULARY[language(p, rng)]
    sheet = Sheet(3.15, 7.2, family=rng.choice(("mono", "condensed")))
    shop = w.plain_org(rng.choice(SHOPS))
    w.vendor = shop
    street, city = address(rng)
    centre = 1.575
    for row, line in enumerate((w.key("vendor", shop.upper()), street, city)):
        size = 11 if row == 0 else 8
        width = len(line if row else shop) * size * 0.55 / 72
        sheet.put(max(0.1, centre - width / 2), 0.3 + row * 0.2, line, size, bold=row == 0)
    issued = day_between(rng)
    w.number = str(rng.randint(1000, 9999))
    sheet.put(
        0.15, 1.0, f"{p.day(issued, 'issue')} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}", 8
    )
    sheet.put(3.0, 1.0, f"{words['receipt_no']} {w.key('documentNumber', w.number)}", 8, right=True)
    y = 1.3
    total = 0.0
    for name in rng.sample(GOODS, rng.randint(3, 6)):
        unit = round(rng.uniform(0.5, 19), 2)
        qty = rng.choice((1, 1, 1, 2, 3))
        amount = round(unit * qty, 2)
        total += amount
        sheet.put(0.15, y, name[:22], 8.5)
        sheet.put(3.0, y, p.number(amount), 8.5, right=True)
        if qty > 1:
            y += 0.17
            sheet.put(0.35, y, f"{qty} x {p.number(unit)}", 8)
        p.item(name[:22], qty, unit if qty > 1 else None, amount)
        y += 0.19
    sheet.rule(0.15, y + 0.02, 3.0, y + 0.02)
    total = round(total, 2)
    sheet.put(0.15, y + 0.1, f"{words['sum']} {p.code()}", 10, bold=True)
    sheet.put(3.0, y + 0.1, p.total(total, mark=False), 10, bold=True, right=True)
    sheet.put(0.15, y + 0.35, words["card"], 8)
    sheet.put(3.0, y + 0.35, p.number(total), 8, right=True)
    rate = rng.choice((19, 20, 21))
    net = round(total / (1 + rate / 100), 2)
    sheet.put(
        0.15,
        y + 0.6,
        f"{words['vat']} {rate}%  {p.number(net)}  {p.number(round(total - net, 2))}",
        7.5,
    )
    sheet.put(0.15, y + 0.9, words["thanks"], 8)
    return sheet, w


def bank_statement(rng: random.Random) -> tuple[Sheet, Writer]:
    """A bank's monthly statement: the holder's address in the window, a label/value block
    at the right, then Date | Description | Debit | Credit columns and the closing balance."""
    p = Printer(rng, pick_style(rng, ("uk", "de", "nl", "us")))
    w, words = p.w, VOCABULARY[language(p, rng)]
    sheet = Sheet(*_A4, family=rng.choice(("sans", "serif")))
    bank = w.plain_org(
        rng.choice(
            (
                "Harbourside Building Society",
                "Kreissparkasse Altmühl",
                "Bank van de Lage Landen",
                "Pioneer Federal Credit Union",
            )
        )
    )
    sheet.put(0.8, 0.6, bank, 15, bold=True)
    holder = person(w, rng, set())
    sheet.stack(0.8, 1.7, [holder, *address(rng)], 10)
    end = day_between(rng)
    sort_code = "-".join(str(rng.randint(10, 99)) for _ in range(3))
    w.number = f"{sort_code} {rng.randint(10000000, 99999999)}"
    info = [
        (words["statement_date"], p.day(end, "issue")),
        (words["account"], w.key("documentNumber", w.number)),
        (words["page"], "1 / 1"),
    ]
    for row, (label, value) in enumerate(info):
        sheet.put(4.6, 1.7 + row * 0.2, label, 8.5)
        sheet.put(_RIGHT, 1.7 + row * 0.2, value, 8.5, right=True)
    headers = (words["date"], words["details"], words["debit"], words["credit"])
    columns = (0.8, 1.9, 6.2, _RIGHT)
    sheet.rule(0.8, 2.85, _RIGHT, 2.85)
    for index, (x, label) in enumerate(zip(columns, headers, strict=True)):
        sheet.put(x, 2.9, label, 9, bold=True, right=index >= 2)
    sheet.rule(0.8, 3.1, _RIGHT, 3.1)
    balance = round(rng.uniform(800, 6000), 2)
    sheet.put(1.9, 3.2, f"{words['opening']} {p.money(balance)}", 9)
    return _statement_rows(sheet, p, rng, (end, balance), words)


def _statement_rows(
    sheet: Sheet,
    p: Printer,
    rng: random.Random,
    start: tuple[dt.date, float],
    words: dict[str, str],
) -> tuple[Sheet, Writer]:
    """The statement's rows from the first of the month, debits and credits in their own
    columns, and the closing balance (the statement's total)."""
    end, balance = start
    y = 3.45
    rows = rng.randint(5, 8)
    for index in range(rows):
        day = end - dt.timedelta(days=(rows - index) * 3)
        value = round(rng.uniform(8, 1400), 2) * (1 if rng.random() < 0.25 else -1)
        detail = (
            f"{rng.choice(('Card payment', 'Direct debit', 'Transfer', 'Standing order'))} "
            f"{rng.choice(GOODS).split()[0].upper()}"
        )
        sheet.put(0.8, y, p.day(day, None), 9)
        sheet.put(1.9, y, detail, 9)
        sheet.put(6.2 if value < 0 else _RIGHT, y, p.number(abs(value)), 9, right=True)
        p.item(detail, None, None, abs(value))  # as printed: its column says which way
        balance = round(balance + value, 2)
        y += 0.22
    sheet.rule(0.8, y + 0.05, _RIGHT, y + 0.05)
    sheet.put(4.6, y + 0.15, words["closing"], 10, bold=True)
    sheet.put(_RIGHT, y + 0.15, p.total(balance), 10, bold=True, right=True)
    return sheet, p.w


def _item_table(
    sheet: Sheet,
    p: Printer,
    rng: random.Random,
    y: float,
    words: dict[str, str],
    *,
    numbered: bool,
    right: float = _RIGHT,
) -> float:
    """The item table at ``y`` (header, rule, rows, amounts flush right); the ``y`` below it."""
    left = 0.9 if numbered else 0.7
    description = left + (0.45 if numbered else 0.0)
    columns = (right - 2.9, right - 1.45, right)
    headers = (words["qty"], words["unit_price"], words["amount"])
    if numbered:
        sheet.put(left, y, words["pos"], 9, bold=True)
    sheet.put(description, y, words["description"], 9, bold=True)
    for x, label in zip(columns, headers, strict=True):
        sheet.put(x, y, label, 9, bold=True, right=True)
    sheet.rule(left, y + 0.2, right, y + 0.2)
    y += 0.3
    for index, (name, qty, unit, amount) in enumerate(items(p, rng, rng.randint(2, 5))):
        if numbered:
            sheet.put(left, y, str(index + 1), 9.5)
        sheet.put(description, y, name, 9.5)
        sheet.put(columns[0], y, quantity_text(qty, p.style.european), 9.5, right=True)
        sheet.put(columns[1], y, p.number(unit), 9.5, right=True)
        sheet.put(columns[2], y, p.number(amount), 9.5, right=True)
        y += 0.24
    return y


def _totals(sheet: Sheet, p: Printer, rng: random.Random, y: float, words: dict[str, str]) -> float:
    """Net, VAT and the total in a block at the right; the ``y`` below it."""
    net = items_sum(p)
    rate = rng.choice((19, 20, 21, 7))
    vat = round(net * rate / 100, 2)
    sheet.rule(4.9, y - 0.05, _RIGHT, y - 0.05)
    rows = [(words["net"], p.money(net)), (f"{words['vat']} {rate}%", p.money(vat))]
    for label, value in rows:
        sheet.put(4.9, y, label, 9.5)
        sheet.put(_RIGHT, y, value, 9.5, right=True)
        y += 0.22
    sheet.put(4.9, y + 0.05, words["total"], 10.5, bold=True)
    sheet.put(_RIGHT, y + 0.05, p.total(round(net + vat, 2)), 10.5, bold=True, right=True)
    return y + 0.3


#: (kind, template, how the page is degraded, file format, resolution in dpi).
PLAN: tuple[tuple[str, Template, str, str, int], ...] = (
    ("invoice", invoice_window, "skew", "png", 200),
    ("invoice", invoice_window, "fax", "pdf", 200),
    ("invoice", invoice_band, "photo", "jpg", 200),
    ("invoice", invoice_band, "lowres", "pdf", 150),
    ("receipt", till_receipt, "photo", "jpg", 200),
    ("receipt", till_receipt, "skew", "png", 200),
    ("statement", bank_statement, "stamped", "pdf", 150),
    ("purchase_order", purchase_order, "fax", "png", 200),
    ("letter", letter, "stamped", "png", 150),
    ("letter", letter, "photo", "jpg", 200),
    ("invoice", invoice_two_up, "skew", "png", 200),
    ("invoice", invoice_two_up, "lowres", "pdf", 200),
)


def build_variety_scans(seed: str) -> list[Case]:
    """Each planned page twice: ``scans-NN`` as a picture read by OCR, ``scans-NN-pdf`` as its
    text-PDF twin (same seed, same words, same places)."""
    cases = []
    for index, (kind, template, how, fmt, dpi) in enumerate(PLAN):
        rng = random.Random(f"{seed}-scans-{index}")  # noqa: S311 - not for secrets
        sheet, writer = template(rng)
        labels = writer.labels(kind)
        layout = template.__name__.replace("_", "-")
        pdf, found = as_text_pdf(sheet)
        twin = Case(f"scans-{index + 1:02d}-pdf", kind, "pdf", layout, (), labels, data=pdf)
        cases.append(replace(twin, labels=replace(labels, evidence=tuple(sorted(found.items())))))
        image, drawn = raster(sheet, dpi)
        data = encoded(degraded(image, how, rng), fmt, rng, dpi)
        evidence = tuple(sorted(drawn.items()))
        cases.append(
            Case(
                f"scans-{index + 1:02d}",
                kind,
                fmt,
                f"{layout}-{how}",
                (),
                replace(labels, evidence=evidence),
                data=data,
                scanned=fmt == "pdf",
            )
        )
    return cases


__all__ = ["PLAN", "build_variety_scans"]
