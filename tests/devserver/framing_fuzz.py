"""The differential run: each input framed by h11 (with the policy) and by the devserver.

For every input, :func:`~framing_oracle.expected_framing` gives the oracle's framing of the
whole stream; the devserver's connection then frames the same bytes fed as one read, as a
few random reads with every answer backing the transport up (so pipelined requests wait in
the buffer and are served on ``resume_writing``), and (for a share of inputs) one byte per
read. Every one of those must
equal the oracle's: the same messages (method, target, version, headers, body, keep-alive)
in the same order, then the same end. Anything else is recorded:

- a *crash*: the connection answered 500 (an exception escaped the framing);
- a *hang*: one input took longer than :data:`HANG_SECONDS` to frame (an alarm interrupts
  it), or the server waits for more bytes where the oracle has already decided;
- a *divergence*: any other difference (a boundary, a body, an accept or a refusal).
"""

from __future__ import annotations

import asyncio
import random
import signal
from collections import Counter
from dataclasses import dataclass, field
from types import FrameType

from framing_inputs import Inputs, splits
from framing_oracle import INCOMPLETE, Framing, expected_framing
from framing_probe import CrashError, FramingProbe

#: Body limit the fuzzed server runs with: small, so that 413 decisions are exercised.
FUZZ_MAX_BODY = 1024
#: One input (all its splits) taking longer than this is a hang.
HANG_SECONDS = 10.0


class HangError(Exception):
    """The alarm went off while one input was being framed."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One input the devserver framed differently from the oracle (or crashed or hung on)."""

    kind: str  # "crash" | "hang" | "divergence"
    index: int
    data: bytes
    reads: int  # how many reads the failing split had
    expected: Framing | None
    got: Framing | str | None


@dataclass
class Report:
    """What a run covered and found."""

    inputs: int = 0
    feeds: int = 0
    messages: int = 0
    sources: Counter[str] = field(default_factory=Counter)
    ends: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    examples: list[Finding] = field(default_factory=list)

    def merge(self, other: Report, keep: int = 20) -> None:
        self.inputs += other.inputs
        self.feeds += other.feeds
        self.messages += other.messages
        self.sources.update(other.sources)
        self.ends.update(other.ends)
        self.found.update(other.found)
        self.examples += other.examples[: max(0, keep - len(self.examples))]


def run(count: int, seed: int, *, every_byte_share: float = 0.125, keep: int = 20) -> Report:
    """Frame ``count`` inputs drawn from ``seed`` both ways; what differed, and how much ran."""
    return asyncio.run(_run(count, seed, every_byte_share, keep))


async def _run(count: int, seed: int, every_byte_share: float, keep: int) -> Report:
    probe = FramingProbe(max_body=FUZZ_MAX_BODY)
    rng = random.Random(seed ^ 0x5EED)
    report = Report()
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        inputs = Inputs(seed, max_body=FUZZ_MAX_BODY)
        for index, (source, data) in zip(range(count), inputs, strict=False):
            report.inputs += 1
            report.sources[source] += 1
            finding = _one(probe, rng, index, data, rng.random() < every_byte_share, report)
            if finding is not None:
                report.found[finding.kind] += 1
                if len(report.examples) < keep:
                    report.examples.append(finding)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return report


def _one(
    probe: FramingProbe,
    rng: random.Random,
    index: int,
    data: bytes,
    every_byte: bool,
    report: Report,
) -> Finding | None:
    expected = expected_framing(data, max_body=FUZZ_MAX_BODY)
    report.ends[expected.end] += 1
    report.messages += len(expected.messages)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        for n, reads in enumerate(splits(data, rng, every_byte=every_byte)):
            report.feeds += 1
            try:
                # The random reads are served under backpressure: each answer backs up.
                got = probe.frame(reads, backpressure=n == 1)
            except CrashError as exc:
                return Finding("crash", index, data, len(reads), expected, str(exc))
            if got != expected:
                kind = "hang" if got.end == INCOMPLETE else "divergence"
                return Finding(kind, index, data, len(reads), expected, got)
    except HangError:
        return Finding("hang", index, data, -1, expected, "timed out")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise HangError
