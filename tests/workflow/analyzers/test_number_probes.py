"""Document numbers as the number probes (testbed.evaluation.probe_numbers) print them: forms
found missing by probing the analyzer with papers composed at random, each written here as
a general case."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of

_ITEMS = "Description  Qty  Amount\nInstallation  1  1.975,09 €\n\nTotal: 1.975,09 €\n"


class TestSpacedSeries:
    @pytest.mark.parametrize("number", ["RE 2026 0417", "CN 2025 2161", "SOA 2025 1093"])
    def test_after_its_label(self, number: str) -> None:
        """A series, the year and the serial a space apart, after the number's label."""
        text = f"Nordlicht GmbH\nGUTSCHRIFT\n\nGutschrift-Nr.:  {number}\nDatum:  05.03.2026\n\n"
        assert figures_of(text + _ITEMS)["documentNumber"] == number

    def test_under_its_label_in_a_band(self) -> None:
        """Under its label in a band of labels over values."""
        text = (
            "Kestrel Supply Inc.\nCREDIT MEMO\n\nCredit No.  Date  Customer No.  Customer PO\n"
            "CN 2026 0964  06/25/2026  C20528  4500021254\n\n"
        )
        assert figures_of(text + _ITEMS)["documentNumber"] == "CN 2026 0964"

    def test_in_the_title(self) -> None:
        """In the title line after the paper's name."""
        text = (
            "Feldmark GmbH\nKunden-Nr.  K-20729\nLieferschein-Nr.  026626\n\n"
            "Rechnung RE 2025 2161\n\n"
        )
        assert figures_of(text + _ITEMS)["documentNumber"] == "RE 2025 2161"
