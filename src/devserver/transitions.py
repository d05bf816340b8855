"""The state machine's shared part: its state, the promise requests, the transitions.

:class:`Transitions` holds what every request kind works through -- the store, the
messages produced so far, the earliest timer armed -- with the promise requests (which task
fences and schedule firings reuse) and the transitions several kinds share: timing out,
fulfilling a task, waking awaiters and listeners, re-offering. The task and schedule
requests build on it (:mod:`~devserver.tasks`, :mod:`~devserver.schedules`);
:class:`~devserver.core.Core` puts them together behind ``apply`` and ``tick``.
"""

from __future__ import annotations

from typing import Any

from devserver.protocol import (
    I64_MAX,
    PENDING_RETRY_TTL,
    ProtocolError,
    get,
    i64,
    is_int,
    require_str,
    settle_state,
    tags_of,
)
from devserver.store import (
    RETRY_TIMER,
    Outgoing,
    PromiseRow,
    Store,
    TaskRow,
)

type Response = dict[str, Any]

TARGET = "resonate:target"
#: Most promises one ``promise.search`` page returns.
MAX_SEARCH_LIMIT = 1000


class Transitions:
    """State and shared transitions of the state machine (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._out: list[Outgoing] = []
        #: Earliest timer armed by the last apply/tick, so the timer loop can wake earlier.
        self.earliest_timer: int | None = None

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
            p = _timed_out_at_creation(promise_id, param, tags, timeout_at)
            record = p.record()
            self.store.save_promise(p)
            self._settled(promise_id, now)
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
        self._settled(promise_id, now)
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
        self._settled(promise_id, now)

    def _settled(self, promise_id: str, now: int) -> None:
        """After a promise settles: complete its task, wake its awaiters and listeners."""
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


def _timeout_state(tags: dict[str, str]) -> str:
    """A timed-out sleep (``resonate:timer``) resolves; anything else is rejected."""
    return "resolved" if tags.get("resonate:timer") == "true" else "rejected_timedout"


def _timed_out_at_creation(
    promise_id: str, param: Any, tags: dict[str, str], timeout_at: int
) -> PromiseRow:
    """A promise created after its deadline: born settled, as of that deadline."""
    return PromiseRow(
        promise_id, _timeout_state(tags), param, None, tags, timeout_at, timeout_at, timeout_at
    )


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
