"""The HTTP front end: ``POST /`` (protocol envelope), ``GET /poll/{group}/{pid}`` (SSE).

Thin on purpose: parse and check the request, hand it to the engine in one transaction,
publish what the engine committed, answer. Protocol statuses travel in the envelope head
(HTTP 200), as the SDK reads them there; only failures before the envelope is understood
get an HTTP error status (400 malformed, 401 token, 413 too large), with an envelope body
all the same, so a client always has a message to show.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import sqlite3
from collections.abc import Callable
from typing import Any

import msgspec
from aiohttp import web

from devserver.delivery import Hub, Subscriber, valid_name
from devserver.engine import Engine
from devserver.protocol import ProtocolError, error_response, validate_envelope, wrap

logger = logging.getLogger(__name__)

#: Largest request body accepted (a promise's param travels inside it).
MAX_BODY_BYTES = 4 * 1024 * 1024
_SSE_HEADERS = {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",
}
_encode = msgspec.json.encode


class Front:
    """Request handlers bound to one engine, hub and token."""

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

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        app.router.add_post("/", self.handle_request)
        app.router.add_get("/poll/{group}/{pid}", self.handle_poll)
        app.router.add_get("/healthz", self.handle_health)
        return app

    # -- POST / ---------------------------------------------------------------------------

    async def handle_request(self, request: web.Request) -> web.Response:
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return _failure(413, None, None, f"request body exceeds {MAX_BODY_BYTES} bytes")
        try:
            envelope = msgspec.json.decode(body)
        except msgspec.DecodeError as exc:
            return _failure(400, None, None, f"request body is not JSON: {exc}")
        kind, corr_id = _kind_and_corr_id(envelope)
        if not self._authorised(request, envelope):
            return _failure(401, kind, corr_id, "missing or wrong bearer token")
        try:
            flat = validate_envelope(envelope)
        except ProtocolError as exc:
            return _failure(exc.status, kind, corr_id, exc.message)
        try:
            response, entries = self.engine.handle(self.clock(), flat)
        except sqlite3.Error:
            logger.exception("storage failed for %s", kind)
            return _failure(500, kind, corr_id, "storage error; nothing was applied")
        if entries:
            self.hub.publish(entries)
        earliest = self.engine.earliest_timer
        if earliest is not None:
            self.on_timer(earliest)
        return web.Response(body=_encode(wrap(response)), content_type="application/json")

    # -- GET /poll ------------------------------------------------------------------------

    async def handle_poll(self, request: web.Request) -> web.StreamResponse:
        if not self._authorised(request, None):
            return _failure(401, None, None, "missing or wrong bearer token")
        group = request.match_info["group"]
        pid = request.match_info["pid"]
        if not valid_name(group) or not valid_name(pid):
            return _failure(400, None, None, "group and pid must be 1-256 printable characters")
        response = web.StreamResponse(headers=_SSE_HEADERS)
        await response.prepare(request)
        transport = request.transport

        def is_closing() -> bool:
            return transport is None or transport.is_closing()

        sub = Subscriber(group, pid, is_closing)
        self.hub.connect(sub)
        current = None
        try:
            await response.write(b": connected\n\n")
            while True:
                try:
                    async with asyncio.timeout(self.keepalive_seconds):
                        current = await sub.queue.get()
                except TimeoutError:
                    # The keep-alive is how a silently dead peer gets noticed.
                    await response.write(b": keepalive\n\n")
                    continue
                if current is None:
                    break
                await response.write(b"data: " + current.payload + b"\n\n")
                self.hub.delivered(current)
                current = None
        except (ConnectionError, RuntimeError):
            logger.info("subscriber %s/%s went away", group, pid)
        finally:
            unsent = ([current] if current is not None else []) + sub.unsent()
            self.hub.disconnect(sub, unsent)
        return response

    async def handle_health(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    # -- helpers --------------------------------------------------------------------------

    def _authorised(self, request: web.Request, envelope: Any) -> bool:
        if self.token is None:
            return True
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer ") and _same(header[len("Bearer ") :], self.token):
            return True
        head = envelope.get("head") if isinstance(envelope, dict) else None
        auth = head.get("auth") if isinstance(head, dict) else None
        return isinstance(auth, str) and _same(auth, self.token)


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


def _failure(status: int, kind: Any, corr_id: Any, message: str) -> web.Response:
    body = _encode(wrap(error_response(kind, corr_id, status, message)))
    return web.Response(status=status, body=body, content_type="application/json")
