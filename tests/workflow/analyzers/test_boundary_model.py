"""The page-boundary model: its features, its shipped weights, and how far it may overrule the
splitter's rules."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from workflow.analyzers import boundary_model
from workflow.analyzers.boundary_model import (
    FEATURES,
    Model,
    Page,
    Ruling,
    arbitrate,
    decide,
    features,
    probability,
)
from workflow.analyzers.paging import PagedText, PageSpan
from workflow.analyzers.section_records import PageSigns, Reading
from workflow.analyzers.sections import split_sections


def _signs(**changes: object) -> PageSigns:
    """An untitled, unnumbered page of prose, with ``changes``."""
    plain = PageSigns(
        letterhead=None, title=None, kind="contract", sure=0.3, number=None, mark=None,
        letter=False, closes=False,
    )  # fmt: skip
    return replace(plain, **changes)


def _reading(**changes: object) -> Reading:
    """A contract of Acme Ltd's, numbered C-1 and still open, with ``changes``."""
    return replace(Reading("Acme Ltd", "contract", "contract", "C-1"), **changes)


def _named(vector: tuple[float, ...]) -> dict[str, float]:
    return dict(zip(FEATURES, vector, strict=True))


_PROSE = "the parties agree as follows and each shall\nperform its obligations in good faith and\n"


class TestFeatures:
    def test_the_vector_has_one_value_per_named_feature(self) -> None:
        vector = features(False, Page(_signs(), _PROSE), None, _reading())
        assert len(FEATURES) == len(set(FEATURES)) == len(vector)

    def test_another_senders_titled_numbered_page(self) -> None:
        """A letterhead, title and number other than the document's are each flagged, and
        the page's kind being another, as sure as its title makes it."""
        signs = _signs(letterhead="Brown & Co GmbH", title="invoice", kind="invoice", sure=1.0,
                       number="INV-7", mark=(1, 2), states=True)  # fmt: skip
        got = _named(features(True, Page(signs, "BROWN & CO GMBH\nINVOICE\n"), None, _reading()))
        assert got["rules_start"] == got["letterhead_other"] == got["title_other"] == 1
        assert got["number_other"] == got["kind_other"] == got["mark_first"] == 1
        assert got["kind_other_sure"] == 1.0
        assert got["letterhead_same"] == got["title_same"] == got["number_same"] == 0
        assert got["head_caps"] == 1

    def test_the_documents_own_letterhead_and_number(self) -> None:
        """The same sender (printed in another case) and the same number read as the
        document's own; a mark other than 1 is not a first page."""
        signs = _signs(letterhead="ACME LTD", number="C-1", mark=(2, 3))
        got = _named(features(False, Page(signs, _PROSE), None, _reading()))
        assert got["letterhead_same"] == got["number_same"] == got["mark"] == 1
        assert got["letterhead_other"] == got["number_other"] == got["mark_first"] == 0
        assert got["head_lower"] == 1
        assert got["kind_other"] == got["kind_other_sure"] == 0

    def test_the_page_before_is_compared_line_by_line_digits_aside(self) -> None:
        """A running head and foot (the page number changed) repeat; a page that stopped
        mid-sentence is unfinished; names and numbers printed on both are shared."""
        before = "Acme Ltd - Lease 4711\nClause 1 sets the rent of\nPage 1\n"
        page = "Acme Ltd - Lease 4711\nClause 2 sets the term.\nPage 2\n"
        got = _named(features(False, Page(_signs(), page), Page(_signs(), before), _reading()))
        assert got["head_repeated"] == pytest.approx(2 / 3)
        assert got["foot_repeated"] == pytest.approx(2 / 3)
        assert got["previous_unfinished"] == 1
        assert got["shares_previous"] > 0.5
        assert -1 <= got["length_ratio"] <= 1
        assert 0 < got["previous_fill"] < 1

    def test_without_a_page_before_its_comparisons_are_zero(self) -> None:
        got = _named(features(False, Page(_signs(), _PROSE), None, _reading(closed=True)))
        names = ("head_repeated", "foot_repeated", "previous_unfinished", "previous_fill",
                 "length_ratio", "shares_previous")  # fmt: skip
        assert all(got[name] == 0 for name in names)
        assert got["closed"] == 1


