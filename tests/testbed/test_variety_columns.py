"""The development set's documents laid out in columns: every label printed in the document
it labels, the documents the same from one seed, every kind and format present."""

from __future__ import annotations

import datetime as dt

from support.printed_text import assert_labels_printed
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_columns import build_variety_columns
from testbed.evaluation.variety_columns_style import DATE_STYLES, when

_SEED = "docpipe-eval"


def _written(amount: float) -> set[str]:
    """``amount`` as the column documents write it: "1,234.56", "1.234,56", "1 234,56",
    "1'234.56"."""
    plain = f"{abs(amount):,.2f}"
    return {
        plain,
        plain.replace(",", "#").replace(".", ",").replace("#", "."),
        plain.replace(",", " ").replace(".", ","),
        plain.replace(",", "'"),
    }


class TestVarietyColumns:
    def test_every_label_is_printed(self) -> None:
        """Parties, line items, amounts and the total are all in the document's text."""
        for case in build_variety_columns(_SEED):
            assert_labels_printed(case, _written)

    def test_the_dates_are_the_printed_dates(self) -> None:
        """A labelled issue date is printed in one of the countries' date styles, and every
        key figure labelled is marked where it is printed and has its evidence."""
        for case in build_variety_columns(_SEED):
            printed = printed_values(list(case.blocks))
            for role, day in case.labels.dates:
                if role == "issue":
                    shown = {when(dt.date.fromisoformat(day), style) for style in DATE_STYLES}
                    assert printed["issueDate"] in shown, (case.case_id, printed["issueDate"])
            cited = {name for name, _ in case.labels.evidence}
            assert set(printed) <= cited, case.case_id

    def test_the_same_from_one_seed(self) -> None:
        """Two builds from one seed give the same files and labels."""
        first, second = build_variety_columns(_SEED), build_variety_columns(_SEED)
        assert [(c.data, c.labels) for c in first] == [(c.data, c.labels) for c in second]

    def test_kinds_and_formats(self) -> None:
        """Every kind of document, in every format, scans and photographs among them."""
        cases = build_variety_columns(_SEED)
        assert len(cases) >= 55
        kinds = {"invoice", "receipt", "purchase_order", "statement", "other"}
        assert kinds <= {case.kind for case in cases}
        formats = {f"{case.fmt}{'-scan' if case.scanned else ''}" for case in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "md", "txt"} <= formats
