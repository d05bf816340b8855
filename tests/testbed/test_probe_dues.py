"""The due-date probes: the same probes from the same seed, every label printed in the probe it
labels, each key figure marked and cited, due dates given by a printed date or by terms that
give it, and every axis drawn."""

from __future__ import annotations

import datetime as dt
import re

from support.printed_text import assert_key_figures_cited, assert_labels_printed
from testbed.evaluation.probe_dues import FORMATS, KINDS, PLACES, build_due_probes
from testbed.evaluation.probe_dues_words import TONGUES, written
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_dues_style import figure

_SEED = 7
_COUNT = 160


def _written(amount: float) -> set[str]:
    """``amount`` as the probes write it, in every tongue's grouping."""
    return {figure(abs(amount), t.money[1], t.money[2]) for t in TONGUES}


def _printed_forms(day: dt.date) -> set[str]:
    """``day`` in every style any tongue prints dates in."""
    return {written(day, style) for t in TONGUES for style in t.dates}


class TestBuildDueProbes:
    def test_deterministic_by_seed(self) -> None:
        """The same seed gives the same probes, byte for byte; another seed others."""
        first, again = build_due_probes(_SEED, 40), build_due_probes(_SEED, 40)
        assert [(c.case_id, c.labels, c.blocks, c.data) for c in first] == [
            (c.case_id, c.labels, c.blocks, c.data) for c in again
        ]
        other = build_due_probes(_SEED + 1, 40)
        assert [c.blocks for c in other] != [c.blocks for c in first]

    def test_count_and_unique_names(self) -> None:
        """``count`` probes, each named once."""
        cases = build_due_probes(_SEED, 25)
        assert len(cases) == 25
        assert len({c.case_id for c in cases}) == 25

    def test_every_label_is_printed(self) -> None:
        """Parties, amounts and the total are all in the probe's text."""
        for case in build_due_probes(_SEED, _COUNT):
            assert_labels_printed(case, _written)

    def test_every_key_figure_is_marked_and_cited(self) -> None:
        """Each labelled key figure has evidence, and its marked text is in the probe."""
        for case in build_due_probes(_SEED, _COUNT):
            assert_key_figures_cited(case)

    def test_due_dates_are_printed_or_given_by_terms(self) -> None:
        """A labelled due date is printed; else the marked terms give it in days from the
        issue date, or ask for payment now (the issue date)."""
        for case in build_due_probes(_SEED, _COUNT):
            figures, printed = case.labels.key_figures(), printed_values(list(case.blocks))
            if "dueDate" not in figures:
                continue
            due, issued = (dt.date.fromisoformat(figures[k]) for k in ("dueDate", "issueDate"))
            shown = printed["dueDate"]
            if shown in _printed_forms(due):
                continue
            days = re.search(r"\d+", shown)
            if days is None:
                assert due == issued, (case.case_id, shown)
            else:
                assert due == issued + dt.timedelta(days=int(days.group())), (case.case_id, shown)

    def test_credit_notes_and_instalments_have_no_single_due_date(self) -> None:
        """A credit note asks for no payment; a table of instalments has several due days."""
        for case in build_due_probes(_SEED, _COUNT):
            if "/credit/" in case.layout or case.layout.endswith("/instalments"):
                assert "dueDate" not in case.labels.key_figures(), case.case_id

    def test_every_axis_is_drawn(self) -> None:
        """Every tongue, kind, placement, form and format appears among a few hundred."""
        cases = build_due_probes(_SEED, 400)
        parts = [c.layout.split("/") for c in cases]
        assert {p[0] for p in parts} == {t.code for t in TONGUES}
        assert {p[1] for p in parts} == set(KINDS)
        assert {p[3] for p in parts} == set(PLACES)
        assert {p[2] for p in parts} == {"date", "terms", "now", "none"}
        formats = {f"{c.fmt}{'-scan' if c.scanned else ''}" for c in cases}
        assert {f.removesuffix("-flow") for f in FORMATS} == formats


class TestWritten:
    def test_styles(self) -> None:
        """Numeric dates with their separators and year widths, and month names."""
        day = dt.date(2026, 4, 2)
        assert written(day, "iso") == "2026-04-02"
        assert written(day, "mdy:/4") == "04/02/2026"
        assert written(day, "dmy:.2") == "02.04.26"
        assert written(day, "dmy:.n") == "2.4.2026"
        assert written(day, "dmy:. n") == "2. 4. 2026"
        assert written(day, "dabbr:en") == "02-Apr-26"
        assert written(day, "mlong:en") == "April 2, 2026"
        assert written(day, "ord:en") == "2nd April 2026"
        assert written(day, "long:de") == "2. April 2026"
        assert written(day, "long:es") == "2 de abril de 2026"
        assert written(day, "long:pl") == "2 kwietnia 2026"
        assert written(dt.date(2026, 1, 9), "long:at") == "9. Jänner 2026"
