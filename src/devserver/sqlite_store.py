"""SQLite storage: one file, WAL, one transaction per request.

Durability: the database runs in WAL mode. With ``synchronous=NORMAL`` (the default here) a
committed transaction is in the WAL file in the OS page cache before the response is sent,
so it survives ``kill -9`` of the server -- the failure a development server meets -- but
not a power cut or kernel crash, which needs ``synchronous=FULL`` (an fsync per commit;
``durable=True``, ``docpipe server --fsync``), several times slower on most disks.

The outbox of undelivered messages lives in the same file and is written in the request's
own transaction, so a settle and the wake-up it causes are committed together: a message is
never lost to a crash between the two.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from devserver.rowcache import MISSING, RowCache
from devserver.store import Outgoing, PromiseRow, ScheduleRow, TaskRow

_SCHEMA = """
CREATE TABLE IF NOT EXISTS promises (
    id TEXT PRIMARY KEY, state TEXT NOT NULL, param TEXT, value TEXT, tags TEXT NOT NULL,
    timeout_at INTEGER NOT NULL, created_at INTEGER NOT NULL, settled_at INTEGER,
    timer_at INTEGER, branch TEXT);
CREATE INDEX IF NOT EXISTS promises_branch ON promises(branch) WHERE branch IS NOT NULL;
CREATE INDEX IF NOT EXISTS promises_timer ON promises(timer_at) WHERE timer_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS tasks (
    id TEXT PRIMARY KEY, state TEXT NOT NULL, version INTEGER NOT NULL, pid TEXT,
    ttl INTEGER, resumes TEXT, timer_kind INTEGER, timer_at INTEGER);
CREATE INDEX IF NOT EXISTS tasks_timer ON tasks(timer_at) WHERE timer_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS tasks_pending ON tasks(state) WHERE state = 'pending';
CREATE TABLE IF NOT EXISTS awaiters (
    promise_id TEXT NOT NULL, task_id TEXT NOT NULL, PRIMARY KEY (promise_id, task_id));
CREATE INDEX IF NOT EXISTS awaiters_task ON awaiters(task_id);
CREATE TABLE IF NOT EXISTS subscribers (
    promise_id TEXT NOT NULL, address TEXT NOT NULL, PRIMARY KEY (promise_id, address));
CREATE TABLE IF NOT EXISTS schedules (
    id TEXT PRIMARY KEY, cron TEXT NOT NULL, promise_id TEXT NOT NULL,
    promise_timeout INTEGER NOT NULL, promise_param TEXT, promise_tags TEXT,
    created_at INTEGER NOT NULL, next_run_at INTEGER, last_run_at INTEGER);
CREATE INDEX IF NOT EXISTS schedules_next ON schedules(next_run_at)
    WHERE next_run_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT NOT NULL, task_id TEXT,
    message BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS outbox_task ON outbox(task_id) WHERE task_id IS NOT NULL;
"""

_PROMISE_COLUMNS = "id, state, param, value, tags, timeout_at, created_at, settled_at, timer_at"

_encode = msgspec.json.encode
_decode = msgspec.json.decode

#: Committed rows kept in memory between transactions (see :mod:`devserver.rowcache`).
CACHED_ROWS = 20_000
CACHED_BYTES = 64 * 1024 * 1024
#: Rough per-row overhead beyond its JSON columns, for the cache's byte bound.
_ROW_OVERHEAD = 256


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A committed, not yet delivered message: ``payload`` is its JSON, ready to frame."""

    seq: int
    address: str
    task_id: str | None
    payload: bytes


class StoreInUse(RuntimeError):
    """Another process (another server) holds the database file."""


