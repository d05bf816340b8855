"""The in-process stack (``python -m docpipe_cli.demo_inprocess``): S3/SQS in -> consumer ->
Resonate -> worker -> table, results bucket and SNS out, on moto and the SDK's in-process
server. Step-level failure handling is tested in tests/workflow, redelivery on the real stack
in tests/journeys."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from resonate.retry import Constant

from docpipe.aws import client
from docpipe.jobs import STEPS, results_key
from docpipe_cli.demo_inprocess import InProcessStack, sample_files
from status_api import handler as status_handler
from status_api.service import StatusService

SAMPLES = sample_files()
EVENTS = Path(__file__).resolve().parents[2] / "events"


def subscribe_queue(inprocess: InProcessStack) -> str:
    """An SQS queue subscribed (raw delivery) to the job topic, to read notifications back."""
    sns_client = client("sns", inprocess.settings)
    url = inprocess.sqs.create_queue(QueueName="notifications")["QueueUrl"]
    arn = inprocess.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])[
        "Attributes"
    ]["QueueArn"]
    sns_client.subscribe(
        TopicArn=inprocess.settings.require("topic_arn"),
        Protocol="sqs",
        Endpoint=arn,
        Attributes={"RawMessageDelivery": "true"},
    )
    return url


def notifications(
    inprocess: InProcessStack, url: str
) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """Every notification on the subscribed queue: (message, attributes)."""
    found = []
    while messages := inprocess.sqs.receive_message(
        QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"]
    ).get("Messages", []):
        for message in messages:
            attributes = {
                name: value["StringValue"]
                for name, value in message.get("MessageAttributes", {}).items()
            }
            found.append((json.loads(message["Body"]), attributes))
            inprocess.sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return found


def read_result(inprocess: InProcessStack, job_id: str, name: str) -> bytes:
    response = inprocess.s3.get_object(
        Bucket=inprocess.settings.results_bucket, Key=results_key(job_id, name, owner="default")
    )
    data: bytes = response["Body"].read()
    return data


@pytest.fixture
def inprocess() -> Iterator[InProcessStack]:
    with InProcessStack(retry_policy=Constant(delay=0, max_retries=2)) as running:
        yield running


def test_samples_are_bundled() -> None:
    """The demo and these tests have real documents to push through."""
    assert len(SAMPLES) >= 3


class TestSamples:
    @pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
    def test_upload_ends_done_with_a_real_result(
        self, inprocess: InProcessStack, sample: Path
    ) -> None:
        """Each bundled sample uploaded to the inbox ends done, with text, analysis and SNS."""
        topic_queue = subscribe_queue(inprocess)
        submitted = inprocess.upload(f"uploads/{sample.name}", sample.read_bytes())
        inprocess.pump()
        record = inprocess.wait_for(submitted)
        assert record.status == "done", record.error
        assert record.job_id.startswith("s3-")
        result = record.result or {}
        assert result["extraction"]["words"] > 0
        assert result["analysis"]
        text = read_result(inprocess, record.job_id, "text.txt").decode()
        assert len(text) == result["extraction"]["chars"]
        assert json.loads(read_result(inprocess, record.job_id, "result.json")) == result
        assert inprocess.steps_for(record.job_id) == list(STEPS)
        [(message, attributes)] = notifications(inprocess, topic_queue)
        assert message["status"] == "done"
        assert attributes["jobId"] == record.job_id
        assert attributes["status"] == "done"


class TestEntryPoints:
    def test_direct_message_carries_job_id_and_requester(self, inprocess: InProcessStack) -> None:
        """A direct SQS message's jobId names the job; its requester is on the notification."""
        topic_queue = subscribe_queue(inprocess)
        submitted = inprocess.send(
            "memo.txt",
            b"Quarterly memo: revenue grew 12 percent.",
            job_id="memo-1",
            requester_id="bob",
        )
        inprocess.pump()
        record = inprocess.wait_for(submitted)
        assert (record.job_id, record.status, record.requester_id) == ("memo-1", "done", "bob")
        [(_, attributes)] = notifications(inprocess, topic_queue)
        assert attributes == {
            "jobId": "memo-1",
            "status": "done",
            "tenant": "default",
            "requesterId": "bob",
        }

    def test_same_upload_notified_twice_is_one_job(self, inprocess: InProcessStack) -> None:
        """An S3 event redelivered (same object version) is the same job, run once."""
        submitted = inprocess.upload(
            "twice.txt", b"Invoice INV-7 delivered twice. Amount due: 12.00 EUR."
        )
        messages = []
        while batch := inprocess.poller.receive_batch():
            messages.extend(batch)
        uploads = [m for m in messages if "TestEvent" not in m["Body"]]
        assert len(uploads) == 1
        inprocess.poller.invoke(uploads)
        inprocess.poller.invoke(uploads)
        record = inprocess.wait_for(submitted)
        assert record.status == "done"
        assert len(inprocess.jobs.list_for_document(submitted.document_url)) == 1
        assert [e.name for e in inprocess.events].count("step.start") == 5


class TestStatusOverTheRealTable:
    def test_status_api_reads_what_the_worker_wrote(self, inprocess: InProcessStack) -> None:
        """The status Lambda, on the DynamoDB table the worker wrote, reports the done job."""
        submitted = inprocess.send(
            "status.txt", b"Invoice INV-9 status check. Amount due: 9.00 EUR.", job_id="status-1"
        )
        inprocess.pump()
        inprocess.wait_for(submitted)
        status_handler.use_service(StatusService(jobs=inprocess.jobs))
        try:
            event = json.loads((EVENTS / "apigw-status.json").read_text())
            event["rawPath"] = event["requestContext"]["http"]["path"] = "/status/status-1"
            event["pathParameters"] = {"jobId": "status-1"}
            response = status_handler.lambda_handler(event, None)
            body = json.loads(response["body"])
            assert response["statusCode"] == 200
            assert body["status"] == "done"
            assert body["result"]["analysis"]
            assert set(body["steps"]) == set(STEPS)
        finally:
            status_handler.use_service(None)
