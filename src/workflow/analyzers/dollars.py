"""Whose dollar a bare "$" is: a document from Australia, Canada or New Zealand prints its
prices as "$12.50" as a US one does, and says where it is from elsewhere: the one other
dollar it names ("Amount Due AUD", "NZ$ 120.00"), or an Australian Business Number, a
Canadian GST/HST registration, sales tax or postal code, a New Zealand GST number, a state or
province with its postcode; the peso of Mexico and other Latin American countries is "$"
too. Without such evidence, or with a "USD"/"US$" printed, "$" stays the US dollar.
Australia, New Zealand and Latin America also write their dates day first."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

#: The country's own evidence, as its businesses print it, and its dollar.
_EVIDENCE = (
    (
        "AUD",
        re.compile(
            r"\bABN\b[ \t:.]*\d{2}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}\b"
            r"|\b(?:NSW|VIC|QLD|TAS|ACT)[ \t]+\d{4}\b"
        ),
    ),
    (
        "CAD",
        re.compile(
            r"\bGST/HST\b|\bHST\b|\b(?:TPS|TVQ|QST)\b"
            r"|\b(?:AB|BC|MB|NB|NL|NS|ON|PE|QC|SK)[ \t]+[ABCEGHJ-NPRSTVXY]\d[A-Z][ ]?\d[A-Z]\d\b"
        ),
    ),
    (
        # Mexico's peso is written "$" too: its tax registration (RFC), electronic invoice
        # (CFDI) and company forms ("S.A. de C.V.") say so.
        "MXN",
        re.compile(
            r"\bRFC\b[ \t:.]*[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3}\b|\bCFDI\b"
            r"|\bS\.?\s?A\.?\s+de\s+C\.?\s?V\.?(?!\w)|\bS\.?\s+de\s+R\.?\s?L\.?(?!\w)"
        ),
    ),
    (
        "NZD",
        re.compile(
            r"\bGST[ \t]+(?:No\.?|Number|Reg(?:istration)?(?:[ \t]+No\.?)?)[ \t:.]*"
            r"\d{2,3}-\d{3}-\d{3}\b"
            r"|\bNew[ \t]+Zealand\b|\bNZBN\b"
        ),
    ),
)
#: Dollars other than the US's as documents name them: a code, or a sign with its country.
_OTHER_DOLLARS = re.compile(
    r"\b(?P<code>AUD|NZD|CAD|SGD|HKD|MXN|ARS|CLP|COP)\b"
    r"|(?<![^\W\d_])(?P<sign>AU?|NZ|CA?|S|HK|MX)\$"
)
_DOLLAR_SIGNS = {"A": "AUD", "AU": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "S": "SGD",
                 "HK": "HKD", "MX": "MXN"}  # fmt: skip
#: Most other-dollar mentions read (a statement may list many).
_MAX_NAMED = 50
#: The dollar countries that write their dates day first.
_DAY_FIRST = frozenset({"AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP"})
#: The US dollar said as such: then "$" is the US dollar.
_US_DOLLAR = re.compile(r"\bUSD\b|(?<![^\W\d_])US\$")
#: Characters read for the evidence (a letterhead and a footer print it).
_READ = 20_000


def local_dollar(text: str) -> str | None:
    """The one other dollar ``text`` names, else the dollar of the one country it says it is
    from, else ``None`` (US dollars named, several dollars, or no evidence)."""
    sample = text[:_READ]
    if _US_DOLLAR.search(sample):
        return None
    named = {
        match["code"] or _DOLLAR_SIGNS[match["sign"]]
        for match in islice(_OTHER_DOLLARS.finditer(sample), _MAX_NAMED)
    }
    if named:
        return named.pop() if len(named) == 1 else None
    found = {code for code, evidence in _EVIDENCE if evidence.search(sample)}
    return found.pop() if len(found) == 1 else None


def day_first_in(dollar: str | None) -> bool | None:
    """Australia, New Zealand, Singapore and Hong Kong write "05/01/2026" day first; elsewhere
    the text decides."""
    return True if dollar in _DAY_FIRST else None


def in_local_dollars(items: list[dict[str, Any]], dollar: str | None) -> list[dict[str, Any]]:
    """``items`` (amounts) with the US dollar read from a bare "$" as ``dollar``."""
    if dollar is None:
        return items
    return [{**item, "currency": dollar} if item.get("currency") == "USD" else item
            for item in items]  # fmt: skip


def figures_in_local_dollars(figures: dict[str, Any], dollar: str | None) -> None:
    """The money key figures (total, subtotal, tax, ...) in ``dollar``, in place."""
    if dollar is None:
        return
    for name, money in figures.items():
        if isinstance(money, dict) and money.get("currency") == "USD":
            figures[name] = {**money, "currency": dollar}


__all__ = ["day_first_in", "figures_in_local_dollars", "in_local_dollars", "local_dollar"]
