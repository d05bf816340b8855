"""The worker's review deadline sweep, with the in-memory job table and a recording engine."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from docpipe.progress import JobUpdate
from docpipe.testing import InMemoryJobTable
from workflow.review_deadlines import ReviewDeadlines, sweep_interval

URL = "s3://docpipe-inbox/a.txt"


@dataclass
class RecordingPromises:
    """Stands in for ``resonate.promises``: records which promises were read."""

    read: list[str] = field(default_factory=list)

    async def get(self, promise_id: str) -> Any:
        self.read.append(promise_id)
        return None


@dataclass
class Engine:
    promises: RecordingPromises = field(default_factory=RecordingPromises)


def waiting(table: InMemoryJobTable, job_id: str, *, timeout_at: int) -> None:
    table.update(
        JobUpdate(job_id=job_id, document_url=URL, requester_id=None, started="analyze", at=1)
    )
    review = {"promiseId": f"docpipe-job-{job_id}:5", "since": 1, "timeoutAt": timeout_at}
    table.update(JobUpdate(job_id=job_id, review=review, at=1))


class TestSweep:
    def test_touches_only_overdue_reviews(self) -> None:
        """Of three waiting jobs only the two past their deadline have their promise read."""
        table = InMemoryJobTable()
        waiting(table, "late-1", timeout_at=900)
        waiting(table, "late-2", timeout_at=1000)
        waiting(table, "on-time", timeout_at=5000)
        engine = Engine()
        sweep = ReviewDeadlines(table, engine, interval_seconds=1, clock=lambda: 1000)  # type: ignore[arg-type]
        touched = asyncio.run(sweep.sweep())
        assert sorted(touched) == ["docpipe-job-late-1:5", "docpipe-job-late-2:5"]
        assert sorted(engine.promises.read) == sorted(touched)

    def test_pages_through_every_waiting_job(self) -> None:
        """More waiting jobs than one page holds are all looked at."""
        table = InMemoryJobTable()
        for n in range(250):
            waiting(table, f"j{n:03d}", timeout_at=10)
        engine = Engine()
        sweep = ReviewDeadlines(table, engine, interval_seconds=1, clock=lambda: 20)  # type: ignore[arg-type]
        assert len(asyncio.run(sweep.sweep())) == 250

    def test_interval_is_a_tenth_of_the_timeout_within_bounds(self) -> None:
        """1 s at least, 30 s at most, else a tenth of the review timeout."""
        assert sweep_interval(5) == 1.0
        assert sweep_interval(100) == 10.0
        assert sweep_interval(7 * 24 * 3600) == 30.0
