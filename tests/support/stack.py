"""Drive a real ``docpipe up`` from tests: start it on free ports, find its parts, stop it.

Every process of one stack inherits a unique ``DOCPIPE_TEST_STACK`` marker, so after the
stack stops a test can prove nothing it started is still alive (grandchildren included).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3

from docpipe.events import read_events
from docpipe_cli.stack.launch import start_and_wait, stop_process
from docpipe_cli.stack.stackfile import StackInfo
from support.schema_mirror import mirror_url
from support.waiting import wait_until

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
#: Settings every test stack runs with: short leases and visibility so failures and
#: crashes resolve in seconds, not minutes.
TEST_ENV = {
    "DOCPIPE_WORKER_TTL_SECONDS": "4",
    "DOCPIPE_STEP_MAX_ATTEMPTS": "5",
}
STACK_ARGS = (
    "--visibility-timeout",
    "5",
    "--function-timeout",
    "5",
    "--max-receive-count",
    "3",
)


def child_env(marker: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env["DOCPIPE_TEST_STACK"] = marker
    env.update(TEST_ENV)
    env.update(extra or {})
    return env


def processes_with_marker(marker: str) -> list[int]:
    """Pids of live processes whose environment carries ``marker``."""
    needle = f"DOCPIPE_TEST_STACK={marker}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state = stat.rsplit(")", 1)[-1].split()[0]
        if needle in environ.split(b"\0") and state != "Z":
            found.append(int(entry.name))
    return found


def descendants(pid: int) -> list[int]:
    """``pid`` and every live process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[-1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


@dataclass
class Stack:
    """One running ``docpipe up``."""

    state_dir: Path
    process: subprocess.Popen[bytes]
    marker: str
    info: StackInfo
    extra_processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    # --- finding things ---

    @property
    def logs(self) -> Path:
        return self.state_dir / "logs"

    def pid(self, component: str) -> int:
        pids = json.loads((self.state_dir / "pids.json").read_text())
        return int(pids[component])

    def engine_processes(self) -> list[int]:
        """The durable engine's processes: ``docpipe server``, or a postmaster and its
        backends (Postgres serves each connection from a process of its own)."""
        return descendants(self.pid("resonate"))

    def client(self, service: str) -> Any:
        return boto3.client(
            service,
            endpoint_url=self.info.aws_endpoint,
            region_name=self.info.region,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )

    def env(self, **overrides: str) -> dict[str, str]:
        """The environment a docpipe process pointed at this stack gets."""
        return child_env(self.marker, {**self.info.environment(), **overrides})

    # --- observing ---

    def status(self, job_id: str) -> dict[str, Any] | None:
        assert self.info.status_api
        url = f"{self.info.status_api}/status/{urllib.parse.quote(job_id, safe='')}"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body: dict[str, Any] = json.load(response)
                return body
        except urllib.error.HTTPError as exc:
            if exc.code in (404, 503):
                return None  # unknown yet, or a dependency restarting: ask again
            raise

    def get_json(self, path: str) -> tuple[int, Any]:
        assert self.info.status_api
        try:
            with urllib.request.urlopen(self.info.status_api + path, timeout=10) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"null")

    def post_json(self, path: str, body: Any) -> tuple[int, Any]:
        assert self.info.status_api
        request = urllib.request.Request(
            self.info.status_api + path,
            data=json.dumps(body).encode(),
            headers={"content-type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"null")

    def cli(self, *argv: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        """Run ``docpipe ARGV --stack <this stack>`` as a user would."""
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "docpipe_cli.cli",
                *argv,
                "--stack",
                str(self.state_dir / "stack.json"),
            ],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def wait_finished(self, job_id: str, timeout: float = 120) -> dict[str, Any]:
        def finished() -> dict[str, Any] | None:
            status = self.status(job_id)
            return status if status and status.get("status") in ("done", "failed") else None

        return wait_until(finished, timeout=timeout, what=f"job {job_id} to finish")

    def events(self, component: str = "worker") -> list[dict[str, Any]]:
        """The JSON events in a component's log (all runs of it)."""
        path = self.logs / f"{component}.log"
        return read_events(path)

    def step_starts(self, job_id: str, log: Path | None = None) -> list[str]:
        events = read_events(log) if log is not None else self.events("worker")
        return [
            e["step"] for e in events if e.get("event") == "step.start" and e.get("jobId") == job_id
        ]

    def queue_drained(self) -> bool:
        attributes = self.client("sqs").get_queue_attributes(
            QueueUrl=self.info.queue_url,
            AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        )["Attributes"]
        return all(int(v) == 0 for v in attributes.values())

    # --- acting ---

    def spawn(self, argv: Sequence[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
        """Start a process the test owns (stopped with the stack)."""
        handle = log.open("ab")
        process = subprocess.Popen(
            list(argv), stdout=handle, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        handle.close()
        self.extra_processes.append(process)
        return process

    def stop(self) -> None:
        for process in self.extra_processes:
            stop_process(process, grace=10)
        stop_process(self.process)


#: The durable engines the user journeys run on: ``docpipe server`` (SQLite) and resonate-pg.
ENGINES = ("sqlite", "postgres")


def durable_args(engine: str) -> tuple[str, ...]:
    """``docpipe up`` arguments selecting ``engine``; skips when resonate-pg's SQL is absent."""
    if engine == "postgres":
        mirror_url()
    return ("--durable", engine)


def fresh_clone_env(state_dir: Path) -> dict[str, str]:
    """What a fresh clone has: no resonate.sql of its own, an empty cache, a mirror it reaches.

    ``docpipe up --durable postgres`` (no flag) then downloads the pinned file and checks it.
    """
    return {
        "RESONATE_PG_SQL": "",
        "XDG_CACHE_HOME": str(state_dir / "cache"),
        "RESONATE_PG_SQL_URL": mirror_url(),
    }


def start_stack(state_dir: Path, *args: str, env: dict[str, str] | None = None) -> Stack:
    """``docpipe up`` on free ports in ``state_dir``; returns once stack.json exists."""
    marker = uuid.uuid4().hex
    if "postgres" in args and "--resonate-sql" not in args:
        env = {**fresh_clone_env(state_dir), **(env or {})}
    process, info = start_and_wait(state_dir, *STACK_ARGS, *args, env=child_env(marker, env))
    return Stack(state_dir, process, marker, info)


def stop_and_check(stack: Stack) -> None:
    """Stop the stack and prove that no process it started is left (idempotent)."""
    stack.stop()
    wait_until(
        lambda: not processes_with_marker(stack.marker) or None,
        timeout=20,
        what="every process of the stack to exit",
    )


def document(text: str) -> bytes:
    """A small plain-text document the pipeline reads and analyses."""
    return (
        f"{text}\n\nInvoice INV-2041 from Example Supplies Ltd to Jane Doe.\n"
        "Amount due: 1,250.00 EUR by 2026-12-01. Contact billing@example.com.\n"
    ).encode()


def running_stack(
    stack_root: Path, *args: str, env: dict[str, str] | None = None
) -> Iterator[Stack]:
    """Start a stack for a fixture; stop it (and check for leftovers) afterwards."""
    state_dir = Path(tempfile.mkdtemp(prefix="stack-", dir=stack_root))
    running = start_stack(state_dir, *args, env=env)
    try:
        yield running
    finally:
        stop_and_check(running)
