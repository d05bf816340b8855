"""Benchmark: workers beyond one process -- the backlog with 1, 2 and 4 worker processes,
each on a host of its own, on the Postgres engine.

``docpipe up --durable postgres --without worker`` runs the stack (the AWS emulator started
here with ``--latency-ms``, so every AWS call takes as long as a remote region's would, and
the steps wait on I/O as they do in AWS). Each worker process runs in a Linux network
namespace of its own, joined to this host by a veth pair (10.231.K.2 <-> 10.231.K.1), with
no route anywhere else: on 10.231.K.1 a relay in this machine's namespace forwards exactly
two ports, the AWS endpoint and the database, so a worker reaches those two and nothing
else, as a worker on another host would (its own loopback, its own TCP stack; the database
and the AWS endpoint one network hop away). Creating namespaces needs root (``ip netns``);
without it the bench says so and stops.

For each worker count, ``--documents`` small documents of mixed formats (text, HTML, a
one-page PDF) are uploaded at once to the inbox bucket; documents per second count from the
first upload to the last ``job.done`` in the workers' logs; latency is upload to that job's
``job.done``. The span of a finite backlog also holds the consumer's ramp-up and the last
jobs' own latency (tens of seconds at 200 ms per AWS call), which more workers do not
shorten: the backlog must be long against those for the scaling to show. Printed: docs/s,
the speed-up over one worker, the scaling efficiency (speed-up / workers), p50/p95 latency,
how the jobs spread over the workers, CPU seconds per document by process, and the cores
busy over each run: the bench's processes' and the whole machine's. The goal (issue 23):
near-linear -- efficiency >= 0.8 at 4 workers with the I/O latency on.

What one worker can do is bounded by its step threads (``--worker-threads``, the worker's
``DOCPIPE_WORKER_THREADS``): a document's dozen AWS calls hold a thread ~2.4 s at 200 ms
each. Workers on separate hosts add threads *and* CPU; here they add threads and share two
cores with everything else. With the worker's default (32 threads) one worker already turns
as many documents as this machine's CPU allows, and more workers cannot add to that; with a
few threads each (``--worker-threads 4``) the workers are the limit, which is the scaling
this bench is about. When the machine's column reads 2.00 the CPU was the shared limit.

    sudo .venv/bin/python bench/workers.py [--workers 1 2 4] [--documents 300]
        [--latency-ms 200] [--worker-threads N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

# As a script, this file's folder comes first on sys.path, where bench/consumer.py and
# bench/devserver.py would shadow the packages of those names: drop it before importing.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import boto3  # noqa: E402

from docpipe import events  # noqa: E402
from docpipe.events import read_events  # noqa: E402
from docpipe.jobs import s3_job_id  # noqa: E402
from docpipe_cli.samples import SAMPLES_DIR  # noqa: E402
from docpipe_cli.stack.aws_emulator import READY_PATH  # noqa: E402
from docpipe_cli.stack.components import base_environment, http_answers  # noqa: E402
from docpipe_cli.stack.cpu import machine_cpu, tree_cpu  # noqa: E402
from docpipe_cli.stack.launch import start_and_wait, stop_process  # noqa: E402
from docpipe_cli.stack.stackfile import StackInfo  # noqa: E402

#: The namespaces' addresses: host side 10.231.K.1, worker side 10.231.K.2 (K = 1, 2, ...).
SUBNET = "10.231"
NAMESPACE = "docpipe-w{k}"
GOAL_EFFICIENCY = 0.8


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


# ── hosts: network namespaces and the relay into them ──────────────────────────────────


@contextmanager
def namespaces(count: int) -> Iterator[list[str]]:
    """``count`` namespaces, each with a veth to this host and nothing else; removed after."""
    made: list[int] = []
    try:
        for k in range(1, count + 1):
            name, host_if, ns_if = NAMESPACE.format(k=k), f"dpw{k}h", f"dpw{k}n"
            ip("netns", "add", name)
            made.append(k)
            ip("link", "add", host_if, "type", "veth", "peer", "name", ns_if)
            ip("link", "set", ns_if, "netns", name)
            ip("addr", "add", f"{SUBNET}.{k}.1/30", "dev", host_if)
            ip("link", "set", host_if, "up")
            ip("netns", "exec", name, "ip", "addr", "add", f"{SUBNET}.{k}.2/30", "dev", ns_if)
            ip("netns", "exec", name, "ip", "link", "set", ns_if, "up")
            ip("netns", "exec", name, "ip", "link", "set", "lo", "up")
        yield [NAMESPACE.format(k=k) for k in made]
    finally:
        for k in made:
            with suppress(subprocess.CalledProcessError):
                ip("link", "del", f"dpw{k}h")
            with suppress(subprocess.CalledProcessError):
                ip("netns", "del", NAMESPACE.format(k=k))


async def relay(routes: list[str]) -> None:
    """Serve ``HOST:PORT=tcp:HOST:PORT`` / ``HOST:PORT=unix:PATH`` routes until SIGTERM."""

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with suppress(ConnectionError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        with suppress(ConnectionError, OSError):
            writer.close()

    def handler(target: str) -> Any:
        kind, _, where = target.partition(":")

        async def forward(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            if kind == "unix":
                up_reader, up_writer = await asyncio.open_unix_connection(where)
            else:
                host, _, port = where.rpartition(":")
                up_reader, up_writer = await asyncio.open_connection(host, int(port))
            await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

        return forward

    servers = []
    for route in routes:
        listen, _, target = route.partition("=")
        host, _, port = listen.rpartition(":")
        servers.append(await asyncio.start_server(handler(target), host, int(port)))
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("ready", flush=True)
    await stop.wait()


def start_relay(routes: list[str], log: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--relay", *routes], stdout=subprocess.PIPE, stderr=log.open("w")
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != b"ready":
        raise RuntimeError(f"the relay did not start; see {log}")
    return proc


def postgres_socket(dsn: str) -> tuple[str, str, str]:
    """``(user, database, Unix socket path)`` of the local stack's Postgres DSN."""
    url = urlsplit(dsn)
    query = parse_qs(url.query)
    socket_dir, port = query["host"][0], query.get("port", ["5432"])[0]
    return url.username or "postgres", url.path.lstrip("/"), f"{socket_dir}/.s.PGSQL.{port}"


