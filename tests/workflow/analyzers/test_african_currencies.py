"""Africa's currencies as its papers print them: codes ("GHS 47,071.80", "KES", "EGP"),
Nigeria's "₦", Morocco's "DH" and Tunisia's "DT" after the number (the dinar with three
decimals, its millimes), and the CFA franc ("29 320 FCFA"), West or Central African as the
paper's country says."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.cfa_francs import local_cfa_franc
from workflow.analyzers.money import find_amounts


def _total(text: str) -> Any:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures = analysis["keyFigures"]
    assert isinstance(figures, dict)
    return figures.get("total")


_TUNISIAN_INVOICE = (
    "Atelier Nour SARL\nSousse\nFacture N°:  F-1180\nDate:  08/10/2026\n"
    "Désignation  Qté  P.U. HT  Montant HT\nTransport  10  533,000  5 330,000\n"
    "Total HT:  5 330,000 DT\nTVA 19 %:  1 012,700 DT\nTimbre fiscal:  1,000 DT\n"
    "Total TTC:  6 343,700 DT\n"
)
_MOROCCAN_INVOICE = (
    "Froid Atlas SARL\nCasablanca\nFacture N°:  501/2026\nDate:  26/03/2026\n"
    "Désignation  Qté  P.U. HT  Montant HT\nMain-d'œuvre (heure)  6  1 058,00  6 348,00\n"
    "Total HT:  6 348,00 DH\nTVA 20 %:  1 269,60 DH\nTotal TTC:  7 617,60 DH\n"
)


class TestCodesAndSigns:
    @pytest.mark.parametrize(
        ("written", "amount", "code"),
        [
            ("GHS 47,071.80", 47071.8, "GHS"),
            ("KES 6,879.18", 6879.18, "KES"),
            ("EGP 1,375.45", 1375.45, "EGP"),
            ("₦12,500.00", 12500.0, "NGN"),
            ("13 812,00 DH", 13812.0, "MAD"),
            ("9 005,730 DT", 9005.73, "TND"),
            ("TND 1 437,730", 1437.73, "TND"),
            ("1,000 DT", 1.0, "TND"),
        ],
    )
    def test_amount_and_currency(self, written: str, amount: float, code: str) -> None:
        """Each code or sign is read with its number, a dinar's three decimals as millimes."""
        found = find_amounts(f"Total:  {written}\n")
        assert [(a["amount"], a["currency"]) for a in found] == [(amount, code)]

    def test_letters_before_a_number_are_no_dirham_nor_dinar(self) -> None:
        """ "DH" and "DT" come after their number; before one they are a code ("DT9 4410")."""
        assert find_amounts("Ref DT9 4410\nUnit DH 1200\n") == []

    def test_a_code_touching_a_number_is_an_id(self) -> None:
        """ "Account no.: KES866" is an account, not 866 shillings."""
        assert find_amounts("Account no.:  KES866\n") == []

    def test_dinar_invoice_total(self) -> None:
        """The total of a Tunisian invoice is its "Total TTC" in dinars, not a million."""
        assert _total(_TUNISIAN_INVOICE) == {"amount": 6343.7, "currency": "TND"}

    def test_dirham_invoice_total(self) -> None:
        assert _total(_MOROCCAN_INVOICE) == {"amount": 7617.6, "currency": "MAD"}


class TestWhoseCfaFranc:
    @pytest.mark.parametrize(
        ("place", "franc"),
        [
            ("Compagnie Ivoirienne d'Electricité", "XOF"),
            ("Route de Rufisque, Dakar", "XOF"),
            ("Tél. +221 33 820 11 22", "XOF"),
            ("MTN Cameroon", "XAF"),
            ("BP 1234 Libreville, Gabon", "XAF"),
        ],
    )
    def test_the_country_says_which(self, place: str, franc: str) -> None:
        text = f"{place}\nMontant à payer:  29 320 FCFA\n"
        assert local_cfa_franc(text) == franc
        assert [a["currency"] for a in find_amounts(text)] == [franc]

    def test_no_country_no_currency(self) -> None:
        """Both zones print "FCFA": with nothing saying where, no currency is read."""
        assert find_amounts("Montant total  1 308 500 FCFA\n") == []
