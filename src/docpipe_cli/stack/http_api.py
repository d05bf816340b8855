"""The status API on HTTP, through the very handler API Gateway invokes in AWS.

Each request becomes an API Gateway HTTP API (payload format 2.0) event, the handler's
answer becomes the HTTP response. Given the API's routes (``--route "GET /status/{jobId}"``,
as the SAM template declares them) it routes as API Gateway does: ``routeKey`` and
``pathParameters`` from the matching route, 404 without an invocation when none matches;
without routes every request goes to ``$default``. Invocations are serialised, as in one
Lambda container: Powertools' resolver keeps the current event on the app object.

Callers are identified as API Gateway's IAM authoriser would (:mod:`docpipe_cli.stack.sigv4`):
with ``--tenants FILE`` every request must carry a SigV4 signature by a key of that file,
checked against its secret, and the event names the signer; without, loopback callers are the
single tenant's admin. A refused request is answered 403 without an invocation.

Run as ``python -m docpipe_cli.stack.http_api --port N`` with the stack's environment.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from docpipe import events
from docpipe.events import write_event
from docpipe.settings import Settings
from docpipe.tenancy import Tenancy
from docpipe_cli.serving import serve_until_stopped
from docpipe_cli.stack.lambda_runtime import LOCAL_ACCOUNT_ID, Handler, LambdaContext, load_handler
from docpipe_cli.stack.sigv4 import LocalAuthorizer, Refused, SignedRequest

#: Largest request body accepted (API Gateway's own limit is 10 MB).
MAX_BODY_BYTES = 10 * 1024 * 1024
_JSON = [("content-type", "application/json")]
#: Content types API Gateway passes through as text rather than base64.
_TEXT_TYPES = ("text/", "application/json", "application/xml", "application/x-www-form")


@dataclass(frozen=True, slots=True)
class Route:
    """One HTTP API route key: ``GET /status/{jobId}``, ``ANY /{proxy+}``."""

    method: str
    path: str

    @classmethod
    def parse(cls, key: str) -> Route:
        method, _, path = key.strip().partition(" ")
        if not path.startswith("/"):
            raise ValueError(f"a route is 'METHOD /path', got {key!r}")
        return cls(method.upper(), path)

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    def match(self, method: str, raw_path: str) -> dict[str, str] | None:
        """The path parameters (decoded) if this route takes the request, else ``None``."""
        if self.method not in ("ANY", method.upper()):
            return None
        found = self._pattern().fullmatch(raw_path)
        if found is None:
            return None
        return {name: unquote(value) for name, value in found.groupdict().items()}

    def _pattern(self) -> re.Pattern[str]:
        """``{name}`` takes one path segment, ``{name+}`` the rest of the path."""
        parts = []
        for part in self.path.split("/"):
            if part.startswith("{") and part.endswith("+}"):
                parts.append(f"(?P<{part[1:-2]}>.+)")
            elif part.startswith("{") and part.endswith("}"):
                parts.append(f"(?P<{part[1:-1]}>[^/]+)")
            else:
                parts.append(re.escape(part))
        return re.compile("/".join(parts))


def route_request(
    routes: Sequence[Route], method: str, raw_path: str
) -> tuple[str, dict[str, str]] | None:
    """(routeKey, pathParameters) of the route API Gateway would pick, or ``None`` (404).

    Without routes everything goes to ``$default``. Literal routes win over templated ones,
    as API Gateway prefers the most specific match.
    """
    if not routes:
        return "$default", {}
    candidates = [(route, route.match(method, raw_path)) for route in routes]
    matches = [(route, params) for route, params in candidates if params is not None]
    if not matches:
        return None
    route, params = min(matches, key=lambda match: (len(match[1]), match[0].method == "ANY"))
    return route.key, params


def api_gateway_event(
    *,
    method: str,
    target: str,
    headers: Sequence[tuple[str, str]],
    body: bytes,
    source_ip: str,
    now: datetime | None = None,
    route_key: str = "$default",
    path_parameters: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The HTTP API v2 event API Gateway builds for one request."""
    moment = now or datetime.now(UTC)
    url = urlsplit(target)
    merged: dict[str, str] = {}
    cookies: list[str] = []
    for name, value in headers:
        key = name.lower()
        if key == "cookie":
            cookies.extend(part.strip() for part in value.split(";") if part.strip())
            continue
        merged[key] = f"{merged[key]},{value}" if key in merged else value
    query: dict[str, str] = {}
    for name, value in parse_qsl(url.query, keep_blank_values=True):
        query[name] = f"{query[name]},{value}" if name in query else value
    content_type = merged.get("content-type", "")
    is_text = not body or content_type.startswith(_TEXT_TYPES)
    request_id = uuid.uuid4().hex
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route_key,
        "rawPath": url.path or "/",
        "rawQueryString": url.query,
        "headers": merged,
        "requestContext": {
            "accountId": LOCAL_ACCOUNT_ID,
            "apiId": "local",
            "domainName": merged.get("host", "localhost"),
            "domainPrefix": merged.get("host", "localhost").split(".")[0],
            "http": {
                "method": method,
                "path": url.path or "/",
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": merged.get("user-agent", ""),
            },
            "requestId": request_id,
            "routeKey": route_key,
            "stage": "$default",
            "time": moment.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "timeEpoch": int(moment.timestamp() * 1000),
        },
        "isBase64Encoded": not is_text,
    }
    if cookies:
        event["cookies"] = cookies
    if path_parameters:
        event["pathParameters"] = path_parameters
    if query:
        event["queryStringParameters"] = query
    if body:
        event["body"] = body.decode("utf-8") if is_text else base64.b64encode(body).decode()
    return event


