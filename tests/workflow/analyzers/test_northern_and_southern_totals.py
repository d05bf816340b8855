"""Totals and currencies of papers from Poland, Hungary, the Nordics, the Gulf and South
Asia: a bilingual label's own words before its English one, a company's share capital that is
never a total, the Gulf's and South Asia's currency codes and signs, and whose rupee "Rs." is."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.money import find_amounts
from workflow.analyzers.rupees import local_rupee


def _total(text: str) -> Any:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures = analysis["keyFigures"]
    assert isinstance(figures, dict)
    return figures.get("total")


_POLISH_INVOICE = (
    "Wisła Meble Sp. z o.o.\nKraków · tel. +48 12 345 67 89\n"
    "Faktura VAT / VAT Invoice nr 77/03/2026\nData wystawienia / Date of issue  2026-03-02\n"
    "Sprzedawca / Seller\nWisła Meble Sp. z o.o.\nNabywca / Buyer\nAcme Ltd\n"
    "Lp.  Nazwa / Description  Ilość / Qty  Cena netto  Wartość netto\n"
    "1  Oak desk  2  1 000,00  2 000,00\n"
    "Razem netto / Total net: 2 000,00 PLN\nVAT 23%: 460,00 PLN\n"
    "Do zapłaty / Amount due: 2 460,00 PLN\n"
    "KRS 0000123456 · Kapitał zakładowy / Share capital 80 000 PLN\n"
)
_POLISH_CORRECTION = (
    "Wisła Meble Sp. z o.o.\nFaktura korygująca / Corrective invoice nr KOR/4/2026\n"
    "Data wystawienia / Date of issue  2026-03-20\n"
    "Razem netto / Total net  -300,00 PLN\nVAT 23%  -69,00 PLN\n"
    "Razem korekta brutto / Total correction (gross)  -369,00 PLN\n"
    "Do zwrotu / To be refunded  369,00 PLN\n"
    "KRS 0000123456 · Kapitat zaktadowy / Share capital 80 000 PLN\n"
)


class TestBilingualLabels:
    def test_polish_amount_due_not_the_share_capital(self) -> None:
        assert _total(_POLISH_INVOICE) == {"amount": 2460.0, "currency": "PLN"}

    def test_polish_correction_gross(self) -> None:
        assert _total(_POLISH_CORRECTION) == {"amount": -369.0, "currency": "PLN"}

    def test_nordic_credit_note(self) -> None:
        text = (
            "Lillsjö Trä AB\nOrg.nr 556677-8899\nKreditfaktura / Credit note no. 4411\n"
            "Datum / Date 2026-02-03\nSumma exkl. moms / Net:  -800,00 SEK\n"
            "Moms 25 % / VAT:  -200,00 SEK\nAtt återfå / Amount credited:  -1 000,00 SEK\n"
        )
        assert _total(text) == {"amount": -1000.0, "currency": "SEK"}

    def test_hungarian_forint(self) -> None:
        text = (
            "Duna Szerviz Kft.\nSzámla sorszáma / Invoice number  E-2026/00012\n"
            "Nettó összesen / Net total: 100 000 Ft\nÁFA 27% / VAT: 27 000 Ft\n"
            "Fizetendő / Amount payable: 127 000 Ft\n"
        )
        assert _total(text) == {"amount": 127000.0, "currency": "HUF"}


class TestCurrencies:
    @pytest.mark.parametrize(
        ("written", "code"),
        [
            ("Total Amount Due: AED 1,050.00", "AED"),
            ("Total Amount Due  SAR 2,300.00", "SAR"),
            ("Amount: QAR 10.00", "QAR"),
            ("Current bill:  Tk. 3,100.00", "BDT"),
            ("Net: 45 000 Ft", "HUF"),
        ],
    )
    def test_codes_and_signs(self, written: str, code: str) -> None:
        assert [a["currency"] for a in find_amounts(written)] == [code]

    def test_feet_are_no_forint(self) -> None:
        assert find_amounts("Cable, 200 ft") == []

    @pytest.mark.parametrize(
        ("text", "rupee"),
        [
            ("House 3, Street 9, G-6, Islamabad", "PKR"),
            ("Tel +92 21 3456 7890", "PKR"),
            ("Colombo 03, Sri Lanka", "LKR"),
            ("Andheri East, Mumbai 400069", "INR"),
            ("no country named", "INR"),
        ],
    )
    def test_whose_rupee(self, text: str, rupee: str) -> None:
        assert local_rupee(text) == rupee

    def test_pakistani_bill_payable_within_due_date(self) -> None:
        text = (
            "Ravi Electric Supply Company\nHouse 9, Gulberg III, Lahore\nDUE DATE  22-08-2025\n"
            "ELECTRICITY BILL\nCharges  Amount (Rs.)\nCost of electricity  9,000.00\n"
            "GST  1,000.00\nCurrent bill:  Rs. 10,000.00\n"
            "PAYABLE WITHIN DUE DATE:  Rs. 10,000.00\nL.P. SURCHARGE:  Rs. 1,000.00\n"
            "PAYABLE AFTER DUE DATE:  Rs. 11,000.00\n"
        )
        assert _total(text) == {"amount": 10000.0, "currency": "PKR"}
