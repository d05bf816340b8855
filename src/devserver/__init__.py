"""A Resonate-protocol server for one machine, on SQLite.

The unmodified ``resonate-sdk`` talks to it as it talks to ``resonate serve``: ``POST /``
with the protocol envelope, ``GET /poll/{group}/{pid}`` for Server-Sent Events.

Layers, each its own module: :mod:`~devserver.core` (the pure state machine, its request
kinds in :mod:`~devserver.transitions`, :mod:`~devserver.tasks`, :mod:`~devserver.schedules`),
:mod:`~devserver.sqlite_store` (its storage), :mod:`~devserver.engine` (one transaction per
request, with the outbox), :mod:`~devserver.delivery` (SSE subscribers and push),
:mod:`~devserver.http` over :mod:`~devserver.wire` (the HTTP/1.1 front end),
:mod:`~devserver.server` (lifecycle).
"""

from devserver.server import DevServer, serve

__all__ = ["DevServer", "serve"]
