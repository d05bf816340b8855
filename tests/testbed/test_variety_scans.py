"""The development set's scanned, faxed and photographed pages and their text-PDF twins."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader

from testbed.evaluation.run import read
from testbed.evaluation.truth import Case
from testbed.evaluation.variety_scans import PLAN, build_variety_scans

_SEED = "docpipe-eval"


def _twins() -> list[tuple[Case, Case]]:
    cases = build_variety_scans(_SEED)
    return list(zip(cases[::2], cases[1::2], strict=True))


class TestVarietyScans:
    def test_a_scan_and_its_twin_for_each_page(self) -> None:
        cases = build_variety_scans(_SEED)
        assert len(cases) == 2 * len(PLAN)

    def test_twins_carry_the_same_labels(self) -> None:
        """The scan and its twin differ in the file only: what a reader keys in is the same,
        and each key figure is printed at the same place on both."""
        for twin, scan in _twins():
            assert scan.case_id == f"{twin.case_id.removesuffix('-pdf')}"
            assert (scan.kind, twin.fmt) == (twin.kind, "pdf")
            assert scan.labels.total == twin.labels.total
            assert scan.labels.line_items == twin.labels.line_items
            assert scan.labels.organizations == twin.labels.organizations
            assert dict(scan.labels.evidence).keys() == dict(twin.labels.evidence).keys()

    def test_the_scans_are_pictures(self) -> None:
        for _, scan in _twins():
            assert scan.data is not None
            if scan.fmt == "pdf":
                assert scan.scanned
                assert not PdfReader(io.BytesIO(scan.data)).pages[0].extract_text().strip()
            else:
                width, height = Image.open(io.BytesIO(scan.data)).size
                assert min(width, height) > 400

    def test_the_twins_evidence_boxes_hold_the_printed_values(self) -> None:
        """Read back from the twin's text layer, the words inside each key figure's box are
        the value a reader would point at."""
        for twin, _ in _twins():
            layout = read(twin).page_layout
            assert layout is not None
            words = layout.pages[0].words
            for name, evidence in twin.labels.evidence:
                assert evidence.bbox is not None
                x0, y0, x1, y1 = evidence.bbox
                inside = [
                    w.text
                    for w in words
                    if x0 - 0.002 <= (w.bbox[0] + w.bbox[2]) / 2 <= x1 + 0.002
                    and y0 <= (w.bbox[1] + w.bbox[3]) / 2 <= y1
                ]
                assert inside, (twin.case_id, name)
                if name == "documentNumber":
                    assert twin.labels.number is not None
                    assert "".join(inside) == twin.labels.number.replace(" ", ""), twin.case_id
