"""The document's own number: the labelled one its type calls for ("Invoice No.", "PO #",
"Factuurnummer", "Nº Factura", "Fattura n.", "Vertragsnummer"), else the first one labelled;
a number a sentence merely mentions ("... invoice INV-2295 remains unpaid") is not it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from workflow.analyzers.grid import cells, value_below
from workflow.analyzers.numbering import A_DATE, OCR_NUMERO_SIGN, named_numbers

#: Number labels examined (bounds the work on adversarial text).
_MAX_NUMBER_LABELS = 200
#: Labels that name a document's own number only on the types that prefer them: a letter's
#: "Ref: AB/123" or a ticket mentioned in a report is a reference, not its number.
_WEAK_LABELS = frozenset({"ref", "reference", "ticket", "trip", "booking", "reservation", "folio",
                          "bill", "quittung", "beleg", "memo", "policy"})  # fmt: skip
#: Labels that name another document's number on a type: an invoice's "PO #" is the
#: customer's order it bills; a packing list's, a delivery note's or an order
#: acknowledgement's "Invoice ref" or "Your PO" is the invoice or the order it goes with.
_ORDERS = frozenset({"po", "p.o.", "p.o", "purchase order", "bestell", "pedido", "ordine"})
_REFERENCES = {
    "invoice": _ORDERS,
    "other": _ORDERS | {"invoice", "inv", "rechnung", "rechnungs", "facture"},
}
#: Labels naming the agreement or the case a document refers to: an invoice's "Contract
#: reference: MSA-2025-014", a claim form's "Policy number", a bill's "Claim no." are never its
#: own number unless its type calls for them (a contract's, a claim form's).
_OTHER_MATTERS = frozenset({"contract", "agreement", "policy", "claim"})
#: Labels that only say "a reference": any other preferred label beats them.
_BARE_REFERENCE = frozenset({"ref", "reference"})
#: Types whose bare "No.: 200" is their number.
_BARE_NUMBER_TYPES = ("receipt", "invoice", "purchase_order", "statement", "form")
#: A form's bare "No.: 200" when no labelled number is found.
_BARE_NUMBER_LABEL = re.compile(
    r"^[ \t]*(?:no|nr|n[°º])(?:\.[ \t]*:?|[ \t]*:)[ \t]*#?(?P<id>[A-Z0-9][A-Z0-9/_.-]{0,30})",
    re.I | re.M,
)

#: "Invoice No.", "PO #", "Receipt:", "Agreement No." ... and the document type each suits.
_NUMBER_LABEL = re.compile(
    # A subscription's or a service's "Order Form Number" is the order form's own.
    # A pro-forma invoice's own: "Pro forma No.", "Proforma-Nr.", "Nº proforma".
    r"\b(?P<label>pro[-\s]?forma(?:[-\s]+(?:invoice|rechnung))?|invoice|inv|receipt|purchase\s+order|p\.?\s?o\.?|order\s+form|order|statement"
    r"|claim|bon|check"
    r"|agreement|contract|trans(?:action)?|txn|reference|document|credit\s+(?:note|memo)|memo"
    # A supplier's order confirmation titled with its number: "Auftragsbestätigung 10008773".
    r"|auftragsbest(?:ä|ae)tigung|order\s+acknowledge?ment"
    r"|confirmation|rechnungs?|bestell|beleg|facture|num[ée]ro\s+de\s+facture|trip|booking"
    # A credit note's or a correction's own number: "Credit # 1424", "Rechnungskorrektur-Nr.",
    # "Factura rectificativa N.º R-2026/071", "Nota di credito n.", "Creditnotanummer".
    r"|credit(?=[ \t]*(?:#|no\b|number\b))|rechnungskorrektur|korrekturrechnung|stornorechnung"
    r"|factura\s+rectificativa|nota\s+de\s+cr[ée]dito|nota\s+di\s+credito|creditnota"
    r"|reservation|ticket|folio|bill|ref|quittung"
    # A quotation titled with its number: "QUOTE Q-5526", "Angebot AN-2026-118", "Devis D-41".
    r"|quot(?:e|ation)|estimate|angebot|devis|offerte|presupuesto|preventivo"
    # The other languages' names of the same documents ("Factuurnummer", "Fattura n.",
    # "Avoir N°", "Vertragsnummer", "Afschriftnummer"), and "N° de facture", "Nº Factura".
    # Portugal's and Spain's simplified invoice, a till's: "Fatura Simplificada FS 099/21378".
    # Spain's abbreviates its name: "Fra. Simplificada: T9/859890".
    r"|fatura\s+simplificada|factura\s+simplificada|fra\.?\s+simplificada"
    r"|factuur|factura|fattura|faktura|laskun?|fatura|bolletta|avoir|gutschrifts?|vertrags?|contrat|contrato|contratto"
    # A Dutch supplier's statement of account, "Rekeningoverzicht", numbers its "Overzicht nr.".
    r"|afschrift|(?:rekening)?overzicht|auszugs?|kontoauszug|estratto\s+conto"
    r"|extracto(?:\s+de\s+cuenta)?"
    r"|relev[ée](?:\s+de\s+compte)?|pedido|commande|ordine|policy|police|polizza|p[óo]liza|polis"
    r"|schaden|schade|sinistre|siniestro|sinistro"
    # "N° de facture: 118", "Nº Factura A25/994" (NFKC reads "Nº" as "No"): the number
    # word comes first, and nothing need follow the document's name.
    # "N.º de siniestro" (NFKC reads "n.º" as "n.o"): a claim in Spanish, French, Italian.
    r"|(?P<first>(?:n\.?[°ºo]\.?|n\.|num[ée]ro|n[úu]mero)\s*(?:de\s+(?:la\s+)?|di\s+|del\s+|d')?"
    r"(?:facture|factura|fattura|pedido|commande|contrat|siniestro|sinistre|sinistro|documento"
    r"|document|avoir|recibo|re[çc]u|nota\s+de\s+cr[ée]dito|proforma)))\.?"
    # Its value after it, or alone on the next line under a label alone on its own.
    r"(?(first)(?=[ \t]*[:.]?[ \t]*(?:\n[ \t]*)?#?[A-Z0-9])|"
    # "Receipt: 0042", "Invoice: 775569", "Order confirmation PB2123103": no "No." needed.
    # A tax invoice's name in its language: "Faktura VAT nr", "Fattura IVA n.".
    r"(?:(?:[ \t]+(?:vat|iva|tva|btw))?"
    # A data file's key joins the words with "_": "invoice_no: 2026-020", "order_id".
    r"[ \t_]*(?:#|no\.?|number|nummer|n[úu]mero|numero|num\.?|nr\.?|id|reference|ref\.?"
    r"|n\.?[°º]|n\.o\b"
    rf"|{OCR_NUMERO_SIGN}"
    r"|n\.(?=\s*:?\s*[A-Z]{0,4}[-/]?\d)"
    # "Bolletta n." closing its line (a right-hand column's label): the value under it.
    r"|n\.(?=[ \t]*\n))"
    r"|-?nr\."
    r"|(?<=receipt|invoice|facture)(?=\s*:)|(?<=folio)(?=\s*:)|(?<=simplificada)(?=\s*:)|(?:(?<=ref)|(?<=ref\.)|(?<=reference))(?=\s*:)"
    r"|(?:(?<=confirmation)|(?<=txn)|(?<=ticket)|(?<=bestätigung)|(?<=bestaetigung)"
    r"|(?<=acknowledgement)|(?<=acknowledgment))(?=[ \t]+[A-Z]{0,4}[-/]?\d)"
    # A till's slip number: "Kasse 2  Bon 88030", "Beleg 53356  Bed. 02", "Trans 5761  Till 2".
    r"|(?:(?<=bon)|(?<=beleg)|(?<=trans)|(?<=transaction))(?=[ \t]+\d{2,}\b(?![.,/:]\d))"
    # "Your order 176-6657922 is confirmed", "Invoice 2026-0042": a title and its number.
    # The other languages' titles too: "Facture FAC/2025/00311", "Rechnung 2026-118".
    r"|(?:(?<=order)|(?<=invoice)|(?<=receipt)|(?<=credit note)|(?<=kontoauszug)|(?<=facture)"
    r"|(?<=factura)|(?<=fattura)|(?<=factuur)|(?<=rechnung)|(?<=gutschrift)|(?<=avoir)"
    r"|(?<=fatura)|(?<=faktura)|(?<=bill)|(?<=simplificada)|(?<=quote)|(?<=quotation)"
    r"|(?<=estimate)|(?<=angebot)|(?<=devis)|(?<=offerte)|(?<=presupuesto)|(?<=preventivo))"
    # A short number only alone with its title on the line ("Invoice 88", "Rechnung 55").
    # A series apart from its number: Portugal's "Fatura FT 2026A/154".
    r"(?=[ \t]+[A-Z]{0,4}[-/]?\d[\w/-]{3,}(?:[\s,;)]|$)|[ \t]+\d{1,3}[ \t]*(?:\n|$)"
    r"|[ \t]+(?-i:[A-Z]{1,4})[ \t]\d[\w/-]{3,}(?:[\s,;)]|$))"
    # "Thanks for your order! (NG58256069)".
    r"|(?<=order)!?[ \t]*\((?=[A-Z]{0,4}\d)))"
    # "Your order number is 112-4455", "Ihre Bestellnummer lautet ...": a sentence's verb.
    r"\s*[:.,]?\**[ \t]*(?:(?:is|was|ist|lautet|est|es|[èe])[ \t]+(?=#?[A-Z]{0,4}[-/]?\d))?"
    r"#?(?P<id>[A-Z0-9][A-Z0-9/_.-]{0,30})?",
    re.I,
)
#: A document's number as printed: letters, digits and separators, a digit among them.
_ID = re.compile(r"(?=[^\d\s]*\d)[A-Z0-9][A-Z0-9/_.-]{0,30}", re.I)
_NUMBER_PREFERENCE = {
    # A hotel's or a Mexican invoice's "Folio" is the bill's own number.
    "invoice": ("invoice", "inv", "credit note", "memo", "rechnung", "rechnungs", "facture",
                "numéro de facture", "numero de facture", "bill", "folio", "proforma"),
    "receipt": ("receipt", "trans", "transaction", "txn", "order", "confirmation", "bon", "beleg",
                "check", "trip", "booking", "reservation", "ticket", "folio", "quittung",
                "reference", "ref", "locator"),
    "purchase_order": ("purchase order", "p.o.", "po", "p.o", "order", "bestell"),
    "statement": ("statement",), "contract": ("agreement", "contract", "policy"),
    # A claim form's policy number is the contract it claims under: its own is the claim's.
    "form": ("claim", "reference", "ref", "document"),
}  # fmt: skip
#: The other languages' document names, as the English label each stands for.
_LABEL_MEANS = {
    "factuur": "invoice", "factura": "invoice", "fattura": "invoice", "faktura": "invoice",
    "laskun": "invoice",
    "fatura": "invoice", "bolletta": "invoice", "fatura simplificada": "receipt",
    "lasku": "invoice",
    "factura simplificada": "receipt", "fra. simplificada": "receipt",
    "fra simplificada": "receipt",
    "avoir": "credit note", "gutschrift": "credit note", "gutschrifts": "credit note",
    "credit memo": "credit note",
    "credit": "credit note", "rechnungskorrektur": "credit note",
    "korrekturrechnung": "credit note", "stornorechnung": "credit note",
    "factura rectificativa": "credit note", "nota di credito": "credit note",
    "auftragsbestätigung": "confirmation", "auftragsbestaetigung": "confirmation",
    "order acknowledgement": "confirmation", "order acknowledgment": "confirmation",
    "pro forma": "proforma", "pro-forma": "proforma", "pro forma invoice": "proforma",
    "proforma invoice": "proforma", "pro-forma invoice": "proforma",
    "proforma-rechnung": "proforma", "pro forma rechnung": "proforma",
    "creditnota": "credit note",
    "vertrag": "contract", "vertrags": "contract", "contrat": "contract",
    "contrato": "contract", "contratto": "contract", "afschrift": "statement",
    "overzicht": "statement", "rekeningoverzicht": "statement",
    "auszug": "statement", "auszugs": "statement", "kontoauszug": "statement",
    "estratto conto": "statement", "extracto": "statement", "extracto de cuenta": "statement",
    "relevé": "statement", "releve": "statement", "relevé de compte": "statement",
    "releve de compte": "statement",
    "pedido": "order", "commande": "order",
    "ordine": "order", "documento": "document", "recibo": "receipt", "reçu": "receipt",
    "recu": "receipt", "nota de crédito": "credit note", "nota de credito": "credit note",
    "police": "policy", "polizza": "policy", "póliza": "policy",
    "poliza": "policy", "polis": "policy", "schaden": "claim", "schade": "claim",
    "sinistre": "claim", "siniestro": "claim", "sinistro": "claim",
    "quotation": "quote", "estimate": "quote", "angebot": "quote", "devis": "quote",
    "offerte": "quote", "presupuesto": "quote", "preventivo": "quote",
}  # fmt: skip
_NUMBER_FIRST = re.compile(
    r"^(?:n\.?[°ºo]\.?|n\.|num[ée]ro|n[úu]mero)(?![^\W\d_])\s*(?:de\s+(?:la\s+)?|di\s+|del\s+|d')?"
)
#: A number printed in groups of digits ("Rechnungsnummer: 466 568443", "Account number 84
#: 1791 4182"): the groups that follow the first, up to the end of its line or cell.
_DIGIT_GROUPS = re.compile(r"(?: \d{2,})+(?=[ \t]*$|\t| {2})", re.M)
#: A number's letters printed apart from its digits ("PO 951878", "INV 2026-118"): capitals
#: and the digits after one space, up to the end of the line or cell.
_LETTER_PREFIX = re.compile(r"[A-Z]{1,4}")
_PREFIXED_DIGITS = re.compile(r" \d[\w/.-]{2,20}(?=[ \t]*$|\t| {2})", re.M)
#: A number printed after its series in a cell of its own ("NC 571/2025", "FT 2025A/874"):
#: the series' capitals, a space, the number.
_SERIES_ID = re.compile(r"(?-i:[A-Z]{1,4}) \d[\w/.-]{2,20}")


def document_number(text: str, document_type: str) -> str | None:
    """The document's own number: the labelled one its type calls for, else the first."""
    numbered = document_number_at(text, document_type)
    return numbered[0] if numbered else None


