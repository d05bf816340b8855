"""The analysis travels unchanged: what the analyzer returned is what the status API, the SNS
message and ``result.json`` carry."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from resonate.retry import Constant
from test_demo_inprocess import (
    EVENTS,
    notifications,
    read_result,
    subscribe_queue,
)

from docpipe.ports import Analyzer
from docpipe_cli.demo_inprocess import InProcessStack
from status_api import handler as status_handler
from status_api.service import StatusService

MEMO = b"""MEMORANDUM
To: All staff of Brightwater Foods Ltd.
From: Jonas Bello, Office Manager
Date: 19 February 2026
Subject: Travel budget

The travel budget of $4.2 million takes effect on 5 March 2026. Questions can be sent to
Julia Fischer in the finance team.
"""


class Recording:
    """Passes calls to the real analyzer and keeps what it returned."""

    def __init__(self, inner: Analyzer) -> None:
        self.name = inner.name
        self._inner = inner
        self.returned: list[dict[str, Any]] = []

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: object = None
    ) -> dict[str, Any]:
        analysis = self._inner.analyze(text, media_type=media_type, filename=filename)
        self.returned.append(json.loads(json.dumps(analysis)))
        return analysis


@pytest.fixture
def recorded() -> Iterator[tuple[InProcessStack, list[Recording]]]:
    wrappers: list[Recording] = []

    def wrap(inner: Analyzer) -> Analyzer:
        wrappers.append(Recording(inner))
        return wrappers[-1]

    retry = Constant(delay=0, max_retries=2)
    with InProcessStack(retry_policy=retry, analyzer_wrapper=wrap) as running:
        yield running, wrappers


class TestAnalysisCarriedUnchanged:
    def test_status_api_sns_and_result_json_carry_the_analysis(
        self, recorded: tuple[InProcessStack, list[Recording]]
    ) -> None:
        """Status API, SNS message and result.json all hold exactly the analyzer's output."""
        stack, wrappers = recorded
        topic_queue = subscribe_queue(stack)
        submitted = stack.send("memo.txt", MEMO, job_id="memo-analysis-1")
        stack.pump()
        record = stack.wait_for(submitted)
        assert record.status == "done", record.error
        [analysis] = wrappers[0].returned
        assert analysis["documentType"] == "memo"
        assert {"name": "Brightwater Foods Ltd.", "role": "recipient", "kind": "organization"} in (
            analysis["entities"]["parties"]
        )
        status_handler.use_service(StatusService(jobs=stack.jobs))
        try:
            event = json.loads((EVENTS / "apigw-status.json").read_text())
            event["rawPath"] = event["requestContext"]["http"]["path"] = "/status/memo-analysis-1"
            event["pathParameters"] = {"jobId": "memo-analysis-1"}
            body = json.loads(status_handler.lambda_handler(event, None)["body"])
        finally:
            status_handler.use_service(None)
        assert body["result"]["analysis"] == analysis
        [(message, _)] = notifications(stack, topic_queue)
        assert message["analysis"] == analysis
        stored = json.loads(read_result(stack, record.job_id, "result.json"))
        assert stored["analysis"] == analysis
