"""The mainstreet author: the papers of North American, British, Irish, Australian and New
Zealand small businesses, professionals and non-profits (a plumber's invoice, a law firm's
bill, a patient statement, a card statement, a rent invoice, a board's minutes...), written
and labelled by a reader who never saw the analyzer's rules, as a second opinion on which
number, total and dates a paper means.

Each template (in the ``author_mainstreet_*`` modules) writes one paper as a
:class:`~testbed.evaluation.variety_dues_print.Sheet` and its labels; the builder draws the
templates in turn and the rendering by weight, about one in seven through OCR.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from testbed.evaluation.author_mainstreet_accounts import payment_reminder, supplier_statement
from testbed.evaluation.author_mainstreet_civic import agreement, minutes
from testbed.evaluation.author_mainstreet_money import (
    bank_statement,
    card_statement,
    donation_receipt,
)
from testbed.evaluation.author_mainstreet_office import law_bill, patient_statement
from testbed.evaluation.author_mainstreet_orders import order_email, purchase_order
from testbed.evaluation.author_mainstreet_property import (
    explanation_of_benefits,
    rent_invoice,
    tenant_ledger,
)
from testbed.evaluation.author_mainstreet_trade import contractor_invoice, credit_memo, estimate
from testbed.evaluation.probe_sheets import sheet_case
from testbed.evaluation.truth import Case, Labels
from testbed.evaluation.variety_dues_print import Sheet

type Template = Callable[[random.Random], tuple[Sheet, Labels]]

#: The papers, by name.
TEMPLATES: dict[str, Template] = {
    "agreement": agreement,
    "bank_statement": bank_statement,
    "card_statement": card_statement,
    "contractor_invoice": contractor_invoice,
    "donation_receipt": donation_receipt,
    "explanation_of_benefits": explanation_of_benefits,
    "minutes": minutes,
    "rent_invoice": rent_invoice,
    "supplier_statement": supplier_statement,
    "tenant_ledger": tenant_ledger,
    "credit_memo": credit_memo,
    "estimate": estimate,
    "law_bill": law_bill,
    "order_email": order_email,
    "patient_statement": patient_statement,
    "payment_reminder": payment_reminder,
    "purchase_order": purchase_order,
}
#: Rendering -> cards in a deck of 100, dealt in shuffled rounds: mostly born-digital, 15 in
#: 100 scanned or photographed, and every hundred documents hold each rendering.
RENDERINGS: dict[str, int] = {
    "pdf": 28, "pdf-flow": 14, "docx": 10, "html": 10, "txt": 9, "md": 5, "eml": 9,
    "pdf-scan": 8, "jpg": 7,
}  # fmt: skip
#: Papers that mostly arrive as e-mail.
_MAILED = frozenset({"order_email"})
#: How many documents the tests draw.
DEFAULT_COUNT = 100


def build_mainstreet_documents(seed: int, count: int) -> list[Case]:
    """``count`` papers drawn from ``seed``: templates and renderings each dealt in shuffled
    rounds, so every paper occurs and the renderings keep :data:`RENDERINGS`' proportions."""
    rng = random.Random(f"author-mainstreet-{seed}")  # noqa: S311 - not for secrets
    names = list(TEMPLATES)
    cases: list[Case] = []
    order: list[str] = []
    deck = [how for how, cards in RENDERINGS.items() for _ in range(cards)]
    hand: list[str] = []
    for index in range(count):
        if not order:
            order = rng.sample(names, len(names))
        name = order.pop()
        sheet, labels = TEMPLATES[name](rng)
        if not hand:
            hand = rng.sample(deck, len(deck))
        how = hand.pop()
        if name in _MAILED and how not in ("pdf-scan", "jpg") and rng.random() < 0.6:
            how = "eml"
        case_id = f"author-mainstreet-{seed}-{index:03d}"
        cases.append(sheet_case(case_id, sheet, labels, how, rng))
    return cases


__all__ = ["DEFAULT_COUNT", "RENDERINGS", "TEMPLATES", "build_mainstreet_documents"]
