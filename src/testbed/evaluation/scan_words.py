"""Names, goods and the labels of the scanned development documents
(:mod:`testbed.evaluation.variety_scans`), in the languages they are printed in: this
module's own, so no other generator's vocabulary is repeated."""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.commerce_style import Printer
from testbed.evaluation.corpus import Writer

#: (name, legal form): firms of several countries.
FIRMS = (
    ("Altmühl Präzisionsteile", "GmbH"), ("Brouwerij De Klok", "B.V."),
    ("Atelier Marchand", "SARL"),
    ("Glenview Joinery", "Ltd"), ("Pacific Crest Labs", "Inc."), ("Osterhout Installatie", "B.V."),
    ("Société Ferroviaire du Nord", "SA"), ("Kranich Medizintechnik", "AG"),
    ("Blackthorn Signage", "Ltd"), ("Redfern Catering", "Pty Ltd"), ("Summit Ridge Roofing", "LLC"),
    ("Vermeulen Drukkerij", "N.V."), ("Hafenkontor Brandt", "OHG"),
    ("Lyonnaise des Bureaux", "SAS"),
    ("Coldwater Hydraulics", "Corp."), ("Mossgiel Farm Supplies", "Ltd"),
)  # fmt: skip
#: Shops that print their name without a legal form.
SHOPS = ("Bäckerei Sonnenkorn", "Marktkraam Vos", "Épicerie du Port", "Kiosk am Ring",
         "Hillside Hardware", "Tuckshop Express", "Drogerie Lindner")  # fmt: skip
PEOPLE = ("Annelies Brouwer", "Gregor Falk", "Margaux Lefèvre", "Siobhan Doyle", "Dmitri Volkov",
          "Ayesha Raman", "Hendrik Jansen", "Colette Marin", "Brendan Kealy", "Ulrike Stein",
          "Tobias Engel", "Marisol Vega")  # fmt: skip
STREETS = ("Industriestraße 27", "Keizersgracht 412", "12 rue des Tanneurs", "Unit 4, Mill Lane",
           "1840 Alder Street", "Hauptstraße 5a", "Oude Haven 9", "77 Princes Parade")  # fmt: skip
CITIES = ("92339 Beilngries", "1016 DK Amsterdam", "69002 Lyon", "Galway H91 KT2",
          "Eugene, OR 97401", "3011 AD Rotterdam", "Brighton BN1 2PH", "04109 Leipzig")  # fmt: skip
GOODS = ("Bearing housing 40 mm", "Acrylic sign panel", "Installation labour", "Oak worktop",
         "Flour type 550 25 kg", "Toner cartridge black", "Pallet wrap film", "Safety gloves L",
         "Hydraulic pump seal kit", "Catering platter", "Delivery charge", "Roof felt roll",
         "Printer paper A4", "Consulting hours")  # fmt: skip

