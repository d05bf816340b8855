"""A document's own number under the names receipts, bookings and other commercial papers
give it, in the languages the analyzer reads: "Booking reference", "Auftragsnummer",
"Codice di prenotazione", "Payment reference", "Ordine n.", "Lieferschein-Nr.", and a till's
"Trans 3817" / "Bon 4289" / "Nº 6399" beside its till and operator numbers.

Each name is a whole label: the value follows it after a colon, a table cell's gap, a space
or on the next line; a value must hold a digit. What each name stands for (an order, a
booking, a payment, a till's transaction, a quotation...) decides which document types take
it as their number (:mod:`workflow.analyzers.figures`).
"""

from __future__ import annotations

import re
from itertools import islice

from workflow.analyzers.grid import cells, value_below

#: "Nº" as OCR reads it off a scan: its small raised "o" becomes a "2" or an "&" ("RECIBO  N2
#: 076", "FACTURA RECTIFICATIVA N.2 R-2026/014"); only before a space and the number.
OCR_NUMERO_SIGN = r"n\.?[2&](?=[ \t]+[A-Z0-9])"
#: (what the number is, the names printed before it).
_NAMES = (
    ("order", r"order\s+(?:reference|ref\.?|id)|auftragsnummer|bestellnummer|bestelnummer"
              r"|r[ée]f[ée]rence\s+de\s+(?:la\s+)?commande|num[ée]ro\s+de\s+commande"
              r"|n[úu]mero\s+de\s+pedido|numero\s+(?:(?:d'|dell')\s*)?ordine"
              # A buyer's order: "Inkoopordernummer", "Orden de compra nº".
              r"|inkoop(?:order)?(?:nummer|\s*nr\.?)|orden\s+de\s+compra\s*(?:n\.?\s?[°º]|nr\.?|no\.?)"
              r"|(?:bestellung|commande|bestelling|pedido|ordine(?:\s+d(?:'|i\s+)acquisto)?)"
              r"\s*(?:#|n\.?\s?[°º]|nr\.?|no\.?|n\.)"),
    ("booking", r"(?:booking|reservation|confirmation)\s+(?:reference|ref\.?|code)"
                r"|buchungs(?:code|nummer)|codice\s+(?:di\s+)?prenotazione"
                r"|r[ée]f[ée]rence\s+de\s+(?:la\s+)?r[ée]servation|boekings(?:nummer|code)"
                r"|c[oó]digo\s+de\s+(?:la\s+)?reserva|localizador"),
    ("transaction", r"(?:payment|transaction)\s+(?:reference|ref\.?|id|code)|zahlungsreferenz"
                    r"|transaktions(?:nummer|-?id|code)|r[ée]f[ée]rence\s+(?:du\s+|de\s+)?paiement"
                    r"|referencia\s+de\s+pago|riferimento\s+pagamento"
                    # a payment app's or a card terminal's transaction, in its languages
                    # Dutch shortens "-nummer" to "-nr": "Transactienr: 9984165712".
                    r"|transactie(?:nummer|nr\.?|code)?|num[ée]ro\s+de\s+(?:la\s+)?transaction"
                    r"|operaci[oó]n|operazione(?:\s+n\.?)?"
                    # "Transaction: 8767101", "N° de transaction", "Nº operación".
                    r"|(?:transaction|transacci[oó]n|transazione)(?=[ \t]*[:#])"
                    r"|(?:n\.?[ \t]?[°ºo]\.?|n\.)[ \t]*(?:de[ \t]+(?:la[ \t]+)?)?"
                    r"(?:transaction|transacci[oó]n|operaci[oó]n)"),
    # A payer's remittance advice is known by its payment's number ("Payment number",
    # "Payment no."), beside the invoices it settles, which are the supplier's papers.
    ("payment", r"(?:payment|remittance)\s+(?:number|no\.?|nr\.?|#)|zahlungsnummer"
                r"|betalingsnummer|num[ée]ro\s+de\s+paiement"),
    ("receipt", r"bon(?:nummer|nr\.?)|belegnummer|receipt\s+(?:id|code)"
                r"|(?:re[çc]u|recibo|ricevuta|quittung|beleg)\s*(?:n\.?\s?[°º]|nr\.?|no\.?"
                rf"|{OCR_NUMERO_SIGN}|n\.)"
                r"|acknowledg(?:e)?ment\s+(?:no\.?|number|#)|(?:donation|gift)\s+(?:no\.?|number|id|#)"
                r"|kwitantie(?:nummer|\s*nr\.?)|numero\s+(?:di\s+|della\s+)?ricevuta"
                # A till's slip in its languages: "Ticket : 99847", "N° ticket", "Nº ticket",
                # "N. scontrino", "Scontrino n.", "Kassabon nr.", "Vorgang: 1471424"; a
                # German till's "Bon:6273" beside the date and time.
                r"|(?:ticket|beleg|vorgang|scontrino|bon)(?=[ \t]*[:#])|vorgangs(?:nummer|-?nr\.?)"
                r"|(?:ticket|scontrino|kassabon|bon)[ \t]*(?:n\.?[ \t]?[°ºo]\.?|nr\.?|no\.|n\.)"
                r"|(?:n\.?[ \t]?[°ºo]\.?|n\.)[ \t]*(?:de[ \t]+|di[ \t]+)?(?:ticket|scontrino|bon)"
                r"|numero[ \t]+(?:dello[ \t]+|di[ \t]+)?scontrino"),
    # A supplier's confirmation of an order, by its own number: Germany's "AB-Nr."
    # ("Auftragsbestätigungs-Nr."), Italy's "Conferma n.", the Netherlands' "Orderbevestiging
    # nr.", Spain's "Confirmación de pedido nº", France's "Confirmation de commande n°".
    ("confirmation", r"ab-?nr\.?|auftragsbest(?:ä|ae)tigungs-?(?:nummer|nr\.?)"
                     r"|(?:conferma(?:\s+d'ordine)?|orderbevestiging|confirmaci[oó]n(?:\s+de\s+pedido)?"
                     r"|confirmation\s+de\s+commande)[ \t]*(?:n\.?\s?[°ºo]\.?|nr\.?|n\.|#)"
                     r"|orderbevestigingsnummer|numero\s+(?:di\s+)?conferma"),
    ("quote", r"(?:quote|quotation|estimate)\s*(?:#|no\.?|number)|angebotsnummer|offertenummer"
              r"|(?:angebots?|devis|presupuesto|cotizaci[oó]n|offerte|preventivo|offerta)-?[ \t]*"
              r"(?:n\.?\s?[°ºo]\.?|nr\.?|n\.|#)"
              r"|n[°ºo]\.?\s*(?:de\s+)?(?:devis|presupuesto)|num[ée]ro\s+de\s+devis"
              r"|n[úu]mero\s+de\s+presupuesto|numero\s+(?:di\s+|del\s+)?preventivo"),
    ("delivery note", r"(?:delivery\s+note|packing\s+slip|dispatch\s+note)\s*(?:#|no\.?|number)"
                      r"|lieferschein-?(?:nr\.?|nummer)|bon\s+de\s+livraison\s*n[°º]|albar[áa]n\s*n[°º.]"
                      r"|pakbon(?:nummer)?"),
    # A German authority's notice of a fee is paid quoting its "Kassenzeichen".
    ("invoice", r"pro[-\s]?forma\s*(?:invoice\s*)?(?:#|no\.?|number|nr\.?)|kassenzeichen"
                # "Re.-Nr.", "Rg.-Nr.", "Rechn.-Nr.": the Rechnungsnummer abbreviated.
                r"|rechnungs-?(?:nummer|nr\.?)|r[eg]\.?-nr\.?|rechn\.?-?nr\.?"
                r"|num[ée]ro\s+de\s+facture|factuurnummer"
                # A Dutch municipality's tax assessment: "Aanslagnummer".
                r"|aanslag(?:nummer|\s*nr\.?)"
                # The document's name alone leading a band of labels ("Fatura  Data de
                # emissão" over "FT 2025A/874  2025-04-09"): the value under it.
                r"|(?<![^\n])[ \t]*(?:invoice|fatura|factura|fattura|factuur|faktura|facture"
                r"|rechnung)(?=\t|[ ]{2,}[^\W\d_])"
                r"|(?:factura|fattura)\s*(?:n\.?\s?[°º]|nr\.?|n\.)"),
    ("credit note", r"(?:gutschrifts?|avoir|nota\s+de\s+cr[ée]dito|nota\s+di\s+credito|creditnota"
                    r"|cn)-?[ \t]*(?:#|n[°º]|no\.?|nr\.?|nummer|number|n\.)"
                    r"|numero\s+(?:della\s+)?nota\s+di\s+credito"),
)  # fmt: skip
_NAMED = re.compile(
    "(?:"
    + "|".join(f"(?P<n{index}>(?<![\\w-])(?:{names}))" for index, (_, names) in enumerate(_NAMES))
    # SAP's "Bestellnummer/Datum: 4513828497 / 13.02.2026": the number and its date.
    + r")(?:[ \t]*/[ \t]*(?:datum|date|fecha|data))?"
    r"(?:[ \t]*[:.]|[ \t]*#)?[ \t]*\n?[ \t]*#?(?P<id>[A-Z0-9][A-Z0-9/_.-]{0,30})",
    re.IGNORECASE,
)
#: A till's line of counters: "Till 3  Op 42  Trans 3817", "Kassa 7  Kassier 42  Bon 4289",
#: "Caja 2  Cajero 33  Nº 6399": the last counter is the transaction's (the receipt's) number.
#: A British till names it a receipt: "Till 01  Receipt 0195465".
_TILL_LINE = re.compile(
    # "Store 4834 Lane 2 Trans 4393": a store's number first.
    r"^[ \t]*(?:store[ \t]*\d{1,6}[ \t]+)?"
    r"(?:till|lane|reg(?:ister)?|pos|kasse|kassa|caisse|caja|cassa)\.?[ \t]*\d{1,3}\b"
    r"[^\n]*?\b(?:trans(?:action)?|txn|bon|beleg|ticket|receipt|rcpt|doc\.?\s*n\.?|n[º°]|no\.?"
    r"|nr\.?)\.?:?"
    r"[ \t]*(?P<id>\d[\d/-]{2,20})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A value under a band's label: an identifier with a digit, no date.
_BAND_ID = re.compile(
    # A series printed apart from its number: Portugal's "FT 2025A/874".
    r"(?:(?-i:[A-Z]{1,4}) (?=\d))?(?=[^\d\s]*\d)(?![\d.]+\.\d{2,4}$)[A-Z0-9][A-Z0-9/_.-]{2,30}",
    re.I,
)
#: A number printed in groups of digits ("Rechnungsnummer: 466 568443", "Account number 84
#: 1791 4182"): the groups that follow the first, up to the end of its line or cell.
_DIGIT_GROUPS = re.compile(r"(?: \d{2,})+(?=[ \t]*$|\t| {2})", re.M)
#: A number's letters printed apart from its digits ("PO 951878", "INV 2026-118"): capitals
#: and the digits after one space, up to the end of the line or cell; a series, the year and
#: the serial each a space apart ("RE 2026 0417", "CN 2025 2161").
_LETTER_PREFIX = re.compile(r"[A-Z]{1,4}")
#: In a sentence the number ends before its next word ("Angiv venligst fakturanummer F 2026
#: 2344 ved betaling.").
_PREFIXED_DIGITS = re.compile(
    r"(?: \d[\w/.-]{2,20})+(?=[ \t]*$|\t| {2}| (?-i:[a-zæøåäöüéè])|[,;)](?:\s|$))", re.M
)
#: What may follow a label that is no number: a date, an amount, a year alone.
NOT_A_NUMBER = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d[.,]\d{2}$|^\d{4}-\d{1,2}-\d{1,2}$|^(?:19|20)\d{2}$"
)


