"""Job lists and the review gate's API, independent of HTTP.

``GET /reviews`` is the queue of jobs ``awaiting_review`` (oldest job first), ``GET /jobs``
without a ``documentUrl`` lists jobs by state (newest first) for the console, and
``POST /jobs/{jobId}/review`` settles a waiting job by resolving its review promise, whose
id the worker published in the job row. Settling is first-wins on the durable engine, so two
reviewers racing cannot both win: the loser sees the winner's decision. The same decision
again is a harmless repeat (200); a different one is a conflict (409).

Every call names its :class:`~docpipe.tenancy.Caller`: lists hold only the jobs of the caller's
tenant (an admin's, every tenant's), read from that tenant's own index partition, and each
cursor is bound to the listing that issued it, so a cursor taken from another tenant's listing
is refused (400) instead of paging through someone else's jobs. Another tenant's job is 404 to
a decision; a reader's decision is 403.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast, get_args

from resonate.timing import now_ms

from docpipe.classes import default_classes
from docpipe.errors import InvalidJobError
from docpipe.jobs import JobState, promise_id, validate_job_id
from docpipe.review import InvalidReview, ReviewDecision
from status_api.errors import (
    Forbidden,
    InvalidCorrection,
    InvalidRequest,
    NotAwaitingReview,
    StatusUnavailable,
)
from status_api.identity import authorize
from status_api.service import promise_readable

if TYPE_CHECKING:
    from docpipe.classes import Catalogue
    from docpipe.ports import JobPage, JobRecord, JobTable
    from docpipe.tenancy import Caller
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
    #: The document classes a correction is held to (``DOCPIPE_CLASSES``).
    classes: Catalogue = field(default_factory=default_classes)

    def pending_reviews(
        self, limit: str | None, cursor: str | None, caller: Caller
    ) -> dict[str, Any]:
        """``GET /reviews``: jobs waiting for a person, oldest first, one page."""
        page = self._page("awaiting_review", limit, cursor, caller, oldest_first=True)
        return _page_body("reviews", page)

    def list_jobs(
        self, status: str | None, limit: str | None, cursor: str | None, caller: Caller
    ) -> dict[str, Any]:
        """``GET /jobs?status=...``: one state's jobs, newest first, one page; without a
        state, the jobs of every state merged, newest first, one page."""
        if status:
            if status not in JOB_STATES:
                raise InvalidRequest(f"status must be one of {', '.join(JOB_STATES)}")
            page = self._page(status, limit, cursor, caller, oldest_first=False)
            return _page_body("jobs", page)
        scope = caller.scope
        after = decode_position(cursor, scope) if cursor else None
        return self._all_states(_limit(limit), after, scope)

    def _all_states(self, size: int, after: Position | None, scope: str | None) -> dict[str, Any]:
        """A page of every state's jobs merged newest first: each state's index gives its
        ``size + 1`` newest jobs older than ``after``, so whether more follow is known exactly.
        The cursor is the position (creation time, job id) of the page's last job, bound to
        the listing's ``scope`` (the tenant; ``None``: every tenant)."""
        merged = [
            record for state in JOB_STATES for record in self._older(state, after, size + 1, scope)
        ]
        merged.sort(key=_position, reverse=True)
        body: dict[str, Any] = {"jobs": [record.to_api() for record in merged[:size]]}
        if len(merged) > size:
            body["cursor"] = encode_position(_position(merged[size - 1]), scope)
        return body

    def _older(
        self, state: str, after: Position | None, wanted: int, scope: str | None
    ) -> list[JobRecord]:
        """Up to ``wanted`` of ``state``'s newest jobs that come after ``after`` (all of them
        when ``after`` is ``None``), reading the index a page at a time."""
        found: list[JobRecord] = []
        cursor: str | None = None
        while True:
            page = self.jobs.list_jobs(
                status=_state(state),
                limit=wanted,
                cursor=cursor,
                created_at_most=after[0] if after else None,
                tenant=scope,
            )
            # Jobs created in the same millisecond as ``after`` sort by id: only the ones
            # after it in that order are new on this page.
            found += [r for r in page.records if after is None or _position(r) < after]
            found.sort(key=_position, reverse=True)
            cursor = page.cursor
            if cursor is None:
                return found[:wanted]
            # Enough, unless the index (which orders by time alone) may still hold jobs of
            # the same millisecond as the last one kept.
            last = page.records[-1].created_at if page.records else None
            if len(found) >= wanted and last is not None and last < found[wanted - 1].created_at:
                return found[:wanted]

    def settle(self, job_id: str, raw_body: str | None, caller: Caller) -> dict[str, Any]:
        """``POST /jobs/{jobId}/review``: approve or reject a waiting job (``caller`` must be
        a reviewer of its tenant, or an admin)."""
        try:
            validate_job_id(job_id)
        except InvalidJobError as exc:
            raise InvalidRequest(str(exc)) from exc
        decision = _decision(raw_body, now=self.clock())
        row = self.jobs.get(job_id)
        if row is None and self.promises is not None:
            found = self.promises.get_state(promise_id(job_id))
            if found is not None and promise_readable(found, caller):
                if found.owner is None or not caller.may_change(found.owner):
                    raise Forbidden(f"{caller.name!r} may not decide this job")
                raise NotAwaitingReview(f"job {job_id!r} is not waiting for review (queued)")
        record = authorize(row, job_id, caller, change=True)
        review_promise = (record.review or {}).get("promiseId")
        if not isinstance(review_promise, str):
            raise NotAwaitingReview(f"job {job_id!r} is {record.status}, not waiting for review")
        analysis = (record.review or {}).get("analysis")
        decision = _checked(decision, analysis if isinstance(analysis, dict) else {}, self.classes)
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
        self,
        status: str,
        limit: str | None,
        cursor: str | None,
        caller: Caller,
        *,
        oldest_first: bool,
    ) -> JobPage:
        try:
            return self.jobs.list_jobs(
                status=_state(status),
                limit=_limit(limit),
                cursor=cursor or None,
                oldest_first=oldest_first,
                tenant=caller.scope,
            )
        except ValueError as exc:
            raise InvalidRequest("invalid cursor (use the one a previous page returned)") from exc


