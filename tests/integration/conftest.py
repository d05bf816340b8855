"""Fixtures that run the real local stack as separate processes on loopback ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .stackctl import Stack, start_stack, stop_and_check


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A whole ``docpipe up`` (all five components), shared by a module's tests."""
    running = start_stack(tmp_path_factory.mktemp("stack"))
    try:
        yield running
    finally:
        stop_and_check(running)


@pytest.fixture
def stack_factory(tmp_path: Path) -> Iterator[Callable[..., Stack]]:
    """``stack_factory(*up_args, state_dir=...)`` starts a stack inside one test; every stack
    started is stopped (and checked for leftovers) afterwards."""
    started: list[Stack] = []

    def start(*args: str, state_dir: Path | None = None) -> Stack:
        running = start_stack(state_dir or tmp_path / f"stack-{len(started)}", *args)
        started.append(running)
        return running

    yield start
    for running in reversed(started):
        stop_and_check(running)


def document(text: str) -> bytes:
    """A small plain-text document the pipeline reads and analyses."""
    return (
        f"{text}\n\nInvoice INV-2041 from Example Supplies Ltd to Jane Doe.\n"
        "Amount due: 1,250.00 EUR by 2026-12-01. Contact billing@example.com.\n"
    ).encode()