def whole_number(text: str, ident: str, end: int) -> str:
    """``ident``, read up to ``end`` in ``text``, with the rest of a number printed in groups
    ("466 568443") or with its letters apart from its digits ("PO 951878", "OC 2025 1538"),
    up to the end of its line or cell; never a label's date ("DATE 09/20/2026")."""
    if ident.isdigit():
        groups = _DIGIT_GROUPS.match(text, end)
        return ident + groups.group() if groups else ident
    if _LETTER_PREFIX.fullmatch(ident):
        digits = _PREFIXED_DIGITS.match(text, end)
        if digits and not NOT_A_NUMBER.search(digits.group().strip()):
            return (ident + digits.group()).rstrip(".")
    return ident


#: A date where a number was looked for.
A_DATE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}"
)
#: A document's number as printed: letters, digits and separators, a digit among them (read
#: with ``fullmatch``). A document's number (:mod:`workflow.analyzers.docnumbers`) and a
#: letter's reference (:mod:`workflow.analyzers.letterrefs`) are both printed this way.
PRINTED_ID = re.compile(r"(?=[^\d\s]*\d)[A-Z0-9][A-Z0-9/_.-]{0,30}", re.I)
#: Matches examined (bounds the work on adversarial text).
_MAX_MATCHES = 100


