"""The worker's push channel from a Resonate server over HTTP, kept open for as long as it lives.

The SDK's ``SSEConnection`` holds one long-lived ``GET /poll/{group}/{pid}`` on a default
aiohttp session, and aiohttp's default timeout ends *every* request after 300 s in total. On a
stream that raises a bare ``TimeoutError``, which the SDK's reconnect loop does not catch (it
reconnects on ``aiohttp.ClientError`` and on a stream that ends): the listener task dies and the
worker, still heartbeating its leases, never hears of new work again. Seen as a long document
whose last page range finished five minutes into the stream and whose job then waited forever.

:class:`PersistentSSEConnection` is that connection with a session that has no total timeout
(connecting is still bounded). A stream ends when the server ends it or the socket fails, and
the SDK's loop then reconnects as designed. No read timeout either: the official server writes
nothing on an idle stream, so any bound would only cause needless reconnects.
"""

from __future__ import annotations

import aiohttp
from resonate.connections.sse import SSEConnection

#: Bound on establishing the stream's TCP connection (aiohttp's own default).
CONNECT_TIMEOUT_SECONDS = 30.0


class PersistentSSEConnection(SSEConnection):
    """``SSEConnection`` whose one GET may last as long as the server keeps it open."""

    def _ensure_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            if self._stopped:
                msg = "source has been stopped"
                raise RuntimeError(msg)
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=CONNECT_TIMEOUT_SECONDS)
            )
        return self._session
