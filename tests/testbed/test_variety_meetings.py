"""The development set's minutes, letters and contracts: every label printed in the document
it labels, each kind as the schema's conventions label it (their determinism, place in the
development set and key figures: test_generator_families.py)."""

from __future__ import annotations

import datetime as dt
import re

from support.printed_text import assert_labels_printed
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_meetings import build_variety_meetings
from testbed.evaluation.variety_meetings_style import dashed, dotted, english, slashed, words

_SEED = "docpipe-eval"


def _written(amount: float) -> set[str]:
    """``amount`` as these documents write it: "1,234.56", "1.234,56", "1 234,56"."""
    plain = f"{abs(amount):,.2f}"
    return {
        plain,
        plain.replace(",", "#").replace(".", ",").replace("#", "."),
        plain.replace(",", " ").replace(".", ","),
    }


class TestVarietyMeetings:
    def test_every_label_is_printed(self) -> None:
        """Parties and amounts are all in the document's text: the labels say nothing the
        document does not."""
        for case in build_variety_meetings(_SEED):
            assert_labels_printed(case, _written)

    def test_the_issue_date_is_printed_as_that_day(self) -> None:
        """The labelled issue date's printed text is that day, in digits or in words."""
        for case in build_variety_meetings(_SEED):
            shown = printed_values(list(case.blocks))["issueDate"]
            day = dt.date.fromisoformat(dict(case.labels.dates)["issue"])
            numeric = {dotted(day), slashed(day), dashed(day), day.isoformat(),
                       f"{day.month}/{day.day}/{day.year}", f"{day.day}-{day.month}-{day.year}",
                       dotted(day).replace(".", "/")}  # fmt: skip
            spelled = {words(day, lang) for lang in ("en", "us", "de", "fr", "nl", "es", "it")}
            spelled |= {english(day, _Pick(i)) for i in range(5)}
            assert shown in numeric or any(text in shown for text in spelled), (case.case_id, shown)

    def test_kinds_numbers_and_formats(self) -> None:
        """Minutes, letters and contracts in every format; minutes carry no number, a letter
        only its sender's reference ("Our ref", "N/Réf.", "Ons kenmerk": never "Your ref",
        initials or a register number), no document of the family has a vendor or a total."""
        cases = build_variety_meetings(_SEED)
        assert len(cases) >= 55
        assert {case.kind for case in cases} == {"minutes", "letter", "contract"}
        for case in cases:
            assert case.labels.vendor is None, case.case_id
            assert case.labels.total is None, case.case_id
            if case.kind == "minutes":
                assert case.labels.number is None, case.case_id
            if case.kind == "letter" and case.labels.number is not None:
                assert re.search(r"\d", case.labels.number), case.case_id
        letters = [case for case in cases if case.kind == "letter"]
        assert 0 < sum(case.labels.number is not None for case in letters) < len(letters)
        formats = {f"{case.fmt}{'-scan' if case.scanned else ''}" for case in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "md", "txt", "eml"} <= formats


class _Pick:
    """A stand-in random source that picks the ``index``-th of :func:`english`'s styles."""

    def __init__(self, index: int) -> None:
        self.index = index

    def choice(self, options: tuple[str, ...]) -> str:
        return options[self.index]
