"""Helpers for the consumer tests: sample events, Lambda-shaped records, a fake context, a
recording network, and a Resonate-protocol HTTP server on loopback.

The HTTP server answers with the SDK's own reference model
(:class:`resonate.connections.local.ServerState`), so the handler is exercised over real
HTTP, end to end through ``HttpConnection``, without depending on ``src/devserver``.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from resonate.connections.local import (
    LocalConnection,
    ServerState,
    unwrap_request_envelope,
    wrap_response_envelope,
)
from resonate.timing import now_ms

EVENTS_DIR = Path(__file__).resolve().parents[2] / "events"
QUEUE_ARN = "arn:aws:sqs:us-east-1:123456789012:docpipe-inbox"
FIFO_QUEUE_ARN = QUEUE_ARN + ".fifo"


def load_event(name: str) -> dict[str, Any]:
    """One sample Lambda event from ``events/``, by file name."""
    event: dict[str, Any] = json.loads((EVENTS_DIR / name).read_text(encoding="utf-8"))
    return event


def sqs_record(
    body: str | dict[str, Any],
    *,
    message_id: str,
    arn: str = QUEUE_ARN,
    sent_timestamp: int = 1_767_261_600_000,
    sender_id: str = "AIDAIT2UOQQY3AUEKVGXU",
) -> dict[str, Any]:
    """A Lambda SQS event record, shaped as the event source mapping delivers it
    (``sender_id``: SQS's ``SenderId``, the sending principal's unique id)."""
    text = body if isinstance(body, str) else json.dumps(body)
    return {
        "messageId": message_id,
        "receiptHandle": "AQEB" + message_id,
        "body": text,
        "attributes": {
            "ApproximateReceiveCount": "1",
            "SentTimestamp": str(sent_timestamp),
            "SenderId": sender_id,
        },
        "messageAttributes": {},
        "md5OfBody": hashlib.md5(text.encode()).hexdigest(),
        "eventSource": "aws:sqs",
        "eventSourceARN": arn,
        "awsRegion": "us-east-1",
    }


def lambda_record_from_sqs_message(message: dict[str, Any], arn: str) -> dict[str, Any]:
    """Convert an SQS ``ReceiveMessage`` entry into the record Lambda would receive."""
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": message.get("Attributes", {}),
        "messageAttributes": message.get("MessageAttributes", {}),
        "md5OfBody": message["MD5OfBody"],
        "eventSource": "aws:sqs",
        "eventSourceARN": arn,
        "awsRegion": "us-east-1",
    }


def direct_body(document_url: str, **fields: str) -> dict[str, Any]:
    return {"documentUrl": document_url, **fields}


class FakeContext:
    """The part of a Lambda context the handler reads: time left, counted from creation."""

    def __init__(self, remaining_ms: int) -> None:
        self._deadline = time.monotonic() + remaining_ms / 1000

    def get_remaining_time_in_millis(self) -> int:
        return max(int((self._deadline - time.monotonic()) * 1000), 0)


class RecordingNetwork:
    """A ``Network`` that records every request (decoded) before passing it to ``inner``."""

    def __init__(self, inner: LocalConnection | None = None) -> None:
        self.inner = inner if inner is not None else LocalConnection()
        self.requests: list[tuple[dict[str, Any], dict[str, str]]] = []
        #: Each request body exactly as it went out.
        self.raw: list[str] = []

    async def start(self) -> None:
        await self.inner.start()

    async def stop(self) -> None:
        await self.inner.stop()

    async def send(self, req: str, headers: dict[str, str] | None = None) -> str:
        self.requests.append((json.loads(req), dict(headers or {})))
        self.raw.append(req)
        return await self.inner.send(req, headers)

    @property
    def kinds(self) -> list[str]:
        return [request["kind"] for request, _ in self.requests]


class _Server(ThreadingHTTPServer):
    #: A batch dispatches its records concurrently, one connection each; the default backlog
    #: of 5 drops SYNs beyond it, and the kernel retries them only after a second.
    request_queue_size = 128
    daemon_threads = True


class ProtocolServer:
    """``POST /`` of the Resonate protocol on 127.0.0.1, backed by the SDK's ServerState."""

    def __init__(self) -> None:
        self.state = ServerState()
        self.kinds: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> ProtocolServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)

    def apply(self, body: bytes) -> bytes:
        request = json.loads(body)
        with self._lock:
            self.kinds[request.get("kind", "?")] += 1
            response = self.state.apply(now_ms(), unwrap_request_envelope(request))
            self.state.outgoing = []
        return json.dumps(wrap_response_envelope(response)).encode()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as aiohttp expects
            disable_nagle_algorithm = True  # headers and body go out as separate writes

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                payload = server.apply(body)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler
