"""Seeded request sequences for the resonate-pg differential, as protocol envelopes.

Requests are biased towards ones that do something -- existing ids, a task's current
version, the pid that holds it -- and about one in ten is broken the ways clients get it
wrong (a field missing or of the wrong type, an unknown kind). Ids come from a sliding
window so new promises keep appearing while old ones stay reachable.

The generator reads the state of one server (any: the comparison makes them equal) to
choose; it never reads responses, so both servers get byte-identical requests.
"""

from __future__ import annotations

import random
from typing import Any

PROTOCOL_VERSION = "2026-04-01"
#: 2024-06-03T00:00:00Z, a Monday. Schedules fire every minute, every five, or yearly.
START = 1_717_372_800_000
PIDS = ["w1", "w2"]
ADDRESSES = ["poll://uni@g/a", "poll://any@g"]
TARGETS = ["poll://any@g", "poll://any@h"]

#: Every kind the generator sends, with its weight. The search kinds are left out:
#: resonate-pg answers them 501 (see docs/conformance.md).
KINDS: dict[str, int] = {
    "promise.get": 2,
    "promise.create": 6,
    "promise.settle": 3,
    "promise.register_callback": 4,
    "promise.register_listener": 2,
    "task.get": 2,
    "task.create": 4,
    "task.acquire": 4,
    "task.release": 2,
    "task.fulfill": 3,
    "task.fence": 3,
    "task.suspend": 3,
    "task.heartbeat": 2,
    "task.halt": 1,
    "task.continue": 1,
    "schedule.create": 1,
    "schedule.get": 1,
    "schedule.delete": 1,
}


def origin(promise_id: str) -> str:
    """The family of an id: ``p3`` for ``p3:0`` and ``p3:0.2``.

    Ids here are ``p<n>:0`` and ``p<n>:0.<m>``, a shape on which both readings of "origin"
    agree: the official server's ``types.rs`` (before the first ``.``) and the SDK 0.8's
    ``resonate.ids`` (before the first ``:``) put a family in one origin and two families
    in two.
    """
    return promise_id.split(":", 1)[0]


