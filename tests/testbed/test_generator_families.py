"""What every generator family of the development set owes alike: the same cases on every
build, each of them in the development set, whose case ids are unique; and, where a family
marks each key figure in its blocks, each labelled figure cited and printed.

The development set is built once for all the families (it is the slow part), not once per
family's test file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from support.printed_text import assert_key_figures_cited
from testbed.evaluation import build_corpus
from testbed.evaluation.corpus import Case
from testbed.evaluation.multipage_cases import build_multipage
from testbed.evaluation.scan_stacks import build_scan_stacks
from testbed.evaluation.variety_accounts import build_variety_accounts
from testbed.evaluation.variety_agreements import build_variety_agreements
from testbed.evaluation.variety_batches import build_variety_batches
from testbed.evaluation.variety_bills import build_variety_bills
from testbed.evaluation.variety_bundles import build_variety_bundles
from testbed.evaluation.variety_columns import build_variety_columns
from testbed.evaluation.variety_dues import build_variety_dues
from testbed.evaluation.variety_field import build_variety_field
from testbed.evaluation.variety_figures import build_variety_figures
from testbed.evaluation.variety_formats import build_variety_formats
from testbed.evaluation.variety_meetings import build_variety_meetings
from testbed.evaluation.variety_names import build_variety_names
from testbed.evaluation.variety_orders import build_variety_orders
from testbed.evaluation.variety_parties import build_variety_parties
from testbed.evaluation.variety_prints import build_variety_prints
from testbed.evaluation.variety_scans import build_variety_scans
from testbed.evaluation.variety_slips_everyday import build_variety_slips
from testbed.evaluation.variety_statements import build_variety_statements
from testbed.evaluation.variety_tables import build_variety_tables
from testbed.evaluation.variety_tax_invoices import build_variety_tax_invoices
from testbed.evaluation.variety_terms import build_variety_terms
from testbed.evaluation.variety_world import build_variety_world

_SEED = "docpipe-eval"


def _whole(case: Case) -> object:
    return case


def _file(case: Case) -> object:
    return case.data


def _printed(case: Case) -> object:
    return (case.labels, case.data, case.blocks)


#: Each family's builder, and what of its cases two builds must give alike: the whole case,
#: or the file (scans drawn as pictures), or the labels, file and blocks.
FAMILIES: dict[str, tuple[Callable[[str], list[Case]], Callable[[Case], object]]] = {
    "variety_field": (build_variety_field, _whole),
    "variety_world": (build_variety_world, _whole),
    "variety_figures": (build_variety_figures, _whole),
    "variety_names": (build_variety_names, _whole),
    "variety_orders": (build_variety_orders, _whole),
    "variety_parties": (build_variety_parties, _whole),
    "variety_tables": (build_variety_tables, _whole),
    "variety_tax_invoices": (build_variety_tax_invoices, _whole),
    "variety_bills": (build_variety_bills, _whole),
    "variety_agreements": (build_variety_agreements, _whole),
    "variety_statements": (build_variety_statements, _whole),
    "variety_scans": (build_variety_scans, _file),
    "scan_stacks": (build_scan_stacks, _file),
    "multipage": (build_multipage, _printed),
    "variety_terms": (build_variety_terms, _whole),
    "variety_slips": (build_variety_slips, _whole),
    "variety_columns": (build_variety_columns, _printed),
    "variety_accounts": (build_variety_accounts, _whole),
    "variety_meetings": (build_variety_meetings, _whole),
    "variety_dues": (build_variety_dues, _printed),
    "variety_prints": (build_variety_prints, _printed),
    "variety_bundles": (build_variety_bundles, _printed),
    "variety_formats": (build_variety_formats, _whole),
    "variety_batches": (build_variety_batches, _printed),
}
#: The families whose blocks mark every labelled key figure where it is printed.
MARKED = (
    "variety_field", "variety_world", "variety_terms", "variety_slips", "variety_columns",
    "variety_meetings", "variety_dues", "variety_prints", "variety_formats",
)  # fmt: skip


#: Building the whole development set takes 1.5 minutes on a quiet machine, longer on a busy one.
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def development_ids() -> list[str]:
    return [case.case_id for case in build_corpus(_SEED, samples=False)]


def test_case_ids_are_unique(development_ids: list[str]) -> None:
    """No two cases of the development set share an id."""
    assert len(development_ids) == len(set(development_ids))


@pytest.mark.parametrize("family", FAMILIES)
def test_deterministic_and_in_the_development_set(family: str, development_ids: list[str]) -> None:
    """The same cases on every build, each of them in the development set."""
    build, same = FAMILIES[family]
    cases = build(_SEED)
    assert [same(case) for case in cases] == [same(case) for case in build(_SEED)]
    assert {case.case_id for case in cases} <= set(development_ids)


@pytest.mark.parametrize("family", MARKED)
def test_every_key_figure_is_marked_and_printed(family: str) -> None:
    """Each labelled key figure has evidence, and its marked text is in the document."""
    build, _ = FAMILIES[family]
    for case in build(_SEED):
        assert_key_figures_cited(case)
