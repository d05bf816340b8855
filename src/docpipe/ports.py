"""The narrow ports the pipeline's steps and the status API do their I/O through.

Each has an AWS implementation (:mod:`docpipe.aws`) and an in-memory fake
(:mod:`docpipe.testing`). Step bodies receive these, never a boto3 client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from docpipe.jobs import JobState, StepName
from docpipe.layout import Layout
from docpipe.tenancy import DEFAULT_TENANT

if TYPE_CHECKING:
    from docpipe.progress import JobUpdate


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
    #: A long scan's page-range executions (:class:`~docpipe.progress.PageRun` as JSON),
    #: in the order they started; the status document shows them under extract.
    page_runs: tuple[dict[str, Any], ...] = ()
    #: The job's review while it waits (``promiseId``, ``since``, ``reason``, ``analysis``)
    #: and, once settled, the decision too.
    review: dict[str, Any] | None = None
    #: The SNS message id of the job's terminal notification, recorded with the terminal
    #: state (so a notify step run again after it finished does not publish twice).
    notification_id: str | None = None
    #: The failed job this one is a new attempt at.
    retry_of: str | None = None

    def _running_step(self) -> tuple[str | None, int | None]:
        """The step running now and since when. A long scan's extract returns its plan at
        once and is written as a quick execution (no running step on the row) while its page
        ranges are still being read: that is extract too."""
        if self.step is None and self.pages is not None and self.pages_done < self.pages:
            return "extract", self.steps.get("extract")
        return self.step, self.step_started_at

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
        step, step_started_at = self._running_step()
        if self.status == "processing" and step is not None:
            body["step"] = step
            body["stepStartedAt"] = step_started_at
            if step == "extract" and self.pages is not None:
                body["progress"] = {"pagesDone": self.pages_done, "pages": self.pages}
        if self.status == "processing" and self.retrying is not None:
            body["retrying"] = self.retrying
        if self.requester_id is not None:
            body["requesterId"] = self.requester_id
        if self.retry_of is not None:
            body["retryOf"] = self.retry_of
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
            for entry in body["timeline"]:
                # A long scan's page ranges, each execution, belong to its extract.
                if entry["step"] == "extract" and self.page_runs:
                    entry["ranges"] = list(self.page_runs)
        if self.review is not None:
            body["review"] = {k: v for k, v in self.review.items() if k != "promiseId"}
        return body


@dataclass(frozen=True, slots=True)
class JobPage:
    """One page of a job listing, with the cursor of the next page (``None``: the last)."""

    records: list[JobRecord]
    cursor: str | None = None


@dataclass(frozen=True, slots=True)
class Announcement:
    """What a job's row says of its announcement: the status it holds and the id of the
    notification recorded with that status (``None``: none recorded)."""

    status: JobState
    notification_id: str | None = None


class JobProgress(Protocol):
    """The worker's side of the job table: it writes each job's progress, one record per
    write, and reads back only what notify needs (whether its outcome was announced)."""

    def update(self, change: JobUpdate) -> None:
        """Apply one :class:`~docpipe.progress.JobUpdate` to the job's row (creating it when
        the change may), under the conditions that keep a row sane: a finished job never
        moves back to ``processing``, and a late write changes nothing."""
        ...

    def announcement(self, job_id: str) -> Announcement | None:
        """The row's status and recorded notification id (``None``: no row), read
        consistently: an earlier execution's terminal write is seen."""
        ...


@runtime_checkable
class JobQueries(Protocol):
    """The readers' side of the job table (the status API, the review sweep)."""

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


class JobTable(JobProgress, JobQueries, Protocol):
    """Both sides: what an implementation of the job table (DynamoDB, the fake) offers."""


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
