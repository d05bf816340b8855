"""The evaluation sets the bench scores side by side.

``dev`` is the development set (:func:`~testbed.evaluation.corpus.build_corpus`): the rules
may be tuned on it. ``held-out`` comes from a separate generator (:mod:`testbed.heldout`)
with its own templates, vocabularies, layouts and formats, and is only ever scored.
"""

from __future__ import annotations

from testbed.evaluation.corpus import DEFAULT_SEED, Case, build_corpus

#: The name of the set the rules never see (its goals are printed).
HELD_OUT = "held-out"


def evaluation_sets(seed: str = DEFAULT_SEED) -> dict[str, list[Case]]:
    """Every set by name, development first."""
    from testbed.heldout import build_heldout  # noqa: PLC0415 - the held-out set imports us

    return {"dev": build_corpus(seed), HELD_OUT: build_heldout(seed)}


def is_scan(case: Case) -> bool:
    """Whether the case is read by OCR (the slow part of a run)."""
    return case.scanned or case.fmt in ("png", "jpg")
