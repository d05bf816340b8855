"""``POST /jobs/{jobId}/retry``: a failed job gets a new attempt with a new id that records
``retryOf``; anything else is refused with the reason (issue 21, item 4)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from docpipe.progress import JobUpdate, Terminal
from docpipe.records import Failure
from docpipe.tenancy import DEFAULT_TENANT, SINGLE_TENANT_ADMIN, Caller
from docpipe.testing import InMemoryJobTable
from status_api import handler
from status_api.errors import Forbidden, InvalidRequest, JobNotFound, NotRetryable
from status_api.retry import RetryService
from status_api.service import StatusService

URL = "s3://docpipe-inbox/late.txt"
ADMIN = SINGLE_TENANT_ADMIN
EVENTS = Path(__file__).resolve().parents[2] / "events"


class RecordingSender:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def send(self, message: dict[str, Any]) -> None:
        self.sent.append(message)


def _failed(table: InMemoryJobTable, job_id: str, status: str = "failed") -> None:
    table.update(
        JobUpdate(
            job_id=job_id,
            at=1,
            document_url=URL,
            requester_id="ann",
            tenant=DEFAULT_TENANT,
            started="download",
        )
    )
    error = Failure(code="not_found", message="gone") if status == "failed" else None
    table.update(
        JobUpdate(
            job_id=job_id,
            at=2,
            tenant=DEFAULT_TENANT,
            terminal=Terminal(status=status, error=error),  # type: ignore[arg-type]
        )
    )


@pytest.fixture
def table() -> InMemoryJobTable:
    return InMemoryJobTable()


class TestRetryService:
    def test_a_failed_job_is_sent_again_under_a_new_id(self, table: InMemoryJobTable) -> None:
        """The message names the same document, the new id, retryOf, the requester and the
        analyzer asked for; a second retry gets the next id."""
        _failed(table, "j-1")
        sender = RecordingSender()
        service = RetryService(jobs=table, promises=None, sender=sender)
        answer = service.retry("j-1", json.dumps({"analyzer": "bedrock"}), ADMIN)
        assert answer == {
            "jobId": "j-1.retry1",
            "retryOf": "j-1",
            "documentUrl": URL,
            "analyzer": "bedrock",
        }
        assert sender.sent == [
            {
                "documentUrl": URL,
                "jobId": "j-1.retry1",
                "retryOf": "j-1",
                "analyzer": "bedrock",
                "requesterId": "ann",
            }
        ]
        _failed(table, "j-1.retry1")
        assert service.retry("j-1", None, ADMIN)["jobId"] == "j-1.retry2"

    @pytest.mark.parametrize(
        ("job_id", "body", "error"),
        [
            ("nope", None, JobNotFound),
            ("done-1", None, NotRetryable),
            ("j-1", '{"analyzer": "gpt"}', InvalidRequest),
            ("j-1", '{"colour": "red"}', InvalidRequest),
            ("j-1", "[1]", InvalidRequest),
            ("bad id", None, InvalidRequest),
        ],
    )
    def test_refusals(
        self, table: InMemoryJobTable, job_id: str, body: str | None, error: type[Exception]
    ) -> None:
        """No such job 404, a job that has not failed 409, a bad body or id 400; nothing sent."""
        _failed(table, "j-1")
        _failed(table, "done-1", status="done")
        sender = RecordingSender()
        with pytest.raises(error):
            RetryService(jobs=table, promises=None, sender=sender).retry(job_id, body, ADMIN)
        assert sender.sent == []

    def test_a_tenants_job_is_retried_for_its_owner(self, table: InMemoryJobTable) -> None:
        """With tenants, the retry names the failed job's owner as its requesterId (an upload
        has none of its own), so the new attempt belongs to the same tenant."""
        table.update(
            JobUpdate(job_id="u-1", at=1, document_url=URL, tenant="acme", started="download")
        )
        error = Failure(code="not_found", message="gone")
        table.update(
            JobUpdate(
                job_id="u-1", at=2, tenant="acme", terminal=Terminal(status="failed", error=error)
            )
        )
        sender = RecordingSender()
        service = RetryService(jobs=table, promises=None, sender=sender)
        service.retry("u-1", None, Caller("ops", "acme", "reviewer"))
        assert [message.get("requesterId") for message in sender.sent] == ["acme"]

    def test_a_reader_may_not_retry_and_another_tenant_sees_nothing(
        self, table: InMemoryJobTable
    ) -> None:
        """A reader of the job's tenant gets 403; a caller of another tenant 404."""
        _failed(table, "j-1")
        service = RetryService(jobs=table, promises=None, sender=RecordingSender())
        with pytest.raises(Forbidden):
            service.retry("j-1", None, Caller("r", DEFAULT_TENANT, "reader"))
        with pytest.raises(JobNotFound):
            service.retry("j-1", None, Caller("o", "other-tenant", "reviewer"))


def test_the_route_answers_202_with_the_new_job(table: InMemoryJobTable) -> None:
    """Through the Lambda handler, as API Gateway calls it."""
    _failed(table, "j-1")
    sender = RecordingSender()
    handler.use_service(StatusService(jobs=table), sender)
    try:
        event = copy.deepcopy(json.loads((EVENTS / "apigw-status.json").read_text()))
        event["rawPath"] = event["requestContext"]["http"]["path"] = "/jobs/j-1/retry"
        event["requestContext"]["http"]["method"] = "POST"
        event["pathParameters"] = {"jobId": "j-1"}
        event["body"], event["isBase64Encoded"] = "{}", False
        response = handler.lambda_handler(event, None)
    finally:
        handler.use_service(None)
    assert response["statusCode"] == 202
    assert json.loads(response["body"])["jobId"] == "j-1.retry1"
    assert [m["retryOf"] for m in sender.sent] == ["j-1"]
