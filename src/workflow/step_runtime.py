"""The one durable wrapper: how a step body runs, what it reports, and every job-table write.

A step body is a plain function on typed records (:mod:`workflow.steps`: ``download(job,
ports, cache) -> Downloaded``); it knows nothing of Resonate, events or the job table.
:func:`execute_step` runs one execution of a body for the workflow's ``ctx.run``; it

1. emits one ``step.start`` event (one per *execution*: retries are logged, replays are not),
2. runs the body (S3, parsing, OCR) in a thread, so the event loop stays free to heartbeat
   the task lease while a long OCR runs, and marks the step running on the job's row if the
   body is still running after :attr:`Runtime.start_write_delay`,
4. emits ``step.finish`` with its duration -- or, when the attempt raised, one ``step.retry``
   line (job, step, attempt, error type and message, the delay before the next attempt) and
   ``retrying`` on the job row, or ``step.gave_up`` when the retry policy allows no more,
5. returns the record as the step's checkpoint (plain JSON, :func:`to_checkpoint`).

Bookkeeping is at most one row write per step (:class:`~docpipe.progress.JobUpdate`): the
start of a step that runs for a while (an OCR, a model call), so the row says which step runs.
A quick step writes nothing of its own: its start and end ride on the job's next write, as
do how a written step ended (for the console's timeline), that a retried step succeeded, and
store's result (:class:`~workflow.caches.DeferredWrites`). A small document's five steps are
then one write, notify's terminal one, which creates the row if nothing did before (until
then the status API answers from the job's promise: queued). A step whose result changes the
row at once (a long scan's page count) writes it with its end. A failed attempt is one write
(the retry note, the failure count, and its start if that was not written).

A job-table write that fails is logged at ERROR (``job_table.unwritable``) before the step's
retry takes over: without the row the status API can only say "queued". All of them go
through :func:`write_row`; nothing else in the workflow writes the table.

Failure handling is split the way :mod:`docpipe.errors` splits errors. A permanent
:class:`~docpipe.errors.DocumentError` becomes a *returned* checkpoint ``{"failed": {...}}``
(a :class:`~docpipe.records.Failure`), so the step is settled once and never re-run. So does
a :class:`~docpipe.errors.ConfigError` (e.g. the analyzer's model is not enabled or access
is denied), with code ``configuration_error``: retrying cannot help until an operator acts,
so the job fails at once with a reason that says what to fix (and the worker logs it)
instead of backing off for minutes and ending as ``retries_exhausted``. Anything else is
raised, and the SDK retries that step alone under the workflow's retry policy.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import msgspec
from resonate.retry import Exponential
from resonate.timing import now_ms

from docpipe import worker_events
from docpipe.classes import default_classes
from docpipe.errors import ConfigError, DocumentError
from docpipe.failures import CONFIGURATION_ERROR
from docpipe.progress import JobUpdate, RetryNote, StepEnd
from docpipe.records import (
    Analysis,
    Downloaded,
    Extracted,
    Failure,
    Notified,
    PagePlan,
    PageRange,
    Stored,
)
from workflow.caches import AttemptCounter, ByteCache, DeferredWrites
from workflow.page_reader import InProcessPages, PageReader, PageSlots

if TYPE_CHECKING:
    from resonate.context import Context
    from resonate.retry import RetryPolicy

    from docpipe.classes import Catalogue
    from docpipe.jobs import Job, StepName
    from docpipe.ports import Analyzer, BlobStore, JobProgress, Notifier
    from docpipe.settings import Settings

#: A step's checkpoint as the engine stores it: plain JSON, small. (A plain alias, not a
#: ``type`` statement: the SDK coerces each step's return value through its annotation.)
Checkpoint = dict[str, Any]
#: The worker's event sink: one typed event per call (default: its JSON line on stdout).
type Emitter = Callable[[worker_events.WorkerEvent], None]
#: What a step body returns.
type StepRecord = Downloaded | Extracted | PagePlan | PageRange | Analysis | Stored | Notified

#: Longest pause between two attempts of one step, in seconds.
MAX_RETRY_DELAY_SECONDS = 60
#: How long a step body runs before its start is written to the job's row, in seconds. A
#: quick step (most steps of a small document) is then never a write of its own; the row's
#: ``step`` lags a long step's start by this much, which nobody watching a status can see.
START_WRITE_DELAY_SECONDS = 0.1

logger = logging.getLogger("docpipe.worker")


def process_name(host: str | None = None, pid: int | None = None) -> str:
    """``host:pid`` of this process (or of the ones given)."""
    return f"{host or socket.gethostname()}:{pid or os.getpid()}"


@dataclass(frozen=True, slots=True)
class Ports:
    """What step bodies do their I/O through: the settings and three narrow ports."""

    settings: Settings
    blobs: BlobStore
    notifier: Notifier
    analyzer: Analyzer


@dataclass(frozen=True)
class Runtime:
    """The worker's side of a step: the ports its bodies use, the job table it alone writes,
    its event sink and clock, and process state that only saves work. Registered once with
    the worker's Resonate (``resonate.with_dependency``) and read back with
    ``ctx.get_dependency``."""

    ports: Ports
    jobs: JobProgress
    #: The document classes (``DOCPIPE_CLASSES``): the analyzer's, and what a review's
    #: corrections are held to.
    classes: Catalogue = field(default_factory=default_classes)
    clock: Callable[[], int] = now_ms
    emit: Emitter = worker_events.write
    #: Retry policy for transient step failures; ``None`` derives it from
    #: ``settings.step_max_attempts`` (see :func:`step_retry_policy`).
    retry_policy: RetryPolicy | None = None
    cache: ByteCache = field(default_factory=ByteCache)
    attempts: AttemptCounter = field(default_factory=AttemptCounter)
    #: Bookkeeping waiting for each job's next row write (see :func:`write_row`).
    deferred: DeferredWrites = field(default_factory=DeferredWrites)
    #: Seconds a step body runs before its start is written (:data:`START_WRITE_DELAY_SECONDS`).
    start_write_delay: float = START_WRITE_DELAY_SECONDS
    #: Step bodies running in this process, by step promise id (see :func:`execute_step`).
    in_flight: dict[str, asyncio.Future[Checkpoint]] = field(default_factory=dict)
    #: Page ranges OCR'd at once on this worker, one per OCR process of ``page_reader``; the
    #: rest wait in arrival order (see :func:`workflow.chunks.extract_pages`).
    page_slots: PageSlots = field(default_factory=PageSlots)
    #: Where a page range's OCR runs (the worker's: a child process, see
    #: :mod:`workflow.page_reader`).
    page_reader: PageReader = field(default_factory=InProcessPages)
    #: This process, as the job row names the worker that ran a page range.
    worker_name: str = field(default_factory=process_name)
    #: The analyzer for a job that names its own analyzer or classes file (a retry with
    #: another one): ``(analyzer, classes) -> Analyzer``, ``None`` values meaning the worker's.
    analyzers: Callable[[str | None, str | None], Analyzer] | None = None

    def analyzer_of(self, job: Job) -> Analyzer:
        """The job's own analyzer when it names one (or a classes file), else the worker's."""
        if job.analyzer_override is None and job.classes_override is None:
            return self.ports.analyzer
        if self.analyzers is None:
            raise ConfigError("this worker cannot build another analyzer for a job")
        return self.analyzers(job.analyzer_override, job.classes_override)

    def ports_for(self, job: Job) -> Ports:
        """The ports ``job``'s steps use: the worker's, with the job's own analyzer."""
        if job.analyzer_override is None and job.classes_override is None:
            return self.ports
        return replace(self.ports, analyzer=self.analyzer_of(job))

    @classmethod
    def create(
        cls,
        *,
        settings: Settings,
        blobs: BlobStore,
        jobs: JobProgress,
        notifier: Notifier,
        analyzer: Analyzer,
        **state: Any,
    ) -> Runtime:
        """The ports and the runtime in one call (``state``: the other fields by name)."""
        ports = Ports(settings=settings, blobs=blobs, notifier=notifier, analyzer=analyzer)
        return cls(ports=ports, jobs=jobs, **state)

    @property
    def settings(self) -> Settings:
        return self.ports.settings

    @property
    def step_policy(self) -> RetryPolicy:
        """The retry policy every step runs under."""
        return self.retry_policy or step_retry_policy(self.settings)


