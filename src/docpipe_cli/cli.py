"""The ``docpipe`` command: one entry point, a subcommand per job.

Each subcommand lives in the module that owns it, and only the module of the subcommand being
run is imported, so ``docpipe status`` does not pay for loading the OCR engine or boto3, and
those modules import what they use at the top like any other module.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

#: subcommand -> (module, one-line help). Each module defines ``add_arguments(parser)`` and
#: ``run(args) -> int``.
COMMANDS: dict[str, tuple[str, str]] = {
    "up": ("docpipe_cli.stack.up", "run the whole local stack in the foreground"),
    "server": ("devserver.cli", "run the Resonate-protocol server alone"),
    "worker": ("docpipe_cli.worker_cmd", "run the pipeline worker alone"),
    "submit": ("docpipe_cli.usercli", "upload a file to the inbox bucket and print its job id"),
    "send": ("docpipe_cli.usercli", "send a direct job message to the queue"),
    "status": ("docpipe_cli.usercli", "show a job's status (--wait to follow it)"),
    "review": ("docpipe_cli.review_cmd", "list, show, approve or reject jobs awaiting review"),
    "retry": ("docpipe_cli.retry_cmd", "a new attempt at a failed job (new job id, retryOf)"),
    "jobs": (
        "docpipe_cli.jobs_cmd",
        "list jobs, newest first (--status, --limit, a page at a time)",
    ),
    "dlq": ("docpipe_cli.dlq_cmd", "list the refused messages (and why), or redrive them"),
    "console": ("docpipe_cli.console_cmd", "serve the web console here, its API calls signed"),
    "db": ("docpipe_cli.db", "prepare a Postgres database as the durable engine (db init)"),
    "demo": ("docpipe_cli.demo", "start the stack, push the bundled samples through, stop"),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; the arguments of ``command`` (all commands when ``None``) are added."""
    parser = argparse.ArgumentParser(
        prog="docpipe", description="A durable document pipeline for AWS, on Resonate."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(module=module_name)
        if command is None or name == command:
            module = _import_command(name, module_name)
            add = getattr(module, f"add_{name}_arguments", None) or module.add_arguments
            add(sub)
    return parser


#: Subcommands whose module is another distribution of this repository, not docpipe's wheel
#: (the images ship without it): command -> what to install.
SEPARATE_DISTRIBUTIONS = {"server": "docpipe-devserver (pip install ./src/devserver)"}


def _import_command(name: str, module_name: str) -> ModuleType:
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        needs = SEPARATE_DISTRIBUTIONS.get(name)
        if needs is None or exc.name != module_name.partition(".")[0]:
            raise
        sys.exit(f"docpipe {name}: needs {needs}, which is not installed here")


def _requested_command(argv: Sequence[str]) -> str:
    """The subcommand named on the command line ("" when none is: argparse reports it)."""
    return next((arg for arg in argv if not arg.startswith("-")), "")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(_requested_command(arguments)).parse_args(arguments)
    module = _import_command(args.command, args.module)
    run = getattr(module, f"run_{args.command}", None) or module.run
    try:
        return int(run(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
