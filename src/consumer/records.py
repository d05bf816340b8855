"""Turn one SQS record into the jobs it asks for, or say why it asks for none.

An SQS message reaching the consumer is one of:

* an S3 event notification (``{"Records": [...]}``), sent by S3 straight to the queue or
  wrapped in an SNS envelope (``{"Type": "Notification", "Message": "<json>"}``) when the
  bucket notifies a topic the queue subscribes to. One message may carry several records;
  each ``ObjectCreated:*`` record is a job. Keys arrive URL-encoded with ``+`` for a space
  (``a+b%2Bc`` is the key ``a b+c``), so they are decoded with
  :func:`urllib.parse.unquote_plus` before they name anything;
* the ``s3:TestEvent`` S3 sends when a notification is configured, an ``ObjectRemoved``
  event, or records from another service: acknowledged and ignored (:class:`Ignored`);
* a direct job message ``{"documentUrl", "jobId"?, "requesterId"?, "type"?, "review"?}``
  (``"review": true`` asks for a person to approve the analysis before the job finishes).

Every job gets its owner here, once (:class:`~docpipe.tenancy.Tenancy`): an upload belongs to
the tenant whose inbox prefix holds its key; a direct message to its ``requesterId`` when the
sender (SQS's ``SenderId`` attribute, which the sender cannot choose) may name that tenant,
else to the sender's own tenant. A sender the tenants file does not know, a ``requesterId``
it may not name, an upload under no tenant's prefix: each is refused, never given a default.

Anything else raises :class:`~docpipe.errors.InvalidJobError` with a reason precise enough
to act on from the log line alone. The handler fails that record only, so the queue's
redrive policy moves it to the DLQ after ``maxReceiveCount`` tries.

Parsing is pure: no clock, no network. ``submitted_at`` comes from the event (S3
``eventTime``, else the SQS ``SentTimestamp`` attribute), never from our own clock, so
parsing the same record twice gives equal jobs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote_plus

from docpipe.errors import InvalidJobError
from docpipe.fields import optional_text
from docpipe.jobs import DocumentRef, Job, s3_job_id, validate_job_id
from docpipe.tenancy import Tenancy

#: The mapping of a deployment without a tenants file: one tenant owns every job.
_SINGLE_TENANT = Tenancy.single()

#: Fields a direct job message may carry; anything else is most likely a typo
#: (``documentURL``, ``jobid``) and is refused rather than silently dropped.
DIRECT_MESSAGE_FIELDS = frozenset(
    {"documentUrl", "jobId", "requesterId", "type", "review", "retryOf", "analyzer", "classes"}
)
#: Upper bound on the free-text fields of a direct message (they end up in DynamoDB
#: and SNS message attributes, which have their own limits well above this).
MAX_TEXT_FIELD = 256
#: Upper bound on a retry's classes reference (a path or s3:// URL; a key may be 1024 bytes).
MAX_CLASSES_REFERENCE = 1100
#: The S3 event names that create a job; every other S3 event is ignored.
CREATED_PREFIX = "ObjectCreated:"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Ignored:
    """A well-formed message that asks for no work (acknowledged, not dispatched)."""

    reason: str


type Parsed = tuple[Job, ...] | Ignored
#: Reads an upload's ``x-amz-meta-requester`` (``None`` without one).
type RequesterOf = Callable[[DocumentRef], str | None]


def parse_sqs_record(
    record: Mapping[str, Any],
    tenancy: Tenancy = _SINGLE_TENANT,
    requester_of: RequesterOf | None = None,
) -> Parsed:
    """Parse one record of a Lambda SQS event (``messageId``, ``body``, ``attributes``);
    ``tenancy`` decides each job's owner, reading an upload's ``x-amz-meta-requester``
    through ``requester_of`` when the tenants file asks for it (the one I/O parsing may do)."""
    message_id = record.get("messageId")
    if not isinstance(message_id, str) or not message_id:
        raise InvalidJobError("SQS record has no messageId")
    body = record.get("body")
    if not isinstance(body, str):
        raise InvalidJobError("SQS record has no text body")
    attributes = record.get("attributes")
    attributes = attributes if isinstance(attributes, Mapping) else {}
    sender = attributes.get("SenderId")
    return parse_body(
        body,
        message_id=message_id,
        sent_timestamp=_epoch_ms(attributes.get("SentTimestamp")),
        sender_id=sender if isinstance(sender, str) and sender else None,
        tenancy=tenancy,
        requester_of=requester_of,
    )


def parse_body(
    body: str,
    *,
    message_id: str,
    sent_timestamp: int | None = None,
    sender_id: str | None = None,
    tenancy: Tenancy = _SINGLE_TENANT,
    requester_of: RequesterOf | None = None,
) -> Parsed:
    """Parse an SQS message body; ``message_id`` names direct jobs that carry no ``jobId``,
    ``sender_id`` (SQS's ``SenderId``) is who sent it, ``tenancy`` decides the owner."""
    message = _json_object(body, "message body")
    if message.get("Type") == "Notification" and "Message" in message:
        inner = message["Message"]
        if not isinstance(inner, str):
            raise InvalidJobError("SNS notification 'Message' must be a JSON string")
        message = _json_object(inner, "SNS notification Message")
    elif "Type" in message and "TopicArn" in message:
        # Subscription confirmations and the like: SNS housekeeping, not work.
        return Ignored(f"SNS {message['Type']} message")
    if message.get("Event") == "s3:TestEvent":
        return Ignored("s3:TestEvent")
    if "Records" in message:
        owners = _UploadOwners(tenancy, requester_of)
        return _parse_s3_event(message["Records"], sent_timestamp, owners)
    if "documentUrl" in message:
        return (_parse_direct(message, message_id, sent_timestamp, sender_id, tenancy),)
    raise InvalidJobError(
        "message is neither an S3 event notification ('Records') nor a direct job "
        f"('documentUrl'); top-level keys: {sorted(message)}"
    )


def _parse_s3_event(records: object, sent_timestamp: int | None, owners: _UploadOwners) -> Parsed:
    if not isinstance(records, list) or not records:
        raise InvalidJobError("S3 event 'Records' must be a non-empty list")
    jobs: dict[str, Job] = {}
    skipped: list[str] = []
    for index, record in enumerate(records):
        where = f"Records[{index}]"
        if not isinstance(record, Mapping):
            raise InvalidJobError(f"{where} is not an object")
        source = record.get("eventSource")
        name = record.get("eventName")
        if source != "aws:s3":
            skipped.append(f"{where}: eventSource {source!r}")
            continue
        if not isinstance(name, str) or not name.startswith(CREATED_PREFIX):
            skipped.append(f"{where}: {name}")
            continue
        job = _parse_s3_record(record, where, sent_timestamp, owners)
        # The same object version twice in one message is one job, not two dispatches.
        jobs.setdefault(job.job_id, job)
    if not jobs:
        return Ignored("no ObjectCreated records (" + "; ".join(skipped) + ")")
    return tuple(jobs.values())


def _parse_s3_record(
    record: Mapping[str, Any], where: str, sent_timestamp: int | None, owners: _UploadOwners
) -> Job:
    s3 = _object_field(record, "s3", where)
    bucket = _object_field(s3, "bucket", f"{where}.s3")
    obj = _object_field(s3, "object", f"{where}.s3")
    bucket_name = bucket.get("name")
    raw_key = obj.get("key")
    if not isinstance(bucket_name, str) or not bucket_name:
        raise InvalidJobError(f"{where}.s3.bucket.name is missing")
    if not isinstance(raw_key, str) or not raw_key:
        raise InvalidJobError(f"{where}.s3.object.key is missing")
    version_id = optional_text(
        obj, "versionId", limit=MAX_TEXT_FIELD, invalid=InvalidJobError, where=f"{where}.s3.object"
    )
    etag = optional_text(
        obj, "eTag", limit=MAX_TEXT_FIELD, invalid=InvalidJobError, where=f"{where}.s3.object"
    )
    try:
        key = unquote_plus(raw_key, errors="strict")
    except UnicodeDecodeError:
        raise InvalidJobError(f"{where}.s3.object.key is not UTF-8 once decoded") from None
    document = DocumentRef(bucket=bucket_name, key=key, version_id=version_id, etag=etag)
    event_time = _event_time_ms(record.get("eventTime"), where)
    return Job(
        job_id=s3_job_id(bucket_name, key, version_id, etag),
        document=document,
        source="s3",
        submitted_at=event_time if event_time is not None else sent_timestamp,
        owner=owners.owner(document, record.get("userIdentity")),
    )


@dataclass(frozen=True, slots=True)
class _UploadOwners:
    """Decides an upload's owner: its key's prefix, or the requester its metadata names."""

    tenancy: Tenancy
    requester_of: RequesterOf | None

    def owner(self, document: DocumentRef, user_identity: object) -> str:
        requester = None
        if self.tenancy.requester_metadata and self.requester_of is not None:
            requester = self.requester_of(document)
        uploader = user_identity.get("principalId") if isinstance(user_identity, Mapping) else None
        return self.tenancy.owner_of_upload(
            document.key,
            requester=requester,
            uploader=uploader if isinstance(uploader, str) else None,
        )


def _parse_direct(
    message: Mapping[str, Any],
    message_id: str,
    sent_timestamp: int | None,
    sender_id: str | None,
    tenancy: Tenancy,
) -> Job:
    unknown = sorted(set(message) - DIRECT_MESSAGE_FIELDS)
    if unknown:
        raise InvalidJobError(
            f"direct job message has unknown fields {unknown}; "
            f"allowed: {sorted(DIRECT_MESSAGE_FIELDS)}"
        )
    document = DocumentRef.from_url(message["documentUrl"])
    job_id = message.get("jobId")
    review = message.get("review", False)
    if not isinstance(review, bool):
        raise InvalidJobError("direct job message: 'review' must be true or false")
    requester_id = optional_text(
        message,
        "requesterId",
        limit=MAX_TEXT_FIELD,
        invalid=InvalidJobError,
        where="direct job message",
    )
    return Job(
        job_id=validate_job_id(message_id if job_id is None else job_id),
        document=document,
        source="sqs",
        requester_id=requester_id,
        owner=tenancy.owner_of_message(requester_id, sender_id),
        declared_type=optional_text(
            message,
            "type",
            limit=MAX_TEXT_FIELD,
            invalid=InvalidJobError,
            where="direct job message",
        ),
        submitted_at=sent_timestamp,
        review=review,
        **_retry_fields(message),
    )


def _retry_fields(message: Mapping[str, Any]) -> dict[str, str | None]:
    """What a retry sends beside the document: the failed job, its analyzer and classes."""

    def text(name: str) -> str | None:
        return optional_text(
            message,
            name,
            limit=MAX_CLASSES_REFERENCE,
            invalid=InvalidJobError,
            where="direct job message",
        )

    return {
        "retry_of": text("retryOf"),
        "analyzer_override": text("analyzer"),
        "classes_override": text("classes"),
    }


def _json_object(text: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidJobError(f"{what} is not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise InvalidJobError(f"{what} must be a JSON object, got {type(value).__name__}")
    return value


def _object_field(parent: Mapping[str, Any], name: str, where: str) -> Mapping[str, Any]:
    value = parent.get(name)
    if not isinstance(value, Mapping):
        raise InvalidJobError(f"{where}.{name} is missing or not an object")
    return value


def _epoch_ms(value: object) -> int | None:
    """An SQS timestamp attribute (epoch milliseconds as a decimal string), if valid."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _event_time_ms(value: object, where: str) -> int | None:
    """S3 ``eventTime`` (ISO 8601, ``Z`` suffix) as epoch milliseconds."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidJobError(f"{where}.eventTime must be an ISO 8601 string")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidJobError(f"{where}.eventTime is not ISO 8601: {value!r}") from None
    if moment.tzinfo is None:
        raise InvalidJobError(f"{where}.eventTime has no time zone: {value!r}")
    return (moment - _EPOCH) // timedelta(milliseconds=1)
