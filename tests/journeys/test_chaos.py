"""The chaos benchmark's short run: under killed components and failing AWS calls, every job
still ends, no checkpointed step runs again, and no job is announced twice."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from support.stack import REPO, child_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.mark.timeout(900)  # two phases of a whole stack on a shared two-core machine
def test_the_short_chaos_run_keeps_the_invariants() -> None:
    """bench/chaos.py with 6 documents and 20 s of chaos: all terminal, 0 re-run
    checkpointed steps, 0 duplicate notifications, and the faults really happened."""
    completed = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "chaos.py"),
            "--documents",
            "6",
            "--chaos-seconds",
            "20",
            "--json",
        ],
        env=child_env("chaos-short"),
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    assert completed.stdout, completed.stderr[-3000:]
    result = json.loads(completed.stdout)
    assert result["all_terminal"], result
    assert result["executions_unsettled"] == 0, result
    assert result["checkpointed_steps_rerun"] == 0, result["reruns"]
    assert result["step_starts_audited"] >= 60  # 12 jobs x 5 steps, each checked
    assert result["duplicate_notifications"] == 0, result
    assert result["jobs"] == 12
    assert result["jobs_notified"] == 12
    assert result["disruptions"], "the monkey disrupted nothing"
    assert sum(result["faults"]["errors"].values()) > 0, "the proxy injected no fault"
    assert completed.returncode == 0, completed.stderr[-3000:]
