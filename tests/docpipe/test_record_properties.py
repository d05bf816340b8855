"""Property tests for the records that cross a boundary: the status API's JSON
(``JobRecord.to_api``) and the DynamoDB item the job table writes and reads back."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docpipe.aws import DynamoJobTable, create_job_table
from docpipe.jobs import JOB_ID_PATTERN, STEPS
from docpipe.ports import JobRecord
from docpipe.progress import JobUpdate, Terminal
from docpipe.records import Failure, JobResult
from docpipe.testing import moto_aws

REGION = "us-east-1"
#: The status API's keys (the contract's, plus the timestamps and history it adds).
API_KEYS = {
    "jobId", "status", "step", "result", "error",  # the operational contract
    "documentUrl", "createdAt", "updatedAt", "stepStartedAt", "requesterId", "steps",
    "tenant",
}  # fmt: skip

job_ids = st.from_regex(JOB_ID_PATTERN, fullmatch=True)
epoch_ms = st.integers(min_value=0, max_value=2**53)
json_leaves = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=30)
json_values = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
json_objects = st.dictionaries(st.text(max_size=12), json_values, max_size=5)
steps = st.sampled_from(STEPS)


@st.composite
def records(draw: st.DrawFn) -> JobRecord:
    status = draw(st.sampled_from(["processing", "done", "failed"]))
    created = draw(epoch_ms)
    return JobRecord(
        job_id=draw(job_ids),
        status=status,
        document_url="s3://docpipe-inbox/" + draw(st.text(min_size=1, max_size=40)),
        created_at=created,
        updated_at=created + draw(st.integers(0, 10**6)),
        step=draw(st.none() | steps),
        step_started_at=draw(st.none() | epoch_ms),
        requester_id=draw(st.none() | st.text(min_size=1, max_size=40)),
        result=draw(st.none() | json_objects),
        error=draw(st.none() | st.fixed_dictionaries({"code": st.text(), "message": st.text()})),
        steps=draw(st.dictionaries(steps, epoch_ms, max_size=5)),
    )


class TestJobRecordToApi:
    @given(records())
    def test_is_json_with_the_contract_keys(self, record: JobRecord) -> None:
        """Any record renders as JSON with the schema's keys and the contract's values."""
        body = json.loads(json.dumps(record.to_api()))
        assert set(body) <= API_KEYS
        assert {"jobId", "status"} <= set(body)
        assert body["jobId"] == record.job_id
        assert body["status"] in ("processing", "done", "failed")
        if "step" in body:
            # ``step`` is the step now running: only a job in progress has one.
            assert body["status"] == "processing"
            assert body["step"] in STEPS
        if record.status == "processing" and record.step is not None:
            assert body["step"] == record.step
        assert body.get("result") == record.result
        assert body.get("error") == record.error


@pytest.fixture(scope="module")
def dynamo_table() -> Iterator[DynamoJobTable]:
    with moto_aws(REGION):
        client = boto3.client("dynamodb", region_name=REGION)
        create_job_table(client, "jobs")
        yield DynamoJobTable(client, "jobs")


_fresh = itertools.count()


@st.composite
def histories(draw: st.DrawFn) -> dict[str, Any]:
    """A job's writes: some steps started, then maybe a terminal state."""
    started = draw(st.lists(steps, min_size=1, max_size=5, unique=True))
    terminal = draw(st.none() | st.sampled_from(["done", "failed"]))
    return {
        "url": "s3://docpipe-inbox/" + draw(st.text(min_size=1, max_size=60)),
        "requester": draw(st.none() | st.text(min_size=1, max_size=60)),
        "started": started,
        "terminal": terminal,
        "result": (
            {"jobId": "j", "status": "done", "analysis": draw(json_objects)}
            if terminal == "done"
            else None
        ),
        "error": (
            draw(st.fixed_dictionaries({"code": st.text(min_size=1), "message": st.text()}))
            if terminal == "failed"
            else None
        ),
    }


class TestDynamoItemRoundTrip:
    # No deadline: each example drives moto, whose speed depends on the (shared) machine.
    @settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(history=histories())
    def test_what_is_written_reads_back(
        self, dynamo_table: DynamoJobTable, history: dict[str, Any]
    ) -> None:
        """Step starts and the terminal state written to DynamoDB read back as the same
        JobRecord fields: unicode URLs and requesters, nested JSON results, the step history
        in order."""
        job_id = f"prop-{next(_fresh)}"
        history["url"] += f"/{job_id}"  # one document per example, so listing is exact
        for now, step in enumerate(history["started"], start=1):
            dynamo_table.update(
                JobUpdate(
                    job_id=job_id,
                    document_url=history["url"],
                    requester_id=history["requester"],
                    started=step,
                    at=now,
                )
            )
        last = len(history["started"])
        if history["terminal"] is not None:
            dynamo_table.update(
                JobUpdate(
                    job_id=job_id,
                    document_url=history["url"],
                    requester_id=history["requester"],
                    at=last + 1,
                    terminal=Terminal(
                        status=history["terminal"],
                        result=None
                        if history["result"] is None
                        else JobResult.from_dict(history["result"]),
                        error=None
                        if history["error"] is None
                        else Failure.from_dict(history["error"]),
                    ),
                )
            )
        record = dynamo_table.get(job_id)
        assert record is not None
        assert record.job_id == job_id
        assert record.document_url == history["url"]
        assert record.requester_id == history["requester"]
        assert record.created_at == 1
        assert record.steps == {step: n for n, step in enumerate(history["started"], start=1)}
        assert list(record.steps) == history["started"]
        if history["terminal"] is None:
            assert (record.status, record.step, record.step_started_at) == (
                "processing",
                history["started"][-1],
                last,
            )
        else:
            assert (record.status, record.step, record.updated_at) == (
                history["terminal"],
                None,
                last + 1,
            )
        assert record.result == history["result"]
        assert record.error == history["error"]
        assert [r.job_id for r in dynamo_table.list_for_document(history["url"])] == [job_id]
