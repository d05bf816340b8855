"""Key figures a reader infers where no label names them.

The labelled rules (:mod:`~workflow.analyzers.figures`, :mod:`~workflow.analyzers.dateroles`,
:mod:`~workflow.analyzers.docnumbers`) know many languages' words for "invoice date", "total"
and "invoice number", but documents print words nobody listed ("Placed on 13-Jul-2026",
"Bedrag", "Beleg-Nr."). A reader still knows the figure by where and how it stands, and so
does this module, only for what the labels left unread and only on the types that carry it:

- the issue date is the first date with no role that nothing rules out (no period, no date
  a sentence refers to, no next meeting), never after the due date;
- the total of an invoice, purchase order or form is its largest amount in its currency
  (items, subtotal and tax add up to it);
- the document's number is the first identifier in its head after a label that ends as
  number labels end in any language ("... No.", "... Nr.", "... #", "N° ...", "... Ref"),
  unless the label names someone else's number (a customer's, an account's, a VAT
  registration, a phone).

Each inferred figure records the offset it was read at, so its evidence is cited like any.
Measured standalone on the development set (``bench/analysis_eval.py``'s documents, each
inference applied to every document whatever the labels found): the issue date is right on
11 of the 12 documents the labels missed, the largest amount is the total on ~95% of
invoices and purchase orders, the number shape is right on 175 of 187 documents it answers.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from workflow.analyzers.dateroles import plain_date
from workflow.analyzers.grid import is_row
from workflow.analyzers.number_labels import reminder

#: Types dated by their issue (a contract is dated by its term: effective and end dates).
_NOT_ISSUED = frozenset({"contract", "other"})
#: Types whose largest amount is their total (a receipt's cash tendered and a statement's
#: opening balance can exceed theirs).
_SUMMED_TYPES = frozenset({"invoice", "purchase_order", "form"})
_NUMBERED_TYPES = frozenset({"invoice", "receipt", "purchase_order", "statement", "form"})
#: The share of a text read for its number: the head, where documents print it.
_HEAD_SHARE = 3
_MIN_HEAD_CHARS = 1500

#: A label ending as number labels end in any language, then the identifier (with a digit);
#: the label may stand in a later cell of its line (a right-hand column of details beside a
#: letterhead's sender line or an address).
_NUMBER_LABELLED = re.compile(
    r"^(?P<label>(?:[^\n]*?(?:\t|[ ]{2}))??[^\t\n]{0,60}?)"
    r"(?<!\w)(?P<word>no|nr|n[°º]|n(?=\.)|\#|number|nummer|num[ée]ro|n[úu]mero|num"
    r"|id|ref|reference|r[ée]f[ée]rence|referencia|riferimento|kenmerk)\.?[ \t]*[:#]?[ \t]*"
    r"(?P<id>(?=\S*\d)[A-Z0-9][A-Z0-9/_.-]{2,30})",
    re.IGNORECASE | re.MULTILINE,
)
#: Labels of numbers that are not the document's own: parties', accounts', registrations',
#: contact numbers, a till's, an article's, a referenced order or contract.
_SOMEONE_ELSES = re.compile(
    r"\b(?:customer|client|kunden|klant|cliente|account|acct|konto|compte|cuenta|conto|rekening"
    r"|vat|tax|tva|iva|btw|ust|steuer|phone|tel|telefon|fax|mobile|iban|bic|swift|sort|routing"
    r"|reg|registration|handelsregister|hrb|kvk|siret|siren|rcs|abn|acn|gst|gstin|pan|cif|nif"
    # A business's own registrations: "Registered in England & Wales No.", "Contractor Lic.
    # #", "License No.", "Handelsregister-Nr.", an employer's "EIN", a bank's "ABA".
    # Austria's and Germany's VAT ids: "UID Nr.", "USt-IdNr.".
    r"|registered|[\w-]*register|licen[cs]e|lic|ein|aba|eori|duns|utr|uid|idnr"
    r"|company|member|loyalty|card|karte|carte|store|filiale|terminal|till|pos|cashier|kasse"
    # A card terminal's ids for the shop and the device ("Merchant ID", "MID", "TID", "AID").
    r"|merchant|mid|tid|aid|h[äa]ndler|commer[çc]ant|comercio|esercente|acquirer"
    # A tax office's number for the seller ("St.-Nr."), a prescription's, a card's trace.
    r"|st|stnr|steuernummer|rezept|prescription|trace"
    r"|table|tisch|page|seite|item|art|artikel|sku|ean|batch|lot|serial|order|bestell|commande"
    r"|pedido|ordine|purchase|po|p\.o|delivery|liefer|your|ihr|votre|su|uw|vostro|auth"
    r"|approval|policy|contract|vertrag|shipment|tracking|sendung"
    # The premises a bill is for ("Property reference", "Parcel No.", "Meter No.").
    r"|property|parcel|premises|meter)\b",
    re.IGNORECASE,
)
#: A line of an account's history a bill prints above its own charges: the previous bill,
#: the payment received for it, the balance brought forward ("Previous bill 132,97 €, payment
#: received 132,97 € - thank you"; "Vorherige Rechnung", "Zahlungseingang", "Facture
#: précédente", "Paiement reçu").
_ACCOUNT_HISTORY = re.compile(
    r"\b(?:previous|last|prior)\s+(?:bill|invoice|statement|balance)\b|\bpayments?\s+received\b"
    r"|\bbalance\s+brought\s+forward\b|\b(?:vorherige|letzte)\s+rechnung\b|\bzahlungseingang\b"
    r"|\bfacture\s+pr[ée]c[ée]dente\b|\bpaiement\s+re[çc]u\b",
    re.IGNORECASE,
)
#: A company's registered capital, as a letterhead or footer prints it beside its registry
#: number ("Kapitał zakładowy / Share capital 500 000 PLN", "Stammkapital 25.000 EUR",
#: "Capital social 10 000 €", "Základní kapitál"): the company's, never a document's total
#: (OCR reads Polish "ł" as "t").
_COMPANY_CAPITAL = re.compile(
    r"\b(?:share\s+capital|(?:paid[- ]up|registered|issued)\s+capital|kapita[łlt]\s+zak[łlt]adowy"
    r"|stammkapital|grundkapital|capital\s+social|capitale\s+sociale|z[áa]kladn[íi]\s+kapit[áa]l"
    r"|osakep[äa][äa]oma|aktiekapital|maatschappelijk\s+kapitaal)\b",
    re.IGNORECASE,
)
#: Mentions of one amount examined (bounds the work on adversarial text).
_MAX_MENTIONS = 50
_ORDERED = re.compile(r"\b(?:order|bestell|commande|pedido|ordine|po|p\.o)", re.IGNORECASE)
_CELL = re.compile(r"\t|[ ]{2,}")


def infer_missing(
    text: str,
    document_type: str,
    *,
    dates: list[dict[str, Any]],
    amounts: list[dict[str, Any]],
    figures: dict[str, Any],
    where: dict[str, int],
) -> None:
    """Adds to ``figures`` (and ``where``) the issue date, total and number the labels left
    unread; an inferred issue date takes its role in ``dates`` too."""
    if "issueDate" not in figures and document_type not in _NOT_ISSUED:
        _issue_date(text, dates, figures, where)
    if "total" not in figures and document_type in _SUMMED_TYPES:
        _largest_amount(text, amounts, figures, where)
    # A payment reminder without a reference of its own has no number (the payment's "OCR-
    # nummer" and the invoices it chases are others').
    numbered = document_type in _NUMBERED_TYPES and not reminder(text)
    if "documentNumber" not in figures and numbered:
        _labelled_number(text, document_type, figures, where)


def _issue_date(
    text: str, dates: list[dict[str, Any]], figures: dict[str, Any], where: dict[str, int]
) -> None:
    due = figures.get("dueDate")
    for item in sorted(dates, key=lambda d: d["offset"]):
        if item["role"] is not None or (due is not None and item["value"] > due):
            continue
        start = item["offset"]
        if plain_date(text, start, start + len(item["text"])):
            item["role"] = "issue"
            figures["issueDate"] = item["value"]
            where["issueDate"] = start
            return


def _largest_amount(
    text: str, amounts: list[dict[str, Any]], figures: dict[str, Any], where: dict[str, int]
) -> None:
    priced = [
        a
        for a in amounts
        if a.get("currency")
        and not _account_history(text, a["text"])
        and not _company_capital(text, a["text"])
    ]
    if not priced:
        return
    currency = Counter(a["currency"] for a in priced).most_common(1)[0][0]
    largest = max((a for a in priced if a["currency"] == currency), key=lambda a: a["amount"])
    if largest["amount"] <= 0:
        return
    offset = text.rfind(largest["text"])
    if offset < 0 or _in_row(text, offset):
        return  # the largest amount is a table row's: the total was not read at all
    figures["total"] = {"amount": largest["amount"], "currency": currency}
    where["total"] = offset


def _account_history(text: str, written: str) -> bool:
    """Whether every mention of the amount ``written`` stands on a line of the account's
    history (the previous bill, a payment received, a balance brought forward): what earlier
    bills charged, never this one's total."""
    lines = [_line_at(text, at) for at in _mentions(text, written)]
    return bool(lines) and all(_ACCOUNT_HISTORY.search(line) for line in lines)