def document_number_at(text: str, document_type: str) -> tuple[str, int] | None:
    """:func:`document_number` and the offset of its label in ``text``."""
    found: list[tuple[str, str, int]] = []
    for match in islice(_number_labels(text), _MAX_NUMBER_LABELS):
        ident, offset = _labelled_id(text, match)
        label = _NUMBER_FIRST.sub("", " ".join(match.group("label").lower().split()))
        label = _LABEL_MEANS.get(label, label)
        weak = label in _WEAK_LABELS and label not in _NUMBER_PREFERENCE.get(document_type, ())
        weak = weak or _mentioned(text, match) or label in _REFERENCES.get(document_type, ())
        weak = weak or _referred(text, match.start("label"))
        if ident and re.search(r"\d", ident) and not weak and not A_DATE.fullmatch(ident):
            found.append((label, ident.rstrip("."), offset))
    # Names that are a number's whole label ("Booking reference", "Auftragsnummer") and a
    # till's counters, in the order everything stands.
    found = sorted([*found, *named_numbers(text), *_titled_below(text)], key=lambda e: e[2])
    if document_type == "invoice":
        # "Your order ref", "Your reference": the customer's numbers, never the invoice's.
        found = [e for e in found if e[0] not in _CUSTOMERS_OWN or not _yours(text, e[2])]
    preferred = _NUMBER_PREFERENCE.get(document_type, ())
    # A record locator of letters only ("Booking reference: DFMAED") is the number only when
    # nothing else names one (an e-ticket receipt's "Ticket number: 125 6366751154").
    if any(entry[0] in preferred and entry[0] != "locator" for entry in found):
        found = [entry for entry in found if entry[0] != "locator"]
    # A bare "No." beats the other papers' numbers printed beside it ("Order No.", "Pakbon").
    own = any(entry[0] in preferred for entry in found)
    if not own and document_type in _BARE_NUMBER_TYPES and (bare := _bare_number(text)):
        return bare
    found = [entry for entry in found if entry[0] in preferred or entry[0] not in _OTHER_MATTERS]
    # A bare "Ref" is the last resort: a card slip's "REF # 653638122812" is the acquirer's
    # reference, the till's "TRANS # 9594" below it the receipt's number.
    for label, ident, offset in sorted(found, key=lambda entry: entry[0] in _BARE_REFERENCE):
        if label in _BARE_REFERENCE:
            # A card slip's "REF #: 2482365140" is the acquirer's: the slip's "INVOICE:
            # 966976", a US till's "TR# 01174" name the sale before it does.
            other = next((e for e in found if e[0] not in _BARE_REFERENCE), None)
            till = _US_TILL.search(text) if document_type == "receipt" else None
            if other is not None:
                return other[1], other[2]
            if till is not None:
                return till.group("id"), till.start("id")
        if label in preferred:
            return ident, offset
    if not found and document_type == "receipt" and (till := _US_TILL.search(text)):
        return till.group("id"), till.start("id")
    return (found[0][1], found[0][2]) if found else None


