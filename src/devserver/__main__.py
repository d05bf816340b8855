"""``python -m devserver``: the same as ``docpipe server``, without loading the other commands."""

from __future__ import annotations

import argparse
import sys

from devserver.cli import add_arguments, run


def main() -> int:
    parser = argparse.ArgumentParser(prog="devserver", description="Resonate-protocol server")
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
