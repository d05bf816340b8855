"""Parsing SQS records into jobs: direct messages, S3 notifications, and what is refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, quote_plus

import boto3
import pytest
from consumer_support import lambda_record_from_sqs_message, sqs_record
from hypothesis import given, settings
from hypothesis import strategies as st
from moto import mock_aws

from consumer.records import Ignored, parse_body, parse_sqs_record
from docpipe.errors import InvalidJobError
from docpipe.jobs import JOB_ID_PATTERN, DocumentRef, Job, s3_job_id
from docpipe.tenancy import Tenancy
from support.tenants import ACME_SENDER, GLOBEX_SENDER, OPS_SENDER, tenants_document, two_tenants

BUCKET = "docpipe-inbox"
MESSAGE_ID = "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f"

#: Keys as users write them: spaces, ``+``, ``%``, ``:``, slashes, and non-ASCII text.
s3_keys = st.text(
    alphabet=st.one_of(
        st.sampled_from(" +%:/-_.()&=?#~'!,;@$"),
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
    ),
    min_size=1,
    max_size=40,
).filter(lambda key: not key.startswith("/") and key.strip() == key and "//" not in key)


def s3_event(*records: dict[str, Any]) -> dict[str, Any]:
    return {"Records": list(records)}


def s3_record(
    key: str,
    *,
    event_name: str = "ObjectCreated:Put",
    bucket: str = BUCKET,
    version_id: str | None = None,
    etag: str | None = "0cc175b9c0f1b6a831c399e269772661",
    encode: bool = True,
    event_time: str = "2026-01-01T10:00:00.250Z",
) -> dict[str, Any]:
    obj: dict[str, Any] = {"key": quote_plus(key, safe="/") if encode else key, "size": 1}
    if version_id is not None:
        obj["versionId"] = version_id
    if etag is not None:
        obj["eTag"] = etag
    return {
        "eventVersion": "2.1",
        "eventSource": "aws:s3",
        "eventTime": event_time,
        "eventName": event_name,
        "s3": {"bucket": {"name": bucket}, "object": obj},
    }


def only_job(parsed: tuple[Job, ...] | Ignored) -> Job:
    assert isinstance(parsed, tuple), parsed
    assert len(parsed) == 1
    return parsed[0]


def parse(body: dict[str, Any] | str, message_id: str = MESSAGE_ID) -> tuple[Job, ...] | Ignored:
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, message_id=message_id, sent_timestamp=1_767_261_600_000)


class TestDirectMessages:
    def test_all_fields(self) -> None:
        """Every field of a direct message lands on the job, and jobId names it."""
        job = only_job(
            parse(
                {
                    "documentUrl": "s3://docpipe-inbox/contracts/lease 2026.pdf",
                    "jobId": "lease-2026",
                    "requesterId": "team-legal",
                    "type": "application/pdf",
                }
            )
        )
        assert job.job_id == "lease-2026"
        assert job.source == "sqs"
        assert job.document.bucket == BUCKET
        assert job.document.key == "contracts/lease 2026.pdf"
        assert job.requester_id == "team-legal"
        assert job.declared_type == "application/pdf"
        assert job.submitted_at == 1_767_261_600_000

    def test_a_retry_names_its_failed_job_and_its_analyzer(self) -> None:
        """``retryOf``, ``analyzer`` and ``classes`` (what ``POST /jobs/{id}/retry`` sends)
        land on the job and survive its trip through the durable argument."""
        job = only_job(
            parse(
                {
                    "documentUrl": "s3://docpipe-inbox/a.pdf",
                    "jobId": "a-1.retry1",
                    "retryOf": "a-1",
                    "analyzer": "bedrock",
                    "classes": "s3://config/classes.yaml",
                }
            )
        )
        assert (job.retry_of, job.analyzer_override, job.classes_override) == (
            "a-1",
            "bedrock",
            "s3://config/classes.yaml",
        )
        assert Job.from_dict(job.to_dict()) == job

    @pytest.mark.parametrize(
        ("field", "value"), [("analyzer", "gpt"), ("retryOf", "bad id:1"), ("classes", 7)]
    )
    def test_a_bad_retry_field_is_refused(self, field: str, value: object) -> None:
        with pytest.raises(InvalidJobError):
            parse({"documentUrl": "s3://docpipe-inbox/a.pdf", field: value})

    @pytest.mark.parametrize("body_job_id", [None, "absent"])
    def test_message_id_names_a_job_without_job_id(self, body_job_id: str | None) -> None:
        """Without a jobId (absent or null) the SQS message id is the job id."""
        body: dict[str, Any] = {"documentUrl": "s3://docpipe-inbox/a.pdf"}
        if body_job_id is None:
            body["jobId"] = None
        assert only_job(parse(body)).job_id == MESSAGE_ID

    @pytest.mark.parametrize(
        ("body", "reason"),
        [
            ({"documentUrl": "s3://docpipe-inbox/a.pdf", "jobId": "a:b"}, "invalid job id"),
            ({"documentUrl": "s3://docpipe-inbox/a.pdf", "jobId": 7}, "invalid job id"),
            ({"documentUrl": "s3://docpipe-inbox/a.pdf", "jobId": ""}, "invalid job id"),
            ({"documentUrl": "https://example.com/a.pdf"}, "s3://bucket/key"),
            ({"documentUrl": "s3://docpipe-inbox/"}, "no object key"),
            ({"documentUrl": "s3://Bad_Bucket/a.pdf"}, "bucket name"),
            ({"documentUrl": "s3://docpipe-inbox/a.pdf", "jobid": "x"}, "unknown fields"),
            ({"documentUrl": "s3://docpipe-inbox/a.pdf", "requesterId": 5}, "requesterId"),
            ({"documentUrl": "s3://docpipe-inbox/a.pdf", "type": "x" * 300}, "'type'"),
            ({"jobId": "x"}, "neither an S3 event"),
            ("[1, 2]", "must be a JSON object"),
            ("not json", "not JSON"),
        ],
    )
    def test_malformed_messages_name_their_problem(
        self, body: dict[str, Any] | str, reason: str
    ) -> None:
        """A malformed direct message raises InvalidJobError with a precise reason."""
        with pytest.raises(InvalidJobError, match=reason):
            parse(body)

    def test_message_without_valid_id_and_without_job_id_is_refused(self) -> None:
        """A message id that is not a valid job id cannot name a job."""
        with pytest.raises(InvalidJobError, match="invalid job id"):
            parse({"documentUrl": "s3://docpipe-inbox/a.pdf"}, message_id="has:colon")


class TestS3Notifications:
    def test_key_is_decoded_plus_is_space(self) -> None:
        """``+`` decodes to a space and ``%2B`` to a plus, as S3 encodes keys."""
        body = s3_event(s3_record("in/a+b%2Bc%3Ad%C3%BC.pdf", encode=False))
        job = only_job(parse(body))
        assert job.document.key == "in/a b+c:dü.pdf"
        assert job.source == "s3"

    def test_version_id_names_the_job(self) -> None:
        """With a versionId the job id comes from bucket, decoded key and version."""
        job = only_job(parse(s3_event(s3_record("a b.pdf", version_id="v1", etag="e1"))))
        assert job.job_id == s3_job_id(BUCKET, "a b.pdf", "v1", "e1")
        assert job.job_id != s3_job_id(BUCKET, "a b.pdf", "v2", "e1")
        assert job.document.version_id == "v1"

    def test_etag_names_the_job_without_version(self) -> None:
        """Without a versionId the ETag tells versions apart."""
        first = only_job(parse(s3_event(s3_record("a.pdf", etag="e1"))))
        second = only_job(parse(s3_event(s3_record("a.pdf", etag="e2"))))
        assert first.job_id == s3_job_id(BUCKET, "a.pdf", None, "e1")
        assert first.job_id != second.job_id

    def test_redelivery_gives_the_same_job(self) -> None:
        """Parsing is pure: the same notification twice is the same job."""
        body = s3_event(s3_record("x/y z.pdf", version_id="v9"))
        assert parse(body) == parse(body, message_id="another-delivery")

    def test_event_time_is_submitted_at(self) -> None:
        """submitted_at is the S3 eventTime in epoch milliseconds."""
        job = only_job(parse(s3_event(s3_record("a.pdf", event_time="2026-01-01T00:00:00.250Z"))))
        assert job.submitted_at == 1_767_225_600_250

    def test_several_records_in_one_message(self) -> None:
        """Each ObjectCreated record is a job; removals and duplicates add none."""
        body = s3_event(
            s3_record("one.pdf"),
            s3_record("two.pdf", event_name="ObjectCreated:CompleteMultipartUpload"),
            s3_record("gone.pdf", event_name="ObjectRemoved:Delete"),
            s3_record("one.pdf"),
        )
        parsed = parse(body)
        assert isinstance(parsed, tuple)
        assert [job.document.key for job in parsed] == ["one.pdf", "two.pdf"]

    @pytest.mark.parametrize(
        "body",
        [
            {"Service": "Amazon S3", "Event": "s3:TestEvent", "Bucket": BUCKET},
            s3_event(s3_record("gone.pdf", event_name="ObjectRemoved:Delete")),
            s3_event({"eventSource": "aws:dynamodb", "eventName": "INSERT"}),
            {"Type": "SubscriptionConfirmation", "TopicArn": "arn:aws:sns:us-east-1:1:t"},
        ],
        ids=["test-event", "removed", "not-s3", "sns-confirmation"],
    )
    def test_ignored(self, body: dict[str, Any]) -> None:
        """Notifications that ask for no work are acknowledged and ignored."""
        assert isinstance(parse(body), Ignored)

    @pytest.mark.parametrize(
        ("body", "reason"),
        [
            ({"Records": []}, "non-empty list"),
            ({"Records": "x"}, "non-empty list"),
            ({"Records": [1]}, r"Records\[0\] is not an object"),
            (s3_event({"eventSource": "aws:s3", "eventName": "ObjectCreated:Put"}), r"\.s3 is"),
            (s3_event(s3_record("%FF.pdf", encode=False)), "not UTF-8"),
            (s3_event(s3_record("a.pdf", event_time="yesterday")), "not ISO 8601"),
            (s3_event(s3_record("a.pdf", bucket="Not A Bucket")), "bucket name"),
            (s3_event(s3_record("x" * 1025)), "1-1024 bytes"),
        ],
    )
    def test_malformed_notifications(self, body: dict[str, Any], reason: str) -> None:
        """A malformed S3 notification raises InvalidJobError naming the bad part."""
        with pytest.raises(InvalidJobError, match=reason):
            parse(body)

    def test_sns_envelope(self) -> None:
        """An S3 notification delivered through SNS parses like a direct one."""
        inner = s3_event(s3_record("via sns/report.pdf", version_id="v1"))
        envelope = {"Type": "Notification", "TopicArn": "arn:t", "Message": json.dumps(inner)}
        assert parse(envelope) == parse(inner)

    def test_sns_envelope_with_bad_message(self) -> None:
        """An SNS notification whose Message is not JSON is refused."""
        with pytest.raises(InvalidJobError, match="SNS notification Message"):
            parse({"Type": "Notification", "TopicArn": "arn:t", "Message": "{oops"})


class TestSqsRecord:
    def test_reads_body_message_id_and_sent_timestamp(self) -> None:
        """The Lambda record's messageId and SentTimestamp reach the job."""
        record = sqs_record(
            {"documentUrl": "s3://docpipe-inbox/a.pdf"}, message_id="m-1", sent_timestamp=42
        )
        job = only_job(parse_sqs_record(record))
        assert (job.job_id, job.submitted_at) == ("m-1", 42)

    @pytest.mark.parametrize("missing", ["messageId", "body"])
    def test_record_without_essentials(self, missing: str) -> None:
        """A record without a messageId or a body is refused."""
        record = sqs_record({"documentUrl": "s3://docpipe-inbox/a.pdf"}, message_id="m-1")
        del record[missing]
        with pytest.raises(InvalidJobError, match=missing):
            parse_sqs_record(record)


