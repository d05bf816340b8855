"""One consistent local stack across restarts: the AWS emulator's state and the engine's.

The durable engine keeps its state in the state directory as it goes (``resonate.db``, or
the ``postgres`` data directory): every acknowledged change is on disk. The AWS emulator
(:mod:`.aws_emulator`) can only write its state when it is stopped cleanly. The two agree
after a clean stop, and only then. So ``docpipe up`` records each run in ``run.json``:

* at start, ``{"state": "running"}``;
* at a clean stop, ``{"state": "stopped", "consistent": true}`` once the emulator has exited
  having written its snapshot (``consistent`` is false when it did not, or when it was
  restarted during the run and so lost what it held).

The next start restores both when the last run stopped consistently. Otherwise (``docpipe
up`` was killed with SIGKILL, the machine went down, the emulator crashed or its snapshot
was written by another moto version) the AWS state is missing or older than the engine's:
jobs would resume against documents and rows that are gone, or a review would wait on a
job table that never heard of it. Both then start empty, and the previous state is moved
(not deleted) to ``abandoned-<time>/`` in the state directory, with a message saying so.

Only state the stack owns is touched: with ``--without aws`` the emulator is the user's, and
nothing is reset; with ``--without resonate`` the engine is, and only the AWS state resets.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docpipe_cli.stack import aws_emulator

#: The record of the last run, in the state directory.
RUN_FILE = "run.json"
#: The emulator's state directory, inside the state directory.
AWS_STATE_DIR = "aws"
#: What the durable engines keep in the state directory.
ENGINE_STATE = ("resonate.db", "resonate.db-wal", "resonate.db-shm", "postgres")


@dataclass(frozen=True, slots=True)
class Ownership:
    """Which state this ``docpipe up`` keeps in its state directory."""

    aws: bool
    engine: bool


def read_run(state_dir: Path) -> dict[str, object] | None:
    try:
        record = json.loads((state_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _write_run(state_dir: Path, record: dict[str, object]) -> None:
    path = state_dir / RUN_FILE
    partial = path.with_name(RUN_FILE + ".partial")
    partial.write_text(json.dumps(record) + "\n", encoding="utf-8")
    os.replace(partial, path)


def why_not_restorable(state_dir: Path, owned: Ownership) -> str | None:
    """Why the state directory's AWS and engine state cannot both be restored (``None``:
    they can, or there is nothing to restore)."""
    if not owned.aws:
        return None
    aws_dir = state_dir / AWS_STATE_DIR
    leftovers = [name for name in ENGINE_STATE if (state_dir / name).exists()]
    if not leftovers and not (aws_dir / aws_emulator.SNAPSHOT_FILE).exists():
        return None  # a fresh state directory
    previous = read_run(state_dir) or {}
    checks = (
        (bool(previous), "it holds no record of a clean stop"),
        (
            previous.get("state") == "stopped",
            "the previous docpipe up did not stop cleanly (was it killed?)",
        ),
        (
            previous.get("consistent") is True,
            "the AWS emulator lost or could not save its state during the previous run",
        ),
        (
            aws_emulator.compatible(aws_dir),
            "the AWS state was saved by another moto version than " + aws_emulator.moto_version(),
        ),
    )
    return next((why for holds, why in checks if not holds), None)


def begin_run(
    state_dir: Path,
    owned: Ownership,
    *,
    report: Callable[[str], None],
    clock: Callable[[], float] = time.time,
) -> None:
    """Before any component starts: reset what cannot be restored consistently, then mark
    the run as running."""
    problem = why_not_restorable(state_dir, owned)
    if problem is not None:
        moved = _set_aside(state_dir, owned, clock)
        engine = (
            "the durable engine and the AWS emulator start"
            if owned.engine
            else "the AWS emulator starts (the external durable engine keeps its jobs)"
        )
        report(
            f"cannot restore the previous state consistently: {problem}; {engine} empty. "
            f"The old state is kept in {moved}"
        )
    elif owned.aws and (state_dir / AWS_STATE_DIR / aws_emulator.SNAPSHOT_FILE).exists():
        report(f"restoring the AWS emulator's and the durable engine's state from {state_dir}")
    _write_run(state_dir, {"state": "running", "pid": os.getpid()})


def end_run(state_dir: Path, owned: Ownership, *, aws_saved: bool) -> None:
    """After every component stopped: record whether the two states agree."""
    consistent = aws_saved or not owned.aws
    _write_run(state_dir, {"state": "stopped", "consistent": consistent})


def _set_aside(state_dir: Path, owned: Ownership, clock: Callable[[], float]) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(clock()))
    target = state_dir / f"abandoned-{stamp}"
    suffix = 1
    while target.exists():
        suffix += 1
        target = state_dir / f"abandoned-{stamp}-{suffix}"
    target.mkdir(parents=True)
    names = [AWS_STATE_DIR] + (list(ENGINE_STATE) if owned.engine else [])
    for name in names:
        if (state_dir / name).exists():
            os.replace(state_dir / name, target / name)
    return target
