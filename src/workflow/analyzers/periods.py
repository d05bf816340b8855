"""The day a bank's, a card's or a supplier's statement is dated when it prints no statement
date: the end of the period it covers, or the day it is struck "as at".

Statements state their period in every layout and language: "Statement Period: February 1,
2026 through February 28, 2026", "Periodo: 01/10/2025 - 31/10/2025", "du 01/06/2026 au
30/06/2026", "Zeitraum: 01.01.2026 - 31.01.2026", "1 Mar 2026 to 31 Mar 2026" beside the
address; or name only the day they are made up to: "ESTRATTO CONTO AL 30/11/2025",
"Statement as at 31 March 2026", "Kontoauszug per 30.06.2026". The period's end is the
statement's date (its start and end are no effective and end dates of an agreement), as a
bookkeeper files it.
"""

from __future__ import annotations

import re
from itertools import islice, pairwise
from typing import Any, NamedTuple

from workflow.analyzers.entities import date_spans

#: Characters from the top in which a statement states its period.
_HEAD_CHARS = 2000
#: What joins a period's two dates: a dash or a word meaning "to" in the languages read.
_JOIN = re.compile(
    r"[ \t]*(?:[-\u2013\u2014]|to|until|till|through|thru|bis(?:[ \t]+zum)?|au|al|a"
    r"|hasta(?:[ \t]+el)?|tot(?:[ \t]+en[ \t]+met)?|t/m)[ \t]*",
    re.IGNORECASE,
)
#: A statement's title or label before the one day it is made up to.
_AS_AT = re.compile(
    r"\b(?:statement|relev[ée]|extracto|estratto|kontoauszug|auszug|afschrift|conto)\b"
    r"[^\n]{0,40}?\b(?:as\s+(?:at|of)|per|au|al|zum|am|op|a\s+fecha)[ \t:]*$",
    re.IGNORECASE,
)


class Period(NamedTuple):
    """A statement's period: its first and last days (ISO) and where the last is printed."""

    start: str | None
    end: str
    offset: int


def statement_period(text: str, day_first: bool | None = None) -> Period | None:
    """The first period stated near the top of ``text`` (two dates joined by "-", "to",
    "through", "au", "al", "bis" on one line), else the day a title or label says the
    statement is made up to; ``None`` when neither is printed."""
    spans = [span for span in islice(date_spans(text, day_first), 40) if span[0] < _HEAD_CHARS]
    for (_, first_end, _, first), (second_start, _, _, second) in pairwise(spans):
        between = text[first_end:second_start]
        if "\n" not in between and _JOIN.fullmatch(between) and first <= second:
            return Period(first, second, second_start)
    for start, _, _, value in spans:
        line_start = text.rfind("\n", 0, start) + 1
        if _AS_AT.search(text[line_start:start]):
            return Period(None, value, start)
    return None


def date_statement(
    text: str,
    figures: dict[str, Any],
    where: dict[str, int],
    dates: list[dict[str, Any]] | None,
) -> None:
    """A statement with no date of its own (none labelled, or only its period's first day
    taken for one) is dated at the end of its period; the period's days are no effective or
    end dates."""
    period = statement_period(text)
    if period is None:
        return
    issued = figures.get("issueDate")
    if issued is not None and issued != period.start:
        return  # "Statement date: ..." printed: that is its date
    figures["issueDate"] = period.end
    where["issueDate"] = period.offset
    for name, day in (("effectiveDate", period.start), ("endDate", period.end)):
        if day is not None and figures.get(name) == day:
            del figures[name]
            where.pop(name, None)
    for item in dates or ():
        if item["value"] == period.end:
            item["role"] = "issue"
        elif item["value"] == period.start and item["role"] in ("issue", "effective"):
            item["role"] = None


__all__ = ["Period", "date_statement", "statement_period"]