_EN = {
    "invoice": "Invoice", "number": "Invoice No.", "date": "Date", "customer": "Customer No.",
    "due": "Due date", "attn": "Attn.", "pos": "Pos.", "description": "Description",
    "qty": "Qty", "unit_price": "Unit price", "amount": "Amount", "net": "Net amount",
    "vat": "VAT", "total": "Total due", "terms": "Please pay within the stated term.",
    "vat_id": "VAT ID", "register": "Company reg.", "receipt_no": "Receipt",
    "sum": "TOTAL", "card": "Card payment", "thanks": "Thank you for shopping with us",
    "statement_date": "Statement date", "account": "Account number", "page": "Page",
    "details": "Details", "debit": "Paid out", "credit": "Paid in",
    "opening": "Balance brought forward", "closing": "Closing balance",
}  # fmt: skip
_DE = {
    "invoice": "Rechnung", "number": "Rechnungsnummer", "date": "Datum", "customer": "Kunden-Nr.",
    "due": "Fällig am", "attn": "z. Hd.", "pos": "Pos.", "description": "Bezeichnung",
    "qty": "Menge", "unit_price": "Einzelpreis", "amount": "Gesamt", "net": "Nettobetrag",
    "vat": "MwSt.", "total": "Rechnungsbetrag",
    "terms": "Zahlbar ohne Abzug bis zum Fälligkeitsdatum.",
    "vat_id": "USt-IdNr.", "register": "Amtsgericht", "receipt_no": "Bon-Nr.",
    "sum": "SUMME", "card": "Kartenzahlung", "thanks": "Vielen Dank für Ihren Einkauf",
    "statement_date": "Auszugsdatum", "account": "Kontonummer", "page": "Blatt",
    "details": "Buchungstext", "debit": "Soll", "credit": "Haben",
    "opening": "Alter Kontostand", "closing": "Neuer Kontostand",
}  # fmt: skip
_FR = {
    "invoice": "Facture", "number": "N° de facture", "date": "Date", "customer": "N° client",
    "due": "Échéance", "attn": "À l'att. de", "pos": "N°", "description": "Désignation",
    "qty": "Qté", "unit_price": "Prix unitaire", "amount": "Montant", "net": "Total HT",
    "vat": "TVA", "total": "Total TTC", "terms": "Paiement à réception de facture.",
    "vat_id": "N° TVA", "register": "RCS", "receipt_no": "Ticket",
    "sum": "TOTAL", "card": "Carte bancaire", "thanks": "Merci de votre visite",
    "statement_date": "Date du relevé", "account": "N° de compte", "page": "Page",
    "details": "Libellé", "debit": "Débit", "credit": "Crédit",
    "opening": "Ancien solde", "closing": "Nouveau solde",
}  # fmt: skip
_NL = {
    "invoice": "Factuur", "number": "Factuurnummer", "date": "Datum", "customer": "Klantnummer",
    "due": "Vervaldatum", "attn": "T.a.v.", "pos": "Nr.", "description": "Omschrijving",
    "qty": "Aantal", "unit_price": "Prijs", "amount": "Bedrag", "net": "Subtotaal",
    "vat": "BTW", "total": "Totaal te betalen", "terms": "Gelieve binnen de termijn te betalen.",
    "vat_id": "BTW-nr.", "register": "KvK", "receipt_no": "Bon",
    "sum": "TOTAAL", "card": "Pinbetaling", "thanks": "Bedankt en tot ziens",
    "statement_date": "Datum afschrift", "account": "Rekeningnummer", "page": "Blad",
    "details": "Omschrijving", "debit": "Af", "credit": "Bij",
    "opening": "Vorig saldo", "closing": "Nieuw saldo",
}  # fmt: skip
#: Labels by language.
VOCABULARY = {"en": _EN, "de": _DE, "fr": _FR, "nl": _NL}


def day_between(rng: random.Random) -> dt.date:
    """A date in 2025 or 2026 (the documents' issue dates)."""
    return dt.date(2025, 1, 3) + dt.timedelta(days=rng.randrange(0, 640))


def firm(w: Writer, rng: random.Random, taken: set[str]) -> str:
    """A firm not yet named on the page, printed with its legal form and labelled."""
    name, form = rng.choice([f for f in FIRMS if f[0] not in taken])
    taken.add(name)
    return w.org((name, form), dot=True)


def person(w: Writer, rng: random.Random, taken: set[str]) -> str:
    """A person not yet named on the page, labelled."""
    name = rng.choice([p for p in PEOPLE if p not in taken])
    taken.add(name)
    return w.person(name)


def address(rng: random.Random) -> list[str]:
    """A street line and a town line."""
    return [rng.choice(STREETS), rng.choice(CITIES)]


def items(
    p: Printer, rng: random.Random, count: int, *, whole: bool = False
) -> list[tuple[str, float, float, float]]:
    """``count`` rows (description, quantity, unit price, amount), recorded as line items."""
    rows = []
    for description in rng.sample(GOODS, count):
        qty = float(rng.randint(1, 12)) if whole or rng.random() < 0.7 else rng.choice((1.5, 2.5))
        unit = round(rng.uniform(4, 950), 2)
        amount = round(qty * unit, 2)
        p.item(description, qty, unit, amount)
        rows.append((description, qty, unit, amount))
    return rows


def language(p: Printer, rng: random.Random) -> str:
    """The language a document of this country is written in (English for the rest)."""
    own = {"de": "de", "fr": "fr", "nl": "nl"}.get(p.style.name)
    return own if own and rng.random() < 0.7 else "en"


def days_later(rng: random.Random, days: int | None = None) -> dt.timedelta:
    """A payment term: ``days``, else 14, 30 or 45 days."""
    return dt.timedelta(days=days or rng.choice((14, 30, 45)))


def items_sum(p: Printer) -> float:
    """The line items' amounts added up."""
    return round(sum(item.amount for item in p.w.line_items), 2)


__all__ = [
    "CITIES", "FIRMS", "GOODS", "PEOPLE", "SHOPS", "STREETS", "VOCABULARY", "address",
    "day_between", "days_later", "firm", "items", "items_sum", "language", "person",
]  # fmt: skip
