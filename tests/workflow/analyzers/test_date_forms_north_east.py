"""Dates as Nordic, Polish and Czech papers write them: month names in Danish, Swedish and
Norwegian ("13. marts 2025", "7 maj 2026", "4. desember 2025"), Polish and Czech months in
the genitive a day of the month takes ("17 września 2025", "22. května 2026"), and the Czech
numeric date with a space after each dot ("17. 8. 2025")."""

from __future__ import annotations

import pytest

from workflow.analyzers.entities import date_spans


class TestNorthEastDates:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("13. marts 2025", "2025-03-13"),
            ("7 maj 2026", "2026-05-07"),
            ("9 augusti 2026", "2026-08-09"),
            ("4. desember 2025", "2025-12-04"),
            ("17 września 2025", "2025-09-17"),
            ("1 lutego 2026", "2026-02-01"),
            ("3 października 2026", "2026-10-03"),
            ("22. května 2026", "2026-05-22"),
            ("5. září 2025", "2025-09-05"),
            ("30. prosince 2025", "2025-12-30"),
            ("17. 8. 2025", "2025-08-17"),
        ],
    )
    def test_read_as_the_day_they_name(self, text: str, value: str) -> None:
        """The whole date is read, as the day it names."""
        assert [(raw, day) for _, _, raw, day in date_spans(f"Datum: {text}")] == [(text, value)]

    def test_a_spaced_numeric_date_needs_all_three_parts(self) -> None:
        """ "Section 3. 4. Payment" has no year: no date."""
        assert date_spans("Section 3. 4. Payment terms apply.") == []


class TestDashedShortYear:
    def test_a_dashed_date_with_a_two_digit_year(self) -> None:
        """ "28-08-26", as Dutch and Danish papers shorten it, read day first in euros."""
        text = "Factuur\nVervaldatum: 28-08-26\nTotaal: € 702,59\n"
        assert [(raw, day) for _, _, raw, day in date_spans(text)] == [("28-08-26", "2026-08-28")]

    def test_not_inside_a_longer_number(self) -> None:
        """A sort code's or an ISO date's digits are no short date."""
        assert [day for *_, day in date_spans("Sort code 40-47-84, 2026-08-28")] == ["2026-08-28"]
