"""Train the splitter's page-boundary model (:mod:`workflow.analyzers.boundary_model`) on the
development set, and write the weights file the analyzer ships.

``python -m testbed.evaluation.train_boundaries`` reads the development set's extractions
(from the extraction cache, :mod:`.readcache`) and walks the splitter over three kinds of
file, answering every page by the truth so that each page is seen after the document it
really follows (the splitter's reading is right up to its first mistake, and a file is split
exactly when no page is decided wrong):

- packets composed of the set's single documents (:mod:`.composed`) with the training seeds,
  never the evaluation's seed 1;
- the set's single documents of more than one page: no page after the first starts one;
- the set's written packets, at their labelled boundaries.

Each page the rules decide behind a document that did not close gives an example: its
features and whether it starts a document (behind a closed document the rules decide alone,
see :func:`~workflow.analyzers.boundary_model.decide`). An L2-regularised logistic regression
is fitted to them (Newton's method from zero: deterministic).

The threshold past which the model overrules the rules is chosen on documents the model has
not seen, since it may learn the very documents it is trained on: the set's documents are
cut in two halves by family (their id without its running number), two models are trained
on each half (packets composed with two ranges of validation seeds) and scored on the other
half (packets composed with the test seeds, its single documents and written packets). The
threshold taken is the one that splits the most of the other half's composed packets exactly
while splitting no single document and no written packet wrong that the rules split right,
for each of the four models; ties go to the higher (more cautious) threshold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from testbed.evaluation import readcache
from testbed.evaluation.composed import compose
from testbed.evaluation.corpus import DEFAULT_SEED, Case, build_corpus
from testbed.evaluation.run import Read, read, text_and_layout
from workflow.analyzers import boundary_model
from workflow.analyzers.boundary_model import FEATURES, Model
from workflow.analyzers.offline import MAX_ANALYZED_CHARS, normalise
from workflow.analyzers.paging import PagedText
from workflow.analyzers.sections import file_stamps, split_sections

#: Where the analyzer reads its weights.
WEIGHTS = Path(boundary_model.__file__).with_name(boundary_model.WEIGHTS_FILE)
#: The first seeds of the composed packets: for the weights, for the halves' models, for
#: scoring the halves. The evaluation composes with seed 1, so these start far from it (and
#: the ranges do not meet at the default counts: 30 seeds, 2 x 6, 6).
TRAIN_SEED, VALIDATION_SEED, TEST_SEED = 1001, 2001, 3001
#: Composed packets for the weights, and for each half's model and score.
TRAIN_PACKETS, HALF_PACKETS = 3000, 600
#: Packets composed per seed.
PER_SEED = 100
#: The L2 penalty on the weights (not the bias).
PENALTY = 1.0
#: Thresholds tried, most cautious last: the model overrules the rules only when it is at
#: least 70% sure. (Below, the halves' models sometimes split a written packet the rules
#: split right: where that starts moved between 0.5 and 0.65 with the draw of packets.)
THRESHOLDS = tuple(round(0.7 + 0.01 * step, 2) for step in range(30))
#: The thresholds that leave the rules alone.
NEVER = (1.01, -0.01)
#: A document's family: its id without the running number ("dues-energy-uk-02").
_RUNNING_NUMBER = re.compile(r"[-_]?\d+$")
_CLOSED = FEATURES.index("closed")


@dataclass(frozen=True, slots=True)
class Example:
    """One page the rules decided: its features, the rules' answer, the truth, and the file
    it is in (a file is split exactly when all of its pages are decided right)."""

    file: str
    group: str  # "composed", "single" or "written"
    vector: tuple[float, ...]
    ruled: bool
    starts: bool


def examples(case: Case, got: Read, group: str) -> list[Example]:
    """The pages of ``case`` the splitter decides, each answered by the truth: a packet's
    sections start where its labels say, a single document only on its first page."""
    text, layout = text_and_layout(got)
    paged = PagedText.read(text, layout, normalise, MAX_ANALYZED_CHARS)
    firsts = {section.pages[0] for section in case.labels.sections} or {1}
    seen: list[Example] = []

    def truth(ruling: boundary_model.Ruling) -> bool:
        starts = ruling.page in firsts
        seen.append(Example(case.case_id, group, ruling.features(), ruling.ruled, starts))
        return starts

    split_sections(paged, file_stamps(paged), truth)
    return seen


def composed_rows(
    reads: list[tuple[Case, Read]], *, first_seed: int, packets: int, per_seed: int = PER_SEED
) -> list[Example]:
    """Examples from ``packets`` packets composed of ``reads``, ``per_seed`` to a seed from
    ``first_seed`` on."""
    rows: list[Example] = []
    for index, seed in enumerate(range(first_seed, first_seed + -(-packets // per_seed))):
        count = min(per_seed, packets - index * per_seed)
        for case, got in compose(reads, count=count, seed=seed):
            rows.extend(examples(case, got, "composed"))
    return rows


def file_rows(reads: list[tuple[Case, Read]]) -> list[Example]:
    """Examples from the set's own files: single documents and written packets."""
    rows: list[Example] = []
    for case, got in reads:
        rows.extend(examples(case, got, "written" if case.labels.sections else "single"))
    return rows


