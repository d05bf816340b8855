"""Choosing the analyzer the settings ask for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docpipe import aws
from docpipe.classes import Catalogue, configured_classes
from docpipe.ports import Analyzer
from docpipe.settings import Settings
from workflow.analyzers.bedrock import BedrockAnalyzer
from workflow.analyzers.offline import OfflineAnalyzer

type ClientFactory = Callable[[str, Settings], Any]


def make_analyzer(
    settings: Settings,
    client_factory: ClientFactory = aws.client,
    *,
    classes: Catalogue | None = None,
) -> Analyzer:
    """``OfflineAnalyzer`` or a ``BedrockAnalyzer`` on a ``bedrock-runtime`` client built by
    ``client_factory`` (injected so tests hand in a stubbed client), either of them over the
    document classes ``classes`` (default: those ``DOCPIPE_CLASSES`` names, read now: a bad
    file fails here)."""
    if classes is None:
        remote = (settings.classes or "").startswith("s3://")
        s3 = client_factory("s3", settings) if remote else None
        classes = configured_classes(settings, s3_client=s3)
    if settings.analyzer == "bedrock":
        return BedrockAnalyzer(
            client_factory("bedrock-runtime", settings), settings.bedrock_model_id, classes
        )
    return OfflineAnalyzer(classes)
