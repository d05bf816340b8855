"""Did a checkpointed step ever run again? The durable guarantee, checked from the outside.

A step body may legitimately run twice: when the worker (or the durable engine) dies after
the body finished but before its result was recorded, nothing was checkpointed, and the step
runs again (at least once). What must never happen is a step starting *after* its durable
promise was settled: that would be a checkpoint ignored. The worker logs every execution as a
``step.start`` event carrying the step's promise id (``stepId``) and the time; the engine
knows when each promise was settled. This module puts the two side by side, asking either
engine (``docpipe server`` over HTTP, resonate-pg on Postgres) through the same send-only
client the deployables use. Used by tests and the chaos bench.

A job's row turns terminal inside its ``notify`` step, a moment before that step's result is
checkpointed, so the audit first waits for each job's durable execution (its root promise) to
be settled: auditing on the row alone would race the last checkpoint.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from resonate.error import ConnectorError, ServerError

from docpipe import events
from docpipe.durable import resonate_client
from docpipe.jobs import promise_id
from docpipe.settings import Settings

if TYPE_CHECKING:
    from resonate.resonate import Resonate

#: The Resonate group the audit's client identifies as (it receives no work).
AUDIT_GROUP = "docpipe-audit"
_NOT_FOUND = 404


@dataclass(frozen=True, slots=True)
class Rerun:
    """A step that started after its checkpoint existed."""

    job_id: str
    step: str
    step_id: str
    started_at: int
    settled_at: int


@dataclass(frozen=True, slots=True)
class Audit:
    """What was checked, and every violation found."""

    #: ``step.start`` events whose step promise is settled (so they could be checked).
    audited: int
    reruns: tuple[Rerun, ...]
    #: Jobs whose durable execution was still unsettled when the audit gave up waiting.
    unsettled: tuple[str, ...] = ()


def checkpointed_reruns(
    worker_logs: list[Path], durable_url: str, *, job_ids: set[str], settle_timeout: float = 60
) -> Audit:
    """Every ``step.start`` in ``worker_logs`` of ``job_ids`` that began after its step
    promise was settled, once those jobs' executions have settled (``durable_url``: the
    engine's URL or DSN, as ``RESONATE_URL`` takes it)."""
    starts = [
        event
        for log in worker_logs
        for event in events.read_events(log)
        if event["event"] == events.STEP_START
        and "stepId" in event
        and event.get("jobId") in job_ids
    ]

    async def audit() -> Audit:
        client = resonate_client(
            Settings(resonate_url=durable_url), group=AUDIT_GROUP, receiving=False
        )
        try:
            unsettled = await _unsettled_executions(client, job_ids, within=settle_timeout)
            settled = {
                step_id: await _settled_at(client, step_id)
                for step_id in {str(event["stepId"]) for event in starts}
            }
        finally:
            await client.stop()
        checked = [event for event in starts if settled[str(event["stepId"])] is not None]
        reruns = tuple(
            Rerun(
                str(event["jobId"]),
                str(event["step"]),
                str(event["stepId"]),
                int(event["ts"]),
                when,
            )
            for event in checked
            if (when := settled[str(event["stepId"])]) is not None and int(event["ts"]) > when
        )
        return Audit(len(checked), reruns, tuple(sorted(unsettled)))

    return asyncio.run(audit())


async def _settled_at(client: Resonate, promise: str) -> int | None:
    """When the engine settled ``promise`` (``None``: pending, or unknown)."""
    try:
        record = await client.promises.get(promise)
    except ServerError as exc:
        if exc.code == _NOT_FOUND:
            return None
        raise
    return record.settled_at


async def _unsettled_executions(client: Resonate, job_ids: set[str], *, within: float) -> set[str]:
    """Wait up to ``within`` seconds for every job's root promise to be settled; return the
    jobs still unsettled then."""
    deadline = asyncio.get_running_loop().time() + within
    pending = set(job_ids)
    while True:
        try:
            pending = {job for job in pending if await _settled_at(client, promise_id(job)) is None}
        except ConnectorError:
            # The engine is restarting (a job's row can turn done while its last checkpoint
            # still waits for the engine): ask again until the deadline.
            if asyncio.get_running_loop().time() >= deadline:
                raise
        else:
            if not pending:
                return pending
        if asyncio.get_running_loop().time() >= deadline:
            return pending
        await asyncio.sleep(0.2)  # polling the engine for a real condition
