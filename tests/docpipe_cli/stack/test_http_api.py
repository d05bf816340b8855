"""The status API's HTTP front end: requests become API Gateway v2 events, and back."""

from __future__ import annotations

import base64
import http.client
import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from docpipe.progress import JobUpdate
from docpipe.testing import InMemoryJobTable
from docpipe_cli.stack.components import STATUS_API_ROUTES
from docpipe_cli.stack.http_api import (
    MAX_BODY_BYTES,
    LambdaHttpServer,
    Route,
    api_gateway_event,
    http_response,
    route_request,
)
from status_api import handler as status_handler
from status_api.service import StatusService
from support.stack import REPO
from support.waiting import wait_until


class EchoHandler:
    """Answers with the event it received, so a test can look at it."""

    def __init__(self) -> None:
        self.contexts: list[Any] = []

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        self.contexts.append(context)
        return {"statusCode": 201, "headers": {"x-echo": "1"}, "body": json.dumps(event)}


def serve(handler: Any) -> Iterator[LambdaHttpServer]:
    return _serving(LambdaHttpServer(("127.0.0.1", 0), handler))


@pytest.fixture
def echo() -> Iterator[tuple[LambdaHttpServer, EchoHandler]]:
    handler = EchoHandler()
    for server in serve(handler):
        yield server, handler


def get(url: str) -> tuple[int, dict[str, str], Any]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), json.loads(exc.read())


class TestLambdaHttpServer:
    def test_request_becomes_a_v2_event(self, echo: tuple[LambdaHttpServer, EchoHandler]) -> None:
        """Path, query and headers arrive where API Gateway puts them."""
        server, handler = echo
        status, headers, event = get(server.url + "/jobs?documentUrl=s3%3A%2F%2Fb%2Fk&x=1&x=2")
        assert status == 201
        assert headers["x-echo"] == "1"
        assert event["version"] == "2.0"
        assert event["rawPath"] == "/jobs"
        assert event["queryStringParameters"] == {"documentUrl": "s3://b/k", "x": "1,2"}
        assert event["requestContext"]["http"]["method"] == "GET"
        assert event["headers"]["host"].startswith("127.0.0.1")
        assert handler.contexts[0].get_remaining_time_in_millis() > 0

    def test_a_raising_handler_is_a_500(self) -> None:
        """A failed invocation answers 500, as API Gateway does."""

        def broken(event: dict[str, Any], context: Any) -> Any:
            raise RuntimeError("boom")

        for server in serve(broken):
            status, _, body = get(server.url + "/status/x")
            assert status == 500
            assert body == {"message": "Internal Server Error"}

    def test_the_status_lambda_answers_over_http(self) -> None:
        """The real status handler behind the front end: 404, 400 and a found job."""
        table = InMemoryJobTable()
        table.update(
            JobUpdate(
                job_id="job-1", document_url="s3://b/k", requester_id=None, started="extract", at=5
            )
        )
        status_handler.use_service(StatusService(jobs=table))
        try:
            for server in serve(status_handler.lambda_handler):
                assert get(server.url + "/status/job-1")[2]["step"] == "extract"
                assert get(server.url + "/status/unknown")[0] == 404
                assert get(server.url + "/status/bad:id")[0] == 400
        finally:
            status_handler.use_service(None)


class TestEventShape:
    def test_binary_bodies_are_base64(self) -> None:
        """Non-text bodies are base64-encoded and flagged, text bodies pass through."""
        binary = api_gateway_event(
            method="POST",
            target="/x",
            headers=[("Content-Type", "application/octet-stream")],
            body=b"\x00\xff",
            source_ip="127.0.0.1",
        )
        assert binary["isBase64Encoded"] is True
        assert base64.b64decode(binary["body"]) == b"\x00\xff"
        text = api_gateway_event(
            method="POST",
            target="/x",
            headers=[("Content-Type", "application/json")],
            body=b'{"a": 1}',
            source_ip="127.0.0.1",
        )
        assert text["isBase64Encoded"] is False
        assert text["body"] == '{"a": 1}'

    def test_cookies_are_split_out(self) -> None:
        """Cookies go to the event's cookies list, not its headers."""
        event = api_gateway_event(
            method="GET", target="/", headers=[("Cookie", "a=1; b=2")], body=b"", source_ip="::1"
        )
        assert event["cookies"] == ["a=1", "b=2"]
        assert "cookie" not in event["headers"]

    def test_a_result_without_status_code_is_a_json_200(self) -> None:
        """Payload 2.0's inference: a bare value is the JSON body of a 200."""
        assert http_response({"ok": True}) == (
            200,
            [("content-type", "application/json")],
            b'{"ok": true}',
        )
        status, _, body = http_response(
            {"statusCode": 204, "body": base64.b64encode(b"hi").decode(), "isBase64Encoded": True}
        )
        assert (status, body) == (204, b"hi")


