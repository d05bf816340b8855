"""The meridian author's documents: drawn deterministically, every paper and rendering in a
default draw, every labelled figure printed where its evidence says, and files that open."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from support.printed_text import assert_key_figures_cited, assert_labels_printed
from testbed.evaluation.author_meridian import DEFAULT_COUNT, PAPERS, build_meridian_documents
from testbed.evaluation.author_meridian_straits import statement_hk
from testbed.evaluation.author_meridian_style import every_form
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.corpus import Case
from testbed.evaluation.probe_sheets import RENDERINGS
from testbed.evaluation.render import render
from testbed.evaluation.variety_dues_print import sheet_pdf


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return build_meridian_documents(7, DEFAULT_COUNT)


class TestDraw:
    def test_registered(self) -> None:
        """The bench finds the author by its name."""
        assert AUTHORS["meridian"] is build_meridian_documents

    def test_same_seed_same_documents(self, cases: list[Case]) -> None:
        """A seed fixes every document: its id, paper, rendering, words and labels."""
        again = build_meridian_documents(7, 30)
        for first, second in zip(cases[:30], again, strict=True):
            assert (first.case_id, first.layout, first.blocks) == (
                second.case_id,
                second.layout,
                second.blocks,
            )
            assert first.labels == second.labels

    def test_ids(self, cases: list[Case]) -> None:
        """Ids name the author, the seed and the index."""
        assert [c.case_id for c in cases[:2]] == ["author-meridian-7-000", "author-meridian-7-001"]

    def test_every_paper_and_rendering(self, cases: list[Case]) -> None:
        """A default draw holds every paper and every rendering."""
        papers = {case.layout.split("/")[0] for case in cases}
        renderings = {case.layout.split("/")[1] for case in cases}
        assert papers == set(PAPERS)
        assert renderings == set(RENDERINGS)


class TestLabels:
    def test_key_figures_cited(self, cases: list[Case]) -> None:
        """Every labelled key figure is printed and has its evidence."""
        for case in cases:
            assert_key_figures_cited(case)

    def test_labels_printed(self, cases: list[Case]) -> None:
        """Parties, rows, amounts and totals stand in the printed text."""
        for case in cases:
            assert_labels_printed(case, every_form)

    def test_dates_exist(self, cases: list[Case]) -> None:
        """Every labelled date is a real day of a plausible year."""
        for case in cases:
            for _, day in case.labels.dates:
                assert 2025 <= dt.date.fromisoformat(day).year <= 2029, case.case_id

    def test_rows_add_up(self, cases: list[Case]) -> None:
        """A row's quantity times its unit price is its amount (to the cent)."""
        for case in cases:
            for row in case.labels.line_items or ():
                if row.quantity is not None and row.unit_price is not None:
                    assert abs(row.quantity * row.unit_price - row.amount) < 0.011, (
                        case.case_id,
                        row,
                    )

    def test_geometry_for_pdfs(self, cases: list[Case]) -> None:
        """Pages set at positions and scans give every key figure's box."""
        for case in cases:
            if case.fmt in ("pdf", "jpg", "png"):
                for name, evidence in case.labels.evidence:
                    assert evidence.bbox is not None, (case.case_id, name)


class TestFiles:
    def test_renders_open(self, cases: list[Case]) -> None:
        """A few files of each format have bytes, and PDFs are PDFs."""
        seen: dict[str, int] = {}
        for case in cases:
            if seen.get(case.layout.split("/")[1], 0) >= 2:
                continue
            seen[case.layout.split("/")[1]] = seen.get(case.layout.split("/")[1], 0) + 1
            data = render(case)
            assert data, case.case_id
            if case.fmt == "pdf":
                assert data.startswith(b"%PDF"), case.case_id
            if case.fmt == "eml":
                assert b"Subject:" in data, case.case_id

    def test_long_statements_take_two_pages(self, cases: list[Case]) -> None:
        """A month of many invoices runs onto a second page under a running header."""
        assert any(
            case.layout.startswith("statement-hk/") and "Page 1 of 2" in str(case.blocks)
            for case in cases
        )
        sheets = (statement_hk(random.Random(seed))[0] for seed in range(40))
        sheet = next(sheet for sheet in sheets if sheet.running)
        data, found = sheet_pdf(sheet)
        assert len(re.findall(rb"/Type /Page\b(?!s)", data)) == 2
        assert {"issueDate", "total", "vendor"} <= set(found)
