"""The protocol over HTTP: envelopes, auth, validation, SSE delivery, restart durability."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncGenerator, Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
from devserver_helpers import WAIT

from devserver import DevServer
from devserver.http import Limits

VERSION = "2026-04-01"


def envelope(kind: str, **data: Any) -> dict[str, Any]:
    return {"kind": kind, "head": {"corrId": f"c-{kind}", "version": VERSION}, "data": data}


def run(
    db: Path,
    body: Callable[[DevServer, aiohttp.ClientSession], Awaitable[None]],
    limits: Limits | None = None,
    token: str | None = None,
) -> None:
    """Run ``body`` against a fresh in-process server on a free port, then stop it."""

    async def main() -> None:
        server = DevServer(db, port=0, token=token, keepalive_seconds=0.2, limits=limits)
        await server.start()
        try:
            async with aiohttp.ClientSession() as session:
                await asyncio.wait_for(body(server, session), WAIT)
        finally:
            await server.stop()

    asyncio.run(main())


async def post(
    session: aiohttp.ClientSession,
    server: DevServer,
    body: Any,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    # A file-like body: aiohttp warns about large raw ``bytes`` bodies.
    async with session.post(server.url + "/", data=io.BytesIO(data), headers=headers) as resp:
        return resp.status, await resp.json()


async def events(session: aiohttp.ClientSession, url: str) -> AsyncGenerator[dict[str, Any]]:
    async with session.get(url) as resp:
        buffer = b""
        async for chunk in resp.content.iter_any():
            buffer += chunk
            while b"\n\n" in buffer:
                frame, buffer = buffer.split(b"\n\n", 1)
                if frame.startswith(b"data: "):
                    yield json.loads(frame[len(b"data: ") :])


def target_create(pid: str, group: str) -> dict[str, Any]:
    return envelope(
        "promise.create", id=pid, timeoutAt=2**62, tags={"resonate:target": f"poll://any@{group}"}
    )


class TestEnvelope:
    """Requests and responses travel in the protocol envelope."""

    def test_create_then_get_echoes_corr_id(self, tmp_path: Path) -> None:
        """A created promise is read back; the head carries corrId, status and version."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            status, created = await post(
                s, server, envelope("promise.create", id="a", timeoutAt=2**62)
            )
            assert status == 200
            # The official server answers 200 for a create, new or not (server.rs).
            assert created["head"] == {
                "corrId": "c-promise.create",
                "status": 200,
                "version": VERSION,
            }
            _, got = await post(s, server, envelope("promise.get", id="a"))
            assert got["data"]["promise"]["state"] == "pending"
            assert got["data"]["promise"]["value"] == {}
            status, missing = await post(s, server, envelope("promise.get", id="b"))
            # The HTTP status is the protocol status; an error's data is its message.
            assert (status, missing["head"]["status"]) == (404, 404)
            assert missing["data"] == "Promise not found"

        run(tmp_path / "db", body)


