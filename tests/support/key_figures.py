"""The offline analyzer's key figures for a plain text, as the analyzer tests read them."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer


def figures_of(text: str) -> dict[str, Any]:
    """``keyFigures`` of ``text`` analysed as a plain-text document."""
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures: dict[str, Any] = analysis["keyFigures"]
    return figures
