"""The probe families: drawn deterministically from their seed, labelled with what they print."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from testbed.evaluation.probe_number_words import KIND_OF, PAPERS, WORDS
from testbed.evaluation.probe_numbers import (
    COUNTRIES,
    PLACEMENTS,
    build_number_probes,
    draw_axes,
    number_sheet,
)
from testbed.evaluation.probe_sheets import RENDERINGS, sheet_case
from testbed.evaluation.probes import FAMILIES, build_probes
from testbed.evaluation.render import as_text, render
from testbed.evaluation.truth import Case, spans
from testbed.evaluation.variety_dues_print import sheet_blocks


def _printed(sheet_text: str) -> tuple[str, dict[str, str]]:
    text, marked = spans(sheet_text)
    return text, {name: text[start:end] for name, start, end in marked}


class TestFamilies:
    def test_the_number_family_is_registered(self) -> None:
        """The registry names the number probes' builder."""
        assert FAMILIES["numbers"] is build_number_probes

    def test_probes_are_shared_out_among_the_families(self) -> None:
        """Every family gets its share of the count, the first ones the remainder."""
        got: list[tuple[int, int]] = []

        def family(name: str) -> object:
            def build(seed: int, count: int) -> list[Case]:
                got.append((seed, count))
                return []

            return build

        build_probes(7, 5, {"a": family("a"), "b": family("b")})  # type: ignore[dict-item]
        assert got == [(7, 3), (7, 2)]

    def test_no_count_builds_nothing(self) -> None:
        """A count of 0 draws no probe."""
        assert build_probes(1, 0) == []


class TestNumberSheets:
    @pytest.mark.parametrize("language", sorted(WORDS))
    def test_every_language_has_words_and_a_country(self, language: str) -> None:
        """Every language titles and labels every paper, and prints in its country's style."""
        assert language in COUNTRIES
        for paper in PAPERS:
            assert WORDS[language].titles[paper]
            assert WORDS[language].labels[paper]

    @pytest.mark.parametrize("placement", PLACEMENTS)
    def test_the_labels_are_what_is_printed(self, placement: str) -> None:
        """The number, date, total and vendor labelled are the ones marked in the text."""
        for index in range(40):
            rng = random.Random(index)
            language = rng.choice(sorted(WORDS))
            paper = "invoice" if placement == "sentence" else rng.choice(PAPERS)
            sheet, writer = number_sheet(rng, language, paper, placement)
            labels = writer.labels(KIND_OF[paper])
            text, marked = _printed(as_text(sheet_blocks(sheet), keep_marks=True))
            assert marked["documentNumber"] == labels.number
            assert labels.number is not None
            assert text.count(labels.number) >= 1
            assert "issueDate" in marked
            if labels.total is not None:
                assert "total" in marked
            if labels.vendor is not None:
                assert marked["vendor"] == labels.vendor

    def test_the_number_stands_where_its_placement_says(self) -> None:
        """In the title line, the number follows the title; in a sentence, words surround it."""
        rng = random.Random(3)
        sheet, writer = number_sheet(rng, "en-GB", "invoice", "title")
        titled = next(value for kind, value in sheet.body if kind == "title")
        assert _printed(titled)[0].endswith(f" {writer.number}")
        sheet, writer = number_sheet(rng, "en-GB", "invoice", "sentence")
        said = next(value for kind, value in sheet.body if kind == "para")
        assert _printed(said)[0].endswith(f" {writer.number} when paying.") or (
            f"invoice {writer.number} with" in _printed(said)[0]
        )


class TestNumberProbes:
    def test_the_same_seed_draws_the_same_probes(self) -> None:
        """Probes are a function of their seed: ids, labels and bytes alike."""
        first, again = build_number_probes(5, 6), build_number_probes(5, 6)
        assert [c.case_id for c in first] == [c.case_id for c in again]
        assert [c.labels for c in first] == [c.labels for c in again]
        assert [c.data for c in first] == [c.data for c in again]

    def test_another_seed_draws_other_probes(self) -> None:
        """A new seed draws new numbers."""
        numbers = {c.labels.number for c in build_number_probes(5, 6)}
        assert numbers.isdisjoint({c.labels.number for c in build_number_probes(6, 6)})

    def test_probes_are_labelled_single_documents_with_evidence(self) -> None:
        """Each probe is one labelled document, its number's evidence noted."""
        probes = build_number_probes(2, 12)
        assert len({c.case_id for c in probes}) == 12
        for case in probes:
            assert case.case_id.startswith("probe-numbers-2-")
            assert case.labels.number
            assert not case.labels.sections
            assert "documentNumber" in dict(case.labels.evidence)

    def test_text_renderings_print_the_labelled_number(self) -> None:
        """Rendered as text, HTML or an e-mail, the file holds the number it is labelled with."""
        for index in range(12):
            rng = random.Random(index)
            sheet, writer = number_sheet(rng, "de", "invoice", PLACEMENTS[index % 6])
            for how in ("txt", "html", "eml"):
                case = sheet_case(f"t-{index}", sheet, writer.labels("invoice"), how, rng)
                data = render(case).decode()
                assert writer.number is not None
                assert writer.number in data.replace("=\n", "")

    def test_the_axes_are_all_drawn(self) -> None:
        """A few hundred probes cover every language, paper, placement and rendering."""
        seen: Counter[str] = Counter()
        for index in range(300):
            _, language, paper, placement, how = draw_axes(1, index)
            seen.update((language, paper, placement, how))
        assert set(seen) >= {*WORDS, *PAPERS, *PLACEMENTS, *RENDERINGS}
