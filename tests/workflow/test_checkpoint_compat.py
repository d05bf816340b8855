"""Checkpoints written before the records existed still load, and today's records write the
same JSON, so a job in flight across an upgrade replays on the new worker.

The literals below are what the worker of commit d2b96ec stored for each step (``layoutKey``
included; the pre-layout extract checkpoint without it too).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from resonate.codec import Codec, NoopEncryptor
from resonate.resonate import Resonate
from resonate.types import Value

from docpipe.jobs import WORKFLOW_NAME, DocumentRef, Job, promise_id
from docpipe.records import (
    Analysis,
    Downloaded,
    Extracted,
    Failure,
    JobResult,
    Notified,
    PageRange,
    Stored,
    extract_result,
)
from docpipe.settings import Settings
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, RecordingNotifier
from docpipe.worker_events import StepStart, WorkerEvent
from workflow import steps
from workflow.analyzers import OfflineAnalyzer
from workflow.caches import ByteCache
from workflow.review import Analyzed
from workflow.step_runtime import Ports, Runtime, to_checkpoint
from workflow.worker import build_worker

CODEC = Codec(NoopEncryptor())

DOWNLOADED: dict[str, Any] = {
    "size": 74,
    "sha256": "ab" * 32,
    "mediaType": "text/plain",
    "kind": "text",
    "versionId": None,
    "etag": '"e1"',
}
EXTRACTED: dict[str, Any] = {
    "bucket": "docpipe-results",
    "key": "jobs/job-1/text.txt",
    "layoutKey": "jobs/job-1/layout.json",
    "method": "text",
    "pages": 1,
    "words": 12,
    "chars": 74,
    "truncated": False,
    "warnings": [],
}
EXTRACTED_OCR_CHUNKED: dict[str, Any] = {
    **EXTRACTED,
    "method": "pdf-ocr",
    "failedPages": [3],
    "confidence": 0.91,
    "chunks": 3,
}
PLAN: dict[str, Any] = {
    "chunked": {"pages": 20, "pagesPerChunk": 8, "chunksInFlight": 4, "warnings": ["w"]}
}
PAGE_RANGE: dict[str, Any] = {
    "key": "jobs/job-1/pages/00001-00008.json",
    "pages": [1, 8],
    "chars": 900,
    "failedPages": [],
    "confidence": None,
}
ANALYSIS: dict[str, Any] = {
    "analyzer": "offline",
    "documentType": "invoice",
    "confidence": 0.8,
    "summary": "INVOICE 2024-017",
    "entities": {"dates": [], "amounts": [], "parties": [], "emails": []},
    "keyFigures": {"total": {"amount": 1250.0, "currency": "EUR"}},
    "somethingNewer": {"kept": True},
}
RESULT: dict[str, Any] = {
    "jobId": "job-1",
    "status": "done",
    "documentUrl": "s3://docpipe-inbox/in/invoice.txt",
    "document": DOWNLOADED,
    "extraction": {k: v for k, v in EXTRACTED.items() if k not in ("bucket", "key", "layoutKey")},
    "text": {
        "bucket": "docpipe-results",
        "key": "jobs/job-1/text.txt",
        "layoutKey": "jobs/job-1/layout.json",
    },
    "analysis": ANALYSIS,
    "analyzer": "offline",
    "resultKey": "jobs/job-1/result.json",
}
STORED: dict[str, Any] = {
    "bucket": "docpipe-results",
    "key": "jobs/job-1/result.json",
    "result": RESULT,
}
FAILED: dict[str, Any] = {"failed": {"code": "corrupt_document", "message": "bad bytes"}}
#: The workflow's return value before it was a JobResult.
SUMMARY: dict[str, Any] = {
    "jobId": "job-1",
    "status": "failed",
    "messageId": None,
    "error": {"code": "not_found", "message": "gone"},
    "failedStep": "download",
}


def stored_and_read(checkpoint: dict[str, Any]) -> dict[str, Any]:
    """What a replay reads back: the value through the SDK's codec."""
    decoded: dict[str, Any] = CODEC.decode(CODEC.encode(checkpoint))
    return decoded


