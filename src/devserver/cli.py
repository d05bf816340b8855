"""``docpipe server``: the Resonate-protocol server alone, in the foreground."""

from __future__ import annotations

import argparse
import os
from collections.abc import Coroutine
from typing import Any

#: Where the database lives unless ``--db`` says otherwise (relative to the working dir).
DEFAULT_DB = ".docpipe/resonate.db"
DEFAULT_PORT = 8001


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default 8001)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--token",
        default=os.environ.get("RESONATE_TOKEN") or None,
        help="require this bearer token (default $RESONATE_TOKEN; none if unset)",
    )
    parser.add_argument(
        "--fsync",
        action="store_true",
        help="fsync every commit (survives power loss, not only a killed process); slower",
    )


def run(args: argparse.Namespace) -> int:
    """Serve until SIGTERM or SIGINT; exit 0 (1: the database is another server's)."""
    import asyncio  # noqa: PLC0415 - heavy imports stay out of ``docpipe --help``
    import signal  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from devserver.server import DevServer  # noqa: PLC0415
    from devserver.sqlite_store import StoreInUse  # noqa: PLC0415

    async def main() -> None:
        server = DevServer(args.db, args.host, args.port, args.token, durable=args.fsync)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await server.start()
        try:
            print(
                f"resonate devserver listening on {server.url} (db: {server.db_path})",
                flush=True,
            )
            await stop.wait()
        finally:
            await server.stop()

    try:
        run_loop(main())
    except StoreInUse as exc:
        print(f"docpipe server: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


def run_loop(main: Coroutine[Any, Any, None]) -> None:
    """Run ``main`` on uvloop where it is installed, else on asyncio's own loop.

    uvloop's event loop and TCP transports, in C, take about half the CPU per request of
    asyncio's (measured: ~35 us against ~65 us for a bare request/response); a sequential
    workflow is a chain of fifteen such round trips.
    """
    import asyncio  # noqa: PLC0415

    try:
        import uvloop  # noqa: PLC0415
    except ImportError:  # pragma: no cover - a platform without uvloop
        asyncio.run(main)
        return
    uvloop.run(main)
