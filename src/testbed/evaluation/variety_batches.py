"""Batches of papers as they reach a claims handler, an accounts-payable clerk or a letting
agent in one PDF, written without reading the analyzer's rules (issue #18): the development
set's next check that its splitting of packets generalises.

An insurance claim (the claimant's letter, the insurer's form, the garage's invoice, till and
cab receipts, a sheet of photographs), an expense claim with its receipts scanned behind it
(a duplex scanner's blank backs among them), a tenancy or mortgage application (payslips of one
employer and statements of one bank back to back, a reference), one supplier's invoices in a
row, its invoice with the delivery note and the statement of account, a fax with its cover
sheet and the machine's line on every page, an e-mail printed with its attachments behind it,
an insurer's letter with the adjuster's report and the invoices it encloses. Later pages carry
a running header, ``Page 2 of 3``, ``continued``, a sum carried forward, or nothing; page
numbers restart or are absent. Beside them, long single documents (statements, contracts with
a schedule, invoices, minutes, reports, letters) that must stay whole. Files are typed PDFs,
scanned PDFs read by OCR, or typed with the receipts and forms scanned in
(:mod:`testbed.evaluation.variety_batches_recipes` writes the contents).
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.corpus import Block, Case, Labels, Section
from testbed.evaluation.packets import whole_labels
from testbed.evaluation.render import as_text
from testbed.evaluation.truth import Evidence, prefixed, unmark
from testbed.evaluation.typeset import as_pdf
from testbed.evaluation.variety_batches_long import LONG
from testbed.evaluation.variety_batches_recipes import PACKETS, Batch
from testbed.evaluation.variety_batches_scan import scanned
from testbed.evaluation.variety_batches_words import ADDRESSEES, PEOPLE

#: How a file's pages reach the PDF: all typed, all scanned, or each as its paper came.
MODES = ("pdf", "scan", "mixed")


def build_variety_batches(seed: str) -> list[Case]:
    """Every recipe once per mode it lists, named ``batches-<recipe>-NN``."""
    cases: list[Case] = []
    for name, recipe, modes in (*PACKETS, *LONG):
        for index, mode in enumerate(modes):
            rng = random.Random(f"{seed}-batches-{name}-{index}")  # noqa: S311 - not secrets
            cases.append(
                batch_case(f"batches-{name}-{index + 1:02d}", name, recipe(rng), mode, rng)
            )
    return cases


def named(batch: Batch) -> Batch:
    """``batch`` with every person and every organisation without a legal form that a
    document prints labelled as its party (an addressee, a customer, an account holder)."""
    for doc in batch.docs:
        text = " ".join(unmark(as_text(page)) for page in doc.pages)
        for person in PEOPLE:
            if person in text:
                doc.writer.person(person)
        for name in ADDRESSEES:
            if name in text:
                doc.writer.plain_org(name)
    return batch


def batch_case(case_id: str, layout: str, batch: Batch, mode: str, rng: random.Random) -> Case:
    """One file of ``batch``'s documents, each section labelled with its pages and figures;
    a single document is labelled as itself (no sections)."""
    pages: list[tuple[bool, list[Block]]] = []
    ranges: list[tuple[int, int]] = []
    for index, doc in enumerate(batch.docs):
        scan = mode == "scan" or (mode == "mixed" and doc.scan)
        first = len(pages) + 1
        marked = doc.pages if len(batch.docs) == 1 else prefixed(doc.pages, f"{index}.")
        pages += [(scan, list(page)) for page in marked]
        pages += [(scan, _BLANK if scan else _LEFT_BLANK)] * batch.blanks.get(index, 0)
        ranges.append((first, len(pages)))
    if batch.stamp:
        pages = [
            (scan, [("lines", [batch.stamp(n + 1, len(pages))]), *page])
            for n, (scan, page) in enumerate(pages)
        ]
    blocks: list[Block] = []
    for number, (_, page) in enumerate(pages):
        blocks += [("break", None), *page] if number else page
    data, evidence = _drawn(pages, blocks, rng)
    scanned = any(scan for scan, _ in pages)
    first_kind = batch.docs[0].kind
    if len(batch.docs) == 1:
        labels = replace(
            batch.docs[0].writer.labels(first_kind), evidence=tuple(sorted(evidence.items()))
        )
    else:
        sections = tuple(
            Section(span, replace(doc.writer.labels(doc.kind), evidence=_own(evidence, f"{i}.")))
            for i, (doc, span) in enumerate(zip(batch.docs, ranges, strict=True))
        )
        labels = whole_labels([s.labels for s in sections], sections)
    return Case(
        case_id=case_id,
        kind=first_kind if len(batch.docs) == 1 else "packet",
        fmt="pdf",
        layout=layout,
        blocks=tuple(blocks),
        labels=labels,
        data=data if scanned else None,
        scanned=scanned,
    )


#: A page the scanner took of a blank back: no ink but the paper's.
_BLANK: list[Block] = [("lines", [" "] * 40)]
#: A typed page left blank, as print shops and document systems mark it.
_LEFT_BLANK: list[Block] = [("para", "This page is intentionally left blank.")]


def _own(evidence: dict[str, Evidence], prefix: str) -> tuple[tuple[str, Evidence], ...]:
    return tuple(
        sorted((k.removeprefix(prefix), e) for k, e in evidence.items() if k.startswith(prefix))
    )


def _drawn(
    pages: list[tuple[bool, list[Block]]], blocks: list[Block], rng: random.Random
) -> tuple[bytes, dict[str, Evidence]]:
    """Typed runs of pages set as PDF, scanned pages drawn as pictures, merged in order."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - bench only

    if not any(scan for scan, _ in pages):
        data, found, _, count = as_pdf(blocks)
        assert count == len(pages), f"{count} pages set for {len(pages)}"
        return data, found
    writer = PdfWriter()
    evidence: dict[str, Evidence] = {}
    run: list[Block] = []
    run_pages = 0

    def take(data: bytes, found: dict[str, Evidence]) -> None:
        offset = len(writer.pages)
        for name, ev in found.items():
            evidence.setdefault(name, Evidence(ev.page + offset, ev.bbox))
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)

    for scan, page in [*pages, (True, [])]:
        if not scan:
            run += [("break", None), *page] if run_pages else page
            run_pages += 1
            continue
        if run_pages:
            data, found, _, count = as_pdf(run)
            assert count == run_pages, f"{count} pages set for {run_pages}"
            take(data, found)
            run, run_pages = [], 0
        if page:
            take(*scanned(page, rng))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue(), evidence


type Recipe = Callable[[random.Random], Batch]

__all__ = ["MODES", "Labels", "batch_case", "build_variety_batches"]
