"""The consumer Lambda: an SQS batch in, one durable RPC per job out, partial failures back.

``lambda_handler(event, context)`` is the entry point. Each record is parsed
(:mod:`consumer.records`) and each of its jobs dispatched (:mod:`consumer.dispatch`); a
record that raises lands in ``batchItemFailures`` and nothing else does, so one bad message
never fails its neighbours. Standard queues process records concurrently; FIFO queues
(``eventSourceARN`` ending in ``.fifo``) process them in order and stop at the first failure,
reporting it and every later record, so the queue redelivers them in order.

Time: every dispatch is bounded by ``min(dispatch timeout, the invocation's remaining time
minus a safety margin)``, enforced with :func:`asyncio.timeout_at`. The timeout cancels
the SDK's HTTP retry loop, so a Resonate server that is down fails the affected records
before Lambda would kill the invocation, and leaves nothing running behind them.

One event loop per process: the Resonate client (and its aiohttp session) is bound to the
loop it started on, so the loop must outlive each invocation. Powertools'
``AsyncBatchProcessor`` keeps a loop only when ``LAMBDA_TASK_ROOT`` is set and otherwise
calls :func:`asyncio.run`, which closes it; :class:`LoopRunner` pins the loop explicitly so
the handler behaves the same in Lambda, in the local stack and in tests. The client, loop
and consumer are module-level *lazy* singletons, built by the first invocation and reused
by warm ones (:func:`default_consumer`, :func:`shutdown`).

:func:`make_consumer` builds the same handler around an injected dispatcher and loop, which
is how tests and the in-process demo share one Resonate instance with it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from aws_lambda_powertools.utilities.batch import (
    AsyncBatchProcessor,
    EventType,
    SqsFifoPartialProcessor,
    async_process_partial_response,
    process_partial_response,
)
from resonate.resonate import Resonate

from consumer.dispatch import Dispatched, Dispatcher, ResonateDispatcher
from consumer.observability import (
    BatchProcessed,
    DispatchFailed,
    JobDispatched,
    Observer,
    RecordIgnored,
    RecordRejected,
    logging_observer,
)
from consumer.records import Ignored, RequesterOf, parse_sqs_record
from docpipe import durable
from docpipe.aws import client, load_tenancy, object_requester
from docpipe.errors import InvalidJobError, TransientError
from docpipe.settings import Settings
from docpipe.tenancy import Tenancy

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
    from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

    from docpipe.jobs import Job

#: Time kept back from the invocation's remaining time, so failures are reported (and
#: the response returned) before Lambda's own timeout ends the invocation.
DEFAULT_SAFETY_MARGIN_MS = 1000
#: The Resonate group the consumer's client identifies as (it receives no work).
CONSUMER_GROUP = "docpipe-consumer"


class RemainingTime(Protocol):
    """The one thing the handler needs from the Lambda context."""

    def get_remaining_time_in_millis(self) -> int: ...


class LoopRunner:
    """Runs coroutines to completion on one event loop that lives as long as the process.

    ``run`` is called from synchronous code (the Lambda handler, a FIFO record handler). It
    drives the loop itself when nothing else is, or, when the loop is already running in
    another thread (a local stack that owns it), submits the coroutine there and waits.
    Invocations are serialised, as Lambda serialises them in one execution environment.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._loop = loop
        self._lock = threading.RLock()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The pinned loop, created on first use."""
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                self._loop = asyncio.new_event_loop()
            return self._loop

    def run[T](self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on the pinned loop and return its result."""
        loop = self.loop
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            coro.close()
            raise RuntimeError("LoopRunner.run called from inside its own loop; await instead")
        if loop.is_running():
            return asyncio.run_coroutine_threadsafe(coro, loop).result()
        with self._lock:
            return loop.run_until_complete(coro)

    def close(self) -> None:
        """Close the loop (if this runner drives it); a later ``run`` starts a fresh one."""
        with self._lock:
            if self._loop is not None and not self._loop.is_running():
                self._loop.close()
            self._loop = None


class _PinnedLoopProcessor(AsyncBatchProcessor):
    """Powertools' async processor, run on our loop instead of a per-call ``asyncio.run``."""

    def __init__(self, runner: LoopRunner) -> None:
        # Every record failing is reported record by record, like any partial failure, so
        # callers (Lambda and the local poller alike) get one uniform response shape.
        super().__init__(EventType.SQS, raise_on_entire_batch_failure=False)
        self._runner = runner

    def async_process(self) -> list[tuple[Any, ...]]:
        async def process_all() -> list[tuple[Any, ...]]:
            return list(await asyncio.gather(*map(self._async_process_record, self.records)))

        return self._runner.run(process_all())


@dataclass(slots=True)
class _Tally:
    """Counts for the one summary line an invocation logs."""

    dispatched: int = 0
    ignored: int = 0
    failed: int = 0


