"""The worker's process state that only saves work: a byte cache, an attempt counter, and
the job-row bookkeeping waiting for each job's next write.

None is a port (nothing outside the process sees them) and none is durable: a fresh worker
starts with all empty, and every reader copes with a miss.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docpipe.progress import JobUpdate

#: Bytes kept across all cached documents; one worker holds a few in flight at most.
DEFAULT_CACHE_BYTES = 128 * 1024 * 1024
#: Entries kept in the per-process attempt counter (one per step execution in flight).
_MAX_TRACKED_ATTEMPTS = 4096
#: Jobs whose deferred bookkeeping is kept (one per job in flight on this worker).
_MAX_DEFERRED_JOBS = 4096


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


class DeferredWrites:
    """Per job, what a finished step still has to tell the job's row (how it ended, that a
    retry note can go, the result), carried by that job's next write instead of a write of
    its own. Lost with the process: the row then misses a step's end time, which only the
    console's timeline shows."""

    def __init__(self, max_jobs: int = _MAX_DEFERRED_JOBS) -> None:
        self._max_jobs = max_jobs
        self._changes: OrderedDict[str, JobUpdate] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, change: JobUpdate) -> None:
        """Keep ``change`` for its job's next write (after what is already kept)."""
        with self._lock:
            self._changes[change.job_id] = change.merged(self._changes.pop(change.job_id, None))
            while len(self._changes) > self._max_jobs:
                self._changes.popitem(last=False)

    def take(self, job_id: str) -> JobUpdate | None:
        """What is kept for ``job_id``, removed (put it back with :meth:`add` if the write
        that was to carry it failed)."""
        with self._lock:
            return self._changes.pop(job_id, None)


__all__ = ["DEFAULT_CACHE_BYTES", "AttemptCounter", "ByteCache", "DeferredWrites"]