def step_retry_policy(settings: Settings) -> RetryPolicy:
    """Exponential backoff (2 s, 4 s, 8 s, ...) for ``settings.step_max_attempts`` attempts."""
    return Exponential(
        delay=1,
        factor=2,
        max_retries=settings.step_max_attempts - 1,
        max_delay=MAX_RETRY_DELAY_SECONDS,
    )


def to_checkpoint(record: StepRecord | Failure) -> Checkpoint:
    """A step's record as the engine stores it (the shapes checkpoints always had)."""
    if isinstance(record, Failure | PagePlan):
        return record.to_checkpoint()
    return record.to_dict()


def failure_of(checkpoint: Checkpoint) -> Failure | None:
    """The failure a step checkpointed instead of a result, if it failed permanently."""
    return Failure.from_checkpoint(checkpoint)


def row_change(job: Job, at: int, **fields: Any) -> JobUpdate:
    """A write to ``job``'s row at ``at`` that may create it (it names the document)."""
    return JobUpdate(
        job_id=job.job_id,
        at=at,
        document_url=job.document.url,
        requester_id=job.requester_id,
        retry_of=job.retry_of,
        tenant=job.owner,
        **fields,
    )


def write_row(runtime: Runtime, operation: str, change: JobUpdate) -> None:
    """Write ``change`` (with the job's deferred bookkeeping) to the job's row: the one way
    the worker writes the table. A failure is logged loudly (ERROR), the deferred part is
    kept for the next write, and the error is raised as it was."""
    deferred = runtime.deferred.take(change.job_id)
    try:
        runtime.jobs.update(change.merged(deferred))
    except Exception as exc:
        if deferred is not None:
            runtime.deferred.add(deferred)
        runtime.emit(
            worker_events.JobTableUnwritable(
                job_id=change.job_id,
                table=runtime.settings.table,
                operation=operation,
                error_type=type(exc).__name__,
                error=str(exc),
                ts=runtime.clock(),
            )
        )
        raise