class TestKeyProperties:
    @given(key=s3_keys, version=st.none() | st.text(min_size=1, max_size=20))
    def test_encoded_key_round_trips(self, key: str, version: str | None) -> None:
        """Any key, encoded as S3 encodes it, decodes back and yields a valid job id."""
        for encoded in (quote_plus(key, safe="/"), quote_plus(key, safe=""), quote(key)):
            record = s3_record(encoded, encode=False, version_id=version)
            job = only_job(parse(s3_event(record)))
            assert job.document.key == key
            assert JOB_ID_PATTERN.fullmatch(job.job_id)
            assert ":" not in job.job_id


@pytest.fixture(scope="module")
def s3_to_sqs() -> Iterator[tuple[Any, Any, str, str]]:
    """A moto bucket notifying a moto queue of every created object; drains the test event."""
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        sqs = boto3.client("sqs", region_name="us-east-1")
        s3.create_bucket(Bucket=BUCKET)
        queue_url = sqs.create_queue(QueueName="docpipe-inbox")["QueueUrl"]
        queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])[
            "Attributes"
        ]["QueueArn"]
        s3.put_bucket_notification_configuration(
            Bucket=BUCKET,
            NotificationConfiguration={
                "QueueConfigurations": [{"QueueArn": queue_arn, "Events": ["s3:ObjectCreated:*"]}]
            },
        )
        first = receive_one(sqs, queue_url, queue_arn)
        assert isinstance(parse_sqs_record(first), Ignored)  # the s3:TestEvent
        yield s3, sqs, queue_url, queue_arn


