"""A configured class's fields, read from any document by their labels.

Nothing here knows an insurance claim from a lab report: each field says which labels a
document prints before its value ("Claim number", "Policy No."), and the value is what follows
the label on its line (up to the next table cell) or, for a label standing alone, the first
cell of the next line, as forms lay values under their labels. The text found is then parsed
as the field's type (an id's token, a money amount with its currency, a date in any of the
written forms the entity reader knows, an enum's value); text that does not parse is not a
value, and the next occurrence of a label is tried. A date field with a ``role`` and no
labelled value takes the document's date with that role. A ``list`` field is a table: the
line whose cells name most of its columns is the header, and each following line with cells
is a row, its cells typed by column, until a blank line or a line that is no row (a text
layer without geometry often puts each cell on a line of its own: then the header is that
many lines in a row, and so is each row).

Labels are looked for in the text as the pages print it: with a layout that has words, the
page's own lines rebuilt from them (:func:`~workflow.analyzers.locate.reading_text`), so a
value beside its label is on its line, and each value found cites its page and the box
around the words that printed it. A required field not found is named in the analysis's
``warnings`` and caps its confidence, so the job waits for a person who can add it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from docpipe.fieldtypes import BadValue, check_value
from workflow.analyzers.entities import date_spans
from workflow.analyzers.locate import reading_text
from workflow.analyzers.money import find_amounts, parse_number

if TYPE_CHECKING:
    from docpipe.classes import DocumentClass
    from docpipe.fieldtypes import FieldSpec
    from docpipe.layout import Layout

#: Label occurrences examined per field (bounds the work on adversarial text).
_MAX_LABEL_HITS = 50
#: Table cells are two or more spaces or a tab apart (every extractor lays tables out so).
_CELL_GAP = re.compile(r"\t|[ ]{2,}")
#: What may stand between a label and its value.
_LABEL_TAIL = re.compile(r"[ \t]*(?:[:#=*-]|no\.?|number)?[ \t]*[:#=*.-]?[ \t]*", re.IGNORECASE)
_ID_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/_.#-]*")
_NUMBER_TOKEN = re.compile(r"-?\d[\d,.\u00a0]*")
#: Confidence of an analysis missing a required field: below the default review threshold.
MISSING_REQUIRED_CONFIDENCE = 0.4
#: Most table rows read (the field type's own limit is higher; tables this long are rare).
_MAX_TABLE_ROWS = 200


@dataclass(frozen=True, slots=True)
class Found:
    """One field's value and where in the text it was read (``start``/``end`` offsets)."""

    value: Any
    start: int
    end: int


def class_fields(
    analysis: dict[str, Any],
    cls: DocumentClass | None,
    text: str,
    dates: list[dict[str, Any]],
    layout: Layout | None,
) -> dict[str, Any]:
    """``analysis`` with ``cls``'s fields (``fields``, their ``evidence`` under
    ``fields.<name>``, a warning per required field missing); unchanged for a class whose
    values are key figures."""
    if cls is None or cls.store != "fields":
        return analysis
    values, evidence = extract_fields(text, cls, dates=dates, layout=layout)
    out = {**analysis, "fields": values}
    if evidence:
        cited = {f"fields.{name}": where for name, where in evidence.items()}
        out["evidence"] = {**(analysis.get("evidence") or {}), **cited}
    missing = [spec.name for spec in cls.fields if spec.required and spec.name not in values]
    if missing:
        notes = [f"required field {name!r} of class {cls.name!r} not found" for name in missing]
        out["warnings"] = [*(analysis.get("warnings") or []), *notes]
        out["confidence"] = min(float(out["confidence"]), MISSING_REQUIRED_CONFIDENCE)
    return out


