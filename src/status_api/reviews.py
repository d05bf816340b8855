"""Job lists and the review gate's API, independent of HTTP.

``GET /reviews`` is the queue of jobs ``awaiting_review`` (oldest job first), ``GET /jobs``
without a ``documentUrl`` lists jobs by state (newest first) for the console, and
``POST /jobs/{jobId}/review`` settles a waiting job by resolving its review promise, whose
id the worker published in the job row. Settling is first-wins on the durable engine, so two
reviewers racing cannot both win: the loser sees the winner's decision. The same decision
again is a harmless repeat (200); a different one is a conflict (409).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast, get_args

from resonate.timing import now_ms

from docpipe.errors import InvalidJobError
from docpipe.jobs import JobState, promise_id, validate_job_id
from docpipe.review import InvalidReview, ReviewDecision
from status_api.errors import (
    InvalidCorrection,
    InvalidRequest,
    JobNotFound,
    NotAwaitingReview,
    StatusUnavailable,
)

if TYPE_CHECKING:
    from docpipe.ports import JobPage, JobTable
    from status_api.promises import PromiseReader

#: Page size of the lists when the caller names none, and the most one page holds.
DEFAULT_PAGE = 25
MAX_PAGE = 100
#: The states a job list may be filtered by, in the console's order.
JOB_STATES: tuple[str, ...] = get_args(JobState.__value__)


@dataclass(frozen=True, slots=True)
class ReviewService:
    jobs: JobTable
    #: ``None`` when no durable engine is configured: reviews can be listed, not settled.
    promises: PromiseReader | None = None
    clock: Callable[[], int] = now_ms

    def pending_reviews(self, limit: str | None, cursor: str | None) -> dict[str, Any]:
        """``GET /reviews``: jobs waiting for a person, oldest first, one page."""
        page = self._page("awaiting_review", limit, cursor, oldest_first=True)
        return _page_body("reviews", page)

    def list_jobs(
        self, status: str | None, limit: str | None, cursor: str | None
    ) -> dict[str, Any]:
        """``GET /jobs?status=...``: one state's jobs, newest first, one page; without a
        state, the newest jobs of every state (one page, no cursor)."""
        if status:
            if status not in JOB_STATES:
                raise InvalidRequest(f"status must be one of {', '.join(JOB_STATES)}")
            return _page_body("jobs", self._page(status, limit, cursor, oldest_first=False))
        if cursor:
            raise InvalidRequest("cursor needs the status it was listed with")
        size = _limit(limit)
        merged = [
            record
            for state in JOB_STATES
            for record in self._page(state, str(size), None, oldest_first=False).records
        ]
        merged.sort(key=lambda record: (record.created_at, record.job_id), reverse=True)
        return {"jobs": [record.to_api() for record in merged[:size]]}

    def settle(self, job_id: str, raw_body: str | None) -> dict[str, Any]:
        """``POST /jobs/{jobId}/review``: approve or reject a waiting job."""
        try:
            validate_job_id(job_id)
        except InvalidJobError as exc:
            raise InvalidRequest(str(exc)) from exc
        decision = _decision(raw_body, now=self.clock())
        record = self.jobs.get(job_id)
        if record is None:
            if self.promises is not None and self.promises.get_state(promise_id(job_id)):
                raise NotAwaitingReview(f"job {job_id!r} is not waiting for review (queued)")
            raise JobNotFound(f"no job with id {job_id!r}")
        review_promise = (record.review or {}).get("promiseId")
        if not isinstance(review_promise, str):
            raise NotAwaitingReview(f"job {job_id!r} is {record.status}, not waiting for review")
        if self.promises is None:
            raise StatusUnavailable("no durable engine configured: reviews cannot be settled")
        settled = self.promises.resolve(review_promise, decision.to_dict())
        if settled is None:
            raise NotAwaitingReview(f"job {job_id!r} has no review promise (it was purged)")
        if settled.state == "rejected_timedout":
            raise NotAwaitingReview(f"job {job_id!r}: its review timed out")
        earlier = settled.value if isinstance(settled.value, dict) else {}
        if settled.state != "resolved" or earlier.get("decision") != decision.decision:
            held = earlier.get("decision") or settled.state
            raise NotAwaitingReview(f"job {job_id!r} was already settled in review: {held}")
        return {
            "jobId": job_id,
            "decision": decision.decision,
            # False: an earlier identical decision had settled it; this one changed nothing.
            "settled": earlier == decision.to_dict(),
            "review": earlier,
        }

    def _page(
        self, status: str, limit: str | None, cursor: str | None, *, oldest_first: bool
    ) -> JobPage:
        try:
            return self.jobs.list_jobs(
                status=_state(status),
                limit=_limit(limit),
                cursor=cursor or None,
                oldest_first=oldest_first,
            )
        except ValueError as exc:
            raise InvalidRequest("invalid cursor (use the one a previous page returned)") from exc


def _state(status: str) -> JobState:
    if status not in JOB_STATES:
        raise InvalidRequest(f"unknown status {status!r}")
    return cast("JobState", status)


def _limit(raw: str | None) -> int:
    if raw is None or raw == "":
        return DEFAULT_PAGE
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise InvalidRequest(f"limit must be a whole number from 1 to {MAX_PAGE}")
    return int(raw)


def _page_body(name: str, page: JobPage) -> dict[str, Any]:
    body: dict[str, Any] = {name: [record.to_api() for record in page.records]}
    if page.cursor is not None:
        body["cursor"] = page.cursor
    return body


def _decision(raw_body: str | None, *, now: int) -> ReviewDecision:
    """The request's decision; 400 for a malformed body, 422 for wrong corrections."""
    try:
        body = json.loads(raw_body or "")
    except ValueError as exc:
        raise InvalidRequest('the body must be JSON: {"decision": "approve"|"reject"}') from exc
    try:
        return ReviewDecision.parse(body, now=now)
    except InvalidReview as exc:
        if exc.unprocessable:
            raise InvalidCorrection(exc.message) from exc
        raise InvalidRequest(exc.message) from exc