def receive_one(sqs: Any, queue_url: str, queue_arn: str) -> dict[str, Any]:
    messages = sqs.receive_message(
        QueueUrl=queue_url, MaxNumberOfMessages=10, MessageSystemAttributeNames=["All"]
    ).get("Messages", [])
    assert len(messages) == 1, messages
    sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=messages[0]["ReceiptHandle"])
    return lambda_record_from_sqs_message(messages[0], queue_arn)


class TestS3ViaSqsRoundTrip:
    @settings(max_examples=40, deadline=None)
    @given(key=s3_keys)
    def test_uploaded_key_round_trips(self, s3_to_sqs: tuple[Any, Any, str, str], key: str) -> None:
        """Upload under any key; the notification moto sends parses back to that key and job."""
        s3, sqs, queue_url, queue_arn = s3_to_sqs
        put = s3.put_object(Bucket=BUCKET, Key=key, Body=key.encode())
        job = only_job(parse_sqs_record(receive_one(sqs, queue_url, queue_arn)))
        assert job.document.key == key
        assert job.document.bucket == BUCKET
        assert job.job_id == s3_job_id(BUCKET, key, put.get("VersionId"), put["ETag"])
        assert ":" not in job.job_id


class TestOwnership:
    """Each job's owner is fixed here, from what the sender cannot forge."""

    def test_a_direct_message_belongs_to_its_senders_tenant(self) -> None:
        """No requesterId: the tenant of SQS's SenderId owns the job."""
        record = sqs_record(
            {"documentUrl": f"s3://{BUCKET}/globex/a.pdf"},
            message_id=MESSAGE_ID,
            sender_id=GLOBEX_SENDER,
        )
        [job] = parse_sqs_record(record, two_tenants())  # type: ignore[misc]
        assert job.owner == "globex"
        assert job.requester_id is None

    def test_a_forged_requester_id_is_refused(self) -> None:
        """acme's sender claiming globex's requesterId is refused (so it reaches the DLQ)
        instead of becoming globex's job."""
        body = {"documentUrl": f"s3://{BUCKET}/acme/a.pdf", "requesterId": "globex"}
        record = sqs_record(body, message_id=MESSAGE_ID, sender_id=ACME_SENDER)
        with pytest.raises(InvalidJobError, match="may not submit for requesterId 'globex'"):
            parse_sqs_record(record, two_tenants())

    def test_an_unknown_sender_is_refused(self) -> None:
        """A sender the tenants file does not list owns nothing: refused, not defaulted."""
        record = sqs_record(
            {"documentUrl": f"s3://{BUCKET}/acme/a.pdf"},
            message_id=MESSAGE_ID,
            sender_id="AIDASTRANGER",
        )
        with pytest.raises(InvalidJobError, match="in no identity"):
            parse_sqs_record(record, two_tenants())

    def test_an_upload_belongs_to_the_tenant_of_its_prefix(self) -> None:
        """Every record of one S3 event gets the owner its key's prefix names."""
        body = s3_event(s3_record("acme/a b.pdf"), s3_record("globex/c.pdf"))
        jobs = parse_sqs_record(sqs_record(body, message_id=MESSAGE_ID), two_tenants())
        assert isinstance(jobs, tuple)
        assert [job.owner for job in jobs] == ["acme", "globex"]

    def test_an_upload_under_no_prefix_is_refused(self) -> None:
        """An upload outside every tenant's folder has no owner: refused."""
        body = s3_event(s3_record("loose.pdf"))
        with pytest.raises(InvalidJobError, match="under no tenant's prefix"):
            parse_sqs_record(sqs_record(body, message_id=MESSAGE_ID), two_tenants())

    def test_requester_metadata_names_the_owner_when_the_uploader_may(self) -> None:
        """With requesterMetadata on, an upload under acme/ whose x-amz-meta-requester says
        globex is globex's when its uploader (the S3 event's principal) is the admin, and is
        refused when the uploader is acme's sender; off, the metadata is never read."""
        document = tenants_document()
        document["requesterMetadata"] = True
        tenancy = Tenancy.parse(document)
        asked: list[str] = []

        def requester_of(ref: DocumentRef) -> str | None:
            asked.append(ref.key)
            return "globex"

        def event(uploader: str) -> dict[str, Any]:
            record = s3_record("acme/a.pdf")
            record["userIdentity"] = {"principalId": f"AWS:{uploader}"}
            return sqs_record(s3_event(record), message_id=MESSAGE_ID)

        [job] = parse_sqs_record(event(OPS_SENDER), tenancy, requester_of)  # type: ignore[misc]
        assert job.owner == "globex"
        with pytest.raises(InvalidJobError, match="x-amz-meta-requester 'globex'"):
            parse_sqs_record(event(ACME_SENDER), tenancy, requester_of)
        assert asked == ["acme/a.pdf", "acme/a.pdf"]
        [job] = parse_sqs_record(event(OPS_SENDER), two_tenants(), requester_of)  # type: ignore[misc]
        assert job.owner == "acme"
        assert len(asked) == 2

    def test_without_a_tenants_file_the_single_tenant_owns_every_job(self) -> None:
        """One tenant: requesterId stays a label for notifications, the owner is default."""
        body = {"documentUrl": f"s3://{BUCKET}/a.pdf", "requesterId": "alice"}
        [job] = parse_sqs_record(sqs_record(body, message_id=MESSAGE_ID))  # type: ignore[misc]
        assert (job.owner, job.requester_id) == ("default", "alice")
