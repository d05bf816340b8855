"""The review gate: after analyze, a job may wait for a person on a durable promise.

The wait is the SDK's ``ctx.promise()``: a promise of the job (a child in its lineage, so the
server ties it to the job and the job's timeout bounds it) that anyone holding its id can
settle. While it is pending the job's task is suspended on the server; no worker holds
anything, so a worker can die and the server can restart. When the promise settles, the
server hands the task to a worker again, which replays the workflow: download, extract and
analyze come back from their checkpoints and the workflow continues with the decision.

The durable operations that make the gate, in this order, so a replay takes the same path:

1. the decision whether the job waits is checkpointed, so a change of
   ``DOCPIPE_REVIEW_CONFIDENCE`` while jobs are in flight cannot fork a replay: with the
   analysis, in analyze's own checkpoint (:func:`gated`; a step fewer to wait for), or, for a
   job whose analyze checkpoint predates that, by :func:`review_gate` (a step of its own);
2. ``ctx.promise`` creates the review promise (its id is derived from the job's: the
   workflow's next child id);
3. :func:`open_review` (a step) publishes the promise id and the analysis in the job row,
   where the status API finds them, and logs ``job.awaiting`` (``awaiting: review``).

None of them is one of the five pipeline steps, so none logs ``step.start``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from docpipe import worker_events
from docpipe.failures import REJECTED_IN_REVIEW, REVIEW_TIMED_OUT
from docpipe.records import Analysis, Failure
from docpipe.review import (
    InvalidReview,
    ReviewDecision,
    apply_corrections,
    changes,
    review_reason,
)
from workflow.step_runtime import Checkpoint, Runtime, row_change, write_row

if TYPE_CHECKING:
    from resonate.context import Context

    from docpipe.jobs import Job


#: The key of analyze's checkpoint that holds the gate's decision beside the analysis.
_GATE = "reviewGate"


@dataclass(frozen=True, slots=True)
class Analyzed:
    """Analyze's checkpoint read back: the analysis and, when it was checkpointed with it,
    the gate's decision (``decided``; ``reason`` ``None``: no review)."""

    analysis: Analysis
    decided: bool = False
    reason: str | None = None

    @classmethod
    def from_checkpoint(cls, checkpoint: Checkpoint) -> Analyzed:
        """Today's ``{"analysis": ..., "reviewGate": {"reason": ...}}``, or the analysis
        alone as analyze checkpointed it before the gate rode along (undecided)."""
        gate = checkpoint.get(_GATE)
        if isinstance(gate, dict) and isinstance(checkpoint.get("analysis"), dict):
            reason = gate.get("reason")
            return cls(Analysis.from_dict(checkpoint["analysis"]), True, reason and str(reason))
        return cls(Analysis.from_dict(checkpoint))


def decide(runtime: Runtime, job: Job, analysis: Analysis) -> str | None:
    """Why ``job`` waits for a person, or ``None`` (the worker's threshold, now)."""
    return review_reason(
        requested=job.review,
        analysis=analysis.to_dict(),
        threshold=runtime.settings.review_confidence,
    )


def gated(runtime: Runtime, job: Job, analysis: Checkpoint) -> Checkpoint:
    """Analyze's checkpoint: ``analysis`` with the gate's decision beside it."""
    return {"analysis": analysis, _GATE: {"reason": decide(runtime, job, Analysis(analysis))}}


async def review_gate(ctx: Context, job: Job, analysis: Analysis) -> Checkpoint:
    """Decide whether ``job`` waits for a person: ``{"reason": <why> or None}`` (for a job
    whose analyze checkpoint holds no decision)."""
    return {"reason": decide(ctx.get_dependency(Runtime), job, analysis)}


async def open_review(
    ctx: Context, job: Job, analysis: Analysis, reason: str, promise_id: str
) -> Checkpoint:
    """Mark the job ``awaiting_review`` with what a reviewer needs, and say so."""
    runtime = ctx.get_dependency(Runtime)
    now = runtime.clock()
    review = {
        "promiseId": promise_id,
        "since": now,
        "reason": reason,
        "confidence": analysis.data.get("confidence"),
        "analysis": analysis.to_dict(),
        "timeoutAt": now + runtime.settings.review_timeout_seconds * 1000,
    }
    change = row_change(job, now, review=review)
    await asyncio.to_thread(write_row, runtime, "open_review", change)
    runtime.emit(
        worker_events.JobAwaiting(
            job_id=job.job_id, awaiting="review", reason=reason, promise_id=promise_id, ts=now
        )
    )
    return {"since": now}


async def settled_review(ctx: Context, job: Job, decision: str, code: str | None) -> Checkpoint:
    """Log, once, that the job's review ended and how (a step, so replays stay quiet)."""
    runtime = ctx.get_dependency(Runtime)
    runtime.emit(
        worker_events.ReviewSettled(
            job_id=job.job_id, decision=decision, code=code, ts=runtime.clock()
        )
    )
    return {}


class ReviewOutcome:
    """What the gate hands back to the workflow: the (corrected) analysis and the review
    record for the result, or the error the job fails with."""

    def __init__(
        self,
        analysis: Analysis,
        review: dict[str, Any] | None = None,
        error: Failure | None = None,
    ) -> None:
        self.analysis = analysis
        self.review = review
        self.error = error


async def await_review(step: Context, job: Job, analyzed: Analyzed) -> ReviewOutcome:
    """Run the gate for ``job``; returns at once when no review is needed."""
    runtime = step.get_dependency(Runtime)
    analysis = analyzed.analysis
    reason = analyzed.reason
    if not analyzed.decided:
        reason = (await step.run(review_gate, job, analysis)).get("reason")
    if reason is None:
        return ReviewOutcome(analysis)
    approval = step.promise(timeout=timedelta(seconds=runtime.settings.review_timeout_seconds))
    promise_id = await approval.id()
    await step.run(open_review, job, analysis, str(reason), promise_id)
    try:
        value = await approval
    except Exception as exc:  # rejected_timedout (or rejected by whoever holds the id)
        waited = runtime.settings.review_timeout_seconds
        error = Failure(
            code=REVIEW_TIMED_OUT, message=f"no review decision within {waited} s ({exc})"
        )
        await step.run(settled_review, job, "none", REVIEW_TIMED_OUT)
        return ReviewOutcome(analysis, error=error)
    try:
        # Checked again against the job's class: anyone holding the promise id could settle it.
        decision = ReviewDecision.from_dict(value).checked(analysis.to_dict(), runtime.classes)
    except InvalidReview as exc:
        error = Failure(code=REJECTED_IN_REVIEW, message=f"invalid review decision: {exc}")
        await step.run(settled_review, job, "invalid", REJECTED_IN_REVIEW)
        return ReviewOutcome(analysis, error=error)
    record = {**decision.to_dict(), "reason": reason}
    if decision.decision == "reject":
        who = f" by {decision.reviewer}" if decision.reviewer else ""
        comment = f": {decision.comment}" if decision.comment else ""
        error = Failure(code=REJECTED_IN_REVIEW, message=f"rejected in review{who}{comment}")
        await step.run(settled_review, job, "reject", REJECTED_IN_REVIEW)
        return ReviewOutcome(analysis, review=record, error=error)
    await step.run(settled_review, job, "approve", None)
    # The review record keeps what each corrected field was and became.
    record["changes"] = changes(analysis.to_dict(), decision.corrections)
    corrected = apply_corrections(analysis.to_dict(), decision.corrections)
    return ReviewOutcome(Analysis(corrected), review=record)
