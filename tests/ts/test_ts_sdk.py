"""The official TypeScript SDK (``@resonatehq/sdk`` 0.11.5) against a real ``docpipe server``.

The strictest client there is: it validates every response and every message it receives
(``network/types.js``) and drops what does not match. Its scripts (``worker.mjs``: a worker
group; ``client.mjs``: a gateway, one scenario per run) run under node as separate
processes against ``python -m devserver`` on a free port and a temporary SQLite file, and
against the whole local stack, where a TypeScript client starts a docpipe job that the
Python worker runs. Node and the pinned package come from ``make test`` (``npm ci`` here);
without node the tests skip, saying so.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from docpipe.jobs import STEPS, DocumentRef, Job, promise_id
from docpipe_cli.stack.launch import free_port, stop_process
from support.stack import Stack, document, wait_until

pytestmark = pytest.mark.integration

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
NODE = shutil.which("node")
#: Generous: node start-up plus a workflow, on a shared two-core machine.
WAIT = 60.0


if NODE is None:
    pytestmark = [
        pytestmark,
        pytest.mark.skip(reason="node is not installed; the TypeScript SDK tests need node >= 20"),
    ]


@pytest.fixture(scope="module", autouse=True)
def sdk_installed() -> None:
    """The pinned SDK must be installed when node is there: a clear failure, not a skip."""
    if not (HERE / "node_modules" / "@resonatehq" / "sdk").is_dir():
        pytest.fail("tests/ts/node_modules is missing: run `npm ci` in tests/ts (make test does)")


def read_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON event lines a script printed (other output is ignored)."""
    if not path.exists():
        return []
    lines = path.read_text(errors="replace").splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


