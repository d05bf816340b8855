"""The status Lambda, driven with the sample API Gateway events and the in-memory job table."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from docpipe.errors import TransientError
from docpipe.jobs import promise_id
from docpipe.ports import JobRecord
from docpipe.progress import Terminal
from docpipe.records import Failure, JobResult
from docpipe.testing import InMemoryJobTable
from status_api import handler
from status_api.promises import PromiseStatus
from status_api.service import StatusService
from support.job_updates import row_update

EVENTS = Path(__file__).resolve().parents[2] / "events"
URL = "s3://docpipe-inbox/invoices/invoice-001.pdf"


def load_event(name: str) -> dict[str, Any]:
    """One sample event from ``events/``, parsed afresh so a test may change it."""
    data: dict[str, Any] = json.loads((EVENTS / name).read_text())
    return copy.deepcopy(data)


def status_event(job_id: str) -> dict[str, Any]:
    event = load_event("apigw-status.json")
    path = f"/status/{job_id}"
    event["rawPath"] = path
    event["requestContext"]["http"]["path"] = path
    event["pathParameters"] = {"jobId": job_id}
    return event


def jobs_event(query: dict[str, str] | None) -> dict[str, Any]:
    event = load_event("apigw-jobs.json")
    if query is None:
        event.pop("queryStringParameters", None)
        event["rawQueryString"] = ""
    else:
        event["queryStringParameters"] = query
    return event


def call(event: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    response = handler.lambda_handler(event, None)
    return response["statusCode"], json.loads(response["body"])


class FakePromises:
    """A :class:`~status_api.promises.PromiseReader` over a dict of promise id -> status."""

    def __init__(self, states: dict[str, PromiseStatus] | None = None) -> None:
        self.states = states or {}
        self.asked: list[str] = []

    def get_state(self, promise_id: str) -> PromiseStatus | None:
        self.asked.append(promise_id)
        return self.states.get(promise_id)


class FailingTable(InMemoryJobTable):
    def get(self, job_id: str) -> JobRecord | None:
        raise TransientError("DynamoDB throttled")


@pytest.fixture
def table() -> InMemoryJobTable:
    return InMemoryJobTable()


@pytest.fixture
def promises() -> FakePromises:
    return FakePromises()


@pytest.fixture(autouse=True)
def installed(table: InMemoryJobTable, promises: FakePromises) -> Iterator[None]:
    handler.use_service(StatusService(jobs=table, promises=promises))
    yield
    handler.use_service(None)


class TestSampleEvents:
    def test_sample_events_are_http_api_v2(self) -> None:
        """Both sample events are API Gateway HTTP API (payload 2.0) GET requests."""
        for name in ("apigw-status.json", "apigw-jobs.json"):
            event = load_event(name)
            assert event["version"] == "2.0"
            assert event["requestContext"]["http"]["method"] == "GET"

    def test_sample_status_event_as_is(self, table: InMemoryJobTable) -> None:
        """The unmodified status sample asks for job-123 and gets it."""
        table.update(row_update("job-123", document_url=URL, started="extract", at=5))
        status, body = call(load_event("apigw-status.json"))
        assert status == 200
        assert body["jobId"] == "job-123"
        assert body["step"] == "extract"


class TestStatus:
    def test_processing_job_reports_its_running_step(self, table: InMemoryJobTable) -> None:
        """A job in progress answers 200 with status processing and the step now running."""
        table.update(
            row_update("j1", document_url=URL, requester_id="alice", started="download", at=1)
        )
        table.update(
            row_update("j1", document_url=URL, requester_id="alice", started="analyze", at=2)
        )
        status, body = call(status_event("j1"))
        assert status == 200
        assert body["status"] == "processing"
        assert body["step"] == "analyze"
        assert body["requesterId"] == "alice"
        assert body["steps"] == {"download": 1, "analyze": 2}

    def test_done_job_carries_its_result(self, table: InMemoryJobTable) -> None:
        """A finished job answers with its result and no running step."""
        table.update(row_update("j2", document_url=URL, started="notify", at=1))
        table.update(
            row_update(
                "j2",
                document_url=URL,
                at=9,
                terminal=Terminal(
                    status="done",
                    result=JobResult(
                        job_id="j2", status="done", analysis={"documentType": "invoice"}
                    ),
                ),
            )
        )
        status, body = call(status_event("j2"))
        assert status == 200
        assert body["status"] == "done"
        assert body["result"]["analysis"] == {"documentType": "invoice"}
        assert "step" not in body

    def test_failed_job_carries_its_error(self, table: InMemoryJobTable) -> None:
        """A failed job answers with the stored error code and message."""
        error = {"code": "corrupt_document", "message": "not a PDF"}
        table.update(
            row_update(
                "j3",
                document_url=URL,
                at=3,
                terminal=Terminal(status="failed", error=Failure.from_dict(error)),
            )
        )
        status, body = call(status_event("j3"))
        assert (status, body["status"], body["error"]) == (200, "failed", error)

    def test_unknown_job_is_404_with_a_message(self, promises: FakePromises) -> None:
        """A job neither in the table nor on the server is 404 {"message"}."""
        status, body = call(status_event("nope"))
        assert status == 404
        assert set(body) == {"message"}
        assert "nope" in body["message"]
        assert promises.asked == [promise_id("nope")]

    @pytest.mark.parametrize("job_id", ["-starts-with-dash", "a" * 129, "has%3Acolon"])
    def test_invalid_id_is_400(self, job_id: str, promises: FakePromises) -> None:
        """An id outside the accepted alphabet is refused before any lookup."""
        status, body = call(status_event(job_id))
        assert status == 400
        assert set(body) == {"message"}
        assert promises.asked == []

    def test_queued_job_falls_back_to_its_pending_promise(self, promises: FakePromises) -> None:
        """Dispatched but not yet started: the pending promise makes it processing."""
        promises.states[promise_id("queued")] = PromiseStatus("pending")
        status, body = call(status_event("queued"))
        assert status == 200
        assert body == {"jobId": "queued", "status": "processing", "queued": True}

    @pytest.mark.parametrize(
        ("state", "reason"),
        [("rejected", "boom"), ("rejected_timedout", "the job timed out")],
    )
    def test_rejected_promise_is_failed_with_the_reason(
        self, promises: FakePromises, state: str, reason: str
    ) -> None:
        """A rejected or timed-out promise with no row is a failed job, reason included."""
        promises.states[promise_id("gone")] = PromiseStatus(state, reason=reason)
        status, body = call(status_event("gone"))
        assert status == 200
        assert body["status"] == "failed"
        assert body["error"]["message"] == reason

    def test_resolved_failed_promise_reports_its_error(self, promises: FakePromises) -> None:
        """A workflow that resolved with a failed summary is failed with that error."""
        error = {"code": "corrupt_document", "message": "not a PDF"}
        summary = {"jobId": "f", "status": "failed", "error": error, "messageId": "m"}
        promises.states[promise_id("f")] = PromiseStatus("resolved", value=summary)
        status, body = call(status_event("f"))
        assert (status, body["status"], body["error"]) == (200, "failed", error)

    def test_processing_row_with_timed_out_promise_is_failed(
        self, table: InMemoryJobTable, promises: FakePromises
    ) -> None:
        """A row left processing by a workflow whose promise timed out is failed/timed_out,
        not processing for ever; the row's other fields stay."""
        table.update(
            row_update("stuck", document_url=URL, requester_id="al", started="extract", at=1)
        )
        promises.states[promise_id("stuck")] = PromiseStatus(
            "rejected_timedout", reason="the job timed out"
        )
        status, body = call(status_event("stuck"))
        assert status == 200
        assert body["status"] == "failed"
        assert body["error"] == {"code": "timed_out", "message": "the job timed out"}
        assert "step" not in body
        assert (body["requesterId"], body["steps"]) == ("al", {"extract": 1})

    def test_processing_row_with_pending_promise_stays_processing(
        self, table: InMemoryJobTable, promises: FakePromises
    ) -> None:
        """While the workflow runs, the row answers as it is."""
        table.update(row_update("busy", document_url=URL, started="store", at=1))
        promises.states[promise_id("busy")] = PromiseStatus("pending")
        status, body = call(status_event("busy"))
        assert (status, body["status"], body["step"]) == (200, "processing", "store")

    def test_promise_outage_does_not_hide_the_row(self, table: InMemoryJobTable) -> None:
        """The Resonate server being down does not turn a known job into a 503."""

        class DownPromises(FakePromises):
            def get_state(self, promise_id: str) -> PromiseStatus | None:
                raise TransientError("Resonate server unreachable")

        table.update(row_update("busy", document_url=URL, started="store", at=1))
        handler.use_service(StatusService(jobs=table, promises=DownPromises()))
        status, body = call(status_event("busy"))
        assert (status, body["status"], body["step"]) == (200, "processing", "store")

    def test_finished_row_does_not_ask_the_server(
        self, table: InMemoryJobTable, promises: FakePromises
    ) -> None:
        """A terminal row is the answer; no promise lookup is spent on it."""
        table.update(row_update("j4", document_url=URL, at=2, terminal=Terminal(status="done")))
        assert call(status_event("j4"))[1]["status"] == "done"
        assert promises.asked == []

    def test_table_outage_is_503(self) -> None:
        """A transient table failure is 503 {"message"}, not a 500 or a crash."""
        handler.use_service(StatusService(jobs=FailingTable()))
        status, body = call(status_event("j1"))
        assert status == 503
        assert set(body) == {"message"}

    def test_unknown_route_is_json_404(self) -> None:
        """A path the API does not serve answers the same error shape."""
        event = status_event("x")
        event["rawPath"] = event["requestContext"]["http"]["path"] = "/nowhere"
        status, body = call(event)
        assert status == 404
        assert set(body) == {"message"}


