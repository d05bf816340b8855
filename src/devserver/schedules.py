"""Schedule requests, and firing a due schedule (which the reference never does).

A schedule's cron expression is validated when it is created; each firing creates the
promise its template names, tagged as the root of an rpc, so the target group runs it.
"""

from __future__ import annotations

from typing import Any

from devserver.cron import Cron, CronError
from devserver.protocol import get, i64, require_str, saturating_add
from devserver.store import ScheduleRow
from devserver.transitions import (
    TARGET,
    Response,
    Transitions,
    _error,
    _not_found,
    _ok,
    _status,
)


class ScheduleRequests(Transitions):
    """The ``schedule.*`` request handlers and :meth:`_fire_schedule`."""

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