def _number_labels(text: str) -> Iterator[re.Match[str]]:
    """Every number label, each looked for again right after the previous one's label: a
    band's "Order #  Invoice No." is two labels, though the first reads on to the second's
    words as if they were its value."""
    position = 0
    while (match := _NUMBER_LABEL.search(text, position)) is not None:
        yield match
        position = max(match.end("label"), match.start() + 1)


#: A till's counters: store, operator, terminal, transaction ("ST# 4246 OP# 144102 TE# 38
#: TR# 01174"); the transaction is the receipt's number when no other label names one.
_US_TILL = re.compile(
    # British tills print them after the date: "04/06/25 20:45  ST:4345 TL:12 TR:4787 OP:2172".
    r"^[^\n]*?\bST[#:][ \t]*\d+[ \t]+(?:(?:OP|TE|TL)[#:][ \t]*\d+[ \t]+){1,3}"
    r"TR[#:][ \t]*(?P<id>\d{2,})",
    re.I | re.M,
)


#: A purchase order's "PO" prefix as OCR reads its letter O: a zero ("P0222839", "P02026-372").
#: A zero-padded "P00042" (Odoo's own numbering) is printed so and left alone.
_OCR_PO = re.compile(r"P0(?=[1-9][\d/-]{3,}$)")


def po_misread(number: str) -> str | None:
    """The purchase order's number with its "PO" restored when OCR read the O as a zero
    (``"P0222839"`` -> ``"PO222839"``); ``None`` when it does not look misread. Only for text
    OCR produced: a text layer's "P0..." is what the file says."""
    return _OCR_PO.sub("PO", number, count=1) if _OCR_PO.match(number) else None


