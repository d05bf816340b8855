"""The independent author ``kitchen``: the paperwork a household and a freelancer keep in a
kitchen drawer (utility and phone bills, insurance renewals, medical and childcare invoices,
rent, a lease, a tradesman's duplicate-book invoice, e-mailed invoices, web-shop mails, till
and card slips, bank and card statements, a credit note, minutes, tax and council letters),
from the US, the UK, the euro area and Australia, each labelled as its author reads it.

Each paper arrives the way such a paper does: a bill as a PDF set at positions, a mail as an
e-mail or its page, a till slip photographed, the tradesman's invoice scanned; by weight, so
roughly one in six passes through OCR.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.author_kitchen_accounts import bank_statement, card_statement, credit_note
from testbed.evaluation.author_kitchen_bills import electricity, water
from testbed.evaluation.author_kitchen_care import childcare, medical, rent_invoice
from testbed.evaluation.author_kitchen_home import lease, tradesman
from testbed.evaluation.author_kitchen_letters import (
    council_tax,
    minutes,
    permit_letter,
    tax_letter,
)
from testbed.evaluation.author_kitchen_services import insurance_renewal, telecom
from testbed.evaluation.author_kitchen_shop import (
    card_slip,
    freelancer_email,
    order_confirmation,
    shipping_notice,
    supermarket,
)
from testbed.evaluation.probe_sheets import sheet_case
from testbed.evaluation.truth import Case, Labels
from testbed.evaluation.variety_dues_print import Sheet

type Template = Callable[[random.Random], tuple[Sheet, Labels]]

#: Printed papers: mostly PDFs, some Word files and web pages, a few scans and photographs.
_PAPER = {"pdf": 38, "pdf-flow": 15, "docx": 12, "html": 7, "txt": 5, "pdf-scan": 6, "jpg": 3}
#: Papers sent by mail: the e-mail itself, its page, its text, now and then printed out.
_MAIL = {"eml": 45, "html": 25, "txt": 15, "md": 5, "pdf-flow": 10}
#: Slips from a till or terminal: photographed, scanned, or their text typed up.
_SLIP = {"jpg": 30, "pdf-scan": 8, "txt": 45, "md": 17}
#: The duplicate-book invoice: a scan or a photograph, once in a while a copy typed up.
_BOOK = {"pdf-scan": 45, "jpg": 40, "docx": 15}

#: The papers, each with the renderings it arrives in (rendering -> weight).
TEMPLATES: tuple[tuple[str, Template, dict[str, int]], ...] = (
    ("electricity", electricity, _PAPER),
    ("water", water, _PAPER),
    ("telecom", telecom, _PAPER),
    ("insurance-renewal", insurance_renewal, _PAPER),
    ("bank-statement", bank_statement, _PAPER),
    ("card-statement", card_statement, _PAPER),
    ("credit-note", credit_note, {**_PAPER, "eml": 10}),
    ("medical", medical, _PAPER),
    ("childcare", childcare, {**_PAPER, "eml": 10}),
    ("rent-invoice", rent_invoice, {**_PAPER, "eml": 8}),
    ("lease", lease, {"pdf-flow": 45, "docx": 45, "pdf-scan": 10}),
    ("tradesman", tradesman, _BOOK),
    ("freelancer-email", freelancer_email, _MAIL),
    ("order-confirmation", order_confirmation, _MAIL),
    ("shipping-notice", shipping_notice, _MAIL),
    ("card-slip", card_slip, _SLIP),
    ("supermarket", supermarket, _SLIP),
    ("minutes", minutes, {"docx": 40, "pdf-flow": 30, "md": 15, "html": 15}),
    ("tax-letter", tax_letter, _PAPER),
    ("permit-letter", permit_letter, _PAPER),
    ("council-tax", council_tax, _PAPER),
)


def build_kitchen_documents(seed: int, count: int) -> list[Case]:
    """``count`` papers drawn from ``seed``: the templates taken in turn (in an order shuffled
    by the seed), each paper and its rendering drawn."""
    rng = random.Random(f"author-kitchen-{seed}")  # noqa: S311 - not secrets
    order = list(TEMPLATES)
    rng.shuffle(order)
    cases: list[Case] = []
    for index in range(count):
        name, template, weights = order[index % len(order)]
        paper_rng = random.Random(f"author-kitchen-{seed}-{index}")  # noqa: S311
        sheet, labels = template(paper_rng)
        how = paper_rng.choices(list(weights), weights=list(weights.values()))[0]
        case_id = f"author-kitchen-{seed}-{index:03d}"
        case = sheet_case(case_id, sheet, labels, how, paper_rng)
        cases.append(replace(case, layout=f"{name}/{how}"))
    return cases


__all__ = ["TEMPLATES", "build_kitchen_documents"]
