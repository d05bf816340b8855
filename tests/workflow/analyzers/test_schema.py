"""schema.normalize keeps line items, evidence, warnings and sections, cleaned."""

from __future__ import annotations

from typing import Any

from workflow.analyzers.schema import normalize

BASE: dict[str, Any] = {"documentType": "invoice", "summary": "s", "entities": {}}


class TestStructuredFields:
    def test_line_items_survive_and_bad_rows_are_skipped(self) -> None:
        """Numbers as strings are read; a row without an amount or description is dropped."""
        analysis = normalize(
            {**BASE, "lineItems": [
                {"description": " Freight  handling ", "quantity": "3", "unitPrice": 640,
                 "amount": "1,920.00", "evidence": {"page": 1, "text": "Freight", "bbox": None}},
                {"description": "no amount"},
                {"amount": 5},
                "junk",
            ]},
            analyzer="bedrock:m",
        )  # fmt: skip
        assert analysis["lineItems"] == [
            {"description": "Freight handling", "quantity": 3.0, "unitPrice": 640.0,
             "amount": 1920.0, "evidence": {"page": 1, "text": "Freight", "bbox": None}},
        ]  # fmt: skip

    def test_evidence_pages_and_boxes_are_checked(self) -> None:
        """Page 0, a box of three numbers or a reversed box are not evidence as given."""
        analysis = normalize(
            {**BASE, "evidence": {
                "total": {"page": 2, "text": "$5.00", "bbox": [0.1, 0.2, 0.3, 0.25]},
                "vendor": {"page": 0, "text": "Acme"},
                "dueDate": {"page": 1, "text": "x", "bbox": [0.1, 0.2, 0.3]},
                "tax": {"page": 1, "text": "y", "bbox": [0.5, 0.2, 0.3, 0.25]},
            }},
            analyzer="offline",
        )  # fmt: skip
        assert analysis["evidence"] == {
            "total": {"page": 2, "text": "$5.00", "bbox": [0.1, 0.2, 0.3, 0.25]},
            "dueDate": {"page": 1, "text": "x", "bbox": None},
            "tax": {"page": 1, "text": "y", "bbox": None},
        }

    def test_sections_only_when_there_are_several(self) -> None:
        """One section is the whole file: it is not repeated; two are kept, types aliased."""
        one = {"documentType": "invoice", "pages": [1, 2], "keyFigures": {}}
        two = {"documentType": "Bank statement", "pages": [3, 3], "confidence": 0.7}
        assert "sections" not in normalize({**BASE, "sections": [one]}, analyzer="x")
        sections = normalize({**BASE, "sections": [one, two, {"pages": [2, 1]}]}, analyzer="x")
        assert [(s["documentType"], s["pages"]) for s in sections["sections"]] == [
            ("invoice", [1, 2]), ("statement", [3, 3]),
        ]  # fmt: skip

    def test_defaults_are_empty(self) -> None:
        """An answer without the new fields gets them empty, never missing."""
        analysis = normalize(BASE, analyzer="x")
        assert (analysis["lineItems"], analysis["evidence"], analysis["warnings"]) == ([], {}, [])
