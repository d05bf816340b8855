"""Everyday documents from the field, written without reading the analyzer's rules (issue
#18), aimed at the key figures readers look for first: the document's number, its due date,
its vendor, its total and its issue date, printed where and how real documents print them.

Cloud and software bills (:mod:`testbed.evaluation.variety_field_cloud`); platforms selling
for others: a chat tool's receipt, a freelance platform, marketplaces
(:mod:`testbed.evaluation.variety_field_platforms`); telecom and utility bills of six
countries (:mod:`testbed.evaluation.variety_field_bills`); fee notices and a patient's bill
(:mod:`testbed.evaluation.variety_field_notices`); hotel folios, tickets, car rental papers,
a courier's duty invoice (:mod:`testbed.evaluation.variety_field_travel`); small businesses'
billing tools (:mod:`testbed.evaluation.variety_field_tools`,
:mod:`testbed.evaluation.variety_field_latin`); credit notes, pro formas, a progress
invoice, ERP purchase orders (:mod:`testbed.evaluation.variety_field_trade`); rent, tenancy
and account statements (:mod:`testbed.evaluation.variety_field_accounts`); minutes, a memo,
a report and a claim form (:mod:`testbed.evaluation.variety_field_papers`); and an Italian
e-invoice, a till receipt, a water bill, terms in days, an auction order and a reminder
letter (:mod:`testbed.evaluation.variety_field_more`). Money, dates and labels are written
by :mod:`testbed.evaluation.variety_field_style`. Each generator is drawn in the formats such
documents arrive in, a third or more as scans and photographs read back by OCR.

Labelling decisions where the schema is silent: the vendor is who sells (the seller "Sold
by" on a marketplace's invoice, the freelancer a platform invoices for, the landlord an agent
collects for, the supplier a purchase order is sent to); the total is what the document
totals before payments, deposits and credits already made (the "Amount due" after them is
not the total unless nothing was paid), and a statement's total is the balance it closes
on; a due date is labelled only where a reader would state one: printed (a debit date too),
or given by terms in days ("Net 30"), never for "Due upon receipt" or "zahlbar sofort"; a
hotel folio's and a rental receipt's date is the day of departure or return, when the bill
is made.
"""

from __future__ import annotations

from testbed.evaluation.boundary_cases import Generator, planned_cases
from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_field_accounts import (
    corporate_card,
    releve,
    rent_demand,
    tenant_ledger,
)
from testbed.evaluation.variety_field_bills import (
    electric_us,
    factura_movil,
    facture_internet,
    gas_au,
    mobile_uk,
    strom_de,
)
from testbed.evaluation.variety_field_cloud import (
    cloud_provider,
    invoice_mail,
    office_suite,
    software_shop,
)
from testbed.evaluation.variety_field_latin import danfe, facturae, holded
from testbed.evaluation.variety_field_more import (
    agua,
    auction_order,
    baumarkt,
    fattura,
    landscaper,
    reminder,
)
from testbed.evaluation.variety_field_notices import gebuehren, licence_fee, patient_statement
from testbed.evaluation.variety_field_papers import (
    board_minutes,
    claim_form,
    facilities_report,
    memo,
    verein_protokoll,
)
from testbed.evaluation.variety_field_platforms import (
    chat_receipt,
    craft_order,
    freelance,
    marketplace_vat,
)
from testbed.evaluation.variety_field_tools import billomat, sevdesk, wave, zervant
from testbed.evaluation.variety_field_trade import (
    credit_note,
    po_ariba,
    po_coupa,
    po_dynamics,
    proforma,
    progress_billing,
)
from testbed.evaluation.variety_field_travel import (
    bahn_ticket,
    duty_invoice,
    eticket,
    guest_folio,
    hotel_rechnung,
    rental_agreement,
    rental_return,
)

#: (kind, generator, the formats of its cases; ``-scan``: a scanned PDF, ``jpg``: a photo,
#: ``png``: a clean scan).
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("invoice", cloud_provider, ("pdf", "pdf-scan")),
    ("invoice", office_suite, ("pdf", "html")),
    ("invoice", invoice_mail, ("eml",)),
    ("invoice", software_shop, ("pdf", "png")),
    ("receipt", chat_receipt, ("eml", "png")),
    ("invoice", freelance, ("pdf", "pdf-scan")),
    ("invoice", marketplace_vat, ("pdf", "jpg")),
    ("receipt", craft_order, ("eml",)),
    ("invoice", mobile_uk, ("pdf", "pdf-scan")),
    ("invoice", electric_us, ("png", "pdf")),
    ("invoice", strom_de, ("pdf-scan", "pdf")),
    ("invoice", facture_internet, ("jpg", "pdf")),
    ("invoice", factura_movil, ("html",)),
    ("invoice", gas_au, ("jpg",)),
    ("invoice", gebuehren, ("pdf-scan",)),
    ("invoice", licence_fee, ("docx",)),
    ("statement", patient_statement, ("jpg",)),
    ("invoice", hotel_rechnung, ("pdf", "pdf-scan")),
    ("invoice", guest_folio, ("jpg", "pdf")),
    ("receipt", eticket, ("eml", "pdf")),
    ("receipt", bahn_ticket, ("png",)),
    ("receipt", rental_return, ("pdf-scan",)),
    ("contract", rental_agreement, ("docx",)),
    ("invoice", duty_invoice, ("pdf", "png")),
    ("invoice", wave, ("pdf", "html")),
    ("invoice", zervant, ("pdf", "png")),
    ("invoice", billomat, ("txt",)),
    ("invoice", sevdesk, ("pdf-scan", "docx", "pdf")),
    ("invoice", holded, ("md",)),
    ("invoice", facturae, ("pdf",)),
    ("invoice", danfe, ("pdf-scan",)),
    ("invoice", credit_note, ("png",)),
    ("invoice", proforma, ("docx",)),
    ("invoice", progress_billing, ("pdf-scan",)),
    ("purchase_order", po_dynamics, ("pdf", "txt")),
    ("purchase_order", po_coupa, ("eml",)),
    ("purchase_order", po_ariba, ("pdf-scan",)),
    ("invoice", rent_demand, ("pdf",)),
    ("statement", tenant_ledger, ("png",)),
    ("statement", corporate_card, ("pdf", "jpg")),
    ("statement", releve, ("pdf-scan", "html")),
    ("minutes", board_minutes, ("md",)),
    ("minutes", verein_protokoll, ("txt",)),
    ("memo", memo, ("png",)),
    ("report", facilities_report, ("pdf",)),
    ("form", claim_form, ("pdf-scan",)),
    ("invoice", fattura, ("pdf-scan", "pdf")),
    ("receipt", baumarkt, ("jpg",)),
    ("invoice", agua, ("png",)),
    ("invoice", landscaper, ("pdf", "txt")),
    ("receipt", auction_order, ("eml",)),
    ("letter", reminder, ("docx",)),
)


def build_variety_field(seed: str) -> list[Case]:
    """The field's documents, labelled by their generators and drawn once for their
    evidence, named ``field-<generator>-NN``."""
    return planned_cases(seed, "field", PLAN)


__all__ = ["PLAN", "build_variety_field"]
