"""A job's durable promises, as the status API needs them: read one, resolve a review.

Between the consumer's dispatch and the worker's first step a job exists only as its
promise on the Resonate server; a job whose workflow was rejected before it wrote a row
exists only there too. A job waiting for review waits on a promise the reviewer's answer
resolves. :class:`PromiseReader` is the narrow port the status service asks;
:class:`ResonatePromiseReader` implements it with the SDK's promise client.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

from resonate.error import ConnectorError, ResonateError, ServerError
from resonate.types import Value

from docpipe.durable import resonate_client
from docpipe.errors import InvalidJobError, TransientError
from docpipe.jobs import Job

if TYPE_CHECKING:
    from resonate.resonate import Resonate
    from resonate.types import PromiseRecord

    from docpipe.settings import Settings

#: How long one lookup may take before the API answers 503 rather than hang (the SDK's
#: HTTP connection retries a refused connection forever).
DEFAULT_LOOKUP_TIMEOUT = timedelta(seconds=5)
#: Tries per lookup when the connection fails. After the server restarts, the first request
#: goes out on a pooled keep-alive connection the old server closed and fails at once; the
#: second opens a fresh connection. A server that is really down fails both, promptly.
CONNECTION_ATTEMPTS = 2
_NOT_FOUND = 404
#: The Resonate group the reader's client identifies as (it receives no work).
READER_GROUP = "docpipe-status"


@dataclass(frozen=True, slots=True)
class PromiseStatus:
    """A promise's state (``pending``, ``resolved``, ``rejected``, ``rejected_canceled``,
    ``rejected_timedout``), with the rejection reason or the resolved value."""

    state: str
    reason: str | None = None
    value: Any = None
    #: The tenant of the job the promise runs (from its argument), ``None`` when it names
    #: none (not a job's promise): only an admin sees such a promise.
    owner: str | None = None


class PromiseReader(Protocol):
    def get_state(self, promise_id: str) -> PromiseStatus | None:
        """The promise's state, ``None`` if it does not exist; ``TransientError`` when the
        server cannot be asked right now."""
        ...

    def resolve(self, promise_id: str, value: Any) -> PromiseStatus | None:
        """Resolve a pending promise with ``value`` (JSON). Settling is first-wins: the answer
        is the promise as it now is, so a promise settled before shows its earlier value.
        ``None`` if it does not exist; ``TransientError`` as for :meth:`get_state`."""
        ...


def status_of(record: PromiseRecord) -> PromiseStatus:
    """Translate a decoded promise record into what the status API needs from it."""
    value = record.value.data
    owner = job_owner(record.param.data)
    if record.state == "rejected_timedout":
        return PromiseStatus(record.state, reason="the job timed out", owner=owner)
    if record.state.startswith("rejected"):
        message = value.get("message") if isinstance(value, dict) else None
        reason = str(message or "the job's workflow failed")
        return PromiseStatus(record.state, reason=reason, owner=owner)
    return PromiseStatus(record.state, value=value, owner=owner)


def job_owner(param: Any) -> str | None:
    """The owner of the job a workflow promise's param (``{"func", "args": [job]}``) runs."""
    args = param.get("args") if isinstance(param, dict) else None
    if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], dict):
        return None
    try:
        return Job.from_dict(args[0]).owner
    except (InvalidJobError, KeyError, TypeError, AttributeError):
        return None


class ResonatePromiseReader:
    """:class:`PromiseReader` over the SDK's ``resonate.promises`` client.

    A Lambda handler is synchronous and a Resonate client is bound to the event loop it
    first ran on, so the reader owns one loop for its lifetime (a warm Lambda reuses it).
    Its owner calls :meth:`close` when done, which closes the client's HTTP session.
    """

    def __init__(self, resonate: Resonate, *, timeout: timedelta = DEFAULT_LOOKUP_TIMEOUT) -> None:
        self._resonate = resonate
        self._timeout = timeout.total_seconds()
        self._loop = asyncio.new_event_loop()
        self._closed = False

    @classmethod
    def connect(cls, settings: Settings) -> ResonatePromiseReader:
        """A send-only client for the configured engine (a Resonate server or resonate-pg):
        it listens for nothing and starts no loops."""
        return cls(resonate_client(settings, group=READER_GROUP, receiving=False))

    def get_state(self, promise_id: str) -> PromiseStatus | None:
        if self._closed:
            raise TransientError("the promise reader is closed")
        return self._loop.run_until_complete(self._ask(self._get_record(promise_id)))

    def resolve(self, promise_id: str, value: Any) -> PromiseStatus | None:
        if self._closed:
            raise TransientError("the promise reader is closed")
        return self._loop.run_until_complete(self._ask(self._resolve_record(promise_id, value)))

    async def _ask(self, request: Awaitable[PromiseRecord]) -> PromiseStatus | None:
        try:
            record = await asyncio.wait_for(request, timeout=self._timeout)
        except ServerError as exc:
            if exc.code == _NOT_FOUND:
                return None
            raise TransientError(f"Resonate server error: {exc}") from exc
        except (ResonateError, TimeoutError) as exc:
            raise TransientError(f"Resonate server unreachable: {exc!r}") from exc
        return status_of(record)

    async def _get_record(self, promise_id: str) -> PromiseRecord:
        for attempt in range(1, CONNECTION_ATTEMPTS + 1):
            try:
                return await self._resonate.promises.get(promise_id)
            except ConnectorError:
                if attempt == CONNECTION_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def _resolve_record(self, promise_id: str, value: Any) -> PromiseRecord:
        for attempt in range(1, CONNECTION_ATTEMPTS + 1):
            try:
                return await self._resonate.promises.resolve(promise_id, Value(data=value))
            except ConnectorError:
                # Settling is idempotent in effect (first wins, the answer says which), so a
                # request lost with a stale connection can be sent again.
                if attempt == CONNECTION_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Close the client (and its HTTP session) and the loop; idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            self._loop.run_until_complete(self._resonate.stop())
        finally:
            self._loop.close()
