"""What the consumer reports: one typed event per outcome, handed to an observer.

Tests pass a recorder and assert on these events; the Lambda passes
:func:`logging_observer`, which writes each as one structured Powertools log line. Keeping
the events typed (not log strings) is what lets a test say "exactly this record was
rejected, for this reason" without parsing text. A confirmed job, a refused record and a
failed dispatch are also event lines (:data:`~docpipe.events.JOB_ACCEPTED`,
:data:`~docpipe.events.MESSAGE_REFUSED`, :data:`~docpipe.events.DISPATCH_FAILED`, written
through the same logger), which is how ``docpipe up`` shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

from aws_lambda_powertools import Logger

from docpipe import events

#: The Powertools service name every consumer log line carries.
SERVICE_NAME = "docpipe-consumer"


@dataclass(frozen=True, slots=True)
class RecordRejected:
    """A record that cannot become a job; it fails alone and, redriven, reaches the DLQ."""

    message_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class RecordIgnored:
    """A well-formed record that asks for no work (``s3:TestEvent``, ``ObjectRemoved``...)."""

    message_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class JobDispatched:
    """The server confirmed the job's durable promise exists."""

    message_id: str
    job_id: str
    promise_id: str
    #: The promise was already there (a redelivery collapsing onto its job).
    existing: bool
    #: When the message reached the queue and was first received (SQS's ``SentTimestamp``
    #: and ``ApproximateFirstReceiveTimestamp``, epoch ms): how long it waited for us.
    sent_at: int | None = None
    received_at: int | None = None


@dataclass(frozen=True, slots=True)
class DispatchFailed:
    """The server did not confirm every job of a record in time; the record fails."""

    message_id: str
    job_ids: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class BatchProcessed:
    """One per invocation: what came in and what became of it."""

    received: int
    #: Jobs confirmed (a record may hold several S3 objects).
    dispatched: int
    ignored: int
    failed: int
    fifo: bool


type ConsumerEvent = (
    RecordRejected | RecordIgnored | JobDispatched | DispatchFailed | BatchProcessed
)
type Observer = Callable[[ConsumerEvent], None]


def logging_observer(logger: Logger | None = None) -> Observer:
    """An observer writing each event as one structured log line (warning for failures)."""
    if logger is None:
        logger = Logger(service=SERVICE_NAME)
    log = logger

    def observe(event: ConsumerEvent) -> None:
        fields = {_camel(name): value for name, value in asdict(event).items()}
        name = type(event).__name__
        if isinstance(event, JobDispatched):
            events.write_event({"event": events.JOB_ACCEPTED, **fields}, logger=log)
        elif isinstance(event, RecordRejected):
            events.write_event({"event": events.MESSAGE_REFUSED, **fields}, logger=log)
        elif isinstance(event, DispatchFailed):
            events.write_event({"event": events.DISPATCH_FAILED, **fields}, logger=log)
        else:
            log.info(name, extra=fields)

    return observe


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
