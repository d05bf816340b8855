"""Corrections held to the job's class: 422 naming the field and the reason, or the
canonical value settled (the status Lambda with the in-memory table and a fake engine)."""

from __future__ import annotations

from typing import Any

import pytest
from test_reviews import REVIEW_ID, FirstWinsPromises, call, post_review, request

from docpipe.classes import load_classes
from docpipe.ports import JobRecord
from docpipe.testing import InMemoryJobTable
from status_api import handler
from status_api.promises import PromiseStatus
from status_api.service import StatusService
from support.claims import CLASSES_FILE

CLAIM_ANALYSIS = {
    "documentType": "insurance_claim",
    "confidence": 0.3,
    "keyFigures": {"total": {"amount": 2450.0, "currency": "EUR"}, "issueDate": "2026-02-01"},
    "fields": {"claimNumber": "CLM-1", "amountClaimed": {"amount": 2450.0, "currency": "EUR"}},
}
INVOICE_ANALYSIS = {
    "documentType": "invoice",
    "confidence": 0.3,
    "keyFigures": {"total": {"amount": 120.0, "currency": "USD"}},
}


@pytest.fixture
def table() -> InMemoryJobTable:
    return InMemoryJobTable()


@pytest.fixture
def engine() -> FirstWinsPromises:
    return FirstWinsPromises()


@pytest.fixture(autouse=True)
def installed(table: InMemoryJobTable, engine: FirstWinsPromises) -> Any:
    classes = load_classes(str(CLASSES_FILE))
    handler.use_service(StatusService(jobs=table, promises=engine, classes=classes))
    yield
    handler.use_service(None)


def waiting(table: InMemoryJobTable, engine: FirstWinsPromises, analysis: dict[str, Any]) -> None:
    table.records["job-1"] = JobRecord(
        job_id="job-1",
        status="awaiting_review",
        document_url="s3://docpipe-inbox/claim.pdf",
        created_at=1000,
        updated_at=1005,
        review={"promiseId": REVIEW_ID, "since": 1005, "reason": "requested",
                "analysis": analysis},
    )  # fmt: skip
    engine.states[REVIEW_ID] = PromiseStatus("pending")


def approve(corrections: dict[str, Any]) -> tuple[int, Any]:
    return post_review("job-1", {"decision": "approve", "corrections": corrections})


class TestRefused:
    @pytest.mark.parametrize(
        ("analysis", "corrections", "field", "reason"),
        [
            (INVOICE_ANALYSIS, {"documentType": "banana"}, "documentType",
             "'banana' is not a configured class"),
            (INVOICE_ANALYSIS, {"keyFigures.issueDate": "yesterday"}, "keyFigures.issueDate",
             "must be a date as YYYY-MM-DD"),
            (INVOICE_ANALYSIS, {"keyFigures.dueDate": "2026-02-30"}, "keyFigures.dueDate",
             "2026-02-30 is not a day of the calendar"),
            (INVOICE_ANALYSIS, {"keyFigures.total": 48000}, "keyFigures.total",
             "must be money"),
            (INVOICE_ANALYSIS, {"keyFigures.total": {"amount": 48000}}, "keyFigures.total",
             "money needs a currency"),
            (INVOICE_ANALYSIS, {"keyFigures.colour": "red"}, "keyFigures.colour",
             "unknown field"),
            (INVOICE_ANALYSIS, {"fields.claimNumber": "CLM-2"}, "fields.claimNumber",
             "unknown field for this job"),
            (CLAIM_ANALYSIS, {"fields.claimType": "flood"}, "fields.claimType",
             "must be one of collision, theft, fire, water, storm, other"),
            (CLAIM_ANALYSIS, {"fields.vehicle": "AB12"}, "fields.vehicle",
             "unknown field for class 'insurance_claim'"),
            (CLAIM_ANALYSIS, {"incidentDate": "14/02/2026"}, "incidentDate",
             "must be a date as YYYY-MM-DD"),
            (CLAIM_ANALYSIS, {"amountClaimed.currency": None}, "amountClaimed.currency",
             "money needs a currency"),
            (CLAIM_ANALYSIS, {"fields.damagedItems": [{"item": "x", "cost": 5}]},
             "fields.damagedItems", "row 1 column 'cost' must be money"),
            (CLAIM_ANALYSIS, {"language": "e1"}, "language", "ISO 639"),
        ],
    )  # fmt: skip
    def test_422_names_the_field_and_the_reason(
        self,
        table: InMemoryJobTable,
        engine: FirstWinsPromises,
        analysis: dict[str, Any],
        corrections: dict[str, Any],
        field: str,
        reason: str,
    ) -> None:
        """Each invalid correction the issue lists: 422, the message says which field and
        why, the answer names the field, and nothing is settled."""
        waiting(table, engine, analysis)
        status, body = approve(corrections)
        assert status == 422
        assert body["field"] == field
        assert body["message"].startswith(f"{field}: ")
        assert reason in body["message"]
        assert engine.resolves == []


class TestAccepted:
    def test_money_is_amount_and_currency_everywhere(
        self, table: InMemoryJobTable, engine: FirstWinsPromises
    ) -> None:
        """``{amount, currency}`` is accepted (it was refused before), a part merges with the
        analysis's other part, bare names resolve to the class's field or the key figure."""
        waiting(table, engine, CLAIM_ANALYSIS)
        status, body = approve({
            "keyFigures.total": {"amount": 48000, "currency": "eur"},
            "amountClaimed.amount": 2600,
            "claimNumber": "CLM-2026-0042",
            "issueDate": "2026-02-03",
            "fields.damagedItems": [{"item": "Rear bumper", "quantity": 1,
                                     "cost": {"amount": 1800, "currency": "EUR"}}],
        })  # fmt: skip
        assert status == 200, body
        [(_, value)] = engine.resolves
        assert value["corrections"] == {
            "keyFigures.total": {"amount": 48000, "currency": "EUR"},
            "fields.amountClaimed": {"amount": 2600, "currency": "EUR"},
            "fields.claimNumber": "CLM-2026-0042",
            "keyFigures.issueDate": "2026-02-03",
            "fields.damagedItems": [
                {"item": "Rear bumper", "quantity": 1, "cost": {"amount": 1800, "currency": "EUR"}}
            ],
        }

    def test_fields_follow_a_corrected_class(
        self, table: InMemoryJobTable, engine: FirstWinsPromises
    ) -> None:
        """Reclassified as a claim, the claim's fields may be set in the same decision."""
        waiting(table, engine, INVOICE_ANALYSIS)
        status, _ = approve({"documentType": "Insurance Claim", "fields.claimNumber": "CLM-9"})
        assert status == 200
        [(_, value)] = engine.resolves
        assert value["corrections"] == {
            "documentType": "insurance_claim",
            "fields.claimNumber": "CLM-9",
        }

    def test_the_classes_are_served(self) -> None:
        """GET /classes: what a review form is drawn from."""
        status, body = call(request("GET", "/classes"))
        assert status == 200
        claim = body["classes"][0]
        assert claim["name"] == "insurance_claim"
        assert claim["store"] == "fields"
        by_name = {field["name"]: field for field in claim["fields"]}
        assert by_name["claimType"]["values"][0] == "collision"
        assert by_name["claimNumber"]["required"] is True
        assert [c["name"] for c in by_name["damagedItems"]["columns"]] == [
            "item", "quantity", "cost"]  # fmt: skip
        assert body["classes"][-1]["name"] == "other"
