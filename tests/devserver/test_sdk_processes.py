"""The unmodified SDK as a client, in separate OS processes, against ``python -m devserver``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from devserver_helpers import WAIT, Processes, free_port
from resonate.error import ServerError
from resonate.resonate import Resonate
from resonate.types import Value

from docpipe.events import read_events
from support.waiting import wait_until_async

pytestmark = pytest.mark.integration

STEPS = ["download", "extract", "analyze", "store", "notify"]


def gateway(url: str, body: Callable[[Resonate], Awaitable[Any]]) -> Any:
    """Run ``body`` with a gateway-group client (dispatches to group "workers")."""

    async def main() -> Any:
        client = Resonate(url=url, group="gateway").options(target="workers")
        try:
            return await asyncio.wait_for(body(client), WAIT)
        finally:
            await client.stop()

    return asyncio.run(main())


@pytest.fixture
def stack(processes: Processes, tmp_path: Path) -> tuple[str, Path]:
    """A server and one worker in group "workers"; returns (url, worker log)."""
    port = free_port()
    processes.server(tmp_path / "resonate.db", port)
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "worker.log"
    processes.worker(url, "workers", log)
    return url, log


class TestSdkAgainstServer:
    """Workflows dispatched by one process and executed by another complete."""

    def test_rpc_runs_five_steps_once_each(self, stack: tuple[str, Path]) -> None:
        """An rpc from the gateway group runs the five-step workflow on the worker group."""
        url, log = stack
        result = gateway(url, lambda c: c.rpc("job-1", "pipeline", "job-1").result())
        assert result == [f"{s}:job-1" for s in STEPS]
        steps = [e["step"] for e in read_events(log) if e["event"] == "step.start"]
        assert steps == STEPS

    def test_several_workflows_concurrently(self, stack: tuple[str, Path]) -> None:
        """Ten concurrent rpcs all complete with their own results."""
        url, _ = stack

        async def body(client: Resonate) -> list[Any]:
            handles = [client.rpc(f"many-{i}", "pipeline", f"j{i}") for i in range(10)]
            return [await h.result() for h in handles]

        results = gateway(url, body)
        assert [r[0] for r in results] == [f"download:j{i}" for i in range(10)]

    def test_durable_sleep_wakes(self, stack: tuple[str, Path]) -> None:
        """``ctx.sleep`` suspends the workflow and the server's timer wakes it."""
        url, log = stack
        assert gateway(url, lambda c: c.rpc("nap-1", "sleeper", 300).result()) == "woke"
        assert [e["ms"] for e in read_events(log) if e["event"] == "slept"] == [300]

    def test_promise_resolved_from_outside(self, stack: tuple[str, Path]) -> None:
        """A workflow awaiting a human's decision continues once another client resolves it."""
        url, log = stack

        async def body(client: Resonate) -> Any:
            handle = client.rpc("approve-1", "approval", "approve-1")
            awaiting = await wait_until_async(
                lambda: [e for e in read_events(log) if e["event"] == "awaiting"],
                what="the workflow to await its promise",
                timeout=WAIT,
            )
            await client.promises.resolve(awaiting[0]["promise"], Value(data="yes"))
            return await handle.result()

        assert gateway(url, body) == "approve-1:yes"

    def test_schedule_fires_until_deleted(self, stack: tuple[str, Path]) -> None:
        """A schedule every second creates promises the worker group executes; once deleted it
        is gone and fires no more, while another schedule keeps firing."""
        url, log = stack

        def firings(tag: str) -> list[str]:
            return [
                e["id"] for e in read_events(log) if e["event"] == "scheduled" and e["tag"] == tag
            ]

        async def body(client: Resonate) -> int:
            schedule = await client.schedule("every-second", "* * * * * *", "scheduled", ("t",))
            await wait_until_async(lambda: len(firings("t")) >= 2, what="two firings", timeout=WAIT)
            await schedule.delete()
            deleted_at_ms = int(time.time() * 1000)
            with pytest.raises(ServerError) as missing:
                await client.schedules.get("every-second")
            assert missing.value.code == 404
            # Another schedule firing twice proves the server's timer ran past the deletion.
            marker = await client.schedule("marker", "* * * * * *", "scheduled", ("m",))
            await wait_until_async(lambda: len(firings("m")) >= 2, what="the marker", timeout=WAIT)
            await marker.delete()
            return deleted_at_ms

        deleted_at_ms = gateway(url, body)
        fired = firings("t")
        assert all(i.startswith("every-second-") for i in fired)
        assert len(set(fired)) == len(fired)
        # Ids carry the firing time: nothing fired for a second after the deletion.
        assert all(int(i.rsplit("-", 1)[1]) <= deleted_at_ms for i in fired), fired
