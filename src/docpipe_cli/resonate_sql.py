"""resonate-pg's ``resonate.sql``, obtained the way package managers do: pinned, cached, checked.

docpipe does not ship the file (it is resonate-pg's); ``resonate_pg.toml`` beside this module
pins the one docpipe is tested against: the commit, the file's URL at that commit, its sha256.
:func:`obtain` finds the file in this order:

1. ``--resonate-sql PATH|s3://bucket/key``, then ``$RESONATE_PG_SQL`` (same forms): the
   operator's choice. Its checksum is reported; one that differs from the pin is a warning
   naming the pinned version, not a refusal.
2. The cache, ``<cache>/resonate-pg/<commit>/resonate.sql`` (``--cache-dir``, else
   ``$XDG_CACHE_HOME/docpipe``, else ``~/.cache/docpipe``), if its checksum is the pinned one.
3. A download of the pinned URL (or of the mirror in ``$RESONATE_PG_SQL_URL``), kept only if
   its sha256 is the pinned one; a mismatch is refused naming both digests. Without a network
   the error says what to download and where to put it.

:func:`install` applies the file to a database and records which file it was
(``docpipe.resonate_schema``), so a later ``docpipe db init`` with another version says so and
applies it only when asked to upgrade.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import tomllib
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import IO, Any

import psycopg
from botocore.exceptions import BotoCoreError, ClientError

from docpipe.aws import client
from docpipe.errors import ConfigError
from docpipe.settings import Settings
from docpipe_cli.stack.postgres import apply_resonate_schema, schema_applied

#: An operator's own copy of the file (a path or ``s3://bucket/key``).
SQL_ENV = "RESONATE_PG_SQL"
#: A mirror of the pinned file (any URL urllib opens, ``file://`` included); checked like the
#: original, so a mirror can only serve the pinned bytes.
MIRROR_ENV = "RESONATE_PG_SQL_URL"
#: How long a download may take before it counts as "no network".
DOWNLOAD_TIMEOUT_SECONDS = 30.0

#: Opens a URL like :func:`urllib.request.urlopen` (injected by tests).
Opener = Callable[..., IO[bytes]]


@dataclass(frozen=True)
class Pin:
    """The resonate-pg file docpipe is tested against (``resonate_pg.toml``)."""

    repository: str
    commit: str
    schema_version: str
    url: str
    sha256: str

    @classmethod
    def load(cls) -> Pin:
        text = files("docpipe_cli").joinpath("resonate_pg.toml").read_text(encoding="utf-8")
        return cls(**tomllib.loads(text))

    def describe(self) -> str:
        return f"resonate-pg {self.commit[:12]} (schema {self.schema_version})"


@dataclass(frozen=True)
class SchemaFile:
    """A ``resonate.sql`` on disk, where it came from, and whether it is the pinned file."""

    path: Path
    sha256: str
    source: str
    pin: Pin

    @property
    def pinned(self) -> bool:
        return self.sha256 == self.pin.sha256


def default_cache_dir(env: Mapping[str, str]) -> Path:
    """``$XDG_CACHE_HOME/docpipe``, else ``~/.cache/docpipe`` (the XDG base directory rule)."""
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "docpipe"


def cached_path(cache_dir: Path, pin: Pin) -> Path:
    return cache_dir / "resonate-pg" / pin.commit / "resonate.sql"


def obtain(
    explicit: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    cache_dir: Path | None = None,
    pin: Pin | None = None,
    opener: Opener = urllib.request.urlopen,
    warn: Callable[[str], None] | None = None,
) -> SchemaFile:
    """The ``resonate.sql`` to apply (see the module docstring for the order)."""
    environ = os.environ if env is None else env
    pin = pin or Pin.load()
    warn = warn or _print_warning
    if explicit is not None:
        return _operator_file(str(explicit), "--resonate-sql", pin, warn)
    if environ.get(SQL_ENV):
        return _operator_file(environ[SQL_ENV], f"${SQL_ENV}", pin, warn)
    cache = cache_dir if cache_dir is not None else default_cache_dir(environ)
    target = cached_path(cache, pin)
    if target.is_file() and _sha256(target.read_bytes()) == pin.sha256:
        return SchemaFile(target, pin.sha256, f"cache {target}", pin)
    return fetch(environ.get(MIRROR_ENV) or pin.url, target, pin, opener=opener)


def fetch(
    url: str, target: Path, pin: Pin, *, opener: Opener = urllib.request.urlopen
) -> SchemaFile:
    """Download ``url`` to ``target`` if its sha256 is the pinned one; refuse it otherwise."""
    try:
        with opener(url, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:
            body = response.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ConfigError(_offline_message(url, target, pin, exc)) from exc
    digest = _sha256(body)
    if digest != pin.sha256:
        raise ConfigError(
            f"refusing resonate.sql from {url}: its sha256 is {digest}, but docpipe pins "
            f"{pin.describe()} with sha256 {pin.sha256} (nothing was cached)"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False) as handle:
        handle.write(body)
    Path(handle.name).chmod(0o644)  # a cache anyone on the machine may read, as pip's is
    os.replace(handle.name, target)  # readers never see half a file
    return SchemaFile(target, digest, f"downloaded {url} to {target}", pin)


def _offline_message(url: str, target: Path, pin: Pin, exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    return (
        f"could not download resonate-pg's schema from {url} ({reason}). docpipe needs "
        f"resonate.sql from {pin.describe()}, sha256 {pin.sha256}: download {pin.url} where "
        f"the network reaches it and run `docpipe db fetch --from FILE` (or put it at "
        f"{target}; its checksum is checked), or set {MIRROR_ENV}=URL of a mirror, or use "
        f"your own file with --resonate-sql PATH or {SQL_ENV}=PATH"
    )


def _operator_file(where: str, named: str, pin: Pin, warn: Callable[[str], None]) -> SchemaFile:
    if where.startswith("s3://"):
        body = _read_s3(where, named)
        with tempfile.NamedTemporaryFile("wb", suffix=".sql", delete=False) as handle:
            handle.write(body)
        path = Path(handle.name)
    else:
        path = Path(where)
        if not path.is_file():
            raise ConfigError(f"{named} {where}: no such file")
        body = path.read_bytes()
    digest = _sha256(body)
    if digest != pin.sha256:
        warn(
            f"resonate.sql from {named} {where} has sha256 {digest}, not the file docpipe is "
            f"tested with: {pin.describe()}, sha256 {pin.sha256}"
        )
    return SchemaFile(path, digest, f"{named} {where}", pin)


def _read_s3(url: str, named: str) -> bytes:
    """The file from S3: how the AWS deployment's one-off db-init task gets it."""
    bucket, _, key = url.removeprefix("s3://").partition("/")
    if not bucket or not key:
        raise ConfigError(f"{named} {url}: expected s3://bucket/key")
    try:
        body = client("s3", Settings.from_env()).get_object(Bucket=bucket, Key=key)["Body"].read()
    except (BotoCoreError, ClientError) as exc:
        raise ConfigError(f"{named} {url}: {exc}") from exc
    return bytes(body)


