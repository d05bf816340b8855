"""The status Lambda: a Powertools ``APIGatewayHttpResolver`` over :class:`StatusService`
(job status), :class:`ReviewService` (job lists, the review gate) and the console's files.

Clients are built on the first invocation from the environment (``Settings.from_env``) and
kept in a module-level singleton, so warm invocations reuse them; nothing is built at
import, and what only building them needs (the AWS adapters, the durable engine, the classes
file's loader) is imported then too, which keeps the Lambda's cold import small. Tests and
the local stack hand in their own service with :func:`use_service`. :func:`shutdown` closes
what the module built (the Resonate reader's HTTP session); it is registered with
:mod:`atexit` when the reader is built, so a process serving the handler (the local stack's
HTTP API) exits without leaking the session.
"""

from __future__ import annotations

import atexit
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.exceptions import NotFoundError, ServiceError

from docpipe.errors import TransientError
from status_api import console
from status_api.errors import InvalidCorrection, StatusUnavailable
from status_api.files import FileService
from status_api.identity import caller_of
from status_api.pages import PAGE_HEADERS, PageService
from status_api.retry import MessageSender, RetryService, SqsMessageSender
from status_api.reviews import ReviewService
from status_api.service import StatusService

if TYPE_CHECKING:
    from docpipe.tenancy import Caller
    from status_api.promises import ResonatePromiseReader

logger = Logger(service="docpipe-status")
app = APIGatewayHttpResolver()

_service: StatusService | None = None
_pages: PageService | None = None
#: Where retries are sent (built on first use from ``DOCPIPE_QUEUE_URL``).
_sender: MessageSender | None = None
#: The reader :func:`service` built (and so must close), if any.
_owned_reader: ResonatePromiseReader | None = None


def use_service(service: StatusService | None, sender: MessageSender | None = None) -> None:
    """Install the service the handler answers from (``None``: rebuild from the env), and
    where it sends retries."""
    global _service, _sender
    shutdown()
    _service, _sender = service, sender


def service() -> StatusService:
    """The service, built from the environment on first use."""
    global _service, _owned_reader
    if _service is None:
        _service, _owned_reader = _build_from_env()
        if _owned_reader is not None:
            atexit.register(shutdown)
    return _service


def caller() -> Caller:
    """Who is calling this request (403 when nobody the deployment knows)."""
    return caller_of(app.current_event.raw_event, service().tenancy)


def reviews() -> ReviewService:
    """Job lists and reviews, over the same table and durable engine as :func:`service`."""
    status = service()
    return ReviewService(jobs=status.jobs, promises=status.promises, classes=status.classes)


def pages() -> PageService:
    """Page images, over the same table and the documents' buckets (S3, built on first use)."""
    global _pages  # noqa: PLW0603 (the Lambda's warm singleton)
    status = service()
    if _pages is None or _pages.jobs is not status.jobs:
        from docpipe.aws import S3BlobStore, client  # noqa: PLC0415 (boto3 on first use)
        from docpipe.settings import Settings  # noqa: PLC0415

        settings = Settings.from_env()
        _pages = PageService(
            jobs=status.jobs,
            blobs=S3BlobStore(client("s3", settings)),
            results_bucket=settings.results_bucket,
            max_document_bytes=settings.max_document_bytes,
        )
    return _pages


def use_pages(page_service: PageService | None) -> None:
    """Install the page service (tests); ``None``: rebuild from the environment."""
    global _pages  # noqa: PLW0603 (the Lambda's warm singleton)
    _pages = page_service


def retries() -> RetryService:
    """Retries of failed jobs, sent to the job queue ``DOCPIPE_QUEUE_URL`` names."""
    global _sender  # noqa: PLW0603 (the Lambda's warm singleton)
    status = service()
    if _sender is None:
        from docpipe.aws import client  # noqa: PLC0415 (boto3 on first use)
        from docpipe.settings import Settings  # noqa: PLC0415

        settings = Settings.from_env()
        if settings.queue_url:
            _sender = SqsMessageSender(client("sqs", settings), settings.queue_url)
    return RetryService(jobs=status.jobs, promises=status.promises, sender=_sender)


def shutdown() -> None:
    """Close the promise reader :func:`service` built and forget the service; idempotent."""
    global _service, _owned_reader  # noqa: PLW0603 (the Lambda's warm singleton)
    reader, _owned_reader = _owned_reader, None
    _service = None
    if reader is not None:
        atexit.unregister(shutdown)
        reader.close()