def _labelled_id(text: str, match: re.Match[str]) -> tuple[str | None, int]:
    """The id a number label gives, and the offset it is cited at: after the label, whole
    when printed in groups ("466 568443") or with its letters apart ("PO 951878"); on the next
    line under a label that starts its line; under the label in a band of labels."""
    ident = match.group("id")
    if ident and ident.isdigit():
        groups = _DIGIT_GROUPS.match(text, match.end("id"))
        ident = ident + groups.group() if groups else ident
    elif ident and _LETTER_PREFIX.fullmatch(ident):
        # "Order no.: PO 951878": the number's letters, a space, its digits.
        digits = _PREFIXED_DIGITS.match(text, match.end("id"))
        if digits and not _NOT_A_NUMBER.search(digits.group().strip()):
            ident = ident + digits.group()  # never a label and its date ("DATE 09/20/2026")
    # The id on the next line belongs to a label that starts its line (a form's label over
    # its value); a label further along is a band's cell ("Account number  Bill number" over
    # two values) or a sentence's word ("... about this receipt:").
    # A label in a cell of its own over the id alone on the next line is a right-hand
    # column's ("Nelson 7010  Invoice Number" over "INV-4051").
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[line_start : match.start()]
    leads = not before.strip()
    # A word may lead the label in its cell: "Our Invoice No.", "Tax Invoice No.".
    own_cell = leads or bool(re.search(r"(?:^|\t|[ ]{2,})(?:[^\W\d_]+[ ])?$", before))
    if ident and "\n" in text[match.end("label") : match.start("id")]:
        next_end = text.find("\n", match.start("id"))
        alone = len(cells(text[match.start("id") : next_end if next_end != -1 else len(text)])) == 1
        if not (leads or (own_cell and alone)):
            ident = None
    elif not ident and own_cell:  # the value on the next line, as tables and forms lay it out
        rest = text[match.end() : match.end() + 60].lstrip(" \t:")
        if rest.startswith("\n"):
            following = rest.strip().split("\n", 1)[0].strip()
            ident = following if _ID.fullmatch(following) else None
    if not (ident and re.search(r"\d", ident)):  # a row of labels over their values
        below = value_below(text, match.start())
        if below is not None and (_ID.fullmatch(below[0]) or _SERIES_ID.fullmatch(below[0])):
            return below
    return ident, match.start()


