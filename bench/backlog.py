"""Benchmark: a backlog of small documents uploaded at once, from S3 to ``done``.

``--documents`` small text documents (a few KB each, mixed formats: plain text, Markdown,
HTML, CSV) are put in the inbox bucket at once (16 uploaders) on a fresh ``docpipe up``, once
per durable engine; the bench waits until every job's row is terminal and then runs the
checkpoint audit (:mod:`docpipe_cli.stack.audit`) over the whole backlog: no job lost (every
upload has exactly one terminal row, ``done``), none duplicated (no step ran after its
checkpoint existed).

Printed per engine: documents/s from the first upload to the last ``done``; p50/p95/p99 of
upload-to-done; per step the median time of the body and of the bookkeeping around it
(``step.finish``'s ``bodyMs`` and ``durationMs``); and the ceiling: the same documents through
the in-process pipeline (:class:`docpipe_cli.demo_inprocess.InProcessStack`, one process, no
sockets) in the same run, with the ratio stack / ceiling. Where the time goes: CPU seconds
per document of each component (the ceiling's whole process beside them) and the AWS calls
per document by service and operation with the emulator CPU they cost (its call counts,
:mod:`docpipe_cli.stack.aws_calls`). The bench follows the worker's log for the jobs' ends
and reads the table once at the end: polling it with scans cost the emulator a third of its
CPU.

Goals (issue 23): the stack >= 0.8x the in-process ceiling on SQLite, >= 0.6x on Postgres.

    python bench/backlog.py [--documents 1000] [--engine sqlite|postgres ...] [--skip-ceiling]

Results are printed and written to ``bench/results/backlog.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

# As a script, this file's folder comes first on sys.path, where bench/consumer.py and
# bench/devserver.py would shadow the packages of those names: drop it before importing.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import boto3  # noqa: E402

from docpipe import events  # noqa: E402
from docpipe.events import iter_events, read_events  # noqa: E402
from docpipe.jobs import STEPS, s3_job_id  # noqa: E402
from docpipe.settings import Settings  # noqa: E402
from docpipe_cli.demo_inprocess import REGION, InProcessStack  # noqa: E402
from docpipe_cli.stack.audit import checkpointed_reruns  # noqa: E402
from docpipe_cli.stack.aws_calls import STATS_PATH  # noqa: E402
from docpipe_cli.stack.components import base_environment  # noqa: E402
from docpipe_cli.stack.cpu import components_cpu  # noqa: E402
from docpipe_cli.stack.launch import start_and_wait, stop_process  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
GOALS = {"sqlite": 0.8, "postgres": 0.6}
UPLOADERS = 16
#: The CSV part lists no kind of business document ("other"): the low-confidence review gate
#: would hold it for a reviewer, and this bench measures throughput, not review.
NO_REVIEW_GATE = {"DOCPIPE_REVIEW_CONFIDENCE": "0"}


def document(i: int) -> tuple[str, bytes, str]:
    """The ``i``-th document of the backlog: (file name, bytes, content type), a few KB."""
    lines = "".join(
        f"{n}. Delivery of {10 + (i + n) % 90} units of part P-{i:05d}-{n} at "
        f"{(i * 7 + n) % 500 + 10}.{n % 100:02d} EUR, due 2027-0{1 + n % 9}-1{n % 10}.\n"
        for n in range(40)
    )
    title = f"Invoice INV-{i:06d} from Example Supplies Ltd to Customer {i % 97}"
    match i % 4:
        case 0:
            return f"doc-{i}.txt", f"{title}\n\n{lines}".encode(), "text/plain"
        case 1:
            return f"doc-{i}.md", f"# {title}\n\n{lines}".encode(), "text/markdown"
        case 2:
            rows = "".join(f"<p>{line}</p>" for line in lines.splitlines())
            head = f"<head><title>{title}</title></head>"
            html = f"<html>{head}<body><h1>{title}</h1>{rows}</body></html>"
            return f"doc-{i}.html", html.encode(), "text/html"
        case _:
            csv = "item,units,price\n" + "".join(
                f"P-{i:05d}-{n},{10 + n},{n * 3 + 1}.50\n" for n in range(80)
            )
            return f"doc-{i}.csv", csv.encode(), "text/csv"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def figures(uploaded: dict[str, float], finished: dict[str, float], started: float) -> dict:
    """Throughput and latency (seconds) from upload and ``done`` times in epoch ms."""
    latencies = [(finished[job] - uploaded[job]) / 1000 for job in uploaded]
    return {
        "documents_per_s": len(uploaded) / ((max(finished.values()) - started) / 1000),
        "p50_s": statistics.median(latencies),
        "p95_s": percentile(latencies, 0.95),
        "p99_s": percentile(latencies, 0.99),
    }


def step_times(worker_events: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per step: median body ms and median bookkeeping ms (``durationMs - bodyMs``)."""
    body: dict[str, list[float]] = defaultdict(list)
    rest: dict[str, list[float]] = defaultdict(list)
    for event in worker_events:
        if event.get("event") == events.STEP_FINISH and "bodyMs" in event:
            body[event["step"]].append(float(event["bodyMs"]))
            rest[event["step"]].append(float(event["durationMs"]) - float(event["bodyMs"]))
    return {
        step: {
            "body_ms": statistics.median(body[step]),
            "bookkeeping_ms": statistics.median(rest[step]),
        }
        for step in STEPS
        if body[step]
    }


