"""The review gate on the real local stack: a job waits on its durable promise through a worker
SIGKILL and a Resonate server restart, and the status API settles it."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from typing import Any

import pytest

from docpipe import events
from docpipe.jobs import STEPS
from support.stack import Stack, document, running_stack, wait_until

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """One stack for the module, patient enough for a loaded machine (reviews wait 10 min)."""
    yield from running_stack(
        tmp_path_factory.mktemp("review"), env={"DOCPIPE_REVIEW_TIMEOUT_SECONDS": "600"}
    )


@pytest.fixture(scope="module")
def impatient_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A stack of its own whose reviews time out after 20 s: a short timeout on the shared
    stack failed the other journeys whenever a busy machine made them slower than that."""
    yield from running_stack(
        tmp_path_factory.mktemp("review-timeout"), env={"DOCPIPE_REVIEW_TIMEOUT_SECONDS": "20"}
    )


def send_for_review(stack: Stack, job_id: str, text: str) -> None:
    """Upload a document and send a direct message asking for review."""
    key = f"review/{job_id}.txt"
    stack.client("s3").put_object(Bucket=stack.info.inbox_bucket, Key=key, Body=document(text))
    body = {"documentUrl": f"s3://{stack.info.inbox_bucket}/{key}", "jobId": job_id}
    stack.client("sqs").send_message(
        QueueUrl=stack.info.queue_url, MessageBody=json.dumps({**body, "review": True})
    )


def wait_awaiting(stack: Stack, job_id: str) -> dict[str, Any]:
    def waiting() -> dict[str, Any] | None:
        status = stack.status(job_id)
        return status if status and status["status"] == "awaiting_review" else None

    return wait_until(waiting, timeout=120, what=f"job {job_id} to await review")


def kill_and_wait_restart(stack: Stack, component: str) -> None:
    """SIGKILL one supervised component and wait until the supervisor runs a new one."""
    old = stack.pid(component)
    os.kill(old, signal.SIGKILL)
    wait_until(
        lambda: stack.pid(component) != old or None,
        timeout=60,
        what=f"{component} to be restarted",
    )


def worker_events(stack: Stack, name: str, job_id: str) -> list[dict[str, Any]]:
    return [e for e in stack.events("worker") if e["event"] == name and e.get("jobId") == job_id]


def test_the_wait_survives_a_worker_kill_and_a_server_restart(stack: Stack) -> None:
    """While the job waits, the worker is SIGKILLed and the Resonate server restarted; an
    approval with a correction still finishes it, and no step before the gate runs again."""
    send_for_review(stack, "survivor", "Please check this one")
    waiting = wait_awaiting(stack, "survivor")
    assert waiting["review"]["reason"] == "requested"
    assert waiting["review"]["analysis"]["documentType"]

    kill_and_wait_restart(stack, "worker")
    kill_and_wait_restart(stack, "resonate")
    # Still waiting: nothing was lost with either process.
    assert wait_awaiting(stack, "survivor")["review"]["since"] == waiting["review"]["since"]

    def settled() -> tuple[int, Any] | None:
        answer = stack.post_json(
            "/jobs/survivor/review",
            {"decision": "approve", "corrections": {"documentType": "receipt"}},
        )
        return None if answer[0] == 503 else answer

    code, answer = wait_until(
        settled, timeout=60, what="the status API to reach the restarted Resonate server"
    )
    assert code == 200, answer
    done = stack.wait_finished("survivor", timeout=120)
    assert done["status"] == "done", done
    assert done["result"]["analysis"]["documentType"] == "receipt"
    assert done["result"]["review"]["decision"] == "approve"
    steps = [e["step"] for e in worker_events(stack, events.STEP_START, "survivor")]
    assert steps == list(STEPS), "every step ran exactly once, across every worker run"
    assert len(worker_events(stack, events.JOB_AWAITING, "survivor")) == 1
    assert stack.post_json("/jobs/survivor/review", {"decision": "approve"})[0] == 200
    assert stack.post_json("/jobs/survivor/review", {"decision": "reject"})[0] == 409


