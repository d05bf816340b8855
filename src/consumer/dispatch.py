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

Redelivery: the official server answers a ``promise.create`` of an id that exists with 200
and the stored promise, whatever its state (``src/server.rs``, ``op_promise_create``) -- it
has no 409 for promises. So a redelivered message collapses onto the job it already started:
a pending promise is a job still running, a resolved one a job that finished, a rejected or
timed-out one a job that failed; each is reported dispatched, and the job's status already
says (or will say) how it ended. One case is not a redelivery: a promise under this job's id
that runs another function or another document (a ``jobId`` reused for a different file).
Nothing would ever process this message's document, so the dispatch fails with
:class:`JobIdInUse`: the record is retried, then lands in the DLQ, visible. Any error status
(400 for a request the server refuses, 5xx) raises the SDK's ``ServerError``, so the record
fails and is retried.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from resonate.timing import now_ms
from resonate.types import TaskData, Value

from docpipe.errors import InvalidJobError
from docpipe.jobs import WORKFLOW_NAME, Job

if TYPE_CHECKING:
    from resonate.resonate import Resonate
    from resonate.timing import Clock

#: The workflow's registered version the RPC targets.
WORKFLOW_VERSION = 1


class JobIdInUse(InvalidJobError):
    """The job's promise id already names a different job (another document or function)."""


@dataclass(frozen=True, slots=True)
class Dispatched:
    """The server's confirmation that a job's durable promise exists."""

    job_id: str
    promise_id: str
    #: The promise's state when confirmed: ``pending`` while the job runs, else how it ended.
    state: str
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
        review_timeout_seconds: int = 0,
        auto_review: bool = False,
        clock: Clock = now_ms,
    ) -> None:
        self._resonate = resonate
        self._target = f"poll://any@{worker_group}"
        self._job_timeout_ms = job_timeout_seconds * 1000
        # A job that may stop for a person keeps its promise through the review wait too:
        # the review promise is the job's child and can never outlive it.
        self._review_timeout_ms = review_timeout_seconds * 1000
        self._auto_review = auto_review
        self._clock = clock

    @property
    def target(self) -> str:
        """The address the server delivers the job's task to."""
        return self._target

    async def dispatch(self, job: Job) -> Dispatched:
        """Create ``job``'s promise (one ``promise.create`` request) and return the confirmation."""
        promise_id = job.promise_id
        timeout_at = self._clock() + self._job_timeout_ms
        if job.review or self._auto_review:
            timeout_at += self._review_timeout_ms
        record = await self._resonate.promises.create(
            **rpc_promise(job, target=self._target, timeout_at=timeout_at)
        )
        if not _same_job(record.param.data, job):
            raise JobIdInUse(
                f"job id {job.job_id!r} is already taken by another job (promise {promise_id}"
                f" runs something else); send this document with a new jobId"
            )
        return Dispatched(
            job.job_id,
            promise_id,
            state=record.state,
            existing=record.timeout_at != timeout_at,
        )


def _same_job(param: Any, job: Job) -> bool:
    """Whether a stored promise's param is ``process_document`` of ``job``'s document.

    What a redelivery of the same message must find; only the document counts (the same
    document under the same id is the same job, whoever sent it and when).
    """
    if not isinstance(param, dict) or param.get("func") != WORKFLOW_NAME:
        return False
    args = param.get("args")
    if not isinstance(args, list) or len(args) != 1:
        return False
    try:
        stored = Job.from_dict(args[0])
    except (InvalidJobError, KeyError, TypeError, AttributeError):
        return False
    return stored.job_id == job.job_id and stored.document == job.document


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
