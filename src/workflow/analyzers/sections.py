"""Documents inside one file: a claim's invoice, receipt and cover letter scanned as one PDF.

Each page is read for the signs a person leafing through a bundle goes by: a letterhead at
the top (a name above a street line, or a name with a legal form), a title that names a kind
of document ("INVOICE", "Receipt", "Purchase Order"), the document's own number, page
numbering ("Page 1 of 2"), and whether the page closes its document (its last page by its
numbering, "Page 2 of 2", or a total among its last lines). A page starts a new document when
its numbering restarts at 1; when the document before it was closed and the page opens as a
document does (a letterhead, a title, a salutation) with no number tying it to the one before;
when it opens with a letterhead the document before did not show, or another sender's; or
when it is titled and its title or number differ from the document being read. "Page 2 of 3"
(in the languages and styles :mod:`workflow.analyzers.pagemarks` reads), a sum carried forward
at the foot of the page before, "(continued)" or a sum brought forward at the head of the page,
and untitled pages continue it. Only the top and
the foot of each page are read for these signs and the page's text once for the rest, so the
cost stays linear in the length. Where the rules say a page goes on, a trained model of page
boundaries (:mod:`workflow.analyzers.boundary_model`) may still start a document there when it
is confident.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from workflow.analyzers import boundary_model
from workflow.analyzers.classify import classify
from workflow.analyzers.entities import date_spans
from workflow.analyzers.figures import document_number
from workflow.analyzers.pagemarks import (
    continues,
    file_numbering,
    masked,
    page_numbers,
    runs_on,
    stamped_lines,
)
from workflow.analyzers.paging import PagedText, PageSpan
from workflow.analyzers.party_names import STREET, is_organisation

#: Decides whether a page starts a document from its number in the file, the rules' answer
#: and the page's features (:func:`~workflow.analyzers.boundary_model.features`).
type Arbiter = Callable[[int, bool, Sequence[float]], bool]
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
        r"|avoir(?=\s*(?:n[°o.º]|$))",
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
#: Kinds whose title is the document's own name ("Services Agreement", "Site Survey Report").
_NAMED_KINDS = frozenset({"contract", "report", "form"})
#: How sure an untitled page's type must be to start a document of another kind.
_SURE = 0.6
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
#: Letterheads this alike (after folding) are one sender's.
_SAME_NAME_RATIO = 0.8
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
_DATED_KINDS = frozenset({"statement", "memo", "minutes"})
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


@dataclass(frozen=True, slots=True)
class _PageSigns:
    letterhead: str | None
    title: str | None
    #: The page's type: its title's, else what its text reads as, and how sure that is.
    kind: str
    sure: float
    number: str | None
    #: Its page number, and its document's count of pages where printed.
    mark: tuple[int, int | None] | None
    letter: bool
    #: The page ends its document: "Page N of N", or a total among its last lines.
    closes: bool
    #: The page says its document goes on ("carried forward" at its foot), or that it
    #: continues the one before ("(continued)", "brought forward" at its head).
    runs_on: bool = False
    continues: bool = False
    #: The page states a figure of a document: a date near its top, or a total.
    states: bool = False
    #: The date its head states after a label ("Data estratto: 21/11/2025"), ISO.
    dated: str | None = None
    #: The title as printed ("Arbeitsvertrag", "Contratto di locazione").
    heading: str | None = None


@dataclass
class _Reading:
    """The document being read: its sender, kind and number, from its first page that states
    them, and whether its last page read closed it."""

    letterhead: str | None
    title: str | None
    kind: str
    number: str | None
    closed: bool = False
    runs_on: bool = False
    dated: str | None = None
    heading: str | None = None

    @classmethod
    def starting(cls, signs: _PageSigns) -> _Reading:
        return cls(
            signs.letterhead, signs.title, signs.kind, signs.number, signs.closes, signs.runs_on,
            signs.dated, signs.heading,
        )  # fmt: skip

    def going_on(self, signs: _PageSigns) -> None:
        self.letterhead = self.letterhead or signs.letterhead
        self.title = self.title or signs.title
        self.number = self.number or signs.number
        self.dated = self.dated or signs.dated
        self.heading = self.heading or signs.heading
        self.closed = signs.closes
        self.runs_on = signs.runs_on


def split_sections(
    paged: PagedText,
    stamps: frozenset[str] | None = None,
    arbiter: Arbiter = boundary_model.arbitrate,
) -> list[tuple[PageSpan, ...]]:
    """The file's documents as runs of pages, in order (one run when it holds one), read
    without the file's ``stamps`` (:func:`file_stamps`, found when not given). A blank page
    goes with the document before it (the back of its last sheet) and changes nothing of what
    that document's pages said; blank pages before the first document go with it. The rules'
    answer for each page goes to ``arbiter`` with the page's features; by default the boundary
    model (:mod:`~workflow.analyzers.boundary_model`) overrules it only when confident."""
    spans = paged.pages
    if len(spans) < 2:  # one page is one document
        return [spans]
    if stamps is None:
        stamps = file_stamps(paged)
    texts = [unstamped(paged.page_text(span), stamps) for span in spans]
    marks = [page_numbers(_lines(text)) for text in texts]
    if file_numbering(marks):  # the file's numbers, not its documents'
        marks = [[m for m in found if m != (n, len(spans))] for n, found in enumerate(marks, 1)]
    runs: list[list[PageSpan]] = []
    current: _Reading | None = None
    previous: boundary_model.Page | None = None
    for span, text, numbers in zip(spans, texts, marks, strict=True):
        signs = _signs(text, numbers[-1] if numbers else None)
        if signs is None or current is None:
            if runs:
                runs[-1].append(span)
            else:
                runs.append([span])
            if signs is not None:
                current = _Reading.starting(signs)
        elif arbiter(
            span.page,
            ruled := _starts_document(signs, current),
            boundary_model.features(ruled, boundary_model.Page(signs, text), previous, current),
        ):
            runs.append([span])
            current = _Reading.starting(signs)
        else:
            runs[-1].append(span)
            current.going_on(signs)
        if signs is not None:  # a blank page is no one's page before
            previous = boundary_model.Page(signs, text)
    return [tuple(run) for run in runs]


def file_stamps(paged: PagedText) -> frozenset[str]:
    """The lines a machine stamped on every page of the file (a fax's transmission line), as
    :func:`~workflow.analyzers.pagemarks.stamped_lines` finds them."""
    if len(paged.pages) < 2:  # a stamp repeats
        return frozenset()
    return stamped_lines([
        [line for line in paged.page_text(span).splitlines() if line.strip()]
        for span in paged.pages
    ])  # fmt: skip


def unstamped(text: str, stamps: frozenset[str]) -> str:
    """``text`` with the lines a machine stamped on every page (:func:`stamped_lines`) blanked
    out, its length and every other offset kept."""
    if not stamps:
        return text
    return "".join(
        " " * len(line.rstrip("\n")) + line[len(line.rstrip("\n")) :]
        if masked(line) in stamps
        else line
        for line in text.splitlines(keepends=True)
    )


def _starts_document(signs: _PageSigns, current: _Reading) -> bool:  # noqa: PLR0911 - one per sign
    if signs.mark is not None:
        return signs.mark[0] == 1
    if current.runs_on or signs.continues:
        return False  # the page before said the document goes on, or this page says so
    opens = signs.letterhead is not None or signs.title is not None or signs.letter
    if current.closed and opens:
        # A closed document is followed by another, unless this page carries its number, or
        # stands under the same sender's letterhead stating nothing of its own (no title, no
        # number, no date, no total): the closed document's back matter (its terms).
        if signs.number is not None and signs.number == current.number:
            return False
        return not (
            signs.title is None
            and not signs.letter
            and not signs.states
            and signs.letterhead is not None
            and current.letterhead is not None
            and _same_name(signs.letterhead, current.letterhead)
        )
    if current.closed and _own_document(signs, current):
        return True
    if signs.letterhead is not None and (
        current.letterhead is None or not _same_name(signs.letterhead, current.letterhead)
    ):
        return True  # a letterhead where the document showed none, or another sender's
    if signs.title is not None:
        if signs.title != current.title:
            return True
        if (
            signs.number is not None
            and current.number is not None
            and (signs.number != current.number)
        ):
            return True
        return _restated(signs, current) or _renamed(signs, current)
    if signs.letter:
        return True  # "Dear ..." at the top of an untitled page opens a letter
    # An untitled page that reads as another kind of document, with a number of its own (a
    # receipt after an invoice): a new document; anything less continues the current one.
    return (
        signs.kind != current.kind
        and signs.sure >= _SURE
        and signs.number is not None
        and signs.number != current.number
    )


def _own_document(signs: _PageSigns, current: _Reading) -> bool:
    """Whether a page after a closed document, showing no letterhead or title of its own, is
    yet another document: it carries another number, or it reads surely as another kind and
    states a date or a total of its own (minutes under a heading the titles do not know).
    The closed document's back matter (its terms, a payment slip) states neither."""
    if signs.number is not None and current.number is not None:
        return signs.number != current.number
    return signs.kind != current.kind and signs.sure >= _SURE and signs.states


def _restated(signs: _PageSigns, current: _Reading) -> bool:
    """A statement's, memo's or minutes' title over another date: the next one (one
    account's months back to back, the next memo or meeting), not a page of this one, which
    repeats its head with its date. Invoices are not told apart so: a continuation page's
    head may show another date (the day it was printed, a delivery's)."""
    return (
        signs.title in _DATED_KINDS
        and signs.dated is not None
        and current.dated is not None
        and signs.dated != current.dated
    )


def _renamed(signs: _PageSigns, current: _Reading) -> bool:
    """A contract, report or form under a title other than the one it opened with, sharing
    no word with it: the next one ("Arbeitsvertrag", then "Contratto di locazione"). An
    invoice's pages may head themselves "Invoice", then "Tax invoice"; these name what they
    are."""
    if signs.title not in _NAMED_KINDS or signs.heading is None or current.heading is None:
        return False
    # an annex heads its pages with the agreement's name ("Agreement MSA-2025-070" under
    # "Master Services Agreement"): the two titles share a word
    return not _words(signs.heading) & _words(current.heading)


def _words(heading: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{4,}", heading.casefold()))


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
    return title in _DATED_KINDS and any(
        _SERIES_HEAD.match(line) for line in top[:_SALUTATION_LINES]
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _signs(text: str, numbered: tuple[int, int | None] | None) -> _PageSigns | None:
    """What the page's ``text`` and its page number (``numbered``) show of its place in the
    file; ``None`` for a blank page."""
    lines = _lines(text)
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
    classification = classify(text)
    kind = title or classification.document_type
    last = numbered is not None and numbered[0] == numbered[1]
    going_on = runs_on(foot)
    totalled = any(_TOTAL_LINE.match(line) for line in foot[-_FOOT_LINES:])
    return _PageSigns(
        letterhead=_letterhead(top),
        title=title,
        kind=kind,
        sure=1.0 if title else classification.confidence,
        number=document_number(text, kind),
        mark=numbered,
        letter=bool(_SALUTATION.search("\n".join(top[:_SALUTATION_LINES])))
        or (title is None and _mail_head(top)),
        closes=not going_on and (last or (totalled and numbered is None)),
        runs_on=going_on and not last,
        continues=continues(top) or bool(_PAYMENT_PART.search(text)),
        states=totalled or bool(date_spans("\n".join(top[:_SALUTATION_LINES]))),
        dated=_stated_date(top) if _dated(title, top) else None,
        heading=heading,
    )


def _mail_head(top: list[str]) -> bool:
    """Whether the page opens with an e-mail's header (From, To and Subject, or their
    equivalents, among its first lines): a printed e-mail, which a letter's rules open."""
    head = top[:_MAIL_HEAD_LINES]
    return all(any(field.match(line) for line in head) for field in _MAIL_FIELD)


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


def _same_name(a: str, b: str) -> bool:
    """Two printings of one letterhead (case, spacing, punctuation and OCR's slips aside)."""
    x, y = (re.sub(r"[\W_]+", "", name.casefold()) for name in (a, b))
    return x == y or SequenceMatcher(None, x, y).ratio() >= _SAME_NAME_RATIO


__all__ = ["Arbiter", "file_stamps", "split_sections", "unstamped"]
