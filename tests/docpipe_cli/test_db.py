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
from docpipe_cli.resonate_sql import Applied, Pin, cached_path, recorded
from docpipe_cli.stack.postgres import RunningPostgres, apply_resonate_schema
from support.schema_mirror import mirror_url

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


class TestSchemaVersion:
    """``docpipe db init`` records which resonate.sql it applied and refuses another silently."""

    def test_records_the_applied_version_and_checksum(
        self, pg_server: RunningPostgres, resonate_sql: Path
    ) -> None:
        """After init the database names the pinned commit and the file's sha256."""
        dsn = _fresh_database(pg_server)
        assert main(["db", "init", "--dsn", dsn, "--resonate-sql", str(resonate_sql)]) == 0
        pin = Pin.load()
        with psycopg.connect(dsn) as conn:
            assert recorded(conn) == Applied(pin.sha256, pin.commit, pin.schema_version)

    def test_another_version_is_refused_until_upgrade(
        self, pg_server: RunningPostgres, resonate_sql: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A schema applied from another file is named with both digests; --upgrade applies
        the pinned one, records it, and leaves a working engine."""
        dsn = _fresh_database(pg_server)
        init = ["db", "init", "--dsn", dsn, "--resonate-sql", str(resonate_sql)]
        assert main(init) == 0
        older = "e" * 64
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(
                "UPDATE docpipe.resonate_schema SET sha256 = %s, source_commit = %s",
                (older, "c7aaee0d9faf90c7a154542c2e4b31993620ebb1"),
            )
        capsys.readouterr()
        assert main(init) == 1
        error = capsys.readouterr().err
        pin = Pin.load()
        assert older in error
        assert pin.sha256 in error
        assert "resonate-pg c7aaee0d9faf" in error
        assert "--upgrade" in error
        assert main([*init, "--upgrade"]) == 0
        assert "upgraded to" in capsys.readouterr().out
        with psycopg.connect(dsn) as conn:
            assert recorded(conn) == Applied(pin.sha256, pin.commit, pin.schema_version)
        assert durable.check_database(dsn, receiving=True).schema_version

    def test_a_schema_applied_by_hand_is_reported_and_adopted_on_upgrade(
        self, pg_server: RunningPostgres, resonate_sql: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without a record the version is unknown: said so, left alone, recorded by --upgrade."""
        dsn = _fresh_database(pg_server)
        apply_resonate_schema(dsn, resonate_sql)
        init = ["db", "init", "--dsn", dsn, "--resonate-sql", str(resonate_sql)]
        assert main(init) == 0
        assert "version not recorded" in capsys.readouterr().out
        with psycopg.connect(dsn) as conn:
            assert recorded(conn) is None
        assert main([*init, "--upgrade"]) == 0
        with psycopg.connect(dsn) as conn:
            assert recorded(conn) == Applied(
                Pin.load().sha256, Pin.load().commit, Pin.load().schema_version
            )

    def test_fetches_the_pinned_file_when_given_none(
        self,
        pg_server: RunningPostgres,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """With no flag and an empty cache, init downloads the pinned file from the mirror."""
        dsn = _fresh_database(pg_server)
        monkeypatch.delenv("RESONATE_PG_SQL", raising=False)
        monkeypatch.setenv("RESONATE_PG_SQL_URL", mirror_url())
        cache = tmp_path / "cache"
        assert main(["db", "init", "--dsn", dsn, "--cache-dir", str(cache)]) == 0
        out = capsys.readouterr().out
        assert f"applied {Pin.load().describe()}" in out
        assert f"downloaded {mirror_url()}" in out
        assert cached_path(cache, Pin.load()).is_file()


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
