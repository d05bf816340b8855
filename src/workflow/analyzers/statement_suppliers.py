"""The supplier of a statement of account: the seller whose statement lists the invoices,
credit notes and payments of a customer's account. A bank's or a card's statement sells
nothing."""

from __future__ import annotations

import re

from workflow.analyzers.seller_names import in_full
from workflow.analyzers.seller_registrations import seller_among

#: The names of the bills a statement of account lists, in the languages read.
_BILL_NAMES = (
    r"(?:invoice|inv|factuur|facture|factura|fattura|rechnung|credit[ \t]+note|creditnota"
    r"|avoir|abono|nota[ \t]+di[ \t]+credito|faktura|lasku|fatura|kreditnota|hyvityslasku"
    r"|dobropis|nota[ \t]+de[ \t]+cr[ée]dito)"
)
#: A statement's row naming an invoice or a credit note it lists ("28-09-2025  INV-4552
#: Factuur  632,56", "21.01.2026  RE SI-629093  359,05"), or opening with the bill's name
#: and number ("Lasku 02181  364,91 €", "Faktura - daňový doklad 09560  584,44 Kč"): a
#: supplier's statement of account.
_ACCOUNT_ROW = re.compile(
    r"^[ \t]*(?:(?:\d|[^\W\d_]{3,9}\.?[ \t]+\d)[^\n]*?"
    rf"(?:\b{_BILL_NAMES}\b"
    r"|(?:^|\t|[ ]{2})(?:RE|FA|FV|CN)[ \t]+[A-Z]{0,4}[-/]?\d)"
    rf"|{_BILL_NAMES}\b[ \t]*(?:[-\u2013][^\n\d]{{0,24}})?(?:no\.?|nr\.?|\#)?"
    r"[ \t]*[A-Z]{0,4}[-/]?\d"
    r"[^\n]*\d[.,]\d\d\b)",
    re.IGNORECASE | re.MULTILINE,
)
#: An ageing of the balance in 30-day columns ("Current  1-30 Days  31-60 Days ...").
_AGEING = re.compile(r"\b31[ \t]*-[ \t]*60\b[^\n]*\b61[ \t]*-[ \t]*90\b")
#: An account holder's label: a bank's or a card's statement ("Kontoinhaber: ...").
_HOLDER = re.compile(
    r"\b(?:account[ \t]+holder|card[ \t]?holder|kontoinhaber(?:in)?|titulaire"
    r"|rekeninghouder|titular|intestatari[oa])\b",
    re.IGNORECASE,
)
#: A medical practice's statement of its charges to a patient ("Patient Statement",
#: "Guarantor:"): the practice is the supplier, its rows visits and the insurer's payments.
_PATIENT_STATEMENT = re.compile(r"\b(?:patient[ \t]+statement|guarantor[ \t]*:)", re.IGNORECASE)
#: Rows that make a statement a supplier's (one will do: a small account lists one invoice).
_MIN_ACCOUNT_ROWS = 1
#: An issuer that is a bank or a card's: its statement sells nothing.
_BANKING = re.compile(
    r"\b(?:\w*bank|banco|banca|banque|\w*sparkasse|raiffeisen\w*|credit[ \t]+union"
    r"|building[ \t]+society|card[ \t]+services|cr[ée]dit[ \t]+(?:agricole|mutuel|lyonnais)|caixa"
    r"|caja|cassa)\b",
    re.IGNORECASE,
)


def statement_supplier(parties: list[dict[str, str]], text: str) -> str | None:
    """The supplier whose statement of account lists the invoices, credit notes and payments
    of a customer's account (rows naming invoices, the balance aged in 30-day columns, or a
    patient's statement of a practice's charges): the seller a bill would name. A bank's or a
    card's statement has none."""
    rows = len(_ACCOUNT_ROW.findall(text))
    supplied = rows >= _MIN_ACCOUNT_ROWS or _AGEING.search(text) or _PATIENT_STATEMENT.search(text)
    if not supplied or _HOLDER.search(text):
        return None
    organisations = [p for p in parties if p["kind"] == "organization" and p["role"] != "bank"]
    found = seller_among(organisations, parties, text)
    firms = {p["name"] for p in organisations}
    if found is None or found not in firms or _BANKING.search(found):
        return None
    return in_full(found, parties)


__all__ = ["statement_supplier"]
