"""The second reader of documents' numbers: its candidates, its features, when it may
overrule the rules, and the model the analyzer ships."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.number_features import Page, candidates, features, fillable, printed_at
from workflow.analyzers.number_model import (
    WEIGHTS_FILE,
    Model,
    belief_in,
    ranked,
    second_reading,
    shipped,
    verdict,
)
from workflow.analyzers.number_words import word_classes

INVOICE = (
    "Harbour Tools Ltd\nTel. 0161 496 0321\n"
    "Invoice No.: INV-2291\tDate: 03/02/2026\n"
    "IBAN DE16 5001 0517 2663 0042 88\n"
    "Card ****9959\n"
    "Total  1,250.00 EUR\n"
)


def _texts(text: str) -> list[str]:
    return [c.text for c in candidates(text)]


def test_candidates_are_the_numbers_printed_whole_and_in_groups() -> None:
    found = _texts(INVOICE)
    assert "INV-2291" in found
    assert "DE16 5001 0517 2663 0042 88" in found  # an IBAN in groups
    assert "****9959" in found  # a masked card
    assert "Harbour" not in found  # no digit, no number


def test_a_word_or_a_date_beside_a_number_is_no_group() -> None:
    found = _texts("RECEIPT  DATE 09/20/2026\nNo. 9470\n")
    assert "DATE 09/20/2026" not in found
    assert "9470" in found


def test_what_the_rules_never_take_for_a_number_is_no_candidate() -> None:
    found = _texts("Date 09/20/2026\nTotal 1,250.00\nTax year 2026/27 in 2026\nRow 1\n")
    assert found == []


def test_others_to_weigh_join_the_candidates() -> None:
    found = candidates("Ref 12", also=[("P0-12", 4)])
    assert [(c.text, c.start) for c in found] == [("12", 4), ("P0-12", 4)]


def test_printed_at_finds_the_value_after_its_label() -> None:
    text = "Invoice No.: 42\nOrder 42"
    assert printed_at(text, "42", 0) == text.index("42")
    assert printed_at(text, "42", 16) == text.rindex("42")
    assert printed_at(text, "99", 7) == 7


def _features_of(text: str, number: str, kind: str = "invoice") -> list[str]:
    numbers = candidates(text)
    page = Page(text, kind, numbers)
    return features(page, next(c for c in numbers if c.text == number))


def test_a_labelled_number_is_seen_by_its_label_and_the_rules_lexicon() -> None:
    named = _features_of(INVOICE, "INV-2291")
    assert {"l1:no.", "l1c:number", "l2c:own", "invoice|own_number"} <= set(named)
    assert {"rl", "rl:preferred", "invoice|rl:preferred"} <= set(named)
    assert "ctx:phone" in _features_of(INVOICE, "0161")


def test_a_value_under_its_label_in_a_band_is_seen_by_the_label_over_it() -> None:
    text = "Account number  Bill number\n95869629        7879997480\n"
    named = _features_of(text, "7879997480")
    assert {"u1:number", "u2:bill", "under_label", "invoice|uc:own"} <= set(named)
    assert "u2c:account" in _features_of(text, "95869629")


def test_word_classes_read_every_language_the_analyzer_does() -> None:
    assert word_classes(["rechnungsnummer", "kundennr.", "iban", "zzz"]) == [
        "own",
        "account",
        "bank",
        "",
    ]


#: A model that believes a number after a number word, and nothing else.
_NUMBER_WORD = Model({"l1c:number": 6.0}, overrule_at=0.9, rules_below=0.05, fill_at=0.5)


def test_verdict_overrules_only_a_number_the_model_gives_almost_nothing() -> None:
    sure = [("A-1", 0.97), ("B-2", 0.02), ("C-3", 0.01)]
    assert verdict("B-2", sure, _NUMBER_WORD) == "A-1"
    assert verdict("b-2", [("A-1", 0.92), ("B-2", 0.08)], _NUMBER_WORD) == "b-2"
    assert verdict("B-2", [("A-1", 0.8), ("B-2", 0.01)], _NUMBER_WORD) == "B-2"  # not sure
    assert verdict(None, [("A-1", 0.6)], _NUMBER_WORD) == "A-1"  # fills in
    assert verdict(None, [("A-1", 0.4)], _NUMBER_WORD) is None
    assert verdict("B-2", [], _NUMBER_WORD) == "B-2"
    assert belief_in(sure, "b-2") == pytest.approx(0.02)


def test_second_reading_puts_the_number_and_where_it_stands() -> None:
    text = "Rechnung\nNr.: R-7781\nKunde 4411\n"
    figures: dict[str, object] = {"documentNumber": "4411"}
    where = {"documentNumber": text.index("Kunde")}
    second_reading(text, "invoice", figures, where, _NUMBER_WORD)
    assert figures["documentNumber"] == figures["invoiceNumber"] == "R-7781"
    assert where["documentNumber"] == text.index("R-7781")


def test_second_reading_leaves_letters_and_agreeing_readings_alone() -> None:
    text = "Our ref: AB/12\nNo. 77\n"
    figures: dict[str, object] = {"documentNumber": "AB/12"}
    second_reading(text, "letter", figures, {"documentNumber": 0}, _NUMBER_WORD)
    assert figures == {"documentNumber": "AB/12"}
    agreed: dict[str, object] = {"documentNumber": "77"}
    second_reading(text, "receipt", agreed, {"documentNumber": 0}, _NUMBER_WORD)
    assert agreed == {"documentNumber": "77"}


def test_ranked_beliefs_sum_to_one_surest_first() -> None:
    reading = ranked(INVOICE, "invoice", _NUMBER_WORD)
    assert reading[0][0].text == "INV-2291"
    assert sum(p for _, p in reading) == pytest.approx(1.0)


def test_the_shipped_model_was_trained_on_development_sources_only() -> None:
    raw = json.loads(
        resources.files("workflow.analyzers").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    )
    sources = set(raw["trained"]["sources"])
    assert "dev" in sources
    assert not any("held" in source for source in sources)
    model = shipped()
    assert model is not None
    assert 0.5 <= model.overrule_at <= 1.0
    assert len(model.weights) > 1000


def test_the_analyzer_reads_a_number_whose_label_ocr_damaged() -> None:
    # A scanned Czech invoice whose "č." OCR read as "é.": no rule knows that label (the
    # rules know "¢.", the commoner slip).
    text = (
        "Energie Nord s.r.o.\nKerkstraat 5\n1017 GA Amsterdam\n"
        "Faktura - danovy doklad\nFaktura é.: INV-67915\nDatum vystaveni: 03.02.2026\n"
        "Celkem k uhrade  1 250,00 EUR\n"
    )
    model = shipped()
    assert model is not None
    assert ranked(text, "invoice", model)[0][0].text == "INV-67915"
    filling = Model(model.weights, model.overrule_at, model.rules_below, fill_at=0.5)
    alone = OfflineAnalyzer(numbers=None).analyze(text, media_type="text/plain", filename="f.txt")
    read = OfflineAnalyzer(numbers=filling).analyze(text, media_type="text/plain", filename="f.txt")
    assert "documentNumber" not in alone["keyFigures"]
    assert read["keyFigures"]["documentNumber"] == "INV-67915"


def _fillable(text: str, number: str, kind: str = "invoice") -> bool:
    numbers = candidates(text)
    return fillable(Page(text, kind, numbers), next(c for c in numbers if c.text == number))


def test_the_model_fills_in_only_a_number_labelled_as_the_papers_own() -> None:
    assert _fillable("Faktura \u00a2.: INV-67915\n", "INV-67915")  # a label OCR damaged
    assert _fillable("Número de factura  Fecha\n977680  05-10-2026\n", "977680")  # a band
    assert not _fillable("Your order ref  PO-4529\n", "PO-4529")  # the customer's
    assert not _fillable("Account no.  55637124\n", "55637124")
    assert not _fillable("Property reference  602674438\n", "602674438")  # a bare reference
    assert not _fillable("please settle invoice INV-2295 today.\n", "INV-2295")  # a mention
    assert not _fillable("No.  Description  Amount\n104  Cleaning  £80.00\n", "104")  # a row