class RequestGenerator:
    """Random envelopes drawn with ``rng``, steered by a server's current ``state``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.n = 0
        #: Whether the last request was deliberately malformed.
        self.broken = False
        self.state: dict[str, Any] = {"promises": {}, "tasks": {}}
        self._kinds = list(KINDS)
        self._weights = list(KINDS.values())

    # -- choices ----------------------------------------------------------------------

    def _promises(self) -> list[str]:
        top = 6 + self.n // 20
        return [f"p{i}:0" for i in range(max(0, top - 8), top)]

    def _promise(self) -> str:
        """A root id, or now and then a child of one (``p3:0.1``, same origin as ``p3:0``)."""
        root = self.rng.choice(self._promises())
        if self.rng.random() < 0.4:
            return f"{root}.{self.rng.randint(1, 3)}"
        return root

    def _children(self, parent: str) -> list[str]:
        """Ids in ``parent``'s origin other than ``parent``: what a suspend may await."""
        root = f"{origin(parent)}:0"
        return [i for i in (root, f"{root}.1", f"{root}.2", f"{root}.3") if i != parent]

    def _awaitable(self, parent: str) -> list[str]:
        """Mostly promises of ``parent``'s origin that exist, are pending and have a target
        (so awaiting them does something), else any of its origin."""
        family = self._children(parent)
        promises = self.state["promises"]
        live = [
            i
            for i in family
            if i in promises
            and promises[i]["state"] == "pending"
            and "resonate:target" in promises[i].get("tags", {})
        ]
        return live if live and self.rng.random() < 0.8 else family

    def _task(self, *states: str) -> str:
        """Mostly a task in one of ``states`` (so the request does something), else any id."""
        tasks = self.state["tasks"]
        fitting = sorted(t for t, rec in tasks.items() if rec["state"] in states)
        if fitting and self.rng.random() < 0.9:
            return self.rng.choice(fitting)
        return self._promise()

    def _version(self, task_id: str) -> int:
        task = self.state["tasks"].get(task_id)
        if task is not None and self.rng.random() < 0.85:
            return int(task["version"])
        return self.rng.randint(0, 3)

    def _pid_of(self, task_id: str) -> str:
        task = self.state["tasks"].get(task_id)
        if task is not None and task.get("pid") and self.rng.random() < 0.85:
            return str(task["pid"])
        return self.rng.choice(PIDS)

    def _head(self) -> dict[str, Any]:
        return {"corrId": f"c{self.n}", "version": PROTOCOL_VERSION}

    def _sub(self, kind: str, data: dict[str, Any]) -> dict[str, Any]:
        return {"kind": kind, "head": self._head(), "data": data}

    # -- request data ---------------------------------------------------------------

    def _create_data(self, now: int, *, targeted: float = 0.6) -> dict[str, Any]:
        rng = self.rng
        data: dict[str, Any] = {
            "id": self._promise(),
            "timeoutAt": now + rng.choice([-5_000, 0, 2_000, 20_000, 90_000, 10**9]),
            "param": {"headers": {}, "data": f"arg{rng.randint(0, 9)}"},
        }
        tags: dict[str, str] = {}
        if rng.random() < targeted:
            tags["resonate:target"] = rng.choice(TARGETS)
        if rng.random() < 0.15:
            tags["resonate:timer"] = "true"
        if rng.random() < 0.3:
            tags["resonate:external"] = "true"
        if rng.random() < 0.05:
            tags["resonate:delay"] = str(now + rng.choice([-1, 8_000, 50_000]))
        data["tags"] = tags
        return data

    def _settle_data(self, promise_id: str | None = None) -> dict[str, Any]:
        rng = self.rng
        return {
            "id": promise_id or self._promise(),
            "state": rng.choice(["resolved", "resolved", "rejected", "rejected_canceled"]),
            "value": {"headers": {}, "data": f"v{rng.randint(0, 9)}"},
        }

    def request(self, now: int) -> dict[str, Any]:
        """The next envelope, at virtual time ``now``."""
        self.n += 1
        rng = self.rng
        kind = rng.choices(self._kinds, self._weights)[0]
        data: dict[str, Any]
        if kind == "promise.get":
            data = {"id": self._promise()}
        elif kind == "promise.create":
            data = self._create_data(now)
        elif kind == "promise.settle":
            data = self._settle_data()
        elif kind == "promise.register_callback":
            awaiter = self._task("acquired", "pending", "suspended")
            data = {"awaited": rng.choice(self._awaitable(awaiter)), "awaiter": awaiter}
        elif kind == "promise.register_listener":
            data = {"awaited": self._promise(), "address": rng.choice(ADDRESSES)}
        elif kind in ("task.get", "task.halt", "task.continue"):
            states = {"task.halt": ("pending", "acquired"), "task.continue": ("halted",)}
            data = {"id": self._task(*states.get(kind, ("pending", "acquired", "suspended")))}
        elif kind == "task.create":
            data = {
                "pid": rng.choice(PIDS),
                "ttl": rng.choice([1_000, 15_000, 60_000]),
                "action": self._sub("promise.create", self._create_data(now, targeted=0.9)),
            }
        elif kind == "task.acquire":
            tid = self._task("pending")
            data = {
                "id": tid,
                "version": self._version(tid),
                "pid": rng.choice(PIDS),
                "ttl": rng.choice([1_000, 15_000, 60_000]),
            }
        elif kind == "task.release":
            tid = self._task("acquired")
            data = {"id": tid, "version": self._version(tid)}
        elif kind == "task.fulfill":
            tid = self._task("acquired")
            settle = self._settle_data(tid if rng.random() < 0.85 else None)
            data = {
                "id": tid,
                "version": self._version(tid),
                "action": self._sub("promise.settle", settle),
            }
        elif kind == "task.fence":
            tid = self._task("acquired")
            inner = rng.choice(self._children(tid))
            if rng.random() < 0.5:
                action = self._sub("promise.create", {**self._create_data(now), "id": inner})
            else:
                action = self._sub("promise.settle", self._settle_data(inner))
            data = {"id": tid, "version": self._version(tid), "action": action}
        elif kind == "task.suspend":
            tid = self._task("acquired")
            candidates = self._awaitable(tid)
            awaited = rng.sample(candidates, rng.randint(1, min(3, len(candidates))))
            data = {
                "id": tid,
                "version": self._version(tid),
                "actions": [
                    self._sub("promise.register_callback", {"awaited": a, "awaiter": tid})
                    for a in awaited
                ],
            }
        elif kind == "task.heartbeat":
            tid = self._task("acquired")
            refs = [{"id": tid, "version": self._version(tid)}]
            other = self._task("acquired")
            if other != tid and origin(other) == origin(tid):
                refs.append({"id": other, "version": self._version(other)})
            data = {"pid": self._pid_of(tid), "tasks": refs}
        elif kind == "schedule.create":
            data = {
                "id": rng.choice(["s0", "s1"]),
                "cron": rng.choice(["0 0 1 1 *", "* * * * *", "*/5 * * * *"]),
                "promiseId": "{{.id}}.{{.timestamp}}",
                "promiseTimeout": 60_000,
                "promiseParam": {"headers": {}, "data": "e30="},
                "promiseTags": {"resonate:target": "poll://any@g"},
            }
        else:  # schedule.get, schedule.delete
            data = {"id": rng.choice(["s0", "s1"])}
        return self._maybe_break({"kind": kind, "head": self._head(), "data": data})

    def _maybe_break(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Make about one request in ten malformed."""
        rng = self.rng
        roll = rng.random()
        data = envelope["data"]
        self.broken = roll < 0.09
        if roll < 0.05 and data:
            del data[rng.choice(sorted(data))]
        elif roll < 0.08 and data:
            data[rng.choice(sorted(data))] = rng.choice([None, 3, "", [], {}])
        elif roll < 0.09:
            envelope["kind"] = rng.choice(["promise.nope", "task.bogus"])
        return envelope
