"""The Converse tools the Bedrock analyzer offers a model: one per document class.

Each tool's input is the analysis of one class of document (:mod:`docpipe.classes`),
described by a JSON schema made from the class's fields: the built-in kinds' under
``keyFigures`` (an invoice's number, vendor, total and due date; a contract's effective and
end dates; ...), a configured class's under ``fields`` (each typed, with the labels documents
print before it, required ones required). The model must call exactly one tool
(``toolChoice: any``), so the tool it picks is the document type and its input is the
analysis, already structured: no prose to parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docpipe.classes import FALLBACK_CLASS, default_classes
from workflow.analyzers.dateroles import DATE_ROLES

if TYPE_CHECKING:
    from docpipe.classes import Catalogue, DocumentClass
    from docpipe.fieldtypes import FieldSpec

#: Tool names are "record_<documentType>".
TOOL_PREFIX = "record_"

_MONEY_PROPERTIES: dict[str, Any] = {
    "amount": {"type": "number", "description": "the full number: 4.2 million is 4200000"},
    "currency": {"type": "string", "description": "ISO 4217 code, e.g. USD"},
}
_DATE = {"type": "string", "description": "YYYY-MM-DD"}
_PAGE = {"type": "integer", "minimum": 1, "description": "the page, from the [page N] markers"}
_QUOTE = {"type": "string", "description": "the exact text it was read from, as printed"}
#: Where a value was read: the model quotes it; docpipe finds the quote's box on the page.
_CITATION = {"type": "object", "properties": {"page": _PAGE, "quote": _QUOTE},
             "required": ["page", "quote"]}  # fmt: skip
_LINE_ITEMS = {
    "type": "array",
    "description": "every row of the document's item or transaction table, in order",
    "items": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "quantity": {"type": "number", "description": "omit when the row prints none"},
            "unitPrice": {"type": "number", "description": "omit when the row prints none"},
            "amount": {"type": "number", "description": "the row's amount; negative if paid out"},
            "page": _PAGE,
            "quote": {"type": "string", "description": "the row as printed"},
        },
        "required": ["description", "amount"],
    },
}


def field_schema(spec: FieldSpec, *, currency_required: bool = False) -> dict[str, Any]:
    """The JSON schema of one field's value, described for the model."""
    schema: dict[str, Any]
    if spec.type == "money":
        required = ["amount", "currency"] if currency_required else ["amount"]
        schema = {"type": "object", "properties": _MONEY_PROPERTIES, "required": required}
    elif spec.type == "date":
        schema = dict(_DATE)
    elif spec.type == "number":
        schema = {"type": "number"}
    elif spec.type == "enum":
        schema = {"type": "string", "enum": list(spec.values)}
    elif spec.type == "list":
        columns = {c.name: field_schema(c, currency_required=True) for c in spec.columns}
        schema = {"type": "array", "items": {"type": "object", "properties": columns}}
    else:
        schema = {"type": "string"}
    words = [spec.description] if spec.description else []
    if spec.labels:
        words.append("printed after " + " or ".join(repr(label) for label in spec.labels))
    if spec.type == "date":
        words.append("YYYY-MM-DD")
    if words:
        schema["description"] = "; ".join(words)
    return schema


def _analysis_schema(
    cls: DocumentClass, kinds: tuple[str, ...], figures: dict[str, Any]
) -> dict[str, Any]:
    own = {spec.name: field_schema(spec, currency_required=cls.store == "fields")
           for spec in cls.fields}  # fmt: skip
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            "summary": {"type": "string", "description": "at most three sentences"},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "language": {"type": "string", "description": "ISO 639-1 code"},
            "dates": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "description": "as written"},
                        "value": _DATE,
                        "role": {"type": "string", "enum": [*DATE_ROLES, "other"]},
                    },
                    "required": ["value"],
                },
            },
            "amounts": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"text": {"type": "string"}, **_MONEY_PROPERTIES},
                    "required": ["amount"],
                },
            },
            "parties": {
                "type": "array",
                "description": "every person and organisation named, once each",
                "items": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "role": {"type": "string", "description": "e.g. vendor, customer"},
                        "kind": {"type": "string", "enum": ["organization", "person"]},
                    },
                    "required": ["name", "kind"],
                },
            },
            "emails": {"type": "array", "items": {"type": "string"}},
            "keyFigures": {
                "type": "object",
                "properties": own if cls.store == "keyFigures" else {},
            },
            "lineItems": _LINE_ITEMS,
            "evidence": {
                "type": "object",
                "description": "for each key figure (by its name) where it was read"
                + ("; for each field, as fields.<name>" if cls.store == "fields" else ""),
                "additionalProperties": _CITATION,
            },
            "sections": {
                "type": "array",
                "description": "only when the file holds several documents: one per document",
                "items": {
                    "type": "object",
                    "properties": {
                        "documentType": {"type": "string", "enum": list(kinds)},
                        "firstPage": _PAGE,
                        "lastPage": _PAGE,
                        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                        "keyFigures": {"type": "object", "properties": figures},
                        "lineItems": _LINE_ITEMS,
                    },
                    "required": ["documentType", "firstPage", "lastPage"],
                },
            },
        },
        "required": ["summary", "dates", "amounts", "parties", "keyFigures"],
    }
    if cls.store == "fields":
        required = [spec.name for spec in cls.fields if spec.required]
        schema["properties"]["fields"] = {
            "type": "object",
            "description": f"the fields of {cls.description}; only values the document states",
            "properties": own,
            **({"required": required} if required else {}),
        }
        schema["required"] = [*schema["required"], "fields"]
    return schema


