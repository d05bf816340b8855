"""What a start of ``docpipe up`` restores, and when it starts both states empty instead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docpipe_cli.stack import aws_emulator
from docpipe_cli.stack.consistency import (
    AWS_STATE_DIR,
    Ownership,
    begin_run,
    end_run,
    read_run,
)

BOTH = Ownership(aws=True, engine=True)


def _saved_aws(state_dir: Path, moto: str | None = None) -> None:
    aws = state_dir / AWS_STATE_DIR
    aws.mkdir(parents=True)
    (aws / aws_emulator.SNAPSHOT_FILE).write_bytes(b"snapshot")
    meta = {"format": aws_emulator.SNAPSHOT_FORMAT, "moto": moto or aws_emulator.moto_version()}
    (aws / aws_emulator.META_FILE).write_text(json.dumps(meta))


def _engine(state_dir: Path) -> None:
    (state_dir / "resonate.db").write_bytes(b"engine")


class TestBeginRun:
    def test_a_fresh_state_directory_starts_quietly(self, tmp_path: Path) -> None:
        """Nothing to restore: no message, and the run is recorded as running."""
        said: list[str] = []
        begin_run(tmp_path, BOTH, report=said.append)
        assert said == []
        assert (read_run(tmp_path) or {}).get("state") == "running"

    def test_state_from_a_clean_stop_is_kept(self, tmp_path: Path) -> None:
        """After a consistent stop both states stay where they are, and the start says so."""
        _saved_aws(tmp_path)
        _engine(tmp_path)
        end_run(tmp_path, BOTH, aws_saved=True)
        said: list[str] = []
        begin_run(tmp_path, BOTH, report=said.append)
        assert (tmp_path / "resonate.db").exists()
        assert (tmp_path / AWS_STATE_DIR / aws_emulator.SNAPSHOT_FILE).exists()
        assert said == [
            f"restoring the AWS emulator's and the durable engine's state from {tmp_path}"
        ]

    @pytest.mark.parametrize(
        ("previous", "why"),
        [
            ({"state": "running", "pid": 1}, "did not stop cleanly"),
            ({"state": "stopped", "consistent": False}, "lost or could not save"),
            (None, "no record of a clean stop"),
        ],
    )
    def test_state_that_cannot_agree_is_moved_aside(
        self, tmp_path: Path, previous: dict[str, object] | None, why: str
    ) -> None:
        """A killed run, an emulator that lost its state, or no record at all: both states
        are moved (not deleted) to abandoned-<time>/ and the message says why."""
        _saved_aws(tmp_path)
        _engine(tmp_path)
        if previous is not None:
            (tmp_path / "run.json").write_text(json.dumps(previous))
        said: list[str] = []
        begin_run(tmp_path, BOTH, report=said.append, clock=lambda: 0.0)
        assert not (tmp_path / "resonate.db").exists()
        assert not (tmp_path / AWS_STATE_DIR).exists()
        kept = tmp_path / "abandoned-19700101T000000Z"
        assert (kept / "resonate.db").read_bytes() == b"engine"
        assert (kept / AWS_STATE_DIR / aws_emulator.SNAPSHOT_FILE).exists()
        assert len(said) == 1
        assert why in said[0]
        assert "start empty" in said[0]

    def test_a_snapshot_of_another_moto_version_is_not_restored(self, tmp_path: Path) -> None:
        """Another moto's pickles are not read: both start empty."""
        _saved_aws(tmp_path, moto="0.0.1")
        _engine(tmp_path)
        end_run(tmp_path, BOTH, aws_saved=True)
        said: list[str] = []
        begin_run(tmp_path, BOTH, report=said.append)
        assert not (tmp_path / "resonate.db").exists()
        assert "another moto version" in said[0]

    def test_an_emulator_of_the_users_own_changes_nothing(self, tmp_path: Path) -> None:
        """With --without aws the engine's state resumes whatever happened before."""
        _engine(tmp_path)
        (tmp_path / "run.json").write_text(json.dumps({"state": "running"}))
        said: list[str] = []
        begin_run(tmp_path, Ownership(aws=False, engine=True), report=said.append)
        assert (tmp_path / "resonate.db").exists()
        assert said == []

    def test_an_external_engine_is_left_alone(self, tmp_path: Path) -> None:
        """With --without resonate only the AWS state resets, and the message says so."""
        _saved_aws(tmp_path)
        _engine(tmp_path)
        said: list[str] = []
        begin_run(tmp_path, Ownership(aws=True, engine=False), report=said.append)
        assert (tmp_path / "resonate.db").exists()
        assert not (tmp_path / AWS_STATE_DIR).exists()
        assert "external durable engine keeps its jobs" in said[0]


class TestEndRun:
    def test_an_unsaved_emulator_makes_the_stop_inconsistent(self, tmp_path: Path) -> None:
        end_run(tmp_path, BOTH, aws_saved=False)
        assert read_run(tmp_path) == {"state": "stopped", "consistent": False}
