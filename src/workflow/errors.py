"""Errors the workflow layer raises on top of :mod:`docpipe.errors`.

::

    DocpipeError (docpipe.errors)
    └── StepFailed       a step ended without a result: it checkpointed a permanent
                         document error, or its transient retries ran out

Inside :func:`workflow.pipeline.process_document` a ``StepFailed`` is caught and turned into
the job's ``failed`` outcome; it escapes only when the notify step itself cannot finish, so
the job's durable promise is rejected with the reason.
"""

from __future__ import annotations

from typing import Any

from docpipe.errors import DocpipeError
from docpipe.jobs import StepName

#: Error code recorded when a step kept failing transiently until its retries ran out.
RETRIES_EXHAUSTED = "retries_exhausted"


class StepFailed(DocpipeError):
    """A step ended without a result; ``error`` is the JSON stored with the failed job."""

    def __init__(self, step: StepName, error: dict[str, Any]) -> None:
        super().__init__(f"{step}: {error.get('code')}: {error.get('message')}")
        self.step: StepName = step
        self.error = error

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled into a rejected promise's value; rebuild from both arguments.
        return (type(self), (self.step, self.error))
