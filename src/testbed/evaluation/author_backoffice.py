"""The accounts-payable and office inbox of a mid-size company writing in English from the US,
the UK, Ireland, Canada, the Netherlands and the Nordics: supplier invoices, receipts from
expense claims, purchase orders, remittances, reminders, statements, agreements, minutes and
memos, written and labelled by an author who never read the analyzer's rules.

Each template returns a :class:`~testbed.evaluation.variety_dues_print.Sheet` (a page laid out
the way billing and ERP systems print it) and the labels a careful bookkeeper reads from it.
The templates are dealt round by round so every one turns up in a small draw; the rendering
is drawn by weight, about one in seven through OCR (a scanned PDF or a photograph).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.author_backoffice_accounts import (
    dunning_final,
    dunning_first,
    supplier_statement,
)
from testbed.evaluation.author_backoffice_cloud import (
    cloud_invoice,
    credit_memo,
    saas_invoice,
    saas_receipt,
)
from testbed.evaluation.author_backoffice_freight import (
    courier_invoice,
    customs_notice,
    freight_invoice,
)
from testbed.evaluation.author_backoffice_goods import goods_invoice
from testbed.evaluation.author_backoffice_orders import erp_po, proforma_invoice, remittance_advice
from testbed.evaluation.author_backoffice_papers import agreement, memo, minutes
from testbed.evaluation.author_backoffice_travel import eticket_receipt, hotel_folio
from testbed.evaluation.boundary_cases import drawn
from testbed.evaluation.probe_sheets import sheet_case
from testbed.evaluation.truth import Case, Labels, unmark
from testbed.evaluation.variety_dues_print import Sheet, sheet_blocks

#: One paper: its page and its labels, drawn from the generator.
type Template = Callable[[random.Random], tuple[Sheet, Labels]]

#: The papers, by name.
TEMPLATES: dict[str, Template] = {
    "saas_invoice": saas_invoice,
    "cloud_invoice": cloud_invoice,
    "saas_receipt": saas_receipt,
    "credit_memo": credit_memo,
    "goods_invoice": goods_invoice,
    "freight_invoice": freight_invoice,
    "courier_invoice": courier_invoice,
    "customs_notice": customs_notice,
    "hotel_folio": hotel_folio,
    "eticket_receipt": eticket_receipt,
    "erp_po": erp_po,
    "proforma_invoice": proforma_invoice,
    "remittance_advice": remittance_advice,
    "dunning_first": dunning_first,
    "dunning_final": dunning_final,
    "supplier_statement": supplier_statement,
    "agreement": agreement,
    "minutes": minutes,
    "memo": memo,
}

#: Rendering -> weight: born-digital mostly; ``pdf-scan``, ``jpg`` and ``png`` are read by OCR.
RENDERINGS: dict[str, int] = {
    "pdf": 30,
    "pdf-flow": 14,
    "docx": 10,
    "html": 10,
    "txt": 9,
    "md": 5,
    "eml": 9,
    "pdf-scan": 7,
    "jpg": 6,
    "png": 3,
}

#: How many documents a draw has unless asked otherwise (the bench's share of 600 among four).
DEFAULT_COUNT = 150


def build_backoffice_documents(seed: int, count: int = DEFAULT_COUNT) -> list[Case]:
    """``count`` documents drawn from ``seed``: the same arguments give the same documents."""
    rng = random.Random(f"author-backoffice-{seed}")  # noqa: S311 - not for secrets
    names = list(TEMPLATES)
    hows = list(RENDERINGS)
    deck: list[str] = []
    cases: list[Case] = []
    for index in range(count):
        if not deck:
            deck = rng.sample(names, len(names))
        name = deck.pop()
        how = rng.choices(hows, weights=[RENDERINGS[h] for h in hows])[0]
        sheet, labels = TEMPLATES[name](rng)
        case_id = f"author-backoffice-{seed}-{index:03d}"
        if how == "eml" and not any(role == "issue" for role, _ in labels.dates):
            how = "html"  # an e-mail's Date header would be a day the paper never names
        if how == "eml" and labels.vendor is None:
            case = drawn(_mailed(case_id, sheet, labels), rng)
        else:
            case = sheet_case(case_id, sheet, labels, how, rng)
        cases.append(replace(case, layout=f"{name}/{how}"))
    return cases


def _mailed(case_id: str, sheet: Sheet, labels: Labels) -> Case:
    """A paper nobody sells by (a memo, minutes, a remittance) as the e-mail its writer sends:
    from its first person or organisation to the other party's inbox."""
    writer = labels.people[0] if labels.people else labels.organizations[0]
    home = _slug(labels.organizations[0])
    to = f"inbox@{_slug(labels.organizations[-1])}.example"
    blocks = sheet_blocks(sheet)
    subject = next((unmark(v) for k, v in blocks if k in ("title", "heading")), None)
    subject = subject or unmark(sheet.head[-1] if sheet.head else labels.document_type)
    head = [("From", f"{writer} <{_slug(writer)}@{home}.example>"), ("To", to),
            ("Subject", subject)]  # fmt: skip
    return Case(case_id, labels.document_type, "eml", "eml", (("kv", head), *blocks), labels)


def _slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())[:20]


__all__ = ["DEFAULT_COUNT", "RENDERINGS", "TEMPLATES", "build_backoffice_documents"]
