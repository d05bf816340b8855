"""The structured part of an analysis: line items, evidence and warnings for a stretch of
pages, assembled from the table reader, the citer and the reconciliation checks.

Tables are read from the word boxes where pages have them (their cells sit where the words
are, and rows come with boxes), else from the text's lines; evidence cites the offset each
key figure was read at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workflow.analyzers.evidence import Citer, first_mention
from workflow.analyzers.paging import PageSpan
from workflow.analyzers.reconcile import reconcile
from workflow.analyzers.rows import Row, text_rows, word_rows
from workflow.analyzers.tables import LineItem, read_line_items

#: Document types whose tables are line items.
LINE_ITEM_TYPES = ("invoice", "receipt", "purchase_order", "statement")


@dataclass(frozen=True, slots=True)
class Structure:
    line_items: list[dict[str, Any]]
    evidence: dict[str, dict[str, Any]]
    warnings: list[str]


def structure(
    citer: Citer,
    spans: tuple[PageSpan, ...],
    document_type: str,
    figures: dict[str, Any],
    where: dict[str, int],
) -> Structure:
    """Line items (for the types that have them), evidence and warnings for ``spans``."""
    items = line_items(citer, spans) if document_type in LINE_ITEM_TYPES else []
    items = _price_reading(items, figures, document_type)
    evidence = figure_evidence(citer, figures, where, spans)
    rows = []
    for item in items:
        row = item.row
        cited = citer.cite_row(row.page, row.text, (row.start, row.end), row.bbox)
        rows.append({**item.to_json(), "evidence": cited.to_json()})
    return Structure(rows, evidence, reconcile(items, figures, document_type))


def _price_reading(
    items: list[LineItem], figures: dict[str, Any], document_type: str
) -> list[LineItem]:
    """Rows under a bare "Price" column read as unit prices, unless the rows add up to the
    totals only when each price is the row's amount."""
    if not any(item.as_amount for item in items):
        return items
    other = [item.as_amount or item for item in items]
    if _sums_fail(items, figures, document_type) and not _sums_fail(other, figures, document_type):
        return other
    return items


def _sums_fail(items: list[LineItem], figures: dict[str, Any], document_type: str) -> bool:
    return any(not w.startswith("line item ") for w in reconcile(items, figures, document_type))


def line_items(citer: Citer, spans: tuple[PageSpan, ...]) -> list[LineItem]:
    """The tables' rows on ``spans``: from word boxes where the pages have them, else (or
    when the boxes give none) from the text's lines."""
    if any(span.layout is not None and span.layout.words for span in spans):
        boxed: list[Row] = []
        for span in spans:
            if span.layout is not None and span.layout.words:
                boxed.extend(word_rows(span.layout))
            else:
                boxed.extend(_text_rows(citer, span))
        items = read_line_items(boxed)
        if items:
            return items
    lines = [row for span in spans for row in _text_rows(citer, span)]
    return read_line_items(lines)


def _text_rows(citer: Citer, span: PageSpan) -> list[Row]:
    return list(text_rows(citer.paged, span.start, span.end))


def figure_evidence(
    citer: Citer, figures: dict[str, Any], where: dict[str, int], spans: tuple[PageSpan, ...]
) -> dict[str, dict[str, Any]]:
    """``{figure: {page, text, bbox}}`` for every key figure found on ``spans``."""
    text = citer.paged.text
    first, last = spans[0].start, spans[-1].end
    evidence: dict[str, dict[str, Any]] = {}
    for name, value in figures.items():
        offset = where.get(name)
        if offset is None and isinstance(value, str):
            mention = first_mention(text[first:last], value)
            offset = None if mention is None else first + mention
        if offset is None:
            continue
        cited = citer.cite_figure(name, value, offset)
        if cited is not None:
            evidence[name] = cited.to_json()
    return evidence


__all__ = ["LINE_ITEM_TYPES", "Structure", "figure_evidence", "line_items", "structure"]
