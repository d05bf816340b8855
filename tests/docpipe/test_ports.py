"""The AWS adapters (on moto) and the in-memory fakes honour the same port contracts.

Every test here runs twice, once per implementation, so the fakes the unit tests rely on
cannot drift from what DynamoDB, S3 and SNS actually do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import boto3
import msgspec
import pytest
from botocore.stub import Stubber

from docpipe.aws import DynamoJobTable, S3BlobStore, SnsNotifier, create_job_table
from docpipe.errors import DocumentNotFound, DocumentTooLarge, TransientError
from docpipe.ports import Announcement, BlobStore, JobRecord, JobTable
from docpipe.progress import JobUpdate, PageRun, Pages, RetryNote, StepEnd, Terminal
from docpipe.records import Failure, JobResult
from docpipe.table_writes import new_item, update_request
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, RecordingNotifier, moto_aws
from support.job_updates import DOCUMENT_URL, row_update

REGION = "us-east-1"
URL = DOCUMENT_URL


@pytest.fixture
def aws() -> Iterator[None]:
    with moto_aws(REGION):
        yield


@pytest.fixture(params=["moto", "fake"])
def table(request: pytest.FixtureRequest) -> JobTable:
    if request.param == "fake":
        return InMemoryJobTable()
    request.getfixturevalue("aws")
    client = boto3.client("dynamodb", region_name=REGION)
    create_job_table(client, "jobs")
    create_job_table(client, "jobs")  # idempotent
    return DynamoJobTable(client, "jobs")


@pytest.fixture(params=["moto", "fake"])
def blobs(request: pytest.FixtureRequest) -> BlobStore:
    if request.param == "fake":
        return InMemoryBlobStore()
    request.getfixturevalue("aws")
    s3 = boto3.client("s3", region_name=REGION)
    s3.create_bucket(Bucket="docpipe-inbox")
    return S3BlobStore(s3)


class TestJobTable:
    def test_progress_then_done(self, table: JobTable) -> None:
        """Steps move the job along; finishing records the result and clears the step."""
        table.update(row_update("j1", requester_id="r1", started="download", at=1000))
        table.update(row_update("j1", started="extract", at=2000))
        running = table.get("j1")
        assert running is not None
        assert (running.status, running.step, running.step_started_at) == (
            "processing",
            "extract",
            2000,
        )
        assert running.created_at == 1000
        assert running.requester_id == "r1"
        assert running.steps == {"download": 1000, "extract": 2000}
        table.update(
            row_update(
                "j1",
                at=3000,
                terminal=Terminal(
                    status="done",
                    result=JobResult(
                        job_id="j1", status="done", analysis={"pages": 2, "score": 0.5}
                    ),
                ),
            )
        )
        done = table.get("j1")
        assert done is not None
        assert done.to_api()["status"] == "done"
        assert "step" not in done.to_api()
        assert done.result == {
            "jobId": "j1",
            "status": "done",
            "analysis": {"pages": 2, "score": 0.5},
        }

    def test_terminal_state_never_regresses(self, table: JobTable) -> None:
        """A late or replayed write cannot move a finished job back or flip its outcome."""
        table.update(
            row_update(
                "j1",
                at=1,
                terminal=Terminal(
                    status="failed",
                    error=Failure.from_dict({"code": "corrupt_document", "message": "bad"}),
                ),
            )
        )
        table.update(row_update("j1", started="store", at=2))
        table.update(
            row_update(
                "j1",
                at=3,
                terminal=Terminal(status="done", result=JobResult(job_id="j1", status="done")),
            )
        )
        table.update(
            row_update(
                "j1",
                at=4,
                terminal=Terminal(
                    status="failed",
                    error=Failure.from_dict({"code": "corrupt_document", "message": "bad"}),
                ),
            )
        )
        record = table.get("j1")
        assert record is not None
        assert record.status == "failed"
        assert record.error == {"code": "corrupt_document", "message": "bad"}

    def test_the_first_notification_id_is_kept(self, table: JobTable) -> None:
        """The id of the notification that announced the outcome is recorded with it; a
        repeated finish keeps the first one."""
        for message_id in ("m-1", "m-2"):
            table.update(
                row_update("j1", at=1, terminal=Terminal(status="done", notification_id=message_id))
            )
        record = table.get("j1")
        assert record is not None
        assert record.notification_id == "m-1"
        assert "notificationId" not in record.to_api()
        assert table.announcement("j1") == Announcement("done", "m-1")

    def test_the_announcement_of_a_running_or_unknown_job(self, table: JobTable) -> None:
        """Notify's check: no row is None; a running job has no notification yet."""
        assert table.announcement("j2") is None
        table.update(JobUpdate(tenant="t", job_id="j2", document_url=URL, started="store", at=1))
        assert table.announcement("j2") == Announcement("processing", None)

    def test_a_later_step_keeps_the_recorded_result(self, table: JobTable) -> None:
        """Starting notify after store recorded the result keeps that result on the row."""
        table.update(row_update("j1", started="store", at=1))
        table.update(
            JobUpdate(
                job_id="j1",
                result=JobResult(job_id="j1", status="done", analysis={"pages": 1}),
                at=2,
            )
        )
        table.update(row_update("j1", started="notify", at=3))
        record = table.get("j1")
        assert record is not None
        assert (record.status, record.step, record.result) == (
            "processing",
            "notify",
            {"jobId": "j1", "status": "done", "analysis": {"pages": 1}},
        )

    def test_one_write_can_carry_a_whole_step(self, table: JobTable) -> None:
        """The terminal write carrying notify's start and end, store's end and the result
        store left for it: one write, every part applied."""
        result = JobResult(job_id="j1", status="done", analysis={"documentType": "memo"})
        table.update(row_update("j1", started="store", at=10))
        table.update(
            row_update(
                "j1",
                at=30,
                started="notify",
                started_at=20,
                ended=(
                    StepEnd(step="store", outcome="ok", at=15),
                    StepEnd(step="notify", outcome="ok", at=30),
                ),
                result=result,
                terminal=Terminal(status="done", result=result, notification_id="m-1"),
            )
        )
        record = table.get("j1")
        assert record is not None
        assert (record.status, record.step, record.notification_id) == ("done", None, "m-1")
        assert record.result == result.to_dict()
        once = {"outcome": "ok", "attempts": 1, "failures": 0}
        assert record.timeline == {
            "store": {"startedAt": 10, "endedAt": 15, **once},
            "notify": {"startedAt": 20, "endedAt": 30, **once},
        }
        assert [r.job_id for r in table.list_jobs(status="done", tenant="default").records] == [
            "j1"
        ]

    def test_one_terminal_write_can_carry_a_whole_job(self, table: JobTable) -> None:
        """Quick steps write nothing of their own: the terminal write creates the row with
        the owner, and records every step's start (from its end) and notify's own."""
        result = JobResult(job_id="q", status="done", analysis={"documentType": "memo"})
        ends = tuple(
            StepEnd(step=step, outcome="ok", at=at + 1, started_at=at)
            for step, at in (("download", 10), ("extract", 20), ("analyze", 30), ("store", 40))
        )
        table.update(
            JobUpdate(
                job_id="q",
                at=51,
                document_url=URL,
                requester_id="alice",
                tenant="acme",
                started="notify",
                started_at=50,
                ended=(*ends, StepEnd(step="notify", outcome="ok", at=51)),
                terminal=Terminal(status="done", result=result, notification_id="m-1"),
            )
        )
        record = table.get("q")
        assert record is not None
        assert (record.status, record.document_url, record.tenant) == ("done", URL, "acme")
        assert (record.requester_id, record.notification_id) == ("alice", "m-1")
        assert record.steps == {
            "download": 10,
            "extract": 20,
            "analyze": 30,
            "store": 40,
            "notify": 50,
        }
        for step, timing in record.timeline.items():
            assert timing["endedAt"] == timing["startedAt"] + 1, step
            assert (timing["attempts"], timing["outcome"]) == (1, "ok")
        assert [r.job_id for r in table.list_jobs(status="done", tenant="acme").records] == ["q"]

    def test_a_quick_retry_after_a_written_failure(self, table: JobTable) -> None:
        """A failed attempt (written at once) and a quick one that succeeded (carried with
        the next write): two attempts, one failure, the first start, the quick one's end."""
        note = RetryNote(step="extract", attempt=1, error={}, next_attempt_at=20)
        table.update(
            JobUpdate(
                job_id="r", at=12, document_url=URL, tenant="t", started="extract",
                started_at=10, failed_attempt="extract", retrying=note,
            )
        )  # fmt: skip
        quick = StepEnd(step="extract", outcome="ok", at=25, started_at=20)
        table.update(
            JobUpdate(job_id="r", at=30, started="analyze", ended=(quick,), clear_retry=True)
        )
        record = table.get("r")
        assert record is not None
        assert (record.step, record.retrying) == ("analyze", None)
        assert record.timeline["extract"] == {
            "startedAt": 10, "endedAt": 25, "attempts": 2, "failures": 1, "outcome": "ok"
        }  # fmt: skip
        assert record.steps["extract"] == 20

    @pytest.mark.parametrize(
        "first",
        [
            {"pages": Pages(total=40)},
            {"review": {"promiseId": "p", "reason": "asked"}},
            {"result": JobResult(job_id="w", status="done")},
            {},
        ],
        ids=["pages", "review", "result", "timeline"],
    )
    def test_any_write_naming_the_document_creates_the_row(
        self, table: JobTable, first: dict[str, Any]
    ) -> None:
        """A job's first write may be any of the worker's (its earlier steps were quick):
        naming the document, it creates the row, ``processing`` unless it says otherwise,
        with the earlier steps' timeline."""
        end = StepEnd(step="download", outcome="ok", at=5, started_at=4)
        table.update(
            JobUpdate(job_id="w", at=6, document_url=URL, tenant="acme", ended=(end,), **first)
        )
        record = table.get("w")
        assert record is not None
        status = "awaiting_review" if "review" in first else "processing"
        assert (record.status, record.document_url, record.tenant) == (status, URL, "acme")
        assert record.timeline["download"] == {
            "startedAt": 4, "endedAt": 5, "attempts": 1, "failures": 0, "outcome": "ok"
        }  # fmt: skip
        assert [r.job_id for r in table.list_jobs(status=status, tenant="acme").records] == ["w"]

    def test_a_creating_write_leaves_a_finished_job_alone(self, table: JobTable) -> None:
        """A late write naming the document changes nothing on a job that already ended."""
        table.update(
            JobUpdate(
                job_id="f", at=5, document_url=URL, tenant="acme",
                terminal=Terminal(status="failed", error=Failure(code="x", message="y")),
            )
        )  # fmt: skip
        table.update(
            JobUpdate(job_id="f", at=9, document_url=URL, tenant="acme", pages=Pages(total=3))
        )
        record = table.get("f")
        assert record is not None
        assert (record.status, record.pages, record.updated_at) == ("failed", None, 5)

    def test_page_progress_counts_each_range_once(self, table: JobTable) -> None:
        """Page ranges add up to pagesDone, a range recorded twice counts once, and the
        status document shows it while the job is in extract."""
        table.update(row_update("j1", started="extract", at=1))
        table.update(JobUpdate(job_id="j1", at=2, pages=Pages(total=20, done=None)))
        record = table.get("j1")
        assert record is not None
        assert record.to_api()["progress"] == {"pagesDone": 0, "pages": 20}
        for done in ((9, 16), (1, 8), (9, 16)):
            table.update(JobUpdate(job_id="j1", at=3, pages=Pages(total=20, done=done)))
        record = table.get("j1")
        assert record is not None
        assert record.to_api()["progress"] == {"pagesDone": 16, "pages": 20}

    def test_each_page_range_execution_shows_under_extract(self, table: JobTable) -> None:
        """Every execution of a range (a retry, then its success, on two workers) is kept
        once, in start order, and the status document shows them on extract's timeline."""
        table.update(
            JobUpdate(tenant="default", job_id="j1", document_url=URL, started="extract", at=1000)
        )
        runs = (
            PageRun(pages=(9, 16), attempt=1, started_at=1100, ended_at=1900, outcome="ok",
                    worker="host-b:7"),
            PageRun(pages=(1, 8), attempt=1, started_at=1050, ended_at=1400, outcome="retry",
                    worker="host-a:5"),
            PageRun(pages=(1, 8), attempt=2, started_at=2400, ended_at=3000, outcome="ok",
                    worker="host-a:5"),
        )  # fmt: skip
        for run in (*runs, runs[0]):  # the same execution written twice counts once
            done = run.pages if run.outcome == "ok" else None
            table.update(
                JobUpdate(job_id="j1", at=run.ended_at, pages=Pages(total=16, done=done),
                          page_run=run)
            )  # fmt: skip
        record = table.get("j1")
        assert record is not None
        [extract] = record.to_api()["timeline"]
        assert extract["ranges"] == [runs[1].to_dict(), runs[0].to_dict(), runs[2].to_dict()]
        assert extract["ranges"][0] == {
            "pages": [1, 8],
            "attempt": 1,
            "startedAt": 1050,
            "endedAt": 1400,
            "outcome": "retry",
            "worker": "host-a:5",
        }
        assert record.to_api()["progress"] == {"pagesDone": 16, "pages": 16}

    def test_ranges_still_read_after_a_quick_extract_show_as_extract(self) -> None:
        """A long scan's extract returns its plan at once (written as a quick execution: no
        running step on the row); while its ranges are read the status says extract."""
        row = JobRecord(
            job_id="j1",
            status="processing",
            document_url=URL,
            created_at=1000,
            updated_at=1200,
            steps={"download": 1000, "extract": 1100},
            pages=16,
            pages_done=8,
        )
        body = row.to_api()
        assert (body["step"], body["stepStartedAt"]) == ("extract", 1100)
        assert body["progress"] == {"pagesDone": 8, "pages": 16}
        assert "step" not in replace(row, pages_done=16).to_api()

    def test_page_progress_after_the_end_changes_nothing(self, table: JobTable) -> None:
        """A range finishing after the job ended (it failed elsewhere) leaves the row alone."""
        table.update(row_update("j1", at=1, terminal=Terminal(status="failed")))
        table.update(JobUpdate(job_id="j1", at=2, pages=Pages(total=20, done=(1, 8))))
        record = table.get("j1")
        assert record is not None
        assert (record.status, record.pages, record.pages_done) == ("failed", None, 0)

    def test_a_retry_note_shows_while_processing_and_clears(self, table: JobTable) -> None:
        """record_retry puts ``retrying`` in the status document; clear_retry and finish drop
        it; a terminal job takes no new note."""
        note = {
            "step": "download",
            "attempt": 1,
            "error": {"type": "TransientError", "message": "S3 said 503"},
            "nextAttemptAt": 12,
        }
        table.update(row_update("j", started="download", at=1))
        table.update(row_update("j", retrying=RetryNote.from_dict(note), at=2))
        record = table.get("j")
        assert record is not None
        assert record.to_api()["retrying"] == note
        table.update(JobUpdate(job_id="j", at=3, clear_retry=True))
        record = table.get("j")
        assert record is not None
        assert "retrying" not in record.to_api()
        table.update(row_update("j", retrying=RetryNote.from_dict(note), at=4))
        table.update(row_update("j", at=5, terminal=Terminal(status="done")))
        table.update(row_update("j", retrying=RetryNote.from_dict(note), at=6))
        record = table.get("j")
        assert record is not None
        assert (record.status, record.retrying) == ("done", None)

    def test_a_retry_note_creates_a_missing_row(self, table: JobTable) -> None:
        """A first attempt that failed before its row existed still shows as retrying."""
        note = {"step": "download", "attempt": 1, "error": {}, "nextAttemptAt": 9}
        table.update(row_update("new", retrying=RetryNote.from_dict(note), at=7))
        record = table.get("new")
        assert record is not None
        assert (record.status, record.document_url, record.retrying) == ("processing", URL, note)

    def test_unknown_job_is_none(self, table: JobTable) -> None:
        """Reading a job that was never written gives None."""
        assert table.get("nope") is None

    def test_jobs_for_a_document_newest_first(self, table: JobTable) -> None:
        """Listing by document URL returns that document's jobs, newest first."""
        for n, job_id in enumerate(["old", "mid", "new"]):
            table.update(row_update(job_id, started="download", at=100 + n))
        table.update(
            row_update("other", document_url="s3://docpipe-inbox/b", started="download", at=500)
        )
        assert [r.job_id for r in table.list_for_document(URL)] == ["new", "mid", "old"]
        assert [r.job_id for r in table.list_for_document(URL, limit=1)] == ["new"]


