"""Running an analyzer over the evaluation set: render, extract with the real extractor
(OCR included), analyze, score."""

from __future__ import annotations

import time
from collections.abc import Iterable

from docpipe.layout import Layout
from docpipe.ports import Analyzer
from docpipe.settings import Settings
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render
from testbed.evaluation.score import Scoreboard
from workflow.documents import Extraction, ExtractionLimits, detect_type, extract_text

#: What the analyzer is given for a case: the extraction (text and layout), or bare text.
type Read = Extraction | str


def read(case: Case) -> Extraction:
    """What docpipe's extract step reads from the rendered document: text and layout."""
    data = render(case)
    doc_type = detect_type(data, filename=case.filename, declared=None)
    return extract_text(data, doc_type, ExtractionLimits.from_settings(Settings.from_env()))


def extract(case: Case) -> str:
    """The text docpipe's extract step reads from the rendered document."""
    return read(case).text


def text_and_layout(got: Read) -> tuple[str, Layout | None]:
    return (got, None) if isinstance(got, str) else (got.text, got.page_layout)


def media_type(case: Case) -> str:
    return {
        "pdf": "application/pdf",
        "png": "image/png",
        "jpg": "image/jpeg",
        "eml": "text/plain",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "html": "text/html",
        "md": "text/markdown",
        "txt": "text/plain",
    }[case.fmt]


def evaluate(analyzer: Analyzer, cases: Iterable[tuple[Case, Read]]) -> Scoreboard:
    """Score ``analyzer`` on (case, extraction) pairs, the layout handed over as the analyze
    step hands it; times the analysis alone."""
    board = Scoreboard()
    for case, got in cases:
        text, layout = text_and_layout(got)
        started = time.perf_counter()
        analysis = analyzer.analyze(
            text, media_type=media_type(case), filename=case.filename, layout=layout
        )
        board.add(case, analysis, time.perf_counter() - started, len(text))
    return board
