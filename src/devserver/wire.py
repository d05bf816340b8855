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

Everything else frames exactly as h11 does: ``tests/devserver/framing_*.py`` feed generated
and mutated byte streams, split every way, to both and compare each message boundary, body
and refusal (``bench/http_fuzz.py`` is the long run). Where this module departs from
h11, the rule is written down once, in ``framing_oracle.POLICY``.
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
#: Control characters other than HTAB: never valid in a field value.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
#: A request target is visible ASCII only (RFC 9112 3.2; no obs-text, no controls).
_TARGET = re.compile(r"[\x21-\x7e]+")
#: The scheme and authority of an absolute-form target, which a server must accept.
_ABSOLUTE_PREFIX = re.compile(r"https?://[^/?#]*", re.IGNORECASE)
#: A chunk-size line: hex size (h11's bound of 20 digits), then extensions up to the CRLF
#: (anything but a bare LF), then optional trailing whitespace. No space before the ``;``.
_CHUNK_LINE = re.compile(rb"([0-9A-Fa-f]{1,20})(?:;[^\n]*)?[ \t]*")


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
        """Whether the connection stays open after the response.

        HTTP/1.1 unless ``close`` is one of the ``Connection`` options; never HTTP/1.0 (its
        ``keep-alive`` option is optional to honour, and h11 does not).
        """
        if self.version != "HTTP/1.1":
            return False
        connection = self.headers.get("connection")
        if connection is None:
            return True
        return all(option.strip(" \t").lower() != "close" for option in connection.split(","))


def _has_bare_lf(data: bytes | bytearray) -> bool:
    """Whether ``data`` holds a LF that is not the end of a CRLF (refused, not a line end)."""
    return data.count(b"\n") != data.count(b"\r\n")


def parse_head(head: bytes) -> RequestHead:
    """Parse everything before the blank line that ends a request head."""
    if _has_bare_lf(head):
        raise HttpError(400, "bare LF in the request head; lines end with CRLF")
    text = head.decode("latin-1")  # every byte decodes; what is not allowed is checked below
    lines = text.split("\r\n")
    method, path, query, version = _request_line(lines[0])
    headers = parse_fields(lines[1:], request=True)
    if version == "HTTP/1.1" and "host" not in headers:
        raise HttpError(400, "missing Host header")
    chunked, length = _body_framing(version, headers)
    return RequestHead(method, path, query, version, headers, chunked, length)


def parse_fields(lines: list[str], *, request: bool) -> dict[str, str]:
    """Header (or trailer) lines as a dict: names lower-cased, repetitions joined.

    ``Content-Length`` is reduced to its one value (a list of equal values is that value,
    RFC 9112 6.3); a second, different one is refused. A request carries one ``Host``.
    """
    fields: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.partition(":")
        # A name must be a bare token: no leading whitespace (obs-fold, a continuation
        # line), none before the colon, which proxies disagree about.
        if not sep or _TOKEN.fullmatch(name) is None:
            raise HttpError(400, "malformed header line")
        value = value.strip(" \t")
        if _CONTROL.search(value):
            raise HttpError(400, "control character in a header value")
        key = name.lower()
        if key == "content-length":
            value = _one_length(value)
        previous = fields.get(key)
        if previous is None:
            fields[key] = value
        elif key == "content-length":
            if previous != value:
                raise HttpError(400, "conflicting Content-Length headers")
        elif key == "host" and request:
            raise HttpError(400, "more than one Host header")
        else:
            fields[key] = f"{previous}, {value}"
    coding = fields.get("transfer-encoding")
    if coding is not None and coding.lower() != "chunked":
        raise HttpError(501, f"unsupported Transfer-Encoding {coding!r}")
    return fields


def _one_length(value: str) -> str:
    """The digits of a ``Content-Length`` value, which may repeat one length as a list."""
    lengths = {part.strip(" \t") for part in value.split(",")}
    if len(lengths) != 1:
        raise HttpError(400, "conflicting Content-Length values")
    length = lengths.pop()
    if not length or not length.isascii() or not length.isdigit():
        raise HttpError(400, "malformed Content-Length")
    return length


def _request_line(line: str) -> tuple[str, str, str, str]:
    parts = line.split(" ")
    if len(parts) != 3:
        raise HttpError(400, "malformed request line")
    method, target, version = parts
    if _TOKEN.fullmatch(method) is None:
        raise HttpError(400, "malformed request method")
    if _TARGET.fullmatch(target) is None:
        raise HttpError(400, "malformed request target")
    if not target.startswith("/"):
        absolute = _ABSOLUTE_PREFIX.match(target)
        if absolute is None:
            raise HttpError(400, "request target is neither a path nor an http(s) URI")
        target = target[absolute.end() :]
        if not target.startswith("/"):
            target = "/" + target
    if version not in ("HTTP/1.1", "HTTP/1.0"):
        if version.startswith("HTTP/"):
            raise HttpError(505, f"{version} is not supported")
        raise HttpError(400, "malformed request line")
    path, _, query = target.partition("?")
    return method, path, query, version


