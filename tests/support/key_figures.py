"""The offline analyzer's analysis and key figures of a plain text, as the analyzer tests read
them."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer


def analysis_of(text: str) -> dict[str, Any]:
    """The offline analysis of ``text`` as a plain-text document."""
    analysis: dict[str, Any] = OfflineAnalyzer().analyze(
        text, media_type="text/plain", filename="document.txt"
    )
    return analysis


def figures_of(text: str) -> dict[str, Any]:
    """``keyFigures`` of ``text`` analysed as a plain-text document."""
    figures: dict[str, Any] = analysis_of(text)["keyFigures"]
    return figures
