"""One :class:`~docpipe.progress.JobUpdate` as one DynamoDB ``UpdateItem``.

A pure function of the record, so what the worker writes can be read (and tested) without a
table. The row's layout (see :class:`docpipe.aws.DynamoJobTable`): step start times in
``started_<step>``, the console's timeline in ``first_``/``ended_``/``attempts_``/
``failures_``/``outcome_<step>`` (and a long scan's page-range executions in ``pageRuns``),
results and errors as JSON text. A quick execution (start
and end written together) is one ``run_<step>`` attribute (JSON ``{startedAt, endedAt,
outcome}``, one attempt more than ``attempts_<step>`` counts) instead of five: the emulator's
cost of an update grows with its clauses, and a small document's steps are all quick.

The condition is the one the write's weightiest part needs: a terminal state may be written
while the job runs, waits for review, or already has that same state (idempotent); a step may
start while the job runs or waits for review (it leaves the review by running its next step);
everything else only touches a row that is still ``processing``; a timeline-only write needs
the row to exist. A write that names the document (``documentUrl``, the job's identity) may
also create the row: the worker writes nothing for a quick step, so any of its writes can be a
job's first. Such a write that sets no status of its own creates the row ``processing`` and
leaves an existing row's status alone (``if_not_exists``). DynamoDB applies an update
atomically, but the local emulator (moto) applies its actions one by one while other threads
read, so the status is always set last: a reader never sees ``failed`` before its error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from docpipe.jobs import page_range_label
from docpipe.progress import JobUpdate, StepEnd

#: Prefix of the attribute holding a quick execution of a step (``run_<step>``: JSON
#: ``{startedAt, endedAt, outcome}``), whose start was never written on its own.
RUN_PREFIX = "run_"
#: The attribute the per-tenant index is partitioned on: ``<tenant>#<status>``, kept in step
#: with ``status`` by every write that changes it (DynamoDB cannot index a concatenation).
TENANT_STATUS = "tenantStatus"
#: The attribute holding a long scan's page-range executions (a string set of JSON texts).
PAGE_RUNS = "pageRuns"
_NOT_EXISTS = "attribute_not_exists(jobId)"
#: An expression's value and name placeholders.
_PLACEHOLDER = re.compile(r"[:#][A-Za-z0-9_]+")
#: One SET clause as this module writes them: ``name = :value`` or
#: ``name = if_not_exists(name, :value)`` (the value an empty item gets either way).
_SET = re.compile(r"(#?\w+) = (?:if_not_exists\(#?\w+, (:\w+)\)|(:\w+))")


def update_request(change: JobUpdate) -> dict[str, Any]:
    """``UpdateItem`` keyword arguments (all but ``TableName``) for ``change``."""
    return _clauses(change).request()


def new_item(change: JobUpdate) -> dict[str, Any]:
    """The item :func:`update_request` creates when the job has no row yet (a write that
    names the document): for a ``PutItem`` on a missing row, which the local emulator
    applies far faster than an ``UpdateItem`` of as many clauses. It is the update's own
    clauses evaluated on an empty item, so the two cannot drift apart."""
    if change.document_url is None:
        raise ValueError("only a write that names the document creates a row")
    update = _clauses(change)
    item: dict[str, Any] = {"jobId": {"S": change.job_id}}
    for clause in update.sets:
        match = _SET.fullmatch(clause)
        if match is None:
            raise ValueError(f"not a clause this module writes: {clause!r}")
        item[match[1].removeprefix("#")] = update.values[match[2] or match[3]]
    for clause in update.adds:
        name, value = clause.split(" ")
        item[name] = update.values[value]
    return item


def _clauses(change: JobUpdate) -> _Update:
    update = _Update(change)
    update.identity()
    update.timeline()
    update.progress()
    update.terminal()
    update.status()
    return update


class _Update:
    """The clauses of one ``UpdateItem``, collected part by part."""

    def __init__(self, change: JobUpdate) -> None:
        self.change = change
        self.values: dict[str, Any] = {
            ":now": {"N": str(change.at)},
            ":processing": {"S": "processing"},
            ":awaiting": {"S": "awaiting_review"},
        }
        self.sets = ["updatedAt = :now"]
        self.adds: list[str] = []
        self.removes: list[str] = []

    def value(self, name: str, attr: dict[str, Any]) -> str:
        self.values[name] = attr
        return name

    def identity(self) -> None:
        change = self.change
        if change.document_url is not None:
            url = self.value(":url", {"S": change.document_url})
            self.sets += [f"documentUrl = {url}", "createdAt = if_not_exists(createdAt, :now)"]
        if change.requester_id is not None:
            self.sets.append(
                f"requesterId = {self.value(':requester', {'S': change.requester_id})}"
            )
        if change.retry_of is not None:
            self.sets.append(f"retryOf = {self.value(':retryOf', {'S': change.retry_of})}")

    def timeline(self) -> None:
        change = self.change
        if change.started is not None:
            step = change.started
            at = ":now"
            if change.started_at is not None:
                at = self.value(":startedAt", {"N": str(change.started_at)})
            if change.terminal is None and change.review is None:
                self.sets += [f"step = {self.value(':step', {'S': step})}", f"stepStartedAt = {at}"]
            self.start(step, at)
        for index, end in enumerate(_last_end_per_step(change.ended)):
            if end.started_at is not None and end.step != change.started:
                # A quick execution, start and end at once: one attribute, which the reader
                # also counts as an attempt.
                run = {"startedAt": end.started_at, "endedAt": end.at, "outcome": end.outcome}
                value = self.value(f":run{index}", {"S": _json(run)})
                self.sets.append(f"{RUN_PREFIX}{end.step} = {value}")
                continue
            self.sets += [
                f"ended_{end.step} = {self.value(f':ended{index}', {'N': str(end.at)})}",
                f"outcome_{end.step} = {self.value(f':outcome{index}', {'S': end.outcome})}",
            ]
        if change.failed_attempt is not None:
            self.adds.append(f"failures_{change.failed_attempt} {self.value(':one', {'N': '1'})}")

    def start(self, step: str, at: str) -> None:
        """An execution of ``step`` started at ``at`` (a placeholder): the timeline's start
        (the first one's kept) and one more attempt."""
        self.sets += [f"started_{step} = {at}", f"first_{step} = if_not_exists(first_{step}, {at})"]
        self.adds.append(f"attempts_{step} {self.value(':one', {'N': '1'})}")

    def progress(self) -> None:
        change = self.change
        if change.retrying is not None:
            retrying = _json(change.retrying.to_dict())
            self.sets.append(f"retryingJson = {self.value(':retrying', {'S': retrying})}")
        elif change.clear_retry and change.terminal is None:
            self.removes.append("retryingJson")
        if change.pages is not None:
            self.sets.append(f"pagesTotal = {self.value(':pages', {'N': str(change.pages.total)})}")
            if change.pages.done is not None:
                # A string set of ranges: adding one a second time changes nothing.
                done = {"SS": [page_range_label(*change.pages.done)]}
                self.adds.append(f"pagesDone {self.value(':done', done)}")
        if change.page_run is not None:
            # A string set of JSON texts: the same execution written twice is one entry.
            run = {"SS": [_json(change.page_run.to_dict())]}
            self.adds.append(f"{PAGE_RUNS} {self.value(':pageRun', run)}")
        terminal_result = None if change.terminal is None else change.terminal.result
        if change.result is not None and terminal_result is None:
            result = _json(change.result.to_dict())
            self.sets.append(f"resultJson = {self.value(':result', {'S': result})}")
        if change.review is not None:
            self.sets.append(f"reviewJson = {self.value(':review', {'S': _json(change.review)})}")
            self.removes += ["step", "stepStartedAt"]

    def terminal(self) -> None:
        terminal = self.change.terminal
        if terminal is None:
            return
        self.sets.append("finishedAt = if_not_exists(finishedAt, :now)")
        if terminal.result is not None:
            result = _json(terminal.result.to_dict())
            self.sets.append(f"resultJson = {self.value(':result', {'S': result})}")
        if terminal.error is not None:
            error = _json(terminal.error.to_dict())
            self.sets.append(f"errorJson = {self.value(':error', {'S': error})}")
        if terminal.notification_id is not None:
            notification = self.value(":notification", {"S": terminal.notification_id})
            self.sets.append(f"notificationId = if_not_exists(notificationId, {notification})")
        self.removes += ["step", "stepStartedAt", "retryingJson"]

    def condition(self) -> tuple[str | None, str | None]:
        """The status this write sets (``None``: unchanged) and the condition it needs
        (``None``: none)."""
        change = self.change
        # A write naming the document may be the job's first (see the module's docstring).
        creates = f"{_NOT_EXISTS} OR " if change.document_url is not None else ""
        if change.terminal is not None:
            status = self.value(":status", {"S": change.terminal.status})
            return status, f"{_NOT_EXISTS} OR #status IN (:processing, :awaiting, {status})"
        if change.review is not None:
            return ":awaiting", f"{creates}#status = :processing"
        if change.started is not None:
            return ":processing", f"{_NOT_EXISTS} OR #status = :processing OR #status = :awaiting"
        if change.retrying is not None:
            return ":processing", f"{_NOT_EXISTS} OR #status = :processing"
        if change.pages or change.page_run or change.result or change.clear_retry:
            return None, f"{creates}#status = :processing"
        return None, None if creates else "attribute_exists(jobId)"

    def status(self) -> None:
        """The status (and the owner's partition) this write sets, last."""
        status, _ = self.condition()
        tenant = self.change.tenant
        if status is not None:
            if tenant is not None:
                # The owner is fixed by the write that names the document (the one that may
                # create the row); tenantStatus follows the status.
                state = self.values[status]["S"]
                partition = self.value(":tenantStatus", {"S": tenant_status(tenant, state)})
                self.sets.append(f"{TENANT_STATUS} = {partition}")
                if self.change.document_url is not None:
                    owner = self.value(":tenant", {"S": tenant})
                    self.sets.append(f"tenant = if_not_exists(tenant, {owner})")
            self.sets.append(f"#status = {status}")  # last: see the module's docstring
        elif self.change.document_url is not None:
            # It may create the row: ``processing`` then, an existing row's status untouched.
            if tenant is not None:
                owner = self.value(":tenant", {"S": tenant})
                partition = self.value(":tenantStatus", {"S": tenant_status(tenant, "processing")})
                self.sets += [
                    f"tenant = if_not_exists(tenant, {owner})",
                    f"{TENANT_STATUS} = if_not_exists({TENANT_STATUS}, {partition})",
                ]
            self.sets.append("#status = if_not_exists(#status, :processing)")

    def request(self) -> dict[str, Any]:
        _, condition = self.condition()
        expression = "SET " + ", ".join(self.sets)
        if self.adds:
            expression += " ADD " + ", ".join(self.adds)
        if self.removes:
            expression += " REMOVE " + ", ".join(dict.fromkeys(self.removes))
        # DynamoDB refuses values and names the expressions do not use.
        used = set(_PLACEHOLDER.findall(f"{expression} {condition or ''}"))
        request: dict[str, Any] = {
            "Key": {"jobId": {"S": self.change.job_id}},
            "UpdateExpression": expression,
            "ExpressionAttributeValues": {k: v for k, v in self.values.items() if k in used},
        }
        if condition is not None:
            request["ConditionExpression"] = condition
        if "#status" in used:
            request["ExpressionAttributeNames"] = {"#status": "status"}
        return request


def tenant_status(tenant: str, status: str) -> str:
    """The ``tenantStatus`` value of a job: its owner and state, the index's partition."""
    return f"{tenant}#{status}"


def _last_end_per_step(ended: tuple[StepEnd, ...]) -> list[StepEnd]:
    """One end per step (the latest): an update may name an attribute only once."""
    return list({end.step: end for end in ended}.values())


def page_runs(texts: Iterable[str]) -> tuple[dict[str, Any], ...]:
    """The ``pageRuns`` set read back: the executions, in the order they started."""
    runs = [json.loads(text) for text in texts]
    return tuple(sorted(runs, key=lambda run: (run["startedAt"], run["pages"])))


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True)


__all__ = [
    "PAGE_RUNS",
    "RUN_PREFIX",
    "TENANT_STATUS",
    "new_item",
    "page_runs",
    "tenant_status",
    "update_request",
]
