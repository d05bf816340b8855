"""Everyday documents as they look in the world, written without reading the analyzer's
rules (issue #18): the development set's check that the rules generalise beyond the
wording and layouts the other generators taught them.

Invoices as QuickBooks, Xero, FreshBooks, Stripe, Sage, SAP, Lexware/DATEV, Odoo and a
freelancer's Word file print them, and in Dutch, Italian, Spanish and Swiss German
(:mod:`testbed.evaluation.variety_world_software`,
:mod:`testbed.evaluation.variety_world_europe`); receipts from supermarket tills,
restaurants (a tip, a service charge), fuel pumps, a pharmacy and a web shop's e-mail
(:mod:`testbed.evaluation.variety_world_tills`). Money is written "1,234.56", "1.234,56",
"1 234,56", "1'234.50" or in lakhs, dates month first or day first as the country writes
them, in words, with two-digit years (:mod:`testbed.evaluation.variety_world_style`). Each
generator is drawn in formats such documents arrive in, scans and photographs among them.
"""

from __future__ import annotations

from testbed.evaluation.boundary_cases import Generator, planned_cases
from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_world_accounts import (
    bank_uk,
    bolletta,
    card_us,
    energy_au,
    factura_telefono,
    rekeningafschrift,
)
from testbed.evaluation.variety_world_erp import netsuite, oracle, shopify_mail
from testbed.evaluation.variety_world_europe import factuur, lexware, sap, swiss
from testbed.evaluation.variety_world_latin import factura, fattura, odoo
from testbed.evaluation.variety_world_online import freshbooks, shop_mail, stripe, stripe_mail
from testbed.evaluation.variety_world_papers import (
    brief,
    lettre,
    notulen,
    protokoll,
    reminder,
    tenancy,
    trustees,
    vertrag,
)
from testbed.evaluation.variety_world_software import quickbooks, sage, word_invoice, xero
from testbed.evaluation.variety_world_tills import (
    farmacia,
    fuel,
    restaurant,
    supermarket_de,
    supermarket_uk,
)
from testbed.evaluation.variety_world_trade import (
    bestellung,
    credit_note,
    proforma,
    purchase_order_us,
    zoho,
)

#: (kind, generator, the formats of its cases; ``-scan``: a scanned PDF, ``jpg``: a photo).
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("invoice", quickbooks, ("pdf", "png")),
    ("invoice", xero, ("pdf", "pdf-scan")),
    ("invoice", freshbooks, ("pdf", "html")),
    ("invoice", stripe, ("pdf",)),
    ("invoice", stripe_mail, ("eml",)),
    ("invoice", sage, ("txt", "pdf")),
    ("invoice", word_invoice, ("docx", "md")),
    ("invoice", sap, ("pdf", "txt")),
    ("invoice", lexware, ("pdf", "pdf-scan")),
    ("invoice", odoo, ("pdf", "html")),
    ("invoice", factuur, ("pdf", "md")),
    ("invoice", fattura, ("pdf", "docx")),
    ("invoice", factura, ("docx", "pdf")),
    ("invoice", swiss, ("pdf", "txt")),
    ("receipt", supermarket_de, ("txt", "png")),
    ("receipt", supermarket_uk, ("jpg", "txt")),
    ("receipt", restaurant, ("png", "txt", "pdf-scan")),
    ("receipt", fuel, ("txt", "png")),
    ("receipt", farmacia, ("jpg", "txt")),
    ("receipt", shop_mail, ("eml", "html")),
    ("invoice", credit_note, ("pdf", "txt")),
    ("invoice", proforma, ("docx",)),
    ("invoice", zoho, ("pdf",)),
    ("purchase_order", purchase_order_us, ("pdf", "html")),
    ("purchase_order", bestellung, ("pdf-scan",)),
    ("statement", bank_uk, ("pdf", "pdf-scan")),
    ("statement", rekeningafschrift, ("txt",)),
    ("statement", card_us, ("pdf",)),
    ("invoice", energy_au, ("pdf",)),
    ("invoice", bolletta, ("png",)),
    ("invoice", factura_telefono, ("html",)),
    ("letter", brief, ("docx",)),
    ("letter", lettre, ("txt",)),
    ("letter", reminder, ("pdf", "md")),
    ("contract", vertrag, ("pdf",)),
    ("contract", tenancy, ("docx",)),
    ("minutes", trustees, ("md", "txt")),
    ("minutes", notulen, ("docx",)),
    ("minutes", protokoll, ("html",)),
    ("invoice", netsuite, ("pdf", "png")),
    ("invoice", oracle, ("pdf", "txt")),
    ("receipt", shopify_mail, ("eml", "html")),
)


def build_variety_world(seed: str) -> list[Case]:
    """The world's documents, labelled by their generators and drawn once for their
    evidence, named ``world-<generator>-NN``."""
    return planned_cases(seed, "world", PLAN)


__all__ = ["PLAN", "build_variety_world"]
