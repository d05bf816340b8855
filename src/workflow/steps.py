"""The five step bodies of the pipeline: download, extract, analyze, store, notify.

Each is a plain, blocking function on typed records (:mod:`docpipe.records`) and the ports
it does I/O through: ``download(job, ports, cache) -> Downloaded``. None of them touches
Resonate, the job table or the event stream; :mod:`workflow.durable_steps` runs them under
the one durable wrapper (:func:`workflow.step_runtime.execute_step`), which does. A body
raises a :class:`~docpipe.errors.DocumentError` for a permanent problem with the document
and lets anything else propagate (the durable retry runs it again).

Checkpoints are small JSON. The document's bytes never go into one: download keeps them in
a bounded in-process :class:`~workflow.caches.ByteCache` that extract normally hits; on a
miss (another worker, a restart) extract re-reads the pinned version and checks its SHA-256.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, cast

from docpipe.errors import CorruptDocument
from docpipe.jobs import Job, results_key
from docpipe.layout import Layout
from docpipe.records import (
    Analysis,
    Downloaded,
    Extracted,
    FailedAt,
    Failure,
    JobResult,
    Notified,
    PagePlan,
    Stored,
)
from workflow.documents import (
    DocumentType,
    Extraction,
    ExtractionLimits,
    detect_type,
    read_document,
)

if TYPE_CHECKING:
    from workflow.caches import ByteCache
    from workflow.documents.types import DocumentKind
    from workflow.step_runtime import Ports

#: Largest analysis (as JSON) kept in a checkpoint and in the job row.
MAX_ANALYSIS_BYTES = 64 * 1024
#: Ceiling on a read of our own extracted text back from the results bucket.
_MAX_TEXT_READ_BYTES = 64 * 1024 * 1024


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- download ------------------------------------------------------------------------------


def download(job: Job, ports: Ports, cache: ByteCache) -> Downloaded:
    """Read the document, pin its version, decide its type from its bytes."""
    doc = job.document
    blob = ports.blobs.get(
        doc.bucket,
        doc.key,
        version_id=doc.version_id,
        max_bytes=ports.settings.max_document_bytes,
    )
    doc_type = detect_type(
        blob.data, filename=doc.filename, declared=job.declared_type or blob.content_type
    )
    digest = _sha256(blob.data)
    cache.put(job.job_id, digest, blob.data)
    return Downloaded(
        size=len(blob.data),
        sha256=digest,
        media_type=doc_type.media_type,
        kind=doc_type.kind,
        version_id=blob.version_id or doc.version_id,
        etag=blob.etag,
    )


# --- extract -------------------------------------------------------------------------------


def document_bytes(job: Job, downloaded: Downloaded, ports: Ports, cache: ByteCache) -> bytes:
    """The bytes download saw: from the cache, else re-read (pinned version) and verified."""
    cached = cache.get(job.job_id, downloaded.sha256)
    if cached is not None:
        return cached
    blob = ports.blobs.get(
        job.document.bucket,
        job.document.key,
        version_id=downloaded.version_id,
        max_bytes=ports.settings.max_document_bytes,
    )
    if _sha256(blob.data) != downloaded.sha256:
        raise CorruptDocument("document changed since download")
    # Kept for the next reader on this worker: a long scan's other page ranges.
    cache.put(job.job_id, downloaded.sha256, blob.data)
    return blob.data


def extract(
    job: Job, downloaded: Downloaded, ports: Ports, cache: ByteCache
) -> Extracted | PagePlan:
    """Pull the text out; the text goes to the results bucket, the record points at it.

    A scanned PDF longer than ``pages_per_chunk`` is not read here: the answer is then a
    :class:`~docpipe.records.PagePlan` that the workflow fans out in page ranges
    (:mod:`workflow.chunks`), every limit having been checked first.
    """
    data = document_bytes(job, downloaded, ports, cache)
    # The kind download checkpointed is one this worker's detector named.
    kind = cast("DocumentKind", downloaded.kind)
    doc_type = DocumentType(media_type=downloaded.media_type, kind=kind)
    settings = ports.settings
    read = read_document(
        data,
        doc_type,
        ExtractionLimits.from_settings(settings),
        inline_pages=settings.pages_per_chunk,
    )
    if not isinstance(read, Extraction):
        # The document's bytes stay cached: this worker's chunks read them from there.
        return PagePlan(
            pages=read.pages,
            pages_per_chunk=settings.pages_per_chunk,
            chunks_in_flight=settings.chunks_in_flight,
            warnings=list(read.extraction_warnings()),
        )
    return store_text(job, downloaded, read, ports, cache)


def store_text(
    job: Job,
    downloaded: Downloaded,
    extraction: Extraction,
    ports: Ports,
    cache: ByteCache,
    *,
    chunks: int | None = None,
) -> Extracted:
    """Write the extracted text (and its layout) to the results bucket; the record that
    points at them."""
    bucket = ports.settings.results_bucket
    key = results_key(job.job_id, "text.txt", owner=job.owner)
    encoded = extraction.text.encode()
    ports.blobs.put(bucket, key, encoded, content_type="text/plain; charset=utf-8")
    layout_key = results_key(job.job_id, "layout.json", owner=job.owner)
    layout = extraction.page_layout.to_json()
    ports.blobs.put(bucket, layout_key, layout, content_type="application/json")
    cache.pop(job.job_id, downloaded.sha256)
    cache.put(job.job_id, "text.txt", encoded)
    cache.put(job.job_id, "layout.json", layout)
    return Extracted(
        bucket=bucket, key=key, layout_key=layout_key, chunks=chunks, stats=extraction.stats()
    )


# --- analyze -------------------------------------------------------------------------------


def bounded_analysis(
    analysis: dict[str, Any], max_bytes: int = MAX_ANALYSIS_BYTES
) -> dict[str, Any]:
    """Keep an analysis small enough for a checkpoint and a DynamoDB item.

    Oversized values are dropped largest first (their names listed under ``omitted``), so
    the small, useful fields (type, summary, counts) always survive.
    """

    def size(value: object) -> int:
        return len(json.dumps(value, sort_keys=True, default=str).encode())

    if size(analysis) <= max_bytes:
        return analysis
    kept = dict(analysis)
    omitted: list[str] = []
    for name in sorted(kept, key=lambda n: size(kept[n]), reverse=True):
        del kept[name]
        omitted.append(name)
        if size({**kept, "omitted": omitted}) <= max_bytes:
            break
    return {**kept, "omitted": sorted(omitted)}


def analyze(
    job: Job, downloaded: Downloaded, extracted: Extracted, ports: Ports, cache: ByteCache
) -> Analysis:
    """Turn the extracted text into a structured analysis."""
    data = cache.get(job.job_id, "text.txt")
    if data is None:
        data = ports.blobs.get(extracted.bucket, extracted.key, max_bytes=_MAX_TEXT_READ_BYTES).data
    analysis = ports.analyzer.analyze(
        data.decode(),
        media_type=downloaded.media_type,
        filename=job.document.filename,
        layout=_layout(job, extracted, ports, cache),
    )
    cache.pop(job.job_id, "text.txt")
    cache.pop(job.job_id, "layout.json")
    return Analysis(bounded_analysis(analysis))


def _layout(job: Job, extracted: Extracted, ports: Ports, cache: ByteCache) -> Layout | None:
    """The extraction's layout: cached, else read back (``None`` from a checkpoint written
    before layouts were stored: the analysis then reads the text as one page)."""
    if extracted.layout_key is None:
        return None
    data = cache.get(job.job_id, "layout.json")
    if data is None:
        data = ports.blobs.get(
            extracted.bucket, extracted.layout_key, max_bytes=_MAX_TEXT_READ_BYTES
        ).data
    return Layout.from_json(data)


# --- store ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the workflow hands to store and notify: the results so far, or the failure."""

    status: Literal["done", "failed"]
    downloaded: Downloaded | None = None
    extracted: Extracted | None = None
    analysis: Analysis | None = None
    error: Failure | None = None
    #: The pipeline step that failed, or ``"review"`` when the job failed in review.
    failed_step: FailedAt | None = None
    #: The review decision (``decision``, ``reviewer``, ``comment``, ``corrections``,
    #: ``at``, ``reason``) when the job went through review.
    review: dict[str, Any] | None = None