def _listed(text: str, at: int) -> bool:
    """Whether the value at ``at`` is one of several rows under its labels (a statement's
    column of invoices), not the one row of a band of details. A row of words after it (the
    items' table's "Bezeichnung  Menge  Betrag") is the next table's headers, not a row."""
    line_end = text.find("\n", at)
    if line_end == -1:
        return False
    following = text[line_end + 1 :].lstrip("\n").split("\n", 1)[0]
    line_start = text.rfind("\n", 0, at) + 1
    return (
        len(cells(following)) > 2
        and len(cells(following)) == len(cells(text[line_start:line_end]))
        and re.search(r"\d", following) is not None
    )


#: An airline's or a travel agent's record locator (PNR): five to eight capitals and digits,
#: often letters only ("UKUEJF", "K7QX2P").
_LOCATOR = re.compile(r"(?-i:[A-Z][A-Z0-9]{4,7})")


def _locator(text: str, ident: str, at: int) -> bool:
    """Whether ``ident`` at ``at`` is a record locator: in capitals, ending its line or its
    cell (a band's "BOOKING REFERENCE  BOOKING DATE" is two labels, not a locator)."""
    end = at + len(ident)
    return (
        bool(_LOCATOR.fullmatch(ident))
        and re.match(r"[ \t]*(?:$|\n|\t| {2}|[.,;])", text[end:]) is not None
    )