#: A bare number label in a cell of its own ("No.", "Nr.", "Nummer", "Number"): the header of a
#: band of labels ("No.  Date  Due" over their values) or a form's label over its value.
_BARE_LABEL_CELL = re.compile(
    r"(?:^|\t|[ ]{2})[ \t]*(?P<label>(?:no|nr|n[°º]|number|nummer|num[ée]ro|n[úu]mero)\.?)"
    r"[ \t]*:?[ \t]*(?=\t|[ ]{2}|$)",
    re.I | re.M,
)
#: A line item table's column headers: its "No." column numbers the rows.
_ITEM_HEADERS = re.compile(
    r"\b(?:description|item|qty|quantity|price|amount|artikel|bezeichnung|menge|d[ée]signation"
    r"|descripci[óo]n|descrizione|omschrijving|aantal|cantidad|quantit[àé])\b",
    re.I,
)
#: The shortest number a bare label may give: a row's "1" or "12" under "No." is a count.
_MIN_BARE_NUMBER = 3


def _bare_number(text: str) -> tuple[str, int] | None:
    """The number after a bare "No.:", else under a bare "No." / "Nummer" label, in a band of
    labels or alone on the next line; never a table's row number, a date or an amount."""
    bare = _BARE_NUMBER_LABEL.search(text)
    if bare and _ID.fullmatch(bare.group("id")):
        return bare.group("id").rstrip("."), bare.start("id")
    for match in islice(_BARE_LABEL_CELL.finditer(text), _MAX_NUMBER_LABELS):
        line_start = text.rfind("\n", 0, match.start("label")) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        if _ITEM_HEADERS.search(text, line_start, line_end):
            continue
        # "Nummer  INV-2026-0934": its value beside it; else a band's label over its value.
        beside = text[match.end() : line_end].strip()
        beside = re.split(r"\t|[ ]{2,}", beside)[0] if beside else ""
        if (
            len(beside) >= _MIN_BARE_NUMBER
            and _ID.fullmatch(beside)
            and not _NOT_A_NUMBER.search(beside)
        ):
            return beside.rstrip("."), text.index(beside, match.end())
        found = value_below(text, match.start("label"))
        if found is None:
            # Alone on the next line, under a label leading its line or ending it in a cell
            # of its own ("Client: Redwood Dental  No." over "2025/4687").
            below = _next_line(text, line_end)
            leads = not text[line_start : match.start("label")].strip()
            found = below if leads or len(cells(below[0])) == 1 else None
        value = found[0] if found else ""
        if (
            len(value) >= _MIN_BARE_NUMBER
            and _ID.fullmatch(value)
            and not _NOT_A_NUMBER.search(value)
        ):
            return found
    return None


