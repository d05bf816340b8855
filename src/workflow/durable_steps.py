"""The five steps as the workflow runs them: each body under the one durable wrapper.

Each function here is what ``ctx.run`` checkpoints: it hands its plain body
(:mod:`workflow.steps`) to :func:`~workflow.step_runtime.execute_step` together with what
the step's record changes on the job's row: a long scan's page count (extract, at once),
the result (store, carried by the next write), the terminal state (notify, whose one write
also carries its start and end). The workflow reads the checkpoints back as records.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from docpipe import worker_events
from docpipe.progress import Pages, Terminal
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
from workflow.review import gated
from workflow.step_runtime import (
    Checkpoint,
    RowFields,
    Runtime,
    execute_step,
    failure_of,
    row_change,
    write_row,
)

if TYPE_CHECKING:
    from resonate.context import Context

    from docpipe.jobs import Job


async def download(ctx: Context, job: Job) -> Checkpoint:
    return await execute_step(
        ctx, job, "download", lambda rt: steps.download(job, rt.ports, rt.cache)
    )


def _plan_pages(read: Extracted | PagePlan) -> RowFields | None:
    """A long scan's page count goes on the row at once: its progress shows 0 of N."""
    return {"pages": Pages(total=read.pages)} if isinstance(read, PagePlan) else None


async def extract(ctx: Context, job: Job, downloaded: Downloaded) -> Checkpoint:
    return await execute_step(
        ctx,
        job,
        "extract",
        lambda rt: steps.extract(job, downloaded, rt.ports, rt.cache),
        settle=_plan_pages,
    )


async def analyze(
    ctx: Context, job: Job, downloaded: Downloaded, extracted: Extracted
) -> Checkpoint:
    """The analysis, checkpointed with the review gate's decision
    (:func:`workflow.review.gated`): one step, not two, before store."""
    checkpoint = await execute_step(
        ctx,
        job,
        "analyze",
        lambda rt: steps.analyze(job, downloaded, extracted, rt.ports_for(job), rt.cache),
    )
    if failure_of(checkpoint) is not None:
        return checkpoint
    return gated(ctx.get_dependency(Runtime), job, checkpoint)


def _done_result(stored: Stored) -> RowFields | None:
    """A done job's result rides on the next write (the job is done a moment later, and the
    terminal write holds it too)."""
    result = stored.result
    return {"result": result} if result is not None and result.status == "done" else None


async def store(ctx: Context, job: Job, outcome: steps.Outcome) -> Checkpoint:
    """Write ``result.json``; a done job's row gets the result with its next write."""
    return await execute_step(
        ctx,
        job,
        "store",
        lambda rt: steps.store(job, outcome, rt.ports_for(job)),
        carry=_done_result,
    )


#: The process's note (in its byte cache) of the message id notify published for a job's
#: outcome, until the terminal row holding it is written.
_PUBLISHED = "notify.published"


async def notify(ctx: Context, job: Job, outcome: steps.Outcome, stored: Stored) -> Checkpoint:
    """Tell the requester (SNS); the same write that ends the step records the terminal
    state."""
    runtime = ctx.get_dependency(Runtime)
    result = steps.final_result(job, outcome, stored, runtime.analyzer_of(job).name)

    published = f"{_PUBLISHED}.{result.status}"

    def publish_once(rt: Runtime) -> Notified:
        recorded = rt.jobs.announcement(job.job_id)
        if (
            recorded is not None
            and recorded.status == result.status
            and recorded.notification_id is not None
        ):
            # An earlier execution published and recorded this outcome, then died before its
            # checkpoint: publishing again would tell the requester twice.
            return Notified(message_id=recorded.notification_id)
        earlier = rt.cache.get(job.job_id, published)
        if earlier is not None:
            # An earlier attempt in this process published, then its terminal row write
            # failed (the step is being retried for it): only the write is repeated.
            return Notified(message_id=earlier.decode())
        notified = steps.notify(job, result, rt.ports)
        if notified.message_id is not None:
            rt.cache.put(job.job_id, published, notified.message_id.encode())
        return notified

    def terminal(notified: Notified) -> RowFields:
        return {"terminal": _terminal(result, outcome.error, notified.message_id)}

    notified = await execute_step(
        ctx, job, "notify", publish_once, settle=terminal, start_with_end=True
    )
    runtime.cache.pop(job.job_id, published)
    if failure_of(notified) is None:
        emit_terminal(runtime, job, outcome.status, outcome.error)
    return notified


def _terminal(result: JobResult, error: Failure | None, notification_id: str | None) -> Terminal:
    return Terminal(
        status=result.status,
        result=result if result.status == "done" else None,
        error=error,
        notification_id=notification_id,
    )


def emit_terminal(runtime: Runtime, job: Job, status: str, error: Failure | None) -> None:
    """``job.done`` / ``job.failed``, once the terminal state is recorded."""
    now = runtime.clock()
    if status == "done":
        runtime.emit(worker_events.JobDone(job_id=job.job_id, ts=now))
    else:
        runtime.emit(worker_events.JobFailed(job_id=job.job_id, error=error, ts=now))


async def record_failure(ctx: Context, job: Job, error: Failure) -> Checkpoint:
    """Last resort when notify itself ran out of retries: the row must not stay ``processing``.

    Not one of the five pipeline steps (no ``step.start`` line): it only records the terminal
    state notify could not, so the status API shows ``failed`` with the reason.
    """
    runtime = ctx.get_dependency(Runtime)
    change = row_change(job, runtime.clock(), terminal=Terminal(status="failed", error=error))
    await asyncio.to_thread(write_row, runtime, "finish", change)
    emit_terminal(runtime, job, "failed", error)
    return {}


__all__ = [
    "analyze",
    "download",
    "emit_terminal",
    "extract",
    "notify",
    "record_failure",
    "store",
]
