"""Reading a stretch of pages: the whole file, or one document of a bundle.

A part is classified and its key figures read (with the offset each was read at, for its
evidence); a section adds its parties, vendor, line items, evidence and warnings. The file's
top level takes from its sections what belongs to the whole: its type (the first document's,
or the configured class's) and every section's dated events and parties.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workflow.analyzers.classify import classify
from workflow.analyzers.datecues import DELIVERY
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.docnumbers import po_misread
from workflow.analyzers.dollars import (
    day_first_in,
    figures_in_local_dollars,
    in_local_dollars,
    local_dollar,
)
from workflow.analyzers.dueterms import due_from_terms
from workflow.analyzers.entities import MAX_ENTITIES, MAX_PARTIES
from workflow.analyzers.figures import delivery_role, key_figures
from workflow.analyzers.inferred import infer_missing
from workflow.analyzers.merchants import with_merchant
from workflow.analyzers.money import find_amounts
from workflow.analyzers.number_labels import reminder
from workflow.analyzers.number_model import second_reading
from workflow.analyzers.parties import find_parties, merge_parties
from workflow.analyzers.reconcile import lowered
from workflow.analyzers.sections import unstamped
from workflow.analyzers.sellers import vendor_of
from workflow.analyzers.structured import structure

if TYPE_CHECKING:
    from docpipe.classes import Catalogue
    from workflow.analyzers.evidence import Citer
    from workflow.analyzers.number_model import Model
    from workflow.analyzers.paging import PageSpan


@dataclass(frozen=True, slots=True)
class Part:
    """The type, dates, amounts and key figures of a stretch of pages."""

    document_type: str
    confidence: float
    dates: list[dict[str, Any]]
    amounts: list[dict[str, Any]]
    figures: dict[str, Any]
    #: Offset in the analysed text each key figure was read at (for its evidence).
    where: dict[str, int]
    parties: list[dict[str, str]]

    @classmethod
    def read(
        cls,
        citer: Citer,
        spans: tuple[PageSpan, ...],
        classes: Catalogue,
        stamps: frozenset[str] = frozenset(),
        numbers: Model | None = None,
    ) -> Part:
        """The part over ``spans``, read without the lines a machine stamped on every page
        (``stamps``, :func:`~workflow.analyzers.sections.file_stamps`): a fax's time is not
        the date of the invoice it carries, nor its first line the invoice's letterhead.
        ``numbers``, when given, is the trained second reader of the document's number
        (:mod:`~workflow.analyzers.number_model`)."""
        start, end = spans[0].start, spans[-1].end
        if len(spans) == len(citer.paged.pages):
            start, end = 0, len(citer.paged.text)  # the whole text, between pages too
        text = unstamped(citer.paged.text[start:end], stamps)
        classification = classify(text, classes)
        document_type = classification.document_type
        dollar = local_dollar(text)  # "$" in Australia, Canada, New Zealand
        dates = dates_with_roles(text, day_first=day_first_in(dollar, text))
        amounts = in_local_dollars(find_amounts(text), dollar)
        where: dict[str, int] = {}
        figures = key_figures(text, document_type, dates, amounts, where)
        infer_missing(
            text, document_type, dates=dates, amounts=amounts, figures=figures, where=where
        )
        due_from_terms(text, document_type, figures, where)  # from an inferred issue date too
        delivered = delivery_role(text, document_type)
        for date in dates:
            if date["role"] == DELIVERY:
                # An order's due date, a delivery note's own date; to an invoice, whatever
                # else the day is ("Lieferdatum" and "fällig am" one day: its due date).
                date["role"] = delivered or date.get("also", (None,))[0]
        # A payment reminder's number is its own reference or none (the rules read it): the
        # invoices it chases and the payment's reference are never it.
        if numbers is not None and not reminder(text):
            second_reading(text, document_type, figures, where, numbers)
        if document_type == "purchase_order":
            _po_as_printed(citer, text, start, figures, where)
        figures_in_local_dollars(figures, dollar)
        for date in dates:
            date["offset"] += start
        parties = find_parties(text)
        if document_type == "receipt":
            parties = with_merchant(parties, text)
        vendor = vendor_of(document_type, parties, text)
        if vendor:
            figures["vendor"] = vendor
        return cls(
            document_type=document_type,
            confidence=classification.confidence,
            dates=dates,
            amounts=amounts,
            figures=figures,
            where={name: start + offset for name, offset in where.items()},
            parties=parties,
        )


def _po_as_printed(
    citer: Citer, text: str, start: int, figures: dict[str, Any], where: dict[str, int]
) -> None:
    """A purchase order's number whose "PO" OCR read as "P0" (a scanned or photographed
    page: its words carry the engine's confidence) is the number printed."""
    number = figures.get("documentNumber")
    fixed = po_misread(number) if isinstance(number, str) else None
    if number is None or fixed is None:
        return
    at = text.find(number, where.get("documentNumber", 0))
    if at == -1:
        return
    span = citer.paged.span_at(start + at)
    words = span.layout.words if span.layout is not None else ()
    if any(word.confidence is not None for word in words):
        figures["documentNumber"] = fixed
        where["documentNumber"] = at


