"""Scanned documents of several pages, each beside its text-PDF twin: the stack of paper a
scanner files as one image-only PDF, and the sheet a phone photographs at an angle.

* an invoice whose item table runs over two pages, the sum carried forward at the foot of
  the first and brought forward at the head of the second, the totals on the second page
  under a header that repeats the invoice's number;
* a fax: a cover sheet (to, from, the fax's own date and page count, a note) and the
  invoice behind it: a packet of two documents, the cover a letter dated the day it was
  sent (as :mod:`testbed.evaluation.arrival_packets` files fax covers), every key figure of
  the invoice on page 2;
* a bank statement of two pages, its account and page numbers in each page's header and
  its closing balance on the last page;
* a till receipt photographed sideways (the phone held in landscape): the picture is the
  page turned a quarter and seen in perspective.

Each page is degraded on its own (a stack scanned crooked tilts every sheet differently).
Labels and evidence as in :mod:`testbed.evaluation.variety_scans`: a key figure's evidence is
the first place it is marked, with its page.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from dataclasses import fields as dataclass_fields
from typing import TYPE_CHECKING

from testbed.evaluation.commerce_style import Printer, pick_style, quantity_text
from testbed.evaluation.corpus import Writer
from testbed.evaluation.packets import whole_labels
from testbed.evaluation.scan_sheet import Sheet, as_text_pdf, degraded, encoded, image_pdf, raster
from testbed.evaluation.scan_words import (
    GOODS,
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
from testbed.evaluation.truth import Case, Evidence, Labels, Section, mark

if TYPE_CHECKING:
    from PIL.Image import Image

type Template = Callable[[random.Random], tuple[list[Sheet], Writer]]

_A4 = (8.27, 11.69)
_RIGHT = 7.6
#: Words of a document running over pages, by language: page "n of m", the sum carried to
#: the next page and brought from the last one.
_PAGES = {
    "en": ("Page {} of {}", "Carried forward", "Brought forward"),
    "de": ("Seite {} von {}", "Übertrag", "Übertrag"),
    "fr": ("Page {} sur {}", "À reporter", "Report"),
    "nl": ("Pagina {} van {}", "Transport", "Transport"),
}


def invoice_over_pages(rng: random.Random) -> tuple[list[Sheet], Writer]:
    """An invoice of two pages: the item table breaks after the first page's rows."""
    p = Printer(rng, pick_style(rng, ("de", "nl", "fr", "uk", "us")))
    tongue = language(p, rng)
    w, words = p.w, VOCABULARY[tongue]
    page_of, carried, brought = _PAGES[tongue]
    family = rng.choice(("sans", "serif", "condensed"))
    first, second = Sheet(*_A4, family=family), Sheet(*_A4, family=family)
    taken: set[str] = set()
    seller = firm(w, rng, taken)
    w.vendor = seller
    first.put(0.9, 0.7, w.key("vendor", seller), 15, bold=True)
    first.stack(0.9, 1.0, address(rng), 8.5)
    first.put(_RIGHT, 0.7, words["invoice"].upper(), 18, bold=True, right=True)
    first.stack(0.9, 2.0, [firm(w, rng, taken), person(w, rng, taken), *address(rng)], 10)
    issued = day_between(rng)
    w.number = f"{rng.choice(('', 'R', 'F-'))}{rng.randint(2025, 2026)}-{rng.randint(100, 9999)}"
    details = [
        (words["number"], w.key("documentNumber", w.number)),
        (words["date"], p.day(issued, "issue")),
        (words["due"], p.day(issued + days_later(rng), "due")),
    ]
    for row, (label, value) in enumerate(details):
        first.put(4.9, 2.0 + row * 0.2, label, 9)
        first.put(_RIGHT, 2.0 + row * 0.2, value, 9, right=True)
    rows = items(p, rng, rng.randint(9, 12))
    split = rng.randint(6, len(rows) - 2)
    y = _table(first, p, 3.4, rows[:split], words)
    carry = round(sum(amount for *_, amount in rows[:split]), 2)
    first.put(4.9, y + 0.1, carried, 9, bold=True)
    first.put(_RIGHT, y + 0.1, p.number(carry), 9, bold=True, right=True)
    first.put(_RIGHT, 10.9, page_of.format(1, 2), 8, right=True)
    second.put(0.9, 0.7, f"{seller} · {words['invoice']} {w.number}", 9)
    second.put(_RIGHT, 0.7, page_of.format(2, 2), 8, right=True)
    second.put(4.9, 1.2, brought, 9, bold=True)
    second.put(_RIGHT, 1.2, p.number(carry), 9, bold=True, right=True)
    y = _table(second, p, 1.6, rows[split:], words)
    net = items_sum(p)
    rate = rng.choice((19, 20, 21))
    vat = round(net * rate / 100, 2)
    second.rule(4.9, y, _RIGHT, y)
    for label, value in ((words["net"], p.money(net)), (f"{words['vat']} {rate}%", p.money(vat))):
        second.put(4.9, y + 0.1, label, 9.5)
        second.put(_RIGHT, y + 0.1, value, 9.5, right=True)
        y += 0.24
    second.put(4.9, y + 0.15, words["total"], 11, bold=True)
    second.put(_RIGHT, y + 0.15, p.total(round(net + vat, 2)), 11, bold=True, right=True)
    second.put(0.9, y + 0.9, words["terms"], 9)
    return [first, second], w