class BatchConsumer:
    """The Lambda handler: ``consumer(event, context)`` -> ``{"batchItemFailures": [...]}``."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        *,
        runner: LoopRunner,
        dispatch_timeout_seconds: float,
        safety_margin_ms: int = DEFAULT_SAFETY_MARGIN_MS,
        observer: Observer | None = None,
        tenancy: Tenancy | None = None,
        requester_of: RequesterOf | None = None,
    ) -> None:
        self.dispatcher = dispatcher
        #: Who owns each accepted job (:mod:`docpipe.tenancy`); one tenant when not given.
        self.tenancy = tenancy if tenancy is not None else Tenancy.single()
        #: Reads an upload's ``x-amz-meta-requester`` (S3 HEAD) when the tenants file asks.
        self.requester_of = requester_of
        self.runner = runner
        self._dispatch_timeout = dispatch_timeout_seconds
        self._margin_ms = safety_margin_ms
        self._observe = observer if observer is not None else logging_observer()

    def __call__(
        self, event: dict[str, Any], context: RemainingTime | None = None
    ) -> PartialItemFailureResponse:
        records = event.get("Records")
        records = records if isinstance(records, list) else []
        fifo = _is_fifo(records)
        deadline = self._invocation_deadline(context)
        tally = _Tally()
        if fifo:
            processor = SqsFifoPartialProcessor()
            processor.raise_on_entire_batch_failure = False

            def handle_in_order(record: SQSRecord) -> None:
                self.runner.run(self._process(record, deadline, tally))

            response = process_partial_response(event, handle_in_order, processor)
        else:

            async def handle(record: SQSRecord) -> None:
                await self._process(record, deadline, tally)

            response = async_process_partial_response(
                event, handle, _PinnedLoopProcessor(self.runner)
            )
        self._observe(
            BatchProcessed(
                received=len(records),
                dispatched=tally.dispatched,
                ignored=tally.ignored,
                failed=len(response["batchItemFailures"]),
                fifo=fifo,
            )
        )
        return response

    def _invocation_deadline(self, context: RemainingTime | None) -> float | None:
        """The loop time by which every dispatch of this invocation must be confirmed."""
        if context is None:
            return None
        budget_ms = context.get_remaining_time_in_millis() - self._margin_ms
        return self.runner.loop.time() + max(budget_ms, 0) / 1000

    async def _process(
        self, record: SQSRecord, invocation_deadline: float | None, tally: _Tally
    ) -> None:
        message_id = record.message_id
        try:
            if self.tenancy.requester_metadata and self.requester_of is not None:
                # A HEAD request per upload: off the loop, so other records keep dispatching.
                parsed = await asyncio.to_thread(
                    parse_sqs_record, record.raw_event, self.tenancy, self.requester_of
                )
            else:
                parsed = parse_sqs_record(record.raw_event, self.tenancy)
        except InvalidJobError as exc:
            tally.failed += 1
            self._observe(RecordRejected(message_id=message_id, reason=str(exc)))
            raise
        if isinstance(parsed, Ignored):
            tally.ignored += 1
            self._observe(RecordIgnored(message_id=message_id, reason=parsed.reason))
            return
        try:
            confirmed = await self._dispatch_all(parsed, invocation_deadline)
        except Exception as exc:
            tally.failed += 1
            if _refused(exc):  # a job id another document's job holds (JobIdInUse)
                self._observe(RecordRejected(message_id=message_id, reason=_reason(exc)))
            else:
                self._observe(
                    DispatchFailed(
                        message_id=message_id,
                        job_ids=tuple(job.job_id for job in parsed),
                        reason=_reason(exc),
                    )
                )
            raise
        tally.dispatched += len(confirmed)
        for result in confirmed:
            self._observe(
                JobDispatched(
                    message_id=message_id,
                    job_id=result.job_id,
                    promise_id=result.promise_id,
                    existing=result.existing,
                    sent_at=_epoch_ms(record.raw_event, "SentTimestamp"),
                    received_at=_epoch_ms(record.raw_event, "ApproximateFirstReceiveTimestamp"),
                )
            )

    async def _dispatch_all(
        self, jobs: Sequence[Job], invocation_deadline: float | None
    ) -> list[Dispatched]:
        """Dispatch a record's jobs concurrently; all must be confirmed before the deadline."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._dispatch_timeout
        if invocation_deadline is not None:
            deadline = min(deadline, invocation_deadline)
        budget = deadline - loop.time()
        if budget <= 0:
            raise TransientError("no time left in this invocation to dispatch the record")
        try:
            async with asyncio.timeout_at(deadline):
                if len(jobs) == 1:
                    return [await self.dispatcher.dispatch(jobs[0])]
                # A TaskGroup cancels the siblings of a failed dispatch: nothing outlives it.
                async with asyncio.TaskGroup() as group:
                    tasks = [group.create_task(self.dispatcher.dispatch(job)) for job in jobs]
                return [task.result() for task in tasks]
        except TimeoutError:
            raise TransientError(
                f"the Resonate server did not confirm {len(jobs)} job promise(s) within "
                f"{budget:.1f}s (dispatch timeout or the invocation's remaining time)"
            ) from None