def extract_fields(
    text: str,
    cls: DocumentClass,
    *,
    dates: list[dict[str, Any]] | None = None,
    layout: Layout | None = None,
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """``cls``'s fields found in ``text``: ``(values by name, evidence by name)``.

    ``dates`` are the text's dates with roles (for a date field's role); ``layout`` says
    where the text sits on the pages."""
    reading = reading_text(text, layout)
    text = reading.text
    currency = _main_currency(text)
    values: dict[str, Any] = {}
    evidence: dict[str, dict[str, Any]] = {}
    for spec in cls.fields:
        found = (
            _table(text, spec, currency) if spec.type == "list" else _labelled(text, spec, currency)
        )
        if found is None and spec.type == "date" and spec.role:
            found = _by_role(text, spec.role, dates or [])
        if found is None:
            continue
        values[spec.name] = found.value
        evidence[spec.name] = reading.evidence(found.start, found.end)
    return values, evidence


def _labelled(text: str, spec: FieldSpec, currency: str | None) -> Found | None:
    """The first occurrence of one of ``spec``'s labels that is followed by a value of its
    type (labels in the order the class lists them)."""
    for label in spec.labels:
        words = r"\s+".join(re.escape(word) for word in label.split())
        pattern = re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
        for match in islice(pattern.finditer(text), _MAX_LABEL_HITS):
            found = _value_after(text, match.end(), spec, currency)
            if found is not None:
                return found
    return None


def _value_after(text: str, at: int, spec: FieldSpec, currency: str | None) -> Found | None:
    """The value following a label that ends at ``at``: the rest of its cell on the same
    line, else the first cell of the next non-blank line."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    tail = _LABEL_TAIL.match(text, at, line_end)
    start = tail.end() if tail else at
    cell_end = _cell_end(text, start, line_end)
    if text[start:cell_end].strip():
        return _parse(text, start, cell_end, spec, currency)
    if line_end < len(text) and not text[at:line_end].strip(" \t:#"):
        following = line_end + 1
        while following < len(text) and text[following] == "\n":
            following += 1
        next_end = text.find("\n", following)
        next_end = len(text) if next_end == -1 else next_end
        cell_start = (
            following + len(text[following:next_end]) - len(text[following:next_end].lstrip())
        )
        return _parse(text, cell_start, _cell_end(text, cell_start, next_end), spec, currency)
    return None


def _cell_end(text: str, start: int, line_end: int) -> int:
    gap = _CELL_GAP.search(text, start, line_end)
    return gap.start() if gap else line_end


def _parse(text: str, start: int, end: int, spec: FieldSpec, currency: str | None) -> Found | None:
    """``text[start:end]`` read as ``spec``'s type (the span narrowed to the value itself),
    or ``None`` when it holds no such value."""
    cell = text[start:end]
    reader = _READERS.get(spec.type)
    read = reader(cell, spec, currency) if reader else (cell, 0, len(cell.rstrip()))
    if read is None:
        return None
    raw, offset, length = read
    try:
        value = check_value(spec, raw)
    except BadValue:
        return None
    return Found(value, start + offset, start + offset + length)


#: A cell read as a type: ``(raw value, offset of the value in the cell, its length)``.
type _Read = tuple[Any, int, int] | None


def _read_id(cell: str, spec: FieldSpec, currency: str | None) -> _Read:
    """The first token holding a digit: ids are numbers with decoration, and a label followed
    by words ("Policy number: see attached") is not followed by its id."""
    token = next((t for t in _ID_TOKEN.finditer(cell) if re.search(r"\d", t.group())), None)
    if token is None:
        return None
    raw = token.group().rstrip(".")
    return raw, token.start(), len(raw)


def _read_money(cell: str, spec: FieldSpec, currency: str | None) -> _Read:
    """An amount with its currency; a bare number is in the document's main currency."""
    amounts = find_amounts(cell)
    if amounts:
        money = {"amount": amounts[-1]["amount"], "currency": amounts[-1]["currency"]}
        return money, 0, len(cell.rstrip())
    number = _number(cell)
    if number is None or currency is None:
        return None
    return {"amount": number[0], "currency": currency}, number[1], number[2]


def _read_date(cell: str, spec: FieldSpec, currency: str | None) -> _Read:
    spans = date_spans(cell)
    if not spans:
        return None
    start, end, _, value = spans[0]
    return value, start, end - start


def _read_number(cell: str, spec: FieldSpec, currency: str | None) -> _Read:
    number = _number(cell)
    if number is None:
        return None
    value, offset, length = number
    return (int(value) if value.is_integer() else value), offset, length


def _read_enum(cell: str, spec: FieldSpec, currency: str | None) -> _Read:
    """The first of the field's values the cell names (as words, any case)."""
    folded = cell.casefold()
    for value in spec.values:
        found = re.search(rf"(?<!\w){re.escape(value.casefold())}(?!\w)", folded)
        if found:
            return value, found.start(), found.end() - found.start()
    return None


def _number(cell: str) -> tuple[float, int, int] | None:
    token = _NUMBER_TOKEN.search(cell)
    if token is None:
        return None
    value = parse_number(token.group().lstrip("-").rstrip(".,"))
    if value is None:
        return None
    return (-value if token.group().startswith("-") else value), token.start(), len(token.group())


_READERS = {
    "id": _read_id,
    "money": _read_money,
    "date": _read_date,
    "number": _read_number,
    "enum": _read_enum,
}


def _by_role(text: str, role: str, dates: list[dict[str, Any]]) -> Found | None:
    for item in dates:
        if item.get("role") == role:
            at = text.find(str(item.get("text", "")))
            start = max(0, at)
            return Found(item["value"], start, start + (len(item["text"]) if at >= 0 else 0))
    return None


def _table(text: str, spec: FieldSpec, currency: str | None) -> Found | None:
    """Rows of the first table whose header names most of ``spec``'s columns: a header on
    one line (cells two spaces apart) or, from a text layer without geometry, one cell per
    line (and then each row as many lines)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for index, line in enumerate(lines):
        mapping = _header(_cells(line), spec)
        if mapping is not None:
            rows = _rows([_cells(row) for row in lines[index + 1 :]], mapping, currency)
            first, used = index + 1, len(rows)
        else:
            mapping = _stacked_header(lines, index, spec)
            if mapping is None:
                continue
            width = len(mapping)
            after = [row.strip() for row in lines[index + width :]]
            groups = [after[at : at + width] for at in range(0, len(after), width)]
            rows = _rows(groups, mapping, currency, strict=True)
            first, used = index + width, len(rows) * width
        if rows:
            return Found(rows, starts[first], starts[first + used] - 1)
    return None


def _stacked_header(lines: list[str], index: int, spec: FieldSpec) -> list[FieldSpec | None] | None:
    """The header when each of its cells is a line of its own, starting at ``index``: a run
    of lines each naming a column (a weaker sign than a row of cells, so no stranger cells)."""
    stacked: list[str] = []
    for line in lines[index : index + len(spec.columns)]:
        cells = _cells(line)
        if len(cells) != 1:
            break
        stacked.append(cells[0])
    mapping = _header(stacked, spec) or []
    named = list(itertools.takewhile(lambda column: column is not None, mapping))
    return mapping[: len(named)] if _header(stacked[: len(named)], spec) else None


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELL_GAP.split(line.strip()) if cell.strip()]


def _header(cells: list[str], spec: FieldSpec) -> list[FieldSpec | None] | None:
    """Which column each header cell is (``None`` for a cell of no column), when the cells
    name at least half of the columns (and two, when there are more than one)."""
    if len(cells) < 2:
        return None
    mapping: list[FieldSpec | None] = []
    for cell in cells:
        folded = cell.casefold().rstrip(":")
        column = next(
            (c for c in spec.columns if folded in {n.casefold() for n in (c.name, *c.labels)}),
            None,
        )
        mapping.append(column)
    named = sum(1 for column in mapping if column is not None)
    if named >= max(min(2, len(spec.columns)), (len(spec.columns) + 1) // 2):
        return mapping
    return None


def _rows(
    groups: list[list[str]],
    mapping: list[FieldSpec | None],
    currency: str | None,
    *,
    strict: bool = False,
) -> list[dict[str, Any]]:
    """Rows while the groups of cells fit the header (``strict``: every cell parses as its
    column, the only sign a run of one-cell lines is still the table)."""
    rows: list[dict[str, Any]] = []
    for cells in islice(groups, _MAX_TABLE_ROWS):
        if len(cells) != len(mapping):
            break
        row: dict[str, Any] = {}
        for cell, column in zip(cells, mapping, strict=True):
            if column is None:
                continue
            found = _parse(cell, 0, len(cell), column, currency)
            if found is not None:
                row[column.name] = found.value
        named = sum(1 for column in mapping if column is not None)
        if not row or (strict and len(row) < named):
            break
        rows.append(row)
    return rows


def _main_currency(text: str) -> str | None:
    """The currency the document's amounts are in, for a bare number in a money field."""
    counts: dict[str, int] = {}
    for amount in find_amounts(text):
        counts[amount["currency"]] = counts.get(amount["currency"], 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None