def named_numbers(text: str) -> list[tuple[str, str, int]]:
    """``(what it is, the number, its offset)`` for every number printed under one of the
    names above, in the order they stand."""
    found: list[tuple[str, str, int]] = []
    for match in islice(_NAMED.finditer(text), _MAX_MATCHES):
        ident, at = match.group("id").rstrip("."), match.start("id")
        kind = next(_NAMES[int(name[1:])][0] for name, value in match.groupdict().items()
                    if value is not None and name != "id")  # fmt: skip
        # An airline's record locator may be letters only ("Booking reference: UKUEJF").
        located = kind == "booking" and _locator(text, ident, match.start("id"))
        # A band's label over its value: the value under it, not the next line's first cell.
        across = "\n" in text[match.start() : at]
        if not across:  # "AB-Nr. OC 2025 1538", "Auftragsnummer 2025 1538": the number whole
            ident = whole_number(text, ident, match.end("id"))
        if not (re.search(r"\d", ident) or located) or across:
            # A cell of a band of labels over their values ("Belegnummer  Datum  Kunde" over
            # "90316519  22.08.2026  253445"): the value under it.
            below = value_below(text, match.start())
            band_id = below is not None and (
                _BAND_ID.fullmatch(below[0])
                or (kind == "booking" and _locator(text, below[0], below[1]))
            )
            if below is not None and band_id and not _listed(text, below[1]):
                ident, at = below
            elif not (re.search(r"\d", ident) or located):
                continue
        if A_DATE.fullmatch(ident):
            continue  # "Transaction: 12/03/2026 14:22": when, not which
        if kind == "booking" and not re.search(r"\d", ident):
            kind = "locator"  # letters only: the booking's, a ticket's own number beats it
        found.append((kind, ident, at))
    found.extend(
        ("receipt", match.group("id"), match.start("id"))
        for match in islice(_TILL_LINE.finditer(text), _MAX_MATCHES)
    )
    return sorted(found, key=lambda item: item[2])


__all__ = [
    "A_DATE",
    "NOT_A_NUMBER",
    "OCR_NUMERO_SIGN",
    "PRINTED_ID",
    "named_numbers",
    "whole_number",
]
