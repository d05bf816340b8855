"""A row's quantity or unit price put right by the row's arithmetic when OCR misread one
character of it, and left as printed when the difference is anything else."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.misread import misread_fixed


def _items(text: str) -> list[tuple[str, float | None, float | None, float]]:
    analysis: dict[str, Any] = OfflineAnalyzer().analyze(
        text, media_type="text/plain", filename="document.txt"
    )
    return [
        (item["description"], item["quantity"], item["unitPrice"], item["amount"])
        for item in analysis["lineItems"]
    ]


class TestMisreadFixed:
    @pytest.mark.parametrize(
        ("printed", "value", "other", "amount", "price", "fixed"),
        [
            ("25", 25.0, 873.02, 2182.55, False, 2.5),  # the decimal point lost
            ("2.9", 2.9, 117.31, 293.27, False, 2.5),  # 5 read as 9
            ("8", 8.0, 12.5, 37.5, False, 3.0),  # 3 read as 8
            ("2,90", 2.9, 40.0, 100.0, False, 2.5),  # decimals printed with a zero
            ("878.02", 878.02, 2.0, 1746.04, True, 873.02),  # a unit price's digit
        ],
    )
    def test_one_slip_is_put_right(
        self, printed: str, value: float, other: float, amount: float, price: bool, fixed: float
    ) -> None:
        """Amount / the other factor is a clean number one slip away from the print."""
        assert misread_fixed(printed, value, other, amount, price=price) == fixed

    @pytest.mark.parametrize(
        ("printed", "value", "other", "amount"),
        [
            ("10", 10.0, 5.0, 45.0),  # a discount: 9 is not a slip of 10
            ("1", 1.0, 25.0, 250.0),  # a pack of ten: a digit added is not a misread
            ("3", 3.0, 19.99, 59.97),  # adds up
            ("2", 2.0, 14.0, 29.33),  # the amount is no clean multiple
        ],
    )
    def test_anything_else_stays_as_printed(
        self, printed: str, value: float, other: float, amount: float
    ) -> None:
        assert misread_fixed(printed, value, other, amount, price=False) is None


class TestRowsRead:
    def test_a_misread_quantity_in_a_table(self) -> None:
        """A scanned invoice's "2.5" read "25": the row keeps its printed amount and unit
        price, and its quantity is what they say."""
        text = (
            "INVOICE\n\nDescription    Qty    Unit price    Amount\n"
            "Safety gloves    25    873.02    2,182.55\n"
            "Seal kit    3    831.54    2,494.62\n\nTotal    4,677.17\n"
        )
        assert _items(text) == [
            ("Safety gloves", 2.5, 873.02, 2182.55),
            ("Seal kit", 3.0, 831.54, 2494.62),
        ]

    def test_a_discounted_row_is_not_rewritten(self) -> None:
        text = (
            "INVOICE\n\nDescription    Qty    Unit price    Amount\n"
            "Cable ties    10    5.00    45.00\n\nTotal    45.00\n"
        )
        assert _items(text) == [("Cable ties", 10.0, 5.0, 45.0)]