class TestDynamoJobTableWrites:
    """What the DynamoDB adapter sends: a job's first write as a whole new row, then updates
    that no longer repeat the job's identity."""

    @staticmethod
    def _recording(client: Any) -> list[tuple[str, dict[str, Any]]]:
        sent: list[tuple[str, dict[str, Any]]] = []
        for operation in ("PutItem", "UpdateItem"):
            client.meta.events.register(
                f"provide-client-params.dynamodb.{operation}",
                lambda params, op=operation, **_: sent.append((op, dict(params))),
            )
        return sent

    def test_a_first_write_is_a_new_row_and_later_ones_updates(self, aws: None) -> None:
        """The first write puts the row (if none exists); later ones update it without the
        document and owner (the row holds them), and the row keeps them."""
        client = boto3.client("dynamodb", region_name=REGION)
        create_job_table(client, "jobs")
        sent = self._recording(client)
        table = DynamoJobTable(client, "jobs")
        first = JobUpdate(job_id="j", at=1, document_url=URL, tenant="acme", requester_id="r")
        table.update(msgspec.structs.replace(first, started="download"))
        table.update(msgspec.structs.replace(first, at=2, started="extract"))
        assert [op for op, _ in sent] == ["PutItem", "UpdateItem"]
        assert sent[0][1]["ConditionExpression"] == "attribute_not_exists(jobId)"
        assert "documentUrl" not in sent[1][1]["UpdateExpression"]
        assert "tenant =" not in sent[1][1]["UpdateExpression"]
        record = table.get("j")
        assert record is not None
        assert (record.document_url, record.tenant, record.requester_id) == (URL, "acme", "r")
        assert (record.step, record.status, record.created_at) == ("extract", "processing", 1)
        assert record.timeline["download"]["attempts"] == 1

    def test_a_row_another_worker_created_is_updated(self, aws: None) -> None:
        """A worker that did not write the row (it resumed the job) finds the put refused
        and updates the row instead: nothing of the other worker's is lost."""
        client = boto3.client("dynamodb", region_name=REGION)
        create_job_table(client, "jobs")
        change = JobUpdate(job_id="k", at=1, document_url=URL, tenant="t", started="download")
        DynamoJobTable(client, "jobs").update(change)
        sent = self._recording(client)
        resumed = DynamoJobTable(client, "jobs")
        resumed.update(msgspec.structs.replace(change, at=5, started="extract"))
        assert [op for op, _ in sent] == ["PutItem", "UpdateItem"]
        record = resumed.get("k")
        assert record is not None
        assert (record.created_at, record.updated_at, record.step) == (1, 5, "extract")
        assert sorted(record.timeline) == ["download", "extract"]


