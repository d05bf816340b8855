"""The framing oracle: how h11 frames a byte stream a client sent, plus this server's policy.

A byte stream is framed into a list of :class:`Message` (method, target, version, headers,
body, keep-alive) and an end: ``idle`` (all bytes were whole requests), ``incomplete``
(waiting for the rest of one), ``closed`` (a request asked to close; what follows is never
read) or ``rejected`` (a request that must be refused, and the connection with it).

h11 decides every boundary, every body and every refusal. Where the devserver departs from
h11 -- each rule in :data:`POLICY`, all allowed by RFC 9110/9112, all but one stricter -- the
rule is evaluated here on the bytes *h11 framed* (its head span, chunk lines, trailer
section), never on the devserver's own reading, so the oracle stays independent of the
code it checks. The one thing taken from the server is its size limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import h11
from h11._connection import _keep_alive
from h11._readers import ChunkedReader

from devserver.wire import MAX_CHUNK_LINE_BYTES, MAX_HEAD_BYTES

#: Where the devserver departs from h11 (stricter in all but one), and why it may.
POLICY = (
    "a bare LF in a head or in trailers is refused, not taken for a line end (RFC 9112 2.2 MAY)",
    "obs-fold (a continuation line) in a head or trailers is refused (RFC 9112 5.2 MAY)",
    "a control character other than HTAB in a field value is refused (RFC 9110 5.5)",
    "Content-Length with Transfer-Encoding is refused (RFC 9112 6.1 MAY)",
    "Transfer-Encoding in an HTTP/1.0 request is refused (RFC 9112 6.1: faulty framing)",
    "versions other than HTTP/1.0 and HTTP/1.1 are refused with 505",
    "a target that is neither a path nor an absolute http(s) URI is refused (RFC 9112 3.2)",
    "empty lines before a request line are ignored (RFC 9112 2.2 SHOULD; h11 refuses them)",
    f"a head over {MAX_HEAD_BYTES} bytes is refused once that many and 4 more are in",
    f"a chunk or trailer line over {MAX_CHUNK_LINE_BYTES} bytes is refused once that many"
    " and 2 more are in; trailers over the head limit are refused",
    "a body over the server's limit is refused once its declared size says so (413)",
)

IDLE, INCOMPLETE, CLOSED, REJECTED = "idle", "incomplete", "closed", "rejected"

_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Message:
    """One framed request, in the terms both sides can be reduced to."""

    method: str
    path: str
    query: str
    version: str  # "1.0" or "1.1"
    headers: tuple[tuple[str, str], ...]  # sorted; repeats joined with ", "
    body: bytes
    keep_alive: bool


@dataclass(frozen=True, slots=True)
class Framing:
    """How a byte stream is framed: its whole messages, then how the stream ends."""

    messages: tuple[Message, ...]
    end: str


class _Refuse(Exception):
    """A policy rule (or h11) refuses the message being framed."""


def expected_framing(raw: bytes, *, max_body: int) -> Framing:
    """The framing of ``raw`` per h11 and :data:`POLICY`, for a server whose body limit is
    ``max_body``."""
    messages: list[Message] = []
    pos = 0
    while True:
        while raw.startswith(b"\r\n", pos):  # policy: empty lines before a request
            pos += 2
        rest = raw[pos:]
        if not rest:
            return Framing(tuple(messages), IDLE)
        if rest == b"\r":  # may yet be an empty line
            return Framing(tuple(messages), INCOMPLETE)
        try:
            framed = _one_message(rest, max_body)
        except (_Refuse, h11.RemoteProtocolError):
            return Framing(tuple(messages), REJECTED)
        if framed is None:
            return Framing(tuple(messages), INCOMPLETE)
        message, used = framed
        messages.append(message)
        pos += used
        if not message.keep_alive:
            return Framing(tuple(messages), CLOSED)


def _one_message(rest: bytes, max_body: int) -> tuple[Message, int] | None:
    """The first message of ``rest`` and the bytes it took, or ``None`` while incomplete.

    A fresh h11 connection per message is what ``start_next_cycle`` amounts to, and lets
    an ``Upgrade`` request (which this server never agrees to) be followed by plain HTTP.
    """
    conn = h11.Connection(h11.SERVER, max_incomplete_event_size=len(rest) + 1)
    conn.receive_data(rest)

    def used() -> int:
        return len(rest) - len(conn.trailing_data[0])

    request = conn.next_event()
    if request is h11.NEED_DATA:
        if len(rest) >= MAX_HEAD_BYTES + 4 or _bare_lf(rest):
            raise _Refuse
        return None
    assert isinstance(request, h11.Request), request
    _check_head(rest[: used()], request, max_body)
    body = bytearray()
    after_chunk = False  # h11 reads the CRLF after a chunk's data with the next event
    while True:
        start = used()
        event = conn.next_event()
        end = used()
        # The span h11 took in this step, less the CRLF that closed the previous chunk.
        span = rest[start:end]
        if after_chunk:
            span = span[2:]
        reader = conn._reader  # private: the declared size of a chunk is not public
        chunked = isinstance(reader, ChunkedReader)
        if isinstance(event, h11.Data):
            if event.chunk_start:
                _check_line(span[: len(span) - len(event.data) - 2])
            after_chunk = event.chunk_end
            body += event.data
            pending = reader._bytes_in_chunk if chunked else 0
            if len(body) + pending > max_body:
                raise _Refuse
            continue
        if isinstance(event, h11.EndOfMessage):
            if any(name == b"transfer-encoding" for name, _ in request.headers):
                _check_last_chunk(span)
            # h11's own keep-alive rule (its state says "might switch" for an Upgrade).
            return _message(request, bytes(body), _keep_alive(request)), end
        assert event is h11.NEED_DATA, event
        if chunked:
            _check_waiting_chunked(span, rest[end:], reader, len(body), max_body)
        return None


def _check_head(head: bytes, request: h11.Request, max_body: int) -> None:
    if len(head) > MAX_HEAD_BYTES + 4 or _bare_lf(head) or _folded(head):
        raise _Refuse
    if request.http_version not in (b"1.0", b"1.1") or not _target_form(request.target):
        raise _Refuse
    if any(_CONTROL.search(value) for _, value in request.headers):
        raise _Refuse
    names = {name for name, _ in request.headers}
    if b"transfer-encoding" in names and (
        b"content-length" in names or request.http_version == b"1.0"
    ):
        raise _Refuse
    lengths = [int(value) for name, value in request.headers if name == b"content-length"]
    if lengths and lengths[0] > max_body:
        raise _Refuse


def _check_line(line: bytes) -> None:
    """A chunk-size or trailer line, without its CRLF."""
    if len(line) > MAX_CHUNK_LINE_BYTES:
        raise _Refuse


def _check_last_chunk(section: bytes) -> None:
    """The last chunk's line, the trailers and the blank line, as h11 read them."""
    size_line, _, trailers = section.partition(b"\r\n")
    _check_line(size_line)
    if _bare_lf(trailers) or _folded(b"\r\n" + trailers):
        raise _Refuse
    lines = trailers.split(b"\r\n")[:-2]  # the section ends with an empty line
    for line in lines:
        _check_line(line)
        if _CONTROL.search(line.partition(b":")[2].strip(b" \t")):
            raise _Refuse
    if sum(len(line) + 2 for line in lines) > MAX_HEAD_BYTES:
        raise _Refuse