def build_result(
    job: Job, outcome: Outcome, analyzer_name: str, *, result_url: str | None = None
) -> JobResult:
    """The job's result: what ``result.json`` holds, the row keeps and SNS carries."""
    if outcome.status == "failed":
        return JobResult(
            job_id=job.job_id,
            status="failed",
            document_url=job.document.url,
            failed_step=outcome.failed_step,
            error=outcome.error,
            review=outcome.review,
            result_url=result_url,
            retry_of=job.retry_of,
        )
    extracted = outcome.extracted
    return JobResult(
        job_id=job.job_id,
        status="done",
        document_url=job.document.url,
        document=outcome.downloaded,
        extraction=None if extracted is None else extracted.statistics(),
        text=None if extracted is None else extracted.text,
        analysis=None if outcome.analysis is None else outcome.analysis.to_dict(),
        analyzer=analyzer_name,
        result_key=results_key(job.job_id, "result.json", owner=job.owner),
        result_url=result_url,
        review=outcome.review,
        retry_of=job.retry_of,
    )


def store(job: Job, outcome: Outcome, ports: Ports) -> Stored:
    """Write ``result.json``."""
    bucket = ports.settings.results_bucket
    key = results_key(job.job_id, "result.json", owner=job.owner)
    result = build_result(job, outcome, ports.analyzer.name, result_url=f"s3://{bucket}/{key}")
    ports.blobs.put(
        bucket,
        key,
        json.dumps(result.to_dict(), sort_keys=True, indent=2).encode(),
        content_type="application/json",
    )
    return Stored(bucket=bucket, key=key, result=result)


