"""The JSON event lines docpipe processes write to stdout, and the one way to read them back.

Every long-running docpipe process logs one convention: Powertools Logger JSON lines on
stdout, as the Lambdas do (``{"level", "message", "timestamp", "service", ...}``). Among
them, an *event* is a line that also carries an ``"event"`` key naming what happened
(``{"event": "step.start", "jobId": ..., ...}``); the other lines are the human log
(:func:`configure_logging` routes the process's stdlib logging to the same stream and format).
The local stack waits for readiness events, ``docpipe up`` turns job events into readable
lines, and tests and benchmarks assert on them. This module is the contract: the event
names are defined here, :func:`write_event` is the only writer and :func:`parse_event` /
:func:`read_events` the only readers. Nothing matches these lines as substrings.

Events are always written at INFO or above, whatever level the human log runs at: they are
the contract, not chatter (a process's event logger is pinned to INFO). Powertools' Logger
is imported when a process first logs, not with this module, which every process loads.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, cast

if TYPE_CHECKING:
    from aws_lambda_powertools import Logger

# ── worker: one job's steps ─────────────────────────────────────────────────────────────
#: One execution of a pipeline step body (never logged for a checkpointed step).
STEP_START: Final = "step.start"
#: A step body returned: its checkpoint is written (``durationMs``, ``bodyMs``; ``failed``
#: holds the code of a permanent document error the step checkpointed instead of a result).
STEP_FINISH: Final = "step.finish"
#: One attempt of a step failed transiently and will run again after ``nextDelaySeconds``.
STEP_RETRY: Final = "step.retry"
#: One attempt of a step failed and the retry policy allows no more (the job will fail).
STEP_GAVE_UP: Final = "step.gave_up"
#: An execution of a step found the same step still running in this worker (its task was
#: handed out again after the lease lapsed) and takes that execution's result.
STEP_JOINED: Final = "step.joined"
#: One execution of a page-range chunk of a long document.
CHUNK_START: Final = "chunk.start"
#: A chunk's range was read and stored (``durationMs``, ``chars``, ``failedPages``).
CHUNK_FINISH: Final = "chunk.finish"
#: One attempt of a chunk failed transiently (``errorType``, ``error``); the range runs again
#: after ``nextDelaySeconds``, or, when that is absent, never (the document fails).
CHUNK_RETRY: Final = "chunk.retry"
#: The job waits for something outside the worker (``awaiting``: what, e.g. ``review``).
JOB_AWAITING: Final = "job.awaiting"
#: The job reached ``done`` (written once: by the notify step's single successful execution).
JOB_DONE: Final = "job.done"
#: The job reached ``failed`` (``error``: its code and message).
JOB_FAILED: Final = "job.failed"
#: The job table could not be written (logged at ERROR: the status API cannot show progress).
JOB_TABLE_UNWRITABLE: Final = "job_table.unwritable"
#: A job's review was settled (approve, reject) or timed out, and the job goes on.
REVIEW_SETTLED: Final = "review.settled"
#: The worker has joined its group and takes work.
WORKER_READY: Final = "worker.ready"

# ── consumer ────────────────────────────────────────────────────────────────────────────
#: The consumer created (or found: ``existing``) the job's durable promise; the record is
#: acknowledged.
JOB_ACCEPTED: Final = "job.accepted"
#: A record that cannot become a job (``reason``); it fails, and after the queue's
#: ``maxReceiveCount`` receives it is in the dead-letter queue.
MESSAGE_REFUSED: Final = "message.refused"
#: The engine did not confirm a record's jobs (``jobIds``, ``reason``); the record fails and
#: is received again (or, after ``maxReceiveCount`` receives, dead-lettered).
DISPATCH_FAILED: Final = "dispatch.failed"

# ── local stack ─────────────────────────────────────────────────────────────────────────
#: The SQS -> Lambda poller is receiving.
POLLER_READY: Final = "poller.ready"
#: One Lambda invocation by the poller and what it did to the queue.
POLLER_BATCH: Final = "poller.batch"
#: The poller could not receive (the emulator restarting, say); it keeps polling.
POLLER_RECEIVE_ERROR: Final = "poller.receive_error"
#: The poller stopped on request.
POLLER_STOPPED: Final = "poller.stopped"
#: The status API's HTTP front end serves.
API_READY: Final = "api.ready"
#: One request served by the status API's HTTP front end.
API_REQUEST: Final = "api.request"

# ── chaos benchmark ─────────────────────────────────────────────────────────────────────
#: The fault-injecting AWS proxy serves (``url``).
FAULTPROXY_READY: Final = "faultproxy.ready"
#: The fault proxy's counts on exit: ``forwarded``/``delayed`` per service, ``errors`` per
#: service and error code.
FAULTPROXY_STATS: Final = "faultproxy.stats"

type Event = dict[str, Any]

#: The log level each event is written at (INFO unless listed): what needs a look stands out.
LEVELS: Final[Mapping[str, int]] = {
    STEP_RETRY: logging.WARNING,
    STEP_GAVE_UP: logging.ERROR,
    JOB_TABLE_UNWRITABLE: logging.ERROR,
    JOB_FAILED: logging.WARNING,
    MESSAGE_REFUSED: logging.WARNING,
    DISPATCH_FAILED: logging.WARNING,
    POLLER_RECEIVE_ERROR: logging.WARNING,
}

#: Service name of a process that did not call :func:`configure_logging` (not ``docpipe``:
#: the stdlib loggers ``docpipe.*`` would become its children and stop propagating).
DEFAULT_SERVICE = "docpipe-process"
#: Field names an event may not use: the log record's own attributes and Powertools' keys.
RESERVED_FIELDS: Final = frozenset(
    {
        *logging.LogRecord("", 0, "", 0, "", None, None).__dict__,
        "message",
        "asctime",
        "level",
        "location",
        "timestamp",
        "service",
        "sampling_rate",
        "xray_trace_id",
        "exception",
        "exception_name",
        "stack_trace",
    }
)

_process_logger: Logger | None = None


class _Stdout(io.TextIOBase):
    """``sys.stdout`` looked up at every write, so a replaced stdout (tests) is honoured."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


