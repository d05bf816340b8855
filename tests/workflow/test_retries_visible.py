"""Transient failures are visible: a ``step.retry`` line per failed attempt, ``retrying`` in the
status document while the step waits, and a loud line when the job table cannot be written."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any

import pytest
from test_pipeline import INVOICE, CountingAnalyzer, Harness

from docpipe import events
from docpipe.errors import TransientError
from docpipe.jobs import STEPS
from docpipe.ports import Blob
from docpipe.progress import JobUpdate
from docpipe.tenancy import SINGLE_TENANT_ADMIN
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable
from status_api.errors import JobNotFound
from status_api.service import StatusService
from workflow.durable_steps import download
from workflow.step_runtime import Runtime, attempt_failed

NOW = 1_700_000_000_000


@dataclass
class WatchingAnalyzer(CountingAnalyzer):
    """Fails ``failures`` times; before every attempt, notes what the status API answers."""

    service: StatusService | None = None
    seen: list[dict[str, Any]] = field(default_factory=list)

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: object = None
    ) -> dict[str, Any]:
        assert self.service is not None
        try:
            self.seen.append(self.service.job_status("job-1", SINGLE_TENANT_ADMIN))
        except JobNotFound:  # quick steps wrote nothing yet (the API then asks the promise)
            self.seen.append({"status": "no row"})
        return super().analyze(text, media_type=media_type, filename=filename)


class FlakyJobTable(InMemoryJobTable):
    """A table whose first ``failures`` writes of a step's start or of the terminal state
    fail, as DynamoDB unreachable."""

    def __init__(self, failures: int, then: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.failures = failures
        self.then = then  # called after each failure

    def update(self, change: JobUpdate) -> None:
        if self.failures and (change.started is not None or change.terminal is not None):
            self.failures -= 1
            if self.then is not None:
                self.then()
            raise TransientError("AWS call failed: DynamoDB answered 503")
        super().update(change)


@pytest.fixture
def harness() -> Harness:
    return Harness()


class TestRetryingStep:
    def test_a_step_failing_twice_shows_retrying_with_its_cause_then_finishes(
        self, harness: Harness
    ) -> None:
        """Analyze fails twice: the status document names the step, the failed attempt, the
        error and when the next attempt runs; the job then ends done with the note gone."""
        analyzer = WatchingAnalyzer(failures=2, service=StatusService(harness.jobs))
        harness.analyzer = analyzer
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))

        assert summary["status"] == "done"
        first, second, third = analyzer.seen
        assert "retrying" not in first
        for seen, attempt in ((second, 1), (third, 2)):
            assert seen["status"] == "processing"
            assert seen["retrying"] == {
                "step": "analyze",
                "attempt": attempt,
                "error": {"type": "TransientError", "message": "analyzer throttled"},
                "nextAttemptAt": NOW,  # the harness retries at once (delay 0)
            }
        final = StatusService(harness.jobs).job_status("job-1", SINGLE_TENANT_ADMIN)
        assert final["status"] == "done"
        assert "retrying" not in final

    def test_every_failed_attempt_is_one_structured_line(self, harness: Harness) -> None:
        """One step.retry per failed attempt: job, step, attempt, error type and message,
        next delay; then the step's finish line with its attempt number."""
        harness.analyzer.failures = 2
        harness.run(harness.upload("in/invoice.txt", INVOICE))
        retries = [e for e in harness.lines() if e["event"] == events.STEP_RETRY]
        assert [(e["jobId"], e["step"], e["attempt"]) for e in retries] == [
            ("job-1", "analyze", 1),
            ("job-1", "analyze", 2),
        ]
        for retry in retries:
            assert retry["errorType"] == "TransientError"
            assert retry["error"] == "analyzer throttled"
            assert retry["nextDelaySeconds"] == 0
        [finish] = [
            e
            for e in harness.lines()
            if e["event"] == events.STEP_FINISH and e["step"] == "analyze"
        ]
        assert finish["attempt"] == 3

    def test_the_delay_logged_is_the_one_the_policy_gives(self, harness: Harness) -> None:
        """Under the default policy (2 s, 4 s, ...) a failed second attempt says: next in 4 s,
        at now + 4000 ms -- in the line and on the job row."""
        runtime = replace(harness.deps(), retry_policy=None)
        job = harness.upload("in/invoice.txt", INVOICE)
        attempt_failed(runtime, job, "extract", 2, TransientError("S3 answered 503"))
        [retry] = harness.lines()
        assert (retry["event"], retry["nextDelaySeconds"]) == (events.STEP_RETRY, 4)
        assert retry["nextAttemptAt"] == NOW + 4000
        record = harness.jobs.get("job-1")
        assert record is not None
        assert record.retrying is not None
        assert record.retrying["nextAttemptAt"] == NOW + 4000

    def test_the_last_failed_attempt_says_it_gave_up(self, harness: Harness) -> None:
        """A step out of attempts logs step.gave_up, not step.retry, for its last failure."""
        harness.analyzer.failures = 99
        harness.run(harness.upload("in/invoice.txt", INVOICE))
        kinds = [
            (e["event"], e["attempt"])
            for e in harness.lines()
            if e["event"] in (events.STEP_RETRY, events.STEP_GAVE_UP)
        ]
        assert kinds == [
            (events.STEP_RETRY, 1),
            (events.STEP_RETRY, 2),
            (events.STEP_GAVE_UP, 3),
        ]
        assert harness.lines()[-1]["event"] == events.JOB_FAILED
        assert harness.lines()[-1]["error"]["code"] == "retries_exhausted"


