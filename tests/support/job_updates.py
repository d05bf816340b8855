"""Writes to a job's row for tests that set one up: :func:`row_update` builds the
:class:`~docpipe.progress.JobUpdate` that may create the row (it names the document and the
owner), so a test says only what its write changes."""

from __future__ import annotations

from typing import Any

from docpipe.progress import JobUpdate
from docpipe.tenancy import DEFAULT_TENANT

#: The document a test's job reads unless it names another.
DOCUMENT_URL = "s3://docpipe-inbox/a.pdf"


def row_update(
    job_id: str,
    *,
    at: int,
    document_url: str = DOCUMENT_URL,
    tenant: str = DEFAULT_TENANT,
    **changes: Any,
) -> JobUpdate:
    """A write to ``job_id``'s row at ``at`` that creates it if need be, with ``changes``
    (:class:`~docpipe.progress.JobUpdate` fields by name)."""
    return JobUpdate(job_id=job_id, at=at, document_url=document_url, tenant=tenant, **changes)
