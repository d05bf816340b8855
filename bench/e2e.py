"""Benchmark: documents through the whole local stack on each durable engine, against the
same work in one process.

1. **in-process baseline** -- N small documents through the whole pipeline inside this one
   process (:class:`docpipe_cli.demo_inprocess.InProcessStack`: moto in-process, the SDK's
   in-process Resonate, the real poller, consumer and worker code). What the pipeline's
   code costs with no processes, sockets or HTTP between its parts.
2. **stack** -- ``docpipe up`` (separate processes on loopback ports): the same N documents
   uploaded at once (S3 -> SQS -> poller -> consumer -> durable engine -> worker ->
   DynamoDB), once per durable engine in the same run: ``--durable sqlite`` (``docpipe
   server``) and ``--durable postgres`` (resonate-pg on the embedded Postgres), side by side.
3. **resume after kill** -- one slow document (the OCR sample); the worker is SIGKILLed once
   the job is in extract; how long until the job is done after the kill, also as a ratio to
   the lease TTL (``DOCPIPE_WORKER_TTL_SECONDS``), which bounds how soon another worker may
   take the job over.

Documents/s counts from the first upload to the last job's ``updatedAt``; latency is
upload-to-``updatedAt`` of each job (the worker's clock, not our polling). Each throughput
figure is the median of ``--repeat`` runs; ratios are stack / in-process and postgres /
sqlite from this run.

    python bench/e2e.py [--documents 50] [--repeat 3] [--worker-ttl 15] [--kills 1] [--engine ...]

Results are printed and written to ``bench/results/e2e.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

# As a script, this file's folder comes first on sys.path, where bench/consumer.py and
# bench/devserver.py would shadow the packages of those names: drop it before importing.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import boto3  # noqa: E402

from docpipe import events  # noqa: E402
from docpipe.events import read_events  # noqa: E402
from docpipe.jobs import s3_job_id  # noqa: E402
from docpipe_cli.demo_inprocess import InProcessStack  # noqa: E402
from docpipe_cli.stack.components import base_environment  # noqa: E402
from docpipe_cli.stack.launch import start_and_wait, stop_process  # noqa: E402
from docpipe_cli.stack.stackfile import StackInfo  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SLOW_SAMPLE = ROOT / "src" / "docpipe_cli" / "samples" / "receipt.png"

type Run = dict[str, float]


def document(i: int) -> bytes:
    return (
        f"Invoice INV-{i:05d} from Example Supplies Ltd to Customer {i}.\n"
        f"Amount due: {100 + i}.00 EUR by 2026-12-01. Contact billing@example.com.\n"
    ).encode()


def now_ms() -> int:
    return int(time.time() * 1000)


def summarise(started_ms: int, uploaded_at: dict[str, int], finished: dict[str, int]) -> Run:
    """One run's figures from upload times and the jobs' final ``updatedAt``."""
    latencies = [(finished[job] - uploaded_at[job]) / 1000 for job in uploaded_at]
    elapsed = (max(finished.values()) - started_ms) / 1000
    return {
        "documents_per_s": len(uploaded_at) / elapsed,
        "latency_p50_s": statistics.median(latencies),
        "latency_p95_s": percentile(latencies, 0.95),
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def median_run(runs: list[Run]) -> dict[str, float]:
    """The median of each figure over the runs, rounded for printing."""
    return {key: round(statistics.median(run[key] for run in runs), 3) for key in runs[0]}


# ── in-process baseline ────────────────────────────────────────────────────────────────


def inprocess_run(count: int, run: int) -> Run:
    """N documents through :class:`InProcessStack`: upload all, let the poller deliver them
    (as the stack's poller does), wait for every job's final record."""
    with InProcessStack() as stack:
        stack.pump()  # the s3:TestEvent provisioning caused
        uploaded_at: dict[str, int] = {}
        submitted = []
        started = now_ms()
        for i in range(count):
            item = stack.upload(f"bench/{run}/doc-{i}.txt", document(i))
            uploaded_at[item.document_url] = now_ms()
            submitted.append(item)
        stack.pump()
        finished = {}
        for item in submitted:
            record = stack.wait_for(item, timeout=600)
            if record.status != "done":
                raise RuntimeError(f"{item.document_url} ended {record.status}: {record.error}")
            finished[item.document_url] = record.updated_at
    return summarise(started, uploaded_at, finished)


# ── the stack ──────────────────────────────────────────────────────────────────────────


def status(api: str, job_id: str) -> dict[str, Any] | None:
    try:
        with urllib.request.urlopen(f"{api}/status/{job_id}", timeout=10) as response:
            body: dict[str, Any] = json.load(response)
            return body
    except urllib.error.HTTPError as exc:
        if exc.code in (404, 503):
            return None
        raise


def wait_done(api: str, job_ids: list[str], timeout: float) -> dict[str, dict[str, Any]]:
    """Poll until every job is done or failed; a failed job fails the benchmark."""
    finished: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + timeout
    while len(finished) < len(job_ids):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(job_ids) - len(finished)} jobs unfinished after {timeout}s")
        for job_id in job_ids:
            if job_id not in finished:
                found = status(api, job_id)
                if found and found.get("status") in ("done", "failed"):
                    if found["status"] != "done":
                        raise RuntimeError(f"{job_id} failed: {found.get('error')}")
                    finished[job_id] = found
        time.sleep(0.1)
    return finished


def stack_run(stack: StackInfo, s3: Any, count: int, run: int) -> Run:
    assert stack.status_api
    uploaded_at: dict[str, int] = {}

    def upload(i: int) -> None:
        key = f"bench/{run}/doc-{i}.txt"
        put = s3.put_object(Bucket=stack.inbox_bucket, Key=key, Body=document(i))
        job_id = s3_job_id(stack.inbox_bucket, key, put.get("VersionId"), put["ETag"])
        uploaded_at[job_id] = now_ms()

    started = now_ms()
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(upload, range(count)))
    finished = wait_done(stack.status_api, list(uploaded_at), timeout=600)
    return summarise(started, uploaded_at, {j: s["updatedAt"] for j, s in finished.items()})


def resume_after_kill(stack: StackInfo, s3: Any, state_dir: Path, run: int) -> float:
    """Seconds from SIGKILL of the worker (job in extract) to the job's ``done``."""
    assert stack.status_api
    key = f"bench/{run}/slow-receipt.png"
    put = s3.put_object(Bucket=stack.inbox_bucket, Key=key, Body=SLOW_SAMPLE.read_bytes())
    job_id = s3_job_id(stack.inbox_bucket, key, put.get("VersionId"), put["ETag"])
    log = state_dir / "logs" / "worker.log"
    deadline = time.monotonic() + 120
    while "extract" not in steps_run(log, job_id):
        if time.monotonic() > deadline:
            raise TimeoutError("the slow job never reached extract")
        time.sleep(0.02)
    pid = json.loads((state_dir / "pids.json").read_text())["worker"]
    os.kill(pid, signal.SIGKILL)
    killed = time.time()
    [finished] = wait_done(stack.status_api, [job_id], timeout=300).values()
    if steps_run(log, job_id).count("download") != 1:
        raise RuntimeError(f"{job_id}: download ran again after the kill")
    return float(finished["updatedAt"]) / 1000 - killed


def steps_run(log: Path, job_id: str) -> list[str]:
    return [
        event["step"]
        for event in read_events(log)
        if event["event"] == events.STEP_START and event.get("jobId") == job_id
    ]


def on_stack(
    args: argparse.Namespace,
    engine: str,
    measure: Callable[[StackInfo, Any, Path], dict[str, Any]],
) -> dict[str, Any]:
    """Run ``measure`` against a fresh ``docpipe up --durable engine``; stop it whatever
    happens."""
    env = {**base_environment(), "DOCPIPE_WORKER_TTL_SECONDS": str(args.worker_ttl)}
    with tempfile.TemporaryDirectory(prefix="docpipe-e2e-") as tmp:
        state_dir = Path(tmp)
        up, stack = start_and_wait(state_dir, "--durable", engine, env=env)
        try:
            s3 = boto3.client(
                "s3",
                endpoint_url=stack.aws_endpoint,
                region_name=stack.region,
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )
            return measure(stack, s3, state_dir)
        finally:
            stop_process(up)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3, help="runs per throughput figure")
    parser.add_argument("--worker-ttl", type=int, default=15, help="lease TTL, seconds")
    parser.add_argument("--kills", type=int, default=1, help="resume-after-kill runs")
    parser.add_argument(
        "--engine",
        action="append",
        choices=("sqlite", "postgres"),
        help="measure only this durable engine (repeatable; default both)",
    )
    args = parser.parse_args()
    engines = args.engine or ["sqlite", "postgres"]
    # The consumer logs one line per record at INFO; both sides log at WARNING so that
    # neither pays for (or prints) the other's chatter.
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")

    say(f"in-process: {args.documents} documents x {args.repeat} ...")
    inprocess = [inprocess_run(args.documents, run) for run in range(args.repeat)]

    def measure(stack: StackInfo, s3: Any, state_dir: Path) -> dict[str, Any]:
        say(f"stack: {args.documents} documents uploaded at once x {args.repeat} ...")
        runs = [stack_run(stack, s3, args.documents, run) for run in range(args.repeat)]
        say(f"stack: killing the worker during a slow job x {args.kills} ...")
        resumes = [resume_after_kill(stack, s3, state_dir, run) for run in range(args.kills)]
        return {"runs": runs, "resumes": resumes}

    base = median_run(inprocess)
    per_engine: dict[str, dict[str, Any]] = {}
    for engine in engines:
        say(f"--- durable engine: {engine}")
        measured = on_stack(args, engine, measure)
        stack = median_run(measured["runs"])
        resumed = statistics.median(measured["resumes"])
        per_engine[engine] = {
            "stack": stack,
            "stack_over_in_process": {
                "documents_per_s": round(stack["documents_per_s"] / base["documents_per_s"], 2),
                "latency_p50": round(stack["latency_p50_s"] / base["latency_p50_s"], 2),
                "latency_p95": round(stack["latency_p95_s"] / base["latency_p95_s"], 2),
            },
            "worker_kill": {
                "killed_during": "extract",
                "runs": len(measured["resumes"]),
                "resumed_in_s": round(resumed, 2),
                "worker_ttl_s": args.worker_ttl,
                "resumed_over_ttl": round(resumed / args.worker_ttl, 2),
            },
        }
    results: dict[str, Any] = {
        "documents": args.documents,
        "repeat": args.repeat,
        "in_process": base,
        "engines": per_engine,
    }
    if {"sqlite", "postgres"} <= per_engine.keys():
        pg, lite = per_engine["postgres"], per_engine["sqlite"]
        results["postgres_over_sqlite"] = {
            "documents_per_s": round(
                pg["stack"]["documents_per_s"] / lite["stack"]["documents_per_s"], 2
            ),
            "latency_p50": round(pg["stack"]["latency_p50_s"] / lite["stack"]["latency_p50_s"], 2),
            "latency_p95": round(pg["stack"]["latency_p95_s"] / lite["stack"]["latency_p95_s"], 2),
            "resumed_in_s": round(
                pg["worker_kill"]["resumed_in_s"] / lite["worker_kill"]["resumed_in_s"], 2
            ),
        }
    _print_table(base, per_engine)
    print(json.dumps(results, indent=2))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "e2e.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


def _print_table(base: dict[str, float], per_engine: dict[str, dict[str, Any]]) -> None:
    """The engines side by side (and the in-process baseline) on stderr."""
    say(f"{'':<12}{'docs/s':>9}{'p50 s':>9}{'p95 s':>9}{'resume s':>10}")
    say(
        f"{'in-process':<12}{base['documents_per_s']:>9.2f}{base['latency_p50_s']:>9.2f}"
        f"{base['latency_p95_s']:>9.2f}{'-':>10}"
    )
    for engine, row in per_engine.items():
        stack, kill = row["stack"], row["worker_kill"]
        say(
            f"{engine:<12}{stack['documents_per_s']:>9.2f}{stack['latency_p50_s']:>9.2f}"
            f"{stack['latency_p95_s']:>9.2f}{kill['resumed_in_s']:>10.2f}"
        )


if __name__ == "__main__":
    sys.exit(main())
