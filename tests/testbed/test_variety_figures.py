"""The development set's key-figure documents: numbers, dates and totals as several
countries' software prints them, each labelled figure printed and located."""

from __future__ import annotations

from testbed.evaluation.run import extract
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_figures import build_variety_figures

_SEED = "docpipe-eval"


class TestVarietyFigures:
    def test_every_key_figure_is_printed_and_located(self) -> None:
        """Each labelled key figure has evidence, and its printed text is in the file's text
        (the scans aside: OCR reads them back)."""
        for case in build_variety_figures(_SEED):
            cited = dict(case.labels.evidence)
            printed = printed_values(list(case.blocks))
            text = " ".join(extract(case).split()) if case.fmt != "png" else ""
            for name in case.labels.key_figures():
                assert name in cited, (case.case_id, name)
                if text:
                    assert " ".join(printed[name].split()) in text, (case.case_id, name)

    def test_a_total_on_the_second_page(self) -> None:
        """Multi-page documents: the total (or the charges) printed after the page break."""
        pages = {
            case.case_id: dict(case.labels.evidence)["total"].page
            for case in build_variety_figures(_SEED)
            if "total" in dict(case.labels.evidence)
        }
        assert 2 in pages.values()
