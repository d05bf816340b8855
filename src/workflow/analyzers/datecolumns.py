"""Dates read from where they stand in a table or a form: under a column's header ("Due"
over the instalments' days), under a label in the same column of a two-column header, as the
only row under a band of labels ("Invoice No.  Date  Due Date" over their values).
:mod:`workflow.analyzers.dateroles` turns to these when no words before a date on its own
line name its role."""

from __future__ import annotations

import re

from workflow.analyzers.datecues import CUES, DUE_SCHEDULE
from workflow.analyzers.entities import date_spans
from workflow.analyzers.grid import cells

#: Table cells are two or more spaces or a tab apart (every extractor lays tables out so).
_CELL_GAP = re.compile(r"\t|[ ]{2,}")
#: Rows walked up to find a table's header.
_MAX_TABLE_ROWS = 60
#: Words a column's header naming due days has at most ("Data scadenza", "Fecha vencimiento").
_DUE_HEADER_WORDS = 3
#: Words a label alone over its value in a details panel has at most ("Payment due by").
_STACKED_LABEL_WORDS = 4
#: Characters above a row searched for the row before it.
_ROW_ABOVE_CHARS = 320


def among_rows(text: str, line_start: int) -> bool:
    """Whether the row starting at ``line_start`` has other rows of values beside it (a
    transaction list), not only a band of labels above it ("Date  Due  Terms" over one row)."""
    above = text[max(0, line_start - _ROW_ABOVE_CHARS) : max(0, line_start - 1)].rstrip()
    above = above.rsplit("\n", 1)[-1]
    beside = (above, next_line(text, line_start, skip_blank=True))
    return any(_CELL_GAP.search(line) and re.search(r"\d", line) for line in beside)


def label_above(text: str, line_start: int, start: int) -> str | None:
    """The role the label right above a value names, in the same column ("Tasman Kayak
    Tours Ltd  Invoice Date" over "12 Harbour Road  9 May 2025": an address on the left,
    the details under their labels on the right)."""
    found = _cells_above(text, line_start, start)
    if found is None:
        return None
    here, column, above = found
    if _stacked(above, here, column):
        return next(role for role, cue in CUES if cue.search(above[0][0] + " "))
    if len(above) != len(here) or re.search(r"\d", above[column][0]):
        return None
    label = above[column][0] + " "
    role = next((role for role, cue in CUES if cue.search(label)), None)
    below = cells(next_line(text, line_start))
    listed = len(below) == len(here) and re.search(r"\d", below[column][0])
    # A "Date" column over several rows (flights, transactions) dates no document.
    return None if role == "issue" and listed else role


def stacked_role(text: str, line_start: int, start: int) -> str | None:
    """The role a details panel's label names when it stands alone on the line above the
    value, the value sharing its line with the address beside it (see :func:`_stacked`);
    ``None`` when the lines are not of that shape."""
    found = _cells_above(text, line_start, start)
    if found is None:
        return None
    here, column, above = found
    if not _stacked(above, here, column):
        return None
    return next(role for role, cue in CUES if cue.search(above[0][0] + " "))


def panel_label(text: str, line_start: int, start: int) -> str:
    """A right-hand panel's label whose value, alone on the line below, lost the indent that
    set it under the label ("NIF 591869001  Data de vencimento" over "2026-03-25"): the last
    cell of the line above when it names a date's role and none of its other cells does; ""
    when the lines are not of that shape."""
    found = _cells_above(text, line_start, start)
    if found is None:
        return ""
    here, _, above = found
    if len(here) != 1 or len(above) < 2 or not date_spans(here[0][0]):
        return ""
    label = above[-1][0]
    if re.search(r"\d", label) or any(_date_label(cell) for cell, _, _ in above[:-1]):
        return ""
    return label if any(cue.search(label + " ") for _, cue in CUES) else ""


type _Cells = list[tuple[str, int, int]]


def _cells_above(text: str, line_start: int, start: int) -> tuple[_Cells, int, _Cells] | None:
    """The value's line as cells, the column the value at ``start`` stands in, and the first
    line above it that holds any cell; ``None`` when there is no such column or line."""
    line_end = text.find("\n", start)
    here = cells(text[line_start : line_end if line_end != -1 else len(text)])
    column = next((i for i, (_, s, e) in enumerate(here) if s <= start - line_start < e), None)
    end = line_start - 1
    while end > 0 and column is not None:
        begin = text.rfind("\n", 0, end) + 1
        above = cells(text[begin:end])
        if above:
            return here, column, above
        end = begin - 1
    return None


