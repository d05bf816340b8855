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
from devserver.wire import HttpError, chunk, parse_chunked, parse_head, response


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
        assert head.content_length() == 12
        assert head.keep_alive
        assert not head.chunked

    def test_connection_persistence_by_version(self) -> None:
        """HTTP/1.1 persists unless told to close; HTTP/1.0 only when asked to."""
        assert not parse_head(b"GET / HTTP/1.1\r\nConnection: close").keep_alive
        assert not parse_head(b"GET / HTTP/1.0").keep_alive
        assert parse_head(b"GET / HTTP/1.0\r\nConnection: keep-alive").keep_alive

    @pytest.mark.parametrize(
        "raw",
        [b"GET /", b"GET / SPDY/3", b"GET  / HTTP/1.1", b"GET / HTTP/1.1\r\nno colon here"],
    )
    def test_malformed_heads_are_400(self, raw: bytes) -> None:
        """Anything but ``METHOD SP target SP HTTP/1.x`` and ``name: value`` lines."""
        with pytest.raises(HttpError) as err:
            parse_head(raw)
        assert err.value.status == 400

    def test_malformed_content_length_is_400(self) -> None:
        """A length that is not a plain decimal number is refused, not guessed."""
        with pytest.raises(HttpError):
            parse_head(b"POST / HTTP/1.1\r\nContent-Length: -5").content_length()


class TestParseChunked:
    """Chunked request bodies, complete or not yet."""

    def test_complete_body_with_extension_and_trailer(self) -> None:
        """Chunks are joined; extensions and trailers are skipped; the end is reported."""
        raw = b"xx4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Trailer: 1\r\n\r\nNEXT"
        assert parse_chunked(raw, 2, 100) == (b"Wikipedia", len(raw) - 4)

    @pytest.mark.parametrize("cut", [1, 5, 9, 12, 13])
    def test_partial_body_waits(self, cut: int) -> None:
        """Any prefix of a chunked body is 'not yet', never an error."""
        raw = b"4\r\nWiki\r\n0\r\n\r\n"
        assert parse_chunked(raw[:cut], 0, 100) is None

    def test_limit_and_malformed_chunks(self) -> None:
        """Past the limit is 413; a bad size or a missing CRLF after the data is 400."""
        with pytest.raises(HttpError) as too_big:
            parse_chunked(b"10\r\n", 0, 8)
        assert too_big.value.status == 413
        for raw in (b"zz\r\n", b"2\r\nabXY0\r\n\r\n"):
            with pytest.raises(HttpError) as bad:
                parse_chunked(raw, 0, 100)
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
        raw = json.dumps({"kind": "promise.create", "head": {}, "data": data}).encode()
        assert not within_limits(raw)
        with pytest.raises(ProtocolError):
            validate_envelope(json.loads(raw), raw)

    def test_ordinary_request_takes_the_shortcut(self) -> None:
        """A typical SDK request is judged from its bytes alone."""
        raw = json.dumps(
            {"kind": "task.fence", "head": {}, "data": {"id": "wf", "version": 3, "ttl": 60000}}
        ).encode()
        assert within_limits(raw)
        assert validate_envelope(json.loads(raw), raw)["id"] == "wf"
