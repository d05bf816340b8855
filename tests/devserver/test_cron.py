"""Cron expressions read as the official server's ``cron`` crate reads them (``util.rs``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from devserver.cron import Cron, CronError


def ms(*when: int) -> int:
    return int(datetime(*when, tzinfo=UTC).timestamp() * 1000)  # type: ignore[misc]


def at(value: int | None) -> datetime:
    assert value is not None
    return datetime.fromtimestamp(value / 1000, UTC)


#: Thursday, 2026-01-01 00:00:00 UTC.
START = ms(2026, 1, 1)


class TestDialect:
    def test_days_of_the_week_count_from_sunday_as_1(self) -> None:
        """``2`` and ``MON`` are Monday (Quartz numbering, as the crate); ``1`` is Sunday."""
        assert at(Cron.parse("0 9 * * 2").next_after(START)) == datetime(2026, 1, 5, 9, tzinfo=UTC)
        assert Cron.parse("0 9 * * MON") == Cron.parse("0 9 * * 2")
        assert at(Cron.parse("0 9 * * 1").next_after(START)).strftime("%A") == "Sunday"
        assert Cron.parse("0 0 * * Mon-Fri").weekdays == frozenset(range(2, 7))

    def test_day_of_month_and_day_of_week_must_both_match(self) -> None:
        """``13 ... FRI`` is Friday the 13th only, not every Friday and every 13th."""
        fired = at(Cron.parse("0 0 13 * FRI").next_after(START))
        assert (fired.day, fired.strftime("%A")) == (13, "Friday")
        assert fired == datetime(2026, 2, 13, tzinfo=UTC)

    def test_five_six_and_seven_fields(self) -> None:
        """Five fields fire at second 0; six start with seconds; the seventh is the year."""
        assert Cron.parse("* * * * *").next_after(START) == START + 60_000
        assert Cron.parse("*/2 * * * * *").next_after(START) == START + 2_000
        assert at(Cron.parse("0 0 0 1 JAN ? 2030").next_after(START)) == datetime(
            2030, 1, 1, tzinfo=UTC
        )
        assert Cron.parse("0 0 0 1 1 ? 2020").next_after(START) is None

    @pytest.mark.parametrize(
        "expression",
        [
            "* * * *",
            "0 0 * * 0",
            "61 * * * *",
            "* * * * * * * *",
            "@daily",
            "0 0 * * FUNDAY",
            "*/0 * * * *",
        ],
    )
    def test_what_the_crate_refuses_is_refused(self, expression: str) -> None:
        """Wrong field counts, Sunday as 0, out-of-range values, macros, unknown names."""
        with pytest.raises(CronError):
            Cron.parse(expression)


class TestNextAfter:
    @pytest.mark.parametrize(
        "expression",
        [
            "*/7 * * * *",
            "5,35 */3 * * *",
            "0 12 1-7 * TUE",
            "30 0 28-31 * *",
            "0 0 29 2 *",
        ],
    )
    def test_matches_a_minute_by_minute_walk(self, expression: str) -> None:
        """The next run is the first minute after ``START`` the expression matches."""
        cron = Cron.parse(expression)
        expected = None
        t = datetime.fromtimestamp(START / 1000, UTC) + timedelta(minutes=1)
        for _ in range(60 * 24 * 366 * 3):
            weekday = t.isoweekday() % 7 + 1
            if (
                t.minute in cron.minutes
                and t.hour in cron.hours
                and t.day in cron.days
                and t.month in cron.months
                and weekday in cron.weekdays
            ):
                expected = t
                break
            t += timedelta(minutes=1)
        assert at(cron.next_after(START)) == expected