def _build_from_env() -> tuple[StatusService, ResonatePromiseReader | None]:
    """DynamoDB for the table; the durable engine (a Resonate server or resonate-pg) for the
    fallback when one is configured.
    Also returns the promise reader it built, which the caller must close."""
    from docpipe import durable  # noqa: PLC0415
    from docpipe.aws import (  # noqa: PLC0415 (boto3 on first use)
        DynamoJobTable,
        client,
        load_tenancy,
    )
    from docpipe.classes import configured_classes  # noqa: PLC0415
    from docpipe.settings import Settings  # noqa: PLC0415
    from status_api.promises import ResonatePromiseReader  # noqa: PLC0415

    settings = Settings.from_env()
    classes = configured_classes(settings)  # a bad classes file fails the start, naming its line
    promises = None
    if settings.resonate_url:
        settings = durable.prepare(settings, receiving=False)
        promises = ResonatePromiseReader.connect(settings)
    service = StatusService(
        jobs=DynamoJobTable(client("dynamodb", settings), settings.table),
        promises=promises,
        classes=classes,
        tenancy=load_tenancy(settings),
    )
    return service, promises


@app.get("/status/<job_id>")
def get_status(job_id: str) -> dict[str, Any]:
    return service().job_status(job_id, caller())


@app.get("/jobs")
def list_jobs() -> dict[str, Any]:
    query = app.current_event.get_query_string_value
    who = caller()
    document_url = query("documentUrl")
    if document_url is not None:
        return service().jobs_for_document(document_url, who)
    return reviews().list_jobs(query("status"), query("limit"), query("cursor"), who)


@app.get("/reviews")
def list_reviews() -> dict[str, Any]:
    query = app.current_event.get_query_string_value
    return reviews().pending_reviews(query("limit"), query("cursor"), caller())


@app.post("/jobs/<job_id>/review")
def settle_review(job_id: str) -> dict[str, Any]:
    return reviews().settle(job_id, app.current_event.decoded_body, caller())


@app.get("/jobs/<job_id>/pages/<page>")
def page_image(job_id: str, page: str) -> Response[bytes]:
    """One page of a job's document as an image, for the console's review view."""
    image = pages().page(job_id, page, caller())
    return Response(
        status_code=HTTPStatus.OK,
        content_type=image.content_type,
        body=image.data,
        headers=PAGE_HEADERS,
    )


@app.get("/jobs/<job_id>/files/<name>")
def job_file(job_id: str, name: str) -> Response[str]:
    """A finished job's ``result.json`` or ``text.txt``, for the console's links."""
    status = service()
    blobs = pages().blobs
    data, content_type = FileService(jobs=status.jobs, blobs=blobs).file(job_id, name, caller())
    return Response(
        status_code=HTTPStatus.OK,
        content_type=content_type,
        body=data,
        headers={"X-Content-Type-Options": "nosniff"},
    )


@app.get("/classes")
def list_classes() -> dict[str, Any]:
    """The document classes (``DOCPIPE_CLASSES``): each one's fields and their types."""
    return service().classes.to_json()


@app.post("/jobs/<job_id>/retry")
def retry_job(job_id: str) -> Response[Any]:
    body = retries().retry(job_id, app.current_event.decoded_body, caller())
    return Response(
        status_code=HTTPStatus.ACCEPTED, content_type=content_types.APPLICATION_JSON, body=body
    )


@app.get("/")
def console_page() -> Response[str]:
    return _asset("index.html")


@app.get("/console/<name>")
def console_asset(name: str) -> Response[str]:
    return _asset(name)


def _asset(name: str) -> Response[str]:
    found = console.asset(name)
    if found is None:
        return Response(
            status_code=HTTPStatus.NOT_FOUND,
            content_type=content_types.APPLICATION_JSON,
            body='{"message":"no such file"}',
        )
    content_type, text = found
    return Response(
        status_code=HTTPStatus.OK,
        content_type=content_type,
        body=text,
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )


def _error(status: int, message: str) -> Response[Any]:
    return Response(
        status_code=status, content_type=content_types.APPLICATION_JSON, body={"message": message}
    )


def _unavailable(exc: TransientError) -> Response[Any]:
    logger.warning("dependency unavailable", extra={"error": str(exc)})
    return _error(StatusUnavailable.status, "temporarily unavailable, retry shortly")


def _no_route(exc: NotFoundError) -> Response[Any]:
    return _error(HTTPStatus.NOT_FOUND, "no such route")


def _service_error(exc: ServiceError) -> Response[Any]:
    return _error(exc.status_code, str(exc.msg))


def _invalid_correction(exc: InvalidCorrection) -> Response[Any]:
    """422 with the refused correction's name, so a form can point at it."""
    body = {"message": exc.message, "field": exc.field}
    return Response(status_code=exc.status, content_type=content_types.APPLICATION_JSON, body=body)


# Registered as statements, not decorators: Powertools' decorator is untyped.
app.exception_handler(TransientError)(_unavailable)
app.exception_handler(NotFoundError)(_no_route)
app.exception_handler(InvalidCorrection)(_invalid_correction)
app.exception_handler(ServiceError)(_service_error)


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return app.resolve(event, context)