def fax_with_cover(rng: random.Random) -> tuple[list[Sheet], Writer]:
    """A fax cover sheet, then the invoice it sends, on one page."""
    p = Printer(rng, pick_style(rng, ("uk", "us", "ie", "de")))
    w, words = p.w, VOCABULARY["en"]
    cover, page = Sheet(*_A4, family="sans"), Sheet(*_A4, family=rng.choice(("sans", "serif")))
    taken: set[str] = set()
    seller = firm(w, rng, taken)
    buyer = firm(w, rng, taken)
    issued = day_between(rng)
    sent = issued + dt.timedelta(days=rng.randint(1, 9))
    cover.put(0.9, 0.8, "FAX", 28, bold=True)
    fields = [
        ("To:", buyer), ("Attn:", person(w, rng, taken)), ("From:", seller),
        ("Date:", mark(f"{_COVER}issueDate", p.day(sent, None))),
        ("Pages:", "2 (including this page)"),
        ("Fax:", f"+44 20 7946 {rng.randint(1000, 9999)}"),
    ]  # fmt: skip
    for row, (label, value) in enumerate(fields):
        cover.put(0.9, 1.8 + row * 0.32, label, 11, bold=True)
        cover.put(2.1, 1.8 + row * 0.32, value, 11)
    cover.stack(
        0.9,
        4.0,
        ["Please find our invoice attached, as requested by phone.",
         "Kindly forward it to your accounts department.", "", "Regards,",
         person(w, rng, taken)],
        11,
    )  # fmt: skip
    w.vendor = seller
    page.put(0.9, 0.7, w.key("vendor", seller), 14, bold=True)
    page.stack(0.9, 1.0, address(rng), 8.5)
    page.put(_RIGHT, 0.7, "INVOICE", 18, bold=True, right=True)
    page.stack(0.9, 1.9, [buyer, *address(rng)], 10)
    w.number = f"{rng.randint(10000, 99999)}"
    details = [
        ("Invoice number", w.key("documentNumber", w.number)),
        ("Invoice date", p.day(issued, "issue")),
        ("Payment due", p.day(issued + days_later(rng), "due")),
    ]
    for row, (label, value) in enumerate(details):
        page.put(4.9, 1.9 + row * 0.2, label, 9)
        page.put(_RIGHT, 1.9 + row * 0.2, value, 9, right=True)
    y = _table(page, p, 3.2, items(p, rng, rng.randint(2, 5)), words)
    page.rule(4.9, y, _RIGHT, y)
    page.put(4.9, y + 0.12, f"Total {p.code()}", 11, bold=True)
    page.put(_RIGHT, y + 0.12, p.total(items_sum(p), mark=False), 11, bold=True, right=True)
    covered = Covered(**{f.name: getattr(w, f.name) for f in dataclass_fields(Writer)})
    covered.cover_dates = [("issue", sent.isoformat())]
    return [cover, page], covered


#: The mark name prefix of the cover sheet's own figures.
_COVER = "cover."


@dataclass
class Covered(Writer):
    """A document's writer and the dates of the cover sheet in front of it (a packet of
    two: the cover on page 1, the document on the pages after it)."""

    cover_dates: list[tuple[str, str]] = dataclass_field(default_factory=list)

    def packet(self, kind: str, pages: int, evidence: dict[str, Evidence]) -> Labels:
        """The packet's labels: the cover, a letter, then the document of ``kind``."""
        cover = Labels("letter", None, (), (), None, None, (), tuple(self.cover_dates))
        ours = [(k.removeprefix(_COVER), v) for k, v in evidence.items() if k.startswith(_COVER)]
        rest = [(k, v) for k, v in evidence.items() if not k.startswith(_COVER)]
        parts = [replace(cover, evidence=tuple(sorted(ours))),
                 replace(self.labels(kind), evidence=tuple(sorted(rest)))]  # fmt: skip
        sections = (Section((1, 1), parts[0]), Section((2, pages), parts[1]))
        return whole_labels(parts, sections)


