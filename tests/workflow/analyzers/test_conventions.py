"""Conventions the generated development documents rarely print (issue #18): a letter's date
after its place, a credit note's negative total, accented names, more legal suffixes."""

from __future__ import annotations

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles


def _analyze(text: str) -> dict[str, object]:
    result = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    assert isinstance(result, dict)
    return result


def test_letter_date_after_its_place_is_the_issue_date() -> None:
    text = "Hollerbach GmbH\nKönigstraße 40\n\nStuttgart, 8. September 2026\n\nDear Ms Lind,\n"
    dates = dates_with_roles(text)
    assert [(d["value"], d["role"]) for d in dates] == [("2026-09-08", "issue")]


def test_words_before_a_date_that_are_not_a_place_give_no_role() -> None:
    text = "Hollerbach GmbH\n\nWe spoke on 8 September 2026 about the fee.\n"
    assert [d["role"] for d in dates_with_roles(text)] == [None]


def test_credit_note_total_keeps_its_sign() -> None:
    text = "CREDIT NOTE\nCredit note no.: KN-17\nTotal credit: -1.980,40 EUR\n"
    figures = _analyze(text)["keyFigures"]
    assert isinstance(figures, dict)
    assert figures["total"] == {"amount": -1980.4, "currency": "EUR"}


def test_accented_names_and_further_legal_suffixes() -> None:
    text = (
        "INVOICE\nVendor: Wierzbowy Tekstylia sp. z o.o.\nCustomer: Atelier Maréchal S.à r.l.\n"
        "Ship to: Ferrell Quist PLLC\nContact: Wendelin Østergaard\nTotal: 10.00 EUR\n"
    )
    entities = _analyze(text)["entities"]
    assert isinstance(entities, dict)
    parties = entities["parties"]
    names = {(p["name"], p["kind"]) for p in parties}
    assert ("Wierzbowy Tekstylia sp. z o.o.", "organization") in names
    assert ("Atelier Maréchal S.à r.l.", "organization") in names
    assert ("Ferrell Quist PLLC", "organization") in names
    assert ("Wendelin Østergaard", "person") in names