def _sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _print_warning(message: str) -> None:
    print(f"docpipe: warning: {message}", file=sys.stderr)


# --- the database's record of what was applied ---------------------------------------------

#: Where ``install`` records the applied file: one row, in a schema of docpipe's own (the
#: resonate schema is resonate-pg's).
_RECORD_DDL = (
    "CREATE SCHEMA IF NOT EXISTS docpipe",
    "CREATE TABLE IF NOT EXISTS docpipe.resonate_schema ("
    " singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),"
    " sha256 text NOT NULL, source_commit text, schema_version text, source text,"
    " applied_at timestamptz NOT NULL DEFAULT now())",
)


@dataclass(frozen=True)
class Applied:
    """What the database says was applied: the file's sha256 and, when pinned, its commit."""

    sha256: str
    source_commit: str | None
    schema_version: str | None

    def describe(self) -> str:
        if self.source_commit:
            return f"resonate-pg {self.source_commit[:12]} (schema {self.schema_version})"
        return "an unpinned resonate.sql"


def recorded(conn: psycopg.Connection[Any]) -> Applied | None:
    """The record :func:`install` left, or None (never installed by it)."""
    if conn.execute("SELECT to_regclass('docpipe.resonate_schema')").fetchone() == (None,):
        return None
    row = conn.execute(
        "SELECT sha256, source_commit, schema_version FROM docpipe.resonate_schema"
    ).fetchone()
    return Applied(*row) if row else None


def install(dsn: str, schema: SchemaFile, *, upgrade: bool = False, reapply: bool = False) -> str:
    """Apply ``schema`` to ``dsn`` unless it is there; returns what happened, for a person.

    A database whose recorded file differs is refused unless ``upgrade``; ``reapply`` runs the
    file again whatever is recorded (``docpipe db init --reapply``).
    """
    with psycopg.connect(dsn, autocommit=True) as conn:
        present = schema_applied(conn)
        before = recorded(conn)
    changes = before is not None and before.sha256 != schema.sha256
    if before is not None and changes and not (upgrade or reapply):
        raise ConfigError(
            f"the database's resonate schema was applied from {before.describe()}, sha256 "
            f"{before.sha256}; this docpipe uses {_describe(schema)}, sha256 {schema.sha256}: "
            "run `docpipe db init --upgrade` to apply it"
        )
    adopt = upgrade and before is None  # an unrecorded schema is replaced only when asked
    if present and not (changes or reapply or adopt):
        if before is None:
            return (
                "already present, applied by hand or by an older docpipe (version not recorded; "
                f"`docpipe db init --upgrade` applies {_describe(schema)} and records it)"
            )
        return f"already present: {_describe(schema)}, sha256 {schema.sha256}"
    apply_resonate_schema(dsn, schema.path, force=present)
    with psycopg.connect(dsn, autocommit=True) as conn, conn.transaction():
        for statement in _RECORD_DDL:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO docpipe.resonate_schema"
            " (sha256, source_commit, schema_version, source) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (singleton) DO UPDATE SET sha256 = excluded.sha256,"
            " source_commit = excluded.source_commit, schema_version = excluded.schema_version,"
            " source = excluded.source, applied_at = now()",
            (
                schema.sha256,
                schema.pin.commit if schema.pinned else None,
                schema.pin.schema_version if schema.pinned else None,
                schema.source,
            ),
        )
    verb = "upgraded to" if present and changes else "applied"
    return f"{verb} {_describe(schema)}, sha256 {schema.sha256} ({schema.source})"


def _describe(schema: SchemaFile) -> str:
    return schema.pin.describe() if schema.pinned else "an unpinned resonate.sql"
