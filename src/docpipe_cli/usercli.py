"""The user's side of a running stack: ``docpipe submit``, ``send`` and ``status``.

Each command finds the stack through ``stack.json`` (``--stack``, ``$DOCPIPE_STACK``, or
``.docpipe/stack.json``), else through the environment docs/configuration.md lists (plus
``DOCPIPE_STATUS_API_URL``), so the same commands work against AWS.

Output is for people on stderr and for scripts on stdout: ``submit`` and ``send`` print
the job id alone on stdout (``JOB=$(docpipe submit report.pdf)``), ``status --json`` prints
the status document. Exit codes are stable, see :data:`EXIT_CODES`. botocore's credentials
are imported only to sign a request (``docpipe --help`` loads this module).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from botocore.exceptions import BotoCoreError, ClientError

from docpipe.aws import client, load_tenancy
from docpipe.errors import ConfigError, DocpipeError, InvalidJobError
from docpipe.jobs import STEPS, DocumentRef, s3_job_id, validate_job_id
from docpipe.settings import Settings
from docpipe_cli.api_client import ApiClient, ApiUnavailable, Signer, client_for
from docpipe_cli.hints import command
from docpipe_cli.stack.stackfile import (
    StackInfo,
    default_stack_path,
    is_running,
    use_stack_credentials,
)

EXIT_DONE = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PROCESSING = 3
EXIT_NOT_FOUND = 4
EXIT_UNAVAILABLE = 5
EXIT_REFUSED = 7
#: What each exit code means (also printed by ``docpipe status --help``).
EXIT_CODES: dict[int, str] = {
    EXIT_DONE: "done (submit/send: accepted)",
    EXIT_FAILED: "the job failed",
    EXIT_USAGE: "bad arguments or no stack configuration",
    EXIT_PROCESSING: "still processing (or --wait timed out)",
    EXIT_NOT_FOUND: "no such job (yet)",
    EXIT_UNAVAILABLE: "the stack did not answer",
    EXIT_REFUSED: "the message was refused: its job id is another document's job",
}


#: Variables that point the commands at a stack other than a local stack.json: without any of
#: them (and no stack.json) there is nothing to talk to, whatever the defaults would say.
TARGET_VARIABLES = (
    "AWS_ENDPOINT_URL",
    "DOCPIPE_INBOX_BUCKET",
    "DOCPIPE_QUEUE_URL",
    "DOCPIPE_STATUS_API_URL",
)


class JobIdTaken(DocpipeError):
    """The job id a message named is another document's job: the consumer refuses the
    message (``JobIdInUse``), so waiting on the id would report that other job."""


class StackUnavailable(DocpipeError):
    """The status API or AWS endpoint did not answer."""


@dataclass(frozen=True, slots=True)
class Target:
    """Where the commands send things: the stack's resources and its status API."""

    aws_endpoint: str | None
    region: str
    inbox_bucket: str
    queue_url: str | None
    status_api: str | None
    #: True for a local stack (stack.json): its emulator gets fake credentials, never yours.
    local: bool = False
    #: A local stack's tenants file: its API answers calls signed as one of its identities.
    tenants: str | None = None
    #: Which identity of ``tenants`` the commands act as (``DOCPIPE_IDENTITY``).
    identity: str | None = None
    #: The stack.json it was read from (for hints that must name it again).
    stack: Path | None = None


def resolve_target(stack: Path | None, env: dict[str, str] | None = None) -> Target:
    """``stack.json`` when given or present, else the environment."""

    environ = dict(os.environ) if env is None else env
    path = stack if stack is not None else default_stack_path(environ)
    if stack is not None or path.exists():
        info = StackInfo.load(path)
        if is_running(path.parent) is False:
            raise StackUnavailable(
                f"{path} is left over from a docpipe up that is no longer running: "
                "start the stack again with `docpipe up`"
            )
        return Target(
            aws_endpoint=info.aws_endpoint,
            region=info.region,
            inbox_bucket=info.inbox_bucket,
            queue_url=info.queue_url,
            status_api=info.status_api,
            local=True,
            tenants=info.tenants,
            identity=environ.get("DOCPIPE_IDENTITY") or None,
            stack=path,
        )
    if not any(environ.get(name) for name in TARGET_VARIABLES):
        raise ConfigError(
            f"no stack: {path} does not exist. Start one with `docpipe up`; for a stack started "
            "with --state-dir DIR pass --stack DIR/stack.json (or set DOCPIPE_STACK); for AWS "
            f"set {', '.join(TARGET_VARIABLES[1:])} (docs/configuration.md)"
        )
    settings = Settings.from_env(environ)
    return Target(
        aws_endpoint=settings.aws_endpoint_url,
        region=settings.region,
        inbox_bucket=settings.inbox_bucket,
        queue_url=settings.queue_url,
        status_api=environ.get("DOCPIPE_STATUS_API_URL") or None,
    )


