"""Start ``docpipe up`` as a child process on free ports and wait for its ``stack.json``.

What the demo, the integration tests and the end-to-end benchmark share: they all run the
stack as a user does (a separate ``docpipe up`` process), on ports nobody else uses, and
all of them must stop it, even when they fail.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from docpipe.errors import DocpipeError
from docpipe_cli.stack.stackfile import STACK_FILE, StackInfo, is_running
from docpipe_cli.stack.supervisor import tail

#: How long ``docpipe up`` may take to write stack.json on a busy machine.
STARTUP_TIMEOUT_SECONDS = 180.0
#: ``docpipe up`` gives its components 8 s to stop, then kills them: wait a little longer.
STOP_GRACE_SECONDS = 40.0
#: The log ``docpipe up``'s own output goes to, inside the state directory.
UP_LOG = "up.log"


class StackDidNotStart(DocpipeError):
    """``docpipe up`` exited, or wrote no stack.json in time; the message holds its log."""


def free_port(host: str = "127.0.0.1") -> int:
    """A port the kernel just found free (bind to port 0)."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def up_argv(state_dir: Path, *extra: str) -> list[str]:
    """``python -m docpipe_cli.cli up`` in ``state_dir`` with a free port for each server."""
    return [
        sys.executable,
        "-m",
        "docpipe_cli.cli",
        "up",
        "--state-dir",
        str(state_dir),
        "--aws-port",
        str(free_port()),
        "--resonate-port",
        str(free_port()),
        "--api-port",
        str(free_port()),
        *extra,
    ]


def launch_up(
    state_dir: Path, *extra: str, env: Mapping[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Start ``docpipe up`` (output to ``state_dir/up.log``); it runs until :func:`stop_process`.

    A ``stack.json`` left by a run that was killed is removed first, or
    :func:`wait_for_stack` would take it for the new stack's.
    """
    state_dir.mkdir(parents=True, exist_ok=True)
    if not is_running(state_dir):
        (state_dir / STACK_FILE).unlink(missing_ok=True)
    with (state_dir / UP_LOG).open("ab") as log:
        return subprocess.Popen(  # noqa: S603 -- our own interpreter and arguments
            up_argv(state_dir, *extra),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=None if env is None else dict(env),
        )


def wait_for_stack(
    up: subprocess.Popen[bytes],
    state_dir: Path,
    *,
    timeout: float = STARTUP_TIMEOUT_SECONDS,
) -> StackInfo:
    """Poll for ``stack.json``; raise :class:`StackDidNotStart` if ``up`` exits or time runs
    out (``up`` is left running in that case: the caller's ``finally`` stops it)."""
    path = state_dir / STACK_FILE
    deadline = time.monotonic() + timeout
    while not path.exists():
        if up.poll() is not None:
            raise StackDidNotStart(
                f"docpipe up exited with code {up.returncode}:\n{tail(state_dir / UP_LOG, 40)}"
            )
        if time.monotonic() > deadline:
            raise StackDidNotStart(
                f"docpipe up wrote no {path} within {timeout:.0f}s:\n{tail(state_dir / UP_LOG, 40)}"
            )
        time.sleep(0.2)
    return StackInfo.load(path)


def stop_process(process: subprocess.Popen[bytes], *, grace: float = STOP_GRACE_SECONDS) -> None:
    """SIGTERM (``docpipe up`` then stops its components), SIGKILL after ``grace``;
    returns once the process is gone."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def start_and_wait(
    state_dir: Path,
    *extra: str,
    env: Mapping[str, str] | None = None,
    timeout: float = STARTUP_TIMEOUT_SECONDS,
) -> tuple[subprocess.Popen[bytes], StackInfo]:
    """:func:`launch_up` then :func:`wait_for_stack`; stops ``docpipe up`` if it fails."""
    up = launch_up(state_dir, *extra, env=env)
    try:
        return up, wait_for_stack(up, state_dir, timeout=timeout)
    except BaseException:
        stop_process(up)
        raise
