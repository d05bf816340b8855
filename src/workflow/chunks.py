"""Long scanned PDFs: OCR in page ranges, each range a durable child execution.

OCR costs about a second a page, so a 500-page scan read in one ``extract`` step is one
eight-minute step on one worker, redone whole after a crash. When ``extract`` finds a scan
longer than ``pages_per_chunk`` it checks every limit, then returns a *plan* instead of
text, and the workflow (:func:`extract_in_chunks`) reads the pages in ranges:

* each range is ``ctx.rpc(extract_pages, ...)`` to the worker group, so any worker may run
  it and several workers share one document; at most ``chunks_in_flight`` ranges are
  dispatched at once (the window slides in page order);
* each range's result (text and OCR confidence per page) goes to the results bucket as
  ``jobs/<jobId>/pages/<first>-<last>.json``; its checkpoint holds that key and a few
  counts, never page text;
* a crash loses only the ranges in flight: finished ranges are settled promises, and a
  replay of the workflow gets them back without running them;
* :func:`join_chunks` (a ``ctx.run`` step) streams the ranges back in page order into
  ``text.txt``, stopping at the text limit, so no process holds more than that.

The child promises' ids are the SDK's: the job's promise id, ``:``, then the child's place
in the workflow (``docpipe-job-<jobId>:3``). The server requires a child's id to extend its
parent's that way; because the plan is checkpointed and ranges are dispatched in page order,
each id always names the same range.

Every execution of a range body writes one ``chunk.start`` event (like ``step.start``), so a
crash's re-work is countable from the worker's log, then ``chunk.finish`` (duration, characters,
unreadable pages) or, when the attempt failed, ``chunk.retry`` (why, and the delay before the
next attempt, if the policy allows one).

The PDF reader (pypdf, PDFium, OCR) is imported when a range is first read, as
:mod:`workflow.documents.extract` imports each format's: ``docpipe --help`` loads the
worker's modules, and needs none of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from functools import partial
from typing import TYPE_CHECKING, Any

import msgspec

from docpipe import worker_events
from docpipe.failures import RETRIES_EXHAUSTED
from docpipe.jobs import Job, page_range_label, results_key
from docpipe.progress import JobUpdate, PageRun, Pages, StepOutcome
from docpipe.records import Downloaded, Extracted, Failure, PagePlan, PageRange
from workflow.documents import ExtractionLimits
from workflow.documents.pages import PageText, join_pages, mean_confidence
from workflow.errors import StepFailed
from workflow.step_runtime import (
    Checkpoint,
    Runtime,
    failure_of,
    guarded,
    to_checkpoint,
    write_row,
)
from workflow.steps import document_bytes, store_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from resonate.context import Context, ResonateFuture

#: Registered name of :func:`extract_pages`, the function chunks are dispatched to.
EXTRACT_PAGES = "extract_pages"
#: Ceiling on reading one range's results back (8 pages of text is a few KB to a few MB).
_MAX_CHUNK_READ_BYTES = 64 * 1024 * 1024


def page_ranges(pages: int, per_chunk: int) -> list[tuple[int, int]]:
    """``pages`` split into ranges of ``per_chunk`` (1-based, inclusive), in order."""
    if pages < 1 or per_chunk < 1:
        raise ValueError(f"cannot split {pages} pages into ranges of {per_chunk}")
    return [(first, min(first + per_chunk - 1, pages)) for first in range(1, pages + 1, per_chunk)]


def chunk_key(job: Job, first: int, last: int) -> str:
    """Where one range's results live in the results bucket (zero-padded: keys sort in page
    order)."""
    return results_key(job.job_id, f"pages/{first:05d}-{last:05d}.json", owner=job.owner)


# --- the child execution: one page range, on any worker of the group --------------------------


async def extract_pages(
    ctx: Context, job: dict[str, Any], downloaded: dict[str, Any], pages: list[int], total: int
) -> Checkpoint:
    """OCR the page range ``pages`` (``[first, last]``) of the job's document (``total``
    pages in all); store the results; return a pointer to them."""
    first, last = pages
    runtime = ctx.get_dependency(Runtime)
    the_job = Job.from_dict(job)
    the_download = Downloaded.from_dict(downloaded)
    # As many ranges at once as the worker has OCR processes (runtime.page_reader), the rest
    # first come first served (runtime.page_slots): more side by side would only
    # interleave page by page in the same processes and finish together, leaving them idle
    # while the workflow dispatches the next ones; queued, the next range starts the moment
    # one ends. The event marks the start of the OCR work itself.
    async with runtime.page_slots:
        attempt = runtime.attempts.next(ctx.info.id)
        started = runtime.clock()
        job_id, pages_read = the_job.job_id, (first, last)
        runtime.emit(
            worker_events.ChunkStart(job_id=job_id, pages=pages_read, attempt=attempt, ts=started)
        )

        def ran(outcome: StepOutcome, ended_at: int) -> PageRun:
            return PageRun(
                pages=(first, last),
                attempt=attempt,
                started_at=started,
                ended_at=ended_at,
                outcome=outcome,
                worker=runtime.worker_name,
            )

        try:
            read = await guarded(
                partial(_read_range, runtime, the_job, the_download, (first, last))
            )
            ended_at = runtime.clock()
            ended = ran("failed" if isinstance(read, Failure) else "ok", ended_at)
            done = read.pages if isinstance(read, PageRange) else None
            await asyncio.to_thread(_record_run, runtime, the_job, total, ended, done)
        except Exception as exc:
            delay = runtime.step_policy.next(attempt)
            failed_at = runtime.clock()
            runtime.emit(
                worker_events.ChunkRetry(
                    job_id=job_id,
                    pages=pages_read,
                    attempt=attempt,
                    error_type=type(exc).__name__,
                    error=str(exc),
                    next_delay_seconds=delay,
                    ts=failed_at,
                )
            )
            ended = ran("failed" if delay is None else "retry", failed_at)
            # The attempt's own error is what the retry needs; a row write failing too has
            # already been logged (job_table.unwritable), and only the timeline misses it.
            with contextlib.suppress(Exception):
                await asyncio.to_thread(_record_run, runtime, the_job, total, ended, None)
            raise
        runtime.emit(
            worker_events.ChunkFinish(
                job_id=job_id,
                pages=pages_read,
                attempt=attempt,
                duration_ms=ended_at - started,
                failed=read.code if isinstance(read, Failure) else None,
                chars=None if isinstance(read, Failure) else read.chars,
                failed_pages=None if isinstance(read, Failure) else len(read.failed_pages),
                ts=runtime.clock(),
            )
        )
        return to_checkpoint(read)


def _read_range(
    runtime: Runtime, job: Job, downloaded: Downloaded, pages: tuple[int, int]
) -> PageRange:
    """The blocking part of :func:`extract_pages` (in a thread)."""
    first, last = pages
    data = document_bytes(job, downloaded, runtime.ports, runtime.cache)
    limits = ExtractionLimits.from_settings(runtime.settings)
    read = runtime.page_reader.read(data, first, last, limits)
    key = chunk_key(job, first, last)
    body = {"jobId": job.job_id, "pages": [first, last], "results": [p.to_dict() for p in read]}
    runtime.ports.blobs.put(
        runtime.settings.results_bucket,
        key,
        json.dumps(body).encode(),
        content_type="application/json",
    )
    return PageRange(
        key=key,
        pages=(first, last),
        chars=sum(len(p.text) for p in read),
        failed_pages=[p.page for p in read if p.error is not None],
        confidence=mean_confidence(read),
    )


def _record_run(
    runtime: Runtime, job: Job, total: int, run: PageRun, done: tuple[int, int] | None
) -> None:
    """One write: the range's execution for the timeline, and its pages read if it read
    them. A failed write is logged and raised (the range's retry writes it again)."""
    change = JobUpdate(
        job_id=job.job_id,
        at=runtime.clock(),
        pages=Pages(total=total, done=done),
        page_run=run,
    )
    write_row(runtime, "record_pages", change)


# --- the workflow side: fan out, then join ------------------------------------------------------


async def extract_in_chunks(
    ctx: Context, job: Job, downloaded: Downloaded, plan: PagePlan
) -> list[PageRange]:
    """Dispatch the plan's page ranges (at most its ``chunksInFlight`` at once, in page order)
    and return their records in page order. Raises :class:`StepFailed` (as ``extract``)
    when a range failed permanently or ran out of retries."""
    ranges = page_ranges(plan.pages, plan.pages_per_chunk)
    in_flight = plan.chunks_in_flight
    job_dict = job.to_dict()
    downloaded_dict = downloaded.to_dict()
    futures: list[ResonateFuture[Any]] = []
    for index, (first, last) in enumerate(ranges):
        if index >= in_flight:
            # The window: the range ``in_flight`` places back must finish before this one
            # is dispatched. On a replay a finished range returns at once.
            await _settled_chunk(futures[index - in_flight], ranges[index - in_flight])
        futures.append(ctx.rpc(EXTRACT_PAGES, job_dict, downloaded_dict, [first, last], plan.pages))
    return [await _settled_chunk(f, r) for f, r in zip(futures, ranges, strict=True)]


async def _settled_chunk(future: ResonateFuture[Any], pages: tuple[int, int]) -> PageRange:
    label = page_range_label(*pages)
    try:
        checkpoint: Checkpoint = await future
    except Exception as exc:  # the range's last transient error, rebuilt from its promise
        error = Failure(
            code=RETRIES_EXHAUSTED,
            message=f"extract of pages {label} kept failing and ran out of retries: {exc}",
        )
        raise StepFailed("extract", error) from exc
    failure = failure_of(checkpoint)
    if failure is not None:
        message = f"pages {label}: {failure.message}"
        raise StepFailed("extract", msgspec.structs.replace(failure, message=message))
    return PageRange.from_dict(checkpoint)


async def join_chunks(
    ctx: Context, job: Job, downloaded: Downloaded, plan: PagePlan, chunks: list[PageRange]
) -> Checkpoint:
    """Join the ranges' results, in page order, into the job's ``text.txt``; the checkpoint
    is the same as a one-step ``extract``'s (plus how many ranges there were)."""
    runtime = ctx.get_dependency(Runtime)

    def work() -> Extracted:
        extraction = join_pages(
            _stored_pages(runtime, chunks),
            total_pages=plan.pages,
            limits=ExtractionLimits.from_settings(runtime.settings),
            warnings=tuple(plan.warnings),
        )
        return store_text(
            job, downloaded, extraction, runtime.ports, runtime.cache, chunks=len(chunks)
        )

    return to_checkpoint(await guarded(work))


def _stored_pages(runtime: Runtime, chunks: list[PageRange]) -> Iterator[PageText]:
    """The pages of every range, read back one range at a time, in page order."""
    for chunk in chunks:
        blob = runtime.ports.blobs.get(
            runtime.settings.results_bucket, chunk.key, max_bytes=_MAX_CHUNK_READ_BYTES
        )
        for raw in json.loads(blob.data)["results"]:
            yield PageText.from_dict(raw)


__all__ = [
    "EXTRACT_PAGES",
    "chunk_key",
    "extract_in_chunks",
    "extract_pages",
    "join_chunks",
    "page_ranges",
]