_FIRST_WRITES = {
    "terminal with quick runs": JobUpdate(
        job_id="n", at=9, document_url=URL, requester_id="r", retry_of="old", tenant="t",
        ended=(
            StepEnd(step="download", outcome="ok", at=3, started_at=2),
            StepEnd(step="notify", outcome="ok", at=9, started_at=8),
        ),
        terminal=Terminal(
            status="failed", error=Failure(code="x", message="y"), notification_id="m"
        ),
    ),
    "slow start": JobUpdate(job_id="n", at=5, document_url=URL, tenant="t", started="extract",
                            started_at=4),
    "retry note": JobUpdate(
        job_id="n", at=5, document_url=URL, tenant="t", started="analyze", started_at=4,
        failed_attempt="analyze",
        retrying=RetryNote(step="analyze", attempt=1, error={"type": "E"}, next_attempt_at=7),
    ),
    "page plan": JobUpdate(job_id="n", at=5, document_url=URL, tenant="t",
                           pages=Pages(total=9, done=(1, 4))),
    "review": JobUpdate(job_id="n", at=5, document_url=URL, tenant="t",
                        review={"promiseId": "p"},
                        result=JobResult(job_id="n", status="done")),
}  # fmt: skip


@pytest.mark.parametrize("change", _FIRST_WRITES.values(), ids=_FIRST_WRITES.keys())
def test_a_new_row_is_what_the_update_makes_of_a_missing_one(aws: None, change: JobUpdate) -> None:
    """new_item (the first write's PutItem) equals what the UpdateItem builds on no row."""
    client = boto3.client("dynamodb", region_name=REGION)
    create_job_table(client, "jobs")
    client.update_item(TableName="jobs", **update_request(change))
    updated = client.get_item(TableName="jobs", Key={"jobId": {"S": "n"}})["Item"]
    assert new_item(change) == updated


