"""The amount a label names: on the label's line after what may stand between them (a colon,
a rate, what the total holds, the day a balance is struck), on the next line when the label
stands alone, or under it in a band of labels; a bare number in the document's currency,
negative as accounting prints it."""

from __future__ import annotations

import re
from typing import Any

from workflow.analyzers.amount_currency import named_currency
from workflow.analyzers.grid import cells, value_below
from workflow.analyzers.money import find_amounts, parse_number
from workflow.analyzers.rupees import RUPEES
from workflow.analyzers.total_labels import SUBTOTAL_LABEL

#: A band of labels over their values has this many cells at least; the value is looked for
#: this many lines down (HTML puts a blank line between the rows).
_MIN_BAND_CELLS = 2
_BAND_REACH = 4
#: "(8%)" after a tax label is a rate, not the amount.
_PERCENT = re.compile(r"\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?")
#: An amount printed without a currency mark, in either separator convention ("1,250.00",
#: "12.450,00", India's "1,23,456.00"); not a percentage.
BARE_NUMBER = re.compile(
    r"(?<![\w.,'\u2019])-?(?:\d{1,2}(?:,\d\d){1,4},\d{3}\.\d{2}"
    r"|\d{1,3}(?:[,.\u00a0 '\u2019]\d{3})*(?:[.,]\d{2}))"
    r"(?![\d%])"
)
#: A line stating the tax a total includes ("Total includes GST $0.40", "Total includes VAT
#: of £2.10"), as Australian and British tills print it: no total.
_STATES_TAX = re.compile(r"\btotal\s+includes\b", re.I)
#: What may stand between a total's label and its value: a colon, a rate, a currency.
#: A "-" right before the number is its sign (a credit note's "Total credit: -1.980,40"), also
#: before the currency's code that prefixes it ("Total: -GBP 797.10").
_LABEL_TAIL = re.compile(
    # A bilingual paper's translation after its own label ("Do zapłaty / Amount due:",
    # "Razem korekta brutto / Total correction (gross)  -185,64 PLN"), up to its colon or
    # the gap before the value.
    r"^(?:[ \t]*/[ \t]*[^\W\d_][^:\n\d/]{0,40}?(?=[ \t]*:|\t|[ ]{2}))?"
    r"(?:[\s:*=.]|-(?![ \t]?[\d$€£]|(?-i:[A-Z]{3})[ \t]?\d))*"
    # "Gesamtnettowert ohne Mwst", "Total incl. VAT", "Total hors taxes": what the total holds.
    # Also in brackets: "Gesamtsumme (inkl. MwSt.)", "Totaal (incl. btw)", "Total (TTC)".
    r"(?:\(?(?:(?:ohne|inkl|incl|excl|zzgl|including|excluding|hors|iva)\.?[ \t]+"
    r"(?:mwst|ust|vat|tax|gst|taxes|tva|btw|iva|incluido|inclusa)\.?|(?:brutto|gross|ttc"
    r"|cr[ée]diteur)\b)\)?)?[\s:*=]*"
    # The document it totals: "Montant TTC de cette facture", "Amount of this bill".
    r"(?:(?:de\s+cette\s+facture|of\s+this\s+(?:invoice|bill)|dieser\s+rechnung"
    r"|de\s+esta\s+factura|di\s+questa\s+fattura|van\s+deze\s+factuur"
    # What a claim or a yearly bill asks now: "Amount due this claim", "Amount payable for
    # the year" (a council's after its discounts, not its "Gross charge for the year").
    r"|this\s+(?:claim|application|certificate)|for\s+the\s+(?:year|period))\b[\s:*=]*)?"
    r"(?:\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?)?[\s:*=]*",
    re.I,
)
#: The day a balance is struck, between its label and its amount ("Nieuw saldo per
#: 3-7-2025: € 2.049,61", "Closing balance as of 31/03/2026  1,200.00").
_AS_OF = re.compile(
    r"^(?:per|am|au|al|on|as\s+(?:of|at)|at|zum|du|del|vom|op)[ \t]+"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d"
    # In words: "Ending Balance on February 28, 2026:", "Closing balance at 31 March 2026".
    r"|[^\W\d_]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}\.?[ \t]+[^\W\d_]{3,9}\.?[ \t]+\d{4})"
    r"[\s:*=]*",
    re.I,
)


#: Words of an item table's header: a row holding one is the table's, not a band of sums.
_ITEM_HEADER = re.compile(
    r"^(?:qty|quantity|menge|anzahl|aantal|qt[ée]|quantit[ée]|cantidad|quantit[àa]|qtd"
    r"|(?:unit\s+)?price|einzelpreis|preis|prijs|prix(?:\s+unitaire)?|precio|prezzo"
    r"|description|artikel|item|product|omschrijving|bezeichnung|d[ée]signation|d[ée]tail)\b",
    re.I,
)


