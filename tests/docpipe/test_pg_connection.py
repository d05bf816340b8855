"""resonate-pg requests ride out a database restart; other failures surface at once."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import psycopg
import pytest
from resonate_base import ConnectorError

from docpipe.pg_connection import CLAIMS_PER_DRAIN, RetryingPostgresConnection


class Cursor:
    def __init__(self, row: Any) -> None:
        self.row = row

    async def fetchone(self) -> Any:
        return self.row

    async def fetchall(self) -> list[Any]:
        return [self.row]


class FlakySessions:
    """A PgSessions fake whose first ``failures`` sessions raise ``error``."""

    def __init__(self, failures: int, error: Exception) -> None:
        self.failures = failures
        self.error = error
        self.sessions = 0

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[Any]:
        self.sessions += 1
        if self.sessions <= self.failures:
            raise self.error
        yield self

    async def execute(self, query: str, params: Any = None) -> Cursor:
        return Cursor(['{"kind": "promise.get", "head": {"status": 200}}'])

    async def dedicated(self) -> Any:
        raise AssertionError("a send-only connection opens no LISTEN session")

    async def close(self) -> None:
        pass


class TestRetryingPostgresConnection:
    def test_a_lost_connection_is_retried_until_the_database_answers(self) -> None:
        """Three refused attempts (a restarting server), then the reply: the caller sees only
        the reply."""
        sessions = FlakySessions(3, psycopg.OperationalError("server closed the connection"))
        connection = RetryingPostgresConnection(sessions=sessions, group="g")
        reply = asyncio.run(connection.send('{"kind": "promise.get"}'))
        assert "promise.get" in reply
        assert sessions.sessions == 4

    def test_an_sql_error_is_not_retried(self) -> None:
        """A missing grant is no outage: it is raised on the first attempt."""
        sessions = FlakySessions(1, psycopg.errors.InsufficientPrivilege("permission denied"))
        connection = RetryingPostgresConnection(sessions=sessions, group="g")
        with pytest.raises(ConnectorError):
            asyncio.run(connection.send("{}"))
        assert sessions.sessions == 1

    def test_a_stopped_connection_gives_up(self) -> None:
        """Stopping while the database is down ends the retries with the connector's error."""
        sessions = FlakySessions(10**6, psycopg.OperationalError("connection refused"))
        connection = RetryingPostgresConnection(sessions=sessions, group="g")

        async def run() -> None:
            sending = asyncio.create_task(connection.send("{}"))
            await asyncio.sleep(0.3)
            await connection.stop()
            with pytest.raises(ConnectorError):
                await asyncio.wait_for(sending, timeout=5)

        asyncio.run(run())


class Backlog:
    """A PgSessions fake holding ``count`` execute rows for the group's address (anycast);
    a dequeue there takes up to its limit."""

    def __init__(self, count: int) -> None:
        self.rows = [(f"job-{i}", 0) for i in range(count)]

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[Any]:
        yield self

    async def execute(self, query: str, params: Any = None) -> Any:
        taken: list[Any] = []
        if "dequeue_execute" in query and "any@" in params[0]:
            limit = params[1]
            taken, self.rows = self.rows[:limit], self.rows[limit:]
        rows = taken

        class Rows:
            async def fetchall(self) -> list[Any]:
                return rows

        return Rows()


class TestClaimsPerDrain:
    def test_a_drain_leaves_the_rest_of_a_backlog_to_the_group(self) -> None:
        """A backlog of 20 jobs: one drain claims CLAIMS_PER_DRAIN of them, not all."""
        backlog = Backlog(20)
        connection = RetryingPostgresConnection(sessions=backlog, group="g")
        got: list[str] = []
        connection.recv(got.append)
        connection._drive_timers = False  # no timers in this fake
        asyncio.run(connection._drain())
        assert len(got) == CLAIMS_PER_DRAIN
        assert '"job-0"' in got[0]
        assert len(backlog.rows) == 20 - CLAIMS_PER_DRAIN

    def test_a_worker_without_an_idle_thread_leaves_the_backlog_to_the_group(self) -> None:
        """``has_capacity`` false: the group's jobs stay queued; true again: it claims."""
        from docpipe.pg_connection import CLAIMS_PER_DRAIN  # noqa: PLC0415

        room = [False]
        backlog = Backlog(20)
        connection = RetryingPostgresConnection(
            sessions=backlog, group="g", has_capacity=lambda: room[0]
        )
        got: list[str] = []
        connection.recv(got.append)
        connection._drive_timers = False  # no timers in this fake
        asyncio.run(connection._drain())
        assert got == []
        assert len(backlog.rows) == 20
        room[0] = True
        asyncio.run(connection._drain())
        assert len(got) == CLAIMS_PER_DRAIN