# --- notify --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Notification:
    """What notify publishes: the SNS subject, the JSON message, and the attributes
    subscribers filter on (``status``, ``tenant``, ``requesterId``; the notifier adds
    ``jobId``)."""

    subject: str
    message: dict[str, Any]
    attributes: dict[str, str]


def final_result(job: Job, outcome: Outcome, stored: Stored, analyzer_name: str) -> JobResult:
    """The result a finished job is announced with: the stored one, else (nothing could be
    stored) the outcome's."""
    if stored.result is not None:
        return stored.result
    return build_result(job, outcome, analyzer_name, result_url=stored.url)


def notification(job: Job, result: JobResult) -> Notification:
    """The notification for a finished job (done or failed)."""
    attributes: dict[str, str] = {"status": result.status, "tenant": job.owner}
    if job.requester_id is not None:
        attributes["requesterId"] = job.requester_id
    # The analysis rides along as stored (bounded to MAX_ANALYSIS_BYTES, well under SNS's
    # 256 KiB), so a subscriber has the type, parties and figures without reading result.json.
    return Notification(f"docpipe job {job.job_id} {result.status}", result.to_dict(), attributes)


def notify(job: Job, result: JobResult, ports: Ports) -> Notified:
    """Tell the requester (SNS)."""
    note = notification(job, result)
    message_id = ports.notifier.publish(
        job_id=job.job_id,
        subject=note.subject,
        message=note.message,
        attributes=note.attributes,
    )
    return Notified(message_id=message_id)


__all__ = [
    "MAX_ANALYSIS_BYTES",
    "Notification",
    "Outcome",
    "analyze",
    "bounded_analysis",
    "build_result",
    "document_bytes",
    "download",
    "extract",
    "final_result",
    "notification",
    "notify",
    "store",
    "store_text",
]