class TestShippedWeights:
    def test_the_weights_file_loads_with_a_weight_per_feature(self) -> None:
        model = boundary_model.shipped()
        assert len(model.weights) == len(FEATURES)
        assert 0.5 <= model.start_at <= 1.01
        assert model.continue_at < model.start_at

    def test_its_header_says_how_it_was_trained_never_on_the_evaluations_seed(self) -> None:
        path = boundary_model.resources.files("workflow.analyzers") / boundary_model.WEIGHTS_FILE
        raw = json.loads(path.read_text(encoding="utf-8"))
        trained = raw["trained"]
        assert trained["by"] == "python -m testbed.evaluation.train_boundaries"
        assert trained["set"] == "dev"
        first, last = trained["composed"]["seeds"]
        assert first > 1
        assert last >= first
        assert list(raw["weights"]) == list(FEATURES)

    def test_a_file_for_other_features_is_refused(self) -> None:
        raw = {"thresholds": {"start": 0.9, "continue": 0.0}, "bias": 0.0,
               "weights": dict.fromkeys(FEATURES[:-1], 0.0)}  # fmt: skip
        with pytest.raises(ValueError, match="features differ"):
            boundary_model.loads(json.dumps(raw))


def _model(bias: float, start_at: float = 0.9, continue_at: float = 0.05) -> Model:
    """A model whose probability is the logistic of ``bias`` for every page."""
    return Model((0.0,) * len(FEATURES), bias, start_at, continue_at)


class TestDecide:
    _OPEN = features(False, Page(_signs(), _PROSE), None, _reading())

    @pytest.mark.parametrize(("bias", "ruled", "starts"), [
        (2.0, False, False),  # 0.88 < 0.9: the rules' "continues" stands
        (2.5, False, True),  # 0.92 >= 0.9: the model starts a document
        (-2.5, True, True),  # 0.076 > 0.05: the rules' "starts" stands
        (-3.5, True, False),  # 0.029 <= 0.05: the model continues the document
    ])  # fmt: skip
    def test_the_rules_are_overruled_only_past_a_threshold(
        self, bias: float, ruled: bool, starts: bool
    ) -> None:
        assert decide(ruled, self._OPEN, _model(bias)) is starts

    def test_behind_a_closed_document_the_rules_decide(self) -> None:
        closed = features(False, Page(_signs(), _PROSE), None, _reading(closed=True))
        assert probability(closed, _model(9.0)) > 0.99
        assert decide(False, closed, _model(9.0)) is False
        assert decide(True, closed, _model(-9.0)) is True


class TestArbitrate:
    """The default arbiter computes a page's features only where the model may overrule."""

    @staticmethod
    def _ruling(ruled: bool, *, closed: bool = False) -> tuple[Ruling, list[int]]:
        asked: list[int] = []

        def described() -> tuple[float, ...]:
            asked.append(1)
            return features(ruled, Page(_signs(), _PROSE), None, _reading(closed=closed))

        return Ruling(2, ruled, closed, described), asked

    def test_behind_a_closed_document_the_features_are_not_computed(self) -> None:
        ruling, asked = self._ruling(False, closed=True)
        assert arbitrate(ruling, _model(9.0)) is False
        assert asked == []

    def test_a_start_the_model_may_not_undo_computes_nothing(self) -> None:
        """With no "continue" threshold (below 0), the rules' "starts" stands unweighed."""
        ruling, asked = self._ruling(True)
        assert arbitrate(ruling, _model(-9.0, continue_at=-0.01)) is True
        assert asked == []

    @pytest.mark.parametrize(("bias", "ruled"), [(2.5, False), (2.0, False), (-3.5, True)])
    def test_otherwise_it_decides_as_decide_does(self, bias: float, ruled: bool) -> None:
        ruling, asked = self._ruling(ruled)
        model = _model(bias)
        assert arbitrate(ruling, model) is decide(ruled, ruling.features(), model)
        assert asked == [1, 1]


def _two_prose_pages() -> PagedText:
    first = "Lease agreement between the parties.\n" + _PROSE * 6
    second = _PROSE * 3 + "Signed for the landlord\n"
    text = f"{first}\n\n{second}"
    return PagedText(text, (PageSpan(1, 0, len(first)), PageSpan(2, len(first) + 2, len(text))))


class TestSplitterHook:
    def test_the_splitter_asks_the_arbiter_with_the_rules_answer(self) -> None:
        asked: list[tuple[int, bool, int]] = []

        def arbiter(ruling: Ruling) -> bool:
            asked.append((ruling.page, ruling.ruled, len(ruling.features())))
            return ruling.ruled

        assert len(split_sections(_two_prose_pages(), arbiter=arbiter)) == 1
        assert asked == [(2, False, len(FEATURES))]

    def test_a_confident_model_splits_where_the_rules_would_not(self) -> None:
        def with_model(bias: float) -> int:
            model = _model(bias)
            runs = split_sections(
                _two_prose_pages(), arbiter=lambda ruling: arbitrate(ruling, model)
            )
            return len(runs)

        assert with_model(2.0) == 1  # below the threshold: the rules' one document
        assert with_model(2.5) == 2

    def test_the_shipped_model_keeps_a_lease_whole(self) -> None:
        assert len(split_sections(_two_prose_pages())) == 1
