"""Per-request-kind handling times, served at ``GET /debug/stats`` for the benchmark.

Recording is two clock reads and a ``deque.append`` per request; a window of recent samples
per kind keeps memory bounded however long the server runs. The time covers decoding,
validation, the engine's transaction (its commit included) and encoding the answer -- the
server's share of a round trip, without the kernel's and the client's.
"""

from __future__ import annotations

from collections import deque
from typing import Any

#: Samples kept per request kind (the most recent ones).
WINDOW = 8192


class RequestStats:
    """Counts and recent handling times (ns) per request kind."""

    def __init__(self, window: int = WINDOW) -> None:
        self._window = window
        self._samples: dict[str, deque[int]] = {}
        self._counts: dict[str, int] = {}

    def record(self, kind: str, elapsed_ns: int) -> None:
        samples = self._samples.get(kind)
        if samples is None:
            samples = self._samples[kind] = deque(maxlen=self._window)
            self._counts[kind] = 0
        samples.append(elapsed_ns)
        self._counts[kind] += 1

    def report(self, *, reset: bool = False) -> dict[str, Any]:
        """``{kind: {count, p50_us, p99_us, mean_us}}`` plus ``"all"``; ``reset`` starts afresh."""
        out: dict[str, Any] = {}
        everything: list[int] = []
        for kind, samples in sorted(self._samples.items()):
            out[kind] = _summary(self._counts[kind], list(samples))
            everything.extend(samples)
        out["all"] = _summary(sum(self._counts.values()), everything)
        if reset:
            self._samples.clear()
            self._counts.clear()
        return out


def _summary(count: int, samples: list[int]) -> dict[str, Any]:
    if not samples:
        return {"count": count, "p50_us": None, "p99_us": None, "mean_us": None}
    samples.sort()
    return {
        "count": count,
        "p50_us": round(samples[len(samples) // 2] / 1000, 1),
        "p99_us": round(samples[min(len(samples) - 1, len(samples) * 99 // 100)] / 1000, 1),
        "mean_us": round(sum(samples) / len(samples) / 1000, 1),
    }
