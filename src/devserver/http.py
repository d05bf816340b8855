"""The HTTP front end: ``POST /`` (protocol envelope), ``GET /poll/{group}/{pid}`` (SSE).

Thin on purpose: frame the request (:mod:`~devserver.wire`), check it, hand it to the
engine in one transaction, publish what the engine committed, answer -- all synchronously
inside ``data_received``, so a request costs no task, no future and no extra loop turn.
The response is written only after the engine's commit returned: whatever a client was told
is on disk. Protocol statuses travel in the envelope head (HTTP 200), as the SDK reads them
there; only failures before the envelope is understood get an HTTP error status (400
malformed, 401 token, 413 too large), with an envelope body all the same, so a client
always has a message to show.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import sqlite3
import time
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import unquote

import msgspec

from devserver.delivery import Hub, Subscriber, valid_name
from devserver.engine import Engine
from devserver.protocol import ProtocolError, error_response, validate_envelope, wrap
from devserver.stats import RequestStats
from devserver.wire import (
    LAST_CHUNK,
    MAX_HEAD_BYTES,
    SSE_HEAD,
    HttpError,
    RequestHead,
    chunk,
    parse_chunked,
    parse_head,
    response,
)

logger = logging.getLogger(__name__)

#: Largest request body accepted (a promise's param travels inside it).
MAX_BODY_BYTES = 4 * 1024 * 1024
#: An idle keep-alive connection is closed after this long.
IDLE_TIMEOUT_SECONDS = 75.0
#: After refusing a chunked body, how long its rest is read and dropped before closing.
DISCARD_GRACE_SECONDS = 2.0
_encode = msgspec.json.encode
_decode = msgspec.json.decode
_POLL_PREFIX = "/poll/"
_ROUTES = {"/": "POST", "/healthz": "GET", "/debug/stats": "GET"}


class Front:
    """Request handling bound to one engine, hub and token; makes one protocol per connection."""

    def __init__(
        self,
        engine: Engine,
        hub: Hub,
        *,
        clock: Callable[[], int],
        on_timer: Callable[[int], None],
        token: str | None = None,
        keepalive_seconds: float = 2.0,
    ) -> None:
        self.engine = engine
        self.hub = hub
        self.clock = clock
        self.on_timer = on_timer
        self.token = token
        self.keepalive_seconds = keepalive_seconds
        self.stats = RequestStats()
        self.connections: set[Connection] = set()
        #: Connections serving an SSE stream.
        self.streams: set[Connection] = set()

    def protocol(self) -> Connection:
        """The ``protocol_factory`` for :meth:`asyncio.loop.create_server`."""
        return Connection(self)

    async def close(self) -> None:
        """Close every connection and wait for the SSE streams to hand back what they held."""
        streams = []
        for conn in list(self.connections):
            if conn.stream is not None:
                streams.append(conn.stream)
            conn.close()
        for task in streams:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # -- POST / ---------------------------------------------------------------------------

    def handle_envelope(self, headers: dict[str, str], body: bytes) -> tuple[int, bytes, str]:
        """Apply one request body: ``(HTTP status, response body, request kind)``."""
        try:
            envelope = _decode(body)
        except msgspec.DecodeError as exc:
            return _failure(400, None, None, f"request body is not JSON: {exc}")
        kind, corr_id = _kind_and_corr_id(envelope)
        if not self.authorised(headers, envelope):
            return _failure(401, kind, corr_id, "missing or wrong bearer token")
        try:
            flat = validate_envelope(envelope, body)
        except ProtocolError as exc:
            return _failure(exc.status, kind, corr_id, exc.message)
        try:
            answer, entries = self.engine.handle(self.clock(), flat)
        except sqlite3.Error:
            logger.exception("storage failed for %s", kind)
            return _failure(500, kind, corr_id, "storage error; nothing was applied")
        if entries:
            self.hub.publish(entries)
            # Push the messages out before the answer: the answer wakes its client, which
            # may then hold the CPU, while the message is what the workflow waits for.
            for conn in self.streams:
                conn.pump()
        earliest = self.engine.earliest_timer
        if earliest is not None:
            self.on_timer(earliest)
        return 200, _encode(wrap(answer)), kind or "?"

    # -- helpers --------------------------------------------------------------------------

    def authorised(self, headers: dict[str, str], envelope: Any) -> bool:
        if self.token is None:
            return True
        header = headers.get("authorization", "")
        if header.startswith("Bearer ") and _same(header[len("Bearer ") :], self.token):
            return True
        head = envelope.get("head") if isinstance(envelope, dict) else None
        auth = head.get("auth") if isinstance(head, dict) else None
        return isinstance(auth, str) and _same(auth, self.token)


class Connection(asyncio.Protocol):
    """One client connection: keep-alive requests in order, or one SSE stream."""

    def __init__(self, front: Front) -> None:
        self.front = front
        self.transport: asyncio.Transport | None = None
        self.stream: asyncio.Task[None] | None = None
        self._buf = bytearray()
        self._head: RequestHead | None = None
        self._discard: int | None = None  # bytes of a refused body still to drop
        self._subscriber: Subscriber | None = None
        self._paused = False
        self._drained: asyncio.Future[None] | None = None
        self._last_active = 0.0
        self._idle: asyncio.TimerHandle | None = None

    # -- asyncio.Protocol -----------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream transport (uvloop's is one without subclassing ``asyncio.Transport``).
        self.transport = cast(asyncio.Transport, transport)
        self.front.connections.add(self)
        loop = asyncio.get_running_loop()
        self._last_active = loop.time()
        self._idle = loop.call_later(IDLE_TIMEOUT_SECONDS, self._check_idle)

    def connection_lost(self, exc: Exception | None) -> None:
        self.front.connections.discard(self)
        if self._idle is not None:
            self._idle.cancel()
        if self._subscriber is not None:
            self._subscriber.close()
        self._wake_drain()

    def pause_writing(self) -> None:
        self._paused = True
        if self.transport is not None and self.stream is None:
            self.transport.pause_reading()  # a client not reading answers sends no more

    def resume_writing(self) -> None:
        self._paused = False
        if self.transport is not None and self.stream is None and not self.transport.is_closing():
            self.transport.resume_reading()
        self._wake_drain()

    def data_received(self, data: bytes) -> None:
        if self.stream is not None:
            return  # a streaming connection only sends
        self._buf += data
        self._last_active = asyncio.get_running_loop().time()
        try:
            self._process()
        except HttpError as exc:
            self._refuse(exc)
        except Exception:
            # A bug must cost this connection, not the server: answer 500 and close.
            logger.exception("request handling failed")
            self._refuse(HttpError(500, "internal error; see the server log"))

    def close(self) -> None:
        if self._subscriber is not None:
            self._subscriber.close()
        if self.transport is not None and self.stream is None:
            self.transport.close()

    # -- framing --------------------------------------------------------------------------

    def _process(self) -> None:
        buf = self._buf
        while self.transport is not None and not self.transport.is_closing():
            if self._discard is not None:
                dropped = min(self._discard, len(buf))
                del buf[:dropped]
                self._discard -= dropped
                if self._discard == 0:
                    self.transport.close()
                return
            if self._head is None:
                end = buf.find(b"\r\n\r\n")
                if end < 0:
                    if len(buf) > MAX_HEAD_BYTES:
                        raise HttpError(431, "request head too large")
                    return
                if end > MAX_HEAD_BYTES:
                    raise HttpError(431, "request head too large")
                self._head = parse_head(bytes(buf[:end]))
                del buf[: end + 4]
                if self._head.headers.get("expect", "").lower() == "100-continue":
                    self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            head = self._head
            body = self._take_body(head)
            if body is None:
                if self._discard is not None:
                    continue  # refused: drop what already arrived of it
                return
            self._head = None
            self._dispatch(head, body)
            if self.stream is not None:
                buf.clear()
                return

    def _take_body(self, head: RequestHead) -> bytes | None:
        """The complete body of ``head`` off the buffer, or ``None`` until it has arrived."""
        buf = self._buf
        if head.chunked:
            parsed = parse_chunked(buf, 0, MAX_BODY_BYTES)
            if parsed is None:
                return None
            body, end = parsed
            del buf[:end]
            return body
        length = head.content_length()
        if length > MAX_BODY_BYTES:
            self._refuse_body(length)
            return None
        if len(buf) < length:
            return None
        body = bytes(buf[:length])
        del buf[:length]
        return body

    def _dispatch(self, head: RequestHead, body: bytes) -> None:
        transport = self.transport
        assert transport is not None
        close = not head.keep_alive
        method, path = head.method, head.path
        if path == "/" and method == "POST":
            started = time.perf_counter_ns()
            status, out, kind = self.front.handle_envelope(head.headers, body)
            transport.write(response(status, out, close=close))
            self.front.stats.record(kind, time.perf_counter_ns() - started)
        elif path.startswith(_POLL_PREFIX) and method == "GET":
            self._start_stream(head)
            return
        elif path == "/healthz" and method == "GET":
            transport.write(response(200, b'{"status":"ok"}', close=close))
        elif path == "/debug/stats" and method == "GET":
            if not self.front.authorised(head.headers, None):
                status, out, _ = _failure(401, None, None, "missing or wrong bearer token")
                transport.write(response(status, out, close=close))
            else:
                report = self.front.stats.report(reset="reset=1" in head.query.split("&"))
                transport.write(response(200, _encode(report), close=close))
        elif path in _ROUTES:
            status, out, _ = _failure(405, None, None, f"{method} is not allowed on {path}")
            transport.write(response(status, out, close=close))
        else:
            status, out, _ = _failure(404, None, None, f"no route for {method} {path}")
            transport.write(response(status, out, close=close))
        if close:
            transport.close()

    def _refuse(self, exc: HttpError) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        status, out, _ = _failure(exc.status, None, None, exc.message)
        self.transport.write(response(status, out, close=True))
        if exc.status == 413:
            # Read and drop the rest of the body, so the client gets to read the answer
            # instead of a reset; a chunked body has no announced end, so give it a while.
            self._discard = 1 << 62
            asyncio.get_running_loop().call_later(DISCARD_GRACE_SECONDS, self.transport.close)
            self._buf.clear()
            return
        self.transport.close()

    def _refuse_body(self, length: int) -> None:
        assert self.transport is not None
        status, out, _ = _failure(413, None, None, f"request body exceeds {MAX_BODY_BYTES} bytes")
        self.transport.write(response(status, out, close=True))
        self._head = None
        self._discard = length

    def _check_idle(self) -> None:
        if self.transport is None or self.transport.is_closing() or self.stream is not None:
            return
        loop = asyncio.get_running_loop()
        idle_for = loop.time() - self._last_active
        if idle_for >= IDLE_TIMEOUT_SECONDS:
            self.transport.close()
        else:
            self._idle = loop.call_later(IDLE_TIMEOUT_SECONDS - idle_for, self._check_idle)

    # -- GET /poll ------------------------------------------------------------------------

    def _start_stream(self, head: RequestHead) -> None:
        transport = self.transport
        assert transport is not None
        if not self.front.authorised(head.headers, None):
            status, out, _ = _failure(401, None, None, "missing or wrong bearer token")
            transport.write(response(status, out, close=not head.keep_alive))
            return
        parts = head.path[len(_POLL_PREFIX) :].split("/")
        names = [unquote(p) for p in parts]
        if len(names) != 2 or not all(valid_name(n) for n in names):
            message = "group and pid must be 1-256 printable characters"
            status, out, _ = _failure(400, None, None, message)
            transport.write(response(status, out, close=not head.keep_alive))
            return
        group, pid = names
        transport.write(SSE_HEAD)
        self.stream = asyncio.get_running_loop().create_task(self._stream(group, pid))

    def _is_closing(self) -> bool:
        return self.transport is None or self.transport.is_closing()

    def pump(self) -> None:
        """Write what this stream's queue holds now, unless the stream is backed up.

        Runs inside a request's handling; the stream's own task finds the queue emptied
        and goes on waiting. The close marker (``None``) is left for the task.
        """
        sub = self._subscriber
        transport = self.transport
        if sub is None or transport is None or self._paused or transport.is_closing():
            return
        queue = sub.queue
        while not queue.empty():
            entry = queue.get_nowait()
            if entry is None:
                queue.put_nowait(None)
                return
            transport.write(chunk(b"data: " + entry.payload + b"\n\n"))
            self.front.hub.delivered(entry)

    async def _stream(self, group: str, pid: str) -> None:
        transport = self.transport
        assert transport is not None
        hub = self.front.hub
        sub = Subscriber(group, pid, self._is_closing)
        self._subscriber = sub
        hub.connect(sub)
        self.front.streams.add(self)
        current = None
        try:
            transport.write(chunk(b": connected\n\n"))
            while not transport.is_closing():
                try:
                    async with asyncio.timeout(self.front.keepalive_seconds):
                        current = await sub.queue.get()
                except TimeoutError:
                    # The keep-alive is how a silently dead peer gets noticed.
                    transport.write(chunk(b": keepalive\n\n"))
                    await self._drain()
                    continue
                if current is None or transport.is_closing():
                    break
                transport.write(chunk(b"data: " + current.payload + b"\n\n"))
                hub.delivered(current)
                current = None
                await self._drain()
        finally:
            self.front.streams.discard(self)
            unsent = ([current] if current is not None else []) + sub.unsent()
            hub.disconnect(sub, unsent)
            if not transport.is_closing():
                transport.write(LAST_CHUNK)
                transport.close()

    async def _drain(self) -> None:
        if not self._paused or self._is_closing():
            return
        self._drained = asyncio.get_running_loop().create_future()
        await self._drained

    def _wake_drain(self) -> None:
        waiter, self._drained = self._drained, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def _kind_and_corr_id(envelope: Any) -> tuple[Any, Any]:
    if not isinstance(envelope, dict):
        return None, None
    head = envelope.get("head")
    corr_id = head.get("corrId") if isinstance(head, dict) else None
    kind = envelope.get("kind")
    return (kind if isinstance(kind, str) else None), (
        corr_id if isinstance(corr_id, str) else None
    )


def _failure(status: int, kind: Any, corr_id: Any, message: str) -> tuple[int, bytes, str]:
    body = _encode(wrap(error_response(kind, corr_id, status, message)))
    return status, body, kind if isinstance(kind, str) else "invalid"
