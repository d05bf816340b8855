"""The development set's commercial documents as business software prints them: every label
printed in the document it labels, every PDF's key figures found where its page puts them
(their determinism and place in the development set: test_generator_families.py)."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from support.printed_text import assert_labels_printed
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_prints import build_variety_prints
from testbed.evaluation.variety_prints_style import COUNTRIES, written_date

_SEED = "docpipe-eval"


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return build_variety_prints(_SEED)


def _written(amount: float) -> set[str]:
    """``amount`` in the ways the countries write it: "1,234.56", "1.234,56", "1 234,56",
    "1'234.56"."""
    plain = f"{abs(amount):,.2f}"
    return {
        plain,
        plain.replace(",", "#").replace(".", ",").replace("#", "."),
        plain.replace(",", " ").replace(".", ","),
        plain.replace(",", "'"),
    }


class TestVarietyPrints:
    def test_every_label_is_printed(self, cases: list[Case]) -> None:
        """Parties, line items, amounts and the total are all in the document's text."""
        for case in cases:
            assert_labels_printed(case, _written)

    def test_the_dates_are_the_printed_dates(self, cases: list[Case]) -> None:
        """A labelled issue date is printed in one of its country's styles."""
        styles = {style for country in COUNTRIES.values() for style in country.dates}
        langs = {country.lang for country in COUNTRIES.values()}
        for case in cases:
            printed = printed_values(list(case.blocks))
            for role, day in case.labels.dates:
                if role == "issue":
                    shown = {written_date(dt.date.fromisoformat(day), s, lang)
                             for s in styles for lang in langs}  # fmt: skip
                    assert printed["issueDate"] in shown, (case.case_id, printed["issueDate"])

    def test_the_number_is_printed_in_the_pdf(self, cases: list[Case]) -> None:
        """A positioned PDF's text layer holds the labelled number on the page its evidence
        names, and documents of several pages repeat it in their running header."""
        from pypdf import PdfReader  # noqa: PLC0415

        several = 0
        for case in cases:
            if case.fmt != "pdf" or case.scanned or not case.labels.number:
                continue
            pages = PdfReader(io.BytesIO(render(case))).pages
            cited = dict(case.labels.evidence)["documentNumber"]
            assert case.labels.number in pages[cited.page - 1].extract_text(), case.case_id
            if len(pages) > 1:
                several += 1
                assert case.labels.number in pages[1].extract_text(), case.case_id
        assert several >= 3

    def test_kinds_and_formats(self, cases: list[Case]) -> None:
        """Invoices, credit notes, purchase orders and papers that bill nothing, in every
        format, scans and photographs among them."""
        assert len(cases) >= 60
        assert {"invoice", "purchase_order", "other"} <= {case.kind for case in cases}
        formats = {f"{case.fmt}{'-scan' if case.scanned else ''}" for case in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "md", "txt"} <= formats
        assert all(case.labels.vendor is None for case in cases if case.kind == "other")
