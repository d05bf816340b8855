"""A band of labels over one row of values whose labels PDF text extraction ran together
with one space ("Fakturadato Periode  Betales senest" over four values): the labels are
split apart, each value takes its own, and no date takes its neighbour's label."""

from __future__ import annotations

import pytest

from workflow.analyzers.dateroles import dates_with_roles


def _roles(text: str) -> dict[str, str | None]:
    return {d["value"]: d["role"] for d in dates_with_roles(text, day_first=True)}


class TestBandLabelsRunTogether:
    @pytest.mark.parametrize(
        ("header", "row"),
        [
            ("Faktura nr  Data wystawienia Termin płatności", "CN-991148  12.06.2026  11.08.2026"),
            (
                "Invoice #  Statement Date Service Period  Amount due by",
                "RE-109746  12.06.2026  01.05.2026 - 31.05.2026  11.08.2026",
            ),
            (
                "Facture n°  Date de facture Période  À régler avant le",
                "2026/692057  12.06.2026  01.05.2026 - 31.05.2026  11.08.2026",
            ),
        ],
    )
    def test_each_value_takes_its_own_label(self, header: str, row: str) -> None:
        """The due label's value is the due date; the issue date is not taken as it."""
        roles = _roles(f"Invoice\n{header}\n{row}\nTotal:  2 092,62 EUR\n")
        assert roles["2026-08-11"] == "due"
        assert roles["2026-06-12"] != "due"
