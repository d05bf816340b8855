"""Fixtures for the devserver tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from devserver_helpers import Processes


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Processes]:
    """Processes started through this are stopped at teardown, pass or fail."""
    procs = Processes(tmp_path)
    try:
        yield procs
    finally:
        procs.stop_all()
