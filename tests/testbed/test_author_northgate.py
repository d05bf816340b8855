"""The northgate author: its documents are drawn deterministically, cover every paper and
rendering, print and cite every key figure they are labelled with, and open as files."""

from __future__ import annotations

import datetime as dt
import zipfile
from io import BytesIO

import pytest

from support.printed_text import assert_key_figures_cited, assert_labels_printed
from testbed.evaluation.author_northgate import (
    RENDERINGS,
    TEMPLATES,
    build_northgate_documents,
    planned,
)
from testbed.evaluation.author_northgate_gulf import hijri, in_words
from testbed.evaluation.author_northgate_style import day_text, money, written
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render

#: The bench shares ``--authors 900`` among the authors: this author's share.
DEFAULT_COUNT = 150
#: Three rounds of the templates: every paper in several renderings.
DRAWN = 3 * len(TEMPLATES)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return build_northgate_documents(1, DRAWN)


class TestDrawing:
    def test_the_author_is_registered(self) -> None:
        """The bench finds northgate among the authors."""
        assert AUTHORS["northgate"] is build_northgate_documents

    def test_the_same_seed_draws_the_same_documents(self, cases: list[Case]) -> None:
        """Ids, blocks, labels and files repeat for a seed; another seed draws others."""
        again = build_northgate_documents(1, DRAWN)
        assert [c.case_id for c in again] == [c.case_id for c in cases]
        assert [c.blocks for c in again] == [c.blocks for c in cases]
        assert [c.labels for c in again] == [c.labels for c in cases]
        # python-docx stamps each file with the time it was written: compare the others.
        fixed = [i for i, c in enumerate(cases) if c.fmt != "docx"]
        assert [render(again[i]) for i in fixed] == [render(cases[i]) for i in fixed]
        other = build_northgate_documents(2, DRAWN)
        assert [c.labels for c in other] != [c.labels for c in cases]

    def test_ids_name_the_author_seed_and_index(self, cases: list[Case]) -> None:
        """Ids are ``author-northgate-<seed>-<index>``."""
        assert cases[7].case_id == "author-northgate-1-007"

    def test_the_default_draw_has_every_paper_and_rendering(self) -> None:
        """A draw of the bench's share holds every template and every rendering, about 15% of
        them through OCR."""
        plan = planned(1, DEFAULT_COUNT)
        assert {name for name, _ in plan} == set(TEMPLATES)
        assert {how for _, how in plan} == set(RENDERINGS)
        scanned = sum(how in ("pdf-scan", "jpg") for _, how in plan)
        assert 0.12 <= scanned / DEFAULT_COUNT <= 0.18

    def test_every_kind_occurs(self, cases: list[Case]) -> None:
        """Invoices, statements, an order, minutes, contracts and letters are all drawn."""
        assert {c.kind for c in cases} == {
            "invoice", "statement", "purchase_order", "minutes", "contract", "letter",
        }  # fmt: skip


class TestLabels:
    def test_every_key_figure_is_printed_and_cited(self, cases: list[Case]) -> None:
        """Each labelled key figure stands in the document and has its evidence."""
        for case in cases:
            assert_key_figures_cited(case)

    def test_parties_items_and_amounts_are_printed(self, cases: list[Case]) -> None:
        """Names, rows and amounts labelled are in the printed text."""
        for case in cases:
            assert_labels_printed(case, written)

    def test_dates_exist_and_roles_are_single(self, cases: list[Case]) -> None:
        """Every labelled date is a real day, each role given once; due follows issue."""
        for case in cases:
            roles = [role for role, _ in case.labels.dates]
            assert len(roles) == len(set(roles)), case.case_id
            days = {role: dt.date.fromisoformat(day) for role, day in case.labels.dates}
            if "due" in days:
                assert days["due"] > days["issue"], case.case_id

    def test_pdf_evidence_has_boxes(self, cases: list[Case]) -> None:
        """PDFs and scans give each key figure a box on its page."""
        for case in cases:
            if case.fmt in ("pdf", "jpg"):
                for name, evidence in case.labels.evidence:
                    assert evidence.bbox is not None, (case.case_id, name)


class TestFiles:
    def test_every_format_opens(self, cases: list[Case]) -> None:
        """A few files of each format have bytes of their kind."""
        seen: dict[str, int] = {}
        for case in cases:
            if seen.get(case.fmt, 0) >= 3:
                continue
            seen[case.fmt] = seen.get(case.fmt, 0) + 1
            data = render(case)
            assert data, case.case_id
            if case.fmt == "pdf":
                assert data.startswith(b"%PDF"), case.case_id
            elif case.fmt == "docx":
                assert "word/document.xml" in zipfile.ZipFile(BytesIO(data)).namelist()
            elif case.fmt == "jpg":
                assert data.startswith(b"\xff\xd8"), case.case_id
            else:
                assert data.decode()
        assert set(seen) == {"pdf", "docx", "html", "txt", "eml", "jpg"}


class TestFigures:
    def test_amounts_print_in_each_convention(self) -> None:
        """Space, dot, English and Indian grouping."""
        assert money(1234567.5, "space") == "1 234 567,50"
        assert money(1234.5, "dot") == "1.234,50"
        assert money(-1234.5, "en") == "-1,234.50"
        assert money(12345678, "in") == "1,23,45,678.00"
        assert money(407518, "space", 0) == "407 518"

    def test_dates_print_in_each_convention(self) -> None:
        """ISO, day first, Hungarian, month names."""
        day = dt.date(2026, 11, 28)
        assert day_text(day, "hu") == "2026.11.28."
        assert day_text(day, "cz") == "28. 11. 2026"
        assert day_text(day, "mon") == "28-Nov-2026"
        assert day_text(day, "long-pl") == "28 listopada 2026"
        assert day_text(day, "long-fi") == "28. marraskuuta 2026"

    def test_words_and_hijri(self) -> None:
        """Amounts in words (Indian lakhs) and the tabular Hijri calendar."""
        assert (
            in_words(123456, indian=True) == "One Lakh Twenty-Three Thousand Four Hundred Fifty-Six"
        )
        assert in_words(7445) == "Seven Thousand Four Hundred Forty-Five"
        assert hijri(dt.date(2025, 3, 1)) == (1446, 9, 1)
