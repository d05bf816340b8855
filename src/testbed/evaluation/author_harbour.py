"""harbour's documents: everyday papers of the English-speaking world (the US, the UK,
Ireland, Canada, Australia, New Zealand, India, Singapore), written and labelled by an author
who never read the analyzer's rules, as a second opinion on which number and date a paper
means.

Every template writes a page (a :class:`~testbed.evaluation.variety_dues_print.Sheet`) and
the notes taken while writing it (a :class:`~testbed.evaluation.author_harbour_world.Draft`);
the page is then rendered the way such papers arrive, drawn by weight: mostly born-digital,
a minority through OCR.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.author_harbour_accounts import bank_statement, card_statement, utility_bill
from testbed.evaluation.author_harbour_bills import tax_invoice, trade_invoice, vat_invoice
from testbed.evaluation.author_harbour_debtors import payment_receipt, supplier_statement
from testbed.evaluation.author_harbour_ledger import credit_note, india_invoice
from testbed.evaluation.author_harbour_orders import proforma, purchase_order
from testbed.evaluation.author_harbour_papers import letter, minutes, service_agreement, tenancy
from testbed.evaluation.author_harbour_tills import (
    fuel_receipt,
    order_email,
    restaurant_bill,
    till_receipt,
)
from testbed.evaluation.author_harbour_world import Draft
from testbed.evaluation.probe_sheets import RENDERINGS as SHARED
from testbed.evaluation.probe_sheets import sheet_case
from testbed.evaluation.truth import Case
from testbed.evaluation.variety_dues_print import Sheet

#: A paper: a page and the notes taken while writing it.
type Template = Callable[[random.Random], tuple[Sheet, Draft]]

#: The papers, by name, with their weights (invoices and receipts are most of what arrives).
TEMPLATES: dict[str, tuple[Template, int]] = {
    "trade-invoice": (trade_invoice, 3),
    "vat-invoice": (vat_invoice, 3),
    "tax-invoice": (tax_invoice, 3),
    "india-invoice": (india_invoice, 2),
    "credit-note": (credit_note, 2),
    "proforma": (proforma, 1),
    "purchase-order": (purchase_order, 2),
    "till-receipt": (till_receipt, 2),
    "restaurant-bill": (restaurant_bill, 2),
    "fuel-receipt": (fuel_receipt, 2),
    "order-email": (order_email, 2),
    "payment-receipt": (payment_receipt, 1),
    "bank-statement": (bank_statement, 2),
    "card-statement": (card_statement, 2),
    "supplier-statement": (supplier_statement, 2),
    "utility-bill": (utility_bill, 3),
    "service-agreement": (service_agreement, 1),
    "tenancy": (tenancy, 1),
    "letter": (letter, 2),
    "minutes": (minutes, 1),
}


#: Rendering -> weight: the shared probes' mix, plus Markdown (notes and exports arrive so too);
#: scans and photographs stay about one in seven.
RENDERINGS: dict[str, int] = {**SHARED, "md": 6}


def build_harbour_documents(seed: int, count: int) -> list[Case]:
    """``count`` papers drawn from ``seed``: each template once and each rendering once
    before the weights take over, so a draw of a few dozen shows every kind and format."""
    rng = random.Random(f"author-harbour-{seed}")  # noqa: S311 - not for secrets
    names = list(TEMPLATES)
    hows = list(RENDERINGS)
    rng.shuffle(names)
    rng.shuffle(hows)
    cases = []
    for index in range(count):
        if index < len(names):
            name = names[index]
        else:
            name = rng.choices(list(TEMPLATES), weights=[w for _, w in TEMPLATES.values()])[0]
        how = (
            hows[index]
            if index < len(hows)
            else rng.choices(hows, weights=[RENDERINGS[h] for h in hows])[0]
        )
        paper = random.Random(f"author-harbour-{seed}-{index}")  # noqa: S311
        sheet, draft = TEMPLATES[name][0](paper)
        case = sheet_case(f"author-harbour-{seed}-{index:03d}", sheet, draft.labels(), how, paper)
        cases.append(replace(case, layout=f"{name}/{how}"))
    return cases


__all__ = ["RENDERINGS", "TEMPLATES", "build_harbour_documents"]
