"""Lambda handlers for the execution-environment tests, importable by dotted name."""

from __future__ import annotations

import os
import threading
from typing import Any

#: Set in the child when this module is imported: one import per cold start.
IMPORTED_IN = os.getpid()


def echo(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Answers with what it was given and where it ran."""
    return {
        "event": event,
        "pid": os.getpid(),
        "remainingMs": context.get_remaining_time_in_millis(),
        "taskRoot": os.environ.get("LAMBDA_TASK_ROOT"),
    }


def hang(event: dict[str, Any], context: Any) -> None:
    """Never returns: a function stuck on a call that does not answer."""
    threading.Event().wait()


def fail(event: dict[str, Any], context: Any) -> None:
    raise ValueError("the record is bad")


def unmarshallable(event: dict[str, Any], context: Any) -> object:
    """Returns what Lambda cannot serialise as a response."""
    return {"when": object()}


def crash(event: dict[str, Any], context: Any) -> None:
    """The runtime process dies under the invocation."""
    os._exit(3)
