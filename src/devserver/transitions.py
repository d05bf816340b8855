"""The state machine's shared part: its state, the promise requests, the transitions.

:class:`Transitions` holds what every request kind works through -- the store, the
messages produced so far, the earliest timer armed -- with the promise requests and the
transitions several kinds share: timing out on touch, settling, fulfilling a promise's task,
waking callbacks (suspended awaiters) and listeners, offering a task. The task and schedule
requests build on it (:mod:`~devserver.tasks`, :mod:`~devserver.schedules`);
:class:`~devserver.core.Core` puts them together behind ``apply`` and ``tick``.

Every rule here is the official server's (``resonatehq/resonate``: ``src/server.rs`` for
statuses and messages, ``src/oracle.rs`` for the transitions); ``docs/conformance.md`` lists
where this server used to differ and how each difference was settled.
"""

from __future__ import annotations

from typing import Any

from devserver.addresses import is_valid_address
from devserver.parse import (
    PROMISE_STATES,
    TARGET,
    CreatePromise,
    Reader,
    check,
    create_promise,
    non_empty,
    origin_of,
    parse_delay,
    positive_limit,
    required_id,
    settle_promise,
)
from devserver.protocol import PROTOCOL_VERSION, ProtocolError
from devserver.store import RETRY_TIMER, Outgoing, PromiseRow, Store, TaskRow

type Response = dict[str, Any]

#: A pending task is offered again this long after it was last offered.
PENDING_RETRY_TTL = 30_000
#: Most records one search page returns.
MAX_SEARCH_LIMIT = 1000
LIMIT_MESSAGE = "Invalid 'limit' — must be between 1 and 1000"


