"""A configured class's fields read by the offline analyzer: labels, types, tables, evidence."""

from __future__ import annotations

from typing import Any

import pytest

from docpipe.classes import default_classes, load_classes
from docpipe.layout import Layout, PageLayout, Word
from support.claims import CLASSES_FILE, EXPECTED_FIELDS, claim_pdf
from workflow.analyzers.classify import classify
from workflow.analyzers.fields import MISSING_REQUIRED_CONFIDENCE, extract_fields
from workflow.analyzers.offline import OfflineAnalyzer
from workflow.documents.pdf import extract_pdf
from workflow.documents.types import ExtractionLimits

CLAIMS = load_classes(str(CLASSES_FILE))
CLAIM = CLAIMS.get("insurance_claim")
assert CLAIM is not None


def analyze(text: str, layout: Layout | None = None, classes: Any = CLAIMS) -> dict[str, Any]:
    return OfflineAnalyzer(classes).analyze(
        text, media_type="application/pdf", filename="claim.pdf", layout=layout
    )


def page(number: int, start: int, rows: list[list[tuple[float, str]]]) -> PageLayout:
    """A page whose line ``i`` holds the words ``(x, text)``, 12 points high at y = 60 + 20 i
    on a 600 x 800 page (as a PDF text layer gives them)."""
    words = []
    for line, row in enumerate(rows):
        for x, text in row:
            y = 60 + 20 * line
            box = (x / 600, y / 800, (x + 6 * len(text)) / 600, (y + 12) / 800)
            words.append(Word(text, box, None, line))
    return PageLayout(number, 600, 800, start, start, tuple(words))


class TestClaimPdf:
    def test_every_field_read_from_a_text_layer(self) -> None:
        """The two-page claim PDF (its text layer as pypdf reads it: one drawn string per
        line) is classified as the user's class and every declared field is read, typed."""
        extraction = extract_pdf(claim_pdf(), ExtractionLimits(max_pages=10, max_text_chars=10**6))
        analysis = analyze(extraction.text, extraction.layout)
        assert analysis["documentType"] == "insurance_claim"
        assert analysis["fields"] == EXPECTED_FIELDS
        assert analysis["evidence"]["fields.claimNumber"]["text"] == "CLM-2026-0042"
        assert not analysis["warnings"]

    def test_a_built_in_kind_has_no_fields(self) -> None:
        """The built-in kinds keep their values in keyFigures, as before."""
        analysis = analyze("INVOICE\nInvoice number: INV-7\nTotal due: $120.00\n")
        assert analysis["documentType"] == "invoice"
        assert "fields" not in analysis
        assert analysis["keyFigures"]["total"] == {"amount": 120.0, "currency": "USD"}

    def test_the_default_catalogue_does_not_know_the_class(self) -> None:
        text = "Claim number: CLM-1\nPolicy number: P-9\nPolicyholder: A. Person\n"
        assert analyze(text, classes=default_classes())["documentType"] != "insurance_claim"
        assert classify(text, CLAIMS).document_type == "insurance_claim"


