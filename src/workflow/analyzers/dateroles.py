"""What each date in a document is: when it was issued, when something is due, when an
agreement takes effect or ends.

A date's role comes from the words just before it on its line ("Due date:", "payable by",
"shall terminate on"), from the label on the line above when the date stands alone under it
(tables and forms put labels above values), or from a defined term right after it
(``(the "Effective Date")``). A document's first date standing at the start of a line near
the top (a letter's date line, a receipt's timestamp) is its issue date when nothing labelled
one, as is a date in the title line. Dates with no such evidence (a table of transactions,
"Next meeting: ...") get no role. The words themselves, and what the words before a date
name, are :mod:`workflow.analyzers.datecues`.
"""

from __future__ import annotations

import re
from typing import Any

from workflow.analyzers.datecues import (
    CUES,
    DELIVERY,
    DUE_SCHEDULE,
    MADE,
    NEXT_MEETING,
    NUMBER_DATED,
    ORDERED,
    RANGE_AFTER,
    RANGE_BEFORE,
    RANGE_END,
    REFERRED,
    STATEMENT_PERIOD,
    cue_role,
    defined_role,
    period_role,
    unprefixed,
)
from workflow.analyzers.discounts import discount_deadline
from workflow.analyzers.entities import MAX_ENTITIES, date_spans
from workflow.analyzers.grid import cells, is_row

#: Roles a date may have.
DATE_ROLES = ("issue", "due", "effective", "end")
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
#: Lines above a title that closes with its date (a letterhead, a body's name).
_TITLE_LINES = 4
#: Words a title closing with its date has at most.
_TITLE_WORDS = 14
#: The word joining a title to its date ("... du", "... vom", "... del", "... of", "d.d.").
_TITLE_JOIN = re.compile(
    r"[^\W\d_]{3}.*\s(?:du|del|della|dello|vom|van|of|de|d\.\s?d\.|dd\.?|held\s+on)\s*$",
    re.IGNORECASE,
)
#: Someone else's paper named before a date ("your letter of", "Ihr Schreiben vom").
_OTHERS = re.compile(r"\b(?:your|ihr\w*|votre|vos|uw|su|sus|vostr\w|su[oa])\b", re.IGNORECASE)
#: Nothing but punctuation after a date to the end of its line.
_LINE_DONE = re.compile(r"[ \t.,;]*(?:\n|$)")
#: Characters from the top within which that date must start (keeps this check O(1)).
_HEAD_CHARS = 1500
#: Table cells are two or more spaces or a tab apart (every extractor lays tables out so).
_CELL_GAP = re.compile(r"\t|[ ]{2,}")
#: The end of a wrapped label: one to three words, no figures, no colon.
_LABEL_TAIL = re.compile(r"(?:[^\W\d_]|['\u2019.-])+(?: (?:[^\W\d_]|['\u2019.-])+){0,2}")
#: Text that ends with a cell gap: what follows stands in a column of its own.
_CELL_END = re.compile(r"(?:\t|[ ]{2,})$")
#: A line that ends in an amount after some words is a table row.
_ROW_AMOUNT = re.compile(r"[A-Za-z].*\d[.,]\d{2}\s*$")
#: Roles one day may have both of, each giving its key figure: a policy's cover starts the
#: day its premium is due ("Versicherungsjahr 01.07.2025 bis ...", "fällig am 01.07.2025"),
#: a hire agreement is signed the day the car is picked up.
_SHARED_ROLES = frozenset({"issue", "due", "effective", "end", DELIVERY})
#: Rows walked up to find a table's header.
_MAX_TABLE_ROWS = 60
#: Characters of the line before a date that are examined for a cue.
_WINDOW = 80
#: Characters a line has at least to be a sentence wrapped onto the next (not a label).
_PROSE = 40
#: Characters within which another issue date makes an order's day none (one document's head).
_SAME_HEAD = 1200
#: Words a date's label has at most ("Date of the invoice:", "Placed on"); more are a sentence.
_LABEL_WORDS = 5
#: Words a column's header naming due days has at most ("Data scadenza", "Fecha vencimiento").
_DUE_HEADER_WORDS = 3


