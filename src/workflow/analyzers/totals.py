"""A document's sums (``keyFigures`` total, subtotal and tax): the amount its label names
(:mod:`workflow.analyzers.labelled_amounts`), the most specific label first ("Amount due"
beats a plain "Total", :mod:`workflow.analyzers.total_labels`); a total before tax gives way
to the larger one after it, a zero left to pay to the sum paid, what is left after payments
to the total billed; on a receipt with no such label, the sum it names plainly or in a
sentence."""

from __future__ import annotations

import re
from typing import Any

from workflow.analyzers.ageing import ageing_balance
from workflow.analyzers.labelled_amounts import BARE_NUMBER, labelled_amount, money_in
from workflow.analyzers.money import find_amounts, parse_number
from workflow.analyzers.total_labels import (
    BEFORE_TAX,
    CARRIED_FORWARD,
    PLAIN_AMOUNT,
    PROSE_TOTAL,
    SUBTOTAL_LABEL,
    SUM_RECEIVED,
    TAX_LABEL,
    TOTAL_LABELS,
    TOTAL_OF_WORDS,
)


def amount_figures(
    lines: list[str], currency: str | None, document_type: str
) -> dict[str, tuple[dict[str, Any], int]]:
    """Total, subtotal and tax, each with the index of the line it was read from. A receipt
    with no total label may name its sum plainly ("AMOUNT EUR 43,86") or in a sentence ("the
    sum of £650.00"); other documents' sentences and amounts are not their total."""
    found = {}
    # A running sum carried to the next page is a statement's balance, nobody else's total.
    skip = None if document_type == "statement" else CARRIED_FORWARD
    for name, labels in (
        ("total", TOTAL_LABELS),
        ("subtotal", (SUBTOTAL_LABEL,)),
        ("tax", (TAX_LABEL,)),
    ):
        received = None
        if name == "total" and document_type == "receipt":
            received = labelled_amount(lines, (SUM_RECEIVED,), currency, skip=skip)
        if received is not None and received[0]["amount"] > 0:
            found[name] = received
            continue
        read = labelled_amount(lines, labels, currency, skip=skip)
        if name == "total" and read is not None and read[0]["amount"] == 0:
            read = _settled(lines, read, currency, skip, document_type)
        if name == "total" and read is not None:
            read = _after_tax(lines, read, currency, skip)
        if name == "total" and read is not None and document_type != "statement":
            read = _before_payments(lines, read, currency, skip)
        if read is None and name == "total" and document_type == "receipt":
            read = labelled_amount(lines, (PLAIN_AMOUNT,), currency, below=False)
            read = read or _prose_total(lines, currency)
        if read is None and name == "total":
            read = ageing_balance(lines, currency)  # "Current  30 days ...  Balance due"
        if read is not None:
            found[name] = read
    return found


def _after_tax(
    lines: list[str],
    read: tuple[dict[str, Any], int],
    currency: str | None,
    skip: re.Pattern[str] | None,
) -> tuple[dict[str, Any], int]:
    """A total labelled as before tax ("Total charges before VAT:", "Total excl. VAT") is the
    net when a larger total follows it ("Total charges for this period:"): that one is what
    the document bills."""
    if not BEFORE_TAX.search(lines[read[1]]) and not (
        read[1] > 0 and BEFORE_TAX.search(lines[read[1] - 1])
    ):
        return read
    start = read[1] + 1
    rest = [line if not BEFORE_TAX.search(line) else "" for line in lines[start:]]
    labels = (*TOTAL_LABELS[:2], TOTAL_OF_WORDS, *TOTAL_LABELS[2:])
    after = labelled_amount(rest, labels, currency, skip=skip)
    if after is None or after[0]["amount"] <= read[0]["amount"]:
        return read
    return after[0], start + after[1]


def _settled(
    lines: list[str],
    zero: tuple[dict[str, Any], int],
    currency: str | None,
    skip: re.Pattern[str] | None,
    document_type: str,
) -> tuple[dict[str, Any], int]:
    """The total of a paid bill or receipt whose last sum says nothing is left ("Balance due
    0.00", "Offener Betrag: 0,00 EUR", "Balance outstanding: £0.00"): the sum it was for, under
    another total label, before or after it in the label order, else a receipt's sentence
    ("Received from ... the sum of £300.00"). Nothing else found, the zero stands."""
    tiers = (labelled_amount(lines, (label,), currency, skip=skip) for label in TOTAL_LABELS)
    found = next((t for t in tiers if t is not None and t[0]["amount"] != 0), None)
    rest = list(lines)
    while found is None:
        rest[zero[1]] = ""  # the zero's line read, the labels of the lines above it
        again = labelled_amount(rest, TOTAL_LABELS, currency, skip=skip)
        if again is None or again[0]["amount"] != 0:
            found = again
            break
        zero = again
    if found is None and document_type == "receipt":
        found = _prose_total(lines, currency)
    return found if found is not None else zero


#: A line saying what was paid already: "Payment on November 8, 2026 using e-Transfer",
#: "Deposit paid", "Anzahlung", "Acompte versé", "Anticipo", "Aanbetaling".
_PAID = re.compile(
    r"\b(?:payments?|paid|deposit|advance|prepaid|anzahlung|abschlag\w*|bezahlt|zahlung|acompte|avance|r[èe]gl[ée]"
    r"|r[èe]glement|pay[ée]|anticipo|pagad[oa]|pagato|acconto|aanbetaling|betaald|voorschot)\b",
    re.I,
)


def _before_payments(
    lines: list[str],
    read: tuple[dict[str, Any], int],
    currency: str | None,
    skip: re.Pattern[str] | None,
) -> tuple[dict[str, Any], int]:
    """The document's total, not what is left after payments already made: a plain "Total"
    over a line paying part of it ("Payment on November 8 ... -$4,101.90") over the "Amount
    due" left is the total billed (the set's convention, docs/analysis-schema.md)."""
    plain = labelled_amount(lines, TOTAL_LABELS[1:], currency, skip=skip)
    # Any total label above the sum left ("Gesamtbetrag" over "Anzahlung erhalten" over
    # "Offener Betrag"): the last one above it, of whatever tier.
    above = labelled_amount(lines[: read[1]], TOTAL_LABELS, currency, skip=skip)
    for total in (plain, above):
        if total is not None and total[1] < read[1] and _paid_between(lines, total, read):
            return total
    return read


def _paid_between(
    lines: list[str], total: tuple[dict[str, Any], int], left: tuple[dict[str, Any], int]
) -> bool:
    """Whether a line between ``total`` and the sum ``left`` pays their difference."""
    if total[0]["amount"] <= left[0]["amount"]:
        return False
    paid = round(total[0]["amount"] - left[0]["amount"], 2)
    for line in lines[total[1] + 1 : left[1]]:
        amounts = find_amounts(line) or [
            {"amount": parse_number(m.group().lstrip("-"))} for m in BARE_NUMBER.finditer(line)
        ]
        if _PAID.search(line) and any(
            a["amount"] is not None and abs(abs(a["amount"]) - paid) < 0.005 for a in amounts
        ):
            return True
    return False


def _prose_total(lines: list[str], currency: str | None) -> tuple[dict[str, Any], int] | None:
    for index, line in enumerate(lines):
        match = PROSE_TOTAL.search(line)
        if match:
            money = money_in(line[match.end() : match.end() + 30].split(" for ")[0], currency)
            if money is not None:
                return money, index
    return None


__all__ = ["amount_figures"]
