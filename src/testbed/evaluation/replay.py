"""Bedrock on the evaluation set: recording real Converse responses, replaying them.

A recording holds, per case, the model id, a hash of the text the model was given and every
``converse`` response in call order. Replaying feeds them to a real ``bedrock-runtime``
client through botocore's Stubber, so the analyzer's own request building, reply parsing and
normalisation run exactly as they did against AWS, and its analysis is scored like the
offline analyzer's. A recording whose text hash no longer matches is stale and not used.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from botocore.stub import Stubber

from docpipe import aws
from docpipe.settings import Settings
from testbed.evaluation.corpus import Case
from testbed.evaluation.run import Read, media_type, text_and_layout
from testbed.evaluation.score import Scoreboard
from workflow.analyzers import BedrockAnalyzer

#: Recorded responses, one JSON file per case.
RECORDINGS = Path(__file__).resolve().parents[3] / "bench" / "recordings" / "bedrock"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def record_bedrock(texts: list[tuple[Case, Read]], directory: Path = RECORDINGS) -> None:
    """Analyze every case with real Bedrock (settings from the environment) and save what the
    service answered."""
    settings = Settings.from_env(os.environ)
    client = aws.client("bedrock-runtime", settings)
    responses: list[dict[str, Any]] = []
    client.meta.events.register(
        "after-call.bedrock-runtime.Converse",
        lambda parsed, **_: responses.append(
            {k: v for k, v in parsed.items() if k != "ResponseMetadata"}
        ),
    )
    analyzer = BedrockAnalyzer(client, settings.bedrock_model_id)
    directory.mkdir(parents=True, exist_ok=True)
    for case, got in texts:
        text, layout = text_and_layout(got)
        responses.clear()
        analyzer.analyze(text, media_type=media_type(case), filename=case.filename, layout=layout)
        recording = {
            "caseId": case.case_id,
            "modelId": settings.bedrock_model_id,
            "textSha256": _digest(text),
            "responses": responses,
        }
        (directory / f"{case.case_id}.json").write_text(json.dumps(recording, indent=1) + "\n")


def replayed_bedrock(
    texts: list[tuple[Case, Read]], directory: Path = RECORDINGS
) -> Scoreboard | None:
    """The Bedrock analyzer scored on recorded responses; None unless every case has a
    current recording (a partial score would not compare with the offline one)."""
    recordings: list[dict[str, Any]] = []
    for case, got in texts:
        text, _ = text_and_layout(got)
        path = directory / f"{case.case_id}.json"
        if not path.exists():
            return None
        recording = json.loads(path.read_text())
        if recording.get("textSha256") != _digest(text):
            return None
        recordings.append(recording)
    settings = Settings(analyzer="bedrock", region="us-east-1")
    board = Scoreboard()
    for (case, got), recording in zip(texts, recordings, strict=True):
        text, layout = text_and_layout(got)
        client = aws.client("bedrock-runtime", settings)
        with Stubber(client) as stub:
            for response in recording["responses"]:
                stub.add_response("converse", response)
            analyzer = BedrockAnalyzer(client, recording["modelId"])
            started = time.perf_counter()
            analysis = analyzer.analyze(
                text, media_type=media_type(case), filename=case.filename, layout=layout
            )
            board.add(case, analysis, time.perf_counter() - started, len(text))
    return board
