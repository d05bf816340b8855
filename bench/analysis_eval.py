"""Benchmark: how much of what a reader finds the analyzers find, on the labelled set.

The evaluation set (:mod:`docpipe_cli.evaluation`) is written from a seed: invoices,
receipts, purchase orders, contracts, letters, memos, minutes, reports, forms and statements,
rendered as PDF, scanned PNG (read back by OCR), DOCX, HTML, Markdown and plain text. Each
document goes through docpipe's real extractor, then through the analyzers; the table gives
per-field precision, recall and F1, per-kind type accuracy (and the share of documents with
every field right) and the median analysis time per document and per page of text.

The offline analyzer is always scored. The Bedrock analyzer is scored on recorded Converse
responses replayed through botocore's Stubber (``bench/recordings/bedrock/<case>.json``);
``--record`` makes those recordings against real Bedrock (needs AWS credentials and model
access), so both analyzers are compared field by field on the same documents.

    python bench/analysis_eval.py [--fast] [--misses] [--dump DIR] [--record]

Results are printed and written to ``bench/results/analysis_eval.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from docpipe_cli.evaluation import FIELDS, Scoreboard, build_corpus
from docpipe_cli.evaluation.render import render
from docpipe_cli.evaluation.replay import (
    RECORDINGS,
    record_bedrock,
    replayed_bedrock,
)
from docpipe_cli.evaluation.run import evaluate, extract
from workflow.analyzers import OfflineAnalyzer

RESULTS = Path(__file__).resolve().parent / "results" / "analysis_eval.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="skip scanned (OCR) documents")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--dump", type=Path, help="write the rendered documents to DIR")
    parser.add_argument(
        "--record", action="store_true", help="record Bedrock responses (real AWS calls)"
    )
    args = parser.parse_args(argv)

    cases = [case for case in build_corpus() if not (args.fast and case.fmt == "png")]
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for case in cases:
            (args.dump / f"{case.case_id}.{case.fmt}").write_bytes(render(case))
    started = time.perf_counter()
    texts = [(case, extract(case)) for case in cases]
    extract_s = time.perf_counter() - started
    kinds = sorted({case.kind for case in cases})
    formats = sorted({case.fmt for case in cases})
    print(
        f"evaluation set: {len(cases)} documents, {len(kinds)} kinds, formats "
        f"{', '.join(formats)}; extraction (real extractor, OCR included) {extract_s:.1f} s"
    )
    if args.record:
        record_bedrock(texts)
    boards: dict[str, Scoreboard] = {"offline": evaluate(OfflineAnalyzer(), texts)}
    bedrock = replayed_bedrock(texts)
    if bedrock is not None:
        boards["bedrock"] = bedrock
    else:
        print(f"bedrock: no recorded responses in {RECORDINGS} (run with --record on AWS)")
    print_tables(boards)
    offline = boards["offline"]
    if args.misses:
        print("\nmisses (offline):")
        for line in offline.misses:
            print(f"  {line}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(summary(boards, len(cases)), indent=2) + "\n")
    worst = min(offline.f1(name) for name in FIELDS)
    print(f"\nlowest offline F1: {worst:.3f} (target >= 0.900)")
    return 0


def print_tables(boards: dict[str, Scoreboard]) -> None:
    names = list(boards)
    header = f"\n{'field':<16}" + "".join(f"{n + ' P':>11}{'R':>7}{'F1':>7}" for n in names)
    print(header + f"{'facts':>7}")
    for index, name in enumerate(FIELDS):
        row = f"{name:<16}"
        facts = 0
        for board in boards.values():
            _, precision, recall, f1, facts = board.field_table()[index]
            row += f"{precision:>11.3f}{recall:>7.3f}{f1:>7.3f}"
        print(row + f"{facts:>7}")
    print(f"\n{'kind':<16}{'docs':>5}" + "".join(f"{n + ' type':>15}{'all':>6}" for n in names))
    kinds = {kind: docs for kind, docs, _, _ in boards["offline"].kind_table()}
    for kind, docs in kinds.items():
        row = f"{kind:<16}{docs:>5}"
        for board in boards.values():
            accuracy = {k: (a, p) for k, _, a, p in board.kind_table()}[kind]
            row += f"{accuracy[0]:>15.2f}{accuracy[1]:>6.2f}"
        print(row)
    print()
    for name, board in boards.items():
        print(
            f"{name}: median {board.median_ms():.2f} ms per document, "
            f"{board.median_ms_per_page():.2f} ms per page of text (3000 chars)"
        )


def summary(boards: dict[str, Scoreboard], documents: int) -> dict[str, object]:
    return {
        "documents": documents,
        "analyzers": {
            name: {
                "fields": {
                    field: {"precision": p, "recall": r, "f1": f1, "facts": n}
                    for field, p, r, f1, n in board.field_table()
                },
                "kinds": {k: {"docs": d, "type": a, "all": p} for k, d, a, p in board.kind_table()},
                "median_ms_per_document": board.median_ms(),
                "median_ms_per_page": board.median_ms_per_page(),
            }
            for name, board in boards.items()
        },
    }


if __name__ == "__main__":
    sys.exit(main())
