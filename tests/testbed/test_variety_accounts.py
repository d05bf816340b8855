"""The development set's account papers: statements, credit notes and packets, every label
printed in the document it labels and labelled by the schema's conventions (their
determinism and place in the development set: test_generator_families.py)."""

from __future__ import annotations

import itertools

import pytest

from support.printed_text import assert_key_figures_cited, assert_labels_printed
from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_accounts import build_variety_accounts

_SEED = "docpipe-eval"


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return build_variety_accounts(_SEED)


def _written(amount: float) -> set[str]:
    """``amount`` as the account papers write it: "1,234.56", "1.234,56", "1 234,56"."""
    plain = f"{abs(amount):,.2f}"
    return {
        plain,
        plain.replace(",", "#").replace(".", ",").replace("#", "."),
        plain.replace(",", " ").replace(".", ","),
    }


class TestVarietyAccounts:
    def test_every_label_is_printed(self, cases: list[Case]) -> None:
        """Parties, line items, amounts and the total of every single document are in its
        text: the labels say nothing the document does not."""
        for case in cases:
            if case.kind != "packet":
                assert_labels_printed(case, _written)

    def test_every_key_figure_is_marked_and_printed(self, cases: list[Case]) -> None:
        """Each labelled key figure of a single document has evidence, and its marked text is
        in the document (a packet's are its sections': the next test)."""
        for case in cases:
            if case.kind == "packet":
                continue
            assert_key_figures_cited(case)

    def test_statements_have_no_vendor_and_total_their_balance(self, cases: list[Case]) -> None:
        """A bank's or card's statement names no vendor and has a total and an issue date;
        a supplier's statement in a packet names the supplier."""
        for case in cases:
            parts = [s.labels for s in case.labels.sections] or [case.labels]
            for labels in parts:
                if labels.document_type != "statement":
                    continue
                assert labels.total is not None, case.case_id
                assert "issueDate" in labels.key_figures(), case.case_id
                if case.kind != "packet":
                    assert labels.vendor is None, case.case_id

    def test_packets_cover_every_page_with_cited_sections(self, cases: list[Case]) -> None:
        """A packet's sections follow one another over all its pages, and each section's key
        figures are cited on a page of its own range."""
        packets = [case for case in cases if case.kind == "packet"]
        assert len(packets) >= 10
        for case in packets:
            sections = case.labels.sections
            assert len(sections) >= 2, case.case_id
            assert sections[0].pages[0] == 1, case.case_id
            for before, after in itertools.pairwise(sections):
                assert after.pages[0] == before.pages[1] + 1, case.case_id
            for section in sections:
                cited = dict(section.labels.evidence)
                for name in section.labels.key_figures():
                    assert name in cited, (case.case_id, name)
                    first, last = section.pages
                    assert first <= cited[name].page <= last, (case.case_id, name)

    def test_kinds_and_formats(self, cases: list[Case]) -> None:
        """Statements, credit notes and packets, in every format such papers arrive in."""
        assert len(cases) >= 55
        assert {"statement", "invoice", "packet"} == {case.kind for case in cases}
        formats = {f"{case.fmt}{'-scan' if case.scanned else ''}" for case in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "txt", "eml"} <= formats
        credits = [c for c in cases if c.kind == "invoice"]
        assert any(c.labels.total and c.labels.total[0] < 0 for c in credits)
        assert any(c.labels.total and c.labels.total[0] > 0 for c in credits)