class TestJobsListing:
    def test_lists_a_documents_jobs_newest_first(self, table: InMemoryJobTable) -> None:
        """Every job for the document, newest first; other documents' jobs are left out."""
        for job_id, created in (("old", 1), ("new", 3), ("mid", 2)):
            table.update(row_update(job_id, document_url=URL, started="download", at=created))
        table.update(row_update("other", document_url=URL + ".bak", started="download", at=4))
        status, body = call(load_event("apigw-jobs.json"))
        assert status == 200
        assert [job["jobId"] for job in body["jobs"]] == ["new", "mid", "old"]

    def test_no_jobs_is_an_empty_list(self) -> None:
        """A document nobody submitted is 200 with an empty list, not 404."""
        status, body = call(jobs_event({"documentUrl": "s3://docpipe-inbox/none.txt"}))
        assert (status, body) == (200, {"jobs": []})

    @pytest.mark.parametrize(
        "query", [{"documentUrl": ""}, {"documentUrl": "https://example.com/a.pdf"}]
    )
    def test_missing_or_non_s3_url_is_400(self, query: dict[str, str] | None) -> None:
        """documentUrl is required and must be an s3://bucket/key URL."""
        status, body = call(jobs_event(query))
        assert status == 400
        assert set(body) == {"message"}
