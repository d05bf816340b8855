"""``docpipe console``: the web console on this machine, its API calls signed as you.

In AWS the status API authorises every route with IAM, so a browser cannot load the console
from it directly. ``docpipe console --api URL`` serves the same files on 127.0.0.1 and
forwards the console's API calls (``/status/...``, ``/jobs...``, ``/reviews``, ``/classes``,
page images) to ``URL``,
each signed with SigV4 using the user's AWS credentials: nothing becomes public, and what
the user may see and decide is what IAM allows them. Against a local stack it forwards
unsigned, or, when the stack runs with tenants, signed as ``DOCPIPE_IDENTITY``.

A local proxy that signs is worth attacking from other web pages the user has open, so it
only answers requests for its own host name (no DNS rebinding) and forwards only calls that
carry the console's ``X-Docpipe-Console`` header, which a page on another origin cannot
send without a CORS preflight this server never approves.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from docpipe.errors import ConfigError, DocpipeError
from docpipe_cli.api_client import ApiClient, ApiUnavailable
from docpipe_cli.review_cmd import api_for
from docpipe_cli.serving import serve_until_stopped
from status_api import console

#: Header the console's script sends with every API call (see the module docstring).
CONSOLE_HEADER = "X-Docpipe-Console"
#: The API routes the console uses; nothing else is forwarded.
_FORWARDED = re.compile(
    r"/(status/[^/?]+|jobs(/[^/?]+/(review|pages/[0-9]+))?|reviews|classes)(\?.*)?"
)
MAX_BODY_BYTES = 64 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api", help="status API base URL (an AWS deployment: calls are signed)")
    parser.add_argument(
        "--stack", type=Path, help="stack.json of a running stack (default .docpipe/stack.json)"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to serve on")
    parser.add_argument("--port", type=int, default=8090, help="port to serve on (0: any free)")


class ConsoleServer(ThreadingHTTPServer):
    """Serves the console's files and forwards its API calls through ``api``."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], api: ApiClient) -> None:
        super().__init__(address, _Handler)
        self.api = api

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: ConsoleServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        if not self._own_host():
            self._reply(421, "application/json", b'{"message":"wrong host"}')
            return
        path = self.path
        if self.command == "GET" and path in ("/", "/index.html"):
            self._asset("index.html")
            return
        if self.command == "GET" and path.startswith("/console/"):
            self._asset(path.removeprefix("/console/"))
            return
        if not _FORWARDED.fullmatch(path):
            self._reply(404, "application/json", b'{"message":"no such route"}')
            return
        if self.headers.get(CONSOLE_HEADER) != "1":
            self._reply(403, "application/json", b'{"message":"not a console request"}')
            return
        self._forward(path)

    def _own_host(self) -> bool:
        host = (self.headers.get("host") or "").rsplit(":", 1)[0].strip("[]")
        return host in ("127.0.0.1", "localhost", "::1", self.server.server_address[0])

    def _asset(self, name: str) -> None:
        found = console.asset(name)
        if found is None:
            self._reply(404, "application/json", b'{"message":"no such file"}')
            return
        content_type, text = found
        self._reply(200, content_type, text.encode())

    def _forward(self, path: str) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length > MAX_BODY_BYTES:
            self._reply(413, "application/json", b'{"message":"too large"}')
            return
        body = self.rfile.read(length) if length else b""
        try:
            answer = self.server.api.request(
                self.command, path, body, content_type=self.headers.get("content-type")
            )
        except ApiUnavailable as exc:
            self._reply(502, "application/json", _message(str(exc)))
            return
        raw = answer.body if isinstance(answer.body, bytes) else _json(answer.body)
        self._reply(answer.status, answer.content_type, raw)

    def _reply(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.send_header("cache-control", "no-store")
        self.send_header("x-content-type-options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        print(f"console: {format % args}", file=sys.stderr, flush=True)


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def _message(text: str) -> bytes:
    return _json({"message": text})


def run(args: argparse.Namespace) -> int:
    try:
        api = api_for(args.stack, args.api)
        server = ConsoleServer((args.host, args.port), api)
    except (ConfigError, DocpipeError, OSError) as exc:
        print(f"docpipe console: {exc}", file=sys.stderr)
        return 2
    # Signed with your AWS credentials, or (a local stack with tenants) as DOCPIPE_IDENTITY.
    signed = "SigV4-signed" if api.signer is not None else "unsigned"
    print(server.url, flush=True)
    print(
        f"docpipe console: {server.url} -> {api.base_url} ({signed}); Ctrl-C stops it",
        file=sys.stderr,
        flush=True,
    )

    serve_until_stopped(server)
    return 0
