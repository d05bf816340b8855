"""What the resonate-pg differential normalises, and the divergences it steps around.

Every rule has an id that docs/conformance.md lists (a test holds the two together), with
the official server's behaviour as the tie-breaker. ``docpipe server`` itself follows the
official server; each rule is about resonate-pg. Two kinds:

- *representation* rules (``R*``): the same fact written two ways -- erased on both sides;
- *divergence* rules (``D*``): resonate-pg and the official server disagree; the request
  that would show it is not sent to either server (counted, so coverage reports it), or the
  field it shows in is compared only where the two agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pgdiff_backends import Message
from pgdiff_requests import KINDS, origin

TARGET = "resonate:target"
#: The tags the official server adds to a promise a schedule creates (D8).
_SCHEDULE_TAGS = frozenset(
    f"resonate:{t}" for t in ("schedule", "origin", "branch", "parent", "prefix")
)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str


RULES = [
    Rule("R1", "absent and null fields, and empty header maps, are the same"),
    Rule("R2", "error responses compare on status; the body is free text"),
    Rule("R3", "message heads are transport detail (serverUrl); bodies compare"),
    Rule("R4", "a promise past its deadline reads as timed out, whether stored so or not"),
    Rule("R5", "preload lists are not compared (resonate-pg never preloads)"),
    # resonate-pg against the official server.
    Rule("D1", "resonate-pg reads malformed requests leniently; official: 400"),
    Rule("D2", "resonate-pg re-offers a pending task every 5 s; official: every 30 s"),
    Rule(
        "D3",
        "resonate-pg times out only promises tagged target/timer/external, and only"
        " from process_timeouts; official: any promise a request touches",
    ),
    Rule("D4", "resonate-pg answers an unknown request kind 501; official: 400"),
    Rule(
        "D5",
        "resonate-pg lacks some official validators (fulfill id, resonate:delay,"
        " callback origin); official: 400",
    ),
    Rule(
        "D6",
        "resonate-pg ignores a callback on an already settled promise; official"
        " records the resume (or wakes a suspended awaiter)",
    ),
    Rule(
        "D7",
        "resonate-pg refuses (422) to await a promise with no target/timer/external"
        " tag; official accepts (and see D3 for when each times it out)",
    ),
    Rule(
        "D8",
        "resonate-pg's scheduled promises carry only the schedule's tags; official adds"
        " resonate:schedule/origin/branch/parent/prefix",
    ),
]


def _clean(value: Any) -> Any:
    """R1: drop nulls and empty ``headers`` maps, recursively; R5: drop ``preload``."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if item is None or (key == "headers" and item == {}) or key == "preload":
                continue
            out[key] = _clean(item)
        if "timeoutAt" in out and "state" in out:  # a promise record
            tags = out.get("tags")
            if isinstance(tags, dict) and "resonate:schedule" in tags:  # D8
                out["tags"] = {k: v for k, v in tags.items() if k not in _SCHEDULE_TAGS}
        return out
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def normalise_response(response: dict[str, Any]) -> dict[str, Any]:
    """The comparable part of a response envelope."""
    head = response.get("head") or {}
    status = head.get("status")
    out: dict[str, Any] = {"kind": response.get("kind"), "status": status}
    if status not in (200, 300):
        return out  # R2
    data = _clean(response.get("data"))
    action = data.get("action") if isinstance(data, dict) else None
    if isinstance(action, dict) and "head" in action:  # task.fence: a response inside
        data["action"] = normalise_response(action)
    out["data"] = data
    return out


def normalise_messages(messages: list[Message], offered: set[str]) -> list[str]:
    """R3: messages without their head, as a sorted list (delivery order is per address).

    D2: an ``execute`` repeating an offer already made (same task, same version) is the
    retry timer's; the two retry periods differ, so repeats are dropped. ``offered`` holds
    one server's offers so far in the sequence.
    """
    out = []
    for address, message in messages:
        text = json.dumps(
            [address, _clean({k: v for k, v in message.items() if k != "head"})], sort_keys=True
        )
        if message.get("kind") == "execute":
            if text in offered:
                continue
            offered.add(text)
        out.append(text)
    return sorted(out)


