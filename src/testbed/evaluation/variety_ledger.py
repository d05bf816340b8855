"""Item tables and bundled documents as the world prints them, written without reading the
analyzer's rules (issue #18): the development set's check that line items and packet
sections generalise beyond the layouts the other generators taught the rules.

Invoices, purchase orders and receipts whose tables vary as real software and paper vary
them: descriptions wrapped over two or three lines inside their column, item codes, SKUs and
EANs, units ("pcs", "h", "kg", "m²", "Std.", "Stk.", "uds."), hours times a rate, a VAT rate
and amount on every line, a discount per line, columns in unusual orders, quantities with
decimals ("2,5"), returned and credited lines, headings and sums of groups inside the table,
tables running over a page break under a repeated header with the sum carried forward,
tables with and without rules; in PDF, scans, photographs, DOCX, HTML, Markdown, plain text
aligned by spaces or tabs, and e-mail; in English, German, French, Spanish, Italian, Dutch
and Portuguese, money written "1,234.56", "1.234,56", "1 234,56" or "1'234.50"
(:mod:`testbed.evaluation.variety_ledger_trades`, :mod:`~.variety_ledger_services`,
:mod:`~.variety_ledger_long`, :mod:`~.variety_ledger_tills`, :mod:`~.variety_ledger_mail`).
Packets as a mailroom or a claims desk receives them: batch scans of several suppliers'
invoices, an order's purchase order, delivery note and invoice, a statement and its
remittance advice, an insurance claim's letter, form, invoice and receipt, continuation,
blank and terms pages (:mod:`testbed.evaluation.variety_ledger_packets`). The pages are set
by :mod:`~.variety_ledger_paper`, the other formats written by :mod:`~.variety_ledger_files`.
"""

from __future__ import annotations

from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_ledger_build import Maker, ledger_cases
from testbed.evaluation.variety_ledger_long import gastro, groothandel, long_po
from testbed.evaluation.variety_ledger_mail import bestelling, bestellung, order_uk
from testbed.evaluation.variety_ledger_packets import build_ledger_packets
from testbed.evaluation.variety_ledger_services import (
    backorder,
    cash_carry,
    freelancer,
    returns,
    studio,
    vat_lines,
)
from testbed.evaluation.variety_ledger_tills import (
    boulangerie,
    kassabon,
    kasse,
    market_us,
    scontrino,
    talao,
    ticket_es,
)
from testbed.evaluation.variety_ledger_trades import (
    factura,
    facture,
    fattura,
    fatura,
    swiss,
    werkstatt,
)

#: (kind, maker, the formats of its cases: ``pdf-scan:<how>`` a scanned PDF, ``jpg:<how>`` a
#: photograph, ``txt-tabs`` columns separated by tabs, ``html-th`` row headers in ``<th>``).
PLAN: tuple[tuple[str, Maker, tuple[str, ...]], ...] = (
    ("invoice", werkstatt, ("pdf", "pdf-scan:skew", "docx", "html")),
    ("invoice", facture, ("pdf", "docx", "html")),
    ("invoice", factura, ("pdf", "txt-tabs", "pdf-scan:lowres")),
    ("invoice", fattura, ("pdf", "md")),
    ("invoice", fatura, ("pdf", "txt")),
    ("invoice", swiss, ("pdf", "html-th")),
    ("invoice", studio, ("pdf", "html", "md")),
    ("invoice", freelancer, ("txt", "docx")),
    ("invoice", vat_lines, ("pdf", "docx", "txt")),
    ("invoice", backorder, ("pdf", "txt", "pdf-scan:fax")),
    ("invoice", cash_carry, ("pdf", "txt")),
    ("invoice", returns, ("pdf", "docx", "md")),
    ("purchase_order", long_po, ("pdf", "pdf-scan:skew", "txt")),
    ("invoice", groothandel, ("pdf", "txt")),
    ("invoice", gastro, ("pdf", "html-th")),
    ("receipt", kasse, ("txt", "jpg:photo", "png:lowres")),
    ("receipt", boulangerie, ("txt", "jpg:photo")),
    ("receipt", market_us, ("txt", "png:skew")),
    ("receipt", scontrino, ("txt", "jpg:photo")),
    ("receipt", ticket_es, ("txt", "pdf")),
    ("receipt", order_uk, ("eml", "txt")),
    ("receipt", bestellung, ("eml-html", "html")),
    ("receipt", bestelling, ("html-th", "eml")),
    ("receipt", kassabon, ("txt", "jpg:photo")),
    ("receipt", talao, ("txt",)),
)


def build_variety_ledger(seed: str) -> list[Case]:
    """The ledger documents, named ``ledger-<maker>-NN``, then the packets
    (:mod:`testbed.evaluation.variety_ledger_packets`), named ``ledger-packet-<name>``."""
    return [*ledger_cases(seed, "ledger", PLAN), *build_ledger_packets(seed)]


__all__ = ["PLAN", "build_variety_ledger"]
