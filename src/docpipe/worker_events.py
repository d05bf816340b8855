"""The worker's events, one typed record each: the catalogue, and how one becomes a log line.

Each record is a frozen msgspec Struct tagged with its name from :mod:`docpipe.events`, so
its JSON form is the event line the worker has always written (``{"event": "step.start",
"jobId": ..., "step": ..., ...}``): camelCase field names, the name under ``"event"``, an
optional field left out while it is unset. The worker hands records to its emitter
(``Runtime.emit``); the default one, :func:`write`, serialises them through
:func:`docpipe.events.write_event`, the one writer. Readers (``docpipe up``, tests, benches)
go on reading lines with :func:`docpipe.events.parse_event`; :data:`WORKER_EVENTS` is what
``docs/events.md`` is checked against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, cast

import msgspec

from docpipe import events
from docpipe.jobs import StepName
from docpipe.records import Failure

if TYPE_CHECKING:
    from aws_lambda_powertools import Logger


class WorkerEvent(
    msgspec.Struct, frozen=True, kw_only=True, rename="camel", omit_defaults=True, tag_field="event"
):
    """Base of the worker's events: tagged with the event's name under ``"event"``."""

    @property
    def name(self) -> str:
        """The event's name (its tag: ``step.start``...)."""
        return cast("str", type(self).__struct_config__.tag)

    def to_fields(self) -> dict[str, Any]:
        """The event line's fields, ``"event"`` included, as plain JSON values."""
        return cast("dict[str, Any]", msgspec.json.decode(msgspec.json.encode(self)))


class JobEvent(WorkerEvent, frozen=True, kw_only=True):
    """An event about one job, at ``ts`` (epoch ms, the worker's clock)."""

    job_id: str
    ts: int


# ── a step of the pipeline ──────────────────────────────────────────────────────────────


class StepAttempt(JobEvent, frozen=True, kw_only=True):
    """An event about one attempt (execution) of a step (no event of its own)."""

    step: StepName
    #: 1 for a step's first execution, counted per step promise by the worker.
    attempt: int


class StepStart(StepAttempt, frozen=True, kw_only=True, tag=events.STEP_START):
    """One execution of a step body begins (never for a checkpointed step)."""

    #: The step's durable promise: whoever audits re-runs compares with its ``settledAt``.
    step_id: str


class StepFinish(StepAttempt, frozen=True, kw_only=True, tag=events.STEP_FINISH):
    """A step body returned and its checkpoint is written."""

    #: The whole execution, bookkeeping included.
    duration_ms: int
    #: The body alone.
    body_ms: int
    #: The code of a permanent error the step checkpointed instead of a result.
    failed: str | None = None


class AttemptFailed(StepAttempt, frozen=True, kw_only=True):
    """An attempt of a step failed: the base of what happens next (no event of its own)."""

    #: The exception's class name, and its message.
    error_type: str
    error: str


class StepRetry(AttemptFailed, frozen=True, kw_only=True, tag=events.STEP_RETRY):
    """An attempt of a step failed transiently and runs again after ``next_delay_seconds``."""

    next_delay_seconds: float
    next_attempt_at: int


class StepGaveUp(AttemptFailed, frozen=True, kw_only=True, tag=events.STEP_GAVE_UP):
    """An attempt of a step failed and the retry policy allows no more."""


class StepJoined(JobEvent, frozen=True, kw_only=True, tag=events.STEP_JOINED):
    """A second execution of a step found the first still running here and takes its result."""

    step: StepName
    step_id: str


# ── a page range of a long scan ─────────────────────────────────────────────────────────


class ChunkAttempt(JobEvent, frozen=True, kw_only=True):
    """An event about one attempt (execution) of a page range (no event of its own)."""

    #: ``(first, last)``, 1-based and inclusive (a JSON list on the line).
    pages: tuple[int, int]
    attempt: int


class ChunkStart(ChunkAttempt, frozen=True, kw_only=True, tag=events.CHUNK_START):
    """One execution of a page range's OCR begins."""


class ChunkFinish(ChunkAttempt, frozen=True, kw_only=True, tag=events.CHUNK_FINISH):
    """A range was read and stored (or failed for good: ``failed``)."""

    duration_ms: int
    #: Characters read (absent when the range failed for good).
    chars: int | None = None
    #: Pages that could not be read (absent when the range failed for good).
    failed_pages: int | None = None
    failed: str | None = None


class ChunkRetry(ChunkAttempt, frozen=True, kw_only=True, tag=events.CHUNK_RETRY):
    """An attempt of a range failed; it runs again after ``next_delay_seconds``, or (absent)
    never."""

    error_type: str
    error: str
    next_delay_seconds: float | None = None


# ── the job ─────────────────────────────────────────────────────────────────────────────


class JobAwaiting(JobEvent, frozen=True, kw_only=True, tag=events.JOB_AWAITING):
    """The job waits for something outside the worker (``awaiting``: ``review``)."""

    awaiting: str
    reason: str
    promise_id: str


class ReviewSettled(JobEvent, frozen=True, kw_only=True, tag=events.REVIEW_SETTLED):
    """The job's review ended (``approve``, ``reject``, ``none`` when it timed out)."""

    decision: str
    code: str | None = None


class JobDone(JobEvent, frozen=True, kw_only=True, tag=events.JOB_DONE):
    """The job's terminal state ``done`` is recorded."""


class JobFailed(JobEvent, frozen=True, kw_only=True, tag=events.JOB_FAILED):
    """The job's terminal state ``failed`` is recorded, with why."""

    error: Failure | None = None


class JobTableUnwritable(JobEvent, frozen=True, kw_only=True, tag=events.JOB_TABLE_UNWRITABLE):
    """A write to the job table failed (the status API cannot show progress)."""

    table: str
    #: Which write (``start_step``, ``record_retry``, ``finish``...).
    operation: str
    error_type: str
    error: str


# ── the worker process ──────────────────────────────────────────────────────────────────


class WorkerReady(WorkerEvent, frozen=True, kw_only=True, tag=events.WORKER_READY):
    """The worker has joined its group and takes work."""

    group: str


#: Every event the worker writes, by name.
WORKER_EVENTS: Final[dict[str, type[WorkerEvent]]] = {
    cast("str", kind.__struct_config__.tag): kind
    for kind in (
        StepStart,
        StepFinish,
        StepRetry,
        StepGaveUp,
        StepJoined,
        ChunkStart,
        ChunkFinish,
        ChunkRetry,
        JobAwaiting,
        ReviewSettled,
        JobDone,
        JobFailed,
        JobTableUnwritable,
        WorkerReady,
    )
}


def write(event: WorkerEvent, *, logger: Logger | None = None) -> None:
    """Write ``event`` as its JSON event line (the worker's default emitter)."""
    events.write_event(event.to_fields(), logger=logger, caller_depth=2)


def read(fields: dict[str, Any]) -> WorkerEvent:
    """A worker event line read back (:func:`docpipe.events.parse_event`) as its record."""
    kind = WORKER_EVENTS.get(fields.get("event", ""))
    if kind is None:
        raise ValueError(f"not a worker event: {fields.get('event')!r}")
    return msgspec.convert(fields, kind)
