"""What the user commands say when something is missing or not as expected (issue 21, 5)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from docpipe_cli.cli import main
from docpipe_cli.hints import command, program
from docpipe_cli.usercli import TARGET_VARIABLES
from support.fake_api import FakeApi, fake_api, live_stack_file


@pytest.fixture
def nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory without a stack and an environment naming none."""
    monkeypatch.chdir(tmp_path)
    for name in (*TARGET_VARIABLES, "DOCPIPE_STACK"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture
def api(tmp_path: Path) -> Iterator[tuple[FakeApi, Path]]:
    """A fake status API behind a live stack.json in a non-default state directory."""
    with fake_api() as running:
        state = tmp_path / "elsewhere"
        state.mkdir()
        with live_stack_file(state, running) as stack_file:
            yield running, stack_file


class TestNoStack:
    def test_submit_says_there_is_no_stack(
        self, nowhere: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Not "Unable to locate credentials" (exit 5): no stack, how to name one, exit 2."""
        (nowhere / "a.txt").write_text("hello")
        code = main(["submit", "a.txt"])
        err = capsys.readouterr().err
        assert code == 2, err
        assert "no stack" in err
        assert "--stack DIR/stack.json" in err
        assert "credentials" not in err

    @pytest.mark.parametrize(
        "argv", [["status", "job-1"], ["send", "--document-url", "s3://b-1/k"]]
    )
    def test_status_and_send_say_the_same(
        self, nowhere: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every user command gives the same answer, and none offers an option it lacks."""
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2
        assert "no stack" in err
        assert "--api" not in err


class TestReviewShow:
    def test_a_job_not_waiting_exits_6(
        self, api: tuple[FakeApi, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The exit code the docs give for "not waiting for review"."""
        fake, stack = api
        fake.answers["GET", "/status/job-1"] = (200, {"jobId": "job-1", "status": "done"})
        assert main(["review", "show", "job-1", "--stack", str(stack)]) == 6
        assert "not waiting for review" in capsys.readouterr().err

    def test_times_are_times_and_the_deadline_is_shown(
        self,
        api: tuple[FakeApi, Path],
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """``since`` and ``timeoutAt`` (epoch ms) print as dates, not numbers."""
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
        fake, stack = api
        review = {"reason": "requested", "since": 1796514267146, "timeoutAt": 1797119067146}
        fake.answers["GET", "/status/job-2"] = (
            200,
            {"jobId": "job-2", "status": "awaiting_review", "review": review},
        )
        try:
            assert main(["review", "show", "job-2", "--stack", str(stack)]) == 0
        finally:
            monkeypatch.delenv("TZ")
            time.tzset()
        out = capsys.readouterr().out
        assert "1796514267146" not in out
        assert "waiting since:   2026-12-05 23:44:27 UTC" in out
        assert "decide before:   2026-12-12 23:44:27 UTC" in out


class TestHints:
    def test_a_hint_names_a_stack_that_is_not_the_default(
        self, nowhere: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """After ``up --state-dir X`` the printed command carries ``--stack X/stack.json``."""
        assert command("status", "j-1", stack=Path("x/stack.json"), argv0="docpipe").endswith(
            "status j-1 --stack x/stack.json"
        )
        default = Path(".docpipe/stack.json")
        assert command("status", "j-1", stack=default, argv0="docpipe").endswith("status j-1")

    def test_an_unactivated_virtualenv_is_named(
        self, nowhere: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``docpipe`` not on the PATH: the hint is the path it was run by."""
        script = nowhere / ".venv" / "bin" / "docpipe"
        script.parent.mkdir(parents=True)
        script.write_text("#!/bin/sh\n")
        script.chmod(0o755)
        monkeypatch.setenv("PATH", "/usr/bin" + os.pathsep + "/bin")
        assert program(str(script)) == ".venv/bin/docpipe"
        monkeypatch.setenv("PATH", str(script.parent) + os.pathsep + "/usr/bin")
        assert program(str(script)) == "docpipe"
