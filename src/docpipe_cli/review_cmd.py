"""``docpipe review``: the review queue from a terminal.

::

    docpipe review list                      jobs waiting for a person, oldest first
    docpipe review show JOB                  what is under review (the analysis) and why
    docpipe review approve JOB [--set documentType=invoice ...] [--comment TEXT]
    docpipe review reject JOB [--comment TEXT]

The API is found like the other user commands (``--stack``, ``$DOCPIPE_STACK``,
``.docpipe/stack.json``, else ``DOCPIPE_STATUS_API_URL``) or given with ``--api URL``; calls to
anything but a local stack are signed with the user's AWS credentials (SigV4). Exit codes:
0 done, 2 bad arguments (or a 400/422 answer), 4 no such job, 5 the API did not answer,
6 the job is not waiting for review (409).
"""

from __future__ import annotations

import argparse
import getpass
import json
import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from docpipe.errors import ConfigError, DocpipeError
from docpipe.jobs import validate_job_id
from docpipe.settings import Settings
from docpipe_cli.api_client import ApiClient, ApiResponse, client_for
from docpipe_cli.usercli import refusal, resolve_target, say, status_client

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NOT_FOUND = 4
EXIT_UNAVAILABLE = 5
EXIT_NOT_WAITING = 6
_PLAIN_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
_AMOUNT = r"(?P<amount>-?[0-9][0-9,]*(?:\.[0-9]+)?)"
_MONEY_LAST = re.compile(rf"{_AMOUNT}\s+(?P<currency>[A-Za-z]{{3}})")
_MONEY_FIRST = re.compile(rf"(?P<currency>[A-Za-z]{{3}})\s+{_AMOUNT}")
#: Corrections that are always text (a summary of "42" is text).
_TEXT_CORRECTIONS = frozenset({"documentType", "summary", "language"})
_EXIT_FOR_STATUS = {400: EXIT_USAGE, 422: EXIT_USAGE, 404: EXIT_NOT_FOUND, 409: EXIT_NOT_WAITING}


def add_review_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="jobs waiting for review, oldest first")
    listing.add_argument("--limit", type=int, default=25, help="most jobs to list (1-100)")
    show = actions.add_parser("show", help="a waiting job's analysis and why it waits")
    show.add_argument("job_id")
    approve = actions.add_parser("approve", help="approve a job, optionally correcting fields")
    approve.add_argument("job_id")
    approve.add_argument(
        "--set",
        dest="corrections",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="correct a field (documentType, summary, language, keyFigures.<name>, "
        "fields.<name>, or a field's bare name); money as '48000 EUR' or total.amount=48000;"
        " repeatable",
    )
    reject = actions.add_parser("reject", help="reject a job: it ends failed/rejected_in_review")
    reject.add_argument("job_id")
    for sub in (listing, show, approve, reject):
        _common(sub)
    for sub in (approve, reject):
        sub.add_argument("--comment", help="why (kept with the decision)")
        sub.add_argument("--reviewer", default=None, help="who decides (default: your user name)")
    parser.epilog = "exit codes: 0 done; 2 bad arguments; 4 no such job; 5 no answer; 6 not waiting"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stack", type=Path, help="stack.json of a running stack (default .docpipe/stack.json)"
    )
    parser.add_argument("--api", help="status API base URL (an AWS deployment: calls are signed)")
    parser.add_argument("--json", action="store_true", help="print the API's JSON answer")


def api_for(stack: Path | None, api: str | None) -> ApiClient:
    """The status API to talk to, signed unless it is a local stack's."""
    if api:
        return client_for(api, Settings.from_env().region)
    return status_client(resolve_target(stack))


def parse_corrections(pairs: list[str]) -> dict[str, Any]:
    """``["documentType=invoice", "total=48000 EUR", "total.amount=12.5"]`` -> corrections.

    Values are read as a person types them: ``48000 EUR`` (or ``EUR 48000``) is money, a plain
    decimal is a number, ``[...]``/``{...}`` is JSON (a table's rows), anything else text. The
    API holds each to the job's class and names what does not fit."""
    corrections: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"--set wants FIELD=VALUE, got {pair!r}")
        name = name.strip()
        corrections[name] = value if name in _TEXT_CORRECTIONS else _typed_value(name, value)
    return corrections


