"""Minutes, letters and contracts as organisations really write them, written without
reading the analyzer's rules (issue #18): the development set's check that the rules for
these kinds generalise.

Minutes of boards, committees, residents' associations, school governors, clubs, works
councils, Vereine, assemblées générales, VvE's, juntas de propietarios and Italian councils
(:mod:`testbed.evaluation.variety_meetings_minutes`,
:mod:`testbed.evaluation.variety_meetings_abroad`); business and official letters of six
countries and one sent as an e-mail (:mod:`testbed.evaluation.variety_meetings_letters`);
service agreements, an NDA, leases, an employment contract and an order form
(:mod:`testbed.evaluation.variety_meetings_contracts`). Labelled by docs/analysis-schema.md:
minutes are dated by the meeting, a letter has no document number (its references are
files' and accounts'), a contract's number is its agreement's, its issue date the day it is
made or signed, its term's start and end its effective and end dates.
"""

from __future__ import annotations

from testbed.evaluation.boundary_cases import Generator, planned_cases
from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_meetings_abroad import (
    assemblee,
    betriebsrat,
    consiglio,
    junta,
    notulen,
    verein,
)
from testbed.evaluation.variety_meetings_contracts import (
    arbeitsvertrag,
    arrendamiento,
    locazione,
    nda_us,
    opdracht,
    order_form,
    prestation,
    services_uk,
    tenancy_uk,
)
from testbed.evaluation.variety_meetings_letters import (
    amt,
    brief,
    brief_nl,
    carta,
    lettera,
    lettre,
    mailed_letter,
    uk_letter,
    us_letter,
)
from testbed.evaluation.variety_meetings_minutes import (
    board,
    club,
    committee,
    governors,
    residents,
    team_notes,
)

#: (kind, generator, the formats of its cases; ``-scan``: a scanned PDF, ``jpg``: a photo).
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("minutes", board, ("pdf", "docx", "pdf-scan")),
    ("minutes", committee, ("docx", "html")),
    ("minutes", residents, ("pdf", "txt", "jpg")),
    ("minutes", governors, ("pdf", "md")),
    ("minutes", club, ("md", "txt", "png")),
    ("minutes", verein, ("pdf", "docx")),
    ("minutes", betriebsrat, ("pdf-scan", "txt")),
    ("minutes", assemblee, ("pdf", "docx")),
    ("minutes", notulen, ("pdf", "html")),
    ("minutes", junta, ("pdf", "pdf-scan")),
    ("minutes", consiglio, ("docx", "pdf")),
    ("minutes", team_notes, ("md", "html")),
    ("letter", uk_letter, ("pdf", "docx", "pdf-scan")),
    ("letter", us_letter, ("pdf", "txt")),
    ("letter", brief, ("pdf", "jpg")),
    ("letter", amt, ("pdf-scan", "docx")),
    ("letter", lettre, ("pdf", "txt")),
    ("letter", brief_nl, ("docx", "pdf")),
    ("letter", carta, ("pdf", "png")),
    ("letter", lettera, ("pdf",)),
    ("letter", mailed_letter, ("eml", "eml")),
    ("contract", services_uk, ("pdf", "docx")),
    ("contract", nda_us, ("pdf", "docx")),
    ("contract", tenancy_uk, ("pdf", "md")),
    ("contract", arbeitsvertrag, ("pdf", "pdf-scan")),
    ("contract", prestation, ("pdf", "docx")),
    ("contract", opdracht, ("pdf", "html")),
    ("contract", arrendamiento, ("docx", "pdf")),
    ("contract", locazione, ("pdf", "txt")),
    ("contract", order_form, ("pdf", "html")),
)


def build_variety_meetings(seed: str) -> list[Case]:
    """The meetings family's documents, labelled by their generators and drawn once for their
    evidence, named ``meetings-<generator>-NN``."""
    return planned_cases(seed, "meetings", PLAN)


__all__ = ["PLAN", "build_variety_meetings"]