def dates_with_roles(text: str, day_first: bool | None = None) -> list[dict[str, Any]]:
    """Dates as ``{"text", "value", "role", "offset"}`` (role one of DATE_ROLES, DELIVERY
    until the document's type resolves it, or None), one per value, first-seen order; a value
    keeps the first role any of its mentions has, and the text and offset of the mention that
    gave it (``offset`` is for evidence: the analysis lists dates without it). A day with two
    of these roles (a due day that is also a period's first, an agreement signed the day it
    starts) carries the other, and the offset of the mention that gave it, as ``also`` (for
    key figures only)."""
    spans = date_spans(text, day_first)
    roles: dict[str, str | None] = {}
    written: dict[str, str] = {}
    offsets: dict[str, int] = {}
    also: dict[str, tuple[str, int]] = {}
    issue_seen = False
    net_until = -1  # the end of the line naming a cash discount's deadline
    for start, end, raw, value in spans:
        role = _role(text, start, end)
        if role == "due" and (net_line_end := discount_deadline(text, start, end)) is not None:
            # "Zahlbar bis 09.01.2026 mit 2 % Skonto oder bis 29.01.2026 netto": the day the
            # discount ends is no due date; the day after it on the line is.
            role, net_until = "", net_line_end
        elif role is None and start < net_until:
            role = "due"
        if (
            role is None
            and not issue_seen
            and (
                _leads_its_line(text, start)
                or _TIMESTAMP.match(text, end)
                or _ends_head_line(text, start, end)
                or _ends_title(text, start, end)
                or _place_and_date(text, start, end)
            )
        ):
            role = "issue"
        issue_seen = issue_seen or role in ("issue", ORDERED)
        if value not in roles:
            written[value] = raw
            roles[value] = role
            offsets[value] = start
        elif not roles[value] and role:
            roles[value] = role
            written[value] = raw
            offsets[value] = start
        elif role in _SHARED_ROLES and roles[value] in _SHARED_ROLES and role != roles[value]:
            # The day cover starts and the premium is due: one day, two figures.
            also.setdefault(value, (role, start))
    # An agreement's own date is its issue date beside another day it starts, else the day
    # it takes effect.
    started = any(role == "effective" for role in roles.values())
    made = "issue" if started else "effective"
    # An order's day is the issue date of a paper that names no other near it (a packet's
    # next document has its own).
    issued = [offsets[value] for value, role in roles.items() if role == "issue"]

    def resolved(value: str, role: str | None) -> str | None:
        if role == MADE:
            return made
        if role == ORDERED:
            near = any(abs(offset - offsets[value]) < _SAME_HEAD for offset in issued)
            return None if near else "issue"
        return role

    return [
        {
            "text": written[value],
            "value": value,
            "role": resolved(value, role) or None,
            "offset": offsets[value],
            **({"also": also[value]} if value in also else {}),
        }
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
        or NEXT_MEETING.search(before)
        or RANGE_AFTER.match(after)
        or RANGE_BEFORE.search(before)
        or (is_row(text[line_start:line_end]) and _among_rows(text, line_start))
    )


def _among_rows(text: str, line_start: int) -> bool:
    """Whether the row starting at ``line_start`` has other rows of values beside it (a
    transaction list), not only a band of labels above it ("Date  Due  Terms" over one row)."""
    above = text[max(0, line_start - _WINDOW * 4) : max(0, line_start - 1)].rstrip()
    above = above.rsplit("\n", 1)[-1]
    beside = (above, _next_line(text, line_start, skip_blank=True))
    return any(_CELL_GAP.search(line) and re.search(r"\d", line) for line in beside)


