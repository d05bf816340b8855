"""A fault-injecting reverse proxy in front of an AWS endpoint (the chaos benchmark's).

``python -m testbed.faultproxy --upstream http://127.0.0.1:4566 --port N`` forwards every
request to the upstream emulator unchanged, except that, while faults are on, a share of the
S3, SQS, DynamoDB and SNS calls is answered by the proxy itself with the error the real
service sends when it is unwell -- 500/503 (``InternalError``, ``ServiceUnavailable``,
``SlowDown``...) or throttling (``ThrottlingException``, ``Throttling``,
``RequestThrottled``...) -- in that service's wire format, so botocore parses and retries it
as it would in AWS; and a share of calls is delayed. A refused call never reaches the
upstream, so an error always means "nothing happened" (as with a throttle or a 503).

The service is read from the SigV4 credential scope of the request's ``Authorization``
header. Faults are switched at run time through ``/_chaos/`` (bucket names cannot start with
``_``, so no S3 path collides): ``POST /_chaos/faults`` with ``{"rate": 0.2, "latencyRate":
0.3, "maxLatencyMs": 300}``, ``GET /_chaos/stats``. Every injected fault is counted per
service and kind; the counts are also logged as a ``faultproxy.stats`` event on exit.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import signal
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

from docpipe import events

#: Services that get faults; anything else (moto's own API, unsigned calls) passes through.
FAULTY_SERVICES = ("s3", "sqs", "dynamodb", "sns")
#: Hop-by-hop headers a proxy must not forward (RFC 9110 7.6.1), plus ones aiohttp sets.
_HOP_HEADERS = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "content-length",
        "host",
    }
)
_SCOPE = re.compile(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request")
#: Per service, the errors it answers with: (HTTP status, error code).
ERRORS: dict[str, tuple[tuple[int, str], ...]] = {
    "s3": ((500, "InternalError"), (503, "ServiceUnavailable"), (503, "SlowDown")),
    "dynamodb": (
        (500, "InternalServerError"),
        (503, "ServiceUnavailable"),
        (400, "ThrottlingException"),
        (400, "ProvisionedThroughputExceededException"),
    ),
    "sqs": ((500, "InternalError"), (503, "ServiceUnavailable"), (400, "RequestThrottled")),
    "sns": ((500, "InternalError"), (503, "ServiceUnavailable"), (400, "Throttling")),
}
#: The JSON-protocol ``__type`` namespace of each service that speaks JSON.
_JSON_NAMESPACES = {"dynamodb": "com.amazonaws.dynamodb.v20120810", "sqs": "com.amazonaws.sqs"}


@dataclass
class FaultPlan:
    """What the proxy does to each faulty-service call right now."""

    #: Share of calls answered with an error instead of being forwarded.
    rate: float = 0.0
    #: Share of calls delayed before being forwarded.
    latency_rate: float = 0.0
    max_latency_ms: int = 0

    def update(self, body: dict[str, Any]) -> None:
        self.rate = float(body.get("rate", self.rate))
        self.latency_rate = float(body.get("latencyRate", self.latency_rate))
        self.max_latency_ms = int(body.get("maxLatencyMs", self.max_latency_ms))


@dataclass
class Stats:
    forwarded: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    delayed: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "forwarded": dict(self.forwarded),
            "errors": dict(self.errors),
            "delayed": dict(self.delayed),
        }


def service_of(headers: Any) -> str | None:
    """The AWS service a signed request is for (from its SigV4 credential scope)."""
    match = _SCOPE.search(headers.get("Authorization", ""))
    return match.group(1) if match else None


def error_response(service: str, status: int, code: str, *, json_protocol: bool) -> web.Response:
    """``code`` as ``service`` would send it, so botocore reads the same error code."""
    message = f"injected by docpipe faultproxy ({code})"
    request_id = str(uuid.uuid4())
    headers = {"x-amzn-RequestId": request_id, "x-amz-request-id": request_id}
    if json_protocol:
        body = json.dumps({"__type": f"{_JSON_NAMESPACES[service]}#{code}", "message": message})
        return web.Response(
            status=status, text=body, content_type="application/x-amz-json-1.0", headers=headers
        )
    if service == "s3":
        xml = (
            f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code>"
            f"<Message>{message}</Message><RequestId>{request_id}</RequestId></Error>"
        )
    else:
        kind = "Receiver" if status >= 500 else "Sender"
        xml = (
            f"<ErrorResponse><Error><Type>{kind}</Type><Code>{code}</Code>"
            f"<Message>{message}</Message></Error><RequestId>{request_id}</RequestId>"
            "</ErrorResponse>"
        )
    return web.Response(status=status, text=xml, content_type="text/xml", headers=headers)


class FaultProxy:
    """The aiohttp application: control routes under ``/_chaos/``, everything else proxied."""

    def __init__(self, upstream: str, plan: FaultPlan, *, seed: int | None = None) -> None:
        self.upstream = upstream.rstrip("/")
        self.plan = plan
        self.stats = Stats()
        self._random = random.Random(seed)  # noqa: S311 -- fault injection, not security
        self._session: ClientSession | None = None

    def app(self) -> web.Application:
        app = web.Application(client_max_size=1024**3)
        app.router.add_post("/_chaos/faults", self._set_faults)
        app.router.add_get("/_chaos/stats", self._get_stats)
        app.router.add_route("*", "/{tail:.*}", self._proxy)
        app.on_startup.append(self._open)
        app.on_cleanup.append(self._close)
        return app

    async def _open(self, _: web.Application) -> None:
        # Long-polling SQS receives wait up to 20 s upstream: no proxy-side read timeout.
        self._session = ClientSession(timeout=ClientTimeout(total=None), auto_decompress=False)

    async def _close(self, _: web.Application) -> None:
        if self._session is not None:
            await self._session.close()

    async def _set_faults(self, request: web.Request) -> web.Response:
        self.plan.update(await request.json())
        return web.json_response(vars(self.plan))

    async def _get_stats(self, _: web.Request) -> web.Response:
        return web.json_response(self.stats.to_dict())

    async def _proxy(self, request: web.Request) -> web.StreamResponse:
        service = service_of(request.headers)
        body = await request.read()
        if service in FAULTY_SERVICES:
            assert service is not None
            if self._random.random() < self.plan.latency_rate and self.plan.max_latency_ms:
                self.stats.delayed[service] += 1
                await asyncio.sleep(self._random.uniform(0, self.plan.max_latency_ms) / 1000)
            if self._random.random() < self.plan.rate:
                status, code = self._random.choice(ERRORS[service])
                self.stats.errors[f"{service}:{code}"] += 1
                json_protocol = "X-Amz-Target" in request.headers
                return error_response(service, status, code, json_protocol=json_protocol)
            self.stats.forwarded[service] += 1
        return await self._forward(request, body)

    async def _forward(self, request: web.Request, body: bytes) -> web.Response:
        assert self._session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_HEADERS}
        # SigV4 signs the Host header: the upstream must see the one the client signed.
        headers["Host"] = request.headers.get("Host", "")
        async with self._session.request(
            request.method,
            self.upstream + request.rel_url.raw_path_qs,
            headers=headers,
            data=body,
            allow_redirects=False,
        ) as upstream:
            payload = await upstream.read()
            out = {k: v for k, v in upstream.headers.items() if k.lower() not in _HOP_HEADERS}
            return web.Response(status=upstream.status, body=payload, headers=out)


async def serve(args: argparse.Namespace) -> None:
    plan = FaultPlan(args.rate, args.latency_rate, args.max_latency_ms)
    proxy = FaultProxy(args.upstream, plan, seed=args.seed)
    runner = web.AppRunner(proxy.app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, args.host, args.port, reuse_address=True)
    await site.start()
    events.write_event({"event": events.FAULTPROXY_READY, "url": f"http://{args.host}:{args.port}"})
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        events.write_event({"event": events.FAULTPROXY_STATS, **proxy.stats.to_dict()})
        await runner.cleanup()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m testbed.faultproxy",
        description="Forward to an AWS endpoint, failing and delaying a share of the calls.",
    )
    parser.add_argument("--upstream", required=True, help="the AWS endpoint, e.g. moto server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--rate", type=float, default=0.0, help="share of calls failed")
    parser.add_argument("--latency-rate", type=float, default=0.0, help="share of calls delayed")
    parser.add_argument("--max-latency-ms", type=int, default=0)
    parser.add_argument("--seed", type=int, help="make the fault sequence repeatable")
    args = parser.parse_args(argv)
    events.configure_logging("docpipe-faultproxy")
    asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
