"""The evaluation harness itself: its scoring on hand-made answers, and labels that say what
the documents print (values in the extracted text, boxes around the values on the page)."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pytest

from testbed.evaluation import build_corpus
from testbed.evaluation.corpus import Case, Labels, Section
from testbed.evaluation.render import render
from testbed.evaluation.report import goals
from testbed.evaluation.run import extract
from testbed.evaluation.score import Scoreboard
from testbed.evaluation.structure import Structure, iou, matched_rows, rows_match
from testbed.evaluation.truth import Evidence, LineItem, mark, printed_values, spans, unmark

_ITEM = LineItem("Annual support plan", 2, 250.0, 500.0)


def _labels(**changes: Any) -> Labels:
    base = Labels("invoice", "INV-1", ("Acme Ltd",), (), "Acme Ltd", (500.0, "EUR"), (), ())
    return replace(base, **changes)


class TestLineItems:
    def test_a_row_matches_on_amount_quantity_and_description(self) -> None:
        """Case, punctuation and a dropped letter do not matter; amount and quantity do."""
        row = {"description": "ANNUAL SUPPORT-PLAN", "quantity": 2, "unitPrice": 250, "amount": 500}
        assert rows_match(row, _ITEM)
        assert rows_match({**row, "description": "Anual support plan"}, _ITEM)
        assert not rows_match({**row, "amount": 499.0}, _ITEM)
        assert not rows_match({**row, "quantity": 3}, _ITEM)
        assert not rows_match({**row, "description": "Freight handling"}, _ITEM)
        assert not rows_match({**row, "amount": "n/a"}, _ITEM)

    def test_a_row_printed_without_quantity_accepts_none_or_one(self) -> None:
        bread = LineItem("Bread", None, None, 2.49)
        assert rows_match({"description": "Bread", "quantity": None, "amount": 2.49}, bread)
        assert rows_match({"description": "Bread", "quantity": 1, "amount": 2.49}, bread)
        assert not rows_match({"description": "Bread", "quantity": 2, "amount": 2.49}, bread)

    def test_rows_match_one_to_one(self) -> None:
        """Two predicted copies of one labelled row are one hit and one false row."""
        row = {"description": "Annual support plan", "quantity": 2, "amount": 500.0}
        structure = Structure()
        structure.add_rows("x", [row, row], (_ITEM,))
        assert (structure.rows_tp, structure.rows_fp, structure.rows_fn) == (1, 1, 0)
        assert matched_rows([], (_ITEM,)) == 0
        assert structure.rows_f1 == pytest.approx(2 / 3)


class TestEvidence:
    def test_overlap_is_intersection_over_union(self) -> None:
        assert iou((0, 0, 1, 1), (0, 0, 1, 1)) == 1.0
        assert iou((0, 0, 0.1, 0.1), (0.2, 0.2, 0.3, 0.3)) == 0.0
        assert iou((0, 0, 0.2, 0.1), (0.1, 0, 0.3, 0.1)) == pytest.approx(1 / 3)

    def test_page_and_box_are_scored_apart(self) -> None:
        """Right page with a box on the value; right page, box elsewhere; wrong page; none."""
        truth = Evidence(2, (0.5, 0.1, 0.6, 0.12))
        want = (("total", truth), ("vendor", truth), ("dueDate", truth), ("issueDate", truth))
        got = {
            "total": {"page": 2, "text": "500", "bbox": [0.49, 0.095, 0.62, 0.125]},
            "vendor": {"page": 2, "text": "Acme", "bbox": [0.0, 0.8, 0.1, 0.82]},
            "dueDate": {"page": 1, "text": "x", "bbox": [0.5, 0.1, 0.6, 0.12]},
        }
        structure = Structure()
        structure.add_evidence("x", got, want)
        assert (structure.pages_right, structure.pages_total) == (2, 4)
        assert (structure.boxes_right, structure.boxes_total) == (1, 4)

    def test_a_page_covering_box_does_not_count(self) -> None:
        structure = Structure()
        truth = Evidence(1, (0.5, 0.1, 0.6, 0.12))
        structure.add_evidence(
            "x", {"total": {"page": 1, "bbox": [0, 0, 1, 1]}}, (("total", truth),)
        )
        assert structure.boxes_right == 0


class TestKeyFiguresAndSections:
    def test_key_figures_right_wrong_and_claimed(self) -> None:
        case = Case("c", "invoice", "txt", "x", (), _labels(dates=(("issue", "2026-01-02"),)))
        board = Scoreboard()
        analysis = {
            "documentType": "invoice",
            "keyFigures": {"documentNumber": "inv-1", "vendor": "ACME LTD.",
                           "total": {"amount": 500, "currency": "USD"}, "issueDate": "2026-01-02",
                           "dueDate": "2026-02-01"},
        }  # fmt: skip
        board.add(case, analysis, 0.0, 10)
        s = board.structure
        assert s.figures_right["documentNumber"] == s.figures_right["vendor"] == 1
        assert s.figures_right["total"] == 0  # wrong currency
        assert s.figures_right["issueDate"] == 1
        assert s.figures_claimed["dueDate"] == 1
        assert s.figures_share == pytest.approx(3 / 4)

    def test_a_packet_is_exact_only_with_every_type_and_page_range(self) -> None:
        first = _labels(document_type="letter", number=None, vendor=None, total=None)
        second = _labels(line_items=(_ITEM,))
        sections = (Section((1, 1), first), Section((2, 3), second))
        whole = _labels(document_type="letter", number=None, vendor=None, total=None)
        packet = Case("p", "packet", "pdf", "x", (), replace(whole, sections=sections))
        right = {
            "documentType": "letter",
            "sections": [
                {"documentType": "letter", "pages": [1, 1], "keyFigures": {}},
                {"documentType": "invoice", "pages": [2, 3],
                 "keyFigures": {"documentNumber": "INV-1"},
                 "lineItems": [{"description": "Annual support plan", "quantity": 2,
                                "amount": 500}]},
            ],
        }  # fmt: skip
        wrong = {
            **right,
            "sections": [{**right["sections"][0], "pages": [1, 2]}, right["sections"][1]],
        }
        board = Scoreboard()
        board.add(packet, right, 0.0, 10)
        board.add(packet, wrong, 0.0, 10)
        s = board.structure
        assert (s.packets_exact, s.packets) == (1, 2)
        assert s.figures_right["documentNumber"] == 2
        assert s.rows_tp == 2
        single = Case("c", "invoice", "txt", "x", (), _labels())
        board.add(single, {"documentType": "invoice", "sections": right["sections"]}, 0.0, 10)
        assert s.false_splits == 1

    def test_goals_report_met_and_unmet(self) -> None:
        board = Scoreboard()
        board.structure.packets = 10
        board.structure.packets_exact = 9
        met = {goal.name: goal.met for goal in goals(board)}
        assert met["sections exact"] is True
        board.structure.packets_exact = 8
        assert {goal.name: goal.met for goal in goals(board)}["sections exact"] is False


class TestMarks:
    def test_marks_are_never_printed_and_locate_their_value(self) -> None:
        text = f"Total due: {mark('total', '$1,200.00')} by {mark('dueDate', 'May 1, 2026')}"
        printed, found = spans(text)
        assert printed == unmark(text) == "Total due: $1,200.00 by May 1, 2026"
        assert [printed[a:b] for _, a, b in found] == ["$1,200.00", "May 1, 2026"]


@pytest.fixture(scope="module")
def dev_cases() -> list[Case]:
    return [case for case in build_corpus() if case.data is None]


class TestDevLabels:
    def test_labelled_values_are_in_the_extracted_text(self, dev_cases: list[Case]) -> None:
        """Every key figure's printed text and every line item's description is read back."""
        for case in dev_cases:
            if case.fmt == "png":
                continue
            text = " ".join(extract(case).split())
            for name, value in printed_values(case.blocks).items():
                assert " ".join(value.split()) in text, (case.case_id, name, value)
            rows = [item for s in case.labels.sections for item in s.labels.line_items or ()]
            for item in [*(case.labels.line_items or ()), *rows]:
                assert item.description in text, (case.case_id, item)

    def test_every_key_figure_has_evidence(self, dev_cases: list[Case]) -> None:
        for case in dev_cases:
            documents = [s.labels for s in case.labels.sections] or [case.labels]
            for labels in documents:
                cited = dict(labels.evidence)
                for name in labels.key_figures():
                    assert name in cited, (case.case_id, name)
                    geometry = case.fmt in ("pdf", "png")
                    assert (cited[name].bbox is not None) == geometry, (case.case_id, name)

    def test_pdf_boxes_hold_their_value(self, dev_cases: list[Case]) -> None:
        """Read back from the PDF's text layer: on the box's page, a text run whose baseline
        lies inside the box and which starts at or left of it holds the value."""
        from pypdf import PdfReader  # noqa: PLC0415

        checked = 0
        for case in dev_cases:
            if case.fmt != "pdf":
                continue
            reader = PdfReader(io.BytesIO(render(case)))
            values = printed_values(case.blocks)
            for name, evidence in _all_evidence(case):
                page = reader.pages[evidence.page - 1]
                runs = _runs(page)
                x0, y0, _, y1 = evidence.bbox or (0, 0, 0, 0)
                value = values[name]
                assert any(
                    value in run and x <= x0 + 1e-3 and y0 <= y <= y1 for run, x, y in runs
                ), (case.case_id, name, value, evidence)
                checked += 1
        assert checked > 100

    def test_scan_boxes_hold_ink(self, dev_cases: list[Case]) -> None:
        """On a scanned page the box of a value is inked, and the margin left of the page is not."""
        from PIL import Image  # noqa: PLC0415

        for case in dev_cases:
            if case.fmt != "png":
                continue
            image = Image.open(io.BytesIO(render(case))).convert("L")
            for name, evidence in _all_evidence(case):
                x0, y0, x1, y1 = evidence.bbox or (0, 0, 0, 0)
                box = (int(x0 * image.width), int(y0 * image.height),
                       int(x1 * image.width) + 1, int(y1 * image.height) + 1)  # fmt: skip
                darkest = image.crop(box).getextrema()[0]
                assert darkest < 100, (case.case_id, name)


def _runs(page: Any) -> list[tuple[str, float, float]]:
    """The page's text runs as (text, left, baseline), in fractions of the page from its top
    left corner, as the text layer places them."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, *_: Any) -> None:
        runs.append((text, tm[4] / width, 1 - tm[5] / height))

    page.extract_text(visitor_text=visit)
    return runs


def _all_evidence(case: Case) -> list[tuple[str, Evidence]]:
    """Evidence of the document, or of each section with its name prefixed as marked."""
    if not case.labels.sections:
        return list(case.labels.evidence)
    return [
        (f"{i}.{n}", e) for i, s in enumerate(case.labels.sections) for n, e in s.labels.evidence
    ]
