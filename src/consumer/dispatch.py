"""One durable RPC per job: create the job's promise on the Resonate server, and confirm it.

Why not ``Resonate.rpc``? On a send-only client (no source, as in a Lambda), ``rpc`` creates
the promise and then, in the background, issues a second request (``promise.get``) to
observe it, and keeps a subscription for every still-pending promise in the client's map
until a refresh loop settles it. A workflow runs far longer than the consumer's
invocation, so the consumer would pay one extra request per job and, in a warm Lambda,
grow that map without bound (``Resonate.rpc``, ``_register_and_settle``, ``_observe``,
``_run_refresh`` in ``resonate/resonate.py``).

So the dispatcher sends the very request ``rpc`` sends -- a ``promise.create`` with the
same id, param (:class:`~resonate.types.TaskData` naming the workflow and its one
argument) and ``resonate:*`` tags (``Resonate._build_root_promise_create_req``) -- through
the SDK's public promise client, and nothing else. The record the server returns *is* its
confirmation: a job is reported dispatched only once the server has recorded its promise.
``tests/consumer/test_dispatch.py`` captures both requests on the wire and compares them.

Redelivery: creating a promise that already exists returns the existing record (status
200 in the SDK's reference server), so a redelivered message collapses onto the job it
already started. A server that answers 409 for an existing id is treated the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from resonate.error import ServerError
from resonate.timing import now_ms
from resonate.types import TaskData, Value

from docpipe.jobs import WORKFLOW_NAME, Job

if TYPE_CHECKING:
    from resonate.resonate import Resonate
    from resonate.timing import Clock

#: Status a server may answer a create of an existing promise with.
_CONFLICT = 409
#: The workflow's registered version the RPC targets.
WORKFLOW_VERSION = 1


@dataclass(frozen=True, slots=True)
class Dispatched:
    """The server's confirmation that a job's durable promise exists."""

    job_id: str
    promise_id: str
    #: The promise's state when confirmed (``None`` when the server answered 409).
    state: str | None
    #: True when the promise existed before this request (a redelivery, most likely).
    #: Best effort, for logs: judged by the stored deadline differing from ours.
    existing: bool


class Dispatcher(Protocol):
    """Starts a job's durable execution; returns only once the server has recorded it."""

    async def dispatch(self, job: Job) -> Dispatched: ...


class ResonateDispatcher:
    """A :class:`Dispatcher` that creates the job's root promise for the worker group."""

    def __init__(
        self,
        resonate: Resonate,
        *,
        worker_group: str,
        job_timeout_seconds: int,
        clock: Clock = now_ms,
    ) -> None:
        self._resonate = resonate
        self._target = f"poll://any@{worker_group}"
        self._job_timeout_ms = job_timeout_seconds * 1000
        self._clock = clock

    @property
    def target(self) -> str:
        """The address the server delivers the job's task to."""
        return self._target

    async def dispatch(self, job: Job) -> Dispatched:
        """Create ``job``'s promise (one ``promise.create`` request) and return the confirmation."""
        promise_id = job.promise_id
        timeout_at = self._clock() + self._job_timeout_ms
        try:
            record = await self._resonate.promises.create(
                **rpc_promise(job, target=self._target, timeout_at=timeout_at)
            )
        except ServerError as exc:
            if exc.code != _CONFLICT:
                raise
            return Dispatched(job.job_id, promise_id, state=None, existing=True)
        return Dispatched(
            job.job_id,
            promise_id,
            state=record.state,
            existing=record.timeout_at != timeout_at,
        )


def rpc_promise(job: Job, *, target: str, timeout_at: int) -> dict[str, Any]:
    """The arguments of ``resonate.promises.create`` that make ``job``'s durable RPC: the
    same id, param and tags ``Resonate.rpc`` would send for ``process_document(job)``."""
    return {
        "id": job.promise_id,
        "timeout_at": timeout_at,
        "param": Value(
            data=TaskData(
                func=WORKFLOW_NAME, args=(job.to_dict(),), kwargs={}, version=WORKFLOW_VERSION
            )
        ),
        "tags": root_tags(job.promise_id, target),
    }


def root_tags(promise_id: str, target: str) -> dict[str, str]:
    """The tags the SDK puts on a top-level promise: its own lineage root, global scope.

    A root is its own origin, branch and parent; ``resonate:target`` tells the server which
    group's workers receive the task it creates for the promise.
    """
    return {
        "resonate:origin": promise_id,
        "resonate:branch": promise_id,
        "resonate:parent": promise_id,
        "resonate:scope": "global",
        "resonate:target": target,
    }
