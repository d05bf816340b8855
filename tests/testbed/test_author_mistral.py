"""mistral's documents: drawn deterministically, every paper and rendering turns up, every
labelled key figure is printed and cited, and the files open."""

from __future__ import annotations

from functools import cache

import pytest

from support.printed_text import assert_key_figures_cited, printed_text
from testbed.evaluation.author_mistral import (
    DEFAULT_COUNT,
    PAPERS,
    RENDERINGS,
    build_mistral_documents,
)
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.render import render
from testbed.evaluation.truth import Case


@cache
def _drawn() -> tuple[Case, ...]:
    return tuple(build_mistral_documents(3))


class TestMistralDocuments:
    def test_registered(self) -> None:
        """The builder is an author the bench scores."""
        assert AUTHORS["mistral"] is build_mistral_documents

    def test_same_seed_same_documents(self) -> None:
        """A seed draws the same documents, with the ids the bench filters on."""
        first, again = build_mistral_documents(7, 12), build_mistral_documents(7, 12)
        assert [c.labels for c in first] == [c.labels for c in again]
        assert [c.blocks for c in first] == [c.blocks for c in again]
        assert first[0].case_id == "author-mistral-7-000"

    def test_every_paper_and_rendering_occurs(self) -> None:
        """The default count covers every paper and every way a paper arrives."""
        cases = _drawn()
        assert len(cases) == DEFAULT_COUNT
        assert {c.layout.split("/")[0] for c in cases} == set(PAPERS)
        assert {c.layout.split("/")[1] for c in cases} == set(RENDERINGS)

    def test_key_figures_printed_and_cited(self) -> None:
        """Every labelled key figure stands where it is marked, with its evidence."""
        for case in _drawn():
            assert_key_figures_cited(case)

    def test_parties_and_items_printed(self) -> None:
        """Labelled parties and item descriptions are printed as labelled."""
        for case in _drawn():
            text = printed_text(case).casefold()
            for name in (*case.labels.organizations, *case.labels.people):
                assert name.casefold() in text, (case.case_id, name)
            for row in case.labels.line_items or ():
                assert " ".join(row.description.split()).casefold() in text, (case.case_id, row)

    def test_items_add_up_to_the_total(self) -> None:
        """Invoice rows multiply out; where there are no taxes they make the total."""
        for case in _drawn():
            for row in case.labels.line_items or ():
                if row.quantity is not None and row.unit_price is not None:
                    assert row.quantity * row.unit_price == pytest.approx(row.amount)

    @pytest.mark.parametrize("layout", sorted(RENDERINGS))
    def test_files_open(self, layout: str) -> None:
        """A few renders of each format have bytes; PDFs are PDFs."""
        cases = [c for c in _drawn() if c.layout.split("/")[1] == layout][:2]
        for case in cases:
            data = render(case)
            assert data
            if case.fmt == "pdf":
                assert data.startswith(b"%PDF")