def statement_over_pages(rng: random.Random) -> tuple[list[Sheet], Writer]:
    """A bank statement of two pages, each headed with the bank, the account and the page,
    the balance carried from the first page to the second."""
    p = Printer(rng, pick_style(rng, ("uk", "de", "nl", "us")))
    tongue = language(p, rng)
    w, words = p.w, VOCABULARY[tongue]
    page_of, carried, brought = _PAGES[tongue]
    bank = w.plain_org(rng.choice(("Fenland Mutual Bank", "Volksbank Isartal", "Rabo Dommel")))
    end = day_between(rng)
    w.number = f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    sheets = [Sheet(*_A4, family=rng.choice(("sans", "serif"))) for _ in range(2)]
    for index, sheet in enumerate(sheets):
        sheet.put(0.8, 0.6, bank, 14, bold=True)
        account = w.key("documentNumber", w.number) if index == 0 else w.number
        sheet.put(4.6, 0.65, words["account"], 8.5)
        sheet.put(_RIGHT, 0.65, account, 8.5, right=True)
        sheet.put(_RIGHT, 0.85, page_of.format(index + 1, 2), 8, right=True)
    first, second = sheets
    first.stack(0.8, 1.6, [person(w, rng, set()), *address(rng)], 10)
    first.put(4.6, 1.6, words["statement_date"], 8.5)
    first.put(_RIGHT, 1.6, p.day(end, "issue"), 8.5, right=True)
    balance = round(rng.uniform(800, 6000), 2)
    dates = sorted(end - dt.timedelta(days=rng.randint(1, 29)) for _ in range(rng.randint(12, 16)))
    split = len(dates) // 2 + 1
    y = _ledger_head(first, 2.7, words)
    first.put(1.9, y, f"{words['opening']} {p.money(balance)}", 9)
    balance, y = _ledger_rows(first, p, rng, dates[:split], (balance, y))
    first.put(4.6, y + 0.25, carried, 9, bold=True)
    first.put(_RIGHT, y + 0.25, p.number(balance), 9, bold=True, right=True)
    y = _ledger_head(second, 1.3, words)
    second.put(1.9, y, f"{brought} {p.number(balance)}", 9)
    balance, y = _ledger_rows(second, p, rng, dates[split:], (balance, y))
    second.rule(0.8, y + 0.15, _RIGHT, y + 0.15)
    second.put(4.6, y + 0.25, words["closing"], 10, bold=True)
    second.put(_RIGHT, y + 0.25, p.total(balance), 10, bold=True, right=True)
    return sheets, w


def receipt_sideways(rng: random.Random) -> tuple[list[Sheet], Writer]:
    """A till receipt: shop, items (a second line under one bought several times), the sum
    and the payment, to be photographed sideways."""
    p = Printer(rng, pick_style(rng, ("de", "nl", "uk", "us")))
    w, words = p.w, VOCABULARY[language(p, rng)]
    sheet = Sheet(3.15, 6.4, family=rng.choice(("mono", "sans")))
    shop = w.plain_org(rng.choice(("Hofladen Wiesengrund", "Bakker Bart", "Quayside Deli")))
    w.vendor = shop
    sheet.put(0.2, 0.3, w.key("vendor", shop), 11, bold=True)
    sheet.stack(0.2, 0.55, address(rng), 8)
    stamp = day_between(rng)
    sheet.put(0.2, 1.0, f"{p.day(stamp, 'issue')}  {rng.randint(7, 19)}:{rng.randint(10, 59)}", 8)
    y = 1.35
    for name in rng.sample(GOODS, rng.randint(3, 6)):
        qty = rng.choice((1, 1, 2, 3))
        unit = round(rng.uniform(0.8, 40), 2)
        amount = round(qty * unit, 2)
        sheet.put(0.2, y, name, 8.5)
        sheet.put(2.95, y, p.number(amount), 8.5, right=True)
        if qty > 1:
            y += 0.17
            sheet.put(0.4, y, f"{qty} x {p.number(unit)}", 8)
        p.item(name, qty if qty > 1 else None, unit if qty > 1 else None, amount)
        y += 0.2
    sheet.rule(0.2, y, 2.95, y)
    sheet.put(0.2, y + 0.08, f"{words['sum']} {p.code()}", 10.5, bold=True)
    sheet.put(2.95, y + 0.08, p.total(items_sum(p), mark=False), 10.5, bold=True, right=True)
    sheet.put(0.2, y + 0.4, words["card"], 8)
    sheet.put(0.2, y + 0.7, words["thanks"], 8)
    return [sheet], w


