"""The server as a pure state machine: ``apply(now, request) -> (response, messages)``.

No sockets, no clock, no SQL: time comes in as ``now`` (epoch ms), state lives behind the
:class:`~devserver.store.Store` port, and what must be delivered comes back as a list of
:class:`~devserver.store.Outgoing`. That is what makes it testable step by step against the
SDK's own reference model (``resonate.connections.local.ServerState``), which it follows
request kind by request kind, status by status. Where it goes further, it says so:

- schedules fire (the reference stores them and never fires them), and a cron expression
  is validated when the schedule is created;
- ``promise.search`` exists (the SDK's ``promises.search`` sends it);
- :meth:`Core.tick` also fires due schedules.

The request kinds live in three modules -- promises and the transitions every kind shares
in :mod:`~devserver.transitions`, :mod:`~devserver.tasks`, :mod:`~devserver.schedules` --
and this one dispatches to them and fires timers.

A :class:`~devserver.protocol.ProtocolError` raised half-way through a request leaves the
state as the reference leaves it (the timeouts applied before the error stand); the adapter
commits them and answers 400.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from devserver.protocol import ProtocolError, action_data, get, text
from devserver.schedules import ScheduleRequests
from devserver.store import LEASE_TIMER, RETRY_TIMER, Outgoing, Store
from devserver.tasks import TaskRequests
from devserver.transitions import Response


class Core(TaskRequests, ScheduleRequests):
    """Applies requests and the passage of time to the state held by ``store``."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._handlers: dict[str, Callable[[int, Any, Any], Response]] = {
            "promise.get": self._promise_get,
            "promise.create": self._promise_create,
            "promise.settle": self._promise_settle,
            "promise.register_listener": self._register_listener,
            "promise.search": self._promise_search,
            "task.create": self._task_create,
            "task.acquire": self._task_acquire,
            "task.release": self._task_release,
            "task.fulfill": self._task_fulfill,
            "task.fence": self._task_fence,
            "task.suspend": self._task_suspend,
            "task.heartbeat": self._task_heartbeat,
            "schedule.create": self._schedule_create,
            "schedule.get": self._schedule_get,
            "schedule.delete": self._schedule_delete,
            "schedule.search": self._schedule_search,
        }

    # -- entry points ---------------------------------------------------------------------

    def apply(self, now: int, req: Any) -> tuple[Response, list[Outgoing]]:
        """Apply one flat request; raises :class:`ProtocolError` for a malformed one.

        Messages produced before an error are still returned by :meth:`drain`.
        """
        self._out = []
        self.earliest_timer = None
        kind = text(req, "kind")
        handler = self._handlers.get(kind)
        if handler is None:
            raise ProtocolError(400, f"unknown request kind: {kind}")
        for promise_id in _touched_promises(kind, req):
            self._auto_timeout(now, promise_id)
        response = handler(now, get(req, "corrId"), req)
        return response, self.drain()

    def drain(self) -> list[Outgoing]:
        """Take the messages produced so far (also after a :class:`ProtocolError`)."""
        out, self._out = self._out, []
        return out

    def tick(self, now: int) -> list[Outgoing]:
        """Fire every timer due at ``now``: promise timeouts, leases, retries, schedules."""
        self._out = []
        self.earliest_timer = None
        store = self.store
        expired = store.due_promises(now)
        leases: list[tuple[str, int]] = []
        retries: list[str] = []
        for task_id, kind in store.due_tasks(now):
            t = store.task(task_id)
            if t is None:
                continue
            if kind == LEASE_TIMER and t.state == "acquired":
                leases.append((task_id, t.version))
            elif kind == RETRY_TIMER and t.state == "pending":
                retries.append(task_id)
            else:  # a timer that no longer applies; disarm it so it is not due forever
                t.timer_kind = t.timer_at = None
                store.save_task(t)

        self._expire_promises(now, expired)
        for task_id, version in leases:
            t = store.task(task_id)
            if t is not None and t.state == "acquired" and t.version == version:
                self._reoffer(now, t, t.version + 1)
        for task_id in retries:
            t = store.task(task_id)
            if t is not None and t.state == "pending":
                self._reoffer(now, t, t.version)

        for schedule_id in store.due_schedules(now):
            self._fire_schedule(now, schedule_id)
        return self.drain()


def _touched_promises(kind: str, req: Any) -> list[str]:
    """The promises a request reads, which are timed out first if their deadline passed."""
    field = _TOUCHES_FIELD.get(kind)
    if field is not None:
        return [text(req, field)]
    if kind == "task.create":
        return [text(action_data(get(req, "action")), "id")]
    if kind == "task.fence":
        return [text(req, "id"), text(action_data(get(req, "action")), "id")]
    if kind == "task.suspend":
        ids = [text(req, "id")]
        actions = get(req, "actions")
        if isinstance(actions, list):
            ids.extend(text(action_data(a), "awaited") for a in actions)
        return ids
    return []


#: Request kinds that touch one promise named by a top-level field.
_TOUCHES_FIELD = {
    "promise.get": "id",
    "promise.create": "id",
    "promise.settle": "id",
    "promise.register_listener": "awaited",
    "task.acquire": "id",
    "task.release": "id",
    "task.fulfill": "id",
}
