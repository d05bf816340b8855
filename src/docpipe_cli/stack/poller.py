"""The SQS -> Lambda event source mapping, for one machine.

moto cannot run Lambda functions without Docker, so this process plays both halves of
what AWS does: it is the event source mapping (long polling, batch size and batching
window, the queue's visibility timeout, ``ReportBatchItemFailures``) and it is the warm
container the consumer runs in (one persistent process, Lambda's environment, a context
whose remaining time counts down from the function timeout).

What happens to a batch is what happens in AWS:

* the handler returns ``{"batchItemFailures": [...]}``: every other record is deleted, the
  listed ones stay on the queue and reappear when their visibility timeout ends;
* the handler raises, times out, or names a record that is not in the batch: nothing is
  deleted, the whole batch reappears; a handler past its timeout is killed with the child
  process it runs in (:class:`~docpipe_cli.stack.lambda_runtime.ExecutionEnvironment`)
  and the next invocation is a cold start;
* after ``maxReceiveCount`` receives SQS itself moves a message to the dead-letter queue;
* on a FIFO queue a failed record also fails every later record of its message group in
  the batch, so a group is never processed out of order.

Like the event source mapping's ``ScalingConfig.MaximumConcurrency``, up to
``--max-concurrency`` batches are in flight at once, each with an execution environment of
its own (a Lambda instance), polled by its own thread: one batch at a time (receive, invoke,
delete, each a round trip) fed a backlog at a batch a second, whatever number of workers ran.

Run as ``python -m docpipe_cli.stack.poller`` with the stack's environment.
"""

from __future__ import annotations

import argparse
import base64
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, ClientError

from docpipe import events
from docpipe.aws import client
from docpipe.events import write_event
from docpipe.settings import Settings
from docpipe_cli.stack.lambda_runtime import (
    ExecutionEnvironment,
    FunctionTimedOut,
    Handler,
    InvocationError,
    LambdaContext,
)

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient
    from mypy_boto3_sqs.type_defs import MessageTypeDef

type EventLog = Callable[..., None]

#: SQS returns at most this many messages per ReceiveMessage call.
_SQS_RECEIVE_MAX = 10
#: The longest long poll SQS allows.
_SQS_MAX_WAIT_SECONDS = 20
#: Batches in flight at once by default: the least ``MaximumConcurrency`` AWS accepts.
DEFAULT_CONCURRENCY = 2
#: The most ``MaximumConcurrency`` AWS accepts.
_MAX_CONCURRENCY = 1000


@dataclass(frozen=True, slots=True)
class MappingConfig:
    """The event source mapping's settings, named as in ``AWS::Lambda::EventSourceMapping``."""

    queue_url: str
    function_name: str = "docpipe-consumer"
    #: Records per invocation (Lambda allows up to 10,000 on a standard queue, 10 on FIFO).
    batch_size: int = 10
    #: How long to keep gathering records before invoking with a partial batch.
    maximum_batching_window_seconds: float = 0.0
    function_timeout_seconds: float = 30.0
    wait_time_seconds: int = _SQS_MAX_WAIT_SECONDS
    region: str = "us-east-1"
    #: Batches invoked at once, each in an execution environment of its own.
    maximum_concurrency: int = DEFAULT_CONCURRENCY

    @property
    def fifo(self) -> bool:
        return self.queue_url.endswith(".fifo")

    def problems(self, visibility_timeout_seconds: float | None = None) -> list[str]:
        """What ``CreateEventSourceMapping`` would reject about these settings."""
        found = []
        largest = 10 if self.fifo else 10_000
        if not 1 <= self.batch_size <= largest:
            found.append(f"batch size must be 1-{largest}, got {self.batch_size}")
        if not 0 <= self.maximum_batching_window_seconds <= 300:
            found.append("the batching window must be 0-300 seconds")
        if self.batch_size > 10 and self.maximum_batching_window_seconds < 1:
            found.append("a batch size above 10 needs a batching window of at least 1 second")
        if not 2 <= self.maximum_concurrency <= _MAX_CONCURRENCY:
            found.append(f"the maximum concurrency must be 2-{_MAX_CONCURRENCY}")
        if not 1 <= self.function_timeout_seconds <= 900:
            found.append("the function timeout must be 1-900 seconds")
        if (
            visibility_timeout_seconds is not None
            and visibility_timeout_seconds < self.function_timeout_seconds
        ):
            found.append(
                f"the queue's visibility timeout ({visibility_timeout_seconds:g}s) is less than "
                f"the function timeout ({self.function_timeout_seconds:g}s): a record would "
                "reappear while its invocation still runs"
            )
        return found


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """What one invocation did to the queue."""

    received: int
    deleted: int
    failed: tuple[str, ...]
    error: str | None = None


def _print_event(event: str, **fields: Any) -> None:
    write_event({"event": event, "ts": int(time.time() * 1000), **fields})


