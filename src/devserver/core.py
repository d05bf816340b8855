"""The server as a pure state machine: ``apply(now, request) -> (response, messages)``.

No sockets, no clock, no SQL: time comes in as ``now`` (epoch ms), state lives behind the
:class:`~devserver.store.Store` port, and what must be delivered comes back as a list of
:class:`~devserver.store.Outgoing`. It answers every request kind of the official server
(``resonatehq/resonate`` ``src/server.rs``), status by status, and moves state as its model
(``src/oracle.rs``) does; ``docs/conformance.md`` records each place this server used to
differ and how it was settled.

The request kinds live in three modules -- promises and the transitions every kind shares
in :mod:`~devserver.transitions`, :mod:`~devserver.tasks`, :mod:`~devserver.schedules` --
and this one dispatches to them and fires timers. A request is checked completely before it
changes anything: a malformed one (a :class:`~devserver.protocol.ProtocolError`, answered
400) leaves the state as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from devserver.protocol import ProtocolError, get, text
from devserver.schedules import ScheduleRequests
from devserver.store import LEASE_TIMER, RETRY_TIMER, Outgoing, Store
from devserver.tasks import TaskRequests
from devserver.transitions import PENDING_RETRY_TTL, Response, error

#: Debug kinds of the official server; answered 403 as it does with debug mode off.
DEBUG_KINDS = frozenset({"debug.start", "debug.stop", "debug.reset", "debug.snap", "debug.tick"})


class Core(TaskRequests, ScheduleRequests):
    """Applies requests and the passage of time to the state held by ``store``."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._handlers: dict[str, Callable[[int, Any, Any], Response]] = {
            "promise.get": self._promise_get,
            "promise.create": self._promise_create,
            "promise.settle": self._promise_settle,
            "promise.register_callback": self._register_callback,
            "promise.register_listener": self._register_listener,
            "promise.search": self._promise_search,
            "task.get": self._task_get,
            "task.create": self._task_create,
            "task.acquire": self._task_acquire,
            "task.release": self._task_release,
            "task.fulfill": self._task_fulfill,
            "task.fence": self._task_fence,
            "task.suspend": self._task_suspend,
            "task.heartbeat": self._task_heartbeat,
            "task.halt": self._task_halt,
            "task.continue": self._task_continue,
            "task.search": self._task_search,
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
            if kind in DEBUG_KINDS:
                return error(kind, get(req, "corrId"), 403, "Debug operations are disabled"), []
            raise ProtocolError(400, f"Unknown operation: {kind}")
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
        # A lapsed lease puts the task back to pending at the same version.
        for task_id, version in leases:
            t = store.task(task_id)
            if t is not None and t.state == "acquired" and t.version == version:
                self._reoffer(now, t)
        for task_id in retries:
            t = store.task(task_id)
            if t is not None and t.state == "pending":
                self._arm_task(t, RETRY_TIMER, now + PENDING_RETRY_TTL)
                store.save_task(t)
                self._offer(t)
        for schedule_id in store.due_schedules(now):
            self._fire_schedule(now, schedule_id)
        return self.drain()