# ── the stack ──────────────────────────────────────────────────────────────────────────


def emulator_calls(endpoint: str) -> dict[str, tuple[int, float]]:
    """The AWS emulator's calls so far: ``"service Operation"`` -> (count, CPU seconds)."""
    with urllib.request.urlopen(endpoint + STATS_PATH, timeout=30) as answer:
        rows = json.load(answer)["calls"]
    return {f"{r['service']} {r['operation']}": (r["count"], r["cpuSeconds"]) for r in rows}


def calls_per_document(
    before: dict[str, tuple[int, float]], after: dict[str, tuple[int, float]], count: int
) -> dict[str, dict[str, float]]:
    """Per call name: calls per document and emulator CPU ms per document, busiest first."""
    per_doc = {}
    for name, (calls, cpu) in after.items():
        calls_then, cpu_then = before.get(name, (0, 0.0))
        if calls > calls_then:
            per_doc[name] = {
                "calls": (calls - calls_then) / count,
                "cpu_ms": (cpu - cpu_then) * 1000 / count,
            }
    return dict(sorted(per_doc.items(), key=lambda item: -item[1]["cpu_ms"]))


def terminal_rows(ddb: Any, table: str) -> dict[str, dict[str, Any]]:
    """Every job row that is done or failed, by job id."""
    rows: dict[str, dict[str, Any]] = {}
    params: dict[str, Any] = {"TableName": table}
    while True:
        page = ddb.scan(**params)
        for item in page["Items"]:
            status = item.get("status", {}).get("S")
            if status in ("done", "failed"):
                rows[item["jobId"]["S"]] = {
                    "status": status,
                    "updatedAt": float(item["updatedAt"]["N"]),
                }
        if "LastEvaluatedKey" not in page:
            return rows
        params["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def wait_for_ends(worker_log: Path, jobs: set[str], deadline: float) -> None:
    """Follow the worker's log until every job in ``jobs`` has logged its end.

    The log, not the table: a scan of the table is the emulator's dearest call (its CPU grows
    with the rows), and polling with it would take the emulator's CPU from the stack.
    """
    waiting, offset = set(jobs), 0
    while waiting:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(waiting)} of {len(jobs)} jobs unfinished")
        time.sleep(0.5)  # the log grows as jobs end; read what is new
        with worker_log.open("rb") as handle:
            handle.seek(offset)
            data = handle.read()
        complete = data.rfind(b"\n") + 1
        offset += complete
        for event in iter_events(data[:complete].decode("utf-8", "replace").splitlines()):
            if event["event"] in (events.JOB_DONE, events.JOB_FAILED):
                waiting.discard(str(event.get("jobId")))


