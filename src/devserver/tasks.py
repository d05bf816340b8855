"""Task requests: create, acquire, release, fulfill, fence, suspend, heartbeat.

A task is the unit of work the server hands a worker under a lease; these are the
requests a worker makes about it, as the reference server answers them.
"""

from __future__ import annotations

from typing import Any

from devserver.protocol import (
    DEFAULT_TTL,
    I64_MAX,
    ProtocolError,
    action_data,
    get,
    i64,
    opt_int,
    require_str,
    saturating_add,
    settle_state,
    tags_of,
    text,
    ttl,
)
from devserver.store import LEASE_TIMER, PromiseRow, TaskRow
from devserver.transitions import (
    Response,
    Transitions,
    _conflict,
    _not_found,
    _ok,
    _redirect,
    _status,
    _timed_out_at_creation,
)


class TaskRequests(Transitions):
    """The ``task.*`` request handlers."""

    def _task_create(self, now: int, corr_id: Any, req: Any) -> Response:
        pid = require_str(req, "pid")
        lease = ttl(req, "ttl", DEFAULT_TTL)
        create = action_data(get(req, "action"))
        promise_id = require_str(create, "id")
        store = self.store

        t = store.task(promise_id)
        if t is not None:
            p = store.promise(promise_id)
            record = p.record() if p is not None else None
            if t.state == "pending":
                preload = self._preload(promise_id)
                self._acquire(now, t, pid, lease)
                return _ok(
                    "task.create",
                    corr_id,
                    200,
                    task=t.record(),
                    promise=record,
                    preload=preload,
                )
            if t.state == "fulfilled":
                return _ok(
                    "task.create",
                    corr_id,
                    200,
                    task=t.record(),
                    promise=record,
                    preload=self._preload(promise_id),
                )
            return _conflict("task.create", corr_id, "Already exists")
        if store.promise(promise_id) is not None:
            return _conflict("task.create", corr_id, "Already exists")

        timeout_at = i64(create, "timeoutAt", I64_MAX)
        param = get(create, "param")
        tags = tags_of(create)
        if now >= timeout_at:
            p = _timed_out_at_creation(promise_id, param, tags, timeout_at)
            t = TaskRow(promise_id, "fulfilled")
            store.save_promise(p)
            store.save_task(t)
            return _ok(
                "task.create",
                corr_id,
                200,
                task=t.record(),
                promise=p.record(),
                preload=[],
            )
        p = PromiseRow(promise_id, "pending", param, None, tags, timeout_at, now)
        self._arm_promise(p, timeout_at)
        store.save_promise(p)
        t = TaskRow(promise_id, "acquired", 0, pid, lease)
        self._arm_task(t, LEASE_TIMER, saturating_add(now, lease))
        store.save_task(t)
        return _ok(
            "task.create",
            corr_id,
            201,
            task=t.record(),
            promise=p.record(),
            preload=self._preload(promise_id),
        )

    def _task_acquire(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = require_str(req, "id")
        pid = text(req, "pid")
        lease = max(ttl(req, "ttl", DEFAULT_TTL), 1)
        t = self.store.task(task_id)
        if t is None:
            return _not_found("task.acquire", corr_id, f"task {task_id} not found")
        if t.state != "pending":
            return _conflict(
                "task.acquire",
                corr_id,
                f"task not in pending state (state: {t.state.capitalize()})",
            )
        preload = self._preload(task_id)
        self._acquire(now, t, pid, lease)
        p = self.store.promise(task_id)
        return _ok(
            "task.acquire",
            corr_id,
            200,
            task=t.record(),
            promise=p.record() if p is not None else None,
            preload=preload,
        )

    def _task_release(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = require_str(req, "id")
        t = self.store.task(task_id)
        if t is None or t.state != "acquired":
            return _status("task.release", corr_id, 404 if t is None else 409)
        self._reoffer(now, t, t.version + 1)
        return _status("task.release", corr_id, 200)

    def _task_fulfill(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = require_str(req, "id")
        t = self.store.task(task_id)
        if t is None or t.state != "acquired":
            return _status("task.fulfill", corr_id, 404 if t is None else 409)
        settle = action_data(get(req, "action"))
        settle_id = get(settle, "id")
        promise_id = settle_id if isinstance(settle_id, str) else task_id
        p = self.store.promise(promise_id)
        if p is not None and p.state == "pending":
            p.state = settle_state(get(settle, "state"))
            p.value = get(settle, "value")
            p.settled_at, p.timer_at = now, None
            self.store.save_promise(p)
        record = p.record() if p is not None else None
        self._fulfill_task_of(task_id)
        self._resume_awaiters(promise_id, now)
        self._notify_subscribers(promise_id)
        return _ok("task.fulfill", corr_id, 200, promise=record)

    def _task_fence(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = require_str(req, "id")
        version = i64(req, "version", 0)
        t = self.store.task(task_id)
        if t is None or t.state != "acquired" or t.version != version:
            return _status("task.fence", corr_id, 404 if t is None else 409)
        action = get(req, "action")
        sub_kind = get(action, "kind")
        data = action_data(action)
        flat = dict(data) if isinstance(data, dict) else {}
        if sub_kind == "promise.create":
            inner = self._promise_create(now, corr_id, flat)
        elif sub_kind == "promise.settle":
            inner = self._promise_settle(now, corr_id, flat)
        else:
            raise ProtocolError(400, f"unknown fence action kind: {sub_kind}")
        return _ok(
            "task.fence",
            corr_id,
            200,
            action={"data": {"promise": inner.get("promise")}},
            preload=self._preload(task_id),
        )

    def _task_suspend(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = require_str(req, "id")
        store = self.store
        t = store.task(task_id)
        if t is None or t.state != "acquired":
            return _status("task.suspend", corr_id, 404 if t is None else 409)
        if t.resumes:
            # Something it waits for settled while it ran: run again instead of sleeping.
            t.resumes.clear()
            store.save_task(t)
            return _redirect(corr_id, self._preload(task_id))
        awaited_ids: list[str] = []
        actions = get(req, "actions")
        if isinstance(actions, list):
            for action in actions:
                awaited = get(action_data(action), "awaited")
                if isinstance(awaited, str):
                    awaited_ids.append(awaited)
        any_settled = False
        for awaited in awaited_ids:
            p = store.promise(awaited)
            if p is None:
                continue
            if p.state == "pending":
                store.add_awaiter(awaited, task_id)
            else:
                any_settled = True
        if any_settled:
            return _redirect(corr_id, self._preload(task_id))
        t.state, t.pid, t.ttl = "suspended", None, None
        t.resumes.clear()
        t.timer_kind = t.timer_at = None
        store.save_task(t)
        return _status("task.suspend", corr_id, 200)

    def _task_heartbeat(self, now: int, corr_id: Any, req: Any) -> Response:
        pid = require_str(req, "pid")
        tasks = get(req, "tasks")
        if isinstance(tasks, list):
            for ref in tasks:
                task_id = require_str(ref, "id")
                version = opt_int(get(ref, "version"))
                t = self.store.task(task_id)
                if (
                    t is not None
                    and t.state == "acquired"
                    and t.pid == pid
                    and (version is None or version == t.version)
                ):
                    lease = t.ttl if t.ttl is not None else 30_000
                    self._arm_task(t, LEASE_TIMER, saturating_add(now, lease))
                    self.store.save_task(t)
        return _status("task.heartbeat", corr_id, 200)

    def _acquire(self, now: int, t: TaskRow, pid: str, lease: int) -> None:
        """Lease a pending task to ``pid`` for ``lease`` ms; earlier resumes are moot now."""
        t.state, t.pid, t.ttl = "acquired", pid, lease
        t.resumes.clear()
        self._arm_task(t, LEASE_TIMER, saturating_add(now, lease))
        self.store.save_task(t)
