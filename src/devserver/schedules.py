"""Schedule requests, and firing a due schedule.

A schedule's cron expression is checked when it is created; each due run creates the
promise its template names (``{{.id}}``, ``{{.timestamp}}``), tagged as its own lineage
root and with ``resonate:schedule``, so the target group runs it. A server that was down
creates one promise per missed run when it is back, as the official server does.
"""

from __future__ import annotations

from typing import Any

from devserver.cron import Cron, CronError
from devserver.parse import (
    ORIGIN_SEP,
    TARGET,
    CreatePromise,
    Reader,
    check,
    non_empty,
    non_negative,
    positive_limit,
    required_id,
)
from devserver.store import ScheduleRow
from devserver.transitions import (
    LIMIT_MESSAGE,
    MAX_SEARCH_LIMIT,
    Response,
    Transitions,
    error,
    ok,
    page,
)

SCHEDULE_ID_MESSAGE = "Schedule ID is required"
#: Default page size of ``schedule.search`` (promises and tasks page by 100).
SCHEDULE_PAGE = 10


class ScheduleRequests(Transitions):
    """The ``schedule.*`` request handlers and :meth:`_fire_schedule`."""

    def _schedule_create(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        schedule_id, expression = r.string("id"), r.string("cron")
        promise_id, promise_timeout = r.string("promiseId"), r.integer("promiseTimeout")
        param, tags = r.value("promiseParam"), r.string_map("promiseTags")
        check(
            non_empty(schedule_id, SCHEDULE_ID_MESSAGE)
            + non_empty(expression, "Cron expression is required")
            + non_empty(promise_id, "Promise ID template is required")
            + non_negative(promise_timeout, "Promise timeout must be a non-negative integer")
        )
        if ORIGIN_SEP in schedule_id:
            check(["Schedule ID must not contain ':'"])
        if TARGET not in tags:
            check(["promiseTags must include a resonate:target tag"])
        try:
            next_run = Cron.parse(expression).next_after(now)
        except CronError:
            return error("schedule.create", corr_id, 400, "Invalid cron expression")
        existing = self.store.schedule(schedule_id)
        if existing is not None:
            return ok("schedule.create", corr_id, schedule=existing.record())
        s = ScheduleRow(
            id=schedule_id,
            cron=expression,
            promise_id=promise_id,
            promise_timeout=promise_timeout,
            promise_param=param,
            promise_tags=tags,
            created_at=now,
            next_run_at=next_run,
        )
        self._note_timer(next_run)
        self.store.save_schedule(s)
        return ok("schedule.create", corr_id, schedule=s.record())

    def _schedule_get(self, now: int, corr_id: Any, req: Any) -> Response:
        schedule_id = required_id(Reader(req), "id", SCHEDULE_ID_MESSAGE)
        s = self.store.schedule(schedule_id)
        if s is None:
            return error("schedule.get", corr_id, 404, "Schedule not found")
        return ok("schedule.get", corr_id, schedule=s.record())

    def _schedule_delete(self, now: int, corr_id: Any, req: Any) -> Response:
        schedule_id = required_id(Reader(req), "id", SCHEDULE_ID_MESSAGE)
        if self.store.delete_schedule(schedule_id):
            return ok("schedule.delete", corr_id)
        return error("schedule.delete", corr_id, 404, "Schedule not found")

    def _schedule_search(self, now: int, corr_id: Any, req: Any) -> Response:
        r = Reader(req)
        tags = r.opt_string_map("tags") or {}
        limit = positive_limit(r)
        cursor = r.opt_string("cursor")
        if limit is not None and limit > MAX_SEARCH_LIMIT:
            return error("schedule.search", corr_id, 400, LIMIT_MESSAGE)
        size = limit or SCHEDULE_PAGE
        rows = self.store.search_schedules(tags, size + 1, cursor)
        return page("schedule.search", corr_id, "schedules", [s.record() for s in rows], size)

    def _fire_schedule(self, now: int, schedule_id: str) -> None:
        """Create the promise of every run due by ``now``; arm the next run."""
        s = self.store.schedule(schedule_id)
        if s is None or s.next_run_at is None:
            return
        cron = Cron.parse(s.cron)
        run_at: int | None = s.next_run_at
        while run_at is not None and run_at <= now:
            promise_id = s.promise_id.replace("{{.id}}", s.id).replace(
                "{{.timestamp}}", str(run_at)
            )
            tags = dict(s.promise_tags)
            tags["resonate:schedule"] = s.id
            for key in ("resonate:origin", "resonate:branch", "resonate:parent", "resonate:prefix"):
                tags[key] = promise_id
            create = CreatePromise(promise_id, run_at + s.promise_timeout, s.promise_param, tags)
            self._create_fired(now, run_at, create)
            s.last_run_at = run_at
            run_at = cron.next_after(run_at)
        s.next_run_at = run_at
        self._note_timer(run_at)
        self.store.save_schedule(s)

    def _create_fired(self, now: int, run_at: int, create: CreatePromise) -> None:
        """A run's promise, created as of ``run_at`` (its task offered ``now``)."""
        if self.store.promise(create.id) is not None:
            return
        self._create(run_at, create)
        t = self.store.task(create.id)
        if t is not None and t.state == "pending" and t.timer_at is not None:
            t.timer_at = now + (t.timer_at - run_at)
            self._note_timer(t.timer_at)
            self.store.save_task(t)
