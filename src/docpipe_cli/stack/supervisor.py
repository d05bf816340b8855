"""Run components as supervised child processes: start, wait for ready, restart, stop.

Each child runs in its own process group (so a signal reaches everything it spawned) with
its output in ``<state dir>/logs/<name>.log``. A child that dies is reported and, when its
spec says so, restarted with exponential backoff. Stopping sends SIGTERM to every group,
waits a grace period, then SIGKILLs what is left. On Linux each child also asks the kernel
to kill it if the supervisor itself dies (:mod:`.orphans`; the poller's function process
does the same with the poller), so even ``kill -9`` of ``docpipe up`` leaves no orphans.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from docpipe.errors import DocpipeError
from docpipe_cli.stack.orphans import preexec_die_with_parent

#: First restart delay; doubles per consecutive crash up to :data:`MAX_BACKOFF_SECONDS`.
INITIAL_BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 15.0
#: A child that stayed up this long is considered healthy again (its backoff resets).
HEALTHY_AFTER_SECONDS = 30.0
#: Each component's pid by name, in the state directory.
PIDS_FILE = "pids.json"


class ComponentFailed(DocpipeError):
    """A component exited or never became ready while starting."""


@dataclass(frozen=True, slots=True)
class ComponentSpec:
    """How to run one component."""

    name: str
    argv: tuple[str, ...]
    env: Mapping[str, str]
    #: True once the component serves; polled while it starts, with the size its log file
    #: had when this process started (so an earlier run's lines do not count).
    ready: Callable[[int], bool]
    #: Restart it when it dies (a user wants that for everything whose state is durable).
    restart: bool = True
    #: Run after every start once ready (the AWS emulator is re-provisioned here).
    on_ready: Callable[[], None] | None = None
    ready_timeout_seconds: float = 60.0
    #: Stopped only once every other component has exited, with this grace period (the
    #: AWS emulator saves its state on the way out: nothing may write to it meanwhile).
    stop_last_grace_seconds: float | None = None


@dataclass
class _Child:
    spec: ComponentSpec
    process: subprocess.Popen[bytes]
    log: IO[bytes]
    started_at: float
    log_offset: int
    backoff: float = INITIAL_BACKOFF_SECONDS
    restart_at: float | None = None
    restarts: int = 0
    history: list[int] = field(default_factory=list)


class Supervisor:
    """Owns the component processes of one ``docpipe up``."""

    def __init__(
        self,
        state_dir: Path,
        *,
        report: Callable[[str], None],
        grace_seconds: float = 8.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.state_dir = state_dir
        self.logs_dir = state_dir / "logs"
        self._report = report
        self._grace = grace_seconds
        self._clock = clock
        self._children: dict[str, _Child] = {}

    def log_path(self, name: str) -> Path:
        return self.logs_dir / f"{name}.log"

    def start(self, spec: ComponentSpec) -> None:
        """Start ``spec`` and wait until it is ready; raise :class:`ComponentFailed` if it
        exits or misses its deadline (the caller stops the others)."""
        child = self._spawn(spec)
        self._children[spec.name] = child
        self._wait_ready(child)

    def pids(self) -> dict[str, int]:
        return {name: child.process.pid for name, child in self._children.items()}

    def check(self) -> None:
        """Notice children that died; restart those due. Call this periodically."""
        now = self._clock()
        for name, child in self._children.items():
            code = child.process.poll()
            if code is not None and child.restart_at is None:
                child.history.append(code)
                died = f"{name} (pid {child.process.pid}) {describe_exit(code)}"
                last = _indent(tail(self.log_path(name), lines=5))
                if not child.spec.restart:
                    self._report(f"{died}; not restarting it. Its log ends:\n{last}")
                    child.restart_at = float("inf")
                    continue
                if now - child.started_at >= HEALTHY_AFTER_SECONDS:
                    child.backoff = INITIAL_BACKOFF_SECONDS
                child.restart_at = now + child.backoff
                self._report(
                    f"{died} after {now - child.started_at:.0f}s; restarting in "
                    f"{child.backoff:.1f}s. {self.log_path(name)} ends:\n{last}"
                )
                child.backoff = min(child.backoff * 2, MAX_BACKOFF_SECONDS)
            elif code is not None and child.restart_at is not None and now >= child.restart_at:
                self._restart(name, child)

    def _restart(self, name: str, old: _Child) -> None:
        old.log.close()
        child = self._spawn(old.spec)
        child.backoff, child.restarts, child.history = old.backoff, old.restarts + 1, old.history
        self._children[name] = child
        try:
            self._wait_ready(child)
        except ComponentFailed as exc:
            self._report(str(exc))
            return
        self._report(f"{name} restarted (pid {child.process.pid})")

    def restarts(self, name: str) -> int:
        """How often ``name`` was restarted (or is about to be) during this run."""
        child = self._children.get(name)
        return 0 if child is None else child.restarts + (child.restart_at is not None)

    def stop_all(self) -> dict[str, int | None]:
        """SIGTERM every process group, wait the grace period, SIGKILL the rest; the
        components marked to stop last go the same way once the others are gone. Returns
        each component's exit code (``None``: it would not die)."""
        children = list(self._children.values())
        first = [c for c in children if c.spec.stop_last_grace_seconds is None]
        codes = self._stop(first, self._grace)
        for child in children:
            if child.spec.stop_last_grace_seconds is not None:
                codes.update(self._stop([child], child.spec.stop_last_grace_seconds))
        self._children.clear()
        self._write_pids()
        return codes

    def _stop(self, children: list[_Child], grace: float) -> dict[str, int | None]:
        for child in reversed(children):
            _signal_group(child.process.pid, signal.SIGTERM)
        deadline = self._clock() + grace
        codes: dict[str, int | None] = {}
        for child in children:
            remaining = max(0.0, deadline - self._clock())
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.process.wait(timeout=remaining)
            codes[child.spec.name] = child.process.poll()
        for child in children:
            # The group may outlive its leader (a grandchild); kill whatever is left in it.
            _signal_group(child.process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.process.wait(timeout=5)
            child.log.close()
        return codes

    def _spawn(self, spec: ComponentSpec) -> _Child:
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_path(spec.name).open("ab")
        log_offset = log.seek(0, os.SEEK_END)
        process = subprocess.Popen(  # noqa: S603 -- argv is built by docpipe, not a shell
            spec.argv,
            env=dict(spec.env),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            # The supervisor is single-threaded, which is what makes preexec_fn safe here.
            preexec_fn=preexec_die_with_parent(),  # noqa: PLW1509
        )
        child = _Child(
            spec=spec, process=process, log=log, started_at=self._clock(), log_offset=log_offset
        )
        self._children[spec.name] = child
        self._write_pids()
        return child

    def _wait_ready(self, child: _Child) -> None:
        spec = child.spec
        deadline = self._clock() + spec.ready_timeout_seconds
        while True:
            code = child.process.poll()
            if code is not None:
                raise ComponentFailed(
                    f"{spec.name} exited with code {code} while starting; last lines of "
                    f"{self.log_path(spec.name)}:\n{tail(self.log_path(spec.name))}"
                )
            if spec.ready(child.log_offset):
                break
            if self._clock() > deadline:
                raise ComponentFailed(
                    f"{spec.name} was not ready after {spec.ready_timeout_seconds:.0f}s; last "
                    f"lines of {self.log_path(spec.name)}:\n{tail(self.log_path(spec.name))}"
                )
            time.sleep(0.1)
        if spec.on_ready is not None:
            spec.on_ready()

    def _write_pids(self) -> None:
        """``pids.json`` lets users and tests find (and kill) one component."""
        path = self.state_dir / PIDS_FILE
        partial = path.with_name(PIDS_FILE + ".tmp")
        partial.write_text(json.dumps(self.pids(), indent=2) + "\n", encoding="utf-8")
        os.replace(partial, path)


def _signal_group(pgid: int, signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signum)


def describe_exit(code: int) -> str:
    """``exited with code 1`` or ``was killed by SIGKILL`` (Popen's negative codes)."""
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with code {code}"


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines()) or "    (empty)"


def tail(path: Path, lines: int = 20) -> str:
    """The last ``lines`` lines of a log file (for error messages)."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 8192))
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])