def _powertools_logger(service: str) -> Logger:
    from aws_lambda_powertools import Logger  # noqa: PLC0415 -- only in processes that log

    logger = Logger(service=service, level="INFO", stream=cast("IO[str]", _Stdout()))
    # Its lines go out through its own handler only, never twice via the root logger.
    logging.getLogger(logger.service).propagate = False
    return logger


def configure_logging(service: str, *, level: str | int = "INFO") -> Logger:
    """Make this process log Powertools JSON lines to stdout under ``service``: its events
    (at INFO, always) and its stdlib logging (at ``level``) through one handler and format.

    Call once, at a process's entry point; returns the process's event logger.
    """
    global _process_logger  # noqa: PLW0603 -- one logger per process, set at its edge
    logger = _powertools_logger(service)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(logger.registered_handler)
    root.setLevel(level)
    _process_logger = logger
    return logger


def event_logger() -> Logger:
    """The process's event logger; without :func:`configure_logging`, one named by
    ``POWERTOOLS_SERVICE_NAME`` (else ``docpipe``) that leaves stdlib logging alone."""
    global _process_logger  # noqa: PLW0603 -- built on first use, then reused
    if _process_logger is None:
        service = os.environ.get("POWERTOOLS_SERVICE_NAME", "").strip() or DEFAULT_SERVICE
        _process_logger = _powertools_logger(service)
    return _process_logger


def write_event(
    event: Mapping[str, Any],
    *,
    level: int | None = None,
    logger: Logger | None = None,
    caller_depth: int = 1,
) -> None:
    """Write ``event`` (a mapping with an ``"event"`` name) as one Powertools JSON line
    through ``logger`` (default: the process's event logger), flushed so a tail sees it, at
    ``level`` (default: the event's entry in :data:`LEVELS`, else INFO).

    Fields whose value is ``None`` are left out (Powertools drops them); names that clash
    with a log record's own keys are refused, so an event can always be read back whole. The
    line's ``location`` is the code ``caller_depth`` frames up (1: who called this).
    """
    name = event.get("event")
    if not isinstance(name, str):
        raise TypeError(f"an event needs an 'event' name: {event!r}")
    clash = RESERVED_FIELDS.intersection(event)
    if clash:
        raise ValueError(f"event {name!r} uses reserved field names: {sorted(clash)}")
    log = logger or event_logger()
    fields = dict(event)
    if level is None:
        level = LEVELS.get(name, logging.INFO)
    stacklevel = 2 + caller_depth  # past Powertools' own frame and this function's
    if level >= logging.ERROR:
        log.error(name, extra=fields, stacklevel=stacklevel)
    elif level >= logging.WARNING:
        log.warning(name, extra=fields, stacklevel=stacklevel)
    else:
        log.info(name, extra=fields, stacklevel=stacklevel)


def parse_event(line: str | bytes) -> Event | None:
    """The event on ``line``, or ``None`` when the line is not one (other log output)."""
    text = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
    text = text.strip()
    if not text.startswith("{"):
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("event"), str):
        return record
    return None


def iter_events(lines: Iterator[str] | list[str]) -> Iterator[Event]:
    """The events among ``lines``, in order."""
    for line in lines:
        event = parse_event(line)
        if event is not None:
            yield event


def read_events(path: Path, *, offset: int = 0) -> list[Event]:
    """Every event in the log file at ``path`` past byte ``offset`` (none if it is absent)."""
    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            data = handle.read()
    except FileNotFoundError:
        return []
    return list(iter_events(data.decode("utf-8", "replace").splitlines()))


def has_event(path: Path, name: str, *, offset: int = 0) -> bool:
    """True once the log at ``path`` holds an event called ``name`` past ``offset``."""
    return any(event["event"] == name for event in read_events(path, offset=offset))
