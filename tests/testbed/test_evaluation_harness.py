"""The evaluation harness itself: its scoring on hand-made answers, and labels that say what
the documents print (values in the extracted text, boxes around the values on the page)."""

from __future__ import annotations

import ast
import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from testbed.evaluation import HELD_OUT, evaluation_sets, is_scan
from testbed.evaluation.corpus import DEFAULT_SEED, Case, Labels, Section
from testbed.evaluation.render import render
from testbed.evaluation.report import goals
from testbed.evaluation.run import extract
from testbed.evaluation.score import Scoreboard
from testbed.evaluation.structure import Structure, iou, matched_rows, rows_match
from testbed.evaluation.truth import Evidence, LineItem, mark, printed_values, spans, unmark
from testbed.heldout import build_heldout

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
        assert s.pages_total == 0  # the sections' labels carry no evidence here
        single = Case("c", "invoice", "txt", "x", (), _labels())
        board.add(single, {"documentType": "invoice", "sections": right["sections"]}, 0.0, 10)
        assert s.false_splits == 1

    def test_figures_of_a_section_the_split_missed_are_counted_as_lost_to_it(self) -> None:
        invoice = _labels(number="INV-1")
        sections = (
            Section((1, 1), _labels(document_type="letter", number=None)),
            Section((2, 3), invoice),
        )
        packet = Case("p", "packet", "pdf", "x", (), _labels(sections=sections))
        cut_short = {"sections": [{"documentType": "letter", "pages": [1, 1]},
                                  {"documentType": "invoice", "pages": [2, 2],
                                   "keyFigures": {"documentNumber": "INV-1"}}]}  # fmt: skip
        board = Scoreboard()
        board.add(packet, cut_short, 0.0, 10)
        s = board.structure
        assert s.figures_unplaced == len(invoice.key_figures()) > 0
        assert s.figures_right["documentNumber"] == 0

    def test_a_section_without_evidence_is_held_to_the_files(self) -> None:
        """Section evidence comes from the section, else from the file's evidence."""
        cited = (("total", Evidence(2, None)),)
        section = Section((2, 2), _labels(evidence=cited))
        packet = Case("p", "packet", "pdf", "x", (), _labels(sections=(section,)))
        board = Scoreboard()
        predicted = {"documentType": "invoice", "keyFigures": {}}
        board.add(packet, {"evidence": {"total": {"page": 2}},
                           "sections": [{**predicted, "pages": [2, 2]}]}, 0.0, 1)  # fmt: skip
        board.add(packet, {"evidence": {"total": {"page": 2}},
                           "sections": [{**predicted, "pages": [2, 2],
                                         "evidence": {"total": {"page": 1}}}]}, 0.0, 1)  # fmt: skip
        assert (board.structure.pages_right, board.structure.pages_total) == (1, 2)

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
def sets() -> dict[str, list[Case]]:
    return evaluation_sets()


@pytest.fixture(scope="module")
def generated(sets: dict[str, list[Case]]) -> list[Case]:
    """Every generated case of both sets (the hand-labelled samples carry no marks)."""
    return [case for case in sets["dev"] if case.data is None] + sets[HELD_OUT]


class TestSets:
    def test_the_whole_set_holds_150_documents(self, sets: dict[str, list[Case]]) -> None:
        assert sum(len(cases) for cases in sets.values()) >= 150
        assert len({case.case_id for cases in sets.values() for case in cases}) == sum(
            len(cases) for cases in sets.values()
        )

    def test_held_out_is_deterministic(self, sets: dict[str, list[Case]]) -> None:
        """Two builds give identical labels, elements and (text formats') bytes."""
        first, second = sets[HELD_OUT], build_heldout(DEFAULT_SEED)
        assert [(c.labels, c.blocks) for c in first] == [(c.labels, c.blocks) for c in second]
        assert [c.data for c in first if c.fmt in ("txt", "md", "html", "eml")] == [
            c.data for c in second if c.fmt in ("txt", "md", "html", "eml")
        ]

    def test_held_out_covers_what_the_issue_asks(self, sets: dict[str, list[Case]]) -> None:
        cases = sets[HELD_OUT]
        layouts = " ".join(case.layout for case in cases)
        for needed in ("credit-note", "order-email", "bank-statement", "card-statement",
                       "minutes", "letter", "contract", "scan-pdf", "photo", "packet"):  # fmt: skip
            assert needed in layouts, needed
        assert {"eml", "pdf", "png", "jpg", "docx", "html", "md", "txt"} <= {c.fmt for c in cases}
        assert sum(1 for case in cases if case.labels.sections) >= 6


