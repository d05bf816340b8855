"""The quayside author's trade papers: drawn deterministically, every template and rendering
in a default draw, every labelled key figure printed and cited, the files open."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from support.printed_text import assert_key_figures_cited, printed_text
from testbed.evaluation.author_quayside import (
    DEFAULT_COUNT,
    RENDERINGS,
    TEMPLATES,
    build_quayside_documents,
    planned,
)
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render


@cache
def _cases() -> tuple[Case, ...]:
    return tuple(build_quayside_documents(1, DEFAULT_COUNT))


class TestQuaysideDocuments:
    def test_registered(self) -> None:
        """The builder is one of the authors the bench scores."""
        assert AUTHORS["quayside"] is build_quayside_documents

    def test_same_seed_same_documents(self) -> None:
        """A seed draws the same papers, labels and bytes each time; another seed differs."""
        again = build_quayside_documents(1, 12)
        assert [c.labels for c in again] == [c.labels for c in _cases()[:12]]
        assert [render(c) for c in again[:4]] == [render(c) for c in _cases()[:4]]
        assert [c.labels for c in build_quayside_documents(2, 12)] != [c.labels for c in again]

    def test_ids(self) -> None:
        """Case ids name the author, the seed and the index."""
        assert [c.case_id for c in _cases()[:2]] == [
            "author-quayside-1-000",
            "author-quayside-1-001",
        ]

    def test_every_template_and_rendering_drawn(self) -> None:
        """The default draw holds every template, rendering and document type."""
        plan = planned(1, DEFAULT_COUNT)
        assert {name for name, _, _ in plan} == set(TEMPLATES)
        assert {c.layout for c in _cases()} == set(RENDERINGS)
        kinds = {c.kind for c in _cases()}
        assert kinds >= {"invoice", "purchase_order", "statement", "letter", "contract", "other"}
        assert {loc.key for _, _, loc in plan} == {"us", "uk", "au", "sg", "ae", "eu"}

    def test_key_figures_printed_and_cited(self) -> None:
        """Every labelled key figure is printed where its evidence says."""
        for case in _cases():
            assert_key_figures_cited(case)

    def test_dates_exist_and_parties_printed(self) -> None:
        """Labelled dates are real days; labelled parties stand in the text."""
        for case in _cases():
            text = printed_text(case).casefold()
            for _, day in case.labels.dates:
                dt.date.fromisoformat(day)
            for name in case.labels.organizations:
                assert name.casefold() in text, (case.case_id, name)

    @pytest.mark.parametrize("how", sorted(RENDERINGS))
    def test_renders_open(self, how: str) -> None:
        """A few documents of each rendering give non-empty files; PDFs are PDFs."""
        cases = [c for c in _cases() if c.layout == how][:3]
        for case in cases:
            data = render(case)
            assert data
            if case.fmt == "pdf":
                assert data.startswith(b"%PDF")
