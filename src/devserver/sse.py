"""One Server-Sent Events response: a subscriber's messages, written as they come.

``GET /poll/{group}/{pid}`` turns its connection into an :class:`EventStream`: registered
with the hub as a :class:`~devserver.delivery.Subscriber`, it writes each message as an SSE
``data:`` event and a comment every ``keepalive`` seconds, which is how a silently dead
peer gets noticed. A reader that falls behind is waited for (the transport is paused), but
not for more than ``send_timeout``: then it is cut off and what it had not been sent goes
back to the hub, for another member of its group or its next connection.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from devserver.delivery import Hub, Subscriber
from devserver.sqlite_store import OutboxEntry
from devserver.wire import LAST_CHUNK, SSE_HEAD, chunk


class EventStream:
    """The SSE response of one connection (see the module docstring)."""

    def __init__(
        self,
        transport: asyncio.Transport,
        hub: Hub,
        group: str,
        pid: str,
        *,
        keepalive: float,
        send_timeout: float,
        on_end: Callable[[EventStream], None],
    ) -> None:
        self.transport = transport
        self.hub = hub
        self.subscriber = Subscriber(group, pid, transport.is_closing, on_close=self._wake)
        self.keepalive = keepalive
        self.send_timeout = send_timeout
        #: Whether the transport is backed up (the client is behind reading).
        self.paused = False
        self.task: asyncio.Task[None] | None = None
        self._on_end = on_end
        self._drained: asyncio.Future[None] | None = None

    def start(self) -> None:
        """Send the response head, register with the hub, and start writing."""
        self.transport.write(SSE_HEAD)
        self.task = asyncio.get_running_loop().create_task(self._run())

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        self._wake()

    def stop(self) -> None:
        """End the stream (connection lost, server shutdown); unsent messages go back."""
        self.subscriber.close()
        self._wake()

    def pump(self) -> None:
        """Write what the queue holds now, unless the stream is backed up.

        Runs inside a request's handling, so a message goes out before that request's
        answer; the stream's own task finds the queue emptied and goes on waiting.
        """
        transport = self.transport
        if transport.is_closing():
            return
        while not self.paused:
            entry = self.subscriber.take()
            if entry is None:
                return
            self._write(entry)

    def _write(self, entry: OutboxEntry) -> None:
        self.transport.write(chunk(b"data: " + entry.payload + b"\n\n"))
        self.hub.delivered(entry)

    async def _run(self) -> None:
        transport = self.transport
        hub = self.hub
        sub = self.subscriber
        hub.connect(sub)
        current = None
        try:
            transport.write(chunk(b": connected\n\n"))
            while not transport.is_closing() and not sub.closed:
                try:
                    async with asyncio.timeout(self.keepalive):
                        current = await sub.next()
                except TimeoutError:
                    if transport.is_closing():  # closed while we waited: nobody to keep alive
                        break
                    transport.write(chunk(b": keepalive\n\n"))
                    await self._drain()
                    continue
                if current is None or transport.is_closing():
                    break
                self._write(current)
                current = None
                await self._drain()
        finally:
            self._on_end(self)
            unsent = ([current] if current is not None else []) + sub.unsent()
            hub.disconnect(sub, unsent)
            if self.paused:
                transport.abort()  # a reader that stalled: its backlog is dropped, not flushed
            elif not transport.is_closing():
                transport.write(LAST_CHUNK)
                transport.close()

    async def _drain(self) -> None:
        """Wait until the client read what was written, or the stream is told to stop."""
        if not self.paused or self.transport.is_closing():
            return
        self._drained = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(self.send_timeout):
                await self._drained
        except TimeoutError:
            self.subscriber.close()

    def _wake(self) -> None:
        waiter, self._drained = self._drained, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
