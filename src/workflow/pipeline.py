"""``process_document``: the durable workflow that takes one job through the five steps.

download → extract → analyze → store → notify, each a checkpointed ``ctx.run``. A long
scanned PDF's extract continues in page ranges spread over the worker group
(:mod:`workflow.chunks`); between analyze and store a job may wait for a person on a durable
promise (:mod:`workflow.review`). The body is
deterministic (no clock, randomness or environment: those live in the step bodies), so a
worker that picks the job up after a crash replays it, gets every finished step's checkpoint
back without running it, and continues from the first unfinished one.

A step that fails permanently (a :class:`~docpipe.errors.DocumentError`, checkpointed by the
step) or runs out of transient retries ends the happy path: store and notify then run in
failure mode, so the job still gets a ``result.json``, a notification and a ``failed`` row.
If notify itself runs out of retries, a last bookkeeping step records ``failed`` so no job is
left ``processing`` for ever.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import msgspec

from docpipe.failures import RETRIES_EXHAUSTED
from docpipe.jobs import WORKFLOW_NAME, Job, StepName
from docpipe.records import (
    Downloaded,
    Extracted,
    Failure,
    JobResult,
    Notified,
    PagePlan,
    Stored,
    extract_result,
)
from workflow import durable_steps
from workflow.chunks import EXTRACT_PAGES, extract_in_chunks, extract_pages, join_chunks
from workflow.errors import StepFailed
from workflow.review import Analyzed, await_review
from workflow.step_runtime import Checkpoint, Runtime, failure_of, step_retry_policy
from workflow.steps import Outcome, final_result

if TYPE_CHECKING:
    from resonate.context import Context
    from resonate.resonate import Resonate


__all__ = ["process_document", "register", "step_retry_policy"]


async def _checked[R](
    step: StepName, pending: Awaitable[Checkpoint], read: Callable[[Checkpoint], R]
) -> R:
    """Await one step's checkpoint and read it as its record; a failure of either kind
    becomes :class:`StepFailed`."""
    try:
        checkpoint = await pending
    except Exception as exc:  # the step's last transient error, rebuilt from its promise
        error = Failure(
            code=RETRIES_EXHAUSTED,
            message=f"{step} kept failing and ran out of retries: {exc}",
        )
        raise StepFailed(step, error) from exc
    failure = failure_of(checkpoint)
    if failure is not None:
        raise StepFailed(step, failure)
    return read(checkpoint)


async def process_document(ctx: Context, job: dict[str, Any]) -> dict[str, Any]:
    """Run one job (``Job.to_dict()``) through the pipeline; return its result
    (:class:`~docpipe.records.JobResult`, with the notification's id)."""
    runtime = ctx.get_dependency(Runtime)
    step = ctx.options(retry_policy=runtime.step_policy)
    the_job = Job.from_dict(job)

    try:
        downloaded = await _checked(
            "download", step.run(durable_steps.download, the_job), Downloaded.from_dict
        )
        read = await _checked(
            "extract", step.run(durable_steps.extract, the_job, downloaded), extract_result
        )
        if isinstance(read, PagePlan):  # a long scan: OCR'd in page ranges across the workers
            chunks = await extract_in_chunks(ctx, the_job, downloaded, read)
            read = await _checked(
                "extract",
                step.run(join_chunks, the_job, downloaded, read, chunks),
                Extracted.from_dict,
            )
        extracted = read
        analyzed = await _checked(
            "analyze",
            step.run(durable_steps.analyze, the_job, downloaded, extracted),
            Analyzed.from_checkpoint,
        )
        reviewed = await await_review(step, the_job, analyzed)
        if reviewed.error is None:
            outcome = Outcome(
                "done", downloaded, extracted, reviewed.analysis, review=reviewed.review
            )
        else:
            outcome = Outcome(
                "failed", error=reviewed.error, failed_step="review", review=reviewed.review
            )
    except StepFailed as failed:
        outcome = Outcome("failed", error=failed.error, failed_step=failed.step)

    try:
        stored = await _checked(
            "store", step.run(durable_steps.store, the_job, outcome), Stored.from_dict
        )
    except StepFailed as failed:
        # Nothing was stored; the requester still hears about it and the row says why.
        stored = Stored()
        if outcome.status == "done":
            outcome = Outcome("failed", error=failed.error, failed_step=failed.step)

    try:
        notified = await _checked(
            "notify",
            step.run(durable_steps.notify, the_job, outcome, stored),
            Notified.from_dict,
        )
    except StepFailed as failed:
        # SNS stayed unreachable: the job cannot be reported done, and its row must not stay
        # ``processing`` forever, so record the failure (the stored result, if any, stays).
        outcome = Outcome("failed", error=failed.error, failed_step=failed.step)
        stored = Stored(bucket=stored.bucket, key=stored.key)
        await step.run(durable_steps.record_failure, the_job, failed.error)
        notified = Notified()

    result: JobResult = final_result(the_job, outcome, stored, runtime.analyzer_of(the_job).name)
    return msgspec.structs.replace(result, message_id=notified.message_id).to_dict()


def register(resonate: Resonate, runtime: Runtime) -> None:
    """Register the workflow (under :data:`~docpipe.jobs.WORKFLOW_NAME`), the page-range
    function long scans fan out to, and the runtime they run on."""
    resonate.register(process_document, name=WORKFLOW_NAME)
    # A page range runs as its own task: its transient failures retry there, as a step's do.
    resonate.register(
        extract_pages,
        name=EXTRACT_PAGES,
        retry_policy=runtime.step_policy,
    )
    resonate.with_dependency(runtime)