class SqliteStore:
    """The :class:`~devserver.store.Store` over one SQLite file (``":memory:"`` for tests)."""

    def __init__(self, path: str | Path, *, durable: bool = False) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            # The server is the file's only user: holding its lock for good (set before WAL
            # mode, so the WAL index lives in this process's memory, not a shared -shm file)
            # spares every transaction its file-lock system calls, and a second server
            # started on the same file is refused instead of delivering the same messages.
            self._db.execute("PRAGMA locking_mode=EXCLUSIVE")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self._db.execute("PRAGMA foreign_keys=OFF")
            self._db.executescript(_SCHEMA)
        except sqlite3.OperationalError as exc:
            self._db.close()
            if exc.sqlite_errorcode == sqlite3.SQLITE_BUSY:
                raise StoreInUse(
                    f"{path} is in use by another server (its SQLite file is locked): "
                    "stop that one, or give this one another --db"
                ) from exc
            raise
        # This transaction's view: rows read or written in it, the very objects handed out.
        self._promises: dict[str, PromiseRow | None] = {}
        self._tasks: dict[str, TaskRow | None] = {}
        # Copies of rows saved in this transaction, for the cache once it commits.
        self._saved_promises: dict[str, tuple[PromiseRow, int]] = {}
        self._saved_tasks: dict[str, TaskRow] = {}
        self._promise_cache: RowCache[str, PromiseRow] = RowCache(CACHED_ROWS, CACHED_BYTES)
        self._task_cache: RowCache[str, TaskRow] = RowCache(CACHED_ROWS, CACHED_BYTES)
        # The ids of a branch's promises in rowid order, as committed, and this transaction's
        # view of the branches it read or added to. Every step of a workflow preloads its
        # branch: the ids are known without a query once the branch was read.
        self._branch_cache: RowCache[str, dict[str, None]] = RowCache(CACHED_ROWS, CACHED_BYTES)
        self._branches: dict[str, dict[str, None]] = {}

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            # Also when COMMIT itself failed (disk full, I/O error): the transaction may
            # still be open, and left open every later BEGIN would fail.
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            self._promise_cache.clear()
            self._task_cache.clear()
            self._branch_cache.clear()
            raise
        else:
            for id, (p, size) in self._saved_promises.items():
                self._promise_cache.put(id, p, size)
            for id, t in self._saved_tasks.items():
                self._task_cache.put(id, t, _ROW_OVERHEAD)
            for branch, ids in self._branches.items():
                self._branch_cache.put(branch, ids, _ROW_OVERHEAD + 64 * len(ids))
        finally:
            self._branches.clear()
            self._promises.clear()
            self._tasks.clear()
            self._saved_promises.clear()
            self._saved_tasks.clear()

    # -- promises -------------------------------------------------------------------------

    def promise(self, id: str) -> PromiseRow | None:
        if id in self._promises:
            return self._promises[id]
        cached = self._promise_cache.get(id)
        if cached is not MISSING:
            p = _copy_promise(cached) if isinstance(cached, PromiseRow) else None
        else:
            row = self._db.execute(
                f"SELECT {_PROMISE_COLUMNS} FROM promises WHERE id = ?",  # noqa: S608
                (id,),
            ).fetchone()
            p = _promise_row(row) if row is not None else None
            # What a SELECT returns is committed state, or this transaction's own writes,
            # which are in ``self._promises`` and never reach here.
            size = _ROW_OVERHEAD + (sum(len(c or "") for c in row[2:5]) if row else 0)
            self._promise_cache.put(id, _copy_promise(p) if p is not None else None, size)
        self._promises[id] = p
        return p

    def save_promise(self, p: PromiseRow) -> None:
        param, value, tags = _encode(p.param), _encode(p.value), _encode(p.tags)
        size = _ROW_OVERHEAD + len(param) + len(value) + len(tags)
        self._saved_promises[p.id] = (_copy_promise(p), size)
        self._db.execute(
            "INSERT INTO promises (id, state, param, value, tags, timeout_at, created_at,"
            " settled_at, timer_at, branch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET state = excluded.state, value = excluded.value,"
            " settled_at = excluded.settled_at, timer_at = excluded.timer_at",
            (
                p.id,
                p.state,
                param,
                value,
                tags,
                p.timeout_at,
                p.created_at,
                p.settled_at,
                p.timer_at,
                p.tags.get("resonate:branch"),
            ),
        )
        self._promises[p.id] = p
        branch = p.tags.get("resonate:branch")
        if branch is not None:
            # A new row goes last in rowid order; an update keeps its place (and its
            # branch: the upsert never changes it). Only a branch already known is
            # extended: one not read yet is read whole, this transaction's rows included.
            ids = self._branch_ids(branch, read=False)
            if ids is not None:
                ids.setdefault(p.id)

    def branch_promises(self, branch: str, exclude: str) -> list[PromiseRow]:
        ids = self._branch_ids(branch, read=True)
        assert ids is not None
        # Through :meth:`promise`: a branch's promises are mostly cached, and decoding them
        # again for every step of a workflow made preloading quadratic in JSON work.
        found = [self.promise(id) for id in ids if id != exclude]
        return [p for p in found if p is not None]

    def _branch_ids(self, branch: str, *, read: bool) -> dict[str, None] | None:
        """This transaction's ids of ``branch`` in rowid order (``None``: not known and not
        ``read``); the transaction's own copy, so a rollback leaves the cache untouched."""
        ids = self._branches.get(branch)
        if ids is not None:
            return ids
        cached = self._branch_cache.get(branch)
        if isinstance(cached, dict):
            ids = dict(cached)
        elif read:
            rows = self._db.execute(
                "SELECT id FROM promises WHERE branch = ? ORDER BY rowid", (branch,)
            ).fetchall()
            ids = dict.fromkeys(row[0] for row in rows)
        else:
            return None
        self._branches[branch] = ids
        return ids

    def search_promises(
        self, state: str | None, tags: dict[str, str], limit: int, after: str | None
    ) -> list[PromiseRow]:
        """Up to ``limit`` promises in id order after ``after``, filtered by state and tags."""
        clauses = ["id > ?"]
        params: list[Any] = [after or ""]
        if state is not None:
            clauses.append("state = ?")
            params.append(state)
        for key, value in tags.items():
            clauses.append("json_extract(tags, ?) = ?")
            params.extend([_json_key(key), value])
        params.append(limit)
        # Only fixed clause literals are joined in; every value is a bound parameter.
        query = f"SELECT {_PROMISE_COLUMNS} FROM promises WHERE {' AND '.join(clauses)}"  # noqa: S608
        rows = self._db.execute(query + " ORDER BY id LIMIT ?", params).fetchall()
        return [self._current_promise(_promise_row(row)) for row in rows]

    def _current_promise(self, p: PromiseRow) -> PromiseRow:
        """This transaction's own version of a row read by a query, if it wrote one."""
        mine = self._promises.get(p.id)
        return mine if mine is not None else p

    # -- tasks ----------------------------------------------------------------------------

    def task(self, id: str) -> TaskRow | None:
        if id in self._tasks:
            return self._tasks[id]
        cached = self._task_cache.get(id)
        t: TaskRow | None = None
        if cached is not MISSING:
            t = _copy_task(cached) if isinstance(cached, TaskRow) else None
        else:
            row = self._db.execute(
                "SELECT id, state, version, pid, ttl, resumes, timer_kind, timer_at"
                " FROM tasks WHERE id = ?",
                (id,),
            ).fetchone()
            if row is not None:
                resumes = set(_decode(row[5])) if row[5] else set()
                t = TaskRow(row[0], row[1], row[2], row[3], row[4], resumes, row[6], row[7])
            self._task_cache.put(id, _copy_task(t) if t is not None else None, _ROW_OVERHEAD)
        self._tasks[id] = t
        return t

    def save_task(self, t: TaskRow) -> None:
        self._db.execute(
            "INSERT INTO tasks (id, state, version, pid, ttl, resumes, timer_kind, timer_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " state = excluded.state, version = excluded.version, pid = excluded.pid,"
            " ttl = excluded.ttl, resumes = excluded.resumes,"
            " timer_kind = excluded.timer_kind, timer_at = excluded.timer_at",
            (
                t.id,
                t.state,
                t.version,
                t.pid,
                t.ttl,
                _encode(sorted(t.resumes)) if t.resumes else None,
                t.timer_kind,
                t.timer_at,
            ),
        )
        self._tasks[t.id] = t
        self._saved_tasks[t.id] = _copy_task(t)

    def search_tasks(self, state: str | None, limit: int, after: str | None) -> list[TaskRow]:
        """Up to ``limit`` tasks in id order after ``after``, of ``state`` if given."""
        clauses, params = ["id > ?"], [after or ""]
        if state is not None:
            clauses.append("state = ?")
            params.append(state)
        query = f"SELECT id FROM tasks WHERE {' AND '.join(clauses)} ORDER BY id LIMIT ?"  # noqa: S608
        rows = self._db.execute(query, [*params, limit]).fetchall()
        found = [self.task(row[0]) for row in rows]
        return [t for t in found if t is not None]

    def pending_targeted_tasks(self) -> Sequence[tuple[str, int, str]]:
        """``(task id, version, target)`` of every pending task, to re-offer after a restart."""
        rows = self._db.execute(
            "SELECT t.id, t.version, json_extract(p.tags, '$.\"resonate:target\"')"
            " FROM tasks t JOIN promises p ON p.id = t.id WHERE t.state = 'pending'"
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows if isinstance(r[2], str)]

    # -- awaiters and subscribers ---------------------------------------------------------

    def add_awaiter(self, promise_id: str, task_id: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO awaiters (promise_id, task_id) VALUES (?, ?)",
            (promise_id, task_id),
        )

    def take_awaiters(self, promise_id: str) -> list[str]:
        rows = self._db.execute(
            "DELETE FROM awaiters WHERE promise_id = ? RETURNING task_id", (promise_id,)
        ).fetchall()
        # In task id order, as the primary key's index yields them to a SELECT.
        return sorted(r[0] for r in rows)

    def forget_awaiter(self, task_id: str) -> None:
        self._db.execute("DELETE FROM awaiters WHERE task_id = ?", (task_id,))

    def add_subscriber(self, promise_id: str, address: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO subscribers (promise_id, address) VALUES (?, ?)",
            (promise_id, address),
        )

    def take_subscribers(self, promise_id: str) -> list[str]:
        rows = self._db.execute(
            "DELETE FROM subscribers WHERE promise_id = ? RETURNING address", (promise_id,)
        ).fetchall()
        return [r[0] for r in rows]

    # -- schedules ------------------------------------------------------------------------

    def schedule(self, id: str) -> ScheduleRow | None:
        row = self._db.execute(
            "SELECT id, cron, promise_id, promise_timeout, promise_param, promise_tags,"
            " created_at, next_run_at, last_run_at FROM schedules WHERE id = ?",
            (id,),
        ).fetchone()
        return _schedule_row(row) if row is not None else None

    def save_schedule(self, s: ScheduleRow) -> None:
        self._db.execute(
            "INSERT INTO schedules (id, cron, promise_id, promise_timeout, promise_param,"
            " promise_tags, created_at, next_run_at, last_run_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " next_run_at = excluded.next_run_at, last_run_at = excluded.last_run_at",
            (
                s.id,
                s.cron,
                s.promise_id,
                s.promise_timeout,
                _encode(s.promise_param),
                _encode(s.promise_tags),
                s.created_at,
                s.next_run_at,
                s.last_run_at,
            ),
        )

    def delete_schedule(self, id: str) -> bool:
        return self._db.execute("DELETE FROM schedules WHERE id = ?", (id,)).rowcount > 0

    def schedules(self) -> list[ScheduleRow]:
        return self.search_schedules({}, -1, None)

    def search_schedules(
        self, tags: dict[str, str], limit: int, after: str | None
    ) -> list[ScheduleRow]:
        """Up to ``limit`` schedules in id order after ``after`` whose promise tags match."""
        clauses, params = ["id > ?"], [after or ""]
        for key, value in tags.items():
            clauses.append("json_extract(promise_tags, ?) = ?")
            params.extend([_json_key(key), value])
        columns = "id, cron, promise_id, promise_timeout, promise_param, promise_tags,"
        columns += " created_at, next_run_at, last_run_at"
        where = " AND ".join(clauses)
        query = f"SELECT {columns} FROM schedules WHERE {where} ORDER BY id LIMIT ?"  # noqa: S608
        rows = self._db.execute(query, [*params, limit])
        return [_schedule_row(row) for row in rows]

    # -- timers ---------------------------------------------------------------------------

    def due_promises(self, now: int) -> list[str]:
        rows = self._db.execute(
            "SELECT id FROM promises WHERE timer_at IS NOT NULL AND timer_at <= ?"
            " ORDER BY timer_at, rowid",
            (now,),
        )
        return [r[0] for r in rows]

    def due_tasks(self, now: int) -> list[tuple[str, int]]:
        rows = self._db.execute(
            "SELECT id, timer_kind FROM tasks WHERE timer_at IS NOT NULL AND timer_at <= ?"
            " ORDER BY timer_at, rowid",
            (now,),
        )
        return [(r[0], r[1]) for r in rows]

    def due_schedules(self, now: int) -> list[str]:
        rows = self._db.execute(
            "SELECT id FROM schedules WHERE next_run_at IS NOT NULL AND next_run_at <= ?",
            (now,),
        )
        return [r[0] for r in rows]

    def next_deadline(self) -> int | None:
        row = self._db.execute(
            "SELECT (SELECT min(timer_at) FROM promises WHERE timer_at IS NOT NULL),"
            " (SELECT min(timer_at) FROM tasks WHERE timer_at IS NOT NULL),"
            " (SELECT min(next_run_at) FROM schedules WHERE next_run_at IS NOT NULL)"
        ).fetchone()
        present = [int(v) for v in row if v is not None]
        return min(present) if present else None

    # -- outbox ---------------------------------------------------------------------------

    def enqueue(self, messages: Iterable[Outgoing]) -> list[OutboxEntry]:
        """Persist messages for delivery; a newer ``execute`` of a task replaces an older one."""
        entries: list[OutboxEntry] = []
        for m in messages:
            task_id = m.task_id
            if task_id is not None:
                self._db.execute("DELETE FROM outbox WHERE task_id = ?", (task_id,))
            payload = _encode(m.message)
            cur = self._db.execute(
                "INSERT INTO outbox (address, task_id, message) VALUES (?, ?, ?)",
                (m.address, task_id, payload),
            )
            seq = cur.lastrowid
            if seq is None:  # pragma: no cover - an INSERT always has a rowid
                raise RuntimeError("outbox insert returned no rowid")
            entries.append(OutboxEntry(seq, m.address, task_id, payload))
        return entries

    def ack(self, seqs: Iterable[int]) -> None:
        """Forget delivered (or undeliverable) messages."""
        self._db.executemany("DELETE FROM outbox WHERE seq = ?", ((s,) for s in seqs))

    def outbox(self) -> list[OutboxEntry]:
        rows = self._db.execute("SELECT seq, address, task_id, message FROM outbox ORDER BY seq")
        return [OutboxEntry(r[0], r[1], r[2], bytes(r[3])) for r in rows]

    def snapshot(self) -> dict[str, Any]:
        """Every promise, task, callback, listener and schedule as committed (the official
        server's ``debug.snap``, for differential tests): ``{"promises": {id: record},
        "tasks": {id: record}, "callbacks": [[awaited, awaiter]], "listeners": [[awaited,
        address]], "schedules": {id: record}}``.
        """
        promises = {}
        for row in self._db.execute(f"SELECT {_PROMISE_COLUMNS} FROM promises"):  # noqa: S608
            p = _promise_row(row)
            promises[p.id] = {
                "state": p.state,
                "param": p.param,
                "value": p.value,
                "tags": p.tags,
                "timeoutAt": p.timeout_at,
                "createdAt": p.created_at,
                "settledAt": p.settled_at,
            }
        tasks = {
            r[0]: {
                "state": r[1],
                "version": r[2],
                "pid": r[3],
                "ttl": r[4],
                "resumes": sorted(_decode(r[5])) if r[5] else [],
            }
            for r in self._db.execute("SELECT id, state, version, pid, ttl, resumes FROM tasks")
        }
        callbacks = self._db.execute(
            "SELECT promise_id, task_id FROM awaiters ORDER BY 1, 2"
        ).fetchall()
        listeners = self._db.execute(
            "SELECT promise_id, address FROM subscribers ORDER BY 1, 2"
        ).fetchall()
        return {
            "promises": promises,
            "tasks": tasks,
            "callbacks": [list(r) for r in callbacks],
            "listeners": [list(r) for r in listeners],
            "schedules": {s.id: s.record() for s in self.schedules()},
        }


