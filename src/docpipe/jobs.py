"""The job model: what a message becomes, and the ids that make redeliveries collapse.

A job id is a pure function of the message (never a clock or a random number), so the same
S3 upload or SQS message delivered twice names the same job, and so the same durable promise.
Ids never contain ``:``, which the Resonate server reserves to separate origin from lineage.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, get_args
from urllib.parse import quote

from docpipe.errors import InvalidJobError
from docpipe.tenancy import DEFAULT_TENANT, results_prefix, validate_tenant

type StepName = Literal["download", "extract", "analyze", "store", "notify"]
type JobState = Literal["processing", "awaiting_review", "done", "failed"]
type JobSource = Literal["s3", "sqs"]

#: The five pipeline steps, in order.
STEPS: tuple[StepName, ...] = get_args(StepName.__value__)
#: Registered name of the durable workflow the consumer dispatches to.
WORKFLOW_NAME = "process_document"
#: Prefix of every job's durable promise id, so docpipe's promises are easy to find.
PROMISE_PREFIX = "docpipe-job-"

#: Longest job id.
MAX_JOB_ID_LENGTH = 128
#: Accepted job ids: URL- and key-safe, no ``:``, bounded length.
JOB_ID_PATTERN = re.compile(rf"[A-Za-z0-9][A-Za-z0-9._-]{{0,{MAX_JOB_ID_LENGTH - 1}}}")
#: S3 bucket naming rules (the subset that matters for parsing an ``s3://`` URL).
_BUCKET_PATTERN = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
#: S3 keys are at most 1024 bytes of UTF-8.
MAX_KEY_BYTES = 1024
#: The version id S3 gives objects written while a bucket's versioning is off or suspended.
NULL_VERSION_ID = "null"


def validate_job_id(job_id: object) -> str:
    """Return ``job_id`` if it is an acceptable id, else raise :class:`InvalidJobError`."""
    if not isinstance(job_id, str) or JOB_ID_PATTERN.fullmatch(job_id) is None:
        raise InvalidJobError(
            f"invalid job id {job_id!r}: use 1-128 characters from [A-Za-z0-9._-], "
            "starting with a letter or digit"
        )
    return job_id


def readable_job_id(prefix: str, name: str) -> str:
    """A valid job id that still reads as ``name`` (a file name, say): ``prefix`` + ``name``
    with every character the id pattern refuses turned into ``-``, cut to 128 characters."""
    safe = "".join(c if (c.isascii() and c.isalnum()) or c in "._-" else "-" for c in name)
    return validate_job_id(f"{prefix}{safe}"[:128])


def promise_id(job_id: str) -> str:
    """The durable promise id of a job's workflow execution."""
    return PROMISE_PREFIX + validate_job_id(job_id)


