"""The value types a document class's fields take, and the one check of a value against them.

Analyzers produce these values and reviewers correct them, so both go through
:func:`check_value`: a value either comes back in its canonical form or :class:`BadValue`
says, in words a reviewer can act on, what is wrong with it.

=========  ====================================================  ========================
type       canonical value                                       example
=========  ====================================================  ========================
text       a non-empty string (whitespace folded)                ``"rear bumper dented"``
id         a non-empty string without line breaks (or a whole    ``"CLM-2024-0042"``
           number, kept as its digits)
party      a non-empty string: a person's or organisation's name ``"Acme Insurance Ltd"``
money      ``{"amount": number, "currency": "EUR"}`` (ISO 4217)   ``{"amount": 480.0, ...}``
date       ``"YYYY-MM-DD"``, a day that exists                    ``"2026-02-28"``
number     a finite number                                       ``3``
enum       one of the field's ``values``                         ``"collision"``
list       a list of objects, each column typed as above         ``[{"item": ..., ...}]``
=========  ====================================================  ========================
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

type FieldType = Literal["text", "id", "money", "date", "number", "party", "enum", "list"]
#: Every field type, in the order the documentation lists them.
FIELD_TYPES: tuple[FieldType, ...] = (
    "text", "id", "money", "date", "number", "party", "enum", "list",
)  # fmt: skip
#: What a date field's value means (as the analysis's ``entities.dates[].role``).
DATE_ROLES = ("issue", "due", "effective", "end")
#: Longest text value kept; longest list (table rows).
MAX_TEXT_CHARS = 500
MAX_ROWS = 200
_CURRENCY = re.compile(r"[A-Z]{3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class BadValue(ValueError):
    """A value that does not fit its field; the message says why, for a person."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a document class."""

    name: str
    type: FieldType
    description: str = ""
    required: bool = False
    #: What documents print before the value ("Claim number", "Policy No."), or, for a
    #: ``list`` field's columns, the column header.
    labels: tuple[str, ...] = ()
    #: A date field's role: the analyzer falls back to the document's date with that role.
    role: str | None = None
    #: An ``enum`` field's allowed values.
    values: tuple[str, ...] = ()
    #: A ``list`` field's columns (each a field of a scalar type).
    columns: tuple[FieldSpec, ...] = field(default=())

    def column(self, name: str) -> FieldSpec | None:
        return next((column for column in self.columns if column.name == name), None)


def check_value(spec: FieldSpec, value: object) -> Any:
    """``value`` in the canonical form of ``spec``'s type, or :class:`BadValue`."""
    if spec.type == "list":
        return _rows(spec, value)
    if spec.type == "enum":
        text = _text(value, multiline=False)
        if text not in spec.values:
            raise BadValue(f"must be one of {', '.join(spec.values)}, not {text!r}")
        return text
    return _SCALARS[spec.type](value)


def check_money(value: object) -> dict[str, Any]:
    """``{"amount", "currency"}``: money always names its currency."""
    if not isinstance(value, Mapping):
        raise BadValue('must be money: {"amount": number, "currency": "EUR"}')
    extra = sorted(set(value) - {"amount", "currency"})
    if extra:
        raise BadValue(f"money has only amount and currency, not {', '.join(map(str, extra))}")
    amount = _number(value.get("amount"), subject="amount ")
    currency = value.get("currency")
    if currency is None or currency == "":
        raise BadValue("money needs a currency (an ISO 4217 code such as EUR)")
    if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency.strip().upper()):
        raise BadValue(f"currency must be an ISO 4217 code such as EUR, not {currency!r}")
    return {"amount": round(amount, 2), "currency": currency.strip().upper()}


def _text(value: object, *, multiline: bool) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadValue("must be a non-empty string")
    text = value.strip() if multiline else " ".join(value.split())
    if len(text) > MAX_TEXT_CHARS:
        raise BadValue(f"is longer than {MAX_TEXT_CHARS} characters")
    return text


def _identifier(value: object) -> str:
    """An id is text; a whole number (as a terminal sends ``12345``) is its digits."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    return _text(value, multiline=False)


def _date(value: object) -> str:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        raise BadValue(f"must be a date as YYYY-MM-DD, not {value!r}")
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise BadValue(f"{value.strip()} is not a day of the calendar") from None


def _number(value: object, *, subject: str = "") -> float | int:
    """A finite number; ``subject`` names the part of a value it is ("amount ")."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValue(f"{subject}must be a number, not {value!r}")
    if not math.isfinite(value):
        raise BadValue(f"{subject}must be a finite number")
    return value


_SCALARS: dict[str, Any] = {
    "text": lambda value: _text(value, multiline=True),
    "party": lambda value: _text(value, multiline=False),
    "id": _identifier,
    "money": check_money,
    "date": _date,
    "number": _number,
}


def _rows(spec: FieldSpec, value: object) -> list[dict[str, Any]]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise BadValue("must be a list of rows (objects)")
    if len(value) > MAX_ROWS:
        raise BadValue(f"has more than {MAX_ROWS} rows")
    rows: list[dict[str, Any]] = []
    for index, row in enumerate(value, start=1):
        if not isinstance(row, Mapping):
            raise BadValue(f"row {index} must be an object of column: value")
        checked: dict[str, Any] = {}
        for name, cell in row.items():
            column = spec.column(str(name))
            if column is None:
                known = ", ".join(c.name for c in spec.columns)
                raise BadValue(f"row {index} has an unknown column {name!r} (columns: {known})")
            if cell is None:
                continue
            try:
                checked[column.name] = check_value(column, cell)
            except BadValue as exc:
                raise BadValue(f"row {index} column {column.name!r} {exc}") from None
        rows.append(checked)
    return rows


__all__ = [
    "DATE_ROLES",
    "FIELD_TYPES",
    "BadValue",
    "FieldSpec",
    "FieldType",
    "check_money",
    "check_value",
]
