"""The consumer Lambda: partial batch failures, FIFO order, deadlines, and a warm client."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from consumer_support import (
    FIFO_QUEUE_ARN,
    FakeContext,
    ProtocolServer,
    RecordingNetwork,
    load_event,
    sqs_record,
)
from resonate.resonate import Resonate

from consumer import handler
from consumer.dispatch import Dispatched, JobIdInUse, ResonateDispatcher
from consumer.handler import BatchConsumer, make_consumer
from consumer.observability import (
    BatchProcessed,
    ConsumerEvent,
    DispatchFailed,
    JobDispatched,
    RecordIgnored,
    RecordRejected,
)
from docpipe.errors import ConfigError
from docpipe.jobs import Job
from docpipe.settings import Settings
from docpipe.tenancy import Tenancy
from support.tenants import ACME_SENDER, OPS_SENDER, tenants_document, two_tenants

MALFORMED_ID = "bad-0000-0000"


def failed_ids(response: Any) -> list[str]:
    return [item["itemIdentifier"] for item in response["batchItemFailures"]]


def of_type[T](events: list[ConsumerEvent], kind: type[T]) -> list[T]:
    return [event for event in events if isinstance(event, kind)]


def malformed_record(arn: str | None = None) -> dict[str, Any]:
    body = {"documentUrl": "https://not-s3.example/doc.pdf"}
    if arn is None:
        return sqs_record(body, message_id=MALFORMED_ID)
    return sqs_record(body, message_id=MALFORMED_ID, arn=arn)


@dataclass
class InProcess:
    """A consumer wired to the SDK's in-process server through a recording network."""

    consumer: BatchConsumer
    network: RecordingNetwork
    events: list[ConsumerEvent] = field(default_factory=list)

    @property
    def promise_ids(self) -> set[str]:
        return set(self.network.inner.state.promises)


@pytest.fixture
def in_process(loop: asyncio.AbstractEventLoop) -> Iterator[InProcess]:
    network = RecordingNetwork()
    resonate = Resonate(
        network=network, sources=[], subscription_refresh_secs=0, autostart=False, env={}
    )

    async def start() -> None:
        resonate.start()

    loop.run_until_complete(start())
    events: list[ConsumerEvent] = []
    dispatcher = ResonateDispatcher(
        resonate, worker_group="docpipe-workers", job_timeout_seconds=3600
    )
    consumer = make_consumer(dispatcher, loop=loop, settings=Settings(), observer=events.append)
    try:
        yield InProcess(consumer=consumer, network=network, events=events)
    finally:
        loop.run_until_complete(resonate.stop())


class ScriptedDispatcher:
    """A dispatcher that records the order of calls and fails or hangs for chosen job ids."""

    def __init__(
        self,
        *,
        fail: frozenset[str] = frozenset(),
        hang: bool = False,
        taken: frozenset[str] = frozenset(),
    ) -> None:
        self.fail = fail
        self.hang = hang
        self.taken = taken
        self.calls: list[str] = []

    async def dispatch(self, job: Job) -> Dispatched:
        self.calls.append(job.job_id)
        if self.hang:
            await asyncio.Event().wait()
        if job.job_id in self.fail:
            raise RuntimeError(f"refused {job.job_id}")
        if job.job_id in self.taken:
            raise JobIdInUse(f"job id {job.job_id!r} is already taken by another job")
        return Dispatched(job.job_id, job.promise_id, state="pending", existing=False)


def scripted_consumer(
    dispatcher: ScriptedDispatcher,
    loop: asyncio.AbstractEventLoop,
    events: list[ConsumerEvent],
    *,
    dispatch_timeout_seconds: int = 20,
) -> BatchConsumer:
    return make_consumer(
        dispatcher,
        loop=loop,
        settings=Settings(dispatch_timeout_seconds=dispatch_timeout_seconds),
        observer=events.append,
    )


