"""Key figures: the few labelled values a reader looks for first (document number, total,
dates by role, account number), read from "Label: value" lines the way people lay documents
out. The sums are read by :mod:`workflow.analyzers.totals`, their currency by
:mod:`workflow.analyzers.amount_currency`, the number by :mod:`workflow.analyzers.docnumbers`,
the dates' roles by :mod:`workflow.analyzers.dateroles`."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from workflow.analyzers.amount_currency import main_currency, only_currency_named
from workflow.analyzers.datecolumns import among_rows
from workflow.analyzers.datecues import DELIVERY
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.docnumbers import document_number, document_number_at
from workflow.analyzers.dueterms import due_from_terms
from workflow.analyzers.entities import date_spans
from workflow.analyzers.grid import is_row, value_below
from workflow.analyzers.letterrefs import letter_reference_at
from workflow.analyzers.money import find_amounts
from workflow.analyzers.number_labels import reminder
from workflow.analyzers.periods import date_statement
from workflow.analyzers.totals import amount_figures

#: A US address's last line ("PORTLAND OR 97205", "Austin, TX 78701-1234") near the top: a
#: document that prints no currency mark at all is in dollars.
_US_ADDRESS = re.compile(
    r"^[ \t]*[A-Za-z][A-Za-z .'-]{1,30},?[ \t]+(?-i:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN"
    r"|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX"
    r"|UT|VT|VA|WA|WV|WI|WY)[ \t]+\d{5}(?:-\d{4})?[ \t]*$",
    re.MULTILINE,
)
_ADDRESS_CHARS = 1500
#: An IBAN of a country that pays in euros ("IBAN DE29 6397 9313 ..."): a statement of that
#: account that prints no currency at all ("Neuer Kontostand 2.720,98 H") is in euros.
_EURO_IBAN = re.compile(
    r"\b(?:AT|BE|CY|DE|EE|ES|FI|FR|GR|HR|IE|IT|LT|LU|LV|MT|NL|PT|SI|SK)\d{2}[ ]?[A-Z0-9]{4}"
    r"(?:[ ]?[A-Z0-9]{2,4}){2,7}\b"
)
#: An Indian telephone number near the top ("+91 80 5550 0175"), or a GSTIN: a bill that prints
#: no currency mark (its font could not draw the rupee sign) is in rupees.
_INDIAN_SENDER = re.compile(
    r"(?<![\w+])\+91[ \t-]?\d{2,5}[ \t-]?\d{3,5}|\bGSTIN\b[ \t:.]*\d{2}[A-Z]{5}\d{4}[A-Z]"
)
_STATEMENT_NUMBER = re.compile(
    r"\b(?:statement|afschrift|(?:rekening)?overzicht|(?:konto)?auszugs?"
    r"|relev[ée](?:\s+de\s+compte)?|estratto\s+conto"
    r"|extracto(?:\s+de\s+cuenta)?|extrato|kontoutdrag|kontoudtog|kontoutskrift|tiliote"
    r"|v[ýy]pis|zestawienie)"
    r"[ \t]*(?:#|no\.?|number|nummer|nr\.?|nro\.?|č\.|n[°º.])\s*[:.]?[ \t]*\w"
    # ... or titled with it, the name opening its line: "STATEMENT 0198/2026",
    # "Rekeningoverzicht SOA294528" (never a date: "Datum afschrift  2025-07-16").
    r"|^[ \t]*(?:statement(?:\s+of\s+account)?|(?:rekening)?overzicht|extrato(?:\s+de\s+conta)?"
    r"|kontoutdrag|kontoudtog|kontoutskrift|tiliote|v[ýy]pis(?:\s+z\s+[úu][čc]tu)?|zestawienie)"
    r"[ \t]+(?!\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b)(?-i:[A-Z]{0,4})[-/]?\d[\w/-]{3,}[ \t]*$",
    re.I | re.M,
)
#: An account's or card's number, as banks print it: grouped ("DE44 5001 0517 ..."), masked
#: ("XXXX XXXX XXXX 1234", "****6830").
_ACCOUNT_NUMBER = re.compile(
    # At the start of a line or of a column (two-column headers put it beside the address).
    # "Your account number", "Customer account no." as bills print it.
    r"(?:^|\t|[ ]{2})[ \t]*(?:(?:your|customer)[ \t]+)?"
    r"(?:account\s*(?:number|no\.?|#)|iban|card\s*(?:number|no\.?)|(?:account|card)\s+ending(?:\s+in)?"
    r"|acct\.?\s*(?:no\.?|#)|(?:account|acct\.?|konto)(?=[ \t]*:)|n[°º]\.?\s*de\s+compte"
    # A card's number in the other languages: "Kartennummer", "Numéro de carte", "Número de
    # tarjeta", "Numero carta", "Kaartnummer".
    r"|karten-?nummer|kaartnummer|num[ée]ro\s+de\s+(?:la\s+)?carte|n[úu]mero\s+de\s+tarjeta"
    r"|numero\s+(?:della\s+|di\s+)?carta"
    r"|kontonummer|rekening(?:nummer)?(?![^\W\d_])|num[ée]ro\s+de\s+compte|n[úu]mero\s+de\s+cuenta"
    r"|numero\s+di\s+conto)"
    r"[ \t]*[:.]?[ \t]*(?P<id>[A-Z0-9*•xX](?:[A-Z0-9*•xX-]| (?=[A-Z0-9*•xX])){3,40})",
    re.I | re.M,
)
#: An account's or card's number label alone in its cell, its value under it in a two-column
#: header ("Account Number" over "******7095", beside the holder's address) or in a band of
#: labels ("Statement Date  Account #  Due Date" over their values).
_ACCOUNT_LABEL = re.compile(
    r"(?:^|\t|[ ]{2})[ \t]*(?P<label>(?:account|card)\s*(?:number|no\.?|#))[ \t]*:?[ \t]*"
    r"(?=\t|[ ]{2}|$)",
    re.I | re.M,
)
_ACCOUNT_VALUE = re.compile(
    r"(?P<id>(?=[^\d\n]*\d)[A-Z0-9*•xX](?:[A-Z0-9*•xX-]| (?=[A-Z0-9*•xX])){3,40})", re.I
)
#: A supplier's statement of account is known by the customer's account with the supplier
#: ("Klantnummer: C81353", "Customer no.", "N° client") when no account number is printed.
_CUSTOMER_LABELS = (
    r"(?:(?:customer|client)\s*(?:number|no\.?|#|id)|kunden-?(?:nummer|nr\.?)"
    r"|klant(?:nummer|nr\.?)|n[°ºo]\.?\s*(?:de\s+)?client|num[ée]ro\s+(?:de\s+)?client"
    # Italy's, Spain's and Portugal's: "Codice cliente", "Código de cliente", "Nº de cliente".
    r"|codice\s+cliente|c[óo]digo\s+(?:de\s+|do\s+)?cliente|n[úu]mero\s+(?:de\s+|do\s+)?cliente)"
)
#: The label and its value beside it, leading its line or a cell of it (the right-hand panel
#: of a two-column header: "Fenwick & Hale Ltd  Customer No.  11268").
_CUSTOMER_NUMBER = re.compile(
    rf"(?:^|\t|[ ]{{2}})[ \t]*{_CUSTOMER_LABELS}"
    r"[ \t]*[:.]?[ \t]*(?P<id>[A-Z0-9](?:[A-Z0-9-]| (?=[A-Z0-9])){3,40})",
    re.I | re.M,
)
#: The label alone in its cell, its value under it in a band ("Customer No.  Date" over
#: "87483  08/11/2026").
_CUSTOMER_LABEL = re.compile(
    rf"(?:^|\t|[ ]{{2}})[ \t]*(?P<label>{_CUSTOMER_LABELS})[ \t]*:?[ \t]*(?=\t|[ ]{{2}}|$)",
    re.I | re.M,
)
#: A delivery's date labels, in the languages the date roles read.
_DELIVERY = re.compile(
    r"(?:\bdeliver(?:y|ed)?(?:\s+(?:date|on|by))?|\bexpected\s+arrival|\bliefer(?:datum|termin|ung)"
    r"|\blever(?:ings)?datum"
    r"|\blivraison|\bentrega|\bconsegna|\bshipped(?:\s+on)?|\bship\s+date)[\W_]*$",
    re.I,
)
#: A delivery note's title (as its own line or a cell of one), near the top: the note is
#: dated the day its goods are shipped or delivered.
#: A payment's day ("Fecha de pago"): a bill's due date, the day a receipt was paid.
_PAYMENT_DAY = re.compile(r"\bfecha\s+de\s+pago[\W_]*$", re.I)
_DELIVERY_NOTE = re.compile(
    r"(?:^|\t|[ ]{2})\W*(?:delivery\s+(?:note|docket)|packing\s+(?:slip|list)|dispatch\s+note"
    r"|lieferschein|bon\s+de\s+livraison|albar[áa]n(?:\s+de\s+entrega)?|pakbon"
    r"|documento\s+di\s+trasporto|bolla\s+di\s+consegna)[ \t]*$",
    re.I | re.M,
)
_DELIVERY_NOTE_HEAD = 400
#: Types with no number of their own: a memo's "Ticket 4411" is the matter it writes about,
#: another document's. A letter's is only its own reference (:mod:`letterrefs`).
_UNNUMBERED_TYPES = frozenset({"memo", "minutes", "report"})
#: Types whose date labelled as a delivery ("Delivery date:", "Estimated delivery:") is no due
#: date: an invoice is paid, and a receipt was paid, whenever the goods arrive.
_PAID_TYPES = frozenset({"invoice", "receipt"})
_DATE_FIGURES = {"issue": "issueDate", "due": "dueDate", "effective": "effectiveDate",
                 "end": "endDate", DELIVERY: "dueDate"}  # fmt: skip


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
    currency = _currency(text, amounts)
    figures: dict[str, Any] = {}
    found_at = where if where is not None else {}
    for name, (amount, line_index) in amount_figures(lines, currency, document_type).items():
        figures[name] = amount
        found_at[name] = starts[line_index]
    unnumbered = document_type in _UNNUMBERED_TYPES
    if document_type == "letter":
        numbered = letter_reference_at(text)
    else:
        numbered = None if unnumbered else document_number_at(text, document_type)
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
        ) or _account_below(text, _CUSTOMER_LABEL)
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
    if document_type == "statement":
        _statement_day(text, figures, found_at, dates)
    return figures


def _currency(text: str, amounts: list[dict[str, Any]] | None) -> str | None:
    """The currency of the text's figures: its amounts' most common, else the one it names,
    else the one its address or its account says."""
    currency = main_currency(find_amounts(text) if amounts is None else amounts)
    if currency is None:
        currency = only_currency_named(text)  # "Prezzo(€)", "Amount AUD" over bare prices
    if currency is None and _US_ADDRESS.search(text[:_ADDRESS_CHARS]):
        currency = "USD"  # a US till prints no "$": its address says the currency
    if currency is None and _EURO_IBAN.search(text[:_ADDRESS_CHARS]):
        currency = "EUR"  # an account in the euro area, its statement's figures bare
    if currency is None and _INDIAN_SENDER.search(text[:_ADDRESS_CHARS]):
        currency = "INR"
    return currency


def _statement_day(
    text: str,
    figures: dict[str, Any],
    found_at: dict[str, int],
    dates: list[dict[str, Any]] | None,
) -> None:
    """A statement printing no date of its own is dated at the end of its period, else the
    day its closing balance is struck."""
    date_statement(text, figures, found_at, dates)
    if "issueDate" not in figures and "total" in figures:
        _balance_day(text, figures, found_at)


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


def _account_below(text: str, labels: re.Pattern[str] = _ACCOUNT_LABEL) -> re.Match[str] | None:
    """An account number under its label (one of ``labels``), as a match whose ``id`` group
    is the number."""
    for label in islice(labels.finditer(text), 20):
        below = value_below(text, label.start("label")) or _alone_below(text, label.end())
        if below is not None:
            value = _ACCOUNT_VALUE.fullmatch(below[0])
            if value is not None:
                return _ACCOUNT_VALUE.match(text, below[1])
    return None


def _alone_below(text: str, end: int) -> tuple[str, int] | None:
    """The value alone on the line under a label that ends its line: a right-hand column's
    value, whose indentation a text layer drops when nothing stands to its left
    ("PORTLAND OR 97205  Account Number" over "6892 7982 4387")."""
    if text[end : end + 1] not in ("\n", ""):
        return None
    below_start = end + 1
    below_end = text.find("\n", below_start)
    below = text[below_start : below_end if below_end != -1 else len(text)]
    value = below.strip()
    if not value or re.search(r"\t|[ ]{2}", value):
        return None
    return value, below_start + below.index(value)


def _dated(
    figures: dict[str, Any],
    found_at: dict[str, int],
    text: str,
    document_type: str,
    dates: list[dict[str, Any]] | None,
) -> None:
    """The dates by role into ``figures``; an invoice's due date derived from its payment
    terms ("Net 30", "payable within 14 days") when none is printed."""
    delivery_note = _delivery_note(text, document_type)
    dated = dates if dates is not None else dates_with_roles(text)
    for item in _statement_dues_first(text, document_type, dated):
        figure = _DATE_FIGURES.get(str(item.get("role")))
        delivered = item.get("role") == DELIVERY or _delivered(text, item)
        if figure == "dueDate" and document_type in _PAID_TYPES and delivered:
            continue  # a bill's or a receipt's delivery date is not when it must be paid
        if figure == "dueDate" and document_type == "letter" and _listed(text, item):
            continue  # a reminder's table of overdue invoices: their due days, not its own
        if figure == "dueDate" and delivery_note and delivered:
            figure = "issueDate"  # a delivery note's delivery is the day it is dated
        receipt = document_type == "receipt"
        if figure == "dueDate" and receipt and _delivered(text, item, _PAYMENT_DAY):
            figure = "issueDate"  # a receipt's payment day is its date
        if figure and figure not in figures:
            figures[figure] = item["value"]
            if "offset" in item:
                found_at[figure] = item["offset"]
    for item in dates or ():
        # A day with a second role (cover starts the day the premium is due): its figure too.
        if "also" not in item:
            continue
        role, offset = item["also"]
        if role == DELIVERY and (document_type in _PAID_TYPES or delivery_note):
            continue
        figure = _DATE_FIGURES.get(role)
        if figure and figure not in figures and not _delivered(text, {"offset": offset}):
            figures[figure] = item["value"]
            found_at[figure] = offset
    due_from_terms(text, document_type, figures, found_at)


def _statement_dues_first(
    text: str, document_type: str, dates: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``dates``, for a statement with its own due date ("Please remit the total due by",
    "Payment due date" over its value) that date before the ones in its list of invoices:
    a "Due date" column gives each listed invoice's day, not the statement's. So too a payment
    reminder's: its table lists the overdue invoices' passed due days, its "Please pay by" asks
    for the sum by a new one."""
    statement = document_type == "statement"
    if not statement and not reminder(text):
        return dates
    # A reminder may chase one invoice: its one row under the table's labels is listed too.
    in_table = _in_a_list if statement else _in_a_row
    listed = {
        index
        for index, item in enumerate(dates)
        if item.get("role") == "due" and "offset" in item and in_table(text, item["offset"])
    }
    own_due = any(
        item.get("role") == "due" and index not in listed for index, item in enumerate(dates)
    )
    if not own_due or not listed:
        return dates
    ordered = sorted(range(len(dates)), key=lambda index: index in listed)  # stable
    return [dates[index] for index in ordered]


