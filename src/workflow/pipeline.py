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

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

from docpipe.jobs import WORKFLOW_NAME, Job, StepName
from workflow.chunks import EXTRACT_PAGES, extract_in_chunks, extract_pages, is_chunked, join_chunks
from workflow.errors import RETRIES_EXHAUSTED, StepFailed
from workflow.review import await_review
from workflow.step_runtime import Checkpoint, PipelineDeps, failure_of, step_retry_policy
from workflow.steps import (
    Outcome,
    analyze,
    download,
    extract,
    notify,
    record_failure,
    store,
)

if TYPE_CHECKING:
    from resonate.context import Context
    from resonate.resonate import Resonate


__all__ = ["process_document", "register", "step_retry_policy"]


async def _checked(step: StepName, pending: Awaitable[Checkpoint]) -> Checkpoint:
    """Await one step's checkpoint; a failure of either kind becomes :class:`StepFailed`."""
    try:
        checkpoint = await pending
    except Exception as exc:  # the step's last transient error, rebuilt from its promise
        error = {
            "code": RETRIES_EXHAUSTED,
            "message": f"{step} kept failing and ran out of retries: {exc}",
        }
        raise StepFailed(step, error) from exc
    failure = failure_of(checkpoint)
    if failure is not None:
        raise StepFailed(step, failure)
    return checkpoint


async def process_document(ctx: Context, job: dict[str, Any]) -> dict[str, Any]:
    """Run one job (``Job.to_dict()``) through the pipeline; return its small summary."""
    deps = ctx.get_dependency(PipelineDeps)
    step = ctx.options(retry_policy=deps.step_policy)
    the_job = Job.from_dict(job)

    try:
        downloaded = await _checked("download", step.run(download, the_job))
        extracted = await _checked("extract", step.run(extract, the_job, downloaded))
        if is_chunked(extracted):  # a long scan: OCR'd in page ranges across the workers
            chunks = await extract_in_chunks(ctx, the_job, downloaded, extracted)
            extracted = await _checked(
                "extract", step.run(join_chunks, the_job, downloaded, extracted, chunks)
            )
        analysis = await _checked("analyze", step.run(analyze, the_job, downloaded, extracted))
        reviewed = await await_review(step, the_job, analysis)
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
        stored = await _checked("store", step.run(store, the_job, outcome))
    except StepFailed as failed:
        # Nothing was stored; the requester still hears about it and the row says why.
        stored = {}
        if outcome.status == "done":
            outcome = Outcome("failed", error=failed.error, failed_step=failed.step)

    try:
        notified = await _checked("notify", step.run(notify, the_job, outcome, stored))
    except StepFailed as failed:
        # SNS stayed unreachable: the job cannot be reported done, and its row must not stay
        # ``processing`` forever, so record the failure (the stored result, if any, stays).
        outcome = Outcome("failed", error=failed.error, failed_step=failed.step)
        await step.run(record_failure, the_job, failed.error)
        notified = {"messageId": None}

    summary: dict[str, Any] = {
        "jobId": the_job.job_id,
        "status": outcome.status,
        "messageId": notified["messageId"],
    }
    if stored.get("key"):
        summary["resultUrl"] = f"s3://{stored['bucket']}/{stored['key']}"
    if outcome.error is not None:
        summary["error"] = outcome.error
        summary["failedStep"] = outcome.failed_step
    return summary


def register(resonate: Resonate, deps: PipelineDeps) -> None:
    """Register the workflow (under :data:`~docpipe.jobs.WORKFLOW_NAME`), the page-range
    function long scans fan out to, and their deps."""
    resonate.register(process_document, name=WORKFLOW_NAME)
    # A page range runs as its own task: its transient failures retry there, as a step's do.
    resonate.register(
        extract_pages,
        name=EXTRACT_PAGES,
        retry_policy=deps.step_policy,
    )
    resonate.with_dependency(deps)