class TestStandardQueue:
    def test_malformed_record_fails_alone(self, in_process: InProcess) -> None:
        """Only the malformed record is in batchItemFailures; its neighbours are dispatched."""
        good = load_event("sqs-direct.json")["Records"]
        event = {"Records": [good[0], malformed_record(), good[1]]}
        response = in_process.consumer(event, FakeContext(30_000))
        assert failed_ids(response) == [MALFORMED_ID]
        rejected = of_type(in_process.events, RecordRejected)
        assert [event.message_id for event in rejected] == [MALFORMED_ID]
        assert "s3://bucket/key" in rejected[0].reason
        assert in_process.promise_ids == {
            "docpipe-job-lease-2026-review",
            "docpipe-job-0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f",
        }

    def test_every_record_failing_is_reported_not_raised(self, in_process: InProcess) -> None:
        """A batch of only bad records returns each of them as a failure."""
        event = {"Records": [malformed_record()]}
        assert failed_ids(in_process.consumer(event, FakeContext(30_000))) == [MALFORMED_ID]

    def test_one_request_per_job(self, in_process: InProcess) -> None:
        """A multi-record S3 message becomes one promise.create per created object."""
        response = in_process.consumer(load_event("s3-multi-record.json"), FakeContext(30_000))
        assert failed_ids(response) == []
        assert in_process.network.kinds == ["promise.create", "promise.create"]
        assert len(in_process.promise_ids) == 2
        assert of_type(in_process.events, BatchProcessed) == [
            BatchProcessed(received=1, dispatched=2, ignored=0, failed=0, fifo=False)
        ]

    def test_ignored_record_is_acknowledged_without_a_request(self, in_process: InProcess) -> None:
        """An s3:TestEvent succeeds and sends nothing to the server."""
        response = in_process.consumer(load_event("s3-test-event.json"), FakeContext(30_000))
        assert failed_ids(response) == []
        assert in_process.network.kinds == []
        assert [event.reason for event in of_type(in_process.events, RecordIgnored)] == [
            "s3:TestEvent"
        ]

    def test_redelivered_batch_collapses(self, in_process: InProcess) -> None:
        """The same batch twice succeeds twice and leaves the same promises."""
        event = load_event("s3-via-sqs.json")
        assert failed_ids(in_process.consumer(event, FakeContext(30_000))) == []
        promises = in_process.promise_ids
        assert failed_ids(in_process.consumer(event, FakeContext(30_000))) == []
        assert in_process.promise_ids == promises
        assert len(of_type(in_process.events, JobDispatched)) == 4

    def test_summary_counts_each_outcome(self, in_process: InProcess) -> None:
        """One summary per invocation counts received, dispatched, ignored and failed."""
        event = {
            "Records": [
                *load_event("s3-test-event.json")["Records"],
                *load_event("sqs-direct.json")["Records"],
                malformed_record(),
            ]
        }
        in_process.consumer(event, FakeContext(30_000))
        assert of_type(in_process.events, BatchProcessed) == [
            BatchProcessed(received=4, dispatched=2, ignored=1, failed=1, fifo=False)
        ]

    def test_failed_job_fails_its_record_only(self, loop: asyncio.AbstractEventLoop) -> None:
        """A dispatch error fails the record holding that job, not the others."""
        events: list[ConsumerEvent] = []
        dispatcher = ScriptedDispatcher(fail=frozenset({"lease-2026-review"}))
        consumer = scripted_consumer(dispatcher, loop, events)
        response = consumer(load_event("sqs-direct.json"), FakeContext(30_000))
        assert failed_ids(response) == ["b2e3c1f0-5d7a-4e8b-9c21-3f4a5b6c7d8e"]
        (failure,) = of_type(events, DispatchFailed)
        assert failure.job_ids == ("lease-2026-review",)
        assert "refused lease-2026-review" in failure.reason

    def test_a_job_id_in_use_is_a_refusal(self, loop: asyncio.AbstractEventLoop) -> None:
        """JobIdInUse can never succeed: the record is reported refused, not "not yet"."""
        events: list[ConsumerEvent] = []
        dispatcher = ScriptedDispatcher(taken=frozenset({"lease-2026-review"}))
        consumer = scripted_consumer(dispatcher, loop, events)
        response = consumer(load_event("sqs-direct.json"), FakeContext(30_000))
        assert failed_ids(response) == ["b2e3c1f0-5d7a-4e8b-9c21-3f4a5b6c7d8e"]
        assert of_type(events, DispatchFailed) == []
        (refused,) = of_type(events, RecordRejected)
        assert refused.reason.startswith("JobIdInUse: job id 'lease-2026-review'")


