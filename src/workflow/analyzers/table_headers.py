"""Table headers: the words that name a column's role, and header rows however the text
lays them out (cells apart, one cell per line as PDF text layers give them, or single-spaced
as OCR reads them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workflow.analyzers.lineitem import MAX_LINE_ITEMS, TOTALS
from workflow.analyzers.numbers import is_number_cell
from workflow.analyzers.rows import Cell, Row, union_box

#: Longest header cell ("Unit price (EUR, excl. VAT)").
_MAX_HEADER_CHARS = 40
#: A header cell docpipe does not know is one short word or two.
_MAX_UNKNOWN_HEADER_CHARS = 16
#: Most words in a header line, and what no header line holds (digits, a sentence's end).
_MAX_HEADER_WORDS = 16
_NOT_A_HEADER = re.compile(r"\d|[.,;!?]\s*$|\w[.,;]\s+\w")
#: Most columns a table is read with.
_MAX_COLUMNS = 12


def _role_patterns(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((role, re.compile(rf"(?:{pattern})", re.IGNORECASE)) for role, pattern in pairs)


#: Header cell -> the column's role; tried in order, the whole (tidied) cell must match.
_HEADER_ROLES = _role_patterns(
    ("unitPrice", r"unit\s*(?:price|cost|rate)|price(?:\s*(?:per\s*unit|/\s*unit|each|/\s*unit))?"
                  r"|rate|each|cost|hourly\s*rate|einzelpreis|preis|prix(?:\s*unitaire)?"
                  r"|precio(?:\s*unitario)?|unit\s*price\s*\w{3}"),
    # "Units" counts; a singular "Unit" column holds the unit of measure ("ea", "h").
    ("quantity", r"qty\.?|quantity|qnty|units|hours|hrs\.?|pcs\.?|no\.\s*of\s*units|menge"
                 r"|anzahl|qt[ée]\.?|quantit[ée]|cantidad|count|stunden|heures"),
    ("discount", r"disc(?:\.|ount)?(?:\s*%)?|rabatt|remise|dto\.?|descuento"),
    ("debit", r"debits?|withdrawals?|paid\s*out|money\s*out|out"),
    ("credit", r"credits?|deposits?|paid\s*in|money\s*in|in"),
    ("amount", r"amount|line\s*total|total|ext(?:ended|\.)?\s*(?:price|amount)?|net(?:\s*amount)?"
               r"|gross(?:\s*amount)?|sum|value|betrag|gesamt(?:preis|betrag)?|montant|importe"
               r"|total\s*price|subtotal|amount\s*\w{3}|total\s*\w{3}"),
    ("description", r"description|items?|products?|services?|details|particulars|articles?"
                    r"|d[ée]signation|bezeichnung|beschreibung|leistung|libell[ée]|descripci[óo]n"
                    r"|transaction|narrative|memo|concept|task|work|item\s*description"
                    r"|product\s*(?:name|description)|service\s*description|name"),
    # Any "... date" column ("Trans date", "Posting date", "Value date"): a date per row.
    ("other", r"dates?|(?:\w+[ .-]+){1,2}date|\w*datum|valuta|buchungstag|no\.?|#|sku|code"
              r"|ref(?:erence)?\.?|item\s*(?:no\.?|#|code)|part\s*(?:no\.?|#|number)"
              r"|vat(?:\s*%)?|tax(?:\s*%)?|%|balance|pos\.?|unit|uom|einheit|unit[ée]"
              r"|rate\s*%|line|category|type|account|posted|period|currency"),
)  # fmt: skip
NUMERIC_ROLES = ("quantity", "unitPrice", "price", "debit", "credit", "amount")
#: A price header that does not say whether it is per unit or for the row.
_BARE_PRICE = re.compile(r"(?:price|cost|prix|preis|precio)(?:\s*\(.{1,12}\))?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Column:
    role: str
    x0: float
    x1: float


def header_role(cell: str) -> str | None:
    """The role a header cell names, or ``None`` when it is not a header word."""
    if len(cell) > _MAX_HEADER_CHARS:
        return None
    tidy = " ".join(re.sub(r"\(.{0,12}\)|[:*]", " ", cell).split()).strip(" .")
    if not tidy:
        return None
    for role, pattern in _HEADER_ROLES:
        if pattern.fullmatch(tidy):
            return role
    joined = tidy.replace(" ", "")  # OCR splits a word now and then ("Qu antity")
    if joined != tidy and len(tidy.split()) == 2:  # one split only
        for role, pattern in _HEADER_ROLES:
            if pattern.fullmatch(joined):
                return role
    return None


def header_columns(row: Row) -> list[Column] | None:
    cells = list(row.cells)
    roles = [header_role(cell.text) for cell in cells]
    if len(cells) < 2 or not _header_words(cells, roles):
        spaced = _spaced_header(row.text)  # single-spaced (a PDF's or OCR's text line)
        if spaced is None:
            return None
        cells, roles = spaced
    named = set(roles)
    money = named & {"amount", "unitPrice", "debit", "credit"}
    if not money or not named & {"description", "quantity"}:
        return None
    if "amount" not in named and "unitPrice" in named and "quantity" not in named:
        roles = ["amount" if role == "unitPrice" else role for role in roles]  # "Item  Price"
    elif "amount" not in named and "unitPrice" in named:  # "Item  Qty  Price": unit or row?
        roles = [
            "price"
            if role == "unitPrice" and _BARE_PRICE.fullmatch(cell.text.strip(" :"))
            else role
            for role, cell in zip(roles, cells, strict=True)
        ]
    if "description" not in named:  # "Item #  Qty  Price": the first text column describes
        return None
    pairs = zip(roles, cells, strict=True)
    return [Column(role or "other", cell.x0, cell.x1) for role, cell in pairs]


def _header_words(cells: list[Cell], roles: list[str | None]) -> bool:
    """Every cell names its column, but one short word the vocabulary lacks ("Colour",
    "Batch") among at least three that it knows."""
    unknown = [cell for cell, role in zip(cells, roles, strict=True) if role is None]
    if not unknown:
        return True
    known = len(cells) - len(unknown)
    return (
        len(unknown) == 1
        and known >= 3
        and len(unknown[0].text) <= _MAX_UNKNOWN_HEADER_CHARS
        and not re.search(r"\d", unknown[0].text)
    )


def _spaced_header(text: str) -> tuple[list[Cell], list[str | None]] | None:
    """A header line whose cells are one space apart: its words cut, longest first, into
    header phrases ("Unit price"); every word must belong to one. Cells get their word
    positions (character offsets in the line)."""
    words = text.split()
    if not 2 <= len(words) <= _MAX_HEADER_WORDS or _NOT_A_HEADER.search(text):
        return None  # cheap tests first: most lines are prose or data
    cells: list[Cell] = []
    roles: list[str | None] = []
    index = 0
    position = 0
    while index < len(words):
        for size in range(min(4, len(words) - index), 0, -1):
            phrase = " ".join(words[index : index + size])
            role = header_role(phrase)
            if role is not None:
                start = text.find(words[index], position)
                position = start + len(phrase)
                cells.append(Cell(phrase, float(start), float(position)))
                roles.append(role)
                index += size
                break
        else:
            return None
    return (cells, roles) if len(cells) >= 2 else None


def stacked_header(rows: Sequence[Row], start: int) -> tuple[list[Column], int] | None:
    """A header laid out one cell per line (how PDF text layers give a table): single-cell
    lines that are all header words, at least one for the money. Returns the columns and the
    index of the first body line."""
    cells: list[Cell] = []
    index = start
    while index < len(rows) and len(rows[index].cells) == 1 and len(cells) < _MAX_COLUMNS:
        if header_role(rows[index].cells[0].text) is None:
            break
        cells.append(Cell(rows[index].cells[0].text, float(len(cells)), float(len(cells))))
        index += 1
    if len(cells) < 2:
        return None
    joined = Row(tuple(cells), rows[start].page, "", rows[start].start, rows[start].end, None,
                 positional=False, gap_before=False)  # fmt: skip
    columns = header_columns(joined)
    return (columns, index) if columns is not None else None


def stacked_rows(rows: Sequence[Row], start: int, columns: list[Column]) -> list[Row]:
    """Body lines of a one-cell-per-line table joined into rows, a line per column in the
    header's order (a number column with no number line is an empty cell). Stops at a line
    that cannot start a row: a number, a totals label or another header word."""
    merged: list[Row] = []
    index = start
    while index < len(rows) and len(merged) < MAX_LINE_ITEMS:
        head = rows[index]
        if len(head.cells) != 1 or is_number_cell(head.text) or TOTALS.match(head.text):
            break
        group: list[Row] = []
        for column in columns:
            if index >= len(rows) or len(rows[index].cells) != 1:
                break
            number = is_number_cell(rows[index].text)
            if number != (column.role in NUMERIC_ROLES):
                if number or not group:
                    break
                continue  # an empty number cell
            group.append(rows[index])
            index += 1
        if not group:
            break
        boxes = [row.bbox for row in group if row.bbox is not None]
        cells = tuple(Cell(row.text, float(i), float(i)) for i, row in enumerate(group))
        merged.append(
            Row(cells, head.page, "  ".join(row.text for row in group), head.start,
                group[-1].end, union_box(boxes), positional=False, gap_before=head.gap_before)
        )  # fmt: skip
    return merged


__all__ = [
    "NUMERIC_ROLES", "Column", "header_columns", "header_role", "stacked_header", "stacked_rows",
]  # fmt: skip