def s3_job_id(bucket: str, key: str, version_id: str | None, etag: str | None) -> str:
    """Deterministic job id for one S3 object version.

    The same upload redelivered gives the same id; a new version (or, in an unversioned
    bucket, new content with a new ETag) gives a new one. ``key`` is the decoded key.

    The version id ``"null"`` (what S3 reports for uploads to a bucket whose versioning is
    suspended) names no particular upload: every overwrite gets it again. It is ignored, so
    the ETag tells the uploads apart instead of all of them collapsing onto the first job.
    """
    if version_id and version_id != NULL_VERSION_ID:
        revision = f"v={version_id}"
    elif etag:
        revision = f"e={etag.strip('"')}"
    else:
        revision = "-"
    digest = hashlib.sha256(f"{bucket}\0{key}\0{revision}".encode()).hexdigest()
    return f"s3-{digest[:40]}"


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """One S3 object: where the document lives (key decoded, as S3 stores it)."""

    bucket: str
    key: str
    version_id: str | None = None
    etag: str | None = None

    def __post_init__(self) -> None:
        if _BUCKET_PATTERN.fullmatch(self.bucket) is None:
            raise InvalidJobError(f"invalid S3 bucket name {self.bucket!r}")
        if not self.key or len(self.key.encode()) > MAX_KEY_BYTES:
            raise InvalidJobError("S3 key must be 1-1024 bytes of UTF-8")

    @property
    def url(self) -> str:
        """``s3://bucket/key`` with the key as stored (not percent-encoded)."""
        return f"s3://{self.bucket}/{self.key}"

    @property
    def filename(self) -> str:
        return self.key.rsplit("/", 1)[-1]

    @classmethod
    def from_url(cls, url: object) -> DocumentRef:
        """Parse ``s3://bucket/key``; anything else is an :class:`InvalidJobError`."""
        if not isinstance(url, str) or not url.startswith("s3://"):
            raise InvalidJobError(f"documentUrl must be an s3://bucket/key URL, got {url!r}")
        bucket, sep, key = url[len("s3://") :].partition("/")
        if not sep or not key:
            raise InvalidJobError(f"documentUrl has no object key: {url!r}")
        return cls(bucket=bucket, key=key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "bucket": self.bucket,
            "key": self.key,
            "versionId": self.version_id,
            "etag": self.etag,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentRef:
        return cls(
            bucket=data["bucket"],
            key=data["key"],
            version_id=data.get("versionId"),
            etag=data.get("etag"),
        )


#: The analyzers a job may name (``DOCPIPE_ANALYZER``'s values).
ANALYZERS = ("offline", "bedrock")


@dataclass(frozen=True, slots=True)
class Job:
    """A unit of work: one document to push through the pipeline.

    Crosses the wire as the durable RPC's argument, so it round-trips through plain JSON
    (:meth:`to_dict` / :meth:`from_dict`).
    """

    job_id: str
    document: DocumentRef
    source: JobSource
    requester_id: str | None = None
    #: The content type the sender declared; a hint only, the bytes decide.
    declared_type: str | None = None
    #: When the message was accepted (epoch ms, from the SQS/S3 event, not our clock).
    submitted_at: int | None = None
    #: The sender asked for a person to review the analysis before the job finishes.
    review: bool = False
    #: The tenant the job belongs to, fixed when the consumer accepted it
    #: (:mod:`docpipe.tenancy`); every read or change of the job is checked against it.
    owner: str = DEFAULT_TENANT
    #: A new attempt at a failed job: that job's id (``POST /jobs/{jobId}/retry``).
    retry_of: str | None = None
    #: This job's analyzer (``offline``/``bedrock``) and classes file (a path or
    #: ``s3://`` URL), instead of the worker's ``DOCPIPE_ANALYZER``/``DOCPIPE_CLASSES``
    #: (the message's ``analyzer`` and ``classes``).
    analyzer_override: str | None = None
    classes_override: str | None = None

    def __post_init__(self) -> None:
        validate_job_id(self.job_id)
        validate_tenant(self.owner, where="job owner")
        if self.retry_of is not None:
            validate_job_id(self.retry_of)
        if self.analyzer_override not in (None, *ANALYZERS):
            raise InvalidJobError(f"analyzer must be one of {', '.join(ANALYZERS)}")

    @property
    def promise_id(self) -> str:
        return promise_id(self.job_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "jobId": self.job_id,
            "document": self.document.to_dict(),
            "source": self.source,
            "requesterId": self.requester_id,
            "declaredType": self.declared_type,
            "submittedAt": self.submitted_at,
            "review": self.review,
            "owner": self.owner,
            # Only when set, so a plain job's durable argument keeps its shape.
            **{
                name: value
                for name, value in (
                    ("retryOf", self.retry_of),
                    ("analyzer", self.analyzer_override),
                    ("classes", self.classes_override),
                )
                if value is not None
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Job:
        source = data.get("source")
        if source not in ("s3", "sqs"):
            raise InvalidJobError(f"unknown job source {source!r}")
        return cls(
            job_id=data["jobId"],
            document=DocumentRef.from_dict(data["document"]),
            source=source,
            requester_id=data.get("requesterId"),
            declared_type=data.get("declaredType"),
            submitted_at=data.get("submittedAt"),
            review=data.get("review") is True,
            # A job accepted before tenancy existed belongs to the single tenant.
            owner=data.get("owner") or DEFAULT_TENANT,
            retry_of=data.get("retryOf"),
            analyzer_override=data.get("analyzer"),
            classes_override=data.get("classes"),
        )


def results_key(job_id: str, name: str, *, owner: str) -> str:
    """Key in the results bucket for one of a job's outputs (``text.txt``, ``result.json``):
    under its owner's prefix (``tenants/<owner>/jobs/<jobId>/``), which a tenant's role may be
    granted read access to alone."""
    return f"{results_prefix(owner)}jobs/{quote(validate_job_id(job_id))}/{name}"


def page_range_label(first: int, last: int) -> str:
    """``"first-last"``: how a page range (1-based, inclusive) is named in keys and rows."""
    if not 1 <= first <= last:
        raise ValueError(f"not a page range: {first}-{last}")
    return f"{first}-{last}"


def pages_in(labels: Iterable[str]) -> int:
    """How many pages the ranges named by :func:`page_range_label` cover."""
    total = 0
    for label in labels:
        first, _, last = label.partition("-")
        total += int(last) - int(first) + 1
    return total
