"""process_document on the SDK's in-process Resonate with the docpipe.testing fakes."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field, replace
from typing import Any

import boto3
import pytest
from resonate.resonate import Resonate
from resonate.retry import Constant

from docpipe.aws import DynamoJobTable, create_job_table
from docpipe.errors import TransientError
from docpipe.jobs import STEPS, WORKFLOW_NAME, DocumentRef, Job, promise_id, results_key
from docpipe.ports import Blob
from docpipe.progress import JobUpdate
from docpipe.settings import Settings
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, RecordingNotifier, moto_aws
from docpipe.worker_events import JobDone, JobEvent, StepRetry, StepStart, WorkerEvent
from support.business_documents import scanned
from workflow.analyzers import AnalyzerConfigError, OfflineAnalyzer
from workflow.pipeline import step_retry_policy
from workflow.step_runtime import START_WRITE_DELAY_SECONDS, AttemptCounter, ByteCache, Runtime
from workflow.steps import bounded_analysis
from workflow.worker import build_worker

INBOX = "docpipe-inbox"
INVOICE = b"INVOICE 2024-017\nBill to: ACME GmbH\nTotal due: 1,250.00 EUR\nThank you.\n"
#: Attempts for transient step failures in these tests: 3, with no pause between them.
FAST_RETRIES = Constant(delay=0, max_retries=2)


@dataclass
class CountingAnalyzer:
    """An analyzer that fails transiently ``failures`` times before answering."""

    name: str = "test"
    failures: int = 0
    calls: list[str] = field(default_factory=list)

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: object = None
    ) -> dict[str, Any]:
        self.calls.append(text)
        if len(self.calls) <= self.failures:
            raise TransientError("analyzer throttled")
        return {
            "documentType": "invoice",
            "summary": text.splitlines()[0],
            "words": len(text.split()),
        }


class ChangingBlobStore(InMemoryBlobStore):
    """Returns different bytes on every read of one key, like an overwritten object."""

    def __init__(self, bucket: str, key: str) -> None:
        super().__init__()
        self.reads = 0
        self._target = (bucket, key)

    def get(self, bucket: str, key: str, *, version_id: str | None = None, max_bytes: int) -> Blob:
        if (bucket, key) != self._target:
            return super().get(bucket, key, version_id=version_id, max_bytes=max_bytes)
        self.reads += 1
        return Blob(data=INVOICE + b"rev %d\n" % self.reads)


@dataclass
class Harness:
    blobs: InMemoryBlobStore = field(default_factory=InMemoryBlobStore)
    jobs: InMemoryJobTable = field(default_factory=InMemoryJobTable)
    notifier: RecordingNotifier = field(default_factory=RecordingNotifier)
    analyzer: CountingAnalyzer = field(default_factory=CountingAnalyzer)
    settings: Settings = field(default_factory=Settings)
    cache: ByteCache = field(default_factory=ByteCache)
    events: list[WorkerEvent] = field(default_factory=list)
    start_write_delay: float = START_WRITE_DELAY_SECONDS

    def deps(self) -> Runtime:
        return Runtime.create(
            settings=self.settings,
            blobs=self.blobs,
            jobs=self.jobs,
            notifier=self.notifier,
            analyzer=self.analyzer,
            clock=lambda: 1_700_000_000_000,
            emit=self.events.append,
            retry_policy=FAST_RETRIES,
            cache=self.cache,
            start_write_delay=self.start_write_delay,
        )

    def upload(self, key: str, data: bytes) -> Job:
        self.blobs.put(INBOX, key, data, content_type="application/octet-stream")
        return job_for(key)

    def lines(self) -> list[dict[str, Any]]:
        """The events as the worker's log lines carry them."""
        return [e.to_fields() for e in self.events]

    def steps_run(self) -> list[str]:
        return [e.step for e in self.events if isinstance(e, StepStart)]

    def run(self, *jobs: Job, repeat: int = 1) -> list[dict[str, Any]]:
        """Run each job to completion (``repeat`` times) on one in-process Resonate."""

        async def main() -> list[dict[str, Any]]:
            worker = build_worker(self.settings, runtime=self.deps(), resonate=local_resonate())
            worker.start()
            try:
                results = []
                for _ in range(repeat):
                    for job in jobs:
                        handle = worker.resonate.run(
                            promise_id(job.job_id), WORKFLOW_NAME, job.to_dict()
                        )
                        results.append(await asyncio.wait_for(handle.result(), timeout=120))
                return results
            finally:
                await worker.stop()

        return asyncio.run(main())


