"""The currency a document's bare amounts are in: the text's main currency, else the one
currency its labels, columns or a sentence at its foot name; and a bare amount's currency
named by its own label or column ("Amount Due NZD", "Total ($)")."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import Any

#: A currency a total's label or column names ("Amount Due NZD", "Total (EUR)", "Total ($)").
#: Currencies a label or a column header names by their code (the US dollar apart: a bare
#: "$" is already read as one).
_CODES = (
    "EUR|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|INR|SGD|HKD|ZAR"
    "|AED|SAR|QAR|KWD|BHD|OMR|PKR|BDT|MAD|TND|EGP|GHS|KES|NGN|XOF|XAF"
)
_LABEL_CURRENCY = re.compile(
    rf"\b(?P<code>USD|{_CODES})\b"
    r"|\((?P<symbol>[$€£])\)"
)
_SYMBOL_CODES = {"$": "USD", "€": "EUR", "£": "GBP"}
#: A currency a text names by its code or its symbol (dollars are left to their own rules).
_NAMED_CURRENCY = re.compile(rf"\b(?:{_CODES})\b|[€£]")
#: A currency a text names in words, as a statement's foot says what its bare figures are in
#: ("Montants exprimés en euros", "Importi in euro", "Beträge in Euro", "pounds sterling").
_CURRENCY_WORDS = re.compile(
    r"\b(?P<EUR>euros?)\b|\b(?P<GBP>(?:pounds?\s+)?sterling)\b|\b(?P<CHF>francs?\s+suisses?"
    r"|schweizer\s+franken)\b",
    re.IGNORECASE,
)
_MAX_NAMED_CURRENCIES = 50


def main_currency(amounts: list[dict[str, Any]]) -> str | None:
    counts = Counter(amount["currency"] for amount in amounts)
    return counts.most_common(1)[0][0] if counts else None


def only_currency_named(text: str) -> str | None:
    """The one currency a text names with no amount beside it (a column's "Prezzo (€)", a
    label's "TOTAL AUD", a foot's "Montants exprimés en euros"), when it names only one."""
    named = {
        _SYMBOL_CODES.get(m.group(), m.group())
        for m in islice(_NAMED_CURRENCY.finditer(text), _MAX_NAMED_CURRENCIES)
    }
    named |= {
        str(m.lastgroup) for m in islice(_CURRENCY_WORDS.finditer(text), _MAX_NAMED_CURRENCIES)
    }
    return named.pop() if len(named) == 1 else None


def named_currency(money: dict[str, Any], line: str) -> dict[str, Any]:
    """A bare amount in the currency its label or column names ("Amount Due NZD  3,570.75",
    "Total ($)  12.00")."""
    if money["currency"] is not None:
        return money
    named = _LABEL_CURRENCY.search(line)
    if named is None:
        return money
    mark = named.group("code") or named.group("symbol")
    return {**money, "currency": _SYMBOL_CODES.get(mark, mark)}


__all__ = ["main_currency", "named_currency", "only_currency_named"]