def _stacked(
    above: list[tuple[str, int, int]], here: list[tuple[str, int, int]], column: int
) -> bool:
    """Whether a date's label stands alone on the line above it while the date shares its
    line with the address beside it: a details panel printing each label over its value
    ("Payment due by" over "Harbour Dental Group  21-Dec-25"), read line by line. The label
    is a few words ending in a date's cue, the value closes a line of two cells, the other
    of words only (an addressee's name, not a table row)."""
    return (
        len(above) == 1
        and len(here) == 2  # the address's cell and the value's
        and column == 1
        and not re.search(r"\d", here[0][0])
        # (a bilingual label's words counted in one language: "Apmokėti iki / Pay by")
        and len(above[0][0].rsplit(" / ", 1)[-1].split()) <= _STACKED_LABEL_WORDS
        and any(cue.search(above[0][0] + " ") for _, cue in CUES)
    )


def cell_above(text: str, line_start: int, start: int) -> str | None:
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


#: A header's "Nº" as OCR reads it off a scan, before a label's word ("N2 Pedido", "N& Albarán"):
#: no digit of a row of values.
_MISREAD_NUMERO = re.compile(r"\bN[2&](?=[ \t]+[^\W\d_])")


def _digits(line: str) -> bool:
    """Whether ``line`` prints a digit (a row of values, not a header of labels)."""
    return bool(re.search(r"\d", _MISREAD_NUMERO.sub("", line)))


def column_role(text: str, line_start: int, start: int) -> str | None:
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
        if not _digits(line):
            break  # the nearest row of words is the header (bands of labels stack up)
        rows_above = True
    following = next_line(text, line_start, skip_blank=spaced)
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
    if not header or _digits(header):
        return None
    line_end = text.find("\n", line_start)
    row = _CELL_GAP.split(text[line_start : line_end if line_end != -1 else len(text)].strip())
    if single and len(cells) < len(row):
        cells = _labels_apart(cells, len(row))
    role = _header_role(cells[column], single=single) if column < len(cells) else None
    if role is None and single and column < len(cells):
        role = _first_label_role(cells[column])
    if role in (None, "issue") and DUE_SCHEDULE.fullmatch(previous_line(text, header_start)):
        return "due"  # "Vencimientos" over "Fecha  Importe": the instalments' due days
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


def _labels_apart(cells: list[str], wanted: int) -> list[str]:
    """A band's labels where the text ran two of them together with one space, as PDF text
    extraction does with labels set close ("Fakturadato Periode", "Data wystawienia Termin
    płatności" over three values): a cell that is no date's label as a whole split before
    a capitalised word (a label's first), where a date's label ends or begins, at the split
    whose halves are most often whole labels, until there are ``wanted`` labels, one per
    value; ``cells`` as they were when no split is left. ("Due Date" stays whole: a value in
    two cells, "INV  1044", is what puts more values than labels under it.)"""
    split = list(cells)
    while len(split) < wanted:
        best: tuple[int, int, int] | None = None  # (whole labels, cell, words before)
        for index, cell in enumerate(split):
            words = cell.split(" ")
            if _date_label(cell):
                continue
            for at in range(1, len(words)):
                if not words[at][:1].isupper():
                    continue
                halves = (" ".join(words[:at]), " ".join(words[at:]))
                whole = sum(_date_label(half) for half in halves)
                if whole and (best is None or whole > best[0]):
                    best = (whole, index, at)
        if best is None:
            return cells
        _, index, at = best
        words = split[index].split(" ")
        split[index : index + 1] = [" ".join(words[:at]), " ".join(words[at:])]
    return split


def _first_label_role(cell: str) -> str | None:
    """The role of the first of two labels the text ran together in one header cell, as
    PDF text extraction does with labels set close ("Date de facture Période" over a single
    date): the words before a capitalised one, when they are a date's label as a whole."""
    words = cell.split(" ")
    for at in range(1, len(words)):
        head = " ".join(words[:at])
        if words[at][:1].isupper() and _date_label(head):
            return _header_role(head, single=True)
    return None


def _date_label(label: str) -> bool:
    """Whether ``label`` as a whole names a date's role ("Invoice Date", "Termin płatności")."""
    return any(cue.fullmatch(label + " ") for _, cue in CUES)


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


def previous_line(text: str, line_start: int, *, any_length: bool = False) -> str:
    """The label above a value: the previous non-blank line, if it is short (any line, with
    ``any_length``, when digits make it no label)."""
    end = line_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line:
            if any_length:
                return "" if _digits(line) else line
            return line if len(line) <= 40 and not _digits(line) else ""
        end = begin - 1
    return ""


def next_line(text: str, line_start: int, *, skip_blank: bool = False) -> str:
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
