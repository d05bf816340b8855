"""The five step bodies of the pipeline: download, extract, analyze, store, notify.

Each runs its blocking work through :func:`workflow.step_runtime.execute_step`, which logs
the execution, keeps the job row current and turns permanent errors into checkpointed
failures (see that module).

Checkpoints are small JSON. The document's bytes never go into one: download keeps them in
a bounded in-process :class:`~workflow.step_runtime.ByteCache` that extract normally hits; on
a miss (another worker, a restart) extract re-reads the pinned version and checks its SHA-256.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from docpipe import events
from docpipe.errors import CorruptDocument
from docpipe.jobs import Job, StepName, results_key
from docpipe.layout import Layout
from workflow.step_runtime import (
    Checkpoint,
    PipelineDeps,
    execute_step,
    failure_of,
    write_table,
)

if TYPE_CHECKING:
    from resonate.context import Context

    from workflow.documents import Extraction

#: Largest analysis (as JSON) kept in a checkpoint and in the job row.
MAX_ANALYSIS_BYTES = 64 * 1024
#: Ceiling on a read of our own extracted text back from the results bucket.
_MAX_TEXT_READ_BYTES = 64 * 1024 * 1024


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- download ------------------------------------------------------------------------------


async def download(ctx: Context, job: Job) -> Checkpoint:
    """Read the document, pin its version, decide its type from its bytes."""

    def work(deps: PipelineDeps) -> Checkpoint:
        from workflow.documents import detect_type  # noqa: PLC0415 (heavy: parsers)

        doc = job.document
        blob = deps.blobs.get(
            doc.bucket,
            doc.key,
            version_id=doc.version_id,
            max_bytes=deps.settings.max_document_bytes,
        )
        doc_type = detect_type(
            blob.data, filename=doc.filename, declared=job.declared_type or blob.content_type
        )
        digest = _sha256(blob.data)
        deps.cache.put(job.job_id, digest, blob.data)
        return {
            "size": len(blob.data),
            "sha256": digest,
            "mediaType": doc_type.media_type,
            "kind": doc_type.kind,
            "versionId": blob.version_id or doc.version_id,
            "etag": blob.etag,
        }

    return await execute_step(ctx, job, "download", work)


# --- extract -------------------------------------------------------------------------------


def document_bytes(deps: PipelineDeps, job: Job, downloaded: Checkpoint) -> bytes:
    """The bytes download saw: from the cache, else re-read (pinned version) and verified."""
    digest = str(downloaded["sha256"])
    cached = deps.cache.get(job.job_id, digest)
    if cached is not None:
        return cached
    blob = deps.blobs.get(
        job.document.bucket,
        job.document.key,
        version_id=downloaded.get("versionId"),
        max_bytes=deps.settings.max_document_bytes,
    )
    if _sha256(blob.data) != digest:
        raise CorruptDocument("document changed since download")
    # Kept for the next reader on this worker: a long scan's other page ranges.
    deps.cache.put(job.job_id, digest, blob.data)
    return blob.data


async def extract(ctx: Context, job: Job, downloaded: Checkpoint) -> Checkpoint:
    """Pull the text out; the text goes to the results bucket, the checkpoint points at it.

    A scanned PDF longer than ``pages_per_chunk`` is not read here: the checkpoint is then a
    plan, ``{"chunked": {...}}``, that the workflow fans out in page ranges
    (:mod:`workflow.chunks`), every limit having been checked first.
    """

    def work(deps: PipelineDeps) -> Checkpoint:
        from workflow.documents import (  # noqa: PLC0415 (heavy: parsers, OCR)
            DocumentType,
            Extraction,
            ExtractionLimits,
            read_document,
        )

        data = document_bytes(deps, job, downloaded)
        doc_type = DocumentType(media_type=downloaded["mediaType"], kind=downloaded["kind"])
        settings = deps.settings
        read = read_document(
            data,
            doc_type,
            ExtractionLimits.from_settings(settings),
            inline_pages=settings.pages_per_chunk,
        )
        if not isinstance(read, Extraction):
            # The document's bytes stay cached: this worker's chunks read them from there.
            deps.jobs.record_pages(job_id=job.job_id, pages=read.pages, done=None, now=deps.clock())
            return {
                "chunked": {
                    "pages": read.pages,
                    "pagesPerChunk": settings.pages_per_chunk,
                    "chunksInFlight": settings.chunks_in_flight,
                    "warnings": list(read.extraction_warnings()),
                }
            }
        return store_text(deps, job, downloaded, read)

    return await execute_step(ctx, job, "extract", work)


def store_text(
    deps: PipelineDeps, job: Job, downloaded: Checkpoint, extraction: Extraction
) -> Checkpoint:
    """Write the extracted text to the results bucket; the checkpoint that points at it."""
    key = results_key(job.job_id, "text.txt")
    encoded = extraction.text.encode()
    deps.blobs.put(
        deps.settings.results_bucket, key, encoded, content_type="text/plain; charset=utf-8"
    )
    layout_key = results_key(job.job_id, "layout.json")
    layout = extraction.page_layout.to_json()
    deps.blobs.put(
        deps.settings.results_bucket, layout_key, layout, content_type="application/json"
    )
    deps.cache.pop(job.job_id, str(downloaded["sha256"]))
    deps.cache.put(job.job_id, "text.txt", encoded)
    deps.cache.put(job.job_id, "layout.json", layout)
    return {
        "bucket": deps.settings.results_bucket,
        "key": key,
        "layoutKey": layout_key,
        **extraction.stats(),
    }


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


async def analyze(
    ctx: Context, job: Job, downloaded: Checkpoint, extracted: Checkpoint
) -> Checkpoint:
    """Turn the extracted text into a structured analysis."""

    def work(deps: PipelineDeps) -> Checkpoint:
        data = deps.cache.get(job.job_id, "text.txt")
        if data is None:
            data = deps.blobs.get(
                str(extracted["bucket"]), str(extracted["key"]), max_bytes=_MAX_TEXT_READ_BYTES
            ).data
        analysis = deps.analyzer.analyze(
            data.decode(),
            media_type=str(downloaded["mediaType"]),
            filename=job.document.filename,
            layout=_layout(deps, job, extracted),
        )
        deps.cache.pop(job.job_id, "text.txt")
        deps.cache.pop(job.job_id, "layout.json")
        return bounded_analysis(analysis)

    return await execute_step(ctx, job, "analyze", work)


def _layout(deps: PipelineDeps, job: Job, extracted: Checkpoint) -> Layout | None:
    """The extraction's layout: cached, else read back (``None`` from a checkpoint written
    before layouts were stored: the analysis then reads the text as one page)."""
    key = extracted.get("layoutKey")
    if key is None:
        return None
    data = deps.cache.get(job.job_id, "layout.json")
    if data is None:
        data = deps.blobs.get(
            str(extracted["bucket"]), str(key), max_bytes=_MAX_TEXT_READ_BYTES
        ).data
    return Layout.from_json(data)


# --- store ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the workflow hands to store and notify: the results so far, or the failure."""

    status: Literal["done", "failed"]
    downloaded: Checkpoint | None = None
    extracted: Checkpoint | None = None
    analysis: Checkpoint | None = None
    error: dict[str, Any] | None = None
    #: The pipeline step that failed, or ``"review"`` when the job failed in review.
    failed_step: StepName | Literal["review"] | None = None
    #: The review decision (``decision``, ``reviewer``, ``comment``, ``corrections``,
    #: ``at``, ``reason``) when the job went through review.
    review: dict[str, Any] | None = None


