"""Fixtures for the consumer tests (helpers live in ``consumer_support``)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import pytest
from consumer_support import ProtocolServer

from consumer import handler


@pytest.fixture
def protocol_server() -> Iterator[ProtocolServer]:
    """A Resonate-protocol server on a free loopback port, stopped after the test."""
    server = ProtocolServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def closed_port_url() -> str:
    """A loopback URL nothing listens on (the port was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def fresh_default_handler(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Isolate ``lambda_handler``'s process-wide singletons: none before, none leaked after."""
    for name in ("RESONATE_URL", "RESONATE_TOKEN", "DOCPIPE_DISPATCH_TIMEOUT_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    handler.shutdown()
    try:
        yield
    finally:
        handler.shutdown()


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A private event loop, closed after the test."""
    event_loop = asyncio.new_event_loop()
    try:
        yield event_loop
    finally:
        event_loop.close()