def _check_waiting_chunked(
    span: bytes, pending: bytes, reader: ChunkedReader, size: int, max_body: int
) -> None:
    """What the server must already refuse of a chunked body h11 is still waiting on.

    ``span`` is what h11 took in its last step (a chunk-size line, if anything), ``pending``
    what it has not taken yet. Lines are only checked whole, as h11 does, except for
    their length and bare LFs, which the server refuses as soon as they are certain.
    """
    if span:
        _check_line(span[:-2])
    if reader._reading_trailer:
        lines = pending.split(b"\r\n")
        if _bare_lf(pending) or len(lines[-1]) >= MAX_CHUNK_LINE_BYTES + 2:
            raise _Refuse
        for line in lines[:-1]:
            _check_line(line)
        if sum(len(line) + 2 for line in lines[:-1]) > MAX_HEAD_BYTES:
            raise _Refuse
    elif reader._bytes_in_chunk:
        if size + reader._bytes_in_chunk > max_body:
            raise _Refuse
    elif not reader._bytes_to_discard and len(pending) >= MAX_CHUNK_LINE_BYTES + 2:
        raise _Refuse


def _bare_lf(data: bytes) -> bool:
    return data.count(b"\n") != data.count(b"\r\n")


def _folded(head: bytes) -> bool:
    """Whether a line after the first starts with whitespace (obs-fold)."""
    return b"\r\n " in head or b"\r\n\t" in head


def _target_form(target: bytes) -> bool:
    return target.startswith(b"/") or re.match(rb"https?://", target, re.IGNORECASE) is not None


def _message(request: h11.Request, body: bytes, keep_alive: bool) -> Message:
    target = request.target.decode("latin-1")
    if not target.startswith("/"):  # absolute-form: the path after the authority
        after = target.split("://", 1)[1]
        cut = min((i for i in map(after.find, "/?#") if i >= 0), default=len(after))
        target = after[cut:]
        target = target if target.startswith("/") else "/" + target
    path, _, query = target.partition("?")
    headers: dict[str, str] = {}
    for raw_name, raw_value in request.headers:
        name, value = raw_name.decode("latin-1"), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return Message(
        method=request.method.decode("latin-1"),
        path=path,
        query=query,
        version=request.http_version.decode("latin-1"),
        headers=normalised_headers(headers),
        body=body,
        keep_alive=keep_alive,
    )


def normalised_headers(headers: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Headers in a comparable form: sorted, the one value h11 lower-cases lower-cased."""
    out = dict(headers)
    if "transfer-encoding" in out:
        out["transfer-encoding"] = out["transfer-encoding"].lower()
    return tuple(sorted(out.items()))
