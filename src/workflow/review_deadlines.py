"""Enforce review deadlines on engines that time promises out only when touched.

A job waiting for review waits on its review promise, whose timeout is
``review_timeout_seconds``. The Resonate server times out a promise without a
``resonate:target`` (the kind ``ctx.promise`` creates) lazily: the first request that touches
it after its deadline settles it ``rejected_timedout`` and wakes the task suspended on it.
Nothing touches a review nobody answers, so the job would wait past its deadline. (resonate-pg
enforces the timeout of such promises itself; there this sweep finds nothing to do.)

The worker therefore runs this sweep: every so often it lists the jobs awaiting review and
reads the review promise of each one past its deadline. The read is the touch; the server
then resumes the job, which fails with ``review_timed_out``. The wait itself stays a durable
promise: the sweep holds no state and any number of workers may run it at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from resonate.error import ResonateError
from resonate.timing import now_ms

from docpipe.errors import TransientError

if TYPE_CHECKING:
    from resonate.resonate import Resonate

    from docpipe.ports import JobQueries

logger = logging.getLogger("docpipe.worker")

#: Longest pause between two sweeps, and the most jobs one sweep looks at.
MAX_INTERVAL_SECONDS = 30.0
PAGE_SIZE = 100
MAX_PAGES = 20


def sweep_interval(review_timeout_seconds: int) -> float:
    """A tenth of the review timeout, between 1 s and :data:`MAX_INTERVAL_SECONDS`: a
    review ends within about that much of its deadline."""
    return min(MAX_INTERVAL_SECONDS, max(1.0, review_timeout_seconds / 10))


class ReviewDeadlines:
    """Touches overdue review promises so the engine times them out (see the module doc)."""

    def __init__(
        self,
        jobs: JobQueries,
        resonate: Resonate,
        *,
        interval_seconds: float,
        clock: Callable[[], int] = now_ms,
    ) -> None:
        self._jobs = jobs
        self._resonate = resonate
        self._interval = interval_seconds
        self._clock = clock

    async def run(self, stop: asyncio.Event) -> None:
        """Sweep every interval until ``stop`` is set."""
        while not stop.is_set():
            try:
                await self.sweep()
            except (TransientError, ResonateError, OSError):
                logger.warning("review deadline sweep failed; trying again", exc_info=True)
            try:
                await asyncio.wait_for(stop.wait(), timeout=self._interval)
            except TimeoutError:
                continue

    async def sweep(self) -> list[str]:
        """Touch every overdue review promise once; return their ids."""
        now = self._clock()
        touched: list[str] = []
        cursor = None
        for _ in range(MAX_PAGES):
            page = await asyncio.to_thread(
                self._jobs.list_jobs,
                status="awaiting_review",
                limit=PAGE_SIZE,
                cursor=cursor,
                oldest_first=True,
            )
            for record in page.records:
                review = record.review or {}
                deadline, promise_id = review.get("timeoutAt"), review.get("promiseId")
                if isinstance(deadline, int) and deadline <= now and isinstance(promise_id, str):
                    await self._resonate.promises.get(promise_id)
                    touched.append(promise_id)
            cursor = page.cursor
            if cursor is None:
                break
        if touched:
            logger.info("touched %d overdue review promise(s)", len(touched))
        return touched