def _listed(text: str, item: dict[str, Any]) -> bool:
    """Whether the date ``item`` stands in a table row with other rows beside it."""
    return "offset" in item and _in_a_list(text, item["offset"])


def _in_a_row(text: str, offset: int) -> bool:
    """Whether the date at ``offset`` stands in a table row."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    return is_row(text[line_start : line_end if line_end != -1 else len(text)])


def _in_a_list(text: str, offset: int) -> bool:
    """Whether the date at ``offset`` stands in a table row with other rows beside it."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return is_row(line) and among_rows(text, line_start)


def _delivery_note(text: str, document_type: str) -> bool:
    """Whether ``text`` is a delivery note: a paper of no built-in kind titled as one."""
    return document_type == "other" and bool(_DELIVERY_NOTE.search(text[:_DELIVERY_NOTE_HEAD]))


def delivery_role(text: str, document_type: str) -> str | None:
    """What a delivery's day is to this document, as a role of the analysis's dates: an
    order's (or any paper's that asks for the goods by then) due date, a delivery note's own
    date, nothing to an invoice or a receipt (paid whenever the goods arrive)."""
    if document_type in _PAID_TYPES:
        return None
    return "issue" if _delivery_note(text, document_type) else "due"


def _delivered(text: str, item: dict[str, Any], label: re.Pattern[str] = _DELIVERY) -> bool:
    """Whether a date was labelled as a delivery ("Delivery date:", "Lieferdatum:"), or
    with ``label``."""
    offset = item.get("offset")
    if not isinstance(offset, int) or not 0 <= offset <= len(text):
        return False
    line_start = text.rfind("\n", 0, offset) + 1
    return bool(label.search(text[max(line_start, offset - 60) : offset]))


__all__ = [
    "delivery_role",
    "document_number",
    "document_number_at",
    "key_figures",
]
