"""The analysis evaluation set and its scorer.

:mod:`.corpus` writes labelled business documents (deterministically, from a seed) as
format-neutral blocks; :mod:`.render` turns them into the bytes of a real file (PDF, scanned
PNG, DOCX, HTML, Markdown, plain text); :mod:`.score` reads an analysis the way a user would
and scores it against the labels, field by field. ``bench/analysis_eval.py`` runs it all
through the real extractor; a fast subset runs in the test suite as a regression gate.
"""

from testbed.evaluation.corpus import Case, Labels, build_corpus
from testbed.evaluation.score import FIELDS, Scoreboard, predicted_fields
from testbed.evaluation.sets import HELD_OUT, evaluation_sets, is_scan

__all__ = [
    "FIELDS",
    "HELD_OUT",
    "Case",
    "Labels",
    "Scoreboard",
    "build_corpus",
    "evaluation_sets",
    "is_scan",
    "predicted_fields",
]
