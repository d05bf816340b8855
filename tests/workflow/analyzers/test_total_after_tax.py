"""A total labelled as before tax is no bill's total when a larger total follows it (issue
#18): a UK energy bill's "Total charges before VAT: £168.86" over "VAT at 5%" and "Total
charges for this period: £177.30" bills £177.30. A document whose only total is net keeps it."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer


def _figures(text: str) -> dict[str, Any]:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures = analysis["keyFigures"]
    assert isinstance(figures, dict)
    return figures


class TestTotalBeforeTax:
    @pytest.mark.parametrize(
        ("net", "gross"),
        [
            ("Total charges before VAT:", "Total charges for this period:"),
            ("Total excl. VAT:", "Total amount payable this month:"),
            ("Total ex GST:", "Total for this bill:"),
        ],
    )
    def test_the_total_after_tax_is_billed(self, net: str, gross: str) -> None:
        """The net total first, the tax, then the larger total: the larger is the total."""
        text = (
            "Hearthstone Energy Ltd\nBill reference: H93001858\nBill date: 31 March 2025\n"
            "Your energy bill\nGas used 976 kWh at 5.94p  57.97\n"
            f"{net}  £168.86\nVAT at 5%:  £8.44\n{gross}  £177.30\n"
            "We'll take your Direct Debit of £177.30 on or after 10 April 2025.\n"
        )
        assert _figures(text)["total"] == {"amount": 177.3, "currency": "GBP"}

    def test_a_net_total_alone_stays_the_total(self) -> None:
        """An order totalled before tax only ("Total excl. VAT") has that as its total."""
        text = (
            "PURCHASE ORDER\nP.O. No.: 24001\nOrder date: 01/12/2026\n"
            "Widgets  10  £12.00\nTotal excl. VAT:  £120.00\nVAT to be added at 20%.\n"
        )
        assert _figures(text)["total"] == {"amount": 120.0, "currency": "GBP"}
