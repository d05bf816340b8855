"""The step bodies as plain functions: typed records in, typed records out, fakes for the
ports, no Resonate, no job table, no events."""

from __future__ import annotations

import json

import pytest

from docpipe.errors import CorruptDocument, DocumentNotFound
from docpipe.jobs import DocumentRef, Job, results_key
from docpipe.records import Analysis, Downloaded, Extracted, Failure, PagePlan, Stored
from docpipe.settings import Settings
from docpipe.testing import InMemoryBlobStore, RecordingNotifier
from workflow import steps
from workflow.analyzers import OfflineAnalyzer
from workflow.caches import ByteCache
from workflow.step_runtime import Ports

INBOX = "docpipe-inbox"
RESULTS = "docpipe-results"
INVOICE = b"INVOICE 2024-017\nBill to: ACME GmbH\nTotal due: 1,250.00 EUR\nThank you.\n"


@pytest.fixture
def blobs() -> InMemoryBlobStore:
    store = InMemoryBlobStore()
    store.put(INBOX, "in/invoice.txt", INVOICE, content_type="text/plain")
    return store


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def ports(blobs: InMemoryBlobStore, notifier: RecordingNotifier) -> Ports:
    return Ports(settings=Settings(), blobs=blobs, notifier=notifier, analyzer=OfflineAnalyzer())


JOB = Job("job-1", DocumentRef(INBOX, "in/invoice.txt"), "sqs", requester_id="team-a")


def run_to_analysis(ports: Ports, cache: ByteCache) -> tuple[Downloaded, Extracted, Analysis]:
    downloaded = steps.download(JOB, ports, cache)
    extracted = steps.extract(JOB, downloaded, ports, cache)
    assert isinstance(extracted, Extracted)
    return downloaded, extracted, steps.analyze(JOB, downloaded, extracted, ports, cache)


class TestDownload:
    def test_pins_the_document_and_names_its_type(self, ports: Ports) -> None:
        """download reads the object, digests it and decides its type from its bytes."""
        cache = ByteCache()
        downloaded = steps.download(JOB, ports, cache)
        assert downloaded.size == len(INVOICE)
        assert downloaded.media_type.startswith("text/plain")
        assert cache.get(JOB.job_id, downloaded.sha256) == INVOICE

    def test_a_missing_document_is_a_permanent_error(self, ports: Ports) -> None:
        """No object: DocumentNotFound, which the durable wrapper checkpoints as a failure."""
        job = Job("job-2", DocumentRef(INBOX, "in/gone.txt"), "sqs")
        with pytest.raises(DocumentNotFound):
            steps.download(job, ports, ByteCache())


class TestExtract:
    def test_stores_text_and_layout_and_points_at_them(
        self, ports: Ports, blobs: InMemoryBlobStore
    ) -> None:
        """extract writes text.txt and layout.json; its record holds the keys and stats."""
        cache = ByteCache()
        downloaded = steps.download(JOB, ports, cache)
        extracted = steps.extract(JOB, downloaded, ports, cache)
        assert isinstance(extracted, Extracted)
        assert extracted.key == results_key(JOB.job_id, "text.txt", owner=JOB.owner)
        assert extracted.layout_key == results_key(JOB.job_id, "layout.json", owner=JOB.owner)
        assert blobs.objects[(RESULTS, extracted.key)].data.decode().startswith("INVOICE")
        assert extracted.method == "text"
        assert extracted.stats["words"] > 0

    def test_a_changed_document_on_a_cache_miss_is_corrupt(
        self, ports: Ports, blobs: InMemoryBlobStore
    ) -> None:
        """Another worker (empty cache) re-reads the object; other bytes than download saw
        are refused."""
        downloaded = steps.download(JOB, ports, ByteCache())
        blobs.put(INBOX, "in/invoice.txt", INVOICE + b"edited", content_type="text/plain")
        with pytest.raises(CorruptDocument):
            steps.extract(JOB, downloaded, ports, ByteCache())


class TestAnalyzeStoreNotify:
    def test_the_whole_way_on_records(
        self, ports: Ports, blobs: InMemoryBlobStore, notifier: RecordingNotifier
    ) -> None:
        """analyze, store and notify hand records along; result.json, the returned result
        and the SNS message are one JobResult."""
        cache = ByteCache()
        downloaded, extracted, analysis = run_to_analysis(ports, cache)
        assert analysis.document_type == "invoice"
        outcome = steps.Outcome("done", downloaded, extracted, analysis)
        stored = steps.store(JOB, outcome, ports)
        assert stored.result is not None
        written = json.loads(blobs.objects[(RESULTS, str(stored.key))].data)
        assert written == stored.result.to_dict()
        assert written["analysis"] == analysis.to_dict()
        assert written["text"] == {
            "bucket": RESULTS,
            "key": extracted.key,
            "layoutKey": extracted.layout_key,
        }
        result = steps.final_result(JOB, outcome, stored, ports.analyzer.name)
        notified = steps.notify(JOB, result, ports)
        [message] = notifier.published
        assert notified.message_id == "msg-1"
        assert message.message == written
        assert message.attributes == {
            "status": "done",
            "tenant": "default",
            "requesterId": "team-a",
        }

    def test_a_failed_job_is_announced_with_its_reason(
        self, ports: Ports, notifier: RecordingNotifier
    ) -> None:
        """Nothing stored: the announcement is built from the outcome and says why."""
        error = Failure(code="not_found", message="gone")
        outcome = steps.Outcome("failed", error=error, failed_step="download")
        result = steps.final_result(JOB, outcome, Stored(), ports.analyzer.name)
        steps.notify(JOB, result, ports)
        [message] = notifier.published
        assert message.message == {
            "jobId": JOB.job_id,
            "status": "failed",
            "documentUrl": JOB.document.url,
            "failedStep": "download",
            "error": {"code": "not_found", "message": "gone"},
        }

    def test_a_long_scan_becomes_a_plan(self, ports: Ports) -> None:
        """PagePlan is what extract answers for a scan too long for one step (its checkpoint
        form is the one the workflow has always read)."""
        plan = PagePlan(pages=20, pages_per_chunk=8, chunks_in_flight=4)
        assert plan.to_checkpoint() == {
            "chunked": {"pages": 20, "pagesPerChunk": 8, "chunksInFlight": 4, "warnings": []}
        }
