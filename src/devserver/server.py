"""The server's lifecycle: open the database, bind, run the timer loop, stop cleanly.

:class:`DevServer` is what the CLI, the local stack and the tests use; construction is pure,
:meth:`DevServer.start` opens the file and the socket. The timer loop sleeps until the
earliest armed deadline (promise timeout, lease, retry, schedule) -- a request that arms an
earlier one wakes it -- so a lapsed lease is re-offered the moment it lapses.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path

from devserver.delivery import Hub
from devserver.engine import Engine
from devserver.http import Front, Limits

logger = logging.getLogger(__name__)

#: The timer loop re-reads the clock at least this often (an injected clock may jump).
MAX_TIMER_SLEEP_SECONDS = 1.0
#: Pending connections the kernel queues for ``accept``.
LISTEN_BACKLOG = 1024


def now_ms() -> int:
    """Wall-clock time in epoch milliseconds, the protocol's unit."""
    return time.time_ns() // 1_000_000


class DevServer:
    """A Resonate-protocol server on one SQLite file.

    ``port=0`` picks a free port; :attr:`url` tells which after :meth:`start`.
    """

    def __init__(
        self,
        db_path: str | Path,
        host: str = "127.0.0.1",
        port: int = 8001,
        token: str | None = None,
        *,
        durable: bool = False,
        clock: Callable[[], int] = now_ms,
        keepalive_seconds: float = 2.0,
        limits: Limits | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self.host = host
        self.port = port
        self.token = token
        self.durable = durable
        self.clock = clock
        self.keepalive_seconds = keepalive_seconds
        self.limits = limits
        self.engine: Engine | None = None
        self.hub: Hub | None = None
        self._front: Front | None = None
        self._server: asyncio.Server | None = None
        self._timer: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._planned: int | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def front(self) -> Front | None:
        """The HTTP front end while started (its connections, for tests and diagnostics)."""
        return self._front

    async def start(self) -> None:
        """Open the database, re-offer pending work, bind the socket, start the timer loop."""
        engine = Engine(self.db_path, durable=self.durable)
        hub = Hub(engine.ack)
        self.engine, self.hub = engine, hub
        front = Front(
            engine,
            hub,
            clock=self.clock,
            on_timer=self._on_timer,
            token=self.token,
            keepalive_seconds=self.keepalive_seconds,
            limits=self.limits,
        )
        self._front = front
        # A deep backlog: a burst of concurrent connects beyond it would wait for a SYN
        # retry (a second or more) instead of being queued.
        self._server = await asyncio.get_running_loop().create_server(
            front.protocol, self.host, self.port, reuse_address=True, backlog=LISTEN_BACKLOG
        )
        self.port = int(self._server.sockets[0].getsockname()[1])
        engine.server_url = self.url
        # What was committed but not delivered before a restart, then every pending task
        # again: a worker that connects gets its work now, not after a retry timer.
        hub.publish(engine.outbox())
        hub.publish(engine.reoffer_pending())
        self._timer = asyncio.get_running_loop().create_task(self._timer_loop())

    async def stop(self) -> None:
        """Stop serving; everything acknowledged is already on disk."""
        if self._timer is not None:
            self._timer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._timer
            self._timer = None
        if self.hub is not None:
            await self.hub.close()
        if self._server is not None:
            self._server.close()
        if self._front is not None:
            await self._front.close()
            self._front = None
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None
        if self.engine is not None:
            self.engine.flush()
            self.engine.close()
            self.engine = None

    def tick(self) -> None:
        """Fire whatever is due at the clock's current time (tests with a virtual clock)."""
        if self.engine is None or self.hub is None:
            raise RuntimeError("server is not started")
        self.hub.publish(self.engine.tick(self.clock()))

    def _on_timer(self, at: int) -> None:
        if self._planned is None or at < self._planned:
            self._wake.set()

    async def _timer_loop(self) -> None:
        engine = self.engine
        if engine is None:  # pragma: no cover - started by start()
            return
        while True:
            try:
                wait = self._fire_due(engine)
            except Exception:
                # Never let the loop die: with it would go every lease expiry, retry and
                # timeout, and the work waiting on them would hang without a word.
                logger.exception("timer loop failed; retrying")
                self._planned = None
                wait = MAX_TIMER_SLEEP_SECONDS
            if wait is None:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._wake.wait()

    def _fire_due(self, engine: Engine) -> float | None:
        """Fire what is due; how long to sleep after, or ``None`` to look again at once."""
        now = self.clock()
        deadline = engine.next_deadline()
        if deadline is not None and deadline <= now:
            self.tick()
            return None
        engine.flush()
        self._planned = deadline
        wait = MAX_TIMER_SLEEP_SECONDS
        if deadline is not None:
            wait = min(wait, (deadline - now) / 1000)
        return wait


async def serve(
    db_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8001,
    token: str | None = None,
    *,
    ready: Callable[[DevServer], None] | None = None,
    stop: asyncio.Event | None = None,
    durable: bool = False,
) -> None:
    """Run a server until ``stop`` is set (forever if ``None``); ``ready`` runs once bound."""
    server = DevServer(db_path, host, port, token, durable=durable)
    await server.start()
    try:
        if ready is not None:
            ready(server)
        await (stop or asyncio.Event()).wait()
    finally:
        await server.stop()