class TestUnwritableJobTable:
    def test_a_failed_table_write_is_logged_loudly_then_retried(self, harness: Harness) -> None:
        """The terminal write failing: a job_table.unwritable line naming the table and the
        operation, notify retried without publishing again, and the job done with every
        step on its row."""
        harness.jobs = FlakyJobTable(failures=1)
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["status"] == "done"
        [loud] = [e for e in harness.lines() if e["event"] == events.JOB_TABLE_UNWRITABLE]
        assert (loud["operation"], loud["table"]) == ("finish", "docpipe-jobs")
        assert "503" in loud["error"]
        started = [e["step"] for e in harness.lines() if e["event"] == events.STEP_START]
        assert started == [*STEPS, "notify"]
        assert len(harness.notifier.published) == 1
        record = harness.jobs.get("job-1")
        assert record is not None
        assert sorted(record.timeline) == sorted(STEPS)
        notify = record.timeline["notify"]
        assert (notify["attempts"], notify["failures"], notify["outcome"]) == (2, 1, "ok")

    def test_a_slow_steps_start_write_failing_fails_the_attempt(self, harness: Harness) -> None:
        """A slow step whose start cannot be written: the attempt fails loudly (start_step)
        and runs again; the job still ends done."""
        blobs = GatedBlobStore()
        harness.blobs = blobs
        # Download's body waits until its start write has failed.
        harness.jobs = FlakyJobTable(failures=1, then=blobs.gate.set)
        harness.start_write_delay = 0.01
        job = harness.upload("in/invoice.txt", INVOICE)
        [summary] = harness.run(job)
        assert summary["status"] == "done"
        loud = [e for e in harness.lines() if e["event"] == events.JOB_TABLE_UNWRITABLE]
        assert [e["operation"] for e in loud] == ["start_step"]
        started = [e["step"] for e in harness.lines() if e["event"] == events.STEP_START]
        assert started[:2] == ["download", "download"]


class GatedBlobStore(InMemoryBlobStore):
    """Counts reads; each read waits until the test opens the gate (a paused worker)."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0
        self.gate = threading.Event()

    def get(self, bucket: str, key: str, *, version_id: str | None = None, max_bytes: int) -> Blob:
        self.reads += 1
        assert self.gate.wait(30)
        return super().get(bucket, key, version_id=version_id, max_bytes=max_bytes)


@dataclass
class StepContext:
    """What a step body reads from its durable context: its promise id and the deps."""

    deps: Runtime
    step_id: str = "docpipe-job-job-1.1"

    @property
    def info(self) -> SimpleNamespace:
        return SimpleNamespace(id=self.step_id)

    def get_dependency(self, _: object) -> Runtime:
        return self.deps


class TestStepHandedOutAgain:
    def test_a_second_execution_joins_the_running_one(self, harness: Harness) -> None:
        """The same step promise executed twice at once in one worker (its lease lapsed while
        the worker was paused): the body runs once, both get its checkpoint, and the second
        says step.joined."""
        blobs = GatedBlobStore()
        harness.blobs = blobs
        job = harness.upload("in/invoice.txt", INVOICE)
        ctx = StepContext(harness.deps())

        async def both() -> list[Any]:
            first = asyncio.ensure_future(download(ctx, job))  # type: ignore[arg-type]
            while blobs.reads == 0:
                await asyncio.sleep(0.01)  # until the first execution is inside the body
            second = asyncio.ensure_future(download(ctx, job))  # type: ignore[arg-type]
            await asyncio.sleep(0)
            blobs.gate.set()
            return list(await asyncio.gather(first, second))

        first, second = asyncio.run(both())
        assert first == second
        assert first["size"] == len(INVOICE)
        assert blobs.reads == 1
        names = [e["event"] for e in harness.lines()]
        assert names.count(events.STEP_START) == 1
        assert names.count(events.STEP_JOINED) == 1
        assert ctx.deps.in_flight == {}
