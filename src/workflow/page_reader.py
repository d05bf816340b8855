"""Where a page range's OCR runs: in a child process of the worker, so its leases stay alive.

tesserocr holds the GIL through Tesseract's orientation detection (``DetectOrientationScript``
is called without releasing it), about a second of every page on a busy machine. In the
worker's own process that freezes the asyncio loop which heartbeats the durable task leases
(every ``worker_ttl_seconds / 2``): on two shared cores a range's lease lapsed while its OCR
ran, the server handed the range out again, the finished range's result was refused
("task version mismatch") and its pages were OCR'd again, up to a dozen times
(``bench/long_document.py`` measured one worker at 0.33x the raw OCR rate). A child process
has a GIL of its own: the worker's loop keeps heartbeating whatever the OCR does.

:class:`ChildProcessPages` is the worker's reader: a pool of long-lived children, as many as
the worker may run ranges side by side (``DOCPIPE_OCR_PROCESSES``, by default one per CPU:
:func:`ocr_processes`), started with ``spawn`` (the worker has threads; a fork would copy
their locks), the OCR engine loaded once in each. A worker claims every range the engine
sends it, so it must be able to start what it holds: with one child, a second range waited
behind the first while another worker of the group idled (``docs/long-documents.md``). A
child that dies (killed, out of memory) breaks the pool: the ranges it was reading fail with
a :class:`~docpipe.errors.TransientError`, which their retries handle on a new pool; a
worker that dies (SIGKILL) takes its children with it within a second, so no orphan keeps
OCR'ing a range that another worker now reads.
:class:`InProcessPages` reads in the calling process (tests on fakes, the in-process demo).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Protocol

from docpipe.errors import TransientError

if TYPE_CHECKING:
    from workflow.documents import ExtractionLimits
    from workflow.documents.pages import PageText
    from workflow.documents.types import OcrOptions


class PageReader(Protocol):
    """Reads pages ``first``..``last`` of a scanned PDF (see
    :func:`workflow.documents.pdf.ocr_pages`); :meth:`warm` gets ready without waiting,
    :meth:`close` frees what it holds."""

    def read(
        self, data: bytes, first: int, last: int, limits: ExtractionLimits
    ) -> list[PageText]: ...

    def warm(self, options: OcrOptions) -> None: ...

    def close(self) -> None: ...


def _ocr_pages(data: bytes, first: int, last: int, limits: ExtractionLimits) -> list[PageText]:
    from workflow.documents.pdf import ocr_pages  # noqa: PLC0415 (pypdf + OCR: ~0.1 s)

    return ocr_pages(data, first, last, limits)


def ocr_processes(configured: int) -> int:
    """The OCR processes a worker runs: ``configured``, or for 0 one per CPU this process
    may run on (its affinity, which a container's cpuset narrows)."""
    if configured > 0:
        return configured
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - a platform without sched_getaffinity
        return os.cpu_count() or 1


#: How often the child checks that the worker that started it is still alive.
_PARENT_CHECK_SECONDS = 1.0


def _exit_with(parent: int) -> None:
    """In the child: end this process once ``parent`` is gone (it is then re-parented)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _load_engine(options: OcrOptions) -> None:
    from workflow.documents import ocr  # noqa: PLC0415

    ocr.engine(options)


class PageSlots:
    """The worker's OCR processes as slots: a range holds one while it is read, the others
    wait for one in arrival order (asyncio's semaphore is fair).

    :meth:`backlogged` is what a worker that pulls its work (resonate-pg) asks before it
    claims more: a range waiting here is one another worker of the group could have started.
    """

    def __init__(self, processes: int = 1) -> None:
        self._free = asyncio.Semaphore(processes)
        #: Ranges waiting for a process now.
        self.waiting = 0

    async def acquire(self) -> None:
        self.waiting += 1
        try:
            await self._free.acquire()
        finally:
            self.waiting -= 1

    def release(self) -> None:
        self._free.release()

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(self, *_exc: object) -> None:
        self.release()

    def backlogged(self) -> bool:
        """Whether a range is waiting for a process."""
        return self.waiting > 0


class InProcessPages:
    """Reads in the calling thread's process."""

    def read(self, data: bytes, first: int, last: int, limits: ExtractionLimits) -> list[PageText]:
        return _ocr_pages(data, first, last, limits)

    def warm(self, options: OcrOptions) -> None:
        """Nothing to start: the engine loads on the first page, as for any other OCR."""

    def close(self) -> None:
        """Nothing to free."""


class ChildProcessPages:
    """Reads in ``processes`` child processes (a range each), started on first use and kept
    for the next ranges."""

    def __init__(self, processes: int = 1, start_method: str = "spawn") -> None:
        if processes < 1:
            raise ValueError(f"an OCR pool needs at least one process, not {processes}")
        self.processes = processes
        self._context = multiprocessing.get_context(start_method)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def read(self, data: bytes, first: int, last: int, limits: ExtractionLimits) -> list[PageText]:
        pool = self._running()
        try:
            return pool.submit(_ocr_pages, data, first, last, limits).result()
        except BrokenProcessPool as exc:
            self._discard(pool)
            raise TransientError(
                f"the OCR process died while reading pages {first}-{last}: {exc}"
            ) from exc

    def warm(self, options: OcrOptions) -> None:
        """Start the children and load the engine in each, without waiting: the first ranges
        then start reading at once (spawning and loading take seconds on a busy machine)."""
        pool = self._running()
        for _ in range(self.processes):
            pool.submit(_load_engine, options)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _running(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.processes,
                    mp_context=self._context,
                    initializer=_exit_with,
                    initargs=(os.getpid(),),
                )
            return self._pool

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)


__all__ = ["ChildProcessPages", "InProcessPages", "PageReader", "PageSlots", "ocr_processes"]
