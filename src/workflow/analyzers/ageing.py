"""The balance an ageing row ends in: a statement of account prints what is owed by age,
"Current  30 days  60 days  90+ days  Balance due" over "0.00  2,730.92  0.00  3,729.92  USD
6,460.84"; the last column is the balance the statement asks for. Read when no total label
has a value of its own beside it (the row's cells rarely stand under their headings once a
PDF's text is extracted, so the last amount of the row below is taken)."""

from __future__ import annotations

import re
from typing import Any

from workflow.analyzers.labelled_amounts import money_in

#: A header of age buckets ("Current", "1-30 days", "60 days", "90+ days", "Over 90") whose
#: last heading is the balance ("Balance due", "Total due", "Amount due", "Total").
_AGEING_HEADER = re.compile(
    r"^[ \t]*(?:current|not\s+yet\s+due)\b(?=.*\b(?:30|60|90)\b)"
    r".*?(?:balance(?:\s+due)?|total(?:\s+(?:due|balance))?|amount\s+due)[ \t:]*$",
    re.IGNORECASE,
)
#: Lines looked at below the header for its row (a blank line may stand between).
_ROW_REACH = 2


def ageing_balance(lines: list[str], currency: str | None) -> tuple[dict[str, Any], int] | None:
    """The last amount of the row under an ageing header that ends in a balance, and the
    index of its line."""
    for index, line in enumerate(lines):
        if not _AGEING_HEADER.match(line):
            continue
        for below in range(index + 1, min(index + 1 + _ROW_REACH, len(lines))):
            if not lines[below].strip():
                continue
            money = money_in(lines[below], currency)
            if money is not None:
                return money, below
            break
    return None


__all__ = ["ageing_balance"]
