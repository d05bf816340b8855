"""The analysis shape every analyzer returns, and the checks that hold a model to it.

::

    {
      "analyzer": "offline" | "bedrock:<model>",
      "documentType": one of DOCUMENT_TYPES,
      "confidence": 0.0 .. 1.0,
      "summary": str (<= MAX_SUMMARY_CHARS),
      "language": ISO 639-1 code or "und",
      "entities": {
        "dates":   [{"text": str, "value": "YYYY-MM-DD", "role": DATE_ROLES | None}],
        "amounts": [{"text": str, "amount": number, "currency": "USD" | None}],
        "parties": [{"name": str, "role": str, "kind": "organization" | "person"}],
        "emails":  [str],
      },
      "keyFigures": {"documentNumber"?: str, "vendor"?: str, "total"?: {"amount", "currency"},
                     "issueDate"?, "dueDate"?, "effectiveDate"?, "endDate"?: "YYYY-MM-DD",
                     "invoiceNumber"?, "subtotal"?, "tax"?, ...},
      "fields"?: {name: value},   a configured class's fields (docpipe.classes), each typed
      "lineItems": [{"description": str, "quantity": number | None, "unitPrice": number | None,
                     "amount": number, "evidence"?: EVIDENCE}],
      "evidence": {<key figure>: EVIDENCE},
      "warnings": [str],
      "sections"?: [{"documentType", "pages": [first, last], "confidence", "keyFigures",
                     "lineItems", "evidence", "warnings"}],      (only for several documents)
    }

    EVIDENCE = {"page": int >= 1, "text": str, "bbox": [x0, y0, x1, y1] (0..1) | None}

docs/analysis-schema.md is the user-facing description of the same shape.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from docpipe.classes import FALLBACK_CLASS, default_classes
from docpipe.fieldtypes import BadValue, check_value
from workflow.analyzers.dateroles import DATE_ROLES
from workflow.analyzers.entities import MAX_ENTITIES, MAX_PARTIES
from workflow.analyzers.summary import MAX_SUMMARY_CHARS
from workflow.analyzers.tables import MAX_LINE_ITEMS

if TYPE_CHECKING:
    from docpipe.classes import Catalogue

#: Keys a model's answer must have; the rest are optional and default to empty.
REQUIRED_KEYS = ("documentType", "summary", "entities")
#: Most warnings, sections and user-defined fields kept.
MAX_WARNINGS = 20
MAX_SECTIONS = 50
_CURRENCY = re.compile(r"[A-Z]{3}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
#: How models and people also spell the document types.
_TYPE_ALIASES = {
    "purchase order": "purchase_order", "po": "purchase_order", "meeting minutes": "minutes",
    "meeting notes": "minutes", "memorandum": "memo", "bank statement": "statement",
    "account statement": "statement", "cv": "resume", "agreement": "contract",
}  # fmt: skip
#: Party roles that name a person (when an answer does not say which kind a party is).
_PERSON_ROLES = frozenset(
    ("recipient", "sender", "attendee", "absent", "author", "signatory", "employee", "contact",
     "approver", "applicant", "person", "chair", "secretary", "copied")
)  # fmt: skip


class SchemaError(ValueError):
    """An analysis that does not have the documented shape."""


def normalize(raw: object, *, analyzer: str, classes: Catalogue | None = None) -> dict[str, Any]:
    """Check ``raw`` against the shape above and return a clean copy.

    Unknown keys are dropped, lists are capped, malformed list items are skipped (a model
    getting one date wrong should not lose the rest); a missing required key or a wrong
    top-level type raises :class:`SchemaError`. ``documentType`` is one of ``classes``
    (default: the built-in kinds), else ``other``; ``fields`` keeps the values that fit the
    class's field types.
    """
    catalogue = classes if classes is not None else default_classes()
    if not isinstance(raw, dict):
        raise SchemaError(f"analysis must be a JSON object, got {type(raw).__name__}")
    missing = [key for key in REQUIRED_KEYS if key not in raw]
    if missing:
        raise SchemaError(f"analysis is missing {', '.join(missing)}")
    document_type = _document_type(raw["documentType"], catalogue)
    entities = raw["entities"]
    if not isinstance(entities, dict):
        raise SchemaError("analysis 'entities' must be an object")
    summary = raw["summary"]
    if not isinstance(summary, str):
        raise SchemaError("analysis 'summary' must be a string")
    analysis: dict[str, Any] = {
        "analyzer": analyzer,
        "documentType": document_type,
        "confidence": _confidence(raw.get("confidence")),
        "summary": summary.strip()[:MAX_SUMMARY_CHARS],
        "language": _language(raw.get("language")),
        "entities": {
            "dates": _items(entities.get("dates"), _date, MAX_ENTITIES),
            "amounts": _items(entities.get("amounts"), _amount, MAX_ENTITIES),
            "parties": _items(entities.get("parties"), _party, MAX_PARTIES),
            "emails": _items(entities.get("emails"), _email, MAX_ENTITIES),
        },
        "keyFigures": _figures(raw.get("keyFigures")),
        "lineItems": _items(raw.get("lineItems"), _line_item, MAX_LINE_ITEMS),
        "evidence": _evidence_map(raw.get("evidence")),
        "warnings": _items(raw.get("warnings"), _warning, MAX_WARNINGS),
    }
    sections = _items(raw.get("sections"), lambda item: _section(item, catalogue), MAX_SECTIONS)
    if len(sections) > 1:
        analysis["sections"] = sections
    cls = catalogue.get(document_type)
    if cls is not None and cls.store == "fields":
        analysis["fields"] = _class_fields(raw.get("fields"), cls.fields)
    return analysis


def _class_fields(value: object, specs: Any) -> dict[str, Any]:
    """The values that fit their field's type; the rest (a model's guess in the wrong
    shape, a field the class does not have) are dropped."""
    if not isinstance(value, dict):
        return {}
    out: dict[str, Any] = {}
    for spec in specs:
        if value.get(spec.name) is None:
            continue
        try:
            out[spec.name] = check_value(spec, value[spec.name])
        except BadValue:
            continue
    return out


def _document_type(value: object, catalogue: Catalogue | None = None) -> str:
    """A type as models and people spell it, as one of the catalogue's class names."""
    names = (catalogue or default_classes()).names
    document_type = " ".join(str(value).strip().lower().replace("-", " ").split())
    document_type = _TYPE_ALIASES.get(document_type, document_type.replace(" ", "_"))
    return document_type if document_type in names else FALLBACK_CLASS


