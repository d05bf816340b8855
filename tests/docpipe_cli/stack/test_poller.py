"""The SQS -> Lambda event source mapping, against moto's SQS (in-process, no ports)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from docpipe_cli.stack.poller import MappingConfig, SqsPoller, failures_from_response, poll_until
from docpipe_cli.stack.provision import ResourceNames, provision
from support.waiting import wait_until


class RecordingHandler:
    """A Lambda handler that fails the records whose body says so, and remembers events."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.remaining: list[int] = []
        self.raise_next = False

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        self.events.append(event)
        self.remaining.append(context.get_remaining_time_in_millis())
        if self.raise_next:
            self.raise_next = False
            raise RuntimeError("the function crashed")
        return {
            "batchItemFailures": [
                {"itemIdentifier": r["messageId"]} for r in event["Records"] if "fail" in r["body"]
            ]
        }

    def bodies(self) -> list[list[str]]:
        return [[r["body"] for r in e["Records"]] for e in self.events]


@pytest.fixture
def aws() -> Iterator[None]:
    with mock_aws():
        yield


def make_poller(
    handler: RecordingHandler, *, fifo: bool = False, visibility: int = 0, **config: Any
) -> tuple[SqsPoller, Any, str]:
    """A poller on a fresh queue; visibility 0 makes failed records come straight back."""
    sqs = boto3.client("sqs", region_name="us-east-1")
    if fifo:
        url = sqs.create_queue(
            QueueName="jobs.fifo",
            Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "true"},
        )["QueueUrl"]
    else:
        made = provision(None, "us-east-1", ResourceNames(visibility_timeout_seconds=visibility))
        url = made.queue_url
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    poller = SqsPoller(
        sqs,
        handler,
        MappingConfig(queue_url=url, wait_time_seconds=0, **config),
        queue_arn=arn,
        log=lambda *a, **k: None,
    )
    return poller, sqs, url


def drain_test_events(poller: SqsPoller) -> None:
    """Provisioning makes S3 send an s3:TestEvent; take it off the queue first."""
    while poller.run_once() is not None:
        pass


@pytest.mark.usefixtures("aws")
class TestSqsPoller:
    def test_event_has_lambdas_record_shape(self) -> None:
        """Records carry the fields Lambda's SQS event has, attributes included."""
        handler = RecordingHandler()
        poller, sqs, url = make_poller(handler, function_timeout_seconds=7)
        drain_test_events(poller)
        handler.events.clear()
        sqs.send_message(
            QueueUrl=url,
            MessageBody="hello",
            MessageAttributes={"kind": {"DataType": "String", "StringValue": "demo"}},
        )
        poller.run_once()
        [record] = handler.events[0]["Records"]
        assert record["body"] == "hello"
        assert record["eventSource"] == "aws:sqs"
        assert record["eventSourceARN"].endswith(":docpipe-jobs")
        assert record["attributes"]["ApproximateReceiveCount"] == "1"
        assert record["messageAttributes"]["kind"]["stringValue"] == "demo"
        assert 0 < handler.remaining[0] <= 7000

    def test_only_successful_records_are_deleted(self) -> None:
        """A record in batchItemFailures stays on the queue; its neighbours are deleted."""
        handler = RecordingHandler()
        poller, sqs, url = make_poller(handler)
        drain_test_events(poller)
        handler.events.clear()
        for body in ("ok-1", "fail-2", "ok-3"):
            sqs.send_message(QueueUrl=url, MessageBody=body)
        outcome = poller.run_once()
        assert outcome is not None
        assert (outcome.received, outcome.deleted, len(outcome.failed)) == (3, 2, 1)
        again = poller.run_once()
        assert again is not None
        assert handler.bodies()[-1] == ["fail-2"]

    def test_a_raising_handler_fails_the_whole_batch(self) -> None:
        """An invocation error deletes nothing: every record comes back."""
        handler = RecordingHandler()
        poller, sqs, url = make_poller(handler)
        drain_test_events(poller)
        handler.events.clear()
        for body in ("a", "b"):
            sqs.send_message(QueueUrl=url, MessageBody=body)
        handler.raise_next = True
        outcome = poller.run_once()
        assert outcome is not None
        assert outcome.deleted == 0
        again = poller.run_once()
        assert again is not None
        assert sorted(handler.bodies()[-1]) == ["a", "b"]

    def test_batch_size_bounds_each_invocation(self) -> None:
        """25 messages with batch size 10 arrive as invocations of at most 10 records."""
        handler = RecordingHandler()
        poller, sqs, url = make_poller(handler, batch_size=10)
        drain_test_events(poller)
        handler.events.clear()
        for i in range(25):
            sqs.send_message(QueueUrl=url, MessageBody=f"m{i}")
        while poller.run_once() is not None:
            pass
        sizes = [len(b) for b in handler.bodies()]
        assert sum(sizes) == 25
        assert max(sizes) <= 10

    def test_a_large_batch_gathers_across_receive_calls(self) -> None:
        """Batch size above SQS's 10 per receive is filled by receiving again (window open)."""
        handler = RecordingHandler()
        poller, sqs, url = make_poller(
            handler, visibility=60, batch_size=40, maximum_batching_window_seconds=1.0
        )
        drain_test_events(poller)
        handler.events.clear()
        for i in range(0, 30, 10):
            sqs.send_message_batch(
                QueueUrl=url,
                Entries=[{"Id": str(j), "MessageBody": f"m{i + j}"} for j in range(10)],
            )
        poller.run_once()
        assert len(handler.bodies()[0]) == 30

    def test_fifo_failure_holds_back_the_rest_of_its_group(self) -> None:
        """On FIFO, a failed record fails the later records of its group, not other groups."""
        handler = RecordingHandler()
        poller, sqs, url = make_poller(handler, fifo=True)
        for body, group in (("a1", "a"), ("fail-a2", "a"), ("a3", "a"), ("b1", "b")):
            sqs.send_message(QueueUrl=url, MessageBody=body, MessageGroupId=group)
        outcome = poller.run_once()
        assert outcome is not None
        bodies = dict(zip(_ids(handler), handler.bodies()[0], strict=True))
        assert sorted(bodies[m] for m in outcome.failed) == ["a3", "fail-a2"]
        assert outcome.deleted == 2

    def test_s3_notifications_arrive_as_records(self) -> None:
        """Provisioning wires the inbox bucket to the queue (S3 -> SQS)."""
        handler = RecordingHandler()
        poller, _, _ = make_poller(handler)
        boto3.client("s3", region_name="us-east-1").put_object(
            Bucket="docpipe-inbox", Key="a b.txt", Body=b"x"
        )
        while poller.run_once() is not None:
            pass
        bodies = [json.loads(b) for batch in handler.bodies() for b in batch]
        keys = [r["s3"]["object"]["key"] for b in bodies for r in b.get("Records", [])]
        assert keys == ["a+b.txt"] or keys == ["a%20b.txt"]


