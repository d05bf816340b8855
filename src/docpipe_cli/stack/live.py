"""What ``docpipe up`` prints while the stack runs: one readable line per job event.

The components log to ``DIR/logs/<name>.log`` (Powertools JSON lines, events among them).
:class:`LogFollower` tails those files and hands each new event to :func:`describe`, which
turns the job events (accepted by the consumer, step started/finished/retrying, chunks,
awaiting, done/failed, an unwritable job table) into a line such as

    18:02:11 worker   | job s3-4f2a… extract finished in 1.4 s

interleaving the components as ``docker compose up`` does, in colour on a terminal. Events
are read only through :mod:`docpipe.events`; other log lines stay in the files.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docpipe import events

#: ANSI colours per component label (white for others), and for outcomes.
_LABEL_COLOURS: Mapping[str, str] = {
    "consumer": "36",  # cyan
    "worker": "35",  # magenta
    "poller": "34",  # blue
    "api": "32",  # green
    "resonate": "33",  # yellow
    "aws": "37",
}
_GOOD, _WARN, _BAD = "32", "33", "31"
#: Longest job id shown whole; longer ones (S3 ids are 43 characters) are shortened.
_MAX_JOB_ID = 24
#: Longest error message shown; the log file has all of it.
_MAX_ERROR = 160
#: Powertools service name -> the label the line carries.
_SERVICE_LABELS: Mapping[str, str] = {
    "docpipe-consumer": "consumer",
    "docpipe-worker": "worker",
    "docpipe-poller": "poller",
    "docpipe-api": "api",
}


@dataclass
class LogFollower:
    """Tails the components' log files, yielding each new event once, with its component.

    Only whole lines are read: a line still being written is picked up on the next poll.
    """

    logs_dir: Path
    components: Iterable[str]
    offsets: dict[str, int] = field(default_factory=dict)

    def start_at_end(self) -> LogFollower:
        """Skip what the logs already hold (an earlier run's lines)."""
        for name in self.components:
            try:
                self.offsets[name] = (self.logs_dir / f"{name}.log").stat().st_size
            except FileNotFoundError:
                self.offsets[name] = 0
        return self

    def poll(self) -> list[tuple[str, events.Event]]:
        """The events appended since the last poll, per file in order."""
        found: list[tuple[str, events.Event]] = []
        for name in self.components:
            path = self.logs_dir / f"{name}.log"
            offset = self.offsets.get(name, 0)
            try:
                with path.open("rb") as handle:
                    if os.fstat(handle.fileno()).st_size < offset:
                        offset = 0  # truncated or replaced: start over
                    handle.seek(offset)
                    data = handle.read()
            except FileNotFoundError:
                continue
            complete = data.rfind(b"\n") + 1
            self.offsets[name] = offset + complete
            lines = data[:complete].decode("utf-8", "replace").splitlines()
            found.extend((name, event) for event in events.iter_events(lines))
        return found


def _short_id(job_id: object) -> str:
    text = str(job_id)
    return text if len(text) <= _MAX_JOB_ID else text[: _MAX_JOB_ID - 1] + "…"


def _seconds(ms: object) -> str:
    try:
        value = float(ms) / 1000  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "?"
    return f"{value:.1f} s" if value < 60 else f"{value / 60:.1f} min"


def _error_text(error: object) -> str:
    if isinstance(error, Mapping):
        code, message = error.get("code"), error.get("message")
        text = f"{code}: {message}" if code and message else str(code or message or error)
    else:
        text = str(error)
    return text if len(text) <= _MAX_ERROR else text[: _MAX_ERROR - 1] + "…"


def _attempt(event: Mapping[str, Any]) -> str:
    attempt = event.get("attempt")
    return f" (attempt {attempt})" if isinstance(attempt, int) and attempt > 1 else ""


type Described = tuple[str, str | None]


def _accepted(event: Mapping[str, Any], job: str) -> Described:
    if event.get("existing"):
        return f"{job} redelivered: already accepted, nothing new starts", None
    return f"{job} accepted (message {event.get('messageId')})", None


def _finished(event: Mapping[str, Any], job: str) -> Described:
    took = _seconds(event.get("durationMs"))
    if event.get("failed"):
        return f"{job} {event.get('step')} finished in {took}: {event['failed']}", _WARN
    return f"{job} {event.get('step')} finished in {took}{_attempt(event)}", None


def _failed_attempt(event: Mapping[str, Any], job: str) -> Described:
    reason = _error_text(f"{event.get('errorType')}: {event.get('error')}")
    head = f"{job} {event.get('step')} attempt {event.get('attempt')} failed ({reason})"
    if event["event"] == events.STEP_GAVE_UP:
        return f"{head}; giving up", _BAD
    return f"{head}; retrying in {event.get('nextDelaySeconds')} s", _WARN


def _pages(event: Mapping[str, Any], job: str) -> str:
    pages = event.get("pages")
    span = f"{pages[0]}-{pages[1]}" if isinstance(pages, list) and len(pages) == 2 else "?"
    return f"{job} extract pages {span}"


def _chunk(event: Mapping[str, Any], job: str) -> Described:
    return f"{_pages(event, job)} started{_attempt(event)}", None


def _chunk_finished(event: Mapping[str, Any], job: str) -> Described:
    took = _seconds(event.get("durationMs"))
    if event.get("failed"):
        return f"{_pages(event, job)} finished in {took}: {event['failed']}", _WARN
    unreadable = event.get("failedPages")
    note = f", {unreadable} unreadable" if isinstance(unreadable, int) and unreadable else ""
    return f"{_pages(event, job)} read in {took} ({event.get('chars')} characters{note})", None


def _chunk_failed(event: Mapping[str, Any], job: str) -> Described:
    reason = _error_text(f"{event.get('errorType')}: {event.get('error')}")
    head = f"{_pages(event, job)} attempt {event.get('attempt')} failed ({reason})"
    if "nextDelaySeconds" not in event:
        return f"{head}; giving up", _BAD
    return f"{head}; retrying in {event['nextDelaySeconds']} s", _WARN


def _awaiting(event: Mapping[str, Any], job: str) -> Described:
    reason = f": {event['reason']}" if event.get("reason") else ""
    return f"{job} awaiting {event.get('awaiting', 'input')}{reason}", _WARN


def _table(event: Mapping[str, Any], job: str) -> Described:
    return (
        f"{job} cannot write job table {event.get('table')} ({event.get('operation')}): "
        f"{_error_text(event.get('error'))}",
        _BAD,
    )


#: How each job event reads; events not listed (readiness, requests) are not shown.
_DESCRIBERS: Mapping[str, Callable[[Mapping[str, Any], str], Described]] = {
    events.JOB_ACCEPTED: _accepted,
    events.STEP_START: lambda e, job: (f"{job} {e.get('step')} started{_attempt(e)}", None),
    events.STEP_FINISH: _finished,
    events.STEP_RETRY: _failed_attempt,
    events.STEP_GAVE_UP: _failed_attempt,
    events.CHUNK_START: _chunk,
    events.CHUNK_FINISH: _chunk_finished,
    events.CHUNK_RETRY: _chunk_failed,
    events.STEP_JOINED: lambda e, job: (
        f"{job} {e.get('step')} handed out again while still running: joined, not re-run",
        _WARN,
    ),
    events.JOB_AWAITING: _awaiting,
    events.REVIEW_SETTLED: lambda e, job: (
        f"{job} review {e.get('decision')}" + (f" ({e['code']})" if e.get("code") else ""),
        None,
    ),
    events.JOB_DONE: lambda e, job: (f"{job} done", _GOOD),
    events.JOB_FAILED: lambda e, job: (f"{job} failed: {_error_text(e.get('error'))}", _BAD),
    events.JOB_TABLE_UNWRITABLE: _table,
    events.MESSAGE_REFUSED: lambda e, _: (
        f"message {e.get('messageId')} refused: {_error_text(e.get('reason'))}; it is "
        "received again and then dead-lettered (docpipe dlq list)",
        _BAD,
    ),
    events.DISPATCH_FAILED: lambda e, _: (
        f"message {e.get('messageId')} not accepted yet ({_error_text(e.get('reason'))}); "
        "it will be received again",
        _WARN,
    ),
    events.POLLER_RECEIVE_ERROR: lambda e, _: (
        f"cannot receive from the queue: {_error_text(e.get('error'))}",
        _WARN,
    ),
}


def describe(event: Mapping[str, Any]) -> Described | None:
    """The readable text of a job event and the colour it deserves (``None``: plain), or
    ``None`` for events a person watching the stack does not need (readiness, requests)."""
    describer = _DESCRIBERS.get(event["event"])
    if describer is None:
        return None
    return describer(event, f"job {_short_id(event.get('jobId'))}")


@dataclass
class LivePrinter:
    """Formats followed events as lines: ``HH:MM:SS label | text``, coloured when asked."""

    write: Callable[[str], None]
    colour: bool = False
    clock: Callable[[], float] = time.time

    def show(self, component: str, event: Mapping[str, Any]) -> bool:
        """Print ``event`` if it is one a person wants to see; True if it printed."""
        described = describe(event)
        if described is None:
            return False
        text, tone = described
        label = _SERVICE_LABELS.get(str(event.get("service")), component)
        ts = event.get("ts")
        when = time.strftime(
            "%H:%M:%S", time.localtime(ts / 1000 if isinstance(ts, int) else self.clock())
        )
        head = f"{label:<8} |"
        if self.colour:
            head = self._paint(_LABEL_COLOURS.get(label, "37"), head)
            text = self._paint(tone, text) if tone else text
        self.write(f"{when} {head} {text}")
        return True

    @staticmethod
    def _paint(code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m"
