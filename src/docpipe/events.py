"""The JSON event lines docpipe processes write to stdout, and the one way to read them back.

The worker, the poller and the status API's HTTP front end each announce what they do as one
JSON object per line (``{"event": <name>, ...}``). The local stack waits for readiness events,
``docpipe up`` turns job events into readable lines, and tests and benchmarks assert on them.
This module is the contract: the event names are defined here, :func:`write_event` is the
only writer and :func:`parse_event` / :func:`read_events` the only readers. Nothing matches
these lines as substrings.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Final

#: One execution of a pipeline step body (never logged for a checkpointed step).
STEP_START: Final = "step.start"
#: One execution of a page-range chunk of a long document.
CHUNK_START: Final = "chunk.start"
#: The worker has joined its group and takes work.
WORKER_READY: Final = "worker.ready"
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

type Event = dict[str, Any]


def write_event(event: Mapping[str, Any], stream: IO[str] | None = None) -> None:
    """Write ``event`` (a mapping with an ``"event"`` name) as one line, flushed so a tail
    sees it at once."""
    if not isinstance(event.get("event"), str):
        raise TypeError(f"an event needs an 'event' name: {event!r}")
    out = sys.stdout if stream is None else stream
    out.write(json.dumps(event, sort_keys=True, default=str) + "\n")
    out.flush()


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
