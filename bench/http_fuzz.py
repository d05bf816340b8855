"""Differential fuzzing of the devserver's HTTP/1.1 framing, with h11 as the oracle.

    .venv/bin/python bench/http_fuzz.py [--inputs N] [--seed S] [--jobs J] [--findings FILE]

Draws N generated and mutated request streams (pipelines, chunked edge cases, conflicting
lengths and codings, obs-fold, bare LF and CR, control bytes, huge heads and lines at their
limits, empty lines between requests; see ``tests/devserver/framing_inputs.py``), frames
each with h11 plus the devserver's written-down policy (``framing_oracle.py``), and with the
devserver's real connection protocol fed whole, in random reads and one byte per read
(``framing_fuzz.py``). Prints what ran and what was found -- crashes, hangs, divergences --
and exits 1 if anything was; findings go to ``--findings`` (JSON lines) for replay.
``make test`` runs a few thousand inputs of the same (``tests/devserver/test_http_fuzz.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "devserver")]

from framing_fuzz import Report, run  # noqa: E402  (after the path set-up above)
from framing_oracle import POLICY  # noqa: E402

#: Inputs per task handed to a worker process (each task has its own seed).
BATCH = 20_000


def _batch(args: tuple[int, int]) -> Report:
    count, seed = args
    return run(count, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1, help="first batch's seed (then +1 each)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    default_findings = Path(tempfile.gettempdir()) / "http_fuzz_findings.jsonl"
    parser.add_argument("--findings", type=Path, default=default_findings)
    args = parser.parse_args()

    batches = [
        (min(BATCH, args.inputs - start), args.seed + i)
        for i, start in enumerate(range(0, args.inputs, BATCH))
    ]
    total = Report()
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(_batch, b) for b in batches]
        for done, future in enumerate(as_completed(futures), 1):
            total.merge(future.result())
            elapsed = time.perf_counter() - started
            print(
                f"  {total.inputs:>9} inputs  {total.feeds:>9} feeds  "
                f"{sum(total.found.values())} found  {elapsed:7.0f} s  ({done}/{len(batches)})",
                flush=True,
            )
    elapsed = time.perf_counter() - started
    print_report(total, elapsed, args.seed)
    if total.examples:
        with args.findings.open("w") as out:
            for f in total.examples:
                row = {"kind": f.kind, "index": f.index, "reads": f.reads, "data": repr(f.data)}
                row |= {"expected": repr(f.expected), "got": repr(f.got)}
                out.write(json.dumps(row) + "\n")
        print(f"\nfirst {len(total.examples)} findings written to {args.findings}")
    sys.exit(1 if total.found else 0)


def print_report(total: Report, elapsed: float, seed: int) -> None:
    sources = ", ".join(f"{n} {k}" for k, n in sorted(total.sources.items()))
    ends = ", ".join(f"{n} {k}" for k, n in sorted(total.ends.items()))
    print(f"\ninputs:      {total.inputs} ({sources}), seeds from {seed}")
    print(f"feeds:       {total.feeds} (each input whole, in random reads, 1/8 byte by byte)")
    print(f"oracle ends: {ends}; {total.messages} requests framed")
    print(f"rate:        {total.inputs / elapsed:.0f} inputs/s over {elapsed:.0f} s")
    print(f"policy:      {len(POLICY)} rules where the devserver departs from h11")
    for kind, label in (("crash", "crashes"), ("hang", "hangs"), ("divergence", "divergences")):
        print(f"{label + ':':13}{total.found.get(kind, 0)}")


if __name__ == "__main__":
    main()
