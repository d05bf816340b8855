"""The narrow ports the pipeline's steps and the status API do their I/O through.

Each has an AWS implementation (:mod:`docpipe.aws`) and an in-memory fake
(:mod:`docpipe.testing`). Step bodies receive these, never a boto3 client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from docpipe.jobs import JobState, StepName
from docpipe.layout import Layout
from docpipe.tenancy import DEFAULT_TENANT

type StepOutcome = Literal["ok", "failed", "retry"]


@dataclass(frozen=True, slots=True)
class Blob:
    """An object's bytes with what S3 told us about it."""

    data: bytes
    content_type: str | None = None
    version_id: str | None = None
    etag: str | None = None


class BlobStore(Protocol):
    """Object storage (S3)."""

    def get(self, bucket: str, key: str, *, version_id: str | None = None, max_bytes: int) -> Blob:
        """Read an object whole; raise ``DocumentTooLarge`` past ``max_bytes`` (before reading
        it all), ``DocumentNotFound`` if it does not exist, ``TransientError`` on a retryable
        failure."""
        ...

    def put(
        self,
        bucket: str,
        key: str,
        data: bytes,
        *,
        content_type: str,
        metadata: dict[str, str] | None = None,
    ) -> None:
        """Write an object (overwrites: callers use deterministic keys, so it is idempotent)."""
        ...


@dataclass(frozen=True, slots=True)
class JobRecord:
    """A job as the status API reports it."""

    job_id: str
    status: JobState
    document_url: str
    created_at: int
    updated_at: int
    step: StepName | None = None
    step_started_at: int | None = None
    requester_id: str | None = None
    #: The tenant the job belongs to (:mod:`docpipe.tenancy`); rows older than tenancy
    #: belong to the single tenant.
    tenant: str = DEFAULT_TENANT
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    #: Per-step start times (epoch ms), in the order the steps ran.
    steps: dict[str, int] = field(default_factory=dict)
    #: A document extracted in page ranges: its page count, and how many are read so far.
    pages: int | None = None
    pages_done: int = 0
    #: A step whose last attempt failed transiently and will run again:
    #: ``{"step", "attempt", "error": {"type", "message"}, "nextAttemptAt"}``.
    retrying: dict[str, Any] | None = None
    #: Per-step timing for the console: ``{step: {"startedAt", "endedAt"?, "attempts",
    #: "failures", "outcome"?}}`` (first start, end of the last execution, executions,
    #: transient failures, ``ok``/``failed``).
    timeline: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The job's review while it waits (``promiseId``, ``since``, ``reason``, ``analysis``)
    #: and, once settled, the decision too.
    review: dict[str, Any] | None = None
    #: The SNS message id of the job's terminal notification, recorded with the terminal
    #: state (so a notify step run again after it finished does not publish twice).
    notification_id: str | None = None

    def to_api(self) -> dict[str, Any]:
        """The status API's JSON shape (the operational contract's schema, plus timestamps)."""
        body: dict[str, Any] = {
            "jobId": self.job_id,
            "status": self.status,
            "documentUrl": self.document_url,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "tenant": self.tenant,
        }
        if self.status == "processing" and self.step is not None:
            body["step"] = self.step
            body["stepStartedAt"] = self.step_started_at
            if self.step == "extract" and self.pages is not None:
                body["progress"] = {"pagesDone": self.pages_done, "pages": self.pages}
        if self.status == "processing" and self.retrying is not None:
            body["retrying"] = self.retrying
        if self.requester_id is not None:
            body["requesterId"] = self.requester_id
        if self.result is not None:
            body["result"] = self.result
        if self.error is not None:
            body["error"] = self.error
        if self.steps:
            body["steps"] = self.steps
        if self.timeline:
            body["timeline"] = [
                {"step": name, **timing}
                for name, timing in sorted(
                    self.timeline.items(), key=lambda item: int(item[1].get("startedAt") or 0)
                )
            ]
        if self.review is not None:
            body["review"] = {k: v for k, v in self.review.items() if k != "promiseId"}
        return body


@dataclass(frozen=True, slots=True)
class JobPage:
    """One page of a job listing, with the cursor of the next page (``None``: the last)."""

    records: list[JobRecord]
    cursor: str | None = None


