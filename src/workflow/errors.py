"""Errors the workflow layer raises on top of :mod:`docpipe.errors`.

::

    DocpipeError (docpipe.errors)
    └── StepFailed       a step ended without a result: it checkpointed a permanent
                         document error, or its transient retries ran out

Inside :func:`workflow.pipeline.process_document` every ``StepFailed`` is caught and turned
into the job's ``failed`` outcome (store and notify run in failure mode; if notify itself
fails, a bookkeeping step records ``failed``). The workflow's promise is rejected only when
even that bookkeeping write runs out of retries; the status API then reads the rejection.
"""

from __future__ import annotations

from typing import Any

from docpipe.errors import DocpipeError
from docpipe.records import FailedAt, Failure


class StepFailed(DocpipeError):
    """A step ended without a result; ``error`` is what is stored with the failed job."""

    def __init__(self, step: FailedAt, error: Failure) -> None:
        super().__init__(f"{step}: {error.code}: {error.message}")
        self.step: FailedAt = step
        self.error = error

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled into a rejected promise's value; rebuild from both arguments.
        return (type(self), (self.step, self.error))
