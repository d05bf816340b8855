"""``docpipe retry JOB``: a new attempt at a failed job (``POST /jobs/{jobId}/retry``).

The new job has a new id (printed on stdout, as ``submit`` prints one) and records the
failed one as ``retryOf``; every step runs again on the same document, with another
analyzer or classes file if asked. ``--wait`` follows the new job. Exit codes: 0 accepted
(with ``--wait``: done), 1 the new job failed, 2 bad arguments, 3 still processing, 4 no such
job, 5 the API did not answer, 6 the job has not failed (only failed jobs are retried).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any
from urllib.parse import quote

from docpipe.errors import DocpipeError
from docpipe.jobs import ANALYZERS, validate_job_id
from docpipe_cli.hints import command
from docpipe_cli.usercli import (
    EXIT_DONE,
    EXIT_NOT_FOUND,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    describe_status,
    exit_code_for,
    refusal,
    resolve_target,
    say,
    status_client,
    wait_for,
)

EXIT_NOT_FAILED = 6
_EXIT_FOR_STATUS = {400: EXIT_USAGE, 404: EXIT_NOT_FOUND, 409: EXIT_NOT_FAILED}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("job_id", help="the failed job")
    parser.add_argument("--analyzer", choices=ANALYZERS, help="analyze with this one instead")
    parser.add_argument(
        "--classes", metavar="PATH_OR_S3_URL", help="a classes file the worker can read"
    )
    parser.add_argument("--wait", action="store_true", help="follow the new job to its end")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds --wait waits")
    parser.add_argument(
        "--stack", type=Path, help="stack.json of a running stack (default .docpipe/stack.json)"
    )
    parser.epilog = (
        "exit codes: 0 accepted (--wait: done); 1 failed; 2 bad arguments; 3 still processing; "
        "4 no such job; 5 no answer; 6 the job has not failed"
    )


def run(args: argparse.Namespace) -> int:
    body: dict[str, Any] = {}
    if args.analyzer:
        body["analyzer"] = args.analyzer
    if args.classes:
        body["classes"] = args.classes
    try:
        validate_job_id(args.job_id)
        target = resolve_target(args.stack)
        api = status_client(target)
        answer = api.post_json(f"/jobs/{quote(args.job_id, safe='')}/retry", body)
    except DocpipeError as exc:  # ConfigError, InvalidJobError and ApiUnavailable among them
        return refusal("docpipe retry", exc)
    if answer.status != 202 or not isinstance(answer.body, dict):
        say(f"docpipe retry: {answer.message} (HTTP {answer.status})")
        return _EXIT_FOR_STATUS.get(answer.status, EXIT_UNAVAILABLE)
    new_id = str(answer.body["jobId"])
    print(new_id, flush=True)
    say(f"retrying {args.job_id} as {new_id} ({answer.body.get('documentUrl')})")
    if not args.wait:
        say(f"follow it: {command('status', new_id, '--wait', stack=target.stack)}")
        return EXIT_DONE
    try:
        status = wait_for(api, new_id, timeout_seconds=args.timeout, progress=None)
    except DocpipeError as exc:
        say(f"docpipe retry: {exc}")
        return EXIT_UNAVAILABLE
    say(f"{new_id}: {describe_status(status, target.stack)}")
    return exit_code_for(status)