def tool_config(classes: Catalogue | None = None) -> dict[str, Any]:
    """``toolConfig`` for ``converse``: one tool per class, and the model must use one."""
    catalogue = classes if classes is not None else default_classes()
    # A section's key figures may be any built-in kind's (a bundle mixes kinds).
    figures: dict[str, Any] = {}
    for each in catalogue.classes:
        if each.store == "keyFigures":
            for spec in each.fields:
                figures.setdefault(spec.name, field_schema(spec))
    kinds = tuple(catalogue.names)
    return {
        "tools": [
            {
                "toolSpec": {
                    "name": f"{TOOL_PREFIX}{cls.name}",
                    "description": f"Record the analysis of {cls.description}.",
                    "inputSchema": {"json": _analysis_schema(cls, kinds, figures)},
                }
            }
            for cls in catalogue.classes
        ],
        "toolChoice": {"any": {}},
    }


def analysis_from_tool_use(
    name: str, tool_input: object, classes: Catalogue | None = None
) -> dict[str, Any]:
    """The raw analysis (checked later by :func:`~workflow.analyzers.schema.normalize`) that
    a call of tool ``name`` with ``tool_input`` stands for."""
    catalogue = classes if classes is not None else default_classes()
    kind = name.removeprefix(TOOL_PREFIX)
    body = tool_input if isinstance(tool_input, dict) else {}
    analysis = {
        "documentType": kind if kind in catalogue.names else FALLBACK_CLASS,
        "summary": body.get("summary", ""),
        "confidence": body.get("confidence"),
        "language": body.get("language"),
        "entities": {key: body.get(key) for key in ("dates", "amounts", "parties", "emails")},
        "keyFigures": body.get("keyFigures"),
    }
    if "fields" in body:
        analysis["fields"] = body["fields"]
    analysis.update(structured_from_tool_input(body))
    return analysis


def structured_from_tool_input(body: dict[str, Any]) -> dict[str, Any]:
    """Line items, evidence and sections as the model gave them, in the analysis's shape
    (a quote becomes the evidence's ``text``; its box is found later, in the text)."""
    out: dict[str, Any] = {"lineItems": _rows(body.get("lineItems"))}
    evidence = body.get("evidence")
    if isinstance(evidence, dict):
        out["evidence"] = {
            str(name): _cited(item) for name, item in evidence.items() if isinstance(item, dict)
        }
    sections = body.get("sections")
    if isinstance(sections, list):
        out["sections"] = [
            {
                "documentType": item.get("documentType", FALLBACK_CLASS),
                "pages": [item.get("firstPage"), item.get("lastPage")],
                "confidence": item.get("confidence"),
                "keyFigures": item.get("keyFigures"),
                "lineItems": _rows(item.get("lineItems")),
            }
            for item in sections
            if isinstance(item, dict)
        ]
    return out


def _rows(value: object) -> list[Any]:
    if not isinstance(value, list):
        return []
    rows = []
    for item in value:
        if isinstance(item, dict):
            row = {k: item.get(k) for k in ("description", "quantity", "unitPrice", "amount")}
            if item.get("page") is not None or item.get("quote"):
                row["evidence"] = _cited(item)
            rows.append(row)
    return rows


def _cited(item: dict[str, Any]) -> dict[str, Any]:
    return {"page": item.get("page"), "text": item.get("quote", item.get("text")), "bbox": None}