def fit(rows: Sequence[Example], penalty: float = PENALTY) -> Model:
    """The L2-regularised logistic regression of ``starts`` on the features of the ``rows``
    behind an open document (Newton's method from zero), thresholds left at :data:`NEVER`."""
    kept = [row for row in rows if not row.vector[_CLOSED]]
    x = np.array([row.vector for row in kept], dtype=float).reshape(len(kept), len(FEATURES))
    x = np.hstack([x, np.ones((len(kept), 1))])
    y = np.array([row.starts for row in kept], dtype=float)
    ridge = np.full(x.shape[1], penalty)
    ridge[-1] = 0.0  # the bias is not shrunk
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + ridge * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return Model(tuple(float(v) for v in w[:-1]), float(w[-1]), *NEVER)


def exact_files(rows: Sequence[Example], model: Model, group: str) -> int:
    """How many files of ``group`` are split exactly with ``model`` deciding."""
    right: dict[str, bool] = {}
    for row in rows:
        if row.group == group:
            decided = boundary_model.decide(row.ruled, row.vector, model)
            right[row.file] = right.get(row.file, True) and decided == row.starts
    return sum(right.values())


def scores(rows: Sequence[Example], model: Model, start_at: float) -> dict[str, int]:
    """Files split exactly by group, ``model`` overruling the rules from ``start_at`` on."""
    with_threshold = Model(model.weights, model.bias, start_at, NEVER[1])
    return {g: exact_files(rows, with_threshold, g) for g in ("composed", "single", "written")}


def family(case: Case) -> str:
    return _RUNNING_NUMBER.sub("", case.case_id)


def halves(reads: list[tuple[Case, Read]]) -> list[tuple[list[tuple[Case, Read]], ...]]:
    """The set cut in two by family (a stable hash of it), as (train, test) both ways."""
    cut = [zlib.crc32(family(case).encode()) % 2 for case, _ in reads]
    one = [pair for pair, side in zip(reads, cut, strict=True) if side == 0]
    other = [pair for pair, side in zip(reads, cut, strict=True) if side == 1]
    return [(one, other), (other, one)]