class TestTodaysCheckpointsLoad:
    @pytest.mark.parametrize(
        ("checkpoint", "read"),
        [
            (DOWNLOADED, Downloaded.from_dict),
            (EXTRACTED, extract_result),
            (EXTRACTED_OCR_CHUNKED, extract_result),
            (PLAN, extract_result),
            (PAGE_RANGE, PageRange.from_dict),
            (ANALYSIS, Analysis.from_dict),
            (STORED, Stored.from_dict),
            ({"messageId": "m-1"}, Notified.from_dict),
        ],
    )
    def test_each_step_checkpoint_reads_and_writes_back_the_same(
        self, checkpoint: dict[str, Any], read: Any
    ) -> None:
        """Each step's checkpoint loads into its record and the record writes it back
        exactly, so old and new workers read each other's checkpoints."""
        record = read(stored_and_read(checkpoint))
        assert to_checkpoint(record) == checkpoint

    def test_an_extract_checkpoint_from_before_layouts(self) -> None:
        """No ``layoutKey``: the record says so, and the analysis reads the text as one page."""
        old = {k: v for k, v in EXTRACTED.items() if k != "layoutKey"}
        extracted = extract_result(stored_and_read(old))
        assert isinstance(extracted, Extracted)
        assert extracted.layout_key is None
        blobs = InMemoryBlobStore()
        blobs.put(
            extracted.bucket, extracted.key, b"INVOICE 2024-017\nTotal 5 EUR", content_type="t"
        )
        ports = Ports(
            settings=Settings(),
            blobs=blobs,
            notifier=RecordingNotifier(),
            analyzer=OfflineAnalyzer(),
        )
        job = Job("job-1", DocumentRef("docpipe-inbox", "in/invoice.txt"), "sqs")
        analysis = steps.analyze(
            job, Downloaded.from_dict(DOWNLOADED), extracted, ports, ByteCache()
        )
        assert analysis.document_type == "invoice"

    def test_a_failure_checkpoint(self) -> None:
        failure = Failure.from_checkpoint(stored_and_read(FAILED))
        assert failure == Failure(code="corrupt_document", message="bad bytes")
        assert failure.to_checkpoint() == FAILED

    def test_the_stored_result_is_the_job_result(self) -> None:
        """The result store checkpointed (and the row holds) reads as a JobResult."""
        result = JobResult.from_dict(RESULT)
        assert result.document == Downloaded.from_dict(DOWNLOADED)
        assert result.text is not None
        assert result.text.layout_key == "jobs/job-1/layout.json"
        assert result.to_dict() == RESULT

    def test_the_old_workflow_summary_is_a_job_result(self) -> None:
        """A job that finished on an older worker: its promise's value still reads."""
        result = JobResult.from_dict(SUMMARY)
        assert (result.status, result.failed_step) == ("failed", "download")
        assert result.error == Failure(code="not_found", message="gone")

    def test_new_analysis_keys_flow_through(self) -> None:
        """Keys the analyzers add later are kept; the documented ones read typed."""
        analysis = Analysis.from_dict(
            {
                **ANALYSIS,
                "lineItems": [
                    {"description": "Widget", "quantity": 2, "unitPrice": 5, "amount": 10}
                ],
                "evidence": {
                    "total": {"page": 1, "text": "1,250.00", "bbox": [0.1, 0.2, 0.3, 0.25]}
                },
            }
        )
        assert analysis.to_dict()["somethingNewer"] == {"kept": True}
        [item] = analysis.line_items
        assert (item.quantity, item.unit_price, item.amount) == (2, 5, 10)
        assert analysis.evidence["total"].page == 1


