"""The worker's SSE source outlives aiohttp's default request timeout, where the SDK's dies."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from resonate.connections.sse import SSEConnection

from devserver import DevServer
from docpipe.durable import resonate_client
from docpipe.settings import Settings
from docpipe.sse_source import PersistentSSEConnection
from support.waiting import wait_until_async

VERSION = "2026-04-01"
#: Stands in for aiohttp's default 300 s total timeout, so the test takes seconds.
SHORT_DEFAULT = aiohttp.ClientTimeout(total=1.0, sock_connect=30)


def _create(promise_id: str, group: str) -> dict[str, Any]:
    return {
        "kind": "promise.create",
        "head": {"corrId": promise_id, "version": VERSION},
        "data": {
            "id": promise_id,
            "timeoutAt": 4_000_000_000_000,
            "param": {},
            "tags": {"resonate:target": f"poll://any@{group}"},
        },
    }


class TestPersistentSSEConnection:
    def test_hears_work_after_the_default_timeout_where_the_sdks_source_goes_deaf(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With aiohttp's default total timeout shrunk to 1 s, the SDK's listener task dies
        with a bare TimeoutError; ours still receives an execute message 3 s later."""
        monkeypatch.setattr(aiohttp.client, "DEFAULT_TIMEOUT", SHORT_DEFAULT)

        async def main() -> None:
            server = DevServer(tmp_path / "db", port=0, keepalive_seconds=0.2)
            await server.start()
            stock = SSEConnection(url=server.url, pid="stock", group="stock-group")
            ours = PersistentSSEConnection(url=server.url, pid="ours", group="our-group")
            received: list[dict[str, Any]] = []
            ours.recv(lambda data: received.append(json.loads(data)))
            await stock.start()
            await ours.start()
            try:
                stock_task = stock._sse_handle
                assert stock_task is not None
                await wait_until_async(stock_task.done, what="the SDK's listener to die")
                assert isinstance(stock_task.exception(), TimeoutError)
                await asyncio.sleep(2.0)  # well past the shrunk default: a real wait
                assert ours._sse_handle is not None
                assert not ours._sse_handle.done()
                async with (
                    aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session,
                    session.post(server.url + "/", json=_create("late-work", "our-group")) as reply,
                ):
                    assert reply.status == 200
                await wait_until_async(lambda: received, what="the execute message")
                assert received[0]["kind"] == "execute"
            finally:
                # The SDK's stop() re-raises its listener's death: one more face of the bug.
                with contextlib.suppress(TimeoutError):
                    await stock.stop()
                if stock._session is not None:  # left open by the failed stop()
                    await stock._session.close()
                await ours.stop()
                await server.stop()

        asyncio.run(main())

    def test_the_worker_listens_through_it(self) -> None:
        """A worker on a Resonate server over HTTP listens through the persistent source,
        under the same pid it leases tasks with."""
        client = resonate_client(
            Settings(resonate_url="http://127.0.0.1:9"), group="workers", receiving=True, pid="w1"
        )
        [source] = client._transport._sources  # type: ignore[attr-defined]
        assert isinstance(source, PersistentSSEConnection)
        assert source.unicast() == "poll://uni@workers/w1"
