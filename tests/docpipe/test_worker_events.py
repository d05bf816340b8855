"""The worker's typed events: each is written as the event line it always was, and reads back."""

from __future__ import annotations

import json

import pytest

from docpipe import events, worker_events
from docpipe.records import Failure
from docpipe.worker_events import (
    WORKER_EVENTS,
    ChunkFinish,
    ChunkRetry,
    JobFailed,
    ReviewSettled,
    StepFinish,
    StepStart,
    WorkerReady,
)

TS = 1_700_000_000_000


def written(event: worker_events.WorkerEvent, capsys: pytest.CaptureFixture[str]) -> dict:
    worker_events.write(event)
    [line] = capsys.readouterr().out.splitlines()
    parsed = events.parse_event(line)
    assert parsed is not None
    return parsed


class TestWorkerEvents:
    def test_a_step_start_is_the_documented_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``step.start`` keeps its name, camelCase fields and INFO level on the line."""
        line = written(
            StepStart(job_id="j-1", step="extract", attempt=2, step_id="docpipe-job-j-1:2", ts=TS),
            capsys,
        )
        assert line["level"] == "INFO"
        assert {k: line[k] for k in ("event", "jobId", "step", "attempt", "stepId", "ts")} == {
            "event": "step.start",
            "jobId": "j-1",
            "step": "extract",
            "attempt": 2,
            "stepId": "docpipe-job-j-1:2",
            "ts": TS,
        }

    def test_unset_optional_fields_are_left_out(self) -> None:
        """A step that succeeded has no ``failed``; a range that failed has no ``chars``."""
        finished = StepFinish(
            job_id="j", step="analyze", attempt=1, duration_ms=5, body_ms=4, ts=TS
        ).to_fields()
        assert "failed" not in finished
        failed = ChunkFinish(
            job_id="j", pages=(1, 8), attempt=1, duration_ms=9, failed="corrupt_file", ts=TS
        ).to_fields()
        assert (failed["pages"], failed["failed"]) == ([1, 8], "corrupt_file")
        assert {"chars", "failedPages"}.isdisjoint(failed)
        assert (
            "nextDelaySeconds"
            not in ChunkRetry(
                job_id="j", pages=(1, 8), attempt=3, error_type="E", error="e", ts=TS
            ).to_fields()
        )
        assert "code" not in ReviewSettled(job_id="j", decision="approve", ts=TS).to_fields()

    def test_a_failed_job_carries_its_error_record(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``job.failed`` is a WARNING with the failure as ``{"code", "message"}``."""
        error = Failure(code="retries_exhausted", message="analyze kept failing")
        line = written(JobFailed(job_id="j", error=error, ts=TS), capsys)
        assert line["level"] == "WARNING"
        assert line["error"] == {"code": "retries_exhausted", "message": "analyze kept failing"}

    def test_worker_ready_names_no_job(self) -> None:
        assert WorkerReady(group="docpipe-workers").to_fields() == {
            "event": "worker.ready",
            "group": "docpipe-workers",
        }

    @pytest.mark.parametrize("name", sorted(WORKER_EVENTS))
    def test_every_event_is_named_in_the_event_names(self, name: str) -> None:
        """Each record's tag is one of docpipe.events' names and uses no reserved field."""
        kind = WORKER_EVENTS[name]
        assert name in vars(events).values()
        assert events.RESERVED_FIELDS.isdisjoint(kind.__struct_encode_fields__)

    def test_a_line_reads_back_as_its_record(self, capsys: pytest.CaptureFixture[str]) -> None:
        """What the writer wrote, :func:`worker_events.read` turns back into the same record."""
        event = ChunkRetry(
            job_id="j",
            pages=(9, 16),
            attempt=1,
            error_type="E",
            error="e",
            next_delay_seconds=2.0,
            ts=TS,
        )
        line = written(event, capsys)
        assert worker_events.read(json.loads(json.dumps(line))) == event

    def test_the_line_names_the_code_that_emitted_it(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``location`` is where the worker emitted the event, not the writer's own code."""
        worker_events.write(WorkerReady(group="g"))
        line = json.loads(capsys.readouterr().out)
        assert line["location"].startswith("test_the_line_names_the_code_that_emitted_it:")
