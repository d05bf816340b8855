"""What one page shows of its place in a file of documents, as a person leafing through a
bundle reads it (:class:`~workflow.analyzers.section_records.PageSigns`): a letterhead at the
top (a name above a street line, or a name with a legal form), a title that names a kind of
document ("INVOICE", "Receipt", "Purchase Order"), a salutation or an e-mail's header that opens
a letter, the document's own number, its page number, and whether the page closes its document
(its last page by its numbering, or a total among its last lines) or says it goes on. Only the
top and the foot of a page are read for these signs, and its text once for its type and number,
so the cost stays linear in the length. The splitter (:mod:`workflow.analyzers.sections`)
decides from them where documents start.
"""

from __future__ import annotations

import re

from workflow.analyzers.classify import classify
from workflow.analyzers.entities import date_spans
from workflow.analyzers.figures import document_number
from workflow.analyzers.pagemarks import continues, page_numbers, runs_on
from workflow.analyzers.party_names import STREET, is_organisation
from workflow.analyzers.section_records import PageSigns

#: Non-blank lines at the top of a page that may hold its title (below a letterhead and an
#: address), and that may open a letter.
_TITLE_LINES = 8
_SALUTATION_LINES = 14
#: A heading after the name of whose it is: "Harrowgate Housing Association: Acta de la
#: reunión del", "Solaris Components SAS: Q1 2026 performance report" (a name of capitalised
#: words, not a field's label).
_NAMED_HEADING = re.compile(
    r"^(?:[A-Z][\w&.'\u2019-]*\s+){1,5}[A-Z][\w&.'\u2019-]*\s*:\s+(?P<heading>\S.*)$"
)
#: A title line is short; minutes' may name the body and the meeting.
_MAX_TITLE_CHARS = 50
_MAX_MINUTES_CHARS = 90
_MINUTES_HEAD = re.compile(
    r"^\W*(?:minutes|notulen|protokoll|proc[èe]s-verbal|acta|verbale|ata|referat)\b", re.I
)
#: A title naming a kind of document, and the type it stands for.
_TITLES = (
    (
        "invoice",
        r"(?:tax\s+|proforma\s+|commercial\s+)?invoice|credit\s+note"
        r"|rechnung|facture|factuur|factura|fattura|faktura|gutschrift|creditnota"
        r"|note\s+d.honoraires|honorar(?:note|rechnung)|nota\s+de\s+honorarios|fee\s+note"
        r"|nota(?=\s*(?:n[°o.º]|nr\.?|$))"
        r"|avoir(?=\s*(?:n[°o.º]|$))"
        # bills under their trades' names: a hotel's folio (a bare "Folio 2" numbers a sheet),
        # a builder's application for payment
        r"|(?:guest|hotel)\s+folio|application\s+(?:and\s+certificate\s+)?for\s+payment",
    ),
    (
        "receipt",
        r"(?:sales\s+|payment\s+|cash\s+)?receipt|order\s+confirmation|quittung|kassenbon"
        r"|kassenbeleg|re[çc]u|ticket(?:\s+de\s+caisse)?|kassabon|recibo|ricevuta|scontrino"
        # a till's legal titles, and a card terminal's slip by the copy it is
        r"|documento\s+commerciale|fa(?:c)?tura\s+simplificada|kvitto|paragon(?:\s+fiskalny)?"
        r"|kundenbeleg|h[äa]ndlerbeleg|kartenzahlung|ticket\s+client|(?:customer|cardholder)\s+copy",
    ),
    (
        "purchase_order",
        r"purchase\s+order|p\.?\s?o\.?\s*(?:#|no\.?|number)|bestellung|bon\s+de\s+commande"
        r"|inkooporder|bestelbon|orden\s+de\s+compra|pedido\s+de\s+compra|ordine\s+di\s+acquisto",
    ),
    (
        "statement",
        r"(?:bank\s+|account\s+|monthly\s+|card\s+)?statement(?:\s+of\s+account)?"
        r"|kontoauszug|relev[ée]\s+de\s+compte|rekening(?:afschrift|overzicht)"
        r"|extracto(?:\s+de\s+cuenta)?|estratto\s+conto",
    ),
    (
        "contract",
        r"[\w ]{0,40}agreement|contract|[^\W\d_]*(?:vertrag|vereinbarung|overeenkomst)"
        r"|contrat|contrato|contratto",
    ),
    # Minutes name their body and meeting after the word ("Notulen ledenvergadering
    # Buurtvereniging De Molenwijk"), so their title runs longer (:data:`_MAX_MINUTES_CHARS`).
    (
        "minutes",
        r"(?:minutes|notulen|protokoll|proc[èe]s-verbal|acta\s+de\s+la|verbale\s+dell?[a']?"
        r"|ata\s+da|referat)[\w ,.:'\u2019-]{0,40}|meeting\s+minutes",
    ),
    ("memo", r"(?:internal\s+)?memo(?:randum)?"),
    (
        "form",
        r"[\w ]{0,30}\bform|claim\s+form|[^\W\d_]*(?:formular|formulier)"
        r"|schadens?(?:meldung|anzeige)|formulaire|formulario|modulo|d[ée]claration\s+de\s+sinistre"
        r"|parte\s+de\s+siniestro|denuncia\s+di\s+sinistro",
    ),
    ("report", r"[\w ]{0,40}\breport"),
    # A fax's cover sheet is the letter that carries the pages behind it; "Fax:" before a
    # number is a field.
    (
        "letter",
        r"cover\s+letter|(?:(?:tele)?fax|t[ée]l[ée]copie)(?:\s+(?:cover(?:\s+sheet)?|message))?"
        r"(?=[^\w:]*$)",
    ),
)
#: Words that make a kind's name the label of one of its fields ("Invoice total: 1,200.00",
#: "Statement date"), not a title; "Invoice ref: 4711" on a packing list or a delivery note
#: quotes the invoice it goes with.
_FIELD = r"\s*(?:total|amount|date|balance|due|value|period|summary|ref(?:erence)?)\b"
#: An order after "your" or "our" is the one a document refers to ("Your purchase order 4711",
#: "Ihre Bestellung vom ..."), no title; "Your receipt" or "Your invoice" titles an e-mail that
#: is one.
_REFERENCE = (
    r"(?!(?:your|our|ihre?|unsere?|votre|notre|vos|nos|uw|onze|su|sus|nuestr[oa]s?|vostr[oa]"
    r"|nostr[oa])\b)"
)
#: A title is the kind's name, perhaps after a word or two ("Sales Invoice", "Your receipt"),
#: perhaps followed by its number or date ("INVOICE #123", "Receipt: 802-2430",
#: "Statement - September 2026").
_TITLE = [
    (
        kind,
        re.compile(
            rf"^\W*{_REFERENCE if kind == 'purchase_order' else ''}"
            rf"(?:[^\W\d_]+\s+){{0,2}}?(?:{pattern})\b(?!{_FIELD})"
            r"(?:[^\n]{0,30})$",
            re.I,
        ),
    )
    for kind, pattern in _TITLES
]
#: The foot of a page: where its numbering and a closing total are looked for.
_FOOT_CHARS = 600
_FOOT_LINES = 10
#: A line that states a document's total ("TOTAL  12.40", "Total due: ...", "Closing balance").
#: And as Europe's documents and tills state it ("SUMME EUR", "Gesamtbetrag", "Total TTC",
#: "Totaal te betalen", "Totale fattura", "Importe total", "Neuer Kontostand", "Solde à payer").
_TOTAL_LINE = re.compile(
    r"^\W*(?:grand\s+|invoice\s+|order\s+)?total[e]?\b(?!\s+(?:items|qty|quantity))"
    r"|^\W*(?:amount|balance)\s+(?:now\s+)?(?:due|payable)\b|^\W*(?:closing|new)\s+balance\b"
    r"|^\W*(?:summe|gesamt(?:betrag|summe)|rechnungsbetrag|endbetrag|zu\s+zahlen|totaal"
    r"|importe\s+total|montant\s+total|net\s+[àa]\s+payer|te\s+betalen|offener\s+betrag)\b"
    r"|^\W*(?:neuer\s+kontostand|nouveau\s+solde|nieuw\s+saldo|saldo\s+(?:final|finale|nuevo"
    r"|da\s+pagare|pendiente)|solde\s+[àa]\s+payer)\b"
    # a remittance slip's sum to pay ("Importo dovuto", "Montant dû", "Importe a pagar")
    r"|^\W*(?:importo\s+(?:dovuto|da\s+pagare)|montant\s+d[ûu]|importe\s+(?:a\s+pagar|adeudado)"
    r"|amount\s+owed|zahlbetrag|zu\s+zahlender\s+betrag)(?!\w)",
    re.IGNORECASE,
)
_MAX_LETTERHEAD_WORDS = 7
#: A letterhead line holds the name and perhaps one label flush right (a title); values (cells
#: with a digit or a colon) are not counted.
_MAX_LETTERHEAD_CELLS = 2
#: Cells of a line: text runs two spaces or a tab apart.
_CELL_GAP = re.compile(r"[ ]{2,}|\t")
#: How a letter greets its reader, in the languages the analyzer reads.
_SALUTATION = re.compile(
    r"^\s*(?:(?:dear|sehr\s+geehrte[rs]?|cher|ch[èe]re|geachte|estimad[oa]s?|distinguid[oa]s?"
    r"|gentil(?:e|issim[oa])|egregi[oa]|spettabile)\s+\w|(?:madame|monsieur|mesdames)\b[^\n]{0,25},\s*$"
    # a letter to no one by name: a reference, a certificate of employment
    r"|(?:to\s+whom\s+it\s+may\s+concern|[àa]\s+qui\s+de\s+droit|a\s+quien\s+corresponda"
    r"|a\s+chi\s+di\s+competenza|aan\s+wie\s+het\s+aangaat)\b)",
    re.IGNORECASE | re.MULTILINE,
)
#: An e-mail's header as a printout opens with it: who from, when, to whom, about what (a
#: memo's head has the same fields, under its title).
_MAIL_FIELDS = (
    r"from|von|de|van|da|sent|gesendet|envoy[ée]|verzonden|enviado|inviato|date|datum",
    r"to|an|[àa]|aan|para|cc",
    r"subject|betreff|objet|onderwerp|asunto|oggetto|re",
)
_MAIL_FIELD = [re.compile(rf"^(?:{names})\s*:", re.IGNORECASE) for names in _MAIL_FIELDS]
_MAIL_HEAD_LINES = 6
#: The payment part of a Swiss QR-bill, printed on a page of its own behind the bill it pays
#: (its receipt stub is titled "Receipt", "Empfangsschein", "Récépissé", "Ricevuta").
_PAYMENT_PART = re.compile(
    r"^\W*(?:payment\s+part|zahlteil|section\s+paiement|sezione\s+pagamento)\W*$",
    re.IGNORECASE | re.MULTILINE,
)
#: Kinds of document that carry no number of their own, so that a new date under the same
#: title is the next one (one account's months, a series of memos or meetings).
DATED_KINDS = frozenset({"statement", "memo", "minutes"})
#: The head a memo or minutes opens with (who it is to and from, who was present), so that a
#: heading inside them ("Minutes of the previous meeting", over that meeting's date) is not
#: taken for the next one's title.
_SERIES_HEAD = re.compile(
    r"^\W*(?:to|from|an|von|à|aan|van|para|a|da|de|present|attendees|in\s+attendance"
    r"|participants|anwesend|teilnehmer(?:innen)?|pr[ée]sents?|aanwezig|asistentes|presenti)\s*:",
    re.IGNORECASE,
)
#: A page this short (after the machine's stamps and its page number), with no digit, is
#: blank: a separator sheet, the back of a sheet, "This page intentionally left blank".
_BLANK_CHARS = 60


