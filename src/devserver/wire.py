"""HTTP/1.1 framing for the front end: request heads, bodies, responses. No I/O.

The server speaks a small, fixed slice of HTTP -- ``POST /`` with a JSON body, a few
``GET`` routes and one streamed response -- to SDK clients on the same machine. A general
web framework spent about as much CPU per request as the whole state machine and its
SQLite commit together (measured: ~150 us against ~60 us for a bare protocol), so the
framing is done here, by hand, on the bytes: pure functions, each testable with a literal.

Strict where leniency would be ambiguous (RFC 9112): a message whose body length could be
read two ways -- ``Content-Length`` with ``Transfer-Encoding``, two different lengths, a
length that is not plain digits, a chunk size that is not plain hex, a header folded over
lines or carrying a bare CR or LF -- is refused with 400 and the connection closed, so no
byte of it can be taken for the start of another request. Every line has a length bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from http import HTTPStatus

#: Largest request head (request line plus headers) accepted.
MAX_HEAD_BYTES = 64 * 1024
#: Largest chunk-size line (size plus extensions) or trailer line of a chunked body.
MAX_CHUNK_LINE_BYTES = 4096
#: ``Content-Length`` digits beyond which the value is only "too large" (no bignum parsing).
_MAX_LENGTH_DIGITS = 18
#: Stands for a declared length too large to represent usefully.
HUGE_LENGTH = 10**_MAX_LENGTH_DIGITS

_REASONS = {s.value: s.phrase for s in HTTPStatus}
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: Control characters other than HTAB: never valid in a field value or request target.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
#: Headers whose repetitions cannot be merged into one comma-separated value.
_SINGLETONS = ("host", "content-length")


class HttpError(Exception):
    """A request that cannot be framed: answered with ``status``, then the connection closes."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class RequestHead:
    """A parsed request line and headers, with its body framing already decided.

    Header names are lower-cased; repetitions of a list header are joined with ``", "``.
    ``length`` is the ``Content-Length`` (0 when absent) and meaningless when ``chunked``.
    """

    method: str
    path: str
    query: str
    version: str
    headers: dict[str, str]
    chunked: bool = False
    length: int = 0

    @property
    def keep_alive(self) -> bool:
        """Whether the connection stays open after the response (HTTP/1.1 default: yes)."""
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.1":
            return "close" not in connection
        return "keep-alive" in connection


def parse_head(head: bytes) -> RequestHead:
    """Parse everything before the blank line that ends a request head."""
    text = head.decode("latin-1")  # every byte decodes; what is not allowed is checked below
    lines = text.split("\r\n")
    method, path, query, version = _request_line(lines[0])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        # A name must be a bare token: no leading whitespace (obs-fold, a continuation
        # line), none before the colon, which proxies disagree about.
        if not sep or _TOKEN.fullmatch(name) is None:
            raise HttpError(400, "malformed header line")
        value = value.strip(" \t")
        if _CONTROL.search(value):
            raise HttpError(400, "control character in a header value")
        key = name.lower()
        if key in headers:
            if key in _SINGLETONS and headers[key] != value:
                raise HttpError(400, f"conflicting {name} headers")
            if key not in _SINGLETONS:
                headers[key] = f"{headers[key]}, {value}"
            continue
        headers[key] = value
    chunked, length = _body_framing(version, headers)
    return RequestHead(method, path, query, version, headers, chunked, length)


def _request_line(line: str) -> tuple[str, str, str, str]:
    parts = line.split(" ")
    if len(parts) != 3:
        raise HttpError(400, "malformed request line")
    method, target, version = parts
    if _TOKEN.fullmatch(method) is None:
        raise HttpError(400, "malformed request method")
    if not target.startswith("/") or _CONTROL.search(target):
        raise HttpError(400, "malformed request target")
    if version not in ("HTTP/1.1", "HTTP/1.0"):
        if version.startswith("HTTP/"):
            raise HttpError(505, f"{version} is not supported")
        raise HttpError(400, "malformed request line")
    path, _, query = target.partition("?")
    return method, path, query, version


