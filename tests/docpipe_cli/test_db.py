"""``docpipe db init`` and the start-up check, against a real Postgres with resonate-pg."""

from __future__ import annotations

import itertools
from pathlib import Path

import psycopg
import pytest

from consumer import handler
from docpipe import durable
from docpipe.errors import ConfigError
from docpipe.settings import Settings
from docpipe_cli.cli import main
from docpipe_cli.stack.postgres import RunningPostgres

_numbers = itertools.count(1)


def _fresh_database(pg_server: RunningPostgres) -> str:
    name = f"dbinit_{next(_numbers)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return pg_server.options.dsn(name)


def _role(pg_server: RunningPostgres, name: str) -> str:
    """A login role with no privileges; returns its name."""
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {name}")
        conn.execute(f"CREATE ROLE {name} LOGIN")
    return name


class TestDbInit:
    def test_applies_the_schema_once_and_reports_ready(
        self,
        pg_server: RunningPostgres,
        resonate_sql: Path,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A bare database becomes usable; a second run changes nothing and still succeeds."""
        dsn = _fresh_database(pg_server)
        with pytest.raises(ConfigError, match="no resonate-pg schema"):
            durable.check_database(dsn, receiving=True)
        assert main(["db", "init", "--dsn", dsn, "--resonate-sql", str(resonate_sql)]) == 0
        assert "schema: applied" in capsys.readouterr().out
        assert main(["db", "init", "--dsn", dsn, "--resonate-sql", str(resonate_sql)]) == 0
        second = capsys.readouterr().out
        assert "schema: already present" in second
        assert "ready: " in second
        assert durable.check_database(dsn, receiving=True).schema_version

    def test_grant_makes_an_application_role_usable(
        self, pg_server: RunningPostgres, resonate_sql: Path
    ) -> None:
        """A role without rights is refused by the check, naming the grant; --grant fixes it."""
        dsn = _fresh_database(pg_server)
        role = _role(pg_server, f"app_{next(_numbers)}")
        as_role = dsn.replace("postgresql://postgres@", f"postgresql://{role}@")
        assert main(["db", "init", "--dsn", dsn, "--resonate-sql", str(resonate_sql)]) == 0
        with pytest.raises(ConfigError, match=f"GRANT resonate_worker TO {role}"):
            durable.check_database(as_role, receiving=False)
        grant = ["db", "init", "--dsn", dsn, "--resonate-sql", str(resonate_sql), "--grant", role]
        assert main(grant) == 0
        check = durable.check_database(as_role, receiving=True)
        assert check.user == role
        assert not check.drives_timers  # resonate.sql leaves process_timeouts to pg_cron

    def test_unreachable_database_exits_1_naming_it(
        self, pg_server: RunningPostgres, resonate_sql: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A database that does not exist is reported, not a traceback."""
        dsn = pg_server.options.dsn("no_such_database")
        assert main(["db", "init", "--dsn", dsn, "--resonate-sql", str(resonate_sql)]) == 1
        assert "no_such_database" in capsys.readouterr().err


class TestStartupCheck:
    def test_the_consumer_refuses_a_database_without_the_schema(
        self, pg_server: RunningPostgres, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The consumer's first invocation fails with the check's message, before any record."""

        monkeypatch.setenv("RESONATE_URL", _fresh_database(pg_server))
        handler.shutdown()
        try:
            with pytest.raises(ConfigError, match="no resonate-pg schema"):
                handler.default_consumer()
        finally:
            handler.shutdown()

    def test_the_worker_refuses_a_role_that_cannot_dequeue(
        self, pg_server: RunningPostgres, resonate_pg_dsn: str
    ) -> None:
        """The worker needs the outbox functions too; a role without them is named."""
        role = _role(pg_server, f"nobody_{next(_numbers)}")
        as_role = resonate_pg_dsn.replace("postgresql://postgres@", f"postgresql://{role}@")
        with pytest.raises(ConfigError, match=f"role '{role}'"):
            durable.prepare(Settings(resonate_url=as_role), receiving=True)
