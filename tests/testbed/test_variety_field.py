"""The development set's field documents: every label printed in the document it labels, and
the formats and kinds they arrive as (their determinism, place in the development set and key
figures: test_generator_families.py)."""

from __future__ import annotations

import re

from support.printed_text import printed_text
from testbed.evaluation.corpus import KINDS
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_field import build_variety_field

_SEED = "docpipe-eval"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


class TestVarietyField:
    def test_the_marked_values_are_the_labels(self) -> None:
        """The marked number and vendor are the labelled ones; the marked total carries the
        labelled amount's digits (however the country writes it)."""
        for case in build_variety_field(_SEED):
            labels, printed = case.labels, printed_values(list(case.blocks))
            if labels.number:
                assert printed["documentNumber"] == labels.number, case.case_id
            if labels.vendor:
                assert printed["vendor"] == labels.vendor, case.case_id
            if labels.total:
                assert _digits(printed["total"]) == _digits(f"{abs(labels.total[0]):.2f}")

    def test_every_party_and_row_is_printed(self) -> None:
        """Parties and line items are in the document's text: the labels say nothing the
        document does not."""
        for case in build_variety_field(_SEED):
            labels, text = case.labels, printed_text(case).casefold()
            for name in (*labels.organizations, *labels.people):
                assert name.rstrip(".").casefold() in text, (case.case_id, name)
            for row in labels.line_items or ():
                assert row.description.casefold() in text, (case.case_id, row)

    def test_kinds_and_formats(self) -> None:
        """Every kind, every format, and a third or more read through OCR."""
        cases = build_variety_field(_SEED)
        assert len(cases) >= 60
        assert {case.kind for case in cases} == set(KINDS)
        formats = {f"{case.fmt}{'-scan' if case.scanned else ''}" for case in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "md", "txt", "eml"} <= formats
        pictures = [case for case in cases if case.scanned or case.fmt in ("png", "jpg")]
        assert len(pictures) * 3 >= len(cases)