def local_resonate() -> Resonate:
    return Resonate(env={}, group="docpipe-workers", subscription_refresh_secs=0, autostart=False)


def job_for(key: str, job_id: str = "job-1") -> Job:
    return Job(job_id=job_id, document=DocumentRef(INBOX, key), source="sqs", requester_id="alice")


@pytest.fixture
def harness() -> Harness:
    return Harness()


class TestHappyPath:
    def test_text_document_goes_through_all_five_steps(self, harness: Harness) -> None:
        """A text invoice ends done, each step logged once, in order, as attempt 1."""
        job = harness.upload("in/invoice.txt", INVOICE)
        [summary] = harness.run(job)
        assert summary["status"] == "done"
        assert harness.steps_run() == list(STEPS)
        assert {getattr(e, "attempt", 1) for e in harness.events} == {1}
        assert all(
            isinstance(e, JobEvent) and e.job_id == "job-1" and e.ts == 1_700_000_000_000
            for e in harness.events
        )
        assert [e.name for e in harness.events].count("step.finish") == 5
        assert isinstance(harness.events[-1], JobDone)

    def test_outputs_land_in_results_bucket_table_and_topic(self, harness: Harness) -> None:
        """text.txt, result.json, the done row and one notification all agree."""
        job = harness.upload("in/invoice.txt", INVOICE)
        harness.run(job)
        results = harness.settings.results_bucket
        text = harness.blobs.objects[
            (results, results_key("job-1", "text.txt", owner="default"))
        ].data.decode()
        assert "ACME GmbH" in text
        stored = json.loads(
            harness.blobs.objects[
                (results, results_key("job-1", "result.json", owner="default"))
            ].data
        )
        assert stored["status"] == "done"
        assert stored["analysis"]["documentType"] == "invoice"
        assert stored["document"]["kind"] == "text"
        assert stored["extraction"]["words"] == len(text.split())
        record = harness.jobs.get("job-1")
        assert record is not None
        assert record.status == "done"
        assert record.result == stored
        assert list(record.steps) == list(STEPS)
        [message] = harness.notifier.published
        assert message.attributes == {"status": "done", "tenant": "default", "requesterId": "alice"}
        assert (
            message.message["resultUrl"]
            == f"s3://{results}/{results_key('job-1', 'result.json', owner='default')}"
        )

    def test_the_analyzer_sees_the_extracted_text(self, harness: Harness) -> None:
        """Bytes flow download -> extract -> analyze without a checkpoint carrying them."""
        harness.run(harness.upload("in/invoice.txt", INVOICE))
        [text] = harness.analyzer.calls
        assert text.startswith("INVOICE 2024-017")

    def test_rerunning_a_finished_job_replays_without_executing(self, harness: Harness) -> None:
        """The same job id run again returns the same result and runs no step body."""
        first, second = harness.run(harness.upload("in/invoice.txt", INVOICE), repeat=2)
        assert first == second
        assert len(harness.steps_run()) == 5
        assert len(harness.notifier.published) == 1

    def test_notify_run_again_after_its_checkpoint_was_lost_does_not_publish_twice(
        self, harness: Harness
    ) -> None:
        """The row records the notification's id with the terminal state: a notify body that
        runs again (here every step does, on a durable engine that lost its state) finds the
        outcome already announced and publishes nothing."""
        job = harness.upload("in/invoice.txt", INVOICE)
        [first] = harness.run(job)
        [second] = harness.run(job)  # a fresh in-process engine: no checkpoint survives
        assert harness.steps_run().count("notify") == 2
        assert len(harness.notifier.published) == 1
        assert first["messageId"] == second["messageId"] is not None
        record = harness.jobs.get(job.job_id)
        assert record is not None
        assert record.notification_id == first["messageId"]

    def test_on_dynamodb_a_lost_checkpoint_does_not_publish_twice(self) -> None:
        """The same on the DynamoDB adapter (moto): the row written by one put, the
        notification's id read back by notify's two-attribute read on the second run."""
        with moto_aws():
            client = boto3.client("dynamodb", region_name="us-east-1")
            create_job_table(client, "jobs")
            harness = Harness(jobs=DynamoJobTable(client, "jobs"))  # type: ignore[arg-type]
            job = harness.upload("in/invoice.txt", INVOICE)
            [first] = harness.run(job)
            [second] = harness.run(job)  # a fresh in-process engine: no checkpoint survives
            record = harness.jobs.get(job.job_id)
        assert harness.steps_run().count("notify") == 2
        assert len(harness.notifier.published) == 1
        assert first["messageId"] == second["messageId"] is not None
        assert record is not None
        assert (record.status, record.notification_id) == ("done", first["messageId"])
        assert sorted(record.timeline) == sorted(STEPS)

    def test_notify_retried_for_a_failed_terminal_write_does_not_publish_twice(self) -> None:
        """The message went out, then the row write that records it failed (DynamoDB
        throttled): the step's retry repeats the write, not the publication."""
        harness = Harness(jobs=TerminalWriteFailsOnce())
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["status"] == "done"
        assert harness.jobs.terminal_failures == 1
        assert harness.steps_run().count("notify") == 2
        assert len(harness.notifier.published) == 1
        record = harness.jobs.get("job-1")
        assert record is not None
        assert record.notification_id == summary["messageId"] is not None


