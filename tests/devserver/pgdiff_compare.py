"""Run one request sequence against both servers and compare them after every step.

A step is a request (the same envelope to both) or a tick of the virtual clock (both fire
their timers at the same instant). After each step the responses, the messages each server
emitted in that step, and the two states must be equal once normalised
(:mod:`pgdiff_rules` says what is normalised and why). The first difference raises
:class:`Divergence` with everything needed to reproduce it: seed, step, request, both
sides.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pgdiff_backends import Backend
from pgdiff_requests import KINDS, START, RequestGenerator
from pgdiff_rules import (
    effective_state,
    normalise_messages,
    normalise_response,
    refused_by_official_validation,
    skipped_by,
)


class Divergence(AssertionError):
    """The two servers disagreed."""


@dataclass
class Coverage:
    """What the sequences exercised: request kinds by status, ticks, skips by rule."""

    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    ticks: int = 0
    messages: int = 0
    sequences: int = 0


def _advance(rng: random.Random, now: int) -> int:
    return now + rng.choice([0, 1_000, 2_000, 31_000, 61_000, 90_000])


def run_sequence(
    seed: int, steps: int, pg: Backend, ours: Backend, coverage: Coverage | None = None
) -> None:
    """Apply ``steps`` generated steps to both servers (each reset first)."""
    cov = coverage if coverage is not None else Coverage()
    cov.sequences += 1
    pg.reset()
    ours.reset()
    rng = random.Random(seed)
    gen = RequestGenerator(rng)
    now = START
    state = effective_state(pg.state(), now)
    offered: dict[str, set[str]] = {pg.name: set(), ours.name: set()}
    for step in range(steps):
        gen.state = state
        if rng.random() < 0.12:
            now = _advance(rng, now)
            pg.tick(now)
            ours.tick(now)
            cov.ticks += 1
            label, envelope = f"tick to {now}", None
            responses = None
        else:
            envelope = gen.request(now)
            rule = skipped_by(envelope, state, now, broken=gen.broken)
            if rule is not None:
                cov.skipped[rule] += 1
                continue
            label = json.dumps(envelope)
            tolerate = None
            if envelope["kind"] not in KINDS:
                tolerate = "D4"
            elif gen.broken:
                tolerate = "D1"
            elif refused_by_official_validation(envelope):
                tolerate = "D5"
            responses = _exchange(label, now, pg, ours, tolerate, cov)
            if responses is None:
                continue
            cov.statuses[(envelope["kind"], responses[pg.name]["status"])] += 1
        where = f"seed {seed} step {step} ({label})"
        if responses is not None and responses[pg.name] != responses[ours.name]:
            raise Divergence(_report("response", where, responses[pg.name], responses[ours.name]))
        messages = {
            side.name: normalise_messages(side.take_messages(), offered[side.name])
            for side in (pg, ours)
        }
        if messages[pg.name] != messages[ours.name]:
            raise Divergence(_report("messages", where, messages[pg.name], messages[ours.name]))
        cov.messages += len(messages[pg.name])
        state = effective_state(pg.state(), now)
        other = effective_state(ours.state(), now)
        if state != other:
            raise Divergence(_report("state", where, state, other))


def _exchange(
    body: str, now: int, pg: Backend, ours: Backend, tolerate: str | None, cov: Coverage
) -> dict[str, Any] | None:
    """Send one request to both; ``None`` when rule ``tolerate`` set the step aside."""
    theirs = normalise_response(ours.request(now, json.loads(body)))
    if tolerate is None:
        mine = normalise_response(pg.request(now, json.loads(body)))
        return {pg.name: mine, ours.name: theirs}
    # D1/D4/D5: resonate-pg does not validate a request's shape as the official server does
    # (it reads what it can and treats the rest as null) and answers unknown kinds 501. A
    # request both refuse is fine, whatever the status; one only resonate-pg accepts is
    # rolled back there.
    refused = theirs["status"] >= 400

    def keep(status: int) -> bool:
        return status >= 400 or not refused

    mine = normalise_response(pg.request(now, json.loads(body), keep=keep))  # type: ignore[call-arg]
    if refused and mine != theirs:
        cov.skipped[tolerate] += 1
        pg.take_messages()
        ours.take_messages()
        return None
    return {pg.name: mine, ours.name: theirs}


def _report(what: str, where: str, pg: Any, ours: Any) -> str:
    def dump(x: Any) -> str:
        return json.dumps(x, sort_keys=True, indent=1)

    return f"{what} differs at {where}\nresonate-pg:\n{dump(pg)}\ndocpipe server:\n{dump(ours)}"
