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


#: Header cell -> the column's role; tried in order, the whole (tidied) cell must match. The
#: words are those of invoices, orders and statements in English, German, French, Spanish,
#: Dutch and Italian.
_HEADER_ROLES = _role_patterns(
    ("unitPrice", r"unit\s*(?:price|cost|rate)|price(?:\s*(?:per\s*unit|/\s*unit|each|/\s*unit))?"
                  r"|rate(?:\s*(?:/\s*h|per\s*hour))?|each|cost|hourly\s*rate|einzel-?\s*preis|preis"
                  r"|e-preis|st[üu]ckpreis|preis\s*(?:/|je|pro)\s*(?:einheit|stk\.?)|stundensatz"
                  r"|prix(?:\s*unitaire)?(?:\s*ht)?|p\.\s*u\.(?:\s*ht)?|pu\s*ht|taux\s*horaire"
                  r"|precio(?:\s*unitario)?|p\.\s*unit\.?|tarifa|stuksprijs|eenheidsprijs|uurtarief"
                  r"|prijs(?:\s*per\s*(?:eenheid|stuk))?|prezzo(?:\s*unit(?:ario|\.))?"
                  r"|tariffa(?:\s*oraria)?|unit\s*price\s*\w{3}"
                  # Portugal's and the Nordic invoices' unit price
                  r"|pre[çc]o(?:\s*unit(?:[áa]rio|\.)?)?|[àaá]-?\s*pris|enhets?pris|enhedspris"
                  r"|st(?:yck|yk|k\.?)\s*pris|pris|[àaá]-?\s*hinta|yksikk[öo]hinta|hinta"),
    # "Units" counts; a singular "Unit" column holds the unit of measure ("ea", "h").
    ("quantity", r"qty\.?|quantity|qnty|units|hours|hrs\.?|pcs\.?|no\.\s*of\s*units|menge"
                 r"|(?:qty\.?|quantity)\s*(?:shipped|ordered|delivered|invoiced)|order\s*qty"
                 r"|anzahl|qt[ée]\.?|quantit[ée]|cantidad|cant\.?|uds\.?|count|stunden|std\."
                 r"|heures|horas|aantal|aant\.?|uren|quantit[àa]|q\.?\s*t[àa]\.?|ore"
                 # metered: a utility's or telecom's usage
                 r"|usage|consumption|verbrauch|consommation|consumo|verbruik"
                 r"|qtd\.?|quantidade|antal|antall|m[äa]ngd|m[äa][äa]r[äa]|kpl"),
    ("discount", r"disc(?:\.|ount)?(?:\s*%)?|rabatt(?:\s*%)?|remise(?:\s*%)?|dto\.?(?:\s*%)?"
                 r"|descuento|korting(?:\s*%)?|sconto(?:\s*%)?|sc\.\s*%"),
    ("debit", r"debits?|withdrawals?|paid\s*out|money\s*out|out|d[ée]bit|debet|cargo|addebito"
              r"|charges|soll|lastschriften?|belastungen?|af|afschrijvingen?|uitgaven?"),
    ("credit", r"credits?|deposits?|paid\s*in|money\s*in|in|cr[ée]dit|abono|accredito"
               r"|payments?(?:\s*received)?|haben|gutschriften?|bij|bijschrijvingen?"),
    ("amount", r"amount|line\s*total|total|ext(?:ended|\.)?\s*(?:price|amount)?|net(?:\s*amount)?"
               r"|gross(?:\s*amount)?|sum|value|betrag|gesamt(?:preis|betrag)?|montant"
               r"|total\s*price|subtotal|amount\s*\w{3}|total\s*\w{3}|netto(?:-?\s*betrag)?"
               r"|brutto(?:-?\s*betrag)?|(?:montant|total)\s*(?:ht|ttc)|importe|base\s*imponible"
               r"|bedrag(?:\s*excl\.?\s*btw)?|totaal(?:\s*incl\.?\s*btw)?|importo|imponibile"
               r"|totale(?:\s*riga)?|total\s*incl\.?\s*vat|(?:netto|brutto|gesamt|positions)?wert"
               r"|valor|summa|belopp|bel[øo][bp]|yhteens[äa]|hinta\s*yhteens[äa]"),
    ("description", r"description|items?(?:\s*ordered)?|item\(s\)|products?|services?|details"
                    r"|particulars|articles?|activity|plan|charge"
                    r"|d[ée]signation|bezeichnung|beschreibung|leistung|libell[ée]|descripci[óo]n"
                    r"|transaction|narrative|memo|concept|task|work|item\s*description"
                    r"|product\s*(?:name|description)|service\s*description|name"
                    r"|product\s*/\s*service|description\s*of\s*(?:goods|services)"
                    r"|artikel-?\s*bezeichnung|leistungsbeschreibung|concepto|art[íi]culo"
                    r"|omschrijving|beschrijving|descrizione|articolo|buchungstext"
                    r"|verwendungszweck|buchungsdetails"
                    # a bank's or supplier's statement: the operation, its payee
                    r"|op[ée]rations?|operaci[óo]n|operazione|movimientos?|movimenti|causale"
                    r"|vorgang|payee|merchant|goods|d[ée]tails?|detalle|dettaglio"
                    r"|descri[çc][ãa]o|designa[çc][ãa]o|ben[äa]mning|beskrivning|beskrivelse"
                    r"|varebeskrivelse|tekst|kuvaus|nimike|selite"),
    # Any "... date" column ("Trans date", "Posting date", "Value date"): a date per row.
    ("other", r"dates?|(?:\w+[ .-]+){1,2}date|\w*datum|valuta|buchungstag|no\.?|#|sku|code"
              r"|ref(?:erence)?\.?|item\s*(?:no\.?|#|code)|part\s*(?:no\.?|#|number)"
              r"|vat(?:\s*%)?|tax(?:\s*%)?|%|balance|pos\.?|unit|uom|einheit|unit[ée]"
              r"|rate\s*%|line|category|type|account|posted|period|currency"
              r"|art\.?-?\s*nr\.?|artikel-?\s*(?:nr\.?|nummer|code)|material(?:\s*no\.?)?"
              r"|catalog(?:ue)?\s*(?:no\.?|#)|article\s*no\.?|product\s*code|r[ée]f[ée]rence"
              r"|r[ée]f\.?|code\s*article|c[óo]digo|referencia|referentie|codice|cod\.\s*art\.?"
              r"|n[°º]\.?|l[íi]n\.?|ligne|riga|regel|nr\.?|n\.|me|u\s*/\s*m|u\.\s*m\.?|unidad"
              r"|ud\.|eenheid|unit[àa]|u\.|fecha|data|solde|saldo"
              # tax rates and tax amounts, in their languages
              r"|(?:vat|tax)\s*(?:rate|amount|amt\.?)|mwst\.?(?:-?\s*(?:satz|betrag))?(?:\s*%)?"
              r"|ust\.?(?:\s*%)?|steuer|tva(?:\s*%)?|(?:taux|montant)\s*tva|iva(?:\s*%)?|%\s*iva"
              r"|cuota\s*iva|btw(?:\s*%)?|btw-?\s*(?:tarief|bedrag)|aliquota|imposta"
              r"|enhet|enhed|yksikk[öo]|moms(?:\s*%)?|mva(?:\s*%)?|alv(?:\s*%)?"),
)  # fmt: skip
NUMERIC_ROLES = ("quantity", "unitPrice", "price", "debit", "credit", "amount")
#: A currency a header names for its column's cells, at its end ("Total €", "Price in EUR").
_CURRENCY_NAMED = re.compile(
    r"(?<=\w)\s*(?:\bin\s+)?(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN))$"
)
#: What joins two column names printed in one header cell ("Date / details").
_COMBINED = re.compile(r"\s*/\s*|\s+(?:&|and|und|et|y|en|e)\s+", re.IGNORECASE)
#: A price header that does not say whether it is per unit or for the row.
_BARE_PRICE = re.compile(
    r"(?:price|cost|prix|preis|precio|prezzo|prijs|pre[çc]o|pris|hinta)(?:\s*\(.{1,12}\))?",
    re.IGNORECASE,
)


