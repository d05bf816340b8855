"""The receipts of the development set as point-of-sale systems, payment processors, payment
apps, chain-store tills, restaurants, card terminals and the tills of the dollar countries
print them, beside the bills the same software sends (:mod:`testbed.evaluation.receipt_mail`,
:mod:`testbed.evaluation.receipt_tills`), each drawn a few times from the seed in the formats
they arrive in: e-mails and web pages for what software sends, PDFs for what is downloaded,
till rolls as text, scans and phone photographs read back by OCR.
"""

from __future__ import annotations

from testbed.evaluation.boundary_cases import Generator, planned_cases
from testbed.evaluation.corpus import Case
from testbed.evaluation.receipt_mail import (
    invoice_email,
    payment_app,
    pos_email,
    processor_grid,
    utility_bill,
)
from testbed.evaluation.receipt_tills import (
    bewirtung,
    chain_till,
    dollar_till,
    restaurant_check,
    terminal_slip,
)

#: (kind, generator, the formats of its cases in order).
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("receipt", pos_email, ("eml", "html", "eml", "pdf", "eml", "html")),
    ("receipt", processor_grid, ("html", "pdf", "eml", "html", "pdf")),
    ("receipt", payment_app, ("eml", "html", "eml", "eml")),
    ("receipt", chain_till, ("txt", "png", "jpg", "txt", "pdf-scan")),
    ("receipt", restaurant_check, ("png", "txt", "jpg", "txt")),
    ("receipt", bewirtung, ("txt", "png", "jpg")),
    ("receipt", terminal_slip, ("txt", "png", "txt", "jpg", "txt", "png")),
    ("receipt", dollar_till, ("txt", "png", "pdf", "txt", "jpg")),
    ("invoice", invoice_email, ("eml", "html", "pdf")),
    ("invoice", utility_bill, ("pdf", "html", "eml")),
)


def build_receipt_sources(seed: str) -> list[Case]:
    """The cases, labelled by their generators and drawn once for their evidence."""
    return planned_cases(seed, "receipts", PLAN)


__all__ = ["PLAN", "build_receipt_sources"]
