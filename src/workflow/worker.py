"""``docpipe worker``: the long-running process that executes ``process_document``.

It joins the worker group on the Resonate server, holds each task under a lease it keeps
alive with heartbeats (``worker_ttl_seconds``), and runs the pipeline's steps against S3,
DynamoDB and SNS. Step events go to stdout as JSON lines; everything else is logged to
stderr. SIGTERM or SIGINT stops it cleanly: in-flight executions are joined, and a job cut
short resumes on another worker from its last checkpoint once the lease lapses.

:func:`build_worker` builds the same worker in-process (tests, the local stack, the demo).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from docpipe import durable, worker_events
from docpipe.aws import DynamoJobTable, S3BlobStore, SnsNotifier, client
from docpipe.classes import Catalogue, configured_classes
from docpipe.ports import JobQueries
from docpipe.settings import Settings
from workflow.analyzers import make_analyzer
from workflow.documents import ExtractionLimits
from workflow.page_reader import ChildProcessPages, PageSlots, ocr_processes
from workflow.pipeline import register
from workflow.review_deadlines import ReviewDeadlines, sweep_interval
from workflow.step_runtime import Emitter, Ports, Runtime

if TYPE_CHECKING:
    from resonate.resonate import Resonate
    from resonate.retry import RetryPolicy

    from docpipe.ports import Analyzer

logger = logging.getLogger("docpipe.worker")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Worker:
    """A Resonate client with the pipeline registered on it; :meth:`start` begins polling."""

    resonate: Resonate
    runtime: Runtime
    #: The job table's readers' side (the review-deadline sweep lists waiting jobs).
    queries: JobQueries

    def start(self) -> None:
        """Open the connections (needs a running event loop)."""
        self.resonate.start()

    async def stop(self) -> None:
        """Stop taking work, join what is running, close the connections."""
        await self.resonate.stop()
        await asyncio.to_thread(self.runtime.page_reader.close)


def build_analyzer(settings: Settings, classes: Catalogue | None = None) -> Analyzer:
    """The analyzer the settings ask for (offline by default)."""
    return make_analyzer(settings, classes=classes)


def build_runtime(
    settings: Settings,
    *,
    emit: Emitter = worker_events.write,
    retry_policy: RetryPolicy | None = None,
    analyzer: Analyzer | None = None,
) -> Runtime:
    """The pipeline's ports on AWS (S3, DynamoDB, SNS) as the settings describe them, over the
    document classes ``DOCPIPE_CLASSES`` names (read now: a bad file stops the worker here)."""
    connections = settings.worker_threads  # one per step thread calling at once
    s3 = client("s3", settings, connections=connections)
    classes = configured_classes(settings, s3_client=s3)
    ports = Ports(
        settings=settings,
        blobs=S3BlobStore(s3),
        notifier=SnsNotifier(
            client("sns", settings, connections=connections), settings.require("topic_arn")
        ),
        analyzer=analyzer if analyzer is not None else build_analyzer(settings, classes),
    )
    processes = ocr_processes(settings.ocr_processes)
    return Runtime(
        ports=ports,
        jobs=DynamoJobTable(client("dynamodb", settings, connections=connections), settings.table),
        classes=classes,
        emit=emit,
        retry_policy=retry_policy,
        analyzers=analyzer_choice(settings),
        # Page ranges are OCR'd in child processes, one range each: see workflow.page_reader.
        page_reader=ChildProcessPages(processes),
        page_slots=PageSlots(processes),
    )


def analyzer_choice(settings: Settings) -> Callable[[str | None, str | None], Analyzer]:
    """Analyzers for jobs that name their own (``None``: the worker's setting), built once
    per choice: a retry may ask for Bedrock or another classes file."""

    @functools.cache
    def choose(kind: str | None, classes: str | None) -> Analyzer:
        chosen = replace(
            settings,
            analyzer="bedrock" if kind == "bedrock" else "offline" if kind else settings.analyzer,
            classes=classes if classes is not None else settings.classes,
        )
        return build_analyzer(chosen)

    return choose


def build_resonate(
    settings: Settings,
    *,
    pid: str | None = None,
    has_capacity: Callable[[], bool] | None = None,
) -> Resonate:
    """The worker's Resonate client for the configured engine, not yet started.

    ``settings.resonate_url`` unset means the SDK's in-process server, which only an
    in-process caller (the demo, tests) can reach: the environment is deliberately not
    consulted a second time. A ``postgresql://`` URL makes it a resonate-pg client that
    drains the worker group's outbox and drives the database's timers, claiming the group's
    work only while ``has_capacity`` says so.
    """
    return durable.resonate_client(
        settings,
        group=settings.worker_group,
        receiving=True,
        pid=pid,
        ttl=timedelta(seconds=settings.worker_ttl_seconds),
        has_capacity=has_capacity,
    )


def build_worker(
    settings: Settings,
    *,
    runtime: Runtime | None = None,
    queries: JobQueries | None = None,
    resonate: Resonate | None = None,
    emit: Emitter = worker_events.write,
    retry_policy: RetryPolicy | None = None,
) -> Worker:
    """A worker with the pipeline registered, not yet started.

    Pass ``runtime`` to run on other ports (fakes; ``queries`` defaults to its job table when
    that reads too), ``resonate`` to share a client (the in-process demo runs consumer and
    worker on one).
    """
    if runtime is None:
        runtime = build_runtime(settings, emit=emit, retry_policy=retry_policy)
    if queries is None:
        if not isinstance(runtime.jobs, JobQueries):
            raise TypeError("the runtime's job table cannot be read: pass queries=")
        queries = runtime.jobs
    client = resonate if resonate is not None else build_resonate(settings)
    register(client, runtime)
    return Worker(client, runtime, queries)


async def serve(worker: Worker, stop: asyncio.Event) -> None:
    """Run ``worker`` until ``stop`` is set, then shut it down cleanly."""
    worker.start()
    settings = worker.runtime.settings
    # The OCR processes for page ranges start now, in the background (workflow.page_reader).
    options = ExtractionLimits.from_settings(settings).ocr
    await asyncio.to_thread(worker.runtime.page_reader.warm, options)
    logger.info("worker started (group %s)", settings.worker_group)
    # Machine-readable readiness on the event stream (the local stack waits for it).
    worker.runtime.emit(worker_events.WorkerReady(group=settings.worker_group))
    deadlines = ReviewDeadlines(
        worker.queries,
        worker.resonate,
        interval_seconds=sweep_interval(settings.review_timeout_seconds),
    )
    sweeper = asyncio.create_task(deadlines.run(stop))
    try:
        await stop.wait()
    finally:
        logger.info("worker stopping")
        await sweeper
        await worker.stop()


class StepThreads(ThreadPoolExecutor):
    """The threads a worker's steps run their blocking work on, knowing whether one is idle
    (the worker claims new jobs from the group only then)."""

    def __init__(self, threads: int) -> None:
        super().__init__(max_workers=threads, thread_name_prefix="docpipe-step")
        self._size = threads
        self._busy_calls = 0
        self._count_lock = threading.Lock()

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        with self._count_lock:
            self._busy_calls += 1
        try:
            future = super().submit(fn, *args, **kwargs)
        except BaseException:
            self._finished()
            raise
        future.add_done_callback(lambda _: self._finished())
        return future

    def _finished(self) -> None:
        with self._count_lock:
            self._busy_calls -= 1

    def has_idle_thread(self) -> bool:
        """Whether fewer calls run or wait than there are threads."""
        return self._busy_calls < self._size


def use_step_threads(loop: asyncio.AbstractEventLoop, settings: Settings) -> StepThreads:
    """Run the steps' blocking work (``asyncio.to_thread``) on ``settings.worker_threads``
    threads: a worker's jobs wait on AWS calls side by side, not six at a time."""
    threads = StepThreads(settings.worker_threads)
    loop.set_default_executor(threads)
    return threads


def has_capacity(threads: StepThreads, runtime: Runtime) -> bool:
    """Whether this worker should claim more of its group's work (resonate-pg: the worker
    pulls its work): a step thread is idle, and no page range waits for an OCR process here.
    A range claimed behind a backlog would wait while another worker could start it (two
    workers on 64 pages split the ranges 6 to 2, one idle for half the extract); the group's
    other members take the work meanwhile, and this one claims again when its backlog clears.
    """
    return threads.has_idle_thread() and not runtime.page_slots.backlogged()


async def _main(settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    threads = use_step_threads(loop, settings)
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    runtime = build_runtime(settings)
    resonate = build_resonate(
        settings, has_capacity=functools.partial(has_capacity, threads, runtime)
    )
    await serve(build_worker(settings, runtime=runtime, resonate=resonate), stop)


def serve_until_stopped(settings: Settings) -> None:
    """Serve ``settings`` until SIGTERM/SIGINT (``docpipe worker``; the container's command).

    The durable engine is checked first (secrets resolved, a Postgres database's schema and
    grants verified), so a misconfiguration stops the worker with one clear error.
    """
    settings.require("resonate_url")
    asyncio.run(_main(durable.prepare(settings, receiving=True)))