def _typed_value(name: str, value: str) -> Any:
    text = value.strip()
    if text.startswith(("[", "{")):
        try:
            return json.loads(text)
        except ValueError as exc:
            raise ConfigError(f"--set {name}: not JSON: {exc}") from None
    money = _MONEY_FIRST.fullmatch(text) or _MONEY_LAST.fullmatch(text)
    if money is not None and not name.endswith((".amount", ".currency")):
        amount = _number_or_text(money.group("amount").replace(",", ""))
        return {"amount": amount, "currency": money.group("currency").upper()}
    return _number_or_text(text)


def _number_or_text(value: str) -> Any:
    """A plain decimal (``12.50``, ``7``) is a number; anything else (``0042``, ``INV-7``)
    stays text, so invoice numbers keep their leading zeros."""
    if _PLAIN_NUMBER.fullmatch(value) is None:
        return value
    return float(value) if "." in value else int(value)


def run_review(args: argparse.Namespace) -> int:
    try:
        if getattr(args, "job_id", None) is not None:
            validate_job_id(args.job_id)
        client = api_for(args.stack, args.api)
        if args.action == "list":
            answer = client.get_json("/reviews?" + urlencode({"limit": args.limit}))
        elif args.action == "show":
            answer = client.get_json(f"/status/{quote(args.job_id, safe='')}")
        else:
            body: dict[str, Any] = {"decision": args.action}
            if args.action == "approve" and args.corrections:
                body["corrections"] = parse_corrections(args.corrections)
            body["reviewer"] = args.reviewer or getpass.getuser()
            if args.comment:
                body["comment"] = args.comment
            answer = client.post_json(f"/jobs/{quote(args.job_id, safe='')}/review", body)
    except DocpipeError as exc:  # ConfigError, InvalidJobError and ApiUnavailable among them
        return refusal("docpipe review", exc)
    if answer.status != 200:
        say(f"docpipe review {args.action}: {answer.message} (HTTP {answer.status})")
        return _EXIT_FOR_STATUS.get(answer.status, EXIT_UNAVAILABLE)
    if args.json:
        print(json.dumps(answer.body, indent=2, sort_keys=True))
    else:
        _describe(args.action, answer)
    if args.action == "show" and answer.body.get("status") != "awaiting_review":
        say(f"docpipe review show: {args.job_id} is not waiting for review")
        return EXIT_NOT_WAITING
    return EXIT_OK


def _describe(action: str, answer: ApiResponse) -> None:
    body = answer.body
    if action == "list":
        reviews = body.get("reviews", [])
        if not reviews:
            print("nothing waiting for review")
        for job in reviews:
            review = job.get("review") or {}
            analysis = review.get("analysis") or {}
            print(
                f"{job['jobId']}\t{review.get('reason', '')}\t"
                f"confidence {analysis.get('confidence', '?')}\t"
                f"{analysis.get('documentType', '')}\t{job.get('documentUrl', '')}"
            )
        if body.get("cursor"):
            print("(more: raise --limit)")
        return
    if action == "show":
        _show(body)
        return
    verb = "approved" if action == "approve" else "rejected"
    if body.get("settled"):
        print(f"{body['jobId']}: {verb}")
        for name, value in sorted((body.get("review") or {}).get("corrections", {}).items()):
            print(f"  {name}: {json.dumps(value)}")
    else:
        print(f"{body['jobId']}: already {verb} (nothing changed)")


def _show(body: dict[str, Any]) -> None:
    """The analysis under review (or the result's), field by field, and why it waits."""
    review = body.get("review") or {}
    analysis = review.get("analysis") or (body.get("result") or {}).get("analysis") or {}
    print(f"{body['jobId']}: {body['status']}")
    if body["status"] == "awaiting_review":
        print(f"  waiting because: {review.get('reason')}")
        print(f"  waiting since:   {when(review.get('since'))}")
        print(f"  decide before:   {when(review.get('timeoutAt'))} (then it fails)")
    for name in ("documentType", "confidence", "language", "summary"):
        if name in analysis:
            print(f"  {name}: {analysis[name]}")
    for group in ("keyFigures", "fields"):
        for name, value in (analysis.get(group) or {}).items():
            print(f"  {group}.{name}: {json.dumps(value)}")
    for warning in analysis.get("warnings") or []:
        print(f"  warning: {warning}")


def when(epoch_ms: object) -> str:
    """An epoch-milliseconds time as a local date and time with its zone (``?`` if absent)."""
    if not isinstance(epoch_ms, int | float) or isinstance(epoch_ms, bool):
        return "?"
    return time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(epoch_ms / 1000))
