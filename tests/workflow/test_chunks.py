"""Long scanned PDFs read in page ranges, on the SDK's in-process Resonate with fakes and
real OCR (generated image-only PDFs whose pages name themselves)."""

from __future__ import annotations

import asyncio
import io
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject
from resonate.resonate import Resonate
from resonate.retry import Constant

from docpipe.errors import TransientError
from docpipe.jobs import WORKFLOW_NAME, DocumentRef, Job, promise_id, results_key
from docpipe.ports import JobRecord
from docpipe.progress import JobUpdate, Pages
from docpipe.settings import Settings
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, RecordingNotifier
from docpipe.worker_events import ChunkFinish, ChunkRetry, ChunkStart, WorkerEvent
from testbed.scans import page_code, scanned_pdf, with_typed_cover
from workflow.analyzers.offline import OfflineAnalyzer
from workflow.chunks import chunk_key, page_ranges
from workflow.page_reader import PageSlots
from workflow.step_runtime import Runtime, process_name
from workflow.worker import build_worker

INBOX = "docpipe-inbox"
FAST_RETRIES = Constant(delay=0, max_retries=2)


class CountingSlot(PageSlots):
    """The worker's page slot, counting the ranges that reached it and have not finished:
    in one process that is every range dispatched and not yet done."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight = 0
        self.most_in_flight = 0

    async def acquire(self) -> None:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        await super().acquire()

    def release(self) -> None:
        self.in_flight -= 1
        super().release()


class FlakyResults(InMemoryBlobStore):
    """Refuses the first write of the first range's results, as S3 throttling would."""

    def __init__(self) -> None:
        super().__init__()
        self.refused = False

    def put(
        self,
        bucket: str,
        key: str,
        data: bytes,
        *,
        content_type: str,
        metadata: dict[str, str] | None = None,
    ) -> None:
        if key.endswith("/pages/00001-00002.json") and not self.refused:
            self.refused = True
            raise TransientError("S3 answered 503 SlowDown")
        super().put(bucket, key, data, content_type=content_type, metadata=metadata)


@dataclass
class Harness:
    settings: Settings
    blobs: InMemoryBlobStore = field(default_factory=InMemoryBlobStore)
    jobs: InMemoryJobTable = field(default_factory=InMemoryJobTable)
    events: list[WorkerEvent] = field(default_factory=list)
    slot: CountingSlot = field(default_factory=CountingSlot)

    def __post_init__(self) -> None:
        # The scans are pages of page codes, no kind of business document: the low-confidence
        # review gate would hold them for a reviewer, and these tests are about page ranges.
        self.settings = replace(self.settings, review_confidence=0.0)

    def run(self, data: bytes, job_id: str = "scan-1") -> dict[str, Any]:
        self.blobs.put(INBOX, "scan.pdf", data, content_type="application/pdf")
        job = Job(job_id=job_id, document=DocumentRef(INBOX, "scan.pdf"), source="sqs")
        deps = Runtime.create(
            settings=self.settings,
            blobs=self.blobs,
            jobs=self.jobs,
            notifier=RecordingNotifier(),
            analyzer=OfflineAnalyzer(),
            clock=lambda: 1_700_000_000_000,
            emit=self.events.append,
            retry_policy=FAST_RETRIES,
            page_slots=self.slot,
        )

        async def main() -> dict[str, Any]:
            resonate = Resonate(
                env={}, group="docpipe-workers", subscription_refresh_secs=0, autostart=False
            )
            worker = build_worker(self.settings, runtime=deps, resonate=resonate)
            worker.start()
            try:
                handle = worker.resonate.run(promise_id(job_id), WORKFLOW_NAME, job.to_dict())
                summary: dict[str, Any] = await asyncio.wait_for(handle.result(), timeout=600)
                return summary
            finally:
                await worker.stop()

        return asyncio.run(main())

    def record(self, job_id: str = "scan-1") -> JobRecord:
        record = self.jobs.get(job_id)
        assert record is not None
        return record

    def chunks_run(self) -> list[list[int]]:
        return [list(e.pages) for e in self.events if isinstance(e, ChunkStart)]

    def text(self, job_id: str = "scan-1") -> str:
        blob = self.blobs.get(
            self.settings.results_bucket,
            results_key(job_id, "text.txt", owner="default"),
            max_bytes=1 << 20,
        )
        return blob.data.decode()


def harness(*, per_chunk: int = 2, in_flight: int = 4) -> Harness:
    settings = Settings(pages_per_chunk=per_chunk, chunks_in_flight=in_flight)
    return Harness(settings=settings)


def codes_in_order(text: str) -> list[str]:
    """The page codes OCR found, in the order they appear (OCR may drop the space)."""
    return re.findall(r"P-\d{4}", text)


