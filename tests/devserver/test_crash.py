"""Crashes: a worker killed mid-workflow, and the server itself killed with SIGKILL."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from devserver_helpers import WAIT, Processes, env, free_port
from resonate.resonate import Resonate

from docpipe.events import read_events
from support.waiting import wait_until_async

pytestmark = pytest.mark.integration

STEPS = ["download", "extract", "analyze", "store", "notify"]
#: Lease of the workers in these tests, seconds.
TTL = 3.0


def starts(log: Path, step: str) -> list[dict[str, Any]]:
    return [e for e in read_events(log) if e["event"] == "step.start" and e["step"] == step]


async def dispatch(url: str, job: str) -> tuple[Resonate, Any]:
    client = Resonate(url=url, group="gateway").options(target="workers")
    handle = client.rpc(job, "pipeline", job)
    await asyncio.wait_for(handle.id(), WAIT)
    return client, handle


class TestWorkerCrash:
    """A worker killed with SIGKILL is replaced by a live one when its lease lapses."""

    def test_second_worker_finishes_without_rerunning_checkpoints(
        self, processes: Processes, tmp_path: Path
    ) -> None:
        """Steps before the kill run once; the job resumes within TTL + 2 s on worker B."""
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        processes.server(tmp_path / "resonate.db", port)
        log = tmp_path / "steps.log"
        gate = tmp_path / "never"
        first = processes.worker(
            url, "workers", log, APP_TTL=str(TTL), APP_BLOCK_STEP="analyze", APP_GATE=str(gate)
        )

        async def scenario() -> tuple[Any, float]:
            client, handle = await dispatch(url, "crash-1")
            try:
                await wait_until_async(lambda: starts(log, "analyze"), what="analyze", timeout=WAIT)
                await asyncio.to_thread(processes.worker, url, "workers", log, APP_TTL=str(TTL))
                killed_at = time.monotonic()
                first.send_signal(signal.SIGKILL)
                await wait_until_async(
                    lambda: len(starts(log, "analyze")) == 2,
                    what="analyze on worker B",
                    timeout=WAIT,
                )
                resumed_after = time.monotonic() - killed_at
                return await asyncio.wait_for(handle.result(), WAIT), resumed_after
            finally:
                await client.stop()

        result, resumed_after = asyncio.run(scenario())
        assert result == [f"{s}:crash-1" for s in STEPS]
        per_step = {s: [e["os_pid"] for e in starts(log, s)] for s in STEPS}
        assert len(per_step["download"]) == 1
        assert len(per_step["extract"]) == 1
        assert per_step["analyze"][0] == first.pid
        assert per_step["analyze"][1] != first.pid
        assert resumed_after < TTL + 2.0


class TestServerCrash:
    """The server killed with SIGKILL mid-workflow loses nothing it acknowledged."""

    def test_workflow_completes_after_server_restart(
        self, processes: Processes, tmp_path: Path
    ) -> None:
        """Restarted on the same file, the workflow finishes; no checkpointed step reruns."""
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        db = tmp_path / "resonate.db"
        server = processes.server(db, port)
        log = tmp_path / "steps.log"
        gate = tmp_path / "gate"
        processes.worker(
            url, "workers", log, APP_TTL=str(TTL), APP_BLOCK_STEP="store", APP_GATE=str(gate)
        )

        async def scenario() -> Any:
            client, handle = await dispatch(url, "durable-1")
            try:
                await wait_until_async(lambda: starts(log, "store"), what="store", timeout=WAIT)
                server.send_signal(signal.SIGKILL)
                server.wait(timeout=WAIT)
                await asyncio.to_thread(processes.server, db, port)
                gate.touch()
                return await asyncio.wait_for(handle.result(), 2 * WAIT)
            finally:
                await client.stop()

        assert asyncio.run(scenario()) == [f"{s}:durable-1" for s in STEPS]
        for step in ("download", "extract", "analyze"):
            assert len(starts(log, step)) == 1, step
        assert len(starts(log, "notify")) == 1


class TestOneServerPerFile:
    def test_a_second_server_on_the_same_database_exits_saying_why(
        self, processes: Processes, tmp_path: Path
    ) -> None:
        """The running server keeps its file; the second one exits 1 naming it, instead of
        serving (and delivering) the same promises twice."""
        db = tmp_path / "resonate.db"
        processes.server(db, free_port())
        second = subprocess.run(
            [sys.executable, "-m", "devserver", "--db", str(db), "--port", str(free_port())],
            env=env(),
            capture_output=True,
            text=True,
            timeout=WAIT,
            check=False,
        )
        assert second.returncode == 1
        assert f"{db} is in use by another server" in second.stderr
