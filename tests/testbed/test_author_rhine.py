"""Author ``rhine``'s European papers: drawn the same from the same seed, every kind of paper
and every rendering turns up in a default draw, every labelled figure is printed and cited,
and every format opens."""

from __future__ import annotations

import functools
import random

import pytest

from support.printed_text import (
    assert_key_figures_cited,
    assert_labels_printed,
    printed_text,
)
from testbed.evaluation.author_rhine import TEMPLATES, build_rhine_documents
from testbed.evaluation.author_rhine_german import rechnung
from testbed.evaluation.author_rhine_style import grouped
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.corpus import Case
from testbed.evaluation.probe_sheets import RENDERINGS
from testbed.evaluation.render import render
from testbed.evaluation.variety_dues_print import sheet_pdf

COUNT = 80


@functools.cache
def _draw(seed: int = 1) -> tuple[Case, ...]:
    return tuple(build_rhine_documents(seed, COUNT))


def _written(amount: float) -> set[str]:
    """The ways the papers print an amount: each country's marks, and a QR slip's."""
    return {grouped(amount, thousands, decimal)
            for thousands, decimal in ((".", ","), (" ", ","), ("'", "."), (" ", "."))}  # fmt: skip


class TestDraw:
    def test_same_seed_same_documents(self) -> None:
        """A seed fixes every document, its labels and its bytes."""
        again = build_rhine_documents(1, COUNT)
        assert [(c.case_id, c.blocks, c.labels, c.data) for c in again] == [
            (c.case_id, c.blocks, c.labels, c.data) for c in _draw()
        ]

    def test_other_seed_other_documents(self) -> None:
        """Another seed draws other papers."""
        assert [c.blocks for c in build_rhine_documents(2, 5)] != [c.blocks for c in _draw()[:5]]

    def test_ids_count_and_registration(self) -> None:
        """Case ids follow the author's scheme and the builder is registered."""
        cases = _draw()
        assert len(cases) == COUNT
        assert cases[7].case_id == "author-rhine-1-007"
        assert AUTHORS["rhine"] is build_rhine_documents

    def test_every_kind_and_rendering_occurs(self) -> None:
        """A default draw holds every document type the templates write and every rendering."""
        cases = _draw()
        kinds = {c.labels.document_type for c in cases}
        assert kinds >= {"invoice", "receipt", "purchase_order", "statement", "contract",
                         "letter", "minutes", "other"}  # fmt: skip
        assert {c.layout for c in cases} == set(RENDERINGS)
        assert len(TEMPLATES) >= 10

    def test_a_minority_goes_through_ocr(self) -> None:
        """Most papers are born-digital; OCR renderings stay a minority."""
        scanned = sum(1 for c in _draw() if c.layout in ("pdf-scan", "jpg"))
        assert 0 < scanned < COUNT // 3


class TestLabels:
    def test_key_figures_printed_and_cited(self) -> None:
        """Every labelled key figure is marked where it is printed and has its evidence."""
        for case in _draw():
            assert_key_figures_cited(case)

    def test_amounts_parties_and_items_printed(self) -> None:
        """Parties, item rows, amounts and the total all stand in the printed text."""
        for case in _draw():
            assert_labels_printed(case, _written)

    def test_dates_are_real_and_ordered(self) -> None:
        """A due date never precedes the issue date; an end never precedes the start."""
        for case in _draw():
            days = dict(case.labels.dates)
            if "due" in days:
                assert days["due"] >= days["issue"], case.case_id
            if "end" in days and "effective" in days:
                assert days["end"] > days["effective"], case.case_id

    def test_item_rows_add_up(self) -> None:
        """Each row with a quantity and a unit price is their product."""
        for case in _draw():
            for row in case.labels.line_items or ():
                if row.quantity is not None and row.unit_price is not None:
                    assert abs(row.quantity * row.unit_price - row.amount) < 0.011, case.case_id

    def test_numbers_are_printed_as_labelled(self) -> None:
        """The labelled number stands verbatim in the paper."""
        for case in _draw():
            if case.labels.number:
                assert case.labels.number in printed_text(case), case.case_id


def test_long_invoices_run_over_two_pages() -> None:
    """A long Rechnung is set over two pages, its totals cited on the second."""
    long = []
    for seed in range(40):
        sheet, _ = rechnung(random.Random(seed))
        if sheet.running:
            long.append(sheet_pdf(sheet))
    assert long
    for data, evidence in long:
        assert data.startswith(b"%PDF")
        assert evidence["total"].page == 2
        assert evidence["documentNumber"].page == 1


@pytest.mark.parametrize("layout", sorted(RENDERINGS))
def test_renderings_open(layout: str) -> None:
    """A few documents of each rendering give a non-empty file of their format."""
    cases = [c for c in _draw() if c.layout == layout][:3]
    assert cases
    for case in cases:
        data = render(case)
        assert data
        if case.fmt == "pdf":
            assert data.startswith(b"%PDF")
        elif case.fmt == "jpg":
            assert data[:3] == b"\xff\xd8\xff"
        elif case.fmt == "docx":
            assert data[:2] == b"PK"
