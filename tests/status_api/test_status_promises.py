"""The promise fallback: ResonatePromiseReader against the SDK's in-process server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import cast

import aiohttp
import pytest
from resonate.error import ConnectorError
from resonate.resonate import Resonate
from resonate.types import PromiseRecord, Value

from docpipe.errors import TransientError
from docpipe.settings import Settings
from status_api import handler
from status_api.promises import ResonatePromiseReader

FAR_FUTURE = 1 << 50


@pytest.fixture
def free_port() -> int:
    """A loopback port nothing listens on (bound, read, released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def reader() -> Iterator[ResonatePromiseReader]:
    client = Resonate(env={}, subscription_refresh_secs=0, autostart=False)
    reader = ResonatePromiseReader(client)
    yield reader
    reader.close()


def create(reader: ResonatePromiseReader, promise_id: str) -> None:
    """Create a pending promise through the reader's own client and loop."""
    client = reader._resonate
    reader._loop.run_until_complete(
        client.promises.create(promise_id, FAR_FUTURE, Value(data=None), {})
    )


class TestResonatePromiseReader:
    def test_missing_promise_is_none(self, reader: ResonatePromiseReader) -> None:
        assert reader.get_state("docpipe-job-nope") is None

    def test_pending_promise_is_pending(self, reader: ResonatePromiseReader) -> None:
        create(reader, "docpipe-job-a")
        found = reader.get_state("docpipe-job-a")
        assert found is not None
        assert found.state == "pending"

    def test_rejected_promise_carries_its_message(self, reader: ResonatePromiseReader) -> None:
        """A rejection's error message becomes the reason the status API reports."""
        create(reader, "docpipe-job-b")
        client = reader._resonate
        reader._loop.run_until_complete(
            client.promises.reject("docpipe-job-b", Value(data={"message": "notify failed"}))
        )
        found = reader.get_state("docpipe-job-b")
        assert found is not None
        assert (found.state, found.reason) == ("rejected", "notify failed")


class DropsFirstConnection:
    """Stands in for a client whose pooled connection the restarted server closed: the
    first ``promises.get`` fails at the transport, later ones reach the real client."""

    def __init__(self, inner: Resonate) -> None:
        self.inner = inner
        self.gets = 0

    @property
    def promises(self) -> DropsFirstConnection:
        return self

    async def get(self, id: str) -> PromiseRecord:
        self.gets += 1
        if self.gets == 1:
            raise ConnectorError(aiohttp.ServerDisconnectedError())
        return await self.inner.promises.get(id)

    async def stop(self) -> None:
        await self.inner.stop()


class TestConnectionRecovery:
    def test_dropped_connection_is_retried_once(self) -> None:
        """After a server restart the first lookup's stale connection fails; the reader
        retries once on a fresh one and answers instead of a 503."""
        inner = Resonate(env={}, subscription_refresh_secs=0, autostart=False)
        client = DropsFirstConnection(inner)
        reader = ResonatePromiseReader(cast("Resonate", client))
        try:
            assert reader.get_state("docpipe-job-nope") is None
            assert client.gets == 2
        finally:
            reader.close()

    def test_server_down_is_transient_after_two_tries(self, free_port: int) -> None:
        """Nothing listening: both tries fail at once, the lookup is a TransientError."""
        reader = ResonatePromiseReader.connect(
            Settings(resonate_url=f"http://127.0.0.1:{free_port}")
        )
        try:
            with pytest.raises(TransientError, match="unreachable"):
                reader.get_state("docpipe-job-x")
        finally:
            reader.close()

    def test_close_is_idempotent_and_refuses_later_lookups(self) -> None:
        """A closed reader does not reopen a session behind its owner's back."""
        reader = ResonatePromiseReader(
            Resonate(env={}, subscription_refresh_secs=0, autostart=False)
        )
        reader.close()
        reader.close()
        with pytest.raises(TransientError, match="closed"):
            reader.get_state("docpipe-job-x")


class TestHandlerLifecycle:
    def test_built_reader_is_closed_by_shutdown_and_at_exit(
        self, monkeypatch: pytest.MonkeyPatch, free_port: int
    ) -> None:
        """The handler closes the reader it built (its HTTP session) on shutdown, and
        registers that with atexit so a serving process exits without leaking it."""
        monkeypatch.setenv("RESONATE_URL", f"http://127.0.0.1:{free_port}")
        monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
        registered: list[object] = []
        monkeypatch.setattr(handler.atexit, "register", registered.append)
        monkeypatch.setattr(
            handler.atexit,
            "unregister",
            lambda fn: registered.remove(fn) if fn in registered else None,
        )
        handler.use_service(None)
        built = handler.service()
        reader = built.promises
        assert isinstance(reader, ResonatePromiseReader)
        assert handler.shutdown in registered
        handler.shutdown()
        assert handler.shutdown not in registered
        with pytest.raises(TransientError, match="closed"):
            reader.get_state("docpipe-job-x")
        handler.shutdown()
