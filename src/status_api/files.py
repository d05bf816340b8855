"""A finished job's files for the console: ``GET /jobs/{jobId}/files/{name}``.

``result.json`` (the job's result as stored) and ``text.txt`` (the extracted text) live in
the results bucket, which a browser cannot read; the API reads them for a caller who may see
the job and answers them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from docpipe.errors import DocumentNotFound
from docpipe.jobs import DocumentRef
from status_api.errors import JobNotFound
from status_api.identity import authorize

if TYPE_CHECKING:
    from docpipe.ports import BlobStore, JobTable
    from docpipe.tenancy import Caller

#: The files a job offers, and how they are served.
FILES = {
    "result.json": "application/json",
    "text.txt": "text/plain; charset=utf-8",
}
#: Largest file answered (API Gateway's response limit is 10 MB with the encoding).
MAX_FILE_BYTES = 6 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FileService:
    jobs: JobTable
    blobs: BlobStore

    def file(self, job_id: str, name: str, caller: Caller) -> tuple[str, str]:
        """``(text, content type)`` of one of the job's files (both are UTF-8 text); 404 when
        it has none."""
        record = authorize(self.jobs.get(job_id), job_id, caller)
        if name not in FILES:
            raise JobNotFound(f"no file {name!r}: a job offers {', '.join(FILES)}")
        result = record.result or {}
        url = result.get("resultUrl") if name == "result.json" else None
        if name == "text.txt":
            text = result.get("text") or {}
            if text.get("bucket") and text.get("key"):
                url = f"s3://{text['bucket']}/{text['key']}"
        if not isinstance(url, str):
            raise JobNotFound(f"job {job_id!r} has no {name} (yet)")
        where = DocumentRef.from_url(url)
        try:
            blob = self.blobs.get(where.bucket, where.key, max_bytes=MAX_FILE_BYTES)
        except DocumentNotFound:
            raise JobNotFound(f"job {job_id!r}: {name} is gone from {url}") from None
        return blob.data.decode("utf-8", "replace"), FILES[name]
