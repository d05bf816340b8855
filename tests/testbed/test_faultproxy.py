"""The chaos bench's fault proxy: injected errors read, to botocore, as the real service's."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from docpipe import events
from docpipe_cli.stack.launch import free_port, stop_process
from support.stack import child_env
from support.waiting import wait_until
from testbed.faultproxy import ERRORS

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def always_failing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A proxy failing every call (its upstream is a closed port: nothing is forwarded)."""
    port = free_port()
    log = tmp_path_factory.mktemp("proxy") / "faultproxy.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "testbed.faultproxy",
                "--upstream",
                "http://127.0.0.1:9",
                "--port",
                str(port),
                "--rate",
                "1",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=child_env("faultproxy"),
        )
    try:
        wait_until(
            lambda: events.has_event(log, events.FAULTPROXY_READY), timeout=60, what="the proxy"
        )
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(process, grace=10)
    assert any(e["event"] == events.FAULTPROXY_STATS for e in events.read_events(Path(log)))


def client(service: str, url: str) -> Any:
    return boto3.client(
        service,
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(retries={"mode": "standard", "max_attempts": 1}),
    )


CALLS = {
    "s3": lambda c: c.get_object(Bucket="docpipe-inbox", Key="a.pdf"),
    "sqs": lambda c: c.receive_message(QueueUrl="http://127.0.0.1:9/000000000000/q"),
    "dynamodb": lambda c: c.get_item(TableName="t", Key={"jobId": {"S": "j"}}),
    "sns": lambda c: c.publish(TopicArn="arn:aws:sns:us-east-1:000000000000:t", Message="m"),
}


class TestInjectedErrors:
    @pytest.mark.parametrize("service", sorted(CALLS))
    def test_each_error_parses_as_the_services_own(self, always_failing: str, service: str) -> None:
        """Every call fails with one of the codes and statuses that service really sends."""
        expected = {code: status for status, code in ERRORS[service]}
        seen = set()
        for _ in range(12):
            with pytest.raises(ClientError) as raised:
                CALLS[service](client(service, always_failing))
            code = raised.value.response["Error"]["Code"]
            status = raised.value.response["ResponseMetadata"]["HTTPStatusCode"]
            assert expected.get(code) == status, (code, status)
            seen.add(code)
        assert len(seen) > 1

    def test_stats_count_the_faults(self, always_failing: str) -> None:
        """The control route reports what was injected, per service and code."""
        with urllib.request.urlopen(always_failing + "/_chaos/stats", timeout=10) as response:
            stats = json.load(response)
        assert sum(stats["errors"].values()) >= 48
        assert stats["forwarded"] == {}