class Transitions:
    """State and shared transitions of the state machine (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._out: list[Outgoing] = []
        #: Earliest timer armed by the last apply/tick, so the timer loop can wake earlier.
        self.earliest_timer: int | None = None

    # -- promises -------------------------------------------------------------------------

    def _promise_get(self, now: int, corr_id: Any, req: Any) -> Response:
        promise_id = required_id(Reader(req), "id", "Promise ID is required")
        self._try_timeout(now, [promise_id])
        p = self.store.promise(promise_id)
        if p is None:
            return error("promise.get", corr_id, 404, "Promise not found")
        return ok("promise.get", corr_id, promise=p.record())

    def _promise_create(self, now: int, corr_id: Any, req: Any) -> Response:
        create = create_promise(Reader(req))
        target_check(create)
        self._try_timeout(now, [create.id])
        return ok("promise.create", corr_id, promise=self._create(now, create).record())

    def _create(self, now: int, create: CreatePromise) -> PromiseRow:
        """The promise ``create`` names: the existing one, or a new one with its task."""
        store = self.store
        existing = store.promise(create.id)
        if existing is not None:
            return existing
        tags = create.tags
        address = tags.get(TARGET)
        if now >= create.timeout_at:  # born settled, as of its deadline
            p = PromiseRow(
                create.id,
                timeout_state(tags),
                create.param,
                {},
                tags,
                create.timeout_at,
                create.timeout_at,
                create.timeout_at,
            )
            store.save_promise(p)
            if address is not None:
                store.save_task(TaskRow(create.id, "fulfilled"))
            return p
        p = PromiseRow(create.id, "pending", create.param, {}, tags, create.timeout_at, now)
        if address is None:
            # Only a promise with a target is timed out by the timer loop; any other times
            # out when a request touches it after its deadline.
            store.save_promise(p)
            return p
        self._arm_promise(p, create.timeout_at)
        store.save_promise(p)
        t = TaskRow(create.id, "pending")
        delay = parse_delay(tags.get("resonate:delay"))
        if delay is not None and now < delay:
            self._arm_task(t, RETRY_TIMER, delay)
            store.save_task(t)
        else:
            self._arm_task(t, RETRY_TIMER, now + PENDING_RETRY_TTL)
            store.save_task(t)
            self._send_execute(address, create.id, 0)
        return p

    def _promise_settle(self, now: int, corr_id: Any, req: Any) -> Response:
        settle = settle_promise(Reader(req))
        self._try_timeout(now, [settle.id])
        p = self.store.promise(settle.id)
        if p is None:
            return error("promise.settle", corr_id, 404, "Promise not found")
        if p.state == "pending":
            self._settle(now, p, settle.state, settle.value)
        return ok("promise.settle", corr_id, promise=p.record())

    def _register_callback(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        awaited, awaiter = r.string("awaited"), r.string("awaiter")
        check(
            non_empty(awaited, "Awaited promise ID is required")
            + non_empty(awaiter, "Awaiter promise ID is required")
        )
        check(callback_problems(awaited, awaiter))
        self._try_timeout(now, [awaited, awaiter])
        store = self.store
        awaited_p = store.promise(awaited)
        if awaited_p is None:
            return error("promise.register_callback", corr_id, 404, "Awaited promise not found")
        awaiter_p = store.promise(awaiter)
        if awaiter_p is None:
            return error("promise.register_callback", corr_id, 422, "Awaiter promise not found")
        if TARGET not in awaiter_p.tags:
            message = "Awaiter promise has no resonate:target tag"
            return error("promise.register_callback", corr_id, 422, message)
        if awaiter_p.state == "pending":
            if awaited_p.state == "pending":
                store.add_awaiter(awaited, awaiter)
            else:
                self._resume_now(now, awaiter, awaited)
        return ok("promise.register_callback", corr_id, promise=awaited_p.record())

    def _resume_now(self, now: int, awaiter: str, awaited: str) -> None:
        """A callback on an already settled promise: wake a suspended awaiter at once."""
        t = self.store.task(awaiter)
        if t is None:
            return
        if t.state == "suspended":
            t.state = "pending"
            self._arm_task(t, RETRY_TIMER, now + PENDING_RETRY_TTL)
            self.store.save_task(t)
            self._offer(t)
        elif t.state in ("pending", "acquired"):
            t.resumes.add(awaited)
            self.store.save_task(t)

    def _register_listener(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        awaited, address = r.string("awaited"), r.string("address")
        check(
            non_empty(awaited, "Awaited promise ID is required")
            + non_empty(address, "Address is required")
        )
        if not is_valid_address(address):
            return error("promise.register_listener", corr_id, 400, "Invalid listener address")
        self._try_timeout(now, [awaited])
        p = self.store.promise(awaited)
        if p is None:
            return error("promise.register_listener", corr_id, 404, "Awaited promise not found")
        if p.state == "pending":
            self.store.add_subscriber(awaited, address)
        return ok("promise.register_listener", corr_id, promise=p.record())

    def _promise_search(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        state = r.choice("state", PROMISE_STATES, required=False)
        tags = r.opt_string_map("tags") or {}
        limit = positive_limit(r)
        cursor = r.opt_string("cursor")
        if limit is not None and limit > MAX_SEARCH_LIMIT:
            return error("promise.search", corr_id, 400, LIMIT_MESSAGE)
        rows = self.store.search_promises(state, tags, (limit or 100) + 1, cursor)
        return page("promise.search", corr_id, "promises", [p.record() for p in rows], limit or 100)

    # -- shared transitions ---------------------------------------------------------------

    def _try_timeout(self, now: int, promise_ids: list[str]) -> None:
        """Time out the pending promises among ``promise_ids`` whose deadline has passed."""
        for promise_id in promise_ids:
            if not promise_id:
                continue
            p = self.store.promise(promise_id)
            if p is None or p.state != "pending" or now < p.timeout_at:
                continue
            p.state = timeout_state(p.tags)
            p.settled_at = p.timeout_at
            p.timer_at = None
            self.store.save_promise(p)
            self._after_settle(now, promise_id)

    def _expire_promises(self, now: int, expired: list[str]) -> None:
        """Time out every expired promise first, then complete what each one gates."""
        store = self.store
        settled = []
        for promise_id in expired:
            p = store.promise(promise_id)
            if p is None:
                continue
            p.timer_at = None
            if p.state == "pending":
                p.state, p.settled_at = timeout_state(p.tags), p.timeout_at
                settled.append(promise_id)
            store.save_promise(p)
        for promise_id in settled:
            self._after_settle(now, promise_id)

    def _settle(self, now: int, p: PromiseRow, state: str, value: dict[str, Any]) -> None:
        p.state, p.value, p.settled_at, p.timer_at = state, value, now, None
        self.store.save_promise(p)
        self._after_settle(now, p.id)

    def _after_settle(self, now: int, promise_id: str) -> None:
        """A promise settled: complete its task, wake its callbacks, tell its listeners."""
        self._fulfill_task_of(promise_id)
        self._resume_awaiters(promise_id, now)
        self._notify_subscribers(promise_id)

    def _fulfill_task_of(self, promise_id: str) -> None:
        """The task of a settled promise is fulfilled; it stops awaiting anything."""
        store = self.store
        t = store.task(promise_id)
        if t is None or t.state == "fulfilled":
            return
        t.state, t.pid, t.ttl = "fulfilled", None, None
        t.resumes.clear()
        t.timer_kind = t.timer_at = None
        store.save_task(t)
        store.forget_awaiter(promise_id)

    def _resume_awaiters(self, promise_id: str, now: int) -> None:
        """Wake the suspended tasks awaiting a settled promise; note it for the others."""
        store = self.store
        for awaiter_id in store.take_awaiters(promise_id):
            p = store.promise(awaiter_id)
            t = store.task(awaiter_id)
            if p is None or t is None or p.state != "pending" or now >= p.timeout_at:
                continue
            if t.state == "suspended":
                t.state = "pending"
                t.resumes = {promise_id}
                self._arm_task(t, RETRY_TIMER, now + PENDING_RETRY_TTL)
                store.save_task(t)
                self._offer(t)
            elif t.state in ("pending", "acquired", "halted"):
                t.resumes.add(promise_id)
                store.save_task(t)

    def _notify_subscribers(self, promise_id: str) -> None:
        subscribers = self.store.take_subscribers(promise_id)
        if not subscribers:
            return
        p = self.store.promise(promise_id)
        if p is None:  # pragma: no cover - subscribers only exist for stored promises
            return
        message = {"kind": "unblock", "head": {}, "data": {"promise": p.record()}}
        for address in subscribers:
            self._out.append(Outgoing(address, message))

    def _offer(self, t: TaskRow) -> None:
        """Send an ``execute`` of ``t`` at its current version to its promise's target."""
        p = self.store.promise(t.id)
        address = p.tags.get(TARGET) if p is not None else None
        if address is not None:
            self._send_execute(address, t.id, t.version)

    def _preload(self, promise_id: str) -> list[dict[str, Any]]:
        """The other promises of the same branch, so the worker replays without fetching."""
        p = self.store.promise(promise_id)
        branch = p.tags.get("resonate:branch") if p is not None else None
        if not branch:
            return []
        return [other.record() for other in self.store.branch_promises(branch, promise_id)]

    def _send_execute(self, address: str, task_id: str, version: int) -> None:
        """Queue an ``execute``; a newer offer of the same task replaces the queued one."""
        message = {
            "kind": "execute",
            "head": {},
            "data": {"task": {"id": task_id, "version": version}},
        }
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