#: Where a listing of every state stopped: the last job's creation time and id.
type Position = tuple[int, str]


def _position(record: JobRecord) -> Position:
    return (record.created_at, record.job_id)


def encode_position(position: Position, scope: str | None = None) -> str:
    """The cursor of an every-state listing of ``scope`` (a tenant; ``None``: every tenant),
    opaque to callers, URL-safe."""
    raw = json.dumps(
        {"before": [position[0], position[1]], "scope": scope or "*"}, separators=(",", ":")
    )
    return base64.urlsafe_b64encode(raw.encode()).decode()


def decode_position(cursor: str, scope: str | None = None) -> Position:
    """The position a cursor names; 400 for anything an every-state listing of the same
    ``scope`` did not issue (a one-state listing's cursor, another tenant's, included)."""
    try:
        decoded = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        created_at, job_id = decoded["before"]
        issued_for = decoded["scope"]
    except (ValueError, TypeError, KeyError, UnicodeError) as exc:
        raise InvalidRequest(_FOREIGN_CURSOR) from exc
    if not isinstance(created_at, int) or not isinstance(job_id, str):
        raise InvalidRequest(_FOREIGN_CURSOR)
    if issued_for != (scope or "*"):
        raise InvalidRequest(_FOREIGN_CURSOR)
    return (created_at, job_id)


_FOREIGN_CURSOR = "invalid cursor (use the one a previous page of the same listing returned)"


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
            raise InvalidCorrection(exc.message, exc.field) from exc
        raise InvalidRequest(exc.message) from exc


def _checked(
    decision: ReviewDecision, analysis: dict[str, Any], classes: Catalogue
) -> ReviewDecision:
    """The decision with its corrections held to the job's class; 422 naming the field."""
    try:
        return decision.checked(analysis, classes)
    except InvalidReview as exc:
        raise InvalidCorrection(exc.message, exc.field) from exc
