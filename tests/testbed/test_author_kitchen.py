"""The kitchen-drawer author's documents: drawn deterministically, every paper and rendering
drawn at the default count, every labelled key figure printed and cited, the files open."""

from __future__ import annotations

import functools

import pytest

from support.printed_text import assert_key_figures_cited, printed_text
from testbed.evaluation.author_kitchen import TEMPLATES, build_kitchen_documents
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.render import render
from testbed.evaluation.truth import Case

#: The count the bench draws per author when it is asked for 80 documents.
COUNT = 80


@functools.cache
def _drawn(seed: int = 1) -> tuple[Case, ...]:
    return tuple(build_kitchen_documents(seed, COUNT))


class TestDraw:
    def test_the_same_seed_draws_the_same_documents(self) -> None:
        """Two draws from one seed give the same cases and the same bytes."""
        again = build_kitchen_documents(1, 12)
        for first, second in zip(_drawn()[:12], again, strict=True):
            assert first.case_id == second.case_id
            assert first.labels == second.labels
            assert render(first) == render(second)

    def test_another_seed_draws_other_documents(self) -> None:
        """A different seed gives different labels."""
        other = build_kitchen_documents(2, 12)
        assert [c.labels for c in other] != [c.labels for c in _drawn()[:12]]

    def test_case_ids_name_the_author_seed_and_index(self) -> None:
        """Ids are ``author-kitchen-<seed>-<index>``."""
        assert [c.case_id for c in _drawn()] == [f"author-kitchen-1-{i:03d}" for i in range(COUNT)]

    def test_every_paper_and_rendering_occurs(self) -> None:
        """The default count draws every template and every way a paper arrives."""
        cases = _drawn()
        assert {c.layout.split("/")[0] for c in cases} == {name for name, _, _ in TEMPLATES}
        ways = {c.layout.split("/")[1] for c in cases}
        assert ways >= {"pdf", "pdf-flow", "pdf-scan", "jpg", "docx", "html", "txt", "eml", "md"}
        kinds = {c.kind for c in cases}
        assert kinds >= {
            "invoice",
            "receipt",
            "statement",
            "letter",
            "contract",
            "minutes",
            "other",
        }

    def test_about_one_in_six_passes_through_ocr(self) -> None:
        """Scans and photographs stay a minority."""
        scanned = sum(1 for c in _drawn() if c.scanned or c.fmt == "jpg")
        assert 0.08 * COUNT <= scanned <= 0.25 * COUNT

    def test_registered(self) -> None:
        """The bench finds the author by name."""
        assert AUTHORS["kitchen"] is build_kitchen_documents


class TestLabels:
    @pytest.mark.parametrize("index", range(COUNT))
    def test_key_figures_are_printed_and_cited(self, index: int) -> None:
        """Each labelled key figure has its evidence and stands in the printed text."""
        assert_key_figures_cited(_drawn()[index])

    def test_people_organisations_and_rows_are_printed(self) -> None:
        """Names and each row's description stand in the document."""
        for case in _drawn():
            text = printed_text(case).casefold()
            for name in (*case.labels.organizations, *case.labels.people):
                assert name.casefold() in text, (case.case_id, name)
            for row in case.labels.line_items or ():
                assert row.description.casefold() in text, (case.case_id, row)

    def test_dates_are_real_iso_days_in_known_roles(self) -> None:
        """Every labelled date has a role the schema knows."""
        for case in _drawn():
            for role, day in case.labels.dates:
                assert role in {"issue", "due", "effective", "end"}
                assert len(day) == 10, (case.case_id, day)


class TestFiles:
    def test_a_few_of_each_format_open(self) -> None:
        """Up to three files of every format render to bytes; PDFs start with %PDF."""
        seen: dict[str, int] = {}
        for case in _drawn():
            how = case.layout.split("/")[1]
            if seen.get(how, 0) >= 3:
                continue
            seen[how] = seen.get(how, 0) + 1
            data = render(case)
            assert data, case.case_id
            if case.fmt == "pdf":
                assert data.startswith(b"%PDF"), case.case_id
            if case.fmt == "jpg":
                assert data[:3] == b"\xff\xd8\xff", case.case_id
