"""Field values checked against their type: the canonical form, or why not."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docpipe.fieldtypes import BadValue, FieldSpec, check_value

MONEY = FieldSpec("n", "money")
KINDS = FieldSpec("n", "enum", values=("theft", "fire"))
ITEMS = FieldSpec(
    "items",
    "list",
    columns=(FieldSpec("item", "text"), FieldSpec("cost", "money"), FieldSpec("qty", "number")),
)


class TestCanonicalValues:
    @pytest.mark.parametrize(
        ("spec", "value", "expected"),
        [
            (FieldSpec("n", "text"), "  rear bumper\n dented ", "rear bumper\n dented"),
            (FieldSpec("n", "id"), " CLM  2026\n0042 ", "CLM 2026 0042"),
            (FieldSpec("n", "party"), "Acme   Ltd", "Acme Ltd"),
            (FieldSpec("n", "money"), {"amount": 48000, "currency": "eur"},
             {"amount": 48000, "currency": "EUR"}),
            (FieldSpec("n", "date"), "2024-02-29", "2024-02-29"),
            (FieldSpec("n", "number"), 3.5, 3.5),
            (FieldSpec("n", "enum", values=("theft", "fire")), "fire", "fire"),
            (ITEMS, [{"item": "Bumper", "cost": {"amount": 1, "currency": "USD"}, "qty": 2}],
             [{"item": "Bumper", "cost": {"amount": 1, "currency": "USD"}, "qty": 2}]),
        ],
    )  # fmt: skip
    def test_accepted(self, spec: FieldSpec, value: Any, expected: Any) -> None:
        assert check_value(spec, value) == expected


class TestRefusedWithAReason:
    @pytest.mark.parametrize(
        ("spec", "value", "reason"),
        [
            (FieldSpec("n", "date"), "yesterday", "must be a date as YYYY-MM-DD"),
            (FieldSpec("n", "date"), "2026-02-30", "2026-02-30 is not a day of the calendar"),
            (FieldSpec("n", "money"), 48000, "must be money"),
            (FieldSpec("n", "money"), {"amount": 48000}, "money needs a currency"),
            (MONEY, {"amount": "48k", "currency": "EUR"}, "amount must be a number"),
            (FieldSpec("n", "money"), {"amount": 1, "currency": "euro"}, "ISO 4217"),
            (MONEY, {"amount": 1, "currency": "EUR", "x": 1}, "only amount and currency"),
            (FieldSpec("n", "number"), "12", "must be a number"),
            (FieldSpec("n", "number"), float("nan"), "finite"),
            (FieldSpec("n", "number"), True, "must be a number"),
            (FieldSpec("n", "text"), "   ", "non-empty string"),
            (KINDS, "flood", "must be one of theft, fire"),
            (ITEMS, {"item": "x"}, "must be a list of rows"),
            (ITEMS, [{"colour": "red"}], "row 1 has an unknown column 'colour'"),
            (ITEMS, [{"item": "a"}, {"cost": {"amount": 1}}],
             "row 2 column 'cost' money needs a currency"),
        ],
    )  # fmt: skip
    def test_refused(self, spec: FieldSpec, value: Any, reason: str) -> None:
        with pytest.raises(BadValue, match=reason):
            check_value(spec, value)

    @given(st.dates())
    def test_every_calendar_day_is_a_date(self, day: Any) -> None:
        assert check_value(FieldSpec("d", "date"), day.isoformat()) == day.isoformat()

    @given(st.text(max_size=12))
    def test_any_text_is_a_date_or_refused(self, raw: str) -> None:
        try:
            value = check_value(FieldSpec("d", "date"), raw)
        except BadValue:
            return
        assert len(value) == 10
