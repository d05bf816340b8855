"""The durable RPC: one ``promise.create`` per job, the same request ``Resonate.rpc`` sends."""

from __future__ import annotations

import asyncio
import itertools
import json
import tempfile
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from consumer_support import RecordingNetwork
from resonate.error import ServerError
from resonate.resonate import Resonate
from resonate.timing import now_ms

from consumer.dispatch import JobIdInUse, ResonateDispatcher, root_tags
from devserver import DevServer
from devserver.protocol import PROTOCOL_VERSION
from docpipe.jobs import WORKFLOW_NAME, DocumentRef, Job

WORKERS = "docpipe-workers"
JOB_TIMEOUT_SECONDS = 3600
#: A moment fixed for the whole module, close enough to now that no deadline has passed.
FIXED_NOW = now_ms()


def job(job_id: str = "job-1", key: str = "in/a b+c.pdf") -> Job:
    return Job(
        job_id=job_id,
        document=DocumentRef(bucket="docpipe-inbox", key=key, version_id="v1"),
        source="s3",
        requester_id="team-a",
        submitted_at=1_767_261_599_000,
    )


def send_only(network: Any, clock: Callable[[], int] = now_ms) -> Resonate:
    """A client shaped like the consumer's: no sources, no refresh loop, not yet started."""
    return Resonate(
        network=network,
        sources=[],
        group="docpipe-consumer",
        subscription_refresh_secs=0,
        autostart=False,
        clock=clock,
        env={},
    )


def dispatcher_for(resonate: Resonate, clock: Callable[[], int] = now_ms) -> ResonateDispatcher:
    return ResonateDispatcher(
        resonate, worker_group=WORKERS, job_timeout_seconds=JOB_TIMEOUT_SECONDS, clock=clock
    )


def run_with(
    network: Any, body: Callable[[Resonate], Awaitable[Any]], clock: Callable[[], int] = now_ms
) -> Any:
    """Start a send-only client on ``network`` in a fresh loop, run ``body``, stop the client."""

    async def main() -> Any:
        resonate = send_only(network, clock).start()
        try:
            return await body(resonate)
        finally:
            await resonate.stop()

    return asyncio.run(main())


class TestResonateDispatcher:
    def test_one_request_per_job(self) -> None:
        """Each dispatch is exactly one promise.create, and nothing else reaches the server."""
        network = RecordingNetwork()

        async def body(resonate: Resonate) -> None:
            dispatcher = dispatcher_for(resonate)
            for index in range(3):
                await dispatcher.dispatch(job(f"job-{index}"))

        run_with(network, body)
        assert network.kinds == ["promise.create"] * 3
        assert sorted(network.inner.state.promises) == [
            "docpipe-job-job-0",
            "docpipe-job-job-1",
            "docpipe-job-job-2",
        ]

    def test_promise_names_the_workflow_and_its_job(self) -> None:
        """The stored promise calls process_document(job) and targets the worker group."""
        network = RecordingNetwork()
        the_job = job()

        async def body(resonate: Resonate) -> Any:
            confirmed = await dispatcher_for(resonate, clock=lambda: FIXED_NOW).dispatch(the_job)
            assert (confirmed.promise_id, confirmed.state) == ("docpipe-job-job-1", "pending")
            assert not confirmed.existing
            return await resonate.promises.get(confirmed.promise_id)

        record = run_with(network, body)
        assert record.param.data == {
            "func": WORKFLOW_NAME,
            "args": [the_job.to_dict()],
            "kwargs": {},
            "version": 1,
        }
        assert Job.from_dict(record.param.data["args"][0]) == the_job
        assert record.tags == root_tags("docpipe-job-job-1", f"poll://any@{WORKERS}")
        assert record.timeout_at == FIXED_NOW + JOB_TIMEOUT_SECONDS * 1000
        # The server turned the promise into a task for the worker group.
        assert "docpipe-job-job-1" in network.inner.state.tasks

    def test_redelivery_collapses_onto_one_promise(self) -> None:
        """Dispatching the same job twice succeeds twice and leaves one promise."""
        network = RecordingNetwork()

        # Redeliveries come seconds apart; a clock that advances says so.
        ticks = itertools.count(FIXED_NOW, 5000)

        async def body(resonate: Resonate) -> Any:
            dispatcher = dispatcher_for(resonate, clock=lambda: next(ticks))
            first = await dispatcher.dispatch(job())
            second = await dispatcher.dispatch(job())
            return first, second

        first, second = run_with(network, body)
        assert (first.existing, second.existing) == (False, True)
        assert first.promise_id == second.promise_id
        assert list(network.inner.state.promises) == ["docpipe-job-job-1"]
        assert network.kinds == ["promise.create", "promise.create"]

    def test_wire_equivalent_to_rpc(self) -> None:
        """Our request equals the promise.create ``Resonate.rpc`` sends, bar the corrId."""
        ours, theirs = RecordingNetwork(), RecordingNetwork()
        the_job = job()
        clock = lambda: FIXED_NOW  # noqa: E731 -- one clock for both, so deadlines match

        async def dispatch(resonate: Resonate) -> None:
            await dispatcher_for(resonate, clock=clock).dispatch(the_job)

        async def rpc(resonate: Resonate) -> None:
            handle = resonate.options(
                target=WORKERS, timeout=timedelta(seconds=JOB_TIMEOUT_SECONDS)
            ).rpc(the_job.promise_id, WORKFLOW_NAME, the_job.to_dict())
            await handle.id()
            # Let rpc's background observation run, so its extra request is on record too.
            for _ in range(20):
                await asyncio.sleep(0)

        run_with(ours, dispatch, clock)
        run_with(theirs, rpc, clock)

        assert len(ours.requests) == 1
        (our_request, our_headers) = ours.requests[0]
        (rpc_request, rpc_headers) = theirs.requests[0]
        # Byte for byte, once each side's random corrId is replaced by the same token.
        ours_raw = ours.raw[0].replace(our_request["head"]["corrId"], "CORR")
        rpc_raw = theirs.raw[0].replace(rpc_request["head"]["corrId"], "CORR")
        assert ours_raw == rpc_raw
        assert our_headers == rpc_headers
        # The reason the consumer does not call rpc: it follows up with a read.
        assert theirs.kinds == ["promise.create", "promise.get"]


