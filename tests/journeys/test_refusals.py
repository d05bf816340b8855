"""A refused message on the real local stack: ``send --wait`` says so at once, ``docpipe up``
shows the refusal and the DLQ arrival, ``dlq list`` says why, and after a fix the redriven
message is processed (issue 21, items 2 and 3)."""

from __future__ import annotations

import json

import pytest

from docpipe.jobs import STEPS
from support.stack import Stack, document, wait_until

pytestmark = pytest.mark.integration


def test_a_job_id_in_use_is_reported_listed_and_redriven(stack: Stack) -> None:
    s3 = stack.client("s3")
    bucket = stack.info.inbox_bucket
    s3.put_object(Bucket=bucket, Key="refusals/invoice.txt", Body=document("the first"))
    s3.put_object(Bucket=bucket, Key="refusals/other.txt", Body=document("the second"))
    invoice = f"s3://{bucket}/refusals/invoice.txt"
    other = f"s3://{bucket}/refusals/other.txt"

    first = stack.cli("send", "--document-url", invoice, "--job-id", "taken-1", "--wait")
    assert first.returncode == 0, first.stderr
    second = stack.cli("send", "--document-url", other, "--job-id", "taken-1", "--wait")
    assert second.returncode == 7, second.stderr
    assert invoice in second.stderr
    assert "taken-1: done" not in second.stderr

    up_log = stack.state_dir / "up.log"
    wait_until(
        lambda: "arrived in the dead-letter queue" in up_log.read_text() or None,
        timeout=120,
        what="docpipe up to report the DLQ arrival",
    )
    assert "refused: JobIdInUse: job id 'taken-1' is already taken" in up_log.read_text()

    listed = stack.cli("dlq", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    letters = [m for m in json.loads(listed.stdout) if "taken-1" in m["body"]]
    assert len(letters) == 1
    assert "JobIdInUse" in letters[0]["why"]
    assert invoice in letters[0]["why"]

    redriven = stack.cli("dlq", "redrive", letters[0]["messageId"])
    assert redriven.returncode == 0, redriven.stderr
    assert redriven.stdout.split() == [letters[0]["messageId"]]
    still = stack.cli("dlq", "list", "--json")
    assert letters[0]["messageId"] not in still.stdout


def test_a_failed_job_is_retried_with_a_new_id_and_every_step(stack: Stack) -> None:
    """A message for a document not uploaded yet fails (``not_found``); once the document is
    there, ``docpipe retry`` starts a new job recording ``retryOf`` that runs all five steps
    and ends done; the failed job stays failed, and the listing shows both."""
    bucket = stack.info.inbox_bucket
    url = f"s3://{bucket}/retry/late.txt"
    sent = stack.cli("send", "--document-url", url, "--job-id", "late-1", "--wait")
    assert sent.returncode == 1, sent.stderr
    assert "not_found" in sent.stderr
    stack.client("s3").put_object(Bucket=bucket, Key="retry/late.txt", Body=document("late"))

    retried = stack.cli("retry", "late-1", "--wait")
    assert retried.returncode == 0, retried.stderr
    assert retried.stdout.strip() == "late-1.retry1"
    status = stack.status("late-1.retry1")
    assert status is not None
    assert status["status"] == "done"
    assert status["retryOf"] == "late-1"
    assert status["result"]["retryOf"] == "late-1"
    assert stack.step_starts("late-1.retry1") == list(STEPS)
    assert (stack.status("late-1") or {}).get("status") == "failed"

    again = stack.cli("retry", "late-1.retry1")
    assert again.returncode == 6, again.stderr  # done: nothing to retry
    listed = stack.cli("jobs", "--limit", "100")
    rows = {line.split("\t")[0]: line for line in listed.stdout.splitlines()}
    assert "retry of late-1" in rows["late-1.retry1"]
