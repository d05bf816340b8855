"""The devserver frames HTTP/1.1 as h11 does: a differential run, and each divergence it found.

``bench/http_fuzz.py`` is the long run (a million inputs); this is a few thousand of the
same, plus the cases the differential run found on the hand-written parser, pinned one by
one against the oracle and against the outcome they must have.
"""

from __future__ import annotations

import asyncio

import pytest
from framing_fuzz import run
from framing_oracle import CLOSED, IDLE, INCOMPLETE, POLICY, REJECTED, Framing, expected_framing
from framing_probe import FramingProbe

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
        """Each place the server is stricter than h11 is a named rule, not an accident."""
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
