"""Restarting ``docpipe up`` on the same state directory resumes unfinished jobs."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from docpipe.jobs import STEPS, s3_job_id
from docpipe_cli.stack.components import http_answers
from docpipe_cli.stack.launch import free_port, stop_process
from support.stack import Stack, child_env, document, stop_and_check, wait_until

pytestmark = pytest.mark.integration


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[str]:
    """A moto server of the test's own, so documents outlive the stacks (``--without aws``)."""
    port = free_port()
    log = (tmp_path / "moto.log").open("ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=child_env(uuid.uuid4().hex),
    )
    log.close()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: http_answers(url + "/moto-api/"), timeout=60, what="the moto server")
        yield url
    finally:
        stop_process(process, grace=20)


def test_a_job_accepted_before_a_restart_finishes_after_it(
    stack_factory: Callable[..., Stack], emulator: str, stack_root: Path, engine: str
) -> None:
    """Stack one accepts a job but has no worker; it is stopped; stack two, on the same
    state directory (so the same durable engine's data: resonate.db or the Postgres data
    directory), runs the job to done, once."""
    state = stack_root / f"restart-{engine}-{uuid.uuid4().hex[:8]}"
    aws = ("--without", "aws", "--aws-endpoint", emulator, "--durable", engine)
    first = stack_factory(*aws, "--without", "worker", state_dir=state)
    key = "restart/kept.txt"
    put = first.client("s3").put_object(
        Bucket=first.info.inbox_bucket, Key=key, Body=document("kept across a restart")
    )
    job_id = s3_job_id(first.info.inbox_bucket, key, None, put["ETag"])
    accepted = wait_until(
        lambda: first.status(job_id), timeout=60, what="the job's durable promise"
    )
    assert accepted["status"] == "processing"
    stop_and_check(first)

    second = stack_factory(*aws, state_dir=state)
    status = second.wait_finished(job_id, timeout=120)
    assert status["status"] == "done", status
    assert second.step_starts(job_id) == list(STEPS)
