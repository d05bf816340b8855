"""The boundary documents of the development set as files (issue #18's document typing):
every generator of :mod:`testbed.evaluation.boundary_online`,
:mod:`testbed.evaluation.boundary_travel`, :mod:`testbed.evaluation.boundary_tills` and
:mod:`testbed.evaluation.boundary_paper`, drawn a few times from the seed, each in formats
such documents arrive in (e-mails and web pages for what a web shop sends, PDFs and DOCX for
papers, till slips as text and as a scan or a phone photograph read back by OCR).

The kind of each is what a reader files it under among the built-in classes
(``classes.default.yaml``): order, shipping, payment, renewal, refund and booking
confirmations are receipts; a paid invoice, a pro-forma invoice and a credit note are
invoices; a supplier's statement of account is a statement; a quotation and a delivery note
are ``other`` (no built-in class names them).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import replace

from testbed.evaluation.boundary_online import (
    council_payment,
    marketplace_order,
    refund,
    renewal,
    shipped_notice,
    shop_order,
)
from testbed.evaluation.boundary_paper import (
    account_statement,
    credit_note,
    delivery_note,
    gift_letter,
    proforma,
    quotation,
    settled_invoice,
)
from testbed.evaluation.boundary_tills import grocery, pharmacy
from testbed.evaluation.boundary_travel import event_tickets, flight, rail
from testbed.evaluation.commerce_cases import aligned_text, as_email, wrapped_rows
from testbed.evaluation.corpus import Block, Case, Writer, with_evidence
from testbed.evaluation.photos import photographed
from testbed.evaluation.truth import Evidence, printed_values, unmark

type Generator = Callable[[random.Random], tuple[list[Block], Writer]]

#: (kind, generator, the formats of its cases in order).
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("receipt", shop_order, ("eml", "html", "eml", "eml", "html", "eml")),
    ("receipt", shipped_notice, ("eml", "html")),
    ("receipt", marketplace_order, ("html", "pdf")),
    ("receipt", council_payment, ("pdf", "html")),
    ("receipt", renewal, ("eml", "pdf", "eml")),
    ("receipt", refund, ("eml", "html")),
    ("receipt", flight, ("pdf", "pdf", "eml")),
    ("receipt", rail, ("pdf", "html")),
    ("receipt", event_tickets, ("eml", "pdf")),
    ("receipt", pharmacy, ("txt", "png", "txt")),
    ("receipt", grocery, ("txt", "jpg", "txt")),
    ("receipt", gift_letter, ("docx", "pdf")),
    ("invoice", settled_invoice, ("pdf", "docx")),
    ("invoice", proforma, ("pdf", "docx")),
    ("invoice", credit_note, ("pdf", "docx", "txt")),
    ("statement", account_statement, ("pdf", "html")),
    ("other", quotation, ("pdf", "docx", "md")),
    ("other", delivery_note, ("pdf", "txt")),
)


def build_boundaries(seed: str) -> list[Case]:
    """The boundary cases, labelled by their generators and drawn once for their evidence."""
    return planned_cases(seed, "boundary", PLAN)


def planned_cases(
    seed: str, prefix: str, plan: Sequence[tuple[str, Generator, tuple[str, ...]]]
) -> list[Case]:
    """Each generator of ``plan`` once per format it names (``-scan``: scanned), its case
    named ``<prefix>-<generator>-NN``, labelled by it and drawn once for its evidence."""
    cases: list[Case] = []
    for kind, generator, formats in plan:
        name = generator.__name__.replace("_", "-")
        for index, plan_fmt in enumerate(formats):
            rng = random.Random(f"{seed}-{prefix}-{name}-{index}")  # noqa: S311 - not secrets
            blocks, writer = generator(rng)
            fmt = plan_fmt.removesuffix("-scan")
            case = Case(
                case_id=f"{prefix}-{name}-{index + 1:02d}",
                kind=kind,
                fmt=fmt,
                layout=name,
                blocks=tuple(wrapped_rows(blocks, inline=fmt in ("docx", "html"))),
                labels=writer.labels(kind),
                scanned=plan_fmt.endswith("-scan"),
            )
            cases.append(drawn(case, rng))
    return cases


def drawn(case: Case, rng: random.Random) -> Case:
    """The case with its file's bytes where the shared renderer does not make them (scans and
    photographs, aligned text, e-mail) and the evidence of every marked value."""
    if case.scanned or case.fmt == "jpg":
        data, found = photographed(case.blocks, rng, pdf=case.scanned)
        evidence = tuple(sorted(found.items()))
        return replace(case, data=data, labels=replace(case.labels, evidence=evidence))
    if case.fmt not in ("txt", "eml"):
        return with_evidence(case)
    issued = next(
        (dt.date.fromisoformat(day) for role, day in case.labels.dates if role == "issue"),
        dt.date(2026, 1, 5),
    )
    text = aligned_text(case.blocks)
    data = (as_email(_headed(case), rng, issued) if case.fmt == "eml" else text).encode()
    evidence = tuple(sorted((name, Evidence(1, None)) for name in printed_values(case.blocks)))
    return replace(case, data=data, labels=replace(case.labels, evidence=evidence))


def _headed(case: Case) -> tuple[Block, ...]:
    """The blocks of an e-mail with its headers first: a document written without them is
    sent by its vendor, its first heading as the subject."""
    first = case.blocks[0]
    if first[0] == "kv" and {label for label, _ in first[1]} >= {"From", "Subject"}:
        return case.blocks
    vendor = case.labels.vendor or "Customer service"
    sender = "".join(ch for ch in vendor.lower() if ch.isalnum())[:20]
    subject = next(
        (unmark(value) for kind, value in case.blocks if kind in ("title", "heading")), vendor
    )
    head = [("From", f"{vendor} <noreply@{sender}.example>"), ("To", "me@post.example"),
            ("Subject", subject)]  # fmt: skip
    return (("kv", head), *case.blocks)


__all__ = ["PLAN", "Generator", "build_boundaries", "drawn", "planned_cases"]
