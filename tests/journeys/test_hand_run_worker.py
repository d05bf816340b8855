"""The ``--without worker`` path of docs/local-stack.md: ``docpipe up --without worker`` plus a
worker run by hand with ``docpipe worker --stack DIR/stack.json``, from a shell that knows
nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from docpipe import events
from docpipe.jobs import STEPS
from support.stack import SRC, TEST_ENV, Stack, document, wait_until

pytestmark = pytest.mark.integration


def bare_shell_env(marker: str) -> dict[str, str]:
    """A user's shell: no docpipe or AWS variables, and a profile that does not exist here
    (a real developer's ``AWS_PROFILE`` must not break a local worker)."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("AWS_", "DOCPIPE_", "RESONATE_"))
    }
    env.update(TEST_ENV)
    env["PYTHONPATH"] = str(SRC)
    env["DOCPIPE_TEST_STACK"] = marker
    env["AWS_PROFILE"] = "no-such-profile-here"
    return env


def docpipe(
    *argv: str, env: dict[str, str], timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "docpipe_cli.cli", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


class TestHandRunWorker:
    def test_a_job_reaches_done_through_a_worker_started_by_hand(
        self, stack_factory: Callable[..., Stack], tmp_path: Path
    ) -> None:
        """submit -> a hand-run ``docpipe worker --stack`` -> ``status --wait`` exits 0 (done),
        every step ran once, and the worker's log holds no failed attempt."""
        stack = stack_factory("--without", "worker")
        stack_json = str(stack.state_dir / "stack.json")
        env = bare_shell_env(stack.marker)
        worker_log = tmp_path / "hand-worker.log"
        stack.spawn(
            [sys.executable, "-m", "docpipe_cli.cli", "worker", "--stack", stack_json],
            worker_log,
            env,
        )
        wait_until(
            lambda: events.has_event(worker_log, events.WORKER_READY),
            timeout=90,
            what="the hand-run worker to be ready",
        )
        doc = tmp_path / "by-hand.txt"
        doc.write_bytes(document("Run by hand"))
        submitted = docpipe("submit", str(doc), "--stack", stack_json, env=env)
        assert submitted.returncode == 0, submitted.stderr
        job_id = submitted.stdout.strip()

        waited = docpipe(
            "status", job_id, "--wait", "--timeout", "150", "--json", "--stack", stack_json, env=env
        )
        assert waited.returncode == 0, (waited.stdout, waited.stderr, worker_log.read_text())
        assert stack.step_starts(job_id, log=worker_log) == list(STEPS)
        assert not [e for e in events.read_events(worker_log) if e["event"] == events.STEP_RETRY]
