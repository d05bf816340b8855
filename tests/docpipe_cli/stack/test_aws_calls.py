"""The AWS emulator names each call by service and operation and counts its CPU."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from docpipe_cli.stack.aws_calls import STATS_PATH, CallStats, call_name, counting


def signed(service: str, **environ: Any) -> dict[str, Any]:
    """A WSGI environ signed (SigV4) for ``service``."""
    scope = f"AWS4-HMAC-SHA256 Credential=testing/20261206/us-east-1/{service}/aws4_request"
    return {"HTTP_AUTHORIZATION": f"{scope}, SignedHeaders=host, Signature=00", **environ}


class TestCallName:
    """``call_name`` finds the operation where each AWS protocol puts it."""

    def test_json_protocols_name_it_in_the_target_header(self) -> None:
        """DynamoDB and SQS: ``X-Amz-Target`` after the dot."""
        environ = signed("dynamodb", HTTP_X_AMZ_TARGET="DynamoDB_20120810.UpdateItem")
        assert call_name(environ) == ("dynamodb", "UpdateItem")

    def test_s3_is_named_by_method_and_target(self) -> None:
        """An object and a bucket are told apart, and a sub-resource is kept."""
        get = signed("s3", REQUEST_METHOD="GET", PATH_INFO="/inbox/a/b.txt")
        listing = signed("s3", REQUEST_METHOD="GET", PATH_INFO="/inbox", QUERY_STRING="list-type=2")
        assert call_name(get) == ("s3", "GET object")
        assert call_name(listing) == ("s3", "GET bucket?list-type")

    def test_the_query_protocol_reads_the_action_and_puts_the_body_back(self) -> None:
        """SNS's ``Action`` is in the form body; moto still reads the whole body after."""
        body = b"Action=Publish&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A1%3At&Message=hi"
        environ = signed(
            "sns",
            REQUEST_METHOD="POST",
            CONTENT_LENGTH=str(len(body)),
            **{"wsgi.input": io.BytesIO(body)},
        )
        assert call_name(environ) == ("sns", "Publish")
        assert environ["wsgi.input"].read() == body


class TestCounting:
    """``counting`` adds each call's CPU to its name and answers the totals."""

    @staticmethod
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        start_response("200 OK", [])
        return [b"moto"]

    @staticmethod
    def clock(step: float) -> Callable[[], float]:
        ticks: Iterator[float] = (i * step for i in range(1_000))
        return lambda: next(ticks)

    def test_calls_are_counted_with_their_cpu(self) -> None:
        """Two UpdateItems and a GetObject, each 0.5 CPU seconds by the injected clock."""
        stats = CallStats()
        app = counting(self.app, stats, cpu_clock=self.clock(0.5))
        update = signed("dynamodb", HTTP_X_AMZ_TARGET="DynamoDB_20120810.UpdateItem")
        for environ in (update, dict(update), signed("s3", REQUEST_METHOD="GET", PATH_INFO="/b/k")):
            assert list(app(environ, lambda *_: None)) == [b"moto"]
        assert json.loads(stats.as_json()) == {
            "calls": [
                {"service": "dynamodb", "operation": "UpdateItem", "count": 2, "cpuSeconds": 1.0},
                {"service": "s3", "operation": "GET object", "count": 1, "cpuSeconds": 0.5},
            ]
        }

    def test_the_stats_path_answers_and_moto_api_is_not_counted(self) -> None:
        """``GET`` on the stats path is JSON; moto's own API passes through uncounted."""
        stats = CallStats()
        app = counting(self.app, stats)
        statuses: list[str] = []
        assert list(app({"PATH_INFO": "/moto-api/"}, lambda *_: None)) == [b"moto"]
        body = b"".join(app({"PATH_INFO": STATS_PATH}, lambda status, _: statuses.append(status)))
        assert statuses == ["200 OK"]
        assert json.loads(body) == {"calls": []}
