"""A document class of the user's own, end to end on the local stack: ``docpipe up`` with
``DOCPIPE_CLASSES`` (the README's insurance-claim example), a claim PDF uploaded to the inbox,
its fields in the result; a review held to the class; a broken classes file refused at once."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.claims import CLASSES_FILE, EXPECTED_FIELDS, claim_pdf
from support.stack import Stack, child_env, running_stack, wait_until

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    yield from running_stack(
        tmp_path_factory.mktemp("classes"),
        env={"DOCPIPE_CLASSES": str(CLASSES_FILE), "DOCPIPE_REVIEW_TIMEOUT_SECONDS": "120"},
    )


def send(stack: Stack, job_id: str, *, review: bool) -> None:
    key = f"claims/{job_id}.pdf"
    stack.client("s3").put_object(Bucket=stack.info.inbox_bucket, Key=key, Body=claim_pdf())
    body = {"documentUrl": f"s3://{stack.info.inbox_bucket}/{key}", "jobId": job_id}
    stack.client("sqs").send_message(
        QueueUrl=stack.info.queue_url, MessageBody=json.dumps({**body, "review": review})
    )


def test_a_claim_is_read_as_the_users_class(stack: Stack) -> None:
    """The claim PDF ends ``done`` as an ``insurance_claim`` with every declared field, each
    with its evidence; the API serves the class for review forms."""
    send(stack, "claim-1", review=False)
    done = stack.wait_finished("claim-1")
    assert done["status"] == "done", done
    analysis = done["result"]["analysis"]
    assert analysis["documentType"] == "insurance_claim"
    assert analysis["fields"] == EXPECTED_FIELDS
    evidence = analysis["evidence"]
    assert set(evidence) >= {f"fields.{name}" for name in EXPECTED_FIELDS}
    assert evidence["fields.policyNumber"]["text"] == "POL-778812"
    status, classes = stack.get_json("/classes")
    assert status == 200
    assert classes["classes"][0]["name"] == "insurance_claim"


def test_a_review_is_held_to_the_class(stack: Stack) -> None:
    """A claim waiting for review: an enum value not in the list is 422 naming the field; a
    correct one is applied and the review record keeps before and after."""
    send(stack, "claim-2", review=True)

    def waiting() -> dict[str, Any] | None:
        status = stack.status("claim-2")
        return status if status and status["status"] == "awaiting_review" else None

    wait_until(waiting, timeout=120, what="claim-2 to await review")
    status, body = stack.post_json(
        "/jobs/claim-2/review",
        {"decision": "approve", "corrections": {"fields.claimType": "flood"}},
    )
    assert status == 422
    assert body["field"] == "fields.claimType"
    assert "must be one of collision" in body["message"]
    status, body = stack.post_json(
        "/jobs/claim-2/review",
        {
            "decision": "approve",
            "reviewer": "alice",
            "corrections": {"claimType": "theft", "amountClaimed.amount": 2600},
        },
    )
    assert status == 200, body
    done = stack.wait_finished("claim-2")
    assert done["status"] == "done"
    fields = done["result"]["analysis"]["fields"]
    assert fields["claimType"] == "theft"
    assert fields["amountClaimed"] == {"amount": 2600, "currency": "EUR"}
    assert done["result"]["review"]["changes"] == [
        {"field": "fields.amountClaimed", "before": {"amount": 2450.0, "currency": "EUR"},
         "after": {"amount": 2600, "currency": "EUR"}},
        {"field": "fields.claimType", "before": "collision", "after": "theft"},
    ]  # fmt: skip


def test_a_broken_classes_file_stops_docpipe_up(tmp_path: Path) -> None:
    """``docpipe up`` refuses a classes file with a mistake before starting anything, naming
    the file and the line."""
    broken = tmp_path / "classes.yaml"
    broken.write_text(
        "classes:\n  - name: claim\n    description: x\n    fields:\n"
        "      - {name: claimNumber, type: mony}\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "docpipe_cli.cli", "up", "--state-dir", str(tmp_path / "state")],
        env=child_env("classes-broken", {"DOCPIPE_CLASSES": str(broken)}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 2
    assert f"{broken}:5: classes[0].fields[0].type: 'mony' is not one of" in run.stderr