def _band_amount(
    lines: list[str], index: int, label: re.Pattern[str], currency: str | None, first: int = 1
) -> tuple[dict[str, Any], int] | None:
    """The amount under a label that is a whole cell of a band of labels ("INVOICE NUMBER
    DUE DATE  AMOUNT DUE" over "LOO-7122  13/11/2025  GBP 560.00", as payment processors lay
    out a bill's or a receipt's head), and the index of its line; from the cell ``first`` on
    (the first cell is read here only when its label leads the line: see the caller)."""
    row = cells(lines[index])
    # Labels only: an ageing's "1-30 days" is a label, a cell holding money is not.
    if len(row) < _MIN_BAND_CELLS or any(BARE_NUMBER.search(cell) for cell, _, _ in row):
        return None
    if any(_ITEM_HEADER.match(cell) for cell, _, _ in row):
        return None  # "Artikel  Menge  Einzelpreis  Gesamt": the first row's line total
    for cell, start, _ in row[first:]:
        match = label.match(cell)
        if match is None or cell[match.end() :].strip(" :"):
            continue
        text = "\n".join(lines[index : index + _BAND_REACH])
        below = value_below(text, start)
        money = money_in(below[0], currency) if below else None
        if below is not None and money is not None:
            return money, index + text.count("\n", 0, below[1])
    return None


def labelled_amount(
    lines: list[str],
    labels: tuple[re.Pattern[str], ...],
    currency: str | None,
    *,
    below: bool = True,
    skip: re.Pattern[str] | None = None,
) -> tuple[dict[str, Any], int] | None:
    """The amount on the last line carrying the most specific label (totals come last), and
    the index of the line it was read from; ``below``: a label alone on its line takes the
    value on the next."""
    for label in labels:
        found: tuple[dict[str, Any], int] | None = None
        for index, line in enumerate(lines):
            match = label.search(line)
            if not match:
                banded = _band_amount(lines, index, label, currency) if below else None
                if banded is not None:
                    found = (named_currency(banded[0], line), banded[1])
                continue
            if label is not SUBTOTAL_LABEL and SUBTOTAL_LABEL.search(line):
                continue
            if skip is not None and skip.search(line):
                continue
            if label is not SUBTOTAL_LABEL and _STATES_TAX.search(line):
                continue  # "Total includes GST  $0.40": the tax the total holds
            tail = line[match.end() :]
            tail = tail[_LABEL_TAIL.match(tail).end() :]  # type: ignore[union-attr]
            dated = _AS_OF.match(tail)
            tail = tail[dated.end() :] if dated else tail
            money = money_in(tail, currency) if _starts_with_money(tail) else None
            at = index
            # A label alone on its line (not the last cell of a table's header row).
            bare_label = not _PERCENT.sub("", tail).strip(" :\t") and not re.search(
                r"\w", line[: match.start()]
            )
            if money is None and below and bare_label and index + 1 < len(lines):
                money = money_in(lines[index + 1], currency)  # value on the next line
                at = index + 1
            elif money is None and below:
                # The first cell of a band of labels ("New balance  Minimum payment  Payment
                # due date" over "£519.98  £25.00  23 September 2025").
                banded = _band_amount(lines, index, label, currency, first=0)
                money, at = banded if banded is not None else (None, index)
            if money is not None:
                found = (named_currency(money, line), at)
        if found is not None:
            return found
    return None


def _starts_with_money(fragment: str) -> bool:
    """The value follows the label directly (not a sentence that mentions a total)."""
    return bool(
        re.match(
            r"\s*\(?\s*(?:[A-Z]{3}(?![A-Za-z])|[A-Z]{0,2}[$€£¥₹৳₦]|(?:Rs|[Kk]r|Tk)\.?\s?\d|-|\d)",
            fragment,
        )
    )


def money_in(fragment: str, currency: str | None) -> dict[str, Any] | None:
    amounts = find_amounts(fragment)
    if amounts:
        last = amounts[-1]
        if last["currency"] in RUPEES and currency in RUPEES:
            # A fragment's "Rs." names no country: the document's rupee (Pakistan's "Rs.").
            return {"amount": last["amount"], "currency": currency}
        return {"amount": last["amount"], "currency": last["currency"]}
    numbers = list(BARE_NUMBER.finditer(fragment))
    if numbers:
        bare = numbers[-1]
        amount = parse_number(bare.group().lstrip("-"))
        if amount is not None:
            # Accounting prints a negative as "(1,250.00)" or "1,250.00-" as well as "-1,250.00".
            before, after = fragment[: bare.start()].rstrip(), fragment[bare.end() :]
            wrapped = before.endswith("(") and after.lstrip().startswith(")")
            negative = bare.group().startswith("-") or wrapped or after.startswith("-")
            return {"amount": -amount if negative else amount, "currency": currency}
    return None


__all__ = ["BARE_NUMBER", "labelled_amount", "money_in"]
