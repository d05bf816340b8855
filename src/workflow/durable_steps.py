"""The five steps as the workflow runs them: each body under the one durable wrapper.

Each function here is what ``ctx.run`` checkpoints: it hands its plain body
(:mod:`workflow.steps`) to :func:`~workflow.step_runtime.execute_step` together with the
step's own job-table write (``settle``): extract's page count for a long scan, store's
result, notify's terminal state. The workflow reads the checkpoints back as records.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING, Any

from docpipe import events
from docpipe.records import (
    Downloaded,
    Extracted,
    Failure,
    JobResult,
    Notified,
    PagePlan,
    Stored,
)
from workflow import steps
from workflow.step_runtime import Checkpoint, Runtime, execute_step, failure_of, write_table

if TYPE_CHECKING:
    from resonate.context import Context

    from docpipe.jobs import Job


async def download(ctx: Context, job: Job) -> Checkpoint:
    return await execute_step(
        ctx, job, "download", lambda rt: steps.download(job, rt.ports, rt.cache)
    )


def _record_plan(runtime: Runtime, job: Job, read: Extracted | PagePlan) -> None:
    if isinstance(read, PagePlan):
        write_table(
            runtime,
            job,
            "record_pages",
            lambda: runtime.jobs.record_pages(
                job_id=job.job_id, pages=read.pages, done=None, now=runtime.clock()
            ),
        )


async def extract(ctx: Context, job: Job, downloaded: Downloaded) -> Checkpoint:
    return await execute_step(
        ctx,
        job,
        "extract",
        lambda rt: steps.extract(job, downloaded, rt.ports, rt.cache),
        settle=_record_plan,
    )


async def analyze(
    ctx: Context, job: Job, downloaded: Downloaded, extracted: Extracted
) -> Checkpoint:
    return await execute_step(
        ctx,
        job,
        "analyze",
        lambda rt: steps.analyze(job, downloaded, extracted, rt.ports, rt.cache),
    )


def _record_result(runtime: Runtime, job: Job, stored: Stored) -> None:
    result = stored.result
    if result is not None and result.status == "done":
        write_table(
            runtime,
            job,
            "record_result",
            lambda: runtime.jobs.record_result(
                job_id=job.job_id, result=result.to_dict(), now=runtime.clock()
            ),
        )


async def store(ctx: Context, job: Job, outcome: steps.Outcome) -> Checkpoint:
    """Write ``result.json``; on success also attach the result to the job row."""
    return await execute_step(
        ctx, job, "store", lambda rt: steps.store(job, outcome, rt.ports), settle=_record_result
    )


async def notify(ctx: Context, job: Job, outcome: steps.Outcome, stored: Stored) -> Checkpoint:
    """Tell the requester (SNS), then record the terminal state in the job table."""
    runtime = ctx.get_dependency(Runtime)
    result = steps.final_result(job, outcome, stored, runtime.ports.analyzer.name)

    def publish_once(rt: Runtime) -> Notified:
        recorded = rt.jobs.get(job.job_id)
        if (
            recorded is not None
            and recorded.status == result.status
            and recorded.notification_id is not None
        ):
            # An earlier execution published and recorded this outcome, then died before its
            # checkpoint: publishing again would tell the requester twice.
            return Notified(message_id=recorded.notification_id)
        return steps.notify(job, result, rt.ports)

    def record_terminal(rt: Runtime, job: Job, notified: Notified) -> None:
        finish(
            rt,
            job,
            status=result.status,
            result=result,
            error=outcome.error,
            notification_id=notified.message_id,
        )

    notified = await execute_step(ctx, job, "notify", publish_once, settle=record_terminal)
    if failure_of(notified) is None:
        emit_terminal(runtime, job, outcome.status, outcome.error)
    return notified


def finish(
    runtime: Runtime,
    job: Job,
    *,
    status: str,
    result: JobResult | None,
    error: Failure | None,
    notification_id: str | None,
) -> None:
    """The terminal write: the job's state, its result (when done), why it failed."""
    write_table(
        runtime,
        job,
        "finish",
        lambda: runtime.jobs.finish(
            job_id=job.job_id,
            document_url=job.document.url,
            requester_id=job.requester_id,
            tenant=job.owner,
            status="done" if status == "done" else "failed",
            now=runtime.clock(),
            result=result.to_dict() if status == "done" and result is not None else None,
            error=None if error is None else error.to_dict(),
            notification_id=notification_id,
        ),
    )


def emit_terminal(runtime: Runtime, job: Job, status: str, error: Failure | None) -> None:
    """``job.done`` / ``job.failed``, once the terminal state is recorded."""
    event: dict[str, Any] = {
        "event": events.JOB_DONE if status == "done" else events.JOB_FAILED,
        "jobId": job.job_id,
        "ts": runtime.clock(),
    }
    if error is not None:
        event["error"] = error.to_dict()
    runtime.emit(event)


async def record_failure(ctx: Context, job: Job, error: Failure) -> Checkpoint:
    """Last resort when notify itself ran out of retries: the row must not stay ``processing``.

    Not one of the five pipeline steps (no ``step.start`` line): it only records the terminal
    state notify could not, so the status API shows ``failed`` with the reason.
    """
    runtime = ctx.get_dependency(Runtime)
    await asyncio.to_thread(
        partial(
            finish, runtime, job, status="failed", result=None, error=error, notification_id=None
        )
    )
    emit_terminal(runtime, job, "failed", error)
    return {}


__all__ = [
    "analyze",
    "download",
    "emit_terminal",
    "extract",
    "finish",
    "notify",
    "record_failure",
    "store",
]