class TestTenants:
    def test_a_forged_requester_fails_its_record_only(
        self, loop: asyncio.AbstractEventLoop
    ) -> None:
        """acme's sender naming globex: that record fails (to the DLQ, after retries) with
        the reason, nothing is dispatched for it; acme's own message beside it goes through."""
        events: list[ConsumerEvent] = []
        dispatcher = ScriptedDispatcher()
        consumer = make_consumer(
            dispatcher,
            loop=loop,
            settings=Settings(),
            observer=events.append,
            tenancy=two_tenants(),
        )
        own = sqs_record(
            {"documentUrl": "s3://docpipe-inbox/acme/a.pdf", "jobId": "own-1"},
            message_id="m-own",
            sender_id=ACME_SENDER,
        )
        forged = sqs_record(
            {"documentUrl": "s3://docpipe-inbox/acme/b.pdf", "jobId": "forged-1",
             "requesterId": "globex"},
            message_id="m-forged", sender_id=ACME_SENDER,
        )  # fmt: skip
        response = consumer({"Records": [own, forged]}, FakeContext(30_000))
        assert failed_ids(response) == ["m-forged"]
        assert dispatcher.calls == ["own-1"]
        (rejected,) = of_type(events, RecordRejected)
        assert "may not submit for requesterId 'globex'" in rejected.reason

    def test_requester_metadata_is_read_off_the_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """With requesterMetadata on, the injected reader is asked once per upload and its
        answer decides the owner the dispatcher sees."""
        document = tenants_document()
        document["requesterMetadata"] = True
        owners: list[str] = []

        class Recording(ScriptedDispatcher):
            async def dispatch(self, job: Job) -> Dispatched:
                owners.append(job.owner)
                return await super().dispatch(job)

        consumer = make_consumer(
            Recording(), loop=loop, settings=Settings(), observer=[].append,
            tenancy=Tenancy.parse(document), requester_of=lambda ref: "globex",
        )  # fmt: skip
        record = {
            "eventSource": "aws:s3", "eventName": "ObjectCreated:Put",
            "eventTime": "2026-01-01T10:00:00.000Z",
            "userIdentity": {"principalId": f"AWS:{OPS_SENDER}"},
            "s3": {"bucket": {"name": "docpipe-inbox"},
                   "object": {"key": "acme/x.pdf", "eTag": "e"}},
        }  # fmt: skip
        event = {"Records": [sqs_record({"Records": [record]}, message_id="m-1")]}
        assert failed_ids(consumer(event, FakeContext(30_000))) == []
        assert owners == ["globex"]


class TestFifoQueue:
    def test_stops_at_first_failure(self, in_process: InProcess) -> None:
        """The failed record and every later one are reported; later ones are not dispatched."""
        records = load_event("sqs-fifo.json")["Records"]
        event = {"Records": [records[0], malformed_record(FIFO_QUEUE_ARN), *records[1:]]}
        response = in_process.consumer(event, FakeContext(30_000))
        assert failed_ids(response) == [
            MALFORMED_ID,
            records[1]["messageId"],
            records[2]["messageId"],
        ]
        assert in_process.promise_ids == {"docpipe-job-acme-0001"}
        (summary,) = of_type(in_process.events, BatchProcessed)
        assert (summary.fifo, summary.dispatched, summary.failed) == (True, 1, 3)

    def test_dispatches_in_order(self, loop: asyncio.AbstractEventLoop) -> None:
        """Records of a FIFO batch are dispatched one after another, in order."""
        dispatcher = ScriptedDispatcher()
        consumer = scripted_consumer(dispatcher, loop, [])
        assert failed_ids(consumer(load_event("sqs-fifo.json"), FakeContext(30_000))) == []
        assert dispatcher.calls == ["acme-0001", "acme-0002", "acme-0003"]

    def test_first_dispatch_failing_fails_the_batch(self, loop: asyncio.AbstractEventLoop) -> None:
        """A failed first dispatch reports every record and dispatches nothing after it."""
        dispatcher = ScriptedDispatcher(fail=frozenset({"acme-0001"}))
        consumer = scripted_consumer(dispatcher, loop, [])
        event = load_event("sqs-fifo.json")
        response = consumer(event, FakeContext(30_000))
        assert failed_ids(response) == [record["messageId"] for record in event["Records"]]
        assert dispatcher.calls == ["acme-0001"]


