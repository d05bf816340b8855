"""An invoice's or a statement's due date from its payment terms when none is printed: days
from the invoice's date ("Net 30", "payable within 14 days", "Zahlungsziel: 30 Tage", "30 gg
d.f.", the terms under a band's "Terms" label) or payment on receipt ("Due on receipt",
"sofort fällig": the issue date). :mod:`workflow.analyzers.figures` calls
:func:`due_from_terms` once the printed dates have their roles."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import islice
from typing import Any

from workflow.analyzers.grid import cells, value_below

#: Days, as terms count them: also Portuguese "dias", Swedish "dagar", Danish "dage",
#: Norwegian "dager", Finnish "pv" / "päivää", Polish "dni", Czech "dní" / "dnů".
_DAYS = (
    r"(?:days|tage|tagen|jours|dagen|d[ií]as|giorni|gg\.?|dias|dagar|dage|dager|pv"
    r"|p[äa]iv[äa][äa]|dni|dn[íů])"
)
#: Payment terms' labels ("Payment terms", "Zahlungsziel", "Betalningsvillkor", "Maksuehto",
#: "Termin płatności", "Splatnost"): over days they are terms, over a date a due date.
_TERMS_LABEL = (
    r"(?:payment\s+terms|terms(?:\s+of\s+payment)?|zahlungs(?:ziel|bedingungen|frist)"
    r"|d[ée]lai\s+de\s+(?:paiement|r[èée]glement)|conditions\s+de\s+(?:paiement|r[èée]glement)"
    r"|betalings(?:termijn|voorwaarden|conditie)|plazo\s+de\s+pago|condiciones\s+de\s+pago"
    r"|termini\s+di\s+pagamento|condizioni\s+di\s+pagamento"
    r"|prazo\s+de\s+pagamento|condi[çc][õo]es\s+de\s+pagamento|betalingsbetingelser"
    r"|betalningsvillkor|maksuehto|termin\s+p[łl]atno[śs]ci|splatnost)"
)
#: Days counted from the end of the month ("Net 30 EOM", "30 jours fin de mois"): two ways of
#: counting from the month's end are in use, so such terms give no due date.
_MONTH_END = (
    r"(?![ \t]+(?:" + _DAYS + r"[ \t]+)?(?:eom|end\s+of\s+(?:the\s+)?month|fin\s+de\s+mois"
    r"|fine\s+mese|ende\s+des\s+monats))"
)
#: "Net 30", "net 30 days": payment due that many days after the issue date.
_NET_TERMS = re.compile(
    r"\bnet[ \t]*(?P<days>\d{1,3})\b(?![.,]\d)" + _MONTH_END +
    # "payable within 14 days", "30 days from the date of invoice", "zahlbar innerhalb von 14
    # Tagen", "à 30 jours", "binnen 30 dagen", "a 30 días", "a 30 giorni".
    r"|\b(?:payable|due|paid|payment|pay|zahlbar|zahlung|payer|paiement|betalen|betaling|pagar|pago"
    # The sum itself as the subject: "Der Betrag ist innerhalb von 10 Tagen ... fällig", "het
    # bedrag binnen 14 dagen over te maken", "Zahlbar innert 30 Tagen" (Swiss German).
    r"|pagare|pagamento|\w*betrag|bedrag|amount|montant|importe|importo)\b[^.\n]{0,30}?"
    r"\b(?:within|innerhalb(?:\s+von)?|innert|binnen|[àa]|en|entro)[ \t]+(?P<within>\d{1,3})[ \t]+"
    r"(?:calendar\s+)?(?:days|tagen|jours|dagen|d[ií]as|giorni)\b"
    # The verb after the days, as Dutch and German put it: "Gelieve binnen 14 dagen te
    # betalen", "binnen 30 dagen na factuurdatum te voldoen", "innerhalb von 14 Tagen zu zahlen".
    r"|\b(?:binnen|innerhalb(?:\s+von)?|innert)[ \t]+(?P<later>\d{1,3})[ \t]+(?:dagen|tagen)\b"
    r"[^.\n]{0,30}?\b(?:te[ \t]+(?:betalen|voldoen)|over[ \t]+te[ \t]+maken"
    r"|zu[ \t]+(?:zahlen|bezahlen|begleichen|(?:ü|ue)berweisen))\b"
    r"|\b(?P<from>\d{1,3})[ \t]+days[ \t]+(?:from|of|after)[ \t]+(?:the[ \t]+)?"
    r"(?:date[ \t]+of[ \t]+)?invoice\b"
    # "30 days net", "14 Tage netto", "30 jours net", "30 dagen netto", "Netto 30 Tage".
    r"|\b(?P<net>\d{1,3})[ \t]+" + _DAYS + r"[ \t]+nett?o?\b"
    r"|\bnetto[ \t]+(?P<netto>\d{1,3})[ \t]+" + _DAYS + r"\b"
    # Italy's "30 gg d.f." / "30 giorni data fattura": days from the invoice's date.
    r"|\b(?P<df>\d{1,3})[ \t]*(?:gg|giorni)\.?[ \t]+(?:d\.[ \t]?f\.(?![ \t]?f)|data[ \t]+fattura\b)"
    # The terms as a label's value: "Payment terms: 14 days", "Zahlungsziel: 30 Tage",
    # "Délai de paiement : 30 jours", "Betalingstermijn: 14 dagen", "Plazo de pago: 30 días".
    r"|\b" + _TERMS_LABEL + r"[ \t]*:?[ \t]*"
    # "Terms: strictly 14 days", "Zahlungsziel: netto 30 Tage", "Betalingsvoorwaarden:
    # binnen 7 dagen".
    r"(?:(?:strictly|net|nett|netto|within|binnen|innerhalb(?:\s+von)?|innert)[ \t]+)?"
    r"(?P<term>\d{1,3})[ \t]+" + _DAYS + r"(?!\w)" + _MONTH_END,
    re.I,
)
#: Terms asking for payment when the bill arrives: "Due on receipt", "Payment due upon
#: receipt", "payable à réception", "zahlbar sofort (nach Erhalt)", "sofort fällig",
#: "pagadero a la vista", "te betalen bij ontvangst", "pagamento a vista", "al contado".
_ON_RECEIPT = re.compile(
    r"\b(?:due|payable|payment\s+due)\s+(?:up)?on\s+receipt\b|\bpayable\s+[àa]\s+r[ée]ception\b"
    r"|\bzahlbar\s+sofort\b|\bsofort\s+(?:f[äa]llig|zahlbar)\b"
    r"|\b(?:pagadero|pagamento)\s+(?:a\s+la|[àa])\s+vista\b"
    r"|\bbij\s+ontvangst\b"
    # "Paiement à réception", "rimessa diretta a vista", "direct te voldoen", "al contado".
    r"|\b(?:paiement|r[èée]glement)\s+[àa]\s+r[ée]ception\b|\brimessa\s+diretta\s+a\s+vista\b"
    r"|\b(?:direct|onmiddellijk)\s+te\s+(?:voldoen|betalen)\b|\bal\s+contado\b",
    re.I,
)


def due_from_terms(
    text: str, document_type: str, figures: dict[str, Any], where: dict[str, int]
) -> None:
    """An invoice's or a statement's due date from its payment terms ("Net 30", "payable
    within 14 days", "Zahlungsziel: 30 Tage") and its issue date, when none is printed."""
    if "dueDate" in figures or "issueDate" not in figures:
        return
    terms = _NET_TERMS.search(text) if document_type in ("invoice", "statement") else None
    if terms is None and document_type in ("invoice", "statement") and _ON_RECEIPT.search(text):
        # "Due on receipt", "Payment due upon receipt": due the day it is issued (a
        # statement's too: "Terms  Due on receipt" under its date).
        figures["dueDate"] = figures["issueDate"]
        where["dueDate"] = _ON_RECEIPT.search(text).start()  # type: ignore[union-attr]
        return
    if terms:
        days, at = int(next(group for group in terms.groups() if group is not None)), terms.start()
    elif document_type in ("invoice", "statement") and (banded := _terms_in_band(text)):
        days, at = banded
    else:
        return
    issued = date.fromisoformat(figures["issueDate"])
    figures["dueDate"] = (issued + timedelta(days=days)).isoformat()
    where["dueDate"] = at


#: Payment terms' label as a cell of a band of labels ("INVOICE NO  Invoice Date  Terms" over
#: "2026-8768  07/09/2026  30 days"), in the languages :data:`_NET_TERMS` reads.
_TERMS_CELL = re.compile(
    r"(?:^|\t|[ ]{2})[ \t]*(?P<label>" + _TERMS_LABEL + r")[ \t]*:?[ \t]*(?=\t|[ ]{2}|$)",
    re.IGNORECASE | re.MULTILINE,
)
#: Terms' labels examined (bounds the work on adversarial text).
_MAX_TERMS_CELLS = 10


def _terms_in_band(text: str) -> tuple[int, int] | None:
    """The days the terms under a band's "Terms" label give ("30 days", "Net 30", "14 Tage
    netto"), or under the label alone on its line, and the offset of that value; read as a
    "Payment terms: ..." line is."""
    for label in islice(_TERMS_CELL.finditer(text), _MAX_TERMS_CELLS):
        below = value_below(text, label.start("label")) or _under_label_alone(text, label)
        if below is None:
            continue
        # The cell before may have run into the terms' ("16-03-2026 - 16-04-2026 à 20
        # jours" under "Période  Conditions de paiement"): the terms follow its last year.
        value, at = below
        tail = _AFTER_LAST_YEAR.search(value)
        terms = _NET_TERMS.search(f"Payment terms: {value}") or (
            _NET_TERMS.search(f"Payment terms: {tail.group('tail')}") if tail else None
        )
        if terms is not None:
            return int(next(g for g in terms.groups() if g is not None)), at
    return None


#: What follows a cell's last year (a date's or a period's end) when words follow it.
_AFTER_LAST_YEAR = re.compile(r"^.*\d{4}[ \t]+(?P<tail>[^\W\d].*)$")


def _under_label_alone(text: str, label: re.Match[str]) -> tuple[str, int] | None:
    """The value a panel of stacked fields prints on the line under a label that stands alone
    on its own ("Conditions de paiement" over "à 7 jours"): the next line's last cell (the
    panel may stand right of the address: "Cobalt Design Studio  15 dní")."""
    line_start = text.rfind("\n", 0, label.start()) + 1
    line_end = text.find("\n", label.end())
    if line_end == -1 or text[line_start:line_end].strip() != label.group("label").strip():
        return None
    below_end = text.find("\n", line_end + 1)
    below_end = len(text) if below_end == -1 else below_end
    below = cells(text[line_end + 1 : below_end])
    if not below:
        return None
    value, offset, _ = below[-1]
    return value, line_end + 1 + offset


__all__ = ["due_from_terms"]
