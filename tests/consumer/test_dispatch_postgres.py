"""The consumer on resonate-pg: one request per job, nothing left listening in a warm process."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import psycopg

from consumer.dispatch import ResonateDispatcher
from consumer.handler import build_resonate
from docpipe.jobs import DocumentRef, Job
from docpipe.settings import Settings


class TestPostgresDispatch:
    def test_one_request_per_job_and_no_subscription(self, resonate_pg_dsn: str) -> None:
        """Three jobs and a redelivery cost four promise.create calls; the client keeps no
        subscription, starts no pump and holds no LISTEN session."""
        resonate = build_resonate(Settings(resonate_url=resonate_pg_dsn))
        connection = resonate._network
        sent: list[str] = []
        send = connection.send

        async def counting_send(req: str, headers: dict[str, str] | None = None) -> str:
            sent.append(json.loads(req)["kind"])
            return str(await send(req, headers))

        connection.send = counting_send  # every request of the client passes here
        jobs = [
            Job(f"pg-{i}", DocumentRef("docpipe-inbox", f"doc-{i}.txt"), "sqs") for i in range(3)
        ]

        async def run() -> list[Any]:
            resonate.start()
            dispatcher = ResonateDispatcher(
                resonate, worker_group="docpipe-workers", job_timeout_seconds=60
            )
            try:
                results = [await dispatcher.dispatch(job) for job in [*jobs, jobs[0]]]
                assert not resonate._runtime.subs
                assert not connection._tasks  # no pump, no listener
                return results
            finally:
                await resonate.stop()

        results = asyncio.run(run())
        assert sent == ["promise.create"] * 4
        assert [r.existing for r in results] == [False, False, False, True]
        with psycopg.connect(resonate_pg_dsn) as conn:
            rows = conn.execute(
                "SELECT id, state, tags->>'resonate:target' FROM resonate.promises ORDER BY id"
            ).fetchall()
            outbox = conn.execute(
                "SELECT address, count(*) FROM resonate.outbox GROUP BY address"
            ).fetchall()
        assert rows == [
            (f"docpipe-job-pg-{i}", "pending", "poll://any@docpipe-workers") for i in range(3)
        ]
        assert outbox == [("poll://any@docpipe-workers", 3)]  # the worker group's work, intact