def _body_framing(version: str, headers: dict[str, str]) -> tuple[bool, int]:
    """``(chunked, length)`` of the body, or a 4xx/5xx for any framing two parsers could read
    two ways."""
    coding = headers.get("transfer-encoding")
    raw_length = headers.get("content-length")
    if coding is not None:
        if raw_length is not None:
            raise HttpError(400, "both Content-Length and Transfer-Encoding")
        if version != "HTTP/1.1":
            raise HttpError(400, "Transfer-Encoding in an HTTP/1.0 request")
        if coding.lower() != "chunked":
            raise HttpError(501, f"unsupported Transfer-Encoding {coding!r}")
        return True, 0
    if raw_length is None:
        return False, 0
    if not raw_length or not raw_length.isascii() or not raw_length.isdigit():
        raise HttpError(400, "malformed Content-Length")
    if len(raw_length) > _MAX_LENGTH_DIGITS:
        return False, HUGE_LENGTH
    return False, int(raw_length)


class ChunkedBody:
    """Decodes one chunked request body as it arrives, consuming it from a buffer.

    Each byte is looked at once however the body is split across reads, and nothing is
    kept beyond the decoded body (bounded by ``limit``) and one line of at most
    :data:`MAX_CHUNK_LINE_BYTES`. Trailers are read and dropped.
    """

    __slots__ = ("_body", "_limit", "_remaining", "_state", "_trailer_bytes")

    _SIZE, _DATA, _DATA_END, _TRAILER = range(4)

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._body = bytearray()
        self._state = self._SIZE
        self._remaining = 0
        self._trailer_bytes = 0

    @property
    def size(self) -> int:
        """Bytes of body decoded so far."""
        return len(self._body)

    def feed(self, buf: bytearray) -> bytes | None:
        """Consume what ``buf`` holds of the body: the body once complete, else ``None``.

        Raises :class:`HttpError`: 413 once the body would exceed the limit, 400 for a
        malformed chunk, an over-long line, or over-long trailers.
        """
        while True:
            if self._state == self._DATA:
                take = min(self._remaining, len(buf))
                self._body += buf[:take]
                del buf[:take]
                self._remaining -= take
                if self._remaining:
                    return None
                self._state = self._DATA_END
                continue
            if self._state == self._DATA_END:
                if len(buf) < 2:
                    return None
                if buf[:2] != b"\r\n":
                    raise HttpError(400, "malformed chunk: no CRLF after the data")
                del buf[:2]
                self._state = self._SIZE
                continue
            line = _take_line(buf)
            if line is None:
                return None
            if self._state == self._SIZE:
                self._chunk_size(line)
            elif not line:  # the blank line after the trailers ends the message
                return bytes(self._body)
            else:
                self._trailer_bytes += len(line) + 2
                if self._trailer_bytes > MAX_HEAD_BYTES:
                    raise HttpError(400, "chunked trailers too large")

    def _chunk_size(self, line: bytes) -> None:
        digits = line.split(b";", 1)[0].rstrip(b" \t")
        if _HEX.fullmatch(digits) is None:
            raise HttpError(400, "malformed chunk size")
        size = int(digits, 16)
        if len(self._body) + size > self._limit:
            raise HttpError(413, f"request body exceeds {self._limit} bytes")
        if size == 0:
            self._state = self._TRAILER
        else:
            self._state = self._DATA
            self._remaining = size


def _take_line(buf: bytearray) -> bytes | None:
    """The next CRLF-terminated line off ``buf`` (without the CRLF), or ``None`` if partial."""
    eol = buf.find(b"\r\n", 0, MAX_CHUNK_LINE_BYTES + 2)
    if eol < 0:
        if len(buf) > MAX_CHUNK_LINE_BYTES:
            raise HttpError(400, "chunk line too long")
        return None
    line = bytes(buf[:eol])
    del buf[: eol + 2]
    return line


def response(
    status: int, body: bytes, content_type: str = "application/json", *, close: bool = False
) -> bytes:
    """A complete response with a ``Content-Length`` body."""
    head = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
    )
    if close:
        head += "Connection: close\r\n"
    return head.encode("latin-1") + b"\r\n" + body


#: The head of a streamed (chunked) Server-Sent Events response.
SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
    b"X-Accel-Buffering: no\r\nTransfer-Encoding: chunked\r\n\r\n"
)
#: The terminating chunk of a streamed response.
LAST_CHUNK = b"0\r\n\r\n"


def chunk(data: bytes) -> bytes:
    """One chunk of a chunked response body."""
    return b"%x\r\n%s\r\n" % (len(data), data)
