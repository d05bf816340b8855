"""The development set's party documents: parties written the many ways documents write them,
each printed one labelled."""

from __future__ import annotations

import re

from testbed.evaluation.run import extract
from testbed.evaluation.score import norm_org, norm_person
from testbed.evaluation.variety_parties import build_variety_parties

_SEED = "docpipe-eval"


class TestVarietyParties:
    def test_every_labelled_party_is_printed(self) -> None:
        """Organisations as printed (punctuation aside), people with their honorifics and
        initials' full stops aside."""
        for case in build_variety_parties(_SEED):
            text = extract(case)
            squashed = norm_org(text)
            spaced = norm_person(re.sub(r"[^\w\s]", " ", text))
            for name in case.labels.organizations:
                assert norm_org(name) in squashed, (case.case_id, name)
            for name in case.labels.people:
                assert norm_person(name) in spaced, (case.case_id, name)

    def test_the_ways_parties_are_written(self) -> None:
        text = "\n".join(extract(case) for case in build_variety_parties(_SEED))
        for printed in (
            r"\(the Supplier\)", r"Bill to\s+Ship to", r"Cc: Dr\. \w+ \w+ <", r"Present: Prof\.",
            r"In attendance:", r"\bR\. J\. \w+", r"On behalf of", r"Attn:", r"GmbH & Co\. KG",
            r"Sdn Bhd", r"Pte Ltd", r"Kft\.", r"From: \w+ \w+, Head of",
        ):  # fmt: skip
            assert re.search(printed, text), printed
