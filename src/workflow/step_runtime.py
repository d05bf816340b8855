"""How a step body runs: the dependencies it runs on, and what each execution reports.

Each step body is an ``async`` function the workflow hands to ``ctx.run``: the SDK checkpoints
what it returns, so a replay of the workflow never runs a finished step again.
:func:`execute_step` runs one execution of a body's blocking ``work``; it

1. emits one ``step.start`` event (one per *execution*: retries are logged, replays are not),
2. records progress in the job table,
3. runs ``work`` (S3, parsing, OCR) in a thread, so the event loop stays free to heartbeat
   the task lease while a long OCR runs,
4. emits ``step.finish`` with its duration -- or, when the attempt raised, one ``step.retry``
   line (job, step, attempt, error type and message, the delay before the next attempt) and
   ``retrying`` on the job row, or ``step.gave_up`` when the retry policy allows no more.

A job-table write that fails is logged at ERROR (``job_table.unwritable``) before the step's
retry takes over: without the row the status API can only say "queued".

Failure handling is split the way :mod:`docpipe.errors` splits errors. A permanent
:class:`~docpipe.errors.DocumentError` becomes a *returned* checkpoint ``{"failed": {...}}``,
so the step is settled once and never re-run. So does a
:class:`~docpipe.errors.ConfigError` (e.g. the analyzer's model is not enabled or access
is denied), with code ``configuration_error``: retrying cannot help until an operator acts,
so the job fails at once with a reason that says what to fix (and the worker logs it)
instead of backing off for minutes and ending as ``retries_exhausted``. Anything else is
raised, and the SDK retries that step alone under the workflow's retry policy.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from resonate.retry import Exponential
from resonate.timing import now_ms

from docpipe import events
from docpipe.errors import ConfigError, DocumentError
from docpipe.events import write_event
from docpipe.jobs import Job, StepName
from workflow.errors import CONFIGURATION_ERROR

if TYPE_CHECKING:
    from resonate.context import Context
    from resonate.retry import RetryPolicy

    from docpipe.ports import Analyzer, BlobStore, JobTable, Notifier, StepOutcome
    from docpipe.settings import Settings

#: A step's checkpoint: plain JSON, small. (A plain alias, not a ``type`` statement: the SDK
#: coerces each step's return value through its annotation with msgspec.)
Checkpoint = dict[str, Any]
#: The worker's structured event sink: one JSON object per call.
type Emitter = Callable[[dict[str, Any]], None]

#: Bytes kept across all cached documents; one worker holds a few in flight at most.
DEFAULT_CACHE_BYTES = 128 * 1024 * 1024
#: Entries kept in the per-process attempt counter (one per step execution in flight).
_MAX_TRACKED_ATTEMPTS = 4096
#: Longest pause between two attempts of one step, in seconds.
MAX_RETRY_DELAY_SECONDS = 60

logger = logging.getLogger("docpipe.worker")


class ByteCache:
    """A small LRU of values keyed by ``(job id, name)``, bounded by total bytes.

    It only saves work: every reader must cope with a miss. Thread-safe, because step
    bodies touch it from worker threads.
    """

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        self._max_bytes = max_bytes
        self._entries: OrderedDict[tuple[str, str], bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def put(self, job_id: str, name: str, data: bytes) -> None:
        if len(data) > self._max_bytes:
            return
        with self._lock:
            self._discard((job_id, name))
            self._entries[(job_id, name)] = data
            self._size += len(data)
            while self._size > self._max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._size -= len(evicted)

    def get(self, job_id: str, name: str) -> bytes | None:
        with self._lock:
            data = self._entries.get((job_id, name))
            if data is not None:
                self._entries.move_to_end((job_id, name))
            return data

    def pop(self, job_id: str, name: str) -> None:
        with self._lock:
            self._discard((job_id, name))

    def __len__(self) -> int:
        return len(self._entries)

    def _discard(self, key: tuple[str, str]) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._size -= len(old)


class AttemptCounter:
    """Counts executions of each step promise in this process, for the ``attempt`` field.

    Keyed by the step's durable promise id, so retries of one step count up while a replay
    (which never executes the body) counts nothing. A fresh process starts again at 1.
    """

    def __init__(self, max_entries: int = _MAX_TRACKED_ATTEMPTS) -> None:
        self._max_entries = max_entries
        self._counts: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.Lock()

    def next(self, step_id: str) -> int:
        with self._lock:
            count = self._counts.pop(step_id, 0) + 1
            self._counts[step_id] = count
            while len(self._counts) > self._max_entries:
                self._counts.popitem(last=False)
            return count


@dataclass(frozen=True)
class PipelineDeps:
    """Everything the step bodies do I/O through, registered once with the worker's Resonate
    (``resonate.with_dependency(deps)``) and read back with ``ctx.get_dependency``."""

    settings: Settings
    blobs: BlobStore
    jobs: JobTable
    notifier: Notifier
    analyzer: Analyzer
    clock: Callable[[], int] = now_ms
    emit: Emitter = write_event
    #: Retry policy for transient step failures; ``None`` derives it from
    #: ``settings.step_max_attempts`` (see :func:`step_retry_policy`).
    retry_policy: RetryPolicy | None = None
    cache: ByteCache = field(default_factory=ByteCache)
    attempts: AttemptCounter = field(default_factory=AttemptCounter)
    #: Step bodies running in this process, by step promise id (see :func:`execute_step`).
    in_flight: dict[str, asyncio.Future[Checkpoint]] = field(default_factory=dict)
    #: Page ranges on one worker OCR one at a time, in arrival order (see
    #: :func:`workflow.chunks.extract_pages`).
    page_slot: asyncio.Lock = field(default_factory=asyncio.Lock)

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


def write_table(deps: PipelineDeps, job: Job, operation: str, write: Callable[[], None]) -> None:
    """Run one job-table write; a failure is logged loudly (ERROR), then raised as it was."""
    try:
        write()
    except Exception as exc:
        deps.emit(
            {
                "event": events.JOB_TABLE_UNWRITABLE,
                "jobId": job.job_id,
                "table": deps.settings.table,
                "operation": operation,
                "errorType": type(exc).__name__,
                "error": str(exc),
                "ts": deps.clock(),
            }
        )
        raise


async def execute_step(
    ctx: Context, job: Job, step: StepName, work: Callable[[PipelineDeps], Checkpoint]
) -> Checkpoint:
    """One execution of a step body -- unless the same step is still running in this worker.

    That happens when the worker was paused (or starved) past its lease TTL: the server hands
    the job out again and this same process starts a second execution while the first is
    still inside the body. Running the body twice would, for notify, publish twice; so the
    second execution joins the first (``step.joined``) and takes its result or its error.
    """
    deps = ctx.get_dependency(PipelineDeps)
    step_id = ctx.info.id
    running = deps.in_flight.get(step_id)
    if running is not None:
        deps.emit(
            {
                "event": events.STEP_JOINED,
                "jobId": job.job_id,
                "step": step,
                "stepId": step_id,
                "ts": deps.clock(),
            }
        )
        return await asyncio.shield(running)
    body = asyncio.ensure_future(_execute_body(ctx, deps, job, step, work))
    deps.in_flight[step_id] = body

    def forget(done: asyncio.Future[Checkpoint]) -> None:
        if deps.in_flight.get(step_id) is done:
            del deps.in_flight[step_id]

    body.add_done_callback(forget)
    # Shielded: a cancelled caller must not cancel the body another execution may be joining.
    return await asyncio.shield(body)


async def _execute_body(
    ctx: Context,
    deps: PipelineDeps,
    job: Job,
    step: StepName,
    work: Callable[[PipelineDeps], Checkpoint],
) -> Checkpoint:
    """Log the execution, mark the step running, run ``work`` in a thread, and say how it
    ended (finished, or failed and retrying or given up)."""
    attempt = deps.attempts.next(ctx.info.id)
    started = deps.clock()
    deps.emit(
        {
            "event": events.STEP_START,
            "jobId": job.job_id,
            "step": step,
            "attempt": attempt,
            # The step's durable promise: whoever audits re-runs compares with its settledAt.
            "stepId": ctx.info.id,
            "ts": started,
        }
    )
    try:
        await asyncio.to_thread(
            write_table,
            deps,
            job,
            "start_step",
            lambda: deps.jobs.start_step(
                job_id=job.job_id,
                document_url=job.document.url,
                requester_id=job.requester_id,
                step=step,
                now=started,
            ),
        )
        checkpoint = await guarded(lambda: work(deps))
    except Exception as exc:
        await asyncio.to_thread(attempt_failed, deps, job, step, attempt, exc)
        await asyncio.to_thread(_timeline, deps, job, step, "retry")
        raise
    if attempt > 1:
        await asyncio.to_thread(_clear_retry, deps, job)
    await asyncio.to_thread(
        _timeline, deps, job, step, "failed" if failure_of(checkpoint) is not None else "ok"
    )
    finished: dict[str, Any] = {
        "event": events.STEP_FINISH,
        "jobId": job.job_id,
        "step": step,
        "attempt": attempt,
        "durationMs": deps.clock() - started,
        "ts": deps.clock(),
    }
    failure = failure_of(checkpoint)
    if failure is not None:
        finished["failed"] = failure.get("code")
    deps.emit(finished)
    return checkpoint


def attempt_failed(
    deps: PipelineDeps, job: Job, step: StepName, attempt: int, exc: Exception
) -> None:
    """Say why attempt ``attempt`` of ``step`` failed and what happens next.

    The SDK asks the policy for the delay before the next attempt with the same number
    this counter gives the failed one (first retry: ``next(1)``), so the delay logged here
    is the one the SDK sleeps.
    """
    now = deps.clock()
    delay = deps.step_policy.next(attempt)
    event: dict[str, Any] = {
        "jobId": job.job_id,
        "step": step,
        "attempt": attempt,
        "errorType": type(exc).__name__,
        "error": str(exc),
        "ts": now,
    }
    if delay is None:
        deps.emit({"event": events.STEP_GAVE_UP, **event})
        return
    next_at = now + int(delay * 1000)
    deps.emit(
        {"event": events.STEP_RETRY, **event, "nextDelaySeconds": delay, "nextAttemptAt": next_at}
    )
    retrying = {
        "step": step,
        "attempt": attempt,
        "error": {"type": type(exc).__name__, "message": str(exc)},
        "nextAttemptAt": next_at,
    }
    # The original failure is what the durable retry acts on: a table that cannot take the
    # note is logged (ERROR) by write_table and must not replace it.
    with contextlib.suppress(Exception):
        write_table(
            deps,
            job,
            "record_retry",
            lambda: deps.jobs.record_retry(
                job_id=job.job_id,
                document_url=job.document.url,
                retrying=retrying,
                now=now,
            ),
        )


def _timeline(deps: PipelineDeps, job: Job, step: StepName, outcome: StepOutcome) -> None:
    """Record how one execution ended, for the console's timeline. Best effort (a failure is
    logged): the step's work is done, and redoing an OCR for a chart is not worth it."""
    with contextlib.suppress(Exception):
        write_table(
            deps,
            job,
            "end_step",
            lambda: deps.jobs.end_step(
                job_id=job.job_id, step=step, now=deps.clock(), outcome=outcome
            ),
        )