def aws_client(service: str, target: Target) -> Any:

    if target.local:
        use_stack_credentials()
    return client(service, Settings(aws_endpoint_url=target.aws_endpoint, region=target.region))


# ── status API client ──────────────────────────────────────────────────────────────────


def status_client(target: Target) -> ApiClient:
    """The target's status API: a local stack's (or any on this machine) as is, an AWS
    deployment's SigV4-signed with the user's credentials (its routes are IAM-authorised)."""
    if not target.status_api:
        raise ConfigError(
            "no status API: this stack runs without one (--without api); set "
            "DOCPIPE_STATUS_API_URL to the one that serves it"
            if target.local
            else "no status API: set DOCPIPE_STATUS_API_URL (the deployment's StatusApiUrl output)"
        )
    if target.local and target.tenants:
        return ApiClient(target.status_api, signer=local_signer(target))
    if target.local:
        return ApiClient(target.status_api)
    return client_for(target.status_api, target.region)


def local_signer(target: Target) -> Signer:
    """A signer with the key of ``DOCPIPE_IDENTITY`` in a tenanted local stack's tenants file,
    which is how the local API (like API Gateway) knows who is calling."""
    from botocore.credentials import Credentials  # noqa: PLC0415 (only when signing)

    assert target.tenants is not None
    tenancy = load_tenancy(Settings(tenants_file=target.tenants))
    names = ", ".join(i.name for i in tenancy.identities if i.access_key_id)
    if not target.identity:
        raise ConfigError(
            f"this stack runs with tenants ({target.tenants}): set DOCPIPE_IDENTITY to the "
            f"identity to act as ({names})"
        )
    found = next((i for i in tenancy.identities if i.name == target.identity), None)
    if found is None or not found.access_key_id or not found.secret_access_key:
        raise ConfigError(
            f"DOCPIPE_IDENTITY {target.identity!r} is no identity with a local key in "
            f"{target.tenants} ({names})"
        )
    return Signer(target.region, Credentials(found.access_key_id, found.secret_access_key))


def fetch_status(api: ApiClient, job_id: str) -> dict[str, Any] | None:
    """``GET /status/{jobId}``; ``None`` for 404 (not known yet)."""
    try:
        answer = api.get_json(f"/status/{urllib.parse.quote(job_id, safe='')}")
    except ApiUnavailable as exc:
        raise StackUnavailable(str(exc)) from exc
    if answer.status == 404:
        return None
    if answer.status == 400:
        raise InvalidJobError(answer.message)
    if answer.status != 200 or not isinstance(answer.body, dict):
        hint = " (are your AWS credentials allowed to call it?)" if answer.status == 403 else ""
        raise StackUnavailable(f"status API answered {answer.status}: {answer.message}{hint}")
    return answer.body


class Progress:
    """One live line on a terminal (rewritten in place); one line per change elsewhere."""

    _SPINNER = "|/-\\"

    def __init__(self, stream: IO[str], *, live: bool, clock: Callable[[], float]) -> None:
        self._stream = stream
        self._live = live
        self._clock = clock
        self._started = clock()
        self._last = ""
        self._ticks = 0

    def show(self, job_id: str, status: dict[str, Any] | None) -> None:
        text = f"{job_id}: {describe_status(status)}"
        if self._live:
            self._ticks += 1
            spin = self._SPINNER[self._ticks % len(self._SPINNER)]
            elapsed = self._clock() - self._started
            self._stream.write(f"\r\x1b[2K{spin} {text}  {elapsed:5.1f}s")
            self._stream.flush()
        elif text != self._last:
            self._stream.write(text + "\n")
            self._stream.flush()
        self._last = text

    def finish(self) -> None:
        if self._live:
            self._stream.write("\r\x1b[2K")
            self._stream.flush()


def describe_status(status: dict[str, Any] | None, stack: Path | None = None) -> str:
    """A short human description: queued, the running step, or the outcome (hints name
    ``stack`` when it is not the default one)."""
    if status is None:
        return "queued (not picked up yet)"
    state = status.get("status")
    step = status.get("step")
    if state == "processing" and step in STEPS:
        line = f"processing: {step} ({STEPS.index(step) + 1}/{len(STEPS)})"
        progress = status.get("progress")
        if isinstance(progress, dict) and "pages" in progress:
            line += f", pages {progress.get('pagesDone', 0)}/{progress['pages']}"
        retrying = status.get("retrying")
        if isinstance(retrying, dict):
            error = retrying.get("error") or {}
            line += (
                f", retrying after attempt {retrying.get('attempt')} failed: "
                f"{error.get('type', 'error')}: {error.get('message', '')}"
            )
        return line
    if state == "failed":
        error = status.get("error") or {}
        return f"failed: {error.get('code', 'error')}: {error.get('message', '')}".rstrip(": ")
    if state == "awaiting_review":
        review = status.get("review") or {}
        why = "asked for" if review.get("reason") == "requested" else "low confidence"
        job = status.get("jobId", "JOB")
        return f"awaiting review ({why}): {command('review', 'show', str(job), stack=stack)}"
    return str(state or "unknown")


