"""The devserver frames HTTP/1.1 as h11 does: a differential run, and each divergence it found.

``bench/http_fuzz.py`` is the long run (a million inputs); this is a few thousand of the
same, plus the cases the differential run found on the hand-written parser, pinned one by
one against the oracle and against the outcome they must have.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp
import h11
import pytest
from framing_fuzz import run
from framing_oracle import CLOSED, IDLE, INCOMPLETE, POLICY, REJECTED, Framing, expected_framing
from framing_probe import FramingProbe
from test_http import envelope
from test_http import run as run_server

from devserver import DevServer
from devserver.wire import MAX_CHUNK_LINE_BYTES, MAX_HEAD_BYTES

MAX_BODY = 1024
POST_CHUNKED = b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
GET = b"GET / HTTP/1.1\r\nHost: h\r\n\r\n"


def frame(reads: list[bytes]) -> Framing:
    async def probe() -> Framing:
        return FramingProbe(max_body=MAX_BODY).frame(reads)

    return asyncio.run(probe())


class TestDifferentialRun:
    """Generated and mutated streams, split every way, framed by both parsers."""

    def test_thousands_of_streams_frame_as_h11_does(self) -> None:
        """No crash, hang or divergence, over inputs that reach every kind of end."""
        report = run(3000, seed=2026, every_byte_share=0.25)
        assert dict(report.found) == {}, report.examples[:3]
        assert report.sources["generated"] > 1000
        assert report.sources["mutated"] > 1000
        assert all(report.ends[end] > 100 for end in (IDLE, INCOMPLETE, CLOSED, REJECTED))
        assert report.messages > 1500
        assert report.feeds > 2 * report.inputs

    def test_policy_rules_are_written_down(self) -> None:
        """Each place the server departs from h11 is a named rule, not an accident."""
        assert len(POLICY) == len(set(POLICY)) >= 10


#: ``(stream, end, requests framed)``: each was framed differently from h11 before the fix.
FOUND = {
    "bare LF inside a chunk extension (a smuggling vector behind an LF-tolerant proxy)": (
        POST_CHUNKED + b"5;a\nb\r\nhello\r\n0\r\n\r\n" + GET,
        REJECTED,
        0,
    ),
    "'close' is matched as a Connection option, not a substring": (
        b"GET / HTTP/1.1\r\nHost: h\r\nConnection: foo-close\r\n\r\n" + GET,
        IDLE,
        2,
    ),
    "'close' among several Connection options still closes": (
        b"GET / HTTP/1.1\r\nHost: h\r\nConnection: Keep-Alive, close\r\n\r\n" + GET,
        CLOSED,
        1,
    ),
    "HTTP/1.0 keep-alive is not honoured (as h11)": (
        b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n" + GET,
        CLOSED,
        1,
    ),
    "a head with bare LF line ends is refused at once, not after the request deadline": (
        b"GET / HTTP/1.1\nHost: h\n\n",
        REJECTED,
        0,
    ),
    "a request starting with a control byte is refused at once": (b"\x16\x03\x01", REJECTED, 0),
    "a Content-Length list of one value is that value (RFC 9112 6.3)": (
        b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2, 2\r\n\r\nok" + GET,
        IDLE,
        2,
    ),
    "an absolute-form target is accepted (RFC 9112 3.2.2)": (
        b"GET http://h/healthz HTTP/1.1\r\nHost: h\r\n\r\n",
        IDLE,
        1,
    ),
    "HTTP/1.1 without Host is refused": (b"GET / HTTP/1.1\r\n\r\n", REJECTED, 0),
    "two Host fields are refused even when equal": (
        b"GET / HTTP/1.1\r\nHost: h\r\nHost: h\r\n\r\n",
        REJECTED,
        0,
    ),
    "a target with obs-text is refused": (b"GET /\xff HTTP/1.1\r\nHost: h\r\n\r\n", REJECTED, 0),
    "a chunk size with leading zeros up to 20 digits is a size": (
        POST_CHUNKED + b"0" * 19 + b"2\r\nok\r\n0\r\n\r\n",
        IDLE,
        1,
    ),
    "whitespace before a chunk extension is refused (as h11)": (
        POST_CHUNKED + b"2 ;x\r\nok\r\n0\r\n\r\n",
        REJECTED,
        0,
    ),
    "a wrong byte after chunk data is refused without waiting for another": (
        POST_CHUNKED + b"2\r\nokX",
        REJECTED,
        0,
    ),
    "a malformed trailer line is refused": (
        POST_CHUNKED + b"0\r\nno colon\r\n\r\n",
        REJECTED,
        0,
    ),
    "a bare LF in trailers is refused at once": (POST_CHUNKED + b"0\r\nX: y\n", REJECTED, 0),
    "a framing field in trailers is checked as in a head": (
        POST_CHUNKED + b"0\r\nTransfer-Encoding: gzip\r\n\r\n",
        REJECTED,
        0,
    ),
    "a head of exactly the limit is accepted": (
        b"GET / HTTP/1.1\r\nHost: h\r\nX: "
        + b"a" * (MAX_HEAD_BYTES - len(b"GET / HTTP/1.1\r\nHost: h\r\nX: "))
        + b"\r\n\r\n",
        IDLE,
        1,
    ),
    "a chunk line of exactly the limit is accepted": (
        POST_CHUNKED + b"2;" + b"e" * (MAX_CHUNK_LINE_BYTES - 2) + b"\r\nok\r\n0\r\n\r\n",
        IDLE,
        1,
    ),
}


class TestFoundDivergences:
    """Each divergence the differential run found, now framed as the oracle frames it."""

    @pytest.mark.parametrize("case", list(FOUND), ids=list(FOUND))
    def test_framed_as_the_oracle_frames_it(self, case: str) -> None:
        """Whole, in two reads either side of the last byte, and one byte per read."""
        data, end, count = FOUND[case]
        expected = expected_framing(data, max_body=MAX_BODY)
        assert (expected.end, len(expected.messages)) == (end, count)
        small = len(data) <= 4096
        for reads in (
            [data],
            [data[:-1], data[-1:]],
            *([[data[i : i + 1] for i in range(len(data))]] if small else []),
        ):
            assert frame(reads) == expected


class H11Client:
    """One keep-alive connection to a live server, its responses read by h11."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.conn = h11.Connection(h11.CLIENT)

    async def send(self, method: str, target: str, body: bytes = b"") -> None:
        headers = [("Host", "x"), ("Content-Length", str(len(body)))]
        out = self.conn.send(h11.Request(method=method, target=target, headers=headers))
        out += self.conn.send(h11.Data(data=body)) if body else b""
        self.writer.write(out + self.conn.send(h11.EndOfMessage()))
        await self.writer.drain()

    async def next_event(self) -> h11.Event:
        while (event := self.conn.next_event()) is h11.NEED_DATA:
            self.conn.receive_data(await self.reader.read(65536))
        assert isinstance(event, h11.Event)
        return event

    async def exchange(self, method: str, target: str, body: bytes = b"") -> tuple[int, bytes]:
        await self.send(method, target, body)
        response = await self.next_event()
        assert isinstance(response, h11.Response)
        data = b""
        while not isinstance(event := await self.next_event(), h11.EndOfMessage):
            assert isinstance(event, h11.Data)
            data += event.data
        self.conn.start_next_cycle()
        return response.status_code, data


