"""The local stack's AWS emulator: moto's server, whose state outlives the process.

moto keeps every bucket, queue, table and topic in memory. This module serves moto's own
WSGI application (what ``python -m moto.server`` serves) and, given ``--state DIR``:

* before serving, restores the backends of the services the stack uses (:data:`SERVICES`)
  from ``DIR/state.pickle`` if it is there, then removes the file: a copy on disk is only
  ever one written by a clean stop, never one a later crash made stale;
* on SIGTERM or SIGINT, stops serving and writes the backends back, atomically (a new file
  fsynced, then renamed over the old), with ``DIR/state.json`` saying which moto wrote it.

The snapshot is moto's own objects, pickled: S3 objects with their versions and the bucket
notification, SQS queues with their messages (in flight ones stay invisible until their
visibility timeout passes, as in SQS), the DynamoDB table and its items, SNS topics and
subscriptions. A pickle is only read back by the same moto version
(:func:`compatible`); ``docpipe up`` decides what happens otherwise
(:mod:`docpipe_cli.stack.consistency`).

``--latency-ms N`` holds every AWS call N ms before moto answers it (each call in its own
serving thread, so concurrent calls wait side by side, as they would on a network): how the
benchmarks make the I/O-bound steps behave as against a remote region (``bench/workers.py``).

Every AWS call is counted, with the CPU it cost, by service and operation
(:mod:`docpipe_cli.stack.aws_calls`): ``GET /docpipe-emulator/calls`` answers the counts.
moto and waitress load slowly and only the emulator's process needs them: they are imported
there, not by the stack's other processes that read this module's constants.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import IO, Any

from docpipe_cli.stack.aws_calls import STATS_PATH, CallStats, WsgiApp, counting

#: The moto services the local stack provisions, whose state is kept.
SERVICES = ("s3", "sqs", "dynamodb", "sns")
#: The snapshot of the backends, and what wrote it.
SNAPSHOT_FILE = "state.pickle"
META_FILE = "state.json"
#: Bumped when the snapshot's layout changes.
SNAPSHOT_FORMAT = 1
#: ``moto.server``'s readiness probe path answers once the application serves.
READY_PATH = "/moto-api/"

#: Threads serving requests: every SQS long poll in progress, and every call the simulated
#: latency (``--latency-ms``) is holding back, holds one.
_SERVER_THREADS = 64
#: Seconds a keep-alive connection may sit idle (longer than any long poll).
_IDLE_SECONDS = 120
#: Open connections the emulator serves at once (the stack's and every worker's pools).
_CONNECTION_LIMIT = 2000

_LOCK_TYPES = (type(threading.Lock()), type(threading.RLock()))


def moto_version() -> str:
    return metadata.version("moto")


class _Pickler(pickle.Pickler):
    """moto's models hold locks (an S3 key's, a queue's condition); a lock is state of the
    running process, not of the data, so it is written as "a new lock"."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, _LOCK_TYPES[1]):
            return threading.RLock, ()
        if isinstance(obj, _LOCK_TYPES[0]):
            return threading.Lock, ()
        return NotImplemented


def _backends() -> dict[str, Any]:
    from moto.backends import get_backend  # noqa: PLC0415 -- moto loads slowly; only here

    return {name: get_backend(name) for name in SERVICES}  # type: ignore[call-overload]


def save(state_dir: Path) -> Path:
    """Write every service's backends to ``state_dir`` atomically; return the snapshot."""
    state_dir.mkdir(parents=True, exist_ok=True)
    target = state_dir / SNAPSHOT_FILE
    partial = target.with_name(SNAPSHOT_FILE + ".partial")
    # Each service's registry: its accounts' backends, and its own attributes (S3 keeps which
    # account owns each bucket name there; without it a bucket would be created anew, empty).
    backends = {name: (dict(reg), vars(reg)) for name, reg in _backends().items()}
    with partial.open("wb") as handle:
        _Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump(backends)
        _sync(handle)
    meta = {"format": SNAPSHOT_FORMAT, "moto": moto_version(), "services": list(SERVICES)}
    (state_dir / META_FILE).write_text(json.dumps(meta) + "\n", encoding="utf-8")
    os.replace(partial, target)
    return target


