"""Benchmark: how much of what a reader finds the analyzers find, on two labelled sets side
by side: the development set the rules may be tuned on, and the held-out set they never see.

The development set (:mod:`testbed.evaluation`) is written from a seed: invoices, receipts,
purchase orders, contracts, letters, memos, minutes, reports, forms and statements, rendered
as PDF, scanned PNG (read back by OCR), DOCX, HTML, Markdown and plain text, plus packets
(several documents in one PDF) and the bundled samples. The held-out set comes from a separate
generator (:mod:`testbed.heldout`: its own templates, vocabulary, layouts and formats,
European and US conventions, e-mails, statements, credit notes, scans and photographs through
OCR, packets). Each document goes through docpipe's real extractor (text and layout), then
through the analyzers; the tables give per-field precision, recall and F1, per-kind type
accuracy (and the share of documents with every field right), key figures right, line-item
F1, evidence (page right; box overlapping, IoU >= 0.1), sections exact, the median analysis
time per document and per page of text, and the held-out goals with whether each is met.

The offline analyzer is always scored. The Bedrock analyzer is scored on recorded Converse
responses replayed through botocore's Stubber (``bench/recordings/bedrock/<case>.json``);
``--record`` makes those recordings against real Bedrock (needs AWS credentials and model
access), so both analyzers are compared field by field on the same documents.

The offline analyzer's cost is also measured against length: both sets' text repeated to 1,
10 and 100 pages, in ms per page and as a ratio to one regex pass that splits the same text
into words (the least any analyzer does), so the figure means the same on a busy machine and
shows the cost stays linear.

``--seed S`` builds fresh sets from another seed (same generators, new names, numbers, dates,
layouts and formats).

Beside the development set's own packets (written along with the splitter's rules), the
"dev-composed" column scores packets composed at random of its single-document PDFs
(:mod:`testbed.evaluation.composed`; ``--composed N``, 0 for none): every layout in the set
becomes a test of where one document ends and the next begins.

The "dev-probes" column scores one-page documents drawn at random from the axes of
:mod:`testbed.evaluation.probes` (language, a key figure's label, format and place, the
numbers beside it, the rendering; ``--probes N``, 0 for none, ``--probes-seed S``): rules that
are right in general move it, rules fitted to one development document do not. Probes are
read through the same cache and scored the same way.

The "dev-authors" column scores documents written and labelled by authors who never read the
rules or their conventions (:mod:`testbed.evaluation.authors`; ``--authors N``, 0 for none,
``--authors-seed S``): a second opinion on which number or date a paper means.

For tuning: ``--cache`` keeps extractions between runs (keyed by the file and the extractor's
source, :mod:`testbed.evaluation.readcache`), ``--ids REGEX`` scores some documents only, and
``--predictions FILE`` writes what the analysis said of each development document, to diff
two runs case by case.

    python bench/analysis_eval.py [--fast] [--misses] [--seed S] [--dump DIR] [--record]
        [--only dev|held-out] [--composed N] [--composed-seed S] [--probes N]
        [--probes-seed S] [--authors N] [--authors-seed S] [--cache [DIR]]
        [--ids REGEX] [--predictions FILE]

``--misses`` lists the development set's wrong fields, the ones to tune against. The held-out
set's misses are printed only with ``--held-out-misses``, which is for audits and never for
tuning: a rule written against a held-out miss makes the held-out figures meaningless.

Results are printed and written to ``bench/results/analysis_eval.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

from testbed.evaluation import HELD_OUT, Case, Scoreboard, evaluation_sets, is_scan, readcache
from testbed.evaluation.authors import AUTHORS
from testbed.evaluation.composed import compose
from testbed.evaluation.corpus import DEFAULT_SEED
from testbed.evaluation.probes import FAMILIES, build_probes
from testbed.evaluation.render import render
from testbed.evaluation.replay import (
    RECORDINGS,
    record_bedrock,
    replayed_bedrock,
)
from testbed.evaluation.report import goals, tables
from testbed.evaluation.run import Read, evaluate, read, text_and_layout
from testbed.evaluation.score import PAGE_CHARS
from workflow.analyzers import OfflineAnalyzer

RESULTS = Path(__file__).resolve().parent / "results" / "analysis_eval.json"
#: Packets composed of the development set's single documents (testbed.evaluation.composed).
COMPOSED = 200
#: Documents drawn by the probe families (testbed.evaluation.probes).
PROBES = 400
#: Documents written by the independent authors (testbed.evaluation.authors).
AUTHORED = 1000
_WORDS = re.compile(r"\w+")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="skip scanned (OCR) documents")
    parser.add_argument(
        "--misses", action="store_true", help="list every wrong field of the development set"
    )
    parser.add_argument(
        "--held-out-misses",
        action="store_true",
        help="also list the held-out set's wrong fields: for audits; never for tuning",
    )
    parser.add_argument("--dump", type=Path, help="write the rendered documents to DIR")
    parser.add_argument("--seed", default=DEFAULT_SEED, help="build the sets from this seed")
    parser.add_argument(
        "--record", action="store_true", help="record Bedrock responses (real AWS calls)"
    )
    parser.add_argument(
        "--only", choices=("dev", HELD_OUT), help="score one set only (the other is not read)"
    )
    parser.add_argument(
        "--composed",
        type=int,
        default=COMPOSED,
        metavar="N",
        help=f"also score N packets composed of the development set's documents "
        f"(default {COMPOSED}; 0: none)",
    )
    parser.add_argument(
        "--composed-seed", type=int, default=1, help="draw the composed packets with this seed"
    )
    parser.add_argument(
        "--probes",
        type=int,
        default=PROBES,
        metavar="N",
        help=f"also score N probe documents drawn for the development set "
        f"(default {PROBES}; 0: none)",
    )
    parser.add_argument(
        "--probes-seed", type=int, default=1, help="draw the probe documents with this seed"
    )
    parser.add_argument(
        "--authors",
        type=int,
        default=AUTHORED,
        metavar="N",
        help=f"also score N documents by the independent authors, shared among them "
        f"(default {AUTHORED}; 0: none)",
    )
    parser.add_argument(
        "--authors-seed", type=int, default=1, help="draw the authors' documents with this seed"
    )
    parser.add_argument(
        "--cache",
        nargs="?",
        type=Path,
        const=readcache.DEFAULT_FOLDER,
        help="reuse extractions from this folder between runs "
        f"(default {readcache.DEFAULT_FOLDER}); for tuning, not for timing extraction",
    )
    parser.add_argument(
        "--ids", type=re.compile, help="score only the documents whose id matches this regex"
    )
    parser.add_argument(
        "--predictions",
        type=Path,
        help="write each development document's type, key figures and sections to this JSON "
        "file (diff two runs to see what a rule changed)",
    )
    args = parser.parse_args(argv)

    boards: dict[str, Scoreboard] = {}
    reads: dict[str, list[tuple[Case, Read]]] = {}
    for set_name, built in evaluation_sets(args.seed).items():
        if args.only and set_name != args.only:
            continue
        cases = [
            case
            for case in built
            if not (args.fast and is_scan(case))
            and not (args.ids and not args.ids.search(case.case_id))
        ]
        if args.dump:
            folder = args.dump / set_name
            folder.mkdir(parents=True, exist_ok=True)
            for case in cases:
                (folder / f"{case.case_id}.{case.fmt}").write_bytes(render(case))
        started = time.perf_counter()
        reads[set_name] = [(case, read(case, args.cache)) for case in cases]
        kinds = sorted({case.kind for case in cases})
        formats = sorted({case.fmt for case in cases})
        print(
            f"{set_name} set (seed {args.seed!r}): {len(cases)} documents, {len(kinds)} kinds, "
            f"formats {', '.join(formats)}; extraction with docpipe's extractor "
            f"({'OCR skipped' if args.fast else 'OCR included'}) "
            f"{time.perf_counter() - started:.1f} s"
        )
        if args.record:
            record_bedrock(reads[set_name])
        said: dict[str, object] | None = {} if set_name != HELD_OUT else None
        boards[f"{set_name}/offline"] = evaluate(OfflineAnalyzer(), reads[set_name], said)
        if set_name != HELD_OUT and args.composed:
            packets = compose(reads[set_name], count=args.composed, seed=args.composed_seed)
            boards[f"{set_name}-composed/offline"] = evaluate(OfflineAnalyzer(), packets, said)
        extra = {
            "probes": (FAMILIES, args.probes_seed, args.probes),
            "authors": (AUTHORS, args.authors_seed, args.authors),
        }
        for column, (families, seed, count) in extra.items():
            if set_name == HELD_OUT or not count or not families:
                continue
            cases_drawn = [
                case
                for case in build_probes(seed, count, families)
                if not (args.fast and is_scan(case))
                and not (args.ids and not args.ids.search(case.case_id))
            ]
            if cases_drawn:
                read_drawn = [(case, read(case, args.cache)) for case in cases_drawn]
                board = evaluate(OfflineAnalyzer(), read_drawn, said)
                boards[f"{set_name}-{column}/offline"] = board
        if said is not None and args.predictions:
            args.predictions.write_text(json.dumps(said, indent=1, sort_keys=True) + "\n")
        bedrock = replayed_bedrock(reads[set_name]) if reads[set_name] else None
        if bedrock is not None:
            boards[f"{set_name}/bedrock"] = bedrock
        else:
            print(f"  bedrock: no current recordings in {RECORDINGS} (run with --record on AWS)")
    print("\n".join(tables(boards)))
    print()
    for name, board in boards.items():
        print(
            f"{name}: median {board.median_ms():.2f} ms per document, "
            f"{board.median_ms_per_page():.2f} ms per page of text (3000 chars)"
        )
    held_out = [name for name in boards if name.startswith(HELD_OUT)]
    for name in held_out:
        print(f"\ngoals on {name}:")
        for goal in goals(boards[name]):
            print(
                f"  {goal.name:<28}{goal.value:>7.3f}  target >= {goal.target:.2f}  "
                f"{'met' if goal.met else 'NOT met'}"
            )
    scaling = measure_scaling([text_and_layout(got)[0] for got in _all_reads(reads)])
    for name, board in boards.items():
        if not (args.held_out_misses if name.startswith(HELD_OUT) else args.misses):
            continue
        print(f"\nmisses ({name}):")
        for line in [*board.misses, *board.structure.misses]:
            print(f"  {line}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "documents": {name: len(items) for name, items in reads.items()},
                **summary(boards),
                "scaling": scaling,
            },
            indent=2,
        )
        + "\n"
    )
    return 0


def _all_reads(reads: dict[str, list[tuple[Case, Read]]]) -> list[Read]:
    return [got for items in reads.values() for _, got in items]


def measure_scaling(texts: list[str], repeats: int = 3) -> list[dict[str, float]]:
    """Offline analysis time per page at growing lengths, and its ratio to one word-splitting
    regex pass over the same text (median of ``repeats``)."""
    analyzer = OfflineAnalyzer()
    corpus = "\n\n".join(texts)
    rows: list[dict[str, float]] = []
    if not corpus:  # nothing read (``--ids`` matched no document of the sets)
        return rows
    print(f"\n{'pages':>6}{'chars':>10}{'ms/page':>10}{'x word split':>14}")
    for pages in (1, 10, 100):
        chars = pages * PAGE_CHARS
        text = (corpus * (chars // len(corpus) + 1))[:chars]
        analyze_s, split_s = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            analyzer.analyze(text, media_type="text/plain", filename="document.txt")
            analyze_s.append(time.perf_counter() - started)
            started = time.perf_counter()
            _WORDS.findall(text)
            split_s.append(time.perf_counter() - started)
        ms_page = statistics.median(analyze_s) * 1000 / pages
        ratio = statistics.median(analyze_s) / statistics.median(split_s)
        rows.append({"pages": pages, "ms_per_page": ms_page, "x_word_split": ratio})
        print(f"{pages:>6}{chars:>10}{ms_page:>10.2f}{ratio:>14.1f}")
    return rows


def summary(boards: dict[str, Scoreboard]) -> dict[str, object]:
    def structure(board: Scoreboard) -> dict[str, object]:
        s = board.structure
        return {
            "keyFigures": {
                name: {"right": s.figures_right[name], "labelled": s.figures_total[name]}
                for name in s.figures_total
            },
            "keyFiguresRight": s.figures_share,
            "lineItems": {"f1": s.rows_f1, "tp": s.rows_tp, "fp": s.rows_fp, "fn": s.rows_fn},
            "evidence": {"pages": s.pages_share, "boxes": s.boxes_share},
            "sections": {
                "exact": s.sections_share,
                "packets": s.packets,
                "keyFiguresLostToSplits": s.figures_unplaced,
            },
        }

    return {
        "boards": {
            name: {
                "fields": {
                    field: {"precision": p, "recall": r, "f1": f1, "facts": n}
                    for field, p, r, f1, n in board.field_table()
                },
                "kinds": {k: {"docs": d, "type": a, "all": p} for k, d, a, p in board.kind_table()},
                "formats": {
                    f: {"docs": d, "keyFiguresRight": r, "keyFigures": t}
                    for f, d, r, t in board.format_table()
                },
                "structure": structure(board),
                "goals": {g.name: {"value": g.value, "met": g.met} for g in goals(board)},
                "median_ms_per_document": board.median_ms(),
                "median_ms_per_page": board.median_ms_per_page(),
            }
            for name, board in boards.items()
        },
    }


if __name__ == "__main__":
    sys.exit(main())
