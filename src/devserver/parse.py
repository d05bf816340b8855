"""Typed reading of request data, refusing what the official server refuses, as it words it.

The official server deserializes each request's ``data`` into a typed struct (serde) and
then runs field and schema checks (``validator``); either failure is a 400 whose data is one
message string. These helpers do the same in Python: a missing or wrongly typed field is
``Invalid request: missing field `x``` / ``invalid type: ...``; a check that fails says what
the official check says (``Promise ID is required``). Unknown fields are ignored, as serde
ignores them.

A :class:`Reader` is made per request (or per nested action) and raises the first problem
as a :class:`~devserver.protocol.ProtocolError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from devserver.protocol import I64_MAX, I64_MIN, ProtocolError, is_int

#: ``promise.settle``/``task.fulfill`` states a client may ask for.
SETTLE_STATES = ("resolved", "rejected", "rejected_canceled")
PROMISE_STATES = ("pending", "resolved", "rejected", "rejected_canceled", "rejected_timedout")
TASK_STATES = ("pending", "acquired", "suspended", "halted", "fulfilled")
TARGET = "resonate:target"


def describe(value: Any) -> str:  # noqa: PLR0911 -- one answer per JSON type
    """How serde names an unexpected JSON value in its error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean `{'true' if value else 'false'}`"
    if is_int(value):
        return f"integer `{value}`"
    if isinstance(value, float):
        return f"floating point `{value}`"
    if isinstance(value, str):
        return f'string "{value}"'
    if isinstance(value, list):
        return "sequence"
    return "map"


#: Separates a promise id's origin from its lineage (``root:1.2``); segments below use ``.``.
ORIGIN_SEP = ":"
LINEAGE_SEP = "."


def origin_of(id: str) -> str:
    """The lineage root of a promise id: the part before the first ``:``."""
    return id.split(ORIGIN_SEP, 1)[0]


def _prefixed_by(id: str, prefix: str) -> bool:
    """Whether ``id`` is ``prefix`` or lies below it (``root`` -> ``root:1`` -> ``root:1.2``)."""
    sep = LINEAGE_SEP if ORIGIN_SEP in prefix else ORIGIN_SEP
    return id == prefix or id.startswith(prefix + sep)


class Reader:
    """Reads typed fields of one JSON object; ``prefix`` starts every type error's message."""

    def __init__(self, obj: Any, prefix: str = "Invalid request: ") -> None:
        self.obj = obj if isinstance(obj, dict) else {}
        self.prefix = prefix
        if not isinstance(obj, dict):
            raise self._error(f"invalid type: {describe(obj)}, expected a map")

    def _error(self, message: str) -> ProtocolError:
        return ProtocolError(400, self.prefix + message)

    def _missing(self, name: str) -> ProtocolError:
        return self._error(f"missing field `{name}`")

    def _wrong(self, value: Any, expected: str) -> ProtocolError:
        return self._error(f"invalid type: {describe(value)}, expected {expected}")

    def string(self, name: str) -> str:
        if name not in self.obj:
            raise self._missing(name)
        value = self.obj[name]
        if not isinstance(value, str):
            raise self._wrong(value, "a string")
        return value

    def opt_string(self, name: str) -> str | None:
        value = self.obj.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self._wrong(value, "a string")
        return value

    def integer(self, name: str) -> int:
        if name not in self.obj:
            raise self._missing(name)
        return self._i64(self.obj[name])

    def opt_integer(self, name: str) -> int | None:
        value = self.obj.get(name)
        return None if value is None else self._i64(value)

    def _i64(self, value: Any) -> int:
        if not is_int(value):
            raise self._wrong(value, "i64")
        if not I64_MIN <= value <= I64_MAX:
            raise self._error(f"invalid value: integer `{value}`, expected i64")
        return int(value)

    def string_map(self, name: str, *, required: bool = False) -> dict[str, str]:
        """A ``str -> str`` map; absent means empty (``#[serde(default)]``) unless required."""
        if name not in self.obj:
            if required:
                raise self._missing(name)
            return {}
        return self._string_map(self.obj[name])

    def opt_string_map(self, name: str) -> dict[str, str] | None:
        value = self.obj.get(name)
        return None if value is None else self._string_map(value)

    def _string_map(self, value: Any) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self._wrong(value, "a map")
        for item in value.values():
            if not isinstance(item, str):
                raise self._wrong(item, "a string")
        return dict(value)

    def value(self, name: str) -> dict[str, Any]:
        """A ``PromiseValue`` (``{headers?, data?}``); absent means ``{}``."""
        if name not in self.obj:
            return {}
        raw = self.obj[name]
        if not isinstance(raw, dict):
            raise self._wrong(raw, "struct PromiseValue")
        out: dict[str, Any] = {}
        headers = raw.get("headers")
        if headers is not None:
            out["headers"] = self._string_map(headers)
        data = raw.get("data")
        if data is not None:
            if not isinstance(data, str):
                raise self._wrong(data, "a string")
            out["data"] = data
        return out

    def choice(self, name: str, allowed: tuple[str, ...], *, required: bool) -> str | None:
        value = self.obj.get(name)
        if value is None:
            if required and name not in self.obj:
                raise self._missing(name)
            if required:
                raise self._wrong(value, "a string")
            return None
        if not isinstance(value, str):
            raise self._wrong(value, "a string")
        if value not in allowed:
            expected = ", ".join(f"`{a}`" for a in allowed)
            raise self._error(f"unknown variant `{value}`, expected one of {expected}")
        return value

    def array(self, name: str) -> list[Any]:
        if name not in self.obj:
            raise self._missing(name)
        value = self.obj[name]
        if not isinstance(value, list):
            raise self._wrong(value, "a sequence")
        return value

    def action(self, name: str, *, head_required: bool = True) -> tuple[str, Any]:
        """A nested ``{kind, head, data}`` action: its kind and its (unchecked) data."""
        if name not in self.obj:
            raise self._missing(name)
        sub = Reader(self.obj[name], self.prefix)
        kind = sub.string("kind")
        if head_required and "head" not in sub.obj:
            raise sub._missing("head")
        if "data" not in sub.obj:
            raise sub._missing("data")
        return kind, sub.obj["data"]


