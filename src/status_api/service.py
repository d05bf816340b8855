"""What the status API answers, independent of HTTP: the table first, the promise second."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docpipe.errors import InvalidJobError
from docpipe.jobs import DocumentRef, promise_id, validate_job_id
from status_api.errors import InvalidRequest, JobNotFound

if TYPE_CHECKING:
    from docpipe.ports import JobTable
    from status_api.promises import PromiseReader

#: Most jobs one ``/jobs`` answer lists (newest first).
MAX_LISTED_JOBS = 50


@dataclass(frozen=True, slots=True)
class StatusService:
    jobs: JobTable
    #: ``None`` when no Resonate server is configured: the table is then the only source.
    promises: PromiseReader | None = None

    def job_status(self, job_id: str) -> dict[str, Any]:
        """``GET /status/{jobId}``: the job row, else what its durable promise says."""
        try:
            validate_job_id(job_id)
        except InvalidJobError as exc:
            raise InvalidRequest(str(exc)) from exc
        record = self.jobs.get(job_id)
        if record is not None:
            return record.to_api()
        found = None if self.promises is None else self.promises.get_state(promise_id(job_id))
        if found is None:
            raise JobNotFound(f"no job with id {job_id!r}")
        if found.state == "pending":
            return {"jobId": job_id, "status": "processing", "queued": True}
        if found.state == "resolved":
            body: dict[str, Any] = {"jobId": job_id, "status": "done"}
            if isinstance(found.value, dict):
                body["status"] = found.value.get("status", "done")
                body["result"] = found.value
            return body
        return {
            "jobId": job_id,
            "status": "failed",
            "error": {"code": "workflow_failed", "message": found.reason},
        }

    def jobs_for_document(self, document_url: str | None) -> dict[str, Any]:
        """``GET /jobs?documentUrl=s3://bucket/key``: that document's jobs, newest first."""
        if not document_url:
            raise InvalidRequest("documentUrl query parameter is required")
        try:
            ref = DocumentRef.from_url(document_url)
        except InvalidJobError as exc:
            raise InvalidRequest(str(exc)) from exc
        records = self.jobs.list_for_document(ref.url, limit=MAX_LISTED_JOBS)
        return {"jobs": [record.to_api() for record in records]}