def _company_capital(text: str, written: str) -> bool:
    """Whether every mention of the amount ``written`` is a company's registered capital."""
    lines = [_line_at(text, at) for at in _mentions(text, written)]
    return bool(lines) and all(_COMPANY_CAPITAL.search(line) for line in lines)


def _mentions(text: str, written: str) -> list[int]:
    found: list[int] = []
    at = text.find(written)
    while at >= 0 and len(found) < _MAX_MENTIONS:
        found.append(at)
        at = text.find(written, at + 1)
    return found


def _line_at(text: str, offset: int) -> str:
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    return text[line_start : len(text) if line_end < 0 else line_end]


def _in_row(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return is_row(line)


def _labelled_number(
    text: str, document_type: str, figures: dict[str, Any], where: dict[str, int]
) -> None:
    head = text[: max(_MIN_HEAD_CHARS, len(text) // _HEAD_SHARE)]
    for match in _NUMBER_LABELLED.finditer(head):
        label = f"{_CELL.split(match['label'])[-1]} {match['word']}"
        ordered = document_type == "purchase_order" and _ORDERED.search(label)
        if _SOMEONE_ELSES.search(label) and not ordered:
            continue
        figures["documentNumber"] = match["id"].rstrip(".")
        where["documentNumber"] = match.start("id")
        if document_type == "invoice":
            figures["invoiceNumber"] = figures["documentNumber"]
            where["invoiceNumber"] = where["documentNumber"]
        return


__all__ = ["infer_missing"]
