"""``docpipe up`` as a supervisor: restarts that cannot spin, refusals, and no orphans."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from docpipe_cli.stack.launch import launch_up, stop_process, up_argv
from docpipe_cli.stack.supervisor import (
    INITIAL_BACKOFF_SECONDS,
    ComponentSpec,
    Supervisor,
    describe_exit,
)
from support.stack import Stack, child_env, processes_with_marker, read_events, wait_until

pytestmark = pytest.mark.integration

#: A component that runs until it is signalled.
IDLE = (sys.executable, "-c", "import signal; signal.pause()")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def supervised(tmp_path: Path) -> Iterator[tuple[Supervisor, FakeClock, list[str]]]:
    clock, reports = FakeClock(), []
    supervisor = Supervisor(tmp_path, report=reports.append, grace_seconds=5, clock=clock)
    try:
        yield supervisor, clock, reports
    finally:
        supervisor.stop_all()


class TestRestarts:
    def test_a_crashing_component_is_restarted_with_doubling_delays(
        self, supervised: tuple[Supervisor, FakeClock, list[str]]
    ) -> None:
        """Each crash is reported with its cause; restarts wait 0.5, 1, 2 s... and checking
        more often does not restart sooner."""
        supervisor, clock, reports = supervised
        supervisor.start(ComponentSpec("idle", IDLE, env=child_env("restarts"), ready=_always))
        delays = []
        for _ in range(3):
            pid = supervisor.pids()["idle"]
            os.kill(pid, signal.SIGKILL)
            wait_until(lambda: _poll_dead(supervisor), timeout=20, what="the crash to be seen")
            restart_at = supervisor._children["idle"].restart_at
            assert restart_at is not None
            delays.append(restart_at - clock.now)
            for _ in range(5):
                supervisor.check()  # no time passes: no restart
            assert supervisor.pids()["idle"] == pid
            clock.now = restart_at
            supervisor.check()
            assert supervisor.pids()["idle"] != pid
        assert delays == [
            INITIAL_BACKOFF_SECONDS,
            2 * INITIAL_BACKOFF_SECONDS,
            4 * INITIAL_BACKOFF_SECONDS,
        ]
        assert "was killed by SIGKILL" in reports[0]
        assert "idle.log" in reports[0]

    def test_a_component_that_stayed_up_restarts_quickly_again(
        self, supervised: tuple[Supervisor, FakeClock, list[str]]
    ) -> None:
        """After a long healthy run the backoff starts from the beginning."""
        supervisor, clock, _ = supervised
        supervisor.start(ComponentSpec("idle", IDLE, env=child_env("healthy"), ready=_always))
        supervisor._children["idle"].backoff = 8.0
        clock.now += 3600
        os.kill(supervisor.pids()["idle"], signal.SIGKILL)
        wait_until(lambda: _poll_dead(supervisor), timeout=20, what="the crash to be seen")
        restart_at = supervisor._children["idle"].restart_at
        assert restart_at == clock.now + INITIAL_BACKOFF_SECONDS

    def test_exit_descriptions(self) -> None:
        """Codes and signals are told apart."""
        assert describe_exit(3) == "exited with code 3"
        assert describe_exit(-9) == "was killed by SIGKILL"


def _always(offset: int) -> bool:
    return True


def _poll_dead(supervisor: Supervisor) -> bool:
    supervisor.check()
    return supervisor._children["idle"].restart_at is not None


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=120, env=child_env("cli"), check=False
    )


def _run_up(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run(up_argv(tmp_path / "other", *args))


class TestRefusals:
    def test_a_port_in_use_is_a_clear_error(self, tmp_path: Path) -> None:
        """A listening port is named with the flag that moves it; nothing starts."""
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            done = _run_up(tmp_path, "--api-port", str(port))
        assert done.returncode == 2
        assert f"port {port} on 127.0.0.1 is in use; choose another with --api-port" in done.stderr
        assert not (tmp_path / "other" / "logs").exists()

    def test_a_second_stack_on_the_same_state_dir_is_refused(
        self, stack: Stack, tmp_path: Path
    ) -> None:
        """Two Resonate servers must never share one database."""
        done = _run(up_argv(stack.state_dir))
        assert done.returncode == 2
        assert f"another docpipe up (pid {stack.process.pid}) is running" in done.stderr

    def test_a_visibility_timeout_below_the_function_timeout_is_refused(
        self, tmp_path: Path
    ) -> None:
        """AWS refuses such an event source mapping; so do we."""
        done = _run_up(tmp_path, "--visibility-timeout", "5", "--function-timeout", "30")
        assert done.returncode == 2
        assert "visibility timeout (5s) is less than the function timeout (30s)" in done.stderr


class TestStopping:
    def test_sigterm_interrupts_a_start_that_hangs(self, tmp_path: Path) -> None:
        """An emulator that never answers hangs provisioning; SIGTERM still stops it all."""
        with socket.socket() as silent:  # accepts connections (backlog), never answers
            silent.bind(("127.0.0.1", 0))
            silent.listen()
            endpoint = f"http://127.0.0.1:{silent.getsockname()[1]}"
            marker = "sigterm-start"
            up = launch_up(
                tmp_path,
                "--without",
                "aws",
                "--aws-endpoint",
                endpoint,
                env=child_env(marker),
            )
            try:
                silent.settimeout(120)
                connection, _ = silent.accept()  # provisioning has begun and now waits
                with connection:
                    up.send_signal(signal.SIGTERM)
                    code = up.wait(timeout=60)
            finally:
                stop_process(up)
        assert code == 0
        log = (tmp_path / "up.log").read_text()
        assert "docpipe up: stopped" in log
        assert not (tmp_path / "stack.json").exists()

    def test_sigkill_of_up_leaves_no_orphans_and_a_recognisably_stale_stack(
        self, stack_factory: Callable[..., Stack], tmp_path: Path
    ) -> None:
        """kill -9 of the supervisor: every component dies with it (the poller's function
        process too); `docpipe status` calls the left-over stack.json stale; a new
        `docpipe up` on the same directory starts."""
        state = tmp_path / "killed"
        stack = stack_factory("--without", "worker", state_dir=state)
        [ready] = [
            e for e in read_events(stack.logs / "poller.log") if e.get("event") == "poller.ready"
        ]
        runtime = int(ready["runtimePid"])
        assert runtime in processes_with_marker(stack.marker)
        os.kill(stack.process.pid, signal.SIGKILL)
        stack.process.wait(timeout=30)
        wait_until(
            lambda: not processes_with_marker(stack.marker) or None,
            timeout=30,
            what="every component to die with docpipe up",
        )
        stack_file = str(state / "stack.json")
        status = _run(
            [sys.executable, "-m", "docpipe_cli.cli", "status", "job-1", "--stack", stack_file]
        )
        assert status.returncode == 5
        assert "no longer running" in status.stderr
        again = stack_factory("--without", "worker", state_dir=state)
        assert again.status("never-submitted") is None  # the new stack answers
