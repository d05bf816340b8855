"""The durable engine: which one ``RESONATE_URL`` names, and the Resonate client for it.

Two engines speak the same protocol. ``http(s)://`` is a Resonate server (``docpipe server``
locally, or the official server); ``postgresql://`` (or a libpq ``key=value`` DSN) is
resonate-pg, the Resonate server as one SQL file in Postgres, reached through the SDK's
``resonate_pg.PostgresConnection``. The worker, the consumer and the status API build their
clients here, so all three follow one setting and none imports another.

Clients come in two shapes:

- **receiving** (the worker): the connection is network *and* source, so it drains the
  outbox addressed to the worker group (LISTEN/NOTIFY plus a short tick) and advances
  resonate-pg's timers (``process_timeouts``) when the role may.
- **send-only** (the consumer, the status API): ``sources=[]``, no refresh loop. A send-only
  ``PostgresConnection`` never pumps (a pump with no receiver would delete its peers' work),
  so it holds pooled connections and nothing else: safe behind RDS Proxy, nothing left
  subscribed in a warm Lambda.

:func:`prepare` runs once at start-up: it reads the database password from Secrets Manager
when only its secret is named (``DOCPIPE_DATABASE_SECRET``) and checks that the database
answers, has the resonate-pg schema, and lets the role call what its component needs, so a
misconfiguration is one clear :class:`~docpipe.errors.ConfigError` instead of a worker that
silently receives nothing.

The SDK, the Postgres driver and resonate-pg are imported by the functions that use them: a
status API without ``RESONATE_URL`` never loads the SDK, and only a Postgres deployment (the
``postgres`` extra) has the driver.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal

from docpipe.aws import read_secret, resolve_resonate_token
from docpipe.errors import ConfigError, TransientError

if TYPE_CHECKING:
    from resonate.resonate import Resonate

    from docpipe.settings import Settings

logger = logging.getLogger("docpipe.durable")

type Engine = Literal["local", "http", "postgres"]

#: URL schemes libpq accepts for a connection URI.
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
#: A libpq keyword/value DSN starts with one of its keywords, e.g. ``host=db dbname=app``.
_KEYWORD_DSN = re.compile(r"^\s*(host|hostaddr|dbname|user|port|service)\s*=")
#: What a send-only client calls: every request of the protocol goes through one function.
SENDER_FUNCTIONS = ("resonate.resonate_rpc(jsonb)",)
#: What a receiving client calls in addition: the addressed outbox drains.
RECEIVER_FUNCTIONS = (
    "resonate.dequeue_execute(text,integer)",
    "resonate.dequeue_unblock(text,integer)",
)
#: The timer driver. Optional: pg_cron runs it where the role may not (least privilege).
TIMER_FUNCTION = "resonate.process_timeouts()"
#: The role ``resonate.sql`` grants the wire functions to.
WORKER_ROLE = "resonate_worker"
#: Seconds to wait for the start-up check's connection.
CONNECT_TIMEOUT_SECONDS = 10


def engine_of(url: str | None) -> Engine:
    """Which engine ``url`` (``RESONATE_URL``) names; ``None`` is the SDK's in-process server."""
    if url is None:
        return "local"
    if url.startswith(("http://", "https://")):
        return "http"
    if url.startswith(POSTGRES_SCHEMES) or _KEYWORD_DSN.match(url):
        return "postgres"
    raise ConfigError(
        "RESONATE_URL must be a Resonate server (http:// or https://) or a resonate-pg "
        f"database (postgresql://user@host/db or a libpq DSN), got {redact(url)!r}"
    )


def redact(dsn: str) -> str:
    """``dsn`` with any password replaced by ``***`` (for messages and logs)."""
    dsn = re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", dsn)
    dsn = re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", dsn)
    return re.sub(r"([?&]password=)[^&\s]*", r"\1***", dsn)


def prepare(settings: Settings, *, receiving: bool, secrets: Any | None = None) -> Settings:
    """Resolve secrets for the configured engine and check it is usable; call once at start-up.

    For a Resonate server that is its bearer token (``DOCPIPE_RESONATE_TOKEN_SECRET``); for
    Postgres the database password (``DOCPIPE_DATABASE_SECRET``) and :func:`check_database`.
    ``receiving`` is true for the worker, which needs the outbox functions as well.
    """
    engine = engine_of(settings.resonate_url)
    if engine == "http":
        return resolve_resonate_token(settings, secrets=secrets)
    if engine == "postgres":
        resolved = resolve_database_credentials(settings, secrets=secrets)
        check = check_database(resolved.require("resonate_url"), receiving=receiving)
        if receiving and not check.drives_timers:
            logger.warning(
                "role %s may not run %s: timers (leases, retries, job timeouts) rely on "
                "pg_cron in database %s",
                check.user,
                TIMER_FUNCTION,
                check.database,
            )
        return resolved
    return settings


