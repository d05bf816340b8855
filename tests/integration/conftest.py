"""Fixtures that run the real local stack as separate processes on loopback ports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .stackctl import Stack, processes_with_marker, start_stack, wait_until


def _stop_and_check(stack: Stack) -> None:
    stack.stop()
    leftovers = wait_until(
        lambda: not processes_with_marker(stack.marker) or None,
        timeout=20,
        what="every process of the stack to exit",
    )
    assert leftovers


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A whole ``docpipe up`` (all five components), shared by a module's tests."""
    running = start_stack(tmp_path_factory.mktemp("stack"))
    try:
        yield running
    finally:
        _stop_and_check(running)


@pytest.fixture
def stack_factory(tmp_path: Path) -> Iterator[list[Stack]]:
    """Start stacks with custom arguments inside one test; all stopped afterwards."""
    started: list[Stack] = []
    yield started
    for running in started:
        _stop_and_check(running)


def document(text: str) -> bytes:
    """A small plain-text document the pipeline reads and analyses."""
    return (
        f"{text}\n\nInvoice INV-2041 from Example Supplies Ltd to Jane Doe.\n"
        "Amount due: 1,250.00 EUR by 2026-12-01. Contact billing@example.com.\n"
    ).encode()
