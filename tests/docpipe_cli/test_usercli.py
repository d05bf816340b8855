"""The user's commands: arguments checked before anything is sent, exit codes, progress."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from docpipe_cli import usercli
from docpipe_cli.api_client import ApiClient
from docpipe_cli.cli import main
from docpipe_cli.stack.stackfile import STACK_FILE, StateDirLock
from docpipe_cli.usercli import (
    EXIT_CODES,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    Progress,
    wait_for,
)
from support.fake_api import nowhere_stack
from support.stack import SRC, child_env

#: A stack.json no server answers for: any command that got past its checks would fail
#: with "did not answer" (exit 5), not with the usage error the tests expect.
NOWHERE = nowhere_stack()


@pytest.fixture
def stack_file(tmp_path: Path) -> Path:
    path = tmp_path / STACK_FILE
    NOWHERE.write(path)
    return path


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


class TestSubmitChecksTheFile:
    def test_a_missing_file(
        self, tmp_path: Path, stack_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file that does not exist is named as such, exit 2."""
        missing = tmp_path / "nope.pdf"
        code, err = run("submit", str(missing), "--stack", str(stack_file), capsys=capsys)
        assert code == EXIT_USAGE
        assert f"{missing}: no such file" in err

    def test_a_directory(
        self, tmp_path: Path, stack_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A directory is refused with a hint, exit 2."""
        code, err = run("submit", str(tmp_path), "--stack", str(stack_file), capsys=capsys)
        assert code == EXIT_USAGE
        assert "is a directory" in err

    @pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
    def test_an_unreadable_file(
        self, tmp_path: Path, stack_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file we may not read says so, exit 2 (no traceback)."""
        secret = tmp_path / "secret.txt"
        secret.write_text("x")
        secret.chmod(0)
        code, err = run("submit", str(secret), "--stack", str(stack_file), capsys=capsys)
        assert code == EXIT_USAGE
        assert "permission denied" in err


class TestSendChecksItsArguments:
    @pytest.mark.parametrize("job_id", ["", "has:colon", "x" * 129, "-leading-dash"])
    def test_a_bad_job_id_is_refused_before_sending(
        self, stack_file: Path, job_id: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An invalid --job-id is a usage error; nothing reaches the (absent) queue."""
        code, err = run(
            "send",
            "--document-url",
            "s3://docpipe-inbox/k.pdf",
            f"--job-id={job_id}",
            "--stack",
            str(stack_file),
            capsys=capsys,
        )
        assert code == EXIT_USAGE, err
        assert "invalid job id" in err

    def test_a_bad_document_url(self, stack_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Only s3://bucket/key is a document URL."""
        code, err = run(
            "send", "--document-url", "https://x/y", "--stack", str(stack_file), capsys=capsys
        )
        assert code == EXIT_USAGE
        assert "s3://bucket/key" in err

    def test_checks_come_before_the_stack_is_looked_for(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """With no stack at all, a bad id is still reported as the bad id."""
        code, err = run("status", "bad:id", "--stack", str(tmp_path / "none.json"), capsys=capsys)
        assert code == EXIT_USAGE
        assert "invalid job id" in err


class TestStaleStack:
    def test_a_stack_file_left_by_a_dead_docpipe_up_is_reported(
        self, stack_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """stack.json whose docpipe up is gone (its lock free) is called stale, exit 5."""
        lock = StateDirLock(stack_file.parent)
        assert lock.acquire()
        lock.release()
        code, err = run("status", "job-1", "--stack", str(stack_file), capsys=capsys)
        assert code == EXIT_UNAVAILABLE
        assert "no longer running" in err

    def test_a_held_lock_means_the_stack_is_live(self, stack_file: Path) -> None:
        """While a docpipe up holds the directory, a second one cannot take it."""
        first, second = StateDirLock(stack_file.parent), StateDirLock(stack_file.parent)
        assert first.acquire()
        try:
            assert not second.acquire()
            assert first.holder() == str(os.getpid())
        finally:
            first.release()
        assert second.acquire()
        second.release()


class TestHelpAndProgress:
    @pytest.mark.parametrize("command", ["submit", "send", "status"])
    def test_every_exit_code_is_in_the_help(self, command: str) -> None:
        """`docpipe COMMAND --help` lists each exit code with its meaning."""
        text = subprocess.run(
            [sys.executable, "-m", "docpipe_cli.cli", command, "--help"],
            capture_output=True,
            text=True,
            check=True,
            env=child_env("help"),
            cwd=SRC,
        ).stdout
        flat = " ".join(text.split())
        for code, meaning in EXIT_CODES.items():
            assert f"{code} {meaning}" in flat

    def test_waiting_shows_each_step_once_when_not_a_terminal(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Off a terminal, progress is one line per change: queued, each step, then done."""
        answers = iter(
            [
                None,
                {"status": "processing", "step": "download"},
                {"status": "processing", "step": "download"},
                {"status": "processing", "step": "analyze"},
                {"status": "done", "result": {}},
            ]
        )
        monkeypatch.setattr(usercli, "fetch_status", lambda base, job: next(answers))
        stream = io.StringIO()
        progress = Progress(stream, live=False, clock=lambda: 0.0)
        final = wait_for(
            ApiClient("http://x"), "j-1", timeout_seconds=60, progress=progress, sleep=_no_wait
        )
        assert final == {"status": "done", "result": {}}
        assert stream.getvalue().splitlines() == [
            "j-1: queued (not picked up yet)",
            "j-1: processing: download (1/5)",
            "j-1: processing: analyze (3/5)",
        ]


def _no_wait(seconds: float) -> None:
    """The poll interval, skipped: the answers are scripted."""
