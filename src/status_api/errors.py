"""The status API's HTTP errors: Powertools ``ServiceError`` subclasses, one per answer.

::

    ServiceError (Powertools)
    └── StatusApiError          root: the handler renders every one as {"message": ...}
        ├── InvalidRequest      400: a bad job id, a missing or non-s3 documentUrl, a
        │                            malformed review body or cursor
        ├── Forbidden           403: no caller identity, one no tenant knows, or a reader
        │                            deciding a review or retrying
        ├── JobNotFound         404: no such job in the table or on the Resonate server, or
        │                            another tenant's job (its existence is not revealed)
        ├── NotAwaitingReview   409: a review for a job that is not waiting for one (or
        │                            that was settled with another decision)
        ├── NoPageImage         404: a page image for a document without that page
        ├── NotRetryable        409: a retry of a job that has not failed
        ├── InvalidCorrection   422: a well-formed review whose corrections are wrong (for
        │                            the job's class); the answer names the ``field`` too
        ├── RendererMissing     501: PDF page images need the ``pages`` extra (pypdfium2)
        └── StatusUnavailable   503: a dependency (DynamoDB, Resonate) failed transiently
"""

from __future__ import annotations

from http import HTTPStatus

from aws_lambda_powertools.event_handler.exceptions import ServiceError


class StatusApiError(ServiceError):
    """Root of the errors the status API answers with."""

    status = HTTPStatus.INTERNAL_SERVER_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(self.status, message)
        self.message = message


class InvalidRequest(StatusApiError):
    status = HTTPStatus.BAD_REQUEST


class Forbidden(StatusApiError):
    status = HTTPStatus.FORBIDDEN


class JobNotFound(StatusApiError):
    status = HTTPStatus.NOT_FOUND


class NotAwaitingReview(StatusApiError):
    status = HTTPStatus.CONFLICT


class NotRetryable(StatusApiError):
    status = HTTPStatus.CONFLICT


class InvalidCorrection(StatusApiError):
    status = HTTPStatus.UNPROCESSABLE_ENTITY

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        #: The correction refused (as it was sent), for a form to point at.
        self.field = field


class NoPageImage(StatusApiError):
    status = HTTPStatus.NOT_FOUND


class RendererMissing(StatusApiError):
    status = HTTPStatus.NOT_IMPLEMENTED


class StatusUnavailable(StatusApiError):
    status = HTTPStatus.SERVICE_UNAVAILABLE
