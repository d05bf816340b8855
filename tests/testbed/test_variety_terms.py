"""The development set's documents with crowded key figures (issue 18): deterministic to the
byte, every label printed in the document it labels, and the kinds and formats they come in.
(In the development set, and each key figure marked: tests/testbed/test_generator_families.py.)"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from support.printed_text import assert_labels_printed
from testbed.evaluation.render import render
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_terms import build_variety_terms
from testbed.evaluation.variety_terms_style import MONTHS

_SEED = "docpipe-eval"


def _written(amount: float) -> set[str]:
    """``amount`` as the documents write it: "1,234.56", "1.234,56", "1 234,56", "1'234.56"."""
    plain = f"{abs(amount):,.2f}"
    return {
        plain,
        plain.replace(",", ""),
        plain.replace(",", "#").replace(".", ",").replace("#", "."),
        plain.replace(",", " ").replace(".", ","),
        plain.replace(",", "'"),
    }


def _content(data: bytes) -> bytes:
    """A file's bytes, a DOCX (a zip) as its members' contents without their timestamps."""
    if not data.startswith(b"PK"):
        return data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in sorted(archive.namelist()))


class TestVarietyTerms:
    def test_files_are_deterministic(self) -> None:
        """Two builds give the same file bytes (a DOCX's members without their timestamps):
        scans, photographs and e-mails draw nothing from outside the seed."""
        cases, again = build_variety_terms(_SEED), build_variety_terms(_SEED)
        for first, second in zip(cases, again, strict=True):
            assert _content(render(first)) == _content(render(second)), first.case_id

    def test_every_label_is_printed(self) -> None:
        """Parties, line items, amounts and the total are all in the document's text."""
        for case in build_variety_terms(_SEED):
            assert_labels_printed(case, _written)

    def test_the_dates_are_the_printed_dates(self) -> None:
        """A labelled date prints its day and its year (or its month in words) where it is
        marked; terms that stand for a due date ("Net 30", "Due on receipt") are marked
        instead."""
        terms = ("Net", "receipt", "days", "Tage", "jours", "dagen", "días")
        for case in build_variety_terms(_SEED):
            printed = printed_values(list(case.blocks))
            for role, iso in case.labels.dates:
                day = dt.date.fromisoformat(iso)
                shown = printed[{"issue": "issueDate", "due": "dueDate"}[role]]
                if role == "due" and any(word in shown for word in terms):
                    continue
                words = {names[day.month - 1] for names in MONTHS.values()}
                assert str(day.day) in shown, (case.case_id, role, shown)
                year = str(day.year % 100) in shown or any(word in shown for word in words)
                assert year, (case.case_id, role, shown)

    def test_kinds_and_formats(self) -> None:
        """Invoices, bills, credit notes, purchase orders, statements and letters, in every
        format such papers arrive in, a quarter of them read through OCR."""
        cases = build_variety_terms(_SEED)
        assert len(cases) >= 40
        formats = {f"{case.fmt}{'-scan' if case.scanned else ''}" for case in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "md", "txt"} <= formats
        ocr = [case for case in cases if case.scanned or case.fmt in ("png", "jpg")]
        assert len(ocr) * 4 >= len(cases)