class TerminalWriteFailsOnce(InMemoryJobTable):
    """A job table whose first write of a terminal state fails, as a throttled one would."""

    def __init__(self) -> None:
        super().__init__()
        self.terminal_failures = 0

    def update(self, change: JobUpdate) -> None:
        if change.terminal is not None and self.terminal_failures == 0:
            self.terminal_failures += 1
            raise TransientError("ProvisionedThroughputExceededException")
        super().update(change)


@dataclass
class BundleAnalyzer:
    """The offline analyzer reading a scanned claim bundle (a letter, an invoice, a receipt,
    with OCR word boxes) whatever the upload: what a multi-document PDF's analysis holds."""

    name: str = "offline"

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: object = None
    ) -> dict[str, Any]:
        bundle, pages = scanned([
            ["Whitfield Insurance Group plc", "Dear Ms. Patel,", "Your claim papers follow."],
            ["INVOICE", "Invoice No: INV-7", "Item   Qty   Price   Amount",
             "Towing   1   95.00   95.00", "Total due: USD 95.00"],
            ["GREEN LEAF GROCERS", "Receipt # 42", "Bread  2.49", "TOTAL  $2.49"],
        ])  # fmt: skip
        return OfflineAnalyzer().analyze(bundle, media_type=media_type, filename=filename,
                                         layout=pages)  # fmt: skip


class TestStructuredAnalysis:
    def test_sections_line_items_and_evidence_reach_every_reader_unchanged(self) -> None:
        """result.json, the job row the status API serves and the SNS message carry the
        analysis's sections, line items and evidence exactly as the analyzer made them."""
        harness = Harness(analyzer=BundleAnalyzer())  # type: ignore[arg-type]
        expected = BundleAnalyzer().analyze("", media_type="text/plain", filename="x")
        assert [s["pages"] for s in expected["sections"]] == [[1, 1], [2, 2], [3, 3]]
        harness.run(harness.upload("in/claim.txt", INVOICE))
        results = harness.settings.results_bucket
        stored = json.loads(
            harness.blobs.objects[
                (results, results_key("job-1", "result.json", owner="default"))
            ].data
        )
        record = harness.jobs.get("job-1")
        assert record is not None
        [message] = harness.notifier.published
        for analysis in (
            stored["analysis"],
            record.to_api()["result"]["analysis"],
            message.message["analysis"],
        ):
            for key in ("sections", "lineItems", "evidence", "warnings", "keyFigures"):
                assert analysis[key] == expected[key]


