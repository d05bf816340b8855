"""A clean start/stop of an in-process worker."""

from __future__ import annotations

import asyncio

from docpipe.settings import Settings
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, RecordingNotifier
from workflow.step_runtime import Runtime
from workflow.worker import build_worker, serve


class NullAnalyzer:
    name = "null"

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: object = None
    ) -> dict[str, object]:
        return {}


class TestWorker:
    def test_serve_starts_and_stops_cleanly(self) -> None:
        """serve() returns once the stop event is set, with the client stopped."""
        deps = Runtime.create(
            settings=Settings(),
            blobs=InMemoryBlobStore(),
            jobs=InMemoryJobTable(),
            notifier=RecordingNotifier(),
            analyzer=NullAnalyzer(),
        )

        async def main() -> None:
            worker = build_worker(Settings(), runtime=deps)
            stop = asyncio.Event()
            task = asyncio.create_task(serve(worker, stop))
            await asyncio.sleep(0)
            stop.set()
            await asyncio.wait_for(task, timeout=30)
            assert worker.resonate._runtime.stopping

        asyncio.run(main())
