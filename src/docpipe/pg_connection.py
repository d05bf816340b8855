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
"""

from __future__ import annotations

import asyncio
import logging

import psycopg
from psycopg_pool import PoolTimeout
from resonate_base import ConnectorError
from resonate_pg import PostgresConnection

logger = logging.getLogger("docpipe.durable")

#: First pause before sending again; doubles per failed attempt up to :data:`MAX_DELAY`.
#: Small: after a restart every pooled connection is dead and fails at once, and each is
#: discarded by the failure that finds it.
INITIAL_DELAY_SECONDS = 0.05
MAX_DELAY_SECONDS = 2.0
#: Attempts that fail silently before each further one is logged (a pool's worth of dead
#: connections after a restart is expected, not news).
QUIET_ATTEMPTS = 3


class RetryingPostgresConnection(PostgresConnection):
    """A ``PostgresConnection`` whose ``send`` survives the database restarting."""

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