def check(problems: list[str]) -> None:
    """Raise the validation failures found (joined as the official server joins them)."""
    if problems:
        raise ProtocolError(400, "; ".join(problems))


# -- request shapes -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CreatePromise:
    id: str
    timeout_at: int
    param: dict[str, Any]
    tags: dict[str, str]


def create_promise(r: Reader) -> CreatePromise:
    """``PromiseCreateData`` with its checks (id, timeout, lineage and delay tags)."""
    req = CreatePromise(
        r.string("id"), r.integer("timeoutAt"), r.value("param"), r.string_map("tags")
    )
    problems = []
    if not req.id:
        problems.append("Promise ID is required")
    if req.timeout_at < 0:
        problems.append("TimeoutAt must be a non-negative integer")
    check(problems)
    check(_create_schema(req))
    return req


def _create_schema(req: CreatePromise) -> list[str]:  # noqa: PLR0911 -- one per official check
    tags = req.tags
    if "\0" in req.id:
        return ["Promise ID must not contain null bytes"]
    origin = tags.get("resonate:origin")
    if origin is not None:
        if ORIGIN_SEP in origin:
            return ["resonate:origin must not contain ':'"]
        if not _prefixed_by(req.id, origin):
            return ["Promise ID must be prefixed by resonate:origin"]
    branch = tags.get("resonate:branch")
    if branch is not None and not _prefixed_by(req.id, branch):
        return ["Promise ID must be prefixed by resonate:branch"]
    parent = tags.get("resonate:parent")
    if parent is not None and not _prefixed_by(req.id, parent):
        return ["Promise ID must be prefixed by resonate:parent"]
    prefix = tags.get("resonate:prefix")
    if prefix is not None and ORIGIN_SEP in prefix:
        return ["resonate:prefix must not contain ':'"]
    delay = tags.get("resonate:delay")
    if delay is not None:
        parsed = parse_delay(delay)
        if parsed is None or parsed < 0:
            return ["resonate:delay must be a non-negative integer"]
        if parsed >= req.timeout_at:
            return ["resonate:delay must be less than timeoutAt"]
        if TARGET not in tags:
            return ["resonate:delay requires a resonate:target tag"]
    return []


def parse_delay(value: str | None) -> int | None:
    """A ``resonate:delay`` tag as an i64, as Rust's ``str::parse`` reads it, else ``None``."""
    if value is None:
        return None
    text = value[1:] if value.startswith("+") else value
    body = text[1:] if text.startswith("-") else text
    if not body.isdigit() or not body.isascii():
        return None
    number = int(text)
    return number if I64_MIN <= number <= I64_MAX else None


@dataclass(frozen=True, slots=True)
class SettlePromise:
    id: str
    state: str
    value: dict[str, Any]


def settle_promise(r: Reader) -> SettlePromise:
    """``PromiseSettleData``: id, one of the settle states, a value."""
    promise_id = r.string("id")
    state = r.choice("state", SETTLE_STATES, required=True)
    req = SettlePromise(promise_id, state or "resolved", r.value("value"))
    check([] if req.id else ["Promise ID is required"])
    return req


def required_id(r: Reader, field: str, message: str) -> str:
    value = r.string(field)
    check([] if value else [message])
    return value


def positive_limit(r: Reader) -> int | None:
    limit = r.opt_integer("limit")
    check([] if limit is None or limit >= 1 else ["Limit must be a positive integer"])
    return limit


def non_negative(value: int, message: str) -> list[str]:
    return [] if value >= 0 else [message]


def positive(value: int, message: str) -> list[str]:
    return [] if value >= 1 else [message]


def non_empty(value: str, message: str) -> list[str]:
    return [] if value else [message]
