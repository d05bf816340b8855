"""The Converse tools the Bedrock analyzer offers a model: one per document kind.

Each tool's input is the analysis of one kind of document, described by a JSON schema whose
``keyFigures`` name what that kind states (an invoice's number, vendor, total and due date; a
contract's effective and end dates; ...). The model must call exactly one tool
(``toolChoice: any``), so the tool it picks is the document type and its input is the
analysis, already structured: no prose to parse.
"""

from __future__ import annotations

from typing import Any

from workflow.analyzers.classify import DOCUMENT_TYPES
from workflow.analyzers.dateroles import DATE_ROLES

#: Tool names are "record_<documentType>".
TOOL_PREFIX = "record_"

_MONEY_PROPERTIES: dict[str, Any] = {
    "amount": {"type": "number", "description": "the full number: 4.2 million is 4200000"},
    "currency": {"type": "string", "description": "ISO 4217 code, e.g. USD"},
}
_MONEY = {"type": "object", "properties": _MONEY_PROPERTIES, "required": ["amount"]}
_DATE = {"type": "string", "description": "YYYY-MM-DD"}
_TEXT = {"type": "string"}
#: Key figures every kind may state, and those particular to some kinds.
_FIGURES: dict[str, dict[str, Any]] = {
    "documentNumber": {"type": "string", "description": "the document's own number as printed"},
    "vendor": {"type": "string", "description": "who sells or issues the bill"},
    "customer": _TEXT,
    "total": _MONEY,
    "subtotal": _MONEY,
    "tax": _MONEY,
    "issueDate": _DATE,
    "dueDate": _DATE,
    "effectiveDate": _DATE,
    "endDate": _DATE,
}
_KIND_FIGURES: dict[str, tuple[str, ...]] = {
    "invoice": ("documentNumber", "vendor", "customer", "total", "subtotal", "tax", "issueDate",
                "dueDate"),
    "receipt": ("documentNumber", "vendor", "total", "tax", "issueDate"),
    "purchase_order": ("documentNumber", "vendor", "customer", "total", "issueDate", "dueDate"),
    "contract": ("documentNumber", "total", "effectiveDate", "endDate"),
    "letter": ("issueDate", "dueDate"),
    "memo": ("issueDate", "effectiveDate"),
    "minutes": ("issueDate",),
    "report": ("issueDate",),
    "form": ("documentNumber", "total", "issueDate"),
    "statement": ("documentNumber", "total", "issueDate", "dueDate"),
    "resume": (),
    "other": ("documentNumber", "total", "issueDate"),
}  # fmt: skip
_KIND_HINTS = {
    "invoice": "a bill asking for payment",
    "receipt": "proof of a payment made at a shop or service",
    "purchase_order": "a buyer's order to a vendor (PO)",
    "contract": "an agreement between parties",
    "letter": "correspondence addressed to someone",
    "memo": "an internal memorandum",
    "minutes": "minutes or notes of a meeting",
    "report": "a report or update with findings or figures",
    "form": "a form filled in or to be filled in",
    "statement": "an account or bank statement",
    "resume": "a CV or resume",
    "other": "anything else",
}


def _analysis_schema(kind: str) -> dict[str, Any]:
    figures = {name: _FIGURES[name] for name in _KIND_FIGURES[kind]}
    return {
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
            "keyFigures": {"type": "object", "properties": figures},
        },
        "required": ["summary", "dates", "amounts", "parties", "keyFigures"],
    }


def tool_config() -> dict[str, Any]:
    """``toolConfig`` for ``converse``: one tool per kind, and the model must use one."""
    return {
        "tools": [
            {
                "toolSpec": {
                    "name": f"{TOOL_PREFIX}{kind}",
                    "description": f"Record the analysis of {_KIND_HINTS[kind]}.",
                    "inputSchema": {"json": _analysis_schema(kind)},
                }
            }
            for kind in DOCUMENT_TYPES
        ],
        "toolChoice": {"any": {}},
    }


def analysis_from_tool_use(name: str, tool_input: object) -> dict[str, Any]:
    """The raw analysis (checked later by :func:`~workflow.analyzers.schema.normalize`) that
    a call of tool ``name`` with ``tool_input`` stands for."""
    kind = name.removeprefix(TOOL_PREFIX)
    body = tool_input if isinstance(tool_input, dict) else {}
    return {
        "documentType": kind if kind in DOCUMENT_TYPES else "other",
        "summary": body.get("summary", ""),
        "confidence": body.get("confidence"),
        "language": body.get("language"),
        "entities": {key: body.get(key) for key in ("dates", "amounts", "parties", "emails")},
        "keyFigures": body.get("keyFigures"),
    }
