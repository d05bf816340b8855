"""Helpers for the devserver tests: server and worker processes, and bounded waits."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docpipe.events import read_events
from support.waiting import wait_until

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
        before = len([e for e in read_events(log) if e["event"] == "ready"])
        with open(self.tmp / f"worker-{len(self.started)}.err", "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, str(APP), url, group],
                env=worker_env,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        self.started.append(proc)
        wait_until(
            lambda: len([e for e in read_events(log) if e["event"] == "ready"]) > before,
            what="worker ready",
            timeout=WAIT,
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