def signs_of(text: str, numbered: tuple[int, int | None] | None) -> PageSigns | None:
    """What the page's ``text`` and its page number (``numbered``) show of its place in the
    file; ``None`` for a blank page."""
    lines = nonblank_lines(text)
    body = [line for line in lines if not page_numbers([line])]  # a page number aside
    if sum(len(line) for line in body) <= _BLANK_CHARS and not any(
        ch.isdigit() for line in body for ch in line
    ):
        return None
    top = [line.strip() for line in text[:3000].splitlines() if line.strip()]
    foot = [line.strip() for line in text[-_FOOT_CHARS:].splitlines() if line.strip()]
    # A title may share its line with the letterhead, flush right ("Acme Ltd     INVOICE").
    cells = [cell.strip() for line in top[:_TITLE_LINES] for cell in _CELL_GAP.split(line)]
    if top and (named := _NAMED_HEADING.match(top[0])):
        cells.insert(0, named["heading"])  # "Solaris Components SAS: Q1 2026 performance report"
    title = heading = None
    for cell in cells:
        if len(cell) > (_MAX_MINUTES_CHARS if _MINUTES_HEAD.match(cell) else _MAX_TITLE_CHARS):
            continue
        title = next((kind for kind, pattern in _TITLE if pattern.match(cell)), None)
        if title:
            heading = cell
            break
    letterhead = _letterhead(top)
    classification = classify(text)
    kind = title or classification.document_type
    last = numbered is not None and numbered[0] == numbered[1]
    going_on = runs_on(foot)
    totalled = any(_TOTAL_LINE.match(line) for line in foot[-_FOOT_LINES:])
    return PageSigns(
        letterhead=letterhead,
        title=title,
        kind=kind,
        sure=1.0 if title else classification.confidence,
        number=document_number(text, kind),
        mark=numbered,
        letter=bool(_SALUTATION.search("\n".join(top[:_SALUTATION_LINES])))
        or (title is None and _mail_head(top)),
        closes=not going_on and (last or (totalled and numbered is None)),
        runs_on=going_on and not last,
        continues=continues(top) or _payment_part(text, letterhead, title),
        states=totalled or bool(date_spans("\n".join(top[:_SALUTATION_LINES]))),
        dated=_stated_date(top) if _dated(title, top) else None,
        heading=heading,
    )