def _json_key(key: str) -> str:
    """A JSON path naming one object key (quotes inside it escaped)."""
    return '$."' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _promise_row(row: Sequence[Any]) -> PromiseRow:
    return PromiseRow(
        row[0],
        row[1],
        _decode(row[2]) if row[2] is not None else None,
        _decode(row[3]) if row[3] is not None else None,
        _decode(row[4]),
        row[5],
        row[6],
        row[7],
        row[8],
    )


def _copy_promise(p: PromiseRow) -> PromiseRow:
    """A copy the core may change freely (param and value are never changed in place)."""
    return PromiseRow(
        p.id,
        p.state,
        p.param,
        p.value,
        dict(p.tags),
        p.timeout_at,
        p.created_at,
        p.settled_at,
        p.timer_at,
    )


def _copy_task(t: TaskRow) -> TaskRow:
    return TaskRow(t.id, t.state, t.version, t.pid, t.ttl, set(t.resumes), t.timer_kind, t.timer_at)


def _schedule_row(row: Sequence[Any]) -> ScheduleRow:
    return ScheduleRow(
        id=row[0],
        cron=row[1],
        promise_id=row[2],
        promise_timeout=row[3],
        promise_param=_decode(row[4]) if row[4] is not None else None,
        promise_tags=_decode(row[5]) if row[5] is not None else {},
        created_at=row[6],
        next_run_at=row[7],
        last_run_at=row[8],
    )
