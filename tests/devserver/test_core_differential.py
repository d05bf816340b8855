"""Differential test: this server's core against the SDK's reference ``ServerState``.

Seeded random request sequences -- every request kind, valid and malformed, on a virtual
clock that also fires timers -- are applied to both; every response and every outgoing
message is compared step by step. Normalisations, each for a documented reason:

- ``nextRunAt``/``lastRunAt`` of schedule records: the reference's schedules are stubs that
  never fire (it reports ``nextRunAt: 0``); ours compute the next cron run. Schedules here use
  a cron that cannot fall due within a run (``0 0 1 1 *`` while the clock stays in June), so
  both sides hold exactly the same promises.
- outgoing messages are compared as sorted lists: the reference keeps awaiters and listener
  addresses in Python sets, so the order it emits one request's messages in is arbitrary.
- a malformed request raises ``ServerError`` in the reference and is answered with the same
  status and message by ours; the comparison is on (status, message).
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from resonate.connections.local import ServerState
from resonate.error import ServerError

from devserver.engine import Engine
from devserver.protocol import PROTOCOL_VERSION

#: 2024-06-03T00:00:00Z: far from January 1st, when the test schedules would fire.
START = 1_717_372_800_000
PIDS = ["w1", "w2", ""]
ADDRESSES = ["poll://uni@g/a", "poll://any@g", "http://127.0.0.1:9/hook"]
TARGETS = ["poll://any@g", "poll://any@h"]
KINDS = [
    "promise.get",
    "promise.create",
    "promise.settle",
    "promise.register_listener",
    "task.create",
    "task.acquire",
    "task.release",
    "task.fulfill",
    "task.fence",
    "task.suspend",
    "task.heartbeat",
    "schedule.create",
    "schedule.get",
    "schedule.delete",
    "schedule.search",
]


class RequestGenerator:
    """Random requests biased towards meaningful ones (real ids, current versions)."""

    def __init__(self, rng: random.Random, ref: ServerState) -> None:
        self.rng = rng
        self.ref = ref
        self.n = 0

    def _pick(self, items: list[Any]) -> Any:
        return self.rng.choice(items)

    def _promises(self) -> list[str]:
        """A sliding window of ids: new promises keep appearing, old ones stay reachable."""
        top = 8 + self.n // 25
        return [f"p{i}" for i in range(max(0, top - 10), top)]

    def _promise(self) -> str:
        return str(self._pick(self._promises()))

    def _task(self, *states: str) -> str:
        """Mostly a task in one of ``states`` (so the request does something), else any id."""
        fitting = [t.id for t in self.ref.tasks.values() if t.state in states]
        if fitting and self.rng.random() < 0.7:
            return str(self._pick(sorted(fitting)))
        return self._promise()

    def _version(self, task_id: str) -> int:
        task = self.ref.tasks.get(task_id)
        if task is not None and self.rng.random() < 0.8:
            return task.version
        return self.rng.randint(0, 3)

    def _head(self) -> dict[str, Any]:
        return {"corrId": f"c{self.n}", "version": PROTOCOL_VERSION}

    def _create_data(self, now: int) -> dict[str, Any]:
        rng = self.rng
        data: dict[str, Any] = {"id": self._promise()}
        if rng.random() < 0.9:
            data["timeoutAt"] = now + rng.choice([-5_000, 0, 2_000, 20_000, 90_000, 10**9])
        if rng.random() < 0.7:
            data["param"] = {"data": f"arg{rng.randint(0, 9)}", "headers": {}}
        tags: dict[str, Any] = {}
        if rng.random() < 0.6:
            tags["resonate:target"] = self._pick(TARGETS)
        if rng.random() < 0.2:
            tags["resonate:timer"] = "true"
        if rng.random() < 0.7:
            tags["resonate:branch"] = self._pick(["b0", "b1"])
        if rng.random() < 0.1:
            tags["resonate:delay"] = str(now + rng.choice([-1, 5_000, 50_000]))
        if rng.random() < 0.05:
            tags["ignored"] = 7  # a non-string tag value is dropped by both
        data["tags"] = tags
        return data

    def _settle_data(self) -> dict[str, Any]:
        rng = self.rng
        return {
            "id": self._promise(),
            "state": self._pick(["resolved", "rejected", "rejected_canceled", "bogus"]),
            "value": {"data": f"v{rng.randint(0, 9)}", "headers": {}},
        }

    def _sub(self, kind: str, data: dict[str, Any]) -> dict[str, Any]:
        return {"kind": kind, "head": self._head(), "data": data}

    def request(self, now: int) -> dict[str, Any]:
        self.n += 1
        rng = self.rng
        kind = self._pick(KINDS)
        tid = self._task("acquired") if kind.startswith("task.") else self._promise()
        if kind == "task.acquire":
            tid = self._task("pending")
        data: dict[str, Any]
        if kind in ("promise.get", "schedule.get", "schedule.delete"):
            data = {"id": tid if kind == "promise.get" else self._pick(["s0", "s1"])}
        elif kind == "promise.create":
            data = self._create_data(now)
        elif kind == "promise.settle":
            data = self._settle_data()
        elif kind == "promise.register_listener":
            data = {"awaited": tid, "address": self._pick(ADDRESSES)}
        elif kind == "task.create":
            data = {
                "pid": self._pick(PIDS[:2]),
                "ttl": rng.choice([1_000, 15_000, 60_000]),
                "action": self._sub("promise.create", self._create_data(now)),
            }
        elif kind == "task.acquire":
            data = {
                "id": tid,
                "version": self._version(tid),
                "pid": self._pick(PIDS),
                "ttl": rng.choice([0, 1_000, 15_000, 60_000]),
            }
        elif kind == "task.release":
            data = {"id": tid, "version": self._version(tid)}
        elif kind == "task.fulfill":
            settle = self._settle_data()
            if rng.random() < 0.8:
                settle["id"] = tid
            data = {
                "id": tid,
                "version": self._version(tid),
                "action": self._sub("promise.settle", settle),
            }
        elif kind == "task.fence":
            sub_kind = rng.choice(["promise.create", "promise.settle", "promise.bogus"])
            inner = self._create_data(now) if sub_kind == "promise.create" else self._settle_data()
            data = {"id": tid, "version": self._version(tid), "action": self._sub(sub_kind, inner)}
        elif kind == "task.suspend":
            awaited = rng.sample(self._promises(), rng.randint(0, 3))
            data = {
                "id": tid,
                "version": self._version(tid),
                "actions": [
                    self._sub("promise.register_callback", {"awaited": a, "awaiter": tid})
                    for a in awaited
                ],
            }
        elif kind == "task.heartbeat":
            refs = [
                {"id": t, "version": self._version(t)}
                for t in {self._task("acquired") for _ in range(3)}
            ]
            pid = self.ref.tasks[refs[0]["id"]].pid if refs[0]["id"] in self.ref.tasks else None
            data = {"pid": pid or self._pick(PIDS[:2]), "tasks": refs}
        elif kind == "schedule.create":
            tags = {"resonate:target": "poll://any@g"} if rng.random() < 0.8 else {"x": "y"}
            data = {
                "id": self._pick(["s0", "s1"]),
                "cron": "0 0 1 1 *",
                "promiseId": "{{.id}}-{{.timestamp}}",
                "promiseTimeout": 60_000,
                "promiseParam": {"data": "e30=", "headers": {}},
                "promiseTags": tags,
            }
        else:
            data = {}
        return self._maybe_break({"kind": kind, "head": self._head(), "data": data})

    def _maybe_break(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Make about one request in ten malformed, the ways clients get it wrong."""
        rng = self.rng
        roll = rng.random()
        data = envelope["data"]
        if roll < 0.04 and data:
            del data[rng.choice(sorted(data))]
        elif roll < 0.06 and data:
            data[rng.choice(sorted(data))] = rng.choice([None, 3, "", [], {}])
        elif roll < 0.07:
            envelope["kind"] = rng.choice(["promise.nope", "", "task.get"])
        elif roll < 0.09 and envelope["kind"] == "task.heartbeat":
            data["tasks"].append({"version": 1})  # a task ref without an id, mid-list
        return envelope


