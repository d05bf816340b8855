"""``docpipe worker``: stack.json -> settings and credentials, and the refusal without a server."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from docpipe.errors import ConfigError
from docpipe.settings import Settings
from docpipe_cli.worker_cmd import add_arguments, run, settings_from_stack

STACK = {
    "aws_endpoint": "http://127.0.0.1:4566",
    "region": "eu-west-1",
    "inbox_bucket": "inbox-x",
    "results_bucket": "results-x",
    "queue_url": "http://127.0.0.1:4566/000000000000/jobs-x",
    "dlq_url": "http://127.0.0.1:4566/000000000000/jobs-x-dlq",
    "table": "table-x",
    "topic_arn": "arn:aws:sns:eu-west-1:000000000000:topic-x",
    "resonate_url": "http://127.0.0.1:8001",
    "status_api": "http://127.0.0.1:8080",
}


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


class TestWorkerCommand:
    def test_stack_file_fills_the_settings(self, tmp_path: Path) -> None:
        """--stack points every name and endpoint at the local stack, keeping other settings."""
        path = tmp_path / "stack.json"
        path.write_text(json.dumps(STACK))
        settings = settings_from_stack(path, Settings(step_max_attempts=2))
        assert settings.resonate_url == "http://127.0.0.1:8001"
        assert settings.aws_endpoint_url == "http://127.0.0.1:4566"
        assert (settings.region, settings.table) == ("eu-west-1", "table-x")
        assert (settings.inbox_bucket, settings.results_bucket) == ("inbox-x", "results-x")
        assert settings.topic_arn == STACK["topic_arn"]
        assert settings.step_max_attempts == 2

    def test_missing_stack_file_is_a_config_error(self, tmp_path: Path) -> None:
        with pytest.raises(ConfigError, match="not found"):
            settings_from_stack(tmp_path / "absent.json")

    def test_cli_refuses_to_start_without_a_resonate_server(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A standalone worker with no RESONATE_URL would serve nobody: it says so."""
        monkeypatch.delenv("RESONATE_URL", raising=False)
        with pytest.raises(ConfigError, match="RESONATE_URL"):
            run(parse([]))
