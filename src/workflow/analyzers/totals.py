"""A document's sums (``keyFigures`` total, subtotal and tax): the amount its label names,
the most specific label first ("Amount due" beats a plain "Total"), on the label's line, on
the next or under it in a band of labels; on a receipt with no such label, the sum it names
plainly or in a sentence. And the currency a bare amount is in: the text's main currency,
else the one currency its labels or columns name."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import Any

from workflow.analyzers.entities import find_amounts, parse_number
from workflow.analyzers.grid import cells, value_below

#: A sum labelled as before tax: "before VAT", "excl. VAT", "ex GST", "net of tax", "ohne
#: MwSt.", "hors taxes", "HT", "sin IVA", "senza IVA", "excl. btw", "eks. mva", "exkl. moms".
_BEFORE_TAX = re.compile(
    r"\b(?:before|excl(?:uding|\.)?|ex\.?|net\s+of|without|pre|ohne|zzgl\.?|netto|hors|sin"
    r"|senza|exclusief|eks\.?|exkl\.?)[ \t-]*(?:vat|tax(?:es)?|gst|mwst\.?|ust\.?|tva|taxe"
    r"|iva|btw|mva|moms)\b|\bHT\b",
    re.I,
)
#: A total named in more words before its colon ("Total charges for this period:"): read
#: only after a total before tax.
_TOTAL_OF_WORDS = re.compile(r"^[ \t]*\W{0,3}total\b[^:\n\d]{0,50}(?=:)", re.I)
#: A "Total" that is the net before tax: Portugal's "Total ilíquido", "Total sem IVA".
_NOT_A_TOTAL = r"[ \t]+(?:il[íi]quido|sem\s+iva|s/\s*iva)"
#: Total labels, most specific first: an "Amount due" beats a plain "Total" line. A label
#: counts only at the start of a line (a form field, a table row), never inside prose.
#: A label may stand indented: totals printed flush right, or in a table's last rows.
_TOTAL_LABELS = (
    re.compile(
        # A till may print the count of items before it ("4 BALANCE DUE  £6.99").
        r"^[ \t]*\W{0,3}(?:\d{1,3}[ \t]+)?(?:summe brutto|grand total|total due|amount due"
        r"|(?:please\s+)?pay\s+this\s+amount|amount\s+to\s+pay"
        r"|balance due|total amount due|total amount|invoice amount|balance at (?:the )?end"
        r"|amount payable|total payable|order total|total claimed|closing balance|new balance"
        r"|balance carried forward|ending balance|statement balance|total credit|total paid"
        r"|amount paid|fee paid|total to pay|gesamtbetrag|rechnungsbetrag|endbetrag|zu zahlen|summe"
        r"|gesamt|neuer saldo|schlusssaldo|endsaldo|montant total|total ttc|nouveau solde"
        r"|solde final"
        # A total named by what it totals ("Invoice total") and the other languages' words:
        # "Gesamtnettowert", "Net à payer", "Totale documento", "Importe total", "Totaal".
        r"|(?:invoice|document|order|statement|credit)\s+total|gesamt(?:summe|wert|nettowert|bruttowert)"
        r"|neuer kontostand|net [àa] payer|montant (?:d[ûu]|[àa] payer)|importe total"
        r"|total (?:factura|a pagar|general)"
        r"|totale(?: documento| fattura| da pagare| a pagare| generale| complessivo| pagato)?"
        r"|totaal(?: te betalen| bedrag)?|te betalen|nieuw saldo|saldo (?:final|nuevo)"
        r"|nuovo saldo|saldo finale|balance this statement"
        # A bill of a period's charges over its account's history (the previous bill, the
        # payment received): "Total charges for this period", "Total current charges".
        r"|total\s+(?:current\s+)?charges\s+(?:for|of)\s+this\s+(?:billing\s+)?(?:period|bill|month|quarter)"
        r"|saldo zu (?:ihren|unseren) (?:lasten|gunsten)"
        r"|bruttobetrag|brutto(?:summe|betrag)|gesamtbrutto"
        r"|zu zahlender betrag|zahlbetrag|endsumme|montant ttc|total [àa] payer|amount now due"
        # A credit note's total: "Gutschriftsbetrag", "Amount credited", "Credit amount".
        r"|gutschrifts?betrag|amount (?:credited|refunded)|(?:credit|refund) amount"
        # France's and Belgium's "Montant de l'avoir TTC", the credit note's gross amount.
        r"|montant\s+(?:total\s+)?de\s+l['\u2019]avoir"
        # Czechia's "Celkem k úhradě" (total to pay), "Celkem s DPH" (total with VAT).
        r"|(?:celkem\s+)?k\s+[úu]hrad[ěe]|celkem\s+(?:s|v[čc]\.?|v[čc]etn[ěe])\s+dph"
        r"|(?:outstanding|open) balance|balance outstanding"
        r"|openstaand (?:saldo|bedrag)|offener (?:betrag|saldo)|saldo pendiente|solde d[ûu]"
        # The sum paid, charged or refunded, as receipts and confirmations name it.
        r"|totaal(?:bedrag|prijs)|gesamtpreis|prix\s+total"
        r"|montant\s+(?:pay[ée]|rembours[ée]|d[ée]bit[ée])|total\s+(?:price|charged|pagado)"
        r"|amount\s+charged|refund\s+amount|importe\s+(?:pagado|reembolsado|cobrado)"
        r"|importo\s+(?:totale|pagato|rimborsato)|abgebuchter\s+betrag|erstattungsbetrag"
        r"|gutschriftsbetrag|afgeschreven\s+bedrag|terugbetaald\s+bedrag|precio\s+total"
        r"|f[äa]lliger\s+betrag|bezahlter\s+betrag|zahlungsbetrag|montant\s+exigible"
        r"|prezzo\s+totale"
        # Portugal's "Valor a pagar", "Total do documento"; "Importe a pagar", "Importo da pagare".
        r"|valor\s+(?:total|a\s+pagar)|total\s+do\s+documento|importe\s+a\s+pagar"
        r"|importo\s+da\s+pagare"
        # Sweden's, Norway's and Denmark's "Att betala", "Å betale", "At betale", "Totalt",
        # "I alt", "Summa att betala", "Beløb i alt".
        r"|(?:summa\s+|sum\s+|bel[øo]p{1,2}\s+|bel[øo]b\s+)?(?:att\s+betala|[åa]\s+betale)"
        r"|(?:total|bel[øo]b)\s+i\s+alt|i\s+alt|totalt|totalbelopp|totalbel[øo]p)\b",
        re.I,
    ),
    # "Total credit:", "Total (EUR):", "Total incl. VAT:": a total label of a few words.
    re.compile(
        r"^[ \t]*\W{0,3}total(?!"
        + _NOT_A_TOTAL
        + r")(?:[ \t]+[^\W\d_.]+(?:['\u2019][^\W\d_.]+)?\.?){0,3}[ \t]*"
        r"(?:\([^)\n]{0,12}\))?(?=[ \t]*:)",
        re.I,
    ),
    # "Total Order Value  USD 382.60": a total of a few words, its value in the next column
    # (not the tax's or the net's total).
    re.compile(
        r"^[ \t]*\W{0,3}total(?![ \t]+(?:vat|tax|gst|tva|mwst|ust|iva|btw|net|ht|excl|discount)"
        r"|" + _NOT_A_TOTAL + ")"
        r"(?:[ \t]+[^\W\d_.]+\.?){1,3}(?=\t|[ ]{2,})",
        re.I,
    ),
    re.compile(r"^[ \t]*\W{0,3}total\b(?!" + _NOT_A_TOTAL + ")", re.I),
)
#: A receipt written as a sentence: "Received from A the sum of £650.00", "we have received
#: your payment of $120.00" (read last, when nothing is labelled a total).
_PROSE_TOTAL = re.compile(
    r"\b(?:the\s+sum\s+of|(?:your|a)\s+(?:[^\W\d_]+\s+){0,2}(?:payment|donation|gift"
    r"|contribution)\s+of)[ \t]+",
    re.I,
)
#: A payment receipt's sum received, labelled at the start of its line ("The sum of:
#: $2,437.43", "Sum received  £650.00") above the invoices it settles: its total, not the
#: first invoice's row under the table's "Amount paid" nor the "Balance outstanding 0.00".
_SUM_RECEIVED = re.compile(
    r"^[ \t]*\W{0,3}(?:(?:received[ \t]+)?the[ \t]+sum[ \t]+of|sum[ \t]+received)\b", re.I
)
#: A slip that prints one sum names it plainly ("AMOUNT EUR 43,86", "SALE $12.00"): read
#: only when no total label is found, and only with the value on its own line.
_PLAIN_AMOUNT = re.compile(r"^[ \t]*\W{0,3}(?:amount|sale|purchase|betrag|montant|charged)\b", re.I)
#: A band of labels over their values has this many cells at least; the value is looked for
#: this many lines down (HTML puts a blank line between the rows).
_MIN_BAND_CELLS = 2
_BAND_REACH = 4
#: "(8%)" after a tax label is a rate, not the amount.
_PERCENT = re.compile(r"\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?")
_CARRIED = re.compile(
    r"\b(?:carried|brought)\s+forward\b|\b[üu]bertrag\b|\breport\s+[àa]\s+nouveau\b"
    r"|\briporto\b|\bsuma\s+y\s+sigue\b",
    re.I,
)
#: A currency a total's label or column names ("Amount Due NZD", "Total (EUR)", "Total ($)").
#: Currencies a label or a column header names by their code (the US dollar apart: a bare
#: "$" is already read as one).
_CODES = "EUR|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|INR|SGD|HKD|ZAR"
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
_SUBTOTAL = re.compile(r"\bsub-?\s?total(?:e|aal)?\b|\bzwischensumme\b|\bsous-total\b", re.I)
_TAX = re.compile(r"^\W{0,3}(?:sales tax|tax|vat|gst)\b", re.I)
_BARE_NUMBER = re.compile(
    r"(?<![\w.,'\u2019])-?(?:\d{1,2}(?:,\d\d){1,4},\d{3}\.\d{2}"
    r"|\d{1,3}(?:[,.\u00a0 '\u2019]\d{3})*(?:[.,]\d{2}))"
    r"(?![\d%])"
)
#: A line stating the tax a total includes ("Total includes GST $0.40", "Total includes VAT
#: of £2.10"), as Australian and British tills print it: no total.
_STATES_TAX = re.compile(r"\btotal\s+includes\b", re.I)
#: What may stand between a total's label and its value: a colon, a rate, a currency.
#: A "-" right before the number is its sign (a credit note's "Total credit: -1.980,40").
_LABEL_TAIL = re.compile(
    r"^(?:[\s:*=.]|-(?![ \t]?[\d$€£]))*"
    # "Gesamtnettowert ohne Mwst", "Total incl. VAT", "Total hors taxes": what the total holds.
    # Also in brackets: "Gesamtsumme (inkl. MwSt.)", "Totaal (incl. btw)", "Total (TTC)".
    r"(?:\(?(?:(?:ohne|inkl|incl|excl|zzgl|including|excluding|hors|iva)\.?[ \t]+"
    r"(?:mwst|ust|vat|tax|gst|taxes|tva|btw|iva|incluido|inclusa)\.?|(?:brutto|gross|ttc"
    r"|cr[ée]diteur)\b)\)?)?[\s:*=]*"
    # The document it totals: "Montant TTC de cette facture", "Amount of this bill".
    r"(?:(?:de\s+cette\s+facture|of\s+this\s+(?:invoice|bill)|dieser\s+rechnung"
    r"|de\s+esta\s+factura|di\s+questa\s+fattura|van\s+deze\s+factuur)\b[\s:*=]*)?"
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


def amount_figures(
    lines: list[str], currency: str | None, document_type: str
) -> dict[str, tuple[dict[str, Any], int]]:
    """Total, subtotal and tax, each with the index of the line it was read from. A receipt
    with no total label may name its sum plainly ("AMOUNT EUR 43,86") or in a sentence ("the
    sum of £650.00"); other documents' sentences and amounts are not their total."""
    found = {}
    # A running sum carried to the next page is a statement's balance, nobody else's total.
    skip = None if document_type == "statement" else _CARRIED
    for name, labels in (("total", _TOTAL_LABELS), ("subtotal", (_SUBTOTAL,)), ("tax", (_TAX,))):
        received = None
        if name == "total" and document_type == "receipt":
            received = _labelled_amount(lines, (_SUM_RECEIVED,), currency, skip=skip)
        if received is not None and received[0]["amount"] > 0:
            found[name] = received
            continue
        read = _labelled_amount(lines, labels, currency, skip=skip)
        if name == "total" and read is not None and read[0]["amount"] == 0:
            read = _settled(lines, read, currency, skip, document_type)
        if name == "total" and read is not None:
            read = _after_tax(lines, read, currency, skip)
        if name == "total" and read is not None and document_type != "statement":
            read = _before_payments(lines, read, currency, skip)
        if read is None and name == "total" and document_type == "receipt":
            read = _labelled_amount(lines, (_PLAIN_AMOUNT,), currency, below=False)
            read = read or _prose_total(lines, currency)
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
    if not _BEFORE_TAX.search(lines[read[1]]) and not (
        read[1] > 0 and _BEFORE_TAX.search(lines[read[1] - 1])
    ):
        return read
    start = read[1] + 1
    rest = [line if not _BEFORE_TAX.search(line) else "" for line in lines[start:]]
    labels = (*_TOTAL_LABELS[:2], _TOTAL_OF_WORDS, *_TOTAL_LABELS[2:])
    after = _labelled_amount(rest, labels, currency, skip=skip)
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
    tiers = (_labelled_amount(lines, (label,), currency, skip=skip) for label in _TOTAL_LABELS)
    found = next((t for t in tiers if t is not None and t[0]["amount"] != 0), None)
    rest = list(lines)
    while found is None:
        rest[zero[1]] = ""  # the zero's line read, the labels of the lines above it
        again = _labelled_amount(rest, _TOTAL_LABELS, currency, skip=skip)
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
    plain = _labelled_amount(lines, _TOTAL_LABELS[1:], currency, skip=skip)
    # Any total label above the sum left ("Gesamtbetrag" over "Anzahlung erhalten" over
    # "Offener Betrag"): the last one above it, of whatever tier.
    above = _labelled_amount(lines[: read[1]], _TOTAL_LABELS, currency, skip=skip)
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
            {"amount": parse_number(m.group().lstrip("-"))} for m in _BARE_NUMBER.finditer(line)
        ]
        if _PAID.search(line) and any(
            a["amount"] is not None and abs(abs(a["amount"]) - paid) < 0.005 for a in amounts
        ):
            return True
    return False


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
    if len(row) < _MIN_BAND_CELLS or any(_BARE_NUMBER.search(cell) for cell, _, _ in row):
        return None
    if any(_ITEM_HEADER.match(cell) for cell, _, _ in row):
        return None  # "Artikel  Menge  Einzelpreis  Gesamt": the first row's line total
    for cell, start, _ in row[first:]:
        match = label.match(cell)
        if match is None or cell[match.end() :].strip(" :"):
            continue
        text = "\n".join(lines[index : index + _BAND_REACH])
        below = value_below(text, start)
        money = _money_in(below[0], currency) if below else None
        if below is not None and money is not None:
            return money, index + text.count("\n", 0, below[1])
    return None


