"""Training the second reader of numbers: the fit learns what labels a number, the thresholds
come from the grids, and the tally counts what each reader got right."""

from __future__ import annotations

import random

from testbed.evaluation.train_numbers import (
    FILL_AT,
    OVERRULE_AT,
    RULES_BELOW,
    Document,
    choose_thresholds,
    fit,
    score_unseen,
    tally,
    train,
)
from workflow.analyzers.number_model import Model, ranked


def _document(rng: random.Random, source: str, index: int, *, rules_right: bool) -> Document:
    """A paper whose number stands after a word no lexicon knows ("Zaehlwerk"), with the
    customer's number and a date beside it; the rules read the customer's number half the
    time."""
    own, customer = f"ZW-{rng.randint(1000, 9999)}", str(rng.randint(100000, 999999))
    text = (
        f"Stadtwerke Nord\nKunde {customer}\nZaehlwerk {own}\n"
        f"Datum 0{rng.randint(1, 9)}.03.2026\nSumme 12,50 EUR\n"
    )
    return Document(
        case_id=f"{source}-{index}",
        source=source,
        text=text,
        document_type="invoice",
        rules=own if rules_right else customer,
        label=own,
    )


def _documents() -> list[Document]:
    rng = random.Random(7)
    return [
        _document(rng, source, index, rules_right=index % 2 == 0)
        for source in ("one", "two")
        for index in range(12)
    ]


def test_the_fit_learns_the_word_that_labels_a_number() -> None:
    weights = fit(_documents())
    assert weights["l1:zaehlwerk"] > 0 > weights.get("l1:kunde", 0.0)
    unseen = _document(random.Random(99), "three", 0, rules_right=False)
    reading = ranked(unseen.text, "invoice", Model(weights, 2.0, -1.0, 2.0))
    assert reading[0][0].text == unseen.label


def test_thresholds_come_from_the_grids_and_put_numbers_right() -> None:
    scored = score_unseen(_documents())
    assert {item.document.source for item in scored} == {"one", "two"}
    model, counts = choose_thresholds(scored)
    assert model.overrule_at in OVERRULE_AT
    assert model.rules_below in RULES_BELOW
    assert model.fill_at in FILL_AT
    for row in counts.values():
        assert row["labelled"] == 12
        assert row["rules"] == 6
        assert row["both"] == 12  # each source's model, trained on the other, overrules


def test_the_tally_leaves_the_rules_alone_with_thresholds_never_met() -> None:
    scored = score_unseen(_documents())
    never = Model({}, overrule_at=2.0, rules_below=-1.0, fill_at=2.0)
    assert all(row["both"] == row["rules"] for row in tally(scored, never).values())


def test_the_weights_file_records_its_sources_and_calibration() -> None:
    rng = random.Random(5)
    calibration = [_document(rng, "three", index, rules_right=False) for index in range(6)]
    trained = train(_documents(), calibration, on="today", held_back=["four"])
    header = trained["trained"]
    assert isinstance(header, dict)
    assert header["sources"] == {"one": 12, "two": 12}
    assert header["calibration_sources"] == {"three": 6}
    assert header["held_back_authors"] == ["four"]
    # The calibration's rules are always wrong, its papers unseen: the model puts them right.
    assert header["unseen_by_source"]["three"] == {
        "documents": 6,
        "labelled": 6,
        "rules": 0,
        "model": 6,
        "both": 6,
    }
    assert trained["weights"]