def _flatten(envelope: dict[str, Any]) -> dict[str, Any]:
    flat = dict(envelope["data"])
    flat["kind"] = envelope["kind"]
    flat["corrId"] = envelope["head"]["corrId"]
    return flat


def _normalise(response: dict[str, Any]) -> dict[str, Any]:
    out = json.loads(json.dumps(response))
    schedules = [out["schedule"]] if "schedule" in out else out.get("schedules", [])
    for schedule in schedules:
        schedule.pop("nextRunAt", None)
        schedule.pop("lastRunAt", None)
    return dict(out)


def _messages(messages: list[Any]) -> list[str]:
    return sorted(
        json.dumps({"address": m.address, "message": m.message}, sort_keys=True) for m in messages
    )


def _our_messages(entries: list[Any]) -> list[str]:
    return sorted(
        json.dumps({"address": e.address, "message": json.loads(e.payload)}, sort_keys=True)
        for e in entries
    )


def _advance(rng: random.Random, ref: ServerState, now: int) -> int:
    """Move the clock: often exactly onto (or just before) the next deadline, to test edges."""
    deadlines = [t.timeout for t in ref.p_timeouts] + [t.timeout for t in ref.t_timeouts]
    upcoming = [d for d in deadlines if now < d < now + 10**8]
    if upcoming and rng.random() < 0.5:
        return min(upcoming) - rng.choice([0, 0, 1])
    return now + int(rng.choice([0, 500, 1_000, 16_000, 31_000, 61_000]))