# ── the stack and the workers ──────────────────────────────────────────────────────────


def start_emulator(port: int, latency_ms: float, log: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "docpipe_cli.stack.aws_emulator", "--port", str(port)]
    argv += ["--latency-ms", str(latency_ms)]
    proc = subprocess.Popen(
        argv, env=base_environment(), stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 60
    while not http_answers(f"http://127.0.0.1:{port}{READY_PATH}"):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the AWS emulator did not start; see {log}")
        time.sleep(0.2)
    return proc


def start_worker(
    namespace: str,
    k: int,
    stack: StackInfo,
    ports: tuple[int, int],
    tmp: Path,
    run: str,
    threads: int | None,
) -> tuple[subprocess.Popen[bytes], Path]:
    """A worker in ``namespace`` configured to reach the stack through the relay."""
    user, database, _ = postgres_socket(stack.resonate_url)
    aws_port, pg_port = ports
    host = f"{SUBNET}.{k}.1"
    data = json.loads(stack.to_json())
    data["aws_endpoint"] = f"http://{host}:{aws_port}"
    data["resonate_url"] = f"postgresql://{user}@{host}:{pg_port}/{database}"
    stack_file = tmp / f"stack-{namespace}.json"
    stack_file.write_text(json.dumps(data))
    log = tmp / f"worker-{run}-{namespace}.log"
    argv = ["ip", "netns", "exec", namespace, sys.executable, "-m", "docpipe_cli.cli"]
    argv += ["worker", "--stack", str(stack_file)]
    env = base_environment()
    if threads is not None:
        env["DOCPIPE_WORKER_THREADS"] = str(threads)
    proc = subprocess.Popen(argv, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    return proc, log


def wait_ready(procs: list[tuple[subprocess.Popen[bytes], Path]]) -> None:
    deadline = time.monotonic() + 120
    for proc, log in procs:
        while not events.has_event(log, events.WORKER_READY):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"a worker did not start; see {log}")
            time.sleep(0.2)


# ── one backlog ────────────────────────────────────────────────────────────────────────


def documents(count: int, tag: str) -> list[tuple[str, bytes]]:
    """``count`` small documents of mixed formats, each one distinct (its own job)."""
    letter = (SAMPLES_DIR / "letter.txt").read_bytes()
    report = (SAMPLES_DIR / "report.html").read_bytes()
    invoice = (SAMPLES_DIR / "invoice.pdf").read_bytes()
    out = []
    for i in range(count):
        nonce = f"{tag}-{i}".encode()
        match i % 3:
            case 0:
                out.append((f"{tag}/doc-{i}.txt", letter + b"\nReference " + nonce + b"\n"))
            case 1:
                out.append((f"{tag}/doc-{i}.html", report + b"<!-- " + nonce + b" -->\n"))
            case _:  # bytes after %%EOF are ignored by PDF readers
                out.append((f"{tag}/doc-{i}.pdf", invoice + b"\n%" + nonce + b"\n"))
    return out


def log_ms(event: dict[str, Any]) -> float:
    stamp = event["timestamp"]
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f%z").timestamp() * 1000


def backlog(
    stack: StackInfo, logs: list[Path], count: int, tag: str, components: dict[str, list[int]]
) -> dict[str, Any]:
    """Upload ``count`` documents at once; wait for every ``job.done`` in ``logs``."""
    cpu_before = {name: sum(map(tree_cpu, pids)) for name, pids in components.items()}
    machine_before, window_started = machine_cpu(), time.monotonic()
    s3 = boto3.client(
        "s3",
        endpoint_url=stack.aws_endpoint,
        region_name=stack.region,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    put_ms: dict[str, float] = {}

    def upload(doc: tuple[str, bytes]) -> None:
        before = time.time() * 1000
        put = s3.put_object(Bucket=stack.inbox_bucket, Key=doc[0], Body=doc[1])
        put_ms[s3_job_id(stack.inbox_bucket, doc[0], put.get("VersionId"), put["ETag"])] = before

    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(upload, documents(count, tag)))
    done: dict[str, float] = {}
    by_worker: list[int] = []
    deadline = time.monotonic() + 30 + count * 5
    while len(done) < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{count - len(done)} of {count} jobs unfinished")
        time.sleep(0.5)
        by_worker = []
        for log in logs:
            mine = 0
            for event in read_events(log):
                job = event.get("jobId")
                if job not in put_ms:
                    continue
                if event["event"] == events.JOB_FAILED:
                    raise RuntimeError(f"{job} failed: {event}")
                if event["event"] == events.JOB_DONE:
                    done[job] = log_ms(event)
                    mine += 1
            by_worker.append(mine)
    cpu = {
        name: (sum(map(tree_cpu, pids)) - cpu_before[name]) / count
        for name, pids in components.items()
    }
    window = time.monotonic() - window_started
    machine = (machine_cpu() - machine_before) / window
    latencies = sorted(done[j] - put_ms[j] for j in done)
    span = max(done.values()) - min(put_ms.values())
    return {
        "docs_per_s": count / (span / 1000),
        "p50_ms": statistics.median(latencies),
        "p95_ms": latencies[min(len(latencies) - 1, len(latencies) * 95 // 100)],
        "jobs_per_worker": by_worker,
        "cpu_s_per_doc": cpu,
        # Cores busy over the run: the stack's and workers' processes, and the whole machine's.
        "cores_ours": sum(cpu.values()) * count / window,
        "cores_machine": machine,
    }


def run(args: argparse.Namespace) -> dict[int, dict[str, Any]]:
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="docpipe-workers-") as name:
        tmp = Path(name) if args.keep is None else args.keep.resolve()
        tmp.mkdir(parents=True, exist_ok=True)
        aws_port = free_port()
        emulator = start_emulator(aws_port, args.latency_ms, tmp / "aws.log")
        try:
            say(f"AWS emulator on port {aws_port}, {args.latency_ms:g} ms per call")
            up, stack = start_and_wait(
                tmp / "state",
                *("--durable", "postgres", "--without", "aws", "--without", "worker"),
                *("--aws-endpoint", f"http://127.0.0.1:{aws_port}", "--quiet"),
                *("--resonate-port", str(free_port()), "--api-port", str(free_port())),
                env=base_environment(),
            )
            try:
                others = {"aws emulator": [emulator.pid], "stack": [up.pid]}
                results = scaling(args, stack, aws_port, tmp, others)
            finally:
                stop_process(up)
        finally:
            emulator.terminate()
            emulator.wait()
    return results


def scaling(
    args: argparse.Namespace,
    stack: StackInfo,
    aws_port: int,
    tmp: Path,
    others: dict[str, list[int]],
) -> dict[int, dict[str, Any]]:
    _, _, pg_socket = postgres_socket(stack.resonate_url)
    pg_port = 5432
    results: dict[int, dict[str, Any]] = {}
    with namespaces(max(args.workers)) as names:
        routes = []
        for k in range(1, len(names) + 1):
            routes.append(f"{SUBNET}.{k}.1:{aws_port}=tcp:127.0.0.1:{aws_port}")
            routes.append(f"{SUBNET}.{k}.1:{pg_port}=unix:{pg_socket}")
        relay_proc = start_relay(routes, tmp / "relay.log")
        try:
            for n in args.workers:
                workers = [
                    start_worker(
                        names[k],
                        k + 1,
                        stack,
                        (aws_port, pg_port),
                        tmp,
                        f"{n}",
                        args.worker_threads,
                    )
                    for k in range(n)
                ]
                try:
                    wait_ready(workers)
                    say(f"{n} worker(s) ready; {args.documents} documents")
                    components = {
                        "workers": [proc.pid for proc, _ in workers],
                        "relay": [relay_proc.pid],
                        **others,
                    }
                    logs = [log for _, log in workers]
                    results[n] = backlog(stack, logs, args.documents, f"w{n}", components)
                    say(f"  {results[n]}")
                finally:
                    for proc, _ in workers:
                        proc.terminate()
                    for proc, _ in workers:
                        proc.wait()
        finally:
            relay_proc.terminate()
            relay_proc.wait()
    return results


def print_table(results: dict[int, dict[str, Any]], args: argparse.Namespace) -> None:
    base = results[min(results)]["docs_per_s"]
    print(
        f"\nbacklog of {args.documents} documents, --durable postgres, AWS calls +"
        f"{args.latency_ms:g} ms, one network namespace per worker, "
        f"{args.worker_threads or 'default'} threads per worker:"
    )
    print(
        f"  {'workers':>7}{'docs/s':>9}{'speed-up':>10}{'efficiency':>12}{'p50 s':>8}{'p95 s':>8}"
    )
    for n, r in sorted(results.items()):
        speed_up = r["docs_per_s"] / base
        print(
            f"  {n:>7}{r['docs_per_s']:9.2f}{speed_up:10.2f}{speed_up / n:12.2f}"
            f"{r['p50_ms'] / 1000:8.1f}{r['p95_ms'] / 1000:8.1f}   jobs per worker"
            f" {r['jobs_per_worker']}"
        )
    cores = os.cpu_count()
    print(f"\nCPU seconds per document, by process, and cores busy ({cores} on this machine):")
    names = list(results[min(results)]["cpu_s_per_doc"])
    heads = "".join(f"{name:>14}" for name in names)
    print(f"  {'workers':>7}{heads}{'all':>8}{'cores ours':>12}{'machine':>9}")
    for n, r in sorted(results.items()):
        cpu = r["cpu_s_per_doc"]
        row = "".join(f"{cpu[name]:14.3f}" for name in names)
        busy = f"{r['cores_ours']:12.2f}{r['cores_machine']:9.2f}"
        print(f"  {n:>7}{row}{sum(cpu.values()):8.3f}{busy}")
    top = max(results)
    efficiency = results[top]["docs_per_s"] / base / top
    verdict = "met" if efficiency >= GOAL_EFFICIENCY else "NOT met"
    print(f"target: efficiency at {top} workers >= {GOAL_EFFICIENCY}: {efficiency:.2f}, {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--latency-ms", type=float, default=200.0)
    parser.add_argument(
        "--worker-threads",
        type=int,
        metavar="N",
        help="each worker's DOCPIPE_WORKER_THREADS (default: the worker's own)",
    )
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the logs in DIR")
    parser.add_argument("--relay", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.relay:
        asyncio.run(relay(args.relay))
        return 0
    if os.geteuid() != 0:
        say("bench/workers.py needs root: it creates network namespaces (ip netns add)")
        return 2
    print_table(run(args), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
