"""The analyzer that needs nothing but the text: deterministic, offline, explainable."""

from __future__ import annotations

from typing import Any

from workflow.analyzers.classify import classify
from workflow.analyzers.entities import (
    MAX_PARTIES,
    find_amounts,
    find_dates,
    find_emails,
    find_parties,
)
from workflow.analyzers.figures import key_figures
from workflow.analyzers.language import guess_language
from workflow.analyzers.summary import MAX_SUMMARY_CHARS, summarize

#: A receipt's first line longer than this is not a shop name.
_MAX_MERCHANT_WORDS = 6
#: Text analysed, from the start; long documents state what they are early on.
MAX_ANALYZED_CHARS = 200_000


class OfflineAnalyzer:
    """:class:`~docpipe.ports.Analyzer` by keyword scoring, patterns and sentence ranking.

    The same text always gives the same analysis: no randomness, no clock, no I/O.
    """

    name = "offline"

    def analyze(self, text: str, *, media_type: str, filename: str) -> dict[str, Any]:
        text = text[:MAX_ANALYZED_CHARS]
        classification = classify(text)
        figures = key_figures(text)
        parties = find_parties(text)
        if classification.document_type == "receipt":
            parties = _with_merchant(parties, text)
        return {
            "analyzer": self.name,
            "documentType": classification.document_type,
            "confidence": classification.confidence,
            "summary": _summary(classification.document_type, figures, parties, text),
            "language": guess_language(text),
            "entities": {
                "dates": find_dates(text),
                "amounts": find_amounts(text),
                "parties": parties,
                "emails": find_emails(text),
            },
            "keyFigures": figures,
        }


def _with_merchant(parties: list[dict[str, str]], text: str) -> list[dict[str, str]]:
    """Receipts name the shop in their first line (and rarely anywhere else)."""
    if any(party["role"] in ("vendor", "merchant") for party in parties):
        return parties
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    words = first.split()
    if not 0 < len(words) <= _MAX_MERCHANT_WORDS or any(ch.isdigit() for ch in first):
        return parties
    return [{"name": first, "role": "merchant"}, *parties][:MAX_PARTIES]


def _summary(
    document_type: str, figures: dict[str, Any], parties: list[dict[str, str]], text: str
) -> str:
    """A one-line lead from the key figures (for documents that have them), then the
    extractive summary."""
    lead = _lead(document_type, figures, parties)
    body = summarize(text)
    if not lead:
        return body
    combined = f"{lead} {body}".strip()
    return combined if len(combined) <= MAX_SUMMARY_CHARS else lead


def _lead(document_type: str, figures: dict[str, Any], parties: list[dict[str, str]]) -> str:
    if document_type not in ("invoice", "receipt", "contract"):
        return ""
    by_role = {party["role"]: party["name"] for party in reversed(parties)}
    words = [document_type.capitalize()]
    if "invoiceNumber" in figures:
        words.append(str(figures["invoiceNumber"]))
    vendor = by_role.get("vendor") or by_role.get("provider") or by_role.get("merchant")
    customer = by_role.get("customer") or by_role.get("client")
    if vendor:
        words.append(f"from {vendor}")
    if customer:
        words.append(f"to {customer}")
    total = figures.get("total")
    if isinstance(total, dict):
        currency = f"{total['currency']} " if total.get("currency") else ""
        words.append(f"for {currency}{total['amount']:,.2f}")
    if "dueDate" in figures:
        words.append(f"due {figures['dueDate']}")
    if "effectiveDate" in figures:
        words.append(f"effective {figures['effectiveDate']}")
    return " ".join(words) + "." if len(words) > 1 else ""
