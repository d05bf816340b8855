"""Probe families: one-page documents composed at random from axes written out of general
knowledge of how the world prints its papers (language, the figure's label, its format, where
it stands, what stands beside it, how the file arrives), to score a key figure's rules on
combinations no one wrote a rule for.

The development set's documents are each one combination; rules written from its misses
learn those combinations. A probe family draws hundreds more from the same seed every run,
and ``bench/analysis_eval.py`` scores them as the "dev-probes" column (``--probes N``): a rule
that is right in general moves it, a rule fitted to one document does not.

Each family is a builder ``(seed, count) -> cases``, registered in :data:`FAMILIES`; the
cases are labelled exactly (every key figure printed), so they score like the set's own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from testbed.evaluation.probe_dues import build_due_probes
from testbed.evaluation.probe_numbers import build_number_probes
from testbed.evaluation.truth import Case

#: A family's builder: ``count`` probes drawn from ``seed`` (the same arguments, the same
#: probes).
type ProbeBuilder = Callable[[int, int], list[Case]]

#: The families, by name: what each probes.
FAMILIES: Mapping[str, ProbeBuilder] = {
    "numbers": build_number_probes,  # the document's own number among others
    "dues": build_due_probes,  # the day to pay by among the paper's other dates, or its terms
}


def build_probes(
    seed: int, count: int, families: Mapping[str, ProbeBuilder] = FAMILIES
) -> list[Case]:
    """``count`` probes shared out among ``families`` (the first ones take the remainder),
    each family's drawn from ``seed``."""
    if not families or count <= 0:
        return []
    share, extra = divmod(count, len(families))
    cases: list[Case] = []
    for index, build in enumerate(families.values()):
        cases.extend(build(seed, share + (1 if index < extra else 0)))
    return cases


__all__ = ["FAMILIES", "ProbeBuilder", "build_probes"]
