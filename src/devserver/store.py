"""The records the state machine keeps, and the storage port it keeps them through.

The core reads a row, changes it in memory, and hands it back with ``save_*``; a store
decides how that becomes durable. :class:`~devserver.sqlite_store.SqliteStore` is the one
implementation: every method runs inside the transaction the adapter opened for the request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

#: Task-timer kinds: re-offer a pending task, or reclaim a lapsed lease.
RETRY_TIMER = 0
LEASE_TIMER = 1


@dataclass(slots=True)
class PromiseRow:
    """A durable promise. ``timer_at`` is set while its timeout is watched by the timer loop."""

    id: str
    state: str
    param: Any
    value: Any
    tags: dict[str, str]
    timeout_at: int
    created_at: int
    settled_at: int | None = None
    timer_at: int | None = None

    def record(self) -> dict[str, Any]:
        """The wire shape (``PromiseRecord``)."""
        out: dict[str, Any] = {
            "id": self.id,
            "state": self.state,
            "param": self.param if isinstance(self.param, dict) else {},
            "value": self.value if isinstance(self.value, dict) else {},
            "tags": self.tags,
            "timeoutAt": self.timeout_at,
            "createdAt": self.created_at,
        }
        if self.settled_at is not None:
            out["settledAt"] = self.settled_at
        return out


@dataclass(slots=True)
class TaskRow:
    """The task of a promise that has a target: who holds it, under which version."""

    id: str
    state: str
    version: int = 0
    pid: str | None = None
    ttl: int | None = None
    #: Promises that settled while this task was not suspended (a suspend then redirects).
    resumes: set[str] = field(default_factory=set)
    timer_kind: int | None = None
    timer_at: int | None = None

    def record(self) -> dict[str, Any]:
        """The wire shape (``TaskRecord``): ``resumes`` counts the promises it was woken by."""
        out: dict[str, Any] = {
            "id": self.id,
            "state": self.state,
            "version": self.version,
            "resumes": len(self.resumes),
        }
        if self.ttl is not None:
            out["ttl"] = self.ttl
        if self.pid is not None:
            out["pid"] = self.pid
        return out


@dataclass(slots=True)
class ScheduleRow:
    """A cron schedule; each firing creates a promise named from ``promise_id``."""

    id: str
    cron: str
    promise_id: str
    promise_timeout: int
    promise_param: Any
    promise_tags: Any
    created_at: int
    next_run_at: int | None
    last_run_at: int | None = None

    def record(self) -> dict[str, Any]:
        """The wire shape (``ScheduleRecord``); ``lastRunAt`` only once it has run."""
        out: dict[str, Any] = {
            "id": self.id,
            "cron": self.cron,
            "promiseId": self.promise_id,
            "promiseTimeout": self.promise_timeout,
            "promiseParam": self.promise_param if isinstance(self.promise_param, dict) else {},
            "promiseTags": self.promise_tags,
            "createdAt": self.created_at,
            "nextRunAt": self.next_run_at if self.next_run_at is not None else 0,
        }
        if self.last_run_at is not None:
            out["lastRunAt"] = self.last_run_at
        return out


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message the core wants delivered: ``execute`` or ``unblock``."""

    address: str
    message: dict[str, Any]

    @property
    def task_id(self) -> str | None:
        """The task an ``execute`` message offers (a newer offer supersedes an older one)."""
        if self.message.get("kind") != "execute":
            return None
        task_id: str = self.message["data"]["task"]["id"]
        return task_id


class Store(Protocol):
    """What the state machine needs from storage; each call is part of the open transaction."""

    def promise(self, id: str) -> PromiseRow | None: ...
    def save_promise(self, p: PromiseRow) -> None: ...
    def branch_promises(self, branch: str, exclude: str) -> list[PromiseRow]: ...
    def search_promises(
        self, state: str | None, tags: dict[str, str], limit: int, after: str | None
    ) -> list[PromiseRow]: ...
    def search_tasks(self, state: str | None, limit: int, after: str | None) -> list[TaskRow]: ...
    def search_schedules(
        self, tags: dict[str, str], limit: int, after: str | None
    ) -> list[ScheduleRow]: ...

    def task(self, id: str) -> TaskRow | None: ...
    def save_task(self, t: TaskRow) -> None: ...

    def add_awaiter(self, promise_id: str, task_id: str) -> None: ...
    def take_awaiters(self, promise_id: str) -> list[str]: ...
    def forget_awaiter(self, task_id: str) -> None: ...
    def add_subscriber(self, promise_id: str, address: str) -> None: ...
    def take_subscribers(self, promise_id: str) -> list[str]: ...

    def schedule(self, id: str) -> ScheduleRow | None: ...
    def save_schedule(self, s: ScheduleRow) -> None: ...
    def delete_schedule(self, id: str) -> bool: ...
    def schedules(self) -> list[ScheduleRow]: ...

    def due_promises(self, now: int) -> list[str]: ...
    def due_tasks(self, now: int) -> list[tuple[str, int]]: ...
    def due_schedules(self, now: int) -> list[str]: ...
    def next_deadline(self) -> int | None: ...
    def pending_targeted_tasks(self) -> Sequence[tuple[str, int, str]]: ...