def _next_line(text: str, line_end: int) -> tuple[str, int]:
    """The line after the one ending at ``line_end``, stripped, and its offset."""
    start = min(line_end + 1, len(text))
    end = text.find("\n", start)
    line = text[start : len(text) if end == -1 else end]
    return line.strip(), start + len(line) - len(line.lstrip())


#: A title alone on its line over the document's number alone on the next ("INVOICE" over
#: "INV-7781", "Rechnung" over "Nr. 2026-118"), as billing software stacks its heading.
_TITLE_OVER_NUMBER = re.compile(
    r"^[ \t]*(?:(?-i:[A-Z])[\w.-]*[ \t]+){0,2}(?P<label>invoice|receipt|credit\s+note|facture"
    r"|rechnung|gutschrift|avoir|fa(?:c)?tura\s+simplificada|factura|fattura|factuur"
    r"|purchase\s+order)[ \t]*:?[ \t]*\n[ \t]*(?:#|no\.?|nr\.?|n[°º]\.?)?[ \t]*"
    # Portugal's series apart from its number ("FS A/2860"); a till prints the date beside it.
    r"(?P<id>(?-i:[A-Z]{1,4}) [A-Z0-9]\w*/\d+|[A-Z0-9][A-Z0-9/_.-]{2,30})"
    r"(?:(?:\t|[ ]{2,})\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:[ \t]+\d{1,2}:\d{2})?)?[ \t]*$",
    re.I | re.M,
)
#: What a line under a title may hold that is no number: a date, an amount, a year alone.
_NOT_A_NUMBER = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d[.,]\d{2}$|^\d{4}-\d{1,2}-\d{1,2}$|^(?:19|20)\d{2}$"
)


