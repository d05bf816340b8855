"""Small firms' and charities' papers (North America, the UK, Ireland, Australia, New
Zealand): an estimate's total, a donation receipt's gift."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of


@pytest.mark.parametrize("label", ["Estimate Total", "Quote Total", "Quotation total"])
def test_an_estimates_total(label: str) -> None:
    text = (
        "Greenway Lawn & Garden\nESTIMATE\nEstimate #: EST-3188\nDate: Oct 30, 2026\n"
        "Description  Qty  Unit Price  Line Total\nMowing  4  130.00  520.00\n"
        f"Subtotal:  $520.00\nSales Tax:  $36.40\n{label}:  $556.40\n"
    )
    assert figures_of(text).get("total") == {"amount": 556.4, "currency": "USD"}


def test_a_donation_receipts_gift_is_its_total() -> None:
    """The gift received, not the threshold the tax note names ("$2 or more")."""
    text = (
        "Hope Harbour Animal Shelter\nHobart TAS 7000\nABN 11 540 821 913\n\n"
        "Donation Receipt\n\nReceipt No.: 2026-04710\nReceipt date: 19 April 2026\n"
        "Donor: Ray Castillo\nAmount of gift: $25.00 AUD\n\n"
        "Donations of $2 or more are tax deductible.\n"
    )
    assert figures_of(text).get("total") == {"amount": 25.0, "currency": "AUD"}
