"""Commands printed as hints, written so the user can paste them as they are.

A hint such as ``docpipe status JOB --wait`` only works when ``docpipe`` on the PATH is this
program (an activated virtualenv) and the stack is the default one. :func:`command` writes
the program the way it was run here (``.venv/bin/docpipe`` when that is how), and adds
``--stack PATH`` when the stack is not the one the commands find by themselves.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from docpipe_cli.stack.stackfile import default_stack_path


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it lies beneath it."""
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def program(argv0: str | None = None) -> str:
    """How to run docpipe again from here: ``docpipe`` when that is this program on the PATH,
    else the path it was run by (or ``python -m docpipe_cli.cli``)."""
    script = Path(sys.argv[0] if argv0 is None else argv0)
    if script.name != "docpipe":
        return f"{shlex.quote(_shown(Path(sys.executable)))} -m docpipe_cli.cli"
    found = shutil.which("docpipe")
    if found and Path(found).resolve() == script.resolve():
        return "docpipe"
    shown = _shown(script)
    return shlex.quote(shown if os.sep in shown else f".{os.sep}{shown}")


def stack_args(stack: Path | None, env: Mapping[str, str] | None = None) -> list[str]:
    """``["--stack", PATH]`` unless ``stack`` is the one the commands find without it."""
    if stack is None:
        return []
    if stack.resolve() == default_stack_path(env).resolve():
        return []
    return ["--stack", _shown(stack)]


def command(*args: str, stack: Path | None = None, argv0: str | None = None) -> str:
    """A docpipe command line to print: ``command("status", job, "--wait", stack=path)``."""
    words = [*args, *stack_args(stack)]
    return " ".join([program(argv0), *(shlex.quote(word) for word in words)])
