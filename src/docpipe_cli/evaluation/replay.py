"""Bedrock on the evaluation set: recording real Converse responses, replaying them."""

from __future__ import annotations

from pathlib import Path

from docpipe_cli.evaluation.corpus import Case
from docpipe_cli.evaluation.score import Scoreboard

#: Recorded responses, one JSON file per case.
RECORDINGS = Path(__file__).resolve().parents[3] / "bench" / "recordings" / "bedrock"


def record_bedrock(texts: list[tuple[Case, str]]) -> None:
    raise NotImplementedError


def replayed_bedrock(texts: list[tuple[Case, str]]) -> Scoreboard | None:
    return None