#: Where two header words printed touching meet ("priceTax", "QtyUnit").
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
#: A column of line numbers ("No.", "N°", "#", "Pos.", "Line").
_POSITION = re.compile(
    r"\W{0,2}(?:no\.?|n[°ºo]\.?|#|pos\.?|line|nr\.?|lfd\.?\s*nr\.?|l[íi]n\.?|riga|regel)\W{0,2}",
    re.IGNORECASE,
)


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
    tidy = _CURRENCY_NAMED.sub("", tidy)  # "Amount €", "Betrag in EUR": the column's currency
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
    return _combined_role(tidy)


def _combined_role(tidy: str) -> str | None:
    """A cell naming two columns printed as one ("Date / details", "Ref. & description",
    "Datum / Buchungstext"): the one role among its parts that is not "other"."""
    parts = _COMBINED.split(tidy)
    if len(parts) < 2:
        return None
    roles = set()
    for part in parts:
        role = _simple_role(part.strip(" ."))
        if role is None:
            return None
        roles.add(role)
    named = roles - {"other"}
    return named.pop() if len(named) == 1 else None


def _simple_role(tidy: str) -> str | None:
    for role, pattern in _HEADER_ROLES:
        if pattern.fullmatch(tidy):
            return role
    return None


def header_columns(row: Row) -> list[Column] | None:
    # words printed touching read as one ("Unit priceTax rate"): apart again
    cells = [Cell(_GLUED.sub(" ", cell.text), cell.x0, cell.x1) for cell in row.cells]
    roles = [header_role(cell.text) for cell in cells]
    cut = _cut_cells(cells, roles) if len(cells) >= 2 and None in roles else None
    if cut is not None:
        cells, roles = cut
    elif len(cells) < 2 or not _header_words(cells, roles):
        spaced = _spaced_header(row.text)  # single-spaced (a PDF's or OCR's text line)
        if spaced is None or _title(spaced[1]):
            return None
        cells, roles = spaced
    _unnamed_description(roles)
    named = set(roles)
    money = named & {"amount", "unitPrice", "debit", "credit"}
    if money and "description" not in named:
        cells, roles = _blank_description(cells, roles)
        named = set(roles)
    if not money or "description" not in named:
        return None
    if "amount" not in named and "unitPrice" in named:
        # "Item  Qty  Price", "Item  Price" (the count in the item's words: "2 of: Mug"):
        # a bare price may be the unit's or the row's; a "Unit price" alone is the row's.
        counted = "quantity" in named
        roles = [
            ("price" if _BARE_PRICE.fullmatch(cell.text.strip(" :")) else
             ("unitPrice" if counted else "amount")) if role == "unitPrice" else role
            for role, cell in zip(roles, cells, strict=True)
        ]  # fmt: skip
    pairs = zip(roles, cells, strict=True)
    return [Column(role or "other", cell.x0, cell.x1) for role, cell in pairs]


