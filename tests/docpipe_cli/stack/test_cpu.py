"""CPU seconds of a component count its children, live or already reaped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from docpipe_cli.stack.cpu import components_cpu, machine_cpu, tree_cpu

#: A child that spends 0.3 CPU seconds, then says so and waits for its stdin to close.
BURN = (
    "import sys, time\n"
    "while time.process_time() < 0.3: pass\n"
    "print('burnt', flush=True)\n"
    "sys.stdin.read()\n"
)


class TestTreeCpu:
    """``tree_cpu`` adds a process's descendants to it."""

    def test_a_live_child_and_then_a_reaped_one_are_counted(self) -> None:
        """While it runs the child is a descendant; once waited for, in the parent's total
        (/proc counts whole clock ticks, hence the margin)."""
        before = tree_cpu(os.getpid())
        with subprocess.Popen(
            [sys.executable, "-c", BURN], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        ) as child:
            assert child.stdout is not None
            assert child.stdin is not None
            assert child.stdout.readline() == b"burnt\n"
            assert tree_cpu(os.getpid()) - before >= 0.28
            assert tree_cpu(child.pid) >= 0.28
            child.stdin.close()
        assert tree_cpu(os.getpid()) - before >= 0.28

    def test_components_are_read_from_the_pids_file(self, tmp_path: Path) -> None:
        """``pids.json`` names the components; a component's CPU is its tree's."""
        (tmp_path / "pids.json").write_text(json.dumps({"bench": os.getpid()}))
        assert list(components_cpu(tmp_path)) == ["bench"]
        assert components_cpu(tmp_path)["bench"] > 0

    def test_the_machine_counts_this_process_too(self) -> None:
        """The machine's CPU grows at least by what this process spends."""
        before, mine = machine_cpu(), tree_cpu(os.getpid())
        deadline = time.process_time() + 0.2
        while time.process_time() < deadline:
            pass
        assert machine_cpu() - before >= tree_cpu(os.getpid()) - mine - 0.02
