"""Classes of the words printed around a number, in the languages the analyzer reads.

What a label says generalises across papers and languages where its exact words do not: the
number ranker (:mod:`workflow.analyzers.number_model`) weighs "a number word before it", "an
account word over it", not "Kundennummer" or "Account No." one by one.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Each class and its words (lower case), a line per class, continued on indented lines.
_TABLE = """
number:    # id n. no no. nr nr. nro nro. num num. number numer numero nummber nummer
           numéro n° nº número číslo
date:      data date dated dato datum del du fecha issued on päiväys vom
account:   account acct asiakas client cliente compte conto cuenta customer klant konto
           kund kunde kunde-nr kunden kundennr kundennummer member rekening
tax:       abn amtsgericht btw cif codice cuit cvr dič ein fiscale gst gstin
           handelsregister hrb iva ičo kvk moms mva nif nip org pan partita reg
           registration rfc ruc rut siren siret steuer steuernummer tax tva ust ust-id
           ust-idnr vat y-tunnus
phone:     call fax mobile phone puh tel tel. telefon tfn tél tél. téléphone
bank:      aba bank bic blz bsb card clabe code ending iban karte mastercard routing sort
           swift visa
order:     auftrag bestell bestelling bestellnummer bestellung bestilling commande
           encomenda objednávka order ordine ordre p.o. pedido po purchase tilaus
           zamówienie
own:       afschrift agreement angebot auszug beleg bill bolletta bon booking
           claim confirmation contract contrat contrato devis document documento
           estratto extracto factura facture factuur faktura fattura fatura folio
           inv invoice tr trn kontoauszug kvitto lasku laskun quotation quote receipt
           rechnung rechnungsnummer recibo relevé reçu ricevuta statement ticket trans
           transaction txn vertrag
store:     filiale kasse lane op register st store terminal till tl
credit:    abono avoir credit creditnota dobropis gutschrift hyvityslasku hyvityslaskun
           korekta kreditnota kreditfaktura rechnungskorrektur
reference: aktenzeichen kenmerk ref ref. reference referencia referenz riferimento
           référence viite zeichen
delivery:  albarán awb ddt delivery lieferschein lieferung livraison packing pakbon
           shipment slip tracking waybill
yours:     din ihr ihre su teie tu uw vos vostra vostro votre vs vs. vår your
item:      art art. art.-nr. artikel ean item model part product produkt qty sku upc
policy:    police policy polis polizza póliza versicherung
page:      page pagina página seite sida side sivu
amount:    amount balance bedrag betrag due importe importo montant preis price saldo
           subtotal summe total
"""


def _parse(table: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    name = ""
    for line in table.strip().splitlines():
        words = line
        if not line.startswith(" "):
            name, words = line.split(":", 1)
        classes.setdefault(name, set()).update(words.split())
    return {name: frozenset(words) for name, words in classes.items()}


#: Each class, its words (a trailing "." or ":" is also looked up without it).
WORD_CLASSES = _parse(_TABLE)
_CLASS_OF = {word: name for name, words in WORD_CLASSES.items() for word in words}


def word_classes(words: Iterable[str]) -> list[str]:
    """The class of each word ("" for none), in order."""
    return [_CLASS_OF.get(word, _CLASS_OF.get(word.rstrip(".:"), "")) for word in words]
