"""Restarting ``docpipe up`` on the same state directory resumes unfinished jobs."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
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


def test_the_whole_stack_comes_back_as_it_was_stopped(
    stack_factory: Callable[..., Stack], stack_root: Path, tmp_path: Path
) -> None:
    """``docpipe up`` with its own AWS emulator, stopped and started on the same state dir: a
    job waiting for review still waits and is approved to ``done``; a document processed
    before can still be fetched, is listed, and submitted again is the same finished job."""
    state = stack_root / f"whole-{uuid.uuid4().hex[:8]}"
    first = stack_factory(state_dir=state)
    source = tmp_path / "kept.txt"
    source.write_bytes(document("processed before the restart"))
    submitted = first.cli("submit", str(source), "--wait")
    assert submitted.returncode == 0, submitted.stderr
    done_id = submitted.stdout.strip()
    before = first.wait_finished(done_id)
    assert before["status"] == "done", before
    review_key = "review/across.txt"
    first.client("s3").put_object(
        Bucket=first.info.inbox_bucket, Key=review_key, Body=document("reviewed after it")
    )
    url = f"s3://{first.info.inbox_bucket}/{review_key}"
    first.client("sqs").send_message(
        QueueUrl=first.info.queue_url,
        MessageBody=json.dumps({"documentUrl": url, "jobId": "across-1", "review": True}),
    )
    wait_until(
        lambda: (first.status("across-1") or {}).get("status") == "awaiting_review" or None,
        timeout=120,
        what="the job to await review",
    )
    stop_and_check(first)
    assert "state saved" in (state / "logs" / "aws.log").read_text()

    second = stack_factory(state_dir=state)
    assert "restoring" in (state / "up.log").read_text()
    _, reviews = second.get_json("/reviews")
    assert [job["jobId"] for job in reviews["reviews"]] == ["across-1"]
    code, answer = second.post_json(
        "/jobs/across-1/review", {"decision": "approve", "reviewer": "test"}
    )
    assert code == 200, answer
    assert second.wait_finished("across-1")["status"] == "done"

    after = second.status(done_id)
    assert after is not None
    assert after["result"] == before["result"]
    result = second.client("s3").get_object(
        Bucket=second.info.results_bucket, Key=after["result"]["resultKey"]
    )
    assert json.load(result["Body"])["jobId"] == done_id
    _, listed = second.get_json(
        "/jobs?documentUrl=" + urllib.parse.quote(f"s3://{second.info.inbox_bucket}/kept.txt")
    )
    assert [job["jobId"] for job in listed["jobs"]] == [done_id]
    again = second.cli("submit", str(source), "--wait")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == done_id
    assert "type: " in again.stderr


def test_a_killed_stack_comes_back_empty_and_says_so(
    stack_factory: Callable[..., Stack], stack_root: Path
) -> None:
    """SIGKILL of ``docpipe up`` leaves no saved AWS state: the next start moves the engine's
    state aside too and says so, so no job resumes against documents that are gone."""
    state = stack_root / f"killed-{uuid.uuid4().hex[:8]}"
    first = stack_factory("--without", "worker", state_dir=state)
    key = "killed/doc.txt"
    put = first.client("s3").put_object(
        Bucket=first.info.inbox_bucket, Key=key, Body=document("lost in a kill")
    )
    job_id = s3_job_id(first.info.inbox_bucket, key, None, put["ETag"])
    wait_until(lambda: first.status(job_id), timeout=60, what="the job's durable promise")
    first.process.kill()
    first.process.wait(timeout=30)
    stop_and_check(first)

    second = stack_factory(state_dir=state)
    log = (state / "up.log").read_text()
    assert "did not stop cleanly" in log
    assert "start empty" in log
    assert second.status(job_id) is None
    assert list(state.glob("abandoned-*/resonate.db"))
