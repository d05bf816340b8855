"""``docpipe demo`` (``make demo``): the bundled samples through the real local stack.

Starts ``docpipe up`` on free loopback ports in a throw-away state directory, pushes every
sample in twice -- as an S3 upload to the inbox (S3 -> SQS notification) and as a direct SQS
message -- follows each job through the status API, prints a table of results and stops
the stack. Exit 0 only if every job finished as ``done``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docpipe.aws import client
from docpipe.jobs import readable_job_id, s3_job_id
from docpipe_cli.api_client import ApiClient
from docpipe_cli.samples import SAMPLES_DIR, sample_files
from docpipe_cli.stack.components import base_environment
from docpipe_cli.stack.launch import StackDidNotStart, launch_up, stop_process, wait_for_stack
from docpipe_cli.stack.stackfile import StackInfo, use_stack_credentials
from docpipe_cli.summary import outcome_summary
from docpipe_cli.usercli import StackUnavailable, describe_status, fetch_status


@dataclass
class DemoJob:
    """One sample pushed through one entry point."""

    name: str
    entry: str
    job_id: str
    submitted_at: float
    status: dict[str, Any] | None = None
    finished_at: float | None = None
    seen: list[str] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.status is not None and self.status.get("status") in ("done", "failed")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--samples", type=Path, default=SAMPLES_DIR, help="documents to push")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds for all jobs")
    parser.add_argument(
        "--state-dir", type=Path, help="keep the stack's state and logs here (default: temporary)"
    )


def run(args: argparse.Namespace) -> int:

    samples = sample_files(args.samples)
    if not samples:
        print(f"docpipe demo: no documents in {args.samples}", file=sys.stderr)
        return 1
    keep = args.state_dir is not None
    state_dir = args.state_dir or Path(tempfile.mkdtemp(prefix="docpipe-demo-"))
    state_dir.mkdir(parents=True, exist_ok=True)
    up = _start_stack(state_dir)
    try:
        stack = _wait_for_stack(up, state_dir)
        if stack is None:
            return 1
        jobs = _submit_all(stack, samples)
        _follow(stack.status_api or "", jobs, timeout=args.timeout)
    finally:
        _stop_stack(up)
        if not keep:
            shutil.rmtree(state_dir, ignore_errors=True)
    _print_table(jobs)
    done = sum(1 for job in jobs if job.status and job.status.get("status") == "done")
    print(f"\n{done}/{len(jobs)} jobs done")
    return 0 if done == len(jobs) else 1


def _start_stack(state_dir: Path) -> subprocess.Popen[bytes]:

    print(f"starting the local stack (state in {state_dir}) ...", flush=True)
    return launch_up(state_dir, env=base_environment())


def _wait_for_stack(up: subprocess.Popen[bytes], state_dir: Path) -> StackInfo | None:

    try:
        stack = wait_for_stack(up, state_dir)
    except StackDidNotStart as exc:
        print(f"docpipe demo: the stack did not start: {exc}", file=sys.stderr)
        return None
    print(
        f"stack is up: AWS {stack.aws_endpoint}, Resonate {stack.resonate_url}, "
        f"status API {stack.status_api}",
        flush=True,
    )
    return stack


def _stop_stack(up: subprocess.Popen[bytes]) -> None:

    stop_process(up)
    print("stack stopped", flush=True)


def _submit_all(stack: StackInfo, samples: list[Path]) -> list[DemoJob]:

    # The demo talks only to its own emulator: never with the user's real credentials.
    use_stack_credentials()
    settings = stack.settings()
    s3 = client("s3", settings)
    sqs = client("sqs", settings)
    jobs: list[DemoJob] = []
    for path in samples:
        data = path.read_bytes()
        key = f"demo/{path.name}"
        put = s3.put_object(Bucket=stack.inbox_bucket, Key=key, Body=data)
        job_id = s3_job_id(stack.inbox_bucket, key, put.get("VersionId"), put["ETag"])
        jobs.append(DemoJob(path.name, "s3", job_id, time.monotonic()))
        # The direct message's document lives where no notification watches, so only the
        # message starts a job for it.
        direct_key = f"uploads/{path.name}"
        s3.put_object(Bucket=stack.results_bucket, Key=direct_key, Body=data)
        direct_id = readable_job_id("demo-", path.name)
        body = {"documentUrl": f"s3://{stack.results_bucket}/{direct_key}", "jobId": direct_id}
        sqs.send_message(QueueUrl=stack.queue_url, MessageBody=json.dumps(body))
        jobs.append(DemoJob(path.name, "sqs", direct_id, time.monotonic()))
    print(f"submitted {len(samples)} samples twice: {len(jobs)} jobs", flush=True)
    return jobs


def _follow(api: str, jobs: list[DemoJob], *, timeout: float) -> None:
    """Poll every job's status; print a line whenever a job moves to a new step or ends."""

    client = ApiClient(api)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = [job for job in jobs if not job.finished]
        if not pending:
            return
        for job in pending:
            try:
                job.status = fetch_status(client, job.job_id)
            except StackUnavailable as exc:
                print(f"  (status API: {exc})", flush=True)
                continue
            text = describe_status(job.status)
            if not job.seen or job.seen[-1] != text:
                job.seen.append(text)
                print(f"  {job.name[:28]:<28} {job.entry:<3} {text}", flush=True)
            if job.finished:
                job.finished_at = time.monotonic()
        time.sleep(0.5)


def _print_table(jobs: list[DemoJob]) -> None:

    rows = [("document", "via", "job id", "status", "secs", "result")]
    for job in jobs:
        state = str((job.status or {}).get("status", "unknown"))
        secs = "-" if job.finished_at is None else f"{job.finished_at - job.submitted_at:.1f}"
        rows.append((job.name, job.entry, job.job_id, state, secs, outcome_summary(job.status)))
    widths = [min(max(len(row[i]) for row in rows), 44) for i in range(5)]
    print()
    for row in rows:
        cells = [cell[:44].ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[5]]))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m docpipe_cli.demo", description=__doc__)
    add_arguments(parser)
    sys.exit(run(parser.parse_args()))
