"""The whole pipeline in one process: no servers, no ports, no cloud account.

moto's in-process ``mock_aws`` stands in for S3, SQS, DynamoDB and SNS; the SDK's in-process
Resonate (``LocalConnection``) stands in for the Resonate server. The real consumer handler,
driven by the local stack's SQS poller (event-source-mapping semantics), dispatches each job
to the real worker on that same Resonate instance. Nothing is faked below the AWS API.

:class:`InProcessStack` is what the functional tests build on; :func:`run` is the demo:
every bundled sample goes in twice, once as an S3 upload (S3 -> SQS notification) and once
as a direct SQS message, and a table of results comes out. Exit 0 only if every job is done.
moto, a development dependency, is imported when the stack starts, not with this module.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
import time
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from consumer.dispatch import ResonateDispatcher
from consumer.handler import make_consumer
from docpipe import worker_events
from docpipe.aws import client
from docpipe.jobs import readable_job_id
from docpipe.settings import Settings
from docpipe_cli.samples import SAMPLES_DIR, sample_files
from docpipe_cli.stack.poller import MappingConfig, SqsPoller
from docpipe_cli.stack.provision import ResourceNames, provision
from docpipe_cli.summary import outcome_summary
from workflow.worker import Worker, build_analyzer, build_runtime, build_worker

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_sqs import SQSClient
    from resonate.retry import RetryPolicy

    from docpipe.ports import Analyzer, JobQueries, JobRecord
    from docpipe_cli.stack.poller import BatchOutcome
    from workflow.step_runtime import Emitter

#: Region the in-process AWS lives in.
REGION = "us-east-1"
#: Job states that end a job.
TERMINAL = frozenset({"done", "failed"})


def _ignore(event: str, **fields: Any) -> None:
    """The poller's event log, silenced (the demo prints its own progress)."""


class _LoopThread:
    """An event loop running in a daemon thread: the worker's home, as in a real process.

    The consumer's handler is synchronous and runs on the caller's thread; it submits its
    dispatches to this loop, exactly as the local stack's poller does.
    """

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="docpipe-loop")
        self._thread.daemon = True

    def start(self) -> None:
        self._thread.start()

    def call[T](self, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=30)
        if not self._thread.is_alive():
            self.loop.close()


@dataclass(frozen=True, slots=True)
class Submitted:
    """One document put into the pipeline, and how."""

    name: str
    entry: str  # "s3" or "sqs"
    document_url: str
    job_id: str | None = None  # known up front for direct messages only


