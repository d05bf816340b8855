"""``docpipe up`` in the foreground: one readable line per job event after "stack is up"."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from docpipe_cli.stack.launch import UP_LOG
from support.stack import Stack, document, wait_until

pytestmark = pytest.mark.integration


class TestLiveOutput:
    def test_the_output_names_the_job_from_acceptance_to_its_end(
        self, stack_factory: Callable[..., Stack]
    ) -> None:
        """A direct message's job shows as accepted by the consumer, each step finishing in
        the worker, and done -- after the summary, labelled by component, without colour
        when stdout is not a terminal."""
        stack = stack_factory()
        data = document("Watched live")
        stack.client("s3").put_object(Bucket=stack.info.results_bucket, Key="live.txt", Body=data)
        body = {"documentUrl": f"s3://{stack.info.results_bucket}/live.txt", "jobId": "live-1"}
        stack.client("sqs").send_message(
            QueueUrl=stack.info.queue_url, MessageBody=json.dumps(body)
        )
        assert stack.wait_finished("live-1")["status"] == "done"

        def output() -> list[str] | None:
            lines = (stack.state_dir / UP_LOG).read_text().splitlines()
            return lines if any(line.endswith("| job live-1 done") for line in lines) else None

        lines = output() or wait_until(output, timeout=30, what="the done line in up's output")
        up_at = [i for i, text in enumerate(lines) if "stack is up" in text][-1]
        after_summary = lines[up_at:]
        ours = [line.split(" ", 1)[1] for line in after_summary if "job live-1 " in line]
        assert ours[0].startswith("consumer | job live-1 accepted (message ")
        assert "worker   | job live-1 download started" in ours
        assert any(line.startswith("worker   | job live-1 notify finished in ") for line in ours)
        assert ours[-1] == "worker   | job live-1 done"
        assert not any("\033[" in line for line in lines)