class TestJobTableReviewAndLists:
    def _start(self, table: JobTable, job_id: str, now: int) -> None:
        table.update(row_update(job_id, started="analyze", at=now))

    def test_review_round_trip(self, table: JobTable) -> None:
        """processing -> awaiting_review (review kept) -> processing by the next step -> done."""
        self._start(table, "j1", 1000)
        review = {"promiseId": "docpipe-job-j1:4", "since": 1500, "analysis": {"x": 1.5}}
        table.update(JobUpdate(tenant="default", job_id="j1", review=review, at=1500))
        waiting = table.get("j1")
        assert waiting is not None
        assert waiting.status == "awaiting_review"
        assert waiting.review == review
        assert waiting.step is None
        assert waiting.to_api()["review"] == {"since": 1500, "analysis": {"x": 1.5}}
        table.update(row_update("j1", started="store", at=2000))
        resumed = table.get("j1")
        assert resumed is not None
        assert (resumed.status, resumed.step, resumed.review) == ("processing", "store", review)
        table.update(row_update("j1", at=3000, terminal=Terminal(status="done")))
        table.update(
            JobUpdate(tenant="default", job_id="j1", review={"promiseId": "late"}, at=4000)
        )
        done = table.get("j1")
        assert done is not None
        assert (done.status, done.review) == ("done", review)

    def test_a_waiting_job_can_fail(self, table: JobTable) -> None:
        """A review that times out ends the job failed straight from awaiting_review."""
        self._start(table, "j1", 1000)
        table.update(JobUpdate(tenant="default", job_id="j1", review={"promiseId": "p"}, at=1500))
        error = {"code": "review_timed_out", "message": "m"}
        table.update(
            row_update(
                "j1", at=9, terminal=Terminal(status="failed", error=Failure.from_dict(error))
            )
        )
        record = table.get("j1")
        assert record is not None
        assert (record.status, record.error) == ("failed", error)

    def test_timeline_counts_attempts_failures_and_the_end(self, table: JobTable) -> None:
        """Two executions with one transient failure, then ok: first start kept, end set."""
        self._start(table, "j1", 1000)
        table.update(JobUpdate(job_id="j1", at=1100, failed_attempt="analyze"))
        self._start(table, "j1", 1200)
        table.update(
            JobUpdate(job_id="j1", at=1300, ended=(StepEnd(step="analyze", outcome="ok", at=1300),))
        )
        record = table.get("j1")
        assert record is not None
        assert record.timeline == {
            "analyze": {
                "startedAt": 1000,
                "endedAt": 1300,
                "attempts": 2,
                "failures": 1,
                "outcome": "ok",
            }
        }
        assert record.to_api()["timeline"] == [{"step": "analyze", **record.timeline["analyze"]}]

    def test_lists_by_state_page_through_in_order(self, table: JobTable) -> None:
        """Newest first or oldest first, pages joined by the cursor, no job twice."""
        for n in range(5):
            self._start(table, f"j{n}", 100 + n)
        self._start(table, "other", 50)
        table.update(row_update("other", at=60, terminal=Terminal(status="done")))
        seen: list[str] = []
        cursor = None
        while True:
            page = table.list_jobs(status="processing", limit=2, cursor=cursor)
            seen.extend(record.job_id for record in page.records)
            cursor = page.cursor
            if cursor is None:
                break
        assert seen == ["j4", "j3", "j2", "j1", "j0"]
        oldest = table.list_jobs(status="processing", limit=2, oldest_first=True)
        assert [r.job_id for r in oldest.records] == ["j0", "j1"]
        assert [r.job_id for r in table.list_jobs(status="done").records] == ["other"]

    def test_created_at_most_leaves_out_newer_jobs(self, table: JobTable) -> None:
        """The bound is inclusive and still pages newest first (the every-state listing
        resumes from it)."""
        for index in range(5):
            table.update(row_update(f"j{index}", started="download", at=1000 + index))
        page = table.list_jobs(status="processing", limit=2, created_at_most=1002)
        assert [r.job_id for r in page.records] == ["j2", "j1"]
        assert page.cursor is not None
        rest = table.list_jobs(
            status="processing", limit=2, cursor=page.cursor, created_at_most=1002
        )
        assert [r.job_id for r in rest.records] == ["j0"]

    def test_a_foreign_cursor_is_a_value_error(self, table: JobTable) -> None:
        """A cursor that is not one of ours is refused, not passed on."""
        with pytest.raises(ValueError, match="cursor"):
            table.list_jobs(status="processing", cursor="bm90LW91cnM")


