"""The official server's rules, request by request, as ``docs/conformance.md`` lists them.

Each test names its row (C1, C2, ...) and the official source the expectation was read from
(``resonatehq/resonate``: ``src/server.rs``, ``src/types.rs``, ``src/oracle.rs``). Requests go
through the HTTP front end's envelope handler over an in-memory engine on a virtual clock, so
what is checked is what a client receives: HTTP status, envelope, messages.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

from devserver.delivery import Hub
from devserver.engine import Engine
from devserver.http import Front

NOW = 1_717_372_800_000
VERSION = "2026-04-01"
URL = "http://127.0.0.1:8001"
TARGET = {"resonate:target": "poll://any@g"}


class Server:
    """``POST /`` of docpipe server on a virtual clock, collecting the messages it commits."""

    def __init__(self) -> None:
        self.now = NOW
        self.engine = Engine(":memory:", server_url=URL)
        self.front = Front(
            self.engine, Hub(ack=self.engine.ack), clock=lambda: self.now, on_timer=lambda _: None
        )
        self.messages: list[tuple[str, dict[str, Any]]] = []
        self.front.hub.publish = self._collect  # type: ignore[method-assign]
        self.n = 0

    def _collect(self, entries: list[Any]) -> None:
        self.messages.extend((e.address, msgspec.json.decode(e.payload)) for e in entries)

    def raw(self, envelope: Any) -> tuple[int, dict[str, Any]]:
        status, body, _ = self.front.handle_envelope({}, json.dumps(envelope).encode())
        answer: dict[str, Any] = json.loads(body)
        return status, answer

    def send(self, kind: str, **data: Any) -> dict[str, Any]:
        """Send one request; return its answer, checking the envelope around it."""
        self.n += 1
        corr = f"c{self.n}"
        status, answer = self.raw(
            {"kind": kind, "head": {"corrId": corr, "version": VERSION}, "data": data}
        )
        assert answer["kind"] == kind
        assert answer["head"] == {"corrId": corr, "status": status, "version": VERSION}
        return answer

    def ok(self, kind: str, **data: Any) -> Any:
        answer = self.send(kind, **data)
        assert answer["head"]["status"] == 200, answer
        return answer["data"]

    def refused(self, kind: str, **data: Any) -> tuple[int, str]:
        answer = self.send(kind, **data)
        assert isinstance(answer["data"], str), answer
        return answer["head"]["status"], answer["data"]

    def tick(self, at: int) -> None:
        self.now = at
        self._collect(self.engine.tick(at))

    def take(self) -> list[tuple[str, dict[str, Any]]]:
        taken, self.messages = self.messages, []
        return taken


def create(s: Server, promise_id: str, *, timeout: int = 60_000, **tags: str) -> Any:
    return s.ok("promise.create", id=promise_id, timeoutAt=s.now + timeout, param={}, tags=tags)


def action(kind: str, **data: Any) -> dict[str, Any]:
    return {"kind": kind, "head": {"corrId": "inner", "version": VERSION}, "data": data}


def task_create(s: Server, promise_id: str, *, pid: str = "w", ttl: int = 10_000) -> Any:
    inner = {"id": promise_id, "timeoutAt": s.now + 60_000, "param": {}, "tags": TARGET}
    return s.ok("task.create", pid=pid, ttl=ttl, action=action("promise.create", **inner))


class TestMessagesAndShapes:
    """C1-C4, C15: what messages and records look like."""

    def test_execute_and_unblock_heads(self) -> None:
        """C1/C2 (types.rs ExecuteMsg, processing_messages.rs): execute carries serverUrl."""
        s = Server()
        create(s, "p", **TARGET)
        assert s.take() == [
            (
                "poll://any@g",
                {
                    "kind": "execute",
                    "head": {"serverUrl": URL},
                    "data": {"task": {"id": "p", "version": 0}},
                },
            )
        ]
        create(s, "q")
        s.ok("promise.register_listener", awaited="q", address="poll://uni@g/a")
        s.ok("promise.settle", id="q", state="resolved", value={"data": "eQ=="})
        [(address, unblock)] = s.take()
        assert address == "poll://uni@g/a"
        assert unblock["head"] == {}
        assert unblock["data"]["promise"]["value"] == {"data": "eQ=="}

    def test_create_is_200_with_object_values(self) -> None:
        """C3/C4 (server.rs op_promise_create, types.rs PromiseValue): 200, value {}."""
        s = Server()
        record = s.ok("promise.create", id="p", timeoutAt=NOW + 1, param={"data": "x", "extra": 1})[
            "promise"
        ]
        assert (record["param"], record["value"], record["tags"]) == ({"data": "x"}, {}, {})
        assert s.ok("promise.create", id="p", timeoutAt=NOW + 99)["promise"] == record
        assert s.refused("promise.create", id="r", timeoutAt=NOW, param="x")[0] == 400

    def test_task_record_shape(self) -> None:
        """C15 (types.rs TaskRecord): resumes count, no promiseId; fulfilled: no pid/ttl."""
        s = Server()
        task = task_create(s, "t")["task"]
        assert task == {
            "id": "t",
            "state": "acquired",
            "version": 1,
            "resumes": 0,
            "ttl": 10_000,
            "pid": "w",
        }
        s.ok(
            "task.fulfill",
            id="t",
            version=1,
            action=action("promise.settle", id="t", state="resolved"),
        )
        assert s.ok("task.get", id="t")["task"] == {
            "id": "t",
            "state": "fulfilled",
            "version": 1,
            "resumes": 0,
        }


class TestErrors:
    """C5-C8: statuses, wording, envelope and field checks."""

    def test_not_found_is_a_string_and_the_http_status(self) -> None:
        """C5/C6 (ResponseEnvelope::error, into_response): 404 over HTTP, data a message."""
        s = Server()
        status, answer = s.raw(
            {
                "kind": "promise.get",
                "head": {"corrId": "c", "version": VERSION},
                "data": {"id": "x"},
            }
        )
        assert (status, answer["data"]) == (404, "Promise not found")
        assert s.refused("task.get", id="x") == (404, "Task not found")
        assert s.refused("schedule.get", id="x") == (404, "Schedule not found")
        assert s.refused("promise.register_listener", awaited="x", address="poll://any@g") == (
            404,
            "Awaited promise not found",
        )

    def test_envelope_checks_in_order(self) -> None:
        """C7 (server.rs handle_api): corrId/version required, supported version, kinds."""
        s = Server()
        assert s.raw({"kind": "promise.get", "head": {"version": VERSION}, "data": {}})[1][
            "data"
        ] == ("Invalid request envelope: missing field `corrId`")
        assert s.raw({"kind": "", "head": {"corrId": "c", "version": VERSION}, "data": {}})[1][
            "data"
        ] == ("Missing or invalid 'kind' field — must be a non-empty string")
        assert s.raw(
            {"kind": "promise.get", "head": {"corrId": "c", "version": VERSION}, "data": []}
        )[1]["data"] == ("Invalid 'data' field — must be an object")
        assert s.refused("promise.nope") == (400, "Unknown operation: promise.nope")
        assert s.refused("debug.snap") == (403, "Debug operations are disabled")

    def test_field_checks(self) -> None:
        """C8 (types.rs): required typed fields, ttl >= 1, settle states, string tags."""
        s = Server()
        assert s.refused("promise.create", id="p") == (
            400,
            "Invalid request: missing field `timeoutAt`",
        )
        assert s.refused("promise.create", id="", timeoutAt=1) == (400, "Promise ID is required")
        assert s.refused("promise.create", id="p", timeoutAt=1, tags={"a": 7}) == (
            400,
            "Invalid request: invalid type: integer `7`, expected a string",
        )
        create(s, "p")
        assert s.refused("promise.settle", id="p", state="bogus")[0] == 400
        assert s.ok("promise.get", id="p")["promise"]["state"] == "pending"
        assert s.refused("task.acquire", id="p", version=0, pid="w", ttl=0) == (
            400,
            "TTL must be a positive integer",
        )


class TestLineageAndAddresses:
    """C9-C12: ids extend their lineage tags; addresses must be routable."""

    def test_lineage_tags(self) -> None:
        """C9 (types.rs validate_promise_create_data; SDK ids: origin before the first ':')."""
        s = Server()
        lineage = {"resonate:origin": "r", "resonate:branch": "r", "resonate:parent": "r:1"}
        assert (
            s.ok("promise.create", id="r:1.2", timeoutAt=NOW + 9, tags=lineage)["promise"]["id"]
            == "r:1.2"
        )
        assert s.refused("promise.create", id="x:1", timeoutAt=NOW + 9, tags=lineage) == (
            400,
            "Promise ID must be prefixed by resonate:origin",
        )
        assert s.refused(
            "promise.create", id="a:b", timeoutAt=NOW + 9, tags={"resonate:origin": "a:b"}
        ) == (
            400,
            "resonate:origin must not contain ':'",
        )
        delay = {"resonate:delay": str(NOW + 99)}
        assert s.refused("promise.create", id="d", timeoutAt=NOW + 9, tags=delay) == (
            400,
            "resonate:delay must be less than timeoutAt",
        )

    def test_origin_of_callbacks_suspends_heartbeats(self) -> None:
        """C10 (types.rs): callbacks and suspends stay inside one origin; heartbeats may span."""
        s = Server()
        assert s.refused("promise.register_callback", awaited="a", awaiter="b") == (
            400,
            "Awaiter and awaited must belong to the same origin",
        )
        # Both SDKs heartbeat all of a process's tasks at once, across origins: accepted.
        s.ok(
            "task.heartbeat",
            pid="w",
            tasks=[{"id": "a", "version": 1}, {"id": "b:1", "version": 1}],
        )
        assert s.refused("task.suspend", id="a", version=1, actions=[]) == (
            400,
            "Actions array cannot be empty",
        )

    def test_addresses_are_checked_and_any_pid_accepted(self) -> None:
        """C11/C12 (transport/mod.rs is_valid_address): bad targets and listeners are 400."""
        s = Server()
        assert s.refused(
            "promise.create", id="p", timeoutAt=NOW + 9, tags={"resonate:target": "nope"}
        ) == (
            400,
            "Invalid resonate:target address",
        )
        create(s, "q")
        assert s.refused("promise.register_listener", awaited="q", address="poll://who@g") == (
            400,
            "Invalid listener address",
        )
        s.ok("promise.register_listener", awaited="q", address="poll://any@g/pid-1")


class TestTaskVersions:
    """C13, C14, C17-C21: fencing by version and the task kinds."""

    def test_acquire_moves_the_version_and_reoffers_keep_it(self) -> None:
        """C13 (oracle.rs op_task_acquire, debug_tick): acquire +1; a lapsed lease re-offers."""
        s = Server()
        create(s, "p", **TARGET)
        s.take()
        assert s.refused("task.acquire", id="p", version=1, pid="w", ttl=1000) == (
            409,
            "Version mismatch",
        )
        assert s.ok("task.acquire", id="p", version=0, pid="w", ttl=1000)["task"]["version"] == 1
        assert s.refused("task.acquire", id="p", version=1, pid="w", ttl=1000) == (
            409,
            "Task is not pending",
        )
        s.tick(NOW + 1000)
        assert [m["data"]["task"] for _, m in s.take()] == [{"id": "p", "version": 1}]
        assert s.refused("task.release", id="p", version=1) == (
            409,
            "Task version mismatch or invalid state",
        )
        assert s.ok("task.acquire", id="p", version=1, pid="v", ttl=1000)["task"]["version"] == 2
        s.ok("task.release", id="p", version=2)
        assert [m["data"]["task"] for _, m in s.take()] == [{"id": "p", "version": 2}]

    def test_fence_answers_with_a_whole_envelope(self) -> None:
        """C14 (server.rs op_task_fence): action is {kind, head, data}; 409 on a stale version."""
        s = Server()
        task_create(s, "t")
        inner = action("promise.create", id="t:1", timeoutAt=NOW + 9, param={}, tags={})
        answer = s.ok("task.fence", id="t", version=1, action=inner)
        assert answer["action"]["kind"] == "promise.create"
        assert answer["action"]["head"]["status"] == 200
        assert answer["action"]["data"]["promise"]["id"] == "t:1"
        assert [p["id"] for p in answer["preload"]] == []
        assert s.refused("task.fence", id="t", version=0, action=inner) == (409, "Version mismatch")
        settle = action("promise.settle", id="t:9", state="resolved")
        missing = s.ok("task.fence", id="t", version=1, action=settle)["action"]
        assert (missing["head"]["status"], missing["data"]) == (404, "Promise not found")

    def test_task_create_edges(self) -> None:
        """C17 (server.rs op_task_create): a promise without a task is 422; running 409."""
        s = Server()
        create(s, "plain")
        inner = {"id": "plain", "timeoutAt": NOW + 9, "param": {}, "tags": TARGET}
        assert s.refused(
            "task.create", pid="w", ttl=5, action=action("promise.create", **inner)
        ) == (
            422,
            "The promise does not have a resonate:target tag",
        )
        task_create(s, "t")
        again = {"id": "t", "timeoutAt": NOW + 9, "param": {}, "tags": TARGET}
        assert s.refused(
            "task.create", pid="w", ttl=5, action=action("promise.create", **again)
        ) == (409, "Already exists")

    def test_suspend_and_resume(self) -> None:
        """C18/C21 (oracle.rs op_task_suspend, trigger_callbacks): 422, 300, wake at version."""
        s = Server()
        task_create(s, "t")
        missing = [action("promise.register_callback", awaited="t:1", awaiter="t")]
        assert s.refused("task.suspend", id="t", version=1, actions=missing) == (
            422,
            "Awaited promise not found",
        )
        create(s, "t:1")
        s.ok("task.suspend", id="t", version=1, actions=missing)
        s.ok("promise.settle", id="t:1", state="resolved")
        assert [m["data"]["task"] for _, m in s.take()] == [{"id": "t", "version": 1}]
        assert s.ok("task.get", id="t")["task"]["resumes"] == 1
        s.ok("task.acquire", id="t", version=1, pid="w", ttl=1000)
        answer = s.send("task.suspend", id="t", version=2, actions=missing)
        assert answer["head"]["status"] == 300
        assert [p["id"] for p in answer["data"]["preload"]] == []

    def test_fulfill_and_halt_continue(self) -> None:
        """C19/C16 (types.rs validate_task_fulfill_data; server.rs halt/continue)."""
        s = Server()
        task_create(s, "t")
        other = action("promise.settle", id="u", state="resolved")
        assert s.refused("task.fulfill", id="t", version=1, action=other) == (
            400,
            "Action ID must match the task ID",
        )
        s.ok("task.halt", id="t")
        assert s.ok("task.get", id="t")["task"]["state"] == "halted"
        s.ok("task.continue", id="t")
        assert [m["data"]["task"] for _, m in s.take()] == [{"id": "t", "version": 1}]
        assert s.refused("task.continue", id="t") == (409, "Task is not halted")

    def test_malformed_request_changes_nothing(self) -> None:
        """C20 (server.rs: validate, then try_timeout): a 400 leaves a due promise pending."""
        s = Server()
        create(s, "p", timeout=10)
        s.now += 20
        assert s.refused("promise.settle", id="p", state="nope")[0] == 400
        assert s.ok("task.search")["tasks"] == []
        assert s.ok("promise.search", state="pending")["promises"][0]["id"] == "p"
        assert s.ok("promise.get", id="p")["promise"]["state"] == "rejected_timedout"


class TestSearchesAndSchedules:
    """C22-C25: paging and schedules."""

    def test_search_pages_by_id(self) -> None:
        """C22 (server.rs op_promise_search): id order, cursor = last id, absent at the end."""
        s = Server()
        for promise_id in ("b", "a", "c"):
            create(s, promise_id)
        first = s.ok("promise.search", limit=2)
        assert ([p["id"] for p in first["promises"]], first["cursor"]) == (["a", "b"], "b")
        rest = s.ok("promise.search", limit=2, cursor="b")
        assert ([p["id"] for p in rest["promises"]], "cursor" in rest) == (["c"], False)
        assert s.refused("promise.search", limit=1001) == (
            400,
            "Invalid 'limit' — must be between 1 and 1000",
        )

    def test_schedule_fires_every_missed_run(self) -> None:
        """C23-C25 (processing_timeouts.rs, oracle.rs): tags set, one promise per run."""
        s = Server()
        assert s.refused(
            "schedule.create",
            id="s",
            cron="bad",
            promiseId="x",
            promiseTimeout=1,
            promiseTags=TARGET,
        ) == (
            400,
            "Invalid cron expression",
        )
        record = s.ok(
            "schedule.create",
            id="s",
            cron="* * * * *",
            promiseId="{{.id}}-{{.timestamp}}",
            promiseTimeout=60_000,
            promiseTags=TARGET,
        )["schedule"]
        assert "lastRunAt" not in record
        assert record["promiseParam"] == {}
        s.tick(NOW + 3 * 60_000)
        fired = s.ok("promise.search", tags={"resonate:schedule": "s"})["promises"]
        assert [p["createdAt"] for p in fired] == [NOW + 60_000, NOW + 120_000, NOW + 180_000]
        first = fired[0]
        assert first["tags"]["resonate:origin"] == first["tags"]["resonate:prefix"] == first["id"]
        assert s.ok("schedule.get", id="s")["schedule"]["lastRunAt"] == NOW + 180_000
        assert (
            len(s.ok("schedule.search", tags={"resonate:target": "poll://any@g"})["schedules"]) == 1
        )
        assert s.ok("schedule.search", tags={"x": "y"})["schedules"] == []