def _clear_retry(deps: PipelineDeps, job: Job) -> None:
    """The step succeeded after retrying: the row stops saying so. Best effort (a failure is
    logged; the terminal write clears it anyway) -- the step's result is already final."""
    with contextlib.suppress(Exception):
        write_table(
            deps,
            job,
            "clear_retry",
            lambda: deps.jobs.clear_retry(job_id=job.job_id, now=deps.clock()),
        )


async def guarded(work: Callable[[], Checkpoint]) -> Checkpoint:
    """Run blocking ``work`` in a thread; a permanent document or configuration error becomes
    a checkpointed failure, everything else propagates so the durable retry runs."""
    try:
        return await asyncio.to_thread(work)
    except DocumentError as err:
        return {"failed": err.to_dict()}
    except ConfigError as err:
        # The operator has to act (the job's reason says on what); say so where they look.
        logger.exception("configuration error, failing the job without retry")
        return {"failed": {"code": CONFIGURATION_ERROR, "message": str(err)}}


def failure_of(checkpoint: Checkpoint) -> dict[str, Any] | None:
    """The error a step checkpointed instead of a result, if it failed permanently."""
    failed = checkpoint.get("failed")
    return cast("dict[str, Any]", failed) if isinstance(failed, dict) else None


__all__ = [
    "AttemptCounter",
    "ByteCache",
    "Checkpoint",
    "Emitter",
    "PipelineDeps",
    "attempt_failed",
    "execute_step",
    "failure_of",
    "guarded",
    "step_retry_policy",
    "write_table",
]
