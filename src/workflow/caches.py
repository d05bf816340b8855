"""The worker's process state that only saves work: a byte cache and an attempt counter.

Neither is a port (nothing outside the process sees them) and neither is durable: a fresh
worker starts with both empty, and every reader copes with a miss.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

#: Bytes kept across all cached documents; one worker holds a few in flight at most.
DEFAULT_CACHE_BYTES = 128 * 1024 * 1024
#: Entries kept in the per-process attempt counter (one per step execution in flight).
_MAX_TRACKED_ATTEMPTS = 4096


class ByteCache:
    """A small LRU of values keyed by ``(job id, name)``, bounded by total bytes.

    It only saves work: every reader must cope with a miss. Thread-safe, because step
    bodies touch it from worker threads.
    """

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        self._max_bytes = max_bytes
        self._entries: OrderedDict[tuple[str, str], bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def put(self, job_id: str, name: str, data: bytes) -> None:
        if len(data) > self._max_bytes:
            return
        with self._lock:
            self._discard((job_id, name))
            self._entries[(job_id, name)] = data
            self._size += len(data)
            while self._size > self._max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._size -= len(evicted)

    def get(self, job_id: str, name: str) -> bytes | None:
        with self._lock:
            data = self._entries.get((job_id, name))
            if data is not None:
                self._entries.move_to_end((job_id, name))
            return data

    def pop(self, job_id: str, name: str) -> None:
        with self._lock:
            self._discard((job_id, name))

    def __len__(self) -> int:
        return len(self._entries)

    def _discard(self, key: tuple[str, str]) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._size -= len(old)


class AttemptCounter:
    """Counts executions of each step promise in this process, for the ``attempt`` field.

    Keyed by the step's durable promise id, so retries of one step count up while a replay
    (which never executes the body) counts nothing. A fresh process starts again at 1.
    """

    def __init__(self, max_entries: int = _MAX_TRACKED_ATTEMPTS) -> None:
        self._max_entries = max_entries
        self._counts: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.Lock()

    def next(self, step_id: str) -> int:
        with self._lock:
            count = self._counts.pop(step_id, 0) + 1
            self._counts[step_id] = count
            while len(self._counts) > self._max_entries:
                self._counts.popitem(last=False)
            return count


__all__ = ["DEFAULT_CACHE_BYTES", "AttemptCounter", "ByteCache"]
