"""In-memory fakes of the ports, for unit tests and for anyone embedding docpipe.

Each behaves like its AWS counterpart in the ways the pipeline relies on (size limits,
missing objects, terminal states that never regress) and records what happened. moto, a
development dependency, is imported by :func:`moto_aws` alone.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any
from unittest.mock import patch

from docpipe.errors import DocumentNotFound, DocumentTooLarge
from docpipe.jobs import JobState, StepName, page_range_label, pages_in
from docpipe.ports import Announcement, Blob, JobPage, JobRecord
from docpipe.progress import JobUpdate
from docpipe.table_writes import page_runs
from docpipe.tenancy import DEFAULT_TENANT


class InMemoryBlobStore:
    """A :class:`~docpipe.ports.BlobStore` in a dict keyed by ``(bucket, key)``."""

    def __init__(self) -> None:
        self.objects: dict[tuple[str, str], Blob] = {}
        self._lock = threading.Lock()

    def get(self, bucket: str, key: str, *, version_id: str | None = None, max_bytes: int) -> Blob:
        with self._lock:
            blob = self.objects.get((bucket, key))
        if blob is None:
            raise DocumentNotFound(f"s3://{bucket}/{key} does not exist")
        if len(blob.data) > max_bytes:
            raise DocumentTooLarge(
                f"document is {len(blob.data)} bytes; the limit is {max_bytes} bytes"
            )
        return blob

    def put(
        self,
        bucket: str,
        key: str,
        data: bytes,
        *,
        content_type: str,
        metadata: dict[str, str] | None = None,
    ) -> None:
        with self._lock:
            self.objects[(bucket, key)] = Blob(data=data, content_type=content_type)


class InMemoryJobTable:
    """A :class:`~docpipe.ports.JobTable` in a dict, with DynamoDB's conditional semantics."""

    def __init__(self) -> None:
        self.records: dict[str, JobRecord] = {}
        #: Page ranges read per job, and their executions, like the DynamoDB row's string sets.
        self._page_ranges: dict[str, set[str]] = {}
        self._page_runs: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def update(self, change: JobUpdate) -> None:
        with self._lock:
            old = self.records.get(change.job_id)
            status, allowed = _condition(change, old)
            if not allowed:
                return  # late: the job is already past it
            base = old or JobRecord(
                job_id=change.job_id,
                status=status or "processing",
                document_url=change.document_url or "",
                created_at=change.at,
                updated_at=change.at,
                tenant=change.tenant or DEFAULT_TENANT,
            )
            # Like DynamoDB's UpdateItem: set these attributes, keep every other one.
            self.records[change.job_id] = replace(
                base, updated_at=change.at, **self._changes(change, base, status)
            )

    def _changes(
        self, change: JobUpdate, base: JobRecord, status: JobState | None
    ) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if status is not None:
            changes["status"] = status
        if change.document_url is not None:
            changes["document_url"] = change.document_url
        identity = {"requester_id": change.requester_id, "retry_of": change.retry_of}
        changes.update({name: value for name, value in identity.items() if value is not None})
        changes.update(_timeline_changes(change, base))
        if change.retrying is not None:
            changes["retrying"] = change.retrying.to_dict()
        elif change.clear_retry:
            changes["retrying"] = None
        if change.pages is not None:
            ranges = self._page_ranges.setdefault(change.job_id, set())
            if change.pages.done is not None:
                ranges.add(page_range_label(*change.pages.done))
            changes.update(pages=change.pages.total, pages_done=pages_in(ranges))
        if change.page_run is not None:
            runs = self._page_runs.setdefault(change.job_id, set())
            runs.add(json.dumps(change.page_run.to_dict(), sort_keys=True))
            changes["page_runs"] = page_runs(runs)
        if change.result is not None:
            changes["result"] = change.result.to_dict()
        if change.review is not None:
            changes.update(review=change.review, step=None, step_started_at=None)
        terminal = change.terminal
        if terminal is not None:
            changes.update(step=None, step_started_at=None, retrying=None)
            if terminal.result is not None:
                changes["result"] = terminal.result.to_dict()
            if terminal.error is not None:
                changes["error"] = terminal.error.to_dict()
            changes["notification_id"] = base.notification_id or terminal.notification_id
        return changes

    def get(self, job_id: str) -> JobRecord | None:
        with self._lock:
            return self.records.get(job_id)

    def announcement(self, job_id: str) -> Announcement | None:
        record = self.get(job_id)
        return None if record is None else Announcement(record.status, record.notification_id)

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
        with self._lock:
            matches = [
                r
                for r in self.records.values()
                if r.status == status
                and (tenant is None or r.tenant == tenant)
                and (created_at_most is None or r.created_at <= created_at_most)
            ]
        # The index's order: createdAt, then jobId (DynamoDB breaks ties by the table key).
        matches.sort(key=lambda r: (r.created_at, r.job_id), reverse=not oldest_first)
        # A cursor names the listing it came from (tenant, state) and its last job, so one
        # from another tenant's or state's listing is refused, as DynamoDB's would be.
        scope = f"{tenant or '*'}#{status}#"
        start = 0
        if cursor is not None:
            keys = [scope + r.job_id for r in matches]
            if cursor not in keys:
                raise ValueError("invalid cursor")
            start = keys.index(cursor) + 1
        page = matches[start : start + limit]
        more = start + limit < len(matches)
        return JobPage(page, scope + page[-1].job_id if more and page else None)

    def list_for_document(self, document_url: str, *, limit: int = 50) -> list[JobRecord]:
        with self._lock:
            matches = [r for r in self.records.values() if r.document_url == document_url]
        return sorted(matches, key=lambda r: r.created_at, reverse=True)[:limit]


