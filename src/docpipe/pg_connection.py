"""resonate-pg's connection, made to ride out a database restart as the HTTP one does.

The SDK's ``HttpConnection`` retries a request whose *connection* failed, with backoff, for
as long as the client runs: a Resonate server that restarts costs latency, never work.
``resonate_pg.PostgresConnection`` raises at once instead. A worker whose request (a step's
settle, a task's fulfil) fails that way drops the execution while its heartbeat keeps the
task's lease alive, so the job would wait forever. :class:`RetryingPostgresConnection`
gives Postgres the HTTP semantics: a request that failed because the database could not be
reached (``OperationalError``: refused, reset, shut down; or no pooled connection in time)
is sent again after a short, growing pause, until it goes through or the connection is
stopped. Any other failure (an SQL error, a missing grant) is raised as before.

Sending again is what HTTP does too: a transaction cut off by the crash was rolled back,
and the protocol's requests are idempotent or versioned, so at worst a retry is refused.

It also claims work as a member of a group of workers should. ``PostgresConnection`` claims
every ``execute`` waiting at the group's address on each drain, paging until none is left:
the first worker to wake took a whole backlog (measured by ``bench/workers.py``: 24 jobs
spread 1, 18, 3, 2 over four workers), and the others idled while it worked through them.
This one claims at most :data:`CLAIMS_PER_DRAIN` per drain and leaves the rest in the outbox,
where every member's next drain (a ``NOTIFY`` or the quarter-second tick) takes its share.
Given ``has_capacity`` (the worker: "a step thread is idle and no page range waits for an
OCR process", :func:`workflow.worker.has_capacity`), it claims from the group's
address only while that holds: a worker whose threads are all busy leaves new jobs to the
members that have room, instead of queueing them behind its own (``bench/workers.py``: four
workers held 36, 55, 12 and 47 jobs of a backlog, and the one with 12 idled for the last
60% of the run). Work addressed to this worker alone (``uni@``) is always claimed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg_pool import PoolTimeout
from resonate_base import ConnectorError
from resonate_pg import PostgresConnection
from resonate_pg.client import PgConn
from resonate_pg.connection import DEQUEUE_EXECUTE_SQL
from resonate_pg.wire import execute_message

logger = logging.getLogger("docpipe.durable")

#: First pause before sending again; doubles per failed attempt up to :data:`MAX_DELAY`.
#: Small: after a restart every pooled connection is dead and fails at once, and each is
#: discarded by the failure that finds it.
INITIAL_DELAY_SECONDS = 0.05
MAX_DELAY_SECONDS = 2.0
#: Attempts that fail silently before each further one is logged (a pool's worth of dead
#: connections after a restart is expected, not news).
QUIET_ATTEMPTS = 3
#: Most ``execute`` messages one drain claims (per address). At a drain per tick (0.25 s) it
#: is 32 jobs a second per worker, beyond what one worker runs, and small enough that a
#: burst is shared among the group's workers instead of taken whole by the first awake.
CLAIMS_PER_DRAIN = 8


class RetryingPostgresConnection(PostgresConnection):
    """A ``PostgresConnection`` whose ``send`` survives the database restarting, and whose
    drain claims a share of the group's work, not all of it."""

    def __init__(
        self, *args: Any, has_capacity: Callable[[], bool] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._has_capacity = has_capacity

    async def _dequeue_executes(self, conn: PgConn, address: str) -> list[str]:
        if address == self._anycast and self._has_capacity and not self._has_capacity():
            return []  # the group's other members have room; the next drain asks again
        cursor = await conn.execute(DEQUEUE_EXECUTE_SQL, (address, CLAIMS_PER_DRAIN))
        rows = await cursor.fetchall()
        return [execute_message(str(row[0]), int(row[1])) for row in rows]

    async def send(self, req: str, headers: dict[str, str] | None = None) -> str:
        attempt = 0
        while True:
            try:
                return await super().send(req, headers)
            except ConnectorError as exc:
                if self._stopped or not connection_lost(exc):
                    raise
                delay = min(INITIAL_DELAY_SECONDS * 2**attempt, MAX_DELAY_SECONDS)
                if attempt >= QUIET_ATTEMPTS:
                    logger.warning("resonate-pg request failed, retrying in %.2fs: %s", delay, exc)
                attempt += 1
                await asyncio.sleep(delay)


def connection_lost(exc: ConnectorError) -> bool:
    """Whether ``exc`` means the database could not be reached (worth sending again)."""
    cause = exc.error
    return isinstance(cause, psycopg.OperationalError | PoolTimeout)
