"""harbour's documents: the same papers from the same seed, every kind and rendering in a draw
of the default count, every label printed and every key figure marked and cited, and the files
of each format open."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from support.printed_text import assert_key_figures_cited, assert_labels_printed, printed_text
from testbed.evaluation.author_harbour import RENDERINGS, TEMPLATES, build_harbour_documents
from testbed.evaluation.author_harbour_world import COUNTRIES, day, grouped
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.render import render
from testbed.evaluation.truth import Case

_SEED = 1
_COUNT = 80
_KINDS = {"invoice", "receipt", "purchase_order", "statement", "contract", "letter", "minutes"}


@functools.cache
def _draw(seed: int = _SEED, count: int = _COUNT) -> tuple[Case, ...]:
    return tuple(build_harbour_documents(seed, count))


def _written(amount: float) -> set[str]:
    """``amount`` as any of harbour's countries groups it, with and without its sign."""
    return {grouped(value, land) for land in COUNTRIES.values() for value in (amount, abs(amount))}


class TestBuildHarbourDocuments:
    def test_registered(self) -> None:
        """The builder is the "harbour" author of the registry."""
        assert AUTHORS["harbour"] is build_harbour_documents

    def test_deterministic_by_seed(self) -> None:
        """The same seed gives the same documents, byte for byte; another seed others."""
        first, again = build_harbour_documents(3, 20), build_harbour_documents(3, 20)
        assert [(c.case_id, c.labels, c.blocks, c.data) for c in first] == [
            (c.case_id, c.labels, c.blocks, c.data) for c in again
        ]
        assert [c.blocks for c in build_harbour_documents(4, 20)] != [c.blocks for c in first]

    def test_names(self) -> None:
        """``count`` documents named ``author-harbour-<seed>-<index>``."""
        cases = _draw()
        assert [c.case_id for c in cases] == [
            f"author-harbour-{_SEED}-{i:03d}" for i in range(_COUNT)
        ]

    def test_every_kind_template_and_rendering_occurs(self) -> None:
        """A draw of the default count holds every document type, template and rendering."""
        cases = _draw()
        assert {c.kind for c in cases} == _KINDS
        assert {c.layout.split("/")[0] for c in cases} == set(TEMPLATES)
        assert {c.layout.split("/")[1] for c in cases} == set(RENDERINGS)

    def test_some_go_through_ocr(self) -> None:
        """About one in seven is a scan or a photograph, read back by OCR."""
        scanned = sum(1 for c in _draw() if c.scanned or c.fmt == "jpg")
        assert 4 <= scanned <= 25

    def test_every_label_is_printed(self) -> None:
        """Parties, line items, amounts and the total are all in the document's text."""
        for case in _draw():
            assert_labels_printed(case, _written)

    def test_every_key_figure_is_marked_and_cited(self) -> None:
        """Each labelled key figure has evidence, and its marked text is in the document."""
        for case in _draw():
            assert_key_figures_cited(case)

    def test_dates_are_printed_and_real(self) -> None:
        """Every labelled date is a real day printed in one of the country's styles."""
        for case in _draw():
            text = printed_text(case)
            for _, iso in case.labels.dates:
                when = dt.date.fromisoformat(iso)
                forms = {day(when, land, s) for land in COUNTRIES.values()
                         for s in ("num", "long", "short", "dash", "iso")}  # fmt: skip
                assert any(form in text for form in forms), (case.case_id, iso)

    def test_geometry_for_pdfs_and_scans(self) -> None:
        """PDFs and scans cite each key figure with a box on the page."""
        for case in _draw():
            if case.fmt in ("pdf", "jpg"):
                for name, evidence in case.labels.evidence:
                    assert evidence.bbox is not None, (case.case_id, name)

    def test_some_papers_run_to_two_pages(self) -> None:
        """Conditions of sale put some invoices set at positions on a second page."""
        import pypdfium2  # noqa: PLC0415 - only this test counts pages

        pages = [
            len(pypdfium2.PdfDocument(render(c))) for c in _draw() if c.layout.endswith("/pdf")
        ]
        assert max(pages) == 2

    @pytest.mark.parametrize("fmt", ["pdf", "jpg", "docx", "html", "txt", "eml", "md"])
    def test_files_open(self, fmt: str) -> None:
        """A few documents of each format render to non-empty bytes; PDFs start as PDFs."""
        chosen = [c for c in _draw() if c.fmt == fmt][:3]
        assert chosen
        for case in chosen:
            data = render(case)
            assert data
            if fmt == "pdf":
                assert data.startswith(b"%PDF")
            if fmt == "jpg":
                assert data[:2] == b"\xff\xd8"