class TestDeadlines:
    def test_dispatch_timeout_bounds_a_silent_server(self, loop: asyncio.AbstractEventLoop) -> None:
        """A server that never answers fails every record after the dispatch timeout."""
        events: list[ConsumerEvent] = []
        dispatcher = ScriptedDispatcher(hang=True)
        consumer = scripted_consumer(dispatcher, loop, events, dispatch_timeout_seconds=1)
        event = load_event("sqs-direct.json")
        response = consumer(event, FakeContext(60_000))
        assert failed_ids(response) == [record["messageId"] for record in event["Records"]]
        assert all(
            "did not confirm" in failure.reason for failure in of_type(events, DispatchFailed)
        )
        assert asyncio.all_tasks(loop) == set()

    def test_remaining_time_bounds_a_silent_server(self, loop: asyncio.AbstractEventLoop) -> None:
        """With little time left, dispatch gives up before the invocation would time out."""
        dispatcher = ScriptedDispatcher(hang=True)
        consumer = scripted_consumer(dispatcher, loop, [], dispatch_timeout_seconds=600)
        event = load_event("s3-multi-record.json")
        started = time.monotonic()
        response = consumer(event, FakeContext(2500))
        assert time.monotonic() - started < 2.5  # the contract: never past the remaining time
        assert failed_ids(response) == [event["Records"][0]["messageId"]]
        assert len(dispatcher.calls) == 2  # the record's two jobs were tried together
        assert asyncio.all_tasks(loop) == set()

    def test_no_time_left_fails_without_dispatching(self, loop: asyncio.AbstractEventLoop) -> None:
        """When the safety margin has eaten the remaining time, nothing is dispatched."""
        dispatcher = ScriptedDispatcher()
        consumer = scripted_consumer(dispatcher, loop, [])
        event = load_event("sqs-direct.json")
        response = consumer(event, FakeContext(handler.DEFAULT_SAFETY_MARGIN_MS // 2))
        assert len(failed_ids(response)) == 2
        assert dispatcher.calls == []


@pytest.mark.usefixtures("fresh_default_handler")
class TestLambdaHandler:
    def test_needs_a_resonate_url(self) -> None:
        """Without RESONATE_URL the Lambda refuses to start, naming the variable."""
        with pytest.raises(ConfigError, match="RESONATE_URL"):
            handler.lambda_handler(load_event("sqs-direct.json"), FakeContext(30_000))

    def test_unreachable_server_fails_every_record_in_time(
        self, monkeypatch: pytest.MonkeyPatch, closed_port_url: str
    ) -> None:
        """A Resonate server that is down fails all records within the remaining time."""
        monkeypatch.setenv("RESONATE_URL", closed_port_url)
        event = {
            "Records": [
                *load_event("sqs-direct.json")["Records"],
                *load_event("s3-multi-record.json")["Records"],
            ]
        }
        started = time.monotonic()
        response = handler.lambda_handler(event, FakeContext(4000))
        assert time.monotonic() - started < 4.0  # the contract: never past the remaining time
        assert failed_ids(response) == [record["messageId"] for record in event["Records"]]
        assert asyncio.all_tasks(handler.default_consumer().runner.loop) == set()

    def test_warm_invocations_reuse_client_and_loop(
        self, monkeypatch: pytest.MonkeyPatch, protocol_server: ProtocolServer
    ) -> None:
        """Two invocations share one client and one loop, and each job costs one request."""
        monkeypatch.setenv("RESONATE_URL", protocol_server.url)
        built: list[Resonate] = []
        real_build = handler.build_resonate

        def counting_build(settings: Settings) -> Resonate:
            built.append(real_build(settings))
            return built[-1]

        monkeypatch.setattr(handler, "build_resonate", counting_build)
        first = handler.lambda_handler(load_event("sqs-direct.json"), FakeContext(30_000))
        consumer = handler.default_consumer()
        second = handler.lambda_handler(load_event("s3-multi-record.json"), FakeContext(30_000))
        assert failed_ids(first) == failed_ids(second) == []
        assert handler.default_consumer() is consumer
        assert len(built) == 1
        assert not consumer.runner.loop.is_closed()
        assert protocol_server.kinds == {"promise.create": 4}
        assert "docpipe-job-lease-2026-review" in protocol_server.state.promises
        assert asyncio.all_tasks(consumer.runner.loop) == set()
