"""The devserver's framing of a byte stream, read off its real connection protocol.

:class:`FramingProbe` feeds bytes to :class:`devserver.http.Connection` -- the same
``data_received``, head and body reading, refusals and deadlines a socket drives -- through
a transport that records what is written. Only the application behind the framing is
replaced: each framed request is recorded and answered 200 instead of reaching the engine,
so any other status the connection writes is a refusal of its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Any, cast

from framing_oracle import CLOSED, IDLE, INCOMPLETE, REJECTED, Framing, Message, normalised_headers

from devserver.http import Connection, Front, Limits
from devserver.wire import RequestHead, response


class CrashError(AssertionError):
    """The connection failed on an input (a 500: an exception other than a refusal)."""


class _Transport:
    """Just enough of :class:`asyncio.Transport` for a connection: writes are recorded."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []  # the connection writes each response whole
        self.closing = False
        #: Called after each write, as asyncio calls ``pause_writing`` from inside ``write``
        #: once its buffer passes the high-water mark.
        self.after_write: Callable[[], None] | None = None

    def write(self, data: bytes) -> None:
        self.writes.append(data)
        if self.after_write is not None:
            self.after_write()

    def statuses(self) -> list[bytes]:
        return [w[9:12] for w in self.writes if w.startswith(b"HTTP/1.1 ")]

    def close(self) -> None:
        self.closing = True

    abort = close

    def is_closing(self) -> bool:
        return self.closing

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default


class _Recording(Connection):
    """The real connection with the application replaced by a recorder."""

    def __init__(self, front: Front) -> None:
        super().__init__(front)
        self.framed: list[tuple[RequestHead, bytes]] = []

    def _dispatch(self, head: RequestHead, body: bytes) -> None:
        transport = self.transport
        assert transport is not None
        self.framed.append((head, body))
        transport.write(response(200, b"{}", close=not head.keep_alive))
        if not head.keep_alive:
            transport.close()


class FramingProbe:
    """Frames byte streams with the devserver's connection protocol; needs a running loop."""

    def __init__(self, *, max_body: int) -> None:
        limits = Limits(max_body_bytes=max_body, max_buffered_bytes=2**62)
        # No engine or hub: the recorder answers every framed request itself.
        self.front = Front(
            cast(Any, None),
            cast(Any, None),
            clock=lambda: 0,
            on_timer=lambda _: None,
            limits=limits,
        )

    def frame(self, pieces: Iterable[bytes], *, backpressure: bool = False) -> Framing:
        """Feed ``pieces`` one ``data_received`` each; the framing the connection decided.

        With ``backpressure``, every answer backs the transport up (``pause_writing``), as
        a client that reads nothing would, and the client catches up before each read and
        at the end: requests then wait in the buffer and are served on ``resume_writing``.
        """
        conn = _Recording(self.front)
        transport = _Transport()
        conn.connection_made(cast(asyncio.Transport, transport))
        if backpressure:
            transport.after_write = lambda: None if conn.paused else conn.pause_writing()
        try:
            for piece in [*pieces, b""]:
                while conn.paused:
                    conn.resume_writing()  # the client read its answers; serve what waits
                if transport.closing or not piece:
                    break
                conn.data_received(piece)
            if b"500" in transport.statuses():
                raise CrashError(transport.writes[-1][:300])
            return Framing(tuple(_message(h, b) for h, b in conn.framed), _end(conn, transport))
        finally:
            conn.connection_lost(None)


def _end(conn: _Recording, transport: _Transport) -> str:
    # Each answer the recorder wrote is a 200; anything else is the connection refusing.
    if any(status not in (b"200", b"100") for status in transport.statuses()):
        return REJECTED
    if transport.closing:
        return CLOSED
    if conn.unread or conn._head is not None:  # a request is partly in
        return INCOMPLETE
    return IDLE


def _message(head: RequestHead, body: bytes) -> Message:
    return Message(
        method=head.method,
        path=head.path,
        query=head.query,
        version=head.version.removeprefix("HTTP/"),
        headers=normalised_headers(head.headers),
        body=body,
        keep_alive=head.keep_alive,
    )
