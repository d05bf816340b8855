"""Business documents whose key figures stand among many look-alikes, written without
reading the analyzer's rules (issue #18): the development set's check that the document
number, the issue and due dates and the total are found where the world crowds them.

Headers crowded with references (customer, account, order, delivery-note and contract
numbers, VAT ids, mandate references, "your ref / our ref", IBANs, page "1/2") and the one
number that is the document's, labelled "Invoice No.", "Nr.", "N°", "Réf." or only in a
title, a subject line or a boxed grid of labels over values; dates crowded by delivery and
service periods, order, posting and print dates, and due dates given as terms ("Net 30",
"payable within 14 days", "2% Skonto ... netto bis"), as a direct-debit collection date, as
"Due on receipt" or in an instalment table; totals among subtotals, discounts, shipping,
VAT at several rates, withholding taxes, rounding, deposits, previous balances and amounts
due, credit notes' negative totals, totals in words. The documents are English-speaking
(:mod:`testbed.evaluation.variety_terms_english`), German-speaking
(:mod:`testbed.evaluation.variety_terms_german`), French, Italian and Spanish
(:mod:`testbed.evaluation.variety_terms_latin`), Dutch and Portuguese
(:mod:`testbed.evaluation.variety_terms_west`), utility and phone bills
(:mod:`testbed.evaluation.variety_terms_bills`), and the papers around them:
purchase orders, statements of account, reminders, letters and e-mails carrying an invoice
(:mod:`testbed.evaluation.variety_terms_papers`). Each is drawn in the formats such papers
arrive in, a third of them scanned or photographed.
"""

from __future__ import annotations

from testbed.evaluation.boundary_cases import Generator, planned_cases
from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_terms_bills import energie_fr, stadtwerke, telecom_uk, utility_us
from testbed.evaluation.variety_terms_english import (
    canada_terms,
    contractor,
    export_usd,
    quickbooks_terms,
    sage_crowded,
)
from testbed.evaluation.variety_terms_german import (
    datev_rechnung,
    gutschrift,
    lastschrift_abo,
    sap_boxed,
    swiss_rundung,
)
from testbed.evaluation.variety_terms_latin import chorus_pro, factura_es, facture_fr, fattura_pa
from testbed.evaluation.variety_terms_letters import (
    brief_rechnung,
    mahnung,
    mail_facture,
    mail_invoice,
    reminder_en,
)
from testbed.evaluation.variety_terms_papers import (
    bestellung_sap,
    offene_posten,
    purchase_order_us,
    statement_of_account,
)
from testbed.evaluation.variety_terms_west import factuur_nl, fatura_pt, odoo_be

#: (kind, generator, the formats of its cases; ``-scan``: a scanned PDF, ``jpg``: a photo).
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("invoice", quickbooks_terms, ("pdf", "pdf-scan", "html")),
    ("invoice", export_usd, ("pdf", "png")),
    ("invoice", sage_crowded, ("txt", "pdf-scan")),
    ("invoice", contractor, ("pdf", "jpg")),
    ("invoice", utility_us, ("pdf", "pdf-scan")),
    ("invoice", telecom_uk, ("pdf", "html")),
    ("invoice", canada_terms, ("docx", "pdf")),
    ("invoice", datev_rechnung, ("pdf", "pdf-scan", "txt")),
    ("invoice", lastschrift_abo, ("pdf", "docx")),
    ("invoice", sap_boxed, ("pdf", "png")),
    ("invoice", stadtwerke, ("pdf", "pdf-scan")),
    ("invoice", gutschrift, ("pdf", "txt")),
    ("invoice", swiss_rundung, ("pdf", "jpg")),
    ("purchase_order", bestellung_sap, ("pdf-scan", "html")),
    ("invoice", facture_fr, ("pdf", "pdf-scan", "md")),
    ("invoice", chorus_pro, ("pdf", "html")),
    ("invoice", energie_fr, ("pdf", "png")),
    ("invoice", fattura_pa, ("pdf", "pdf-scan")),
    ("invoice", factura_es, ("pdf", "docx", "jpg")),
    ("invoice", factuur_nl, ("pdf", "md")),
    ("invoice", fatura_pt, ("pdf", "pdf-scan")),
    ("invoice", odoo_be, ("pdf", "html")),
    ("purchase_order", purchase_order_us, ("pdf", "pdf-scan")),
    ("statement", statement_of_account, ("pdf", "txt", "pdf-scan")),
    ("statement", offene_posten, ("pdf-scan", "docx")),
    ("invoice", brief_rechnung, ("docx", "pdf")),
    ("letter", reminder_en, ("docx", "pdf-scan")),
    ("letter", mahnung, ("pdf", "png")),
    ("invoice", mail_invoice, ("eml", "eml")),
    ("invoice", mail_facture, ("eml",)),
)


def build_variety_terms(seed: str) -> list[Case]:
    """The documents, labelled by their generators and drawn once for their evidence, named
    ``terms-<generator>-NN``."""
    return planned_cases(seed, "terms", PLAN)


__all__ = ["PLAN", "build_variety_terms"]