#: What a step's record changes on the row (``JobUpdate`` fields by name).
type RowFields = dict[str, Any]
#: A step's row change from what its body returned: ``settle`` is written at once (with the
#: step's end; ``None``: this record changes nothing now), ``carry`` rides on the job's next
#: write.
type Settle[R] = Callable[[R], RowFields | None]


async def execute_step[R: StepRecord](
    ctx: Context,
    job: Job,
    step: StepName,
    work: Callable[[Runtime], R],
    *,
    settle: Settle[R] | None = None,
    carry: Settle[R] | None = None,
    start_with_end: bool = False,
) -> Checkpoint:
    """One execution of a step body -- unless the same step is still running in this worker.

    That happens when the worker was paused (or starved) past its lease TTL: the server hands
    the job out again and this same process starts a second execution while the first is
    still inside the body. Running the body twice would, for notify, publish twice; so the
    second execution joins the first (``step.joined``) and takes its result or its error.

    ``start_with_end``: the step's start is not written on its own but with its end (or its
    failure): for a short step whose end is written anyway (notify's terminal state).
    """
    runtime = ctx.get_dependency(Runtime)
    step_id = ctx.info.id
    running = runtime.in_flight.get(step_id)
    if running is not None:
        runtime.emit(
            worker_events.StepJoined(
                job_id=job.job_id, step=step, step_id=step_id, ts=runtime.clock()
            )
        )
        return await asyncio.shield(running)
    execution = _Execution(runtime, step_id, job, step, settle, carry, start_with_end)
    body = asyncio.ensure_future(execution.run(work))
    runtime.in_flight[step_id] = body

    def forget(done: asyncio.Future[Checkpoint]) -> None:
        if runtime.in_flight.get(step_id) is done:
            del runtime.in_flight[step_id]

    body.add_done_callback(forget)
    # Shielded: a cancelled caller must not cancel the body another execution may be joining.
    return await asyncio.shield(body)


