"""Commercial documents as small-business and ERP software prints them, written without
reading the analyzer's rules (issue #18): the development set's check that the document
number and the dates are found whatever structure stands around them.

Invoices of US, UK and Irish accounting tools, web shop plugins and ERPs
(:mod:`testbed.evaluation.variety_prints_english`), of Germany, Austria and Switzerland
(:mod:`testbed.evaluation.variety_prints_german`), of France, Belgium, the Netherlands,
Spain, Italy and Portugal (:mod:`testbed.evaluation.variety_prints_europe`) and the Nordics
(:mod:`testbed.evaluation.variety_prints_nordic`);
credit notes, pro-forma invoices, order confirmations, delivery notes and purchase orders
(:mod:`testbed.evaluation.variety_prints_trade`). The number stands in the title line, in a
panel of several references of which only one is the document's own, in a ruled band of
labels over values, or again in the running header of the next pages; the dates among
order, delivery and service dates, the due date written out or given as terms in days.
PDFs are set at fixed places on the page as the software places them
(:mod:`testbed.evaluation.variety_prints_sheet`); the other formats flow the same parts.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.boundary_cases import drawn
from testbed.evaluation.commerce_cases import wrapped_rows
from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_prints_english import (
    erp_long,
    freshbooks,
    quickbooks,
    sage,
    stripe,
    wave,
    woocommerce,
    xero,
)
from testbed.evaluation.variety_prints_europe import (
    exact,
    facture,
    fatture,
    fatura,
    holded,
    moneybird,
    odoo,
)
from testbed.evaluation.variety_prints_german import austria, datev_long, lexoffice, sevdesk, swiss
from testbed.evaluation.variety_prints_nordic import nordic
from testbed.evaluation.variety_prints_sheet import Sheet, sheet_blocks, sheet_pdf
from testbed.evaluation.variety_prints_style import Pen
from testbed.evaluation.variety_prints_trade import (
    confirmation,
    credit_note,
    delivery_note,
    proforma,
    purchase_order,
)

type Print = Callable[[random.Random], tuple[Sheet, Pen]]

#: (kind, generator, the formats of its cases; ``-scan``: a scanned PDF, ``png``/``jpg``:
#: a scan or a photograph read by OCR).
PLAN: tuple[tuple[str, Print, tuple[str, ...]], ...] = (
    ("invoice", quickbooks, ("pdf", "pdf", "png", "docx")),
    ("invoice", xero, ("pdf", "pdf-scan", "html")),
    ("invoice", freshbooks, ("pdf", "pdf", "md")),
    ("invoice", wave, ("pdf", "txt")),
    ("invoice", sage, ("pdf", "txt", "pdf-scan")),
    ("invoice", stripe, ("pdf", "html")),
    ("invoice", woocommerce, ("pdf", "pdf")),
    ("invoice", erp_long, ("pdf", "pdf", "pdf")),
    ("invoice", lexoffice, ("pdf", "pdf", "docx")),
    ("invoice", sevdesk, ("pdf", "pdf-scan")),
    ("invoice", datev_long, ("pdf", "pdf")),
    ("invoice", austria, ("pdf", "txt")),
    ("invoice", swiss, ("pdf", "jpg")),
    ("invoice", facture, ("pdf", "pdf", "docx")),
    ("invoice", odoo, ("pdf", "html")),
    ("invoice", moneybird, ("pdf", "md")),
    ("invoice", exact, ("pdf", "pdf-scan")),
    ("invoice", holded, ("pdf", "txt")),
    ("invoice", fatture, ("pdf", "docx")),
    ("invoice", fatura, ("pdf",)),
    ("invoice", nordic, ("pdf", "pdf", "pdf", "png")),
    ("invoice", credit_note, ("pdf", "pdf", "pdf", "docx", "pdf-scan")),
    ("invoice", proforma, ("pdf", "html", "pdf")),
    ("other", confirmation, ("pdf", "pdf")),
    ("other", delivery_note, ("pdf", "txt", "jpg")),
    ("purchase_order", purchase_order, ("pdf", "pdf", "md", "docx")),
)


def build_variety_prints(seed: str) -> list[Case]:
    """The printed documents, labelled by their generators and drawn once for their
    evidence, named ``prints-<generator>-NN``."""
    cases: list[Case] = []
    for kind, generator, formats in PLAN:
        name = generator.__name__.replace("_", "-")
        for index, plan_fmt in enumerate(formats):
            rng = random.Random(f"{seed}-prints-{name}-{index}")  # noqa: S311 - not secrets
            sheet, pen = generator(rng)
            fmt = plan_fmt.removesuffix("-scan")
            blocks = sheet_blocks(sheet)
            case = Case(
                case_id=f"prints-{name}-{index + 1:02d}",
                kind=kind,
                fmt=fmt,
                layout=f"{name}-{sheet.layout}",
                blocks=tuple(wrapped_rows(blocks, inline=fmt in ("docx", "html", "pdf"))),
                labels=pen.w.labels(kind),
                scanned=plan_fmt.endswith("-scan"),
            )
            if plan_fmt == "pdf":
                data, found = sheet_pdf(sheet)
                evidence = tuple(sorted(found.items()))
                cases.append(
                    replace(case, data=data, labels=replace(case.labels, evidence=evidence))
                )
            else:
                cases.append(drawn(case, rng))
    return cases


__all__ = ["PLAN", "build_variety_prints"]