def _role(text: str, start: int, end: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    before = unprefixed(text[max(line_start, start - _WINDOW) : start])
    referred = REFERRED.search(before)
    numbered = NUMBER_DATED.search(before)
    defined = defined_role(text, end) or (("" if referred else "issue") if numbered else None)
    gapped = _CELL_GAP.split(before)
    # Only what follows the previous date; but a number closing the cell before the date's
    # own (an address's postcode, "Mundelein IL 60060  08/13/2025") is no date.
    beside = len(gapped) == 2 and not re.search(r"\w", gapped[-1]) and not date_spans(gapped[0])
    before = before if beside else re.split(r"\d{4}\b", before)[-1]
    period = period_role(text[line_start:start], before)
    # Under "Statement Period" in a right-hand column: dated at its end.
    if (
        period is None
        and not re.search(r"[A-Za-z]", before)
        and STATEMENT_PERIOD.search(_cell_above(text, line_start, start) or "")
    ):
        period = "issue" if RANGE_END.search(before) else ""
    if defined is not None or period is not None:
        return defined or period or ""  # "": no role, and no other reading
    if not re.search(r"[A-Za-z]", before):
        if _CELL_GAP.search(_previous_line(text, line_start, any_length=True)):
            return _column_role(text, line_start, start)  # under a row of column labels
        before = _wrapped_cue(text, line_start) or _previous_line(text, line_start)
    elif _CELL_GAP.search(before):
        cells = _CELL_GAP.split(before)
        before = cells[-1]  # the date's own cell
        if not re.search(r"[A-Za-z]", before):
            # "Label  value" (a two-column form row), else a column under a header
            label = cells[-2] if len(cells) > 1 else ""
            role = cue_role(_wrapped_label(text, line_start, label) + " ") or cue_role(label + " ")
            if role is not None:
                return role
            return _column_role(text, line_start, start) or _label_above(text, line_start, start)
    if NEXT_MEETING.search(before):
        return None
    cued = cue_role(before)
    # "": no role, and no other reading (the first date near the top is not taken either).
    return "" if cued == "issue" and (referred or REFERRED.search(before)) else cued


def _wrapped_cue(text: str, line_start: int) -> str:
    """The cue ending the line before, when a sentence wrapped there ("... con decorrenza
    dal 1° dicembre 2025 e scadenza il" over "30 novembre 2029."): a line of prose ending in
    a word, right above, whose last words name a role ("" when they do not)."""
    above = text[max(0, line_start - _WINDOW * 3) : max(0, line_start - 1)].rsplit("\n", 1)[-1]
    prose = len(above) > _PROSE and not _CELL_GAP.search(above.strip())
    if not prose or not re.search(r"[^\W\d_]$", above):
        return ""
    tail = unprefixed(re.split(r"\d{4}\b", above[-_WINDOW:])[-1])
    return tail if cue_role(tail) else ""


def _wrapped_label(text: str, line_start: int, label: str) -> str:
    """A label a narrow column broke over two lines, its value beside the first ("Date
    19/07/2026" over "d'échéance", "Payment  2026-01-17" over "Due"): the label with the words
    the next line ends in, when those are a short run of words and nothing else."""
    if not label or label.endswith(":"):
        return label
    below = _CELL_GAP.split(_next_line(text, line_start).strip())[-1]
    return f"{label} {below}" if _LABEL_TAIL.fullmatch(below) else label


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
            role = next((role for role, cue in CUES if cue.search(label)), None)
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


def _column_role(text: str, line_start: int, start: int) -> str | None:
    """A date in a table row takes the role its column's header names ("Due", "Expires");
    a plain "Date" column gives none when rows follow (transactions, expense lines), but is
    the document's date when its row is the only one (details printed as a small table:
    "Invoice No.  Date" over their values)."""
    column = len(_CELL_GAP.findall(text[line_start:start].lstrip()))
    # The only row under its header: the next line is no row, or a row of words only (the
    # header of the next table: an invoice's boxed details over its item table).
    header = ""
    header_start = 0
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
        header, header_start = line, begin
        end = begin - 1
        if not re.search(r"\d", line):
            break  # the nearest row of words is the header (bands of labels stack up)
        rows_above = True
    following = _next_line(text, line_start, skip_blank=spaced)
    single = (
        line_start > 0
        and not rows_above
        and not (
            _CELL_GAP.search(following)
            and re.search(r"\d", following)
            and not _field_after_row(following, text, line_start)
        )
    )
    cells = _CELL_GAP.split(header)
    if not header or re.search(r"\d", header):
        return None
    role = _header_role(cells[column], single=single) if column < len(cells) else None
    if role in (None, "issue") and DUE_SCHEDULE.fullmatch(_previous_line(text, header_start)):
        return "due"  # "Vencimientos" over "Fecha  Importe": the instalments' due days
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


def _field_after_row(following: str, text: str, line_start: int) -> bool:
    """Whether ``following`` is a "Label  value" field under a row of three values or more
    ("Payment Terms  Net 30" under "INV-7  Oct 14, 2026  Nov 13, 2026"), the next detail of
    a header, not another row of a table (a field's label holds no figures)."""
    pair = [cell for cell in _CELL_GAP.split(following.strip()) if cell]
    line_end = text.find("\n", line_start)
    row = _CELL_GAP.split(text[line_start : line_end if line_end != -1 else len(text)].strip())
    return len(pair) == 2 and len(row) > 2 and not re.search(r"\d", pair[0])


def _header_role(cell: str, *, single: bool) -> str | None:
    """The role a column's header names; a plain "Date" only over a single row (details
    printed as a small table, not a list of transactions)."""
    label = cell.strip() + " "
    for role, cue in CUES:
        if role == "issue" and not single:
            continue
        # A row of labels over one row of values reads like "Label: value" ("Payment due").
        # A due date's column is one however many rows follow ("Data scadenza" over the
        # instalments' days), when its few words close with the cue.
        short = len(label.split()) <= _DUE_HEADER_WORDS
        if cue.fullmatch(label) or ((single or (role == "due" and short)) and cue.search(label)):
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


def _ends_title(text: str, start: int, end: int) -> bool:
    """A date closing a title near the top after the word joining it to what it dates
    ("Procès-verbal de l'assemblée générale ordinaire du 6 avril 2026", "Verbale della
    riunione del Consiglio Direttivo del 2 settembre 2026", "Notulen d.d. 3 maart 2026"):
    the day the document records. A title is short, no table row, and names no one else's
    paper ("your letter of ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start > _HEAD_CHARS or not _LINE_DONE.match(text, end):
        return False
    before = unprefixed(text[line_start:start])
    head_lines = [ln for ln in text[:line_start].splitlines() if ln.strip()]
    return (
        len(head_lines) < _TITLE_LINES
        and bool(_TITLE_JOIN.search(before))
        and len(before.split()) <= _TITLE_WORDS
        and not _CELL_GAP.search(before.strip())
        and not (NEXT_MEETING.search(before) or REFERRED.search(before) or _OTHERS.search(before))
    )


def _place_and_date(text: str, start: int, end: int) -> bool:
    """A line (or the last sentence of one) holding only a town and the date ("Würzburg,
    14.09.2026" over the signatures, "Letto, approvato e sottoscritto. Torino, 27 ottobre
    2025"): where and when the paper was signed, wherever it stands."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LINE_DONE.match(text, end):
        return False
    before = re.split(r"[.:;]\s+", unprefixed(text[line_start:start]).strip())[-1]
    return bool(before) and before[0].isupper() and bool(_PLACE.fullmatch(before))


def _leads_its_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if line_start > _HEAD_CHARS:
        return False
    head_lines = [ln for ln in text[:line_start].splitlines() if ln.strip()]
    if not head_lines:
        return True  # a date in the title line ("Weekly sync — 2026-03-09")
    before = unprefixed(text[line_start:start]).strip()
    if len(head_lines) >= _HEAD_LINES or (before and not _PLACE.fullmatch(before)):
        return False
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end != -1 else len(text)]
    # A row of a table (a transaction: date, description, amount) is not the document's date.
    return not (_CELL_GAP.search(rest.strip()) or _ROW_AMOUNT.search(rest))
