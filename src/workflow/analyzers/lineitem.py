"""A line item as read from a table, and what ends a table (its totals and taxes) or does
not (a group's sub-total, a sum carried over a page break)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workflow.analyzers.entities import date_spans
from workflow.analyzers.numbers import close, is_number_cell, parse_money
from workflow.analyzers.rows import Row

#: Most line items kept per document: a long ledger keeps its first, and the analysis stays
#: within a checkpoint.
MAX_LINE_ITEMS = 100
#: A row that closes the table: its totals and taxes.
TOTALS = re.compile(
    r"^\W{0,3}(?:(?:[^\W\d_]+(?:\(s\))?\s+){0,2}(?:sub-?\s?total|total)\b|grand\s+total"
    r"|\d{1,3}\s+sub-?\s?total\b"  # "6 SUBTOTAL": a till counts the items sold in it
    r"|tax\b|vat\b|gst\b|sales\s+tax|net(?:to)?\s*:|(?:\d{1,3}\s+)?(?:amount|balance)\s+(?:due|payable|paid|charged)"
    r"|balance\b"
    r"|(?:closing|new|opening|previous)\s+balance|(?:nieuw|eind|neuer|end|schluss)\s*saldo\b"
    r"|nouveau\s+solde\b|neuer\s+kontostand\b|net\s+(?:amount|value|sum)\b|zwischensumme|summe|gesamt|mwst|ust\b"
    r"|totale?\b|sous-?\s?total|subtota(?:al|le)\b|totaal\b|suma\b|base\s+imponible|imponibile"
    r"|(?:zzgl\.?\s+)?(?:mwst|ust)|tva\b|iva\b|btw\b|montant\s+(?:ht|ttc|total)|net\s+[àa]\s+payer"
    r"|(?:amount|balance)\s+now\s+(?:due|payable)|(?:ending|final|closing)\s+balance"
    r"|saldo\s+(?:finale?|attuale|actual)\b|solde\s+(?:final|nouveau)\b"
    r"|nettobetrag|rechnungsbetrag|endbetrag|importe\s+total|te\s+betalen"
    # what a statement or its slip leaves to pay ("Solde à payer", "Offener Betrag")
    r"|solde\s+(?:[àa]\s+payer|d[ûu])|saldo\s+(?:da\s+pagare|pendiente|a\s+pagar|dovuto)"
    r"|openstaand\s+(?:saldo|bedrag)|offener\s+betrag|montant\s+d[ûu]|amount\s+owed"
    r"|importo\s+(?:dovuto|da\s+pagare)|importe\s+(?:a\s+pagar|pendiente|adeudado)"
    # the Nordic invoices' net, VAT and sum to pay; Portugal's
    r"|netto(?=[ \t]*(?:[:\d]|$))|moms(?:grundlag)?\b|mva\b|alv\b|att\s+betala|[åa]\s+betale"
    r"|at\s+betale|sum\s+eks"
    r"|veroton|maksettava|yhteens[äa]\b|total\s+(?:il[íi]quido|iva)\b)",
    re.IGNORECASE,
)

#: Charges and reductions printed among a document's totals, never an item there: shipping,
#: handling, a discount or voucher, a tip (inside an item table, a discount row is an item).
CHARGE = re.compile(
    r"^\W{0,3}(?:shipping|delivery|postage|p\s?&\s?p|handling|freight|carriage|discount"
    r"|promo(?:tion)?|coupon|voucher|gift\s+card|tip|gratuity|service\s+(?:charge|fee)"
    r"|versand\w*|porto|lieferung|rabatt|gutschein|nachlass|livraison|frais\s+de\s+port"
    r"|remise|env[ií]o|gastos\s+de\s+env[ií]o|descuento|spedizione|sconto|verzend\w*"
    r"|korting)\b",
    re.IGNORECASE,
)

#: How a receipt was paid and the change given back, in the words tills print ("Cash",
#: "Change", "Gegeben", "Zurück", "Rückgeld", "TARJETA BANCARIA", "Efectivo", "Espèces",
#: "Rendu", "Contanti", "Resto", "Wisselgeld", "PIN"): never an item.
TENDER = re.compile(
    r"^\W{0,3}(?:cash|change|tendered|card\s+(?:payment|tendered)|gegeben|zur[üu]ck|r[üu]ckgeld"
    r"|bar(?:geld|zahlung)\b|bar(?=\s+(?:eur\b|€|\d))|ec[- ]?karte|girocard|kartenzahlung"
    r"|tarjeta|efectivo|cambio|entregado|esp[èe]ces|rendu|monnaie\s+rendue|carte\s+bancaire"
    r"|contanti|contante|resto|pagamento\s+elettronico|wisselgeld|contant|pinbetaling"
    r"|pin(?=\s+(?:eur\b|€|\d))|betaald\s+met)\b",
    re.IGNORECASE,
)


#: A sum carried over a page break or from the last period ("Carried forward", "Balance b/f",
#: "Übertrag", "À reporter", "Suma y sigue", "Riporto", "Opening balance"): the table goes
#: on, and the line is never a row.
CARRIED = re.compile(
    r"^\W{0,3}(?:(?:balance|total|amount|sum)\s+)?(?:carried|brought)\s+(?:forward|fwd|over)\b"
    r"|^\W{0,3}(?:balance\s+)?[cb]/[fd]\b|^\W{0,3}(?:übertrag|vortrag)\b"
    r"|^\W{0,3}[àa]\s+reporter\b|^\W{0,3}suma\s+(?:y\s+sigue|anterior)"
    r"|^\W{0,3}(?:a\s+riportare|riporto)\b"
    r"|^\W{0,3}(?:opening|previous|beginning|starting)\s+balance\b"
    r"|^\W{0,3}saldo\s+(?:anterior|vorige|precedente|iniziale|inicial)"
    r"|^\W{0,3}solde\s+(?:report[ée]|pr[ée]c[ée]dent|ant[ée]rieur|initial)|^\W{0,3}(?:anfangs|alter\s+)saldo"
    r"|^\W{0,3}(?:vorig|oud|begin)\s*saldo\b|^\W{0,3}ancien\s+solde\b|^\W{0,3}alter\s+kontostand\b",
    re.IGNORECASE,
)
#: Words that carry a sum only when the amount beside them is the rows' sum so far
#: ("Transport" is also freight, "Report" also a product).
CARRIED_IF_SUM = re.compile(r"^\W{0,3}(?:transport|report|continued)\b[^\d]{0,25}$", re.IGNORECASE)

#: Where a word runs into the amount after it ("Transport-18,83").
_GLUED_AMOUNT = re.compile(r"(?<=[^\W\d_])(?=[-\u2212]?\d)")

#: A page's number in its running header or footer ("Page 1 of 2", "Seite 2/3", "Pagina 2
#: van 3", "Blatt 2", "Sheet 2 of 3"), in a cell of its own or as the whole line.
PAGE_NUMBER = (
    r"\W{0,3}(?:(?:page|seite|blatt|blad|pagina|p[áa]gina|p\.|pg\.?|pag\.|sheet|feuille|hoja"
    r"|foglio)\s*\d{1,4}(?:\s*(?:of|von|/|de|sur|van|di|af|av|z)\s*\d{1,4})?"
    r"|s\.\s*\d{1,4}\s*(?:von|/)\s*\d{1,4})\W{0,3}"  # "S. 2 von 3": Seite, abbreviated
)
#: A page's running footer or header ("Page 1 of 2", "Seite 2/3", "- 2 -"): never a row.
PAGE_MARK = re.compile(rf"^{PAGE_NUMBER}$|^[-\u2013\s]*\d{{1,4}}[-\u2013\s]*$", re.IGNORECASE)
#: A cell holding a page's number: the line it ends is a running header, not a row.
PAGE_CELL = re.compile(rf"^{PAGE_NUMBER}$", re.IGNORECASE)
#: A line ending in a page's number: a running header or footer ("Acme Bank  Page 2 of 3").
_PAGE_ENDED = re.compile(rf"(?:^|\s){PAGE_NUMBER}$", re.IGNORECASE)


def page_furniture(row: Row) -> bool:
    """A page's running header or footer: its number alone, or a line (or cell) it ends."""
    text = row.text.strip()
    return bool(PAGE_MARK.match(text) or _PAGE_ENDED.search(text))


