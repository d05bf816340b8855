"""Page ranges OCR'd in a child process of the worker (see workflow.page_reader for why)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from docpipe.errors import CorruptDocument, TransientError
from testbed.scans import SMALL_PAGE, page_code, scanned_pdf
from workflow.documents import ExtractionLimits, ocr
from workflow.page_reader import ChildProcessPages, InProcessPages, ocr_processes

LIMITS = ExtractionLimits(max_pages=10, max_text_chars=1_000_000)


@pytest.fixture(scope="module")
def scan() -> bytes:
    return scanned_pdf(2, size=SMALL_PAGE)


@pytest.fixture
def reader() -> Iterator[ChildProcessPages]:
    pages = ChildProcessPages()
    try:
        yield pages
    finally:
        pages.close()


class TestChildProcessPages:
    def test_reads_what_the_process_itself_reads_without_loading_an_engine_here(
        self, scan: bytes, reader: ChildProcessPages, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The child's pages equal an in-process read, and this process never built an OCR
        engine (so nothing here held the GIL through orientation detection)."""
        monkeypatch.setattr(ocr, "_engines", {})
        reader.warm(LIMITS.ocr)
        read = reader.read(scan, 1, 2, LIMITS)
        assert ocr._engines == {}
        assert [p.page for p in read] == [1, 2]
        assert page_code(2) in read[1].text.replace(" ", "")
        assert read == InProcessPages().read(scan, 1, 2, LIMITS)

    def test_a_dead_child_fails_the_range_transiently_and_the_next_starts_afresh(
        self, scan: bytes, reader: ChildProcessPages
    ) -> None:
        """A child killed (out of memory, say) makes that range a transient failure, which
        the range's retry handles; the next read gets a new child."""
        reader.read(scan, 1, 1, LIMITS)
        [child] = multiprocessing.active_children()
        child.kill()
        child.join()
        with pytest.raises(TransientError, match="OCR process died while reading pages 2-2"):
            reader.read(scan, 2, 2, LIMITS)
        assert [p.page for p in reader.read(scan, 2, 2, LIMITS)] == [2]

    def test_a_document_error_in_the_child_arrives_as_itself(
        self, reader: ChildProcessPages
    ) -> None:
        """What the child raises about the document (here: pages outside it) is raised here
        as the same permanent error, so it fails the document instead of retrying."""
        with pytest.raises(CorruptDocument, match="pages 2-3 are outside 1-2"):
            reader.read(scanned_pdf(2, size=SMALL_PAGE), 2, 3, LIMITS)


class TestOcrProcesses:
    def test_a_count_is_kept_and_zero_means_one_per_cpu_this_process_may_use(self) -> None:
        """``DOCPIPE_OCR_PROCESSES`` as given; 0 is the CPUs of this process's affinity (what a
        container's cpuset leaves it), never fewer than one."""
        assert ocr_processes(3) == 3
        assert ocr_processes(0) == len(os.sched_getaffinity(0))

    def test_a_pool_of_two_reads_two_ranges_side_by_side(self, scan: bytes) -> None:
        """Two ranges submitted at once are read by two children, neither waiting for the
        other (a worker holds as many ranges as it has processes, and starts each at once)."""
        reader = ChildProcessPages(processes=2)
        try:
            with ThreadPoolExecutor(max_workers=2) as threads:
                reads = [threads.submit(reader.read, scan, page, page, LIMITS) for page in (1, 2)]
                assert [[p.page for p in read.result()] for read in reads] == [[1], [2]]
            # The pool starts a child for a read only when none is idle: two children means
            # the second range did not wait for the first.
            assert len(multiprocessing.active_children()) == 2
        finally:
            reader.close()

    def test_a_pool_needs_a_process(self) -> None:
        with pytest.raises(ValueError, match="at least one process"):
            ChildProcessPages(processes=0)
