"""The quayside author: business-to-business trade paperwork (forwarders, shipping lines,
customs brokers, wholesalers, subcontractors, labour hire, plant hire, fuel cards, print and
marketing agencies) from the US, UK, Australia, Singapore, the Emirates and Europe, written
and labelled by a reader who never saw the analyzer's rules.

Such papers print many numbers and dates beside their own; each template labels the one its
title names and the date it prints as due, as an accounts clerk would (see each module).
Documents are drawn by a shuffled deck of templates, so every template appears in each run of
its length, and rendered by weight: mostly born-digital, about one in six through OCR.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from testbed.evaluation.author_quayside_accounts import (
    agreement,
    quotation,
    reminder,
    remittance,
    statement,
)
from testbed.evaluation.author_quayside_agency import agency_invoice
from testbed.evaluation.author_quayside_air import air_invoice, courier_invoice
from testbed.evaluation.author_quayside_freight import customs_invoice, debit_note, freight_invoice
from testbed.evaluation.author_quayside_paper import Paper
from testbed.evaluation.author_quayside_site import (
    fuel_invoice,
    progress_claim,
    rental_invoice,
    timesheet_invoice,
)
from testbed.evaluation.author_quayside_style import LOCALES, Locale
from testbed.evaluation.author_quayside_trade import (
    commercial_invoice,
    credit_note,
    delivery_note,
    order_ack,
    proforma,
    purchase_order,
)
from testbed.evaluation.probe_sheets import sheet_case
from testbed.evaluation.truth import Case
from testbed.evaluation.variety_dues_print import Sheet

type Template = Callable[[random.Random, Locale], tuple[Sheet, Paper]]

#: The papers, by name.
TEMPLATES: dict[str, Template] = {
    "freight_invoice": freight_invoice, "customs_invoice": customs_invoice,
    "debit_note": debit_note, "commercial_invoice": commercial_invoice, "proforma": proforma,
    "credit_note": credit_note, "purchase_order": purchase_order, "order_ack": order_ack,
    "delivery_note": delivery_note, "progress_claim": progress_claim,
    "timesheet_invoice": timesheet_invoice, "rental_invoice": rental_invoice,
    "fuel_invoice": fuel_invoice, "statement": statement, "remittance": remittance,
    "reminder": reminder, "quotation": quotation, "agreement": agreement,
    "agency_invoice": agency_invoice,
    "air_invoice": air_invoice,
    "courier_invoice": courier_invoice,
}  # fmt: skip
#: Rendering -> weight: positioned PDFs as billing systems print them first, OCR about 16%.
RENDERINGS: dict[str, int] = {
    "pdf": 32, "pdf-flow": 10, "docx": 9, "html": 9, "md": 5, "txt": 8, "eml": 11,
    "pdf-scan": 8, "jpg": 8,
}  # fmt: skip
#: The draw the tests check covers every template and rendering.
DEFAULT_COUNT = 76


def planned(seed: int, count: int) -> list[tuple[str, str, Locale]]:
    """Each document's template, rendering and locale: templates by a reshuffled deck (a
    longer draw starts with the same documents)."""
    rng = random.Random(f"author-quayside-{seed}-plan")  # noqa: S311 - test data
    plan: list[tuple[str, str, Locale]] = []
    deck: list[str] = []
    for _ in range(count):
        if not deck:
            deck = list(TEMPLATES)
            rng.shuffle(deck)
        how = rng.choices(list(RENDERINGS), weights=list(RENDERINGS.values()))[0]
        plan.append((deck.pop(), how, rng.choice(LOCALES)))
    return plan


def build_quayside_documents(seed: int, count: int = DEFAULT_COUNT) -> list[Case]:
    """``count`` labelled trade papers drawn deterministically from ``seed``."""
    rng = random.Random(f"author-quayside-{seed}")  # noqa: S311 - test data
    cases = []
    for index, (name, how, loc) in enumerate(planned(seed, count)):
        sheet, paper = TEMPLATES[name](rng, loc)
        case_id = f"author-quayside-{seed}-{index:03d}"
        cases.append(sheet_case(case_id, sheet, paper.labels(), how, rng))
    return cases


__all__ = ["DEFAULT_COUNT", "RENDERINGS", "TEMPLATES", "build_quayside_documents", "planned"]
