"""Waiting for a real condition, never for a fixed time: the one polling helper of the suite."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


def wait_until[T](
    probe: Callable[[], T | None], *, what: str, timeout: float = 60.0, interval: float = 0.02
) -> T:
    """Poll ``probe`` until it returns something truthy and return it; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


async def wait_until_async[T](
    probe: Callable[[], T | None], *, what: str, timeout: float = 30.0, interval: float = 0.01
) -> T:
    """:func:`wait_until` inside an event loop: the loop keeps running while we wait."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        await asyncio.sleep(interval)
