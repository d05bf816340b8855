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

A :class:`~devserver.protocol.ProtocolError` raised half-way through a request leaves the
state as the reference leaves it (the timeouts applied before the error stand); the adapter
commits them and answers 400.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from devserver.cron import Cron, CronError
from devserver.protocol import (
    DEFAULT_TTL,
    I64_MAX,
    PENDING_RETRY_TTL,
    ProtocolError,
    action_data,
    get,
    i64,
    is_int,
    opt_int,
    require_str,
    saturating_add,
    settle_state,
    tags_of,
    text,
    ttl,
)
from devserver.store import (
    LEASE_TIMER,
    RETRY_TIMER,
    Outgoing,
    PromiseRow,
    ScheduleRow,
    Store,
    TaskRow,
)

type Response = dict[str, Any]

TARGET = "resonate:target"
#: Most promises one ``promise.search`` page returns.
MAX_SEARCH_LIMIT = 1000


class Core:
    """Applies requests and the passage of time to the state held by ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._out: list[Outgoing] = []
        #: Earliest timer armed by the last apply/tick, so the timer loop can wake earlier.
        self.earliest_timer: int | None = None
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

    def _expire_promises(self, now: int, expired: list[str]) -> None:
        """Time out promises whose deadline passed, then complete and wake what they gate."""
        store = self.store
        settled: list[str] = []
        for promise_id in expired:
            p = store.promise(promise_id)
            if p is None:
                continue
            if p.state != "pending":  # settled without disarming: nothing to time out
                p.timer_at = None
                store.save_promise(p)
                continue
            p.state = _timeout_state(p.tags)
            p.value = None
            p.settled_at = p.timeout_at
            p.timer_at = None
            store.save_promise(p)
            settled.append(promise_id)
        for promise_id in settled:
            self._fulfill_task_of(promise_id)
        for promise_id in settled:
            self._resume_awaiters(promise_id, now)
            self._notify_subscribers(promise_id)

    # -- promises -------------------------------------------------------------------------

    def _promise_get(self, now: int, corr_id: Any, req: Any) -> Response:
        promise_id = require_str(req, "id")
        p = self.store.promise(promise_id)
        if p is None:
            return _not_found("promise.get", corr_id, f"promise {promise_id} not found")
        return _ok("promise.get", corr_id, 200, promise=p.record())

    def _promise_create(self, now: int, corr_id: Any, req: Any) -> Response:
        promise_id = require_str(req, "id")
        existing = self.store.promise(promise_id)
        if existing is not None:
            return _ok("promise.create", corr_id, 200, promise=existing.record())
        timeout_at = i64(req, "timeoutAt", I64_MAX)
        param = get(req, "param")
        tags = tags_of(req)
        if now >= timeout_at:
            p = PromiseRow(
                promise_id, _timeout_state(tags), param, None, tags, timeout_at, timeout_at
            )
            p.settled_at = timeout_at
            record = p.record()
            self.store.save_promise(p)
            self._fulfill_task_of(promise_id)
            self._resume_awaiters(promise_id, now)
            self._notify_subscribers(promise_id)
            return _ok("promise.create", corr_id, 200, promise=record)

        p = PromiseRow(promise_id, "pending", param, None, tags, timeout_at, now)
        record = p.record()
        address = tags.get(TARGET)
        if address is None:
            # A promise without a target is never timed out by the timer loop (it times out
            # lazily, when touched): that is the reference's rule, and ``ctx.sleep`` relies
            # on its timer promises carrying a target.
            self.store.save_promise(p)
            return _ok("promise.create", corr_id, 201, promise=record)
        self._arm_promise(p, timeout_at)
        self.store.save_promise(p)
        delay = _parse_int(tags.get("resonate:delay"))
        deferred = delay is not None and now < delay
        t = TaskRow(promise_id, "pending")
        retry_at = delay if deferred and delay is not None else now + PENDING_RETRY_TTL
        self._arm_task(t, RETRY_TIMER, retry_at)
        self.store.save_task(t)
        if not deferred:
            self._send_execute(address, promise_id, 0)
        return _ok("promise.create", corr_id, 201, promise=record)

    def _promise_settle(self, now: int, corr_id: Any, req: Any) -> Response:
        promise_id = require_str(req, "id")
        state = settle_state(get(req, "state"))
        value = get(req, "value")
        p = self.store.promise(promise_id)
        if p is None:
            return _not_found("promise.settle", corr_id, f"promise {promise_id} not found")
        if p.state != "pending":
            return _ok("promise.settle", corr_id, 200, promise=p.record())
        p.state, p.value, p.settled_at, p.timer_at = state, value, now, None
        record = p.record()
        self.store.save_promise(p)
        self._fulfill_task_of(promise_id)
        self._resume_awaiters(promise_id, now)
        self._notify_subscribers(promise_id)
        return _ok("promise.settle", corr_id, 200, promise=record)

    def _register_listener(self, now: int, corr_id: Any, req: Any) -> Response:
        awaited = require_str(req, "awaited")
        address = require_str(req, "address")
        p = self.store.promise(awaited)
        if p is None:
            return _not_found("promise.register_listener", corr_id, f"promise {awaited} not found")
        if p.state == "pending":
            self.store.add_subscriber(awaited, address)
        return _ok("promise.register_listener", corr_id, 200, promise=p.record())

    def _promise_search(self, now: int, corr_id: Any, req: Any) -> Response:
        state = get(req, "state")
        limit = get(req, "limit")
        cursor = get(req, "cursor")
        if state is not None and not isinstance(state, str):
            raise ProtocolError(400, "state must be a string")
        if limit is None:
            limit = 100
        elif not is_int(limit) or not 1 <= limit <= MAX_SEARCH_LIMIT:
            raise ProtocolError(400, f"limit must be an integer in 1..{MAX_SEARCH_LIMIT}")
        after = 0
        if cursor is not None:
            if not isinstance(cursor, str) or not cursor.isdigit():
                raise ProtocolError(400, "cursor must be a cursor this server returned")
            after = int(cursor)
        rows, next_after = self.store.search_promises(state, tags_of(req), limit, after)
        return _ok(
            "promise.search",
            corr_id,
            200,
            promises=[p.record() for p in rows],
            cursor=None if next_after is None else str(next_after),
        )

    # -- tasks ----------------------------------------------------------------------------

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
                t.state, t.pid, t.ttl = "acquired", pid, lease
                t.resumes.clear()
                self._arm_task(t, LEASE_TIMER, saturating_add(now, lease))
                store.save_task(t)
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
            p = PromiseRow(
                promise_id, _timeout_state(tags), param, None, tags, timeout_at, timeout_at
            )
            p.settled_at = timeout_at
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
        t.state, t.pid, t.ttl = "acquired", pid, lease
        t.resumes.clear()
        self._arm_task(t, LEASE_TIMER, saturating_add(now, lease))
        self.store.save_task(t)
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
        if t is None:
            return _status("task.release", corr_id, 404)
        if t.state != "acquired":
            return _status("task.release", corr_id, 409)
        self._reoffer(now, t, t.version + 1)
        return _status("task.release", corr_id, 200)

    def _task_fulfill(self, now: int, corr_id: Any, req: Any) -> Response:
        task_id = require_str(req, "id")
        t = self.store.task(task_id)
        if t is None:
            return _status("task.fulfill", corr_id, 404)
        if t.state != "acquired":
            return _status("task.fulfill", corr_id, 409)
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
        if t is None:
            return _status("task.fence", corr_id, 404)
        if t.state != "acquired" or t.version != version:
            return _status("task.fence", corr_id, 409)
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
        if t is None:
            return _status("task.suspend", corr_id, 404)
        if t.state != "acquired":
            return _status("task.suspend", corr_id, 409)
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

    # -- schedules ------------------------------------------------------------------------

    def _schedule_create(self, now: int, corr_id: Any, req: Any) -> Response:
        schedule_id = require_str(req, "id")
        promise_tags = get(req, "promiseTags")
        if not isinstance(promise_tags, dict) or TARGET not in promise_tags:
            return _error(
                "schedule.create", corr_id, 400, "promiseTags must include a resonate:target tag"
            )
        existing = self.store.schedule(schedule_id)
        if existing is not None:
            return _ok("schedule.create", corr_id, 200, schedule=existing.record())
        expression = require_str(req, "cron")
        promise_id = require_str(req, "promiseId")
        try:
            next_run = Cron.parse(expression).next_after(now)
        except CronError as exc:
            return _error("schedule.create", corr_id, 400, str(exc))
        s = ScheduleRow(
            id=schedule_id,
            cron=expression,
            promise_id=promise_id,
            promise_timeout=i64(req, "promiseTimeout", 0),
            promise_param=get(req, "promiseParam"),
            promise_tags=promise_tags,
            created_at=now,
            next_run_at=next_run,
        )
        self._note_timer(next_run)
        self.store.save_schedule(s)
        return _ok("schedule.create", corr_id, 201, schedule=s.record())

    def _schedule_get(self, now: int, corr_id: Any, req: Any) -> Response:
        schedule_id = require_str(req, "id")
        s = self.store.schedule(schedule_id)
        if s is None:
            return _not_found("schedule.get", corr_id, f"schedule {schedule_id} not found")
        return _ok("schedule.get", corr_id, 200, schedule=s.record())

    def _schedule_delete(self, now: int, corr_id: Any, req: Any) -> Response:
        schedule_id = require_str(req, "id")
        if self.store.delete_schedule(schedule_id):
            return _status("schedule.delete", corr_id, 200)
        return _not_found("schedule.delete", corr_id, f"schedule {schedule_id} not found")

    def _schedule_search(self, now: int, corr_id: Any, req: Any) -> Response:
        records = [s.record() for s in self.store.schedules()]
        return _ok("schedule.search", corr_id, 200, schedules=records, cursor=None)

    def _fire_schedule(self, now: int, schedule_id: str) -> None:
        """Create the promise of one due firing and move the schedule to its next run."""
        s = self.store.schedule(schedule_id)
        if s is None or s.next_run_at is None:
            return
        run_at = s.next_run_at
        promise_id = s.promise_id.replace("{{.id}}", s.id).replace("{{.timestamp}}", str(run_at))
        tags = {k: v for k, v in s.promise_tags.items() if isinstance(v, str)}
        # The fired promise is a root, tagged as the SDK tags the root of an rpc.
        for key in ("resonate:origin", "resonate:branch", "resonate:parent"):
            tags.setdefault(key, promise_id)
        tags.setdefault("resonate:scope", "global")
        tags["resonate:schedule"] = s.id
        self._promise_create(
            now,
            None,
            {
                "id": promise_id,
                "timeoutAt": saturating_add(run_at, s.promise_timeout),
                "param": s.promise_param,
                "tags": tags,
            },
        )
        s.last_run_at = run_at
        # Missed runs (server down) collapse into this one firing, as with cron itself.
        s.next_run_at = Cron.parse(s.cron).next_after(max(now, run_at))
        self._note_timer(s.next_run_at)
        self.store.save_schedule(s)

    # -- shared transitions ---------------------------------------------------------------

    def _auto_timeout(self, now: int, promise_id: str) -> None:
        """Time out a pending promise whose deadline passed before the request touched it."""
        if not promise_id:
            return
        p = self.store.promise(promise_id)
        if p is None or p.state != "pending" or now < p.timeout_at:
            return
        p.state = _timeout_state(p.tags)
        p.settled_at = p.timeout_at
        p.timer_at = None
        self.store.save_promise(p)
        self._fulfill_task_of(promise_id)
        self._resume_awaiters(promise_id, now)
        self._notify_subscribers(promise_id)

    def _fulfill_task_of(self, promise_id: str) -> None:
        """A settled promise completes its own task (creating a fulfilled one if it had none)."""
        store = self.store
        t = store.task(promise_id)
        if t is None:
            p = store.promise(promise_id)
            if p is not None and TARGET in p.tags:
                store.save_task(TaskRow(promise_id, "fulfilled"))
            return
        if t.state == "fulfilled":
            return
        t.state, t.pid, t.ttl = "fulfilled", None, None
        t.resumes.clear()
        t.timer_kind = t.timer_at = None
        store.save_task(t)
        store.forget_awaiter(promise_id)

    def _resume_awaiters(self, promise_id: str, now: int) -> None:
        """Wake the suspended tasks awaiting a settled promise; note it for running ones."""
        store = self.store
        for awaiter_id in store.awaiters(promise_id):
            t = store.task(awaiter_id)
            if t is None:
                continue
            if t.state == "suspended":
                t.state = "pending"
                t.version += 1
                t.resumes = {promise_id}
                self._arm_task(t, RETRY_TIMER, now + PENDING_RETRY_TTL)
                store.save_task(t)
                p = store.promise(awaiter_id)
                address = p.tags.get(TARGET) if p is not None else None
                if address is not None:
                    self._send_execute(address, awaiter_id, t.version)
            elif t.state in ("pending", "acquired", "halted"):
                t.resumes.add(promise_id)
                store.save_task(t)
        store.clear_awaiters(promise_id)

    def _notify_subscribers(self, promise_id: str) -> None:
        subscribers = self.store.take_subscribers(promise_id)
        if not subscribers:
            return
        p = self.store.promise(promise_id)
        if p is None:  # pragma: no cover - subscribers only exist for stored promises
            return
        record = p.record()
        for address in subscribers:
            self._out.append(Outgoing(address, {"kind": "unblock", "data": {"promise": record}}))

    def _reoffer(self, now: int, t: TaskRow, version: int) -> None:
        """Put a task back to pending at ``version`` and offer it to its target again."""
        t.state, t.version, t.pid, t.ttl = "pending", version, None, None
        self._arm_task(t, RETRY_TIMER, now + PENDING_RETRY_TTL)
        self.store.save_task(t)
        p = self.store.promise(t.id)
        address = p.tags.get(TARGET) if p is not None else None
        if address is not None:
            self._send_execute(address, t.id, version)

    def _preload(self, promise_id: str) -> list[dict[str, Any]]:
        """The other promises of the same branch, so the worker replays without fetching."""
        p = self.store.promise(promise_id)
        branch = p.tags.get("resonate:branch") if p is not None else None
        if branch is None:
            return []
        return [other.record() for other in self.store.branch_promises(branch, promise_id)]

    def _send_execute(self, address: str, task_id: str, version: int) -> None:
        """Queue an ``execute``; a newer offer of the same task replaces the queued one."""
        message = {"kind": "execute", "data": {"task": {"id": task_id, "version": version}}}
        for i, queued in enumerate(self._out):
            if queued.task_id == task_id:
                self._out[i] = Outgoing(address, message)
                return
        self._out.append(Outgoing(address, message))

    def _arm_promise(self, p: PromiseRow, at: int) -> None:
        p.timer_at = at
        self._note_timer(at)

    def _arm_task(self, t: TaskRow, kind: int, at: int) -> None:
        t.timer_kind, t.timer_at = kind, at
        self._note_timer(at)

    def _note_timer(self, at: int | None) -> None:
        if at is not None and (self.earliest_timer is None or at < self.earliest_timer):
            self.earliest_timer = at


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


def _timeout_state(tags: dict[str, str]) -> str:
    """A timed-out sleep (``resonate:timer``) resolves; anything else is rejected."""
    return "resolved" if tags.get("resonate:timer") == "true" else "rejected_timedout"


def _parse_int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _ok(kind: str, corr_id: Any, status: int, **fields: Any) -> Response:
    return {"kind": kind, "corrId": corr_id, "status": status, **fields}


def _status(kind: str, corr_id: Any, status: int) -> Response:
    return {"kind": kind, "corrId": corr_id, "status": status}


def _error(kind: str, corr_id: Any, status: int, message: str) -> Response:
    return {"kind": kind, "corrId": corr_id, "status": status, "error": message}


def _not_found(kind: str, corr_id: Any, message: str) -> Response:
    return _error(kind, corr_id, 404, message)


def _conflict(kind: str, corr_id: Any, message: str) -> Response:
    return _error(kind, corr_id, 409, message)


def _redirect(corr_id: Any, preload: list[dict[str, Any]]) -> Response:
    return {
        "kind": "task.suspend",
        "corrId": corr_id,
        "status": 300,
        "redirect": True,
        "preload": preload,
    }