def _sync(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def compatible(state_dir: Path) -> bool:
    """Whether the snapshot in ``state_dir`` was written by this moto in this format."""
    try:
        meta = json.loads((state_dir / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(meta, dict)
        and meta.get("format") == SNAPSHOT_FORMAT
        and meta.get("moto") == moto_version()
        and (state_dir / SNAPSHOT_FILE).is_file()
    )


def restore(state_dir: Path) -> bool:
    """Load the snapshot into this process's backends and remove it; False if none."""
    snapshot = state_dir / SNAPSHOT_FILE
    if not snapshot.is_file():
        return False
    with snapshot.open("rb") as handle:
        # Our own file, written by save() in the user's state directory.
        saved: dict[str, tuple[dict[str, Any], dict[str, Any]]] = pickle.load(handle)  # noqa: S301
    for name, registry in _backends().items():
        accounts, attributes = saved.get(name, ({}, {}))
        registry.clear()
        registry.update(accounts)
        vars(registry).update(attributes)
    snapshot.unlink()
    return True


def with_latency(
    app: WsgiApp, seconds: float, sleep: Callable[[float], None] = time.sleep
) -> WsgiApp:
    """``app`` answering each AWS call ``seconds`` later (moto's own API is not delayed, so
    readiness probes and resets stay immediate)."""

    def delayed(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = str(environ.get("PATH_INFO", ""))
        if not path.startswith("/moto-api") and path != STATS_PATH:
            sleep(seconds)  # the simulated network and service time, not a wait for state
        return app(environ, start_response)

    return delayed


def memoizing_dispatcher(create_app: Callable[[Any], Any]) -> WsgiApp:
    """moto's dispatcher (it picks the service's application from the request's host and
    signature) remembering which backend each host name maps to.

    moto resolves a host anew on every call, under a lock every serving thread shares: it
    lists moto's package directory (``isdir`` on ~150 entries) and tries the URL pattern of
    every service it emulates. That was a tenth of the emulator's CPU on a backlog, and it
    serialised the calls. The answer for a host name never changes, so it is kept.
    """
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication  # noqa: PLC0415

    class MemoizingDispatcher(DomainDispatcherApplication):
        def __init__(self) -> None:
            super().__init__(create_app)
            self.backend_of: dict[str | None, Any] = {}

        def get_backend_for_host(self, host: str | None) -> Any:
            # Called with moto's lock held: the dictionary needs no lock of its own.
            if host not in self.backend_of:
                self.backend_of[host] = super().get_backend_for_host(host)
            return self.backend_of[host]

    return MemoizingDispatcher()


def serialise_sqs_queues() -> None:
    """Make moto's SQS queues safe across the emulator's serving threads.

    moto takes a queue's lock to add a message but not to delete one: ``DeleteMessage``
    rebuilds the queue's list of messages, and a message added meanwhile (an S3 notification
    from a concurrent upload) is lost with the old list. Nor is a receive atomic: two
    ``ReceiveMessage`` calls can take the same message. A backlog of 1,000 uploads lost 6 jobs
    that way. Both now run under the queue's own lock; a long poll's wait (a ``Condition`` on
    that lock) releases it, so sends still reach a queue someone is polling.
    """
    from moto.sqs.models import Queue, SQSBackend  # noqa: PLC0415 -- moto loads slowly

    delete, receive = Queue.delete_message, SQSBackend.receive_message
    if getattr(delete, "serialised", False):
        return

    def locked_delete(self: Queue, receipt_handle: str) -> None:
        with self._messages_lock:
            delete(self, receipt_handle)

    def locked_receive(self: SQSBackend, queue_name: str, *args: Any, **kwargs: Any) -> Any:
        with self.get_queue(queue_name)._messages_lock:
            return receive(self, queue_name, *args, **kwargs)

    locked_delete.serialised = True  # type: ignore[attr-defined]
    Queue.delete_message = locked_delete  # type: ignore[method-assign]
    SQSBackend.receive_message = locked_receive  # type: ignore[method-assign]


def http_server(app: WsgiApp, host: str, port: int) -> Any:
    """moto's WSGI application behind waitress instead of werkzeug's development server
    (what ``moto_server`` uses). werkzeug closes the connection after every response, so each
    AWS call paid a new TCP connection and a new server thread; waitress keeps botocore's
    pooled connections alive and serves them from a fixed pool of threads, enough for the SQS
    long polls that hold one each. A 100-document backlog ran 1.4x faster (bench/backlog.py).
    One difference: waitress drops request headers spelled with ``_`` (S3 metadata keys with
    an underscore); docpipe writes none."""
    from waitress import create_server  # noqa: PLC0415 - only the emulator process needs it

    return create_server(
        app,
        host=host,
        port=port,
        threads=_SERVER_THREADS,
        # Long polls hold a request open for up to 20 s; a connection idle longer is closed.
        channel_timeout=_IDLE_SECONDS,
        # Every client keeps its connections open (a worker: one per step thread and
        # service). Past waitress's default of 100 it stopped accepting, and a new connection
        # waited for an idle one to time out: two workers stalled for two minutes at a time.
        connection_limit=_CONNECTION_LIMIT,
        asyncore_use_poll=True,  # select() cannot watch descriptors past 1024
        ident="docpipe-aws-emulator",
        clear_untrusted_proxy_headers=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docpipe_cli.stack.aws_emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4566)
    parser.add_argument("--state", type=Path, help="keep the state in this directory")
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="answer every AWS call this much later (a remote region's round trip; default 0)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("MOTO_PORT", str(args.port))

    from moto.moto_server.werkzeug_app import create_backend_app  # noqa: PLC0415

    if args.state is not None and restore(args.state):
        print(f"aws emulator: restored {', '.join(SERVICES)} from {args.state}", flush=True)
    serialise_sqs_queues()
    app: WsgiApp = counting(memoizing_dispatcher(create_backend_app), CallStats())
    if args.latency_ms > 0:
        app = with_latency(app, args.latency_ms / 1000)
    server = http_server(app, args.host, args.port)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    serving = threading.Thread(target=server.run, name="moto", daemon=True)
    serving.start()
    print(f"aws emulator: serving on http://{args.host}:{args.port}", flush=True)
    stop.wait()
    server.close()
    if args.state is not None:
        saved = save(args.state)
        print(f"aws emulator: state saved to {saved}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