def build_result(job: Job, outcome: Outcome, analyzer_name: str) -> dict[str, Any]:
    """The job's result document: what ``result.json`` holds and the status API returns."""
    review = {} if outcome.review is None else {"review": outcome.review}
    if outcome.status == "failed":
        return {
            "jobId": job.job_id,
            "status": "failed",
            "documentUrl": job.document.url,
            "failedStep": outcome.failed_step,
            "error": outcome.error,
            **review,
        }
    extracted = dict(outcome.extracted or {})
    text = {"bucket": extracted.pop("bucket", None), "key": extracted.pop("key", None)}
    layout_key = extracted.pop("layoutKey", None)
    if layout_key is not None:
        text["layoutKey"] = layout_key
    return {
        "jobId": job.job_id,
        "status": "done",
        "documentUrl": job.document.url,
        "document": outcome.downloaded,
        "extraction": extracted,
        "text": text,
        "analysis": outcome.analysis,
        "analyzer": analyzer_name,
        "resultKey": results_key(job.job_id, "result.json"),
        **review,
    }


async def store(ctx: Context, job: Job, outcome: Outcome) -> Checkpoint:
    """Write ``result.json``; on success also attach the result to the job row."""

    def work(deps: PipelineDeps) -> Checkpoint:
        result = build_result(job, outcome, deps.analyzer.name)
        key = results_key(job.job_id, "result.json")
        deps.blobs.put(
            deps.settings.results_bucket,
            key,
            json.dumps(result, sort_keys=True, indent=2).encode(),
            content_type="application/json",
        )
        if outcome.status == "done":
            write_table(
                deps,
                job,
                "record_result",
                lambda: deps.jobs.record_result(job_id=job.job_id, result=result, now=deps.clock()),
            )
        return {"bucket": deps.settings.results_bucket, "key": key, "result": result}

    return await execute_step(ctx, job, "store", work)


