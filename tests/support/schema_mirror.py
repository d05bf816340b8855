"""A local mirror of resonate-pg's pinned ``resonate.sql``, as a fresh clone would reach one.

The machine that runs the suite may have no route to GitHub; the file comes from wherever
``docpipe_cli.resonate_sql.obtain`` finds it for this session (``$RESONATE_PG_SQL``, the user's
cache, or a mirror), and this serves those bytes on loopback so the code paths that download
(``docpipe up --durable postgres`` with an empty cache, ``docpipe db init``) run for real.
"""

from __future__ import annotations

import functools
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from docpipe.errors import ConfigError
from docpipe_cli import resonate_sql


@functools.cache
def pinned_bytes() -> bytes:
    """The pinned file's bytes, or a skip saying what to download and where to put it."""
    try:
        schema = resonate_sql.obtain(warn=lambda _message: None)
    except ConfigError as exc:
        pytest.skip(str(exc))
    if not schema.pinned:
        pytest.skip(f"{schema.source} is not the pinned resonate.sql (sha256 {schema.sha256})")
    return schema.path.read_bytes()


class FileServer:
    """Serves ``body`` at ``/resonate.sql`` on 127.0.0.1 and counts the requests."""

    def __init__(self, body: bytes) -> None:
        served = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                served.requests += 1
                found = self.path == "/resonate.sql"
                self.send_response(200 if found else 404)
                self.send_header("Content-Length", str(len(body) if found else 0))
                self.end_headers()
                if found:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: the tests assert on what was served, not on a log."""

        self.requests = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/resonate.sql"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@functools.cache
def mirror_url() -> str:
    """The URL of a mirror serving the pinned file for the rest of this session."""
    return FileServer(pinned_bytes()).url
