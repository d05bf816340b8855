"""Benchmark: documents through the whole local stack, and a killed worker's recovery.

Starts ``docpipe up`` (separate processes, loopback ports) in a temporary directory, then

1. uploads N small documents to the inbox at once (S3 -> SQS -> consumer -> Resonate ->
   worker -> DynamoDB) and reports documents/s and p50/p95 upload-to-``done`` latency, the
   end taken from the job's own ``updatedAt`` (the worker's clock, not our polling);
2. uploads one slow document (the OCR sample), SIGKILLs the worker once the job is running,
   and reports how long the job took to finish after the kill: the supervisor's restart
   plus the lease TTL (``DOCPIPE_WORKER_TTL_SECONDS``) plus the remaining steps.

    python bench/e2e.py [--documents 50] [--worker-ttl 15]

Results are printed and written to ``bench/results/e2e.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import boto3

from docpipe.jobs import s3_job_id
from docpipe.localstack.stackfile import StackInfo

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SLOW_SAMPLE = ROOT / "src" / "docpipe" / "samples" / "receipt.png"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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
    finished: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + timeout
    while len(finished) < len(job_ids):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(job_ids) - len(finished)} jobs unfinished after {timeout}s")
        for job_id in job_ids:
            if job_id not in finished:
                found = status(api, job_id)
                if found and found.get("status") in ("done", "failed"):
                    finished[job_id] = found
        time.sleep(0.1)
    return finished


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def throughput(stack: StackInfo, s3: Any, count: int) -> dict[str, Any]:
    assert stack.status_api
    uploaded_at: dict[str, int] = {}

    def upload(i: int) -> None:
        key = f"bench/doc-{i}.txt"
        body = (
            f"Invoice INV-{i:05d} from Example Supplies Ltd to Customer {i}.\n"
            f"Amount due: {100 + i}.00 EUR by 2026-12-01. Contact billing@example.com.\n"
        ).encode()
        put = s3.put_object(Bucket=stack.inbox_bucket, Key=key, Body=body)
        job_id = s3_job_id(stack.inbox_bucket, key, put.get("VersionId"), put["ETag"])
        uploaded_at[job_id] = int(time.time() * 1000)

    started = time.time()
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(upload, range(count)))
    finished = wait_done(stack.status_api, list(uploaded_at), timeout=600)
    failed = [j for j, s in finished.items() if s["status"] != "done"]
    latencies = [(finished[j]["updatedAt"] - uploaded_at[j]) / 1000 for j in uploaded_at]
    last_done = max(s["updatedAt"] for s in finished.values()) / 1000
    return {
        "documents": count,
        "failed": len(failed),
        "documents_per_s": round(count / (last_done - started), 1),
        "latency_p50_s": round(statistics.median(latencies), 2),
        "latency_p95_s": round(percentile(latencies, 0.95), 2),
    }


def resume_after_kill(stack: StackInfo, s3: Any, state_dir: Path) -> dict[str, Any]:
    assert stack.status_api
    key = "bench/slow-receipt.png"
    put = s3.put_object(Bucket=stack.inbox_bucket, Key=key, Body=SLOW_SAMPLE.read_bytes())
    job_id = s3_job_id(stack.inbox_bucket, key, put.get("VersionId"), put["ETag"])
    log = state_dir / "logs" / "worker.log"
    deadline = time.monotonic() + 120
    while '"step": "extract", "ts"' not in _job_lines(log, job_id):
        if time.monotonic() > deadline:
            raise TimeoutError("the slow job never reached extract")
        time.sleep(0.02)
    pid = json.loads((state_dir / "pids.json").read_text())["worker"]
    os.kill(pid, signal.SIGKILL)
    killed = time.time()
    [finished] = wait_done(stack.status_api, [job_id], timeout=300).values()
    steps = [
        json.loads(line)["step"]
        for line in _job_lines(log, job_id).splitlines()
        if line.startswith("{")
    ]
    return {
        "status": finished["status"],
        "killed_during": "extract",
        "resumed_in_s": round(finished["updatedAt"] / 1000 - killed, 2),
        "downloads_run": steps.count("download"),
    }


def _job_lines(log: Path, job_id: str) -> str:
    try:
        text = log.read_text(errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(
        line for line in text.splitlines() if '"step.start"' in line and job_id in line
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--worker-ttl", type=int, default=15, help="lease TTL, seconds")
    args = parser.parse_args()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "DOCPIPE_WORKER_TTL_SECONDS": str(args.worker_ttl),
    }
    with tempfile.TemporaryDirectory(prefix="docpipe-e2e-") as tmp:
        state_dir = Path(tmp)
        argv = [sys.executable, "-m", "docpipe.cli", "up", "--state-dir", tmp]
        for flag in ("--aws-port", "--resonate-port", "--api-port"):
            argv += [flag, str(free_port())]
        with (state_dir / "up.log").open("ab") as log:
            up = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            stack_file = state_dir / "stack.json"
            deadline = time.monotonic() + 180
            while not stack_file.exists():
                if up.poll() is not None or time.monotonic() > deadline:
                    print((state_dir / "up.log").read_text()[-3000:], file=sys.stderr)
                    return 1
                time.sleep(0.2)
            stack = StackInfo.load(stack_file)
            s3 = boto3.client(
                "s3",
                endpoint_url=stack.aws_endpoint,
                region_name=stack.region,
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )
            print(f"uploading {args.documents} documents at once ...", file=sys.stderr)
            results = {"throughput": throughput(stack, s3, args.documents)}
            print("killing the worker during a slow job ...", file=sys.stderr)
            results["worker_kill"] = {
                **resume_after_kill(stack, s3, state_dir),
                "worker_ttl_s": args.worker_ttl,
            }
        finally:
            up.send_signal(signal.SIGTERM)
            try:
                up.wait(timeout=60)
            except subprocess.TimeoutExpired:
                up.kill()
    print(json.dumps(results, indent=2))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "e2e.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
