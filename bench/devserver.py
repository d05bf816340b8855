"""Benchmark: five-step workflows against the devserver, and against the SDK's in-process server.

    PYTHONPATH=src .venv/bin/python bench/devserver.py [--sequential N] [--concurrent N]

Against the devserver the server and the worker are separate processes and this process is
the client (an rpc per workflow, then waits for the result). The in-process baseline runs
the same workflow on ``Resonate()`` with its ``LocalConnection``, in this process. Prints
workflows/s and per-workflow latency p50/p99 for both, and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from resonate.resonate import Resonate

ROOT = Path(__file__).resolve().parents[1]


def step(ctx: Any, n: int) -> int:
    return n + 1


async def five_steps(ctx: Any, n: int) -> int:
    for _ in range(5):
        n = await ctx.run(step, n)
    return n


async def worker(url: str) -> None:
    resonate = Resonate(url=url, group="bench-workers")
    resonate.register(five_steps)
    print("ready", flush=True)
    await asyncio.Event().wait()


async def measure(client: Resonate, prefix: str, count: int, concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    sem = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with sem:
            start = time.perf_counter()
            result = await client.rpc(f"{prefix}-{i}", "five_steps", i).result()
            latencies.append(time.perf_counter() - start)
            assert result == i + 5

    start = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(count)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "wf_per_s": count / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    }


async def run_devserver(url: str, n_seq: int, n_conc: int, conc: int) -> dict[str, Any]:
    client = Resonate(url=url, group="bench-client").options(target="bench-workers")
    try:
        await measure(client, "warm", 20, 1)
        return {
            "sequential": await measure(client, "seq", n_seq, 1),
            "concurrent": await measure(client, "conc", n_conc, conc),
        }
    finally:
        await client.stop()


async def run_local(n_seq: int, n_conc: int, conc: int) -> dict[str, Any]:
    client = Resonate(url=None, env={}, group="bench-workers")
    client.register(five_steps)
    client = client.options(target="bench-workers")
    try:
        await measure(client, "warm", 20, 1)
        return {
            "sequential": await measure(client, "seq", n_seq, 1),
            "concurrent": await measure(client, "conc", n_conc, conc),
        }
    finally:
        await client.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sequential", type=int, default=300)
    parser.add_argument("--concurrent", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--fsync", action="store_true", help="run the server with --fsync")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        asyncio.run(worker(args.worker))
        return

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    procs: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as tmp:
        try:
            cmd = [sys.executable, "-m", "devserver", "--db", f"{tmp}/bench.db"]
            cmd += ["--port", str(port)] + (["--fsync"] if args.fsync else [])
            server = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE)
            procs.append(server)
            assert server.stdout is not None
            print(server.stdout.readline().decode().strip())
            wk = subprocess.Popen(
                [sys.executable, __file__, "--worker", url], env=env, stdout=subprocess.PIPE
            )
            procs.append(wk)
            assert wk.stdout is not None
            wk.stdout.readline()
            remote = asyncio.run(
                run_devserver(url, args.sequential, args.concurrent, args.concurrency)
            )
        finally:
            for p in procs:
                p.terminate()
                p.wait()
    local = asyncio.run(run_local(args.sequential, args.concurrent, args.concurrency))

    print(f"{'':28}{'wf/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for mode in ("sequential", "concurrent"):
        for name, res in (
            ("devserver (3 processes)", remote),
            ("in-process LocalConnection", local),
        ):
            r = res[mode]
            print(
                f"{mode[:4]} {name:23}{r['wf_per_s']:10.1f}{r['p50_ms']:10.2f}{r['p99_ms']:10.2f}"
            )
        ratio = remote[mode]["wf_per_s"] / local[mode]["wf_per_s"]
        print(f"{mode} ratio devserver/in-process: {ratio:.2f}")
    got = remote["sequential"]["wf_per_s"]
    print(f"target: > 110 sequential wf/s (1.5x DBOS's 74); got {got:.1f}")


if __name__ == "__main__":
    main()