def http_response(result: object) -> tuple[int, list[tuple[str, str]], bytes]:
    """Turn a handler's return value into (status, headers, body) as API Gateway does.

    A result without ``statusCode`` is treated as a JSON body with status 200 (payload 2.0's
    inference rule).
    """
    if not isinstance(result, dict) or "statusCode" not in result:
        body = json.dumps(result).encode()
        return 200, [("content-type", "application/json")], body
    headers = [(str(k), str(v)) for k, v in (result.get("headers") or {}).items()]
    for name, values in (result.get("multiValueHeaders") or {}).items():
        headers.extend((str(name), str(v)) for v in values)
    headers.extend(("set-cookie", str(cookie)) for cookie in result.get("cookies") or [])
    raw = result.get("body") or ""
    body = base64.b64decode(raw) if result.get("isBase64Encoded") else str(raw).encode()
    return int(result["statusCode"]), headers, body


class LambdaHttpServer(ThreadingHTTPServer):
    """An HTTP server whose every request is one invocation of ``handler``."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: Handler,
        *,
        function_name: str = "docpipe-status-api",
        timeout_seconds: float = 10.0,
        region: str = "us-east-1",
        routes: Sequence[Route] = (),
        authorizer: LocalAuthorizer | None = None,
    ) -> None:
        super().__init__(address, _RequestHandler)
        self.lambda_handler = handler
        self.authorizer = authorizer if authorizer is not None else LocalAuthorizer()
        self.routes = tuple(routes)
        self.function_name = function_name
        self.timeout_seconds = timeout_seconds
        self.region = region
        self.invoke_lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def invoke(self, event: dict[str, Any]) -> object:
        context = LambdaContext(
            function_name=self.function_name,
            timeout_seconds=self.timeout_seconds,
            region=self.region,
        )
        with self.invoke_lock:
            return self.lambda_handler(event, context)


class _RequestHandler(BaseHTTPRequestHandler):
    server: LambdaHttpServer
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = self._content_length()
        if length is None:
            return
        body = self.rfile.read(length) if length else b""
        routed = route_request(self.server.routes, self.command, urlsplit(self.path).path or "/")
        if routed is None:
            self._reply(404, _JSON, b'{"message":"Not Found"}')
            return
        route_key, path_parameters = routed
        headers = list(self.headers.items())
        try:
            iam = self.server.authorizer.identify(
                SignedRequest(
                    method=self.command,
                    url=f"http://{self.headers.get('host', '')}{self.path}",
                    headers={name.lower(): value for name, value in headers},
                    body=body,
                ),
                self.client_address[0],
            )
        except Refused as refused:
            self._reply(403, _JSON, json.dumps({"message": refused.message}).encode())
            return
        event = api_gateway_event(
            method=self.command,
            target=self.path,
            headers=headers,
            body=body,
            source_ip=self.client_address[0],
            route_key=route_key,
            path_parameters=path_parameters,
        )
        event["requestContext"]["authorizer"] = {"iam": iam}
        try:
            result = self.server.invoke(event)
        except Exception as exc:  # API Gateway answers 500 for any failed invoke
            self.log_message("handler raised %s: %s", type(exc).__name__, exc)
            self._reply(500, _JSON, b'{"message":"Internal Server Error"}')
            return
        self._reply(*http_response(result))

    def _content_length(self) -> int | None:
        """The body's length, or ``None`` after answering a request whose body we refuse.

        The connection is closed after a refusal: the unread body would otherwise be parsed
        as the next request on this keep-alive connection.
        """
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            self.close_connection = True
            self._reply(411, _JSON, b'{"message":"Length Required"}')
            return None
        raw = self.headers.get("content-length") or "0"
        if not raw.isdigit():
            self.close_connection = True
            self._reply(400, _JSON, b'{"message":"Bad Request"}')
            return None
        length = int(raw)
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            self._reply(413, _JSON, b'{"message":"Request Entity Too Large"}')
            return None
        return length

    def _reply(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        names = {name.lower() for name, _ in headers}
        for name, value in headers:
            if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                self.send_header(name, value)
        if "content-type" not in names:
            self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        if self.close_connection:
            self.send_header("connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    # http.server dispatches on these names; every method goes to the handler alike.
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _serve  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:
        write_event(
            {"event": events.API_REQUEST, "ts": int(time.time() * 1000), "request": format % args}
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m docpipe_cli.stack.http_api",
        description="Serve a Lambda handler over HTTP as API Gateway (HTTP API, v2) would.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--handler", default="status_api.handler.lambda_handler")
    parser.add_argument("--function-name", default="docpipe-status-api")
    parser.add_argument("--function-timeout", type=float, default=10.0, metavar="SECONDS")
    parser.add_argument(
        "--route",
        action="append",
        default=[],
        type=Route.parse,
        metavar="'METHOD /path'",
        help="a route of the API (repeatable); none: every request goes to $default",
    )
    parser.add_argument(
        "--tenants",
        metavar="FILE",
        help="tenants file: require SigV4 signatures by its keys (default: loopback is admin)",
    )
    args = parser.parse_args(argv)
    events.configure_logging("docpipe-api")
    tenancy = None
    if args.tenants:
        with open(args.tenants, encoding="utf-8") as handle:
            tenancy = Tenancy.from_json(handle.read(), source=f"tenants file {args.tenants}")
    server = LambdaHttpServer(
        (args.host, args.port),
        load_handler(args.handler),
        function_name=args.function_name,
        timeout_seconds=args.function_timeout,
        region=Settings.from_env().region,
        routes=args.route,
        authorizer=LocalAuthorizer(tenancy),
    )

    serve_until_stopped(
        server, ready=lambda: write_event({"event": events.API_READY, "url": server.url})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
