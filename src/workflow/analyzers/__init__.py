"""Analyzers: structured analysis (type, summary, entities) of extracted text.

Both implement :class:`docpipe.ports.Analyzer` and return the shape documented in
:mod:`workflow.analyzers.schema`.
"""

from workflow.analyzers.bedrock import BedrockAnalyzer
from workflow.analyzers.errors import AnalyzerConfigError, MalformedAnalysis
from workflow.analyzers.factory import make_analyzer
from workflow.analyzers.offline import OfflineAnalyzer

__all__ = [
    "AnalyzerConfigError",
    "BedrockAnalyzer",
    "MalformedAnalysis",
    "OfflineAnalyzer",
    "make_analyzer",
]
