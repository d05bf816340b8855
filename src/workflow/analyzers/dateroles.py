"""What each date in a document is: when it was issued, when something is due, when an
agreement takes effect or ends.

A date's role comes from the words just before it on its line ("Due date:", "payable by",
"shall terminate on"), from the label on the line above when the date stands alone under it
(tables and forms put labels above values), or from a defined term right after it
(``(the "Effective Date")``). A document's first date standing at the start of a line near
the top (a letter's date line, a receipt's timestamp) is its issue date when nothing labelled
one, as is a date in the title line. Dates with no such evidence (a table of transactions,
"Next meeting: ...") get no role.
"""

from __future__ import annotations

import re
from typing import Any

from workflow.analyzers.entities import MAX_ENTITIES, date_spans
from workflow.analyzers.grid import cells, is_row

#: Roles a date may have.
DATE_ROLES = ("issue", "due", "effective", "end")
#: Cues, most specific first; each must end right before the date (after the line's label).
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(rf"(?:{pattern})[\W_]*$", re.IGNORECASE))
    for role, pattern in (
        ("due", r"\bdue(?:\s+date)?|\bdue\s+(?:by|on)|\bpayable\s+(?:by|on)|\bpay\s+by"
                r"|\bdeliver(?:y)?(?:\s+date|\s+by)?|\brequired\s+by|\bno\s+later\s+than"
                r"|\bon\s+or\s+before|\bdeadline|\breturn\b[^.\n]{0,80}\bby|\bby"
                r"|\bexpected\s+(?:arrival|delivery)"
                # German, French, Spanish, Italian, Dutch: "Fällig am", "Zahlbar bis",
                # "Échéance", "Vencimiento", "Scadenza", "Vervaldatum", "Liefertermin".
                r"|\bf[äa]llig(?:keitsdatum|\s+am)?|\bzahlbar\s+(?:bis(?:\s+zum)?|am)|\bzahlungsziel"
                r"|\bliefer(?:termin|datum)|\blever(?:ings)?datum|[ée]ch[ée]ance|\bpayable\s+(?:avant\s+le|le)"
                r"|\bvencimiento|\bscadenza|\bvervaldatum|\buiterste\s+betaaldatum"
                r"|\bte\s+betalen\s+voor"
                # "entro il 23/09/2026", "Fecha de cargo", "Data di addebito", "Date de
                # prélèvement", "Cargaremos 69,82 € en tu cuenta ... el 6 de junio".
                r"|\bentro\s+(?:il|el)|\bfecha\s+de\s+cargo|\bdata\s+(?:di\s+)?addebito"
                r"|\bdate\s+de\s+pr[ée]l[èe]vement|\bcargar\w*\b[^.\n]{0,60}\bel"
                r"|\baddebit\w*\b[^.\n]{0,40}\bil"
                # "Date limite de paiement", "à régler avant le"; a bill debited on its date:
                # "buchen wir am", "Abbuchung am", "will be debited on", "sera prélevé le".
                r"|\bdate\s+limite(?:\s+de\s+(?:paiement|r[èe]glement))?"
                r"|\b(?:payer|r[ée]gler)\s+avant\s+le"
                r"|\b(?:abbuchung|lastschrift\w*|einzug|buchen\s+wir\b[^.\n]{0,30})\s+(?:am|zum)"
                r"|\b(?:debited|collected|deducted)\b[^.\n]{0,30}\bon|\bpr[ée]lev[ée]\w*\b[^.\n]{0,30}\ble"
                # A sentence asking for the payment by a day: "Bitte überweisen Sie den
                # Betrag bis zum", "merci de régler la somme ... au plus tard le", "abone el
                # importe antes del", "het bedrag uiterlijk op ... over te maken".
                r"|\b(?:[üu]berweisen|zahlen|bezahlen|begleichen|pay|remit|settle|payer|r[ée]gler"
                r"|verser|virer|pagar|abon\w*|ingres\w*|pagare|versare|saldare|betalen|voldoen"
                r"|overmaken|maak|bedrag)\b[^.\n]{0,60}"
                r"(?:\bbis(?:\s+sp[äa]testens)?(?:\s+(?:zum|am))?|\bsp[äa]testens(?:\s+(?:zum|am))?"
                r"|\bavant\s+le|\bau\s+plus\s+tard\s+le|\bd'ici\s+(?:le|au)|\bantes\s+del?"
                r"|\bno\s+m[áa]s\s+tarde\s+del?|\bentro\s+e\s+non\s+oltre\s+il|\bv[óo]{1,2}r"
                r"|\buiterlijk(?:\s+op)?|\bbefore)"
                # "We'll collect £38.40 by Direct Debit on or just after", "netto ohne Abzug
                # bis zum", Portugal's and Brazil's "Vencimento", "Venc.".
                r"|\b(?:collect|debit)\w*\b[^.\n]{0,60}\b(?:on|by)"
                r"(?:\s+or\s+(?:just\s+)?(?:after|before))?"
                r"|\bohne\s+abzug\s+bis(?:\s+(?:zum|am))?|\bvencimento|\bvenc\."),
        ("end", r"\bterminat\w*\s+on|\btermination\s+date"
                r"|\bexpir\w*(?:\s+(?:on|date))?|\bend\s+date|\bends?\s+on"
                r"|\buntil|\bvalid\s+(?:until|through|to)|\bthrough"
                r"|\bvertragsende|\b(?:laufzeit|g[üu]ltig|befristet)\s+bis|\bdate\s+de\s+fin"
                r"|\bfin\s+du\s+contrat|\bjusqu'au|\bfecha\s+de\s+(?:fin|finalizaci[óo]n)"
                r"|\beinddatum|\bgeldig\s+tot"
                # "Das Mietverhältnis endet am", "Mietende", "prend fin le", "finaliza el".
                r"|\bendet\s+(?:am|zum|mit\s+ablauf\s+des)|\b(?:miet|versicherungs)ende"
                r"|\bprend(?:ra)?\s+fin\s+le|\bse\s+termine\s+le|\bfinaliza\s+el"
                # "commencing on ... and ending on", "endend am", "terminando el".
                r"|(?<!period )\bending\s+(?:on|at)|\bterminando\s+el|\bscadr[àa]\s+il"),
        ("effective", r"\beffective(?:\s+(?:date|as\s+of|from|on))?|\btakes?\s+effect\s+(?:on|from)"
                      r"|\bcommenc\w*\s+on|\bstart\s+date|\bstart(?:s|ing)?\s+on"
                      r"|\bbegin(?:s|ning)?\s+on|\bas\s+of|\bcommencement\s+date"
                      r"|\b(?:for\s+a\s+(?:period|term)\s+of\b[^.\n]{0,30}|with\s+effect)\s+from"
                      # "This agreement is made on 1 February 2026": an agreement's own date.
                      r"|\b(?:agreement|contract)\b[^.\n]{0,40}\b(?:made|entered\s+into)\s+on"
                      # "This agreement is dated 13 January 2026 and made between".
                      r"|\bthis\s+(?:agreement|contract)\s+is\s+dated"
                      r"|\bvertragsbeginn|\b(?:g[üu]ltig|wirksam)\s+ab|\bdate\s+d'effet"
                      r"|\b[àa]\s+compter\s+du|\bfecha\s+de\s+(?:inicio|entrada\s+en\s+vigor)"
                      r"|\bdecorrenza|\bingangsdatum"
                      # "Mietbeginn ist der", "beginnt am", "prend effet le", "entra en vigor el".
                      r"|\b\w*beginn(?:\s+ist)?(?:\s+(?:der|am|zum))?|\bbeginnt\s+(?:am|zum)"
                      r"|\bprend\s+effet\s+(?:le|au)|\bentra(?:r[áa])?\s+en\s+vigor\s+el"
                      # A change "mit Wirkung zum", "avec effet au", "con efecto desde",
                      # "con effetto dal", "met ingang van".
                      r"|\bmit\s+wirkung\s+(?:zum|vom|ab)|\bavec\s+effet\s+(?:au|le|du|[àa])"
                      r"|\bcon\s+efecto\s+(?:desde|a\s+partir\s+del?|el)"
                      r"|\bcon\s+effetto\s+(?:dal|a\s+partire\s+dal)|\bmet\s+ingang\s+van"),
        ("issue", r"\b(?:invoice|order|statement|issue|report|letter|memo|receipt|meeting|bill)"
                  r"\s+date|\bdate\s+(?:of\s+issue|submitted|issued)|\bissued(?:\s+on)?|\bpublished"
                  # "Date of Invoice", "Date of bill", "Date of Lease"; "Facture du", "Rechnung
                  # vom": a document named with its date.
                  r"|\bdate\s+of\s+(?:the\s+)?(?:invoice|bill|lease|agreement|statement|order|meeting)"
                  r"|\b(?:invoice|bill|facture|rechnung|gutschrift|avoir|factura|fattura|factuur)"
                  r"\s+(?:du|vom|del|van|dated)"
                  # Minutes "celebrada el", "tenue le", "tenutasi il", "abgehalten am".
                  r"|\bcelebrad[ao]\s+el|\btenue?\s+le|\btenut[ao]si\s+il|\babgehalten\s+am"
                  r"|\bgehouden\s+op"
                  # A statement "Édité le", "erstellt am", "generated on".
                  r"|\b(?:[ée]dit[ée]|[ée]tabli)\s+le|\berstellt\s+am"
                  r"|\b(?:generated|printed|created|produced)\s+on"
                  r"|\btax\s+point|\bdate\s+paid|\bpaid\s+on|\bdeparture|\bcheck-?out"
                  r"|\babreise|\bd[ée]part\b|\bpartenza"
                  # Portugal's and Brazil's "Data de emissão", "Data da emissão".
                  r"|\bdata\s+d[ae]\s+emiss[ãa]o"
                  r"|\bdate\s+received|\breceived\s+on"
                  # An order's own day: "placed on", "ordered on", "bestellt am", "commandé le".
                  r"|\b(?:placed|ordered)\s+on|\bbestellt\s+am|\bcommand[ée]e?\s+le"
                  r"|\bausgestellt(?:\s+am)?|\b[ée]mise?\s+le|\bemitid[ao]\s+el|\bemess[ao]\s+il"
                  r"|\buitgegeven\s+op"
                  r"|\bheld\b[^.\n]{0,40}\bon"
                  r"|(?:\bmeeting|vergadering|sitzung|versammlung|r[ée]union|reuni[óo]n|riunione)"
                  r"\s+(?:of|van|vom|du|de|del)"
                  # The document's own date in its languages: "Datum", "Rechnungsdatum",
                  # "Fecha de emisión", "Data fattura", "Date de facture".
                  # (a delivery, service, booking or value date is no issue date).
                  # (nor a loss's, an accident's or a journey's: "Schadedatum", "Unfalldatum").
                  r"|\b(?!(?:leistungs|geburts|buchungs|valuta|eingangs|liefer|lever|schade|unfall"
                  r"|ongevals|reis|vertrek|aankomst|abfahrts|ankunfts)\w*)\w*datum"
                  r"|\bdatum\s+(?:afschrift|factuur|order|uitgifte)"
                  r"|\bfecha(?:\s+de\s+(?:emisi[óo]n|(?:la\s+)?factura|expedici[óo]n))?"
                  r"|\bdata(?:\s+(?:fattura|documento|emissione))?"
                  r"|\bdate\s+(?:de\s+(?:la\s+)?(?:facture|commande)|d'[ée]mission|d'arr[êe]t[ée])"
                  r"|\bdated|\bdate"),
    )
)  # fmt: skip
#: A weekday before a date ("Date: Saturday, 5 December 2026", "Leeds, Friday 4 December"):
#: it says nothing about the date's role, so the label before it is read instead.
#: A calendar week before the day ("Liefertermin: KW 22 / 30.05.2025", "Delivery: CW 22, ...").
_CALENDAR_WEEK = re.compile(
    r"\b(?:KW|CW|wk|week|semaine|semana|settimana)\.?[ \t]*\d{1,2}[ \t]*[/,-]?[ \t]*$", re.I
)
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?"
    r"|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi"
    r"|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato"
    r"|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?[\s,]*$",
    re.IGNORECASE,
)
#: "the 1st day of January": the article belongs to the date, not to its label.
#: Labels of a period an agreement or a policy runs for (not a bill's or a statement's).
_PERIOD_LABEL = re.compile(
    r"\b(?:period\s+of\s+(?:insurance|cover)|policy\s+period|(?:contract|rental|lease|agreement)"
    r"\s+(?:period|term)|term\s+of\s+(?:the\s+)?(?:agreement|contract|lease)|validity|valid"
    r"|coverage|laufzeit|vertragslaufzeit|g[üu]ltigkeit|dur[ée]e\s+du\s+contrat"
    r"|p[ée]riode\s+de\s+(?:validit[ée]|couverture)|periodo\s+de\s+(?:vigencia|cobertura)"
    r"|looptijd)\b",
    re.IGNORECASE,
)
_OPENING_CLOSING = re.compile(r"\bopening\s*/\s*closing\s+date\b", re.IGNORECASE)
#: A statement's period: it is dated at the period's end ("Statement Period" over "Sep. 20,
#: 2026 - Oct. 20, 2026"); the start has no role.
_STATEMENT_PERIOD = re.compile(r"\bstatement\s+period\b", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:from|vom|ab|du|desde|dal|van)[\s:]*$", re.IGNORECASE)
_RANGE_END = re.compile(
    r"(?:\bto|\buntil|\btill|\bthrough|[-\u2013]|\bbis(?:\s+zum)?|\bau|\bal|\btot(?:\s+en\s+met)?)"
    r"[\s:]*$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"\bthe\s*$", re.IGNORECASE)
#: Another document's date, referred to ("the Agreement between the parties dated ...",
#: "Original invoice date", "zu Rechnung Nr. 2026-118 vom ..."), is not this one's.
_REFERRED = re.compile(
    r"\b(?:original|amends?|amending|pursuant\s+to|further\s+to|(?:with\s+)?reference\s+to"
    r"|in\s+reply\s+to|referring\s+to|zu\s+(?:rechnung|ihrer|unserer)|bez[üu]glich|betreffend"
    r"|suite\s+[àa])\b",
    re.IGNORECASE,
)
#: The next meeting's date, however it is introduced ("The next meeting will be held on"),
#: is not the date of the meeting minuted.
#: A range's joiner between two dates ("01.09.2026 - 30.09.2026", "1 May to 31 May 2026").
_RANGE_JOIN = r"[ \t]*(?:[-\u2013\u2014]|to|until|through|thru|bis|au|al|tot|a)[ \t]*"
_RANGE_AFTER = re.compile(_RANGE_JOIN + r"\S{0,12}\d", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d" + _RANGE_JOIN + r"$", re.IGNORECASE)
#: Words a date's label has at most ("Date of the invoice:", "Placed on"); more are a sentence.
_LABEL_WORDS = 5
_NEXT_MEETING = re.compile(
    r"\b(?:next|following)\s+(?:meeting|session)|\bn[äa]chste\s+(?:sitzung|versammlung)"
    r"|\bprochaine\s+r[ée]union|\bpr[óo]xima\s+reuni[óo]n|\bprossima\s+riunione"
    r"|\bvolgende\s+vergadering",
    re.IGNORECASE,
)
#: A document's number followed by its date in one title line ("Rechnung Nr. 2026-4711 vom
#: 05.12.26", "Facture n° 118 du 5 décembre", "Fattura n. 12/2026 del 05/12/2026"): the date
#: the document was issued.
_NUMBER_DATED = re.compile(
    r"(?:\bn[or°º]?\.?|#|\bnumber|\bnummer|\bn[úu]mero)[ \t]*[:.]?[ \t]*[A-Z0-9][\w/.-]*\d[\w/.-]*"
    r"[ \t]+(?:vom|du|del|van|of|dated|dd\.?)[ \t]+$",
    re.IGNORECASE,
)
#: The day something happened that the document reports, not the day it was written: a loss,
#: an accident, a birth ("Date of loss:", "Fecha del siniestro", "Data del sinistro").
_EVENT_DAY = re.compile(
    r"\b(?:date|fecha|data|date)\s+(?:of|de|du|del|della|van)\s+(?:the\s+|l[ae]\s+)?(?:loss|birth"
    r"|accident|incident|damage|injury|event|sinistre|siniestro|sinistro|naissance|nacimiento"
    r"|nascita|schade|l'accident|l'incident)\b[\W_]*$",
    re.IGNORECASE,
)
_DEFINED_AFTER = re.compile(r"^[\s,]*\((?:the\s+)?[\"“](?P<term>[^\"”]{2,30})[\"”]\)")
#: A clock time after a date: a till's or terminal's timestamp ("14.02.2026 18:22"), joined
#: by a comma or a word as receipts write it ("Jul 4, 2025 at 9:56 AM", "13 mai 2026 à
#: 08:51", "le 18/08/25 a 18:34:06", "05.12.2026 um 14:31").
_TIMESTAMP = re.compile(
    r"[ \t]*,?(?:[ \t]+(?:at|à|a|um|om|alle|ore|a\s+las|kl\.?))?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AP]M)?\b",
    re.IGNORECASE,
)
#: A letter's place before its date ("Stuttgart, 8. September 2026", "London, 3 May 2026"),
#: with the article some languages put there ("Paris, le 13 juin", "Berlin, den 5. Mai",
#: "Madrid, a 5 de mayo", "Roma, lì 5 maggio").
_PLACE = re.compile(
    r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+){0,3},(?:[ \t]+(?:le|den|am|el|a|il|l[ìi]|op))?"
)
#: Lines from the top in which an unlabelled leading date is taken as the issue date.
_HEAD_LINES = 12
#: Characters from the top within which that date must start (keeps this check O(1)).
_HEAD_CHARS = 1500
#: Table cells are two or more spaces or a tab apart (every extractor lays tables out so).
_CELL_GAP = re.compile(r"\t|[ ]{2,}")
#: Text that ends with a cell gap: what follows stands in a column of its own.
_CELL_END = re.compile(r"(?:\t|[ ]{2,})$")
#: A line that ends in an amount after some words is a table row.
_ROW_AMOUNT = re.compile(r"[A-Za-z].*\d[.,]\d{2}\s*$")
#: Rows walked up to find a table's header.
_MAX_TABLE_ROWS = 60
#: Characters of the line before a date that are examined for a cue.
_WINDOW = 80


def dates_with_roles(text: str, day_first: bool | None = None) -> list[dict[str, Any]]:
    """Dates as ``{"text", "value", "role", "offset"}`` (role one of DATE_ROLES or None), one
    per value, first-seen order; a value keeps the first role any of its mentions has, and the
    text and offset of the mention that gave it (``offset`` is for evidence: the analysis
    lists dates without it)."""
    spans = date_spans(text, day_first)
    roles: dict[str, str | None] = {}
    written: dict[str, str] = {}
    offsets: dict[str, int] = {}
    issue_seen = False
    for start, end, raw, value in spans:
        role = _role(text, start, end)
        if (
            role is None
            and not issue_seen
            and (
                _leads_its_line(text, start)
                or _TIMESTAMP.match(text, end)
                or _ends_head_line(text, start, end)
            )
        ):
            role = "issue"
        issue_seen = issue_seen or role == "issue"
        if value not in roles:
            written[value] = raw
            roles[value] = role
            offsets[value] = start
        elif not roles[value] and role:
            roles[value] = role
            written[value] = raw
            offsets[value] = start
    return [
        {"text": written[value], "value": value, "role": role or None, "offset": offsets[value]}
        for value, role in list(roles.items())[:MAX_ENTITIES]
    ]


def plain_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` has no role and nothing rules one out: not a
    date a sentence refers to ("your letter of 3 May"), not the next meeting's, not either end
    of a range ("01.09.2026 - 30.09.2026"), not a table row's (a transaction's, an item's),
    not one a sentence mentions (more words before it on its line than a label has)."""
    if _role(text, start, end) is not None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[max(line_start, start - _WINDOW) : start], text[end:line_end]
    own_cell = _CELL_GAP.split(text[line_start:start])[-1]
    return not (
        len(own_cell.split()) > _LABEL_WORDS
        or _NEXT_MEETING.search(before)
        or _RANGE_AFTER.match(after)
        or _RANGE_BEFORE.search(before)
        or (is_row(text[line_start:line_end]) and _among_rows(text, line_start))
    )


def _among_rows(text: str, line_start: int) -> bool:
    """Whether the row starting at ``line_start`` has other rows of values beside it (a
    transaction list), not only a band of labels above it ("Date  Due  Terms" over one row)."""
    above = text[max(0, line_start - _WINDOW * 4) : max(0, line_start - 1)].rstrip()
    above = above.rsplit("\n", 1)[-1]
    beside = (above, _next_line(text, line_start, skip_blank=True))
    return any(_CELL_GAP.search(line) and re.search(r"\d", line) for line in beside)


def _defined_role(text: str, end: int) -> str | None:
    """The role a defined term right after the date names ("(the "Effective Date")")."""
    defined = _DEFINED_AFTER.match(text, end, min(len(text), end + 40))
    if defined:
        term = defined.group("term").lower()
        if "effective" in term or "commencement" in term:
            return "effective"
        if "expir" in term or "end" in term or "termination" in term:
            return "end"
    return None


def _role(text: str, start: int, end: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    before = _unprefixed(text[max(line_start, start - _WINDOW) : start])
    referred = _REFERRED.search(before)
    numbered = _NUMBER_DATED.search(before)
    defined = _defined_role(text, end) or (("" if referred else "issue") if numbered else None)
    before = re.split(r"\d{4}\b", before)[-1]  # only what follows the previous date
    period = _period_role(text[line_start:start], before)
    # Under "Statement Period" in a right-hand column: dated at its end.
    if (
        period is None
        and not re.search(r"[A-Za-z]", before)
        and _STATEMENT_PERIOD.search(_cell_above(text, line_start, start) or "")
    ):
        period = "issue" if _RANGE_END.search(before) else ""
    if defined is not None or period is not None:
        return defined or period or ""  # "": no role, and no other reading
    if not re.search(r"[A-Za-z]", before):
        if _CELL_GAP.search(_previous_line(text, line_start, any_length=True)):
            return _column_role(text, line_start, start)  # under a row of column labels
        before = _previous_line(text, line_start)
    elif _CELL_GAP.search(before):
        cells = _CELL_GAP.split(before)
        before = cells[-1]  # the date's own cell
        if not re.search(r"[A-Za-z]", before):
            # "Label  value" (a two-column form row), else a column under a header
            label = cells[-2] if len(cells) > 1 else ""
            role = _cue_role(label + " ")
            if role is not None:
                return role
            return _column_role(text, line_start, start) or _label_above(text, line_start, start)
    if _NEXT_MEETING.search(before):
        return None
    cued = _cue_role(before)
    # "": no role, and no other reading (the first date near the top is not taken either).
    return "" if cued == "issue" and (referred or _REFERRED.search(before)) else cued


def _cue_role(before: str) -> str | None:
    """The role the words right before a date name ("" for the day of a loss or a birth);
    of two labels for one date ("Rechnungsdatum/Lieferdatum:"), the first."""
    if _EVENT_DAY.search(before):
        return ""
    cued = next((role for role, cue in _CUES if cue.search(before)), None)
    head, slash, tail = before.rpartition("/")
    if cued != "issue" and slash and head.split() and re.match(r"\w", tail):
        first = head.split()[-1] + re.sub(r"^\w+", "", tail)
        cued = next((role for role, cue in _CUES if cue.search(first)), cued)
    return cued


def _period_role(line_before: str, before: str) -> str | None:
    """A period of cover or validity ("Period of insurance: from 1 March 2026 to 28 February
    2027", "Laufzeit: 01.01.2027 bis 31.12.2028"): its first date is when it takes effect,
    the one after "to" when it ends. Billing and statement periods are no such period.
    ``None``: no period here; "": a period's date with no role of its own."""
    if _OPENING_CLOSING.search(line_before):
        # "Opening/Closing Date  07/15/26 - 08/14/26": the statement is dated at its close.
        return "issue" if _RANGE_END.search(before) else ""
    if not _PERIOD_LABEL.search(line_before):
        return None
    if _RANGE_END.search(before):
        return "end"
    if _RANGE_START.search(before) or not before.strip(" \t:"):
        return "effective"
    return None


def _label_above(text: str, line_start: int, start: int) -> str | None:
    """The role the label right above a value names, in the same column ("Tasman Kayak
    Tours Ltd  Invoice Date" over "12 Harbour Road  9 May 2025": an address on the left,
    the details under their labels on the right)."""
    line_end = text.find("\n", start)
    here = cells(text[line_start : line_end if line_end != -1 else len(text)])
    column = next((i for i, (_, s, e) in enumerate(here) if s <= start - line_start < e), None)
    end = line_start - 1
    while end > 0 and column is not None:
        begin = text.rfind("\n", 0, end) + 1
        above = cells(text[begin:end])
        if above:
            if len(above) != len(here) or re.search(r"\d", above[column][0]):
                return None
            label = above[column][0] + " "
            role = next((role for role, cue in _CUES if cue.search(label)), None)
            below = cells(_next_line(text, line_start))
            listed = len(below) == len(here) and re.search(r"\d", below[column][0])
            # A "Date" column over several rows (flights, transactions) dates no document.
            return None if role == "issue" and listed else role
        end = begin - 1
    return None


def _cell_above(text: str, line_start: int, start: int) -> str | None:
    """The words of the cell right above offset ``start`` (on the nearest line that is not
    blank), when that cell holds no figures: a label over its value in a right-hand column
    ("Statement Period" over "Sep. 20, 2026 - Oct. 20, 2026")."""
    line_end = text.find("\n", start)
    here = cells(text[line_start : line_end if line_end != -1 else len(text)])
    column = next((s for _, s, e in here if s <= start - line_start < e), start - line_start)
    end = line_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        above = cells(text[begin:end])
        if above:
            over = next((cell for cell, s, e in above if s <= column < e + 2), None)
            return over if over is not None and not re.search(r"\d", over) else None
        end = begin - 1
    return None


def _unprefixed(before: str) -> str:
    """The text before a date without the weekday or article that belong to the date."""
    return _ARTICLE.sub("", _WEEKDAY.sub("", _CALENDAR_WEEK.sub("", before)))


def _column_role(text: str, line_start: int, start: int) -> str | None:
    """A date in a table row takes the role its column's header names ("Due", "Expires");
    a plain "Date" column gives none when rows follow (transactions, expense lines), but is
    the document's date when its row is the only one (details printed as a small table:
    "Invoice No.  Date" over their values)."""
    column = len(_CELL_GAP.findall(text[line_start:start].lstrip()))
    # The only row under its header: the next line is no row, or a row of words only (the
    # header of the next table: an invoice's boxed details over its item table).
    header = ""
    rows_above = False  # other rows between this one and the header: a list, not one row
    spaced = False  # HTML and DOCX tables may put a blank line between rows
    end = line_start - 1
    for _ in range(_MAX_TABLE_ROWS):  # up to the table's first row
        if end <= 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if not line and not header:
            spaced, end = True, begin - 1
            continue
        if not line or not _CELL_GAP.search(line):
            break
        header = line
        end = begin - 1
        if not re.search(r"\d", line):
            break  # the nearest row of words is the header (bands of labels stack up)
        rows_above = True
    following = _next_line(text, line_start, skip_blank=spaced)
    single = (
        line_start > 0
        and not rows_above
        and not (_CELL_GAP.search(following) and re.search(r"\d", following))
    )
    cells = _CELL_GAP.split(header)
    if not header or re.search(r"\d", header):
        return None
    role = _header_role(cells[column], single=single) if column < len(cells) else None
    line_end = text.find("\n", line_start)
    row = _CELL_GAP.split(text[line_start : line_end if line_end != -1 else len(text)].strip())
    if single and (role is None or len(row) != len(cells)):
        # The values do not stand under their labels: a cell the labels have no column for
        # (an address continuing under the customer's name, as FreshBooks prints "Due Date"
        # over "55 Front St E  03/25/2026"), or a value printed in two cells ("INV  1044"),
        # shifts them. The row's dates then take the labels naming dates, in order.
        labelled = [r for r in (_header_role(c, single=True) for c in cells) if r is not None]
        dated = [index for index, cell in enumerate(row) if date_spans(cell)]
        if len(labelled) == len(dated) and column in dated:
            return labelled[dated.index(column)]
    return role


def _header_role(cell: str, *, single: bool) -> str | None:
    """The role a column's header names; a plain "Date" only over a single row (details
    printed as a small table, not a list of transactions)."""
    label = cell.strip() + " "
    for role, cue in _CUES:
        if role == "issue" and not single:
            continue
        # A row of labels over one row of values reads like "Label: value" ("Payment due").
        if cue.fullmatch(label) or (single and cue.search(label)):
            return role
    return None


def _previous_line(text: str, line_start: int, *, any_length: bool = False) -> str:
    """The label above a value: the previous non-blank line, if it is short (any line, with
    ``any_length``, when digits make it no label)."""
    end = line_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line:
            if any_length:
                return "" if re.search(r"\d", line) else line
            return line if len(line) <= 40 and not re.search(r"\d", line) else ""
        end = begin - 1
    return ""


def _next_line(text: str, line_start: int, *, skip_blank: bool = False) -> str:
    """The line after the one starting at ``line_start`` ("" at the end or when blank; with
    ``skip_blank``, the next line that is not blank)."""
    end = text.find("\n", line_start)
    while end != -1:
        after = text.find("\n", end + 1)
        line = text[end + 1 : after if after != -1 else len(text)]
        if line.strip() or not skip_blank:
            return line
        end = after
    return ""


def _ends_head_line(text: str, start: int, end: int) -> bool:
    """A date alone in the right-hand column of a letterhead or an address block ("Kwame
    Quispe  10 August 2025"): the date a letter or document was written, as two-column
    headers print it beside the addressee. The cells before it hold words only (no label,
    no figures), and nothing follows it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_start > _HEAD_CHARS or text[end : line_end if line_end != -1 else len(text)].strip():
        return False
    before = text[line_start:start]
    if not before.strip() or not _CELL_END.search(before) or re.search(r"\d", before):
        return False
    head_lines = [ln for ln in text[:line_start].splitlines() if ln.strip()]
    return 0 < len(head_lines) < _HEAD_LINES


def _leads_its_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if line_start > _HEAD_CHARS:
        return False
    head_lines = [ln for ln in text[:line_start].splitlines() if ln.strip()]
    if not head_lines:
        return True  # a date in the title line ("Weekly sync — 2026-03-09")
    before = _unprefixed(text[line_start:start]).strip()
    if len(head_lines) >= _HEAD_LINES or (before and not _PLACE.fullmatch(before)):
        return False
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end != -1 else len(text)]
    # A row of a table (a transaction: date, description, amount) is not the document's date.
    return not (_CELL_GAP.search(rest.strip()) or _ROW_AMOUNT.search(rest))
