"""The mainstreet author's papers: drawn deterministically, every paper and rendering drawn,
every labelled key figure printed and cited, and the files open."""

from __future__ import annotations

import datetime as dt
from functools import cache

from support.printed_text import assert_key_figures_cited, printed_text
from testbed.evaluation.author_mainstreet import (
    DEFAULT_COUNT,
    RENDERINGS,
    TEMPLATES,
    build_mainstreet_documents,
)
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.render import render
from testbed.evaluation.truth import Case


@cache
def _drawn() -> tuple[Case, ...]:
    return tuple(build_mainstreet_documents(3, DEFAULT_COUNT))


class TestMainstreet:
    def test_registered(self) -> None:
        """The builder is the author named mainstreet."""
        assert AUTHORS["mainstreet"] is build_mainstreet_documents

    def test_same_seed_same_documents(self) -> None:
        """A seed draws the same papers, labels and renderings again."""
        again = build_mainstreet_documents(3, 12)
        first = _drawn()[:12]
        assert [c.case_id for c in again] == [c.case_id for c in first]
        assert [c.labels for c in again] == [c.labels for c in first]
        assert [c.layout for c in again] == [c.layout for c in first]
        assert [render(c) for c in again[:4]] == [render(c) for c in first[:4]]

    def test_every_paper_and_rendering_occurs(self) -> None:
        """The default count draws every template's kind and every rendering."""
        cases = _drawn()
        assert {c.layout for c in cases} == set(RENDERINGS)
        kinds = {c.kind for c in cases}
        assert kinds >= {
            "invoice",
            "receipt",
            "purchase_order",
            "statement",
            "contract",
            "minutes",
            "other",
            "letter",
        }
        assert len(TEMPLATES) >= 12
        assert [c.case_id for c in cases][:2] == [
            "author-mainstreet-3-000",
            "author-mainstreet-3-001",
        ]

    def test_key_figures_printed_and_cited(self) -> None:
        """Every labelled key figure has evidence and its marked text is printed."""
        for case in _drawn():
            assert_key_figures_cited(case)

    def test_labelled_dates_exist_and_parties_print(self) -> None:
        """Labelled dates are real days; every party labelled is printed."""
        for case in _drawn():
            text = printed_text(case).casefold()
            for _, day in case.labels.dates:
                dt.date.fromisoformat(day)
            for name in (*case.labels.organizations, *case.labels.people):
                assert name.casefold() in text, (case.case_id, name)

    def test_renders_open(self) -> None:
        """A few renders of each format are non-empty files of their kind."""
        seen: dict[str, int] = {}
        for case in _drawn():
            if seen.get(case.layout, 0) >= 2:
                continue
            seen[case.layout] = seen.get(case.layout, 0) + 1
            data = render(case)
            assert data, case.case_id
            if case.fmt == "pdf":
                assert data.startswith(b"%PDF"), case.case_id
            if case.fmt == "docx":
                assert data.startswith(b"PK"), case.case_id
            if case.fmt == "jpg":
                assert data.startswith(b"\xff\xd8"), case.case_id
