"""``docpipe db init``: make a Postgres database docpipe's durable engine, once.

Applies resonate-pg's ``resonate.sql`` (the Resonate server as one SQL file; the pinned one,
fetched into the cache and checked, unless the operator gives another: docs/postgres.md) and
records which file it applied, refusing another version without ``--upgrade``; then schedules
its two housekeeping jobs with pg_cron: ``resonate.process_timeouts()`` every few seconds
(leases, retries, job timeouts) and ``resonate.gc(...)`` hourly, which deletes promises
settled longer ago than the GC horizon. Optionally grants ``resonate_worker`` to an
application role. Ends by running the same start-up check the components run.

The DSN comes from ``--dsn``, else from ``RESONATE_URL`` with the user and password from
``DOCPIPE_DATABASE_SECRET`` when set, so in AWS it runs as a one-off task with the worker's
environment (docs/deploy.md). Safe to run again: the schema is applied once (``--upgrade``
applies a newer pinned file, ``--reapply`` re-runs the file) and the cron jobs are upserted by
name. ``docpipe db fetch`` only puts the pinned file in the cache (from a mirror or a copy
downloaded by hand with ``--from``) and prints where it is.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg

from docpipe import durable
from docpipe.errors import ConfigError, DocpipeError
from docpipe.settings import Settings
from docpipe_cli import resonate_sql

#: pg_cron job names (upserted: scheduling again replaces the job of the same name).
TIMEOUTS_JOB = "resonate_process_timeouts"
GC_JOB = "resonate_gc"
#: pg_cron >= 1.5 accepts sub-minute intervals; older versions get the per-minute fallback.
TIMEOUTS_SCHEDULE = "5 seconds"
TIMEOUTS_FALLBACK_SCHEDULE = "* * * * *"
#: Hourly, off the top of the hour.
GC_SCHEDULE = "17 * * * *"
#: Promises settled longer ago than this are deleted. It must exceed the longest time a
#: message for a finished job can still arrive (queue retention, DLQ redrive): a redelivery
#: after its promise was collected would run the job again.
DEFAULT_GC_HORIZON_DAYS = 30
_DAY_MS = 86_400_000
#: What the GC job runs: collect promises settled before now minus the horizon.
GC_COMMAND = (
    "SELECT resonate.gc((extract(epoch from clock_timestamp()) * 1000)::bigint - {horizon_ms})"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="db_action", required=True, metavar="ACTION")
    init = actions.add_parser(
        "init",
        help="apply resonate-pg's schema and schedule its pg_cron jobs (idempotent)",
        description="Apply resonate-pg's schema and schedule its pg_cron jobs (idempotent).",
    )
    init.add_argument(
        "--dsn",
        help="the database (default: RESONATE_URL, with DOCPIPE_DATABASE_SECRET's credentials)",
    )
    init.add_argument(
        "--resonate-sql",
        metavar="PATH|s3://",
        help="your own resonate-pg resonate.sql, a path or s3://bucket/key (default: "
        "$RESONATE_PG_SQL, else the pinned file, fetched once into the cache)",
    )
    _add_cache_dir(init)
    init.add_argument(
        "--gc-horizon-days",
        type=int,
        default=DEFAULT_GC_HORIZON_DAYS,
        metavar="DAYS",
        help=f"delete promises settled more than DAYS ago (default {DEFAULT_GC_HORIZON_DAYS})",
    )
    init.add_argument(
        "--grant", metavar="ROLE", help="also GRANT resonate_worker TO ROLE (an application role)"
    )
    init.add_argument(
        "--upgrade",
        action="store_true",
        help="apply this docpipe's resonate.sql over a schema applied from another version",
    )
    init.add_argument(
        "--reapply", action="store_true", help="run resonate.sql even if the schema exists"
    )
    fetch = actions.add_parser(
        "fetch",
        help="put the pinned resonate.sql in the cache (checked) and print where it is",
        description="Put the pinned resonate.sql in the cache, checking its sha256, and print "
        "its path. Without --from it is downloaded from the pinned URL ($RESONATE_PG_SQL_URL "
        "for a mirror).",
    )
    fetch.add_argument(
        "--from",
        dest="source",
        metavar="PATH|URL",
        help="take it from this file or URL (e.g. a copy downloaded by hand)",
    )
    _add_cache_dir(fetch)


def _add_cache_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="where the pinned resonate.sql is kept (default: $XDG_CACHE_HOME/docpipe)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        return _fetch(args) if args.db_action == "fetch" else _init(args)
    except DocpipeError as exc:
        print(f"docpipe db {args.db_action}: {exc}", file=sys.stderr)
        return 1


def _fetch(args: argparse.Namespace) -> int:
    pin = resonate_sql.Pin.load()
    cache = args.cache_dir or resonate_sql.default_cache_dir(os.environ)
    target = resonate_sql.cached_path(cache, pin)
    if args.source:
        source = args.source if "://" in args.source else Path(args.source).resolve().as_uri()
        schema = resonate_sql.fetch(source, target, pin)
    else:
        # The pinned file only: an operator's own $RESONATE_PG_SQL is not what is cached.
        env = {k: v for k, v in os.environ.items() if k != resonate_sql.SQL_ENV}
        schema = resonate_sql.obtain(env=env, cache_dir=cache, pin=pin)
    print(f"{schema.path}  sha256 {schema.sha256}  {pin.describe()}")
    return 0


def _init(args: argparse.Namespace) -> int:
    if args.gc_horizon_days < 1:
        raise ConfigError("--gc-horizon-days must be at least 1")
    dsn = _dsn(args.dsn)
    schema = resonate_sql.obtain(args.resonate_sql, cache_dir=args.cache_dir)
    where = durable.redact(dsn)
    try:
        outcome = resonate_sql.install(dsn, schema, upgrade=args.upgrade, reapply=args.reapply)
        print(f"schema: {outcome} ({where})")
        with psycopg.connect(dsn, autocommit=True) as conn:
            for line in schedule_housekeeping(conn, gc_horizon_days=args.gc_horizon_days):
                print(line)
            if args.grant:
                conn.execute(
                    psycopg.sql.SQL("GRANT {} TO {}").format(
                        psycopg.sql.Identifier(durable.WORKER_ROLE),
                        psycopg.sql.Identifier(args.grant),
                    )
                )
                print(f"granted {durable.WORKER_ROLE} to {args.grant}")
    except psycopg.Error as exc:
        raise ConfigError(f"{where}: {' '.join(str(exc).split())}") from exc
    check = durable.check_database(dsn, receiving=True)
    print(
        f"ready: database {check.database}, resonate-pg schema {check.schema_version}, "
        f"role {check.user}"
    )
    return 0


def _dsn(explicit: str | None) -> str:
    settings = Settings.from_env()
    if explicit:
        settings = replace(settings, resonate_url=explicit)
    url = settings.resonate_url
    if url is None or durable.engine_of(url) != "postgres":
        raise ConfigError("give the database with --dsn or a postgresql:// RESONATE_URL")
    return durable.resolve_database_credentials(settings).require("resonate_url")


def schedule_housekeeping(conn: Any, *, gc_horizon_days: int) -> list[str]:
    """Schedule ``process_timeouts`` and ``gc`` with pg_cron in this database; lines to print.

    Without pg_cron (a local Postgres) nothing is scheduled: the worker then drives the
    timers itself, and collection is left to the operator.
    """
    if not _ensure_pg_cron(conn):
        return [
            "pg_cron: not available here; timers are driven by the worker (it needs EXECUTE "
            "on resonate.process_timeouts()); nothing collects settled promises"
        ]
    horizon_ms = gc_horizon_days * _DAY_MS
    # The command is text pg_cron stores and runs later; the horizon is an int we computed.
    gc = GC_COMMAND.format(horizon_ms=int(horizon_ms))
    timeouts = "SELECT resonate.process_timeouts()"
    every = _schedule(conn, TIMEOUTS_JOB, TIMEOUTS_SCHEDULE, timeouts, TIMEOUTS_FALLBACK_SCHEDULE)
    _schedule(conn, GC_JOB, GC_SCHEDULE, gc)
    return [
        f"pg_cron: {TIMEOUTS_JOB} every {every!r}",
        f"pg_cron: {GC_JOB} at {GC_SCHEDULE!r}, promises settled > {gc_horizon_days} days ago",
    ]


def _ensure_pg_cron(conn: Any) -> bool:
    installed = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_cron'").fetchone()
    if installed:
        return True
    available = conn.execute(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_cron'"
    ).fetchone()
    if not available:
        return False
    try:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_cron")
    except psycopg.Error as exc:  # e.g. not in shared_preload_libraries, or another database
        print(f"pg_cron: cannot create the extension here: {' '.join(str(exc).split())}")
        return False
    return True


def _schedule(
    conn: Any, name: str, schedule: str, command: str, fallback: str | None = None
) -> str:
    """Upsert a pg_cron job running ``command`` in this database; returns the schedule used."""
    for spec in (schedule, fallback):
        if spec is None:
            continue
        try:
            with conn.transaction():
                conn.execute(
                    "SELECT cron.schedule_in_database(%s, %s, %s, current_database())",
                    (name, spec, command),
                )
        except psycopg.Error:
            if spec == fallback or fallback is None:
                raise
            continue
        return spec
    raise AssertionError("unreachable")  # pragma: no cover
