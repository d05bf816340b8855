"""The analysis evaluation set and scorer, and the offline analyzer held to it (fast subset)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from testbed.evaluation import FIELDS, build_corpus, is_scan
from testbed.evaluation.run import evaluate, extract, read
from testbed.evaluation.score import Scoreboard, norm_org, norm_person
from workflow.analyzers import OfflineAnalyzer

#: The regression gate: the offline analyzer's F1 on every field of the fast subset.
MIN_F1 = 0.9


@pytest.fixture(scope="module")
def fast_set() -> list[tuple[Any, Any]]:
    """Every case except the scanned ones (OCR takes seconds each), through the extractor."""
    return [(case, read(case)) for case in build_corpus() if not is_scan(case)]


class TestCorpus:
    def test_size_kinds_and_formats(self) -> None:
        """At least 40 documents of at least 8 kinds, in every format docpipe reads."""
        cases = build_corpus()
        assert len(cases) >= 40
        assert len({case.kind for case in cases}) >= 8
        assert {case.fmt for case in cases} == {
            "pdf",
            "png",
            "jpg",
            "docx",
            "html",
            "md",
            "txt",
            "eml",
        }
        single = Counter(case.kind for case in cases if not case.labels.sections)
        assert min(single.values()) >= 5

    def test_deterministic(self) -> None:
        """Two builds give identical cases (labels and blocks)."""
        assert build_corpus() == build_corpus()

    def test_file_names_say_nothing(self) -> None:
        """No case's file name carries its kind, number or any labelled value."""
        for case in build_corpus():
            assert case.filename == f"document.{case.fmt}"

    def test_labels_are_printed(self, fast_set: list[tuple[Any, Any]]) -> None:
        """Every labelled number and organisation appears in the extracted text."""
        for case, extraction in fast_set:
            text = extraction.text
            squashed = norm_org(text)
            if case.labels.number:
                assert case.labels.number in text, case.case_id
            for name in case.labels.organizations:
                assert norm_org(name) in squashed, (case.case_id, name)


class TestScorer:
    def test_wrong_answers_count_against(self) -> None:
        """A wrong type, an invented party and a missed date lower precision and recall."""
        case = build_corpus()[0]
        wrong = {
            "documentType": "letter",
            "entities": {"parties": [{"name": "Nobody Ltd", "role": "x", "kind": "organization"}]},
            "keyFigures": {},
        }
        board = Scoreboard()
        board.add(case, wrong, 0.001, 100)
        assert board.f1("documentType") == 0.0
        assert board.counts["organizations"].fp == 1
        assert board.counts["dates"].fn == len(case.labels.dates) > 0

    def test_names_compare_as_a_reader_would(self) -> None:
        """Trailing full stops, case and honorifics do not make a different party."""
        assert norm_org("Harbor Logistics Inc.") == norm_org("HARBOR LOGISTICS INC")
        assert norm_person("Ms. Priya Patel") == norm_person("priya patel")
        assert norm_org("Acme Inc") != norm_org("Acme Ltd")


class TestOfflineOnTheSet:
    def test_every_field_reaches_the_gate(self, fast_set: list[tuple[Any, Any]]) -> None:
        """Offline F1 >= 0.9 on every field of the fast subset (the bench scores all of it)."""
        board = evaluate(OfflineAnalyzer(), fast_set)
        scores = {name: round(board.f1(name), 3) for name in FIELDS}
        assert all(score >= MIN_F1 for score in scores.values()), (scores, board.misses)

    def test_every_document_gets_a_summary(self, fast_set: list[tuple[Any, Any]]) -> None:
        """No document with text gets an empty summary."""
        analyzer = OfflineAnalyzer()
        for case, extraction in fast_set:
            result = analyzer.analyze(
                extraction.text, media_type="text/plain", filename=case.filename
            )
            assert result["summary"].strip(), case.case_id


class TestBedrockReplay:
    def test_recorded_responses_are_scored_and_stale_ones_refused(self, tmp_path: Any) -> None:
        """A recording replays through the Stubber into a score; a changed text voids it."""
        from testbed.evaluation.replay import _digest, replayed_bedrock  # noqa: PLC0415

        case = build_corpus()[0]
        text = extract(case)
        answer = {"documentType": case.labels.document_type, "summary": "s", "entities": {}}
        response = {
            "output": {"message": {"role": "assistant", "content": [{"text": json.dumps(answer)}]}},
            "stopReason": "end_turn",
            "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2},
            "metrics": {"latencyMs": 1},
        }
        recording = {"modelId": "m", "textSha256": _digest(text), "responses": [response]}
        (tmp_path / f"{case.case_id}.json").write_text(json.dumps(recording))
        board = replayed_bedrock([(case, text)], tmp_path)
        assert board is not None
        assert board.f1("documentType") == 1.0
        assert board.counts["dates"].fn == len(case.labels.dates)
        assert replayed_bedrock([(case, text + " changed")], tmp_path) is None