def _table(
    sheet: Sheet, p: Printer, y: float, rows: list[tuple[str, float, float, float]],
    words: dict[str, str],
) -> float:  # fmt: skip
    """The item table's header and ``rows`` from ``y``; the ``y`` below them."""
    columns = ((words["qty"], 4.6), (words["unit_price"], 6.0), (words["amount"], _RIGHT))
    sheet.put(0.9, y, words["description"], 9, bold=True)
    for label, x in columns:
        sheet.put(x, y, label, 9, bold=True, right=True)
    sheet.rule(0.9, y + 0.2, _RIGHT, y + 0.2)
    y += 0.3
    for name, qty, unit, amount in rows:
        sheet.put(0.9, y, name, 9.5)
        cells = (quantity_text(qty, p.style.european), p.number(unit), p.number(amount))
        for text, (_, x) in zip(cells, columns, strict=True):
            sheet.put(x, y, text, 9.5, right=True)
        y += 0.24
    return y


def _ledger_head(sheet: Sheet, y: float, words: dict[str, str]) -> float:
    """A statement's column headers between rules at ``y``; the ``y`` of the first row."""
    sheet.rule(0.8, y, _RIGHT, y)
    for index, (x, label) in enumerate(
        zip((0.8, 1.9, 6.2, _RIGHT), (words["date"], words["details"], words["debit"],
                                       words["credit"]), strict=True)
    ):  # fmt: skip
        sheet.put(x, y + 0.05, label, 9, bold=True, right=index >= 2)
    sheet.rule(0.8, y + 0.25, _RIGHT, y + 0.25)
    return y + 0.35


def _ledger_rows(
    sheet: Sheet, p: Printer, rng: random.Random, dates: list[dt.date], at: tuple[float, float]
) -> tuple[float, float]:
    """A statement's rows on ``dates``, debits and credits in their columns, from the
    ``(balance, y)`` before them; the balance and ``y`` after them."""
    balance, y = at
    for day in dates:
        y += 0.22
        value = round(rng.uniform(8, 1400), 2) * (1 if rng.random() < 0.3 else -1)
        detail = f"{rng.choice(('Direct debit', 'Transfer', 'Card'))} {rng.choice(GOODS)}"
        sheet.put(0.8, y, p.day(day, None), 9)
        sheet.put(1.9, y, detail, 9)
        sheet.put(6.2 if value < 0 else _RIGHT, y, p.number(abs(value)), 9, right=True)
        p.item(detail, None, None, abs(value))  # as printed: its column says which way
        balance = round(balance + value, 2)
    return balance, y


#: (kind, template, how each page is degraded, file format, resolution in dpi).
PLAN: tuple[tuple[str, Template, str, str, int], ...] = (
    ("invoice", invoice_over_pages, "skew", "pdf", 200),
    ("invoice", invoice_over_pages, "lowres", "pdf", 150),
    ("invoice", fax_with_cover, "fax", "pdf", 200),
    ("statement", statement_over_pages, "stamped", "pdf", 200),
    ("receipt", receipt_sideways, "sideways", "jpg", 220),
)


def build_scan_stacks(seed: str) -> list[Case]:
    """Each planned document twice: ``stacks-NN`` as pictures read by OCR, ``stacks-NN-pdf``
    as its text-PDF twin (same seed, same words, same places)."""
    cases = []
    for index, (kind, template, how, fmt, dpi) in enumerate(PLAN):
        rng = random.Random(f"{seed}-stacks-{index}")  # noqa: S311 - not for secrets
        sheets, writer = template(rng)
        labels = writer.labels(kind)
        layout = template.__name__.replace("_", "-")
        pdf, found = as_text_pdf(*sheets)
        evidence = tuple(sorted(found.items()))
        name = f"stacks-{index + 1:02d}"
        twin = replace(labels, evidence=evidence)
        if isinstance(writer, Covered):
            twin = writer.packet(kind, len(sheets), found)
        case_kind = "packet" if isinstance(writer, Covered) else kind
        cases.append(Case(f"{name}-pdf", case_kind, "pdf", layout, (), twin, data=pdf))
        pictures: list[Image] = []
        drawn: dict[str, Evidence] = {}
        for page, sheet in enumerate(sheets, start=1):
            image, marks = raster(sheet, dpi, page)
            pictures.append(
                _sideways(image, rng) if how == "sideways" else degraded(image, how, rng)
            )
            for key, value in marks.items():
                drawn.setdefault(key, value)
        data = encoded(pictures[0], fmt, rng, dpi) if fmt != "pdf" else image_pdf(pictures, dpi)
        scanned = replace(labels, evidence=tuple(sorted(drawn.items())))
        if isinstance(writer, Covered):
            scanned = writer.packet(kind, len(sheets), drawn)
        scan = Case(
            name, case_kind, fmt, f"{layout}-{how}", (), scanned,
            data=data, scanned=fmt == "pdf",
        )  # fmt: skip
        cases.append(scan)
    return cases


def _sideways(image: Image, rng: random.Random) -> Image:
    """A phone photo of the page taken with the phone turned: the photo, a quarter turn."""
    return degraded(image, "photo", rng).rotate(rng.choice((90, 270)), expand=True)


__all__ = ["PLAN", "build_scan_stacks"]
