"""HTTP framing on literal bytes: request heads, chunked bodies, responses."""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest

from devserver.protocol import (
    MAX_DEPTH,
    MAX_ID_LENGTH,
    ProtocolError,
    validate_envelope,
    within_limits,
)
from devserver.wire import (
    HUGE_LENGTH,
    ChunkedBody,
    HttpError,
    chunk,
    parse_head,
    response,
)


class TestParseHead:
    """The request line and headers, as the SDK's aiohttp client sends them."""

    def test_request_line_headers_and_query(self) -> None:
        """Header names are case-insensitive; the query is split off the path."""
        head = parse_head(
            b"POST /debug/stats?reset=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\n"
            b"Authorization: Bearer t"
        )
        assert (head.method, head.path, head.query) == ("POST", "/debug/stats", "reset=1")
        assert head.headers["authorization"] == "Bearer t"
        assert head.length == 12
        assert head.keep_alive
        assert not head.chunked

    def test_connection_persistence_by_version(self) -> None:
        """HTTP/1.1 persists unless ``close`` is an option; HTTP/1.0 never does (as h11)."""
        assert not parse_head(b"GET / HTTP/1.1\r\nHost: h\r\nConnection: close").keep_alive
        assert not parse_head(b"GET / HTTP/1.1\r\nHost: h\r\nConnection: a, Close").keep_alive
        assert parse_head(b"GET / HTTP/1.1\r\nHost: h\r\nConnection: foo-close").keep_alive
        assert not parse_head(b"GET / HTTP/1.0").keep_alive
        assert not parse_head(b"GET / HTTP/1.0\r\nConnection: keep-alive").keep_alive

    def test_absolute_form_target_is_its_path(self) -> None:
        """A server must accept an absolute URI as the target (RFC 9112 3.2.2)."""
        head = parse_head(b"GET HTTP://h:1/debug/stats?reset=1 HTTP/1.1\r\nHost: h")
        assert (head.path, head.query) == ("/debug/stats", "reset=1")
        assert parse_head(b"GET http://h?x HTTP/1.1\r\nHost: h").path == "/"

    def test_repeated_list_headers_are_joined(self) -> None:
        """A repeated header is one comma-separated value, not 'the last one wins'."""
        head = parse_head(
            b"GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive\r\nConnection: close"
        )
        assert head.headers["connection"] == "keep-alive, close"
        assert not head.keep_alive

    @pytest.mark.parametrize(
        "raw",
        [
            b"GET /",
            b"GET / SPDY/3",
            b"GET  / HTTP/1.1",
            b"GET / HTTP/1.1\r\nno colon here",
            b"G(T / HTTP/1.1",  # a method is a token
            b"GET x/ HTTP/1.1",  # neither a path nor an absolute URI
            b"GET /\xff HTTP/1.1",  # a target is visible ASCII
            b"GET / HTTP/1.1",  # HTTP/1.1 needs a Host
            b"GET / HTTP/1.1\r\nHost: a\r\nHost: a",  # and only one
            b"GET / HTTP/1.1\nHost: a",  # a bare LF is not a line end
            b"GET /a\x00b HTTP/1.1",
            b"GET / HTTP/1.1\r\nX: 1\r\n folded: continuation",  # obs-fold
            b"GET / HTTP/1.1\r\nX: 1\r\n\tfolded",
            b"GET / HTTP/1.1\r\nContent-Length : 5",  # whitespace before the colon
            b"GET / HTTP/1.1\r\nBad Name: 5",
            b"GET / HTTP/1.1\r\nX: a\nContent-Length: 5",  # a bare LF inside a value
            b"GET / HTTP/1.1\r\nX: a\rb",
        ],
    )
    def test_malformed_heads_are_400(self, raw: bytes) -> None:
        """Anything but ``METHOD SP /target SP HTTP/1.x`` and ``token: value`` lines."""
        with pytest.raises(HttpError) as err:
            parse_head(raw)
        assert err.value.status == 400

    def test_other_http_versions_are_505(self) -> None:
        """A well-formed version this server does not speak is a 505, not a guess."""
        with pytest.raises(HttpError) as err:
            parse_head(b"GET / HTTP/2.0")
        assert err.value.status == 505


