"""The poller's execution environment: a handler in a child process, killed on timeout."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import boto3
import pytest
from moto import mock_aws

from docpipe_cli.stack.lambda_runtime import (
    ExecutionEnvironment,
    FunctionTimedOut,
    InvocationError,
    LambdaContext,
)
from docpipe_cli.stack.poller import MappingConfig, SqsPoller
from support.stack import REPO, wait_until

pytestmark = pytest.mark.integration

HANDLERS = "tests.support.lambda_handlers"


@pytest.fixture(autouse=True)
def importable_handlers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runtime process imports handlers by name; it inherits this process's sys.path."""
    monkeypatch.syspath_prepend(str(REPO))


type MakeEnvironment = Callable[[str], ExecutionEnvironment]


@pytest.fixture
def environment() -> Iterator[MakeEnvironment]:
    """``environment(name)``: an environment for a handler in lambda_handlers, closed after."""
    made: list[ExecutionEnvironment] = []

    def make(name: str) -> ExecutionEnvironment:
        env = ExecutionEnvironment(f"{HANDLERS}.{name}")
        made.append(env)
        return env

    yield make
    for env in made:
        env.close()


def context(timeout: float) -> LambdaContext:
    return LambdaContext(function_name="test-fn", timeout_seconds=timeout)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


class TestExecutionEnvironment:
    def test_the_handler_runs_warm_in_another_process(self, environment: MakeEnvironment) -> None:
        """Two invocations share one child process and see a counting-down context."""
        env = environment("echo")
        first = env({"n": 1}, context(5))
        second = env({"n": 2}, context(5))
        assert first["event"] == {"n": 1}
        assert first["pid"] == second["pid"] == env.pid
        assert 0 < second["remainingMs"] <= 5000
        assert env.cold_starts == 1

    def test_a_handler_past_its_timeout_is_killed_and_the_next_call_is_cold(
        self,
        environment: MakeEnvironment,
    ) -> None:
        """A hanging handler fails with a timeout; its process is gone; a new one serves."""
        env = environment("hang")
        env.start()
        hung = env.pid
        assert hung is not None
        with pytest.raises(FunctionTimedOut, match=r"timed out after 1\.00 seconds"):
            env({}, context(1))
        wait_until(lambda: not alive(hung), timeout=20, what="the timed-out runtime to die")
        env.start()
        assert env.pid != hung
        assert env.cold_starts == 2

    @pytest.mark.parametrize(
        ("name", "message"),
        [
            ("fail", "ValueError: the record is bad"),
            ("unmarshallable", "TypeError"),
            ("crash", "Runtime exited with code 3"),
        ],
    )
    def test_failed_invocations_raise(
        self, environment: MakeEnvironment, name: str, message: str
    ) -> None:
        """A raise, an unserialisable response and a dying runtime all fail the invocation."""
        env = environment(name)
        with pytest.raises(InvocationError, match=message):
            env({}, context(10))

    def test_an_import_error_fails_the_cold_start(self) -> None:
        """A handler that cannot be imported is an init error, reported by start()."""
        env = ExecutionEnvironment(f"{HANDLERS}.no_such_function")
        try:
            with pytest.raises(InvocationError, match="init failed"):
                env.start()
        finally:
            env.close()


def test_a_batch_whose_handler_times_out_stays_on_the_queue(environment: MakeEnvironment) -> None:
    """The poller fails the whole batch of a timed-out invocation: nothing is deleted."""
    with mock_aws():
        sqs = boto3.client("sqs", region_name="us-east-1")
        url = sqs.create_queue(QueueName="q", Attributes={"VisibilityTimeout": "0"})["QueueUrl"]
        sqs.send_message(QueueUrl=url, MessageBody="a")
        events: list[str] = []
        poller = SqsPoller(
            sqs,
            environment("hang"),
            MappingConfig(queue_url=url, wait_time_seconds=0, function_timeout_seconds=1),
            queue_arn="arn:aws:sqs:us-east-1:123456789012:q",
            log=lambda event, **fields: events.append(event),
        )
        outcome = poller.run_once()
        assert outcome is not None
        assert (outcome.received, outcome.deleted) == (1, 0)
        assert "poller.timeout" in events
        again = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=0)["Messages"]
        assert [m["Body"] for m in again] == ["a"]
