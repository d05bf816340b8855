"""A reviewer's corrections, held to the job's document class, and what they change.

A correction names a field of the analysis and its new value:

=====================  ========================================================================
name                   what it corrects
=====================  ========================================================================
``documentType``       the class: one of the configured classes (``DOCPIPE_CLASSES``)
``summary``            the summary (text)
``language``           the ISO 639 code
``keyFigures.<name>``  a key figure the classes declare (``total`` is money, ``issueDate`` a
                       date, ...)
``fields.<name>``      a field of the job's class (after any ``documentType`` correction)
``<name>``             the class's field of that name, else the key figure
``<money>.amount``     one part of a money value; the other comes from the analysis (or from
``<money>.currency``   the other part's correction)
=====================  ========================================================================

Each value is checked as its field's type (:func:`docpipe.fieldtypes.check_value`): money is
``{"amount", "currency"}`` and names its currency, a date is a day of the calendar, an enum's
value is one of its values. A correction that fails raises :class:`BadCorrection` naming the
field and the reason; the status API answers it with 422. Nothing here does I/O, so the API and
the worker (which checks a settled decision again) agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from docpipe.fieldtypes import BadValue, FieldSpec, check_value

if TYPE_CHECKING:
    from docpipe.classes import Catalogue

#: Corrections of the analysis's own text, with the longest text each takes.
TEXT_FIELDS: dict[str, int] = {"summary": 2000, "language": 3}
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_NAME = re.compile(r"(?:(?P<group>keyFigures|fields)\.)?(?P<name>[A-Za-z][A-Za-z0-9_]{0,39})")
_MONEY_PARTS = ("amount", "currency")


class BadCorrection(ValueError):
    """A correction that does not fit the job's class; ``field`` is the name it was sent as."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def check_corrections(
    raw: Mapping[str, Any], analysis: Mapping[str, Any], classes: Catalogue
) -> dict[str, Any]:
    """``raw`` as canonical corrections (full names, canonical values), or
    :class:`BadCorrection` for the first that does not fit."""
    out: dict[str, Any] = {}
    document_type = analysis.get("documentType")
    if "documentType" in raw:
        document_type = _document_type(raw["documentType"], classes)
        out["documentType"] = document_type
    parts: dict[str, dict[str, Any]] = {}
    sent_as: dict[str, str] = {}  # a money value's full name -> the first part's name as sent
    for name, value in raw.items():
        if name == "documentType":
            continue
        if name in TEXT_FIELDS:
            out[name] = _text_field(name, value)
            continue
        base, _, part = name.rpartition(".")
        if part in _MONEY_PARTS and base:
            full, spec = _resolve(base, name, document_type, classes)
            if spec.type != "money":
                raise BadCorrection(name, f"{full} is {spec.type}, not money")
            parts.setdefault(full, {})[part] = value
            sent_as.setdefault(full, name)
            continue
        full, spec = _resolve(name, name, document_type, classes)
        out[full] = _typed(name, spec, value)
    for full, given in parts.items():
        current = _current(analysis, full)
        merged = {**(current if isinstance(current, dict) else {}), **given}
        out[full] = _typed(sent_as[full], FieldSpec(full, "money"), merged)
    return out


def apply_corrections(
    analysis: Mapping[str, Any], corrections: Mapping[str, Any]
) -> dict[str, Any]:
    """``analysis`` with the (checked) corrections applied; a copy.

    A corrected analysis is no longer the analyzer's guess, so its confidence becomes 1.0,
    ``corrected`` lists what the reviewer changed, and ``changes`` (see :func:`changes`) what
    each field was before and is after."""
    out = dict(analysis)
    figures = dict(out.get("keyFigures") or {})
    fields = dict(out.get("fields") or {})
    for name, value in corrections.items():
        group, _, key = name.partition(".")
        if group == "keyFigures":
            figures[key] = value
        elif group == "fields":
            fields[key] = value
        else:
            out[name] = value
    if corrections:
        out["keyFigures"] = figures
        if fields or "fields" in out:
            out["fields"] = fields
        out["confidence"] = 1.0
        out["corrected"] = sorted(corrections)
    return out


def changes(analysis: Mapping[str, Any], corrections: Mapping[str, Any]) -> list[dict[str, Any]]:
    """``[{"field", "before", "after"}]`` for every correction that changed a value (``before``
    is ``None`` for a field the analyzer had not found)."""
    out = []
    for name in sorted(corrections):
        before = _current(analysis, name)
        if before != corrections[name]:
            out.append({"field": name, "before": before, "after": corrections[name]})
    return out


def _document_type(value: object, classes: Catalogue) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadCorrection("documentType", "must be the name of a class")
    name = "_".join(value.strip().lower().split())
    if name not in classes.names:
        known = ", ".join(classes.names)
        raise BadCorrection("documentType", f"{value!r} is not a configured class ({known})")
    return name


def _text_field(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadCorrection(name, "must be a non-empty string")
    text = value.strip() if name == "summary" else value.strip().lower()
    if len(text) > TEXT_FIELDS[name]:
        raise BadCorrection(name, f"is longer than {TEXT_FIELDS[name]} characters")
    if name == "language" and not _LANGUAGE.fullmatch(text):
        raise BadCorrection(name, f"must be an ISO 639 code like 'en', not {value!r}")
    return text


def _resolve(
    name: str, sent: str, document_type: object, classes: Catalogue
) -> tuple[str, FieldSpec]:
    """The full name and the field spec ``name`` stands for in a job of ``document_type``."""
    parsed = _NAME.fullmatch(name)
    cls = classes.get(str(document_type))
    own = cls if cls is not None and cls.store == "fields" else None
    if parsed is not None:
        group, key = parsed.group("group"), parsed.group("name")
        if group in (None, "fields") and own is not None and (spec := own.field(key)):
            return f"fields.{key}", spec
        if group in (None, "keyFigures") and (spec := classes.key_figure(key)):
            return f"keyFigures.{key}", spec
    allowed = ["documentType", *TEXT_FIELDS, "keyFigures.<name>"]
    if own is not None:
        allowed.append(f"fields.<name> ({', '.join(spec.name for spec in own.fields)})")
    where = f"class {document_type!r}" if own is not None else "this job"
    raise BadCorrection(sent, f"unknown field for {where}; allowed: {', '.join(allowed)}")


def _typed(name: str, spec: FieldSpec, value: object) -> Any:
    try:
        return check_value(spec, value)
    except BadValue as exc:
        raise BadCorrection(name, str(exc)) from None


def _current(analysis: Mapping[str, Any], full: str) -> Any:
    group, _, key = full.partition(".")
    if not key:
        return analysis.get(group)
    holder = analysis.get(group)
    return holder.get(key) if isinstance(holder, dict) else None


__all__ = ["TEXT_FIELDS", "BadCorrection", "apply_corrections", "changes", "check_corrections"]