def run_sequence(seed: int, steps: int) -> None:
    rng = random.Random(seed)
    ref = ServerState()
    ours = Engine(":memory:")
    gen = RequestGenerator(rng, ref)
    now = START
    try:
        for step in range(steps):
            if rng.random() < 0.15:
                now = _advance(rng, ref, now)
                ref.outgoing.clear()
                ref.tick(now)
                expected_out = _messages(ref.outgoing)
                ours_out = _our_messages(ours.tick(now))
                assert ours_out == expected_out, f"seed {seed} step {step}: tick at {now}"
                continue
            envelope = gen.request(now)
            flat = _flatten(envelope)
            try:
                expected = _normalise(ref.apply(now, json.loads(json.dumps(flat))))
            except ServerError as exc:
                expected = {"status": exc.code, "error": exc.message}
            response, entries = ours.handle(now, flat)
            got = _normalise(response)
            if "kind" not in expected:  # the reference raised
                got = {"status": got["status"], "error": got.get("error")}
            context = f"seed {seed} step {step}: {json.dumps(envelope)}"
            assert got == expected, context
            assert _our_messages(entries) == _messages(ref.outgoing), context
    finally:
        ours.close()


class TestAgainstReference:
    """The core answers like ``ServerState`` for every request, step by step."""

    @pytest.mark.parametrize("seed", range(12))
    def test_random_sequences_match(self, seed: int) -> None:
        """Twelve seeded sequences of 500 steps each agree on every response and message."""
        run_sequence(seed, 500)

    def test_server_error_attributes_exist(self) -> None:
        """The reference's error carries the code and message this test compares."""
        err = ServerError(400, "x")
        assert (err.code, err.message) == (400, "x")


def _compare_script(script: list[tuple[int, dict[str, Any]]]) -> list[int]:
    """Apply a scripted (time, flat request) list to both; return our statuses."""
    ref = ServerState()
    ours = Engine(":memory:")
    statuses = []
    try:
        for now, req in script:
            expected = _normalise(ref.apply(now, json.loads(json.dumps(req))))
            response, entries = ours.handle(now, req)
            assert _normalise(response) == expected
            assert _our_messages(entries) == _messages(ref.outgoing)
            statuses.append(response["status"])
    finally:
        ours.close()
    return statuses


class TestScriptedEdges:
    """Hand-written sequences for transitions random walks reach rarely."""

    def test_dependency_settled_while_running_redirects_suspend(self) -> None:
        """A promise settling while its awaiter still runs makes the next suspend a redirect."""
        create = {"kind": "promise.create", "corrId": "c", "timeoutAt": START + 10**6}
        statuses = _compare_script(
            [
                (START, {**create, "id": "dep"}),
                (
                    START,
                    {
                        "kind": "task.create",
                        "corrId": "c",
                        "pid": "w",
                        "ttl": 60_000,
                        "action": {
                            "id": "root",
                            "timeoutAt": START + 10**6,
                            "tags": {"resonate:target": "poll://any@g"},
                        },
                    },
                ),
                # awaiting a settled promise redirects, but leaves "root" awaiting "dep2"
                (START, {**create, "id": "done"}),
                (START, {"kind": "promise.settle", "corrId": "c", "id": "done"}),
                (
                    START,
                    {
                        "kind": "task.suspend",
                        "corrId": "c",
                        "id": "root",
                        "actions": [{"awaited": "dep"}, {"awaited": "done"}],
                    },
                ),
                (START + 1, {"kind": "promise.settle", "corrId": "c", "id": "dep"}),
                (START + 2, {"kind": "task.suspend", "corrId": "c", "id": "root", "actions": []}),
            ]
        )
        assert statuses[-3:] == [300, 200, 300]
