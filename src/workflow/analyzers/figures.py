"""Key figures: the few labelled values a reader looks for first (invoice number, total,
due date), read from "Label: value" lines the way people lay documents out."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from workflow.analyzers.entities import find_amounts, find_dates, parse_number

#: Total labels, most specific first: an "Amount due" beats a plain "Total" line.
_TOTAL_LABELS = (
    re.compile(
        r"\b(?:grand total|total due|amount due|balance due|total amount|amount payable)\b", re.I
    ),
    re.compile(r"(?<!sub)(?<!sub-)(?<!sub )\btotal\b", re.I),
)
#: "(8%)" after a tax label is a rate, not the amount.
_PERCENT = re.compile(r"\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?")
_SUBTOTAL = re.compile(r"\bsub-?\s?total\b", re.I)
_TAX = re.compile(r"\b(?:sales tax|tax|vat|gst)\b", re.I)
_BARE_NUMBER = re.compile(r"(?<![\w.,])-?\d{1,3}(?:[,.\u00a0 ]\d{3})*(?:[.,]\d{2})(?![\d%])")
_INVOICE_NUMBER = re.compile(
    r"\binvoice\s*(?:#|no\.?|number|num\.?)\s*[:.]?\s*(?P<id>[A-Z0-9][A-Z0-9/_-]{1,30})", re.I
)
_DATE_LABELS: dict[str, re.Pattern[str]] = {
    "dueDate": re.compile(r"\b(?:due date|payment due|due by|due on)\b", re.I),
    "issueDate": re.compile(
        r"\b(?:invoice date|date of issue|issue date|issued on|date)\b\s*:", re.I
    ),
    "effectiveDate": re.compile(r"\beffective (?:date|as of|on)\b", re.I),
}


def key_figures(text: str) -> dict[str, Any]:
    """Labelled values found in ``text``; keys are present only when found."""
    lines = text.splitlines()
    currency = _main_currency(text)
    figures: dict[str, Any] = {}
    for name, labels in (("total", _TOTAL_LABELS), ("subtotal", (_SUBTOTAL,)), ("tax", (_TAX,))):
        money = _labelled_amount(lines, labels, currency)
        if money is not None:
            figures[name] = money
    number = _INVOICE_NUMBER.search(text)
    if number and re.search(r"\d", number.group("id")):
        figures["invoiceNumber"] = number.group("id")
    for name, label in _DATE_LABELS.items():
        for index, line in enumerate(lines):
            if label.search(line):
                dates = find_dates(line) or find_dates(" ".join(lines[index + 1 : index + 2]))
                if dates:
                    figures[name] = dates[0]["value"]
                    break
    return figures


def _main_currency(text: str) -> str | None:
    counts = Counter(amount["currency"] for amount in find_amounts(text))
    return counts.most_common(1)[0][0] if counts else None


def _labelled_amount(
    lines: list[str], labels: tuple[re.Pattern[str], ...], currency: str | None
) -> dict[str, Any] | None:
    """The amount on the last line carrying the most specific label (totals come last)."""
    for label in labels:
        found: dict[str, Any] | None = None
        for index, line in enumerate(lines):
            match = label.search(line)
            if not match:
                continue
            if label is not _SUBTOTAL and _SUBTOTAL.search(line):
                continue
            tail = line[match.end() :]
            money = _money_in(tail, currency)
            bare_label = not _PERCENT.sub("", tail).strip(" :\t")
            if money is None and bare_label and index + 1 < len(lines):
                money = _money_in(lines[index + 1], currency)  # value on the next line
            if money is not None:
                found = money
        if found is not None:
            return found
    return None


def _money_in(fragment: str, currency: str | None) -> dict[str, Any] | None:
    amounts = find_amounts(fragment)
    if amounts:
        last = amounts[-1]
        return {"amount": last["amount"], "currency": last["currency"]}
    numbers = _BARE_NUMBER.findall(fragment)
    if numbers:
        amount = parse_number(numbers[-1].lstrip("-"))
        if amount is not None:
            return {"amount": amount, "currency": currency}
    return None
