"""A status API on loopback answering canned JSON, and the stack file and environment that
point the user commands at it, for the user commands' tests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from docpipe_cli.stack.stackfile import STACK_FILE, StackInfo, StateDirLock


class FakeApi:
    """``answers[(method, path)] = (status, body)``; every request is recorded."""

    def __init__(self) -> None:
        self.answers: dict[tuple[str, str], tuple[int, Any]] = {}
        self.requests: list[tuple[str, str, Any]] = []
        self.url = ""


@contextmanager
def fake_api() -> Iterator[FakeApi]:
    api = FakeApi()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method: str) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            api.requests.append((method, self.path, body))
            status, answer = api.answers.get((method, self.path), (404, {"message": "no"}))
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    api.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


#: Where nothing listens: every AWS and durable-engine address of a stack file under test.
NOWHERE = "http://127.0.0.1:9"


def nowhere_stack(status_api: str = NOWHERE) -> StackInfo:
    """A stack whose only live part (if any) is the status API at ``status_api``."""
    return StackInfo(
        aws_endpoint=NOWHERE,
        region="us-east-1",
        inbox_bucket="docpipe-inbox",
        results_bucket="docpipe-results",
        queue_url=f"{NOWHERE}/123456789012/docpipe-jobs",
        dlq_url=f"{NOWHERE}/123456789012/docpipe-jobs-dlq",
        table="docpipe-jobs",
        topic_arn="arn:aws:sns:us-east-1:123456789012:docpipe-job-events",
        resonate_url=NOWHERE,
        status_api=status_api,
    )


@contextmanager
def live_stack_file(state_dir: Path, api: FakeApi) -> Iterator[Path]:
    """A stack.json naming ``api``, in ``state_dir`` held as a running ``docpipe up`` holds it."""
    nowhere_stack(api.url).write(state_dir / STACK_FILE)
    lock = StateDirLock(state_dir)
    assert lock.acquire()
    try:
        yield state_dir / STACK_FILE
    finally:
        lock.release()


def aws_test_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test credentials for moto, and no stack file to fall back on (as on AWS)."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "DOCPIPE_STACK": "/nonexistent/stack.json",
    }.items():
        monkeypatch.setenv(name, value)
