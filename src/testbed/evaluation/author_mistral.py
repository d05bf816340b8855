"""mistral: papers from Southern Europe, the French-speaking world and Africa, written and
labelled by an author who never read the analyzer's rules.

Each paper prints what such papers print: a client number, an order number, tax ids, bank
details, a delivery date, a service period, payment terms in the local phrasing. Which number
is the document's and which date is due is read as a careful local bookkeeper reads it: the
number the paper names itself by, the date it says to pay by (none where it only states a
rule such as "à 30 jours fin de mois").
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.author_mistral_africa import (
    bon_de_commande,
    facture_maghreb,
    tax_invoice,
    till_slip,
)
from testbed.evaluation.author_mistral_alps import qr_facture, timologio
from testbed.evaluation.author_mistral_bills import mobile_statement, releve, utility_bill
from testbed.evaluation.author_mistral_franc import avoir, devis, facture
from testbed.evaluation.author_mistral_home import contrat, proces_verbal, quittance, relance, rent
from testbed.evaluation.author_mistral_south import factura, fattura, fatura, sollecito
from testbed.evaluation.author_mistral_style import Paper
from testbed.evaluation.probe_sheets import sheet_case
from testbed.evaluation.truth import Case, Labels

#: The papers, by name: each draws one document.
PAPERS: dict[str, Callable[[random.Random], Paper]] = {
    "facture": facture,
    "avoir": avoir,
    "devis": devis,
    "rent": rent,
    "quittance": quittance,
    "relance": relance,
    "contrat": contrat,
    "proces-verbal": proces_verbal,
    "fattura": fattura,
    "factura": factura,
    "fatura": fatura,
    "sollecito": sollecito,
    "tax-invoice": tax_invoice,
    "facture-maghreb": facture_maghreb,
    "utility-bill": utility_bill,
    "mobile-statement": mobile_statement,
    "till-slip": till_slip,
    "bon-de-commande": bon_de_commande,
    "qr-facture": qr_facture,
    "timologio": timologio,
    "releve": releve,
}
#: Rendering -> weight: mostly born-digital, about 15 in 100 through OCR.
RENDERINGS: dict[str, int] = {
    "pdf": 28,
    "pdf-flow": 14,
    "docx": 10,
    "html": 10,
    "txt": 9,
    "md": 6,
    "eml": 10,
    "pdf-scan": 7,
    "jpg": 8,
}
#: Enough documents that every paper and every rendering turns up.
DEFAULT_COUNT = 90


def build_mistral_documents(seed: int, count: int = DEFAULT_COUNT) -> list[Case]:
    """``count`` papers drawn from ``seed``: the papers in turn, each rendered by weight."""
    rng = random.Random(f"author-mistral-{seed}")  # noqa: S311 - not for secrets
    names = list(PAPERS)
    cases = []
    for index in range(count):
        if index % len(names) == 0:
            rng.shuffle(names)
        name = names[index % len(names)]
        paper = PAPERS[name](rng)
        how = rng.choices(list(RENDERINGS), weights=list(RENDERINGS.values()))[0]
        labels = Labels(
            document_type=paper.kind,
            number=paper.number,
            organizations=tuple(dict.fromkeys(paper.organizations)),
            people=tuple(dict.fromkeys(paper.people)),
            vendor=paper.vendor,
            total=paper.total,
            amounts=tuple(dict.fromkeys(paper.amounts)),
            dates=tuple(dict.fromkeys(paper.dates)),
            line_items=tuple(paper.items) if paper.items is not None else None,
        )
        case = sheet_case(f"author-mistral-{seed}-{index:03d}", paper.sheet, labels, how, rng)
        cases.append(_named(case, name))
    return cases


def _named(case: Case, paper: str) -> Case:
    return replace(case, layout=f"{paper}/{case.layout}")


__all__ = ["DEFAULT_COUNT", "PAPERS", "RENDERINGS", "build_mistral_documents"]
