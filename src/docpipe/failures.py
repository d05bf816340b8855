"""Every code a failed job's ``error.code`` may carry: the one catalogue.

A code is stable (users and tests match on it, never on the message). Each is defined here
once, with what it means; the modules that fail a job import it from here, and the reference
table (``docs/errors.md``) is checked against :data:`FAILURE_CODES` by the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

# ── the document itself (permanent: docpipe.errors.DocumentError and its subclasses) ──────
#: A permanent document problem without a more precise code.
DOCUMENT_ERROR: Final = "document_error"
#: The bytes are not a format docpipe reads (decided from content, not the name).
UNSUPPORTED_TYPE: Final = "unsupported_type"
#: The file does not parse as its type, or changed while being processed.
CORRUPT_DOCUMENT: Final = "corrupt_document"
#: Over the size, page, pixel or decompression limits.
TOO_LARGE: Final = "too_large"
#: The object was gone (or not readable) when the worker fetched it.
NOT_FOUND: Final = "not_found"

# ── the worker ──────────────────────────────────────────────────────────────────────────────
#: A step hit a ConfigError (the analyzer's model not enabled, access denied, ...): permanent
#: until an operator changes something.
CONFIGURATION_ERROR: Final = "configuration_error"
#: A step kept failing transiently until its retries ran out.
RETRIES_EXHAUSTED: Final = "retries_exhausted"

# ── the review gate ─────────────────────────────────────────────────────────────────────────
#: A reviewer rejected the analysis (or the decision was malformed).
REJECTED_IN_REVIEW: Final = "rejected_in_review"
#: Nobody reviewed the job within ``review_timeout_seconds``.
REVIEW_TIMED_OUT: Final = "review_timed_out"

# ── read from the durable promise by the status API ─────────────────────────────────────────
#: The job's durable promise timed out (``job_timeout_seconds`` passed).
TIMED_OUT: Final = "timed_out"
#: The workflow was rejected without recording a reason of its own.
WORKFLOW_FAILED: Final = "workflow_failed"

#: Code -> what it means, in the order the reference lists them.
FAILURE_CODES: Final[Mapping[str, str]] = {
    UNSUPPORTED_TYPE: "the bytes are not a format docpipe reads",
    CORRUPT_DOCUMENT: "the file does not parse as its type, or changed while being processed",
    TOO_LARGE: "over the size, page, pixel or decompression limits",
    NOT_FOUND: "the object was gone (or not readable) when the worker fetched it",
    DOCUMENT_ERROR: "a permanent problem with the document without a more precise code",
    CONFIGURATION_ERROR: "the deployment is misconfigured",
    RETRIES_EXHAUSTED: "a dependency kept failing for every attempt of a step",
    TIMED_OUT: "the job exceeded DOCPIPE_JOB_TIMEOUT_SECONDS",
    WORKFLOW_FAILED: "the durable execution itself failed",
    REJECTED_IN_REVIEW: "a reviewer rejected the analysis",
    REVIEW_TIMED_OUT: "nobody reviewed the job within DOCPIPE_REVIEW_TIMEOUT_SECONDS",
}

__all__ = [
    "CONFIGURATION_ERROR",
    "CORRUPT_DOCUMENT",
    "DOCUMENT_ERROR",
    "FAILURE_CODES",
    "NOT_FOUND",
    "REJECTED_IN_REVIEW",
    "RETRIES_EXHAUSTED",
    "REVIEW_TIMED_OUT",
    "TIMED_OUT",
    "TOO_LARGE",
    "UNSUPPORTED_TYPE",
    "WORKFLOW_FAILED",
]
