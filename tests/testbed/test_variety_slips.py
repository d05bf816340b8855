"""The development set's receipts and short documents as the world prints them:
deterministic to the byte, in the development set, and every label printed in the document
it labels."""

from __future__ import annotations

import datetime as dt
import email
from email import policy

from support.printed_text import assert_labels_printed
from testbed.evaluation.render import render
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_slips_everyday import build_variety_slips
from testbed.evaluation.variety_slips_style import DATE_STYLES, when

_SEED = "docpipe-eval"


def _written(amount: float) -> set[str]:
    """``amount`` as receipts write it: "1,234.56", "1.234,56", "1 234,56", "1234,56"."""
    plain = f"{abs(amount):,.2f}"
    return {
        plain,
        plain.replace(",", ""),
        plain.replace(",", "#").replace(".", ",").replace("#", "."),
        plain.replace(",", " ").replace(".", ","),
        plain.replace(",", "").replace(".", ","),
    }


class TestVarietySlips:
    def test_files_deterministic_to_the_byte(self) -> None:
        """Two builds write the same files: e-mail boundaries, message ids, PDF ids and DOCX
        zip times included (the cases alike and in the development set:
        tests/testbed/test_generator_families.py)."""
        cases = build_variety_slips(_SEED)
        again = build_variety_slips(_SEED)
        assert [render(case) for case in cases] == [render(case) for case in again]

    def test_every_label_is_printed(self) -> None:
        """Parties, line items, amounts and the total are all in the document's text."""
        for case in build_variety_slips(_SEED):
            assert_labels_printed(case, _written)

    def test_the_dates_are_the_printed_dates(self) -> None:
        """A labelled issue date is printed in one of its locale's styles."""
        for case in build_variety_slips(_SEED):
            printed = printed_values(list(case.blocks))
            for role, day in case.labels.dates:
                if role == "issue":
                    styles = {style for styles in DATE_STYLES.values() for style in styles}
                    shown = {
                        when(dt.date.fromisoformat(day), style, loc)
                        for loc in DATE_STYLES
                        for style in (*styles, "d de Month de Y")
                    }
                    assert printed["issueDate"] in shown, (case.case_id, printed["issueDate"])

    def test_receipts_and_formats(self) -> None:
        """Mostly receipts, a third or more read by OCR, e-mails that parse with an HTML part."""
        cases = build_variety_slips(_SEED)
        assert sum(case.kind == "receipt" for case in cases) >= 0.7 * len(cases)
        ocr = [case for case in cases if case.scanned or case.fmt in ("png", "jpg")]
        assert len(ocr) * 3 >= len(cases)
        for case in cases:
            if case.fmt == "eml":
                message = email.message_from_bytes(render(case), policy=policy.default)
                assert message.get_body(preferencelist=("html",)) is not None, case.case_id
