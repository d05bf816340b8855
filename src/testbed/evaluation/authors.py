"""Documents by authors who never read the rules: each module here was written by someone
given only the product's public description of the fields (the README's schema, the design's
analysis contract, the issue that asked for them), not the analyzer, its conventions document
or the other generators, and told to write and label everyday documents as they themselves
would read them.

The development set and the probes share the rules' own conventions (which number is "the"
number, which date is due), so a rule can be right on both and still disagree with how
another careful reader labels the same paper. Each author here is a second opinion on those
conventions. ``bench/analysis_eval.py`` scores them as the "dev-authors" column
(``--authors N``): they are development data, tuned on like the rest; the held-out set stays
the only one that is never read.

Each author is a builder ``(seed, count) -> cases``
(:data:`~testbed.evaluation.probes.ProbeBuilder`),
registered in :data:`AUTHORS`.
"""

from __future__ import annotations

from collections.abc import Mapping

from testbed.evaluation.author_backoffice import build_backoffice_documents
from testbed.evaluation.author_harbour import build_harbour_documents
from testbed.evaluation.author_kitchen import build_kitchen_documents
from testbed.evaluation.author_mainstreet import build_mainstreet_documents
from testbed.evaluation.author_meridian import build_meridian_documents
from testbed.evaluation.author_meterbox import build_meterbox_documents
from testbed.evaluation.author_mistral import build_mistral_documents
from testbed.evaluation.author_northgate import build_northgate_documents
from testbed.evaluation.author_quayside import build_quayside_documents
from testbed.evaluation.author_rhine import build_rhine_documents
from testbed.evaluation.probes import ProbeBuilder

#: The authors, by name.
AUTHORS: Mapping[str, ProbeBuilder] = {
    "backoffice": build_backoffice_documents,  # a company's accounts-payable and office inbox
    "harbour": build_harbour_documents,  # the English-speaking world's invoices, tills, accounts
    "kitchen": build_kitchen_documents,  # a household's and a freelancer's kitchen drawer
    "mainstreet": build_mainstreet_documents,  # small firms' papers: US, CA, UK, IE, AU, NZ
    "meridian": build_meridian_documents,  # Latin America's and English-printing Asia's papers
    "meterbox": build_meterbox_documents,  # recurring bills, rates, fees and their letters
    "mistral": build_mistral_documents,  # Southern Europe's, the French-speaking world's, Africa's
    "northgate": build_northgate_documents,  # Nordic, Eastern European, Gulf, South Asian papers
    "quayside": build_quayside_documents,  # trade papers: freight, wholesale, site, hire
    "rhine": build_rhine_documents,  # continental Europe's papers in their own languages
}

__all__ = ["AUTHORS"]
