"""A worker process for the integration tests: durable functions that log what they run.

Run as ``python sdk_app.py URL GROUP``; ``APP_LOG`` names a JSON-lines file every step
appends to, ``APP_TTL`` the lease in seconds, ``APP_BLOCK_STEP`` a step that waits until
the file ``APP_GATE`` exists (so a test can kill a process in the middle of a workflow).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from resonate.resonate import Resonate

STEPS = ("download", "extract", "analyze", "store", "notify")


def log(event: str, **fields: Any) -> None:
    line = json.dumps({"event": event, "os_pid": os.getpid(), **fields})
    with open(os.environ["APP_LOG"], "a", encoding="utf-8") as f:
        f.write(line + "\n")


async def step(ctx: Any, name: str, job: str) -> str:
    log("step.start", step=name, job=job)
    gate = os.environ.get("APP_GATE")
    if name == os.environ.get("APP_BLOCK_STEP") and gate:
        while not Path(gate).exists():
            await asyncio.sleep(0.05)
    return f"{name}:{job}"


async def pipeline(ctx: Any, job: str) -> list[str]:
    return [await ctx.run(step, name, job) for name in STEPS]


async def sleeper(ctx: Any, ms: int) -> str:
    await ctx.sleep(timedelta(milliseconds=ms))
    log("slept", ms=ms)
    return "woke"


async def approval(ctx: Any, job: str) -> str:
    decision = ctx.promise()
    log("awaiting", job=job, promise=await decision.id())
    answer = await decision
    return f"{job}:{answer}"


async def scheduled(ctx: Any, tag: str) -> str:
    log("scheduled", tag=tag, id=ctx.info.id)
    return tag


async def main(url: str, group: str) -> None:
    ttl = timedelta(seconds=float(os.environ.get("APP_TTL", "60")))
    resonate = Resonate(url=url, group=group, ttl=ttl)
    for fn in (pipeline, sleeper, approval, scheduled):
        resonate.register(fn)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    log("ready", group=group)
    await stop.wait()
    await resonate.stop()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
