"""Task requests: get, create, acquire, release, fulfill, suspend, fence, heartbeat, halt,
continue, search.

A task is the unit of work the server hands a worker under a lease. Its ``version`` is the
fencing token: it starts at 0 when the task is offered, goes up by one with every
``task.acquire`` (a task created already acquired by ``task.create`` starts at 1), and every
later request about the task must name the version its acquire returned. A lapsed lease, a
release, or a wake-up offers the task again at the same version, so the next acquire moves
it on and a worker that lost its lease is fenced out. (The official server's rule; the SDK's
in-process ``ServerState`` bumps the version when it re-offers instead.)
"""

from __future__ import annotations

from typing import Any

from devserver.parse import (
    TARGET,
    TASK_STATES,
    CreatePromise,
    Reader,
    check,
    create_promise,
    non_empty,
    non_negative,
    origin_of,
    positive,
    positive_limit,
    required_id,
    settle_promise,
)
from devserver.protocol import saturating_add
from devserver.store import LEASE_TIMER, RETRY_TIMER, PromiseRow, TaskRow
from devserver.transitions import (
    LIMIT_MESSAGE,
    MAX_SEARCH_LIMIT,
    PENDING_RETRY_TTL,
    Response,
    Transitions,
    callback_problems,
    error,
    inner_envelope,
    ok,
    page,
    target_check,
)

VERSION_MESSAGE = "Version must be a non-negative integer"
TASK_ID_MESSAGE = "Task ID is required"
PID_MESSAGE = "Process ID is required"
TTL_MESSAGE = "TTL must be a positive integer"


def _id_and_version(r: Reader) -> tuple[str, int]:
    task_id, version = r.string("id"), r.integer("version")
    check(non_empty(task_id, TASK_ID_MESSAGE) + non_negative(version, VERSION_MESSAGE))
    return task_id, version


