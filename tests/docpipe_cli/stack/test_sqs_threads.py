"""moto's SQS, as the emulator serves it, loses and repeats no message under concurrency."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from docpipe_cli.stack.aws_emulator import serialise_sqs_queues

#: Messages sent while two receivers take and delete them.
SENT = 400


@pytest.fixture
def sqs() -> Iterator[Any]:
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often: the races need an unlucky switch
    try:
        with mock_aws():
            yield boto3.client("sqs", region_name="us-east-1")
    finally:
        sys.setswitchinterval(switch)


def test_concurrent_sends_receives_and_deletes_keep_every_message_once(sqs: Any) -> None:
    """Four senders and two receiver-deleters: every message is received exactly once."""
    serialise_sqs_queues()
    url = sqs.create_queue(QueueName="jobs", Attributes={"VisibilityTimeout": "60"})["QueueUrl"]
    received: list[str] = []
    lock = threading.Lock()
    senders_done = threading.Event()

    def send(first: int) -> None:
        for n in range(first, SENT, 4):
            sqs.send_message(QueueUrl=url, MessageBody=str(n))

    def receive() -> None:
        while True:
            messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages")
            if not messages:
                if senders_done.is_set():
                    return
                continue
            with lock:
                received.extend(m["Body"] for m in messages)
            sqs.delete_message_batch(
                QueueUrl=url,
                Entries=[
                    {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]}
                    for i, m in enumerate(messages)
                ],
            )

    senders = [threading.Thread(target=send, args=(k,)) for k in range(4)]
    receivers = [threading.Thread(target=receive) for _ in range(2)]
    for thread in senders + receivers:
        thread.start()
    for thread in senders:
        thread.join(timeout=120)
    senders_done.set()
    for thread in receivers:
        thread.join(timeout=120)
    assert sorted(map(int, received)) == list(range(SENT))
