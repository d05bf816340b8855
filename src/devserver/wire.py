"""HTTP/1.1 framing for the front end: request heads, bodies, responses. No I/O.

The server speaks a small, fixed slice of HTTP -- ``POST /`` with a JSON body, a few
``GET`` routes and one streamed response -- to SDK clients on the same machine. A general
web framework spent about as much CPU per request as the whole state machine and its
SQLite commit together (measured: ~150 us against ~60 us for a bare protocol), so the
framing is done here, by hand, on the bytes: pure functions, each testable with a literal.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus

#: Largest request head (request line plus headers) accepted.
MAX_HEAD_BYTES = 64 * 1024

_REASONS = {s.value: s.phrase for s in HTTPStatus}


class HttpError(Exception):
    """A request that cannot be framed: answered with ``status``, then the connection closes."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class RequestHead:
    """A parsed request line and headers (names lower-cased; a repeated header keeps the last)."""

    method: str
    path: str
    query: str
    version: str
    headers: dict[str, str]

    @property
    def keep_alive(self) -> bool:
        """Whether the connection stays open after the response (HTTP/1.1 default: yes)."""
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.1":
            return "close" not in connection
        return "keep-alive" in connection

    @property
    def chunked(self) -> bool:
        return "chunked" in self.headers.get("transfer-encoding", "").lower()

    def content_length(self) -> int:
        """The declared body length (0 when absent); a malformed value is a 400."""
        raw = self.headers.get("content-length")
        if raw is None:
            return 0
        raw = raw.strip()
        if not raw.isdigit():
            raise HttpError(400, "malformed Content-Length")
        return int(raw)


def parse_head(head: bytes) -> RequestHead:
    """Parse everything before the blank line that ends a request head."""
    try:
        text = head.decode("latin-1")
    except UnicodeDecodeError as exc:  # pragma: no cover - latin-1 decodes every byte
        raise HttpError(400, "undecodable request head") from exc
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise HttpError(400, "malformed request line")
    method, target, version = parts
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise HttpError(400, "malformed header line")
        headers[name.lower()] = value.strip()
    path, _, query = target.partition("?")
    return RequestHead(method, path, query, version, headers)


def parse_chunked(buf: bytes | bytearray, start: int, limit: int) -> tuple[bytes, int] | None:
    """Decode a complete chunked body at ``buf[start:]``: ``(body, end)``, or ``None`` if partial.

    Raises :class:`HttpError` (413) once the decoded body exceeds ``limit``, and 400 on a
    malformed chunk. Trailers are read and ignored.
    """
    body = bytearray()
    pos = start
    while True:
        eol = buf.find(b"\r\n", pos)
        if eol < 0:
            return None
        size_text = bytes(buf[pos:eol]).split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError as exc:
            raise HttpError(400, "malformed chunk size") from exc
        if size < 0:
            raise HttpError(400, "malformed chunk size")
        if len(body) + size > limit:
            raise HttpError(413, f"request body exceeds {limit} bytes")
        pos = eol + 2
        if size == 0:
            # Trailer lines, then the blank line that ends the message.
            while True:
                eol = buf.find(b"\r\n", pos)
                if eol < 0:
                    return None
                if eol == pos:
                    return bytes(body), eol + 2
                pos = eol + 2
        if len(buf) < pos + size + 2:
            return None
        if buf[pos + size : pos + size + 2] != b"\r\n":
            raise HttpError(400, "malformed chunk")
        body += buf[pos : pos + size]
        pos += size + 2


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