class TaskRequests(Transitions):
    """The ``task.*`` request handlers."""

    def _task_get(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = required_id(Reader(req), "id", TASK_ID_MESSAGE)
        self._try_timeout(now, [task_id])
        t = self.store.task(task_id)
        if t is None:
            return error("task.get", corr_id, 404, "Task not found")
        return ok("task.get", corr_id, task=t.record())

    def _task_create(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        pid, lease = r.string("pid"), r.integer("ttl")
        _, action_data = r.action("action")
        create = create_promise(Reader(action_data))
        check(non_empty(pid, PID_MESSAGE) + positive(lease, TTL_MESSAGE))
        if TARGET not in create.tags:
            check(["Action must have a resonate:target tag"])
        if "resonate:delay" in create.tags:
            check(["Action must not have a resonate:delay tag"])
        target_check(create)
        self._try_timeout(now, [create.id])
        store = self.store
        t = store.task(create.id)
        if t is not None:
            p = store.promise(create.id)
            assert p is not None
            if t.state == "pending":
                self._acquire(now, t, pid, lease)
                preload = self._preload(create.id)
                return ok(
                    "task.create", corr_id, task=t.record(), promise=p.record(), preload=preload
                )
            if t.state == "fulfilled":
                return ok("task.create", corr_id, task=t.record(), promise=p.record(), preload=[])
            return error("task.create", corr_id, 409, "Already exists")
        if store.promise(create.id) is not None:
            message = "The promise does not have a resonate:target tag"
            return error("task.create", corr_id, 422, message)
        if now >= create.timeout_at:
            p = self._create(now, create)  # born settled, its task fulfilled
            t = store.task(create.id)
            assert t is not None
            return ok("task.create", corr_id, task=t.record(), promise=p.record(), preload=[])
        p = self._create_acquired(now, create, pid, lease)
        t = store.task(create.id)
        assert t is not None
        preload = self._preload(create.id)
        return ok("task.create", corr_id, task=t.record(), promise=p.record(), preload=preload)

    def _create_acquired(self, now: int, create: CreatePromise, pid: str, lease: int) -> PromiseRow:
        """A new promise whose task is acquired by its creator at once (no ``execute``)."""
        p = PromiseRow(create.id, "pending", create.param, {}, create.tags, create.timeout_at, now)
        self._arm_promise(p, create.timeout_at)
        self.store.save_promise(p)
        t = TaskRow(create.id, "acquired", 1, pid, lease)
        self._arm_task(t, LEASE_TIMER, saturating_add(now, lease))
        self.store.save_task(t)
        return p

    def _task_acquire(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        task_id, version = r.string("id"), r.integer("version")
        pid, lease = r.string("pid"), r.integer("ttl")
        check(
            non_empty(task_id, TASK_ID_MESSAGE)
            + non_negative(version, VERSION_MESSAGE)
            + non_empty(pid, PID_MESSAGE)
            + positive(lease, TTL_MESSAGE)
        )
        self._try_timeout(now, [task_id])
        t = self.store.task(task_id)
        p = self.store.promise(task_id)
        if t is None or p is None:
            return error("task.acquire", corr_id, 404, "Task not found")
        if t.state != "pending":
            return error("task.acquire", corr_id, 409, "Task is not pending")
        if t.version != version:
            return error("task.acquire", corr_id, 409, "Version mismatch")
        self._acquire(now, t, pid, lease)
        record = t.record()
        return ok(
            "task.acquire", corr_id, task=record, promise=p.record(), preload=self._preload(task_id)
        )

    def _task_release(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id, version = _id_and_version(Reader(req))
        self._try_timeout(now, [task_id])
        t = self.store.task(task_id)
        if t is None:
            return error("task.release", corr_id, 404, "Task not found")
        if t.state != "acquired" or t.version != version:
            return error("task.release", corr_id, 409, "Task version mismatch or invalid state")
        self._reoffer(now, t)
        return ok("task.release", corr_id)

    def _task_fulfill(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        task_id, version = r.string("id"), r.integer("version")
        _, action_data = r.action("action")
        settle = settle_promise(Reader(action_data))
        check(non_empty(task_id, TASK_ID_MESSAGE) + non_negative(version, VERSION_MESSAGE))
        if settle.id != task_id:
            check(["Action ID must match the task ID"])
        self._try_timeout(now, [settle.id])
        store = self.store
        t = store.task(task_id)
        if t is None:
            return error("task.fulfill", corr_id, 404, "Task not found")
        if t.state != "acquired" or t.version != version:
            message = "Task version mismatch or invalid state"
            return error("task.fulfill", corr_id, 409, message)
        p = store.promise(settle.id)
        if p is None:  # pragma: no cover - a task always has its promise
            return error("task.fulfill", corr_id, 404, "Promise not found")
        if p.state == "pending":
            self._settle(now, p, settle.state, settle.value)
        else:
            self._fulfill_task_of(task_id)
        return ok("task.fulfill", corr_id, promise=p.record())

    def _task_suspend(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        task_id, version = r.string("id"), r.integer("version")
        actions = r.array("actions")
        awaited_ids: list[str] = []
        problems: list[str] = []
        for index in range(len(actions)):
            _, data = Reader({"a": actions[index]}).action("a")
            sub = Reader(data)
            awaited, awaiter = sub.string("awaited"), sub.string("awaiter")
            problems += non_empty(awaited, "Awaited promise ID is required")
            problems += non_empty(awaiter, "Awaiter promise ID is required")
            problems += callback_problems(awaited, awaiter)
            awaited_ids.append(awaited)
            if awaiter != task_id:
                problems.append("All action awaiter IDs must match the task ID")
            elif awaited == task_id:
                problems.append("Action awaited promise must not equal the task ID")
            elif origin_of(awaited) != origin_of(task_id):
                problems.append("Awaited promise must belong to the same origin as the task")
        check(
            non_empty(task_id, TASK_ID_MESSAGE)
            + non_negative(version, VERSION_MESSAGE)
            + ([] if actions else ["Actions array cannot be empty"])
        )
        check(problems[:1])
        self._try_timeout(now, [task_id, *awaited_ids])
        store = self.store
        t = store.task(task_id)
        if t is None:
            return error("task.suspend", corr_id, 404, "Task not found")
        if t.state != "acquired" or t.version != version:
            message = "Task is not acquired or version mismatch"
            return error("task.suspend", corr_id, 409, message)
        unique = list(dict.fromkeys(awaited_ids))
        promises = [store.promise(a) for a in unique]
        if any(p is None for p in promises):
            return error("task.suspend", corr_id, 422, "Awaited promise not found")
        if any(p is not None and p.state != "pending" for p in promises):
            t.resumes.clear()
            store.save_task(t)
            return ok("task.suspend", corr_id, 300, preload=self._preload(task_id))
        for awaited in unique:
            store.add_awaiter(awaited, task_id)
        t.state, t.pid, t.ttl = "suspended", None, None
        t.resumes.clear()
        t.timer_kind = t.timer_at = None
        store.save_task(t)
        return ok("task.suspend", corr_id)

    def _task_fence(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        task_id, version = r.string("id"), r.integer("version")
        action_kind, action_data = r.action("action", head_required=False)
        check(non_empty(task_id, TASK_ID_MESSAGE) + non_negative(version, VERSION_MESSAGE))
        action_id = action_data.get("id") if isinstance(action_data, dict) else None
        if action_id == task_id:
            check(["Action ID must not equal the task ID"])
        self._try_timeout(now, [task_id, action_id if isinstance(action_id, str) else ""])
        t = self.store.task(task_id)
        if t is None:
            return error("task.fence", corr_id, 404, "Task not found")
        if t.state != "acquired" or t.version != version:
            return error("task.fence", corr_id, 409, "Version mismatch")
        if action_kind == "promise.create":
            create = create_promise(Reader(action_data, "Invalid action data: "))
            target_check(create)
            self._try_timeout(now, [create.id])
            inner = inner_envelope(
                action_kind, corr_id, 200, {"promise": self._create(now, create).record()}
            )
        elif action_kind == "promise.settle":
            settle = settle_promise(Reader(action_data, "Invalid action data: "))
            p = self.store.promise(settle.id)
            if p is not None and p.state == "pending":
                self._settle(now, p, settle.state, settle.value)
            if p is None:
                inner = inner_envelope(action_kind, corr_id, 404, "Promise not found")
            else:
                inner = inner_envelope(action_kind, corr_id, 200, {"promise": p.record()})
        else:
            return error("task.fence", corr_id, 400, "Invalid fence action kind")
        return ok("task.fence", corr_id, action=inner, preload=self._preload(task_id))

    def _task_heartbeat(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        pid = r.string("pid")
        refs = []
        for ref in r.array("tasks"):
            sub = Reader(ref)
            refs.append((sub.string("id"), sub.integer("version")))
        check(non_empty(pid, PID_MESSAGE) + ([] if refs else ["Tasks array must not be empty"]))
        # One heartbeat may name tasks of several origins: both SDKs send all of a process's
        # tasks in one (the snapshot read refuses that; docs/conformance.md, C10).
        for task_id, version in refs:
            t = self.store.task(task_id)
            if (
                t is not None
                and t.state == "acquired"
                and t.version == version
                and t.pid == pid
                and t.ttl is not None
            ):
                self._arm_task(t, LEASE_TIMER, saturating_add(now, t.ttl))
                self.store.save_task(t)
        return ok("task.heartbeat", corr_id)

    def _task_halt(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = required_id(Reader(req), "id", TASK_ID_MESSAGE)
        self._try_timeout(now, [task_id])
        t = self.store.task(task_id)
        if t is None:
            return error("task.halt", corr_id, 404, "Task not found")
        if t.state == "fulfilled":
            return error("task.halt", corr_id, 409, "Task is fulfilled")
        if t.state != "halted":
            t.state, t.pid, t.ttl = "halted", None, None
            t.timer_kind = t.timer_at = None
            self.store.save_task(t)
        return ok("task.halt", corr_id)

    def _task_continue(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = required_id(Reader(req), "id", TASK_ID_MESSAGE)
        self._try_timeout(now, [task_id])
        t = self.store.task(task_id)
        if t is None:
            return error("task.continue", corr_id, 404, "Task not found")
        if t.state != "halted":
            return error("task.continue", corr_id, 409, "Task is not halted")
        t.state = "pending"
        self._arm_task(t, RETRY_TIMER, now + PENDING_RETRY_TTL)
        self.store.save_task(t)
        self._offer(t)
        return ok("task.continue", corr_id)

    def _task_search(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        state = r.choice("state", TASK_STATES, required=False)
        limit = positive_limit(r)
        cursor = r.opt_string("cursor")
        if limit is not None and limit > MAX_SEARCH_LIMIT:
            return error("task.search", corr_id, 400, LIMIT_MESSAGE)
        rows = self.store.search_tasks(state, (limit or 100) + 1, cursor)
        return page("task.search", corr_id, "tasks", [t.record() for t in rows], limit or 100)

    # -- shared -----------------------------------------------------------------------------

    def _acquire(self, now: int, t: TaskRow, pid: str, lease: int) -> None:
        """Lease a pending task to ``pid`` for ``lease`` ms: the next version is theirs."""
        t.state, t.version, t.pid, t.ttl = "acquired", t.version + 1, pid, lease
        t.resumes.clear()
        self._arm_task(t, LEASE_TIMER, saturating_add(now, lease))
        self.store.save_task(t)

    def _reoffer(self, now: int, t: TaskRow) -> None:
        """Put an acquired task back to pending, at its version, and offer it again."""
        t.state, t.pid, t.ttl = "pending", None, None
        self._arm_task(t, RETRY_TIMER, now + PENDING_RETRY_TTL)
        self.store.save_task(t)
        self._offer(t)