def _unnamed_description(roles: list[str | None]) -> None:
    """No word names the description ("Ticket type  Qty  Price", "Line  Plan  Charges"): it
    is the first column docpipe cannot name, left of every number column."""
    if "description" in roles or None not in roles:
        return
    first = roles.index(None)
    if not any(role in NUMERIC_ROLES for role in roles[:first]):
        roles[first] = "description"


def _blank_description(
    cells: list[Cell], roles: list[str | None]
) -> tuple[list[Cell], list[str | None]]:
    """A header whose description column has no word, its cell left blank: the room between
    the line's number and the first number column holds it ("N°  Qty  Unit price  Amount"),
    or the room left of the count that starts the header ("   Qty  Unit price  Amount", as
    an HTML table with an empty first header cell prints it)."""
    if roles[0] == "quantity":
        return [Cell("", min(0.0, cells[0].x0), cells[0].x0), *cells], ["description", *roles]
    first = next((i for i, role in enumerate(roles) if role in NUMERIC_ROLES), 0)
    if first != 1 or not _POSITION.fullmatch(cells[0].text) or cells[1].x0 <= cells[0].x1:
        return cells, roles
    blank = Cell("", cells[0].x1, cells[1].x0)
    return [cells[0], blank, *cells[1:]], [roles[0], "description", *roles[1:]]


def _title(roles: list[str | None]) -> bool:
    """Two words that name columns but title a document ("Credit memo", "Debit note")."""
    return len(roles) == 2 and bool({"debit", "credit"} & set(roles))


