"""Serving an HTTP server in the foreground until SIGTERM or Ctrl-C, then closing it."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from socketserver import BaseServer

#: How often ``serve_forever`` looks for a shutdown request, in seconds.
POLL_INTERVAL_SECONDS = 0.2


def serve_until_stopped(server: BaseServer, *, ready: Callable[[], None] | None = None) -> None:
    """Serve ``server`` on this thread until SIGTERM (a supervisor's stop) or SIGINT, then
    close its socket. ``ready`` runs once the signal handler is in place."""

    def on_sigterm(signum: int, frame: object) -> None:
        # shutdown() waits for serve_forever to return, so it cannot run on this thread.
        threading.Thread(target=server.shutdown).start()

    signal.signal(signal.SIGTERM, on_sigterm)
    if ready is not None:
        ready()
    try:
        server.serve_forever(poll_interval=POLL_INTERVAL_SECONDS)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


__all__ = ["serve_until_stopped"]
