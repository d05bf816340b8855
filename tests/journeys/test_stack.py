"""The whole local stack, as a user runs it: separate processes on loopback ports, on each
durable engine (``docpipe server`` on SQLite, resonate-pg on Postgres)."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from docpipe.jobs import STEPS, s3_job_id
from docpipe_cli.stack.audit import checkpointed_reruns
from support.stack import ENGINES, Stack, document, durable_args, running_stack, wait_until

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module", params=ENGINES)
def stack(request: pytest.FixtureRequest, stack_root: Path) -> Iterator[Stack]:
    """The whole stack, once per durable engine (this module's journeys run on both)."""
    yield from running_stack(stack_root, *durable_args(request.param))


def upload(stack: Stack, key: str, data: bytes) -> str:
    """Put ``data`` in the inbox; return the job id S3's notification will produce."""
    put = stack.client("s3").put_object(Bucket=stack.info.inbox_bucket, Key=key, Body=data)
    return s3_job_id(stack.info.inbox_bucket, key, put.get("VersionId"), put["ETag"])


def send_direct(stack: Stack, key: str, job_id: str, data: bytes, *, times: int = 1) -> list[str]:
    """Store ``data`` where no notification watches and send ``times`` identical messages."""
    stack.client("s3").put_object(Bucket=stack.info.results_bucket, Key=key, Body=data)
    body = json.dumps({"documentUrl": f"s3://{stack.info.results_bucket}/{key}", "jobId": job_id})
    sqs = stack.client("sqs")
    return [
        sqs.send_message(QueueUrl=stack.info.queue_url, MessageBody=body)["MessageId"]
        for _ in range(times)
    ]


class TestS3Uploads:
    @pytest.mark.parametrize(
        "key",
        [
            "plain.txt",
            "folder/with space.txt",
            "a+b=c.txt",
            "ünïcødé/文書 - résumé.txt",
            "time:12:30/notes.txt",
        ],
    )
    def test_upload_reaches_done_through_the_status_api(self, stack: Stack, key: str) -> None:
        """An object put with boto3 becomes a job that the status API reports as done."""
        job_id = upload(stack, key, document(f"Notes for {key}"))
        status = stack.wait_finished(job_id)
        assert status["status"] == "done", status
        assert status["documentUrl"] == f"s3://{stack.info.inbox_bucket}/{key}"
        code, listing = stack.get_json(
            "/jobs?documentUrl=" + quote(f"s3://{stack.info.inbox_bucket}/{key}", safe="")
        )
        assert code == 200
        assert [job["jobId"] for job in listing["jobs"]] == [job_id]
        assert stack.step_starts(job_id) == list(STEPS)


class TestDirectMessages:
    def test_the_same_message_three_times_runs_the_pipeline_once(self, stack: Stack) -> None:
        """Three deliveries of one job id collapse onto one durable execution."""
        send_direct(stack, "direct/thrice.txt", "direct-thrice", document("thrice"), times=3)
        assert stack.wait_finished("direct-thrice")["status"] == "done"
        wait_until(stack.queue_drained, timeout=60, what="the queue to drain")
        assert stack.step_starts("direct-thrice") == list(STEPS)

    def test_a_redelivery_after_a_consumer_failure_runs_the_pipeline_once(
        self, stack: Stack
    ) -> None:
        """With the durable engine frozen the consumer fails the record; SQS redelivers it
        after the visibility timeout and the job still runs each step exactly once."""
        frozen = stack.engine_processes()
        for pid in frozen:
            os.kill(pid, signal.SIGSTOP)
        try:
            [message_id] = send_direct(stack, "direct/redo.txt", "direct-redo", document("redo"))
            wait_until(
                lambda: any(
                    message_id in e.get("failed", [])
                    for e in stack.events("poller")
                    if e.get("event") == "poller.batch"
                ),
                timeout=60,
                what="the consumer to report the record as failed",
            )
        finally:
            for pid in frozen:
                os.kill(pid, signal.SIGCONT)
        assert stack.wait_finished("direct-redo")["status"] == "done"
        wait_until(stack.queue_drained, timeout=60, what="the queue to drain")
        assert stack.step_starts("direct-redo") == list(STEPS)
        assert not _in_dlq(stack, message_id)


class TestCrashes:
    def test_every_job_finishes_when_the_resonate_server_is_killed_mid_job(
        self, stack: Stack
    ) -> None:
        """SIGKILL of the engine (``docpipe server``, or the Postgres postmaster) with jobs in
        flight: it restarts on its data and every job finishes."""
        jobs = [upload(stack, f"crash/doc-{i}.txt", document(f"crash {i}")) for i in range(8)]
        wait_until(
            lambda: any(stack.step_starts(job) for job in jobs),
            timeout=60,
            what="a job to start running",
        )
        # The worker is held still while the jobs in flight are counted and the engine is
        # killed: eight small documents can otherwise all finish in between.
        worker = stack.pid("worker")
        os.kill(worker, signal.SIGSTOP)
        try:
            unfinished = [job for job in jobs if not _finished(stack.status(job))]
            old = stack.pid("resonate")
            os.kill(old, signal.SIGKILL)
        finally:
            os.kill(worker, signal.SIGCONT)
        # Without a job in flight at the kill, the test would prove nothing.
        assert unfinished, "every job finished before the server was killed"
        wait_until(lambda: stack.pid("resonate") != old, timeout=60, what="a restarted server")
        for job in jobs:
            assert stack.wait_finished(job, timeout=180)["status"] == "done"
        # A step cut short by the kill may run again (its result was never recorded); a step
        # whose result was recorded never does.
        audit = checkpointed_reruns(
            [stack.logs / "worker.log"], stack.info.resonate_url, job_ids=set(jobs)
        )
        assert audit.unsettled == ()
        assert audit.audited >= len(STEPS) * len(jobs)
        assert audit.reruns == ()


class TestDeadLetters:
    def test_a_poison_message_ends_in_the_dlq_and_nothing_else_is_affected(
        self, stack: Stack
    ) -> None:
        """A body that can never become a job is received maxReceiveCount times, then SQS
        moves it to the DLQ; a good message sent with it finishes normally."""
        sqs = stack.client("sqs")
        poison = sqs.send_message(QueueUrl=stack.info.queue_url, MessageBody="{not json")
        send_direct(stack, "direct/healthy.txt", "direct-healthy", document("healthy"))
        assert stack.wait_finished("direct-healthy")["status"] == "done"
        found = wait_until(
            lambda: _in_dlq(stack, poison["MessageId"]),
            timeout=90,
            what="the poison message in the DLQ",
            interval=1,
        )
        assert found["Body"] == "{not json"
        assert int(found["Attributes"]["ApproximateReceiveCount"]) >= 3
        assert stack.step_starts("direct-healthy") == list(STEPS)


def _in_dlq(stack: Stack, message_id: str) -> dict[str, object] | None:
    """Peek at the DLQ (received messages become visible again right away)."""
    sqs = stack.client("sqs")
    messages = sqs.receive_message(
        QueueUrl=stack.info.dlq_url,
        MaxNumberOfMessages=10,
        VisibilityTimeout=0,
        MessageSystemAttributeNames=["All"],
    ).get("Messages", [])
    for message in messages:
        if message["MessageId"] == message_id:
            return dict(message)
    return None


def test_stack_file_has_the_contract_keys(stack: Stack) -> None:
    """stack.json holds exactly the operational contract's keys."""
    data = json.loads((stack.state_dir / "stack.json").read_text())
    assert set(data) == {
        "aws_endpoint",
        "region",
        "inbox_bucket",
        "results_bucket",
        "queue_url",
        "dlq_url",
        "table",
        "topic_arn",
        "resonate_url",
        "status_api",
        "durable",
    }
    assert data["durable"] in ENGINES


def _finished(status: dict[str, Any] | None) -> bool:
    return status is not None and status.get("status") in ("done", "failed")
