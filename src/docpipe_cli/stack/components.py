"""The five components of the local stack: how each is started and how we know it is ready.

Every child gets the environment it would have in AWS: the stack's addresses as the
variables docs/configuration.md lists, fake credentials, and for the two Lambda functions Lambda's
reserved variables. Nothing reaches a child through a file only the local stack knows.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import docpipe
from docpipe import durable, events
from docpipe.durable import redact
from docpipe.events import has_event
from docpipe_cli import resonate_sql
from docpipe_cli.stack.aws_emulator import READY_PATH
from docpipe_cli.stack.consistency import AWS_STATE_DIR
from docpipe_cli.stack.lambda_runtime import lambda_environment
from docpipe_cli.stack.poller import DEFAULT_CONCURRENCY
from docpipe_cli.stack.postgres import (
    PostgresOptions,
    accepts_connections,
    prepare_data_dir,
    server_argv,
)
from docpipe_cli.stack.provision import Provisioned, ResourceNames, provision
from docpipe_cli.stack.stackfile import StackInfo, use_stack_credentials
from docpipe_cli.stack.supervisor import ComponentSpec, Supervisor

#: Where the project's packages live, put on every child's PYTHONPATH so the stack runs
#: from a source checkout as well as from an installed wheel.
SOURCE_ROOT = Path(docpipe.__file__).resolve().parents[1]
#: Lambda handler settings, as the SAM template names them.
CONSUMER_HANDLER = "consumer.handler.lambda_handler"
CONSUMER_FUNCTION = "docpipe-consumer"
STATUS_API_HANDLER = "status_api.handler.lambda_handler"
STATUS_API_FUNCTION = "docpipe-status-api"
STATUS_API_TIMEOUT_SECONDS = 10.0
#: The status API's routes, as template.yaml declares them (a test holds the two together).
STATUS_API_ROUTES = (
    "GET /status/{jobId}",
    "GET /jobs",
    "GET /reviews",
    "POST /jobs/{jobId}/review",
    "GET /classes",
    "GET /jobs/{jobId}/pages/{page}",
    "POST /jobs/{jobId}/retry",
    "GET /jobs/{jobId}/files/{name}",
    "GET /",
    "GET /console/{name}",
)
#: How long the AWS emulator may take to write its state once everything else has stopped.
AWS_STOP_GRACE_SECONDS = 30.0
#: The event each component logs once it serves.
READY_EVENTS: dict[str, str] = {
    "poller": events.POLLER_READY,
    "worker": events.WORKER_READY,
}


@dataclass(frozen=True, slots=True)
class StackOptions:
    """Everything ``docpipe up`` was asked for."""

    state_dir: Path
    without: frozenset[str] = frozenset()
    host: str = "127.0.0.1"
    aws_port: int = 4566
    resonate_port: int = 8001
    api_port: int = 8080
    aws_endpoint: str | None = None
    resonate_url: str | None = None
    #: ``sqlite`` (``docpipe server``) or ``postgres`` (resonate-pg in ``state_dir/postgres``).
    durable: str = "sqlite"
    #: ``--resonate-sql``: the operator's resonate.sql (a path or ``s3://``); else the pinned one.
    resonate_sql: str | None = None
    #: ``--cache-dir``: where the pinned resonate.sql is kept (default ``$XDG_CACHE_HOME/docpipe``).
    cache_dir: Path | None = None
    region: str = "us-east-1"
    batch_size: int = 10
    batching_window_seconds: float = 0.0
    #: Batches the poller invokes at once (the mapping's ``MaximumConcurrency``).
    max_concurrency: int = DEFAULT_CONCURRENCY
    function_timeout_seconds: float = 30.0
    visibility_timeout_seconds: int = 60
    max_receive_count: int = 3
    #: The tenants file (``--tenants``): jobs get owners, API callers must sign as one of its
    #: identities. ``None``: one tenant, loopback callers are its admin.
    tenants: Path | None = None

    @property
    def aws_url(self) -> str:
        return self.aws_endpoint or f"http://{self.host}:{self.aws_port}"

    @property
    def resonate_address(self) -> str:
        if self.resonate_url:
            return self.resonate_url
        if self.durable == "postgres":
            return self.postgres.dsn()
        return f"http://{self.host}:{self.resonate_port}"

    @property
    def postgres(self) -> PostgresOptions:
        """The local Postgres: its data in the state directory, reached on a Unix socket."""
        return PostgresOptions(data_dir=self.state_dir / "postgres")

    @property
    def engine(self) -> str:
        """What ``stack.json`` calls the durable engine that runs."""
        if "resonate" not in self.without:
            return self.durable
        return "postgres" if durable.engine_of(self.resonate_address) == "postgres" else "external"

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.api_port}"

    @property
    def resource_names(self) -> ResourceNames:
        return ResourceNames(
            max_receive_count=self.max_receive_count,
            visibility_timeout_seconds=self.visibility_timeout_seconds,
        )


def describe(name: str, options: StackOptions) -> str:
    """Where a component is, for the summary ``docpipe up`` prints."""
    return {
        "aws": options.aws_url,
        "resonate": (
            f"resonate-pg on Postgres ({options.postgres.data_dir})"
            if options.engine == "postgres" and "resonate" not in options.without
            else redact(options.resonate_address)
        ),
        "api": f"{options.api_url}  "
        + (
            f"(tenants {options.tenants}: SigV4-signed callers only)"
            if options.tenants
            else "(single tenant: loopback callers are admin)"
        ),
        "poller": f"SQS -> {CONSUMER_HANDLER} (batch {options.batch_size})",
        "worker": "group docpipe-workers",
    }[name]


def base_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The parent's environment, made safe and sufficient for a child process."""
    env = dict(os.environ if environ is None else environ)
    use_stack_credentials(env)
    paths = [str(SOURCE_ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def start_stack(
    supervisor: Supervisor,
    options: StackOptions,
    *,
    report: Callable[[str], None],
    environ: Mapping[str, str] | None = None,
) -> StackInfo:
    """Start every component not in ``options.without``, in order; return the stack."""
    base = base_environment(environ)
    python = sys.executable
    provisioned: list[Provisioned] = []

    def provision_aws() -> None:
        provisioned[:] = [provision(options.aws_url, options.region, options.resource_names)]

    if "aws" in options.without:
        provision_aws()
    else:
        supervisor.start(
            ComponentSpec(
                name="aws",
                argv=(
                    python,
                    "-m",
                    "docpipe_cli.stack.aws_emulator",
                    "--host",
                    options.host,
                    "--port",
                    str(options.aws_port),
                    "--state",
                    str(options.state_dir / AWS_STATE_DIR),
                ),
                env=base,
                ready=lambda _: http_answers(options.aws_url + READY_PATH),
                on_ready=provision_aws,
                stop_last_grace_seconds=AWS_STOP_GRACE_SECONDS,
            )
        )
    resources = provisioned[0]
    info = StackInfo(
        aws_endpoint=options.aws_url,
        region=options.region,
        inbox_bucket=resources.inbox_bucket,
        results_bucket=resources.results_bucket,
        queue_url=resources.queue_url,
        dlq_url=resources.dlq_url,
        table=resources.table,
        topic_arn=resources.topic_arn,
        resonate_url=options.resonate_address,
        status_api=None if "api" in options.without else options.api_url,
        durable=options.engine,
        tenants=str(options.tenants) if options.tenants else None,
    )
    env = {**base, **info.environment()}

    if "resonate" not in options.without and options.durable == "postgres":
        supervisor.start(postgres_spec(options, env))
    elif "resonate" not in options.without:
        db = options.state_dir / "resonate.db"
        supervisor.start(
            ComponentSpec(
                name="resonate",
                argv=(
                    python,
                    "-m",
                    "docpipe_cli.cli",
                    "server",
                    "--db",
                    str(db),
                    "--host",
                    options.host,
                    "--port",
                    str(options.resonate_port),
                ),
                env=env,
                ready=lambda _: http_answers(options.resonate_address + "/"),
            )
        )

    def function_env(name: str, handler: str, timeout: float) -> dict[str, str]:
        """The stack's variables plus Lambda's reserved ones for one function."""
        reserved = lambda_environment(
            function_name=name, handler=handler, timeout_seconds=timeout, region=options.region
        )
        return {**env, **reserved}

    def ready_when_logged(component: str) -> Callable[[int], bool]:
        name = READY_EVENTS[component]
        return lambda offset: has_event(supervisor.log_path(component), name, offset=offset)

    if "api" not in options.without:
        supervisor.start(
            ComponentSpec(
                name="api",
                argv=(
                    python,
                    "-m",
                    "docpipe_cli.stack.http_api",
                    "--host",
                    options.host,
                    "--port",
                    str(options.api_port),
                    "--handler",
                    STATUS_API_HANDLER,
                    "--function-name",
                    STATUS_API_FUNCTION,
                    "--function-timeout",
                    str(STATUS_API_TIMEOUT_SECONDS),
                    *(arg for route in STATUS_API_ROUTES for arg in ("--route", route)),
                    *(("--tenants", str(options.tenants)) if options.tenants else ()),
                ),
                env=function_env(
                    STATUS_API_FUNCTION, STATUS_API_HANDLER, STATUS_API_TIMEOUT_SECONDS
                ),
                ready=lambda _: http_answers(options.api_url + "/status/readiness-probe"),
            )
        )
    if "poller" not in options.without:
        supervisor.start(
            ComponentSpec(
                name="poller",
                argv=(
                    python,
                    "-m",
                    "docpipe_cli.stack.poller",
                    "--queue-url",
                    info.queue_url,
                    "--handler",
                    CONSUMER_HANDLER,
                    "--function-name",
                    CONSUMER_FUNCTION,
                    "--batch-size",
                    str(options.batch_size),
                    "--batching-window",
                    str(options.batching_window_seconds),
                    "--max-concurrency",
                    str(options.max_concurrency),
                    "--function-timeout",
                    str(options.function_timeout_seconds),
                ),
                env=function_env(
                    CONSUMER_FUNCTION, CONSUMER_HANDLER, options.function_timeout_seconds
                ),
                ready=ready_when_logged("poller"),
            )
        )
    if "worker" not in options.without:
        supervisor.start(
            ComponentSpec(
                name="worker",
                argv=(python, "-m", "docpipe_cli.cli", "worker"),
                env=env,
                ready=ready_when_logged("worker"),
            )
        )
    report(f"provisioned {info.inbox_bucket} -> {info.queue_url} (DLQ {info.dlq_url})")
    return info


def postgres_spec(options: StackOptions, env: Mapping[str, str]) -> ComponentSpec:
    """The durable engine as resonate-pg: a foreground Postgres on the state directory's data
    (initdb'd on first use, kept across runs), the schema applied once it answers."""
    schema = resonate_sql.obtain(options.resonate_sql, cache_dir=options.cache_dir)
    pg = options.postgres
    prepare_data_dir(pg)
    dsn = pg.dsn()
    return ComponentSpec(
        name="resonate",
        argv=server_argv(pg),
        env=env,
        ready=lambda _: accepts_connections(dsn),
        on_ready=lambda: _apply_schema(dsn, schema),
    )


def _apply_schema(dsn: str, schema: resonate_sql.SchemaFile) -> None:
    resonate_sql.install(dsn, schema)


def http_answers(url: str) -> bool:
    """True once something answers HTTP at ``url`` (any status: we only ask "are you up")."""
    try:
        with urllib.request.urlopen(url, timeout=2):  # noqa: S310 -- a loopback URL we built
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False