def _titled_below(text: str) -> list[tuple[str, str, int]]:
    """``(label, number, offset)`` for a number alone under its document's title."""
    found = []
    for match in islice(_TITLE_OVER_NUMBER.finditer(text), _MAX_NUMBER_LABELS):
        ident = match.group("id").rstrip(".")
        if re.search(r"\d", ident) and not _NOT_A_NUMBER.search(ident):
            label = " ".join(match.group("label").lower().split())
            found.append((_LABEL_MEANS.get(label, label), ident, match.start("id")))
    return found


#: Titles a document prints before its own number ("INVOICE 2026-0042", "Facture 3494").
_TITLES = frozenset({"invoice", "receipt", "credit note", "facture", "rechnung", "quote"})
#: Words of a title before its document's name, capitalised as titles are ("TAX", "Final",
#: "Commercial"), where a sentence's words would be lower case ("please pay invoice ...").
_TITLE_WORDS = re.compile(r"(?:(?-i:[A-Z])[\w.-]*[ \t]+){1,2}")
#: A list's bullet before an item ("- Invoice 148097", "• Receipt 22727", "2) Invoice 88").
_BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u00b7>]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+", re.I)
#: An e-mail's subject line, in the languages the analyzer reads.
_SUBJECT = re.compile(
    r"[ \t]*(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto)[ \t]*:", re.I
)
#: An amount with its cents: a row's sum after a document it lists.
_PRICED = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?![\d.,])")


