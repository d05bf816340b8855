"""``docpipe worker``: the pipeline worker alone, configured from the environment or a stack.

With ``--stack DIR/stack.json`` it configures itself completely from that file — endpoints,
names and the local stack's fake credentials — so a hand-run worker behaves exactly like the
one ``docpipe up`` starts.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from docpipe.events import configure_logging
from docpipe.settings import Settings
from docpipe_cli.stack.stackfile import StackInfo, use_stack_credentials
from workflow.worker import serve_until_stopped

#: The Powertools service name on every line the worker logs.
WORKER_SERVICE = "docpipe-worker"


def settings_from_stack(path: Path, base: Settings | None = None) -> Settings:
    """Settings pointing at a running local stack, from its ``stack.json``."""
    return StackInfo.load(path).settings(base)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stack",
        type=Path,
        metavar="PATH",
        help="read endpoints and names from a local stack's stack.json (default: environment)",
    )
    parser.add_argument(
        "--log-level",
        default="INFO",
        help="level of the log lines besides events (default: INFO; events are always written)",
    )


def run(args: Any) -> int:
    settings = Settings.from_env()
    if args.stack is not None:
        settings = settings_from_stack(args.stack, settings)
        use_stack_credentials()
    settings.require("resonate_url")
    # One convention for the whole log: Powertools JSON lines on stdout, events among them.
    configure_logging(WORKER_SERVICE, level=str(args.log_level).upper())
    serve_until_stopped(settings)
    return 0