def resolve_database_credentials(settings: Settings, *, secrets: Any | None = None) -> Settings:
    """``settings`` whose DSN carries the user and password from ``DOCPIPE_DATABASE_SECRET``.

    The secret is the JSON RDS and Aurora keep (``{"username": ..., "password": ...}``), so a
    deployment passes the endpoint in ``RESONATE_URL`` and the credentials never sit in an
    environment. A user or password written in the DSN itself wins.
    """
    secret_id = settings.database_secret
    dsn = settings.require("resonate_url")
    if not secret_id:
        return settings
    raw = read_secret(settings, secret_id, variable="DOCPIPE_DATABASE_SECRET", secrets=secrets)
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not data.get("username") or not data.get("password"):
        raise ConfigError(
            f"DOCPIPE_DATABASE_SECRET {secret_id!r} must hold JSON with username and password"
        )
    from psycopg.conninfo import conninfo_to_dict, make_conninfo  # noqa: PLC0415

    given = _parse_dsn(dsn, conninfo_to_dict)
    extra = {
        key: str(data[name])
        for key, name in (("user", "username"), ("password", "password"))
        if not given.get(key)
    }
    return replace(settings, resonate_url=make_conninfo(dsn, **extra))


@dataclass(frozen=True, slots=True)
class DatabaseCheck:
    """What :func:`check_database` found in a usable resonate-pg database."""

    user: str
    database: str
    schema_version: str
    #: Whether this role may run ``process_timeouts`` itself (else pg_cron must).
    drives_timers: bool


def check_database(
    dsn: str,
    *,
    receiving: bool,
    connect: Callable[..., Any] | None = None,
) -> DatabaseCheck:
    """Connect to ``dsn`` and check what a component needs, raising with what is wrong.

    :class:`ConfigError` for a malformed DSN, a refused login, a missing database, a missing
    schema or a missing grant (retrying cannot fix those); :class:`TransientError` when the
    server does not answer (it may be starting).
    """
    import psycopg  # noqa: PLC0415 (only for Postgres deployments)
    from psycopg.conninfo import conninfo_to_dict  # noqa: PLC0415

    params = _parse_dsn(dsn, conninfo_to_dict)
    where = _describe(params)
    opener = connect if connect is not None else psycopg.connect
    try:
        conn = opener(dsn, connect_timeout=CONNECT_TIMEOUT_SECONDS, autocommit=True)
    except psycopg.OperationalError as exc:
        detail = " ".join(str(exc).split()) or repr(exc)
        if exc.sqlstate is None and not _is_refusal(str(exc)):
            raise TransientError(
                f"cannot reach the resonate-pg database {where}: {detail}"
            ) from exc
        raise ConfigError(f"the resonate-pg database {where} refused us: {detail}") from exc
    with conn:
        user, database, has_schema, usable = _row(
            conn,
            "SELECT current_user, current_database(), to_regnamespace('resonate') IS NOT NULL, "
            "to_regnamespace('resonate') IS NOT NULL "
            "AND has_schema_privilege('resonate', 'USAGE')",
        )
        grant = f"GRANT {WORKER_ROLE} TO {user} (as the schema's owner)"
        if not has_schema:
            raise ConfigError(
                f"database {database!r} ({where}) has no resonate-pg schema: apply resonate.sql "
                "with `docpipe db init` (see docs/postgres.md)"
            )
        if not usable:
            raise ConfigError(
                f"role {user!r} may not use schema resonate in database {database!r}: {grant}"
            )
        if not _row(conn, _CALLABLE_EXISTS, (SENDER_FUNCTIONS[0],))[0]:
            raise ConfigError(
                f"schema resonate in database {database!r} lacks {SENDER_FUNCTIONS[0]}: "
                "re-apply resonate.sql with `docpipe db init`"
            )
        needed = SENDER_FUNCTIONS + (RECEIVER_FUNCTIONS if receiving else ())
        missing = [name for name in needed if not _row(conn, _MAY_CALL, (name, name))[0]]
        if missing:
            raise ConfigError(
                f"role {user!r} may not call {', '.join(missing)} in database {database!r}: "
                + grant
            )
        version = _row(conn, "SELECT resonate.get_schema_version()")[0]
        timers = _row(conn, _MAY_CALL, (TIMER_FUNCTION, TIMER_FUNCTION))[0]
    return DatabaseCheck(
        user=str(user),
        database=str(database),
        schema_version=str(version),
        drives_timers=bool(timers),
    )