def on_stack(engine: str, count: int, timeout: float) -> dict[str, Any]:
    env = {**base_environment(), "POWERTOOLS_LOG_LEVEL": "WARNING", **NO_REVIEW_GATE}
    with tempfile.TemporaryDirectory(prefix="docpipe-backlog-") as tmp:
        state_dir = Path(tmp)
        up, stack = start_and_wait(state_dir, "--durable", engine, "--quiet", env=env)
        try:
            session = boto3.session.Session(
                aws_access_key_id="testing", aws_secret_access_key="testing"
            )
            s3 = session.client("s3", endpoint_url=stack.aws_endpoint, region_name=stack.region)
            ddb = session.client(
                "dynamodb", endpoint_url=stack.aws_endpoint, region_name=stack.region
            )
            uploaded: dict[str, float] = {}
            cpu_before = components_cpu(state_dir)
            calls_before = emulator_calls(stack.aws_endpoint)

            def upload(i: int) -> None:
                name, data, content_type = document(i)
                key = f"backlog/{name}"
                put = s3.put_object(
                    Bucket=stack.inbox_bucket, Key=key, Body=data, ContentType=content_type
                )
                job_id = s3_job_id(stack.inbox_bucket, key, put.get("VersionId"), put["ETag"])
                uploaded[job_id] = time.time() * 1000

            started = time.time() * 1000
            with ThreadPoolExecutor(max_workers=UPLOADERS) as pool:
                list(pool.map(upload, range(count)))
            worker_log = state_dir / "logs" / "worker.log"
            wait_for_ends(worker_log, set(uploaded), time.monotonic() + timeout)
            deadline = time.monotonic() + timeout
            # One scan, normally: a job's row turns terminal before its end is logged.
            while len(rows := terminal_rows(ddb, stack.table)) < count:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{count - len(rows)} of {count} jobs unfinished")
                time.sleep(0.5)  # polling the table for a real condition
            cpu = {
                name: (spent - cpu_before.get(name, 0.0)) / count
                for name, spent in components_cpu(state_dir).items()
            }
            calls = calls_per_document(calls_before, emulator_calls(stack.aws_endpoint), count)
            lost = set(uploaded) - set(rows)
            failed = sorted(job for job, row in rows.items() if row["status"] != "done")
            audit = checkpointed_reruns(
                [worker_log], stack.resonate_url, job_ids=set(uploaded), settle_timeout=120
            )
            result = figures(uploaded, {job: rows[job]["updatedAt"] for job in uploaded}, started)
            return {
                **result,
                "steps": step_times(read_events(worker_log)),
                "cpu_s_per_doc": cpu,
                "aws_calls_per_doc": calls,
                "lost": len(lost),
                "failed": failed,
                "audited_steps": audit.audited,
                "reruns_after_checkpoint": len(audit.reruns),
                "unsettled": len(audit.unsettled),
            }
        finally:
            stop_process(up)


# ── the ceiling ────────────────────────────────────────────────────────────────────────