def _confidence(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return 0.5
    return round(min(1.0, max(0.0, float(value))), 2)


def _language(value: object) -> str:
    if isinstance(value, str) and re.fullmatch(r"[a-z]{2,3}", value.strip().lower()):
        return value.strip().lower()
    return "und"


def _items(value: object, check: Any, limit: int) -> list[Any]:
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        cleaned = check(item)
        if cleaned is not None:
            out.append(cleaned)
        if len(out) >= limit:
            break
    return out


def _date(item: object) -> dict[str, str | None] | None:
    value = item.get("value") if isinstance(item, dict) else item
    if not isinstance(value, str):
        return None
    try:
        iso = date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None
    text = item.get("text", value) if isinstance(item, dict) else value
    role = item.get("role") if isinstance(item, dict) else None
    role = role.strip().lower() if isinstance(role, str) else None
    kept = role if role in DATE_ROLES else None
    return {"text": str(text)[:100], "value": iso, "role": kept}


def _amount(item: object) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        return None
    money = _money(item)
    if money is None:
        return None
    return {"text": str(item.get("text", money["amount"]))[:100], **money}


def _money(item: dict[str, Any]) -> dict[str, Any] | None:
    amount = item.get("amount")
    if isinstance(amount, str):
        try:
            amount = float(amount.replace(",", ""))
        except ValueError:
            return None
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        return None
    if not math.isfinite(amount):
        return None
    currency = item.get("currency")
    currency = currency.upper() if isinstance(currency, str) else None
    if currency is not None and not _CURRENCY.fullmatch(currency):
        currency = None
    return {"amount": round(float(amount), 2), "currency": currency}


def _party(item: object) -> dict[str, str] | None:
    if isinstance(item, str):
        item = {"name": item}
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        return None
    name = " ".join(item["name"].split())[:120]
    role = str(item["role"])[:40].strip().lower() if item.get("role") else "organization"
    kind = item.get("kind")
    if kind not in ("organization", "person"):
        kind = "person" if role in _PERSON_ROLES else "organization"
    return {"name": name, "role": role, "kind": kind} if name else None


def _email(item: object) -> str | None:
    if isinstance(item, str) and _EMAIL.fullmatch(item.strip()):
        return item.strip().lower()
    return None


def _figures(value: object, limit: int = 20) -> dict[str, Any]:
    """Key figures pass through when they are scalars or money; nested junk is dropped."""
    if not isinstance(value, dict):
        return {}
    out: dict[str, Any] = {}
    for key, item in list(value.items())[:limit]:
        if isinstance(item, dict):
            money = _money(item)
            if money is not None:
                out[str(key)[:40]] = money
        elif isinstance(item, str):
            out[str(key)[:40]] = item[:200]
        elif isinstance(item, int | float) and not isinstance(item, bool) and math.isfinite(item):
            out[str(key)[:40]] = item
    return out


def _number(value: object) -> float | None:
    if isinstance(value, str):
        try:
            value = float(value.replace(",", ""))
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return round(float(value), 4)


def _line_item(item: object) -> dict[str, Any] | None:
    """A row needs a description and an amount; quantity and unit price may be unknown."""
    if not isinstance(item, dict) or not isinstance(item.get("description"), str):
        return None
    amount = _number(item.get("amount"))
    description = " ".join(item["description"].split())[:300]
    if amount is None or not description:
        return None
    row: dict[str, Any] = {
        "description": description,
        "quantity": _number(item.get("quantity")),
        "unitPrice": _number(item.get("unitPrice")),
        "amount": round(amount, 2),
    }
    evidence = _evidence(item.get("evidence"))
    if evidence is not None:
        row["evidence"] = evidence
    return row


def _evidence(item: object) -> dict[str, Any] | None:
    """``{page, text, bbox}``: a page from 1, the quote, a box of four fractions or null."""
    if not isinstance(item, dict):
        return None
    page = item.get("page")
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        return None
    text = item.get("text")
    box = item.get("bbox")
    bbox = None
    if isinstance(box, list | tuple) and len(box) == 4 and all(_number(v) is not None for v in box):
        x0, y0, x1, y1 = (min(1.0, max(0.0, float(v))) for v in box)
        if x0 <= x1 and y0 <= y1:
            bbox = [x0, y0, x1, y1]
    return {"page": page, "text": str(text)[:200] if text is not None else "", "bbox": bbox}


def _evidence_map(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {}
    out: dict[str, Any] = {}
    for key, item in list(value.items())[:40]:
        cited = _evidence(item)
        if cited is not None:
            out[str(key)[:40]] = cited
    return out


def _warning(item: object) -> str | None:
    return " ".join(item.split())[:300] if isinstance(item, str) and item.strip() else None


def _section(item: object, catalogue: Catalogue) -> dict[str, Any] | None:
    """One document of several in the file: its type, page range and what it states."""
    if not isinstance(item, dict):
        return None
    pages = item.get("pages")
    if not (isinstance(pages, list | tuple) and len(pages) == 2):
        return None
    first, last = pages
    if any(isinstance(p, bool) or not isinstance(p, int) for p in (first, last)):
        return None
    if not 1 <= first <= last:
        return None
    document_type = _document_type(item.get("documentType", FALLBACK_CLASS), catalogue)
    return {
        "documentType": document_type,
        "pages": [first, last],
        "confidence": _confidence(item.get("confidence")),
        "keyFigures": _figures(item.get("keyFigures")),
        "lineItems": _items(item.get("lineItems"), _line_item, MAX_LINE_ITEMS),
        "evidence": _evidence_map(item.get("evidence")),
        "warnings": _items(item.get("warnings"), _warning, MAX_WARNINGS),
    }
