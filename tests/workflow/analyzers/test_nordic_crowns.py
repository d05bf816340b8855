"""Sweden's, Norway's and Denmark's "kr" (issue #18): a bare "kr" is the crown of the country
the document says it is from (its registrations, payment systems, country and language), and
the Nordic total labels ("Att betala", "Å betale", "At betale", "I alt") name the total."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.crowns import local_crown
from workflow.analyzers.money import find_amounts


def _figures(text: str) -> dict[str, Any]:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures = analysis["keyFigures"]
    assert isinstance(figures, dict)
    return figures


_SWEDISH = (
    "IFK Västerhöjd\nBox 214, 434 23 Kungsbacka\nOrg.nr 849600-1172\n"
    "Fakturadatum  2025-03-28\nFörfallodag  2025-04-27\nMedlemsavgift vuxen  650,00\n"
    "Att betala:  2 650,00 kr\nBankgiro:  5521-4417\n"
)
_NORWEGIAN = (
    "Bergli Rørleggerservice AS\nSandviksboder 8, 5035 Bergen\nOrg.nr. 917 442 118 MVA\n"
    "Fakturadato  09.08.2026\nForfallsdato  23.08.2026\nSum eks. mva: kr 1 951,28\n"
    "Mva 25 %: kr 487,82\nÅ betale: kr 2 439,10\nKID: 3844880608\n"
)
_DANISH = (
    "Nørrebro VVS ApS\nJagtvej 12, 2200 København N\nCVR-nr. 12345678\n"
    "Fakturadato  09.08.2026\nForfaldsdato  23.08.2026\nBeløb i alt:  1.234,56 kr.\n"
)


class TestWhoseCrown:
    @pytest.mark.parametrize(
        ("text", "crown"), [(_SWEDISH, "SEK"), (_NORWEGIAN, "NOK"), (_DANISH, "DKK")]
    )
    def test_the_country_the_text_names(self, text: str, crown: str) -> None:
        """Registrations, payment systems and labels say whose crown it is."""
        assert local_crown(text) == crown

    def test_no_evidence_no_currency(self) -> None:
        """A "kr" with nothing saying where the text is from is no amount read."""
        assert find_amounts("Price  120,00 kr\n") == []
        assert local_crown("Price  120,00 kr\n") is None

    def test_kr_inside_a_word_is_no_symbol(self) -> None:
        """ "2 650 kronor" is not "2 650 kr" followed by "onor"; "Kredit" no crown."""
        amounts = find_amounts(_SWEDISH + "Kredit 100,00\n")
        assert [(a["amount"], a["currency"]) for a in amounts] == [(2650.0, "SEK")]


class TestNordicTotals:
    @pytest.mark.parametrize(
        ("text", "total"),
        [
            (_SWEDISH, {"amount": 2650.0, "currency": "SEK"}),
            (_NORWEGIAN, {"amount": 2439.1, "currency": "NOK"}),
            (_DANISH, {"amount": 1234.56, "currency": "DKK"}),
        ],
    )
    def test_the_total_in_the_countrys_crowns(self, text: str, total: dict[str, Any]) -> None:
        """ "Att betala", "Å betale", "Beløb i alt" name the total, in the country's crowns."""
        assert _figures(text)["total"] == total
