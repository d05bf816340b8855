"""What a misbehaving client can make the HTTP front end do: nothing that costs others.

Ambiguous framing (request smuggling), clients that stall half-way through a request or
stop reading their answers, floods of pipelined requests, and SSE subscribers that read
too slowly -- each over real sockets against a server in this process.
"""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path
from typing import Any

import aiohttp
from test_http import envelope, events, post, post_bytes, raw_exchange, run

from devserver import DevServer
from devserver.http import Connection, Limits
from support.waiting import wait_until_async

#: Deadlines short enough to reach in a test; the client side always waits up to ``WAIT``.
TIGHT = Limits(idle_timeout=0.5, request_timeout=0.5, send_timeout=0.5, discard_grace=0.5)


def create_bytes(promise_id: str, **extra: Any) -> bytes:
    return json.dumps(envelope("promise.create", id=promise_id, timeoutAt=2**62, **extra)).encode()


async def exists(s: aiohttp.ClientSession, server: DevServer, promise_id: str) -> bool:
    _, got = await post(s, server, envelope("promise.get", id=promise_id))
    return bool(got["head"]["status"] == 200)


async def read_response(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """One response with a ``Content-Length`` body: ``(head, body)``."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return head, await reader.readexactly(length)


def connections(server: DevServer) -> set[Connection]:
    assert server.front is not None
    return server.front.connections


class TestSmuggling:
    """A request whose length two parsers could read two ways is refused, whole."""

    def test_length_and_chunked_together_is_400_and_nothing_hidden_runs(
        self, tmp_path: Path
    ) -> None:
        """CL+TE: refused and closed; the request tucked inside the 'body' never runs."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            hidden = post_bytes(create_bytes("smuggled"))
            chunked_end = b"0\r\n\r\n"
            payload = (
                b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n%s%s"
                % (len(chunked_end) + len(hidden), chunked_end, hidden)
            )
            out = await raw_exchange(server, payload)
            assert out.startswith(b"HTTP/1.1 400 ")
            assert out.count(b"HTTP/1.1") == 1
            assert not await exists(s, server, "smuggled")

        run(tmp_path / "db", body)

    def test_two_different_lengths_are_400(self, tmp_path: Path) -> None:
        """Content-Length 0 then N: neither is picked; the bytes after are not a request."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            hidden = post_bytes(create_bytes("smuggled2"))
            payload = (
                b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                b"Content-Length: %d\r\n\r\n%s" % (len(hidden), hidden)
            )
            out = await raw_exchange(server, payload)
            assert out.startswith(b"HTTP/1.1 400 ")
            assert not await exists(s, server, "smuggled2")

        run(tmp_path / "db", body)

    def test_a_length_of_thousands_of_digits_is_413_not_500(self, tmp_path: Path) -> None:
        """A huge declared length is 'too large', refused before any body is read."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            out = await raw_exchange(
                server,
                b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n",
            )
            assert out.startswith(b"HTTP/1.1 413 ")

        run(tmp_path / "db", body)

    def test_head_is_answered_without_a_body(self, tmp_path: Path) -> None:
        """A body after a HEAD answer would be read as the next response: none is sent."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            out = await raw_exchange(
                server,
                b"HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                b"HEAD /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
                b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            )
            first, second, third, rest = out.split(b"\r\n\r\n", 3)
            assert first.startswith(b"HTTP/1.1 200 ")
            assert second.startswith(b"HTTP/1.1 404 ")
            assert third.startswith(b"HTTP/1.1 200 ")
            assert rest == b'{"status":"ok"}'

        run(tmp_path / "db", body)


class TestStalledClients:
    """A client that sends half a request, or nothing, is cut off; others are served."""

    def test_half_a_request_is_408_and_others_are_served_meanwhile(self, tmp_path: Path) -> None:
        """Half a head, then silence: 408 after the request deadline, then closed."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            reader, writer = await asyncio.open_connection(server.host, server.port)
            writer.write(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Len")
            await writer.drain()
            assert await exists(s, server, "none") is False  # served while it stalls
            out = await reader.read()
            assert out.startswith(b"HTTP/1.1 408 ")
            writer.close()

        run(tmp_path / "db", body, TIGHT)

    def test_half_a_body_is_408(self, tmp_path: Path) -> None:
        """A complete head and part of its body: the same deadline applies."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            reader, writer = await asyncio.open_connection(server.host, server.port)
            writer.write(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            await writer.drain()
            assert (await reader.read()).startswith(b"HTTP/1.1 408 ")
            await wait_until_async(
                lambda: server.front is not None and server.front.buffered == 0,
                what="the buffer to drain",
            )
            writer.close()

        run(tmp_path / "db", body, TIGHT)

    def test_idle_keep_alive_connection_is_closed(self, tmp_path: Path) -> None:
        """After an answer, a connection that sends nothing more is closed."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            reader, writer = await asyncio.open_connection(server.host, server.port)
            writer.write(post_bytes(create_bytes("idle")))
            _, answer = await read_response(reader)
            assert json.loads(answer)["head"]["status"] == 200
            assert await reader.read() == b""  # EOF: the server closed it
            writer.close()

        run(tmp_path / "db", body, TIGHT)

    def test_connection_cap_answers_503(self, tmp_path: Path) -> None:
        """Past the connection cap a new client is told so, instead of held."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            held = [await asyncio.open_connection(server.host, server.port) for _ in range(2)]
            await wait_until_async(
                lambda: len(connections(server)) == 2, what="two open connections"
            )
            out = await raw_exchange(server, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert out.startswith(b"HTTP/1.1 503 ")
            for _, writer in held:
                writer.close()

        run(tmp_path / "db", body, Limits(max_connections=2))

    def test_partial_requests_share_a_memory_budget(self, tmp_path: Path) -> None:
        """Partial bodies held across connections are bounded: the one past it gets 503."""

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            first = await asyncio.open_connection(server.host, server.port)
            first[1].write(
                b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 8000\r\n\r\n" + b" " * 6000
            )
            await first[1].drain()
            await wait_until_async(
                lambda: server.front is not None and server.front.buffered >= 6000,
                what="6000 bytes buffered",
            )
            out = await raw_exchange(
                server, b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 8000\r\n\r\n" + b" " * 6000
            )
            assert out.startswith(b"HTTP/1.1 503 ")
            first[1].close()

        run(tmp_path / "db", body, Limits(max_body_bytes=8000, max_buffered_bytes=10_000))


class TestBackpressure:
    """A client that pipelines requests and does not read makes the server hold little."""

    def test_pipelined_flood_waits_in_the_socket_then_is_all_answered(self, tmp_path: Path) -> None:
        """Reading stops while answers back up; once read, every request is answered.

        Each answer is ~1 MB, so answering all 100 up front would hold ~100 MB. The
        requests left in the buffer when reading stops must be served when the client
        drains its answers -- it sends nothing more that could wake the server.
        """
        count = 100

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            big = {"data": "x" * 2**20}
            status, _ = await post(
                s, server, envelope("promise.create", id="big", timeoutAt=2**62, param=big)
            )
            assert status == 200
            get = post_bytes(json.dumps(envelope("promise.get", id="big")).encode())
            reader, writer = await asyncio.open_connection(server.host, server.port, limit=2**16)
            writer.write(get * count)
            writer.write_eof()  # all sent: a half-close must not cost the answers
            await writer.drain()
            await wait_until_async(
                lambda: any(c.paused and c.unread for c in connections(server)),
                what="a paused connection with unread bytes",
            )
            conn = next(c for c in connections(server) if c.paused)
            assert conn.transport is not None
            assert conn.transport.get_write_buffer_size() < 8 * 2**20
            for _ in range(count):
                head, answer = await read_response(reader)
                assert head.startswith(b"HTTP/1.1 200 ")
                assert json.loads(answer)["data"]["promise"]["param"] == big
            writer.close()

        run(tmp_path / "db", body)


class TestSlowSubscriber:
    """An SSE subscriber that stops reading is cut off; its backlog is not stranded."""

    def test_stalled_stream_hands_its_backlog_to_the_next_connection(self, tmp_path: Path) -> None:
        """Unblocks (each ~2 MB) queued for a stream that stalled go to its reconnect."""
        count = 12
        address = "poll://uni@g/slow"

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            blob = "y" * 2**20
            for i in range(count):
                await post(
                    s,
                    server,
                    envelope("promise.create", id=f"w{i}", timeoutAt=2**62, param={"data": blob}),
                )
                await post(
                    s,
                    server,
                    envelope("promise.register_listener", awaited=f"w{i}", address=address),
                )
            # Subscribe, read the response head, then stop reading.
            _, writer = await asyncio.open_connection(server.host, server.port, limit=2**16)
            writer.write(b"GET /poll/g/slow HTTP/1.1\r\nHost: x\r\n\r\n")
            await writer.drain()
            await wait_until_async(
                lambda: bool(connections(server)) and server.hub is not None,
                what="a subscribed connection",
            )
            for i in range(count):
                settle = envelope(
                    "promise.settle", id=f"w{i}", state="resolved", value={"data": blob}
                )
                assert (await post(s, server, settle))[1]["head"]["status"] == 200
            # The stalled stream is cut off, and what it had not been sent waits for the
            # process. (What was already written sits in the dead socket's buffers: sent is
            # acknowledged, as with any push; the reference server does the same.)
            await wait_until_async(
                lambda: not any(c.stream for c in connections(server)),
                what="the slow subscriber to be cut off",
            )
            assert server.hub is not None
            held = server.hub.waiting
            assert held > 0
            got: set[str] = set()
            stream = events(s, server.url + "/poll/g/slow")
            while len(got) < held:
                message = await anext(stream)
                assert message["kind"] == "unblock"
                got.add(message["data"]["promise"]["id"])
            assert got <= {f"w{i}" for i in range(count)}
            assert server.hub.waiting == 0
            await stream.aclose()
            writer.close()

        run(tmp_path / "db", body, TIGHT)


class DelayProxy:
    """A TCP proxy that delays each direction and re-cuts the byte stream at random points.

    Requests reach the server in fragments that split heads, bodies and pipelined requests
    anywhere, as across a network; order is kept (one writer per direction).
    """

    def __init__(self, target_port: int, delay: float, seed: int) -> None:
        self.target_port = target_port
        self.delay = delay
        self.random = random.Random(seed)
        self.server: asyncio.Server | None = None
        self.tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.tasks.add(task)
        server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        try:
            await asyncio.gather(
                self._pump(client_r, server_w),
                self._pump(server_r, client_w),
                return_exceptions=True,
            )
        finally:
            client_w.close()
            server_w.close()
            self.tasks.discard(task)

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def forward() -> None:
            while True:
                due, piece = await queue.get()
                if not piece:
                    writer.write_eof()
                    return
                await asyncio.sleep(max(0.0, due - loop.time()))
                writer.write(piece)
                await writer.drain()

        sender = asyncio.ensure_future(forward())
        try:
            while data := await reader.read(65536):
                while data:
                    cut = self.random.randint(1, max(1, min(len(data), 700)))
                    queue.put_nowait((loop.time() + self.delay, data[:cut]))
                    data = data[cut:]
            queue.put_nowait((loop.time() + self.delay, b""))
            await sender
        finally:
            sender.cancel()


class TestThroughADelayProxy:
    """No request is left unanswered, whatever the network does to the byte stream."""

    def test_concurrent_keep_alive_clients_proxied_and_direct_all_answered(
        self, tmp_path: Path
    ) -> None:
        """Clients through a 2 ms proxy, then and alongside direct ones, pipelining too.

        The reported hang: runs behind a delaying proxy, then direct runs on the same
        server, and one request never answered. Every request here must be answered.
        """

        async def client(url: str, name: str, rounds: int) -> int:
            answered = 0
            async with aiohttp.ClientSession(base_url=url) as session:
                for i in range(rounds):
                    data = envelope("promise.create", id=f"{name}-{i}", timeoutAt=2**62)
                    async with session.post("/", json=data) as resp:
                        answered += (await resp.json())["head"]["status"] == 200
                    async with session.post(
                        "/", json=envelope("promise.get", id=f"{name}-{i}")
                    ) as resp:
                        answered += (await resp.json())["head"]["status"] == 200
            return answered

        async def pipeliner(port: int, name: str, rounds: int) -> int:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            requests = b"".join(post_bytes(create_bytes(f"{name}-{i}")) for i in range(rounds))
            writer.write(requests)
            await writer.drain()
            answered = 0
            for _ in range(rounds):
                _, answer = await read_response(reader)
                answered += json.loads(answer)["head"]["status"] == 200
            writer.close()
            return answered

        async def body(server: DevServer, s: aiohttp.ClientSession) -> None:
            proxy = DelayProxy(server.port, delay=0.002, seed=7)
            port = await proxy.start()
            try:
                proxied = f"http://127.0.0.1:{port}"
                first = await asyncio.gather(
                    *(client(proxied, f"p{n}", 10) for n in range(12)),
                    *(pipeliner(port, f"q{n}", 40) for n in range(3)),
                )
                assert first == [20] * 12 + [40] * 3
                second = await asyncio.gather(
                    *(client(server.url, f"d{n}", 10) for n in range(12)),
                    *(client(proxied, f"m{n}", 10) for n in range(4)),
                    *(pipeliner(server.port, f"r{n}", 40) for n in range(3)),
                )
                assert second == [20] * 16 + [40] * 3
            finally:
                await proxy.stop()

        run(tmp_path / "db", body)
