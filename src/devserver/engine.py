"""One request, one transaction: the state machine over SQLite, with its outbox.

The HTTP adapter and the differential test both drive the server through :class:`Engine`,
so the test exercises the same transaction boundaries the server runs with.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from devserver.core import Core
from devserver.protocol import ProtocolError, error_response, get
from devserver.sqlite_store import OutboxEntry, SqliteStore
from devserver.store import Outgoing


class Engine:
    """Applies requests and timers transactionally; returns what to deliver."""

    def __init__(
        self, path: str | Path, *, durable: bool = False, server_url: str | None = None
    ) -> None:
        self.store = SqliteStore(path, durable=durable)
        #: Stamped into every ``execute`` message's head (``serverUrl``), as the official
        #: server stamps its configured URL; ``None`` leaves the head empty.
        self.server_url = server_url
        self.core = Core(self.store)
        #: Delivered messages not yet deleted; the deletes ride on the next transaction.
        self._acked: list[int] = []

    def close(self) -> None:
        self.store.close()

    def handle(self, now: int, req: Any) -> tuple[dict[str, Any], list[OutboxEntry]]:
        """Apply one flat request. A malformed request is answered, not raised.

        Effects applied before the request was found malformed (promises whose deadline
        had passed, timed out on touch) are committed, as the reference keeps them.
        """
        with self._transaction():
            try:
                response, messages = self.core.apply(now, req)
            except ProtocolError as exc:
                response = error_response(
                    get(req, "kind"), get(req, "corrId"), exc.status, exc.message
                )
                messages = self.core.drain()
            return response, self._enqueue(messages)

    def tick(self, now: int) -> list[OutboxEntry]:
        """Fire every timer due at ``now``."""
        with self._transaction():
            return self._enqueue(self.core.tick(now))

    def next_deadline(self) -> int | None:
        """Earliest armed timer (epoch ms), or ``None`` when nothing is armed."""
        return self.store.next_deadline()

    @property
    def earliest_timer(self) -> int | None:
        """Earliest timer armed by the last request (to wake the timer loop early)."""
        return self.core.earliest_timer

    def ack(self, seqs: list[int]) -> None:
        """Mark messages delivered; they are deleted with the next transaction."""
        self._acked.extend(seqs)

    def flush(self) -> None:
        """Delete acknowledged messages now (idle periods, shutdown)."""
        if self._acked:
            with self._transaction():
                pass

    def outbox(self) -> list[OutboxEntry]:
        """Every committed, undelivered message (read at start-up)."""
        return self.store.outbox()

    def reoffer_pending(self) -> list[OutboxEntry]:
        """Offer every pending task to its target again, e.g. after a restart."""
        with self._transaction():
            messages = [
                Outgoing(
                    target,
                    {"kind": "execute", "head": {}, "data": {"task": {"id": i, "version": v}}},
                )
                for i, v, target in self.store.pending_targeted_tasks()
            ]
            return self._enqueue(messages)

    def _enqueue(self, messages: list[Outgoing]) -> list[OutboxEntry]:
        if not messages:
            return []
        if self.server_url is not None:
            head = {"serverUrl": self.server_url}
            messages = [
                Outgoing(m.address, {**m.message, "head": head})
                if m.message.get("kind") == "execute"
                else m
                for m in messages
            ]
        return self.store.enqueue(messages)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """A store transaction that also deletes the messages delivered since the last one.

        If it rolls back, those deletes did not happen: the messages stay marked delivered
        for the next transaction instead of lingering in the outbox (and being delivered
        again after a restart).
        """
        acked, self._acked = self._acked, []
        try:
            with self.store.transaction():
                if acked:
                    self.store.ack(acked)
                yield
        except BaseException:
            self._acked = acked + self._acked
            raise
