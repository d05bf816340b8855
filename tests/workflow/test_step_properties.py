"""Property tests for what the steps hand across boundaries: checkpoints (through the
Resonate SDK's codec, as they are stored on the server) and the SNS notification."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from resonate.codec import Codec, NoopEncryptor

from docpipe.aws import SnsNotifier
from docpipe.errors import DOCUMENT_ERRORS
from docpipe.jobs import JOB_ID_PATTERN, STEPS, DocumentRef, Job
from docpipe.records import Analysis, Downloaded, Extracted, Failure, JobResult, Stored
from docpipe.testing import moto_aws
from workflow.step_runtime import failure_of
from workflow.steps import (
    MAX_ANALYSIS_BYTES,
    Outcome,
    bounded_analysis,
    build_result,
    final_result,
    notification,
)

REGION = "us-east-1"
CODEC = Codec(NoopEncryptor())

json_leaves = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
json_values = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)
json_objects = st.dictionaries(st.text(max_size=12), json_values, max_size=6)
sha256s = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)
keys = st.text(min_size=1, max_size=80).filter(lambda k: len(k.encode()) <= 1024)
errors = st.builds(
    lambda cls, message: cls(message), st.sampled_from(list(DOCUMENT_ERRORS.values())), st.text()
)


def round_trip(value: Any) -> Any:
    """What a step's return value looks like once the SDK stored and read it back."""
    return CODEC.decode(CODEC.encode(value))


@st.composite
def jobs(draw: st.DrawFn) -> Job:
    return Job(
        job_id=draw(st.from_regex(JOB_ID_PATTERN, fullmatch=True)),
        document=DocumentRef(
            "docpipe-inbox",
            draw(keys),
            version_id=draw(st.none() | st.text(min_size=1, max_size=20)),
        ),
        source=draw(st.sampled_from(["s3", "sqs"])),
        requester_id=draw(st.none() | st.text(min_size=1, max_size=64)),
    )


@st.composite
def download_checkpoints(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "size": draw(st.integers(0, 2**40)),
        "sha256": draw(sha256s),
        "mediaType": draw(st.sampled_from(["application/pdf", "text/plain", "image/png"])),
        "kind": draw(st.sampled_from(["pdf", "text", "image", "docx", "html"])),
        "versionId": draw(st.none() | st.text(min_size=1, max_size=30)),
        "etag": draw(st.none() | st.text(min_size=1, max_size=40)),
    }


@st.composite
def outcomes(draw: st.DrawFn) -> Outcome:
    if draw(st.booleans()):
        return Outcome(
            "done",
            downloaded=Downloaded.from_dict(draw(download_checkpoints())),
            extracted=Extracted.from_dict(
                {"bucket": "docpipe-results", "key": "jobs/x/text.txt", "words": 3}
            ),
            analysis=Analysis(bounded_analysis(draw(json_objects))),
        )
    error = Failure.from_dict(draw(errors).to_dict())
    return Outcome("failed", error=error, failed_step=draw(st.sampled_from(STEPS)))


