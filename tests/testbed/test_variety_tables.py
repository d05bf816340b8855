"""The development set's item tables as ERP, trade and shop software print them: every
labelled row is printed, and the rows add up to the sums the documents print."""

from __future__ import annotations

import re

from testbed.evaluation import Case
from testbed.evaluation.run import extract
from testbed.evaluation.variety_tables import build_variety_tables

_SEED = "docpipe-eval"


def _cases() -> list[Case]:
    return [case for case in build_variety_tables(_SEED) if not case.scanned]


class TestVarietyTables:
    def test_every_row_is_labelled_with_the_words_it_prints(self) -> None:
        """Each labelled description's first word stands in the extracted text (a wrapped
        description's first line), and every document has rows."""
        for case in _cases():
            text = " ".join(extract(case).split())
            assert case.labels.line_items, case.case_id
            for row in case.labels.line_items:
                first = row.description.split()[0]
                assert first in text, (case.case_id, row.description)

    def test_rows_reconcile_with_quantities_and_prices(self) -> None:
        for case in build_variety_tables(_SEED):
            for row in case.labels.line_items or ():
                if row.quantity is not None and row.unit_price is not None:
                    # a discount line has neither; a discounted row is at most the product
                    assert abs(row.amount) <= abs(row.quantity * row.unit_price) + 0.01

    def test_the_ways_tables_are_printed(self) -> None:
        text = "\n".join(extract(case) for case in _cases())
        for printed in (
            r"Übertrag|Carried forward|Suma y sigue|À reporter|Transport|A riportare|Balance c/f",
            r"Subtotal \w+|Summe \w+|Sous-total \w+|Subtotaal \w+|Totale \w+",
            r"Art\.-Nr\.|SKU|Codice|Referencia|Artikelnr\.|Réf\.",
            r"\bStk\.|\bpcs\b|\bud\.|\bpz\b|\bstuks\b",
            r"\n-\d|\(\D?\d",  # a return: a negative count or amount
        ):
            assert re.search(printed, text), printed
