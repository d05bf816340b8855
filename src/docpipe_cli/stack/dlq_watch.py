"""``docpipe up``'s eye on the dead-letter queue: a line whenever messages arrive in it.

A message the consumer refuses is logged (``message.refused``) on each receive, and after
the queue's ``maxReceiveCount`` receives SQS moves it to the DLQ, where nothing else would
ever mention it. The watch asks the DLQ's depth every few seconds and says when it grew.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

#: How often the depth is asked (the supervision loop ticks faster).
CHECK_EVERY_SECONDS = 2.0


@dataclass
class DlqWatch:
    """Call :meth:`poll` from a loop; it returns a line to show when the DLQ grew."""

    sqs: Any
    dlq_url: str
    hint: str
    clock: Callable[[], float] = time.monotonic
    depth: int | None = None
    _next: float = field(default=0.0)

    def poll(self) -> str | None:
        now = self.clock()
        if now < self._next:
            return None
        self._next = now + CHECK_EVERY_SECONDS
        try:
            attributes = self.sqs.get_queue_attributes(
                QueueUrl=self.dlq_url, AttributeNames=["ApproximateNumberOfMessages"]
            )["Attributes"]
        except (BotoCoreError, ClientError):
            return None  # the emulator restarting: ask again later
        depth = int(attributes.get("ApproximateNumberOfMessages", 0))
        before, self.depth = self.depth, depth
        if before is None:
            return f"{depth} message(s) in the dead-letter queue: {self.hint}" if depth else None
        if depth > before:
            return (
                f"{depth - before} message(s) arrived in the dead-letter queue "
                f"({depth} there): {self.hint}"
            )
        return None
