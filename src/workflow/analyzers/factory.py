"""Choosing the analyzer the settings ask for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docpipe import aws
from docpipe.ports import Analyzer
from docpipe.settings import Settings
from workflow.analyzers.bedrock import BedrockAnalyzer
from workflow.analyzers.offline import OfflineAnalyzer

type ClientFactory = Callable[[str, Settings], Any]


def make_analyzer(settings: Settings, client_factory: ClientFactory = aws.client) -> Analyzer:
    """``OfflineAnalyzer`` or a ``BedrockAnalyzer`` on a ``bedrock-runtime`` client built by
    ``client_factory`` (injected so tests hand in a stubbed client)."""
    if settings.analyzer == "bedrock":
        return BedrockAnalyzer(
            client_factory("bedrock-runtime", settings), settings.bedrock_model_id
        )
    return OfflineAnalyzer()
