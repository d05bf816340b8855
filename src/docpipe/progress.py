"""What the worker writes to a job's row: one :class:`JobUpdate` record per write.

A step's bookkeeping is at most one write. A step whose body runs for a while writes its
start (``started``: the row then says which step runs), carrying what the previous steps left
to say: how they ended (``ended``, for the console's timeline) and that a retried step finally
succeeded (``clear_retry``). A quick step writes nothing of its own: its start rides with its
end (:attr:`StepEnd.started_at`) on the job's next write. A step whose result changes the row
(a long scan's page count, the terminal state) says so in the same write as its own end.
Each part is applied under the condition that keeps the row sane (a finished job never moves
back to ``processing``); a write whose condition fails changes nothing, because it was late.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from docpipe.jobs import StepName
from docpipe.records import Failure, FinalStatus, JobResult, Record

#: How one execution of a step ended, as the timeline records it.
type StepOutcome = Literal["ok", "failed", "retry"]


class StepEnd(Record, frozen=True, omit_defaults=True):
    """One step's execution ended at ``at`` (``ok``, or ``failed`` for good)."""

    step: StepName
    outcome: Literal["ok", "failed"]
    at: int
    #: When the execution started, if that start was never written (a quick step): the
    #: write that carries this end records the start and counts the attempt too.
    started_at: int | None = None


class RetryNote(Record, frozen=True):
    """A step's attempt failed transiently and runs again at ``next_attempt_at``."""

    step: StepName
    attempt: int
    #: ``{"type", "message"}`` of the exception.
    error: dict[str, str]
    next_attempt_at: int


class Pages(Record, frozen=True):
    """A document read in page ranges: it has ``total`` pages; ``done`` was just read."""

    total: int
    done: tuple[int, int] | None = None


class PageRun(Record, frozen=True):
    """One execution of a long scan's page range (``pages``, 1-based, inclusive): when it ran,
    on which worker, and how it ended -- ``ok``, ``retry`` (a transient failure; it runs
    again) or ``failed`` (for good). The console draws them under extract."""

    pages: tuple[int, int]
    attempt: int
    started_at: int
    ended_at: int
    outcome: StepOutcome
    #: The worker process that ran it (``host:pid``).
    worker: str


class Terminal(Record, frozen=True):
    """The job's final state, its result (done) or why (failed), and the notification that
    announced it."""

    status: FinalStatus
    result: JobResult | None = None
    error: Failure | None = None
    notification_id: str | None = None


class JobUpdate(Record, frozen=True, omit_defaults=True):
    """One write to one job's row. ``at`` is when it is written (``updatedAt``)."""

    job_id: str
    at: int
    document_url: str | None = None
    requester_id: str | None = None
    #: The failed job this one retries (written with the job's identity).
    retry_of: str | None = None
    #: The job's owner: fixed by the write that creates the row, and kept beside the status
    #: (the per-tenant index) by every write that changes it.
    tenant: str | None = None
    #: This step starts: the row's ``step``, and its timeline's start and attempt count.
    started: StepName | None = None
    #: When it started, if before ``at`` (a step whose start rides on its end's write).
    started_at: int | None = None
    #: Steps whose executions ended since the row was last written.
    ended: tuple[StepEnd, ...] = ()
    #: This step's attempt failed transiently (counted in its timeline).
    failed_attempt: StepName | None = None
    retrying: RetryNote | None = None
    #: The step that retried has succeeded: the row stops saying it is retrying.
    clear_retry: bool = False
    pages: Pages | None = None
    #: A page range's execution ended (its timing joins the row's list of them).
    page_run: PageRun | None = None
    #: The result, attached while the job is still processing.
    result: JobResult | None = None
    #: What is under review (``promiseId``, ``since``, ``reason``, ``analysis``, ...): the job
    #: now waits for a person.
    review: dict[str, Any] | None = None
    terminal: Terminal | None = None

    def __post_init__(self) -> None:
        if self.retrying is not None and self.clear_retry:
            raise ValueError("a write cannot both set and clear the retry note")
        if self.terminal is not None and self.review is not None:
            raise ValueError("a job cannot finish and wait for review in one write")

    def merged(self, earlier: JobUpdate | None) -> JobUpdate:
        """This write carrying what ``earlier`` (deferred, not yet written) had to say:
        steps that ended, a retry note to clear, the result to attach."""
        if earlier is None:
            return self
        return msgspec.structs.replace(
            self,
            ended=earlier.ended + self.ended,
            clear_retry=(earlier.clear_retry or self.clear_retry) and self.retrying is None,
            result=self.result or earlier.result,
        )


__all__ = ["JobUpdate", "PageRun", "Pages", "RetryNote", "StepEnd", "StepOutcome", "Terminal"]