def _body_framing(version: str, headers: dict[str, str]) -> tuple[bool, int]:
    """``(chunked, length)`` of the body, or a 4xx for any framing two parsers could read
    two ways."""
    coding = headers.get("transfer-encoding")
    raw_length = headers.get("content-length")
    if coding is not None:
        if raw_length is not None:
            raise HttpError(400, "both Content-Length and Transfer-Encoding")
        if version != "HTTP/1.1":
            raise HttpError(400, "Transfer-Encoding in an HTTP/1.0 request")
        return True, 0
    if raw_length is None:
        return False, 0
    if len(raw_length) > _MAX_LENGTH_DIGITS:
        return False, HUGE_LENGTH
    return False, int(raw_length)


class ChunkedBody:
    """Decodes one chunked request body as it arrives, consuming it from a buffer.

    Each byte is looked at once however the body is split across reads, and nothing is
    kept beyond the decoded body (bounded by ``limit``), one line of at most
    :data:`MAX_CHUNK_LINE_BYTES` and the trailers (bounded by :data:`MAX_HEAD_BYTES`).
    Trailers are checked like headers, then dropped.
    """

    __slots__ = ("_body", "_limit", "_remaining", "_state", "_trailer_bytes", "_trailers")

    _SIZE, _DATA, _DATA_END, _TRAILER = range(4)

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._body = bytearray()
        self._state = self._SIZE
        self._remaining = 0
        self._trailer_bytes = 0
        self._trailers: list[str] = []

    @property
    def size(self) -> int:
        """Bytes of body decoded so far."""
        return len(self._body)

    def feed(self, buf: bytearray) -> bytes | None:
        """Consume what ``buf`` holds of the body: the body once complete, else ``None``.

        Raises :class:`HttpError`: 413 once the body would exceed the limit, 400 for a
        malformed chunk or trailer, an over-long line, or over-long trailers.
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
                if not _take_crlf(buf):
                    return None
                self._state = self._SIZE
                continue
            if self._state == self._TRAILER:
                lf = buf.find(b"\n", 0, MAX_CHUNK_LINE_BYTES + 2)
                if lf == 0 or (lf > 0 and buf[lf - 1] != 0x0D):
                    raise HttpError(400, "bare LF in chunked trailers; lines end with CRLF")
            line = _take_line(buf)
            if line is None:
                return None
            if self._state == self._SIZE:
                self._chunk_size(line)
            elif self._trailer(line):
                return bytes(self._body)

    def _trailer(self, line: bytes) -> bool:
        """Take one trailer line; at the blank line that ends them, check them all: done."""
        if not line:
            parse_fields(self._trailers, request=False)
            return True
        self._trailer_bytes += len(line) + 2
        if self._trailer_bytes > MAX_HEAD_BYTES:
            raise HttpError(400, "chunked trailers too large")
        self._trailers.append(line.decode("latin-1"))
        return False

    def _chunk_size(self, line: bytes) -> None:
        match = _CHUNK_LINE.fullmatch(line)
        if match is None:
            raise HttpError(400, "malformed chunk size")
        size = int(match[1], 16)
        if len(self._body) + size > self._limit:
            raise HttpError(413, f"request body exceeds {self._limit} bytes")
        if size == 0:
            self._state = self._TRAILER
        else:
            self._state = self._DATA
            self._remaining = size


def _take_crlf(buf: bytearray) -> bool:
    """Take the CRLF that ends a chunk's data; each byte is checked as it comes, so a wrong
    one is refused without waiting for the next."""
    if (buf and buf[0] != 0x0D) or (len(buf) > 1 and buf[1] != 0x0A):
        raise HttpError(400, "malformed chunk: no CRLF after the data")
    if len(buf) < 2:
        return False
    del buf[:2]
    return True


def _take_line(buf: bytearray) -> bytes | None:
    """The next CRLF-terminated line off ``buf`` (without the CRLF), or ``None`` if partial.

    A line longer than :data:`MAX_CHUNK_LINE_BYTES` is refused as soon as that is certain
    (that many bytes and two more without a CRLF), however the bytes were split.
    """
    eol = buf.find(b"\r\n", 0, MAX_CHUNK_LINE_BYTES + 2)
    if eol < 0:
        if len(buf) >= MAX_CHUNK_LINE_BYTES + 2:
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