def _timeline_changes(change: JobUpdate, base: JobRecord) -> dict[str, Any]:
    """The running step and the console's timeline after ``change``."""
    changes: dict[str, Any] = {}
    timeline = {k: dict(v) for k, v in base.timeline.items()}
    steps = dict(base.steps)

    def start(step: StepName, started_at: int) -> None:
        steps[step] = started_at
        timing = timeline.setdefault(step, {"attempts": 0, "failures": 0})
        timing.setdefault("startedAt", started_at)
        timing["attempts"] += 1

    for end in change.ended:  # earlier steps' unwritten starts first, in order
        if end.started_at is not None and end.step != change.started:
            start(end.step, end.started_at)
    if change.started is not None:
        step = change.started
        started_at = change.at if change.started_at is None else change.started_at
        if change.terminal is None and change.review is None:
            changes.update(step=step, step_started_at=started_at)
        start(step, started_at)
    for end in change.ended:
        timing = timeline.setdefault(end.step, {"attempts": 0, "failures": 0})
        timing.update(endedAt=end.at, outcome=end.outcome)
    if steps != base.steps:
        changes["steps"] = dict(sorted(steps.items(), key=lambda kv: kv[1]))
    if change.failed_attempt is not None:
        timing = timeline.setdefault(change.failed_attempt, {"attempts": 0, "failures": 0})
        timing["failures"] += 1
    changes["timeline"] = timeline
    return changes


def _condition(change: JobUpdate, old: JobRecord | None) -> tuple[JobState | None, bool]:
    """The status ``change`` sets (``None``: unchanged) and whether the row allows it: the
    conditions of :func:`docpipe.table_writes.update_request`."""
    status = None if old is None else old.status
    active = status in (None, "processing", "awaiting_review")
    # A write naming the document may create the row (``processing``).
    creates = old is None and change.document_url is not None
    if change.terminal is not None:
        return change.terminal.status, active or status == change.terminal.status
    if change.review is not None:
        return "awaiting_review", creates or status == "processing"
    if change.started is not None:
        return "processing", active
    if change.retrying is not None:
        return "processing", status in (None, "processing")
    if change.pages or change.page_run or change.result or change.clear_retry:
        return None, creates or status == "processing"
    return None, creates or old is not None


@dataclass
class PublishedMessage:
    job_id: str
    subject: str
    message: dict[str, Any]
    attributes: dict[str, str]


@dataclass
class RecordingNotifier:
    """A :class:`~docpipe.ports.Notifier` that keeps what it was asked to publish."""

    published: list[PublishedMessage] = field(default_factory=list)

    def publish(
        self, *, job_id: str, subject: str, message: dict[str, Any], attributes: dict[str, str]
    ) -> str:
        self.published.append(PublishedMessage(job_id, subject, message, attributes))
        return f"msg-{len(self.published)}"


@contextmanager
def moto_aws(region: str = "us-east-1") -> Iterator[None]:
    """moto's in-process AWS with fake credentials and ``region``, for tests.

    Sets the variables with :func:`unittest.mock.patch.dict`, so they are restored on exit
    and nothing leaks into the next test. moto is a dev dependency: imported here only.
    """
    from moto import mock_aws  # noqa: PLC0415

    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": region,
    }
    with patch.dict(os.environ, env), mock_aws():
        yield