class TestEvidenceFromTheLayout:
    def layout(self) -> tuple[str, Layout]:
        cover = "Dear claims handler,\nplease find the form enclosed.\n"
        form_rows = [
            [(72, "Claim"), (108, "number:"), (230, "CLM-7"), (330, "Policy"), (370, "number:"),
             (430, "P-778812")],
            [(72, "Date"), (100, "of"), (116, "loss:"), (230, "3"), (240, "March"), (276, "2026")],
            [(72, "Item"), (260, "Qty"), (340, "Cost")],
            [(72, "Rear"), (102, "bumper"), (260, "1"), (340, "EUR"), (362, "1,800.00")],
            [(72, "Tail"), (98, "light"), (260, "2"), (340, "EUR"), (362, "650.00")],
        ]  # fmt: skip
        form_text = "\n".join(" ".join(text for _, text in row) for row in form_rows)
        text = cover + form_text
        first = PageLayout(1, 600, 800, 0, len(cover))
        second = page(2, len(cover), form_rows)
        second = PageLayout(2, 600, 800, len(cover), len(text), second.words)
        return text, Layout((first, second))

    def test_values_beside_their_labels_cite_page_and_box(self) -> None:
        """Lines are rebuilt from the words, so two label/value pairs on one line and a table
        row each read as cells; each value's box is its own words on page 2."""
        text, layout = self.layout()
        values, evidence = extract_fields(text, CLAIM, layout=layout)
        assert values["claimNumber"] == "CLM-7"
        assert values["policyNumber"] == "P-778812"
        assert values["incidentDate"] == "2026-03-03"
        assert values["damagedItems"] == [
            {"item": "Rear bumper", "quantity": 1, "cost": {"amount": 1800.0, "currency": "EUR"}},
            {"item": "Tail light", "quantity": 2, "cost": {"amount": 650.0, "currency": "EUR"}},
        ]
        claim = evidence["claimNumber"]
        assert claim["page"] == 2
        assert claim["text"] == "CLM-7"
        assert claim["bbox"] == pytest.approx([230 / 600, 60 / 800, 260 / 600, 72 / 800], abs=1e-5)
        date = evidence["incidentDate"]
        assert date["text"] == "3 March 2026"
        assert date["bbox"][0] == pytest.approx(230 / 600, abs=1e-5)
        assert date["bbox"][2] == pytest.approx((276 + 24) / 600, abs=1e-5)
        table = evidence["damagedItems"]
        assert table["page"] == 2
        assert table["bbox"][1] == pytest.approx(
            120 / 800, abs=1e-5
        )  # the first row, not the header

    def test_a_page_without_words_cites_its_page(self) -> None:
        text = "cover\n\fClaim number: CLM-9\n"
        layout = Layout((PageLayout(1, 1, 1, 0, 6), PageLayout(2, 1, 1, 6, len(text))))
        _, evidence = extract_fields(text, CLAIM, layout=layout)
        assert evidence["claimNumber"] == {"page": 2, "text": "CLM-9", "bbox": None}


class TestTypedReading:
    def test_value_under_its_label_and_the_next_occurrence(self) -> None:
        """A label whose value does not parse as the type is skipped for the next one."""
        text = "Policy number: see attached\nPolicy No.\nPOL-1234\nClaim number: C-1\n"
        values, _ = extract_fields(text, CLAIM)
        assert values["policyNumber"] == "POL-1234"

    def test_money_enum_and_role(self) -> None:
        text = (
            "Total claimed: 1.250,50 €\nClaim type: Storm damage to roof\n"
            "The policy takes effect on 2026-01-05.\n"
        )
        values, _ = extract_fields(text, CLAIM, dates=[
            {"text": "2026-01-05", "value": "2026-01-05", "role": "effective"}])  # fmt: skip
        assert values["amountClaimed"] == {"amount": 1250.5, "currency": "EUR"}
        assert values["claimType"] == "storm"
        assert values["incidentDate"] == "2026-01-05"  # no label: the date with its role

    def test_a_bare_amount_takes_the_documents_currency(self) -> None:
        text = "Deductible USD 250.00\nAmount claimed: 4,100.00\n"
        values, _ = extract_fields(text, CLAIM)
        assert values["amountClaimed"] == {"amount": 4100.0, "currency": "USD"}

    def test_missing_required_fields_warn_and_lower_confidence(self) -> None:
        """A required field not found is a warning and sends the job to a person."""
        analysis = analyze("Insurance claim\nClaim number: CLM-1\nPolicyholder: A. Person\n"
                           "Date of loss: 2026-01-02\nInsurer: Northwind\n")  # fmt: skip
        assert analysis["documentType"] == "insurance_claim"
        assert analysis["warnings"] == [
            "required field 'policyNumber' of class 'insurance_claim' not found"
        ]
        assert analysis["confidence"] <= MISSING_REQUIRED_CONFIDENCE

    def test_a_user_class_wins_a_tie_with_a_built_in_one(self, tmp_path: Any) -> None:
        """Signals as strong as the built-in invoice's: the user's class comes first."""
        signals = [
            ("\\binvoice\\b", 3), ("\\binvoice\\s*(?:#|no\\.?|number)", 3),
            ("\\bbill(?:ed)? to\\b", 2), ("\\b(?:amount|balance|total) due\\b", 2),
            ("\\bdue date\\b", 2),
        ]  # fmt: skip
        listed = ", ".join(f"{{pattern: '{p}', weight: {w}}}" for p, w in signals)
        path = tmp_path / "classes.yaml"
        path.write_text(
            f"classes:\n  - name: supplier_bill\n    description: b\n    signals: [{listed}]\n"
        )
        text = "Invoice no 7\nBill to: X\nAmount due: $5\nDue date: 2026-01-01\n"
        assert classify(text, default_classes()).document_type == "invoice"
        assert classify(text, load_classes(str(path))).document_type == "supplier_bill"
