"""The development set's bundles and long single documents: every label printed in the
document it labels, sections covering every page in order, each document on pages of its own
(their determinism and place in the development set: test_generator_families.py)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from support.printed_text import assert_labels_printed
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_bundles import build_variety_bundles

_SEED = "docpipe-eval"


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return build_variety_bundles(_SEED)


def _written(amount: float) -> set[str]:
    """``amount`` as these documents write it: "1,234.56", "1.234,56" or "1 234,56"."""
    plain = f"{amount:,.2f}"
    european = plain.replace(",", "#").replace(".", ",").replace("#", ".")
    return {plain, european, european.replace(".", " ")}


def _pages(case: Case) -> int:
    from pypdf import PdfReader  # noqa: PLC0415

    return len(PdfReader(io.BytesIO(render(case))).pages)


class TestVarietyBundles:
    def test_every_label_is_printed(self, cases: list[Case]) -> None:
        """Parties, line items and amounts of the file and of every section are printed, and
        each section's key figures are marked where they are printed."""
        for case in cases:
            assert_labels_printed(case, _written)
            printed = printed_values(list(case.blocks))
            for index, section in enumerate(case.labels.sections):
                assert_labels_printed(replace(case, labels=section.labels), _written)
                for name in section.labels.key_figures():
                    assert f"{index}.{name}" in printed, (case.case_id, index, name)

    def test_sections_cover_the_file(self, cases: list[Case]) -> None:
        """A bundle's sections run from page 1 to its last page without gap or overlap, and
        every section's key figures have evidence on one of its own pages."""
        for case in cases:
            if not case.labels.sections:
                continue
            pages = _pages(case)
            expected = 1
            for section in case.labels.sections:
                first, last = section.pages
                assert first == expected, (case.case_id, section.pages)
                assert last >= first, (case.case_id, section.pages)
                cited = dict(section.labels.evidence)
                for name in section.labels.key_figures():
                    assert name in cited, (case.case_id, name)
                    assert first <= cited[name].page <= last, (case.case_id, name)
                expected = last + 1
            assert expected - 1 == pages, case.case_id

    def test_single_documents_span_several_pages(self, cases: list[Case]) -> None:
        """The long documents run over two to four pages and are not bundles."""
        singles = [case for case in cases if case.kind != "packet"]
        assert len(singles) >= 10
        for case in singles:
            assert 2 <= _pages(case) <= 4, case.case_id
            assert set(dict(case.labels.evidence)) >= set(case.labels.key_figures()), case.case_id

    def test_kinds_sizes_and_formats(self, cases: list[Case]) -> None:
        """About forty bundles of two to eight pages, typed, scanned and mixed, with every
        kind of document among their sections."""
        bundles = [case for case in cases if case.kind == "packet"]
        assert len(bundles) >= 40
        assert all(2 <= case.labels.sections[-1].pages[1] <= 8 for case in bundles)
        kinds = {s.labels.document_type for case in bundles for s in case.labels.sections}
        assert kinds >= {
            "invoice",
            "receipt",
            "purchase_order",
            "letter",
            "form",
            "statement",
            "contract",
            "other",
        }
        assert any(case.scanned for case in bundles)
        assert any(not case.scanned for case in bundles)

    def test_deterministic(self, cases: list[Case]) -> None:
        """The same files and labels from the same seed."""
        again = build_variety_bundles(_SEED)
        assert [(c.labels, c.data, c.blocks) for c in cases] == [
            (c.labels, c.data, c.blocks) for c in again
        ]
