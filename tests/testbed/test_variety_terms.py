"""The development set's documents with crowded key figures (issue 18): deterministic to the
byte, in the development set, and every label printed in the document it labels."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from testbed.evaluation import build_corpus
from testbed.evaluation.commerce_cases import aligned_text
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render
from testbed.evaluation.truth import printed_values, unmark
from testbed.evaluation.variety_terms import build_variety_terms
from testbed.evaluation.variety_terms_style import MONTHS

_SEED = "docpipe-eval"


def _text(case: Case) -> str:
    """The document's words as printed (its blocks' plain-text layout), spaces collapsed."""
    return " ".join(unmark(aligned_text(case.blocks)).split())


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
    def test_deterministic_and_in_the_development_set(self) -> None:
        """The same cases and the same file bytes on every build, each once in the set."""
        cases = build_variety_terms(_SEED)
        again = build_variety_terms(_SEED)
        assert cases == again
        for first, second in zip(cases, again, strict=True):
            assert _content(render(first)) == _content(render(second)), first.case_id
        ids = [case.case_id for case in build_corpus(_SEED, samples=False)]
        assert len(ids) == len(set(ids))
        assert {case.case_id for case in cases} <= set(ids)

    def test_every_key_figure_is_marked_and_printed(self) -> None:
        """Each labelled key figure has evidence, and its marked text is in the document."""
        for case in build_variety_terms(_SEED):
            cited = dict(case.labels.evidence)
            printed = printed_values(list(case.blocks))
            text = _text(case)
            for name in case.labels.key_figures():
                assert name in cited, (case.case_id, name)
                assert " ".join(printed[name].split()) in text, (case.case_id, name)

    def test_every_label_is_printed(self) -> None:
        """Parties, line items, amounts and the total are all in the document's text."""
        for case in build_variety_terms(_SEED):
            labels, text = case.labels, _text(case)
            for name in (*labels.organizations, *labels.people):
                assert name.rstrip(".").casefold() in text.casefold(), (case.case_id, name)
            for row in labels.line_items or ():
                assert row.description in text, (case.case_id, row)
                assert any(form in text for form in _written(row.amount)), (case.case_id, row)
            for amount, _ in (*labels.amounts, *([labels.total] if labels.total else [])):
                assert any(form in text for form in _written(amount)), (case.case_id, amount)

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