def section(
    citer: Citer,
    spans: tuple[PageSpan, ...],
    classes: Catalogue,
    stamps: frozenset[str] = frozenset(),
    numbers: Model | None = None,
) -> tuple[dict[str, Any], Part]:
    """One document of a bundle as the analysis states it, and the part it was read from."""
    part = Part.read(citer, spans, classes, stamps, numbers)
    structured = structure(citer, spans, part.document_type, part.figures, part.where)
    return {
        "documentType": part.document_type,
        "pages": [spans[0].page, spans[-1].page],
        "confidence": lowered(part.confidence, structured.warnings),
        "keyFigures": part.figures,
        "lineItems": structured.line_items,
        "evidence": structured.evidence,
        "warnings": structured.warnings,
    }, part


def with_sections(
    analysis: dict[str, Any], sections: list[tuple[dict[str, Any], Part]], classes: Catalogue
) -> None:
    """The file's analysis told what its sections found. Its type is the first document's
    (the cover a reader meets first), unless a section is of a configured class with fields
    of its own (a claim form behind its cover letter is the claim the user set up); its dates
    (each with the role read within its own document) and parties are every section's."""
    shown = [entry for entry, _ in sections]
    configured = [
        entry for entry in shown if (cls := classes.get(entry["documentType"])) is not None
        and cls.store == "fields"
    ]  # fmt: skip
    lead = configured[0] if configured else shown[0]
    if lead["documentType"] != analysis["documentType"]:
        analysis["documentType"] = lead["documentType"]
        analysis["confidence"] = lead["confidence"]
        # A merchant taken from the file's first line stood for a receipt that it is not.
        analysis["entities"]["parties"] = [
            p for p in analysis["entities"]["parties"] if p["role"] != "merchant"
        ]
    dates: dict[str, dict[str, Any]] = {}
    for item in analysis["entities"]["dates"]:
        dates[item["value"]] = item
    for _, part in sections:
        for item in part.dates:
            known = dates.get(item["value"])
            if known is None or (known["role"] is None and item["role"] is not None):
                dates[item["value"]] = {
                    k: v for k, v in item.items() if k not in ("offset", "also")
                }
    analysis["entities"]["dates"] = list(dates.values())[:MAX_ENTITIES]
    # Each document's own reading first: it knows where that document's letterhead is.
    everyone = [
        *(p for _, part in sections for p in part.parties),
        *analysis["entities"]["parties"],
    ]
    analysis["entities"]["parties"] = merge_parties(everyone)[:MAX_PARTIES]
    analysis["sections"] = shown


__all__ = ["Part", "section", "with_sections"]
