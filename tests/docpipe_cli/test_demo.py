"""``make demo``: the bundled samples through the real local stack, exit 0."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import uuid

import pytest

from support.stack import REPO, child_env, processes_with_marker, wait_until

pytestmark = pytest.mark.integration


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_demo_exits_zero_with_every_job_done() -> None:
    """The demo starts the stack, pushes every sample through S3 and SQS, and stops it."""
    marker = uuid.uuid4().hex
    # -o: use the project as installed (`make test` has just built the venv).
    make = subprocess.Popen(
        ["make", "-o", ".venv/.installed", "demo"],
        cwd=REPO,
        env=child_env(marker),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = make.communicate(timeout=480)
    except subprocess.TimeoutExpired:
        os.killpg(make.pid, signal.SIGTERM)
        stdout, stderr = make.communicate(timeout=60)
    finally:
        leftovers = wait_until(
            lambda: not processes_with_marker(marker) or None,
            timeout=30,
            what="every process of the demo's stack to exit",
        )
        assert leftovers
    assert make.returncode == 0, stdout[-4000:] + stderr[-4000:]
    summary = [line for line in stdout.splitlines() if line.endswith("jobs done")]
    done, total = summary[-1].split()[0].split("/")
    assert done == total
    assert int(total) >= 2