class TestHeldOutIndependence:
    def test_no_name_place_or_product_is_shared_with_the_development_set(self) -> None:
        from testbed.evaluation import corpus, kinds  # noqa: PLC0415
        from testbed.heldout import vocab  # noqa: PLC0415

        def words(values: Any) -> set[str]:
            found: set[str] = set()
            for value in values:
                items = value if isinstance(value, tuple) else (value,)
                for item in items:
                    if isinstance(item, str) and len(item) > 3:
                        found |= {w.casefold() for w in re.findall(r"[A-Za-z]{4,}", item)}
            return found

        dev = words([*corpus.COMPANIES, *corpus.MERCHANTS, *corpus.BANKS, *corpus.FIRST_NAMES,
                     *corpus.LAST_NAMES, *corpus.STREETS, *corpus.CITIES, *kinds._ITEMS,
                     *kinds._SHOP_ITEMS])  # fmt: skip
        held = words([*vocab.FIRMS, *vocab.SHOPS, *vocab.BANKS, *vocab.CARD_ISSUERS,
                      *vocab.SOCIETIES, *vocab.GIVEN, *vocab.FAMILY, *vocab.STREETS,
                      *vocab.TOWNS.values(), *vocab.SERVICES, *vocab.GOODS])  # fmt: skip
        generic = {"bank", "services", "street", "road", "lane", "data", "card", "centre",
                   "coffee", "paper", "cable", "printer", "hire", "annual", "service", "plan",
                   "support", "savings", "union", "trust", "credit", "gmbh", "corp",
                   "limited"}  # fmt: skip
        assert (dev & held) - generic == set()

    def test_it_imports_only_the_label_records_and_marks(self) -> None:
        import testbed.heldout  # noqa: PLC0415

        allowed: dict[str, set[str] | None] = {"testbed.evaluation.truth": None}
        folder = Path(testbed.heldout.__file__).parent
        for path in folder.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "testbed.evaluation"
                ):
                    assert node.module in allowed, (path.name, node.module)
                    names = allowed[node.module]
                    assert names is None or {a.name for a in node.names} <= names, path.name
                if isinstance(node, ast.Import):
                    assert not any(a.name.startswith("testbed.evaluation") for a in node.names)


class TestLabels:
    def test_labelled_values_are_in_the_extracted_text(self, generated: list[Case]) -> None:
        """Every key figure's printed text and every line item's description is read back
        (pictures excluded: OCR's reading is what is being measured)."""
        for case in generated:
            if is_scan(case):
                continue
            text = " ".join(extract(case).split())
            for name, value in printed_values(case.blocks).items():
                assert " ".join(value.split()) in text, (case.case_id, name, value)
            rows = [item for s in case.labels.sections for item in s.labels.line_items or ()]
            for item in [*(case.labels.line_items or ()), *rows]:
                assert item.description in text, (case.case_id, item)

    def test_every_key_figure_has_evidence(self, generated: list[Case]) -> None:
        for case in generated:
            documents = [s.labels for s in case.labels.sections] or [case.labels]
            for labels in documents:
                cited = dict(labels.evidence)
                for name in labels.key_figures():
                    assert name in cited, (case.case_id, name)
                    geometry = case.fmt in ("pdf", "png", "jpg")
                    assert (cited[name].bbox is not None) == geometry, (case.case_id, name)

    def test_pdf_boxes_hold_their_value(self, generated: list[Case]) -> None:
        """Read back from the PDF's text layer: on the box's page, a text run whose baseline
        lies inside the box and which starts at or left of it holds the value."""
        from pypdf import PdfReader  # noqa: PLC0415

        checked = 0
        for case in generated:
            if case.fmt != "pdf" or case.scanned:
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

    def test_picture_boxes_fit_the_ink(self, generated: list[Case]) -> None:
        """On a scanned or photographed page, the ink inside a value's box spans most of it
        (a box left behind by a rotation or an offset would hold paper, or a sliver)."""
        for case in generated:
            if not is_scan(case):
                continue
            pictures = _pictures(case)
            for name, evidence in _all_evidence(case):
                image = pictures[evidence.page - 1]
                x0, y0, x1, y1 = evidence.bbox or (0, 0, 0, 0)
                box = (int(x0 * image.width), int(y0 * image.height),
                       int(x1 * image.width) + 1, int(y1 * image.height) + 1)  # fmt: skip
                ink = image.crop(box).point(lambda v: 255 if v < 128 else 0).getbbox()
                assert ink is not None, (case.case_id, name)
                width, height = box[2] - box[0], box[3] - box[1]
                assert ink[2] - ink[0] >= 0.6 * width, (case.case_id, name, ink, box)
                assert ink[3] - ink[1] >= 0.4 * height, (case.case_id, name, ink, box)


def _pictures(case: Case) -> list[Any]:
    """The pages of a picture or of an image-only PDF, as greyscale images."""
    from PIL import Image  # noqa: PLC0415
    from pypdf import PdfReader  # noqa: PLC0415

    data = render(case)
    if case.fmt != "pdf":
        return [Image.open(io.BytesIO(data)).convert("L")]
    return [page.images[0].image.convert("L") for page in PdfReader(io.BytesIO(data)).pages]


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