def choose_threshold(
    reads: list[tuple[Case, Read]], *, packets: int = HALF_PACKETS, per_seed: int = PER_SEED
) -> tuple[float, list[dict[str, object]]]:
    """The threshold (see the module's docstring), and each half's scores: the rules' and
    the models' at that threshold. Each half trains two models, on packets of two seed ranges,
    so that the threshold holds for the draw of packets as well as for the documents."""
    draws = (VALIDATION_SEED, VALIDATION_SEED + -(-packets // per_seed))
    tallies: list[tuple[dict[str, int], dict[float, dict[str, int]]]] = []
    for train_on, test_on in halves(reads):
        rows = composed_rows(
            test_on, first_seed=TEST_SEED, packets=packets, per_seed=per_seed
        ) + file_rows(test_on)
        own = file_rows(train_on)
        for first_seed in draws:
            model = fit(
                composed_rows(train_on, first_seed=first_seed, packets=packets, per_seed=per_seed)
                + own
            )
            rules = scores(rows, model, NEVER[0])
            tallies.append((rules, {t: scores(rows, model, t) for t in THRESHOLDS}))
    best = NEVER[0]
    best_key = (-1, 0.0)
    for threshold in THRESHOLDS:
        got = [by[threshold] for _, by in tallies]
        if any(
            g["single"] < rules["single"] or g["written"] < rules["written"]
            for g, (rules, _) in zip(got, tallies, strict=True)
        ):
            continue
        key = (sum(g["composed"] for g in got), threshold)
        if key > best_key:
            best, best_key = threshold, key
    report: list[dict[str, object]] = [
        {"rules": rules, "model": by.get(best, rules)} for rules, by in tallies
    ]
    return best, report


def dev_reads(seed: str = DEFAULT_SEED) -> list[tuple[Case, Read]]:
    """The development set's extractions (only the development set: the held-out set is
    never built here), from the extraction cache."""
    return [(case, read(case, readcache.DEFAULT_FOLDER)) for case in build_corpus(seed)]


def train(
    reads: list[tuple[Case, Read]],
    *,
    train_packets: int = TRAIN_PACKETS,
    half_packets: int = HALF_PACKETS,
    per_seed: int = PER_SEED,
    on: str = "",
) -> dict[str, object]:
    """The weights file's content, trained on ``reads`` (``on``: the date, for its header)."""
    own = file_rows(reads)
    composed = composed_rows(reads, first_seed=TRAIN_SEED, packets=train_packets, per_seed=per_seed)
    model = fit(composed + own)
    threshold, halves_scored = choose_threshold(reads, packets=half_packets, per_seed=per_seed)
    rows = [row for row in composed + own if not row.vector[_CLOSED]]
    seeds = -(-train_packets // per_seed)
    return {
        "trained": {
            "by": "python -m testbed.evaluation.train_boundaries",
            "on": on,
            "set": "dev",
            "documents": len(reads),
            "composed": {
                "seeds": [TRAIN_SEED, TRAIN_SEED + seeds - 1],
                "packets": train_packets,
                "per_seed": per_seed,
            },
            "examples": {
                "pages": len(rows),
                "starts": sum(row.starts for row in rows),
                "composed": sum(row.group == "composed" for row in rows),
                "single": sum(row.group == "single" for row in rows),
                "written": sum(row.group == "written" for row in rows),
            },
            "penalty": PENALTY,
            "threshold": {
                "chosen_on": "the set cut in two by family, each half's model scored on the "
                "other half",
                "composed_seeds": {
                    "train": [
                        VALIDATION_SEED,
                        VALIDATION_SEED + 2 * -(-half_packets // per_seed) - 1,
                    ],
                    "score": TEST_SEED,
                },
                "packets_per_half": half_packets,
                "files_exact_by_half": halves_scored,
            },
        },
        "thresholds": {"start": threshold, "continue": NEVER[1]},
        "bias": round(model.bias, 6),
        "weights": {name: round(w, 6) for name, w in zip(FEATURES, model.weights, strict=True)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS, help=f"default {WEIGHTS}")
    parser.add_argument("--packets", type=int, default=TRAIN_PACKETS)
    parser.add_argument("--half-packets", type=int, default=HALF_PACKETS)
    args = parser.parse_args(argv)
    trained = train(
        dev_reads(),
        train_packets=args.packets,
        half_packets=args.half_packets,
        on=dt.datetime.now(dt.UTC).date().isoformat(),
    )
    args.out.write_text(json.dumps(trained, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(trained["trained"], indent=1))
    print(json.dumps(trained["thresholds"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
