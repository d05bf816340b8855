"""The review API and job lists: the status Lambda with the in-memory table and a fake engine."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from docpipe.ports import JobRecord
from docpipe.testing import InMemoryJobTable
from status_api import handler
from status_api.promises import PromiseStatus
from status_api.service import StatusService

EVENTS = Path(__file__).resolve().parents[2] / "events"
REVIEW_ID = "docpipe-job-job-1:4"


class FirstWinsPromises:
    """A promise store that settles like the Resonate server: the first settle wins and every
    later one gets the promise as it is."""

    def __init__(self) -> None:
        self.states: dict[str, PromiseStatus] = {}
        self.resolves: list[tuple[str, Any]] = []

    def get_state(self, promise_id: str) -> PromiseStatus | None:
        return self.states.get(promise_id)

    def resolve(self, promise_id: str, value: Any) -> PromiseStatus | None:
        self.resolves.append((promise_id, value))
        found = self.states.get(promise_id)
        if found is None or found.state != "pending":
            return found
        self.states[promise_id] = PromiseStatus("resolved", value=value)
        return self.states[promise_id]


def request(method: str, path: str, *, body: str | None = None, query: str = "") -> dict[str, Any]:
    """An API Gateway v2 event for any route, from the sample status event."""
    event: dict[str, Any] = copy.deepcopy(json.loads((EVENTS / "apigw-status.json").read_text()))
    event["rawPath"] = path
    event["rawQueryString"] = query
    event["requestContext"]["http"]["path"] = path
    event["requestContext"]["http"]["method"] = method
    event.pop("pathParameters", None)
    event.pop("queryStringParameters", None)
    if query:
        event["queryStringParameters"] = dict(part.split("=", 1) for part in query.split("&"))
    if body is not None:
        event["body"] = body
        event["isBase64Encoded"] = False
    return event


def call(event: dict[str, Any]) -> tuple[int, Any]:
    response = handler.lambda_handler(event, None)
    text = response["body"]
    return response["statusCode"], json.loads(text) if text.startswith(("{", "[")) else text


def waiting_record(job_id: str = "job-1", created_at: int = 1000) -> JobRecord:
    return JobRecord(
        job_id=job_id,
        status="awaiting_review",
        document_url="s3://docpipe-inbox/a.txt",
        created_at=created_at,
        updated_at=created_at + 5,
        review={
            "promiseId": f"docpipe-job-{job_id}:4",
            "since": created_at + 5,
            "reason": "low_confidence",
            "analysis": {"documentType": "receipt", "confidence": 0.2},
        },
    )


@pytest.fixture
def table() -> InMemoryJobTable:
    return InMemoryJobTable()


@pytest.fixture
def engine() -> FirstWinsPromises:
    return FirstWinsPromises()


@pytest.fixture(autouse=True)
def installed(table: InMemoryJobTable, engine: FirstWinsPromises) -> Any:
    handler.use_service(StatusService(jobs=table, promises=engine))
    yield
    handler.use_service(None)


def post_review(job_id: str, body: object) -> tuple[int, Any]:
    text = body if isinstance(body, str) else json.dumps(body)
    return call(request("POST", f"/jobs/{job_id}/review", body=text))


class TestSettle:
    def test_approve_resolves_the_review_promise(
        self, table: InMemoryJobTable, engine: FirstWinsPromises
    ) -> None:
        """Approve with a correction: the promise gets the decision, the answer says settled."""
        table.records["job-1"] = waiting_record()
        engine.states[REVIEW_ID] = PromiseStatus("pending")
        status, body = post_review(
            "job-1",
            {"decision": "approve", "corrections": {"documentType": "Invoice"}, "reviewer": "r"},
        )
        assert status == 200
        assert body["settled"] is True
        [(promise, value)] = engine.resolves
        assert promise == REVIEW_ID
        assert value["corrections"] == {"documentType": "invoice"}
        assert value["reviewer"] == "r"
        assert isinstance(value["at"], int)

    def test_the_same_decision_again_is_a_harmless_repeat(
        self, table: InMemoryJobTable, engine: FirstWinsPromises
    ) -> None:
        """A second approve answers 200 with settled false and the first decision."""
        table.records["job-1"] = waiting_record()
        engine.states[REVIEW_ID] = PromiseStatus("pending")
        assert post_review("job-1", {"decision": "approve"})[0] == 200
        status, body = post_review("job-1", {"decision": "approve", "comment": "again"})
        assert status == 200
        assert body["settled"] is False
        assert body["review"]["comment"] is None

    def test_a_different_decision_after_settlement_conflicts(
        self, table: InMemoryJobTable, engine: FirstWinsPromises
    ) -> None:
        """Reject after approve is 409 and changes nothing."""
        table.records["job-1"] = waiting_record()
        engine.states[REVIEW_ID] = PromiseStatus("pending")
        assert post_review("job-1", {"decision": "approve"})[0] == 200
        status, body = post_review("job-1", {"decision": "reject"})
        assert status == 409
        assert "approve" in body["message"]
        assert engine.states[REVIEW_ID].value["decision"] == "approve"

    def test_a_timed_out_review_conflicts(
        self, table: InMemoryJobTable, engine: FirstWinsPromises
    ) -> None:
        """A review promise that timed out cannot be approved any more."""
        table.records["job-1"] = waiting_record()
        engine.states[REVIEW_ID] = PromiseStatus("rejected_timedout", reason="timed out")
        status, body = post_review("job-1", {"decision": "approve"})
        assert status == 409
        assert "timed out" in body["message"]

    def test_unknown_job_is_404(self) -> None:
        """No row and no promise: 404."""
        assert post_review("nobody", {"decision": "approve"})[0] == 404

    def test_a_job_that_never_waited_is_409(self, table: InMemoryJobTable) -> None:
        """A job that is processing (or done without review) is not waiting: 409."""
        table.records["job-2"] = JobRecord("job-2", "processing", "s3://docpipe-inbox/a", 1, 1)
        status, body = post_review("job-2", {"decision": "approve"})
        assert status == 409
        assert "processing" in body["message"]

    @pytest.mark.parametrize(
        "body",
        [
            "not json",
            "[]",
            {"decision": "maybe"},
            {"decision": "approve", "extra": 1},
            {"decision": "approve", "corrections": []},
            {"decision": "approve", "reviewer": 5},
        ],
    )
    def test_malformed_bodies_are_400(self, table: InMemoryJobTable, body: object) -> None:
        """Not JSON, not an object, a bad decision or field type: 400, nothing settled."""
        table.records["job-1"] = waiting_record()
        assert post_review("job-1", body)[0] == 400

    @pytest.mark.parametrize(
        "corrections",
        [
            {"colour": "red"},
            {"documentType": ""},
            {"documentType": "Two Words"},
            {"language": "english"},
            {"keyFigures.total": {"nested": True}},
        ],
    )
    def test_wrong_corrections_are_422(
        self, table: InMemoryJobTable, engine: FirstWinsPromises, corrections: dict[str, Any]
    ) -> None:
        """An unknown field or an invalid value: 422 naming it; the promise is untouched."""
        table.records["job-1"] = waiting_record()
        engine.states[REVIEW_ID] = PromiseStatus("pending")
        status, body = post_review("job-1", {"decision": "approve", "corrections": corrections})
        assert status == 422
        assert body["message"]
        assert engine.resolves == []

    def test_invalid_job_id_is_400(self) -> None:
        """A job id with characters the id pattern refuses: 400."""
        assert post_review("bad%20id", {"decision": "approve"})[0] in (400, 404)


class TestLists:
    def test_reviews_are_listed_oldest_first_and_paginated(self, table: InMemoryJobTable) -> None:
        """Three waiting jobs, pages of two: oldest two, then the last, then no cursor."""
        for index, job_id in enumerate(["c", "a", "b"]):
            table.records[job_id] = waiting_record(job_id, created_at=1000 + index)
        table.records["done-1"] = JobRecord("done-1", "done", "s3://docpipe-inbox/a", 1, 1)
        status, first = call(request("GET", "/reviews", query="limit=2"))
        assert status == 200
        assert [job["jobId"] for job in first["reviews"]] == ["c", "a"]
        assert first["reviews"][0]["review"]["analysis"]["confidence"] == 0.2
        status, second = call(request("GET", "/reviews", query=f"limit=2&cursor={first['cursor']}"))
        assert [job["jobId"] for job in second["reviews"]] == ["b"]
        assert "cursor" not in second

    def test_jobs_list_by_status_newest_first(self, table: InMemoryJobTable) -> None:
        """GET /jobs?status=done lists only done jobs, newest first; all states merge."""
        for index in range(3):
            table.records[f"d{index}"] = JobRecord(
                f"d{index}", "done", "s3://docpipe-inbox/a", 100 + index, 100
            )
        table.records["w"] = waiting_record("w", created_at=50)
        status, body = call(request("GET", "/jobs", query="status=done"))
        assert status == 200
        assert [job["jobId"] for job in body["jobs"]] == ["d2", "d1", "d0"]
        _, everything = call(request("GET", "/jobs", query="limit=10"))
        assert [job["jobId"] for job in everything["jobs"]] == ["d2", "d1", "d0", "w"]

    def test_every_state_pages_through_all_jobs_newest_first(self, table: InMemoryJobTable) -> None:
        """Without a state, pages of 3 walk every job of every state exactly once, newest
        first, ties in one millisecond included; the last page has no cursor."""
        states = ["done", "failed", "processing", "awaiting_review"]
        for index in range(11):
            created = 100 + index // 3  # three jobs share each millisecond
            table.records[f"j{index:02d}"] = JobRecord(
                f"j{index:02d}",
                states[index % 4],
                "s3://docpipe-inbox/a",
                created,
                created,  # type: ignore[arg-type]
            )
        expected = sorted(table.records.values(), key=lambda r: (r.created_at, r.job_id))
        seen: list[str] = []
        query = "limit=3"
        while True:
            status, body = call(request("GET", "/jobs", query=query))
            assert status == 200
            assert len(body["jobs"]) <= 3
            seen += [job["jobId"] for job in body["jobs"]]
            if "cursor" not in body:
                break
            query = f"limit=3&cursor={body['cursor']}"
        assert seen == [record.job_id for record in reversed(expected)]

    def test_a_cursor_of_one_listing_is_refused_by_the_other(self, table: InMemoryJobTable) -> None:
        """A one-state cursor is not an every-state cursor, nor the other way round: 400."""
        for index in range(3):
            table.records[f"d{index}"] = JobRecord(
                f"d{index}", "done", "s3://docpipe-inbox/a", 100 + index, 100
            )
        _, by_state = call(request("GET", "/jobs", query="status=done&limit=1"))
        _, everything = call(request("GET", "/jobs", query="limit=1"))
        assert call(request("GET", "/jobs", query=f"cursor={by_state['cursor']}"))[0] == 400
        bad = f"status=done&cursor={everything['cursor']}"
        assert call(request("GET", "/jobs", query=bad))[0] == 400

    @pytest.mark.parametrize(
        "query", ["status=sleeping", "limit=0", "limit=1000", "limit=x", "cursor=abc"]
    )
    def test_bad_list_queries_are_400(self, query: str) -> None:
        """Unknown state, a limit out of range, a cursor without its state or not ours: 400."""
        assert call(request("GET", "/jobs", query=query))[0] == 400

    def test_a_bad_review_cursor_is_400(self) -> None:
        """A cursor the table does not recognise is refused."""
        assert call(request("GET", "/reviews", query="cursor=zzz"))[0] == 400


class TestConsole:
    def test_root_serves_the_console_page(self) -> None:
        """GET / is the console's HTML, which loads its script and style from /console/."""
        response = handler.lambda_handler(request("GET", "/"), None)
        assert response["statusCode"] == 200
        assert response["headers"]["Content-Type"].startswith("text/html")
        assert 'src="console/app.js"' in response["body"]

    @pytest.mark.parametrize(("name", "kind"), [("app.js", "javascript"), ("style.css", "css")])
    def test_assets_are_served_with_their_type(self, name: str, kind: str) -> None:
        """The console's script and style come with their content types."""
        response = handler.lambda_handler(request("GET", f"/console/{name}"), None)
        assert response["statusCode"] == 200
        assert kind in response["headers"]["Content-Type"]

    def test_nothing_else_is_served(self) -> None:
        """A name outside the console's files is 404 (no path traversal)."""
        response = handler.lambda_handler(request("GET", "/console/__init__.py"), None)
        assert response["statusCode"] == 404