def _timeout_state(tags: dict[str, Any]) -> str:
    return "resolved" if tags.get("resonate:timer") == "true" else "rejected_timedout"


def effective_state(state: dict[str, Any], now: int) -> dict[str, Any]:
    """R4 and R1 applied to a state snapshot: what a reader at ``now`` would see."""
    promises = {}
    for pid, record in state["promises"].items():
        p = _clean(record)
        if p["state"] == "pending" and p["timeoutAt"] <= now:
            p["state"] = _timeout_state(p.get("tags", {}))
            p["settledAt"] = p["timeoutAt"]
        promises[pid] = p
    tasks = {}
    for tid, record in state["tasks"].items():
        t = _clean(record)
        if promises.get(tid, {}).get("state", "pending") != "pending":
            t = {"state": "fulfilled", "version": t["version"]}
        tasks[tid] = t
    return {
        "promises": promises,
        "tasks": tasks,
        "callbacks": state["callbacks"],
        "listeners": state["listeners"],
        "schedules": _clean(state["schedules"]),
    }


def refused_by_official_validation(envelope: dict[str, Any]) -> bool:
    """Well-typed requests the official server's validators refuse (400, ``types.rs``)."""
    kind, data = envelope["kind"], envelope["data"]
    action = data.get("action")
    inner = action.get("data") if isinstance(action, dict) else None
    inner = inner if isinstance(inner, dict) else {}
    if kind == "promise.create":
        return _create_refused(data)
    if kind == "task.fence":  # validate_task_fence_data, then the create's own checks
        creates = isinstance(action, dict) and action.get("kind") == "promise.create"
        return inner.get("id") == data.get("id") or (creates and _create_refused(inner))
    if kind == "task.fulfill":
        return inner.get("id") != data.get("id")  # validate_task_fulfill_data
    if kind == "task.create":  # validate_task_create_data
        return "resonate:delay" in (inner.get("tags") or {})
    if kind == "promise.register_callback":  # validate_callback_data
        awaited, awaiter = str(data.get("awaited")), str(data.get("awaiter"))
        return awaited == awaiter or origin(awaited) != origin(awaiter)
    return False


def _create_refused(data: dict[str, Any]) -> bool:
    """validate_promise_create_data's resonate:delay checks."""
    tags = data.get("tags") or {}
    if "resonate:delay" not in tags:
        return False
    try:
        delay = int(tags["resonate:delay"])
    except ValueError:
        return True
    return delay < 0 or delay >= data.get("timeoutAt", 0) or TARGET not in tags


def _awaitable(promise: dict[str, Any] | None) -> bool:
    """Whether awaiting ``promise`` means the same in both (D3, D7): it has a target, so
    both time it out by timer. resonate-pg refuses to await a promise with no target,
    timer or external tag (422), and times out a timer/external one without a target by
    timer, where the official server waits for a request to touch it."""
    return promise is None or TARGET in promise.get("tags", {})


def skipped_by(
    envelope: dict[str, Any], state: dict[str, Any], now: int, *, broken: bool = False
) -> str | None:
    """The id of the divergence rule that keeps ``envelope`` from being sent, if any."""
    if broken or envelope["kind"] not in KINDS:
        return None  # D1, D4: sent to both, resonate-pg's acceptance rolled back
    kind, data, promises = envelope["kind"], envelope["data"], state["promises"]
    if kind == "promise.register_listener":
        awaited = promises.get(data.get("awaited"))
        if awaited is not None and TARGET not in awaited.get("tags", {}):
            return "D3"
    if kind == "promise.register_callback":
        awaited = promises.get(data.get("awaited"))
        if not _awaitable(awaited):
            return "D7"
        if awaited is not None and awaited["state"] != "pending":
            return "D6"
    if kind == "task.suspend":
        for action in data.get("actions") or []:
            if not _awaitable(promises.get(action["data"]["awaited"])):
                return "D7"
    return None