@dataclass(frozen=True, slots=True)
class LineItem:
    """One row of a table, read."""

    description: str
    quantity: float | None
    unit_price: float | None
    amount: float
    currency: str | None
    row: Row
    #: Under a bare "Price" column beside a quantity, the price may be the unit's or the
    #: row's: the row read the other way (the totals decide which, see ``structured``).
    as_amount: LineItem | None = None
    #: A discount column's rate in percent: the amount is quantity x unit price less it.
    discount: float | None = None

    @property
    def expected(self) -> float | None:
        """Quantity x unit price, less the row's discount: what the amount should be."""
        if self.quantity is None or self.unit_price is None:
            return None
        return round(self.quantity * self.unit_price * (1 - (self.discount or 0) / 100), 2)

    def to_json(self) -> dict[str, object]:
        return {
            "description": self.description,
            "quantity": self.quantity,
            "unitPrice": self.unit_price,
            "amount": self.amount,
        }


def carried(row: Row, items: list[LineItem], rows: Sequence[Row] = ()) -> bool:
    """A line carrying a sum over a page break: its words say so, or (a word that has other
    meanings, "Transport") its amount is the rows' sum so far, or the same words and amount
    stand on another line of ``rows`` (a statement carries its balance, not its rows' sum:
    "Transport -18,83" at the foot of one page and again at the head of the next)."""
    words = " ".join(cell.text for cell in row.cells if not is_number_cell(cell.text))
    dated = date_spans(words[:40])
    if dated and dated[0][0] == 0:  # a statement's "Apr 20, 2026  Balance brought forward"
        words = words[dated[0][1] :].strip()
    if CARRIED.match(words):
        return True
    # the amount in a cell of its own, or printed a space after the words, or run into
    # them ("Transport-18,83")
    tokens = _GLUED_AMOUNT.sub(" ", row.text).split()
    words = " ".join(token for token in tokens if not is_number_cell(token))
    if not CARRIED_IF_SUM.match(words):
        return False
    amounts = [m for m in (parse_money(token) for token in tokens) if m is not None]
    if not amounts:
        return False
    if items and close(amounts[-1].amount, round(sum(i.amount for i in items), 2)):
        return True
    said = "".join(row.text.split())
    return any(other is not row and "".join(other.text.split()) == said for other in rows)


def group_total(row: Row, group: list[LineItem]) -> bool:
    """A sub-total of the rows above it (since the table's start or the last sub-total)."""
    amounts = [m for m in (parse_money(c.text) for c in row.cells) if m is not None]
    if not group or not amounts:
        return False
    return close(amounts[-1].amount, round(sum(item.amount for item in group), 2))


__all__ = [
    "CARRIED", "CARRIED_IF_SUM", "CHARGE", "MAX_LINE_ITEMS", "PAGE_CELL", "PAGE_MARK", "TENDER",
    "TOTALS",
    "LineItem",
    "carried", "group_total", "page_furniture",
]  # fmt: skip
