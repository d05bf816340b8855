"""A statement of account and a purchase order named as Nordic, Central European, Italian and
Portuguese papers name them: a supplier's statement lists its invoices by name, so without
its own title read it looks like an invoice; an order with no English words looks like
nothing."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers.classify import classify

_SUPPLIER = (
    "Halvard Tessaro\nIndustrial Park 12, 4410 Riverside\n\nGreyfield Dental\nMarket Street 4\n\n"
)


@pytest.mark.parametrize(
    ("title", "invoice"),
    [
        ("Kontoudtog", "Faktura"),
        ("Kontoutskrift", "Faktura"),
        ("Kontoutdrag", "Faktura"),
        ("Tiliote", "Lasku"),
        ("Výpis z účtu", "Faktura"),
        ("Wyciąg z konta", "Faktura"),
        ("Extrato de conta", "Fatura"),
        ("Estado de cuenta", "Factura"),
    ],
)
def test_a_statement_listing_invoices(title: str, invoice: str) -> None:
    text = (
        f"{_SUPPLIER}{title}\n\nNo.  0349/2026\nDate  10-08-2026\n\n"
        f"{invoice} 13292   1.362,75\n{invoice} 08961   39,13\n{invoice} 11873   402,10\n\n"
        "Total: 1.804,98\n"
    )
    assert classify(text).document_type == "statement"


@pytest.mark.parametrize(
    "title",
    ["Ostotilaus", "Tilaus", "Objednávka", "Zamówienie", "Innkjøpsordre", "Beställning",
     "Ordine", "Nota de encomenda"],
)  # fmt: skip
def test_an_order_titled_in_its_language(title: str) -> None:
    text = (
        f"{_SUPPLIER}{title}\n\nNo.  2026/2631\nDate  19.02.2026\n\n"
        "Cleaning service   1   1 720,85\n\nTotal: 1 720,85\n"
    )
    assert classify(text).document_type == "purchase_order"


def test_an_invoice_citing_the_customers_order() -> None:
    """The order's name beside its number and date on an invoice is the buyer's order."""
    text = (
        f"{_SUPPLIER}Faktura\n\nFaktura č.  2026/0417\nObjednávka č. 88 ze dne 02.02.2026\n"
        "Datum  19.02.2026\n\nCleaning service   1   1 720,85\n\nCelkem: 1 720,85\n"
    )
    assert classify(text).document_type == "invoice"


@pytest.mark.parametrize(
    ("title", "invoice", "firm"),
    [
        ("Tiliote", "Lasku", "Halvard Tessaro Oy"),
        ("Kontoudtog", "Faktura", "Halvard Tessaro ApS"),
        ("Extrato de conta", "Fatura", "Halvard Tessaro Lda."),
    ],
)
def test_the_supplier_of_a_statement_listing_invoices(title: str, invoice: str, firm: str) -> None:
    """The rows name the supplier's invoices in its language: its statement of account has
    the supplier as its vendor."""
    text = (
        f"{firm}\nIndustrial Park 12, 4410 Riverside\n\nGreyfield Dental Ltd\nMarket Street 4\n\n"
        f"{title}\n\nNo.  0349/2026\nDate  10-08-2026\n\n"
        f"{invoice} 13292   1.362,75\n{invoice} 08961   39,13\n\nTotal: 1.401,88\n"
    )
    one_row = text.replace(f"{invoice} 08961   39,13\n", "")
    for paper in (text, one_row):
        assert figures_of(paper).get("vendor") == firm


@pytest.mark.parametrize("title", ["Dobropis", "Kreditnota", "Hyvityslasku", "Faktura korygująca"])
def test_a_credit_note_citing_the_customers_order(title: str) -> None:
    """A credit note is a bill (an invoice's kind) even when it cites the customer's order."""
    text = (
        f"{_SUPPLIER}Datum  28.02.2026\nVaše objednávka č.  0032-285\nK faktuře  0306/2026\n\n"
        f"{title} 0845/2026\n\nInstallation   1   587,46\n\nK úhradě: 587,46 Kč\n"
    )
    assert classify(text).document_type == "invoice"


def test_an_order_confirmation_is_not_the_order() -> None:
    """The customer's order number beside its label makes no purchase order of the seller's
    confirmation."""
    text = (
        f"{_SUPPLIER}Päivämäärä: 13.5.2026\nTilausnumeronne: 23914887\n"
        "Tilausvahvistus SO025360\n\nSpare parts kit   1   1 313,99 €\n\nYhteensä EUR: 1 313,99 €\n"
    )
    assert classify(text).document_type != "purchase_order"
