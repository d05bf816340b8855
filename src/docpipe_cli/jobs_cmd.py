"""``docpipe jobs``: the status API's job listing, a page at a time.

::

    docpipe jobs                             the newest jobs of every state
    docpipe jobs --status failed --limit 50  one state's newest jobs
    docpipe jobs --cursor C                  the next page (the previous page prints it)

Found like the other user commands. Exit codes: 0 listed, 2 bad arguments (or a 400
answer), 5 the API did not answer.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from docpipe.errors import DocpipeError
from docpipe_cli.hints import command
from docpipe_cli.usercli import (
    EXIT_DONE,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    refusal,
    resolve_target,
    say,
    status_client,
)

#: The job states ``--status`` takes (the status API's vocabulary).
STATES = ("processing", "awaiting_review", "done", "failed")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", choices=STATES, help="only jobs in this state")
    parser.add_argument("--limit", type=int, default=20, help="jobs per page (1-100)")
    parser.add_argument("--cursor", help="where the previous page ended (it prints the command)")
    parser.add_argument("--json", action="store_true", help="print the API's JSON answer")
    parser.add_argument(
        "--stack", type=Path, help="stack.json of a running stack (default .docpipe/stack.json)"
    )
    parser.epilog = "exit codes: 0 listed; 2 bad arguments; 5 no answer"


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= 100:
        say(f"docpipe jobs: --limit must be between 1 and 100, got {args.limit}")
        return EXIT_USAGE
    try:
        target = resolve_target(args.stack)
        query = {"limit": args.limit, "status": args.status, "cursor": args.cursor}
        answer = status_client(target).get_json(
            "/jobs?" + urlencode({k: v for k, v in query.items() if v is not None})
        )
    except DocpipeError as exc:  # ConfigError and ApiUnavailable among them
        return refusal("docpipe jobs", exc)
    if answer.status != 200 or not isinstance(answer.body, dict):
        say(f"docpipe jobs: {answer.message} (HTTP {answer.status})")
        return EXIT_USAGE if answer.status == 400 else EXIT_UNAVAILABLE
    if args.json:
        print(json.dumps(answer.body, indent=2, sort_keys=True))
        return EXIT_DONE
    jobs: list[dict[str, Any]] = answer.body.get("jobs", [])
    if not jobs:
        print("no jobs" + (f" {args.status}" if args.status else ""))
    for job in jobs:
        print("\t".join(_row(job)))
    cursor = answer.body.get("cursor")
    if cursor:
        more = ["jobs", "--limit", str(args.limit), "--cursor", str(cursor)]
        if args.status:
            more[1:1] = ["--status", args.status]
        say(f"more: {command(*more, stack=target.stack)}")
    return EXIT_DONE


def _row(job: dict[str, Any]) -> list[str]:
    """``id  state  created  type-or-error  document`` for one job."""
    state = str(job.get("status", "?"))
    if state == "failed":
        error = job.get("error") or {}
        detail = str(error.get("code", "error"))
    elif state == "processing":
        detail = str(job.get("step") or "queued")
    else:
        analysis = (job.get("result") or {}).get("analysis") or {}
        detail = str(analysis.get("documentType") or "")
    created = job.get("createdAt")
    when = (
        time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(created / 1000))
        if isinstance(created, int)
        else "?"
    )
    retry = f" (retry of {job['retryOf']})" if job.get("retryOf") else ""
    return [str(job.get("jobId")), state, when, detail + retry, str(job.get("documentUrl", ""))]
