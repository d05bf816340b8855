"""The test tree itself: pytest imports test files by their base name (the test folders are
not packages), so two files of the same name in different folders stop the whole run at
collection, whichever subset a developer ran before landing."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_every_test_module_name_is_unique() -> None:
    """No two ``test_*.py`` files under ``tests/`` share a file name."""
    names = Counter(
        path.name for path in TESTS.rglob("test_*.py") if "node_modules" not in path.parts
    )
    assert [name for name, count in names.items() if count > 1] == []
