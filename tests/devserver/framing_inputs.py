"""Byte streams a client might send, for the differential framing check.

:class:`Inputs` draws pipelines of one to four requests from a grammar that leans on the
places parsers disagree -- ``Content-Length`` and ``Transfer-Encoding`` together, repeated,
listed, signed or huge; chunk sizes with leading zeros, extensions, spaces and bare LFs;
trailers; obs-fold, bare LF and bare CR line ends; control bytes and obs-text; heads and
lines at their size limits; ``Connection`` options; empty lines between requests -- then
mutates a share of them byte-wise. :func:`splits` cuts one stream into the reads a slow
or bursty client would produce, down to one byte per read.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from devserver.wire import MAX_CHUNK_LINE_BYTES, MAX_HEAD_BYTES

#: Bytes and fragments that move a parser's decisions when dropped in anywhere.
TOKENS = (
    b"\r\n",
    b"\n",
    b"\r",
    b" ",
    b"\t",
    b":",
    b";",
    b",",
    b"0",
    b"\x00",
    b"\x0b",
    b"\x7f",
    b"\xff",
    b"\r\n\r\n",
    b"\r\n ",
    b"\r\n\t",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Length: 5\r\n",
    b"Content-Length: 0\r\n",
    b"Connection: close\r\n",
    b"Host: h\r\n",
    b"0\r\n\r\n",
    b"5\r\nhello\r\n",
    b"GET / HTTP/1.1\r\nHost: h\r\n\r\n",
)

_METHODS = [b"POST"] * 5 + [b"GET"] * 4 + [b"HEAD", b"PUT", b"CONNECT", b"X-Y", b"G(T", b"get", b""]
_TARGETS = [b"/"] * 6 + [
    b"/healthz",
    b"/poll/g/p",
    b"/debug/stats?reset=1",
    b"/a?b=c&d",
    b"/a#f",
    b"//x",
    b"http://h/x?y",
    b"HTTP://h",
    b"https://h:1/p",
    b"http://h?q",
    b"*",
    b"h:80",
    b"/\xff",
    b"/a\x00",
    b"/a b",
    b"",
]
_VERSIONS = (
    [b"HTTP/1.1"] * 12
    + [b"HTTP/1.0"] * 3
    + [
        b"HTTP/2.0",
        b"HTTP/1.2",
        b"HTTP/0.9",
        b"http/1.1",
        b"HTTP/1.10",
        b"HTTP/1",
    ]
)
_LENGTH_FORMS = ["{n}"] * 6 + [
    "0{n}",
    "{n}, {n}",
    "{n},{n}",
    "{n}, {m}",
    " {n} ",
    "+{n}",
    "-{n}",
    "{n}.0",
    "0x{n}",
    "{n};",
    "",
    "{n} {n}",
    "9" * 19,
    "9" * 25,
]
_CODINGS = ["chunked"] * 6 + [
    "Chunked",
    "CHUNKED",
    " chunked",
    "chunked ",
    "chunked, chunked",
    "gzip, chunked",
    "chunked, gzip",
    "identity",
    "chunked\x0b",
    "xchunked",
    "",
]
_CONNECTIONS = [
    "close",
    "Close",
    "keep-alive",
    "Keep-Alive, close",
    "closed",
    "foo-close",
    "upgrade",
    "close ,x",
    " , close",
]
_FILLER_NAMES = [b"Accept", b"User-Agent", b"X-A", b"x-b", b"Authorization", b"Expect", b"Upgrade"]
_FILLER_VALUES = [
    b"*/*",
    b"a b",
    b"",
    b"  padded  ",
    b"tab\tin",
    b"obs\xe9text",
    b"ctl\x01",
    b"del\x7f",
    b"nul\x00",
    b"cr\rx",
    b"100-continue",
    b"websocket",
    b"Bearer t",
]


class Inputs:
    """An endless, seeded source of generated and mutated request streams."""

    def __init__(self, seed: int, *, max_body: int) -> None:
        self.rng = random.Random(seed)
        self.max_body = max_body

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        while True:
            data = self.pipeline()
            if self.rng.random() < 0.4:
                yield "mutated", self.mutate(data)
            else:
                yield "generated", data

    # -- generation -------------------------------------------------------------------

    def pipeline(self) -> bytes:
        r = self.rng
        parts = []
        for _ in range(r.choice((1, 1, 2, 2, 3, 4))):
            if r.random() < 0.1:
                parts.append(r.choice((b"\r\n", b"\r\n", b"\r\n\r\n", b"\n", b"\r", b" ")))
            parts.append(self.request())
        data = b"".join(parts)
        if r.random() < 0.15:
            data = data[: r.randrange(len(data) + 1)]
        return data

    def request(self) -> bytes:
        r = self.rng
        # One thing unusual in a quarter of the heads: which part, drawn here.
        odd = r.choice(("method", "target", "version", "sp", "eol", "fields", "lines"))
        odd = odd if r.random() < 0.25 else ""
        odd = "edge" if r.random() < 0.004 else odd
        method = r.choice(_METHODS) if odd == "method" else r.choice((b"POST", b"GET"))
        target = r.choice(_TARGETS) if odd == "target" else b"/"
        version = r.choice(_VERSIONS) if odd == "version" else b"HTTP/1.1"
        sp = r.choice((b"  ", b"\t")) if odd == "sp" else b" "
        body, framing = self.body()
        fields = [self.field(n, v) for n, v in framing + self.fields(odd == "fields")]
        if r.random() < 0.2:
            r.shuffle(fields)
        lines = [method + sp + target + sp + version, *fields]
        lines += self.oddities() if odd == "lines" else []
        head = b"".join(line + self.eol(odd == "eol") for line in lines) + b"\r\n"
        if odd == "edge":
            # A head within a few bytes either side of the limit (terminator included).
            pad = MAX_HEAD_BYTES + 4 + r.randint(-6, 6) - len(head) - len(b"X-Edge: \r\n")
            head = head[:-2] + b"X-Edge: " + b"e" * max(pad, 0) + b"\r\n\r\n"
        return head + body

    def eol(self, odd: bool) -> bytes:
        if odd and self.rng.random() < 0.3:
            return self.rng.choice((b"\n", b"\r", b"\r\r\n", b"\n\r"))
        return b"\r\n"

    def field(self, name: bytes, value: bytes) -> bytes:
        r = self.rng
        colon = r.choice((b":", b":\t", b" : ", b":  ")) if r.random() < 0.03 else b": "
        return name + colon + value

    def fields(self, odd: bool) -> list[tuple[bytes, bytes]]:
        r = self.rng
        hosts = r.choice((0, 1, 1, 1, 2)) if odd else 1
        out = [(b"Host", r.choice((b"h", b"h:8001", b"127.0.0.1", b""))) for _ in range(hosts)]
        if r.random() < 0.25:
            out.append((b"Connection", r.choice(_CONNECTIONS).encode()))
        fillers = r.choice((1, 1, 2, 5)) if odd else r.choice((0, 0, 0, 1, 2))
        values = _FILLER_VALUES if odd else _FILLER_VALUES[:3]
        out += [(r.choice(_FILLER_NAMES), r.choice(values)) for _ in range(fillers)]
        return out

    def oddities(self) -> list[bytes]:
        """Lines that only a lenient parser would take: folds, bad names, huge fields."""
        r = self.rng
        pick = r.random()
        if pick < 0.1:
            return [b" folded continuation"]
        if pick < 0.15:
            return [b"\tfolded"]
        if pick < 0.2:
            return [r.choice((b"No-Colon", b"Bad Name: x", b": empty-name", b"X\x00: y"))]
        if pick < 0.3:
            return [b"X-Big: " + b"a" * r.choice((100, 100, 8000, 8000, 70000))]
        if pick < 0.4:
            return [b"X-%d: v" % i for i in range(r.choice((50, 500)))]
        return []

    def body(self) -> tuple[bytes, list[tuple[bytes, bytes]]]:
        """A body and the fields that frame it (or misframe it)."""
        r = self.rng
        size = r.choice((0, 0, 1, 5, 17, 100, 300, 700))
        if r.random() < 0.05:
            size = r.choice((self.max_body, self.max_body + 1, 3 * self.max_body))
        payload = r.randbytes(size) if r.random() < 0.3 else b"x" * size
        pick = r.random()
        if pick < 0.35:
            return self.with_length(payload)
        if pick < 0.65:
            return self.chunked(payload), [(b"Transfer-Encoding", self.coding())]
        if pick < 0.7:
            fields = [(b"Transfer-Encoding", self.coding())]
            fields.append((b"Content-Length", str(r.choice((0, size, 5))).encode()))
            r.shuffle(fields)
            return self.chunked(payload), fields
        if pick < 0.75:
            _, first = self.with_length(payload)
            _, second = self.with_length(payload)
            return payload, first + second
        if pick < 0.77:
            return b"", [(b"Transfer-Encoding", b"chunked")] * 2
        return b"", []

    def coding(self) -> bytes:
        return (self.rng.choice(_CODINGS) if self.rng.random() < 0.15 else "chunked").encode()

    def with_length(self, payload: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
        r = self.rng
        n = len(payload) + (r.choice((-3, -1, 1, 4)) if r.random() < 0.08 else 0)
        form = r.choice(_LENGTH_FORMS) if r.random() < 0.15 else "{n}"
        value = form.format(n=max(n, 0), m=max(n, 0) + 1)
        return payload, [(b"Content-Length", value.encode("latin-1"))]

    def chunked(self, payload: bytes) -> bytes:
        r = self.rng
        odd = r.random() < 0.25
        out = []
        pos = 0
        while pos < len(payload):
            size = min(len(payload) - pos, r.choice((1, 3, 16, 100, 1000)))
            data = payload[pos : pos + size]
            pos += size
            declared = size + (r.choice((-1, 1)) if odd and r.random() < 0.05 else 0)
            out.append(self.chunk_line(max(declared, 0), odd) + b"\r\n" + data + self.data_end(odd))
        out.append(self.chunk_line(0, odd) + b"\r\n" + self.trailers(odd))
        return b"".join(out)

    def chunk_line(self, size: int, odd: bool) -> bytes:
        r = self.rng
        digits = b"%x" % size
        if not odd or r.random() < 0.8:
            return digits
        pick = r.random()
        if pick < 0.15:
            return digits.upper() if r.random() < 0.5 else b"0" * r.choice((3, 15, 16, 19)) + digits
        if pick < 0.4:
            return digits + r.choice((b";a=b", b";a", b"; a=b", b';a="q;x"', b";", b";\x00"))
        if pick < 0.5:
            return digits + r.choice((b" ", b"\t", b" ;a", b"\t;a"))
        if pick < 0.6:
            return digits + b";" + r.choice((b"a\nb", b"\n", b"a\rb"))
        if pick < 0.7:
            return r.choice((b"0x", b"-", b"+", b" ", b"")) + digits
        if pick < 0.8:
            # A size line within a few bytes either side of the line limit.
            return (
                digits + b";" + b"e" * (MAX_CHUNK_LINE_BYTES - len(digits) - 1 + r.randint(-3, 3))
            )
        return r.choice((b"g", b"1" * 21, b"ffffffffffffffffff", b""))

    def data_end(self, odd: bool) -> bytes:
        if odd and self.rng.random() < 0.1:
            return self.rng.choice((b"\n", b"", b"\r", b"\r\r\n", b"x\r\n"))
        return b"\r\n"

    def trailers(self, odd: bool) -> bytes:
        r = self.rng
        if not odd or r.random() < 0.5:
            return b"\r\n"
        return r.choice(
            (
                b"X-T: v\r\n\r\n",
                b"X-T: v\r\nY: w\r\n\r\n",
                b"X-T: v\r\n folded\r\n\r\n",
                b"X-T: v\n\r\n",
                b"\n",
                b"\n\n",
                b"X-T: v\n\n",
                b"no colon\r\n\r\n",
                b"X-T: c\x01\r\n\r\n",
                b"Content-Length: 5\r\n\r\n",
                b"Content-Length: 5\r\nContent-Length: 6\r\n\r\n",
                b"Transfer-Encoding: gzip\r\n\r\n",
                b"Host: a\r\nHost: b\r\n\r\n",
                b"X-Big: " + b"t" * (MAX_CHUNK_LINE_BYTES - 7 + r.randint(-3, 3)) + b"\r\n\r\n",
                b"",
                b"\r",
            )
        )

    # -- mutation ---------------------------------------------------------------------

    def mutate(self, data: bytes) -> bytes:
        r = self.rng
        out = bytearray(data)
        for _ in range(r.choice((1, 1, 2, 3, 4))):
            pos = self.position(out)
            pick = r.random()
            if pick < 0.3 and out:
                out[min(pos, len(out) - 1)] = r.choice(TOKENS)[0]
            elif pick < 0.6:
                out[pos:pos] = r.choice(TOKENS)
            elif pick < 0.75:
                del out[pos : pos + r.randint(1, 8)]
            elif pick < 0.85:
                out[pos:pos] = out[pos : pos + r.randint(1, 40)]
            elif pick < 0.95 and out:
                at = min(pos, len(out) - 1)
                out[at : at + 1] = bytes(out[at : at + 1]).swapcase()
            else:
                del out[pos:]
        return bytes(out)

    def position(self, data: bytearray) -> int:
        """Anywhere, but the start of a line half the time (where fields begin)."""
        r = self.rng
        anywhere = r.randrange(len(data) + 1)
        if r.random() < 0.5:
            eol = data.find(b"\r\n", anywhere)
            if eol >= 0:
                return eol + 2
        return anywhere


def splits(data: bytes, rng: random.Random, *, every_byte: bool) -> list[list[bytes]]:
    """The reads ``data`` is fed in: whole, cut at a few random points, and (for small
    streams when asked) one byte per read, which puts a read boundary at every byte."""
    out = [[data]]
    if len(data) > 1:
        cuts = sorted(rng.sample(range(1, len(data)), min(len(data) - 1, rng.randint(1, 6))))
        out.append([data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)])
    if every_byte:
        if len(data) <= 4096:
            out.append([data[i : i + 1] for i in range(len(data))])
        else:  # a slow client with a big head: reads of up to a few hundred bytes
            pieces, pos = [], 0
            while pos < len(data):
                step = rng.randint(1, 512)
                pieces.append(data[pos : pos + step])
                pos += step
            out.append(pieces)
    return out