class TestBodyFraming:
    """Every way a body's length could be read two ways is refused (request smuggling)."""

    @pytest.mark.parametrize(
        "headers",
        [
            b"Content-Length: -5",
            b"Content-Length: +5",
            b"Content-Length: 0x10",
            b"Content-Length: 5, 6",
            b"Content-Length: 5,",
            b"Content-Length: 1_0",
            b"Content-Length: \xb2",  # latin-1 superscript two: str.isdigit() says yes
            b"Content-Length:",
            b"Content-Length: 5\r\nContent-Length: 6",
            b"Content-Length: 5\r\nTransfer-Encoding: chunked",
            b"Transfer-Encoding: chunked\r\nContent-Length: 5",
        ],
    )
    def test_ambiguous_lengths_are_400(self, headers: bytes) -> None:
        """Signs, hex, lists, non-ASCII digits, conflicting or combined lengths."""
        with pytest.raises(HttpError) as err:
            parse_head(b"POST / HTTP/1.1\r\nHost: h\r\n" + headers)
        assert err.value.status == 400

    @pytest.mark.parametrize(
        "coding",
        [b"gzip, chunked", b"chunked, gzip", b"xchunked", b"chunked\r\nTransfer-Encoding: chunked"],
    )
    def test_codings_other_than_plain_chunked_are_refused(self, coding: bytes) -> None:
        """Only ``chunked`` alone is decoded; anything else is refused, never half-read."""
        with pytest.raises(HttpError) as err:
            parse_head(b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: " + coding)
        assert err.value.status == 501

    def test_chunked_in_http_1_0_is_400(self) -> None:
        """HTTP/1.0 has no chunked coding: a request claiming it is faulty."""
        with pytest.raises(HttpError) as err:
            parse_head(b"POST / HTTP/1.0\r\nTransfer-Encoding: chunked")
        assert err.value.status == 400

    def test_identical_repeated_length_and_huge_length(self) -> None:
        """A length repeated (as a field or a list) is one length; a huge one is 'too large'."""
        post = b"POST / HTTP/1.1\r\nHost: h\r\n"
        assert parse_head(post + b"Content-Length: 7\r\ncontent-length: 7").length == 7
        assert parse_head(post + b"Content-Length: 7 , 7\r\ncontent-length: 7").length == 7
        huge = parse_head(post + b"Content-Length: " + b"9" * 5000)
        assert huge.length == HUGE_LENGTH
        assert parse_head(post + b"Transfer-Encoding: Chunked").chunked


def decode(raw: bytes, limit: int = 100, pieces: int = 1) -> tuple[bytes | None, bytes]:
    """Feed ``raw`` to a decoder in ``pieces`` slices: ``(body or None, bytes not consumed)``."""
    decoder = ChunkedBody(limit)
    buf = bytearray()
    step = max(1, len(raw) // pieces)
    for at in range(0, len(raw), step):
        buf += raw[at : at + step]
        body = decoder.feed(buf)
        if body is not None:
            return body, bytes(buf) + raw[at + step :]
    return None, bytes(buf)


class TestChunkedBody:
    """Chunked request bodies, decoded as they arrive."""

    @pytest.mark.parametrize("pieces", [1, 3, 1000])
    def test_complete_body_with_extension_and_trailer(self, pieces: int) -> None:
        """Chunks are joined; extensions and trailers skipped; the next request is left."""
        raw = b"4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Trailer: 1\r\n\r\nNEXT"
        body, rest = decode(raw, pieces=pieces)
        assert body == b"Wikipedia"
        assert rest == b"NEXT"

    @pytest.mark.parametrize("cut", [1, 5, 9, 12, 13])
    def test_partial_body_waits(self, cut: int) -> None:
        """Any prefix of a chunked body is 'not yet', never an error."""
        assert decode(b"4\r\nWiki\r\n0\r\n\r\n"[:cut])[0] is None

    def test_limit_is_413(self) -> None:
        """Past the limit is 413, known from the size line before the data arrives."""
        with pytest.raises(HttpError) as too_big:
            decode(b"10\r\n", limit=8)
        assert too_big.value.status == 413

    @pytest.mark.parametrize(
        "raw",
        [
            b"zz\r\n",
            b"2\r\nabXY0\r\n\r\n",  # no CRLF after the data
            b"0x2\r\nab\r\n0\r\n\r\n",  # int(.., 16) would take these three
            b"+2\r\nab\r\n0\r\n\r\n",
            b"1_0\r\n",
            b"\r\n",  # an empty size
            b"4\nWiki\r\n",  # a bare LF
            b"1" * 21 + b"\r\n",  # more hex digits than h11 takes
            b"4 ;x\r\n",  # no space before an extension (h11)
            b"4;a\nb\r\nWiki\r\n",  # a bare LF inside an extension
            b"2\r\nabX",  # a wrong byte after the data, refused before the next arrives
            b"0\r\nno colon\r\n\r\n",  # trailers are checked like headers
            b"0\r\nX: y\n",  # a bare LF in trailers, refused at once
            b"4;" + b"e" * 5000,  # an extension that never ends
            b"0\r\n" + b"X: y\r\n" * 20_000,  # trailers without end
        ],
    )
    def test_malformed_or_unbounded_chunks_are_400(self, raw: bytes) -> None:
        """Sizes are plain hex; every line, and the trailers, are bounded."""
        with pytest.raises(HttpError) as bad:
            decode(raw, limit=1 << 40)
        assert bad.value.status == 400


class TestResponses:
    """What the server writes back."""

    def test_response_has_length_and_optional_close(self) -> None:
        """Content-Length matches the body; ``close`` adds ``Connection: close``."""
        out = response(404, b'{"a":1}', close=True)
        assert out.startswith(b"HTTP/1.1 404 Not Found\r\n")
        assert b"Content-Length: 7\r\n" in out
        assert b"Connection: close\r\n" in out
        assert out.endswith(b'\r\n\r\n{"a":1}')
        assert b"Connection" not in response(200, b"")

    def test_chunk_framing(self) -> None:
        """A chunk is its hex length, CRLF, the data, CRLF."""
        assert chunk(b"data: {}\n\n" * 2) == b"14\r\n" + b"data: {}\n\n" * 2 + b"\r\n"


class TestWithinLimits:
    """The byte-level shortcut never skips a check the full walk would fail."""

    @pytest.mark.parametrize(
        "data",
        [
            {"timeoutAt": 2**64},
            {"timeoutAt": -(2**63) - 1},
            {"id": "x" * (MAX_ID_LENGTH + 1)},
            {"param": functools.reduce(lambda inner, _: [inner], range(MAX_DEPTH + 1), [])},
        ],
    )
    def test_violations_are_never_within_limits(self, data: dict[str, Any]) -> None:
        """Each kind of violation makes the shortcut decline, and the walk then refuses."""
        head = {"corrId": "c", "version": "2026-04-01"}
        raw = json.dumps({"kind": "promise.create", "head": head, "data": data}).encode()
        assert not within_limits(raw)
        with pytest.raises(ProtocolError):
            validate_envelope(json.loads(raw), raw)

    def test_ordinary_request_takes_the_shortcut(self) -> None:
        """A typical SDK request is judged from its bytes alone."""
        head = {"corrId": "c", "version": "2026-04-01"}
        data = {"id": "wf", "version": 3, "ttl": 60000}
        raw = json.dumps({"kind": "task.fence", "head": head, "data": data}).encode()
        assert within_limits(raw)
        assert validate_envelope(json.loads(raw), raw)["id"] == "wf"
