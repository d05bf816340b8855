"""Helpers for the devserver tests: server and worker processes, and bounded waits."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
APP = Path(__file__).with_name("sdk_app.py")
#: Generous bound on any wait in these tests (a noisy two-core machine is slow).
WAIT = 30.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def env() -> dict[str, str]:
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), out.get("PYTHONPATH", "")])
    out.pop("RESONATE_URL", None)
    out.pop("RESONATE_TOKEN", None)
    return out


def wait_for(predicate: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@dataclass
class Processes:
    """Starts processes and guarantees each is stopped at teardown."""

    tmp: Path
    started: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def server(self, db: Path, port: int) -> subprocess.Popen[bytes]:
        # ``python -m devserver`` is ``docpipe server`` without importing the other commands.
        cmd = [sys.executable, "-m", "devserver", "--db", str(db), "--port", str(port)]
        with open(self.tmp / f"server-{len(self.started)}.err", "wb") as err:
            proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.PIPE, stderr=err)
        self.started.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        return proc

    def worker(self, url: str, group: str, log: Path, **extra: str) -> subprocess.Popen[bytes]:
        worker_env = env() | {"APP_LOG": str(log)} | extra
        before = len([e for e in read_log(log) if e["event"] == "ready"])
        with open(self.tmp / f"worker-{len(self.started)}.err", "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, str(APP), url, group],
                env=worker_env,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        self.started.append(proc)
        wait_for(
            lambda: len([e for e in read_log(log) if e["event"] == "ready"]) > before,
            "worker ready",
        )
        return proc

    def stop_all(self) -> None:
        for proc in self.started:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.started:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
