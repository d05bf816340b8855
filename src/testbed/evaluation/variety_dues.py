"""Recurring bills and service invoices written without reading the analyzer's rules
(issue #18): the development set's check that the document number and the due date are
found where the world prints them and as it words them.

Electricity, gas, water, telephone and internet bills of the US, Britain, Germany, Austria,
France, the Netherlands, Italy, Spain, Australia and Canada
(:mod:`testbed.evaluation.variety_dues_power`); insurance premiums, council tax, a service
charge demand, school fees, a club's membership, a dentist's statement, a Swiss doctor's bill,
a Dutch municipal tax assessment and a Polish faktura (:mod:`testbed.evaluation.variety_dues_fees`);
a SaaS renewal, hosting, freight, import duty and tradespeople's invoices of Britain, Germany,
Italy, Portugal, Norway, Finland and Belgium (:mod:`testbed.evaluation.variety_dues_trade`).
The number stands in a box at the right, in a band of labels over values, under its label, in
the title, in a sentence ("Please quote reference ..."), only on the payment slip at the foot
or only in the running header of every page, beside account, customer, contract and policy
numbers; the due date is a "Pay by", "Amount due by", a Direct Debit "on or after", "Zahlbar
bis", "à régler avant le", "Fecha de vencimiento", "Te betalen vóór", "Termin płatności",
"Förfallodag", "Scadenza", a debit announced in a sentence, or terms in days from the invoice
date (labelled as the day they give). The PDFs are set at positions
(:mod:`testbed.evaluation.variety_dues_print`); the other formats carry the same words.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.boundary_cases import drawn
from testbed.evaluation.commerce_cases import wrapped_rows
from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_dues_fees import (
    arzt_ch,
    beitrag_de,
    club_se,
    council_tax_uk,
    dental_us,
    gemeente_nl,
    internet_pl,
    premium_uk,
    school_fees,
    service_charge_uk,
)
from testbed.evaluation.variety_dues_power import (
    bolletta_it,
    electric_us,
    energy_uk,
    luz_es,
    mobile_nl,
    phone_ca,
    stadtwerke_de,
    strom_at,
    telecom_fr,
    water_au,
)
from testbed.evaluation.variety_dues_print import Sheet, sheet_blocks, sheet_pdf
from testbed.evaluation.variety_dues_style import Bill
from testbed.evaluation.variety_dues_trade import (
    duty_uk,
    facture_be,
    faktura_no,
    fattura_it,
    fatura_pt,
    freight_nl,
    handwerker_de,
    hosting_de,
    lasku_fi,
    plumber_uk,
    saas_renewal,
)

type DuesGenerator = Callable[[random.Random], tuple[Sheet, Bill]]

#: (kind, generator, formats): ``pdf`` set at positions, ``pdf-flow`` set top-down by the
#: shared typesetter, ``-scan`` a scanned PDF, ``jpg`` a photograph.
PLAN: tuple[tuple[str, DuesGenerator, tuple[str, ...]], ...] = (
    ("invoice", electric_us, ("pdf", "pdf-scan", "jpg")),
    ("invoice", energy_uk, ("pdf", "txt", "eml")),
    ("invoice", stadtwerke_de, ("pdf", "pdf-scan", "docx")),
    ("invoice", water_au, ("pdf", "png")),
    ("invoice", telecom_fr, ("pdf", "html")),
    ("invoice", mobile_nl, ("pdf", "eml")),
    ("invoice", bolletta_it, ("pdf", "jpg")),
    ("invoice", luz_es, ("pdf-scan", "docx")),
    ("invoice", phone_ca, ("pdf", "pdf-flow")),
    ("invoice", strom_at, ("txt", "eml")),
    ("invoice", premium_uk, ("pdf", "docx")),
    ("invoice", beitrag_de, ("pdf", "pdf-scan")),
    ("invoice", council_tax_uk, ("pdf",)),
    ("invoice", service_charge_uk, ("pdf", "txt")),
    ("invoice", school_fees, ("pdf", "html")),
    ("invoice", club_se, ("pdf", "eml")),
    ("statement", dental_us, ("pdf", "png")),
    ("invoice", arzt_ch, ("pdf", "txt")),
    ("invoice", gemeente_nl, ("pdf",)),
    ("invoice", internet_pl, ("pdf", "docx")),
    ("invoice", saas_renewal, ("pdf", "eml", "html")),
    ("invoice", hosting_de, ("pdf", "html")),
    ("invoice", freight_nl, ("pdf", "pdf-scan")),
    ("invoice", duty_uk, ("eml", "html")),
    ("invoice", plumber_uk, ("docx", "pdf-scan")),
    ("invoice", handwerker_de, ("pdf", "jpg")),
    ("invoice", fattura_it, ("pdf-flow", "docx")),
    ("invoice", fatura_pt, ("pdf", "html")),
    ("invoice", faktura_no, ("pdf", "txt")),
    ("invoice", lasku_fi, ("pdf",)),
    ("invoice", facture_be, ("pdf", "md")),
)


def build_variety_dues(seed: str) -> list[Case]:
    """The bills, labelled by their generators and drawn once for their evidence, named
    ``dues-<generator>-NN``."""
    cases: list[Case] = []
    for kind, generator, formats in PLAN:
        name = generator.__name__.replace("_", "-")
        for index, plan_fmt in enumerate(formats):
            rng = random.Random(f"{seed}-dues-{name}-{index}")  # noqa: S311 - not secrets
            sheet, bill = generator(rng)
            fmt = plan_fmt.removesuffix("-scan").removesuffix("-flow")
            case = Case(
                case_id=f"dues-{name}-{index + 1:02d}",
                kind=kind,
                fmt=fmt,
                layout=name,
                blocks=tuple(wrapped_rows(sheet_blocks(sheet), inline=fmt in ("docx", "html"))),
                labels=bill.w.labels(kind),
                scanned=plan_fmt.endswith("-scan"),
            )
            if plan_fmt == "pdf":
                data, found = sheet_pdf(sheet)
                evidence = tuple(sorted(found.items()))
                cases.append(
                    replace(case, data=data, labels=replace(case.labels, evidence=evidence))
                )
            else:
                cases.append(drawn(case, rng))
    return cases


__all__ = ["PLAN", "build_variety_dues"]
