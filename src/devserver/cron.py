"""Cron expressions in the official server's dialect, in UTC.

The official server hands schedules to the Rust ``cron`` crate (``src/util.rs``): five fields
(minute hour day-of-month month day-of-week) get a seconds field of ``0`` in front; six fields
start with seconds; a seventh, last field is the year. The crate counts days of the week
Quartz-style, **1 = Sunday** to 7 = Saturday (0 is refused), accepts names (``MON``,
``Monday``, ``JAN``...), and fires only on days that match *both* the day-of-month and the
day-of-week field. This module reads the same expressions the same way, so a schedule fires
at the same instants on ``docpipe server`` as on the official server.

Each field: ``*`` or ``?`` (every value), a value, a range ``a-b``, a step ``*/n``, ``a/n``
(from ``a`` to the top) or ``a-b/n``, and lists of those (``a,b-c``). Anything else is a
:class:`CronError` (answered 400 ``Invalid cron expression``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

#: (name, low, high) of each field of the seven-field form.
_FIELDS = (
    ("second", 0, 59),
    ("minute", 0, 59),
    ("hour", 0, 23),
    ("day-of-month", 1, 31),
    ("month", 1, 12),
    ("day-of-week", 1, 7),
    ("year", 1970, 2100),
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAMES = {
    **{name: i + 1 for i, name in enumerate(_MONTHS)},
    **{
        full: i + 1
        for i, full in enumerate(
            (
                "january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december",
            )
        )
    },
}  # fmt: skip
_DAY_NAMES = {
    "sun": 1, "sunday": 1, "mon": 2, "monday": 2, "tue": 3, "tues": 3, "tuesday": 3,
    "wed": 4, "wednesday": 4, "thu": 5, "thurs": 5, "thursday": 5, "fri": 6, "friday": 6,
    "sat": 7, "saturday": 7,
}  # fmt: skip
_NAMES = {"month": _MONTH_NAMES, "day-of-week": _DAY_NAMES}
#: Instants a next run is computed from: 1970 up to the crate's last year.
_MIN_MS = 0
_MAX_MS = int(datetime(2100, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp() * 1000)


class CronError(ValueError):
    """The expression is not one the official server's cron dialect accepts."""


@dataclass(frozen=True, slots=True)
class Cron:
    """A parsed cron expression; :meth:`next_after` finds the next firing time."""

    seconds: tuple[int, ...]
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 1 = Sunday ... 7 = Saturday
    years: frozenset[int]

    @classmethod
    def parse(cls, expression: str) -> Cron:
        parts = expression.split()
        if len(parts) == 5:
            parts = ["0", *parts]
        if len(parts) == 6:
            parts = [*parts, "*"]
        if len(parts) != len(_FIELDS):
            raise CronError(f"cron {expression!r} must have 5, 6 or 7 fields, got {len(parts)}")
        sets = [
            _parse_field(part, low, high, name)
            for part, (name, low, high) in zip(parts, _FIELDS, strict=True)
        ]
        return cls(
            seconds=tuple(sorted(sets[0])),
            minutes=sets[1],
            hours=sets[2],
            days=sets[3],
            months=sets[4],
            weekdays=sets[5],
            years=sets[6],
        )

    def next_after(self, ms: int) -> int | None:
        """The first firing strictly after ``ms`` (epoch milliseconds), or ``None``."""
        if not _MIN_MS <= ms <= _MAX_MS:
            return None
        t = datetime.fromtimestamp(ms // 1000 + 1, UTC)
        last_year = max(self.years)
        while t.year <= last_year:
            if t.year not in self.years:
                t = datetime(t.year + 1, 1, 1, tzinfo=UTC)
                continue
            if t.month not in self.months:
                month = t.month + 1
                t = datetime(t.year + month // 13, (month - 1) % 12 + 1, 1, tzinfo=UTC)
                continue
            if t.day not in self.days or _weekday(t) not in self.weekdays:
                t = (t + timedelta(days=1)).replace(hour=0, minute=0, second=0)
                continue
            if t.hour not in self.hours:
                t = (t + timedelta(hours=1)).replace(minute=0, second=0)
                continue
            if t.minute not in self.minutes:
                t = (t + timedelta(minutes=1)).replace(second=0)
                continue
            second = next((s for s in self.seconds if s >= t.second), None)
            if second is None:
                t = (t + timedelta(minutes=1)).replace(second=0)
                continue
            return int(t.replace(second=second).timestamp() * 1000)
        return None


def _weekday(t: datetime) -> int:
    """The crate's day-of-week ordinal: 1 = Sunday ... 7 = Saturday."""
    return t.isoweekday() % 7 + 1


def _parse_field(field: str, low: int, high: int, name: str) -> frozenset[int]:
    values: set[int] = set()
    for item in field.split(","):
        values.update(_parse_item(item, low, high, name))
    return frozenset(values)


def _parse_item(item: str, low: int, high: int, name: str) -> range:
    body, slash, step_text = item.partition("/")
    step = _number(step_text, name) if slash else 1
    if step < 1:
        raise CronError(f"{name} step must be >= 1, got {step_text!r}")
    if body in ("*", "?"):
        first, last = low, high
    elif "-" in body:
        a, _, b = body.partition("-")
        first, last = _value(a, name), _value(b, name)
    else:
        first = _value(body, name)
        last = high if slash else first
    if not low <= first <= last <= high:
        raise CronError(f"{name} {item!r} is outside {low}-{high}")
    return range(first, last + 1, step)


def _value(raw: str, name: str) -> int:
    named = _NAMES.get(name, {}).get(raw.lower())
    return named if named is not None else _number(raw, name)


def _number(raw: str, name: str) -> int:
    if not raw.isdigit() or not raw.isascii():
        raise CronError(f"{name} {raw!r} is not a number")
    return int(raw)
