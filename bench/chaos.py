"""Chaos benchmark: documents through ``docpipe up`` while its parts are killed and AWS fails.

One ``docpipe up`` runs against its own moto server *behind a fault proxy*
(:mod:`testbed.faultproxy`; ``stack.json``'s ``aws_endpoint`` is the proxy). Two phases
run on it, each with N documents (mixed formats: PDF, DOCX, HTML, Markdown, text and a
scanned receipt that needs OCR), all uploaded at once:

1. **calm** -- no faults: the baseline.
2. **chaos** -- for the first ``--chaos-seconds``: every few seconds a random component
   (Resonate server, worker, poller, status API) is SIGKILLed (the supervisor restarts it)
   or SIGSTOPped for longer than the lease TTL and then continued; meanwhile the proxy
   answers ``--fault-rate`` of the S3, SQS, DynamoDB and SNS calls with 500/503/throttling
   errors and delays ``--latency-rate`` of them by up to ``--max-latency-ms``. Then the
   faults stop and every job must still reach a terminal state.

Measured from outside the pipeline (straight from moto and the Resonate server, never
through the proxy): jobs done / failed (with codes) / not terminal; **checkpointed steps
that ran again** -- a ``step.start`` event whose step promise (``stepId``) had already been
settled by then (must be 0); **duplicate notifications** -- an SQS queue subscribed to the
job topic, counted per job (must be 0 extra); the DLQ depth; and time from upload to the
terminal row (``finishedAt``, the worker's clock), p50/p95, chaos vs calm.

    python bench/chaos.py [--documents 100] [--chaos-seconds 60] [--fault-rate 0.2] [--json]

Results are printed and written to ``bench/results/chaos.json``; exit 1 if an invariant
(every job terminal, no checkpointed step re-run, no duplicate notification) does not hold.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

# As a script, this file's folder comes first on sys.path, where bench/consumer.py and
# bench/devserver.py would shadow the packages of those names: drop it before importing.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import boto3  # noqa: E402

from docpipe import events  # noqa: E402
from docpipe.jobs import s3_job_id  # noqa: E402
from docpipe_cli.samples import SAMPLES_DIR, sample_files  # noqa: E402
from docpipe_cli.stack.audit import checkpointed_reruns  # noqa: E402
from docpipe_cli.stack.components import base_environment, http_answers  # noqa: E402
from docpipe_cli.stack.launch import (  # noqa: E402
    UP_LOG,
    free_port,
    stop_process,
    up_argv,
    wait_for_stack,
)
from docpipe_cli.stack.orphans import preexec_die_with_parent  # noqa: E402
from docpipe_cli.stack.stackfile import StackInfo  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
#: Components the monkey disrupts (the AWS emulator stays: it keeps its state in memory).
TARGETS = ("resonate", "worker", "poller", "api")
#: Text formats get a unique line so every document's bytes differ.
TEXT_SUFFIXES = (".txt", ".md", ".html")


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def documents(count: int, prefix: str) -> list[tuple[str, bytes]]:
    """``count`` documents cycling through the bundled samples (keys unique per phase)."""
    samples = sample_files(SAMPLES_DIR)  # the documents, not the package's __init__.py
    out = []
    for i in range(count):
        sample = samples[i % len(samples)]
        data = sample.read_bytes()
        if sample.suffix in TEXT_SUFFIXES:
            data += f"\n\nChaos copy {prefix}-{i}.\n".encode()
        out.append((f"{prefix}/{i:04d}-{sample.name}", data))
    return out


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (no interpolation: honest for small samples)."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


class Aws:
    """Clients straight to the emulator (never through the proxy): the bench's own view."""

    def __init__(self, endpoint: str, region: str) -> None:
        def make(service: str) -> Any:
            return boto3.client(
                service,
                endpoint_url=endpoint,
                region_name=region,
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )

        self.s3, self.sqs, self.sns, self.dynamodb = (
            make(name) for name in ("s3", "sqs", "sns", "dynamodb")
        )

    def rows(self, table: str) -> dict[str, dict[str, Any]]:
        items: dict[str, dict[str, Any]] = {}
        kwargs: dict[str, Any] = {"TableName": table, "ConsistentRead": True}
        while True:
            page = self.dynamodb.scan(**kwargs)
            for item in page["Items"]:
                items[item["jobId"]["S"]] = item
            if "LastEvaluatedKey" not in page:
                return items
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def subscribe(self, topic_arn: str) -> str:
        """A queue subscribed to the job topic: every notification lands there."""
        url = self.sqs.create_queue(QueueName=f"chaos-notifications-{os.getpid()}")["QueueUrl"]
        arn = self.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])[
            "Attributes"
        ]["QueueArn"]
        self.sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=arn)
        return str(url)

    def notifications(self, queue_url: str) -> Counter[str]:
        """Notifications per job id, draining the queue until two receives come back empty."""
        counts: Counter[str] = Counter()
        empty = 0
        while empty < 2:
            batch = self.sqs.receive_message(
                QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=1
            ).get("Messages", [])
            empty = 0 if batch else empty + 1
            for message in batch:
                envelope = json.loads(message["Body"])
                counts[str(json.loads(envelope["Message"])["jobId"])] += 1
                self.sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
        return counts

    def depth(self, queue_url: str) -> int:
        attributes = self.sqs.get_queue_attributes(
            QueueUrl=queue_url,
            AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        )["Attributes"]
        return sum(int(v) for v in attributes.values())


