"""The wire format: field accessors, the envelope, and request validation.

Field accessors are deliberately lenient, the way the reference server reads requests: a
missing or wrongly typed optional field falls back to a default, and only a missing
*required* string is an error. :func:`validate_envelope` is the stricter gate in front of
the HTTP adapter: it rejects what the state machine should never see (a body that is not an
envelope, an integer SQLite cannot store, an id longer than any sane id), each with a clear
message, so a bad client gets a 400 instead of a 500.
"""

from __future__ import annotations

import re
from typing import Any

#: Protocol version stamped on every response head (what ``resonate serve`` speaks).
PROTOCOL_VERSION = "2026-04-01"
#: A task left pending is re-offered to its target this long after it was last offered.
PENDING_RETRY_TTL = 30_000
#: Default lease length when a request names none.
DEFAULT_TTL = 60_000
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


def i64(obj: Any, key: str, default: int) -> int:
    """Return an integer field, falling back to ``default``; clamped to what SQLite stores."""
    value = get(obj, key)
    return max(I64_MIN, min(I64_MAX, int(value))) if is_int(value) else default


def opt_int(value: Any) -> int | None:
    """Return ``value`` if it is an integer, else ``None``."""
    return value if is_int(value) else None


def ttl(obj: Any, key: str, default: int) -> int:
    """Return a TTL clamped to the signed 64-bit range, else ``default``."""
    value = get(obj, key)
    if is_int(value):
        if I64_MIN <= value <= I64_MAX:
            return int(value)
        if 0 <= value <= 2**64 - 1:
            return I64_MAX
    return default


def saturating_add(a: int, b: int) -> int:
    """``a + b`` clamped to the signed 64-bit range (SQLite's INTEGER)."""
    return max(I64_MIN, min(I64_MAX, a + b))


def require_str(obj: Any, field: str) -> str:
    """Return a required non-empty string field, or raise a 400."""
    value = get(obj, field)
    if isinstance(value, str) and value:
        return value
    raise ProtocolError(400, f"missing or empty required field: {field}")


def settle_state(value: Any) -> str:
    """Parse the state of a settle request; unknown values mean ``resolved``, as upstream."""
    if value in ("pending", "resolved", "rejected", "rejected_canceled", "rejected_timedout"):
        return str(value)
    return "resolved"


def tags_of(obj: Any, key: str = "tags") -> dict[str, str]:
    """The ``tags`` object as a ``str -> str`` map; non-string values are dropped."""
    tags = get(obj, key)
    if isinstance(tags, dict):
        return {k: v for k, v in tags.items() if isinstance(v, str)}
    return {}


def action_data(value: Any) -> Any:
    """The ``data`` of a nested ``{kind, head, data}`` action, or ``value`` if it is flat."""
    if isinstance(value, dict) and "kind" in value and "data" in value:
        return value["data"]
    return value


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
    """Lift ``kind``, ``corrId`` and ``status`` of a flat response into the envelope head."""
    data = dict(flat)
    kind = data.pop("kind", None)
    corr_id = data.pop("corrId", None)
    status = data.pop("status", 200)
    return {
        "kind": kind,
        "head": {"corrId": corr_id, "status": status, "version": PROTOCOL_VERSION},
        "data": data,
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
    if not isinstance(envelope, dict):
        raise ProtocolError(400, "request body must be a JSON object")
    kind = envelope.get("kind")
    if not isinstance(kind, str) or not kind:
        raise ProtocolError(400, "request envelope needs a string 'kind'")
    head = envelope.get("head")
    if not isinstance(head, dict):
        raise ProtocolError(400, "request envelope needs an object 'head'")
    corr_id = head.get("corrId")
    if corr_id is not None and not isinstance(corr_id, str):
        raise ProtocolError(400, "head.corrId must be a string")
    if not isinstance(envelope.get("data"), dict):
        raise ProtocolError(400, "request envelope needs an object 'data'")
    if raw is None or not within_limits(raw):
        _check_values(envelope["data"], 0)
    flat = unwrap(envelope)
    if not isinstance(flat, dict):  # pragma: no cover - unwrap of a dict is a dict
        raise ProtocolError(400, "request body must be a JSON object")
    return flat


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