def timeout_state(tags: dict[str, str]) -> str:
    """A timed-out sleep (``resonate:timer``) resolves; anything else is rejected."""
    return "resolved" if tags.get("resonate:timer") == "true" else "rejected_timedout"


def target_check(create: CreatePromise) -> None:
    """A ``resonate:target`` must be an address the server can route."""
    address = create.tags.get(TARGET)
    if address is not None and not is_valid_address(address):
        raise ProtocolError(400, "Invalid resonate:target address")


def callback_problems(awaited: str, awaiter: str) -> list[str]:
    if awaited == awaiter:
        return ["Awaited and awaiter must be different promises"]
    if origin_of(awaiter) != origin_of(awaited):
        return ["Awaiter and awaited must belong to the same origin"]
    return []


def page(kind: str, corr_id: Any, field: str, records: list[Any], limit: int) -> Response:
    """A search answer: at most ``limit`` records, a cursor (the last id) if more remain."""
    fields: dict[str, Any] = {field: records[:limit]}
    if len(records) > limit:
        fields["cursor"] = records[limit - 1]["id"]
    return {"kind": kind, "corrId": corr_id, "status": 200, **fields}


def inner_envelope(kind: str, corr_id: Any, status: int, data: Any) -> dict[str, Any]:
    """A nested response envelope (the ``action`` of a ``task.fence`` answer)."""
    return {
        "kind": kind,
        "head": {"corrId": corr_id, "status": status, "version": PROTOCOL_VERSION},
        "data": data,
    }


def ok(kind: str, corr_id: Any, status: int = 200, **fields: Any) -> Response:
    return {"kind": kind, "corrId": corr_id, "status": status, **fields}


def error(kind: str, corr_id: Any, status: int, message: str) -> Response:
    return {"kind": kind, "corrId": corr_id, "status": status, "error": message}
