"""The wire format: the envelope, its checks, and the shape of every answer.

:func:`validate_envelope` is the gate in front of the state machine. It refuses what the
official server refuses before it looks at a request kind -- an envelope that is not
``{kind, head: {corrId, version}, data: {...}}``, an empty kind, a protocol version it does
not speak -- with the official wording, and what SQLite could not store (an integer beyond
64 bits, an over-long id, absurd nesting). Per-kind fields are read by :mod:`devserver.parse`.
:func:`wrap` builds the answer envelope; an error's ``data`` is its message string.
"""

from __future__ import annotations

import re
from typing import Any

#: Protocol version stamped on every response head (what ``resonate serve`` speaks).
PROTOCOL_VERSION = "2026-04-01"
#: Protocol versions a request may name in its head.
SUPPORTED_VERSIONS = (PROTOCOL_VERSION,)
I64_MAX = (1 << 63) - 1
I64_MIN = -(1 << 63)
#: Longest id (promise, task, schedule) or address accepted; real ids are far shorter.
MAX_ID_LENGTH = 1024
#: Deepest JSON nesting accepted; bounds the recursion of the validator and the encoder.
MAX_DEPTH = 64

#: Decimal digits an integer needs before it can leave the signed 64-bit range.
_SAFE_DIGITS = len(str(I64_MAX)) - 1
_LONG_NUMBER = re.compile(rb"[0-9]{%d}" % (_SAFE_DIGITS + 1))

#: Fields that hold an id or an address, at any level of a request.
_ID_FIELDS = ("id", "awaited", "awaiter", "address", "pid", "promiseId")


class ProtocolError(Exception):
    """A request the server refuses; carries the protocol status (400, 401, 413, ...)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def get(obj: Any, key: str) -> Any:
    """Return ``obj[key]``, or ``None`` when missing or ``obj`` is not an object."""
    return obj.get(key) if isinstance(obj, dict) else None


def text(obj: Any, key: str) -> str:
    """Return a string field, defaulting to ``""``."""
    value = get(obj, key)
    return value if isinstance(value, str) else ""


def is_int(value: Any) -> bool:
    """JSON integers only: ``bool`` subclasses ``int`` in Python but is no number in JSON."""
    return isinstance(value, int) and not isinstance(value, bool)


def saturating_add(a: int, b: int) -> int:
    """``a + b`` clamped to the signed 64-bit range (SQLite's INTEGER)."""
    return max(I64_MIN, min(I64_MAX, a + b))


def unwrap(envelope: Any) -> Any:
    """Flatten ``{kind, head, data}`` into ``data`` plus ``kind`` and ``corrId``."""
    if isinstance(envelope, dict) and "head" in envelope and "data" in envelope:
        data = envelope.get("data")
        flat: dict[str, Any] = dict(data) if isinstance(data, dict) else {}
        if "kind" in envelope:
            flat["kind"] = envelope["kind"]
        head = envelope.get("head")
        if isinstance(head, dict) and "corrId" in head:
            flat["corrId"] = head["corrId"]
        return flat
    return envelope


def wrap(flat: dict[str, Any]) -> dict[str, Any]:
    """Lift ``kind``, ``corrId`` and ``status`` of a flat response into the envelope head.

    An error's data is its message, a bare string, as the official server sends it.
    """
    data = dict(flat)
    kind = data.pop("kind", None)
    corr_id = data.pop("corrId", None)
    status = data.pop("status", 200)
    body: Any = data.pop("error") if "error" in data else data
    return {
        "kind": kind if isinstance(kind, str) else "unknown",
        "head": {
            "corrId": corr_id if isinstance(corr_id, str) else "0",
            "status": status,
            "version": PROTOCOL_VERSION,
        },
        "data": body,
    }


def error_response(kind: Any, corr_id: Any, status: int, message: str) -> dict[str, Any]:
    """A flat error response, shaped like every other response."""
    return {"kind": kind, "corrId": corr_id, "status": status, "error": message}


def validate_envelope(envelope: Any, raw: bytes | None = None) -> dict[str, Any]:
    """Check a decoded request body and return the flat request, or raise a 400.

    Checks shape, not meaning: the state machine decides what a well-formed request does.
    ``raw``, the body it was decoded from, lets the walk over every value be skipped when
    the bytes alone show that no limit can be exceeded (:func:`within_limits`).
    """
    problem = _envelope_problem(envelope)
    if problem is not None:
        raise ProtocolError(400, f"Invalid request envelope: {problem}")
    if not envelope["kind"]:
        raise ProtocolError(400, "Missing or invalid 'kind' field — must be a non-empty string")
    if not isinstance(envelope["data"], dict):
        raise ProtocolError(400, "Invalid 'data' field — must be an object")
    version = envelope["head"]["version"]
    if version not in SUPPORTED_VERSIONS:
        supported = ", ".join(f'"{v}"' for v in SUPPORTED_VERSIONS)
        raise ProtocolError(
            400, f"Unsupported protocol version '{version}', supported versions: [{supported}]"
        )
    if raw is None or not within_limits(raw):
        _check_values(envelope["data"], 0)
    flat = unwrap(envelope)
    if not isinstance(flat, dict):  # pragma: no cover - unwrap of a dict is a dict
        raise ProtocolError(400, "request body must be a JSON object")
    return flat


def _envelope_problem(envelope: Any) -> str | None:  # noqa: PLR0911 -- one per field
    """What keeps ``envelope`` from being ``{kind, head: {corrId, version}, data}``."""
    if not isinstance(envelope, dict):
        return "invalid type: expected struct RequestEnvelope"
    for field in ("kind", "head", "data"):
        if field not in envelope:
            return f"missing field `{field}`"
    if not isinstance(envelope["kind"], str):
        return "invalid type for `kind`, expected a string"
    head = envelope["head"]
    if not isinstance(head, dict):
        return "invalid type for `head`, expected struct RequestHead"
    for field in ("corrId", "version"):
        if field not in head:
            return f"missing field `{field}`"
        if not isinstance(head[field], str):
            return f"invalid type for `{field}`, expected a string"
    auth = head.get("auth")
    if auth is not None and not isinstance(auth, str):
        return "invalid type for `auth`, expected a string"
    return None


def within_limits(raw: bytes) -> bool:
    """Whether a JSON body is too short, too flat and too small-numbered to break a limit.

    Conservative, from the bytes: no id can be longer than the whole body; nesting is no
    deeper than the count of ``{`` and ``[``; an integer out of the 64-bit range needs a run
    of more digits than ``I64_MAX`` has minus one. Characters inside strings only make it
    say ``False`` more often, which costs the full walk, never a missed check.
    """
    return (
        len(raw) <= MAX_ID_LENGTH
        and raw.count(b"{") + raw.count(b"[") <= MAX_DEPTH
        and _LONG_NUMBER.search(raw) is None
    )


def _check_values(value: Any, depth: int) -> None:
    """Reject integers outside i64, over-long ids and over-deep nesting, anywhere."""
    if depth > MAX_DEPTH:
        raise ProtocolError(400, f"request nests deeper than {MAX_DEPTH} levels")
    if isinstance(value, dict):
        for key, item in value.items():
            if key in _ID_FIELDS and isinstance(item, str) and len(item) > MAX_ID_LENGTH:
                raise ProtocolError(400, f"field {key!r} is longer than {MAX_ID_LENGTH}")
            _check_values(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_values(item, depth + 1)
    elif is_int(value) and not I64_MIN <= value <= 2**64 - 1:
        raise ProtocolError(400, f"integer {value} is out of the 64-bit range")