def resonate_client(
    settings: Settings,
    *,
    group: str,
    receiving: bool,
    pid: str | None = None,
    ttl: timedelta | None = None,
    has_capacity: Callable[[], bool] | None = None,
) -> Resonate:
    """A Resonate client for the configured engine, not started (no I/O until ``start``).

    ``receiving`` clients (the worker) listen for the work addressed to ``group`` and renew
    their leases; send-only clients (consumer, status API) listen for nothing and run no
    refresh loop. ``has_capacity``: on Postgres, the group's work is claimed only while it
    answers true (:mod:`docpipe.pg_connection`).
    """
    from resonate.resonate import Resonate  # noqa: PLC0415

    from docpipe.sse_source import PersistentSSEConnection  # noqa: PLC0415 (as Resonate)

    engine = engine_of(settings.resonate_url)
    refresh = 60 if receiving and engine != "local" else 0
    common: dict[str, Any] = {
        "group": group,
        "pid": pid,
        "ttl": ttl,
        "env": {},
        "subscription_refresh_secs": refresh,
        "autostart": False,
    }
    if not receiving:
        common["sources"] = []
    if engine == "postgres":
        network = postgres_connection(settings, group=group, pid=pid, has_capacity=has_capacity)
        return Resonate(network=network, **common)
    if receiving and settings.resonate_url is not None:
        # The SDK's own SSE source goes deaf after five minutes (docpipe.sse_source).
        common["pid"] = pid = pid or uuid.uuid4().hex
        common["sources"] = [
            PersistentSSEConnection(
                url=settings.resonate_url, pid=pid, group=group, auth=settings.resonate_token
            )
        ]
    return Resonate(url=settings.resonate_url, token=settings.resonate_token, **common)


def postgres_connection(
    settings: Settings,
    *,
    group: str,
    pid: str | None = None,
    has_capacity: Callable[[], bool] | None = None,
) -> Any:
    """A resonate-pg connection on a query pool of ``db_pool_size`` connections, retrying
    requests while the database is unreachable (:mod:`docpipe.pg_connection`)."""
    from resonate_pg import PsycopgSessions  # noqa: PLC0415

    from docpipe.pg_connection import RetryingPostgresConnection  # noqa: PLC0415

    sessions = PsycopgSessions(
        settings.require("resonate_url"), min_size=1, max_size=settings.db_pool_size
    )
    return RetryingPostgresConnection(
        sessions=sessions, group=group, pid=pid, has_capacity=has_capacity
    )


_CALLABLE_EXISTS = "SELECT to_regprocedure(%s) IS NOT NULL"
_MAY_CALL = (
    "SELECT to_regprocedure(%s) IS NOT NULL "
    "AND has_function_privilege(to_regprocedure(%s), 'EXECUTE')"
)


def _row(conn: Any, query: str, params: tuple[str, ...] = ()) -> tuple[Any, ...]:
    row = conn.execute(query, params).fetchone()
    if row is None:  # every query here selects exactly one row
        raise ConfigError(f"the database answered no row to {query!r}")
    return tuple(row)


def _parse_dsn(dsn: str, parse: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    try:
        return parse(dsn)
    except Exception as exc:  # psycopg.ProgrammingError: libpq's own parse message
        raise ConfigError(
            f"RESONATE_URL is not a valid Postgres DSN ({exc}): {redact(dsn)!r}"
        ) from None


def _describe(params: dict[str, Any]) -> str:
    host = params.get("host") or "localhost"
    port = params.get("port") or "5432"
    user = params.get("user") or "(default user)"
    return f"{user}@{host}:{port}/{params.get('dbname') or '(default database)'}"


def _is_refusal(message: str) -> bool:
    """libpq reports some server refusals without a SQLSTATE (e.g. during authentication)."""
    lowered = message.lower()
    return any(
        phrase in lowered
        for phrase in (
            "authentication failed",
            "does not exist",
            "no password supplied",
            "pg_hba.conf",
        )
    )