def nonblank_lines(text: str) -> list[str]:
    """The page's lines that hold any text, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _letterhead(top: list[str]) -> str | None:
    """The sender's name printed first on the page: a short line of capitalised words (no
    digits, no label, no title) that carries a legal form or stands above a street line."""
    if not top:
        return None
    cells = _CELL_GAP.split(top[0])
    line = cells[0].strip()  # a title or a date may stand flush right
    words = line.split()
    labels = [cell for cell in cells if not any(ch.isdigit() or ch == ":" for ch in cell)]
    if (
        # a table's header row, not a name; a panel's values beside the name may stand on its
        # line ("Sousa & Filhos, Lda.  Data  2026-03-19")
        len(labels) > _MAX_LETTERHEAD_CELLS
        or not 0 < len(words) <= _MAX_LETTERHEAD_WORDS
        or any(ch.isdigit() for ch in line)
        or ":" in line
        or not line[0].isupper()
        or any(pattern.match(line) for _, pattern in _TITLE)
    ):
        return None
    below = [_CELL_GAP.split(after)[0].strip() for after in top[1:3]]
    if is_organisation(line) or any(STREET.match(after) for after in below):
        return line
    return None


def _payment_part(text: str, letterhead: str | None, title: str | None) -> bool:
    """Whether the page is a Swiss QR-bill's payment part printed on a page of its own: the
    part's heading, under no letterhead and no title but its stub's ("Receipt"). An invoice
    printing its bill below its total heads itself with its sender and title."""
    return letterhead is None and title in {None, "receipt"} and bool(_PAYMENT_PART.search(text))


def _mail_head(top: list[str]) -> bool:
    """Whether the page opens with an e-mail's header (From, To and Subject, or their
    equivalents, among its first lines): a printed e-mail, which a letter's rules open."""
    head = top[:_MAIL_HEAD_LINES]
    return all(any(field.match(line) for line in head) for field in _MAIL_FIELD)


def _stated_date(top: list[str]) -> str | None:
    """The date a page's head states after a label or a title ("Data estratto: 21/11/2025",
    "Statement - 30 April 2026"), not the date that starts a row of a table."""
    for line in top[:_SALUTATION_LINES]:
        spans = date_spans(line)
        if spans and re.search(r"[^\W\d_]{3}", line[: spans[0][0]]):
            return spans[0][3]
    return None


def _dated(title: str | None, top: list[str]) -> bool:
    """Whether the page's date tells one of a series from the next: a statement's, or a
    memo's or minutes' under the head they open with."""
    if title == "statement":
        return True
    return title in DATED_KINDS and any(
        _SERIES_HEAD.match(line) for line in top[:_SALUTATION_LINES]
    )


__all__ = ["DATED_KINDS", "nonblank_lines", "signs_of"]
