"""The development set's recurring bills: every label printed in the bill it labels, each
key figure marked where it stands, and the same bills from the same seed (their place in the
development set: test_generator_families.py)."""

from __future__ import annotations

import datetime as dt

from support.printed_text import assert_key_figures_cited, assert_labels_printed, printed_text
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_dues import build_variety_dues
from testbed.evaluation.variety_dues_style import figure, written_day

_SEED = "docpipe-eval"
_STYLES = (
    "us_long", "us_short", "us_slash", "uk_long", "uk_abbr", "ordinal", "slash", "dot", "dash",
    "iso", "de_long", "es_long", "pt_long", "fr_long", "nl_long", "it_long",
)  # fmt: skip


def _written(amount: float) -> set[str]:
    """``amount`` as the bills write it, in every country's grouping."""
    marks = ((",", "."), (".", ","), (" ", ","), ("'", "."))
    return {figure(abs(amount), group, decimal) for group, decimal in marks}


class TestVarietyDues:
    def test_every_label_is_printed(self) -> None:
        """Parties, line items, amounts and the total are all in the bill's text."""
        for case in build_variety_dues(_SEED):
            assert_labels_printed(case, _written)

    def test_every_key_figure_is_marked_and_cited(self) -> None:
        """Each labelled key figure has evidence, and its marked text is in the bill."""
        for case in build_variety_dues(_SEED):
            assert_key_figures_cited(case)

    def test_dates_are_printed_or_given_by_terms(self) -> None:
        """A labelled issue date is printed in one of the bills' styles; a due date is
        printed too, or the marked terms give it in days from the issue date."""
        for case in build_variety_dues(_SEED):
            printed, text = printed_values(list(case.blocks)), printed_text(case)
            for role, day in case.labels.dates:
                shown = {written_day(dt.date.fromisoformat(day), s) for s in _STYLES}
                if role == "issue":
                    assert printed["issueDate"] in shown, (case.case_id, printed["issueDate"])
                elif not any(form in text for form in shown):
                    terms = printed["dueDate"]
                    assert any(word in terms for word in ("Tag", "days", "receipt")), (
                        case.case_id,
                        terms,
                    )

    def test_deterministic_kinds_and_formats(self) -> None:
        """The same bills on every build, in every format bills arrive in."""
        cases = build_variety_dues(_SEED)
        again = build_variety_dues(_SEED)
        assert [(c.labels, c.blocks, c.data) for c in cases] == [
            (c.labels, c.blocks, c.data) for c in again
        ]
        assert len(cases) >= 60
        formats = {f"{case.fmt}{'-scan' if case.scanned else ''}" for case in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "md", "txt", "eml"} <= formats