class TestCheckpoints:
    @given(download_checkpoints())
    def test_download_checkpoint_survives_the_codec(self, checkpoint: dict[str, Any]) -> None:
        """The download checkpoint comes back from the server exactly as it was returned."""
        assert round_trip(checkpoint) == checkpoint

    @given(errors)
    def test_failure_checkpoint_is_recognised_after_the_codec(self, error: Exception) -> None:
        """A permanent error returned as ``{"failed": ...}`` is still a failure, with the
        same code and message, after a replay reads it back."""
        assert hasattr(error, "to_dict")
        decoded = round_trip({"failed": error.to_dict()})
        failure = failure_of(decoded)
        assert failure is not None
        assert failure.to_dict() == error.to_dict()

    @given(download_checkpoints())
    def test_a_result_is_never_mistaken_for_a_failure(self, checkpoint: dict[str, Any]) -> None:
        assert failure_of(round_trip(checkpoint)) is None

    @settings(max_examples=50)
    @given(json_objects, st.integers(min_value=64, max_value=4096))
    def test_bounded_analysis_is_small_json(self, analysis: dict[str, Any], limit: int) -> None:
        """Whatever the analyzer returns, the analyze checkpoint fits its budget (or is only
        the list of what was dropped) and survives the codec unchanged."""
        bounded = bounded_analysis(analysis, max_bytes=limit)
        size = len(json.dumps(bounded, sort_keys=True).encode())
        assert size <= limit or set(bounded) == {"omitted"}
        assert round_trip(bounded) == bounded
        assert set(bounded) - {"omitted"} <= set(analysis)
        assert bounded_analysis(analysis) == analysis or (
            len(json.dumps(analysis).encode()) > MAX_ANALYSIS_BYTES
        )

    @given(jobs(), outcomes())
    def test_store_checkpoint_result_survives_the_codec(self, job: Job, outcome: Outcome) -> None:
        """result.json (also the job row's result) is plain JSON that round-trips."""
        result = build_result(job, outcome, "offline")
        stored = round_trip(result.to_dict())
        assert stored == result.to_dict()
        assert json.loads(json.dumps(stored)) == stored
        assert JobResult.from_dict(stored) == result
        assert (stored["jobId"], stored["status"]) == (job.job_id, outcome.status)


class TestNotification:
    @given(jobs(), outcomes())
    def test_shape(self, job: Job, outcome: Outcome) -> None:
        """Every notification names the job, its status and document; a failed one says
        why; attributes carry status and (when known) the requester, all non-empty."""
        stored = Stored(bucket="docpipe-results", key=f"jobs/{job.job_id}/result.json")
        note = notification(job, final_result(job, outcome, stored, "offline"))
        message = json.loads(json.dumps(note.message))
        assert message["jobId"] == job.job_id
        assert message["status"] == outcome.status
        assert message["documentUrl"] == job.document.url
        assert message["resultUrl"] == f"s3://docpipe-results/jobs/{job.job_id}/result.json"
        assert ("error" in message) == (outcome.status == "failed")
        expected = {"status": outcome.status, "tenant": job.owner}
        if job.requester_id is not None:
            expected["requesterId"] = job.requester_id
        assert note.attributes == expected
        assert all(note.attributes.values())
        assert job.job_id in note.subject
        assert note.subject.isascii()
        assert "\n" not in note.subject


@pytest.fixture(scope="module")
def sns_to_sqs() -> Iterator[tuple[SnsNotifier, Any, str]]:
    """A real (moto) topic with a raw-delivery SQS subscription, to read what SNS got."""
    with moto_aws(REGION):
        sns = boto3.client("sns", region_name=REGION)
        sqs = boto3.client("sqs", region_name=REGION)
        topic = sns.create_topic(Name="docpipe-jobs")["TopicArn"]
        queue_url = sqs.create_queue(QueueName="subscriber")["QueueUrl"]
        queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])[
            "Attributes"
        ]["QueueArn"]
        sns.subscribe(
            TopicArn=topic,
            Protocol="sqs",
            Endpoint=queue_arn,
            Attributes={"RawMessageDelivery": "true"},
        )
        yield SnsNotifier(sns, topic), sqs, queue_url


class TestNotificationOnSns:
    @settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(jobs(), outcomes())
    def test_published_message_and_attributes_arrive_intact(
        self, sns_to_sqs: tuple[SnsNotifier, Any, str], job: Job, outcome: Outcome
    ) -> None:
        """What notify publishes reaches a subscriber as the same JSON and attributes
        (``jobId`` added), so subscribers can filter by requester."""
        notifier, sqs, queue_url = sns_to_sqs
        note = notification(job, final_result(job, outcome, Stored(), "offline"))
        notifier.publish(
            job_id=job.job_id,
            subject=note.subject,
            message=note.message,
            attributes=note.attributes,
        )
        [received] = sqs.receive_message(
            QueueUrl=queue_url, MaxNumberOfMessages=10, MessageAttributeNames=["All"]
        )["Messages"]
        sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=received["ReceiptHandle"])
        assert json.loads(received["Body"]) == note.message
        attributes = {
            name: value["StringValue"] for name, value in received["MessageAttributes"].items()
        }
        assert attributes == {"jobId": job.job_id, **note.attributes}