class JobTable(Protocol):
    """Where jobs' progress and outcomes live (DynamoDB)."""

    def start_step(
        self,
        *,
        job_id: str,
        document_url: str,
        requester_id: str | None,
        tenant: str,
        step: StepName,
        now: int,
    ) -> None:
        """Record that ``step`` is now running. Creates the row on first use (owned by
        ``tenant`` for good); never moves a finished job back to ``processing``."""
        ...

    def finish(
        self,
        *,
        job_id: str,
        document_url: str,
        requester_id: str | None,
        tenant: str,
        status: JobState,
        now: int,
        result: dict[str, Any] | None = None,
        error: dict[str, Any] | None = None,
        notification_id: str | None = None,
    ) -> None:
        """Record the job's terminal state (and the id of the notification that announced
        it). Idempotent: writing the same outcome twice is a no-op in effect."""
        ...

    def record_result(self, *, job_id: str, result: dict[str, Any], now: int) -> None:
        """Attach the job's result while it is still ``processing`` (the store step; the
        notify step then makes it ``done``). A no-op once the job is terminal."""
        ...

    def record_pages(
        self, *, job_id: str, pages: int, done: tuple[int, int] | None, now: int
    ) -> None:
        """Progress of a document extracted in page ranges: it has ``pages`` pages, and the
        range ``done`` (first, last; 1-based, inclusive) has been read. Idempotent per range
        (a chunk re-run after a crash counts once); a no-op once the job is terminal."""
        ...

    def record_retry(
        self,
        *,
        job_id: str,
        document_url: str,
        tenant: str,
        retrying: dict[str, Any],
        now: int,
    ) -> None:
        """Note that a step failed transiently and will run again (the status document's
        ``retrying``). Creates the row if needed; a no-op once the job is terminal."""
        ...

    def clear_retry(self, *, job_id: str, now: int) -> None:
        """The retried step succeeded: drop the note. A no-op once the job is terminal
        (:meth:`finish` drops it too)."""
        ...

    def end_step(self, *, job_id: str, step: StepName, now: int, outcome: StepOutcome) -> None:
        """Record how one execution of ``step`` ended: ``ok``/``failed`` (settled, so the
        end time and outcome stick) or ``retry`` (a transient failure, counted)."""
        ...

    def open_review(self, *, job_id: str, tenant: str, review: dict[str, Any], now: int) -> None:
        """Mark a ``processing`` job ``awaiting_review`` with what is under review (its
        promise id, since when, why, the analysis). A no-op once the job is past it."""
        ...

    def get(self, job_id: str) -> JobRecord | None: ...

    def list_jobs(
        self,
        *,
        status: JobState,
        limit: int = 50,
        cursor: str | None = None,
        oldest_first: bool = False,
        created_at_most: int | None = None,
        tenant: str | None = None,
    ) -> JobPage:
        """Jobs in one state by creation time, newest first (or oldest first), one page;
        ``cursor`` is a previous page's (opaque; an invalid one, or one from a listing of
        another state or tenant, raises ``ValueError``); ``created_at_most`` leaves out jobs
        created after it (epoch ms); ``tenant`` confines the listing to that tenant's jobs
        (``None``: every tenant's)."""
        ...

    def list_for_document(self, document_url: str, *, limit: int = 50) -> list[JobRecord]:
        """Jobs for one document, newest first."""
        ...


class Notifier(Protocol):
    """Tells the requester a job finished (SNS)."""

    def publish(
        self, *, job_id: str, subject: str, message: dict[str, Any], attributes: dict[str, str]
    ) -> str:
        """Publish; returns the message id. ``attributes`` become SNS message attributes
        so subscribers filter (e.g. by ``requesterId``)."""
        ...


class Analyzer(Protocol):
    """Turns extracted text into a structured analysis."""

    #: Short name recorded with each result ("offline", "bedrock:<model>").
    name: str

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: Layout | None = None
    ) -> dict[str, Any]:
        """Return ``{"documentType", "summary", "entities": {...}, ...}`` (JSON-safe).
        ``layout`` says where ``text`` sits on the pages (evidence cites it); ``None`` reads
        the text as one page without geometry. Raise ``TransientError`` for a retryable
        failure."""
        ...
