"""The review gate in process_document, on the SDK's in-process Resonate with fakes."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest
from resonate.resonate import Resonate
from resonate.retry import Constant
from resonate.types import Value

from docpipe.durable import resonate_client
from docpipe.jobs import STEPS, WORKFLOW_NAME, DocumentRef, Job, promise_id
from docpipe.progress import JobUpdate
from docpipe.review import ReviewDecision
from docpipe.settings import Settings
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, RecordingNotifier
from docpipe.worker_events import JobAwaiting, StepStart, WorkerEvent
from status_api.promises import ResonatePromiseReader
from workflow.step_runtime import Runtime
from workflow.worker import build_worker

INBOX = "docpipe-inbox"
INVOICE = b"INVOICE 2024-017\nBill to: ACME GmbH\nTotal due: 1,250.00 EUR\nThank you.\n"
NOW = 1_700_000_000_000


@dataclass
class FixedAnalyzer:
    """An analyzer answering one analysis with a chosen confidence."""

    confidence: float = 0.9
    name: str = "fixed"

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: object = None
    ) -> dict[str, Any]:
        return {
            "documentType": "receipt",
            "confidence": self.confidence,
            "summary": text.splitlines()[0],
            "keyFigures": {"invoiceNumber": "2024-O17"},
        }


@dataclass
class Gate:
    """One in-process worker; the test plays the reviewer through the promise API."""

    settings: Settings = field(default_factory=lambda: Settings(review_confidence=0.5))
    analyzer: FixedAnalyzer = field(default_factory=FixedAnalyzer)
    blobs: InMemoryBlobStore = field(default_factory=InMemoryBlobStore)
    jobs: InMemoryJobTable = field(default_factory=InMemoryJobTable)
    notifier: RecordingNotifier = field(default_factory=RecordingNotifier)
    events: list[WorkerEvent] = field(default_factory=list)

    def job(self, *, review: bool = False) -> Job:
        self.blobs.put(INBOX, "in/invoice.txt", INVOICE, content_type="text/plain")
        document = DocumentRef(INBOX, "in/invoice.txt")
        return Job(job_id="job-1", document=document, source="sqs", review=review)

    def run(self, job: Job, decide: dict[str, Any] | None) -> dict[str, Any]:
        """Run ``job``; when it waits for review, settle its promise with ``decide``
        (``None``: leave it to time out)."""

        async def main() -> dict[str, Any]:
            deps = Runtime.create(
                settings=self.settings,
                blobs=self.blobs,
                jobs=self.jobs,
                notifier=self.notifier,
                analyzer=self.analyzer,
                clock=lambda: NOW,
                emit=self.events.append,
                retry_policy=Constant(delay=0, max_retries=1),
            )
            resonate = Resonate(env={}, group="docpipe-workers", subscription_refresh_secs=0)
            worker = build_worker(self.settings, runtime=deps, resonate=resonate)
            worker.start()
            try:
                handle = worker.resonate.run(promise_id(job.job_id), WORKFLOW_NAME, job.to_dict())
                if decide is not None:
                    review_id = await self._waiting_review()
                    await worker.resonate.promises.resolve(review_id, Value(data=decide))
                return await asyncio.wait_for(handle.result(), timeout=60)
            finally:
                await worker.stop()

        return asyncio.run(main())

    async def _waiting_review(self) -> str:
        """The review promise id, once the workflow published it (a real condition)."""
        async with asyncio.timeout(30):
            while True:
                record = self.jobs.get("job-1")
                if record is not None and record.status == "awaiting_review":
                    assert record.review is not None
                    return str(record.review["promiseId"])
                await asyncio.sleep(0.01)

    def names[E: WorkerEvent](self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]


def approve(**extra: Any) -> dict[str, Any]:
    return ReviewDecision.parse({"decision": "approve", **extra}, now=NOW + 5).to_dict()


class TestGateDecision:
    def test_a_confident_job_does_not_wait(self) -> None:
        """Confidence above the threshold and no request: straight through, no review."""
        gate = Gate()
        summary = gate.run(gate.job(), decide=None)
        assert summary["status"] == "done"
        assert gate.names(JobAwaiting) == []
        record = gate.jobs.get("job-1")
        assert record is not None
        assert record.review is None
        assert "review" not in (record.result or {})

    def test_threshold_zero_turns_the_automatic_gate_off(self) -> None:
        """Confidence 0.1 with DOCPIPE_REVIEW_CONFIDENCE=0 does not wait."""
        gate = Gate(settings=Settings(review_confidence=0), analyzer=FixedAnalyzer(0.1))
        assert gate.run(gate.job(), decide=None)["status"] == "done"
        assert gate.names(JobAwaiting) == []


class TestApprove:
    def test_requested_review_waits_then_applies_corrections(self) -> None:
        """review=true waits after analyze; approval with corrections lands in the result."""
        gate = Gate()
        decision = approve(
            corrections={"documentType": "invoice", "keyFigures.invoiceNumber": "2024-017"},
            reviewer="rita",
            comment="OCR misread the O",
        )
        summary = gate.run(gate.job(review=True), decide=decision)
        assert summary["status"] == "done"
        [waiting] = gate.names(JobAwaiting)
        assert waiting.reason == "requested"
        assert ":" in waiting.promise_id
        assert waiting.promise_id.startswith("docpipe-job-job-1")
        record = gate.jobs.get("job-1")
        assert record is not None
        assert record.status == "done"
        result = record.result or {}
        assert result["analysis"]["documentType"] == "invoice"
        assert result["analysis"]["keyFigures"]["invoiceNumber"] == "2024-017"
        assert result["analysis"]["corrected"] == ["documentType", "keyFigures.invoiceNumber"]
        # The review record keeps each changed field's value before and after.
        changes = [
            {"field": "documentType", "before": "receipt", "after": "invoice"},
            {"field": "keyFigures.invoiceNumber", "before": "2024-O17", "after": "2024-017"},
        ]
        assert result["review"] == {**decision, "reason": "requested", "changes": changes}
        assert [e.step for e in gate.names(StepStart)] == list(STEPS)
        assert len(gate.notifier.published) == 1

    def test_low_confidence_waits_with_the_analysis_under_review(self) -> None:
        """Confidence below the threshold: the row shows the analysis and since when."""
        gate = Gate(analyzer=FixedAnalyzer(0.2))
        seen: dict[str, Any] = {}
        original_update = gate.jobs.update

        def spy(change: JobUpdate) -> None:
            original_update(change)
            if change.review is not None:
                record = gate.jobs.get(change.job_id)
                assert record is not None
                seen.update(record.to_api())

        gate.jobs.update = spy  # type: ignore[method-assign]
        assert gate.run(gate.job(), decide=approve())["status"] == "done"
        assert seen["status"] == "awaiting_review"
        assert seen["review"]["reason"] == "low_confidence"
        assert seen["review"]["since"] == NOW
        assert seen["review"]["analysis"]["confidence"] == 0.2
        assert "promiseId" not in seen["review"]


class TestRejectAndTimeout:
    def test_reject_fails_the_job_and_notifies_once(self) -> None:
        """A rejection ends failed/rejected_in_review; store and notify run once, failing."""
        gate = Gate()
        decision = ReviewDecision.parse(
            {"decision": "reject", "reviewer": "rita", "comment": "not ours"}, now=NOW
        ).to_dict()
        summary = gate.run(gate.job(review=True), decide=decision)
        assert summary["status"] == "failed"
        assert summary["error"]["code"] == "rejected_in_review"
        assert summary["failedStep"] == "review"
        record = gate.jobs.get("job-1")
        assert record is not None
        assert record.status == "failed"
        assert record.error is not None
        assert "rita" in record.error["message"]
        [message] = gate.notifier.published
        assert message.attributes["status"] == "failed"


@pytest.mark.parametrize(
    "bad", [{"decision": "maybe"}, "approve", {"decision": "approve", "corrections": {"x": 1}}]
)
def test_a_promise_settled_with_junk_rejects_the_job(bad: object) -> None:
    """Anyone holding the promise id could settle it: junk ends the job, it is not approved."""
    gate = Gate()
    summary = gate.run(gate.job(review=True), decide=bad)  # type: ignore[arg-type]
    assert summary["status"] == "failed"
    assert summary["error"]["code"] == "rejected_in_review"


@pytest.mark.slow
def test_the_gate_on_resonate_pg(resonate_pg_dsn: str) -> None:
    """On the Postgres engine (resonate-pg): the job waits on its review promise and the
    status API's promise client settles it, as in AWS with DurableBackend=postgres."""
    settings = Settings(resonate_url=resonate_pg_dsn, worker_ttl_seconds=5)
    gate = Gate(settings=settings)
    job = gate.job(review=True)

    async def main() -> dict[str, Any]:
        deps = Runtime.create(
            settings=settings,
            blobs=gate.blobs,
            jobs=gate.jobs,
            notifier=gate.notifier,
            analyzer=gate.analyzer,
            emit=gate.events.append,
        )
        resonate = resonate_client(settings, group=settings.worker_group, receiving=True)
        worker = build_worker(settings, runtime=deps, resonate=resonate)
        worker.start()
        reader = ResonatePromiseReader.connect(settings)
        try:
            handle = worker.resonate.run(promise_id(job.job_id), WORKFLOW_NAME, job.to_dict())
            review_id = await gate._waiting_review()
            settled = await asyncio.to_thread(reader.resolve, review_id, approve())
            assert settled is not None
            assert settled.state == "resolved"
            return await asyncio.wait_for(handle.result(), timeout=60)
        finally:
            await asyncio.to_thread(reader.close)
            await worker.stop()

    summary = asyncio.run(main())
    assert summary["status"] == "done"
    assert [e.step for e in gate.names(StepStart)] == list(STEPS)
    assert len(gate.notifier.published) == 1
