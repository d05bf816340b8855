"""Benchmark: how long one small document takes from S3 to ``done`` on an idle stack, and
where every millisecond goes.

Small documents (the bundled 1 KB text letter, the HTML report and the one-page text PDF
invoice) are put in the inbox bucket **one at a time** on an idle ``docpipe up``, once per
durable engine; the next is put only after the previous one is done (the worker's
``job.done`` line, watched in its log: polling the status API every few ms would take the CPU
the job needs). Put-to-done is that line's ``ts``, written once the terminal row write has
returned (the worker's clock), minus the moment before ``put_object`` (this process's clock;
same machine). (The row's ``updatedAt`` is taken before that write is sent: it would leave
the write itself out.)

Each job's time is cut into hops from the events and logs the stack writes anyway:

==================  =========================================================================
s3 -> sqs           put to the S3 notification's ``SentTimestamp`` on the queue
sqs -> poller       ``SentTimestamp`` to the poller's receive (``ApproximateFirstReceiveTimestamp``)
consumer            receive to ``job.accepted`` (job built, durable promise created and confirmed)
worker pick-up      ``job.accepted`` to the first step's ``step.start``
<step> body         the step body's own time (``bodyMs`` of ``step.finish``)
<step> bookkeeping  the rest of the step's execution: its job-row write (a slow body's
                    start, notify's terminal write) and events (``durationMs - bodyMs``)
<step> checkpoint   this step's end to the next step's start: the SDK settling this step's
                    promise and creating the next one (round trips to the durable engine)
row done            the notify step's start to the row being done (the terminal row is
                    written inside notify, after the notification is published)
==================  =========================================================================

The floor is the same documents through :class:`docpipe_cli.demo_inprocess.InProcessStack`
(moto, the SDK's in-process Resonate, the real poller, consumer and worker code in one
process) in the same run: what the pipeline's code costs with no processes or sockets.

Goals (issue 25): median put-to-done <= 100 ms on SQLite and <= 150 ms on Postgres for the
1 KB text, and docpipe's own work per step (everything but the body) <= 5 ms median.

    python bench/latency.py [--runs 15] [--engine sqlite|postgres ...] [--skip-floor]

Results are printed and written to ``bench/results/latency.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path
from typing import Any

# As a script, this file's folder comes first on sys.path, where bench/consumer.py and
# bench/devserver.py would shadow the packages of those names: drop it before importing.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import boto3  # noqa: E402

from docpipe import events  # noqa: E402
from docpipe.events import read_events  # noqa: E402
from docpipe.jobs import STEPS, s3_job_id  # noqa: E402
from docpipe_cli.demo_inprocess import InProcessStack  # noqa: E402
from docpipe_cli.samples import SAMPLES_DIR  # noqa: E402
from docpipe_cli.stack.components import base_environment  # noqa: E402
from docpipe_cli.stack.launch import start_and_wait, stop_process  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
#: The documents, by the name the tables use: (sample file, content type).
DOCUMENTS = {
    "text 1 KB": ("letter.txt", "text/plain"),
    "html 1.4 KB": ("report.html", "text/html"),
    "pdf 1 page": ("invoice.pdf", "application/pdf"),
}
GOAL_MS = {"sqlite": 100.0, "postgres": 150.0}
GOAL_OVERHEAD_MS = 5.0
#: Hops in the order a job crosses them.
HOPS = (
    "s3 -> sqs",
    "sqs -> poller",
    "consumer",
    "worker pick-up",
    *(f"{step} {part}" for step in STEPS for part in ("body", "bookkeeping", "checkpoint")),
    "row done",
)


def now_ms() -> float:
    return time.time() * 1000


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ── one job's hops ─────────────────────────────────────────────────────────────────────


def log_ms(event: dict[str, Any]) -> float | None:
    """An event's time in epoch ms: its ``ts``, else its Powertools ``timestamp``."""
    if "ts" in event:
        return float(event["ts"])
    stamp = event.get("timestamp")
    if not isinstance(stamp, str):
        return None
    parsed = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f%z")
    return parsed.timestamp() * 1000


