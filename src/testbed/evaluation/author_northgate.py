"""northgate: papers from Northern and Eastern Europe, the Gulf and South Asia as they reach an
English-reading office, written and labelled by an author who never read the rules.

Nordic invoices, credit notes and payment reminders, Polish, Czech, Hungarian and Baltic
invoices printed bilingual with English, Gulf tax invoices, Indian GST invoices, South Asian
utility bills, bank and card statements, order confirmations by e-mail, board minutes and
leases (16 papers). Each prints several numbers and several dates, as real papers do, so
which one is the document's number and which the day to pay by is a question its reader
answers from the page.

The labels are this author's reading: the number printed beside the paper's own name for
itself ("Faktura nr", "Invoice No.", "Kreditnota nr", a minutes' meeting number, a reminder's
own reference), never a customer, order, payment-reference, card or e-Way Bill number, nor
the number of the invoice a credit note or reminder refers to; a due date only where a day
is printed (terms alone, such as "Netto 30 dagar" or "14 dni", give none); the total as the
amount the paper asks for (after a Swedish öre rounding, before the surcharge a utility bill
adds after its due date, a card statement's new balance, a reminder's fee included),
negative on credit notes and corrections, none on a bank statement; the issuer as the
vendor of a bill or a statement (the bank of its statement).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.author_northgate_accounts import bank_statement, card_statement
from testbed.evaluation.author_northgate_central import (
    baltic_invoice,
    czech_invoice,
    hungarian_invoice,
)
from testbed.evaluation.author_northgate_gulf import gulf_invoice
from testbed.evaluation.author_northgate_india import gst_invoice, utility_bill
from testbed.evaluation.author_northgate_mail import order_mail
from testbed.evaluation.author_northgate_nordic import nordic_credit, nordic_invoice
from testbed.evaluation.author_northgate_papers import board_minutes, lease
from testbed.evaluation.author_northgate_poland import polish_correction, polish_invoice
from testbed.evaluation.author_northgate_reminder import nordic_reminder
from testbed.evaluation.author_northgate_style import Book
from testbed.evaluation.probe_sheets import sheet_case
from testbed.evaluation.render import as_text
from testbed.evaluation.truth import Case
from testbed.evaluation.variety_dues_print import Sheet, sheet_blocks

#: A template: a page and what its reader takes from it.
type Template = Callable[[random.Random], tuple[Sheet, Book]]

#: The papers, by name.
TEMPLATES: dict[str, Template] = {
    "nordic-invoice": nordic_invoice,
    "nordic-credit": nordic_credit,
    "nordic-reminder": nordic_reminder,
    "polish-invoice": polish_invoice,
    "polish-correction": polish_correction,
    "czech-invoice": czech_invoice,
    "hungarian-invoice": hungarian_invoice,
    "baltic-invoice": baltic_invoice,
    "gulf-invoice": gulf_invoice,
    "gst-invoice": gst_invoice,
    "utility-bill": utility_bill,
    "bank-statement": bank_statement,
    "card-statement": card_statement,
    "order-mail": order_mail,
    "board-minutes": board_minutes,
    "lease": lease,
}

#: Rendering -> weight: mostly born-digital, about 15% read back by OCR (``pdf-scan``, ``jpg``).
#: ``pdf``: set at positions; ``pdf-flow``: the shared typesetter.
RENDERINGS: dict[str, int] = {
    "pdf": 32,
    "pdf-flow": 13,
    "docx": 10,
    "html": 10,
    "txt": 10,
    "eml": 10,
    "pdf-scan": 8,
    "jpg": 7,
}
#: The e-mailed papers arrive mostly as e-mail.
_MAILED = {"order-mail"}


def planned(seed: int, count: int) -> list[tuple[str, str]]:
    """The template and rendering of each of ``count`` documents: every template in turn (in
    an order shuffled each round), the renderings in proportion to their weights (largest
    remainders first), shuffled."""
    rng = random.Random(f"author-northgate-{seed}-plan")  # noqa: S311 - not secrets
    names = list(TEMPLATES)
    order: list[str] = []
    while len(order) < count:
        rng.shuffle(names)
        order.extend(names)
    total = sum(RENDERINGS.values())
    shares = {how: count * weight / total for how, weight in RENDERINGS.items()}
    hows = [how for how, share in shares.items() for _ in range(int(share))]
    by_remainder = sorted(shares, key=lambda how: int(shares[how]) - shares[how])
    hows += by_remainder[: count - len(hows)]
    rng.shuffle(hows)
    plan = []
    for name, how in zip(order[:count], hows, strict=True):
        plan.append(
            (name, "eml" if name in _MAILED and how != "eml" and rng.random() < 0.4 else how)
        )
    return plan


def _latin1(sheet: Sheet) -> bool:
    """Whether the shared typesetter's Helvetica can set every character of the page."""
    try:
        as_text(sheet_blocks(sheet)).encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def build_northgate_documents(seed: int, count: int) -> list[Case]:
    """``count`` northgate documents drawn deterministically from ``seed``."""
    rng = random.Random(f"author-northgate-{seed}")  # noqa: S311 - not secrets
    cases = []
    for index, (name, planned_how) in enumerate(planned(seed, count)):
        sheet, book = TEMPLATES[name](rng)
        how = planned_how
        if how == "pdf-flow" and not _latin1(sheet):
            how = "pdf"  # Helvetica has no ł, ř or ő: such a page is set with DejaVu
        case = sheet_case(f"author-northgate-{seed}-{index:03d}", sheet, book.labels(), how, rng)
        cases.append(replace(case, layout=f"{name}/{how}"))
    return cases


__all__ = ["RENDERINGS", "TEMPLATES", "build_northgate_documents", "planned"]
