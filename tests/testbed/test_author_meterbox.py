"""The meterbox author's documents: drawn deterministically, every paper and rendering in
the default draw, every labelled key figure printed and cited, and every format opens."""

from __future__ import annotations

import re
from functools import cache

from support.printed_text import assert_key_figures_cited, assert_labels_printed
from testbed.evaluation.author_meterbox import PAPERS, build_meterbox_documents
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.probe_sheets import RENDERINGS
from testbed.evaluation.render import render
from testbed.evaluation.truth import Case


@cache
def _draw(seed: int = 3) -> tuple[Case, ...]:
    return tuple(build_meterbox_documents(seed, 136))


def _written(amount: float) -> set[str]:
    """The ways these papers print an amount (separators of the place, minus kept)."""
    plain = f"{abs(amount):,.2f}"
    sign = "-" if amount < 0 else ""
    forms = {plain, plain.replace(",", "."), plain.replace(",", "\u202f")}
    forms |= {f.replace(".", ",", f.count(".") and 1) for f in forms}
    continental = plain.replace(",", "\0").replace(".", ",").replace("\0", ".")
    forms |= {continental, continental.replace(".", "\u202f")}
    return {sign + form for form in forms} | forms


class TestMeterbox:
    def test_registered(self) -> None:
        """The builder is registered under its name."""
        assert AUTHORS["meterbox"] is build_meterbox_documents

    def test_same_seed_same_documents(self) -> None:
        """A seed draws the same documents, another seed different ones."""
        first = build_meterbox_documents(5, 20)
        again = build_meterbox_documents(5, 20)
        assert [(c.case_id, c.blocks, c.labels) for c in first] == [
            (c.case_id, c.blocks, c.labels) for c in again
        ]
        assert [c.blocks for c in build_meterbox_documents(6, 20)] != [c.blocks for c in first]

    def test_ids(self) -> None:
        """Case ids name the author, the seed and the index."""
        assert all(re.fullmatch(r"author-meterbox-3-\d{3}", c.case_id) for c in _draw())

    def test_every_paper_and_rendering(self) -> None:
        """The default draw has every paper and every rendering."""
        layouts = [case.layout.split("/") for case in _draw()]
        assert {paper for paper, _ in layouts} == set(PAPERS)
        assert {how for _, how in layouts} == set(RENDERINGS)

    def test_key_figures_printed_and_cited(self) -> None:
        """Every labelled key figure is printed, marked and has its evidence."""
        for case in _draw():
            assert_key_figures_cited(case)

    def test_labels_printed(self) -> None:
        """Parties, table rows, amounts and totals stand in the printed text."""
        for case in _draw():
            assert_labels_printed(case, _written)

    def test_formats_open(self) -> None:
        """A few renders of each format are files of that format."""
        seen: dict[str, int] = {}
        for case in _draw():
            how = case.layout.split("/")[1]
            if seen.get(how, 0) >= 3:
                continue
            seen[how] = seen.get(how, 0) + 1
            data = render(case)
            assert data, case.case_id
            if case.fmt == "pdf":
                assert data.startswith(b"%PDF"), case.case_id
            elif case.fmt == "docx":
                assert data.startswith(b"PK"), case.case_id
            elif case.fmt == "jpg":
                assert data.startswith(b"\xff\xd8"), case.case_id
        assert set(seen) == set(RENDERINGS)