class Monkey(threading.Thread):
    """Every few seconds, SIGKILL or SIGSTOP (for longer than the lease TTL) one component."""

    def __init__(self, state_dir: Path, args: argparse.Namespace, rng: random.Random) -> None:
        super().__init__(daemon=True)
        self.state_dir, self.args, self.rng = state_dir, args, rng
        self.until = time.monotonic() + args.chaos_seconds
        self.done = threading.Event()
        self.actions: list[dict[str, Any]] = []

    def run(self) -> None:
        try:
            deck: list[str] = []
            while time.monotonic() < self.until:
                # Random order, but every component before any one twice.
                deck = deck or self.rng.sample(TARGETS, len(TARGETS))
                target = deck.pop()
                pid = int(json.loads((self.state_dir / "pids.json").read_text())[target])
                if self.rng.random() < 0.5:
                    self._signal(pid, signal.SIGKILL)
                    self.actions.append({"t": time.time(), "target": target, "action": "kill"})
                else:
                    paused = self.args.worker_ttl + self.rng.uniform(1, 3)
                    self._signal(pid, signal.SIGSTOP)
                    try:
                        self.done.wait(paused)  # the fault itself: the component is frozen
                    finally:
                        self._signal(pid, signal.SIGCONT)
                    self.actions.append(
                        {"t": time.time(), "target": target, "action": f"stop {paused:.1f}s"}
                    )
                self.done.wait(self.rng.uniform(self.args.interval_min, self.args.interval_max))
        finally:
            self.done.set()

    @staticmethod
    def _signal(pgid: int, signum: signal.Signals) -> None:
        # The whole process group: the poller's and the API's function processes too.
        # Gone already (being restarted): nothing to disrupt now.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signum)


def set_faults(proxy: str, **plan: float) -> None:
    request = urllib.request.Request(
        proxy + "/_chaos/faults", data=json.dumps(plan).encode(), method="POST"
    )
    with urllib.request.urlopen(request, timeout=10):
        pass


def proxy_stats(proxy: str) -> dict[str, Any]:
    with urllib.request.urlopen(proxy + "/_chaos/stats", timeout=10) as response:
        stats: dict[str, Any] = json.load(response)
        return stats


