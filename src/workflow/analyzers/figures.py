"""Key figures: the few labelled values a reader looks for first (document number, total,
dates by role), read from "Label: value" lines the way people lay documents out."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from itertools import islice
from typing import Any

from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.docnumbers import document_number, document_number_at
from workflow.analyzers.entities import date_spans, find_amounts, parse_number
from workflow.analyzers.grid import cells, value_below

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
        r"|gesamt|neuer saldo|schlusssaldo|montant total|total ttc|nouveau solde|solde final"
        # A total named by what it totals ("Invoice total") and the other languages' words:
        # "Gesamtnettowert", "Net à payer", "Totale documento", "Importe total", "Totaal".
        r"|(?:invoice|document|order|statement|credit)\s+total|gesamt(?:summe|wert|nettowert|bruttowert)"
        r"|neuer kontostand|net [àa] payer|montant (?:d[ûu]|[àa] payer)|importe total"
        r"|total (?:factura|a pagar|general)"
        r"|totale(?: documento| fattura| da pagare| generale| complessivo| pagato)?"
        r"|totaal(?: te betalen| bedrag)?|te betalen|nieuw saldo|saldo (?:final|nuevo)"
        r"|nuovo saldo|saldo finale|balance this statement"
        r"|bruttobetrag|brutto(?:summe|betrag)|gesamtbrutto"
        r"|zu zahlender betrag|zahlbetrag|endsumme|montant ttc|total [àa] payer|amount now due"
        # A credit note's total: "Gutschriftsbetrag", "Amount credited", "Credit amount".
        r"|gutschrifts?betrag|amount (?:credited|refunded)|(?:credit|refund) amount"
        r"|(?:outstanding|open) balance|balance outstanding"
        r"|openstaand (?:saldo|bedrag)|offener (?:betrag|saldo)|saldo pendiente|solde d[ûu]"
        # The sum paid, charged or refunded, as receipts and confirmations name it.
        r"|totaal(?:bedrag|prijs)|gesamtpreis|prix\s+total"
        r"|montant\s+(?:pay[ée]|rembours[ée]|d[ée]bit[ée])|total\s+(?:price|charged|pagado)"
        r"|amount\s+charged|refund\s+amount|importe\s+(?:pagado|reembolsado|cobrado)"
        r"|importo\s+(?:totale|pagato|rimborsato)|abgebuchter\s+betrag|erstattungsbetrag"
        r"|gutschriftsbetrag|afgeschreven\s+bedrag|terugbetaald\s+bedrag|precio\s+total"
        r"|f[äa]lliger\s+betrag|bezahlter\s+betrag|zahlungsbetrag|montant\s+exigible"
        r"|prezzo\s+totale)\b",
        re.I,
    ),
    # "Total credit:", "Total (EUR):", "Total incl. VAT:": a total label of a few words.
    re.compile(
        r"^[ \t]*\W{0,3}total(?:[ \t]+[^\W\d_.]+(?:['\u2019][^\W\d_.]+)?\.?){0,3}[ \t]*"
        r"(?:\([^)\n]{0,12}\))?(?=[ \t]*:)",
        re.I,
    ),
    # "Total Order Value  USD 382.60": a total of a few words, its value in the next column
    # (not the tax's or the net's total).
    re.compile(
        r"^[ \t]*\W{0,3}total(?![ \t]+(?:vat|tax|gst|tva|mwst|ust|iva|btw|net|ht|excl|discount))"
        r"(?:[ \t]+[^\W\d_.]+\.?){1,3}(?=\t|[ ]{2,})",
        re.I,
    ),
    re.compile(r"^[ \t]*\W{0,3}total\b", re.I),
)
#: A receipt written as a sentence: "Received from A the sum of £650.00", "we have received
#: your payment of $120.00" (read last, when nothing is labelled a total).
_PROSE_TOTAL = re.compile(
    r"\b(?:the\s+sum\s+of|(?:your|a)\s+(?:[^\W\d_]+\s+){0,2}(?:payment|donation|gift"
    r"|contribution)\s+of)[ \t]+",
    re.I,
)
#: A slip that prints one sum names it plainly ("AMOUNT EUR 43,86", "SALE $12.00"): read
#: only when no total label is found, and only with the value on its own line.
_PLAIN_AMOUNT = re.compile(r"^[ \t]*\W{0,3}(?:amount|sale|purchase|betrag|montant|charged)\b", re.I)
#: A US address's last line ("PORTLAND OR 97205", "Austin, TX 78701-1234") near the top: a
#: document that prints no currency mark at all is in dollars.
_US_ADDRESS = re.compile(
    r"^[ \t]*[A-Za-z][A-Za-z .'-]{1,30},?[ \t]+(?-i:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN"
    r"|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX"
    r"|UT|VT|VA|WA|WV|WI|WY)[ \t]+\d{5}(?:-\d{4})?[ \t]*$",
    re.MULTILINE,
)
_ADDRESS_CHARS = 1500
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
_MAX_NAMED_CURRENCIES = 50
_SUBTOTAL = re.compile(r"\bsub-?\s?total(?:e|aal)?\b|\bzwischensumme\b|\bsous-total\b", re.I)
_TAX = re.compile(r"^\W{0,3}(?:sales tax|tax|vat|gst)\b", re.I)
_BARE_NUMBER = re.compile(
    r"(?<![\w.,'\u2019])-?(?:\d{1,2}(?:,\d\d){1,4},\d{3}\.\d{2}"
    r"|\d{1,3}(?:[,.\u00a0 '\u2019]\d{3})*(?:[.,]\d{2}))"
    r"(?![\d%])"
)
#: What may stand between a total's label and its value: a colon, a rate, a currency.
#: A "-" right before the number is its sign (a credit note's "Total credit: -1.980,40").
_LABEL_TAIL = re.compile(
    r"^(?:[\s:*=.]|-(?![ \t]?[\d$€£]))*"
    # "Gesamtnettowert ohne Mwst", "Total incl. VAT", "Total hors taxes": what the total holds.
    r"(?:(?:ohne|inkl|incl|excl|zzgl|including|excluding|hors)\.?[ \t]+"
    r"(?:mwst|ust|vat|tax|gst|taxes|tva)\.?|(?:brutto|gross|ttc|cr[ée]diteur)\b)?[\s:*=]*"
    r"(?:\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?)?[\s:*=]*",
    re.I,
)
#: The day a balance is struck, between its label and its amount ("Nieuw saldo per
#: 3-7-2025: € 2.049,61", "Closing balance as of 31/03/2026  1,200.00").
_AS_OF = re.compile(
    r"^(?:per|am|au|al|on|as\s+(?:of|at)|at|zum|du|del|vom|op)[ \t]+"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d)[\s:*=]*",
    re.I,
)
_STATEMENT_NUMBER = re.compile(
    r"\b(?:statement|afschrift|(?:konto)?auszugs?|relev[ée](?:\s+de\s+compte)?|estratto\s+conto"
    r"|extracto(?:\s+de\s+cuenta)?)[ \t]*(?:#|no\.?|number|nummer|nr\.?|n[°º.])"
    r"\s*[:.]?[ \t]*\w",
    re.I,
)
#: An account's or card's number, as banks print it: grouped ("DE44 5001 0517 ..."), masked
#: ("XXXX XXXX XXXX 1234", "****6830").
_ACCOUNT_NUMBER = re.compile(
    # At the start of a line or of a column (two-column headers put it beside the address).
    # "Your account number", "Customer account no." as bills print it.
    r"(?:^|\t|[ ]{2})[ \t]*(?:(?:your|customer)[ \t]+)?"
    r"(?:account\s*(?:number|no\.?|#)|iban|card\s*(?:number|no\.?)|(?:account|card)\s+ending(?:\s+in)?"
    r"|acct\.?\s*(?:no\.?|#)|(?:account|acct\.?|konto)(?=[ \t]*:)|n[°º]\.?\s*de\s+compte"
    r"|kontonummer|rekening(?:nummer)?(?![^\W\d_])|num[ée]ro\s+de\s+compte|n[úu]mero\s+de\s+cuenta"
    r"|numero\s+di\s+conto)"
    r"[ \t]*[:.]?[ \t]*(?P<id>[A-Z0-9*•xX](?:[A-Z0-9*•xX-]| (?=[A-Z0-9*•xX])){3,40})",
    re.I | re.M,
)
#: An account's or card's number label alone in its cell, its value under it in a two-column
#: header ("Account Number" over "******7095", beside the holder's address).
_ACCOUNT_LABEL = re.compile(
    r"(?:^|\t|[ ]{2})[ \t]*(?P<label>(?:account|card)\s*(?:number|no\.?|#))[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_ACCOUNT_VALUE = re.compile(
    r"(?P<id>(?=[^\d\n]*\d)[A-Z0-9*•xX](?:[A-Z0-9*•xX-]| (?=[A-Z0-9*•xX])){3,40})", re.I
)
#: A supplier's statement of account is known by the customer's account with the supplier
#: ("Klantnummer: C81353", "Customer no.", "N° client") when no account number is printed.
_CUSTOMER_NUMBER = re.compile(
    r"^[ \t]*(?:(?:customer|client)\s*(?:number|no\.?|#|id)|kunden-?(?:nummer|nr\.?)"
    r"|klant(?:nummer|nr\.?)|n[°ºo]\.?\s*(?:de\s+)?client|num[ée]ro\s+(?:de\s+)?client)"
    r"[ \t]*[:.]?[ \t]*(?P<id>[A-Z0-9](?:[A-Z0-9-]| (?=[A-Z0-9])){3,40})",
    re.I | re.M,
)
#: "Net 30", "net 30 days": payment due that many days after the issue date.
_NET_TERMS = re.compile(
    r"\bnet[ \t]*(?P<days>\d{1,3})\b(?![.,]\d)"
    # "payable within 14 days", "30 days from the date of invoice", "zahlbar innerhalb von 14
    # Tagen", "à 30 jours", "binnen 30 dagen", "a 30 días", "a 30 giorni".
    r"|\b(?:payable|due|paid|payment|zahlbar|zahlung|payer|paiement|betalen|betaling|pagar|pago"
    r"|pagare|pagamento)\b[^.\n]{0,30}?"
    r"\b(?:within|innerhalb(?:\s+von)?|binnen|[àa]|en|entro)[ \t]+(?P<within>\d{1,3})[ \t]+"
    r"(?:calendar\s+)?(?:days|tagen|jours|dagen|d[ií]as|giorni)\b"
    r"|\b(?P<from>\d{1,3})[ \t]+days[ \t]+(?:from|of|after)[ \t]+(?:the[ \t]+)?"
    r"(?:date[ \t]+of[ \t]+)?invoice\b"
    # "30 days net", "14 Tage netto", "30 jours net", "30 dagen netto", "Netto 30 Tage".
    r"|\b(?P<net>\d{1,3})[ \t]+(?:days|tage|jours|dagen|d[ií]as|giorni)[ \t]+nett?o?\b"
    r"|\bnetto[ \t]+(?P<netto>\d{1,3})[ \t]+(?:tage|dagen|days|giorni|d[ií]as)\b"
    # The terms as a label's value: "Payment terms: 14 days", "Zahlungsziel: 30 Tage",
    # "Délai de paiement : 30 jours", "Betalingstermijn: 14 dagen", "Plazo de pago: 30 días".
    r"|\b(?:payment\s+terms|terms(?:\s+of\s+payment)?|zahlungs(?:ziel|bedingungen|frist)"
    r"|d[ée]lai\s+de\s+(?:paiement|r[èe]glement)|conditions\s+de\s+(?:paiement|r[èe]glement)"
    r"|betalings(?:termijn|voorwaarden|conditie)|plazo\s+de\s+pago|condiciones\s+de\s+pago"
    r"|termini\s+di\s+pagamento|condizioni\s+di\s+pagamento)[ \t]*:?[ \t]*"
    r"(?P<term>\d{1,3})[ \t]+(?:days|tage|tagen|jours|dagen|d[ií]as|giorni|gg\.?)\b"
    r"(?![ \t]+(?:eom|end\s+of\s+(?:the\s+)?month|fin\s+de\s+mois|fine\s+mese"
    r"|ende\s+des\s+monats))",
    re.I,
)
#: A delivery's date labels, in the languages the date roles read.
_DELIVERY = re.compile(
    r"(?:\bdeliver(?:y|ed)?(?:\s+(?:date|on|by))?|\bliefer(?:datum|termin|ung)|\blever(?:ings)?datum"
    r"|\blivraison|\bentrega|\bconsegna|\bshipped(?:\s+on)?|\bship\s+date)[\W_]*$",
    re.I,
)
#: A delivery note's title (as its own line or a cell of one), near the top: the note is
#: dated the day its goods are shipped or delivered.
_DELIVERY_NOTE = re.compile(
    r"(?:^|\t|[ ]{2})\W*(?:delivery\s+(?:note|docket)|packing\s+(?:slip|list)|dispatch\s+note"
    r"|lieferschein|bon\s+de\s+livraison|albar[áa]n(?:\s+de\s+entrega)?|pakbon"
    r"|documento\s+di\s+trasporto|bolla\s+di\s+consegna)[ \t]*$",
    re.I | re.M,
)
_DELIVERY_NOTE_HEAD = 400
_DATE_FIGURES = {"issue": "issueDate", "due": "dueDate", "effective": "effectiveDate",
                 "end": "endDate"}  # fmt: skip


def key_figures(
    text: str,
    document_type: str = "other",
    dates: list[dict[str, Any]] | None = None,
    amounts: list[dict[str, Any]] | None = None,
    where: dict[str, int] | None = None,
) -> dict[str, Any]:
    """Labelled values found in ``text``; keys are present only when found. ``dates`` and
    ``amounts`` are the text's, when the caller has them already. ``where``, if given, is
    filled with the offset each figure was read at (its line, or the value itself), so its
    evidence can be cited."""
    raw_lines = text.splitlines(keepends=True)
    lines = text.splitlines()
    starts = [0]
    for line in raw_lines:
        starts.append(starts[-1] + len(line))
    currency = _main_currency(find_amounts(text) if amounts is None else amounts)
    if currency is None:
        currency = _only_currency_named(text)  # "Prezzo(€)", "Amount AUD" over bare prices
    if currency is None and _US_ADDRESS.search(text[:_ADDRESS_CHARS]):
        currency = "USD"  # a US till prints no "$": its address says the currency
    figures: dict[str, Any] = {}
    found_at = where if where is not None else {}
    for name, (amount, line_index) in _amounts(lines, currency, document_type).items():
        figures[name] = amount
        found_at[name] = starts[line_index]
    numbered = document_number_at(text, document_type)
    account = next(
        (m for m in islice(_ACCOUNT_NUMBER.finditer(text), 20) if re.search(r"\d", m.group("id"))),
        None,
    )
    if account is None:
        account = _account_below(text)
    if account is None and document_type == "statement":
        account = next(
            (m for m in islice(_CUSTOMER_NUMBER.finditer(text), 20) if re.search(r"\d", m["id"])),
            None,
        )
    if account:
        figures["accountNumber"] = account.group("id").strip()
        found_at["accountNumber"] = account.start("id")
        if document_type == "statement" and (numbered is None or numbered[1] > account.start()):
            # A statement is known by its account when it prints no number of its own.
            statement = _STATEMENT_NUMBER.search(text)
            if statement is None:
                numbered = (figures["accountNumber"], account.start("id"))
    if numbered:
        number, offset = numbered
        figures["documentNumber"] = number
        found_at["documentNumber"] = offset
        if document_type == "invoice":
            figures["invoiceNumber"] = number
            found_at["invoiceNumber"] = offset
    _dated(figures, found_at, text, document_type, dates)
    if document_type == "statement" and "issueDate" not in figures and "total" in figures:
        _balance_day(text, figures, found_at)
    return figures


#: The day a balance is struck, after its label: "Nouveau solde au 28/03/2025", "Closing
#: balance as of 31 March 2026", "Neuer Kontostand am 30.06.2026".
_STRUCK_ON = re.compile(
    r"\b(?:per|am|au|al|on|as\s+(?:of|at)|at|zum|du|del|vom|op)[ \t]+$", re.IGNORECASE
)


def _balance_day(text: str, figures: dict[str, Any], found_at: dict[str, int]) -> None:
    """A statement undated elsewhere is dated the day its closing balance is struck."""
    start = found_at["total"]
    end = text.find("\n", start)
    line = text[start : end if end != -1 else len(text)]
    for at, _, _, value in date_spans(line):
        if _STRUCK_ON.search(line[max(0, at - 12) : at]):
            figures["issueDate"] = value
            found_at["issueDate"] = start + at
            return


def _account_below(text: str) -> re.Match[str] | None:
    """An account number under its label (:data:`_ACCOUNT_LABEL`), as a match whose ``id``
    group is the number."""
    for label in islice(_ACCOUNT_LABEL.finditer(text), 20):
        below = value_below(text, label.start("label"))
        if below is not None:
            value = _ACCOUNT_VALUE.fullmatch(below[0])
            if value is not None:
                return _ACCOUNT_VALUE.match(text, below[1])
    return None


def _dated(
    figures: dict[str, Any],
    found_at: dict[str, int],
    text: str,
    document_type: str,
    dates: list[dict[str, Any]] | None,
) -> None:
    """The dates by role into ``figures``; an invoice's due date derived from its payment
    terms ("Net 30", "payable within 14 days") when none is printed."""
    delivery_note = document_type == "other" and _DELIVERY_NOTE.search(text[:_DELIVERY_NOTE_HEAD])
    for item in dates if dates is not None else dates_with_roles(text):
        figure = _DATE_FIGURES.get(str(item.get("role")))
        if figure == "dueDate" and document_type == "invoice" and _delivered(text, item):
            continue  # an invoice's delivery date is not when it must be paid
        if figure == "dueDate" and delivery_note and _delivered(text, item):
            figure = "issueDate"  # a delivery note's delivery is the day it is dated
        if figure and figure not in figures:
            figures[figure] = item["value"]
            if "offset" in item:
                found_at[figure] = item["offset"]
    due_from_terms(text, document_type, figures, found_at)


def due_from_terms(
    text: str, document_type: str, figures: dict[str, Any], where: dict[str, int]
) -> None:
    """An invoice's or a statement's due date from its payment terms ("Net 30", "payable
    within 14 days", "Zahlungsziel: 30 Tage") and its issue date, when none is printed."""
    if "dueDate" in figures or "issueDate" not in figures:
        return
    terms = _NET_TERMS.search(text) if document_type in ("invoice", "statement") else None
    if terms:
        issued = date.fromisoformat(figures["issueDate"])
        days = int(next(group for group in terms.groups() if group is not None))
        figures["dueDate"] = (issued + timedelta(days=days)).isoformat()
        where["dueDate"] = terms.start()


def _delivered(text: str, item: dict[str, Any]) -> bool:
    """Whether a date was labelled as a delivery ("Delivery date:", "Lieferdatum:")."""
    offset = item.get("offset")
    if not isinstance(offset, int) or not 0 <= offset <= len(text):
        return False
    line_start = text.rfind("\n", 0, offset) + 1
    return bool(_DELIVERY.search(text[max(line_start, offset - 60) : offset]))


def _amounts(
    lines: list[str], currency: str | None, document_type: str
) -> dict[str, tuple[dict[str, Any], int]]:
    """Total, subtotal and tax, each with the index of the line it was read from. A receipt
    with no total label may name its sum plainly ("AMOUNT EUR 43,86") or in a sentence ("the
    sum of £650.00"); other documents' sentences and amounts are not their total."""
    found = {}
    # A running sum carried to the next page is a statement's balance, nobody else's total.
    skip = None if document_type == "statement" else _CARRIED
    for name, labels in (("total", _TOTAL_LABELS), ("subtotal", (_SUBTOTAL,)), ("tax", (_TAX,))):
        read = _labelled_amount(lines, labels, currency, skip=skip)
        if name == "total" and read is not None and read[0]["amount"] == 0:
            # "Balance due 0.00" under a paid bill: the bill is for its total, now settled.
            tiers = (_labelled_amount(lines, (label,), currency, skip=skip) for label in labels)
            read = next((t for t in tiers if t is not None and t[0]["amount"] != 0), read)
        if read is None and name == "total" and document_type == "receipt":
            read = _labelled_amount(lines, (_PLAIN_AMOUNT,), currency, below=False)
            read = read or _prose_total(lines, currency)
        if read is not None:
            found[name] = read
    return found


def _band_amount(
    lines: list[str], index: int, label: re.Pattern[str], currency: str | None
) -> tuple[dict[str, Any], int] | None:
    """The amount under a label that is a whole cell of a band of labels ("INVOICE NUMBER
    DUE DATE  AMOUNT DUE" over "LOO-7122  13/11/2025  GBP 560.00", as payment processors lay
    out a bill's or a receipt's head), and the index of its line."""
    row = cells(lines[index])
    # Labels only: an ageing's "1-30 days" is a label, a cell holding money is not.
    if len(row) < _MIN_BAND_CELLS or any(_BARE_NUMBER.search(cell) for cell, _, _ in row):
        return None
    for cell, start, _ in row[1:]:
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


def _main_currency(amounts: list[dict[str, Any]]) -> str | None:
    counts = Counter(amount["currency"] for amount in amounts)
    return counts.most_common(1)[0][0] if counts else None


def _only_currency_named(text: str) -> str | None:
    """The one currency a text names with no amount beside it (a column's "Prezzo (€)", a
    label's "TOTAL AUD"), when it names only one."""
    named = {
        _SYMBOL_CODES.get(m.group(), m.group())
        for m in islice(_NAMED_CURRENCY.finditer(text), _MAX_NAMED_CURRENCIES)
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
        re.match(r"\s*\(?\s*(?:[A-Z]{3}(?![A-Za-z])|[A-Z]{0,2}[$€£¥₹]|Rs\.?\s?\d|-|\d)", fragment)
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


__all__ = ["document_number", "document_number_at", "due_from_terms", "key_figures"]