class TestTenantListing:
    """One tenant's listing reads its own partition; its cursor works nowhere else."""

    @staticmethod
    def _job(table: JobTable, job_id: str, tenant: str, now: int) -> None:
        table.update(row_update(job_id, tenant=tenant, started="download", at=now))

    def test_a_tenant_pages_through_its_own_jobs_only(self, table: JobTable) -> None:
        """acme's pages hold acme's jobs and nothing else; an unscoped listing holds both."""
        for n in range(4):
            self._job(table, f"a{n}", "acme", 100 + 2 * n)
            self._job(table, f"g{n}", "globex", 101 + 2 * n)
        seen: list[str] = []
        cursor = None
        while True:
            page = table.list_jobs(status="processing", limit=3, cursor=cursor, tenant="acme")
            seen.extend(record.job_id for record in page.records)
            assert {record.tenant for record in page.records} <= {"acme"}
            cursor = page.cursor
            if cursor is None:
                break
        assert seen == ["a3", "a2", "a1", "a0"]
        everyone = table.list_jobs(status="processing", limit=10)
        assert len(everyone.records) == 8

    def test_the_owner_and_its_partition_follow_the_status(self, table: JobTable) -> None:
        """A job that finishes or waits for review moves to that state's listing, still its
        tenant's; the owner written first stays."""
        self._job(table, "a1", "acme", 100)
        table.update(JobUpdate(job_id="a1", tenant="acme", review={"promiseId": "p"}, at=101))
        waiting = table.list_jobs(status="awaiting_review", tenant="acme")
        assert [r.job_id for r in waiting.records] == ["a1"]
        assert table.list_jobs(status="processing", tenant="acme").records == []
        table.update(row_update("a1", tenant="acme", at=102, terminal=Terminal(status="done")))
        assert [r.job_id for r in table.list_jobs(status="done", tenant="acme").records] == ["a1"]
        assert table.list_jobs(status="done", tenant="globex").records == []
        record = table.get("a1")
        assert record is not None
        assert record.tenant == "acme"

    def test_a_cursor_from_another_listing_is_refused(self, table: JobTable) -> None:
        """acme's cursor, handed to globex's listing (or to the unscoped one, or another
        state's), is a ValueError: it can never page through someone else's jobs."""
        for n in range(3):
            self._job(table, f"a{n}", "acme", 100 + n)
            self._job(table, f"g{n}", "globex", 200 + n)
        acme = table.list_jobs(status="processing", limit=1, tenant="acme")
        assert acme.cursor is not None
        for tenant, status in (("globex", "processing"), (None, "processing"), ("acme", "done")):
            with pytest.raises(ValueError, match="cursor"):
                table.list_jobs(status=status, cursor=acme.cursor, tenant=tenant)  # type: ignore[arg-type]
        everyone = table.list_jobs(status="processing", limit=1)
        assert everyone.cursor is not None
        with pytest.raises(ValueError, match="cursor"):
            table.list_jobs(status="processing", cursor=everyone.cursor, tenant="globex")


