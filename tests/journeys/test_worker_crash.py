"""A worker killed with SIGKILL in the middle of a job; another worker finishes it."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from docpipe.jobs import STEPS, s3_job_id
from support.blackhole import BlackholeProxy
from support.stack import Stack, document, read_events, wait_until

pytestmark = pytest.mark.integration

WORKER = (sys.executable, "-m", "docpipe_cli.cli", "worker")


def test_a_job_resumes_after_its_worker_is_killed_during_analyze(
    stack_factory: Callable[..., Stack], engine: str
) -> None:
    """The first worker hangs in analyze (its Bedrock call never returns) and is SIGKILLed;
    a second worker takes the job over once the lease lapses and finishes it without
    running download or extract again (on either durable engine)."""
    stack = stack_factory("--without", "worker", "--durable", engine)
    first_log = stack.logs / "worker-1.log"
    second_log = stack.logs / "worker-2.log"
    with BlackholeProxy(stack.info.aws_endpoint) as proxy:
        first = stack.spawn(
            WORKER,
            first_log,
            stack.env(AWS_ENDPOINT_URL=proxy.url, DOCPIPE_ANALYZER="bedrock"),
        )
        key = "crash/analyze me.txt"
        put = stack.client("s3").put_object(
            Bucket=stack.info.inbox_bucket, Key=key, Body=document("analyze me")
        )
        job_id = s3_job_id(stack.info.inbox_bucket, key, None, put["ETag"])
        wait_until(proxy.held.is_set, timeout=120, what="the worker to call Bedrock in analyze")
        assert _steps(first_log, job_id) == ["download", "extract", "analyze"]
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)

    stack.spawn(WORKER, second_log, stack.env())
    status = stack.wait_finished(job_id, timeout=180)
    assert status["status"] == "done", status
    assert status["result"]["analysis"]["analyzer"] == "offline"
    assert _steps(second_log, job_id) == ["analyze", "store", "notify"]
    combined = _steps(first_log, job_id) + _steps(second_log, job_id)
    assert combined.count("download") == 1
    assert combined.count("extract") == 1
    assert set(combined) == set(STEPS)


def _steps(log: Path, job_id: str) -> list[str]:
    return [
        e["step"]
        for e in read_events(log)
        if e.get("event") == "step.start" and e.get("jobId") == job_id
    ]
