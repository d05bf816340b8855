"""The two servers of the resonate-pg differential, behind one small interface.

Both are driven on a virtual clock, at the level a client talks to them: a request
envelope in, a response envelope out.

- :class:`ResonatePg` calls ``resonate.resonate_rpc(envelope)`` -- the function the SDK's
  ``resonate_pg.PostgresConnection.send`` calls -- with the time in the head field
  ``resonate:debug_time`` (the SQL reads it in place of the clock), and fires timers with
  ``resonate.process_timeouts(now)``. Its messages are the rows of ``resonate.outbox``,
  taken (deleted) after every step as a connection's drain would, rendered as the SQL's own
  HTTP push renders them.
- :class:`DocpipeServer` is ``docpipe server``'s request path without the socket: the same
  :class:`devserver.http.Front` that answers ``POST /``, over an in-memory engine, with its
  clock injected; timers fire through :meth:`devserver.engine.Engine.tick`, as the server's
  timer loop calls it.

Each can also report its *state* -- promises, tasks, callbacks, listeners -- read from its
own tables, in one shape, for the comparison after every step.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

import msgspec
import psycopg

from devserver.delivery import Hub
from devserver.engine import Engine
from devserver.http import Front

Message = tuple[str, dict[str, Any]]

#: resonate-pg's tables, emptied between sequences (the schema stays).
_PG_TABLES = ", ".join(
    f"resonate.{t}"
    for t in ("promises", "tasks", "task_resumes", "callbacks", "listeners", "schedules", "outbox")
)


class Backend(Protocol):
    """A Resonate server on a virtual clock."""

    name: str

    def request(self, now: int, envelope: dict[str, Any]) -> dict[str, Any]: ...
    def tick(self, now: int) -> None: ...
    def take_messages(self) -> list[Message]: ...
    def state(self) -> dict[str, Any]: ...
    def reset(self) -> None: ...
    def close(self) -> None: ...


class ResonatePg:
    """resonate-pg on a real Postgres."""

    name = "resonate-pg"

    def __init__(self, dsn: str) -> None:
        self.conn = psycopg.connect(dsn, autocommit=True)

    def request(
        self, now: int, envelope: dict[str, Any], keep: Callable[[int], bool] | None = None
    ) -> dict[str, Any]:
        """Apply one request at ``now``; with ``keep``, its effects are rolled back unless
        ``keep(status)`` says otherwise (to answer a request without letting it count)."""
        head = envelope.get("head")
        timed = dict(envelope)
        timed["head"] = {**(head if isinstance(head, dict) else {}), "resonate:debug_time": now}
        with self.conn.transaction():
            row = self.conn.execute(
                "SELECT resonate.resonate_rpc(%s::text::jsonb)::text", (json.dumps(timed),)
            ).fetchone()
            assert row is not None
            response: dict[str, Any] = json.loads(row[0])
            if keep is not None and not keep(response["head"]["status"]):
                raise psycopg.Rollback
        return response

    def tick(self, now: int) -> None:
        self.conn.execute("SELECT resonate.process_timeouts(%s::bigint)", (now,))

    def take_messages(self) -> list[Message]:
        rows = self.conn.execute(
            "DELETE FROM resonate.outbox RETURNING address, resonate._outbox_http_body(outbox)"
        ).fetchall()
        return [(address, body) for address, body in rows]

    def state(self) -> dict[str, Any]:
        promises = {
            pid: {
                "state": state,
                "param": {"headers": ph, "data": pd},
                "value": {"headers": vh, "data": vd},
                "tags": tags,
                "timeoutAt": timeout_at,
                "createdAt": created_at,
                "settledAt": settled_at,
            }
            for pid, state, ph, pd, vh, vd, tags, timeout_at, created_at, settled_at in (
                self.conn.execute(
                    "SELECT id, state, param_headers, param_data, value_headers, value_data,"
                    " tags, timeout_at, created_at, settled_at FROM resonate.promises"
                ).fetchall()
            )
        }
        tasks = {
            tid: {"state": state, "version": version, "pid": pid, "ttl": ttl, "resumes": resumes}
            for tid, state, version, pid, ttl, resumes in self.conn.execute(
                "SELECT t.id, t.state, t.version, t.pid, t.ttl,"
                " ARRAY(SELECT awaited_id FROM resonate.task_resumes r"
                "       WHERE r.task_id = t.id ORDER BY awaited_id)"
                " FROM resonate.tasks t"
            ).fetchall()
        }
        callbacks = self.conn.execute(
            "SELECT awaited_id, awaiter_id FROM resonate.callbacks ORDER BY 1, 2"
        ).fetchall()
        listeners = self.conn.execute(
            "SELECT awaited_id, address FROM resonate.listeners ORDER BY 1, 2"
        ).fetchall()
        schedules = {
            row[0]["id"]: row[0]
            for row in self.conn.execute(
                "SELECT resonate._schedule_json(s) FROM resonate.schedules s"
            ).fetchall()
        }
        return {
            "promises": promises,
            "tasks": tasks,
            "callbacks": [list(r) for r in callbacks],
            "listeners": [list(r) for r in listeners],
            "schedules": schedules,
        }

    def reset(self) -> None:
        self.conn.execute(f"TRUNCATE {_PG_TABLES} RESTART IDENTITY")

    def close(self) -> None:
        self.conn.close()


class DocpipeServer:
    """``docpipe server``'s envelope handler over an in-memory engine, on a virtual clock."""

    name = "docpipe server"

    def __init__(self) -> None:
        self.now = 0
        self._messages: list[Message] = []
        self._open()

    def _open(self) -> None:
        self.engine = Engine(":memory:")
        self.front = Front(
            self.engine,
            Hub(ack=self.engine.ack),
            clock=lambda: self.now,
            on_timer=lambda _at: None,
        )
        # Every message the engine commits, as the hub would be handed it.
        self.front.hub.publish = self._collect  # type: ignore[method-assign]

    def _collect(self, entries: list[Any]) -> None:
        self._messages.extend((e.address, msgspec.json.decode(e.payload)) for e in entries)

    def request(self, now: int, envelope: dict[str, Any]) -> dict[str, Any]:
        self.now = now
        # The HTTP status is the transport's; the protocol status is in the envelope head.
        _http_status, body, _kind = self.front.handle_envelope({}, json.dumps(envelope).encode())
        response: dict[str, Any] = json.loads(body)
        return response

    def tick(self, now: int) -> None:
        self._collect(self.engine.tick(now))

    def take_messages(self) -> list[Message]:
        taken, self._messages = self._messages, []
        return taken

    def state(self) -> dict[str, Any]:
        snapshot: dict[str, Any] = self.engine.store.snapshot()
        return snapshot

    def reset(self) -> None:
        self.engine.close()
        self._messages = []
        self._open()

    def close(self) -> None:
        self.engine.close()
