"""The five step bodies of the pipeline, and the dependencies they run on.

Each body is an ``async`` function the workflow hands to ``ctx.run``: the SDK checkpoints
what it returns, so a replay of the workflow never runs a finished step again. A body

1. emits one ``step.start`` event (one per *execution*: retries are logged, replays are not),
2. records progress in the job table,
3. does its blocking work (S3, parsing, OCR) in a thread, so the event loop stays free to
   heartbeat the task lease while a long OCR runs,
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

Checkpoints are small JSON. The document's bytes never go into one: download keeps them in
a bounded in-process :class:`ByteCache` that extract normally hits; on a miss (another
worker, a restart) extract re-reads the pinned version and checks its SHA-256.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast

from resonate.retry import Exponential
from resonate.timing import now_ms

from docpipe import events
from docpipe.errors import ConfigError, CorruptDocument, DocumentError
from docpipe.events import write_event
from docpipe.jobs import Job, StepName, results_key
from workflow.errors import CONFIGURATION_ERROR

if TYPE_CHECKING:
    from resonate.context import Context
    from resonate.retry import RetryPolicy

    from docpipe.ports import Analyzer, BlobStore, JobTable, Notifier, StepOutcome
    from docpipe.settings import Settings
    from workflow.documents import Extraction

#: A step's checkpoint: plain JSON, small. (A plain alias, not a ``type`` statement: the SDK
#: coerces each step's return value through its annotation with msgspec.)
Checkpoint = dict[str, Any]
#: The worker's structured event sink: one JSON object per call.
type Emitter = Callable[[dict[str, Any]], None]

#: Largest analysis (as JSON) kept in a checkpoint and in the job row.
MAX_ANALYSIS_BYTES = 64 * 1024
#: Ceiling on a read of our own extracted text back from the results bucket.
_MAX_TEXT_READ_BYTES = 64 * 1024 * 1024
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
    #: Step bodies running in this process, by step promise id (see :func:`_execute`).
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


async def _execute(
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
        await asyncio.to_thread(_attempt_failed, deps, job, step, attempt, exc)
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


def _attempt_failed(
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

    return await _execute(ctx, job, "download", work)


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
                    "warnings": list(read.warnings),
                }
            }
        return store_text(deps, job, downloaded, read)

    return await _execute(ctx, job, "extract", work)


def store_text(
    deps: PipelineDeps, job: Job, downloaded: Checkpoint, extraction: Extraction
) -> Checkpoint:
    """Write the extracted text to the results bucket; the checkpoint that points at it."""
    key = results_key(job.job_id, "text.txt")
    encoded = extraction.text.encode()
    deps.blobs.put(
        deps.settings.results_bucket, key, encoded, content_type="text/plain; charset=utf-8"
    )
    deps.cache.pop(job.job_id, str(downloaded["sha256"]))
    deps.cache.put(job.job_id, "text.txt", encoded)
    return {"bucket": deps.settings.results_bucket, "key": key, **extraction.stats()}


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
            data.decode(), media_type=str(downloaded["mediaType"]), filename=job.document.filename
        )
        deps.cache.pop(job.job_id, "text.txt")
        return bounded_analysis(analysis)

    return await _execute(ctx, job, "analyze", work)


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

    return await _execute(ctx, job, "store", work)


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

    notified = await _execute(ctx, job, "notify", work)
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
    "AttemptCounter",
    "ByteCache",
    "Checkpoint",
    "Notification",
    "Outcome",
    "PipelineDeps",
    "analyze",
    "bounded_analysis",
    "build_result",
    "document_bytes",
    "download",
    "extract",
    "failure_of",
    "guarded",
    "notification",
    "notify",
    "record_failure",
    "step_retry_policy",
    "store",
    "store_text",
    "write_table",
]
