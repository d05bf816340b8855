"""Checking line items against each other and against the document's totals.

A reader checks an invoice by arithmetic: each row's quantity times unit price is its
amount, and the rows add up to the subtotal (or, with the tax, to the total). A table read
wrongly, or a document that does not add up, fails one of these; each failure is said in
words (``analysis.warnings``) and lowers the analysis's confidence, so a review gate can hold
the job for a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workflow.analyzers.numbers import close
from workflow.analyzers.tables import LineItem

#: Confidence kept per kind of mismatch found (rows, sums): 0.75 then 0.56.
_PENALTY = 0.75
#: Types whose rows add up to a total (a statement's rows move a balance instead).
_SUMMED_TYPES = ("invoice", "receipt", "purchase_order")


def reconcile(items: Sequence[LineItem], figures: dict[str, Any], document_type: str) -> list[str]:
    """What does not add up, one sentence each (empty when everything does)."""
    warnings: list[str] = []
    for number, item in enumerate(items, start=1):
        product = item.expected
        if product is None or item.quantity is None or item.unit_price is None:
            continue
        if not close(product, item.amount):
            less = f" less {item.discount:g}%" if item.discount else ""
            warnings.append(
                f"line item {number} ({item.description[:40]}): {item.quantity:g} x "
                f"{item.unit_price:,.2f}{less} is {product:,.2f}, not the {item.amount:,.2f} "
                "printed"
            )
    if items and document_type in _SUMMED_TYPES:
        warnings.extend(_sum_warnings(items, figures))
    return warnings


def _sum_warnings(items: Sequence[LineItem], figures: dict[str, Any]) -> list[str]:
    rows = round(sum(item.amount for item in items), 2)
    subtotal, total, tax = (_amount(figures.get(key)) for key in ("subtotal", "total", "tax"))
    if subtotal is not None:
        if close(rows, subtotal):
            return []
        return [f"line items add up to {rows:,.2f}, the subtotal printed is {subtotal:,.2f}"]
    if total is None or close(rows, total) or (tax is not None and close(rows + tax, total)):
        return []
    return [f"line items add up to {rows:,.2f}, the total printed is {total:,.2f}"]


def _amount(value: object) -> float | None:
    if isinstance(value, dict) and isinstance(value.get("amount"), int | float):
        return float(value["amount"])
    return None


def lowered(confidence: float, warnings: Sequence[str]) -> float:
    """``confidence`` after ``warnings``: each kind of mismatch (rows, sums) costs a share."""
    kinds = {"rows" if warning.startswith("line item ") else "sums" for warning in warnings}
    return round(confidence * _PENALTY ** len(kinds), 2)


__all__ = ["lowered", "reconcile"]
