"""``stack.json``: where a running local stack lives, and the environment that reaches it.

``docpipe up`` writes it once every component is ready; the user's commands, the tests and
the benchmarks read it. The same facts become the environment of every child process, so
the worker, the poller and the status API are configured exactly as they would be in AWS:
by variables, never by a file only the local stack knows about.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Mapping, MutableMapping
from dataclasses import MISSING, asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from docpipe.errors import ConfigError
from docpipe.settings import Settings

#: Where ``docpipe up`` keeps its state, and so where the user's commands look first.
DEFAULT_STATE_DIR = Path(".docpipe")
#: Name of the stack description inside the state directory.
STACK_FILE = "stack.json"
#: Held (``flock``) by the ``docpipe up`` that owns a state directory, for as long as it runs.
LOCK_FILE = "up.lock"
#: Credentials every local process uses: moto accepts anything, and fixed fake values make
#: sure a developer's real AWS credentials can never reach the emulator's callers.
FAKE_CREDENTIALS: dict[str, str] = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
}
#: Variables that would make botocore look for a named profile (and fail when the developer's
#: profile does not exist here) even though the fake keys above are set.
PROFILE_VARIABLES = ("AWS_PROFILE", "AWS_DEFAULT_PROFILE")


@dataclass(frozen=True, slots=True)
class StackInfo:
    """The operational contract's ``stack.json`` (field names are its keys)."""

    aws_endpoint: str
    region: str
    inbox_bucket: str
    results_bucket: str
    queue_url: str
    dlq_url: str
    table: str
    topic_arn: str
    resonate_url: str
    #: Base URL of the status API, or ``None`` when it runs elsewhere (``--without api``).
    status_api: str | None
    #: The durable engine: ``sqlite`` (``docpipe server``), ``postgres`` (resonate-pg), or
    #: ``external`` (a Resonate server given with ``--without resonate --resonate-url``).
    durable: str = "sqlite"
    #: The tenants file the stack runs with (``docpipe up --tenants``); ``None``: one tenant,
    #: loopback callers are its admin. Commands then sign status API calls as an identity.
    tenants: str | None = None

    def to_json(self) -> str:
        data = asdict(self)
        if data["tenants"] is None:
            del data["tenants"]  # the contract's keys, plus the tenants file when there is one
        return json.dumps(data, indent=2, sort_keys=False) + "\n"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StackInfo:
        required = [f.name for f in fields(cls) if f.default is MISSING]
        missing = [name for name in required if name not in data]
        if missing:
            raise ConfigError(f"stack description is missing {', '.join(missing)}")
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})

    @classmethod
    def load(cls, path: Path) -> StackInfo:
        """Read ``path``; a missing or malformed file is a :class:`ConfigError` naming it."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(
                f"{path} not found: start the stack with `docpipe up` (or pass --stack)"
            ) from None
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{path} does not hold a JSON object")
        return cls.from_dict(data)

    def write(self, path: Path) -> None:
        """Write atomically, so a reader polling for the file never sees half of it."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".tmp")
        partial.write_text(self.to_json(), encoding="utf-8")
        os.replace(partial, path)

    def settings(self, base: Settings | None = None) -> Settings:
        """``base`` (default: all defaults) pointed at this stack: every endpoint and name
        ``stack.json`` holds replaces the one in ``base``; limits and the rest are kept."""
        return replace(
            base or Settings(),
            aws_endpoint_url=self.aws_endpoint,
            region=self.region,
            inbox_bucket=self.inbox_bucket,
            results_bucket=self.results_bucket,
            queue_url=self.queue_url,
            table=self.table,
            topic_arn=self.topic_arn,
            resonate_url=self.resonate_url,
            tenants_file=self.tenants,
        )

    def environment(self) -> dict[str, str]:
        """The variables a docpipe process reads (docs/configuration.md), pointing at this stack."""
        return {
            "AWS_ENDPOINT_URL": self.aws_endpoint,
            "AWS_DEFAULT_REGION": self.region,
            "AWS_REGION": self.region,
            "DOCPIPE_INBOX_BUCKET": self.inbox_bucket,
            "DOCPIPE_RESULTS_BUCKET": self.results_bucket,
            "DOCPIPE_QUEUE_URL": self.queue_url,
            "DOCPIPE_TABLE": self.table,
            "DOCPIPE_TOPIC_ARN": self.topic_arn,
            "RESONATE_URL": self.resonate_url,
            **({"DOCPIPE_TENANTS_FILE": self.tenants} if self.tenants else {}),
            **FAKE_CREDENTIALS,
        }


def use_stack_credentials(environ: MutableMapping[str, str] | None = None) -> None:
    """Make this process's AWS calls use the local stack's fake credentials.

    Every entry point that talks to a local stack calls this (``docpipe up``, a hand-run
    ``docpipe worker --stack``, the user's commands, the demo): the emulator's callers never
    see the developer's real keys, and a profile named in the environment cannot break them.
    """
    env = os.environ if environ is None else environ
    env.update(FAKE_CREDENTIALS)
    for name in PROFILE_VARIABLES:
        env.pop(name, None)


def default_stack_path(env: Mapping[str, str] | None = None) -> Path:
    """``$DOCPIPE_STACK`` if set, else ``.docpipe/stack.json`` under the working directory."""
    environ = os.environ if env is None else env
    explicit = environ.get("DOCPIPE_STACK", "").strip()
    return Path(explicit) if explicit else DEFAULT_STATE_DIR / STACK_FILE


class StateDirLock:
    """One ``docpipe up`` per state directory, and a way to tell a live stack from a dead one.

    Two stacks on one directory would run two Resonate servers on one database. The lock is
    an ``flock`` on ``up.lock``: the kernel drops it when its holder dies, however it dies,
    so a ``stack.json`` left by a ``kill -9`` is recognisably stale (see :func:`is_running`).
    """

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock (and write our pid into it); ``False`` if another process holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def holder(self) -> str:
        """The pid written by the holder (for messages), or ``?``."""
        try:
            return self.path.read_text(encoding="utf-8").strip() or "?"
        except OSError:
            return "?"


def is_running(state_dir: Path) -> bool | None:
    """Whether a ``docpipe up`` holds ``state_dir``: ``None`` when no ``docpipe up`` ever
    ran there (a ``stack.json`` written by hand, say), so nothing can be said."""
    path = state_dir / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
    return False
