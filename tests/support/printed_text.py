"""A generated document's words as printed, for the generator tests that check every label
is printed in the document it labels."""

from __future__ import annotations

from testbed.evaluation.commerce_cases import aligned_text
from testbed.evaluation.corpus import Case
from testbed.evaluation.truth import unmark


def printed_text(case: Case) -> str:
    """The document's words as printed (its blocks' plain-text layout), spaces collapsed."""
    return " ".join(unmark(aligned_text(case.blocks)).split())
