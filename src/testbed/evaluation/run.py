"""Running an analyzer over the evaluation set: render, extract with the real extractor
(OCR included), analyze, score."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from docpipe.layout import Layout
from docpipe.ports import Analyzer
from testbed.evaluation import readcache
from testbed.evaluation.corpus import Case
from testbed.evaluation.render import render
from testbed.evaluation.score import Scoreboard
from workflow.documents import Extraction

#: What the analyzer is given for a case: the extraction (text and layout), or bare text.
type Read = Extraction | str


def read(case: Case, cache: Path | None = None) -> Extraction:
    """What docpipe's extract step reads from the rendered document: text and layout (from
    the extraction cache in ``cache`` when one is given, see :mod:`readcache`)."""
    return readcache.extract(render(case), case.filename, cache)


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


def evaluate(
    analyzer: Analyzer,
    cases: Iterable[tuple[Case, Read]],
    said: dict[str, object] | None = None,
) -> Scoreboard:
    """Score ``analyzer`` on (case, extraction) pairs, the layout handed over as the analyze
    step hands it; times the analysis alone. With ``said``, what the analysis said of each
    case (type, key figures, sections) is kept there by case id, to compare runs."""
    board = Scoreboard()
    for case, got in cases:
        text, layout = text_and_layout(got)
        started = time.perf_counter()
        analysis = analyzer.analyze(
            text, media_type=media_type(case), filename=case.filename, layout=layout
        )
        board.add(case, analysis, time.perf_counter() - started, len(text))
        if said is not None:
            said[case.case_id] = {
                "documentType": analysis.get("documentType"),
                "keyFigures": analysis.get("keyFigures"),
                "sections": [
                    [s.get("documentType"), s.get("pages"), s.get("keyFigures")]
                    for s in analysis.get("sections") or []
                ],
            }
    return board
