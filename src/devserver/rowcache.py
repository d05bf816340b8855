"""A bounded, least-recently-used memory of committed rows, between transactions.

The server process is the database file's only writer, so a row it committed (or read)
stays true until it commits a change to it itself. Keeping recent rows avoids a ``SELECT``
and a JSON decode for the rows every request touches again -- a workflow's root promise
and task, its steps' promises. Only committed state is kept: the store puts rows here after
``COMMIT`` and forgets everything on a rollback. Bounded by rows and by approximate bytes,
as a promise's param may be megabytes.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Final

#: Marks "not in the cache" (``None`` is a cached "no such row").
MISSING: Final = object()


class RowCache[K, V]:
    """Least-recently-used ``key -> row`` (``None`` for a known-absent row)."""

    def __init__(self, max_rows: int, max_bytes: int) -> None:
        self._max_rows = max_rows
        self._max_bytes = max_bytes
        self._rows: OrderedDict[K, tuple[V | None, int]] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, key: K) -> object:
        """The cached row, ``None`` if known absent, or :data:`MISSING`."""
        entry = self._rows.get(key)
        if entry is None:
            return MISSING
        self._rows.move_to_end(key)
        return entry[0]

    def put(self, key: K, row: V | None, size: int) -> None:
        """Remember ``row`` (of about ``size`` bytes); too large a row is not kept at all."""
        old = self._rows.pop(key, None)
        if old is not None:
            self._bytes -= old[1]
        if size > self._max_bytes // 16:
            return
        self._rows[key] = (row, size)
        self._bytes += size
        while len(self._rows) > self._max_rows or self._bytes > self._max_bytes:
            _, (_, dropped) = self._rows.popitem(last=False)
            self._bytes -= dropped

    def clear(self) -> None:
        self._rows.clear()
        self._bytes = 0