class TestBlobStore:
    def test_put_get(self, blobs: BlobStore) -> None:
        """What is put comes back byte for byte."""
        blobs.put("docpipe-inbox", "dir/a b+c.txt", b"hello", content_type="text/plain")
        assert blobs.get("docpipe-inbox", "dir/a b+c.txt", max_bytes=10).data == b"hello"

    def test_too_large_is_refused(self, blobs: BlobStore) -> None:
        """An object over the limit raises DocumentTooLarge instead of being read."""
        blobs.put("docpipe-inbox", "big", b"x" * 100, content_type="text/plain")
        with pytest.raises(DocumentTooLarge):
            blobs.get("docpipe-inbox", "big", max_bytes=99)

    def test_missing_is_not_found(self, blobs: BlobStore) -> None:
        """A missing object is a permanent DocumentNotFound, not a retryable error."""
        with pytest.raises(DocumentNotFound):
            blobs.get("docpipe-inbox", "missing", max_bytes=10)


class TestS3Errors:
    def _store_answering(self, code: str, status: int) -> tuple[S3BlobStore, Stubber]:
        s3 = boto3.client(
            "s3", region_name=REGION, aws_access_key_id="x", aws_secret_access_key="x"
        )
        stubber = Stubber(s3)
        stubber.add_client_error("get_object", service_error_code=code, http_status_code=status)
        stubber.activate()
        return S3BlobStore(s3), stubber

    def test_access_denied_is_not_found_not_retried(self) -> None:
        """Real S3 answers a missing key with 403 AccessDenied when the reader lacks
        s3:ListBucket (the worker's policy): that is a permanent not_found, not a retry."""
        store, stubber = self._store_answering("AccessDenied", 403)
        with pytest.raises(DocumentNotFound, match="AccessDenied"):
            store.get("docpipe-inbox", "deleted.pdf", max_bytes=10)
        stubber.assert_no_pending_responses()

    def test_throttling_is_transient(self) -> None:
        """A throttled read is worth retrying."""
        store, _ = self._store_answering("SlowDown", 503)
        with pytest.raises(TransientError):
            store.get("docpipe-inbox", "a.pdf", max_bytes=10)