def run_phase(
    aws: Aws, stack: StackInfo, docs: list[tuple[str, bytes]], timeout: float
) -> dict[str, Any]:
    """Upload ``docs`` at once; wait until every job's row is terminal (or time runs out)."""
    uploaded: dict[str, float] = {}
    for key, data in docs:
        started = time.time()
        put = aws.s3.put_object(Bucket=stack.inbox_bucket, Key=key, Body=data)
        uploaded[s3_job_id(stack.inbox_bucket, key, put.get("VersionId"), put["ETag"])] = started
    deadline = time.monotonic() + timeout
    while True:
        rows = aws.rows(stack.table)
        # moto applies an UpdateItem in steps, so a scan may catch a row without its status.
        terminal = {
            job: rows[job]
            for job in uploaded
            if rows.get(job, {}).get("status", {}).get("S") in ("done", "failed")
        }
        if len(terminal) == len(uploaded) or time.monotonic() > deadline:
            break
        time.sleep(1)  # polling a real condition: the rows the worker writes
    seconds = [
        int(row["finishedAt"]["N"]) / 1000 - uploaded[job]
        for job, row in terminal.items()
        if "finishedAt" in row
    ]
    codes = Counter(
        json.loads(row["errorJson"]["S"]).get("code", "?")
        for row in terminal.values()
        if row["status"]["S"] == "failed"
    )
    return {
        "jobs": list(uploaded),
        "done": sum(row["status"]["S"] == "done" for row in terminal.values()),
        "failed": sum(codes.values()),
        "failed_codes": dict(codes),
        "not_terminal": len(uploaded) - len(terminal),
        "p50_s": round(percentile(seconds, 0.5), 2) if seconds else None,
        "p95_s": round(percentile(seconds, 0.95), 2) if seconds else None,
    }


def worker_event_counts(log: Path) -> dict[str, int]:
    """How often the worker retried, gave up, joined a running step, or could not write the
    job table (the transient failures that got past botocore's own retries)."""
    counted = (
        events.STEP_RETRY,
        events.STEP_GAVE_UP,
        events.STEP_JOINED,
        events.JOB_TABLE_UNWRITABLE,
    )
    found = Counter(e["event"] for e in events.read_events(log) if e["event"] in counted)
    return {name: found[name] for name in counted}