def test_a_rejection_fails_the_job(stack: Stack) -> None:
    """A reviewer's reject ends the job failed with rejected_in_review, notified once."""
    send_for_review(stack, "rejected", "Not a real invoice")
    wait_awaiting(stack, "rejected")
    status, _ = stack.post_json("/jobs/rejected/review", {"decision": "reject", "reviewer": "rita"})
    assert status == 200
    failed = stack.wait_finished("rejected", timeout=120)
    assert failed["status"] == "failed"
    assert failed["error"]["code"] == "rejected_in_review"


def test_an_unanswered_review_times_out(impatient_stack: Stack) -> None:
    """With DOCPIPE_REVIEW_TIMEOUT_SECONDS=20 and no answer the job fails review_timed_out."""
    stack = impatient_stack
    send_for_review(stack, "forgotten", "Nobody looks at this")
    wait_awaiting(stack, "forgotten")
    failed = stack.wait_finished("forgotten", timeout=120)
    assert failed["status"] == "failed"
    assert failed["error"]["code"] == "review_timed_out"
    assert stack.post_json("/jobs/forgotten/review", {"decision": "approve"})[0] == 409


def test_the_review_queue_lists_waiting_jobs(stack: Stack) -> None:
    """GET /reviews lists a waiting job; unknown jobs are 404."""
    send_for_review(stack, "queued-1", "Queue me")
    wait_awaiting(stack, "queued-1")
    status, body = stack.get_json("/reviews")
    assert status == 200
    assert "queued-1" in [job["jobId"] for job in body["reviews"]]
    assert stack.post_json("/jobs/nobody-knows/review", {"decision": "approve"})[0] == 404
    assert stack.post_json("/jobs/queued-1/review", {"decision": "approve"})[0] == 200
    assert stack.wait_finished("queued-1")["status"] == "done"


def test_the_cli_lists_shows_and_approves(stack: Stack) -> None:
    """docpipe review list/show/approve --set: the job is corrected and done; reject after
    that exits 6 (not waiting); an unknown job exits 4."""
    send_for_review(stack, "by-cli", "Review me from a terminal")
    wait_awaiting(stack, "by-cli")
    listed = stack.cli("review", "list")
    assert listed.returncode == 0, listed.stderr
    assert "by-cli" in listed.stdout
    shown = stack.cli("review", "show", "by-cli", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["status"] == "awaiting_review"
    bad = stack.cli("review", "approve", "by-cli", "--set", "colour=red")
    assert bad.returncode == 2
    assert "colour: unknown field" in bad.stderr
    for wrong, said in (
        ("keyFigures.issueDate=yesterday", "keyFigures.issueDate: must be a date as YYYY-MM-DD"),
        ("documentType=banana", "documentType: 'banana' is not a configured class"),
        ("total=48000", "total: must be money"),
    ):
        refused = stack.cli("review", "approve", "by-cli", "--set", wrong)
        assert refused.returncode == 2, refused.stderr
        assert said in refused.stderr
    approved = stack.cli(
        "review",
        "approve",
        "by-cli",
        "--set",
        "documentType=letter",
        "--set",
        "keyFigures.invoiceNumber=0042",
        "--set",
        "total=48000 EUR",
        "--comment",
        "checked by hand",
    )
    assert approved.returncode == 0, approved.stderr
    done = stack.wait_finished("by-cli")
    assert done["status"] == "done"
    analysis = done["result"]["analysis"]
    assert analysis["documentType"] == "letter"
    assert analysis["keyFigures"]["invoiceNumber"] == "0042"
    assert analysis["keyFigures"]["total"] == {"amount": 48000, "currency": "EUR"}
    assert done["result"]["review"]["comment"] == "checked by hand"
    changed = {change["field"]: change for change in done["result"]["review"]["changes"]}
    assert changed["keyFigures.total"]["after"] == {"amount": 48000, "currency": "EUR"}
    assert changed["documentType"]["after"] == "letter"
    assert stack.cli("review", "reject", "by-cli").returncode == 6
    assert stack.cli("review", "approve", "never-was").returncode == 4