@dataclass
class _Execution[R: StepRecord]:
    """One execution of one step body, and its bookkeeping: one row write if its body runs
    for a while (none for a quick body, or ``start_with_end``), one when it fails, and its end
    (with its start, if unwritten) deferred to the job's next write unless the step has a row
    change of its own to make now."""

    runtime: Runtime
    step_id: str
    job: Job
    step: StepName
    settle: Settle[R] | None
    carry: Settle[R] | None
    start_with_end: bool
    #: Whether this execution's start reached the row on its own (a slow body).
    start_written: bool = False

    async def run(self, work: Callable[[Runtime], R]) -> Checkpoint:
        """Log the execution, mark the step running, run ``work`` in a thread, and say how
        it ended (finished, or failed and retrying or given up)."""
        runtime, job, step = self.runtime, self.job, self.step
        attempt = runtime.attempts.next(self.step_id)
        started = runtime.clock()
        runtime.emit(
            worker_events.StepStart(
                job_id=job.job_id, step=step, attempt=attempt, step_id=self.step_id, ts=started
            )
        )
        body_started = runtime.clock()
        body = asyncio.ensure_future(guarded(lambda: work(runtime)))
        start_write: asyncio.Future[None] | None = None
        try:
            try:
                if not self.start_with_end:
                    start_write = await self._start_if_slow(body, started)
                record = await body
            except BaseException:
                body.cancel()
                if start_write is not None:  # the body's error is the one to report
                    with contextlib.suppress(Exception):
                        await start_write
                        self.start_written = True
                raise
            body_ms = runtime.clock() - body_started
            if start_write is not None:
                await start_write
                self.start_written = True
            if self.settle is None and not self.start_with_end:
                self._ended(record, started, attempt)  # deferred to the next write: no I/O
            else:
                await asyncio.to_thread(self._ended, record, started, attempt)
        except Exception as exc:
            await asyncio.to_thread(self._failed, attempt, started, exc)
            raise
        runtime.emit(
            worker_events.StepFinish(
                job_id=job.job_id,
                step=step,
                attempt=attempt,
                duration_ms=runtime.clock() - started,
                body_ms=body_ms,
                failed=record.code if isinstance(record, Failure) else None,
                ts=runtime.clock(),
            )
        )
        return to_checkpoint(record)

    async def _start_if_slow(
        self, body: asyncio.Future[R | Failure], started: int
    ) -> asyncio.Future[None] | None:
        """Wait up to the runtime's ``start_write_delay`` for ``body``; if it still runs,
        start writing the step's start (the write the step ends only after, so the row's
        writes stay in order and a failed write fails the step) and return that write."""
        runtime = self.runtime
        await asyncio.wait((body,), timeout=runtime.start_write_delay)
        if body.done():
            return None
        change = row_change(self.job, runtime.clock(), started=self.step, started_at=started)
        return asyncio.ensure_future(asyncio.to_thread(write_row, runtime, "start_step", change))

    def _ended(self, record: R | Failure, started: int, attempt: int) -> None:
        """The step's end (with its start, if that was not written): written now when the
        step changes the row (or is notify's), else deferred to the job's next write."""
        now = self.runtime.clock()
        failed = isinstance(record, Failure)
        unwritten = None if self.start_written else started
        end = StepEnd(
            step=self.step, outcome="failed" if failed else "ok", at=now, started_at=unwritten
        )
        fields: RowFields = {"ended": (end,), "clear_retry": attempt > 1}
        if not isinstance(record, Failure):
            carried = None if self.carry is None else self.carry(record)
            fields.update(carried or {})
            settled = None if self.settle is None else self.settle(record)
            if settled is not None:
                fields.update(settled)
                operation = "finish" if "terminal" in settled else f"{self.step}_result"
                write_row(self.runtime, operation, row_change(self.job, now, **fields))
                return
        if self.start_with_end:
            # The end must not wait: nothing else of this step was written.
            with contextlib.suppress(Exception):
                write_row(self.runtime, "end_step", row_change(self.job, now, **fields))
            return
        self.runtime.deferred.add(JobUpdate(job_id=self.job.job_id, at=now, **fields))

    def _failed(self, attempt: int, started: int, exc: Exception) -> None:
        unwritten_start = None if self.start_written else started
        attempt_failed(self.runtime, self.job, self.step, attempt, exc, started=unwritten_start)


