"""The development set's variety packets: several documents in one PDF, labelled from the
generator (sections, evidence), with text and scanned pages."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from pypdf import PdfReader

from testbed.evaluation import build_corpus
from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_packets import PACKETS, build_variety_packets

_SEED = "docpipe-eval"


@pytest.fixture(scope="module")
def packets() -> list[Case]:
    return build_variety_packets(_SEED)


def _pages(case: Case) -> list[str]:
    assert case.data is not None
    return [page.extract_text() for page in PdfReader(io.BytesIO(case.data)).pages]


class TestVarietyPackets:
    def test_deterministic_to_the_byte(self, packets: list[Case]) -> None:
        """Two builds give the same labels and the same PDF bytes."""
        again = build_variety_packets(_SEED)
        assert [(c.labels, c.data) for c in packets] == [(c.labels, c.data) for c in again]

    def test_in_the_development_set(self, packets: list[Case]) -> None:
        ids = {case.case_id for case in build_corpus(_SEED, samples=False)}
        assert {case.case_id for case in packets} <= ids

    def test_two_to_five_documents_covering_every_page(self, packets: list[Case]) -> None:
        """Sections are 2-5, in order, contiguous, and end on the PDF's last page."""
        assert len(packets) == len(PACKETS)
        for case in packets:
            ranges = [section.pages for section in case.labels.sections]
            assert 2 <= len(ranges) <= 5, case.case_id
            assert ranges[0][0] == 1
            for (_, last), (first, _) in itertools.pairwise(ranges):
                assert first == last + 1, case.case_id
            assert ranges[-1][1] == len(_pages(case)), case.case_id

    def test_scanned_and_typeset_pages(self, packets: list[Case]) -> None:
        """A scanned packet has pages without a text layer; a typeset one has none such;
        one packet holds both."""
        kinds = []
        for case in packets:
            blank = [not text.strip() for text in _pages(case)]
            assert any(blank) == case.scanned, case.case_id
            kinds.append((any(blank), all(blank)))
        assert (True, False) in kinds  # mixed
        assert (True, True) in kinds  # all scanned

    def test_boundaries_a_reader_meets(self, packets: list[Case]) -> None:
        """Documents run onto pages with no title, "Page 1 of N" restarts, and receipts
        carry no title at all."""
        texts = {case.layout: _pages(case) for case in packets}
        statements = texts["variety-statements-and-letter"]
        assert "Page 1 of 2" in statements[0]
        assert "Page 2 of 2" in statements[1]
        assert "Page 1 of 1" in statements[3]
        assert not re.search(r"(?i)statement", statements[1])  # the second page is untitled
        receipts = texts["variety-expense-receipts"]
        assert not any(re.search(r"(?im)^\s*receipt\s*$", page) for page in receipts[1:])

    def test_every_key_figure_has_evidence_in_its_section(self, packets: list[Case]) -> None:
        for case in packets:
            for section in case.labels.sections:
                cited = dict(section.labels.evidence)
                first, last = section.pages
                for name in section.labels.key_figures():
                    assert name in cited, (case.case_id, name)
                    assert first <= cited[name].page <= last, (case.case_id, name)
                    assert cited[name].bbox is not None

    def test_typeset_evidence_page_prints_the_number(self, packets: list[Case]) -> None:
        """The page a document number's evidence names prints that number."""
        checked = 0
        for case in packets:
            pages = _pages(case)
            for section in case.labels.sections:
                number, cited = section.labels.number, dict(section.labels.evidence)
                if number and pages[cited["documentNumber"].page - 1].strip():
                    assert number in pages[cited["documentNumber"].page - 1], case.case_id
                    checked += 1
        assert checked >= 8