class TestTransientFailures:
    def test_a_step_that_fails_once_runs_twice_and_only_it(self, harness: Harness) -> None:
        """One transient analyzer failure: analyze runs as attempts 1 and 2, nothing else twice."""
        harness.analyzer.failures = 1
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["status"] == "done"
        assert harness.steps_run() == [
            "download",
            "extract",
            "analyze",
            "analyze",
            "store",
            "notify",
        ]
        assert [
            e.attempt for e in harness.events if isinstance(e, StepStart) and e.step == "analyze"
        ] == [1, 2]
        [retry] = [e for e in harness.events if isinstance(e, StepRetry)]
        assert (retry.step, retry.attempt) == ("analyze", 1)

    def test_retries_exhausted_fails_the_job_with_that_code(self, harness: Harness) -> None:
        """A step failing on every attempt ends the job failed/retries_exhausted, still notified."""
        harness.analyzer.failures = 99
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["status"] == "failed"
        assert summary["error"]["code"] == "retries_exhausted"
        assert summary["failedStep"] == "analyze"
        assert harness.steps_run().count("analyze") == 3
        assert harness.steps_run()[-2:] == ["store", "notify"]
        record = harness.jobs.get("job-1")
        assert record is not None
        assert (record.status, record.error) == ("failed", summary["error"])
        assert harness.notifier.published[0].attributes["status"] == "failed"

    def test_a_step_whose_import_fails_ends_the_job_naming_the_module(
        self, harness: Harness
    ) -> None:
        """A module missing from the worker (``ModuleNotFoundError`` in a step body) is retried
        like any other error, then ends the job failed/retries_exhausted with the module's
        name: it does not stay processing at that step."""

        class MissingModule(CountingAnalyzer):
            def analyze(
                self, text: str, *, media_type: str, filename: str, layout: object = None
            ) -> dict[str, Any]:
                self.calls.append(text)
                raise ModuleNotFoundError(
                    "No module named 'docpipe_missing'", name="docpipe_missing"
                )

        harness.analyzer = MissingModule()
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["status"] == "failed"
        assert summary["failedStep"] == "analyze"
        assert summary["error"]["code"] == "retries_exhausted"
        assert "docpipe_missing" in summary["error"]["message"]
        assert len(harness.analyzer.calls) == 3
        record = harness.jobs.get("job-1")
        assert record is not None
        assert (record.status, record.step) == ("failed", None)

    def test_notify_that_never_succeeds_still_ends_the_job(self, harness: Harness) -> None:
        """SNS down for good: the job ends failed/retries_exhausted instead of staying
        processing, and its stored result stays readable."""

        class DownNotifier(RecordingNotifier):
            def publish(self, **kwargs: Any) -> str:
                raise TransientError("SNS unavailable")

        harness.notifier = DownNotifier()
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["status"] == "failed"
        assert summary["failedStep"] == "notify"
        assert harness.steps_run().count("notify") == 3
        record = harness.jobs.get("job-1")
        assert record is not None
        assert record.status == "failed"
        assert record.error is not None
        assert record.error["code"] == "retries_exhausted"
        assert record.result is not None


