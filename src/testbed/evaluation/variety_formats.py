"""Everyday commercial documents as they arrive rather than as designed PDFs, written without
reading the analyzer's rules (issue #18): the development set's check that key figures are
read whatever the format carrying them.

E-mails from shops, a marketplace, SaaS billing, an airline, a booking site, a utility, a
buyer and a tradesman, as ``.eml`` with a plain-text part, an HTML part (quoted-printable or
base64) or both (:mod:`testbed.evaluation.variety_formats_mail`); hosted invoice and receipt
pages whose details stand in nested layout tables, definition lists or a CSS grid of divs,
Markdown exports of note apps and wikis (properties, YAML front matter, pipe tables)
(:mod:`testbed.evaluation.variety_formats_pages`); fixed-width text of ERP exports, EDI
printouts, statements of account and till rolls, screenshots and phone photographs of
printouts (:mod:`testbed.evaluation.variety_formats_print`). The number stands in a subject, a
sentence, a title, a band of labels over values or a till's footer; dates are US, European,
ISO, CCYYMMDD, two-digit or written in six languages
(:mod:`testbed.evaluation.variety_formats_style`);
"Net 30" and "payable within 14 days" give the due date only where no date is printed, and
"Due on receipt" none. The files are drawn by :mod:`testbed.evaluation.variety_formats_files`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.corpus import Block, Case, with_evidence
from testbed.evaluation.photos import photographed
from testbed.evaluation.render import as_scan
from testbed.evaluation.truth import Evidence, printed_values, unmark
from testbed.evaluation.variety_formats_files import as_fixed, as_mail, as_md, as_page
from testbed.evaluation.variety_formats_mail import (
    flight_booking,
    hotel_booking,
    saas_billing,
    shipped_notice,
    shop_order,
)
from testbed.evaluation.variety_formats_pages import (
    credit_note,
    hosted_invoice,
    notes_invoice,
    po_mail,
    quote_mail,
    receipt_page,
    utility_ebill,
    wiki_po,
)
from testbed.evaluation.variety_formats_print import (
    account_statement,
    app_screenshot,
    edi_invoice,
    erp_invoice,
    till_receipt,
    trader_invoice,
)
from testbed.evaluation.variety_formats_style import Kit

type Generator = Callable[[random.Random, str], tuple[list[Block], Kit]]

#: (kind, generator, its cases' formats: ``eml-text|html|html64|both``, ``html-mailer|dl|grid``,
#: ``md-notion|yaml|wiki``, ``txt-erp|pos|edi``, ``png``/``jpg`` (``-pos``/``-erp``: of the
#: printout), ``pdf``).
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("receipt", shop_order, ("eml-both", "eml-html", "html-mailer", "eml-text", "eml-html64")),
    ("receipt", shipped_notice, ("eml-both", "eml-html", "html-mailer")),
    ("invoice", saas_billing, ("eml-both", "eml-html64", "html-dl", "png")),
    ("receipt", flight_booking, ("eml-html", "html-grid", "png")),
    ("receipt", hotel_booking, ("eml-both", "html-grid")),
    ("invoice", utility_ebill, ("eml-html", "eml-text", "html-mailer")),
    ("purchase_order", po_mail, ("eml-text", "eml-both")),
    ("other", quote_mail, ("eml-text", "md-notion")),
    ("invoice", hosted_invoice, ("html-dl", "html-grid", "html-mailer", "png", "html-dl")),
    ("receipt", receipt_page, ("html-grid", "png", "html-dl")),
    ("invoice", notes_invoice, ("md-notion", "md-yaml", "md-wiki")),
    ("purchase_order", wiki_po, ("md-wiki", "html-dl")),
    ("invoice", erp_invoice, ("txt-erp", "txt-erp", "jpg-erp", "png-erp")),
    ("receipt", till_receipt, ("txt-pos", "jpg-pos", "png-pos", "txt-pos")),
    ("invoice", edi_invoice, ("txt-edi", "txt-edi")),
    ("statement", account_statement, ("txt-erp", "md-wiki", "html-dl")),
    ("invoice", credit_note, ("eml-both", "html-mailer", "md-yaml")),
    ("receipt", app_screenshot, ("png", "png")),
    ("invoice", trader_invoice, ("jpg", "png")),
)


def build_variety_formats(seed: str) -> list[Case]:
    """The family's documents, each drawn in its format, named ``formats-<generator>-NN``."""
    cases: list[Case] = []
    for kind, generator, formats in PLAN:
        name = generator.__name__.replace("_", "-")
        for index, plan_fmt in enumerate(formats):
            rng = random.Random(f"{seed}-formats-{name}-{index}")  # noqa: S311 - not secrets
            fmt, _, style = plan_fmt.partition("-")
            blocks, kit = generator(rng, fmt)
            labels = kit.writer.labels(
                "receipt" if kind == "invoice" and _paid(generator, blocks) else kind
            )
            case = Case(
                case_id=f"formats-{name}-{index + 1:02d}",
                kind=labels.document_type,
                fmt=fmt,
                layout=f"{name}-{plan_fmt}",
                blocks=tuple(blocks),
                labels=labels,
            )
            cases.append(_drawn(case, style, rng))
    return cases


def _paid(generator: Generator, blocks: list[Block]) -> bool:
    """A SaaS billing mail that acknowledges a payment is a receipt, not an invoice."""
    return generator is saas_billing and any(
        kind == "title" and str(value).startswith("Receipt") for kind, value in blocks
    )


def _drawn(case: Case, style: str, rng: random.Random) -> Case:
    """The case with its file's bytes and the evidence of every marked value."""
    blocks = list(case.blocks)
    if case.fmt in ("png", "jpg"):
        if style:  # a printout: its fixed-width lines as printed
            blocks = [("lines", as_fixed(blocks, style))]
        if case.fmt == "jpg":
            data, found = photographed(tuple(blocks), rng, pdf=False)
        else:
            data, found = as_scan(tuple(blocks))
        evidence = tuple(sorted(found.items()))
        return replace(
            case, blocks=tuple(blocks), data=data, labels=replace(case.labels, evidence=evidence)
        )
    if case.fmt == "pdf":
        return with_evidence(case)
    if case.fmt == "eml":
        sent = next(
            (dt.date.fromisoformat(d) for r, d in case.labels.dates if r == "issue"),
            dt.date(2026, 1, 5),
        )
        data = as_mail(blocks, rng, sent, parts=style, style=rng.choice(("mailer", "dl", "grid")))
    elif case.fmt == "html":
        title = next((str(v) for k, v in blocks if k in ("title", "heading")), "Document")
        data = as_page(blocks, style, title).encode()
    elif case.fmt == "md":
        data = as_md(blocks, style).encode()
    else:
        lines = (unmark(line).rstrip() for line in as_fixed(blocks, style))
        data = ("\n".join(lines).rstrip() + "\n").encode()
    evidence = tuple(sorted((name, Evidence(1, None)) for name in printed_values(blocks)))
    return replace(case, data=data, labels=replace(case.labels, evidence=evidence))


__all__ = ["PLAN", "build_variety_formats"]
