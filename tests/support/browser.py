"""The browser the console journeys drive: Debian's Chromium (installed by `make browser`,
never a downloaded one) through Playwright, headless, with what phones home turned off."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("DOCPIPE_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("DOCPIPE_TEST_ARTIFACTS", REPO / ".artifacts"))
#: Longest the console may take to show a change (it refreshes every 2 s; the machine is shared).
UI_TIMEOUT_MS = 60_000


def playwright_api() -> Any:
    """Playwright's sync API; skips the calling module when there is no browser to drive."""
    if not CHROMIUM.exists():
        pytest.skip(
            f"no browser at {CHROMIUM}: `make test` installs Debian's chromium (as root)",
            allow_module_level=True,
        )
    return pytest.importorskip("playwright.sync_api")


@contextmanager
def chromium() -> Iterator[Any]:
    """A launched headless Chromium, closed afterwards."""
    with playwright_api().sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()
