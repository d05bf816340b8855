"""Differential test: ``docpipe server`` against resonate-pg on a real Postgres.

resonate-pg is the Resonate server as one SQL file, an implementation docpipe did not
write. The same seeded request sequences -- every request kind both implement, valid and
malformed, on a virtual clock that fires timers through ``resonate.process_timeouts(now)``
and the engine's ``tick(now)`` -- go to both; responses, emitted messages and state must
agree after every step once normalised. What is normalised, and every known divergence with
the official server as tie-breaker, is in ``pgdiff_rules`` and docs/conformance.md.

``make test`` runs :data:`SEQUENCES` sequences; ``RESONATE_PG_DIFF_SEQUENCES=N`` runs more
(their seeds follow on). The test skips, saying where it looked, without resonate-pg's SQL.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pgdiff_backends import DocpipeServer, ResonatePg
from pgdiff_compare import Coverage, Divergence, run_sequence
from pgdiff_requests import KINDS
from pgdiff_rules import RULES

#: Sequences in ``make test``, and steps per sequence.
SEQUENCES = 300
STEPS = 60
CONFORMANCE_DOC = Path(__file__).resolve().parents[2] / "docs" / "conformance.md"

pytestmark = pytest.mark.integration


@pytest.fixture
def servers(resonate_pg_dsn: str) -> Iterator[tuple[ResonatePg, DocpipeServer]]:
    pg, ours = ResonatePg(resonate_pg_dsn), DocpipeServer()
    try:
        yield pg, ours
    finally:
        pg.close()
        ours.close()


def _sequences() -> int:
    return int(os.environ.get("RESONATE_PG_DIFF_SEQUENCES", SEQUENCES))


class TestAgainstResonatePg:
    """docpipe server and resonate-pg agree step by step on generated sequences."""

    def test_generated_sequences_agree(self, servers: tuple[ResonatePg, DocpipeServer]) -> None:
        """Every sequence agrees on every response, message and state; all kinds are covered."""
        pg, ours = servers
        coverage = Coverage()
        for seed in range(_sequences()):
            run_sequence(seed, STEPS, pg, ours, coverage)
        if _sequences() >= SEQUENCES:  # what a full run must have reached
            succeeded = {kind for kind, status in coverage.statuses if status in (200, 300)}
            assert succeeded == set(KINDS)
            assert ("task.suspend", 300) in coverage.statuses
        assert coverage.ticks > 0
        assert coverage.messages > 0

    def test_a_difference_is_reported_with_its_seed(
        self, servers: tuple[ResonatePg, DocpipeServer]
    ) -> None:
        """A server that answers differently is caught, and the report names seed and step."""
        pg, ours = servers
        honest = ours.request

        def lying(now: int, envelope: dict[str, object]) -> dict[str, object]:
            response = honest(now, envelope)
            if response["kind"] == "promise.get":
                response["head"] = {**response["head"], "status": 404}  # type: ignore[dict-item]
            return response

        def run_until_caught() -> None:
            for seed in range(50):
                run_sequence(seed, STEPS, pg, ours)

        ours.request = lying  # type: ignore[method-assign]
        try:
            with pytest.raises(Divergence, match=r"seed \d+ step \d+"):
                run_until_caught()
        finally:
            ours.request = honest  # type: ignore[method-assign]


class TestConformanceDoc:
    """Every rule the differential applies is documented, and nothing more."""

    def test_rules_and_doc_rows_match(self) -> None:
        """docs/conformance.md's resonate-pg table lists exactly the rules in pgdiff_rules."""
        text = CONFORMANCE_DOC.read_text(encoding="utf-8")
        section = text.split("## resonate-pg differential", 1)[1].split("\n## ", 1)[0]
        documented = set(re.findall(r"^\| ([RDG]\d+) \|", section, flags=re.MULTILINE))
        assert documented == {rule.id for rule in RULES}
