"""What the AWS emulator spends its time on: calls and CPU seconds by service and operation.

The local stack's throughput on a backlog is bounded by the emulator's CPU (moto parses,
validates and renders every call in Python), so the benchmarks need to know which calls the
stack makes per document and what each costs. :func:`counting` wraps moto's WSGI
application: each call is named (``("dynamodb", "UpdateItem")``, ``("s3", "GetObject")``)
and the CPU time of the thread serving it is added to that name, which
:data:`STATS_PATH` answers as JSON (``{"calls": [{"service", "operation", "count",
"cpuSeconds"}]}``). Thread CPU time, not wall time: waits for the lock of a queue, a long
poll, or the simulated latency cost nothing here.
"""

from __future__ import annotations

import io
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

#: ``GET`` here answers the counts so far (not an AWS call, so neither counted nor delayed).
STATS_PATH = "/docpipe-emulator/calls"

type WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
type CallName = tuple[str, str]

#: The service in a SigV4 ``Authorization`` header's credential scope.
_SCOPE = re.compile(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request")


def call_name(environ: dict[str, Any]) -> CallName:
    """``(service, operation)`` of one request to the emulator.

    JSON protocols (DynamoDB, SQS) name the operation in ``X-Amz-Target``; the query protocol
    (SNS) in the form's ``Action``, read here and put back for moto; S3 (REST) by the method
    and whether the path names an object, with the sub-resource of the query, if any.
    """
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    scope = _SCOPE.search(environ.get("HTTP_AUTHORIZATION", ""))
    service = scope.group(1) if scope else "unsigned"
    if target:
        return service, target.rpartition(".")[2]
    if service == "s3":
        return service, _s3_operation(environ)
    action = parse_qs(environ.get("QUERY_STRING", "")).get("Action")
    if action is None and environ.get("REQUEST_METHOD") == "POST":
        body = _buffered_body(environ)
        action = parse_qs(body.decode("utf-8", "replace")).get("Action")
    return service, action[0] if action else environ.get("REQUEST_METHOD", "?")


def _s3_operation(environ: dict[str, Any]) -> str:
    path = str(environ.get("PATH_INFO", "/")).lstrip("/")
    on_object = "/" in path and not path.endswith("/")
    query = environ.get("QUERY_STRING", "")
    sub = f"?{query.split('=', 1)[0].split('&', 1)[0]}" if query else ""
    return f"{environ.get('REQUEST_METHOD', '?')} {'object' if on_object else 'bucket'}{sub}"


def _buffered_body(environ: dict[str, Any]) -> bytes:
    """Read the request body and leave an unread copy in its place for the application."""
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body: bytes = environ["wsgi.input"].read(length) if length else b""
    environ["wsgi.input"] = io.BytesIO(body)
    return body


class CallStats:
    """Counts and thread CPU seconds by call name; safe across serving threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[CallName, list[float]] = {}

    def add(self, name: CallName, cpu_seconds: float) -> None:
        with self._lock:
            entry = self._calls.setdefault(name, [0, 0.0])
            entry[0] += 1
            entry[1] += cpu_seconds

    def as_json(self) -> bytes:
        with self._lock:
            rows = [
                {"service": s, "operation": o, "count": int(n), "cpuSeconds": round(cpu, 6)}
                for (s, o), (n, cpu) in sorted(self._calls.items())
            ]
        return json.dumps({"calls": rows}).encode()


def counting(
    app: WsgiApp, stats: CallStats, cpu_clock: Callable[[], float] = time.thread_time
) -> WsgiApp:
    """``app`` with every AWS call counted in ``stats``; :data:`STATS_PATH` answers them."""

    def counted(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == STATS_PATH:
            body = stats.as_json()
            start_response(
                "200 OK",
                [("Content-Type", "application/json"), ("Content-Length", str(len(body)))],
            )
            return [body]
        if str(environ.get("PATH_INFO", "")).startswith("/moto-api"):
            return app(environ, start_response)
        started = cpu_clock()
        name = call_name(environ)
        # moto answers with a list of byte strings: render it here, so its cost is counted.
        chunks = list(app(environ, start_response))
        stats.add(name, cpu_clock() - started)
        return chunks

    return counted