class TestPageRanges:
    def test_pages_split_into_ranges_in_order(self) -> None:
        """Ranges cover every page once, in order, the last one short."""
        assert page_ranges(1, 8) == [(1, 1)]
        assert page_ranges(8, 8) == [(1, 8)]
        assert page_ranges(9, 8) == [(1, 8), (9, 9)]
        assert page_ranges(20, 8) == [(1, 8), (9, 16), (17, 20)]

    def test_nonsense_is_refused(self) -> None:
        """Zero pages or zero-sized ranges are a programming error, not an empty plan."""
        with pytest.raises(ValueError, match="cannot split"):
            page_ranges(0, 8)
        with pytest.raises(ValueError, match="cannot split"):
            page_ranges(3, 0)

    def test_chunk_keys_sort_in_page_order(self) -> None:
        """Zero-padded keys list in page order and carry no ':'."""
        job = Job(job_id="job-1", document=DocumentRef(INBOX, "scan.pdf"), source="sqs")
        keys = [chunk_key(job, first, last) for first, last in page_ranges(120, 8)]
        assert keys == sorted(keys)
        assert all(":" not in key for key in keys)


class TestJobRecordProgress:
    def test_progress_shows_while_extracting(self) -> None:
        """A job in extract with a page count shows pagesDone/pages."""
        record = JobRecord(
            job_id="j",
            status="processing",
            document_url="s3://b/k",
            created_at=1,
            updated_at=2,
            step="extract",
            pages=100,
            pages_done=16,
        )
        assert record.to_api()["progress"] == {"pagesDone": 16, "pages": 100}
        assert "progress" not in replace(record, step="analyze").to_api()
        assert "progress" not in replace(record, status="done", step=None).to_api()

    def test_a_range_counts_once(self) -> None:
        """A range recorded twice (re-run after a crash) counts once."""
        table = InMemoryJobTable()
        table.update(
            JobUpdate(
                job_id="j", document_url="s3://b/k", requester_id=None, started="extract", at=1
            )
        )
        table.update(JobUpdate(job_id="j", at=2, pages=Pages(total=20, done=None)))
        for _ in range(2):
            table.update(JobUpdate(job_id="j", at=3, pages=Pages(total=20, done=(1, 8))))
        table.update(JobUpdate(job_id="j", at=4, pages=Pages(total=20, done=(17, 20))))
        record = table.get("j")
        assert record is not None
        assert (record.pages, record.pages_done) == (20, 12)