def hops_of(
    job_id: str, put_ms: float, done_ms: float, worker: list[dict[str, Any]], consumer: dict
) -> dict[str, float]:
    """Cut one job's put-to-done into :data:`HOPS` (ms) from its events."""
    hops: dict[str, float] = {}
    accepted = consumer.get(job_id)
    mine = [e for e in worker if e.get("jobId") == job_id]
    starts = {e["step"]: float(e["ts"]) for e in mine if e["event"] == events.STEP_START}
    finishes = {e["step"]: e for e in mine if e["event"] == events.STEP_FINISH}
    terminal = next((float(e["ts"]) for e in mine if e["event"] == events.JOB_DONE), None)
    if accepted is not None:
        sent, received = accepted.get("sentAt"), accepted.get("receivedAt")
        accepted_ms = log_ms(accepted)
        if sent is not None and received is not None:
            hops["s3 -> sqs"] = float(sent) - put_ms
            hops["sqs -> poller"] = float(received) - float(sent)
            if accepted_ms is not None:
                hops["consumer"] = accepted_ms - float(received)
        if accepted_ms is not None and "download" in starts:
            hops["worker pick-up"] = starts["download"] - accepted_ms
    ran = [step for step in STEPS if step in starts and step in finishes]
    for index, step in enumerate(ran):
        finish = finishes[step]
        body = float(finish.get("bodyMs", finish["durationMs"]))
        following = starts.get(ran[index + 1]) if index + 1 < len(ran) else terminal
        step_end = following if following is not None else float(finish["ts"])
        hops[f"{step} body"] = body
        hops[f"{step} bookkeeping"] = float(finish["durationMs"]) - body
        hops[f"{step} checkpoint"] = step_end - float(finish["ts"])
    if "notify" in starts:
        hops["row done"] = done_ms - starts["notify"]
    return hops


# ── the stack ──────────────────────────────────────────────────────────────────────────


class LogTail:
    """The worker's event log, read as it grows (whole lines only)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0

    def new_events(self) -> list[dict[str, Any]]:
        try:
            with self.path.open("rb") as handle:
                handle.seek(self.offset)
                data = handle.read()
        except FileNotFoundError:
            return []
        complete = data[: data.rfind(b"\n") + 1]
        self.offset += len(complete)
        return list(events.iter_events(complete.decode("utf-8", "replace").splitlines()))


def row_done(api: str, job_id: str, worker_log: LogTail, timeout: float = 60) -> float:
    """Wait for the worker's ``job.done`` line and check the status API says done; when the
    row turned done (ms): the line's ``ts``, taken once the terminal write returned.

    Watching the log, not polling the status API: every status read is a DynamoDB read and
    a promise lookup, and on two shared cores a poll every few milliseconds takes the CPU
    the job under test needs.
    """
    deadline = time.monotonic() + timeout
    ended = None
    while ended is None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{job_id} not done after {timeout} s")
        ended = next(
            (
                e
                for e in worker_log.new_events()
                if e.get("jobId") == job_id and e["event"] in (events.JOB_DONE, events.JOB_FAILED)
            ),
            None,
        )
        if ended is None:
            time.sleep(0.002)
    with urllib.request.urlopen(f"{api}/status/{job_id}", timeout=10) as response:
        body = json.load(response)
    if body.get("status") != "done":
        raise RuntimeError(f"{job_id} ended {body.get('status')}: {body.get('error')}")
    return float(ended["ts"])


def on_stack(engine: str, runs: int) -> dict[str, list[dict[str, float]]]:
    """Put each document ``runs`` times, one at a time, on a fresh ``docpipe up``."""
    env = {**base_environment(), "POWERTOOLS_LOG_LEVEL": "INFO"}
    measured: dict[str, list[dict[str, float]]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="docpipe-latency-") as tmp:
        state_dir = Path(tmp)
        up, stack = start_and_wait(state_dir, "--durable", engine, "--quiet", env=env)
        try:
            assert stack.status_api
            s3 = boto3.client(
                "s3",
                endpoint_url=stack.aws_endpoint,
                region_name=stack.region,
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )
            puts: list[tuple[str, str, float, float]] = []
            worker_log = LogTail(state_dir / "logs" / "worker.log")
            # One warm-up document per kind: imports and first connections are not latency.
            for run in range(-1, runs):
                for name, (sample, content_type) in DOCUMENTS.items():
                    key = f"latency/{run}/{sample}"
                    data = (SAMPLES_DIR / sample).read_bytes()
                    started = now_ms()
                    put = s3.put_object(
                        Bucket=stack.inbox_bucket, Key=key, Body=data, ContentType=content_type
                    )
                    job_id = s3_job_id(stack.inbox_bucket, key, put.get("VersionId"), put["ETag"])
                    done = row_done(stack.status_api, job_id, worker_log)
                    if run >= 0:
                        puts.append((name, job_id, started, done))
            worker = read_events(state_dir / "logs" / "worker.log")
            consumer = {
                e["jobId"]: e
                for e in read_events(state_dir / "logs" / "poller.log")
                if e.get("event") == events.JOB_ACCEPTED
            }
            for name, job_id, started, done in puts:
                hops = hops_of(job_id, started, done, worker, consumer)
                measured[name].append({"total": done - started, **hops})
        finally:
            stop_process(up)
    return measured


# ── the floor ──────────────────────────────────────────────────────────────────────────


def done_line(stack: Any, job_id: str, timeout: float = 10) -> tuple[list[dict[str, Any]], float]:
    """The in-process worker's event lines once its ``job.done`` for ``job_id`` is among
    them (the row turns done just before it is emitted), and that line's ``ts``."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [e.to_fields() for e in list(stack.events)]
        for e in lines:
            if e["event"] == events.JOB_DONE and e["jobId"] == job_id:
                return lines, float(e["ts"])
        if time.monotonic() > deadline:
            raise TimeoutError(f"no job.done for {job_id}")
        time.sleep(0.002)