def _prose_total(lines: list[str], currency: str | None) -> tuple[dict[str, Any], int] | None:
    for index, line in enumerate(lines):
        match = _PROSE_TOTAL.search(line)
        if match:
            money = _money_in(line[match.end() : match.end() + 30].split(" for ")[0], currency)
            if money is not None:
                return money, index
    return None


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


def _labelled_amount(
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
                    found = (_named_currency(banded[0], line), banded[1])
                continue
            if label is not _SUBTOTAL and _SUBTOTAL.search(line):
                continue
            if skip is not None and skip.search(line):
                continue
            if label is not _SUBTOTAL and _STATES_TAX.search(line):
                continue  # "Total includes GST  $0.40": the tax the total holds
            tail = line[match.end() :]
            tail = tail[_LABEL_TAIL.match(tail).end() :]  # type: ignore[union-attr]
            dated = _AS_OF.match(tail)
            tail = tail[dated.end() :] if dated else tail
            money = _money_in(tail, currency) if _starts_with_money(tail) else None
            at = index
            # A label alone on its line (not the last cell of a table's header row).
            bare_label = not _PERCENT.sub("", tail).strip(" :\t") and not re.search(
                r"\w", line[: match.start()]
            )
            if money is None and below and bare_label and index + 1 < len(lines):
                money = _money_in(lines[index + 1], currency)  # value on the next line
                at = index + 1
            elif money is None and below:
                # The first cell of a band of labels ("New balance  Minimum payment  Payment
                # due date" over "£519.98  £25.00  23 September 2025").
                banded = _band_amount(lines, index, label, currency, first=0)
                money, at = banded if banded is not None else (None, index)
            if money is not None:
                found = (_named_currency(money, line), at)
        if found is not None:
            return found
    return None


def _named_currency(money: dict[str, Any], line: str) -> dict[str, Any]:
    """A bare amount in the currency its label or column names ("Amount Due NZD  3,570.75",
    "Total ($)  12.00")."""
    if money["currency"] is not None:
        return money
    named = _LABEL_CURRENCY.search(line)
    if named is None:
        return money
    mark = named.group("code") or named.group("symbol")
    return {**money, "currency": _SYMBOL_CODES.get(mark, mark)}


def _starts_with_money(fragment: str) -> bool:
    """The value follows the label directly (not a sentence that mentions a total)."""
    return bool(
        re.match(
            r"\s*\(?\s*(?:[A-Z]{3}(?![A-Za-z])|[A-Z]{0,2}[$€£¥₹]|(?:Rs|[Kk]r)\.?\s?\d|-|\d)",
            fragment,
        )
    )


def _money_in(fragment: str, currency: str | None) -> dict[str, Any] | None:
    amounts = find_amounts(fragment)
    if amounts:
        last = amounts[-1]
        return {"amount": last["amount"], "currency": last["currency"]}
    numbers = list(_BARE_NUMBER.finditer(fragment))
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


__all__ = ["amount_figures", "main_currency", "only_currency_named"]
