"""``docpipe worker``: the pipeline worker alone, configured from the environment or a stack.

With ``--stack DIR/stack.json`` it configures itself completely from that file — endpoints,
names and the local stack's fake credentials — so a hand-run worker behaves exactly like the
one ``docpipe up`` starts.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from docpipe.settings import Settings
from docpipe_cli.stack.stackfile import FAKE_CREDENTIALS, StackInfo


def settings_from_stack(path: Path, base: Settings | None = None) -> Settings:
    """Settings pointing at a running local stack, from its ``stack.json``."""
    stack = StackInfo.load(path)
    return replace(
        base or Settings(),
        aws_endpoint_url=stack.aws_endpoint,
        region=stack.region,
        inbox_bucket=stack.inbox_bucket,
        results_bucket=stack.results_bucket,
        queue_url=stack.queue_url,
        table=stack.table,
        topic_arn=stack.topic_arn,
        resonate_url=stack.resonate_url,
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stack",
        type=Path,
        metavar="PATH",
        help="read endpoints and names from a local stack's stack.json (default: environment)",
    )
    parser.add_argument(
        "--log-level", default="INFO", help="level of the stderr log (default: INFO)"
    )


def run(args: Any) -> int:
    from workflow.worker import run_worker  # noqa: PLC0415 (OCR, boto3: only when run)

    logging.basicConfig(
        stream=sys.stderr,
        level=str(args.log_level).upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    settings = Settings.from_env()
    if args.stack is not None:
        settings = settings_from_stack(args.stack, settings)
        # The emulator's callers always get the stack's fake credentials, never the user's.
        os.environ.update(FAKE_CREDENTIALS)
    run_worker(settings)
    return 0