class TestValidationAndAuth:
    """Malformed requests and missing tokens get clear 4xx answers."""

    def test_malformed_bodies_are_400(self, tmp_path: Path) -> None:
        """Non-JSON, non-envelope, out-of-range integers, long ids and unknown kinds."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            assert (await post(s, server, b"{nope"))[0] == 400
            assert (await post(s, server, [1, 2]))[0] == 400
            assert (await post(s, server, {"kind": "promise.get", "head": {}}))[0] == 400
            no_version = {"kind": "promise.get", "head": {"corrId": "c"}, "data": {"id": "a"}}
            status, answer = await post(s, server, no_version)
            assert (status, answer["data"]) == (
                400,
                "Invalid request envelope: missing field `version`",
            )
            old = {"kind": "promise.get", "head": {"corrId": "c", "version": "v1"}, "data": {}}
            assert "Unsupported protocol version 'v1'" in (await post(s, server, old))[1]["data"]
            huge = envelope("promise.create", id="x", timeoutAt=2**70)
            assert (await post(s, server, huge))[0] == 400
            assert (await post(s, server, envelope("promise.get", id="x" * 5000)))[0] == 400
            _, unknown = await post(s, server, envelope("promise.explode"))
            assert unknown["head"]["status"] == 400
            assert unknown["data"] == "Unknown operation: promise.explode"
            _, missing = await post(s, server, envelope("promise.get"))
            assert missing["data"] == "Invalid request: missing field `id`"
            _, empty = await post(s, server, envelope("promise.get", id=""))
            assert empty["data"] == "Promise ID is required"

        run(tmp_path / "db", body)

    def test_oversized_body_is_413(self, tmp_path: Path) -> None:
        """A body past the limit is refused before it is parsed."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            big = envelope("promise.create", id="big", param={"data": "x" * (5 * 2**20)})
            assert (await post(s, server, big))[0] == 413

        run(tmp_path / "db", body)

    def test_token_is_required_when_configured(self, tmp_path: Path) -> None:
        """Without the bearer token: 401 on POST and on the SSE stream; with it: served."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            req = envelope("promise.get", id="a")
            assert (await post(s, server, req))[0] == 401
            wrong = {"Authorization": "Bearer nope"}
            assert (await post(s, server, req, wrong))[0] == 401
            right = {"Authorization": "Bearer sesame"}
            assert (await post(s, server, req, right))[1]["head"]["status"] == 404
            in_head = dict(req, head={**req["head"], "auth": "sesame"})
            assert (await post(s, server, in_head))[1]["head"]["status"] == 404
            async with s.get(server.url + "/poll/g/p") as resp:
                assert resp.status == 401

        run(tmp_path / "db", body, token="sesame")


class TestDelivery:
    """Messages reach a live subscriber, including ones sent while nobody listened."""

    def test_message_waits_for_a_subscriber(self, tmp_path: Path) -> None:
        """An execute for a group with no subscriber is delivered when one connects."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            await post(s, server, target_create("job", "g"))
            stream = events(s, server.url + "/poll/g/p1")
            message = await anext(stream)
            assert message == {
                "kind": "execute",
                "head": {"serverUrl": server.url},
                "data": {"task": {"id": "job", "version": 0}},
            }
            await stream.aclose()

        run(tmp_path / "db", body)

    def test_dead_subscriber_is_skipped(self, tmp_path: Path) -> None:
        """After one member disconnects, an any@group message goes to the live one."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            live = events(s, server.url + "/poll/g/live")
            first = asyncio.ensure_future(anext(live))
            async with (
                aiohttp.ClientSession() as other,
                other.get(server.url + "/poll/g/dead") as r,
            ):
                await r.content.readline()
            for i in range(3):
                await post(s, server, target_create(f"t{i}", "g"))
            message = await first
            assert message["kind"] == "execute"
            got = {message["data"]["task"]["id"]}
            while len(got) < 3:
                got.add((await anext(live))["data"]["task"]["id"])
            assert got == {"t0", "t1", "t2"}
            await live.aclose()

        run(tmp_path / "db", body)

    def test_lapsed_lease_is_reoffered(self, tmp_path: Path) -> None:
        """A task whose holder stops heartbeating is offered again at its version (1)."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            stream = events(s, server.url + "/poll/g/p")
            create = envelope(
                "task.create",
                pid="gone",
                ttl=200,
                action={
                    "kind": "promise.create",
                    "head": {},
                    "data": {
                        "id": "leased",
                        "timeoutAt": 2**62,
                        "tags": {"resonate:target": "poll://any@g"},
                    },
                },
            )
            assert (await post(s, server, create))[1]["data"]["task"]["version"] == 1
            message = await anext(stream)
            assert message["data"]["task"] == {"id": "leased", "version": 1}
            await stream.aclose()

        run(tmp_path / "db", body)


class TestRestart:
    """State and undelivered messages survive a restart on the same file."""

    def test_state_and_outbox_survive(self, tmp_path: Path) -> None:
        """A promise and its undelivered execute are there after stop and start."""
        db = tmp_path / "db"

        async def before(server: DevServer, s: aiohttp.ClientSession) -> None:
            await post(s, server, target_create("kept", "late"))

        async def after(server: DevServer, s: aiohttp.ClientSession) -> None:
            _, got = await post(s, server, envelope("promise.get", id="kept"))
            assert got["data"]["promise"]["id"] == "kept"
            stream = events(s, server.url + "/poll/late/p")
            assert (await anext(stream))["data"]["task"]["id"] == "kept"
            await stream.aclose()

        run(db, before)
        run(db, after)


async def raw_exchange(server: DevServer, payload: bytes) -> bytes:
    """Send raw bytes, half-close, and read until the server closes (bounded by ``WAIT``)."""
    reader, writer = await asyncio.open_connection(server.host, server.port)
    try:
        writer.write(payload)
        await writer.drain()
        return await asyncio.wait_for(reader.read(), WAIT)
    finally:
        writer.close()


def post_bytes(body: bytes, *, close: bool = False) -> bytes:
    connection = b"Connection: close\r\n" if close else b""
    return (
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n%s\r\n%s" % (len(body), connection, body)
    )