@pytest.mark.slow
class TestChunkBoundaries:
    def test_one_page_takes_the_fast_path(self) -> None:
        """A one-page scan is OCR'd inside extract: no page-range executions."""
        h = harness(per_chunk=2)
        summary = h.run(scanned_pdf(1))
        assert summary["status"] == "done", summary
        assert h.chunks_run() == []
        assert codes_in_order(h.text()) == [page_code(1)]

    def test_exactly_pages_per_chunk_takes_the_fast_path(self) -> None:
        """A scan of exactly ``pages_per_chunk`` pages is still read in one step."""
        h = harness(per_chunk=2)
        summary = h.run(scanned_pdf(2))
        assert summary["status"] == "done", summary
        assert h.chunks_run() == []
        assert codes_in_order(h.text()) == [page_code(1), page_code(2)]
        assert h.record().pages is None

    def test_a_typed_cover_is_read_with_the_scanned_ranges(self) -> None:
        """A long scan behind a typed cover: the cover's range reads its text layer, the
        others OCR, and the joined text keeps page order."""
        h = harness(per_chunk=2)
        summary = h.run(with_typed_cover(scanned_pdf(3), ["Archive box 17", "Cover sheet"]))
        assert summary["status"] == "done", summary
        assert sorted(h.chunks_run()) == [[1, 2], [3, 4]]
        text = h.text()
        assert text.index("Archive box 17") < text.index(page_code(1))
        assert codes_in_order(text) == [page_code(n) for n in (1, 2, 3)]
        extraction = (h.record().result or {})["extraction"]
        assert "3 of 4 pages had no text layer; they were read by OCR" in extraction["warnings"]

    def test_one_page_more_is_read_in_ranges(self) -> None:
        """``pages_per_chunk + 1`` pages: two ranges, text joined in page order, progress
        complete, each range's results stored under its own key."""
        h = harness(per_chunk=2)
        summary = h.run(scanned_pdf(3))
        assert summary["status"] == "done", summary
        assert sorted(h.chunks_run()) == [[1, 2], [3, 3]]
        assert codes_in_order(h.text()) == [page_code(n) for n in (1, 2, 3)]
        record = h.record()
        assert (record.pages, record.pages_done) == (3, 3)
        extraction = (record.result or {})["extraction"]
        assert (extraction["method"], extraction["pages"], extraction["chunks"]) == (
            "pdf-ocr",
            3,
            2,
        )
        assert extraction["failedPages"] == []
        assert 0.5 < extraction["confidence"] <= 1.0
        stored = h.blobs.get(
            h.settings.results_bucket,
            chunk_key(
                Job(job_id="scan-1", document=DocumentRef(INBOX, "scan.pdf"), source="sqs"), 3, 3
            ),
            max_bytes=1 << 20,
        )
        [page] = json.loads(stored.data)["results"]
        assert page["page"] == 3
        assert page_code(3) in page["text"].replace(" ", "")

    def test_each_range_says_how_it_ended(self) -> None:
        """Every chunk.start is followed by its chunk.finish (characters read, unreadable
        pages); a range whose results could not be stored once says why, retries, and ends."""
        h = harness(per_chunk=2)
        h.blobs = FlakyResults()
        summary = h.run(scanned_pdf(5, corrupt_pages=frozenset({3})))
        assert summary["status"] == "done", summary
        [retry] = [e for e in h.events if isinstance(e, ChunkRetry)]
        assert (retry.pages, retry.attempt, retry.error_type) == ((1, 2), 1, "TransientError")
        assert retry.next_delay_seconds == 0
        finished = {e.pages: e for e in h.events if isinstance(e, ChunkFinish)}
        assert sorted(finished) == [(1, 2), (3, 4), (5, 5)]
        assert finished[(1, 2)].attempt == 2
        assert finished[(3, 4)].failed_pages == 1
        assert all((e.chars or 0) > 0 for e in finished.values())
        # The job row keeps every execution, the retried one too, for the console.
        runs = [(tuple(r["pages"]), r["attempt"], r["outcome"]) for r in h.record().page_runs]
        assert sorted(runs) == [
            ((1, 2), 1, "retry"),
            ((1, 2), 2, "ok"),
            ((3, 4), 1, "ok"),
            ((5, 5), 1, "ok"),
        ]
        assert {r["worker"] for r in h.record().page_runs} == {process_name()}

    def test_a_corrupt_page_in_the_middle_is_named_and_skipped(self) -> None:
        """A page whose image cannot be decoded does not fail a long scan: the job is done,
        the page is listed in ``failedPages`` and named in a warning, the rest keep order."""
        h = harness(per_chunk=2)
        summary = h.run(scanned_pdf(5, corrupt_pages=frozenset({3})))
        assert summary["status"] == "done", summary
        extraction = (h.record().result or {})["extraction"]
        assert extraction["failedPages"] == [3]
        assert any(w.startswith("page 3 could not be read") for w in extraction["warnings"])
        assert codes_in_order(h.text()) == [page_code(n) for n in (1, 2, 4, 5)]

    def test_every_page_corrupt_fails_naming_a_page(self) -> None:
        """When no page can be read the job fails as corrupt_document, naming a page."""
        h = harness(per_chunk=1)
        summary = h.run(scanned_pdf(2, corrupt_pages=frozenset({1, 2})))
        assert summary["status"] == "failed", summary
        assert summary["error"]["code"] == "corrupt_document"
        assert "page 1 could not be read" in summary["error"]["message"]

    def test_ranges_in_flight_stay_within_the_bound(self) -> None:
        """With ``chunks_in_flight`` 2, two ranges are dispatched at once, never more, and
        the worker OCRs them one after the other, in page order."""
        h = harness(per_chunk=1, in_flight=2)
        summary = h.run(scanned_pdf(5))
        assert summary["status"] == "done", summary
        assert h.chunks_run() == [[n, n] for n in range(1, 6)]
        assert h.slot.most_in_flight == 2
        assert codes_in_order(h.text()) == [page_code(n) for n in range(1, 6)]


def with_huge_image(data: bytes, page: int) -> bytes:
    """``data`` with the image on ``page`` declaring 100k x 100k pixels (its bytes unchanged),
    as a decompression bomb would."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    resources = writer.pages[page - 1]["/Resources"]
    assert isinstance(resources, DictionaryObject)
    xobjects = resources["/XObject"].get_object()
    assert isinstance(xobjects, DictionaryObject)
    for ref in xobjects.values():
        image = ref.get_object()
        assert isinstance(image, DictionaryObject)
        image[NameObject("/Width")] = NumberObject(100_000)
        image[NameObject("/Height")] = NumberObject(100_000)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class TestLimitsBeforeWork:
    def test_too_many_pages_fail_before_any_range(self) -> None:
        """A scan past ``max_pages`` fails as too_large without a page being OCR'd."""
        h = Harness(settings=Settings(pages_per_chunk=1, max_pages=3))
        summary = h.run(scanned_pdf(4))
        assert summary["status"] == "failed", summary
        assert summary["error"]["code"] == "too_large"
        assert h.chunks_run() == []

    def test_an_oversized_image_deep_in_the_scan_fails_before_any_range(self) -> None:
        """An image past the pixel limit on the last page refuses the whole document before
        the first range is dispatched."""
        h = Harness(settings=Settings(pages_per_chunk=1))
        summary = h.run(with_huge_image(scanned_pdf(4), page=4))
        assert summary["status"] == "failed", summary
        assert summary["error"]["code"] == "too_large"
        assert "pixels" in summary["error"]["message"]
        assert h.chunks_run() == []
