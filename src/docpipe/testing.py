"""In-memory fakes of the ports, for unit tests and for anyone embedding docpipe.

Each behaves like its AWS counterpart in the ways the pipeline relies on (size limits,
missing objects, terminal states that never regress) and records what happened.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any
from unittest.mock import patch

from docpipe.errors import DocumentNotFound, DocumentTooLarge
from docpipe.jobs import JobState, StepName, page_range_label, pages_in
from docpipe.ports import Blob, JobPage, JobRecord, StepOutcome


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
        #: Page ranges read per job, like the DynamoDB row's string set.
        self._page_ranges: dict[str, set[str]] = {}
        self._lock = threading.Lock()

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
        with self._lock:
            old = self.records.get(job_id)
            if old is not None and old.status not in ("processing", "awaiting_review"):
                return
            steps = {} if old is None else dict(old.steps)
            steps[step] = now
            timeline = {} if old is None else {k: dict(v) for k, v in old.timeline.items()}
            timing = timeline.setdefault(step, {"startedAt": now, "attempts": 0, "failures": 0})
            timing["attempts"] += 1
            base = old or JobRecord(
                job_id=job_id,
                status="processing",
                document_url=document_url,
                created_at=now,
                updated_at=now,
                tenant=tenant,
            )
            # Like DynamoDB's UpdateItem: set these attributes, keep every other one.
            self.records[job_id] = replace(
                base,
                status="processing",
                document_url=document_url,
                updated_at=now,
                step=step,
                step_started_at=now,
                steps=steps,
                timeline=timeline,
                requester_id=requester_id if requester_id is not None else base.requester_id,
            )

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
        with self._lock:
            old = self.records.get(job_id)
            if old is not None and old.status not in ("processing", "awaiting_review", status):
                return
            base = old or JobRecord(
                job_id=job_id,
                status=status,
                document_url=document_url,
                created_at=now,
                updated_at=now,
                tenant=tenant,
            )
            self.records[job_id] = replace(
                base,
                status=status,
                updated_at=now,
                step=None,
                step_started_at=None,
                retrying=None,
                requester_id=requester_id if requester_id is not None else base.requester_id,
                result=result if result is not None else base.result,
                error=error if error is not None else base.error,
                notification_id=base.notification_id or notification_id,
            )

    def record_result(self, *, job_id: str, result: dict[str, Any], now: int) -> None:
        with self._lock:
            old = self.records.get(job_id)
            if old is None or old.status != "processing":
                return
            self.records[job_id] = replace(old, result=result, updated_at=now)

    def record_pages(
        self, *, job_id: str, pages: int, done: tuple[int, int] | None, now: int
    ) -> None:
        with self._lock:
            old = self.records.get(job_id)
            if old is None or old.status != "processing":
                return
            ranges = self._page_ranges.setdefault(job_id, set())
            if done is not None:
                ranges.add(page_range_label(*done))
            self.records[job_id] = replace(
                old, pages=pages, pages_done=pages_in(ranges), updated_at=now
            )

    def record_retry(
        self,
        *,
        job_id: str,
        document_url: str,
        tenant: str,
        retrying: dict[str, Any],
        now: int,
    ) -> None:
        with self._lock:
            old = self.records.get(job_id)
            if old is not None and old.status != "processing":
                return
            base = old or JobRecord(
                job_id=job_id,
                status="processing",
                document_url=document_url,
                created_at=now,
                updated_at=now,
                tenant=tenant,
            )
            self.records[job_id] = replace(base, retrying=retrying, updated_at=now)

    def clear_retry(self, *, job_id: str, now: int) -> None:
        with self._lock:
            old = self.records.get(job_id)
            if old is None or old.status != "processing":
                return
            self.records[job_id] = replace(old, retrying=None, updated_at=now)

    def end_step(self, *, job_id: str, step: StepName, now: int, outcome: StepOutcome) -> None:
        with self._lock:
            old = self.records.get(job_id)
            if old is None:
                return
            timeline = {k: dict(v) for k, v in old.timeline.items()}
            timing = timeline.setdefault(step, {"attempts": 0, "failures": 0})
            if outcome == "retry":
                timing["failures"] = timing.get("failures", 0) + 1
            else:
                timing.update(endedAt=now, outcome=outcome)
            self.records[job_id] = replace(old, timeline=timeline)

    def open_review(self, *, job_id: str, tenant: str, review: dict[str, Any], now: int) -> None:
        with self._lock:
            old = self.records.get(job_id)
            if old is None or old.status != "processing":
                return
            self.records[job_id] = replace(
                old,
                status="awaiting_review",
                review=review,
                updated_at=now,
                step=None,
                step_started_at=None,
            )

    def get(self, job_id: str) -> JobRecord | None:
        with self._lock:
            return self.records.get(job_id)

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
