"""End to end in one process: S3/SQS in -> consumer -> Resonate -> worker -> table, results
bucket and SNS out, on moto and the SDK's in-process server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from resonate.retry import Constant

from docpipe.aws import client
from docpipe.errors import TransientError
from docpipe.jobs import STEPS, results_key
from docpipe.ports import Analyzer
from docpipe.settings import Settings
from docpipe_cli.demo_inprocess import InProcessStack, Submitted, sample_files
from status_api import handler as status_handler
from status_api.service import StatusService

SAMPLES = sample_files()
EVENTS = Path(__file__).resolve().parents[2] / "events"
FAST_RETRIES = Constant(delay=0, max_retries=2)


def subscribe_queue(stack: InProcessStack) -> str:
    """An SQS queue subscribed (raw delivery) to the job topic, to read notifications back."""
    sns_client = client("sns", stack.settings)
    url = stack.sqs.create_queue(QueueName="notifications")["QueueUrl"]
    arn = stack.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    sns_client.subscribe(
        TopicArn=stack.settings.require("topic_arn"),
        Protocol="sqs",
        Endpoint=arn,
        Attributes={"RawMessageDelivery": "true"},
    )
    return url


def notifications(stack: InProcessStack, url: str) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """Every notification on the subscribed queue: (message, attributes)."""
    found = []
    while messages := stack.sqs.receive_message(
        QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"]
    ).get("Messages", []):
        for message in messages:
            attributes = {
                name: value["StringValue"]
                for name, value in message.get("MessageAttributes", {}).items()
            }
            found.append((json.loads(message["Body"]), attributes))
            stack.sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return found


def read_result(stack: InProcessStack, job_id: str, name: str) -> bytes:
    response = stack.s3.get_object(
        Bucket=stack.settings.results_bucket, Key=results_key(job_id, name)
    )
    data: bytes = response["Body"].read()
    return data


class FlakyOnce:
    """Wraps the real analyzer; its first call fails transiently, later calls pass through."""

    def __init__(self, inner: Analyzer) -> None:
        self.name = inner.name
        self._inner = inner
        self.calls = 0

    def analyze(self, text: str, *, media_type: str, filename: str) -> dict[str, Any]:
        self.calls += 1
        if self.calls == 1:
            raise TransientError("analyzer throttled (injected)")
        return self._inner.analyze(text, media_type=media_type, filename=filename)


@pytest.fixture
def stack() -> Iterator[InProcessStack]:
    with InProcessStack(retry_policy=FAST_RETRIES) as running:
        yield running


def test_samples_are_bundled() -> None:
    """The demo and these tests have real documents to push through."""
    assert len(SAMPLES) >= 3


class TestSamples:
    @pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
    def test_upload_ends_done_with_a_real_result(self, stack: InProcessStack, sample: Path) -> None:
        """Each bundled sample uploaded to the inbox ends done, with text, analysis and SNS."""
        topic_queue = subscribe_queue(stack)
        submitted = stack.upload(f"uploads/{sample.name}", sample.read_bytes())
        stack.pump()
        record = stack.wait_for(submitted)
        assert record.status == "done", record.error
        assert record.job_id.startswith("s3-")
        result = record.result or {}
        assert result["extraction"]["words"] > 0
        assert result["analysis"]
        text = read_result(stack, record.job_id, "text.txt").decode()
        assert len(text) == result["extraction"]["chars"]
        assert json.loads(read_result(stack, record.job_id, "result.json")) == result
        assert stack.steps_for(record.job_id) == list(STEPS)
        [(message, attributes)] = notifications(stack, topic_queue)
        assert message["status"] == "done"
        assert attributes["jobId"] == record.job_id
        assert attributes["status"] == "done"


class TestEntryPoints:
    def test_direct_message_carries_job_id_and_requester(self, stack: InProcessStack) -> None:
        """A direct SQS message's jobId names the job; its requester is on the notification."""
        topic_queue = subscribe_queue(stack)
        submitted = stack.send(
            "memo.txt",
            b"Quarterly memo: revenue grew 12 percent.",
            job_id="memo-1",
            requester_id="bob",
        )
        stack.pump()
        record = stack.wait_for(submitted)
        assert (record.job_id, record.status, record.requester_id) == ("memo-1", "done", "bob")
        [(_, attributes)] = notifications(stack, topic_queue)
        assert attributes == {"jobId": "memo-1", "status": "done", "requesterId": "bob"}

    def test_same_record_delivered_three_times_runs_once(self, stack: InProcessStack) -> None:
        """Three deliveries of one SQS record collapse onto one execution: five step bodies."""
        stack.s3.put_object(
            Bucket=stack.settings.results_bucket, Key="dup.txt", Body=b"one two three"
        )
        stack.send_body(
            json.dumps({"documentUrl": f"s3://{stack.settings.results_bucket}/dup.txt"})
        )
        [message] = [m for m in stack.poller.receive_batch() if "documentUrl" in m["Body"]]
        for _ in range(3):
            assert stack.poller.invoke([message]) == set()
        submitted = Submitted("dup.txt", "sqs", "", job_id=message["MessageId"])
        record = stack.wait_for(submitted)
        assert record.status == "done"
        assert stack.steps_for(message["MessageId"]) == list(STEPS)
        assert [e["event"] for e in stack.events].count("step.start") == 5

    def test_same_upload_notified_twice_is_one_job(self, stack: InProcessStack) -> None:
        """An S3 event redelivered (same object version) is the same job, run once."""
        submitted = stack.upload("twice.txt", b"delivered twice")
        messages = []
        while batch := stack.poller.receive_batch():
            messages.extend(batch)
        uploads = [m for m in messages if "TestEvent" not in m["Body"]]
        assert len(uploads) == 1
        stack.poller.invoke(uploads)
        stack.poller.invoke(uploads)
        record = stack.wait_for(submitted)
        assert record.status == "done"
        assert len(stack.jobs.list_for_document(submitted.document_url)) == 1
        assert [e["event"] for e in stack.events].count("step.start") == 5


