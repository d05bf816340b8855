"""The event-line contract: one writer (Powertools JSON), readers that find events among logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from docpipe import events


class TestWriteEvent:
    def test_an_event_is_a_powertools_line_with_an_event_key(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The line has Powertools' keys and the event's own fields, and reads back whole."""
        events.write_event({"event": events.STEP_START, "jobId": "j-1", "step": "download"})
        line = capsys.readouterr().out
        record = json.loads(line)
        assert {"level", "message", "timestamp", "service"} <= set(record)
        assert (record["level"], record["message"]) == ("INFO", events.STEP_START)
        parsed = events.parse_event(line)
        assert parsed is not None
        assert (parsed["event"], parsed["jobId"], parsed["step"]) == (
            "step.start",
            "j-1",
            "download",
        )

    def test_each_event_has_its_level(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A retry is a WARNING, a give-up and an unwritable table are ERRORs."""
        for name in (events.STEP_RETRY, events.STEP_GAVE_UP, events.JOB_TABLE_UNWRITABLE):
            events.write_event({"event": name, "jobId": "j"})
        levels = [json.loads(line)["level"] for line in capsys.readouterr().out.splitlines()]
        assert levels == ["WARNING", "ERROR", "ERROR"]

    def test_reserved_field_names_are_refused(self) -> None:
        """A field that would clash with the log record's own keys is a programming error."""
        with pytest.raises(ValueError, match="message"):
            events.write_event({"event": events.API_REQUEST, "message": "GET /"})

    def test_an_event_needs_a_name(self) -> None:
        with pytest.raises(TypeError):
            events.write_event({"jobId": "j"})


class TestReadEvents:
    def test_only_event_lines_are_events(self, tmp_path: Path) -> None:
        """Human log lines (JSON without ``event``, plain text) are skipped; offsets work."""
        log = tmp_path / "worker.log"
        first = json.dumps({"level": "INFO", "message": "worker started"}) + "\n"
        log.write_text(
            first
            + "Traceback (most recent call last):\n"
            + json.dumps({"level": "INFO", "event": "worker.ready"})
            + "\n"
        )
        assert [e["event"] for e in events.read_events(log)] == ["worker.ready"]
        assert events.has_event(log, events.WORKER_READY, offset=len(first))
        assert not events.has_event(log, events.STEP_START)
        assert events.read_events(tmp_path / "absent.log") == []

    def test_the_level_map_names_only_known_events(self) -> None:
        """Every event with a level of its own is one of the contract's names."""
        names = {v for k, v in vars(events).items() if k.isupper() and isinstance(v, str)}
        assert set(events.LEVELS) <= names
        assert all(level >= logging.WARNING for level in events.LEVELS.values())
