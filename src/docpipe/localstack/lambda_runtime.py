"""What a Lambda function sees of its runtime, for invoking handlers on one machine.

Handlers behave differently inside Lambda in ways that matter: Powertools keeps one event
loop across invocations only when ``LAMBDA_TASK_ROOT`` is set, and the consumer budgets its
dispatches by ``context.get_remaining_time_in_millis()``. The poller and the HTTP front end
run handlers in a persistent process (a warm container) with this environment and context.
"""

from __future__ import annotations

import importlib
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

type Handler = Callable[[dict[str, Any], Any], Any]

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
