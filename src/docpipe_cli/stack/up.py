"""``docpipe up``: the whole local stack in the foreground, as separate processes.

Order of start: the AWS emulator (then provisioning), the Resonate server, the status API,
the SQS -> Lambda poller, the worker. ``stack.json`` is written only when all of them are
ready, so its presence means "the stack answers"; it is removed again on the way out. One
``docpipe up`` holds a state directory at a time (``up.lock``, an ``flock`` the kernel
drops when its holder dies), which is also how the user's commands tell a ``stack.json``
left behind by a ``kill -9`` from a live one.

What survives a restart of ``docpipe up`` on the same state directory: everything, when the
previous run stopped cleanly (Ctrl-C, SIGTERM). The durable engine keeps its state in the
state directory as it goes and the AWS emulator writes its own there when it stops, so jobs
resume with the steps they checkpointed, jobs waiting for review still wait, and documents,
results and job rows are still there. When the previous run did not stop cleanly (SIGKILL,
a crash), the AWS state is older than the engine's, and both start empty, the old state
moved aside (:mod:`.consistency` says why and how).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
import time
from pathlib import Path

from botocore.exceptions import BotoCoreError, ClientError

from docpipe.aws import client, load_tenancy
from docpipe.classes import load_classes
from docpipe.errors import ConfigError, DocpipeError
from docpipe.settings import Settings
from docpipe_cli import resonate_sql
from docpipe_cli.hints import command
from docpipe_cli.stack.components import StackOptions, describe, start_stack
from docpipe_cli.stack.consistency import Ownership, begin_run, end_run
from docpipe_cli.stack.dlq_watch import DlqWatch
from docpipe_cli.stack.live import LivePrinter, LogFollower
from docpipe_cli.stack.poller import DEFAULT_CONCURRENCY, MappingConfig
from docpipe_cli.stack.stackfile import (
    DEFAULT_STATE_DIR,
    STACK_FILE,
    StateDirLock,
    use_stack_credentials,
)
from docpipe_cli.stack.supervisor import Supervisor

#: Components in start order; ``--without`` takes any of these.
COMPONENTS = ("aws", "resonate", "api", "poller", "worker")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--state-dir",
        type=Path,
        default=DEFAULT_STATE_DIR,
        help="logs, the Resonate database and stack.json (default: .docpipe)",
    )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        choices=COMPONENTS,
        metavar="COMPONENT",
        help=f"leave a component to you (repeatable): {', '.join(COMPONENTS)}",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    parser.add_argument("--aws-port", type=int, default=4566)
    parser.add_argument("--resonate-port", type=int, default=8001)
    parser.add_argument("--api-port", type=int, default=8080)
    parser.add_argument(
        "--aws-endpoint", help="with --without aws: the emulator (or endpoint) to provision"
    )
    parser.add_argument(
        "--resonate-url",
        help="with --without resonate: the engine to use (http(s):// server or postgresql://)",
    )
    parser.add_argument(
        "--durable",
        choices=("sqlite", "postgres"),
        default="sqlite",
        help="the durable engine: sqlite = docpipe server (default), postgres = resonate-pg "
        "on a Postgres in the state dir",
    )
    parser.add_argument(
        "--resonate-sql",
        metavar="PATH|s3://",
        help="with --durable postgres: your own resonate-pg resonate.sql (default: "
        "$RESONATE_PG_SQL, else the pinned file, fetched once into the cache)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="where the pinned resonate.sql is kept (default: $XDG_CACHE_HOME/docpipe)",
    )
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument(
        "--tenants",
        type=Path,
        metavar="FILE",
        help="tenants file (docs/deploy.md#tenants): jobs get owners, and the status API "
        "answers only SigV4-signed calls by its identities (default: one tenant, loopback "
        "callers are admin)",
    )
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="print only the stack's own messages, not a line per job event",
    )
    mapping = parser.add_argument_group("SQS -> Lambda event source mapping")
    mapping.add_argument("--batch-size", type=int, default=10)
    mapping.add_argument("--batching-window", type=float, default=0.0, metavar="SECONDS")
    mapping.add_argument(
        "--max-concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help="batches invoked at once, each in an environment of its own (default %(default)s)",
    )
    mapping.add_argument("--function-timeout", type=float, default=30.0, metavar="SECONDS")
    mapping.add_argument(
        "--visibility-timeout",
        type=int,
        default=60,
        metavar="SECONDS",
        help="the queue's visibility timeout (AWS wants >= the function timeout)",
    )
    mapping.add_argument("--max-receive-count", type=int, default=3)


def run(args: argparse.Namespace) -> int:

    state_dir: Path = args.state_dir.resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    stack_path = state_dir / STACK_FILE
    options = StackOptions(
        state_dir=state_dir,
        without=frozenset(args.without),
        host=args.host,
        aws_port=args.aws_port,
        resonate_port=args.resonate_port,
        api_port=args.api_port,
        aws_endpoint=args.aws_endpoint,
        resonate_url=args.resonate_url,
        durable=args.durable,
        resonate_sql=args.resonate_sql,
        cache_dir=args.cache_dir,
        region=args.region,
        batch_size=args.batch_size,
        batching_window_seconds=args.batching_window,
        max_concurrency=args.max_concurrency,
        function_timeout_seconds=args.function_timeout,
        visibility_timeout_seconds=args.visibility_timeout,
        max_receive_count=args.max_receive_count,
        tenants=args.tenants.resolve() if args.tenants else None,
    )
    lock = StateDirLock(state_dir)
    if not lock.acquire():
        print(
            f"docpipe up: another docpipe up (pid {lock.holder()}) is running on {state_dir}; "
            "stop it or choose another --state-dir",
            file=sys.stderr,
        )
        return 2
    try:
        # Left by a run that was killed: it describes a stack that no longer exists.
        stack_path.unlink(missing_ok=True)
        problem = _classes_problem() or _check_options(options)
        if problem:
            print(f"docpipe up: {problem}", file=sys.stderr)
            return 2
        owned = Ownership(
            aws="aws" not in options.without, engine="resonate" not in options.without
        )
        begin_run(state_dir, owned, report=_report)
        return _supervise(
            options, stack_path, Supervisor(state_dir, report=_report), owned, quiet=args.quiet
        )
    finally:
        lock.release()


def _supervise(
    options: StackOptions,
    stack_path: Path,
    supervisor: Supervisor,
    owned: Ownership,
    *,
    quiet: bool = False,
) -> int:
    """Start the stack, watch it until a signal arrives, stop it (whatever happened).

    Unless ``quiet``, every job event the components log from now on is printed as one
    readable line (:mod:`.live`), interleaved with the supervisor's own messages.
    """

    # This process only ever talks to the emulator: make sure no real credentials are used.
    use_stack_credentials()
    # SIGTERM and SIGHUP interrupt whatever runs, as Ctrl-C does: starting a component can
    # take a minute, and a stop request must not wait for it.
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _interrupt)
    # Positioned before anything starts: a resumed job's first events are not missed, and an
    # earlier run's lines in the same logs are not repeated.
    follower = LogFollower(supervisor.logs_dir, COMPONENTS).start_at_end()
    printer = LivePrinter(write=_say, colour=_wants_colour())
    try:
        info = start_stack(supervisor, options, report=_report)
        info.write(stack_path)
        _print_summary(options, supervisor.pids(), stack_path, supervisor.logs_dir)
        watch = DlqWatch(
            client("sqs", Settings(aws_endpoint_url=info.aws_endpoint, region=info.region)),
            info.dlq_url,
            hint=command("dlq", "list", stack=stack_path),
        )
        while True:
            supervisor.check()
            if not quiet:
                for component, event in follower.poll():
                    printer.show(component, event)
            arrived = watch.poll()
            if arrived:
                _report(arrived)
            time.sleep(0.2)  # the supervision tick; signals interrupt it at once
    except (DocpipeError, BotoCoreError, ClientError) as exc:  # ComponentFailed is one
        print(f"docpipe up: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    finally:
        # Stopping is bounded (grace period, then SIGKILL): further signals must not cut it
        # short and leave half the stack running.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        print("docpipe up: stopping...", flush=True)
        stack_path.unlink(missing_ok=True)
        restarted = supervisor.restarts("aws")
        codes = supervisor.stop_all()
        saved = codes.get("aws") == 0 and not restarted
        end_run(options.state_dir, owned, aws_saved=saved)
        if owned.aws and not saved:
            print(
                "docpipe up: the AWS emulator's state was not saved"
                + (" (it restarted during the run)" if restarted else "")
                + "; the next docpipe up starts empty",
                flush=True,
            )
        print("docpipe up: stopped", flush=True)
    return 0


def _classes_problem() -> str | None:
    """A ``DOCPIPE_CLASSES`` file that will not load. The worker and the API read it at
    start-up too; a mistake (named with its line) is better said once here than as components
    failing to start. A relative path is made absolute for them (they may run elsewhere)."""
    classes = os.environ.get("DOCPIPE_CLASSES", "").strip()
    if classes and not classes.startswith("s3://"):
        try:
            load_classes(classes)
        except ConfigError as exc:
            return str(exc)
        os.environ["DOCPIPE_CLASSES"] = str(Path(classes).resolve())
    return None


def _check_options(options: StackOptions) -> str | None:

    if "aws" in options.without and not options.aws_endpoint:
        return "--without aws needs --aws-endpoint URL"
    if "resonate" in options.without and not options.resonate_url:
        return "--without resonate needs --resonate-url URL"
    problem = _configuration_problem(options)
    if problem:
        return problem
    mapping = MappingConfig(
        queue_url="",
        batch_size=options.batch_size,
        maximum_batching_window_seconds=options.batching_window_seconds,
        function_timeout_seconds=options.function_timeout_seconds,
        maximum_concurrency=options.max_concurrency,
    )
    problems = mapping.problems(options.visibility_timeout_seconds)
    if problems and "poller" not in options.without:
        return "; ".join(problems)
    ports = {
        "aws": ("--aws-port", options.aws_port),
        "resonate": ("--resonate-port", options.resonate_port),
        "api": ("--api-port", options.api_port),
    }
    if options.durable == "postgres":
        del ports["resonate"]  # Postgres listens on a Unix socket in the state dir's name
    for component, (flag, port) in ports.items():
        if component not in options.without and not _port_free(options.host, port):
            return f"port {port} on {options.host} is in use; choose another with {flag}"
    return None


def _configuration_problem(options: StackOptions) -> str | None:
    """Why resonate-pg's schema or the tenants file cannot be used, checked before anything
    starts."""
    try:
        if options.durable == "postgres" and "resonate" not in options.without:
            # Fetched (or found) now so a missing file exits 2 before anything starts; the
            # component finds it in the cache. Warnings are printed once, by the component.
            resonate_sql.obtain(
                options.resonate_sql, cache_dir=options.cache_dir, warn=lambda _message: None
            )
        if options.tenants is not None:
            load_tenancy(Settings(tenants_file=str(options.tenants)))
    except ConfigError as exc:
        return str(exc)
    return None


def _port_free(host: str, port: int) -> bool:
    """Whether a server could listen on ``host:port`` now. SO_REUSEADDR as the servers set
    it: a port whose last connections linger in TIME_WAIT is free, a listening one is not."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _report(message: str) -> None:
    print(f"docpipe up: {message}", flush=True)


def _say(line: str) -> None:
    print(line, flush=True)


def _wants_colour() -> bool:
    """Colour on a terminal, unless ``NO_COLOR`` is set (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _print_summary(
    options: StackOptions, pids: dict[str, int], stack_path: Path, logs_dir: Path
) -> None:

    print("docpipe local stack is up", flush=False)
    for name in COMPONENTS:
        where = describe(name, options)
        if name in options.without:
            print(f"  {name:<9} {where}  (not started: --without {name})")
        else:
            print(f"  {name:<9} {where}  pid {pids[name]}  log {logs_dir / (name + '.log')}")
    print(f"  stack     {stack_path}")
    submit = command("submit", "FILE", stack=stack_path)
    status = command("status", "JOB_ID", "--wait", stack=stack_path)
    print(f"Next: {submit}  |  {status}  |  Ctrl-C stops it all")
    sys.stdout.flush()
