"""The worker's job-row bookkeeping: one write per step, and the row still tells it all."""

from __future__ import annotations

from test_pipeline import INVOICE, Harness

from docpipe.jobs import STEPS
from docpipe.progress import JobUpdate
from docpipe.testing import InMemoryJobTable


class CountingJobTable(InMemoryJobTable):
    """Keeps every write it was asked to make."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[JobUpdate] = []

    def update(self, change: JobUpdate) -> None:
        self.writes.append(change)
        super().update(change)


class TestOneWritePerStep:
    def test_a_small_document_costs_five_writes(self) -> None:
        """Five steps, five row writes: each step's start carries the previous step's end,
        store's result rides on notify's write, and notify's one write is the terminal
        state with its own start and end."""
        harness = Harness(jobs=CountingJobTable())
        [result] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert result["status"] == "done"
        table = harness.jobs
        assert isinstance(table, CountingJobTable)
        assert [w.started for w in table.writes] == list(STEPS)
        assert table.writes[-1].terminal is not None
        assert [end.step for w in table.writes for end in w.ended] == list(STEPS)

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
