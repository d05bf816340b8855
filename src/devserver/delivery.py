"""Delivery: committed outbox messages to live SSE subscribers and ``http(s)://`` hooks.

Addresses (as the SDK's ``poll`` source mints them):

- ``poll://any@{group}`` -- one live member of the group, chosen at random (as the official
  server chooses). Not round robin: a workflow waiting on page ranges makes two offers per
  range that ends (its own resumption, then the next range), so with two members a rotation
  sent every new range to the same one, which queued them while the other idled;
- ``poll://any@{group}/{pid}`` -- that process if it is connected, else any member;
- ``poll://uni@{group}/{pid}`` -- that process;
- ``http://...`` / ``https://...`` -- POSTed as JSON, retried a few times;
- ``gcps://`` and ``bash://`` are valid addresses with no transport here: dropped, logged.

No lost wake-ups: a message for a group (or process) with nobody connected waits here, and
in the database's outbox, until somebody connects. A subscriber whose connection died is
noticed -- its transport closes, or a keep-alive write fails -- and what it had not been
sent goes to another member. A message is acknowledged (deleted from the outbox) once it was
written to a connection; a crash before that re-delivers it, which the SDK tolerates (a
stale ``execute`` is refused by ``task.acquire``, an ``unblock`` is idempotent).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict, deque
from collections.abc import Callable
from itertools import count
from random import Random

import aiohttp

from devserver.addresses import parse_address
from devserver.sqlite_store import OutboxEntry

logger = logging.getLogger(__name__)

#: Messages held for absent subscribers; beyond this the oldest are dropped (bounded memory).
MAX_WAITING = 100_000
#: Messages, and bytes of them, queued on one connection before it counts as stuck.
MAX_QUEUED_PER_SUBSCRIBER = 10_000
MAX_QUEUED_BYTES_PER_SUBSCRIBER = 16 * 1024 * 1024
#: Concurrent ``http(s)://`` deliveries, and how often each is tried.
MAX_PUSHES = 32
PUSH_ATTEMPTS = 4
PUSH_TIMEOUT_SECONDS = 10.0

#: Reserved pids and groups are short, printable tokens.
_MAX_NAME = 256


def valid_name(name: str) -> bool:
    """A group or pid a subscriber may use."""
    return 0 < len(name) <= _MAX_NAME and name.isprintable() and "/" not in name


class Subscriber:
    """One live SSE connection: the messages its handler is to write, in order.

    Bounded by count and by bytes (an ``unblock`` carries the whole promise): a subscriber
    past either bound is not reading and is closed by the hub, its backlog re-routed.
    """

    _ids = count()

    def __init__(
        self,
        group: str,
        pid: str,
        is_closing: Callable[[], bool],
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.group = group
        self.pid = pid
        self.id = next(self._ids)
        self.closed = False
        #: Bytes of payload queued and not yet taken by the handler.
        self.queued_bytes = 0
        self._queue: deque[OutboxEntry] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._is_closing = is_closing
        self._on_close = on_close

    def __len__(self) -> int:
        return len(self._queue)

    def alive(self) -> bool:
        return not self.closed and not self._is_closing()

    def has_room(self) -> bool:
        """Whether one more message may be queued without the subscriber counting as stuck."""
        return (
            len(self._queue) < MAX_QUEUED_PER_SUBSCRIBER
            and self.queued_bytes < MAX_QUEUED_BYTES_PER_SUBSCRIBER
        )

    def put(self, entry: OutboxEntry) -> None:
        self._queue.append(entry)
        self.queued_bytes += len(entry.payload)
        self._wake()

    def take(self) -> OutboxEntry | None:
        """The next queued message, or ``None`` if there is none right now."""
        if not self._queue:
            return None
        entry = self._queue.popleft()
        self.queued_bytes -= len(entry.payload)
        return entry

    async def next(self) -> OutboxEntry | None:
        """Wait for the next message; ``None`` once the subscriber is closed."""
        while not self.closed:
            entry = self.take()
            if entry is not None:
                return entry
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        return None

    def close(self) -> None:
        """Ask the handler to stop; it hands back whatever it had not sent."""
        if not self.closed:
            self.closed = True
            self._wake()
            if self._on_close is not None:
                self._on_close()

    def unsent(self) -> list[OutboxEntry]:
        out = list(self._queue)
        self._queue.clear()
        self.queued_bytes = 0
        return out

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)


class Hub:
    """Routes outbox entries to subscribers; holds what cannot be delivered yet."""

    def __init__(self, ack: Callable[[list[int]], None], *, chooser: Random | None = None) -> None:
        self._ack = ack
        self._groups: dict[str, dict[str, Subscriber]] = {}
        self._waiting: OrderedDict[int, OutboxEntry] = OrderedDict()
        #: Picks an anycast message's member (seeded in tests). Not cryptographic: it spreads
        #: work, it guards nothing.
        self._chooser = chooser if chooser is not None else Random()  # noqa: S311
        self._session: aiohttp.ClientSession | None = None
        self._push_slots = asyncio.Semaphore(MAX_PUSHES)
        self._pushes: set[asyncio.Task[None]] = set()

    # -- lifecycle ------------------------------------------------------------------------

    async def close(self) -> None:
        for members in list(self._groups.values()):
            for sub in list(members.values()):
                sub.close()
        for task in list(self._pushes):
            task.cancel()
        for task in list(self._pushes):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def waiting(self) -> int:
        """Messages held for subscribers that are not connected."""
        return len(self._waiting)

    def members(self, group: str) -> list[Subscriber]:
        """Live subscribers of a group."""
        return [s for s in self._groups.get(group, {}).values() if s.alive()]

    # -- routing --------------------------------------------------------------------------

    def publish(self, entries: list[OutboxEntry]) -> None:
        """Deliver committed messages, or hold them until someone can take them."""
        for entry in entries:
            if entry.task_id is not None:
                self._drop_superseded(entry.task_id)
            self._route(entry)

    def connect(self, sub: Subscriber) -> None:
        """Register a connection and hand it what was waiting for it."""
        members = self._groups.setdefault(sub.group, {})
        previous = members.get(sub.pid)
        members[sub.pid] = sub
        if previous is not None and previous is not sub:
            previous.close()  # a reconnect of the same process replaces the old stream
        self._expire_dead(sub.group)
        for seq, entry in list(self._waiting.items()):
            address = parse_address(entry.address)
            if address is None or address.group != sub.group:
                continue
            if address.kind == "any" or (address.kind == "uni" and address.pid == sub.pid):
                del self._waiting[seq]
                sub.put(entry)

    def disconnect(self, sub: Subscriber, unsent: list[OutboxEntry]) -> None:
        """A connection ended: forget it and re-route what it had not sent."""
        sub.closed = True
        members = self._groups.get(sub.group)
        if members is not None and members.get(sub.pid) is sub:
            del members[sub.pid]
            if not members:
                del self._groups[sub.group]
        for entry in unsent:
            self._route(entry)

    def delivered(self, entry: OutboxEntry) -> None:
        self._ack([entry.seq])

    def _route(self, entry: OutboxEntry) -> None:
        address = parse_address(entry.address)
        if address is None:
            logger.warning("dropping message to undeliverable address %r", entry.address)
            self._ack([entry.seq])
            return
        if address.kind == "http":
            self._push(entry, address.url)
            return
        if address.kind == "other":
            logger.warning("no transport for %r here; message dropped", entry.address)
            self._ack([entry.seq])
            return
        target: Subscriber | None = None
        sub = self._groups.get(address.group, {}).get(address.pid) if address.pid else None
        if sub is not None and sub.alive():
            target = sub
        elif address.kind == "any":
            live = self._expire_dead(address.group)
            if live:
                target = self._chooser.choice(live)
        if target is not None and target.has_room():
            target.put(entry)
            return
        if target is not None:  # connected but not reading: treat it as dead
            target.close()
        self._hold(entry)

    def _expire_dead(self, group: str) -> list[Subscriber]:
        """Close subscribers whose connection is gone; return the live ones."""
        live = []
        for sub in list(self._groups.get(group, {}).values()):
            if sub.alive():
                live.append(sub)
            else:
                sub.close()
        return live

    def _hold(self, entry: OutboxEntry) -> None:
        self._waiting[entry.seq] = entry
        while len(self._waiting) > MAX_WAITING:
            _, oldest = self._waiting.popitem(last=False)
            logger.warning("outbox full, dropping message to %s", oldest.address)
            self._ack([oldest.seq])

    def _drop_superseded(self, task_id: str) -> None:
        """A newer offer of a task replaces a waiting older one (already gone from the db)."""
        for seq, entry in list(self._waiting.items()):
            if entry.task_id == task_id:
                del self._waiting[seq]

    # -- http push ------------------------------------------------------------------------

    def _push(self, entry: OutboxEntry, url: str) -> None:
        task = asyncio.get_running_loop().create_task(self._push_with_retries(entry, url))
        self._pushes.add(task)
        task.add_done_callback(self._pushes.discard)

    async def _push_with_retries(self, entry: OutboxEntry, url: str) -> None:
        async with self._push_slots:
            if self._session is None:
                self._session = aiohttp.ClientSession(
                    timeout=aiohttp.ClientTimeout(total=PUSH_TIMEOUT_SECONDS)
                )
            for attempt in range(PUSH_ATTEMPTS):
                try:
                    async with self._session.post(
                        url, data=entry.payload, headers={"Content-Type": "application/json"}
                    ) as resp:
                        if resp.status < 300:
                            self._ack([entry.seq])
                            return
                        reason = f"HTTP {resp.status}"
                except (aiohttp.ClientError, TimeoutError) as exc:
                    reason = repr(exc)
                logger.info("push to %s failed (%s), attempt %d", url, reason, attempt + 1)
                await asyncio.sleep(0.5 * 2**attempt)
        # The retry timer re-offers a pending task; an unblock is re-read by the SDK's refresh.
        logger.warning("giving up pushing to %s after %d attempts", url, PUSH_ATTEMPTS)
        self._ack([entry.seq])
