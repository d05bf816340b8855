"""``POST /jobs/{jobId}/retry``: a new attempt at a failed job.

A failed job stays failed (its status, result and notification are history). A retry is a new
job with a new id that records ``retryOf``, and runs every step again on the same document,
optionally with another analyzer or classes file (the body's ``analyzer``, ``classes``). It is
started the way every direct job is: a message on the job queue, which the consumer validates
and dispatches like any other, so a retry is accepted, refused and dead-lettered by the same
rules.

The new id is ``<failed id>.retry<n>``, ``n`` the first attempt number whose id no job or
durable promise holds yet: derived, never random, so two clicks on "retry" in the same
moment name the same job (and collapse onto it) instead of starting two.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from docpipe.errors import InvalidJobError
from docpipe.jobs import ANALYZERS, MAX_JOB_ID_LENGTH, promise_id, validate_job_id
from docpipe.tenancy import DEFAULT_TENANT
from status_api.errors import (
    Forbidden,
    InvalidRequest,
    JobNotFound,
    NotRetryable,
    StatusUnavailable,
)

if TYPE_CHECKING:
    from docpipe.ports import JobTable
    from docpipe.tenancy import Caller
    from status_api.promises import PromiseReader

#: Retries of one job the id scheme numbers before it gives up looking for a free one.
MAX_RETRIES = 100
#: Longest classes reference a body may name (a path or an s3:// URL).
MAX_CLASSES_REFERENCE = 1024


class MessageSender(Protocol):
    """Puts one direct job message on the job queue."""

    def send(self, message: dict[str, Any]) -> None: ...


@dataclass(frozen=True, slots=True)
class SqsMessageSender:
    """:class:`MessageSender` on SQS (a FIFO queue groups a job's messages by its id)."""

    sqs: Any
    queue_url: str

    def send(self, message: dict[str, Any]) -> None:
        params: dict[str, Any] = {"QueueUrl": self.queue_url, "MessageBody": json.dumps(message)}
        if self.queue_url.endswith(".fifo"):
            params["MessageGroupId"] = message["jobId"]
            params["MessageDeduplicationId"] = message["jobId"]
        self.sqs.send_message(**params)


@dataclass(frozen=True, slots=True)
class RetryService:
    jobs: JobTable
    promises: PromiseReader | None
    #: ``None`` when no queue is configured: retries are then refused with 503.
    sender: MessageSender | None

    def retry(self, job_id: str, raw_body: str | None, caller: Caller) -> dict[str, Any]:
        """A new job for failed ``job_id``; ``caller`` must be allowed to change the job (a
        reader of its tenant gets 403, another tenant 404: its existence is not revealed)."""
        try:
            validate_job_id(job_id)
        except InvalidJobError as exc:
            raise InvalidRequest(str(exc)) from exc
        options = _options(raw_body)
        record = self.jobs.get(job_id)
        if record is None or not caller.may_read(record.tenant):
            raise JobNotFound(f"no job with id {job_id!r}")
        if not caller.may_change(record.tenant):
            raise Forbidden(f"{caller.name!r} may read this job but not retry it")
        if record.status != "failed":
            raise NotRetryable(f"job {job_id!r} is {record.status}: only a failed job is retried")
        if self.sender is None:
            raise StatusUnavailable("no job queue configured (DOCPIPE_QUEUE_URL): cannot retry")
        new_id = self._free_id(job_id)
        message: dict[str, Any] = {
            "documentUrl": record.document_url,
            "jobId": new_id,
            "retryOf": job_id,
            **options,
        }
        # The new attempt belongs to the failed job's owner. With a tenants file a message's
        # requesterId names the tenant that owns it (the status function's identity must be
        # allowed to name it: docs/deploy.md#tenants); single-tenant, it is kept as it was.
        if record.tenant != DEFAULT_TENANT:
            message["requesterId"] = record.tenant
        elif record.requester_id is not None:
            message["requesterId"] = record.requester_id
        self.sender.send(message)
        return {"jobId": new_id, "retryOf": job_id, "documentUrl": record.document_url, **options}

    def _free_id(self, job_id: str) -> str:
        for attempt in range(1, MAX_RETRIES + 1):
            suffix = f".retry{attempt}"
            candidate = job_id[: MAX_JOB_ID_LENGTH - len(suffix)] + suffix
            if self.jobs.get(candidate) is not None:
                continue
            if self.promises is not None and self.promises.get_state(promise_id(candidate)):
                continue
            return candidate
        raise NotRetryable(f"job {job_id!r} was retried {MAX_RETRIES} times already")


def _options(raw_body: str | None) -> dict[str, str]:
    """The body's ``analyzer`` and ``classes``, checked (an empty body asks for neither)."""
    if not raw_body:
        return {}
    try:
        body = json.loads(raw_body)
    except ValueError:
        raise InvalidRequest("the body must be a JSON object") from None
    if not isinstance(body, dict):
        raise InvalidRequest("the body must be a JSON object")
    unknown = sorted(set(body) - {"analyzer", "classes"})
    if unknown:
        raise InvalidRequest(f"unknown fields {unknown}; a retry takes analyzer and classes")
    options: dict[str, str] = {}
    analyzer = body.get("analyzer")
    if analyzer is not None:
        if analyzer not in ANALYZERS:
            raise InvalidRequest(f"analyzer must be one of {', '.join(ANALYZERS)}")
        options["analyzer"] = analyzer
    classes = body.get("classes")
    if classes is not None:
        if not isinstance(classes, str) or not 0 < len(classes) <= MAX_CLASSES_REFERENCE:
            raise InvalidRequest("classes must be a path or s3:// URL of a classes file")
        options["classes"] = classes
    return options
