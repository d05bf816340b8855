"""The development set's batches (a claim, an expense claim with its receipts, application
papers, a supplier's invoices, a fax, an e-mail with its attachments, letters with enclosures)
and long single documents: labels printed, sections tiling the file, the modes each arrives in
(determinism and place in the development set: test_generator_families.py)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from support.printed_text import assert_labels_printed
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_batches import build_variety_batches

_SEED = "docpipe-eval"


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return build_variety_batches(_SEED)


def _written(amount: float) -> set[str]:
    return {f"{amount:,.2f}"}


def _pages(case: Case) -> int:
    from pypdf import PdfReader  # noqa: PLC0415

    return len(PdfReader(io.BytesIO(render(case))).pages)


class TestVarietyBatches:
    def test_every_label_is_printed(self, cases: list[Case]) -> None:
        """Parties, rows and amounts of every section are printed, and each section's key
        figures are marked with its prefix where they stand."""
        for case in cases:
            assert_labels_printed(case, _written)
            printed = printed_values(list(case.blocks))
            for index, section in enumerate(case.labels.sections):
                assert_labels_printed(replace(case, labels=section.labels), _written)
                for name in section.labels.key_figures():
                    assert f"{index}.{name}" in printed, (case.case_id, index, name)

    def test_sections_tile_the_file(self, cases: list[Case]) -> None:
        """Sections run from the first page to the last without gap or overlap, and each
        section's figures are cited on its own pages."""
        for case in cases:
            if not case.labels.sections:
                continue
            expected = 1
            for section in case.labels.sections:
                first, last = section.pages
                assert first == expected <= last, (case.case_id, section.pages)
                cited = dict(section.labels.evidence)
                for name in section.labels.key_figures():
                    assert first <= cited[name].page <= last, (case.case_id, name)
                expected = last + 1
            assert expected - 1 == _pages(case), case.case_id

    def test_long_documents_stay_whole(self, cases: list[Case]) -> None:
        """Ten or more single documents of two pages or more, labelled with no sections."""
        singles = [case for case in cases if not case.labels.sections]
        assert len(singles) >= 10
        for case in singles:
            assert _pages(case) >= 2, case.case_id
            assert set(dict(case.labels.evidence)) >= set(case.labels.key_figures())

    def test_modes_and_kinds(self, cases: list[Case]) -> None:
        """About forty packets, typed, scanned and mixed, bundling every kind they hold."""
        packets = [case for case in cases if case.labels.sections]
        assert len(packets) >= 35
        scanned = {case.case_id for case in packets if case.scanned}
        assert 10 <= len(scanned) <= len(packets) - 10
        kinds = {s.labels.document_type for case in packets for s in case.labels.sections}
        assert {"letter", "form", "invoice", "receipt", "statement", "report", "other"} <= kinds
