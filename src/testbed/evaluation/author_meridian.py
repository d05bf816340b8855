"""The meridian author: everyday papers of Latin America and of English-printing Asia, as
those countries print them, labelled as a careful bookkeeper there reads them.

Mexico's CFDI and its payment receipt, Brazil's DANFE, boleto and recibo, Argentina's
factura, Chile's boleta, Colombia's factura electrónica, Peru's nota de crédito;
Singapore's tax invoice, Malaysia's SST invoice and tax notice, the Philippines' official
receipt, Hong Kong's statement of account, an electricity bill, a Korean delivery order, a
Japanese quotation, a buyer's purchase order, a landlord's and a bank's letters and a strata
meeting's minutes. Each paper is drawn as a
:class:`~testbed.evaluation.variety_dues_print.Sheet` and rendered by weight, mostly
born-digital, a sixth through OCR.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.author_meridian_andes import (
    boleta_cl,
    factura_ar,
    factura_co,
    nota_credito_pe,
)
from testbed.evaluation.author_meridian_bills import electricity_bill, recibo_pago_mx
from testbed.evaluation.author_meridian_brmx import boleto, cfdi, danfe, recibo
from testbed.evaluation.author_meridian_letters import (
    assessment_my,
    rate_notice,
    strata_minutes,
    tenancy_renewal,
)
from testbed.evaluation.author_meridian_orders import (
    delivery_order_kr,
    purchase_order,
    quotation_jp,
)
from testbed.evaluation.author_meridian_straits import (
    invoice_my,
    official_receipt_ph,
    statement_hk,
    tax_invoice_sg,
)
from testbed.evaluation.probe_sheets import rendering, sheet_case
from testbed.evaluation.truth import Case, Labels
from testbed.evaluation.variety_dues_print import Sheet

type Paper = Callable[[random.Random], tuple[Sheet, Labels]]

#: The papers, by name (the case's layout names the paper and its rendering).
PAPERS: dict[str, Paper] = {
    "cfdi": cfdi,
    "danfe": danfe,
    "boleto": boleto,
    "recibo": recibo,
    "recibo-pago-mx": recibo_pago_mx,
    "factura-ar": factura_ar,
    "boleta-cl": boleta_cl,
    "factura-co": factura_co,
    "nota-credito-pe": nota_credito_pe,
    "tax-invoice-sg": tax_invoice_sg,
    "invoice-my": invoice_my,
    "official-receipt-ph": official_receipt_ph,
    "statement-hk": statement_hk,
    "electricity-bill": electricity_bill,
    "delivery-order-kr": delivery_order_kr,
    "quotation-jp": quotation_jp,
    "purchase-order": purchase_order,
    "tenancy-renewal": tenancy_renewal,
    "rate-notice": rate_notice,
    "assessment-my": assessment_my,
    "strata-minutes": strata_minutes,
}
#: Documents a default draw holds: every paper several times, every rendering at least once.
DEFAULT_COUNT = 120


def build_meridian_documents(seed: int, count: int = DEFAULT_COUNT) -> list[Case]:
    """``count`` documents drawn from ``seed``: the papers in turn from a drawn start, so a
    draw of a few dozen holds every one, each rendered as :func:`rendering` draws."""
    rng = random.Random(f"author-meridian-{seed}")  # noqa: S311 - documents, not secrets
    names = list(PAPERS)
    start = rng.randrange(len(names))
    cases = []
    for index in range(count):
        name = names[(start + index) % len(names)]
        sheet, labels = PAPERS[name](rng)
        how = rendering(rng)
        case = sheet_case(f"author-meridian-{seed}-{index:03d}", sheet, labels, how, rng)
        cases.append(_named(case, name, how))
    return cases


def _named(case: Case, paper: str, how: str) -> Case:
    return replace(case, layout=f"{paper}/{how}")


__all__ = ["DEFAULT_COUNT", "PAPERS", "build_meridian_documents"]
