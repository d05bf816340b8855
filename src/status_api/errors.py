"""The status API's HTTP errors: Powertools ``ServiceError`` subclasses, one per answer.

::

    ServiceError (Powertools)
    └── StatusApiError          root: the handler renders every one as {"message": ...}
        ├── InvalidRequest      400: a bad job id, a missing or non-s3 documentUrl
        ├── JobNotFound         404: no such job in the table or on the Resonate server
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


class JobNotFound(StatusApiError):
    status = HTTPStatus.NOT_FOUND


class StatusUnavailable(StatusApiError):
    status = HTTPStatus.SERVICE_UNAVAILABLE
