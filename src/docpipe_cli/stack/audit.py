"""Did a checkpointed step ever run again? The durable guarantee, checked from the outside.

A step body may legitimately run twice: when the worker (or the durable engine) dies after
the body finished but before its result was recorded, nothing was checkpointed, and the step
runs again (at least once). What must never happen is a step starting *after* its durable
promise was settled: that would be a checkpoint ignored. The worker logs every execution as a
``step.start`` event carrying the step's promise id (``stepId``) and the time; the engine
knows when each promise was settled. This module puts the two side by side, on either engine
(``docpipe server`` over HTTP, resonate-pg on Postgres). Used by tests and the chaos bench.

A job's row turns terminal inside its ``notify`` step, a moment before that step's result is
checkpointed, so the audit first waits for each job's durable execution (its root promise) to
be settled: auditing on the row alone would race the last checkpoint.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docpipe import events
from docpipe.jobs import promise_id

#: The protocol version the official server and ``docpipe server`` speak.
PROTOCOL_VERSION = "2026-04-01"


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


def settled_at(durable_url: str, promise_id: str) -> int | None:
    """When the engine at ``durable_url`` settled ``promise_id`` (``None``: pending/unknown)."""
    if durable_url.startswith(("postgres://", "postgresql://")):
        return _settled_at_postgres(durable_url, promise_id)
    envelope = {
        "kind": "promise.get",
        "head": {"corrId": f"audit-{promise_id}", "version": PROTOCOL_VERSION},
        "data": {"id": promise_id},
    }
    request = urllib.request.Request(  # noqa: S310 -- the engine URL the stack was given
        durable_url.rstrip("/") + "/",
        data=json.dumps(envelope).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            body: dict[str, Any] = json.load(response)
    except urllib.error.HTTPError:
        return None
    promise = (body.get("data") or {}).get("promise") or {}
    value = promise.get("settledAt")
    return int(value) if isinstance(value, int) else None


def _settled_at_postgres(dsn: str, promise_id: str) -> int | None:
    import psycopg  # noqa: PLC0415 -- only for a stack on Postgres

    with psycopg.connect(dsn) as conn:
        row = conn.execute(
            "SELECT settled_at FROM resonate.promises WHERE id = %s", (promise_id,)
        ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def unsettled_executions(durable_url: str, job_ids: set[str], *, timeout: float) -> set[str]:
    """Wait up to ``timeout`` seconds for every job's root promise to be settled; return the
    jobs still unsettled then."""
    deadline = time.monotonic() + timeout
    pending = set(job_ids)
    while True:
        pending = {job for job in pending if settled_at(durable_url, promise_id(job)) is None}
        if not pending or time.monotonic() >= deadline:
            return pending
        time.sleep(0.2)  # polling the engine for a real condition


def checkpointed_reruns(
    worker_logs: list[Path], durable_url: str, *, job_ids: set[str], settle_timeout: float = 60
) -> Audit:
    """Every ``step.start`` in ``worker_logs`` of ``job_ids`` that began after its step
    promise was settled, once those jobs' executions have settled."""
    unsettled = unsettled_executions(durable_url, job_ids, timeout=settle_timeout)
    settled: dict[str, int | None] = {}
    reruns: list[Rerun] = []
    audited = 0
    for log in worker_logs:
        for event in events.read_events(log):
            if event["event"] != events.STEP_START or "stepId" not in event:
                continue
            if event.get("jobId") not in job_ids:
                continue
            step_id = str(event["stepId"])
            if step_id not in settled:
                settled[step_id] = settled_at(durable_url, step_id)
            when = settled[step_id]
            if when is None:
                continue
            audited += 1
            if int(event["ts"]) > when:
                reruns.append(
                    Rerun(str(event["jobId"]), str(event["step"]), step_id, int(event["ts"]), when)
                )
    return Audit(audited, tuple(reruns), tuple(sorted(unsettled)))
