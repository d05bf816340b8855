"""The console draws a long scan's page ranges on the job's timeline (issue 21, item 6), in a
real browser: one bar per range execution under extract, and a range that failed once and ran
again shows both attempts, the failed one drawn apart.

The stack runs ``--without worker``; the worker runs here, built as ``docpipe worker`` builds
it, except that its blob store refuses the first write of one range's results the way S3 does
when it throttles, so that range's first attempt fails and is retried.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from docpipe import durable
from docpipe.errors import TransientError
from docpipe.jobs import s3_job_id
from docpipe.settings import Settings
from support.browser import UI_TIMEOUT_MS, chromium, playwright_api
from support.stack import Stack, running_stack, wait_until
from testbed.scans import SMALL_PAGE, scanned_pdf
from workflow.worker import build_runtime, build_worker, serve

pytestmark = [pytest.mark.integration, pytest.mark.slow]

playwright_api()

#: Five pages in ranges of two: 1-2, 3-4 (its first attempt refused) and 5-5.
PAGES = 5
SETTINGS_ENV = {
    "DOCPIPE_PAGES_PER_CHUNK": "2",
    # Pages of page codes are no kind of business document: no reviewer is waited for.
    "DOCPIPE_REVIEW_CONFIDENCE": "0",
}
REFUSED_KEY_END = "/pages/00003-00004.json"


class RefusesOneRange:
    """The worker's blob store, refusing the first write of pages 3-4's results."""

    def __init__(self, blobs: Any) -> None:
        self._blobs = blobs
        self.refused = threading.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._blobs, name)

    def put(self, bucket: str, key: str, data: bytes, **kwargs: Any) -> None:
        if key.endswith(REFUSED_KEY_END) and not self.refused.is_set():
            self.refused.set()
            raise TransientError("S3 answered 503 SlowDown")
        self._blobs.put(bucket, key, data, **kwargs)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    yield from running_stack(
        tmp_path_factory.mktemp("console-ranges"), "--without", "worker", env=SETTINGS_ENV
    )


@pytest.fixture(scope="module")
def worker(stack: Stack) -> Iterator[RefusesOneRange]:
    """A worker in this process, its blob store refusing one range's first write."""
    env = stack.env(**SETTINGS_ENV)
    with pytest.MonkeyPatch.context() as patch:
        # boto3 finds the emulator's credentials where a worker process would: the environment.
        for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION"):
            patch.setenv(name, env[name])
        settings = durable.prepare(Settings.from_env(env), receiving=True)
        runtime = build_runtime(settings)
        blobs = RefusesOneRange(runtime.ports.blobs)
        runtime = replace(runtime, ports=replace(runtime.ports, blobs=blobs))
        started: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

        async def run() -> None:
            stop = asyncio.Event()
            started.append((asyncio.get_running_loop(), stop))
            await serve(build_worker(settings, runtime=runtime), stop)

        thread = threading.Thread(target=asyncio.run, args=(run(),))
        thread.start()
        try:
            wait_until(lambda: started, timeout=30, what="the worker's event loop")
            yield blobs
        finally:
            loop, stop = started[0]
            loop.call_soon_threadsafe(stop.set)
            thread.join(timeout=120)


def test_each_page_range_and_its_retry_are_drawn_under_extract(
    stack: Stack, worker: RefusesOneRange
) -> None:
    put = stack.client("s3").put_object(
        Bucket=stack.info.inbox_bucket,
        Key="long/ranges.pdf",
        Body=scanned_pdf(PAGES, size=SMALL_PAGE),
    )
    job_id = s3_job_id(
        stack.info.inbox_bucket, "long/ranges.pdf", put.get("VersionId"), put["ETag"]
    )
    wait_until(lambda: stack.status(job_id), timeout=60, what="the job to be accepted")
    assert stack.wait_finished(job_id, timeout=600)["status"] == "done"
    assert worker.refused.is_set()

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.set_default_timeout(UI_TIMEOUT_MS)
        assert stack.info.status_api
        page.goto(f"{stack.info.status_api}/#/job/{job_id}")
        page.locator('#job-status[data-status="done"]').wait_for()
        rows = page.locator("#timeline .bar-range-row")
        rows.first.wait_for()
        drawn = [
            (
                row.get_attribute("data-range"),
                row.get_attribute("data-attempt"),
                row.get_attribute("data-outcome"),
            )
            for row in rows.all()
        ]
        assert sorted(drawn) == [
            ("1-2", "1", "ok"),
            ("3-4", "1", "retry"),
            ("3-4", "2", "ok"),
            ("5-5", "1", "ok"),
        ]
        # The ranges sit under extract, and the retried attempt looks unlike a good one.
        order = page.locator("#timeline .bar-row").evaluate_all(
            "rows => rows.map(r => r.dataset.step || 'range')"
        )
        first_range = order.index("range")
        assert order[first_range - 1] == "extract"
        assert order[first_range : first_range + 4] == ["range"] * 4

        def look(outcome: str) -> str:
            bar = page.locator(f'.bar-range-row[data-outcome="{outcome}"] .bar').first
            return str(
                bar.evaluate(
                    "b => { const s = getComputedStyle(b);"
                    " return s.backgroundImage + s.backgroundColor; }"
                )
            )

        assert look("retry") != look("ok")
        note = page.locator('.bar-range-row[data-outcome="retry"] .bar-note').inner_text()
        assert "attempt 1 failed, retried" in note