class TestNotifier:
    def test_sns_publish_carries_job_id_and_attributes(self, aws: None) -> None:
        """The SNS message names the job and carries filterable attributes."""
        sns = boto3.client("sns", region_name=REGION)
        sqs = boto3.client("sqs", region_name=REGION)
        topic = sns.create_topic(Name="events")["TopicArn"]
        queue = sqs.create_queue(QueueName="events")["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])
        sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn["Attributes"]["QueueArn"])
        message_id = SnsNotifier(sns, topic).publish(
            job_id="j1",
            subject="docpipe job j1 done",
            message={"jobId": "j1"},
            attributes={"status": "done", "requesterId": "r1"},
        )
        assert message_id
        body: dict[str, Any] = json.loads(
            sqs.receive_message(QueueUrl=queue)["Messages"][0]["Body"]
        )
        assert json.loads(body["Message"]) == {"jobId": "j1"}
        assert body["MessageAttributes"]["requesterId"]["Value"] == "r1"
        assert body["MessageAttributes"]["jobId"]["Value"] == "j1"

    def test_recording_notifier_records(self) -> None:
        """The fake keeps every publish, in order."""
        notifier = RecordingNotifier()
        notifier.publish(job_id="j1", subject="s", message={}, attributes={})
        assert [m.job_id for m in notifier.published] == ["j1"]
