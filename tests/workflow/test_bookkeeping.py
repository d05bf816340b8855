"""The worker's job-row bookkeeping: at most one write per step, and the row still tells it
all."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from test_pipeline import INVOICE, CountingAnalyzer, Harness

from docpipe.jobs import STEPS
from docpipe.progress import JobUpdate
from docpipe.testing import InMemoryJobTable


class CountingJobTable(InMemoryJobTable):
    """Keeps every write it was asked to make; ``written`` is set when a write starts
    ``waits_for`` (a step's start reached the row)."""

    def __init__(self, waits_for: str | None = None) -> None:
        super().__init__()
        self.writes: list[JobUpdate] = []
        self.waits_for = waits_for
        self.written = threading.Event()

    def update(self, change: JobUpdate) -> None:
        self.writes.append(change)
        super().update(change)
        if change.started is not None and change.started == self.waits_for:
            self.written.set()


@dataclass
class WaitingAnalyzer(CountingAnalyzer):
    """An analyzer that answers only once its step's start is on the row: a slow step."""

    table: CountingJobTable = field(default_factory=CountingJobTable)

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: object = None
    ) -> dict[str, Any]:
        assert self.table.written.wait(timeout=30), "analyze's start never reached the row"
        return super().analyze(text, media_type=media_type, filename=filename, layout=layout)


class TestOneWritePerStep:
    def test_a_small_document_costs_one_write(self) -> None:
        """Quick steps write nothing of their own: notify's terminal write carries every
        step's start and end, store's result, and creates the row."""
        harness = Harness(jobs=CountingJobTable(), start_write_delay=60)
        job = harness.upload("in/invoice.txt", INVOICE)
        [result] = harness.run(job)
        assert result["status"] == "done"
        table = harness.jobs
        assert isinstance(table, CountingJobTable)
        [write] = table.writes
        assert (write.document_url, write.started) == (job.document.url, None)
        assert write.terminal is not None
        assert [end.step for end in write.ended] == list(STEPS)
        assert all(end.started_at is not None for end in write.ended)

    def test_a_slow_step_writes_its_start_while_it_runs(self) -> None:
        """A body still running after the delay has its start written (the row says which
        step runs) before it ends; its end then rides on the next write without a start."""
        table = CountingJobTable(waits_for="analyze")
        harness = Harness(jobs=table, analyzer=WaitingAnalyzer(table=table), start_write_delay=0.01)
        [result] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert result["status"] == "done"
        assert [w.started for w in table.writes] == ["analyze", None]
        [analyze_end] = [e for e in table.writes[-1].ended if e.step == "analyze"]
        assert analyze_end.started_at is None
        timing = table.get(result["jobId"]).timeline  # type: ignore[union-attr]
        assert timing["analyze"]["attempts"] == 1
        assert sorted(timing) == sorted(STEPS)

    def test_the_row_tells_the_whole_story(self) -> None:
        """With fewer writes the row still has every step's start, end and outcome, the
        result, and no running step or retry note."""
        harness = Harness()
        [result] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        record = harness.jobs.get(result["jobId"])
        assert record is not None
        assert (record.status, record.step, record.retrying) == ("done", None, None)
        assert record.result is not None
        assert record.result["analysis"] == result["analysis"]
        assert list(record.timeline) == list(STEPS)
        for timing in record.timeline.values():
            assert timing["outcome"] == "ok"
            assert timing["attempts"] == 1
            assert timing["startedAt"] <= timing["endedAt"]

    def test_a_retried_step_clears_its_note_with_the_next_write(self) -> None:
        """A step that failed once and then succeeded: its failure counted, its note gone."""
        harness = Harness()
        harness.analyzer.failures = 1
        [result] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        record = harness.jobs.get(result["jobId"])
        assert record is not None
        assert record.retrying is None
        assert (record.timeline["analyze"]["attempts"], record.timeline["analyze"]["failures"]) == (
            2,
            1,
        )