class SqsPoller:
    """Receives batches, invokes the handler with a real SQS event, settles the batch."""

    def __init__(
        self,
        sqs: SQSClient,
        handler: Handler,
        config: MappingConfig,
        *,
        queue_arn: str,
        log: EventLog = _print_event,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sqs = sqs
        self._handler = handler
        self._config = config
        self._queue_arn = queue_arn
        self._log = log
        self._clock = clock

    def receive_batch(self) -> list[MessageTypeDef]:
        """Long-poll until there is at least one record, then fill the batch until it is full
        or the batching window closes. Returns ``[]`` if a whole long poll found nothing."""
        config = self._config
        batch: list[MessageTypeDef] = []
        window_ends: float | None = None
        while len(batch) < config.batch_size:
            if window_ends is None:
                wait = config.wait_time_seconds
            else:
                remaining = window_ends - self._clock()
                if remaining <= 0:
                    break
                # Whole seconds only: round up, so a window under a second still waits.
                wait = min(_SQS_MAX_WAIT_SECONDS, math.ceil(remaining))
            response = self._sqs.receive_message(
                QueueUrl=config.queue_url,
                MaxNumberOfMessages=min(_SQS_RECEIVE_MAX, config.batch_size - len(batch)),
                WaitTimeSeconds=wait,
                MessageSystemAttributeNames=["All"],
                MessageAttributeNames=["All"],
            )
            messages = response.get("Messages", [])
            if not messages:
                if window_ends is None:
                    return batch
                if wait == 0:
                    break
                continue
            batch.extend(messages)
            if window_ends is None:
                window_ends = self._clock() + config.maximum_batching_window_seconds
        return batch

    def event_for(self, messages: Sequence[MessageTypeDef]) -> dict[str, Any]:
        """The SQS event Lambda would deliver for ``messages``."""
        return {"Records": [self._record(message) for message in messages]}

    def _record(self, message: MessageTypeDef) -> dict[str, Any]:
        record: dict[str, Any] = {
            "messageId": message["MessageId"],
            "receiptHandle": message["ReceiptHandle"],
            "body": message.get("Body", ""),
            "attributes": dict(message.get("Attributes", {})),
            "messageAttributes": {
                name: _message_attribute(value)
                for name, value in message.get("MessageAttributes", {}).items()
            },
            "md5OfBody": message.get("MD5OfBody", ""),
            "eventSource": "aws:sqs",
            "eventSourceARN": self._queue_arn,
            "awsRegion": self._config.region,
        }
        if "MD5OfMessageAttributes" in message:
            record["md5OfMessageAttributes"] = message["MD5OfMessageAttributes"]
        return record

    def invoke(self, messages: Sequence[MessageTypeDef]) -> set[str]:
        """Invoke the handler; return the ids of the records that failed."""
        all_ids = [m["MessageId"] for m in messages]
        context = LambdaContext(
            function_name=self._config.function_name,
            timeout_seconds=self._config.function_timeout_seconds,
            region=self._config.region,
        )
        started = self._clock()
        try:
            response = self._handler(self.event_for(messages), context)
        except FunctionTimedOut as exc:
            self._log("poller.timeout", error=str(exc), records=len(all_ids))
            return set(all_ids)
        except Exception as exc:  # Lambda reports any raise as a failed invocation
            self._log("poller.invoke_error", error=f"{type(exc).__name__}: {exc}")
            return set(all_ids)
        if self._clock() - started > self._config.function_timeout_seconds:
            # An in-process handler cannot be killed; its late answer still counts as a timeout.
            self._log("poller.timeout", timeoutSeconds=self._config.function_timeout_seconds)
            return set(all_ids)
        return failures_from_response(response, all_ids)

    def settle(self, messages: Sequence[MessageTypeDef], failed: set[str]) -> int:
        """Delete every record not in ``failed``; return how many were deleted."""
        done = [m for m in messages if m["MessageId"] not in failed]
        for start in range(0, len(done), _SQS_RECEIVE_MAX):
            chunk = done[start : start + _SQS_RECEIVE_MAX]
            response = self._sqs.delete_message_batch(
                QueueUrl=self._config.queue_url,
                Entries=[
                    {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(chunk)
                ],
            )
            for failure in response.get("Failed", []):
                self._log("poller.delete_failed", code=failure.get("Code"))
        return len(done)

    def run_once(self) -> BatchOutcome | None:
        """One receive-invoke-settle cycle; ``None`` when the long poll found nothing."""
        messages = self.receive_batch()
        if not messages:
            return None
        failed = self.invoke(messages)
        if self._config.fifo:
            failed = _fail_rest_of_groups(messages, failed)
        deleted = self.settle(messages, failed)
        outcome = BatchOutcome(
            received=len(messages),
            deleted=deleted,
            failed=tuple(m["MessageId"] for m in messages if m["MessageId"] in failed),
        )
        self._log(
            events.POLLER_BATCH,
            received=outcome.received,
            deleted=outcome.deleted,
            failed=list(outcome.failed),
        )
        return outcome


def failures_from_response(response: object, batch_ids: Sequence[str]) -> set[str]:
    """Read ``ReportBatchItemFailures`` as Lambda does: no response or an empty list means
    all succeeded; an entry naming a record outside the batch fails the whole batch."""
    if not isinstance(response, Mapping):
        return set()
    items = response.get("batchItemFailures")
    if not items:
        return set()
    known = set(batch_ids)
    failed: set[str] = set()
    for item in items:
        identifier = item.get("itemIdentifier") if isinstance(item, Mapping) else None
        if not isinstance(identifier, str) or identifier not in known:
            return known
        failed.add(identifier)
    return failed


def _fail_rest_of_groups(messages: Sequence[MessageTypeDef], failed: set[str]) -> set[str]:
    """On FIFO queues a failure blocks the rest of its message group in this batch."""
    blocked_groups: set[str] = set()
    result = set(failed)
    for message in messages:
        group = message.get("Attributes", {}).get("MessageGroupId", "")
        if group in blocked_groups:
            result.add(message["MessageId"])
        elif message["MessageId"] in failed:
            blocked_groups.add(group)
    return result


def _message_attribute(value: Mapping[str, Any]) -> dict[str, Any]:
    binary = value.get("BinaryValue")
    return {
        "stringValue": value.get("StringValue"),
        "binaryValue": None if binary is None else base64.b64encode(binary).decode(),
        "stringListValues": list(value.get("StringListValues", [])),
        "binaryListValues": [
            base64.b64encode(item).decode() for item in value.get("BinaryListValues", [])
        ],
        "dataType": value.get("DataType", "String"),
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m docpipe_cli.stack.poller",
        description="Invoke a Lambda handler for batches from an SQS queue.",
    )
    parser.add_argument("--queue-url", default=os.environ.get("DOCPIPE_QUEUE_URL"))
    parser.add_argument("--handler", default="consumer.handler.lambda_handler")
    parser.add_argument("--function-name", default="docpipe-consumer")
    parser.add_argument("--batch-size", type=int, default=10)
    parser.add_argument("--batching-window", type=float, default=0.0, metavar="SECONDS")
    parser.add_argument("--function-timeout", type=float, default=30.0, metavar="SECONDS")
    parser.add_argument("--wait-time", type=int, default=_SQS_MAX_WAIT_SECONDS, metavar="SECONDS")
    parser.add_argument("--max-concurrency", type=int, default=DEFAULT_CONCURRENCY, metavar="N")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    events.configure_logging("docpipe-poller")
    if not args.queue_url:
        print("poller: --queue-url or DOCPIPE_QUEUE_URL is required", file=sys.stderr)
        return 2
    settings = Settings.from_env()
    config = MappingConfig(
        queue_url=args.queue_url,
        function_name=args.function_name,
        batch_size=args.batch_size,
        maximum_batching_window_seconds=args.batching_window,
        function_timeout_seconds=args.function_timeout,
        wait_time_seconds=args.wait_time,
        region=settings.region,
        maximum_concurrency=args.max_concurrency,
    )
    sqs = client("sqs", settings)
    attributes = sqs.get_queue_attributes(
        QueueUrl=config.queue_url, AttributeNames=["QueueArn", "VisibilityTimeout"]
    )["Attributes"]
    problems = config.problems(float(attributes["VisibilityTimeout"]))
    if problems:
        print(f"poller: {'; '.join(problems)}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    functions = [ExecutionEnvironment(args.handler) for _ in range(config.maximum_concurrency)]
    stop = threading.Event()
    try:
        for function in functions:
            function.start()
        pollers = [
            # One SQS client per thread: boto3 clients are not shared across threads here.
            SqsPoller(client("sqs", settings), function, config, queue_arn=attributes["QueueArn"])
            for function in functions
        ]
        _print_event(
            events.POLLER_READY,
            queueUrl=config.queue_url,
            batchSize=config.batch_size,
            maximumConcurrency=config.maximum_concurrency,
            runtimePid=functions[0].pid,
            runtimePids=[function.pid for function in functions],
        )
        for number, poller in enumerate(pollers[1:], start=1):
            threading.Thread(
                target=poll_until, args=(poller, stop), name=f"poller-{number}", daemon=True
            ).start()
        poll_until(pollers[0], stop)
    except InvocationError as exc:
        print(f"poller: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        _print_event(events.POLLER_STOPPED)
    finally:
        stop.set()
        for function in functions:
            function.close()
    return 0


def poll_until(poller: SqsPoller, stop: threading.Event) -> None:
    """Receive, invoke and settle batches until ``stop`` is set."""
    while not stop.is_set():
        try:
            poller.run_once()
        except (BotoCoreError, ClientError) as exc:
            # The emulator restarting drops connections; keep polling as Lambda would.
            _print_event(events.POLLER_RECEIVE_ERROR, error=f"{type(exc).__name__}: {exc}")
            stop.wait(1)


def _raise_keyboard_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