def make_consumer(
    dispatcher: Dispatcher,
    *,
    loop: asyncio.AbstractEventLoop | None = None,
    settings: Settings | None = None,
    safety_margin_ms: int = DEFAULT_SAFETY_MARGIN_MS,
    observer: Observer | None = None,
    tenancy: Tenancy | None = None,
    requester_of: RequesterOf | None = None,
) -> BatchConsumer:
    """A handler around an injected dispatcher and loop (tests, the in-process demo)."""
    resolved = settings if settings is not None else Settings.from_env()
    return BatchConsumer(
        dispatcher,
        runner=LoopRunner(loop),
        dispatch_timeout_seconds=resolved.dispatch_timeout_seconds,
        safety_margin_ms=safety_margin_ms,
        observer=observer,
        tenancy=tenancy,
        requester_of=requester_of,
    )


def build_resonate(settings: Settings) -> Resonate:
    """A send-only Resonate client for the configured engine; not started (no I/O yet).

    No sources (the consumer receives no work and advertises no address), no refresh loop
    (it awaits no result): the client sends ``promise.create`` and nothing else, to a
    Resonate server or, for a ``postgresql://`` URL, as one ``resonate.resonate_rpc`` call
    on a pooled connection (nothing listens, so a warm Lambda keeps no subscription).
    """
    settings.require("resonate_url")
    return durable.resonate_client(settings, group=CONSUMER_GROUP, receiving=False)


class _LazyConsumer:
    """The process-wide consumer, built by the first invocation and reused by warm ones."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._consumer: BatchConsumer | None = None
        self._resonate: Resonate | None = None

    def get(self) -> BatchConsumer:
        with self._lock:
            if self._consumer is None:
                settings = durable.prepare(Settings.from_env(), receiving=False)
                tenancy = load_tenancy(settings)
                resonate = build_resonate(settings)
                runner = LoopRunner()
                runner.run(_start(resonate))
                dispatcher = ResonateDispatcher(
                    resonate,
                    worker_group=settings.worker_group,
                    job_timeout_seconds=settings.job_timeout_seconds,
                    review_timeout_seconds=settings.review_timeout_seconds,
                    auto_review=settings.review_confidence > 0,
                )
                self._resonate = resonate
                self._consumer = BatchConsumer(
                    dispatcher,
                    runner=runner,
                    dispatch_timeout_seconds=settings.dispatch_timeout_seconds,
                    tenancy=tenancy,
                    requester_of=_requester_reader(settings)
                    if tenancy.requester_metadata
                    else None,
                )
            return self._consumer

    def close(self) -> None:
        with self._lock:
            consumer, resonate = self._consumer, self._resonate
            self._consumer = self._resonate = None
        if consumer is not None and resonate is not None:
            consumer.runner.run(resonate.stop())
            consumer.runner.close()


def _requester_reader(settings: Settings) -> RequesterOf:
    """Reads uploads' ``x-amz-meta-requester`` with one S3 client (built now, reused)."""
    s3 = client("s3", settings)
    return lambda document: object_requester(s3, document)


async def _start(resonate: Resonate) -> None:
    """Start the client inside the loop it will live on (``start`` needs a running loop)."""
    resonate.start()


_DEFAULT = _LazyConsumer()


def lambda_handler(
    event: dict[str, Any], context: RemainingTime | None
) -> PartialItemFailureResponse:
    """The Lambda entry point (``consumer.handler.lambda_handler``); needs ``RESONATE_URL``."""
    return _DEFAULT.get()(event, context)


def default_consumer() -> BatchConsumer:
    """The process-wide consumer :func:`lambda_handler` uses (built on first call)."""
    return _DEFAULT.get()


def shutdown() -> None:
    """Stop the process-wide client and close its loop; the next invocation builds anew."""
    _DEFAULT.close()


def _is_fifo(records: list[Any]) -> bool:
    first = records[0] if records else None
    arn = first.get("eventSourceARN") if isinstance(first, dict) else None
    return isinstance(arn, str) and arn.endswith(".fifo")


def _refused(exc: BaseException) -> bool:
    """Whether the dispatch failed for good (the record can never become its job)."""
    if isinstance(exc, BaseExceptionGroup):
        return any(_refused(inner) for inner in exc.exceptions)
    return isinstance(exc, InvalidJobError)


def _reason(exc: BaseException) -> str:
    """A one-line reason for the log, naming the error type (group members included)."""
    if isinstance(exc, BaseExceptionGroup):
        return "; ".join(_reason(inner) for inner in exc.exceptions)
    return f"{type(exc).__name__}: {exc}"


def _epoch_ms(raw: dict[str, Any], attribute: str) -> int | None:
    """An SQS system attribute holding epoch milliseconds, if the record carries it."""
    value = (raw.get("attributes") or {}).get(attribute)
    return int(value) if isinstance(value, str) and value.isdigit() else None