def attempt_failed(
    runtime: Runtime,
    job: Job,
    step: StepName,
    attempt: int,
    exc: Exception,
    *,
    started: int | None = None,
) -> None:
    """Say why attempt ``attempt`` of ``step`` failed and what happens next, in the log and
    (one write) on the row; ``started``: when the attempt started, if that is not written
    yet.

    The SDK asks the policy for the delay before the next attempt with the same number this
    counter gives the failed one (first retry: ``next(1)``), so the delay logged here is the
    one the SDK sleeps.
    """
    now = runtime.clock()
    delay = runtime.step_policy.next(attempt)
    failed = worker_events.AttemptFailed(
        job_id=job.job_id,
        step=step,
        attempt=attempt,
        error_type=type(exc).__name__,
        error=str(exc),
        ts=now,
    )
    fields: RowFields = {"failed_attempt": step}
    if started is not None:
        fields.update(started=step, started_at=started)
    if delay is None:
        runtime.emit(worker_events.StepGaveUp(**msgspec.structs.asdict(failed)))
    else:
        next_at = now + int(delay * 1000)
        runtime.emit(
            worker_events.StepRetry(
                **msgspec.structs.asdict(failed), next_delay_seconds=delay, next_attempt_at=next_at
            )
        )
        fields["retrying"] = RetryNote(
            step=step,
            attempt=attempt,
            error={"type": failed.error_type, "message": failed.error},
            next_attempt_at=next_at,
        )
    # The original failure is what the durable retry acts on: a table that cannot take the
    # note is logged (ERROR) by write_row and must not replace it.
    with contextlib.suppress(Exception):
        write_row(runtime, "record_retry", row_change(job, now, **fields))


async def guarded[R](work: Callable[[], R]) -> R | Failure:
    """Run blocking ``work`` in a thread; a permanent document or configuration error becomes
    a :class:`~docpipe.records.Failure`, everything else propagates so the durable retry
    runs."""
    try:
        return await asyncio.to_thread(work)
    except DocumentError as err:
        return Failure(code=err.code, message=err.message)
    except ConfigError as err:
        # The operator has to act (the job's reason says on what); say so where they look.
        logger.exception("configuration error, failing the job without retry")
        return Failure(code=CONFIGURATION_ERROR, message=str(err))


__all__ = [
    "MAX_RETRY_DELAY_SECONDS",
    "START_WRITE_DELAY_SECONDS",
    "AttemptCounter",
    "ByteCache",
    "Checkpoint",
    "Emitter",
    "Ports",
    "RowFields",
    "Runtime",
    "Settle",
    "StepRecord",
    "attempt_failed",
    "execute_step",
    "failure_of",
    "guarded",
    "row_change",
    "step_retry_policy",
    "to_checkpoint",
    "write_row",
]