class TestRoutes:
    def test_a_route_gives_route_key_and_decoded_path_parameters(self) -> None:
        """As API Gateway: the matching route's key, its parameters URL-decoded."""
        routes = [Route.parse(key) for key in STATUS_API_ROUTES]
        assert route_request(routes, "GET", "/status/job%2D1") == (
            "GET /status/{jobId}",
            {"jobId": "job-1"},
        )
        assert route_request(routes, "GET", "/jobs") == ("GET /jobs", {})
        assert route_request(routes, "GET", "/status/a/b") is None
        assert route_request(routes, "POST", "/jobs") is None
        assert route_request([], "DELETE", "/anything") == ("$default", {})

    def test_greedy_and_literal_routes(self) -> None:
        """``{proxy+}`` takes the rest of the path; a literal route beats a templated one."""
        routes = [Route.parse("ANY /{proxy+}"), Route.parse("GET /health")]
        assert route_request(routes, "GET", "/health") == ("GET /health", {})
        assert route_request(routes, "PUT", "/a/b%20c") == ("ANY /{proxy+}", {"proxy": "a/b c"})

    def test_the_local_routes_are_the_templates(self) -> None:
        """The front end serves exactly the routes template.yaml gives the status function."""
        from cfnlint.decode.cfn_yaml import load  # type: ignore[import-untyped]  # noqa: PLC0415

        template = load(str(REPO / "template.yaml"))
        events = [
            resource["Properties"].get("Events", {})
            for resource in template["Resources"].values()
            if resource["Type"] == "AWS::Serverless::Function"
        ]
        declared = {
            f"{event['Properties']['Method'].upper()} {event['Properties']['Path']}"
            for function in events
            for event in function.values()
            if event["Type"] == "HttpApi"
        }
        assert declared == set(STATUS_API_ROUTES)

    def test_an_unrouted_request_is_404_without_an_invocation(self) -> None:
        """API Gateway answers a path no route takes itself; the function never runs."""
        handler = EchoHandler()
        server = LambdaHttpServer(
            ("127.0.0.1", 0), handler, routes=[Route.parse(k) for k in STATUS_API_ROUTES]
        )
        for running in _serving(server):
            status, _, body = get(running.url + "/nope")
            assert (status, body) == (404, {"message": "Not Found"})
            assert handler.contexts == []
            status, _, event = get(running.url + "/status/j-1?x=1")
            assert event["routeKey"] == "GET /status/{jobId}"
            assert event["pathParameters"] == {"jobId": "j-1"}
            assert event["rawQueryString"] == "x=1"


class TestRequestLimits:
    def test_a_body_over_the_limit_is_413_and_the_connection_closes(
        self, echo: tuple[LambdaHttpServer, EchoHandler]
    ) -> None:
        """An oversized body is refused unread, and the connection is not reused."""
        server, handler = echo
        host, port = server.server_address[:2]
        connection = http.client.HTTPConnection(str(host), port, timeout=10)
        connection.putrequest("POST", "/x")
        connection.putheader("content-length", str(MAX_BODY_BYTES + 1))
        connection.endheaders()
        response = connection.getresponse()
        assert response.status == 413
        assert response.getheader("connection") == "close"
        connection.close()
        assert handler.contexts == []

    @pytest.mark.parametrize("length", ["-1", "abc"])
    def test_a_malformed_content_length_is_400(
        self, echo: tuple[LambdaHttpServer, EchoHandler], length: str
    ) -> None:
        """A negative or non-numeric length is a bad request, not a hang or a crash."""
        server, handler = echo
        host, port = server.server_address[:2]
        with socket.create_connection((str(host), port), timeout=10) as raw:
            raw.sendall(f"POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: {length}\r\n\r\n".encode())
            reply = raw.recv(4096).decode()
        assert reply.startswith("HTTP/1.1 400")
        assert handler.contexts == []

    def test_requests_are_served_concurrently_but_invoked_one_at_a_time(self) -> None:
        """While one invocation is held, every other request is already read and waiting for
        the function (served concurrently); the handler never runs twice at once."""
        release = threading.Event()
        guard = threading.Lock()
        running = [0]
        most_at_once = [0]

        def held(event: dict[str, Any], context: Any) -> dict[str, Any]:
            with guard:
                running[0] += 1
                most_at_once[0] = max(most_at_once[0], running[0])
            release.wait(timeout=60)
            with guard:
                running[0] -= 1
            return {"statusCode": 200, "body": "{}"}

        clients = 8
        serving = serve(held)
        server = next(serving)
        arrived: list[int] = []
        invoke = server.invoke

        def counting(event: dict[str, Any]) -> object:
            arrived.append(1)
            return invoke(event)

        server.invoke = counting  # type: ignore[method-assign]
        try:
            with ThreadPoolExecutor(max_workers=clients) as pool:
                replies = pool.map(get, [server.url + "/a"] * clients)
                wait_until(lambda: len(arrived) == clients, what="every request to be read")
                assert running[0] == 1
                release.set()
                codes = [status for status, _, _ in replies]
        finally:
            release.set()
            serving.close()
        assert codes == [200] * clients
        assert most_at_once[0] == 1


def _serving(server: LambdaHttpServer) -> Iterator[LambdaHttpServer]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