def _ids(handler: RecordingHandler) -> list[str]:
    return [r["messageId"] for r in handler.events[0]["Records"]]


class TestFailuresFromResponse:
    def test_none_and_empty_mean_success(self) -> None:
        """No response, or an empty list, deletes the whole batch."""
        assert failures_from_response(None, ["a"]) == set()
        assert failures_from_response({"batchItemFailures": []}, ["a"]) == set()

    def test_listed_ids_fail(self) -> None:
        """Listed identifiers fail; the others succeed."""
        response = {"batchItemFailures": [{"itemIdentifier": "b"}]}
        assert failures_from_response(response, ["a", "b"]) == {"b"}

    def test_an_unknown_id_fails_everything(self) -> None:
        """Lambda treats a malformed failure report as a failed invocation."""
        response = {"batchItemFailures": [{"itemIdentifier": "zzz"}]}
        assert failures_from_response(response, ["a", "b"]) == {"a", "b"}
        assert failures_from_response({"batchItemFailures": [{}]}, ["a"]) == {"a"}


class BlockingHandler:
    """A handler that holds each invocation until ``expected`` invocations are in at once."""

    def __init__(self, expected: int) -> None:
        self.barrier = threading.Barrier(expected, timeout=30)
        self.records = 0
        self.lock = threading.Lock()

    def __call__(self, event: dict[str, Any], context: Any) -> None:
        with self.lock:
            self.records += len(event["Records"])
        self.barrier.wait()


@pytest.mark.usefixtures("aws")
class TestConcurrency:
    """Several batches are in flight at once, as ``MaximumConcurrency`` allows."""

    def test_two_pollers_invoke_two_batches_at_once(self) -> None:
        """Each poller's invocation waits for the other's: both batches are in flight."""
        drainer, sqs, url = make_poller(RecordingHandler(), visibility=60)
        drain_test_events(drainer)
        handler = BlockingHandler(expected=2)
        config = MappingConfig(queue_url=url, wait_time_seconds=0, batch_size=1)
        first, second = (
            SqsPoller(sqs, handler, config, queue_arn="arn", log=lambda *a, **k: None)
            for _ in range(2)
        )
        for body in ("a", "b"):
            sqs.send_message(QueueUrl=url, MessageBody=body)
        stop = threading.Event()
        threads = [
            threading.Thread(target=poll_until, args=(poller, stop)) for poller in (first, second)
        ]
        for thread in threads:
            thread.start()
        wait_until(lambda: handler.records == 2 or None, timeout=30, what="both batches")
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        assert handler.barrier.n_waiting == 0
        assert not handler.barrier.broken

    @pytest.mark.parametrize("concurrency", [1, 1001])
    def test_concurrency_outside_what_aws_accepts_is_refused(self, concurrency: int) -> None:
        """``MaximumConcurrency`` is 2-1000 in AWS."""
        config = MappingConfig(queue_url="q", maximum_concurrency=concurrency)
        assert config.problems() == ["the maximum concurrency must be 2-1000"]
