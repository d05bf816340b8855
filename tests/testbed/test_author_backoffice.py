"""The accounts-payable inbox's author: its draw is deterministic, covers every paper and
rendering, prints and cites every figure it labels, and its files open."""

from __future__ import annotations

import datetime as dt
import random
from functools import cache

import pytest

from support.printed_text import assert_key_figures_cited, assert_labels_printed
from testbed.evaluation.author_backoffice import (
    DEFAULT_COUNT,
    RENDERINGS,
    TEMPLATES,
    build_backoffice_documents,
)
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.probe_sheets import sheet_case
from testbed.evaluation.render import render
from testbed.evaluation.truth import Case


@cache
def _draw() -> tuple[Case, ...]:
    return tuple(build_backoffice_documents(1, DEFAULT_COUNT))


def _written(amount: float) -> set[str]:
    """The ways the inbox's papers print ``amount`` (with either decimal separator)."""
    text = f"{abs(amount):,.2f}".replace(",", "\0")
    return {
        text.replace(".", decimal).replace("\0", thousands)
        for thousands, decimal in ((",", "."), (".", ","), (" ", ","))
    }


class TestDraw:
    def test_same_seed_same_documents(self) -> None:
        """Two draws from one seed are the same documents, labels and all."""
        first = build_backoffice_documents(7, 20)
        again = build_backoffice_documents(7, 20)
        assert [(c.case_id, c.blocks, c.labels, c.fmt) for c in first] == [
            (c.case_id, c.blocks, c.labels, c.fmt) for c in again
        ]

    def test_another_seed_other_documents(self) -> None:
        """Another seed draws other documents."""
        assert (
            build_backoffice_documents(1, 5)[0].blocks != build_backoffice_documents(2, 5)[0].blocks
        )

    def test_ids_and_registration(self) -> None:
        """Case ids carry the author, seed and index; the author is registered."""
        assert [c.case_id for c in build_backoffice_documents(3, 3)] == [
            f"author-backoffice-3-{i:03d}" for i in range(3)
        ]
        assert AUTHORS["backoffice"] is build_backoffice_documents

    def test_every_paper_and_rendering_occurs(self) -> None:
        """The default draw holds every template and every rendering."""
        layouts = [c.layout.split("/") for c in _draw()]
        assert {name for name, _ in layouts} == set(TEMPLATES)
        assert {how for _, how in layouts} == set(RENDERINGS)
        assert len(TEMPLATES) >= 12


class TestLabels:
    def test_key_figures_printed_and_cited(self) -> None:
        """Every labelled key figure is printed where its evidence says."""
        for case in _draw():
            assert_key_figures_cited(case)

    def test_parties_items_and_amounts_printed(self) -> None:
        """Parties, item rows and every labelled amount stand in the printed text."""
        for case in _draw():
            assert_labels_printed(case, _written)

    def test_dates_are_days(self) -> None:
        """Every labelled date is a real ISO day, and issue comes no later than due."""
        for case in _draw():
            days = {role: dt.date.fromisoformat(day) for role, day in case.labels.dates}
            if "issue" in days and "due" in days:
                assert days["issue"] <= days["due"], case.case_id

    def test_geometry_for_positioned_renderings(self) -> None:
        """PDFs and pictures report a box for every key figure."""
        for case in _draw():
            if case.fmt in ("pdf", "jpg", "png"):
                assert all(ev.bbox is not None for _, ev in case.labels.evidence), case.case_id


@pytest.mark.parametrize("how", sorted(RENDERINGS))
def test_renders_open(how: str) -> None:
    """A few papers rendered each way give non-empty files; PDFs start with %PDF."""
    rng = random.Random(how)
    for name in sorted(TEMPLATES)[:: 5 if how in ("pdf-scan", "jpg", "png") else 2]:
        sheet, labels = TEMPLATES[name](rng)
        case = sheet_case(f"t-{name}", sheet, labels, how, rng)
        data = render(case)
        assert data, (name, how)
        if case.fmt == "pdf":
            assert data.startswith(b"%PDF"), (name, how)
