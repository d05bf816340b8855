"""The status API's HTTP front end: requests become API Gateway v2 events, and back."""

from __future__ import annotations

import base64
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from docpipe.localstack.http_api import LambdaHttpServer, api_gateway_event, http_response
from docpipe.testing import InMemoryJobTable
from status_api import handler as status_handler
from status_api.service import StatusService


class EchoHandler:
    """Answers with the event it received, so a test can look at it."""

    def __init__(self) -> None:
        self.contexts: list[Any] = []

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        self.contexts.append(context)
        return {"statusCode": 201, "headers": {"x-echo": "1"}, "body": json.dumps(event)}


def serve(handler: Any) -> Iterator[LambdaHttpServer]:
    server = LambdaHttpServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


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
        table.start_step(
            job_id="job-1", document_url="s3://b/k", requester_id=None, step="extract", now=5
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