def wait_for(
    api: ApiClient,
    job_id: str,
    *,
    timeout_seconds: float,
    progress: Progress | None,
    interval_seconds: float = 0.5,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    document_url: str | None = None,
) -> dict[str, Any] | None:
    """Poll until the job is done or failed, or the timeout passes; return the last status.

    With ``document_url`` (what the message asked for), a job under the id that processes
    another document raises :class:`JobIdTaken`: that job is not this message's."""
    deadline = clock() + timeout_seconds
    status: dict[str, Any] | None = None
    while True:
        try:
            status = fetch_status(api, job_id)
        except StackUnavailable:
            # A server restarting answers 503 or drops a connection: keep trying to the end.
            if clock() >= deadline:
                raise
        if document_url is not None and status is not None:
            _check_same_document(job_id, status, document_url)
        if status is not None and status.get("status") in ("done", "failed"):
            break
        if progress is not None:
            progress.show(job_id, status)
        if clock() >= deadline:
            break
        sleep(interval_seconds)
    if progress is not None:
        progress.finish()
    return status


def _check_same_document(job_id: str, status: dict[str, Any], document_url: str) -> None:
    existing = status.get("documentUrl") or (status.get("result") or {}).get("documentUrl")
    if existing is None or existing == document_url:
        return
    raise JobIdTaken(
        f"job id {job_id!r} is already the job of {existing} ({status.get('status')}); the "
        f"message for {document_url} is refused (JobIdInUse) and goes to the dead-letter "
        "queue once its retries are spent: send it again with another --job-id "
        "(docpipe dlq list shows it)"
    )


def exit_code_for(status: dict[str, Any] | None) -> int:
    if status is None:
        return EXIT_NOT_FOUND
    return {"done": EXIT_DONE, "failed": EXIT_FAILED}.get(
        str(status.get("status")), EXIT_PROCESSING
    )


# ── arguments ──────────────────────────────────────────────────────────────────────────


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stack", type=Path, help="stack.json of a running stack (default .docpipe/stack.json)"
    )
    parser.epilog = "exit codes: " + "; ".join(f"{c} {m}" for c, m in EXIT_CODES.items())


def _wait_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wait", action="store_true", help="follow the job until it finishes")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds --wait waits")


def add_submit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the document to upload to the inbox bucket")
    parser.add_argument("--key", help="object key (default: the file name)")
    _wait_options(parser)
    _common(parser)


def add_send_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--document-url", required=True, help="s3://bucket/key of the document")
    parser.add_argument("--job-id", help="your job id (default: the SQS message id)")
    parser.add_argument("--requester-id", help="who to notify (an SNS message attribute)")
    parser.add_argument("--type", dest="declared_type", help="declared content type (a hint)")
    parser.add_argument(
        "--review", action="store_true", help="have a person review the analysis before it is done"
    )
    _wait_options(parser)
    _common(parser)


def add_status_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("job_id", help="the job id submit or send printed")
    _wait_options(parser)
    parser.add_argument("--json", action="store_true", help="print the status document as JSON")
    _common(parser)


# ── commands ───────────────────────────────────────────────────────────────────────────


def run_submit(args: argparse.Namespace) -> int:
    def check() -> None:
        readable_file(args.file).close()

    def act(target: Target) -> tuple[str, str]:
        path: Path = args.file
        key = args.key or path.name
        DocumentRef(bucket=target.inbox_bucket, key=key)  # validates the key before uploading
        s3 = aws_client("s3", target)
        with readable_file(path) as body:
            response = s3.put_object(Bucket=target.inbox_bucket, Key=key, Body=body)
        job_id = s3_job_id(target.inbox_bucket, key, response.get("VersionId"), response["ETag"])
        say(f"uploaded {path} to s3://{target.inbox_bucket}/{key}")
        return job_id, f"s3://{target.inbox_bucket}/{key}"

    return _accept_then_maybe_wait(args, act, check=check)


def readable_file(path: Path) -> IO[bytes]:
    """``path`` opened for reading, or a :class:`ConfigError` that says what is wrong."""
    if path.is_dir():
        raise ConfigError(f"{path} is a directory: submit one file at a time")
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except PermissionError:
        raise ConfigError(f"{path}: permission denied (cannot read it)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it: {exc.strerror or exc}") from None


