"""What the status API answers, independent of HTTP: the table first, the promise second.

The job row is the primary source. The job's durable promise fills two gaps:

* no row yet (dispatched, not started; or rejected before its first step): the promise
  alone says whether the job is queued, finished or failed;
* a row still ``processing`` (or ``awaiting_review``) whose promise is already settled:
  the workflow ended without recording its terminal state (the job timed out after
  ``job_timeout_seconds``, or the last bookkeeping write kept failing). The promise is
  the truth then, so the job is reported ``failed`` instead of ``processing`` for ever.

A promise lookup that fails transiently while a row exists does not fail the request: the
row is answered as it is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from docpipe.classes import default_classes
from docpipe.errors import InvalidJobError, TransientError
from docpipe.failures import TIMED_OUT, WORKFLOW_FAILED
from docpipe.jobs import DocumentRef, promise_id, validate_job_id
from docpipe.records import InvalidRecord, JobResult
from docpipe.tenancy import Caller, Tenancy
from status_api.errors import InvalidRequest, JobNotFound

if TYPE_CHECKING:
    from docpipe.classes import Catalogue
    from docpipe.ports import JobTable
    from status_api.promises import PromiseReader, PromiseStatus

#: Most jobs one ``/jobs`` answer lists (newest first).
MAX_LISTED_JOBS = 50

logger = logging.getLogger("docpipe.status")


@dataclass(frozen=True, slots=True)
class StatusService:
    jobs: JobTable
    #: ``None`` when no Resonate server is configured: the table is then the only source.
    promises: PromiseReader | None = None
    #: The document classes (``DOCPIPE_CLASSES``) reviews are held to.
    classes: Catalogue = field(default_factory=default_classes)
    #: Who owns what and who is calling (:mod:`docpipe.tenancy`); one tenant by default.
    tenancy: Tenancy = field(default_factory=Tenancy.single)

    def job_status(self, job_id: str, caller: Caller) -> dict[str, Any]:
        """``GET /status/{jobId}``: the job row, else (or if it lags) its durable promise;
        404 for a job ``caller`` may not see, as for one that does not exist."""
        try:
            validate_job_id(job_id)
        except InvalidJobError as exc:
            raise InvalidRequest(str(exc)) from exc
        row = self.jobs.get(job_id)
        record = row if row is not None and caller.may_read(row.tenant) else None
        if record is None:
            found = self._promise(job_id)
            if found is None or not promise_readable(found, caller):
                raise JobNotFound(f"no job with id {job_id!r}")
            if found.state == "pending":
                return {"jobId": job_id, "status": "processing", "queued": True}
            return {"jobId": job_id, **_settled(found)}
        body = record.to_api()
        if record.status not in ("processing", "awaiting_review") or self.promises is None:
            return body
        try:
            found = self._promise(job_id)
        except TransientError as exc:
            logger.warning("promise lookup failed, answering from the table: %s", exc)
            return body
        if found is None or found.state == "pending":
            return body
        for lagging in ("step", "stepStartedAt", "retrying", "progress"):
            body.pop(lagging, None)
        return {**body, **_settled(found)}

    def jobs_for_document(self, document_url: str | None, caller: Caller) -> dict[str, Any]:
        """``GET /jobs?documentUrl=s3://bucket/key``: that document's jobs ``caller`` may see,
        newest first."""
        if not document_url:
            raise InvalidRequest("documentUrl query parameter is required")
        try:
            ref = DocumentRef.from_url(document_url)
        except InvalidJobError as exc:
            raise InvalidRequest(str(exc)) from exc
        records = self.jobs.list_for_document(ref.url, limit=MAX_LISTED_JOBS)
        return {"jobs": [r.to_api() for r in records if caller.may_read(r.tenant)]}

    def _promise(self, job_id: str) -> PromiseStatus | None:
        return None if self.promises is None else self.promises.get_state(promise_id(job_id))


def promise_readable(found: PromiseStatus, caller: Caller) -> bool:
    """Whether ``caller`` may see the job a promise runs (one naming no owner: admins only)."""
    return caller.sees_all if found.owner is None else caller.may_read(found.owner)


def _settled(found: PromiseStatus) -> dict[str, Any]:
    """The status fields a settled promise implies: the workflow's result when it resolved
    (:class:`~docpipe.records.JobResult`: ``status`` and, for a failed job, its ``error``),
    else ``failed`` with why."""
    if found.state == "resolved":
        try:
            result = JobResult.from_dict(found.value)
        except InvalidRecord:
            return {"status": "done"}
        body: dict[str, Any] = {"status": result.status, "result": found.value}
        if result.status == "failed":
            body["error"] = _workflow_failed() if result.error is None else result.error.to_dict()
        return body
    code = TIMED_OUT if found.state == "rejected_timedout" else WORKFLOW_FAILED
    return {"status": "failed", "error": {"code": code, "message": found.reason}}


def _workflow_failed() -> dict[str, str]:
    return {"code": WORKFLOW_FAILED, "message": "the job's workflow failed"}