class TestPermanentFailures:
    def test_analyzer_configuration_error_fails_fast(self, harness: Harness) -> None:
        """A model the account cannot use: analyze runs once, the job is failed with
        configuration_error and the reason, not retried until retries_exhausted."""

        class MisconfiguredAnalyzer(CountingAnalyzer):
            def analyze(
                self, text: str, *, media_type: str, filename: str, layout: object = None
            ) -> dict[str, Any]:
                self.calls.append(text)
                raise AnalyzerConfigError("Bedrock AccessDeniedException for model m")

        harness.analyzer = MisconfiguredAnalyzer()
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["status"] == "failed"
        assert summary["failedStep"] == "analyze"
        assert summary["error"] == {
            "code": "configuration_error",
            "message": "Bedrock AccessDeniedException for model m",
        }
        assert harness.steps_run() == ["download", "extract", "analyze", "store", "notify"]
        record = harness.jobs.get("job-1")
        assert record is not None
        assert (record.status, record.error) == ("failed", summary["error"])

    def test_corrupt_pdf_fails_once_without_retry(self, harness: Harness) -> None:
        """A PDF that does not parse: extract fails once, the job is failed/corrupt_document."""
        job = harness.upload("in/broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
        [summary] = harness.run(job)
        assert summary["status"] == "failed"
        assert summary["error"]["code"] == "corrupt_document"
        assert harness.steps_run() == ["download", "extract", "store", "notify"]
        stored = json.loads(
            harness.blobs.objects[
                (
                    harness.settings.results_bucket,
                    results_key("job-1", "result.json", owner="default"),
                )
            ].data
        )
        assert stored["error"]["code"] == "corrupt_document"
        assert stored["failedStep"] == "extract"

    def test_too_large_document_fails_at_download(self, harness: Harness) -> None:
        """Over max_document_bytes: failed/too_large before anything is extracted."""
        harness.settings = replace(harness.settings, max_document_bytes=16)
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["error"]["code"] == "too_large"
        assert harness.steps_run() == ["download", "store", "notify"]
        assert harness.analyzer.calls == []

    def test_missing_object_is_not_found(self, harness: Harness) -> None:
        """A job for an object that does not exist fails not_found."""
        [summary] = harness.run(job_for("in/missing.txt"))
        assert summary["error"]["code"] == "not_found"
        record = harness.jobs.get("job-1")
        assert record is not None
        assert record.status == "failed"


class TestDownloadedBytes:
    def test_cache_miss_refetches_and_verifies(self, harness: Harness) -> None:
        """With nothing cached, extract re-reads the object and still succeeds if unchanged."""
        harness.cache = ByteCache(max_bytes=0)
        [summary] = harness.run(harness.upload("in/invoice.txt", INVOICE))
        assert summary["status"] == "done"

    def test_changed_object_on_refetch_is_corrupt(self, harness: Harness) -> None:
        """If the object changed between download and a re-read, the job fails, not mixes."""
        harness.cache = ByteCache(max_bytes=0)
        harness.blobs = ChangingBlobStore(INBOX, "in/invoice.txt")
        [summary] = harness.run(job_for("in/invoice.txt"))
        assert summary["error"] == {
            "code": "corrupt_document",
            "message": "document changed since download",
        }


class TestSmallParts:
    def test_byte_cache_evicts_least_recently_used(self) -> None:
        """The cache stays within its byte budget, dropping the oldest entry first."""
        cache = ByteCache(max_bytes=10)
        cache.put("a", "x", b"12345")
        cache.put("b", "x", b"12345")
        assert cache.get("a", "x") == b"12345"
        cache.put("c", "x", b"12345")
        assert cache.get("b", "x") is None
        assert cache.get("a", "x") == b"12345"
        cache.put("d", "x", b"x" * 11)
        assert cache.get("d", "x") is None

    def test_attempt_counter_counts_per_step(self) -> None:
        counter = AttemptCounter()
        assert [counter.next("p.1"), counter.next("p.1"), counter.next("p.2")] == [1, 2, 1]

    def test_bounded_analysis_drops_largest_fields_first(self) -> None:
        """An oversized analysis keeps its small fields and names what it dropped."""
        analysis = {"documentType": "invoice", "entities": ["x" * 50] * 100, "summary": "short"}
        bounded = bounded_analysis(analysis, max_bytes=200)
        assert bounded == {"documentType": "invoice", "summary": "short", "omitted": ["entities"]}
        assert bounded_analysis({"a": 1}) == {"a": 1}

    def test_default_retry_policy_follows_settings(self) -> None:
        """step_max_attempts=3 allows two retries with growing delays, then stops."""
        policy = step_retry_policy(Settings(step_max_attempts=3))
        assert [policy.next(n) for n in (1, 2, 3)] == [2, 4, None]