# --- notify --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Notification:
    """What notify publishes: the SNS subject, the JSON message, and the attributes
    subscribers filter on (``status``, ``requesterId``; the notifier adds ``jobId``)."""

    subject: str
    message: dict[str, Any]
    attributes: dict[str, str]


def notification(job: Job, outcome: Outcome, stored: Checkpoint) -> Notification:
    """The notification for a finished job (done or failed)."""
    attributes: dict[str, str] = {"status": outcome.status}
    if job.requester_id is not None:
        attributes["requesterId"] = job.requester_id
    message: dict[str, Any] = {
        "jobId": job.job_id,
        "status": outcome.status,
        "documentUrl": job.document.url,
    }
    if stored.get("key"):
        message["resultUrl"] = f"s3://{stored['bucket']}/{stored['key']}"
    if outcome.analysis is not None:
        # The analysis as stored (bounded to MAX_ANALYSIS_BYTES, well under SNS's 256 KiB),
        # so a subscriber has the type, parties and figures without reading result.json.
        message["analysis"] = outcome.analysis
    if outcome.error is not None:
        message["error"] = outcome.error
    return Notification(f"docpipe job {job.job_id} {outcome.status}", message, attributes)


async def notify(ctx: Context, job: Job, outcome: Outcome, stored: Checkpoint) -> Checkpoint:
    """Tell the requester (SNS), then record the terminal state in the job table."""

    def work(deps: PipelineDeps) -> Checkpoint:
        recorded = deps.jobs.get(job.job_id)
        if (
            recorded is not None
            and recorded.status == outcome.status
            and recorded.notification_id is not None
        ):
            # An earlier execution published and recorded this outcome, then died before its
            # checkpoint: publishing again would tell the requester twice.
            return {"messageId": recorded.notification_id}
        note = notification(job, outcome, stored)
        message_id = deps.notifier.publish(
            job_id=job.job_id,
            subject=note.subject,
            message=note.message,
            attributes=note.attributes,
        )
        write_table(
            deps,
            job,
            "finish",
            lambda: deps.jobs.finish(
                job_id=job.job_id,
                document_url=job.document.url,
                requester_id=job.requester_id,
                status=outcome.status,
                now=deps.clock(),
                result=stored.get("result") if outcome.status == "done" else None,
                error=outcome.error,
                notification_id=message_id,
            ),
        )
        return {"messageId": message_id}

    notified = await execute_step(ctx, job, "notify", work)
    if failure_of(notified) is None:
        _emit_terminal(ctx.get_dependency(PipelineDeps), job, outcome.status, outcome.error)
    return notified


def _emit_terminal(deps: PipelineDeps, job: Job, status: str, error: dict[str, Any] | None) -> None:
    """``job.done`` / ``job.failed``, once the terminal state is recorded."""
    event: dict[str, Any] = {
        "event": events.JOB_DONE if status == "done" else events.JOB_FAILED,
        "jobId": job.job_id,
        "ts": deps.clock(),
    }
    if error is not None:
        event["error"] = error
    deps.emit(event)


async def record_failure(ctx: Context, job: Job, error: dict[str, Any]) -> Checkpoint:
    """Last resort when notify itself ran out of retries: the row must not stay ``processing``.

    Not one of the five pipeline steps (no ``step.start`` line): it only records the terminal
    state notify could not, so the status API shows ``failed`` with the reason.
    """
    deps = ctx.get_dependency(PipelineDeps)
    await asyncio.to_thread(
        write_table,
        deps,
        job,
        "finish",
        lambda: deps.jobs.finish(
            job_id=job.job_id,
            document_url=job.document.url,
            requester_id=job.requester_id,
            status="failed",
            now=deps.clock(),
            error=error,
        ),
    )
    _emit_terminal(deps, job, "failed", error)
    return {}


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
    "notification",
    "notify",
    "record_failure",
    "store",
    "store_text",
]
