"""Running an analyzer over the evaluation set: render, extract with the real extractor
(OCR included), analyze, score."""

from __future__ import annotations

import time
from collections.abc import Iterable

from docpipe.ports import Analyzer
from docpipe.settings import Settings
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render
from testbed.evaluation.score import Scoreboard
from workflow.documents import ExtractionLimits, detect_type, extract_text


def extract(case: Case) -> str:
    """The text docpipe's extract step reads from the rendered document."""
    data = render(case)
    doc_type = detect_type(data, filename=case.filename, declared=None)
    return extract_text(data, doc_type, ExtractionLimits.from_settings(Settings())).text


def media_type(case: Case) -> str:
    return {
        "pdf": "application/pdf",
        "png": "image/png",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "html": "text/html",
        "md": "text/markdown",
        "txt": "text/plain",
    }[case.fmt]


def evaluate(analyzer: Analyzer, cases: Iterable[tuple[Case, str]]) -> Scoreboard:
    """Score ``analyzer`` on (case, extracted text) pairs; times the analysis alone."""
    board = Scoreboard()
    for case, text in cases:
        started = time.perf_counter()
        analysis = analyzer.analyze(text, media_type=media_type(case), filename=case.filename)
        board.add(case, analysis, time.perf_counter() - started, len(text))
    return board