class TestHttpFraming:
    """The hand-written HTTP/1.1 front end: keep-alive, chunked bodies, routes, stats."""

    def test_pipelined_requests_are_answered_in_order(self, tmp_path: Path) -> None:
        """Two requests in one write on one connection: two answers, in order, then close."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            first = json.dumps(envelope("promise.create", id="p", timeoutAt=2**62)).encode()
            second = json.dumps(envelope("promise.get", id="p")).encode()
            out = await raw_exchange(server, post_bytes(first) + post_bytes(second, close=True))
            assert out.count(b"HTTP/1.1 200 OK\r\n") == 2
            assert out.index(b'"kind":"promise.create"') < out.index(b'"kind":"promise.get"')

        run(tmp_path / "db", body)

    def test_chunked_request_body_is_read(self, tmp_path: Path) -> None:
        """A body sent with Transfer-Encoding: chunked is joined and applied."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            data = json.dumps(envelope("promise.create", id="c", timeoutAt=2**62)).encode()
            half = len(data) // 2
            request = (
                b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                b"Connection: close\r\n\r\n%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n"
                % (half, data[:half], len(data) - half, data[half:])
            )
            out = await raw_exchange(server, request)
            assert b'"kind":"promise.create"' in out
            assert b'"status":200' in out
            _, got = await post(s, server, envelope("promise.get", id="c"))
            assert got["data"]["promise"]["id"] == "c"

        run(tmp_path / "db", body)

    def test_malformed_request_line_is_400_and_closes(self, tmp_path: Path) -> None:
        """A request that cannot be framed is answered 400 and the connection closed."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            out = await raw_exchange(server, b"NONSENSE\r\n\r\n")
            assert out.startswith(b"HTTP/1.1 400 Bad Request\r\n")
            assert b"Connection: close" in out

        run(tmp_path / "db", body)

    def test_unknown_route_is_404_and_wrong_method_405(self, tmp_path: Path) -> None:
        """Routes are fixed; the answers still carry an envelope with a message."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            async with s.get(server.url + "/nowhere") as resp:
                assert resp.status == 404
                assert "no route" in (await resp.json())["data"]
            async with s.get(server.url + "/") as resp:
                assert resp.status == 405
            for route in ("/healthz", "/health", "/ready"):
                async with s.get(server.url + route) as resp:
                    assert await resp.json() == {"status": "ok"}
            async with s.get(server.url + "/promises/x") as resp:  # the pre-2026 REST API
                assert resp.status == 410

        run(tmp_path / "db", body)

    def test_stats_count_requests_by_kind_and_reset(self, tmp_path: Path) -> None:
        """``/debug/stats`` reports handling times per kind; ``reset=1`` starts afresh."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            await post(s, server, envelope("promise.create", id="s", timeoutAt=2**62))
            for _ in range(3):
                await post(s, server, envelope("promise.get", id="s"))
            async with s.get(server.url + "/debug/stats?reset=1") as resp:
                stats = await resp.json()
            assert stats["promise.get"]["count"] == 3
            assert stats["promise.create"]["count"] == 1
            assert stats["all"]["count"] == 4
            assert stats["all"]["p50_us"] > 0
            async with s.get(server.url + "/debug/stats") as resp:
                assert (await resp.json())["all"] == {
                    "count": 0,
                    "p50_us": None,
                    "p99_us": None,
                    "mean_us": None,
                }

        run(tmp_path / "db", body)

    def test_percent_encoded_poll_names_are_decoded(self, tmp_path: Path) -> None:
        """``/poll/my%7Egroup/p`` subscribes group ``my~group``, as the address names it."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            await post(s, server, target_create("spaced", "my~group"))
            stream = events(s, server.url + "/poll/my%7Egroup/p")
            assert (await anext(stream))["data"]["task"]["id"] == "spaced"
            await stream.aclose()

        run(tmp_path / "db", body)

    def test_a_failing_request_costs_its_connection_not_the_server(self, tmp_path: Path) -> None:
        """An unexpected error in handling is a 500 with a message; the next request works."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            engine = server.engine
            assert engine is not None
            handle = engine.handle

            def broken(now: int, req: Any) -> Any:
                raise ValueError("simulated bug")

            engine.handle = broken  # type: ignore[method-assign]
            status, answer = await post(s, server, envelope("promise.get", id="a"))
            assert status == 500
            assert "internal error" in answer["data"]
            engine.handle = handle  # type: ignore[method-assign]
            _, missing = await post(s, server, envelope("promise.get", id="a"))
            assert missing["head"]["status"] == 404

        run(tmp_path / "db", body)