class StatusNetwork:
    """A network answering every request with one fixed status, as a server might."""

    def __init__(self, status: int) -> None:
        self.status = status

    async def start(self) -> None:
        return

    async def stop(self) -> None:
        return

    async def send(self, req: str, headers: dict[str, str] | None = None) -> str:
        request = json.loads(req)
        return json.dumps(
            {
                "kind": request["kind"],
                "head": {"corrId": request["head"]["corrId"], "status": self.status},
                "data": {"error": f"status {self.status}"},
            }
        )


class TestServerAnswers:
    @pytest.mark.parametrize("status", [400, 403, 409, 500])
    def test_error_statuses_fail_the_dispatch(self, status: int) -> None:
        """Any error status is raised, so the record fails and is retried.

        409 included: the official server never answers it to ``promise.create`` (an
        existing id is 200 with the stored promise), so a 409 confirms nothing.
        """

        async def body(resonate: Resonate) -> Any:
            return await dispatcher_for(resonate).dispatch(job())

        with pytest.raises(ServerError) as caught:
            run_with(StatusNetwork(status), body)
        assert caught.value.code == status


def on_docpipe_server(body: Callable[[Resonate, str], Awaitable[Any]]) -> Any:
    """Run ``body`` with a send-only client of a real ``docpipe server`` (in-process, loopback).

    The answers are the official server's (docpipe server follows it; docs/conformance.md).
    """

    async def main() -> Any:
        with tempfile.TemporaryDirectory() as tmp:
            server = DevServer(Path(tmp) / "r.db", port=0)
            await server.start()
            resonate = Resonate(url=server.url, group="docpipe-consumer").start()
            try:
                return await body(resonate, server.url)
            finally:
                await resonate.stop()
                await server.stop()

    return asyncio.run(main())


async def settle(url: str, promise_id: str, state: str) -> None:
    """Settle a promise from outside, as the worker (or a timeout) would have."""
    envelope = {
        "kind": "promise.settle",
        "head": {"corrId": "settle", "version": PROTOCOL_VERSION},
        "data": {"id": promise_id, "state": state, "value": {}},
    }
    async with aiohttp.ClientSession() as session, session.post(url, json=envelope) as resp:
        assert resp.status == 200


class TestExistingPromiseOnTheOfficialProtocol:
    """Every answer the official server gives a create of an existing id, handled."""

    @pytest.mark.parametrize("state", ["pending", "resolved", "rejected", "rejected_canceled"])
    def test_redelivery_collapses_whatever_state_the_job_is_in(self, state: str) -> None:
        """A redelivery finds the job running or ended (200 + the stored promise): no new job."""

        async def body(resonate: Resonate, url: str) -> tuple[Any, Any]:
            first = await dispatcher_for(resonate).dispatch(job())
            if state != "pending":
                await settle(url, first.promise_id, state)
            return first, await dispatcher_for(resonate).dispatch(job())

        first, again = on_docpipe_server(body)
        assert (first.state, first.existing) == ("pending", False)
        assert (again.promise_id, again.state, again.existing) == (first.promise_id, state, True)

    def test_timed_out_job_is_reported_as_such(self) -> None:
        """A job whose promise timed out is found timed out, not started again."""
        ticks = iter([FIXED_NOW - 10_000_000, FIXED_NOW])

        async def body(resonate: Resonate, url: str) -> Any:
            dispatcher = ResonateDispatcher(
                resonate, worker_group=WORKERS, job_timeout_seconds=1, clock=lambda: next(ticks)
            )
            await dispatcher.dispatch(job())  # its deadline passed long ago
            return await dispatcher.dispatch(job())

        again = on_docpipe_server(body)
        assert (again.state, again.existing) == ("rejected_timedout", True)

    def test_a_job_id_reused_for_another_document_fails_the_record(self) -> None:
        """The same jobId naming a different document is refused, not silently collapsed."""

        async def body(resonate: Resonate, url: str) -> Any:
            await dispatcher_for(resonate).dispatch(job(key="first.pdf"))
            return await dispatcher_for(resonate).dispatch(job(key="second.pdf"))

        with pytest.raises(JobIdInUse, match="already taken by another job"):
            on_docpipe_server(body)
