"""A long scan on the real local stack: page ranges spread over workers, a worker SIGKILLed
mid-document, and the document's S3 event delivered again while it is being read."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from docpipe.jobs import results_key, s3_job_id
from docpipe_cli.stack.launch import stop_process
from support.stack import Stack, read_events, start_stack, stop_and_check, wait_until
from testbed.scans import page_code, scanned_pdf

pytestmark = [pytest.mark.integration, pytest.mark.slow]

WORKER = (sys.executable, "-m", "docpipe_cli.cli", "worker")
PAGES = 8
PER_CHUNK = 2
IN_FLIGHT = 2
#: What every worker here runs with: 8 pages are four ranges of two, two at a time.
CHUNK_ENV = {
    "DOCPIPE_PAGES_PER_CHUNK": str(PER_CHUNK),
    "DOCPIPE_CHUNKS_IN_FLIGHT": str(IN_FLIGHT),
    # The scans are pages of page codes, no kind of business document: the low-confidence
    # review gate would hold them for a reviewer, and these tests are about page ranges.
    "DOCPIPE_REVIEW_CONFIDENCE": "0",
}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The stack without its worker: each test runs its own worker processes."""
    running = start_stack(tmp_path_factory.mktemp("long"), "--without", "worker")
    try:
        yield running
    finally:
        stop_and_check(running)


def upload(stack: Stack, key: str, data: bytes) -> tuple[str, dict[str, Any]]:
    """Upload ``data`` to the inbox; return the job id and the S3 event record S3 sends."""
    put = stack.client("s3").put_object(Bucket=stack.info.inbox_bucket, Key=key, Body=data)
    record = {
        "eventVersion": "2.1",
        "eventSource": "aws:s3",
        "eventName": "ObjectCreated:Put",
        "s3": {
            "bucket": {"name": stack.info.inbox_bucket},
            "object": {
                "key": urllib.parse.quote_plus(key),
                "size": len(data),
                "eTag": put["ETag"].strip('"'),
            },
        },
    }
    return s3_job_id(stack.info.inbox_bucket, key, None, put["ETag"]), record


def chunk_starts(logs: list[Path], job_id: str) -> list[tuple[int, int]]:
    return [
        (e["pages"][0], e["pages"][1])
        for log in logs
        for e in read_events(log)
        if e.get("event") == "chunk.start" and e.get("jobId") == job_id
    ]


def step_starts(logs: list[Path], job_id: str) -> list[str]:
    return [
        e["step"]
        for log in logs
        for e in read_events(log)
        if e.get("event") == "step.start" and e.get("jobId") == job_id
    ]


def text_codes(stack: Stack, job_id: str) -> list[str]:
    body = stack.client("s3").get_object(
        Bucket=stack.info.results_bucket, Key=results_key(job_id, "text.txt", owner="default")
    )["Body"]
    return re.findall(r"P-\d{4}", body.read().decode())


def test_a_killed_worker_costs_only_its_ranges_in_flight(stack: Stack) -> None:
    """Worker 1 is SIGKILLed while it reads its second range (so its first is done); worker 2
    finishes the document. Pages read twice (ranges with two ``chunk.start`` events) are at
    most the ranges in flight, progress showed in the status document during extract, and
    the text is in page order."""
    logs = [stack.logs / "long-kill-1.log", stack.logs / "long-kill-2.log"]
    # One OCR process: the worker reads its ranges one at a time (by default it reads one per
    # CPU side by side), so its second chunk.start below means its first range is stored.
    one_process = {**CHUNK_ENV, "DOCPIPE_OCR_PROCESSES": "1"}
    first = stack.spawn(WORKER, logs[0], stack.env(**one_process))
    job_id, _ = upload(stack, "long/kill.pdf", scanned_pdf(PAGES))

    # Its second chunk.start: the first range is done and stored, the second is being read.
    wait_until(
        lambda: len(chunk_starts(logs[:1], job_id)) >= 2,
        timeout=300,
        what="the worker to start its second page range",
    )
    seen = stack.status(job_id) or {}
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    killed_ran = chunk_starts(logs[:1], job_id)
    assert seen.get("step") == "extract", seen
    assert seen["progress"]["pages"] == PAGES
    assert 0 < seen["progress"]["pagesDone"] < PAGES

    second = stack.spawn(WORKER, logs[1], stack.env(**CHUNK_ENV))
    try:
        status = stack.wait_finished(job_id, timeout=300)
    finally:
        stop_process(second, grace=10)
    assert status["status"] == "done", status
    runs = Counter(chunk_starts(logs, job_id))
    assert sorted(runs) == [(1, 2), (3, 4), (5, 6), (7, 8)]
    pages_read_again = sum(
        last - first + 1 for (first, last), n in runs.items() for _ in range(n - 1)
    )
    assert pages_read_again <= IN_FLIGHT * PER_CHUNK, (runs, killed_ran)
    assert len(set(killed_ran)) < len(runs)  # the kill really came mid-document
    steps = step_starts(logs, job_id)
    assert steps.count("download") == 1
    assert steps.count("extract") == 1
    assert text_codes(stack, job_id) == [page_code(n) for n in range(1, PAGES + 1)]


def test_a_redelivered_s3_event_during_extraction_starts_nothing_new(stack: Stack) -> None:
    """The same S3 event, delivered again while the scan is being read, collapses onto the
    running job: one job for the document, every step and every range run once."""
    log = stack.logs / "long-redelivery.log"
    worker = stack.spawn(WORKER, log, stack.env(**CHUNK_ENV))
    try:
        key = "long/redelivered scan.pdf"
        job_id, record = upload(stack, key, scanned_pdf(PAGES))
        wait_until(lambda: chunk_starts([log], job_id), timeout=300, what="a first page range")
        batches = _batches(stack)
        stack.client("sqs").send_message(
            QueueUrl=stack.info.queue_url, MessageBody=json.dumps({"Records": [record]})
        )
        wait_until(
            lambda: _batches(stack) > batches and stack.queue_drained(),
            timeout=120,
            what="the poller to hand the redelivered event to the consumer",
        )
        during = stack.status(job_id) or {}
        status = stack.wait_finished(job_id, timeout=300)
    finally:
        stop_process(worker, grace=10)
    assert during.get("status") == "processing", during  # it came during the extraction
    assert status["status"] == "done", status
    assert Counter(step_starts([log], job_id)) == Counter(
        {"download": 1, "extract": 1, "analyze": 1, "store": 1, "notify": 1}
    )
    assert Counter(chunk_starts([log], job_id)) == Counter(
        {(1, 2): 1, (3, 4): 1, (5, 6): 1, (7, 8): 1}
    )
    url = urllib.parse.quote(f"s3://{stack.info.inbox_bucket}/{key}", safe="")
    code, listed = stack.get_json(f"/jobs?documentUrl={url}")
    assert code == 200
    assert [job["jobId"] for job in listed["jobs"]] == [job_id]


def _batches(stack: Stack) -> int:
    """Messages the poller has handed to the consumer so far."""
    return sum(
        int(e.get("received", 0))
        for e in stack.events("poller")
        if e.get("event") == "poller.batch"
    )
