"""The SSE stream's own task: it ends quietly when its connection closes under it."""

from __future__ import annotations

import asyncio

from devserver.delivery import Hub
from devserver.sse import EventStream


class ClosingTransport:
    """A transport that refuses writes once closed, as uvloop's does."""

    def __init__(self) -> None:
        self.closing = False
        self.written: list[bytes] = []

    def is_closing(self) -> bool:
        return self.closing

    def write(self, data: bytes) -> None:
        if self.closing:
            raise RuntimeError("unable to perform operation: the handler is closed")
        self.written.append(data)

    def close(self) -> None:
        self.closing = True

    def abort(self) -> None:
        self.closing = True


class TestEventStream:
    def test_connection_closed_while_waiting_ends_the_stream_without_error(self) -> None:
        """A keepalive due after the transport closed is not written; the task ends cleanly."""

        async def scenario() -> BaseException | None:
            transport = ClosingTransport()
            ended: list[EventStream] = []
            stream = EventStream(
                transport,  # type: ignore[arg-type]
                Hub(ack=lambda _seqs: None),
                "g",
                "p",
                keepalive=0.01,
                send_timeout=1.0,
                on_end=ended.append,
            )
            stream.start()
            await asyncio.sleep(0)  # the stream writes its first comment and waits
            transport.closing = True  # the peer went away; nobody told the stream yet
            assert stream.task is not None
            await asyncio.wait_for(asyncio.shield(stream.task), timeout=5)
            assert ended == [stream]
            return stream.task.exception()

        assert asyncio.run(scenario()) is None
