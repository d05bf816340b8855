"""``docpipe send``: ``--review`` asks for a person, and ``--wait`` follows the message it sent,
not whatever job already has the id (issue 21, items 2 and 4)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import boto3
import pytest
from moto import mock_aws

from docpipe_cli.cli import main
from docpipe_cli.usercli import EXIT_REFUSED
from support.fake_api import FakeApi, aws_test_env, fake_api

INVOICE = "s3://docpipe-inbox/invoice.pdf"
OTHER = "s3://docpipe-inbox/other.html"


@pytest.fixture
def queue_and_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, FakeApi]]:
    """An SQS queue (moto, in process) and a status API, named by the environment."""
    aws_test_env(monkeypatch)
    with mock_aws(), fake_api() as api:
        url = boto3.client("sqs").create_queue(QueueName="jobs")["QueueUrl"]
        monkeypatch.setenv("DOCPIPE_QUEUE_URL", url)
        monkeypatch.setenv("DOCPIPE_STATUS_API_URL", api.url)
        yield url, api


def _sent(url: str) -> list[dict[str, object]]:
    messages = boto3.client("sqs").receive_message(QueueUrl=url, MaxNumberOfMessages=10)
    return [json.loads(m["Body"]) for m in messages.get("Messages", [])]


def test_review_is_asked_for_in_the_message(queue_and_api: tuple[str, FakeApi]) -> None:
    """``--review`` puts ``"review": true`` in the message body."""
    url, _ = queue_and_api
    assert main(["send", "--document-url", INVOICE, "--job-id", "r-1", "--review"]) == 0
    assert _sent(url) == [{"documentUrl": INVOICE, "jobId": "r-1", "review": True}]


def test_wait_reports_a_job_id_taken_by_another_document(
    queue_and_api: tuple[str, FakeApi], capsys: pytest.CaptureFixture[str]
) -> None:
    """The id names a finished invoice job: not "done" (exit 0) but a refusal naming the
    invoice (exit 7), because the consumer refuses this message as ``JobIdInUse``."""
    _, api = queue_and_api
    api.answers["GET", "/status/my-job-1"] = (
        200,
        {"jobId": "my-job-1", "status": "done", "documentUrl": INVOICE, "result": {}},
    )
    code = main(["send", "--document-url", OTHER, "--job-id", "my-job-1", "--wait"])
    err = capsys.readouterr().err
    assert code == EXIT_REFUSED, err
    assert INVOICE in err
    assert "JobIdInUse" in err


def test_wait_follows_its_own_job_to_the_end(
    queue_and_api: tuple[str, FakeApi], capsys: pytest.CaptureFixture[str]
) -> None:
    """The same id on the same document is this message's job: followed as before."""
    _, api = queue_and_api
    api.answers["GET", "/status/my-job-2"] = (
        200,
        {"jobId": "my-job-2", "status": "done", "documentUrl": OTHER, "result": {}},
    )
    assert main(["send", "--document-url", OTHER, "--job-id", "my-job-2", "--wait"]) == 0
    assert "my-job-2: done" in capsys.readouterr().err