def two_line_header(rows: Sequence[Row], index: int) -> list[Column] | None:
    """A header printed over two lines ("Unit" over "price", "Netto-" over "betrag"), read
    as one: each word of the second line joins the word of the first it stands under. Taken
    when the two lines name more numeric columns than either alone, or as many once every
    joined pair is itself a header phrase (the second line only finishes the first's words)."""
    if index + 1 >= len(rows):
        return None
    upper, lower = rows[index], rows[index + 1]
    if upper.page != lower.page or not (upper.positional and lower.positional):
        return None
    if any(re.search(r"\d", row.text) or len(row.cells) > _MAX_COLUMNS for row in (upper, lower)):
        return None
    cells = [Cell(c.text, c.x0, c.x1) for c in _phrase_cells(upper)]
    joined: list[Cell] = []
    for cell in _phrase_cells(lower):
        above = [c for c in cells if min(c.x1, cell.x1) - max(c.x0, cell.x0) > 0]
        if len(above) == 1:
            above[0].text = f"{above[0].text} {cell.text}"
            above[0].x0, above[0].x1 = min(above[0].x0, cell.x0), max(above[0].x1, cell.x1)
            joined.append(above[0])
        else:
            cells.append(Cell(cell.text, cell.x0, cell.x1))
    cells.sort(key=lambda c: c.x0)
    merged = Row(tuple(cells), upper.page, "  ".join(c.text for c in cells), upper.start,
                 lower.end, union_box([b for b in (upper.bbox, lower.bbox) if b is not None]),
                 positional=True, gap_before=upper.gap_before)  # fmt: skip
    columns = header_columns(merged)
    if columns is None or not joined:
        return None
    single = header_columns(upper) or header_columns(lower)
    if single is None or _numeric(columns) > _numeric(single):
        return columns
    whole = all(header_role(cell.text) is not None for cell in joined)
    return columns if whole and _numeric(columns) == _numeric(single) else None


def _phrase_cells(row: Row) -> list[Cell]:
    """The row's cells, those that run several header phrases together cut apart."""
    roles = [header_role(cell.text) for cell in row.cells]
    cut = _cut_cells(list(row.cells), roles) if None in roles else None
    return cut[0] if cut is not None else list(row.cells)


def _numeric(columns: list[Column]) -> int:
    return sum(1 for column in columns if column.role in NUMERIC_ROLES)


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
    cut = _phrases(text)
    if cut is None or len(cut) < 2:
        return None
    return [Cell(p, float(a), float(b)) for p, _, a, b in cut], [role for _, role, _, _ in cut]


def _phrases(text: str) -> list[tuple[str, str, int, int]] | None:
    """``text`` cut, longest first, into header phrases with their roles and character
    offsets; ``None`` when a word belongs to none."""
    words = text.split()
    found: list[tuple[str, str, int, int]] = []
    index = 0
    position = 0
    while index < len(words):
        for size in range(min(4, len(words) - index), 0, -1):
            phrase = " ".join(words[index : index + size])
            role = header_role(phrase)
            if role is not None:
                start = text.find(words[index], position)
                position = start + len(phrase)
                found.append((phrase, role, start, position))
                index += size
                break
        else:
            return None
    return found


def _cut_cells(
    cells: list[Cell], roles: list[str | None]
) -> tuple[list[Cell], list[str | None]] | None:
    """Header cells that run two headers together (narrow columns set close: "Code
    Description", "Qty Unit"), each cut into its phrases, placed along the cell by their
    characters; ``None`` when a cell is not header words."""
    out_cells: list[Cell] = []
    out_roles: list[str | None] = []
    for cell, role in zip(cells, roles, strict=True):
        if role is not None:
            out_cells.append(cell)
            out_roles.append(role)
            continue
        cut = _phrases(cell.text)
        if cut is None or re.search(r"\d", cell.text):
            return None
        per_char = (cell.x1 - cell.x0) / max(1, len(cell.text))
        for phrase, named, start, end in cut:
            out_cells.append(Cell(phrase, cell.x0 + start * per_char, cell.x0 + end * per_char))
            out_roles.append(named)
    return out_cells, out_roles


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
    "two_line_header",
]  # fmt: skip
