"""``docpipe dlq list`` says why each dead-lettered message is there; ``redrive`` sends the
chosen ones back to the job queue and nothing is lost on the way (issue 21, item 3)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from docpipe_cli import dlq
from docpipe_cli.cli import main
from docpipe_cli.stack.provision import ResourceNames, provision
from support.fake_api import FakeApi, aws_test_env, fake_api

INVOICE = "s3://docpipe-inbox/invoice.pdf"


@pytest.fixture
def queues(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str, FakeApi]]:
    """The job queue with its DLQ (as ``docpipe up`` provisions them, in moto) and a status
    API, found through the environment as on AWS."""
    aws_test_env(monkeypatch)
    with mock_aws(), fake_api() as api:
        made = provision(None, "us-east-1", ResourceNames())
        monkeypatch.setenv("DOCPIPE_QUEUE_URL", made.queue_url)
        monkeypatch.setenv("DOCPIPE_STATUS_API_URL", api.url)
        yield made.queue_url, made.dlq_url, api


def _dead_letter(dlq_url: str, body: str) -> str:
    return str(boto3.client("sqs").send_message(QueueUrl=dlq_url, MessageBody=body)["MessageId"])


def _bodies(url: str) -> list[str]:
    """The queue's messages, without the s3:TestEvent provisioning put there."""
    answer = boto3.client("sqs").receive_message(QueueUrl=url, MaxNumberOfMessages=10)
    return [m["Body"] for m in answer.get("Messages", []) if "s3:TestEvent" not in m["Body"]]


def _listed(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["dlq", "list", "--json"]) == 0
    return {m["messageId"]: m for m in json.loads(capsys.readouterr().out)}


class TestList:
    def test_each_message_says_why_it_is_there(
        self, queues: tuple[str, str, FakeApi], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Not JSON, a job id that is another document's job, and a job never accepted each
        get their own reason; listing leaves every message in the DLQ."""
        _, dlq_url, api = queues
        garbage = _dead_letter(dlq_url, "{not json")
        taken = _dead_letter(
            dlq_url, json.dumps({"documentUrl": "s3://docpipe-inbox/o.html", "jobId": "my-1"})
        )
        lost = _dead_letter(dlq_url, json.dumps({"documentUrl": INVOICE, "jobId": "never-1"}))
        api.answers["GET", "/status/my-1"] = (
            200,
            {"jobId": "my-1", "status": "done", "documentUrl": INVOICE},
        )
        listed = _listed(capsys)
        assert set(listed) == {garbage, taken, lost}
        assert listed[garbage]["why"].startswith("not a job:")
        assert "JobIdInUse" in listed[taken]["why"]
        assert INVOICE in listed[taken]["why"]
        assert "never accepted" in listed[lost]["why"]
        assert set(_listed(capsys)) == {garbage, taken, lost}  # browsing took nothing away

    def test_the_dlq_is_found_from_the_queues_redrive_policy(
        self, queues: tuple[str, str, FakeApi]
    ) -> None:
        """Only the job queue's URL is needed, locally and on AWS."""
        queue_url, dlq_url, _ = queues
        assert dlq.dead_letter_queue(boto3.client("sqs"), queue_url) == dlq_url


class TestRedrive:
    def test_chosen_messages_go_back_to_the_job_queue(
        self, queues: tuple[str, str, FakeApi], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """One id: that message moves (body intact), the other stays."""
        queue_url, dlq_url, _ = queues
        body = json.dumps({"documentUrl": INVOICE, "jobId": "again-1"})
        moving = _dead_letter(dlq_url, body)
        staying = _dead_letter(dlq_url, "{not json")
        assert main(["dlq", "redrive", moving]) == 0
        assert capsys.readouterr().out.split() == [moving]
        assert set(_listed(capsys)) == {staying}
        assert _bodies(queue_url) == [body]

    def test_all_and_unknown_ids(
        self, queues: tuple[str, str, FakeApi], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An id not in the DLQ exits 4; --all empties it; neither or both is a usage error."""
        queue_url, dlq_url, _ = queues
        _dead_letter(dlq_url, "a")
        _dead_letter(dlq_url, "b")
        assert main(["dlq", "redrive", "no-such-id"]) == 4
        assert main(["dlq", "redrive"]) == 2
        assert main(["dlq", "redrive", "--all", "x"]) == 2
        assert main(["dlq", "redrive", "--all"]) == 0
        capsys.readouterr()
        assert _listed(capsys) == {}
        assert sorted(_bodies(queue_url)) == ["a", "b"]
