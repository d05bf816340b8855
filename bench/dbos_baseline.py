"""DBOS Transact on SQLite running ``bench/devserver.py``'s five-step workflow: the baseline
that benchmark compares against, measured on the same machine in the same run.

    .venv-dbos/bin/python bench/dbos_baseline.py --sequential N --concurrent N --repeat R

DBOS lives in a virtualenv of its own (``make bench`` creates ``.venv-dbos``): it pins
SQLAlchemy and friends that docpipe does not use. DBOS runs in this process (a library, not
a server) with its system database in a SQLite file, at its defaults: a rollback journal with
an fsync per commit, which is what ``docpipe server --fsync`` also promises. Sequential mode
calls the workflow directly, one after another; concurrent mode keeps ``--concurrency`` of
those calls in flight on as many threads.
Prints one JSON line, ``{"sequential": [...], "concurrent": [...]}``, with
``{wf_per_s, p50_ms, p99_ms}`` per round (concurrent latency: from the round's start to each
result).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from dbos import DBOS, DBOSConfig


@DBOS.step()
def step(n: int) -> int:
    return n + 1


@DBOS.workflow()
def five_steps(n: int) -> int:
    for _ in range(5):
        n = step(n)
    return n


def sequential(prefix: int, count: int) -> dict[str, float]:
    latencies = []
    started = time.perf_counter()
    for i in range(count):
        begun = time.perf_counter()
        assert five_steps(prefix + i) == prefix + i + 5
        latencies.append(time.perf_counter() - begun)
    return summary(count, time.perf_counter() - started, latencies)


def concurrent(prefix: int, count: int, concurrency: int) -> dict[str, float]:
    """``count`` workflows, ``concurrency`` at a time (threads: DBOS workflows are blocking
    calls), as ``bench/devserver.py`` keeps that many in flight."""

    def one(i: int) -> float:
        begun = time.perf_counter()
        assert five_steps(prefix + i) == prefix + i + 5
        return time.perf_counter() - begun

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        latencies = list(pool.map(one, range(count)))
    return summary(count, time.perf_counter() - started, latencies)


def summary(count: int, elapsed: float, latencies: list[float]) -> dict[str, float]:
    """The fields ``bench/devserver.py`` reports for its own columns."""
    ordered = sorted(latencies)
    return {
        "wf_per_s": count / elapsed,
        "p50_ms": 1000 * statistics.median(ordered),
        "p99_ms": 1000 * ordered[min(len(ordered) - 1, len(ordered) * 99 // 100)],
    }


def check_sqlite() -> None:
    """DBOS 3.4 on Python >= 3.12 stamps rows with ``unixepoch('subsec')`` (SQLite >= 3.42);
    an older SQLite makes that NULL and its launch fails with a NOT NULL error. Say so."""
    if sys.version_info >= (3, 12) and sqlite3.sqlite_version_info < (3, 42):
        sys.exit(
            f"DBOS needs SQLite >= 3.42 on Python >= 3.12; this Python has {sqlite3.sqlite_version}"
            " (make bench prefers a Python 3.11 for .venv-dbos: rm -rf .venv-dbos and retry)"
        )


def main() -> None:
    check_sqlite()
    parser = argparse.ArgumentParser()
    parser.add_argument("--sequential", type=int, default=300)
    parser.add_argument("--concurrent", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dbos-baseline-") as tmp:
        config: DBOSConfig = {
            "name": "docpipe-bench",
            "system_database_url": f"sqlite:///{Path(tmp) / 'dbos.sqlite'}",
            "log_level": "WARNING",
        }
        DBOS(config=config)
        DBOS.launch()
        try:
            sequential(0, 20)  # warm-up, as the other columns have
            runs: dict[str, list[dict[str, float]]] = {"sequential": [], "concurrent": []}
            for rep in range(args.repeat):
                base = (rep + 1) * 1_000_000
                runs["sequential"].append(sequential(base, args.sequential))
                runs["concurrent"].append(
                    concurrent(base + 500_000, args.concurrent, args.concurrency)
                )
        finally:
            DBOS.destroy()
    print(json.dumps(runs), flush=True)


if __name__ == "__main__":
    main()
