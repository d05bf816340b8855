"""The span of days a date belongs to: the term an agreement or a policy runs for (its first
day takes effect, the one after "to" ends it), a statement's period, a range's two ends, and a
defined term after a date ("(the "Effective Date")")."""

from __future__ import annotations

import re

#: Labels of a period an agreement or a policy runs for (not a bill's or a statement's).
_PERIOD_LABEL = re.compile(
    r"\b(?:period\s+of\s+(?:insurance|cover(?:age)?)|(?:policy|insurance|cover(?:age)?)"
    r"\s+(?:period|term|year|dates?)|policy\s+runs|(?:contract|rental|lease|agreement)"
    r"\s+(?:period|term)|term\s+of\s+(?:the\s+)?(?:agreement|contract|lease)|validity|valid"
    r"|coverage|laufzeit|vertragslaufzeit|g[üu]ltigkeit|dur[ée]e\s+du\s+contrat"
    # A policy's period in the languages read: "Versicherungszeitraum", "Versicherungsjahr",
    # "Deckungszeitraum", "Période de garantie", "Periodo di copertura", "Vigencia de la
    # póliza", "Verzekeringsperiode"; "Cover from ... until ...".
    r"|versicherungs(?:zeitraum|jahr|dauer|periode)|deckungs(?:zeitraum|dauer)"
    r"|p[ée]riode\s+(?:de\s+(?:validit[ée]|couverture|garantie)|d'assurance)"
    r"|periodo\s+(?:de\s+(?:vigencia|cobertura|seguro)|di\s+(?:copertura|assicurazione"
    r"|validit[àa])|assicurativo)|vigencia(?:\s+de\s+la\s+p[óo]liza)?"
    r"|(?:verzekerings|dekkings)(?:periode|termijn)|looptijd|cover(?:ed)?(?=\s+from))\b",
    re.IGNORECASE,
)
#: A period's label ending right before its first date ("Period of cover: 29/12/2025 to
#: ...", "Versicherungsjahr 01.07.2025 bis ...").
_PERIOD_LABELLED = re.compile(_PERIOD_LABEL.pattern + r"[\s:]*$", re.IGNORECASE)
_OPENING_CLOSING = re.compile(r"\bopening\s*/\s*closing\s+date\b", re.IGNORECASE)
#: A statement's period: it is dated at the period's end ("Statement Period" over "Sep. 20,
#: 2026 - Oct. 20, 2026"); the start has no role.
STATEMENT_PERIOD = re.compile(r"\bstatement\s+period\b", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:from|vom|ab|du|desde|dal|van)[\s:]*$", re.IGNORECASE)
RANGE_END = re.compile(
    r"(?:\bto|\buntil|\btill|\bthrough|[-\u2013]|\bbis(?:\s+zum)?|\bau|\bal|\btot(?:\s+en\s+met)?)"
    r"[\s:]*$",
    re.IGNORECASE,
)
#: A range's joiner between two dates ("01.09.2026 - 30.09.2026", "1 May to 31 May 2026").
_RANGE_JOIN = r"[ \t]*(?:[-\u2013\u2014]|to|until|through|thru|bis|au|al|tot|a)[ \t]*"
RANGE_AFTER = re.compile(_RANGE_JOIN + r"\S{0,12}\d", re.IGNORECASE)
RANGE_BEFORE = re.compile(r"\d" + _RANGE_JOIN + r"$", re.IGNORECASE)

_DEFINED_AFTER = re.compile(r"^[\s,]*\((?:the\s+)?[\"“](?P<term>[^\"”]{2,30})[\"”]\)")


def period_role(line_before: str, before: str) -> str | None:
    """A period of cover or validity ("Period of insurance: from 1 March 2026 to 28 February
    2027", "Laufzeit: 01.01.2027 bis 31.12.2028"): its first date is when it takes effect,
    the one after "to" when it ends. Billing and statement periods are no such period.
    ``None``: no period here; "": a period's date with no role of its own."""
    if _OPENING_CLOSING.search(line_before):
        # "Opening/Closing Date  07/15/26 - 08/14/26": the statement is dated at its close.
        return "issue" if RANGE_END.search(before) else ""
    if not _PERIOD_LABEL.search(line_before):
        return None
    if RANGE_END.search(before):
        return "end"
    if _RANGE_START.search(before) or not before.strip(" \t:") or _PERIOD_LABELLED.search(before):
        return "effective"
    return None


def defined_role(text: str, end: int) -> str | None:
    """The role a defined term right after the date names ("(the "Effective Date")")."""
    defined = _DEFINED_AFTER.match(text, end, min(len(text), end + 40))
    if defined:
        term = defined.group("term").lower()
        if "effective" in term or "commencement" in term:
            return "effective"
        if "expir" in term or "end" in term or "termination" in term:
            return "end"
    return None


__all__ = [
    "RANGE_AFTER",
    "RANGE_BEFORE",
    "RANGE_END",
    "STATEMENT_PERIOD",
    "defined_role",
    "period_role",
]
