"""Storage and timer failures: nothing acknowledged is lost, nothing rolled back is served.

A failed ``COMMIT`` (disk full, I/O error) is simulated with SQLite's authorizer, which
refuses the statement the way a real failure does: the transaction is left open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from test_http import envelope, events, post, run

from devserver import DevServer
from devserver.engine import Engine
from devserver.sqlite_store import SqliteStore, StoreInUse
from devserver.store import PromiseRow
from support.waiting import wait_until_async


def refuse_commits(db: sqlite3.Connection, times: int) -> None:
    """Make the next ``times`` COMMITs fail, as a full disk would."""
    left = [times]

    def authorizer(action: int, arg1: Any, *_: Any) -> int:
        if action == sqlite3.SQLITE_TRANSACTION and arg1 == "COMMIT" and left[0] > 0:
            left[0] -= 1
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    db.set_authorizer(authorizer)
    # Statements are cached once authorised: make COMMIT be prepared again.
    db.execute("PRAGMA schema_version").fetchone()


def promise(id: str) -> PromiseRow:
    return PromiseRow(id, "pending", None, None, {}, 2**62, 0)


class TestFailedCommit:
    """A COMMIT that fails rolls back, in the file and in the row cache, and the store lives on."""

    def test_next_transaction_works_and_the_write_is_gone(self, tmp_path: Path) -> None:
        """After the failure the store is usable; the failed write is neither read nor cached."""
        store = SqliteStore(tmp_path / "db")
        db = store._db
        refuse_commits(db, 1)
        with pytest.raises(sqlite3.DatabaseError), store.transaction():
            store.save_promise(promise("lost"))
        with store.transaction():
            assert store.promise("lost") is None
            store.save_promise(promise("kept"))
        store.close()
        fresh = SqliteStore(tmp_path / "db")
        with fresh.transaction():
            assert fresh.promise("lost") is None
            assert fresh.promise("kept") is not None
        fresh.close()

    def test_a_second_server_on_the_same_file_is_refused(self, tmp_path: Path) -> None:
        """The first store holds the file's lock; a second one says whose it is, and the
        file is free again once the first closes."""
        first = SqliteStore(tmp_path / "db")
        with pytest.raises(StoreInUse, match="in use by another server"):
            SqliteStore(tmp_path / "db")
        first.close()
        SqliteStore(tmp_path / "db").close()

    def test_delivered_marks_survive_a_failed_transaction(self, tmp_path: Path) -> None:
        """Messages marked delivered before a failed request are still deleted after it."""
        engine = Engine(tmp_path / "db")
        create = {"kind": "promise.create", "corrId": "c", "id": "t", "timeoutAt": 2**62}
        create["tags"] = {"resonate:target": "poll://any@g"}
        _, entries = engine.handle(0, create)
        assert [e.task_id for e in entries] == ["t"]
        engine.ack([entries[0].seq])
        refuse_commits(engine.store._db, 1)
        with pytest.raises(sqlite3.DatabaseError):
            engine.handle(0, {"kind": "promise.get", "corrId": "c", "id": "t"})
        engine.handle(0, {"kind": "promise.get", "corrId": "c", "id": "t"})
        assert engine.outbox() == []
        engine.close()


class TestTimerLoop:
    """The timer loop outlives a failure; leases still lapse afterwards."""

    def test_lease_lapses_after_a_storage_error_in_the_loop(self, tmp_path: Path) -> None:
        """One failing call in the loop is logged and retried, not the end of all timers."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            engine = server.engine
            assert engine is not None
            flush = engine.flush
            failures = [1]

            def failing_flush() -> None:
                if failures[0]:
                    failures[0] -= 1
                    raise sqlite3.OperationalError("disk I/O error")
                flush()

            engine.flush = failing_flush  # type: ignore[method-assign]
            await wait_until_async(lambda: failures[0] == 0, what="the failure to clear")
            stream = events(s, server.url + "/poll/g/p")
            action = {
                "kind": "promise.create",
                "head": {},
                "data": {
                    "id": "held",
                    "timeoutAt": 2**62,
                    "tags": {"resonate:target": "poll://any@g"},
                },
            }
            create = envelope("task.create", pid="gone", ttl=200, action=action)
            assert (await post(s, server, create))[1]["head"]["status"] == 200
            assert (await anext(stream))["data"]["task"] == {"id": "held", "version": 1}
            await stream.aclose()

        run(tmp_path / "db", body)