def in_process(count: int, timeout: float) -> dict[str, Any]:
    """The same backlog through the in-process pipeline: upload all, deliver, wait."""
    recorded: list[dict[str, Any]] = []
    # One process, nothing to crash: a lease long enough that a backlog of a thousand jobs
    # on one event loop never lapses (at the default 15 s, 1,000 jobs lapsed ~700 leases and
    # ran those executions again, slowing the ceiling down).
    settings = Settings(region=REGION, review_confidence=0.0, worker_ttl_seconds=3600)
    cpu_started = time.process_time()
    # As the worker's log lines read back: step_times reads both the same way.
    with InProcessStack(settings, emit=lambda e: recorded.append(e.to_fields())) as stack:
        stack.pump()  # the s3:TestEvent provisioning caused
        uploaded: dict[str, float] = {}
        submitted = []
        started = time.time() * 1000
        for i in range(count):
            name, data, content_type = document(i)
            item = stack.upload(f"backlog/{name}", data, content_type=content_type)
            uploaded[item.document_url] = time.time() * 1000
            submitted.append(item)
        stack.pump()
        finished = {}
        for item in submitted:
            record = stack.wait_for(item, timeout=timeout)
            if record.status != "done":
                raise RuntimeError(f"{item.document_url} ended {record.status}: {record.error}")
            finished[item.document_url] = float(record.updated_at)
        cpu = {"in-process": (time.process_time() - cpu_started) / count}
    return {
        **figures(uploaded, finished, started),
        "steps": step_times(recorded),
        "cpu_s_per_doc": cpu,
    }


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def report(columns: dict[str, dict[str, Any]]) -> None:
    names = list(columns)
    print(f"\n{'':<22}" + "".join(f"{name:>18}" for name in names))
    for key, label in (
        ("documents_per_s", "documents/s"),
        ("p50_s", "upload->done p50 s"),
        ("p95_s", "upload->done p95 s"),
        ("p99_s", "upload->done p99 s"),
    ):
        print(f"{label:<22}" + "".join(f"{columns[n][key]:>18.2f}" for n in names))
    for step in STEPS:
        for part in ("body_ms", "bookkeeping_ms"):
            cells = [columns[n]["steps"].get(step, {}).get(part) for n in names]
            label = f"{step} {part.removesuffix('_ms')} ms"
            print(
                f"{label:<22}" + "".join(f"{'-' if c is None else f'{c:.1f}':>18}" for c in cells)
            )
    print("\nCPU seconds per document, by process (2 cores on this machine, shared):")
    for name, column in columns.items():
        cpu = column["cpu_s_per_doc"]
        parts = ", ".join(f"{part} {spent:.3f}" for part, spent in cpu.items())
        print(f"  {name:<16} all {sum(cpu.values()):.3f}: {parts}")
    for name, column in columns.items():
        if "aws_calls_per_doc" not in column:
            continue
        calls = column["aws_calls_per_doc"]
        total = sum(c["calls"] for c in calls.values())
        cpu_ms = sum(c["cpu_ms"] for c in calls.values())
        print(
            f"\n{name}: {total:.1f} AWS calls per document, {cpu_ms:.0f} ms emulator CPU in them:"
        )
        for call, c in calls.items():
            print(f"  {call:<40}{c['calls']:8.2f} calls{c['cpu_ms']:9.1f} ms")
    ceiling = columns.get("in-process")
    print()
    for name, column in columns.items():
        if name == "in-process":
            continue
        engine = name.split()[0]
        checks = (
            f"lost {column['lost']}, failed {len(column['failed'])}, steps run again after "
            f"their checkpoint {column['reruns_after_checkpoint']} of {column['audited_steps']}"
        )
        if ceiling is None:
            print(f"{name}: {checks}")
            continue
        ratio = column["documents_per_s"] / ceiling["documents_per_s"]
        column["over_ceiling"] = round(ratio, 2)
        met = "met" if ratio >= GOALS[engine] else "NOT met"
        goal = f"goal >= {GOALS[engine]}: {met}"
        print(f"{name}: {ratio:.2f}x the in-process ceiling ({goal}); {checks}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--engine", action="append", choices=("sqlite", "postgres"))
    parser.add_argument("--skip-ceiling", action="store_true", help="no in-process ceiling")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per run")
    args = parser.parse_args()
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
    columns: dict[str, dict[str, Any]] = {}
    if not args.skip_ceiling:
        say(f"in-process ceiling: {args.documents} documents ...")
        columns["in-process"] = in_process(args.documents, args.timeout)
    for engine in args.engine or ["sqlite", "postgres"]:
        say(f"docpipe up --durable {engine}: {args.documents} documents at once ...")
        columns[f"{engine} stack"] = on_stack(engine, args.documents, args.timeout)
    report(columns)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "backlog.json").write_text(
        json.dumps({"documents": args.documents, **columns}, indent=2) + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
