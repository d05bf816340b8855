"""docpipe's errors, split by who raises them and what the pipeline does next.

::

    DocpipeError
    ├── ConfigError            a setting is missing or malformed (raised at the edge)
    ├── InvalidJobError        a message or id we refuse to accept (the record fails alone)
    ├── DocumentError          permanent: the job ends as ``failed`` with this reason
    │   ├── UnsupportedDocument   a type we cannot read
    │   ├── CorruptDocument       bytes that do not parse as their type
    │   ├── DocumentTooLarge      over a size, page or decompression limit
    │   └── DocumentNotFound      the object is gone (deleted before we read it)
    └── TransientError         anything worth retrying: the durable retry runs the step again

A :class:`DocumentError` carries a stable ``code`` so users and tests match on it, not on text.
"""

from __future__ import annotations

from docpipe import failures


class DocpipeError(Exception):
    """Root of every error docpipe raises on purpose."""


class ConfigError(DocpipeError):
    """A setting is missing or malformed; the message names the variable."""


class InvalidJobError(DocpipeError):
    """A record or id that cannot become a job."""


class DocumentError(DocpipeError):
    """A permanent problem with the document itself: retrying cannot help."""

    #: Machine-readable reason, stored with the failed job (:mod:`docpipe.failures`).
    code: str = failures.DOCUMENT_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict[str, str]:
        """The JSON shape stored with a failed job and returned by the status API."""
        return {"code": self.code, "message": self.message}


class UnsupportedDocument(DocumentError):
    code = failures.UNSUPPORTED_TYPE


class CorruptDocument(DocumentError):
    code = failures.CORRUPT_DOCUMENT


class DocumentTooLarge(DocumentError):
    code = failures.TOO_LARGE


class DocumentNotFound(DocumentError):
    code = failures.NOT_FOUND


class TransientError(DocpipeError):
    """A failure that may pass: throttling, timeouts, a dependency briefly down."""


#: Every permanent error class by its code, so a checkpointed failure can be rebuilt.
DOCUMENT_ERRORS: dict[str, type[DocumentError]] = {
    cls.code: cls
    for cls in (
        DocumentError,
        UnsupportedDocument,
        CorruptDocument,
        DocumentTooLarge,
        DocumentNotFound,
    )
}
