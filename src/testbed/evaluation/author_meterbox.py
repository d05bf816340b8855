"""The meterbox author: recurring bills and the letters around them, as households and small
offices receive them across the English-speaking world and Western Europe.

Each paper (:data:`PAPERS`) writes one page with its several numbers (account, customer,
meter, policy, mandate) and dates (reading days, periods, collection days, instalments) and
labels it as this author reads it; the rendering is drawn by weight, a minority through OCR.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from testbed.evaluation.author_meterbox_cover import council_tax, insurance_renewal, property_tax_us
from testbed.evaluation.author_meterbox_europe import assessment_nl, bill_fr, settlement_de
from testbed.evaluation.author_meterbox_fees import club_subscription, patient_statement, tuition
from testbed.evaluation.author_meterbox_letters import (
    debit_notice,
    final_notice,
    penalty_notice,
    renewal_notice,
)
from testbed.evaluation.author_meterbox_plans import phone_bill, saas_invoice
from testbed.evaluation.author_meterbox_utilities import electricity_uk, water_au
from testbed.evaluation.probe_sheets import RENDERINGS, rendering, sheet_case
from testbed.evaluation.truth import Case, Labels
from testbed.evaluation.variety_dues_print import Sheet

#: A paper: written from a random source, with its labels.
type Paper = Callable[[random.Random], tuple[Sheet, Labels]]

#: The papers, by name (the case's layout names its paper and rendering).
PAPERS: dict[str, Paper] = {
    "electricity-uk": electricity_uk,
    "water-au": water_au,
    "phone": phone_bill,
    "final-notice": final_notice,
    "insurance-renewal": insurance_renewal,
    "council-tax": council_tax,
    "property-tax-us": property_tax_us,
    "penalty-notice": penalty_notice,
    "tuition": tuition,
    "saas-invoice": saas_invoice,
    "renewal-notice": renewal_notice,
    "club-subscription": club_subscription,
    "patient-statement": patient_statement,
    "settlement-de": settlement_de,
    "bill-fr": bill_fr,
    "assessment-nl": assessment_nl,
    "debit-notice": debit_notice,
}

#: Documents drawn when no count is given (the tests' draw).
DEFAULT_COUNT = 136


def build_meterbox_documents(seed: int, count: int = DEFAULT_COUNT) -> list[Case]:
    """``count`` documents drawn deterministically from ``seed``: the papers in turn (so a
    small draw still has every one), the first renderings in turn, then by weight."""
    rng = random.Random(f"author-meterbox-{seed}")  # noqa: S311 - documents, not secrets
    names = list(PAPERS)
    ways = list(RENDERINGS)
    cases: list[Case] = []
    for index in range(count):
        name = names[index % len(names)]
        sheet, labels = PAPERS[name](rng)
        how = ways[index % len(ways)] if index < 2 * len(ways) else rendering(rng)
        case = sheet_case(f"author-meterbox-{seed}-{index:03d}", sheet, labels, how, rng)
        cases.append(Case(case.case_id, case.kind, case.fmt, f"{name}/{how}", case.blocks,
                          case.labels, case.data, case.scanned))  # fmt: skip
    return cases


__all__ = ["PAPERS", "build_meterbox_documents"]