@dataclass
class Node:
    """The node processes of one test, each with its stdout in a file; all stopped after."""

    tmp: Path
    url: str
    started: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def spawn(self, script: str, *args: str, name: str) -> tuple[subprocess.Popen[bytes], Path]:
        out = self.tmp / f"{name}.out"
        with out.open("wb") as stdout, (self.tmp / f"{name}.err").open("wb") as stderr:
            proc = subprocess.Popen(
                [str(NODE), str(HERE / script), self.url, *args],
                cwd=HERE,
                stdout=stdout,
                stderr=stderr,
            )
        self.started.append(proc)
        return proc, out

    def worker(self, group: str, name: str = "worker") -> Path:
        """Start a TypeScript worker in ``group``; returns the file its events go to."""
        _, out = self.spawn("worker.mjs", group, name=name)
        wait_until(lambda: read_lines(out), timeout=WAIT, what=f"TS worker {name} ready")
        return out

    def client(self, scenario: str, *args: str, name: str | None = None) -> Any:
        """Run one gateway scenario to its end; returns its result (fails on its error)."""
        proc, out = self.spawn("client.mjs", scenario, *args, name=name or scenario)
        proc.wait(timeout=WAIT)
        events = read_lines(out)
        assert events, (self.tmp / f"{name or scenario}.err").read_text()
        assert events[-1]["event"] == "result", events[-1]
        return events[-1]["result"]

    def stop(self) -> None:
        for proc in self.started:
            stop_process(proc, grace=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """``docpipe server`` (``python -m devserver``) on a free port and a fresh SQLite file."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "devserver", "--db", str(tmp_path / "r.db"), "--port", str(port)],
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        assert b"listening on" in proc.stdout.readline()
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(proc, grace=10)
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.fixture
def node(tmp_path: Path, server: str) -> Iterator[Node]:
    running = Node(tmp_path, server)
    try:
        yield running
    finally:
        running.stop()


def starts(out: Path, job: str) -> list[str]:
    return [e["step"] for e in read_lines(out) if e["event"] == "step.start" and e["job"] == job]


class TestTypeScriptSdk:
    """A TS worker group and a TS gateway, as in the SDK's examples, on docpipe server."""

    def test_rpc_across_groups_and_a_second_client(self, node: Node) -> None:
        """beginRpc to ``poll://any@worker`` runs there; get/done/result agree from elsewhere."""
        log = node.worker("worker")
        result = node.client("rpc", "ts-rpc-1", "worker", "j1")
        expected = ["download:j1", "extract:j1", "analyze:j1"]
        assert result == {"id": "ts-rpc-1", "value": expected, "done": True, "again": expected}
        assert starts(log, "j1") == ["download", "extract", "analyze"]

    def test_duplicate_ids_collapse_onto_one_execution(self, node: Node) -> None:
        """Two clients rpc the same id at once: one run of each step, one answer for both."""
        log = node.worker("worker")
        result = node.client("duplicate", "ts-dup-1", "worker", "d1")
        assert result["a"] == result["b"] == ["download:d1", "extract:d1", "analyze:d1"]
        assert starts(log, "d1") == ["download", "extract", "analyze"]

    def test_ctx_sleep_suspends_and_resumes(self, node: Node) -> None:
        """A durable sleep of 1.5 s ends the workflow no sooner, then it completes."""
        log = node.worker("worker")
        result = node.client("sleep", "ts-sleep-1", "worker", "1500")
        assert result["value"] == "woke"
        assert result["elapsed"] >= 1500
        assert [e["ms"] for e in read_lines(log) if e["event"] == "slept"] == [1500]

    def test_promise_resolved_from_outside(self, node: Node) -> None:
        """A workflow waits on ctx.promise(); another client resolves it; the answer flows."""
        log = node.worker("worker")
        waiting, out = node.spawn("client.mjs", "approval", "ts-appr-1", "worker", "a1", name="ap")
        announced = wait_until(
            lambda: [e for e in read_lines(log) if e["event"] == "awaiting"],
            timeout=WAIT,
            what="the workflow to wait for its approval",
        )
        assert announced[0]["promise"].startswith("ts-appr-1:")
        resolved = node.client("resolve", announced[0]["promise"], "yes")
        assert resolved == {"id": announced[0]["promise"], "state": "resolved"}
        waiting.wait(timeout=WAIT)
        assert read_lines(out)[-1]["result"] == "a1:yes"

    def test_error_propagates_to_the_caller(self, node: Node) -> None:
        """A leaf's error (no retries) rejects the rpc with its name and message."""
        log = node.worker("worker")
        result = node.client("failing", "ts-fail-1", "worker", "kaboom")
        assert result == {"error": {"name": "BoomError", "message": "kaboom"}}
        assert starts(log, "kaboom") == ["boom"]

    def test_schedule_fires_on_the_worker_group(self, node: Node) -> None:
        """A schedule every 2 s runs the function twice; deleting it makes it unknown."""
        log = node.worker("worker")
        record = node.client("schedule", "ts-sched", "worker", "*/2 * * * * *", "t1")
        assert record["id"] == "ts-sched"
        assert record["promiseId"] == "{{.id}}-{{.timestamp}}"

        def two_firings() -> list[str] | None:
            ids = [e["id"] for e in read_lines(log) if e["event"] == "ticker"]
            return ids if len(ids) >= 2 else None

        fired = wait_until(two_firings, timeout=WAIT, what="two firings")
        assert all(f.startswith("ts-sched-") for f in fired)
        assert len(set(fired)) == len(fired)
        gone = node.client("unschedule", "ts-sched")
        assert gone == {"error": {"name": "ResonateError", "message": "Schedule not found"}}


class TestTypeScriptClientStartsADocpipeJob:
    """A TS client starts ``process_document`` as the consumer does; Python runs it."""

    def test_python_worker_runs_it_to_done(
        self, tmp_path: Path, stack_factory: Callable[..., Stack]
    ) -> None:
        """Same promise id and argument as the consumer's rpc; the job ends ``done``."""
        stack = stack_factory()
        node = Node(tmp_path, stack.info.resonate_url)
        try:
            key = "ts/invoice.txt"
            s3 = stack.client("s3")
            s3.put_object(Bucket=stack.info.results_bucket, Key=key, Body=document("Sent from TS"))
            job = Job(
                job_id="ts-job-1",
                document=DocumentRef(bucket=stack.info.results_bucket, key=key),
                source="sqs",
                requester_id="ts-client",
                submitted_at=int(time.time() * 1000),
            )
            result = node.client(
                "docpipe",
                promise_id(job.job_id),
                "docpipe-workers",
                json.dumps(job.to_dict()),
                str(3600 * 1000),
            )
            assert result["id"] == "docpipe-job-ts-job-1"
            status = stack.wait_finished(job.job_id)
            assert status["status"] == "done", status
            assert stack.step_starts(job.job_id) == list(STEPS)
            assert result["value"]["jobId"] == job.job_id
            assert result["value"]["status"] == "done"
        finally:
            node.stop()
