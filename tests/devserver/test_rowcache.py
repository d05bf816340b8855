"""The row cache between transactions: bounded, and never ahead of or behind the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from devserver.rowcache import MISSING, RowCache
from devserver.sqlite_store import SqliteStore
from devserver.store import PromiseRow, TaskRow


def promise(id: str, state: str = "pending") -> PromiseRow:
    return PromiseRow(id, state, {"n": 1}, None, {"resonate:branch": "b"}, 2**62, 0)


class TestRowCache:
    """Least-recently-used, bounded by rows and by bytes."""

    def test_absent_is_distinct_from_missing(self) -> None:
        """``None`` is a remembered 'no such row'; an unknown key is MISSING."""
        cache: RowCache[str, str] = RowCache(10, 1000)
        cache.put("gone", None, 1)
        assert cache.get("gone") is None
        assert cache.get("never") is MISSING

    def test_least_recently_used_goes_first(self) -> None:
        """Past the row bound the entry untouched longest is dropped."""
        cache: RowCache[str, str] = RowCache(2, 1000)
        cache.put("a", "A", 1)
        cache.put("b", "B", 1)
        assert cache.get("a") == "A"  # now b is the oldest
        cache.put("c", "C", 1)
        assert cache.get("b") is MISSING
        assert (cache.get("a"), cache.get("c")) == ("A", "C")

    def test_byte_bound_and_oversized_rows(self) -> None:
        """Bytes are bounded too; a row above a sixteenth of the budget is not kept."""
        cache: RowCache[str, str] = RowCache(100, 1600)
        cache.put("huge", "H", 101)
        assert cache.get("huge") is MISSING
        for i in range(20):
            cache.put(str(i), "x", 100)
        assert len(cache) == 16


class TestStoreCache:
    """The store's cache holds committed state only."""

    def test_rolled_back_write_is_not_remembered(self, tmp_path: Path) -> None:
        """A save in a transaction that fails is neither in the file nor in memory."""
        store = SqliteStore(tmp_path / "db")
        with store.transaction():
            assert store.promise("p") is None  # cached as absent

        def failing_transaction() -> None:
            with store.transaction():
                store.save_promise(promise("p"))
                store.save_task(TaskRow("p", "pending"))
                raise RuntimeError("abort")

        with pytest.raises(RuntimeError):
            failing_transaction()
        with store.transaction():
            assert store.promise("p") is None
            assert store.task("p") is None

    def test_committed_rows_are_copies_the_core_may_change(self, tmp_path: Path) -> None:
        """Changing a returned row without saving it does not leak into the next read."""
        store = SqliteStore(tmp_path / "db")
        with store.transaction():
            store.save_promise(promise("p"))
            store.save_task(TaskRow("p", "pending", resumes={"x"}))
        with store.transaction():
            p, t = store.promise("p"), store.task("p")
            assert p is not None
            assert t is not None
            p.state, p.tags["extra"] = "resolved", "1"
            t.resumes.add("y")
        with store.transaction():
            p, t = store.promise("p"), store.task("p")
            assert p is not None
            assert t is not None
            assert (p.state, p.tags) == ("pending", {"resonate:branch": "b"})
            assert t.resumes == {"x"}

    def test_cache_agrees_with_a_fresh_reader(self, tmp_path: Path) -> None:
        """What the cache serves is what a new store on the same file reads."""
        store = SqliteStore(tmp_path / "db")
        with store.transaction():
            store.save_promise(promise("root"))
            store.save_promise(promise("step"))
        with store.transaction():
            step = store.promise("step")
            assert step is not None
            step.state, step.value = "resolved", {"ok": True}
            store.save_promise(step)
        with store.transaction():
            cached = [(p.id, p.state, p.value) for p in store.branch_promises("b", "root")]
        store.close()
        fresh = SqliteStore(tmp_path / "db")
        with fresh.transaction():
            read = [(p.id, p.state, p.value) for p in fresh.branch_promises("b", "root")]
        assert cached == read == [("step", "resolved", {"ok": True})]
        fresh.close()

    def test_branch_members_follow_commits_and_rollbacks(self, tmp_path: Path) -> None:
        """A branch's members, once read, grow with committed promises in creation order
        and forget a rolled-back one, as a query of the file says."""
        store = SqliteStore(tmp_path / "db")
        with store.transaction():
            store.save_promise(promise("root"))
            store.save_promise(promise("a"))
        with store.transaction():
            assert [p.id for p in store.branch_promises("b", "root")] == ["a"]
            store.save_promise(promise("c"))
            store.save_promise(promise("a", "resolved"))  # an update keeps its place

        def failing_transaction() -> None:
            with store.transaction():
                store.save_promise(promise("lost"))
                assert [p.id for p in store.branch_promises("b", "x")] == [
                    "root",
                    "a",
                    "c",
                    "lost",
                ]
                raise RuntimeError("abort")

        with pytest.raises(RuntimeError):
            failing_transaction()
        with store.transaction():
            store.save_promise(promise("d"))
            cached = [p.id for p in store.branch_promises("b", "root")]
        store.close()
        fresh = SqliteStore(tmp_path / "db")
        with fresh.transaction():
            read = [p.id for p in fresh.branch_promises("b", "root")]
        assert cached == read == ["a", "c", "d"]
        fresh.close()
