"""The HTTP front end: ``POST /`` (protocol envelope), ``GET /poll/{group}/{pid}`` (SSE).

Thin on purpose: frame the request (:mod:`~devserver.wire`), check it, hand it to the
engine in one transaction, publish what the engine committed, answer -- all synchronously
inside ``data_received``, so a request costs no task, no future and no extra loop turn.
The response is written only after the engine's commit returned: whatever a client was told
is on disk. The protocol status travels in the envelope head and is also the HTTP status, as the
official server answers; failures before the envelope is understood get an HTTP error status
too (400 malformed, 401 token, 408 too slow, 413 too large, 431 head too large, 503 over a
:class:`Limits` bound), with an envelope body all the same, so a client always has a
message to show.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import unquote

import msgspec

from devserver.delivery import Hub, valid_name
from devserver.engine import Engine
from devserver.protocol import ProtocolError, error_response, validate_envelope, wrap
from devserver.sse import EventStream
from devserver.stats import RequestStats
from devserver.wire import (
    MAX_HEAD_BYTES,
    ChunkedBody,
    HttpError,
    RequestHead,
    parse_head,
    response,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Limits:
    """What one client, or all of them together, can make the server hold, and for how long."""

    #: Largest request body accepted (a promise's param travels inside it).
    max_body_bytes: int = 4 * 1024 * 1024
    #: A keep-alive connection with no request in progress is closed after this long.
    idle_timeout: float = 75.0
    #: From a request's first byte to its last; a client that stalls mid-request gets 408.
    request_timeout: float = 30.0
    #: A client that reads none of what it was sent for this long is cut off.
    send_timeout: float = 60.0
    #: Connections served at once; one more is answered 503 and closed.
    max_connections: int = 1024
    #: Bytes of partial requests held across all connections; past it, 503 and close.
    max_buffered_bytes: int = 64 * 1024 * 1024
    #: After refusing a body as too large, how long its rest is read and dropped.
    discard_grace: float = 2.0


_encode = msgspec.json.encode
_decode = msgspec.json.decode
_POLL_PREFIX = "/poll/"
_ROUTES = {"/": "POST", "/healthz": "GET", "/health": "GET", "/ready": "GET", "/debug/stats": "GET"}
#: The REST routes of servers before protocol 2026-04-01: gone, with the official answer.
_LEGACY_ROUTES = frozenset({"promises", "schedules", "tasks"})
_LEGACY_ANSWER = (
    b'{"error":"This endpoint is no longer supported. Please update to the latest SDK."}'
)


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
        limits: Limits | None = None,
    ) -> None:
        self.limits = limits or Limits()
        #: Bytes of partial requests held by all connections (see :class:`Limits`).
        self.buffered = 0
        self.engine = engine
        self.hub = hub
        self.clock = clock
        self.on_timer = on_timer
        self.token = token
        self.keepalive_seconds = keepalive_seconds
        self.stats = RequestStats()
        self.connections: set[Connection] = set()
        #: The SSE streams being served.
        self.streams: set[EventStream] = set()

    def protocol(self) -> Connection:
        """The ``protocol_factory`` for :meth:`asyncio.loop.create_server`."""
        return Connection(self)

    async def close(self) -> None:
        """Close every connection and wait for the SSE streams to hand back what they held."""
        tasks = []
        for conn in list(self.connections):
            if conn.stream is not None and conn.stream.task is not None:
                tasks.append(conn.stream.task)
            conn.close()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # -- POST / ---------------------------------------------------------------------------

    def handle_envelope(self, headers: dict[str, str], body: bytes) -> tuple[int, bytes, str]:
        """Apply one request body: ``(HTTP status, response body, request kind)``."""
        try:
            envelope = _decode(body)
        except msgspec.DecodeError as exc:
            return _failure(400, None, None, f"Invalid request envelope: {exc}")
        kind, corr_id = _kind_and_corr_id(envelope)
        try:
            flat = validate_envelope(envelope, body)
        except ProtocolError as exc:
            return _failure(exc.status, kind, corr_id, exc.message)
        if not self.authorised(headers, envelope):
            return _failure(401, kind, corr_id, "Unauthorized")
        try:
            answer, entries = self.engine.handle(self.clock(), flat)
        except sqlite3.Error:
            logger.exception("storage failed for %s", kind)
            return _failure(500, kind, corr_id, "storage error; nothing was applied")
        if entries:
            self.hub.publish(entries)
            # Push the messages out before the answer: the answer wakes its client, which
            # may then hold the CPU, while the message is what the workflow waits for.
            for stream in self.streams:
                stream.pump()
        earliest = self.engine.earliest_timer
        if earliest is not None:
            self.on_timer(earliest)
        # The HTTP status is the protocol status, as the official server answers.
        return int(answer.get("status", 200)), _encode(wrap(answer)), kind or "?"

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
    """One client connection: keep-alive requests in order, or one SSE stream.

    What one client can make the server hold is bounded (:class:`Limits`): a partial request
    by the body limit and the request deadline, answers it does not read by the transport's
    high-water mark plus one answer -- reading, and so answering further pipelined requests,
    stops while the transport is paused and resumes from the buffer when it drains -- and
    all partial requests together by a global budget.
    """

    def __init__(self, front: Front) -> None:
        self.front = front
        self.transport: asyncio.Transport | None = None
        self.stream: EventStream | None = None
        self._buf = bytearray()
        #: Bytes at the start of ``_buf`` already searched for the end of a head.
        self._scanned = 0
        self._head: RequestHead | None = None
        self._chunked: ChunkedBody | None = None
        self._discard = 0  # bytes of a refused body still to drop (-1: until closed)
        self._paused = False
        self._paused_at = 0.0
        self._last_active = 0.0
        #: Loop time of the first byte of the request being received, if one is.
        self._request_at: float | None = None
        #: Bytes of partial request this connection holds, as counted in ``front.buffered``.
        self._counted = 0
        self._timer: asyncio.TimerHandle | None = None

    @property
    def paused(self) -> bool:
        """Whether the client is behind reading its answers (the transport is backed up)."""
        return self._paused

    @property
    def unread(self) -> int:
        """Bytes received and not yet handled: requests waiting behind a backed-up answer."""
        return len(self._buf)

    # -- asyncio.Protocol -----------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream transport (uvloop's is one without subclassing ``asyncio.Transport``).
        self.transport = cast(asyncio.Transport, transport)
        front = self.front
        if len(front.connections) >= front.limits.max_connections:
            _, out, _ = _failure(503, None, None, "too many connections; retry later")
            self.transport.write(response(503, out, close=True))
            self.transport.close()
            return
        front.connections.add(self)
        now = asyncio.get_running_loop().time()
        self._last_active = now
        self._tighten(now + front.limits.idle_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self.front.connections.discard(self)
        self._release_buffer()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self.stream is not None:
            self.stream.stop()

    def pause_writing(self) -> None:
        if self.stream is not None:
            self.stream.pause()
            return
        self._paused = True
        self._paused_at = asyncio.get_running_loop().time()
        if self.transport is not None:
            self.transport.pause_reading()  # a client not reading answers sends no more
        self._tighten(self._paused_at + self.front.limits.send_timeout)

    def resume_writing(self) -> None:
        if self.stream is not None:
            self.stream.resume()
            return
        self._paused = False
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        transport.resume_reading()
        # Requests that arrived while answers were backed up wait in the buffer, and the
        # client may send nothing more until they are answered: serve them now.
        self._serve()

    def data_received(self, data: bytes) -> None:
        if self.stream is not None:
            return  # a streaming connection only sends
        if self._discard:
            self._drop(len(data))
            return
        loop = asyncio.get_running_loop()
        if self._request_at is None:
            self._request_at = loop.time()
            self._tighten(self._request_at + self.front.limits.request_timeout)
        self._buf += data
        self._serve()

    def eof_received(self) -> bool:
        # The client finished sending. Whatever complete requests arrived were answered in
        # ``data_received``; close once those answers are flushed.
        return False

    def close(self) -> None:
        """Stop serving this connection (server shutdown)."""
        if self.stream is not None:
            self.stream.stop()
        elif self.transport is not None:
            if self._paused:
                self.transport.abort()  # a client not reading would hold the shutdown
            else:
                self.transport.close()

    # -- framing --------------------------------------------------------------------------

    def _serve(self) -> None:
        """Answer every complete request in the buffer (until answers back up)."""
        try:
            self._process()
            self._account()
        except HttpError as exc:
            self._refuse(exc)
        except Exception:
            # A bug must cost this connection, not the server: answer 500 and close.
            logger.exception("request handling failed")
            self._refuse(HttpError(500, "internal error; see the server log"))

    def _process(self) -> None:
        buf = self._buf
        transport = self.transport
        assert transport is not None
        while not self._paused and not transport.is_closing():
            head = self._head or self._read_head()
            if head is None or self._discard:
                break
            body = self._read_body(head)
            if body is None:
                break
            self._head = None
            self._dispatch(head, body)
            if self.stream is not None:
                buf.clear()
                self._request_at = None
                return
        now = asyncio.get_running_loop().time()
        self._last_active = now
        if buf or self._head is not None:
            if self._request_at is None:
                self._request_at = now
        else:
            self._request_at = None

    def _read_head(self) -> RequestHead | None:
        """Parse the next request head off the buffer, once all of it has arrived."""
        buf = self._buf
        while buf[:2] == b"\r\n":
            del buf[:2]  # a stray CRLF between requests is ignored (RFC 9112 2.2)
            self._scanned = 0
        if buf and buf[0] < 0x21 and buf != b"\r":
            # No request line starts with a control or a space: refuse now, not at 408.
            raise HttpError(400, "malformed request line")
        # Look only at what arrived since the last look (and the 3 bytes before it, where
        # a CRLFCRLF or a CRLF may straddle): a head sent a byte per read costs O(n).
        scanned = self._scanned
        end = buf.find(b"\r\n\r\n", max(0, scanned - 3), MAX_HEAD_BYTES + 4)
        if end < 0:
            # Refused as soon as it is certain, however the bytes were split: too long
            # once the limit and the blank line's four bytes are in without one; a bare
            # LF (which a lenient parser would take for a line end) at once.
            if len(buf) >= MAX_HEAD_BYTES + 4:
                raise HttpError(431, "request head too large")
            if buf.count(b"\n", scanned) != buf.count(b"\r\n", max(0, scanned - 1)):
                raise HttpError(400, "bare LF in the request head; lines end with CRLF")
            self._scanned = len(buf)
            return None
        self._scanned = 0
        head = parse_head(bytes(buf[:end]))
        del buf[: end + 4]
        if head.chunked:
            self._chunked = ChunkedBody(self.front.limits.max_body_bytes)
        elif head.length > self.front.limits.max_body_bytes:
            self._refuse_body(max(0, head.length - len(buf)))
            return None
        self._head = head
        if head.headers.get("expect", "").lower() == "100-continue":
            assert self.transport is not None
            self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        return head

    def _read_body(self, head: RequestHead) -> bytes | None:
        """The complete body of ``head`` off the buffer, or ``None`` until it has arrived."""
        buf = self._buf
        if self._chunked is not None:
            body = self._chunked.feed(buf)
            if body is not None:
                self._chunked = None
            return body
        if len(buf) < head.length:
            return None
        body = bytes(buf[: head.length])
        del buf[: head.length]
        return body

    def _account(self) -> None:
        """Count this connection's partial request against the global budget."""
        size = len(self._buf) + (self._chunked.size if self._chunked is not None else 0)
        front = self.front
        front.buffered += size - self._counted
        self._counted = size
        if size and front.buffered > front.limits.max_buffered_bytes:
            raise HttpError(503, "server is holding too many partial requests; retry later")

    def _release_buffer(self) -> None:
        self.front.buffered -= self._counted
        self._counted = 0
        self._buf.clear()
        self._scanned = 0
        self._chunked = None

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
        else:
            status, out = self._route(head)
            # A HEAD request is answered with the head alone: a body would be read by the
            # client as the start of its next response.
            whole = response(status, out, close=close)
            transport.write(whole[: len(whole) - len(out)] if method == "HEAD" else whole)
        if close:
            transport.close()

    def _route(self, head: RequestHead) -> tuple[int, bytes]:
        """The answer to a request for anything but ``POST /`` and ``GET /poll``."""
        method, path = head.method, head.path
        if path in ("/healthz", "/health", "/ready") and method in ("GET", "HEAD"):
            return 200, b'{"status":"ok"}'
        if path.split("/")[1] in _LEGACY_ROUTES:
            return 410, _LEGACY_ANSWER
        if path == "/debug/stats" and method in ("GET", "HEAD"):
            if not self.front.authorised(head.headers, None):
                return _failure(401, None, None, "missing or wrong bearer token")[:2]
            report = self.front.stats.report(reset="reset=1" in head.query.split("&"))
            return 200, _encode(report)
        if path in _ROUTES:
            return _failure(405, None, None, f"{method} is not allowed on {path}")[:2]
        return _failure(404, None, None, f"no route for {method} {path}")[:2]

    def _refuse(self, exc: HttpError) -> None:
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        self._release_buffer()
        self._head = None
        status, out, _ = _failure(exc.status, None, None, exc.message)
        transport.write(response(status, out, close=True))
        if exc.status == 413:
            # A chunked body has no announced end: drop what comes for a while, so the
            # client gets to read the answer instead of a reset.
            self._discard_then_close(-1)
            return
        transport.close()

    def _refuse_body(self, left: int) -> None:
        """Answer 413 to a body declared too large, and drop it as it arrives."""
        assert self.transport is not None
        limit = self.front.limits.max_body_bytes
        self._release_buffer()
        self._head = None
        status, out, _ = _failure(413, None, None, f"request body exceeds {limit} bytes")
        self.transport.write(response(status, out, close=True))
        self._discard_then_close(left)

    def _discard_then_close(self, left: int) -> None:
        """Drop ``left`` more bytes (-1: any number) then close; close after a grace anyway."""
        assert self.transport is not None
        self._discard = left
        self._request_at = None
        grace = self.front.limits.discard_grace
        asyncio.get_running_loop().call_later(grace, self.transport.close)
        if left == 0:
            self.transport.close()

    def _drop(self, count: int) -> None:
        if self._discard < 0:
            return
        self._discard = max(0, self._discard - count)
        if self._discard == 0 and self.transport is not None:
            self.transport.close()

    # -- deadlines ------------------------------------------------------------------------

    def _tighten(self, deadline: float) -> None:
        """Make sure the deadline check runs no later than ``deadline``."""
        timer = self._timer
        if timer is not None:
            if timer.when() <= deadline:
                return
            timer.cancel()
        self._timer = asyncio.get_running_loop().call_at(deadline, self._check_deadline)

    def _check_deadline(self) -> None:
        """Close a connection that is idle, stuck mid-request, or not reading its answers."""
        self._timer = None
        transport = self.transport
        if transport is None or self.stream is not None:
            return
        limits = self.front.limits
        now = asyncio.get_running_loop().time()
        if self._paused:  # also when closing: a close waits for this flush
            if now >= self._paused_at + limits.send_timeout:
                transport.abort()  # ``close`` would wait for a flush that never comes
                return
            deadline = self._paused_at + limits.send_timeout
        elif transport.is_closing():
            return
        elif self._request_at is not None:
            deadline = self._request_at + limits.request_timeout
            if now >= deadline:
                self._refuse(HttpError(408, "request not received in time"))
                return
        else:
            deadline = self._last_active + limits.idle_timeout
            if now >= deadline:
                transport.close()
                return
        self._timer = asyncio.get_running_loop().call_at(deadline, self._check_deadline)

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
        front = self.front
        stream = EventStream(
            transport,
            front.hub,
            group,
            pid,
            keepalive=front.keepalive_seconds,
            send_timeout=front.limits.send_timeout,
            on_end=front.streams.discard,
        )
        self.stream = stream
        front.streams.add(stream)
        stream.start()


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