def _mentioned(text: str, match: re.Match[str]) -> bool:
    """A title word and a number side by side inside a sentence ("... invoice INV-2295
    remains unpaid"): another document mentioned, not this one's title ("INVOICE 2026-0042"
    leads its line; "Your order 176-6657922 is confirmed" names the order confirmed)."""
    label = " ".join(match.group("label").lower().split())
    label = _LABEL_MEANS.get(label, label)
    if label not in _TITLES or match.group("id") is None:
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    # An item of a list ("Enclosures:" over "- Invoice 148097") mentions another document; a
    # mail's subject names the one it sends ("Invoice INV-56087 from ... for $1,473.77").
    listed = bool(_BULLET.fullmatch(text[line_start : match.start()]))
    if listed or _in_subject(text, line_start):
        return listed
    if text[match.end("label") : match.start("id")].strip():
        return False  # a label ("Invoice No.:") names this document's number
    line_end = text.find("\n", match.end("id"))
    if _PRICED.search(text[match.end("id") : line_end if line_end >= 0 else len(text)]):
        return True  # a row listing documents ("06/12/2025 Facture 3494  1.377,78")
    # Only words of a sentence before it make a mention; a cell of its own ("09/09/2026
    # 09:01  Receipt 1890": a till's header row) does not.
    own_cell = re.split(r"\t|[ ]{2,}", text[line_start : match.start()])[-1]
    if re.search(r"\b(?:your|this)(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}\s*$", own_cell, re.I):
        # "Your invoice INV-8812 is ready", "Your Vantage invoice G0068 is ready": the one
        # this message is about.
        return False
    # A running head ("Altmühl GmbH - Factuur F-2025-2656") and the title's own words ("TAX
    # INVOICE INV-0043", "Commercial Invoice 88") are no sentence.
    titled = re.search(r"[-\u2013\u2014|:\u00b7]\s*$", own_cell)
    titled = titled or _TITLE_WORDS.fullmatch(own_cell.lstrip())
    return not titled and bool(re.search(r"[^\W\d_]", own_cell))


#: Words before a number's label that make it another document's: a credit note's "Original
#: invoice INV-0041", "zu Rechnung RE-2026-118", "Rif. fattura n. 79/2026", "Betreft factuur",
#: "Against invoice", "Avoir sur facture n° 101".
_REFERRING = re.compile(
    r"\b(?:original[e]?|ursp(?:r|rü|ru)\w*|zu[rm]?|betreft|betreffend|bez(?:ü|ue|u)glich|rif\."
    r"|riferimento|against|sur|re|relating\s+to|concerne|relativ[ao]\s+(?:a|alla)|referente\s+a)"
    r"[ \t:.]*$",
    re.I,
)


def _referred(text: str, label_start: int) -> bool:
    """Whether the words before the label in its cell refer to another document."""
    line_start = text.rfind("\n", 0, label_start) + 1
    cell = re.split(r"\t|[ ]{2,}", text[line_start:label_start])[-1]
    return bool(_REFERRING.search(cell))


#: Numbers an invoice may print as the customer's: its order, its reference.
_CUSTOMERS_OWN = frozenset({"order", "ref", "reference"})
#: "Your" opening a label, in the languages the analyzer reads ("Your order ref", "Ihre
#: Referenz", "Uw referentie", "Votre commande", "Su pedido", "Vostro ordine").
_YOURS = re.compile(
    r"(?:^|\t|[ ]{2})[ \t]*(?:your|ihre?|uw|votre|vos|su|sus|vostr[oa])\s", re.I | re.M
)


def _yours(text: str, at: int) -> bool:
    """Whether the label of the value (or label) at ``at`` opens with "your" on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return bool(_YOURS.search(text, line_start, at))


def _in_subject(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is an e-mail's subject, or its folded continuation
    (a header line opening with a space continues the one above)."""
    if _SUBJECT.match(text, line_start):
        return True
    folded = line_start > 0 and text[line_start : line_start + 1] in (" ", "\t")
    head_start = text.rfind("\n", 0, line_start - 1) + 1
    return folded and bool(_SUBJECT.match(text, head_start))
