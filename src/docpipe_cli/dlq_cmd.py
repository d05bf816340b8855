"""``docpipe dlq``: the messages the consumer refused, and sending them back.

::

    docpipe dlq list                         each dead-lettered message and why it is there
    docpipe dlq redrive --all                every message back to the job queue
    docpipe dlq redrive MESSAGE_ID ...       those messages back

Found like the other user commands (``--stack``, ``$DOCPIPE_STACK``, ``.docpipe/stack.json``,
else ``DOCPIPE_QUEUE_URL``): the DLQ is the one the job queue's redrive policy names, so the
same commands work on AWS. Exit codes: 0 done, 2 bad arguments or no stack, 4 a message id
was not in the DLQ, 5 AWS or the status API did not answer.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from docpipe.errors import ConfigError, DocpipeError
from docpipe_cli import dlq
from docpipe_cli.usercli import (
    EXIT_DONE,
    EXIT_NOT_FOUND,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    Target,
    aws_client,
    fetch_status,
    resolve_target,
    say,
    status_client,
)

#: Longest body shown per message in ``list`` (``--json`` has it whole).
_MAX_BODY = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="each dead-lettered message and why it is there")
    listing.add_argument("--json", action="store_true", help="print the messages as JSON")
    listing.add_argument("--limit", type=int, default=1000, help="most messages to show")
    again = actions.add_parser("redrive", help="send messages back to the job queue")
    again.add_argument("--all", action="store_true", help="every message in the DLQ")
    again.add_argument("message_ids", nargs="*", default=[], metavar="MESSAGE_ID")
    for sub in (listing, again):
        sub.add_argument(
            "--stack", type=Path, help="stack.json of a running stack (default .docpipe/stack.json)"
        )
    parser.epilog = "exit codes: 0 done; 2 bad arguments; 4 message not found; 5 no answer"


def run(args: argparse.Namespace) -> int:
    try:
        target, queue_url = _target(args)
        sqs = aws_client("sqs", target)
        dlq_url = dlq.dead_letter_queue(sqs, queue_url)
        if args.action == "list":
            return _list(args, target, sqs, dlq_url)
        return _redrive(args, queue_url, sqs, dlq_url)
    except (ConfigError, dlq.NoDeadLetterQueue) as exc:
        say(f"docpipe dlq: {exc}")
        return EXIT_USAGE
    except (DocpipeError, BotoCoreError, ClientError) as exc:
        say(f"docpipe dlq: {exc}")
        return EXIT_UNAVAILABLE


def _target(args: argparse.Namespace) -> tuple[Target, str]:
    if args.action == "redrive" and args.all == bool(args.message_ids):
        raise ConfigError("redrive wants --all or message ids (not both)")
    target = resolve_target(args.stack)
    if not target.queue_url:
        raise ConfigError("no job queue: start the stack or set DOCPIPE_QUEUE_URL")
    return target, target.queue_url


def _list(args: argparse.Namespace, target: Target, sqs: Any, dlq_url: str) -> int:
    letters = dlq.browse(sqs, dlq_url, limit=args.limit)
    api = status_client(target) if target.status_api else None

    def lookup(job_id: str) -> dict[str, Any] | None:
        if api is None:
            raise ConfigError("no status API to ask")
        return fetch_status(api, job_id)

    explained = [(letter, dlq.diagnose(letter, lookup)) for letter in letters]
    if args.json:
        print(json.dumps([letter.to_json(why) for letter, why in explained], indent=2))
        return EXIT_DONE
    if not explained:
        print(f"the dead-letter queue is empty ({dlq_url})")
    for letter, why in explained:
        sent = (
            time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(letter.sent_at_ms / 1000))
            if letter.sent_at_ms
            else "?"
        )
        body = " ".join(letter.body.split())
        body = body if len(body) <= _MAX_BODY else body[: _MAX_BODY - 1] + "…"
        print(f"{letter.message_id}  sent {sent}, received {letter.receives} times")
        print(f"  body: {body}")
        print(f"  why:  {why}")
    return EXIT_DONE


def _redrive(args: argparse.Namespace, queue_url: str, sqs: Any, dlq_url: str) -> int:
    wanted = None if args.all else set(args.message_ids)
    moved, missing = dlq.redrive(sqs, queue_url, dlq_url, wanted)
    for letter in moved:
        print(letter.message_id)
    say(f"sent {len(moved)} message(s) back to {queue_url}")
    if missing:
        say(f"not in the dead-letter queue: {', '.join(sorted(missing))}")
        return EXIT_NOT_FOUND
    return EXIT_DONE
