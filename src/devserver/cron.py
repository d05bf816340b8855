"""Cron expressions (minute hour day-of-month month day-of-week), in UTC.

A sixth, leading field is accepted for seconds (``*/5 * * * * *``), as many cron libraries
allow; five-field expressions fire at second 0.

Supports ``*``, numbers, ranges ``a-b``, steps ``*/n`` and ``a-b/n``, lists ``a,b``, and the
usual day-of-month/day-of-week rule: when both are restricted, a day matching either fires.
Day-of-week 0 and 7 both mean Sunday. That is what schedules written for ``resonate serve``
use; names (``MON``) and macros (``@daily``) are refused with a clear error instead of being
half-supported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

#: (low, high) of each field, in order.
_BOUNDS = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))
_NAMES = ("minute", "hour", "day-of-month", "month", "day-of-week")
#: Give up looking for a next run after this many years (e.g. ``0 0 30 2 *``).
_SEARCH_YEARS = 5
#: Instants a next run is computed from: 1970 up to year 9990 (``datetime`` ends at 9999).
_MIN_MS = 0
_MAX_MS = 253_121_000_000_000


class CronError(ValueError):
    """The expression is not a valid five-field cron expression."""


@dataclass(frozen=True, slots=True)
class Cron:
    """A parsed cron expression; :meth:`next_after` finds the next firing time."""

    seconds: tuple[int, ...]
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday
    any_day: bool
    any_weekday: bool

    @classmethod
    def parse(cls, expression: str) -> Cron:
        parts = expression.split()
        seconds = frozenset({0})
        if len(parts) == len(_BOUNDS) + 1:
            seconds = _parse_field(parts.pop(0), 0, 59, "second")
        if len(parts) != len(_BOUNDS):
            raise CronError(f"cron {expression!r} must have 5 or 6 fields, got {len(parts)}")
        sets = [
            _parse_field(part, low, high, name)
            for part, (low, high), name in zip(parts, _BOUNDS, _NAMES, strict=True)
        ]
        weekdays = frozenset(d % 7 for d in sets[4])
        return cls(
            seconds=tuple(sorted(seconds)),
            minutes=sets[0],
            hours=sets[1],
            days=sets[2],
            months=sets[3],
            weekdays=weekdays,
            any_day=parts[2] == "*",
            any_weekday=parts[4] == "*",
        )

    def next_after(self, ms: int) -> int | None:
        """The first firing strictly after ``ms`` (epoch milliseconds), or ``None``."""
        if not _MIN_MS <= ms <= _MAX_MS:
            return None
        t = datetime.fromtimestamp(ms // 1000 + 1, UTC)
        limit = t.year + _SEARCH_YEARS
        while t.year <= limit:
            if t.month not in self.months:
                month = t.month + 1
                t = datetime(t.year + month // 13, (month - 1) % 12 + 1, 1, tzinfo=UTC)
                continue
            if not self._day_matches(t):
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

    def _day_matches(self, t: datetime) -> bool:
        in_month = t.day in self.days
        in_week = (t.isoweekday() % 7) in self.weekdays
        if self.any_day and self.any_weekday:
            return True
        if self.any_day:
            return in_week
        if self.any_weekday:
            return in_month
        return in_month or in_week


def _parse_field(field: str, low: int, high: int, name: str) -> frozenset[int]:
    values: set[int] = set()
    for item in field.split(","):
        values.update(_parse_item(item, low, high, name))
    return frozenset(values)


def _parse_item(item: str, low: int, high: int, name: str) -> range:
    body, _, step_text = item.partition("/")
    step = _number(step_text, name) if step_text else 1
    if step < 1:
        raise CronError(f"{name} step must be >= 1, got {step_text!r}")
    if body == "*":
        first, last = low, high
    elif "-" in body:
        a, _, b = body.partition("-")
        first, last = _number(a, name), _number(b, name)
    else:
        first = _number(body, name)
        last = high if step_text else first
    if not low <= first <= last <= high:
        raise CronError(f"{name} {item!r} is outside {low}-{high}")
    return range(first, last + 1, step)


def _number(raw: str, name: str) -> int:
    if not raw.isdigit():
        raise CronError(f"{name} {raw!r} is not a number")
    return int(raw)