def in_process(runs: int) -> dict[str, list[dict[str, float]]]:
    """The same documents through the in-process pipeline, one at a time."""
    measured: dict[str, list[dict[str, float]]] = defaultdict(list)
    with InProcessStack() as stack:
        stack.pump()  # the s3:TestEvent provisioning caused
        for run in range(-1, runs):
            for name, (sample, content_type) in DOCUMENTS.items():
                started = now_ms()
                item = stack.upload(
                    f"latency/{run}/{sample}",
                    (SAMPLES_DIR / sample).read_bytes(),
                    content_type=content_type,
                )
                stack.pump()
                record = stack.wait_for(item, timeout=60)
                if record.status != "done":
                    raise RuntimeError(f"{item.document_url} ended {record.status}")
                if run >= 0:
                    lines, done = done_line(stack, record.job_id)
                    hops = hops_of(record.job_id, started, done, lines, {})
                    measured[name].append({"total": done - started, **hops})
    return measured


# ── report ─────────────────────────────────────────────────────────────────────────────


def median(rows: list[dict[str, float]], key: str) -> float | None:
    values = [row[key] for row in rows if key in row]
    return statistics.median(values) if values else None


def p95(rows: list[dict[str, float]], key: str) -> float | None:
    values = sorted(row[key] for row in rows if key in row)
    if not values:
        return None
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def own_work(rows: list[dict[str, float]], step: str) -> float | None:
    """Median of a step's bookkeeping plus its checkpoint: docpipe's work around the body."""
    own = [
        {"own": row[f"{step} bookkeeping"] + row[f"{step} checkpoint"]}
        for row in rows
        if f"{step} checkpoint" in row
    ]
    return median(own, "own")


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def report(columns: dict[str, dict[str, list[dict[str, float]]]]) -> dict[str, Any]:
    """Print the put-to-done table, the per-hop table of the 1 KB text, and the goals."""
    names = list(columns)
    print("\nput -> done, ms (median / p95 over the runs), documents one at a time")
    print(f"{'document':<14}" + "".join(f"{name:>22}" for name in names))
    summary: dict[str, Any] = {}
    for document in DOCUMENTS:
        row = f"{document:<14}"
        for name in names:
            rows = columns[name].get(document, [])
            row += f"{fmt(median(rows, 'total')) + ' / ' + fmt(p95(rows, 'total')):>22}"
            summary.setdefault(name, {})[document] = {
                "median_ms": median(rows, "total"),
                "p95_ms": p95(rows, "total"),
            }
        print(row)
    text = next(iter(DOCUMENTS))
    print(f"\nwhere the {text} document's time goes, ms (median)")
    print(f"{'hop':<22}" + "".join(f"{name:>14}" for name in names))
    for hop in HOPS:
        print(
            f"{hop:<22}"
            + "".join(f"{fmt(median(columns[n].get(text, []), hop)):>14}" for n in names)
        )
    print("\ngoals (the 1 KB text):")
    floor = summary.get("in-process", {}).get(text, {}).get("median_ms")
    for name in names:
        if name == "in-process":
            continue
        engine = name.split()[0]
        total = summary[name][text]["median_ms"]
        overheads = [own_work(columns[name].get(text, []), step) for step in STEPS]
        worst = max((o for o in overheads if o is not None), default=None)
        ratio = f" = {total / floor:.2f}x the in-process floor" if floor else ""
        print(
            f"  {name}: put->done {fmt(total)} ms (goal <= {GOAL_MS[engine]:.0f}: "
            f"{'met' if total is not None and total <= GOAL_MS[engine] else 'NOT met'}){ratio}; "
            f"worst step's own work (bookkeeping + checkpoint) {fmt(worst)} ms "
            f"(goal <= {GOAL_OVERHEAD_MS:.0f}: "
            f"{'met' if worst is not None and worst <= GOAL_OVERHEAD_MS else 'NOT met'})"
        )
        summary[name]["worst_step_own_ms"] = worst
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="documents of each kind")
    parser.add_argument("--engine", action="append", choices=("sqlite", "postgres"))
    parser.add_argument("--skip-floor", action="store_true", help="no in-process floor")
    args = parser.parse_args()
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
    columns: dict[str, dict[str, list[dict[str, float]]]] = {}
    if not args.skip_floor:
        say(f"in-process floor: {args.runs} x {len(DOCUMENTS)} documents ...")
        columns["in-process"] = in_process(args.runs)
    for engine in args.engine or ["sqlite", "postgres"]:
        say(f"docpipe up --durable {engine}: {args.runs} x {len(DOCUMENTS)} documents ...")
        columns[f"{engine} stack"] = on_stack(engine, args.runs)
    summary = report(columns)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latency.json").write_text(json.dumps({"runs": args.runs, **summary}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