def spawn(argv: list[str], log: Any, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A child that dies with this process, however it dies (a test's timeout SIGKILLs it):
    nothing the bench started may outlive it. Called before the monkey's thread exists."""
    return subprocess.Popen(
        argv,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        preexec_fn=preexec_die_with_parent(),  # noqa: PLW1509 -- single-threaded here
    )


def start_emulator_and_proxy(tmp: Path, args: argparse.Namespace) -> tuple[list[Any], str, str]:
    env = base_environment()
    moto_port, proxy_port = free_port(), free_port()
    moto_url, proxy_url = f"http://127.0.0.1:{moto_port}", f"http://127.0.0.1:{proxy_port}"
    processes = []
    for name, argv in (
        ("moto", [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(moto_port)]),
        (
            "faultproxy",
            [
                sys.executable,
                "-m",
                "testbed.faultproxy",
                "--upstream",
                moto_url,
                "--port",
                str(proxy_port),
                "--seed",
                str(args.seed),
            ],
        ),
    ):
        with (tmp / f"{name}.log").open("ab") as log:
            processes.append(spawn(argv, log, env))
    deadline = time.monotonic() + 120
    while not (http_answers(moto_url + "/moto-api/") and http_answers(proxy_url + "/_chaos/stats")):
        if time.monotonic() > deadline:
            raise RuntimeError("the emulator or the fault proxy did not start")
        time.sleep(0.2)
    return processes, moto_url, proxy_url


def measure(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    rng = random.Random(args.seed)
    processes, moto_url, proxy_url = start_emulator_and_proxy(tmp, args)
    state_dir = tmp / "stack"
    env = {**base_environment(), "DOCPIPE_WORKER_TTL_SECONDS": str(args.worker_ttl)}
    env.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
    up_args = ("--without", "aws", "--aws-endpoint", proxy_url, "--quiet")
    mapping = ("--max-receive-count", "10", "--visibility-timeout", "30")
    state_dir.mkdir(parents=True)
    try:
        with (state_dir / UP_LOG).open("ab") as log:
            up = spawn(up_argv(state_dir, *up_args, *mapping), log, env)
        try:
            stack = wait_for_stack(up, state_dir)
            aws = Aws(moto_url, stack.region)
            notifications = aws.subscribe(stack.topic_arn)
            say(f"calm: {args.documents} documents ...")
            calm = run_phase(aws, stack, documents(args.documents, "calm"), args.timeout)
            say(f"chaos: {args.documents} documents, {args.chaos_seconds:.0f} s of faults ...")
            set_faults(
                proxy_url,
                rate=args.fault_rate,
                latencyRate=args.latency_rate,
                maxLatencyMs=args.max_latency_ms,
            )
            monkey = Monkey(state_dir, args, rng)
            monkey.start()
            try:
                chaos = run_phase(aws, stack, documents(args.documents, "chaos"), args.timeout)
            finally:
                monkey.done.wait()  # the chaos window ends (and every stopped part resumes)
                set_faults(proxy_url, rate=0, latencyRate=0)
            say("auditing ...")
            counts = aws.notifications(notifications)
            audit = checkpointed_reruns(
                [state_dir / "logs" / "worker.log"],
                stack.resonate_url,
                job_ids=set(calm["jobs"]) | set(chaos["jobs"]),
            )
            return {
                "calm": calm,
                "chaos": chaos,
                "step_starts_audited": audit.audited,
                "executions_unsettled": len(audit.unsettled),
                "checkpointed_steps_rerun": len(audit.reruns),
                "reruns": [asdict(rerun) for rerun in audit.reruns],
                "duplicate_notifications": sum(n - 1 for n in counts.values() if n > 1),
                "notified_more_than_once": {job: n for job, n in counts.items() if n > 1},
                "jobs_notified": len(counts),
                "dlq_depth": aws.depth(stack.dlq_url),
                "worker_events": worker_event_counts(state_dir / "logs" / "worker.log"),
                "disruptions": monkey.actions,
                "faults": proxy_stats(proxy_url),
            }
        finally:
            stop_process(up)
            if args.keep_logs is not None:
                shutil.copytree(state_dir / "logs", args.keep_logs, dirs_exist_ok=True)
    finally:
        for process in processes:
            stop_process(process, grace=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100, help="per phase")
    parser.add_argument("--chaos-seconds", type=float, default=60.0)
    parser.add_argument("--fault-rate", type=float, default=0.2, help="share of AWS calls failed")
    parser.add_argument("--latency-rate", type=float, default=0.3, help="share delayed")
    parser.add_argument("--max-latency-ms", type=int, default=400)
    parser.add_argument("--worker-ttl", type=int, default=5, help="lease TTL, seconds")
    parser.add_argument("--interval-min", type=float, default=2.0, help="seconds between faults")
    parser.add_argument("--interval-max", type=float, default=5.0)
    parser.add_argument("--timeout", type=float, default=900.0, help="per phase, seconds")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    parser.add_argument("--keep-logs", type=Path, help="copy the components' logs here at the end")
    args = parser.parse_args()
    # SIGTERM unwinds like Ctrl-C, so every process started here is stopped on the way out.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    with tempfile.TemporaryDirectory(prefix="docpipe-chaos-") as tmp:
        measured = measure(args, Path(tmp))
    calm, chaos = measured["calm"], measured["chaos"]
    jobs = calm.pop("jobs") + chaos.pop("jobs")
    results = {
        "documents_per_phase": args.documents,
        "chaos_seconds": args.chaos_seconds,
        "fault_rate": args.fault_rate,
        "worker_ttl_s": args.worker_ttl,
        **measured,
        "chaos_over_calm": {
            key: round(chaos[key] / calm[key], 2) if chaos[key] and calm[key] else None
            for key in ("p50_s", "p95_s")
        },
        "all_terminal": calm["not_terminal"] == 0 and chaos["not_terminal"] == 0,
        "jobs": len(jobs),
    }
    holds = (
        results["all_terminal"]
        and results["executions_unsettled"] == 0
        and results["checkpointed_steps_rerun"] == 0
        and results["duplicate_notifications"] == 0
    )
    results["invariants_hold"] = holds
    text = json.dumps(results, indent=2)
    print(text)
    if not args.json:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "chaos.json").write_text(text + "\n")
    return 0 if holds else 1


if __name__ == "__main__":
    sys.exit(main())
