"""The development set's tax invoices, bills, agreements, minutes and statements of more
countries: each labelled key figure printed and located, every case in the development set."""

from __future__ import annotations

import pytest

from testbed.evaluation.corpus import Case
from testbed.evaluation.run import extract
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_agreements import build_variety_agreements
from testbed.evaluation.variety_bills import build_variety_bills
from testbed.evaluation.variety_statements import build_variety_statements
from testbed.evaluation.variety_tax_invoices import build_variety_tax_invoices

_SEED = "docpipe-eval"


def _cases() -> list[Case]:
    return [
        *build_variety_tax_invoices(_SEED),
        *build_variety_bills(_SEED),
        *build_variety_agreements(_SEED),
        *build_variety_statements(_SEED),
    ]


class TestVarietyBills:
    @pytest.mark.parametrize(
        "build",
        [build_variety_tax_invoices, build_variety_bills, build_variety_agreements,
         build_variety_statements],
    )  # fmt: skip
    def test_every_key_figure_is_printed_and_located(self, build: object) -> None:
        """Each labelled key figure has evidence, and its printed text is in the file's text."""
        assert callable(build)
        for case in build(_SEED):
            cited = dict(case.labels.evidence)
            printed = printed_values(list(case.blocks))
            text = " ".join(extract(case).split())
            for name in case.labels.key_figures():
                assert name in cited, (case.case_id, name)
                assert " ".join(printed[name].split()) in text, (case.case_id, name)

    def test_the_kinds_the_set_covered_thinly(self) -> None:
        """Tax invoices of six countries, bills, credit notes, leases and minutes."""
        kinds = [case.kind for case in _cases()]
        assert kinds.count("invoice") >= 10
        assert {"statement", "contract", "minutes"} <= set(kinds)
