"""The development set's everyday documents of the world: every label printed in the document
it labels (their determinism, place in the development set and key figures:
test_generator_families.py)."""

from __future__ import annotations

import datetime as dt

from support.printed_text import assert_labels_printed
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_world import build_variety_world
from testbed.evaluation.variety_world_style import DATE_STYLES, IndianMoney, when

_SEED = "docpipe-eval"


def _written(amount: float) -> set[str]:
    """``amount`` as the world's documents write it: "1,234.56", "1.234,56", "1 234,56",
    "1'234.56", "1,23,456.00", "1234.56", "1234,56"."""
    plain = f"{abs(amount):,.2f}"
    return {
        plain,
        plain.replace(",", ""),
        plain.replace(",", "#").replace(".", ",").replace("#", "."),
        plain.replace(",", " ").replace(".", ","),
        plain.replace(",", "'"),
        plain.replace(",", " "),
        plain.replace(",", "").replace(".", ","),
        IndianMoney("INR", "{n}").number(abs(amount)),
    }


class TestVarietyWorld:
    def test_every_label_is_printed(self) -> None:
        """Parties, line items, amounts and the total are all in the document's text: the
        labels say nothing the document does not."""
        for case in build_variety_world(_SEED):
            assert_labels_printed(case, _written)

    def test_the_dates_are_the_printed_dates(self) -> None:
        """A labelled issue date is printed in one of the styles the generators use."""
        for case in build_variety_world(_SEED):
            printed = printed_values(list(case.blocks))
            for role, day in case.labels.dates:
                if role == "issue":
                    shown = {when(dt.date.fromisoformat(day), style) for style in DATE_STYLES}
                    assert printed["issueDate"] in shown, (case.case_id, printed["issueDate"])

    def test_kinds_and_formats(self) -> None:
        """Every kind of everyday document, in every format, scans and photographs among them."""
        cases = build_variety_world(_SEED)
        assert len(cases) >= 50
        kinds = {"invoice", "receipt", "purchase_order", "statement", "letter", "contract"}
        assert kinds | {"minutes"} <= {case.kind for case in cases}
        formats = {f"{case.fmt}{'-scan' if case.scanned else ''}" for case in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "md", "txt", "eml"} <= formats
