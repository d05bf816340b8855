"""What the trained second reader of document numbers costs: the offline analyzer's median time
per document with the rules alone (the baseline) and with the reader, measured in the same run.

``python bench/number_reader.py [--every N]`` analyzes every Nth document of the development set
(its extractions from the cache, OCR included) twice with each analyzer, interleaved so that the
noise of a shared machine falls on both alike, and prints both medians and their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import time

from testbed.evaluation import readcache
from testbed.evaluation.corpus import DEFAULT_SEED, build_corpus
from testbed.evaluation.run import media_type, read, text_and_layout
from workflow.analyzers import OfflineAnalyzer

#: Every Nth document of the development set is timed.
EVERY = 7
#: Times each analyzer reads each document.
ROUNDS = 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--every", type=int, default=EVERY, help=f"default {EVERY}")
    args = parser.parse_args(argv)
    cases = build_corpus(DEFAULT_SEED)[:: args.every]
    reads = [(case, text_and_layout(read(case, readcache.DEFAULT_FOLDER))) for case in cases]
    analyzers = {"rules alone": OfflineAnalyzer(numbers=None), "with the reader": OfflineAnalyzer()}
    times: dict[str, list[float]] = {name: [] for name in analyzers}
    for case, (text, layout) in reads:
        for _ in range(ROUNDS):
            for name, analyzer in analyzers.items():
                started = time.perf_counter()
                analyzer.analyze(
                    text, media_type=media_type(case), filename=case.filename, layout=layout
                )
                times[name].append(time.perf_counter() - started)
    medians = {name: statistics.median(spent) * 1000 for name, spent in times.items()}
    for name, median in medians.items():
        print(f"{name:<16} median {median:7.2f} ms per document ({len(reads)} documents)")
    ratio = medians["with the reader"] / medians["rules alone"]
    print(f"ratio (with the reader / rules alone): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
