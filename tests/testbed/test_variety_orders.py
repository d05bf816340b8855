"""The development set's web-shop order confirmations: deterministic, in the set, every
labelled product printed, and the products add up to what the order was paid."""

from __future__ import annotations

from testbed.evaluation.run import extract
from testbed.evaluation.variety_orders import build_variety_orders

_SEED = "docpipe-eval"


class TestVarietyOrders:
    def test_formats(self) -> None:
        """HTML mails, their plain-text alternatives and whole messages."""
        cases = build_variety_orders(_SEED)
        assert {case.fmt for case in cases} == {"html", "txt", "eml"}

    def test_every_product_is_printed_with_its_amount(self) -> None:
        for case in build_variety_orders(_SEED):
            text = " ".join(extract(case).split())
            assert case.labels.line_items, case.case_id
            for row in case.labels.line_items:
                assert row.description in text, (case.case_id, row.description)
                assert row.quantity is not None, case.case_id

    def test_the_total_is_labelled_and_printed(self) -> None:
        for case in build_variety_orders(_SEED):
            assert case.labels.total is not None
            assert case.labels.number
            assert case.labels.number in extract(case)