class TestFailures:
    def test_transient_failure_reruns_only_that_step(self) -> None:
        """An analyzer that fails once: six step bodies, analyze twice (attempts 1 and 2)."""
        with InProcessStack(retry_policy=FAST_RETRIES, analyzer_wrapper=FlakyOnce) as stack:
            submitted = stack.send("flaky.txt", b"some text to analyze", job_id="flaky-1")
            stack.pump()
            record = stack.wait_for(submitted)
            assert record.status == "done"
            steps = stack.steps_for("flaky-1")
            assert steps == ["download", "extract", "analyze", "analyze", "store", "notify"]
            attempts = [
                e["attempt"]
                for e in stack.events
                if e["event"] == "step.start" and e["step"] == "analyze"
            ]
            assert attempts == [1, 2]
            [retry] = [e for e in stack.events if e["event"] == "step.retry"]
            assert (retry["step"], retry["attempt"]) == ("analyze", 1)

    def test_corrupt_pdf_fails_with_corrupt_document(self, stack: InProcessStack) -> None:
        """A truncated PDF ends failed/corrupt_document; no step is retried."""
        submitted = stack.upload("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R")
        stack.pump()
        record = stack.wait_for(submitted)
        assert record.status == "failed"
        assert (record.error or {})["code"] == "corrupt_document"
        assert stack.steps_for(record.job_id) == ["download", "extract", "store", "notify"]

    def test_too_large_document_fails_with_too_large(self) -> None:
        """A document over DOCPIPE_MAX_DOCUMENT_BYTES ends failed/too_large at download."""
        settings = Settings(max_document_bytes=1024)
        with InProcessStack(settings, retry_policy=FAST_RETRIES) as stack:
            submitted = stack.upload("big.txt", b"word " * 1000)
            stack.pump()
            record = stack.wait_for(submitted)
            assert record.status == "failed"
            assert (record.error or {})["code"] == "too_large"
            assert stack.steps_for(record.job_id) == ["download", "store", "notify"]


class TestStatusOverTheRealTable:
    def test_status_api_reads_what_the_worker_wrote(self, stack: InProcessStack) -> None:
        """The status Lambda, on the DynamoDB table the worker wrote, reports the done job."""
        submitted = stack.send("status.txt", b"status check document", job_id="status-1")
        stack.pump()
        stack.wait_for(submitted)
        status_handler.use_service(StatusService(jobs=stack.jobs))
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
