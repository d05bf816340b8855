"""A generated document's words as printed, for the generator tests that check every label
is printed in the document it labels."""

from __future__ import annotations

from collections.abc import Callable

from testbed.evaluation.commerce_cases import aligned_text
from testbed.evaluation.corpus import Case
from testbed.evaluation.truth import printed_values, unmark


def printed_text(case: Case) -> str:
    """The document's words as printed (its blocks' plain-text layout), spaces collapsed."""
    return " ".join(unmark(aligned_text(case.blocks)).split())


def assert_labels_printed(case: Case, written: Callable[[float], set[str]]) -> None:
    """Every party, line item, amount and the total ``case`` is labelled with stands in its
    printed text; ``written`` gives the forms an amount may be printed in."""
    labels, text = case.labels, printed_text(case)
    for name in (*labels.organizations, *labels.people):
        assert name.rstrip(".").casefold() in text.casefold(), (case.case_id, name)
    for row in labels.line_items or ():
        assert row.description in text, (case.case_id, row)
        assert any(form in text for form in written(row.amount)), (case.case_id, row)
    for amount, _ in (*labels.amounts, *([labels.total] if labels.total else [])):
        assert any(form in text for form in written(amount)), (case.case_id, amount)


def assert_key_figures_cited(case: Case) -> None:
    """Every key figure ``case`` is labelled with has its evidence, and its marked text stands
    in the printed text."""
    cited = dict(case.labels.evidence)
    printed = printed_values(list(case.blocks))
    text = printed_text(case)
    for name in case.labels.key_figures():
        assert name in cited, (case.case_id, name)
        assert " ".join(printed[name].split()) in text, (case.case_id, name)
