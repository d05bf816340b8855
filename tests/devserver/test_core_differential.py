"""Differential test: this server's core against the SDK's in-process ``ServerState``.

``ServerState`` (resonate-sdk 0.8.1) models an older server than the official one this server
follows (``resonatehq/resonate``; see ``docs/conformance.md``). Where the two disagree the
official server wins, so this test compares only what they agree on: the promise lifecycle
-- create (with or without a target, delayed, born timed out), get, settle, listeners, lazy
and timer-driven timeouts, the ``execute`` offers and re-offers a targeted promise makes and
the ``unblock`` messages a settlement sends. Tasks are left out: ``ServerState`` moves the
task version on re-offer and ignores it on acquire, the official server the other way round
(``tests/devserver/test_conformance.py`` pins the official rules). The generator sends only
requests the official server accepts (ids extend their lineage tags, a delay comes with a
target and before the deadline), since ``ServerState`` accepts much the official one refuses.

Normalisations, each for a documented ``ServerState`` divergence:

- status 201 -> 200: the official server answers every successful create with 200;
- ``param``/``value`` ``null`` -> ``{}``: the official record always carries an object;
- the ``head`` of ``execute``/``unblock`` messages is dropped: ``ServerState`` sends none;
- a 404's message: the official wording is ``Promise not found``, ``ServerState`` names the id;
- outgoing messages are compared as sorted lists: ``ServerState`` keeps listeners in sets.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from resonate.connections.local import ServerState

from devserver.engine import Engine
from devserver.protocol import PROTOCOL_VERSION

#: 2024-06-03T00:00:00Z: far from January 1st, when the test schedules would fire.
START = 1_717_372_800_000
ADDRESSES = ["poll://uni@g/a", "poll://any@g", "http://127.0.0.1:9/hook"]
TARGETS = ["poll://any@g", "poll://any@h"]
KINDS = [
    "promise.get",
    "promise.create",
    "promise.create",
    "promise.settle",
    "promise.register_listener",
]


class RequestGenerator:
    """Random promise requests the official server accepts, on a sliding window of ids."""

    def __init__(self, rng: random.Random, ref: ServerState) -> None:
        self.rng = rng
        self.ref = ref
        self.n = 0

    def _pick(self, items: list[Any]) -> Any:
        return self.rng.choice(items)

    def _promise(self) -> str:
        """A sliding window of ids: new promises keep appearing, old ones stay reachable."""
        top = 8 + self.n // 25
        base = self.rng.randrange(max(0, top - 10), top)
        # Some are children (``root:n``), whose lineage tags name their root.
        return f"p{base}" if self.rng.random() < 0.7 else f"p{base}:{self.rng.randint(1, 3)}"

    def _head(self) -> dict[str, Any]:
        return {"corrId": f"c{self.n}", "version": PROTOCOL_VERSION}

    def _create_data(self, now: int) -> dict[str, Any]:
        rng = self.rng
        promise_id = self._promise()
        timeout_at = now + rng.choice([-5_000, 0, 2_000, 20_000, 90_000, 10**9])
        data: dict[str, Any] = {"id": promise_id, "timeoutAt": timeout_at}
        if rng.random() < 0.7:
            data["param"] = {"data": f"arg{rng.randint(0, 9)}", "headers": {}}
        tags: dict[str, Any] = {}
        if rng.random() < 0.6:
            tags["resonate:target"] = self._pick(TARGETS)
        if rng.random() < 0.2:
            tags["resonate:timer"] = "true"
        if rng.random() < 0.7:
            root = promise_id.split(":", 1)[0]
            tags.update({"resonate:origin": root, "resonate:branch": root})
        delay = now + rng.choice([-1, 5_000, 50_000])
        if "resonate:target" in tags and rng.random() < 0.1 and 0 <= delay < timeout_at:
            tags["resonate:delay"] = str(delay)
        data["tags"] = tags
        return data

    def request(self, now: int) -> dict[str, Any]:
        self.n += 1
        rng = self.rng
        kind = self._pick(KINDS)
        data: dict[str, Any]
        if kind == "promise.get":
            data = {"id": self._promise()}
        elif kind == "promise.create":
            data = self._create_data(now)
        elif kind == "promise.settle":
            data = {
                "id": self._promise(),
                "state": self._pick(["resolved", "rejected", "rejected_canceled"]),
                "value": {"data": f"v{rng.randint(0, 9)}", "headers": {}},
            }
        else:
            data = {"awaited": self._promise(), "address": self._pick(ADDRESSES)}
        return {"kind": kind, "head": self._head(), "data": data}


def _flatten(envelope: dict[str, Any]) -> dict[str, Any]:
    flat = dict(envelope["data"])
    flat["kind"] = envelope["kind"]
    flat["corrId"] = envelope["head"]["corrId"]
    return flat


def _normalise(response: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(response))
    if out.get("status") == 201:
        out["status"] = 200
    if out.get("status") == 404:
        out.pop("error", None)
    if isinstance(out.get("promise"), dict):
        _object_values(out["promise"])
    return out


def _object_values(record: dict[str, Any]) -> None:
    for field in ("param", "value"):
        if record.get(field) is None:
            record[field] = {}


def _canonical(address: str, message: dict[str, Any]) -> str:
    message = {k: v for k, v in message.items() if k != "head"}
    promise = message.get("data", {}).get("promise")
    if isinstance(promise, dict):
        _object_values(promise)
    return json.dumps({"address": address, "message": message}, sort_keys=True)


def _messages(messages: list[Any]) -> list[str]:
    return sorted(_canonical(m.address, m.message) for m in messages)


def _our_messages(entries: list[Any]) -> list[str]:
    return sorted(_canonical(e.address, json.loads(e.payload)) for e in entries)


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
            ref.outgoing.clear()
            expected = _normalise(ref.apply(now, json.loads(json.dumps(flat))))
            response, entries = ours.handle(now, flat)
            context = f"seed {seed} step {step}: {json.dumps(envelope)}"
            assert _normalise(response) == expected, context
            assert _our_messages(entries) == _messages(ref.outgoing), context
    finally:
        ours.close()


class TestAgainstServerState:
    """The promise lifecycle answers like ``ServerState``, bar its documented divergences."""

    @pytest.mark.parametrize("seed", range(12))
    def test_random_sequences_match(self, seed: int) -> None:
        """Twelve seeded sequences of 400 steps each agree on every response and message."""
        run_sequence(seed, 400)