class TestReplayAcrossTheUpgrade:
    def test_a_job_checkpointed_in_the_old_format_finishes_on_the_new_worker(self) -> None:
        """download, extract and analyze settled by an older worker (their promises hold the
        literal old-format checkpoints): the new workflow reads them without running those
        steps, and store and notify finish the job from them."""
        blobs = InMemoryBlobStore()
        jobs = InMemoryJobTable()
        notifier = RecordingNotifier()
        events: list[WorkerEvent] = []
        runtime = Runtime.create(
            settings=Settings(),
            blobs=blobs,
            jobs=jobs,
            notifier=notifier,
            analyzer=OfflineAnalyzer(),
            emit=events.append,
            clock=lambda: 1_700_000_000_000,
        )
        job = Job("job-1", DocumentRef("docpipe-inbox", "in/invoice.txt"), "sqs")
        root = promise_id(job.job_id)

        async def main() -> dict[str, Any]:
            resonate = Resonate(
                env={}, group="docpipe-workers", subscription_refresh_secs=0, autostart=False
            )
            worker = build_worker(Settings(), runtime=runtime, resonate=resonate)
            worker.start()
            try:
                for seq, checkpoint in enumerate((DOWNLOADED, EXTRACTED, ANALYSIS), start=1):
                    child = f"{root}:{seq}"
                    await resonate.promises.create(child, 2**62, Value(data=None), tags={})
                    await resonate.promises.resolve(child, Value(data=checkpoint))
                handle = resonate.run(root, WORKFLOW_NAME, job.to_dict())
                result: dict[str, Any] = await asyncio.wait_for(handle.result(), timeout=60)
                return result
            finally:
                await worker.stop()

        result = asyncio.run(main())
        started = [e.step for e in events if isinstance(e, StepStart)]
        assert started == ["store", "notify"]
        assert result["status"] == "done"
        assert result["analysis"] == ANALYSIS
        assert result["text"] == RESULT["text"]
        assert result["document"] == DOWNLOADED
        record = jobs.get(job.job_id)
        assert record is not None
        assert record.status == "done"
        assert record.result is not None
        assert record.result["analysis"] == ANALYSIS


class TestAnalyzeCarriesTheGate:
    @pytest.mark.parametrize(
        ("checkpoint", "expected"),
        [
            (ANALYSIS, Analyzed(Analysis(ANALYSIS))),
            (
                {"analysis": ANALYSIS, "reviewGate": {"reason": None}},
                Analyzed(Analysis(ANALYSIS), decided=True),
            ),
            (
                {"analysis": ANALYSIS, "reviewGate": {"reason": "requested"}},
                Analyzed(Analysis(ANALYSIS), decided=True, reason="requested"),
            ),
        ],
        ids=["before-the-gate-rode-along", "no-review", "review"],
    )
    def test_both_shapes_of_analyze_checkpoint_read(
        self, checkpoint: dict[str, Any], expected: Analyzed
    ) -> None:
        """An analyze checkpoint from before the gate rode along reads as undecided (the
        workflow then runs the review_gate step, as it did); today's carries the decision."""
        assert Analyzed.from_checkpoint(stored_and_read(checkpoint)) == expected

    def test_a_new_jobs_analyze_checkpoint_holds_the_decision(self) -> None:
        """A job run today checkpoints the gate with its analysis, so no review_gate step
        runs: the job's fourth child promise is store's (a Stored checkpoint)."""
        blobs = InMemoryBlobStore()
        blobs.put(
            "docpipe-inbox",
            "in/invoice.txt",
            b"INVOICE 2024-017\nTotal due: EUR 120.00\n",
            content_type="text/plain",
        )
        runtime = Runtime.create(
            settings=Settings(),
            blobs=blobs,
            jobs=InMemoryJobTable(),
            notifier=RecordingNotifier(),
            analyzer=OfflineAnalyzer(),
            emit=lambda _: None,
        )
        job = Job("job-1", DocumentRef("docpipe-inbox", "in/invoice.txt"), "sqs")
        root = promise_id(job.job_id)

        async def main() -> tuple[Any, Any]:
            resonate = Resonate(
                env={}, group="docpipe-workers", subscription_refresh_secs=0, autostart=False
            )
            worker = build_worker(Settings(), runtime=runtime, resonate=resonate)
            worker.start()
            try:
                handle = resonate.run(root, WORKFLOW_NAME, job.to_dict())
                await asyncio.wait_for(handle.result(), timeout=60)
                analyzed = await resonate.promises.get(f"{root}:3")
                fourth = await resonate.promises.get(f"{root}:4")
                return analyzed.value.data, fourth.value.data
            finally:
                await worker.stop()

        analyzed, fourth = asyncio.run(main())
        assert analyzed["reviewGate"] == {"reason": None}
        assert analyzed["analysis"]["documentType"] == "invoice"
        assert Stored.from_dict(fourth).key is not None