def run_send(args: argparse.Namespace) -> int:
    def check() -> None:
        DocumentRef.from_url(args.document_url)
        if args.job_id is not None:
            validate_job_id(args.job_id)

    def act(target: Target) -> tuple[str, str]:
        if not target.queue_url:
            raise ConfigError("no queue: start the stack or set DOCPIPE_QUEUE_URL")
        body: dict[str, str | bool] = {"documentUrl": args.document_url}
        if args.job_id is not None:
            body["jobId"] = args.job_id
        if args.requester_id:
            body["requesterId"] = args.requester_id
        if args.declared_type:
            body["type"] = args.declared_type
        if args.review:
            body["review"] = True
        sqs = aws_client("sqs", target)
        params: dict[str, Any] = {"QueueUrl": target.queue_url, "MessageBody": json.dumps(body)}
        if target.queue_url.endswith(".fifo"):
            params["MessageGroupId"] = args.job_id or "docpipe"
        message_id = str(sqs.send_message(**params)["MessageId"])
        say(f"sent {args.document_url} to {target.queue_url}")
        return str(args.job_id or message_id), str(args.document_url)

    return _accept_then_maybe_wait(args, act, check=check)


def run_status(args: argparse.Namespace) -> int:
    try:
        validate_job_id(args.job_id)
        target = resolve_target(args.stack)
        api = status_client(target)
        if args.wait:
            status = wait_for(api, args.job_id, timeout_seconds=args.timeout, progress=_progress())
        else:
            status = fetch_status(api, args.job_id)
    except DocpipeError as exc:
        return refusal("docpipe status", exc)
    _report(args.job_id, status, as_json=args.json, stack=target.stack)
    return exit_code_for(status)


def _accept_then_maybe_wait(
    args: argparse.Namespace,
    act: Callable[[Target], tuple[str, str]],
    *,
    check: Callable[[], None],
) -> int:
    """``check`` the arguments (nothing is sent if they are wrong), ``act`` on the stack,
    print the job id, and follow the job with ``--wait``."""

    refused_by = f"docpipe {args.command}"
    try:
        check()
        target = resolve_target(args.stack)
        job_id, document_url = act(target)
    except (DocpipeError, BotoCoreError, ClientError) as exc:
        return refusal(refused_by, exc)
    print(job_id, flush=True)
    if not args.wait:
        say(f"follow it: {command('status', job_id, '--wait', stack=target.stack)}")
        return EXIT_DONE
    try:
        status = wait_for(
            status_client(target),
            job_id,
            timeout_seconds=args.timeout,
            progress=_progress(),
            document_url=document_url,
        )
    except JobIdTaken as exc:
        say(f"{refused_by}: {exc}")
        return EXIT_REFUSED
    except DocpipeError as exc:
        return refusal(refused_by, exc)
    _report(job_id, status, as_json=False, stack=target.stack)
    return exit_code_for(status)


def refusal(command: str, exc: Exception) -> int:
    """Say why ``command`` could not go on; the exit code says whose problem it is."""
    if isinstance(exc, (ConfigError, InvalidJobError)):
        say(f"{command}: {exc}")
        return EXIT_USAGE
    if isinstance(exc, DocpipeError):
        say(f"{command}: {exc}")
    else:  # botocore's: the endpoint refused the request or could not be reached
        say(f"{command}: AWS did not accept it: {exc}")
    return EXIT_UNAVAILABLE


def _progress() -> Progress:
    return Progress(sys.stderr, live=sys.stderr.isatty(), clock=time.monotonic)


def _report(
    job_id: str, status: dict[str, Any] | None, *, as_json: bool, stack: Path | None = None
) -> None:
    if as_json:
        print(json.dumps(status if status is not None else {"jobId": job_id, "status": None}))
        return
    if status is None:
        say(f"{job_id}: no such job (a job just submitted may still be on the queue)")
        return
    say(f"{job_id}: {describe_status(status, stack)}")
    result = status.get("result")
    if isinstance(result, dict):
        analysis = result.get("analysis") or {}
        extraction = result.get("extraction") or {}
        facts = {
            "type": analysis.get("documentType"),
            "read as": extraction.get("method"),
            "pages": extraction.get("pages"),
            "words": extraction.get("words"),
            "summary": analysis.get("summary"),
            "results": result.get("resultKey"),
        }
        for name, value in facts.items():
            if value is not None:
                say(f"  {name}: {_short(value)}")


def _short(value: object, limit: int = 100) -> str:
    text = value if isinstance(value, str) else json.dumps(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
