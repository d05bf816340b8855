"""The AWS emulator process keeps the stack's S3, SQS, DynamoDB and SNS state across a
clean restart, and keeps nothing a crash could have made stale."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest

from docpipe_cli.stack.aws_calls import STATS_PATH
from docpipe_cli.stack.aws_emulator import READY_PATH, SNAPSHOT_FILE
from docpipe_cli.stack.components import http_answers
from docpipe_cli.stack.launch import free_port
from support.stack import child_env
from support.waiting import wait_until

pytestmark = pytest.mark.integration


class Emulator:
    def __init__(self, state: Path, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        with log.open("ab") as handle:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "docpipe_cli.stack.aws_emulator",
                    "--port",
                    str(self.port),
                    "--state",
                    str(state),
                ],
                stdout=handle,
                stderr=subprocess.STDOUT,
                env=child_env("aws-emulator"),
            )
        wait_until(lambda: http_answers(self.url + READY_PATH), timeout=60, what="the emulator")

    def client(self, service: str) -> Any:
        return boto3.client(
            service,
            endpoint_url=self.url,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )

    def stop(self, signum: signal.Signals = signal.SIGTERM) -> int:
        self.process.send_signal(signum)
        return self.process.wait(timeout=60)


@pytest.fixture
def emulators(tmp_path: Path) -> Iterator[list[Emulator]]:
    started: list[Emulator] = []
    yield started
    for emulator in started:
        if emulator.process.poll() is None:
            emulator.stop(signal.SIGKILL)


def test_a_clean_stop_keeps_every_service(tmp_path: Path, emulators: list[Emulator]) -> None:
    """Objects, queued messages, table items and topics are there after SIGTERM and a new
    process on the same state directory; the snapshot is consumed by the restore."""
    state, log = tmp_path / "aws", tmp_path / "aws.log"
    first = Emulator(state, log)
    emulators.append(first)
    first.client("s3").create_bucket(Bucket="kept-bucket")
    first.client("s3").put_object(Bucket="kept-bucket", Key="a/b:c.txt", Body=b"kept" * 1000)
    sqs = first.client("sqs")
    queue = sqs.create_queue(QueueName="kept-queue")["QueueUrl"]
    sqs.send_message(QueueUrl=queue, MessageBody="waiting")
    first.client("dynamodb").create_table(
        TableName="kept-table",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    first.client("dynamodb").put_item(TableName="kept-table", Item={"id": {"S": "row"}})
    topic = first.client("sns").create_topic(Name="kept-topic")["TopicArn"]
    assert first.stop() == 0
    assert (state / SNAPSHOT_FILE).exists()

    second = Emulator(state, log)
    emulators.append(second)
    assert not (state / SNAPSHOT_FILE).exists()
    body = second.client("s3").get_object(Bucket="kept-bucket", Key="a/b:c.txt")["Body"].read()
    assert body == b"kept" * 1000
    sqs = second.client("sqs")
    queue = sqs.get_queue_url(QueueName="kept-queue")["QueueUrl"]
    assert queue.startswith(second.url)
    messages = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=1)["Messages"]
    assert [m["Body"] for m in messages] == ["waiting"]
    item = second.client("dynamodb").get_item(TableName="kept-table", Key={"id": {"S": "row"}})
    assert item["Item"] == {"id": {"S": "row"}}
    topics = second.client("sns").list_topics()["Topics"]
    assert [t["TopicArn"] for t in topics] == [topic]
    # Re-provisioning an existing bucket (us-east-1 answers 200) keeps its objects.
    second.client("s3").create_bucket(Bucket="kept-bucket")
    listed = second.client("s3").list_objects_v2(Bucket="kept-bucket")["Contents"]
    assert [o["Key"] for o in listed] == ["a/b:c.txt"]


def test_a_killed_emulator_leaves_no_state(tmp_path: Path, emulators: list[Emulator]) -> None:
    """SIGKILL writes nothing, so nothing stale can be restored later."""
    state = tmp_path / "aws"
    first = Emulator(state, tmp_path / "aws.log")
    emulators.append(first)
    first.client("s3").create_bucket(Bucket="lost-bucket")
    assert first.stop(signal.SIGKILL) == -signal.SIGKILL
    assert not (state / SNAPSHOT_FILE).exists()


def test_every_aws_call_is_counted_by_service(tmp_path: Path, emulators: list[Emulator]) -> None:
    """Each service's calls reach its own backend, and the emulator counts them by name."""
    emulator = Emulator(tmp_path / "aws", tmp_path / "aws.log")
    emulators.append(emulator)
    s3 = emulator.client("s3")
    s3.create_bucket(Bucket="counted")
    for n in range(3):
        s3.put_object(Bucket="counted", Key=f"doc-{n}.txt", Body=b"x")
    emulator.client("sqs").create_queue(QueueName="counted")
    emulator.client("sns").create_topic(Name="counted")
    assert emulator.client("dynamodb").list_tables()["TableNames"] == []
    with urllib.request.urlopen(emulator.url + STATS_PATH, timeout=30) as answer:
        calls = {(c["service"], c["operation"]): c["count"] for c in json.load(answer)["calls"]}
    assert calls == {
        ("s3", "PUT bucket"): 1,
        ("s3", "PUT object"): 3,
        ("sqs", "CreateQueue"): 1,
        ("sns", "CreateTopic"): 1,
        ("dynamodb", "ListTables"): 1,
    }
