"""The worker runs its steps' blocking calls on as many threads as it is configured for."""

from __future__ import annotations

import asyncio
import threading

from docpipe.settings import Settings
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, RecordingNotifier
from support.waiting import wait_until
from workflow.analyzers.offline import OfflineAnalyzer
from workflow.page_reader import PageSlots
from workflow.step_runtime import Runtime
from workflow.worker import StepThreads, has_capacity, use_step_threads


class TestStepThreads:
    """``use_step_threads`` sizes the pool ``asyncio.to_thread`` runs on."""

    def test_that_many_blocking_calls_wait_side_by_side(self) -> None:
        """Twenty calls that each wait for all twenty finish: twenty threads, not cores + 4."""
        barrier = threading.Barrier(20, timeout=30)

        async def twenty_at_once() -> list[int]:
            use_step_threads(asyncio.get_running_loop(), Settings(worker_threads=20))
            return await asyncio.gather(*(asyncio.to_thread(barrier.wait) for _ in range(20)))

        assert sorted(asyncio.run(twenty_at_once())) == list(range(20))

    def test_the_setting_is_read_from_the_environment(self) -> None:
        """``DOCPIPE_WORKER_THREADS`` sets it; 32 by default."""
        assert Settings.from_env({}).worker_threads == 32
        assert Settings.from_env({"DOCPIPE_WORKER_THREADS": "8"}).worker_threads == 8


class TestIdleThread:
    """``StepThreads.has_idle_thread`` says whether another call would start at once."""

    def test_busy_while_every_thread_runs_and_idle_after(self) -> None:
        """Two threads, two blocked calls: none idle; one released: idle again."""
        release = [threading.Event(), threading.Event()]
        with StepThreads(2) as threads:
            assert threads.has_idle_thread()
            calls = [threads.submit(event.wait, 30) for event in release]
            assert not threads.has_idle_thread()
            release[0].set()
            calls[0].result(timeout=30)
            # The count drops in the future's done callback, just after its result is set.
            wait_until(lambda: threads.has_idle_thread() or None, timeout=30, what="idle")
            release[1].set()


class TestCapacity:
    """``has_capacity``: whether a worker that pulls its work (resonate-pg) claims more."""

    def test_no_claims_while_a_page_range_waits_for_an_ocr_process(self) -> None:
        """Two OCR processes, two ranges reading: it still claims (a third range would wait
        only for the next free process); a third range waiting: it claims nothing until that
        range starts, so the group's other workers take what comes meanwhile."""

        async def scenario() -> list[bool]:
            runtime = Runtime.create(
                settings=Settings(),
                blobs=InMemoryBlobStore(),
                jobs=InMemoryJobTable(),
                notifier=RecordingNotifier(),
                analyzer=OfflineAnalyzer(),
                page_slots=PageSlots(2),
            )
            slots = runtime.page_slots
            seen = []
            with StepThreads(4) as threads:
                await slots.acquire()
                await slots.acquire()
                seen.append(has_capacity(threads, runtime))
                third = asyncio.create_task(slots.acquire())
                await asyncio.sleep(0)  # the third range reaches the slots and waits
                seen.append(has_capacity(threads, runtime))
                slots.release()
                await third
                seen.append(has_capacity(threads, runtime))
            return seen

        assert asyncio.run(scenario()) == [True, False, True]
