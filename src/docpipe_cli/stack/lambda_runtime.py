"""What a Lambda function sees of its runtime, for invoking handlers on one machine.

Handlers behave differently inside Lambda in ways that matter: Powertools keeps one event
loop across invocations only when ``LAMBDA_TASK_ROOT`` is set, and the consumer budgets its
dispatches by ``context.get_remaining_time_in_millis()``. The poller and the HTTP front end
run handlers in a persistent process (a warm container) with this environment and context.

:class:`ExecutionEnvironment` is that container for the poller: the handler runs in a child
process, so a function that outlives its timeout is killed as Lambda kills it (the
invocation fails, the next one is a cold start) instead of holding the poller forever.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from docpipe.errors import DocpipeError
from docpipe_cli.stack.orphans import die_with_parent

type Handler = Callable[[dict[str, Any], Any], Any]

#: How long a cold start (importing the handler's module) may take.
INIT_TIMEOUT_SECONDS = 120.0


class InvocationError(DocpipeError):
    """An invocation failed the way Lambda reports it: the handler raised, timed out, or
    its runtime died. The poller fails the whole batch for any of them."""


class FunctionTimedOut(InvocationError):
    """The handler ran past the function timeout; its execution environment was killed."""


#: The account id moto reports, used in the ARNs a handler may read from its context.
LOCAL_ACCOUNT_ID = "123456789012"


def _monotonic_ms() -> float:
    return time.monotonic() * 1000


@dataclass
class LambdaContext:
    """The attributes and the one method of Lambda's context object that handlers use."""

    function_name: str
    timeout_seconds: float
    region: str = "us-east-1"
    memory_limit_in_mb: int = 512
    function_version: str = "$LATEST"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    clock_ms: Callable[[], float] = _monotonic_ms
    _deadline_ms: float = field(init=False)

    def __post_init__(self) -> None:
        self._deadline_ms = self.clock_ms() + self.timeout_seconds * 1000

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:{self.region}:{LOCAL_ACCOUNT_ID}:function:{self.function_name}"

    @property
    def log_group_name(self) -> str:
        return f"/aws/lambda/{self.function_name}"

    @property
    def log_stream_name(self) -> str:
        return f"local/{self.aws_request_id}"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int(self._deadline_ms - self.clock_ms()))


def lambda_environment(
    *, function_name: str, handler: str, timeout_seconds: float, region: str, memory_mb: int = 512
) -> dict[str, str]:
    """The reserved variables Lambda sets for a Python function."""
    task_root = str(Path(__file__).resolve().parents[2])
    return {
        "LAMBDA_TASK_ROOT": task_root,
        "LAMBDA_RUNTIME_DIR": task_root,
        "_HANDLER": handler,
        "AWS_EXECUTION_ENV": "AWS_Lambda_python3.12",
        "AWS_LAMBDA_FUNCTION_NAME": function_name,
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(memory_mb),
        "AWS_LAMBDA_FUNCTION_TIMEOUT": str(int(timeout_seconds)),
        "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{function_name}",
        "AWS_LAMBDA_LOG_STREAM_NAME": "local",
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "POWERTOOLS_SERVICE_NAME": function_name,
    }


def load_handler(dotted: str) -> Handler:
    """Import ``package.module.function`` (Lambda's ``Handler`` setting)."""
    module_name, _, attribute = dotted.rpartition(".")
    if not module_name:
        raise ValueError(f"handler must be module.function, got {dotted!r}")
    handler: Handler = getattr(importlib.import_module(module_name), attribute)
    return handler


class ExecutionEnvironment:
    """A Lambda handler in a warm child process, killed and replaced when it times out.

    Called like the handler (``env(event, context)``); the child builds its own context
    with the remaining time of ``context``. The response goes back as JSON, as Lambda
    marshals it, so a response Lambda could not return fails here too.
    """

    def __init__(self, handler: str, *, init_timeout_seconds: float = INIT_TIMEOUT_SECONDS):
        self._handler = handler
        self._init_timeout = init_timeout_seconds
        self._spawn = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        #: Cold starts so far (the first one included).
        self.cold_starts = 0

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def start(self) -> None:
        """Cold start: a new process imports the handler; raise if it cannot."""
        self.close()
        ours, theirs = self._spawn.Pipe()
        process = self._spawn.Process(
            target=_serve, args=(theirs, self._handler, os.getpid()), name="lambda-runtime"
        )
        process.start()
        theirs.close()
        self._process, self._conn = process, ours
        self.cold_starts += 1
        if not ours.poll(self._init_timeout):
            self.close()
            raise InvocationError(f"{self._handler}: init did not finish in {self._init_timeout}s")
        try:
            kind, detail = ours.recv()
        except EOFError:
            kind, detail = "error", f"runtime exited with code {self._exit_code()}"
        if kind != "ready":
            self.close()
            raise InvocationError(f"{self._handler}: init failed: {detail}")

    def __call__(self, event: dict[str, Any], context: LambdaContext) -> Any:
        if self._conn is None:
            self.start()
        assert self._conn is not None
        budget = context.get_remaining_time_in_millis() / 1000
        self._conn.send(
            (event, context.function_name, budget, context.region, context.aws_request_id)
        )
        if not self._conn.poll(budget):
            self.close()
            raise FunctionTimedOut(f"Task timed out after {context.timeout_seconds:.2f} seconds")
        try:
            kind, payload = self._conn.recv()
        except EOFError:
            code = self._exit_code()
            self.close()
            raise InvocationError(
                f"Runtime exited with code {code} during the invocation"
            ) from None
        if kind != "ok":
            raise InvocationError(payload)
        return json.loads(payload)

    def close(self) -> None:
        """Kill the environment (Lambda does not let a timed-out handler finish either)."""
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.kill()
            self._process.join(timeout=10)
        self._process = self._conn = None

    def _exit_code(self) -> int | None:
        if self._process is None:
            return None
        self._process.join(timeout=5)
        return self._process.exitcode


def _serve(conn: Connection, dotted: str, parent_pid: int) -> None:
    """The child: load the handler once, then invoke it for every event received."""
    die_with_parent(parent_pid)
    try:
        handler = load_handler(dotted)
    except Exception:  # Lambda reports an init error and never invokes the handler
        conn.send(("error", traceback.format_exc(limit=5)))
        return
    conn.send(("ready", None))
    while True:
        try:
            event, name, budget, region, request_id = conn.recv()
        except EOFError:
            return
        context = LambdaContext(
            function_name=name, timeout_seconds=budget, region=region, aws_request_id=request_id
        )
        try:
            response = json.dumps(handler(event, context))
        except Exception as exc:  # the invocation fails; the environment stays warm
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            continue
        conn.send(("ok", response))