class InProcessStack:
    """moto + in-process Resonate + worker + consumer, started by ``with``.

    ``emit`` receives the worker's step events; ``retry_policy`` and ``analyzer`` override
    the pipeline's (tests keep retries instant, or inject a flaky analyzer).
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        emit: Emitter | None = None,
        retry_policy: RetryPolicy | None = None,
        analyzer: Analyzer | None = None,
        analyzer_wrapper: Callable[[Analyzer], Analyzer] | None = None,
        consumer_observer: Callable[[Any], None] | None = None,
    ) -> None:
        self._base = settings or Settings(region=REGION)
        self._emit = emit
        self._retry_policy = retry_policy
        self._analyzer = analyzer
        self._analyzer_wrapper = analyzer_wrapper
        self._consumer_observer = consumer_observer
        self._mock: Any = None
        self._loop: _LoopThread | None = None
        self._worker: Worker | None = None
        self.settings = self._base
        self.events: list[worker_events.WorkerEvent] = []
        self._events_lock = threading.Lock()

    # --- lifecycle ---------------------------------------------------------------------

    def __enter__(self) -> Self:
        try:
            self._start()
        except BaseException:
            self._stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop()

    def _start(self) -> None:
        from moto import mock_aws  # noqa: PLC0415 (a dev dependency, used only here)

        self._mock = mock_aws()
        self._mock.start()
        names = ResourceNames(
            inbox_bucket=self._base.inbox_bucket,
            results_bucket=self._base.results_bucket,
            table=self._base.table,
        )
        # No endpoint: mock_aws intercepts calls to the real AWS endpoints.
        made = provision(None, self._base.region, names)
        self.settings = replace(
            self._base,
            resonate_url=None,
            aws_endpoint_url=None,
            queue_url=made.queue_url,
            topic_arn=made.topic_arn,
        )
        self.s3: S3Client = client("s3", self.settings)
        self.sqs: SQSClient = client("sqs", self.settings)

        analyzer = self._analyzer or build_analyzer(self.settings)
        if self._analyzer_wrapper is not None:
            analyzer = self._analyzer_wrapper(analyzer)
        runtime = build_runtime(
            self.settings,
            emit=self._record_event,
            retry_policy=self._retry_policy,
            analyzer=analyzer,
        )

        self._loop = _LoopThread()
        self._loop.start()
        worker = build_worker(self.settings, runtime=runtime)
        self.jobs: JobQueries = worker.queries
        self._worker = worker
        self._loop.call(_start_worker(worker))
        consumer = make_consumer(
            ResonateDispatcher(
                worker.resonate,
                worker_group=self.settings.worker_group,
                job_timeout_seconds=self.settings.job_timeout_seconds,
                review_timeout_seconds=self.settings.review_timeout_seconds,
                auto_review=self.settings.review_confidence > 0,
            ),
            loop=self._loop.loop,
            settings=self.settings,
            observer=self._consumer_observer,
        )
        self.poller: SqsPoller = SqsPoller(
            self.sqs,
            consumer,
            MappingConfig(queue_url=made.queue_url, wait_time_seconds=0, region=self._base.region),
            queue_arn=made.queue_arn,
            log=_ignore,
        )

    def _stop(self) -> None:
        if self._loop is not None:
            if self._worker is not None:
                self._loop.call(self._worker.stop())
            self._loop.stop()
        if self._mock is not None:
            self._mock.stop()
        self._mock = self._loop = self._worker = None

    def _record_event(self, event: worker_events.WorkerEvent) -> None:
        with self._events_lock:
            self.events.append(event)
        if self._emit is not None:
            self._emit(event)

    # --- the user's side ---------------------------------------------------------------

    def upload(self, key: str, data: bytes, *, content_type: str | None = None) -> Submitted:
        """Put an object in the inbox: S3 notifies the queue, the consumer takes it from there."""
        params: dict[str, Any] = {"Bucket": self.settings.inbox_bucket, "Key": key, "Body": data}
        if content_type:
            params["ContentType"] = content_type
        self.s3.put_object(**params)
        return Submitted(key, "s3", f"s3://{self.settings.inbox_bucket}/{key}")

    def send(
        self, key: str, data: bytes, *, job_id: str, requester_id: str | None = None
    ) -> Submitted:
        """Store the document under a key no notification watches, then send a direct message.

        The object goes to the *results* bucket (not the inbox) so that only the message,
        not an S3 notification, starts a job for it.
        """
        bucket = self.settings.results_bucket
        self.s3.put_object(Bucket=bucket, Key=key, Body=data)
        body: dict[str, Any] = {"documentUrl": f"s3://{bucket}/{key}", "jobId": job_id}
        if requester_id is not None:
            body["requesterId"] = requester_id
        self.send_body(json.dumps(body))
        return Submitted(key, "sqs", body["documentUrl"], job_id)

    def send_body(self, body: str) -> str:
        """Send one raw message body to the jobs queue; returns its message id."""
        queue_url = self.settings.require("queue_url")
        return self.sqs.send_message(QueueUrl=queue_url, MessageBody=body)["MessageId"]

    def pump(self) -> list[BatchOutcome]:
        """Deliver every queued message to the consumer, as an event source mapping would."""
        outcomes = []
        while (outcome := self.poller.run_once()) is not None:
            outcomes.append(outcome)
        return outcomes

    def wait_for(self, submitted: Submitted, timeout: float = 120) -> JobRecord:
        """Poll the job table until the document's (newest) job is done or failed."""
        deadline = time.monotonic() + timeout
        while True:
            record = self._latest(submitted)
            if record is not None and record.status in TERMINAL:
                return record
            if time.monotonic() > deadline:
                state = "no job" if record is None else f"{record.status} at {record.step}"
                raise TimeoutError(f"{submitted.document_url}: still {state} after {timeout}s")
            time.sleep(0.05)

    def _latest(self, submitted: Submitted) -> JobRecord | None:
        if submitted.job_id is not None:
            return self.jobs.get(submitted.job_id)
        records = self.jobs.list_for_document(submitted.document_url, limit=1)
        return records[0] if records else None

    def steps_for(self, job_id: str) -> list[str]:
        with self._events_lock:
            return [
                e.step
                for e in self.events
                if isinstance(e, worker_events.StepStart) and e.job_id == job_id
            ]


async def _start_worker(worker: Worker) -> None:
    worker.start()


def _print_table(rows: Iterable[tuple[str, str, str, str, str]]) -> None:
    header = ("document", "entry", "job id", "status", "result")
    table = [header, *rows]
    widths = [min(max(len(row[i]) for row in table), 48) for i in range(4)]
    for row in table:
        cells = [cell[:48].ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[4]]))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--samples", type=Path, default=SAMPLES_DIR, help="directory of documents to push through"
    )
    parser.add_argument(
        "--timeout", type=float, default=300, help="seconds to wait for each job (default 300)"
    )


def run(args: Any) -> int:
    samples = sample_files(args.samples)
    if not samples:
        print(f"no documents in {args.samples}", file=sys.stderr)
        return 1
    failures = 0
    started = time.monotonic()
    with InProcessStack(emit=_progress, consumer_observer=_consumer_problems) as stack:
        submitted: list[Submitted] = []
        for path in samples:
            data = path.read_bytes()
            submitted.append(stack.upload(f"demo/{path.name}", data))
            direct_id = readable_job_id("demo-", path.name)
            submitted.append(stack.send(f"direct/{path.name}", data, job_id=direct_id))
        stack.pump()
        rows = []
        for item in submitted:
            try:
                record = stack.wait_for(item, timeout=args.timeout)
            except TimeoutError as exc:
                failures += 1
                rows.append((item.name, item.entry, item.job_id or "-", "timeout", str(exc)))
                continue
            failures += record.status != "done"
            summary = outcome_summary(record.to_api())
            rows.append((item.name, item.entry, record.job_id, record.status, summary))
    print()
    _print_table(rows)
    elapsed = time.monotonic() - started
    done = len(rows) - failures
    print(f"\n{done}/{len(rows)} jobs done in {elapsed:.1f}s")
    return 0 if failures == 0 else 1


def _progress(event: worker_events.WorkerEvent) -> None:
    if isinstance(event, worker_events.StepStart):
        print(f"  {event.job_id[:24]:<24} {event.step:<8} attempt {event.attempt}", flush=True)


def _consumer_problems(event: Any) -> None:
    """The consumer's events, reduced to the ones a demo user must see: records it refused."""
    name = type(event).__name__
    if name in ("DispatchFailed", "RecordRejected"):
        print(f"  consumer: {name}: {event}", file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="python -m docpipe_cli.demo_inprocess", description=__doc__
    )
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
