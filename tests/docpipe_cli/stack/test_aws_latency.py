"""The AWS emulator's simulated latency holds AWS calls, never moto's own API."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from docpipe_cli.stack.aws_calls import STATS_PATH
from docpipe_cli.stack.aws_emulator import with_latency


class TestWithLatency:
    """``with_latency`` delays the calls an AWS client makes, then answers as moto does."""

    @staticmethod
    def call(path: str) -> tuple[list[float], list[bytes]]:
        slept: list[float] = []

        def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            start_response("200 OK", [])
            return [environ["PATH_INFO"].encode()]

        delayed = with_latency(app, 0.25, sleep=slept.append)
        body = list(delayed({"PATH_INFO": path}, lambda *_: None))
        return slept, body

    def test_an_aws_call_waits_then_gets_moto_answer(self) -> None:
        """An S3 path waits the configured time and gets the application's answer."""
        assert self.call("/inbox/doc.txt") == ([0.25], [b"/inbox/doc.txt"])

    def test_moto_api_is_not_delayed(self) -> None:
        """Readiness probes and resets (``/moto-api``) are answered at once."""
        assert self.call("/moto-api/") == ([], [b"/moto-api/"])

    def test_the_call_counts_are_not_delayed(self) -> None:
        """The emulator's own call counts are not an AWS call either."""
        assert self.call(STATS_PATH) == ([], [STATS_PATH.encode()])
