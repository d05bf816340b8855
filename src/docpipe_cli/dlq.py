"""The job queue's dead-letter queue: what is in it, why, and sending it back.

The same for the local stack and AWS: the DLQ is the one the job queue's ``RedrivePolicy``
names (``deadLetterTargetArn``), so only the job queue's URL is needed.

*Browsing* an SQS queue means receiving: :func:`browse` receives every message with a short
visibility timeout and, once it has them all, makes them visible again at once, so nothing is
taken away from anyone. *Why* a message is there is worked out again from the message itself
(:func:`diagnose`): the consumer's own parser says whether it is a job at all, and the status
API whether its job id is taken by another document (``JobIdInUse``) or its job exists by now.

*Redriving* receives the chosen messages, sends each body (and its attributes) to the job
queue, and deletes it from the DLQ only once it is sent: a failure in between leaves a copy
in both, never in neither, and the consumer collapses the copy onto the job it starts. SQS's
own move API (``StartMessageMoveTask``) does the same on AWS, but is asynchronous, moves all
or nothing and is not implemented by the local emulator (moto); one code path serves both.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from consumer.records import Ignored, parse_body
from docpipe.errors import DocpipeError, InvalidJobError

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient

#: How long a browsed message stays hidden while the others are received.
BROWSE_VISIBILITY_SECONDS = 30
#: Empty receives in a row that mean "no more" (SQS short polling samples servers).
EMPTY_RECEIVES_TO_STOP = 2

type StatusLookup = Callable[[str], dict[str, Any] | None]


class NoDeadLetterQueue(DocpipeError):
    """The job queue has no redrive policy, so there is no DLQ to look at."""


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """One message in the DLQ."""

    message_id: str
    body: str
    receipt_handle: str
    #: Receives so far (in the job queue, then the browsing ones).
    receives: int
    sent_at_ms: int | None
    message_attributes: dict[str, Any]
    group_id: str | None = None

    def to_json(self, why: str) -> dict[str, Any]:
        return {
            "messageId": self.message_id,
            "body": self.body,
            "receives": self.receives,
            "sentAt": self.sent_at_ms,
            "why": why,
        }


def dead_letter_queue(sqs: SQSClient, queue_url: str) -> str:
    """The URL of the DLQ the job queue's redrive policy names."""
    attributes = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["RedrivePolicy"])
    policy = attributes.get("Attributes", {}).get("RedrivePolicy")
    if not policy:
        raise NoDeadLetterQueue(f"{queue_url} has no redrive policy: it has no dead-letter queue")
    arn = str(json.loads(policy)["deadLetterTargetArn"])
    _, _, _, _, account, name = arn.split(":", 5)
    return sqs.get_queue_url(QueueName=name, QueueOwnerAWSAccountId=account)["QueueUrl"]


def browse(sqs: SQSClient, dlq_url: str, *, limit: int = 1000) -> list[DeadLetter]:
    """Every message in the DLQ (up to ``limit``), made visible again before returning."""
    found = _receive_all(sqs, dlq_url, limit)
    release(sqs, dlq_url, found)
    return found


def _receive_all(sqs: SQSClient, dlq_url: str, limit: int) -> list[DeadLetter]:
    found: dict[str, DeadLetter] = {}
    empty = 0
    while len(found) < limit and empty < EMPTY_RECEIVES_TO_STOP:
        answer = sqs.receive_message(
            QueueUrl=dlq_url,
            MaxNumberOfMessages=min(10, limit - len(found)),
            VisibilityTimeout=BROWSE_VISIBILITY_SECONDS,
            WaitTimeSeconds=0,
            MessageSystemAttributeNames=["All"],
            MessageAttributeNames=["All"],
        )
        messages = answer.get("Messages", [])
        empty = 0 if messages else empty + 1
        for message in messages:
            letter = _letter(message)
            found.setdefault(letter.message_id, letter)
    return sorted(found.values(), key=lambda letter: letter.sent_at_ms or 0)


def _letter(message: Any) -> DeadLetter:
    system = message.get("Attributes", {})
    sent = system.get("SentTimestamp")
    return DeadLetter(
        message_id=message["MessageId"],
        body=message.get("Body", ""),
        receipt_handle=message["ReceiptHandle"],
        receives=int(system.get("ApproximateReceiveCount", 0)),
        sent_at_ms=int(sent) if sent else None,
        message_attributes=dict(message.get("MessageAttributes", {})),
        group_id=system.get("MessageGroupId"),
    )


def release(sqs: SQSClient, dlq_url: str, letters: Iterable[DeadLetter]) -> None:
    """Make browsed messages visible again now rather than after the browse timeout."""
    batch = list(letters)
    for start in range(0, len(batch), 10):
        entries = [
            {"Id": str(i), "ReceiptHandle": letter.receipt_handle, "VisibilityTimeout": 0}
            for i, letter in enumerate(batch[start : start + 10])
        ]
        sqs.change_message_visibility_batch(QueueUrl=dlq_url, Entries=entries)  # type: ignore[arg-type]


def redrive(
    sqs: SQSClient, queue_url: str, dlq_url: str, message_ids: set[str] | None
) -> tuple[list[DeadLetter], set[str]]:
    """Move the DLQ's messages (all, or those with ``message_ids``) back to the job queue.
    Returns what was moved and the ids that were not found."""
    found = _receive_all(sqs, dlq_url, limit=10_000)
    chosen = [m for m in found if message_ids is None or m.message_id in message_ids]
    release(sqs, dlq_url, [m for m in found if m not in chosen])
    for letter in chosen:
        params: dict[str, Any] = {"QueueUrl": queue_url, "MessageBody": letter.body}
        if letter.message_attributes:
            params["MessageAttributes"] = letter.message_attributes
        if queue_url.endswith(".fifo"):
            params["MessageGroupId"] = letter.group_id or "docpipe"
            params["MessageDeduplicationId"] = f"redrive-{letter.message_id}"
        sqs.send_message(**params)
        sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=letter.receipt_handle)
    missing = set() if message_ids is None else message_ids - {m.message_id for m in chosen}
    return chosen, missing


def diagnose(letter: DeadLetter, lookup: StatusLookup) -> str:
    """Why the consumer refuses (or refused) this message, worked out from it now."""
    try:
        parsed = parse_body(letter.body, message_id=letter.message_id)
    except InvalidJobError as exc:
        return f"not a job: {exc}"
    if isinstance(parsed, Ignored):
        return f"asks for no work ({parsed.reason}); redriving it is harmless"
    reasons = []
    for job in parsed:
        try:
            status = lookup(job.job_id)
        except DocpipeError as exc:
            reasons.append(f"job {job.job_id}: cannot ask the status API ({exc})")
            continue
        reasons.append(_job_reason(job.job_id, job.document.url, status))
    return "; ".join(reasons)


def _job_reason(job_id: str, document_url: str, status: dict[str, Any] | None) -> str:
    if status is None:
        return (
            f"job {job_id} was never accepted: the durable engine did not confirm it before the "
            "retries ran out (was it down?); redrive it once the stack is healthy"
        )
    existing = status.get("documentUrl") or (status.get("result") or {}).get("documentUrl")
    if existing is not None and existing != document_url:
        return (
            f"JobIdInUse: job id {job_id!r} is already the job of {existing}; send "
            f"{document_url} again with another jobId (redriving it is refused again)"
        )
    return (
        f"job {job_id} exists by now ({status.get('status')}): its dispatch failed at the "
        "time; redriving it collapses onto that job"
    )