class TestResponsesAsH11ReadsThem:
    """The other direction: what the server writes, read by h11 as a strict client."""

    def test_answers_on_one_connection_and_an_sse_stream(self, tmp_path: Path) -> None:
        """Length-framed answers (a HEAD's without a body), then a chunked SSE stream."""

        async def body(server: DevServer, _: aiohttp.ClientSession) -> None:
            client = H11Client(*await asyncio.open_connection(server.host, server.port))
            assert await client.exchange("GET", "/healthz") == (200, b'{"status":"ok"}')
            assert await client.exchange("HEAD", "/healthz") == (200, b"")
            create = envelope("promise.create", id="h11-p", timeoutAt=2**62)
            status, answer = await client.exchange("POST", "/", json.dumps(create).encode())
            assert 200 <= status < 300
            assert json.loads(answer)["data"]["promise"]["id"] == "h11-p"
            status, answer = await client.exchange("GET", "/nowhere")
            assert status == 404
            assert json.loads(answer)["head"]["status"] == 404
            await client.send("GET", "/poll/g/h11")
            stream = await client.next_event()
            assert isinstance(stream, h11.Response)
            assert (b"content-type", b"text/event-stream") in stream.headers
            comments = [await client.next_event() for _ in range(2)]
            assert [c.data for c in comments if isinstance(c, h11.Data)] == [
                b": connected\n\n",
                b": keepalive\n\n",
            ]
            client.writer.close()

        run_server(tmp_path / "db", body)
